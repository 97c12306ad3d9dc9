// `foi-coder report [dir] [--json]`: coverage per council and in total (the table is the
// engine's coverageReport, shared with the extension). A council whose sidecar exists but
// cannot be used is reported as unreadable, never as uncoded, and the exit code is then 1.
import { coverageReportText } from '../../core/coverageReport';
import { writeDashboard } from '../dashboardHtml';
import { EXIT, colourizer } from '../io';
import type { CliIo } from '../io';
import { findingsJson, placedFindings } from '../surveyChecks';
import { openWorkspace } from '../workspace';

export interface ReportArgs {
  dir?: string;
  json: boolean;
  /** Also write the coverage dashboard to this HTML file. */
  html?: string;
  questionnaire?: string;
}

export async function report(io: CliIo, args: ReportArgs): Promise<number> {
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  const coverage = ws.index.coverage();
  const q = ws.index.questionnaireState;
  const unreadable = coverage.councils.some((c) => c.unreadable.length > 0);
  if (args.html !== undefined) await writeDashboard(io, ws, args.html);
  if (args.json) {
    const findings = placedFindings(ws);
    const out = {
      questionnaire: q.exists ? ws.show(q.path) : null,
      councils: coverage.councils.map((c) => ({
        council: c.council,
        files: c.files.map(ws.show),
        variant: c.variant ?? null,
        asked: c.asked,
        coded: c.coded,
        percent: c.percent,
        counts: c.counts,
        missing: c.missing,
        unreadable: c.unreadable.map((u) => ({ ...u, file: ws.show(u.file) })),
        checks: findingsJson(findings, c.council, ws.show),
      })),
      totals: coverage.totals,
    };
    io.out(JSON.stringify(out, null, 2) + '\n');
    return unreadable ? EXIT.errorsFound : EXIT.ok;
  }
  const text = coverageReportText(
    coverage,
    { questionnairePath: ws.show(q.path), questionnaireExists: q.exists, questionnaireUsable: q.parsed !== null, problemsHint: 'run foi-coder check' },
    { style: colourizer(io), show: ws.show },
  );
  io.out(text);
  return unreadable ? EXIT.errorsFound : EXIT.ok;
}
