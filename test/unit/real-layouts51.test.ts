// Layouts and wordings found by scoring the engine on replies it had never seen (session 51), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { answersOf, crmSurvey, fromRequest, reading } from '../support/engine';


const LICENSING = [
  'Q1 Which team enforces the licensing conditions?',
  'Q2 How many officers were authorised to inspect premises at 31 March 2024?',
  'Q3 How many warning letters did the Council send in 2023/24?',
  'Q4 Fixed penalties issued in 2023/24:',
  '  (a) What was the total value of the penalties?',
  '  (b) How much of that total has been paid?',
  'Q5 In what year was the enforcement policy adopted?',
  'Q6 Does the Council use the national register to plan inspections? (Yes/No)',
  'Q6a If Yes, how often is it checked?',
  'Q6b If No, why is it not used?',
  'Q7 What are the main difficulties the Council faces?',
].join('\n');

describe('a reply that numbers each element of the request in sequence as "Request N" / "Response N"', () => {
  const reply = [
    'For ease of reference we have numbered each element of your request in sequence.',
    '',
    'Request 1: Team responsible.',
    'Response 1: Trading Standards.',
    '',
    'Request 2: Authorised officers.',
    'Response 2: 4',
    '',
    'Request 3: Warning letters sent.',
    'Response 3: 17',
    '',
    'Request 4: Total value of penalties.',
    'Response 4: £1,200',
    '',
    'Request 5: Amount paid.',
    'Response 5: £800',
    '',
    'Request 6: Year the policy was adopted.',
    'Response 6: 2019',
    '',
    'Request 7: Is the register used?',
    'Response 7: No.',
    '',
    'Request 8: If yes, how often?',
    'Response 8: N/A',
    '',
    'Request 9: If no, why not?',
    'Response 9: Inspections follow complaints from residents.',
    '',
    'Request 10: Main difficulties.',
    'Response 10: Too few officers for the number of premises.',
  ].join('\n');

  it('reads each number as the question at that place, parts counted one by one', () => {
    const got = answersOf(reply, fromRequest(LICENSING));
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 1200, 13]);
    assert.deepEqual(reading(got, 'Q4b'), ['answered', 800, 16]);
    assert.deepEqual(reading(got, 'Q5'), ['answered', 2019, 19]);
    assert.deepEqual(reading(got, 'Q6'), ['answered', 'No', 22]);
    assert.deepEqual(reading(got, 'Q6a'), ['not-applicable', null, 25]);
    assert.equal(got.get('Q7')?.line, 31);
    assert.equal(got.get('Q7')?.status, 'answered');
    // (The restated element "Request 4: Total value of penalties." is no answer to the heading Q4.)
    assert.notEqual(got.get('Q4')?.status, 'answered');
  });

  it('keeps the request\'s own numbers when the council numbers only its questions', () => {
    const request = ['1. How many libraries are open?', '2. How many mobile libraries run?', '3. How many library staff are employed?'].join('\n');
    const plain = ['Request 1: Libraries open.', 'Response 1: 9', '', 'Request 2: Mobile libraries.', 'Response 2: 2', '', 'Request 3: Staff.', 'Response 3: 41'].join('\n');
    const got = answersOf(plain, fromRequest(request));
    assert.deepEqual([got.get('Q1')?.value, got.get('Q2')?.value, got.get('Q3')?.value], [9, 2, 41]);
  });
});

describe('a range of questions that names the parts it takes in', () => {
  const request = [
    '1. Does the council enforce bus lanes? (Yes/No)',
    '2. How many cameras are in use?',
    '3. How many penalty notices were issued in 2023/24?',
    '4. If a contractor is used:',
    '   a) What is the name of the contractor?',
    '   b) When does the contract end?',
    '5. Please describe any plans for new bus lanes.',
  ].join('\n');

  it('reads "(including 4a–4b)" as part of the label, so every question in it does not apply', () => {
    const reply = '1. No. We are not the highway authority.\n\nQuestions 2 to 4 (including 4a–4b) – not applicable, as we do not enforce bus lanes.\n\n5. None.';
    const got = answersOf(reply, fromRequest(request));
    for (const id of ['Q2', 'Q3', 'Q4a', 'Q4b']) assert.equal(got.get(id)?.status, 'not-applicable', id);
  });
});

