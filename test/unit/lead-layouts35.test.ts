// Layouts found by scoring the engine on replies it had never seen (session 35), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

const SPEND_REQUEST = [
  'Q1. What is the full name of the council?',
  'Q2. What was the council’s total spend on road repairs in 2023/24?',
  'Q3. What was the council’s spend in 2023/24 on pay for employees, agency staff and contractors?',
  'Q4. How many road repair contracts did the council let in 2023/24?',
].join('\n');

describe('a figure for each of several years under one question that asks about one year', () => {
  const reply = (q2: string[]): string =>
    [
      'Dear requester,',
      '',
      'Q1 - Westmarsh District Council.',
      ...q2,
      'Q3 - Pay, two years shown.',
      '                     2022/23    2023/24',
      '     Employees       £41.6m     £43.2m',
      '     Agency staff     £2.1m      £2.9m',
      '     Contractors      £1.4m      £1.2m',
      '     Total           £45.1m     £47.3m',
      'Q4 - 12.',
    ].join('\n');

  it('reads the line of the year asked, located at the question’s label', () => {
    const got = answersOf(reply(['Q2 - Road repairs. We give three years for context:', '     2022/23   £3.1m', '     2023/24   £3.4m', '     2024/25   £3.6m (budget)']), fromRequest(SPEND_REQUEST));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 3_400_000, 4]);
    assert.match(got.get('Q2')!.reason ?? '', /on the line of 2023\/24/);
  });

  it('never reads a period\'s second year as its figure ("2019 – 2020 | 1,204 |")', () => {
    const request = ['1) How many requests did the council receive in 2019/20?', '2) How many staff answered them?'].join('\n');
    const got = answersOf(['1) How many requests did the council receive in 2019/20?', '2019 – 2020 | 1,204 |', '2018 – 2019 | 1,133 |', '2) How many staff answered them?', 'Three.'].join('\n'), fromRequest(request));
    assert.equal(got.get('Q1')?.value, 1204);
  });

  it('takes no line when two lines give the same year', () => {
    const got = answersOf(reply(['Q2 - Road repairs:', '     2023/24   £3.4m (revenue)', '     2023/24   £0.9m (capital)']), fromRequest(SPEND_REQUEST));
    assert.doesNotMatch(got.get('Q2')!.reason ?? '', /on the line of/);
  });

  it('keeps a total read from its row partial when the words under it say a part is not held', () => {
    const got = answersOf(reply(['Q2 - £3.4m.']).replace('Q4 - 12.', 'Contractors are paid through the creditors system and are not held as a separate figure.\nQ4 - 12.'), fromRequest(SPEND_REQUEST));
    assert.deepEqual(reading(got, 'Q3'), ['partial', 47_300_000, 5]);
    assert.deepEqual(reading(answersOf(reply(['Q2 - £3.4m.']), fromRequest(SPEND_REQUEST)), 'Q3'), ['answered', 47_300_000, 5]);
  });

  it('reads the row of the one part a question names, not the total', () => {
    const request = SPEND_REQUEST.replace('on pay for employees, agency staff and contractors?', 'on agency staff?');
    const got = answersOf(reply(['Q2 - £3.4m.']), fromRequest(request));
    assert.deepEqual(reading(got, 'Q3'), ['answered', 2_900_000, 5]);
  });

  it('reads the total of a table of the parts the question names, in the year asked', () => {
    const got = answersOf(reply(['Q2 - £3.4m.']), fromRequest(SPEND_REQUEST));
    assert.deepEqual(reading(got, 'Q3'), ['answered', 47_300_000, 5]);
  });

  it('takes no one line for a question that asks for every year', () => {
    const request = SPEND_REQUEST.replace('in 2023/24?', 'in each of the last three years?');
    const got = answersOf(reply(['Q2 - Road repairs:', '     2022/23   £3.1m', '     2023/24   £3.4m', '     2024/25   £3.6m']), fromRequest(request));
    assert.ok(got.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q2')));
  });
});

