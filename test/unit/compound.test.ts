import { strict as assert } from 'node:assert';
import { answerPieces, hasLetterItems, isGroupMarker } from '../../src/core/compound';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { analyzeReply } from '../../src/core/suggest';

// A request item that asks two things is split into parts a/b by init; a council answers it once,
// under the item's number or under the quoted paragraph. Each part must find its own answer.
const REQUEST = [
  'Dear Council,',
  '',
  '1. Markets. How many market stalls did the council let in 2024, and how many were let to first-time traders?',
  '2. What is the weekly fee for a standard stall, and does the council offer a discount for charities?',
  '3. How many stall inspections were made in 2024?',
  '',
  'Yours sincerely, Ola Brennagh',
].join('\n');
// Built inside each test (not when the file loads), so that a mutation run sees which test reaches which code.
const request = () => questionnaireFromRequest(REQUEST).questionnaire;

const coded = (reply: string) => Object.fromEntries(analyzeReply(reply, request()).answers.map((a) => [a.id, [a.status, a.value, a.line]]));

describe('answers to an item that asked two things', () => {
  it('reads "1. A; B" as one clause per part, in order, each with its own value', () => {
    const got = coded(['Dear Ms Brennagh,', '', '1. Stalls let in 2024 - 212; to first-time traders - 37.', '', '2. £48.50 per week. No, there is no discount for charities.', '', '3. 96', '', 'Yours sincerely'].join('\n'));
    assert.deepEqual(got.Q1a, ['answered', 212, 3]);
    assert.deepEqual(got.Q1b, ['answered', 37, 3]);
    assert.deepEqual(got.Q2a, ['answered', 48.5, 5]);
    assert.deepEqual(got.Q2b, ['answered', 'No', 5]);
    assert.deepEqual(got.Q3, ['answered', 96, 7]);
  });

  it('gives each part the line its own answer starts on, and its own status', () => {
    const got = coded(['Response', '', '1. All stalls: 212', '   First-time traders: we do not record this.', '', '2. The fee is on our website at https://markets.example.gov.uk/fees', '   Yes, charities pay half.', '', '3. 96'].join('\n'));
    assert.deepEqual(got.Q1a, ['answered', 212, 3]);
    assert.deepEqual(got.Q1b?.[0], 'not-held');
    assert.equal(got.Q1b?.[2], 4);
    assert.deepEqual(got.Q2a?.[0], 'signposted');
    assert.deepEqual(got.Q2b, ['answered', 'Yes', 7]);
  });

  it('reads the paragraph under a quoted item for both its parts', () => {
    const got = coded(
      [
        'Dear Ms Brennagh,',
        '',
        '"How many market stalls did the council let in 2024, and how many were let to first-time traders?"',
        '',
        'Response: 212 stalls were let. 37 of them went to first-time traders.',
        '',
        '"How many stall inspections were made in 2024?"',
        '',
        'Response: 96.',
      ].join('\n'),
    );
    assert.deepEqual(got.Q1a, ['answered', 212, 5]);
    assert.deepEqual(got.Q1b, ['answered', 37, 5]);
    assert.deepEqual(got.Q3, ['answered', 96, 9]);
  });

  it('cuts an answer into pieces only when their number matches', () => {
    const text = 'One line. Two here.\nThird line';
    assert.deepEqual(answerPieces(text, 0, text.length, 2)!.map((p) => text.slice(p.start, p.end)), ['One line. Two here.', 'Third line']);
    assert.deepEqual(answerPieces(text, 0, 19, 2)!.map((p) => text.slice(p.start, p.end)), ['One line.', 'Two here.']);
    assert.equal(answerPieces(text, 0, text.length, 4), null);
    assert.equal(answerPieces('a; b; c', 0, 7, 2), null);
  });

  it('treats only a plain number (or no label) for several parts of one number as a group', () => {
    const m = (label: string, ids: string[]) => ({ ids, label, start: 0, end: 0, line: 0, quoteDepth: 0, unknownIds: [] });
    assert.ok(isGroupMarker(m('1.', ['Q1a', 'Q1b'])));
    assert.ok(isGroupMarker(m('Q2 -', ['Q2a', 'Q2b'])));
    assert.ok(isGroupMarker(m('', ['Q2a', 'Q2b'])));
    assert.ok(!isGroupMarker(m('Q4a–c', ['Q4a', 'Q4b', 'Q4c'])));
    assert.ok(!isGroupMarker(m('3. and 4.', ['Q3', 'Q4'])));
    assert.ok(!isGroupMarker(m('1.', ['Q1a'])));
  });
});

describe('answers to a request lettered a), b) … with no numbers', () => {
  const lettered = () => questionnaireFromRequest(['Dear Sir,', '', 'a) the number of parking fines issued in 2024;', 'b) whether fines can be paid by phone;', 'c) the number of parking wardens employed.', '', 'Thanks'].join('\n')).questionnaire;
  it('reads "(b)" and "c)" as the lettered items', () => {
    const Q2 = lettered();
    assert.ok(hasLetterItems(Q2));
    const got = Object.fromEntries(analyzeReply(['Dear Sir,', '', '(a) 4,310', '', '(b) Yes.', '', 'c) 12 wardens.', '', 'Regards'].join('\n'), Q2).answers.map((a) => [a.id, [a.status, a.value, a.line]]));
    assert.deepEqual(got, { Q1: ['answered', 4310, 3], Q2: ['answered', 'Yes', 5], Q3: ['answered', 12, 7] });
  });
  it('is only on for a questionnaire whose texts carry the letters', () => {
    assert.ok(!hasLetterItems(request()));
  });
});