describe('none of what is counted, said in a clause after another', () => {
  const question = fromRequest('1. How many warning letters did the Council send in 2023/24?\n2. How many fixed penalties did the Council issue in 2023/24?').questions;

  it('reads "…, and no warning letters were sent in that year" as none', () => {
    assert.equal(parseValue('Our approach in 2023/24 was to advise traders informally, and no warning letters were sent in that year', question[0]).value, 0);
  });

  it('reads "nor were any fixed penalties issued" as none', () => {
    assert.equal(parseValue('nor were any fixed penalties issued.', question[1]).value, 0);
  });

  it('does not read none of something else as none of what is counted', () => {
    assert.equal(parseValue('We advised traders informally, and no complaints were received', question[0]).value, null);
  });

  it('offers it rather than coding it alone', () => {
    const got = parseValue('We worked informally, and no warning letters were sent', question[0]);
    assert.ok(got.confidence < 0.7, `confidence ${got.confidence}`);
  });
});

describe('a reference in brackets after a sentence that answered another question', () => {
  it('starts the answer at its own sentence, not at the one before', () => {
    const reply = [
      'I have set out our reply in the order of your questions.',
      '',
      'Trading Standards enforce the conditions (Q1). Four officers were authorised (Q2). We sent 17 warning letters (Q3).',
      '',
      'The answer to Q6 is no. We do not use the register, so Q6a does not apply. The reason for this (Q6b) is that',
      'the register lists only one address at a time.',
    ].join('\n');
    const got = answersOf(reply, fromRequest(LICENSING));
    assert.equal(got.get('Q6')?.value, 'No');
    assert.equal(got.get('Q6b')?.status, 'answered');
    assert.match(String(got.get('Q6b')?.value), /^The reason for this \(Q6b\) is that the register lists only one address at a time\.$/);
  });
});

describe('a text answer hard-wrapped after a word that cannot end a sentence', () => {
  it('joins the next line though it opens with a capital', () => {
    const q = fromRequest('1. If not, why is the register not used?').questions[0];
    assert.equal(parseValue('This is because the\nRegister can be searched only one address at a time.', q).value, 'This is because the Register can be searched only one address at a time.');
  });

  it('keeps short lines in capitals as a list', () => {
    const q = fromRequest('1. Which teams handle the complaints?').questions[0];
    assert.equal(parseValue('Trading Standards\nLicensing\nEnvironmental Health', q).value, 'Trading Standards; Licensing; Environmental Health');
  });
});

describe('"there is no" inside brackets in a list of things', () => {
  it('is not read as "None" for a question asking what things there are', () => {
    const q = fromRequest('1. What are the main barriers the Council faces?').questions[0];
    const got = parseValue('Finding rented homes (there is no landlord register); landlords claiming exemptions.', q);
    assert.notEqual(got.value, 'None');
    assert.match(String(got.value), /^Finding rented homes/);
  });

  it('still reads "There were no formal consultations." as "None"', () => {
    const q = fromRequest('1. What consultations were held, if any?').questions[0];
    assert.equal(parseValue('There were no formal consultations.', q).value, 'None');
  });
});

