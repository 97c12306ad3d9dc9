// The workspace index's fast read of sidecars. On a cold start hundreds of sidecars are read
// at once, and a general YAML parser was the largest cost of the whole index. Sidecars are
// written by one writer in one block style, so this reads exactly that subset — block mappings
// of `key: scalar` lines with plain, single- or double-quoted one-line scalars and comments —
// and hands anything else (lists, flow collections, anchors, tags, block or multi-line scalars,
// tabs, odd indentation, duplicate keys, plain scalars that could be read two ways) to the full
// parser (`parseSidecar`).
// Data in the writer's own shape (known keys in the writer's order, valid values, nothing that
// would raise even a warning) is checked by hand and used as is; anything else goes through the
// sidecar module's own (zod) validation, so both paths accept exactly the same files and build
// the same Sidecar. The line reader works on character codes: per-line regexes and slices were
// most of its cost.
import { normalizeId } from './ids';
import { MAX_SHORT, MAX_SIDECAR_CHARS, MAX_TEXT, parseSidecar, validateSidecarData } from './sidecar';
import type { SidecarParse } from './sidecar';
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { EXEMPTIONS, STATUSES } from './types';
import type { AnswerEntry, Sidecar, Status } from './types';

const BAIL = Symbol('bail');
type Scalar = string | number | boolean | null;
type Mapping = { [key: string]: Scalar | Mapping };

const AFTER_QUOTE = /^[ ]*(?:#.*)?$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_START = /^[[\]{}&*!|>%@`,]|^[-?:](?:[ ]|$)/;
/**
 * A lone CR (YAML reads it as a line break) or a Unicode line/paragraph separator: the subset
 * readers split lines at LF only, so such text goes to the full parser. Native indexOf scans are
 * several times faster than one regex over the text.
 */
function hasOddBreak(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1;
}
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
      return q === s.length - 1 || AFTER_QUOTE.test(s.slice(q + 1)) ? out : BAIL;
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
      return q === s.length - 1 || AFTER_QUOTE.test(s.slice(q + 1)) ? out : BAIL;
    }
  }
}

/** A plain scalar resolved as YAML 1.2's core schema would, or BAIL when unsure. */
function plain(raw: string): Scalar | typeof BAIL {
  // One pass for the usual printable-ASCII value; anything else takes the general checks below.
  let end = raw.length;
  let simple = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32 || c > 126) {
      simple = false;
      break;
    }
    if (c === 35 && i > 0 && raw.charCodeAt(i - 1) === 32) {
      end = i;
      break;
    }
    if (c === 58 && (i + 1 === raw.length || raw.charCodeAt(i + 1) === 32)) return BAIL;
  }
  if (simple) {
    while (end > 0 && raw.charCodeAt(end - 1) === 32) end--;
    return resolvePlain(end === raw.length ? raw : raw.slice(0, end));
  }
  const hash = raw.indexOf(' #');
  // Only spaces end a plain scalar in YAML (a tab is refused below): a no-break space or any
  // other Unicode space at the end is part of the value, as the full parser reads it.
  let s = hash === -1 ? raw : raw.slice(0, hash);
  let kept = s.length;
  while (kept > 0 && s.charCodeAt(kept - 1) === 32) kept--;
  s = s.slice(0, kept);
  if (s.includes(': ') || s.endsWith(':') || s.includes('\t')) return BAIL;
  return resolvePlain(s);
}

/** The value of a plain scalar's text (comment and trailing spaces removed; no `: `, tab or final `:`). */
function resolvePlain(s: string): Scalar | typeof BAIL {
  if (s === '' || SPECIAL_START.test(s) || s.charCodeAt(0) === 35) return BAIL;
  const c = s.charCodeAt(0);
  // Only text starting with a digit, sign or dot can be a number; only n, N, ~, t, T, f, F a keyword.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (INT.test(s)) {
      const n = Number(s);
      return Number.isSafeInteger(n) ? n : BAIL;
    }
    if (FLOAT.test(s)) return Number(s);
    if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /^0[ox]/i.test(s)) return BAIL;
    return s;
  }
  if (s === 'null' || s === 'Null' || s === 'NULL' || s === '~') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  return s;
}

function scalar(raw: string): Scalar | typeof BAIL {
  const c = raw.charCodeAt(0);
  if (c === 34) return doubleQuoted(raw);
  if (c === 39) return singleQuoted(raw);
  return plain(raw);
}

/** `[A-Za-z0-9_.-]`: the characters of a key in the subset. */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

// The keys a sidecar is made of, found in place: a property store with a fresh (sliced) key
// string costs a string-table lookup, with one of these constants it does not.
const KNOWN_KEYS = ['version', 'council', 'variant', 'answers', 'status', 'exemption', 'value', 'unit', 'note', 'coder', 'quote', 'exact', 'prefix', 'suffix', 'start', 'end'];
const KEYS_BY_LENGTH: string[][] = [];
for (const k of KNOWN_KEYS) (KEYS_BY_LENGTH[k.length] ??= []).push(k);

function keyAt(text: string, start: number, end: number): string {
  const candidates = KEYS_BY_LENGTH[end - start];
  if (candidates) for (const k of candidates) if (text.startsWith(k, start)) return k;
  return text.slice(start, end);
}

