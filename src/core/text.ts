// Text plumbing shared by every parser: decoding reply bytes the way VS Code would show them,
// and converting between UTF-16 offsets and 1-based line/column positions.
import { PERIOD_ALONE_RE, ROMAN_PERIOD_RE } from './compound';

/** Replies larger than this are still read, but a warning says analysis may be slow. */
export const LARGE_REPLY_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the bytes look binary (NUL bytes outside a UTF-16 file): the text should not be analysed. */
  binary: boolean;
  warnings: string[];
}

const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b] ?? b) : b);
  }
  return out;
}

/** Result of checking bytes as UTF-8: where the first bad sequence is, how many, and how many good multi-byte ones. */
export interface Utf8Scan {
  /** Byte offset of the first invalid sequence, or -1. */
  firstInvalid: number;
  invalid: number;
  /** Valid sequences of 2–4 bytes: evidence the file really is UTF-8. */
  multibyte: number;
}

/** Scan bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). Linear, no allocation. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0 && i + need < n;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k];
        const min = k === 1 ? lo : 0x80;
        const max = k === 1 ? hi : 0xbf;
        if (c === undefined || c < min || c > max) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      if (firstInvalid === -1) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multibyte };
}

/** 1-based line and column (in UTF-16 units of the bytes before it, read leniently) of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * Line breaks as VS Code's editor shows them, so offsets match the editor: a lone CR is a line
 * break, and a file with mixed breaks (or any lone CR) is normalised to its dominant break — CRLF
 * when CR-ended breaks are more than half, else LF. Text with only LF or only CRLF is returned as is.
 */
export function normalizeLineBreaks(text: string): string {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  if (cr === 0 && crlf === 0) return text;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (cr === 0 && (lf === 0 || crlf === 0)) return text;
  const eol = cr + crlf > (cr + lf + crlf) / 2 ? '\r\n' : '\n';
  return text.replace(/\r\n|\r|\n/g, eol);
}

/**
 * Decode a reply file. UTF-8 (BOM stripped, as VS Code does, so offsets match the editor),
 * UTF-16 with a BOM, and Windows-1252 when the bytes are not UTF-8 at all. A UTF-8 file with a
 * few invalid bytes stays UTF-8: each bad byte becomes U+FFFD and a warning says where. Line
 * breaks are normalised as the editor does (normalizeLineBreaks).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const d = decodeRaw(bytes);
  if (!d.binary) d.text = normalizeLineBreaks(d.text);
  return d;
}

function decodeRaw(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false, warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false, warnings };
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (nul > 0) {
    return { text: '', encoding: 'utf-8', binary: true, warnings: [`looks binary: ${nul} NUL byte(s) in the first ${sample.length} bytes; not analysed`] };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const scan = scanUtf8(body);
  const encoding = hasBom ? 'utf-8-bom' : 'utf-8';
  if (scan.invalid === 0) return { text: new TextDecoder('utf-8').decode(body), encoding, binary: false, warnings };
  if (hasBom || scan.multibyte > 0) {
    // Real UTF-8 with a few stray bytes: re-reading it all as Windows-1252 would garble every
    // other non-ASCII character (£ → Â£), so only the bad bytes are replaced.
    const at = bytePosition(body, scan.firstInvalid);
    warnings.push(`${scan.invalid} invalid UTF-8 byte${scan.invalid === 1 ? '' : 's'} replaced by \uFFFD (first at line ${at.line}, column ${at.column})`);
    return { text: new TextDecoder('utf-8').decode(body), encoding, binary: false, warnings };
  }
  warnings.push('not valid UTF-8; read as Windows-1252');
  return { text: decodeWindows1252(body), encoding: 'windows-1252', binary: false, warnings };
}

/** A sidecar's bytes as text, or the reason they cannot be one (a positioned message). */
export type SidecarDecode = { ok: true; text: string; bom: boolean } | { ok: false; line: number; column: number; message: string };

/**
 * Decode a sidecar strictly: UTF-8 with or without a BOM, nothing else. A NUL byte, an invalid
 * UTF-8 sequence or a UTF-16/32 byte-order mark make it unusable (never read as empty, never
 * rewritten). Line ends are kept as they are: the sidecar parser reads a lone CR as a line break,
 * and a writer keeps the file's own line ends.
 */
