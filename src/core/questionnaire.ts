// The questionnaire (DESIGN §3): reads foi-questionnaire.yaml into the engine's Questionnaire,
// reporting every problem at its line and column, and never throwing, so that a broken file
// shows up as diagnostics instead of breaking the index. Also builds a stand-in questionnaire
// from the ids seen in replies when a workspace has none.
//
// Rules worth knowing:
// - `questionnaire` is null only when nothing usable can be read (YAML syntax error, not a
//   mapping, no `questions` list, input too large). Otherwise it holds every valid question
//   even when other problems are errors; invalid questions are left out.
// - `parent` is set from the id (`Q4` for `Q4a`) only when that question exists, so a parent
//   always resolves through `byId`.
// - A question without its own `when` inherits the `when` of its parent heading question
//   (Q12a under "Q12. If the Authority has a CRM system:"). Its own `when` replaces it whole.
// - Routing, parents, code lists and variant omissions that name unknown ids or lists are
//   reported and dropped, so every reference in the result resolves.
import * as z from 'zod/mini';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { romanNumeral } from './compound';
import { compareIds, decimalLabelId, impliedParent, normalizeId, splitId } from './ids';
import { LineIndex } from './text';
import { QUESTION_TYPES } from './types';
import type { Problem, Question, Questionnaire, QuestionnaireCheck, QuestionnaireVariant } from './types';
import { mapKeys, nodeAtPath, problemAtPath, problemAtSpan, spanAtPath, yamlProblems } from './yamlPositions';
import type { Span, YamlPath } from './yamlPositions';

export interface QuestionnaireParse {
  questionnaire: Questionnaire | null;
  problems: Problem[];
}

/** Larger files are refused: a questionnaire is a few KB; megabytes mean the wrong file. */
export const MAX_QUESTIONNAIRE_CHARS = 2 * 1024 * 1024;

const opt = <T extends z.core.SomeType>(t: T) => z.optional(z.nullable(t));

// The schemas are built on first use, once: zod builds every schema eagerly, and the extension
// loads this module while it activates (DESIGN §11), long before a questionnaire is read.
function buildSchemas() {
  const scalar = z.union([z.string(), z.number(), z.boolean()]);
  const idLike = z.union([z.string(), z.number()]);
  return {
    scalar,
    question: z.object({
      id: idLike,
      text: opt(z.union([z.string(), z.number()])),
      type: opt(z.enum(QUESTION_TYPES)),
      unit: opt(z.string()),
      parent: opt(idLike),
      heading: opt(z.boolean()),
      label: opt(z.union([z.string(), z.number()])),
      section: opt(z.union([z.string(), z.number()])),
      when: opt(z.record(z.string(), z.union([scalar, z.array(scalar)]))),
      choices: opt(z.union([z.string(), z.array(scalar)])),
    }),
    // Top-level parts are checked one entry at a time so that one bad code list or variant does
    // not hide the others.
    title: opt(z.union([z.string(), z.number()])),
    mapping: opt(z.record(z.string(), z.unknown())),
    codeList: z.array(scalar),
    variant: z.object({ omit: z.array(idLike), relabel: opt(z.record(z.string(), idLike)) }),
    checks: z.array(z.unknown()),
    check: z.object({
      rule: z.string(),
      message: opt(z.string()),
      severity: opt(z.enum(['error', 'warning'])),
    }),
  };
}
type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());
type ScalarValue = z.infer<Schemas['scalar']>;

export const KNOWN_TOP = ['version', 'title', 'questions', 'codes', 'variants', 'checks'];
export const KNOWN_CHECK = ['rule', 'message', 'severity'];
export const KNOWN_QUESTION = ['id', 'text', 'type', 'unit', 'parent', 'heading', 'label', 'section', 'when', 'choices'];
export const KNOWN_VARIANT = ['omit', 'relabel'];

