// Positions for problems in YAML files the user edits (questionnaire, sidecars): maps a path of
// keys and indexes, as a schema validator reports it, to the node's line and column, and turns
// the `yaml` library's own errors into Problems. Shared so every YAML file reports alike.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { LineIndex } from './text';
import type { Problem } from './types';

export type YamlPath = readonly (string | number | symbol)[];

/** [start, end) UTF-16 offsets of a span in the YAML text. */
export interface Span {
  start: number;
  end: number;
}

function spanOfNode(node: unknown): Span | undefined {
  if (!isNode(node) || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  return { start, end: Math.max(start, valueEnd) };
}

function keyMatches(key: unknown, seg: string | number | symbol): boolean {
  const raw = isScalar(key) ? key.value : key;
  return typeof seg !== 'symbol' && raw !== null && raw !== undefined && String(raw) === String(seg);
}

/**
 * The span of the node at `path`, or of the deepest node on the way when the path goes further
 * than the document does (a missing key points at the mapping that lacks it).
 * `at: 'key'` points at the key of the last segment instead of its value (for unknown keys).
 */
export function spanAtPath(doc: Document, path: YamlPath, at: 'value' | 'key' = 'value'): Span | undefined {
  let node: unknown = doc.contents;
  let best = spanOfNode(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isAlias(node)) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, seg));
      if (!pair) break;
      const keySpan = spanOfNode(pair.key);
      if (last && at === 'key') return keySpan ?? best;
      node = pair.value;
      // A key with no value (`when:`) has no node of its own: point at the key.
      best = spanOfNode(node) ?? keySpan ?? best;
      if (!isNode(node)) break;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      best = spanOfNode(node) ?? best;
    } else {
      break;
    }
  }
  return best;
}

/** A Problem located at a span (1-based line/column, with end and offsets). */
export function problemAtSpan(
  lines: LineIndex,
  span: Span | undefined,
  severity: Problem['severity'],
  code: string,
  message: string,
  file?: string,
): Problem {
  const s = span ?? { start: 0, end: 0 };
  const start = Math.min(Math.max(0, s.start), lines.text.length);
  const end = Math.min(Math.max(start, s.end), lines.text.length);
  const a = lines.position(start);
  const b = lines.position(end);
  const p: Problem = { severity, code, message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
  if (file !== undefined) p.file = file;
  return p;
}

/** A Problem at the node found by `path` (see spanAtPath). */
export function problemAtPath(
  doc: Document,
  lines: LineIndex,
  path: YamlPath,
  message: string,
  code: string,
  options: { severity?: Problem['severity']; file?: string; at?: 'value' | 'key' } = {},
): Problem {
  return problemAtSpan(lines, spanAtPath(doc, path, options.at), options.severity ?? 'error', code, message, options.file);
}

function fromYamlError(lines: LineIndex, e: YAMLError, severity: Problem['severity'], code: string, file?: string): Problem {
  // With prettyErrors off the message is one line; keep only its first line in any case.
  const message = `YAML: ${e.message.split('\n')[0]}`;
  return problemAtSpan(lines, { start: e.pos[0], end: e.pos[1] }, severity, code, message, file);
}

/** The `yaml` library's errors (as `error`) and warnings (as `warning`), positioned. */
export function yamlProblems(doc: Document, lines: LineIndex, code: string, file?: string): Problem[] {
  return [
    ...doc.errors.map((e) => fromYamlError(lines, e, 'error', code, file)),
    ...doc.warnings.map((e) => fromYamlError(lines, e, 'warning', code, file)),
  ];
}

/** The key nodes of a mapping, by key text, for checks that report at a key. */
export function mapKeys(node: unknown): string[] {
  if (!isMap(node)) return [];
  const out: string[] = [];
  for (const p of node.items) {
    const k = isScalar(p.key) ? p.key.value : p.key;
    if (k !== null && k !== undefined && typeof k !== 'object') out.push(String(k));
  }
  return out;
}

/** The node at `path` (no fallback), for callers that inspect the AST. */
export function nodeAtPath(doc: Document, path: YamlPath): Node | undefined {
  const node = doc.getIn(path as unknown[], true);
  return isNode(node) ? node : undefined;
}
