// The marker scanner as the researcher sees it: which lines are taken for question labels, with
// which ids, label text, offset, line and quote depth — and which look-alikes are not.
import { strict as assert } from 'node:assert';
import { isMessageBoundary, lineShape, markerIds, scanMarkers, scanMarkersWith, wordTokens } from '../../src/core/markers';

const KNOWN = new Set(['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q4c', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9']);

/** Each marker as `ids line:column label` (1-based), with `?unknown` ids and `>depth` when present. */
function scan(text: string, known: ReadonlySet<string> | readonly string[] | null = KNOWN): string[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return scanMarkersWith(text, { knownIds: known }).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.label);
    const unknown = m.unknownIds.length ? ` ?${m.unknownIds.join(',')}` : '';
    const depth = m.quoteDepth ? ` >${m.quoteDepth}` : '';
    return `${m.ids.join(',')}${unknown} ${m.line + 1}:${m.start - starts[m.line]! + 1}${depth} ${m.label}`;
  });
}

describe('core: the marker scanner (markers.ts)', () => {
  describe('messages: a new message starts the numbering again', () => {
    // Bare numbers that go back below the last label count only in a new message.
    const reply = (line: string) => `Q8. Yes.\nQ9. No.\n${line}\n\n4. The register lists 180 applications.\n\n7. The total was £2.2m.`;
    const BOUNDARIES = [
      'From: parks@fernhill.example',
      'Sent: 1 May 2024',
      'Subject: FOI 1234',
      'Date: 1 May 2024',
      'To: Ann',
      'Cc: Bo',
      '-----Original Message-----',
      '-- Forwarded message',
      'Begin forwarded message:',
      'On 1 May 2024, Ann wrote:',
      'ON 1 MAY, ANN WROTE:',
      '=====',
      '_____',
      '-----',
      'Dear Sir',
      'Hi Sam',
      'Hello Ms Reed,',
    ];
    for (const line of BOUNDARIES) {
      it(`reads ${JSON.stringify(line)} as a new message: "4." and "7." below it are labels`, () => {
        assert.equal(isMessageBoundary(line), true);
        assert.deepEqual(scan(reply(line)), ['Q8 1:1 Q8.', 'Q9 2:1 Q9.', 'Q4 5:1 4.', 'Q7 7:1 7.']);
      });
    }
    const NOT = ['Hi, can you help with this?', 'Hello and thank you for waiting.', 'Hi there team, see below for the figures', 'From the desk of Ann', 'Fr\u00e9d: hi', 'Toby: hi', 'Dearest Ann', 'Sent 1 May', 'Ok', 'D', 'Seen: x', 'Sue: x', 'Dave: x', 'Cat: x', 'Bee: x', 'On the way', 'Once: x', '-- x'];
    for (const line of NOT) {
      it(`does not read ${JSON.stringify(line)} as a new message: "4." and "7." below it are list items`, () => {
        assert.equal(isMessageBoundary(line), false);
        assert.deepEqual(scan(reply(line)), ['Q8 1:1 Q8.', 'Q9 2:1 Q9.']);
      });
    }
  });

  it('reads the label after "Response to question", "Answer", "Our response to" and "The council’s reply to"', () => {
    const text = 'Response to question 4a: 20\nAnswer 5: 30\nOur response to Q6 – 40\nThe council\u2019s reply to 7: 50\nAnswer to 8. 60';
    assert.deepEqual(scan(text), ['Q4a 1:13 question 4a:', 'Q5 2:8 5:', 'Q6 3:17 Q6', 'Q7 4:24 7:', 'Q8 5:11 8.']);
  });

  it('does not read "Response to" without a label after it, but reads "Answer 5" alone on its line', () => {
    assert.deepEqual(scan('Response to your request: 20\nAnswer 5\nReply to: Q6'), ['Q5 2:8 5']);
    assert.deepEqual(scan('Response to your request: 20\nReply to: Q6'), []);
  });

  describe('numbers alone on their lines', () => {
    it('reads a number alone after a blank line, with its answer on the next line, as a label', () => {
      assert.deepEqual(scan('Dear Sir\n\n1\nThe council.\n\n2\n96,000\n\n3\n352 km2', null), ['Q1 3:1 1', 'Q2 6:1 2', 'Q3 9:1 3']);
    });

    it('does not read a number alone with a leading zero, of three digits, or with a blank line after it', () => {
      assert.deepEqual(scan('Dear Sir\n\n1\nA.\n\n05\nB.\n\n2\nC.\n\n3\nD.', null), ['Q1 3:1 1', 'Q2 9:1 2', 'Q3 12:1 3']);
      assert.deepEqual(scan('Dear Sir\n\n1\nA.\n\n100\nB.\n\n2\nC.\n\n3\nD.', null), ['Q1 3:1 1', 'Q2 9:1 2', 'Q3 12:1 3']);
      assert.deepEqual(scan('Dear Sir\n\n1\nA.\n\n4\n\nB.\n\n2\nC.\n\n3\nD.', null), ['Q1 3:1 1', 'Q2 10:1 2', 'Q3 13:1 3']);
    });

    it('does not read an answer’s figure right under its label (no blank line before it) as a label', () => {
      assert.deepEqual(scan('Dear Sir\n\n1\nThe council.\n2\n96,000\n\n3\n352 km2\n\n4\nNone', null), ['Q1 3:1 1', 'Q3 8:1 3', 'Q4 11:1 4']);
    });
  });

  describe('letters alone as parts of the numbered question above', () => {
    it('reads a) b) c) under Q4 as Q4a–Q4c, and not a part the questionnaire lacks', () => {
      assert.deepEqual(scan('Q4. 75\na) 20\nb) 55\nc) 1\nd) 2'), ['Q4 1:1 Q4.', 'Q4a 2:1 a)', 'Q4b 3:1 b)', 'Q4c 4:1 c)']);
    });

    it('reads no parts under a question that has none, nor without a questionnaire', () => {
      assert.deepEqual(scan('Q3. 75\na) 20\nb) 55'), ['Q3 1:1 Q3.']);
      assert.deepEqual(scan('Q4. 75\na) 20\nb) 55', null), ['Q4 1:1 Q4.']);
    });

    it('reads parts only while their letters ascend, starting at a', () => {
      assert.deepEqual(scan('Q4. 75\nb) 20\nc) 55'), ['Q4 1:1 Q4.']);
      assert.deepEqual(scan('Q4. 75\na) 20\nc) 55\nb) 1'), ['Q4 1:1 Q4.', 'Q4a 2:1 a)', 'Q4c 3:1 c)']);
    });
  });

  describe('cross-references wrapped onto the next line', () => {
    for (const tail of ['question', 'questions', 'q', 'qs', 'see', 'to', 'under', 'previously', '(see']) {
      it(`does not read a label right after a line ending "${tail}" as a marker`, () => {
        assert.deepEqual(scan(`Q1. Answered as in ${tail}\nQ5. Yes`), ['Q1 1:1 Q1.']);
      });
    }
    for (const tail of ['in', 'seen', 'quote']) {
      it(`reads a label after a line ending "${tail}" as a marker`, () => {
        assert.deepEqual(scan(`Q1. Answered as in ${tail}\nQ5. Yes`), ['Q1 1:1 Q1.', 'Q5 2:1 Q5.']);
      });
    }
    it('reads the label after a blank line whatever the line before it ends with', () => {
      assert.deepEqual(scan('Q1. Answered as in question\n\nQ5. Yes'), ['Q1 1:1 Q1.', 'Q5 3:1 Q5.']);
    });
  });

  describe('a label that goes backwards', () => {
    it('drops a backwards label that runs on in lower case right under the line before (a wrapped reference)', () => {
      assert.deepEqual(scan('Q2. As before\nQ1. the name.'), ['Q2 1:1 Q2.']);
      assert.deepEqual(scan('Q2. As before\nQ1, the name.'), ['Q2 1:1 Q2.']);
    });

    it('keeps it after a blank line, after a line ending in "." or "?", before a capital, or four lines down', () => {
      assert.deepEqual(scan('Q2. As before\n\nQ1. the name.'), ['Q2 1:1 Q2.', 'Q1 3:1 Q1.']);
      assert.deepEqual(scan('Q2. As before.\nQ1. the name.'), ['Q2 1:1 Q2.', 'Q1 2:1 Q1.']);
      assert.deepEqual(scan('Q2. As before?\nQ1. the name.'), ['Q2 1:1 Q2.', 'Q1 2:1 Q1.']);
      assert.deepEqual(scan('Q2. As before\nQ1. The name.'), ['Q2 1:1 Q2.', 'Q1 2:1 Q1.']);
      assert.deepEqual(scan('Q5. As before\nthe text\ngoes on\nhere\nQ1. the name.'), ['Q5 1:1 Q5.', 'Q1 5:1 Q1.']);
    });
  });

  describe('ids the questionnaire knows and does not', () => {
    it('keeps a Q label the questionnaire does not know as unknown, and drops a bare number it does not know', () => {
      assert.deepEqual(scan('Q10: Yes\n\n10. Bare'), [' ?Q10 1:1 Q10:']);
    });

    it('lists each id of a label once', () => {
      assert.deepEqual(scan('Q1, Q1 & Q2: Yes\nQ4a & Q4a: No'), ['Q1,Q2 1:1 Q1, Q1 & Q2:', 'Q4a 2:1 Q4a & Q4a:']);
    });

    it('splits a list into known and unknown ids', () => {
      assert.deepEqual(scan('Q9 & Q10: Not held'), ['Q9 ?Q10 1:1 Q9 & Q10:']);
    });

    it('follows the questionnaire it is given on each call, not the one before', () => {
      assert.deepEqual(scan('Q3. Yes', ['Q1', 'Q2']), [' ?Q3 1:1 Q3.']);
      assert.deepEqual(scan('Q3. Yes', ['Q1', 'Q2', 'Q3']), ['Q3 1:1 Q3.']);
      assert.deepEqual(scan('Q3. Yes', ['Q1', 'Q2']), [' ?Q3 1:1 Q3.']);
      assert.deepEqual(scan('Q3. Yes', ['Q1', 'Q3']), ['Q3 1:1 Q3.']);
      assert.deepEqual(scan('Q3. Yes', []), ['Q3 1:1 Q3.']);
    });
  });

  describe('numbered lists', () => {
    it('without a questionnaire, takes a run of three numbers for labels, not a run of two', () => {
      assert.deepEqual(scan('1. Ash\n2. Birch\n3. Cedar', null), ['Q1 1:1 1.', 'Q2 2:1 2.', 'Q3 3:1 3.']);
      assert.deepEqual(scan('1. Ash\n2. Birch', null), []);
    });

    it('does not take a short list restarting at 1 under labelled answers for labels', () => {
      assert.deepEqual(scan('Q1. Yes\nQ2. No\n1. First item\n2. Second item'), ['Q1 1:1 Q1.', 'Q2 2:1 Q2.']);
    });

    it('takes a list that numbers most of a short questionnaire for its answers', () => {
      assert.deepEqual(scan('Dear Sir\n\n1. Fernhill\n2. 96,000\n3. 352', ['Q1', 'Q2', 'Q3', 'Q4']), ['Q1 3:1 1.', 'Q2 4:1 2.', 'Q3 5:1 3.']);
      assert.deepEqual(scan('Dear Sir\n\n1. Fernhill\n2. 96,000', ['Q1', 'Q2', 'Q3', 'Q4']), []);
    });

    it('takes a bare-number list whose words are its questions’ words, however short', () => {
      const questionTokens = new Map([
        ['Q1', new Set(['what', 'is', 'the', 'name', 'of', 'the', 'council'])],
        ['Q2', new Set(['how', 'many', 'staff'])],
      ]);
      const ms = scanMarkersWith('Dear Sir\n\n1. What is the name of the council?\nFernhill', { knownIds: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9'], questionTokens });
      assert.deepEqual(ms.map((m) => [m.ids, m.line, m.label]), [[['Q1'], 2, '1.']]);
      assert.deepEqual(scanMarkersWith('Dear Sir\n\n1. Fernhill\nand more', { knownIds: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9'], questionTokens }), []);
    });
  });

  describe('what may stand before a label', () => {
    const CASES: [string, string][] = [
      ['o\u00a0Q4. Yes', 'Q4 1:3 Q4.'],
      ['o\tQ4. Yes', 'Q4 1:3 Q4.'],
      ['o  Q4. Yes', 'Q4 1:4 Q4.'],
      ['\u2022 Q4 Yes', 'Q4 1:3 Q4'],
      ['- Q4 Yes', 'Q4 1:3 Q4'],
      ['\u00b7 Q4 Yes', 'Q4 1:3 Q4'],
      ['\u25e6 Q4 Yes', 'Q4 1:3 Q4'],
      ['\u25aa Q4 Yes', 'Q4 1:3 Q4'],
      ['\u2013 Q4 Yes', 'Q4 1:3 Q4'],
      ['\uf0b7\u00a0Q4 Yes', 'Q4 1:3 Q4'],
      ['\uf0a7\tQ4 Yes', 'Q4 1:3 Q4'],
      ['[Q4] Yes', 'Q4 1:2 Q4]'],
      ['\u201cQ4. How many', 'Q4 1:2 Q4.'],
      ['"Q4. How many', 'Q4 1:2 Q4.'],
      ['\u2018Q4. How many', 'Q4 1:2 Q4.'],
      ['**Q4** Yes', 'Q4 1:3 Q4'],
      ['* Q4 Yes', 'Q4 1:3 Q4'],
      ['| | Q4 | Yes', 'Q4 1:5 Q4'],
      ['  >  > Q4. Yes', 'Q4 1:8 >2 Q4.'],
      ['>>Q4. Yes', 'Q4 1:3 >2 Q4.'],
      ['\u00a0\u200b\u2007\u202f\ufeff\u200c\u200d\u000b\fQ4. Yes', 'Q4 1:10 Q4.'],
      // A Markdown heading (a disclosure-log page converted to text).
      ['# Q4 Yes', 'Q4 1:3 Q4'],
      ['### Question 4a', 'Q4a 1:5 Question 4a'],
    ];
    for (const [line, want] of CASES) {
      it(`reads ${JSON.stringify(line)} as ${want}`, () => {
        assert.deepEqual(scan(line), [want]);
      });
    }
    const NOT = ['o Q4. Yes', 'x Q4. Yes', '-Q4 Yes', '\u201cQuestion', '#Q4 Yes', '####### Q4 Yes', 'See # Q4 Yes', '*Q4 Yes'];
    for (const line of NOT) {
      it(`reads no label in ${JSON.stringify(line)}`, () => {
        assert.deepEqual(scan(line), []);
      });
    }
  });

  describe('the shape of a line', () => {
    it('gives the content bounds without indentation, quote marks, trailing spaces and CR', () => {
      const text = '  > >Q1. Yes \r';
      assert.deepEqual(lineShape(text, 0, text.length), { start: 0, end: 13, contentStart: 5, labelStart: 5, contentEnd: 12, depth: 2, blank: false });
    });

    it('gives the label start after bullets, and the shape of a line inside a text', () => {
      const text = 'intro\n\t- \u2022 Q4a. 20\nend';
      assert.deepEqual(lineShape(text, 6, 19), { start: 6, end: 19, contentStart: 7, labelStart: 11, contentEnd: 19, depth: 0, blank: false });
    });

    it('reads a line of quote marks, spaces, NBSPs and zero-width characters as blank, with its depth', () => {
      const text = ' > \u00a0> \u200b ';
      assert.deepEqual(lineShape(text, 0, text.length), { start: 0, end: 8, contentStart: 8, labelStart: 8, contentEnd: 8, depth: 2, blank: true });
    });
  });

  it('gives word tokens in lower case with their offsets, letters and digits of any script', () => {
    assert.deepEqual(wordTokens('Q4a: Café £1,200', 10), [
      { word: 'q4a', start: 10, end: 13 },
      { word: 'café', start: 15, end: 19 },
      { word: '1', start: 21, end: 22 },
      { word: '200', start: 23, end: 26 },
    ]);
  });

  it('lists the ids of markers once each, in order of appearance', () => {
    assert.deepEqual(markerIds(scanMarkers('Q4. Yes\nQ1, Q4: No\nQ2. Yes\nQ1. Yes', KNOWN)), ['Q4', 'Q1', 'Q2']);
  });

  it('finds no markers in an empty reply or one that is only blank lines', () => {
    assert.deepEqual(scan(''), []);
    assert.deepEqual(scan('\n\n \u00a0\n>\n'), []);
  });
  describe('more layouts, each rule at its edge', () => {
    it('keeps a backwards label after a line ending in ":", and drops one three lines down that runs on in lower case', () => {
      assert.deepEqual(scan('Q2. As before:\nQ1. the name.'), ['Q2 1:1 Q2.', 'Q1 2:1 Q1.']);
      assert.deepEqual(scan('Q5. As before\nthe text\ngoes on\nQ1. the name.'), ['Q5 1:1 Q5.']);
    });

    it('reads two-digit numbers alone on their lines, and CRLF line ends, but not a number over a line of spaces', () => {
      assert.deepEqual(scan('Dear Sir\n\n10\nA.\n\n11\nB.\n\n12\nC.', null), ['Q10 3:1 10', 'Q11 6:1 11', 'Q12 9:1 12']);
      assert.deepEqual(scan('Dear Sir\r\n\r\n1\r\nA.\r\n\r\n2\r\nB.\r\n\r\n3\r\nC.', null), ['Q1 3:1 1', 'Q2 6:1 2', 'Q3 9:1 3']);
      assert.deepEqual(scan('Dear Sir\n\n1\n   \nA.\n\n2\nB.\n\n3\nC.', null), []);
    });

    it('reads parts under a bare number of a list, starting at a, and not parts that start at b', () => {
      assert.deepEqual(scan('Dear Sir\n\n3. Parks\n4. Staff\na) 1\nb) 2\n5. Firms'), ['Q3 3:1 3.', 'Q4 4:1 4.', 'Q4a 5:1 a)', 'Q4b 6:1 b)', 'Q5 7:1 5.']);
      assert.deepEqual(scan('Dear Sir\n\n3. Parks\n4. Staff\nb) 1\nc) 2\n5. Firms'), ['Q3 3:1 3.', 'Q4 4:1 4.', 'Q5 7:1 5.']);
    });

    it('does not read a part after a new message has started', () => {
      assert.deepEqual(scan('Q4. 75\na) 20\n\nFrom: x\n\nb) 55'), ['Q4 1:1 Q4.', 'Q4a 2:1 a)']);
    });

    it('keeps a short list from 1 when a Q label carries it on, and a list of five from 1 alone, not one of four', () => {
      assert.deepEqual(scan('Dear Sir\n\n1. 12\n2. 40\nQ3. Parkfix'), ['Q1 3:1 1.', 'Q2 4:1 2.', 'Q3 5:1 Q3.']);
      assert.deepEqual(scan('Dear Sir\n\n1. 12\n2. 40'), []);
      assert.deepEqual(scan('Dear Sir\n\n1. 12\n2. 40\n3. 7\n4. 8\n5. 9'), ['Q1 3:1 1.', 'Q2 4:1 2.', 'Q3 5:1 3.', 'Q4 6:1 4.', 'Q5 7:1 5.']);
      assert.deepEqual(scan('Dear Sir\n\n1. 12\n2. 40\n3. 7\n4. 8'), []);
    });
  });
});
