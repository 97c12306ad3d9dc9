// Layouts and wordings found by scoring the engine on replies it had never seen (session 47), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { numberSpan, scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { answersOf, fromRequest, reading } from '../support/engine';

const root = resolve(__dirname, '../..');
const crm = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

describe('a council that numbers its answers 1 to 26 and answers two numbers on one line', () => {
  // Every item of the survey numbered in turn, the headings too; "5/6:" and "24/25:" answer two
  // numbers at once, "17 - 20." four.
  const list = [
    'Response',
    '',
    'For ease of reference our answers are numbered 1 to 26, following the order of the',
    'questions in your request.',
    '',
    '1.  Tarnwick Borough Council',
    '2.  96,300',
    '3.  24.1 square miles',
    '4.  68',
    '5/6: 11 and 57 respectively',
    '7.  Properties',
    '8.  Waste and recycling, planning and building control, council tax, housing',
    '    benefit, licensing, environmental health, parking and leisure.',
    '9.  Yes',
    '10. 31%',
    '11. See 10.',
    '12. Unknown',
    '13. £58.4m gross expenditure (Statement of Accounts 2017/18,',
    '    https://www.tarnwick.example.gov.uk/accounts)',
    '14. £0.37m',
    '15. £19.6m for employees and agency staff. Spend on contractors is held',
    '    within service budgets and cannot be separated out.',
    '16. No',
    '17 - 20. Not applicable',
    '22. Yes – it was considered in 2015 as part of a digital review.',
    '23. Funding.',
    '24/25: No, so 25 does not apply.',
    '26. Properties',
  ].join('\n');

  it('reads each number as the survey item at that place', () => {
    const got = answersOf(list, crm);
    assert.deepEqual(reading(got, 'Q4c'), ['answered', 'Properties', 11]);
    assert.deepEqual(reading(got, 'Q6b'), ['answered', 31, 15]);
    assert.deepEqual(reading(got, 'Q8'), ['answered', 58_400_000, 18]);
    assert.deepEqual(reading(got, 'Q10'), ['partial', 19_600_000, 21]);
    assert.deepEqual(reading(got, 'Q13a'), ['answered', 'Yes', 25]);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Properties', 28]);
  });

  it('gives each of "5/6: 11 and 57 respectively" its own figure, in order', () => {
    const got = answersOf(list, crm);
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 11, 10]);
    assert.deepEqual(reading(got, 'Q4b'), ['answered', 57, 10]);
  });

  it('reads "24/25:" as the two items after 23, not a date', () => {
    const got = answersOf(list, crm);
    assert.deepEqual(reading(got, 'Q13c'), ['answered', 'No', 27]);
    assert.equal(got.get('Q13d')?.status, 'not-applicable');
    assert.equal(got.get('Q13d')?.line, 27);
  });

  it('keeps the numbers around a slash label as one list when no questionnaire is known', () => {
    const labels = scanMarkersWith('22. Yes\n23. Funding.\n24/25: No\n26. Properties\n', { knownIds: null }).map((m) => m.label);
    assert.deepEqual(labels, ['22.', '23.', '24/25:', '26.']);
  });

  it('reads a slash, "&" or "and" as two numbers only when they are next to each other', () => {
    assert.deepEqual(numberSpan('5/6:'), [5, 6]);
    assert.deepEqual(numberSpan('24 and 25:'), [24, 25]);
    assert.deepEqual(numberSpan('17 - 20.'), [17, 20]);
    // "5/7" names 5 and 7, not 6 between them; "12/11" is no span at all.
    assert.equal(numberSpan('5/7:'), null);
    assert.equal(numberSpan('12/11'), null);
  });
});

