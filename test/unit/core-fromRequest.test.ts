// "New questionnaire from request" as the researcher reads its result: each question's id, text,
// type, unit, choices, parent, heading and routing, and the exact sentences the header of
// foi-questionnaire.yaml says about what was assumed (with their line numbers).
import { strict as assert } from 'node:assert';
import { listedChoices, questionnaireFromRequest, splitInlineQuestions } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { Question } from '../../src/core/types';

/** The questions without `order` (their position in the list says it). */
const questions = (text: string): Omit<Question, 'order'>[] =>
  questionnaireFromRequest(text).questionnaire.questions.map((q, i) => {
    assert.equal(q.order, i);
    const { order: _order, ...rest } = q;
    return rest;
  });
const numbered = (lines: readonly string[]): string => lines.map((t, i) => `Q${i + 1}. ${t}`).join('\n');

describe('core: questionnaire from a request — labels and lines', () => {
  it('reads "Question 1:", "Q 2)", "q.3", "Q4(b)", "5. a)" with b) under it, "6.Please", "7 (a)", through a BOM, CRLF, NBSP, tabs and smart quotes', () => {
    const text = '\uFEFFQuestion 1: How many bins?\r\nQ 2) Who empties them?\r\nq.3 What colour are they?\r\nQ4(b) When are they emptied?\r\n5. a) How many lorries?\r\nb) How many crews?\r\n6.Please list the depots.\r\n7 (a) What is the budget?\r\n8a. What\u00a0is\tthe \u2018plan\u2019 \u201cnow\u201d?\r\n';
    assert.deepEqual(questions(text), [
      { id: 'Q1', type: 'number', text: 'How many bins?' },
      { id: 'Q2', type: 'text', text: 'Who empties them?' },
      { id: 'Q3', type: 'text', text: 'What colour are they?' },
      { id: 'Q4b', type: 'text', text: 'When are they emptied?' },
      { id: 'Q5a', type: 'number', text: 'How many lorries?' },
      { id: 'Q5b', type: 'number', text: 'How many crews?' },
      { id: 'Q6', type: 'text', text: 'Please list the depots.' },
      { id: 'Q7a', type: 'money', text: 'What is the budget?' },
      { id: 'Q8a', type: 'text', text: 'What is the \'plan\' "now"?' },
    ]);
  });

  it('splits a paragraph numbered 1), 2), 3) in order into its questions, dropping the "and" between them', () => {
    assert.deepEqual(splitInlineQuestions('Please tell me: 1) how many bins; 2) what colour; and 3) who empties them.'), ['Please tell me:', '1) how many bins', '2) what colour', '3) who empties them.']);
    assert.deepEqual(splitInlineQuestions('1) how many bins 2) what colour'), ['1) how many bins', '2) what colour']);
    assert.deepEqual(splitInlineQuestions('Tell me (1) how many, (2) what, or (3) who'), ['Tell me', '(1) how many', '(2) what', '(3) who']);
  });

  it('leaves a paragraph whole when its numbers do not run 1, 2 … or there is only one', () => {
    assert.deepEqual(splitInlineQuestions('Tell me 1) how many 3) what'), ['Tell me 1) how many 3) what']);
    assert.deepEqual(splitInlineQuestions('only 1) one'), ['only 1) one']);
    assert.deepEqual(splitInlineQuestions('no labels here'), ['no labels here']);
  });

  it('takes a title from the subject line, without RE:/FW: and "Freedom of Information request -"', () => {
    const r = questionnaireFromRequest('Subject: RE: FW: Freedom of Information request - Bins and recycling\n\nQ1. How many bins?\nQ2. Who empties them?');
    assert.equal(r.questionnaire.title, 'Bins and recycling');
    assert.match(r.yaml, /^title: Bins and recycling$/m);
    assert.equal(questionnaireFromRequest('Freedom of Information request: Street lights\nQ1. How many lights?\nQ2. Who maintains them?').questionnaire.title, 'Street lights');
    assert.equal(questionnaireFromRequest('Q1. How many lights?\nQ2. Who maintains them?').questionnaire.title, undefined);
  });
});

