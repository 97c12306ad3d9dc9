// Layouts found by scoring the engine on replies it had never seen (session 33), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classifyAnswer } from '../../src/core/classify';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { alignClauses, clausesOf } from '../../src/core/rangeClauses';
import { analyzeReply } from '../../src/core/suggest';
import { nestedNumbered } from '../../src/core/text';
import { parseValue } from '../../src/core/values';
import type { Questionnaire } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

/** A council's own "A7  <question>" over its indented answer, then a blank line. */
const block = (n: number, question: string, answer: string): string[] => [`A${n}  ${question}`, `    ${answer}`, ''];

const crm = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('a CRM reply pasted as comma-separated rows, some of them labelled by the scanner', () => {
  const reply = [
    'Ref,Question,Response,Notes',
    '11,Does the Authority use a Customer Relationship Management (CRM) System?,No,',
    '12,If the Authority has a CRM system:,,',
    '12a,When did the CRM system go Live?,N/A,',
    '12b,How long did the implementation take?,N/A,',
    '12c,What were the main obstacles encountered to the implementation?,N/A,',
    '13,If the Authority does not have a CRM system:,,',
    '13a,Has the implementation of a CRM ever been considered?,Yes,Looked at in 2016',
    '13b,"If Yes to Q13a., what were the reasons for not proceeding?","Funding; Participation of different departments within the authority",',
    '13c,"Has the implementation of a CRM ever been planned or undertaken, but subsequently abandoned?",No,',
  ].join('\n');

  it('reads the rows the scanner missed between those it labelled, each at its own line', () => {
    const lines = analyzeReply(reply, crm()).markers.map((m) => m.line);
    assert.equal(new Set(lines).size, lines.length, 'one marker a row');
    const got = answersOf(reply, crm());
    assert.deepEqual(reading(got, 'Q12c'), ['not-applicable', null, 6]);
    assert.equal(got.get('Q13b')?.line, 9);
    assert.equal(got.get('Q13b')?.value, 'Participation of different departments within the authority; Funding');
    assert.deepEqual(reading(got, 'Q13c'), ['answered', 'No', 10]);
  });
});

describe('a council that numbers its answers A1, A2 … on past the request\'s parts', () => {
  const reply = [
    'Our response to your request is set out below.',
    '',
    ...block(1, 'What is the full official name of the Authority?', 'Kettleby Borough Council'),
    ...block(2, 'How large is the Authority in terms of population?', '84,300'),
    ...block(3, 'How large is the Authority in terms of geographical boundaries?', '61 square kilometres'),
    ...block(4, 'How many information systems / databases does the Authority use?', '95'),
    ...block(5, 'How many of those are stand-alone (i.e. do not interact with any other information system)?', '12'),
    ...block(6, 'How many of those interact with at least one other system (e.g. using API calls)?', '83'),
    ...block(7, 'Are the systems mainly centered around Residents or Properties?', 'Residents and properties more or less equally.'),
  ].join('\n');

  it('gives each "A" number the question its words quote, so "A6" answers 4b and "A7" answers 4c', () => {
    const got = answersOf(reply, crm());
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 12, 16]);
    assert.deepEqual(reading(got, 'Q4b'), ['answered', 83, 19]);
    assert.equal(got.get('Q4c')?.line, 22);
  });

  it('reads "Residents and properties more or less equally" as Both: the idiom offers no alternative', () => {
    assert.deepEqual(reading(answersOf(reply, crm()), 'Q4c'), ['answered', 'Both', 22]);
  });
});

