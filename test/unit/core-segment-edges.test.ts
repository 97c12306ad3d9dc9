// Segmentation at the edges of its rules, as the researcher sees it: the exact answer text of each
// question with its line:column, for layouts one character either side of a rule (a routing line
// of exactly 160 characters, a greeting of 119 or 120), reworded or restated questions, column
// gaps, page breaks, and which of two occurrences of a question wins in a thread.
import { strict as assert } from 'node:assert';
import { messageHeaders, messageOf, parseDate } from '../../src/core/segment';

import { answers, context } from '../support/segmentFixture';

const padTo = (s: string, n: number): string => s + 'x'.repeat(n - s.length);

describe('core: segmentation at the edges of its rules (segment.ts)', () => {
  describe('lines that end an answer', () => {
    it('ends an answer at the request’s code-list name even with a colon after it ("Park obstacles:")', () => {
      assert.deepEqual(answers('Q2. 14 gardeners\nPark obstacles:\nmore'), ['Q2 1:5 14 gardeners']);
    });

    it('runs an answer on through a word that only glues the code-list name together ("Parkobstacles")', () => {
      assert.deepEqual(answers('Q2. 14 gardeners\nParkobstacles\nmore'), ['Q2 1:5 14 gardeners\nParkobstacles\nmore']);
    });

    it('ends an answer at a greeting to the council of 119 characters, not at one of 120', () => {
      const short = padTo('Copy to: Dear Fernhill Council ', 119);
      assert.deepEqual(answers(`Q2. 14 gardeners\n${short}\nmore`), ['Q2 1:5 14 gardeners']);
      const long = padTo('Copy to: Dear Fernhill Council ', 120);
      assert.deepEqual(answers(`Q2. 14 gardeners\n${long}\nmore`), [`Q2 1:5 14 gardeners\n${long}\nmore`]);
    });
  });

  describe('routing lines of the request between a question and its answer', () => {
    it('skips a routing line of exactly 160 characters', () => {
      const routing = padTo('If yes go to Q5 ', 160);
      assert.equal(routing.length, 160);
      assert.deepEqual(answers(`Q4. Does the council use volunteers?\n${routing}\nYes`), ['Q4 3:1 Yes']);
    });

    const ROUTING = ['(  if yes, go to Q5', '(answer Q5 if  so)', '(if so, see question 5)', '(if not, Q5a applies)'];
    for (const line of ROUTING) {
      it(`skips the routing line ${JSON.stringify(line)} and takes the line below as the answer`, () => {
        assert.deepEqual(answers(`Q4. Does the council use volunteers?\n${line}\nYes`), ['Q4 3:1 Yes']);
      });
    }
  });

  describe('where the quoted question ends', () => {
    it('reads an unquoted reply line below a quoted, wrapped question as the answer, not as the question going on', () => {
      assert.deepEqual(answers('> Q2. How many staff work\nIn the parks team we have 14 staff.'), ['Q2 2:1 In the parks team we have 14 staff.']);
    });

    it('under a label alone, reads "Yes, the council uses volunteers." whole as the answer', () => {
      assert.deepEqual(answers('Question 4\nYes, the council uses volunteers.'), ['Q4 2:1 Yes, the council uses volunteers.']);
    });

    it('after the question’s "?" takes an answer that ends with a full stop ("14 in all.")', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team? 14 in all.'), ['Q2 1:44 14 in all.']);
    });

    it('takes the answer after a dash that follows a shortened question, with or without spaces around the dash', () => {
      assert.deepEqual(answers('Q1. Name of the council – Fernhill District Council'), ['Q1 1:27 Fernhill District Council']);
      assert.deepEqual(answers('Q1. Name of the council–Fernhill District Council'), ['Q1 1:25 Fernhill District Council']);
    });

    it('takes the answer after the whole question restated without "?" or a separator', () => {
      assert.deepEqual(answers('Q1 What is the name of the council Fernhill District Council'), ['Q1 1:36 Fernhill District Council']);
    });

    it('takes the answer after the whole question restated without "?", when the answer ends with a full stop', () => {
      assert.deepEqual(answers('Q1 What is the name of the council Fernhill District Council.'), ['Q1 1:36 Fernhill District Council.']);
    });

    it('takes the answer after a restated question missing one of its five words ("Does council use volunteers Yes")', () => {
      assert.deepEqual(answers('Q4 Does council use volunteers Yes'), ['Q4 1:32 Yes']);
    });

    it('takes the answer after a space-separated "?" ("… parks team ? 14")', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team ? 14'), ['Q2 1:45 14']);
    });

    it('follows a question that skips several of its words ("What was spent in 2023?")', () => {
      assert.deepEqual(answers('Q3. What was spent in 2023? £4,500'), ['Q3 1:29 £4,500']);
    });

    it('after a shortened question ending with "?", reads the rest of the question on the next line only when it matches closely', () => {
      assert.deepEqual(answers('Q3. What was the total spend?\nOn park benches in 2023: £4,500'), ['Q3 2:26 £4,500']);
      assert.deepEqual(answers('Q3. What was the total spend?\nOn park benches: £4,500'), ['Q3 2:18 £4,500']);
      assert.deepEqual(answers('Q3. What was the total spend on park benches?\nIn 2023: £4,500'), ['Q3 2:10 £4,500']);
      assert.deepEqual(answers('Q3. What was the total spend?\nPark benches cost £4,500 in 2023.'), ['Q3 2:1 Park benches cost £4,500 in 2023.']);
    });

    it('skips a reworded question on the label’s line (its words out of order) and takes the next line', () => {
      assert.deepEqual(answers('Q2. Parks team staff, how many?\n14'), ['Q2 2:1 14']);
      assert.deepEqual(answers('Q2. Parks team staff count?\n14'), ['Q2 2:1 14']);
    });
  });

  describe('where the answer starts and ends', () => {
    it('skips a line holding only a dash between the question and its answer', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n–\n14'), ['Q2 3:1 14']);
    });

    it('takes a word on the last line of the reply, under the question, as the answer', () => {
      assert.deepEqual(answers('Q4. Does the council use volunteers?\nYes'), ['Q4 2:1 Yes']);
    });

    it('reads the answer from an "Answer:" line under a label of 60 characters, not under one of 61', () => {
      const label60 = 'Parks team staff counted by grade and by site for this retur';
      assert.equal(label60.length, 60);
      assert.deepEqual(answers(`Q2. ${label60}\nAnswer: 14`), ['Q2 2:9 14']);
      assert.deepEqual(answers(`Q2. ${label60}n\nAnswer: 14`), [`Q2 1:5 ${label60}n\nAnswer: 14`]);
    });

    it('runs an inline answer after the question on into the next line', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team? 14 gardeners\nand 6 apprentices'), ['Q2 1:44 14 gardeners\nand 6 apprentices']);
    });

    it('runs the answer after a column gap on into the next line when the left column is a two-word label', () => {
      assert.deepEqual(answers('Q2  Parks staff    14 gardeners\nand 6 apprentices'), ['Q2 1:20 14 gardeners\nand 6 apprentices']);
    });

    it('does not carry an answer that ends with a full stop inside quotation marks across a page break', () => {
      const text = 'Q3. What was the total spend on park benches in 2023?\nThe spend was “£4,500.”\n\nPage 1 of 2\n\nOther text.';
      assert.deepEqual(answers(text), ['Q3 2:1 The spend was “£4,500.”']);
    });

    it('carries a sentence with a decimal point in it across a page break', () => {
      const text = 'Q3. What was the total spend on park benches in 2023?\nThe spend in 2023 was £4.5k, and\n\nPage 1 of 2\n\n£500 more in 2024.';
      assert.deepEqual(answers(text), ['Q3 2:1 The spend in 2023 was £4.5k, and\n\nPage 1 of 2\n\n£500 more in 2024.']);
    });
  });

  describe('dates and message headers', () => {
    it('reads month names in capitals ("5 SEPTEMBER 2018", "SEPT 5, 2018")', () => {
      assert.equal(parseDate('Sent: 5 SEPTEMBER 2018'), Date.UTC(2018, 8, 5));
      assert.equal(parseDate('Sent: SEPT 5, 2018'), Date.UTC(2018, 8, 5));
    });

    it('does not take a "From:" line of more than 300 characters for a header', () => {
      assert.deepEqual(messageHeaders(context(`From: ${'x'.repeat(300)}\nSent: 1 March 2024`)), []);
    });

    it('marks as a review only the message whose own lines say so, not the message before it', () => {
      const h = messageHeaders(context('==========\nhello\n\n==========\nInternal review\n'));
      assert.deepEqual(h.map((x) => [x.line, x.review]), [
        [0, false],
        [3, true],
      ]);
    });

    it('puts a reply written below a quoted message in the top message, and the quoted lines in the quoted one', () => {
      const text = 'Hello\n\n> From: a\n> Q2. 10\n\nQ2. 12';
      const headers = messageHeaders(context(text));
      assert.deepEqual(headers.map((x) => [x.line, x.depth]), [[2, 1]]);
      assert.equal(messageOf(headers, 0, 0), -1, 'above the quoted header');
      assert.equal(messageOf(headers, 3, 1), 0, 'the quoted answer');
      assert.equal(messageOf(headers, 5, 0), -1, 'the reply below it, at depth 0');
    });

    it('does not take a quoted line saying "internal review" as the message’s own', () => {
      const h = messageHeaders(context('==========\n> Internal review of the case\n'));
      assert.deepEqual(h.map((x) => [x.line, x.depth, x.review]), [[0, 0, false]]);
    });
  });

  describe('which occurrence wins', () => {
    it('takes the reply written below a quoted message over the quoted answer (bottom-posting)', () => {
      assert.deepEqual(answers('> From: a\n> Q2. 10\n\nQ2. 12'), ['Q2 4:5 12']);
    });

    it('takes the undated reply above a dated quoted message over the quoted answer (top-posting)', () => {
      assert.deepEqual(answers('Q2. 12\n\nFrom: parks\nSent: 1 March 2024\n\nQ2. 10'), ['Q2 1:5 12']);
    });

    it('between two banner-separated messages of the same date, takes the later one', () => {
      const text = '==========\nDate: 1 March 2024\n\nQ2. 10\n\n==========\nDate: 1 March 2024\n\nQ2. 12';
      assert.deepEqual(answers(text), ['Q2 9:5 12']);
    });

    it('keeps an inline answer that points below ("reasons given below") over the later section explaining it', () => {
      const text = 'Q2. Not held – reasons given below\n\nQ4. Yes\n\nQ2. The team is shared with highways, so no count is kept.';
      assert.deepEqual(answers(text), ['Q2 1:5 Not held – reasons given below', 'Q4 3:5 Yes']);
    });

    it('takes the later section when the earlier answer pointing below is not on the label’s line', () => {
      const text = 'Q2. How many staff work in the parks team?\nNot held, see below\n\nQ2. The team is shared with highways.';
      assert.deepEqual(answers(text), ['Q2 4:5 The team is shared with highways.']);
    });

    it('takes the later answer when the one pointing below is quoted at another depth', () => {
      assert.deepEqual(answers('> Q2. Not held – see below\n\nQ2. 12'), ['Q2 3:5 12']);
    });

    it('does not read "see below" in the next question’s answer as the earlier answer pointing down', () => {
      assert.deepEqual(answers('Q2. 14\nQ4. Yes – details below\n\nQ2. 16'), ['Q2 4:5 16', 'Q4 2:5 Yes – details below']);
    });
  });
});