/** The subset reader: plain data, or BAIL for anything outside the subset. */
export function readSubset(text: string): Mapping | typeof BAIL {
  if (hasOddBreak(text)) return BAIL;
  const root: Mapping = {};
  // Open mappings, innermost last.
  const stack: { indent: number; map: Mapping }[] = [{ indent: 0, map: root }];
  let pendingKey: string | null = null; // a `key:` with no value: a mapping or null, decided by the next line
  let pendingParent: Mapping | null = null;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    const lineStart = pos;
    pos = end + 1;
    if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
    let k = lineStart;
    while (k < end && text.charCodeAt(k) === 32) k++;
    if (k === end || text.charCodeAt(k) === 35) continue;
    const indent = k - lineStart;
    const keyStart = k;
    while (k < end && isKeyChar(text.charCodeAt(k))) k++;
    if (k === keyStart || k === end || text.charCodeAt(k) !== 58) return BAIL;
    const key = keyAt(text, keyStart, k);
    k++; // the colon
    let raw: string | undefined;
    if (k < end) {
      if (text.charCodeAt(k) !== 32) return BAIL;
      while (k < end && text.charCodeAt(k) === 32) k++;
      raw = text.slice(k, end);
    }
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
    if (Object.prototype.hasOwnProperty.call(top.map, key) || key === '__proto__') return BAIL;
    if (raw === undefined || raw === '' || raw.charCodeAt(0) === 35) {
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

// ---- the writer's own shape, checked by hand ------------------------------------------------
// Mirrors validateSidecarData's schema; returns null (→ the zod path) on anything that schema
// would reject or warn about, and on anything merely unusual (keys out of the writer's order).

const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const EXEMPTION_SET: ReadonlySet<unknown> = new Set(EXEMPTIONS);
const ENTRY_RANK: Readonly<Record<string, number>> = { status: 1, exemption: 2, value: 3, unit: 4, note: 5, coder: 6, quote: 7 };
const QUOTE_RANK: Readonly<Record<string, number>> = { exact: 1, prefix: 2, suffix: 3, start: 4, end: 5 };

const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null;
const optString = (v: unknown, max: number): boolean => v === undefined || (typeof v === 'string' && v.length <= max);
const optIndex = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);

/** Keys all known and in the writer's (= the schema's) order, so the object can be used as is. */
function inOrder(m: Mapping, rank: Readonly<Record<string, number>>): boolean {
  let last = 0;
  for (const k in m) {
    const r = Object.prototype.hasOwnProperty.call(rank, k) ? rank[k]! : 0;
    if (r <= last) return false;
    last = r;
  }
  return true;
}

function plainEntry(raw: Mapping | Scalar | undefined, ordered = false): AnswerEntry | null {
  if (!isMapping(raw) || !(ordered || inOrder(raw, ENTRY_RANK)) || !STATUS_SET.has(raw['status'])) return null;
  if (raw['exemption'] !== undefined && !EXEMPTION_SET.has(raw['exemption'])) return null;
  const v = raw['value'];
  if (!(v === undefined || v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= MAX_TEXT))) return null;
  if (!optString(raw['unit'], MAX_SHORT) || !optString(raw['note'], MAX_TEXT) || !optString(raw['coder'], MAX_SHORT)) return null;
  const q = raw['quote'];
  if (q !== undefined) {
    if (!isMapping(q) || !(ordered || inOrder(q, QUOTE_RANK))) return null;
    const exact = q['exact'];
    if (typeof exact !== 'string' || exact.length === 0 || exact.length > MAX_TEXT) return null;
    if (!optString(q['prefix'], MAX_SHORT) || !optString(q['suffix'], MAX_SHORT) || !optIndex(q['start']) || !optIndex(q['end'])) return null;
    // end before start is valid but warned about: the zod path says so.
    if (typeof q['start'] === 'number' && typeof q['end'] === 'number' && q['end'] < q['start']) return null;
  }
  return raw as unknown as AnswerEntry;
}

/** The Sidecar validateSidecarData would build with no issue at all, or null. */
export function plainSidecar(data: Mapping): Sidecar | null {
  for (const k in data) if (k !== 'version' && k !== 'council' && k !== 'variant' && k !== 'answers') return null;
  if (data['version'] !== 1) return null;
  const sidecar: Sidecar = { version: 1, answers: new Map() };
  for (const key of ['council', 'variant'] as const) {
    const v = data[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > MAX_SHORT) return null;
    sidecar[key] = v;
  }
  const answers = data['answers'];
  if (answers === undefined || answers === null) return sidecar;
  if (!isMapping(answers)) return null;
  for (const rawKey in answers) {
    const id = normalizeId(rawKey);
    if (!id || sidecar.answers.has(id)) return null;
    const entry = plainEntry(answers[rawKey]);
    if (!entry) return null;
    sidecar.answers.set(id, entry);
  }
  return sidecar;
}

// ---- the writer's exact layout, read straight into a Sidecar -----------------------------------
// `version:`/`council:`/`variant:`/`answers:` at column 0, ids at 2, entry keys at 4, quote keys at
// 6, every key known and in the writer's order. Each key becomes a named property of an object
// built in that order, which is several times cheaper than the generic reader's keyed stores.
// Anything else returns null and the generic reader takes over.

// Named stores, one site per key: a computed key (`entry[name] = v`) made each store a slow
// generic lookup, and was most of the reader's time.
function setEntryKey(e: Record<string, unknown>, rank: number, v: Scalar): void {
  switch (rank) {
    case 1:
      e.status = v;
      break;
    case 2:
      e.exemption = v;
      break;
    case 3:
      e.value = v;
      break;
    case 4:
      e.unit = v;
      break;
    case 5:
      e.note = v;
      break;
    default:
      e.coder = v;
  }
}

function setQuoteKey(q: Record<string, unknown>, rank: number, v: Scalar): void {
  switch (rank) {
    case 1:
      q.exact = v;
      break;
    case 2:
      q.prefix = v;
      break;
    case 3:
      q.suffix = v;
      break;
    case 4:
      q.start = v;
      break;
    default:
      q.end = v;
  }
}

// A key's rank, read in place by its length and first character (no string made): 0 = unknown.
function entryKeyRank(text: string, start: number, end: number): number {
  switch (end - start) {
    case 4:
      return text.startsWith('unit', start) ? 4 : text.startsWith('note', start) ? 5 : 0;
    case 5:
      return text.startsWith('value', start) ? 3 : text.startsWith('coder', start) ? 6 : text.startsWith('quote', start) ? 7 : 0;
    case 6:
      return text.startsWith('status', start) ? 1 : 0;
    case 9:
      return text.startsWith('exemption', start) ? 2 : 0;
    default:
      return 0;
  }
}

