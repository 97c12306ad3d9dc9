// Layouts found by scoring the engine on replies it had never seen (session 30), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { readYesNo } from '../../src/core/values';
import { classifyAnswer } from '../../src/core/classify';
import { answersOf, fromRequest, reading } from '../support/engine';


describe('a prose letter naming its questions in brackets inside its sentences', () => {
  const REQUEST = [
    '1. How many case management systems does the council run?',
    'a) How many of them are stand-alone?',
    'b) How many are integrated with other systems?',
    '2. Does the council offer an online account for tenants?',
    'a) What percentage of tenants have registered for it?',
    '3. Does the council use a document management system?',
    '4. How many staff support these systems?',
  ].join('\n');
  const q = fromRequest(REQUEST);
  const letter = (...paragraphs: string[]): string => ['Dear Ms Ferrow', '', 'Thank you for your request, which we have dealt with under the Act.', '', ...paragraphs.flatMap((p) => [p, '']), 'Yours sincerely', '', 'Information Team, Brindlecombe District Council'].join('\n');

  it('reads a sentence that goes on after its reference ("… (questions 1a and 1b) as no such record is kept.") as their answer', () => {
    const got = answersOf(letter(
      'The Council runs around 40 case management systems (question 1). We cannot split that figure into\nstand-alone and integrated systems (questions 1a and 1b) as no such record is kept. About six\nofficers support them (question 4).',
    ), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 40, 5]);
    assert.deepEqual([got.get('Q1a')?.status, got.get('Q1b')?.status], ['not-held', 'not-held']);
    // (The next reference's answer starts after that sentence, not inside it.)
    assert.deepEqual(reading(got, 'Q4'), ['answered', 6, 6]);
  });

  it('leaves a sentence whose reference ends it as before', () => {
    const got = answersOf(letter('No record is kept of which systems are stand-alone or integrated (questions 1a and 1b). About six officers\nsupport them (question 4).'), q);
    assert.deepEqual([got.get('Q1a')?.status, got.get('Q1b')?.status], ['not-held', 'not-held']);
    assert.equal(got.get('Q4')?.value, 6);
  });

  it('gives a lead\'s question the sentence up to the clause that another reference closes', () => {
    const got = answersOf(letter(
      'With regard to question 2, the Council does offer an online account for tenants, MyTenancy,\nwhich about 41% of tenants have registered for (question 2a).',
      'The Council runs around 40 case management systems (question 1). About six officers support\nthem (question 4).',
    ), q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'Yes', 5]);
    assert.deepEqual(reading(got, 'Q2a'), ['answered', 41, 6]);
  });

  it('reads "The … you asked about in question 4 came to …" as that question\'s answer', () => {
    const got = answersOf(letter('The Council runs around 40 case management systems (question 1). The staff you asked about in question 4 came to six officers in all. We can confirm that the Council does use a document management system (question 3).'), q);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 6, 5]);
    const none = answersOf(letter('The Council runs around 40 case management systems (question 1). The staff you asked about in question 4 support six other teams too. We can confirm that the Council does use a document management system (question 3).'), q);
    assert.notEqual(none.get('Q4')?.value, 6);
  });

  it('reads "We can confirm that the Council does use …" as its yes, and "does not" as its no', () => {
    const yes = answersOf(letter('We can confirm that the Council does use a document management system (question 3).'), q);
    assert.deepEqual(reading(yes, 'Q3'), ['answered', 'Yes', 5]);
    const no = answersOf(letter('I can confirm that the Council does not use a document management system (question 3).'), q);
    assert.deepEqual(reading(no, 'Q3'), ['answered', 'No', 5]);
    assert.equal(readYesNo('We can confirm that the Council has no such system.').value, 'No');
    assert.equal(readYesNo('We can confirm that the Council currently uses one.').value, 'Yes');
    // (Not what the letter confirms of something else: "We can confirm receipt …" says nothing.)
    assert.equal(readYesNo('We can confirm receipt of your request.').value, null);
  });
});

