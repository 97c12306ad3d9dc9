// The reader's rules at their edges (reader.ts), as the researcher sees them: which questions a
// statement names, which questions a whole-request refusal covers, which labels are read as
// another question's, and what the confidence calibration is told of each suggestion.
import { strict as assert } from 'node:assert';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { calibrationProbe, relabel, shiftedByWording, sidecarVariant } from '../../src/core/reader';
import { questionWords } from '../../src/core/segment';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire, Suggestion } from '../../src/core/types';

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
  - id: Q9
    text: What share of benches are recycled plastic?
    type: percent
  - id: Q10
    text: In which year was the bench policy adopted?
    type: year
variants:
  short:
    omit: [Q8a, Q8]
`);

const read = (text: string, q: Questionnaire = Q): Suggestion[] => analyzeReply(text, q).answers;
/** [id, status, exemption, line] of each suggestion. */
const brief = (text: string, q: Questionnaire = Q) => read(text, q).map((a) => [a.id, a.status, a.exemption ?? null, a.line]);

const DEAR = 'Dear Ms Quill,\n\n';
const statement = (sentence: string) => `${DEAR}We answer question 5 below. ${sentence}\n\nQ5. Yes`;

describe('core: the reader’s rules at their edges (reader.ts)', () => {
  describe('the questions a partial statement names', () => {
    it('reads "questions 2 to 4" as every question from 2 to 4, the one between included', () => {
      assert.deepEqual(brief(statement('Questions 2 to 4 are refused under section 43 as commercially sensitive.')), [
        ['Q2', 'refused', 's43', 3],
        ['Q3', 'refused', 's43', 3],
        ['Q4', 'refused', 's43', 3],
        ['Q5', 'answered', null, 5],
      ]);
    });

    it('reads a range that starts at the first question ("questions 1-2")', () => {
      assert.deepEqual(brief(statement('Questions 1-2 are refused under section 43 as commercially sensitive.')).map((r) => r[0]), ['Q1', 'Q2', 'Q5']);
    });

    it('reads a range ending at a two-digit question, with the parts of the questions inside it', () => {
      assert.deepEqual(brief(statement('Questions 8 to 10 are refused under section 43 as commercially sensitive.')), [
        ['Q5', 'answered', null, 5],
        ['Q8', 'refused', 's43', 3],
        ['Q8a', 'refused', 's43', 3],
        ['Q9', 'refused', 's43', 3],
        ['Q10', 'refused', 's43', 3],
      ]);
    });

    it('stops a range at its last question when that question has no parts', () => {
      assert.deepEqual(brief(statement('Questions 2 to 3 are refused under section 43 as commercially sensitive.')).map((r) => r[0]), ['Q2', 'Q3', 'Q5']);
    });

    it('reads one question named alone with its parts ("Question 8 is refused")', () => {
      assert.deepEqual(brief(statement('Question 8 is refused under section 43 as commercially sensitive.')), [
        ['Q5', 'answered', null, 5],
        ['Q8', 'refused', 's43', 3],
        ['Q8a', 'refused', 's43', 3],
      ]);
    });

    it('reads ids written with their "Q" ("questions Q2 and Q3")', () => {
      assert.deepEqual(brief(statement('Questions Q2 and Q3 are refused under section 43 as commercially sensitive.')).map((r) => r[0]), ['Q2', 'Q3', 'Q5']);
    });

    it('leaves out a named question the questionnaire does not have, and a range wholly outside it', () => {
      assert.deepEqual(brief(statement('Questions 2 and 40 are refused under section 43 as commercially sensitive.')).map((r) => r[0]), ['Q2', 'Q5']);
      assert.deepEqual(brief(statement('Questions 20 to 22 are refused under section 43 as commercially sensitive.')), [['Q5', 'answered', null, 5]]);
    });

    it('needs an exemption: "questions 2 and 3 are refused." alone refuses nothing', () => {
      assert.deepEqual(brief(statement('Questions 2 and 3 are refused.')), [['Q5', 'answered', null, 5]]);
    });
  });

  describe('whole-request statements', () => {
    const QUOTED = [
      'You asked:',
      'Q1. How many staff work in the parks team?',
      'Q2. What was the total spend on park benches in 2023?',
      'Q3. Are the benches mainly wood or metal?',
      'Q4. Are the bins mainly plastic or steel?',
      'Q5. Does the council use volunteers?',
      'Q6. Which contractor repairs the benches?',
      'Q7a. How many memorial benches were installed?',
      'Q7b. What does a memorial bench cost?',
      'Q8. How many litter bins does the council empty?',
    ].join('\n');
    const REFUSAL = 'We are refusing your request in its entirety under section 12 of the Act, because the cost of compliance exceeds the appropriate limit.';

    it('covers only the questions the reply quotes when it quotes most of the request', () => {
      // 9 of the 12 questions quoted (three quarters): Q8a, Q9 and Q10 were not asked of this council.
      const a = read(`${DEAR}${QUOTED}\n\n${REFUSAL}`);
      assert.deepEqual(a.map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q7a', 'Q7b', 'Q8']);
      for (const x of a) assert.deepEqual([x.status, x.exemption, x.line, x.why], ['refused', 's12', 14, 'whole-request refusal, s12, line 14'], x.id);
    });

    it('covers every question when the reply quotes fewer than 60% of them', () => {
      const few = QUOTED.split('\n').slice(0, 7).join('\n'); // Q1–Q6: half of the 12
      assert.deepEqual(read(`${DEAR}${few}\n\n${REFUSAL}`).map((x) => x.id), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q7a', 'Q7b', 'Q8', 'Q8a', 'Q9', 'Q10']);
    });

    it('does not spread "none of the information" when the council holds some: "other than", "some of", "part of"', () => {
      for (const but of ['other than the staff numbers', 'apart from some of the staff numbers', 'bar part of the staff numbers']) {
        const text = `${DEAR}The council does not hold any of the information you have requested, ${but}.\n\nQ1. 14`;
        assert.deepEqual(brief(text), [['Q1', 'answered', null, 5]], but);
      }
    });
  });

  describe('answers kept or dropped as they stand', () => {
    it('keeps a one-word answer that merely contains "and" or "or" ("Holland", "Andover Parks Ltd")', () => {
      assert.deepEqual(read('Q6. Holland').map((a) => [a.id, a.value]), [['Q6', 'Holland']]);
      assert.deepEqual(read('Q6. Andover Parks Ltd').map((a) => [a.id, a.value]), [['Q6', 'Andover Parks Ltd']]);
    });
  });

  describe('judgement by type, at its edges', () => {
    it('reads a percentage with the rest not held as partial, with its unit', () => {
      const [a] = read('Q9. 45% – the rest is not held');
      assert.deepEqual([a!.status, a!.value, a!.unit, a!.reason], ['partial', 45, '%', 'value given and part not held']);
    });

    it('keeps a count with the rest not held unitless', () => {
      const [a] = read('Q1. 14 – not held for agency staff');
      assert.deepEqual([a!.status, a!.value, a!.reason], ['partial', 14, 'value given and part not held']);
      assert.equal('unit' in a!, false);
    });

    it('reads "does not apply" as not applicable only in an answer under 200 characters', () => {
      const long = `The scheme does not apply to the parks team${' because the staff were moved'.repeat(6)}`;
      assert.deepEqual(read(`Q1. ${long.slice(0, 199)}`).map((a) => [a.status, a.reason]), [['not-applicable', 'says the question does not apply']]);
      assert.deepEqual(read(`Q1. ${long.slice(0, 200)}`).map((a) => [a.status, a.reason]), [['unclear', 'no number given']]);
    });

    it('keeps "not held" when the answer also says "not relevant"', () => {
      assert.deepEqual(read('Q1. Not held – not relevant to parks staff').map((a) => [a.status, a.reason]), [['not-held', 'not held']]);
    });
  });

  describe('cross-references, at their edges', () => {
    it('gives a typed question the "not held" of a text question it refers to', () => {
      const a = read('Q6. Not held\nQ2. As Q6.').find((x) => x.id === 'Q2')!;
      assert.deepEqual([a.status, a.value, a.from, a.reason, a.why], ['not-held', null, 'Q6', 'as Q6: not held', 'cross-reference to Q6, line 2']);
    });

    it('leaves no unit and no exemption on a reference to a plain count', () => {
      const a = read('Q1. 14\nQ8. As Q1.').find((x) => x.id === 'Q8')!;
      assert.deepEqual([a.status, a.value, a.from], ['answered', 14, 'Q1']);
      assert.equal('unit' in a, false);
      assert.equal('exemption' in a, false);
    });
  });

  describe('the variant written to the sidecar', () => {
    it('matches a variant whatever the order of the ids not asked', () => {
      assert.equal(sidecarVariant({ notAsked: ['Q8a', 'Q8'], relabelled: {} }, Q), 'short');
    });

    it('does not match a variant that omits other ids of the same number, or only some of the same ones', () => {
      assert.deepEqual(sidecarVariant({ notAsked: ['Q1', 'Q2'], relabelled: {} }, Q), { omit: ['Q1', 'Q2'] });
      assert.deepEqual(sidecarVariant({ notAsked: ['Q8', 'Q9'], relabelled: {} }, Q), { omit: ['Q8', 'Q9'] });
      assert.deepEqual(sidecarVariant({ notAsked: ['Q8', 'Q8a', 'Q9'], relabelled: {} }, Q), { omit: ['Q8', 'Q8a', 'Q9'] });
    });
  });

  describe('labels the council numbered its own way', () => {
    const bags = new Map([...questionWords(Q)].map(([id, w]) => [id, w.bag]));
    const scan = (text: string, q: Questionnaire = Q) => scanMarkersWith(text, { knownIds: q.questions.map((x) => x.id) });
    const relabelled = (text: string, q: Questionnaire = Q, b = bags) => {
      const markers = scan(text, q);
      return [relabel(text, markers, q, b), markers.map((m) => [m.label, m.ids, m.unknownIds])];
    };

    it('relabels on exactly four words of one question', () => {
      assert.deepEqual(relabelled('Q19. Contractor repairs the benches'), [{ Q19: 'Q6' }, [['Q19.', ['Q6'], []]]]);
    });

    it('relabels at a score of exactly 0.6 (3 of 5 words, 3 of the question’s 5)', () => {
      assert.deepEqual(relabelled('Q19. Which contractor repairs our seats')[0], { Q19: 'Q6' });
    });

    it('does not relabel a range of two unknown labels', () => {
      assert.deepEqual(relabelled('Q19-Q20. Which contractor repairs the benches?'), [{}, [['Q19-Q20.', [], ['Q19', 'Q20']]]]);
    });

    it('leaves another unknown label alone', () => {
      assert.deepEqual(relabelled('Q19. Which contractor repairs the benches?\nQ21. Parkfix'), [
        { Q19: 'Q6' },
        [
          ['Q19.', ['Q6'], []],
          ['Q21.', [], ['Q21']],
        ],
      ]);
    });

    it('reads only the rest of the label’s line, not the lines after it', () => {
      const text = 'Q19. Which contractor repairs the benches?\nHow many staff work in the parks team is not known';
      assert.deepEqual(relabelled(text)[0], { Q19: 'Q6' });
    });

    it('reads the rest of the line to the very end of the reply', () => {
      // 4 of 7 words are Q6's: enough only with the last word, "benches", counted.
      assert.deepEqual(relabelled('Q19. Which contractor, if any, repairs our benches')[0], { Q19: 'Q6' });
    });

    it('does not relabel a line that shares only a few words with the questions', () => {
      assert.deepEqual(relabelled('Q19. The benches in the park were painted green last spring by volunteers')[0], {});
    });

    it('does not relabel words two questions share equally, whatever questions follow them', () => {
      const twin = questionnaire(
        'version: 1\nquestions:\n  - id: Q1\n    text: How many benches does the council repair each year?\n  - id: Q2\n    text: How many benches does the council replace each year?\n  - id: Q3\n    text: Who paints the railings?\n',
      );
      const twinBags = new Map([...questionWords(twin)].map(([id, w]) => [id, w.bag]));
      assert.deepEqual(relabelled('Q9. How many benches does the council repair or replace each year?', twin, twinBags)[0], {});
    });
  });

  describe('labels moved by one question left out', () => {
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
    const sixBags = new Map([...questionWords(SIX)].map(([id, w]) => [id, w.bag]));
    const moved = (...lines: string[]) => {
      const text = lines.join('\n');
      const m = shiftedByWording(text, scanMarkersWith(text, { knownIds: SIX.questions.map((x) => x.id) }), SIX, sixBags);
      return m && [...m];
    };
    const Q3_WORDS = 'Which company supplies the play equipment for playgrounds?';
    const Q4_WORDS = 'What was the total grounds maintenance budget this year?';

    it('reads a question wrapped onto the next line', () => {
      assert.deepEqual(moved('Q2. Which company', 'supplies the play equipment for playgrounds?', 'Playco', 'Q3. What was the total grounds maintenance', 'budget this year?', '£1m'), [
        ['Q2', 'Q3'],
        ['Q3', 'Q4'],
      ]);
    });

    it('reads a label followed by five words, and the last line of the reply', () => {
      assert.deepEqual(moved('Q2. Which company supplies play equipment', '', `Q3. ${Q4_WORDS}`), [
        ['Q2', 'Q3'],
        ['Q3', 'Q4'],
      ]);
    });

    it('keeps moves listed out of order when they keep the questionnaire’s order', () => {
      assert.deepEqual(moved(`Q3. ${Q4_WORDS}`, '£1m', `Q2. ${Q3_WORDS}`, 'Playco'), [
        ['Q3', 'Q4'],
        ['Q2', 'Q3'],
      ]);
    });

    it('does not move two labels onto one question, nor one label to two questions', () => {
      assert.equal(moved(`Q2. ${Q4_WORDS}`, '£1m', `Q3. ${Q4_WORDS}`, '£1m'), null);
      assert.equal(moved(`Q2. ${Q3_WORDS}`, 'Playco', 'Q2. Does the council employ its own tree surgeons directly?', 'Yes', `Q3. ${Q4_WORDS}`), null);
    });
  });

  describe('whole-request refusals: where the refusal ends', () => {
    const REFUSE = 'We are refusing your request in its entirety under section 12 of the Act.';
    const ANSWERS = 'Q1. 14\nQ2. £4,500\nQ5. Yes';
    const ids = (text: string) => brief(text).map((r) => `${r[0]} ${r[1]}`);
    const ALL_REFUSED = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q7a', 'Q7b', 'Q8', 'Q8a', 'Q9', 'Q10'].map((id) => `${id} refused`);

    it('keeps three labelled answers with figures after the refusal as the questions’ own answers', () => {
      assert.deepEqual(ids(`${DEAR}${REFUSE}\n\n${ANSWERS}\n\nYours sincerely`), ['Q1 answered', 'Q2 answered', 'Q5 answered']);
    });

    it('takes labelled lines followed by more cost reasoning as part of the refusal, not as answers', () => {
      assert.deepEqual(ids(`${DEAR}${REFUSE}\n\n${ANSWERS}\n\nWe estimate that answering would take 40 hours of staff time.\n\nYours sincerely`), ALL_REFUSED);
    });

    it('runs the refusal on over at most four paragraphs of cost reasoning', () => {
      const cost = ['search', 'check', 'collate', 'review'].map((v) => `It would take 10 hours to ${v}.`).join('\n\n');
      const text = `${DEAR}${REFUSE}\n\n${cost}\n\n${ANSWERS}\n\nIt would take 10 hours to redact.\n\nYours sincerely`;
      assert.deepEqual(ids(text), ['Q1 answered', 'Q2 answered', 'Q5 answered']);
    });

    it('does not run the refusal on over a quoted paragraph of cost reasoning', () => {
      const text = `${DEAR}${REFUSE}\n\n${ANSWERS}\n\n> We estimate that answering would take 40 hours of staff time.\n\nYours sincerely`;
      assert.deepEqual(ids(text), ['Q1 answered', 'Q2 answered', 'Q5 answered']);
    });

    it('finds the section of a refusal up to three paragraphs after it, and no further', () => {
      const between = ['We have looked at it with care.', 'We have discussed it with colleagues.', 'We have checked the files.'];
      const text = (n: number) => `${DEAR}We are refusing your request in full, I am afraid, sorry.\n\n${between.slice(0, n).join('\n\n')}\n\nThis is because section 12 applies: the cost of compliance exceeds the appropriate limit.\n\nYours sincerely`;
      const two = brief(text(2));
      assert.equal(two.length, 13);
      for (const r of two) assert.deepEqual(r.slice(1), ['refused', 's12', 3]);
      // (Four paragraphs on, the refusal is not tied to its section: only the paragraph that refuses
      // on cost, alone in a letter that answers nothing, is read as the decision, from its own line.)
      const three = brief(text(3));
      assert.equal(three.length, 13);
      for (const r of three) assert.deepEqual(r.slice(1), ['refused', 's12', 11]);
    });

    it('finds the section of a closing decision up to four paragraphs before it, not across a quoted one', () => {
      const SEC = 'Section 12 of the Act allows an authority to refuse a request where the cost of compliance exceeds the appropriate limit of £450.';
      const FIN = 'Therefore the council is not obliged to comply with your request.';
      const between = ['We have looked at it with care.', 'We have discussed it with colleagues.', 'We have checked the files.', 'We have asked the team.'];
      const text = (n: number) => `${DEAR}${SEC}\n\n${between.slice(0, n).join('\n\n')}\n\n${FIN}\n\nYours sincerely`;
      const three = brief(text(3));
      assert.equal(three.length, 13);
      for (const r of three) assert.deepEqual(r.slice(1), ['refused', 's12', 3]);
      assert.deepEqual(brief(text(4)), []);
      assert.deepEqual(brief(`${DEAR}${SEC}\n\n> We have looked at it with care.\n\n${FIN}\n\nYours sincerely`), []);
    });

    it('covers only the questions of a request quoted after the refusal', () => {
      const quoted = 'For reference, your request was:\nQ1. How many staff work in the parks team?\nQ2. What was the total spend on park benches in 2023?\nQ3. Are the benches mainly wood or metal?\nQ4. Are the bins mainly plastic or steel?\nQ5. Does the council use volunteers?\nQ6. Which contractor repairs the benches?\nQ7a. How many memorial benches were installed?\nQ7b. What does a memorial bench cost?\nQ8. How many litter bins does the council empty?';
      const text = `${DEAR}We are refusing your request in its entirety under section 12 of the Act, because the cost of compliance exceeds the appropriate limit.\n\n${quoted}\n\nYours sincerely`;
      assert.deepEqual(brief(text).map((r) => r[0]), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q7a', 'Q7b', 'Q8']);
    });
  });

  describe('whole- and partial-request statements beside the questions’ own answers', () => {
    const REFUSE = 'We are refusing your request in its entirety under section 12 of the Act.';
    const statuses = (text: string) => [...new Set(brief(text).map((r) => `${r[1]} ${r[2]} ${r[3]}`))];

    it('lets a whole-request refusal stand over a range line’s figure: a range is no question’s own answer', () => {
      assert.equal(brief(`${DEAR}${REFUSE}\n\nQ1-Q3: 14\n\nYours sincerely`).length, 13);
      assert.deepEqual(statuses(`${DEAR}${REFUSE}\n\nQ1-Q3: 14\n\nYours sincerely`), ['refused s12 3']);
    });

    it('lets a whole-request refusal stand over labelled answers that give no value', () => {
      assert.deepEqual(statuses(`${DEAR}${REFUSE}\n\nQ1. Holland\nQ2. Holland\nQ3. Oak\n\nYours sincerely`), ['refused s12 3']);
    });

    it('keeps a named question’s own answer over a partial statement', () => {
      const text = `${DEAR}We answer question 5 below. Questions 2 and 3 are refused under section 43 as commercially sensitive.\n\nQ2. £4,500\nQ5. Yes`;
      assert.deepEqual(
        read(text).map((a) => [a.id, a.status, a.value, a.line, a.reason]),
        [
          ['Q2', 'answered', 4500, 5, 'a figure'],
          ['Q3', 'refused', null, 3, 'partial-request refusal: "section 43" → s43'],
          ['Q5', 'answered', 'Yes', 6, '"Yes"'],
        ],
      );
    });

    it('still resolves references and spreads parents’ answers beside a partial statement', () => {
      const text = `${DEAR}We answer question 1 below. Questions 2 and 3 are refused under section 43 as commercially sensitive.\n\nQ1. 14\nQ7. Not applicable\nQ6. As Q1.`;
      assert.deepEqual(
        read(text).map((a) => [a.id, a.status, a.value, a.line, a.from ?? null]),
        [
          ['Q1', 'answered', 14, 5, null],
          ['Q2', 'refused', null, 3, null],
          ['Q3', 'refused', null, 3, null],
          ['Q6', 'answered', 14, 7, 'Q1'],
          ['Q7', 'not-applicable', null, 6, null],
          ['Q7a', 'not-applicable', null, 6, 'Q7'],
          ['Q7b', 'not-applicable', null, 6, 'Q7'],
        ],
      );
    });

    it('covers only the quoted questions when exactly 60% of them are quoted', () => {
      const FIVE = questionnaire(
        `version: 1\nquestions:\n${['How many parks does the council manage?', 'How many playgrounds were refurbished last year?', 'Which company supplies the play equipment?', 'What was the grounds maintenance budget?', 'Does the council employ tree surgeons?'].map((t, i) => `  - id: Q${i + 1}\n    text: ${t}\n`).join('')}`,
      );
      const text = `${DEAR}You asked:\nQ1. How many parks does the council manage?\nQ2. How many playgrounds were refurbished last year?\nQ3. Which company supplies the play equipment?\n\nWe are refusing your request in its entirety under section 12 of the Act, because the cost of compliance exceeds the appropriate limit.`;
      assert.deepEqual(brief(text, FIVE), [
        ['Q1', 'refused', 's12', 8],
        ['Q2', 'refused', 's12', 8],
        ['Q3', 'refused', 's12', 8],
      ]);
    });
  });

  describe('parts answered inside the parent’s prose, at their edges', () => {
    const PARTS = questionnaire(`version: 1
