// The questionnaire as a researcher writes it: the exact message, position and severity of each
// mistake, and what is read from what is right.
import { strict as assert } from 'node:assert';
import { parseQuestionnaire, questionnaireFromIds } from '../../src/core/questionnaire';

const problems = (text: string) => parseQuestionnaire(text).problems.map((p) => `${p.severity} ${p.line}:${p.column} ${p.code} ${p.message}`);
const head = 'version: 1\nquestions:\n';

describe('core: questionnaire messages', () => {
  // Each case: a questionnaire with mistakes, and every problem reported, in file order.
  const CASES: [string, string[]][] = [
    ["version: 1\nquestions:\n  - id: Q1\n    type: numbr\n", [
      "warning 3:3 questionnaire-empty the questionnaire has no valid questions",
      "error 4:11 questionnaire-schema questions[0].type: expected one of text, number, money, percent, year, duration, yes-no, choice, multi-choice, found \"numbr\"",
    ]],
    ["version: 1\nquestions:\n  - text: Who?\n", [
      "warning 3:3 questionnaire-empty the questionnaire has no valid questions",
      "error 3:5 questionnaire-schema questions[0].id: missing (expected a question id such as Q4a)",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n  - id: Q1\n", [
      "error 4:9 questionnaire-duplicate-id duplicate id Q1: already used by questions[0]; this one is ignored",
    ]],
    ["version: 1\nquestions:\n  - id: Q-two\n", [
      "warning 3:3 questionnaire-empty the questionnaire has no valid questions",
      "error 3:9 questionnaire-bad-id id \"Q-two\" is not a question id (expected e.g. Q4 or Q4a)",
    ]],
    ["version: 1\nquestions:\n  - id: q1\n", [
      "warning 3:9 questionnaire-id-form id \"q1\" read as Q1; write Q1",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n    when: { Q11: \"yes\", q1: [a, \" b \"], x: 1 }\n", [
      "error 5:13 questionnaire-unknown-id when names Q11, which is not a question of this questionnaire (routing ignored)",
      "warning 5:25 questionnaire-id-form routing id \"q1\" read as Q1; write Q1",
      "error 5:41 questionnaire-bad-id routing id \"x\" is not a question id (expected e.g. Q4 or Q4a)",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    parent: Q9\n", [
      "error 4:13 questionnaire-unknown-id parent Q9 is not a question of this questionnaire",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    parent: Q1\n", [
      "error 4:13 questionnaire-unknown-id Q1 cannot be its own parent",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    parent: 1\n", [
      "warning 4:13 questionnaire-id-form parent \"1\" read as Q1; write Q1",
      "error 4:13 questionnaire-unknown-id Q1 cannot be its own parent",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    type: choice\n    choices: colours\ncodes:\n  yn: [yes, no]\n", [
      "error 5:14 questionnaire-unknown-code-list choices names the code list \"colours\", which is not under codes (known: yn)",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    type: choice\n    choices: colours\n", [
      "error 5:14 questionnaire-unknown-code-list choices names the code list \"colours\", which is not under codes",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    type: choice\n", [
      "warning 4:11 questionnaire-choices-missing Q1 is a choice question without choices",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    choices: [a, b]\n", [
      "warning 4:14 questionnaire-choices-unused Q1 has choices but its type is text; choices are used by choice and multi-choice questions",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\nvariants:\n  short: { omit: [Q1, Q6c, bad], extra: 1 }\n", [
      "error 5:23 questionnaire-unknown-id variant \"short\" omits Q6c, which is not a question of this questionnaire",
      "error 5:28 questionnaire-bad-id omitted id \"bad\" is not a question id (expected e.g. Q4 or Q4a)",
      "warning 5:34 questionnaire-unknown-key unknown key \"extra\" in variant \"short\" (kept, but not used; expected one of omit, relabel)",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\ncodes:\n  colours: red\n  empty: []\n  ok: [ \" a \", 2 ]\n", [
      "error 5:12 questionnaire-schema codes.colours: expected a list of choices, found \"red\"",
      "warning 6:10 questionnaire-schema code list \"empty\" is empty",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n    when:\n      Q1: { a: 1 }\n", [
      "error 6:11 questionnaire-schema questions[1].when.Q1: expected a value or a list of values, found a mapping",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    txet: Who?\nextra: 1\n", [
      "warning 4:5 questionnaire-unknown-key unknown key \"txet\" in a question (kept, but not used; expected one of id, text, type, unit, parent, heading, label, section, when, choices)",
      "warning 5:1 questionnaire-unknown-key unknown key \"extra\" in the questionnaire (kept, but not used; expected one of version, title, questions, codes, variants, checks)",
    ]],
    ["version: 1\nquestions: Q1\n", [
      "error 2:12 questionnaire-schema questions: expected a list of questions",
    ]],
    ["version: 1\n", [
      "error 1:1 questionnaire-schema missing \"questions:\", the list of questions",
    ]],
    ["- Q1\n", [
      "error 1:1 questionnaire-schema a questionnaire is a mapping with version, title and questions",
    ]],
    ["version: 2\nquestions: []\n", [
      "error 1:10 questionnaire-version version 2 is not supported; this version of FOI Coder reads version 1",
      "warning 2:12 questionnaire-empty the questionnaire has no valid questions",
    ]],
    ["version: \"1\"\nquestions:\n  - id: Q1\n", [
      "error 1:10 questionnaire-version version \"1\" is not supported; this version of FOI Coder reads version 1",
    ]],
    ["questions:\n  - id: Q1\n", [
      "error 1:1 questionnaire-version missing \"version: 1\" at the top of the questionnaire",
    ]],
    ["version: 1\nquestions:\n  - 3\n  - id: Q2\n", [
      "error 3:5 questionnaire-schema questions[0]: expected a question (a mapping with id and text)",
    ]],
    ["version: 1\ntitle: [a]\nquestions:\n  - id: Q1\n", [
      "error 2:8 questionnaire-schema title: expected a title, found a list",
    ]],
    ["version: 1\ntitle: 2026 survey\nquestions:\n  - id: Q1\n    text: 12\n    unit: \"\"\n    heading: false\n", [

    ]],
    ["version: 1\nquestions:\n  - id: Q1\nchecks:\n  - rule: Q1 == \"a\"\n    severity: info\n  - { message: x }\n  - 3\n  - { rule: \"Q1 == 'a'\", severity: warning, message: m, note: x }\n", [
      "error 6:15 questionnaire-schema checks[0].severity: expected error or warning, found \"info\"",
      "error 7:5 questionnaire-schema checks[1].rule: missing (expected a rule such as \"Q4a + Q4b <= Q4\")",
      "error 8:5 questionnaire-schema checks[2]: expected a check (a mapping with rule and message), found 3",
      "warning 9:57 questionnaire-unknown-key unknown key \"note\" in a check (kept, but not used; expected one of rule, message, severity)",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\ncodes: [a]\nvariants: [b]\nchecks: { a: 1 }\n", [
      "error 4:8 questionnaire-schema codes: expected a mapping of code list names to lists of choices, found a list",
      "error 5:11 questionnaire-schema variants: expected a mapping of variant names to { omit: [ids], relabel: { label: id } }, found a list",
      "error 6:9 questionnaire-schema checks: expected a list of checks, each { rule: \"Q4a + Q4b <= Q4\", message: … }, found a mapping",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    when: yes\n", [
      "warning 3:3 questionnaire-empty the questionnaire has no valid questions",
      "error 4:11 questionnaire-schema questions[0].when: expected a mapping of question ids to values, e.g. { Q11: \"yes\" }, found \"yes\"",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    choices: { a: 1 }\n    type: choice\n", [
      "warning 3:3 questionnaire-empty the questionnaire has no valid questions",
      "error 4:14 questionnaire-schema questions[0].choices: expected the name of a code list or a list of choices, found a mapping",
    ]],
    ["version: 1\nquestions:\n  - id: Q1\n    choices: [[a]]\n    type: choice\n", [
      "warning 3:3 questionnaire-empty the questionnaire has no valid questions",
      "error 4:14 questionnaire-schema questions[0].choices: expected the name of a code list or a list of choices, found a list",
    ]],
    ["version: 1\nquestions:\n", [
      "error 2:11 questionnaire-schema questions: expected a list of questions",
    ]],

  ];
  it('reports each mistake with a message that says what was expected and what was found, where it is', () => {
    for (const [text, want] of CASES) assert.deepEqual(problems(text), want, JSON.stringify(text));
  });

  it('reads what is right around the mistakes: routing lists trimmed, code lists, variants, checks, title and text as text', () => {
    const routed = parseQuestionnaire(`${head}  - id: Q1\n  - id: Q2\n    when: { Q11: "yes", q1: [a, " b "], x: 1 }\n`).questionnaire!;
    assert.deepEqual(routed.byId.get('Q2')!.when, { Q1: ['a', 'b'] });
    const codes = parseQuestionnaire(`${head}  - id: Q1\ncodes:\n  colours: red\n  empty: []\n  ok: [ " a ", 2 ]\n`).questionnaire!;
    assert.deepEqual(codes.codes, { empty: [], ok: ['a', '2'] });
    const variants = parseQuestionnaire(`${head}  - id: Q1\nvariants:\n  short: { omit: [Q1, Q6c, bad], extra: 1 }\n`).questionnaire!;
    assert.deepEqual(variants.variants, { short: { omit: ['Q1'] } });
    const checks = parseQuestionnaire(`${head}  - id: Q1\nchecks:\n  - rule: Q1 == "a"\n    severity: info\n  - { message: x }\n  - 3\n  - { rule: "Q1 == 'a'", severity: warning, message: m, note: x }\n  - Q1 == "b"\n`).questionnaire!;
    assert.deepEqual(checks.checks, [
      { rule: "Q1 == 'a'", severity: 'warning', index: 3, line: 9, column: 14, message: 'm' },
      { rule: 'Q1 == "b"', severity: 'error', index: 4, line: 10, column: 5 },
    ]);
    const plain = parseQuestionnaire('version: 1\ntitle: 2026 survey\nquestions:\n  - id: Q1\n    text: 12\n    unit: ""\n    heading: false\n    parent: null\n    choices: null\n    type: choice\n').questionnaire!;
    assert.equal(plain.title, '2026 survey');
    assert.deepEqual(plain.questions[0], { id: 'Q1', type: 'choice', order: 0, text: '12' }, 'an empty unit, a false heading and null parent and choices are left out');
    assert.equal(parseQuestionnaire(`version: 1\ntitle: null\n${head.slice(11)}  - id: Q1\n`).questionnaire!.title, undefined);
    assert.equal(parseQuestionnaire(`${head}  - id: Q1\nchecks:\n`).questionnaire!.checks, undefined, 'an empty checks: is no checks');
  });

  it('gives a heading’s routing to its parts that have none, and each question its order and implied parent', () => {
    const q = parseQuestionnaire(`${head}  - id: Q1\n    heading: true\n    when: { Q2: yes }\n  - id: Q1a\n  - id: Q1b\n    when: { Q2: no }\n  - id: Q2\n  - id: Q3a\n  - id: Q4\n    when: { Q2: yes }\n  - id: Q4a\n`).questionnaire!;
    assert.deepEqual(q.questions.map((x) => [x.id, x.order, x.parent ?? null, x.when ?? null]), [
      ['Q1', 0, null, { Q2: 'yes' }],
      ['Q1a', 1, 'Q1', { Q2: 'yes' }],
      ['Q1b', 2, 'Q1', { Q2: 'no' }],
      ['Q2', 3, null, null],
      ['Q3a', 4, null, null],
      ['Q4', 5, null, { Q2: 'yes' }],
      ['Q4a', 6, 'Q4', null],
    ]);
    q.byId.get('Q1a')!.when!.Q2 = 'changed';
    assert.equal(q.byId.get('Q1')!.when!.Q2, 'yes', 'a part gets its own copy of the routing');
    const parented = parseQuestionnaire(`${head}  - id: Q1\n  - id: Q2\n  - id: Q2a\n    parent: Q1\n`).questionnaire!;
    assert.equal(parented.byId.get('Q2a')!.parent, 'Q1', 'a parent given wins over the implied one');
  });

  it('names the file in every problem, and refuses a questionnaire of several megabytes', () => {
    const r = parseQuestionnaire(`${head}  - id: Q1\n    type: numbr\n`, 'foi-questionnaire.yaml');
    assert.ok(r.problems.every((p) => p.file === 'foi-questionnaire.yaml'));
    const big = parseQuestionnaire(`${head}# ${'x'.repeat(5 * 1048576)}\n`, 'q.yaml');
    assert.equal(big.questionnaire, null);
    assert.deepEqual(big.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message} ${p.file}`), ['1:1 questionnaire-too-large questionnaire is 5.0 MB; more than 2 MB is refused (is this the right file?) q.yaml']);
  });

  it('builds a questionnaire from the ids seen in replies, with parents only where they were seen', () => {
    const q = questionnaireFromIds(['q4A', 'Q10', 'Q4', 'junk', 'Q2b', 'Q4a']);
    assert.deepEqual(q.questions, [
      { id: 'Q2b', type: 'text', order: 0 },
      { id: 'Q4', type: 'text', order: 1 },
      { id: 'Q4a', type: 'text', order: 2, parent: 'Q4' },
      { id: 'Q10', type: 'text', order: 3 },
    ]);
    assert.deepEqual([...q.byId.keys()], ['Q2b', 'Q4', 'Q4a', 'Q10']);
    assert.deepEqual([q.version, q.codes, q.variants], [1, {}, {}]);
  });
});
