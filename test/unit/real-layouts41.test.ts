// Layouts and wordings found by scoring the engine on replies it had never seen (session 41), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { classifyAnswer } from '../../src/core/classify';
import { groupedAsks } from '../../src/core/groupedAsks';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a request in parts titled "Part 1:", "Part 2:" over questions numbered on their own', () => {
  const request = [
    'Part 1: The following questions aim to establish how complaints are logged.',
    '',
    '1. What system do you use to log complaints? e.g. spreadsheet, database, specialist software (please identify the supplier/brand if so)',
    '',
    '2. Are complainants\' names removed before complaints are passed to services?',
    '',
    'Part 2: The following questions aim to establish how the work is staffed.',
    '',
    '3. Do you have a team with lead responsibility for complaints?',
    '',
    '4. How many FTE staff are in this team?',
  ].join('\n');
  const q = fromRequest(request);

  it('takes the numbered items as the questions, not the parts\' titles', () => {
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.match(q.byId.get('Q1')!.text ?? '', /^What system/);
  });

  it('reads an instruction in brackets as no options ("(please identify the supplier/brand if so)")', () => {
    assert.equal(q.byId.get('Q1')!.type, 'text');
    assert.equal(fromRequest('1. Which collection do you use (weekly / fortnightly)?\n2. How many crews?').byId.get('Q1')!.type, 'choice');
  });

  it('gives no answer to a question under which the reply only repeats the next part\'s title', () => {
    const reply = [
      'Part 1: The following questions aim to establish how complaints are logged.',
      '',
      '1. What system do you use to log complaints? e.g. spreadsheet, database, specialist software (please identify the supplier/brand if so)',
      '',
      'Oldcastle Borough Council uses a case management system built in-house.',
      '',
      '2. Are complainants\' names removed before complaints are passed to services?',
      '',
      '',
      'Part 2: The following questions aim to establish how the work is staffed.',
      '',
      '3. Do you have a team with lead responsibility for complaints?',
      '',
      'Yes, the Customer Feedback Team.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.line, 5);
    assert.equal(got.get('Q2'), undefined);
    assert.equal(got.get('Q3')?.value, 'Yes');
    // A council's own words under the question are its answer.
    const answered = answersOf(reply.replace('\n\nPart 2: The following questions aim to establish how the work is staffed.', '\n\nNo, names are kept.'), q);
    assert.equal(answered.get('Q2')?.value, 'No');
  });
});

describe('a pointer to a published report or a page, with a caveat after it', () => {
  const q = fromRequest(['1. How many emergency calls were received last year?', '2. How many were given the highest priority?', '3. What is the policy on grading calls?'].join('\n'));

  it('reads "Please see [3]https://…" as a signpost, whatever figure names the service', () => {
    const text = 'Please see\n[3]https://www.example.nhs.uk/ambulance-standards\nfor details of the national response programme; this page explains the different ways in which \u2018999\u2019 calls are categorised by the control room and the target response times for each category.';
    assert.ok(text.length > 200);
    assert.equal(classifyAnswer(text, q.byId.get('Q3')).status, 'signposted');
    assert.equal(classifyAnswer('Please see the standards on our website for the ways in which \u2018999\u2019 calls are categorised.').status, 'signposted');
    assert.equal(classifyAnswer('A breakdown of these calls by category is also available in the annual performance report, which the trust publishes every June.', q.byId.get('Q2')).status, 'signposted');
    // A count of calls in figures is a figure all the same.
    assert.equal(classifyAnswer('We received 999 calls about the scheme last year.', q.byId.get('Q1')).status, 'answered');
  });

  it('signposts when the link comes before what is not recorded, and says not held when it comes after', () => {
    const reply = [
      '1. How many emergency calls were received last year?',
      'The annual performance report gives the year\'s totals.',
      '2. How many were given the highest priority?',
      'Category 1 is the highest priority; a breakdown of these calls is also available in the report',
      '[2]https://www.example.nhs.uk/performance-report',
      'We do not report our performance by the arrival of duty managers, who attend only complex incidents.',
    ].join('\n');
    assert.equal(answersOf(reply, q).get('Q2')?.status, 'signposted');
    const after = reply.replace('[2]https://www.example.nhs.uk/performance-report\n', '').replace('incidents.', 'incidents. https://www.example.nhs.uk/performance-report');
    assert.equal(answersOf(after, q).get('Q2')?.status, 'not-held');
  });
});

