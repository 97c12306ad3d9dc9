// The workspace index (src/core/workspaceIndex.ts) facing the files a real workspace has: replies
// and sidecars that exist but cannot be read, that are folders, FIFOs or refused links, sidecars
// that are not UTF-8 or are shared by two replies, replies in other encodings, and files that
// change or vanish between two looks. What a researcher sees: the problem (code, message naming
// the file, position), never an "uncoded" reply in place of an unreadable one.
import { strict as assert } from 'node:assert';
import { sidecarUnusable } from '../../src/core/workspaceIndex';
import type { MemoryFsOptions } from '../support/memoryFs';
import { MemoryFs } from '../support/memoryFs';
import { QUESTIONNAIRE, reply, handSidecar, survey, indexOf, replyOf } from '../support/indexFixture';
import { decodeText } from '../../src/core/text';



/** The fs modes the index reads through differently: plain async, with a sync read (deferred replies), with readWithStat. */
const MODES: [string, MemoryFsOptions][] = [
  ['an async file access', {}],
  ['a file access that reads synchronously', { sync: true }],
  ['a file access that reads and stats in one call', { readWithStat: true }],
];





function sidecarError(path: string, why: string) {
  return { severity: 'error', code: 'sidecar-unreadable', message: `${path} ${why}, never written`, file: path, line: 1, column: 1 };
}

