// Layouts and wordings found by scoring the engine on replies it had never seen (session 54), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no
// real text is copied.
import { strict as assert } from 'node:assert';
import { classifyAnswer } from '../../src/core/classify';
import { answersOf, crmSurvey, fromRequest, reading } from '../support/engine';

const PCN = [
  '1. How many penalty charge notices did the council issue in 2024-25?',
  '2. Of the notices issued:',
  '   a) how many were cancelled after an informal challenge?',
  '   b) how many were still unpaid on 31 March 2025?',
  '3. What was the council\'s total income from penalty charge notices?',
  '4. Does the council use cameras to enforce moving traffic contraventions? Yes or no.',
  '5. How many civil enforcement officers did the council employ on 31 March 2025?',
  '6. Of those officers:',
  '   a) how many worked full time?',
  '   b) how many worked part time?',
].join('\n');

describe('an answer list numbered by a web page: the heading has no item, the parts an inner list from 1', () => {
  const q = fromRequest(PCN);
  const page = (answers: string[]): string => [
    'Dunmere Borough Council – disclosure log',
    '',
    'Request',
    '1. How many penalty charge notices did the council issue in 2024-25?',
    '2. Of the notices issued:',
    '   1. how many were cancelled after an informal challenge?',
    '   2. how many were still unpaid on 31 March 2025?',
    '3. What was the council\'s total income from penalty charge notices?',
    '4. Does the council use cameras to enforce moving traffic contraventions? Yes or no.',
    '5. How many civil enforcement officers did the council employ on 31 March 2025?',
    '6. Of those officers:',
    '   1. how many worked full time?',
    '   2. how many worked part time?',
    '',
    'Response',
    ...answers,
    '',
    'Was this page helpful?',
  ].join('\n');

  it('reads each item as the question in turn, the numbers after the heading moved up by one', () => {
    const got = answersOf(page(['1. 9,870', '   1. 611', '   2. 1,204', '2. £398,250', '3. Yes', '4. 17', '   1. 12', '   2. 5']), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 9870, 16]);
    assert.deepEqual(reading(got, 'Q2a'), ['answered', 611, 17]);
    assert.deepEqual(reading(got, 'Q2b'), ['answered', 1204, 18]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 398250, 19]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 'Yes', 20]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 17, 21]);
    assert.deepEqual(reading(got, 'Q6a'), ['answered', 12, 22]);
    assert.deepEqual(reading(got, 'Q6b'), ['answered', 5, 23]);
  });

  it('reads the same when the page lost the inner list\'s indentation', () => {
    const got = answersOf(page(['1. 9,870', '1. 611', '2. 1,204', '2. £398,250', '3. Yes', '4. 17', '1. 12', '2. 5']), q);
    assert.deepEqual(['Q2a', 'Q2b', 'Q3', 'Q4', 'Q5', 'Q6a', 'Q6b'].map((id) => got.get(id)?.value), [611, 1204, 398250, 'Yes', 17, 12, 5]);
  });

  it('keeps the request\'s own numbers when the council numbers its answers as the request does', () => {
    const got = answersOf(page(['1. 9,870', '2. Of these:', '   a) 611', '   b) 1,204', '3. £398,250', '4. Yes', '5. 17', '6. Of these:', '   a) 12', '   b) 5']), q);
    assert.deepEqual(['Q1', 'Q2a', 'Q2b', 'Q3', 'Q4', 'Q5', 'Q6a', 'Q6b'].map((id) => got.get(id)?.value), [9870, 611, 1204, 398250, 'Yes', 17, 12, 5]);
  });
});

describe('a total and its parts answered as an inner list numbered from 1 under the total', () => {
  const q = fromRequest([
    '1. How many bus shelters does the council maintain?',
    '2. What did the council spend on bus shelter repairs in 2024-25? Please break this down into:',
    '   a) glass and panel replacement;',
    '   b) cleaning contracts.',
    '3. How many shelters have real-time information displays?',
    '4. In which year was the shelter maintenance contract last tendered?',
  ].join('\n'));

  it('gives the inner items to the parts, not to questions 1 and 2', () => {
    const got = answersOf(['Dear Ms Avery,', '', 'Our response is below.', '', '1. 312', '2. £84,600', '   1. £51,200', '   2. £33,400', '3. 46', '4. 2021', '', 'Yours sincerely,', 'Information Governance'].join('\n'), q);
    assert.deepEqual(['Q1', 'Q2a', 'Q2b', 'Q3', 'Q4'].map((id) => got.get(id)?.value), [312, 51200, 33400, 46, 2021]);
    // (The total, a heading over its parts here, keeps its own line and no more.)
    assert.equal(got.get('Q2')?.text.trim(), '£84,600');
  });
});

