// What the reply editor shows, computed in plain Node from a fictional reply, its sidecar and a
// small questionnaire: coloured spans, gutter marks, suggestions, counts, folding and problems.
import { strict as assert } from 'node:assert';
import { makeQuote } from '../../src/core/anchor';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { Questionnaire } from '../../src/core/types';
import { anchorAnswers, safeAnalyze, safeParseSidecar } from '../../src/extension/replyCompute';
import { replyProblems } from '../../src/extension/replyProblems';
import type { ProblemFacts } from '../../src/extension/replyProblems';
import { answerMarkers, decorationPlan, markerAt, questionBlocks, replySummary } from '../../src/extension/replyView';
import { pendingSuggestions } from '../../src/extension/coding';

const QUESTIONNAIRE = `version: 1
questions:
  - id: Q1
    text: How many public libraries does the Authority run?
    type: number
  - id: Q2
    text: Does any library open on Sundays?
    type: yes-no
  - id: Q2a
    text: If so, how many hours are they open on a Sunday?
    type: number
    when: { Q2: "yes" }
  - id: Q3
    text: Which library system do you use?
    type: choice
    choices: [Spydus, Koha, Other]
`;

const REPLY = [
  'From: Records Team <foi@brookhaven.example.gov.uk>',
  '',
  'Q1. How many public libraries does the Authority run?',
  'The Council runs 9 public libraries.',
  '',
  'Q2. Does any library open on Sundays?',
  'No.',
  '',
  'Q2a. If so, how many hours are they open on a Sunday?',
  'N/A',
  '',
  'Q3. Which library system do you use?',
  'We do not hold this information.',
  '',
  'Q9. Something the questionnaire never asked',
  'A stray answer.',
  '',
  'Yours sincerely,',
  'Records Team',
].join('\n');

function questionnaire(): Questionnaire {
  const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire;
  assert.ok(q);
  return q;
}

function quoteOf(text: string, needle: string): string {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return JSON.stringify(makeQuote(text, start, start + needle.length));
}

function facts(text: string, sidecarText: string | null, q: Questionnaire | null = questionnaire()): ProblemFacts {
  const sidecar = sidecarText === null ? null : safeParseSidecar(sidecarText);
  return { text, analysis: safeAnalyze(text, q), sidecar, sidecarText, questionnaire: q, questionnaireProblems: [], anchors: anchorAnswers(text, sidecar) };
}

const SIDECAR = `version: 1
answers:
  Q1:
    status: answered
    value: 9
    quote: ${quoteOf(REPLY, 'The Council runs 9 public libraries.')}
  Q2:
    status: answered
    value: "No"
    quote: ${quoteOf(REPLY, 'No.')}
`;

