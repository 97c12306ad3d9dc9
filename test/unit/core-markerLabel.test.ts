// The marker label grammar (DESIGN §4) at its entry points: what a line's first characters say
// about which questions it answers. parseLabel reads from an offset up to a limit (the end of
// the line's content) and reports the ids, where the label ends and whether it is weak (a bare
// number such as `4.`, which may be a list item rather than a question).
import { strict as assert } from 'node:assert';
import { firstNumber, idString, parsedLabel, parsedSubLabel, parseLabel, parseSubLabel } from '../../src/core/markerLabel';
import { scanMarkers } from '../../src/core/markers';

const KNOWN = ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q4c', 'Q4d', 'Q5', 'Q12', 'Q12a', 'Q12b', 'Q12c', 'Q13a', 'Q13b', 'Q13c', 'Q13d'];

type Expect = [ids: string[], end: number, weak: boolean] | null;

/** The label at the start of `line` (read up to its trimmed end), or null. */
function label(line: string, known: readonly string[] | null = KNOWN): Expect {
  if (!parseLabel(line, 0, line.trimEnd().length, known)) return null;
  return [[...parsedLabel.ids], parsedLabel.end, parsedLabel.weak];
}

function table(cases: readonly [string, Expect][], known: readonly string[] | null = KNOWN): void {
  for (const [line, want] of cases) assert.deepEqual(label(line, known), want, JSON.stringify(line));
}

describe('marker labels: question prefixes', () => {
  it('reads Q, Q., Question, Questions and Question No. in any case, with or without a space before the number', () => {
    table([
      ['Q7', [['Q7'], 2, false]],
      ['q7.', [['Q7'], 3, false]],
      ['Q 7', [['Q7'], 3, false]],
      ['Q.7', [['Q7'], 3, false]],
      ['Q. 7', [['Q7'], 4, false]],
      ['Qno.7', [['Q7'], 5, false]],
      ['Q no 6', [['Q6'], 6, false]],
      ['Question7', [['Q7'], 9, false]],
      ['QUESTION 7:', [['Q7'], 11, false]],
      ['Question no 7', [['Q7'], 13, false]],
      ['Question no. 7', [['Q7'], 14, false]],
      ['Question No. 5', [['Q5'], 14, false]],
      ['Questionno7', [['Q7'], 11, false]],
      ['Questions 13a–13d', [['Q13a', 'Q13b', 'Q13c', 'Q13d'], 17, false]],
    ]);
  });

  it('is no label: a Q without a number, a number of four digits, a Q glued to a word', () => {
    table([
      ['Q', null],
      ['Qx', null],
      ['Q.', null],
      ['Question', null],
      ['Question no', null],
      ['Q1234', null],
      ['1234.', null],
      ['Q5é', null],
      ['Q5x1', null],
      ['131,831', null],
      ['4.5', null],
    ]);
  });

  it('reads Q3 2018 as a quarter, not a question, unless a terminator or a range came first', () => {
    table([
      ['Q3 2018', null],
      ['Q1 20189', null],
      ['Q1 201', [['Q1'], 2, false]],
      ['Q1 2', [['Q1'], 2, false]],
      ['Q3. 2018', [['Q3'], 3, false]],
      ['Q1: 2018', [['Q1'], 3, false]],
      ['Q1-Q2 2018', [['Q1', 'Q2'], 5, false]],
    ]);
  });
});

describe('marker labels: sub-question letters', () => {
  it('reads a letter glued, in brackets, after a space and bracket, or after a dot', () => {
    table([
      ['Q4a', [['Q4a'], 3, false]],
      ['Q4A.', [['Q4a'], 4, false]],
      ['Q4(a)', [['Q4a'], 5, false]],
      ['Q4 (a)', [['Q4a'], 6, false]],
      ['Q4 a)', [['Q4a'], 5, false]],
      ['Q12 (b).', [['Q12b'], 8, false]],
      ['12 (b)', [['Q12b'], 6, false]],
      ['12 b)', [['Q12b'], 5, false]],
      ['12 b.', [['Q12b'], 5, false]],
      ['Q4.a', [['Q4a'], 4, false]],
      ['4.a', [['Q4a'], 3, false]],
      ['12a.', [['Q12a'], 4, false]],
      ['4a: x', [['Q4a'], 3, false]],
    ]);
  });

  it('reads no letter from a word, a letter after a dot that goes on, or a bare letter after a space', () => {
    table([
      ['Q4ab', null],
      ['4ab', null],
      ['12 b', null],
      ['4.a.', null],
      ['4.ab', null],
      ['4.a1', null],
      ['4.a.b', null],
      ['4a text', null],
    ]);
  });
});