describe('a prose letter that says it cannot give a share, or that nothing was spent', () => {
  const request = [
    'Dear Sir or Madam,',
    '',
    'Could you please tell me (1) how many public electric vehicle charge points the council operates',
    'in its car parks; (2) how much the council spent on new charge points in the 2023/24 financial',
    "year; (3) what percentage of the council's own fleet vehicles are fully electric; (4) how much",
    'income the council received in 2023/24 from charging fees; and (5) the name of the company that',
    'maintains the charge points.',
    '',
    'Yours faithfully,',
  ].join('\n');
  const letter = [
    'Dear Ms Farrow,',
    '',
    'Thank you for your request about electric vehicle charging.',
    '',
    'The council currently operates 46 public charge points across 12 of its car parks. No new',
    'charge points were installed during 2023/24, so there was no spend on new charge points in that',
    'year.',
    '',
    'We are not able to say what share of our own vans and cars are battery powered; the register only',
    'records fuel type for new vehicles.',
    '',
    'Charging fees brought in income of £21,300 in 2023/24. The charge points are maintained by',
    'Voltbridge Services Ltd under a five-year contract.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('ties "not able to say what share of our own vans" to the percentage question, as not held', () => {
    const got = answersOf(letter, fromRequest(request));
    assert.equal(got.get('Q3')?.status, 'not-held');
    assert.equal(got.get('Q3')?.line, 9);
  });

  it('reads "so there was no spend on new charge points" as a spend of nothing', () => {
    const got = answersOf(letter, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 0, 5]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 21_300, 12]);
  });
});

describe('a council that split questions asking two things into its own numbered questions', () => {
  // The request's five questions, two of them asking two things, answered as the council's seven.
  const request = [
    'Dear Sir or Madam,',
    '',
    'Could you please tell me (1) how many public library buildings the council runs, and what',
    'their total floor area is in square metres; (2) how much the council spent on library book stock in the 2023/24',
    'financial year; (3) whether the council has a self-service kiosk in every library and, if so,',
    'which supplier provides them; (4) how many paid library staff (FTE) the council employed on 31',
    'March 2024; and (5) how much income the council received from library fines in 2023/24.',
    '',
    'Yours faithfully,',
  ].join('\n');
  const letter = [
    'Dear Mr Okonjo,',
    '',
    'Your request asked for more than one piece of information in some questions, so we have split it',
    'into the seven questions below. The numbering is ours.',
    '',
    'Question 1',
    'How many public library buildings does the council run?',
    'Answer: 14.',
    '',
    'Question 2',
    'What is their total floor area in square metres?',
    "Answer: We do not hold a combined figure; floor areas are recorded on each building's file.",
    '',
    'Question 3',
    'How much did the council spend on library book stock in the 2023/24 financial year?',
    'Answer: £186,400.',
    '',
    'Question 4',
    'Does the council have a self-service kiosk in every library?',
    'Answer: Yes.',
    '',
    'Question 5',
    'Supplied by whom?',
    'Answer: Brightshelf Systems Ltd.',
    '',
    'Question 6',
    'How many paid library staff (FTE) did the council employ on 31 March 2024?',
    'Answer: 61.5 FTE. The service also received £4,210 in library fines in 2023/24.',
    '',
    'Question 7',
    'How much income did the council receive from library fines in 2023/24?',
    'Answer: Please see our response to question 6.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('reads each of the council\'s questions as the request\'s question it quotes', () => {
    const got = answersOf(letter, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 186_400, 16]);
    assert.equal(got.get('Q3')?.line, 20);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 61.5, 28]);
  });

  it('reads the two parts of a split question as one answer: a count given and its area not held is partial', () => {
    const got = answersOf(letter, fromRequest(request));
    assert.equal(got.get('Q1')?.status, 'partial');
    assert.equal(got.get('Q1')?.value, 14);
  });

  it('follows "see our response to question 6" to the council\'s own question 6', () => {
    const got = answersOf(letter, fromRequest(request));
    assert.deepEqual(reading(got, 'Q5'), ['answered', 4_210, 32]);
  });
});

