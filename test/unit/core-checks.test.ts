// Survey checks as a researcher meets them: what counts as a value, the exact wording of each
// flag, and where a finding lands in its sidecar.
import { strict as assert } from 'node:assert';
import { compileChecks, findingProblem, findingsByCouncil, numericValue, OUTLIER_MIN_VALUES, OUTLIER_Z, surveyChecks, UNIT_SLIP_MIN_VALUES, unitSlip } from '../../src/core/checks';
import type { CheckFinding, SidecarParseCache } from '../../src/core/checks';
import { computeCoverage } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { AnswerEntry } from '../../src/core/types';

const questionnaire = (checks = '') => parseQuestionnaire(`version: 1
questions:
  - { id: Q1, type: text }
  - { id: Q2, type: number }
  - { id: Q3, type: money, unit: GBP }
  - { id: Q4, type: percent }
  - { id: Q5, type: year }
  - { id: Q6, type: yes-no }
  - { id: Q7, type: duration, unit: hours }
${checks}`).questionnaire!;
const reply = (council: string, answers: Record<string, AnswerEntry>): CodedReply => ({ file: `r/${council}.txt`, sidecarFile: `r/${council}.answers.yaml`, council, sidecar: { version: 1, answers: new Map(Object.entries(answers)) } });
const ans = (value: AnswerEntry['value'], unit?: string): AnswerEntry => (unit === undefined ? { status: 'answered', value } : { status: 'answered', value, unit });

