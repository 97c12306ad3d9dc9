// Layouts found by scoring the engine on replies it had never seen (session 16: rounds of real
// council replies and blind sets), each fixed with a general rule. Requests and replies here are
// written for fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';

const answersOf = (reply: string, request: string) => {
  const q = questionnaireFromRequest(request).questionnaire;
  return new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a] as const));
};
const question = (type: Question['type'], text: string): Question => ({ id: 'Q1', type, order: 0, text }) as Question;

describe('replies read by the engine (session 16 layouts)', () => {
  describe('"6. Refusal (see below)" with one block of reasons after the answers', () => {
    const request = [
      '1. How many bus shelters does the council maintain?',
      '2. What did the council spend on bus shelter repairs in 2024/25?',
      '3. What is the name of the company that supplies new bus shelters?',
      '4. What is the unit price of one new bus shelter from that supplier?',
    ].join('\n');
    const reply = (reasons: string) => [
      'Bus shelters',
      '',
      '1. How many bus shelters does the council maintain?',
      '2. What did the council spend on bus shelter repairs in 2024/25?',
      '3. What is the name of the company that supplies new bus shelters?',
      '4. What is the unit price of one new bus shelter from that supplier?',
      '',
      '  1. 214 shelters',
      '  2. £18,420.50',
      '  3. Pellworth Street Furniture Ltd',
      '  4. Refusal (see below)',
      '',
      'The Council considers that releasing the unit price would prejudice commercial interests. The reasons are set out below.',
      '',
      reasons,
      '',
      '  • Public interest in disclosure: transparency in spending public money.',
      '  • Public interest in maintaining the exemption: the supplier\'s pricing is commercially sensitive.',
    ].join('\n');

    it('reads "Refusal (see below)" as a refusal', () => {
      assert.equal(classifyAnswer('Refusal (see below)', question('money', 'What is the unit price?')).status, 'refused');
    });

    it('takes the exemption the one block of reasons below cites ("Refusal S43")', () => {
      const a = answersOf(reply('Refusal S43'), request);
      assert.equal(a.get('Q4')?.status, 'refused');
      assert.equal(a.get('Q4')?.exemption, 's43');
      assert.equal(a.get('Q3')?.status, 'answered');
    });

    it('names no exemption when the text below cites two different sections', () => {
      const a = answersOf(reply('Refusal: section 43 and section 31 both apply'), request);
      assert.equal(a.get('Q4')?.status, 'refused');
      assert.notEqual(a.get('Q4')?.exemption, 's43');
      assert.notEqual(a.get('Q4')?.exemption, 's31');
    });
  });

  it('reads "there is no data set that enables us to …" as not held', () => {
    assert.equal(classifyAnswer('I regret to advise you that there is no data set that easily enables us to identify these licences.', question('number', 'How many licences were revoked?')).status, 'not-held');
    assert.equal(classifyAnswer('The Council has no dataset covering this.', question('number', 'How many licences were revoked?')).status, 'not-held');
  });

  describe('a figure per month, one line each ("April 2024 = 61" … "March 2025 = 70")', () => {
    const months = ['April 2024 = 61', '', 'May 2024 = 58', '', 'June 2024 = 64', '', 'January 2025 = 49', '', 'February 2025 = 55', '', 'March 2025 = 70'];

    it('reads the latest month, offered rather than certain', () => {
      const v = parseValue(['Please see below:', '', ...months].join('\n'), question('number', 'How many requests did you receive in each month last year?'));
      assert.equal(v.value, 70);
      assert.equal(v.several, true);
    });

    it('orders the months by their years, not by where they stand in the list', () => {
      const v = parseValue(['Jan-25: 49', 'Dec-24: 81', 'Nov-24: 60'].join('\n'), question('number', 'How many requests did you receive each month?'));
      assert.equal(v.value, 49);
    });

    it('reads a sentence naming a month as the sentence, not as a monthly list', () => {
      const v = parseValue('We received 905 requests in total.\nMarch 2025 was the busiest month.', question('number', 'How many requests did you receive last year?'));
      assert.equal(v.value, 905);
    });
  });
});