export function decodeSidecarBytes(bytes: Uint8Array): SidecarDecode {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, line: 1, column: 1, message: 'the file is UTF-16 (or UTF-32); sidecars are UTF-8 — save it as UTF-8' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nulAt = body.indexOf(0);
  if (nulAt !== -1) {
    let count = 0;
    for (let i = nulAt; i !== -1; i = body.indexOf(0, i + 1)) count++;
    const at = bytePosition(body, nulAt);
    return { ok: false, ...at, message: `${count} NUL byte${count === 1 ? '' : 's'} (binary data or UTF-16 without a byte-order mark); a sidecar is UTF-8 text` };
  }
  const scan = scanUtf8(body);
  if (scan.invalid > 0) {
    const at = bytePosition(body, scan.firstInvalid);
    return { ok: false, ...at, message: `invalid UTF-8 (byte 0x${body[scan.firstInvalid]!.toString(16).padStart(2, '0')}; ${scan.invalid} bad byte${scan.invalid === 1 ? '' : 's'}); a sidecar is UTF-8 text` };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body), bom };
}

/** Every CR not followed by LF becomes LF: the same number of characters, so offsets hold. */
export function loneCrToLf(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r(?!\n)/g, '\n');
}

/**
 * Maps UTF-16 offsets to 0-based lines and back. Lines end at `\n`, `\r\n` or a lone `\r`
 * (as in the editor); the break is not part of the line's text.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    // Lone CRs (old Mac files) are rare: merged in only when present.
    let cr = text.indexOf('\r');
    if (cr !== -1) {
      const lone: number[] = [];
      for (; cr !== -1; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== 10) lone.push(cr + 1);
      if (lone.length > 0) {
        starts.push(...lone);
        starts.sort((a, b) => a - b);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of `offset`, as shown to users. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** End of a 0-based line's content, before `\r\n`, `\n` or `\r`. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const brk = this.starts[line + 1]! - 1;
    return this.text.charCodeAt(brk) === 10 && brk > this.lineStart(line) && this.text.charCodeAt(brk - 1) === 13 ? brk - 1 : brk;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Offset of a 1-based line/column. */
  offsetOf(line: number, column: number): number {
    return this.lineStart(line - 1) + column - 1;
  }
}

// Controls that a terminal would act on (C0 incl. ESC and CR, DEL, C1) and bidirectional
// overrides that reorder what is shown. File names and coded values are user data: printed raw,
// they could move the cursor, recolour the terminal or disguise a path.
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text made safe to print: every control character shown as an escape (`\x1b`, `\u202e`). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * "1. How many incidents …" / "1. How many drones …" / "1. For what purposes …": a web page's
 * numbered list copied as text numbers every item 1. The text with those items numbered 1 to N
 * in order (same length: at most nine items), and their 1-based lines; null unless at least three
 * lines start "1." or "1)". With `count` (a reply quoting such a request), the first `count` labels
 * must all be "1." and are renumbered; the next `count` are renumbered too when they are all "1."
 * as well (three at least: the answers as the same kind of list), and left alone otherwise (answers
 * numbered 1, 2, 3 …); without `count`, no line may start with another number.
 */
export function numberedOnes(text: string, count?: number): { text: string; lines: number[] } | null {
  const ones: number[] = [];
  // (A reply whose answers are a list of the same kind, "1. The cost limit is …" / "1. Statistics
  // are published …": the next `count` labels, all "1." too, are its answers numbered 1 to N.)
  const answers: number[] = [];
  for (const m of text.matchAll(/^[ \t\u00a0]*(\d{1,3})[.)][ \t\u00a0]+(?=\S)/gm)) {
    if (count !== undefined && ones.length === count) {
      if (answers.length === count || m[1] !== '1') break;
      answers.push(m.index! + m[0].indexOf('1'));
      continue;
    }
    if (m[1] !== '1') return count === undefined ? null : onesAfterList(text, count);
    ones.push(m.index! + m[0].indexOf('1'));
  }
  if (ones.length < 3 || ones.length > 9 || (count !== undefined && ones.length < count)) return null;
  let out = text;
  const lines: number[] = [];
  const renumber = (run: number[]): void =>
    run.forEach((at, k) => {
      out = out.slice(0, at) + String(k + 1) + out.slice(at + 1);
    });
  renumber(ones);
  if (answers.length >= 3) renumber(answers);
  for (const at of ones) lines.push(text.slice(0, at).split('\n').length);
  return { text: out, lines };
}

