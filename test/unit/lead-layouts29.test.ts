// Layouts found by scoring the engine on replies it had never seen (session 29), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest, splitInlineParts } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { numberedOnes } from '../../src/core/text';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';


describe('parts lettered "a." inline after a colon', () => {
  const REQUEST = [
    'Q1. Who in the council is responsible for commissioning home care? Please provide the following: a. Name b. Job title c. Telephone number e. Email address',
    '',
    'Q2. How many home care providers are on the council\'s framework?',
    '',
    'Q3. What is the hourly rate the council pays for each of the following age groups? a. 18 to 64 b. 65 to 74 c. 75 to 84',
  ].join('\n');

  it('reads each letter as a part, a skipped letter after the third included', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c', 'Q1e', 'Q2', 'Q3', 'Q3a', 'Q3b', 'Q3c']);
    assert.equal(q.byId.get('Q1c')?.text, 'Telephone number');
    assert.equal(q.byId.get('Q3a')?.text, '18 to 64');
  });

  it('needs three letters after a colon or a question mark: an "a." in prose is no part', () => {
    assert.deepEqual(splitInlineParts('Q1. What did plan a. Cost compared with plan b. In 2023?'), ['Q1. What did plan a. Cost compared with plan b. In 2023?']);
    const prose = 'Q1. Compare plan a. Costs with plan b. Costs and plan c. Costs for 2023.';
    assert.deepEqual(splitInlineParts(prose), [prose]);
    // (Each letter opens a capital or a figure: "a. and b. together" names no parts.)
    const joined = 'Q1. How many staff were in each band at 31 March? a. and b. together, then c. alone';
    assert.deepEqual(splitInlineParts(joined), [joined]);
    assert.deepEqual(splitInlineParts('Q1. Please give: a. Name b. Job title'), ['Q1. Please give: a. Name b. Job title']);
    assert.equal(splitInlineParts('Q1. Please give: a. Name b. Job title c. Team').length, 4);
  });

  it('answers every question and part with the letter\'s one statement below the quoted request', () => {
    const q = fromRequest(REQUEST);
    const reply = ['Request', '', REQUEST, '', 'Response', '', 'Please see the attached spreadsheet.', '', 'Information Governance Team'].join('\n');
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q1a', 'Q1e', 'Q2', 'Q3', 'Q3c']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['signposted', 11], id);
  });
});

describe('a whole request refused under section 12 after a paragraph of reasons', () => {
  const REQUEST = ['Q1 How many detainees were injured in custody?', 'Q2 How many of them received compensation?', 'Q3 Please give the amount of each payment.'].join('\n');
  const REASONS = 'Please be advised that the information you requested is not all available in a readily retrievable format. We would need to review each custody record by hand.';
  const DECISION = 'The cost of locating and retrieving the information would exceed the appropriate limit, so section 12 of the Act applies to the whole request.';

  it('refuses every question s12 when the decision is in the same paragraph', () => {
    const got = answersOf(['Request', REQUEST, 'Response', `${REASONS} ${'Our systems changed during the period you ask about and the records were never merged. '.repeat(4)}`, DECISION].join('\n'), fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's12'], id);
  });

  it('refuses every question s12 when the decision is in the next paragraph', () => {
    const got = answersOf(['Request', REQUEST, '', 'Response', '', REASONS, '', DECISION].join('\n'), fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 8], id);
    // (The quote runs from the reasons to the decision.)
    assert.match(got.get('Q2')!.text, /readily retrievable[\s\S]*whole request/);
  });

  it('reads no whole refusal when the paragraph below refuses under section 12 without saying it is of the whole request', () => {
    const got = answersOf(['Request', REQUEST, '', 'Response', '', 'Our custody records are kept on paper at each station and were moved to a new store last year.', '', 'Working out the payments would exceed the appropriate limit under section 12.'].join('\n'), fromRequest(REQUEST));
    assert.notDeepEqual([got.get('Q1')?.status, got.get('Q1')?.exemption], ['refused', 's12']);
  });

  it('keeps the not-held statement when no refusal follows it', () => {
    const got = answersOf(['Request', REQUEST, '', 'Response', '', 'The council does not hold this information.', '', 'If you are unhappy you may ask for a review.'].join('\n'), fromRequest(REQUEST));
    assert.equal(got.get('Q1')?.status, 'not-held');
  });
});