describe('a short request quoted unnumbered, answered by one sentence a question below it', () => {
  const REQUEST = [
    'I am writing to request, under the Freedom of Information Act 2000, the following:',
    'Please provide the number of occasions on which your authority hired temporary flood pumps in 2023.',
    'Please provide the total cost of temporary flood pump hire in 2023.',
    'Please provide the largest cost for a single flood pump hire in 2023.',
  ].join('\n');
  const q = fromRequest(REQUEST);
  const reply = (...answers: string[]): string => [REQUEST, 'Thank you for your request dated 4th May 2024.', ...answers].join('\n');

  it('ties each of three questions to its sentence, the middle one by its place and its value', () => {
    assert.deepEqual(q.questions.map((x) => [x.id, x.type]), [['Q1', 'number'], ['Q2', 'money'], ['Q3', 'money']]);
    // (The page lost the full stop after the total: the next line, opening with a capital, is a
    // sentence of its own.)
    const got = answersOf(reply(
      'Temporary flood pumps were hired on 41 occasions across the county in 2023.',
      'Altogether the spend came to £23,410.50',
      'The largest cost for a single flood pump hire in 2023 was £2,180.',
    ), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 41, 6]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 23410.5, 7]);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 2180, 8]);
  });

  it('ties none of three questions when one of them has no sentence of its own', () => {
    const got = answersOf(reply(
      'Temporary flood pumps were hired on 41 occasions across the county in 2023.',
      'Our contractors are paid within thirty days of each invoice.',
      'The largest cost for a single flood pump hire in 2023 was £2,180.',
    ), q);
    assert.notEqual(got.get('Q2')?.line, 7);
    assert.notEqual(got.get('Q1')?.value, 41);
    assert.notEqual(got.get('Q3')?.value, 2180);
  });

  it('fills no gap that two questions share with one sentence', () => {
    const SIX = [
      'Please provide the number of occasions on which your authority hired temporary flood pumps in 2023.',
      'Please provide the total cost of temporary flood pump hire in 2023.',
      'Please provide the number of residents evacuated from their homes in 2023.',
      'Please provide the number of rest centres opened for residents in 2023.',
      'Please provide the largest cost for a single flood pump hire in 2023.',
      'Please provide the number of staff trained in flood pump operation in 2023.',
    ].join('\n');
    const got = answersOf([SIX, 'Thank you for your request.',
      'Temporary flood pumps were hired on 41 occasions in 2023.',
      'The total cost of temporary flood pump hire in 2023 was £23,410.',
      'Some 120 were helped during the February storm.',
      'The largest cost for a single flood pump hire in 2023 was £2,180.',
      'In 2023, 16 staff were trained in flood pump operation.',
    ].join('\n'), fromRequest(SIX));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q2')?.value, got.get('Q5')?.value, got.get('Q6')?.value], [41, 23410, 2180, 16]);
    assert.notEqual(got.get('Q3')?.line, 10);
    assert.notEqual(got.get('Q4')?.line, 10);
  });
});

describe('a disclosure-log page headed "Information requested:" and "Information provided for the answer:"', () => {
  const REQUEST = [
    'Could you please tell me:',
    '',
    '1. How many grit bins did the council fill in winter 2023/24?',
    '',
    '2. How much salt was bought for the bins?',
    '',
    '3. Will the council add bins on estate roads next winter? If not, why not?',
  ].join('\n');
  const q = fromRequest(REQUEST);

  it('reads the one statement under the answer heading as every question\'s', () => {
    const page = ['FOI 2024 311 - Grit bins', '', 'Information Requested:', '', REQUEST, '', ' ', '', 'Information provided for the answer:', '', 'Thank you for your request dated 9th January 2024.', '', 'Harrowmere Council does not hold this information.', '', 'Highways in the county are the responsibility of the county council.'].join('\n');
    const got = answersOf(page, q);
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 19], id);
  });

  it('skips the heading between a question and its answer', () => {
    const got = answersOf(['1. How many grit bins did the council fill in winter 2023/24?', 'Information released:', '212', '2. How much salt was bought for the bins?', 'Information released:', '£8,400', '3. Will the council add bins on estate roads next winter? If not, why not?', 'Information released:', 'No, no new bins are planned.'].join('\n'), q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 212, 3]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 8400, 6]);
  });
});

