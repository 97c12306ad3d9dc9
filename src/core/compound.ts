// One answer for an item of the request that asked several things (`Q1a`, `Q1b` built from "How
// many A …, and how many B?"): the council answers "1." once, and the answer usually gives one
// piece per question, in order — one line each, one sentence each, or clauses split by `;`.
// When the answer has exactly as many pieces as the item has questions, each question reads its
// own piece (its status, value and place); otherwise every question reads the whole answer.
import type { Marker, Questionnaire } from './types';

export interface Piece {
  /** Offsets into the reply, trimmed. */
  start: number;
  end: number;
}

/**
 * Whether the marker is one label for the parts of one number (`1.`, `Q2 -`, a quoted paragraph
 * with no label) rather than a range or list the council wrote out (`Q4a–c`, `3. and 4.`).
 */
export function isGroupMarker(marker: Marker): boolean {
  if (marker.ids.length < 2) return false;
  const num = /^Q(\d+)[a-z]$/.exec(marker.ids[0]!)?.[1];
  if (!num || !marker.ids.every((id) => new RegExp(`^Q${num}[a-z]$`).test(id))) return false;
  const label = marker.label.trim().replace(/^(?:q(?:uestion)?s?\s*\.?\s*(?:no\.?\s*)?)/i, '');
  return !/[a-z]/i.test(label);
}

/** Sentence ends: `.`/`!`/`?` then a space and a capital, a digit, a quote or `£` (not "s.12 of", "e.g. the"). */
const SENTENCE_END = /(?<=[a-z0-9%)\]"'’”][.!?])\s+(?=[A-Z0-9£"“‘])/g;

/** The answer `[start, end)` of the reply cut into `n` pieces, or null when it does not fall into exactly `n`. */
export function answerPieces(text: string, start: number, end: number, n: number): Piece[] | null {
  if (n < 2) return null;
  const byLines = split(text, start, end, /\r?\n(?:[ \t\u00a0]*\r?\n)*/g);
  // (Not a sentence wrapped across the lines: "It went live in September" / "2009 and took 14 months".)
  const wrapped = byLines.some((p, i) => i + 1 < byLines.length && /\p{L}$/u.test(text.slice(p.start, p.end)) && text.slice(p.start, p.end).split(/\s+/).length >= 3 && /^[\p{Ll}\d]/u.test(text.slice(byLines[i + 1]!.start, byLines[i + 1]!.end)));
  if (byLines.length === n && !wrapped) return byLines;
  const bySentences = split(text, start, end, SENTENCE_END);
  // (Not the next sentence's first word left over at the end: "… (questions 12a and 12b). The".)
  const tail = bySentences[bySentences.length - 1];
  const fragment = !!tail && bySentences.length > 1 && !/[.!?)]$/.test(text.slice(tail.start, tail.end)) && text.slice(tail.start, tail.end).split(/\s+/).length <= 2;
  if (bySentences.length === n && !fragment) return bySentences;
  const byClauses = split(text, start, end, /;\s+/g);
  if (byClauses.length === n) return byClauses;
  return null;
}

function split(text: string, start: number, end: number, sep: RegExp): Piece[] {
  const body = text.slice(start, end);
  const out: Piece[] = [];
  let from = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    if (m[0].length === 0) {
      sep.lastIndex++;
      continue;
    }
    push(out, text, start + from, start + m.index);
    from = m.index + m[0].length;
  }
  push(out, text, start + from, end);
  return out;
}

function push(out: Piece[], text: string, a: number, b: number): void {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  if (b > a) out.push({ start: a, end: b });
}

/**
 * Whether the questionnaire is a request lettered `a)`, `b)` … with no numbers, as init writes it
 * (ids Q1, Q2 … whose text starts with its letter): replies then label answers by the letter.
 */
const letterItemsCache = new WeakMap<Questionnaire, false | 'lower' | 'upper'>();

