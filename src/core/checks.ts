// Consistency checks across the survey (DESIGN §12): values that cannot all be true.
// - Rules from the questionnaire's `checks:` (checkRules.ts), evaluated per council over the
//   values of its `answered` cells. A rule fails only when every value it needs is known; a
//   failed rule is an error (or a warning when the rule says so).
// - Automatic flags on numeric questions (number, money, percent, duration), always warnings:
//   · unit mismatch — a council coded in a different unit from most councils (ha vs km²);
//   · unit slip — a value about 1,000× or 1,000,000× the median, or as far below it (£m
//     typed as £, thousands typed as units); needs 3 values of the question;
//   · outlier — robust z-score above 3.5 (median and MAD, Iglewicz & Hoaglin), on a log scale
//     when every value is positive and the question is not a percentage (council sizes and
//     budgets span orders of magnitude); needs 5 values.
//   Flags compare a council only with councils coded in the same unit. Years are not flagged
//   (a rule such as `Q12a between 1990 and 2019` says what is plausible).
// Pure: takes the questionnaire and the coverage, returns findings; adapters place them.
import { isMap, isScalar, parseDocument } from 'yaml';
import { evaluateRule, explainRule, formatNumber, isRuleError, parseRule } from './checkRules';
import type { ParsedRule, RuleValue } from './checkRules';
import type { CouncilCoverage, CoverageCell, SurveyCoverage } from './coverage';
import { normalizeId } from './ids';
import { LineIndex } from './text';
import type { AnswerEntry, Problem, Question, Questionnaire, QuestionnaireCheck } from './types';
import { problemAtSpan } from './yamlPositions';

export type CheckKind = 'rule' | 'unit-mismatch' | 'unit-slip' | 'outlier';

export interface CheckFinding {
  kind: CheckKind;
  /** Stable code for diagnostics and JSON: `check-rule`, `check-unit-mismatch`, `check-unit-slip`, `check-outlier`. */
  code: string;
  severity: 'error' | 'warning';
  council: string;
  /** The question the finding is shown on first (a rule's first question with a value), then the others it reads. */
  questions: string[];
  message: string;
  /** The rule as written (rule findings). */
  rule?: string;
  /** The reply and sidecar files of the first question's answer. */
  file?: string;
  sidecarFile?: string;
  /** The flagged value and what it is compared with (flags). */
  value?: number;
  median?: number;
  /** How many councils' values the flag compares with. */
  n?: number;
}

/** Question types whose values are flagged across councils. */
const FLAGGED_TYPES: ReadonlySet<Question['type']> = new Set(['number', 'money', 'percent', 'duration']);
const NUMERIC_TYPES: ReadonlySet<Question['type']> = new Set(['number', 'money', 'percent', 'year', 'duration']);
export const OUTLIER_Z = 3.5;
export const OUTLIER_MIN_VALUES = 5;
export const UNIT_SLIP_MIN_VALUES = 3;
/** A ratio to the median within this many powers of ten of 10³ or 10⁶ is a likely unit slip. */
const SLIP_TOLERANCE = 0.5;

/** A coded value as a number: numbers, and text such as "9,032.42" or "£1,200". */
export function numericValue(value: AnswerEntry['value']): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim().replace(/^£/, '').replace(/%$/, '').replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : undefined;
}

