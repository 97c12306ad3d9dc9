import { strict as assert } from 'node:assert';
import { evaluateRule, exprText, isRuleError, parseRule } from '../../src/core/checkRules';
import type { ParsedRule, RuleError, RuleValue } from '../../src/core/checkRules';
import { compileChecks, findingProblem, robustZ, surveyChecks, unitSlip } from '../../src/core/checks';
import { computeCoverage } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { AnswerEntry, Questionnaire } from '../../src/core/types';

const QUESTIONNAIRE = `version: 1
questions:
  - { id: Q1, text: Name, type: text }
  - { id: Q2, text: Population, type: number, unit: people }
  - { id: Q3, text: Area, type: number, unit: ha }
  - { id: Q4, text: Systems, type: number }
  - { id: Q4a, text: Stand-alone, type: number }
  - { id: Q4b, text: Connected, type: number }
  - { id: Q6b, text: Uptake, type: percent }
  - { id: Q8, text: Spend, type: money, unit: GBP }
  - { id: Q11, text: CRM?, type: yes-no }
  - { id: Q12a, text: Go-live, type: year }
checks:
  - rule: Q4a + Q4b <= Q4
    message: parts cannot outnumber the whole
  - rule: "Q6b between 0 and 100"
    message: uptake is a percentage
  - rule: Q12a <= 2019
    severity: warning
  - Q11 == "yes" or Q12a == 0
`;

function questionnaire(text = QUESTIONNAIRE): Questionnaire {
  const parse = parseQuestionnaire(text, 'foi-questionnaire.yaml');
  assert.ok(parse.questionnaire, JSON.stringify(parse.problems));
  return parse.questionnaire;
}

const q = questionnaire();

function parsed(rule: string): ParsedRule {
  const r = parseRule(rule, q.byId);
  assert.ok(!isRuleError(r), isRuleError(r) ? r.message : '');
  return r;
}

function failure(rule: string): RuleError {
  const r = parseRule(rule, q.byId);
  assert.ok(isRuleError(r), `${rule} should not parse`);
  return r;
}

function evalWith(rule: string, values: Record<string, RuleValue>): boolean | undefined {
  return evaluateRule(parsed(rule), (id) => values[id]);
}

function reply(council: string, answers: Record<string, AnswerEntry>): CodedReply {
  return { file: `replies/${council}.txt`, sidecarFile: `replies/${council}.answers.yaml`, council, sidecar: { version: 1, answers: new Map(Object.entries(answers)) } };
}

const answered = (value: number | string, unit?: string): AnswerEntry => (unit ? { status: 'answered', value, unit } : { status: 'answered', value });