describe('a one-paragraph letter whose sentence both answers a question and names the next ones as not applying', () => {
  const reply = [
    'Dear Mr Orde,',
    '',
    'The Council is Westmarsh District Council and it serves about 64,000 people across 9,100',
    'hectares. We run around 70 information systems. Our services include waste collection,',
    'planning, housing advice and licensing. We do not',
    'have an online portal for residents, so your questions 6b, 6c and 7 do not apply.',
    'The Council does not use a CRM system, so question 12 and its parts do not apply.',
    '',
    'Yours sincerely,',
    'Information Officer',
  ].join('\n');

  it('starts the sentence at "We do not" left at a line\'s end, and gives 6a its No and 6b–7 their not applicable', () => {
    const got = answersOf(reply, crm());
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 'No', 5]);
    for (const id of ['Q6b', 'Q6c', 'Q7']) assert.equal(got.get(id)?.status, 'not-applicable', id);
  });

  it('gives the choice question of a part routed out by "does not use a CRM" not applicable, not an empty answer', () => {
    const got = answersOf(reply, crm());
    assert.deepEqual(reading(got, 'Q11'), ['answered', 'No', 7]);
    for (const id of ['Q12a', 'Q12b', 'Q12c']) assert.equal(got.get(id)?.status, 'not-applicable', id);
    // (Under its own label too: "12c. There was nothing to obstruct." names none of the obstacles.)
    const labelled = answersOf('11. No, the council has no CRM.\n\n12c. There was nothing to obstruct.', crm());
    assert.deepEqual([labelled.get('Q12c')?.status, labelled.get('Q12c')?.reason], ['not-applicable', 'routed out: Q11 is No']);
  });
});

describe('a letter in its own numbered paragraphs, each under a short heading', () => {
  it('starts an answer at its sentence, not at the heading\'s words above it ("4.  IT systems")', () => {
    const q = fromRequest([
      '1) How many food businesses were registered with the council on 31 March 2025?',
      '2) On average, how long does it take from registration to the first inspection?',
      '3) What was the total budget for the food safety service in 2024/25?',
      '4) Which software system do you use to record food hygiene inspections?',
    ].join('\n'));
    const reply = [
      'Thank you for your email. I have set out our reply below, and the paragraph numbers below are our own.',
      '',
      '1.  Registrations',
      'On 31 March 2025 there were 842 food businesses on the council\'s register.',
      '',
      '2.  New businesses',
      'On average it takes 6 weeks from registration to a first inspection.',
      '',
      '3.  Money',
      'The budget for the food safety service in 2024/25 was £0.29m.',
      '',
      '4.  IT systems',
      'Inspection records are kept on the Regulatory Services Hub, the database we also use for licensing.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.value, 842);
    assert.equal(got.get('Q4')?.line, 13);
    assert.match(got.get('Q4')?.text ?? '', /^Inspection records are kept/);
  });
});

describe('a request numbered in roman numerals, answered under the same numerals', () => {
  const REQUEST = [
    'i) What is the force\'s budget for 2025/26?',
    'ii) How will the force meet the savings required?',
    'iii) Does the commissioner intend to raise the precept?',
    'iv) What further savings are planned beyond 2025/26?',
  ].join('\n');

  it('keeps each numeral as the question\'s label, so init writes it and the reply\'s "iii." is read as Q3', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => x.label), ['i', 'ii', 'iii', 'iv']);
    // (The request quoted above the answers, under a log's own "1." line, as a disclosure log shows it.)
    const reply = ['1.Request received 3 February 2025', '', ...REQUEST.split('\n'), '', 'Response sent 12 February 2025', '', 'i) The gross budget is £98.2m.', '', 'ii) Please see the savings plan on our website.', '', 'iii. Yes, by 2%.', '', 'iv) Please see the plan referred to at ii).'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 98200000, 10]);
    assert.equal(got.get('Q3')?.line, 14);
    assert.equal(got.get('Q3')?.value, 'Yes');
  });

  it('reads a questionnaire file\'s roman label "iii" for Q3, and warns of one that is not its numeral', () => {
    const yaml = 'questions:\n  - id: Q3\n    text: Does it?\n    type: yes-no\n    label: iii\n  - id: Q4\n    text: How many?\n    type: number\n    label: ii\n';
    const r = parseQuestionnaire(yaml);
    assert.equal(r.questionnaire!.byId.get('Q3')?.label, 'iii');
    assert.equal(r.questionnaire!.byId.get('Q4')?.label, undefined);
    assert.ok(r.problems.some((p) => /label "ii" is neither a decimal label nor the roman numeral of Q4/.test(p.message)));
  });
});

