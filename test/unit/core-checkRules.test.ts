// The `checks:` rule language as a researcher writes it: every operator, every message for a
// rule that does not parse (with the offset of the fault), three-valued evaluation, and the
// values shown when a rule fails.
import { strict as assert } from 'node:assert';
import { evaluateRule, explainRule, exprText, formatNumber, isRuleError, MAX_RULE_CHARS, NUMERIC_TYPES, parseRule } from '../../src/core/checkRules';
import type { ParsedRule, RuleError, RuleValue } from '../../src/core/checkRules';
import { parseQuestionnaire } from '../../src/core/questionnaire';

const q = parseQuestionnaire(`version: 1
questions:
  - { id: Q1, type: text }
  - { id: Q2, type: number }
  - { id: Q3, type: money }
  - { id: Q4, type: percent }
  - { id: Q5, type: year }
  - { id: Q6, type: duration }
  - { id: Q7, type: yes-no }
  - { id: Q8, type: choice, choices: [a, b] }
`).questionnaire!;

function rule(text: string): ParsedRule {
  const r = parseRule(text, q.byId);
  if (isRuleError(r)) assert.fail(`${text}: ${r.message} at ${r.offset}`);
  return r;
}
function fault(text: string): RuleError {
  const r = parseRule(text, q.byId);
  assert.ok(isRuleError(r), `${text} should not parse`);
  return r;
}
const run = (text: string, values: Record<string, RuleValue> = {}) => evaluateRule(rule(text), (id) => values[id]);
const canon = (text: string) => exprText(rule(text).expr);