describe('core: questionnaire from a request — headings and types', () => {
  it('makes a short title or a line ending in a colon over lettered parts a heading, but not an instruction', () => {
    const text = 'Q1. Bed and breakfast accommodation\nQ1a. How many families?\nQ1b. How long do they stay in days?\nQ2. Staffing:\nQ2a. How many staff?\nQ3. Provide the total\nQ3a. How much?';
    assert.deepEqual(questions(text), [
      { id: 'Q1', type: 'text', text: 'Bed and breakfast accommodation', heading: true },
      { id: 'Q1a', type: 'number', text: 'How many families?', parent: 'Q1' },
      { id: 'Q1b', type: 'duration', text: 'How long do they stay in days?', unit: 'days', parent: 'Q1' },
      { id: 'Q2', type: 'text', text: 'Staffing:', heading: true },
      { id: 'Q2a', type: 'number', text: 'How many staff?', parent: 'Q2' },
      { id: 'Q3', type: 'text', text: 'Provide the total' },
      { id: 'Q3a', type: 'money', text: 'How much?', parent: 'Q3' },
    ]);
    const r = questionnaireFromRequest(text);
    assert.match(r.yaml, /- id: Q1\n {4}text: Bed and breakfast accommodation\n {4}heading: true\n/, 'a heading has no type in the file');
  });

  it('guesses durations with their unit, percentages, money, years, numbers with units, yes-no and text from the wording', () => {
    const cases: [string, Partial<Question>][] = [
      ['What is the average waiting time in weeks?', { type: 'duration', unit: 'weeks' }],
      ['How long, in working days, does it take?', { type: 'duration', unit: 'days' }],
      ['What is the target response time?', { type: 'duration' }],
      ['What is the length of the contract in years?', { type: 'duration', unit: 'years' }],
      ['How many days on average?', { type: 'number' }],
      ['What area in hectares is covered?', { type: 'number', unit: 'ha' }],
      ['What is the population served?', { type: 'number', unit: 'people' }],
      ['How much waste was collected in tonnes?', { type: 'number' }],
      ['How large is the fleet?', { type: 'number' }],
      // ("How many staff, and how much did they cost?" asks two things: init splits it into parts a/b.)
      ['How many staff were paid, and at what cost?', { type: 'number' }],
      ['How much was recovered through rents?', { type: 'money' }],
      ['What is the budget for 2024?', { type: 'money' }],
      ['What were the fees charged?', { type: 'money' }],
      ['What proportion of staff work remotely?', { type: 'percent' }],
      ['When was the depot built?', { type: 'year' }],
      ['Please confirm whether a policy exists.', { type: 'yes-no' }],
      ['Whether a strategy exists?', { type: 'yes-no' }],
      ['Who is the contractor?', { type: 'text' }],
      ['What were the names of the schools?', { type: 'text' }],
      ['What is the name of the manager?', { type: 'text' }],
      ['What is it?', { type: 'text' }],
      ['Do you use Both or Neither?', { type: 'choice', choices: ['Both', 'Neither'] }],
    ];
    const got = questionnaireFromRequest(numbered(cases.map(([t]) => t))).questionnaire;
    cases.forEach(([t, want], i) => {
      const q = got.byId.get(`Q${i + 1}`)!;
      assert.deepEqual({ type: q.type, unit: q.unit, choices: q.choices }, { type: want.type, unit: want.unit, choices: want.choices }, t);
    });
  });

  it('reads the options listed after a colon as choices (semicolons, or commas after "which of the following")', () => {
    assert.deepEqual(listedChoices('Which of the following best describes it: closures planned; no change planned; expansion?'), ['Closures planned', 'No change planned', 'Expansion']);
    assert.deepEqual(listedChoices('Which of the following: red, green, blue?'), ['Red', 'Green', 'Blue']);
    assert.deepEqual(listedChoices('State: red; green; blue.'), ['Red', 'Green', 'Blue']);
    assert.deepEqual(listedChoices('Choose one of: in-house, outsourced'), ['In-house', 'Outsourced']);
  });

  it('reads no listed choices from two options without "which of the following", more than 12, a long option, a question inside, or one option', () => {
    assert.equal(listedChoices('Is it: red; green?'), null);
    assert.equal(listedChoices('x: a; b; c; d; e; f; g; h; i; j; k; l; m'), null);
    assert.equal(listedChoices(`x: a; ${'b'.repeat(81)}; c`), null);
    assert.equal(listedChoices('x: a; b?; c'), null);
    assert.equal(listedChoices('Which of the following: only one?'), null);
    assert.equal(listedChoices('No colon at all; a; b'), null);
  });
});