describe('check rules: the expression language', () => {
  it('reads arithmetic with the usual precedence, comparisons, between, and/or/not, and writes it back', () => {
    assert.equal(exprText(parsed('q4A+Q4b*2<=Q4').expr), 'Q4a + Q4b * 2 <= Q4');
    assert.equal(exprText(parsed('(Q4a + Q4b) * 2 <= Q4').expr), '(Q4a + Q4b) * 2 <= Q4');
    assert.equal(exprText(parsed('Q6b between 0 and 100 and not Q4 = 0').expr), 'Q6b between 0 and 100 and not Q4 == 0');
    assert.equal(exprText(parsed('Q4 ≥ 1_000 or Q4 ≠ -1').expr), 'Q4 >= 1000 or Q4 != -1');
    assert.deepEqual(parsed('Q4a + Q4b <= Q4').ids, ['Q4a', 'Q4b', 'Q4']);
  });

  it('evaluates a rule per council: holds, fails, or cannot be decided when a value is unknown', () => {
    assert.equal(evalWith('Q4a + Q4b <= Q4', { Q4a: 20, Q4b: 40, Q4: 60 }), true);
    assert.equal(evalWith('Q4a + Q4b <= Q4', { Q4a: 20, Q4b: 41, Q4: 60 }), false);
    assert.equal(evalWith('Q4a + Q4b <= Q4', { Q4a: 20, Q4: 60 }), undefined, 'Q4b not answered: no verdict');
    assert.equal(evalWith('Q6b between 0 and 100', { Q6b: 100 }), true);
    assert.equal(evalWith('Q6b between 0 and 100', { Q6b: 100.5 }), false);
    assert.equal(evalWith('Q4a + Q4b == Q4', { Q4a: 0.1, Q4b: 0.2, Q4: 0.3 }), true, 'no rounding-error failure');
    assert.equal(evalWith('Q4 / Q4a > 1', { Q4: 5, Q4a: 0 }), undefined, 'division by zero is unknown, not a failure');
    // Three-valued logic: one known side decides `or`/`and` when it can.
    assert.equal(evalWith('Q11 == "yes" or Q4 > 1', { Q11: 'yes' }), true);
    assert.equal(evalWith('Q11 == "YES" and Q4 > 1', { Q11: 'no' }), false);
    assert.equal(evalWith('Q11 == "yes" and Q4 > 1', { Q11: 'yes' }), undefined);
    assert.equal(evalWith('not Q4 > 1', { Q4: 0 }), true);
  });

  it('rejects what is not a rule with a message and the offset of the fault — nothing is ever run as code', () => {
    assert.equal(failure('Q4a + Q99 <= Q4').offset, 6);
    assert.match(failure('Q4a + Q99 <= Q4').message, /Q99 is not a question/);
    assert.match(failure('Q4a + Q4b').message, /must be a condition/);
    assert.match(failure('0 <= Q6b <= 100').message, /cannot be chained/);
    assert.match(failure('Q11 + 1 > 2').message, /Q11 is a yes-no question/);
    assert.match(failure('Q11 == 1').message, /a number with text/);
    assert.match(failure('Q6b between 0 100').message, /needs "and"/);
    assert.match(failure('Q1 == "open').message, /not closed/);
    assert.match(failure('(Q4 > 1').message, /"\)" is missing/);
    assert.match(failure('Q4 >').message, /ends too early/);
    assert.deepEqual(failure('process.exit(1) == 0'), { message: 'unexpected "."', offset: 7 });
    assert.match(failure('constructor == "x"').message, /"constructor" is not a question id/);
    assert.equal(failure('Q4 > 1; Q4 < 2').offset, 6);
    assert.match(failure('Q4 > 1'.repeat(400)).message, /at most 1000/);
  });
});

