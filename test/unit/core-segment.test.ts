// Segmentation as the researcher sees it: for each question, the exact text taken as its answer
// and the line it starts on — where the quoted question ends, which prefixes and separators are
// dropped, which lines end an answer, and which message of a thread wins.
import { strict as assert } from 'node:assert';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { chooseAnswers, messageHeaders, paragraphs, parseDate, questionWords, replyLines, segmentContext } from '../../src/core/segment';

import { answers, context } from '../support/segmentFixture';

describe('core: segmentation (segment.ts)', () => {
  describe('the lines of a reply', () => {
    it('gives each line its number, quote depth, content bounds and blankness (CRLF, NBSP, "> >")', () => {
      const text = 'Q1\r\n  > > Fernhill  \n\u00a0\n';
      const shape = replyLines(text).map((l) => [l.index, l.depth, l.blank, text.slice(l.contentStart, l.contentEnd), l.start]);
      assert.deepEqual(shape, [
        [0, 0, false, 'Q1', 0],
        [1, 2, false, 'Fernhill', 4],
        [2, 0, true, '', 21],
        [3, 0, true, '', 23],
      ]);
    });

    it('reads each question’s words in lower case and order, and none for a question without text', () => {
      const q = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n    text: "How MANY staff, in 2023?"\n  - id: Q2\n').questionnaire!;
      const words = questionWords(q);
      assert.deepEqual(words.get('Q1')!.tokens, ['how', 'many', 'staff', 'in', '2023']);
      assert.deepEqual([...words.get('Q1')!.bag].sort(), ['2023', 'how', 'in', 'many', 'staff']);
      assert.deepEqual(words.get('Q2')!.tokens, []);
      assert.deepEqual([...questionWords(null)], []);
    });
  });

  describe('what is dropped before an answer on the label’s line', () => {
    const cases: [string, string][] = [
      ['Q2: 14', '1:5 14'],
      ['Q2 -- : | 14', '1:11 14'],
      ['Q2: -5', '1:5 -5'],
      ['Q2 – -£1,200', '1:6 -£1,200'],
      ['Q2 Response: 14', '1:14 14'],
      ['Q2: Response: A: 14', '1:18 14'],
      ["Q2 The council's answer – 14", '1:27 14'],
      ['Q2 Our response to question 2: 14', '1:32 14'],
      ['Q2 RMBC: 14', '1:10 14'],
      ['Q2 NCC:\t14', '1:9 14'],
      ['Q2 R: 14', '1:7 14'],
    ];
    for (const [line, want] of cases) {
      it(`reads ${JSON.stringify(line)} as the answer at ${want}`, () => {
        assert.deepEqual(answers(line), [`Q2 ${want}`]);
      });
    }

    it('keeps "YES:" and "NO:" as words of the answer, not as a council’s mark', () => {
      assert.deepEqual(answers('Q4 YES: we use 40 volunteers'), ['Q4 1:4 YES: we use 40 volunteers']);
    });

    it('drops table pipes and spaces at the end of an answer cell', () => {
      assert.deepEqual(answers('| Q2 | 14 |  '), ['Q2 1:8 14']);
    });
  });

  describe('where the quoted question ends', () => {
    it('takes the answer after the question’s "?" on the same line', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team? 14 (full-time)'), ['Q2 1:44 14 (full-time)']);
    });

    it('takes the answer after the question and a dash when the question has no "?"', () => {
      assert.deepEqual(answers('Q4 Does the council use volunteers – Yes'), ['Q4 1:38 Yes']);
    });

    it('takes the answer below a question wrapped over two lines, after its "Response:" prefix', () => {
      assert.deepEqual(answers('Q2. How many staff work\nin the parks team?\nResponse: 14'), ['Q2 3:11 14']);
    });

    it('takes the answer below the question after blank lines', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n\n\n14 staff'), ['Q2 4:1 14 staff']);
    });

    it('takes a line opening with a figure the question does not hold as the answer itself', () => {
      assert.deepEqual(answers('Q2. 14 staff work in the parks team.'), ['Q2 1:5 14 staff work in the parks team.']);
    });

    it('takes a figure the question does hold as part of the question ("2023")', () => {
      assert.deepEqual(answers('Q3. 2023 total spend on park benches? £4,500'), ['Q3 1:39 £4,500']);
    });

    it('under a label alone, takes a sentence with a new figure and no "?" as the answer', () => {
      assert.deepEqual(answers('Question 2\n14 staff work in the parks team.'), ['Q2 2:1 14 staff work in the parks team.']);
    });

    it('takes "Yes, …" and "Not held" after the label as the answer, though they repeat question words', () => {
      assert.deepEqual(answers('Q4. Yes, the council uses volunteers.\nQ2: Not held, staff work across teams.'), [
        'Q2 2:5 Not held, staff work across teams.',
        'Q4 1:5 Yes, the council uses volunteers.',
      ]);
    });

    it('takes a statement in the council’s voice that asks nothing as the answer ("The council …")', () => {
      assert.deepEqual(answers('Q1. The name of the council is Fernhill District Council.'), ['Q1 1:5 The name of the council is Fernhill District Council.']);
    });

    it('keeps a restated question that runs on into its answer without "?" or a separator', () => {
      assert.deepEqual(answers('Q1. The council name is Fernhill District Council'), ['Q1 1:5 The council name is Fernhill District Council']);
    });

    it('skips the request’s routing instruction under the question', () => {
      assert.deepEqual(answers('Q4. Does the council use volunteers?\n(if yes answer Q5, if no go to Q6)\nYes'), ['Q4 3:1 Yes']);
      assert.deepEqual(answers('Q4. Does the council use volunteers?\n\n(Q5 applies if yes; skip it if not)\n\nNo'), ['Q4 5:1 No']);
    });

    it('takes the answer cell of a tab-separated row that repeats the question', () => {
      assert.deepEqual(answers('Q2\tHow many staff work in the parks team?\t14'), ['Q2 1:43 14']);
    });

    it('takes the answer cell after a short label column naming the question ("| Q4 | Volunteers? | Yes |")', () => {
      assert.deepEqual(answers('| Q4 | Volunteers? | Yes |'), ['Q4 1:22 Yes']);
    });

    it('takes the answer after a fixed-width column gap of four spaces', () => {
      assert.deepEqual(answers('Q2  How many staff work in the parks team      14'), ['Q2 1:48 14']);
    });

    it('gives a question with nothing after it no answer', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n\nQ4. Does the council use volunteers?\nYes'), ['Q4 4:1 Yes']);
    });
  });

  describe('where an answer ends', () => {
    const STOPS = [
      'Yours sincerely,',
      'Kind regards',
      'Many thanks!',
      'From: parks@fernhill.example',
      'Your request:',
      'Original request',
      'You asked:',
      'Links:',
      '(if yes answer Q4, if no go to Q5)',
      '--',
      '-----',
      'Page 2 of 5',
      '- 3 -',
      '2/5',
      '=== FOI 1234 Response.pdf · page 2 ===',
      'Park obstacles',
      'Dear Fernhill District Council',
      'If you are unhappy with this response, please ask for a review.',
      'Please note that the figures are provisional.',
      'I hope this helps.',
      'Footer text (Page 1 of 3) of the letter',
      '> quoted text of another depth',
    ];
    for (const stop of STOPS) {
      it(`ends an answer before ${JSON.stringify(stop)}`, () => {
        assert.deepEqual(answers(`Q2. 14 gardeners\n${stop}\nmore words`), ['Q2 1:5 14 gardeners']);
      });
    }

    const GOES_ON = ['Thanks to our volunteers we also have 6 apprentices.', 'Regards were sent to the team and the 2 apprentices.', `Kind regards ${'and more '.repeat(20)}`];
    for (const line of GOES_ON) {
      it(`runs an answer on through ${JSON.stringify(line.slice(0, 40))}`, () => {
        assert.deepEqual(answers(`Q2. 14 gardeners\n${line}`), [`Q2 1:5 14 gardeners\n${line.trimEnd()}`]);
      });
    }

    it('ends an inline answer at a blank line, but joins the paragraphs of an answer below its question', () => {
      assert.deepEqual(answers('Q2. 14 gardeners\n\nThe team also has 6 apprentices.'), ['Q2 1:5 14 gardeners']);
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n14 gardeners\n\nThe team also has 6 apprentices.'), [
        'Q2 2:1 14 gardeners\n\nThe team also has 6 apprentices.',
      ]);
    });

    it('ends an answer at a form feed inside a line', () => {
      assert.deepEqual(answers('Q2. 14 gardeners\nnext\fpage'), ['Q2 1:5 14 gardeners']);
    });

    it('ends an answer at boilerplate after a blank line', () => {
      const text = 'Q2. How many staff work in the parks team?\n14 gardeners\n\nYou have the right to ask for an internal review of this response.';
      assert.deepEqual(answers(text), ['Q2 2:1 14 gardeners']);
    });

    it('carries a sentence across a page break, but not an answer that ended before it', () => {
      const broken = 'Q3. What was the total spend on park benches in 2023?\nThe spend in 2023 was\n\nPage 1 of 2\n\n£4,500 in all.';
      assert.deepEqual(answers(broken), ['Q3 2:1 The spend in 2023 was\n\nPage 1 of 2\n\n£4,500 in all.']);
      const ended = 'Q3. What was the total spend on park benches in 2023?\nThe spend was £4,500.\n\nPage 1 of 2\n\nOther text.';
      assert.deepEqual(answers(ended), ['Q3 2:1 The spend was £4,500.']);
    });

    it('skips a page header between the question and its answer', () => {
      const text = 'Q3. What was the total spend on park benches in 2023?\n\nPage 2 of 3\nFernhill District Council\n\n£4,500';
      assert.deepEqual(answers(text), ['Q3 6:1 £4,500']);
    });

    it('gives no answer when the closing text or a deeper quote follows the question', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n\nI hope this helps.\n14'), []);
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n> > 14'), []);
    });

    it('reads the answer under a short label after an "Answer:" prefix on the next line', () => {
      assert.deepEqual(answers('Q2. Parks staff\nAnswer: 14'), ['Q2 2:9 14']);
    });

    it('ends an answer at the next question’s label', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n14\nQ4. Yes'), ['Q2 2:1 14', 'Q4 3:5 Yes']);
    });
  });

  describe('which occurrence wins', () => {
    it('below a banner, a later answer is newer (a thread printed oldest first)', () => {
      assert.deepEqual(answers('Q2. 10\n\n==========\n\nQ2. 12'), ['Q2 5:5 12']);
    });

    it('below a reply-quoting header, a later answer is older (top-posting)', () => {
      assert.deepEqual(answers('Q2. 12\n\n-----Original Message-----\nQ2. 10'), ['Q2 1:5 12']);
    });

    it('in one message, the later occurrence wins', () => {
      assert.deepEqual(answers('Q2. 10\n\nQ2. 12'), ['Q2 3:5 12']);
    });

    it('dated headers decide, whatever the order', () => {
      const text = ['From: parks', 'Sent: 1 March 2024', '', 'Q2. 10', '', 'From: parks', 'Sent: 5 March 2024', '', 'Q2. 12'].join('\n');
      assert.deepEqual(answers(text), ['Q2 9:5 12']);
      const swapped = ['From: parks', 'Sent: 5 March 2024', '', 'Q2. 12', '', 'From: parks', 'Sent: 1 March 2024', '', 'Q2. 10'].join('\n');
      assert.deepEqual(answers(swapped), ['Q2 4:5 12']);
    });

    it('without dates, the less quoted answer of two messages is newer', () => {
      // Below a banner a later answer would be newer, but the quoted one is older.
      assert.deepEqual(answers('Q2. 12\n\n==========\n\n> Q2. 10'), ['Q2 1:5 12']);
    });

    it('without dates, a message that says it is an internal review wins', () => {
      const text = ['Internal review: we have reconsidered.', '', 'Q2. 12', '', '==========', '', 'Q2. 10'].join('\n');
      assert.deepEqual(answers(text), ['Q2 3:5 12']);
    });
  });

  describe('message headers and dates', () => {
    it('reads day-month-year, month-day-year, ISO and d/m/y dates, with the time when given', () => {
      assert.equal(parseDate('Sent: 5th September 2018'), Date.UTC(2018, 8, 5));
      assert.equal(parseDate('Sent: Sep. 5, 2018 10:30'), Date.UTC(2018, 8, 5, 10, 30));
      assert.equal(parseDate('Date: 2018-09-05 07:05'), Date.UTC(2018, 8, 5, 7, 5));
      assert.equal(parseDate('05/09/2018'), Date.UTC(2018, 8, 5));
      assert.equal(parseDate('On 5 Sep 2018 at 23:59, A wrote:'), Date.UTC(2018, 8, 5, 23, 59));
      assert.equal(parseDate('Q2 costs 12/2018'), null);
    });

    it('lists reply-quoting headers and banners with their line, depth and date (from the next lines)', () => {
      const text = ['Hello', '> From: parks', '> Sent: 1 March 2024', '> To: me', '', '==========', 'Internal review', '', 'On 2 March 2024, Ann wrote:'].join('\n');
      const h = messageHeaders(context(text)).map((x) => [x.line, x.depth, x.date, x.quoting, x.review]);
      assert.deepEqual(h, [
        [1, 1, Date.UTC(2024, 2, 1), true, false],
        [5, 0, Date.UTC(2024, 2, 2), false, true],
        [8, 0, Date.UTC(2024, 2, 2), true, false],
      ]);
    });

    it('reads a "-----Original Message-----" right after "From:" as the same header', () => {
      const h = messageHeaders(context('From: parks\n-----Original Message-----\nSent: 1 March 2024'));
      assert.deepEqual(h.map((x) => [x.line, x.date]), [[0, Date.UTC(2024, 2, 1)]]);
    });
  });

  describe('paragraphs', () => {
    it('splits at blank lines, quote depth and marker lines, with offsets, lines and text', () => {
      const text = 'We refuse your request.\nIt costs too much.\n> quoted\n\nQ2. 14\nAfter the label';
      const p = paragraphs(context(text)).map((x) => [x.line, x.depth, x.text, text.slice(x.start, x.end) === x.text]);
      assert.deepEqual(p, [
        [0, 0, 'We refuse your request.\nIt costs too much.', true],
        [2, 1, 'quoted', true],
        [5, 0, 'After the label', true],
      ]);
    });

    it('stops at the number of paragraphs asked for', () => {
      assert.deepEqual(paragraphs(context('a\n\nb\n\nc'), 2).map((x) => x.text), ['a', 'b']);
    });
  });
  describe('more layouts, each rule at its edge', () => {
    it('runs an answer on through a line of 160+ characters, even one that opens like a request heading', () => {
      const long = `Your request ${'was read by the parks team and '.repeat(6)}end`;
      assert.deepEqual(answers(`Q2. 14 gardeners\n${long}`), [`Q2 1:5 14 gardeners\n${long}`]);
    });

    it('ends an answer at a rule of dashes, not at a line that only begins or ends with two', () => {
      assert.deepEqual(answers('Q2. 14 gardeners\n---\nmore'), ['Q2 1:5 14 gardeners']);
      assert.deepEqual(answers('Q2. 14 gardeners\n-- see overleaf\nmore'), ['Q2 1:5 14 gardeners\n-- see overleaf\nmore']);
      assert.deepEqual(answers('Q2. 14 gardeners\nand so on --\nmore'), ['Q2 1:5 14 gardeners\nand so on --\nmore']);
    });

    it('ends an answer at a short line that greets the council, not at a long one', () => {
      assert.deepEqual(answers('Q2. 14 gardeners\nCopy to: Dear Fernhill Council\nmore'), ['Q2 1:5 14 gardeners']);
      const long = `Copy to: Dear Fernhill Council ${'x'.repeat(100)}`;
      assert.deepEqual(answers(`Q2. 14 gardeners\n${long}\nmore`), [`Q2 1:5 14 gardeners\n${long}\nmore`]);
    });

    const ROUTING = ['If yes, go to Q5', 'if no skip to question 6', '(If no, proceed to Q6)', 'If yes continue with Q5', 'If no move on to Q6', '(answer Q5 if so)', '(skip Q5 if not).', '(if yes, please explain)', 'If yes, please detail:'];
    for (const line of ROUTING) {
      it(`skips the routing line ${JSON.stringify(line)} between a question and its answer`, () => {
        assert.deepEqual(answers(`Q4. Does the council use volunteers?\n${line}\nYes`), ['Q4 3:1 Yes']);
      });
    }
    const NOT_ROUTING = ['If yes, the council says so', '(see the note below)', '(if yes, we explain below)', 'Note: if yes go to Q5', `If yes go to Q5 ${'and read the notes '.repeat(8)}`];
    for (const line of NOT_ROUTING) {
      it(`takes ${JSON.stringify(line.slice(0, 40))} under a question as the answer, not as routing`, () => {
        assert.deepEqual(answers(`Q4. Does the council use volunteers?\n${line}\nYes`), [`Q4 2:1 ${line}\nYes`]);
      });
    }

    it('segments a reply without a questionnaire: each label’s answer on its line', () => {
      const text = 'Q1. 14\nQ2. Yes\nQ3. Parkfix';
      const markers = scanMarkersWith(text, { knownIds: null });
      const chosen = chooseAnswers(segmentContext(text, markers, null));
      assert.deepEqual([...chosen].map(([id, seg]) => [id, text.slice(seg.start, seg.end), seg.line, seg.inline]), [
        ['Q1', '14', 0, true],
        ['Q2', 'Yes', 1, true],
        ['Q3', 'Parkfix', 2, true],
      ]);
    });

    it('follows a question wrapped onto a second line that ends with the answer after a dash', () => {
      assert.deepEqual(answers('Q2. How many staff work\nin the parks team – 14'), ['Q2 2:21 14']);
    });

    it('after the whole question, takes the next line as the answer even when it repeats the question’s words', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team\nStaff work in the parks team: 14 in all'), ['Q2 2:1 Staff work in the parks team: 14 in all']);
    });

    it('reads the answer from the next line only after a short label without figures, on the same depth, with a prefix and text', () => {
      assert.deepEqual(answers('Q2. Parks staff\nAnswer: 14'), ['Q2 2:9 14']);
      assert.deepEqual(answers('Q2. Parks staff 2023\nAnswer: 14'), ['Q2 1:5 Parks staff 2023\nAnswer: 14']);
      assert.deepEqual(answers('Q2. Parks staff\n\nAnswer: 14'), ['Q2 3:9 14']);
      assert.deepEqual(answers('Q2. Parks staff\n> Answer: 14'), ['Q2 1:5 Parks staff']);
      const long = `${'Parks staff '.repeat(5)}x`;
      assert.deepEqual(answers(`Q2. ${long}\nAnswer: 14`), [`Q2 1:5 ${long}\nAnswer: 14`]);
      assert.deepEqual(answers('Q2. Parks staff\nAnswer:'), ['Q2 1:5 Parks staff\nAnswer:']);
    });

    it('takes only the right-hand cell after a column gap when the left column (3+ words) wraps below', () => {
      assert.deepEqual(answers('Q2  How many staff work in the parks    14\n    team?'), ['Q2 1:41 14']);
      assert.deepEqual(answers('Q2  Parks team staff    14\n    team?'), ['Q2 1:25 14']);
    });

    it('carries a sentence over a page break only onto text of its depth that is not a label', () => {
      const head = 'Q3. What was the total spend on park benches in 2023?\nThe spend in 2023 was\n\nPage 1 of 2\n';
      assert.deepEqual(answers(`${head}\nQ4. Yes`), ['Q3 2:1 The spend in 2023 was', 'Q4 6:5 Yes']);
      assert.deepEqual(answers(`${head}\n> £4,500 in all.`), ['Q3 2:1 The spend in 2023 was']);
      assert.deepEqual(answers(`${head}Fernhill\n\n£4,500 in all.`), ['Q3 2:1 The spend in 2023 was\n\nPage 1 of 2\nFernhill\n\n£4,500 in all.']);
    });

    it('does not take a paragraph of 600+ characters for page furniture, even with a page number', () => {
      const para = `Page 1 of 2 ${'x '.repeat(300)}`;
      assert.deepEqual(answers(`Q3. What was the total spend on park benches in 2023?\nThe spend in 2023 was\n\n${para}\n\n£4,500 in all.`), ['Q3 2:1 The spend in 2023 was']);
    });

    it('gives no answer to a question followed only by blank lines', () => {
      assert.deepEqual(answers('Q2. How many staff work in the parks team?\n\n\n\n'), []);
    });
  });

  describe('which occurrence wins, when only one message is dated', () => {
    it('ignores a date only one of the two messages has, and goes by the banner', () => {
      assert.deepEqual(answers('From: a\nSent: 1 March 2024\n\nQ2. 10\n\n==========\n\nQ2. 12'), ['Q2 8:5 12']);
      assert.deepEqual(answers('==========\n\nQ2. 12\n\nFrom: a\nSent: 1 March 2024\n\nQ2. 10'), ['Q2 3:5 12']);
    });

    it('takes the less quoted answer when it comes later too', () => {
      assert.deepEqual(answers('> Q2. 10\n\n==========\n\nQ2. 12'), ['Q2 5:5 12']);
    });

    it('lets a quoted internal review win over the top message, and a top-message review over the quoted one', () => {
      assert.deepEqual(answers('Q2. 12\n\n-----Original Message-----\nInternal review\nQ2. 10'), ['Q2 5:5 10']);
      assert.deepEqual(answers('Internal review\n\nQ2. 10\n\n-----Original Message-----\nQ2. 12'), ['Q2 3:5 10']);
    });
  });
});