questions:
  - id: Q2
    text: How many litter bins does the council empty?
    type: number
  - id: Q2a
    text: How many of those bins are recycling bins?
    type: number
  - id: Q2b
    text: How many general waste bins are there?
    type: number
  - id: Q3
    text: How many litter bins does the council empty?
    type: number
  - id: Q3a
    text: Which company collects the bins?
  - id: Q4
    text: How many litter bins does the council empty?
    type: number
  - id: Q4a
    text: How long does a collection round take?
    type: duration
`);
    const OWN = 'The council empties 400 litter bins.';
    /** The parts found (the parent's own answer left out), without their confidence. */
    const parts = (text: string) =>
      read(text, PARTS)
        .filter((a) => /[a-z]$/.test(a.id))
        .map((a) => {
          const { confidence, ...rest } = a;
          void confidence;
          return rest;
        });
    const part = (id: string, start: number, text: string, more: Partial<Suggestion>): Suggestion =>
      ({ id, status: 'answered', value: null, line: 1, start, end: start + text.length, text, from: id.slice(0, 2), why: `part of ${id.slice(0, 2)}'s paragraph, line 1`, ...more }) as Suggestion;

    it('splits off the last sentence though it has no full stop', () => {
      assert.deepEqual(parts('Q2. The council empties 400 litter bins. 150 are recycling bins').map((a) => [a.id, a.value, a.start, a.end, a.text]), [
        ['Q2a', 150, 41, 63, '150 are recycling bins'],
        ['Q2b', 150, 41, 63, '150 are recycling bins'],
      ]);
    });

    it('starts the "and the remaining …" half at its first word, after the comma and space', () => {
      assert.deepEqual(parts('Q2. The council empties 400 litter bins; 150 are recycling bins, and the remaining 250 are general waste bins.'), [
        // (Each figure stands beside its part's own word, "recycling", "general": session 54's reading.)
        part('Q2a', 41, '150 are recycling bins', { value: 150, reason: "the part's figure, named in its question's answer" }),
        part('Q2b', 65, 'and the remaining 250 are general waste bins.', { value: 250, reason: "the part's figure, named in its question's answer" }),
      ]);
    });

    it('splits at "and the remaining" whatever the spaces, and at "and remaining" without "the"', () => {
      assert.deepEqual(parts('Q2. The council empties 400 litter bins; 150 are recycling bins  and  the  remaining 250 are general waste bins.').map((a) => [a.id, a.value, a.text]), [
        ['Q2a', 150, '150 are recycling bins'],
        ['Q2b', 250, 'and  the  remaining 250 are general waste bins.'],
      ]);
      assert.deepEqual(parts('Q2. The council empties 400 litter bins; 150 are recycling bins and remaining 250 are general waste bins.').map((a) => [a.id, a.value, a.start]), [
        ['Q2a', 150, 41],
        ['Q2b', 250, 64],
      ]);
    });

    it('gives a part a duration with its unit, and tells the calibration it was found under its parent', () => {
      calibrationProbe.features = new Map();
      try {
        const a = read(`Q4. ${OWN} A collection round takes 6 hours. A collection round in winter takes 8 hours.`, PARTS);
        const q4a = a.find((x) => x.id === 'Q4a')!;
        assert.equal(calibrationProbe.features.get(q4a)!.how, 'parent');
      } finally {
        calibrationProbe.features = null;
      }
      // Two clauses as like the question: the first one.
      assert.deepEqual(parts(`Q4. ${OWN} A collection round takes 6 hours. A collection round in winter takes 8 hours.`), [
        part('Q4a', 41, 'A collection round takes 6 hours.', { value: 6, unit: 'hours', reason: 'a figure' }),
      ]);
    });

    it('counts neither stop words nor short words as the question’s words', () => {
      // "does" is a word of Q4a's question, but a stop word: the clause shares nothing with it.
      assert.deepEqual(parts(`Q4. ${OWN} Each does 2 hours of work.`), []);
    });

    it('gives a text part a clause with two of its question’s words, stems counted ("collected" for "collects")', () => {
      assert.deepEqual(parts(`Q3. ${OWN} Binco Ltd collected them for the company.`), [
        part('Q3a', 41, 'Binco Ltd collected them for the company.', { value: 'Binco Ltd collected them for the company.', reason: 'text' }),
      ]);
      assert.deepEqual(parts(`Q3. ${OWN} Binco Ltd collects them.`), []);
    });

    it('tries the three clauses most like the question, best first, and takes the first with a value', () => {
      assert.deepEqual(parts(`Q4. ${OWN} A collection round is planned carefully. Each round takes 6 hours.`).map((a) => [a.id, a.value, a.text]), [['Q4a', 6, 'Each round takes 6 hours.']]);
      assert.deepEqual(parts(`Q4. ${OWN} A collection round is planned. Every round is logged. Each collection is checked. A round takes 6 hours.`), []);
    });

    it('gives a part "not applicable", "not held" or a refusal only from a clause with two of its words', () => {
      assert.deepEqual(parts(`Q4. ${OWN} Collection rounds are not applicable here.`), [
        part('Q4a', 41, 'Collection rounds are not applicable here.', { status: 'not-applicable', reason: '"not applicable"' }),
      ]);
      assert.deepEqual(parts(`Q4. ${OWN} Collection rounds are not recorded.`), [part('Q4a', 41, 'Collection rounds are not recorded.', { status: 'not-held', reason: 'not held' })]);
      assert.deepEqual(parts(`Q4. ${OWN} Collection rounds are withheld under section 31.`), [
        part('Q4a', 41, 'Collection rounds are withheld under section 31.', { status: 'refused', exemption: 's31', reason: '"section 31" → s31' }),
      ]);
      assert.deepEqual(parts(`Q4. ${OWN} Rounds are not recorded.`), []);
    });
  });

  describe('what the calibration is told of each suggestion, at its edges', () => {
    /** [doubt, asks] of the first suggestion. */
    function signs(text: string): [boolean | undefined, boolean | undefined] {
      calibrationProbe.features = new Map();
      try {
        const [a] = read(text);
        const f = calibrationProbe.features.get(a!)!;
        return [f.doubt, f.asks];
      } finally {
        calibrationProbe.features = null;
      }
    }
    const filler = (n: number) => 'x'.repeat(n);

    it('counts single-digit figures and large round figures among several ("4 of 9", "14 of 19000")', () => {
      assert.deepEqual(signs('Q1. 4 of 9 staff'), [true, false]);
      assert.deepEqual(signs('Q1. 14 of 19000'), [true, false]);
    });

    it('tells of no doubt for a text answer with several figures in it', () => {
      assert.deepEqual(signs('Q6. Parkfix Ltd, 12 staff and 20 vans'), [false, false]);
    });

    it('looks for other figures in the first 400 characters only', () => {
      assert.deepEqual(signs(`Q1. 14 staff ${filler(400)} and 20 more`), [false, false]);
    });

    it('looks for a question mark in the first 300 characters only', () => {
      assert.deepEqual(signs(`Q6. Parkfix Ltd ${filler(300)} who else?`), [false, false]);
      assert.deepEqual(signs('Q6. Parkfix Ltd, who else?'), [false, true]);
    });

    it('does not take a word ending in "is" for a question ("This is …")', () => {
      assert.deepEqual(signs('Q6. This is Parkfix Ltd'), [false, false]);
    });

    it('suspects a value that is the number of a question id in the text, from 1 to 199', () => {
      assert.deepEqual(signs('Q1. 1 – see also 1a')[1], true);
      assert.deepEqual(signs('Q1. 199 – see also 199a')[1], true);
      assert.deepEqual(signs('Q1. 200 – see also 200a')[1], false);
      assert.deepEqual(signs('Q1. 0 – see also 0a')[1], false);
      assert.deepEqual(signs('Q1. 4 – as given under Question 4')[1], true);
      assert.deepEqual(signs(`Q1. 4 staff ${filler(300)} see 4a`)[1], false);
    });
  });
});
