// Layouts seen in unseen CRM-survey replies, each written here in new words with fictional
// councils: a Comments column, ranges of terminated labels, answers that point below, parts
// lettered on their number's line, and a refusal whose decision closes its reasons.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCouncil } from '../../src/core/council';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseValue } from '../../src/core/values';
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

  it('reads past a lead naming the answer ("WBC response: …"), so a cross-reference is never read as its digit', () => {
    const text = [
      'Q6b. What is the uptake across the authority?',
      'WBC response: 31 % of households hold an account.',
      '',
      'Q6c. What is the uptake by residents?',
      'WBC response: Please refer to our response to 6b above.',
      '',
      'Q11. Does the Authority use a CRM System?',
      'WBC response: Yes',
    ].join('\n');
    const a = read(text);
    assert.deepEqual(brief(a.get('Q6b')), ['answered', null, 31, 2]);
    assert.equal(a.get('Q6c')!.value, 31);
    assert.equal(a.get('Q6c')!.from, 'Q6b');
    assert.equal(a.get('Q11')!.value, 'Yes');
  });

  it('a title line offering the choices ("Residents or Properties") is not the answer; the line that picks one is', () => {
    const text = ['Q4c – Residents or Properties', 'Properties.', '', 'Q14 – Residents or Properties', 'Mostly residents.'].join('\n');
    const a = read(text);
    assert.equal(a.get('Q4c')!.value, 'Properties');
    assert.equal(a.get('Q14')!.value, 'Residents');
  });

  it('offers, never auto-codes, a choice when the answer names several choices without leading with one', () => {
    const a = read('Q14. Are the IT systems centred primarily around Residents or Properties?\nOur property systems are larger, but the residents database is used most.\n');
    const s = a.get('Q14')!;
    assert.ok(s.value === 'Properties' || s.value === 'Residents' || s.value === null);
    assert.ok(s.confidence < 0.95, `confidence ${s.confidence}`);
    // Leading with one choice, then explaining with the other's word, is clear.
    const b = read('Q14. Are the IT systems centred primarily around Residents or Properties?\nResidents – records are kept against the person rather than the property.\n');
    assert.equal(b.get('Q14')!.value, 'Residents');
    assert.ok(b.get('Q14')!.confidence >= 0.95, `confidence ${b.get('Q14')!.confidence}`);
  });

  it('reads "Ymateb / Response:" leads: "isn’t information we capture" is not held, and "As 4a." follows it', () => {
    const text = [
      'Q4. How many information systems does the Authority use?',
      'Ymateb / Response: We count 96 systems on our asset list.',
      '',
      'Q4a. How many of those are stand-alone?',
      'Ymateb / Response: This isn’t information we capture.',
      '',
      'Q4b. How many of those interact with at least one other system?',
      'Ymateb / Response: As 4a.',
    ].join('\n');
    const a = read(text);
    assert.deepEqual(brief(a.get('Q4')), ['answered', null, 96, 2]);
    assert.deepEqual(brief(a.get('Q4a')), ['not-held', null, null, 5]);
    assert.deepEqual(brief(a.get('Q4b')), ['not-held', null, null, 8]);
  });

  it('a figure in the harm argument of a refusal ("renewal in the next 18 months") is no value: refused, not partial', () => {
    const text = [
      'Q9. What was the annual spend for 2017-18 for software licensing?',
      'Our answer: We hold this figure but consider it exempt under section 43(2) (commercial interests). Three of our main agreements are due for renewal within 14 months, and releasing the current spend would weaken our hand with suppliers.',
    ].join('\n');
    assert.deepEqual(brief(read(text).get('Q9')), ['refused', 's43', null, 2]);
  });

  it('a whole-request refusal that names some questions in its reasons covers every question when the request is not quoted', () => {
    const text = [
      'Dear Mr Ashdown,',
      '',
      'I am sorry to say that on this occasion I find the request to be exempt by virtue of section 12 of the Act, because the cost of complying with all of it would exceed the limit set by the regulations.',
      '',
      'We estimate the work as follows:',
      '',
      'Q4–Q4c: there is no central list of systems; asking 31 teams would take about 23 hours.',
      'Q6a–Q7: portal records would have to be matched by hand, about 9 hours.',
      'Q8–Q10: some 2,300 ledger lines would need reading, around 19 hours.',
      'Q12–Q13d: project files are archived off site, about 6 hours to retrieve.',
      '',
      'This comes to far more than 18 hours. The Council is therefore not obliged to comply with any part of your request.',
    ].join('\n');
    const a = read(text);
    assert.equal(a.size, CRM.questions.length);
    for (const id of ['Q1', 'Q5', 'Q11', 'Q14', 'Q9']) assert.deepEqual(brief(a.get(id)), ['refused', 's12', null, 3], id);
  });

  it('follows a cross-reference to a relabelled question ("See our answer to Q7b." where Q7b is Q6c)', () => {
    const request = CRM.questions.filter((q) => q.id !== 'Q6b');
    const label = (id: string): string => (id === 'Q6c' ? 'Q7b' : id);
    const answer = (id: string, type: string): string => (id === 'Q6c' ? 'Around 41% of residents' : id === 'Q7' ? 'See our answer to Q7b.' : type === 'percent' ? '12%' : 'N/A');
    const text = [
      ...request.map((q) => `${label(q.id)}. ${q.text ?? ''}`),
      '',
      'Dear Requester,',
      '',
      ...request.map((q) => `${label(q.id)}. ${q.text ?? ''}\nResponse: ${answer(q.id, q.type)}\n`),
    ].join('\n');
    const r = analyzeReply(text, CRM);
    assert.deepEqual(r.variant?.relabelled, { Q7b: 'Q6c' });
    const q7 = r.answers.find((s) => s.id === 'Q7')!;
    assert.equal(q7.value, 41);
    assert.equal(q7.from, 'Q6c');
  });

  it('never reads a question id as a figure ("Counted within 4b"), and never auto-codes a number that is an id’s digit', () => {
    const text = [
      'Q4. How many information systems / databases does the Authority use?',
      'Response: 140',
      '',
      'Q4a. How many of those are stand-alone?',
      'Response: Counted within 4b, not separately.',
      '',
      'Q4b. How many interact with at least one other system?',
      'Response: 7 – the same figure as in our answer to 6b last year.',
    ].join('\n');
    const a = read(text);
    assert.equal(a.get('Q4a')!.value, null);
    assert.notEqual(a.get('Q4a')!.status, 'answered');
    // 7 is a figure, but the text also names "6b": the value stays, offered rather than written.
    assert.equal(a.get('Q4b')!.value, 7);
    const b = read(text.replace('6b last year', '7b last year'));
    assert.ok(b.get('Q4b')!.confidence < 0.95, `confidence ${b.get('Q4b')!.confidence}`);
    assert.ok(a.get('Q4')!.confidence >= 0.95);
  });
});

