// The workspace index's fast read of sidecars. On a cold start hundreds of sidecars are read
// at once, and a general YAML parser was the largest cost of the whole index. Sidecars are
// written by one writer in one block style, so this reads exactly that subset — block mappings
// of `key: scalar` lines with plain, single- or double-quoted one-line scalars and comments —
// and hands anything else (lists, flow collections, anchors, tags, block or multi-line scalars,
// tabs, odd indentation, duplicate keys, plain scalars that could be read two ways) to the full
// parser (`parseSidecar`). The plain data goes through the sidecar module's own validation, so
// both paths accept exactly the same files and build the same Sidecar.
import { MAX_SIDECAR_CHARS, parseSidecar, validateSidecarData } from './sidecar';
import type { SidecarParse } from './sidecar';

const BAIL = Symbol('bail');
type Scalar = string | number | boolean | null;
type Mapping = { [key: string]: Scalar | Mapping };

const LINE = /^( *)([A-Za-z0-9_.-]+):(?:[ ]+(.*))?$/;
const AFTER_QUOTE = /^[ ]*(?:#.*)?$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_START = /^[[\]{}&*!|>%@`,]|^[-?:](?:[ ]|$)/;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ', e: '\u001b', a: '\u0007', v: '\v', N: '\u0085', _: '\u00a0' };

function doubleQuoted(s: string): Scalar | typeof BAIL {
  let out = '';
  let i = 1;
  for (;;) {
    const q = s.indexOf('"', i);
    const b = s.indexOf('\\', i);
    if (q === -1) return BAIL; // continues on the next line
    if (b === -1 || q < b) {
      out += s.slice(i, q);
      return AFTER_QUOTE.test(s.slice(q + 1)) ? out : BAIL;
    }
    out += s.slice(i, b);
    const c = s[b + 1];
    if (c === undefined) return BAIL;
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (hex) {
      const digits = s.slice(b + 2, b + 2 + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return BAIL;
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff) return BAIL;
      out += String.fromCodePoint(cp);
      i = b + 2 + hex;
    } else {
      const e = ESCAPES[c];
      if (e === undefined) return BAIL;
      out += e;
      i = b + 2;
    }
  }
}

function singleQuoted(s: string): Scalar | typeof BAIL {
  let out = '';
  let i = 1;
  for (;;) {
    const q = s.indexOf("'", i);
    if (q === -1) return BAIL;
    out += s.slice(i, q);
    if (s[q + 1] === "'") {
      out += "'";
      i = q + 2;
    } else {
      return AFTER_QUOTE.test(s.slice(q + 1)) ? out : BAIL;
    }
  }
}

/** A plain scalar resolved as YAML 1.2's core schema would, or BAIL when unsure. */
function plain(raw: string): Scalar | typeof BAIL {
  const hash = raw.indexOf(' #');
  const s = (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
  if (s === '' || SPECIAL_START.test(s) || s.includes(': ') || s.endsWith(':') || s.includes('\t') || s.startsWith('#')) return BAIL;
  if (s === 'null' || s === 'Null' || s === 'NULL' || s === '~') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (INT.test(s)) {
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : BAIL;
  }
  if (FLOAT.test(s)) return Number(s);
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /^0[ox]/i.test(s)) return BAIL;
  return s;
}

function scalar(raw: string): Scalar | typeof BAIL {
  const c = raw[0];
  if (c === '"') return doubleQuoted(raw);
  if (c === "'") return singleQuoted(raw);
  return plain(raw);
}

/** The subset reader: plain data, or BAIL for anything outside the subset. */
export function readSubset(text: string): Mapping | typeof BAIL {
  const root: Mapping = {};
  // Open mappings, innermost last; indent -1 = not yet fixed by its first key.
  const stack: { indent: number; map: Mapping }[] = [{ indent: 0, map: root }];
  let pendingKey: string | null = null; // a `key:` with no value: a mapping or null, decided by the next line
  let pendingParent: Mapping | null = null;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let k = 0;
    while (line.charCodeAt(k) === 32) k++;
    if (k === line.length || line[k] === '#') continue;
    const m = LINE.exec(line);
    if (!m) return BAIL;
    const indent = m[1]!.length;
    if (pendingKey !== null) {
      const parent = stack[stack.length - 1]!;
      if (indent > parent.indent) {
        const child: Mapping = {};
        pendingParent![pendingKey] = child;
        stack.push({ indent, map: child });
      } else {
        pendingParent![pendingKey] = null;
      }
      pendingKey = null;
    }
    while (stack.length > 1 && indent < stack[stack.length - 1]!.indent) stack.pop();
    const top = stack[stack.length - 1]!;
    if (indent !== top.indent) return BAIL;
    const key = m[2]!;
    if (Object.prototype.hasOwnProperty.call(top.map, key) || key === '__proto__') return BAIL;
    const raw = m[3];
    if (raw === undefined || raw === '' || raw.startsWith('#')) {
      pendingKey = key;
      pendingParent = top.map;
      top.map[key] = null;
      continue;
    }
    const v = scalar(raw);
    if (v === BAIL) return BAIL;
    top.map[key] = v;
  }
  return root;
}

/** Same result as parseSidecar for every file; faster for files in the writer's own style. */
export function readSidecarFast(text: string, file?: string): SidecarParse {
  if (text.length <= MAX_SIDECAR_CHARS) {
    let data: Mapping | typeof BAIL;
    try {
      data = readSubset(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      data = BAIL;
    }
    if (data !== BAIL) {
      const { sidecar, issues } = validateSidecarData(data);
      if (sidecar && issues.length === 0) return { sidecar, problems: [] };
    }
  }
  return parseSidecar(text, file);
}
