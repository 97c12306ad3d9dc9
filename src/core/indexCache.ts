// The workspace index's memory between sessions: for every reply, the (mtime, size) of the reply
// and of its sidecar as last read, the sidecar as parsed, and what was learnt from the reply's
// text (the council detected in it; its question ids when there is no questionnaire); and the
// questionnaire as parsed, with its stamp and text. With it a warm start only stats files: a file
// whose stamp still matches is taken from here, any other is read as on a cold start
// (WorkspaceIndex.useCache).
// This module is the pure part — the format, its version, and a strict reader that turns
// anything unexpected into "no cache" — the adapter stores the text where it likes.
// Safety: a cache can only ever stand for a file whose size and mtime are unchanged; it is never
// written back to a workspace file, only read into the index; and a cache that does not parse,
// has another format version, or was made by another engine build or other settings is ignored
// and rebuilt.
import type { SidecarParse } from './sidecar';
import { EXEMPTIONS, QUESTION_TYPES, STATUSES } from './types';
import type { AnswerEntry, Problem, Question, Questionnaire, QuestionnaireCheck, Quote, Sidecar } from './types';

export const INDEX_CACHE_FORMAT = 'foi-coder-index-cache';
/** Bump when the stored shape or the meaning of a field changes. */
export const INDEX_CACHE_VERSION = 1;

export interface FileStamp {
  mtime: number;
  size: number;
}

export interface CachedSidecar {
  stamp: FileStamp;
  parse: SidecarParse;
  /** The sidecar's `received:` date, when it has one. */
  received?: string;
}

export interface CachedReply {
  path: string;
  stamp: FileStamp;
  /** The council detected in the reply's text; absent when it was never needed. */
  detected?: string | null;
  /** Question ids of the reply's markers, scanned without a questionnaire (see IndexCache.questionnaire). */
  markerIds?: string[];
  /** The sidecar as parsed at `sidecar.stamp`; absent: nothing cached, read it. */
  sidecar?: CachedSidecar;
}

/**
 * The questionnaire file as read and parsed at `stamp`: a warm start whose questionnaire is
 * unchanged neither parses it nor loads the YAML library to do so.
 */
export interface CachedQuestionnaire {
  stamp: FileStamp;
  text: string;
  /** null when it did not parse (`problems` say why). */
  parsed: Questionnaire | null;
  problems: Problem[];
}

export interface IndexCache {
  /** Who made it: the engine build and the index settings (indexCacheKey). */
  key: string;
  /** The questionnaire's stamp when `markerIds` were scanned (null: there was none). */
  questionnaire: FileStamp | null;
  /** The questionnaire as parsed; absent: none, or not stored (it is then read and parsed). */
  questionnaireParse?: CachedQuestionnaire;
  replies: CachedReply[];
}

/**
 * The key a cache must carry to be used: the engine build (any change to the code may change how
 * files are read) and the settings that decide what is indexed and how.
 */
export function indexCacheKey(engine: string, settings: { replyGlobs?: readonly string[]; questionnairePath?: string; detectCouncils?: boolean; excludeDirs?: readonly string[] }): string {
  return JSON.stringify([engine, settings.replyGlobs ?? null, settings.questionnairePath ?? null, settings.detectCouncils ?? true, settings.excludeDirs ?? null]);
}

// ---- writing ----------------------------------------------------------------------------------

interface StoredSidecar {
  version: 1;
  council?: string;
  variant?: string;
  variantOmit?: string[];
  answers: [string, AnswerEntry][];
}

/** Whether JSON keeps this parse exactly (no NaN or ±Infinity values, which it cannot hold). */
function storable(parse: SidecarParse): boolean {
  if (!parse.sidecar) return true;
  for (const entry of parse.sidecar.answers.values()) {
    for (const v of [entry.value, entry.quote?.start, entry.quote?.end]) if (typeof v === 'number' && !Number.isFinite(v)) return false;
  }
  return true;
}