function quoteKeyRank(text: string, start: number, end: number): number {
  switch (end - start) {
    case 3:
      return text.startsWith('end', start) ? 5 : 0;
    case 5:
      return text.startsWith('exact', start) ? 1 : text.startsWith('start', start) ? 4 : 0;
    case 6:
      return text.startsWith('prefix', start) ? 2 : text.startsWith('suffix', start) ? 3 : 0;
    default:
      return 0;
  }
}

function topKeyRank(text: string, start: number, end: number): number {
  if (end - start !== 7) return 0;
  return text.startsWith('version', start) ? 1 : text.startsWith('council', start) ? 2 : text.startsWith('variant', start) ? 3 : text.startsWith('answers', start) ? 4 : 0;
}

/**
 * The canonical id of the key text[start, end): an id already in canonical form (`Q4a`: Q, a
 * number without leading zero, up to three lower-case letters) is itself; others go through
 * normalizeId.
 */
function idAt(text: string, start: number, end: number): string | null {
  let i = start + 1;
  if (text.charCodeAt(start) === 81 && i < end) {
    const d0 = text.charCodeAt(i);
    if (d0 >= 49 && d0 <= 57) {
      i++;
      while (i < end && i < start + 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      const letters = i;
      while (i < end && i < letters + 3 && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
      if (i === end) return text.slice(start, end);
    }
  }
  return normalizeId(text.slice(start, end));
}

/**
 * Where the value after `key:` starts (`at` is the colon's next character): -1 when empty or a
 * comment, -2 when the colon is not followed by a space (outside the subset).
 */
function valueStart(text: string, at: number, end: number): number {
  if (at === end) return -1;
  if (text.charCodeAt(at) !== 32) return -2;
  while (at < end && text.charCodeAt(at) === 32) at++;
  return at === end || text.charCodeAt(at) === 35 ? -1 : at;
}

/**
 * The scalar text[start, end) (start: its first character, end: the line's end), as `scalar`
 * reads it, without cutting the line out first. The common shapes — a double-quoted string with
 * no escape that ends the line, a plain integer, a plain printable-ASCII string beginning with a
 * letter — are read in place; anything else goes through `scalar` on the cut-out text.
 */
function scalarAt(text: string, start: number, end: number): Scalar | typeof BAIL {
  const c0 = text.charCodeAt(start);
  if (c0 === 34) {
    // A quote that ends the line, with no quote inside and no escape but `\n` (the writer's line
    // breaks in prefixes and suffixes): found and resolved by native searches, and one native
    // replace gives a flat string (building it piece by piece made a chain of strings per value).
    // Any backslash left after the replace was not a `\n` escape: the general reader decides.
    if (end - start >= 2 && text.charCodeAt(end - 1) === 34) {
      const inner = text.slice(start + 1, end - 1);
      if (inner.indexOf('"') === -1) {
        if (inner.indexOf('\\') === -1) return inner;
        const resolved = inner.replaceAll('\\n', '\n');
        if (resolved.indexOf('\\') === -1) return resolved;
      }
    }
    return doubleQuoted(text.slice(start, end));
  }
  if (c0 === 39) return singleQuoted(text.slice(start, end));
  // Plain: as `plain` does, find where a comment starts and reject `: `.
  let stop = end;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return plain(text.slice(start, end));
    if (c === 35 && i > start && text.charCodeAt(i - 1) === 32) {
      stop = i;
      break;
    }
    if (c === 58 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) return BAIL;
  }
  while (stop > start && text.charCodeAt(stop - 1) === 32) stop--;
  const letter = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90);
  // A letter other than n, t, f (any case) cannot begin a keyword, a number or a special form.
  if (letter && c0 !== 110 && c0 !== 78 && c0 !== 116 && c0 !== 84 && c0 !== 102 && c0 !== 70) return text.slice(start, stop);
  if (c0 >= 48 && c0 <= 57 && stop - start <= 15) {
    let n = 0;
    let i = start;
    for (; i < stop; i++) {
      const d = text.charCodeAt(i);
      if (d < 48 || d > 57) break;
      n = n * 10 + (d - 48);
    }
    if (i === stop) return n;
  }
  return resolvePlain(text.slice(start, stop));
}

// The last value read per entry key (and for quote.exact), by where its text was: the same text
// again (a status, a coder, a unit, a common answer such as "Yes" or "N/A") gives the same value
// object, which saves a string per use (memory, and collector time on a cold start).
const RECENT = 8; // slots: entry ranks 1..6, 7 = quote.exact
const recentText: string[] = new Array<string>(RECENT).fill('');
const recentAt = new Array<number>(RECENT).fill(0);
const recentEnd = new Array<number>(RECENT).fill(-1);
const recentValue: Scalar[] = new Array<Scalar>(RECENT).fill(null);

/** scalarAt, reusing the value of the slot's last text when this text is the same (up to 64 characters). */
function recentScalarAt(slot: number, text: string, start: number, end: number): Scalar | typeof BAIL {
  const len = end - start;
  if (len <= 64 && recentEnd[slot]! - recentAt[slot]! === len) {
    const t = recentText[slot]!;
    const at = recentAt[slot]!;
    let i = 0;
    while (i < len && text.charCodeAt(start + i) === t.charCodeAt(at + i)) i++;
    if (i === len) return recentValue[slot]!;
  }
  const v = scalarAt(text, start, end);
  if (v !== BAIL && typeof v === 'string') {
    recentText[slot] = text;
    recentAt[slot] = start;
    recentEnd[slot] = end;
    recentValue[slot] = v;
  }
  return v;
}