describe('a request whose items are short names listed under a sentence pointing below', () => {
  const LEAD = 'For a study of public libraries, I would like to know whether the council currently runs the below services. It would also help to know when each began and how it is staffed.';
  const ITEMS = ['Home Delivery', '', 'Digital Skills Sessions for Adults', '', 'Talking Book Loans', '', '', 'Local History Archive'];

  it('takes each name as a question, in order', () => {
    const r = questionnaireFromRequest([LEAD, '', ...ITEMS].join('\n'));
    assert.deepEqual(r.questionnaire?.questions.map((x) => [x.id, x.text]), [['Q1', 'Home Delivery'], ['Q2', 'Digital Skills Sessions for Adults'], ['Q3', 'Talking Book Loans'], ['Q4', 'Local History Archive']]);
  });

  it('never writes unreviewed an answer that is the next name of the request quoted', () => {
    const q = questionnaireFromRequest([LEAD, '', ...ITEMS].join('\n')).questionnaire!;
    const got = answersOf(['Your request:', '', LEAD, '', ...ITEMS, '', 'Our response:', '', 'The council believes that section 31 is engaged.'].join('\n'), q);
    const quoted = [...got.values()].filter((a) => /^Talking Book Loans/.test(a.text));
    assert.ok(quoted.length > 0, 'the layout still reads a quoted name as an answer');
    for (const a of quoted) assert.ok(a.confidence < 0.95, `${a.id} at ${a.confidence}`);
  });

  it('takes none without the pointing sentence, or when the lines are sentences', () => {
    assert.equal(questionnaireFromRequest(['I would like to know about the security tools the council uses.', '', ...ITEMS].join('\n')).questionnaire?.questions.length ?? 0, 0);
    assert.equal(questionnaireFromRequest(['Security tools at the council', '', ...ITEMS].join('\n')).questionnaire?.questions.length ?? 0, 0);
    assert.equal(questionnaireFromRequest([LEAD, '', 'Web filtering is one.', '', 'Email security is another.', '', 'Staff training is a third.'].join('\n')).questionnaire?.questions.length ?? 0, 0);
  });
});

describe('a conditional question whose condition the council denies, and a cost that cannot be split out', () => {
  const REQUEST = [
    '1. In the following years, how much has been spent on clearing road gullies in your area:',
    'a. 2022',
    'b. 2023',
    '2. If the council uses cameras to catch vehicles parked on school zig-zag lines, how many fines have been issued as a result:',
    'a. 2022',
    'b. 2023',
  ].join('\n');
  const q = fromRequest(REQUEST);

  it('reads "does not use such cameras" as not applicable for the question and its parts, and "cannot be split out" as not held', () => {
    const got = answersOf([REQUEST, 'Response', '1. Gully clearing is part of one highways budget, so its cost cannot be split out.', '2. Fernmoor District Council does not use such cameras.'].join('\n'), q);
    for (const id of ['Q1', 'Q1a', 'Q1b']) assert.equal(got.get(id)?.status, 'not-held', id);
    for (const id of ['Q2', 'Q2a', 'Q2b']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-applicable', 9], id);
  });

  it('keeps the answer when what is denied is not the question\'s condition, or a figure is given', () => {
    const other = answersOf([REQUEST, 'Response', '1. £41,200 and £43,950.', '2. The council does not use contractors for this.'].join('\n'), q);
    assert.notEqual(other.get('Q2')?.status, 'not-applicable');
    const counted = answersOf([REQUEST, 'Response', '1. £41,200 and £43,950.', '2. The council does not use such cameras; 3 fines came from officers\' reports.'].join('\n'), q);
    assert.notEqual(counted.get('Q2')?.status, 'not-applicable');
  });
});

describe('lettered items under a lead that asks how many, the request\'s closing line run on to the last', () => {
  it('types every item as a count, judged by its first sentence', () => {
    const r = questionnaireFromRequest(['How many complaints about bus shelters were made to the council by:', 'a. Bus operators.', 'b. From parish councils', 'c. From residents.', 'd. From councillors or their offices.', 'Please provide figures for 2021-2024.'].join('\n'));
    assert.deepEqual(r.questionnaire?.questions.map((x) => x.type), ['number', 'number', 'number', 'number']);
    const got = answersOf(['Response', 'a. 0 from bus operators.', 'b. 3 from parish councils', 'c. 41 from residents.', 'd. 2 from councillors.'].join('\n'), r.questionnaire!);
    assert.deepEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => got.get(id)?.value), [0, 3, 41, 2]);
  });
});

