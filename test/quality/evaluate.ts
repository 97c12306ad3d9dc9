// The suggestion-quality evaluator: runs the engine over every reply that has a hand-coded
// truth sidecar and measures how many answers it locates (its span overlaps the truth quote),
// on the exact line, with the right status, and refusals with the right exemption.
// Truth sidecars are read with `yaml` directly so the evaluator depends only on the engine
// under test, not on the sidecar module.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire, Suggestion } from '../../src/core/types';

export interface TruthAnswer {
  status: string;
  exemption?: string;
  value?: unknown;
  unit?: string;
  quote?: { exact?: string; start?: number; end?: number };
}

export interface Miss {
  id: string;
  kind: 'not-located' | 'wrong-line' | 'wrong-status' | 'wrong-exemption' | 'false-positive';
  expected: string;
  got: string;
}

export interface ReplyScore {
  file: string;
  truth: number;
  located: number;
  lineExact: number;
  statusRight: number;
  refusals: number;
  exemptionRight: number;
  falsePositives: number;
  councilRight: boolean | null;
  misses: Miss[];
  ms: number;
}

export interface Totals {
  replies: number;
  truth: number;
  located: number;
  lineExact: number;
  statusRight: number;
  refusals: number;
  exemptionRight: number;
  falsePositives: number;
  locatedPct: number;
  lineExactPct: number;
  statusPct: number;
  exemptionPct: number;
}

export interface CorpusScore {
  name: string;
  replies: ReplyScore[];
  totals: Totals;
}

export interface ReplyCase {
  file: string;
  text: string;
  truth: Map<string, TruthAnswer>;
  council?: string;
}

/** Read a truth sidecar: `answers: { Q3: { status, exemption?, quote: { exact, start, end } } }`. */
export function readTruth(yamlText: string): { answers: Map<string, TruthAnswer>; council?: string } {
  const doc = parse(yamlText) as { council?: string; answers?: Record<string, TruthAnswer> } | null;
  const answers = new Map<string, TruthAnswer>();
  for (const [id, a] of Object.entries(doc?.answers ?? {})) if (a && typeof a.status === 'string') answers.set(id, a);
  return doc?.council ? { answers, council: doc.council } : { answers };
}

function truthSpan(text: string, t: TruthAnswer): { start: number; end: number } | null {
  const q = t.quote;
  if (!q) return null;
  if (typeof q.start === 'number' && typeof q.end === 'number') return { start: q.start, end: q.end };
  if (q.exact) {
    const at = text.indexOf(q.exact);
    if (at >= 0) return { start: at, end: at + q.exact.length };
  }
  return null;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Score one reply's suggestions against its truth. */
export function scoreReply(c: ReplyCase, answers: Suggestion[], council: string | null, ms = 0): ReplyScore {
  const byId = new Map(answers.map((a) => [a.id, a]));
  const s: ReplyScore = {
    file: c.file,
    truth: c.truth.size,
    located: 0,
    lineExact: 0,
    statusRight: 0,
    refusals: 0,
    exemptionRight: 0,
    falsePositives: 0,
    councilRight: c.council ? council === c.council : null,
    misses: [],
    ms,
  };
  for (const [id, t] of c.truth) {
    const got = byId.get(id);
    const span = truthSpan(c.text, t);
    const gotDesc = got ? `${got.status}${got.exemption ? ` ${got.exemption}` : ''} @${got.line} ${JSON.stringify(got.text.slice(0, 70))}` : 'nothing';
    if (got && span && got.start < span.end && span.start < got.end) s.located++;
    else s.misses.push({ id, kind: 'not-located', expected: span ? `@${lineOf(c.text, span.start)} ${JSON.stringify(c.text.slice(span.start, Math.min(span.end, span.start + 70)))}` : '?', got: gotDesc });
    if (got && span && got.line === lineOf(c.text, span.start)) s.lineExact++;
    else if (got && span && got.start < span.end && span.start < got.end) s.misses.push({ id, kind: 'wrong-line', expected: `@${lineOf(c.text, span.start)}`, got: gotDesc });
    if (got && got.status === t.status) s.statusRight++;
    else s.misses.push({ id, kind: 'wrong-status', expected: `${t.status}${t.exemption ? ` ${t.exemption}` : ''}`, got: gotDesc });
    if (t.status === 'refused') {
      s.refusals++;
      if (got && got.status === 'refused' && got.exemption === t.exemption) s.exemptionRight++;
      else s.misses.push({ id, kind: 'wrong-exemption', expected: t.exemption ?? '?', got: gotDesc });
    }
  }
  for (const a of answers) {
    if (!c.truth.has(a.id)) {
      s.falsePositives++;
      s.misses.push({ id: a.id, kind: 'false-positive', expected: 'no answer', got: `${a.status} @${a.line} ${JSON.stringify(a.text.slice(0, 70))}` });
    }
  }
  return s;
}

const pct = (n: number, d: number): number => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);

