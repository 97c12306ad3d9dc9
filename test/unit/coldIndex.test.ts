// The cold start's shortcuts (issue #6, 5,000 replies within 4× rg): replies stat'ed and read on
// first use, sidecars decoded at memory speed, the writer's layout read in place. Each shortcut
// must give exactly what the long way gives, and every unusable file must still be named.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sidecarText } from '../../src/core/asciiText';
import { councilCoverage } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseSidecarDocument } from '../../src/core/sidecar';
import { readSidecarFast, writerShapeOf } from '../../src/core/sidecarFastPath';
import { decodeSidecarBytes } from '../../src/core/text';
import { councilStem, groupCouncils } from '../../src/core/workspace';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { nodeWorkspaceFs, pathUnder } from '../../src/cli/nodeFs';

const QUESTIONNAIRE = 'version: 1\nquestions:\n  - id: Q1\n    text: Name?\n  - id: Q2\n    text: Population?\n    type: number\n';
const reply = (name: string) => `Dear requester,\n\nQ1. ${name}\nQ2. 12,000\n\nRegards\n`;
const sidecar = (council: string) => `# Coded answers — edit freely\nversion: 1\ncouncil: ${council}\nanswers:\n  Q1:\n    status: answered\n    value: ${council}\n`;

describe('cold index: replies read on first use', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'foi-cold-'));
    mkdirSync(path.join(root, 'replies'));
    writeFileSync(path.join(root, 'foi-questionnaire.yaml'), QUESTIONNAIRE);
    for (const name of ['Alder', 'Birch']) {
      writeFileSync(path.join(root, `replies/${name.toLowerCase()}.txt`), reply(`${name} Council`));
      writeFileSync(path.join(root, `replies/${name.toLowerCase()}.answers.yaml`), sidecar(`${name} Council`));
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('shows coverage without reading any reply when the sidecars name the councils; the text comes on first use, as on disk', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    const cov = index.coverage();
    assert.deepEqual(cov.councils.map((c) => [c.council, c.coded]), [['Alder Council', 1], ['Birch Council', 1]]);
    assert.equal(index.stats.replyReads, 0, 'no reply read for coverage');
    assert.equal(index.stats.sidecarReads, 2);
    assert.equal(index.reply('replies/alder.txt')!.text, reply('Alder Council'));
    assert.equal(index.stats.replyReads, 1, 'one reply read when its text was asked for');
  });

  it('reads a reply whose sidecar names no council, to detect the council', async () => {
    writeFileSync(path.join(root, 'replies/birch.answers.yaml'), 'version: 1\nanswers:\n  Q2:\n    status: not-held\n');
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    index.coverage();
    assert.equal(index.stats.replyReads, 1);
  });

  it('names a reply that became a FIFO before its first use, without hanging', async function () {
    if (spawnSync('mkfifo', ['--version']).error) this.skip();
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    unlinkSync(path.join(root, 'replies/alder.txt'));
    assert.equal(spawnSync('mkfifo', [path.join(root, 'replies/alder.txt')]).status, 0);
    const r = index.reply('replies/alder.txt')!;
    assert.equal(r.text, '');
    assert.equal(r.binary, true, 'not analysed');
    assert.deepEqual(
      r.problems.map((p) => [p.severity, p.code, p.file]),
      [['error', 'reply-unreadable', 'replies/alder.txt']],
    );
    assert.match(r.problems[0]!.message, /named pipe \(FIFO\)/);
  });

  it('uses a reply changed between the refresh and its first use; the index held nothing older, and the next edit is reported', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    const changed = reply('Alder District Council') + 'Q3. A new line\n';
    writeFileSync(path.join(root, 'replies/alder.txt'), changed);
    assert.equal(index.reply('replies/alder.txt')!.text, changed);
    // The refresh neither read nor stat'ed the reply (coverage needs none): its stamp is the one it
    // was read with, so an update finds nothing the index has not seen…
    assert.deepEqual(await index.update(['replies/alder.txt']), []);
    assert.equal(index.reply('replies/alder.txt')!.text, changed);
    // …and the next edit is reported and read.
    const again = changed + 'Q4. And another\n';
    writeFileSync(path.join(root, 'replies/alder.txt'), again);
    assert.deepEqual(await index.update(['replies/alder.txt']), ['replies/alder.txt']);
    assert.equal(index.reply('replies/alder.txt')!.text, again);
  });

  it('an edit reported through update of a reply not read yet is read at once and reported', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    index.coverage();
    const changed = reply('Alder District Council') + 'Q3. A new line\n';
    writeFileSync(path.join(root, 'replies/alder.txt'), changed);
    const reads = index.stats.replyReads;
    assert.deepEqual(await index.update(['replies/alder.txt']), ['replies/alder.txt']);
    assert.equal(index.stats.replyReads, reads + 1);
    assert.equal(index.reply('replies/alder.txt')!.text, changed);
  });

  it('follows a linked reply inside the workspace and refuses one that points outside, naming it', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'foi-outside-'));
    try {
      writeFileSync(path.join(outside, 'elsewhere.txt'), reply('Faraway Council'));
      symlinkSync(path.join(outside, 'elsewhere.txt'), path.join(root, 'replies/far.txt'));
      symlinkSync(path.join(root, 'replies/birch.txt'), path.join(root, 'replies/birch-link.txt'));
      const fs = nodeWorkspaceFs(root);
      assert.equal(new TextDecoder().decode(fs.readSync!('replies/birch-link.txt')!.bytes), reply('Birch Council'));
      const far = fs.readSync!('replies/far.txt')!;
      assert.equal(far.bytes.length, 0);
      assert.match(far.stat.problem ?? '', /outside the workspace; not followed/);
      const index = new WorkspaceIndex(fs);
      await index.refresh();
      assert.ok(index.problems.some((p) => p.file === 'replies/far.txt' && /outside the workspace/.test(p.message)));
      assert.equal(index.reply('replies/birch-link.txt')!.text, reply('Birch Council'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('cold index: sidecar decoding at memory speed', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const same = (bytes: Uint8Array) => {
    const fast = sidecarText(bytes);
    const full = decodeSidecarBytes(bytes);
    assert.ok(full.ok && fast, 'decoded');
    assert.equal(fast.text, full.text);
    assert.ok(full.text.endsWith(fast.body));
    return fast;
  };

  it('decodes plain ASCII, and a header comment with an em dash above a body with £, exactly as the full decoder', () => {
    const ascii = same(enc('version: 1\nanswers:\n'));
    assert.equal(ascii.body, ascii.text);
    const split = same(enc('# Coded answers for a.txt — edit freely\n\nversion: 1\nanswers:\n  Q8:\n    status: answered\n    quote:\n      exact: £880k\n'));
    assert.equal(split.body, '\nversion: 1\nanswers:\n  Q8:\n    status: answered\n    quote:\n      exact: £880k\n');
    assert.equal(same(enc('# ä\n# ö\n  # ü\n\nversion: 1\n')).body, '# ö\n  # ü\n\nversion: 1\n');
  });

  it('leaves to the full decoder whatever it must report or that is not a comment: BOM, NUL, invalid UTF-8, a non-ASCII key line, a CR or line separator in the header', () => {
    for (const bytes of [
      new Uint8Array([0xef, 0xbb, 0xbf, ...enc('version: 1\n')]),
      enc('version: 1\n# a\0b\n'),
      new Uint8Array([...enc('# — x\nversion: 1\nnote: '), 0xff, 0x0a]),
      new Uint8Array([...enc('# — x\n'), 0xc3, 0x28, 0x0a]),
      enc('council: Ærø\n'),
      enc('# — x\rcouncil: y\n'),
      enc('# — x\u2028council: y\n'),
    ]) {
      assert.equal(sidecarText(bytes), null, new TextDecoder().decode(bytes));
    }
  });
});

describe('cold index: the writer-shape reader on values', () => {
  const doc = (value: string, exact = 'x') => `version: 1\ncouncil: Alder\nanswers:\n  Q1:\n    status: answered\n    value: ${value}\n    coder: jb\n    quote:\n      exact: ${exact}\n      prefix: "a\\nb"\n`;
  const values = [
    '007', '-0', '+5', '123456789012345', '1234567890123456', '12345678901234567890', '1e3', '.5', '0x1F', '0o7', '.inf', 'null', 'Null', 'nope', 'true', 'True', 'Tree',
    'false', 'fine', '~', 'x #c', 'x#c', 'a: b', 'a:b', '"q"', '"q"  # c', '"a\\"b"', '"a\\\\nb"', '"a\\tb"', '"\\n"', "'it''s'", 'Résumé', '£880k', '2010-01-01', 'Yes', '-', '- x',
  ];
  it('reads every value exactly as the full YAML parser does, or leaves the file to it', () => {
    for (const v of values) {
      for (const text of [doc(v), doc('1', v)]) {
        const full = parseSidecarDocument(text);
        const fast = readSidecarFast(text);
        assert.deepEqual(fast.sidecar, full.sidecar, text);
        assert.equal(fast.problems.length === 0, full.problems.length === 0, text);
        const exact = writerShapeOf(text);
        if (exact) assert.deepEqual(exact, full.sidecar, text);
      }
    }
  });

  it('takes canonical ids as they are and normalises others', () => {
    const text = (id: string) => `version: 1\nanswers:\n  ${id}:\n    status: not-held\n`;
    const ids = ['Q4a', 'Q12', 'Q123abc', 'q4A', 'Q04', 'Q1000', 'Q4abcd', 'Q0', '4a'];
    for (const id of ids) {
      const full = parseSidecarDocument(text(id));
      assert.deepEqual(readSidecarFast(text(id)).sidecar, full.sidecar, id);
      assert.deepEqual(writerShapeOf(text(id)) ?? full.sidecar, full.sidecar, id);
    }
  });

  it('gives each value its own reading when texts differ only after a shared start', () => {
    const a = readSidecarFast(doc('Yes')).sidecar!.answers.get('Q1')!.value;
    const b = readSidecarFast(doc('Yesterday')).sidecar!.answers.get('Q1')!.value;
    const c = readSidecarFast(doc('Yes')).sidecar!.answers.get('Q1')!.value;
    assert.deepEqual([a, b, c], ['Yes', 'Yesterday', 'Yes']);
  });
});

describe('cold index: coverage cells', () => {
  it('gives cells with no earlier file an empty history that cannot be changed by accident, and keeps real histories', () => {
    const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire!;
    const older = { version: 1 as const, answers: new Map([['Q1', { status: 'not-held' as const }]]) };
    const newer = { version: 1 as const, answers: new Map([['Q1', { status: 'answered' as const, value: 'Alder' }]]) };
    const cov = councilCoverage(q, 'Alder', [
      { file: 'replies/alder.txt', council: 'Alder', sidecar: older },
      { file: 'replies/alder.internal-review.txt', council: 'Alder', sidecar: newer },
    ]);
    assert.deepEqual(cov.cells[0]!.history.map((h) => [h.file, h.entry.status]), [['replies/alder.txt', 'not-held']]);
    assert.deepEqual(cov.cells[1]!.history, []);
    assert.throws(() => cov.cells[1]!.history.push(cov.cells[0]!.history[0]!));
  });
});

describe('cold index: council names from file names', () => {
  // The rules of councilStem, applied the long way (every rule, until nothing changes).
  const longWay = (file: string): string => {
    let name = file.slice(file.lastIndexOf('/') + 1).replace(/\.txt$/i, '');
    let prev = '';
    while (prev !== name) {
      prev = name;
      name = name
        .replace(/[._ -]+reply$/i, '')
        .replace(/[._ -]+(?:internal[-_ ]?review|review|revised)$/i, '')
        .replace(/[._ -]+(?:19|20)\d{2}-?\d{2}-?\d{2}$/, '')
        .replace(/^(?:19|20)\d{2}-?\d{2}-?\d{2}[._ -]+/, '');
    }
    return name;
  };
  it('gives the stem the rules give, for names with and without suffixes and dates', () => {
    const part = fc.constantFrom('halton', 'Alder', 'reply', 'Reply', 'review', 'internal-review', 'revised', '2019-05-12', '20190512', '1999', 'x1', '.', '-', '_', ' ', 'REVISED', 'Q4');
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), fc.boolean(), (parts, txt) => {
        const file = `replies/${parts.join('')}${txt ? '.txt' : ''}`;
        assert.equal(councilStem(file), longWay(file), file);
      }),
      { numRuns: 2000 },
    );
  });

  it('names a one-file council by its sidecar, its detected name or its stem', () => {
    const names = groupCouncils([
      { file: 'replies/alder.txt', sidecarCouncil: 'Alder Council' },
      { file: 'replies/birch.txt', detectedCouncil: 'Birch Council' },
      { file: 'replies/cedar.reply.txt' },
    ]);
    assert.deepEqual([...names], [['replies/alder.txt', 'Alder Council'], ['replies/birch.txt', 'Birch Council'], ['replies/cedar.reply.txt', 'cedar']]);
  });
});

describe('cold index: file paths under the workspace folder', () => {
  it('gives every workspace path the absolute path path.join gives, plain or not (property)', () => {
    const segment = fc.constantFrom('', '.', '..', 'a', 'replies', 'é', 'a b', '.a', '..a', 'a..', 'x.answers.yaml');
    const rel = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    const root = fc.constantFrom('/work/survey', '/work/survey/', '/', '.', '', 'rel/dir', '/a/../b', '/a//b/./c');
    fc.assert(
      fc.property(root, rel, (r, p) => {
        assert.equal(pathUnder(r)(p), p === '' ? r : path.join(r, ...p.split('/')));
      }),
      { numRuns: 3000 },
    );
  });
});