describe('a part\'s answer labelled by its letter after "Answer"', () => {
  const request = ['1. Who reviews the footage?', '2. If a contractor is used:', '   a) What is the name of the contractor?', '   b) When does the contract end?', '3. In what year did enforcement begin?'].join('\n');

  it('reads "Answer (a):" and "Answer (b):" under "Question 2" as the parts 2a and 2b', () => {
    const reply = ['Question 1 - Who reviews', 'Answer: Our contractor.', '', 'Question 2 - Contractor details', 'Answer (a): Northway Imaging Ltd', 'Answer (b): The contract ends in March 2027.', '', 'Question 3 - Year', 'Answer: 2016'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q2a'), ['answered', 'Northway Imaging Ltd', 5]);
    assert.equal(got.get('Q2b')?.line, 6);
    assert.equal(got.get('Q2b')?.value, 2027);
  });
});

describe('a cross-reference between counts', () => {
  const request = [
    '1. How many penalty notices were issued in 2023/24?',
    '2. How many cameras does the council use?',
    '3. On average, how many days pass between a contravention and the notice being posted?',
  ].join('\n');

  it('does not copy a count of things as a length of time', () => {
    const got = answersOf('1. 4,210 penalty notices were issued.\n\n2. 12\n\n3. See the response to question 1.', fromRequest(request));
    assert.equal(got.get('Q3')?.status, 'unclear');
    assert.equal(got.get('Q3')?.value, null);
  });

  it('does not copy a length of time as a count of things', () => {
    const req = ['1. On average, how many days does a repair take?', '2. How many repairs were completed?'].join('\n');
    const got = answersOf('1. 9\n\n2. See the response to question 1.', fromRequest(req));
    assert.equal(got.get('Q2')?.status, 'unclear');
  });

  it('copies a count of another kind of thing, which may be the same thing named otherwise', () => {
    const req = ['1. How many employees does the council have?', '2. How many staff are on permanent contracts?'].join('\n');
    const got = answersOf('1. 1,210\n\n2. See the response to question 1.', fromRequest(req));
    assert.deepEqual([got.get('Q2')?.status, got.get('Q2')?.value], ['answered', 1210]);
  });
});

describe('a total stated before its parts', () => {
  it('reads "14 in total: 3 depots and 11 stores" as 14', () => {
    const q = fromRequest('1. How many storage points does the council maintain?').questions[0];
    assert.equal(parseValue('14 in total: 3 council depots and 11 stores held by parish councils.', q).value, 14);
  });

  it('still passes over the figure before a "Total: £…" line', () => {
    const q = fromRequest('1. How much did the council spend on repairs?').questions[0];
    assert.equal(parseValue('Labour £4,000\nMaterials £2,500 total: £6,500', q).value, 6500);
  });
});

describe('lettered options offered inline to choose from', () => {
  const request = [
    '1. Does the council provide sandbags? (Yes/No)',
    '2. Who can receive sandbags? Please choose one of: (a) all residents on request; (b) vulnerable residents only; (c) only through parish councils.',
    '3. How many depots does the council keep?',
  ].join('\n');

  it('reads them as the choices of one question, not as its parts', () => {
    const q = fromRequest(request);
    assert.equal(q.byId.get('Q2')?.type, 'choice');
    assert.deepEqual(q.byId.get('Q2')?.choices, ['All residents on request', 'Vulnerable residents only', 'Only through parish councils']);
    assert.equal(q.byId.has('Q2a'), false);
  });

  it('takes "(b) – …" as the second option, whatever words explain it', () => {
    const got = answersOf('1. Yes\n\n2. (b) – bags are delivered to residents we have identified as at risk.\n\n3. 5', fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'Vulnerable residents only');
  });

  it('keeps parts that ask questions of their own', () => {
    const q = fromRequest('2. Please answer one of the following: (a) how many bags were issued? (b) how many were returned?');
    assert.equal(q.byId.has('Q2a'), true);
  });
});

describe('a count in words in the answer a cross-reference points to', () => {
  it('takes the number right before what the question counts', () => {
    const request = ['1. How many sandbag stores does the council maintain?', '2. Please describe any arrangements with parish councils.'].join('\n');
    const reply = '1. See response to question 2.\n\n2. There are seven sandbag stores in total: the depot and six stores run by parish councils.';
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.status, 'answered');
    assert.equal(got.get('Q1')?.value, 7);
  });
});

describe('a disclosure log page\'s particulars under the last answer', () => {
  const request = [
    '1. How many buildings owned by the council have public clocks?',
    '2. For each such building:',
    '- The building name',
    '- Whether the clock works',
  ].join('\n');
  const reply = ['- Decision', '-', '1-2. There is not any public clock on any building owned by Northmoor County Council.', '- Reference number', '- 31415926', '- Date request received', '- 2 March 2025'].join('\n');

  it('stops the answer before "Reference number", so its number is not read as the count', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.status, 'answered');
    assert.equal(got.get('Q1')?.value, 0);
  });

  it('reads the question about each such thing as not applying when the one answer says there are none', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'not-applicable');
  });

  it('keeps an answer of its own to "each such building"', () => {
    const own = reply.replace('1-2. There is not any public clock on any building owned by Northmoor County Council.', '1. There is not any public clock on any building owned by Northmoor County Council.\n2. The Town Hall clock was taken down in 2021.');
    const got = answersOf(own, fromRequest(request));
    assert.equal(got.get('Q1')?.value, 0);
    assert.notEqual(got.get('Q2')?.status, 'not-applicable');
  });
});

