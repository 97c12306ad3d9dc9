import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scanMarkers, scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { assertLinear } from '../support/scaling';

const QUESTIONNAIRE = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
const KNOWN = new Set(QUESTIONNAIRE.questions.map((q) => q.id));

function idsOf(text: string, known: ReadonlySet<string> | null = KNOWN): string[][] {
  return scanMarkers(text, known).map((m) => m.ids);
}

describe('scanMarkers: the forms of DESIGN §4', () => {
  const single: [string, string[]][] = [
    ['Q1. What is the full official name?', ['Q1']],
    ['Q4a. How many of those', ['Q4a']],
    ['Q12c', ['Q12c']],
    ['Q4a) 20', ['Q4a']],
    ['Q 4a 20', ['Q4a']],
    ['Q4(a) How many', ['Q4a']],
    ['Question 4a: How many', ['Q4a']],
    ['4a) 20', ['Q4a']],
    ['4(a) – Not held.', ['Q4a']],
    ['4a. 20', ['Q4a']],
    ['Q4a: 20', ['Q4a']],
    ['Q4a - 20', ['Q4a']],
    ['q4A – not held', ['Q4a']],
    ['  - Q6b: 22%', ['Q6b']],
    ['• Q6b: 22%', ['Q6b']],
    ['**Q6b** 22%', ['Q6b']],
    ['Q4 a) 20', ['Q4a']],
    ['Q.7 60 per cent', ['Q7']],
  ];
  for (const [line, ids] of single) {
    it(`reads ${JSON.stringify(line)} as ${ids.join(',')}`, () => {
      assert.deepEqual(idsOf(line), [ids]);
    });
  }

  const multi: [string, string[]][] = [
    ['Q4a-Q4c: not held', ['Q4a', 'Q4b', 'Q4c']],
    ['Q4a – c – We do not keep a register', ['Q4a', 'Q4b', 'Q4c']],
    ['13 – 13d) N/A', ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']],
    ['12(a)–(c) When did it go live', ['Q12a', 'Q12b', 'Q12c']],
    ['Q13a-d: n/a', ['Q13a', 'Q13b', 'Q13c', 'Q13d']],
    ['Q13a – d Not applicable', ['Q13a', 'Q13b', 'Q13c', 'Q13d']],
    ['Q8-Q10: still being collated', ['Q8', 'Q9', 'Q10']],
    ['Q6b/Q6c – 31%', ['Q6b', 'Q6c']],
    ['Q6b / Q6c: 31%', ['Q6b', 'Q6c']],
    ['Q4a & Q4b | Not held', ['Q4a', 'Q4b']],
    ['Q4a and Q4b: not held', ['Q4a', 'Q4b']],
    ['Q6b, Q6c: 31%', ['Q6b', 'Q6c']],
    ['4a & 4b. How many', ['Q4a', 'Q4b']],
  ];
  for (const [line, ids] of multi) {
    it(`reads the range or list ${JSON.stringify(line)}`, () => {
      assert.deepEqual(idsOf(line), [ids]);
    });
  }

  it('reads table rows with and without a leading pipe, and tab-separated rows', () => {
    assert.deepEqual(idsOf('| Q6b | N/A |\nQ6c | N/A\nQ7\tWhat percentage\t60%'), [['Q6b'], ['Q6c'], ['Q7']]);
  });

  it('finds markers behind `>` and `> >` quote prefixes and counts the depth', () => {
    const ms = scanMarkers('> Q1. What is it?\n> > Q2. How large?\n>> Q3. Area?', KNOWN);
    assert.deepEqual(
      ms.map((m) => [m.ids[0], m.quoteDepth, m.label]),
      [
        ['Q1', 1, 'Q1.'],
        ['Q2', 2, 'Q2.'],
        ['Q3', 2, 'Q3.'],
      ],
    );
  });

  it('gives offsets of the label itself, after the prefixes', () => {
    const text = 'intro\n>   Question 4a: How many?';
    const [m] = scanMarkers(text, KNOWN);
    assert.equal(text.slice(m!.start, m!.end), 'Question 4a:');
    assert.equal(m!.line, 1);
  });

  it('keeps ids the questionnaire does not know as unknownIds', () => {
    const [m] = scanMarkers('Q15. Extra question\n', KNOWN);
    assert.deepEqual(m!.ids, []);
    assert.deepEqual(m!.unknownIds, ['Q15']);
  });

  it('does not take "Response:" or "Answer:" lines for markers', () => {
    assert.deepEqual(idsOf('Response: 12\nAnswer: 4\nA: 5'), []);
  });

  it('does not read figures, dates, quarters or words as markers', () => {
    assert.deepEqual(idsOf('17.18 Payroll – £64.2m\n03.07.2018\n10:30 meeting\n2001\nQ3 2018 results\nQueen Street\n1.5m residents'), []);
  });

  it('accepts bare numbers that ascend through a numbered letter', () => {
    const text = 'Dear Mr Osei,\n\n1. Castle Council\n2. 96,000\n3. 352 km2\n4. About 150\n4a. 20\n5. Waste';
    assert.deepEqual(idsOf(text), [['Q1'], ['Q2'], ['Q3'], ['Q4'], ['Q4a'], ['Q5']]);
  });

  it('rejects a numbered list inside an answer', () => {
    const text = 'Q12c. What were the main obstacles?\n1. Funding\n2. Promoting Usage\n\nQ13. If the Authority does not have a CRM system:';
    assert.deepEqual(idsOf(text), [['Q12c'], ['Q13']]);
  });

  it('rejects a short 1-2-3 list that stands alone in a letter', () => {
    const text = 'Dear Mr Osei,\n\nWe refused because:\n1. the cost\n2. the time\n3. the burden\n\nYours sincerely';
    assert.deepEqual(idsOf(text), []);
  });

  it('accepts an internal review that answers two questions by bare number', () => {
    const text = 'Q3. 300 ha\nQ14. Residents\n\nDear Mr Osei,\n\n4. The register lists 180 applications.\n\n9. The total was £2.2m.';
    assert.deepEqual(idsOf(text), [['Q3'], ['Q14'], ['Q4'], ['Q9']]);
  });

  it('reads letters alone as sub-questions of the numbered marker above', () => {
    assert.deepEqual(idsOf('Q4. 75\na) 20\nb) 55\n(c) Residents'), [['Q4'], ['Q4a'], ['Q4b'], ['Q4c']]);
  });

  it('does not take a wrapped cross-reference inside a question for a marker', () => {
    const text = 'Q13b. If Yes to\nQ13a., what were the reasons for not proceeding?\nFunding';
    assert.deepEqual(idsOf(text), [['Q13b']]);
  });

  it('is case-insensitive and works without a questionnaire', () => {
    assert.deepEqual(idsOf('q4A. x\nQUESTION 5: y', null), [['Q4a'], ['Q5']]);
  });

  it('reads bare numbers with the questionnaire words as evidence', () => {
    const words = new Map(QUESTIONNAIRE.questions.map((q) => [q.id, new Set((q.text ?? '').toLowerCase().split(/[^a-z0-9]+/))]));
    const ms = scanMarkersWith('Dear Sir\n\n1. What is the full official name of the Authority?\nCastle Council', { knownIds: [...KNOWN], questionTokens: words });
    assert.deepEqual(
      ms.map((m) => m.ids),
      [['Q1']],
    );
  });

  it('scans a 16 MB reply in linear time (2 MB and 16 MB)', function () {
    this.timeout(120000);
    const block = 'Q4a. How many of those are stand-alone?\n> > Q4b - 12\nsome answer text 17.18 with figures £1.2m\n\n';
    const size = (mb: number) => block.repeat(Math.ceil((mb * 1024 * 1024) / block.length));
    const small = size(2);
    assert.ok(scanMarkers(small, KNOWN).length > 10000);
    assertLinear('markers: scan', small, size(16), (text) => scanMarkers(text, KNOWN), { factor: 8, runs: 1 });
  });

  it('never throws and every label is the text at its offsets (property)', () => {
    const alphabet = fc.constantFrom('Q', 'q', '1', '4', '13', 'a', 'c', '(', ')', '.', ':', '-', '–', '/', '&', ' ', '\t', '\n', '\r\n', '>', '|', '\u00a0', 'and', 'Question ', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), fc.boolean(), (text, withKnown) => {
        const ms = scanMarkers(text, withKnown ? KNOWN : null);
        for (const m of ms) {
          assert.equal(text.slice(m.start, m.end), m.label);
          assert.ok(m.ids.length + m.unknownIds.length > 0);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void scanMarkers(text, KNOWN)), { numRuns: 300 });
  });
});

describe('scanMarkersWith: request shapes other than "Q1." (issue #7)', () => {
  const ids = (text: string, known: string[]) => scanMarkersWith(text, { knownIds: known }).map((m) => [m.line + 1, m.ids.join('+')]);

  it('reads "(iii)", "iv." and "vii)" as the roman-numbered items Q3, Q4, Q7, and the answer list after the quoted request', () => {
    const text = ['You asked:', '(i) the number of dog fouling fines;', '(ii) whether wardens patrol at night;', '(iii) the number of wardens.', '', 'Our response', '', 'i. 312', '', 'ii. No.', '', 'iii) 4'].join('\n');
    assert.deepEqual(ids(text, ['Q1', 'Q2', 'Q3']), [[2, 'Q1'], [3, 'Q2'], [4, 'Q3'], [8, 'Q1'], [10, 'Q2'], [12, 'Q3']]);
  });

  it('keeps "(i)" as the letter of a question that has one, and ignores numerals that are not labels', () => {
    const letters = 'abcdefghi'.split('');
    const text = ['Q8. Cafés', ...letters.map((c, i) => `(${c}) ${i + 1}`)].join('\n');
    const got = ids(text, ['Q8', ...letters.map((c) => `Q8${c}`)]);
    assert.deepEqual(got[got.length - 1], [10, 'Q8i']);
    assert.deepEqual(ids(['(i)sic', 'iiii. no', 'vx. no', 'ix.5'].join('\n'), ['Q1', 'Q4', 'Q9']), []);
  });

  it('reads "1 - 412 km" answer lines as a numbered answer list', () => {
    const text = ['Our response:', '', '1 - 412 km', '', '2 - Not something we calculate.', '', '3 - 11'].join('\n');
    assert.deepEqual(ids(text, ['Q1', 'Q2', 'Q3']), [[3, 'Q1'], [5, 'Q2'], [7, 'Q3']]);
  });

  it('reads "1." as every part of a number the questionnaire asks only in parts (Q1a, Q1b, no Q1), then its own (a)/(b) lines', () => {
    const known = ['Q1a', 'Q1b', 'Q2a', 'Q2b', 'Q3'];
    assert.deepEqual(ids(['1. 40 stalls; 9 to new traders.', '', '2. Quoted question?', '(a) £25', '(b) Yes', '', '3. 17'].join('\n'), known), [
      [1, 'Q1a+Q1b'],
      [3, 'Q2a+Q2b'],
      [4, 'Q2a'],
      [5, 'Q2b'],
      [7, 'Q3'],
    ]);
    // With a Q1 in the questionnaire, "1." is Q1 as before.
    assert.deepEqual(ids('Q1 - 40 stalls.', ['Q1', 'Q1a', 'Q1b']), [[1, 'Q1']]);
  });

  it('does not read "Q2 - 143." as a range to a question beyond the questionnaire', () => {
    assert.deepEqual(ids(['Q1 - None.', 'Q2 - 143. The rest is on our website.', 'Q3 - Not held.'].join('\n'), ['Q1', 'Q2', 'Q3']), [
      [1, 'Q1'],
      [2, 'Q2'],
      [3, 'Q3'],
    ]);
  });
});
