// Quote anchoring: a coded answer remembers the reply text it rests on as a W3C Web Annotation
// quote (exact + prefix/suffix + start/end). When the reply changes, the quote is found again:
// at its old position, then as exact text (the best context match, nearest the old position),
// then by approximate matching (approx-string-match, Myers' bit-parallel algorithm, which handles
// patterns of any length in 32-char blocks). A quote that cannot be found is stale: null, never
// silently moved somewhere unlikely.
import search from 'approx-string-match';
import type { Quote } from './types';

export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;
/** Errors allowed in a fuzzy match, as a share of the quote's length. */
export const MAX_ERROR_RATE = 0.2;
// The matcher's cost grows with the errors allowed (one 32-bit block per 32 errors per text
// character); beyond this a quote is matched by its head and tail instead of as a whole.
const MAX_ERRORS = 128;
const HEAD_TAIL = 160;
const MAX_EXACT_CANDIDATES = 10_000;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A quote of text[start, end) with prefix/suffix context and positions. */
export function makeQuote(text: string, start: number, end: number): Quote {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let p = Math.max(0, s - CONTEXT_CHARS);
  // Never cut a surrogate pair in half: the context must stay valid text for the sidecar.
  if (p > 0 && isLow(text.charCodeAt(p))) p++;
  let q = Math.min(text.length, e + CONTEXT_CHARS);
  if (q < text.length && isHigh(text.charCodeAt(q - 1))) q--;
  const quote: Quote = { exact: text.slice(s, e) };
  if (p < s) quote.prefix = text.slice(p, s);
  if (q > e) quote.suffix = text.slice(e, q);
  quote.start = s;
  quote.end = e;
  return quote;
}

/** How many characters of context agree: the prefix's tail before `start`, the suffix's head after `end`. */
function contextScore(text: string, start: number, end: number, quote: Quote): number {
  let score = 0;
  const prefix = quote.prefix ?? '';
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text.charCodeAt(start - i) !== prefix.charCodeAt(prefix.length - i)) break;
    score++;
  }
  const suffix = quote.suffix ?? '';
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text.charCodeAt(end + i) !== suffix.charCodeAt(i)) break;
    score++;
  }
  return score;
}

function hint(text: string, quote: Quote): number {
  if (typeof quote.start === 'number' && Number.isFinite(quote.start)) return Math.max(0, Math.min(quote.start, text.length));
  return -1;
}

function exactMatch(text: string, quote: Quote): Anchor | null {
  const exact = quote.exact;
  const near = hint(text, quote);
  let best: { start: number; score: number; dist: number } | null = null;
  let count = 0;
  for (let i = text.indexOf(exact); i !== -1 && count < MAX_EXACT_CANDIDATES; i = text.indexOf(exact, i + 1), count++) {
    const score = contextScore(text, i, i + exact.length, quote);
    const dist = near < 0 ? i : Math.abs(i - near);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { start: i, score, dist };
  }
  return best ? { start: best.start, end: best.start + exact.length, method: 'exact' } : null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function rank(text: string, quote: Quote, c: Candidate, near: number): number {
  const len = quote.exact.length;
  const ctxMax = (quote.prefix?.length ?? 0) + (quote.suffix?.length ?? 0);
  const ctx = ctxMax > 0 ? contextScore(text, c.start, c.end, quote) / ctxMax : 0;
  const dist = near < 0 ? 0 : Math.min(1, Math.abs(c.start - near) / Math.max(text.length, 1));
  // The match quality dominates; context then position break ties between similar matches.
  return 50 * (1 - c.errors / Math.max(len, 1)) + 20 * ctx + 2 * (1 - dist);
}

/** Best approximate match of `pattern` in text[from, to), with offsets in the whole text. */
function approx(text: string, from: number, to: number, pattern: string, maxErrors: number): Candidate[] {
  const found = search(text.slice(from, to), pattern, maxErrors);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const m of found) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: m.start + from, end: m.end + from, errors: m.errors });
  }
  return out;
}

function allowedErrors(len: number): number {
  return Math.min(MAX_ERRORS, Math.floor(len * MAX_ERROR_RATE));
}