/** What each field should hold, in the user's words, for schema messages. */
export const EXPECTED: Record<string, string> = {
  id: 'a question id such as Q4a',
  text: 'the question text',
  type: `one of ${QUESTION_TYPES.join(', ')}`,
  unit: 'a unit such as people or ha',
  parent: 'a question id such as Q4',
  heading: 'true or false',
  label: 'the request\'s decimal label, such as "2.1", or its roman numeral, such as "iii"',
  section: 'the title of the request section the question sits under, such as "Fly-tipping"',
  when: 'a mapping of question ids to values, e.g. { Q11: "yes" }',
  choices: 'the name of a code list or a list of choices',
  title: 'a title',
  codes: 'a mapping of code list names to lists of choices',
  variants: 'a mapping of variant names to { omit: [ids], relabel: { label: id } }',
  omit: 'a list of question ids',
  relabel: 'a mapping of the labels this version used to question ids, e.g. { Q7b: Q6c }',
  checks: 'a list of checks, each { rule: "Q4a + Q4b <= Q4", message: … }',
  rule: 'a rule such as "Q4a + Q4b <= Q4"',
  message: 'the message shown when the rule fails',
  severity: 'error or warning',
  questions: 'a list of questions',
};

function pathLabel(path: YamlPath): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('').replace(/^\./, '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** What the value at `path` should be, from the questionnaire's fixed shape. */
function expectation(path: YamlPath): string {
  const [top, , field, ...rest] = path;
  if (top === 'questions') {
    if (path.length === 1) return EXPECTED.questions!;
    if (path.length === 2) return 'a question (a mapping with id and text)';
    if (field === 'when') return rest.length === 0 ? EXPECTED.when! : 'a value or a list of values';
    if (field === 'choices' && rest.length > 0) return 'a plain value';
    return EXPECTED[String(field)] ?? 'a valid value';
  }
  if (top === 'codes') return path.length === 1 ? EXPECTED.codes! : path.length === 2 ? 'a list of choices' : 'a plain value';
  if (top === 'variants') return path.length <= 2 ? EXPECTED.variants! : path.length === 3 ? (field === 'relabel' ? EXPECTED.relabel! : EXPECTED.omit!) : 'a question id';
  if (top === 'checks') return path.length === 1 ? EXPECTED.checks! : path.length === 2 ? 'a check (a mapping with rule and message)' : (EXPECTED[String(field)] ?? 'a valid value');
  return EXPECTED[String(top)] ?? 'a valid value';
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : String(value);
}

/** A readable message for one zod issue (zod/mini carries no English messages of its own). */
function describeIssue(fullPath: YamlPath, value: unknown): string {
  const label = pathLabel(fullPath) || 'questionnaire';
  if (value === undefined) return `${label}: missing (expected ${expectation(fullPath)})`;
  return `${label}: expected ${expectation(fullPath)}, found ${shown(value)}`;
}

interface Ctx {
  doc: Document;
  lines: LineIndex;
  file: string | undefined;
  problems: Problem[];
}

function report(ctx: Ctx, path: YamlPath, code: string, message: string, severity: Problem['severity'] = 'error', at: 'value' | 'key' = 'value'): void {
  ctx.problems.push(problemAtPath(ctx.doc, ctx.lines, path, message, code, { severity, file: ctx.file, at }));
}

function schemaIssues(ctx: Ctx, issues: readonly z.core.$ZodIssue[], base: YamlPath, root: unknown): void {
  for (const issue of issues) {
    const full = [...base, ...issue.path];
    ctx.problems.push(
      problemAtPath(ctx.doc, ctx.lines, full, describeIssue(full, valueAt(root, issue.path)), 'questionnaire-schema', { file: ctx.file }),
    );
  }
}

function unknownKeys(ctx: Ctx, path: YamlPath, known: readonly string[], what: string): void {
  const node = ctx.doc.getIn(path as unknown[], true);
  for (const key of mapKeys(node)) {
    if (!known.includes(key)) {
      report(ctx, [...path, key], 'questionnaire-unknown-key', `unknown key "${key}" in ${what} (kept, but not used; expected one of ${known.join(', ')})`, 'warning', 'key');
    }
  }
}

/** Canonical id of a written id, warning when it is not written canonically; null (with an error) when it is no id. */
function readId(ctx: Ctx, raw: string | number, path: YamlPath, what: string, at: 'value' | 'key' = 'value'): string | null {
  const id = normalizeId(String(raw));
  if (!id) {
    report(ctx, path, 'questionnaire-bad-id', `${what} ${JSON.stringify(String(raw))} is not a question id (expected e.g. Q4 or Q4a)`, 'error', at);
    return null;
  }
  if (id !== String(raw)) report(ctx, path, 'questionnaire-id-form', `${what} ${JSON.stringify(String(raw))} read as ${id}; write ${id}`, 'warning', at);
  return id;
}

/** A question's validated fields and its index in the YAML list (for positions). */
interface QuestionData {
  d: z.infer<Schemas['question']>;
  index: number;
}
const asStrings = (v: ScalarValue | ScalarValue[]): string | string[] =>
  Array.isArray(v) ? v.map((x) => String(x).trim()) : String(v).trim();

function readQuestions(ctx: Ctx, raw: unknown[]): { questions: Question[]; data: Map<Question, QuestionData> } {
  const questions: Question[] = [];
  const data = new Map<Question, QuestionData>();
  const seen = new Map<string, number>();
  raw.forEach((item, i) => {
    const path = ['questions', i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      report(ctx, path, 'questionnaire-schema', `questions[${i}]: expected a question (a mapping with id and text)`);
      return;
    }
    unknownKeys(ctx, path, KNOWN_QUESTION, 'a question');
    const parsed = schemas().question.safeParse(item);
    if (!parsed.success) {
      schemaIssues(ctx, parsed.error.issues, path, item);
      return;
    }
    const d = parsed.data;
    const id = readId(ctx, d.id, [...path, 'id'], 'id');
    if (!id) return;
    const first = seen.get(id);
    if (first !== undefined) {
      report(ctx, [...path, 'id'], 'questionnaire-duplicate-id', `duplicate id ${id}: already used by questions[${first}]; this one is ignored`);
      return;
    }
    seen.set(id, i);
    const q: Question = { id, type: d.type ?? 'text', order: 0 };
    if (d.text !== undefined && d.text !== null) q.text = String(d.text);
    if (d.unit) q.unit = d.unit;
    if (d.heading) q.heading = true;
    if (d.section !== undefined && d.section !== null && String(d.section).trim()) q.section = String(d.section).trim();
    if (d.label !== undefined && d.label !== null) {
      const label = String(d.label).trim();
      // ("iii" for Q3: the roman numeral a request numbered its items with.)
      if (decimalLabelId(label) === id || (/^[ivx]+$/.test(label) && /^Q\d+$/.test(id) && `Q${romanNumeral(label)}` === id)) q.label = label;
      else {
        const own = splitId(id);
        const example = own && own.letters.length === 1 ? ` (${id}'s is "${own.num}.${own.letters.charCodeAt(0) - 0x60}")` : '';
        report(ctx, [...path, 'label'], 'questionnaire-label', `label "${label}" is neither a decimal label nor the roman numeral of ${id}${example}; it is ignored`, 'warning');
      }
    }
    questions.push(q);
    data.set(q, { d, index: i });
  });
  return { questions, data };
}

/** Resolve every reference (parent, when, choices) now that all ids are known. */
function resolveReferences(ctx: Ctx, questions: Question[], data: Map<Question, QuestionData>, codes: Record<string, string[]>): void {
  const ids = new Set(questions.map((q) => q.id));
  for (const q of questions) {
    const { d, index } = data.get(q)!;
    const path = ['questions', index];
    if (d.parent !== undefined && d.parent !== null) {
      const parent = readId(ctx, d.parent, [...path, 'parent'], 'parent');
      if (parent && !ids.has(parent)) report(ctx, [...path, 'parent'], 'questionnaire-unknown-id', `parent ${parent} is not a question of this questionnaire`);
      else if (parent === q.id) report(ctx, [...path, 'parent'], 'questionnaire-unknown-id', `${q.id} cannot be its own parent`);
      else if (parent) q.parent = parent;
    }
    if (!q.parent) {
      const implied = impliedParent(q.id);
      if (implied && ids.has(implied)) q.parent = implied;
    }
    if (d.when) {
      const when: Record<string, string | string[]> = {};
      for (const [key, value] of Object.entries(d.when)) {
        const id = readId(ctx, key, [...path, 'when', key], 'routing id', 'key');
        if (!id) continue;
        if (!ids.has(id)) {
          report(ctx, [...path, 'when', key], 'questionnaire-unknown-id', `when names ${id}, which is not a question of this questionnaire (routing ignored)`, 'error', 'key');
          continue;
        }
        when[id] = asStrings(value);
      }
      if (Object.keys(when).length > 0) q.when = when;
    }
    if (d.choices !== undefined && d.choices !== null) {
      if (typeof d.choices === 'string') {
        if (codes[d.choices]) q.choices = d.choices;
        else {
          const known = Object.keys(codes);
          report(ctx, [...path, 'choices'], 'questionnaire-unknown-code-list',
            `choices names the code list "${d.choices}", which is not under codes${known.length ? ` (known: ${known.join(', ')})` : ''}`);
        }
      } else {
        q.choices = d.choices.map((c) => String(c).trim());
      }
    }
    const isChoice = q.type === 'choice' || q.type === 'multi-choice';
    if (isChoice && q.choices === undefined && (d.choices === undefined || d.choices === null)) {
      report(ctx, [...path, 'type'], 'questionnaire-choices-missing', `${q.id} is a ${q.type} question without choices`, 'warning');
    } else if (!isChoice && q.choices !== undefined) {
      report(ctx, [...path, 'choices'], 'questionnaire-choices-unused', `${q.id} has choices but its type is ${q.type}; choices are used by choice and multi-choice questions`, 'warning');
    }
  }
}

/** Validate `value` (found at `path`) with `schema`, reporting its issues; undefined when invalid. */
function check<T>(ctx: Ctx, schema: z.ZodMiniType<T>, value: unknown, path: YamlPath): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  schemaIssues(ctx, r.error.issues, path, value);
  return undefined;
}

