import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { questionnaireFromRequest, type RequestQuestionnaire } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { Questionnaire } from '../../src/core/types';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/requests', name), 'utf8');
// Each describe builds its questionnaire in a beforeEach, not when the file loads: a mutation run
// then sees which test reaches which code, and need not reload the engine for every mutant.
const EXAMPLE = join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml');

const ids = (q: Questionnaire) => q.questions.map((x) => x.id);
const field = <K extends 'type' | 'when' | 'text' | 'unit' | 'choices' | 'heading'>(q: Questionnaire, k: K) =>
  Object.fromEntries(q.questions.filter((x) => x[k] !== undefined).map((x) => [x.id, x[k]]));

/** The YAML must read back, without a problem, as the very questionnaire returned. */
function assertRoundTrip(yaml: string, q: Questionnaire): void {
  const back = parseQuestionnaire(yaml);
  assert.deepEqual(back.problems, []);
  assert.deepStrictEqual(back.questionnaire, q);
}

describe('questionnaire from a request', () => {
  describe('the CRM survey request', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => (r = questionnaireFromRequest(fixture('crm-request.txt'))));
    const example = parseQuestionnaire(readFileSync(EXAMPLE, 'utf8')).questionnaire!;

    it('reproduces the ids, routing, types and code list of the example questionnaire', () => {
      assert.deepEqual(ids(r.questionnaire), ids(example));
      assert.deepEqual(field(r.questionnaire, 'when'), field(example, 'when'));
      assert.deepEqual(field(r.questionnaire, 'type'), field(example, 'type'));
      assert.deepEqual(field(r.questionnaire, 'unit'), field(example, 'unit'));
      assert.deepEqual(field(r.questionnaire, 'choices'), field(example, 'choices'));
      assert.deepEqual(field(r.questionnaire, 'heading'), field(example, 'heading'));
      assert.deepEqual(r.questionnaire.codes, example.codes);
    });

    it('joins wrapped question text and straightens smart quotes, as in the example', () => {
      assert.deepEqual(field(r.questionnaire, 'text'), field(example, 'text'));
    });

    it('takes the title from the subject line', () => {
      assert.equal(r.questionnaire.title, 'Customer Relationship Management in local authorities');
    });

    it('says what it assumed about Q6b and Q6c, and nothing else', () => {
      assert.equal(r.assumptions.length, 2, r.assumptions.join('\n'));
      assert.match(r.assumptions[0]!, /Q6b starts "If it does".*Q6a/);
      assert.match(r.assumptions[1]!, /Q6c.*Q6a is yes/);
    });

    it('writes YAML that looks like the example and reads back as the same questionnaire', () => {
      assert.match(r.yaml, /^# Questionnaire built by FOI Coder/);
      assert.match(r.yaml, /^# - Q6b starts/m, 'assumptions are in the header comment');
      assert.match(r.yaml, /\n {4}when: \{ Q11: "no", Q13a: "yes" \}\n/);
      assert.match(r.yaml, /\n {4}text: "If the Authority has a CRM system:"\n/);
      assertRoundTrip(r.yaml, r.questionnaire);
    });
  });

  describe('an untidy parks request', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => (r = questionnaireFromRequest(fixture('parks-request.txt'))));
    let q!: Questionnaire;
    beforeEach(() => (q = r.questionnaire));

    it('reads bare numbers as ids, puts an out-of-order label in id order and renames a duplicate that fills a gap', () => {
      assert.deepEqual(ids(q), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q7', 'Q7a', 'Q7b', 'Q8', 'Q9', 'Q10', 'Q11']);
      assert.equal(q.byId.get('Q10')!.text, 'How long is the current grounds maintenance contract?');
      assert.equal(q.byId.get('Q9')!.text, 'What percentage of parks hold a Green Flag Award?');
    });

    it('says each thing it assumed', () => {
      const all = r.assumptions.join('\n');
      assert.match(all, /Q9 is used twice.*taken to be Q10/);
      assert.match(all, /Q7b \(line 16\) comes before Q7 \(line 17\)/);
      assert.match(all, /skips from Q5 to Q7 \(there is no Q6\)/);
      assert.match(all, /routing line "\(if yes anwser Q4, if no answer Q 5" \(line 12\) is not in the usual form/);
      assert.match(all, /Q7a starts "If so".*Q7/);
    });

    it('reads a mistyped routing line, and "If so" / "If not"', () => {
      assert.deepEqual(field(q, 'when'), { Q4: { Q3: 'yes' }, Q5: { Q3: 'no' }, Q7a: { Q7: 'yes' } });
    });

    it('guesses types and units from the wording', () => {
      assert.deepEqual(field(q, 'type'), {
        Q1: 'number', Q2: 'number', Q3: 'yes-no', Q4: 'number', Q5: 'choice', Q7: 'yes-no', Q7a: 'year',
        Q7b: 'money', Q8: 'multi-choice', Q9: 'percent', Q10: 'duration', Q11: 'money',
      });
      assert.equal(q.byId.get('Q2')!.unit, 'ha');
      assert.deepEqual(q.byId.get('Q5')!.choices, ['Contractors', 'Volunteers', 'Both']);
    });

    it('builds the code list from the heading with a colon and its bulleted items', () => {
      assert.equal(q.byId.get('Q8')!.choices, 'play-equipment-types');
      assert.deepEqual(q.codes, { 'play-equipment-types': ['Swings', 'Slides', 'Climbing frames', 'Zip wires', 'Accessible roundabouts'] });
      assert.equal(q.byId.get('Q8')!.text, 'What types of play equipment are provided? (See "Play Equipment Types" below, please tick all that apply)');
    });

    it('round-trips through YAML', () => assertRoundTrip(r.yaml, q));
  });

  describe('a libraries request with "Question N:" labels and lettered parts', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => (r = questionnaireFromRequest(fixture('libraries-request.txt'))));
    let q!: Questionnaire;
    beforeEach(() => (q = r.questionnaire));

    it('reads "Question N:", a label alone on its line, and a) b) c) under a heading', () => {
      assert.deepEqual(ids(q), ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q4c', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9']);
      assert.equal(q.byId.get('Q6')!.text, 'What was the total number of physical loans in 2022/23?');
      assert.equal(q.byId.get('Q4')!.heading, true);
      assert.equal(q.byId.get('Q4b')!.parent, 'Q4');
    });

    it('reads "If No, please go to Question 5" as routing for the questions it skips', () => {
      for (const id of ['Q4', 'Q4a', 'Q4b', 'Q4c']) assert.deepEqual(q.byId.get(id)!.when, { Q3: 'yes' }, id);
      assert.equal(q.byId.get('Q5')!.when, undefined);
      assert.match(r.assumptions.join('\n'), /Q4–Q4c asked when Q3 is yes/);
    });

    it('keeps a question written twice once, and says so', () => {
      assert.match(r.assumptions.join('\n'), /Q9 appears twice with the same text/);
      assert.equal(q.questions.filter((x) => x.id === 'Q9').length, 1);
    });

    it('guesses a choice between two capitalised options, a duration and money', () => {
      assert.deepEqual(q.byId.get('Q5')!.choices, ['In-house', 'Externally', 'Both']);
      assert.equal(q.byId.get('Q8')!.type, 'duration');
      assert.deepEqual(q.byId.get('Q8')!.when, { Q7: 'yes' });
      assert.equal(q.byId.get('Q4b')!.type, 'year');
      assert.equal(q.byId.get('Q4c')!.type, 'money');
    });

    it('round-trips through YAML', () => assertRoundTrip(r.yaml, q));
  });

  describe('a reply thread quoting the request twice', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => (r = questionnaireFromRequest(fixture('parking-thread.txt'))));
    let q!: Questionnaire;
    beforeEach(() => (q = r.questionnaire));

    it('picks the clean quoted request, not the copy with answers under each question', () => {
      assert.deepEqual(ids(q), ['Q1', 'Q2', 'Q3', 'Q3a', 'Q3b', 'Q4', 'Q5']);
      assert.equal(q.byId.get('Q3')!.text, 'Does the Council offer digital (virtual) permits?');
      assert.equal(q.byId.get('Q4')!.text, 'Are permits checked by Enforcement Officers or Cameras?');
      assert.doesNotMatch(r.yaml, /4,210|Yes, since|2019|80%/);
    });

    it('reads 3(a) labels and carries "If so" to the next part on the same subject', () => {
      assert.deepEqual(field(q, 'when'), { Q3a: { Q3: 'yes' }, Q3b: { Q3: 'yes' } });
      assert.match(r.assumptions.join('\n'), /Q3b follows Q3a on the same subject/);
      assert.equal(q.byId.get('Q3b')!.type, 'percent');
      assert.deepEqual(q.byId.get('Q4')!.choices, ['Enforcement Officers', 'Cameras', 'Both']);
      assert.equal(q.byId.get('Q5')!.type, 'money');
    });

    it('round-trips through YAML', () => assertRoundTrip(r.yaml, q));
  });

  it('reads the questions out of a reply with answers under them, ignoring stray "6PM." and numbered links', () => {
    const r = questionnaireFromRequest(fixture('toilets-answered.txt'));
    const q = r.questionnaire;
    assert.deepEqual(ids(q), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    assert.equal(q.byId.get('Q4')!.text, 'What were the opening hours of the toilets in the town centre in summer 2023?');
    assert.deepEqual(q.byId.get('Q3')!.when, { Q2: 'yes' });
    assert.doesNotMatch(r.yaml, /20p|Yes, at two|8AM|https/);
    assertRoundTrip(r.yaml, q);
  });

  it('keeps quotes, colons and YAML punctuation in question text safe', () => {
    const text = [
      'Q1. What is the "official" name: in full? # not a comment',
      'Q2. - How many & which *kinds* of {requests} [were] refused? | > \'quoted\' ',
      'Q3. yes',
      'Q4. @handle: 100%: true',
    ].join('\n');
    const r = questionnaireFromRequest(text, { title: 'Title: with "quotes" # and hash' });
    assert.equal(r.questionnaire.byId.get('Q1')!.text, 'What is the "official" name: in full? # not a comment');
    assert.equal(r.questionnaire.byId.get('Q3')!.text, 'yes');
    assert.equal(r.questionnaire.title, 'Title: with "quotes" # and hash');
    assertRoundTrip(r.yaml, r.questionnaire);
  });

  it('reads routing written on the question line and "If the answer to Q2 is no"', () => {
    const text = [
      'Q1. Do you run a scheme? (if Yes answer Q2, if No answer Q3)',
      'Q2. How many people use it?',
      'Q3. If the answer to Q1 is no, why not?',
      'Q4. Is this Yes or No?',
    ].join('\n');
    const q = questionnaireFromRequest(text).questionnaire;
    assert.equal(q.byId.get('Q1')!.text, 'Do you run a scheme?');
    assert.deepEqual(field(q, 'when'), { Q2: { Q1: 'yes' }, Q3: { Q1: 'no' } });
    assert.equal(q.byId.get('Q4')!.type, 'yes-no', '"Yes or No" is not a choice');
  });

  it('guesses each type from the wording', () => {
    const cases: [string, string, string?][] = [
      ['How many libraries are open on Sundays?', 'number'],
      ['What is the population of the district?', 'number', 'people'],
      ['What percentage of calls are answered within a minute?', 'percent'],
      ['What was the total cost of the contract?', 'money'],
      ['How much was spent on agency staff?', 'money'],
      ['When did the new system go live?', 'year'],
      ['In which year was the depot built?', 'year'],
      ['How long does a typical repair take?', 'duration'],
      ['Has the council adopted a tree strategy?', 'yes-no'],
      ['Are bins emptied Weekly or Fortnightly?', 'choice'],
      ['Is the service run In-house, by a Trust or Outsourced?', 'choice'],
      ['Please list the suppliers you use.', 'text'],
      ['Which year did the new depot open?', 'year'],
      ['What year was the rent for the depot last reviewed?', 'year'],
      ['Which contractor received the largest share of that spend?', 'text'],
    ];
    const text = cases.map(([t], i) => `Q${i + 1}. ${t}`).join('\n');
    const q = questionnaireFromRequest(text).questionnaire;
    cases.forEach(([t, type, unit], i) => {
      const got = q.byId.get(`Q${i + 1}`)!;
      assert.equal(got.type, type, t);
      assert.equal(got.unit, unit, t);
    });
    assert.deepEqual(q.byId.get('Q11')!.choices, ['In-house', 'Trust', 'Outsourced']);
  });

  it('routes a heading that starts "If the Council has…" on the previous yes-no question, and its parts with it', () => {
    const text = ['Q5. Do you have a CRM?', 'Q6. If the Council has a CRM:', 'Q6a. Who supplies it?', 'Q7. How many staff?'].join('\n');
    const r = questionnaireFromRequest(text);
    assert.deepEqual(field(r.questionnaire, 'when'), { Q6: { Q5: 'yes' }, Q6a: { Q5: 'yes' } });
    assert.match(r.assumptions.join('\n'), /Q6 starts "If the Council has a CRM".*Q5/);
  });

  it('leaves the question a "skip to" leads to open to everyone', () => {
    const text = ['Q2. Do you use a document system?', '(If yes, answer Q3 -- if no, skip to Q4)', 'Q3. Who supplies it?', 'Q4. What is the budget?'].join('\n');
    const r = questionnaireFromRequest(text);
    assert.deepEqual(field(r.questionnaire, 'when'), { Q3: { Q2: 'yes' } });
    assert.match(r.assumptions.join('\n'), /not in the usual form; read as: Q3 asked when Q2 is yes\./);
  });

  describe('a request that does not number its questions', () => {
    const text = [
      'Dear Parks Team,',
      '',
      'Under the Freedom of Information Act 2000 please could you tell me the following:',
      '',
      '- How many allotment plots does the council let?',
      '- How many people were on the waiting list on 1 April 2024?',
      '- Please provide the annual rent for a standard plot, including any',
      'water charge.',
      '- Does the council offer a concession for pensioners?',
      '',
      'Please treat this as a request under the Act.',
      '',
      'Kind regards,',
      'Tomasz Whitcombe',
    ].join('\n');
    let r!: RequestQuestionnaire;
    beforeEach(() => (r = questionnaireFromRequest(text)));
    it('numbers each line that asks something Q1, Q2 … in order, joining wrapped text', () => {
      assert.deepEqual(ids(r.questionnaire), ['Q1', 'Q2', 'Q3', 'Q4']);
      assert.equal(r.questionnaire.byId.get('Q3')!.text, 'Please provide the annual rent for a standard plot, including any water charge.');
      assert.deepEqual(field(r.questionnaire, 'type'), { Q1: 'number', Q2: 'number', Q3: 'money', Q4: 'yes-no' });
    });
    it('says it numbered them itself, naming the lines, and leaves the framing and sign-off out', () => {
      assert.ok(r.assumptions.some((a) => /does not number its questions: took the 4 lines .*line 5 to line 9.* as Q1–Q4/.test(a)), r.assumptions.join('\n'));
      assert.ok(!r.questionnaire.questions.some((q) => /Act|Dear|regards/i.test(q.text ?? '')));
    });
    it('round-trips through YAML', () => assertRoundTrip(r.yaml, r.questionnaire));
    it('prefers the numbered list when the request has one', () => {
      const numbered = questionnaireFromRequest('Dear Council,\n1. How many plots are let?\n2. What is the rent?\nHow many people are waiting?\nDoes a concession exist?\nThanks');
      assert.deepEqual(ids(numbered.questionnaire), ['Q1', 'Q2']);
    });
  });

  describe('items labelled with roman numerals', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => {
      r = questionnaireFromRequest(
        [
          'Dear Parks Department,',
          '',
          'For the year 2023, please tell me:',
          '',
          '(i) the number of fly-tipping reports made about your parks;',
          '(ii) the number of fixed penalty notices issued for littering in a park;',
          '(iii) whether the council employs park rangers; and',
          '(iv) if it does, the average number of working days a ranger post stays vacant.',
          '',
          'With thanks,',
          'Marguerite Allsop',
        ].join('\n'),
      );
    });
    it('reads (i)–(iv) as Q1–Q4, without the list joiners in the text', () => {
      assert.deepEqual(ids(r.questionnaire), ['Q1', 'Q2', 'Q3', 'Q4']);
      assert.equal(r.questionnaire.byId.get('Q3')!.text, 'whether the council employs park rangers');
      assert.deepEqual(field(r.questionnaire, 'type'), { Q1: 'number', Q2: 'number', Q3: 'yes-no', Q4: 'duration' });
      assert.deepEqual(field(r.questionnaire, 'when'), { Q4: { Q3: 'yes' } });
    });
    it('tells the user how the numerals were read', () => {
      assert.ok(r.assumptions.some((a) => /roman numerals: \(i\)–\(iv\) are read as Q1–Q4/.test(a)), r.assumptions.join('\n'));
    });
    it('still reads (i) after (h) as the next letter of a question', () => {
      const letters = questionnaireFromRequest(['1. Parks:', ...'abcdefgh'.split('').map((c) => `${c}) How many benches in zone ${c}?`), 'i) How many benches in zone i?'].join('\n'));
      assert.ok(ids(letters.questionnaire).includes('Q1i'), ids(letters.questionnaire).join(' '));
    });
    it('round-trips through YAML', () => assertRoundTrip(r.yaml, r.questionnaire));
  });

  describe('a request laid out as a table for the council to fill in', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => {
      r = questionnaireFromRequest(
        [
          'Hello, please complete the grid below for 2024.',
          '',
          ' No. | Item                                                  | Your answer',
          '-----+-------------------------------------------------------+------------',
          '  1  | Number of public bowling greens maintained by the      |',
          '     | council                                               |',
          '  2  | Total grass-cutting spend on greens (£)               |',
          '  3  | Area of the largest green (hectares)                  |',
          '  4  | Is a booking system run online? (Yes/No)              |',
          '  5  | Month and year the greens contract was last let       |',
          '',
          'Regards, Tamsin Oyelaran',
        ].join('\n'),
      );
    });
    it('takes each row reference as the id and the text cell, wrapped rows joined, as the question', () => {
      assert.deepEqual(ids(r.questionnaire), ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
      assert.equal(r.questionnaire.byId.get('Q1')!.text, 'Number of public bowling greens maintained by the council');
    });
    it('types each row from its bracketed unit or wording', () => {
      assert.deepEqual(field(r.questionnaire, 'type'), { Q1: 'number', Q2: 'money', Q3: 'number', Q4: 'yes-no', Q5: 'year' });
      assert.deepEqual(field(r.questionnaire, 'unit'), { Q3: 'hectares' });
    });
    it('says it read a table', () => {
      assert.ok(r.assumptions.some((a) => /is a table: the reference number of each row \(line 5 to line 10\).*\(Q1–Q5\)/.test(a)), r.assumptions.join('\n'));
    });
  });

  describe('an item that asks two things', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => {
      r = questionnaireFromRequest(
        [
          'Dear FOI Officer,',
          '',
          '1. Markets. How many market stalls did the council let in 2024, and how many were let to first-time traders?',
          '2. What is the weekly fee for a standard stall, and does the council offer a discount for charities?',
          '3. Please list the market days, and what goods are sold?',
          '4. How many stall inspections were made?',
          '',
          'Yours sincerely, Ola Brennagh',
        ].join('\n'),
      );
    });
    it('splits a numbered item asking for two typed answers into parts a and b', () => {
      assert.deepEqual(ids(r.questionnaire), ['Q1a', 'Q1b', 'Q2a', 'Q2b', 'Q3', 'Q4']);
      assert.equal(r.questionnaire.byId.get('Q1b')!.text, 'How many were let to first-time traders?');
      assert.deepEqual(field(r.questionnaire, 'type'), { Q1a: 'number', Q1b: 'number', Q2a: 'money', Q2b: 'yes-no', Q3: 'text', Q4: 'number' });
    });
    it('says which items it split and that an answer labelled with the number is read for both', () => {
      assert.ok(r.assumptions.some((a) => /^Q2 \(line 4\) asks two things .*split into Q2a and Q2b.*labelled 2 is read for both/.test(a)), r.assumptions.join('\n'));
      assert.ok(!r.assumptions.some((a) => /^Q3 /.test(a)));
    });
    it('round-trips through YAML', () => assertRoundTrip(r.yaml, r.questionnaire));
  });

  describe('items labelled by letters with no number', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => (r = questionnaireFromRequest(['Dear Sir,', 'Please tell me for 2024:', '', 'a) the number of parking fines issued;', 'b) the income from those fines;', '(c) whether any fines were cancelled on appeal;', 'd. How many traffic wardens do you employ?', '', 'Thanks'].join('\n'))));
    it('reads a)–d. as Q1–Q4, keeping the letter at the start of the text, and says so', () => {
      assert.deepEqual(ids(r.questionnaire), ['Q1', 'Q2', 'Q3', 'Q4']);
      assert.equal(r.questionnaire.byId.get('Q2')!.text, '(b) the income from those fines');
      assert.deepEqual(field(r.questionnaire, 'type'), { Q1: 'number', Q2: 'money', Q3: 'yes-no', Q4: 'number' });
      assert.ok(r.assumptions.some((a) => /letters and no number: a\)–d\. are read as Q1–Q4/.test(a)), r.assumptions.join('\n'));
    });
    it('leaves a)/b) under a numbered question as its parts', () => {
      assert.deepEqual(ids(questionnaireFromRequest('1. Fines:\na) How many were issued?\nb) How many were paid?').questionnaire), ['Q1', 'Q1a', 'Q1b']);
    });
  });

  describe('a follow-up written as Firstly … Finally paragraphs', () => {
    let r!: RequestQuestionnaire;
    beforeEach(() => {
      r = questionnaireFromRequest(
        [
          'Dear Sir or Madam,',
          '',
          'Thank you for your reply about street lights. I have some further questions.',
          '',
          'Firstly, how many street lights were converted to LED in 2024?',
          '',
          'Secondly, does the council dim its lights after midnight?',
          '',
          'Finally, how many lights were reported broken in 2024, and what percentage were repaired within five days?',
          '',
          'Yours faithfully, Derwent Aku',
        ].join('\n'),
      );
    });
    it('numbers the paragraphs, reads each question past its ordinal and splits a two-part one', () => {
      assert.deepEqual(ids(r.questionnaire), ['Q1', 'Q2', 'Q3a', 'Q3b']);
      assert.deepEqual(field(r.questionnaire, 'type'), { Q1: 'number', Q2: 'yes-no', Q3a: 'number', Q3b: 'percent' });
    });
  });

  it('says so when no questions are found, and still writes a valid file', () => {
    const r = questionnaireFromRequest('Dear Council,\nPlease send me everything.\nThanks');
    assert.equal(r.questionnaire.questions.length, 0);
    assert.match(r.assumptions[0]!, /No numbered questions/);
    assert.equal(parseQuestionnaire(r.yaml).problems.filter((p) => p.severity === 'error').length, 0);
  });

  it('never throws and always writes YAML that reads back as its questionnaire (property)', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Q1. Does it?', 'Q2. If so, how many?', 'Q2a. What percentage?', '(if Yes answer Q2, if No answer Q3)', 'if no anwser Q 7',
        '3(a) When did it go live?', 'Question 4: Heading:', 'a) First part?', 'Q5. See "Codes" below, all that apply', 'Codes', '- One',
        '> Q1. Does it?', '', 'Yours faithfully', 'Q1. Does it?', 'Q9. "quoted": text # hash', 'Q4. Is it Red or Blue?',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (ls) => {
        const r = questionnaireFromRequest(ls.join('\n'));
        const back = parseQuestionnaire(r.yaml);
        assert.deepEqual(back.problems.filter((p) => p.severity === 'error'), []);
        assert.deepStrictEqual(back.questionnaire, r.questionnaire);
      }),
      { numRuns: 300 },
    );
  });
});
