// The rows of the coverage tree, as plain data: labels, descriptions, icon and colour ids,
// tooltips and context values, computed from the engine's coverage model. Pure (no `vscode`),
// so the wording users read is unit-tested in plain Node; coverageTree.ts only wraps these
// rows into TreeItems.
import type { CouncilCoverage, CoverageCell, CoverageTotals, QuestionCoverage, StateCounts } from '../core/coverage';
import type { CellState, Question } from '../core/types';
import { STATUS_WORDS } from './coding';

export interface Icon {
  /** A codicon id (ThemeIcon). */
  id: string;
  /** A registered theme colour id (ThemeColor). */
  color: string;
}

export interface Row {
  label: string;
  description: string;
  tooltip: string;
  icon: Icon;
  contextValue: string;
}

export type CouncilProgress = 'complete' | 'in-progress' | 'not-started';

const STATE_WORDS: Record<CellState, string> = { ...STATUS_WORDS, missing: 'missing', 'not-required': 'not required', unreadable: 'unreadable' };

const STATE_ICONS: Record<CellState, Icon> = {
  answered: { id: 'pass', color: 'charts.green' },
  partial: { id: 'pie-chart', color: 'charts.yellow' },
  'not-held': { id: 'circle-slash', color: 'charts.orange' },
  'not-applicable': { id: 'dash', color: 'descriptionForeground' },
  refused: { id: 'lock', color: 'charts.red' },
  signposted: { id: 'link-external', color: 'charts.blue' },
  unclear: { id: 'question', color: 'charts.purple' },
  missing: { id: 'circle-large-outline', color: 'list.warningForeground' },
  'not-required': { id: 'debug-step-over', color: 'disabledForeground' },
  unreadable: { id: 'error', color: 'list.errorForeground' },
};

const PROGRESS_ICONS: Record<CouncilProgress, Icon> = {
  complete: { id: 'pass-filled', color: 'testing.iconPassed' },
  'in-progress': { id: 'circle-large-outline', color: 'charts.yellow' },
  'not-started': { id: 'circle-slash', color: 'disabledForeground' },
};

/** Counts shown after `coded/asked` in a council's description, in this order. */
const NOTABLE: readonly CellState[] = ['not-held', 'refused', 'unclear', 'missing', 'unreadable'];

const MAX_VALUE_CHARS = 60;
const MAX_QUOTE_CHARS = 400;

export function stateWord(state: CellState): string {
  return STATE_WORDS[state];
}

export function stateIcon(state: CellState): Icon {
  return STATE_ICONS[state];
}

/** A gap is what still needs a coder: a question not coded yet, coded as unclear, or in a sidecar that cannot be read. */
export function isGap(state: CellState): boolean {
  return state === 'missing' || state === 'unclear' || state === 'unreadable';
}

export function gapCount(counts: StateCounts): number {
  return counts.missing + counts.unclear + counts.unreadable;
}

export function councilProgress(c: Pick<CouncilCoverage, 'coded' | 'counts'>): CouncilProgress {
  if (gapCount(c.counts) === 0) return 'complete';
  return c.coded === 0 ? 'not-started' : 'in-progress';
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** A coded value for display: `£64,200,000`, `12%`, `9032.4204 ha`, `Yes`. */
export function formatValue(value: unknown, unit?: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (unit === 'GBP') return '£' + value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
    if (unit === '%') return `${value}%`;
    return unit ? `${value} ${unit}` : String(value);
  }
  const text = oneLine(String(value), MAX_VALUE_CHARS);
  return unit && !text.endsWith(unit) ? `${text} ${unit}` : text;
}

