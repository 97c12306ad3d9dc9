// The sidecar: a reply's coded answers in a small YAML file beside it (DESIGN §6).
// Reading has two paths. The fast path (js-yaml with a schema that resolves scalars exactly as
// `yaml`'s core schema does, then zod) serves the cold workspace index: about a tenth of the cost
// of building a `yaml` Document. Whenever anything is unusual or wrong, the slow path parses with
// `yaml` to report every problem at its line and column. Writing always goes through the `yaml`
// Document API with one fixed set of output options, so comments, unknown keys and the order of
// untouched entries survive and a one-answer change is a small diff.
import * as jsyaml from 'js-yaml';
import { isMap, isPair, isScalar, parseDocument, Document, Pair, Scalar, YAMLMap } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions, ToStringOptions, YAMLSeq } from 'yaml';
import * as z from 'zod/mini';
import { compareIds, normalizeId } from './ids';
import { LineIndex, loneCrToLf } from './text';
import { EXEMPTIONS, STATUSES } from './types';
import type { AnswerEntry, Problem, Quote, Sidecar } from './types';
import { problemAtPath, problemAtSpan, yamlProblems } from './yamlPositions';
import type { YamlPath } from './yamlPositions';

export interface SidecarParse {
  sidecar: Sidecar | null;
  problems: Problem[];
}

/** Sidecars above this size are refused: a coded reply is a few KB; this guards memory and time. */
export const MAX_SIDECAR_CHARS = 4_000_000;
/** Longest text field (value, note, quote) and longest short field (unit, coder, names), in UTF-16 units. */
export const MAX_TEXT = 500_000;
export const MAX_SHORT = 2_000;

export const SIDECAR_PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  // Problems come back as positioned Problems, never as process warnings on the user's stderr.
  logLevel: 'error',
};
export const SIDECAR_TOJS_OPTIONS: ToJSOptions = { maxAliasCount: 50 };
/** The one set of output options used for every write, chosen for minimal diffs. */
export const SIDECAR_TO_STRING_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  doubleQuotedAsJSON: false,
  // One line per quoted string, with escapes: folded strings make noisy diffs.
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  nullStr: 'null',
};

// ---------- schema ----------

// Built on first use, once: zod builds every schema eagerly, and the extension loads this
// module while it activates (DESIGN §11), before any sidecar is read.
function buildEntrySchema() {
  const quote = z.object({
    exact: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
    prefix: z.optional(z.string().check(z.maxLength(MAX_SHORT))),
    suffix: z.optional(z.string().check(z.maxLength(MAX_SHORT))),
    start: z.optional(z.int().check(z.minimum(0))),
    end: z.optional(z.int().check(z.minimum(0))),
  });
  return z.object({
    status: z.enum(STATUSES),
    exemption: z.optional(z.enum(EXEMPTIONS)),
    value: z.optional(z.union([z.number(), z.string().check(z.maxLength(MAX_TEXT)), z.boolean(), z.null()])),
    unit: z.optional(z.string().check(z.maxLength(MAX_SHORT))),
    note: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
    coder: z.optional(z.string().check(z.maxLength(MAX_SHORT))),
    quote: z.optional(quote),
  });
}
let builtEntrySchema: ReturnType<typeof buildEntrySchema> | undefined;
const entrySchema = (): ReturnType<typeof buildEntrySchema> => (builtEntrySchema ??= buildEntrySchema());
export const TOP_KEYS = ['version', 'council', 'variant', 'received', 'answers'] as const;
export const ENTRY_KEYS = ['status', 'exemption', 'value', 'unit', 'note', 'coder', 'quote'] as const;
export const QUOTE_KEYS = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;

/**
 * The zod schema of a whole sidecar file, built from the entry schema the parser uses: what the
 * JSON Schema for editors is generated from (jsonSchemas.ts); its keys are TOP_KEYS (a unit test
 * compares them). An answer may be null: the parser ignores it with a warning.
 */
export function sidecarDocumentSchema() {
  const name = z.optional(z.nullable(z.string().check(z.maxLength(MAX_SHORT))));
  const inline = z.object({ omit: z.array(z.string().check(z.maxLength(MAX_SHORT))) });
  return z.object({
    version: z.optional(z.literal(1)),
    council: name,
    variant: z.optional(z.nullable(z.union([z.string().check(z.maxLength(MAX_SHORT)), inline]))),
    received: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
    answers: z.optional(z.nullable(z.record(z.string(), z.nullable(entrySchema())))),
  });
}