describe('core: check rule language', () => {
  it('treats number, money, percent, year and duration questions as numbers, the others as text', () => {
    assert.deepEqual([...NUMERIC_TYPES].sort(), ['duration', 'money', 'number', 'percent', 'year']);
    for (const id of ['Q2', 'Q3', 'Q4', 'Q5', 'Q6']) assert.equal(canon(`${id} > 1`), `${id} > 1`);
    for (const id of ['Q1', 'Q7', 'Q8']) assert.equal(fault(`${id} > 1`).message, `"&gt;" needs a number, found text (${id} is a ${q.byId.get(id)!.type} question)`.replace('&gt;', '>'));
  });

  it('reads every comparison, its alias and its spelling without spaces', () => {
    assert.equal(canon('Q2<1'), 'Q2 < 1');
    assert.equal(canon('Q2<=1'), 'Q2 <= 1');
    assert.equal(canon('Q2>1'), 'Q2 > 1');
    assert.equal(canon('Q2>=1'), 'Q2 >= 1');
    assert.equal(canon('Q2==1'), 'Q2 == 1');
    assert.equal(canon('Q2=1'), 'Q2 == 1');
    assert.equal(canon('Q2!=1'), 'Q2 != 1');
    assert.equal(canon('Q2≤1'), 'Q2 <= 1');
    assert.equal(canon('Q2≥1'), 'Q2 >= 1');
    assert.equal(canon('Q2≠1'), 'Q2 != 1');
    assert.equal(canon('Q1 == "Yes"'), 'Q1 == "Yes"');
    assert.equal(canon("Q1 == 'Yes'"), 'Q1 == "Yes"');
    assert.equal(canon('Q1 == “Yes”'), 'Q1 == "Yes"');
    assert.equal(canon('Q1 != "a"'), 'Q1 != "a"');
  });

  it('writes rules back with only the parentheses they need', () => {
    assert.equal(canon('(Q2 + Q3) - (Q4 - Q5) > 0'), 'Q2 + Q3 - (Q4 - Q5) > 0');
    assert.equal(canon('Q2 * (Q3 / Q4) > 0'), 'Q2 * (Q3 / Q4) > 0');
    assert.equal(canon('(Q2 * Q3) / Q4 > 0'), 'Q2 * Q3 / Q4 > 0');
    assert.equal(canon('Q2 - -Q3 > 0'), 'Q2 - -Q3 > 0');
    assert.equal(canon('-(Q2 + 1) < 0'), '-(Q2 + 1) < 0');
    assert.equal(canon('--Q2 < 0'), '--Q2 < 0');
    assert.equal(canon('(Q2 > 1 or Q3 > 1) and Q4 > 1'), '(Q2 > 1 or Q3 > 1) and Q4 > 1');
    assert.equal(canon('Q2 > 1 or (Q3 > 1 and Q4 > 1)'), 'Q2 > 1 or Q3 > 1 and Q4 > 1');
    assert.equal(canon('Q2 > 1 and (Q3 > 1 and Q4 > 1)'), 'Q2 > 1 and (Q3 > 1 and Q4 > 1)');
    assert.equal(canon('not (Q2 > 1 and Q3 > 1)'), 'not (Q2 > 1 and Q3 > 1)');
    assert.equal(canon('not not Q2 > 1'), 'not not Q2 > 1');
    assert.equal(canon('(Q2) + 1 between (0) and 2 * 50'), 'Q2 + 1 between 0 and 2 * 50');
    assert.equal(canon('Q2 + 1 == Q3 * 2'), 'Q2 + 1 == Q3 * 2');
    assert.equal(canon('1_000.5 < Q2'), '1000.5 < Q2');
    assert.equal(canon('q2 > 0 AND Q3 > 0 Or NOT Q4 > 0'), 'Q2 > 0 and Q3 > 0 or not Q4 > 0');
  });

  it('lists the question ids a rule reads, once each, in order', () => {
    assert.deepEqual(rule('Q3 + Q2 + q3 > Q4').ids, ['Q3', 'Q2', 'Q4']);
    assert.deepEqual(rule('1 < 2').ids, []);
  });

  it('explains each fault with its offset in the rule', () => {
    const cases: [string, string, number][] = [
      ['Q2 > 1_', '"1_" is not a number (write _ only between digits)', 5],
      ['Q2 > 1__0', '"1__0" is not a number (write _ only between digits)', 5],
      ['Q1 == "x', 'text is not closed: a closing quote is missing', 6],
      ['Q2 > 1 # x', 'unexpected "#"', 7],
      ['Q2 > 1 Q3', 'unexpected "Q3" after a complete condition', 7],
      ['Q2 + 1', 'a check must be a condition, e.g. Q4a + Q4b <= Q4 or Q6b between 0 and 100', 0],
      ['Q2 > 1 and Q3', '"and" needs a condition, found a number (Q3 is a money question)', 11],
      ['Q1 or Q2 > 1', '"or" needs a condition, found text (Q1 is a text question)', 0],
      ['not Q2', '"not" needs a condition, found a number (Q2 is a number question)', 4],
      ['Q2 between 1 or 2', '"between" needs "and": e.g. Q6b between 0 and 100', 13],
      ['Q1 between 1 and 2', '"between" needs a number, found text (Q1 is a text question)', 0],
      ['Q2 between "a" and 2', '"between" needs a number, found text', 11],
      ['1 < Q2 < 3', 'comparisons cannot be chained: write "a <= b and b <= c", or "b between a and c"', 7],
      ['(Q2 > 1) == (Q3 > 1)', '"==" compares numbers or text, not conditions', 0],
      ['Q2 != (Q3 > 1)', '"!=" compares numbers or text, not conditions', 0],
      ['Q2 == Q1', '"==" compares a number with text (Q1 is a text question)', 0],
      ['Q7 != 1', '"!=" compares a number with text (Q7 is a yes-no question)', 0],
      ['"a" == 1', '"==" compares a number with text', 0],
      ['Q2 < "a"', '"<" needs a number, found text', 5],
      ['(Q2 > 1) + 1 > 0', '"+" needs a number, found a condition', 0],
      ['1 * Q8 > 0', '"*" needs a number, found text (Q8 is a choice question)', 4],
      ['-Q1 > 0', '"-" needs a number, found text (Q1 is a text question)', 1],
      ['(Q2 > 1', 'a ")" is missing', 7],
      ['Q2 >', 'the rule ends too early: a value is missing', 4],
      ['Q2 > )', 'expected a question id, a number or "text", found ")"', 5],
      ['Q2 > and', 'expected a question id, a number or "text", found "and"', 5],
      ['Q2 > total', '"total" is not a question id (expected e.g. Q4a)', 5],
      ['Q9 > 1', 'Q9 is not a question of this questionnaire', 0],
    ];
    for (const [text, message, offset] of cases) assert.deepEqual(fault(text), { message, offset }, text);
  });

  it('refuses a rule over 1,000 characters before reading it', () => {
    assert.equal(MAX_RULE_CHARS, 1000);
    const long = `Q2 > ${'1'.repeat(995)}`;
    assert.equal(long.length, 1000);
    assert.ok(!isRuleError(parseRule(long, q.byId)));
    assert.deepEqual(fault(`${long} `), { message: 'the rule is 1001 characters long; at most 1000 are read', offset: 0 });
  });

  it('evaluates arithmetic, with an unknown result for division by zero or a missing value', () => {
    assert.equal(run('Q2 + Q3 == 5', { Q2: 2, Q3: 3 }), true);
    assert.equal(run('Q2 - Q3 == -1', { Q2: 2, Q3: 3 }), true);
    assert.equal(run('Q2 * Q3 == 6', { Q2: 2, Q3: 3 }), true);
    assert.equal(run('Q2 / Q3 == 0.5', { Q2: 2, Q3: 4 }), true);
    assert.equal(run('-Q2 == -2', { Q2: 2 }), true);
    assert.equal(run('Q2 / Q3 > 0', { Q2: 2, Q3: 0 }), undefined);
    assert.equal(run('Q3 / Q2 == 0', { Q2: 2, Q3: 0 }), true, 'zero divided is fine');
    assert.equal(run('-Q2 < 0', {}), undefined);
    assert.equal(run('Q2 + Q3 > 0', { Q2: 1 }), undefined);
    assert.equal(run('Q2 + Q3 > 0', { Q3: 1 }), undefined);
    assert.equal(run('Q2 + 1 > 0', { Q2: 'n/a' }), undefined, 'a value that is not a number decides nothing');
  });

  it('compares numbers with a tolerance for rounding, and strictly otherwise', () => {
    assert.equal(run('Q2 < 1', { Q2: 0.999 }), true);
    assert.equal(run('Q2 < 1', { Q2: 1 }), false);
    assert.equal(run('Q2 < 0.3', { Q2: 0.1 + 0.2 }), false, '0.1 + 0.2 is not below 0.3');
    assert.equal(run('Q2 > 1', { Q2: 1.001 }), true);
    assert.equal(run('Q2 > 1', { Q2: 1 }), false);
    assert.equal(run('Q2 > 0.3', { Q2: 0.1 + 0.2 }), false);
    assert.equal(run('Q2 <= 0.3', { Q2: 0.1 + 0.2 }), true);
    assert.equal(run('Q2 <= 1', { Q2: 1.001 }), false);
    assert.equal(run('Q2 >= 0.3', { Q2: 0.3 - 1e-15 }), true);
    assert.equal(run('Q2 >= 1', { Q2: 0.999 }), false);
    assert.equal(run('Q2 == 1', { Q2: 1.000001 }), false);
    assert.equal(run('Q2 != 1', { Q2: 1.000001 }), true);
    assert.equal(run('Q2 != 0.3', { Q2: 0.1 + 0.2 }), false);
    assert.equal(run('Q2 == 1_000_000_000_000', { Q2: 1e12 + 1 }), true, 'relative tolerance for large numbers');
  });

  it('compares text case-insensitively and ignoring the rule text’s edge spaces; never text with a number', () => {
    assert.equal(run('Q1 == " Yes "', { Q1: 'yes' }), true);
    assert.equal(run('Q1 == "yes"', { Q1: 'no' }), false);
    assert.equal(run('Q1 != "yes"', { Q1: 'no' }), true);
    assert.equal(run('Q1 != "yes"', { Q1: 'yes' }), false);
    assert.equal(run('Q1 == "yes"', { Q1: 3 }), undefined, 'a number where text was expected');
    assert.equal(run('Q1 == "yes"', {}), undefined);
    assert.equal(run('Q2 == 3', { Q2: 'three' }), undefined);
  });

  it('checks between inclusively at both ends, and decides nothing without all three numbers', () => {
    assert.equal(run('Q2 between 0 and 100', { Q2: 0 }), true);
    assert.equal(run('Q2 between 0 and 100', { Q2: 100 }), true);
    assert.equal(run('Q2 between 0 and 100', { Q2: -0.001 }), false);
    assert.equal(run('Q2 between 0 and 100', { Q2: 100.001 }), false);
    assert.equal(run('Q2 between 0.3 and 1', { Q2: 0.1 + 0.2 }), true);
    assert.equal(run('Q2 between 0 and 0.3', { Q2: 0.1 + 0.2 }), true);
    assert.equal(run('Q2 between Q3 and 10', { Q2: 5 }), undefined);
    assert.equal(run('Q2 between 0 and Q3', { Q2: 5 }), undefined);
    assert.equal(run('Q2 between 0 and 10', {}), undefined);
  });

  it('combines conditions with three-valued and, or and not', () => {
    const T = { Q2: 2 };
    const F = { Q2: 0 };
    assert.equal(run('Q2 > 1 and Q2 < 5', T), true);
    assert.equal(run('Q2 > 1 and Q2 > 5', T), false);
    assert.equal(run('Q2 > 5 and Q2 > 1', T), false);
    assert.equal(run('Q2 > 1 and Q3 > 1', T), undefined);
    assert.equal(run('Q3 > 1 and Q2 > 1', T), undefined);
    assert.equal(run('Q3 > 1 and Q2 > 1', F), false, 'a known false decides');
    assert.equal(run('Q2 > 1 or Q2 > 5', T), true);
    assert.equal(run('Q2 > 5 or Q2 > 1', T), true);
    assert.equal(run('Q2 > 1 or Q2 > 5', F), false);
    assert.equal(run('Q3 > 1 or Q2 > 1', F), undefined);
    assert.equal(run('Q2 > 1 or Q3 > 1', F), undefined);
    assert.equal(run('Q3 > 1 or Q2 > 1', T), true, 'a known true decides');
    assert.equal(run('not Q2 > 1', T), false);
    assert.equal(run('not Q3 > 1', T), undefined);
  });

  it('shows the values behind a rule, each once, numbers grouped by thousands', () => {
    const values: Record<string, RuleValue> = { Q2: 1234.5, Q3: 20, Q4: 30, Q1: 'yes' };
    const v = (id: string) => values[id];
    assert.equal(explainRule(rule('Q2 + Q3 <= Q4'), v), 'Q2 + Q3 = 1,254.5, Q4 = 30');
    assert.equal(explainRule(rule('Q2 between 0 and 100'), v), 'Q2 = 1,234.5');
    assert.equal(explainRule(rule('Q1 == "no" or not Q3 > Q4 and Q3 < 1'), v), 'Q1 = "yes", Q3 = 20, Q4 = 30');
    assert.equal(explainRule(rule('Q5 > 1 or Q2 > 1'), v), 'Q2 = 1,234.5', 'unknown values are left out');
    assert.equal(explainRule(rule('1 < 2'), v), '', 'constants are not explained');
    assert.equal(explainRule(rule('Q3 > 1 and Q3 < 100'), v), 'Q3 = 20');
    assert.equal(explainRule(rule('Q3 > 1'), v, () => 'the count'), 'the count = 20');
  });

  it('formats numbers with thousands separators and at most four decimals', () => {
    assert.equal(formatNumber(1234567.891), '1,234,567.891');
    assert.equal(formatNumber(0.123456), '0.1235');
    assert.equal(formatNumber(-5), '-5');
  });
});
