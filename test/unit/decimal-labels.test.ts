// Requests that number parts with decimals ("2.1", "2.2", "Q3.1:"), as formal requests often do:
// init reads them as Q2a, Q2b and keeps each label in the questionnaire (`label: "2.1"`), and a
// reply answering under "2.1" is read as Q2a. A figure at the start of a line ("2.1 million") is
// no label, and without decimal labels in the questionnaire "2.1" is never a part. The requests
// and replies are for a fictional survey about council agency staff and CCTV.
import { strict as assert } from 'node:assert';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { decimalLabelId } from '../../src/core/ids';
import type { Questionnaire } from '../../src/core/types';

const REQUEST = [
  'Dear Kelsby Borough Council,',
  '',
  'Please provide the following under the Freedom of Information Act.',
  '',
  '1. How many staff does the council employ?',
  '2. Agency staff:',
  '2.1 How much did the council spend on agency staff in 2023/24?',
  '2.2 Which agency supplied the most staff?',
  '2.3 How many agency workers were engaged on 31 March 2024?',
  'Q3.1: Does the council operate public space CCTV?',
  'Q3.2: How many cameras are there?',
  '',
  'Yours faithfully,',
  'Tamsin Orwell',
].join('\n');

const REPLY = [
  'Dear Ms Orwell,',
  '',
  'Our response to each part of your request follows.',
  '',
  '1. How many staff does the council employ?',
  'The council employs 1,812 staff (headcount).',
  '',
  '2.1 How much did the council spend on agency staff in 2023/24?',
  '£642,900',
  '',
  '2.2 Which agency supplied the most staff?',
  'Harbourline Staffing Ltd',
  '',
  '2.3 How many agency workers were engaged on 31 March 2024?',
  '37',
  '',
  '3.1 Yes.',
  '3.2 There are 64 cameras.',
  '',
  'Yours sincerely,',
  'Information Governance Team',
].join('\n');

function fromRequest(text = REQUEST): { q: Questionnaire; yaml: string; assumptions: string[] } {
  const r = questionnaireFromRequest(text);
  const parsed = parseQuestionnaire(r.yaml);
  assert.deepEqual(parsed.problems, []);
  return { q: parsed.questionnaire!, yaml: r.yaml, assumptions: r.assumptions };
}

describe('decimal part labels (2.1, Q3.1)', () => {
  it('init reads 2.1–2.3 and Q3.1–Q3.2 as parts, keeps each label and says so', () => {
    const { q, yaml, assumptions } = fromRequest();
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q2a', 'Q2b', 'Q2c', 'Q3a', 'Q3b']);
    assert.equal(q.byId.get('Q2')!.heading, true);
    assert.equal(q.byId.get('Q2a')!.text, 'How much did the council spend on agency staff in 2023/24?');
    assert.equal(q.byId.get('Q2a')!.type, 'money');
    assert.deepEqual(q.questions.map((x) => x.label ?? '-'), ['-', '-', '2.1', '2.2', '2.3', '3.1', '3.2']);
    assert.match(yaml, /- id: Q2b\n {4}text: Which agency supplied the most staff\?\n {4}type: text\n {4}label: "2\.2"\n/);
    assert.ok(assumptions.some((a) => /numbers parts with decimals: 2\.1–3\.2 are read as Q2a–Q3b/.test(a)), assumptions.join('\n'));
  });

  it('init takes a figure at the start of a line for no label', () => {
    const { q } = fromRequest(['1. How many residents live in the district?', '2. What is the council\'s budget?', '2.5 million is the figure I have seen quoted; please confirm it.', '3. Do you publish it?'].join('\n'));
    assert.deepEqual(q.questions.map((x) => x.id), ['Q1', 'Q2', 'Q3']);
  });

  it('reads a reply answering under the request\'s decimal labels', () => {
    const { q } = fromRequest();
    const a = analyzeReply(REPLY, q);
    const got = Object.fromEntries(a.answers.map((s) => [s.id, [s.status, s.value, s.line]]));
    assert.deepEqual(got.Q1, ['answered', 1812, 6]);
    assert.deepEqual(got.Q2a, ['answered', 642900, 9]);
    assert.deepEqual(got.Q2b, ['answered', 'Harbourline Staffing Ltd', 12]);
    assert.deepEqual(got.Q2c, ['answered', 37, 15]);
    assert.deepEqual(got.Q3a, ['answered', 'Yes', 17]);
    assert.deepEqual(got.Q3b, ['answered', 64, 18]);
  });

  it('never reads "2.15" or "2.1.3" as the label 2.1, nor 2.1 without decimal labels', () => {
    // Answers under their labels alone, without the question's words to find them by.
    const compact = ['Dear Ms Orwell,', '', '1. 1,812 staff.', '2.1 £642,900', '2.2 Harbourline Staffing Ltd', '2.3 37 workers', '3.1 Yes', '3.2 64 cameras', '', 'Yours sincerely,', 'FOI Team'].join('\n');
    const { q } = fromRequest();
    const ids = (text: string, qn = q) => analyzeReply(text, qn).markers.map((m) => `${m.line + 1}:${m.ids.join('+')}`);
    assert.deepEqual(ids(compact), ['3:Q1', '4:Q2a', '5:Q2b', '6:Q2c', '7:Q3a', '8:Q3b']);
    // A figure that opens a line of an answer, out of the labels' order, is no label.
    assert.deepEqual(ids(compact.replace('3.2 64 cameras', '3.2 64 cameras.\n\n2.1 Million views of their footage were logged.')), ['3:Q1', '4:Q2a', '5:Q2b', '6:Q2c', '7:Q3a', '8:Q3b']);
    assert.deepEqual(ids(compact.replace('2.1 £', '2.15 £').replace('2.2 Harb', '2.2.1 Harb')), ['3:Q1', '6:Q2c', '7:Q3a', '8:Q3b']);
    // The same questionnaire with its labels removed: "2.1" is a figure.
    const plain = parseQuestionnaire(fromRequest().yaml.replace(/\n {4}label: "[\d.]+"/g, '')).questionnaire!;
    assert.ok(!ids(compact, plain).some((m) => /^[45]:|Q2a|Q2b/.test(m)), ids(compact, plain).join(' '));
  });

  it('keeps a quoted label such as "2.10" and warns at a label that is not the id\'s', () => {
    assert.equal(decimalLabelId('2.10'), 'Q2j');
    assert.equal(decimalLabelId('2.1'), 'Q2a');
    assert.equal(decimalLabelId('2.0'), null);
    assert.equal(decimalLabelId('2.27'), null);
    assert.equal(decimalLabelId('2.01'), null);
    const text = ['version: 1', 'questions:', '  - { id: Q2j, text: Tenth part, type: number, label: "2.10" }', '  - id: Q3a', '    text: First part', '    label: 2.10', ''].join('\n');
    const p = parseQuestionnaire(text);
    assert.equal(p.questionnaire!.byId.get('Q2j')!.label, '2.10');
    assert.equal(p.questionnaire!.byId.get('Q3a')!.label, undefined);
    assert.equal(p.problems.length, 1);
    const w = p.problems[0]!;
    assert.equal(w.severity, 'warning');
    assert.equal(w.line, 6);
    assert.match(w.message, /label "2\.1" is neither a decimal label nor the roman numeral of Q3a \(Q3a's is "3\.1"\); it is ignored/);
  });
});
