import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyAnswerEdits, parseSidecar, parseSidecarDocument } from '../../src/core/sidecar';
import { readSidecarFast } from '../../src/core/sidecarFastPath';
import { EXEMPTIONS, STATUSES } from '../../src/core/types';
import type { AnswerEntry } from '../../src/core/types';
import { globToRegExp, groupCouncils, councilStem, discoverFiles } from '../../src/core/workspace';
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
  - id: Q4
    text: When did it go live?
    type: year
    when: { Q3: "yes" }
`;

const reply = (name: string) => `Dear requester,\n\nQ1. ${name}\nQ2. 12,000\nQ3. Yes\nQ4. 2015\n\nRegards\n`;
const sidecarText = (council: string, extra = '') => `# hand-coded\nversion: 1\ncouncil: ${council}\n${extra}answers:\n  Q1:\n    status: answered\n    value: ${council}\n`;

function workspace(): MemoryFs {
  const fs = new MemoryFs();
  fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
  fs.write('replies/alder.txt', reply('Alder Council'));
  fs.write('replies/alder.answers.yaml', sidecarText('Alder Council'));
  fs.write('replies/birch.txt', reply('Birch Council'));
  fs.write('replies/birch.answers.yaml', sidecarText('Birch Council'));
  fs.write('replies/birch.internal-review.txt', reply('Birch Council'));
  fs.write('replies/birch.internal-review.answers.yaml', `version: 1\nanswers:\n  Q2:\n    status: not-held\n`);
  fs.write('elsewhere/cedar.reply.txt', reply('Cedar Council'));
  fs.write('elsewhere/notes.txt', 'not a reply');
  fs.write('node_modules/pkg/replies/x.txt', 'ignored');
  fs.write('.git/replies/y.txt', 'ignored');
  return fs;
}

describe('workspace discovery', () => {
  it('finds *.reply.txt anywhere and .txt below replies/, skipping node_modules and .git', async () => {
    const found = await discoverFiles(workspace());
    assert.deepEqual(found.replies, ['elsewhere/cedar.reply.txt', 'replies/alder.txt', 'replies/birch.internal-review.txt', 'replies/birch.txt']);
    assert.ok(found.sidecars.has('replies/alder.answers.yaml'));
  });

  it('honours configured globs', async () => {
    const found = await discoverFiles(workspace(), { replyGlobs: ['elsewhere/*.txt'] });
    assert.deepEqual(found.replies, ['elsewhere/cedar.reply.txt', 'elsewhere/notes.txt']);
  });

  it('matches globs the way the setting describes them', () => {
    assert.ok(globToRegExp('**/replies/**/*.txt').test('replies/a.txt'));
    assert.ok(globToRegExp('**/replies/**/*.txt').test('x/replies/2019/a.txt'));
    assert.ok(!globToRegExp('**/replies/**/*.txt').test('x/myreplies/a.txt'));
    assert.ok(globToRegExp('**/*.reply.txt').test('a.reply.txt'));
    assert.ok(globToRegExp('docs/*.{txt,eml}').test('docs/a.eml'));
  });

  it('groups a council’s files by sidecar name or shared stem', () => {
    assert.equal(councilStem('r/halton.internal-review.txt'), 'halton');
    assert.equal(councilStem('r/halton-2019-05-12.reply.txt'), 'halton');
    const names = groupCouncils([
      { file: 'r/halton.txt', sidecarCouncil: 'Halton Borough Council' },
      { file: 'r/halton.internal-review.txt' },
      { file: 'r/a-other-name.txt', sidecarCouncil: 'HALTON  borough council.' },
      { file: 'r/widnes.txt', detectedCouncil: 'Widnes Town Council' },
      { file: 'r/nobody.txt' },
    ]);
    assert.equal(names.get('r/halton.internal-review.txt'), 'Halton Borough Council');
    assert.equal(names.get('r/a-other-name.txt'), names.get('r/halton.txt'));
    assert.equal(names.get('r/widnes.txt'), 'Widnes Town Council');
    assert.equal(names.get('r/nobody.txt'), 'nobody');
  });
});