function storedSidecar(s: Sidecar): StoredSidecar {
  const out: StoredSidecar = { version: s.version, answers: [...s.answers] };
  if (s.council !== undefined) out.council = s.council;
  if (s.variant !== undefined) out.variant = s.variant;
  if (s.variantOmit !== undefined) out.variantOmit = [...s.variantOmit];
  return out;
}

/** The parse without its `byId` map (rebuilt from the questions when read). */
function storedQuestionnaire(q: Questionnaire): Record<string, unknown> {
  const out: Record<string, unknown> = { version: q.version, questions: q.questions, codes: q.codes, variants: q.variants };
  if (q.title !== undefined) out.title = q.title;
  if (q.checks !== undefined) out.checks = q.checks;
  return out;
}

export function serializeIndexCache(cache: IndexCache): string {
  const replies = cache.replies.map((r) => {
    const out: Record<string, unknown> = { path: r.path, stamp: r.stamp };
    if (r.detected !== undefined) out.detected = r.detected;
    if (r.markerIds) out.markerIds = r.markerIds;
    if (r.sidecar && storable(r.sidecar.parse)) {
      const parse = { sidecar: r.sidecar.parse.sidecar ? storedSidecar(r.sidecar.parse.sidecar) : null, problems: r.sidecar.parse.problems };
      out.sidecar = r.sidecar.received === undefined ? { stamp: r.sidecar.stamp, parse } : { stamp: r.sidecar.stamp, parse, received: r.sidecar.received };
    }
    return out;
  });
  const out: Record<string, unknown> = { format: INDEX_CACHE_FORMAT, version: INDEX_CACHE_VERSION, key: cache.key, questionnaire: cache.questionnaire };
  const q = cache.questionnaireParse;
  if (q) out.questionnaireParse = { stamp: q.stamp, text: q.text, parsed: q.parsed ? storedQuestionnaire(q.parsed) : null, problems: q.problems };
  out.replies = replies;
  return JSON.stringify(out);
}

// ---- reading ----------------------------------------------------------------------------------

/** Thrown inside the reader at the first thing that is not as written; the cache is then unusable. */
class Invalid extends Error {}

type Obj = Record<string, unknown>;

function obj(v: unknown, keys: readonly string[], required: readonly string[] = []): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid('not an object');
  const o = v as Obj;
  for (const k of Object.keys(o)) if (!keys.includes(k)) throw new Invalid(`unexpected key ${k}`);
  for (const k of required) if (!(k in o)) throw new Invalid(`missing ${k}`);
  return o;
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Invalid('not a string');
  return v;
}

function num(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid('not a number');
  return v;
}

function optional<T>(o: Obj, key: string, read: (v: unknown) => T, into: Obj): void {
  if (key in o) into[key] = read(o[key]);
}

function stamp(v: unknown): FileStamp {
  const o = obj(v, ['mtime', 'size'], ['mtime', 'size']);
  const size = num(o.size);
  if (!Number.isInteger(size) || size < 0) throw new Invalid('bad size');
  return { mtime: num(o.mtime), size };
}

function quote(v: unknown): Quote {
  const o = obj(v, ['exact', 'prefix', 'suffix', 'start', 'end'], ['exact']);
  const q: Obj = { exact: str(o.exact) };
  optional(o, 'prefix', str, q);
  optional(o, 'suffix', str, q);
  optional(o, 'start', num, q);
  optional(o, 'end', num, q);
  return q as unknown as Quote;
}

function oneOf<T extends string>(list: readonly T[]): (v: unknown) => T {
  return (v) => {
    if (!list.includes(v as T)) throw new Invalid(`unknown value ${String(v)}`);
    return v as T;
  };
}

function value(v: unknown): AnswerEntry['value'] {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  return num(v);
}