/**
 * A sidecar in the writer's exact layout, read straight into a Sidecar; null for anything else
 * (the generic reader then takes over). It works on positions in the text: keys are recognised
 * in place and values cut out once, already resolved.
 */
export function readWriterShape(text: string): Sidecar | null {
  if (hasOddBreak(text)) return null;
  const sidecar: Sidecar = { version: 1, answers: new Map() };
  let topRank = 0;
  let version: unknown;
  let inAnswers = false;
  // The entry being read (null: none), the rank of its last key, its quote and that one's last key.
  let entry: Record<string, unknown> | null = null;
  let entryRank = 0;
  let quote: Record<string, unknown> | null = null;
  let quoteRank = 0;
  let quoteExpected = false; // the last line was `quote:`
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    const lineStart = pos;
    pos = end + 1;
    if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
    let k = lineStart;
    while (k < end && text.charCodeAt(k) === 32) k++;
    if (k === end || text.charCodeAt(k) === 35) continue;
    const indent = k - lineStart;
    const keyStart = k;
    while (k < end && isKeyChar(text.charCodeAt(k))) k++;
    if (k === keyStart || k === end || text.charCodeAt(k) !== 58) return null;
    const keyEnd = k;
    const at = valueStart(text, k + 1, end);
    if (at === -2) return null;
    if (indent === 6) {
      if (!entry || (!quoteExpected && !quote)) return null;
      if (quoteExpected) {
        quote = {};
        entry['quote'] = quote;
        quoteRank = 0;
        quoteExpected = false;
      }
      const r = quoteKeyRank(text, keyStart, keyEnd);
      if (r <= quoteRank || at === -1) return null;
      quoteRank = r;
      const v = r === 1 ? recentScalarAt(7, text, at, end) : scalarAt(text, at, end);
      if (v === BAIL) return null;
      setQuoteKey(quote!, r, v);
      continue;
    }
    if (quoteExpected) return null;
    if (indent === 4) {
      if (!entry) return null;
      quote = null;
      const r = entryKeyRank(text, keyStart, keyEnd);
      if (r <= entryRank) return null;
      entryRank = r;
      if (r === 7) {
        if (at !== -1) return null;
        quoteExpected = true;
        continue;
      }
      if (at === -1) return null;
      const v = r === 5 ? scalarAt(text, at, end) : recentScalarAt(r, text, at, end);
      if (v === BAIL) return null;
      setEntryKey(entry, r, v);
      continue;
    }
    if (entry && plainEntry(entry as Mapping, true) === null) return null;
    entry = null;
    quote = null;
    if (indent === 2) {
      if (!inAnswers || at !== -1) return null;
      const id = idAt(text, keyStart, keyEnd);
      if (!id || sidecar.answers.has(id)) return null;
      entry = {};
      entryRank = 0;
      sidecar.answers.set(id, entry as unknown as AnswerEntry);
      continue;
    }
    if (indent !== 0) return null;
    if (inAnswers && sidecar.answers.size === 0) return null; // `answers:` with nothing under it
    inAnswers = false;
    const r = topKeyRank(text, keyStart, keyEnd);
    if (r <= topRank) return null;
    topRank = r;
    if (r === 4) {
      if (at !== -1) return null;
      inAnswers = true;
      continue;
    }
    if (at === -1) return null;
    const v = scalarAt(text, at, end);
    if (v === BAIL) return null;
    if (r === 1) version = v;
    else if (typeof v !== 'string' || v.length > MAX_SHORT) return null;
    else sidecar[r === 2 ? 'council' : 'variant'] = v;
  }
  if (quoteExpected || (entry && plainEntry(entry as Mapping, true) === null) || (inAnswers && sidecar.answers.size === 0) || version !== 1) return null;
  return sidecar;
}

/**
 * The writer-shape reader alone, as readSidecarFast would use it: the Sidecar when the text is in
 * the writer's exact layout (then the file has no top-level key but version, council, variant and
 * answers), else null. `afterComments` as for readSidecarFast.
 */
