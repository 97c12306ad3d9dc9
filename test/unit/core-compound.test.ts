// One answer for an item of the request that asked several things: which labels stand for the
// whole item, how the answer is cut into one piece per question (exact offsets), and when a
// questionnaire is a request lettered a), b) … with no numbers.
import { strict as assert } from 'node:assert';
import { answerPieces, hasLetterItems, isGroupMarker } from '../../src/core/compound';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { Marker, Questionnaire } from '../../src/core/types';

const marker = (label: string, ids: string[]): Marker => ({ ids, label, start: 0, end: label.length, line: 0, quoteDepth: 0, unknownIds: [] });
/** The pieces as the text they cover (offsets into the whole reply). */
const pieces = (text: string, start: number, end: number, n: number) => answerPieces(text, start, end, n)?.map((p) => [p.start, p.end, text.slice(p.start, p.end)]) ?? null;
const questionnaire = (qs: { id: string; text: string; heading?: boolean }[]): Questionnaire => {
  const yaml = ['version: 1', 'questions:', ...qs.flatMap((q) => [`  - id: ${q.id}`, `    text: ${JSON.stringify(q.text)}`, q.heading ? '    heading: true' : '    type: text'])].join('\n');
  const r = parseQuestionnaire(yaml);
  assert.deepEqual(r.problems, []);
  return r.questionnaire!;
};

describe('core: an answer to an item that asked several things', () => {
  it('takes "Question 2", "Q. 2", "Qs 2", "Question No. 2" and "2)" for the whole item Q2a/Q2b, but not a label with a letter or a range', () => {
    for (const label of ['Question 2', 'Q. 2', 'Qs 2', 'Question No. 2', 'Q No 2:', '2)', ' 2. ']) assert.equal(isGroupMarker(marker(label, ['Q2a', 'Q2b'])), true, label);
    for (const label of ['Q2a-b', '2(a) and (b)', 'Question 2a–2b', 'No. 2a']) assert.equal(isGroupMarker(marker(label, ['Q2a', 'Q2b'])), false, label);
  });

  it('takes a group only when every id is a lettered part of the same number, with one letter each', () => {
    assert.equal(isGroupMarker(marker('12.', ['Q12a', 'Q12b', 'Q12c'])), true);
    assert.equal(isGroupMarker(marker('12.', ['Q12a', 'Q13b'])), false, 'two numbers');
    assert.equal(isGroupMarker(marker('12.', ['Q12a', 'Q12'])), false, 'the item itself among its parts');
    assert.equal(isGroupMarker(marker('12.', ['Q12', 'Q12a'])), false, 'first id without a letter');
    assert.equal(isGroupMarker(marker('12.', ['Q12a', 'Q12ab'])), false, 'two letters');
    assert.equal(isGroupMarker(marker('12.', ['Q1a', 'Q12a'])), false, 'Q1 is not Q12');
    assert.equal(isGroupMarker(marker('1.', ['Q1a', 'Q12a'])), false, 'Q12 is not Q1');
    assert.equal(isGroupMarker(marker('1.', ['XQ1a', 'XQ1b'])), false, 'not a question id');
  });

  it('cuts an answer into lines (blank and whitespace-only lines between them ignored), with offsets into the reply', () => {
    const reply = 'Intro\n1. 212 stalls\r\n \t\r\n\n  37 to new traders  \nNext';
    const start = reply.indexOf('212');
    const end = reply.indexOf('\nNext');
    assert.deepEqual(pieces(reply, start, end, 2), [
      [start, start + 10, '212 stalls'],
      [reply.indexOf('37'), reply.indexOf('37') + 17, '37 to new traders'],
    ]);
  });

  it('cuts a one-line answer into sentences when the lines do not give the number of parts', () => {
    const reply = 'Answer: 212 were let. 37 went to new traders. "Both" is not recorded.';
    assert.deepEqual(pieces(reply, 8, reply.length, 3), [
      [8, 21, '212 were let.'],
      [22, 45, '37 went to new traders.'],
      [46, reply.length, '"Both" is not recorded.'],
    ]);
    assert.equal(pieces(reply, 8, reply.length, 2), null, 'three sentences are not two pieces');
    assert.equal(pieces('See s.12 of the Act. £40 per stall.', 0, 35, 2)?.length, 2, 'a sentence may start with £');
    assert.equal(pieces('e.g. the stalls. more text.', 0, 27, 2), null, 'a lower-case word does not start a sentence');
  });

  it('cuts an answer into clauses at ";" when neither lines nor sentences fit, trimming each', () => {
    const reply = 'x 212;  37 ; none  ';
    assert.deepEqual(pieces(reply, 2, reply.length, 3), [
      [2, 5, '212'],
      [8, 10, '37'],
      [13, 17, 'none'],
    ]);
    assert.equal(pieces('212;37', 0, 6, 2), null, 'a ";" with no space after is no clause break');
  });

  it('gives no pieces for a single question, an empty answer, or a count that nothing matches', () => {
    assert.equal(pieces('a\nb', 0, 3, 1), null);
    assert.equal(pieces('a\nb', 0, 3, 0), null);
    assert.equal(pieces('   \n  ', 0, 6, 2), null, 'whitespace only gives no pieces');
    assert.deepEqual(pieces('a\n\n\nb', 0, 5, 2), [
      [0, 1, 'a'],
      [4, 5, 'b'],
    ]);
  });
});