describe('a document link\'s title with its file type and size', () => {
  it('gives no figure from "Medium Term Financial Plan 2025/26-2029/30 (PDF, 340KB)"', () => {
    const text = 'Please refer to page 5 of the Medium Term Financial Plan, link as follows:\nMedium Term Financial Plan 2025/26-2029/30 (PDF, 340KB)';
    assert.equal(parseValue(text, { id: 'Q4', type: 'money', text: 'What savings are planned?' } as never, {}).value, null);
    assert.notEqual(classifyAnswer(text).reason, 'a figure');
  });

  it('still reads the figure of a line that names no file', () => {
    assert.equal(parseValue('The budget is £340,000 (gross)', { id: 'Q4', type: 'money', text: 'What is the budget?' } as never, {}).value, 340000);
  });
});

describe('a request copied from a web page\'s nested list', () => {
  const REQUEST = [
    '  1. How many museums does the council run?',
    '  2. For each of the last three financial years:',
    '    1. How many items were sold?',
    '    2. How much did the sales raise?',
    '  3. Has the council considered selling any of its collection?',
    '',
    'I am only interested in the historical collection, not shop stock.',
  ].join('\n');

  it('reads the inner "1." and "2." as the parts of item 2, and says so', () => {
    const r = questionnaireFromRequest(REQUEST);
    assert.deepEqual(r.questionnaire!.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b', 'Q3']);
    assert.ok(r.assumptions.some((a) => /indented under line 2 are numbered from 1 again/.test(a)));
  });

  it('leaves a list alone whose inner items are years, or that goes on deeper after the run', () => {
    assert.equal(nestedNumbered('1. How many, in each year:\n   1. i) 2022\n   2. ii) 2023\n2. Why?'), null);
    assert.equal(nestedNumbered('1. Please give:\n   1. the number of staff\n2. Why?'), null);
    assert.equal(nestedNumbered('1. Please give:\n   1. the number of staff\n   2. the number of posts\n      2. of which vacant\n2. Why?'), null);
    assert.notEqual(nestedNumbered('1. Please give:\n   1. the number of staff\n   2. the number of posts\n2. Why?'), null);
  });

  it('gives the last question nothing when the requester\'s own paragraph follows it and two headings open the response', () => {
    const q = fromRequest(REQUEST);
    // (The council's list stops at 2: nothing of the letter answers 3.)
    const reply = ['Request', ...REQUEST.split('\n'), '', 'Our response', '', 'Response', '  1. One', '  2. See the table attached.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 1, 13]);
    assert.equal(got.get('Q3'), undefined);
  });
});

describe('a question restated with a compound word split or joined', () => {
  it('reads "How much is designated for fire fighting?" as the question "… for firefighting?", the answer below it', () => {
    const q = fromRequest('1. How much is designated for firefighting?\n2. How many fires were attended?');
    const reply = ['Final response:', '', '1. How much is designated for fire fighting?', '', 'The amounts can be found here:', 'Please refer to the section headed Service Reporting.', '', '2. How many fires were attended?', '', '4,812'].join('\n');
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.line, 5);
    assert.equal(got.get('Q1')?.status, 'signposted');
  });
});

describe('"1. and 2 This information is not recorded": two answers on one line, the second dot left out', () => {
  it('reads both questions as not held', () => {
    const q = fromRequest('1. How many staff?\n2. How many posts?\n3. Do you translate?');
    const got = answersOf('Our answers:\n\n1. and 2 This information is not recorded by the Council.\n3. Yes', q);
    assert.deepEqual(reading(got, 'Q1'), ['not-held', null, 3]);
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 3]);
  });
});

