// Layouts found by scoring the engine on replies it had never seen (session 14: blind sets and a
// round of real replies), each fixed with a general rule. Requests and replies here are written for
// fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';

const answersOf = (reply: string, request: string) => {
  const q = questionnaireFromRequest(request).questionnaire;
  return new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a] as const));
};

describe('replies read by the engine (session 14 layouts)', () => {
  const request = [
    '1) How many dog fouling fines did the council issue in 2023/24?',
    '2) What percentage of those fines were paid?',
    '3) How many litter bins are there in your district?',
    '4) On average, how long does it take to replace a damaged bin?',
    '5) Do you charge residents for replacing a damaged bin?',
    '   a) If yes, what is the current charge?',
    '6) Which software do you use to record fines?',
  ].join('\n');
  const letter = (saying: string) => [
    'Dear Mr Example,',
    '',
    `Thank you for your request. I have grouped your questions, and ${saying}`,
    '',
    '1.  Fines',
    'In 2023/24 the council issued 212 dog fouling fines. Of those',
    'fines, 64 per cent were paid.',
    '',
    '2.  Bins',
    'A map of every litter bin in the district is published on our website and is exempt',
    'under section 21 of the Act.',
    '',
    '3.  Replacing bins',
    'There is no single average we can give. It depends on the type of bin.',
    '',
    '4.  Charges',
    'The council does charge for a replacement bin. The charge is currently £45.',
    '',
    '5.  Systems',
    'Fines are recorded on the Streetwise software.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('reads paragraphs by their words when the letter says "the paragraph numbers below are our own"', () => {
    const a = answersOf(letter('the paragraph numbers below are our own.'), request);
    assert.equal(String(a.get('Q2')?.value), '64');
    assert.equal(a.get('Q3')?.status, 'refused');
    assert.equal(a.get('Q5')?.value, 'Yes');
    assert.equal(String(a.get('Q5a')?.value), '45');
    assert.match(String(a.get('Q6')?.value), /Streetwise/);
  });

  it('keeps the paragraph numbers as question numbers when the letter says nothing of its numbering', () => {
    const a = answersOf(letter('the answers are below.'), request);
    assert.equal(a.get('Q2')?.status, 'refused');
    assert.equal(a.get('Q5a'), undefined);
  });
});