describe('a request asked in paragraphs, each a title and questions numbered inline "4) … 5) …" on from the last', () => {
  const q = fromRequest([
    'Please provide the following for 2024-25.',
    '',
    'Reviews received. 1) How many requests for a homelessness review did the council receive? 2) How many reviews were still outstanding on 31 March 2025?',
    '',
    'Timeliness. 3) What percentage of reviews were completed within 56 days? 4) What was the longest time, in days, taken to complete a review?',
    '',
    'Arrangements. 5) Does the council use an external provider to carry out reviews? If yes, (a) how much did the council pay that provider in 2024-25? 6) In which year did the council last revise its review procedure?',
  ].join('\n'));

  it('finds every paragraph\'s questions, not only the first paragraph\'s', () => {
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'number'], ['Q3', 'percent'], ['Q4', 'duration'], ['Q5', 'yes-no'], ['Q5a', 'money'], ['Q6', 'year']]);
  });

  it('reads a single part routed inline after its question ("? If yes, (a) how much …") as a part of its own', () => {
    assert.equal(q.byId.get('Q5')!.text, 'Does the council use an external provider to carry out reviews?');
    assert.equal(q.byId.get('Q5a')!.text, 'how much did the council pay that provider in 2024-25?');
  });
});

describe('a heading over its parts that asks a total first ("How many …? Of these:")', () => {
  const q = fromRequest([
    '1. How many dwellings paid the second homes premium on 1 April 2025? Of these:',
    '   (a) how many were flats?',
    '   (b) how many were houses?',
    '2. What was the total income from the premium in 2024-25?',
    '3. Does the council grant any discretionary exceptions to the premium?',
  ].join('\n'));

  it('keeps the type of the question it asks, so its answer is a count', () => {
    const q1 = q.byId.get('Q1')!;
    assert.deepEqual([q1.heading, q1.type], [true, 'number']);
    const got = answersOf(['1. 812 dwellings', '   (a) 301', '   (b) 511', '2. £1.9m', '3. No'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 812, 1]);
    assert.deepEqual(['Q1a', 'Q1b', 'Q2'].map((id) => got.get(id)?.value), [301, 511, 1900000]);
  });

  it('leaves a title over its parts as text ("2. Staffing:")', () => {
    const t = fromRequest(['1. How many reviews were received?', '2. Staffing:', '   (a) how many officers carry out reviews?', '   (b) how many of them are agency staff?'].join('\n'));
    assert.deepEqual([t.byId.get('Q2')!.heading, t.byId.get('Q2')!.type], [true, 'text']);
  });
});

describe('an account asked for ("Please describe how …") answered in several sentences', () => {
  const q = fromRequest([
    '1. How many reviews did the council receive in 2024-25?',
    '2. Please describe how the council decides who carries out a review.',
    '3. What is the name of the officer who manages the review team?',
  ].join('\n'));
  const letter = (two: string[]): string => ['Dear Ms Cole,', '', '1. 214', '', ...two, '', '3. Rita Okafor. She has held the post since 2021.', '', 'Yours sincerely,'].join('\n');

  it('takes the whole paragraph, hard-wrapped or not, not its first sentence', () => {
    const got = answersOf(letter(['2. Reviews are allocated by the review team manager. Where the original decision was made by a', 'senior officer, the review goes to an officer of a higher grade. Complex cases are referred to our', 'medical adviser first.']), q);
    assert.equal(got.get('Q2')?.value, 'Reviews are allocated by the review team manager. Where the original decision was made by a senior officer, the review goes to an officer of a higher grade. Complex cases are referred to our medical adviser first.');
  });

  it('leaves out a first sentence that only says the information is held', () => {
    const got = answersOf(letter(['2. We do hold this information. Reviews are allocated by the review team manager. Complex cases go to our medical adviser.']), q);
    assert.equal(got.get('Q2')?.value, 'Reviews are allocated by the review team manager. Complex cases go to our medical adviser.');
  });

  it('still reads one sentence for a question that asks for a name', () => {
    assert.equal(answersOf(letter(['2. By the team manager.']), q).get('Q3')?.value, 'Rita Okafor.');
  });
});