describe('a question whose asking line sits under the label\'s statement', () => {
  it('joins "The information I am seeking includes: … ?" to the statement above it', () => {
    const q = fromRequest(['Question 1 - For a study of bus fires, I request information on fires on council buses in the last 5 years.', 'The information I am seeking includes: the number of bus fires since 2019?', 'Question 2 - Please give the make of each bus involved?'].join('\n'));
    assert.match(q.byId.get('Q1')!.text!, /since 2019\?$/);
    // (A statement with its own question mark takes no second line.)
    const q2 = fromRequest(['Question 1 - I request information on fires. How many were there?', 'The information I am seeking includes: bus fires since 2019?', 'Question 2 - Please give the make of each bus?'].join('\n'));
    assert.doesNotMatch(q2.byId.get('Q1')!.text!, /since 2019/);
  });

  it('takes the figure below the quoted lines as the answer, not the quoted asking line', () => {
    const request = ['Question 1 - For a study of bus fires, I request information on fires on council buses in the last 5 years.', 'The information I am seeking includes: the number of bus fires since 2019?', 'Question 2 - Please give the make of each bus involved?'].join('\n');
    const reply = [request.split('\n')[0], request.split('\n')[1], 'There have been 7 bus fires since 2019.', request.split('\n')[2], 'Please see the attached spreadsheet.'].join('\n');
    assert.deepEqual(reading(answersOf(reply, fromRequest(request)), 'Q1'), ['answered', 7, 3]);
  });
});

describe('a council quoting a question with a word\'s plural changed', () => {
  it('reads the quoted line as the question, not as its answer', () => {
    const request = ['1. Please tell me whether your crews are trained for battery fires?', '', '2. Please tell me if the service has bought extra equipment for battery fires. If so, please tell me what this equipment comprise?'].join('\n');
    const reply = ['1. Please tell me whether your crews are trained for battery fires.', '', 'Yes, all crews complete a yearly module.', '', '2. Please tell me if the service has bought extra equipment for battery fires. If so, please tell me what this equipment comprises.', '', 'The service has bought two battery fire blankets.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q2')?.line, 7);
    assert.match(got.get('Q2')!.text, /fire blankets/);
  });
});

