// Coverage (DESIGN §7): for every council, which questions it was asked and what state each is
// in — a stored status, `missing` (asked, not coded) or `not-required` (routing, variant or an
// unanswered heading). Pure functions over plain data; the same model feeds the tree view, the
// CLI report and every export.
//
// Rules worth knowing:
// - Question set: the questionnaire minus the `omit` list of the council's variant (`variant:`
//   in the sidecar; the latest file that names one wins). Omitted questions are not cells at all.
// - A stored status always wins, even on a question routing makes unnecessary (a council that
//   wrote "N/A" under Q13a has coded Q13a).
// - Routing (`when`) is read from the coded VALUES of the referenced questions, compared
//   case-insensitively after trimming (true/false count as yes/no; a multi-choice value
//   "a; b" matches either choice). A condition is:
//     met      — the referenced question has a value that matches;
//     failed   — it has a value that does not match, or the referenced question is itself
//                not-required (its branch was never asked), or omitted by the variant;
//     unknown  — it is missing, or coded without a value (not-held, refused, unclear…).
//   Any failed condition → not-required. Otherwise the question stays required: when we cannot
//   tell, the gap is shown rather than hidden (a refused Q11 leaves Q12* and Q13* missing).
//   Routing is evaluated iteratively (a chain of thousands of questions is fine); a question in
//   a routing cycle is treated as required, and `routingCycles` lists the cycles for `check`.
// - A council with a sidecar that exists but cannot be used (binary, unparsable, a folder, a
//   refused link…) is `unreadable`, never uncoded: every cell no other file codes has the state
//   `unreadable`, and the council lists the problems in `unreadable`.
// - Heading questions ("If the Authority has a CRM system:") without an answer are
//   not-required (reason `heading`), so they never count as missing; with an answer they count.
// - Several reply files of one council: see `orderReplyFiles`; the later file's entry for a
//   question wins and earlier ones are kept, oldest first, in `history`.
import type { AnswerEntry, CellState, Problem, Question, Questionnaire, Sidecar, Status } from './types';
import { STATUSES } from './types';

/** One reply file's coding, as the workspace index hands it to coverage. */
export interface CodedReply {
  /** Reply file path (as the caller names files, e.g. relative to the workspace root). */
  file: string;
  sidecarFile?: string;
  /** The council this file belongs to; files with the same council are merged. */
  council: string;
  /** null when there is no sidecar or it does not parse. */
  sidecar: Sidecar | null;
  /** The sidecar's optional `received:` date (YYYY-MM-DD), used to order files. */
  received?: string;
  /** Set when the sidecar exists but cannot be used: its errors (with positions). */
  unreadable?: readonly Problem[];
}