function entry(v: unknown): AnswerEntry {
  const o = obj(v, ['status', 'exemption', 'value', 'unit', 'note', 'coder', 'quote'], ['status']);
  const e: Obj = { status: oneOf(STATUSES)(o.status) };
  optional(o, 'exemption', oneOf(EXEMPTIONS), e);
  optional(o, 'value', value, e);
  optional(o, 'unit', str, e);
  optional(o, 'note', str, e);
  optional(o, 'coder', str, e);
  optional(o, 'quote', quote, e);
  return e as unknown as AnswerEntry;
}

function sidecar(v: unknown): Sidecar {
  const o = obj(v, ['version', 'council', 'variant', 'variantOmit', 'answers'], ['version', 'answers']);
  if (o.version !== 1) throw new Invalid('bad sidecar version');
  if (!Array.isArray(o.answers)) throw new Invalid('answers not a list');
  const answers = new Map<string, AnswerEntry>();
  for (const pair of o.answers) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Invalid('bad answer');
    const id = str(pair[0]);
    if (answers.has(id)) throw new Invalid('duplicate answer');
    answers.set(id, entry(pair[1]));
  }
  const s: Sidecar = { version: 1, answers };
  if ('council' in o) s.council = str(o.council);
  if ('variant' in o) s.variant = str(o.variant);
  if ('variantOmit' in o) {
    if (!Array.isArray(o.variantOmit)) throw new Invalid('variantOmit');
    s.variantOmit = o.variantOmit.map(str);
  }
  return s;
}

function problem(v: unknown): Problem {
  const o = obj(v, ['severity', 'code', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'start', 'end'], ['severity', 'code', 'message', 'line', 'column']);
  const p: Obj = { severity: oneOf(['error', 'warning', 'info'] as const)(o.severity), code: str(o.code), message: str(o.message), line: num(o.line), column: num(o.column) };
  optional(o, 'file', str, p);
  for (const k of ['endLine', 'endColumn', 'start', 'end']) optional(o, k, num, p);
  return p as unknown as Problem;
}

function cachedSidecar(v: unknown): CachedSidecar {
  const o = obj(v, ['stamp', 'parse', 'received'], ['stamp', 'parse']);
  const parse = obj(o.parse, ['sidecar', 'problems'], ['sidecar', 'problems']);
  if (!Array.isArray(parse.problems)) throw new Invalid('problems not a list');
  const out: CachedSidecar = { stamp: stamp(o.stamp), parse: { sidecar: parse.sidecar === null ? null : sidecar(parse.sidecar), problems: parse.problems.map(problem) } };
  if ('received' in o) out.received = str(o.received);
  return out;
}

function cachedReply(v: unknown): CachedReply {
  const o = obj(v, ['path', 'stamp', 'detected', 'markerIds', 'sidecar'], ['path', 'stamp']);
  const r: CachedReply = { path: str(o.path), stamp: stamp(o.stamp) };
  if ('detected' in o) r.detected = o.detected === null ? null : str(o.detected);
  if ('markerIds' in o) {
    if (!Array.isArray(o.markerIds)) throw new Invalid('markerIds not a list');
    r.markerIds = o.markerIds.map(str);
  }
  if ('sidecar' in o) r.sidecar = cachedSidecar(o.sidecar);
  return r;
}

function strings(v: unknown): string[] {
  if (!Array.isArray(v)) throw new Invalid('not a list');
  return v.map(str);
}

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new Invalid('not a boolean');
  return v;
}

/** A JSON object as a record of `read` values (any keys; JSON.parse makes each an own property). */
function mapOf<T>(v: unknown, read: (v: unknown) => T): Record<string, T> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid('not an object');
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: read(x), enumerable: true, writable: true, configurable: true });
  return out;
}