export function writerShapeOf(text: string, afterComments?: string): Sidecar | null {
  if (text.length > MAX_SIDECAR_CHARS) return null;
  try {
    return readWriterShape(afterComments ?? (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch {
    return null;
  }
}

/**
 * Same result as parseSidecar for every file; faster for files in the writer's own style.
 * `afterComments`: the text after some of its leading lines, all of them comments or blank (a
 * decoder may hand it, decoded on its own), for the writer-shape reader.
 */
export function readSidecarFast(text: string, file?: string, afterComments?: string): SidecarParse {
  if (text.length <= MAX_SIDECAR_CHARS) {
    // (the whole text is looked at only when needed: a text built of a head and a body is then
    // flattened into one string)
    const withoutBom = (): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    let data: Mapping | typeof BAIL;
    try {
      const exact = readWriterShape(afterComments ?? withoutBom());
      if (exact) return { sidecar: exact, problems: [] };
      data = readSubset(withoutBom());
    } catch {
      data = BAIL;
    }
    if (data !== BAIL) {
      const quick = plainSidecar(data);
      if (quick) return { sidecar: quick, problems: [] };
      const { sidecar, issues } = validateSidecarData(data);
      if (sidecar && issues.length === 0) return { sidecar, problems: [] };
    }
  }
  return parseSidecar(text, file);
}

// ---- a summary of a sidecar in the writer's layout, for the cold index -----------------------
// What coverage needs of a sidecar is little: its council and variant, each answer's id and
// status, and the values of the questions routing looks at. The rest (quotes, notes, values) is
// checked exactly as readWriterShape checks it, but not cut out of the text: on a cold start of
// thousands of sidecars that was most of the reader's time and of the collector's. The full
// Sidecar is built later, when something asks for it, by readWriterShape on the decoded text —
// which accepts every text this accepts, with the same council, variant, ids, statuses and values
// (tests check this against the full parser).
// The summary reads the bytes as Latin-1 (one character per byte, so offsets are byte offsets);
// a value holding anything but printable ASCII is decoded as UTF-8 on its own and read by the
// general scalar reader.

/** A writer-layout sidecar's coverage figures (see above). */
export interface SidecarSummary {
  council?: string;
  variant?: string;
  /** The answers' ids (canonical), in file order, and their statuses. */
  ids: string[];
  statuses: Status[];
  /** The value of each answer whose id was wanted (routing) and that has one, by id. */
  values: ReadonlyMap<string, Scalar | undefined>;
  /** The wanted set the summary was made for. */
  wanted: ReadonlySet<string> | null;
}

const NO_VALUES: ReadonlyMap<string, Scalar | undefined> = new Map();
const LS_BYTES = Buffer.from('\u2028', 'utf8');
const PS_BYTES = Buffer.from('\u2029', 'utf8');

const K_BAIL = 0;
const K_STRING = 1;
const K_NUMBER = 2;
const K_OTHER = 3; // boolean or null
let kindLength = 0;
let kindNumber = 0;

function kindOf(v: Scalar | typeof BAIL): number {
  if (v === BAIL) return K_BAIL;
  if (typeof v === 'string') {
    kindLength = v.length;
    return K_STRING;
  }
  if (typeof v === 'number') {
    kindNumber = v;
    return K_NUMBER;
  }
  return K_OTHER;
}

/**
 * Reads one sidecar's bytes into a summary; null when the bytes are not a sidecar in the writer's
 * exact layout that the quick decoders and readWriterShape accept as they are (then the usual
 * reading path decides, and reports any problem).
 */
export function summarizeSidecarBytes(bytes: Uint8Array, wanted: ReadonlySet<string> | null = null): SidecarSummary | null {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = b.length;
  // A BOM, NUL, CR (CRLF or lone), U+2028/9 or invalid UTF-8: the usual path.
  if (n === 0 || n > MAX_SIDECAR_CHARS || b[0] === 0xef || b.indexOf(0) !== -1 || b.indexOf(13) !== -1) return null;
  if (!isAscii(b)) {
    if (!isUtf8(b) || b.indexOf(LS_BYTES) !== -1 || b.indexOf(PS_BYTES) !== -1) return null;
  }
  const s = b.toString('latin1');
  try {
    return (n <= LIMIT_TEXT ? summarizeWriterFile(s, b, wanted) : undefined) ?? summarize(s, b, wanted);
  } catch {
    return null;
  }
}

// ---- the writer's output itself, checked by one regular expression ----------------------------
// A file exactly as the writer writes it (header comments, `version: 1`, council, variant, then
// every answer's keys in the writer's order, one per line, with values in the forms the writer
// uses) is recognised by one regular expression, which the engine runs at native speed; its ids,
// statuses and routing values are then picked out at known places. Everything it accepts,
// readWriterShape accepts with the same reading (the tests hold the two together); anything else
// goes to the line reader above. Every pattern is for the Latin-1 view of UTF-8 bytes.
const KEYWORD_LINE = String.raw`(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)\n`;
// A plain scalar's characters after the first: no control character, no ': ' or ':' at the end,
// no ' #' (written as an unrolled loop: runs of ordinary characters, which the engine scans fast);
// its last character is printable ASCII and not a space (nothing for trimming to remove).
const P_RUN = String.raw`[^\n\x00-\x1f\x7f:#]*`;
const P_TAIL = String.raw`${P_RUN}(?:(?::(?=[^ \n])|(?<! )#)${P_RUN})*(?<=[\x21-\x7e])`;
// Plain scalars that read as strings: starting with a letter (not a keyword), with a non-ASCII
// character, or with a digit when the text is not all number characters (and not 0x/0o).
const P_STRING = String.raw`(?:(?!${KEYWORD_LINE})[A-Za-z]|[\x80-\xff]|(?![0-9.eE+-]*\n)(?!0[oxOX])[0-9])${P_TAIL}`;
// Double-quoted, with no escape but \n (scalarAt's quick case).
const DQ_BODY = String.raw`[^"\\\n]*(?:\\n[^"\\\n]*)*`;
const DQ = `"${DQ_BODY}"`;
const DQ1 = String.raw`"(?=[^"])${DQ_BODY}"`;
const STRING = `(?:${DQ}|${P_STRING})`;
// Strings limited to MAX_SHORT characters: summarizeWriterFile takes only lines of at most 1,000
// bytes (a bound here made the engine read each line twice).
const SHORT = STRING;
const INDEX = '(?:0|[1-9][0-9]{0,14})';
const VALUE = String.raw`(?:${INDEX}(?:\.[0-9]{1,15})?(?=\n)|${DQ}|[A-Za-z]${P_TAIL}|${P_STRING})`;
const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENTRY =
  String.raw`  Q[1-9][0-9]{0,2}[a-z]{0,3}:\n    status: (?:${STATUSES.map(escapeRe).join('|')})\n` +
  String.raw`(?:    exemption: (?:${EXEMPTIONS.map(escapeRe).join('|')})\n)?(?:    value: ${VALUE}\n)?(?:    unit: ${SHORT}\n)?` +
  String.raw`(?:    note: ${STRING}\n)?(?:    coder: ${SHORT}\n)?` +
  String.raw`(?:    quote:\n      exact: (?:${DQ1}|${P_STRING})\n(?:      prefix: ${SHORT}\n)?(?:      suffix: ${SHORT}\n)?(?:      start: ${INDEX}\n)?(?:      end: ${INDEX}\n)?)?`;
/** A sidecar exactly as the writer writes it (see above); for tests. */
export const WRITER_FILE = new RegExp(String.raw`^(?:#[^\n]*\n|\n)*version: 1\n(?:council: ${SHORT}\n)?(?:variant: ${SHORT}\n)?answers:\n(?:${ENTRY})+\n*$`);

// The same layout checked piece by piece, by sticky expressions made of the same parts: the header,
// then one answer at a time (each match ends where the answer does, which gives its bounds with no
// search of our own), then trailing blank lines. Each line of the layout starts with its own key, so
// an answer can be matched in one way only and the pieces accept exactly what WRITER_FILE accepts
// (the tests hold the two together).
const WRITER_HEAD = new RegExp(String.raw`(?:#[^\n]*\n|\n)*version: 1\n(?:council: ${SHORT}\n)?(?:variant: ${SHORT}\n)?answers:\n`, 'y');
const WRITER_ENTRY = new RegExp(ENTRY, 'y');
const WRITER_END = /\n*$/y;

/** The status written at s[at…] (WRITER_ENTRY has checked it is one), as the shared constant. */
function statusAt(s: string, at: number): Status {
  switch (s.charCodeAt(at)) {
    case 97:
      return 'answered';
    case 112:
      return 'partial';
    case 114:
      return 'refused';
    case 115:
      return 'signposted';
    case 117:
      return 'unclear';
    default:
      return s.charCodeAt(at + 4) === 104 ? 'not-held' : 'not-applicable';
  }
}

/** The longest line summarizeWriterFile takes (bytes): any string on it is within MAX_SHORT characters. */
const MAX_LINE = 1000;
/** An answer of at most this many bytes has no line longer than MAX_LINE; longer ones are looked at line by line. */
const MAX_ENTRY = MAX_LINE;

/** Whether every line of s[from, to) has at most MAX_LINE bytes (only asked of long answers). */
function shortLines(s: string, from: number, to: number): boolean {
  for (let at = from; at < to; ) {
    let end = s.indexOf('\n', at);
    if (end === -1 || end > to) end = to;
    if (end - at > MAX_LINE) return false;
    at = end + 1;
  }
  return true;
}

/** The first place before `end` from which s holds only digits (`end` when none). */
function digitsBefore(s: string, end: number): number {
  let i = end;
  for (let c = s.charCodeAt(i - 1); c >= 48 && c <= 57; c = s.charCodeAt(i - 1)) i--;
  return i;
}

/**
 * Whether the quote of the answer ending at `last` (its final line break) ends before it starts:
 * its last line is `      end: <n>` and the line before `      start: <m>`, with n < m. In the
 * writer's layout (checked before) no value holds ": ", so a line that ends in digits after
 * "d: " is the `end:` line and one that ends in digits after "t: " next to it the `start:` line.
 * Numbers are in INDEX's form (no leading zero): a shorter one is smaller.
 */
function quoteEndsBeforeStart(s: string, last: number): boolean {
  const e = digitsBefore(s, last);
  if (e === last || s.charCodeAt(e - 1) !== 32 || s.charCodeAt(e - 2) !== 58 || s.charCodeAt(e - 3) !== 100 || s.charCodeAt(e - 12) !== 10) return false;
  const startLast = e - 12;
  const b = digitsBefore(s, startLast);
  if (b === startLast || s.charCodeAt(b - 1) !== 32 || s.charCodeAt(b - 2) !== 58 || s.charCodeAt(b - 3) !== 116 || s.charCodeAt(b - 14) !== 10) return false;
  const endLength = last - e;
  const startLength = startLast - b;
  if (endLength !== startLength) return endLength < startLength;
  for (let k = 0; k < endLength; k++) {
    const d = s.charCodeAt(e + k) - s.charCodeAt(b + k);
    if (d !== 0) return d < 0;
  }
  return false;
}

// How many of lastIds' first ids are known to differ from each other (the last file that was
// summarized listed them): a file whose ids are those, in that order, has no repeated id among them.
let lastDistinct = 0;

/**
 * The summary of a sidecar in the writer's exact layout (WRITER_FILE's), read at the places that
 * layout fixes; undefined when the file is not in that layout, null when it is but readWriterShape
 * does not accept it (a repeated id, a quote ending before it starts).
 */
export function summarizeWriterFile(s: string, b: Buffer, wanted: ReadonlySet<string> | null): SidecarSummary | null | undefined {
  WRITER_HEAD.lastIndex = 0;
  if (!WRITER_HEAD.test(s)) return undefined;
  const n = s.length;
  let p = WRITER_HEAD.lastIndex;
  // Check the whole layout first: a file that is not in it must not be half read.
  const bounds: number[] = [];
  do {
    WRITER_ENTRY.lastIndex = p;
    if (!WRITER_ENTRY.test(s)) return undefined;
    bounds.push(p);
    p = WRITER_ENTRY.lastIndex;
  } while (p < n && s.charCodeAt(p) !== 10);
  WRITER_END.lastIndex = p;
  if (!WRITER_END.test(s)) return undefined;
  bounds.push(p);
  sText = s;
  sBytes = b;
  try {
    const summary: SidecarSummary = { ids: [], statuses: [], values: NO_VALUES, wanted };
    let values: Map<string, Scalar | undefined> | null = null;
    const answers = bounds[0]! - 10; // the line break before `answers:`
    const top = (key: string): Scalar | typeof BAIL | undefined => {
      const at = s.lastIndexOf(key, answers);
      if (at === -1) return undefined;
      const end = s.indexOf('\n', at + 1);
      return end - at > MAX_LINE ? BAIL : valueAt(at + key.length, end, 0);
    };
    const council = top('\ncouncil: ');
    const variant = top('\nvariant: ');
    if (council === BAIL || variant === BAIL) return null;
    if (typeof council === 'string') summary.council = own(council);
    if (typeof variant === 'string') summary.variant = own(variant);
    // Each answer s[p, next): `  Q4a:`, `    status: …`, maybe `    exemption: …`, maybe
    // `    value: …`, other keys, and a quote block whose last lines may be `      start: …` and
    // `      end: …`.
    const trusted = lastDistinct;
    lastDistinct = 0; // lastIds may change below; set again when the file is read through
    let asBefore = true;
    for (let k = 0; k + 1 < bounds.length; k++) {
      p = bounds[k]!;
      const next = bounds[k + 1]!;
      const idEnd = s.indexOf(':', p + 2);
      const before = lastIds[k];
      const id = idOf(s, p + 2, idEnd, k);
      if (id === null) return null;
      asBefore &&= k < trusted && id === before;
      if (!asBefore && summary.ids.includes(id)) return null;
      const statusStart = idEnd + 14; // `:\n    status: `
      const status = statusAt(s, statusStart);
      summary.ids.push(id);
      summary.statuses.push(status);
      if (next - p > MAX_ENTRY && !shortLines(s, p, next)) return null;
      if (wanted !== null && wanted.has(id)) {
        let line = statusStart + status.length + 1;
        if (s.startsWith('    exemption: ', line)) line = s.indexOf('\n', line) + 1;
        if (s.startsWith('    value: ', line)) {
          const lineEnd = s.indexOf('\n', line);
          const value = valueAt(line + 11, lineEnd, 3);
          if (value === BAIL) return null;
          (values ??= new Map()).set(id, typeof value === 'string' ? own(value) : value);
        }
      }
      if (quoteEndsBeforeStart(s, next - 1)) return null;
    }
    if (values) summary.values = values;
    const ids = summary.ids;
    let same = 0;
    while (same < ids.length && lastIds[same] === ids[same]) same++;
    lastDistinct = same;
    return summary;
  } finally {
    sText = '';
    sBytes = EMPTY;
  }
}


// ---- the line reader's summary: any layout readWriterShape reads -----------------------------
// The text being summarized (Latin-1 view), its bytes, and the next backslash in it at or after
// the last search (searches only move forward, so they stay linear). Module state rather than
// closures: the summary runs once per sidecar, thousands of times on a cold start.
let sText = '';
let sBytes: Buffer = Buffer.alloc(0);
let nextBackslash = -1;
let sEntries = 0;
const EMPTY = Buffer.alloc(0);
// The limits as plain constants (read once: an imported binding may be an accessor).
const LIMIT_TEXT = MAX_TEXT;
const LIMIT_SHORT = MAX_SHORT;

/**
 * A string that holds its own characters: a longer piece cut out of the whole text refers to it,
 * and a summary kept for each of thousands of sidecars would keep every sidecar's text alive.
 */
function own(v: string): string {
  return v.length < 13 ? v : Buffer.from(v, 'utf8').toString('utf8');
}

function backslashFrom(at: number): number {
  if (nextBackslash < at) {
    const i = sText.indexOf('\\', at);
    nextBackslash = i === -1 ? Infinity : i;
  }
  return nextBackslash;
}

/** The value sText[start, end) exactly as scalarAt reads it in the decoded text (slot: recentScalarAt's, 0 for none). */
function valueAt(start: number, end: number, slot: number): Scalar | typeof BAIL {
  const s = sText;
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) > 126) {
      const v = sBytes.toString('utf8', start, end);
      return scalarAt(v, 0, v.length);
    }
  }
  return slot ? recentScalarAt(slot, s, start, end) : scalarAt(s, start, end);
}