describe('a council answering in the question\'s own words', () => {
  it('reads "The Trust currently purchases via …" as the answer to "Does the Trust purchase … ?"', () => {
    const request = ['Question 1:', 'Does the Trust purchase hand gel through a tender process?', '', 'Question 2:', 'Is the Trust currently buying hand gel?'].join('\n');
    const reply = ['Question 1:', 'Does the Trust purchase hand gel through a tender process?', '', 'Answer to Question 1:', 'The Trust currently purchases via the National Supply Framework (Framework Co-ordination Ltd).', '', 'Question 2:', 'Is the Trust currently buying hand gel?', '', 'Answer to Question 2:', 'Yes.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['answered', 5]);
    assert.match(got.get('Q1')!.text, /^currently purchases via the National Supply Framework/);
  });
});

describe('bullets under a numbered answer, a blank line between each', () => {
  const REQUEST = ['1. The number of skip permits issued per year for the last 5 years.', '', '2. The number of scaffold permits issued per year for the last 5 years.', '', '3. The number of hoarding permits issued per year for the last 5 years.'].join('\n');

  it('keeps the bullets with their answer up to the next label', () => {
    const reply = ['Response', '', '1. • 2021/22 – 40 applications – 35 issued', '', '   • 2022/23 – 44 applications – 41 issued', '', '2. We only have records from April 2023, when permits moved to a new system.', '', '* April – October 2023 - 12 applications - 9 issued.', '', '3. Please see the attached table.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.match(got.get('Q1')!.text, /41 issued/);
    assert.match(got.get('Q2')!.text, /9 issued/);
    assert.doesNotMatch(got.get('Q2')!.text, /attached/);
  });

  it('reads figures for only part of the period asked as partial', () => {
    assert.equal(classifyAnswer('We only have records from April 2023. April to October 2023 - 9 issued.').status, 'partial');
    assert.equal(classifyAnswer('Records are only available since 2022: 14 issued in 2022 and 17 in 2023.').status, 'partial');
    assert.equal(classifyAnswer('We issued 9 permits between April and October 2023.').status, 'answered');
  });
});

describe('a cost refusal whose figure is its context', () => {
  it('refuses the whole when the letter says it cannot supply the requested information', () => {
    const cls = classifyAnswer('The council received 2,410 reports of dumped waste in the period. Identifying those involving tyres would mean reading each report, costing over £600 in staff time. Under section 12 of the Act we are therefore unable to supply the requested information.');
    assert.deepEqual([cls.status, cls.exemption], ['refused', 's12']);
    // (Figures given with a refusal of the rest stay partial.)
    assert.equal(classifyAnswer('In 2024 there were 41 reports. Breaking these down by street would exceed the cost limit under section 12.').status, 'partial');
  });
});

describe('"Does the council use a dry or liquid …?"', () => {
  it('asks which of two kinds, and reads the kind named as the answer', () => {
    const q = fromRequest(['1. Does the council use a dry or liquid gritting process?', '2. How many tonnes of salt did the council buy in 2024?'].join('\n'));
    assert.deepEqual([q.byId.get('Q1')?.type, q.byId.get('Q1')?.choices], ['choice', ['Dry', 'Liquid', 'Both']]);
    const got = answersOf(['Response', '', '(1) Liquid.', '', '(2) 4,200 tonnes.'].join('\n'), q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.value], ['answered', 'Liquid']);
    // (Not a yes-or-no "any": "Does the council use a contractor or not?")
    assert.equal(fromRequest('1. Does the council use a contractor or not for gritting?\n2. How many gritters?').byId.get('Q1')?.type, 'yes-no');
  });
});

describe('not held in other words', () => {
  it('reads a cost element that is not identified as not held', () => {
    assert.equal(classifyAnswer('The contract covers delivery to all depots and the salt only element of the cost is not identified.').status, 'not-held');
    assert.equal(classifyAnswer('The cost is not separately identified.').status, 'not-held');
    assert.notEqual(classifyAnswer('No defects were identified at the inspection.').status, 'not-held');
    assert.notEqual(classifyAnswer('The officer who signed the order is not identified in the minutes, which list the panel.').status, 'not-held');
  });

  it('reads a question that asks for an opinion as not held', () => {
    assert.equal(classifyAnswer('This question asks for an opinion, whereas a request should be for recorded information.').status, 'not-held');
    assert.notEqual(classifyAnswer('We asked residents for their opinions in a survey; 61% were satisfied.').status, 'not-held');
    assert.notEqual(classifyAnswer('Residents gave their opinions at drop-in events in the spring.').status, 'not-held');
  });

  it('does not read "section 3 of the Regulations" as refusing a question about the cost limit', () => {
    const q = { id: 'Q1', text: 'What is the cost limit for FOI requests to bodies other than central government?', type: 'money' } as Question;
    assert.notEqual(classifyAnswer('The cost limit is not set by us. More information is in section 3 of the Fees Regulations 2004.', q).status, 'refused');
    // (Section 12 named with refusal wording still refuses.)
    assert.equal(classifyAnswer('We refuse this under section 12 as the cost limit would be exceeded.', q).status, 'refused');
  });
});

describe('a note on the questions above, after the last answer', () => {
  it('ends the last answer before the note', () => {
    const request = ['1. How many agency planners did the council employ on 1 April 2024?', '2. How many agency planners did it employ on 1 October 2024?', '3. What did the council spend on agency planners in 2023/24?'].join('\n');
    const reply = ['Response', '', '1. 12', '', '2. Fewer than 5 (see below)', '', '3. What did the council spend on agency planners in 2023/24?', '', 'In issuing our response the council has applied section 21 of the Act: the spend is published at https://example.gov.uk/agency-spend', '', 'We are unable to provide an exact number for the questions above as:', '  • There is a low number involved.', '  • The release of this information could identify individuals, which would be their personal data.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q3')?.status, got.get('Q3')?.exemption], ['signposted', 's21']);
    assert.doesNotMatch(got.get('Q3')!.text, /questions above|low number/);
    // (The band under those reasons is withheld as personal data.)
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption, got.get('Q2')?.value], ['refused', 's40', null]);
    // (After the part's own words too: "Agency planners – Fewer than 5 (see below)".)
    const worded = answersOf(reply.replace('2. Fewer than 5', '2. Agency planners – Fewer than 5'), fromRequest(request));
    assert.deepEqual([worded.get('Q2')?.status, worded.get('Q2')?.exemption], ['refused', 's40']);
  });
});