describe('a web page\'s lists copied as text: every question quoted again numbered "1."', () => {
  const q = fromRequest(['1. How many assaults on staff were recorded in each year?', '2. How many of these were reported to the police?', '3. How many had a criminal justice outcome?'].join('\n'));

  it('reads the quoted copies as the questions in order, below the request listed 1 to 4', () => {
    const reply = [
      'Details of enquiry',
      '  1. How many assaults on staff were recorded in each year?',
      '  2. How many of these were reported to the police?',
      '  3. How many had a criminal justice outcome?',
      '  4. What measures have been introduced to reduce assaults?',
      '',
      'Response',
      '  1. How many assaults on staff were recorded in each year?',
      '',
      'None',
      '',
      '  1. How many of these were reported to the police?',
      '',
      'Not applicable. See response to question 1 above',
      '',
      '  1. How many had a criminal justice outcome?',
      '',
      'Not applicable. See response to question 1 above',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 0, 10]);
    assert.deepEqual(reading(got, 'Q2'), ['not-applicable', null, 14]);
    assert.deepEqual(reading(got, 'Q3'), ['not-applicable', null, 18]);
    // Not when the "1." copies are fewer than the questions: nothing is renumbered.
    const two = reply.split('\n').slice(0, 15).join('\n');
    assert.equal(answersOf(two, q).get('Q2')?.line, 14);
    assert.equal(answersOf(two, q).get('Q3'), undefined);
    // Nor when they are more: which copy is which question is not known.
    const more = `${reply}\n\n  1. Were any staff injured?\n\nNo`;
    assert.equal(answersOf(more, q).get('Q3'), undefined);
  });
});

