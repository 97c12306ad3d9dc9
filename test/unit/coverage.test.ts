import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { computeCoverage, councilCoverage, orderReplyFiles } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { AnswerEntry, Questionnaire, Sidecar } from '../../src/core/types';

const example = (): Questionnaire => {
  const text = readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8');
  const q = parseQuestionnaire(text).questionnaire;
  assert.ok(q, 'the example questionnaire parses');
  return q;
};

function sidecar(answers: Record<string, AnswerEntry | string>, extra: Partial<Sidecar> = {}): Sidecar {
  const map = new Map<string, AnswerEntry>();
  for (const [id, a] of Object.entries(answers)) {
    map.set(id, typeof a === 'string' ? ({ status: a } as AnswerEntry) : a);
  }
  return { version: 1, answers: map, ...extra };
}

const yes: AnswerEntry = { status: 'answered', value: 'Yes' };
const no: AnswerEntry = { status: 'answered', value: 'No' };

function stateOf(c: ReturnType<typeof councilCoverage>, id: string) {
  return c.cells.find((x) => x.id === id)?.state;
}

describe('coverage', () => {
  const q = example();

  it('routes the CRM branches on the coded value of Q11 (case-insensitive)', () => {
    const withCrm = councilCoverage(q, 'A', [{ file: 'a.txt', council: 'A', sidecar: sidecar({ Q11: { status: 'answered', value: 'YES' } }) }]);
    assert.equal(stateOf(withCrm, 'Q12a'), 'missing');
    assert.equal(stateOf(withCrm, 'Q13a'), 'not-required');
    assert.equal(stateOf(withCrm, 'Q13d'), 'not-required');
    assert.ok(withCrm.cells.find((c) => c.id === 'Q13a')?.reason?.includes('Q11'));

    const withoutCrm = councilCoverage(q, 'B', [{ file: 'b.txt', council: 'B', sidecar: sidecar({ Q11: no, Q13a: no }) }]);
    assert.equal(stateOf(withoutCrm, 'Q12a'), 'not-required');
    assert.equal(stateOf(withoutCrm, 'Q13c'), 'missing');
    // Q13b is asked only when Q13a is yes.
    assert.equal(stateOf(withoutCrm, 'Q13b'), 'not-required');
    assert.equal(stateOf(withoutCrm, 'Q13d'), 'missing', 'Q13c not coded yet: Q13d stays required');
  });

  it('keeps routed questions required while the question they depend on is missing or has no value', () => {
    const missingQ11 = councilCoverage(q, 'C', [{ file: 'c.txt', council: 'C', sidecar: sidecar({ Q1: { status: 'answered', value: 'C' } }) }]);
    assert.equal(stateOf(missingQ11, 'Q12a'), 'missing');
    assert.equal(stateOf(missingQ11, 'Q13a'), 'missing');
    const refusedQ11 = councilCoverage(q, 'D', [{ file: 'd.txt', council: 'D', sidecar: sidecar({ Q11: { status: 'refused', exemption: 's12' } }) }]);
    assert.equal(stateOf(refusedQ11, 'Q12b'), 'missing');
    assert.equal(stateOf(refusedQ11, 'Q13c'), 'missing');
  });

  it('a stored status wins over routing and counts as coded', () => {
    const c = councilCoverage(q, 'E', [{ file: 'e.txt', council: 'E', sidecar: sidecar({ Q11: yes, Q13a: 'not-applicable' }) }]);
    assert.equal(stateOf(c, 'Q13a'), 'not-applicable');
    assert.equal(c.counts['not-applicable'], 1);
    assert.ok(!c.missing.includes('Q13a'));
  });

  it('never counts an unanswered heading question as missing, but counts one with an answer', () => {
    const c = councilCoverage(q, 'F', [{ file: 'f.txt', council: 'F', sidecar: sidecar({ Q11: yes }) }]);
    assert.equal(stateOf(c, 'Q12'), 'not-required');
    assert.ok(!c.missing.includes('Q12'));
    const withAnswer = councilCoverage(q, 'G', [{ file: 'g.txt', council: 'G', sidecar: sidecar({ Q11: no, Q13: 'not-applicable' }) }]);
    assert.equal(stateOf(withAnswer, 'Q13'), 'not-applicable');
  });

  it('counts, asked, coded and percent add up', () => {
    const all: Record<string, AnswerEntry | string> = {};
    for (const question of q.questions) if (!question.heading && !question.id.startsWith('Q13')) all[question.id] = 'not-held';
    all.Q11 = yes;
    all.Q6a = yes;
    const c = councilCoverage(q, 'H', [{ file: 'h.txt', council: 'H', sidecar: sidecar(all) }]);
    assert.equal(c.missing.length, 0);
    assert.equal(c.percent, 100);
    assert.equal(c.asked, c.coded);
    const total = Object.values(c.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, c.cells.length);
    assert.equal(c.asked, c.cells.length - c.counts['not-required']);

    const half = councilCoverage(q, 'I', [{ file: 'i.txt', council: 'I', sidecar: sidecar({ Q1: 'answered' }) }]);
    assert.equal(half.coded, 1);
    assert.equal(half.percent, Math.round((1 / half.asked) * 1000) / 10);
  });

  it("drops the variant's omitted questions from the question set", () => {
    const plain = councilCoverage(q, 'J', [{ file: 'j.txt', council: 'J', sidecar: sidecar({ Q6a: yes }) }]);
    const variant = councilCoverage(q, 'K', [{ file: 'k.txt', council: 'K', sidecar: sidecar({ Q6a: yes }, { variant: 'no-6c' }) }]);
    assert.ok(plain.cells.some((c) => c.id === 'Q6c'));
    assert.ok(!variant.cells.some((c) => c.id === 'Q6c'));
    assert.equal(variant.asked, plain.asked - 1);
    assert.equal(variant.variant, 'no-6c');
    const unknown = councilCoverage(q, 'L', [{ file: 'l.txt', council: 'L', sidecar: sidecar({}, { variant: 'nope' }) }]);
    assert.equal(unknown.unknownVariant, 'nope');
  });

  it('merges several files of a council: the later file wins, the earlier entry is history', () => {
    const first: CodedReply = { file: 'r/halton.txt', council: 'Halton', sidecar: sidecar({ Q2: { status: 'not-held' }, Q3: { status: 'answered', value: 12 } }) };
    const review: CodedReply = { file: 'r/halton.internal-review.txt', council: 'Halton', sidecar: sidecar({ Q2: { status: 'answered', value: 128000 } }) };
    const c = councilCoverage(q, 'Halton', [review, first]);
    assert.deepEqual(c.files, ['r/halton.txt', 'r/halton.internal-review.txt']);
    const q2 = c.cells.find((x) => x.id === 'Q2')!;
    assert.equal(q2.state, 'answered');
    assert.equal(q2.entry?.value, 128000);
    assert.equal(q2.file, 'r/halton.internal-review.txt');
    assert.equal(q2.history.length, 1);
    assert.equal(q2.history[0]!.entry.status, 'not-held');
    assert.equal(q2.history[0]!.file, 'r/halton.txt');
    assert.equal(c.cells.find((x) => x.id === 'Q3')!.entry?.value, 12, 'untouched answers of the earlier file stay');
  });

  it('orders files by date when all have one, else reviews last, else by name', () => {
    const names = (xs: { file: string }[]) => xs.map((x) => x.file);
    assert.deepEqual(names(orderReplyFiles([{ file: 'x-2019-05-12.txt' }, { file: 'x-review-2019-03-01.txt' }])), ['x-review-2019-03-01.txt', 'x-2019-05-12.txt']);
    assert.deepEqual(names(orderReplyFiles([{ file: 'b.txt', received: '2020-01-02' }, { file: 'a.txt', received: '2020-01-03' }])), ['b.txt', 'a.txt']);
    assert.deepEqual(names(orderReplyFiles([{ file: 'x.revised.txt' }, { file: 'x.txt' }, { file: 'w.txt' }])), ['w.txt', 'x.txt', 'x.revised.txt']);
    assert.deepEqual(names(orderReplyFiles([{ file: 'x.internal-review.txt' }, { file: 'x-20190101.txt' }])), ['x-20190101.txt', 'x.internal-review.txt']);
  });

  it('groups by council and gives survey and per-question totals', () => {
    const s = computeCoverage(q, [
      { file: 'b.txt', council: 'Beta', sidecar: sidecar({ Q1: 'answered', Q11: yes }) },
      { file: 'a.txt', council: 'Alpha', sidecar: null },
      { file: 'a2.txt', council: 'Alpha', sidecar: sidecar({ Q1: 'refused' }) },
    ]);
    assert.deepEqual(s.councils.map((c) => c.council), ['Alpha', 'Beta']);
    assert.equal(s.totals.councils, 2);
    assert.equal(s.totals.coded, 3);
    assert.equal(s.totals.asked, s.councils[0]!.asked + s.councils[1]!.asked);
    const q1 = s.questions.find((x) => x.id === 'Q1')!;
    assert.equal(q1.counts.answered, 1);
    assert.equal(q1.counts.refused, 1);
    assert.equal(q1.councils.length, 2);
    const q12a = s.questions.find((x) => x.id === 'Q12a')!;
    assert.equal(q12a.counts['not-required'], 0);
    assert.equal(q12a.counts.missing, 2, 'Alpha has no Q11: Q12a stays missing');
    const q13a = s.questions.find((x) => x.id === 'Q13a')!;
    assert.equal(q13a.counts['not-required'], 1);
  });

  it('reports coded ids the questionnaire does not know', () => {
    const c = councilCoverage(q, 'M', [{ file: 'm.txt', council: 'M', sidecar: sidecar({ Q99: 'answered' }) }]);
    assert.deepEqual(c.unknownIds, ['Q99']);
  });
});
