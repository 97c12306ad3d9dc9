// Layouts found by scoring the engine on replies it had never seen (session 15: a round of real
// council replies and blind sets), each fixed with a general rule. Requests and replies here are
// written for fictional councils in the same shapes; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf } from './readReply';


describe('replies read by the engine (session 15 layouts)', () => {
  describe('"1 – The total …": questions numbered with a spaced dash', () => {
    const request = [
      'For each of the years 2021/22, 2022/23 and 2023/24 please tell me:',
      '',
      '1 – The number of public benches the council maintains.',
      '',
      '2 - The total cost of repairing benches.',
      '',
      '3 – The name of the officer responsible for street furniture.',
    ].join('\n');

    it('takes every dash-numbered line of the request as a question', () => {
      const q = questionnaireFromRequest(request).questionnaire;
      assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
      assert.equal(q.byId.get('Q2')?.type, 'money');
    });

    it('reads a figure per year set one per line with blank lines between, offering the latest year', () => {
      const reply = [
        'Response',
        '',
        '1 - 2021/22     412',
        '',
        '      2022/23     418',
        '',
        '      2023/24     431',
        '',
        '2 - 2021/22     £3,120.40',
        '',
        '      2022/23     £2,904.00',
        '',
        '      2023/24     £4,018.75',
        '',
        '3 - Ms A Example (Streetscene Manager)',
      ].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.value, 431);
      assert.equal(a.get('Q2')?.value, 4018.75);
      // The request names three years: the latest is offered, not auto-coded.
      assert.ok((a.get('Q1')?.confidence ?? 1) < 0.95, `confidence ${a.get('Q1')?.confidence}`);
      assert.equal(a.get('Q1')?.line, 3);
      assert.match(String(a.get('Q3')?.value), /Streetscene Manager/);
    });

    it('ends the answer at the blank line when the line below is no year row', () => {
      const reply = [
        'Response',
        '',
        '1 - 2023/24     431',
        '',
        '      The benches in parks are counted separately.',
        '',
        '2 - £4,018.75',
        '',
        '3 - Ms A Example',
      ].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.value, 431);
      assert.doesNotMatch(a.get('Q1')?.text ?? '', /parks/);
    });
  });

  it('reads "Notice of Refusal" / "Please note that … exempt under S31(1)(a)" as one refusal, not the letter closing', () => {
    const request = [
      '1. How many parks does the council maintain?',
      '2. Please list the security measures used at each park depot.',
    ].join('\n');
    const reply = [
      'Response',
      '1. 27',
      '2. Notice of Refusal',
      'Please note that I consider the information you asked for to be exempt under S31(1)(a) of the Freedom of Information Act, as disclosure would be likely to prejudice the prevention of crime.',
      'The exemption is subject to the public interest test, which favours withholding.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2')?.status, 'refused');
    assert.equal(a.get('Q2')?.exemption, 's31');
  });

  it('still ends an answer at "Please note that …" when the note withholds nothing', () => {
    const request = ['1. How many parks does the council maintain?', '2. Please list the park depots.'].join('\n');
    const reply = [
      'Response',
      '1. 27',
      '2. Northside Depot',
      'Please note that this reply was prepared by the Parks team.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.doesNotMatch(a.get('Q2')?.text ?? '', /Parks team/);
  });

  it('types "Does … in house or is this outsourced …?" as a question asking which, not yes or no', () => {
    const q = questionnaireFromRequest([
      '1. Does the council carry out its grass cutting in house or is this outsourced to a contractor?',
      '2. Does the council own a mowing depot?',
    ].join('\n')).questionnaire;
    assert.equal(q.byId.get('Q1')?.type, 'text');
    assert.equal(q.byId.get('Q2')?.type, 'yes-no');
  });

  it('takes "3a What is …" (a part label with no stop after it) as a question of the request', () => {
    const q = questionnaireFromRequest([
      '3.  Do you use weed killers containing glyphosate?',
      '',
      '3a What is your policy on the use of glyphosate?',
      '3b What precautions are taken before it is used?',
      '',
      '4.  How much did the council spend on weed killers in 2023?',
    ].join('\n')).questionnaire;
    assert.deepEqual(q.questions.map((x) => x.id), ['Q3', 'Q3a', 'Q3b', 'Q4']);
    // A bare number and a capital are no label: "12 Months of data were reviewed".
    assert.deepEqual(questionnaireFromRequest('1. How many claims?\n12 Months of data please.\n2. How many paid?').questionnaire.questions.map((x) => x.id), ['Q1', 'Q2']);
  });

  it('reads "we do not have reports available" as not held', () => {
    const q: Question = { id: 'Q5', type: 'text', order: 0, text: 'Please provide any impact assessments of these changes.' };
    assert.equal(classifyAnswer('Unable to answer - we do not have reports available', q).status, 'not-held');
    // Reports of events are not the documents asked for.
    assert.notEqual(classifyAnswer('We do not have reports of vandalism at every depot, only at two.', q).status, 'not-held');
  });

  it('spreads one answer below restated parts to the parts above it across an "If so:" line', () => {
    const request = [
      '1. What percentage of tenants pay by direct debit?',
      '2.',
      'a) Has the council changed its rent collection policy since 2023?',
      'If so:',
      'b) Please describe the changes.',
      'c) The date the changes took effect.',
      '3. Please provide any equality impact assessment of the changes.',
    ].join('\n');
    const reply = [
      '1. What percentage of tenants pay by direct debit?',
      '61%',
      '2.',
      'a) Has the council changed its rent collection policy since 2023?',
      'If so:',
      'b) Please describe the changes.',
      'c) The date the changes took effect.',
      'Unable to answer - we do not have reports available',
      '3. Please provide any equality impact assessment of the changes.',
      'Not held.',
    ].join('\n');
    const a = answersOf(reply, request);
    for (const id of ['Q2a', 'Q2b', 'Q2c']) {
      assert.equal(a.get(id)?.status, 'not-held', id);
      assert.equal(a.get(id)?.line, 8, id);
    }
    assert.equal(a.get('Q3')?.status, 'not-held');
  });
  describe('a letter of one statement saying there are none', () => {
    const request = [
      '(1) How many public toilets has the council closed in the past ten years?',
      '',
      '(2) For each, please give the name and location of the toilet and the date it closed.',
      '',
      '(3) Please tell me the reason for the closure in each case.',
      '',
      '(4) What is the council\'s annual budget for public toilets?',
    ].join('\n');

    it('codes the count as 0 and the questions about each as not applicable, all offered', () => {
      const reply = ['Response 02-03-2024', '', 'No public toilets have been closed by the council in the last 10 years.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.status, 'answered');
      assert.equal(a.get('Q1')?.value, 0);
      assert.equal(a.get('Q1')?.line, 3);
      for (const id of ['Q2', 'Q3']) assert.equal(a.get(id)?.status, 'not-applicable', id);
      // The budget is no question about each closure: it is left for the researcher.
      assert.equal(a.get('Q4'), undefined);
      for (const x of a.values()) assert.ok(x.confidence < 0.95, `${x.id}: ${x.confidence}`);
    });

    it('does nothing when the letter says more than the one statement (it may answer other questions)', () => {
      const reply = ['Response 02-03-2024', '', 'No public toilets have been closed by the council in the last 10 years.', '', 'The budget for public toilets this year is £41,200, spent on cleaning.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2'), undefined);
    });

    it('does nothing when the statement gives a count', () => {
      const reply = ['Response 02-03-2024', '', 'Three public toilets have been closed by the council in the last 10 years.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2'), undefined);
    });
  });

  it('reads no count from the period in "closed in the last 10 years"', () => {
    const q: Question = { id: 'Q1', type: 'number', order: 0, text: 'How many toilets were closed?' };
    assert.equal(parseValue('No toilets have been closed by us in the last 10 years.', q).value, 0);
    assert.equal(parseValue('Four were closed over the past 12 months.', q).value, 4);
    assert.equal(parseValue('We closed 3 in the last 10 years.', q).value, 3);
  });
  it('reads 0 from "No funding has been cut from … since 2010" for a sum asked', () => {
    const q: Question = { id: 'Q10', type: 'money', order: 0, text: 'How much money has been cut from youth services since 2010?' };
    assert.equal(parseValue('No funding has been cut from the youth participation budget since 2010', q).value, 0);
    assert.equal(parseValue('Funding of £40,000 has been cut since 2010', q).value, 40000);
  });

  it('types a distance asked "in miles or kilometres" as a number, not a duration', () => {
    const q = questionnaireFromRequest([
      '5) Network',
      'a) The total length of the road network maintained by your authority (in miles or kilometres).',
      'b) The average length of stay in temporary accommodation.',
    ].join('\n')).questionnaire;
    assert.equal(q.byId.get('Q5a')?.type, 'number');
    assert.equal(q.byId.get('Q5b')?.type, 'duration');
  });

  it('types "Priority routes Please confirm whether …" (a heading run into its question) as yes or no', () => {
    const q = questionnaireFromRequest([
      '4) Priority routes',
      'Please confirm whether your authority runs designated snow routes.',
      '5) Salt stock',
      'How many tonnes of salt did you hold on 1 November 2024?',
    ].join('\n')).questionnaire;
    assert.equal(q.byId.get('Q4')?.type, 'yes-no');
    assert.equal(q.byId.get('Q5')?.type, 'number');
  });

  describe('a figure per year given inline ("23/24 = £3,911,176 24/25 = £3,682,000")', () => {
    const q: Question = { id: 'Q3a', type: 'money', order: 0, text: 'The total amount spent on gritting in each winter period.' };
    it('offers the latest year', () => {
      const v = parseValue('(23/24 = £3,911,176 24/25 = £3,682,000 25/26 to 7th Jan = £2,417,458)', q);
      assert.equal(v.value, 2417458);
      assert.equal(v.several, true);
    });
    it('takes the year the question names', () => {
      const named: Question = { ...q, text: 'The total amount spent on gritting in winter 2024/25.' };
      assert.equal(parseValue('2023/24: £3,911,176, 2024/25: £3,682,000, 2025/26: £2,417,458', named).value, 3682000);
      // Written short ("24/25"), the year is still the one named.
      assert.equal(parseValue('(23/24 = £3,911,176 24/25 = £3,682,000 25/26 = £2,417,458)', named).value, 3682000);
    });
    it('reads a year in brackets before its measures as no pair', () => {
      const count: Question = { id: 'Q1a', type: 'number', order: 0, text: 'The number of days on which gritting was carried out.' };
      assert.notEqual(parseValue('Winter 2023/24 (Days = 42, Runs = 51) Winter 2024/25 (Days = 60, Runs = 71)', count).value, 60);
    });
  });
  it('types items that only name things by the line above them ("the costs incurred … for the following")', () => {
    const r = questionnaireFromRequest([
      'Please could you provide the costs incurred by the council for the following across the district.',
      '',
      '  1. Floral displays',
      '  2. Hanging baskets',
      '  3. Watering of displays and baskets',
    ].join('\n'));
    assert.deepEqual(r.questionnaire.questions.map((x) => x.type), ['money', 'money', 'money']);
    assert.ok(r.assumptions.some((a) => /line 1 says what is asked of each/.test(a)), r.assumptions.join('\n'));
    // Without such a line, names stay free text.
    const plain = questionnaireFromRequest(['Please tell me about the following.', '', '1. Floral displays', '2. Hanging baskets'].join('\n'));
    assert.deepEqual(plain.questionnaire.questions.map((x) => x.type), ['text', 'text']);
    const has = questionnaireFromRequest(['Do you have the following:', '1. A tree planting policy', '2. A street trees register'].join('\n'));
    assert.deepEqual(has.questionnaire.questions.map((x) => x.type), ['yes-no', 'yes-no']);
    // A line above that does not lead into the list says nothing of the items.
    const unrelated = questionnaireFromRequest(['The council publishes its spending on parks each year.', '1. Floral displays', '2. Hanging baskets'].join('\n'));
    assert.deepEqual(unrelated.questionnaire.questions.map((x) => x.type), ['text', 'text']);
    // A lead that offers options leaves the items to the researcher.
    const options = questionnaireFromRequest(['Is the work below done in-house, by a contractor, or by a mix of the two:', '1. Street cleaning', '2. Grass cutting'].join('\n'));
    assert.deepEqual(options.questionnaire.questions.map((x) => x.type), ['text', 'text']);
    // An item that asks its own question, or is typed by its own words, keeps the list as it is.
    const own = questionnaireFromRequest(['Please provide the costs for the following:', '1. Floral displays', '2. Do you use a contractor?'].join('\n'));
    assert.deepEqual(own.questionnaire.questions.map((x) => x.type), ['text', 'yes-no']);
    const counted = questionnaireFromRequest(['Please provide the costs for the following:', '1. Floral displays', '2. Number of gardeners'].join('\n'));
    assert.deepEqual(counted.questionnaire.questions.map((x) => x.type), ['text', 'number']);
  });
  it('skips a "Response" heading between the quoted question and its answer', () => {
    const request = ['1. What is the full name of the council?', '2. Which services does the council provide?'].join('\n');
    const reply = [
      'Question 1',
      '“What is the full name of the council?”',
      'Response',
      'Eastwick Vale District Council.',
      '',
      'Question 2',
      '“Which services does the council provide?”',
      'Response',
      'Waste collection, planning, licensing and parks.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 'Eastwick Vale District Council.');
    assert.equal(a.get('Q1')?.line, 4);
    assert.match(String(a.get('Q2')?.value), /^Waste collection/);
  });
  describe('a later paragraph that corrects answers given above it', () => {
    const request = ['1. How many parks does the council manage?', '2. How many of those have play areas?', '3. How many have toilets?', '4. What is the annual parks budget?'].join('\n');
    const first = ['1. 48', '2. 31', '3. 12', '4. £1,250,000', ''];

    it('takes the new figure for the question it names and for another it names in brackets', () => {
      const reply = [...first, 'Further to our email of 3 May:', '', 'We also need to correct our answer to question 1. The figure of 48 we gave', 'included closed sites. The correct number of parks is 44, and the number', 'with play areas (question 2) is 29. The figure for question 3 is unchanged.', ''].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.value, 44);
      assert.equal(a.get('Q1')?.line, 9);
      assert.equal(a.get('Q2')?.value, 29);
      assert.equal(a.get('Q2')?.line, 10);
      assert.equal(a.get('Q3')?.value, 12);
      assert.equal(a.get('Q4')?.value, 1250000);
      // Read from prose: offered, not auto-coded.
      assert.ok(a.get('Q1')!.confidence < 0.95, String(a.get('Q1')!.confidence));
    });

    it('reads "should read" as the new value, and never the question\'s own number', () => {
      const reply = [...first, 'Please note an amendment to our response to Q4: the budget should read £1,310,000.', ''].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q4')?.value, 1310000);
      assert.equal(a.get('Q1')?.value, 48);
    });

    it('reads the paragraphs after it that go on correcting ("As a consequence, the answer to question 2 should read 29, not 31.")', () => {
      const reply = [...first, 'Please note an amendment to our answer to question 1. The correct figure is 44 parks.', '', 'As a consequence, the answer to question 2 should read 29, not 31.', 'The answer to question 3 (12) is unchanged.', '', 'We apologise for any inconvenience.', '', 'Your question 4 budget for 2025/26 should be £1,400,000 once it is agreed.'].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.value, 44);
      assert.equal(a.get('Q2')?.value, 29);
      assert.equal(a.get('Q3')?.value, 12);
      // A paragraph after the apology corrects nothing.
      assert.equal(a.get('Q4')?.value, 1250000);
    });

    it('takes a figure only from a sentence that gives the correct one, and never an answer given after the correction', () => {
      const later = [...first, 'We also need to correct our answer to question 1. Our parks survey is 2 years old. The correct number of parks is 44.', ''].join('\n');
      assert.equal(answersOf(later, request).get('Q1')?.value, 44);
      const before = ['Please note a correction to our answer to question 2 of your earlier request: the correct figure is 30.', '', ...first].join('\n');
      assert.equal(answersOf(before, request).get('Q2')?.value, 31);
    });

    it('leaves the answers alone when the paragraph gives no new figure', () => {
      const reply = [...first, 'We may need to correct our answer to question 1 once the survey of closed sites is done.', ''].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q1')?.value, 48);
    });
  });
  describe('a council that numbered the questions 1 to N its own way and left one out', () => {
    const request = [
      '1. What is the name of the council\'s housing department?',
      '2. (a) How many council homes does the council own?',
      '   (b) How many of those homes were empty on 1 April 2024?',
      '   (c) How many empty homes were brought back into use during 2023/24?',
      '3. What was the council\'s total spend on housing repairs in 2023/24?',
      '4. (a) What was the council\'s total spend on damp and mould repairs in 2023/24?',
      '   (b) What was the council\'s total spend on roof repairs in 2023/24?',
      '5. Does the council use a repairs contractor?',
    ].join('\n');
    const reply = [
      'For ease of reference we have numbered your questions in order.',
      '',
      'No. Question                                              Response',
      '1   What is the name of the council\'s housing             Housing and Communities',
      '    department?',
      '2   How many council homes does the council own?          6,420',
      '3   How many of those homes were empty on 1 April 2024?   118',
      '4   What was the council\'s total spend on housing         £14,200,000',
      '    repairs in 2023/24?',
      '5   What was the council\'s total spend on damp and        £1,150,000',
      '    mould repairs in 2023/24?',
      '6   What was the council\'s total spend on roof repairs    £2,300,000',
      '    in 2023/24?',
      '7   Does the council use a repairs contractor?            Yes',
    ];

    it('aligns its numbers with the questions by their words, in order, so the question left out shifts the rest', () => {
      const a = answersOf(reply.join('\n'), request);
      assert.equal(a.get('Q2b')?.value, 118);
      assert.equal(a.get('Q2c'), undefined);
      assert.equal(a.get('Q3')?.value, 14200000);
      assert.equal(a.get('Q4a')?.value, 1150000);
      assert.equal(a.get('Q4b')?.value, 2300000);
      assert.equal(a.get('Q5')?.value, 'Yes');
    });

    it('keeps a row with too few words to compare in its place in the run', () => {
      const a = answersOf([...reply.slice(0, -1), '7   Contractor used?                                        Yes'].join('\n'), request);
      assert.equal(a.get('Q5')?.value, 'Yes');
      assert.equal(a.get('Q4b')?.value, 2300000);
    });

    it('follows the council\'s numbers in a cross-reference ("see our response to question 4")', () => {
      const a = answersOf([...reply.slice(0, -1), '7   Does the council use a repairs contractor?            See our response to question 4.'].join('\n'), request);
      assert.equal(a.get('Q5')?.from, 'Q3');
    });
  });
  it('gives a heading no number of the council\'s unless the row quotes it ("Question 2 – vehicles removed" is 2a)', () => {
    const request = [
      '1. How many abandoned vehicles were reported to the council in 2024/25?',
      '2. Of the vehicles in question 1:',
      '   a) how many were removed by the council?',
      '   b) how many were destroyed?',
      '3. What was the total cost to the council of removing abandoned vehicles in 2024/25?',
      '4. How much did the council recover from vehicle owners in 2024/25?',
      '5. Does the council use a contracted removal company?',
    ].join('\n');
    const reply = [
      'For clarity we have numbered each item requested in sequence, so the numbering below differs from your letter.',
      '',
      'Question 1 – vehicles reported in 2024/25',
      'The Council received 412 reports of abandoned vehicles in 2024/25.',
      '',
      'Question 2 – vehicles removed',
      'None.',
      '',
      'Question 3 – vehicles destroyed',
      'All 38 vehicles that were collected were destroyed.',
      '',
      'Question 4 – total cost to the Council',
      '£8,240 in 2024/25.',
      '',
      'Question 5 – sums recovered from owners',
      'Nil. Nothing was recovered from owners in 2024/25.',
      '',
      'Question 6 – contracted removal company',
      'Yes. The Council has a contract with one local recovery firm.',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q2a')?.value, 0);
    assert.equal(a.get('Q2b')?.value, 38);
    assert.equal(a.get('Q4')?.value, 0);
    assert.equal(a.get('Q5')?.value, 'Yes');
  });
  describe('a fixed-width table with a short title column between the number and the answer', () => {
    const request = ['1. How many public toilets does the council run?', '2. Does the council charge a fee to use any of its public toilets?', '3. How many complaints about cleanliness did the council receive in 2024/25?'].join('\n');

    it('reads the answer in the last column, not the title ("Charging … No")', () => {
      const reply = [
        ' No.     Topic                               Response',
        ' 1       Toilets run                         9',
        ' 2       Charging                            No',
        ' 3       Cleanliness complaints 2024/25      Information not held - complaints are',
        '                                             not categorised in this way.',
      ].join('\n');
      const a = answersOf(reply, request);
      assert.equal(a.get('Q2')?.value, 'No');
      assert.equal(a.get('Q3')?.status, 'not-held');
      assert.match(a.get('Q3')?.text ?? '', /not categorised/);
    });

    it('leaves a pipe table and a question that wraps to their own readings', () => {
      const pipe = ['| 2. Charging for use         | No charge is made at any toilet. |', '| 3. Cleanliness complaints  | 14                               |'].join('\n');
      const a = answersOf(pipe, request);
      assert.match(String(a.get('Q2')?.text), /^No charge/);
      const wrapped = ['1.  Toilets run                         9', '2.  Does the council charge a fee,      No', '    to use its toilets?', '3.  Complaints                          14'].join('\n');
      assert.equal(answersOf(wrapped, request).get('Q2')?.value, 'No');
    });
  });
  it('reads "none of the council\'s toilets charge a fee" as No to "Does the council charge a fee …?"', () => {
    const q: Question = { id: 'Q6', type: 'yes-no', order: 0, text: 'Does the council charge a fee to use any of its public toilets?' };
    assert.equal(parseValue('I can confirm that none of the council\'s toilets charge an entry fee.', q).value, 'No');
    assert.equal(parseValue('I can confirm that all of the council\'s toilets charge an entry fee.', q).value, 'Yes');
  });
  it('reads a clause that wraps onto the next line as one ("the average achieved" / "in 2024/25 was 12 working days")', () => {
    const q: Question = { id: 'Q4', type: 'duration', order: 0, text: 'On average, how long does it take from approving an application to the transport starting?' };
    assert.deepEqual(parseValue('Our target is 15 working days and the average achieved\nin 2024/25 was 12 working days', q).value, 12);
    // A line that starts afresh is a clause of its own.
    assert.deepEqual(parseValue('The average is not recorded.\nOur target is 15 working days.', q).value, 15);
  });
  it('reads a count in words with "not held" for the rest as partial ("directly employs nine … we do not hold details of their staffing")', () => {
    const q: Question = { id: 'Q5', type: 'number', order: 0, text: 'How many passenger assistants were working on school transport routes?' };
    const text = 'The council directly employs nine passenger assistants. Most are employed by our operators and we do not hold details of their staffing.';
    assert.equal(classifyAnswer(text, q).status, 'partial');
    // A length of time, or things named again ("the three community libraries"), is no count given.
    const refusal = 'Each record takes about two minutes to review, and we do not hold the outcomes centrally.';
    assert.equal(classifyAnswer(refusal, q).status, 'not-held');
    assert.equal(classifyAnswer('Volunteers run the three community libraries; we do not keep records of their number.', q).status, 'not-held');
    assert.equal(classifyAnswer('It takes two weeks to process; the number is not recorded.', q).status, 'not-held');
    // A count in words is no sum of money asked for.
    const money: Question = { id: 'Q6', type: 'money', order: 0, text: 'What did the council spend on its depots in 2024/25?' };
    assert.equal(classifyAnswer('The council runs nine depots; we do not hold their running costs separately.', money).status, 'not-held');
  });
  it('reads "Twelve appeals were heard by the appeal panel in 2024/25." as the answer, not the question restated', () => {
    const request = ['1. How many appeals against transport decisions were heard by the council\'s appeal panel in 2024/25?', '2. How many of those appeals were upheld?'].join('\n');
    const a = answersOf(['1.   Twelve appeals were heard by the Transport Appeal Panel in 2024/25.', '', '2.   Five.'].join('\n'), request);
    assert.equal(a.get('Q1')?.value, 12);
    assert.equal(a.get('Q1')?.line, 1);
    // The question restated above its answer is still the question.
    const restated = answersOf(['1.   How many appeals against transport decisions were heard by the council\'s appeal panel in 2024/25?', '     12', '2.   Five.'].join('\n'), request);
    assert.equal(restated.get('Q1')?.line, 2);
  });
  describe('a pointer to a published page under section 21', () => {
    const q: Question = { id: 'Q9', type: 'text', order: 0, text: 'Please describe any changes the council has made to its travel assistance policy since September 2023.' };
    const text = ['Our Travel Assistance Policy, including a summary of changes made', 'following the 2024 consultation, is published on our website at', 'https://www.marrowby.example.gov.uk/schools/travel-assistance-policy', 'Under section 21 of the Act we are not required to provide information that', 'is reasonably accessible to you by other means.'].join('\n');

    it('is signposted: a year dating the document is no figure given', () => {
      assert.equal(classifyAnswer(text, q).status, 'signposted');
      // A sum given beside the pointer is a part answered.
      assert.equal(classifyAnswer(`We spent £41,000 in 2024. ${text}`, q).status, 'partial');
    });

    it('keeps the web address in an English reply: an address is in no language', () => {
      const request = '1. How many pupils get travel assistance?\n2. Please describe any changes the council has made to its travel assistance policy since September 2023.';
      const a = answersOf(`1. 412\n2. ${text}`, request);
      assert.equal(a.get('Q2')?.status, 'signposted');
      assert.equal(a.get('Q2')?.exemption, 's21');
    });
  });
  it('never picks a figure by the words a question sets aside ("excluding any extension options")', () => {
    const q: Question = { id: 'Q4c', type: 'duration', order: 0, text: 'What is the length of the contract term, excluding any extension options?' };
    assert.equal(parseValue('Its annual value is £152,000 and it runs for seven years, with an option to extend for a further three years.', q).value, 7);
    const asked: Question = { ...q, text: 'How long is the extension option on the contract?' };
    assert.equal(parseValue('It runs for seven years, with an option to extend for a further three years.', asked).value, 3);
  });
  it('reads "Payments over £250 are published monthly" as a published list\'s threshold, not the sum asked', () => {
    const q: Question = { id: 'Q9', type: 'money', order: 0, text: 'What was the council\'s annual spend for 2023/24 on software licensing?' };
    const text = 'The council publishes a contracts register at https://www.example.gov.uk/contracts. Payments over £250 are also published monthly.';
    assert.equal(parseValue(text, q).value, null);
    assert.equal(parseValue('We spent £41,200. Payments over £250 are published monthly.', q).value, 41200);
    const request = '1. How many software contracts does the council hold?\n2. What was the council\'s annual spend for 2023/24 on software licensing?';
    assert.equal(answersOf(`1. 38\n2. ${text}`, request).get('Q2')?.status, 'signposted');
    const payroll: Question = { id: 'Q10', type: 'money', order: 0, text: 'What was the council\'s spend on agency staff in 2023/24?' };
    assert.equal(classifyAnswer('Payments to agency staff can be found in our published payments over £500 data at https://www.example.gov.uk/payments-over-500. Section 21 of the Act therefore applies.', payroll).status, 'signposted');
  });
  it('offers, never certifies, "not held" beside a vague amount ("Many - … there is no single list")', () => {
    const q: Question = { id: 'Q4', type: 'number', order: 0, text: 'How many information systems does the council use?' };
    const vague = classifyAnswer('Many - the council uses a large number of systems and there is no single list.', q);
    assert.equal(vague.status, 'not-held');
    assert.ok(vague.confidence <= 0.6, String(vague.confidence));
    assert.ok(classifyAnswer('There is no single list of the systems we use.', q).confidence >= 0.9);
  });
  it('reads a question\'s items numbered (i), (ii) … as the question itself (when it asks) and then its lettered parts', () => {
    const request = [
      '1. How many parks does the council manage?',
      '   a) How many of those have play areas?',
      '   b) How many have public toilets?',
      '2. If the council has a parks strategy:',
      '   a) In what year was it adopted?',
      '   b) How long does it run for?',
      '3. Does the council employ park rangers?',
    ].join('\n');
    const reply = [
      '1. (i) 48 parks.',
      '   (ii) and (iii) We do not hold a breakdown of the facilities in each park.',
      '',
      '2. (i) 2019',
      '   (ii) Ten years',
      '',
      '3. Yes',
    ].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 48);
    assert.equal(a.get('Q1a')?.status, 'not-held');
    assert.equal(a.get('Q1b')?.status, 'not-held');
    // Under a heading that asks nothing, (i) is the first part.
    assert.equal(a.get('Q2a')?.value, 2019);
    assert.equal(a.get('Q2b')?.line, 5);
    assert.equal(a.get('Q3')?.value, 'Yes');
    // A numeral beyond the question's items labels none of them: its line stays with the item above.
    const beyond = answersOf(reply.replace('\n\n2.', '\n   (iv) 6 are run by trusts.\n\n2.'), request);
    assert.match(beyond.get('Q1b')?.text ?? '', /run by trusts/);
    assert.ok([...beyond.values()].every((x) => typeof x.id === 'string'));
    // A request numbered in roman numerals keeps them as its own numbers.
    const roman = answersOf('(i) 48\n(ii) 12\n(iii) 9', '(i) How many parks?\n(ii) How many play areas?\n(iii) How many toilets?');
    assert.equal(roman.get('Q2')?.value, 12);
  });
  it('reads "to provide the information you have requested would exceed the appropriate limit" as a refusal of the whole request', () => {
    const request = '1. How many licences did you revoke in 2023?\n2. How many of those drivers did you take to court?\n3. What were the legal costs?';
    const reply = [
      'You asked',
      '',
      'LICENSING. 1. How many licences did you revoke in 2023? 2. How many of those drivers did you take to court? 3. What were the legal costs?',
      '',
      'We answered',
      '',
      'Unfortunately, to provide the information you have requested would exceed the appropriate limit of £450 set by the Fees Regulations.',
      '',
      'Under section 12 of the Act we are not obliged to comply with a request if we estimate that the cost of locating and extracting the information would exceed that limit.',
    ].join('\n');
    const a = answersOf(reply, request);
    for (const id of ['Q1', 'Q2', 'Q3']) {
      assert.equal(a.get(id)?.status, 'refused', id);
      assert.equal(a.get(id)?.exemption, 's12', id);
    }
    assert.equal(a.get('Q1')?.line, 7);
  });
  it('offers the latest of the years a question names, even when the other questions name an earlier one more', () => {
    const request = ['1. The number of claims received in each of 2022/23, 2023/24 and 2024/25.', '2. The number of claims paid in 2022/23.', '3. The number of claims refused in 2022/23.'].join('\n');
    const reply = ['Response', '2022/23 | 2023/24 | 2024/25', 'Question 1 | 41 | 37 | 52', 'Question 2 | 12 | 9 | 14', 'Question 3 | 5 | 6 | 7'].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 52);
    assert.ok(a.get('Q1')!.confidence < 0.95);
    assert.equal(a.get('Q2')?.value, 12);
  });

  describe('a table of questions by years, the request naming every year', () => {
    const request = [
      '1. The total number of flooding claims received for each of the financial years 2022/23, 2023/24 and 2024/25.',
      '2. The total number of flooding claims paid for each of the financial years 2022/23, 2023/24 and 2024/25.',
      '3. For the same time period, please provide:',
      'a) The total amount paid out in compensation each financial year',
    ].join('\n');
    const reply = [
      'Response',
      '2022/23 | 2023/24 | 2024/25 | |',
      'Question 1 | 41 | 37 | <5* |',
      'Question 2 | 12 | 9 | Not applicable |',
      'Question 3a) | £2,310.40 | £1,120.00 | Not applicable |',
      '* The low numbers in this response could identify individuals, so numbers between 1 and 5 have',
      'been redacted and marked <5. This is exempt under section 40(2) of the Freedom of Information Act.',
    ].join('\n');

    // (Session 28: the latest year named that has a figure; a latest year "Not applicable" is a year
    // not reached, and the question is answered for the years before it.)
    it('offers the latest year the request names that has a figure, never the first', () => {
      const a = answersOf(reply, request);
      assert.deepEqual([a.get('Q2')?.status, a.get('Q2')?.value], ['answered', 9]);
      assert.deepEqual([a.get('Q3a')?.status, a.get('Q3a')?.value], ['answered', 1120]);
      for (const id of ['Q1', 'Q2', 'Q3a']) assert.ok(a.get(id)!.confidence < 0.95, `${id}: ${a.get(id)!.confidence}`);
    });

    it('reads a year starred and withheld by its footnote, wrapped over two lines, as a partial answer under s40', () => {
      const a = answersOf(reply, request);
      assert.deepEqual([a.get('Q1')?.status, a.get('Q1')?.value, a.get('Q1')?.exemption], ['partial', 37, 's40']);
    });

    it('takes the one year a question names', () => {
      const one = request.replace('for each of the financial years 2022/23, 2023/24 and 2024/25.', 'in 2023/24.');
      assert.equal(answersOf(reply, one).get('Q1')?.value, 37);
    });
  });
  it('reads a figure per year with a note on the year ("2025/26 (to date). £418") and "Nil" in the latest year', () => {
    const q: Question = { id: 'Q3b', type: 'money', order: 0, text: 'The highest single payout made each financial year' };
    assert.equal(parseValue('2022/23 £3,111\n2023/24 £14,600\n2024/25 (to date). £418', q).value, 418);
    assert.equal(parseValue('2022/23 £43,548\n2023/24 £37,412\n2024/25 (to date). Nil', q).value, 0);
    // "The highest single payout": a sum of money asked.
    assert.equal(questionnaireFromRequest('1. The highest single payout made each financial year\n2. The number of claims received').questionnaire.byId.get('Q1')?.type, 'money');
  });
  it('reads "we are unable to differentiate between cases where …" as not held', () => {
    const q: Question = { id: 'Q4', type: 'number', order: 0, text: 'How many breaches were resolved by remedial action?' };
    assert.equal(classifyAnswer('From the records held, we are unable to differentiate between cases resolved by remedial action and those closed with no further action.', q).status, 'not-held');
  });
  it('reads the rows below "(1) The number of licences … is as follows:-" and offers the latest year', () => {
    const request = '1) The number of taxi licences in force during 2021/22 to 2023/24\n2) The number of taxi licences granted during 2021/22 to 2023/24';
    const reply = ['(1) Figures held on our licensing system at the end of each financial year across the whole board area are as follows:-', '', '2021/22 – 925', '2022/23 – 1,068', '2023/24 – 1,229', '', '(2) The number of taxi licences granted during the period 2021/22 to 2023/24 is as follows:-', '', '2021/22 – 301', '2022/23 – 322', '2023/24 – 340'].join('\n');
    const a = answersOf(reply, request);
    assert.equal(a.get('Q1')?.value, 1229);
    assert.equal(a.get('Q2')?.value, 340);
    assert.ok(a.get('Q1')!.confidence < 0.95);
  });

  it('never reads the share a calculation rests on ("Based upon 80% … we calculate 3606815 kWh") as the figure', () => {
    const q: Question = { id: 'Q3', type: 'number', order: 0, text: 'The total energy used by street lights in a year.' };
    assert.equal(parseValue('Based upon 80% (lamp columns only) we calculate kwh 3606815.13 annual usage', q).value, 3606815.13);
    const money: Question = { ...q, type: 'money', text: 'The total energy expenditure on street lights.' };
    assert.equal(parseValue('Based upon 80% (lamp columns only) we calculate kwh 3606815.13 annual usage', money).value, 3606815.13);
    // A share that is the answer's own figure stays: "On average 25% of people are on more than 1 list."
    assert.notEqual(parseValue('On average 25% of people are on more than 1 waiting list.', q).value, 1);
  });
});
