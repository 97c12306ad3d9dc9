// Questions a reply quotes by their words alone (no number): which line becomes the question's
// marker, at which offset, and which lines are never taken. The researcher sees this as the line
// an answer is read from; a wrong marker is an answer read from the wrong place.
import { strict as assert } from 'node:assert';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { questionTextMarkers } from '../../src/core/quotedQuestions';
import { questionWords, replyLines } from '../../src/core/segment';
import type { Marker, Questionnaire } from '../../src/core/types';

function questionnaire(questions: [string, string][]): Questionnaire {
  const yaml = `version: 1\nquestions:\n${questions.map(([id, text]) => `  - id: ${id}\n    text: ${JSON.stringify(text)}\n`).join('')}`;
  const parsed = parseQuestionnaire(yaml);
  assert.deepEqual(parsed.problems, []);
  return parsed.questionnaire!;
}

// Question words: Q1 has 11 words, Q2 10, Q3 6, Q4 4 (the fewest that may be recognised), Q5 3.
const Q = questionnaire([
  ['Q1', 'How many public benches does the council maintain in its parks?'],
  ['Q2', 'How many benches were replaced in the last financial year?'],
  ['Q3', 'Does the council run memorial benches?'],
  ['Q4', 'Who repairs damaged benches?'],
  ['Q5', 'Bench paint colour?'],
]);

/** Each quoted-question marker as `id@line:column "text at its offset…"` (1-based line and column). */
function quoted(text: string, q: Questionnaire | null = Q, markers?: Marker[]): string[] {
  const lines = replyLines(text);
  const found = markers ?? (q ? scanMarkersWith(text, { knownIds: q.questions.map((x) => x.id) }) : []);
  return questionTextMarkers(text, lines, found, q, questionWords(q)).map((m) => {
    assert.equal(m.end, m.start, 'a quoted question is an empty label');
    assert.equal(m.label, '');
    assert.deepEqual(m.unknownIds, []);
    const col = m.start - lines[m.line]!.start + 1;
    return `${m.ids.join('+')}@${m.line + 1}:${col}${m.quoteDepth ? ` >${m.quoteDepth}` : ''} "${text.slice(m.start, m.start + 12)}"`;
  });
}

