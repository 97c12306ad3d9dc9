import { strict as assert } from 'node:assert';
import { agreementFigures, categoryOf, computeAgreement } from '../../src/core/agreement';
import type { Coding } from '../../src/core/agreement';
import type { AnswerEntry } from '../../src/core/types';
import { agreementMarkdown } from '../../src/interchange/agreementReport';

const near = (actual: number | null, expected: number, what: string): void => {
  assert.ok(actual !== null, `${what} is null`);
  assert.ok(Math.abs(actual - expected) < 5e-4, `${what}: ${actual} is not ${expected}`);
};

/** Pairs from a 2×2-style table: counts[i][j] items coded cats[i] by A and cats[j] by B. */
function pairsFromTable(cats: string[], counts: number[][]): [string, string][] {
  const pairs: [string, string][] = [];
  counts.forEach((row, i) => row.forEach((k, j) => {
    for (let x = 0; x < k; x++) pairs.push([cats[i]!, cats[j]!]);
  }));
  return pairs;
}

describe('agreement statistics', () => {
  it("Krippendorff's worked example (binary data, two observers, no missing data) gives alpha 0.095", () => {
    // Source: K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (University of
    // Pennsylvania, 2011), section A. Ten units, values 0/1:
    //   observer A: 0 1 0 0 0 0 0 0 1 0
    //   observer B: 1 1 1 0 0 1 0 0 0 0
    // Coincidences: o00 = 10, o01 = o10 = 4, o11 = 2; n0 = 14, n1 = 6, n = 20.
    // alpha = 1 − (n − 1)·o01 / (n0·n1) = 1 − 19·4 / (14·6) = 1 − 76/84 = 0.0952 (published: 0.095).
    // Cohen's kappa by hand for the same data: po = 6/10 = 0.6; A's marginals 0.8/0.2, B's
    // 0.6/0.4, so pe = 0.8·0.6 + 0.2·0.4 = 0.56 and kappa = (0.6 − 0.56)/(1 − 0.56) = 0.0909.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const f = agreementFigures(a.map((x, i) => [String(x), String(b[i])]));
    assert.equal(f.n, 10);
    near(f.observed, 0.6, 'observed');
    near(f.alpha, 1 - 76 / 84, 'alpha');
    near(f.kappa, 0.04 / 0.44, 'kappa');
  });

  it("the textbook 2×2 kappa example (20/5/10/15 of 50) gives kappa 0.4 and alpha 0.4", () => {
    // Source: the worked example in the Wikipedia article "Cohen's kappa" (grant proposals read
    // by two readers): both yes 20, A yes B no 5, A no B yes 10, both no 15; kappa = 0.4.
    // By hand: po = 35/50 = 0.7; A yes 25/50, B yes 30/50, so pe = 0.5·0.6 + 0.5·0.4 = 0.5;
    // kappa = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    // Alpha by hand: 100 values, n_yes = 25 + 30 = 55, n_no = 45; 15 disagreements;
    // alpha = 1 − 99·2·15 / (100² − 55² − 45²) = 1 − 2970/4950 = 0.4.
    const f = agreementFigures(pairsFromTable(['yes', 'no'], [[20, 5], [10, 15]]));
    assert.equal(f.n, 50);
    near(f.observed, 0.7, 'observed');
    near(f.kappa, 0.4, 'kappa');
    near(f.alpha, 0.4, 'alpha');
  });

  it('three categories, worked by hand: kappa and alpha differ when the coders use categories unequally', () => {
    // A\B        answered  not-held  refused s12
    // answered        5         1          0
    // not-held        0         3          1
    // refused s12     1         0          2
    // n = 13, agree 10, po = 10/13 = 0.76923.
    // A: 6, 4, 3; B: 6, 4, 3 → pe = (36 + 16 + 9)/169 = 61/169 = 0.36095;
    // kappa = (10/13 − 61/169)/(1 − 61/169) = (130 − 61)/(169 − 61) = 69/108 = 0.63889.
    // Alpha: values 26, n_c = 12, 8, 6 → Σn_c² = 144 + 64 + 36 = 244; 3 disagreements;
    // alpha = 1 − 25·2·3/(676 − 244) = 1 − 150/432 = 0.65278.
    const f = agreementFigures(pairsFromTable(['answered', 'not-held', 'refused s12'], [[5, 1, 0], [0, 3, 1], [1, 0, 2]]));
    near(f.observed, 10 / 13, 'observed');
    near(f.kappa, 69 / 108, 'kappa');
    near(f.alpha, 1 - 150 / 432, 'alpha');
  });

  it('perfect agreement gives 1 and one shared category throughout gives null, never NaN', () => {
    const perfect = agreementFigures([['answered', 'answered'], ['not-held', 'not-held']]);
    assert.equal(perfect.kappa, 1);
    assert.equal(perfect.alpha, 1);
    const single = agreementFigures([['answered', 'answered'], ['answered', 'answered']]);
    assert.deepEqual(single, { n: 2, observed: 1, kappa: null, alpha: null });
    assert.deepEqual(agreementFigures([]), { n: 0, observed: null, kappa: null, alpha: null });
  });
});

const coding = (reply: string, id: string, entry: AnswerEntry, council = reply.replace(/\..*$/, '')): Coding => ({ reply, council, id, entry });

