import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlnumCode, isWs } from '../../src/core/markerLabel';
import { scanMarkers } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';

const QUESTIONNAIRE = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
const KNOWN = new Set(QUESTIONNAIRE.questions.map((q) => q.id));

function idsOf(text: string, known: ReadonlySet<string> | null = KNOWN): string[][] {
  return scanMarkers(text, known).map((m) => m.ids);
}

describe('marker labels read character by character', () => {
  it('classes characters as the regexes they stand for do, over every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isWs(c), /\s/.test(ch), `\\s at U+${c.toString(16)}`);
      assert.equal(isWs(c), ch.trimEnd() === '', `trimEnd at U+${c.toString(16)}`);
      assert.equal(isAlnumCode(c), /[\p{L}\p{N}]/u.test(ch), `letter or digit at U+${c.toString(16)}`);
    }
    assert.equal(isAlnumCode(-1), false);
  });

  it('reads the `Question No.` and `Q.` prefixes, and no id of four digits', () => {
    assert.deepEqual(idsOf('Question No. 5: services\nQ no 6a: yes\nQ. 7 60 per cent\nQ1234. not a question'), [['Q5'], ['Q6a'], ['Q7']]);
  });

  it('ends a label at the end of the line content, before trailing spaces', () => {
    const text = 'Q4a   \nQ4b\u00a0\u200b\r\n20';
    assert.deepEqual(
      scanMarkers(text, KNOWN).map((m) => m.label),
      ['Q4a', 'Q4b'],
    );
  });

  it('reports an id a list repeats once', () => {
    assert.deepEqual(idsOf('Q4a, Q4b and Q4a: not held'), [['Q4a', 'Q4b']]);
  });

  it('reads a letter alone as a sub-question only when a space or the line end follows it', () => {
    assert.deepEqual(idsOf('Q4. 75\na) 20\nb)55'), [['Q4'], ['Q4a']]);
  });

  it('starts a new message at a header whatever its case, so letters no longer follow the question above', () => {
    assert.deepEqual(idsOf('Q4. 75\na) 20'), [['Q4'], ['Q4a']]);
    assert.deepEqual(idsOf('Q4. 75\nTO: Information Governance\na) 20'), [['Q4']]);
  });

  it('counts a question line that ends in wide spaces as ended, for a cross-reference on the next line', () => {
    // Without the `?`, `Q13a.` continues the sentence above and is a cross-reference.
    assert.deepEqual(idsOf('Q13b. If Yes to\nQ13a., what were the reasons?'), [['Q13b']]);
    assert.deepEqual(idsOf('Q13b. If Yes to?\u3000\u2028\nQ13a., what were the reasons?'), [['Q13b'], ['Q13a']]);
  });

  it('follows a change of the questionnaire between scans, also in the same Set', () => {
    const known = new Set(KNOWN);
    assert.deepEqual(scanMarkers('Q15. Extra question', known)[0]!.unknownIds, ['Q15']);
    known.add('Q15');
    assert.deepEqual(scanMarkers('Q15. Extra question', known)[0]!.ids, ['Q15']);
    assert.deepEqual(scanMarkers('Q15. Extra question', KNOWN)[0]!.ids, []);
  });
});