function question(v: unknown): Question {
  const o = obj(v, ['id', 'text', 'type', 'unit', 'parent', 'heading', 'when', 'choices', 'order'], ['id', 'type', 'order']);
  const q: Obj = { id: str(o.id), type: oneOf(QUESTION_TYPES)(o.type) };
  optional(o, 'text', str, q);
  optional(o, 'unit', str, q);
  optional(o, 'parent', str, q);
  optional(o, 'heading', bool, q);
  optional(o, 'when', (w) => mapOf(w, (x) => (Array.isArray(x) ? strings(x) : str(x))), q);
  optional(o, 'choices', (c) => (Array.isArray(c) ? strings(c) : str(c)), q);
  const order = num(o.order);
  if (!Number.isInteger(order)) throw new Invalid('bad order');
  q.order = order;
  return q as unknown as Question;
}

function check(v: unknown): QuestionnaireCheck {
  const o = obj(v, ['rule', 'message', 'severity', 'index', 'line', 'column'], ['rule', 'severity', 'index', 'line', 'column']);
  const c: Obj = { rule: str(o.rule) };
  optional(o, 'message', str, c);
  c.severity = oneOf(['error', 'warning'] as const)(o.severity);
  c.index = num(o.index);
  c.line = num(o.line);
  c.column = num(o.column);
  return c as unknown as QuestionnaireCheck;
}

function questionnaire(v: unknown): Questionnaire {
  const o = obj(v, ['version', 'title', 'questions', 'codes', 'variants', 'checks'], ['version', 'questions', 'codes', 'variants']);
  if (o.version !== 1) throw new Invalid('bad questionnaire version');
  if (!Array.isArray(o.questions)) throw new Invalid('questions not a list');
  const questions = o.questions.map(question);
  const byId = new Map(questions.map((q) => [q.id, q] as const));
  if (byId.size !== questions.length) throw new Invalid('duplicate question');
  const q: Questionnaire = {
    version: 1,
    questions,
    byId,
    codes: mapOf(o.codes, strings),
    variants: mapOf(o.variants, (x) => {
      const v = obj(x, ['omit', 'relabel'], ['omit']);
      return 'relabel' in v ? { omit: strings(v.omit), relabel: mapOf(v.relabel, str) } : { omit: strings(v.omit) };
    }),
  };
  if ('checks' in o) {
    if (!Array.isArray(o.checks)) throw new Invalid('checks not a list');
    q.checks = o.checks.map(check);
  }
  if ('title' in o) q.title = str(o.title);
  return q;
}

function cachedQuestionnaire(v: unknown): CachedQuestionnaire {
  const o = obj(v, ['stamp', 'text', 'parsed', 'problems'], ['stamp', 'text', 'parsed', 'problems']);
  if (!Array.isArray(o.problems)) throw new Invalid('problems not a list');
  return { stamp: stamp(o.stamp), text: str(o.text), parsed: o.parsed === null ? null : questionnaire(o.parsed), problems: o.problems.map(problem) };
}

/**
 * The cache in `text`, or null when it cannot be used: not JSON, another format or version,
 * made with another `key` (engine build or settings), or anything not exactly as written.
 * Never throws.
 */
export function parseIndexCache(text: string, key: string): IndexCache | null {
  try {
    const o = obj(JSON.parse(text), ['format', 'version', 'key', 'questionnaire', 'questionnaireParse', 'replies'], ['format', 'version', 'key', 'questionnaire', 'replies']);
    if (o.format !== INDEX_CACHE_FORMAT || o.version !== INDEX_CACHE_VERSION || o.key !== key) return null;
    if (!Array.isArray(o.replies)) return null;
    const replies = o.replies.map(cachedReply);
    if (new Set(replies.map((r) => r.path)).size !== replies.length) return null;
    const cache: IndexCache = { key, questionnaire: o.questionnaire === null ? null : stamp(o.questionnaire), replies };
    if ('questionnaireParse' in o) cache.questionnaireParse = cachedQuestionnaire(o.questionnaireParse);
    return cache;
  } catch {
    return null;
  }
}
