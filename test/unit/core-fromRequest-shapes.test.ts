// `foi-coder init --from-request` on whole request texts, in the shapes councils and requesters
// write them: what the researcher finds in the new questionnaire (each question's id, text, type,
// unit, parent, heading, routing) and what the file's header says was assumed or left out.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import type { Question } from '../../src/core/types';

/** What init gives for a request: the questions (without `order`, which their position says), the assumptions and the lines not taken. */
function init(lines: readonly string[]) {
  const r = questionnaireFromRequest(lines.join('\n'));
  const questions = r.questionnaire.questions.map((q, i) => {
    assert.equal(q.order, i);
    const { order: _order, ...rest } = q;
    return rest;
  });
  return { questions, assumptions: r.assumptions, notTaken: r.notTaken, title: r.questionnaire.title, codes: r.questionnaire.codes, yaml: r.yaml };
}
type Q = Omit<Question, 'order'>;

describe('core: init from a request — whole requests in the shapes they are written', () => {
  it('one paragraph numbered "1) …; 2) …; and 3) …": three questions, without the joiners, typed number, money and yes-no', () => {
    const r = init([
      'Dear Sir or Madam,',
      '',
      'Under the Freedom of Information Act 2000, please tell me: 1) how many parking permits did the council issue in 2024; 2) what is the annual charge for a resident permit; and 3) does the council offer a discount for electric vehicles?',
      '',
      'Yours faithfully,',
      'Tamsin Quarrell',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', type: 'number', text: 'how many parking permits did the council issue in 2024' },
      { id: 'Q2', type: 'money', text: 'what is the annual charge for a resident permit' },
      { id: 'Q3', type: 'yes-no', text: 'does the council offer a discount for electric vehicles?' },
    ] satisfies Q[]);
    assert.deepEqual(r.assumptions, []);
    assert.deepEqual(r.notTaken, []);
  });

  it('"1." to "10." under a preamble: ten questions, a wrapped one joined, "If No, go to question 7" routing Q6, and a stray question above the list reported with its line', () => {
    const r = init([
      'From: Pell Arkwright <pell@example.org>',
      'Subject: FOI request - Allotments',
      '',
      'Dear Brackenridge District Council,',
      '',
      'Can you also tell me who I should contact about this?',
      '',
      'Please provide the following information for the financial year 2023/24:',
      '',
      '1. How many allotment plots does the council manage?',
      '2. How many people are on the waiting list for a plot, as at 1 April',
      '2024?',
      '3. What is the average waiting time in months for a plot?',
      '4. What is the annual rent for a standard (10 rod) plot?',
      '5. Does the council employ an allotments officer?',
      'If No, go to question 7',
      '6. How many hours a week does the officer work on allotments?',
      '7. Which associations manage sites on the council\'s behalf?',
      '8. What percentage of plots were vacant on 1 April 2024?',
      '9. In what year was the allotment strategy last reviewed?',
      '10. Please list the sites that have a water supply.',
      '',
      'Yours faithfully,',
      'Pell Arkwright',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', type: 'number', text: 'How many allotment plots does the council manage?' },
      { id: 'Q2', type: 'number', text: 'How many people are on the waiting list for a plot, as at 1 April 2024?' },
      { id: 'Q3', type: 'duration', unit: 'months', text: 'What is the average waiting time in months for a plot?' },
      { id: 'Q4', type: 'money', text: 'What is the annual rent for a standard (10 rod) plot?' },
      { id: 'Q5', type: 'yes-no', text: 'Does the council employ an allotments officer?' },
      { id: 'Q6', type: 'number', text: 'How many hours a week does the officer work on allotments?', when: { Q5: 'yes' } },
      { id: 'Q7', type: 'text', text: 'Which associations manage sites on the council\'s behalf?' },
      { id: 'Q8', type: 'percent', text: 'What percentage of plots were vacant on 1 April 2024?' },
      { id: 'Q9', type: 'year', text: 'In what year was the allotment strategy last reviewed?' },
      { id: 'Q10', type: 'text', text: 'Please list the sites that have a water supply.' },
    ] satisfies Q[]);
    assert.equal(r.title, 'Allotments');
    assert.deepEqual(r.assumptions, [
      'Read the routing "If No, go to question 7" (line 16) as: Q6 asked when Q5 is yes.',
      'Line 6 looks like a question but was not taken: "Can you also tell me who I should contact about this?".',
    ]);
    assert.deepEqual(r.notTaken, [{ line: 6, text: 'Can you also tell me who I should contact about this?' }]);
  });

  it('numbered headings with a)/(a)/a. parts: a short title and a line ending in a colon become headings, a question over its parts stays a question, and "If so" under it is routed', () => {
    const r = init([
      'Dear Information Governance Team,',
      '',
      'I would like to request the following under the Freedom of Information Act.',
      '',
      '1. Homelessness assessments',
      'a) How many homelessness applications did the council receive in 2024?',
      'b) How many of those were accepted as owed the main duty?',
      '',
      '2. Temporary accommodation:',
      '(a) How many households were in temporary accommodation on 31 March 2024?',
      '(b) What was the total spend on bed and breakfast accommodation in 2023/24?',
      '(c) What is the longest stay, in weeks, of a family in bed and breakfast?',
      '',
      '3. Please state whether the council has a rough sleeping strategy.',
      'a. If so, when was it published?',
      'b. Who is the lead officer?',
      '',
      'Many thanks,',
      'Corin Vale',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', type: 'text', text: 'Homelessness assessments', heading: true },
      { id: 'Q1a', type: 'number', text: 'How many homelessness applications did the council receive in 2024?', parent: 'Q1' },
      { id: 'Q1b', type: 'number', text: 'How many of those were accepted as owed the main duty?', parent: 'Q1' },
      { id: 'Q2', type: 'text', text: 'Temporary accommodation:', heading: true },
      { id: 'Q2a', type: 'number', text: 'How many households were in temporary accommodation on 31 March 2024?', parent: 'Q2' },
      { id: 'Q2b', type: 'money', text: 'What was the total spend on bed and breakfast accommodation in 2023/24?', parent: 'Q2' },
      { id: 'Q2c', type: 'duration', unit: 'weeks', text: 'What is the longest stay, in weeks, of a family in bed and breakfast?', parent: 'Q2' },
      { id: 'Q3', type: 'yes-no', text: 'Please state whether the council has a rough sleeping strategy.' },
      { id: 'Q3a', type: 'year', text: 'If so, when was it published?', parent: 'Q3', when: { Q3: 'yes' } },
      { id: 'Q3b', type: 'text', text: 'Who is the lead officer?', parent: 'Q3' },
    ] satisfies Q[]);
    assert.deepEqual(r.assumptions, ['Q3a starts "If so": taken to depend on Q3 (the previous yes-no question) being yes.']);
    assert.deepEqual(r.notTaken, []);
    assert.match(r.yaml, /- id: Q2\n {4}text: "?Temporary accommodation:"?\n {4}heading: true\n/);
  });

  it('items (i)–(iv) in roman numerals: Q1–Q4 without the list joiners, each keeping its numeral as its label, and a sentence saying how "(iii)", "iii." and "3." are read', () => {
    const r = init([
      'Dear Council,',
      '',
      'Please provide, for each of the last three financial years:',
      '',
      '(i) the number of penalty charge notices issued for parking offences;',
      '(ii) the income received from those notices;',
      '(iii) the percentage of notices cancelled on appeal; and',
      '(iv) whether enforcement is carried out by a contractor.',
      '',
      'Regards,',
      'Ffion Dray',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', label: 'i', type: 'number', text: 'the number of penalty charge notices issued for parking offences' },
      { id: 'Q2', label: 'ii', type: 'money', text: 'the income received from those notices' },
      { id: 'Q3', label: 'iii', type: 'percent', text: 'the percentage of notices cancelled on appeal' },
      { id: 'Q4', label: 'iv', type: 'yes-no', text: 'whether enforcement is carried out by a contractor.' },
    ] satisfies Q[]);
    assert.deepEqual(r.assumptions, [
      'The request labels its items with roman numerals: (i)–(iv) are read as Q1–Q4. A council\'s answer labelled "(iii)", "iii." or "3." is read as Q3.',
    ]);
  });

  it('a table with a Ref column: each row\'s reference is the id, its text cell the question (a wrapped row joined), typed from the bracketed unit', () => {
    const r = init([
      'Dear Sir/Madam,',
      '',
      'Please complete the table below.',
      '',
      '| Ref | Information requested | Response |',
      '|-----|------------------------|----------|',
      '| 1 | Number of public toilets the council maintains (at 1 April 2024) | |',
      '| 2 | Annual cleaning contract cost (£) | |',
      '|   | for all sites combined | |',
      '| 3 | Distance of the furthest toilet from the depot (km) | |',
      '| 4 | Are any toilets open 24 hours? (Yes/No) | |',
      '',
      'Thank you.',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', type: 'number', text: 'Number of public toilets the council maintains (at 1 April 2024)' },
      { id: 'Q2', type: 'money', text: 'Annual cleaning contract cost (£) for all sites combined' },
      { id: 'Q3', type: 'number', unit: 'km', text: 'Distance of the furthest toilet from the depot (km)' },
      { id: 'Q4', type: 'yes-no', text: 'Are any toilets open 24 hours? (Yes/No)' },
    ] satisfies Q[]);
    assert.deepEqual(r.assumptions, [
      'The request is a table: the reference number of each row (line 7 to line 11) is taken as the question id (Q1–Q4) and the row\'s text as the question.',
    ]);
  });

  it('unnumbered lines that ask something (a bullet, a wrapped line): Q1–Q4 in order, the framing and sign-off left out, and a sentence naming their lines', () => {
    const r = init([
      'Dear Marlow Fen Borough Council,',
      '',
      'I am writing to make a request under the Freedom of Information Act 2000.',
      '',
      'How many street lights does the council own?',
      'What was spent on street light maintenance in 2023/24, including',
      'energy costs for the year.',
      'Please provide a copy of the street lighting policy.',
      '- Does the council dim lights between midnight and 5am?',
      '',
      'This request is for information held on 1 April 2024.',
      '',
      'Yours sincerely,',
      'Ada Penhallow',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', type: 'number', text: 'How many street lights does the council own?' },
      { id: 'Q2', type: 'money', text: 'What was spent on street light maintenance in 2023/24, including energy costs for the year.' },
      { id: 'Q3', type: 'text', text: 'Please provide a copy of the street lighting policy.' },
      { id: 'Q4', type: 'yes-no', text: 'Does the council dim lights between midnight and 5am?' },
    ] satisfies Q[]);
    assert.deepEqual(r.assumptions, [
      'The request does not number its questions: took the 4 lines that ask something (line 5 to line 9) as Q1–Q4, in order. Check them, and number them as the councils will quote them if you can.',
    ]);
    assert.deepEqual(r.notTaken, []);
  });

  it('a reply quoting the request with ">": the quoted list is read, non-yes/no routing stays in the text, a question just under the list is not reported, but the requester\'s own re-quote of Q1 further down is', () => {
    const r = init([
      'On 3 March 2024, Records Team wrote:',
      '> Thank you for your request, which we have logged.',
      '>',
      '> Subject: Freedom of Information request - Grass cutting',
      '>',
      '> Q1. How many times a year are verges cut?',
      '> Q2. Who carries out the work?',
      '> (If the council, answer Q3; if a contractor, answer Q4)',
      '> Q3. How many staff are employed on it?',
      '> Q4. What is the value of the contract?',
      '>',
      '> Why does the council not cut more often?',
      '',
      'Dear Records Team,',
      'Q1. How many times a year are verges cut?',
      'Twice, in May and September.',
    ]);
    assert.deepEqual(r.questions.map((q) => [q.id, q.text]), [
      ['Q1', 'How many times a year are verges cut?'],
      ['Q2', 'Who carries out the work? (If the council, answer Q3; if a contractor, answer Q4)'],
      ['Q3', 'How many staff are employed on it?'],
      ['Q4', 'What is the value of the contract?'],
    ]);
    assert.equal(r.title, 'Grass cutting');
    assert.deepEqual(r.notTaken, [{ line: 15, text: 'Q1. How many times a year are verges cut?' }]);
    assert.deepEqual(r.assumptions, ['Line 15 looks like a question but was not taken: "Q1. How many times a year are verges cut?".']);
  });

  it('routing on the question line and conditions in the wording: "If not", "If you answered yes to Q1", "If the answer to question 4 is no", and one naming a missing question', () => {
    const r = init([
      'Dear FOI Officer,',
      '',
      'Q1. Does the council operate a garden waste collection service? (if Yes answer Q2, if No answer Q4)',
      'Q2. What is the annual charge for the service?',
      'Q3. How many households subscribed in 2024?',
      'Q4. If not, does the council plan to introduce one?',
      'Q5. If you answered yes to Q1, how many collection rounds are there?',
      'Q6. If the answer to question 4 is no, why not?',
      'Q7. If yes to Q12, which depot is used?',
      '',
      'Kind regards',
    ]);
    assert.deepEqual(r.questions, [
      { id: 'Q1', type: 'yes-no', text: 'Does the council operate a garden waste collection service?' },
      { id: 'Q2', type: 'money', text: 'What is the annual charge for the service?', when: { Q1: 'yes' } },
      { id: 'Q3', type: 'number', text: 'How many households subscribed in 2024?' },
      { id: 'Q4', type: 'yes-no', text: 'If not, does the council plan to introduce one?', when: { Q1: 'no' } },
      { id: 'Q5', type: 'number', text: 'If you answered yes to Q1, how many collection rounds are there?', when: { Q1: 'yes' } },
      { id: 'Q6', type: 'text', text: 'If the answer to question 4 is no, why not?', when: { Q4: 'no' } },
      { id: 'Q7', type: 'text', text: 'If yes to Q12, which depot is used?' },
    ] satisfies Q[]);
    assert.deepEqual(r.assumptions, ['Q7 depends on Q12, which is not in the request; that condition is ignored.']);
  });
});