describe('marker labels: bracketed ids', () => {
  it('reads (4a), [4a] and (12) as labels, ending at the bracket or the dot or colon after it', () => {
    table([
      ['(4a)', [['Q4a'], 4, false]],
      ['[4a]', [['Q4a'], 4, false]],
      ['(4a).', [['Q4a'], 5, false]],
      ['(12)', [['Q12'], 4, true]],
      ['[12]', [['Q12'], 4, true]],
      ['(12).', [['Q12'], 5, true]],
      ['(12): x', [['Q12'], 5, true]],
    ]);
  });

  it('needs the matching bracket, and a space or the end after it', () => {
    table([
      ['(4a', null],
      ['(4a]', null],
      ['[4a)', null],
      ['(12)x', null],
      ['(a)', null],
    ]);
  });
});

describe('marker labels: bare numbers', () => {
  it('need a terminator then a space or the end, and are weak', () => {
    table([
      ['4.', [['Q4'], 2, true]],
      ['4)', [['Q4'], 2, true]],
      ['4:', [['Q4'], 2, true]],
      ['4 :', [['Q4'], 3, true]],
      ['5: x', [['Q5'], 2, true]],
      ['5) x', [['Q5'], 2, true]],
      ['5)-', [['Q5'], 2, true]],
      ['5).', [['Q5'], 2, true]],
      ['007.', [['Q7'], 4, true]],
      ['4', null],
      // "1 - 412 km": a number, a spaced dash and the answer (weak, like `4.`); the dash is the answer's.
      ['4 - text', [['Q4'], 1, true]],
      ['4 – 11', [['Q4'], 1, true]],
      ['4 -text', null],
      ['4 text', null],
      ['5:x', null],
      ['5)x', null],
      ['5 ) x', null],
      ['5 :x', null],
      ['1000.', null],
    ]);
  });

  it('with a letter, a dash or a tab after it is enough, and the label is strong', () => {
    table([
      ['4a - text', [['Q4a'], 2, false]],
      ['4a\tYes', [['Q4a'], 2, false]],
      ['4a|x', [['Q4a'], 2, false]],
      ['4a \u2013 text', [['Q4a'], 2, false]],
      ['4a.', [['Q4a'], 3, false]],
    ]);
  });

  it('as the first cell of a table, spaces up to the next pipe', () => {
    table([
      ['12            |', [['Q12'], 2, true]],
      ['12|', [['Q12'], 2, true]],
      ['12             |', null],
    ]);
  });
});

describe('marker labels: ranges and lists', () => {
  it('expands a range over the questionnaire, with -, –, — or to', () => {
    table([
      ['Q1-Q3', [['Q1', 'Q2', 'Q3'], 5, false]],
      ['Q1 to Q3', [['Q1', 'Q2', 'Q3'], 8, false]],
      ['Q1 —Q3', [['Q1', 'Q2', 'Q3'], 6, false]],
      ['Q1–3.', [['Q1', 'Q2', 'Q3'], 5, false]],
      ['Q1-Q2-Q3', [['Q1', 'Q2', 'Q3'], 8, false]],
      ['Q4-Q5', [['Q4', 'Q4a', 'Q4b', 'Q4c', 'Q4d', 'Q5'], 5, false]],
      ['Q4a-c', [['Q4a', 'Q4b', 'Q4c'], 5, false]],
      ['Q4a-(c)', [['Q4a', 'Q4b', 'Q4c'], 7, false]],
      ['12(a)-(c)', [['Q12a', 'Q12b', 'Q12c'], 9, false]],
      ['12(a)-c', [['Q12a', 'Q12b', 'Q12c'], 7, false]],
      ['Q4a – c:', [['Q4a', 'Q4b', 'Q4c'], 8, false]],
      ['Q4a – c ', [['Q4a', 'Q4b', 'Q4c'], 7, false]],
      ['Q4a – d Not applicable', [['Q4a', 'Q4b', 'Q4c', 'Q4d'], 7, false]],
      ['Q4a-c|', [['Q4a', 'Q4b', 'Q4c'], 5, false]],
      ['Q4a-C.', [['Q4a', 'Q4b', 'Q4c'], 6, false]],
      ['Q4a-c x', [['Q4a', 'Q4b', 'Q4c'], 5, false]],
    ]);
  });

  it('does not take a bare number, a capital letter before a word, or a letter that goes on as the end of a range', () => {
    table([
      ['Q1-3', [['Q1'], 2, false]],
      ['Q1 - 3', [['Q1'], 2, false]],
      ['Q1 to 3', [['Q1'], 2, false]],
      ['Q4a-C x', [['Q4a'], 3, false]],
      ['Q4a-bc', [['Q4a'], 3, false]],
      ['Q4a-b1', [['Q4a'], 3, false]],
      ['Q4a - i x', [['Q4a'], 3, false]],
    ]);
  });

  it('stops at a backwards range: Q3-Q1, Q4c-a', () => {
    table([
      ['Q3-Q1', [['Q3'], 2, false]],
      ['Q4c-a.', [['Q4c'], 3, false]],
      ['Q4d-a', [['Q4d'], 3, false]],
    ]);
  });

  it('reads lists joined by a comma, slash, & or and, with ids or plausible bare numbers', () => {
    table([
      ['Q1,Q2', [['Q1', 'Q2'], 5, false]],
      ['Q1 / Q2', [['Q1', 'Q2'], 7, false]],
      ['Q1 & Q2', [['Q1', 'Q2'], 7, false]],
      ['Q4a, Q4b and Q4c', [['Q4a', 'Q4b', 'Q4c'], 16, false]],
      ['Q4a, b', [['Q4a', 'Q4b'], 6, false]],
      ['Q4a,b.', [['Q4a', 'Q4b'], 6, false]],
      ['Q1, 2)', [['Q1', 'Q2'], 6, false]],
      ['Q1 and 2.', [['Q1', 'Q2'], 9, false]],
      ['Q1, 2', [['Q1'], 2, false]],
      ['4a, 5', null],
      ['4, 5', null],
      ['4, 5.', [['Q4', 'Q5'], 5, false]],
      ['4 and 5:', [['Q4', 'Q5'], 8, false]],
    ]);
  });

  it('keeps a list strong even without a terminator, since a joined label is no list item', () => {
    table([
      ['4a & 4b text', [['Q4a', 'Q4b'], 7, false]],
    ]);
  });

  it('without a questionnaire, a range is expanded from the ids alone', () => {
    assert.deepEqual(label('Q1-Q3', null), [['Q1', 'Q2', 'Q3'], 5, false]);
    assert.deepEqual(label('Q4a-c', null), [['Q4a', 'Q4b', 'Q4c'], 5, false]);
  });
});