describe('core: questionnaire from a request — what it says it assumed', () => {
  it('names each gap in the numbering and in the lettered parts, keeping the ids as written', () => {
    const r = questionnaireFromRequest('Q1. How many?\nQ3. How many more?\nQ7. What is it?\nQ8a. What?\nQ8c. Who?\nQ8g. Why?');
    assert.deepEqual(r.questionnaire.questions.map((q) => q.id), ['Q1', 'Q3', 'Q7', 'Q8a', 'Q8c', 'Q8g']);
    assert.deepEqual(r.assumptions, [
      'The numbering skips from Q1 to Q3 (there is no Q2); ids are kept as written.',
      'The numbering skips from Q3 to Q7 (no Q4–Q6); ids are kept as written.',
      'There is no Q8b between Q8a and Q8c; ids are kept as written.',
      'There is no Q8d–Q8f between Q8c and Q8g; ids are kept as written.',
    ]);
  });

  it('keeps a question written twice with the same text once, and says so with both lines', () => {
    const r = questionnaireFromRequest('Q1. How many bins?\nQ1. How many bins?\nQ2. Who?');
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [['Q1', 'How many bins?'], ['Q2', 'Who?']]);
    assert.deepEqual(r.assumptions, ['Q1 appears twice with the same text (line 1 and line 2); kept it once.']);
  });

  it('keeps the first of two different questions with one id when the next id is taken, and quotes the one left out', () => {
    const r = questionnaireFromRequest('Q1. How many bins?\nQ2. What colour?\nQ2. Who empties them?\nQ3. When?');
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [['Q1', 'How many bins?'], ['Q2', 'What colour?'], ['Q3', 'When?']]);
    assert.deepEqual(r.assumptions, ['Q2 is used twice (line 2 and line 3); kept the first and left out the second, "Who empties them?".']);
  });

  it('gives a repeated lettered id the next letter when that one is missing', () => {
    const r = questionnaireFromRequest('Q1a. How many bins?\nQ1a. Who empties them?\nQ2. When?');
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.text]), [['Q1a', 'How many bins?'], ['Q1b', 'Who empties them?'], ['Q2', 'When?']]);
    assert.deepEqual(r.assumptions, ['Q1a is used twice (line 1 and line 2); the second, "Who empties them?", is taken to be Q1b, which is otherwise missing.']);
  });

  it('builds a code list from its heading, says when an item looks re-wrapped, and when a named list is missing', () => {
    const r = questionnaireFromRequest('Q1. Which suppliers? (See "Supplier List" below)\nQ2. Which ones apply? See "Missing List", tick all that apply\n\nSupplier List:\n- acme ltd\n- Bolt plc\nYours faithfully');
    assert.deepEqual(r.questionnaire.codes, { 'supplier-list': ['acme ltd', 'Bolt plc'] });
    assert.deepEqual(questions('Q1. Which suppliers? (See "Supplier List" below)\nQ2. Which ones apply? See "Missing List", tick all that apply\n\nSupplier List:\n- acme ltd\n- Bolt plc\nYours faithfully'), [
      { id: 'Q1', type: 'choice', text: 'Which suppliers? (See "Supplier List" below)', choices: 'supplier-list' },
      { id: 'Q2', type: 'text', text: 'Which ones apply? See "Missing List", tick all that apply' },
    ]);
    assert.deepEqual(r.assumptions, [
      'The list "Supplier List" looks re-wrapped (an item starts in lower case); check its items under codes: supplier-list.',
      'Q2 refers to the list "Missing List", which was not found in the text; Q2 is left as free text.',
    ]);
  });

  it('makes a question with a code list multi-choice when it says "tick all that apply", "select all" or "as many as"', () => {
    for (const ask of ['tick all that apply', 'select all', 'as many as you like']) {
      const r = questionnaireFromRequest(`Q1. Which types? See "Bin Types", ${ask}\nQ2. How many?\n\nBin Types\n\n* Wheelie bins;\n* Sacks,\n`);
      assert.equal(r.questionnaire.byId.get('Q1')!.type, 'multi-choice', ask);
      assert.deepEqual(r.questionnaire.codes, { 'bin-types': ['Wheelie bins', 'Sacks'] }, 'one blank line after the heading, "; ," trimmed');
      assert.deepEqual(r.assumptions, []);
    }
  });

  it('reads routing lines and conditions, and says what it ignored or took on trust, with line numbers', () => {
    const text = 'Q1. How many bins do you have?\n(If yes answer Q2, if no answer Q9)\nQ2. Who empties them?\nQ3. If yes to Q7, when?\nQ4. If not, why not?\nQ5. Do you recycle?\nQ5a. If so, what is the recycling rate of glass?\nQ5b. What is the recycling rate of paper?\nQ5c. Who collects it?';
    const r = questionnaireFromRequest(text);
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.type, q.when]), [
      ['Q1', 'yes-no', undefined],
      ['Q2', 'text', { Q1: 'yes' }],
      ['Q3', 'text', undefined],
      ['Q4', 'text', { Q1: 'no' }],
      ['Q5', 'yes-no', undefined],
      ['Q5a', 'text', { Q5: 'yes' }],
      ['Q5b', 'text', { Q5: 'yes' }],
      ['Q5c', 'text', undefined],
    ]);
    assert.deepEqual(r.assumptions, [
      'The routing "(If yes answer Q2, if no answer Q9)" (line 2) names Q9, which is not in the request; that part is ignored.',
      'Q1 decides the routing on line 2, so it is taken to be a yes-no question.',
      'Q3 depends on Q7, which is not in the request; that condition is ignored.',
      'Q4 starts "If not": taken to depend on Q1 (the previous yes-no question) being no.',
      'Q5a starts "If so": taken to depend on Q5 (the previous yes-no question) being yes.',
      'Q5b follows Q5a on the same subject without a condition of its own; taken to be asked only when Q5 is yes, like Q5a.',
    ]);
  });

  it('reads "If No, go to Q4" as the questions in between asked on Yes, and Q4 for everyone', () => {
    const r = questionnaireFromRequest('Q1. Do you recycle?\nIf No, go to Q4\nQ2. How much glass?\nQ3. How much paper?\nQ4. Who empties bins?');
    assert.deepEqual(r.questionnaire.questions.map((q) => [q.id, q.when]), [['Q1', undefined], ['Q2', { Q1: 'yes' }], ['Q3', { Q1: 'yes' }], ['Q4', undefined]]);
    assert.deepEqual(r.assumptions, ['Read the routing "If No, go to Q4" (line 2) as: Q2–Q3 asked when Q1 is yes.']);
  });

  it('says a condition with no earlier yes-no question is asked of everyone', () => {
    const r = questionnaireFromRequest('Q1. How many bins?\nQ2. If so, who empties them?');
    assert.equal(r.questionnaire.byId.get('Q2')!.when, undefined);
    assert.deepEqual(r.assumptions, ['Q2 starts "If so" but no earlier yes-no question was found; it is asked of everyone.']);
  });

  it('lists a question-like line near the list that was not taken, with its line number', () => {
    const r = questionnaireFromRequest('Dear Council,\nWhat is the meaning of all this?\n\nQ1. How many bins?\nQ2. Who empties them?\n\nThank you?');
    assert.deepEqual(r.notTaken, [{ line: 2, text: 'What is the meaning of all this?' }]);
    assert.deepEqual(r.assumptions, ['Line 2 looks like a question but was not taken: "What is the meaning of all this?".']);
  });

  it('writes every assumption into the YAML header, one per line', () => {
    const r = questionnaireFromRequest('Q1. How many?\nQ3. How many more?');
    assert.ok(r.yaml.startsWith([
      '# Questionnaire built by FOI Coder from the request text. Check the ids, types and routing',
      '# (`when`) against the request before coding replies; edit freely, comments are kept.',
      '',
      '# What was assumed while reading the request:',
      '# - The numbering skips from Q1 to Q3 (there is no Q2); ids are kept as written.',
      'version: 1',
      'questions:',
    ].join('\n')), r.yaml);
    assert.deepEqual(parseQuestionnaire(r.yaml).problems, []);
  });

  it('writes no assumptions section when nothing was assumed, and quotes routing values', () => {
    const r = questionnaireFromRequest('Q1. Do you recycle? (if Yes answer Q2, if No answer Q3)\nQ2. How much glass?\nQ3. Why not?');
    assert.deepEqual(r.assumptions, []);
    assert.doesNotMatch(r.yaml, /What was assumed/);
    assert.match(r.yaml, /when: \{ Q1: "yes" \}/);
    assert.match(r.yaml, /when: \{ Q1: "no" \}/);
  });
});
