// The pure helpers behind the extension's diagnostics and quick fixes: value checks, answer
// lines in a sidecar, adding a question to the questionnaire, re-anchoring a stale quote.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { makeQuote } from '../../src/core/anchor';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { Question } from '../../src/core/types';
import { appendQuestionEdit } from '../../src/extension/questionnaireEdit';
import { reanchorRange } from '../../src/extension/reanchor';
import { answerLines } from '../../src/extension/sidecarLines';
import { checkValue } from '../../src/extension/valueCheck';

const q = (type: Question['type'], extra: Partial<Question> = {}): Question => ({ id: 'Q4', type, order: 0, ...extra });

describe('extension: values that do not fit the question', () => {
  it('wants a number for number, money, percent, year and duration questions', () => {
    assert.match(checkValue({ status: 'answered', value: 'lots' }, q('number'))!, /should be a number/);
    assert.equal(checkValue({ status: 'answered', value: 9032.42 }, q('number')), null);
    assert.match(checkValue({ status: 'answered', value: 20019 }, q('year'))!, /not a year/);
    assert.equal(checkValue({ status: 'answered', value: 2019 }, q('year')), null);
    assert.match(checkValue({ status: 'answered', value: -5 }, q('money'))!, /negative/);
  });

  it('wants Yes or No for yes-no questions', () => {
    assert.equal(checkValue({ status: 'answered', value: 'yes' }, q('yes-no')), null);
    assert.equal(checkValue({ status: 'answered', value: true }, q('yes-no')), null);
    assert.match(checkValue({ status: 'answered', value: 'sometimes' }, q('yes-no'))!, /Yes or No/);
  });

  it('wants the question’s choices, inline or from a code list, one or several', () => {
    const choice = q('choice', { choices: ['Residents', 'Properties'] });
    assert.equal(checkValue({ status: 'answered', value: 'residents' }, choice), null);
    assert.match(checkValue({ status: 'answered', value: 'Tenants' }, choice)!, /"tenants" is not among/);
    const multi = q('multi-choice', { choices: 'challenges' });
    const codes = { challenges: ['Funding', 'Integration', 'Other'] };
    assert.equal(checkValue({ status: 'answered', value: 'Funding; Other' }, multi, codes), null);
    assert.match(checkValue({ status: 'answered', value: 'Funding; Staffing' }, multi, codes)!, /"staffing"/);
  });

  it('flags a value on a status that has none, and accepts anything for text', () => {
    assert.match(checkValue({ status: 'not-held', value: 12 }, q('number'))!, /has no value/);
    assert.equal(checkValue({ status: 'not-held', value: null }, q('number')), null);
    assert.equal(checkValue({ status: 'answered', value: 'anything at all' }, q('text')), null);
  });
});

describe('extension: where answers sit in a sidecar', () => {
  it('finds the key, value and quote lines of each answer', () => {
    const text = [
      '# coded by hand',
      'version: 1',
      'answers:',
      '  Q1:',
      '    status: answered',
      '    value: 9',
      '    quote:',
      '      exact: "Nine libraries"',
      '      start: 40',
      '  "q4a":',
      '    status: not-held',
      'council: Brookhaven',
    ].join('\r\n');
    const lines = answerLines(text);
    assert.deepEqual(lines.get('Q1'), { keyLine: 3, keyStart: 2, keyEnd: 4, valueLine: 5, quoteLine: 6, exactLine: 7 });
    assert.equal(lines.get('Q4a')?.keyLine, 9);
    assert.equal(lines.get('Q4a')?.valueLine, undefined);
    assert.equal(lines.size, 2);
  });
});