describe('a reply that numbers its own sections over answers labelled "Q"', () => {
  it('reads "3. DIGITAL SERVICES (Customer Services)" as a section, not the answer to question 3 above it', () => {
    const request = ['1. What is the name of the council?', '2. What is its population?', '3. What is its area in hectares?', '4. How many systems does it run?'].join('\n');
    const reply = ['1. ABOUT THE COUNCIL (Policy)', '', 'Q1 - Kettleby Borough Council.', 'Q2 - 98,400 residents.', 'Q3 - The borough covers 6,210 hectares.', '', '3. DIGITAL SERVICES (Customer Services)', '', 'Q4 - About 240 systems.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Kettleby Borough Council.', 3]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 6_210, 5]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 240, 9]);
  });

  it('keeps "1. NAME" in capitals over its answer when the next "Q" label is further down', () => {
    const request = ['1. What is the name of the council?', '2. What is its population?', '3. What is its area in hectares?', '4. How many systems does it run?'].join('\n');
    const got = answersOf(['1. NAME', 'Orrin Vale Council', '', 'Q2 - 56,100', 'Q3 - 612 hectares', 'Q4 - 31 systems'].join('\n'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Orrin Vale Council', 2]);
  });

  it('keeps "1. FULL NAME" in capitals over its answer as the question’s own title', () => {
    const request = ['Q1. What is the full name of the council?', 'Q2. What is its population?', 'Q3. What is its area?'].join('\n');
    const reply = ['Q1. What is the full name of the council?', 'Q2. What is its population?', 'Q3. What is its area?', '', 'Our answers:', '', '1. FULL NAME', 'Orrin Vale Council', '', '2. POPULATION', '56,100', '', '3. AREA', '612 square kilometres'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 56_100, 11]);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Orrin Vale Council', 8]);
  });
});

describe('a request lettered A to F, its first four answered under "A-D."', () => {
  const request = [
    'A. How many officers deal with fly-tipping?',
    'B. How many officers deal with noise complaints?',
    'C. How many officers deal with stray dogs?',
    'D. Are these duties combined in one role?',
    'E. What grade are the officers?',
    'F. Are any of these duties contracted out?',
  ].join('\n');
  const reply = [request, '', 'Response', '', 'A-D. We have 4 in a small team, so every one of them must take on all of this work as it comes in.', 'Each works across the whole district.', 'E. Grade 6.', 'F. No'].join('\n');

  it('gives the shared answer to each of A to D and reads E and F after it', () => {
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual(reading(got, id), ['answered', 4, 10], id);
    assert.equal(got.get('Q4')?.line, 10);
    assert.deepEqual(reading(got, 'Q6'), ['answered', 'No', 13]);
    assert.equal(got.get('Q5')?.line, 12);
  });

  it('reads "b-d." in lower case as a range all the same, but not "b-D."', () => {
    const answer = (label: string): string => [request, '', 'Response', '', 'A. 2 officers deal with fly-tipping.', `${label} We have 4 in a small team, so every one of them must take on all of this work as it comes in.`, 'E. Grade 6.', 'F. No'].join('\n');
    const got = answersOf(answer('b-d.'), fromRequest(request));
    for (const id of ['Q2', 'Q3']) assert.deepEqual(reading(got, id), ['answered', 4, 11], id);
    assert.equal(answersOf(answer('b-D.'), fromRequest(request)).get('Q2')?.line, undefined);
  });
});