function readCodes(ctx: Ctx, raw: unknown): Record<string, string[]> {
  const codes: Record<string, string[]> = {};
  for (const [name, items] of Object.entries(check(ctx, schemas().mapping, raw, ['codes']) ?? {})) {
    const list = check(ctx, schemas().codeList, items, ['codes', name]);
    if (!list) continue;
    codes[name] = list.map((c) => String(c).trim());
    if (list.length === 0) report(ctx, ['codes', name], 'questionnaire-schema', `code list "${name}" is empty`, 'warning');
  }
  return codes;
}

function readVariants(ctx: Ctx, raw: unknown, ids: Set<string>): Record<string, QuestionnaireVariant> {
  const variants: Record<string, QuestionnaireVariant> = {};
  for (const [name, value] of Object.entries(check(ctx, schemas().mapping, raw, ['variants']) ?? {})) {
    unknownKeys(ctx, ['variants', name], KNOWN_VARIANT, `variant "${name}"`);
    const v = check(ctx, schemas().variant, value, ['variants', name]);
    if (!v) continue;
    const omit: string[] = [];
    v.omit.forEach((rawId, i) => {
      const id = readId(ctx, rawId, ['variants', name, 'omit', i], 'omitted id');
      if (!id) return;
      if (!ids.has(id)) report(ctx, ['variants', name, 'omit', i], 'questionnaire-unknown-id', `variant "${name}" omits ${id}, which is not a question of this questionnaire`);
      else omit.push(id);
    });
    // "relabel: { Q7b: Q6c }": this version printed Q6c's question as "Q7b." (a label the
    // questionnaire does not use; a label that is one of its ids would be read as that question).
    const relabel: Record<string, string> = {};
    for (const [rawLabel, rawId] of Object.entries(v.relabel ?? {})) {
      const label = readId(ctx, rawLabel, ['variants', name, 'relabel', rawLabel], 'relabelled label', 'key');
      const id = readId(ctx, rawId, ['variants', name, 'relabel', rawLabel], 'relabelled id');
      if (!label || !id) continue;
      if (ids.has(label)) report(ctx, ['variants', name, 'relabel', rawLabel], 'questionnaire-relabel-clash', `variant "${name}" relabels ${label}, which is a question of this questionnaire; a reply's "${label}" is read as that question`, 'error', 'key');
      else if (!ids.has(id)) report(ctx, ['variants', name, 'relabel', rawLabel], 'questionnaire-unknown-id', `variant "${name}" relabels ${label} as ${id}, which is not a question of this questionnaire`);
      else relabel[label] = id;
    }
    variants[name] = Object.keys(relabel).length > 0 ? { omit, relabel } : { omit };
  }
  return variants;
}