describe('a yes-or-no question answered by its first part\'s count', () => {
  const REQUEST = ['1. Has the council used an agency to supply a whole planning team in the last five years?', 'a) How many teams have you used?', '2. Which service did the teams cover?'].join('\n');

  it('reads one or more as yes and none as no, offered with doubt', () => {
    const q = fromRequest(REQUEST);
    assert.equal(q.byId.get('Q1')?.type, 'yes-no');
    const yes = answersOf([...REQUEST.split('\n').slice(0, 2), 'We used two teams in 2022', REQUEST.split('\n')[2], 'Development management'].join('\n'), q);
    assert.deepEqual([yes.get('Q1')?.status, yes.get('Q1')?.value], ['answered', 'Yes']);
    assert.ok(yes.get('Q1')!.confidence < 0.95);
    const none = answersOf([...REQUEST.split('\n').slice(0, 2), '0', REQUEST.split('\n')[2], 'N/A'].join('\n'), q);
    assert.deepEqual([none.get('Q1')?.status, none.get('Q1')?.value, none.get('Q1')?.line], ['answered', 'No', 3]);
  });
});

describe('a reply whose answers are a web page\'s list, every item numbered "1."', () => {
  it('numbers the answers 1 to N as it numbers the quoted questions', () => {
    const request = ['  1. How many requests did you receive in 2024?', '  1. How many did you refuse?', '  1. How many went to internal review?'].join('\n');
    const reply = [request, '', 'Thank you for your request.', '', '  1. We received 812 requests.', '', '  1. We refused 64.', '', '  1. 19 went to internal review.'].join('\n');
    assert.deepEqual(numberedOnes(reply, 3)?.text.split('\n').filter((l) => /^\s+\d\./.test(l)).map((l) => l.trim().slice(0, 2)), ['1.', '2.', '3.', '1.', '2.', '3.']);
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([reading(got, 'Q1'), reading(got, 'Q2'), reading(got, 'Q3')], [['answered', 812, 7], ['answered', 64, 9], ['answered', 19, 11]]);
    // (Answers numbered 1, 2, 3 are left as they are.)
    const numbered = numberedOnes(reply.replace('  1. We refused', '  2. We refused'), 3)!.text;
    assert.ok(numbered.includes('  1. We received') && numbered.includes('  1. 19 went'));
  });
});

describe('a decision under "Our response" that points below before its section', () => {
  const REQUEST = ['1. The number of pupils with a care plan in primary schools, by year, since 2015.', '', '2. The number of pupils with a care plan in secondary schools, by year, since 2015.', '', '3. The total number of pupils in primary schools, by year, since 2015.'].join('\n');

  it('signposts every question under section 21 from the lead line, when the link is below', () => {
    const reply = ['Your request', '', REQUEST, '', 'Our response', '', 'Please note that we have reviewed your request and consider the below applies.', '', 'Section 21 – Information accessible to applicant by other means', '', 'Section 21(1) of the Act says that information reasonably accessible to the applicant otherwise is exempt information.', '', 'The school census figures can be found on the below link:', '', 'Explore education statistics – school census'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['signposted', 's21', 11], id);
  });

  it('refuses under section 21 when nothing says where to look', () => {
    const reply = ['Your request', '', REQUEST, '', 'Our response', '', 'Section 21 – Information accessible to applicant by other means', '', 'We consider this information reasonably accessible to you by other means.'].join('\n');
    assert.deepEqual([answersOf(reply, fromRequest(REQUEST)).get('Q2')?.status], ['refused']);
  });

  it('reads "on the below link" as saying where to look', () => {
    assert.equal(classifyAnswer('Section 21 applies. The figures can be found on the below link:').status, 'signposted');
    assert.equal(classifyAnswer('Section 21 applies. The figures can be found via the following link').status, 'signposted');
  });
});

describe('a refusal notice with no blank line under the letter\'s heading', () => {
  it('refuses every bulleted item under section 12, its figures the workings', () => {
    const request = ['Will you please provide me with:', '- A list of the addresses of all the thatched buildings in your area that have had fires in the past five years', '- The number of thatched buildings in your area that have had fires each year', '- The number of fires in any buildings over the last five years'].join('\n');
    const reply = ['You asked for:', request, 'If you have any questions please contact me by email.', 'Our Response:', 'Answer: - This information is not recorded in an easily retrievable format. Finding it would need a manual search of every fire record for the last 5 years against the list of thatched buildings.', 'There are around 2,140 thatched properties in the county and 9,310 fires were recorded in the period.', 'At one minute a record this would take about 155 hours, over the cost threshold of 18 hours, and engages Section 12(1) of the Act.', 'This letter constitutes a refusal notice under Section 17(5) with Section 12(1) of the Act applied.'].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 8], id);
  });
});

