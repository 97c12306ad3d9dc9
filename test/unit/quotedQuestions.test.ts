import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';

// A request whose questions the councils quote by their words, without numbers.
const REQUEST = [
  'Dear Council,',
  '',
  'How many public benches does the council maintain in its parks?',
  'How many benches were replaced in the 2023/24 financial year?',
  'What was the total spend on bench repairs in 2023/24?',
  'Does the council run a memorial bench scheme?',
  '',
  'Thank you,',
  'Ivo Marchetti',
].join('\n');
// Built inside each test (not when the file loads), so that a mutation run sees which test reaches which code.
const request = () => questionnaireFromRequest(REQUEST).questionnaire;
const byId = (text: string) => new Map(analyzeReply(text, request()).answers.map((a) => [a.id, a] as const));

describe('questions quoted by their words alone', () => {
  it('finds each answer under its quoted question, on the next line, with its value and line', () => {
    const reply = [
      'Dear Mr Marchetti,', // 1
      '', // 2
      'How many public benches does the council maintain in its parks?', // 3
      '1,140', // 4
      '', // 5
      'How many benches were replaced in the 2023/24', // 6
      'financial year?', // 7
      '38 benches were replaced.', // 8
      '', // 9
      'What was the total spend on bench repairs in 2023/24?', // 10
      'This information is not held.', // 11
      '', // 12
      'Does the council run a memorial bench scheme?', // 13
      'Yes.', // 14
    ].join('\n');
    const a = byId(reply);
    assert.deepEqual(
      [...a.values()].map((s) => [s.id, s.status, s.value ?? null, s.line]),
      [
        ['Q1', 'answered', 1140, 4],
        ['Q2', 'answered', 38, 8],
        ['Q3', 'not-held', null, 11],
        ['Q4', 'answered', 'Yes', 14],
      ],
    );
  });

  it('takes the quotation that carries an answer, not the request quoted at the top of the thread', () => {
    const reply = [REQUEST, '', '-----', '', 'Dear Mr Marchetti,', '', 'How many public benches does the council maintain in its parks?', 'Response: 905', ''].join('\n');
    const a = byId(reply).get('Q1');
    assert.equal(a?.value, 905);
    assert.equal(a?.line, 16);
  });

  it('does not take an answer that repeats some of the question\'s words for the question', () => {
    const reply = ['Dear Mr Marchetti,', '', 'The council maintains 640 benches in its parks.', 'We replaced 12 benches in the year.'].join('\n');
    assert.equal(byId(reply).size, 0);
  });

  it('leaves a question with a number to its number', () => {
    const reply = ['Q1. 77', 'How many public benches does the council maintain in its parks?', 'Response: 905'].join('\n');
    assert.equal(byId(reply).get('Q1')?.value, 77);
  });
});

describe('a quoted question whose words begin like a shorter question', () => {
  const prefixQ = questionnaireFromRequest(
    ['How many benches were replaced last year?', 'How many benches were replaced last year by volunteers in the parks?'].join('\n'),
  ).questionnaire;
  const answers = (text: string) => analyzeReply(text, prefixQ).answers.map((a) => [a.id, a.value, a.line]);

  it('is read as the longer question it quotes in full, whichever comes first', () => {
    assert.deepEqual(prefixQ.questions.map((x) => x.id), ['Q1', 'Q2']);
    const shortFirst = 'How many benches were replaced last year?\n40\n\nHow many benches were replaced last year by volunteers in the parks?\n12\n';
    assert.deepEqual(answers(shortFirst), [['Q1', 40, 2], ['Q2', 12, 5]]);
    const longFirst = 'How many benches were replaced last year by volunteers in the parks?\n12\n\nHow many benches were replaced last year?\n40\n';
    assert.deepEqual(answers(longFirst), [['Q1', 40, 5], ['Q2', 12, 2]]);
  });
});
