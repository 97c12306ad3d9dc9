// `foi-coder report [dir] [--json]`: coverage per council and in total.
import type { CouncilCoverage, StateCounts } from '../../core/coverage';
import { colourizer } from '../io';
import type { CliIo } from '../io';
import { renderTable } from '../table';
import type { Column } from '../table';
import { findingsJson, placedFindings } from '../surveyChecks';
import { openWorkspace } from '../workspace';

export interface ReportArgs {
  dir?: string;
  json: boolean;
  questionnaire?: string;
}

const COUNT_COLUMNS: { key: keyof StateCounts; title: string }[] = [
  { key: 'answered', title: 'ans' },
  { key: 'partial', title: 'part' },
  { key: 'not-held', title: 'n/held' },
  { key: 'not-applicable', title: 'n/a' },
  { key: 'refused', title: 'refused' },
  { key: 'signposted', title: 'signp' },
  { key: 'unclear', title: 'unclear' },
  { key: 'not-required', title: 'not-req' },
  { key: 'missing', title: 'missing' },
];

export async function report(io: CliIo, args: ReportArgs): Promise<number> {
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  const coverage = ws.index.coverage();
  const q = ws.index.questionnaireState;
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
        checks: findingsJson(findings, c.council, ws.show),
      })),
      totals: coverage.totals,
    };
    io.out(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }

  const col = colourizer(io);
  if (!q.exists) io.out(col.yellow(`No questionnaire (${ws.show(q.path)}): coverage uses the question ids seen in replies.`) + '\n\n');
  else if (!q.parsed) io.out(col.yellow(`The questionnaire ${ws.show(q.path)} cannot be read (run foi-coder check): coverage uses the ids seen in replies.`) + '\n\n');
  if (coverage.councils.length === 0) {
    io.out('No replies found (*.reply.txt anywhere, or .txt files below a folder named "replies").\n');
    return 0;
  }
  const pct = (c: { percent: number }) => {
    const s = `${c.percent.toFixed(1)}%`;
    return c.percent >= 100 ? col.green(s) : c.percent >= 50 ? col.yellow(s) : col.red(s);
  };
  const columns: Column[] = [
    { title: 'council', max: 40 },
    { title: 'coded', align: 'right' },
    { title: '%', align: 'right' },
    ...COUNT_COLUMNS.map((c) => ({ title: c.title, align: 'right' as const })),
    { title: 'missing ids' },
  ];
  const row = (name: string, c: Pick<CouncilCoverage, 'coded' | 'asked' | 'percent' | 'counts'>, missing: string) => [
    name,
    `${c.coded}/${c.asked}`,
    pct(c),
    ...COUNT_COLUMNS.map((k) => (c.counts[k.key] === 0 ? col.dim('·') : String(c.counts[k.key]))),
    missing,
  ];
  const missingIds = (c: CouncilCoverage) => (c.coded === 0 && c.missing.length > 1 ? col.dim(`all ${c.missing.length} (nothing coded yet)`) : c.missing.join(' '));
  const rows = coverage.councils.map((c) => row(c.council, c, missingIds(c)));
  const t = coverage.totals;
  rows.push(row(col.bold(`Total (${t.councils} council${t.councils === 1 ? '' : 's'})`), t, ''));
  io.out(renderTable(columns, rows));
  return 0;
}