describe('requests whose items the list reading used to drop', () => {
  it('takes "The costs associated with …" as an item of an unnumbered list', () => {
    const q = fromRequest(['The cost of buying a civic car during 2022/23 and 2023/24.', '', 'The cost of leasing a civic car during 2022/23 and 2023/24.', '', 'The costs associated with maintaining the civic car during 2022/23 and 2023/24, including servicing and tyres.'].join('\n'));
    assert.equal(q.questions.length, 3);
    assert.match(q.questions[2]!.text ?? '', /^The costs associated with maintaining/);
  });

  it('reads "3  Why …" between "2." and "4." as question 3, and its answer after the quoted question', () => {
    const request = ['1. How many staff are in the resilience team?', '2. What does the team do?', '3  Why has there been no update on the exercise?', '4. Which halls are listed as rest centres?'].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    const reply = ['Response:', '', '1. How many staff are in the resilience team?  2 full time', '', '2. What does the team do? (duties) .  We plan for emergencies and train volunteers.', '', '3  Why has there been no update on the exercise?  A letter was sent to the forum chair in May.', '', '4. Which halls are listed as rest centres?  Six halls across the district.'].join('\n');
    const got = answersOf(reply, fromRequest(request.replace('What does the team do?', 'What does the team do? (duties) .')));
    assert.equal(got.get('Q3')?.line, 7);
    assert.match(got.get('Q3')!.text, /^A letter was sent/);
    assert.match(got.get('Q2')!.text, /^We plan for emergencies/);
  });

  it('types a question that opens the quoted request with a quotation mark by its words', () => {
    const q = fromRequest(['“Do you charge staff to park at your hospitals?', 'If so, how much is a yearly permit?', 'How long does it take to issue a permit?”'].join('\n'));
    assert.equal(q.questions[0]!.type, 'yes-no');
  });
});