/** Where a council's unusable sidecar is broken (DESIGN §15: `report --json` shows these). */
export interface UnreadableFile {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CellSource {
  file: string;
  sidecarFile?: string;
  entry: AnswerEntry;
}

export interface CoverageCell {
  id: string;
  state: CellState;
  /** The winning entry and the file it came from; absent for missing / not-required. */
  entry?: AnswerEntry;
  file?: string;
  sidecarFile?: string;
  /** Entries from earlier files for this question, oldest first. */
  history: CellSource[];
  /** Why a question is not-required: `heading`, or `routing: Q11 is "yes"`. */
  reason?: string;
  heading?: boolean;
}

export type StateCounts = Record<CellState, number>;

export interface CouncilCoverage {
  council: string;
  /** Reply files in merge order (earliest first). */
  files: string[];
  variant?: string;
  /** One cell per question of the council's question set, in questionnaire order. */
  cells: CoverageCell[];
  counts: StateCounts;
  /** Questions the council had to answer: the question set minus not-required. */
  asked: number;
  /** Cells with a stored status. A coded question always counts as asked, so coded ≤ asked. */
  coded: number;
  /** coded / asked × 100, rounded to one decimal; 100 when nothing was asked. */
  percent: number;
  missing: string[];
  /** Ids coded in a sidecar that the questionnaire does not know. */
  unknownIds: string[];
  /** A variant named in a sidecar that the questionnaire does not define. */
  unknownVariant?: string;
  /** Sidecars of this council that exist but cannot be used, with where and why; [] when none. */
  unreadable: UnreadableFile[];
}

export interface QuestionCoverage {
  id: string;
  question: Question;
  counts: StateCounts;
  asked: number;
  coded: number;
  percent: number;
  /** Each council's cell for this question (councils whose variant omits it are absent). */
  councils: { council: string; cell: CoverageCell }[];
}

export interface CoverageTotals {
  councils: number;
  counts: StateCounts;
  asked: number;
  coded: number;
  percent: number;
}

export interface SurveyCoverage {
  councils: CouncilCoverage[];
  totals: CoverageTotals;
  questions: QuestionCoverage[];
}

// One collator: localeCompare with options builds a new one per call, which dominated sorting.
// Built on first use: creating it loads ICU collation data (milliseconds), and the extension
// loads this module while it activates.
let collator: Intl.Collator | undefined;
const councilCollator = (): Intl.Collator => (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

export const CELL_STATES: readonly CellState[] = [...STATUSES, 'missing', 'not-required', 'unreadable'];

export function emptyCounts(): StateCounts {
  const counts = {} as StateCounts;
  for (const s of CELL_STATES) counts[s] = 0;
  return counts;
}

// Counting by state code (the index in CELL_STATES) in typed arrays, then one object literal per
// counts: a string-keyed `counts[state]++` per cell was a slow keyed store, 130,000 times for
// 5,000 councils.
const N_STATES = CELL_STATES.length;
const CODE_NOT_REQUIRED = CELL_STATES.indexOf('not-required');
const CODE_MISSING = CELL_STATES.indexOf('missing');
const CODE_UNREADABLE = CELL_STATES.indexOf('unreadable');

/** The counts object of tally[at, at + N_STATES), keys in CELL_STATES order (as emptyCounts). */
function literalCounts(tally: ArrayLike<number>, at: number): StateCounts {
  return {
    answered: tally[at]!,
    partial: tally[at + 1]!,
    'not-held': tally[at + 2]!,
    'not-applicable': tally[at + 3]!,
    refused: tally[at + 4]!,
    signposted: tally[at + 5]!,
    unclear: tally[at + 6]!,
    missing: tally[at + 7]!,
    'not-required': tally[at + 8]!,
    unreadable: tally[at + 9]!,
  };
}
/** Whether literalCounts names the states in CELL_STATES' order (else counts are built key by key). */
const LITERAL_IN_ORDER = Object.keys(literalCounts(CELL_STATES.map((_, i) => i), 0)).every((k, i) => CELL_STATES[i] === k) && Object.keys(literalCounts(new Int32Array(N_STATES), 0)).length === N_STATES;

function countsOf(tally: ArrayLike<number>, at: number): StateCounts {
  if (LITERAL_IN_ORDER) return literalCounts(tally, at);
  const counts = emptyCounts();
  for (let i = 0; i < N_STATES; i++) counts[CELL_STATES[i]!] = tally[at + i]!;
  return counts;
}

/** tally[0, N_STATES) += counts. */
function addCounts(tally: Int32Array, counts: StateCounts): void {
  for (let i = 0; i < N_STATES; i++) tally[i]! += counts[CELL_STATES[i]!];
}

function percentOf(coded: number, asked: number): number {
  return asked === 0 ? 100 : Math.round((coded / asked) * 1000) / 10;
}

// ---- file order -------------------------------------------------------------------------

const DATE_RE = /(?:^|[^0-9])((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?![0-9])/;
const REVIEW_RE = /internal[-_ ]?review|review|revised/i;

/** A YYYY-MM-DD date found in a file name or a `received:` value, or null. */
export function dateIn(text: string | undefined): string | null {
  if (!text) return null;
  const m = DATE_RE.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/**
 * Merge order of one council's reply files, earliest first (the last one wins per question).
 * - When EVERY file has a date (the sidecar's `received:`, else a date such as 2019-05-12 or
 *   20190512 in the file name), files are ordered by date.
 * - Otherwise: files whose name says "internal-review", "review" or "revised" come after the
 *   others; then by date where both have one (undated first); then alphabetically.
 * The decision is taken per council so the order is always total and stable.
 */
export function orderReplyFiles<T extends { file: string; received?: string }>(files: readonly T[]): T[] {
  const keyed = files.map((f) => ({
    f,
    date: dateIn(f.received) ?? dateIn(baseName(f.file)),
    review: REVIEW_RE.test(baseName(f.file)) ? 1 : 0,
  }));
  const allDated = keyed.every((k) => k.date !== null);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => {
    if (allDated && a.date !== b.date) return byName(a.date!, b.date!);
    if (a.review !== b.review) return a.review - b.review;
    if (a.date !== b.date) return a.date === null ? -1 : b.date === null ? 1 : byName(a.date, b.date);
    return byName(a.f.file, b.f.file);
  });
  return keyed.map((k) => k.f);
}

// ---- routing ------------------------------------------------------------------------------

/** Lower-cased comparable forms of a coded value (a multi-choice value gives each choice). */
function valueForms(value: AnswerEntry['value']): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  const s = String(value).trim().toLowerCase();
  if (s === '') return [];
  const forms = [s];
  if (s === 'true' || s === 'y') forms.push('yes');
  if (s === 'false' || s === 'n') forms.push('no');
  if (s.includes(';')) forms.push(...s.split(';').map((p) => p.trim()).filter(Boolean));
  return forms;
}

type Condition = 'met' | 'failed' | 'unknown';

/** What routing reads of a council's answers: which ids are coded, and their values. */
interface AnswerLookup {
  has(id: string): boolean;
  get(id: string): Pick<AnswerEntry, 'value'> | undefined;
}

interface RoutingContext {
  questionnaire: Questionnaire;
  entries: AnswerLookup;
  omitted: ReadonlySet<string>;
  /** Memo of "is this question routed away", with a guard against routing cycles. */
  routed: Map<string, string | null | 'pending'>;
}

function wantedForms(expected: string | string[]): string[] {
  return (Array.isArray(expected) ? expected : [expected]).map((v) => String(v).trim().toLowerCase());
}

/** A condition on a question that has an entry (or is omitted): decided without recursion. */
function directCondition(ctx: RoutingContext, refId: string, expected: string | string[]): { c: Condition; why: string } {
  if (ctx.omitted.has(refId)) return { c: 'failed', why: `${refId} not asked (variant)` };
  const entry = ctx.entries.get(refId)!;
  const forms = valueForms(entry.value);
  if (forms.length === 0) return { c: 'unknown', why: '' };
  const wanted = wantedForms(expected);
  if (forms.some((f) => wanted.includes(f))) return { c: 'met', why: '' };
  return { c: 'failed', why: `routing: ${refId} is "${String(entry.value)}"` };
}

interface Frame {
  id: string;
  conds: [string, string | string[]][];
  i: number;
}

/**
 * Why routing makes a question unnecessary for this council, or null when it is required.
 * Iterative depth-first evaluation with a memo: a condition on an uncoded question needs that
 * question's own routing first, which is pushed on an explicit stack (no recursion, so a long
 * chain cannot overflow the call stack). A question met again while pending is in a cycle and
 * counts as required.
 */
const conditionLists = new WeakMap<Question, [string, string | string[]][]>();
const NO_CONDITIONS: [string, string | string[]][] = [];

function frameOf(ctx: RoutingContext, id: string): Frame {
  const q = ctx.questionnaire.byId.get(id);
  if (!q?.when) return { id, conds: NO_CONDITIONS, i: 0 };
  let conds = conditionLists.get(q);
  if (!conds) conditionLists.set(q, (conds = Object.entries(q.when)));
  return { id, conds, i: 0 };
}

function finishFrame(ctx: RoutingContext, stack: Frame[], f: Frame, result: string | null): void {
  ctx.routed.set(f.id, result);
  stack.pop();
}

function routedAway(ctx: RoutingContext, start: string): string | null {
  const memo = ctx.routed.get(start);
  if (memo === 'pending') return null;
  if (memo !== undefined) return memo;
  // A question without conditions needs no walk (most questions of most questionnaires).
  if (!ctx.questionnaire.byId.get(start)?.when) {
    ctx.routed.set(start, null);
    return null;
  }
  const stack: Frame[] = [frameOf(ctx, start)];
  ctx.routed.set(start, 'pending');
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.conds.length) {
      finishFrame(ctx, stack, f, null);
      continue;
    }
    const [refId, expected] = f.conds[f.i]!;
    if (!ctx.omitted.has(refId) && !ctx.entries.has(refId)) {
      const m = ctx.routed.get(refId);
      if (m === undefined) {
        // Evaluate the referenced question first; this condition is looked at again after.
        ctx.routed.set(refId, 'pending');
        stack.push(frameOf(ctx, refId));
        continue;
      }
      if (m !== null && m !== 'pending') {
        finishFrame(ctx, stack, f, `${refId} not required`);
        continue;
      }
      f.i++; // required or in a cycle: unknown
      continue;
    }
    const { c, why } = directCondition(ctx, refId, expected);
    if (c === 'failed') finishFrame(ctx, stack, f, why);
    else f.i++;
  }
  const result = ctx.routed.get(start);
  return result === undefined || result === 'pending' ? null : result;
}