export function totals(replies: ReplyScore[]): Totals {
  const sum = (k: keyof ReplyScore): number => replies.reduce((acc, r) => acc + (r[k] as number), 0);
  const t = { truth: sum('truth'), located: sum('located'), lineExact: sum('lineExact'), statusRight: sum('statusRight'), refusals: sum('refusals'), exemptionRight: sum('exemptionRight'), falsePositives: sum('falsePositives') };
  return {
    replies: replies.length,
    ...t,
    locatedPct: pct(t.located, t.truth),
    lineExactPct: pct(t.lineExact, t.truth),
    statusPct: pct(t.statusRight, t.truth),
    exemptionPct: pct(t.exemptionRight, t.refusals),
  };
}

/** Analyse and score every case of a corpus. */
export function evaluateCases(name: string, cases: ReplyCase[], questionnaire: Questionnaire): CorpusScore {
  const replies = cases.map((c) => {
    const t0 = performance.now();
    const analysis = analyzeReply(c.text, questionnaire, { file: c.file });
    const ms = performance.now() - t0;
    return scoreReply(c, analysis.answers, analysis.council, ms);
  });
  return { name, replies, totals: totals(replies) };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Replies in `dir` with a truth sidecar in `truthDir` (same base name, `.answers.yaml`). */
export function loadCases(dir: string, truthDir = dir): ReplyCase[] {
  if (!existsSync(dir)) return [];
  const out: ReplyCase[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const truthPath = join(truthDir, basename(f, '.txt') + '.answers.yaml');
    if (!existsSync(truthPath)) continue;
    const truth = readTruth(readFileSync(truthPath, 'utf8'));
    const c: ReplyCase = { file: join(dir, f), text: stripBom(readFileSync(join(dir, f), 'utf8')), truth: truth.answers };
    if (truth.council) c.council = truth.council;
    out.push(c);
  }
  return out;
}

export interface Corpus {
  name: string;
  dir: string;
  truthDir: string;
}

/** The project's corpora with ground truth, relative to the repository root. */
export function projectCorpora(root: string): Corpus[] {
  const examples = join(root, 'examples/crm-survey/replies');
  const fullTruth = join(root, 'test/fixtures/truth/crm-survey');
  return [
    { name: 'examples/crm-survey', dir: examples, truthDir: existsSync(fullTruth) ? fullTruth : examples },
    { name: 'test/fixtures/replies', dir: join(root, 'test/fixtures/replies'), truthDir: join(root, 'test/fixtures/replies') },
  ];
}

export function exampleQuestionnaire(root: string): Questionnaire {
  const parsed = parseQuestionnaire(readFileSync(join(root, 'examples/crm-survey/foi-questionnaire.yaml'), 'utf8'));
  if (!parsed.questionnaire) throw new Error('example questionnaire does not parse');
  return parsed.questionnaire;
}

/** Every corpus scored, plus the totals over all of them. */
export function evaluateProject(root: string): { corpora: CorpusScore[]; overall: Totals } {
  const q = exampleQuestionnaire(root);
  const corpora = projectCorpora(root).map((c) => evaluateCases(c.name, loadCases(c.dir, c.truthDir), q));
  return { corpora, overall: totals(corpora.flatMap((c) => c.replies)) };
}
