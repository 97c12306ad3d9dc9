// The marker scanner at the edges of its rules, as the researcher sees it: each label's ids,
// line:column and text, for lower-case roman numerals, numbers alone on their line, a numbered
// answer list that starts again after the quoted request, and the bullets and quotation marks
// a label may follow.
import { strict as assert } from 'node:assert';
import { scanMarkers, scanMarkersWith } from '../../src/core/markers';

const K4 = ['Q1', 'Q2', 'Q3', 'Q4'];
const K9 = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9'];

/** Each marker as `ids line:column label` (1-based). */
function scan(text: string, known: readonly string[] = K4): string[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return scanMarkersWith(text, { knownIds: known }).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.label);
    return `${m.ids.join(',')} ${m.line + 1}:${m.start - starts[m.line]! + 1} ${m.label}`;
  });
}

describe('core: the marker scanner at the edges of its rules (markers.ts)', () => {
  describe('lower-case roman numerals as the request’s item numbers', () => {
    it('reads "iii)" before an answer, and "iii." or "(iii)" ending their line, as the third item of the list', () => {
      assert.deepEqual(scan('i. 312\n\nii. No.\n\niii) 4'), ['Q1 1:1 i.', 'Q2 3:1 ii.', 'Q3 5:1 iii)']);
      assert.deepEqual(scan('i. 312\n\nii. No.\n\niii.'), ['Q1 1:1 i.', 'Q2 3:1 ii.', 'Q3 5:1 iii.']);
      assert.deepEqual(scan('i. 312\n\nii. No.\n\n(iii)'), ['Q1 1:1 i.', 'Q2 3:1 ii.', 'Q3 5:1 (iii)']);
    });

    it('reads "(iv)" as 4, a smaller numeral before a larger one counting down', () => {
      assert.deepEqual(scan('(i) 312\n\n(ii) No.\n\n(iv) 4'), ['Q1 1:1 (i)', 'Q2 3:1 (ii)', 'Q4 5:1 (iv)']);
    });

    const NOT = ['iii 4', '(iii. 4', 'iii.4'];
    for (const line of NOT) {
      it(`does not read ${JSON.stringify(line)} as a numeral label, so a list of two is left alone`, () => {
        assert.deepEqual(scan(`i. 312\n\nii. No.\n\n${line}`), []);
      });
    }
  });

  describe('a number alone on its line, with its answer on the next line', () => {
    it('reads "1", "2", "3" alone after blank lines as the answer list', () => {
      assert.deepEqual(scan('1\n12\n\n2\n9\n\n3\n4'), ['Q1 1:1 1', 'Q2 4:1 2', 'Q3 7:1 3']);
    });

    it('allows spaces after the number, and an answer line that opens with a no-break space', () => {
      assert.deepEqual(scan('1\n12\n\n2\n9\n\n3 \n4'), ['Q1 1:1 1', 'Q2 4:1 2', 'Q3 7:1 3']);
      assert.deepEqual(scan('1\n12\n\n2\n9\n\n3\n\u00a0x'), ['Q1 1:1 1', 'Q2 4:1 2', 'Q3 7:1 3']);
    });

    it('does not read a number followed by a line of spaces, or by a blank CRLF line, as a label', () => {
      assert.deepEqual(scan('1\n12\n\n2\n9\n\n3\n  \n4'), []);
      assert.deepEqual(scan('1\r\n12\r\n\r\n2\r\n9\r\n\r\n3\r\n\r\n4'), []);
    });

    it('does not read "03" or "3a" alone as the number 3', () => {
      assert.deepEqual(scan('1\n12\n\n2\n9\n\n03\n4'), []);
      assert.deepEqual(scan('1\n12\n\n2\n9\n\n3a\n4'), []);
    });

    it('reads "9" alone as question 9', () => {
      assert.deepEqual(scan('8\n12\n\n9\n4', K9), ['Q8 1:1 8', 'Q9 4:1 9']);
    });
  });

  describe('a numbered answer list that starts again after the quoted request', () => {
    const request = '1. How many staff?\n2. Which supplier?\n3. What did it cost?\nQ4. Do you use volunteers?\n\n';

    it('reads "1.", "2.", "3." on consecutive lines after a labelled question as the answers', () => {
      assert.deepEqual(scan(`${request}1. 12\n2. Acme\n3. £4\n`), ['Q1 1:1 1.', 'Q2 2:1 2.', 'Q3 3:1 3.', 'Q4 4:1 Q4.', 'Q1 6:1 1.', 'Q2 7:1 2.', 'Q3 8:1 3.']);
    });

    it('does not start the list again when its next items are more than three lines apart, out of order, or only two', () => {
      const asked = ['Q1 1:1 1.', 'Q2 2:1 2.', 'Q3 3:1 3.', 'Q4 4:1 Q4.'];
      assert.deepEqual(scan(`${request}1. 12\n\n\n\n2. Acme\n3. £4\n`), asked);
      assert.deepEqual(scan(`${request}1. 12\n2. Acme\n\n\n\n3. £4\n`), asked);
      assert.deepEqual(scan(`${request}1. 12\n3. Acme\n2. £4\n`), asked);
      assert.deepEqual(scan(`${request}1. 12\n2. Acme\n`), asked);
    });

    it('does not carry the list over a new message’s header: the item after it stands alone', () => {
      assert.deepEqual(scan(`${request}1. 12\n2. Acme\nFrom: x\n3. £4\n`), ['Q1 1:1 1.', 'Q2 2:1 2.', 'Q3 3:1 3.', 'Q4 4:1 Q4.', 'Q3 9:1 3.']);
    });
  });

  describe('what a label may follow on its line', () => {
    const CASES: [string, string[]][] = [
      ['o  Q4. Yes', ['Q4 1:4 Q4.']],
      ['o\u00a0Q4. Yes', ['Q4 1:3 Q4.']],
      ['o\tQ4. Yes', ['Q4 1:3 Q4.']],
      ['o Q4. Yes', []],
      ['* Q4. Yes', ['Q4 1:3 Q4.']],
      ['*Q4. Yes', []],
      ['[4] Yes', ['Q4 1:1 [4]']],
      ['[q4] Yes', ['Q4 1:2 q4]']],
      ['“q4. how many?', ['Q4 1:2 q4.']],
      ['“4) how many?', ['Q4 1:2 4)']],
      ['‘4) how many?', ['Q4 1:2 4)']],
      ['“A4) how many?', []],
    ];
    for (const [line, want] of CASES) {
      it(`reads ${JSON.stringify(line)} as ${JSON.stringify(want)}`, () => {
        assert.deepEqual(scan(line), want);
      });
    }
  });

  describe('which labels the context keeps', () => {
    const K = ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q4c', 'Q5'];
    const CASES: [string, string, readonly string[], string[]][] = [
      ['reads "Answer 1:" as a label even alone (the word says so)', 'Answer 1: 12', K4, ['Q1 1:8 1:']],
      ['does not read "(i)" alone at the start of a sentence as a label', '(i) the number of fines', K4, []],
      ['reads a range as each of its questions', 'Q1-Q3. Not held', K4, ['Q1,Q2,Q3 1:1 Q1-Q3.']],
      ['reads a label that names a question twice as that question once', 'Q2/Q2. Yes', K4, ['Q2 1:1 Q2/Q2.']],
      ['does not read a bare number the questionnaire does not have as a label', '12. The figure', K4, []],
      ['drops a label that goes back, mid-sentence, on the line after another question that did not end', 'Q4. How many staff work in parks, as\nQ2 asked, including seasonal?', K, ['Q4 1:1 Q4.']],
      ['reads "a)" and "b)" under a question as its parts', 'Q4. Yes\na) 12\nb) 9', K, ['Q4 1:1 Q4.', 'Q4a 2:1 a)', 'Q4b 3:1 b)']],
      ['drops a part letter that goes back ("a)" after "b)")', 'Q4. Yes\na) 12\nb) 9\na) 3', K, ['Q4 1:1 Q4.', 'Q4a 2:1 a)', 'Q4b 3:1 b)']],
      ['drops "b)" right under its question: parts start at "a)"', 'Q4. Yes\nb) 12', K, ['Q4 1:1 Q4.']],
      ['drops "a)" under the part Q4a itself: a part letter follows its number', 'Q4a. Yes\na) 12', K, ['Q4a 1:1 Q4a.']],
      ['keeps parts "a)", "b)" under the first item of a numbered answer list', '1. Staff\na) 12\nb) 9\n2. Acme', ['Q1', 'Q1a', 'Q1b', 'Q2'], ['Q1 1:1 1.', 'Q1a 2:1 a)', 'Q1b 3:1 b)', 'Q2 4:1 2.']],
      ['does not read two numbers asked only in parts as the answer list when no question has a number of its own', '1. 40 stalls\n\n2. £25', ['Q1a', 'Q1b', 'Q2a', 'Q2b'], []],
      ['does not read "1." alone as the only question of a one-question questionnaire', '1. 12', ['Q1'], []],
      ['keeps "1." and "2." when a labelled "Q3." carries the list on', '1. 12\n\n2. Acme\n\nQ3. £4', K, ['Q1 1:1 1.', 'Q2 3:1 2.', 'Q3 5:1 Q3.']],
      ['drops "1." and "2." when the labelled question after them does not go on ("Q2.")', '1. 12\n\n2. Acme\n\nQ2. £4', K, ['Q2 5:1 Q2.']],
      ['drops a number that goes back inside an answer ("2." then "1.")', '2. Acme\n\n1. 12', K, ['Q2 1:1 2.']],
      ['does not read numbers after a dash bullet, alone on their lines, as labels', '- 1\n12\n\n- 2\n9\n\n- 3\n4', K4, []],
    ];
    for (const [name, text, known, want] of CASES) {
      it(name, () => {
        assert.deepEqual(scan(text, known), want);
      });
    }
  });

  describe('a request that lettered its items without numbers', () => {
    const lettered = (text: string, letterItems: boolean) => scanMarkersWith(text, { knownIds: K4, letterItems }).map((m) => `${m.ids.join(',')} ${m.line + 1} ${m.label}`);

    it('reads "a)", "b)", "c)" as Q1, Q2, Q3 only when the request lettered its items', () => {
      assert.deepEqual(lettered('a) 12\nb) 412\nc) 5', true), ['Q1 1 a)', 'Q2 2 b)', 'Q3 3 c)']);
      assert.deepEqual(lettered('a) 12\nb) 412\nc) 5', false), []);
    });

    it('needs context for a letter like a bare number: "a)" alone is not a label, "b)" alone is', () => {
      assert.deepEqual(lettered('a) 12', true), []);
      assert.deepEqual(lettered('b) 412', true), ['Q2 1 b)']);
    });
  });

  describe('a bare number confirmed by the words after it', () => {
    const tokens = new Map<string, ReadonlySet<string>>([
      ['Q1', new Set(['how', 'many', 'parks', 'team', 'staff'])],
      ['Q2', new Set(['which', 'supplier'])],
      ['Q3', new Set(['cost'])],
      ['Q4', new Set(['volunteers'])],
    ]);
    const similar = (text: string) => scanMarkersWith(text, { knownIds: K4, questionTokens: tokens }).map((m) => `${m.ids.join(',')} ${m.line + 1} ${m.label}`);

    it('keeps "1." alone when three or more of the words after it are its question’s', () => {
      assert.deepEqual(similar('1. Parks team staff'), ['Q1 1 1.']);
      assert.deepEqual(similar('1. Staff in the parks team'), ['Q1 1 1.']);
    });

    it('does not compare fewer than three words: "1. Parks staff" alone is a list item', () => {
      assert.deepEqual(similar('1. Parks staff'), []);
    });

    it('compares the words with any of a range’s questions', () => {
      assert.deepEqual(similar('1-2. Parks team staff'), ['Q1,Q2 1 1-2.']);
    });
  });

  describe('numbers asked only in parts, and input that is not text', () => {
    it('reads "12." as every part of question 12 when the questionnaire asks it only in parts', () => {
      assert.deepEqual(scan('Q11. x\n\n12. 40 stalls; 9 to new traders.', ['Q11', 'Q12a', 'Q12b']), ['Q11 1:1 Q11.', 'Q12a,Q12b 3:1 12.']);
    });

    it('returns no markers, without throwing, for a reply that is not a string', () => {
      assert.deepEqual(scanMarkers(42 as unknown as string), []);
      assert.deepEqual(scanMarkers(null as unknown as string, new Set(['Q1'])), []);
    });
  });
});
