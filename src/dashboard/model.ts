// The coverage dashboard's data (DESIGN §12): everything the page shows, as plain JSON, built
// from the coverage model and the consistency checks. Pure — the CLI embeds it in a standalone
// HTML file, the extension posts it to its webview; the page's script only draws it.
//
// Cells: one per council × question of the questionnaire, in questionnaire order. A question
// the council's variant omits is `not-required` (as in the exports). `council` is the council's
// name exactly as `report --json` gives it.
import type { CheckFinding } from '../core/checks';
import { numericValue } from '../core/checks';
import type { CoverageCell, SurveyCoverage } from '../core/coverage';
import type { Questionnaire } from '../core/types';
import { STATUSES, STATUS_WORDS } from '../core/types';

/** Every state a cell can show, in legend order. `unreadable`: the council's sidecar exists but cannot be used (DESIGN §15). */
export const DASHBOARD_STATES = [...STATUSES, 'missing', 'not-required', 'unreadable'] as const;
export type DashboardState = (typeof DASHBOARD_STATES)[number];

export const STATE_LABELS: Record<DashboardState, string> = {
  ...STATUS_WORDS,
  missing: 'missing',
  'not-required': 'not required',
  unreadable: 'unreadable',
};

/** Longest quote carried into the page (the reply holds the rest). */
const MAX_QUOTE_CHARS = 280;
const MAX_VALUE_CHARS = 80;

export interface DashboardCell {
  /** Question id. */
  q: string;
  /** The cell's state. */
  s: string;
  /** The coded value for display (`£48,700,000`, `31%`, `Yes`), when there is one. */
  v?: string;
  /** The numeric value (numeric questions, answered cells). */
  n?: number;
  exemption?: string;
  /** Start of the quote's exact text, shortened. */
  quote?: string;
  /** Reply file (as the caller names files) and 1-based line of the quote, when known. */
  file?: string;
  line?: number;
  /** Why a question is not required (`routing: Q11 is "no"`, `heading`, `variant`). */
  reason?: string;
  /** Indexes into `findings` about this cell. */
  findings?: number[];
}

export interface DashboardCouncil {
  council: string;
  files: string[];
  asked: number;
  coded: number;
  percent: number;
  counts: Record<string, number>;
  cells: DashboardCell[];
}

export interface DashboardQuestion {
  id: string;
  text: string;
  type: string;
  unit?: string;
  counts: Record<string, number>;
  asked: number;
  coded: number;
  percent: number;
  /** Numeric question whose values are drawn as a distribution. */
  numeric: boolean;
}

export interface DashboardFinding {
  severity: 'error' | 'warning';
  code: string;
  kind: string;
  council: string;
  questions: string[];
  message: string;
  file?: string;
}

export interface DashboardData {
  title: string;
  /** Where the data comes from, for the heading (a folder path or name). */
  source: string;
  states: { id: string; label: string }[];
  questions: DashboardQuestion[];
  councils: DashboardCouncil[];
  totals: { councils: number; asked: number; coded: number; percent: number; counts: Record<string, number> };
  findings: DashboardFinding[];
}

export interface DashboardOptions {
  title?: string;
  source?: string;
  findings?: readonly CheckFinding[];
  /** 1-based line of a coded cell's quote in its reply, when known (the CLI reads the replies). */
  lineOf?: (cell: CoverageCell) => number | null;
  /** How a file is shown (e.g. relative to the working directory). */
  show?: (file: string) => string;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** A value for display: `£48,700,000`, `31%`, `9,032.42 ha`, `Yes`. */
export function displayValue(value: unknown, unit?: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    const n = value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
    if (unit === 'GBP') return `£${n}`;
    if (unit === '%') return `${n}%`;
    return unit ? `${n} ${unit}` : n;
  }
  const text = shorten(String(value), MAX_VALUE_CHARS);
  return unit && unit !== 'GBP' && !text.endsWith(unit) ? `${text} ${unit}` : text;
}

