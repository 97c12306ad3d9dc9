// A reply's suggestions as the coder sees them in the reply view and in `autotag`: one per
// answered question, in questionnaire order, with the answer's exact offsets and line, its
// status, value, unit and exemption; cross-references, ranges and whole-request refusals spread;
// and problems with positions for what cannot be read.
import { strict as assert } from 'node:assert';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { LARGE_REPLY_BYTES } from '../../src/core/text';

const Q = parseQuestionnaire(`version: 1
questions:
  - id: Q1
    text: What is the population?
    type: number
  - id: Q2
    text: Do you use a CRM?
    type: yes-no
  - id: Q3
    text: How much did it cost?
    type: money
  - id: Q4
    text: Which supplier?
`).questionnaire!;

describe('suggestions for a reply', () => {
  it('gives each labelled answer its offsets, line, marker, status, value and unit, in questionnaire order', () => {
    const text = 'Q4. Acme Ltd\nQ1. 12,000 residents\nQ2. Yes\nQ3. £4.5m\n';
    const r = analyzeReply(text, Q, { file: 'r.txt' });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.answers.map((a) => a.id), ['Q1', 'Q2', 'Q3', 'Q4']);
    const [q1, q2, q3, q4] = r.answers;
    assert.deepEqual([q1!.status, q1!.value, q1!.unit, q1!.line, q1!.start, q1!.end, q1!.markerStart, q1!.markerEnd], ['answered', 12000, 'people', 2, 17, 33, 13, 16]);
    assert.equal(text.slice(q1!.start, q1!.end), '12,000 residents');
    assert.equal(q1!.text, '12,000 residents');
    assert.deepEqual([q2!.value, q2!.unit, q2!.line], ['Yes', undefined, 3]);
    assert.equal('unit' in q2!, false, 'no unit key for a value without one');
    assert.deepEqual([q3!.value, q3!.unit], [4_500_000, 'GBP']);
    assert.deepEqual([q4!.value, q4!.line, text.slice(q4!.markerStart!, q4!.markerEnd!)], ['Acme Ltd', 1, 'Q4.']);
    for (const a of r.answers) assert.ok(a.confidence >= 0.9 && a.confidence <= 1, `${a.id} ${a.confidence}`);
    assert.equal(r.answers.some((a) => 'exemption' in a), false);
  });

  it('spreads a range\'s answer over each question, and names the exemption of a refusal', () => {
    const text = 'Q1-Q2. Not held\nQ3. Exempt under section 43(2) commercial interests\n';
    const r = analyzeReply(text, Q);
    assert.deepEqual(r.answers.map((a) => [a.id, a.status, a.value, a.start, a.end, a.exemption]), [
      ['Q1', 'not-held', null, 7, 15, undefined],
      ['Q2', 'not-held', null, 7, 15, undefined],
      ['Q3', 'refused', null, 20, 67, 's43'],
    ]);
  });

  it('reads a cross-reference as the referenced answer, and one to a question with no answer as unclear', () => {
    const r = analyzeReply('Q1. 12,000\nQ4. As above\nQ3. See Q9\n', Q);
    const byId = new Map(r.answers.map((a) => [a.id, a]));
    assert.equal(byId.get('Q3')!.status, 'unclear');
    assert.equal(byId.get('Q3')!.value, null);
    // Offered, never auto-coded (the calibration's share for such a reference moves with the sets).
    assert.ok(byId.get('Q3')!.confidence < DEFAULT_MIN_CONFIDENCE);
    assert.match(byId.get('Q3')!.reason ?? '', /Q9/);
  });

  it('spreads a refusal of the whole request over every question, pointing at its paragraph', () => {
    const text = 'Dear Sir,\n\nWe estimate that complying with your request would exceed the appropriate limit under section 12 of the Freedom of Information Act 2000, so we are refusing it.\n\nYours faithfully\n';
    const r = analyzeReply(text, Q);
    assert.deepEqual(r.answers.map((a) => [a.id, a.status, a.exemption, a.line]), [['Q1', 'refused', 's12', 3], ['Q2', 'refused', 's12', 3], ['Q3', 'refused', 's12', 3], ['Q4', 'refused', 's12', 3]]);
    assert.ok(text.slice(r.answers[0]!.start, r.answers[0]!.end).startsWith('We estimate'));
  });

  it('warns at its position about an id the questionnaire does not have', () => {
    const r = analyzeReply('Q1. 12,000\nQ9. Yes\n', Q, { file: 'r.txt' });
    assert.deepEqual(r.problems, [{ severity: 'warning', code: 'unknown-id', message: 'Q9 is not in the questionnaire', line: 2, column: 1, file: 'r.txt', endLine: 2, endColumn: 4, start: 11, end: 14 }]);
    const two = analyzeReply('Q8-Q9. Yes\n', Q);
    assert.equal(two.problems[0]!.message, 'Q8, Q9 are not in the questionnaire');
    assert.equal('file' in two.problems[0]!, false);
  });

  it('reads a reply without a questionnaire by the ids it labels', () => {
    const r = analyzeReply('Q1. Yes\nQ2. Not held\n', null);
    assert.deepEqual(r.answers.map((a) => [a.id, a.status]), [['Q1', 'answered'], ['Q2', 'not-held']]);
  });

  it('does not analyse a binary reply, warns about a large one, and never throws', () => {
    const bin = analyzeReply('Q1. 5\u0000', Q, { file: 'b.txt' });
    assert.deepEqual(bin, { council: null, markers: [], answers: [], problems: [{ severity: 'error', code: 'binary-reply', message: 'the reply looks like a binary file (it contains NUL characters); it was not analysed', line: 1, column: 1, file: 'b.txt' }] });
    const big = analyzeReply('Q1. 5\n' + 'x'.repeat(LARGE_REPLY_BYTES), Q);
    assert.deepEqual(big.problems.map((p) => [p.code, p.severity, p.message]), [['large-reply', 'warning', 'the reply is large (5 MB); analysis may be slow']]);
    assert.deepEqual(analyzeReply('Q1. 5\n' + 'x'.repeat(LARGE_REPLY_BYTES - 6), Q).problems, []);
    const notText = analyzeReply(42 as unknown as string, Q);
    assert.deepEqual([notText.answers, notText.markers, notText.problems, notText.council], [[], [], [], null]);
  });
});