describe('core: a request lettered a), b) … with no numbers', () => {
  it('is lettered when at least half (and at least two) of Q1, Q2 … start with their own letter, headings aside; in capitals when every letter is one', () => {
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) the number of fines' }, { id: 'Q2', text: '(b) the income' }])), 'lower');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'A. The number of fines' }, { id: 'Q2', text: 'B) The income' }, { id: 'Q3', text: 'How many wardens?' }])), 'upper', 'two of three');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'A. The number of fines' }, { id: 'Q2', text: 'b) The income' }])), 'lower', 'mixed case');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) the number of fines' }, { id: 'Q2', text: 'the income' }, { id: 'Q3', text: 'the costs' }])), false, 'one of three');
    assert.equal(
      hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) fines' }, { id: 'Q2', text: 'b) income' }, { id: 'Q3', text: 'costs' }, { id: 'Q4', text: 'd) wardens' }, { id: 'Q5', text: 'staff' }])),
      'lower',
      'three of five (half rounded up)',
    );
    assert.equal(
      hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) fines' }, { id: 'Q2', text: 'b) income' }, { id: 'Q3', text: 'costs' }, { id: 'Q4', text: 'wardens' }, { id: 'Q5', text: 'staff' }])),
      false,
      'two of five',
    );
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q0', text: 'Parking', heading: true }, { id: 'Q1', text: 'a) fines' }, { id: 'Q2', text: 'b) income' }])), 'lower', 'a heading is not counted');
  });

  it('is not lettered for letters that do not match the number, a letter with no space after it, parts, one item, or no questionnaire', () => {
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'b) fines' }, { id: 'Q2', text: 'c) income' }])), false, 'letters off by one');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a)fines' }, { id: 'Q2', text: 'b)income' }])), false);
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'xa) fines' }, { id: 'Q2', text: 'xb) income' }])), false, 'the letter must start the text');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1a', text: 'a) fines' }, { id: 'Q1b', text: 'b) income' }])), false, 'lettered parts of Q1');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) fines' }, { id: 'Q2a', text: 'b) income' }])), false, 'one part among the items');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) fines' }, { id: 'Q2', text: 'b) income' }, { id: 'Q3a', text: 'c) costs' }])), false, 'a lettered part among lettered items');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) fines' }])), false, 'one item');
    assert.equal(hasLetterItems(questionnaire([{ id: 'Q1', text: 'a) fines' }, { id: 'Q10', text: 'b) income' }])), false, 'Q10 is not item b');
    assert.equal(hasLetterItems(null), false);
  });

  it('answers the same for the same questionnaire when asked again', () => {
    const q = questionnaire([{ id: 'Q1', text: 'a) fines' }, { id: 'Q2', text: 'b) income' }]);
    assert.equal(hasLetterItems(q), 'lower');
    assert.equal(hasLetterItems(q), 'lower');
    const no = questionnaire([{ id: 'Q1', text: 'fines' }, { id: 'Q2', text: 'income' }]);
    assert.equal(hasLetterItems(no), false);
    assert.equal(hasLetterItems(no), false);
  });
});