/**
 * The routing cycles of a questionnaire (Q2 asked when Q3 is yes, Q3 when Q2 is yes…), each as
 * the ids around the cycle, first id repeated at the end. Iterative; each cycle reported once.
 */
export function routingCycles(questionnaire: Questionnaire): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 on the path, 2 done
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const refs = (id: string): string[] => Object.keys(questionnaire.byId.get(id)?.when ?? {}).filter((r) => questionnaire.byId.has(r));
  for (const q of questionnaire.questions) {
    if (state.has(q.id)) continue;
    const path: string[] = [q.id];
    const iters: number[] = [0];
    state.set(q.id, 1);
    while (path.length > 0) {
      const id = path[path.length - 1]!;
      const next = refs(id);
      const i = iters[iters.length - 1]!;
      if (i >= next.length) {
        state.set(id, 2);
        path.pop();
        iters.pop();
        continue;
      }
      iters[iters.length - 1] = i + 1;
      const r = next[i]!;
      const st = state.get(r);
      if (st === 1) {
        const cycle = path.slice(path.indexOf(r));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, r]);
        }
      } else if (st === undefined) {
        state.set(r, 1);
        path.push(r);
        iters.push(0);
      }
    }
  }
  return cycles;
}

// ---- one council ----------------------------------------------------------------------------