describe('extension: adding a question to the questionnaire', () => {
  const base = '# the survey\nversion: 1\nquestions:\n  - id: Q1\n    type: number\n\n# later\ncodes:\n  x: [a, b]\n';

  it('appends an item to the questions list, indented like its siblings, leaving the rest alone', () => {
    const edit = appendQuestionEdit(base, 'Q7', 'What is: the thing?')!;
    const out = base.slice(0, edit.offset) + edit.text + base.slice(edit.offset);
    assert.ok(out.startsWith(base.slice(0, edit.offset)) && out.endsWith(base.slice(edit.offset)));
    const parsed = parseQuestionnaire(out).questionnaire!;
    assert.deepEqual(parsed.questions.map((x) => x.id), ['Q1', 'Q7']);
    assert.equal(parsed.byId.get('Q7')?.text, 'What is: the thing?');
    assert.deepEqual(parsed.codes, { x: ['a', 'b'] });
  });

  it('starts a questions list when there is none, and declines flow style', () => {
    const edit = appendQuestionEdit('version: 1', 'Q2')!;
    const parsed = parseQuestionnaire('version: 1' + edit.text).questionnaire!;
    assert.deepEqual(parsed.questions.map((x) => x.id), ['Q2']);
    assert.equal(appendQuestionEdit('version: 1\nquestions: [{ id: Q1 }]\n', 'Q2'), null);
  });

  const addAndRead = (src: string, id: string, text: string | undefined) => {
    const edit = appendQuestionEdit(src, id, text)!;
    return parseQuestionnaire(src.slice(0, edit.offset) + edit.text + src.slice(edit.offset));
  };

  // Texts that a plain YAML scalar would read back as something else (a number, null, a boolean,
  // a mapping, a comment): the counterexamples fast-check found (`00` read back as 0, `1e3` as
  // 1000, `0x1F` as 31, `null` as no text) and their relatives, kept as regression cases.
  const lookalikes = [
    '00', '0', '1e3', '0x1F', '0o17', '-1', '+1', '.5', '1_000', '.inf', '-.Inf', '.nan', 'NaN', 'null', 'Null', '~', 'true',
    'False', 'yes', 'no', 'on', '2019-01-01', 'a: b', 'a:b', '#c', 'x #c', '- a', '? a', ': a', '[x]', '{a: 1}', '*alias',
    '&anchor', '!tag', '%YAML', '@at', '`tick', '|', '>', "it's", '"quoted"', "'single'", ' lead', 'trail ', 'x\ny', 'a\r\nb',
    '\ttab', '---', '...', 'café £5', '\u00a0nbsp\u00a0', '\0\0\n\0\0\0\0', '\u2028', '\u0085 next line',
  ];

  it('writes question text that reads back exactly, however it looks (regression cases)', () => {
    for (const text of lookalikes) {
      for (const src of [base, base.replace(/\n/g, '\r\n')]) {
        const parsed = addAndRead(src, 'Q9', text);
        assert.deepEqual(parsed.problems, [], JSON.stringify(text));
        assert.equal(parsed.questionnaire!.byId.get('Q9')?.text, text, JSON.stringify(text));
      }
    }
  });

  it('always yields a questionnaire that still parses and gains the question with its exact text (property)', () => {
    const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...lookalikes), fc.string({ maxLength: 40, unit: 'binary' }));
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), texts, fc.boolean(), (n, text, crlf) => {
        const src = crlf ? base.replace(/\n/g, '\r\n') : base;
        const parsed = addAndRead(src, `Q${n}`, text === '' ? undefined : text);
        assert.ok(parsed.questionnaire?.byId.has(`Q${n}`), JSON.stringify(parsed.problems));
        assert.equal(parsed.questionnaire!.byId.get(`Q${n}`)!.text, text === '' ? undefined : text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extension: re-anchoring a stale quote', () => {
  const before = 'Q3. Area?\nThe area is 9,032 hectares in total.\n\nQ4. Systems?\nWe use 212 systems.\n';

  it('moves the quote to the closest rewording', () => {
    const quote = makeQuote(before, before.indexOf('The area'), before.indexOf(' in total.'));
    const after = 'Q3. Area?\nOur area is about 9,032 hectare in total.\n\nQ4. Systems?\nWe use 212 systems.\n';
    const r = reanchorRange(after, quote)!;
    assert.equal(r.how, 'closest');
    assert.match(after.slice(r.start, r.end), /area is about 9,032 hectare/);
  });

  it('falls back to the suggested answer when nothing alike is left', () => {
    const quote = makeQuote(before, before.indexOf('We use'), before.indexOf('We use') + 19);
    const after = 'Q3. Area?\nThe area is 9,032 hectares in total.\n\nQ4. Systems?\nNot held.\n';
    const start = after.indexOf('Not held.');
    assert.deepEqual(reanchorRange(after, quote, { start, end: start + 9 }), { start, end: start + 9, how: 'suggestion', difference: 0 });
    assert.equal(reanchorRange(after, quote), null);
  });
});
