// Suggestions at the edges of their rules, as the coder sees them: the whole-request refusal
// read without a questionnaire (which paragraph, which depth, how long), the confidence of a
// shared or far-below answer, parts lettered on their number's line (order, unknown letters,
// lines, an earlier answer of their own), values split over the sentences of a range, a
// council's answer lead, and a reply the engine cannot analyse.
import { strict as assert } from 'node:assert';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire } from '../../src/core/types';

const Q = parseQuestionnaire(`version: 1
questions:
  - id: Q4
    text: Which supplier?
  - id: Q6
    text: Staffing
    type: number
  - id: Q6a
    text: How many drivers?
    type: number
  - id: Q6b
    text: How many loaders?
    type: number
  - id: Q6c
    text: How many clerks?
    type: number
  - id: Q7a
    text: How many claims were received?
    type: number
  - id: Q7b
    text: How many claims were paid?
    type: number
`).questionnaire!;

const REFUSAL = 'We are refusing the whole request under section 12 because the cost of compliance would exceed the appropriate limit.';

/** Each suggestion as [id, status, value, line, text]. */
const brief = (text: string, q: Questionnaire | null = Q) => analyzeReply(text, q).answers.map((a) => [a.id, a.status, a.value, a.line, a.text]);

describe('suggestions at the edges of their rules (suggest.ts)', () => {
  describe('a refusal of the whole request, read without a questionnaire', () => {
    it('refuses every labelled question with the paragraph’s exemption, line, offsets, confidence and reason', () => {
      const text = `${REFUSAL}\n\nQ1\nQ2\nYours sincerely`;
      const r = analyzeReply(text, null);
      assert.deepEqual(
        r.answers.map((a) => [a.id, a.status, a.exemption, a.value, a.line, a.start, a.end, a.confidence, a.reason]),
        ['Q1', 'Q2'].map((id) => [id, 'refused', 's12', null, 1, 0, REFUSAL.length, 0.55, 'whole request refused: "section 12" → s12']),
      );
      assert.equal(r.answers[0]!.text, REFUSAL);
    });

    it('takes the first refusing paragraph, after a thank-you, and points at its line', () => {
      const text = `Thank you for your request.\n\n${REFUSAL}\n\nQ1\nQ2\nYours sincerely`;
      assert.deepEqual(
        analyzeReply(text, null).answers.map((a) => [a.id, a.line, a.start, a.end]),
        [
          ['Q1', 3, 29, 29 + REFUSAL.length],
          ['Q2', 3, 29, 29 + REFUSAL.length],
        ],
      );
    });

    it('reads only the least quoted paragraphs: a refusal in the quoted request does not count', () => {
      assert.deepEqual(brief(`> ${REFUSAL}\n\nShort note, s12.\n\nQ1\nQ2\nYours sincerely`, null), []);
      assert.deepEqual(brief(`> We are refusing the whole request.\n\n${REFUSAL}\n\nQ1\nQ2\nYours sincerely`, null).map((a) => [a[0], a[1], a[3]]), [
        ['Q1', 'refused', 3],
        ['Q2', 'refused', 3],
      ]);
    });

    it('counts a refusing paragraph of 40 characters, not one of 39', () => {
      const forty = 'We are refusing the request: section 14.';
      assert.equal(forty.length, 40);
      assert.deepEqual(brief(`${forty}\n\nQ1\nQ2\nYours sincerely`, null).map((a) => [a[0], a[1]]), [
        ['Q1', 'refused'],
        ['Q2', 'refused'],
      ]);
      assert.deepEqual(brief(`${forty.slice(0, -1)}\n\nQ1\nQ2\nYours sincerely`, null), []);
    });

    it('refuses nothing when no paragraph refuses, or when there is no paragraph at all', () => {
      assert.deepEqual(brief('Thank you for your request, which we have read with care.\n\nQ1\nQ2\nYours sincerely', null), []);
      assert.deepEqual(brief('The information is not held by the council, as no record of this is kept.\n\nQ1\nQ2\nYours sincerely', null), []);
      assert.deepEqual(brief('Q1\nQ2\nYours sincerely', null), []);
    });
  });

  describe('confidence read without a questionnaire', () => {
    it('gives an answer shared by a range nine tenths of its own confidence', () => {
      assert.deepEqual(analyzeReply('Q1. Not held\n', null).answers.map((a) => a.confidence), [0.95]);
      assert.deepEqual(analyzeReply('Q1-Q2. Not held\n', null).answers.map((a) => [a.id, a.confidence]), [
        ['Q1', 0.86],
        ['Q2', 0.86],
      ]);
    });

    it('lowers the confidence of an answer found more than six lines below its label, not of one six lines below', () => {
      assert.deepEqual(analyzeReply('Q1.\n\n\n\n\n\n\nNot held', null).answers.map((a) => [a.line, a.confidence]), [[8, 0.81]]);
      assert.deepEqual(analyzeReply('Q1.\n\n\n\n\n\nNot held', null).answers.map((a) => [a.line, a.confidence]), [[7, 0.95]]);
    });
  });

  describe('parts lettered on their number’s line', () => {
    it('does not split at letters out of order, even when the questionnaire knows the later letter', () => {
      assert.deepEqual(brief('Q6. (a) 20; (c) 130\n'), [['Q6', 'answered', 20, 1, '(a) 20; (c) 130']]);
    });

    it('stops at a letter the questionnaire does not know: the last known part keeps the rest', () => {
      assert.deepEqual(brief('Q6. 150 in all; (a) 20; (b) 130; (c) 5; (d) 7\n'), [
        ['Q6', 'answered', 150, 1, '150 in all'],
        ['Q6a', 'answered', 20, 1, '20'],
        ['Q6b', 'answered', 130, 1, '130'],
        ['Q6c', 'answered', 5, 1, '5; (d) 7'],
      ]);
    });

    it('gives each part the line it is on when the answer wraps', () => {
      assert.deepEqual(brief('Q6. 150 in all;\nthat is (a) 20; (b) 130\n'), [
        ['Q6', 'answered', 150, 1, '150 in all;\nthat is'],
        ['Q6a', 'answered', 20, 2, '20'],
        ['Q6b', 'answered', 130, 2, '130'],
      ]);
    });

    it('lets a part lettered later in the reply win over the part’s own earlier answer', () => {
      assert.deepEqual(brief('Q6b. 140\n\nQ6. 150 in all; (a) 20; (b) 130\n'), [
        ['Q6', 'answered', 150, 3, '150 in all'],
        ['Q6a', 'answered', 20, 3, '20'],
        ['Q6b', 'answered', 130, 3, '130'],
      ]);
    });

    it('gives a part with nothing after its letter no suggestion, and drops separators at a part’s end', () => {
      assert.deepEqual(brief('Q6. 150 in all; (a) ; (b) 130\n'), [
        ['Q6', 'answered', 150, 1, '150 in all'],
        ['Q6b', 'answered', 130, 1, '130'],
      ]);
      assert.deepEqual(brief('Q6. 150 in all; (a) 20; ; (b) 130\n').map((a) => a[4]), ['150 in all', '20', '130']);
    });

    it('looks for the letters only in the first 600 characters of the answer', () => {
      const text = `Q6. ${'x'.repeat(600)} (a) 20; (b) 130\n`;
      assert.deepEqual(brief(text).map((a) => [a[0], a[4]]), [['Q6', `${'x'.repeat(600)} (a) 20; (b) 130`]]);
    });
  });

  describe('one answer for several questions', () => {
    it('gives each question of a range the figure of its own sentence, skipping sentences without one', () => {
      assert.deepEqual(brief('Q7a-Q7b. We received 312 claims. Thank you. A payment was made on 41 of them.\n').map((a) => [a[0], a[2]]), [
        ['Q7a', 312],
        ['Q7b', 41],
      ]);
    });

    it('splits the sentences after two spaces too', () => {
      assert.deepEqual(brief('Q7a-Q7b. We received 312 claims.  A payment was made on 41 of them.\n').map((a) => [a[0], a[2]]), [
        ['Q7a', 312],
        ['Q7b', 41],
      ]);
    });

    it('gives each part of a number asked only in parts the same answer when it cannot be split ("7. Not held.")', () => {
      assert.deepEqual(brief('7. Not held.\n'), [
        ['Q7a', 'not-held', null, 1, 'Not held.'],
        ['Q7b', 'not-held', null, 1, 'Not held.'],
      ]);
    });
  });

  describe('a council’s lead before the answer ("LBC response:")', () => {
    it('reads the answer after the lead, but keeps a lead followed by no word or figure', () => {
      assert.deepEqual(brief('Q4. LBC response: Acme Ltd\n', null), [['Q4', 'answered', 'Acme Ltd', 1, 'LBC response: Acme Ltd']]);
      assert.deepEqual(brief('Q4. LBC response: –\n', null), [['Q4', 'answered', 'LBC response: -', 1, 'LBC response: –']]);
    });
  });

  describe('a reply that cannot be analysed', () => {
    it('reports "analysis-failed" at 1:1 with the file, and no answers, when the questionnaire object is broken', () => {
      const broken = { questions: null } as unknown as Questionnaire;
      const r = analyzeReply('Q1. 5\n', broken, { file: 'r.txt' });
      assert.deepEqual([r.council, r.markers, r.answers], [null, [], []]);
      assert.equal(r.problems.length, 1);
      const p = r.problems[0]!;
      assert.deepEqual([p.severity, p.code, p.line, p.column, p.file], ['error', 'analysis-failed', 1, 1, 'r.txt']);
      assert.match(p.message, /^could not analyse the reply: \S/);
    });
  });

  describe('statuses that carry an exemption', () => {
    it('gives a partly refused answer its value and exemption', () => {
      const [a] = analyzeReply('Q1. We hold 12 contracts. The values are withheld under section 43.\n', null).answers;
      assert.deepEqual([a!.status, a!.value, a!.exemption, a!.confidence], ['partial', 'We hold 12 contracts.', 's43', 0.65]);
    });

    it('keeps the exemption of an answer that points to published information (section 21)', () => {
      const [a] = analyzeReply('Q1. Please see our website, under section 21 the information is reasonably accessible: https://x.example\n', null).answers;
      assert.deepEqual([a!.status, a!.value, a!.exemption], ['signposted', null, 's21']);
    });

    it('refuses the whole request from a partly refusing paragraph, and from a refusal that names no exemption', () => {
      const partly = analyzeReply('We hold 12 contracts. The values are withheld under section 43.\n\nQ1\nQ2\nYours sincerely', null).answers;
      assert.deepEqual(
        partly.map((a) => [a.id, a.status, a.exemption, a.confidence, a.reason]),
        ['Q1', 'Q2'].map((id) => [id, 'refused', 's43', 0.39, 'whole request refused: value given; "section 43" → s43']),
      );
      const unnamed = analyzeReply('We have decided to refuse your request in full.\n\nQ1\nQ2\nYours sincerely', null).answers;
      assert.deepEqual(
        unnamed.map((a) => [a.id, a.status, a.exemption, a.confidence, a.reason]),
        ['Q1', 'Q2'].map((id) => [id, 'refused', 'other', 0.33, 'whole request refused: withheld, no exemption named']),
      );
    });
  });

  describe('the reading as a whole', () => {
    const H = parseQuestionnaire(`version: 1
questions:
  - id: Q4
    text: Which supplier?
  - id: Q6
    text: Staffing
    heading: true
  - id: Q6a
    text: How many drivers?
    type: number
  - id: Q6b
    text: How many loaders?
    type: number
  - id: Q7a
    text: How many claims were received?
    type: number
  - id: Q7b
    text: How many claims were paid?
    type: number
`).questionnaire!;

    it('reports no variant for a reply that asks every question under its own label', () => {
      assert.equal(analyzeReply('Q4. Acme\n', H).variant, null);
    });

    it('splits parts lettered on the last line of a reply without a final newline, and gives the heading its own text', () => {
      const r = analyzeReply('Q6. (a) 20; (b) 130', H);
      assert.deepEqual(
        r.answers.map((a) => [a.id, a.status, a.value, a.line, a.start, a.end, a.text]),
        [
          ['Q6', 'not-applicable', null, 1, 4, 19, '(a) 20; (b) 130'],
          ['Q6a', 'answered', 20, 1, 8, 10, '20'],
          ['Q6b', 'answered', 130, 1, 16, 19, '130'],
        ],
      );
    });

    it('gives each part of a number asked in parts the sentence with its own figure, on the line that sentence is on', () => {
      const r = analyzeReply('7. We received 312 claims.\nA payment was made on 41 of them.\n', H);
      assert.deepEqual(
        r.answers.map((a) => [a.id, a.value, a.line, a.start, a.end, a.text]),
        [
          ['Q7a', 312, 1, 3, 26, 'We received 312 claims.'],
          ['Q7b', 41, 2, 27, 60, 'A payment was made on 41 of them.'],
        ],
      );
    });
  });

  describe('a reply numbered by position, not by the questionnaire’s ids', () => {
    const R = parseQuestionnaire(`version: 1
questions:
  - id: Q1a
    text: How many parking permits were issued?
    type: number
  - id: Q1b
    text: How many parking permits were cancelled?
    type: number
  - id: Q2
    text: Which company runs the enforcement contract?
  - id: Q3
    text: What did the enforcement contract cost?
    type: money
  - id: Q4
    text: How many wardens patrol the town centre?
    type: number
  - id: Q5
    text: Do wardens patrol at night?
    type: yes-no
`).questionnaire!;
    const text = [
      '1. Parking permits issued: 412',
      '2. Parking permits cancelled: 37',
      '3. The company that runs the enforcement contract is Parkwise Ltd',
      '4. The enforcement contract cost was £120,000',
      '5. Wardens who patrol the town centre: 6',
      '6. Wardens patrol at night: Yes',
      'Q9. Something else entirely',
      '',
    ].join('\n\n');

    it('gives each number the question at that position, and drops a label the questionnaire does not have', () => {
      const r = analyzeReply(text, R);
      assert.deepEqual(r.markers.map((m) => `${m.ids.join(',')} ${m.label}`), ['Q1a 1.', 'Q1b 2.', 'Q2 3.', 'Q3 4.', 'Q4 5.', 'Q5 6.']);
      assert.deepEqual(
        r.answers.map((a) => [a.id, a.value, a.line]),
        [
          ['Q1a', 412, 1],
          ['Q1b', 37, 3],
          ['Q2', 'The company that runs the enforcement contract is Parkwise Ltd', 5],
          ['Q3', 120000, 7],
          ['Q4', 6, 9],
          ['Q5', 'Yes', 11],
        ],
      );
    });
  });

  describe('a council copy that leaves a question out and moves the rest up', () => {
    const M = parseQuestionnaire(`version: 1
questions:
  - id: Q1
    text: How many parking permits were issued last year?
    type: number
  - id: Q2
    text: How many parking permits were cancelled last year?
    type: number
  - id: Q3
    text: Which company runs the parking enforcement contract?
  - id: Q4
    text: What did the parking enforcement contract cost?
    type: money
  - id: Q5
    text: How many wardens patrol the town centre at night?
    type: number
  - id: Q6
    text: Other matters
    heading: true
`).questionnaire!;
    const text = [
      'Q1. How many parking permits were issued last year?\n412',
      'Q2. Which company runs the parking enforcement contract?\nParkwise Ltd',
      'Q3. What did the parking enforcement contract cost?\n£120,000',
      'Q4. How many wardens patrol the town centre at night?\nSee our answer to Q2.',
      '',
    ].join('\n\n');

    it('labels each quoted question by its words, reports the one left out (not the heading), and follows the council’s numbers in a cross-reference', () => {
      const r = analyzeReply(text, M);
      assert.deepEqual(r.variant, { notAsked: ['Q2'], relabelled: { Q2: 'Q3', Q3: 'Q4', Q4: 'Q5' } });
      assert.deepEqual(r.markers.map((m) => `${m.ids.join(',')} ${m.label}`), ['Q1 Q1.', 'Q3 Q2.', 'Q4 Q3.', 'Q5 Q4.']);
      assert.deepEqual(
        r.answers.map((a) => [a.id, a.status, a.value, a.line, a.reason]),
        [
          ['Q1', 'answered', 412, 2, 'a figure'],
          ['Q3', 'answered', 'Parkwise Ltd', 5, 'text'],
          ['Q4', 'answered', 120000, 8, 'a figure'],
          ['Q5', 'unclear', null, 11, 'refers to Q3, which gives no number'],
        ],
      );
    });
  });

  describe('cross-references between answers', () => {
    const X = parseQuestionnaire(`version: 1
questions:
  - id: Q1
    text: What is the population?
    type: number
  - id: Q2
    text: How many residents?
    type: number
`).questionnaire!;

    it('gives an answer that refers to another question, or to the one above, that question’s value', () => {
      assert.deepEqual(
        analyzeReply('Q1. 12,000\nQ2. see our answer to q1\n', X).answers.map((a) => [a.id, a.status, a.value, a.reason]),
        [
          ['Q1', 'answered', 12000, 'a figure'],
          ['Q2', 'answered', 12000, 'as Q1: a figure'],
        ],
      );
      assert.deepEqual(
        analyzeReply('Q1. 12,000\nQ2. As above\n', X).answers.map((a) => [a.id, a.value]),
        [
          ['Q1', 12000],
          ['Q2', 12000],
        ],
      );
    });
  });
});