/** 1-based position of a rule's first character: inside the quotes of a quoted scalar. */
function rulePosition(ctx: Ctx, path: YamlPath): { line: number; column: number } {
  const node = nodeAtPath(ctx.doc, path);
  if (!isScalar(node) || !node.range) return ctx.lines.position(spanAtPath(ctx.doc, path)?.start ?? 0);
  const first = ctx.lines.text[node.range[0]];
  return ctx.lines.position(node.range[0] + (first === '"' || first === "'" ? 1 : 0));
}

/** The checks' shape only; the rules themselves are parsed by checks.ts, which reports their faults. */
function readChecks(ctx: Ctx, raw: unknown): QuestionnaireCheck[] {
  const checks: QuestionnaireCheck[] = [];
  const list = check(ctx, schemas().checks, raw, ['checks']);
  if (!list) return checks;
  list.forEach((item, i) => {
    const path = ['checks', i];
    // A bare string is a rule without a message of its own.
    const d = typeof item === 'string' ? { rule: item } : check(ctx, schemas().check, item, path);
    if (!d) return;
    if (typeof item !== 'string') unknownKeys(ctx, path, KNOWN_CHECK, 'a check');
    const c: QuestionnaireCheck = { rule: d.rule, severity: d.severity ?? 'error', index: i, ...rulePosition(ctx, typeof item === 'string' ? path : [...path, 'rule']) };
    if (d.message) c.message = d.message;
    checks.push(c);
  });
  return checks;
}