describe('workspace index: a reply that exists but cannot be read', () => {
  for (const [mode, options] of MODES) {
    it(`names the reply and says "permission denied" (${mode}); it is not analysed, and its coding still shows`, async () => {
      const fs = survey(options);
      fs.deny('replies/alder.txt');
      const index = await indexOf(fs);
      const alder = replyOf(index, 'replies/alder.txt');
      assert.deepEqual(alder.problems, [
        { severity: 'error', code: 'reply-unreadable', message: 'replies/alder.txt cannot be read: permission denied; not analysed', file: 'replies/alder.txt', line: 1, column: 1 },
      ]);
      assert.equal(alder.text, '');
      assert.equal(alder.encoding, 'utf-8');
      assert.equal(alder.binary, true, 'not analysed as text');
      assert.deepEqual(alder.markers, []);
      assert.deepEqual(index.analysis('replies/alder.txt'), { council: null, markers: [], answers: [], problems: [] });
      // The sidecar was read: the council is coded, not reported unreadable.
      const council = index.coverage().councils.find((c) => c.council === 'Alder Council');
      assert.ok(council);
      assert.equal(council.cells.find((c) => c.id === 'Q1')!.state, 'answered');
      assert.deepEqual(council.unreadable, []);
      // The other reply is untouched.
      assert.deepEqual(replyOf(index, 'replies/birch.txt').problems, []);
    });
  }

  it('says "permission denied" for EPERM and for the editor\'s NoPermissions too, and the error\'s own words otherwise', async () => {
    const cases: [unknown, string][] = [
      [Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }), 'permission denied'],
      [Object.assign(new Error('no access (FileSystemError)'), { code: 'NoPermissions' }), 'permission denied'],
      [Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }), 'EIO: i/o error, read'],
      ['the disk went away', 'the disk went away'],
    ];
    for (const [error, why] of cases) {
      const fs = survey();
      fs.deny('replies/alder.txt', error as Error);
      const index = await indexOf(fs);
      assert.deepEqual(
        replyOf(index, 'replies/alder.txt').problems.map((p) => p.message),
        [`replies/alder.txt cannot be read: ${why}; not analysed`],
        String(error),
      );
    }
  });

  for (const [mode, options] of MODES.filter(([, o]) => !o.sync)) {
    for (const code of ['ENOENT', 'FileNotFound']) {
      it(`drops a reply deleted between listing and reading (${code}, ${mode}): gone, not unreadable`, async () => {
        const fs = survey(options);
        fs.deny('replies/birch.txt', Object.assign(new Error('gone'), { code }));
        const index = await indexOf(fs);
        assert.deepEqual(
          index.replies().map((r) => r.path),
          ['replies/alder.txt'],
        );
      });
    }
  }

  it('a reply read later (synchronous access) that became unreadable since the listing says so on first use', async () => {
    const fs = survey({ sync: true });
    const index = await indexOf(fs);
    index.coverage();
    assert.ok(!fs.reads.includes('replies/alder.txt'), 'its sidecar names the council: coverage did not read the reply');
    fs.deny('replies/alder.txt');
    const reads = index.stats.replyReads;
    const alder = replyOf(index, 'replies/alder.txt');
    assert.deepEqual(alder.problems.map((p) => [p.code, p.message]), [['reply-unreadable', 'replies/alder.txt cannot be read: permission denied; not analysed']]);
    assert.equal(alder.text, '');
    assert.deepEqual(alder.markers, []);
    assert.equal(index.stats.replyReads, reads + 1);
  });

  it('a reply read later that was deleted since has no text, and the next update drops it', async () => {
    const fs = survey({ sync: true });
    const index = await indexOf(fs);
    fs.remove('replies/birch.txt');
    const birch = replyOf(index, 'replies/birch.txt');
    assert.equal(birch.text, '');
    assert.deepEqual(birch.problems, []);
    assert.deepEqual(await index.update(['replies/birch.txt']), ['replies/birch.txt']);
    assert.equal(index.reply('replies/birch.txt'), undefined);
    assert.deepEqual(await index.update(['replies/birch.txt']), [], 'already gone: nothing changed');
  });

  it('a reply read later that became a folder or a FIFO says what it is now', async () => {
    for (const [type, why] of [
      ['directory', 'is a folder, not a file'],
      ['other', 'is not a regular file'],
    ] as const) {
      const fs = survey({ sync: true });
      const index = await indexOf(fs);
      fs.odd.set('replies/birch.txt', { type });
      assert.deepEqual(replyOf(index, 'replies/birch.txt').problems.map((p) => p.message), [`replies/birch.txt ${why}; not analysed`]);
    }
  });

  it('a reply updated into a folder, a FIFO or a refused link is reported with the reason, and read again once it is a file', async () => {
    for (const options of [{}, { sync: true }, { readWithStat: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      for (const [odd, why] of [
        [{ type: 'directory' }, 'is a folder, not a file'],
        [{ type: 'other' }, 'is not a regular file'],
        [{ type: 'file', problem: 'is a link to a file outside the workspace; not followed', link: true }, 'is a link to a file outside the workspace; not followed'],
      ] as const) {
        fs.odd.set('replies/birch.txt', odd);
        assert.deepEqual(await index.update(['replies/birch.txt']), ['replies/birch.txt']);
        const birch = replyOf(index, 'replies/birch.txt');
        assert.deepEqual(birch.problems.map((p) => [p.code, p.message]), [['reply-unreadable', `replies/birch.txt ${why}; not analysed`]], JSON.stringify(odd));
        assert.deepEqual(birch.markers, []);
      }
      fs.odd.delete('replies/birch.txt');
      fs.write('replies/birch.txt', reply('Birch Council'));
      await index.update(['replies/birch.txt']);
      const birch = replyOf(index, 'replies/birch.txt');
      assert.deepEqual(birch.problems, []);
      assert.deepEqual(birch.markers.map((m) => m.ids), [['Q1'], ['Q2']]);
    }
  });

  it('a new reply path given to update that is a folder or unreadable is indexed with its problem', async () => {
    for (const options of [{}, { readWithStat: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      fs.odd.set('replies/cedar.txt', { type: 'other', problem: 'is a FIFO' });
      fs.odd.set('replies/elm.txt', { type: 'other' });
      fs.write('replies/damson.txt', reply('Damson Council'));
      fs.deny('replies/damson.txt');
      assert.deepEqual((await index.update(['replies/cedar.txt', 'replies/damson.txt', 'replies/elm.txt'])).sort(), ['replies/cedar.txt', 'replies/damson.txt', 'replies/elm.txt']);
      assert.deepEqual(replyOf(index, 'replies/cedar.txt').problems.map((p) => p.message), ['replies/cedar.txt is a FIFO; not analysed']);
      assert.deepEqual(replyOf(index, 'replies/elm.txt').problems.map((p) => p.message), ['replies/elm.txt is not a regular file; not analysed']);
      assert.deepEqual(replyOf(index, 'replies/damson.txt').problems.map((p) => p.message), ['replies/damson.txt cannot be read: permission denied; not analysed']);
    }
  });
});

describe('workspace index: a sidecar that exists but cannot be used', () => {
  for (const [mode, options] of MODES) {
    it(`an unreadable sidecar is an error naming it, the reply's cells are "unreadable", never uncoded (${mode})`, async () => {
      const fs = survey(options);
      fs.deny('replies/alder.answers.yaml');
      const index = await indexOf(fs);
      const alder = replyOf(index, 'replies/alder.txt');
      const error = sidecarError('replies/alder.answers.yaml', 'cannot be read: permission denied; not read');
      assert.deepEqual(alder.sidecar, { sidecar: null, problems: [error] });
      assert.equal(alder.sidecarText, null);
      assert.equal(sidecarUnusable(alder), true);
      // No council from the sidecar: the reply's text names it.
      const council = index.coverage().councils.find((c) => c.files.includes('replies/alder.txt'));
      assert.ok(council);
      assert.equal(council.council, 'Alder Council');
      assert.deepEqual(council.unreadable, [{ file: 'replies/alder.answers.yaml', line: 1, column: 1, message: error.message }]);
      assert.deepEqual(
        council.cells.map((c) => c.state),
        ['unreadable', 'unreadable'],
      );
    });
  }

  it('a sidecar that is a folder, a FIFO or a refused link says which (a refused link is "not followed", not "not read")', async () => {
    for (const [odd, why] of [
      [{ type: 'directory' }, 'is a folder, not a sidecar file; not read'],
      [{ type: 'other' }, 'is not a regular file; not read'],
      [{ type: 'other', problem: 'is a FIFO' }, 'is a FIFO; not read'],
      [{ type: 'file', problem: 'is a link to a file outside the workspace; not followed', link: true }, 'is a link to a file outside the workspace; not followed'],
    ] as const) {
      const fs = survey();
      fs.remove('replies/alder.answers.yaml');
      fs.odd.set('replies/alder.answers.yaml', odd);
      const index = await indexOf(fs);
      const alder = replyOf(index, 'replies/alder.txt');
      assert.deepEqual(alder.sidecar?.problems, [sidecarError('replies/alder.answers.yaml', why)], JSON.stringify(odd));
      assert.equal(sidecarUnusable(alder), true);
      const council = index.coverage().councils.find((c) => c.files.includes('replies/alder.txt'))!;
      assert.deepEqual(council.unreadable.map((u) => u.file), ['replies/alder.answers.yaml']);
    }
  });

  it('a sidecar that becomes unreadable after it was read is reported by the next update, and read again when it can be', async () => {
    for (const options of [{}, { sync: true }, { readWithStat: true }]) {
      const fs = survey(options);
      const index = await indexOf(fs);
      assert.equal(replyOf(index, 'replies/alder.txt').sidecar?.sidecar?.council, 'Alder Council');
      fs.deny('replies/alder.answers.yaml');
      fs.write('replies/alder.answers.yaml', handSidecar('Alder Council') + '  Q2:\n    status: not-held\n');
      assert.deepEqual(await index.update(['replies/alder.answers.yaml']), ['replies/alder.txt']);
      const alder = replyOf(index, 'replies/alder.txt');
      assert.equal(sidecarUnusable(alder), true);
      assert.deepEqual(alder.sidecar?.problems.map((p) => p.message), ['replies/alder.answers.yaml cannot be read: permission denied; not read, never written']);
      assert.deepEqual(index.coverage().councils.find((c) => c.council === 'Alder Council')?.cells.map((c) => c.state), ['unreadable', 'unreadable']);
      fs.unreadable.delete('replies/alder.answers.yaml');
      assert.deepEqual(await index.update(['replies/alder.answers.yaml']), ['replies/alder.txt']);
      assert.equal(sidecarUnusable(replyOf(index, 'replies/alder.txt')), false);
      assert.deepEqual(index.coverage().councils.find((c) => c.council === 'Alder Council')?.cells.map((c) => c.state), ['answered', 'not-held']);
    }
  });

  it('a sidecar in invalid UTF-8 or with a NUL byte is an encoding error at its position, never read as empty', async () => {
    for (const [bytes, line, column, message] of [
      [[...new TextEncoder().encode('version: 1\ncouncil: Alder '), 0xff, 0x0a], 2, 16, 'invalid UTF-8 (byte 0xff; 1 bad byte); a sidecar is UTF-8 text'],
      [[...new TextEncoder().encode('version: 1\nansw'), 0, 0x0a], 2, 5, '1 NUL byte (binary data or UTF-16 without a byte-order mark); a sidecar is UTF-8 text'],
      [[0xff, 0xfe, 0x76, 0], 1, 1, 'the file is UTF-16 (or UTF-32); sidecars are UTF-8 — save it as UTF-8'],
    ] as const) {
      const fs = survey();
      fs.write('replies/alder.answers.yaml', new Uint8Array(bytes));
      const index = await indexOf(fs);
      const alder = replyOf(index, 'replies/alder.txt');
      assert.deepEqual(alder.sidecar, { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-encoding', message, file: 'replies/alder.answers.yaml', line, column }] });
      assert.equal(alder.sidecarText, null);
      assert.equal(sidecarUnusable(alder), true);
      const council = index.coverage().councils.find((c) => c.files.includes('replies/alder.txt'))!;
      assert.deepEqual(council.unreadable, [{ file: 'replies/alder.answers.yaml', line, column, message }]);
    }
  });

  it('two replies whose names differ only in the case of .txt share one sidecar: both report it, until one is renamed', async () => {
    const fs = survey();
    fs.write('replies/alder.TXT', reply('Alder Council'));
    const index = await indexOf(fs);
    const why = 'belongs to 2 replies (replies/alder.TXT, replies/alder.txt), whose names differ only in the case of .txt; rename one reply so each has its own sidecar; not read';
    for (const path of ['replies/alder.TXT', 'replies/alder.txt']) {
      const r = replyOf(index, path);
      assert.deepEqual(r.sidecar, { sidecar: null, problems: [sidecarError('replies/alder.answers.yaml', why)] }, path);
      assert.equal(r.sidecarText, null);
    }
    fs.remove('replies/alder.TXT');
    fs.write('replies/alder-2.txt', reply('Alder Council'));
    await index.refresh();
    const alder = replyOf(index, 'replies/alder.txt');
    assert.equal(sidecarUnusable(alder), false, 'no longer shared: read again under the normal rule');
    assert.equal(alder.sidecar?.sidecar?.council, 'Alder Council');
    assert.equal(alder.sidecarText, handSidecar('Alder Council'));
  });

  it('a sidecar deleted after it was read: the reply shows as uncoded (no error), and a second delete changes nothing', async () => {
    const fs = survey();
    const index = await indexOf(fs);
    fs.remove('replies/alder.answers.yaml');
    assert.deepEqual(await index.update(['replies/alder.answers.yaml']), ['replies/alder.txt']);
    const alder = replyOf(index, 'replies/alder.txt');
    assert.equal(alder.sidecar, null);
    assert.equal(alder.sidecarText, null);
    assert.equal(sidecarUnusable(alder), false);
    assert.deepEqual(await index.update(['replies/alder.answers.yaml']), []);
    assert.deepEqual(await index.update(['replies/ALDER.answers.yaml', 'replies/nobody.answers.yaml', 'notes/readme.md']), []);
  });
});

describe('workspace index: sidecarUnusable', () => {
  const problem = (severity: 'error' | 'warning') => ({ severity, code: 'x', message: 'm', line: 1, column: 1 });
  const sidecar = { version: 1, answers: new Map() } as never;
  it('is false with no sidecar file and for a parsed sidecar with warnings only; true for one with an error or no parse', () => {
    assert.equal(sidecarUnusable({ sidecar: null }), false);
    assert.equal(sidecarUnusable({ sidecar: { sidecar, problems: [] } }), false);
    assert.equal(sidecarUnusable({ sidecar: { sidecar, problems: [problem('warning')] } }), false);
    assert.equal(sidecarUnusable({ sidecar: { sidecar, problems: [problem('warning'), problem('error')] } }), true);
    assert.equal(sidecarUnusable({ sidecar: { sidecar: null, problems: [] } }), true);
    assert.equal(sidecarUnusable({ sidecar: { sidecar: null, problems: [problem('warning')] } }), true);
  });
});

describe('workspace index: reply encodings', () => {
  async function decoded(bytes: Uint8Array) {
    const fs = new MemoryFs();
    fs.write('replies/a.txt', bytes);
    const index = await indexOf(fs);
    const r = replyOf(index, 'replies/a.txt');
    return { text: r.text, encoding: r.encoding, binary: r.binary, problems: r.problems };
  }
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads UTF-8 with non-ASCII characters as it is, with no warning', async () => {
    assert.deepEqual(await decoded(utf8('Q1. £12,000 — Ålder\n')), { text: 'Q1. £12,000 — Ålder\n', encoding: 'utf-8', binary: false, problems: [] });
  });

  it('reads UTF-8 with a byte-order mark without the mark, and says it had one', async () => {
    assert.deepEqual(await decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Q1. £5\n')])), { text: 'Q1. £5\n', encoding: 'utf-8-bom', binary: false, problems: [] });
    assert.deepEqual(await decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Q1. 5\n')])), { text: 'Q1. 5\n', encoding: 'utf-8-bom', binary: false, problems: [] });
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning on the reply at line 1', async () => {
    assert.deepEqual(await decoded(new Uint8Array([...utf8('Q1. '), 0xa3, ...utf8('5 caf'), 0xe9, 0x0a])), {
      text: 'Q1. £5 café\n',
      encoding: 'windows-1252',
      binary: false,
      problems: [{ severity: 'warning', code: 'reply-encoding', message: 'not valid UTF-8; read as Windows-1252', file: 'replies/a.txt', line: 1, column: 1 }],
    });
    // Starting with a byte that begins a UTF-8 byte-order mark, but is not one.
    assert.equal((await decoded(new Uint8Array([0xef, ...utf8('tude\n')]))).text, 'ïtude\n');
  });

  it('normalises lone-CR and mixed line breaks as the editor and decodeText do, ASCII or UTF-8', async () => {
    for (const [bytes, want] of [
      [utf8('Q1. a\rQ2. b\r'), 'Q1. a\r\nQ2. b\r\n'], // mostly CR: CRLF, as VS Code opens it
      [utf8('Q1. a\r\nQ2. b\nQ3. c\r\n'), 'Q1. a\r\nQ2. b\r\nQ3. c\r\n'],
      [utf8('Q1. £5\rQ2. 6\r'), 'Q1. £5\r\nQ2. 6\r\n'],
      [utf8('Q1. £5\r\nQ2. 6\r\n'), 'Q1. £5\r\nQ2. 6\r\n'],
    ] as const) {
      const d = await decoded(bytes);
      assert.equal(d.text, want);
      assert.equal(d.text, decodeText(bytes).text);
    }
  });

  it('reads UTF-16 with its byte-order mark', async () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Q1. £5'].flatMap((c) => [c.charCodeAt(0), 0])]);
    assert.deepEqual(await decoded(le), { text: 'Q1. £5', encoding: 'utf-16le', binary: false, problems: [] });
  });

  it('does not analyse a reply with NUL bytes, ASCII or not, and says why', async () => {
    for (const bytes of [new Uint8Array([...utf8('Q1. '), 0, ...utf8('x\n')]), new Uint8Array([...utf8('Q1. £'), 0, ...utf8('x\n')])]) {
      const d = await decoded(bytes);
      assert.equal(d.binary, true);
      assert.equal(d.text, '');
      assert.deepEqual(d.problems.map((p) => [p.severity, p.code, p.message]), [['warning', 'reply-encoding', `looks binary: 1 NUL byte(s) in the first ${bytes.length} bytes; not analysed`]]);
    }
  });
});

describe('workspace index: discovery problems, the questionnaire, received dates', () => {
  it('lists files it saw but could not use as warnings naming each, sorted by path', async () => {
    const fs = survey();
    fs.odd.set('replies/zeta.txt', { type: 'other', problem: 'is a FIFO' });
    fs.odd.set('replies/eta.txt', { type: 'file', problem: 'is a link to a file outside the workspace; not followed', link: true });
    const index = await indexOf(fs);
    assert.deepEqual(index.problems, [
      { severity: 'warning', code: 'file-skipped', message: 'replies/eta.txt is a link to a file outside the workspace; not followed', file: 'replies/eta.txt', line: 1, column: 1 },
      { severity: 'warning', code: 'file-skipped', message: 'replies/zeta.txt is a FIFO; not read', file: 'replies/zeta.txt', line: 1, column: 1 },
    ]);
    assert.deepEqual(index.replies().map((r) => r.path), ['replies/alder.txt', 'replies/birch.txt']);
    fs.odd.clear();
    await index.refresh();
    assert.deepEqual(index.problems, [], 'gone on the next refresh');
  });

  it('a questionnaire that exists but cannot be read is an error naming it, and coverage falls back to the ids seen', async () => {
    const fs = survey();
    fs.deny('foi-questionnaire.yaml');
    const index = await indexOf(fs);
    assert.deepEqual(index.questionnaireState, {
      path: 'foi-questionnaire.yaml',
      exists: true,
      text: null,
      parsed: null,
      problems: [{ severity: 'error', code: 'internal', message: "reading the questionnaire failed: EACCES: permission denied, open 'foi-questionnaire.yaml'", file: 'foi-questionnaire.yaml', line: 1, column: 1 }],
    });
    assert.deepEqual(index.questionnaire.questions.map((q) => q.id), ['Q1', 'Q2']);
  });

  it('a questionnaire path that is a folder counts as no questionnaire; one that appears later is read and every reply reported changed', async () => {
    const fs = survey();
    fs.remove('foi-questionnaire.yaml');
    fs.write('foi-questionnaire.yaml/readme.txt', 'not a questionnaire');
    const index = await indexOf(fs);
    assert.deepEqual(index.questionnaireState, { path: 'foi-questionnaire.yaml', exists: false, text: null, parsed: null, problems: [] });
    assert.deepEqual(await index.update(['foi-questionnaire.yaml']), [], 'still no questionnaire: nothing changed');
    fs.remove('foi-questionnaire.yaml/readme.txt');
    fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
    assert.deepEqual((await index.update(['foi-questionnaire.yaml'])).sort(), ['replies/alder.txt', 'replies/birch.txt']);
    assert.equal(index.questionnaireState.exists, true);
    assert.equal(index.questionnaireState.text, QUESTIONNAIRE);
    assert.deepEqual(await index.update(['foi-questionnaire.yaml']), [], 'unchanged: nothing to report');
    fs.remove('foi-questionnaire.yaml');
    assert.deepEqual((await index.update(['foi-questionnaire.yaml'])).sort(), ['replies/alder.txt', 'replies/birch.txt'], 'deleted: every reply changes');
    assert.deepEqual(index.questionnaireState, { path: 'foi-questionnaire.yaml', exists: false, text: null, parsed: null, problems: [] });
  });

  it('takes the sidecar\'s top-level received: date, drops it when the sidecar no longer has one, and keeps it across reply edits', async () => {
    const fs = survey();
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', 'received: "2024-05-01"  # by email\n'));
    fs.write('replies/birch.answers.yaml', handSidecar('Birch Council', 'note: "received: 2023-01-01"\n'));
    const index = await indexOf(fs);
    assert.equal(replyOf(index, 'replies/alder.txt').received, '2024-05-01');
    assert.equal(replyOf(index, 'replies/birch.txt').received, undefined, 'only a top-level received: key counts');
    fs.write('replies/alder.txt', reply('Alder Council') + 'Q2. revised\n');
    assert.deepEqual(await index.update(['replies/alder.txt']), ['replies/alder.txt']);
    assert.equal(replyOf(index, 'replies/alder.txt').received, '2024-05-01', 'a reply edit keeps the sidecar\'s date');
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council'));
    await index.update(['replies/alder.answers.yaml']);
    assert.equal(replyOf(index, 'replies/alder.txt').received, undefined);
  });

  it('orders a council\'s files by their received dates, earliest first, whatever their names', async () => {
    const fs = survey();
    fs.write('replies/alder.answers.yaml', handSidecar('Alder Council', 'received: 2024-06-01\n'));
    fs.write('replies/alder.internal-review.txt', reply('Alder Council'));
    fs.write('replies/alder.internal-review.answers.yaml', handSidecar('Alder Council', 'received: 2024-02-01\n'));
    const index = await indexOf(fs);
    const council = index.coverage().councils.find((c) => c.council === 'Alder Council')!;
    assert.deepEqual(council.files, ['replies/alder.internal-review.txt', 'replies/alder.txt']);
  });
});

describe('workspace index: order', () => {
  it('lists replies by path, and councils by name as a person sorts them (case, accents and numbers), ties by code point', async () => {
    const fs = new MemoryFs();
    fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
    const names: [string, string][] = [
      ['replies/a.txt', 'council 10'],
      ['replies/b.txt', 'Ålder Council'],
      ['replies/c.txt', 'Council 9'],
      ['replies/d.txt', 'Alder Council'],
      ['replies/e.txt', 'birch council'],
    ];
    for (const [path, council] of [...names].reverse()) {
      fs.write(path, reply(council));
      fs.write(path.replace(/\.txt$/, '.answers.yaml'), handSidecar(council));
    }
    const index = await indexOf(fs);
    assert.deepEqual(index.replies().map((r) => r.path), names.map(([p]) => p));
    assert.deepEqual(index.coverage().councils.map((c) => c.council), ['Alder Council', 'Ålder Council', 'birch council', 'Council 9', 'council 10']);
  });

  it('answers undefined for a path it does not index', async () => {
    const index = await indexOf(survey());
    assert.equal(index.reply('replies/zzz.txt'), undefined);
    assert.equal(index.analysis('replies/zzz.txt'), undefined);
  });
});