describe('an answer that says the work behind the figure was never done', () => {
  const request = [
    'Dear Sir or Madam,',
    '',
    "1. In which year do you expect the council's cemeteries to be full?",
    '2. How many condition surveys of cemetery walls has the council carried out since 2020?',
    '3. Has the council carried out a flood risk assessment for any cemetery?',
    '4. If so, please send a copy of the most recent assessment.',
    '',
    'Yours faithfully,',
  ].join('\n');
  const reply = [
    'Dear Mr Adeyemi,',
    '',
    '1. No capacity projection has been carried out.',
    '2. No surveys have been carried out since 2020.',
    '3. No assessment has been carried out.',
    '4. No assessment has been undertaken, so there is nothing to send.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('reads "No capacity projection has been carried out" for a year as not held', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['not-held', null, 3]);
  });

  it('still reads the same words for "how many surveys" as none, and for "has an assessment been done" as no', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 0, 4]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 'No', 5]);
  });

  it('reads the no said again for "If so, please send a copy" as a question that does not arise', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q4'), ['not-applicable', null, 6]);
    assert.ok(got.get('Q4')!.confidence < 0.95, `confidence ${got.get('Q4')!.confidence}`);
  });

  it('keeps a copy described after a yes as the answer', () => {
    const yes = reply.replace('3. No assessment has been carried out.', '3. Yes, in 2022.').replace('4. No assessment has been undertaken, so there is nothing to send.', '4. The assessment is attached to this letter.');
    const got = answersOf(yes, fromRequest(request));
    assert.notEqual(got.get('Q4')?.status, 'not-applicable');
  });

  it('keeps what the council sends after a no when it is more than the no again', () => {
    const instead = reply.replace('4. No assessment has been undertaken, so there is nothing to send.', '4. The borough-wide flood plan covers the cemeteries and sets out the risk to each of them.');
    const got = answersOf(instead, fromRequest(request));
    assert.equal(got.get('Q4')?.status, 'answered');
  });

  it('reads "No survey has been carried out" for a sum spent as nothing spent, not as not held', () => {
    const spend = request.replace('4. If so, please send a copy of the most recent assessment.', '4. How much did the council spend on cemetery surveys in 2023/24?');
    const got = answersOf(reply.replace('4. No assessment has been undertaken, so there is nothing to send.', '4. No survey has been carried out.'), fromRequest(spend));
    assert.notEqual(got.get('Q4')?.status, 'not-held');
  });
});

describe('a CRM reply with notes below its answers and figures per year', () => {
  const reply = [
    'Q4. How many information systems / databases does the Authority use?',
    'Numerous line-of-business systems across 17 service areas.',
    '',
    'Q4a. How many of those are stand-alone (i.e. do not interact with any other information system)?',
    'Not recorded.',
    '',
    'Q9. What was the Authority’s annual spend for 2017-18 for software licensing?',
    'Withheld - see note below.',
    '',
    'Q10. What was the Authority’s annual spend for 2017-18 for payroll of employees, agency staff, and contractors?',
    '2016/17: £31.4m',
    '2017/18: £32.2m (employees £30.5m,',
    'agency £1.7m; contractors not',
    'separately recorded)',
    '',
    'Q14. Are the IT systems centred primarily around Residents or Properties?',
    'RESIDENTS',
    '',
    'Note on question Q9: the Council holds this information, but it is',
    'withheld under section 43(2) of the Freedom of Information Act because',
    'several major contracts are being re-tendered.',
  ].join('\n');

  it('ends the last answer where a note about another question begins', () => {
    const got = answersOf(reply, crm);
    assert.deepEqual(reading(got, 'Q14'), ['answered', 'Residents', 17]);
  });

  it('reads a year\'s row on to the lines that close its bracket: part of the payroll not recorded', () => {
    const got = answersOf(reply, crm);
    assert.deepEqual(reading(got, 'Q10'), ['partial', 32_200_000, 11]);
  });

  it('never runs a year\'s row with a bracket left open on into the next year\'s row', () => {
    const open = reply.replace('2016/17: £31.4m', '2016/17: £31.4m (restated').replace('2017/18: £32.2m (employees £30.5m,\nagency £1.7m; contractors not\nseparately recorded)', '2017/18: £32.2m\n2018/19: £33.0m (budget)');
    const got = answersOf(open, crm);
    assert.deepEqual(reading(got, 'Q10'), ['answered', 32_200_000, 11]);
  });

  it('reads "Numerous systems across 17 service areas" as no count, not 17', () => {
    const got = answersOf(reply, crm);
    assert.equal(got.get('Q4')?.status, 'unclear');
    assert.equal(got.get('Q4')?.value, null);
  });
});

