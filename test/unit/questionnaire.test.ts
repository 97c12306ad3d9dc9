import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { MAX_QUESTIONNAIRE_CHARS, parseQuestionnaire, questionnaireFromIds } from '../../src/core/questionnaire';
import type { Problem } from '../../src/core/types';

const EXAMPLE = join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml');
const at = (p: Problem) => `${p.line}:${p.column}`;
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');

describe('questionnaire', () => {
  describe('the example questionnaire', () => {
    const { questionnaire: q, problems } = parseQuestionnaire(readFileSync(EXAMPLE, 'utf8'), 'foi-questionnaire.yaml');

    it('loads without a single problem', () => {
      assert.deepEqual(problems, []);
      assert.ok(q);
    });

    it('has the survey’s 26 questions, in file order, each findable by id', () => {
      assert.equal(q!.questions.length, 26);
      assert.deepEqual(q!.questions.slice(0, 8).map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q4c', 'Q5']);
      q!.questions.forEach((x, i) => {
        assert.equal(x.order, i);
        assert.equal(q!.byId.get(x.id), x);
      });
    });

    it('implies parents only where the parent question exists', () => {
      assert.equal(q!.byId.get('Q4a')!.parent, 'Q4');
      assert.equal(q!.byId.get('Q13d')!.parent, 'Q13');
      assert.equal(q!.byId.get('Q6a')!.parent, undefined, 'there is no Q6 to point at');
    });

    it('reads types, units, headings, routing, code lists and variants', () => {
      assert.equal(q!.title, 'Customer Relationship Management in local authorities');
      assert.deepEqual({ type: q!.byId.get('Q2')!.type, unit: q!.byId.get('Q2')!.unit }, { type: 'number', unit: 'people' });
      assert.equal(q!.byId.get('Q12')!.heading, true);
      assert.equal(q!.byId.get('Q12')!.type, 'text', 'a question without a type is text');
      assert.deepEqual(q!.byId.get('Q13b')!.when, { Q11: 'no', Q13a: 'yes' });
      assert.deepEqual(q!.byId.get('Q4c')!.choices, ['Residents', 'Properties', 'Both']);
      assert.equal(q!.byId.get('Q12c')!.choices, 'crm-challenges');
      assert.equal(q!.codes['crm-challenges']!.length, 7);
      assert.deepEqual(q!.variants, { 'no-6c': { omit: ['Q6c'] }, 'no-4c-6b': { omit: ['Q4c', 'Q6b'], relabel: { Q7b: 'Q6c' } } });
    });
  });

  it('gives questions under a heading the heading’s routing unless they have their own', () => {
    const text = [
      'version: 1',
      'questions:',
      '  - { id: Q11, text: Does it?, type: yes-no }',
      '  - id: Q12',
      '    text: "If it does:"',
      '    heading: true',
      '    when: { Q11: "yes" }',
      '  - { id: Q12a, text: When? }',
      '  - { id: Q12b, text: Why?, when: { Q12a: "2001" } }',
      '  - { id: Q13, text: Next }',
    ].join('\n');
    const { questionnaire: q, problems } = parseQuestionnaire(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(q!.byId.get('Q12a')!.when, { Q11: 'yes' });
    assert.deepEqual(q!.byId.get('Q12b')!.when, { Q12a: '2001' });
    assert.equal(q!.byId.get('Q13')!.when, undefined);
  });

  it('accepts an id written q4A, with a warning, under its canonical spelling', () => {
    const { questionnaire: q, problems } = parseQuestionnaire('version: 1\nquestions:\n  - id: Q4\n  - id: q4A\n    when: { q4: "yes" }\n');
    assert.deepEqual(q!.questions.map((x) => x.id), ['Q4', 'Q4a']);
    assert.deepEqual(q!.byId.get('Q4a')!.when, { Q4: 'yes' });
    assert.deepEqual(problems.map((p) => [p.severity, p.code, at(p)]), [
      ['warning', 'questionnaire-id-form', '4:9'],
      ['warning', 'questionnaire-id-form', '5:13'],
    ]);
  });

  describe('reports each problem at its line and column', () => {
    const head = 'version: 1\nquestions:\n';
    const cases: { name: string; text: string; code: string; at: string; severity?: Problem['severity'] }[] = [
      { name: 'YAML syntax error', text: `${head}  - id: Q1\n    text: [unclosed\n`, code: 'questionnaire-yaml', at: '5:1' },
      { name: 'a key written twice', text: `${head}  - id: Q1\n    id: Q2\n`, code: 'questionnaire-yaml', at: '4:5' },
      { name: 'wrong version', text: 'version: 3\nquestions: []\n', code: 'questionnaire-version', at: '1:10' },
      { name: 'missing version', text: 'questions:\n  - id: Q1\n', code: 'questionnaire-version', at: '1:1' },
      { name: 'unknown type', text: `${head}  - id: Q1\n    type: numbr\n`, code: 'questionnaire-schema', at: '4:11' },
      { name: 'question without id', text: `${head}  - id: Q1\n  - text: Who?\n`, code: 'questionnaire-schema', at: '4:5' },
      { name: 'duplicate id', text: `${head}  - id: Q1\n  - id: Q2\n  - id: Q1\n`, code: 'questionnaire-duplicate-id', at: '5:9' },
      { name: 'an id that is no id', text: `${head}  - id: Q1\n  - id: Q-two\n`, code: 'questionnaire-bad-id', at: '4:9' },
      { name: 'when naming an unknown id', text: `${head}  - id: Q1\n  - id: Q2\n    when: { Q11: "yes" }\n`, code: 'questionnaire-unknown-id', at: '5:13' },
      { name: 'unknown parent', text: `${head}  - id: Q1\n    parent: Q9\n`, code: 'questionnaire-unknown-id', at: '4:13' },
      { name: 'choices naming a missing code list', text: `${head}  - id: Q1\n    type: choice\n    choices: colours\n`, code: 'questionnaire-unknown-code-list', at: '5:14' },
      { name: 'variant omitting an unknown id', text: `${head}  - id: Q1\nvariants:\n  short: { omit: [Q1, Q6c] }\n`, code: 'questionnaire-unknown-id', at: '5:23' },
      { name: 'code list that is not a list', text: `${head}  - id: Q1\ncodes:\n  colours: red\n`, code: 'questionnaire-schema', at: '5:12' },
      { name: 'routing value that is a mapping', text: `${head}  - id: Q1\n  - id: Q2\n    when:\n      Q1: { a: 1 }\n`, code: 'questionnaire-schema', at: '6:11' },
      { name: 'unknown key', text: `${head}  - id: Q1\n    txet: Who?\n`, code: 'questionnaire-unknown-key', at: '4:5', severity: 'warning' },
      { name: 'questions not a list', text: 'version: 1\nquestions: Q1\n', code: 'questionnaire-schema', at: '2:12' },
      { name: 'not a mapping at all', text: '- Q1\n- Q2\n', code: 'questionnaire-schema', at: '1:1' },
      { name: 'unresolved alias', text: `${head}  - id: Q1\n    text: *missing\n`, code: 'questionnaire-yaml', at: '4:11' },
      { name: 'CRLF line ends', text: 'version: 1\r\nquestions:\r\n  - id: Q1\r\n    type: numbr\r\n', code: 'questionnaire-schema', at: '4:11' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { problems } = parseQuestionnaire(c.text, 'q.yaml');
        const hit = problems.find((p) => p.code === c.code);
        assert.ok(hit, `expected ${c.code}; got ${JSON.stringify(problems)}`);
        assert.equal(at(hit), c.at, hit.message);
        assert.equal(hit.severity, c.severity ?? 'error');
        assert.equal(hit.file, 'q.yaml');
      });
    }
  });

  it('reports every problem of a file at once and keeps the valid questions', () => {
    const text = 'version: 1\nquestions:\n  - id: Q1\n    type: numbr\n  - id: Q2\n  - id: Q2\n  - id: Q3\n    when: { Q9: "yes" }\n';
    const { questionnaire: q, problems } = parseQuestionnaire(text);
    assert.deepEqual(errors(problems).map((p) => `${p.code}@${at(p)}`), [
      'questionnaire-schema@4:11',
      'questionnaire-duplicate-id@6:9',
      'questionnaire-unknown-id@8:13',
    ]);
    assert.deepEqual(q!.questions.map((x) => x.id), ['Q2', 'Q3']);
    assert.equal(q!.byId.get('Q3')!.when, undefined, 'routing on an unknown id is dropped, not kept dangling');
  });

  it('refuses a file of several megabytes with a clear problem', () => {
    const { questionnaire, problems } = parseQuestionnaire(`version: 1\n#${'x'.repeat(MAX_QUESTIONNAIRE_CHARS)}\n`);
    assert.equal(questionnaire, null);
    assert.equal(problems[0]!.code, 'questionnaire-too-large');
  });

  it('survives an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const { questionnaire, problems } = parseQuestionnaire(bomb);
    assert.equal(questionnaire, null);
    assert.match(problems[0]!.message, /alias/i);
  });

  it('never throws, and every problem has a position inside the text (property)', () => {
    const check = (text: string) => {
      const r = parseQuestionnaire(text);
      const lines = text.split(/\r\n|\r|\n/).length; // a lone CR is a line break too
      for (const p of r.problems) {
        assert.ok(p.line >= 1 && p.line <= lines && p.column >= 1, JSON.stringify(p));
      }
    };
    const yamlish = fc.array(
      fc.oneof(
        fc.constantFrom('version: 1', 'questions:', '  - id: Q1', '  - id: q4A', '    when: { Q1: yes }', '    type: choice', '    choices: x', 'codes:', '  x: [a, b]', '  - &a [1]', '    text: *a', '- ', ': ', '"', "'", '{', '[', '!tag x', '\t', '\r'),
        fc.string(),
      ),
      { maxLength: 12 },
    ).map((ls) => ls.join('\n'));
    fc.assert(fc.property(fc.oneof(fc.string(), yamlish), (text) => check(text)), { numRuns: 400 });
    // Any data at all, written as YAML.
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()), when: fc.anything(), choices: fc.anything() })), (x, qs) => {
        check(stringify(x) ?? "");
        check(stringify({ version: 1, questions: qs, codes: x, variants: x }));
      }),
      { numRuns: 200 },
    );
  });

  describe('a questionnaire from the ids seen in replies', () => {
    it('sorts naturally, drops duplicates and non-ids, and implies parents that exist', () => {
      const q = questionnaireFromIds(['Q12c', 'q4a', 'Q4', 'Q10', 'Q4a', 'nonsense', 'Q6b']);
      assert.deepEqual(q.questions.map((x) => x.id), ['Q4', 'Q4a', 'Q6b', 'Q10', 'Q12c']);
      assert.equal(q.byId.get('Q4a')!.parent, 'Q4');
      assert.equal(q.byId.get('Q6b')!.parent, undefined);
      assert.deepEqual(q.questions.map((x) => x.order), [0, 1, 2, 3, 4]);
      assert.ok(q.questions.every((x) => x.type === 'text'));
    });
  });
});