describe('a pointer to published figures with a table of the rest below it', () => {
  const POINTER = 'Figures for the earlier years are published by the regulator, so they are exempt under section 21 as reasonably accessible.\n\nhttps://www.example.org/statistics\n\n';
  const TABLE = ['Quarter', '', 'Logged', '', 'Closed', '', 'Quarter 1', '', '61', '', '48', '', 'Quarter 2', '', '57', '', '55'].join('\n');

  it('reads the table as figures given, so the answer is partial', () => {
    assert.deepEqual(pick(classifyAnswer(POINTER + TABLE)), ['partial', 's21']);
  });

  it('keeps the pointer alone as signposted, and a cost refusal with its workings as refused', () => {
    assert.deepEqual(pick(classifyAnswer(POINTER.trim())), ['signposted', 's21']);
    const workings = 'Section 12 applies, as the cost of compliance would exceed the appropriate limit of 18 hours.\n\nFiles\n\n2,400\n\nMinutes each\n\n5\n\nHours\n\n200';
    assert.deepEqual(pick(classifyAnswer(workings)), ['refused', 's12']);
  });
});

describe('"no longer holds" in the third person', () => {
  it('reads "the Council no longer holds any records …" as not held, a figure for a year in it or not', () => {
    assert.equal(classifyAnswer('The Council no longer holds any records of the scheme from before 2001.').status, 'not-held');
    assert.equal(classifyAnswer('The service no longer keeps a log of call-outs.').status, 'not-held');
  });

  it('reads "we do not systematically record its use" as not held', () => {
    assert.equal(classifyAnswer('Such cases are few, and we do not systematically record them.').status, 'not-held');
  });
});

describe('a letter\'s sentences, one to a line, right under the request it quotes', () => {
  const REQUEST = ['You asked:', 'I would like the figures below for 2020 to 2024.', '1. The number of people taken to hospital in patrol cars.', '2. The number of those journeys made because no ambulance was free.', '3. The number of complaints made about those journeys.', '4. The number of officers injured on those journeys.'];

  it('reads them as the letter, not as a column of answers one per question', () => {
    const q = fromRequest(REQUEST.slice(1).join('\n'));
    const got = answersOf([...REQUEST,
      'Searches were made with the Operations and Planning departments of Dunmarsh Police after your request arrived.',
      'The guidance we follow says that:',
      'An authority must confirm or deny whether it holds the information unless the cost of that alone would exceed the limit.',
      'We can neither confirm nor deny that the information is held, as to find out would exceed the 18 hours allowed, so section 12 applies.',
    ].join('\n'), q);
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's12'], id);
  });

  it('reads them as the letter when most are longer than a table\'s cells, with no line ending in a colon', () => {
    const q = fromRequest(REQUEST.slice(1).join('\n'));
    const got = answersOf([...REQUEST,
      'Searches were made with the Operations and Planning departments of Dunmarsh Police after your request arrived, and with the control room that logs every patrol journey.',
      'The guidance of the Information Commissioner, which applies to every public authority, says that an authority must first confirm or deny whether it holds anything at all.',
      'That duty does not apply where the cost of finding out would exceed the limit.',
      'We can neither confirm nor deny that the information is held, as to find out would exceed the 18 hours allowed, so section 12 applies.',
    ].join('\n'), q);
    for (const id of ['Q1', 'Q2']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's12'], id);
  });
});

describe('"Please also provide …" as a bullet of its own', () => {
  it('is a question, not the bullet above it running on', () => {
    const r = questionnaireFromRequest([
      '  • In 2023, how many clinic appointments at your sites started an hour or more late?',
      '  • Please provide the same figures for delays of two hours or more, broken down by site',
      '  • Please also provide the longest delay in that year at each site',
      '  • How many late starts were reviewed by the trust?',
    ].join('\n'));
    assert.deepEqual(r.questionnaire?.questions.map((x) => (x.text ?? '').slice(0, 20)), ['In 2023, how many cl', 'Please provide the s', 'Please also provide ', 'How many late starts']);
  });
});

