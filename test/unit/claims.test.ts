// Tests of claims other tests made without checking them (found by mutation testing): each one
// here fails when the named behaviour is replaced by a plausible bug — an in-place write, an
// update without its snapshot check, an export that drops history or calls an omitted question
// missing, a fast-path reader that decodes `\t` as `t`, a "not held; if it did, exempt" reply
// read as a refusal.
import { strict as assert } from 'node:assert';
import syncFs from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { classifyAnswer } from '../../src/core/classify';
import { computeCoverage } from '../../src/core/coverage';
import { exportCoverage } from '../../src/core/export';
import { ConflictError, updateSidecarFile, writeFileAtomic } from '../../src/core/files';
import { questionnaireFromIds } from '../../src/core/questionnaire';
import { applyAnswerEdits, parseSidecar } from '../../src/core/sidecar';
import { readSidecarFast } from '../../src/core/sidecarFastPath';
import type { AnswerEntry, Sidecar } from '../../src/core/types';

const sidecar = (answers: Record<string, AnswerEntry>, extra: Partial<Sidecar> = {}): Sidecar => ({ version: 1, answers: new Map(Object.entries(answers)), ...extra });

describe('claims: atomic sidecar writes', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'foi-claims-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a reader that opened the file before a write keeps the whole old file; new readers get the whole new one', async () => {
    const file = path.join(dir, 'a.answers.yaml');
    const before = 'version: 1\n' + '# old\n'.repeat(200_000);
    const after = 'version: 1\n' + '# new!\n'.repeat(300_000);
    await fs.writeFile(file, before);
    // A reader in the middle of reading: an in-place write would truncate and refill the very
    // file it is reading; an atomic write swaps in a new file and leaves the reader's one whole.
    const reader = await fs.open(file, 'r');
    try {
      const head = Buffer.alloc(11);
      await reader.read(head, 0, 11, 0);
      await writeFileAtomic(file, after);
      assert.equal(head.toString(), 'version: 1\n');
      assert.equal((await reader.readFile()).toString(), before);
    } finally {
      await reader.close();
    }
    assert.equal(await fs.readFile(file, 'utf8'), after);
    assert.deepEqual((await fs.readdir(dir)).sort(), ['a.answers.yaml']);
  });
});