describe('a council that numbers every question and part 1 to N, each under a short title', () => {
  const q = fromRequest([
    'Reviews received. 1) How many requests for a review under section 202 did the council receive? 2) How many of those reviews were completed by 31 March 2025, and of those how many were (a) upheld in the applicant\'s favour and (b) not upheld? 3) How many reviews were still outstanding on 31 March 2025?',
    '',
    'Timeliness. 4) What percentage of reviews were completed within the statutory 56 days? 5) What was the longest time, in days, taken to complete a review?',
    '',
    'How reviews are carried out. 6) Does the council use an external provider to carry out any reviews? If yes, (a) how much did the council pay that provider in 2024-25? 7) How many officers carried out reviews on 31 March 2025? 8) In which year did the council last revise its review procedure?',
    '',
    'Appeals. 9) How many appeals to the county court under section 204 were lodged against review decisions? 10) How much did the council spend on legal costs for those appeals? 11) Please describe any changes the council has made to its review process as a result of appeals.',
  ].join('\n'));
  const titles = ['Reviews received', 'Reviews completed', 'Upheld', 'Not upheld', 'Outstanding', 'Within 56 days', 'Longest time', 'External provider', 'Payment to provider', 'Officers', 'Procedure revised', 'County court appeals', 'Legal costs', 'Changes made'];
  const answers = ['214', '190', '41', '149', '24', '78%', '212 days', 'Yes', '£38,400', '4', '2022', '6', '£12,750', 'Monthly review meetings.'];

  it('keeps each number at its place when two titles alike would pull both to one question', () => {
    const reply = ['For ease of reference we have numbered your questions 1 to 14 below.', '', ...titles.flatMap((t, i) => [`${i + 1}. ${t}`, answers[i]!, ''])].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(['Q6', 'Q6a', 'Q7', 'Q8', 'Q9'].map((id) => got.get(id)?.value), ['Yes', 38400, 4, 2022, 6]);
  });
});

describe('a heading that names its parts as a range after it ("…: 13(a) to 13(d)"), the answer on the line below', () => {
  const q = crmSurvey();
  const letter = (range: string): string => [
    'Q11. Does the Authority use a CRM system?',
    'A: Yes',
    '',
    `Q13. If the Authority does not have a CRM system: ${range}`,
    'A: Not applicable - the Council uses a CRM (see answer 11)',
    '',
    'Q14. Residents or properties?',
    'A: Residents',
  ].join('\n');

  for (const range of ['13(a) to 13(d)', '13a – 13d']) {
    it(`reads "${range}" as the parts named, not a figure: the heading and its parts not applicable, at the answer's line`, () => {
      const got = answersOf(letter(range), q);
      for (const id of ['Q13', 'Q13a', 'Q13d']) assert.deepEqual(reading(got, id), ['not-applicable', null, 5], id);
    });
  }

  it('still reads a range of figures as an answer ("Between 12 and 15")', () => {
    const got = answersOf(['Q4. How many services are available online?', 'A: Between 12 and 15'].join('\n'), q);
    assert.equal(got.get('Q4')?.status, 'answered');
  });
});

describe('a request asked in lines without numbers, closed by how to send the reply', () => {
  it('takes no question from "Please provide the information in an Excel spreadsheet."', () => {
    const q = fromRequest(['Dear Sir/Madam,', '', 'Please could you provide the following information:', '', 'How many fire risk assessments were completed on your premises in 2023?', 'How many of those assessments identified significant findings?', 'What was the total cost of remedial works arising from them?', 'Please provide the information in an Excel spreadsheet.', '', 'Thank you,', 'J. Smith'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'number', 'money']);
  });

  it('still takes "Please provide the number of …" as a question', () => {
    const q = fromRequest(['Please could you provide the following information:', '', 'How many fire risk assessments were completed in 2023?', 'Please provide the number of assessments that identified significant findings.', 'Please send me the data by email.'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'number']);
  });
});

