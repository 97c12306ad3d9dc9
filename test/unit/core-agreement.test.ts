// Inter-coder agreement: which answers are compared, in what order they are listed, and what is
// read from each side's sidecars.
import { strict as assert } from 'node:assert';
import { agreementFigures, categoryOf, codingsOfReplies, computeAgreement } from '../../src/core/agreement';
import type { Coding } from '../../src/core/agreement';
import { parseSidecar } from '../../src/core/sidecar';
import type { AnswerEntry } from '../../src/core/types';

const coding = (reply: string, id: string, entry: AnswerEntry): Coding => ({ reply, council: `${reply} council`, id, entry });

describe('core: agreement', () => {
  it('compares a refusal without an exemption as plain refused, and other statuses by status alone', () => {
    assert.equal(categoryOf({ status: 'refused' }), 'refused');
    assert.equal(categoryOf({ status: 'refused', exemption: 's40' }), 'refused s40');
    assert.equal(categoryOf({ status: 'answered', exemption: 's40' }), 'answered');
  });

  it('gives 1 for perfect agreement over two categories, and negative figures for systematic disagreement', () => {
    const perfect = agreementFigures([['a', 'a'], ['b', 'b']]);
    assert.deepEqual(perfect, { n: 2, observed: 1, kappa: 1, alpha: 1 });
    const opposite = agreementFigures([['a', 'b'], ['b', 'a']]);
    assert.equal(opposite.observed, 0);
    assert.equal(opposite.kappa, -1);
    assert.ok(opposite.alpha! < 0);
    assert.ok(Math.abs(opposite.alpha! - (1 - (3 * 2 * 2) / (16 - 8))) < 1e-12);
    assert.deepEqual(agreementFigures([]), { n: 0, observed: null, kappa: null, alpha: null });
  });

  it('has no kappa when chance agreement is 1, but an alpha when the coders used different single categories', () => {
    const f = agreementFigures([['a', 'b'], ['a', 'b']]);
    assert.equal(f.observed, 0);
    assert.equal(f.kappa, 0, 'pe = 0: kappa is (0 − 0)/1');
    assert.ok(f.alpha !== null && f.alpha < 0);
    const same = agreementFigures([['a', 'a'], ['a', 'a'], ['a', 'a']]);
    assert.deepEqual(same, { n: 3, observed: 1, kappa: null, alpha: null });
  });

  it('lists questions in questionnaire order, then ids it does not know in natural order', () => {
    const ids = ['Q10', 'Q2', 'Q1', 'Q3', 'Q9'];
    const a = ids.map((id) => coding('r.txt', id, { status: 'answered' }));
    const b = ids.map((id) => coding('r.txt', id, { status: id === 'Q1' ? 'answered' : 'not-held' }));
    const r = computeAgreement(a, b, ['Q3', 'Q1']);
    assert.deepEqual(Object.keys(r.questions), ['Q3', 'Q1', 'Q2', 'Q9', 'Q10']);
    assert.deepEqual(r.disagreements.map((d) => d.id), ['Q3', 'Q2', 'Q9', 'Q10']);
    assert.deepEqual(Object.keys(computeAgreement(a, b).questions), ['Q1', 'Q2', 'Q3', 'Q9', 'Q10']);
  });

  it('lists disagreements reply by reply (by path), each in question order', () => {
    const a = [coding('b.txt', 'Q2', { status: 'answered' }), coding('a.txt', 'Q2', { status: 'answered' }), coding('b.txt', 'Q1', { status: 'answered' }), coding('a.txt', 'Q1', { status: 'answered' })];
    const b = a.map((c) => ({ ...c, entry: { status: 'unclear' as const } }));
    const r = computeAgreement(a, b, ['Q2', 'Q1']);
    assert.deepEqual(r.disagreements.map((d) => `${d.reply} ${d.id}`), ['a.txt Q2', 'a.txt Q1', 'b.txt Q2', 'b.txt Q1']);
    assert.equal(r.disagreements[0]!.council, 'a.txt council');
  });

  it('counts an answer written twice on one side once, and everything on one side only as unpaired', () => {
    const a = [coding('r.txt', 'Q1', { status: 'answered' }), coding('r.txt', 'Q1', { status: 'not-held' }), coding('r.txt', 'Q4', { status: 'answered' })];
    const b = [coding('r.txt', 'Q1', { status: 'answered' }), coding('s.txt', 'Q1', { status: 'answered' }), coding('s.txt', 'Q2', { status: 'answered' })];
    const r = computeAgreement(a, b);
    assert.equal(r.overall.n, 1);
    assert.equal(r.overall.observed, 1, 'the first of the two is compared');
    assert.deepEqual(r.unpaired, { a: 2, b: 2 });
    assert.deepEqual(Object.keys(r.questions), ['Q1']);
  });

  it('summarises each side of a disagreement with its value, unit, quote and coder', () => {
    const r = computeAgreement(
      [coding('r.txt', 'Q1', { status: 'answered', value: 12, unit: 'staff', quote: { exact: '12 staff' }, coder: 'jo' })],
      [coding('r.txt', 'Q1', { status: 'refused', exemption: 's40' })],
    );
    assert.deepEqual(r.disagreements[0]!.a, { category: 'answered', status: 'answered', exemption: null, value: 12, unit: 'staff', quote: '12 staff', coder: 'jo' });
    assert.deepEqual(r.disagreements[0]!.b, { category: 'refused s40', status: 'refused', exemption: 's40', value: null, unit: null, quote: null, coder: null });
  });

  it("reads each reply's stored answers, and names each error of an unusable sidecar with its position", () => {
    const good = parseSidecar('version: 1\nanswers:\n  Q1: { status: answered, foo: 1 }\n  Q2: { status: not-held }\n');
    const bad = parseSidecar('version: 1\nanswers:\n  Q1: { status: answerd }\n  Q2: { status: refused, exemption: s12 }\n');
    assert.equal(good.problems[0]!.severity, 'warning');
    const r = codingsOfReplies([
      { path: 'r/a.txt', sidecarPath: 'r/a.answers.yaml', sidecar: good, sidecarText: 'x', council: 'Ash' },
      { path: 'r/b.txt', sidecarPath: 'r/b.answers.yaml', sidecar: bad, sidecarText: 'x', council: 'Birch' },
      { path: 'r/d.txt', sidecarPath: 'r/d.answers.yaml', sidecar: null, sidecarText: null, council: 'Dun' },
      { path: 'r/e.txt', sidecarPath: 'r/e.answers.yaml', sidecar: bad, sidecarText: null, council: 'Elm' },
    ]);
    assert.deepEqual(r.codings.map((c) => `${c.reply} ${c.council} ${c.id} ${c.entry.status}`), ['r/a.txt Ash Q1 answered', 'r/a.txt Ash Q2 not-held']);
    assert.deepEqual(r.unusable, [{ file: 'r/b.answers.yaml', line: 3, column: 17, message: bad.problems[0]!.message }], 'a warning makes no sidecar unusable');
  });
});