describe('types a request reads from its wording (session 33)', () => {
  it('types "For each time a hood was used, can you please say whether …" as a breakdown, not a yes or no', () => {
    const q = fromRequest('1. Does the force use spit hoods?\n2. For each time a spit hood was used, can you please say whether it was used in custody or in public?');
    assert.equal(q.byId.get('Q1')?.type, 'yes-no');
    assert.equal(q.byId.get('Q2')?.type, 'text');
  });

  it('types "What is the amount of school meal debt …?" and "… of rent arrears …" as money', () => {
    const q = fromRequest('1. What is the amount of school meal debt accumulated in 2024?\n2. What is the amount of rent arrears owed?\n3. What is the amount of food waste collected (tonnes)?');
    assert.deepEqual(q.questions.map((x) => x.type), ['money', 'money', 'number']);
  });

  it('takes "The average duration in number of days …" as a question, a duration in days', () => {
    const q = fromRequest('• The number of licences applied for in each year.\n• The number of licences approved in each year.\n• The average duration in number of days taken to decide an application.');
    assert.equal(q.questions.length, 3);
    assert.deepEqual([q.questions[2]!.type, q.questions[2]!.unit], ['duration', 'days']);
  });

  it('types circumstances listed under "Could you let us know how many …" as counts, and the item that asks its own question as text', () => {
    const q = fromRequest([
      'Could you let us know how many settlement agreements were signed in the past 3 years in the following circumstances?',
      '',
      '1) As part of settling a claim brought to the employment tribunal before a full hearing.',
      '2) In redundancy settlements.',
      '3) In early retirement settlements.',
      '4) If the college has a policy on when it would use such an agreement, please let us know what it is.',
    ].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'number', 'number', 'text']);
  });
});

describe('two roman numerals on one label, the request numbered in roman numerals', () => {
  it('reads "i) and ii) …" and "ii) – iii) Not held" for every question they name', () => {
    const q = fromRequest('i) How many days were lost?\nii) How many staff were off?\niii) What did absence cost (£)?');
    const got = answersOf('Response\n\ni) and ii) We do not hold this information.\n\niii) £1.2m', q);
    assert.deepEqual(reading(got, 'Q1'), ['not-held', null, 3]);
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 3]);
    const range = answersOf('Response\n\ni) 1,200 days\n\nii) – iii) Not held.', q);
    assert.deepEqual(reading(range, 'Q3'), ['not-held', null, 5]);
  });
});

describe('an answer that points to a separate document', () => {
  it('signposts "provided … as a separate document", the years after it being the period it covers', () => {
    assert.equal(classifyAnswer('The Licensing Team have provided the information as a separate document to this response. The information covers 2013 to 1 August 2024.').status, 'signposted');
    // (A figure of its own is still an answer.)
    assert.equal(classifyAnswer('We issued 214 licences in 2023. A separate document gives the breakdown.').status, 'answered');
  });

  it('signposts "These questions have been answered in the document located here" and "… attached at Appendix A"', () => {
    assert.equal(classifyAnswer('These questions have been answered in the document located here').status, 'signposted');
    assert.equal(classifyAnswer('Please find the information requested attached at Appendix A.').status, 'signposted');
    assert.notEqual(classifyAnswer('The depot is located here in the town, with 12 staff.').status, 'signposted');
  });
});

describe('a letter that tells the story of a clarification before its decision', () => {
  const REQUEST = 'a) How many staff were employed at 31 March 2025?\n\nb) How much was paid in salaries in March 2025?\n\nc) How many staff are seconded elsewhere?';
  const reply = [
    'In your request you asked for the following information:',
    '',
    ...REQUEST.split('\n'),
    '',
    'We sought clarification of your request on 4 May 2025 as follows:',
    '',
    '1. Do you want salaries for the month of March only?',
    '',
    '2. Should the figures include pension contributions?',
    '',
    'You responded on 6 May 2025 as follows:',
    '',
    '“I am seeking the salary cost for March 2025 only.',
    '',
    'Please include pension contributions.”',
    '',
    'Please find the information requested attached at Appendix A.',
  ].join('\n');

  it('reads the attachment as the answer to every question, not the clarification asked or given', () => {
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual(reading(got, id), ['signposted', null, 21], id);
  });
});