describe('a part of an answer withheld, and the notice that gives the reason', () => {
  const request = ['1. How many companies does the council own?', '2. Has it appointed external accountants, and who are they?', '3. What does their contract cost each year?', '4. Who is the contact for the contract?'].join('\n');

  it('reads "Yes. Name refused - see notice below." as partial, with the exemption the notice names', () => {
    const reply = [request, 'Response', '1. Two.', '2. Yes. Name refused - please see refusal notice below.', '3. Refused - please see refusal notice below.', '4. Information not held.', 'NOTICE OF REFUSAL', 'The information asked for at (2) and (3) is commercially sensitive and is withheld under Section 43 of the Act.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption, got.get('Q2')?.value], ['partial', 's43', 'Yes']);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption], ['refused', 's43']);
    // The notice heads a section of its own: the last answer stops above it.
    assert.deepEqual([got.get('Q4')?.status, got.get('Q4')?.text], ['not-held', 'Information not held.']);
  });

  it('reads the notice as the answer when it stands right under a quoted question', () => {
    const reply = ['Q1. How many companies does the council own?', 'Two.', 'Q2. Has it appointed external accountants, and who are they?', 'Yes, Ledger & Co.', 'Q3. What does their contract cost each year?', 'NOTICE OF REFUSAL', 'The annual cost is commercially sensitive and is withheld under section 43(2) of the Act.', 'Q4. Who is the contact for the contract?', 'Not held.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption, got.get('Q3')?.line], ['refused', 's43', 6]);
  });
});

describe('answers in words that name a publication', () => {
  const q = (type: Question['type']): Question => ({ id: 'Q5', order: 5, text: 'What services do the accountants provide?', type });

  it('reads "Production of the Statement of Accounts" as an answer, and "see the published statements of accounts" as a pointer', () => {
    assert.equal(classifyAnswer('Production of Statement of Accounts, and Audit.', q('text')).status, 'answered');
    assert.equal(classifyAnswer('Please see the 2023/24 Statement of Accounts.', q('text')).status, 'signposted');
    assert.equal(classifyAnswer('The figures are in the council’s annual Statement of Accounts.', q('text')).status, 'signposted');
  });

  it('answers a question asked in words with its first sentence, whatever pointer follows', () => {
    const answer = 'Council tax income is not set against any one cost; it funds the council with all its other income. See the published statements of accounts (link above).';
    assert.equal(classifyAnswer(answer, q('text')).status, 'answered');
    assert.equal(classifyAnswer('The council publishes details of all of its spending over £500 every month on its open data pages. Please see our website.', q('text')).status, 'signposted');
  });
});

describe('a figure run into capitals', () => {
  const money: Question = { id: 'Q6', order: 6, text: 'What does insurance for the civic cars cost?', type: 'money' };
  const count: Question = { id: 'Q4a', order: 4, text: 'How many systems are stand-alone?', type: 'number' };

  it('is a code such as a number plate, not an amount', () => {
    assert.equal(parseValue('Insurance for 1KVB is included in the lease.', money).value, null);
  });

  it('is still a figure with "ISH" or "FTE" after it', () => {
    assert.equal(parseValue('10ISH', count).value, 10);
    assert.equal(parseValue('We have 12FTE staff', count).value, 12);
  });
});

describe('a refusal on cost under the request quoted whole, its reasons worked out in figures first', () => {
  it('refuses every question, not only the last one quoted', () => {
    const request = ['1.How many stray dog reports did you handle in 2024?', '', '2.Please give the breed involved each time', '', '3.Please give the same for 2019-2023'].join('\n');
    const reply = [
      'Stray dogs (ref 4412/25)',
      '',
      request,
      '',
      '',
      'Please be advised that the information you have requested is not available in a readily retrievable format in relation to breed, so each record would need to be located, retrieved and read by hand. There are 3120 records x 3 minutes to review = 156 hours.',
      '',
      'The cost of providing the information would therefore exceed the appropriate limit set out in the Freedom of Information (Appropriate Limit and Fees) Regulations 2004.',
      '',
      'This letter serves as a refusal notice for this part of the request, and where one part of a request exceeds the limit, section 12 of the Act applies to the whole request.',
      '',
      'Under section 16 we can offer some advice and assistance: please see attached.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's12'], id);
  });
});

describe('more that the request and the letter say around the answers', () => {
  it('reads part (d) run onto the line of part (c) after its question mark', () => {
    const q = fromRequest(['1. Do you offer an interpreting service?', 'If yes', 'a. who runs it?', 'b. what system do you use?', 'c. is it offered across the council (in every service?) d. is it offered to other bodies?', 'e. What do you charge?', '2. Do you use agency interpreters?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c', 'Q1d', 'Q1e', 'Q2']);
    assert.equal(q.questions[3]!.text, 'is it offered across the council (in every service?)');
    assert.equal(q.questions[4]!.text, 'is it offered to other bodies?');
  });

  it('takes "By shared toilets I am referring to …" under the request as the requester’s, and the letter’s "none" below it', () => {
    const request = ['Please include the following information:', '', '  • A total number of new shared toilets built.', '  • The number of complaints about shared toilets.'].join('\n');
    const reply = [request, '', 'By shared toilets I am referring to those not separated by sex.', '', 'Response', '', 'We have not carried out any works to build shared toilets in the council offices.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 0, 10]);
  });

  it('reads "We said" as the heading over the answers, never an answer', () => {
    const request = ['1. How many translators do you employ?', '2. Do you use an agency?'].join('\n');
    const got = answersOf(['You asked', request, 'We said', '1. Three.', '2. No.'].join('\n'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 3, 5]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'No', 6]);
  });

  it('reads "In relation to questions (a) and (b)" in prose under a request lettered a) to d)', () => {
    const request = ['Please provide the following information;', 'a) what share of your senior staff are disabled', 'b) what share of your clerical staff are disabled', 'c) what share of your cleaning staff are disabled', 'd) do you plan a new staff survey?'].join('\n');
    const reply = [
      'You asked',
      request,
      'We said',
      'Thank you for your request.',
      'In relation to questions (a) and (b) we do not record disability by grade.',
      'With regards to question (c) this service is contracted out and we do not record this information.',
      'In answer to question (d) a new staff survey is planned for 2026.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['not-held', 9]);
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.line], ['not-held', 10]);
    assert.equal(got.get('Q4')?.line, 11);
    assert.match(got.get('Q4')!.text, /^a new staff survey/);
  });

  it('reads each part of a prose range from the clause that answers it, the label left as it was', () => {
    const crm = parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
    const reply = [
      'Dear requester,',
      '',
      'Customer Relationship Management. The Council does use a CRM system (question 11).',
      'It went live in March 2012, following an implementation that took around three years.',
      'The main obstacles were linking the CRM with older back-office applications,',
      'securing the participation of all departments, and funding (questions 12a to 12c). As',
      'the Council has a CRM, questions 13 to 13d do not apply.',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.deepEqual([reading(got, 'Q12a'), reading(got, 'Q12b')], [['answered', 2012, 4], ['answered', 3, 4]]);
  });
});

describe('a log page that heads the request "Question" and the reply "Answer"', () => {
  const request = ['Please give me, month by month:', '', '  1. The type of each complaint', '', '  2. A summary of each complaint', '', 'Other vague terms used in your last spreadsheet include:', '', 'Decisions', '', 'Level of service', '', '  3. Which complaints your own team resolved', '', '  4. Which complaints went to Professional Standards'].join('\n');

  it('reads the requester’s list inside the request as the request, and the refusal under "Answer" as for all four', () => {
    const reply = ['Complaint statistics', '', 'Question', '', request, '', 'Answer', '', 'I can confirm that we hold the information you asked for. However, the cost of answering exceeds the appropriate limit set out in section 12 of the Freedom of Information Act 2000.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's12'], id);
  });

  it('still reads an answer above the heading when the page does not head the request "Question"', () => {
    const reply = ['Complaint statistics', '', request, '', 'Answer', '', 'I can confirm that we hold the information you asked for. However, the cost of answering exceeds the appropriate limit set out in section 12 of the Freedom of Information Act 2000.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.notDeepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption], ['refused', 's12']);
  });
});

describe('the requester’s suggestion under the request, and "The response to question 3 is;"', () => {
  it('never reads "May I respectfully suggest …" as an answer, and reads question 3’s answer where the letter names it', () => {
    const request = ['  1. How many complaints were referred to you for review?', '  2. How many reviews were upheld?', '  3. How many cases are still outstanding?'].join('\n');
    const reply = [
      'Dear Commissioner,',
      '',
      request,
      '',
      'May I respectfully suggest that as these figures are among your published indicators they should be easy to find, and perhaps you could release them within 10 days.',
      '',
      'Response',
      '',
      'For questions 1 and 2: 64 reviews were completed and 9 were upheld.',
      '',
      'The response to question 3 is;',
      '12 reviews outstanding as at 1 April.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(request));
    // (Since session 39 "The response to question 3 is;" is a label, its verb included: the answer's
    // words begin on the line below it.)
    assert.deepEqual(reading(got, 'Q3'), ['answered', 12, 14]);
  });

  it('reads a statement below the requester’s suggestion as the answer to every question', () => {
    const request = ['  1. How many complaints were referred to you for review?', '  2. How many reviews were upheld?', '  3. How many cases are still outstanding?'].join('\n');
    const reply = ['Dear Commissioner,', '', request, '', 'May I respectfully suggest that these figures should be easy to find, and perhaps you could release them within 10 days.', '', 'Response', '', 'The office does not hold this information.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 11], id);
  });
});

describe('labels the scanner used to miss by a character', () => {
  const request = ['1. How many tenancies did the council have on 31 March 2024?', '2. What was the total value of rent arrears on that date?', '3. How many tenancies were in arrears?', '4. How many notices were served in 2023/24?'].join('\n');

  it('reads "Answer 1" alone on its line (eight characters) as the label of question 1', () => {
    const reply = ['Dear requester,', '', 'Our answers are numbered to match your questions.', '', 'Answer 1', '9,140', '', 'Answer 2', '£3.41m', '', 'Answer 3', '2 954', '', 'Answer 4', '612'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 9140, 6]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 612, 15]);
  });

  it('reads a spreadsheet pasted with every cell quoted, the number too, and the answer inside its quotes', () => {
    const reply = ['Pasted as comma-separated values, one row per question:', '', '"Ref","Question","Response"', '"1","Tenancies at 31 March","9140"', '"2","Arrears value","£3.41m"', '"3","Tenancies in arrears","2954"', '"4","Notices served","Not recorded centrally"', '"5","Team","The Income Recovery Team"'].join('\n');
    const got = answersOf(reply, fromRequest(`${request}\n5. Which team handles arrears cases?`));
    assert.equal(got.get('Q5')?.value, 'The Income Recovery Team');
    assert.deepEqual(reading(got, 'Q1'), ['answered', 9140, 4]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 3_410_000, 5]);
    assert.equal(got.get('Q4')?.status, 'not-held');
    assert.equal(got.get('Q1')?.text.startsWith('"'), false);
  });
});