describe('a prose letter that gives a figure, then says in the next sentence what it leaves out', () => {
  const letter = [
    'Dear Ms Okafor',
    '',
    'Thank you for your request for information about our information systems.',
    '',
    "The council's full legal name is Wrensfield District Council. The district had an estimated",
    'resident population of 81,400 at mid-2017, and it covers an area of about 196 square kilometres.',
    '',
    'Our ICT team keeps an applications register, which lists around 120 systems and databases in use.',
    '',
    'Residents can use an online portal, which we launched in 2016. About 27% of households had',
    'registered an account by March 2018.',
    '',
    "The Council's gross revenue expenditure in 2017/18 was £48.7 million. Of this, £352,600 was spent",
    'on software licences and support.',
    'Pay costs for directly employed staff were £15,940,200. Agency staff and contractors are paid from',
    'service budgets alongside other supplies, and we do not hold a total for them.',
    '',
    'The Council does use a customer relationship management system. It went live in June 2013.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('answers the payroll from the sentence with the figure, the rest not held: partial', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q10'), ['partial', 15_940_200, 15]);
    assert.deepEqual(reading(got, 'Q9'), ['answered', 352_600, 13]);
  });

  it('keeps the sentence that gives the figure itself, not a figure of pay in the sentence before', () => {
    const own = letter.replace('Pay costs for directly employed staff were £15,940,200. Agency staff and contractors are paid from\nservice budgets alongside other supplies, and we do not hold a total for them.', 'Staff numbers fell during the year, saving around £0.6 million in pay.\nPayroll for employees, agency staff and contractors came to £16.2 million.');
    const got = answersOf(own, crm);
    assert.deepEqual(reading(got, 'Q10'), ['answered', 16_200_000, 16]);
  });
});

describe('a sentence that answers two questions at once, and a figure for a larger whole', () => {
  const letter = [
    'Dear Ms Okafor',
    '',
    'Thank you for your request for information about our information systems.',
    '',
    "The council's full legal name is Wrensfield District Council. The district had an estimated",
    'resident population of 81,400 at mid-2017, and it covers an area of about 196 square kilometres.',
    '',
    'Our ICT team keeps an applications register, which lists around 120 systems and databases in use.',
    'We do not record how many of these are stand-alone and how many exchange data with another',
    'system, so we cannot give you either of those figures.',
    '',
    "The Council's gross revenue expenditure in 2017/18 was £48.7 million.",
    '',
    'The Council does use a customer relationship management system. It went live in June 2013.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('gives "we cannot give you either of those figures" to both questions it covers, from its start', () => {
    const got = answersOf(letter, crm);
    assert.deepEqual(reading(got, 'Q4a'), ['not-held', null, 9]);
    assert.deepEqual(reading(got, 'Q4b'), ['not-held', null, 9]);
  });

  it('reads "not recorded separately; it sits within the overall ICT budget of £1.26m" as not held', () => {
    const reply = [
      'Q9. What was the Authority’s annual spend for 2017-18 for software licensing?',
      'Not recorded as a separate figure. Software costs sit within the overall ICT revenue budget of',
      '£1.26m, which also covers hardware, telephony and staffing.',
      '',
      'Q11. Does the Authority use a Customer Relationship Management (CRM) System?',
      'Yes',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.deepEqual(reading(got, 'Q9'), ['not-held', null, 2]);
  });

  it('still reads a figure for a part of what is asked, after "not recorded", as partial', () => {
    const reply = [
      'Q9. What was the Authority’s annual spend for 2017-18 for software licensing?',
      'Not recorded as a separate figure. We can say that £12,400 was spent on licences for the',
      'planning system.',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.equal(got.get('Q9')?.status, 'partial');
  });

  it('keeps a figure that is the one asked, though it sits within a larger budget', () => {
    const reply = [
      'Q9. What was the Authority’s annual spend for 2017-18 for software licensing?',
      'Software licensing is bought centrally. It cost £210,000 in 2017/18, which sits within the',
      'overall ICT budget of £1.26m; the split by supplier is not recorded.',
    ].join('\n');
    const got = answersOf(reply, crm);
    assert.equal(got.get('Q9')?.value, 210_000);
  });

  it('gives "unable to give either of the uptake figures" to both uptake questions whole', () => {
    const portal = letter.replace("The Council's gross revenue expenditure in 2017/18 was £48.7 million.", 'Residents can use the "Wrensfield Online" portal, which was launched in 2015. We do not\nmeasure take-up of the portal as a percentage of residents or households, so we are unable to\ngive either of the uptake figures you asked for.');
    const got = answersOf(portal, crm);
    assert.deepEqual(reading(got, 'Q6b'), ['not-held', null, 12]);
    assert.deepEqual(reading(got, 'Q6c'), ['not-held', null, 12]);
  });

  it('adds no question to a sentence that says "both" when the question has too few of its words there', () => {
    const both = letter.replace("The district had an estimated\nresident population of 81,400 at mid-2017, and it covers an area of about 196 square kilometres.", 'The district had a resident\npopulation of 81,400 at mid-2017, and both of the national series we use agree on it.');
    const got = answersOf(both, crm);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 81_400, 5]);
    assert.notEqual(got.get('Q3')?.line, 5);
  });

  it('gives a sentence that answers one question to that question alone, though it names the next', () => {
    const one = letter.replace('We do not record how many of these are stand-alone and how many exchange data with another\nsystem, so we cannot give you either of those figures.', 'We do not record how many of these are stand-alone, as most of them exchange data with another\nsystem in some way.');
    const got = answersOf(one, crm);
    assert.deepEqual(reading(got, 'Q4a'), ['not-held', null, 9]);
    assert.notEqual(got.get('Q4b')?.status, 'not-held');
  });
});