describe('check rules in the questionnaire', () => {
  it('reads rules with message and severity, and a bare string as a rule', () => {
    assert.deepEqual(q.checks?.map((c) => [c.rule, c.severity, c.message ?? null, c.line]), [
      ['Q4a + Q4b <= Q4', 'error', 'parts cannot outnumber the whole', 14],
      ['Q6b between 0 and 100', 'error', 'uptake is a percentage', 16],
      ['Q12a <= 2019', 'warning', null, 18],
      ['Q11 == "yes" or Q12a == 0', 'error', null, 20],
    ]);
  });

  it('reports a broken rule at its line and the column of the fault, and keeps the other rules', () => {
    const text = QUESTIONNAIRE.replace('Q4a + Q4b <= Q4', 'Q4a + Q4x <= Q4').replace('"Q6b between 0 and 100"', '"Q6b between 0 and 1OO"') + '  - { rule: Q4 > 1, mesage: typo }\n';
    const parse = parseQuestionnaire(text);
    assert.ok(parse.questionnaire);
    const compiled = compileChecks(parse.questionnaire, 'q.yaml');
    const problems = [...parse.problems, ...compiled.problems].filter((p) => p.code.startsWith('questionnaire-check') || p.code === 'questionnaire-unknown-key');
    const lines = text.split('\n');
    const broken = problems.filter((p) => p.code === 'questionnaire-check');
    assert.equal(broken.length, 2, JSON.stringify(problems));
    assert.equal(broken[0]!.line, 14);
    assert.equal(lines[13]!.slice(broken[0]!.column - 1, broken[0]!.column + 2), 'Q4x');
    assert.match(broken[0]!.message, /checks\[0\]: Q4x is not a question of this questionnaire \(the check is ignored\)/);
    assert.equal(broken[1]!.line, 16);
    assert.equal(lines[15]!.slice(broken[1]!.column - 1, broken[1]!.column + 2), 'OO"', 'the column skips the opening quote');
    assert.ok(problems.some((p) => p.code === 'questionnaire-unknown-key' && /mesage/.test(p.message)));
    assert.deepEqual(compiled.checks.map((c) => c.rule), ['Q12a <= 2019', 'Q11 == "yes" or Q12a == 0', 'Q4 > 1']);
    assert.equal(compiled.problems[0]!.file, 'q.yaml');
  });

  it('reports checks that are not a list or a check', () => {
    const notList = parseQuestionnaire(QUESTIONNAIRE.replace(/checks:[\s\S]*$/, 'checks: Q4 > 1\n'));
    assert.ok(notList.problems.some((p) => p.severity === 'error' && /checks: expected a list of checks/.test(p.message)), JSON.stringify(notList.problems));
    const noRule = parseQuestionnaire(QUESTIONNAIRE.replace(/checks:[\s\S]*$/, 'checks:\n  - message: no rule\n'));
    assert.ok(noRule.problems.some((p) => /checks\[0\]\.rule: missing/.test(p.message) && p.line === 14), JSON.stringify(noRule.problems));
  });
});