describe('small readings (third round)', () => {
  const Q = (type: string) => ({ id: 'Q1', text: 'How many?', type, order: 0 }) as never;

  it('reads units, financial years, "2m GBP" and pence', () => {
    assert.deepEqual(parseValue('450 m²', Q('number')).unit, 'm²');
    assert.equal(parseValue('450 m²', Q('number')).value, 450);
    assert.equal(parseValue('2017-18: 55', Q('number')).value, 55);
    assert.equal(parseValue('In 2019/20 – 71 systems', Q('number')).value, 71);
    assert.equal(parseValue('2m GBP', Q('money')).value, 2_000_000);
    assert.equal(parseValue('5 m', Q('number')).value, 5);
    assert.equal(parseValue('40 pence', Q('money')).value, 0.4);
    assert.equal(parseValue('about 35 pence a visit', Q('money')).value, 0.35);
  });

  it('names councils without doubling "Council" and never takes a heading or a type alone', () => {
    assert.equal(detectCouncil('City of Tarrow Council\n\nDear Ms Penhallow'), 'City of Tarrow Council');
    assert.equal(detectCouncil('Dear Borough Council,\n\nPlease answer the questions below.'), null);
    assert.equal(detectCouncil('About the Council\n\nQ1 – Wexcombe District Council\n\nWexcombe District Council'), 'Wexcombe District Council');
    assert.equal(detectCouncil('Contact the Council\n\nContact the Council'), null);
  });

  it('reads a table label with one space before the bar ("12 | 2014")', () => {
    const ids = ['Q1', 'Q2', 'Q4', 'Q12'];
    const m = scanMarkersWith('Question | Answer\n1 | Tarrow City Council\n2 | 58,000\n4 | 88\n12 | 2014\n', { knownIds: ids });
    assert.deepEqual(m.map((x) => x.ids[0]), ids);
  });
});
