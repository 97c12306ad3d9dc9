// Layouts found by scoring the engine on replies it had never seen (session 22), each fixed with a
// general rule. The requests and letters here are written for fictional councils; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf } from '../support/engine';


const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

/** A CRM prose letter that names a few questions in its sentences and answers the rest in order. */
const CRM_PROSE = [
  'Dear Ms Example,',
  '',
  'Thank you for your request. The Council is Pellingford District Council and about 61,000',
  'people live in the district.',
  '',
  'Our systems number around 140, and most of them are organised around properties rather',
  'than residents.',
  '',
  'We do have an online portal for residents, launched in 2019 (question 6a). About 22% of',
  'households hold an account, which answers question 6b. With regard to question 7, about',
  '30% of our online forms can be reached through the portal with a single sign-on.',
  '',
  'You asked at question 11 whether we use a CRM system. We do not, so questions 12, 12a,',
  '12b and 12c do not apply to us.',
  '',
  'Regarding question 13a, a CRM was considered as part of our 2018 digital review. The',
  'reasons we did not go ahead (question 13b) were cost and staffing. We have never begun',
  'a CRM project and then dropped it, so the answer to question 13c is no and question 13d',
  'does not arise.',
  '',
  'Yours sincerely,',
  'Information Officer',
].join('\n');