describe('a not-held statement naming the questions it is said of, under a request answered in part inline', () => {
  it('keeps question 1\'s own answer and gives "in response to 2;3; and 4" to those three', () => {
    const REQUEST = '1. How many trees were removed after insurance claims?\n2. How much did each removal cost?\n3. How much was paid out in claims?\n4. How many removal requests were refused, or an alternative found, or are still ongoing?';
    const reply = [
      'Request and Response:',
      '1. “How many trees were removed after insurance claims?',
      'The Council can confirm no records show trees were removed after insurance claims.',
      '2. How much did each removal cost?',
      '3. How much was paid out in claims?',
      '4. How many removal requests were refused, or an alternative found, or are',
      'still ongoing?”',
      'The Council has searched its records and can confirm that it does not hold the information',
      'requested above in response to 2;3; and 4. This is because it is not retained.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.equal(got.get('Q1')?.line, 3);
    assert.notEqual(got.get('Q1')?.status, 'not-held');
    for (const id of ['Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 8], id);
    assert.match(got.get('Q2')?.reason ?? '', /not held, for the questions the sentence names/);
  });

});

describe('"the answer to Q6c is the same as for Q6b"', () => {
  it('is a cross-reference to 6b, though it gives the reason a separate figure is not held', () => {
    const c = classifyAnswer('We do not hold a separate figure for residents, so the answer to Q6c is the same as for Q6b.', { id: 'Q6c', type: 'percent' } as never);
    assert.deepEqual([c.status, c.crossRef], ['answered', 'Q6b']);
    assert.equal(classifyAnswer('We do not hold a separate figure for residents.', { id: 'Q6c', type: 'percent' } as never).status, 'not-held');
    // (Named after "the same as", not the question's own number before it.)
    assert.equal(classifyAnswer('The answer to Q6c is the same as for Q6b.', { id: 'Q6c', type: 'percent' } as never).crossRef, 'Q6b');
  });

  it('gives 6c, in a sentence tied to 6b and 6c together, the reason and the clause that names it', () => {
    const text = 'At the end of March 2025, 31% of households held an account (Q6b); we do not hold a separate figure for residents, so the answer to Q6c is the same as for Q6b.';
    const [b, c] = alignClauses(text, 0, text.length, ['Q6b', 'Q6c'], crm())!;
    assert.match(text.slice(b!.start, b!.end), /^At the end of March 2025, 31% of households held an account \(Q6b\)$/);
    assert.match(text.slice(c!.start, c!.end), /^we do not hold a separate figure for residents, so the answer to Q6c is the same as for Q6b/);
  });
});

describe('a request quoted with its opening quote mark before the first letter', () => {
  it('reads “a) … through c) … as Q1–Q3, each keeping its letter, as a request lettered without the quote', () => {
    const q = fromRequest('“a) How many staff were employed?\n\nb) How much was paid in salaries?\n\nc) How many staff are seconded?”');
    assert.deepEqual(q.questions.map((x) => x.text), ['(a) How many staff were employed?', '(b) How much was paid in salaries?', '(c) How many staff are seconded?"']);
  });
});

describe('an answer cut off mid-sentence', () => {
  it('is unclear: "There is" and "The contract was awarded to the" say nothing yet', () => {
    for (const t of ['There is', 'The contract was awarded to the']) assert.deepEqual([classifyAnswer(t).status, classifyAnswer(t).reason], ['unclear', 'stops mid-sentence'], t);
    assert.equal(classifyAnswer('Yes, there is').status, 'answered');
    assert.equal(classifyAnswer('Two local suppliers').status, 'answered');
  });
});


describe('bulleted answers in the request\'s order under the request quoted as bullets', () => {
  const REQUEST = [
    '- Does your service use body-worn cameras?',
    '- Does your service use them only on patrol or also in custody suites?',
    '- How many cameras does the service own?',
    '- How many times were recordings disclosed to the public?',
  ].join('\n');
  const reply = [
    'You asked:',
    ...REQUEST.split('\n'),
    'In response:',
    'I am able to disclose the located information to you as follows.',
    '- Yes',
    '- Both',
    '- 412 cameras are in service',
    '4. None were disclosed to the public.',
  ].join('\n');

  it('gives each bullet the question at its place, up to where the letter\'s numbering takes over', () => {
    const q = fromRequest(REQUEST);
    assert.equal(q.byId.get('Q2')?.type, 'text');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Yes', 8]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Both', 9]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 412, 10]);
    assert.equal(got.get('Q4')?.line, 11);
  });

  it('leaves bullets alone that do not pair up with the questions before the next label', () => {
    const q = fromRequest(REQUEST);
    const three = reply.split('\n').filter((l) => l !== '- Both').join('\n');
    const got = answersOf(three, q);
    assert.notEqual(got.get('Q1')?.line, 8);
    assert.notEqual(got.get('Q2')?.value, 412);
  });
});

