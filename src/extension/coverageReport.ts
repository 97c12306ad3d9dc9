// The coverage report as plain text, for "Show Coverage Report": the same columns as the CLI's
// `foi-coder report`, without colours. The CLI's report is not a pure function (it reads the
// workspace and writes to its io), so this reuses only its table renderer.
import { renderTable } from '../cli/table';
import type { Column } from '../cli/table';
import type { CouncilCoverage, StateCounts, SurveyCoverage } from '../core/coverage';

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

export interface ReportSource {
  /** Where the questionnaire is (shown in the heading). */
  questionnairePath: string;
  questionnaireExists: boolean;
  questionnaireUsable: boolean;
}

export function coverageReportText(coverage: SurveyCoverage, source: ReportSource, title = 'FOI coverage report'): string {
  const out: string[] = [title, ''];
  if (!source.questionnaireExists) out.push(`No questionnaire (${source.questionnairePath}): coverage uses the question ids seen in replies.`, '');
  else if (!source.questionnaireUsable) out.push(`The questionnaire ${source.questionnairePath} cannot be read (see Problems): coverage uses the ids seen in replies.`, '');
  if (coverage.councils.length === 0) {
    out.push('No replies found (*.reply.txt anywhere, or .txt files below a folder named "replies").');
    return out.join('\n') + '\n';
  }
  const columns: Column[] = [
    { title: 'council', max: 40 },
    { title: 'coded', align: 'right' },
    { title: '%', align: 'right' },
    ...COUNT_COLUMNS.map((c) => ({ title: c.title, align: 'right' as const })),
    { title: 'missing ids' },
  ];
  const row = (name: string, c: Pick<CouncilCoverage, 'coded' | 'asked' | 'percent' | 'counts'>, missing: string): string[] => [
    name,
    `${c.coded}/${c.asked}`,
    `${c.percent.toFixed(1)}%`,
    ...COUNT_COLUMNS.map((k) => (c.counts[k.key] === 0 ? '·' : String(c.counts[k.key]))),
    missing,
  ];
  const rows = coverage.councils.map((c) => row(c.council, c, c.missing.join(' ')));
  const t = coverage.totals;
  rows.push(row(`Total (${t.councils} council${t.councils === 1 ? '' : 's'})`, t, ''));
  out.push(renderTable(columns, rows).trimEnd());
  return out.join('\n') + '\n';
}
