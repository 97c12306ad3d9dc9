// The reading of a reply as a whole (reader.ts), as the researcher sees it in each suggestion:
// status, value, unit, exemption, line, reason and `why` — for judgement by the question's type,
// cross-references, parents and parts, whole- and partial-request statements, and the variant.
import { strict as assert } from 'node:assert';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { calibrationProbe, notAsked, relabel, renumbering, shiftedByWording, sidecarVariant } from '../../src/core/reader';
import { questionWords } from '../../src/core/segment';
import { analyzeReply } from '../../src/core/suggest';
import type { Marker, Questionnaire, Suggestion } from '../../src/core/types';

function questionnaire(yaml: string): Questionnaire {
  const parsed = parseQuestionnaire(yaml);
  assert.deepEqual(parsed.problems, []);
  return parsed.questionnaire!;
}

const Q = questionnaire(`version: 1
questions:
  - id: Q1
    text: How many staff work in the parks team?
    type: number
  - id: Q2
    text: What was the total spend on park benches in 2023?
    type: money
  - id: Q3
    text: Are the benches mainly wood or metal?
    type: choice
    choices: [Wood, Metal]
  - id: Q4
    text: Are the bins mainly plastic or steel?
    type: choice
    choices: [Plastic, Steel, Both]
  - id: Q5
    text: Does the council use volunteers?
    type: yes-no
  - id: Q6
    text: Which contractor repairs the benches?
  - id: Q7
    text: The bench scheme
    heading: true
  - id: Q7a
    text: How many memorial benches were installed?
    type: number
  - id: Q7b
    text: What does a memorial bench cost?
    type: money
  - id: Q8
    text: How many litter bins does the council empty?
    type: number
  - id: Q8a
    text: How many of those are recycling bins?
    type: number
variants:
  short:
    omit: [Q8a, Q8]
`);

type Row = [id: string, status: string, value: Suggestion['value'] | undefined, line: number, reason: string | undefined];
const rows = (text: string, q: Questionnaire | null = Q): Row[] => analyzeReply(text, q).answers.map((a) => [a.id, a.status, a.value, a.line, a.reason]);
const whys = (text: string, q: Questionnaire | null = Q): [string, string | undefined][] => analyzeReply(text, q).answers.map((a) => [a.id, a.why]);