describe('a request quoted whole in quotation marks', () => {
  it('reads the first question though the opening mark sits before its number', () => {
    const request = '"1) How many allotment sites does the council run for\nwhich it keeps waiting lists?\n2) How many plots are on these sites?\n3) How many people are waiting?"';
    const q = fromRequest(request);
    assert.match(q.byId.get('Q1')?.text ?? '', /^How many allotment sites does the council run for which it keeps waiting lists\?$/);
    assert.equal(q.byId.get('Q1')?.type, 'number');
    assert.equal(q.byId.get('Q3')?.text, 'How many people are waiting?');
  });
});

describe('a condition with nothing asked after it', () => {
  it('is read as asking yes or no', () => {
    const q = fromRequest('1. Number of public toilets you manage\n2. If you are part of a community toilet scheme\n3. Number of toilets with disabled access');
    assert.equal(q.byId.get('Q2')?.type, 'yes-no');
  });

  it('is not when it goes on to ask for something', () => {
    const q = fromRequest('1. Number of public toilets you manage\n2. If you are part of a community toilet scheme please name the scheme\n3. Number of toilets with disabled access');
    assert.notEqual(q.byId.get('Q2')?.type, 'yes-no');
  });
});

describe('"please see the table below"', () => {
  it('points to the letter\'s own table, not to published information', () => {
    assert.notEqual(classifyAnswer('Please see the table below showing the number of requests received in each year.').status, 'signposted');
  });

  it('still reads "please see our website" as a signpost', () => {
    assert.equal(classifyAnswer('Please see our website, where the figures are published.').status, 'signposted');
  });
});

describe('auto-coding of the readings above', () => {
  it('never auto-codes a count copied from a count of other things', () => {
    const request = ['1. How many penalty notices were issued?', '2. On average, how many days pass before a notice is posted?'].join('\n');
    const got = answersOf('1. 4,210\n\n2. See the response to question 1.', fromRequest(request));
    assert.ok(got.get('Q2')!.status !== 'answered' || got.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE);
  });
});

describe('a heading that names in brackets the items it covers', () => {
  it('reads the answer below the bracket, not the bracket', () => {
    const request = [
      '1. Does the council use a booking system? (Yes/No)',
      '2. If the council has a booking system:',
      '   a) Who supplies it?',
      '   b) When did it go live?',
    ].join('\n');
    const reply = 'A1. Does the council use a booking system?\nNo.\n\nA2. If the council has a booking system: (items A3 to A4)\nNot applicable (A2 to A4) – the council has no booking system.';
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q2a')?.status, 'not-applicable');
    assert.equal(got.get('Q2b')?.status, 'not-applicable');
  });
});

describe('English lines that happen to hold Welsh-looking words', () => {
  it('are not dropped from a text answer as Welsh', () => {
    const request = ['1. Does the council use the register? (Yes/No)', '2. If not, why is it not used?'].join('\n');
    const reply = '1. No.\n\n2. The main reason is that\nthe register lists only one address at a time.';
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q2')?.value, 'The main reason is that the register lists only one address at a time.');
  });
});

