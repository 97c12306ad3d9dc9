// Layouts found by scoring the engine on replies it had never seen (session 36), each fixed with a
// general rule. The requests and letters here are written for fictional bodies; no real text is copied.
import { strict as assert } from 'node:assert';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { classifyAnswer } from '../../src/core/classify';
import { wholeNotHeld } from '../../src/core/reader';
import { parseValue } from '../../src/core/values';
import type { Question } from '../../src/core/types';
import { answersOf, fromRequest, reading } from '../support/engine';

const number = (text: string): Question => ({ id: 'Q1', text, type: 'number', order: 0 });

describe('a question that asks for two quantities, answered with both', () => {
  const request = [
    '1. What is the name of the authority?',
    '2. How many fixed penalty notices for littering did you issue in 2023 and how much money did they raise?',
    '3. How many litter bins does the authority empty?',
  ].join('\n');

  it('offers the answer instead of auto-coding one of its two figures', () => {
    const got = answersOf(['1. Ashcombe Vale District Council', '2. 14 notices; £1,120 was paid.', '3. 412 bins.'].join('\n'), fromRequest(request));
    assert.equal(got.get('Q2')?.status, 'answered');
    assert.ok(got.get('Q2')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q2')));
    // (A question that asks for one count, answered with it, is still certain.)
    assert.deepEqual(reading(got, 'Q3'), ['answered', 412, 3]);
    assert.ok(got.get('Q3')!.confidence >= DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q3')));
  });

  it('keeps the answer certain when one figure is given (a year is no second figure)', () => {
    const got = answersOf(['1. Ashcombe Vale District Council', '2. 14 notices were issued in 2023.', '3. 412 bins.'].join('\n'), fromRequest(request));
    assert.deepEqual(reading(got, 'Q2'), ['answered', 14, 2]);
    assert.ok(got.get('Q2')!.confidence >= DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q2')));
  });

  it('reads the two quantities a part inherits from the question over it ("3. how many … and how much …: a. 2022")', () => {
    const parts = [
      '1. What is the name of the authority?',
      '2. How many fixed penalty notices for littering did you issue, and how much money did they raise, in:',
      'a. 2022',
      'b. 2023',
    ].join('\n');
    const got = answersOf(['1. Ashcombe Vale District Council', '2a. 22 notices, £1,760', '2b. 17 notices, £1,360'].join('\n'), fromRequest(parts));
    assert.ok(got.get('Q2b')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q2b')));
  });

  it('knows the shapes of such a question ("as a number and a proportion", "the number of … and how many …")', () => {
    const request2 = [
      '1. What is the name of the trust?',
      '2. How many patients were not offered treatment in 2024, as a number and a proportion of those assessed?',
      '3. The number of interpreting requests received and how many were met?',
    ].join('\n');
    const got = answersOf(['1. Brackenford Community Trust', '2. 310 patients (12%).', '3. 96 requests / 91 met'].join('\n'), fromRequest(request2));
    for (const id of ['Q2', 'Q3']) assert.ok(got.get(id)!.confidence < DEFAULT_MIN_CONFIDENCE, `${id} ${JSON.stringify(got.get(id))}`);
  });
});

describe('questions lettered on lines of their own, a blank line before each question', () => {
  const request = ['A', '', 'How many complaints about noise did the island receive in 2023?', '', 'B', '', 'Does the service keep a register of noise complaints?'].join('\n');

  it('reads each letter as a question', () => {
    const q = fromRequest(request);
    assert.deepEqual(q.questions.map((x) => x.text), ['(A) How many complaints about noise did the island receive in 2023?', '(B) Does the service keep a register of noise complaints?']);
  });

  it('finds the answers under the same letters in the reply', () => {
    const reply = ['Request', '', 'A', '', 'How many complaints about noise did the island receive in 2023?', '', 'B', '', 'Does the service keep a register of noise complaints?', '', 'Response', '', 'A', '', '57 complaints were received.', '', 'B', '', 'No.'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    assert.deepEqual(reading(got, 'Q1'), ['answered', 57, 15]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 'No', 19]);
  });
});

describe('a law cited by its article', () => {
  it('is never a figure: "Article 3 of the … (Channel) Law 2011"', () => {
    assert.equal(parseValue('Article 3 of the Freedom of Information (Channel) Law 2011 applies.', number('How many arrests were made at the harbour?')).value, null);
    assert.equal(parseValue('Figures are withheld under Article 42(a) of the Law.', number('How many officers work in the squad?')).value, null);
  });

  it('leaves a withholding under an article a refusal, not an answer', () => {
    assert.equal(classifyAnswer('Staffing levels of the squad are being withheld and Article 42(a), (b) and (c) of the Freedom of Information (Channel) Law 2011 has been applied.').status, 'refused');
  });
});

describe('words that say the detail asked for is not kept', () => {
  it('reads "records X, but not the specific Y" as not held', () => {
    assert.equal(classifyAnswer('The custody system records that a person was arrested at the harbour, but not the specific sailing they arrived on.').status, 'not-held');
    // (Kept and given is an answer.)
    assert.equal(classifyAnswer('The custody system records that 12 people were arrested at the harbour.').status, 'answered');
  });

  it('reads records lost to a change of system as not held', () => {
    assert.equal(classifyAnswer('Housing are unable to provide this data before 2015 due to a change in the system used.').status, 'not-held');
  });
});

describe('answers that point elsewhere', () => {
  it('reads "Please note the response outlined at Appendix A" as pointing to an attachment', () => {
    assert.equal(classifyAnswer('Please note the response outlined at Appendix A.').status, 'signposted');
    assert.equal(classifyAnswer('Please see the information provided at Annex B.').status, 'signposted');
  });

  it('reads "is contained within the linked data set" as pointing to published information', () => {
    assert.equal(classifyAnswer('Data on rough sleeping is contained within the linked data set on the Council’s website.').status, 'signposted');
  });
});

describe('a count written in words beside a sum the question itself names', () => {
  it('reads the word as the count, not the sum: "three staff with a salary greater than £100,000"', () => {
    const q = number('The number of staff whose salary is greater than £100,000, with the roles they hold.');
    assert.equal(parseValue('The Board has three staff with a salary greater than £100,000 and they hold the roles of Clerk and Director.', q).value, 3);
    // (A sum the question does not name is still read.)
    assert.equal(parseValue('The Board paid £240,000 to three staff.', number('How much did the Board pay its senior staff?')).value, 240000);
  });
});

describe('a question that asks about every year since one it names', () => {
  const request = [
    '1. How much has the council paid out for pothole damage since 2016?',
    '2. How many pothole claims were made, and how many were settled?',
    '3. Please break the payments down into compensation and legal costs.',
  ].join('\n');
  const reply = [
    'Response',
    '2016 | 2017 | 2018 | 2019 | |',
    '1. | £0.00 | £410.00 | £2,204.50 | £980.00 |',
    '2. | Nil | 9 claims - 1 settled | 31 claims - 4 settled | 12 claims - 2 settled |',
    '3. All payments were insurance reimbursements. See response to question 1.',
  ].join('\n');

  it('takes no one year’s column for it (the first year is where the span starts, not the year asked)', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.doesNotMatch(got.get('Q1')!.reason ?? '', /2016 column/);
    assert.ok(got.get('Q1')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q1')));
    // (Nor is that year the one the questionnaire asks about for the other questions.)
    assert.doesNotMatch(got.get('Q2a')!.reason ?? '', /the year the questionnaire asks about/);
    assert.ok(got.get('Q2a')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q2a')));
  });

  it('takes no one year’s line for it either', () => {
    const lines = ['Response', '1. Payments for pothole damage:', '2016   £0.00', '2017   £410.00', '2018   £2,204.50', '2. Nil.', '3. All were insurance reimbursements.'].join('\n');
    const got = answersOf(lines, fromRequest(request));
    assert.doesNotMatch(got.get('Q1')!.reason ?? '', /on the line of 2016/);
    assert.match(answersOf(lines, fromRequest(request.replace('since 2016', 'in 2017'))).get('Q1')!.reason ?? '', /on the line of 2017/);
  });

  it('still reads the column of a single year the question names', () => {
    const got = answersOf(reply, fromRequest(request.replace('since 2016', 'in 2018')));
    assert.equal(got.get('Q1')?.value, 2204.5);
    assert.match(got.get('Q1')!.reason ?? '', /2018 column/);
  });

  it('offers an answer that refers to an offered one, never surer than it', () => {
    const got = answersOf(reply, fromRequest(request));
    assert.equal(got.get('Q3')?.from, 'Q1');
    assert.ok(got.get('Q3')!.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(got.get('Q3')));
  });
});

describe('a request that numbers its items "FOI 1:", "FOI 2:"', () => {
  const request = [
    'You asked (letters added for reference):',
    '"FOI 1:',
    '(a) please confirm whether the lodge kept a visitors book in 2015.',
    '(b) please provide the dates the book was removed.',
    '',
    'FOI 2:',
    '(a) please provide the current floor plan of the lodge.',
    '(b) please provide the floor plan as it was in 2015."',
  ].join('\n');

  it('reads each number as a question with its lettered parts, the request quoted or not', () => {
    assert.deepEqual(fromRequest(request).questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2', 'Q2a', 'Q2b']);
    assert.deepEqual(fromRequest(request.replace('"FOI 1:', 'FOI 1:')).questions.map((x) => x.id), ['Q1', 'Q1a', 'Q1b', 'Q2', 'Q2a', 'Q2b']);
  });

  it('never reads a reference such as "FOI 31-23:" as a question number', () => {
    const titled = ['FOI 31-23: Heating costs', '1. How much was spent on gas in 2023?', '2. How much was spent on oil in 2023?'].join('\n');
    assert.deepEqual(fromRequest(titled).questions.map((x) => x.id), ['Q1', 'Q2']);
  });
});

describe('a numbered item whose words introduce the ask on the line below', () => {
  it('keeps the line under "… provide me with:" as the question’s own words', () => {
    const q = fromRequest(['Request 1', 'Please may you provide me with:', 'The number of licence applications received since 2014.', 'Request 2', 'How many were refused?', 'Request 3', 'How long did each take to decide?'].join('\n'));
    assert.equal(q.questions[0]!.text, 'Please may you provide me with: The number of licence applications received since 2014.');
    assert.equal(q.questions[0]!.type, 'number');
    const q2 = fromRequest(['1. Could you provide me with:', 'The total cost of the scheme in 2023.', '2. How many staff run it?'].join('\n'));
    assert.match(q2.questions[0]!.text ?? '', /total cost of the scheme/);
  });
});

describe('a request of unnumbered lines, answered by one block under the letter’s heading', () => {
  const request = ['In each of the years 2021 to 2023:', '', 'Total number of parking fines issued', '', 'Total value/cost of parking fines issued', '', 'Total number of parking fines paid', '', 'Total value of parking fines paid'].join('\n');

  it('reads "Total value/cost of …" as an item asked for', () => {
    assert.deepEqual(fromRequest(request).questions.map((x) => x.text), ['Total number of parking fines issued', 'Total value/cost of parking fines issued', 'Total number of parking fines paid', 'Total value of parking fines paid']);
  });

  it('offers the block to the last quoted question, never auto-codes it', () => {
    const reply = ['Request received:', '', ...request.split('\n'), '', 'Response provided:', '', '2021:', '', 'Number of PCNs = 3,104', '', 'Total charges = £171,220.00', '', '2022:', '', 'Number of PCNs = 3,377', '', 'Total charges = £180,950.00'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    const last = got.get('Q4');
    assert.ok(!last || last.confidence < DEFAULT_MIN_CONFIDENCE, JSON.stringify(last));
  });
});

describe('a not-held statement that gives what is held instead', () => {
  const text = 'The council does not hold the total number of permits issued in a year. The information below therefore shows the number of valid permits on 1 August.';

  it('is partial, not "not held"', () => {
    assert.equal(classifyAnswer(text).status, 'partial');
    assert.equal(classifyAnswer('The council does not hold the total number of permits issued in a year.').status, 'not-held');
  });

  it('is no statement that the whole request is not held', () => {
    const whole = 'The transport office does not hold any information about the total number of passes issued over a 12 month period.';
    assert.equal(wholeNotHeld(whole), true);
    assert.equal(wholeNotHeld(`${whole} The information below therefore shows the number of pass holders instead.`), false);
  });

  it('leaves no certain "not held" on the questions', () => {
    const request = ['How many parking permits has the council issued in each of the past three years, for each of these kinds:', '', '  1. Resident', '  2. Visitor', '  3. Business'].join('\n');
    const reply = ['Information requested', '', ...request.split('\n'), '', 'Response', '', 'The table below shows the permits for each kind, for the last three years.', '', text, '', 'Year | Resident | Visitor | Business', '2023 | 1,204 | 310 | 57', '2022 | 1,187 | 296 | 61'].join('\n');
    const got = answersOf(reply, fromRequest(request));
    for (const [id, a] of got) assert.ok(!(a.status === 'not-held' && a.confidence >= DEFAULT_MIN_CONFIDENCE), `${id} ${JSON.stringify(a)}`);
  });
});

describe('the cost limit said as an estimate', () => {
  it('reads "We have estimated that it will cost more than £600 to answer this question" as a refusal on cost', () => {
    const got = classifyAnswer('We have estimated that it will cost more than £600 to answer this question.');
    assert.deepEqual([got.status, got.exemption], ['refused', 's12']);
  });

  it('leaves an estimate of what a thing costs an answer', () => {
    assert.equal(classifyAnswer('We estimate that it will cost more than £5,000 to replace the roof in 2026.').status, 'answered');
  });
});