describe('core: survey checks', () => {
  it('reads a value as a number from numbers and from text such as "9,032.42", "£1,200" or "45%"', () => {
    assert.equal(numericValue(12), 12);
    assert.equal(numericValue(Number.NaN), undefined);
    assert.equal(numericValue(Number.POSITIVE_INFINITY), undefined);
    assert.equal(numericValue(' 9,032.42 '), 9032.42);
    assert.equal(numericValue('£1,200'), 1200);
    assert.equal(numericValue('45%'), 45);
    assert.equal(numericValue('-3.5'), -3.5);
    assert.equal(numericValue('1,234,567'), 1234567);
    for (const v of ['12 parks', '1,23', '£', '', 'abc', '1.', '.5', '1,2345'] as const) assert.equal(numericValue(v), undefined, v);
    assert.equal(numericValue(true), undefined);
    assert.equal(numericValue(null), undefined);
  });

  it('gives rules yes/no from booleans, true/false and y/n, text in lower case, and nothing for empty or partial answers', () => {
    const q = questionnaire('checks:\n  - Q6 == "yes"\n  - Q1 == "open"\n  - Q2 > 10\n');
    const coverage = computeCoverage(q, [
      reply('A', { Q6: ans(true), Q1: ans('OPEN '), Q2: ans('12') }),
      reply('B', { Q6: ans(false), Q1: ans('closed'), Q2: ans(5) }),
      reply('C', { Q6: ans('Y'), Q1: ans(''), Q2: { status: 'partial', value: 5 } }),
      reply('D', { Q6: ans('n'), Q1: ans(null), Q2: ans('five') }),
      reply('E', { Q6: ans('TRUE') }),
      reply('F', { Q6: ans('false') }),
      reply('G', { Q6: ans('no') }),
    ]);
    const failed = surveyChecks(q, coverage).map((f) => `${f.council}: ${f.rule}`);
    assert.deepEqual(failed, ['B: Q6 == "yes"', 'B: Q1 == "open"', 'B: Q2 > 10', 'D: Q6 == "yes"', 'F: Q6 == "yes"', 'G: Q6 == "yes"']);
  });

  it('shows a failed rule on the first question it reads that has a value, and names the others after it', () => {
    const q = questionnaire('checks:\n  - rule: Q2 + Q7 <= Q3\n    message: too much\n  - Q2 > 100 and Q3 > 5\n');
    assert.deepEqual(surveyChecks(q, computeCoverage(q, [reply('A', { Q7: ans(5), Q3: ans(10) })])), [], 'A lacks Q2: no verdict on the first rule, and Q3 > 5 holds');
    const [g, h] = surveyChecks(q, computeCoverage(q, [reply('B', { Q2: ans(5), Q7: ans(5), Q3: ans(1) })]));
    assert.deepEqual([g!.questions, g!.file, g!.sidecarFile, g!.message], [['Q2', 'Q7', 'Q3'], 'r/B.txt', 'r/B.answers.yaml', 'too much: Q2 + Q7 <= Q3 (Q2 + Q7 = 10, Q3 = 1)']);
    assert.equal(h!.message, 'check failed: Q2 > 100 and Q3 > 5 (Q2 = 5, Q3 = 1)');
    const [k] = surveyChecks(q, computeCoverage(q, [reply('C', { Q3: ans(1) })]));
    assert.deepEqual(k!.questions, ['Q3', 'Q2'], 'Q2 has no value, so the finding is shown on Q3');
    assert.equal(k!.message, 'check failed: Q2 > 100 and Q3 > 5 (Q3 = 1)');
  });

  it('places a broken rule written over several lines at its start, and one on its own line at the fault', () => {
    const q = questionnaire('checks:\n  - rule: |-\n      Q2 >\n      Q9\n  - rule: Q2 > Q9\n');
    assert.equal(q.checks![0]!.rule, 'Q2 >\nQ9');
    const { problems, checks } = compileChecks(q);
    assert.equal(checks.length, 0);
    assert.equal(problems.length, 2);
    assert.deepEqual([problems[0]!.line, problems[0]!.column, problems[0]!.endColumn], [q.checks![0]!.line, q.checks![0]!.column, q.checks![0]!.column + 1]);
    assert.equal(problems[0]!.message, 'checks[0]: Q9 is not a question of this questionnaire (the check is ignored)');
    assert.deepEqual([problems[1]!.line, problems[1]!.column, problems[1]!.endLine, problems[1]!.endColumn], [q.checks![1]!.line, q.checks![1]!.column + 5, q.checks![1]!.line, q.checks![1]!.column + 6]);
    assert.equal('file' in problems[1]!, false);
    assert.equal(compileChecks(questionnaire()).checks.length, 0, 'no checks: nothing to compile');
  });

  it('needs 3 values for a unit slip and 5 for an outlier, and flags only above a robust z of 3.5', () => {
    assert.deepEqual([UNIT_SLIP_MIN_VALUES, OUTLIER_MIN_VALUES, OUTLIER_Z], [3, 5, 3.5]);
    const q = questionnaire();
    const two = computeCoverage(q, [reply('A', { Q2: ans(10) }), reply('B', { Q2: ans(10_000) })]);
    assert.deepEqual(surveyChecks(q, two), [], 'two values: nothing to compare with');
    const three = computeCoverage(q, [reply('A', { Q2: ans(10) }), reply('B', { Q2: ans(12) }), reply('C', { Q2: ans(11_000) })]);
    assert.deepEqual(surveyChecks(q, three).map((f) => [f.council, f.kind, f.value, f.median, f.n]), [['C', 'unit-slip', 11_000, 12, 3]]);
    assert.equal(surveyChecks(q, three)[0]!.message, 'Q2: 11,000 is about 1,000× the median of 3 councils (12): a unit slip (thousands, £m vs £, ha vs km²)?');
  });

  it('words slips below the median and by a million, with the unit of the question', () => {
    const q = questionnaire();
    const hours = computeCoverage(q, [reply('A', { Q7: ans(12) }), reply('B', { Q7: ans(14) }), reply('C', { Q7: ans(0.013) }), reply('D', { Q7: ans(13_000_000) })]);
    assert.deepEqual(surveyChecks(q, hours).map((f) => f.message), [
      'Q7: 0.013 hours is about 1/1,000 of the median of 4 councils (13 hours): a unit slip (thousands, £m vs £, ha vs km²)?',
      'Q7: 13,000,000 hours is about 1,000,000× the median of 4 councils (13 hours): a unit slip (thousands, £m vs £, ha vs km²)?',
    ]);
    assert.equal(unitSlip(45, 45_000), -3);
    assert.equal(unitSlip(45, 45_000_000), -6);
    assert.equal(unitSlip(45_000_000, 45), 6);
    assert.equal(unitSlip(45 * 10 ** 3.5, 45), 3, 'half a power of ten either side');
    assert.equal(unitSlip(45 * 10 ** 3.6, 45), null);
    assert.equal(unitSlip(45, 0), null);
    assert.equal(unitSlip(0, 45), null);
  });

  it('words an outlier below the others, on a log scale for positive values, and a percentage on a plain scale', () => {
    const q = questionnaire();
    const spend = [100, 110, 120, 130, 140, 150].map((v, i) => reply(`S${i}`, { Q2: ans(v * 1000) }));
    const low = surveyChecks(q, computeCoverage(q, [...spend, reply('Low', { Q2: ans(2000) })]));
    assert.equal(low.length, 1);
    assert.match(low[0]!.message, /^Q2: 2,000 is far below the other councils \(median 120,000 of 7; robust z -\d+\.\d on a log scale\): check the value$/);
    const pct = [20, 22, 24, 26, 28].map((v, i) => reply(`P${i}`, { Q4: ans(v, '%') }));
    const high = surveyChecks(q, computeCoverage(q, [...pct, reply('High', { Q4: ans(90, '%') })]));
    assert.match(high[0]!.message, /^Q4: 90% is far above the other councils \(median 25% of 6; robust z \d+\.\d\): check the value$/);
    const withZero = [0, 20, 22, 24, 26].map((v, i) => reply(`Z${i}`, { Q2: ans(v) }));
    const plain = surveyChecks(q, computeCoverage(q, [...withZero, reply('Big', { Q2: ans(500) })]));
    assert.ok(plain.length >= 1 && plain.every((f) => !/log scale/.test(f.message)), 'a zero keeps the plain scale');
  });

  it('does not flag years, text or values outside the main unit, and says "no unit" for a value coded without one', () => {
    const q = questionnaire();
    const years = [2001, 2002, 2003, 2004, 2005].map((v, i) => reply(`Y${i}`, { Q5: ans(v) }));
    assert.deepEqual(surveyChecks(q, computeCoverage(q, [...years, reply('Odd', { Q5: ans(2) })])), []);
    const mixed = computeCoverage(q, [reply('A', { Q2: ans(5, 'staff') }), reply('B', { Q2: ans(6, 'staff') }), reply('C', { Q2: ans(7) })]);
    assert.deepEqual(surveyChecks(q, mixed).map((f) => [f.council, f.kind, f.message, f.n]), [['C', 'unit-mismatch', 'Q2: coded in no unit, but 2 councils coded it in staff: convert it, or the values cannot be compared', 2]]);
    const even = computeCoverage(q, [reply('A', { Q2: ans(5, 'staff') }), reply('B', { Q2: ans(6) })]);
    assert.deepEqual(surveyChecks(q, even), [], 'no unit most councils used: nobody is flagged');
    const money = computeCoverage(q, [reply('A', { Q3: ans(10) }), reply('B', { Q3: ans(12) }), reply('C', { Q3: ans(11_000) })]);
    assert.equal(surveyChecks(q, money)[0]!.message, 'Q3: £11,000 is about 1,000× the median of 3 councils (£12): a unit slip (thousands, £m vs £, ha vs km²)?');
  });

  it('groups findings by council, in order', () => {
    const f = (council: string, message: string): CheckFinding => ({ kind: 'rule', code: 'check-rule', severity: 'error', council, questions: ['Q1'], message });
    const by = findingsByCouncil([f('A', '1'), f('B', '2'), f('A', '3')]);
    assert.deepEqual([...by.keys()], ['A', 'B']);
    assert.deepEqual(by.get('A')!.map((x) => x.message), ['1', '3']);
    assert.equal(findingsByCouncil([]).size, 0);
  });

  it('places a finding at its answer in the sidecar once parsed, sharing the parse through the cache, and at the top without the answer', () => {
    const finding: CheckFinding = { kind: 'unit-slip', code: 'check-unit-slip', severity: 'warning', council: 'A', questions: ['Q4a'], message: 'slip' };
    const text = 'version: 1\nanswers:\n  Q2: { status: answered, value: 3 }\n  Q4a:\n    status: answered\n    value: 52.3\n';
    const cache: SidecarParseCache = new Map();
    const p = findingProblem(finding, text, 'a.answers.yaml', cache);
    assert.deepEqual([p.line, p.column, p.endColumn, p.severity, p.code, p.message, p.file], [6, 12, 16, 'warning', 'check-unit-slip', 'slip', 'a.answers.yaml']);
    assert.equal(cache.size, 1);
    assert.deepEqual(findingProblem(finding, text, undefined, cache), findingProblem(finding, text), 'the cached parse places it the same');
    assert.equal(cache.size, 1, 'the same text is parsed once');
    const other = findingProblem({ ...finding, questions: ['Q9'] }, text, 'a.answers.yaml');
    assert.deepEqual([other.line, other.column, other.file], [1, 1, 'a.answers.yaml'], 'no such answer: the top of the file');
    assert.deepEqual([findingProblem(finding, 'answers: 3\n').line, findingProblem(finding, '- a\n- b\n').line], [1, 1]);
    assert.equal('file' in findingProblem(finding, null), false);
  });
});
