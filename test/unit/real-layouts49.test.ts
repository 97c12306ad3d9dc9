// Layouts and wordings found by scoring the engine on replies it had never seen (session 49), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a part asked for each of several years through its lead-in', () => {
  const request = (lead: string): string => [
    'Dear Quarrendon Borough Council,',
    '',
    '1. Does the council run a bulky waste collection service?',
    `2. ${lead}`,
    '   a) the number of bulky waste collections the council made;',
    '   b) the total income the council received from bulky waste charges.',
    '3. What was the charge for collecting up to three items in 2024/25?',
    '',
    'Yours faithfully,',
    'Tamsin Orrell',
  ].join('\n');
  const reply = (a2a: string): string => [
    'Our reference: FOI 2291',
    '',
    '1) Yes',
    `2a) ${a2a}`,
    '2b) £41,250',
    '3) £28',
    '',
    'Information Governance Team',
  ].join('\n');

  it('offers, never auto-codes, one figure picked from a figure for each year the lead-in names', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:'));
    const got = answersOf(reply('2022/23: 57; 2023/24: 61; 2024/25: 63'), q);
    assert.equal(got.get('Q2a')?.status, 'answered');
    assert.ok(got.get('Q2a')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('offers one figure picked from a year to a line under the part, the years named by its lead-in', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:'));
    const got = answersOf(reply('Collections made in each year:\n2022/23: 57\n2023/24: 61\n2024/25: 63'), q);
    assert.equal(got.get('Q2a')?.status, 'answered');
    assert.ok(got.get('Q2a')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('offers one figure from a line of years where only one year has a number, the others "none"', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:'));
    const got = answersOf(reply('2022/23: none     2023/24: none     2024/25: 4'), q);
    assert.equal(got.get('Q2a')?.value, 4);
    assert.ok(got.get('Q2a')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('offers it too when the lead-in asks for each year without naming them', () => {
    const q = fromRequest(request('For each of the last three years, please state:'));
    const got = answersOf(reply('2022: none, 2023: none, 2024: 4'), q);
    assert.ok(got.get('Q2a')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('offers a year to a line with "none" for a year, and ignores the dates that bound a season', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:'));
    const got = answersOf(reply('Collections made in each year:\n2022/23: none\n2023/24: 61\n2024/25: 63'), q);
    assert.ok(got.get('Q2a')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
    const season = fromRequest(request('For the winter season 2023/24 (1 October 2023 to 30 April 2024), please state:'));
    const one = answersOf(reply('63 collections were made between 1 October 2023 and 30 April 2024.'), season);
    assert.deepEqual(reading(one, 'Q2a').slice(0, 2), ['answered', 63]);
    assert.ok(one.get('Q2a')!.confidence >= DEFAULT_MIN_CONFIDENCE, `confidence ${one.get('Q2a')!.confidence}`);
  });

  it('reads the total given first, not a year\'s figure from its breakdown in brackets', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:').replace(' in 2024/25?', '?'));
    const got = answersOf(reply('181 (22/23: 57; 23/24: 61; 24/25: 63)'), q);
    assert.deepEqual(reading(got, 'Q2a').slice(0, 2), ['answered', 181]);
    assert.ok(got.get('Q2a')!.confidence >= DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('auto-codes the one year given a figure when the other years are said not to be held', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:'));
    const got = answersOf(reply('2024/25: 63. Collections in 2022/23 and 2023/24 were not recorded separately and are not held.'), q);
    assert.equal(got.get('Q2a')?.value, 63);
    assert.ok(got.get('Q2a')!.confidence >= 0.9, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('still auto-codes one figure given for the part', () => {
    const q = fromRequest(request('For each of the last three financial years (2022/23, 2023/24 and 2024/25), please state:'));
    const got = answersOf(reply('181 collections in all over the three years'), q);
    assert.deepEqual(reading(got, 'Q2a').slice(0, 2), ['answered', 181]);
    assert.ok(got.get('Q2a')!.confidence >= DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });

  it('still auto-codes a single year\'s figure when the lead-in asks for one year', () => {
    const q = fromRequest(request('For the financial year 2024/25, please state:'));
    const got = answersOf(reply('2024/25: 63'), q);
    assert.deepEqual(reading(got, 'Q2a').slice(0, 2), ['answered', 63]);
    assert.ok(got.get('Q2a')!.confidence >= DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q2a')!.confidence}`);
  });
});

describe('section 21 pointing only to the disclosure log', () => {
  const request = [
    '1. How many claims for pothole damage did the council receive in 2024?',
    '2. How much did the council pay out on those claims?',
    '3. How many potholes were awaiting repair on 1 January 2025?',
  ].join('\n');
  const reply = (a3: string): string => [
    '1. How many claims for pothole damage did the council receive in 2024?',
    '214',
    '',
    '2. How much did the council pay out on those claims?',
    '£18,420',
    '',
    '3. How many potholes were awaiting repair on 1 January 2025?',
    a3,
  ].join('\n');
  const q = fromRequest(request);

  it('signposts, but offers rather than auto-codes, "available on our disclosure log" with no entry named', () => {
    const got = answersOf(reply('This information is available on our disclosure log. We are therefore applying section 21 of the Act (information accessible by other means).'), q);
    assert.equal(got.get('Q3')?.status, 'signposted');
    assert.equal(got.get('Q3')?.exemption, 's21');
    assert.ok(got.get('Q3')!.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q3')!.confidence}`);
  });

  it('still auto-codes section 21 with a link to the page', () => {
    const got = answersOf(reply('This information is exempt under section 21 as it is available on our website at https://www.quarrendon.example.gov.uk/roads/potholes'), q);
    assert.equal(got.get('Q3')?.status, 'signposted');
    assert.ok(got.get('Q3')!.confidence >= DEFAULT_MIN_CONFIDENCE, `confidence ${got.get('Q3')!.confidence}`);
  });
});

describe('a council numbering the questions 1 to N below a request quoted with "Q" labels', () => {
  const questions = [
    'Q1. What is the full name of the council?',
    'Q2. How many staff does the council employ?',
    'Q3. Does the council run a staff suggestion scheme?',
    'Q3a. How many suggestions were received in 2024?',
    'Q3b. How many suggestions were adopted in 2024?',
    'Q4. What was the council\'s total training budget for 2024/25?',
    'Q5. Which learning platform does the council use for staff training?',
    'Q6. What percentage of staff completed mandatory training in 2024/25?',
  ];
  // (The questionnaire asks one question more than this council's copy of the request: its number
  // run cannot be read by position alone.)
  const request = ['Dear FOI team,', '', ...questions.slice(0, 5), 'Q3c. How many suggestions are still under review?', ...questions.slice(5), '', 'Yours faithfully,', 'Lior Penhaligon'].join('\n');
  const reply = [
    'Dear FOI team,',
    '',
    ...questions,
    '',
    'Yours faithfully,',
    'Lior Penhaligon',
    '',
    '-----',
    '',
    'Dear Lior Penhaligon,',
    '',
    'For ease of reference we have numbered your questions 1 to 8 in the order in which they appear, and summarised each one before our answer.',
    '',
    '1. The full name of the council',
    'Ormesby Vale District Council',
    '',
    '2. Number of staff the council employs',
    '612',
    '',
    '3. Whether the council runs a staff suggestion scheme',
    'Yes',
    '',
    '4. Number of suggestions received in 2024',
    '48',
    '',
    '5. Number of suggestions adopted in 2024',
    '9',
    '',
    '6. Total training budget for 2024/25',
    '£182,000',
    '',
    '7. Learning platform used for staff training',
    'Skillhaven Learn',
    '',
    '8. Percentage of staff completing mandatory training',
    '91%',
    '',
    'Yours sincerely,',
    'Information Governance',
  ].join('\n');
  const q = fromRequest(request);

  it('reads each council number as the question at that place, not the quoted label with its number', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q3a').slice(0, 2), ['answered', 48]);
    assert.deepEqual(reading(got, 'Q3b').slice(0, 2), ['answered', 9]);
    assert.deepEqual(reading(got, 'Q4').slice(0, 2), ['answered', 182000]);
    assert.equal(reading(got, 'Q5')[0], 'answered');
    assert.match(String(got.get('Q5')?.value), /Skillhaven/);
    assert.deepEqual(reading(got, 'Q6').slice(0, 2), ['answered', 91]);
  });
});

describe('a PDF table with the answers beside the word "Response"', () => {
  const request = [
    '1. Does the council run a central telephone contact centre?',
    '2. Which telephony platform does the contact centre use: Microsoft Teams Phone, Mitel, Avaya, Genesys, or other (please name)?',
    '3. Does the council plan to close or reduce the hours of any public telephone lines during 2025/26?',
  ].join('\n');
  const reply = (a3: string): string => [
    'Question 1 – Central telephone contact centre?',
    'Response    Yes. The Customer Contact Centre answers calls for all front-line',
    '            services except out-of-hours emergencies.',
    '',
    'Question 2 – Telephony platform',
    'Response    Other – the Council uses a Corvane CX40 telephone system with a',
    '            hosted contact-centre module.',
    '',
    'Question 3 – Plans to close or reduce lines',
    `Response    ${a3}`,
  ].join('\n');
  const q = fromRequest(request);

  it('reads the yes after "Response" and its column of spaces', () => {
    const got = answersOf(reply('Yes. The licensing line will close at 3pm from 1 October.'), q);
    assert.deepEqual(reading(got, 'Q1').slice(0, 2), ['answered', 'Yes']);
    assert.deepEqual(reading(got, 'Q3').slice(0, 2), ['answered', 'Yes']);
  });

  it('keeps the name given with "Other" for a question that asks to name it', () => {
    const got = answersOf(reply('Yes.'), q);
    assert.match(String(got.get('Q2')?.value), /^Other - the Council uses a Corvane CX40 telephone system/);
  });

  it('keeps the name after the option said word for word, "Other (please name) - …"', () => {
    const got = answersOf(reply('Yes.').replace('Other – the Council uses a Corvane CX40', 'Other (please name) - Corvane CX40, with'), q);
    assert.match(String(got.get('Q2')?.value), /^Other - Corvane CX40/);
  });

  it('reads "No decision has been made at this time" as no yes or no', () => {
    const got = answersOf(reply('No decision has been made at this time.'), q);
    assert.equal(got.get('Q3')?.value ?? null, null);
    assert.notEqual(got.get('Q3')?.status, 'answered');
  });
});

describe('typing and reading a few more question shapes', () => {
  it('types "what are the SME payment terms, in days?" as a duration in days', () => {
    const q = fromRequest(['1. Does the council pay small suppliers on shorter terms? (Yes/No)', '2. If yes to question 1, what are the SME payment terms, in days?', '3. How many invoices did the council pay in 2024/25?'].join('\n'));
    const x = q.questions.find((y) => y.id === 'Q2')!;
    assert.equal(x.type, 'duration');
    assert.equal(x.unit, 'days');
  });

  it('keeps the detail of "Something else." for a request\'s "or something else (please say what)?"', () => {
    const q = fromRequest(['1. How many burial plots are still available in council cemeteries?', '2. Which of these best describes the council\'s plans for more burial space: extending an existing cemetery; opening a new cemetery; re-using old graves; no plans at present; or something else (please say what)?'].join('\n'));
    const got = answersOf(['1. 412', '2. Something else. The council is working with a neighbouring district on a shared burial ground. A study reports in 2026.'].join('\n'), q);
    assert.equal(got.get('Q2')?.value, 'Other - The council is working with a neighbouring district on a shared burial ground');
  });

  it('reads the share achieved, not the target said before it', () => {
    const q = fromRequest(['1. How many calls did the contact centre receive in 2024/25?', '2. What percentage of those calls were answered within 60 seconds?'].join('\n'));
    const got = answersOf(['1. 241,300', '2. Our target is 80 % within 60 seconds. In 2024/25 we achieved 74 %.'].join('\n'), q);
    assert.equal(got.get('Q2')?.value, 74);
  });

  it('reads no share from "2 minutes 41 seconds" for a percentage asked', () => {
    const q = fromRequest(['1. How many calls did the contact centre receive in 2024/25?', '2. What percentage of those calls were answered within 60 seconds?'].join('\n'));
    const got = answersOf(['1. 241,300', '2. This is not something we measure. Our average speed of answer was 2 minutes 41 seconds.'].join('\n'), q);
    assert.equal(got.get('Q2')?.value ?? null, null);
    assert.equal(got.get('Q2')?.status, 'not-held');
  });
});

describe('a prose letter naming questions in brackets inside its sentences', () => {
  const request = [
    '1. What is the full name of the council?',
    '2. Does the council have an online account for residents?',
    '3. What percentage of households have registered an account?',
    '4. What percentage of households use the account at least once a year?',
    '5. What was the council\'s gross revenue expenditure in 2024/25?',
    '6. What did the council spend on software licences in 2024/25?',
  ].join('\n');
  const reply = [
    'Dear Ms Arkwright,',
    '',
    'The council (question 1) is Pellow Vale Borough Council.',
    '',
    'We launched our online account in 2019, so the answer to question 2 is yes. Around 18% of',
    'households have registered an account (question 3); the same figure is our best measure for',
    'question 4.',
    '',
    'In 2024/25 (question 5) the council\'s gross revenue expenditure was £184.2m.',
    'Software licensing (question 6) cost £1,204,500 in the same year.',
    '',
    'Yours sincerely,',
    'Information Governance',
  ].join('\n');
  const got = answersOf(reply, fromRequest(request));

  it('gives a sentence that opens with only its year before the reference to that reference', () => {
    assert.deepEqual(reading(got, 'Q5').slice(0, 2), ['answered', 184200000]);
    assert.deepEqual(reading(got, 'Q6').slice(0, 2), ['answered', 1204500]);
  });

  it('reads "the same figure is our best measure for question 4" as the figure before it', () => {
    assert.deepEqual(reading(got, 'Q4').slice(0, 2), ['answered', 18]);
  });
});

describe('parts that break another question down by period', () => {
  it('types "a) 2015 … d) 14 June to 31 December 2017" under "Please break down question 1 in the following time periods:" as question 1\'s counts', () => {
    const q = fromRequest(['1. Please state the total number of fires attended in buildings with exterior cladding since 1 January 2015.', '2. Please break down question 1 in the following time periods: a) 2015, b) 2016, c) 1 January to 13 June 2017, d) 14 June to 31 December 2017.', '3. Which of these fires were in residential tower blocks?'].join('\n'));
    assert.deepEqual(q.questions.filter((x) => x.parent === 'Q2').map((x) => x.type), ['number', 'number', 'number', 'number']);
  });
});

describe('a pipe table whose number cell runs into a short title', () => {
  it('reads "| 5 Average days from lodging to hearing | 31 days |" as question 5\'s row', () => {
    const request = ['1. Appeals lodged', 'a) How many appeals for Reception places were lodged in the 2024 round?', 'b) How many appeals for Year 7 places were lodged in the 2024 round?', '2. Were hearings held in person, remotely (by telephone or video), or as a mix of both?', '3. What was the average number of days between an appeal being lodged and the appeal being heard?', '4. How many independent panel members were on the council\'s list at 1 September 2024?', '5. In which year did the council last recruit new panel members?'].join('\n');
    const reply = ['| Question | Response |', '|---|---|', '| 1 a) Reception appeals lodged | 412 |', '| 1 b) Year 7 appeals lodged | 655 |', '| 2 In person, remote or a mix? | A mix – most hearings were by video |', '| 3 Average days from lodging to hearing | 29 days |', '| 4 Panel members on the list | 52 |', '| 5 Year of last recruitment | 2021 |'].join('\n');
    const q = fromRequest(request);
    assert.equal(q.questions.find((x) => x.id === 'Q2')?.type, 'choice');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q3').slice(0, 3), ['answered', 29, 6]);
    assert.deepEqual(reading(got, 'Q4').slice(0, 3), ['answered', 52, 7]);
    assert.deepEqual(reading(got, 'Q5').slice(0, 3), ['answered', 2021, 8]);
  });
});

describe('a compact "Q7 2019" list, a correction in prose, and a yes or no for all parts', () => {
  const request = ['1. How many appeals were lodged in the 2024 round?', '2. Does the service clerk appeals for academies?', 'a) If yes, for how many academies?', 'b) If yes, what is the charge per appeal?', '3. How many panel members are on the list?', '4. How many clerks does the service employ?', '5. How many hearings were held remotely?', '6. How many appeals were upheld?', '7. In which year did the council last recruit panel members?'].join('\n');
  const reply = (q2: string, tail: string[] = []): string => ['Q1 412', `Q2 (all parts) ${q2}`, 'Q3 19', 'Q4 3', 'Q5 88', 'Q6 71', 'Q7 2019', '', ...tail].join('\n');
  const q = fromRequest(request);

  it('reads "Q7 2019" as question 7 answered with a year (only Q1 to Q4 can be a quarter)', () => {
    const got = answersOf(reply('No.'), q);
    assert.deepEqual(reading(got, 'Q7').slice(0, 3), ['answered', 2019, 7]);
  });

  it('reads "(all parts) No – …, so parts (a) and (b) do not apply" as No, its parts not applying', () => {
    const got = answersOf(reply('No – the service does not clerk appeals for academies, so parts (a) and (b) do not apply.'), q);
    assert.deepEqual(reading(got, 'Q2').slice(0, 2), ['answered', 'No']);
    assert.equal(got.get('Q2a')?.status, 'not-applicable');
    assert.equal(got.get('Q2b')?.status, 'not-applicable');
  });

  it('takes a later correction "went live in 2014, not 2010 as stated in our earlier response"', () => {
    const years = fromRequest(['1. How many systems does the council use?', '2. How many of them are stand-alone?', '3. How many staff work in ICT?', '4. What is the ICT budget for 2024/25?', '5. In which year did the council\'s CRM go live?', '6. How long did the implementation take?'].join('\n'));
    const got = answersOf(['Q1 212', 'Q2 40', 'Q3 61', 'Q4 £4.2m', 'Q5 2010', 'Q6 14 months', '', 'I should also correct our answer to Q5. Our CRM went live in 2014, not 2010 as stated in our earlier response (2010 was the year the contract was let).'].join('\n'), years);
    assert.deepEqual(reading(got, 'Q5').slice(0, 3), ['answered', 2014, 8]);
  });
});

describe('more request shapes typed by their words', () => {
  const request = ['1. What target year has the council set for its own operations to reach net zero carbon?', '2. Which of the following best describes the emissions the council reports for its own operations: Scopes 1 and 2 only; Scopes 1 and 2 plus some Scope 3; or Scopes 1, 2 and 3 in full?', '3. Does the council pay hosts a top-up? (Yes/No)', 'If Yes to Q3, please answer Q3a:', 'Q3a What is the monthly amount of the top-up per host household?'].join('\n');
  const q = fromRequest(request);

  it('types "What target year …" as a year and "the monthly amount of the top-up" as money', () => {
    assert.equal(q.questions.find((x) => x.id === 'Q1')?.type, 'year');
    assert.equal(q.questions.find((x) => x.id === 'Q3a')?.type, 'money');
  });

  it('reads a choice written with "&", a note in brackets or "at present" after it', () => {
    for (const a of ['Scopes 1 & 2 only.', 'Scopes 1 and 2 only (from 2023/24)', 'Scopes 1 & 2 only at present.']) {
      const got = answersOf(['1. 2035', `2. ${a}`, '3. No'].join('\n'), q);
      assert.equal(got.get('Q2')?.value, 'Scopes 1 and 2 only', a);
    }
  });
});

describe('a count answered "There are no …"', () => {
  const q = fromRequest(['1. How many full-time equivalent staff are employed in posts wholly dedicated to climate change?', '2. What was the council\'s climate budget for 2024/25?'].join('\n'));

  it('reads "There are no posts wholly dedicated to climate change" as none', () => {
    const got = answersOf(['1. There are no posts wholly dedicated to climate change. The work is shared between officers.', '2. £120,000'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q1').slice(0, 2), ['answered', 0]);
  });

  it('does not read "There is no record of …" as none', () => {
    const got = answersOf(['1. There is no record of which posts work on climate change.', '2. £120,000'].join('\n'), q);
    assert.notEqual(got.get('Q1')?.value, 0);
    assert.equal(parseValue('There is no record of which posts work on climate change.', q.questions[0]!).value, null);
  });
});
