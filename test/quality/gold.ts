// The gold-set scorer (DESIGN §15 "Scoring against gold files"). A set is a folder of replies
// (`*.txt`) with gold labels beside them, in either of two formats:
//   - `<slug>.gold.yaml`: `council`, `answers: {Q1: {status, exemption?, value?, unit?}}` and
//     `markers: {Q1: <1-based line where the council's answer begins>}` (the shared corpora);
//   - `<slug>.answers.yaml`: a hand-coded truth sidecar with quotes (the repository's own sets);
//     the marker is the line where the quote starts.
// Every reply is analysed with the engine and every gold entry scored: located (the suggestion's
// line is within 4 lines before to 1 line after the marker), status, exemption, value, council;
// per status class recall and precision; a calibration table (confidence bins → share right) and
// what Auto-code would write at a threshold. Gold files are read with `yaml` directly, so the
// scorer depends only on the engine under test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { EXEMPTIONS } from '../../src/core/types';
import type { Questionnaire, Suggestion } from '../../src/core/types';

export interface GoldAnswer {
  status: string;
  exemption?: string;
  value?: string | number | boolean | null;
  /** 1-based line where the answer begins, when it can be located. */
  marker?: number;
}

export interface GoldCase {
  file: string;
  text: string;
  council?: string;
  answers: Map<string, GoldAnswer>;
}

export interface ScoredItem {
  file: string;
  id: string;
  gold: GoldAnswer;
  got: Suggestion | null;
  /** Counted in `located` (the gold entry has a marker). */
  locatable: boolean;
  located: boolean;
  statusRight: boolean;
  /** null when the gold entry is not a refusal. */
  exemptionRight: boolean | null;
  /** null when the gold entry states no value. */
  valueRight: boolean | null;
  /** The suggestion is right as a whole: what Auto-code would write is correct. */
  right: boolean;
}

export interface ReplyResult {
  file: string;
  council: { gold: string | null; got: string | null; right: boolean | null };
  items: ScoredItem[];
  /** Suggestions for ids the gold does not ask (the council's variant) or does not score. */
  extras: Suggestion[];
  variant: unknown;
  ms: number;
}

export interface Figures {
  replies: number;
  labels: number;
  locatable: number;
  located: number;
  statusRight: number;
  refusals: number;
  exemptionRight: number;
  values: number;
  valueRight: number;
  councils: number;
  councilRight: number;
  extras: number;
  locatedPct: number;
  statusPct: number;
  exemptionPct: number;
  valuePct: number;
  councilPct: number;
}

export interface ClassFigures {
  status: string;
  gold: number;
  predicted: number;
  right: number;
  recall: number;
  precision: number;
}

export interface CalibrationBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

export interface AutoCode {
  threshold: number;
  written: number;
  right: number;
  precision: number;
  /** Share of all scored gold answers (missing excluded) that Auto-code writes. */
  coverage: number;
}

export interface SetReport {
  name: string;
  replies: ReplyResult[];
  figures: Figures;
  classes: ClassFigures[];
  calibration: CalibrationBin[];
  autoCode: AutoCode;
}

const pct = (n: number, d: number): number => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Read a `.gold.yaml` file. */
export function readGoldYaml(yamlText: string): { council?: string; answers: Map<string, GoldAnswer> } {
  const doc = parse(yamlText) as { council?: string; answers?: Record<string, Record<string, unknown>>; markers?: Record<string, number> } | null;
  const answers = new Map<string, GoldAnswer>();
  for (const [id, a] of Object.entries(doc?.answers ?? {})) {
    if (!a || typeof a.status !== 'string') continue;
    const g: GoldAnswer = { status: a.status };
    if (typeof a.exemption === 'string') g.exemption = a.exemption;
    if (a.value !== undefined && a.value !== null) g.value = a.value as string | number | boolean;
    const marker = doc?.markers?.[id];
    if (typeof marker === 'number') g.marker = marker;
    // ("2a": … written without its "Q" is the id Q2a.)
    answers.set(/^\d{1,3}[a-z]{0,2}$/.test(id) ? `Q${id}` : id, g);
  }
  return doc?.council ? { council: doc.council, answers } : { answers };
}