describe('layouts found on unseen replies (session 22)', () => {
  it('"You asked at question 11 whether …. We do not, so questions 12 … do not apply": 11 is No, the 12s not applicable', () => {
    const a = answersOf(CRM_PROSE, CRM);
    assert.equal(a.get('Q11')?.status, 'answered');
    assert.equal(a.get('Q11')?.value, 'No');
    for (const id of ['Q12a', 'Q12b', 'Q12c']) assert.equal(a.get(id)?.status, 'not-applicable', id);
  });

  it('"so the answer to question 13c is no and question 13d does not arise": 13c is No (not a reference to itself), 13d not applicable', () => {
    const a = answersOf(CRM_PROSE, CRM);
    assert.equal(a.get('Q13c')?.status, 'answered');
    assert.equal(a.get('Q13c')?.value, 'No');
    assert.equal(a.get('Q13d')?.status, 'not-applicable');
  });

  it('"No CRM project has ever been started and then abandoned, so question 13d does not arise": the words before "so" answer 13c', () => {
    const letter = [
      'Dear Mr Example,',
      '',
      'The full name of the authority is Quenby District Council. About 64,000 people live in the',
      'district.',
      '',
      'The Council runs about 120 computer systems. Most of them are organised around the',
      'property rather than the resident.',
      '',
      'You asked at question 5 which services we provide to residents. We collect waste and',
      'recycling, collect council tax, run planning and licensing, and give housing advice.',
      '',
      'We have an online portal for residents, and 18% of households have registered for an',
      'account. We do not measure uptake by individual residents. About 35% of our services',
      'can be reached online through the portal with a single sign-on.',
      '',
      'Our total expenditure in 2017/18 was £41.2 million, of which £0.9 million was spent on',
      'software licences. Staff costs were £13.5 million.',
      '',
      'In answer to question 11, the Council does not use a Customer Relationship Management',
      'system. As we do not have one, your questions about it (12a to 12c) do not apply.',
      '',
      'A CRM was considered in 2016 as part of a review of customer access. The business case was',
      'not approved because of its cost. No CRM project has ever been started and then',
      'abandoned, so question 13d does not arise.',
      '',
      'Yours sincerely,',
      'Information Officer',
    ].join('\n');
    const a = answersOf(letter, CRM);
    // ("As we do not have one, your questions about it (12a to 12c) do not apply": those do not; 11 is No.)
    assert.equal(a.get('Q11')?.value, 'No');
    assert.equal(a.get('Q12b')?.status, 'not-applicable');
    assert.equal(a.get('Q13c')?.status, 'answered');
    assert.equal(a.get('Q13c')?.value, 'No');
    assert.equal(a.get('Q13d')?.status, 'not-applicable');
  });

  it('an answer naming its own question ("the answer to question 4 is …") is not a cross-reference', () => {
    const question: Question = { id: 'Q4', order: 3, type: 'yes-no', text: 'Has a CRM project been abandoned?' };
    const cls = classifyAnswer('then dropped it, so the answer to question 4 is no', question);
    assert.equal(cls.crossRef, undefined);
    assert.notEqual(cls.status, 'unclear');
  });

  it('"we hold no separate figure for question 6c" is not held', () => {
    const question: Question = { id: 'Q6c', order: 9, type: 'percent', text: 'What is the uptake by residents as a percentage?' };
    assert.equal(classifyAnswer('We cannot tell residents from businesses in the portal data, so we hold no separate figure for question 6c.', question).status, 'not-held');
  });

  it('"As our answer to Question 6b – we do not measure uptake in any other way." takes 6b\'s figure', () => {
    const reply = [
      'Question 6a: Does the Authority have an online portal for Residents?',
      'Yes.',
      '',
      'Question 6b: If it does, what is the uptake (as a percentage) across the authority?',
      '41% of households have an account.',
      '',
      'Question 6c: What is the uptake by residents as a percentage within the authority?',
      'As our answer to Question 6b – we do not measure uptake in any other way.',
      '',
      'Question 7: What percentage of services in Q4 are accessible to Residents online using Single Sign On?',
      'About 50%.',
    ].join('\n');
    const a = answersOf(reply, CRM);
    assert.equal(a.get('Q6b')?.value, 41);
    assert.equal(a.get('Q6c')?.status, 'answered');
    assert.equal(a.get('Q6c')?.value, 41);
  });

  it('a list set off by semicolons after "including:" is read item by item', () => {
    const question: Question = { id: 'Q5', order: 4, type: 'text', text: 'What services are provided to Residents?' };
    const v = parseValue('The Council provides many services, including: refuse collection; street cleaning; planning; housing advice; licensing of taxis, pubs and clubs.', question);
    assert.equal(v.value, 'refuse collection; street cleaning; planning; housing advice; licensing of taxis, pubs and clubs');
  });

  it('a sentence hard-wrapped after "These are:" is not read as a list of its lines', () => {
    const question: Question = { id: 'Q5', order: 4, type: 'text', text: 'What services are provided to Residents?' };
    const v = parseValue(['These are:', 'waste collection, council tax and benefits, housing', 'advice, planning and building control, and', 'licensing.'].join('\n'), question);
    assert.ok(typeof v.value === 'string' && !v.value.includes('housing; advice'), String(v.value));
    assert.match(String(v.value), /housing advice/);
  });
});

/** A survey whose last question asks for a list, and whose fifth is a yes/no question leading to parts. */
const CARDS_REQUEST = [
  'Dear Sir or Madam,',
  '',
  'Q1 How many fuel cards did the council hold on 31 March 2025?',
  '',
  'Q2 What was the total spend on fuel cards in 2024/25?',
  '',
  'Q3 Does the council use a single fuel card supplier (yes or no)?',
  '',
  'Q4 Has the council found any misuse of fuel cards since April 2022? If so:',
  '   a) how many cases were found?',
  '   b) how many led to disciplinary action?',
  '',
  'Q5 Please list the five vehicle types with the highest fuel card spend in 2024/25.',
  '',
  'Many thanks,',
  'A. Requester',
].join('\n');

