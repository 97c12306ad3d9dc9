// The workspace index (src/core/workspaceIndex.ts) kept current: what update() reports after each
// kind of edit, councils named from the reply text or the latest sidecar, the stand-in
// questionnaire, and the cache between sessions when files change or turn unusable between the
// warm start and their first use.
import { strict as assert } from 'node:assert';
import { indexCacheKey, parseIndexCache, serializeIndexCache } from '../../src/core/indexCache';
import type { IndexCache } from '../../src/core/indexCache';
import type { IndexedReply } from '../../src/core/workspaceIndex';
import { sidecarUnusable, WorkspaceIndex } from '../../src/core/workspaceIndex';
import { MemoryFs } from '../support/memoryFs';
import { QUESTIONNAIRE, reply, handSidecar, survey, indexOf, replyOf } from '../support/indexFixture';


/** What the writer writes (its exact layout: read through the summary). */
const writerSidecar = (council: string, id = 'Q1', status = 'answered') => `version: 1\ncouncil: ${council}\nanswers:\n  ${id}:\n    status: ${status}\n`;




const councils = (index: WorkspaceIndex) => index.coverage().councils.map((c) => c.council);
const states = (index: WorkspaceIndex, council: string) => index.coverage().councils.find((c) => c.council === council)?.cells.map((c) => `${c.id}:${c.state}`);

describe('workspace index: what update() reports', () => {
  it('reports an edited reply, an edited sidecar under its reply\'s path, and nothing for unchanged or unrelated paths', async () => {
    const fs = survey();
    fs.write('notes/readme.txt', 'not a reply');
    const index = await indexOf(fs);
    assert.deepEqual(await index.update(['replies/alder.txt', 'replies/alder.answers.yaml', 'foi-questionnaire.yaml']), [], 'nothing changed');
    assert.deepEqual(await index.update(['notes/readme.txt', 'notes/missing.txt', 'replies/cedar.answers.yaml']), [], 'not replies, or a sidecar of no indexed reply');
    assert.equal(index.reply('notes/readme.txt'), undefined, 'a file outside the reply globs is never indexed');
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council') + '  Q2:\n    status: not-held\n');
    assert.deepEqual(await index.update(['replies/alder.answers.yaml', 'replies/alder.answers.yaml']), ['replies/alder.txt']);
    assert.deepEqual(states(index, 'Alder Council'), ['Q1:answered', 'Q2:not-held']);
    fs.write('replies/birch.txt', reply('Birch Council', 'Q3. extra\n'));
    assert.deepEqual(await index.update(['replies/birch.txt']), ['replies/birch.txt']);
  });

  it('a sidecar added for a reply that had none is read and coded; its reply is reported', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:missing', 'Q2:missing']);
    fs.write('replies/birch.answers.yaml', writerSidecar('Birch Council', 'Q2', 'not-held'));
    assert.deepEqual(await index.update(['replies/birch.answers.yaml']), ['replies/birch.txt']);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:missing', 'Q2:not-held']);
    assert.equal(replyOf(index, 'replies/birch.txt').sidecarText, writerSidecar('Birch Council', 'Q2', 'not-held'));
  });

  it('a new reply given to update is read at once, markers scanned; one added before a refresh is found by it', async () => {
    for (const options of [{}, { sync: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      fs.write('replies/cedar.txt', reply('Cedar Council'));
      const scans = index.stats.markerScans;
      assert.deepEqual(await index.update(['replies/cedar.txt']), ['replies/cedar.txt']);
      assert.equal(index.stats.markerScans, scans + 1, 'scanned eagerly: the person is editing it');
      assert.ok(fs.reads.includes('replies/cedar.txt'));
      assert.deepEqual(replyOf(index, 'replies/cedar.txt').markers.map((m) => m.ids), [['Q1'], ['Q2']]);
      fs.write('replies/damson.txt', reply('Damson Council'));
      await index.refresh();
      assert.ok(councils(index).includes('Damson Council'));
    }
  });

  it('a refresh drops replies deleted since, and their councils', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    assert.deepEqual(councils(index), ['Alder Council', 'Birch Council']);
    fs.remove('replies/birch.txt');
    await index.refresh();
    assert.deepEqual(index.replies().map((r) => r.path), ['replies/alder.txt']);
    assert.deepEqual(councils(index), ['Alder Council']);
    fs.remove('replies/alder.txt');
    assert.deepEqual(await index.update(['replies/alder.txt']), ['replies/alder.txt']);
    assert.deepEqual(councils(index), []);
  });

  it('lists replies by path, also one added later under an earlier name', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    fs.write('replies/aaa.txt', reply('Aaa Council'));
    await index.update(['replies/aaa.txt']);
    assert.deepEqual(index.replies().map((r) => r.path), ['replies/aaa.txt', 'replies/alder.txt', 'replies/birch.txt']);
  });

  it('a reply edit keeps its sidecar\'s reading, text and council (summarized or not)', async () => {
    const fs = survey();
    fs.write('replies/birch.answers.yaml', writerSidecar('Birch Council', 'Q2', 'refused'));
    const index = await indexOf(fs);
    index.coverage();
    for (const [path, council, text] of [
      ['replies/alder.txt', 'Alder Council', handSidecar('Alder Council')],
      ['replies/birch.txt', 'Birch Council', writerSidecar('Birch Council', 'Q2', 'refused')],
    ] as const) {
      fs.write(path, reply(council, 'P.S. thanks\n'));
      assert.deepEqual(await index.update([path]), [path]);
      const r = replyOf(index, path);
      assert.equal(r.sidecarText, text);
      assert.equal(r.sidecar?.sidecar?.council, council);
      assert.equal(r.council, council);
      assert.equal(r.sidecarPath, path.replace('.txt', '.answers.yaml'));
      assert.ok(r.text.endsWith('P.S. thanks\n'));
    }
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:missing', 'Q2:refused']);
  });
});