describe('parts answered on the line of the first part\'s label', () => {
  const request = [
    'Q1 What was the total headcount?',
    'Q2 Staff by work style (as a percentage of the headcount):',
    '  (a) office based',
    '  (b) hybrid',
    '  (c) fully home based',
    'Q3 How many desks are there?',
  ].join('\n');

  it('gives each letter on the line its own answer', () => {
    const reply = 'Q1\t1 204\nQ2\t(a) 35 %   (b) 60 %   (c) approx. 5 %\nQ3\t610';
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q2a')?.value, got.get('Q2b')?.value, got.get('Q2c')?.value], [35, 60, 5]);
  });

  it('takes no letter from the next line for a part of the label (crm-blind11, Lanthorpe)', () => {
    const letter = readFileSync(join(__dirname, '../quality/blind/crm-blind11/lanthorpe-city.txt'), 'utf8');
    const crm = crmSurvey();
    const got = answersOf(letter, crm);
    assert.equal(got.get('Q6a')?.value, 'Yes');
    assert.notEqual(got.get('Q6b')?.line, 25);
  });

  it('does not read the parts\' own questions quoted on the label\'s line as answers', () => {
    const req = ['1. Does the council use a booking system? (Yes/No)', '2. If it has a booking system: (a) When did it go live? (b) How long did the work take?', '3. How many staff use it?'].join('\n');
    const reply = '1. No\n2. (a) When did it go live? (b) How long did the work take?  Not applicable.\n3. None';
    const got = answersOf(reply, fromRequest(req));
    assert.doesNotMatch(String(got.get('Q2a')?.value ?? ''), /^When did/);
    assert.doesNotMatch(String(got.get('Q2b')?.text ?? ''), /^How long did/);
  });

  it('does not read them when they wrap in a table\'s question column (crm-blind110, Fernleigh Moss)', () => {
    const letter = readFileSync(join(__dirname, '../quality/blind/crm-blind110/fernleigh-moss-district.txt'), 'utf8');
    const crm = crmSurvey();
    const got = answersOf(letter, crm);
    for (const id of ['Q12b', 'Q12c']) {
      assert.equal(got.get(id)?.status, 'not-applicable', id);
      assert.doesNotMatch(got.get(id)?.text ?? '', /How long did|What were the/, id);
    }
  });

  it('still splits "(a) 312 …" / "(b) …" answered below the request\'s quoted parts', () => {
    const req = ['1. How many blocks does the council own?', '2. For the last three years, please state:', 'a) the number of assessments carried out;', 'b) the total spent on them.'].join('\n');
    const reply = ['Question 1', 'How many blocks does the council own?', '', 'The Council owns 96 blocks.', '', 'Question 2', 'For the last three years, please state:', 'a) the number of assessments carried out;', 'b) the total spent on them.', '', '(a) 312 assessments were completed.', '', '(b) The cost is not recorded separately, so this information is not held.'].join('\n');
    const got = answersOf(reply, fromRequest(req));
    assert.deepEqual(reading(got, 'Q2a'), ['answered', 312, 11]);
    assert.deepEqual(reading(got, 'Q2b'), ['not-held', null, 13]);
  });
});

describe('a letter that answers in prose, naming the questions (other-blind188, Hindlebury)', () => {
  const dir = join(__dirname, '../quality/blind/other-blind188/hybrid-working');
  const request = readFileSync(join(dir, 'request.txt'), 'utf8');
  const letter = readFileSync(join(dir, 'hindlebury-metropolitan.txt'), 'utf8');
  const labelled = [
    'Q1 6,480', 'Q2 Yes', 'Q3 2021', 'Q4 Yes', 'Q5 Two days a week in the office',
    'Q6 Work-style is recorded on individual assessment forms, and extracting it for 6,480 employees would take well over the 18 hours allowed, so this question is refused under section 12.',
    'Q6a We are therefore unable to provide a breakdown for this part.',
    'Q6b We are therefore unable to provide a breakdown for this part.',
    'Q6c We are therefore unable to provide a breakdown for this part.',
    '', 'Q7 1,150',
  ].join('\n');

  it('reads a part\'s "therefore unable to provide" as its heading\'s refusal, under the same exemption', () => {
    const got = answersOf(letter, fromRequest(request));
    for (const id of ['Q6a', 'Q6b', 'Q6c']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption], ['refused', 's12'], id);
    // (And in a reply labelled line by line, where the parts' own lines say so.)
    const byLine = answersOf(labelled, fromRequest(request));
    for (const id of ['Q6a', 'Q6b', 'Q6c']) assert.deepEqual([byLine.get(id)?.status, byLine.get(id)?.exemption], ['refused', 's12'], id);
  });

  it('leaves it not held when the sentence before refuses nothing', () => {
    const plain = letter.replace(/we estimate that extracting and collating it for some\s+6,480 employees would take well over the 18 hours that the Council is\s+required to spend on a request\./, 'the forms are not kept once a\nmember of staff has been assessed.');
    assert.notEqual(plain, letter);
    const got = answersOf(plain, fromRequest(request));
    assert.notEqual(got.get('Q6a')?.status, 'refused');
  });

  it('leaves it not held when a blank line parts it from the refusal', () => {
    // (The paragraph names no question itself here: named, "You asked at Q6 …", the heading's parts
    // take the whole paragraph, estimate and all.)
    const parted = letter.replace('You asked at Q6 for', 'You asked for').replace(/request\. We are therefore unable to provide a\s+breakdown/, 'request.\n\nWe are therefore unable to provide a breakdown');
    assert.notEqual(parted, letter);
    const got = answersOf(parted, fromRequest(request));
    assert.notEqual(got.get('Q6a')?.status, 'refused');
    assert.notEqual(answersOf(labelled.replace('section 12.\n', 'section 12.\n\n'), fromRequest(request)).get('Q6a')?.status, 'refused');
  });

  it('leaves it not held when it does not follow from the refusal', () => {
    const own = letter.replace('You asked at Q6 for', 'You asked for').replace(/We are therefore unable to provide a\s+breakdown for any part of Q6\./, 'Separately, no breakdown is held\nfor any part of Q6.');
    assert.notEqual(own, letter);
    const got = answersOf(own, fromRequest(request));
    assert.notEqual(got.get('Q6a')?.status, 'refused');
    assert.notEqual(answersOf(labelled.replace('Q6a We are therefore unable to provide a breakdown for this part.', 'Q6a Separately, no breakdown is held for this part.'), fromRequest(request)).get('Q6a')?.status, 'refused');
  });

  it('reads a reference that ends its paragraph on a line of its own as the end of the sentence above', () => {
    const got = answersOf(letter, fromRequest(request));
    assert.deepEqual([got.get('Q9a')?.status, got.get('Q9a')?.value], ['answered', 26]);
    assert.equal(got.get('Q9a')?.line, 45);
  });
});