/**
 * The kind of the value sText[start, end) as scalarAt reads it in the decoded text; kindLength
 * is then the string's length in bytes (an upper bound of its length in characters, exact for
 * ASCII), kindNumber the number. Usual values are not cut out of the text.
 */
function kindAt(start: number, end: number): number {
  const s = sText;
  const c0 = s.charCodeAt(start);
  if (c0 === 34) {
    // scalarAt's quick case: a closing quote that ends the line, no quote inside, no escape but
    // \n. (A quote or backslash byte is never part of a UTF-8 sequence.)
    if (end - start >= 2 && s.charCodeAt(end - 1) === 34 && s.indexOf('"', start + 1) === end - 1) {
      let len = end - start - 2;
      let i = backslashFrom(start + 1);
      while (i < end - 1) {
        if (s.charCodeAt(i + 1) !== 110) return kindOf(valueAt(start, end, 0));
        len--;
        i = backslashFrom(i + 2);
      }
      kindLength = len;
      return K_STRING;
    }
    return kindOf(valueAt(start, end, 0));
  }
  if (c0 === 39) return kindOf(valueAt(start, end, 0));
  let stop = end;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return kindOf(valueAt(start, end, 0));
    if (c === 35 && i > start && s.charCodeAt(i - 1) === 32) {
      stop = i;
      break;
    }
    if (c === 58 && (i + 1 === end || s.charCodeAt(i + 1) === 32)) return K_BAIL;
  }
  while (stop > start && s.charCodeAt(stop - 1) === 32) stop--;
  const letter = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90);
  if (letter && c0 !== 110 && c0 !== 78 && c0 !== 116 && c0 !== 84 && c0 !== 102 && c0 !== 70) {
    kindLength = stop - start;
    return K_STRING;
  }
  return kindOf(valueAt(start, end, 0));
}