describe('an answer that points to a section 12 paragraph further down the letter', () => {
  const letter = (q9: string, q10: string): string => [
    'Q8. What was the Authority\'s annual spend?',
    'A: £31.4m',
    '',
    'Q9. What was the Authority\'s annual spend for software licensing?',
    `A: ${q9}`,
    '',
    'Q10. What was the Authority\'s annual spend for payroll?',
    `A: ${q10}`,
    '',
    'Q11. Does the Authority use a CRM System?',
    'A: No',
    '',
    'Questions 9 and 10 - section 12 (cost limit)',
    '',
    'Finding these figures would mean reading about 2,400 invoices, some 200 hours of work, which is',
    'more than the appropriate limit of £450 (18 hours). Under section 12 of the Act the Council is',
    'not obliged to answer questions 9 and 10.',
  ].join('\n');

  it('keeps each answer where the question is answered, the refusal read from the pointer or the question it follows', () => {
    for (const [q9, q10] of [['Please see the section 12 paragraph below.', 'As Q9 - see below.'], ['Please see the section 12 paragraph below.', 'As for question 9, please see below.']] as const) {
      const got = answersOf(letter(q9, q10), crm());
      assert.deepEqual([got.get('Q9')?.status, got.get('Q9')?.exemption, got.get('Q9')?.line], ['refused', 's12', 5], q10);
      assert.deepEqual([got.get('Q10')?.status, got.get('Q10')?.exemption, got.get('Q10')?.line], ['refused', 's12', 8], q10);
    }
  });

  it('still takes the paragraph below for a bare pointer that says nothing itself', () => {
    const got = answersOf(letter('Please see the paragraphs below this table.', 'Please see the paragraphs below this table.'), crm());
    assert.deepEqual([got.get('Q9')?.status, got.get('Q9')?.exemption], ['refused', 's12']);
    assert.notEqual(got.get('Q9')?.line, 5);
  });
});

describe('a table whose categories include "Information Not Held"', () => {
  it('answers with the table: the column names are no statement that the information is not held', () => {
    const table = [
      'The information you have requested is provided in the following table:',
      'Requests Released Partial Release Refused Information Not Held Invalid',
      'On time 412 233 98 140 7',
      'Late 61 40 22 18 0',
      'Total 473 273 120 158 7',
    ].join('\n');
    assert.equal(classifyAnswer(table).status, 'answered');
    assert.equal(classifyAnswer('Response: Information Not Held').status, 'not-held');
  });
});

describe('information another body holds', () => {
  it('is not held here: "X College would hold this information …", "… are held by the police\'s team. Please contact them directly"', () => {
    for (const t of [
      'Kettleby College would hold this information as they provide the education from day 6.',
      'The calibration certificates for the cameras are held by the Westmarsh Police enforcement team. Please contact the police directly to request this information.',
      'Enforcement on trunk roads is a matter for the Roads Agency. Please contact the Roads Agency directly for this information.',
    ]) assert.equal(classifyAnswer(t).status, 'not-held', t);
  });

  it('is still an answer when the council or its own team holds it', () => {
    for (const t of ['We would hold this information on our case system: 42 cases.', 'The records are held by our archive team and show 42 cases.', 'The information is held by the Council\'s housing service: 42 cases.']) assert.equal(classifyAnswer(t).status, 'answered', t);
  });

  it('calls "We have yet to be notified of the date" not yet known, never a text answer', () => {
    assert.deepEqual([classifyAnswer('We have yet to be notified of the date of the next inspection.').status, classifyAnswer('We have yet to be notified of the date of the next inspection.').reason], ['unclear', 'not yet known']);
  });
});

