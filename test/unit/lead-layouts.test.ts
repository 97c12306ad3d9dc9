// Two layouts found by scoring a blind set (crm-blind2) after the session's tuning, fixed with
// general rules: Word's pasted bullet lists, and a cost refusal whose decision comes after the
// reasons, with the reasons listed per question.
import { strict as assert } from 'node:assert';
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';

import type { Questionnaire } from '../../src/core/types';

const request = () =>
  questionnaireFromRequest(
    ['Q1. How many allotment sites does the council own?', 'Q2. How many plots are let?', 'Q3. What was the income from plot rents in 2023/24?', 'Q4. Does the council keep a waiting list?'].join('\n'),
  ).questionnaire;

describe('layouts: Word bullets and a cost refusal reasoned per question', () => {
  // Built before each test (not when the file loads), so that a mutation run sees which test reaches which code.
  let q!: Questionnaire;
  beforeEach(() => (q = request()));

  it('reads labels after Word bullets padded with NBSPs, first level "·" and second level "o"', () => {
    const nb = '\u00a0';
    const reply = [`·${nb}${nb}${nb}${nb} Q1 – 12 sites`, `o${nb}${nb}${nb} Q2 – 340`, `·${nb}${nb} Q3 – £18,200`, `o\tQ4 – Yes`].join('\r\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value, a.line]);
    assert.deepEqual(got, [
      ['Q1', 'answered', 12, 1],
      ['Q2', 'answered', 340, 2],
      ['Q3', 'answered', 18200, 3],
      ['Q4', 'answered', 'Yes', 4],
    ]);
  });

  it('does not take "o" the word, or a bullet with no space after it, for a bullet', () => {
    assert.deepEqual(analyzeReply('o Q1 – 12 sites', q).answers.map((a) => a.id), []);
  });

  it('spreads a cost refusal over every question when the decision follows the reasons, and the reasons name questions with figures', () => {
    const reply = [
      'Dear Ms Adeyemi,',
      '',
      'You asked:',
      '    Q1. How many allotment sites does the council own?',
      '    Q2. How many plots are let?',
      '    Q3. What was the income from plot rents in 2023/24?',
      '    Q4. Does the council keep a waiting list?',
      '',
      'Section 12 of the Freedom of Information Act allows the Council to refuse a request where the cost of compliance would exceed the appropriate limit of £450, or 18 hours of work.',
      '',
      '  * Questions 1 and 2: site records are kept by each of our 9 area offices; collating them would take about 14 hours.',
      '  * Question 3: rents are not coded separately; we would need to check some 2,300 receipts at 1 minute each.',
      '',
      'Taken together this is well over 50 hours. The Council is therefore not obliged to comply with any part of your request.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const got = analyzeReply(reply, q).answers;
    assert.deepEqual(got.map((a) => [a.id, a.status, a.exemption, a.value]), [
      ['Q1', 'refused', 's12', null],
      ['Q2', 'refused', 's12', null],
      ['Q3', 'refused', 's12', null],
      ['Q4', 'refused', 's12', null],
    ]);
  });

  it('keeps answers given outside the refusal: a reply that answers and refuses one question is not a whole-request refusal', () => {
    const reply = [
      'Q1 – 12 sites',
      'Q2 – 340',
      'Q3 – refused under section 12: the cost of finding the rents would exceed the appropriate limit.',
      'Q4 – Yes',
    ].join('\n');
    const got = analyzeReply(reply, q).answers.map((a) => [a.id, a.status, a.value]);
    assert.deepEqual(got, [
      ['Q1', 'answered', 12],
      ['Q2', 'answered', 340],
      ['Q3', 'refused', null],
      ['Q4', 'answered', 'Yes'],
    ]);
  });
});