/** Read a truth sidecar (`.answers.yaml`) as gold: the marker is the line where the quote starts. */
export function readTruthSidecar(yamlText: string, replyText: string): { council?: string; answers: Map<string, GoldAnswer> } {
  const doc = parse(yamlText) as { council?: string; answers?: Record<string, Record<string, unknown>> } | null;
  const answers = new Map<string, GoldAnswer>();
  for (const [id, a] of Object.entries(doc?.answers ?? {})) {
    if (!a || typeof a.status !== 'string') continue;
    const g: GoldAnswer = { status: a.status };
    if (typeof a.exemption === 'string') g.exemption = a.exemption;
    if (a.value !== undefined && a.value !== null) g.value = a.value as string | number | boolean;
    const q = a.quote as { exact?: string; start?: number } | undefined;
    let at = typeof q?.start === 'number' ? q.start : -1;
    if (at < 0 && q?.exact) at = replyText.indexOf(q.exact);
    if (at >= 0) g.marker = lineOf(replyText, at);
    answers.set(id, g);
  }
  return doc?.council ? { council: doc.council, answers } : { answers };
}

/** The gold cases of a folder: `x.txt` with `x.gold.yaml` (or `x.answers.yaml` in `truthDir`). */
export function loadGoldCases(dir: string, truthDir = dir): GoldCase[] {
  if (!existsSync(dir)) return [];
  const out: GoldCase[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const slug = basename(f, '.txt');
    const text = stripBom(readFileSync(join(dir, f), 'utf8'));
    const gold = join(dir, `${slug}.gold.yaml`);
    const truth = join(truthDir, `${slug}.answers.yaml`);
    let g: { council?: string; answers: Map<string, GoldAnswer> } | null = null;
    if (existsSync(gold)) g = readGoldYaml(readFileSync(gold, 'utf8'));
    else if (existsSync(truth)) g = readTruthSidecar(readFileSync(truth, 'utf8'), text);
    if (!g) continue;
    const c: GoldCase = { file: join(dir, f), text, answers: g.answers };
    if (g.council) c.council = g.council;
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

const NUM_RE = /^[£$€]?\s*-?[\d,]*\.?\d+\s*%?$/;

function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.replace(/\u00a0/g, ' ').trim();
  if (!NUM_RE.test(s)) return null;
  const n = Number(s.replace(/[£$€,%\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

const words = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w.length > 2);

/** Does the engine's value match gold? Numbers within 1%; yes/no and choices exactly (any case); text by word overlap. */
export function valueMatches(gold: unknown, got: unknown): boolean {
  if (got === null || got === undefined) return false;
  // (A gold figure written with its unit or a note in brackets, "5 months", "19 (13%)", is that
  // figure; a gold yes or no followed by the details the reply gives, "Yes - Citizens Advice …",
  // is that yes or no.)
  const lead = typeof gold === 'string' ? /^([£$€]?\s*-?[\d,]*\.?\d+)\s*(?:\([^()]*\)|[a-z]+(?:\s+[a-z]+)?)$/i.exec(gold.trim()) : null;
  const said = typeof gold === 'string' ? /^(yes|no)\b\s*[-–—,;:]/i.exec(gold.trim()) : null;
  if (said && /^(?:yes|no)$/i.test(String(got).trim())) return said[1]!.toLowerCase() === String(got).trim().toLowerCase();
  const gn = asNumber(lead ? lead[1] : gold);
  if (gn !== null) {
    const n = asNumber(got);
    if (n === null) return false;
    return gn === 0 ? n === 0 : Math.abs(n - gn) <= Math.abs(gn) * 0.01;
  }
  if (typeof gold === 'boolean') return String(got).toLowerCase() === (gold ? 'yes' : 'no');
  const gs = String(gold).trim().toLowerCase();
  const ts = String(got).trim().toLowerCase();
  if (gs === ts) return true;
  if (/^(?:yes|no)$/.test(gs) || /^(?:yes|no)$/.test(ts)) return false;
  const gw = new Set(words(gs));
  const tw = words(ts);
  // (A name too short to count as a word, "EE", "O2", "BT": the engine's text opens with it.)
  if (gw.size === 0 && /^[\p{L}\p{N}]{1,2}$/u.test(gs)) return ts.split(/[^\p{L}\p{N}]+/u)[0] === gs;
  if (gw.size === 0 || tw.length === 0) return false;
  const common = tw.filter((w) => gw.has(w)).length;
  return common / gw.size >= 0.5 || common / tw.length >= 0.8;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/**
 * A gold id written with the request's decimal number ("Q1.1") names the question whose label is
 * that number (the engine's id for it is Q1a): the same question under the label the user sees.
 */
function byLabel(c: GoldCase, q: Questionnaire): GoldCase {
  const labels = new Map<string, string>(q.questions.filter((x) => x.label).map((x) => [`Q${x.label}`, x.id]));
  // (A request that labels its items with letters alone, "a) … b) …", is read as Q1, Q2 … with the
  // letter kept at the start of each question's text: a gold "Qb" names the question "(b) …".)
  // (Likewise a gold "Q5ii" names the part the engine reads as Q5b from "(ii) …" under "5. (i) …",
  // and a gold "Q2i" the part Q2a that a lone "i.) Please also …" under "2." asks.)
  for (const x of q.questions) {
    // (Capitals too: "A. Is there …" read as "(A) Is there …", named "QA" by its gold.)
    const letter = /^\(([a-zA-Z])\)\s/.exec(x.text ?? '')?.[1];
    if (letter && !x.parent) {
      labels.set(`Q${letter}`, x.id);
      // (A gold written in the other case, "QA" for a request's "a.", names the same question.)
      const other = letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
      if (!labels.has(`Q${other}`)) labels.set(`Q${other}`, x.id);
    }
    const romanLabel = /^(?:\(([ivx]+)\)|([ivx]+)(?:\.\)|[.)]))\s/.exec(x.text ?? '');
    const roman = romanLabel?.[1] ?? romanLabel?.[2];
    const num = /^Q(\d+)[a-z]$/.exec(x.id)?.[1];
    if (roman && num) labels.set(`Q${num}${roman}`, x.id);
    // (A gold "Q1A" for a request's "1.A" part, which the engine's ids write "Q1a".)
    const part = /^Q(\d+)([a-z])$/.exec(x.id);
    if (part) labels.set(`Q${part[1]}${part[2]!.toUpperCase()}`, x.id);
  }
  const known = (id: string): boolean => (q.byId as ReadonlyMap<string, unknown>).has(id);
  if (labels.size === 0 || ![...c.answers.keys()].some((id) => labels.has(id) && !known(id))) return c;
  return { ...c, answers: new Map([...c.answers].map(([id, g]) => [!known(id) ? (labels.get(id) ?? id) : id, g] as const)) };
}

/**
 * The parts `Q4a`, `Q4b` … the questionnaire has for a gold id `Q4` it lacks (or has only as a
 * heading over parts it read from the question's own words), when the gold names none of them.
 */
function splitParts(id: string, q: Questionnaire, c: GoldCase): string[] {
  const parts = q.questions.map((x) => x.id).filter((x) => x.length === id.length + 1 && x.startsWith(id) && /[a-z]$/.test(x));
  return parts.some((x) => c.answers.has(x)) ? [] : parts;
}

/** The exemptions the product's list held until it grew (session 20); older gold uses "other" for the rest. */
const FIRST_EIGHT: ReadonlySet<string> = new Set(['s12', 's14', 's21', 's22', 's31', 's40', 's41', 's43']);

function scoreCase(c0: GoldCase, q: Questionnaire, answers: Suggestion[], council: string | null, variant: unknown, ms: number): ReplyResult {
  const c = byLabel(c0, q);
  const byId = new Map<string, Suggestion>();
  for (const a of answers) if (!byId.has(a.id)) byId.set(a.id, a);
  const items: ScoredItem[] = [];
  const scored = new Set<string>();
  for (const [id, gold] of c.answers) {
    // A question of the request that the engine split into parts ("How many fines were issued, and
    // what was their total cost?" → Q4a, Q4b) and the gold labels whole (Q4): the gold is scored
    // against the first part, and its status must be every part's.
    const parts = q.byId.has(id) && !q.byId.get(id)!.heading ? [] : splitParts(id, q, c);
    for (const p of parts) scored.add(p);
    const got = byId.get(parts[0] ?? id) ?? null;
    const partsAgree = parts.every((p) => byId.get(p)?.status === got?.status);
    const heading = q.byId.get(id)?.heading === true;
    // A heading nobody wrote against is not scored.
    if (heading && gold.marker === undefined && gold.status === 'not-applicable') continue;
    scored.add(id);
    const locatable = gold.marker !== undefined;
    const located = locatable && got !== null && got.line >= gold.marker! - 4 && got.line <= gold.marker! + 1;
    let statusRight: boolean;
    if (gold.status === 'missing') statusRight = got === null;
    else if (gold.status === 'not-applicable' && !locatable) statusRight = got === null || got.status === 'not-applicable';
    else statusRight = got !== null && got.status === gold.status && partsAgree;
    // (An exemption outside the product's list, "s27", is the list's "other". Sets labelled before the
    // list grew from eight sections write "other" for s23/s24/s30/s36/s38/s42/s44, so a gold "other" also
    // accepts one of those.)
    const goldExemption = (EXEMPTIONS as readonly string[]).includes(gold.exemption ?? '') ? gold.exemption : 'other';
    const exemptionRight = gold.status === 'refused'
      ? got !== null && got.status === 'refused' && (got.exemption === goldExemption || (goldExemption === 'other' && !!got.exemption && !FIRST_EIGHT.has(got.exemption)))
      : null;
    const valueRight = gold.value !== undefined && (gold.status === 'answered' || gold.status === 'partial') ? got !== null && valueMatches(gold.value, got.value) : null;
    const right = statusRight && (!locatable || located) && exemptionRight !== false && valueRight !== false && !(gold.status === 'signposted' && got?.exemption && got.exemption !== 's21');
    items.push({ file: c.file, id, gold, got, locatable, located, statusRight, exemptionRight, valueRight, right });
  }
  // A heading the gold leaves out ("headings without a question of their own are not ids", as
  // some sets' writers say) has no answer of its own to get wrong; every other unlisted answer is wrong.
  const extras = answers.filter((a) => !scored.has(a.id) && a.status !== 'not-applicable' && !(q.byId.get(a.id)?.heading && !c.answers.has(a.id)));
  const gold = c.council ?? null;
  const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return { file: c.file, council: { gold, got: council, right: gold === null ? null : norm(gold) === norm(council) }, items, extras, variant, ms };
}

export const CLASSES = ['answered', 'partial', 'not-held', 'not-applicable', 'refused', 'signposted', 'unclear', 'missing'];

function figures(replies: ReplyResult[]): Figures {
  const items = replies.flatMap((r) => r.items);
  const f = {
    replies: replies.length,
    labels: items.length,
    locatable: items.filter((i) => i.locatable).length,
    located: items.filter((i) => i.located).length,
    statusRight: items.filter((i) => i.statusRight).length,
    refusals: items.filter((i) => i.exemptionRight !== null).length,
    exemptionRight: items.filter((i) => i.exemptionRight === true).length,
    values: items.filter((i) => i.valueRight !== null).length,
    valueRight: items.filter((i) => i.valueRight === true).length,
    councils: replies.filter((r) => r.council.right !== null).length,
    councilRight: replies.filter((r) => r.council.right === true).length,
    extras: replies.reduce((n, r) => n + r.extras.length, 0),
  };
  return {
    ...f,
    locatedPct: pct(f.located, f.locatable),
    statusPct: pct(f.statusRight, f.labels),
    exemptionPct: pct(f.exemptionRight, f.refusals),
    valuePct: pct(f.valueRight, f.values),
    councilPct: pct(f.councilRight, f.councils),
  };
}

/** What the engine said for an item, as a status class ("missing" when nothing). */
function predicted(i: ScoredItem): string {
  if (!i.got) return i.gold.status === 'not-applicable' && !i.locatable ? 'not-applicable' : 'missing';
  return i.got.status;
}

function classes(replies: ReplyResult[]): ClassFigures[] {
  const items = replies.flatMap((r) => r.items);
  return CLASSES.map((status) => {
    const gold = items.filter((i) => i.gold.status === status).length;
    const pred = items.filter((i) => predicted(i) === status).length;
    const right = items.filter((i) => i.gold.status === status && i.statusRight).length;
    const rightPred = items.filter((i) => predicted(i) === status && i.statusRight).length;
    return { status, gold, predicted: pred, right, recall: pct(right, gold), precision: pct(rightPred, pred) };
  }).filter((c) => c.gold > 0 || c.predicted > 0);
}

/** Every suggestion the engine made, with whether it is right (extras are wrong). */
export function judged(replies: ReplyResult[]): { confidence: number; right: boolean }[] {
  const out: { confidence: number; right: boolean }[] = [];
  for (const r of replies) {
    for (const i of r.items) if (i.got) out.push({ confidence: i.got.confidence, right: i.right });
    for (const e of r.extras) out.push({ confidence: e.confidence, right: false });
  }
  return out;
}

const BIN_EDGES = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001];

export function calibration(replies: ReplyResult[]): CalibrationBin[] {
  const all = judged(replies);
  const out: CalibrationBin[] = [];
  for (let b = 0; b + 1 < BIN_EDGES.length; b++) {
    const from = BIN_EDGES[b]!;
    const to = BIN_EDGES[b + 1]!;
    const inBin = all.filter((x) => x.confidence >= from && x.confidence < to);
    if (inBin.length === 0) continue;
    const mean = inBin.reduce((s, x) => s + x.confidence, 0) / inBin.length;
    out.push({ from, to: Math.min(1, to), n: inBin.length, meanConfidence: Math.round(mean * 1000) / 1000, accuracy: pct(inBin.filter((x) => x.right).length, inBin.length) });
  }
  return out;
}

export function autoCode(replies: ReplyResult[], threshold: number): AutoCode {
  const all = judged(replies);
  const written = all.filter((x) => x.confidence >= threshold);
  const right = written.filter((x) => x.right).length;
  const answerable = replies.flatMap((r) => r.items).filter((i) => i.gold.status !== 'missing').length;
  return { threshold, written: written.length, right, precision: pct(right, written.length), coverage: pct(written.length, answerable) };
}

export function reportFor(name: string, replies: ReplyResult[], threshold: number): SetReport {
  return { name, replies, figures: figures(replies), classes: classes(replies), calibration: calibration(replies), autoCode: autoCode(replies, threshold) };
}

export interface SetSource {
  name: string;
  dir: string;
  truthDir?: string;
  /** A questionnaire file; else `foi-questionnaire.yaml` in the folder. */
  questionnaire?: string;
  /** Build the questionnaire from this request text with the engine's init path. */
  fromRequest?: string;
}

export function loadQuestionnaireFile(path: string): Questionnaire {
  const parsed = parseQuestionnaire(readFileSync(path, 'utf8'), path);
  if (!parsed.questionnaire) throw new Error(`${path}: the questionnaire does not parse: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.questionnaire;
}

/** The questionnaire a set is scored with. */
export function setQuestionnaire(src: SetSource): Questionnaire {
  if (src.fromRequest) return questionnaireFromRequest(stripBom(readFileSync(src.fromRequest, 'utf8'))).questionnaire;
  const path = src.questionnaire ?? join(src.dir, 'foi-questionnaire.yaml');
  if (!existsSync(path)) throw new Error(`${src.dir}: no questionnaire (give --questionnaire <file> or --from-request <request.txt>, or put foi-questionnaire.yaml in the folder)`);
  return loadQuestionnaireFile(path);
}

/** Analyse and score every reply of a set. */
export function scoreSet(src: SetSource, threshold: number, questionnaire = setQuestionnaire(src)): SetReport {
  const cases = loadGoldCases(src.dir, src.truthDir ?? src.dir);
  const replies = cases.map((c) => {
    const t0 = performance.now();
    const analysis = analyzeReply(c.text, questionnaire, { file: c.file });
    const ms = performance.now() - t0;
    return scoreCase(c, questionnaire, analysis.answers, analysis.council, (analysis as { variant?: unknown }).variant ?? null, ms);
  });
  return reportFor(src.name, replies, threshold);
}

/** The sets the project scores by default: examples, the test fixtures and ../shared/corpus/* when present. */
export function defaultSets(root: string): { sets: SetSource[]; skipped: string[] } {
  const sets: SetSource[] = [];
  const skipped: string[] = [];
  const exampleQ = join(root, 'examples/crm-survey/foi-questionnaire.yaml');
  const examples = join(root, 'examples/crm-survey/replies');
  const fullTruth = join(root, 'test/fixtures/truth/crm-survey');
  sets.push({ name: 'examples/crm-survey', dir: examples, truthDir: existsSync(fullTruth) ? fullTruth : examples, questionnaire: exampleQ });
  sets.push({ name: 'test/fixtures/replies', dir: join(root, 'test/fixtures/replies'), questionnaire: exampleQ });
  const own = join(root, 'test/fixtures/sets');
  if (existsSync(own)) {
    for (const d of readdirSync(own).sort()) {
      const dir = join(own, d);
      if (!statSync(dir).isDirectory()) continue;
      const req = join(dir, 'request.txt');
      sets.push(existsSync(join(dir, 'foi-questionnaire.yaml')) ? { name: `test/fixtures/sets/${d}`, dir } : { name: `test/fixtures/sets/${d}`, dir, fromRequest: req });
    }
  }
  // ../shared beside the clone (a worktree one level deeper looks one more level up).
  const crmDev = [join(root, '../shared/corpus/crm-dev'), join(root, '../../shared/corpus/crm-dev')].find((d) => existsSync(d));
  if (crmDev) sets.push({ name: '../shared/corpus/crm-dev', dir: crmDev, questionnaire: exampleQ });
  else skipped.push('../shared/corpus/crm-dev (not present: skipped)');
  return { sets, skipped };
}