describe('a part\'s label alone on its line after an answer that ends without a stop', () => {
  it('is still a label when its answer is on the next line', () => {
    const request = ['Q1 Does the council pay an allowance?', 'Q1(a) If yes, what is the monthly amount?', 'Q2 How many desks are there?'].join('\n');
    const got = answersOf('Q1. Yes\nQ1(a).\n£26 per month\n\nQ2. 610', fromRequest(request));
    assert.deepEqual(reading(got, 'Q1a'), ['answered', 26, 3]);
    assert.equal(got.get('Q1')?.text, 'Yes');
  });
});

describe('a band named before its count', () => {
  it('reads "Band 1 – 318." as 318 for the households in the highest band', () => {
    const q = fromRequest('1. How many households were in the highest priority band (e.g. Band A)?').questions[0];
    assert.equal(parseValue('Band 1 – 318.', q).value, 318);
  });

  it('leaves "1 - 318" a range where the question names no band', () => {
    const q = fromRequest('1. How many households are on the register?').questions[0];
    assert.notEqual(parseValue('Band 1 – 318.', q).value, 318);
  });
});

describe('two questions answered together, ", of whom …"', () => {
  it('gives the clause after "of whom" to the second question, "Band 1" naming no question', () => {
    const request = ['1. How many households were on the register on 1 April 2024?', '2. How many of those households were in the highest priority band?', '3. How many lettings were made in 2023/24?'].join('\n');
    const reply = 'Q1 & Q2.   There were 2,947 households on the register on 1 April 2024,\n           of whom 153 were in Band 1 (Urgent).\n\nQ3.   610';
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.value, 2947);
    assert.equal(got.get('Q2')?.value, 153);
  });
});

describe('a choice named only to be denied', () => {
  it('leaves the choice the answer opens with', () => {
    const request = ['1. Does your scheme prioritise applicants using bands, points, or a combination of both?', '2. How many bands are there?'].join('\n');
    const got = answersOf('1. Bands. The scheme has four bands; there is no points element.\n\n2. 4', fromRequest(request));
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.value], ['answered', 'Bands']);
  });

  it('still finds no single choice in "bands and points together"', () => {
    const request = ['1. Does your scheme prioritise applicants using bands, points, or a combination of both?', '2. How many bands are there?'].join('\n');
    const got = answersOf('1. We use bands and points together, in roughly equal measure.\n\n2. 4', fromRequest(request));
    assert.notEqual(got.get('Q1')?.value, 'Bands');
  });
});