// The ids of the last sidecar summarized, by their place in it: sidecars of one survey list the
// same ids in the same order, so the id string is usually the one before (no new string).
const lastIds: string[] = [];

function idOf(s: string, start: number, end: number, ordinal: number): string | null {
  const last = lastIds[ordinal];
  if (last !== undefined && last.length === end - start && s.startsWith(last, start)) return last;
  const id = idAt(s, start, end);
  if (id !== null && id.length === end - start && ordinal < 256) {
    lastIds[ordinal] = id;
    if (ordinal < lastDistinct) lastDistinct = ordinal;
  }
  return id;
}

function summarize(s: string, b: Buffer, wanted: ReadonlySet<string> | null): SidecarSummary | null {
  sText = s;
  sBytes = b;
  nextBackslash = -1;
  sEntries = 0;
  try {
    return summarizeText(s, wanted);
  } finally {
    sText = '';
    sBytes = EMPTY;
  }
}

/** readWriterShape's walk, keeping only the summary (see above). */
function summarizeText(s: string, wanted: ReadonlySet<string> | null): SidecarSummary | null {
  const summary: SidecarSummary = { ids: [], statuses: [], values: NO_VALUES, wanted };
  let values: Map<string, Scalar | undefined> | null = null;
  const n = s.length;
  let topRank = 0;
  let version: unknown;
  let inAnswers = false;
  let inEntry = false;
  let entryRank = 0;
  let hasStatus = false;
  let inQuote = false;
  let quoteRank = 0;
  let quoteStart = -1;
  let quoteEnd = -1;
  let quoteExpected = false;
  let hadQuote = false;
  let hasExact = false;
  let entryId = '';
  // What plainEntry checks when an entry ends: a status; a quote has an exact text and does not end before it starts.
  const entryOk = (): boolean => hasStatus && (!hadQuote || hasExact) && !(quoteStart >= 0 && quoteEnd >= 0 && quoteEnd < quoteStart);
  let pos = 0;
  while (pos <= n) {
    let end = s.indexOf('\n', pos);
    if (end === -1) end = n;
    const lineStart = pos;
    pos = end + 1;
    let k = lineStart;
    while (k < end && s.charCodeAt(k) === 32) k++;
    if (k === end || s.charCodeAt(k) === 35) continue;
    const indent = k - lineStart;
    const keyStart = k;
    while (k < end && isKeyChar(s.charCodeAt(k))) k++;
    if (k === keyStart || k === end || s.charCodeAt(k) !== 58) return null;
    const keyEnd = k;
    const at = valueStart(s, k + 1, end);
    if (at === -2) return null;
    if (indent === 6) {
      if (!inEntry || (!quoteExpected && !inQuote)) return null;
      if (quoteExpected) {
        inQuote = true;
        hadQuote = true;
        quoteRank = 0;
        quoteExpected = false;
      }
      const r = quoteKeyRank(s, keyStart, keyEnd);
      if (r <= quoteRank || at === -1) return null;
      quoteRank = r;
      const kind = kindAt(at, end);
      if (r === 1) {
        if (kind !== K_STRING || kindLength === 0 || kindLength > LIMIT_TEXT) return null;
        hasExact = true;
      } else if (r <= 3) {
        if (kind !== K_STRING || kindLength > LIMIT_SHORT) return null;
      } else {
        if (kind !== K_NUMBER || !Number.isSafeInteger(kindNumber) || kindNumber < 0) return null;
        if (r === 4) quoteStart = kindNumber;
        else quoteEnd = kindNumber;
      }
      continue;
    }
    if (quoteExpected) return null;
    if (indent === 4) {
      if (!inEntry) return null;
      inQuote = false;
      const r = entryKeyRank(s, keyStart, keyEnd);
      if (r <= entryRank) return null;
      entryRank = r;
      if (r === 7) {
        if (at !== -1) return null;
        quoteExpected = true;
        continue;
      }
      if (at === -1) return null;
      if (r === 1) {
        const v = valueAt(at, end, 1);
        if (!STATUS_SET.has(v)) return null;
        summary.statuses.push(v as Status);
        hasStatus = true;
      } else if (r === 2) {
        if (!EXEMPTION_SET.has(valueAt(at, end, 2))) return null;
      } else if (r === 3) {
        if (wanted !== null && wanted.has(entryId)) {
          const v = valueAt(at, end, 3);
          if (v === BAIL || !(v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= LIMIT_TEXT))) return null;
          (values ??= new Map()).set(entryId, typeof v === 'string' ? own(v) : v);
        } else {
          const kind = kindAt(at, end);
          if (kind === K_BAIL || (kind === K_NUMBER && !Number.isFinite(kindNumber)) || (kind === K_STRING && kindLength > LIMIT_TEXT)) return null;
        }
      } else if (r === 5) {
        if (kindAt(at, end) !== K_STRING || kindLength > LIMIT_TEXT) return null;
      } else {
        const v = valueAt(at, end, r);
        if (typeof v !== 'string' || v.length > LIMIT_SHORT) return null;
      }
      continue;
    }
    if (inEntry && !entryOk()) return null;
    inEntry = false;
    inQuote = false;
    if (indent === 2) {
      if (!inAnswers || at !== -1) return null;
      const id = idOf(s, keyStart, keyEnd, sEntries++);
      if (!id || summary.ids.includes(id)) return null;
      summary.ids.push(id);
      if (summary.statuses.length !== summary.ids.length - 1) return null;
      entryId = id;
      inEntry = true;
      entryRank = 0;
      hasStatus = false;
      hadQuote = false;
      hasExact = false;
      quoteStart = -1;
      quoteEnd = -1;
      continue;
    }
    if (indent !== 0) return null;
    if (inAnswers && summary.ids.length === 0) return null;
    inAnswers = false;
    const r = topKeyRank(s, keyStart, keyEnd);
    if (r <= topRank) return null;
    topRank = r;
    if (r === 4) {
      if (at !== -1) return null;
      inAnswers = true;
      continue;
    }
    if (at === -1) return null;
    const v = valueAt(at, end, 0);
    if (v === BAIL) return null;
    if (r === 1) version = v;
    else if (typeof v !== 'string' || v.length > LIMIT_SHORT) return null;
    else summary[r === 2 ? 'council' : 'variant'] = own(v);
  }
  if (quoteExpected || (inEntry && !entryOk()) || (inAnswers && summary.ids.length === 0) || version !== 1) return null;
  if (summary.statuses.length !== summary.ids.length) return null;
  if (values) summary.values = values;
  return summary;
}