describe('claims: updateSidecarFile and a person saving at the same moment', () => {
  let dir: string;
  const realOpen = syncFs.openSync;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'foi-claims-'));
  });
  afterEach(async () => {
    syncFs.openSync = realOpen;
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('never writes over a sidecar saved between its read and its write', async () => {
    const file = path.join(dir, 'b.answers.yaml');
    await fs.writeFile(file, 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 4\n');
    const person = 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 4\n  Q2:\n    status: refused\n    exemption: s43\n    note: checked by hand\n';
    // The person's save lands when updateSidecarFile starts writing its temp file, i.e. after it
    // has read and edited the old text: the real read-modify-write, interrupted at its worst point.
    let saved = false;
    // (the writer opens its temp file with a synchronous call: the save is made there)
    syncFs.openSync = ((p: Parameters<typeof realOpen>[0], ...rest: unknown[]) => {
      if (!saved && String(p).endsWith('.tmp')) {
        saved = true;
        syncFs.writeFileSync(file, person);
      }
      return (realOpen as (...a: unknown[]) => ReturnType<typeof realOpen>)(p, ...rest);
    }) as typeof realOpen;
    await assert.rejects(
      updateSidecarFile(file, [{ id: 'Q2', entry: { status: 'answered', value: 12, coder: 'auto' } }], { order: ['Q1', 'Q2'] }),
      ConflictError,
    );
    assert.ok(saved, 'the update reached its write');
    assert.equal(await fs.readFile(file, 'utf8'), person);
    assert.deepEqual(await fs.readdir(dir), ['b.answers.yaml'], 'no temp file left behind');
  });

  it('add-only updates skip an answer that a person wrote after the run chose its ids', async () => {
    const file = path.join(dir, 'c.answers.yaml');
    await fs.writeFile(file, 'version: 1\nanswers:\n  Q3:\n    status: not-held\n    coder: dana\n');
    const r = await updateSidecarFile(
      file,
      [
        { id: 'Q3', entry: { status: 'answered', value: 7, coder: 'auto' } },
        { id: 'Q4', entry: { status: 'answered', value: 9, coder: 'auto' } },
      ],
      { order: ['Q3', 'Q4'] },
      { addOnly: true },
    );
    assert.ok(r.ok);
    assert.deepEqual([r.applied, r.skipped], [['Q4'], ['Q3']]);
    const back = parseSidecar(await fs.readFile(file, 'utf8')).sidecar!;
    assert.deepEqual(back.answers.get('Q3'), { status: 'not-held', coder: 'dana' });
    assert.equal(back.answers.get('Q4')?.value, 9);
  });
});

describe('claims: exports', () => {
  const q = questionnaireFromIds(['Q1', 'Q2', 'Q3']);

  it('JSON keeps the earlier file’s answer as history when a later reply (internal review) overrides it', () => {
    const cov = computeCoverage(q, [
      { file: 'r/hale.txt', council: 'Hale', sidecar: sidecar({ Q1: { status: 'not-held' }, Q2: { status: 'answered', value: 3 } }) },
      { file: 'r/hale.review.txt', council: 'Hale', sidecar: sidecar({ Q1: { status: 'answered', value: 41, coder: 'kim' } }) },
    ]);
    const data = JSON.parse(exportCoverage(cov, q, 'json')) as {
      councils: { answers: { id: string; state: string; value: unknown; file: string; history: { file: string; status: string; value?: unknown }[] }[] }[];
    };
    const q1 = data.councils[0]!.answers.find((a) => a.id === 'Q1')!;
    assert.deepEqual([q1.state, q1.value, q1.file], ['answered', 41, 'r/hale.review.txt']);
    assert.equal(q1.history.length, 1);
    assert.deepEqual([q1.history[0]!.file, q1.history[0]!.status], ['r/hale.txt', 'not-held']);
    assert.deepEqual(data.councils[0]!.answers.find((a) => a.id === 'Q2')!.history, []);
  });

  it('wide CSV calls a question the council’s variant omits not-required, never missing', () => {
    const withVariant = { ...q, variants: { short: { omit: ['Q3'] } } };
    const cov = computeCoverage(withVariant, [{ file: 'v.txt', council: 'Vale', sidecar: sidecar({ Q1: { status: 'answered', value: 1 } }, { variant: 'short' }) }]);
    const lines = exportCoverage(cov, withVariant, 'csv', { bom: false }).trim().split(/\r?\n/).map((l) => l.split(','));
    const header = lines[0]!;
    const row = lines[1]!;
    assert.equal(row[header.indexOf('Q3_status')], 'not-required');
    assert.equal(row[header.indexOf('Q2_status')], 'missing');
    assert.equal(row[header.indexOf('asked')], '2');
  });
});

describe('claims: the index’s fast sidecar reader', () => {
  it('reads back every escaped character of a written quote exactly as the full parser does', () => {
    const exacts = ['Q5\tPlanning\tWaste', 'tab at end\t', 'line\nbreak', 'cr\r\nlf', 'back\\slash', 'say "hi"', 'nbsp\u00a0here', 'bell\u0007', 'smart ’quotes’', 'emoji 😀'];
    for (const exact of exacts) {
      const written = applyAnswerEdits(null, [{ id: 'Q5', entry: { status: 'answered', value: exact, quote: { exact, prefix: '\t', suffix: '\n\t', start: 10, end: 10 + exact.length } } }], { order: ['Q5'] });
      assert.ok(written.ok);
      const fast = readSidecarFast(written.text).sidecar!;
      const full = parseSidecar(written.text).sidecar!;
      assert.equal(fast.answers.get('Q5')?.quote?.exact, exact, JSON.stringify(exact));
      assert.equal(fast.answers.get('Q5')?.quote?.prefix, '\t');
      assert.equal(fast.answers.get('Q5')?.quote?.suffix, '\n\t');
      assert.deepEqual(fast.answers.get('Q5'), full.answers.get('Q5'));
    }
  });
});

describe('claims: the classifier', () => {
  it('reads "not held; if it were, it would be exempt" as not held, not as a refusal', () => {
    for (const text of [
      'We do not hold this information; even if we did, section 40(2) would apply to it.',
      'Not held. Were it held, section 31 (law enforcement) might apply.',
      'This information is not held by the Council, and in any case section 40(2) would apply.',
    ]) {
      const c = classifyAnswer(text);
      assert.equal(c.status, 'not-held', text);
    }
    assert.equal(classifyAnswer('This information is withheld: section 40(2) applies to it.').status, 'refused');
  });
});
