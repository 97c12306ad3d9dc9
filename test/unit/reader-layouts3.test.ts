// Layouts seen in unseen CRM-survey replies, each written here in new words with fictional
// councils: a Comments column, ranges of terminated labels, answers that point below, parts
// lettered on their number's line, and a refusal whose decision closes its reasons.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import type { Suggestion } from '../../src/core/types';

const CRM = parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;

function read(text: string): Map<string, Suggestion> {
  return new Map(analyzeReply(text, CRM).answers.map((a) => [a.id, a]));
}

const brief = (s: Suggestion | undefined) => (s ? [s.status, s.exemption ?? null, s.value, s.line] : null);

describe('reading unseen layouts (third round)', () => {
  it('reads a "N/A" answer cell for a range row even when a Comments cell repeats question words', () => {
    const text = [
      'Our answers are in the table; notes are in the last column.',
      '',
      'Question | Answer | Comments',
      'Q11 | Yes |',
      'Q12a | 2016 | Went live in the spring',
      'Q13–Q13d | N/A | The Authority has a CRM system, so the CRM questions for councils without one do not apply',
      'Q14 | Residents |',
    ].join('\n');
    const a = read(text);
    for (const id of ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']) assert.deepEqual(brief(a.get(id)), ['not-applicable', null, null, 6], id);
    assert.deepEqual(brief(a.get('Q12a')), ['answered', null, 2016, 5]);
  });

  it('reads "12. – 12C. N/A." as one answer for a heading and all its parts', () => {
    const text = ['Our response', '', '10. £3.1m.', '11. No.', '12. – 12C. N/A.', '13A. Yes.', '14. Residents.'].join('\n');
    const a = read(text);
    for (const id of ['Q12', 'Q12a', 'Q12b', 'Q12c']) assert.deepEqual(brief(a.get(id)), ['not-applicable', null, null, 5], id);
    assert.deepEqual(brief(a.get('Q13a')), ['answered', null, 'Yes', 6]);
  });

  it('keeps an answer that points below ("see below") where it is, not on the section that explains it', () => {
    const text = [
      'Our answers are set out below.',
      '',
      'Q8     £61,200,000',
      'Q9     Withheld under section 43(2) – reasons below',
      'Q10    £20.4m',
      '',
      'Why some information is withheld',
      '',
      'Question 9 – section 43(2)',
      '',
      'We are part way through re-tendering our main software contracts and publishing the figure now would weaken our position.',
    ].join('\n');
    const a = read(text);
    assert.deepEqual(brief(a.get('Q9')), ['refused', 's43', null, 4]);
    assert.deepEqual(brief(a.get('Q10')), ['answered', null, 20_400_000, 5]);
  });

  it('splits parts lettered on their number’s line: "4. 88; (a) 10; (b) 78; (c) Residents", "6. (a) Yes (b) 35%"', () => {
    const text = [
      'Here are our answers, numbered as in your request.',
      '',
      '3. 9,450 hectares',
      '4. 88 in total; (a) 10; (b) 78; (c) Residents',
      '5. Housing, waste, planning and leisure.',
      '6. (a) Yes (b) 35% (c) 22%',
      '7. 40%',
      '11. No',
      '13. (a) Yes (b) Funding (c) No (d) N/A',
      '14. See 4(c).',
    ].join('\n');
    const a = read(text);
    assert.deepEqual(brief(a.get('Q4')), ['answered', null, 88, 4]);
    assert.deepEqual(brief(a.get('Q4a')), ['answered', null, 10, 4]);
    assert.deepEqual(brief(a.get('Q4b')), ['answered', null, 78, 4]);
    assert.deepEqual(brief(a.get('Q4c')), ['answered', null, 'Residents', 4]);
    assert.deepEqual(brief(a.get('Q6a')), ['answered', null, 'Yes', 6]);
    assert.deepEqual(brief(a.get('Q6b')), ['answered', null, 35, 6]);
    assert.deepEqual(brief(a.get('Q6c')), ['answered', null, 22, 6]);
    assert.deepEqual(brief(a.get('Q5'))?.slice(0, 2), ['answered', null]);
    // The heading has nothing of its own: not applicable, while its parts keep their answers.
    assert.deepEqual(brief(a.get('Q13')), ['not-applicable', null, null, 9]);
    assert.deepEqual(brief(a.get('Q13a')), ['answered', null, 'Yes', 9]);
    assert.deepEqual(brief(a.get('Q13c')), ['answered', null, 'No', 9]);
    assert.deepEqual(brief(a.get('Q13d')), ['not-applicable', null, null, 9]);
    assert.equal(a.get('Q14')!.value, 'Residents');
  });

  it('places a whole-request refusal on the paragraph that first states it, not on the decision after the reasons', () => {
    const text = [
      'Dear Mx Penhallow,',
      '',
      'I am sorry to say that on this occasion I find the request to be exempt by virtue of section 12 of the Act, because the cost of complying with all of it would exceed the limit set by the regulations.',
      '',
      'Section 12 lets an authority refuse a request when finding, retrieving and extracting the information would cost more than £450, which is 18 hours at £25 an hour.',
      '',
      'Our systems are not listed in one place, and software costs are spread over some 2,600 ledger lines, so we estimate well over 40 hours of work.',
      '',
      'The Council is therefore not obliged to comply with any part of your request.',
      '',
      'Yours sincerely',
    ].join('\n');
    const a = read(text);
    assert.equal(a.size, CRM.questions.length);
    for (const s of a.values()) assert.deepEqual(brief(s), ['refused', 's12', null, 3], s.id);
  });
});