/** The history of a cell no earlier file codes: one shared, frozen empty list (one per cell was 150,000 arrays at 5,000 councils). */
const NO_HISTORY = Object.freeze([]) as unknown as CellSource[];

/** Coverage of one council from its reply files (any order; they are ordered here). */
export function councilCoverage(questionnaire: Questionnaire, council: string, replies: readonly CodedReply[]): CouncilCoverage {
  const ordered = replies.length === 1 ? [replies[0]!] : orderReplyFiles(replies);
  const unreadable: UnreadableFile[] = [];
  for (const r of ordered) {
    for (const p of r.unreadable ?? []) {
      if (p.severity === 'error') unreadable.push({ file: p.file ?? r.sidecarFile ?? r.file, line: p.line, column: p.column, message: p.message });
    }
  }
  const latest = new Map<string, CellSource>();
  const history = new Map<string, CellSource[]>();
  let variant: string | undefined;
  let variantOmit: string[] | undefined;
  // One file (most councils): its answers are the latest entries as they are, no merge needed.
  const only = ordered.length === 1 ? ordered[0]! : null;
  if (only?.sidecar?.variant) variant = only.sidecar.variant;
  else if (only?.sidecar?.variantOmit) variantOmit = only.sidecar.variantOmit;
  for (const r of only ? [] : ordered) {
    if (!r.sidecar) continue;
    if (r.sidecar.variant) {
      variant = r.sidecar.variant;
      variantOmit = undefined;
    } else if (r.sidecar.variantOmit) {
      variant = undefined;
      variantOmit = r.sidecar.variantOmit;
    }
    for (const [id, entry] of r.sidecar.answers) {
      const prev = latest.get(id);
      if (prev) {
        const h = history.get(id) ?? [];
        h.push(prev);
        history.set(id, h);
      }
      const src: CellSource = { file: r.file, entry };
      if (r.sidecarFile !== undefined) src.sidecarFile = r.sidecarFile;
      latest.set(id, src);
    }
  }

  const variantDef = variant !== undefined ? questionnaire.variants[variant] : undefined;
  // A named variant's omissions, or those written in place (`variant: { omit: [Q6c] }`).
  const omitted = new Set(variantDef?.omit ?? variantOmit ?? []);
  const entries: ReadonlyMap<string, AnswerEntry> = only ? (only.sidecar?.answers ?? new Map()) : new Map([...latest].map(([id, s]) => [id, s.entry] as const));
  const ctx: RoutingContext = { questionnaire, entries, omitted, routed: new Map() };

  const cells: CoverageCell[] = [];
  const counts = emptyCounts();
  let coded = 0;
  const missing: string[] = [];
  for (const q of questionnaire.questions) {
    if (omitted.has(q.id)) continue;
    const entry = entries.get(q.id);
    const cell: CoverageCell = { id: q.id, state: 'missing', history: history.get(q.id) ?? NO_HISTORY };
    if (q.heading) cell.heading = true;
    if (entry) {
      const from = only ?? latest.get(q.id)!;
      cell.state = entry.status as Status;
      cell.entry = entry;
      cell.file = from.file;
      if (from.sidecarFile !== undefined) cell.sidecarFile = from.sidecarFile;
      coded++;
    } else if (unreadable.length > 0) {
      // What the unusable sidecar holds for this question is unknown: never "missing".
      cell.state = 'unreadable';
    } else {
      const why = routedAway(ctx, q.id);
      if (why !== null) {
        cell.state = 'not-required';
        cell.reason = why;
      } else if (q.heading) {
        cell.state = 'not-required';
        cell.reason = 'heading';
      } else {
        missing.push(q.id);
      }
    }
    counts[cell.state]++;
    cells.push(cell);
  }
  const asked = cells.length - counts['not-required'];
  const known = questionnaire.byId;
  const result: CouncilCoverage = {
    council,
    files: ordered.map((r) => r.file),
    cells,
    counts,
    asked,
    coded,
    percent: percentOf(coded, asked),
    missing,
    unknownIds: [...entries.keys()].filter((id) => !known.has(id)),
    unreadable,
  };
  if (variant !== undefined) {
    result.variant = variant;
    if (!variantDef) result.unknownVariant = variant;
  } else if (variantOmit && variantOmit.length > 0) {
    // Shown and exported as what it is: the questions this council was not asked.
    result.variant = `not asked: ${variantOmit.join(', ')}`;
  }
  return result;
}