describe('marker labels: the limit and the offset', () => {
  it('reads from the offset and never past the limit', () => {
    const line = '> Q4a. text';
    assert.ok(parseLabel(line, 2, line.length, KNOWN));
    assert.deepEqual([parsedLabel.ids, parsedLabel.end], [['Q4a'], 6]);
    // Limited to `Q4`: the `a` past the limit is not seen.
    assert.ok(parseLabel(line, 2, 4, KNOWN));
    assert.deepEqual([parsedLabel.ids, parsedLabel.end], [['Q4'], 4]);
    // A bare number needs its terminator inside the limit.
    assert.equal(parseLabel('4. x', 0, 1, KNOWN), false);
    assert.equal(parseLabel('Q4-Q5', 0, 3, KNOWN) && parsedLabel.ids.join(), 'Q4');
  });

  it('gives each label its own array of ids', () => {
    assert.ok(parseLabel('Q1-Q3', 0, 5, KNOWN));
    const first = parsedLabel.ids;
    assert.ok(parseLabel('Q4a, Q4b', 0, 8, KNOWN));
    assert.deepEqual(first, ['Q1', 'Q2', 'Q3']);
  });
});

describe('marker labels: a letter alone under a question', () => {
  it('reads a), (b) and c. followed by a space or the end', () => {
    for (const [line, end, letter] of [['a)', 2, 'a'], ['(b) ', 3, 'b'], ['c.', 2, 'c'], ['D) x', 2, 'd'], ['(E)\ty', 3, 'e'], ['f.\u00a0x', 2, 'f']] as const) {
      assert.equal(parseSubLabel(line, 0, line.length), end, line);
      assert.equal(String.fromCharCode(parsedSubLabel.letter), letter, line);
    }
  });

  it('reads no sub-label from a letter glued to text, a word, or brackets not closed', () => {
    for (const line of ['d)x', 'ab)', '(b', '(bc)', 'a', 'a:', '1)', '(1)', 'é)']) assert.equal(parseSubLabel(line, 0, line.length), -1, line);
    assert.equal(parseSubLabel('a) x', 0, 1), -1, 'the bracket past the limit is not seen');
  });
});