const NUMERIC = new Set(['number', 'money', 'percent', 'duration', 'year']);

export function dashboardData(questionnaire: Questionnaire, coverage: SurveyCoverage, options: DashboardOptions = {}): DashboardData {
  const show = options.show ?? ((f: string) => f);
  const findings: DashboardFinding[] = (options.findings ?? []).map((f) => {
    const d: DashboardFinding = { severity: f.severity, code: f.code, kind: f.kind, council: f.council, questions: f.questions, message: f.message };
    if (f.file !== undefined) d.file = show(f.file);
    return d;
  });
  const findingIndex = new Map<string, number[]>();
  findings.forEach((f, i) => {
    for (const q of f.questions) {
      const key = `${f.council}\u0000${q}`;
      findingIndex.set(key, [...(findingIndex.get(key) ?? []), i]);
    }
  });

  const councils: DashboardCouncil[] = coverage.councils.map((c) => {
    const byId = new Map(c.cells.map((cell) => [cell.id, cell] as const));
    const counts: Record<string, number> = { ...c.counts };
    const cells = questionnaire.questions.map((q): DashboardCell => {
      const cell = byId.get(q.id);
      if (!cell) return { q: q.id, s: 'not-required', reason: 'variant' };
      // Whatever state coverage gives (including `unreadable`) is shown as it is.
      const state: string = cell.state;
      const out: DashboardCell = { q: q.id, s: state };
      const entry = cell.entry;
      if (entry) {
        const v = displayValue(entry.value, entry.unit ?? q.unit);
        if (v !== undefined) out.v = v;
        if (state === 'answered' && NUMERIC.has(q.type)) {
          const n = numericValue(entry.value);
          if (n !== undefined) out.n = n;
        }
        if (entry.exemption) out.exemption = entry.exemption;
        if (entry.quote?.exact) out.quote = shorten(entry.quote.exact, MAX_QUOTE_CHARS);
      }
      if (cell.file !== undefined) {
        out.file = show(cell.file);
        const line = options.lineOf?.(cell);
        if (line) out.line = line;
      }
      if (cell.reason) out.reason = cell.reason;
      const f = findingIndex.get(`${c.council}\u0000${q.id}`);
      if (f) out.findings = f;
      return out;
    });
    return { council: c.council, files: c.files.map(show), asked: c.asked, coded: c.coded, percent: c.percent, counts, cells };
  });

  const questions: DashboardQuestion[] = coverage.questions.map((pq) => {
    const q = pq.question;
    const d: DashboardQuestion = { id: q.id, text: q.text ?? '', type: q.type, counts: { ...pq.counts }, asked: pq.asked, coded: pq.coded, percent: pq.percent, numeric: NUMERIC.has(q.type) && q.type !== 'year' };
    if (q.unit) d.unit = q.unit;
    return d;
  });
  // Omitted-by-variant cells are shown as not-required; count them so rows and columns add up.
  questions.forEach((q, i) => {
    q.counts = {};
    for (const c of councils) {
      const s = c.cells[i]!.s;
      q.counts[s] = (q.counts[s] ?? 0) + 1;
    }
  });

  const t = coverage.totals;
  const totalCounts: Record<string, number> = {};
  for (const c of councils) for (const cell of c.cells) totalCounts[cell.s] = (totalCounts[cell.s] ?? 0) + 1;
  return {
    title: options.title ?? questionnaire.title ?? 'FOI survey',
    source: options.source ?? '',
    states: DASHBOARD_STATES.map((id) => ({ id, label: STATE_LABELS[id] })),
    questions,
    councils,
    totals: { councils: t.councils, asked: t.asked, coded: t.coded, percent: t.percent, counts: totalCounts },
    findings,
  };
}

/** The data as a JSON text safe inside an HTML `<script type="application/json">` element. */
export function dataForHtml(data: DashboardData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