// ---- the survey -----------------------------------------------------------------------------

/** Coverage of every council: replies are grouped by their `council` field. Councils sorted by name. */
export function computeCoverage(questionnaire: Questionnaire, replies: readonly CodedReply[]): SurveyCoverage {
  const groups = new Map<string, CodedReply[]>();
  for (const r of replies) {
    const g = groups.get(r.council);
    if (g) g.push(r);
    else groups.set(r.council, [r]);
  }
  const collate = councilCollator();
  const names = [...groups.keys()].sort((a, b) => collate.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const councils = names.map((name) => councilCoverage(questionnaire, name, groups.get(name)!));
  return summarize(questionnaire, councils);
}

/** Totals and per-question views over already computed councils (lets an index recompute one council only). */
export function summarize(questionnaire: Questionnaire, councils: CouncilCoverage[]): SurveyCoverage {
  const totals: CoverageTotals = { councils: councils.length, counts: emptyCounts(), asked: 0, coded: 0, percent: 100 };
  const perQuestion = new Map<string, QuestionCoverage>();
  /** The place in `questions` of each id's first question. */
  const placeOf = new Map<string, number>();
  const questions: QuestionCoverage[] = [];
  for (const q of questionnaire.questions) {
    const pq: QuestionCoverage = { id: q.id, question: q, counts: emptyCounts(), asked: 0, coded: 0, percent: 100, councils: [] };
    if (!perQuestion.has(q.id)) {
      perQuestion.set(q.id, pq);
      placeOf.set(q.id, questions.length);
    }
    questions.push(pq);
  }
  // Cells per question and state: tally[question place × N_STATES + state code].
  const tally = new Int32Array(questions.length * N_STATES);
  const totalTally = new Int32Array(N_STATES);
  let lazy = false;
  for (const c of councils) {
    addCounts(totalTally, c.counts);
    totals.asked += c.asked;
    totals.coded += c.coded;
    const figures = lazyFigures(c);
    if (figures && figures.questionnaire === questionnaire && questions.length === perQuestion.size) {
      // A council whose cells are not built yet: its states per question say the same.
      lazy = true;
      const states = figures.states;
      for (let i = 0; i < states.length; i++) if (states[i] !== OMITTED) tally[i * N_STATES + states[i]!]!++;
      continue;
    }
    for (const cell of c.cells) {
      const at = placeOf.get(cell.id);
      if (at === undefined) continue;
      tally[at * N_STATES + STATE_CODE[cell.state]!]!++;
      questions[at]!.councils.push({ council: c.council, cell });
    }
  }
  totals.counts = countsOf(totalTally, 0);
  totals.percent = percentOf(totals.coded, totals.asked);
  for (let i = 0; i < questions.length; i++) {
    const pq = questions[i]!;
    const at = i * N_STATES;
    let cells = 0;
    for (let k = 0; k < N_STATES; k++) cells += tally[at + k]!;
    pq.counts = countsOf(tally, at);
    // Not-required cells are not asked; an unreadable sidecar's cell is not coded, as in the council's own figures.
    pq.asked = cells - tally[at + CODE_NOT_REQUIRED]!;
    pq.coded = pq.asked - tally[at + CODE_MISSING]! - tally[at + CODE_UNREADABLE]!;
    pq.percent = percentOf(pq.coded, pq.asked);
  }
  if (lazy) {
    // Each question's list of councils and cells is built, for all questions at once, when one is first asked for.
    let built = false;
    const build = (): void => {
      if (built) return;
      built = true;
      for (const pq of questions) pq.councils.length = 0;
      for (const c of councils) {
        for (const cell of c.cells) perQuestion.get(cell.id)?.councils.push({ council: c.council, cell });
      }
    };
    for (const pq of questions) {
      const list = pq.councils;
      lazyProperty(pq, 'councils', () => {
        build();
        return list;
      });
    }
  }
  return { councils, totals, questions: [...perQuestion.values()] };
}

/** An enumerable property computed on first read, then a plain data property. */
function lazyProperty<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const value = compute();
      Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
    set(this: T, value: T[K]) {
      Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    },
  });
}

