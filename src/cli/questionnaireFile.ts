// Finding and reading a questionnaire for commands that work on one file (`suggest`).
import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { parseQuestionnaire } from '../core/questionnaire';
import { decodeText } from '../core/text';
import type { Questionnaire } from '../core/types';
import { DEFAULT_QUESTIONNAIRE_PATH } from '../core/workspace';
import { CliError, EXIT, displayPath, errorMessage, formatProblem } from './io';
import type { CliIo } from './io';

/** foi-questionnaire.yaml in `fromDir` or the nearest folder above it. */
export function findQuestionnaireUpward(fromDir: string): string | null {
  let dir = nodePath.resolve(fromDir);
  for (;;) {
    const candidate = nodePath.join(dir, DEFAULT_QUESTIONNAIRE_PATH);
    if (existsSync(candidate)) return candidate;
    const up = nodePath.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Read a questionnaire, printing its problems to stderr; throws a CliError when unusable. */
export function loadQuestionnaireFile(io: CliIo, absPath: string): Questionnaire {
  const shown = displayPath(io, absPath);
  let text: string;
  try {
    text = decodeText(readFileSync(absPath)).text;
  } catch (e) {
    throw new CliError(`${shown}: cannot read the questionnaire: ${errorMessage(e)}`, EXIT.io);
  }
  const { questionnaire, problems } = parseQuestionnaire(text, shown);
  for (const p of problems) if (p.severity === 'error') io.err(formatProblem(p, shown) + '\n');
  if (!questionnaire) throw new CliError(`${shown}: the questionnaire cannot be used (see the problems above)`, EXIT.io);
  return questionnaire;
}