describe('a fire service reply with a table of years by area, and parts it cannot give', () => {
  const request = [
    'Question 1: Number of callouts to grass fires in each of the last five years.',
    'Question 2: How many new fire engines will come into service this year, and could you send',
    'photographs of them?',
    'Question 3: The number of hydrants repaired by the service.',
  ].join('\n');
  const reply = [
    'RE: FREEDOM OF INFORMATION REQUEST',
    '',
    'Question 1: Number of callouts to grass fires in each of the last five years.',
    '',
    'Year North South East West Total',
    '2019 41 22 17 9 89',
    '2020 38 25 14 12 89',
    '2021 29 18 16 8 71',
    '2022 52 30 21 15 118',
    '2023 33 19 12 10 74',
    'Total 193 114 80 54 441',
    '',
    'Question 2: How many new fire engines will come into service this year, and could you send',
    'photographs of them?',
    '',
    'There will be 5 new engines coming into service this year. No photographs are available at present.',
    '',
    'Question 3: The number of hydrants repaired by the service.',
    '',
    '2022/23 had 212 hydrants repaired. 2023/24 figures not yet available.',
  ].join('\n');

  it('takes the grand total from the total row of a table whose last column is the total', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.value, 441);
  });

  it('never takes the last area\'s figure for the total when the table has no total column', () => {
    const noColumn = reply.replace('Year North South East West Total', 'Year North South East West').replace(/^(20\d\d(?: \d+){4}) \d+$/gm, '$1').replace('Total 193 114 80 54 441', 'Total 193 114 80 54');
    const got = answersOf(noColumn, fromRequest(request));
    assert.notEqual(got.get('Q1')?.value, 54);
  });

  it('reads "No photographs are available at present" after the count as part not held', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['partial', 5, 16]);
  });

  it('reads "2023/24 figures not yet available" after a year\'s figure as part not held', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q3'), ['partial', 212, 20]);
  });
});