/** A cell's value for rules: only `answered` cells have one (a partial answer is incomplete by definition). */
function ruleValue(cell: CoverageCell | undefined, question: Question | undefined): RuleValue {
  if (!cell || cell.state !== 'answered' || !cell.entry) return undefined;
  const v = cell.entry.value;
  if (v === undefined || v === null) return undefined;
  if (question && NUMERIC_TYPES.has(question.type)) return numericValue(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = String(v).trim().toLowerCase();
  if (s === 'true' || s === 'y') return 'yes';
  if (s === 'false' || s === 'n') return 'no';
  return s === '' ? undefined : s;
}

function cellsById(c: CouncilCoverage): Map<string, CoverageCell> {
  return new Map(c.cells.map((cell) => [cell.id, cell] as const));
}

function placed(finding: CheckFinding, cell: CoverageCell | undefined): CheckFinding {
  if (cell?.file !== undefined) finding.file = cell.file;
  if (cell?.sidecarFile !== undefined) finding.sidecarFile = cell.sidecarFile;
  return finding;
}

export type CompiledCheck = QuestionnaireCheck & ParsedRule;

/**
 * The questionnaire's rules parsed, and a problem (error, at the fault's line and column in the
 * questionnaire) for each rule that does not parse; those rules are left out.
 */
export function compileChecks(questionnaire: Questionnaire, file?: string): { checks: CompiledCheck[]; problems: Problem[] } {
  const checks: CompiledCheck[] = [];
  const problems: Problem[] = [];
  for (const c of questionnaire.checks ?? []) {
    const parsed = parseRule(c.rule, questionnaire.byId);
    if (!isRuleError(parsed)) {
      checks.push({ ...c, ...parsed, rule: c.rule.trim() });
      continue;
    }
    // Offsets count within the rule's first line (a rule is one line; a folded one is placed at its start).
    const firstLine = c.rule.indexOf('\n');
    const offset = firstLine !== -1 && parsed.offset > firstLine ? 0 : parsed.offset;
    const p: Problem = { severity: 'error', code: 'questionnaire-check', message: `checks[${c.index}]: ${parsed.message} (the check is ignored)`, line: c.line, column: c.column + offset, endLine: c.line, endColumn: c.column + offset + 1 };
    if (file !== undefined) p.file = file;
    problems.push(p);
  }
  return { checks, problems };
}

function ruleFindings(questionnaire: Questionnaire, checks: readonly CompiledCheck[], council: CouncilCoverage): CheckFinding[] {
  const out: CheckFinding[] = [];
  const cells = cellsById(council);
  const value = (id: string) => ruleValue(cells.get(id), questionnaire.byId.get(id));
  for (const check of checks) {
    if (evaluateRule(check, value) !== false) continue;
    // Shown on the first question the rule reads that has a value (the one the coder can fix).
    const first = check.ids.find((id) => value(id) !== undefined) ?? check.ids[0]!;
    const questions = [first, ...check.ids.filter((id) => id !== first)];
    const values = explainRule(check, value);
    const message = `${check.message ?? 'check failed'}: ${check.rule}${values ? ` (${values})` : ''}`;
    out.push(placed({ kind: 'rule', code: 'check-rule', severity: check.severity, council: council.council, questions, message, rule: check.rule }, cells.get(first)));
  }
  return out;
}

// ---- flags ----------------------------------------------------------------------------------

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Robust z-scores of `xs` (modified z = 0.6745 (x − median) / MAD); null when the MAD is 0. */
export function robustZ(xs: readonly number[]): { z: number[]; median: number } | null {
  const sorted = [...xs].sort((a, b) => a - b);
  const m = median(sorted);
  const deviations = xs.map((x) => Math.abs(x - m)).sort((a, b) => a - b);
  // More than half the values equal gives a MAD of 0: then nothing is "far" from the rest in a
  // robust sense (45 beside four 60s is no outlier), so nothing is flagged.
  const scale = median(deviations) / 0.6745;
  if (scale === 0 || !Number.isFinite(scale)) return null;
  return { z: xs.map((x) => (x - m) / scale), median: m };
}

/** 10^k the value is of the median, for k = ±3 or ±6, or null. */
export function unitSlip(value: number, med: number): number | null {
  if (value <= 0 || med <= 0) return null;
  const powers = Math.log10(value / med);
  for (const k of [3, 6, -3, -6]) if (Math.abs(powers - k) <= SLIP_TOLERANCE) return k;
  return null;
}

interface Sample {
  council: CouncilCoverage;
  cell: CoverageCell;
  value: number;
  unit: string;
}

function unitOf(entry: AnswerEntry, q: Question): string {
  return (entry.unit ?? q.unit ?? '').trim();
}

function formatWithUnit(value: number, unit: string): string {
  if (unit === 'GBP') return `£${formatNumber(value)}`;
  if (unit === '%') return `${formatNumber(value)}%`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function flagFindings(q: Question, councils: readonly CouncilCoverage[]): CheckFinding[] {
  const samples: Sample[] = [];
  for (const council of councils) {
    const cell = council.cells.find((c) => c.id === q.id);
    if (!cell || cell.state !== 'answered' || !cell.entry) continue;
    const value = numericValue(cell.entry.value);
    if (value === undefined) continue;
    samples.push({ council, cell, value, unit: unitOf(cell.entry, q) });
  }
  if (samples.length < 2) return [];
  const out: CheckFinding[] = [];
  const flag = (s: Sample, kind: CheckKind, message: string, extra: Partial<CheckFinding>): void => {
    out.push(placed({ kind, code: `check-${kind}`, severity: 'warning', council: s.council.council, questions: [q.id], message, value: s.value, ...extra }, s.cell));
  };

  // The unit most councils used (ties: the questionnaire's unit, else the first seen).
  const byUnit = new Map<string, Sample[]>();
  for (const s of samples) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  let main = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length || Number(b[0] === (q.unit ?? '')) - Number(a[0] === (q.unit ?? '')))[0]!;
  if (byUnit.size > 1 && main[1].length > 1 && main[1].length > samples.length / 2) {
    for (const [unit, group] of byUnit) {
      if (unit === main[0]) continue;
      for (const s of group) {
        flag(s, 'unit-mismatch', `${q.id}: coded in ${unit || 'no unit'}, but ${plural(main[1].length, 'council')} coded it in ${main[0] || 'no unit'}: convert it, or the values cannot be compared`, { n: main[1].length });
      }
    }
  } else if (byUnit.size > 1) main = ['', samples];

  const group = main[1];
  const values = group.map((s) => s.value);
  const sorted = [...values].sort((a, b) => a - b);
  const med = median(sorted);
  const unit = main[0];
  const slipped = new Set<Sample>();
  if (group.length >= UNIT_SLIP_MIN_VALUES) {
    for (const s of group) {
      const k = unitSlip(s.value, med);
      if (k === null) continue;
      slipped.add(s);
      const factor = k > 0 ? `about ${k === 3 ? '1,000' : '1,000,000'}× the median` : `about 1/${k === -3 ? '1,000' : '1,000,000'} of the median`;
      flag(s, 'unit-slip', `${q.id}: ${formatWithUnit(s.value, unit)} is ${factor} of ${plural(group.length, 'council')} (${formatWithUnit(med, unit)}): a unit slip (thousands, £m vs £, ha vs km²)?`, { median: med, n: group.length });
    }
  }
  if (group.length >= OUTLIER_MIN_VALUES) {
    const logScale = q.type !== 'percent' && values.every((v) => v > 0);
    const robust = robustZ(logScale ? values.map(Math.log10) : values);
    if (robust) {
      group.forEach((s, i) => {
        const z = robust.z[i]!;
        if (slipped.has(s) || Math.abs(z) <= OUTLIER_Z) return;
        const side = z > 0 ? 'far above' : 'far below';
        flag(s, 'outlier', `${q.id}: ${formatWithUnit(s.value, unit)} is ${side} the other councils (median ${formatWithUnit(med, unit)} of ${group.length}; robust z ${z.toFixed(1)}${logScale ? ' on a log scale' : ''}): check the value`, { median: med, n: group.length });
      });
    }
  }
  return out;
}

/** Every finding of the survey: rule failures first (per council, in rule order), then flags per question. */
export function surveyChecks(questionnaire: Questionnaire, coverage: SurveyCoverage, checks: readonly CompiledCheck[] = compileChecks(questionnaire).checks): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const council of coverage.councils) out.push(...ruleFindings(questionnaire, checks, council));
  for (const q of questionnaire.questions) {
    if (FLAGGED_TYPES.has(q.type)) out.push(...flagFindings(q, coverage.councils));
  }
  return out;
}