describe('workspace index: councils named from the text, the latest sidecar, or the file', () => {
  it('a reply edit that changes the council its text names regroups it; with detection off it keeps its file name', async () => {
    for (const detectCouncils of [undefined, true, false]) {
      const fs = survey();
      const index = await indexOf(fs, detectCouncils === undefined ? {} : { detectCouncils });
      const off = detectCouncils === false;
      assert.deepEqual(councils(index), ['Alder Council', off ? 'birch' : 'Birch Council']);
      fs.write('replies/birch.txt', reply('Rowan Council'));
      await index.update(['replies/birch.txt']);
      assert.deepEqual(councils(index), ['Alder Council', off ? 'birch' : 'Rowan Council'], String(detectCouncils));
      // Alder's sidecar names it: its text does not matter.
      fs.write('replies/alder.txt', reply('Cherry Council'));
      await index.update(['replies/alder.txt']);
      assert.deepEqual(councils(index)[0], 'Alder Council');
    }
  });

  it('without a questionnaire, a reply edit that adds a marker adds its question', async () => {
    const fs = survey();
    fs.remove('foi-questionnaire.yaml');
    const index = await indexOf(fs);
    assert.deepEqual(index.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2']);
    fs.write('replies/birch.txt', reply('Birch Council', 'Q3. 1999\n'));
    await index.update(['replies/birch.txt']);
    assert.deepEqual(index.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q3']);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:missing', 'Q2:missing', 'Q3:missing']);
  });

  it('without a questionnaire, the questions are those the replies mark and the sidecars code, either layout', async () => {
    const fs = survey();
    fs.remove('foi-questionnaire.yaml');
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', 'note: by hand\n') + '  Q7:\n    status: not-held\n');
    fs.write('replies/birch.answers.yaml', writerSidecar('Birch Council', 'Q9', 'refused'));
    const index = await indexOf(fs);
    assert.deepEqual(index.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2', 'Q7', 'Q9']);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:missing', 'Q2:missing', 'Q7:missing', 'Q9:refused']);
  });

  it('a council\'s display name is the council: of its latest sidecar by received date', async () => {
    for (const [first, second, expected] of [
      ['2024-01-01', '2024-06-01', 'ALDER COUNCIL'],
      ['2024-06-01', '2024-01-01', 'Alder Council'],
    ]) {
      const fs = survey();
      fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', `received: ${first}\n`));
      fs.write('replies/alder.internal-review.txt', reply('Alder Council'));
      fs.write('replies/alder.internal-review.answers.yaml', handSidecar('ALDER COUNCIL', `received: ${second}\n`));
      const index = await indexOf(fs);
      assert.deepEqual(councils(index), [expected, 'Birch Council']);
      assert.equal(replyOf(index, 'replies/alder.txt').council, expected);
    }
  });

  it('a reply whose bytes are binary gets no markers and no analysis, without scanning it', async () => {
    const fs = survey();
    fs.write('replies/birch.txt', new Uint8Array([0x51, 0x31, 0x2e, 0x20, 0, 1, 2]));
    const index = await indexOf(fs);
    const scans = index.stats.markerScans;
    const birch = replyOf(index, 'replies/birch.txt');
    assert.deepEqual(birch.markers, []);
    assert.equal(index.stats.markerScans, scans, 'no scan of binary bytes');
    assert.deepEqual(index.analysis('replies/birch.txt'), { council: null, markers: [], answers: [], problems: [] });
    assert.deepEqual(councils(index), ['Alder Council', 'birch']);
  });

  it('with a questionnaire, markers are those of its questions; without one, every marker counts', async () => {
    const fs = survey();
    fs.write('replies/birch.txt', 'From: Birch Council\n\nQ1. Birch\nQ2. 5\nQ11. not asked\n');
    const index = await indexOf(fs);
    assert.deepEqual(replyOf(index, 'replies/birch.txt').markers.flatMap((m) => m.ids), ['Q1', 'Q2']);
    fs.remove('foi-questionnaire.yaml');
    await index.update(['foi-questionnaire.yaml']);
    assert.deepEqual(replyOf(index, 'replies/birch.txt').markers.flatMap((m) => m.ids), ['Q1', 'Q2', 'Q11']);
  });

  it('analyses a reply against the stand-in questionnaire when there is no file', async () => {
    const fs = survey();
    fs.remove('foi-questionnaire.yaml');
    const index = await indexOf(fs);
    const analysis = index.analysis('replies/birch.txt')!;
    assert.deepEqual(analysis.answers.map((a) => a.id), ['Q1', 'Q2']);
    assert.equal(index.stats.analyses, 1);
    assert.equal(index.analysis('replies/birch.txt'), analysis, 'cached until the reply changes');
  });
});