describe('survey checks', () => {
  it('finds each council whose answered values break a rule, on the first question with a value, with the values', () => {
    const coverage = computeCoverage(q, [
      reply('Ashby', { Q4: answered(60), Q4a: answered(20), Q4b: answered(40) }),
      reply('Brill', { Q4: answered(45), Q4a: answered(37), Q4b: answered(12), Q12a: answered(2021) }),
      reply('Cole', { Q4: answered(45), Q4a: answered(37), Q4b: { status: 'partial', value: 50 } }),
      reply('Dent', { Q6b: answered('140%'), Q11: answered('No'), Q12a: answered(0) }),
    ]);
    const rules = surveyChecks(q, coverage).filter((f) => f.kind === 'rule');
    assert.deepEqual(rules.map((f) => [f.council, f.rule, f.severity, f.questions[0]]), [
      ['Brill', 'Q4a + Q4b <= Q4', 'error', 'Q4a'],
      ['Brill', 'Q12a <= 2019', 'warning', 'Q12a'],
      ['Dent', 'Q6b between 0 and 100', 'error', 'Q6b'],
    ], 'a partial answer (Cole) has no value for rules; Dent coded Q12a = 0 so the or-rule holds');
    assert.equal(rules[0]!.message, 'parts cannot outnumber the whole: Q4a + Q4b <= Q4 (Q4a + Q4b = 49, Q4 = 45)');
    assert.equal(rules[0]!.sidecarFile, 'replies/Brill.answers.yaml');
    assert.equal(rules[1]!.message, 'check failed: Q12a <= 2019 (Q12a = 2,021)');
  });

  it('flags a value about 1,000× or 1,000,000× the median as a unit slip, and one far below', () => {
    const spend = [24_981_000, 31_200_000, 87_540_000, 61_000_000, 45_100_000];
    const replies = spend.map((v, i) => reply(`C${i}`, { Q8: answered(v, 'GBP') }));
    replies.push(reply('Millions', { Q8: answered(52.3, 'GBP') }), reply('Pence', { Q8: answered(45_100_000_000, 'GBP') }));
    const flags = surveyChecks(q, computeCoverage(q, replies));
    assert.deepEqual(flags.map((f) => [f.council, f.kind, f.severity]), [
      ['Millions', 'unit-slip', 'warning'],
      ['Pence', 'unit-slip', 'warning'],
    ]);
    assert.match(flags[0]!.message, /^Q8: £52\.3 is about 1\/1,000,000 of the median of 7 councils \(£45,100,000\): a unit slip/);
    assert.match(flags[1]!.message, /about 1,000× the median/, 'a slip is flagged as a slip, not also as an outlier');
    assert.equal(unitSlip(45_000, 45), 3);
    assert.equal(unitSlip(3_000, 45), null, 'a ratio of ~67 is no slip');
    assert.equal(unitSlip(-45_000, 45), null);
  });

  it('flags robust outliers but not the ordinary spread of council sizes, and only with 5 values', () => {
    const populations = [31_000, 49_615, 57_904, 104_620, 243_870, 1_140_000, 88_000, 150_000];
    const replies = populations.map((v, i) => reply(`P${i}`, { Q2: answered(v, 'people') }));
    assert.deepEqual(surveyChecks(q, computeCoverage(q, replies)), [], 'a 37× spread of populations is normal');
    const uptake = [22, 27, 31, 25, 29, 24];
    const withOutlier = [...uptake.map((v, i) => reply(`U${i}`, { Q6b: answered(v, '%') })), reply('High', { Q6b: answered(96, '%') })];
    const flags = surveyChecks(q, computeCoverage(q, withOutlier));
    assert.deepEqual(flags.map((f) => [f.council, f.kind]), [['High', 'outlier']]);
    assert.match(flags[0]!.message, /Q6b: 96% is far above the other councils \(median 27% of 7; robust z \d+\.\d\)/);
    const few = [reply('A', { Q6b: answered(22) }), reply('B', { Q6b: answered(25) }), reply('C', { Q6b: answered(24) }), reply('D', { Q6b: answered(96) })];
    assert.deepEqual(surveyChecks(q, computeCoverage(q, few)), [], 'four values are too few to call one an outlier');
    assert.equal(robustZ([60, 60, 60, 60, 45]), null, 'more than half the values equal: no robust spread, no outlier');
    assert.ok(robustZ([10, 11, 12, 13, 14, 40])!.z[5]! > 3.5);
  });

  it('flags a council coded in another unit than most, and compares values only within one unit', () => {
    const replies = [
      reply('A', { Q3: answered(7416.85, 'ha') }),
      reply('B', { Q3: answered(2988, 'ha') }),
      reply('C', { Q3: answered(11842) }),
      reply('D', { Q3: answered(322.9, 'km²') }),
    ];
    const flags = surveyChecks(q, computeCoverage(q, replies));
    assert.deepEqual(flags.map((f) => [f.council, f.kind]), [['D', 'unit-mismatch']], 'C has no unit of its own: the question’s unit (ha) applies');
    assert.match(flags[0]!.message, /^Q3: coded in km², but 3 councils coded it in ha/);
  });

  it('places a finding at the answer’s value in its sidecar, else at its key, else at the top', () => {
    const [finding] = surveyChecks(q, computeCoverage(q, [reply('Brill', { Q4: answered(45), Q4a: answered(37), Q4b: answered(12) })]));
    assert.ok(finding);
    const sidecar = 'version: 1\nanswers:\n  Q4:\n    status: answered\n    value: 45\n  q4a:\n    status: answered\n    value: 37\n';
    const p = findingProblem(finding, sidecar, 'x.answers.yaml');
    assert.deepEqual([p.line, p.column, p.severity, p.code, p.file], [8, 12, 'error', 'check-rule', 'x.answers.yaml']);
    const noValue = findingProblem(finding, 'version: 1\nanswers:\n  Q4a: { status: answered }\n');
    assert.deepEqual([noValue.line, noValue.column], [3, 3]);
    assert.deepEqual([findingProblem(finding, 'answers: [oops').line, findingProblem(finding, null).line], [1, 1]);
  });
});