// ---- coverage from a summary of the answers ------------------------------------------------
// A cold index of thousands of sidecars need not build every answer and every cell to show
// coverage: the figures (counts, asked, coded, missing) need only each answer's id and status and
// the values routing looks at. A council computed that way builds its cells (with the full
// entries) when they are first read, by councilCoverage itself.

/** One file's answers, as much as coverage's figures need. */
export interface AnswerSummary {
  variant?: string;
  /** The answers' ids in file order, and their statuses. */
  ids: readonly string[];
  statuses: readonly Status[];
  /** The value of every answer whose id a question's `when` names (undefined: no value). */
  values: ReadonlyMap<string, AnswerEntry['value'] | undefined>;
}

const OMITTED = 255;
/** summaryCoverage's count per state (reused: one council at a time). */
const summaryTally = new Int32Array(N_STATES);
const STATE_CODE: Readonly<Record<string, number>> = Object.fromEntries(CELL_STATES.map((s, i) => [s, i]));
/**
 * What a council computed from a summary keeps, under a hidden key: its state per question
 * (questionnaire order; OMITTED: not asked), and what its cells are built from (once built, the cells).
 */
interface LazyFigures {
  questionnaire: Questionnaire;
  council: string;
  states: Uint8Array;
  reply: CodedReply;
  cells: CoverageCell[] | null;
}
const LAZY = Symbol('lazy figures');
const lazyFigures = (c: CouncilCoverage): LazyFigures | undefined => (c as { [LAZY]?: LazyFigures })[LAZY];
/** The `cells` of such a council: built on first read by councilCoverage itself. */
const LAZY_CELLS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: CouncilCoverage): CoverageCell[] {
    const f = lazyFigures(this)!;
    return (f.cells ??= councilCoverage(f.questionnaire, f.council, [f.reply]).cells);
  },
  set(this: CouncilCoverage, value: CoverageCell[]) {
    lazyFigures(this)!.cells = value;
  },
};
const questionIndexes = new WeakMap<Questionnaire, Map<string, number>>();
const NO_IDS: ReadonlySet<string> = new Set();