/** A problem found while validating plain data, before it has a position. */
interface PathIssue {
  path: (string | number)[];
  message: string;
  code: string;
  severity: Problem['severity'];
  at?: 'key' | 'value';
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : `"${v}"`;
  return String(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function getIn(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (!isPlainObject(v) && !Array.isArray(v)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** zod's type names as a coder reads them. */
const TYPE_WORDS: Record<string, string> = { int: 'a whole number', object: 'a mapping', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };

function zodMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length > 0 ? `\`${issue.path.map(String).join('.')}\`` : 'the answer';
  const value = issue.path.length > 0 ? getIn(input, issue.path) : input;
  const got = describe(value);
  // A key that is not there is missing, whatever zod expected of it.
  if ((issue.code === 'invalid_value' || issue.code === 'invalid_type') && value === undefined) return `${field} is missing`;
  switch (issue.code) {
    case 'invalid_value':
      return `${field} is ${got}; expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `${field} is ${got}; expected ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_union':
      return `${field} is ${got}; expected a number, text, true/false or null`;
    case 'too_big':
      return `${field} is too long (at most ${String(issue.maximum)} characters)`;
    case 'too_small':
      return issue.origin === 'string' ? `${field} must not be empty` : `${field} must be at least ${String(issue.minimum)}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

function unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: (string | number)[], out: PathIssue[]): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) {
      out.push({ path: [...path, k], at: 'key', severity: 'warning', code: 'sidecar-unknown-key', message: `unknown key \`${k}\` (kept as is; known keys: ${known.join(', ')})` });
    }
  }
}

