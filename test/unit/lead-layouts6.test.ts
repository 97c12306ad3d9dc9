// Layouts found by scoring blind set crm-blind6 (written by a helper who never read the engine),
// each fixed with a general rule: a paragraph answering a range of questions whose clauses name
// the parts they answer ("(13a)", "so question 12 does not apply"), a range that ends at a number
// asked only in parts, "we do not hold the information requested in 4a and 4b" (no whole-request
// statement), "13. – 13d." alone on its line, a yes/no stated in the question's words, "a mixture
// of both", "too many to list" for a list, and "we don't hold …" after a figure. The replies below
// are for a fictional community libraries survey.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { classifyAnswer } from '../../src/core/classify';
import { parseValue } from '../../src/core/values';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { alignClauses } from '../../src/core/rangeClauses';
import type { Questionnaire } from '../../src/core/types';
import { LIBRARIES_YAML as YAML } from '../support/libraries-survey';

const rows = (reply: string, q: Questionnaire) => analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value, a.line]);

describe('layouts from blind set 6', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads a range paragraph whose clauses name the parts they answer, and a heading named as not applying', () => {
    const reply = [
      'Questions 3 to 5: The Council does not use self-service kiosks, so question 4 does not apply. Kiosks were',
      'considered in 2019 (5a) but were not installed because of their cost (5b).',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q3', 'answered', 'No', 1],
      ['Q4', 'not-applicable', null, 1],
      ['Q4a', 'not-applicable', null, 1],
      ['Q4b', 'not-applicable', null, 1],
      ['Q5', 'not-applicable', null, 1],
      ['Q5a', 'answered', 'Yes', 1],
      // One sentence names both parts: each reads it.
      ['Q5b', 'answered', 'Kiosks were considered in 2019 (5a) but were not installed because of their cost (5b).', 1],
    ]);
  });

  it('offers a yes/no stated in the question\'s words, never auto-codes it, and reads a negation before them as No', () => {
    const a = analyzeReply('Questions 3 to 5: The Council does not use kiosks. Kiosks were considered in 2019 (5a), then dropped (5b).', q).answers.find((x) => x.id === 'Q5a')!;
    assert.equal(a.value, 'Yes');
    assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `confidence ${a.confidence}`);
    const question = q.byId.get('Q5a')!;
    assert.deepEqual(parseValue('Kiosks were considered in 2019', question), { value: 'Yes', confidence: 0.6, inferred: true });
    assert.deepEqual(parseValue('Kiosks have never been considered', question), { value: 'No', confidence: 0.6, inferred: true });
    assert.equal(parseValue('The library board met in 2019', question).value, null);
  });

  it('cuts a range paragraph at ", so" and keeps "2b, 2c and 3" together; a yes/no stated as "do not currently run"', () => {
    const reply = 'Questions 2a to 3: We do not currently run a home delivery service, so questions 2b, 2c and 3 do not apply.';
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value, a.text]), [
      ['Q2a', 'answered', 'No', 'We do not currently run a home delivery service'],
      ['Q2b', 'not-applicable', null, 'so questions 2b, 2c and 3 do not apply.'],
      ['Q2c', 'not-applicable', null, 'so questions 2b, 2c and 3 do not apply.'],
      ['Q3', 'not-applicable', null, 'so questions 2b, 2c and 3 do not apply.'],
    ]);
  });

  it('takes "We do not currently have …" for a yes/no\'s clause by its form alone', () => {
    // The clause shares no distinctive word with the question: only its form says it answers yes/no.
    const text = 'We do not currently have one, so questions 2b and 2c do not apply.';
    const clauses = alignClauses(text, 0, text.length, ['Q2a', 'Q2b', 'Q2c'], q)!;
    assert.deepEqual(clauses.map((c) => (c ? text.slice(c.start, c.end) : null)), ['We do not currently have one', 'so questions 2b and 2c do not apply.', 'so questions 2b and 2c do not apply.']);
  });

  it('never gives a part the clause that names another question of the label, and a named heading its clause', () => {
    const reply = 'Questions 3 to 5: We do not use kiosks; question 4 does not apply. Kiosks were considered in 2019 (5a) but not installed.';
    const got = new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a]));
    assert.equal(got.get('Q4')!.text, 'question 4 does not apply.');
    assert.equal(got.get('Q4a')!.status, 'not-applicable');
    assert.equal(got.get('Q4a')!.text, 'question 4 does not apply.');
    assert.equal(got.get('Q5a')!.text, 'Kiosks were considered in 2019 (5a) but not installed.');
    // Without the clause for 4, its year question still never takes the year of the clause naming 5a.
    const text = 'We do not use kiosks. Kiosks were considered in 2019 (5a) but not installed.';
    const clauses = alignClauses(text, 0, text.length, ['Q3', 'Q4a', 'Q5a'], q)!;
    assert.deepEqual(clauses.map((c) => (c ? text.slice(c.start, c.end) : null)), ['We do not use kiosks.', null, 'Kiosks were considered in 2019 (5a) but not installed.']);
  });

  it('takes a range to a number asked only in parts, or ending at a number, with all its parts', () => {
    const reply = ['Questions 1 and 2: We run 14 libraries. A home delivery service runs from each; 6% of members use it. 41 volunteers deliver it.'].join('\n');
    assert.deepEqual(rows(reply, q).map((r) => r.slice(0, 3)), [
      ['Q1', 'answered', 14],
      ['Q2a', 'answered', 'Yes'],
      ['Q2b', 'answered', 6],
      ['Q2c', 'answered', 41],
    ]);
    const through = analyzeReply('Questions 3 to 4: Yes, since 2016. They cost £42,000.', q).answers.map((a) => a.id);
    assert.deepEqual(through, ['Q3', 'Q4', 'Q4a', 'Q4b']);
  });

  it('reads "we do not hold the information requested in 2b and 2c" as those parts\' answer, not a whole-request statement', () => {
    // The statement wraps onto a line of its own: a paragraph outside any label, as a whole-request statement would be.
    const reply = ['Questions 2a to 2c: Yes, we run a home delivery service. We do not record who uses it,', 'so we do not hold the information requested in 2b and 2c.', '', 'Question 1: 9 libraries.'].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q1', 'answered', 9, 4],
      ['Q2a', 'answered', 'Yes', 1],
      ['Q2b', 'not-held', null, 2],
      ['Q2c', 'not-held', null, 2],
    ]);
    // Under a label for some questions, without naming them, it is still theirs alone.
    assert.deepEqual(rows('Questions 2a to 2c: We do not hold the information requested.\n\nQ1: 9.\n\nQ3: No.', q).map((r) => r.slice(0, 2)), [
      ['Q1', 'answered'],
      ['Q2a', 'not-held'],
      ['Q2b', 'not-held'],
      ['Q2c', 'not-held'],
      ['Q3', 'answered'],
    ]);
    // Said of the whole request, it still covers every question.
    const whole = analyzeReply('Dear Ms Rao,\n\nThe Council does not hold the information you have requested.\n\nYours sincerely', q).answers;
    assert.equal(whole.length, q.questions.length);
    assert.ok(whole.every((a) => a.status === 'not-held'));
  });

  it('reads "5. – 5b." alone on its line as a label for the heading and its parts', () => {
    const reply = ['3. Does the council use self-service kiosks?', '    Yes', '', '5. – 5b.', '    Not applicable.'].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q3', 'answered', 'Yes', 2],
      ['Q5', 'not-applicable', null, 5],
      ['Q5a', 'not-applicable', null, 5],
      ['Q5b', 'not-applicable', null, 5],
    ]);
  });

  it('reads "A mixture of both" as the choice Both, when the questionnaire offers it', () => {
    assert.deepEqual(rows('Q6: A mixture of both.', q), [['Q6', 'answered', 'Both', 1]]);
  });

  it('calls "over 100 services, too many to list" unclear for a list, and keeps the count for a number', () => {
    assert.deepEqual(rows('Q7: The libraries provide well over 100 separate services, too many to list here.', q), [['Q7', 'unclear', null, 1]]);
    assert.equal(classifyAnswer('well over 100, too many to list here', q.byId.get('Q1')).status, 'answered');
  });

  it('calls a figure with "we don\'t hold" the rest partial, and "does not hold a kiosk" no not-held', () => {
    assert.deepEqual(rows('Q8: Employees and agency: £1.3m. We don\u2019t hold contractor costs.', q), [['Q8', 'partial', 1300000, 1]]);
    assert.equal(classifyAnswer('No. The Council does not hold a kiosk contract.', q.byId.get('Q3')).status, 'answered');
  });

  describe('second round (other-blind5 and other-blind6, development after their blind scores)', () => {
    it('never takes the requester\'s "If any part would exceed the cost limit, please answer the rest" for the refusal', () => {
      const reply = [
        'Dear Sir or Madam,',
        '',
        '1. How many libraries does the council run?',
        '2. What was the staff cost of the library service in 2023/24?',
        '',
        'If any part of this request would exceed the cost limit, please answer the remaining questions.',
        '',
        'Yours faithfully,',
        'R. Quayle',
        '',
        '-------------------------------------------------------------------',
        '',
        'Dear Mr Quayle,',
        '',
        'The Council is refusing your request under section 12 of the Act, as the cost of complying with it would exceed the appropriate limit.',
      ].join('\n');
      const got = analyzeReply(reply, q).answers;
      assert.ok(got.length > 0 && got.every((a) => a.status === 'refused' && a.exemption === 's12' && a.line === 15), JSON.stringify(got.map((a) => [a.id, a.status, a.line])));
    });

    it('takes the length whose clause carries the question\'s words, and an answer\'s opening figure after a hedge', () => {
      assert.deepEqual(rows('Q9: Our standard is to supply within 10 working days of a request. The average time between a reservation being made and the book arriving was 7 working days.', q), [['Q9', 'answered', 7, 1]]);
      assert.deepEqual(rows('Q9: Approximately 6 working days. Our published target is to supply a reserved book within 10 working days of its reservation.', q), [['Q9', 'answered', 6, 1]]);
    });

    it('reads "Q. … / A. No." with the "A." lead dropped', () => {
      const reply = ['Q. Does the council publish a list of library opening hours?', 'A. No.'].join('\n');
      const wdtk = questionnaireFromRequest('\u2022 How many libraries does the council run?\n\u2022 Does the council publish a list of library opening hours?').questionnaire;
      assert.deepEqual(rows(reply, wdtk), [['Q2', 'answered', 'No', 2]]);
    });

    it('reads a choice first, then where to read more, as the choice; "located in" as an answer, not a pointer', () => {
      assert.deepEqual(rows('Q6: Both. A breakdown of visits by age is published on our website.', q), [['Q6', 'answered', 'Both', 1]]);
      assert.deepEqual(rows('Q13: Our libraries are located in the town centre, Eastgate and the Riverside estate.', q).map((r) => r.slice(0, 2)), [['Q13', 'answered']]);
      assert.equal(classifyAnswer('The figures are located on our website.').status, 'signposted');
    });

    it('offers a number written as a word in prose, the one of the clause with the question\'s words, never auto-coded', () => {
      const got = analyzeReply('Q10: We run two mobile libraries.\n\nQ1: We run fourteen.', q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.value]), [['Q1', 14], ['Q10', 2]]);
      assert.ok(got.every((a) => a.confidence < DEFAULT_MIN_CONFIDENCE), JSON.stringify(got.map((a) => a.confidence)));
      assert.equal(parseValue('The council runs seven libraries; two of these are mobile libraries.', q.byId.get('Q10')).value, 2);
      // "Three weeks" is a length, not a count; a tie between clauses is no answer.
      assert.equal(parseValue('It takes three weeks.', q.byId.get('Q10')).value, null);
      assert.equal(parseValue('The council says seven are open and four of these open late.', q.byId.get('Q10')).value, null);
    });

    it('reads "held by the associations and not by the council" as not held, and beside a figure as partial', () => {
      assert.deepEqual(rows('Q1: 12 libraries run by the council. Figures for the two community libraries are held by the trusts and not by the council.', q), [['Q1', 'partial', 12, 1]]);
      assert.equal(classifyAnswer('Waiting lists are kept by the volunteer representatives, not the council.').status, 'not-held');
      assert.equal(classifyAnswer('Records are held by the council: 45.').status, 'answered');
    });

    it('reads a table flattened one cell per line: "2a" alone on its line is the row\'s reference', () => {
      const reply = [
        'Ref', 'Question', 'Response', '',
        '1', 'How many libraries does the council run?', '14', '',
        '2a', 'Does the council run a home delivery service?', 'Yes', '',
        '2b', 'What share of members use it, as a percentage?', 'Not held', '',
        '2c', 'How many volunteers deliver it?', '41', '',
        '3', 'Does the council use self-service kiosks?', 'No', '',
        '6', 'Are the libraries mainly used by Adults or Children?', 'Adults',
      ].join('\n');
      assert.deepEqual(rows(reply, q), [
        ['Q1', 'answered', 14, 7],
        ['Q2a', 'answered', 'Yes', 11],
        ['Q2b', 'not-held', null, 15],
        ['Q2c', 'answered', 41, 19],
        ['Q3', 'answered', 'No', 23],
        ['Q6', 'answered', 'Adults', 27],
      ]);
      // Not a part the questionnaire asks, or text after it: no label.
      assert.deepEqual(rows('Q1: 14\n\n9z\nNine zeds.', q), [['Q1', 'answered', 14, 1]]);
    });

    it('reads "could not be extracted" beside a figure as partial', () => {
      assert.deepEqual(rows('Q8: £1.35m. This figure is for employees only; agency costs are held within service budgets and could not be extracted.', q), [['Q8', 'partial', 1350000, 1]]);
      assert.equal(classifyAnswer('£1.35m; agency costs couldn\'t be separated.').status, 'partial');
    });

    it('carries an answer on over a page footer printed right under its line, in mid-sentence', () => {
      const reply = [
        'Q8. What was the staff cost of the library service in 2023/24?',
        'Employees: £1.2m. Agency staff booked through the Council\'s',
        'Our ref: LIB/24/118                                                 Page 2 of 3',
        '',
        'framework are paid as suppliers, so we do not hold a figure for agency staff.',
        '',
        'Q9. What was the average time, in working days, between a reservation being made and the book arriving?',
        '6 working days',
      ].join('\n');
      const got = analyzeReply(reply, q).answers;
      assert.deepEqual(got.map((a) => [a.id, a.status, a.value, a.line]), [
        ['Q8', 'partial', 1200000, 2],
        ['Q9', 'answered', 6, 8],
      ]);
      assert.match(got[0]!.text, /so we do not hold a figure for agency staff\.$/);
    });

    it('drops an "A.3" answer lead, so its number is never the value', () => {
      assert.deepEqual(rows('Q.1 How many libraries does the council run?\nA.1 14. Three of these open on Sundays.', q), [['Q1', 'answered', 14, 2]]);
    });

    it('types rates paid as money, and makes a long title over its parts a heading', () => {
      const made = questionnaireFromRequest('1. Hourly rates paid to home library service drivers during the week commencing Monday 7 April 2025\n   a) The lowest hourly rate paid.\n   b) The highest hourly rate paid.').questionnaire;
      assert.deepEqual(made.questions.map((x) => [x.id, x.heading ? 'heading' : x.type]), [['Q1', 'heading'], ['Q1a', 'money'], ['Q1b', 'money']]);
    });

    it('types allowances, contributions and the value of grants or penalties as money', () => {
      const made = questionnaireFromRequest(
        '1. What is the current annual basic allowance for one councillor?\n2. If so, what the annual post-16 contribution is for a student.\n3. What was the average (mean) value of a grant approved?\n4. The total value of the civil penalties imposed.\n5. How many grants were approved?',
      ).questionnaire;
      assert.deepEqual(made.questions.map((x) => x.type), ['money', 'money', 'money', 'money', 'number']);
    });

    it('types "Please provide the month and year in which …" as a year', () => {
      const made = questionnaireFromRequest('1. How many libraries does the council run?\n2. Please provide the month and year in which the opening hours were last revised.').questionnaire;
      assert.equal(made.byId.get('Q2')!.type, 'year');
    });

    it('takes the choices of "… online, on request only, or both." without the full stop', () => {
      const made = questionnaireFromRequest('1. Is the register available online, on request only, or both.\n2. How many entries does it have?').questionnaire;
      assert.deepEqual(made.byId.get('Q1')!.choices, ['Online', 'Request only', 'Both']);
    });

    it('gives every part "not held" when the paragraph says so for either part, whatever figure follows', () => {
      const parts = parseQuestionnaire(
        'version: 1\nquestions:\n  - id: Q1\n    text: Caseload\n    heading: true\n  - id: Q1a\n    text: How many cases were opened in 2024/25?\n    type: number\n  - id: Q1b\n    text: How many cases were closed in 2024/25?\n    type: number\n',
      ).questionnaire!;
      const reply = 'Question 1 \u2013 Caseload\nRecords before October were not migrated, so we do not hold reliable figures for either part of this question. For information, 318 cases were opened between October and March.';
      assert.deepEqual(rows(reply, parts).map((r) => r.slice(0, 3)), [
        ['Q1', 'not-held', null],
        ['Q1a', 'not-held', null],
        ['Q1b', 'not-held', null],
      ]);
    });

    it('follows a reference to an answer of another kind for a value of its own type, or to the figure for its own words', () => {
      const reply = ['Q11: Yes \u2013 the list was last revised in March 2021.', '', 'Q12: See Q11.', '', 'Q1: We run 14 libraries, 3 of which are mobile libraries.', '', 'Q10: See answer to Q1.'].join('\n');
      const got = new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a]));
      assert.deepEqual([got.get('Q12')!.status, got.get('Q12')!.value, got.get('Q12')!.from], ['answered', 2021, 'Q11']);
      assert.deepEqual([got.get('Q10')!.value, got.get('Q1')!.value], [3, 14]);
      // A reference whose target holds nothing of its type stays unclear.
      assert.equal(analyzeReply('Q11: Yes.\n\nQ12: See Q11.', q).answers.find((a) => a.id === 'Q12')!.status, 'unclear');
    });
  });
});
