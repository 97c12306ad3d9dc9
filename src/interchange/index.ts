// The interchange layer: Excel and REFI-QDA writers over the engine (src/core). Its own bundle
// (dist/interchange.js): exceljs and the zip writer are loaded by the CLI and the extension only
// when such an export runs, never at activation.
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { InterchangeFormat } from '../core/export';
export { compareIndexes } from './agreementReport';
export type { Comparison } from './agreementReport';
import { surveyToQdpx } from './qdpx';
import { surveyOf } from './survey';
import { surveyToXlsx } from './xlsx';

export interface InterchangeExport {
  bytes: Uint8Array;
  /** One line for the user: what was written. */
  summary: string;
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/**
 * Export an indexed workspace as xlsx or qdpx. `title` names the project when the questionnaire
 * has no title (the folder's name).
 */
export async function exportInterchange(index: WorkspaceIndex, format: InterchangeFormat, title: string, options: { now?: Date } = {}): Promise<InterchangeExport> {
  const survey = surveyOf(index, title);
  const councils = plural(survey.coverage.councils.length, 'council');
  if (format === 'xlsx') {
    const bytes = await surveyToXlsx(survey, options);
    return { bytes, summary: `xlsx, ${councils}: sheets Answers, Tidy, Coverage, Questionnaire` };
  }
  const r = surveyToQdpx(survey, { ...options, origin: 'FOI Coder' });
  const lost = r.withoutSelection > 0 ? `; ${plural(r.withoutSelection, 'answer')} without a quote found in the text coded on the council's case` : '';
  return { bytes: r.bytes, summary: `REFI-QDA, ${plural(r.cases, 'case')}, ${plural(r.sources, 'source')}, ${plural(r.selections, 'coded selection')}${lost}` };
}
