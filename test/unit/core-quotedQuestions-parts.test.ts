// The later parts of one request item quoted in one paragraph (quotedQuestions.ts, laterParts), at
// their edges: two-digit items, a part found from its second word, a part of exactly four words,
// exactly four fifths of a part's words, and parts of another item that merely share the digits.
import { strict as assert } from 'node:assert';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { questionTextMarkers } from '../../src/core/quotedQuestions';
import { questionWords, replyLines } from '../../src/core/segment';
import type { Questionnaire } from '../../src/core/types';

function questionnaire(questions: [string, string][]): Questionnaire {
  const yaml = `version: 1\nquestions:\n${questions.map(([id, text]) => `  - id: ${id}\n    text: ${JSON.stringify(text)}\n`).join('')}`;
  const parsed = parseQuestionnaire(yaml);
  assert.deepEqual(parsed.problems, []);
  return parsed.questionnaire!;
}

/** Each quoted-question marker as `ids@line:column`. */
function quoted(text: string, q: Questionnaire): string[] {
  const lines = replyLines(text);
  const found = scanMarkersWith(text, { knownIds: q.questions.map((x) => x.id) });
  return questionTextMarkers(text, lines, found, q, questionWords(q)).map((m) => `${m.ids.join('+')}@${m.line + 1}:${m.start - lines[m.line]!.start + 1}`);
}

const INSTALLED = 'How many benches were installed last year?';
const PREMIUM = 'What premium does the council charge for a plaque?';

describe('core: later parts of one quoted request item (quotedQuestions.ts)', () => {
  it('marks the parts of a two-digit item ("Q10a", "Q10b") together', () => {
    const q = questionnaire([
      ['Q1', 'Does the council run a memorial bench scheme?'],
      ['Q10a', INSTALLED],
      ['Q10b', PREMIUM],
    ]);
    assert.deepEqual(quoted('How many benches were installed last year, and what premium does the council charge for a plaque?\n12, and £150.', q), ['Q10a+Q10b@1:1']);
  });

  it('never takes a part of another item whose number begins with the same digit ("Q10a" after "Q1a", "Q1b")', () => {
    const q = questionnaire([
      ['Q1a', INSTALLED],
      ['Q1b', PREMIUM],
      ['Q10a', 'Who maintains the memorial benches?'],
    ]);
    const text = 'How many benches were installed last year, and what premium does the council charge for a plaque? Who maintains the memorial benches?\n12';
    assert.deepEqual(quoted(text, q), ['Q1a+Q1b@1:1']);
  });

  it('finds a later part quoted without its first word, from its second', () => {
    const q = questionnaire([
      ['Q2a', INSTALLED],
      ['Q2b', PREMIUM],
    ]);
    assert.deepEqual(quoted('How many benches were installed last year, and the premium does the council charge for a plaque?\n12', q), ['Q2a+Q2b@1:1']);
  });

  it('marks a later part of exactly four words, skips one of three, and goes on to the next', () => {
    const q = questionnaire([
      ['Q2a', INSTALLED],
      ['Q2b', 'Plaque premium charged?'],
      ['Q2c', 'Who maintains memorial benches?'],
    ]);
    assert.deepEqual(quoted('How many benches were installed last year? Plaque premium charged? Who maintains memorial benches?\n12', q), ['Q2a+Q2c@1:1']);
  });

  it('marks a later part quoted with exactly four fifths of its words', () => {
    const q = questionnaire([
      ['Q2a', INSTALLED],
      ['Q2b', 'Who maintains the memorial benches?'],
    ]);
    assert.deepEqual(quoted('How many benches were installed last year? Who maintains the benches?\n12', q), ['Q2a+Q2b@1:1']);
    assert.deepEqual(quoted('How many benches were installed last year? Who maintains benches?\n12', q), ['Q2a@1:1']);
  });
});