describe('a small count given only as its band', () => {
  const q = fromRequest(['1) The number of press officers by grade.', '2) The total annual cost of the press office.'].join('\n'));

  it('reads "less than 5 …" with the letter\'s reason citing section 40 as refused under s40', () => {
    const reply = [
      '1) There are currently less than 5 press officers.',
      '',
      'Where the figure is less than 5, we consider that releasing the exact number could identify individuals. The information is exempt under s40(2) of the FOIA.',
      '',
      '2) The total annual cost is £88,410.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.exemption], ['refused', 's40']);
    assert.equal(got.get('Q2')?.value, 88410);
  });

  it('never writes the band\'s bound unreviewed as the count when no reason is given', () => {
    const got = answersOf('1) There are currently less than 5 press officers.\n\n2) The total annual cost is £88,410.', q);
    assert.equal(got.get('Q1')?.status, 'answered');
    assert.ok(got.get('Q1')!.confidence < 0.95);
    // An exact count is as sure as before.
    assert.ok(answersOf('1) There are currently 4 press officers.\n\n2) The total annual cost is £88,410.', q).get('Q1')!.confidence >= 0.95);
  });
});

describe('a table of a row per year under a long column header, for a question naming its years by example', () => {
  const q = fromRequest(
    [
      '1. The total value of settlement payments in each of the last three financial years, 2021-22, 2022-23 and 2023-24?',
      '2. How many settlements for each of these financial years this total relates to. For example, £1 million for two settlements in 2022-23?',
      '3. The number of settlement payments over £50,000, in £25,000 brackets. For example: £50,000-£75,000 - four people; £75,000-£100,000 - two people; £100,000-£125,000 - one person, etc?',
    ].join('\n'),
  );

  it('reads the latest row, not the year in the requester\'s example, and no options from the example', () => {
    assert.equal(q.byId.get('Q3')!.type, 'number');
    const rows = 'The answer to question 2 is set out in the table below:\n\nFinancial Year Number of staff taking Voluntary Settlements\n2021-22 41\n2022-23 38\n2023-24 52';
    assert.equal(parseValue(rows, q.byId.get('Q2')!).value, 52);
  });

  it('counts the people in the first band, not the band\'s sums', () => {
    const bands = 'Payments of £50,000 or more Number of staff\n£50,000 to £75,000 17\n£75,000 to £100,000 9';
    assert.equal(parseValue(bands, q.byId.get('Q3')!).value, 17);
    // A count question that names no sum reads the first figure, as before.
    assert.equal(parseValue('£2,019 and 15', fromRequest('1. How many grants were made?\n2. Who decides?').byId.get('Q1')!).value, 2019);
  });
});

describe('a spreadsheet that numbers every line of the request in turn', () => {
  const request = [
    '1. Does the council license skips?',
    '2. For each year, please state:',
    '   a) the number of skip licences issued;',
    '   b) the number of scaffold licences issued.',
    '3. What is the current fee for a skip licence?',
    '4. How many fixed penalty notices were issued for unlicensed skips?',
    '5. What percentage of licence applications were made online?',
    '6. In which year were the licence fees last revised?',
    '7. Does the council use an IT system for licences? If so:',
    '   (a) what is the name of the system and its supplier?',
    '   (b) when does the current contract expire?',
  ].join('\n');
  const q = fromRequest(request);

  it('reads "10\\t(a) …" as the council\'s row 10, the request\'s part copied in its cell', () => {
    const reply = [
      'Ref\tQuestion\tResponse',
      '1\tDoes the council license skips?\tYes',
      '2\tFor each year, please state:\t',
      '3\ta) the number of skip licences issued\t2023/24: 311',
      '4\tb) the number of scaffold licences issued\t2023/24: 87',
      '5\tWhat is the current fee for a skip licence?\t£64 per permit',
      '6\tHow many fixed penalty notices were issued for unlicensed skips?\tNone',
      '7\tWhat percentage of licence applications were made online?\t52%',
      '8\tIn which year were the licence fees last revised?\t2022',
      '9\tDoes the council use an IT system for licences?\tNo - a shared spreadsheet',
      '10\t(a) name of system and supplier\tN/A',
      '11\t(b) contract expiry date\tN/A',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q7'), ['answered', 'No', 10]);
    assert.deepEqual(reading(got, 'Q7a'), ['not-applicable', null, 11]);
    assert.deepEqual(reading(got, 'Q7b'), ['not-applicable', null, 12]);
    // A part letter that is not the part's at that row is left alone (the part is only routed out
    // by Q7's "No", on Q7's line).
    assert.equal(answersOf(reply.replace('10\t(a)', '10\t(c)'), q).get('Q7a')?.line, 10);
  });

  it('reads when a contract expires as a date, and "Response to (a) and (b):" as both parts\' answer', () => {
    assert.equal(q.byId.get('Q7b')!.type, 'year');
    const reply = [
      '7. Does the council use an IT system for licences? If so:',
      'Response: No. Licences are kept on spreadsheets.',
      '(a) what is the name of the system and its supplier?',
      '(b) when does the current contract expire?',
      'Response to (a) and (b): Not applicable.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q7a'), ['not-applicable', null, 5]);
    assert.deepEqual(reading(got, 'Q7b'), ['not-applicable', null, 5]);
    // A response that names only (b) is no answer to (a) (routed out by Q7's "No", on its line).
    assert.equal(answersOf(reply.replace('to (a) and (b)', 'to (b)'), q).get('Q7a')?.line, 2);
  });

  it('ends the last answer at the letter\'s "Advice and assistance" section', () => {
    const reply = ['(b) when does the current contract expire?', '31 August 2027', '', 'Advice and assistance', 'If you were to narrow question 4 to a single month, we may be able to answer it within the cost limit.'].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q7b')?.status, got.get('Q7b')?.value], ['answered', 2027]);
  });
});

describe('a question asking for a processing time', () => {
  it('reads a target processing or decision time as a length of time', () => {
    const q = fromRequest('1. What is the council\'s target processing time for a scaffold licence application?\n2. What is the average decision time for a street trading consent?\n3. Please describe any action taken to reduce waiting times.');
    assert.equal(q.byId.get('Q1')!.type, 'duration');
    assert.equal(q.byId.get('Q2')!.type, 'duration');
    assert.equal(q.byId.get('Q3')!.type, 'text');
  });
});

describe('a sentence broken by a page\'s footer, a rule and a header', () => {
  it('reads the figure that carries the sentence on, on the next page', () => {
    const q = fromRequest('1. How many enquiries were received?\n2. What percentage were answered within the target?');
    const reply = [
      'Question 1 - how many enquiries were received',
      '',
      'We received 412 enquiries.',
      '',
      'Question 2 - what percentage were answered within the target',
      '',
      'During the year the proportion of advice issued within the target was',
      '',
      '',
      'FOI 4410/25                                            Page 2 of 3',
      '________________________________________________________________',
      'Tarnwick Borough Council - Information Rights          OFFICIAL',
      '',
      '64%.',
    ].join('\n');
    assert.deepEqual(reading(answersOf(reply, q), 'Q2'), ['answered', 64, 7]);
  });
});

describe('a name and job title asked, the title given and the name withheld', () => {
  it('is partial under s40', () => {
    const q = fromRequest('1. How many officers manage the service?\n2. Please give the name and job title of the officer who manages the service.');
    const text = 'The service is managed by our Licensing Team Leader. We have not provided the officer\'s name, which is personal data; section 40(2) of the Act applies.';
    const got = classifyAnswer(text, q.byId.get('Q2'));
    assert.deepEqual([got.status, got.exemption], ['partial', 's40']);
    assert.deepEqual([classifyAnswer('The officer\'s name and title are personal data; section 40(2) of the Act applies.', q.byId.get('Q2')).status], ['refused']);
  });
});

describe('questions quoted together by their inline numbers, answered together below', () => {
  const request = [
    'Please could you tell me (1) whether the council charges for pre-application advice; (2) the current fee for a householder enquiry; and (3) how many enquiries the council received in 2023/24.',
    'I would also like to know (4) your target time, in working days, for written advice and (5) how many planning performance agreements the council signed in 2023/24.',
  ].join('\n\n');
  const q = fromRequest(request);
  const reply = [
    'Dear Ms Arden,',
    '',
    'You asked: (1) whether the council charges for pre-application advice; (2) the current fee',
    'for a householder enquiry.',
    '',
    'Response: No - Hollinbrook does not charge for advice, so question (2) does not apply.',
    '',
    'You asked: (3) how many enquiries the council received in 2023/24.',
    '',
    'Response: We received 188 enquiries in 2023/24.',
    '',
    'You asked: (4) your target time, in working days, for written advice and (5) how many',
    'planning performance agreements the council signed in 2023/24.',
    '',
    'Response: We aim to respond within 25 working days. We do not offer planning performance',
    'agreements, so none were signed in 2023/24.',
  ].join('\n');

  it('writes the quoted paragraph as one label for its questions, every offset kept', () => {
    const out = groupedAsks(reply, q.byId);
    assert.equal(out.length, reply.length);
    assert.deepEqual(out.split('\n').map((l) => l.length), reply.split('\n').map((l) => l.length));
    assert.match(out.split('\n')[2]!, /^Questions 1, 2:\s+$/);
    assert.match(out.split('\n')[3]!, /^\s+$/);
    assert.match(out.split('\n')[11]!, /^Questions 4, 5:/);
    // Not without a response below it, nor for numbers the questionnaire does not have.
    assert.equal(groupedAsks(reply.replace(/Response: /g, ''), q.byId), reply.replace(/Response: /g, ''));
    assert.equal(groupedAsks(reply, new Set<string>()), reply);
  });

  it('reads the response below as the answer to each question quoted above it', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'No', 6]);
    assert.equal(got.get('Q2')?.status, 'not-applicable');
    assert.deepEqual(reading(got, 'Q3'), ['answered', 188, 10]);
    assert.deepEqual([got.get('Q4')?.value, got.get('Q5')?.value], [25, 0]);
  });
});