describe('workspace index', () => {
  it('indexes replies with markers and sidecars, and computes coverage per council', async () => {
    const fs = workspace();
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    const replies = index.replies();
    assert.equal(replies.length, 4);
    const alder = index.reply('replies/alder.txt')!;
    assert.ok(alder.markers.length >= 4, 'markers found');
    assert.equal(alder.sidecar?.sidecar?.council, 'Alder Council');
    assert.equal(index.reply('replies/birch.internal-review.txt')!.council, 'Birch Council', 'the review joins its council by stem');
    const cov = index.coverage();
    assert.deepEqual(cov.councils.map((c) => c.council), ['Alder Council', 'Birch Council', 'cedar']);
    const birch = cov.councils.find((c) => c.council === 'Birch Council')!;
    assert.equal(birch.files.length, 2);
    assert.equal(birch.cells.find((c) => c.id === 'Q2')!.state, 'not-held');
    assert.equal(birch.coded, 2);
  });

  it('re-reads only the files that changed', async () => {
    const fs = workspace();
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    const firstReads = fs.reads.length;
    const scans = index.stats.markerScans;
    assert.ok(firstReads >= 7);

    await index.refresh();
    assert.equal(fs.reads.length, firstReads, 'nothing changed: nothing re-read');

    fs.write('replies/alder.txt', reply('Alder Council') + '\nQ2. revised: 12,500\n');
    const changed = await index.update(['replies/alder.txt', 'replies/birch.txt']);
    assert.deepEqual(changed, ['replies/alder.txt']);
    assert.deepEqual(fs.reads.slice(firstReads), ['replies/alder.txt']);
    assert.equal(index.stats.markerScans, scans + 1);

    fs.write('replies/birch.answers.yaml', sidecarText('Birch Council') + '  Q3:\n    status: answered\n    value: "No"\n');
    await index.update(['replies/birch.answers.yaml']);
    assert.deepEqual(fs.reads.slice(firstReads + 1), ['replies/birch.answers.yaml']);
    const birch = index.coverage().councils.find((c) => c.council === 'Birch Council')!;
    assert.equal(birch.cells.find((c) => c.id === 'Q4')!.state, 'not-required', 'routing follows the new Q3');
  });

  it('recomputes only the council whose sidecar changed; a reply text edit leaves coverage alone', async () => {
    const fs = workspace();
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    const before = index.coverage();
    fs.write('replies/alder.txt', reply('Alder Council') + '\nP.S.\n');
    await index.update(['replies/alder.txt']);
    const afterText = index.coverage();
    assert.deepEqual(afterText.councils, before.councils);
    fs.write('replies/alder.answers.yaml', sidecarText('Alder Council') + '  Q2:\n    status: refused\n    exemption: s12\n');
    await index.update(['replies/alder.answers.yaml']);
    const after = index.coverage();
    const alder = (c: typeof after) => c.councils.find((x) => x.council === 'Alder Council')!;
    const birch = (c: typeof after) => c.councils.find((x) => x.council === 'Birch Council')!;
    assert.equal(alder(after).counts.refused, 1);
    assert.notEqual(alder(after), alder(before));
    assert.equal(birch(after), birch(before), 'the other councils are reused, not recomputed');
    assert.equal(after.totals.coded, before.totals.coded + 1);
  });

  it('follows new, deleted and broken files', async () => {
    const fs = workspace();
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    fs.write('replies/dogwood.txt', reply('Dogwood Council'));
    fs.remove('replies/alder.txt');
    fs.write('replies/birch.answers.yaml', 'version: 1\nanswers: [oops\n');
    await index.update(['replies/dogwood.txt', 'replies/alder.txt', 'replies/birch.answers.yaml']);
    assert.equal(index.reply('replies/alder.txt'), undefined);
    assert.ok(index.reply('replies/dogwood.txt'));
    const birch = index.reply('replies/birch.txt')!;
    assert.equal(birch.sidecar?.sidecar, null);
    assert.ok(birch.sidecar!.problems.some((p) => p.severity === 'error' && p.line >= 1));
    assert.ok(index.coverage().councils.some((c) => c.council === 'dogwood'));
  });

  it('re-scans markers when the questionnaire changes, and works without one', async () => {
    const fs = workspace();
    fs.remove('foi-questionnaire.yaml');
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    assert.equal(index.questionnaireState.exists, false);
    assert.ok(index.questionnaire.byId.has('Q1'), 'stand-in questionnaire from the ids seen');
    const scans = index.stats.markerScans;
    fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
    const changed = await index.update(['foi-questionnaire.yaml']);
    assert.equal(changed.length, 4);
    assert.equal(index.stats.markerScans, scans + 4);
    assert.ok(index.questionnaire.byId.get('Q4')?.when);
  });

  it('shows coverage without decoding or scanning any reply; text and markers come on first use', async () => {
    const fs = workspace();
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    assert.equal(index.coverage().councils.length, 3);
    assert.equal(index.stats.markerScans, 0, 'coverage reads sidecars only');
    const alder = index.reply('replies/alder.txt')!;
    assert.equal(alder.text, reply('Alder Council'));
    assert.equal(alder.encoding, 'utf-8');
    assert.deepEqual(alder.markers.map((m) => m.ids[0]), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.equal(alder.markers, alder.markers, 'scanned once, then kept');
    assert.equal(index.stats.markerScans, 1);
  });

  it('computes full suggestions lazily and caches them', async () => {
    const fs = workspace();
    const index = new WorkspaceIndex(fs, { detectCouncils: false });
    await index.refresh();
    assert.equal(index.stats.analyses, 0, 'no analysis on a cold index when every sidecar names its council');
    const a = index.analysis('replies/alder.txt');
    assert.ok(a);
    assert.equal(index.analysis('replies/alder.txt'), a);
    assert.equal(index.stats.analyses, 1);
  });
});

describe('sidecar fast path (index)', function () {
  this.timeout(120000);
  it('reads exactly what parseSidecar reads, for written and hand-edited sidecars', () => {
    const entry = fc.record(
      {
        status: fc.constantFrom(...STATUSES),
        exemption: fc.constantFrom(...EXEMPTIONS),
        value: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constantFrom('yes', 'No', '1e3', '-5', '~', 'a: b', '#x', ' x ', 'null', "it's", '"q"')),
        unit: fc.string({ maxLength: 8 }),
        note: fc.string(),
        coder: fc.constantFrom('auto', 'jb', 'a b'),
        quote: fc.record({ exact: fc.string({ minLength: 1 }), prefix: fc.string(), start: fc.nat(), end: fc.nat() }, { requiredKeys: ['exact'] }),
      },
      { requiredKeys: ['status'] },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('Q1', 'Q2', 'Q4a', 'Q12c'), entry), fc.string({ maxLength: 20 }), (answers, council) => {
        const edits = Object.entries(answers).map(([id, e]) => ({ id, entry: e as AnswerEntry }));
        const written = applyAnswerEdits(null, edits, council.trim() ? { council } : {});
        if (!written.ok) return;
        for (const text of [written.text, written.text.replace(/\n/g, '\r\n'), '# top\n' + written.text.replace('answers:', 'answers: # coded')]) {
          assert.deepEqual(readSidecarFast(text), parseSidecar(text));
        }
      }),
      { numRuns: 150 },
    );
    for (const text of [
      'version: 1\nanswers:\n  Q1: { status: answered }\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: |\n      two\n      lines\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: "unterminated\n      more"\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 0x1F\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n  Q1:\n    status: refused\n',
      'version: 1\nanswers:\n  Q1:\n    status: maybe\n',
      'version: 1\nanswers:\n',
      '\uFEFFversion: 1\ncouncil: "A \\u00e9 B"\nanswers:\n  Q1:\n    status: answered # ok\n    value: \'it\'\'s\'\n',
      // A no-break space (or any Unicode space but the space) at the end of a plain value is part of it.
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 0\n    unit: 0%\u00a0\n',
      'version: 1\ncouncil: Alder\u2003\nanswers:\n  Q1:\n    status: answered\n    note: \u00a0x\u00a0  # kept\n',
    ]) {
      assert.deepEqual(readSidecarFast(text), parseSidecar(text), JSON.stringify(text));
    }
  });
});

