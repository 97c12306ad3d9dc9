// Layouts and wordings found by scoring the engine on replies it had never seen (session 42), each
// fixed with a general rule. The requests and letters here are written for fictional bodies; no real
// text is copied.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyAnswer } from '../../src/core/classify';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseValue } from '../../src/core/values';
import { answersOf, fromRequest, reading } from '../support/engine';

describe('a letter that quotes unnumbered bullets, then answers two of them in each paragraph', () => {
  const request = [
    "- 'Which vehicles, if any, have been vandalised at the depot over the past three years?",
    '- What the cost of repairing these vehicles amounts to?',
    '- Which vehicles have been written off at the depot over the past three years?',
    "- What was the cost of replacing these vehicles?'",
  ].join('\n');
  const q = fromRequest(request);
  const letter = (title: string): string => [
    title,
    'Information Governance Team',
    'Our ref: FOI 12-25',
    'I am writing about your request of 3 March. In your request, you asked that the Board confirm:',
    ...request.split('\n'),
    'Our response',
    'The Board has not been made aware of any vehicles being vandalised at the depot over the past three years. As a result, no costs for any vandalised vehicles are held.',
    'The Board is not aware of any vehicles that have been written off at the depot over the past three years. As a result, no costs for any written-off vehicles are held.',
    'You have the right to request an internal review of this decision.',
    'Yours sincerely',
  ].join('\n');
  const reply = letter('FOI 12-25: Information regarding vehicles, if any, that have been vandalised at the depot over the past three years');

  it('ties each answer to its own sentence, though the title above repeats the first question', () => {
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.line, got.get('Q2')?.line, got.get('Q3')?.line, got.get('Q4')?.line], [10, 10, 11, 11]);
    assert.match(got.get('Q2')!.text, /^As a result, no costs for any vandalised/);
    assert.match(got.get('Q4')!.text, /^As a result, no costs for any written-off/);
  });

  it('reads "not aware of any vehicles being vandalised" as None for "Which vehicles, if any, …"', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1').slice(0, 2), ['answered', 'None']);
    assert.deepEqual(reading(got, 'Q3').slice(0, 2), ['answered', 'None']);
  });

  it('marks the cost of "these vehicles" not applicable when the answer before it is none and this one follows from it', () => {
    const got = answersOf(reply, q);
    assert.equal(got.get('Q2')?.status, 'not-applicable');
    assert.equal(got.get('Q4')?.status, 'not-applicable');
    // Not when the sentence stands on its own: a cost not held is not held.
    const own = answersOf(reply.replace('As a result, no costs for any vandalised', 'Separately, no costs for any vandalised'), q);
    assert.equal(own.get('Q2')?.status, 'not-held');
    // Nor when the answer before it counts some: their costs are simply not held.
    const some = answersOf(reply.replace('The Board has not been made aware of any vehicles being vandalised', 'Two vehicles have been vandalised'), q);
    assert.equal(some.get('Q2')?.status, 'not-held');
    // Nor for a question of its own, not about "these" things.
    const apart = fromRequest(request.replace('What the cost of repairing these vehicles amounts to?', 'What the cost of repairing vandalised vehicles amounts to?'));
    assert.equal(answersOf(reply, apart).get('Q2')?.status, 'not-held');
  });
});

describe('"no costs … are held" says the costs are not held', () => {
  it('reads it as not held, and "no costs were incurred" as an answer', () => {
    assert.equal(classifyAnswer('No costs of any replaced items are held.').status, 'not-held');
    assert.equal(classifyAnswer('No spend on consultants was recorded in that year.').status, 'not-held');
    assert.equal(classifyAnswer('No costs were incurred.').status, 'answered');
  });
});