describe('core: reading a reply as a whole (reader.ts)', () => {
  describe('judgement by the question’s type', () => {
    const CASES: [string, Row][] = [
      ['Q2. Approx. £4,500 – the rest is not held', ['Q2', 'partial', 4500, 1, 'value given and part not held']],
      ['Q1. 14 staff, the rest not held', ['Q1', 'partial', 14, 1, 'value given and part not held']],
      ['Q3. Are the benches mainly wood or metal?\nWood and metal in equal measure', ['Q3', 'unclear', null, 2, 'names more than one of the choices']],
      ['Q3. Both', ['Q3', 'unclear', null, 1, 'names more than one of the choices']],
      ['Q4. Both', ['Q4', 'answered', 'Both', 1, 'both choices']],
      ['Q4. Are the bins mainly plastic or steel?\nPlastic and steel, roughly half each', ['Q4', 'answered', 'Both', 2, 'both choices']],
      ['Q1. The scheme does not apply to parks staff', ['Q1', 'not-applicable', null, 1, 'says the question does not apply']],
      ['Q2. Numerous', ['Q2', 'unclear', null, 1, 'no figure: a vague quantity']],
      ['Q2. Varies – £200 to £900 per bench', ['Q2', 'unclear', null, 1, 'no figure: a vague quantity']],
      ['Q1. Several, depending on season', ['Q1', 'unclear', null, 1, 'no number given']],
      ['Q3. Oak', ['Q3', 'unclear', null, 1, 'no choice given']],
    ];
    for (const [text, want] of CASES) {
      it(`reads ${JSON.stringify(text)} as ${want[1]}${want[2] !== null ? ` ${want[2]}` : ''}: ${want[4]}`, () => {
        assert.deepEqual(rows(text), [want]);
      });
    }

    it('keeps the unit of a figure for part and drops it from a vague answer', () => {
      const [part] = analyzeReply('Q2. Approx. £4,500 – the rest is not held', Q).answers;
      assert.equal(part!.unit, 'GBP');
      const [vague] = analyzeReply('Q2. Varies – £200 to £900 per bench', Q).answers;
      assert.equal(vague!.unit, undefined);
    });

    it('reads "Various – …" as vague for a typed question only: a text question keeps the names that follow', () => {
      assert.deepEqual(rows('Q6. Various – Parkfix Ltd and Benchco Ltd'), [['Q6', 'answered', 'Various - Parkfix Ltd and Benchco Ltd', 1, 'text']]);
      assert.deepEqual(rows('Q2. Various – Parkfix Ltd and Benchco Ltd'), [['Q2', 'unclear', null, 1, 'no figure: a vague quantity']]);
    });
  });

  describe('cross-references', () => {
    it('gives a reference its target’s status, value, unit and reason, and says where it comes from', () => {
      const a = analyzeReply('Q1. 14\nQ2. £4,500\nQ6. As above', Q).answers.find((x) => x.id === 'Q6')!;
      assert.deepEqual([a.status, a.value, a.unit, a.from, a.reason, a.why], ['answered', 4500, 'GBP', 'Q2', 'as Q2: a figure', 'cross-reference to Q2, line 3']);
    });

    it('copies the target’s exemption', () => {
      const a = analyzeReply('Q2. Refused under section 43 as commercially sensitive.\nQ6. See Q2.', Q).answers.find((x) => x.id === 'Q6')!;
      assert.deepEqual([a.status, a.exemption, a.from, a.why], ['refused', 's43', 'Q2', 'cross-reference to Q2, line 2']);
    });

    it('reads a typed question referring to an answer of another type as unclear, never the target’s value', () => {
      assert.deepEqual(rows('Q1. 14\nQ2. As Q1.\nQ5. Yes\nQ7a. As Q5'), [
        ['Q1', 'answered', 14, 1, 'a figure'],
        ['Q2', 'unclear', null, 2, 'refers to Q1, which gives no money'],
        ['Q5', 'answered', 'Yes', 3, '"Yes"'],
        ['Q7a', 'unclear', null, 4, 'refers to Q5, which gives no number'],
      ]);
    });

    it('reads a reference to a question with no answer as unclear, and says so', () => {
      const text = 'Q1. 14\nQ6. See Q9.';
      assert.deepEqual(rows(text)[1], ['Q6', 'unclear', null, 2, 'refers to Q9, which has no answer here']);
      assert.deepEqual(whys(text)[1], ['Q6', 'cross-reference, target not found, line 2']);
    });

    it('follows a chain of references to the answer at its end', () => {
      const a = analyzeReply('Q1. 14\nQ7a. As Q1.\nQ8. As Q7a.', Q).answers;
      assert.deepEqual(a.map((x) => [x.id, x.status, x.value, x.from ?? null]), [
        ['Q1', 'answered', 14, null],
        ['Q7a', 'answered', 14, 'Q1'],
        ['Q8', 'answered', 14, 'Q7a'],
      ]);
    });

    it('without a questionnaire, is never surer than its target nor sure at all, and unsure of a missing target', () => {
      const a = analyzeReply('Q1. 14\nQ2. As Q1.\nQ3. See Q9.', null).answers;
      const q2 = a.find((x) => x.id === 'Q2')!;
      const q3 = a.find((x) => x.id === 'Q3')!;
      assert.equal(q2.value, '14');
      assert.ok(q2.confidence <= 0.75 && q2.confidence <= a.find((x) => x.id === 'Q1')!.confidence, String(q2.confidence));
      assert.equal(q3.status, 'unclear');
      assert.ok(q3.confidence <= 0.3, String(q3.confidence));
    });
  });

  describe('parents and their parts', () => {
    it('spreads a heading’s "Not applicable" to each of its parts, naming the heading', () => {
      assert.deepEqual(whys('Q7. Not applicable\nQ1. 14'), [
        ['Q1', 'own label, line 2: a figure'],
        ['Q7', 'own label, line 1: "N/A"'],
        ['Q7a', "covered by Q7's answer, line 1"],
        ['Q7b', "covered by Q7's answer, line 1"],
      ]);
      const parts = analyzeReply('Q7. Not applicable\nQ1. 14', Q).answers.filter((a) => a.id.startsWith('Q7'));
      assert.deepEqual(parts.map((a) => [a.id, a.status, a.from ?? null, a.line]), [
        ['Q7', 'not-applicable', null, 1],
        ['Q7a', 'not-applicable', 'Q7', 1],
        ['Q7b', 'not-applicable', 'Q7', 1],
      ]);
    });

    it('gives a heading the answer of a range line that answers all its parts', () => {
      assert.deepEqual(whys('Q7a-Q7b: Not held\nQ1. 14'), [
        ['Q1', 'own label, line 2: a figure'],
        ['Q7', "the line answering all of Q7's parts, line 1"],
        ['Q7a', 'range, line 1: not held'],
        ['Q7b', 'range, line 1: not held'],
      ]);
    });

    it('spreads "(all parts) not held" after a parent’s label to its parts, naming the parent', () => {
      assert.deepEqual(whys('Q8 (all parts) Not held\nQ1. 14'), [
        ['Q1', 'own label, line 2: a figure'],
        ['Q8', 'own label, line 1: not held'],
        ['Q8a', "covered by Q8's answer, line 1"],
      ]);
      assert.deepEqual(rows('Q8 (all parts) Not held\nQ1. 14').map((r) => r.slice(0, 4)), [
        ['Q1', 'answered', 14, 2],
        ['Q8', 'not-held', null, 1],
        ['Q8a', 'not-held', null, 1],
      ]);
    });

    it('does not spread a parent’s own "not held" (for its own figure) to its parts', () => {
      assert.deepEqual(rows('Q8. Not held\nQ8a. 40').map((r) => r.slice(0, 3)), [
        ['Q8', 'not-held', null],
        ['Q8a', 'answered', 40],
      ]);
      assert.deepEqual(rows('Q8. Not held').map((r) => r[0]), ['Q8']);
    });

    it('lets a part’s own answer win over its heading’s', () => {
      assert.deepEqual(rows('Q7. Not applicable\nQ7a. 3').map((r) => r.slice(0, 3)), [
        ['Q7', 'not-applicable', null],
        ['Q7a', 'answered', 3],
        ['Q7b', 'not-applicable', null],
      ]);
    });
  });

  describe('whole- and partial-request statements', () => {
    it('spreads a refusal of the whole request to every question, with its exemption, line and why', () => {
      const text = 'Dear Ms Quill,\n\nWe are refusing your request in its entirety under section 12 of the Act, because the cost of compliance exceeds the appropriate limit.\n\nQ1. 14\n\nYours sincerely';
      const a = analyzeReply(text, Q).answers;
      assert.deepEqual(a.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q7a', 'Q7b', 'Q8', 'Q8a']);
      for (const x of a) {
        assert.deepEqual([x.status, x.exemption, x.value, x.line, x.reason, x.why], ['refused', 's12', null, 3, 'whole-request refusal: "section 12" → s12', 'whole-request refusal, s12, line 3'], x.id);
      }
    });

    it('codes every question not held when the council holds none of the information', () => {
      const a = analyzeReply('Dear Ms Quill,\n\nThe council does not hold any of the information you have requested.\n\nYours sincerely', Q).answers;
      assert.equal(a.length, 11);
      for (const x of a) {
        assert.deepEqual([x.status, x.line, x.reason, x.why], ['not-held', 3, 'whole request not-held: the whole request is not held', 'whole request not-held, not-held, line 3'], x.id);
      }
    });

    it('does not spread "none of the information" when the council holds some of it', () => {
      const a = analyzeReply('Dear Ms Quill,\n\nThe council does not hold any of the information you have requested, except the staff numbers.\n\nQ1. 14', Q).answers;
      assert.deepEqual(a.map((x) => [x.id, x.status]), [['Q1', 'answered']]);
    });

    it('refuses the questions a partial statement names, and keeps the others’ own answers', () => {
      const text = 'Dear Ms Quill,\n\nWe answer questions 1 and 5 below. Questions 2 and 3 are refused under section 43 as commercially sensitive.\n\nQ1. 14\nQ5. Yes';
      assert.deepEqual(rows(text), [
        ['Q1', 'answered', 14, 5, 'a figure'],
        ['Q2', 'refused', null, 3, 'partial-request refusal: "section 43" → s43'],
        ['Q3', 'refused', null, 3, 'partial-request refusal: "section 43" → s43'],
        ['Q5', 'answered', 'Yes', 6, '"Yes"'],
      ]);
      assert.deepEqual(whys(text)[1], ['Q2', 'partial-request refusal, s43, line 3']);
    });

    it('reads "questions 7 to 8" as the range and its parts', () => {
      const text = 'Dear Ms Quill,\n\nWe answer question 1 below. Questions 7a to 8 are withheld under section 43 as commercially sensitive.\n\nQ1. 14';
      assert.deepEqual(rows(text).map((r) => [r[0], r[1]]), [
        ['Q1', 'answered'],
        ['Q7a', 'refused'],
        ['Q7b', 'refused'],
        ['Q8', 'refused'],
        ['Q8a', 'refused'],
      ]);
    });

    it('keeps the questions’ own answers when most of the request is answered despite a refusal paragraph', () => {
      const text = 'Dear Ms Quill,\n\nQ1. 14\nQ2. £4,500\nQ3. Wood\nQ5. Yes\n\nWe are refusing your request in its entirety under section 12 of the Act, because the cost exceeds the appropriate limit.\n';
      assert.deepEqual(rows(text).map((r) => [r[0], r[1]]), [
        ['Q1', 'answered'],
        ['Q2', 'answered'],
        ['Q3', 'answered'],
        ['Q5', 'answered'],
      ]);
    });
  });

  describe('the variant', () => {
    it('names the questionnaire’s variant that omits exactly the questions not asked, in any order', () => {
      assert.equal(sidecarVariant({ notAsked: ['Q8', 'Q8a'], relabelled: {} }, Q), 'short');
    });

    it('lists the omitted ids when no variant matches, and nothing when every question was asked', () => {
      assert.deepEqual(sidecarVariant({ notAsked: ['Q8'], relabelled: {} }, Q), { omit: ['Q8'] });
      assert.deepEqual(sidecarVariant({ notAsked: ['Q8a', 'Q8', 'Q1'], relabelled: {} }, Q), { omit: ['Q8a', 'Q8', 'Q1'] });
      assert.deepEqual(sidecarVariant({ notAsked: ['Q8', 'Q8a'], relabelled: {} }, null), { omit: ['Q8', 'Q8a'] });
      assert.equal(sidecarVariant({ notAsked: [], relabelled: { Q9: 'Q6' } }, Q), undefined);
      assert.equal(sidecarVariant(null, Q), undefined);
    });

    const EIGHT = questionnaire(`version: 1\nquestions:\n${['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'].map((id) => `  - id: ${id}\n`).join('')}  - id: Q9\n    heading: true\n`);
    const labels = (...ids: string[]): Marker[] => ids.map((id, line) => ({ ids: [id], start: 0, end: 0, line, label: id, quoteDepth: 0, unknownIds: [] }));

    it('finds questions not asked when the reply quotes the request: labelled twice elsewhere, nowhere here', () => {
      // Q1–Q7 quoted and answered; Q8 nowhere; the heading Q9 never counts.
      const m = labels('Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7');
      assert.deepEqual(notAsked(m, EIGHT), ['Q8']);
      assert.deepEqual(notAsked(m, null), []);
    });

    it('needs half the questions (at least three) labelled twice, and at most a quarter unlabelled', () => {
      // Four of eight labelled twice, two nowhere: Q7 and Q8.
      assert.deepEqual(notAsked(labels('Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q1', 'Q2', 'Q3', 'Q4'), EIGHT), ['Q7', 'Q8']);
      // Three labelled twice: not enough.
      assert.deepEqual(notAsked(labels('Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q1', 'Q2', 'Q3'), EIGHT), []);
      // Three nowhere: another layout, not a variant.
      assert.deepEqual(notAsked(labels('Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q1', 'Q2', 'Q3', 'Q4'), EIGHT), []);
      // A short questionnaire still needs three labelled twice.
      const FOUR = questionnaire('version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n  - id: Q3\n  - id: Q4\n');
      assert.deepEqual(notAsked(labels('Q1', 'Q2', 'Q3', 'Q1', 'Q2'), FOUR), []);
      assert.deepEqual(notAsked(labels('Q1', 'Q2', 'Q3', 'Q1', 'Q2', 'Q3'), FOUR), ['Q4']);
    });
  });

  describe('labels the council numbered its own way', () => {
    const bagsOf = (q: Questionnaire) => new Map([...questionWords(q)].map(([id, w]) => [id, w.bag]));
    const scan = (text: string, q: Questionnaire) => scanMarkersWith(text, { knownIds: q.questions.map((x) => x.id) });

    it('gives an unknown label the id of the question whose words follow it, and every occurrence of that label', () => {
      const text = 'Q9. Which contractor repairs the benches?\nParkfix Ltd\n\nQ9 - Parkfix Ltd';
      const markers = scan(text, Q);
      assert.deepEqual(relabel(text, markers, Q, bagsOf(Q)), { Q9: 'Q6' });
      assert.deepEqual(markers.map((m) => [m.ids, m.unknownIds]), [[['Q6'], []], [['Q6'], []]]);
    });

    it('does not relabel on fewer than four words, on words two questions share, or to a question labelled already', () => {
      const few = 'Q9. Contractor repairs benches?';
      assert.deepEqual(relabel(few, scan(few, Q), Q, bagsOf(Q)), {});
      const twin = questionnaire('version: 1\nquestions:\n  - id: Q1\n    text: How many benches does the council repair each year?\n  - id: Q2\n    text: How many benches does the council replace each year?\n');
      const shared = 'Q9. How many benches does the council repair or replace each year?';
      assert.deepEqual(relabel(shared, scan(shared, twin), twin, bagsOf(twin)), {});
      const taken = 'Q6. Parkfix\nQ9. Which contractor repairs the benches?';
      assert.deepEqual(relabel(taken, scan(taken, Q), Q, bagsOf(Q)), {});
      assert.deepEqual(relabel(few, scan(few, Q), null, bagsOf(Q)), {});
    });

    it('reports the relabelling as the council’s variant', () => {
      const r = analyzeReply('Q1. 14\nQ9. Which contractor repairs the benches?\nParkfix Ltd', Q);
      assert.deepEqual(r.variant, { notAsked: [], relabelled: { Q9: 'Q6' } });
      assert.deepEqual(r.answers.map((a) => [a.id, a.value]), [['Q1', 14], ['Q6', 'Parkfix Ltd']]);
    });

    const SIX = questionnaire(`version: 1
questions:
  - id: Q1
    text: How many parks does the council manage in the borough?
  - id: Q2
    text: How many playgrounds were refurbished during the last year?
  - id: Q3
    text: Which company supplies the play equipment for playgrounds?
  - id: Q4
    text: What was the total grounds maintenance budget this year?
  - id: Q5
    text: Does the council employ its own tree surgeons directly?
`);

    it('moves labels that quote another question’s words (one question left out, the rest numbered up)', () => {
      const text = [
        'Q1. How many parks does the council manage in the borough?', '12',
        'Q2. Which company supplies the play equipment for playgrounds?', 'Playco',
        'Q3. What was the total grounds maintenance budget this year?', '£1m',
        'Q4. Does the council employ its own tree surgeons directly?', 'Yes',
      ].join('\n');
      assert.deepEqual([...shiftedByWording(text, scan(text, SIX), SIX, bagsOf(SIX))!], [['Q2', 'Q3'], ['Q3', 'Q4'], ['Q4', 'Q5']]);
      assert.equal(shiftedByWording(text, scan(text, SIX), null, bagsOf(SIX)), null);
    });

    it('does not move one label alone, nor moves that break the order, nor onto a label left in place', () => {
      const one = ['Q1. How many parks does the council manage in the borough?', 'Q2. Which company supplies the play equipment for playgrounds?'].join('\n');
      assert.equal(shiftedByWording(one, scan(one, SIX), SIX, bagsOf(SIX)), null);
      const crossed = ['Q2. Does the council employ its own tree surgeons directly?', 'Q4. Which company supplies the play equipment for playgrounds?'].join('\n');
      assert.equal(shiftedByWording(crossed, scan(crossed, SIX), SIX, bagsOf(SIX)), null);
      const onto = [
        'Q2. Which company supplies the play equipment for playgrounds?',
        'Q3. What was the total grounds maintenance budget this year?',
        'Q4. Sorry, this was not asked of us at all by anyone here',
      ].join('\n');
      assert.equal(shiftedByWording(onto, scan(onto, SIX), SIX, bagsOf(SIX)), null);
    });

    it('reads numbers 1 to N as positions when the words agree with the position more than with the number', () => {
      const LETTERED = questionnaire(`version: 1
questions:
  - id: Q1
    text: How many parks does the council manage in the borough?
  - id: Q1a
    text: How many playgrounds were refurbished during the last year?
  - id: Q2
    text: Which company supplies the play equipment for playgrounds?
  - id: Q2a
    text: What was the total grounds maintenance budget this year?
  - id: Q3
    text: Does the council employ its own tree surgeons directly?
  - id: Q4
    text: How many allotment plots are currently vacant?
`);
      const text = [
        '1. How many parks does the council manage in the borough? 12',
        '2. How many playgrounds were refurbished during the last year? 3',
        '3. Which company supplies the play equipment for playgrounds? Playco',
        '4. What was the total grounds maintenance budget this year? £1m',
      ].join('\n');
      const map = renumbering(text, scan(text, LETTERED), LETTERED, bagsOf(LETTERED));
      assert.deepEqual(map && [...map], [['Q1', 'Q1'], ['Q2', 'Q1a'], ['Q3', 'Q2'], ['Q4', 'Q2a'], ['Q5', 'Q3'], ['Q6', 'Q4']]);
      // Two labels by position are not enough.
      const two = text.split('\n').slice(0, 3).join('\n');
      assert.equal(renumbering(two, scan(two, LETTERED), LETTERED, bagsOf(LETTERED)), null);
      // A questionnaire without lettered parts is never renumbered.
      assert.equal(renumbering(text, scan(text, SIX), SIX, bagsOf(SIX)), null);
    });
  });

  describe('why each suggestion was made', () => {
    it('says "own label", the line and the reason', () => {
      assert.deepEqual(whys('Dear Ms Quill,\n\nQ1. 14\nQ5. Yes'), [
        ['Q1', 'own label, line 3: a figure'],
        ['Q5', 'own label, line 4: "Yes"'],
      ]);
    });

    it('records a calibration key for each suggestion when asked (for the calibration script)', () => {
      calibrationProbe.keys = new Map();
      try {
        const a = analyzeReply('Q1. 14\nQ6. As Q1.', Q).answers;
        assert.equal(calibrationProbe.keys.size, 2);
        for (const x of a) assert.match(calibrationProbe.keys.get(x)!, /\S/);
        assert.notEqual(calibrationProbe.keys.get(a[0]!), calibrationProbe.keys.get(a[1]!));
      } finally {
        calibrationProbe.keys = null;
      }
    });
  });
  describe('more of the reading, at each rule', () => {
    const COLOURS = questionnaire('version: 1\nquestions:\n  - id: Q1\n    text: What colour are the benches painted?\n    type: choice\n    choices: colours\ncodes:\n  colours: [Green, Black]\n');

    it('reads a choice question whose choices are a code list: one choice, two, or "Both" it does not offer', () => {
      assert.deepEqual(rows('Q1. Green', COLOURS), [['Q1', 'answered', 'Green', 1, 'text']]);
      assert.deepEqual(rows('Q1. Green and black in equal measure', COLOURS), [['Q1', 'unclear', null, 1, 'names more than one of the choices']]);
      assert.deepEqual(rows('Q1. Both', COLOURS), [['Q1', 'unclear', null, 1, 'names more than one of the choices']]);
    });

    it('reads a typed value with "no figures are available" / "no data is held" for the rest as partial', () => {
      assert.deepEqual(rows('Q2. £4,500 – no figures are available for repairs'), [['Q2', 'partial', 4500, 1, 'value given and part not held']]);
      assert.deepEqual(rows('Q1. 14 – no data is held on apprentices'), [['Q1', 'partial', 14, 1, 'value given and part not held']]);
    });

    it('gives an unlabelled part the status of its clause when the clause says not held or refused', () => {
      assert.deepEqual(whys('Q8. The council empties 400 litter bins. The number of recycling bins is not held.'), [
        ['Q8', "own label, line 1: a figure; what is not held is its parts'"], // the part's clause is its own: the parent is answered
        ['Q8a', "part of Q8's paragraph, line 1"],
      ]);
      const [, part] = analyzeReply('Q8. The council empties 400 litter bins. Recycling bins are withheld under section 43.', Q).answers;
      assert.deepEqual([part!.id, part!.status, part!.exemption, part!.value, part!.from, part!.text], ['Q8a', 'refused', 's43', null, 'Q8', 'Recycling bins are withheld under section 43.']);
    });

    it('spreads a parent’s "(all parts) refused" to its parts with the exemption', () => {
      const a = analyzeReply('Q8 (all parts) Refused under section 43 as commercially sensitive', Q).answers;
      assert.deepEqual(a.map((x) => [x.id, x.status, x.exemption, x.why]), [
        ['Q8', 'refused', 's43', 'own label, line 1: "section 43" → s43'],
        ['Q8a', 'refused', 's43', "covered by Q8's answer, line 1"],
      ]);
    });

    it('keeps the questions’ own "not held" and "not applicable" over a whole-request refusal when there are enough of them', () => {
      const head = 'Dear Ms Quill,\n\nWe are refusing your request in its entirety under section 12 of the Act, because the cost exceeds the appropriate limit.\n\n';
      assert.deepEqual(rows(`${head}Q1. Not held\nQ2. Not held\nQ3. Not applicable`).map((r) => [r[0], r[1]]), [
        ['Q1', 'not-held'],
        ['Q2', 'not-held'],
        ['Q3', 'not-applicable'],
      ]);
      // Two of eleven is few enough for the refusal to stand.
      const two = rows(`${head}Q1. Not held\nQ2. Not held`);
      assert.equal(two.length, 11);
      assert.ok(two.every((r) => r[1] === 'refused' && r[3] === 3));
    });

    it('lets a partial statement replace an answer that is only the statement itself', () => {
      const text = 'Dear Ms Quill,\n\nQ1. 14\n\nQ2.\nWe answer question 1 above. Questions 2 and 3 are refused under section 43 as commercially sensitive.';
      assert.deepEqual(whys(text), [
        ['Q1', 'own label, line 3: a figure'],
        ['Q2', 'partial-request refusal, s43, line 6'],
        ['Q3', 'partial-request refusal, s43, line 6'],
      ]);
    });

    it('drops a bare conjunction left where the quoted request listed its questions', () => {
      assert.deepEqual(rows('Q1 and\nQ2. £4,500').map((r) => r[0]), ['Q2']);
    });
  });

  describe('parents, parts and references at their edges', () => {
    const brief = (text: string) => analyzeReply(text, Q).answers.map((a) => [a.id, a.status, a.value, a.line, a.from ?? null]);

    it('does not copy a parent’s figure after "(all parts)" to its parts', () => {
      assert.deepEqual(brief('Q8 (all parts) 40 bins'), [['Q8', 'answered', 40, 1, null]]);
    });

    it('spreads a parent’s own "Not applicable" to its parts, though it is no heading', () => {
      assert.deepEqual(brief('Q8. Not applicable'), [['Q8', 'not-applicable', null, 1, null], ['Q8a', 'not-applicable', null, 1, 'Q8']]);
    });

    it('gives no answer to a parent that is no heading from its only part’s line', () => {
      assert.deepEqual(brief('Q8a. Not held'), [['Q8a', 'not-held', null, 1, null]]);
    });

    it('gives a heading no answer when its parts are answered on separate lines, or with a figure', () => {
      assert.deepEqual(brief('Q7a. Not held\nQ7b. Not held'), [['Q7a', 'not-held', null, 1, null], ['Q7b', 'not-held', null, 2, null]]);
      assert.deepEqual(brief('Q7a-Q7b: 3'), [['Q7a', 'answered', 3, 1, null], ['Q7b', 'answered', 3, 1, null]]);
    });

    it('reads a reference to a partial figure of another type as unclear', () => {
      assert.deepEqual(rows('Q1. 14 – no data is held on apprentices\nQ2. As Q1.')[1], ['Q2', 'unclear', null, 2, 'refers to Q1, which gives no money']);
    });

    it('resolves "As above" on a range line to the answer before the line, for each id of the range', () => {
      assert.deepEqual(rows('Q1. 14\nQ7a-Q7b: As above'), [
        ['Q1', 'answered', 14, 1, 'a figure'],
        ['Q7a', 'answered', 14, 2, 'as Q1: a figure'],
        ['Q7b', 'unclear', null, 2, 'refers to Q1, which gives no money'],
      ]);
      assert.deepEqual(rows('Q7a-Q7b: As above').map((r) => r[4]), ['refers to an earlier answer, which has no answer here', 'refers to an earlier answer, which has no answer here']);
    });
  });

  describe('parts answered inside the parent’s prose', () => {
    const PARKS = questionnaire(`version: 1
questions:
  - id: Q1
    text: The parks budget
    heading: true
  - id: Q1a
    text: What was the total spend on park benches?
    type: money
  - id: Q1b
    text: How many benches were replaced in the year?
    type: number
  - id: Q2
    text: How many litter bins does the council empty?
    type: number
  - id: Q2a
    text: How many of those bins are recycling bins?
    type: number
  - id: Q2b
    text: How long does a bin collection round take?
    type: duration
`);
    const parts = (text: string) => analyzeReply(text, PARKS).answers.map((a) => [a.id, a.status, a.value, a.unit ?? null, a.line, a.why, a.text, a.from ?? null]);

    it('gives each part the sentence with its words and a value of its type, with its own line, text and unit', () => {
      assert.deepEqual(parts('Q2. The council empties 400 litter bins each week.\nOf those, 150 recycling bins are emptied separately.\nA collection round takes about 6 hours.'), [
        ['Q2', 'answered', 400, null, 1, 'own label, line 1: a figure', 'The council empties 400 litter bins each week.\nOf those, 150 recycling bins are emptied separately.\nA collection round takes about 6 hours.', null],
        ['Q2a', 'answered', 150, null, 2, "part of Q2's paragraph, line 2", 'Of those, 150 recycling bins are emptied separately.', 'Q2'],
        ['Q2b', 'answered', 6, 'hours', 3, "part of Q2's paragraph, line 3", 'A collection round takes about 6 hours.', 'Q2'],
      ]);
    });

    it('splits a sentence at "; " and at "and the remaining …"', () => {
      const a = parts('Q2. The council empties 400 litter bins; 150 are recycling bins and the remaining 250 are general waste.');
      assert.deepEqual(a[1], ['Q2a', 'answered', 150, null, 1, "part of Q2's paragraph, line 1", '150 are recycling bins', 'Q2']);
    });

    it('under a heading, answers the parts and marks the heading itself not applicable', () => {
      assert.deepEqual(parts('Q1. The total spend on park benches was £12,400.\nWe replaced 31 benches in the year.'), [
        ['Q1', 'not-applicable', null, null, 1, 'parent, line 1: a heading: its parts carry the answer', 'The total spend on park benches was £12,400.\nWe replaced 31 benches in the year.', null],
        ['Q1a', 'answered', 12400, 'GBP', 1, "part of Q1's paragraph, line 1", 'The total spend on park benches was £12,400.', 'Q1'],
        ['Q1b', 'answered', 31, null, 2, "part of Q1's paragraph, line 2", 'We replaced 31 benches in the year.', 'Q1'],
      ]);
    });

    it('does not split a one-sentence answer of a parent that is no heading', () => {
      assert.deepEqual(parts('Q2. The council empties 400 litter bins.').map((r) => r[0]), ['Q2']);
    });
  });

  describe('refusals spread over several paragraphs', () => {
    /** The distinct [status, exemption, line, how many] of all suggestions. */
    const spread = (text: string) => {
      const a = analyzeReply(text, Q).answers;
      return [...new Set(a.map((x) => JSON.stringify([x.status, x.exemption ?? null, x.line])))].map((k) => [...JSON.parse(k), a.length]);
    };

    it('reads a decision that follows its reasons back to the section the reasons cite', () => {
      const text = 'Dear Ms Quill,\n\nSection 12 of the Act allows an authority to refuse a request where the cost of compliance exceeds the appropriate limit of £450.\n\nWe estimate that locating the figures would take 30 hours across several teams.\n\nTherefore the council is not obliged to comply with your request.\n\nYours sincerely';
      assert.deepEqual(spread(text), [['refused', 's12', 3, 11]]);
    });

    it('reads a decision that gives its section in the next paragraph', () => {
      const text = 'Dear Ms Quill,\n\nWe are refusing your request in full, I am afraid, sorry.\n\nThis is because section 12 applies: the cost of compliance exceeds the appropriate limit.\n\nYours sincerely';
      assert.deepEqual(spread(text), [['refused', 's12', 3, 11]]);
    });

    it('does not count a labelled reason inside the refusal as that question’s answer', () => {
      const text = 'Dear Ms Quill,\n\nWe are refusing your request in its entirety under section 12 of the Act.\n\nQ1: we would need to read some 1,900 timesheets, about 40 hours of work.\n\nYours sincerely';
      assert.deepEqual(spread(text), [['refused', 's12', 3, 11]]);
    });

    it('ignores a refusal quoted from an earlier message, and one too short to be a statement', () => {
      assert.deepEqual(rows('Dear Ms Quill,\n\n> We are refusing your request in its entirety under section 12 of the Act.\n\nQ1. 14'), [['Q1', 'answered', 14, 5, 'a figure']]);
      assert.deepEqual(rows('Refused in its entirety.\n\nQ1. 14'), [['Q1', 'answered', 14, 3, 'a figure']]);
    });
  });

  describe('what the calibration is told of each suggestion', () => {
    /** [id, how, typed, hasValue, doubt, asks] of each suggestion. */
    function features(text: string, q: Questionnaire = Q): unknown[][] {
      calibrationProbe.features = new Map();
      try {
        return analyzeReply(text, q).answers.map((a) => {
          const f = calibrationProbe.features!.get(a)!;
          return [a.id, f.how, f.typed, f.hasValue, f.doubt, f.asks];
        });
      } finally {
        calibrationProbe.features = null;
      }
    }

    it('tells how each was found: own label, reference, parent, whole request, partial statement, range', () => {
      assert.deepEqual(features('Q1. 14\nQ2. As Q1\nQ5. See Q9').map((f) => f.slice(0, 2)), [['Q1', 'label'], ['Q2', 'reference'], ['Q5', 'reference']]); // a reference to a question with no answer here is still a reference
      assert.deepEqual(features('Q8 (all parts) Not held').map((f) => f.slice(0, 2)), [['Q8', 'label'], ['Q8a', 'parent']]);
      assert.deepEqual(features('Q7a-Q7b: Not held').map((f) => f.slice(0, 2)), [['Q7', 'range'], ['Q7a', 'range'], ['Q7b', 'range']]);
      const whole = features('Dear Ms Quill,\n\nWe are refusing your request in its entirety under section 12 of the Act, because the cost exceeds the appropriate limit.\n');
      assert.ok(whole.every((f) => f[1] === 'whole'));
      const partial = features('Dear Ms Quill,\n\nQ1. 14\n\nWe answer question 1 above. Questions 2 and 3 are refused under section 43 as commercially sensitive.');
      assert.deepEqual(partial.map((f) => f.slice(0, 2)), [['Q1', 'label'], ['Q2', 'partial'], ['Q3', 'partial']]);
    });

    it('tells whether the question is typed and the suggestion has a value', () => {
      assert.deepEqual(features('Q5. Yes\nQ6. Parkfix Ltd\nQ2. Not held'), [
        ['Q2', 'label', true, false, false, false],
        ['Q5', 'label', true, true, false, false],
        ['Q6', 'label', false, true, false, false],
      ]);
    });

    it('tells of doubt when the figure was picked among several, not when one figure stands alone or beside a year', () => {
      assert.deepEqual(features('Q1. 14 of 20 staff')[0], ['Q1', 'label', true, true, true, false]);
      assert.deepEqual(features('Q1. 14')[0], ['Q1', 'label', true, true, false, false]);
      assert.deepEqual(features('Q2. In 2019 we spent £4,500')[0], ['Q2', 'label', true, true, false, false]);
    });

    it('tells of doubt for a bare-number label', () => {
      assert.deepEqual(features('Dear Ms Quill,\n\n1. 14\n2. £4,500\n3. Wood\n4. Steel\n5. Yes')[0], ['Q1', 'label', true, true, true, false]);
    });

    it('tells when the answer text asks a question (the question’s own words may have been taken)', () => {
      // The question's words before "?" are taken off: the answer "14" asks nothing.
      assert.deepEqual(features('Q1. How many staff? 14')[0], ['Q1', 'label', true, true, false, false]);
      assert.deepEqual(features('Q6. Which firm? We use Parkfix Ltd')[0], ['Q6', 'label', false, true, false, true]);
      assert.deepEqual(features('Q6. What firm is it, Parkfix Ltd')[0], ['Q6', 'label', false, true, false, true]);
    });
  });
});