describe('files attached with some information removed', () => {
  it('reads the attachment as released in part, for every question of the request quoted above it', () => {
    const REQUEST = ['1. The depot\'s gritting log for 3 March 2018.', '2. The depot\'s gritting log for 4 March 2018.', '3. The depot\'s gritting log for 5 March 2018.'].join('\n');
    const got = answersOf(['Request', REQUEST, '', 'Answer', 'Please find attached the logs you asked for. Some information has been removed, for the reasons set out below.', '', 'Partial exemption', 'Section 40(2) applies to the names of drivers.'].join('\n'), fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['partial', 7], id);
  });

  it('keeps an attachment with nothing withheld signposted', () => {
    assert.equal(classifyAnswer('Please find attached the logs you asked for.').status, 'signposted');
    assert.equal(classifyAnswer('Please find attached the logs; names have been redacted under section 40(2).').status, 'partial');
  });
});

describe('a question restated whole, then a dash and an answer that says no', () => {
  it('reads the words after the dash as the answer, not the question', () => {
    const REQUEST = ['Question 7: Any costs of the summer fairs.', '', 'Question 8: Any injuries to staff at the summer fairs.', '', 'Question 9: Any costs of such injuries.'].join('\n');
    const got = answersOf(['Question 7: Any costs of the summer fairs. – £4,000.', '', 'Question 8: Any injuries to staff at the summer fairs. – No injuries have', 'been recorded in the last 3 years.', '', 'Question 9: Any costs of such injuries – N/A.'].join('\n'), fromRequest(REQUEST));
    assert.match(got.get('Q8')!.text, /^No injuries have\s+been recorded/);
    // (A "not" inside the question's own words restated is still the answer: "… were not closed".)
    const closed = answersOf(['4. These waiting lists are not closed to further applications.'].join('\n'), fromRequest('4. Are any of these waiting lists closed to further applications?'));
    assert.match(closed.get('Q4')!.text, /^These waiting lists are not closed/);
  });
});

describe('a thread with no blank lines: the request, an acknowledgement under the sign-off, then the decision above the request again', () => {
  it('reads the decision as every question\'s, past the acknowledgement and not into the request below it', () => {
    const REQUEST = ['1) The number of hostels used in the council area to house rough sleepers.', '2) Please provide the number of people housed in them.', '3) Please provide the names of the hostels.'].join('\n');
    const reply = ['Dear Brindlecombe District Council,', REQUEST, 'Yours faithfully,', 'Tamsin Reed', 'Re: Your request for information concerning:', 'Hostels', 'We will send you a full reply within', '20 working days of receiving your request.', 'Customer Request Number: FOI_4410', 'Dear Tamsin Reed,', 'Thank you for your request made under the Freedom of', 'Information Act 2000. I can confirm that the Council does not hold the', 'information, as explained below.', 'I wish to make an FOI request under the Freedom of Information Act 2000.', 'Please provide, within 20 working days:', '1. The number of hostels used in the council area to house rough sleepers.', '2. Please provide the number of people housed in them.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 14], id);
  });
});

describe('"We hold information in response to questions 1 – 3, but …" under the first question', () => {
  it('answers every question the sentence names', () => {
    const REQUEST = ['(1) How many pupils under 7 are taught in mixed-age classes?', '', '(2) How many of these pupils are in classes of over 30?', '', '(3) How many pupils of all ages are taught in mixed-age classes?'].join('\n');
    const reply = ['(1) How many pupils under 7 are taught in mixed-age classes?', '', 'We hold information in response to questions 1 – 3, but the numbers are small enough to identify pupils, so they are withheld under section 40(2) as personal data.', '', '(2) How many of these pupils are in classes of over 30?', '', '(3) How many pupils of all ages are taught in mixed-age classes?'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's40', 3], id);
  });
});

describe('a bulleted list under one line that frames it, some bullets asking and some not', () => {
  it('takes each bullet as a question and the frame as none', () => {
    const r = questionnaireFromRequest(['Please give the following for each of the last two seasons, separately for junior and adult sport, for each item below.', '- The number of pitches marked out', '- The number of groundstaff', '- Total annual spend on pitch repairs', '- Number of contractors used.', '- Performance data by contractor (late visits, complaints).'].join('\n'));
    assert.deepEqual(r.questionnaire?.questions.map((x) => x.text), ['The number of pitches marked out', 'The number of groundstaff', 'Total annual spend on pitch repairs', 'Number of contractors used.', 'Performance data by contractor (late visits, complaints).']);
  });
});

