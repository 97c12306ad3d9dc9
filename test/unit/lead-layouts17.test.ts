// Layouts found by scoring the engine on replies it had never seen (session 17: rounds of real
// council replies and blind sets), each fixed with a general rule. Requests and replies here are
// written for fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';

const answersOf = (reply: string, request: string) => {
  const q = questionnaireFromRequest(request).questionnaire;
  return new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a] as const));
};
const question = (type: Question['type'], text: string): Question => ({ id: 'Q1', type, order: 0, text }) as Question;

describe('replies read by the engine (session 17 layouts)', () => {
  describe('"Questions 2-4 have been passed to …": a range of questions in a sentence', () => {
    const request = [
      '1) How many allotment sites are there?',
      '2) How many people are on the waiting list?',
      '3) How many plots are there?',
      '4) How many plots are vacant?',
    ].join('\n');
    const reply = [
      'Thank you for your request.',
      'In response to your question 1, there are 12 sites in total.',
      'Questions 2-4 have been passed to our parks team, who will reply to you separately.',
    ].join('\n');

    it('puts every question of the range on that line, and reads no figure "-4" from it', () => {
      const a = answersOf(reply, request);
      for (const id of ['Q2', 'Q3', 'Q4']) {
        assert.equal(a.get(id)?.line, 3, id);
        assert.equal(a.get(id)?.value ?? null, null, id);
      }
      assert.equal(a.get('Q1')?.value, 12);
    });

    it('still reads "Q2 - 4 plots" after a singular label as the answer 4', () => {
      const a = answersOf(['Q1 - 12 sites', 'Q2 - 4 people'].join('\n'), request);
      assert.equal(a.get('Q2')?.value, 4);
      assert.notEqual(a.get('Q3')?.line, 2);
    });
  });

  describe('money: "does not currently charge"', () => {
    it('reads a fee the council does not currently charge as 0', () => {
      const v = parseValue('The Council does not currently charge for naming a new street. Charges are only made for renaming existing properties.', question('money', 'What is your current fee for naming a new street?'));
      assert.equal(v.value, 0);
      assert.equal(v.unit, 'GBP');
    });

    it('reads no 0 from "does not currently publish"', () => {
      const v = parseValue('The Council does not currently publish its fees.', question('money', 'What is your current fee?'));
      assert.equal(v.value, null);
    });
  });
  describe('a quoted request, paragraphs about the Act, then one refusal notice for the whole request', () => {
    const request = [
      '  1. How many staff have completed water rescue training?',
      '  2. How many boats does your service keep?',
      '  3. Is your rescue team on call at night?',
      '  4. How many call-outs were there in 2023?',
    ].join('\n');
    const reply = (decision: string) => [
      'Water rescue team',
      '',
      'Request',
      '',
      request,
      '',
      'Response',
      '',
      'Freedom of Information Act 2000',
      '',
      'The Freedom of Information Act 2000 gives a general right of access to recorded information held by public authorities, subject to the exemptions it sets out.',
      '',
      'That right is not absolute: a number of exemptions allow public authorities to withhold information that is unsuitable for release.',
      '',
      'The Act is meant to place information in the public domain, so that once it is released to one person it is available to all.',
      '',
      'DECISION',
      '',
      decision,
      '',
      'Section 17 of the Act provides:',
      '',
      '  1. A public authority which is relying on a claim that information is exempt must give the applicant a notice.',
    ].join('\n');

    it('refuses every question at the refusal notice, not at the paragraphs about the Act', () => {
      const a = answersOf(reply('This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000.'), request);
      for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) {
        assert.equal(a.get(id)?.status, 'refused', id);
        assert.equal(a.get(id)?.line, 22, id);
      }
    });

    it('finds a not-held statement below the same paragraphs', () => {
      const a = answersOf(reply('Under section 1(1)(a) of the Act, the Service does not hold this information.'), request);
      assert.equal(a.get('Q2')?.status, 'not-held');
      assert.equal(a.get('Q2')?.line, 22);
    });

    it('reads nothing when the letter below the Act paragraphs decides nothing', () => {
      const a = answersOf(reply('We will write to you again shortly.'), request);
      assert.notEqual(a.get('Q1')?.status, 'signposted');
      assert.notEqual(a.get('Q1')?.line, 18);
    });
  });
});