describe('a text answer that says there are none of the things asked for', () => {
  const q = fromRequest([
    '1. Which streets in the district are prohibited streets for street trading?',
    '2. Please describe any changes made to the licensing policy since 2022.',
    '3. What guidance, if any, has the Government issued to you on this?',
    '4. Please give the names of the contractors used, if any.',
  ].join('\n'));
  const value = (id: string, text: string): unknown => parseValue(text, q.byId.get(id)!, q.codes).value;

  it('is None for "Which …", "What …, if any"', () => {
    assert.equal(value('Q1', 'Every street is a consent street, so there are no prohibited streets.'), 'None');
    assert.equal(value('Q3', 'We have not had any specific guidance issued to us by the Government.'), 'None');
    assert.equal(value('Q3', 'No guidance notes have been issued since 2020.'), 'None');
    assert.equal(value('Q4', 'No contractors have been used since 2020.'), 'None');
  });

  it('keeps the words where a description is asked for, or where the answer names some', () => {
    assert.match(String(value('Q2', 'There have been no changes to the policy since 2022.')), /no changes to the policy/);
    assert.match(String(value('Q1', 'High Street and Market Place are prohibited streets.')), /High Street/);
  });

  it('is no None where the sentence says the information is not held', () => {
    assert.notEqual(value('Q1', 'There are no records held of prohibited streets.'), 'None');
  });
});

describe('a disclosure-log form whose letter sets out the request, then answers it', () => {
  const request = [
    'Please can you tell me the number of days of the longest waiting patient on the dermatology outpatient waiting list as at the end of January 2022, end of February 2022, end of March 2022, end of April 2022, end of May 2022, end of June 2022, end of July 2022, end of August 2022?',
    'Can I have this information for patients that were referred to Eastfield hospital and patients that were referred to Northgate hospital separately?',
  ].join('\n');
  const q = fromRequest(request);
  const reply = [
    'Freedom of Information Request Form (FOI/2231)',
    '',
    'Message from the Trust - 06 September 2022',
    '',
    'Our Ref:  FOI/2231',
    'Date:  6th September 2022',
    '',
    'Dear Requester',
    '',
    'We write further to your request for information. We have set out your request, together with our response below.',
    '',
    ...request.split('\n'),
    '',
    'Longest waiting patients in Dermatology for requested months (in days)',
    '',
    'Month Ending Longest Wait in days',
    '',
    'May 2022 311',
    '',
    'June 2022 325',
    '',
    'July 2022 302',
    '',
    'August 2022 318',
    '',
    'Unfortunately we do not hold information relating to patients referred to Eastfield hospital.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('answers below the request it quotes: the letter is the Trust\'s, not the requester\'s', () => {
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.line, 15);
    assert.deepEqual(reading(got, 'Q2'), ['not-held', null, 27]);
  });

  it('ties the list\'s title to the question, not a row that names a month the question lists', () => {
    const got = answersOf(reply, q);
    assert.match(got.get('Q1')!.text, /^Longest waiting patients/);
  });

  it('reads the dated rows below the title as its answer: the latest month\'s figure', () => {
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.value, 318);
    assert.match(got.get('Q1')!.text, /August 2022 318/);
  });
});

describe('a letter that thanks the requester, then sets out each question followed by the response', () => {
  // A committed development set's reply (fictional): "Dear …" / "Thank you for your request. Each of
  // your questions is set out below followed by the Council's response." / "Request: Q1. …" /
  // "Response:" / the answer.
  const root = resolve(__dirname, '../..');
  const q = parseQuestionnaire(readFileSync(resolve(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
  const reply = readFileSync(resolve(root, 'test/quality/blind/crm-blind61/nethercombe-borough.txt'), 'utf8');

  it('reads each response under its own question, not by aligning the letter\'s sentences', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 'Nethercombe Borough Council', 16]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 78940, 20]);
    assert.deepEqual(reading(got, 'Q4a'), ['answered', 11, 32]);
  });
});

describe('a request numbered "Request for information 1:", answered under the same names', () => {
  const request = [
    'Request for information 1: How many agency workers were employed on the housing repairs service in 2023/24?',
    '',
    'Request for information 2: How much was spent on hiring these agency workers in 2023/24 (In pounds and percentage, please.)',
    '',
    'Request for information 3: How did these workers travel to site? I would like a breakdown by van, car and public transport.',
  ].join('\n');
  const q = fromRequest(request);

  it('takes the numbered items as questions 1 to 3, and the sum asked as money though a share is asked beside it', () => {
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
    assert.match(q.byId.get('Q1')!.text ?? '', /^How many agency workers/);
    assert.equal(q.byId.get('Q2')!.type, 'money');
    // A share asked outright is still a percentage.
    assert.equal(fromRequest('1. What percentage of repairs were completed on time?\n2. How many repairs were there?').byId.get('Q1')!.type, 'percent');
  });

  it('reads each answer under its "Request for information N:" label', () => {
    const reply = [
      'Information requested',
      '',
      ...request.split('\n'),
      '',
      'Response',
      '',
      'Request for information 1:',
      'The service employed 37 agency workers in 2023/24.',
      '',
      'Request for information 2:',
      '£412,880.50 (less than 2% of the repairs budget) was spent on agency workers in 2023/24.',
      '',
      'Request for information 3:',
      'The council does not hold this information.',
    ].join('\n');
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q1'), ['answered', 37, 12]);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 412880.5, 15]);
    assert.deepEqual(reading(got, 'Q3'), ['not-held', null, 18]);
  });
});