/** Validate the plain data of a whole sidecar. Problems come back with paths, not positions. */
/** The ids of an in-place variant (`{ omit: [ids] }`), or null after saying what is wrong. */
function variantOmit(v: Record<string, unknown>, issues: PathIssue[]): string[] | null {
  const keys = Object.keys(v);
  const list = v['omit'];
  if (keys.length !== 1 || !Array.isArray(list)) {
    issues.push({ path: ['variant'], severity: 'error', code: 'sidecar-schema', message: '`variant` is a mapping; expected a variant name or `{ omit: [question ids] }`' });
    return null;
  }
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const id = typeof raw === 'string' || typeof raw === 'number' ? normalizeId(String(raw)) : null;
    if (!id) {
      issues.push({ path: ['variant', 'omit', i], severity: 'error', code: 'sidecar-schema', message: `\`variant.omit\` item ${i + 1} is ${describe(raw)}; expected a question id` });
      return null;
    }
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

export function validateSidecarData(data: unknown): { sidecar: Sidecar | null; issues: PathIssue[] } {
  const issues: PathIssue[] = [];
  if (data === null || data === undefined) return { sidecar: { version: 1, answers: new Map() }, issues };
  if (!isPlainObject(data)) {
    issues.push({ path: [], severity: 'error', code: 'sidecar-schema', message: `a sidecar is a mapping with \`version: 1\` and \`answers:\`, not ${describe(data)}` });
    return { sidecar: null, issues };
  }
  unknownKeys(data, TOP_KEYS, [], issues);
  const sidecar: Sidecar = { version: 1, answers: new Map() };
  const version = Object.prototype.hasOwnProperty.call(data, 'version') ? data['version'] : undefined;
  if (version === undefined) {
    issues.push({ path: [], severity: 'warning', code: 'sidecar-schema', message: 'no `version: 1`; assumed' });
  } else if (version !== 1) {
    issues.push({ path: ['version'], severity: 'error', code: 'sidecar-schema', message: `\`version\` is ${describe(version)}; this tool reads version 1` });
  }
  // `received: 2019-05-12`: when the reply came, to order a council's several files (coverage.ts).
  const received = Object.prototype.hasOwnProperty.call(data, 'received') ? data['received'] : undefined;
  if (received !== undefined && received !== null && (typeof received !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(received))) {
    issues.push({ path: ['received'], severity: 'warning', code: 'sidecar-schema', message: `\`received\` is ${describe(received)}; expected a date such as 2019-05-12 (it orders a council's files)` });
  }
  for (const key of ['council', 'variant'] as const) {
    const v = Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
    if (v === undefined || v === null) continue;
    // `variant: { omit: [Q6c] }`: the questions this council was not asked, written in place.
    if (key === 'variant' && isPlainObject(v)) {
      const omit = variantOmit(v, issues);
      if (omit) sidecar.variantOmit = omit;
      continue;
    }
    if (typeof v !== 'string' || v.length > MAX_SHORT) {
      issues.push({ path: [key], severity: 'error', code: 'sidecar-schema', message: `\`${key}\` is ${describe(v)}; expected a name` });
    } else {
      sidecar[key] = v;
    }
  }
  const answers = Object.prototype.hasOwnProperty.call(data, 'answers') ? data['answers'] : undefined;
  if (answers === undefined || answers === null) return { sidecar, issues };
  if (!isPlainObject(answers)) {
    issues.push({ path: ['answers'], severity: 'error', code: 'sidecar-schema', message: `\`answers\` is ${describe(answers)}; expected a mapping of question ids` });
    return { sidecar: null, issues };
  }
  let failed = false;
  const seen = new Map<string, string>();
  for (const rawKey of Object.keys(answers)) {
    const id = normalizeId(rawKey);
    if (!id) {
      issues.push({ path: ['answers', rawKey], at: 'key', severity: 'warning', code: 'sidecar-unknown-id', message: `\`${rawKey}\` is not a question id (like Q4a); its entry is ignored` });
      continue;
    }
    const before = seen.get(id);
    if (before !== undefined) {
      failed = true;
      issues.push({ path: ['answers', rawKey], at: 'key', severity: 'error', code: 'sidecar-duplicate-id', message: `\`${rawKey}\` is the same question as \`${before}\`; keep one of them` });
      continue;
    }
    seen.set(id, rawKey);
    const raw = answers[rawKey];
    if (raw === null || raw === undefined) {
      issues.push({ path: ['answers', rawKey], at: 'key', severity: 'warning', code: 'sidecar-schema', message: `\`${rawKey}\` has no status yet; ignored` });
      continue;
    }
    const r = entrySchema().safeParse(raw);
    if (!r.success) {
      failed = true;
      for (const issue of r.error.issues) {
        issues.push({ path: ['answers', rawKey, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], severity: 'error', code: 'sidecar-schema', message: `${id}: ${zodMessage(issue, raw)}` });
      }
      continue;
    }
    if (isPlainObject(raw)) {
      unknownKeys(raw, ENTRY_KEYS, ['answers', rawKey], issues);
      const q = raw['quote'];
      if (isPlainObject(q)) unknownKeys(q, QUOTE_KEYS, ['answers', rawKey, 'quote'], issues);
    }
    const entry = r.data as AnswerEntry;
    const quote = entry.quote;
    if (quote && quote.start !== undefined && quote.end !== undefined && quote.end < quote.start) {
      issues.push({ path: ['answers', rawKey, 'quote', 'end'], severity: 'warning', code: 'sidecar-schema', message: `${id}: quote \`end\` is before \`start\`; the quote will be found by its text` });
    }
    sidecar.answers.set(id, entry);
  }
  return { sidecar: failed ? null : sidecar, issues };
}

// ---------- fast path ----------

// Scalar resolution identical to `yaml`'s YAML 1.2 core schema, so both paths read the same data.
// Built on first use, like the zod schemas above.
let builtCoreLike: jsyaml.Schema | undefined;
const coreLike = (): jsyaml.Schema =>
  (builtCoreLike ??= jsyaml.FAILSAFE_SCHEMA.extend({
    implicit: [
      new jsyaml.Type('tag:yaml.org,2002:null', {
        kind: 'scalar',
        resolve: (s: string | null) => s === null || /^(?:~|[Nn]ull|NULL)?$/.test(s),
        construct: () => null,
      }),
      new jsyaml.Type('tag:yaml.org,2002:bool', {
        kind: 'scalar',
        resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
        construct: (s: string) => s[0] === 't' || s[0] === 'T',
      }),
      new jsyaml.Type('tag:yaml.org,2002:int', {
        kind: 'scalar',
        resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
        construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
      }),
      new jsyaml.Type('tag:yaml.org,2002:float', {
        kind: 'scalar',
        resolve: (s: string) =>
          /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
          /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
          /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
        construct: (s: string) =>
          s.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s),
      }),
    ],
  }));