/** Findings grouped by council name. */
export function findingsByCouncil(findings: readonly CheckFinding[]): Map<string, CheckFinding[]> {
  const map = new Map<string, CheckFinding[]>();
  for (const f of findings) {
    const list = map.get(f.council);
    if (list) list.push(f);
    else map.set(f.council, [f]);
  }
  return map;
}

// ---- placing findings in sidecars ---------------------------------------------------------------

/**
 * A finding as a Problem in its sidecar: at the answer's `value:` (else its key), so the coder
 * lands on what to fix. Findings without a sidecar text are placed at the top of the file.
 */
/** Parsed sidecars and their line indexes, shared by the findings of one check run. */
export type SidecarParseCache = Map<string, { doc: ReturnType<typeof parseDocument> | null; lines: LineIndex }>;

export function findingProblem(finding: CheckFinding, sidecarText: string | null, file?: string, cache?: SidecarParseCache): Problem {
  let span: { start: number; end: number } | undefined;
  let lines: LineIndex | undefined;
  if (sidecarText !== null) {
    let parsed = cache?.get(sidecarText);
    if (!parsed) {
      let doc: ReturnType<typeof parseDocument> | null;
      try {
        doc = parseDocument(sidecarText, { prettyErrors: false, logLevel: 'silent' });
      } catch {
        doc = null;
      }
      parsed = { doc, lines: new LineIndex(sidecarText) };
      cache?.set(sidecarText, parsed);
    }
    try {
      const doc = parsed.doc;
      if (!doc) throw new Error('unparsable');
      const answers = isMap(doc.contents) ? doc.contents.get('answers', true) : undefined;
      const pair = isMap(answers) ? answers.items.find((p) => isScalar(p.key) && normalizeId(String(p.key.value)) === finding.questions[0]) : undefined;
      const entry = pair?.value;
      const value = isMap(entry) ? entry.items.find((p) => isScalar(p.key) && p.key.value === 'value') : undefined;
      const node = (isScalar(value?.value) ? value.value : undefined) ?? (isScalar(pair?.key) ? pair.key : undefined);
      if (node?.range) span = { start: node.range[0], end: node.range[1] };
    } catch {
      span = undefined; // a sidecar that does not parse has its own problem; the finding goes to the top
    }
    lines = parsed.lines;
  }
  if (!lines || !span) {
    const p: Problem = { severity: finding.severity, code: finding.code, message: finding.message, line: 1, column: 1 };
    if (file !== undefined) p.file = file;
    return p;
  }
  return problemAtSpan(lines, span, finding.severity, finding.code, finding.message, file);
}