describe('a table that splits a question of two asks into two rows, the first row its first clause', () => {
  const q = fromRequest([
    'I am requesting the following information:',
    '- What information is held on the political affiliation of board members',
    '- The current annual cost of press and media for your organisation, and the total number of personnel employed to handle press and media for your organisation',
    '- What guidelines have been issued to your organisation by the Government on press releases',
  ].join('\n'));
  const reply = [
    'Question |',
    'Response |',
    'What information is held on the political affiliation of board members |',
    'This is published in our register of interests. |',
    'The current annual cost of press and media handling for your organisation |',
    'We do not incur press or media handling costs specifically. |',
    'The total number of personnel employed to handle press and media for your organisation |',
    'We do not have any personnel employed to handle press and media. |',
    'What guidelines have been issued to your organisation by the Government on press releases |',
    'We have not had any guidance on press releases. |',
  ].join('\n');

  it('finds the second question by its first clause, and reads "we do not incur … costs" as none', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q2'), ['answered', 0, 6]);
    assert.equal(got.get('Q1')?.line, 4);
    assert.doesNotMatch(got.get('Q1')!.text, /annual cost/);
  });

  it('takes a row that goes on past the clause\'s words for an answer, not the question quoted', () => {
    const got = answersOf(reply.replace('This is published in our register of interests. |', 'The current annual cost of press and media for your organisation does not bear on this; see our register of interests. |'), q);
    assert.equal(got.get('Q1')?.line, 4);
    assert.equal(got.get('Q2')?.line, 6);
  });

  it('reads "We do not incur …" as none only where it opens the answer', () => {
    const cost = q.byId.get('Q2')!;
    assert.equal(parseValue('The Board does not incur any costs for press officers.', cost).value, 0);
    assert.notEqual(parseValue('Costs that we do not incur are not recorded by the team.', cost).value, 0);
  });
});

describe('a count asked, answered by a reference to an answer that gives the count among other figures', () => {
  const q = fromRequest([
    'Please provide:',
    '- What is the annual budget of the Night Economy Unit?',
    '- Of this budget, what is the total staffing budget?',
    "- How many people work in the Night Economy Unit's team?",
  ].join('\n'));
  const reply = [
    'Our response',
    '1. There is no separate team budget; the programme budget is £180k in 2023/24.',
    '2. The staffing budget for the 4 permanent members of staff who work on the programme is £212k for 2023/24.',
    '3. Please see response to question 2. Directors are also supported by the Executive Office.',
  ].join('\n');

  it('takes the count from the answer referred to, and only offers it', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q3'), ['answered', 4, 4]);
    assert.equal(got.get('Q3')?.from, 'Q2');
    assert.ok(got.get('Q3')!.confidence < 0.95, `confidence ${got.get('Q3')!.confidence}`);
  });
});