function inheritHeadingRouting(questions: Question[], byId: Map<string, Question>): void {
  for (const q of questions) {
    if (q.when || !q.parent) continue;
    const parent = byId.get(q.parent);
    if (parent?.heading && parent.when) q.when = structuredClone(parent.when);
  }
}

function firstUnresolvedAlias(doc: Document): Span | undefined {
  let span: Span | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range && node.resolve(doc) === undefined) {
        span = { start: node.range[0], end: node.range[1] };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return span;
}

function parseChecked(text: string, file: string | undefined): QuestionnaireParse {
  const lines = new LineIndex(text);
  if (text.length > MAX_QUESTIONNAIRE_CHARS) {
    const p = problemAtSpan(lines, { start: 0, end: 0 }, 'error', 'questionnaire-too-large',
      `questionnaire is ${(text.length / 1048576).toFixed(1)} MB; more than ${MAX_QUESTIONNAIRE_CHARS / 1048576} MB is refused (is this the right file?)`, file);
    return { questionnaire: null, problems: [p] };
  }
  const doc = parseDocument(text, { uniqueKeys: true, merge: false, prettyErrors: false, schema: 'core', strict: true, logLevel: 'error' });
  const ctx: Ctx = { doc, lines, file, problems: yamlProblems(doc, lines, 'questionnaire-yaml', file) };
  // A key written twice is reported but not fatal: the rest of the file is still read.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return { questionnaire: null, problems: sortProblems(ctx.problems) };

  let root: unknown;
  try {
    root = doc.toJS();
  } catch (e) {
    // Unresolved aliases and alias expansion beyond maxAliasCount ("billion laughs") land here.
    ctx.problems.push(problemAtSpan(lines, firstUnresolvedAlias(doc), 'error', 'questionnaire-yaml', `YAML: ${e instanceof Error ? e.message : String(e)}`, file));
    return { questionnaire: null, problems: sortProblems(ctx.problems) };
  }
  if (!isMap(doc.contents) || root === null || typeof root !== 'object' || Array.isArray(root)) {
    report(ctx, [], 'questionnaire-schema', 'a questionnaire is a mapping with version, title and questions');
    return { questionnaire: null, problems: sortProblems(ctx.problems) };
  }
  const top = root as Record<string, unknown>;
  unknownKeys(ctx, [], KNOWN_TOP, 'the questionnaire');

  if (top.version === undefined) report(ctx, [], 'questionnaire-version', 'missing "version: 1" at the top of the questionnaire');
  else if (top.version !== 1) report(ctx, ['version'], 'questionnaire-version', `version ${JSON.stringify(top.version)} is not supported; this version of FOI Coder reads version 1`);

  const title = check(ctx, schemas().title, top.title, ['title']);

  if (!isSeq(doc.get('questions', true)) || !Array.isArray(top.questions)) {
    report(ctx, top.questions === undefined ? [] : ['questions'], 'questionnaire-schema',
      top.questions === undefined ? 'missing "questions:", the list of questions' : 'questions: expected a list of questions');
    return { questionnaire: null, problems: sortProblems(ctx.problems) };
  }

  const codes = readCodes(ctx, top.codes);
  const { questions, data } = readQuestions(ctx, top.questions);
  resolveReferences(ctx, questions, data, codes);
  questions.forEach((q, i) => (q.order = i));
  const byId = new Map(questions.map((q) => [q.id, q] as const));
  inheritHeadingRouting(questions, byId);
  const variants = readVariants(ctx, top.variants, new Set(byId.keys()));

  const questionnaire: Questionnaire = { version: 1, questions, byId, codes, variants };
  if (top.checks !== undefined && top.checks !== null) questionnaire.checks = readChecks(ctx, top.checks);
  if (title !== undefined && title !== null) questionnaire.title = String(title);
  if (questions.length === 0) report(ctx, ['questions'], 'questionnaire-empty', 'the questionnaire has no valid questions', 'warning');
  return { questionnaire, problems: sortProblems(ctx.problems) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Parse and validate questionnaire YAML. Never throws; every problem has a line and column. */
export function parseQuestionnaire(text: string, file?: string): QuestionnaireParse {
  try {
    return parseChecked(typeof text === 'string' ? text : String(text), file);
  } catch (e) {
    // Belt and braces: a bug here must not take the index down with it.
    const p: Problem = { severity: 'error', code: 'questionnaire-internal', message: `could not read the questionnaire: ${e instanceof Error ? e.message : String(e)}`, line: 1, column: 1 };
    if (file !== undefined) p.file = file;
    return { questionnaire: null, problems: [p] };
  }
}

/** A questionnaire made of the ids seen in replies, for workspaces without one. */
export function questionnaireFromIds(ids: Iterable<string>): Questionnaire {
  const unique = new Set<string>();
  for (const raw of ids) {
    const id = normalizeId(raw);
    if (id) unique.add(id);
  }
  const sorted = [...unique].sort(compareIds);
  const questions: Question[] = sorted.map((id, order) => {
    const q: Question = { id, type: 'text', order };
    const parent = impliedParent(id);
    if (parent && unique.has(parent)) q.parent = parent;
    return q;
  });
  return { version: 1, questions, byId: new Map(questions.map((q) => [q.id, q] as const)), codes: {}, variants: {} };
}

/**
 * The zod schema of a whole questionnaire file, composed of the pieces the parser checks: what
 * the JSON Schema for editors is generated from (jsonSchemas.ts; not used to parse). Its keys are
 * KNOWN_TOP (a unit test compares them, so a new top-level key must be added here too).
 */
export function questionnaireDocumentSchema() {
  const pieces = schemas();
  return z.object({
    version: z.literal(1),
    title: pieces.title,
    questions: z.array(pieces.question),
    codes: opt(z.record(z.string(), pieces.codeList)),
    variants: opt(z.record(z.string(), pieces.variant)),
    checks: opt(z.array(z.union([z.string(), pieces.check]))),
  });
}
