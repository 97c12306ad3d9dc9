// The coverage report as plain text: one table of councils (coded/asked, percent, a count per
// state, the missing ids) and a total row, with the questionnaire caveat above it and the
// unreadable sidecars below. One piece of code for `foi-coder report` (which passes colours)
// and the extension's "Show Coverage Report" (plain). Pure: coverage in, text out.
import type { CouncilCoverage, StateCounts, SurveyCoverage } from './coverage';
import { renderTable } from './table';
import type { Column } from './table';
import { escapeControls } from './text';

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
  { key: 'unreadable', title: 'unread' },
];

export interface ReportSource {
  /** Where the questionnaire is (as shown to the user). */
  questionnairePath: string;
  questionnaireExists: boolean;
  questionnaireUsable: boolean;
  /** Where to look for the questionnaire's problems ("run foi-coder check", "see Problems"). */
  problemsHint?: string;
}

/** Colours for a terminal; identity when omitted. */
export interface ReportStyle {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const PLAIN: ReportStyle = { red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s, bold: (s) => s };

export interface ReportOptions {
  title?: string;
  style?: ReportStyle;
  /** A file path as the user should see it (default: as given). */
  show?: (file: string) => string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The report's text. Names and paths have their control characters escaped. */
export function coverageReportText(coverage: SurveyCoverage, source: ReportSource, options: ReportOptions = {}): string {
  const col = options.style ?? PLAIN;
  const show = (f: string): string => escapeControls(options.show ? options.show(f) : f);
  const out: string[] = options.title ? [options.title, ''] : [];
  const where = escapeControls(source.questionnairePath);
  if (!source.questionnaireExists) out.push(col.yellow(`No questionnaire (${where}): coverage uses the question ids seen in replies.`), '');
  else if (!source.questionnaireUsable) out.push(col.yellow(`The questionnaire ${where} cannot be read (${source.problemsHint ?? 'see its problems'}): coverage uses the ids seen in replies.`), '');
  if (coverage.councils.length === 0) {
    out.push('No replies found (*.reply.txt anywhere, or .txt files below a folder named "replies").');
    return out.join('\n') + '\n';
  }
  const pct = (c: { percent: number }): string => {
    const s = `${c.percent.toFixed(1)}%`;
    return c.percent >= 100 ? col.green(s) : c.percent >= 50 ? col.yellow(s) : col.red(s);
  };
  // The unreadable column appears only when some council has one, so the usual table stays as it was.
  const anyUnreadable = coverage.totals.counts.unreadable > 0 || coverage.councils.some((c) => c.unreadable.length > 0);
  const counted = COUNT_COLUMNS.filter((c) => c.key !== 'unreadable' || anyUnreadable);
  const columns: Column[] = [
    { title: 'council', max: 40 },
    { title: 'coded', align: 'right' },
    { title: '%', align: 'right' },
    ...counted.map((c) => ({ title: c.title, align: 'right' as const })),
    { title: 'missing ids' },
  ];
  const row = (name: string, c: Pick<CouncilCoverage, 'coded' | 'asked' | 'percent' | 'counts'>, missing: string): string[] => [
    name,
    `${c.coded}/${c.asked}`,
    pct(c),
    ...counted.map((k) => (c.counts[k.key] === 0 ? col.dim('·') : k.key === 'unreadable' ? col.red(String(c.counts[k.key])) : String(c.counts[k.key]))),
    missing,
  ];
  const missingIds = (c: CouncilCoverage): string => {
    if (c.unreadable.length > 0) return col.red(`UNREADABLE sidecar: ${show(c.unreadable[0]!.file)} (see below)`);
    return c.coded === 0 && c.missing.length > 1 ? col.dim(`all ${c.missing.length} (nothing coded yet)`) : c.missing.join(' ');
  };
  const rows = coverage.councils.map((c) => row(escapeControls(c.council), c, missingIds(c)));
  const t = coverage.totals;
  rows.push(row(col.bold(`Total (${plural(t.councils, 'council')})`), t, ''));
  out.push(renderTable(columns, rows).trimEnd());
  const broken = coverage.councils.filter((c) => c.unreadable.length > 0);
  if (broken.length > 0) {
    out.push('', col.red(`${plural(broken.length, 'council')} with a sidecar that cannot be read (${broken.length === 1 ? 'its answers are' : 'their answers are'} unknown, not missing):`));
    for (const c of broken) for (const u of c.unreadable) out.push(col.red(`  ${show(u.file)}:${u.line}:${u.column}: ${escapeControls(u.message)}`));
  }
  return out.join('\n') + '\n';
}