describe('an account asked for about time ("Please describe any changes made to reduce the time taken …")', () => {
  it('is text, not a duration: the time is what the account is about', () => {
    const q = fromRequest(['1) How many reviews were received?', '2) Please describe any changes the council has made since April 2023 to reduce the time taken to complete a review.', '3) What changes have been made to reduce the average waiting time?', '4) What is the average time taken to complete a review, in days?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.type), ['number', 'text', 'text', 'duration']);
    const got = answersOf(['1) 214', '2) We added a second review officer in 2024. Simple reviews are now decided within 20 days.', '3) A triage step.', '4) 41 days'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'We added a second review officer in 2024. Simple reviews are now decided within 20 days.', 2]);
  });

  it('reads "… is published as part of the … plan: <link>" as signposted', () => {
    const q = fromRequest(['1) How many reviews were received?', '2) Please describe the steps the council has taken to reduce the time taken to complete reviews.'].join('\n'));
    const got = answersOf(['1) 214', '2) The council\'s improvement plan for homelessness reviews and its timetable is published as part of the Housing and Homelessness Strategy action plan 2024-2027: https://www.example.gov.uk/housing-strategy'].join('\n'), q);
    assert.equal(got.get('Q2')?.status, 'signposted');
  });
});

describe('what a question asks for, said at its end or set off by commas', () => {
  const q = fromRequest([
    '1. How many temporary event notices were given in 2024-25?',
    '2. Apart from the statutory £21 fee, does the council charge any other fee for a notice? Yes or no.',
    '3. What is the term, in months, of the council\'s trade waste contract?',
    '4. What was the total fee income from notices in 2024-25?',
  ].join('\n'));

  it('reads "…? Yes or no." as yes or no, whatever sums the question mentions', () => {
    assert.equal(q.byId.get('Q2')!.type, 'yes-no');
    assert.equal(q.byId.get('Q4')!.type, 'money');
    assert.deepEqual(reading(answersOf('1. 312\n2. No.\n3. 36\n4. £6,552', q), 'Q2'), ['answered', 'No', 2]);
  });

  it('reads "the term, in months, of …" as a duration in months', () => {
    assert.deepEqual([q.byId.get('Q3')!.type, q.byId.get('Q3')!.unit], ['duration', 'months']);
    assert.equal(answersOf('1. 312\n2. No.\n3. Thirty-six months.\n4. £6,552', q).get('Q3')?.value, 36);
  });

  it('reads a unit set off by commas, or a term asked in a unit, as a duration', () => {
    const more = fromRequest(['1. How many licences were issued, in months, after an objection?', '2. What is the life of each licence, in years, from its issue?', '3. What is the contract term in years?'].join('\n'));
    assert.deepEqual(more.questions.map((x) => [x.type, x.unit ?? '']), [['number', ''], ['duration', 'years'], ['duration', 'years']]);
  });
});

describe('a question quoted with "> " that wraps its own "Yes or" / "No." onto a second quoted line', () => {
  const q = fromRequest(['1. How many temporary event notices were given in 2024-25?', '2. Does the council publish a register of notices on its website? Yes or no.', '3. What was the fee income from notices in 2024-25?'].join('\n'));
  const reply = (two: string[]): string => ['Dear Ms Hale,', '', '> 1. How many temporary event notices were given in 2024-25?', '', '412', '', ...two, '', '> 3. What was the fee income from notices in 2024-25?', '', '£8,652'].join('\n');

  it('takes the answer below the quote, not the quoted "No."', () => {
    const got = answersOf(reply(['> 2. Does the council publish a register of notices on its website? Yes or', '> No.', '', 'Yes - the register is updated weekly.']), q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Yes', 10]);
  });

  it('still reads a quoted line under the question that answers it ("> 2022")', () => {
    const got = answersOf(reply(['> 2. Does the council publish a register of notices on its website? Yes or no.', '> Yes', '', 'The register is updated weekly.']), q);
    assert.equal(got.get('Q2')?.value, 'Yes');
  });
});

describe('one figure asked, a span or a variation given', () => {
  const q = fromRequest(['1. What percentage of notices were given late in 2024-25?', '2. How many working days\' notice does the council ask for?', '3. How many notices were given in 2024-25?'].join('\n'));

  it('reads "Ranged from 12% to 30%" and "Varies widely; the minimum is ten days" as unclear, with no figure', () => {
    const got = answersOf(['1. Ranged from 12% to 30% across the year.', '2. Varies widely; the statutory minimum is ten working days.', '3. Between 400 and 450 each year.'].join('\n'), q);
    assert.deepEqual(['Q1', 'Q2'].map((id) => [got.get(id)?.status, got.get(id)?.value]), [['unclear', null], ['unclear', null]]);
  });

  it('keeps the figure said to be the average, and a plain "between" estimate', () => {
    const got = answersOf(['1. On average 18%, though it ranged from 12% to 30%.', '2. Ten working days.', '3. Between 400 and 450 each year.'].join('\n'), q);
    assert.deepEqual(['Q1', 'Q2'].map((id) => got.get(id)?.value), [18, 10]);
    assert.equal(got.get('Q3')?.status, 'answered');
  });
});

describe('a disclosure-log page of several requests, each under "Reference" and a code of several parts', () => {
  const q = fromRequest(['Q1. Does the council offer a trade waste collection service? Yes or no.', 'Q2. How many trade waste customers did the council have on 1 April 2025?', 'Q3. What was the council\'s income from trade waste collections in 2024-25?', 'Q4. How many trade waste collection vehicles does the council operate?'].join('\n'));
  const entry = (ref: string, request: string[], response: string[]): string[] => ['Reference', ref, 'Response date', '4 August 2025', 'Request', ...request, 'Response', ...response, ''];
  const page = [
    'Westbury Vale District Council – disclosure log, August 2025',
    '',
    ...entry('WVD/FOI/25/0871', ['Q1. Does the council offer a trade waste collection service? Yes or no.', 'Q2. How many trade waste customers did the council have on 1 April 2025?', 'Q3. What was the council\'s income from trade waste collections in 2024-25?', 'Q4. How many trade waste collection vehicles does the council operate?'], ['Q1. No. The council stopped collecting trade waste in 2019.', 'Q2 to Q4: Not applicable (see Q1).']),
    ...entry('WVD/FOI/25/0874', ['Q1. Does the council charge for bulky waste collections?', 'Q2. What is the charge for up to three items?', 'Q3. How many bulky collections were made in 2024-25?', 'Q4. Is there a concession for residents on benefits?'], ['Q1. Yes.', 'Q2. £35 for up to three items.', 'Q3. 1,942', 'Q4. Yes.']),
  ].join('\n');

  it('reads only the entry whose request is the questionnaire\'s, not the same labels answered below', () => {
    const got = answersOf(page, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'No', 13]);
    for (const id of ['Q2', 'Q3', 'Q4']) assert.deepEqual(reading(got, id), ['not-applicable', null, 14], id);
  });
});

describe('a total asked with its parts, answered on one line: "Total 233 (standard 198, late 35)."', () => {
  const q = fromRequest([
    '1) How many temporary event notices did the council receive in 2024 in total? Please also split this total into:',
    '   a) standard notices;',
    '   b) late notices.',
    '2) How many counter notices did the council issue in 2024?',
  ].join('\n'));
  const reply = (one: string): string => ['Question 1', one, '', 'Question 2', '4'].join('\n');

  it('keeps the total as the heading\'s answer and gives each part the figure beside its own word', () => {
    const got = answersOf(reply('Total 233 (standard 198, late 35).'), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 233, 2]);
    assert.deepEqual(['Q1a', 'Q1b'].map((id) => got.get(id)?.value), [198, 35]);
  });

  it('reads "35 were late" the other way round, and never a figure before a month ("1 September")', () => {
    const got = answersOf(reply('233 notices in total, of which 198 were standard and 35 were late, up to 1 September.'), q);
    assert.deepEqual(['Q1', 'Q1a', 'Q1b'].map((id) => got.get(id)?.value), [233, 198, 35]);
  });
});

describe('a part named by a date in its question ("valid on 1 September 2025")', () => {
  it('never takes the day of the month as the part\'s figure', () => {
    const q = fromRequest(['1. Regarding exemption permits inside School Streets zones:', '   a) how many permits were valid on 1 September 2025?', '   b) does the council charge for a permit?', '2. How many School Streets zones are there?'].join('\n'));
    const got = answersOf(['1. Permits valid on 1 September 2025: 1,318. Permits are free of charge.', '2. 12'].join('\n'), q);
    assert.equal(got.get('Q1a')?.value, 1318);
  });
});

describe('a figure said to be the same as another answer\'s, not counted apart', () => {
  const q = crmSurvey();
  it('reads "£1.4m – the same figure as Q10; we do not calculate licensing spend separately" as answered', () => {
    const got = answersOf('Q8. £41.2m\nQ9. £1.4m – the same figure as Q10; we do not calculate licensing spend separately.\nQ10. £1.4m', q);
    assert.deepEqual(reading(got, 'Q9'), ['answered', 1400000, 2]);
  });

  it('still reads a figure for part, the rest not recorded apart, as partial', () => {
    const got = answersOf('Q8. £41.2m\nQ9. £1.4m for licences; we do not record support costs separately.\nQ10. £3m', q);
    assert.equal(got.get('Q9')?.status, 'partial');
    // (The same figure as another answer, and something else not held: still partial.)
    assert.equal(classifyAnswer('£1.4m – the same as q10 for licences; the figure for support contracts is not held.', q.byId.get('Q9')).status, 'partial');
  });
});

describe('a refusal for the reasons another answer gives ("Withheld, for the reasons given at Q9")', () => {
  const q = crmSurvey();
  for (const ten of ['Withheld, for the reasons given at Q9.', 'Withheld for the same reasons as Q9.', 'Withheld for the reason set out at Q9.', 'Exempt – see Q9.']) {
    it(`takes Q9's exemption for "${ten}"`, () => {
      const got = answersOf(`Q8. £41.2m\nQ9. Withheld under section 43(2) (commercial interests).\nQ10. ${ten}`, q);
      assert.deepEqual([got.get('Q10')?.status, got.get('Q10')?.exemption], ['refused', 's43']);
    });
  }
});

describe('"Withheld - please see the note below."', () => {
  it('is a refusal whose reasons are below, not a pointer to published information', () => {
    assert.equal(classifyAnswer('withheld - please see the note below.').status, 'refused');
    assert.equal(classifyAnswer('please see the explanation below.').status === 'signposted', false);
    assert.equal(classifyAnswer('please see our website for the current prices.').status, 'signposted');
  });
});

describe('a reference in brackets followed by a colon and its explanation ("(question 3): the system …")', () => {
  const q = fromRequest(['1. How many notices were given in 2024?', '2. In which year was the licensing policy last revised?', '3. What is the average notice period, in days, for standard notices?', '4. How many notices were for events on council land?'].join('\n'));

  it('ties the sentence before it and the explanation after it to the question', () => {
    const got = answersOf(['Dear Ms Rowe,', '', 'The licensing system shows that 1,204 notices were given during 2024 (question 1).', '', 'The Statement of Licensing Policy was refreshed in 2023 (question 2). We do not hold an average notice period for standard notices (question 3): the system checks that the minimum period has been given but does not calculate the gap.', '', 'Of the notices received in 2024, 41 were for events on council land (question 4).'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 5]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 2023, 5]);
  });

  it('reads a bullet\'s topic and its reference the same way ("• Notices on council land (Q4): 41")', () => {
    const got = answersOf(['Our answers, grouped by subject:', '', 'NOTICES', '• Notices given in 2024 (Q1): 1,204', '• Notices on council land (Q4): 41', '', 'POLICY', '• Policy last revised (Q2): 2023', '• Average notice period (Q3): not held'].join('\n'), q);
    assert.deepEqual(['Q1', 'Q4', 'Q2'].map((id) => got.get(id)?.value), [1204, 41, 2023]);
    assert.equal(got.get('Q3')?.status, 'not-held');
  });
});

describe('a question asked in lines without numbers, wrapped before its "and how many …"', () => {
  it('is one question, not two', () => {
    const q = fromRequest(['Dear Sir/Madam,', '', 'Could you please tell me how many fire safety audits were carried out in 2023', 'and how many of them found deficiencies?', 'How many enforcement notices were issued in 2023?', 'How many prohibition notices were issued in 2023?', '', 'Yours faithfully,', 'A Person'].join('\n'));
    assert.equal(q.questions.length, 3);
    assert.match(q.byId.get('Q1')!.text!, /in 2023 and how many of them found deficiencies\?$/);
  });

  it('keeps a question that ends its line before the next one\'s "And"', () => {
    const q = fromRequest(['Please tell me:', '', 'How many fire safety audits were carried out in 2023?', 'and how many enforcement notices were issued in 2023?', 'How many prohibition notices were issued in 2023?'].join('\n'));
    assert.equal(q.questions.length, 3);
  });
});