describe('extension: what the reply editor shows', () => {
  it('colours each coded quote by its status, where the quote is', () => {
    const plan = decorationPlan(facts(REPLY, SIDECAR));
    assert.deepEqual(
      plan.coded.answered.map((s) => REPLY.slice(s.start, s.end)).sort(),
      ['No.', 'The Council runs 9 public libraries.'],
    );
    assert.equal(plan.coded['not-held'].length, 0);
  });

  it('marks only markers that still need a tag: not coded and not routed away', () => {
    const plan = decorationPlan(facts(REPLY, SIDECAR));
    const labels = plan.untaggedMarkers.map((s) => REPLY.slice(s.start, s.end));
    // Q2 is "No", so Q2a is not required; Q9 is not a question (it gets a diagnostic instead).
    assert.deepEqual(labels, ['Q3.']);
  });

  it('outlines suggestions only for questions nobody has coded', () => {
    const plan = decorationPlan(facts(REPLY, SIDECAR));
    const texts = plan.suggestions.map((s) => REPLY.slice(s.start, s.end));
    assert.ok(texts.includes('We do not hold this information.'), texts.join(' | '));
    assert.ok(!texts.includes('The Council runs 9 public libraries.'));
  });

  it('counts coded, asked, missing and suggested answers of this reply', () => {
    const s = replySummary(facts(REPLY, SIDECAR));
    assert.equal(s.coded, 2);
    assert.equal(s.asked, 3);
    assert.deepEqual(s.missing, ['Q3']);
    assert.equal(s.suggested, 1);
    assert.ok(s.notRequired.has('Q2a'));
    // "Accept all" also writes the routed-out Q2a's "N/A": the summary counts what it would write.
    const f = facts(REPLY, SIDECAR);
    assert.equal(s.acceptable, 2);
    assert.deepEqual(pendingSuggestions(f).map((x) => x.id), ['Q2a', 'Q3']);
  });

  it('counts the ids seen when there is no questionnaire', () => {
    const s = replySummary(facts(REPLY, null, null));
    assert.equal(s.fromQuestionnaire, false);
    assert.equal(s.coded, 0);
    assert.ok(s.missing.includes('Q9'));
  });

  it('picks the marker that carries the answer when the request is quoted first', () => {
    const text = '> Q1. How many libraries?\n> Q2. Sundays?\n\nQ1. Nine.\nQ2. No.\n';
    const markers = answerMarkers(safeAnalyze(text, questionnaire()));
    assert.deepEqual(markers.map((m) => m.quoteDepth), [0, 0]);
  });

  it('finds the marker under the cursor, also just after its label', () => {
    const { analysis } = facts(REPLY, null);
    const at = REPLY.indexOf('Q2a.');
    assert.equal(markerAt(analysis.markers, at)?.label, 'Q2a.');
    assert.equal(markerAt(analysis.markers, at + 4)?.label, 'Q2a.');
    assert.equal(markerAt(analysis.markers, at + 6), undefined);
  });

  it('folds each question block without its trailing blank line', () => {
    const lines = REPLY.split('\n');
    const blocks = questionBlocks(facts(REPLY, null).analysis.markers, lines.length, (l) => lines[l]!.trim() === '');
    assert.deepEqual(blocks.slice(0, 4), [[2, 3], [5, 6], [8, 9], [11, 12]]);
  });
});

describe('extension: problems of an open reply', () => {
  it('reports a stale quote on the sidecar line and where it was in the reply', () => {
    const edited = REPLY.replace('The Council runs 9 public libraries.', 'Eleven branches, after the 2021 review.');
    const problems = replyProblems(facts(edited, SIDECAR)).filter((p) => p.code === 'stale-quote');
    assert.deepEqual(problems.map((p) => [p.target, p.id]).sort(), [['reply', 'Q1'], ['sidecar', 'Q1']]);
    const onSidecar = problems.find((p) => p.target === 'sidecar')!;
    assert.match(SIDECAR.split('\n')[onSidecar.line - 1]!, /quote:/);
  });

  it('reports unknown ids at their marker, once, and only with a questionnaire', () => {
    const problems = replyProblems(facts(REPLY, SIDECAR)).filter((p) => p.code === 'unknown-id');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.id, 'Q9');
    assert.equal(REPLY.slice(problems[0]!.start, problems[0]!.end), 'Q9.');
    assert.equal(replyProblems(facts(REPLY, SIDECAR, null)).filter((p) => p.code === 'unknown-id').length, 0);
  });

  it('reports a value that does not fit its question on the value line', () => {
    const bad = SIDECAR.replace('value: 9', 'value: lots');
    const problems = replyProblems(facts(REPLY, bad)).filter((p) => p.code === 'value-type');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.target, 'sidecar');
    assert.match(bad.split('\n')[problems[0]!.line - 1]!, /value: lots/);
  });

  it('passes sidecar parse problems through, on the sidecar', () => {
    const problems = replyProblems(facts(REPLY, 'version: 1\nanswers:\n  Q1:\n    status: maybe\n'));
    const onSidecar = problems.filter((p) => p.target === 'sidecar');
    assert.ok(onSidecar.length > 0);
    assert.ok(onSidecar.every((p) => p.line >= 1));
  });
});