describe('a prose letter with a table of measures before its paragraphs', () => {
  const q = fromRequest(
    [
      'Please could you tell me (1) whether the council charges for pest control treatments and, if so, when charging began; (2) the current fee for a wasp nest treatment;',
      '(3) how many treatments the council carried out in 2023/24; (4) the percentage of treatments carried out within five working days; (5) how many complaints about the service the council received in 2023/24;',
      'and (6) the name of the contractor, if any, that carries out treatments for the council.',
    ].join(' '),
  );
  const reply = [
    'Dear Mr Okafor,',
    '',
    'The figures for 2023/24 are given in the table, and the remaining points are answered in the paragraphs that follow it.',
    '',
    '| Measure (2023/24)                                  | Figure        |',
    '|----------------------------------------------------|---------------|',
    '| Treatments carried out by the council              | 1,212         |',
    '| Treatments carried out within five working days    | Not recorded  |',
    '| Complaints received                                | See note 1    |',
    '',
    'Note 1: nine complaints about the pest control service were received in 2023/24.',
    '',
    'The council began charging for pest control treatments in April 2012 and has charged ever since.',
    'We charge £68 to treat a wasp nest.',
    '',
    'All treatments are carried out by the council\'s own pest control officers; no contractor is used.',
  ].join('\n');

  it('reads each row as the answer to the question whose words it carries, out of the prose\'s order', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 1212, 7]);
    assert.deepEqual(reading(got, 'Q4'), ['not-held', null, 8]);
    // (The complaints row points to its note; the note's sentence gives the count.)
    assert.deepEqual(reading(got, 'Q5'), ['answered', 9, 9]);
    // The prose after the table answers the rest in its own order.
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Yes', 13]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 68, 14]);
    assert.equal(got.get('Q4')?.text, 'Not recorded');
  });
});

