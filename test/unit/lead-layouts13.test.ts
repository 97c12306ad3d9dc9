// Layouts found by scoring the engine on replies it had never seen (session 13: real disclosure-log
// pages of round R9, and the blind sets crm-blind34 and other-blind35), each fixed with a general
// rule. Requests and replies here are written for fictional councils in the same shapes; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Question } from '../../src/core/types';

const question = (type: Question['type'], text = 'How many?'): Question => ({ id: 'Q1', type, order: 0, text });
const answersOf = (reply: string, request: string) => {
  const q = questionnaireFromRequest(request).questionnaire;
  return new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a] as const));
};

describe('requests read by init (session 13 layouts)', () => {
  it('splits lettered parts run inline after a numbered question into parts of that question', () => {
    const q = questionnaireFromRequest(
      'Please provide:\n\n1. Total number of planning agreements signed since 2015\n\n2. Total number of agreements a) invoiced, and b) invoiced in full\n\n3. Total number of deeds of variation since 2015',
    ).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.text]), [
      ['Q1', 'Total number of planning agreements signed since 2015'],
      ['Q2', 'Total number of agreements'],
      ['Q2a', 'invoiced'],
      ['Q2b', 'invoiced in full'],
      ['Q3', 'Total number of deeds of variation since 2015'],
    ]);
  });

  it('gives parts run inline after their title the type the title asks for ("how many of the following … a) pedal cycles b) e-bikes")', () => {
    const q = questionnaireFromRequest(
      'Please tell me 1) how many pool vehicles of the following does the council have a) pedal cycles b) electric bikes c) vans 2) how many cycle racks are there at your offices?',
    ).questionnaire;
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [
      ['Q1', 'number'],
      ['Q1a', 'number'],
      ['Q1b', 'number'],
      ['Q1c', 'number'],
      ['Q2', 'number'],
    ]);
  });

  it('leaves prose that happens to say "a)" alone when the line does not open with a question number', () => {
    const q = questionnaireFromRequest('1. How many staff do you employ?\nCount both a) full-time and b) part-time posts.\n2. How many vans?').questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('names the physical line of a question split from one long line when it reports a split', () => {
    const r = questionnaireFromRequest('Intro line\n\n1) how many vans do you own? 2) how many cars do you own, and how many are electric?\n');
    assert.ok(r.assumptions.some((a) => a.startsWith('Q2 (line 3) asks two things')), r.assumptions.join('\n'));
  });
});

describe('replies read by the engine (session 13 layouts)', () => {
  it('reads "1. a) … b) … c) …" on one line as the answers to the parts, offered when each gives a figure per year', () => {
    const request = 'Please tell me for the last three years 1) broken down by year a) how many staff used the scheme? b) what percentage of staff was this? c) what was the average voucher value? 2) does the scheme have a cap?';
    const reply = 'Response provided:\n\n1. a) 2021/22 = 7 2022/23 = 9 2023/24 = 12 b) 2021/22 = 1.10% 2022/23 = 1.41% 2023/24 = 1.90% c) 2021/22 = £ 610 2022/23 = £702 2023/24 = £1,215\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1a')?.value, 7);
    assert.equal(a.get('Q1b')?.value, 1.1);
    assert.equal(a.get('Q1c')?.value, 610);
    for (const id of ['Q1a', 'Q1b', 'Q1c']) {
      assert.equal(a.get(id)?.line, 3, id);
      assert.ok(a.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, `${id} is offered, not auto-coded (${a.get(id)!.confidence})`);
    }
  });

  it('keeps a table row whose question cell letters its parts as the answer of the number ("2) Of these: a) burials b) cremations<TAB>Not held")', () => {
    const request = '1) How many funerals did you arrange?\n2) Of these:\na) how many were burials?\nb) how many were cremations?';
    const reply = 'Question\tResponse\n1) How many funerals did you arrange?\t41\n2) Of these: a) burials b) cremations\tThe type of funeral is only on paper files, so this information is not held.\n';
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2a')?.status, 'not-held');
    assert.equal(a.get('Q2b')?.status, 'not-held');
  });

  it('does not read "Section 106 agreements" as a figure given: "does not report on this" is not held', () => {
    const text = 'The Planning department does not currently report on this, however the new system will track Section 106 agreements in more detail.';
    assert.equal(classifyAnswer(text, question('number')).status, 'not-held');
    assert.equal(classifyAnswer('We do not record this; s278 works are logged by highways.', question('number')).status, 'not-held');
  });

  it('reads "5 2019/20" as 5, not as a figure with a space between its thousands ("5 201")', () => {
    assert.equal(parseValue('2018/19 = 5 2019/20 = 4', question('number')).value, 5);
    assert.equal(parseValue('1 204 complaints', question('number')).value, 1204);
  });

  it('offers, never certifies, one of several different percentages ("1.27% … 1.01% …")', () => {
    const v = parseValue('2018/19 = 1.27% 2019/20 = 1.01%', question('percent', 'What percentage?'));
    assert.equal(v.value, 1.27);
    assert.equal(v.several, true);
    assert.equal(parseValue('About 45%', question('percent', 'What percentage?')).several, undefined);
  });
});
