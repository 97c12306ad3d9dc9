// The workspace index's cache between sessions (src/core/indexCache.ts and its hook in
// WorkspaceIndex): a warm start reads nothing that is unchanged and shows exactly what a cold
// start shows; every change made between sessions (or while the cached text was unread) is seen;
// a cache that is not exactly as written is ignored.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { INDEX_CACHE_VERSION, indexCacheKey, parseIndexCache, serializeIndexCache } from '../../src/core/indexCache';
import type { IndexCache } from '../../src/core/indexCache';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseSidecar } from '../../src/core/sidecar';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { MemoryFs } from '../support/memoryFs';

const QUESTIONNAIRE = `version: 1
questions:
  - id: Q1
    text: Name?
  - id: Q2
    text: Population?
    type: number
  - id: Q3
    text: Does it use a CRM?
    type: yes-no
`;
const reply = (name: string) => `Dear requester,\n\nQ1. ${name}\nQ2. 12,000\nQ3. Yes\n\nRegards,\n${name}\n`;
const sidecar = (council: string, q2 = 'answered') =>
  `# coded\nversion: 1\ncouncil: ${council}\nreceived: 2024-03-0${council.length % 9}\nanswers:\n  Q1:\n    status: answered\n    value: ${council}\n    quote:\n      exact: "${council}"\n      start: 20\n      end: ${20 + council.length}\n  Q2:\n    status: ${q2}\n`;

/** The survey in memory, with the synchronous read a warm start needs. */
function survey(): MemoryFs {
  const fs = new MemoryFs({ sync: true });
  fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
  for (const name of ['Alder', 'Birch', 'Cedar', 'Damson']) {
    fs.write(`replies/${name.toLowerCase()}.txt`, reply(`${name} Council`));
    if (name !== 'Damson') fs.write(`replies/${name.toLowerCase()}.answers.yaml`, sidecar(`${name} Council`));
  }
  // No sidecar council: grouped by the council detected in the text.
  fs.write('replies/elm.txt', 'From: Elm District Council\n\nQ1. Elm District Council\nQ2. Not held\n');
  fs.write('replies/elm.answers.yaml', 'version: 1\nanswers:\n  Q2:\n    status: not-held\n');
  return fs;
}

const KEY = indexCacheKey('test-engine', {});

/** A cold index of `fs`, then its cache as stored and read back, as the next session gets it. */
async function coldThenCache(fs: MemoryFs): Promise<{ cold: WorkspaceIndex; cache: IndexCache }> {
  const cold = new WorkspaceIndex(fs);
  await cold.refresh();
  cold.coverage();
  const cache = parseIndexCache(serializeIndexCache(cold.toCache(KEY)), KEY);
  assert.ok(cache, 'the cache written was not read back');
  return { cold, cache };
}

async function warm(fs: MemoryFs, cache: IndexCache | null): Promise<WorkspaceIndex> {
  fs.reads = [];
  const index = new WorkspaceIndex(fs);
  index.useCache(cache);
  await index.refresh();
  return index;
}

/** What a person sees of the coverage: per council, each question's state and value. */
function view(index: WorkspaceIndex): unknown {
  return index.coverage().councils.map((c) => [c.council, c.files, c.cells.map((x) => [x.id, x.state, x.entry?.value ?? null, x.file ?? null, x.sidecarFile ?? null])]);
}