describe('a numbered answer whose lettered parts wrap at a hanging indent', () => {
  const q = fromRequest(['1. Does the council have a booking system?', '2. Has the council looked at replacing its booking system?', '   a. Has a new booking system ever been considered?', '   b. If so, why was it not taken forward?', '   c. Has a project ever been started and abandoned?'].join('\n'));

  it('reads "2. a." as part (a) when its text wraps before "b."', () => {
    const reply = [
      '1.  No.',
      '2.  a.  Yes. A new system was considered as part of the 2019 customer access',
      '        review.',
      '    b.  The business case was not taken forward because of the cost of licences.',
      '    c.  No.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q2a'), ['answered', 'Yes', 2]);
    assert.deepEqual(reading(got, 'Q2c'), ['answered', 'No', 5]);
    assert.match(got.get('Q2a')!.why!, /^own label/);
    // A line at the letter's own column is no wrapped text of the part: "2. a." is then read as 2's
    // label, its parts found in its paragraph.
    assert.equal(answersOf(reply.replace('        review.', '    review.'), q).get('Q2a')?.from, 'Q2');
  });
});

describe('a part defined in brackets ("(i.e. …)"), answered in one sentence with the next part', () => {
  it('matches the part to the clause with its own words, not the definition\'s', () => {
    const q = fromRequest(['1. How many staff does the council employ?', '2. How many case management systems does the council use?', '   a) How many of those are stand-alone (i.e. do not share data with any other system)?', '   b) How many of those share data with other systems?'].join('\n'));
    const reply = '1. 1,240 staff.\n\n2. The council uses 41 case management systems. Of these, 9 are stand-alone and the remaining 32 share data with at least one other system.';
    const got = answersOf(reply, q);
    assert.equal(got.get('Q2a')?.value, 9);
    assert.equal(got.get('Q2b')?.value, 32);
  });
});

