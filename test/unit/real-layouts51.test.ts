// Layouts and wordings found by scoring the engine on replies it had never seen (session 51), each
// fixed with a general rule. The letters here are written for fictional bodies; no real text is
// copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest, reading } from '../support/engine';

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