describe('workspace index: summaries follow the questionnaire\'s routing', () => {
  it('a questionnaire change that makes routing look at a question re-reads coverage right: the routed question is not required', async () => {
    const fs = survey();
    fs.write('replies/birch.answers.yaml', `version: 1\ncouncil: Birch Council\nanswers:\n  Q1:\n    status: answered\n    value: "no"\n`);
    const index = await indexOf(fs);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:answered', 'Q2:missing']);
    fs.write('foi-questionnaire.yaml', QUESTIONNAIRE.replace('type: number', 'type: number\n    when: { Q1: "yes" }'));
    await index.update(['foi-questionnaire.yaml']);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:answered', 'Q2:not-required']);
    fs.write('replies/birch.answers.yaml', `version: 1\ncouncil: Birch Council\nanswers:\n  Q1:\n    status: answered\n    value: "yes"\n`);
    await index.update(['replies/birch.answers.yaml']);
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:answered', 'Q2:missing']);
  });
});

// ---- the cache between sessions ---------------------------------------------------------------

const KEY = indexCacheKey('test-engine', {});

async function coldCache(fs: MemoryFs, touch?: (index: WorkspaceIndex) => void): Promise<IndexCache> {
  const cold = await indexOf(fs);
  cold.coverage();
  touch?.(cold);
  const cache = parseIndexCache(serializeIndexCache(cold.toCache(KEY)), KEY);
  assert.ok(cache);
  return cache;
}

async function warmOf(fs: MemoryFs, cache: IndexCache): Promise<WorkspaceIndex> {
  fs.reads = [];
  const index = new WorkspaceIndex(fs);
  index.useCache(cache);
  await index.refresh();
  return index;
}