function questionIndex(questionnaire: Questionnaire): Map<string, number> {
  let index = questionIndexes.get(questionnaire);
  if (!index) {
    index = new Map();
    questionnaire.questions.forEach((q, i) => {
      if (!index!.has(q.id)) index!.set(q.id, i);
    });
    questionIndexes.set(questionnaire, index);
  }
  return index;
}

/** The answers of a summary as routing reads them. */
class SummaryLookup implements AnswerLookup {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly codedAt: Uint8Array,
    private readonly unknownIds: readonly string[] | null,
    private readonly values: AnswerSummary['values'],
  ) {}

  has(id: string): boolean {
    const at = this.index.get(id);
    return at !== undefined ? this.codedAt[at] !== 0 : this.unknownIds !== null && this.unknownIds.includes(id);
  }

  get(id: string): Pick<AnswerEntry, 'value'> | undefined {
    return this.has(id) ? { value: this.values.get(id) } : undefined;
  }
}

/**
 * councilCoverage of a council of one reply file that has a usable sidecar, from a summary of
 * that sidecar's answers: the same figures; `cells` (and so the entries) are built on first read.
 * `reply.sidecar` is read only then.
 */
export function summaryCoverage(questionnaire: Questionnaire, council: string, reply: CodedReply, summary: AnswerSummary): CouncilCoverage {
  const index = questionIndex(questionnaire);
  const questions = questionnaire.questions;
  const variant = summary.variant;
  const variantDef = variant !== undefined ? questionnaire.variants[variant] : undefined;
  const omitted: ReadonlySet<string> = variantDef?.omit && variantDef.omit.length > 0 ? new Set(variantDef.omit) : NO_IDS;
  // Status code + 1 of each question the file codes (0: not coded); ids the questionnaire does not know apart.
  const codedAt = new Uint8Array(questions.length);
  let unknownIds: string[] | null = null;
  const { ids, statuses } = summary;
  for (let i = 0; i < ids.length; i++) {
    const at = index.get(ids[i]!);
    if (at === undefined) (unknownIds ??= []).push(ids[i]!);
    else codedAt[at] = STATE_CODE[statuses[i]!]! + 1;
  }
  let ctx: RoutingContext | null = null;
  const states = new Uint8Array(questions.length);
  const tally = summaryTally.fill(0);
  const missing: string[] = [];
  let coded = 0;
  let cells = 0;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    if (omitted.has(q.id)) {
      states[i] = OMITTED;
      continue;
    }
    cells++;
    let state: number;
    // The first entry of a repeated question id wins, as a Map of the entries would have it.
    const at = index.get(q.id)!;
    if (codedAt[at] !== 0) {
      state = codedAt[at]! - 1;
      coded++;
    } else {
      const why = q.when ? routedAway((ctx ??= { questionnaire, entries: new SummaryLookup(index, codedAt, unknownIds, summary.values), omitted, routed: new Map() }), q.id) : null;
      if (why !== null || q.heading) state = CODE_NOT_REQUIRED;
      else {
        state = CODE_MISSING;
        missing.push(q.id);
      }
    }
    states[i] = state;
    tally[state]!++;
  }
  const counts = countsOf(tally, 0);
  const asked = cells - tally[CODE_NOT_REQUIRED]!;
  // Built in the order of councilCoverage's literal (JSON keeps it), with `cells` an own
  // enumerable accessor shared by every such council: one shape for all of them (an accessor
  // per object, or a literal's getter, made each a slow dictionary object).
  const result = { council, files: [reply.file] } as unknown as CouncilCoverage & { [LAZY]: LazyFigures };
  Object.defineProperty(result, 'cells', LAZY_CELLS);
  result.counts = counts;
  result.asked = asked;
  result.coded = coded;
  result.percent = percentOf(coded, asked);
  result.missing = missing;
  result.unknownIds = unknownIds ?? [];
  result.unreadable = [];
  if (variant !== undefined) {
    result.variant = variant;
    if (!variantDef) result.unknownVariant = variant;
  }
  Object.defineProperty(result, LAZY, { value: { questionnaire, council, states, reply, cells: null } satisfies LazyFigures, writable: false, enumerable: false, configurable: false });
  return result;
}