describe('core: questions quoted by their words (questionTextMarkers)', () => {
  it('marks the line that quotes a question, at the offset of the question’s first word', () => {
    const text = 'Dear Ms Quill,\n\nHow many public benches does the council maintain in its parks?\n1,140\n';
    assert.deepEqual(quoted(text), ['Q1@3:1 "How many pub"']);
  });

  it('finds nothing without a questionnaire, and nothing in a reply that quotes no question', () => {
    assert.deepEqual(quoted('How many public benches does the council maintain in its parks?\n1,140', null), []);
    assert.deepEqual(quoted('Dear Ms Quill,\n\nWe maintain 640 benches in our parks.\n'), []);
  });

  it('lets up to three words open the line before the question ("You asked us: …"), not four', () => {
    assert.deepEqual(quoted('You asked us: How many public benches does the council maintain in its parks?\n'), ['Q1@1:15 "How many pub"']);
    assert.deepEqual(quoted('Your email asked us: How many public benches does the council maintain in its parks?\n'), []);
  });

  it('recognises a quotation that drops the question’s first word, from its second word', () => {
    assert.deepEqual(quoted('Many public benches does the council maintain in its parks?\n'), ['Q1@1:1 "Many public "']);
  });

  it('follows the question over wrapped lines, up to four lines', () => {
    assert.deepEqual(quoted('How many public\nbenches does the\ncouncil maintain\nin its parks?\n1,140'), ['Q1@1:1 "How many pub"']);
    // Spread over five lines, the first four carry too few of its words.
    assert.deepEqual(quoted('How many\npublic benches\ndoes the\ncouncil\nmaintain in its parks?\n1,140'), []);
  });

  it('does not follow a question across a blank line or into a line of another quote depth', () => {
    assert.deepEqual(quoted('How many public benches\n\ndoes the council maintain in its parks?\n'), []);
    assert.deepEqual(quoted('How many public benches\n> does the council maintain in its parks?\n'), []);
  });

  it('marks a quotation inside a quoted message with its quote depth', () => {
    assert.deepEqual(quoted('> > How many public benches does the council maintain in its parks?\n> 1,140'), ['Q1@1:5 >2 "How many pub"']);
  });

  it('needs four fifths of the question’s words: 9 of 11 is enough, 8 of 11 is not, 4 of 5 is', () => {
    // Q1 without "public" and "its" (9 of 11 words).
    assert.deepEqual(quoted('How many benches does the council maintain in parks?\n'), ['Q1@1:1 "How many ben"']);
    // Without "public", "its" and "parks" (8 of 11).
    assert.deepEqual(quoted('How many benches does the council maintain in?\n'), []);
    // Exactly four fifths.
    const five = questionnaire([['Q1', 'Who paints the park benches?']]);
    assert.deepEqual(quoted('Who paints park benches?\nOur parks team.', five), ['Q1@1:1 "Who paints p"']);
  });

  it('skips at most two words of the reply at a time: three inserted words end the match', () => {
    // Two extra words after "benches" are skipped and the question is still matched in full.
    assert.deepEqual(quoted('How many public benches (all types) does the council maintain in its parks?\n'), ['Q1@1:1 "How many pub"']);
    // Three extra words stop the match after "benches": 4 of 11 words.
    assert.deepEqual(quoted('How many public benches of every type does the council maintain in its parks?\n'), []);
  });

  it('skips at most two words of the question at a time, the second word too', () => {
    // "public" and "benches" left out (two words): matched on, 9 of 11.
    assert.deepEqual(quoted('How many does the council maintain in its parks?\n'), ['Q1@1:1 "How many doe"']);
    // A question of 17 words: 14 would be enough, but three left out in a row end the match.
    const long = questionnaire([['Q1', 'How many public benches and picnic tables does the council maintain in its parks and open spaces?']]);
    assert.deepEqual(quoted('How many picnic tables does the council maintain in its parks and open spaces?\n', long), []);
    assert.deepEqual(quoted('How many benches and picnic tables does the council maintain in its parks and open spaces?\n', long), ['Q1@1:1 "How many ben"']);
    // The question's second word left out, right after its first: 8 of 9.
    const nine = questionnaire([['Q1', 'What total number of benches does the council maintain?']]);
    assert.deepEqual(quoted('What number of benches does the council maintain?\n', nine), ['Q1@1:1 "What number "']);
  });

  it('recognises a question of four words, never one of three (too short to tell by its wording)', () => {
    assert.deepEqual(quoted('Who repairs damaged benches?\nOur parks team.\n\nBench paint colour?\nGreen.'), ['Q4@1:1 "Who repairs "']);
  });

  it('takes the question the line carries more of when two share their opening words', () => {
    const short = 'How many benches were replaced last year?';
    const long = 'How many benches were replaced last year by volunteers in the parks?';
    const shortFirst = questionnaire([['Q1', short], ['Q2', long]]);
    const longFirst = questionnaire([['Q1', long], ['Q2', short]]);
    // The short question quoted: all of its words, 7 of the long one's 12.
    assert.deepEqual(quoted(`${short}\n38`, shortFirst), ['Q1@1:1 "How many ben"']);
    assert.deepEqual(quoted(`${short}\n38`, longFirst), ['Q2@1:1 "How many ben"']);
    // Two questions that differ in their last word: the one quoted whole (9 of 9) wins over 8 of 9.
    const staff = 'How many benches were repaired by the council staff?';
    const volunteers = 'How many benches were repaired by the council volunteers?';
    const both = questionnaire([['Q1', staff], ['Q2', volunteers]]);
    assert.deepEqual(quoted(`${volunteers}\n12`, both), ['Q2@1:1 "How many ben"']);
    assert.deepEqual(quoted(`${staff}\n12`, both), ['Q1@1:1 "How many ben"']);
  });

  it('returns every quotation of a question (the request at the top and again above its answer)', () => {
    const text = ['Does the council run memorial benches?', '', '-----', '', 'Does the council run memorial benches?', 'Yes.'].join('\n');
    assert.deepEqual(quoted(text), ['Q3@1:1 "Does the cou"', 'Q3@5:1 "Does the cou"']);
  });

  it('leaves a question that already has a numbered label to its label', () => {
    assert.deepEqual(quoted('Q3. Yes.\n\nDoes the council run memorial benches?\nYes.\n'), []);
  });

  it('never uses a line that carries a marker, nor wraps a quotation onto one', () => {
    const text = 'How many public benches does the council\nmaintain in its parks?\n';
    const marker: Marker = { ids: ['Q2'], start: 0, end: 0, line: 0, label: '', quoteDepth: 0, unknownIds: [] };
    assert.deepEqual(quoted(text, Q, [marker]), []);
    const onSecond: Marker = { ids: ['Q2'], start: 41, end: 41, line: 1, label: '', quoteDepth: 0, unknownIds: [] };
    // Without the second line the first carries 8 of Q1's 12 words: not enough.
    assert.deepEqual(quoted(text, Q, [onSecond]), []);
    assert.deepEqual(quoted(text, Q, []), ['Q1@1:1 "How many pub"']);
  });
  describe('parts of one item quoted in one paragraph', () => {
    const PARTS = questionnaire([
      ['Q1', 'Does the council run a memorial bench scheme?'],
      ['Q2a', 'How many benches were installed last year?'],
      ['Q2b', 'What premium does the council charge for a plaque?'],
      ['Q2c', 'Who maintains the memorial benches?'],
    ]);

    it('marks every later part the paragraph quotes, in order, when the item itself is no question', () => {
      assert.deepEqual(quoted('Secondly, how many benches were installed last year, and what premium does the council charge for a plaque?\n12, and £150.', PARTS), ['Q2a+Q2b@1:11 "how many ben"']);
      assert.deepEqual(quoted('How many benches were installed last year, and what premium does the council charge for a plaque? Who maintains the memorial benches?\n12', PARTS), ['Q2a+Q2b+Q2c@1:1 "How many ben"']);
    });

    it('marks one part alone when the paragraph quotes only it, and never an earlier part', () => {
      assert.deepEqual(quoted('How many benches were installed last year?\n12', PARTS), ['Q2a@1:1 "How many ben"']);
      assert.deepEqual(quoted('What premium does the council charge for a plaque? And how many benches were installed last year?\n£150', PARTS), ['Q2b@1:1 "What premium"']);
    });

    it('marks only the first part when the item is a question of its own', () => {
      const withItem = questionnaire([
        ['Q2', 'Memorial benches'],
        ['Q2a', 'How many benches were installed last year?'],
        ['Q2b', 'What premium does the council charge for a plaque?'],
      ]);
      assert.deepEqual(quoted('How many benches were installed last year, and what premium does the council charge for a plaque?\n12', withItem), ['Q2a@1:1 "How many ben"']);
    });
  });
});
