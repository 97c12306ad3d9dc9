// Builds the benchmark's workspace for the real VS Code host: the synthetic survey of
// bench/generate.ts (N councils, replies and sidecars), with the questionnaire under another
// name and `foiCoder.questionnairePath` pointing at it. The extension's activation event is
// `workspaceContains:foi-questionnaire.yaml`, so it stays inactive until the benchmark itself
// activates it — that is what lets the activation be timed cold, module loading included.
// Usage (tsx): node --import tsx test/integration/bench/make-workspace.ts <dir> [councils]
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateSurvey } from '../../../bench/generate';

export const BENCH_QUESTIONNAIRE = 'survey-questionnaire.yaml';

export function makeBenchWorkspace(root: string, councils: number): { replies: string[]; codedAnswers: number } {
  const survey = generateSurvey(root, councils);
  renameSync(path.join(root, 'foi-questionnaire.yaml'), path.join(root, BENCH_QUESTIONNAIRE));
  mkdirSync(path.join(root, '.vscode'), { recursive: true });
  writeFileSync(path.join(root, '.vscode', 'settings.json'), JSON.stringify({ 'foiCoder.questionnairePath': BENCH_QUESTIONNAIRE }, null, 2) + '\n');
  return { replies: survey.replies, codedAnswers: survey.codedAnswers };
}

if (require.main === module) {
  const [root, n] = process.argv.slice(2);
  if (!root) throw new Error('usage: make-workspace.ts <dir> [councils]');
  const made = makeBenchWorkspace(path.resolve(root), Number(n ?? 400));
  process.stdout.write(JSON.stringify({ replies: made.replies.length, codedAnswers: made.codedAnswers, first: made.replies[0] }) + '\n');
}