describe('index cache between sessions', () => {
  it('a warm start reads no unchanged reply or sidecar, and shows exactly the cold start\'s coverage', async () => {
    const fs = survey();
    const { cold, cache } = await coldThenCache(fs);
    const index = await warm(fs, cache);
    assert.deepEqual(view(index), view(cold));
    assert.deepEqual(fs.reads, [], 'nothing is read, not even the questionnaire');
    assert.deepEqual(index.questionnaireState, cold.questionnaireState, 'the questionnaire (text, parse, problems) is the cold start\'s');
    assert.equal(index.stats.cachedReplies, 5);
    assert.equal(index.stats.cachedSidecars, 4);
    assert.equal(index.stats.replyReads + index.stats.sidecarReads, 0);
    assert.equal(index.reply('replies/elm.txt')?.council, 'Elm District Council', 'the detected council came from the cache');
  });

  it('reads a cached reply\'s and sidecar\'s text when asked for it, identical to a cold read', async () => {
    const fs = survey();
    const { cold, cache } = await coldThenCache(fs);
    const index = await warm(fs, cache);
    for (const r of index.replies()) {
      const c = cold.reply(r.path)!;
      assert.equal(r.text, c.text);
      assert.equal(r.sidecarText, c.sidecarText);
      assert.deepEqual(r.sidecar, c.sidecar);
      assert.deepEqual(r.markers, c.markers);
    }
    assert.ok(fs.reads.includes('replies/alder.txt') && fs.reads.includes('replies/alder.answers.yaml'));
  });

  it('sees a sidecar changed between sessions, even at the same size', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    const before = sidecar('Birch Council');
    const after = sidecar('Birch Council', 'not-held');
    assert.equal(after.length, before.length, 'the test needs a same-size edit');
    fs.write('replies/birch.answers.yaml', after);
    const index = await warm(fs, cache);
    const birch = index.coverage().councils.find((c) => c.council === 'Birch Council')!;
    assert.equal(birch.cells.find((c) => c.id === 'Q2')?.state, 'not-held');
    assert.deepEqual(fs.reads.filter((r) => r.endsWith('.answers.yaml')), ['replies/birch.answers.yaml']);
  });

  it('sees a sidecar whose size changed under the same mtime', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    const old = fs.files.get('replies/cedar.answers.yaml')!;
    fs.write('replies/cedar.answers.yaml', sidecar('Cedar Council', 'partial'), old.mtime);
    const index = await warm(fs, cache);
    assert.equal(index.coverage().councils.find((c) => c.council === 'Cedar Council')!.cells.find((c) => c.id === 'Q2')?.state, 'partial');
  });

  it('sees sidecars deleted and created, replies added and removed, between sessions', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    fs.files.delete('replies/alder.answers.yaml');
    fs.write('replies/damson.answers.yaml', sidecar('Damson Council'));
    fs.files.delete('replies/cedar.txt');
    fs.write('replies/fir.txt', reply('Fir Council'));
    const index = await warm(fs, cache);
    const councils = new Map(index.coverage().councils.map((c) => [c.council, c]));
    assert.equal(councils.get('Alder Council')?.coded, 0);
    assert.equal(councils.get('Damson Council')?.coded, 2);
    assert.ok(!councils.has('Cedar Council'));
    assert.ok(councils.has('Fir Council'));
    // Alder's council now comes from its text (its sidecar named it), so that text is read too.
    assert.deepEqual(fs.reads.sort(), ['replies/alder.txt', 'replies/damson.answers.yaml', 'replies/fir.txt']);
  });

  it('re-detects the council of a reply changed between sessions', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    fs.write('replies/elm.txt', 'From: Rowan Town Council\n\nQ1. Rowan Town Council\nQ2. Not held\n');
    const index = await warm(fs, cache);
    assert.equal(index.reply('replies/elm.txt')?.council, 'Rowan Town Council');
  });

  it('a file changed after the warm start but before its text was read: the text and the coding agree, and the next update reports it', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    const index = await warm(fs, cache);
    const before = index.coverage();
    fs.write('replies/alder.answers.yaml', sidecar('Alder Council', 'partial'));
    const r = index.reply('replies/alder.txt')!;
    assert.match(r.sidecarText!, /status: partial/);
    assert.equal(r.sidecar?.sidecar?.answers.get('Q2')?.status, 'partial');
    assert.equal(index.coverage().councils.find((c) => c.council === 'Alder Council')!.cells.find((c) => c.id === 'Q2')?.state, 'partial');
    assert.notEqual(index.coverage(), before);
    // The watcher's event for the file: reported as a change, so views refresh.
    assert.deepEqual(await index.update(['replies/alder.answers.yaml']), ['replies/alder.txt']);
    // What changed under the cache is never stored as if it were the old file.
    const again = index.toCache(KEY).replies.find((x) => x.path === 'replies/alder.txt')!;
    assert.equal(again.sidecar?.stamp.mtime, fs.files.get('replies/alder.answers.yaml')!.mtime);
  });

  it('a reply changed before its text was read is not stored under its old stamp', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    const index = await warm(fs, cache);
    fs.write('replies/birch.txt', reply('Birch Council') + 'Q3. No\n');
    assert.match(index.reply('replies/birch.txt')!.text, /Q3\. No/);
    assert.ok(!index.toCache(KEY).replies.some((x) => x.path === 'replies/birch.txt'));
    assert.deepEqual(await index.update(['replies/birch.txt']), ['replies/birch.txt']);
  });

  it('without a questionnaire, takes the question ids from the cache until one appears', async () => {
    const fs = survey();
    fs.files.delete('foi-questionnaire.yaml');
    const { cold, cache } = await coldThenCache(fs);
    const index = await warm(fs, cache);
    assert.deepEqual(index.questionnaire.questions.map((q) => q.id), cold.questionnaire.questions.map((q) => q.id));
    assert.deepEqual(fs.reads, [], 'the stand-in questionnaire needed no reply text');
    // A questionnaire created since: the cached ids (scanned without one) are not used.
    fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
    const next = await warm(fs, cache);
    assert.equal(next.questionnaireState.exists, true);
    assert.deepEqual(next.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3']);
  });

  it('stats asynchronously when the file access has no statSync', async () => {
    const fs = survey();
    const { cold, cache } = await coldThenCache(fs);
    const asyncStats = Object.assign(Object.create(Object.getPrototypeOf(fs) as object) as MemoryFs, fs, { statSync: undefined });
    const index = await warm(asyncStats, cache);
    assert.equal(index.stats.cachedReplies, 5);
    assert.deepEqual(view(index), view(cold));
  });

  it('reads everything when the file access cannot read synchronously, or there is no cache', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    const noSync = Object.assign(Object.create(Object.getPrototypeOf(fs) as object) as MemoryFs, fs, { readSync: undefined, statSync: undefined });
    const a = await warm(noSync, cache);
    assert.equal(a.stats.cachedReplies, 0);
    assert.equal(a.stats.replyReads, 5);
    const b = await warm(fs, null);
    assert.equal(b.stats.sidecarReads, 4);
  });

  it('reads and parses a questionnaire changed between sessions, and one whose cached parse is missing', async () => {
    const fs = survey();
    const { cache } = await coldThenCache(fs);
    fs.write('foi-questionnaire.yaml', QUESTIONNAIRE.replace('Population?', 'Residents?').replace('type: yes-no', 'type: yes-no\n  - id: Q4\n    text: Since when?\n    type: year'));
    const index = await warm(fs, cache);
    assert.deepEqual(fs.reads, ['foi-questionnaire.yaml']);
    assert.equal(index.questionnaireState.parsed?.byId.get('Q2')?.text, 'Residents?');
    assert.equal(index.coverage().councils[0]?.cells.length, 4, 'coverage asks the new question');
    // Same size, same mtime: the cache's rule for every file (a changed stamp is what tells).
    const { cache: again } = await coldThenCache(fs);
    delete again.questionnaireParse;
    const b = await warm(fs, again);
    assert.deepEqual(fs.reads, ['foi-questionnaire.yaml'], 'a cache without the parse (an older one) reads the file');
    assert.deepEqual(b.questionnaireState, index.questionnaireState);
  });

  it('keeps a questionnaire\'s problems, and one that does not parse, through the cache', async () => {
    for (const text of [QUESTIONNAIRE.replace('    type: number', '    type: number\n    colour: blue'), 'version: 1\nquestions: [', '']) {
      const fs = survey();
      fs.write('foi-questionnaire.yaml', text);
      const { cold, cache } = await coldThenCache(fs);
      assert.ok(cold.questionnaireState.problems.length > 0, `no problem for ${JSON.stringify(text)}`);
      const index = await warm(fs, cache);
      assert.deepEqual(fs.reads, []);
      assert.deepEqual(index.questionnaireState, cold.questionnaireState);
    }
  });

  it('keeps every example questionnaire, one with every field, and those made from the fixture requests exactly through the cache', () => {
    const root = path.join(__dirname, '..', '..');
    const every = `version: 1
title: Every field
questions:
  - id: Q1
    text: Name?
  - id: Q2
    text: Spend?
    type: money
    unit: GBP
  - id: Q3
    text: Does it use a CRM?
    type: yes-no
  - id: Q4
    text: "If it has a CRM:"
    heading: true
    when: { Q3: "yes" }
  - id: Q4a
    type: choice
    choices: systems
  - id: Q4b
    type: multi-choice
    choices: [Phone, Web, Other]
    when: { Q3: ["yes", "partly"] }
  - id: Q5
    type: percent
    parent: Q4
codes:
  systems: [Dynamics, Salesforce, Other]
variants:
  short: { omit: [Q5] }
checks:
  - rule: Q5 <= 100
    message: a percentage
    severity: warning
  - Q2 >= 0
`;
    const texts: [string, string][] = [
      ['examples/crm-survey/foi-questionnaire.yaml', readFileSync(path.join(root, 'examples', 'crm-survey', 'foi-questionnaire.yaml'), 'utf8')],
      ['every field', every],
    ];
    const requests = path.join(root, 'test', 'fixtures', 'requests');
    for (const f of readdirSync(requests)) texts.push([f, questionnaireFromRequest(readFileSync(path.join(requests, f), 'utf8')).yaml]);
    for (const [name, text] of texts) {
      const parse = parseQuestionnaire(text, 'q.yaml');
      assert.ok(parse.questionnaire, `${name} did not parse: ${JSON.stringify(parse.problems)}`);
      const cache: IndexCache = { key: KEY, questionnaire: null, questionnaireParse: { stamp: { mtime: 1, size: text.length }, text, parsed: parse.questionnaire, problems: parse.problems }, replies: [] };
      const back = parseIndexCache(serializeIndexCache(cache), KEY);
      assert.deepEqual(back?.questionnaireParse, cache.questionnaireParse, name);
      assert.equal(back!.questionnaireParse!.parsed!.byId.get('Q1'), back!.questionnaireParse!.parsed!.questions[0], `${name}: byId holds the questions themselves`);
    }
    assert.ok(texts.length >= 5);
  });

  it('keeps every fixture and example sidecar exactly through the cache', () => {
    const root = path.join(__dirname, '..', '..');
    const dirs = [path.join(root, 'test', 'fixtures', 'replies'), path.join(root, 'examples', 'crm-survey', 'replies')];
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.answers.yaml'))) {
        const parse = parseSidecar(readFileSync(path.join(dir, f), 'utf8'), f);
        const cache: IndexCache = { key: KEY, questionnaire: null, replies: [{ path: f, stamp: { mtime: 1.5, size: 10 }, sidecar: { stamp: { mtime: 2, size: 3 }, parse } }] };
        const back = parseIndexCache(serializeIndexCache(cache), KEY);
        assert.deepEqual(back?.replies[0]?.sidecar?.parse, parse, f);
        n++;
      }
    }
    assert.ok(n >= 10, `only ${n} sidecars found`);
  });

  it('does not store a parse JSON cannot hold (a NaN value), so the next session reads that sidecar', () => {
    const parse = parseSidecar('version: 1\nanswers:\n  Q2:\n    status: answered\n    value: 5\n');
    parse.sidecar!.answers.get('Q2')!.value = NaN;
    const cache: IndexCache = { key: KEY, questionnaire: null, replies: [{ path: 'a.txt', stamp: { mtime: 1, size: 1 }, sidecar: { stamp: { mtime: 1, size: 1 }, parse } }] };
    const back = parseIndexCache(serializeIndexCache(cache), KEY);
    assert.deepEqual(back?.replies, [{ path: 'a.txt', stamp: { mtime: 1, size: 1 } }]);
  });

  describe('a cache that is not exactly as written is ignored', () => {
    let good: string;
    before(async () => {
      good = serializeIndexCache((await coldThenCache(survey())).cache);
    });
    const spoil: [string, (s: string) => string][] = [
      ['not JSON', () => 'nonsense'],
      ['truncated', (s) => s.slice(0, Math.floor(s.length / 2))],
      ['empty', () => ''],
      ['another format version', (s) => s.replace(`"version":${INDEX_CACHE_VERSION}`, `"version":${INDEX_CACHE_VERSION + 1}`)],
      ['another engine or settings', (s) => s.replace('test-engine', 'other-engine')],
      ['an unknown status', (s) => s.replace('"status":"answered"', '"status":"answred"')],
      ['an unexpected key', (s) => s.replace('"status":"answered"', '"status":"answered","sneaky":1')],
      ['a negative size', (s) => s.replace(/"size":\d+/, '"size":-1')],
      ['a string mtime', (s) => s.replace(/"mtime":(\d+)/, '"mtime":"$1"')],
      ['a reply listed twice', (s) => {
        const o = JSON.parse(s) as { replies: unknown[] };
        o.replies.push(o.replies[0]);
        return JSON.stringify(o);
      }],
      ['no replies list', (s) => s.replace('"replies":[', '"replies":{"x":[').replace(/]}$/, ']}}')],
      ['an unknown question type', (s) => s.replace('"type":"number"', '"type":"numbr"')],
      ['a question without its order', (s) => s.replace(/,"order":1\b/, '')],
      ['a question listed twice', (s) => s.replace(/"questions":\[(\{[^}]*\})/, '"questions":[$1,$1')],
      ['a questionnaire text that is not a string', (s) => s.replace(/"text":"version: 1[^"]*"/, '"text":1')],
    ];
    for (const [what, f] of spoil) {
      it(what, () => {
        assert.ok(parseIndexCache(good, KEY), 'the unspoilt cache must be usable');
        const bad = f(good);
        assert.notEqual(bad, good);
        assert.equal(parseIndexCache(bad, KEY), null);
      });
    }
  });

  it('a key names the engine build and every setting that decides what is indexed', () => {
    const base = indexCacheKey('1', {});
    assert.notEqual(indexCacheKey('2', {}), base);
    assert.notEqual(indexCacheKey('1', { replyGlobs: ['**/*.txt'] }), base);
    assert.notEqual(indexCacheKey('1', { questionnairePath: 'q.yaml' }), base);
    assert.notEqual(indexCacheKey('1', { detectCouncils: false }), base);
    assert.equal(indexCacheKey('1', {}), base);
  });
});