describe('two questions quoted on one line, the second\'s number right after the first\'s words, one answer below', () => {
  const request = [
    '1) How often have physical restraints been used in the hospital in each of the past three years 2) How often were police called to an incident involving restraint in each of the past three years?',
    '',
    '3) Number of patients discharged from the ward in each year',
  ].join('\n');
  const q = fromRequest(request);
  const reply = [
    'Please find below responses to the questions you raised.',
    '',
    request.split('\n')[0],
    '',
    'Year Restraints Police called 2021 to 2022 212 4 2022 to 2023 230 6 2023 to 2024 251 5',
    '',
    '3) Number of patients discharged from the ward in each year 2021 88 2022 91 2023 97',
  ].join('\n');

  it('finds the second question\'s label in the middle of the line', () => {
    const got = answersOf(reply, q);
    assert.equal(got.get('Q2')?.line, 5);
  });

  it('gives the first question the answer below them both, offered', () => {
    const got = answersOf(reply, q);
    assert.deepEqual([got.get('Q1')?.status, got.get('Q1')?.line], ['answered', 5]);
    assert.match(got.get('Q1')!.why ?? '', /quoted with Q2/);
    assert.ok(got.get('Q1')!.confidence < 0.95, `${got.get('Q1')!.confidence}`);
  });

  it('leaves a question quoted on a line of its own above the next without the answer below the next', () => {
    const apart = reply.replace(' 2) How often were police', '\n2) How often were police');
    assert.equal(answersOf(apart, q).get('Q1'), undefined);
  });

  it('takes no words after a number for the next question unless they are its words', () => {
    const other = reply.replace(/ 2\) How often were police[^\n]*/, ' 2) How often were the figures checked: see below.');
    assert.equal(answersOf(other, q).get('Q2'), undefined);
  });
});

describe('a count and a sum quoted on one line over one table of both', () => {
  const request = [
    '1) How many public health funerals has the council arranged each year? 2) How much money has the council spent on public health funerals each year?',
    '',
    '3) What was the most expensive funeral the council arranged?',
  ].join('\n');
  const q = fromRequest(request);
  const reply = [
    'In response to your request, the Council responds as follows:',
    '',
    request.split('\n')[0],
    '',
    'Financial Year Number of funerals Total Cost (£) 2021/2022 14 16,204.50 2022/2023 19 21,880.00 2023/2024 12 15,310.25',
    '',
    '3) What was the most expensive funeral the council arranged? The most expensive was £2,310.',
  ].join('\n');

  it('auto-codes neither when both read the same figure from it', () => {
    const got = answersOf(reply, q);
    assert.equal(got.get('Q1')?.line, 5);
    assert.equal(got.get('Q2')?.line, 5);
    assert.equal(got.get('Q1')?.value, got.get('Q2')?.value);
    assert.ok(got.get('Q1')!.confidence < 0.95 && got.get('Q2')!.confidence < 0.95, `${got.get('Q1')!.confidence} ${got.get('Q2')!.confidence}`);
  });
});

describe('three questions quoted one under another, then one refusal written for them all', () => {
  const request = [
    'How many patients were treated for diabetes by your trust each year since 2018?',
    '',
    'How many of these patients in each year paid the trust for their treatment, personally or through an insurer?',
    '',
    'What was the total amount of money raised in this way for each year?',
    '',
    'How many patients for each year were ordinary NHS patients, whose care was free at the point of delivery?',
    '',
    'How many designated diabetes clinics does your trust run?',
  ].join('\n');
  const q = fromRequest(request);
  const quoted = request.split('\n\n');
  const reply = [
    `${quoted[0]} The number of patients treated each year: 2022: 3,120 patients. 2023: 3,402 patients.`,
    '',
    quoted[1],
    '',
    quoted[2],
    '',
    quoted[3],
    '',
    'The information requested is not held centrally, and to obtain it patient records would have to be checked by hand. Therefore, the cost of compliance would exceed the appropriate limit under Section 12 of the Freedom of Information Act.',
    '',
    `${quoted[4]} The Trust runs two dedicated clinics.`,
  ].join('\n');

  it('gives the refusal to each of the questions quoted above it', () => {
    const got = answersOf(reply, q);
    for (const id of ['Q2', 'Q3', 'Q4']) assert.deepEqual([got.get(id)?.status, got.get(id)?.exemption, got.get(id)?.line], ['refused', 's12', 9], id);
  });

  it('leaves them unanswered when the refusal opens on its own question\'s subject', () => {
    const own = reply.replace('The information requested is not held centrally, and', 'Figures for ordinary NHS patients are not held centrally, and the information requested is exempt;');
    const got = answersOf(own, q);
    assert.equal(got.get('Q2'), undefined);
    assert.equal(got.get('Q3'), undefined);
  });

  it('gives no figure below them to the questions above it', () => {
    const figure = reply.replace(/The information requested is not held centrally[^\n]*/, 'There were 412 such patients in 2023.');
    const got = answersOf(figure, q);
    assert.equal(got.get('Q2'), undefined);
    assert.equal(got.get('Q3'), undefined);
  });

  it('leaves one question with no answer of its own, above another\'s, unanswered', () => {
    const one = reply.replace(`${quoted[1]}\n\n`, '');
    assert.equal(answersOf(one, q).get('Q3'), undefined);
  });

  it('takes no such answer from the requester\'s words below a request quoted whole', () => {
    const asked = reply.replace(/The information requested is not held centrally[^\n]*/, 'If any of this information is already published, a link to where it can be found would be very helpful.');
    const got = answersOf(asked, q);
    assert.equal(got.get('Q2'), undefined);
    assert.equal(got.get('Q3'), undefined);
  });
});

