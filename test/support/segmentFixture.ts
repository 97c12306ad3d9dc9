// The questionnaire and helpers the segmentation tests share (core-segment, core-segment-edges):
// a small parks survey, and each chosen answer as `id line:column text`.
import { strict as assert } from 'node:assert';
import { scanMarkersWith } from '../../src/core/markers';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { chooseAnswers, questionWords, segmentContext } from '../../src/core/segment';
import type { Questionnaire } from '../../src/core/types';

export const Q: Questionnaire = (() => {
  const parsed = parseQuestionnaire(
    [
      'version: 1',
      'questions:',
      '  - id: Q1',
      '    text: What is the name of the council?',
      '  - id: Q2',
      '    text: How many staff work in the parks team?',
      '    type: number',
      '  - id: Q3',
      '    text: What was the total spend on park benches in 2023?',
      '    type: money',
      '  - id: Q4',
      '    text: Does the council use volunteers?',
      '    type: yes-no',
      '  - id: Q5',
      '    text: Which obstacles did the bench project meet?',
      '    type: multi-choice',
      '    choices: park_obstacles',
      'codes:',
      '  park_obstacles: [Funding, Staff time]',
      '',
    ].join('\n'),
  );
  assert.deepEqual(parsed.problems, []);
  return parsed.questionnaire!;
})();

export function context(text: string) {
  const words = questionWords(Q);
  const markers = scanMarkersWith(text, { knownIds: Q.questions.map((q) => q.id), questionTokens: new Map([...words].map(([k, v]) => [k, v.bag])) });
  return segmentContext(text, markers, Q);
}

/** Each chosen answer as `id line:column text` (1-based), in questionnaire order. */
export function answers(text: string): string[] {
  const ctx = context(text);
  const chosen = chooseAnswers(ctx);
  return Q.questions
    .filter((q) => chosen.has(q.id))
    .map((q) => {
      const s = chosen.get(q.id)!;
      return `${q.id} ${s.line + 1}:${s.start - ctx.lines[s.line]!.start + 1} ${text.slice(s.start, s.end)}`;
    });
}