describe('quoted questions answered one by one (session 22)', () => {
  const q = questionnaireFromRequest(CARDS_REQUEST).questionnaire!;

  it('"Has the council found any misuse …? If so:" over its parts asks a yes/no question of its own', () => {
    const q4 = q.byId.get('Q4')!;
    assert.notEqual(q4.heading, true);
    assert.equal(q4.type, 'yes-no');
  });

  const reply = [
    'Dear Requester,',
    '',
    'The answers are shown beneath each of your questions.',
    '',
    '> Q1 How many fuel cards did the council hold on 31 March 2025?',
    '',
    '212',
    '',
    '> Q2 What was the total spend on fuel cards in 2024/25?',
    '',
    '£418,220.10',
    '',
    '> Q3 Does the council use a single fuel card supplier (yes or no)?',
    '',
    'Yes.',
    '',
    '> Q4 Has the council found any misuse of fuel cards since April 2022? If so:',
    '>    a) how many cases were found?',
    '>    b) how many led to disciplinary action?',
    '',
    'No.',
    '',
    '> Q5 Please list the five vehicle types with the highest fuel card spend in 2024/25.',
    '',
    '1. Refuse collection vehicles',
    '2. Street sweepers',
    '3. Vans and pickups',
    '4. Gritters',
    '5. Minibuses for day centres',
    '',
    'Kind regards,',
    'Information Team',
  ].join('\n');

  it('a list numbered from 1 under a question that asks for a list answers it, not questions 1 to 5 again', () => {
    const a = answersOf(reply, q);
    assert.equal(a.get('Q1')?.value, 212);
    assert.equal(a.get('Q2')?.value, 418220.1);
    assert.equal(a.get('Q3')?.value, 'Yes');
    assert.equal(a.get('Q5')?.value, 'Refuse collection vehicles; Street sweepers; Vans and pickups; Gritters; Minibuses for day centres');
  });

  it('"No." below a quoted yes/no question and its parts answers the question; the parts do not apply', () => {
    const a = answersOf(reply, q);
    assert.equal(a.get('Q4')?.status, 'answered');
    assert.equal(a.get('Q4')?.value, 'No');
    assert.equal(a.get('Q4a')?.status, 'not-applicable');
    assert.equal(a.get('Q4b')?.status, 'not-applicable');
  });
});

describe('prose letters naming questions inside sentences (session 22)', () => {
  const request = [
    'Dear FOI Officer,',
    '',
    '1. How many deaths did your registration service register in 2024?',
    '',
    '2. What was the registration service\'s total income in 2023/24?',
    '',
    '3. What percentage of deaths in 2024 were registered within five days?',
    '',
    '4. Can the public book registration appointments online (yes or no)?',
    '',
    '5. Ceremonies in 2024:',
    'a) How many naming ceremonies did the service conduct?',
    'b) How many of these were held outside a register office?',
    '',
    '6. In which year was your main register office last refurbished?',
    '',
    'Yours faithfully,',
    'A. Requester',
  ].join('\n');
  const q = questionnaireFromRequest(request).questionnaire!;
  const reply = [
    'Dear Requester,',
    '',
    'Taking your first question, the service registered 2,716 deaths during 2024. Registration',
    'is monitored against national standards, and',
    'for question 3 I can confirm that the proportion registered within five days was 88.4 per',
    'cent.',
    '',
    'As regards question 2, the service\'s income is reported in our published accounts at',
    'https://www.example.gov.uk/accounts, and so is exempt under section 21 of the Act.',
    '',
    'On question 4, we do not offer online booking at present.',
    '',
    'Turning to the ceremonies asked about in question 5, the service conducted 57 naming',
    'ceremonies in 2024. The venue is not recorded, so the answer to 5(b) is that we do not',
    'hold this information.',
    '',
    'Finally, in relation to question 6, the register office was last refurbished in 2015.',
    '',
    'Kind regards,',
    'Registration Manager',
  ].join('\n');

  it('references inside sentences ("As regards question 2,") do not count as the reply\'s own labels', () => {
    const a = answersOf(reply, q);
    assert.equal(a.get('Q1')?.value, 2716);
    assert.equal(a.get('Q2')?.status, 'signposted');
  });

  it('"for question 3 I can confirm that …" and "Finally, in relation to question 6," open their answers', () => {
    const a = answersOf(reply, q);
    assert.equal(a.get('Q3')?.value, 88.4);
    assert.equal(a.get('Q6')?.value, 2015);
  });

  it('"asked about in question 5," answers the part not named again; "the answer to 5(b) is" the other', () => {
    const a = answersOf(reply, q);
    assert.equal(a.get('Q5a')?.value, 57);
    assert.equal(a.get('Q5b')?.status, 'not-held');
  });
});