describe('marker labels: ids and numbers', () => {
  it('writes ids canonically, the same string for the same id', () => {
    assert.equal(idString(4, 0), 'Q4');
    assert.equal(idString(4, 0x61), 'Q4a');
    assert.equal(idString(999, 0x7a), 'Q999z');
    assert.equal(idString(1000, 0x62), 'Q1000b');
    assert.equal(idString(0, 0), 'Q0');
    assert.equal(idString(1.5, 0), 'Q1.5');
    assert.equal(idString(-1, 0), 'Q-1');
    assert.equal(idString(12, 0x63), idString(12, 0x63));
  });

  it('reads the first run of digits as a number', () => {
    assert.equal(firstNumber('Q12b'), 12);
    assert.equal(firstNumber('abc'), -1);
    assert.equal(firstNumber(''), -1);
    assert.equal(firstNumber('x007y8'), 7);
    assert.equal(firstNumber('Q12345678901234567890'), 12345678901234567000);
    assert.equal(firstNumber('Q999999999999999'), 999999999999999);
  });
});

describe('marker labels in a reply', () => {
  it('finds the labels of a reply line by line, with quoted prefixes', () => {
    const text = 'Q1. Yes\n> Q2: No\n3. Maybe\nQ4a-c Not held\n';
    assert.deepEqual(scanMarkers(text, new Set(KNOWN)).map((m) => m.ids), [['Q1'], ['Q2'], ['Q3'], ['Q4a', 'Q4b', 'Q4c']]);
  });
});

describe('marker labels: two terminated ids joined on one line', () => {
  it('reads "6b. and 7." (then a dot, bracket, colon or the line end) as both ids, and nothing more when the second id runs on into a word or is not the next question', () => {
    table([
      ['6b. and 7. Not applicable', [['Q6b', 'Q7'], 10, false]],
      ['6b. and 7) Not applicable', [['Q6b', 'Q7'], 10, false]],
      ['6b. and 7: Not applicable', [['Q6b', 'Q7'], 10, false]],
      ['6b. and 7.', [['Q6b', 'Q7'], 10, false]],
      ['6b. and 7a. N/A', [['Q6b', 'Q7a'], 11, false]],
      ['6b) & 7) Yes', [['Q6b', 'Q7'], 8, false]],
      ['6b. and 7.x', [['Q6b'], 3, false]],
      ['6. and 7 yes', [['Q6'], 2, true]],
      ['6. and 8 Yes', [['Q6'], 2, true]],
      ['6a. and 7 Yes', [['Q6a'], 3, false]],
    ]);
  });

  it('reads "1. and 2 This information …" as both: the second number\'s dot left out, the next question, a sentence after it', () => {
    table([
      ['1. and 2 This information is not recorded.', [['Q1', 'Q2'], 8, false]],
      ['6. and 7 Yes', [['Q6', 'Q7'], 8, false]],
    ]);
  });

  it('reads every number after the plural "Questions" ("Questions 2 and 3 are refused …"), but not after "Question"', () => {
    table([
      ['Questions 2 and 3 are refused under section 43.', [['Q2', 'Q3'], 17, false]],
      ['Questions 2, 3 and 4 were refused', [['Q2', 'Q3', 'Q4'], 20, false]],
      ['Questions 2 and 3', [['Q2', 'Q3'], 17, false]],
      ['Question 2 and 3 are refused', [['Q2'], 10, false]],
      ['Questions 2 and 2019 figures', [['Q2'], 11, false]],
    ]);
  });

  it('takes "4. and 3." or "3. and 3." as the first id only: the second must come after the first', () => {
    table([
      ['4. and 3. x', [['Q4'], 2, true]], // as "4. and more"
      ['3. and 3. x', [['Q3'], 2, true]],
      ['6b. and 6a. N/A', [['Q6b'], 3, false]],
      ['6a. and 6b. N/A', [['Q6a', 'Q6b'], 11, false]],
    ]);
  });

  it('reads "3. and 4." and "3) & 4)" as both questions, the label ending after the second terminator', () => {
    table([
      ['3. and 4. We received', [['Q3', 'Q4'], 9, false]],
      ['3) & 4) We received', [['Q3', 'Q4'], 7, false]],
    ]);
  });

  it('reads a terminated range "12. – 12C." as the heading and its parts, at most three numbers apart', () => {
    table([
      ['12. – 12C. N/A', [['Q12', 'Q12a', 'Q12b', 'Q12c'], 10, false]],
      ['12. - 12c. N/A', [['Q12', 'Q12a', 'Q12b', 'Q12c'], 10, false]],
      ['12. – 16. N/A', [['Q12'], 3, true]],
      ['12. – 12. N/A', [['Q12'], 3, true]],
      ['12C. – 12. N/A', [['Q12c'], 4, false]],
      ['12. – 12C.N/A', [['Q12'], 3, true]],
    ]);
    table([['12. – 15. N/A', [['Q12', 'Q13', 'Q14', 'Q15'], 9, false]]], null);
  });
});