describe('bulleted requests whose lines ask in other ways', () => {
  it('takes a question with a link in it, "…, please clarify …" and "…, I would like a list of …" as questions', () => {
    const q = fromRequest([
      '- When did the council most recently resurface Mill Lane, google maps location: https://maps.example.org/mill-lane',
      '- The date will be around May 2024, please clarify the exact date.',
      '- From the date of the resurfacing of this road, I would like a list of all penalty notices given at this location between the hours of 7pm till 7am.',
      '- With regards to these notices how many have been issued since the resurfacing date?',
      '- How many of these penalty notices were cancelled on appeal?',
    ].join('\n'));
    assert.equal(q.questions.length, 5);
    assert.match(q.questions[0]!.text ?? '', /^When did the council most recently resurface Mill Lane/);
    assert.match(q.questions[2]!.text ?? '', /I would like a list of all penalty notices/);
  });

});

describe('a council numbering its answers A1 … A26, its refusal section headed by two of its numbers', () => {
  const reply = [
    ...block(1, 'What is the full official name of the Authority?', 'Orrin Vale City Council'),
    ...block(2, 'How large is the Authority in terms of population?', '204,000'),
    ...block(3, 'How large is the Authority in terms of geographical boundaries?', '118 square kilometres'),
    ...block(4, 'How many information systems / databases does the Authority use?', '210'),
    ...block(5, 'How many of those are stand-alone (i.e. do not interact with any other information system)?', '30'),
    ...block(6, 'How many of those interact with at least one other system (e.g. using API calls)?', '180'),
    ...block(7, 'Are the systems mainly centered around Residents or Properties?', 'Residents'),
    ...block(8, 'What was the Authority\'s annual spend for 2017-18 for software licensing?', 'Please see the section headed "A8 and A9" below.'),
    ...block(9, 'What was the Authority\'s annual spend for 2017-18 for payroll of employees, agency staff, and contractors?', 'Please see the section headed "A8 and A9" below.'),
    ...block(10, 'Are the IT systems centred primarily around Residents or Properties?', 'Residents'),
    'A8 and A9 - section 12 of the Act (cost of compliance)',
    '',
    'Finding these figures would mean reading some 6,000 invoices, over 100 hours of work, far above the',
    'appropriate limit of £450 (18 hours). We are refusing A8 and A9 under section 12.',
  ].join('\n');

  it('reads "A8 and A9 - section 12" as the questions the council numbered 8 and 9, not Q8 and Q9 of the request', () => {
    const got = answersOf(reply, crm());
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Residents', 29]);
    // (The letter never answers the request's Q8, the annual spend.)
    assert.equal(got.get('Q8'), undefined);
  });

  it('keeps "Please see the section headed "A8 and A9" below." as the answer, refused under section 12 as that section says', () => {
    const got = answersOf(reply, crm());
    assert.deepEqual([got.get('Q9')?.status, got.get('Q9')?.exemption, got.get('Q9')?.line], ['refused', 's12', 23]);
    assert.deepEqual([got.get('Q10')?.status, got.get('Q10')?.exemption, got.get('Q10')?.line], ['refused', 's12', 26]);
  });
});

