// The survey's consistency checks (core/checks.ts) placed for the CLI: each finding as a Problem
// in the sidecar of the answer it is about, shared by `check` (printed) and `report --json`.
import { compileChecks, findingProblem, surveyChecks } from '../core/checks';
import type { CheckFinding } from '../core/checks';
import type { Problem } from '../core/types';
import type { OpenWorkspace } from './workspace';

export interface PlacedFinding {
  finding: CheckFinding;
  /** Workspace-relative file the problem is in (the sidecar, else the reply). */
  file: string | undefined;
  problem: Problem;
}

/** Findings of the workspace; none without a usable questionnaire (rules and types come from it). */
export function placedFindings(ws: OpenWorkspace): PlacedFinding[] {
  const questionnaire = ws.index.questionnaireState.parsed;
  if (!questionnaire) return [];
  return surveyChecks(questionnaire, ws.index.coverage()).map((finding) => {
    const reply = finding.file !== undefined ? ws.index.reply(finding.file) : undefined;
    const file = finding.sidecarFile ?? finding.file;
    return { finding, file, problem: findingProblem(finding, reply?.sidecarText ?? null) };
  });
}

/** Rules of the questionnaire that do not parse (they are left out of the checks). */
export function ruleProblems(ws: OpenWorkspace): Problem[] {
  const questionnaire = ws.index.questionnaireState.parsed;
  return questionnaire ? compileChecks(questionnaire).problems : [];
}

/** Findings as `check` groups them: per file. */
export function findingGroups(placed: readonly PlacedFinding[]): { file: string; problems: Problem[] }[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of placed) {
    if (p.file === undefined) continue;
    byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.problem]);
  }
  return [...byFile].map(([file, problems]) => ({ file, problems }));
}

/** A council's findings for `report --json`. */
export function findingsJson(placed: readonly PlacedFinding[], council: string, show: (rel: string) => string): unknown[] {
  return placed
    .filter((p) => p.finding.council === council)
    .map(({ finding: f, file, problem }) => ({
      severity: f.severity,
      code: f.code,
      questions: f.questions,
      message: f.message,
      ...(f.rule !== undefined ? { rule: f.rule } : {}),
      ...(f.value !== undefined ? { value: f.value } : {}),
      ...(f.median !== undefined ? { median: f.median } : {}),
      file: file === undefined ? null : show(file),
      line: problem.line,
      column: problem.column,
    }));
}