// Anchors, aliases, tags and directives go to the slow path, which bounds alias expansion
// and reports tags; so do raw tabs, where js-yaml is more lenient than `yaml`. False positives
// (a `*` in a plain note) only cost speed.
const NEEDS_SLOW_PATH = /(?:^|[\s,[{:-])[&*!]\S|^%|\t|\r(?!\n)/m;

function fastRead(text: string): unknown {
  if (NEEDS_SLOW_PATH.test(text)) return FAILED;
  try {
    return jsyaml.load(text, { schema: coreLike() });
  } catch {
    return FAILED;
  }
}
const FAILED = Symbol('failed');

// ---------- slow path ----------

function parseYaml(text: string): Document.Parsed {
  return parseDocument(text, SIDECAR_PARSE_OPTIONS);
}

function positioned(doc: Document, lines: LineIndex, issues: PathIssue[], file?: string): Problem[] {
  return issues.map((i) => {
    const opts: { severity: Problem['severity']; file?: string; at?: 'key' | 'value' } = { severity: i.severity };
    if (file !== undefined) opts.file = file;
    if (i.at) opts.at = i.at;
    return problemAtPath(doc, lines, i.path as YamlPath, i.message, i.code, opts);
  });
}

interface SlowParse {
  doc: Document.Parsed | null;
  sidecar: Sidecar | null;
  problems: Problem[];
}

function slowParse(text: string, file?: string): SlowParse {
  const lines = new LineIndex(text);
  const doc = parseYaml(text);
  const problems = yamlProblems(doc, lines, 'sidecar-parse', file);
  if (doc.errors.length > 0) return { doc, sidecar: null, problems };
  let data: unknown;
  try {
    data = doc.toJS(SIDECAR_TOJS_OPTIONS);
  } catch (e) {
    // Excessive aliasing (an "alias bomb") or a value the schema cannot build.
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    problems.push(problemAtSpan(lines, firstAliasSpan(text), 'error', 'sidecar-parse', `YAML: ${msg}`, file));
    return { doc, sidecar: null, problems };
  }
  const { sidecar, issues } = validateSidecarData(data);
  problems.push(...positioned(doc, lines, issues, file));
  return { doc, sidecar: problems.some((p) => p.severity === 'error') ? null : sidecar, problems };
}

function firstAliasSpan(text: string): { start: number; end: number } {
  const m = /(?:^|[\s,[{:-])(\*\S+)/m.exec(text);
  if (!m) return { start: 0, end: 0 };
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

function tooLarge(text: string, file?: string): Problem {
  const p: Problem = { severity: 'error', code: 'sidecar-too-large', message: `sidecar is ${text.length} characters; the limit is ${MAX_SIDECAR_CHARS}`, line: 1, column: 1 };
  if (file !== undefined) p.file = file;
  return p;
}

/** Parse and validate a sidecar. Never throws; problems carry line and column. */
export function parseSidecar(rawText: string, file?: string): SidecarParse {
  try {
    // A lone CR is a line break (YAML says so; the parser does not, inside comments).
    const text = loneCrToLf(rawText);
    if (text.length > MAX_SIDECAR_CHARS) return { sidecar: null, problems: [tooLarge(text, file)] };
    const data = fastRead(text);
    if (data !== FAILED) {
      const { sidecar, issues } = validateSidecarData(data);
      if (issues.length === 0 && sidecar) return { sidecar, problems: [] };
    }
    const { sidecar, problems } = slowParse(text, file);
    return { sidecar, problems };
  } catch (e) {
    // Defence in depth: a library bug must not take the index down.
    const p: Problem = { severity: 'error', code: 'sidecar-parse', message: `could not read sidecar: ${e instanceof Error ? e.message : String(e)}`, line: 1, column: 1 };
    if (file !== undefined) p.file = file;
    return { sidecar: null, problems: [p] };
  }
}

/** Parse with the full YAML parser only (positions for every problem); same result as parseSidecar. */
export function parseSidecarDocument(rawText: string, file?: string): SidecarParse {
  try {
    const text = loneCrToLf(rawText);
    if (text.length > MAX_SIDECAR_CHARS) return { sidecar: null, problems: [tooLarge(text, file)] };
    const { sidecar, problems } = slowParse(text, file);
    return { sidecar, problems };
  } catch (e) {
    const p: Problem = { severity: 'error', code: 'sidecar-parse', message: `could not read sidecar: ${e instanceof Error ? e.message : String(e)}`, line: 1, column: 1 };
    if (file !== undefined) p.file = file;
    return { sidecar: null, problems: [p] };
  }
}

/** `replies/x.txt` → `replies/x.answers.yaml`. */
export function sidecarPathFor(replyPath: string): string {
  return replyPath.replace(/\.txt$/i, '') + '.answers.yaml';
}

/** 1-based line of an answer's key in a sidecar (for "open the sidecar at this answer"); null when absent. */
export function answerLine(text: string, id: string): number | null {
  const doc = parseYaml(loneCrToLf(text));
  const answers = isMap(doc.contents) ? doc.contents.get('answers', true) : undefined;
  if (!isMap(answers)) return null;
  const pair = answers.items.find((p) => normalizeId(keyText(p.key)) === id);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? new LineIndex(text).position(range[0]).line : null;
}

// ---------- writing ----------

export interface AnswerEdit {
  id: string;
  /** null deletes the answer. */
  entry: AnswerEntry | null;
}

export type SidecarEditResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

export interface SidecarEditContext {
  /** Question ids in questionnaire order: answers are kept in this order. */
  order?: readonly string[];
  council?: string;
  replyName?: string;
  /**
   * The council's request variant as the engine read it (DESIGN §15): a questionnaire variant's
   * name or `{ omit: [ids] }`. Written only when the sidecar names no variant yet.
   */
  variant?: string | { omit: readonly string[] };
}

function keyText(key: unknown): string {
  const v = isScalar(key) ? key.value : key;
  return v === null || v === undefined ? '' : String(v);
}

function plainEntry(e: AnswerEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ENTRY_KEYS) {
    const v = k === 'quote' ? (e.quote ? plainQuote(e.quote) : undefined) : e[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function plainQuote(q: Quote): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of QUOTE_KEYS) if (q[k] !== undefined) out[k] = q[k];
  return out;
}

function needsDoubleQuotes(s: string): boolean {
  return /[\n\r\t]/.test(s);
}

/** A scalar node for a new value: strings with line breaks or tabs are double-quoted with escapes. */
function scalarNode(doc: Document, value: unknown): Scalar {
  const node = doc.createNode(value) as Scalar;
  if (typeof value === 'string' && needsDoubleQuotes(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function valueNode(doc: Document, value: unknown): unknown {
  if (isPlainObject(value)) {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value)) map.items.push(new Pair(doc.createNode(k), valueNode(doc, v)));
    return map;
  }
  return scalarNode(doc, value);
}

/** Set `key` in `map` to `value` (undefined removes it), touching the node only if the value changed. */
function mergeKey(doc: Document, map: YAMLMap, key: string, value: unknown, keyOrder: readonly string[]): void {
  const idx = map.items.findIndex((p) => keyText(p.key) === key);
  const pair = idx >= 0 ? map.items[idx]! : undefined;
  if (value === undefined) {
    if (idx >= 0) map.items.splice(idx, 1);
    return;
  }
  if (pair) {
    if (isPlainObject(value)) {
      if (isMap(pair.value)) {
        mergeMap(doc, pair.value, value, QUOTE_KEYS);
        return;
      }
    } else if (isScalar(pair.value)) {
      const node = pair.value;
      if (Object.is(node.value, value)) return;
      // Keep the user's comment on the line; reset the style when it could no longer hold the value.
      if (typeof node.value !== typeof value || typeof value !== 'string' || needsDoubleQuotes(value)) {
        node.type = typeof value === 'string' && needsDoubleQuotes(value) ? Scalar.QUOTE_DOUBLE : undefined;
        delete node.format;
      }
      node.value = value;
      delete node.tag;
      return;
    }
    pair.value = valueNode(doc, value);
    return;
  }
  const rank = keyOrder.indexOf(key);
  let at = map.items.findIndex((p) => keyOrder.indexOf(keyText(p.key)) > rank);
  if (at < 0) at = map.items.length;
  map.items.splice(at, 0, new Pair(doc.createNode(key), valueNode(doc, value)));
}

function mergeMap(doc: Document, map: YAMLMap, plain: Record<string, unknown>, keyOrder: readonly string[]): void {
  for (const key of keyOrder) mergeKey(doc, map, key, plain[key], keyOrder);
}

function rankOf(id: string, order: readonly string[] | undefined): [number, string] {
  const i = order ? order.indexOf(id) : -1;
  return [i >= 0 ? i : Number.MAX_SAFE_INTEGER, id];
}

function before(a: [number, string], b: [number, string]): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : compareIds(a[1], b[1]) < 0;
}

function editProblem(message: string): Problem {
  return { severity: 'error', code: 'sidecar-edit', message, line: 1, column: 1 };
}

function newDocument(context: SidecarEditContext): Document {
  const doc = new Document({}, SIDECAR_PARSE_OPTIONS);
  const root = doc.contents as YAMLMap;
  root.items.push(new Pair(doc.createNode('version'), doc.createNode(1)));
  if (context.council) root.items.push(new Pair(doc.createNode('council'), scalarNode(doc, context.council)));
  root.items.push(new Pair(doc.createNode('answers'), new YAMLMap()));
  const name = context.replyName ? context.replyName.replace(/[\r\n]+/g, ' ') : 'this reply';
  doc.commentBefore = ` Coded answers for ${name} — edit freely; comments are kept.`;
  return doc;
}

/**
 * Apply answer edits to a sidecar's text (null/'' = new sidecar), keeping comments, unknown keys
 * and untouched entries byte-for-byte where possible. Refuses (ok: false) when the text does not
 * parse or validate, or when an edit is not a valid answer.
 */
export function applyAnswerEdits(oldText: string | null, edits: readonly AnswerEdit[], context: SidecarEditContext): SidecarEditResult {
  try {
    return applyEditsUnsafe(oldText, edits, context);
  } catch (e) {
    return { ok: false, problems: [editProblem(`could not edit sidecar: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}

function applyEditsUnsafe(oldText: string | null, edits: readonly AnswerEdit[], context: SidecarEditContext): SidecarEditResult {
  const bad: Problem[] = [];
  const planned: { id: string; plain: Record<string, unknown> | null }[] = [];
  for (const edit of edits) {
    const id = normalizeId(edit.id);
    if (!id) {
      bad.push(editProblem(`\`${edit.id}\` is not a question id`));
      continue;
    }
    if (edit.entry) {
      const r = entrySchema().safeParse(edit.entry);
      if (!r.success) {
        bad.push(...r.error.issues.map((i) => editProblem(`${id}: ${zodMessage(i, edit.entry)}`)));
        continue;
      }
    }
    planned.push({ id, plain: edit.entry ? plainEntry(edit.entry) : null });
  }
  if (bad.length > 0) return { ok: false, problems: bad };

  const raw = oldText ?? '';
  if (raw.length > MAX_SIDECAR_CHARS) return { ok: false, problems: [tooLarge(raw)] };
  const crlf = raw.includes('\r\n');
  // Old Mac line endings (CR only) are kept as they were; a mix is written with LF.
  const crOnly = !raw.includes('\n') && raw.includes('\r');
  const text = loneCrToLf(raw);
  let doc: Document;
  let base: string | null = null;
  if (text.trim() === '') {
    doc = newDocument(context);
  } else {
    const parsed = slowParse(text);
    if (!parsed.doc || parsed.problems.some((p) => p.severity === 'error')) return { ok: false, problems: parsed.problems };
    doc = parsed.doc;
    base = doc.toString(SIDECAR_TO_STRING_OPTIONS);
    if (doc.contents === null) {
      // Only comments so far: keep them, add the skeleton below.
      const fresh = newDocument(context);
      fresh.commentBefore = doc.commentBefore ?? doc.comment ?? fresh.commentBefore;
      doc = fresh;
    }
  }
  const root = doc.contents as YAMLMap;
  let answersPair = root.items.find((p) => isPair(p) && keyText(p.key) === 'answers');
  if (!answersPair) {
    answersPair = new Pair(doc.createNode('answers'), new YAMLMap());
    root.items.push(answersPair);
  }
  if (!isMap(answersPair.value)) answersPair.value = new YAMLMap();
  const answers = answersPair.value as YAMLMap;
  if (context.variant !== undefined && planned.some((p) => p.plain !== null) && !root.items.some((p) => isPair(p) && keyText(p.key) === 'variant')) {
    // After `council:` (or `version:`), before `answers:`, as the reader and the docs show it.
    let node: unknown;
    if (typeof context.variant === 'string') node = scalarNode(doc, context.variant);
    else {
      const map = new YAMLMap();
      const seq = doc.createNode([...context.variant.omit]) as YAMLSeq;
      seq.flow = true;
      map.items.push(new Pair(doc.createNode('omit'), seq));
      node = map;
    }
    const at = root.items.findIndex((p) => isPair(p) && keyText(p.key) === 'answers');
    root.items.splice(at < 0 ? root.items.length : at, 0, new Pair(doc.createNode('variant'), node));
  }

  for (const { id, plain } of planned) {
    const idx = answers.items.findIndex((p) => normalizeId(keyText(p.key)) === id);
    if (plain === null) {
      if (idx >= 0) answers.items.splice(idx, 1);
      continue;
    }
    const existing = idx >= 0 ? answers.items[idx]! : undefined;
    if (existing && isMap(existing.value)) {
      mergeMap(doc, existing.value, plain, ENTRY_KEYS);
      continue;
    }
    if (existing) {
      existing.value = valueNode(doc, plain);
      continue;
    }
    // Answers follow the questionnaire's order; an id it lacks goes after, in natural id order.
    answers.flow = false;
    const rank = rankOf(id, context.order);
    let at = answers.items.findIndex((p) => before(rank, rankOf(normalizeId(keyText(p.key)) ?? keyText(p.key), context.order)));
    if (at < 0) at = answers.items.length;
    answers.items.splice(at, 0, new Pair(doc.createNode(id), valueNode(doc, plain)));
  }
  let out = doc.toString(SIDECAR_TO_STRING_OPTIONS);
  if (base !== null) out = keepUntouchedLines(text.replace(/\r\n/g, '\n'), base, out);
  if (crlf) out = out.replace(/\r?\n/g, '\r\n');
  else if (crOnly) out = out.replace(/\n/g, '\r');
  return { ok: true, text: out };
}

const squash = (line: string): string => line.replace(/\s+/g, '');

/**
 * The writer re-renders the whole document, which normalises spacing the user chose (`key:  x`,
 * `x   # note`). `base` is the unedited document rendered the same way; where it matches the
 * original line for line, every line the edit did not change is taken from the original.
 */
function keepUntouchedLines(original: string, base: string, edited: string): string {
  if (base === original) return edited;
  const o = original.split('\n');
  const b = base.split('\n');
  const e = edited.split('\n');
  if (o.length !== b.length || o.some((line, i) => squash(line) !== squash(b[i]!))) return edited;
  let pre = 0;
  while (pre < b.length && pre < e.length && b[pre] === e[pre]) pre++;
  let suf = 0;
  while (suf < b.length - pre && suf < e.length - pre && b[b.length - 1 - suf] === e[e.length - 1 - suf]) suf++;
  const out = o.slice(0, pre);
  const bm = b.slice(pre, b.length - suf);
  const em = e.slice(pre, e.length - suf);
  if (bm.length * em.length > 1_000_000) {
    out.push(...em);
  } else {
    // Longest common subsequence of the changed middle: lines common to both come from the original.
    const w = em.length + 1;
    const dp = new Uint32Array((bm.length + 1) * w);
    for (let i = bm.length - 1; i >= 0; i--) {
      for (let j = em.length - 1; j >= 0; j--) {
        dp[i * w + j] = bm[i] === em[j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < bm.length || j < em.length) {
      if (i < bm.length && j < em.length && bm[i] === em[j]) {
        out.push(o[pre + i]!);
        i++;
        j++;
      } else if (j < em.length && (i >= bm.length || dp[i * w + j + 1]! >= dp[(i + 1) * w + j]!)) {
        out.push(em[j++]!);
      } else {
        i++;
      }
    }
  }
  out.push(...o.slice(o.length - suf));
  return out.join('\n');
}