describe('sidecar fast path (index): hand-edited variations', function () {
  this.timeout(120000);
  const written = applyAnswerEdits(
    null,
    [
      { id: 'Q1', entry: { status: 'answered', value: 'Alder Council', coder: 'jb', quote: { exact: 'Alder Council', prefix: 'Q1. ', suffix: '\nQ2', start: 20, end: 33 } } },
      { id: 'Q2', entry: { status: 'answered', value: 12000, unit: 'people', quote: { exact: '12,000' } } },
      { id: 'Q3', entry: { status: 'refused', exemption: 's43', note: 'commercially "sensitive"' } },
    ],
    { council: 'Alder Council', order: ['Q1', 'Q2', 'Q3'] },
  );
  assert.ok(written.ok);
  const lines = written.text.split('\n');
  // Edits a person might make, or get wrong: each must read exactly as the full YAML parser reads it.
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
    fc.record({ kind: fc.constant('swap' as const), line: fc.nat() }),
    fc.record({ kind: fc.constant('drop' as const), line: fc.nat() }),
    fc.record({ kind: fc.constant('copy' as const), line: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      line: fc.nat(),
      text: fc.constantFrom('# note', '    # note', '', '  Q4:', '    status: partial', '    value: ~', '    value: "a: b"', "    value: 'x'", '    unit:', 'variant: short', 'council: null', 'extra: 1', '      start: -1', '      end: 0', '    quote:', '  q2:', '    coder: a #b', '\t', 'version: 2'),
    }),
  );
  it('reads exactly what the full YAML parser reads, in the same key order', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), fc.boolean(), (edits, crlf) => {
        const ls = [...lines];
        for (const e of edits) {
          const i = e.line % ls.length;
          if (e.kind === 'indent') ls[i] = e.by >= 0 ? ' '.repeat(e.by) + ls[i] : ls[i]!.replace(/^ {1,2}/, '');
          else if (e.kind === 'swap' && i + 1 < ls.length) [ls[i], ls[i + 1]] = [ls[i + 1]!, ls[i]!];
          else if (e.kind === 'drop') ls.splice(i, 1);
          else if (e.kind === 'copy') ls.splice(i, 0, ls[i]!);
          else if (e.kind === 'insert') ls.splice(i, 0, e.text);
        }
        const text = ls.join(crlf ? '\r\n' : '\n');
        const fast = readSidecarFast(text);
        const full = parseSidecarDocument(text);
        assert.deepEqual(fast.sidecar, full.sidecar, text);
        assert.equal(fast.problems.length === 0, full.problems.length === 0, text);
        if (fast.sidecar) assert.equal(JSON.stringify([...fast.sidecar.answers]), JSON.stringify([...full.sidecar!.answers]), text);
      }),
      { numRuns: 400 },
    );
  });
});