describe('a page copied with the space after each question\'s number lost ("2If not …", "3What …")', () => {
  const request = [
    '  1. Is the service provided by the trust itself or by a contractor?',
    '',
    '2If by a contractor, the name of the provider',
    '',
    '3What is the total annual cost of the contract?',
    '',
    '4What is the renewal date of the contract?',
  ].join('\n');
  const q = fromRequest(request);

  it('reads the numbers run into their questions as the request\'s numbering', () => {
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.match(q.byId.get('Q2')!.text ?? '', /^If by a contractor/);
    // A name that opens with a figure, alone, is no number: "3Rivers Housing …" is a line of the question above.
    assert.deepEqual(fromRequest('1. How many homes does the council own?\n2. How many of them are empty,\n3Rivers Housing managing the rest?').questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('reads the reply\'s glued numbers as labels, so each answer stays with its own question', () => {
    const reply = [
      '  1. Is the service provided by the trust itself or by a contractor?',
      '',
      'Most journeys are made by the regional ambulance service; a private company covers the rest.',
      '',
      '2If by a contractor, the name of the provider',
      '',
      'The trust is unable to provide this information as it is exempt under Section 43 of the FOI Act.',
      '',
      '3What is the total annual cost of the contract?',
      '',
      'Annual contract price - £98,400',
      '',
      '4What is the renewal date of the contract?',
      '',
      'March 2026',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.notEqual(got.get('Q1')?.status, 'refused');
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.exemption, got.get('Q2')?.line], ['refused', 's43', 7]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 98400, 11]);
    // A line of an answer that opens with a name run into a figure is no label.
    const named = reply.replace('a private company covers the rest.', 'a private company covers the rest, with\n4Wheel Care Ltd for bariatric patients.');
    assert.equal(answersOf(named, q).get('Q4')?.line, 16);
    assert.match(answersOf(named, q).get('Q1')!.text, /bariatric/);
  });
});

describe('a top-posted reply that numbers the questions 1 to N its own way, "N - answer"', () => {
  const request = [
    '1. How many appeals were lodged in 2023/24?',
    '2. For the last three years taken together, please state:',
    '   a) the number of appeals with a costs award against the council;',
    '   b) the total amount paid under those awards.',
    '3. In which year was the current Local Plan adopted?',
    '4. How many enforcement appeals were lodged in 2023/24?',
    '   (a) How many of these were dismissed?',
    '   (b) How many were withdrawn before a decision was issued?',
    '5. When (month and year) did the council last lose an appeal at a public inquiry?',
  ].join('\n');
  const q = fromRequest(request);
  const reply = [
    'Please see the answers below. For ease of reference we have numbered your questions 1 to 8 in the order they appear in your email.',
    '',
    '1 - 44',
    '',
    '2 - 2',
    '',
    '3 - £6,310',
    '',
    '4 - 2014. A replacement plan is expected in 2026.',
    '',
    '5 - 7, of which 5 have been dismissed and 2 were withdrawn by the appellant.',
    '',
    '6 - 5',
    '',
    '7 - See 5 above.',
    '',
    '8 - Aug-22',
  ].join('\n');

  it('reads each number as the question at that position, its last one with a dash too', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q2a'), ['answered', 2, 5]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 2014, 9]);
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 5, 13]);
  });

  it('reads "When (month and year) did …?" as a date, and "Aug-22" as 2022', () => {
    assert.equal(q.byId.get('Q5')!.type, 'year');
    assert.deepEqual(reading(answersOf(reply, q), 'Q5'), ['answered', 2022, 17]);
    assert.equal(parseValue('Mar 24', q.byId.get('Q5')!).value, null);
  });

  it('never writes unreviewed a figure a cross-reference takes from an answer with several', () => {
    const got = answersOf(reply, q);
    assert.equal(got.get('Q4b')?.from, 'Q4');
    assert.ok(got.get('Q4b')!.confidence < 0.95);
    // A value of another kind read there (a length of time in a count's answer) is as sure as before.
    const damp = fromRequest('1. How many damp reports were received?\n2. How many were inspected within the target?\n3. What is the target time, in working days, for an inspection?');
    const own = answersOf('1. 1,240\n2. 902 were inspected within 10 working days, which is our target for all reports; 338 took longer.\n3. Please see our answer to question 2.', damp).get('Q3')!;
    assert.equal(own.value, 10);
    assert.ok(own.confidence >= 0.95);
  });
});