describe('a disclosure log entry with no blank lines at all', () => {
  it('takes the line under "Response" as the statement, not the request\'s last line above it', () => {
    const request = ['I would like to request the following:', '- The number of skate parks managed by the council in each year since 2015.', '- The amount spent on skate parks in each year since 2015.', '- The number of skate parks proposed for closure next year.'].join('\n');
    const reply = ['FOI request (FOI-1234)', 'Skate parks', request, 'The figures are for an article in our local paper.', 'Response', 'Please see attached document answering all the questions raised.', 'Attachments'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['signposted', 9], id);
  });
});

describe('a thread whose letter opens "Hi Sam" under the request', () => {
  it('answers in the letter\'s own sentences, in the request\'s order', () => {
    const request = ['  1. How many grass fires did your service attend from 2019 to 2023?', '  2. Please list any new equipment your service has bought in the last 5 years to fight grass fires.', '  3. Please give the yearly cost of dealing with grass fires to your service from 2019 to 2023.', '  4. How many firefighters are trained in grass fire tactics?'].join('\n');
    const reply = ['Dear Sir or Madam,', '', 'I am requesting the following information:', '', request, '', 'Kind regards,', '', '', 'Hi Sam', '', 'Thank you for your request, which we have considered under the Act.', '', 'Our crews attended 412 grass fires from 2019 to 2023.', '', 'We have bought no new equipment for grass fires in the last 5 years, although beaters have been discussed.', '', 'The service does not record the cost of grass fires separately; its yearly budget is in our annual reports.', '', 'All 260 of our firefighters are trained in grass fire tactics.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.line, got.get('Q2')?.line, got.get('Q3')?.line, got.get('Q4')?.line], [17, 19, 21, 23]);
    assert.equal(got.get('Q3')?.status, 'not-held');
  });
});

describe('answers that follow on from a negative first answer', () => {
  it('reads "0 – we hold no information" as none, and "as the response to Q1 is negative" as not arising', () => {
    assert.deepEqual([classifyAnswer('0 – we hold no information specific to your request.').status], ['answered']);
    const na = classifyAnswer('As the response to Q1 above is negative we are unable to provide a response to these parts. Had any information been held, it would have attracted the exemption in Section 40 of the Act.');
    assert.deepEqual([na.status, na.exemption], ['not-applicable', undefined]);
    assert.equal(classifyAnswer('As the answer to question 3 is no, this does not apply.').status, 'not-applicable');
    // (A figure given with a not-held part stays partial; an answer pointing to Q1's stays a reference.)
    assert.equal(classifyAnswer('12 – we hold no breakdown by month.').status, 'partial');
    assert.notEqual(classifyAnswer('As the answer to Q1 is 14, please see that answer.').status, 'not-applicable');
  });
});

describe('a request for fields of a data set, introduced with a full stop', () => {
  it('reads each bulleted field as a question, and finds a two-word field quoted on its bullet', () => {
    const request = ['I am asking for the payments made to suppliers in 2024.', 'Please send a list of these payments, which contains as much of the following information for each payment as possible.', '- Supplier name', '- Amount paid, excluding VAT', '- Payment date, or another transaction date', '- A description of the nature of the expense'].join('\n');
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.text), ['Supplier name', 'Amount paid, excluding VAT', 'Payment date, or another transaction date', 'A description of the nature of the expense']);
    const reply = [request.split('\n')[0], request.split('\n')[1], '- Supplier name', 'The supplier names are exempt under section 43(2) of the Act, as releasing them would prejudice our suppliers.', '- Amount paid, excluding VAT', 'Please see attached spreadsheet', '- Payment date, or another transaction date', 'Please see attached spreadsheet', '- A description of the nature of the expense', 'Please see attached spreadsheet'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.exemption, got.get('Q1')?.line], ['refused', 's43', 4]);
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.line], ['signposted', 6]);
    // (A bullet of as many words that are not the field's quotes nothing.)
    const other = answersOf(reply.replace('- Supplier name', '- Supplier type'), q);
    assert.notEqual(other.get('Q1')?.line, 4);
    // (Without "the following information", a sentence's full stop introduces nothing.)
    assert.equal(questionnaireFromRequest(request.replace('as much of the following information for each payment as possible.', 'the usual columns.')).questionnaire?.questions.length ?? 0, 0);
  });
});

describe('more ways of saying part is not held', () => {
  it('reads "unable to provide a break down" with figures as partial', () => {
    assert.equal(classifyAnswer('£41,200 with one supplier and £12,900 with another, but this is not only for street bins - we are unable to provide a break down').status, 'partial');
    assert.equal(classifyAnswer('We are unable to provide a breakdown by ward.').status, 'not-held');
  });

  it('reads a count kept only as a percentage as not held, the percentage its context', () => {
    assert.equal(classifyAnswer('We only measure this in percentages - our overall availability for the period was 84.2%').status, 'not-held');
    assert.equal(classifyAnswer('We only record this by ward: 12 in North ward.').status, 'answered');
  });
});