describe('an unnumbered request whose first item asks in no words', () => {
  const ITEMS = ['The length of road your council maintains.', ' ', 'The number of gritters that you operate, not counting hired ones.', ' ', 'The amount of money that your council has spent on road salt in 2024.', ' ', 'Whether or not your council has tried any salt alternatives.'];

  it('takes the first line as a question when it opens as the next one does', () => {
    const r = questionnaireFromRequest(ITEMS.join('\n'));
    assert.deepEqual(r.questionnaire?.questions.map((x) => (x.text ?? '').slice(0, 24)), ['The length of road your ', 'The number of gritters t', 'The amount of money that', 'Whether or not your coun']);
  });

  it('leaves out a line above that frames the request or opens otherwise', () => {
    const framed = questionnaireFromRequest(['The following is a request under the Freedom of Information Act.', ' ', ...ITEMS.slice(2)].join('\n'));
    assert.equal(framed.questionnaire?.questions.length, 3);
    const other = questionnaireFromRequest(['Staff your council employs.', ' ', ...ITEMS.slice(2)].join('\n'));
    assert.equal(other.questionnaire?.questions.length, 3);
  });
});

describe('a town council that has no responsibility for what is asked, under a thread header naming it twice', () => {
  it('reads its statement as not held for every question', () => {
    const REQUEST = ['1. Is street cleansing done by in-house teams or contracted out?', '', '2. Who manages the street cleansing teams or contractors?', '', '3. What is the annual street cleansing budget?'].join('\n');
    const reply = ['Dear Fernbury Town Council,', '', REQUEST, '', 'I would be grateful if you could confirm that you have received this request.', '', 'Yours faithfully,', '', 'Owen Marsh', '', 'Carla Venn @ Fernbury Town Council, Fernbury Town Council', '', 'Dear Mr Marsh,', '', 'Fernbury Town Council has no responsibility for street cleansing, which the district council carries out.', '', 'Kind regards,', 'Carla Venn'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    for (const id of ['Q1', 'Q2', 'Q3']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-held', 19], id);
  });
});

describe('the last answer above a "Section 12" heading and its reasons', () => {
  it('ends at the heading, so a cross-reference stays one', () => {
    const REQUEST = ['Q1. Are the systems centred on residents or on properties?', 'Q2. What was the spend on software licences?', 'Q3. Are the systems centred on residents or on properties today?'].join('\n');
    const reply = ['Q1. Are the systems centred on residents or on properties?', 'A: Residents', '', 'Q2. What was the spend on software licences?', 'A: Please see the paragraph headed "Section 12" below.', '', 'Q3. Are the systems centred on residents or on properties today?', 'A: See answer to Q1 above.', '', 'Section 12', '', 'The cost of answering question 2 would exceed the appropriate limit of 18 hours, so section 12 applies.'].join('\n');
    const got = answersOf(reply, fromRequest(REQUEST));
    assert.equal(got.get('Q3')?.status, 'answered');
    assert.equal(got.get('Q3')?.from, 'Q1');
  });
});

describe('types read through a time before the verb, and sums named "amount of … money" or "amount returned"', () => {
  it('types "Since 1 April 2019, has the council …?" yes/no and the amounts as money', () => {
    const r = questionnaireFromRequest(['1. The amount of planning obligation money held at 31 March 2024 that had not been allocated.', '2. Since 1 April 2019, has the council returned any planning obligation money to a developer?', '3. If so, what was the total amount returned?', '4. In 2023/24, did the council sign any new agreements?'].join('\n'));
    assert.deepEqual(r.questionnaire?.questions.map((x) => x.type), ['money', 'yes-no', 'money', 'yes-no']);
  });
});

describe('"As above." under "If so, …" after a "No."', () => {
  it('reads the question as not applicable, routed out by the answer it points to', () => {
    const q = fromRequest(['1. Has the council returned any planning obligation money to a developer?', '2. If so, what was the total amount returned?', '3. How many agreements were signed?'].join('\n'));
    const got = answersOf(['1. No.', '2. As above.', '3. 23'].join('\n'), q);
    assert.deepEqual([got.get('Q1')?.value, got.get('Q2')?.status], ['No', 'not-applicable']);
    // (A reference to another question keeps its own reading.)
    const other = answersOf(['1. No.', '2. See our answer to question 3.', '3. 23'].join('\n'), q);
    assert.notEqual(other.get('Q2')?.status, 'not-applicable');
  });
});

/** A classification's status and exemption. */
function pick(c: { status: string; exemption?: string }): unknown[] {
  return [c.status, c.exemption];
}