describe('a letter in paragraphs naming its questions in brackets (session 33)', () => {
  it('cuts "It went live in June 2012, and the implementation took around 15 months (Q12a and Q12b)" between the two, not inside the brackets', () => {
    const text = 'It went live in June 2012, and the implementation took around 15 months (Q12a and Q12b).';
    assert.deepEqual(clausesOf(text, 0, text.length).map((c) => text.slice(c.start, c.end)), ['It went live in June 2012', 'the implementation took around 15 months (Q12a and Q12b).']);
  });

  it('reads "for Q4b the answer is as Q4a" as a reference to 4a', () => {
    assert.equal(classifyAnswer('for Q4b the answer is as Q4a.', { id: 'Q4b', type: 'number' } as never).crossRef, 'Q4a');
    assert.equal(classifyAnswer('The figure is as follows: 42', { id: 'Q4b', type: 'number' } as never).crossRef, undefined);
  });
});

describe('odd answers from the synthetic sets of session 33', () => {
  it('does not apply: "Not answered - your routing note asks for this only where the Authority has a CRM."', () => {
    assert.equal(classifyAnswer('Not answered - your routing note asks for this only where the Authority has a CRM.').status, 'not-applicable');
  });

  it('reads a sentence with "E. coli" in it whole, as the text answer', () => {
    const v = parseValue('The most common failures were for coliform bacteria and E. coli. Manganese also failed.', { id: 'Q9', type: 'text', text: 'What were the most common reasons for failure?' } as never, {});
    assert.equal(v.value, 'The most common failures were for coliform bacteria and E. coli.');
    assert.equal(parseValue('We use plan B. It works.', { id: 'Q9', type: 'text', text: 'Which plan?' } as never, {}).value, 'We use plan B.');
  });

  it('takes a CSV row\'s quoted question with its options after a colon as the question, the answer in the next cell', () => {
    const q = fromRequest('Q1. How many supplies are registered?\nQ2. Who carries out the sampling: in-house officers, an external contractor, or both?');
    const got = answersOf('Ref,Question,Answer\nQ1,"How many supplies are registered?",412\nQ2,"Who carries out the sampling: in-house officers, an external contractor, or both?","Both (officers, with a contractor for the outlying parishes)"', q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Both', 3]);
  });
});

describe('two held-out NHS layouts (session 33)', () => {
  it('reads "A) Yes" under a question as Yes: the answer\'s capital A and a bracket are no part letter', () => {
    const q = fromRequest('1. Who provides your patient survey?\n2. Do you use a real time reporting tool?\n3. When does the contract end?');
    const got = answersOf('1. Who provides your patient survey?\nA) Survey Partners Ltd\n2. Do you use a real time reporting tool?\nA) Yes\n3. When does the contract end?\nA) 31 March 2027', q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Yes', 4]);
    assert.equal(got.get('Q1')?.value, 'Survey Partners Ltd');
  });

  it('signposts every question to "Please see the link below:" under "Our response:" below the quoted request', () => {
    const REQUEST = '1. Do you collect data on readmissions?\n2. How many patients were readmitted within three months?\n3. What is the average length of stay?';
    const got = answersOf(['You asked:', ...REQUEST.split('\n'), 'Our response:', 'Please see the link below:'].join('\n'), fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['signposted', 6], id);
  });
});

describe('the first answer left without its number under the request quoted whole (a held-out round, in other words)', () => {
  const REQUEST = '1) How many CCTV cameras are there in your district?\n\n2) Which streets do they cover?\n\n3) How many hours a day are they monitored?\n\n4) How many days a week are they monitored?';

  it('reads the paragraph above the answers\' "2)" as question 1\'s, though "1)" labels the quoted request', () => {
    const reply = ['Request', '', ...REQUEST.split('\n'), '', 'Released 25 March 2025', '', 'The council runs a public space network of 36 cameras.', '', '2)  The camera locations are published on our website.', '', '3)  24 hours a day', '', '4)  as above'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q1')?.line], [36, 13]);
  });

  it('leaves question 1 alone when the answers start again at "1)"', () => {
    const reply = ['Request', '', ...REQUEST.split('\n'), '', 'Released 25 March 2025', '', '1)  36 cameras.', '', '2)  The camera locations are published on our website.', '', '3)  24 hours a day', '', '4)  as above'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q1')?.line], [36, 13]);
  });
});