/**
 * "1. How many …?" "2. …" "3. …" "4. …" (the request quoted as a list, numbered), then each question
 * quoted again above its answer, every one numbered "1." (a web page's lists of one item each): the
 * `count` labels after the list read numbered 1 to `count`. Null unless every label after a list
 * numbered 1, 2, 3 … in order, as long as the questionnaire at least, is such a "1.".
 */
function onesAfterList(text: string, count: number): { text: string; lines: number[] } | null {
  const labels = [...text.matchAll(/^[ \t\u00a0]*(\d{1,3})[.)][ \t\u00a0]+(?=\S)/gm)].map((m) => ({ num: Number(m[1]), at: m.index! + m[0].indexOf(m[1]!) }));
  let k = 0;
  while (k < labels.length && labels[k]!.num === k + 1) k++;
  const rest = labels.slice(k);
  if (k < count || count < 3 || count > 9 || rest.length !== count || !rest.every((l) => l.num === 1)) return null;
  let out = text;
  rest.forEach((l, i) => {
    out = out.slice(0, l.at) + String(i + 1) + out.slice(l.at + 1);
  });
  return { text: out, lines: rest.map((l) => text.slice(0, l.at).split('\n').length) };
}

/**
 * "4. For each of the last four years:" over "    1. How many …" / "    2. How much …", indented
 * deeper and numbered from 1 again: a web page's nested list copied as text, whose inner items are
 * the parts of the item above them. The text with each inner item written "4(a) How many …" at its
 * parent's indent (so it is read as Q4a), and the 1-based lines of the parents; null when there is
 * no such list. The inner run needs two items at least, numbered 1, 2, 3 … in order, under an item
 * that ends with a colon.
 */
export function nestedNumbered(text: string): { text: string; parents: number[] } | null {
  const lines = text.split('\n');
  const item = (s: string): { indent: number; num: number; rest: string } | null => {
    const m = /^([ \t\u00a0]*)(\d{1,2})[.)][ \t\u00a0]+(\S.*)$/.exec(s.replace(/\r$/, ''));
    return m ? { indent: m[1]!.replace(/\t/g, '    ').length, num: Number(m[2]), rest: m[3]! } : null;
  };
  const parents: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parent = item(lines[i]!);
    if (!parent || !/:\s*$/.test(parent.rest)) continue;
    const inner: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (!lines[j]!.trim()) continue;
      const it = item(lines[j]!);
      if (!it || it.indent <= parent.indent || it.num !== inner.length + 1) break;
      // ("  1. i) 2019" / "  2. ii) 2020": the years the item asks about, numbered again by a copy.)
      if (ROMAN_PERIOD_RE.test(it.rest) || PERIOD_ALONE_RE.test(it.rest.trim())) break;
      inner.push(j);
    }
    // (The list goes on at the parent's level, or ends.)
    const next = j < lines.length ? item(lines[j]!) : null;
    if (inner.length < 2 || (next && next.indent > parent.indent) || (next && next.num !== parent.num + 1) || inner.length > 26) continue;
    const pad = lines[i]!.slice(0, /^[ \t\u00a0]*/.exec(lines[i]!)![0].length);
    inner.forEach((li, k) => {
      lines[li] = `${pad}${parent.num}(${String.fromCharCode(0x61 + k)}) ${item(lines[li]!)!.rest}${lines[li]!.endsWith('\r') ? '\r' : ''}`;
    });
    parents.push(i + 1);
    i = j - 1;
  }
  return parents.length > 0 ? { text: lines.join('\n'), parents } : null;
}