/** What a cell says in one line: the value when answered, else its state (with the exemption). */
export function cellSummary(cell: CoverageCell, question?: Question): string {
  const entry = cell.entry;
  const value = entry ? formatValue(entry.value, entry.unit ?? question?.unit) : '';
  switch (cell.state) {
    case 'answered':
      return value || 'answered';
    case 'partial':
      return value ? `partial · ${value}` : 'partial';
    case 'refused':
      return entry?.exemption ? `refused · ${entry.exemption}` : 'refused';
    case 'not-required':
      return cell.reason && cell.reason !== 'heading' ? `not required · ${cell.reason}` : 'not required';
    default:
      return stateWord(cell.state);
  }
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `23/30 · 3 not held · 2 missing` */
export function councilDescription(c: Pick<CouncilCoverage, 'coded' | 'asked' | 'counts'>): string {
  const parts = [`${c.coded}/${c.asked}`];
  for (const s of NOTABLE) if (c.counts[s] > 0) parts.push(`${c.counts[s]} ${stateWord(s)}`);
  return parts.join(' · ');
}

function countLines(counts: StateCounts): string[] {
  const order: CellState[] = ['answered', 'partial', 'not-held', 'not-applicable', 'refused', 'signposted', 'unclear', 'missing', 'not-required', 'unreadable'];
  return order.filter((s) => counts[s] > 0).map((s) => `  ${stateWord(s)}: ${counts[s]}`);
}

export function councilRow(c: CouncilCoverage): Row {
  const progress = councilProgress(c);
  const lines = [c.council, `${c.coded} of ${c.asked} questions coded (${c.percent}%)`, ...countLines(c.counts)];
  if (c.missing.length > 0) lines.push(`Missing: ${c.missing.join(', ')}`);
  for (const u of c.unreadable) lines.push(`Unreadable: ${u.file}:${u.line}:${u.column}: ${u.message}`);
  if (c.variant) lines.push(`Variant: ${c.variant}${c.unknownVariant ? ' (not in the questionnaire)' : ''}`);
  if (c.unknownIds.length > 0) lines.push(`Coded ids the questionnaire does not know: ${c.unknownIds.join(', ')}`);
  lines.push(`${c.files.length === 1 ? 'Reply' : 'Replies'}: ${c.files.join(', ')}`);
  return {
    label: c.council,
    description: councilDescription(c),
    tooltip: lines.join('\n'),
    icon: PROGRESS_ICONS[progress],
    contextValue: progress === 'complete' ? 'council.complete' : 'council',
  };
}

function cellTooltip(title: string, question: Question | undefined, cell: CoverageCell): string {
  const lines = [question?.text ? `${title} — ${oneLine(question.text, 300)}` : title, '', `Status: ${cellSummary(cell, question)}`];
  const e = cell.entry;
  if (e) {
    const value = formatValue(e.value, e.unit ?? question?.unit);
    if (value && cell.state !== 'answered') lines.push(`Value: ${value}`);
    if (e.quote?.exact) lines.push(`Quote: “${oneLine(e.quote.exact, MAX_QUOTE_CHARS)}”`);
    if (e.note) lines.push(`Note: ${oneLine(e.note, 200)}`);
    if (e.coder) lines.push(`Coder: ${e.coder}`);
  }
  if (cell.file) lines.push(`Reply: ${cell.file}`);
  if (cell.history.length > 0) lines.push(`Also coded in: ${cell.history.map((h) => h.file).join(', ')}`);
  if (cell.state === 'missing') lines.push('Click to open the reply at this question.');
  else if (cell.entry) lines.push('Click to show the quote in the reply.');
  return lines.join('\n');
}

function answerContext(cell: CoverageCell): string {
  return `answer.${cell.state}`;
}

/** A question under a council: `Q4a` with its value or state. */
export function answerRow(cell: CoverageCell, question: Question | undefined): Row {
  return { label: cell.id, description: cellSummary(cell, question), tooltip: cellTooltip(cell.id, question, cell), icon: stateIcon(cell.state), contextValue: answerContext(cell) };
}

/** A council under a question (grouping by question). */
export function councilAnswerRow(council: string, cell: CoverageCell, question: Question | undefined): Row {
  return { label: council, description: cellSummary(cell, question), tooltip: cellTooltip(`${cell.id} · ${council}`, question, cell), icon: stateIcon(cell.state), contextValue: answerContext(cell) };
}

/** `312/400 coded · 12 missing` */
export function questionDescription(q: Pick<QuestionCoverage, 'coded' | 'asked' | 'counts'>): string {
  const parts = [`${q.coded}/${q.asked} coded`];
  for (const s of ['unclear', 'missing'] as const) if (q.counts[s] > 0) parts.push(`${q.counts[s]} ${stateWord(s)}`);
  return parts.join(' · ');
}

export function questionRow(q: QuestionCoverage): Row {
  const gaps = gapCount(q.counts);
  const lines = [q.question.text ? `${q.id} — ${oneLine(q.question.text, 300)}` : q.id, `Type: ${q.question.type}${q.question.unit ? ` (${q.question.unit})` : ''}`];
  if (q.question.when) lines.push(`Asked only when ${Object.entries(q.question.when).map(([id, v]) => `${id} is ${Array.isArray(v) ? v.join(' or ') : v}`).join(' and ')}`);
  lines.push(`${q.coded} of ${q.asked} councils coded (${q.percent}%)`, ...countLines(q.counts));
  const icon = q.asked === 0 ? STATE_ICONS['not-required'] : gaps === 0 ? PROGRESS_ICONS.complete : q.coded === 0 ? PROGRESS_ICONS['not-started'] : PROGRESS_ICONS['in-progress'];
  return { label: q.id, description: questionDescription(q), tooltip: lines.join('\n'), icon, contextValue: 'question' };
}

/** The view's description: `312/400 coded (78%)`. */
export function totalsDescription(t: CoverageTotals): string {
  return t.councils === 0 ? '' : `${t.coded}/${t.asked} coded (${t.percent}%)`;
}

/** The view's badge: missing answers, with a tooltip; undefined when nothing is missing. */
export function missingBadge(t: CoverageTotals): { value: number; tooltip: string } | undefined {
  const missing = t.counts.missing;
  if (missing === 0) return undefined;
  return { value: missing, tooltip: `${plural(missing, 'answer')} missing across ${plural(t.councils, 'council')}` };
}

/**
 * Councils whose coverage differs between two snapshots of one folder: added, removed, or
 * recomputed. The index reuses the object of every council it did not recompute, so identity
 * tells exactly which ones changed. undefined when there is no earlier snapshot.
 */
export function changedCouncils(before: { councils: readonly CouncilCoverage[] } | null, after: { councils: readonly CouncilCoverage[] }): string[] | undefined {
  if (!before) return undefined;
  const old = new Map(before.councils.map((c) => [c.council, c] as const));
  const changed: string[] = [];
  for (const c of after.councils) {
    if (old.get(c.council) !== c) changed.push(c.council);
    old.delete(c.council);
  }
  changed.push(...old.keys());
  return changed;
}

/** Totals of several workspace folders as one. */
export function mergeTotals(list: readonly CoverageTotals[]): CoverageTotals {
  if (list.length === 1) return list[0]!;
  const counts = {} as StateCounts;
  for (const s of Object.keys(STATE_WORDS) as CellState[]) counts[s] = list.reduce((n, t) => n + t.counts[s], 0);
  const asked = list.reduce((n, t) => n + t.asked, 0);
  const coded = list.reduce((n, t) => n + t.coded, 0);
  return { councils: list.reduce((n, t) => n + t.councils, 0), counts, asked, coded, percent: asked === 0 ? 100 : Math.round((coded / asked) * 1000) / 10 };
}