describe('suggestions for parts lettered on their number\'s line ("4. 150; (a) 20; (b) 130")', () => {
  const questionnaire = (heading: boolean) => parseQuestionnaire(`version: 1
questions:
  - id: Q4
    text: Staffing
${heading ? '    heading: true\n' : '    type: number\n'}  - id: Q4a
    text: How many drivers?
    type: number
  - id: Q4b
    text: How many loaders?
    type: number
  - id: Q5
    text: Do you use a CRM?
    type: yes-no
`).questionnaire!;
  const brief = (text: string, heading: boolean) => analyzeReply(text, questionnaire(heading)).answers.map((a) => [a.id, a.status, a.value, a.line, a.start, a.end, a.reason]);

  it('gives each part the stretch after its letter, and a heading with nothing of its own "not applicable"', () => {
    assert.deepEqual(brief('Q4. (a) 20; (b) 130\nQ5. Yes\n', true), [
      ['Q4', 'not-applicable', null, 1, 4, 19, 'a heading whose parts are answered on its line'],
      ['Q4a', 'answered', 20, 1, 8, 10, 'a figure'],
      ['Q4b', 'answered', 130, 1, 16, 19, 'a figure'],
      ['Q5', 'answered', 'Yes', 2, 24, 27, '"Yes"'],
    ]);
  });

  it('keeps what comes before "(a)" as the number\'s own answer, and gives a question (not a heading) with nothing of its own no suggestion', () => {
    assert.deepEqual(brief('Q4. 150 in all; (a) 20; (b) 130\n', false), [
      ['Q4', 'answered', 150, 1, 4, 14, 'a figure'],
      ['Q4a', 'answered', 20, 1, 20, 22, 'a figure'],
      ['Q4b', 'answered', 130, 1, 28, 31, 'a figure'],
    ]);
    assert.deepEqual(brief('Q4. (a) 20; (b) 130\nQ5. Yes\n', false).map((a) => a[0]), ['Q4a', 'Q4b', 'Q5']);
  });

  it('splits only letters in order from (a), at least two, and lets a part\'s own later answer win', () => {
    assert.deepEqual(brief('Q4. (a) 20; (c) 130\nQ5. Yes\n', true).map((a) => a.slice(0, 2)), [['Q4', 'answered'], ['Q5', 'answered']]);
    assert.deepEqual(brief('Q4. (a) 20\nQ5. Yes\n', true).map((a) => a.slice(0, 2)), [['Q4', 'answered'], ['Q5', 'answered']]);
    assert.deepEqual(brief('Q4. (a) 20; (b) 130\nQ4b. 140\nQ5. Yes\n', true).find((a) => a[0] === 'Q4b'), ['Q4b', 'answered', 140, 2, 25, 28, 'a figure']);
  });
});