describe('a prose letter under topic headings, each section answering several questions in sentences', () => {
  const q = fromRequest([
    '1. What is the full name of the council?',
    '2. How many people live in the council\'s area?',
    '3. How many public libraries does the council run?',
    '4. How many of those libraries open on Sundays?',
    '5. How many mobile library vehicles does the council operate?',
    '6. What was the council\'s total spend on libraries in 2023/24?',
    '7. How much of that spend was on new book stock?',
    '8. How many library staff (FTE) does the council employ?',
    '9. Does the council run a home delivery service for housebound readers?',
  ].join('\n'));
  const reply = [
    'Dear Mr Hale,',
    '',
    'I set out the information below as a letter rather than against each question.',
    '',
    'About the Council',
    'The council\'s full name is Brackenfold Borough Council.',
    'About 118,400 people live in the borough.',
    '',
    'Library buildings',
    'The council runs 11 public libraries across the borough.',
    'Of these, 3 open on Sundays during the summer months.',
    'Two mobile library vehicles visit the villages every fortnight.',
    '',
    'Spending',
    'The total spend on libraries in 2023/24 was £2.84 million.',
    'New book stock accounted for £212,500 of that spend.',
    '',
    'Library staff',
    'The service employs 46.5 FTE library staff.',
    'A home delivery service for housebound readers is run with volunteers.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('ties the sentences of each section to the questions its heading does not name', () => {
    const got = answersOf(reply, q);
    assert.deepEqual(reading(got, 'Q2').slice(0, 2), ['answered', 118400]);
    assert.deepEqual(reading(got, 'Q4'), ['answered', 3, 11]);
    assert.deepEqual(reading(got, 'Q7'), ['answered', 212500, 16]);
  });
});

describe('a prose sentence that names questions by their condition: "the questions for councils without one do not apply"', () => {
  const q = fromRequest([
    '1. Does the council run a food bank referral scheme?',
    '2. If the council runs a referral scheme:',
    'a) How many referrals were made in 2023/24?',
    'b) Which agencies can make referrals?',
    '3. If the council does not run a referral scheme:',
    'a) Has a scheme ever been considered?',
    'b) Why was a scheme not set up?',
    '4. How many staff work on food poverty?',
  ].join('\n'));
  const reply = (sentence: string): string => [
    'Dear Ms Ansell,',
    '',
    'Thank you for your request. I set out the council\'s response as a letter.',
    '',
    'The council does run a food bank referral scheme, started in 2019. In 2023/24 the scheme made 1,240 referrals to local food banks. Referrals can be made by housing officers, GPs, schools and advice agencies.',
    '',
    sentence,
    '',
    'Two officers in the financial inclusion team work on food poverty.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('gives the heading whose "not" the sentence agrees with, and its parts, not applicable at that sentence', () => {
    const got = answersOf(reply('As we run a scheme, the questions for councils without one do not apply.'), q);
    for (const id of ['Q3a', 'Q3b']) assert.deepEqual([got.get(id)?.status, got.get(id)?.line], ['not-applicable', 7], id);
    assert.deepEqual(reading(got, 'Q2a').slice(0, 2), ['answered', 1240]);
    assert.deepEqual(reading(got, 'Q4').slice(0, 2), ['answered', 2]);
  });

  it('names no heading when the questions it speaks of have no words of their own', () => {
    const got = answersOf(reply('As we run a scheme, some questions do not apply.'), q);
    assert.notEqual(got.get('Q3a')?.line, 7);
    assert.notEqual(got.get('Q2a')?.status, 'not-applicable');
  });
});
