// Layouts found by scoring blind sets crm-blind7 and crm-blind8 (written by helpers who never read
// the engine), each fixed with a general rule: a fixed-width table whose reference column is set
// apart by spaces ("4a    41"), and a letter grouped under paragraph titles that name the
// questions each paragraph answers ("Online services (questions 6a to 7)"), whose answers are
// offered, never auto-coded. The replies are for a fictional community libraries survey.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseValue } from '../../src/core/values';
import { isBoilerplate } from '../../src/core/classify';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import type { Questionnaire } from '../../src/core/types';
import { LIBRARIES_YAML as YAML, markerLines } from '../support/libraries-survey';

const rows = (reply: string, q: Questionnaire) => analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value, a.line]);

describe('layouts from blind sets 7 and 8', () => {
  let q!: Questionnaire;
  beforeEach(() => (q = parseQuestionnaire(YAML).questionnaire!));

  it('reads a fixed-width schedule below a letter that numbers its own sections', () => {
    const reply = [
      'Dear Ms Ferrars,',
      '',
      '1. Your request',
      '',
      '1.1 You asked about our libraries.',
      '',
      '2. Findings',
      '',
      '2.1 The earlier answer to question 2a was wrong.',
      '',
      '3. Revised response',
      '',
      'No.   Response',
      '----  ------------------------------',
      '1     14 libraries',
      '2a    Yes',
      '2b    12% of members',
      '2c    31 volunteers',
      '3     No',
      '',
      '4. Your rights',
      '',
      'You may complain to the Information Commissioner.',
    ].join('\n');
    assert.deepEqual(rows(reply, q).slice(0, 5), [
      ['Q1', 'answered', 14, 15],
      ['Q2a', 'answered', 'Yes', 16],
      ['Q2b', 'answered', 12, 17],
      ['Q2c', 'answered', 31, 18],
      ['Q3', 'answered', 'No', 19],
    ]);
    // A figure followed by spaces in running text is no label: it needs the run of a column.
    assert.deepEqual(markerLines('We opened  14 branches.\n\n2023  was a good year.', q), []);
  });

  it('reads paragraphs under titles that name their questions, and offers their answers without auto-coding them', () => {
    const reply = [
      'Dear Mr Osei,',
      '',
      'Our answers are grouped by subject below.',
      '',
      'Branches (question 1)',
      '',
      'The council runs 14 libraries across the borough.',
      '',
      'Home delivery (questions 2a to 2c, and 10)',
      '',
      'We run a home delivery service, used by 12% of members and delivered by 31 volunteers.',
      'Two of the vehicles are mobile libraries.',
      '',
      'Yours sincerely,',
      'Records Team',
    ].join('\n');
    assert.deepEqual(markerLines(reply, q), ['5:Q1', '9:Q2a+Q2b+Q2c+Q10']);
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.filter((a) => a.id === 'Q1' || a.id === 'Q2c').map((a) => [a.id, a.status, a.value, a.line]), [
      ['Q1', 'answered', 14, 7],
      ['Q2c', 'answered', 31, 11],
    ]);
    for (const a of got) assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `${a.id} ${a.confidence}`);
    assert.match(got[0]!.why ?? '', /^prose, line 7/);
    // A sentence of the prose that ends with its question ids is no title.
    assert.deepEqual(markerLines('Dear Mr Osei,\n\nWe hold the figure.\nThe council runs 14 libraries (question 1).\n', q), []);
  });

  it('reads answers given in two languages: a slash inside brackets splits a note, "Y ddau / Both" is Both, "adran 43(2)" no figure', () => {
    const reply = [
      'Cwestiwn 1 / Question 1',
      '14 (amcangyfrif 2017 / 2017 estimate)',
      '',
      'Cwestiwn 6 / Question 6',
      'Y ddau / Both',
      '',
      'Cwestiwn 8 / Question 8',
      "Mae'r wybodaeth wedi'i heithrio o dan adran 43(2). / The information is withheld under section 43(2)",
      '(commercial interests): the contracts are due for renewal in 2026.',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.exemption ?? null, a.value]), [
      ['Q1', 'answered', null, 14],
      ['Q6', 'answered', null, 'Both'],
      ['Q8', 'refused', 's43', null],
    ]);
    // The exemption's number is no figure whatever word comes before it.
    assert.equal(parseValue('Ni ddatgelir y ffigur o dan adran 43(2).', q.byId.get('Q1')!).value, null);
  });

  it('takes a figure given for part of what was asked, the rest not separable, for partial', () => {
    const reply = [
      'Q8 - £412,300 for library staff. Agency and volunteer costs are paid through creditors and we',
      "can't separate them out.",
      'Q10 - 2. Our other vans are paid for by the county, so I haven\'t included anything for them.',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q8', 'partial', 412300, 1],
      ['Q10', 'partial', 2, 3],
    ]);
    assert.deepEqual(rows('Q8 - £412,300, which covers every cost of the staff.', q), [['Q8', 'answered', 412300, 1]]);
  });

  it('reads a table flattened one cell per line: the next row\'s number ends an answer, "see note A" reads the note, the notes end the last answer', () => {
    const reply = [
      'No.',
      'Question',
      'Response',
      '7',
      'What services do the libraries provide?',
      'Lending, study space and a home library service',
      '8',
      'What was the staff cost of the library service in 2023/24?',
      'Withheld – see note A',
      '9',
      'What was the average time, in working days, between a reservation being made and the book arriving?',
      '6 working days',
      '11',
      'Does the council publish a list of library opening hours?',
      'Yes',
      '',
      'Note A – Question 8',
      'The figure is withheld under section 43(2) of the Act because the staffing contract is',
      'being re-tendered and its release would prejudice the council\'s commercial interests.',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.exemption ?? null, a.value, a.text]), [
      ['Q7', 'answered', null, 'Lending, study space and a home library service', 'Lending, study space and a home library service'],
      ['Q8', 'refused', 's43', null, 'Withheld – see note A'],
      ['Q9', 'answered', null, 6, '6 working days'],
      ['Q11', 'answered', null, 'Yes', 'Yes'],
    ]);
    assert.match(got[1]!.reason ?? '', /^note A: /);
  });

  it('ends the last answer before the letter\'s explainer of "not held", and joins "mil-" / "lion" across a line', () => {
    const reply = [
      'Q8.',
      'The staff cost in 2023/24 was £1.4 mil-',
      'lion, as shown in the accounts.',
      '',
      'Q13.',
      'Adults – most of the lending is to adult members.',
      '',
      'Where we have told you that information is not held, this means that the council does not',
      'record it in a form that can be reported on.',
    ].join('\n');
    assert.deepEqual(rows(reply, q), [
      ['Q8', 'answered', 1400000, 2],
      ['Q13', 'answered', 'Adults - most of the lending is to adult members.', 6],
    ]);
    assert.equal(analyzeReply(reply, q).answers[1]!.status, 'answered');
    assert.ok(isBoilerplate('Please note that the council is not obliged to create new information in order to answer a request.'));
    assert.ok(!isBoilerplate('We do not hold this information.'));
  });

  it('takes an empty answer to a question the reply\'s own answer routes out for not applicable, and never auto-codes it', () => {
    const routed = parseQuestionnaire([
      'version: 1', 'questions:',
      '  - { id: Q1, text: Does the council run a home delivery service?, type: yes-no }',
      '  - { id: Q2, text: If it does, what share of members use it (as a percentage)?, type: percent, when: { Q1: "yes" } }',
      '  - { id: Q3, text: How many volunteers does the council have?, type: number }',
      '',
    ].join('\n')).questionnaire!;
    const reply = 'Q1 - Q2: We do not currently run a home delivery service, so there is no uptake to report.\nQ3 - Not recorded.';
    const got = analyzeReply(reply, routed).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.value, a.reason]), [
      ['Q1', 'answered', 'No', got[0]!.reason],
      ['Q2', 'not-applicable', null, 'routed out: Q1 is No'],
      ['Q3', 'not-held', null, got[2]!.reason],
    ]);
    assert.ok(got[1]!.confidence < DEFAULT_MIN_CONFIDENCE, String(got[1]!.confidence));
    // A row left empty under a heading the reply says does not apply: not applicable, offered only.
    const tabled = parseQuestionnaire([
      'version: 1', 'questions:',
      '  - { id: Q1, text: Does the council run a home delivery service?, type: yes-no }',
      '  - { id: Q2, text: "If the council does not run one:", heading: true, when: { Q1: "no" } }',
      '  - { id: Q2a, text: Has a service ever been considered?, type: yes-no }',
      '  - { id: Q2b, text: Why was it not started?, type: text }',
      '',
    ].join('\n')).questionnaire!;
    const rowsReply = ['No.', 'Question', 'Response', '1', 'Does the council run a home delivery service?', 'Yes', '2', 'If the council does not run one:', 'N/A – we run one (see 1)', '2a', 'Has a service ever been considered?', '2b', 'Why was it not started?'].join('\n');
    const q2a = analyzeReply(rowsReply, tabled).answers.find((a) => a.id === 'Q2a')!;
    assert.equal(q2a.status, 'not-applicable');
    assert.ok(q2a.confidence < DEFAULT_MIN_CONFIDENCE, String(q2a.confidence));
    // Asked (Q1 = Yes), the same words stay unclear.
    const asked = analyzeReply('Q1 - Q2: We run a home delivery service, but there is no uptake to report.', routed).answers;
    assert.deepEqual(asked.map((a) => [a.id, a.status]), [['Q1', 'answered'], ['Q2', 'unclear']]);
  });

  it('reads "ANSWERS 2(b) AND 2(c):", "The answer to this question is yes", and "unable to separate the number" as not held', () => {
    const reply = [
      'ANSWER 1:',
      '14',
      '',
      'ANSWERS 2(b) AND 2(c):',
      'The council is withholding these figures under section 31(1)(a) (the prevention of crime).',
      '',
      'QUESTION 3:',
      'Response: The answer to this question is yes; the council uses kiosks in every branch.',
      '',
      'QUESTION 10:',
      'Vans are shared with the county and the council is unable to separate the number used as mobile libraries.',
    ].join('\n');
    assert.deepEqual(analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.exemption ?? null, a.value, a.line]), [
      ['Q1', 'answered', null, 14, 2],
      ['Q2b', 'refused', 's31', null, 5],
      ['Q2c', 'refused', 's31', null, 5],
      ['Q3', 'answered', null, 'Yes', 8],
      ['Q10', 'not-held', null, null, 11],
    ]);
  });

  it('reads prose that names the questions it answers, "(question 1)" after the answer or "In answer to your question 3," before it', () => {
    const reply = [
      'Dear Mr Osei,',
      '',
      'Rather than repeat your questions, our answers are grouped by subject below.',
      '',
      'Branches. The council runs 14 libraries across the borough (question 1).',
      '',
      'Delivery. We run a home delivery service (question 2a), used by around 12% of members',
      '(question 2b). In answer to your question 3, the council does not use self-service',
      'kiosks. Questions 8 to 9 concern costs: the staff cost in 2023/24 was £1.2m.',
      '',
      'Yours sincerely,',
      'Records Team',
    ].join('\n');
    assert.deepEqual(markerLines(reply, q), []);
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.filter((a) => ['Q1', 'Q2a', 'Q2b', 'Q3'].includes(a.id)).map((a) => [a.id, a.status, a.value, a.line]), [
      ['Q1', 'answered', 14, 5],
      ['Q2a', 'answered', 'Yes', 7],
      ['Q2b', 'answered', 12, 7],
      ['Q3', 'answered', 'No', 8],
    ]);
    assert.deepEqual(got.find((a) => a.id === 'Q8')?.value, 1200000);
    // "Questions 8 to 9 concern …" names both; a short title sentence ("Branches.") is no part of the answer.
    assert.equal(got.find((a) => a.id === 'Q9')?.line, 9);
    assert.match(got[0]!.text, /^The council runs 14 libraries/);
    for (const a of got) assert.ok(a.confidence < DEFAULT_MIN_CONFIDENCE, `${a.id} ${a.confidence}`);
    // A letter that labels its answers keeps its labels: a reference in prose is only a reference.
    const labelled = analyzeReply('1. 14 libraries.\n2a. Yes, as in question 1 (question 2a).\n2b. 12%\n3. No.\n', q).answers;
    assert.deepEqual(labelled.map((a) => [a.id, a.line]), [['Q1', 1], ['Q2a', 2], ['Q2b', 3], ['Q3', 4]]);
    const asides = analyzeReply('1. 14 libraries (see question 8).\n2a. Yes (see question 9).\n2b. 12% (question 10).\n2c. 31\n3. No.\n', q).answers;
    assert.deepEqual(asides.map((a) => a.id), ['Q1', 'Q2a', 'Q2b', 'Q2c', 'Q3']);
  });

  it('takes "These questions do not apply, as … (see question 3)" for not applicable, not for the answer referred to', () => {
    const reply = 'Question 3\nYes.\n\nQuestion 5 (a) – (b)\nThese questions do not apply, as the council uses kiosks (see question 3).';
    assert.deepEqual(rows(reply, q).filter((r) => String(r[0]).startsWith('Q5')), [
      // The range over all the heading's parts covers the heading too.
      ['Q5', 'not-applicable', null, 5],
      ['Q5a', 'not-applicable', null, 5],
      ['Q5b', 'not-applicable', null, 5],
    ]);
  });

  it('offers, never auto-codes, a percentage picked among bare figures none of which is marked as one', () => {
    const question = q.byId.get('Q2b')!;
    assert.deepEqual(parseValue('Northby Council\n86,300\n49\n7', question), { value: 49, unit: '%', confidence: 0.5, inferred: true, several: true });
    assert.deepEqual(parseValue('About 12, we think', question), { value: 12, unit: '%', confidence: 0.5, inferred: true });
    assert.deepEqual(parseValue('12% (up from 9)', question), { value: 12, unit: '%', confidence: 0.9 });
  });

  it('never spreads a refusal of "this part of your request" over the whole request', () => {
    const reply = [
      'Dear Ms Hale,',
      '',
      'The council runs 14 libraries and its staff cost in 2023/24 was £1.2m.',
      '',
      'You asked how long reservations take. To answer this we would need to review some 9,000 records by hand,',
      'which would take well over 18 hours, the appropriate limit. We are therefore not obliged to answer this part of your request.',
      '',
      'Yours sincerely,',
      'Records Team',
    ].join('\n');
    assert.ok(!analyzeReply(reply, q).answers.some((a) => a.reason?.startsWith('whole-request')), JSON.stringify(analyzeReply(reply, q).answers.map((a) => a.reason)));
    // The same words about the request as a whole still refuse it all.
    const whole = reply.replace('answer this part of your request', 'comply with your request');
    assert.ok(analyzeReply(whole, q).answers.filter((a) => a.status === 'refused' && a.exemption === 's12').length >= 10);
  });

  it('takes a heading line that points below ("Breakdown as follows:") for no answer of its own, and reads "**2.1** …"', () => {
    const reply = ['1. 14 libraries.', '', '4) Please see the answers to parts (a) and (b) below.', '**4.1** 2019', '**4.2** £48,000', '', '5. Breakdown as follows:', '5a. Yes', '5b. The cost.'].join('\n');
    const decimal = parseQuestionnaire(YAML.replace('  - id: Q4a\n', '  - id: Q4a\n    label: "4.1"\n').replace('  - id: Q4b\n', '  - id: Q4b\n    label: "4.2"\n')).questionnaire!;
    assert.deepEqual(rows(reply, decimal).filter((r) => ['Q4', 'Q4a', 'Q4b', 'Q5', 'Q5a'].includes(String(r[0]))), [
      ['Q4', 'not-applicable', null, 3],
      ['Q4a', 'answered', 2019, 4],
      ['Q4b', 'answered', 48000, 5],
      ['Q5', 'not-applicable', null, 7],
      ['Q5a', 'answered', 'Yes', 8],
    ]);
  });

  it('reads "None at present; one is due in 2025" as 0, and offers, never auto-codes, an answer read for a heading', () => {
    assert.deepEqual(parseValue('None at present; one is being built (due summer 2025).', q.byId.get('Q10')!), { value: 0, confidence: 0.85 });
    assert.equal(parseValue('3, the last built in 2025.', q.byId.get('Q10')!).value, 3);
    const reply = 'Q4 - The kiosks were bought with a grant and installed by our IT team.\nQ4a - 2019\nQ4b - £48,000';
    const heading = analyzeReply(reply, q).answers.find((a) => a.id === 'Q4')!;
    assert.equal(heading.status, 'answered');
    assert.ok(heading.confidence < DEFAULT_MIN_CONFIDENCE, String(heading.confidence));
  });
});