describe('a question about the interval between checks', () => {
  const request = [
    'Q1. How many public access defibrillators does the Council own?',
    'Q2. What is the maximum interval between routine checks of each defibrillator?',
  ].join('\n');

  it('asks a length of time, so "never more than two weeks between checks" gives two weeks', () => {
    const q = fromRequest(request);
    assert.equal(q.byId.get('Q2')?.type, 'duration');
    const got = answersOf('Q1. 14\nQ2. There is never more than two weeks between routine checks of any unit.', q);
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.equal(got.get('Q2')?.value, 2);
  });

  it('reads other wordings of an interval as a length of time too', () => {
    assert.equal(fromRequest('Q1. How many play areas does the Council manage?\nQ2. What is the maximum inspection interval for play equipment?').byId.get('Q2')?.type, 'duration');
    assert.equal(fromRequest('Q1. How many play areas does the Council manage?\nQ2. What is the usual interval for inspections of play equipment?').byId.get('Q2')?.type, 'duration');
    assert.equal(fromRequest('Q1. How many play areas does the Council manage?\nQ2. What is the interval between inspections of play equipment?').byId.get('Q2')?.type, 'duration');
  });

  it('reads "Varies by site" as no interval given, never auto-coded', () => {
    const got = answersOf('Q1. 14\nQ2. Varies by site', fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'unclear');
    assert.ok(got.get('Q2')!.confidence < 0.95);
  });
});

describe('a frequency asked with an example of its unit', () => {
  const request = [
    '1. How many residential blocks of 18 metres or more does the council own?',
    '2. How often does the council review the fire risk assessment for such a block (for example,',
    '   every 12 months)?',
  ].join('\n');

  it('reads "reviewed every six months" as six months', () => {
    const q = fromRequest(request);
    assert.deepEqual([q.byId.get('Q2')?.type, q.byId.get('Q2')?.unit], ['duration', 'months']);
    const got = answersOf('1. 9\n2. FRAs for these blocks are reviewed every six months.', q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 6, 2]);
  });

  it('leaves "how often" with no example unit a question answered in words', () => {
    const q = fromRequest(request.replace(' (for example,\n   every 12 months)?', '?'));
    assert.notEqual(q.byId.get('Q2')?.type, 'duration');
    // (Nor a unit that is no example of the frequency: a period the question names.)
    const period = fromRequest(request.replace(' (for example,\n   every 12 months)?', ', and how many of those reviewed in the last 12\n   months found a serious risk?'));
    assert.notEqual(period.byId.get('Q2')?.type, 'duration');
  });
});

describe('a figure given with a part the council says it cannot give', () => {
  const request = [
    '1. How many illegal vapes did trading standards seize in 2024/25?',
    '2. What percentage of weekday crematorium slots were booked in 2023?',
    '3. How much did the council spend on payroll for employees, agency staff and contractors in 2023/24?',
  ].join('\n');
  const reply = [
    '1. 1,206 were seized between October 2024 and March 2025. Seizure figures for April to',
    'September 2024 were held on our previous case management system and are no longer retrievable.',
    '2. In the main chapel 64% of weekday slots were booked in 2023. Bookings for the smaller chapel',
    'were kept in a paper diary and have not been collated, so we are unable to provide a figure for',
    'that chapel.',
    '3. £17,904,600 for employees, including agency staff. Contractor costs are charged to individual',
    'projects and we are unable to identify a payroll figure for them.',
  ].join('\n');

  it('reads figures "no longer retrievable" for the rest of the year as part not held', () => {
    assert.deepEqual(reading(answersOf(reply, fromRequest(request)), 'Q1'), ['partial', 1206, 1]);
  });

  it('reads bookings that "have not been collated" for one chapel as part not held', () => {
    const only = reply.replace(', so we are unable to provide a figure for\nthat chapel.', '.');
    assert.deepEqual(reading(answersOf(only, fromRequest(request)), 'Q2'), ['partial', 64, 3]);
  });

  it('reads "unable to provide a figure for that chapel" as part not held', () => {
    const only = reply.replace('were kept in a paper diary and have not been collated, so we are unable', 'were kept in a paper diary, so we are unable');
    assert.deepEqual(reading(answersOf(only, fromRequest(request)), 'Q2'), ['partial', 64, 3]);
  });

  it('reads "unable to identify a payroll figure for them" as part not held', () => {
    assert.deepEqual(reading(answersOf(reply, fromRequest(request)), 'Q3'), ['partial', 17_904_600, 6]);
  });
});
