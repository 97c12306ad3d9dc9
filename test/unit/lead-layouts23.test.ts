// Layouts found by scoring the engine on replies it had never seen (session 23: real disclosure-log
// pages and WhatDoTheyKnow threads among them), each fixed with a general rule. The requests and
// letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest } from '../support/engine';

const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

/** A CRM prose letter, hard-wrapped, that names its questions in many ways. */
const CRM_LETTER = [
  'Dear Ms Example,',
  '',
  'Thank you for your request, which I have answered in the order you asked it.',
  '',
  'Turning first to questions 1 to 3, the Council\'s full name is Quillhaven District',
  'Council. Our population was estimated at 61,200 in mid-2017, and the district covers',
  '140 square miles.',
  '',
  'Questions 4, 4a and 4b ask how many information systems the Council runs',
  'and how they connect. The Council does not hold a single list of its',
  'applications; to find out how many there are and whether each of them',
  'passes data to another system we would have to ask every one of our',
  '12 service teams and their suppliers. We estimate that this would take well',
  'over 30 hours, which is more than the appropriate limit of 18 hours for',
  'local authorities. Under section 12 of the Act we are therefore not',
  'obliged to answer those three questions, and they have not been',
  'answered. Regarding question 4c, our systems are mainly centred around',
  'properties.',
  '',
  'For question 5, the services we provide are listed on our website.',
  '',
  'We do have an online portal for residents (question 6a), launched in 2016. We do not',
  'monitor take-up of the portal, so I am afraid we cannot answer 6b or 6c. Our web',
  'team estimates that approximately thirty-',
  'two per cent of services can be reached with a single sign-on (question 7).',
  '',
  'The Council\'s gross expenditure for 2017-18 (question 8) was £31.2m, and',
  'of this £412,300 was spent on software licences (question 9). Payroll for 2017-18',
  'came to £9,870,000 (question 10).',
  '',
  'Turning to the CRM questions, the Council does not use a CRM system (question 11), so',
  'question 12 and its parts do not apply. A CRM was considered in 2015 (13a) but not',
  'taken forward for lack of funding (13b). No CRM project has ever been started and',
  'then abandoned, so question 13d does not arise. Finally, in answer to question 14,',
  'our systems are centred on properties.',
  '',
  'Yours sincerely,',
  'Information Officer',
].join('\n');

