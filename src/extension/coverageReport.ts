// "Show Coverage Report": the engine's text report (core/coverageReport.ts, the same code as
// `foi-coder report`), plain, with the folder's name in the title.
import { coverageReportText as reportText } from '../core/coverageReport';
import type { ReportSource } from '../core/coverageReport';
import type { SurveyCoverage } from '../core/coverage';

export type { ReportSource };

export function coverageReportText(coverage: SurveyCoverage, source: ReportSource, title = 'FOI coverage report'): string {
  return reportText(coverage, { problemsHint: 'see Problems', ...source }, { title });
}