describe('computeAgreement', () => {
  it('a refusal carries its exemption: refused s12 and refused s40 disagree', () => {
    assert.equal(categoryOf({ status: 'refused', exemption: 's12' }), 'refused s12');
    assert.equal(categoryOf({ status: 'refused' }), 'refused');
    assert.equal(categoryOf({ status: 'answered', exemption: 's12' }), 'answered');
    const r = computeAgreement([coding('r/a.txt', 'Q9', { status: 'refused', exemption: 's12' })], [coding('r/a.txt', 'Q9', { status: 'refused', exemption: 's40' })]);
    assert.equal(r.overall.observed, 0);
    assert.equal(r.disagreements.length, 1);
    assert.equal(r.disagreements[0]!.a.category, 'refused s12');
    assert.equal(r.disagreements[0]!.b.category, 'refused s40');
  });

  it('items are answers coded on both sides; one-sided answers are counted apart; figures pooled and per question', () => {
    const a: Coding[] = [
      coding('r/x.txt', 'Q1', { status: 'answered', value: 3, coder: 'auto' }),
      coding('r/x.txt', 'Q2', { status: 'not-held' }),
      coding('r/y.txt', 'Q1', { status: 'answered' }),
      coding('r/y.txt', 'Q2', { status: 'refused', exemption: 's12', quote: { exact: 'over 18 hours' } }),
      coding('r/z.txt', 'Q1', { status: 'answered' }), // only A
    ];
    const b: Coding[] = [
      coding('r/x.txt', 'Q1', { status: 'answered', value: 4 }), // value differs: still agreement
      coding('r/x.txt', 'Q2', { status: 'not-held' }),
      coding('r/y.txt', 'Q1', { status: 'answered' }),
      coding('r/y.txt', 'Q2', { status: 'not-held', quote: { exact: 'not held' }, coder: 'sam' }),
      coding('r/y.txt', 'Q3', { status: 'answered' }), // only B
    ];
    const r = computeAgreement(a, b, ['Q1', 'Q2', 'Q3']);
    assert.equal(r.overall.n, 4);
    assert.equal(r.overall.observed, 0.75);
    // Pooled: pairs (ans,ans) (nh,nh) (ans,ans) (s12,nh). A: ans 2, nh 1, s12 1; B: ans 2, nh 2.
    // pe = .5·.5 + .25·.5 = .375 → kappa = (.75 − .375)/.625 = 0.6.
    // alpha: 8 values, n = ans 4, nh 3, s12 1 → Σ = 16 + 9 + 1 = 26; alpha = 1 − 7·2/(64 − 26) = 1 − 14/38.
    near(r.overall.kappa, 0.6, 'kappa');
    near(r.overall.alpha, 1 - 14 / 38, 'alpha');
    assert.deepEqual(Object.keys(r.questions), ['Q1', 'Q2']);
    assert.equal(r.questions.Q1!.n, 2);
    assert.equal(r.questions.Q1!.kappa, null); // both coders said answered every time
    assert.equal(r.questions.Q2!.observed, 0.5);
    assert.deepEqual(r.unpaired, { a: 1, b: 1 });
    assert.deepEqual(r.disagreements, [
      {
        council: 'r/y',
        reply: 'r/y.txt',
        id: 'Q2',
        a: { category: 'refused s12', status: 'refused', exemption: 's12', value: null, unit: null, quote: 'over 18 hours', coder: null },
        b: { category: 'not-held', status: 'not-held', exemption: null, value: null, unit: null, quote: 'not held', coder: 'sam' },
      },
    ]);
  });

  it('the same question in two replies of one council are two items (replies, not councils, are matched)', () => {
    const a = [coding('r/x.txt', 'Q1', { status: 'answered' }, 'X'), coding('r/x.review.txt', 'Q1', { status: 'not-held' }, 'X')];
    const b = [coding('r/x.txt', 'Q1', { status: 'answered' }, 'X'), coding('r/x.review.txt', 'Q1', { status: 'answered' }, 'X')];
    const r = computeAgreement(a, b);
    assert.equal(r.overall.n, 2);
    assert.equal(r.disagreements.length, 1);
    assert.equal(r.disagreements[0]!.reply, 'r/x.review.txt');
  });
});

describe('agreement report (Compare Coding with Folder…)', () => {
  it('shows the pooled figures, each disagreement with both codings, and unreadable sidecars', () => {
    const result = computeAgreement(
      [coding('r/x.txt', 'Q1', { status: 'answered', value: 3, quote: { exact: 'three | parks' }, coder: 'jo' }), coding('r/x.txt', 'Q2', { status: 'not-held' })],
      [coding('r/x.txt', 'Q1', { status: 'partial', coder: 'sam' }), coding('r/x.txt', 'Q2', { status: 'not-held' })],
      ['Q1', 'Q2'],
    );
    // By hand: po = 1/2; pe = (1/2)(0) + (1/2)(1/2) = 1/4 → kappa = (1/2 − 1/4)/(3/4) = 0.333;
    // alpha: 4 values, answered 1, partial 1, not-held 2 → 1 − 3·2·1/(16 − 6) = 0.4.
    const md = agreementMarkdown({ result, a: '/a', b: '/b', unusable: [{ side: 'b', sidecar: { file: 'r/y.answers.yaml', line: 3, column: 5, message: 'bad' } }] });
    assert.match(md, /\| \*\*overall\*\* \| 2 \| 50\.0% \| 0\.333 \| 0\.400 \|/);
    assert.ok(md.includes('## 1 disagreement\n\n| reply | question | council | A | B |\n| --- | --- | --- | --- | --- |\n| `r/x.txt` | Q1 | r/x | **answered** · value 3 · “three \\| parks” · (jo) | **partial** · (sam) |\n'), md);
    assert.match(md, /> ⚠ B: r\/y\.answers\.yaml:3:5 cannot be read: bad/);
    assert.match(md, /## Per question\n\n\| question .*\n.*\n\| Q1 \| 1 \| 0\.0% \| 0\.000 \| 0\.000 \|\n\| Q2 \| 1 \| 100\.0% \| — \| — \|/);
  });
});