describe('layouts found on unseen replies (session 23)', () => {
  it('a disclosure-log page of three requests: only the entry whose request is the questionnaire\'s is read', () => {
    const q = fromRequest(['1. How many street trees did the council plant in 2024?', '2. How many street trees were felled in 2024?', '3. What was spent on tree maintenance contracts in 2024?'].join('\n'));
    const page = [
      'Disclosure Log - March 2025',
      '',
      'Request reference: FOI 5501',
      '',
      'Request received:',
      '',
      '1. How many parking permits were issued in 2024?',
      '',
      '2. How many permits were refused?',
      '',
      'Response provided:',
      '',
      '1. 4,120',
      '',
      '2. 37',
      '',
      'Request reference: FOI 5508',
      '',
      'Request received:',
      '',
      '1. How many street trees did the council plant in 2024?',
      '',
      '2. How many street trees were felled in 2024?',
      '',
      '3. What was spent on tree maintenance contracts in 2024?',
      '',
      'Response provided:',
      '',
      '1. 212',
      '',
      '2. 64',
      '',
      '3. £88,400',
      '',
      'Request reference: FOI 5512',
      '',
      'Request received:',
      '',
      '1. How many complaints about bins were received in 2024?',
      '',
      '2. How many were upheld?',
      '',
      '3. What was paid in compensation?',
      '',
      'Response provided:',
      '',
      '1. 903',
      '',
      '2. 37',
      '',
      '3. £1,250',
    ].join('\n');
    const a = answersOf(page, q);
    assert.equal(a.get('Q1')?.value, 212);
    assert.equal(a.get('Q1')?.line, 29);
    assert.equal(a.get('Q2')?.value, 64);
    assert.equal(a.get('Q3')?.value, 88400);
    // The same page with the other entries' answers only would give none of these figures.
    assert.ok(![...a.values()].some((x) => x.value === 4120 || x.value === 903 || x.value === 37 || x.value === 1250));
  });

  it('"… as it is held.  In relation to questions 2 and 3, we have provided a table …" mid-paragraph: both located there, answered without one figure', () => {
    const q = fromRequest(['1) How many requests did you receive in each of the last three years?', '', '2) How many were answered in full?', '', '3) How many were refused?'].join('\n'));
    const reply = [
      'Requests received, 2022 to 2024',
      '',
      '1) How many requests did you receive in each of the last three years?',
      '',
      '2) How many were answered in full?',
      '',
      '3) How many were refused?',
      '',
      'In relation to question 1, please see the table below showing the number received in each of the last three calendar years.',
      '',
      'Year Received',
      '2022 811',
      '2023 790',
      '2024 842',
      '',
      'The remaining information is provided below in the format in which it is held.  In relation to questions 2 and 3, we have provided for each year a table showing the outcome of each request.',
      '',
      'Outcome 2022 2023 2024',
      'Answered in full 602 577 640',
      'Refused 41 39 44',
    ].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q2', 'Q3']) {
      assert.equal(a.get(id)?.line, 16, id);
      assert.equal(a.get(id)?.status, 'answered', id);
      assert.equal(a.get(id)?.value, null, id);
    }
    // "the last three calendar years" is the period asked about, not Q1's count.
    assert.notEqual(a.get('Q1')?.value, 3);
  });

  it('"in each of the last five calendar years" in words is the period, not a count', () => {
    const q: Question = { id: 'Q1', type: 'number', text: 'How many requests did you receive?', order: 0 } as Question;
    assert.equal(parseValue('Please see the table below showing the number received in each of the last five calendar years.', q).value, null);
    assert.equal(parseValue('We received five requests.', q).value, 5);
  });

  it('a yes/no question that asks for details if so, answered with the details alone: answered, not unclear', () => {
    const q = fromRequest(['1. Does the council use any chatbots on its website?', '2. Are any new digital tools being piloted? If so, please give brief details of their purpose.'].join('\n'));
    const reply = ['1. Does the council use any chatbots on its website? Yes', '2. Are any new digital tools being piloted? If so, please give brief details of their purpose. A booking assistant is on trial in the waste service'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q2')?.status, 'answered');
    // Saying it does not is still read as it was before.
    const no = answersOf(reply.replace('A booking assistant is on trial in the waste service', 'Nothing is being trialled at present'), q);
    assert.notEqual(no.get('Q2')?.status, 'unclear');
  });

  it('"… cannot be separately identified" after a figure: partial; "no records of the timetable have been retained": not held', () => {
    const q = fromRequest(['1. What were your total staff costs in 2024/25, including agency staff?', '2. How long did the implementation of your CRM take?'].join('\n'));
    const reply = ['1. Employees £6.12m. Agency costs are coded to service budgets and cannot be separately identified.', '2. The project pre-dates current staff and no records of the implementation timetable have been retained.'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q1')?.status, 'partial');
    assert.equal(a.get('Q1')?.value, 6120000);
    assert.equal(a.get('Q2')?.status, 'not-held');
    assert.equal(classifyAnswer('No records of the scheme have been retained.').status, 'not-held');
  });

  it('a letter with no blank lines that finds "the request to be exempt by virtue of Section 12": every question refused s12, from that sentence\'s line', () => {
    const q = fromRequest(['1) How many reams of paper did the council buy last year?', '2) What was spent on printing?', '3) Does the council have a target to cut paper use?'].join('\n'));
    const letter = [
      'Our Ref: FOI 7781',
      'Dear Mr Example,',
      'Thank you for your information request received 3 May. This request has been processed',
      'under the terms of the Freedom of Information Act 2000.',
      'Unfortunately I find the request to be exempt by virtue of Section 12 of the Act; the cost of',
      'compliance exceeds the appropriate limit.',
      'The information is held, but not in one place. Our officers would have to search through',
      'twelve months of separate invoices, about 3,400 in all, to find the items you mention.',
      'The appropriate limit is set at £450, or 18 hours of work. We estimate the search would take',
      'well over 40 hours, and the council is therefore not obliged to comply with your request.',
      'You may wish to narrow your request to a single month, which we may be able to answer.',
      'If you are unhappy with this response you may ask for an internal review within 40 working',
      'days of the date of this letter, by writing to the Information Governance Team at the',
      'address above, or by email. If you remain dissatisfied after the review you may complain',
      'to the Information Commissioner. Yours sincerely, Information Governance Officer',
    ].join('\n');
    const a = answersOf(letter, q);
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's12', id);
      assert.equal(a.get(id)?.line, 5, id);
    }
  });

  it('"Final Response:" under the quoted request, then "Please see attached spreadsheet": every question signposted, from the statement\'s line', () => {
    const q = fromRequest(['1. How many people were rescued from fires?', '2. How many people were rescued from road collisions?', '3. How many people were rescued from water?'].join('\n'));
    const reply = ['Please see below the answer to your request.', 'Initial Request:', '1. How many people were rescued from fires?', '2. How many people were rescued from road collisions?', 'B', '3. How many people were rescued from water?', 'Final Response:', 'Please see attached spreadsheet', 'Thank you for your interest in the Service.'].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'signposted', id);
      assert.equal(a.get(id)?.line, 8, id);
    }
  });

  it('three parts quoted one under another, a blank line, then "Answer: - … exempt by virtue of section 30": the answer is all three\'s', () => {
    const q = fromRequest(['1. How many fires were attended on Example Road last year?', '2. the time the call was received', '3. how many vehicles were involved', '4. the cause (if known)'].join('\n'));
    const reply = [
      'Our Response:',
      '',
      '  1. How many fires were attended on Example Road last year?',
      '',
      '    Answer: - 2 incidents were recorded on Example Road.',
      '',
      '  2. the time the call was received',
      '  3. how many vehicles were involved',
      '  4. the cause (if known)',
      '',
      '    Answer: - The information requested is exempt by virtue of section 30(3) of the Freedom of Information Act 2000.',
      '',
      'Section 30 - Investigations',
    ].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q2', 'Q3', 'Q4']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's30', id);
      assert.equal(a.get(id)?.line, 11, id);
    }
  });

  it('"Response provided:" over a summary that a spreadsheet was provided, and that another council "should be approached for responses to 2b … and 2c": signposted, those two not held', () => {
    const q = fromRequest(['1. How much developer contribution money is currently held?', '2. How much of this is allocated for:', 'a) Affordable housing', 'b) Highways', 'c) Schools', '3. How much has been returned to developers since 2015?'].join('\n'));
    const reply = [
      'Request reference: FOI 6620',
      'Request received:',
      '1. How much developer contribution money is currently held?',
      '2. How much of this is allocated for:',
      'a) Affordable housing',
      'b) Highways',
      'c) Schools',
      '3. How much has been returned to developers since 2015?',
      'Response provided:',
      'The Council confirmed that it holds some of this information and provided the requester with a spreadsheet containing the information it holds',
      'Applicant advised that the County Council should be approached for responses to 2b highways and 2c schools, which fall under its remit.',
    ].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q1', 'Q2a', 'Q3']) assert.equal(a.get(id)?.status, 'signposted', id);
    for (const id of ['Q2b', 'Q2c']) assert.equal(a.get(id)?.status, 'not-held', id);
  });

  it('a CRM prose letter: "those three questions" refused together under s12 (a wrapped line opening "12 service teams" is no figure given)', () => {
    const a = answersOf(CRM_LETTER, CRM);
    for (const id of ['Q4', 'Q4a', 'Q4b']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's12', id);
    }
    assert.equal(a.get('Q4c')?.value, 'Properties');
  });

  it('a CRM prose letter: "we cannot answer 6b or 6c" makes both not held; "thirty-" / "two per cent" over a line break is 32', () => {
    const a = answersOf(CRM_LETTER, CRM);
    assert.equal(a.get('Q6a')?.value, 'Yes');
    for (const id of ['Q6b', 'Q6c']) {
      assert.equal(a.get(id)?.status, 'not-held', id);
      // (The sentence that leads to it opens at the end of line 22: "… launched in 2016. We do not".)
      assert.equal(a.get(id)?.line, 22, id);
    }
    assert.equal(a.get('Q7')?.value, 32);
  });

  it('a CRM prose letter: "(question 8) was £31.2m, and of this £412,300 was spent … (question 9)": 9 is £412,300 from its own line', () => {
    const a = answersOf(CRM_LETTER, CRM);
    assert.equal(a.get('Q8')?.value, 31200000);
    assert.equal(a.get('Q9')?.value, 412300);
    assert.equal(a.get('Q9')?.line, 28);
  });

  it('a CRM prose letter: "Turning to the CRM questions, the Council does not use a CRM system (question 11)" is No; the words before "so question 13d does not arise" answer 13c', () => {
    const a = answersOf(CRM_LETTER, CRM);
    assert.equal(a.get('Q11')?.value, 'No');
    assert.equal(a.get('Q13c')?.status, 'answered');
    assert.equal(a.get('Q13c')?.value, 'No');
    assert.equal(a.get('Q13d')?.status, 'not-applicable');
    assert.equal(a.get('Q1')?.line, 5);
  });

  it('"We cannot give you an uptake figure for question 6b as this is not something the Council measures": 6b not held, from that sentence', () => {
    const letter = ['Dear Ms Example,', '', 'In answer to your first question, the Council is Quillhaven District Council.', 'Our population (question 2) is about 61,200. The district covers 140 square miles (question 3).', '', 'We do have an online portal for residents (question 6a), which was launched in 2016. We cannot give you an uptake figure for question 6b as this is not something the Council measures. On question 7, approximately 30% of services can be reached through the portal.'].join('\n');
    const a = answersOf(letter, CRM);
    assert.equal(a.get('Q6b')?.status, 'not-held');
    assert.equal(a.get('Q6a')?.value, 'Yes');
  });

  it('"(your question 2) was £212,480" and "For question 6, …" are references to the questions they name', () => {
    const q = fromRequest(['1. How many community centres does the council own?', '2. What was the total revenue spend on them in 2025/26?', '3. How many has the council transferred since 2020?', '4. What percentage have step-free access?', '5. How many are run by volunteers?', '6. What is the standard length of lease on a transfer, in years?'].join('\n'));
    const letter = ['Dear Mr Example,', '', 'In answer to your first question, the council owns eleven community centres.', '', 'The total revenue expenditure on these buildings (your question 2) was £212,480.', '', 'With regard to question 3, four centres have been transferred.', '', 'On question 4, 45% of the centres have step-free access.', '', 'In relation to question 5, two are run by volunteers.', '', 'For question 6, the council\'s standard practice is to grant a lease of 30 years.'].join('\n');
    const a = answersOf(letter, q);
    assert.equal(a.get('Q2')?.value, 212480);
    assert.equal(a.get('Q2')?.line, 5);
    assert.equal(a.get('Q6')?.value, 30);
    assert.equal(a.get('Q6')?.line, 13);
  });

  it('"For question 2 and 3, the figures below …" below the quoted request names both questions', () => {
    const q = fromRequest(['1. How many complaints about potholes were received?', '2. How many claims for compensation were paid?', '3. What was the total amount paid in compensation?'].join('\n'));
    const reply = ['1. How many complaints about potholes were received?', 'Complaints are not recorded separately from other highway reports, so this is not held.', '2. How many claims for compensation were paid?', '3. What was the total amount paid in compensation?', 'For question 2 and 3, the figures below relate to claims rather than complaints:', '2023/24 – 212 claims paid, £40,100', '2024/25 – 198 claims paid, £38,900'].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'answered', id);
      assert.equal(a.get(id)?.line, 5, id);
    }
  });

  it('"Response (Q6 all parts): …" below a question and its parts restated: every part not held', () => {
    const q = fromRequest(['Q1 How many trees did the council plant in 2025/26?', 'Q2 How many council trees were felled in 2025/26?', 'a) How many of those were felled because of disease?', 'b) How many replacement trees were planted?', 'Q3 Does the council have a tree strategy?'].join('\n'));
    const reply = ['Q1 How many trees did the council plant in 2025/26?', '', 'Response: 410.', '', 'Q2 How many council trees were felled in 2025/26?', 'a) How many of those were felled because of disease?', 'b) How many replacement trees were planted?', '', 'Response (Q2 all parts): The council does not hold this information, as felling is done by our contractor.', '', 'Q3 Does the council have a tree strategy?', '', 'Response: Yes.'].join('\r\n');
    const a = answersOf(reply, q);
    for (const id of ['Q2', 'Q2a', 'Q2b']) {
      assert.equal(a.get(id)?.status, 'not-held', id);
      assert.equal(a.get(id)?.line, 9, id);
    }
  });

  it('"> Q5 In what year …?" / "> If … please give the year …" / "" / the unquoted answer: the quoted question\'s next line is not its answer', () => {
    const q = fromRequest(['Q4 How many trees does the council manage?', 'Q5 In what year did the council last complete a full survey of its trees?'].join('\n'));
    const reply = ['> Q4 How many trees does the council manage?', '', 'About 31,000.', '', '> Q5 In what year did the council last complete a full survey of its trees?', '> If surveys are done on a rolling basis, please give the year the current cycle ended.', '', 'Trees are inspected on a rolling cycle, and the current cycle was completed in 2022.'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q5')?.line, 8);
    assert.equal(a.get('Q5')?.value, 2022);
  });

  it('figures: "In addition, around 2,000 whips …" is not the count asked; "the six-week limit" is no length found; "125-year leases" is 125 years', () => {
    const trees: Question = { id: 'Q1', type: 'number', text: 'How many trees did the council plant? Tell me if your figure includes hedging whips.', order: 0 } as Question;
    assert.equal(parseValue('We planted 540 standard trees. In addition, around 2,000 whips were planted as new hedgerows.', trees).value, 540);
    const stay: Question = { id: 'Q2', type: 'duration', unit: 'weeks', text: 'If so, what was the longest period (in weeks) that a family with children stayed in bed and breakfast during 2024/25?', order: 1 } as Question;
    assert.equal(parseValue('Families with children are sometimes placed in bed and breakfast when no self-contained\nflat is free. Although the aim is always to\nmove families on within the six-week limit, the longest stay by a family with children during\n2024/25 was 9 weeks.', stay).value, 9);
    const lease: Question = { id: 'Q3', type: 'duration', text: 'What is the standard length of lease the council offers?', order: 2 } as Question;
    assert.deepEqual([parseValue('Two, both on 125-year leases.', lease).value, parseValue('Two, both on 125-year leases.', lease).unit], [125, 'years']);
  });

  it('options numbered "(i) … (iv) a mix?" and then "Please pick one option.": a choice among the four', () => {
    const q = fromRequest(['1. How many centres does the council own?', '2. Which of the following best describes how most centres are run: (i) directly by council staff, (ii) by a leisure trust, (iii) by volunteers, or (iv) a mix with no single main model? Please pick one option.'].join('\n'));
    const q2 = q.byId.get('Q2')!;
    assert.equal(q2.type, 'choice');
    assert.equal(Array.isArray(q2.choices) ? q2.choices.length : 0, 4);
  });

  it('"Response sent as attachment." under the last quoted question: every question signposted, not the last one alone', () => {
    const q = fromRequest(['(1) Has the council adopted a local lettings policy?', '(2) If so, which estates does it cover?', '(3) How many lettings were made under it last year?'].join('\n'));
    const reply = ['FOI 4410', '', 'Local lettings', '', '', '(1) Has the council adopted a local lettings policy?', '', '(2) If so, which estates does it cover?', '', '(3) How many lettings were made under it last year?', '', '', 'Response sent as attachment.'].join('\n');
    const a = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'signposted', id);
      assert.equal(a.get(id)?.line, 13, id);
    }
  });

  it('money: "therefore zero cost" and "does not incur any costs" are £0; a sum given still wins', () => {
    const q = fromRequest(['1. How many bins were rejected last year?', '2. How much have rejected bins cost the council?', '3. How much did the council spend on alcohol?'].join('\n'));
    const reply = ['1. 212', '2. Rejections are handled at the kerbside, therefore zero cost', '3. The Council does not incur any costs in respect of alcohol'].join('\n');
    const a = answersOf(reply, q);
    assert.equal(a.get('Q2')?.value, 0);
    assert.equal(a.get('Q3')?.value, 0);
    assert.equal(parseValue('No cost to residents; the contract costs the council £4,100 a year.', q.byId.get('Q2')!).value, 4100);
  });
});