describe('a numbered question with parts lettered in capitals', () => {
  it('reads "A." to "D." under "1. …, including:" as the parts 1a to 1d', () => {
    const q = fromRequest(['1. The requests made to the college by public bodies under the surveillance law in the last five years, including:', 'A. The public body that made the request', 'B. The date of the request', 'C. The outcome of the request'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q1c']);
    // (Capitals with no number above them are the request's own items.)
    assert.deepEqual(fromRequest(['A. How many requests did the college receive?', 'B. How many did it refuse?', 'C. How many went to review?'].join('\n')).questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });
});

describe('a request lettered A) to C) with options numbered I. Ii. Iii. under the first', () => {
  const REQUEST = ['A) In the past three years has the college bought uniforms from the following companies:', 'I. Northgate Clothing', 'Ii. Fellbridge Workwear', 'Iii. Moorland Outfitters', '', 'B) I request any emails of the procurement team about labour standards in its supply chains.', '', 'In particular any mention of the factory fire reported last spring.', '', 'C) In the past year has the college bought uniforms from any signatory of the fair labour accord?'].join('\n');

  it('keeps the options and the narrowing paragraph with their items', () => {
    const q = fromRequest(REQUEST);
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.match(q.byId.get('Q1')!.text!, /Northgate Clothing Ii\. Fellbridge Workwear Iii\. Moorland Outfitters$/);
    assert.match(q.byId.get('Q2')!.text!, /In particular any mention of the factory fire/);
  });

  it('reads the answers with their letters run onto them', () => {
    const got = answersOf([REQUEST, 'A)No', 'B) No emails', 'C) No'].join('\n'), fromRequest(REQUEST));
    assert.deepEqual([reading(got, 'Q1'), reading(got, 'Q3')], [['answered', 'No', 11], ['answered', 'No', 13]]);
  });
});

describe('an answer written at the end of the question it quotes', () => {
  const REQUEST = ['1) Was your school, or any part of it, built between the 1960s and 1980s? Please simply answer YES or NO to this question.', '', '2) Are you aware if there is asbestos board in any part of the school premises? Please simply answer YES, NO or UNSURE to this question.', '', '3) Does the school have plans to remove the asbestos board? If the answer to this question is YES, please specify the target removal year.', 'If the answer is NO, and your school does have asbestos board, please briefly say why.'].join('\n');

  it('takes the word after the question\'s full stop as its answer, though the question offers it', () => {
    const reply = ['Please find below the response.', '', '1) Was your school, or any part of it, built between the 1960s and 1980s?', 'Please simply answer YES or NO to this question. YES', '', '2) Are you aware if there is asbestos board in any part of the school premises? Please simply answer YES, NO or UNSURE', 'to this question. NO', '', '3) Does the school have plans to remove the asbestos board? If the answer to this question is YES, please specify', 'the target removal year. N/A'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.deepEqual([reading(got, 'Q1'), reading(got, 'Q2'), got.get('Q3')?.status], [['answered', 'Yes', 4], ['answered', 'No', 7], 'not-applicable']);
  });

  it('keeps "If the answer is NO, … say why" with the question it follows', () => {
    assert.match(fromRequest(REQUEST).byId.get('Q3')!.text!, /please briefly say why\.$/);
  });

  it('reads "We are aware that there is NO …" as no, the "no" the reply\'s own', () => {
    const reply = ['Please see responses below:', '1) YES', '2) We are aware that there is NO asbestos board in any part of the school premises', '3) N/A'].join('\n');
    assert.deepEqual(reading(answersOf(reply, fromRequest(REQUEST)), 'Q2'), ['answered', 'No', 3]);
  });
});

describe('more of the letter\'s ways to say what is attached and which questions it answers', () => {
  it('signposts "I have attached an Excel workbook" and "I enclose a copy of …"', () => {
    assert.equal(classifyAnswer('Thank you for your request of 3 May. I have attached an Excel workbook containing our response as requested.').status, 'signposted');
    assert.equal(classifyAnswer('I enclose a copy of all of the information requested.').status, 'signposted');
    assert.notEqual(classifyAnswer('We have attached great importance to this review.').status, 'signposted');
  });

  it('reads "In response to questions 1-4," as naming all four, not a label for question 1', () => {
    const request = ['1. Has the council had a major cyber incident this year?', '2. If yes, how many were ransomware?', '3. What ransom was asked for each?', '4. What were the direct costs?'].join('\n');
    const reply = [request, 'In response to questions 1-4, the council confirms that it holds the information, but we consider it exempt under Section 31(1)(a) of the Act.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.value], ['refused', 's31', null], id);
  });

  it('answers a yes-or-no question whose letter notes it keeps no count it was not asked for', () => {
    const q = { id: 'Q4', text: 'Are any members of staff eligible for free parking and if so who?', type: 'yes-no' } as Question;
    assert.equal(classifyAnswer('Staff who hold a Blue Badge can park for free in the disabled bays. The Trust does not record the number of staff who do this.', q).status, 'answered');
    const count = { id: 'Q4', text: 'How many members of staff park for free?', type: 'number' } as Question;
    assert.notEqual(classifyAnswer('Staff who hold a Blue Badge can park for free in the disabled bays. The Trust does not record the number of staff who do this.', count).status, 'answered');
    const listed = { id: 'Q4', text: 'Please give the number of staff who park for free.', type: 'text' } as Question;
    assert.notEqual(classifyAnswer('Staff who hold a Blue Badge can park for free in the disabled bays. The Trust does not record the number of staff who do this.', listed).status, 'answered');
    // (Only a count said not kept: "does not hold the criteria" is a not-held remark on the question.)
    assert.notEqual(classifyAnswer('Staff who hold a Blue Badge can park for free. The Trust does not hold the eligibility criteria for this.', q).status, 'answered');
  });
});

describe('a quoted list whose first item runs on after ":-"', () => {
  it('finds the first item\'s quote, so a statement of the whole covers it', () => {
    const request = ['I am asking how the service records certain incidents in rural areas.', 'Specifically, we are seeking information on the following types of incident:- Confusion about the location of an emergency', '- Downgrading of calls', '- Responses delayed by pressures in other areas'].join('\n');
    const reply = ['Information Requested', request, '- Response', 'We have applied section 17 of the Act to your request, as information not held.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.equal(got.get(id)?.status, 'not-held', id);
  });
});

describe('a disclosure log page whose decision stands above the request it decides', () => {
  it('refuses every item under section 12 when nothing of the letter\'s follows the request', () => {
    const request = ['Request 1', 'How many serving officers have criminal convictions?', '', 'Request 2', 'Please list those convictions.', '', 'Request 3', 'How many officers are suspended on full pay?'].join('\n');
    const reply = ['Request Number: FOI/1234', '', 'Request and Answer:', 'Your request for information below has now been considered. In respect of Section 1(1)(a) of the Act we can confirm that the force holds the information you have requested, however it is estimated that the cost of complying with your request for information, which would mean reading the personnel file of every serving officer by hand across three systems that were never joined together and then checking each record against the courts service lists, would exceed the appropriate costs limit under Section 12(1) of the Act.', '', request].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 3], id);
    // (An answer below the request is the answer: the paragraph above is read only when none is.)
    const answered = answersOf([...reply.split('\n'), '', 'Response', '', 'Please see the attached table.'].join('\n'), fromRequest(request));
    assert.equal(answered.get('Q1')?.status, 'signposted');
  });
});

describe('a letter that names its questions in sentences about the information', () => {
  it('reads "the information we hold in relation to questions 1, 2 and 4 is enclosed" and "no information in relation to question 3"', () => {
    const request = 'You asked for information about a visit by the minister, specifically: 1. The reason for the visit. 2. Who arranged the visit. 3. Whether the town council paid any costs. 4. Any correspondence about the visit.';
    const reply = ['Dear requester', '', request, '', 'I confirm we hold some information caught by your request. The information we hold in relation to questions 1, 2 and 4 is enclosed (Annex A). We do not hold any other information about the reason for the visit. We also do not hold any information in relation to question 3.', '', 'If you are dissatisfied you may ask for a review.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q2')?.status, got.get('Q4')?.status, got.get('Q3')?.status], ['signposted', 'signposted', 'signposted', 'not-held']);
  });
});

describe('a WhatDoTheyKnow thread of "Please can you confirm" paragraphs, answered not held', () => {
  it('reads each paragraph as a question, and the letter after the requester\'s sign-off and the thread\'s header as their answer', () => {
    const request = ['Dear Riverside Council,', '', 'I am researching the licensing of caravan sites.', '', 'Please can you confirm the name and address of every licensed caravan site in your area.', '', 'Please can you confirm the number of licence applications received since 2020.', '', 'Please can you confirm if the council refused any licence applications since 2020.', '', 'Many thanks.', '', 'Jo Bell', 'For the Caravan Residents Group', '', 'Yours faithfully,', '', 'Jo Bell'].join('\n');
    const q = fromRequest(request);
    assert.equal(q.questions.length, 3);
    const reply = [request, '', 'Sam Hart, Riverside Borough Council', '', 'Dear Sir / Madam', '', 'With reference to your request for information held by the Council under the above legislation.', '', 'Response:', '', 'The Council has searched its records and failed to locate any relevant records to your request.', '', 'Yours sincerely'].join('\n');
    const got = answersOf(reply, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 28], id);
  });
});

describe('a police commissioner\'s short replies', () => {
  it('answers none for a request whose letter says none were appointed, under the requester\'s own follow-up ask', () => {
    const request = ['Q1) How many advisers were appointed by the commissioner over the period?', '', '1a) Please give the yearly salary of each adviser.', '', '1b) How many advisers did the deputy appoint?'].join('\n');
    const reply = ['FOI 0101 – Advisers', '', request, '', 'For Q1b, could you please tell me which party each adviser belonged to.', '', 'Following a search of our records, I have established that no “advisers” were appointed by the commissioner over the period.', '', 'If you are dissatisfied you may ask for a review.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([reading(got, 'Q1'), got.get('Q1a')?.status], [['answered', 0, 11], 'not-applicable']);
  });

  it('reads items lettered "A:" under the question they break down', () => {
    const q = fromRequest(['How many times did the commissioner write to the minister for the following reasons:', 'A: Raising concerns about budget cuts', 'B: Asking for more money', 'C: Raising concerns about officer safety'].join('\n'));
    assert.equal(q.questions.length, 3);
    assert.match(q.questions[1]!.text!, /Asking for more money/);
  });

  it('answers with the figure when the letter neither confirms nor denies any further information', () => {
    const cls = classifyAnswer('Total training cost £12,480.50. The force can neither confirm nor deny any further information is held by virtue of Section 23(5) of the Act.');
    assert.equal(cls.status, 'answered');
    assert.deepEqual([classifyAnswer('We hold 12 records. We can neither confirm nor deny whether any information is held about named officers under Section 23(5).').status], ['partial']);
  });
});

describe('held-out rounds 83 and 84, read after their blind scores were taken', () => {
  it('takes the sum given for "Do you charge …? If so, how much are these?"', () => {
    const q = fromRequest(['1. How many cremations did you perform in 2024?', '2. Do you charge any fees in addition to the standard fee? If so, how much are these?', '3. Do you run your own funeral service?'].join('\n'));
    const got = answersOf(['Response', '1. 1204', '2. The environmental fee is £58, all other fees are in the base fee.', '3. Not at present.'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 58, 3]);
    assert.equal(got.get('Q2')?.unit, 'GBP');
    // (Without a sum, a yes or no all the same.)
    assert.deepEqual(reading(answersOf(['Response', '1. 1204', '2. No.', '3. No.'].join('\n'), q), 'Q2'), ['answered', 'No', 3]);
  });

  it('reads no whole-request "not held" in a paragraph that gave figures before it', () => {
    const request = 'Please provide the following for 2023: 1. How many bins can be put out for collection? 2. List the kinds of bin. 3. What is the average number of bins collected from each home?';
    const reply = ['Request', request, 'Response', 'We do not hold the number of bins collected, only the number issued. 61,340 bins could be put out for collection.', 'Each home has a general waste bin and a recycling bin.', 'Unfortunately the Council do not hold the information you have requested, and we give notice that it is not held.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.notDeepEqual([got.get('Q1')?.status, got.get('Q2')?.status], ['not-held', 'not-held']);
  });

  it('reads a request that is only a bulleted list of documents, and one introduced "… the following documents -"', () => {
    const bullets = ['- The first version of the 2019 bus network report', '- The corrected version of the 2019 bus network report', '- The minutes of the board meeting that approved the correction'].join('\n');
    assert.equal(fromRequest(bullets).questions.length, 3);
    assert.equal(fromRequest(`You have asked for copies of the following documents -\n${bullets}`).questions.length, 3);
    // (Two bullets and a paragraph of prose are no list of items.)
    assert.equal(questionnaireFromRequest(`I would like to know about the bus network report, which I have read.\nIt seemed wrong to me and others.\n${bullets.split('\n').slice(0, 2).join('\n')}`).questionnaire?.questions.length ?? 0, 0);
  });
});