/** Windows to search, nearest first: around the old position, then the whole text. */
function windows(text: string, quote: Quote): [number, number][] {
  const near = hint(text, quote);
  const len = quote.exact.length;
  if (near < 0) return [[0, text.length]];
  const pad = 2 * len + 2000;
  const from = Math.max(0, near - pad);
  const to = Math.min(text.length, near + len + pad);
  return from === 0 && to === text.length ? [[0, text.length]] : [[from, to], [0, text.length]];
}

function fuzzyWhole(text: string, quote: Quote): Candidate | null {
  const k = allowedErrors(quote.exact.length);
  if (k < 1) return null;
  const near = hint(text, quote);
  // The matcher reports only the matches with the fewest errors in the text it is given, so an
  // edited quote at its old place loses to a closer look-alike elsewhere before context and
  // position are weighed. Search the quote's old span on its own too, and rank both together.
  const len = quote.exact.length;
  const local = near >= 0 ? approx(text, Math.max(0, near - 2 * k), Math.min(text.length, near + len + 2 * k), quote.exact, k) : [];
  for (const [from, to] of windows(text, quote)) {
    const found = approx(text, from, to, quote.exact, k);
    if (found.length > 0 || local.length > 0) return pick(text, quote, [...local, ...found], near);
  }
  return null;
}

function pick(text: string, quote: Quote, found: Candidate[], near: number): Candidate {
  let best = found[0]!;
  let bestRank = rank(text, quote, best, near);
  for (const c of found.slice(1)) {
    const r = rank(text, quote, c, near);
    if (r > bestRank) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}

/** Long quotes: find the head and the tail, then accept the span between if its length is plausible. */
function fuzzyHeadTail(text: string, quote: Quote): Candidate | null {
  const exact = quote.exact;
  const len = exact.length;
  const head = exact.slice(0, HEAD_TAIL);
  const tail = exact.slice(len - HEAD_TAIL);
  const k = allowedErrors(HEAD_TAIL);
  const near = hint(text, quote);
  for (const [from, to] of windows(text, quote)) {
    const heads = approx(text, from, to, head, k);
    if (heads.length === 0) continue;
    const h = pick(text, { ...quote, exact: head, suffix: '' }, heads, near);
    // The tail must end about `len` characters after the head starts.
    const tailFrom = Math.max(h.start, h.start + len - HEAD_TAIL - Math.ceil(len * MAX_ERROR_RATE));
    const tailTo = Math.min(text.length, h.start + len + Math.ceil(len * MAX_ERROR_RATE));
    if (tailTo <= tailFrom) continue;
    const tails = approx(text, tailFrom, tailTo, tail, k);
    if (tails.length === 0) continue;
    const t = pick(text, { ...quote, exact: tail, prefix: '' }, tails, h.start + len - HEAD_TAIL);
    const span = t.end - h.start;
    if (Math.abs(span - len) <= len * MAX_ERROR_RATE) return { start: h.start, end: t.end, errors: h.errors + t.errors };
  }
  return null;
}

/** Find a quote in (possibly changed) text: position, then exact text near it, then fuzzy. null = stale. */
export function anchorQuote(text: string, quote: Quote): Anchor | null {
  const exact = quote.exact;
  if (typeof exact !== 'string' || exact.length === 0 || exact.length > text.length + allowedErrors(exact.length)) return null;
  const start = hint(text, quote);
  if (start >= 0 && text.startsWith(exact, start)) {
    // The usual case, an unchanged reply: the context agrees too. Otherwise the text at the old
    // position may be a repeat ("Not held.") and an occurrence with the right context wins.
    const ctxMax = (quote.prefix?.length ?? 0) + (quote.suffix?.length ?? 0);
    if (contextScore(text, start, start + exact.length, quote) === ctxMax) return { start, end: start + exact.length, method: 'position' };
  }
  const found = exactMatch(text, quote);
  if (found) return found.start === start ? { ...found, method: 'position' } : found;
  const fuzzy = exact.length > 2 * HEAD_TAIL ? (fuzzyHeadTail(text, quote) ?? fuzzyWhole(text, quote)) : fuzzyWhole(text, quote);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}