describe('workspace index: the cache between sessions', () => {
  it('keeps a sidecar\'s received date, the detected council and, without a questionnaire, the marker ids', async () => {
    const fs = survey({ sync: true });
    fs.remove('foi-questionnaire.yaml');
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', 'received: 2024-05-01\n'));
    const cache = await coldCache(fs);
    const alder = cache.replies.find((r) => r.path === 'replies/alder.txt')!;
    assert.equal(alder.sidecar?.received, '2024-05-01');
    assert.deepEqual(alder.markerIds, ['Q1', 'Q2']);
    const birch = cache.replies.find((r) => r.path === 'replies/birch.txt')!;
    assert.equal(birch.detected, 'Birch Council');
    assert.equal(birch.sidecar, undefined);
    const warm = await warmOf(fs, cache);
    assert.deepEqual(fs.reads, []);
    assert.equal(replyOf(warm, 'replies/alder.txt').received, '2024-05-01');
    assert.deepEqual(councils(warm), ['Alder Council', 'Birch Council']);
    assert.deepEqual(warm.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2']);
    assert.deepEqual(fs.reads, [], 'the stand-in questionnaire and the council names came from the cache');
  });

  it('stores no marker ids when there is a questionnaire, and no received date the sidecar lacks', async () => {
    const fs = survey({ sync: true });
    const cache = await coldCache(fs, (i) => i.replies().forEach((r) => r.markers));
    for (const r of cache.replies) assert.equal(r.markerIds, undefined, r.path);
    const alder = cache.replies.find((r) => r.path === 'replies/alder.txt')!;
    assert.ok(alder.sidecar);
    assert.equal('received' in alder.sidecar, false);
    assert.ok(cache.questionnaireParse);
    const warm = await warmOf(fs, cache);
    assert.equal(replyOf(warm, 'replies/alder.txt').received, undefined);
  });

  it('stores neither an unreadable reply nor an unusable sidecar: the next session looks at them again', async () => {
    const fs = survey({ sync: true });
    fs.deny('replies/birch.txt');
    fs.write('replies/birch.answers.yaml', handSidecar('Birch Council'));
    fs.deny('replies/alder.answers.yaml');
    const cache = await coldCache(fs, (i) => i.replies().forEach((r) => r.text));
    assert.deepEqual(cache.replies.map((r) => r.path), ['replies/alder.txt']);
    assert.equal(cache.replies[0]!.sidecar, undefined);
    fs.unreadable.clear();
    const warm = await warmOf(fs, cache);
    assert.equal(sidecarUnusable(replyOf(warm, 'replies/alder.txt')), false);
    assert.deepEqual(replyOf(warm, 'replies/birch.txt').problems, []);
    assert.ok(fs.reads.includes('replies/alder.answers.yaml') && fs.reads.includes('replies/birch.answers.yaml'));
  });

  it('does not store a questionnaire it could not read', async () => {
    const fs = survey({ sync: true });
    fs.deny('foi-questionnaire.yaml');
    const cache = await coldCache(fs);
    assert.equal(cache.questionnaireParse, undefined);
    assert.ok(cache.questionnaire, 'its stamp is kept: the marker ids depend on it');
  });

  it('a cached reply or sidecar that became a folder, a FIFO or a refused link is reported, not taken from the cache', async () => {
    for (const [odd, why] of [
      [{ type: 'directory' }, 'is a folder, not a file'],
      [{ type: 'other' }, 'is not a regular file'],
      [{ type: 'file', problem: 'is a link to a file outside the workspace; not followed', link: true }, 'is a link to a file outside the workspace; not followed'],
    ] as const) {
      const fs = survey({ sync: true });
      fs.write('replies/birch.answers.yaml', handSidecar('Birch Council'));
      const cache = await coldCache(fs);
      // The reply: still listed as a file, but its stat says otherwise by the warm start.
      fs.odd.set('replies/alder.txt', { ...odd });
      const warm = await warmOf(fs, cache);
      const alder = warm.reply('replies/alder.txt');
      if (alder) assert.deepEqual(alder.problems.map((p) => p.message), [`replies/alder.txt ${why}; not analysed`]);
      assert.equal(warm.stats.cachedReplies, 1, 'only birch from the cache');
      // The sidecar.
      fs.odd.delete('replies/alder.txt');
      fs.odd.set('replies/birch.answers.yaml', { ...odd });
      const warm2 = await warmOf(fs, cache);
      const birch = replyOf(warm2, 'replies/birch.txt');
      assert.equal(sidecarUnusable(birch), true, JSON.stringify(odd));
      assert.equal(warm2.stats.cachedSidecars, 1, 'only alder\'s sidecar from the cache');
    }
  });

  it('a cached sidecar shared by two replies since is reported, not taken from the cache', async () => {
    const fs = survey({ sync: true });
    const cache = await coldCache(fs);
    fs.write('replies/alder.TXT', reply('Alder Council'));
    const warm = await warmOf(fs, cache);
    assert.equal(warm.stats.cachedSidecars, 0);
    assert.match(replyOf(warm, 'replies/alder.txt').sidecar!.problems[0]!.message, /belongs to 2 replies/);
  });

  it('a cached sidecar changed after the warm start and before its text is read: the new text is used, with its problem, and not cached as before', async () => {
    const cases: [string, Uint8Array | null, (r: IndexedReply) => void][] = [
      ['invalid UTF-8', new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0x0a]), (r) => {
        assert.equal(r.sidecarText, null);
        assert.deepEqual(r.sidecar, { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-encoding', message: 'invalid UTF-8 (byte 0xff; 1 bad byte); a sidecar is UTF-8 text', file: 'replies/alder.answers.yaml', line: 1, column: 4 }] });
      }],
      ['deleted', null, (r) => {
        assert.equal(r.sidecarText, null);
        assert.equal(r.sidecar, null);
      }],
      ['re-coded, with a date', new TextEncoder().encode(handSidecar('Alder Council', 'received: 2024-07-07\n') + '  Q2:\n    status: not-held\n'), (r) => {
        assert.match(r.sidecarText!, /not-held/);
        assert.equal(r.sidecar?.sidecar?.answers.get('Q2')?.status, 'not-held');
        assert.equal(r.received, '2024-07-07');
      }],
    ];
    for (const [what, bytes, check] of cases) {
      const fs = survey({ sync: true });
      fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', 'received: 2024-01-01\n'));
      const cache = await coldCache(fs);
      const warm = await warmOf(fs, cache);
      assert.equal(warm.stats.cachedSidecars, 1);
      assert.equal(replyOf(warm, 'replies/alder.txt').received, '2024-01-01');
      if (bytes) fs.write('replies/alder.answers.yaml', bytes);
      else fs.remove('replies/alder.answers.yaml');
      const alder = replyOf(warm, 'replies/alder.txt');
      void alder.sidecarText; // the person opens it
      check(alder);
      if (what !== 're-coded, with a date') assert.equal(alder.received, undefined, what);
      const next = warm.toCache(KEY).replies.find((r) => r.path === 'replies/alder.txt');
      assert.equal(next?.sidecar, undefined, `${what}: not cached under the old stamp`);
    }
  });

  it('a cached sidecar that became unreadable before its text is read has no text, and is looked at again next time', async () => {
    const fs = survey({ sync: true });
    const cache = await coldCache(fs);
    const warm = await warmOf(fs, cache);
    fs.deny('replies/alder.answers.yaml');
    const alder = replyOf(warm, 'replies/alder.txt');
    assert.equal(alder.sidecarText, null);
    assert.equal(warm.toCache(KEY).replies.find((r) => r.path === 'replies/alder.txt')?.sidecar, undefined);
  });

  it('a cached reply changed before its text is read: the new text is used, and it is reported by the next update, not cached', async () => {
    for (const change of ['edited', 'unreadable', 'a folder'] as const) {
      const fs = survey({ sync: true });
      fs.write('replies/birch.answers.yaml', handSidecar('Birch Council'));
      const cache = await coldCache(fs);
      const warm = await warmOf(fs, cache);
      assert.equal(warm.stats.cachedReplies, 2);
      if (change === 'edited') fs.write('replies/alder.txt', reply('Alder Council', 'Q2. revised\n'));
      else if (change === 'unreadable') fs.deny('replies/alder.txt');
      else fs.odd.set('replies/alder.txt', { type: 'directory' });
      const text = replyOf(warm, 'replies/alder.txt').text;
      assert.equal(text, change === 'edited' ? reply('Alder Council', 'Q2. revised\n') : '', change);
      assert.deepEqual(warm.toCache(KEY).replies.map((r) => r.path), ['replies/birch.txt'], `${change}: not cached under the old stamp`);
      if (change === 'edited') assert.deepEqual(await warm.update(['replies/alder.txt']), ['replies/alder.txt']);
    }
  });

  it('a warm start with an async stat only still takes unchanged files from the cache', async () => {
    const fs = survey({ sync: true });
    const cache = await coldCache(fs);
    const asyncStat = Object.assign(Object.create(Object.getPrototypeOf(fs) as object) as MemoryFs, fs, { statSync: undefined });
    const warm = await warmOf(asyncStat, cache);
    assert.equal(warm.stats.cachedReplies, 2);
    assert.equal(warm.stats.cachedSidecars, 1);
    assert.deepEqual(asyncStat.reads, []);
  });
});

describe('workspace index: before the first refresh, stats that fail, and re-reads', () => {
  it('a new index shows nothing before its first refresh: no replies, no problems, no questionnaire', () => {
    const index = new WorkspaceIndex(survey());
    assert.deepEqual(index.replies(), []);
    assert.deepEqual(index.problems, []);
    assert.deepEqual(index.questionnaireState, { path: 'foi-questionnaire.yaml', exists: false, text: null, parsed: null, problems: [] });
  });

  it('a reply whose stat fails (a folder that may not be searched) is reported as unreadable, whatever the file access', async () => {
    for (const options of [{}, { sync: true }, { readWithStat: true }]) {
      const fs = survey(options);
      fs.unstatable.set('replies/birch.txt', Object.assign(new Error('EACCES: permission denied, stat'), { code: 'EACCES' }));
      const index = await indexOf(fs);
      assert.deepEqual(replyOf(index, 'replies/birch.txt').problems.map((p) => p.message), ['replies/birch.txt cannot be read: permission denied; not analysed'], JSON.stringify(options));
    }
  });

  it('nothing unchanged is re-read or reported, with any file access; a path that does not exist is not indexed', async () => {
    for (const options of [{}, { sync: true }, { readWithStat: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      index.replies().forEach((r) => r.text);
      const reads = fs.reads.length;
      assert.deepEqual(await index.update(['replies/alder.txt', 'replies/birch.txt', 'replies/alder.answers.yaml']), []);
      assert.deepEqual(await index.update(['replies/missing.txt']), []);
      assert.equal(index.reply('replies/missing.txt'), undefined);
      await index.refresh();
      assert.equal(fs.reads.length, reads, JSON.stringify(options));
    }
  });

  it('a refused link given to update as a new reply is reported, not read', async () => {
    for (const options of [{}, { readWithStat: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      fs.odd.set('replies/cedar.txt', { type: 'file', problem: 'is a link to a file outside the workspace; not followed', link: true });
      assert.deepEqual(await index.update(['replies/cedar.txt']), ['replies/cedar.txt']);
      assert.deepEqual(replyOf(index, 'replies/cedar.txt').problems.map((p) => p.message), ['replies/cedar.txt is a link to a file outside the workspace; not followed; not analysed']);
      assert.ok(!fs.reads.includes('replies/cedar.txt'));
    }
  });

  it('a sidecar saved in invalid UTF-8 is reported by update as a change of its reply', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    fs.write('replies/alder.answers.yaml', new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0x0a]));
    assert.deepEqual(await index.update(['replies/alder.answers.yaml']), ['replies/alder.txt']);
    assert.equal(replyOf(index, 'replies/alder.txt').sidecar?.problems[0]?.code, 'sidecar-encoding');
  });

  it('a sidecar with a byte-order mark is read without it, coded as usual', async () => {
    const fs = survey();
    fs.write('replies/alder.answers.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(handSidecar('Alder Council', 'received: 2024-03-03\n'))]));
    const index = await indexOf(fs);
    const alder = replyOf(index, 'replies/alder.txt');
    assert.deepEqual(alder.sidecar?.problems.map((p) => p.severity), [], 'no problem: the mark is dropped and received: is a key the schema knows');
    assert.equal(alder.sidecar?.sidecar?.council, 'Alder Council');
    assert.equal(alder.sidecarText, handSidecar('Alder Council', 'received: 2024-03-03\n'));
    assert.equal(alder.received, '2024-03-03');
    assert.deepEqual(states(index, 'Alder Council'), ['Q1:answered', 'Q2:missing']);
  });

  it('a reply edit reported through update keeps its sidecar and scans its markers at once, with any file access', async () => {
    for (const options of [{ sync: true }, { readWithStat: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      index.coverage();
      fs.write('replies/alder.txt', reply('Alder Council', 'Q2. 13,000\n'));
      const scans = index.stats.markerScans;
      assert.deepEqual(await index.update(['replies/alder.txt']), ['replies/alder.txt']);
      assert.equal(index.stats.markerScans, scans + 1);
      const alder = replyOf(index, 'replies/alder.txt');
      assert.equal(alder.sidecar?.sidecar?.council, 'Alder Council');
      assert.equal(alder.sidecarText, handSidecar('Alder Council'));
      assert.deepEqual(alder.markers.map((m) => m.ids), [['Q1'], ['Q2'], ['Q2']]);
    }
  });

  it('a reply read later that changed since its stamp was taken: its new text is used, the next update reports it, and it is not cached', async () => {
    const fs = survey({ sync: true });
    const index = await indexOf(fs);
    // Writing the cache stamps the replies not read yet (the refresh did not stat them).
    assert.deepEqual(index.toCache(KEY).replies.map((r) => r.path), ['replies/alder.txt', 'replies/birch.txt']);
    fs.write('replies/alder.txt', reply('Alder Council', 'Q2. later\n'));
    assert.ok(replyOf(index, 'replies/alder.txt').text.endsWith('Q2. later\n'));
    assert.deepEqual(index.toCache(KEY).replies.map((r) => r.path), ['replies/birch.txt']);
    assert.deepEqual(await index.update(['replies/alder.txt']), ['replies/alder.txt']);
    assert.deepEqual(index.toCache(KEY).replies.map((r) => r.path), ['replies/alder.txt', 'replies/birch.txt']);
  });

  it('a reply changed after the refresh and first read after: cached with the stamp it was read with', async () => {
    const fs = survey({ sync: true });
    const index = await indexOf(fs);
    fs.write('replies/alder.txt', reply('Alder Council', 'Q2. later\n'));
    const alderReads = () => fs.reads.filter((p) => p === 'replies/alder.txt').length;
    const reads = alderReads();
    assert.ok(replyOf(index, 'replies/alder.txt').text.endsWith('Q2. later\n'));
    const cached = index.toCache(KEY).replies.find((r) => r.path === 'replies/alder.txt');
    assert.deepEqual(cached?.stamp, { mtime: fs.statSync!('replies/alder.txt')!.mtime, size: fs.statSync!('replies/alder.txt')!.size });
    assert.deepEqual(await index.update(['replies/alder.txt']), []);
    assert.equal(alderReads(), reads + 1, 'read once, when first used');
  });

  it('a warm session writes back the same cache a cold one wrote, so the next start is warm too', async () => {
    const fs = survey({ sync: true });
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', 'received: 2024-05-01\n'));
    fs.write('replies/birch.answers.yaml', writerSidecar('Birch Council'));
    const cache = await coldCache(fs);
    const warm = await warmOf(fs, cache);
    warm.coverage();
    assert.deepEqual(parseIndexCache(serializeIndexCache(warm.toCache(KEY)), KEY), cache);
    // Also after the person opened every reply and sidecar (read now, unchanged since).
    for (const r of warm.replies()) void [r.text, r.sidecarText];
    assert.deepEqual(parseIndexCache(serializeIndexCache(warm.toCache(KEY)), KEY), cache);
  });

  it('coverage is computed once until something changes, then for the council that changed', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    const first = index.coverage();
    assert.equal(index.coverage(), first);
    fs.write('replies/birch.answers.yaml', writerSidecar('Birch Council'));
    await index.update(['replies/birch.answers.yaml']);
    const second = index.coverage();
    assert.notEqual(second, first);
    assert.equal(second.councils[0], first.councils[0], 'Alder unchanged: its coverage reused');
    assert.deepEqual(states(index, 'Birch Council'), ['Q1:answered', 'Q2:missing']);
  });

  it('a coded cell names the reply and the sidecar it comes from; an uncoded reply names no sidecar', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    const alder = index.coverage().councils.find((c) => c.council === 'Alder Council')!;
    const cell = alder.cells.find((c) => c.id === 'Q1')!;
    assert.equal(cell.file, 'replies/alder.txt');
    assert.equal(cell.sidecarFile, 'replies/alder.answers.yaml');
    const birch = index.coverage().councils.find((c) => c.council === 'Birch Council')!;
    assert.ok(birch.cells.every((c) => c.sidecarFile === undefined && c.history.length === 0));
  });
});