describe('a question answered with "(both parts)" after its number', () => {
  const request = ['8. In which year was the scheme adopted?', '9. Local connection:', 'a) Does the scheme require a local connection to join the register?', 'b) If so, what is the minimum period of residence?', '10. How many applications were received?'].join('\n');

  it('reads the answer for each part: no, and so the follow-up does not apply', () => {
    const reply = 'Question 8 – 2020.\n\nQuestion 9 (both parts) – There is no local connection requirement to join the register; local connection only adds priority within a band.\n\nQuestion 10 – 1,204.';
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual([got.get('Q9a')?.status, got.get('Q9a')?.value], ['answered', 'No']);
    assert.equal(got.get('Q9b')?.status, 'not-applicable');
    assert.equal(got.get('Q9a')?.line, 3);
  });
});

describe('parts under a yes-no question that ends "If yes:"', () => {
  const request = ['Q1 Does the council record trolley outcomes? If so:', '  a) How many trolleys were returned to owners?', '  b) How many were scrapped?', 'Q2 How many reports were received?'].join('\n');

  it('are asked only when it is yes', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.byId.get('Q1a')?.when, { Q1: 'yes' });
    assert.deepEqual(q.byId.get('Q1b')?.when, { Q1: 'yes' });
  });

  it('keep an answer of their own in the one answer for all of them (crm-blind63, Upper Wendle)', () => {
    const letter = readFileSync(join(__dirname, '../quality/blind/crm-blind63/upper-wendle-district.txt'), 'utf8');
    const crm = crmSurvey();
    assert.equal(answersOf(letter, crm).get('Q13d')?.status, 'answered');
  });

  it('keep the reading of a "No" under the quoted question and its parts (other-blind85, Kilvercote)', () => {
    const dir = join(__dirname, '../quality/blind/other-blind85/pcards');
    const got = answersOf(readFileSync(join(dir, 'kilvercote-district.txt'), 'utf8'), fromRequest(readFileSync(join(dir, 'request.txt'), 'utf8')));
    assert.equal(got.get('Q5a')?.status, 'not-applicable');
    assert.doesNotMatch(got.get('Q5a')?.reason ?? '', /^routed out/);
  });

  it('do not apply when one answer for all of them says no, whatever else it says', () => {
    const reply = 'Q1 (all parts)\tNo – outcomes are not recorded once a trolley leaves the depot\nQ2\t312';
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q1')?.value, 'No');
    assert.equal(got.get('Q1a')?.status, 'not-applicable');
    assert.equal(got.get('Q1b')?.status, 'not-applicable');
  });
});

describe('the open option of a choice, named by the organisation the answer gives', () => {
  const request = ['7. Does the council use an external reporting line? (Yes/No)', '7a) Which provider operates it: Protect, Safecall, or another provider (please name)?'].join('\n');

  it('reads "provided by Lockfield Assurance Ltd" as the other provider, with its name', () => {
    const q = fromRequest(request).byId.get('Q7a')!;
    assert.equal(parseValue('Our external reporting line is provided by Lockfield Assurance Ltd under a shared contract.', q).value, 'Other - Lockfield Assurance Ltd');
  });

  it('keeps a listed provider', () => {
    const q = fromRequest(request).byId.get('Q7a')!;
    assert.equal(parseValue('Safecall.', q).value, 'Safecall');
  });
});

describe('a length of time in a cell wrapped mid-sentence', () => {
  it('reads the length in the clause that carries the question\'s words', () => {
    const q = fromRequest('6. What is the target timescale for concluding an investigation (in days or weeks)?').questions[0];
    const got = parseValue('Initial assessment within 20 working\ndays; investigation concluded within\n3 months.', q);
    assert.deepEqual([got.value, got.unit], [3, 'months']);
  });

  it('sets aside an optional extension where the question does not count it', () => {
    const q = fromRequest('6. What is the length of the current contract, not counting any optional extensions?').questions[0];
    const got = parseValue('The contract was awarded in 2021 for a term of four years, with an option to extend for a further\ntwelve months.', q);
    assert.deepEqual([got.value, got.unit], [4, 'years']);
  });
});

describe('"All (see 3)" for how many of those', () => {
  it('takes the count the answer referred to gives', () => {
    const request = ['3. How many disclosures did the council receive?', '4. Of those:', 'a) how many were made anonymously?', 'b) how many were formally investigated?'].join('\n');
    const got = answersOf('3. 19\n4a. 7\n4b. All (see 3)', fromRequest(request));
    assert.deepEqual([got.get('Q4b')?.status, got.get('Q4b')?.value, got.get('Q4b')?.from], ['answered', 19, 'Q3']);
  });
});