describe('answers that point elsewhere or restate their total (session 22)', () => {
  it('an answer opening with one of the choices word for word is that choice, though it names the others after', () => {
    const request = [
      'Dear Sir or Madam,',
      '',
      '1. How many naming ceremonies did the service hold in 2024?',
      '',
      '2. How are naming ceremonies delivered? Please choose one of: group ceremonies only / private ceremonies only / both group and private ceremonies.',
      '',
      'Yours faithfully,',
      'A. Requester',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = ['1. How many naming ceremonies did the service hold in 2024?', 'Response: 61', '', '2. How are naming ceremonies delivered?', 'Response: Both group and private ceremonies. Group ceremonies are held monthly; private ceremonies can be booked for a fee.'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q2')?.status, 'answered');
    assert.equal(a.get('Q2')?.value, 'Both group and private ceremonies');
  });

  it('"the current year plus 6 years, i.e. 7 years in total" is 7 years', () => {
    const question: Question = { id: 'Q8', order: 8, type: 'duration', text: 'For how long are receipts retained?' };
    const v = parseValue('Receipts are kept for the current financial year plus 6 years, i.e. 7 years in total.', question);
    assert.deepEqual([v.value, v.unit], [7, 'years']);
  });

  const request = [
    'Dear Sir or Madam,',
    '',
    'Q1 How many fuel cards were active on 31 March 2025?',
    '',
    'Q2 What is the single-transaction limit on a fuel card?',
    '',
    'Q3 What is the average wait, in working days, for a fuel card to be issued?',
    '',
    'Many thanks,',
    'A. Requester',
  ].join('\n');
  const q = questionnaireFromRequest(request).questionnaire!;

  it('"Withheld. Please see the explanation at the end of this response." takes the exemption of the section headed for it', () => {
    const reply = [
      'Dear Requester,',
      '',
      'Q1 - 212 cards as at 31/03/2025.',
      'Q2 - Withheld. Please see the explanation at the end of this response.',
      'Q3 - 4 working days.',
      '',
      'Explanation for Q2',
      '',
      'Disclosing the limits would be likely to prejudice the prevention of crime, as it would help',
      'anyone using a stolen card to stay below the checks. The information is therefore exempt under',
      'section 31(1)(a) of the Act, and the public interest favours maintaining the exemption.',
      '',
      'If you are unhappy with this response, you may ask for an internal review.',
    ].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q2')?.status, 'refused');
    assert.equal(a.get('Q2')?.exemption, 's31');
    assert.equal(a.get('Q3')?.value, 4);
  });

  it('a sentence cut by a footer that ends with the page number carries on below it', () => {
    const reply = [
      'Dear Requester,',
      '',
      'Q1 - 212 cards as at 31/03/2025.',
      'Q2 - £500.',
      '',
      'Question 3',
      'The card system does not hold a report of waiting times. To work out an average we would',
      'need to check every card order placed in the period by hand,',
      'Holmbury BC - FOI 25/0410                                              Page 1 of 2',
      'comparing the order date with the issue date, which would take well over 18 hours. Under',
      'section 12 of the Act the council is not obliged to comply with this part of your request.',
      '',
      'If you are unhappy with this response, you may ask for an internal review.',
    ].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q3')?.status, 'refused');
    assert.equal(a.get('Q3')?.exemption, 's12');
  });
});

describe('more layouts found on unseen replies (session 22, second round)', () => {
  it('"Question 7b – uptake by residents" takes the id "Q7b." was given where the request was quoted', () => {
    const reply = [
      'Dear Requester,',
      '',
      'Your request was:',
      '',
      'Q6a. Does the Authority have an online portal for Residents?',
      'Q7b. What is the uptake by residents as a percentage within the authority?',
      'Q7. What percentage of services are accessible to Residents online using Single Sign On (SSO) on the portal?',
      '',
      'Our response:',
      '',
      'Question 6a - online portal',
      'Answer: Yes',
      '',
      'Question 7b - uptake by residents',
      'Answer: 38% of households have registered an account.',
      '',
      'Question 7 - SSO',
      'Answer: Approximately 55%.',
    ].join('\n');
    const a = answersOf(reply, CRM);
    assert.equal(a.get('Q6c')?.value, 38);
    assert.equal(a.get('Q6c')?.line, 15);
    assert.equal(a.get('Q7')?.value, 55);
  });

  it('"Turning to question 13, a CRM was considered in 2015 … (13a)," gives 13a the words after the comma', () => {
    const letter = CRM_PROSE.replace(
      /Regarding question 13a, a CRM was considered as part of our 2018 digital review\. The\nreasons we did not go ahead \(question 13b\)/,
      'Turning to question 13, a CRM was considered as part of our 2018 digital review (13a),\nbut we did not go ahead because of cost and staffing (13b)',
    );
    assert.notEqual(letter, CRM_PROSE);
    const a = answersOf(letter, CRM);
    assert.equal(a.get('Q13a')?.status, 'answered');
    assert.equal(a.get('Q13a')?.value, 'Yes');
  });

  it('"We do not, however, record the number …, so we cannot give you a figure for question 6b; the same applies to question 6c" under a range: both not held', () => {
    const reply = [
      'Dear Requester,',
      '',
      'Turning to questions 6a to 7: yes, the Council has an online account for residents, which',
      'was introduced in 2016. We do not, however, record the number of active accounts as a share',
      'of households, so we cannot give you a figure for question 6b; the same applies to question',
      '6c. Around 40% of the services we offer can be completed online with a single log-in.',
    ].join('\n');
    const a = answersOf(reply, CRM);
    assert.equal(a.get('Q6a')?.value, 'Yes');
    assert.equal(a.get('Q6b')?.status, 'not-held');
    assert.equal(a.get('Q6c')?.status, 'not-held');
    assert.equal(a.get('Q7')?.value, 40);
  });

  it('"The Council\'s full official name (your first question) is …" names question 1 and gives the name', () => {
    const letter = CRM_PROSE.replace('The Council is Pellingford District Council and about 61,000\npeople live in the district.', 'The Council\'s full official name (your first question) is Pellingford District Council.\nAbout 61,000 people live in the district (question 2).');
    assert.notEqual(letter, CRM_PROSE);
    const a = answersOf(letter, CRM);
    assert.equal(a.get('Q1')?.value, 'Pellingford District Council');
  });

  const levyRequest = [
    'Dear Sir or Madam,',
    '',
    '1. How many apprentices did the council employ on 31 March 2024?',
    '',
    '2. How much did the council pay into its apprenticeship levy account in 2023/24?',
    '',
    '3. How much levy funding expired unused in 2023/24?',
    '',
    '4. Does the council transfer levy funds to other employers (yes or no)?',
    '',
    '5. How many apprenticeship starts were there in 2023/24?',
    'a) How many were existing employees?',
    'b) How many were aged 16 to 18?',
    '',
    '6. Please describe the main barriers to using the levy.',
    '',
    'Yours faithfully,',
    'A. Requester',
  ].join('\n');
  const lq = questionnaireFromRequest(levyRequest).questionnaire!;

  it('a paragraph answering the first questions by name above a labelled list is read up to the first label', () => {
    const reply = [
      'Dear Requester,',
      '',
      'In answer to Q1, the council employed 36 apprentices on 31 March 2024. Our levy payment (Q2)',
      'was £318,200; however, we are unable to provide the figure for Q3 because expiry is reported only',
      'through the national service and we keep no local record of it.',
      '',
      'Q4: Yes',
      'Q5: 41 starts in total. Of these, 22 were existing employees (Q5a). We are withholding the figure for Q5b under section 40(2) because the number is small enough to identify individuals.',
      'Q6: Backfilling posts while apprentices train.',
    ].join('\n');
    const a = answersOf(reply, lq);
    assert.equal(a.get('Q1')?.value, 36);
    assert.equal(a.get('Q2')?.value, 318200);
    assert.equal(a.get('Q3')?.status, 'not-held');
    assert.equal(a.get('Q4')?.value, 'Yes');
    // The parent's own figure answers it; what is withheld is its part's.
    assert.equal(a.get('Q5')?.status, 'answered');
    assert.equal(a.get('Q5')?.value, 41);
    assert.equal(a.get('Q5b')?.status, 'refused');
  });

  it('does not read a refusal\'s reasoning above the labels ("Software licences (question 9) … are not coded") as answers', () => {
    const reply = [
      'Dear Requester,',
      '',
      'The Council is refusing questions 4 and 5 of your request under section 12. Apprentice starts',
      '(question 5) are not recorded centrally, and the levy account (question 4) would have to be',
      'reconciled by hand; together these parts would take well over the appropriate limit.',
      '',
      'Q1: 36',
      'Q2: £318,200',
      'Q3: Not held',
      'Q6: Backfilling posts while apprentices train.',
    ].join('\n');
    const a = answersOf(reply, lq);
    assert.equal(a.get('Q5')?.status, 'refused');
    assert.equal(a.get('Q5')?.exemption, 's12');
    assert.equal(a.get('Q4')?.status, 'refused');
  });

  it('"The council confirms (question 4) that it does transfer levy funds" answers Yes; "Question 6 asked about …." is no part of the answer', () => {
    const reply = [
      'Dear Requester,',
      '',
      'The council employed 36 apprentices on 31 March 2024 (question 1). The council paid £318,200',
      'into its levy account (question 2). No levy funding expired unused in 2023/24 (question 3).',
      '',
      'The council confirms (question 4) that it does transfer levy funds to other employers.',
      '',
      'Question 6 asked about barriers. The biggest barrier is the cost of backfilling posts while apprentices train.',
    ].join('\n');
    const a = answersOf(reply, lq);
    assert.equal(a.get('Q4')?.value, 'Yes');
    assert.match(String(a.get('Q6')?.value), /^The biggest barrier is the cost of backfilling/);
  });
});

describe('a figure with an element of it not held (session 22)', () => {
  const question: Question = { id: 'Q3', order: 3, type: 'money', text: 'What was the total spend on fleet fuel (diesel, petrol and electricity) in 2023/24?' };

  it('"£1,874,000 on diesel and petrol. Electricity … is not separately metered, so we cannot provide a figure for this element." is partial', () => {
    const cls = classifyAnswer('£912,500 on diesel and petrol. Electricity used to charge fleet vehicles is not separately metered at our depots, so we cannot provide a figure for this element.', question);
    assert.equal(cls.status, 'partial');
  });

  it('either half alone says part is not held', () => {
    assert.equal(classifyAnswer('£912,500 on diesel and petrol. Electricity for vehicles is not separately metered.', question).status, 'partial');
    assert.equal(classifyAnswer('£912,500 on diesel and petrol; we cannot provide a figure for the electricity element.', question).status, 'partial');
  });
});

describe('a PDF table whose answer column follows a narrow gap (session 22)', () => {
  // Each row: the question wraps in a left column; the answer starts at one column for the whole table.
  const row = (left: string, right = ''): string => (right ? left + ' '.repeat(Math.max(2, 44 - left.length)) + right : left);
  const reply = [
    'Hollin Vale District Council                       OFFICIAL',
    '',
    row('Question', 'Response'),
    '',
    row('1. What is the full official name of the', 'Hollin Vale District Council'),
    row('    Authority?'),
    '',
    row('4. How many information systems and', '164'),
    row('    databases does the Authority use?'),
    '',
    row('4c. Are the systems mainly centered around', 'Properties'),
    row('    Residents or Properties?'),
    '',
    row('5. What services are provided to Residents', 'Refuse and recycling, planning,'),
    row('    by the Authority (e.g. Taxi Licensing,', 'building control and licensing.'),
    '',
    row('9. What was the Authority’s annual spend', '£512 000'),
    row('    for 2017-18 for software licensing?'),
    '',
    row('10. What was the Authority’s annual spend', 'Employees £17.2m; agency staff'),
    row('    for 2017-18 for payroll of employees,', '£0.9m.'),
  ];

  it('reads the answer cell after a two- or three-space gap at the table\'s answer column', () => {
    // (The rows whose question fills the left column leave only two or three spaces before the answer.)
    assert.ok(reply.some((l) => /around {2}Properties$/.test(l)));
    assert.ok(reply.some((l) => /spend {3}Employees/.test(l)));
    const a = answersOf(reply.join('\n'), CRM);
    assert.equal(a.get('Q4c')?.value, 'Properties');
    assert.equal(a.get('Q10')?.value, 17200000);
    assert.equal(a.get('Q9')?.value, 512000);
    assert.match(String(a.get('Q5')?.value), /^Refuse and recycling, planning, building control and licensing/);
  });
});

describe('"other" with its own words in a multiple choice (session 22)', () => {
  it('"Funding; other priorities (waste contract re-procurement)" keeps the other reason\'s words', () => {
    const q13b = CRM.byId.get('Q13b')!;
    const v = parseValue('Funding; other priorities', q13b, CRM.codes);
    assert.equal(v.value, 'Funding; Other - other priorities');
  });
});

describe('layouts of real replies scored at the end of session 22 (written here for fictional bodies)', () => {
  it('"Question 2 and 3" alone on its line labels both, never question 2 with the value 3', () => {
    const request = ['Dear Sir or Madam,', '', '1. How many complaints did you receive in 2024?', '', '2. How many of those were escalated to a director?', '', '3. How many of those were upheld?', '', 'Yours faithfully,', 'A. Requester'].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    const reply = [
      'Dear Requester,',
      '',
      'Question 1',
      '',
      '412 complaints were received in 2024.',
      '',
      'Question 2 and 3',
      '',
      'We do not record escalations or outcomes centrally, so this information is not held.',
    ].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q1')?.value, 412);
    assert.equal(a.get('Q2')?.status, 'not-held');
    assert.equal(a.get('Q2')?.value, null);
    assert.equal(a.get('Q3')?.status, 'not-held');
  });

  it('"Do you have a formal AI strategy, policy or governance board in place?" asks yes or no, so "Please see attached policy" is no choice', () => {
    const request = [
      'Dear Sir or Madam,',
      '',
      '1. Does your organisation use any automated decision tools: yes or no?',
      '',
      '2. Do you have a formal data strategy, policy or governance board in place? If so, please provide a copy.',
      '',
      '3. Is there a named officer responsible for data ethics?',
      '',
      'Yours faithfully,',
      'A. Requester',
    ].join('\n');
    const q = questionnaireFromRequest(request).questionnaire!;
    assert.equal(q.byId.get('Q2')?.type, 'yes-no');
    assert.equal(q.byId.get('Q3')?.type, 'yes-no');
    const reply = ['1. Yes', '2. Please see attached policy', '3. Yes'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q2')?.status, 'signposted');
  });
});
