// Small readers the engine's reading of a reply is built from, each with what a coder would see
// go wrong: a message date read wrongly reorders an email thread (the newer answer must win), a
// cross-reference read wrongly copies the wrong answer, a folded character changes a status.
import { strict as assert } from 'node:assert';
import { normalise, splitBlocks } from '../../src/core/classify';
import { isMessageBoundary, markerIds, scanMarkers, wordTokens } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { parseDate } from '../../src/core/segment';

describe('reading parts: dates of messages in a thread', () => {
  it('reads day-month-year, month-day-year, ISO and numeric dates, with the time when given', () => {
    assert.equal(parseDate('Sent: 3rd March 2021 14:05'), Date.UTC(2021, 2, 3, 14, 5));
    assert.equal(parseDate('Sent: 3 Mar. 2021'), Date.UTC(2021, 2, 3));
    assert.equal(parseDate('Date: 21 december, 2020'), Date.UTC(2020, 11, 21));
    assert.equal(parseDate('Date: March 3, 2021'), Date.UTC(2021, 2, 3));
    assert.equal(parseDate('Date: Sept 30 2020 at 9:07'), Date.UTC(2020, 8, 30, 9, 7));
    assert.equal(parseDate('2021-03-04 09:00'), Date.UTC(2021, 2, 4, 9, 0));
    assert.equal(parseDate('04/03/2021'), Date.UTC(2021, 2, 4));
    assert.equal(parseDate('no date here'), null);
    assert.equal(parseDate('12:30 only'), null);
  });

  it('orders two messages of one day by their time', () => {
    assert.ok(parseDate('1 May 2021 09:15')! < parseDate('1 May 2021 17:40')!);
    assert.ok(parseDate('1 May 2021 23:59')! < parseDate('2 May 2021 00:00')!);
  });
});

describe('reading parts: cross-references', () => {
  const Q = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n    type: number\n  - id: Q2\n    type: number\n  - id: Q3\n    type: number\n').questionnaire!;
  const third = (ref: string) => analyzeReply(`Q1. 12,000\nQ2. 7\nQ3. ${ref}\n`, Q).answers.find((a) => a.id === 'Q3')!;

  it('takes the referenced answer\'s value, in the ways councils write a reference', () => {
    for (const ref of ['As 1.', 'See answer to Q1.', 'Please see our response to question 1 above', 'as per 1', 'Same as Q 1.', 'Refer to the reply given to Q1 above.']) {
      const a = third(ref);
      assert.deepEqual([a.status, a.value], ['answered', 12000], ref);
    }
  });

  it('reads a figure next to a reference, or a long number, as the answer itself', () => {
    assert.equal(third('See Q1 for 45%').value, 45);
    assert.equal(third('See 12345').value, 12345);
  });
});

describe('reading parts: text folded for the phrase tables', () => {
  it('lower-cases, folds quotes, dashes and odd spaces, and joins a line that continues in lower case', () => {
    assert.equal(normalise('It\u2019s \u201cNot\u201d\nheld \u2013 A\u00a0B\tC\nD'), 'it\'s "not" held - a b c\nd');
    assert.equal(normalise('x\u2033 y\u00b4 `z` \u2212 \u200b\f\v'), 'x" y\' \'z\' -    ');
    assert.equal(normalise('Not held.\nthe end'), 'not held.\nthe end');
    assert.equal(normalise('Not held\r\n(see below)'), 'not held (see below)');
  });

  it('splits an answer into paragraphs and bullet items', () => {
    assert.deepEqual(splitBlocks('a\n\nb\r\n  \r\nc\n• d\n* e\nf\n\n\n'), ['a', 'b', 'c', '• d', '* e\nf']);
    assert.deepEqual(splitBlocks('one\n\u00a0\ntwo\n\u25e6 three'), ['one', 'two', '\u25e6 three']);
  });
});

describe('reading parts: where a new message starts', () => {
  it('knows email headers, separators and salutations, not words that merely begin the same', () => {
    for (const t of ['From: x', 'Sent: y', 'Date: 1', 'Subject: FOI', 'To: a', 'cc: x', 'Dear Sir', 'On Monday, Jo wrote:', '-----', '=====', '_____', '-- Original Message', '--Forwarded message', 'Begin forwarded message']) {
      assert.equal(isMessageBoundary(t), true, t);
    }
    for (const t of ['Fromage', 'Dear', 'subject:x', 'Sent', 'Todo: list', 'On Monday we wrote to you', '----', 'Once upon']) assert.equal(isMessageBoundary(t), false, t);
  });

  it('a header line ends the sub-questions of the question above, whatever its case', () => {
    for (const header of ['FROM: Information Governance', 'sent: Monday', 'Date: today', 'SUBJECT: FOI', 'cc: team', 'Dear Requester', '=====', '_____', '-----', 'On Monday, Jo wrote:', 'Begin forwarded message', '-- original message']) {
      assert.deepEqual(scanMarkers(`Q4. 75\n${header}\na) 20`, new Set(['Q4', 'Q4a'])).map((m) => m.ids), [['Q4']], header);
    }
    assert.deepEqual(scanMarkers('Q4. 75\nFrance\na) 20', new Set(['Q4', 'Q4a'])).map((m) => m.ids), [['Q4'], ['Q4a']]);
  });
});

describe('reading parts: words and ids', () => {
  it('gives lower-case word tokens with offsets from a base, letters of any script and digits', () => {
    assert.deepEqual(wordTokens('Hello, W\u00f6rld 42!', 10), [
      { word: 'hello', start: 10, end: 15 },
      { word: 'w\u00f6rld', start: 17, end: 22 },
      { word: '42', start: 23, end: 25 },
    ]);
    assert.deepEqual(wordTokens('a-b'), [{ word: 'a', start: 0, end: 1 }, { word: 'b', start: 2, end: 3 }]);
    assert.deepEqual(wordTokens('x y').map((t) => t.word), ['x', 'y'], 'a second call starts again at the beginning');
  });

  it('lists the ids of markers once each, in order of appearance', () => {
    const markers = scanMarkers('Q2. a\nQ1-Q2. b\nQ3. c\n', new Set(['Q1', 'Q2', 'Q3']));
    assert.deepEqual(markerIds(markers), ['Q2', 'Q1', 'Q3']);
  });
});