/** `'upper'` when the request lettered its items in capitals ("A.", "B."), `'lower'` for "a)", else false. */
export function hasLetterItems(questionnaire: Questionnaire | null): false | 'lower' | 'upper' {
  if (!questionnaire) return false;
  let known = letterItemsCache.get(questionnaire);
  if (known === undefined) letterItemsCache.set(questionnaire, (known = letterItemsOf(questionnaire)));
  return known;
}

const romanItemsCache = new WeakMap<Questionnaire, false | 'lower' | 'upper'>();

/**
 * Whether the request numbered its questions in roman numerals ("I. How many …" / "II. …"), as
 * init writes it (ids Q1, Q2 … whose text starts with its numeral): `'upper'` for "IV.", `'lower'`
 * for "iv)", else false. Replies then label answers by the numeral.
 */
export function hasRomanItems(questionnaire: Questionnaire | null): false | 'lower' | 'upper' {
  if (!questionnaire) return false;
  let known = romanItemsCache.get(questionnaire);
  if (known === undefined) romanItemsCache.set(questionnaire, (known = romanItemsOf(questionnaire)));
  return known;
}

/** The value of a roman numeral of i, v and x ("iv" → 4), either case; 0 when it is not one. */
/** A period alone: "2014", "2021/22", "2019-2020", "2017 to date". */
const PERIOD = String.raw`(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4}|\s+to\s+(?:date|present|now))?`;
export const PERIOD_ALONE_RE = new RegExp(String.raw`^${PERIOD}$`, 'i');
/**
 * "iii) 2016", "(iv) 2017 to date": a period numbered in roman numerals, alone on its line; group 1
 * is the number a copy put before it ("1. i) 2014"), when there is one.
 */
export const ROMAN_PERIOD_RE = new RegExp(String.raw`^(\d{1,2}\.\s+)?\(?[ivx]{1,4}\)\s+${PERIOD}\s*$`, 'i');

export function romanNumeral(s: string): number {
  if (!/^(?:x{0,3}(?:ix|iv|v?i{0,3}))$/i.test(s) || s === '') return 0;
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  const low = s.toLowerCase();
  let total = 0;
  for (let i = 0; i < low.length; i++) {
    const here = v[low[i]!]!;
    const next = i + 1 < low.length ? v[low[i + 1]!]! : 0;
    total += here < next ? -here : here;
  }
  return total;
}

function romanItemsOf(questionnaire: Questionnaire): false | 'lower' | 'upper' {
  const top = questionnaire.questions.filter((q) => !q.parent);
  if (top.length < 2 || !top.every((q) => /^Q\d+$/.test(q.id))) return false;
  // (The numeral opens the question's words, or is the label the request gave it: "iii".)
  const numerals = top.map((q) => (q.label && /^[ivx]+$/i.test(q.label) ? q.label : /^\(?([ivx]{1,5})[).]\s/i.exec(q.text ?? '')?.[1])).filter((r, i): r is string => !!r && romanNumeral(r) === Number(top[i]!.id.slice(1)));
  // (Two at least, most of the questions, each its own question's number.)
  if (numerals.length < Math.max(2, Math.ceil(top.length / 2))) return false;
  return numerals.every((r) => r === r.toUpperCase()) ? 'upper' : numerals.every((r) => r === r.toLowerCase()) ? 'lower' : false;
}

function letterItemsOf(questionnaire: Questionnaire): false | 'lower' | 'upper' {
  const top = questionnaire.questions.filter((q) => !q.heading);
  if (top.length < 2 || !top.every((q) => /^Q\d+$/.test(q.id))) return false;
  const letters = top.map((q) => /^\(?([a-z])[).]\s/i.exec(q.text ?? '')?.[1]).filter((l, i): l is string => !!l && l.toLowerCase().charCodeAt(0) - 0x60 === Number(top[i]!.id.slice(1)));
  if (letters.length < Math.max(2, Math.ceil(top.length / 2))) return false;
  return letters.every((l) => l === l.toUpperCase()) ? 'upper' : 'lower';
}
