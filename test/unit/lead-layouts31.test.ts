// Layouts found by scoring the engine on replies it had never seen (session 31), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a request quoted as a list, a stray dash line in it, and one refusal below', () => {
  const REQUEST = [
    '1. Does the council claim on its data-loss insurance?',
    '2. Have you changed your backup routine in the last year to limit the damage of an attack?',
    '3. When did the council last train staff on suspicious emails?',
    '4. Where does data loss sit on the council risk register?',
  ];
  const q = fromRequest(REQUEST.join('\n'));
  const page = (between: string): string => [
    REQUEST[0],
    between,
    ...REQUEST.slice(1),
    'Response',
    'Refusal notice',
    'Telling anyone how the council defends its network would help those who attack it, so the',
    'information is withheld under section 31 (law enforcement).',
  ].join('\n');

  it('reads the refusal under "Response" for every question when the dash line is the only other thing read', () => {
    const got = answersOf(page('-'), q);
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's31', 7], id);
  });

  it('does not treat a line with words or figures between the questions as a stray mark', () => {
    for (const between of ['Not applicable to us', '42']) {
      const got = answersOf(page(between), q);
      assert.notEqual(got.get('Q1')?.status, 'refused', between);
    }
  });
});

describe('questions asked only if an earlier answer is yes, which the reply never takes up', () => {
  const REQUEST = [
    '1. Has any of the council\'s equipment been locked by malicious software in the last five years?',
    '2. If so, how many times has this happened?',
    '3. If so, has the council paid to have files released?',
    '4. If so, how much did it pay?',
    '5. Does the council train staff to spot suspicious emails?',
  ].join('\n');
  const q = fromRequest(REQUEST);

  it('offers "not applicable" for each, down the chain, from the one statement that says none', () => {
    const reply = ['Details of the request', '', REQUEST, '', 'Details of the response', '', 'None of the council\'s equipment has been locked by malicious software.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'No', 11]);
    for (const id of ['Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.from, got.get(id)?.line], ['not-applicable', 'Q1', 11], id);
    // Q4 is asked only if Q3 is yes, and Q3 does not apply.
    assert.deepEqual([got.get('Q4')?.status, got.get('Q4')?.from], ['not-applicable', 'Q3']);
    // (Offered as a doubtful routing, well below what Auto-code writes.)
    assert.ok((got.get('Q2')?.confidence ?? 1) < 0.8, 'offered, not written unreviewed');
  });

  it('leaves them alone when the answer they depend on is yes', () => {
    const reply = ['Dear Mr Pike', '', 'Thank you for your request.', '', '1. Yes, once, in 2022.', '', '3. No, the council has not paid.', '', '5. Yes, every year.'].join('\n');
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.value, 'Yes');
    assert.equal(got.get('Q2'), undefined);
    // Q4 depends on Q3, which is no.
    assert.deepEqual([got.get('Q4')?.status, got.get('Q4')?.from], ['not-applicable', 'Q3']);
  });
});

describe('a range of terminated numbers given one status ("2. - 7. N/A")', () => {
  const REQUEST = [
    '1. Does the council use drones?',
    '2. How many drones does it own?',
    '3. Which teams fly them?',
    '4. How much has it spent on them?',
    '5. Who is the accountable officer?',
    '6. How long is footage kept?',
    '7. Please send the drone policy.',
  ].join('\n');
  const q = fromRequest(REQUEST);

  it('gives the status to every question in the range, however long', () => {
    const got = answersOf(['Response 04-05-2021', '', '1.  The council does not use drones', '', '2. - 7. N/A'].join('\n'), q);
    for (const id of ['Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-applicable', 5], id);
  });

  it('does not read a long span before other words as a range ("2. - 7. drones were bought …")', () => {
    const got = answersOf(['1.  Yes', '', '2. - 7. drones were bought in 2020.', '', '3. The survey team', '', '6. Ninety days'].join('\n'), q);
    assert.equal(got.get('Q4'), undefined);
    assert.equal(got.get('Q5'), undefined);
    const short = answersOf(['1.  Yes', '', '2. - 7. N/A'].join('\n'), q);
    assert.equal(short.get('Q5')?.status, 'not-applicable');
  });
});

describe('a lone roman "i." under a numbered question in a request', () => {
  const REQUEST = [
    '1.       Does the council use drones?',
    '       i.            If yes, please say whether this is a trial or a permanent service.',
    '2.       How many drones has the council bought?',
    '3.       Which teams fly them?',
    '',
    '4.       Did the council assess the privacy impact first?',
    '       i.            If so please send a copy.',
    '5.       Please give the make and model of each drone.',
    '6.       How long is footage kept?',
  ].join('\n');

  it('is the question\'s own words, not question 1 again, and the list goes on to its end', () => {
    const built = questionnaireFromRequest(REQUEST);
    assert.deepEqual(built.questionnaire!.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    assert.match(built.questionnaire!.byId.get('Q4')!.text!, /If so please send a copy\.$/);
  });

  it('still reads a list numbered "i.", "ii.", "iii." as questions 1 to 3, and a first "i." above a numbered list', () => {
    const built = questionnaireFromRequest(['i. How many drones does the council own?', 'ii. Which teams fly them?', 'iii. How long is footage kept?'].join('\n'));
    assert.deepEqual(built.questionnaire!.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    const first = questionnaireFromRequest(['Please tell me:', 'i. How many drones does the council own?', '2. Which teams fly them?', '3. How long is footage kept?'].join('\n'));
    assert.deepEqual(first.questionnaire!.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('reads "i." then "ii." under a numbered question as its parts, and the list goes on', () => {
    const built = questionnaireFromRequest(['1. Does the council use drones?', '   i. How many are there?', '   ii. Which teams fly them?', '2. How long is footage kept?', '3. Who is the lead officer?'].join('\n'));
    assert.deepEqual(built.questionnaire!.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2', 'Q3']);
    assert.equal(built.questionnaire!.byId.get('Q2')!.text, 'How long is footage kept?');
    assert.deepEqual(built.assumptions, []);
    // (Items that only name what is wanted, five of them, the same.)
    const named = questionnaireFromRequest(['1. Please tell me about the council\'s drones:', '   i. the number owned', '   ii. the teams that fly them', '   iii. the money spent', '   iv. the insurer', '   v. the supplier', '2. How long is footage kept?', '3. Who is the lead officer?'].join('\n'));
    assert.deepEqual(named.questionnaire!.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c', 'Q1d', 'Q1e', 'Q2', 'Q3']);
  });
});

describe('one paragraph that restates each numbered question and answers it in the same line', () => {
  const REQUEST = [
    'Which of your teams use drones? Please include:',
    '1.      Is this part of a trial or a permanent service?',
    '2.      How many drones has the service bought over the last three years?',
    '3.      Who is the lead officer for buying and running drones in the service?',
    '4.      If you do not have drones now, does the service plan to bring them in over the next two years?',
    '5.      If the service plans to use drones over the next two years, which teams will use drones',
  ].join('\n');
  const q = fromRequest(REQUEST);
  const reply = [
    'Request detail:',
    '',
    REQUEST,
    '',
    'Response detail:',
    '',
    'Thank you for your request. Please see below: Which of your teams use drones? NONE. Please include: 1. Is this part of a trial or a permanent service? N/A. 2. How many drones has the service bought over the last three years? N/A. 3. Who is the lead officer for buying and running drones in the service? N/A. 4. If you do not have drones now, does the service plan to bring them in over the next two years? Yes, from 2027. 5. If the service plans to use drones over the next two years, which teams will use drones – Fire Investigation.',
  ].join('\n');

  it('gives each question what follows its restatement, up to the next one', () => {
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual(reading(got, id), ['not-applicable', null, 12], id);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 'Yes', 12]);
    // (The restatement ends at the question's last words, the second time they occur.)
    assert.deepEqual(reading(got, 'Q5'), ['answered', 'Fire Investigation.', 12]);
  });

  it('does not take a figure at a sentence\'s start for a restatement', () => {
    const figures = reply.replace(/2\. How many drones[^?]*\? N\/A\./, '2. Drones are not part of the fleet and none were bought in the last three years. None are planned.');
    const got = answersOf(figures, q);
    assert.notEqual(got.get('Q2')?.line, 12);
    assert.equal(got.get('Q3')?.status, 'not-applicable');
  });
});
