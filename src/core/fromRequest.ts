// Builds a first questionnaire from the text of a request (or a whole reply thread quoting it):
// finds the cleanest copy of the question list, reads ids, joined question text, headings,
// routing and code lists, guesses each question's type from its wording, and says in plain
// sentences everything it had to assume. The YAML is built with the `yaml` Document API so that
// quotes and colons in question text are always safe.
import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import { nestedNumbered, numberedOnes } from './text';
import { compareIds, decimalLabelId, impliedParent, normalizeId, splitId } from './ids';
import type { Question, QuestionType, Questionnaire } from './types';
import { asksForAccount, SECOND_ASK } from './values';
import { PERIOD_ALONE_RE, ROMAN_PERIOD_RE, romanNumeral } from './compound';

export interface RequestQuestionnaire {
  /** The questionnaire as YAML text, ready to write to foi-questionnaire.yaml (with comments). */
  yaml: string;
  questionnaire: Questionnaire;
  /** Human sentences saying what was assumed (skipped ids, out-of-order labels, guessed routing). */
  assumptions: string[];
  /** Lines that look like questions but were not taken, with their 1-based line number: never dropped silently. */
  notTaken: { line: number; text: string }[];
}

// ---------------------------------------------------------------------------------------------
// Lines

interface Line {
  /** 0-based line number in the input. */
  n: number;
  /** Text without quote prefixes, NBSP and smart quotes normalised, trimmed. */
  text: string;
  /** Number of `>` quote levels. */
  depth: number;
  /** A row of a table (the text is its reference and text cell). */
  table?: boolean;
  /** An item labelled by a letter alone, rewritten as `N. (x) …` (the `(x)` is text, not a part). */
  lettered?: boolean;
}

/**
 * Questions numbered inside one paragraph ("Please tell me: 1) how many …; 2) what …; and 3) …"):
 * the line split at each label, when the labels run 1, 2, 3 … in order (at least two of them).
 */
// ("Please provide me with:1)How many … post.2)The total number …": the space after the bracket, and
// before the label after a stop, lost in a copy; a capitalised word follows.)
const INLINE_LABEL = /(?:^|[\s:;,]|(?<=[a-z]\.))(\(?)(\d{1,2})\)(?:\s+(?=\S)|(?=[A-Z][a-z]))/g;
const INLINE_DOT_LABEL = /(?:^|[.:;?!]\s+)()(\d{1,2})(\.\s+)(?=[A-Z])/g;
/** Labels glued to the text before them, line breaks lost in a copy ("Free school meals1. I would … allocation.2. Does …"); the first may open the line ("1. How many …?2. How many …?"). */
/** A label after a space, opening a capitalised word ("… to 2023 2. Please give …"). */
const INLINE_LOOSE_LABEL = /(?:^|\s)()(\d{1,2})(\.\s+)(?=[A-Z][a-z])/g;
/** A bare number opening a capitalised question, no stop after it ("… tell me: 1 How many … in 2022 2 How many …"); never a date's day. */
const INLINE_BARE_LABEL = /(?:^|\s)()(\d{1,2})(\s+)(?=[A-Z][a-z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;
const INLINE_GLUED_LABEL = /(?:^|(?<=\p{Ll})|[.:;?!]\s*)()(\d{1,2})(\.\s*)(?=[A-Z])/gu;

/** Labels numbered 1, 2, 3 … in order (others skipped), with where each starts. */
function inlineHits(text: string, re: RegExp, at: (m: RegExpExecArray) => number, first = 1): { at: number; num: number }[] {
  const hits: { at: number; num: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const num = Number(m[2]);
    const expected = hits.length === 0 ? first : hits[hits.length - 1]!.num + 1;
    if (num !== expected) continue;
    hits.push({ at: at(m), num });
  }
  return hits;
}

// (`first`: the number a paragraph goes on from, "Secondly, … (5) whether …", after one numbered
// inline before it.)
export function splitInlineQuestions(text: string, first = 1): string[] {
  let hits = inlineHits(text, INLINE_LABEL, (m) => m.index + m[0].indexOf(m[1] || m[2]!), first);
  // "…the following recorded information: 1. Any policies … 2. Any documents … 3. If no …":
  // "N." labels after a sentence's end or a colon, each opening a capitalised sentence.
  if (hits.length < 2) hits = inlineHits(text, INLINE_DOT_LABEL, (m) => m.index + m[0].length - m[2]!.length - m[3]!.length);
  if (hits.length < 2) hits = inlineHits(text, INLINE_GLUED_LABEL, (m) => m.index + m[0].length - m[2]!.length - m[3]!.length);
  // "… as follows: 1. Please give … for 2019 to 2023 2. Please give …": the
  // sentence before a label left unfinished. The first label follows a colon or a sentence's end.
  if (hits.length < 2) {
    hits = inlineHits(text, INLINE_LOOSE_LABEL, (m) => m.index + m[0].length - m[2]!.length - m[3]!.length);
    if (hits.length > 0 && !/(?:^|[.:;?!])\s*$/.test(text.slice(0, hits[0]!.at))) hits = [];
  }
  // ("Please could you tell me: 1 How many … dismissed in 2022 2 How many of those … 3 How many …":
  // bare numbers, at least three in order, the first after a colon or a sentence's end.)
  if (hits.length < 2) {
    hits = inlineHits(text, INLINE_BARE_LABEL, (m) => m.index + m[0].length - m[2]!.length - m[3]!.length);
    if (hits.length < 3 || !/(?:^|[.:;?!])\s*$/.test(text.slice(0, hits[0]!.at))) hits = [];
  }
  // ("… the following information: - how many people … in your area- how many of those … arrears-
  // how many …?": bullets run together on one line after a colon and a dash; one line each.)
  if (hits.length < 2) {
    const colon = text.search(/:\s*-\s/);
    const first = colon >= 0 ? text.indexOf('-', colon) : -1;
    const dashes = [...text.matchAll(/(?<=\S)\s?-\s+(?=\p{L})/gu)].map((m) => m.index! + m[0].indexOf('-')).filter((p) => p > first);
    if (first >= 0 && dashes.length >= 2) {
      const at = [first, ...dashes];
      return [text.slice(0, at[0]).trim(), ...at.map((p, k) => `- ${text.slice(p + 1, at[k + 1] ?? text.length).trim()}`)];
    }
  }
  // ("… provide me with: 1. A record of all books … Please include: a) The ISBN b) The title c) …":
  // one question, numbered inline, its parts lettered inline after it; the number starts its line.)
  if (hits.length < 2) {
    const lone = [INLINE_DOT_LABEL, INLINE_LABEL].map((re) => inlineHits(text, re, (m) => m.index + m[0].indexOf(m[2]!) - m[1]!.length)).find((h) => h.length === 1 && h[0]!.at > 0);
    if (lone && /[.:;?!]\s*$/.test(text.slice(0, lone[0]!.at)) && inlineLetterHits(text.slice(lone[0]!.at), 'a').length >= 3) return [text.slice(0, lone[0]!.at).trim(), text.slice(lone[0]!.at).trim()];
    return [text];
  }
  // ("… carried out by either (1) or (2) to see whether …": questions named in a sentence, a word or
  // two between them, not questions asked inline.)
  if (hits.slice(0, -1).some((h, i) => (text.slice(h.at, hits[i + 1]!.at).match(/\p{L}+/gu) ?? []).every((w) => /^(?:and|or|nor|either|neither)$/i.test(w)))) return [text];
  return splitAtHits(text, hits);
}

/** The text before the first label, then each label's question up to the next. */
function splitAtHits(text: string, hits: readonly { at: number; num: number }[]): string[] {
  const out: string[] = [];
  if (hits[0]!.at > 0) out.push(text.slice(0, hits[0]!.at).trim());
  hits.forEach((h, i) => {
    out.push(text.slice(h.at, i + 1 < hits.length ? hits[i + 1]!.at : text.length).replace(/[\s;,]*(?:and|or)?[\s;,]*$/i, '').replace(/^(\(?\d{1,2}\))(?=\S)/, '$1 ').trim());
  });
  return out.filter((s) => s.length > 0);
}

/**
 * Lettered parts run inline after a numbered question ("2. Total number of Section 106s a) invoiced,
 * and b) invoiced as per original S106"; "1) over the past five years a) how many …? b) what …?"):
 * the question split before each letter when the letters run a, b, c … in order (at least two).
 * Only a piece that opens with its number is split, so prose that happens to say "a)" is left alone.
 */
// ("d)2017-2018": a year run onto its letter.)
const INLINE_PART = /(?:^|[\s:;,?])\(?([a-h])\)(?:\s+(?=\S)|(?=\d))/g;
const INLINE_DOT_PART = /(?<=[\s:])([a-h])\.\s+(?=[A-Z0-9£])/g;
const NUMBERED_PIECE = /^(?:q(?:uestion)?\s*)?\(?\d{1,2}[.)]\s/i;

/** Where the parts lettered `first`), the next letter), … start, in order, inline in the text. */
function inlineLetterHits(text: string, first: string): number[] {
  const hits: number[] = [];
  let next = first;
  INLINE_PART.lastIndex = 0;
  for (let m = INLINE_PART.exec(text); m; m = INLINE_PART.exec(text)) {
    if (m[1] !== next) continue;
    hits.push(m.index + m[0].indexOf(m[1]) - (m[0].includes('(') ? 1 : 0));
    next = String.fromCharCode(next.charCodeAt(0) + 1);
  }
  return hits;
}

export function splitInlineParts(text: string): string[] {
  if (!NUMBERED_PIECE.test(text)) return [text];
  const letterHits = (first: string): number[] => inlineLetterHits(text, first);
  let hits = letterHits('a');
  // ("6) Does the council use an external provider? If yes, (a) how much did it pay …?": one part,
  // routed inline after the question it depends on; read as the question and the part.)
  const routed = hits.length === 1 ? /\?\s*if\s+(?:yes|so)\s*[,:]?\s*$/i.exec(text.slice(0, hits[0])) : null;
  if (routed && text.slice(hits[0]).split(/\s+/).length >= 5) return [text.slice(0, routed.index + 1).trim(), text.slice(hits[0]).trim()];
  // "Please provide the following: a. Name b. Job title c. Telephone no. e. Email address": parts
  // lettered "a." inline after a colon or a question mark, at least a, b and c, each opening a
  // capital or a figure (a letter may be skipped after the third, as forms copied often do).
  if (hits.length < 2) {
    const dotted: number[] = [];
    let next = 'a';
    INLINE_DOT_PART.lastIndex = 0;
    for (let m = INLINE_DOT_PART.exec(text); m; m = INLINE_DOT_PART.exec(text)) {
      const skip = m[1]!.charCodeAt(0) - next.charCodeAt(0);
      if (skip < 0 || skip > (dotted.length >= 3 ? 1 : 0)) continue;
      dotted.push(m.index + m[0].indexOf(m[1]!));
      next = String.fromCharCode(m[1]!.charCodeAt(0) + 1);
    }
    if (dotted.length >= 3 && /[:?]\s*$/.test(text.slice(0, dotted[0]))) hits = dotted;
  }
  // "5. (i) How many sites were baited? (ii) How many were inspected?": parts numbered in roman
  // numerals on one line, each a question of its own (not options: "(i) in-house, (ii) …").
  if (hits.length < 2) {
    const roman = [...text.matchAll(/(?:^|[\s:;,?])\((i{1,3}|iv|v)\)\s+(?=\S)/g)];
    const seq = roman.length >= 2 && roman.every((m, k) => romanValue(m[1]!) === k + 1);
    if (seq) {
      const at = roman.map((m) => m.index! + m[0].indexOf('('));
      const pieces = at.map((p, k) => text.slice(p, at[k + 1] ?? text.length).replace(/[\s;,]*(?:and|or)?[\s;,]*$/i, '').trim());
      // (Laid out as "5. (i) …?" / "(ii) …?", one a line, which is read as the parts 5a, 5b.)
      const stem = text.slice(0, at[0]).trim();
      if (`${stem} `.replace(NUMBERED_PIECE, '').trim() === '' && NUMBERED_PIECE.test(`${stem} `) && pieces.every((p) => /\?$/.test(p) || /^\([ivx]+\)\s+(?:please|what|how|which|who|when|where|why|whether|is|are|was|were|do|does|did|has|have|can|could)\b/i.test(p))) {
        return [`${stem} ${pieces[0]}`, ...pieces.slice(1)];
      }
      // "4) whether the council has received a grant and, if it has, (i) the total amount received
      // across all rounds and (ii) the year in which it first received one": the question, then
      // its parts after a comma or colon, each a phrase of several words (not options: "(i)
      // in-house, (ii) contracted").
      const count = (p: string): number => p.replace(/^\([ivx]+\)\s*/, '').split(/\s+/).filter(Boolean).length;
      // (Not after a title of words, "2. Rat baiting: (i) …": the stem asks something itself.)
      if (count(stem.replace(NUMBERED_PIECE, '')) >= 4 && /[,:]$/.test(stem) && pieces.every((p) => count(p) >= 4)) return [stem, ...pieces];
    }
  }
  // "1. Spending on interim managers in 2024-25, b) the pay ceiling in 2024-25, and c) the
  // ceiling for 2025-26": the first part's letter left out; the words before "b)" are part a.
  if (hits.length < 2) {
    hits = letterHits('b');
    const stem = text.slice(0, hits[0] ?? 0).replace(NUMBERED_PIECE, '').trim();
    // (Only after a clause's end: "…in 2024-25, b) …", "…? b) …", not "plan b) and c) options".)
    const afterClause = hits.length >= 2 && /[,;?](?:\s*and)?$/.test(text.slice(0, hits[0]!).trimEnd());
    if (!afterClause || stem.split(/\s+/).length < 4 || /:\s*$/.test(stem)) return [text];
    const label = NUMBERED_PIECE.exec(text)![0].trim();
    return [label, `a) ${stem.replace(/[\s;,]*(?:and|or)?[\s;,]*$/i, '')}`, ...hits.map((at, i) => text.slice(at, hits[i + 1] ?? text.length).replace(/[\s;,]*(?:and|or)?[\s;,]*$/i, '').trim())];
  }
  const out = [text.slice(0, hits[0]).trim()];
  hits.forEach((at, i) => out.push(text.slice(at, hits[i + 1] ?? text.length).replace(/[\s;,]*(?:and|or)?[\s;,]*$/i, '').trim()));
  // "1. How many a) firefighters and b) officers in your service have undertaken … training?": the
  // letters name the subjects of one sentence whose verb follows the last of them; no parts.
  const words = (s: string): number => s.replace(NUMBERED_PIECE, '').replace(/^\(?[a-h]\)\s*/, '').split(/\s+/).filter(Boolean).length;
  const pieces = out.slice(1);
  const last = pieces[pieces.length - 1]!;
  if (words(out[0]!) <= 3 && pieces.slice(0, -1).every((p) => words(p) <= 3) && /\b(?:have|has|had|are|is|was|were|do|does|did|been)\b/i.test(last)) return [text];
  // "4. Who is eligible …? Please choose one of: (a) all residents on request; (b) vulnerable
  // residents only; (c) …": lettered options to pick from, after words that offer them; no parts.
  if ((OFFERS_OPTIONS.test(out[0]!) || /\b(?:one\s+of|choose|select|tick)\b[^:?]{0,40}:$/i.test(out[0]!)) && pieces.every((p) => !p.includes('?') && words(p) <= 10)) return [text];
  // "2. Does the council plan to (a) introduce a new zone, (b) extend an existing zone, (c) both, or
  // (d) neither?": a question of whether, its answers lettered inline with "or" before the last;
  // options, no parts.
  const orLast = /\bor$/i.test(text.slice(0, hits[hits.length - 1]).trimEnd());
  // ("Which arrangement best describes the service: (a) in-house, (b) outsourced, or (c) …?": the same.)
  const asks = out[0]!.replace(NUMBERED_PIECE, '').trim();
  if (orLast && !asks.includes('?') && (AUX_START.test(asks) || /^(?:which|whether)\b/i.test(asks)) && pieces.every((p, i) => i === pieces.length - 1 || !p.includes('?'))) return [text];
  return out.filter((s) => s.length > 0);
}

/**
 * A request laid out as a table for the council to fill in (`Ref | Information requested | Answer`):
 * a row whose first cell is a reference number becomes `N. <the row's text cell>`; a wrapped row
 * (empty reference cell) gives its text cell alone, which joins the row above. Other lines are
 * returned as they are. `state.column` remembers which cell held the text.
 */
const TABLE_REF = /^(?:q(?:uestion)?\s*\.?\s*)?(\d{1,3}[a-z]?)[.)]?$/i;

function tableRow(s: string, state: { column: number; rows: number; leadingPipe: boolean }): string {
  if (!s.includes('|')) return s;
  const cells = s.split('|').map((c) => c.trim());
  const leadingPipe = s.trimStart().startsWith('|');
  // A wrapped row of a table without an outer border starts with its empty reference cell.
  if (leadingPipe && (state.rows === 0 || state.leadingPipe)) cells.shift();
  if (s.trimEnd().endsWith('|') && cells[cells.length - 1] === '') cells.pop();
  if (cells.length < 2) return s;
  const ref = TABLE_REF.exec(cells[0]!);
  if (ref) {
    const column = cells.findIndex((c, i) => i > 0 && /[a-z]{3}/i.test(c));
    if (column < 0) return s;
    state.column = column;
    state.rows++;
    state.leadingPipe = leadingPipe;
    return `${ref[1]}. ${cells[column]}`;
  }
  if (cells[0] === '' && state.column > 0 && state.rows > 0 && cells.length > state.column && /[a-z]{3}/i.test(cells[state.column]!)) return cells[state.column]!;
  return s;
}

/** "Section 2 - Costs", "Part 3: Procurement": a numbered section title. */
const SECTION_HEADING = /^\s*(?:section|part|topic|area)\s+(\d{1,2})\s*(?:[-–:.)]\s*)+(?=[A-Za-z])/i;

/**
 * "Please tell me 1) how many … on 31 March," / "2) how many … approved, 3) how many …" / "… and
 * 4) the average …": questions numbered inline in a paragraph that wraps, so some of its labels open
 * a line and some do not. The paragraph is read as one line (at its first line's number), which is
 * then split at its labels. A list whose every label opens its own line is left as it is.
 */
function joinWrappedInline(raws: string[]): { raw: string; n: number }[] {
  const out: { raw: string; n: number }[] = [];
  // (The number after the last question of a paragraph joined: "Secondly, … (5) how long … and (6)
  // what share …" goes on from it, two enough.)
  let next = 0;
  for (let i = 0; i < raws.length; ) {
    let j = i;
    while (j < raws.length && raws[j]!.trim() !== '' && !/^\s*>/.test(raws[j]!)) j++;
    if (j - i >= 2) {
      const para = raws.slice(i, j);
      const joined = para.map((l) => l.trim()).join(' ');
      const numbered = (x: string) => /^\(?\d{1,2}(?:[.)]|\s+[A-Z])/.test(x);
      let pieces = splitInlineQuestions(joined).filter(numbered);
      const goesOn = pieces.length < 2 && next > 0 ? splitInlineQuestions(joined, next).filter(numbered) : [];
      if (goesOn.length >= 2) pieces = goesOn;
      const opening = para.filter((l) => /^\s*\(?\d{1,2}[.)]\s/.test(l)).length;
      // (Not a list with parts lettered on lines of their own: "2. Does …?" / "a)If not, …".)
      const lettered = para.some((l) => /^\s*\(?[a-h][.)]/i.test(l));
      if ((pieces.length >= 3 || goesOn.length >= 2) && opening < pieces.length - 1 && !lettered) {
        next = Number(/\d{1,2}/.exec(pieces[pieces.length - 1]!)![0]) + 1;
        out.push({ raw: joined, n: i });
        i = j;
        continue;
      }
    }
    for (let k = i; k < Math.max(j, i + 1); k++) {
      // ("…, please provide the following information: 1) Whether …" / "2) Any …": the first question
      // run onto the line that introduces the list, the next ones each on a line of their own.)
      const first = k + 1 < j ? /^(.*[:?.]\s+)(\(?1[.)]\s+\S.*)$/.exec(raws[k]!) : null;
      if (first && /^\s*\(?2[.)]\s/.test(raws[k + 1]!) && !/(?:^|\s)\(?1[.)]\s/.test(first[1]!)) {
        out.push({ raw: first[1]!.trimEnd(), n: k }, { raw: first[2]!, n: k });
        continue;
      }
      out.push({ raw: raws[k]!, n: k });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * The numbers of lines that open with a number run into a capitalised word ("2If not …", "3What
 * is …"), when two or more of them count on one by one (the list's "1." may keep its stop): null
 * otherwise.
 */
function gluedNumberRun(text: string): Set<number> | null {
  const nums = [...text.matchAll(/^[ \t]*(\d{1,2})(?=[A-Z][a-z])/gm)].map((m) => Number(m[1]));
  if (nums.length < 2 || !nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1)) return null;
  return new Set(nums);
}

function readLines(text: string): Line[] {
  const table = { column: 0, rows: 0, leadingPipe: false };
  // ("1. Are there …?" / "I. If yes, have any …?" / "II. If yes, please provide …": parts numbered in
  // capital roman numerals, read as the lower-case ones are; only when "I." and "II." both open lines.)
  // (Under a question numbered in figures: a request numbered "I." … "IV." itself keeps its numerals.)
  const firstI = /^[ \t>]*I[.)]\s/m.exec(text);
  const upperRoman = !!firstI && /^[ \t>]*II[.)]\s/m.test(text) && /^[ \t>]*\d{1,2}[.)]\s/m.test(text.slice(0, firstI.index));
  // ("Part 1: The following questions aim to …" over "1. What …", "2. …", then "Part 2: …" over
  // "4. …": sections titled over questions numbered on their own; the section numbers are not ids.)
  const numberedItems = (text.match(/^[ \t>]*\(?\d{1,2}[.)]\s*[A-Za-z]/gm) ?? []).length >= 2;
  // ("1. Is this service provided …?" / "2If not by the Trust then the name …" / "3What is …": numbers
  // run into their questions' first words when a page was copied; two or more in sequence.)
  const gluedNumbers = gluedNumberRun(text);
  // The number after the last question numbered inline, for a paragraph that goes on from it.
  let inlineNext = 1;
  const inline = (x: string): string[] => {
    let out = splitInlineQuestions(x);
    if (out.length === 1 && inlineNext > 2) out = splitInlineQuestions(x, inlineNext);
    const nums = out.map((p) => /^\(?(\d{1,2})[.)]/.exec(p)?.[1]).filter((d): d is string => d !== undefined).map(Number);
    if (nums.length >= 2) inlineNext = nums[nums.length - 1]! + 1;
    return out;
  };
  return joinWrappedInline(text.split('\n')).flatMap(({ raw, n }) => {
    let s = raw.replace(/\r$/, '').replace(/[\u00a0\u2007\u202f\t]/g, ' ');
    let depth = 0;
    const q = /^\s*((?:>\s?)+)/.exec(s);
    if (q) {
      depth = (q[1]!.match(/>/g) ?? []).length;
      s = s.slice(q[0].length);
    }
    if (upperRoman) s = s.replace(/^(\s*)(X{0,3}(?:IX|IV|V?I{1,3}|V))(?=[.)]\s+\S)/, (_all, sp: string, numeral: string) => sp + numeral.toLowerCase());
    s = s.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"').replace(/[\u2013\u2014]/g, '–');
    // "Section 2 - Costs" over its a) b) parts: a numbered heading, read as "2. Costs".
    if (!numberedItems) s = s.replace(SECTION_HEADING, '$1. ');
    if (gluedNumbers) s = s.replace(/^(\s*)(\d{1,2})(?=[A-Z][a-z])/, (all, sp: string, d: string) => (gluedNumbers.has(Number(d)) ? `${sp}${d}. ` : all));
    const row = tableRow(s, table);
    const inTable = row !== s;
    // ("… the following types of incident:- Delays in …": a list's first bullet run onto the line
    // that introduces it; "- a) How many …": a part's letter behind a bullet.)
    // ("1. i) 2014" / "2. ii) 2015" under "… for each of the following years:": periods numbered in
    // roman numerals that a copy numbered again; the roman numeral is the label.)
    const spaced = row.replace(/\s+/g, ' ').trim();
    const clean = spaced.slice(ROMAN_PERIOD_RE.exec(spaced)?.[1]?.length ?? 0);
    const pieces = /^.{10,}:-\s*\S/.test(clean) ? [clean.slice(0, clean.indexOf(':-') + 1), `- ${clean.slice(clean.indexOf(':-') + 2).trim()}`] : [clean];
    return pieces
      .map((x) => x.replace(/^[-–•*]\s+(?=\(?[a-z]\)\s)/, ''))
      .flatMap(inline)
      .flatMap(splitInlineParts)
      .map((part) => (inTable ? { n, text: part, depth, table: true } : { n, text: part, depth }));
  });
}

const SIGN_OFF = /^(?:yours\s+(?:faithfully|sincerely|truly)|kind(?:est)?\s+regards|best\s+(?:regards|wishes)|regards|many\s+thanks|thanks(?:\s+you)?|thank\s+you)\b/i;

// ---------------------------------------------------------------------------------------------
// Question labels

interface Label {
  id: string;
  /** The text after the label on the same line. */
  rest: string;
  /** A decimal label as written (`2.1` for Q2a). */
  decimal?: string;
}

const ID_TAIL = String.raw`(\d{1,3})(?:\s*\(\s*([a-z]{1,2})\s*\)|([a-z]{1,2})(?![a-z]))?`;
// ("Question Number 1:", "Question No. 2": the word "number" between. "RFI 1:", "Request 2:",
// "Request for information 3:": a requester's name for the items of the request.)
const Q_LABEL = new RegExp(String.raw`^["“]?((?:question(?:\s+(?:number|no\.?))?|q|foi|rfi|request(?:\s+for\s+information)?)\s*\.?\s*${ID_TAIL})(?:\s*[.):–-]+\s*|\s+|$)(.*)$`, 'i');
// Bare numbers take at most one letter (`4a.`), so that "5PM." in an answer is no label.
// `3.Please` (no space after the dot) when a capitalised word follows.
// `1.A list of …` likewise: the article "A" after the dot.
// `1, When an arrest was made`: a comma for the dot, a capitalised word after it.
// ("1.) Numbers of applications …": a dot and a bracket.)
const BARE_LABEL = /^((\d{1,3})(?:\s*\(\s*([a-z])\s*\)|([a-z])(?![a-z]))?)(?:\s*(?:\.\)|[.)])\s+|(?<=\))\s+|\.(?=[A-Z][a-z]|A\s+[a-z])|-\s+(?=[A-Za-z])|:\s+(?=["'(]?[A-Z][a-z])|,\s+(?=[A-Z][a-z])|\s+[-–—]\s+(?=["'(]?[A-Za-z])|\/\s+(?=\S)|(?<=\d[a-z])\s+(?=[A-Z][a-z]))(.*)$/i;
const SUB_LABEL = /^(\(?([a-z])\)|([a-z])\.)(?:\s+|(?=[\dA-Z£]))(.+)$/;
// ("A – static cameras" / "B – hand-held devices": a capital and a spaced dash, the same.)
const CAPITAL_SUB_LABEL = /^(\(?([A-H])\)|([A-H])(?:\.|\s+[–-]))\s+(.+)$/;
// `2.1 How much …`, `Q2.1: how …`, `2.1) …`: a part numbered with a decimal (read as Q2a). After a
// bare number the text starts with a capital, so that a figure ("2.5 million is …") is no label.
const DECIMAL_LABEL = /^(?:(q(?:uestion)?)\s*\.?\s*)?(\d{1,3}\.\d{1,2})(?:\s*[.):–-]+\s*|\s+)(?=["'(]?[A-Za-z])(.*)$/i;

function idFrom(num: string, a?: string, b?: string): string | null {
  return normalizeId(`${num}${(a ?? b ?? '').toLowerCase()}`);
}

/** The question label at the start of a line (`Q4a.`, `Question 3:`, `1.`, `4(a)`, `1. a)`), or null. */
function readLabel(text: string, parts = true): Label | null {
  const label = readMainLabel(text);
  if (!label || /[a-z]$/.test(label.id) || !parts) return label;
  // "1. a) How many …": the first part written on the number's line.
  const sub = /^(?:\(a\)|a[.)])\s+(.+)$/i.exec(label.rest);
  return sub ? { id: `${label.id}a`, rest: sub[1]!.trim() } : label;
}

/** The question so far numbers its options "(i) … (ii) …" and this line goes on with the next numeral. */
function continuesInlineOptions(sofar: string, line: string): boolean {
  const seen = [...sofar.matchAll(/\((i{1,3}|iv|v|vi{0,3})\)\s/g)].map((m) => romanValue(m[1]!));
  const next = /^\((i{1,3}|iv|v|vi{0,3})\)/.exec(line);
  return seen.length >= 2 && !!next && romanValue(next[1]!) === seen[seen.length - 1]! + 1 && seen[0] === 1;
}

/** Lower-case roman numerals i–xxxix, as request items are labelled: `(iii)`, `iv)`, `vii.`. */
const ROMAN = String.raw`x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3}`;
const ROMAN_LABEL = new RegExp(String.raw`^(?:\((${ROMAN})\)|(${ROMAN})[.)])\s+(.*[a-z].*)$`);

/** The value of a roman numeral as request items are labelled ("iv" → 4). */
export function romanValue(numeral: string): number {
  return romanNumeral(numeral);
}

const PERIODS_FOLLOW = /^please\s+(?:provide|give|supply|break\s+down)\b[^:?]{0,60}\b(?:for\s+each\s+of|by|over|across)\s+the\s+following\s+(?:[a-z]+\s+){0,2}(?:years|periods|months|quarters)\s*:$/i;

/** `(iii) the number of …` → Q3, with `roman` set so the caller can say how it read the items. */
function readRomanLabel(text: string): (Label & { roman: string }) | null {
  const m = ROMAN_LABEL.exec(text);
  if (!m) return null;
  const numeral = m[1] ?? m[2]!;
  // ("iii) 2016" / "iv) 2017 to date" under "… for each of the following years:": the years the
  // question asks about, numbered in roman numerals; no question of their own.)
  if (PERIOD_ALONE_RE.test(m[3]!.trim())) return null;
  return { id: `Q${romanValue(numeral)}`, rest: m[3]!.trim(), roman: numeral };
}

function readMainLabel(text: string): Label | null {
  // ("'1. What information is held …" … "3. What guidelines …?'": a request quoted whole in single
  // quotes, the opening one before its first number.)
  if (/^['‘’](?=\d{1,3}[.)]\s)/.test(text)) text = text.slice(1);
  const roman = readRomanLabel(text);
  if (roman) return roman;
  const dec = DECIMAL_LABEL.exec(text);
  const decId = dec && (dec[1] || /^["'(]?[A-Z]/.test(dec[3]!)) ? decimalLabelId(dec[2]!) : null;
  if (dec && decId) return { id: decId, rest: dec[3]!.trim(), decimal: dec[2]! };
  // ("Part 1" alone on its line over "(a) …" "(b) …", then "Part 2" over its request: the parts number the questions.)
  // ("Request 1" / "Item 2" alone over its words: the same.)
  const part = /^(?:part|request|item)\s+(\d{1,2})\s*[:.]?\s*$/i.exec(text);
  if (part) return { id: `Q${Number(part[1])}`, rest: '' };
  const m = Q_LABEL.exec(text);
  if (m) {
    const id = idFrom(m[2]!, m[3], m[4]);
    return id ? { id, rest: m[5]!.trim() } : null;
  }
  // "(1) How many hackney carriage licences …", "(2a) of those advisers, how many …": a number
  // (and a part's letter) in brackets.
  const br = BRACKET_LABEL.exec(text);
  if (br) return { id: idFrom(br[1]!, br[2])!, rest: br[3]!.trim() };
  // "2 a) How many of those …": a part's letter after its number and a space.
  const spaced = SPACED_PART_LABEL.exec(text);
  if (spaced) return { id: idFrom(spaced[1]!, spaced[2])!, rest: spaced[3]!.trim() };
  // "1.A - How many vacant homes …", "2.b How many …": a part's letter after its number and a dot.
  const dotted = DOT_PART_LABEL.exec(text);
  if (dotted) return { id: idFrom(dotted[1]!, dotted[2])!, rest: dotted[3]!.trim() };
  const b = BARE_LABEL.exec(text);
  if (b && /[a-z]/i.test(b[5] ?? '') && !/^(?:https?:|www\.)/i.test(b[5]!)) {
    const id = idFrom(b[2]!, b[3], b[4]);
    return id ? { id, rest: b[5]!.trim() } : null;
  }
  // "2." alone on its line, its words (or its a) b) parts) on the lines below, as "Q2" alone is.
  const lone = LONE_LABEL.exec(text);
  if (lone) return { id: idFrom(lone[1]!)!, rest: '' };
  return null;
}
const LONE_LABEL = /^(\d{1,2})[.)]$/;
const SPACED_PART_LABEL = /^(\d{1,3})\s+\(?([a-z])\)\s+(.*[a-z].*)$/i;
// (The words after it open with a capital: "1.A list of …" is question 1, its article run on.)
const DOT_PART_LABEL = /^(\d{1,2})\.([a-hA-H])(?:[.):]|\s*[-–—])?\s+([A-Z].*[a-z].*)$/;
const BRACKET_LABEL = /^\((\d{1,2})([a-z])?\)\s*((?=["'(]?[A-Za-z]).*)$/;

/** `a)` / `(b)` / `c.` under a numbered question: the next letter of that question. */
function readSubLabel(text: string, previousId: string | undefined): Label | null {
  // ("1. The requests made …, including:" / "A. The public body" / "B. The date": capitals under a number too.)
  const m = SUB_LABEL.exec(text) ?? CAPITAL_SUB_LABEL.exec(text);
  if (!m || !previousId) return null;
  const prev = splitId(previousId);
  if (!prev) return null;
  const letter = (m[2] ?? m[3]!).toLowerCase();
  const expected = prev.letters === '' ? 'a' : prev.letters.length === 1 ? String.fromCharCode(prev.letters.charCodeAt(0) + 1) : '';
  // ("a. … b. … c. … e. …": a request copied from a form may skip a letter after the third part.)
  const skipped = prev.letters >= 'c' && prev.letters.length === 1 && letter.charCodeAt(0) === expected.charCodeAt(0) + 1;
  if (letter !== expected && !skipped) return null;
  // ("3) The number of individuals … in" / "a) to d) above": parts named as a range, the question's
  // words going on, not its first part.)
  if (/^(?:to|and|or|[-–—])\s*\(?[a-z][).]/i.test(m[4]!.trim())) return null;
  return { id: `Q${prev.num}${letter}`, rest: m[4]!.trim() };
}

// ---------------------------------------------------------------------------------------------
// Routing lines: "(if Yes answer Q12, if No answer Q13)"

const ROUTE_ID = /\bq(?:uestion)?\s*\.?\s*(\d{1,3})\s*(?:\(\s*([a-z]{1,2})\s*\)|([a-z]{1,2})(?![a-z]))?/i;
const BARE_ROUTE_ID = /\b(\d{1,3})([a-z]?)\b/i;
const SKIP_VERB = /\b(?:skip|go\s*to|goto|move|proceed|jump|continue)\b/i;
const STRICT_CLAUSE =
  /^if\s+(?:yes|no)\s*,?\s*(?:then\s+)?(?:please\s+)?(?:answer|go\s+to|proceed\s+to|skip\s+to|move\s+(?:on\s+)?to|continue\s+(?:to|with)|complete)\s+(?:question\s+|q)\d{1,3}[a-z]{0,2}\.?\s*[,;]?\s*(?:and|or|otherwise)?\s*$/i;

interface RouteClause {
  value: 'yes' | 'no';
  target: string;
  skip: boolean;
}

function routeClauses(text: string): { clauses: RouteClause[]; tidy: boolean } {
  const body = text.replace(/^\(|\)\.?$/g, '').trim();
  const clauses: RouteClause[] = [];
  let tidy = (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
  const parts = body.split(/(?=\bif\s+(?:yes|no)\b)/i).filter((p) => /^if\s+(?:yes|no)\b/i.test(p));
  for (const part of parts) {
    const value = /^if\s+yes/i.test(part) ? 'yes' : 'no';
    const after = part.replace(/^if\s+(?:yes|no)\b/i, '');
    const m = ROUTE_ID.exec(after) ?? BARE_ROUTE_ID.exec(after);
    const target = m ? idFrom(m[1]!, m[2], m[3]) : null;
    if (!target) continue;
    if (!STRICT_CLAUSE.test(part.trim())) tidy = false;
    clauses.push({ value, target, skip: SKIP_VERB.test(after) });
  }
  return { clauses, tidy };
}

function isRoutingLine(text: string): boolean {
  return text.length < 160 && /^\(?\s*if\s+(?:yes|no)\b/i.test(text) && routeClauses(text).clauses.length > 0;
}

/** Routing written at the end of a question's own line: "Does it…? (if Yes answer Q12, if No answer Q13)". */
const INLINE_ROUTE = /\(\s*if\s+(?:yes|no)\b[^()]*\)?\s*$/i;

// ---------------------------------------------------------------------------------------------
// Finding the question list

interface RawQuestion {
  id: string;
  /** The request's decimal label (`2.1`), when it used one. */
  decimal?: string;
  /** Index of the label in the lines read (a line split at inline labels gives several). */
  line: number;
  /** 0-based physical line of the label in the request. */
  n: number;
  /** The title of the section the question sits under, when the request numbers each section from 1. */
  section?: string;
  /** The question's text lines, to be joined. */
  parts: string[];
  /** Routing lines found under the question. */
  routing: { text: string; line: number }[];
}

interface Occurrence {
  depth: number;
  first: number;
  end: number;
}

interface ParsedList {
  questions: RawQuestion[];
  noise: number;
  questionLike: number;
}

function markerOccurrences(lines: Line[]): Occurrence[] {
  // (`first` and `end` index `lines`: a question's inline parts, split onto lines of their own,
  // share its line number.)
  let optionsFor = false;
  let romanNext = 0;
  let numbered = false;
  const markers = lines.flatMap((line, i) => {
    // "(iii) by schools themselves?" under "… (i) in-house, (ii) by a contractor, or": an option.
    if (i > 0 && ROMAN_LABEL.test(line.text) && continuesInlineOptions(lines[i - 1]!.text, line.text)) return [];
    // "6. Which of these best describes …?" over "(i) Directly by the council" … "(iv) Other": its
    // options, numbered in roman numerals, asking nothing.
    const roman = ROMAN_LABEL.exec(line.text);
    if (roman && optionsFor && !/\?\s*$/.test(line.text) && !QUESTION_WORD.test(roman[3]!)) return [];
    if (line.text && !roman) optionsFor = OFFERS_OPTIONS.test(line.text);
    // ("5. (i) What is the name …?" / "(ii) What is the length …?": the question's parts, read with it.)
    if (roman && romanNext > 0 && romanValue(roman[1] ?? roman[2]!) === romanNext) {
      romanNext++;
      return [];
    }
    // ("1. Does the council use X?" / "   i. If yes, …": the question's own words, read with it; or,
    // with "ii." after it, the first of its parts, the rest read with it.)
    if (roman && numbered && romanValue(roman[1] ?? roman[2]!) === 1) {
      if (!loneFirstRoman(lines, i, lines.length)) romanNext = 2;
      return [];
    }
    const label = readLabel(line.text, !line.lettered);
    if (label) romanNext = /^\(i\)\s/.test(label.rest) ? 2 : 0;
    if (label && !roman) numbered = true;
    return label ? [{ line, at: i, id: label.id, num: splitId(label.id)!.num }] : [];
  });
  const out: Occurrence[] = [];
  let cur: (Occurrence & { firstId: string; lastId: string; count: number; maxNum: number }) | null = null;
  markers.forEach(({ line, at: li, id, num }, i) => {
    const restart =
      !cur ||
      line.depth !== cur.depth ||
      compareIds(id, cur.firstId) < 0 ||
      // ("1." right under a "1." that already started again: an HTML list of one item, cut by the
      // text between. The same label twice in a first list is a slip, read later.)
      (id === cur.firstId && (cur.count > 1 || out.length > 1)) ||
      num < cur.maxNum - 2 ||
      li - cur.end > 200;
    if (restart && cur && line.depth === cur.depth && compareIds(id, cur.firstId) > 0) {
      // A stray figure in an answer ("5PM. The system…") when the list carries on right after it.
      const next = markers[i + 1];
      if (next && next.line.depth === cur.depth && compareIds(next.id, cur.lastId) > 0 && next.at - cur.end <= 200) return;
    }
    if (restart) {
      cur = { depth: line.depth, first: li, end: li, firstId: id, lastId: id, count: 0, maxNum: num };
      out.push(cur);
    }
    cur!.count++;
    cur!.end = li;
    cur!.lastId = id;
    cur!.maxNum = Math.max(cur!.maxNum, num);
  });
  return out;
}

/** A line that does not end a sentence continues on the next one (wrapped text). */
function endsOpen(text: string): boolean {
  return !/[?:.!]["')]?$/.test(text);
}

function isContinuation(previous: string, next: string, stopNames: Set<string>): boolean {
  if (stopNames.has(listName(next))) return false;
  if (readLabel(next) || SIGN_OFF.test(next)) return false;
  if (endsOpen(previous)) return true;
  // "Please choose one of:" over "Herbicide treatment / Excavation and removal / …": the options.
  if (/\b(?:one\s+of|the\s+following|choose|select|tick)\b[^:]{0,40}:\s*$/i.test(previous) && /\S\s\/\s\S|;/.test(next)) return true;
  // ("Is routine maintenance delivered:" over "In-house / By a contractor / A mix of both".)
  if (/:\s*$/.test(previous) && (next.match(/\S\s\/\s\S/g) ?? []).length >= 2) return true;
  // ("Question 1 - … I request information on … (2018-2023)." over "The information I am seeking
  // includes: number of … ?": the question itself on the line under the label's statement.)
  if (!previous.includes('?') && /\?\s*$/.test(next) && /\b(?:I\s+(?:request|am\s+(?:seeking|requesting|asking))|information\s+(?:on|about|regarding))\b/i.test(previous)) return true;
  // ("Request 1" / "… Please may you provide me with:" / "The number of applications received
  // since 2014.": the item asked for on the line under the words that introduce it.)
  if (ASKS_FOR_FOLLOWING.test(previous) && /:\s*$/.test(previous) && /[a-z]/.test(next)) return true;
  // ("Again, please give numbers for each individual year.": the same ask, said again.)
  return /^[a-z(["']/.test(next) || /^(?:(?:again|also),?\s+)?(?:please|and|or|including|excluding|for example|e\.g|i\.e)\b/i.test(next) || PARTICULAR_RE.test(next);
}

function listName(text: string): string {
  return text.replace(/^["']|["']?:?$/g, '').trim().toLowerCase();
}

/**
 * A first roman item, "   i. If the answer is yes, please say whether …", under a numbered question, with no "ii." after it
 * up to `stop`: the question's own words, not question 1 again. (Not one that asks on its own,
 * "i.) Please also give …", read as the question's part.)
 */
function loneFirstRoman(lines: Line[], i: number, stop: number): boolean {
  return !LONE_ROMAN_PART.test(lines[i]!.text) && !lines.slice(i + 1, stop).some((l) => /^\(?ii(?:\.\)|[.)])\s/.test(l.text));
}

/** "i.) Please also give …", "(i) How many of these …?": a first roman part that asks something. */
const LONE_ROMAN_PART = /^(?:\(i\)|i(?:\.\)|[.)]))\s+(?:please\b|(?:what|how|which|who|when|where|why|whether|is|are|was|were|do|does|did|has|have|can|could|would)\b|[^\n]*\?\s*$)/i;

/** A line left hanging on an article, a preposition or a joining word: its sentence goes on. */
const HANGING_END_RE = /\b(?:a|an|the|to|of|for|and|or|in|on|by|with|from|their|its|your|our|these|whether)\s*$/i;

/** Read the questions of one occurrence, from its first marker to where the list ends. */
function readList(lines: Line[], occ: Occurrence, stop: number, stopNames: Set<string>): ParsedList {
  const questions: RawQuestion[] = [];
  let cur = null as RawQuestion | null;
  let closed = false;
  let noise = 0;
  let romanParts: { num: string; next: number } | null = null;
  // (Bullets under "3. For each calendar year, please list:" that each ask for a figure: parts 3a, 3b ….)
  let bulletParts: { num: string; next: number } | null = null;
  for (let i = occ.first; i < stop; i++) {
    const line = lines[i]!;
    const inside = i <= occ.end;
    if (!line.text) {
      // ("2. When do you expect to move these machines to a" / "" / "new system?": a page break
      // inside the sentence, which goes on below.)
      // (Only onto a line that opens in lower case and ends the sentence.)
      const below = lines.slice(i + 1, stop).find((l) => l.text);
      const hanging = !!below && HANGING_END_RE.test(cur?.parts[cur.parts.length - 1] ?? '') && /^\p{Ll}/u.test(below.text) && /[?.]["'”’)]?$/.test(below.text);
      if (cur && cur.parts.length > 0 && !hanging) closed = true;
      continue;
    }
    if (line.depth !== occ.depth) {
      if (!inside) break;
      noise++;
      closed = true;
      continue;
    }
    // Full labels after the occurrence's last one cannot occur (they start the next occurrence),
    // but lettered parts "a)" under the last question can.
    // `(i)` after `(h)` is the next letter, not the roman one.
    // "… (i) in-house, (ii) by a contractor, or" / "(iii) by schools themselves?": the question's own
    // options numbered inline carry on over the line break; the roman numeral labels no question.
    if (cur !== null && !closed && ROMAN_LABEL.test(line.text) && continuesInlineOptions(cur.parts.join(' '), line.text)) {
      cur.parts.push(line.text);
      continue;
    }
    // "6. Which of these best describes …?" / "(i) Directly by the council" …: its options.
    const roman = ROMAN_LABEL.exec(line.text);
    if (cur !== null && roman && OFFERS_OPTIONS.test(cur.parts.join(' ')) && !/\?\s*$/.test(line.text) && !QUESTION_WORD.test(roman[3]!)) {
      cur.parts.push(line.text);
      closed = false;
      continue;
    }
    // "5. (i) What is the name of the provider?" / "(ii) What is the length of the contract?": the
    // question's parts numbered (i), (ii) … are its parts 5a, 5b …, each keeping its numeral.
    // "1. Does the council use X?" / "   i. If the answer is yes, please say whether …" / "2. …": a
    // lone "i." under a numbered question, with no "ii." after it, is that question's own words, not
    // question 1 again.
    // (With "ii." after it, "i." opens the question's parts, 1a, 1b …, each keeping its numeral.)
    if (cur !== null && roman && !romanParts && /^Q\d+$/.test(cur.id) && romanValue(roman[1] ?? roman[2]!) === 1) {
      if (loneFirstRoman(lines, i, stop)) {
        cur.parts.push(line.text);
        closed = false;
        continue;
      }
      if (!LONE_ROMAN_PART.test(line.text) || lines.slice(i + 1, stop).some((l) => /^\(?ii(?:\.\)|[.)])\s/.test(l.text))) romanParts = { num: cur.id.slice(1), next: 1 };
    }
    const romanPart: Label | null = roman && romanParts && romanValue(roman[1] ?? roman[2]!) === romanParts.next ? { id: `Q${romanParts.num}${String.fromCharCode(0x60 + romanParts.next)}`, rest: line.text } : null;
    if (romanPart) romanParts!.next++;
    const label: Label | null = romanPart ?? (roman ? readSubLabel(line.text, cur?.id) : null) ?? readLabel(line.text, !line.lettered) ?? readSubLabel(line.text, cur?.id);
    if (label && !romanPart) {
      romanParts = null;
      const num: string | undefined = /^Q(\d+)$/.exec(label.id)?.[1];
      if (num && /^\(i\)\s/.test(label.rest) && lines.slice(i + 1, stop).some((l) => /^\(ii\)\s/.test(l.text))) {
        label.id = `Q${num}a`;
        romanParts = { num, next: 2 };
      }
    }
    // "… Yes/No – if No, please go to" / "question 6.": a line that opens with a question's name
    // after a line left hanging on "to" (or "see", "answer") carries on that sentence.
    if (label && cur !== null && !closed && cur.parts.length > 0 && /^(?:question|q)\b/i.test(line.text) && /\b(?:to|at|see|answer|from|and|or)\s*$/i.test(cur.parts[cur.parts.length - 1]!)) {
      cur.parts.push(line.text);
      continue;
    }
    if (label) {
      bulletParts = null;
      cur = { id: label.id, line: i, n: line.n, parts: label.rest ? [label.rest] : [], routing: [] };
      if (label.decimal) cur.decimal = label.decimal;
      questions.push(cur);
      closed = false;
      continue;
    }
    if (!cur) continue;
    // "3. For each calendar year, please list:" / "• The number of cases where offending was confirmed" /
    // "• The number of defendants convicted": bullets that each ask for a figure, under a question
    // that ends in a colon and offers no options, are its parts 3a, 3b … (not its words).
    // ("8. Regarding exemption permits …:" / "- how many permits were valid …;" / "- whether the
    // council charges for a permit;" / "- how long it takes …": bullets that each ask are its parts.)
    if (BULLET.test(line.text) && (QUANTITY_ASKED_RE.test(line.text.replace(BULLET, '').trim()) || ASKING_BULLET_RE.test(line.text.replace(BULLET, '').trim()))) {
      const parentNum = /^Q(\d+)$/.exec(cur.id)?.[1];
      if (!bulletParts && parentNum && cur.parts.length > 0 && /:\s*$/.test(cur.parts[cur.parts.length - 1]!) && !OFFERS_OPTIONS.test(cur.parts.join(' '))) bulletParts = { num: parentNum, next: 1 };
      if (bulletParts && cur.id.startsWith(`Q${bulletParts.num}`) && bulletParts.next <= 26) {
        cur = { id: `Q${bulletParts.num}${String.fromCharCode(0x60 + bulletParts.next++)}`, line: i, n: line.n, parts: [line.text.replace(BULLET, '').trim()], routing: [] };
        questions.push(cur);
        closed = false;
        continue;
      }
    }
    // "2. How many claims were made this year?" / "i.) Please also give the figure for each of the
    // last five years.": a lone roman part that asks for more is the question's part 2a, keeping its
    // numeral ((i) followed by (ii) is read above).
    const loneNum = /^Q(\d+)$/.exec(cur.id)?.[1];
    if (loneNum && cur.parts.length > 0 && LONE_ROMAN_PART.test(line.text) && !lines.slice(i + 1, stop).some((l) => /^\(?ii(?:\.\)|[.)])\s/.test(l.text))) {
      cur = { id: `Q${loneNum}a`, line: i, n: line.n, parts: [line.text], routing: [] };
      questions.push(cur);
      closed = false;
      continue;
    }
    if (cur.parts.length === 0 && !SIGN_OFF.test(line.text)) {
      cur.parts.push(line.text); // the label stood alone; its text is on the next line
    } else if (isRoutingLine(line.text)) {
      cur.routing.push({ text: line.text, line: line.n });
      closed = true;
    } else if (PERIODS_FOLLOW.test(line.text) && !readLabel(line.text)) {
      // "How many …?" / "" / "Please provide the figure for each of the following calendar years:":
      // the years of the question above, its words.
      cur.parts.push(line.text);
      closed = false;
    } else if (ROMAN_PERIOD_RE.test(line.text) && (/:\s*$/.test(cur.parts[cur.parts.length - 1]!) || ROMAN_PERIOD_RE.test(cur.parts[cur.parts.length - 1]!))) {
      // "… for each of the following years:" / "" / "i) 2014" / "ii) 2015": the years it asks about.
      cur.parts.push(line.text);
      closed = false;
    } else if ((!closed || (/:\s*$/.test(cur.parts[cur.parts.length - 1]!) && BULLET.test(line.text))) && (BULLET.test(line.text) || OPTION_NUMERAL.test(line.text)) && (/:\s*$/.test(cur.parts[cur.parts.length - 1]!) || BULLET.test(cur.parts[cur.parts.length - 1]!) || (cur.parts.length === 1 && OFFERS_OPTIONS.test(cur.parts[0]!) && /\?\s*$/.test(cur.parts[0]!)))) {
      // ("Which of the following best describes …?" over "- In-house team" …: its options too.)
      // "Please choose one of the following:" over "- No next of kin could be traced" …: its options.
      // ("… and if so, whether by:" / "" / "- Switching lights off": the same after a blank line.)
      cur.parts.push(line.text);
      closed = false;
    } else if (!closed && OFFERS_OPTIONS.test(cur.parts.join(' ')) && /:\s*$|^- /.test(cur.parts[cur.parts.length - 1]!) && !/[?:;]\s*$/.test(line.text) && line.text.split(/\s+/).length <= 8 && /^["'(]?[A-Z]/.test(line.text)) {
      // "Who analyses the tubes? Please choose one:" over "In-house laboratory" / "External
      // laboratory" / "Other (please specify)": its options, one per line with no bullet.
      cur.parts.push(`- ${line.text}`);
    } else if (!closed && OFFERS_OPTIONS.test(cur.parts.join(' ')) && (line.text.match(/\S\s\/\s\S/g) ?? []).length >= 2 && !/\?\s*$/.test(line.text)) {
      // "Which one of the following is the main reason …?" over "Major works / Low demand / Other": its options.
      cur.parts.push(line.text);
    } else if (!closed && isContinuation(cur.parts[cur.parts.length - 1]!, line.text, stopNames)) {
      cur.parts.push(line.text);
    } else if (closed && PARTICULAR_RE.test(line.text) && !cur.routing.length) {
      // "B) I request any emails … about supply chains." / "" / "In particular any mention of …", and
      // "3) Does the school plan …?" / "" / "If the answer is NO, … please say why": the paragraph
      // that narrows the question or goes on from it is the question's, a blank line between.
      cur.parts.push(line.text);
      closed = false;
    } else {
      if (!inside) break;
      noise++;
      closed = true;
    }
  }
  const questionLike = questions.filter((q) => /[?:]/.test(q.parts.join(' ')) || QUESTION_WORD.test(q.parts[0] ?? '')).length;
  return { questions, noise, questionLike };
}

/** A part that asks for names or words of its own: "names of new sites", "Details of …", "Location(s)". */
const NAMES_ASKED_RE = /^(?:the\s+)?(?:names?|list|details|locations?|address(?:es)?|titles?|descriptions?|reasons?)\b/i;
/** A bullet that asks for a figure: "The number of defendants convicted", "How many …", "Total cost of …". */
/** A bullet that asks a question of its own: "whether the council charges …", "how long it takes …". */
const ASKING_BULLET_RE = /^(?:how\s+(?:many|much|long|often)|whether|what|which|when|who|where|why)\b/i;
const QUANTITY_ASKED_RE = /^(?:the\s+)?(?:total\s+)?(?:number|amount|cost|value|percentage|proportion)\s+of\b|^how\s+(?:many|much)\b/i;
/** "Which of these best describes …?", "Please choose one of the following:": options follow. */
const OFFERS_OPTIONS = /\bwhich\s+(?:one\s+)?of\s+(?:these|the\s+following)\b|\b(?:choose|select|tick)\s+(?:one|all|any)\b|\bone\s+of\s+the\s+following\b/i;
const QUESTION_WORD = /^(?:if\b.*,\s*)?(?:what|how|when|which|who|where|why|does|do|did|is|are|was|were|has|have|had|can|could|will|would|please)\b/i;

/** Names of code lists referenced as `(See "CRM Challenges" below …)`. */
const SEE_LIST = /\bsee\s+(?:the\s+)?"([^"]{2,80})"/gi;

function referencedLists(lines: Line[]): Set<string> {
  // Joined, because the reference itself is often wrapped: `(See` / `"CRM Challenges" below`.
  const all = lines.map((l) => l.text).join(' ');
  return new Set([...all.matchAll(SEE_LIST)].map((m) => m[1]!.replace(/\s+/g, ' ').trim().toLowerCase()));
}

/**
 * "Littering:" over "1." to "7.", then "Fly-tipping:" over "1." to "5.": a request whose sections
 * each number their questions from 1. The lists next to the one picked that start again at 1 (at
 * most 12 lines apart, at least two questions each, none the same question again) are read as one
 * questionnaire in order: the later sections' questions take the numbers after the earlier ones'
 * (Q8–Q12), each under its section's title (the short line above its list, or "Part N").
 */
function sectionedLists(lines: Line[], picked: { list: ParsedList; occ: Occurrence }, stopNames: Set<string>): { questions: RawQuestion[]; titles: string[]; ranges: string[]; firsts: string[] } | null {
  const occs = markerOccurrences(lines) as (Occurrence & { firstId?: string })[];
  const k = occs.findIndex((o) => o.first === picked.occ.first);
  if (k < 0 || occs[k]!.firstId !== 'Q1') return null;
  const lists = new Map<number, ParsedList>([[k, picked.list]]);
  const firstText = (l: ParsedList): string => l.questions[0]?.parts.join(' ').toLowerCase().replace(/\W+/g, ' ').trim() ?? '';
  const fits = (j: number): boolean => {
    const o = occs[j];
    if (!o || o.firstId !== 'Q1' || o.depth !== occs[k]!.depth) return false;
    const list = readList(lines, o, j + 1 < occs.length ? occs[j + 1]!.first : lines.length, stopNames);
    // (A list of one question is an HTML list cut by the paragraphs between its items: "1. Please
    // break down question 1 by …" after "1." and "2.".)
    const size = new Set(list.questions.map((q) => q.id)).size;
    if (size === 0 || (size === 1 && list.questionLike < 1) || [...lists.values()].some((l) => firstText(l) === firstText(list))) return false;
    lists.set(j, list);
    return true;
  };
  let from = k;
  let to = k;
  while (to + 1 < occs.length && occs[to + 1]!.first - occs[to]!.end <= 12 && fits(to + 1)) to++;
  while (from > 0 && occs[from]!.first - occs[from - 1]!.end <= 12 && fits(from - 1)) from--;
  if (from === to) return null;
  // Sections, not copies of one list: each has a title of its own above it ("Littering:",
  // "Fly-tipping:"), or the lists differ in length (a request quoted twice keeps its length).
  const titleOf = (j: number): string => {
    const floor = j > from ? occs[j - 1]!.end + 1 : Math.max(0, occs[j]!.first - 6);
    for (let i = occs[j]!.first - 1; i >= floor && i >= occs[j]!.first - 5; i--) {
      const t = lines[i]!.text.trim();
      if (!t) continue;
      if (t.split(/\s+/).length <= 6 && /^[A-Z]/.test(t) && !/[?.!,;]$/.test(t) && !readLabel(t) && !SIGN_OFF.test(t)) return t.replace(/[:–-]+$/, '').trim();
    }
    return '';
  };
  const span = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const named = span.map(titleOf);
  const titled = named.every((t) => t !== '') && new Set(named.map((t) => t.toLowerCase())).size === named.length;
  const sizes = span.map((j) => new Set(lists.get(j)!.questions.map((q) => splitId(q.id)!.num)).size);
  const several = sizes.filter((n) => n > 1);
  if (!titled && new Set(several).size < several.length) return null;
  // (And each is a list of questions, not a numbered list of topics beside one.)
  // (Counted by question number: a question's lettered parts are one question.)
  if (span.some((j) => lists.get(j)!.questionLike * 2 < sizes[j - from]!)) return null;
  const questions: RawQuestion[] = [];
  const titles: string[] = [];
  const ranges: string[] = [];
  const firsts: string[] = [];
  let offset = 0;
  for (let j = from; j <= to; j++) {
    const title = (titled ? named[j - from] : '') || `Part ${j - from + 1}`;
    titles.push(title);
    let top = 0;
    const own = lists.get(j)!.questions;
    for (const q of own) {
      const id = splitId(q.id)!;
      top = Math.max(top, id.num);
      questions.push({ ...q, id: `Q${id.num + offset}${id.letters}`, section: title });
    }
    ranges.push(`${title} Q${1 + offset}–Q${top + offset}`);
    firsts.push(`Q${1 + offset}`);
    offset += top;
  }
  return { questions, titles, ranges, firsts };
}

/** "i) 2013/14", "2017/18 to date (most recent data available)", "April 2024 – March 2025": a period, not a question. */
const PERIOD_ITEM = /^(?:\(?[ivx]{1,4}\)\s*)?[^?]{0,40}\b(?:19|20)\d\d\b[^?]{0,50}$/i;

/** The cleanest complete copy of the question list: most ids, most question-like, least interleaved text. */
function pickList(lines: Line[], stopNames: Set<string>): { list: ParsedList; occ: Occurrence } | null {
  const occs = markerOccurrences(lines);
  let best: { list: ParsedList; occ: Occurrence; ids: number } | null = null;
  occs.forEach((occ, i) => {
    const stop = i + 1 < occs.length ? occs[i + 1]!.first : lines.length;
    const list = readList(lines, occ, stop, stopNames);
    const ids = new Set(list.questions.map((q) => q.id)).size;
    // ("For each question, the following periods:" over "1. 2013/14" … "5. 2017/18", then "1. How
    // many …?": a list that asks nothing is the questions' frame, not them.)
    const asks = (l: ParsedList): boolean => l.questionLike >= 2;
    const periods = (l: ParsedList): boolean => l.questionLike === 0 && l.questions.length >= 2 && l.questions.every((x) => PERIOD_ITEM.test(x.parts.join(' ').trim()));
    const better =
      !best ||
      (asks(list) && periods(best.list)) ||
      ids > best.ids ||
      (ids === best.ids && (list.questionLike > best.list.questionLike || (list.questionLike === best.list.questionLike && list.noise < best.list.noise)));
    if (better) best = { list, occ, ids };
  });
  return best;
}

// ---------------------------------------------------------------------------------------------
// Requests that do not number their questions

/**
 * A line that asks for something: a question word or request verb at its start, or a question mark at its end.
 * ("- A list of the names and addresses of …", "A breakdown of …": the item asked for, under "Will you please provide me with:";
 * "Please can you confirm …", one paragraph a question.)
 */
const ASKS = new RegExp(
  String.raw`^(?:if\s+possible\s*,?\s*|if\b[^,]*,\s*)?(?:(?:in\s+addition|additionally|also|finally|lastly),\s*)?(?:(?:and|also|plus)\s+)?(?:(?:on|in|for|at|from|by|with|to)\s+(?=(?:what|how|which|whom?)\b))?(?:(?:please\s+)?(?:let\s+me\s+know|tell\s+me)\b|I\s+would\s+(?:also\s+)?(?:like|wish)\s+to\s+know\b|(?:the\s+)?(?:data|information|figures?|breakdown|list)\s+should\s+(?:be|include|show|cover|contain|list)\b|I\s+would\s+(?:also\s+)?like\s+(?:to\s+(?:request|receive|obtain)\s+)?(?:a\s+(?:list|copy|breakdown)\s+of|copies\s+of|the\s+(?:number|details|names?|total)\b|(?:an?|the)\s+(?:same|full|financial|detailed|complete|further)\s+(?:list|copy|breakdown|details|figures|information)\b)|what|how|when|which|who|where|why|does|do|did|is|are|was|were|has|have|had|can|could|will|would|whether|please\s+(?:also\s+)?(?:provide|state|tell|confirm|supply|give|send|list|advise|explain|indicate|detail|share|let)|please\s+(?:can|could|would|will)\s+you|(?:the\s+|an?\s+)?(?:total\s+)?(?:(?:number|amount|cost|value|percentage|proportion|date|name|names|details|copy|copies|list|breakdown)(?:\s?\/\s?(?:number|amount|cost|value|percentage|proportion))?\s+of|costs?\s+(?:associated\s+with|incurred\s+(?:by|for|in|on))|(?:the\s+|an?\s+)?(?:average|median|mean)\s+(?:duration|length|time|number|cost|value|wait)\b|(?:amount|sum|money)\s+(?:spent|paid|received|incurred)|an?\s+breakdown\s+(?:by|per|for)))\b|\?["')]?$|,\s*(?:I\s+would\s+like\s+(?:to\s+know\b|a\s+(?:list|copy|breakdown)\s+of\b|copies\s+of\b|the\s+(?:number|details|names?|total)\b)|please\s+(?:clarify|confirm|state|tell\s+me)\b)`,
  'i',
);
/**
 * "Under the Freedom of Information Act, I would like to request the number of …": the Act named
 * in a clause before the ask frames it; the words after the comma are the question.
 */
// (Its comma left out too, before the ask: "Under the freedom of information act could you let me
// know the total amount …".)
// ("As a second part of this request can you please tell me …": the request's own part named first.)
const FRAMING_CLAUSE_RE = /^(?:as\s+(?:a|the)\s+(?:second|third|fourth|fifth|final|further|last|next)\s+part\s+of\s+(?:this|my|the)\s+request,?\s+(?=(?:could|can|would|will|may|please)\b)|(?:under|in\s+accordance\s+with|pursuant\s+to)\s+(?:the\s+)?(?:freedom\s+of\s+information|foi(?:sa)?)\b(?:[^,.?]{0,60},\s*|(?:\s+act)?(?:\s+\d{4})?\s+(?=(?:could|can|would|will|may|please)\s+(?:you|I|we)\b|please\b|I\s+would\s+like\b)))/i;
const unframed = (text: string): string => text.replace(FRAMING_CLAUSE_RE, '');
/**
 * The request's own framing, never a question: the Act, the request itself, greetings and sign-offs,
 * where to send the reply ("Please send the records … to the address stated above").
 */
// ("Please provide this information for each of the last five years": the period of the items above.)
const ABOVE_FRAMING = /^please\s+(?:provide|give|supply)\s+(?:this|the\s+above|the\s+same|all\s+of\s+this)\s+(?:information|data)\b/i;
// ("The total number of FOI requests received …", "How many freedom of information requests …":
// a question about requests is no framing; the Act named, or this request called one, is.)
const FRAMING = /freedom of information (?:\(scotland\) )?act|\bunder\s+(?:the\s+)?(?:freedom of information|foi(?:sa)?)\b|\b(?:an?|this|my|the\s+following)\s+(?:freedom of information|foi|eir)\s+request\b|environmental information regulations|\b(?:this|my|the above)\s+request\b|\bfoi(?:sa)?\s+act\b|^(?:dear|hi|hello|to whom)\b|https?:|@|\bto\s+the\s+(?:e-?mail\s+|postal\s+)?address\s+(?:stated|given|shown|above|below)\b|^(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:provide|send|supply|give|e-?mail|return)\s+(?:me\s+)?(?:with\s+)?(?:(?:the|this|all|your)\s+)?(?:of\s+the\s+)?(?:information|data|response|figures|answers?|reply|results)\s+(?:in\s+(?:an?\s+)?(?:excel|csv|electronic|spreadsheet|machine[\s-]readable|digital|pdf|word)\b|by\s+(?:e-?mail|post)\b|electronically\b|as\s+(?:an?\s+)?(?:excel|csv|spreadsheet|pdf)\b)|^I\s+would\s+(?:prefer|like)\s+to\s+receive\s+(?:the|this|your)\s+(?:information|response|reply|data)\s+(?:by|in|as|electronically)\b/i;
// ("-How many drivers …?": a dash run onto its item's first word, a space lost in a copy.)
const BULLET = /^(?:(?:[-–—•*·▪◦‣o]|\u2022)\s+|[-–•](?=[A-Z][a-z]))/;
/** A sentence pointing to the request's items below it: "the below services", "the following sites". */
const LIST_BELOW_RE = /\b(?:the|these)\s+(?:below|following)\s+(?:[\w-]+\s+){0,3}[\w-]+(?:\s+in\s+place)?\s*[.:]/i;
/**
 * "In particular …", "Specifically …": a sentence that narrows the question above it; "If the answer
 * is NO, … please say why", "If so, …": one that goes on from it (not "If not all of it is held, …").
 */
const PARTICULAR_RE = /^(?:in\s+particular|particularly|specifically|especially|if\s+(?:the|your)\s+answer\s+(?:to\s+this(?:\s+question)?\s+)?is\b|if\s+(?:so|not)\s*,)/i;
/** "I. Premier Clothing" / "Ii. Dickies" under "… from the following companies:": options numbered in roman numerals. */
// (Capitals only: lower-case "i." / "ii." under a question are its parts.)
const OPTION_NUMERAL = /^(?:[IVX][ivx]{0,3}|[IVX]{2,4})[.)]\s+\S/;

/**
 * A part the list skips ("c." then "e.") written on the line of the part before it, after that
 * part's question mark or bracket: "c. do you … (throughout the organisation?) d. do you …". The
 * line's index, its two pieces and the skipped part's id; null when no part is skipped so.
 */
function gluedPartLine(lines: readonly Line[], questions: readonly RawQuestion[]): { line: number; before: string; after: string; id: string } | null {
  for (let k = 0; k + 1 < questions.length; k++) {
    const a = /^Q(\d+)([a-y])$/.exec(questions[k]!.id);
    const b = /^Q(\d+)([a-z])$/.exec(questions[k + 1]!.id);
    if (!a || !b || a[1] !== b[1] || b[2]!.charCodeAt(0) !== a[2]!.charCodeAt(0) + 2) continue;
    const missing = String.fromCharCode(a[2]!.charCodeAt(0) + 1);
    const text = lines[questions[k]!.line]?.text ?? '';
    const m = new RegExp(String.raw`[?)\]][ \t]{1,3}(\(?${missing}[.)][ \t]+)(?=[A-Za-z])`, 'i').exec(text);
    if (m) return { line: questions[k]!.line, before: text.slice(0, m.index + 1).trim(), after: text.slice(m.index + m[0].length - m[1]!.length).trim(), id: `Q${a[1]}${missing}` };
  }
  return null;
}

/**
 * The line between two numbered questions that skip a number ("2." … "4.") which opens with the
 * missing number and a space, no stop ("3  Why …"), and a capital: its index and the number. Null
 * when the list skips nothing or no line between so opens.
 */
function skippedNumberLine(lines: readonly Line[], questions: readonly RawQuestion[]): { line: number; num: number } | null {
  const top = questions.filter((x) => /^Q\d+$/.test(x.id));
  for (let k = 0; k + 1 < top.length; k++) {
    const a = Number(top[k]!.id.slice(1));
    if (Number(top[k + 1]!.id.slice(1)) !== a + 2) continue;
    for (let i = top[k]!.line + 1; i < top[k + 1]!.line; i++) {
      if (new RegExp(String.raw`^${a + 1}[ \t]+["'(]?[A-Z]`).test(lines[i]?.text ?? '')) return { line: i, num: a + 1 };
    }
  }
  return null;
}

/**
 * Questions written one per line without numbers ("How many … ?", "Please provide …"), or as a
 * bulleted list: the longest run of such lines at one quote depth, numbered Q1, Q2 … in order.
 * A line ending in a colon introduces the list; a line that does not end a sentence, or the next
 * that starts in lower case, is wrapped text of the same question.
 */
/** "Please include the following information …:", "I would like to know the following:": a list of items asked for comes next. */
// ("I am writing to request … . I would like to know, over the last 12 months, in your trust:": the
// sentence that introduces the list may follow another on its line.)
// ("… which contains as much of the following information for each payment as possible.": a full stop for the colon.)
const ASKS_FOR_FOLLOWING = /\b(?:the\s+following|as\s+follows|below)\b[^:]{0,120}:\s*$|\bthe\s+following\s+(?:information|details|data|fields)\b[^:.]{0,120}\.\s*$|(?:^|[.!?]\s+)(?:please\s+(?:(?:may|can|could|would|will)\s+you\s+)?(?:also\s+)?(?:provide|send|supply|include|tell\s+me)|(?:may|can|could|would|will)\s+you\s+(?:please\s+)?(?:also\s+)?(?:provide|send|supply|tell\s+me)|i\s+(?:would\s+(?:also\s+)?like|(?:also\s+)?request|am\s+(?:also\s+)?requesting))\b[^:.]{0,160}:\s*$/i;
/** "Please could you also provide:": a lead whose bullets add to an ask made above it. */
const ALSO_LEAD_RE = /\balso\b[^:.]{0,120}:\s*$|^(?:in\s+addition|additionally)\b/i;
/** "Please could you provide me with the street lighting data for your area …": a sentence that asks for something, politely, on a line of its own. */
const OWN_ASK_RE = /^(?:please\s+(?:(?:may|can|could|would|will)\s+you\s+)?(?:provide|send|supply|give|tell)|(?:may|can|could|would|will)\s+you\s+(?:please\s+)?(?:provide|send|supply|give|tell)|(?:can|could|may)\s+I\s+(?:please\s+)?(?:have|request)|I\s+would\s+like\s+(?:to\s+(?:request|receive|obtain)\s+)?(?:a\s+copy|copies|the)\b)/i;

/**
 * Items asked for as bullet points under "… the following information …:" ("• Trust's overall
 * spending on interpreting", "• Total translators employed"): noun phrases that ask nothing in
 * words, each a question. The longest run of two or more bullets right under such a line.
 */
function bulletedQuestions(lines: Line[]): { list: ParsedList; occ: Occurrence; askAbove?: boolean } | null {
  let best: RawQuestion[] = [];
  let bestDepth = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!lines[i]!.text || !ASKS_FOR_FOLLOWING.test(lines[i]!.text)) continue;
    const run: RawQuestion[] = [];
    let k = i + 1;
    while (k < lines.length && !lines[k]!.text) k++;
    const depth = lines[k]?.depth ?? 0;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (!line.text) {
        if (k + 1 < lines.length && lines[k + 1]!.text && BULLET.test(lines[k + 1]!.text)) continue;
        break;
      }
      // ("· Of those …, the percentage granted permission:" / "1. On written representations" /
      // "2. Via informal hearing": a bullet's own items, numbered under it, are its words.)
      if (!BULLET.test(line.text) && run.length > 0 && line.depth === depth && /^\(?(?:\d{1,2}|[a-h])[.)]\s/.test(line.text) && /:\s*$|^\(?(?:\d{1,2}|[a-h])[.)]\s/.test(lines[k - 1]!.text.replace(BULLET, ''))) {
        run[run.length - 1]!.parts.push(line.text);
        continue;
      }
      if (!BULLET.test(line.text) || line.depth !== depth) break;
      const text = line.text.replace(BULLET, '').trim();
      if (text.length < 3 || text.length > 400 || SIGN_OFF.test(text)) break;
      run.push({ id: `Q${run.length + 1}`, line: line.n, n: line.n, parts: [text], routing: [] });
    }
    if (run.length > best.length) {
      best = run;
      bestDepth = depth;
    }
  }
  if (best.length < 2) return null;
  // ("Please could you provide me with the street lighting location data …" / "I was unable to find
  // this online …" / "Please could you also provide:" / "• How many …" / "• The annual cost …": the
  // bullets add to the ask above their lead, which is the first item.)
  const leadAt = lines.findIndex((l) => l.n === best[0]!.line);
  let lead = leadAt - 1;
  while (lead >= 0 && !lines[lead]!.text) lead--;
  if (lead >= 0 && ALSO_LEAD_RE.test(lines[lead]!.text)) {
    let k = lead - 1;
    while (k >= 0 && !(lines[k]!.text && lines[k]!.depth === bestDepth && OWN_ASK_RE.test(lines[k]!.text) && !/:\s*$/.test(lines[k]!.text) && !FRAMING.test(lines[k]!.text) && !SIGN_OFF.test(lines[k]!.text))) k--;
    if (k >= 0 && lead - k <= 6) {
      best = [{ id: 'Q1', line: lines[k]!.n, n: lines[k]!.n, parts: [lines[k]!.text], routing: [] }, ...best].map((x, i) => ({ ...x, id: `Q${i + 1}` }));
      return { list: { questions: best, noise: 0, questionLike: best.length }, occ: { depth: bestDepth, first: best[0]!.line, end: best[best.length - 1]!.line }, askAbove: true };
    }
  }
  return { list: { questions: best, noise: 0, questionLike: best.length }, occ: { depth: bestDepth, first: best[0]!.line, end: best[best.length - 1]!.line } };
}

/** Lines that open "1 How …", "2 Share …" (a number, a space, a capital), numbered 1, 2, 3 … in order: at least three, relabelled "1. …". */
function bareNumbered(lines: Line[]): { lines: Line[]; count: number; first: number; last: number } | null {
  let expected = 1;
  let first = -1;
  let last = -1;
  const out = lines.map((l) => {
    const m = /^(\d{1,2})[ \t\u00a0]+(?=[A-Z][a-z])/.exec(l.text);
    if (!m || Number(m[1]) !== expected) return l;
    expected++;
    if (first < 0) first = l.n;
    last = l.n;
    return { ...l, text: `${m[1]}. ${l.text.slice(m[0].length)}` };
  });
  // (Two are enough under a line that introduces them: "… answer the following questions:".)
  const intro = lines.filter((l) => l.n < first && l.text).pop();
  return expected - 1 >= 3 || (expected - 1 === 2 && !!intro && /:$/.test(intro.text)) ? { lines: out, count: expected - 1, first, last } : null;
}

/** A short name of a thing to fill in: "Organisation name", "Name of trust", "Contact email". */
const FIELD_RE = /^[A-Z][\p{L}'’/&-]*(?:\s+[\p{L}'’/&()-]+){0,4}$/u;

/** "Here's further breakdown of each question.", "Below are my questions:": a bullet that introduces the others. */
const LEAD_BULLET = /^(?:here(?:'s|\s+is|\s+are)\b|(?:below|following)\s+(?:is|are)\b|(?:my|the)\s+questions\s+are\b)/i;

/** "… since 2014 and the name of the supplier(s) …": a second thing asked for, joined to the first. */
const AND_THE_NEXT_RE = /,?\s+and\s+(?:also\s+)?(?=(?:the|a)\s+(?:total\s+)?(?:names?|numbers?|amount|cost|quantity|list|details|value|dates?)\s+of\b)/gi;

/** "A driver with a spent conviction": a conviction no longer declared, no money spent. */
const SPENT_CONVICTION_RE = /\bspent\s+(?:criminal\s+)?convictions?\b/gi;
/** "Please can you provide the total amount spent …", "Provide the number of …": a polite ask for a figure. */
const POLITE_SUM_ASK_RE = /^(?:please\s+(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:provide|give|tell\s+me|send|supply)\s+(?:me\s+)?(?:with\s+)?(?:the|a)\s+(?:total\s+)?(?:number|amount|cost|quantity|list|value)\b/i;
/** "Could you give …", "Can you please provide …". */
const COULD_YOU_GIVE_RE = /^(?:can|could|would)\s+you\s+(?:please\s+)?(?:provide|give|tell\s+me|send|supply)\b/i;

/**
 * The request's lines cut at each sentence, and a sentence that asks for "the total spent on … and
 * the name of the supplier …" cut before the second thing asked: for a request that asks in running
 * prose.
 */
function askingSentences(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (!l.text || l.table || BULLET.test(l.text)) {
      out.push(l);
      continue;
    }
    const sentences = l.text.split(/(?<=[?.!])(?<!\b\d{1,2}\.)\s+(?=[A-Z])/).flatMap((t) => (POLITE_SUM_ASK_RE.test(t) || COULD_YOU_GIVE_RE.test(t) ? t.split(AND_THE_NEXT_RE) : [t]));
    // (Each sentence a line of its own, blank-free, so the run reads them in order.)
    // ("Please send the documents.", "Please send the records to the address above.": what to send
    // and where, no question of its own.)
    for (const t of sentences) if (sentences.length === 1 || !/^please\s+send\b/i.test(t.trim())) out.push({ ...l, text: t.trim() });
  }
  return out;
}

/** "If yes, please detail:", "If so, please provide the following:": a condition on the questions below. */
const IF_YES_LEAD_RE = /^if\s+(?:yes|so|you\s+do|they\s+do|it\s+does)\b[^?]{0,60}:$/i;

function unnumberedQuestions(lines: Line[]): { list: ParsedList; occ: Occurrence } | null {
  let best: RawQuestion[] = [];
  let bestDepth = 0;
  let run: RawQuestion[] = [];
  let depth = -1;
  let blanks = 0;
  const close = () => {
    if (run.length > best.length) {
      best = run;
      bestDepth = depth;
    }
    run = [];
  };
  // ("When did the council last repave the road, map location: https://…": a link given with the
  // question is no framing. "The details of your use of drones –": a line that ends on a colon
  // or a dash introduces what follows.)
  const bulleted = new WeakSet<RawQuestion>();
  const optioned = new WeakSet<RawQuestion>();
  const asking = (raw: string): boolean => {
    const text = unframed(raw);
    return ASKS.test(text) && !FRAMING.test(text.replace(/\bhttps?:\/\/\S+/g, ' ')) && !SIGN_OFF.test(raw) && !/(?::|\s[–—-])$/.test(raw.trim()) && raw.length >= 12 && raw.length <= 400;
  };
  lines.forEach((line, i) => {
    if (!line.text) {
      if (++blanks > 1) close();
      return;
    }
    const text = line.text.replace(BULLET, '');
    // ("Request" / "What is the policy on …" / "Request" / "How long has …": a page that heads each
    // item "Request"; the heading is no item and does not end the run.)
    if (/^(?:request|question|your\s+request)\s*:?$/i.test(text.trim())) return;
    const last = run[run.length - 1];
    // ("The scheme" / "• Does the council run …?" … / "" / "Charges" / "• What is the fee …?": the
    // request's topic headings over groups of bulleted questions; no item, and the list goes on.)
    const below = lines.slice(i + 1).find((l) => l.text);
    if (last && blanks >= 1 && bulleted.has(last) && !BULLET.test(line.text) && line.depth === depth && text.length <= 40 && /^[A-Z]/.test(text) && !/[.?!:;,]$/.test(text) && !!below && BULLET.test(below.text) && asking(below.text.replace(BULLET, ''))) {
      blanks = 0;
      return;
    }
    // (A line about the items above, between them and the next: "Please provide this information for
    // each of the last five years." / "In addition, please provide …" goes on with the list.)
    if (run.length >= 2 && line.depth === depth && ABOVE_FRAMING.test(text)) {
      blanks = 0;
      return;
    }
    // ("Does your organisation fly drones for any purpose?" / "If yes, please detail:" / "Who
    // provides …?": the condition on the questions below, between them and the one it hangs on.)
    if (run.length >= 1 && line.depth === depth && blanks <= 1 && IF_YES_LEAD_RE.test(text.trim()) && !!below && asking(below.text.replace(BULLET, ''))) {
      blanks = 0;
      return;
    }
    if (line.depth !== depth) {
      close();
      depth = line.depth;
    }
    // ("- Organisation name" over "- Which system do you use to log requests?": a field to fill in,
    // bulleted like the questions under it, is the list's first item.)
    const next = lines.slice(i + 1).find((l) => l.text);
    const field = run.length === 0 && BULLET.test(line.text) && FIELD_RE.test(text) && !!next && next.depth === line.depth && BULLET.test(next.text) && asking(next.text.replace(BULLET, ''));
    const asks = asking(text) || field;
    // ("Will the fleet go electric by 2030?" / "Fares are evaded at peak times, so please put on
    // more inspectors." / "How much rent …?": a line of a run that asks in no question's words, between
    // lines that ask, is one of the items too.)
    const between = !asks && run.length >= 2 && blanks === 0 && /[.?]["')]?$/.test(text) && /^[A-Z]/.test(text) && !!next && lines[i + 1] === next && next.depth === line.depth && asking(next.text.replace(BULLET, ''));
    // ("- Are your records" / " Paper only" / " Electronic only" / " A mix of paper and electronic" /
    // "- Do you outsource …?": short lines without the bullet the questions carry are the options of
    // the question above, not the end of the list.)
    const option = !!last && blanks === 0 && !asks && bulleted.has(last) && !BULLET.test(line.text) && /^[A-Z0-9£"“(]/.test(text) && text.length <= 80 && !/[?:]\s*$/.test(text) && !SIGN_OFF.test(text) && !FRAMING.test(text);
    // (Options that say yes or no, "Yes – redaction" / "No – Other", are the form's boxes to tick: the
    // question stays yes or no, in its own words.)
    if (option && /^(?:yes|no)\b/i.test(text)) {
      // (Nothing to keep.)
    } else if (option) {
      const at = last!.parts.length - 1;
      last!.parts[at] = optioned.has(last!) ? `${last!.parts[at]!}; ${text}` : `${last!.parts[at]!.replace(/[?:]?\s*$/, '')}: ${text}`;
      optioned.add(last!);
    } else if (last && blanks === 0 && !SIGN_OFF.test(text) && ((!asks && (endsOpen(last.parts[last.parts.length - 1]!) || /^[a-z(]/.test(text))) || (bulleted.has(last) && !BULLET.test(line.text) && endsOpen(last.parts[last.parts.length - 1]!)) || (/^(?:and|or|but|as\s+well\s+as|together\s+with|including)\s/.test(text) && endsOpen(last.parts[last.parts.length - 1]!)))) {
      // ("Could you tell me how many audits were carried out in 2023" / "and how many of them found
      // deficiencies?": a sentence wrapped before its "and" goes on, though the line asks.)
      // ("- Has the council adopted Schedule 4 to the … Act" / "  1982 (street trading)?": a bulleted
      // question wrapped onto a line without a bullet goes on there, though that line ends in "?".)
      last.parts.push(text);
    } else if (asks || between) {
      const item: RawQuestion = { id: `Q${run.length + 1}`, line: line.n, n: line.n, parts: [text], routing: [] };
      if (BULLET.test(line.text)) bulleted.add(item);
      run.push(item);
    } else {
      close();
    }
    blanks = 0;
  });
  close();
  // ("The length of road your council maintains." / "The number of gritters that you operate …" / …: the
  // first item names what it asks for in the words the next ones open with, and asks in no words.)
  if (best.length >= 2) {
    const at = lines.findIndex((l) => l.n === best[0]!.line);
    let k = at - 1;
    while (k >= 0 && !lines[k]!.text.trim()) k--;
    const above = k >= 0 ? lines[k]! : null;
    const word = (t: string): string | undefined => /^\W*([A-Za-z]+)/.exec(t)?.[1]?.toLowerCase();
    const t = above ? above.text.replace(BULLET, '').trim() : '';
    if (above && at - k <= 2 && above.depth === lines[at]!.depth && BULLET.test(above.text) === BULLET.test(lines[at]!.text) && /^[A-Z].{8,118}\.$/.test(t) && word(t) === word(best[0]!.parts[0]!) && !FRAMING.test(t) && !SIGN_OFF.test(t) && !/\b(?:I|we|my|our|please)\b/i.test(t)) {
      best = [{ id: 'Q1', line: above.n, n: above.n, parts: [t], routing: [] }, ...best].map((x, i) => ({ ...x, id: `Q${i + 1}` }));
    }
  }
  // ("- The incorrect version of the 2018 report" / "- The correct version …" / "- The minutes of the
  // board meeting": a request that is a bulleted list of documents and nothing more, each bullet an
  // item though none asks in words.)
  // (Under one line that frames them too, though some of them ask: "Please give the following for
  // each item below." / "- The number of pitches" / "- Total annual spend …" / "- Performance data
  // by contractor": the bullets are the items, the frame none of them.)
  {
    const filled = lines.filter((l) => l.text);
    // ("• Here's further breakdown of each question." over the bullets that ask: a lead, no item.)
    const bullets = filled.filter((l) => BULLET.test(l.text) && l.text.replace(BULLET, '').length >= 12 && !LEAD_BULLET.test(l.text.replace(BULLET, '')));
    if (bullets.length >= 3 && bullets.length >= filled.length - 1 && bullets.length >= best.length && (best.length < 2 || !BULLET.test(filled[0]!.text)) && bullets.every((l) => l.depth === bullets[0]!.depth)) {
      best = bullets.map((l, k) => ({ id: `Q${k + 1}`, line: l.n, n: l.n, parts: [l.text.replace(BULLET, '')], routing: [] }));
      bestDepth = bullets[0]!.depth;
    }
  }
  // ("… whether the council currently has the below library services in place." / "Home Delivery" /
  // "Talking Book Loans" / "Local History Archive": the request's last lines, short names under a
  // sentence that points to them below, each an item.)
  if (best.length < 2) {
    const filled = lines.filter((l) => l.text);
    const lead = filled.findIndex((l) => LIST_BELOW_RE.test(l.text));
    const items = lead >= 0 ? filled.slice(lead + 1) : [];
    if (items.length >= 3 && items.length <= 15 && items.every((l) => l.depth === items[0]!.depth && l.text.length <= 60 && /^[A-Z0-9]/.test(l.text) && !/[.?!:;,]$/.test(l.text.trim()))) {
      best = items.map((l, k) => ({ id: `Q${k + 1}`, line: l.n, n: l.n, parts: [l.text.trim()], routing: [] }));
      bestDepth = items[0]!.depth;
    }
  }
  // ("What is the specification …? What are the terms …? Does the council employ …? Please send a
  // copy.": one paragraph of three or more questions, unnumbered; each sentence that asks is an item.)
  if (best.length < 2) {
    for (const l of lines) {
      const asked = (l.text.match(/[^?.!]*?\?/g) ?? []).map((t) => t.trim()).filter((t) => /^[A-Z]/.test(t) && t.split(/\s+/).length >= 4);
      if (asked.length >= 3 && asked.length > best.length) {
        best = asked.map((t, k) => ({ id: `Q${k + 1}`, line: l.n, n: l.n, parts: [t], routing: [] }));
        bestDepth = l.depth;
      }
    }
  }
  if (best.length < 2) return null;
  const first = best[0]!.line;
  const end = best[best.length - 1]!.line;
  return { list: { questions: best, noise: 0, questionLike: best.length }, occ: { depth: bestDepth, first, end } };
}

// ---------------------------------------------------------------------------------------------
// Types from wording

interface TypeGuess {
  type: QuestionType;
  unit?: string;
  choices?: string[];
}

const AUX_START = /^(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|may)\b/i;

/** The text without a leading condition ("If it does, …", "If Yes to Q13a., …"). */
function coreText(text: string): string {
  return text
    // (The request quoted whole in the letter: "“Do you provide free parking …?" opens the quote.)
    .replace(/^["'“‘]+\s*(?=[A-Za-z])/, '')
    .replace(/^\(?[a-z]\)\s+/i, '')
    // ("(ii) the year in which …": a part's roman numeral.)
    .replace(/^\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s+/i, '')
    .replace(ORDINAL_LEAD, '')
    .replace(TOPIC_LEAD, '')
    .replace(TITLE_LINE_LEAD, '')
    .replace(/^if\b[^,?]*?(?:\.,|,)\s*/i, '')
    // ("Since 1 April 2019, has the council returned any …?": a time before the question's verb.)
    .replace(/^(?:since|from|in|during|over|between|for|as\s+(?:of|at)|at)\s+[^,?]{1,50},\s*(?=(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)\b)/i, '')
    // ("When considering a reduction of the charge, do you also consider …?": a clause of when.)
    .replace(/^(?:when|whenever|while|whilst|before|after|once)\s+[^,?]{1,90},\s*(?=(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)\b)/i, '')
    .trim();
}

/** "Firstly, …", "Secondly, …", "Finally, …": the paragraph's place in the request, not its question. */
const ORDINAL_LEAD = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|seventh(?:ly)?|eighth(?:ly)?|ninth(?:ly)?|tenth(?:ly)?|next|then|lastly|finally|also|additionally|furthermore|further)\s*,\s*/i;
/**
 * "Priority routes Please confirm whether …": a heading line run into the question below it; the
 * ask starts at a capitalised question word in mid-sentence (case matters: "… and how many").
 */
// ("AI Strategy and Planning Does the trust have …", "Use of AI in Clinical Care Is the trust …": a
// heading in title case, its words capitalised.)
const TITLE_LINE_LEAD = /^[A-Z][\w'’&/-]*(?:\s+[a-z][\w'’&/-]*){0,4}\s+(?=(?:Please|What|How|When|Which|Who|Where|Does|Do|Did|Is|Are|Was|Were|Has|Have|Can|Could|Will|Would)\s)|^[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|of|and|in|for|the|on|to|&)){1,6}\s+(?=(?:Please|What|How|When|Which|Who|Where|Does|Do|Did|Is|Are|Was|Were|Has|Have|Can|Could|Will|Would)\s)/;
/** "Licensed drivers. How many …": a short topic phrase before the question itself. */
const TOPIC_LEAD = /^[A-Z][\w'’&/ -]{2,40}\.\s+(?=(?:what|how|when|which|who|where|why|does|do|did|is|are|was|were|has|have|had|can|could|will|would|in\s+what|in\s+which|please)\b)/i;

function guessChoice(sentence: string): string[] | null {
  // Questions are short; the pattern below backtracks quadratically on long runs of capitals.
  if (sentence.length > 300) return null;
  const WORD = String.raw`[A-Z][\w'&/-]*(?: [A-Z][\w'&/-]*)*`;
  const FILLER = String.raw`(?:\b(?:by|a|an|the|via|in|on|at|from|to) )*`;
  const OPTION = `${FILLER}${WORD}`;
  const m = new RegExp(String.raw`((?:${OPTION}, )*${OPTION}),? or (${OPTION})\s*\?`).exec(sentence);
  if (!m) return null;
  const options = [...m[1]!.split(', '), m[2]!].map((o) => o.replace(new RegExp(`^${FILLER}`), '').trim());
  if (options.some((o) => AUX_START.test(o) && o.includes(' '))) return null;
  if (options.every((o) => /^(?:yes|no)$/i.test(o))) return null;
  // "Mainly Residents or Properties?": many bodies answer "Both", a code of its own.
  return options.length === 2 && !options.some((o) => /^both$/i.test(o)) ? [...options, 'Both'] : options;
}

/**
 * "Do you use an in-house team or a private enforcement company to issue fines?": the two ways a
 * service is delivered, and both, as the question's choices.
 */
export function inHouseOrOut(sentence: string): string[] | null {
  // ("… using its own staff or an external contractor, and if a contractor, which one": the same.)
  const m = /\b(?:(?:an?\s+|your\s+own\s+)?in[- ]?house\s*(?:teams?|services?|staff|officers|workforce)?|(?:its|their|your|our)\s+own\s+(?:staff|employees|workforce|teams?|officers))\s+or\s+(?:an?\s+|by\s+an?\s+)?((?:private|external|outsourced|third[- ]party|contracted|commercial)(?:\s+[a-z-]+){0,3}?|(?:a\s+)?contractors?)(?=\s+(?:to|for|in|who|that)\b|\s*,\s*(?:and|or)\b|\s*[?.]?$)/i.exec(sentence);
  if (!m) return null;
  const other = m[1]!.trim();
  return ['In-house', other[0]!.toUpperCase() + other.slice(1), 'Both'];
}

/** "Does the council use a dry or liquid spreading process?": which of two kinds of one thing it uses. */
function usesWhichKind(sentence: string): string[] | null {
  const m = /\b(?:use|uses|operate|operates|employ|employs|apply|applies|prefer|prefers|adopt|adopts)\s+(?:an?|the)\s+([a-z]{3,})\s+or\s+(?:an?\s+)?([a-z]{3,})\s+[a-z]+(?:\s+[a-z]+){0,2}\s*\?\s*$/i.exec(sentence);
  if (!m || /^(?:yes|no|not|any|some)$/i.test(m[2]!)) return null;
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1).toLowerCase();
  return [cap(m[1]!), cap(m[2]!), 'Both'];
}

/** Words that open an option phrase without naming it: "by an external contractor". */
const OPTION_LEAD = /^(?:(?:by|via|through|using|with|from|in|on|at|as|a|an|the)\s+)+/i;
/** "a mix of the two": the tail that only points back at the other options (not counted as words). */
const OPTION_TAIL = /\s+of\s+(?:the\s+)?(?:two|both|three|these|them|those|the\s+above|each)$/i;

/**
 * "Is the service delivered in-house, by an external contractor, or by a mix of the two?": three
 * or more options written in lower case, the first one the last word before the list's first
 * comma, as the question's choices ("In-house", "External contractor", "Mix of the two"). Null unless every
 * option is a short phrase.
 */
export function phraseChoices(sentence: string): string[] | null {
  // "… online, on request only, or both." ends with a full stop as often as a question mark.
  const s = sentence.replace(/[?.]\s*$/, '').trim();
  const m = /,?\s+or\s+([^,]{2,60})$/.exec(s);
  if (!m) return null;
  const parts = s.slice(0, m.index).split(/,\s+/);
  if (parts.length < 2) return null;
  // The first option is the last word before the list; "… to residents, either …" is no list.
  const headM = /(?:^|\s)(\S+)\s+([\p{L}][\p{L}'-]*)$/u.exec(parts[0]!);
  const head = headM?.[2];
  if (!head || OPTION_LEAD.test(`${head} `) || AUX_START.test(head) || /^(?:to|for|of|about|at|than)$/i.test(headM![1]!)) return null;
  // ("… other organisations, such as parish or town councils?": examples, not options.)
  if (parts.slice(1).some((p) => /^(?:either|whether|and|but|if|which|that|such\s+as|e\.g\.|for\s+example|including|like)(?=\s|$)/i.test(p.trim()))) return null;
  // ("… or a third party organisation such as medical records, counselling records … or
  // educational records?": the examples begin before the first comma.)
  if (/\b(?:such\s+as|e\.g\.|for\s+example|including)\s+(?:\S+\s+){0,3}\S+$/i.test(parts[0]!)) return null;
  // "carried out by council staff, by a contractor, or …": the first option is all that follows its "by".
  const byPhrase = /\b(?:by|via|through|using|at)\s+((?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)$/u.exec(parts[0]!)?.[1];
  // ("offered to domestic customers only, commercial customers only, or both": the first option ends
  // in the same word as the next, so it takes as many words as the next has.)
  const next = parts[1]!.trim().split(/\s+/);
  const before = parts[0]!.trim().split(/\s+/);
  const parallel = next.length >= 2 && next.length < before.length && next[next.length - 1]!.toLowerCase() === head.toLowerCase() ? before.slice(-next.length).join(' ') : undefined;
  const options = [byPhrase ?? parallel ?? head, ...parts.slice(1), m[1]!].map((o) => o.trim().replace(OPTION_LEAD, '').trim());
  if (options.length < 3 || options.length > 8) return null;
  // "an arm's-length management organisation (ALMO)": an acronym in brackets is part of the option's name.
  const bare = (o: string): string => o.replace(/\s*\([A-Z]{2,8}s?\)$/, '');
  if (options.some((o) => o.length === 0 || bare(o).replace(OPTION_TAIL, '').split(/\s+/).length > 6 || /\d|[;:()]/.test(bare(o)))) return null;
  // "a mix of the two" keeps the request's words ("Mix of the two"): the researcher's own codes.
  return options.map((o) => o[0]!.toUpperCase() + o.slice(1));
}

/** "(In-house / Contractor / No service)" closing a question: its options, unless they are yes and no. */
export function slashChoices(text: string): string[] | null {
  const m = /\(([^()]{3,160})\)\s*[?.]?\s*$/.exec(text.trim());
  if (!m) return null;
  // "How many charging points …? (split slow/medium/fast)": a count broken down, not options.
  if (/^\s*(?:split|broken\s+down|break\s*down|by|per)\b/i.test(m[1]!) && /\bhow\s+(?:many|much)\b|\bnumber\s+of\b/i.test(text)) return null;
  // ("… (please identify the brand/supplier if so)": an instruction in brackets, not options.)
  if (/^\s*(?:please|if|where|when|e\.g\.?|i\.e\.?|for\s+example|such\s+as|including|see|and|or)\b/i.test(m[1]!)) return null;
  const items = m[1]!.split(/\s*\/\s*/).map((o) => o.trim()).filter((o) => o.length > 0);
  // ("charity or social enterprise partner": an option may take five or six words.)
  if (items.length < 2 || items.length > 8 || items.some((o) => o.length > 48 || o.split(/\s+/).length > 6 || /\d|[;:,]/.test(o))) return null;
  if (items.every((o) => /^(?:yes|no|y|n|don'?t\s+know|unknown|n\/a)$/i.test(o))) return null;
  return items.map((o) => o[0]!.toUpperCase() + o.slice(1));
}

/**
 * "Which of the following best describes …: closures planned; no change planned; expansion?":
 * the options listed after a colon, separated by semicolons (or by commas after "which of the
 * following"), as the question's choices.
 */
export function listedChoices(text: string): string[] | null {
  // ("Which one of the following is the main reason …? Major works / Low demand / Other": the
  // options after the question mark, when the question offers them.)
  // ("which best describes the council's plans - planned and funded, proposed but not yet funded,
  // or none planned": the options after a dash, where the question asks which describes it.)
  const describes = /\bwhich\s+(?:best\s+|most\s+closely\s+)?describes?\b/i.test(text);
  const m = /:\s*([^:?]{3,400})\??\s*$/.exec(text) ?? /\?\s*((?:[-•*·]\s)?[^:?]{3,400})$/.exec(text) ?? (describes ? /\s[-–—]\s+([^:?–—]{3,400})\??\s*$/.exec(text) : null);
  if (!m) return null;
  // ("The number of payments over £100,000, in £50,000 brackets. For example: £150,000-£200,000 - five
  // people; …": the requester's examples of an answer, not options.)
  if (/\b(?:for\s+example|for\s+instance|e\.g\.?|such\s+as|i\.e\.?)\s*$/i.test(text.slice(0, m.index))) return null;
  const body = m[1]!.replace(/\.$/, '');
  const following = /\b(?:which|what)\s+of\s+(?:the\s+following|these|the\s+options)\b|\b(?:one\s+of|choose|select)\b/i.test(text.slice(0, m.index));
  if (m[0].startsWith('?') && !(following && (/\S\s\/\s\S/.test(body) || /^[-•*·]\s/.test(body)))) return null;
  let items = body.split(/\s*;\s*/);
  // "Please say which of these applies: council officers only / an external contractor only / both."
  // (A lower-case article goes: "an external contractor only"; "A combination of methods" is the option's own name.)
  if (items.length < 2 && (following || (body.match(/\S\s\/\s\S/g) ?? []).length >= 2) && / \/ /.test(body)) items = body.split(/\s+\/\s+/).map((o) => o.replace(/^(?:an?|the)\s+/, ''));
  // "Please choose one of the following:" over "- No next of kin could be traced" / "- Next of kin …": bullet lines.
  if (items.length < 2 && following && /^[-•*·]\s/.test(body.trim())) items = body.trim().slice(1).split(/\s+[-•*·]\s+/);
  // "are they usually: scattered in a garden of remembrance, kept by the council, or other (please
  // specify)?": options listed with commas, "or" before the last.
  const orList = /,\s+or\s+[^,]+$/.test(body) && body.split(/\s*,\s*/).length >= 3;
  if (items.length < 2 && (following || orList)) items = body.split(/\s*,\s*/);
  // ("(i) the council directly, (ii) a self-managing association, or (iii) a mix of both": the
  // options without their numerals.)
  items = items.map((o) => o.replace(/^(?:and|or)\s+/i, '').replace(/^\((?:i{1,3}|iv|vi{0,3}|[a-h])\)\s*/i, '').replace(/^["'“‘]|["'”’]$/g, '').replace(/\s*\(please\s+(?:specify|state|give\s+details)\)$/i, '').replace(/[.,]$/, '').trim()).filter((o) => o.length > 0);
  if (items.length < 2 || items.length > 12 || items.some((o) => o.length > 80 || /\?/.test(o))) return null;
  if (!following && items.length < 3) return null;
  // ("Electronic patient record: supplier; software/system; contract expiry date": the things to give
  // for each row of a table, not options to pick from.)
  if (!following && items.filter((o) => RECORD_FIELD.test(o)).length >= 2) return null;
  // (An option may be a phrase: "every six months through the DBS Update Service".)
  if (orList && !following && items.some((o) => o.split(/\s+/).length > 8)) return null;
  return items.map((o) => o[0]!.toUpperCase() + o.slice(1));
}

/** "supplier", "contract expiry date", "annual cost": a detail asked about each item, not an option. */
const RECORD_FIELD = /\b(?:date|name|supplier|provider|vendor|cost|value|amount|expiry|renewal|version|spend|price|contact|start|end|term)s?\b/i;

/** "(i) in-house by the council, (ii) by an external contractor, or (iii) by schools themselves?" → the three options. */
function romanOptions(text: string): string[] | null {
  // ("Does the council plan to (a) introduce a new zone, (b) extend an existing zone, (c) both, or
  // (d) neither?": options lettered inline, the last offered with "or".)
  const lettered = /\(a\)/.test(text) && /\(b\)/.test(text) && /\bor\s+\([b-h]\)/i.test(text);
  const parts = lettered ? text.split(/\s*\([a-h]\)\s*/) : text.split(/\s*\((?:i{1,3}|iv|v|vi{0,3})\)\s*/);
  if (parts.length < 3 || (!lettered && (!/\(i\)/.test(text) || !/\(ii\)/.test(text)))) return null;
  // (The last option ends at the question mark: "… or (iv) a mix? Please pick one option.")
  const items = parts.slice(1).map((o) => o.replace(/\?[\s\S]*$/, '').replace(/[?.]\s*$/, '').replace(/,?\s+(?:or|and)\s*$/i, '').replace(/,\s*$/, '').replace(OPTION_LEAD, '').trim()).filter((o) => o.length > 0);
  if (items.length < 2 || items.some((o) => o.split(/\s+/).length > (lettered ? 12 : 8))) return null;
  // ("… (c) both, or (d) neither, in the next two years?": a time after the last option is the
  // question's, not the option's.)
  items[items.length - 1] = items[items.length - 1]!.replace(/,\s*(?:in|within|over|during|by|before|after|from|since)\s+(?:the\s+)?(?:next|last|past|coming|current|this|\d)[^,]*$/i, '');
  return items.map((o) => o[0]!.toUpperCase() + o.slice(1));
}

/** "… or is this outsourced …", "… or does it use …": a second clause offered as the alternative. */
// ("… or are they being installed for free …?" is answered "They are being installed …": yes.)
// ("Does your force use them only on suspects in custody or also in public places?": "only …
// or also …" offers two answers too.)
const ALTERNATIVE_CLAUSE = /,?\s+or\s+(?:is|are|was|were|does|do|did|has|have)\s+(?:this|it|that|they|these)\s+(?!being\b)|\bonly\s+(?:on|in|for|at|to|by|with)\s[^?]{1,80}?\s+or\s+also\s+(?:on|in|for|at|to|by|with)\s/i;

/** "in working days", "in weeks": the unit a duration is asked in. */
// ("Average length of time on ward (days)": the unit alone in brackets; not "(days or weeks)", a
// choice left to the council.)
const DURATION_UNIT = /\b(?:in|as\s+a\s+number\s+of)\s+(?:working\s+|calendar\s+|whole\s+)?(days|weeks|months|years|hours|minutes)\b|\(\s*(?:in\s+)?(?:working\s+|calendar\s+)?(days|weeks|months|years|hours|minutes)\s*\)/i;
// ("What is the maximum period for which a consent is granted?": a period asked for.)
const DURATION_WORDS = /\bhow\s+long\b|\b(?:maximum|minimum|longest|shortest|average|usual|typical)\s+(?:[a-z]+\s+)?intervals?\b|\bintervals?\s+between\b|\bfor\s+what\s+(?:minimum\s+|maximum\s+|average\s+)?(?:period|length\s+of\s+time)\b|\b(?:minimum|maximum|longest|shortest|usual|typical|standard)\s+(?:period|term)\s+(?:for\s+which|of|that)\b|\bhow\s+far\s+in\s+advance\b|\bhow\s+much\s+notice\b|\b(?:length|duration)\s+of\b|\b(?:average|median|mean|target|typical|usual|normal)\s+(?:time|wait(?:ing)?(?:\s+time)?|length|duration|response\s+time)\b|\b(?:waiting|turnaround|response|journey|travel|processing|decision|determination|handling|resolution)\s+time\b|\btime\s+taken\b|\b(?:target|standard|usual|normal|typical)\s+(?:timescale|time\s*frame|time\s+limit)s?\b/i;
/** Quantities that "how much" may ask about besides money. */
const NOT_MONEY = /\b(?:time|hours?|days?|weeks?|land|space|area|waste|tonnes?|tons?|energy|electricity|gas|water|fuel|kwh|mwh|litres?|miles?|kilometres?|staff|floor)\b/i;

/** "(km)", "(tonnes)", "(£)", "(Yes/No)" at the end of a table row or a question: the answer's unit or type. */
const BRACKET_UNIT = /\((km|kilometres|miles|metres|m|tonnes|tons|kg|litres|hectares|ha|kwh|mwh|£|gbp|%|yes\s*\/\s*no|y\s*\/\s*n)\)\s*[?.]?\s*$/i;

const MEASURE_UNITS: Record<string, string> = { millimetres: 'mm', millimeters: 'mm', centimetres: 'cm', metres: 'm', meters: 'm', kilometres: 'km', hectares: 'ha' };

/**
 * "Can you tell me when …", "Could you provide me with a copy of …": a request put politely, not a
 * yes-or-no question; what follows the verb is what is asked.
 */
const POLITE_ASK = /^(?:(?:can|could|would|will)\s+(?:you|the\s+(?:council|authority))\s+(?:also\s+)?(?:please\s+)?(?:also\s+)?(?:kindly\s+)?(tell|let\s+(?:me|us)\s+know|provide|give|send|supply|confirm|advise|list|explain|state|share|detail|outline|indicate)\b\s*(?:(?:me|us)\b\s*)?(?:with\s+)?|(?:can|could|may)\s+(?:I|we)\s+(?:please\s+)?(?:also\s+)?(?:have|get|receive|obtain|see|request|ask(?:\s+for)?|know)\b\s*)/i;

/** "Can you break … down", "Could you please itemise …": a breakdown or a description asked for politely. */
const POLITE_BREAKDOWN_ASK = /^(?:can|could|would|will)\s+you\s+(?:also\s+)?(?:please\s+)?(?:also\s+)?(?:kindly\s+)?(?:break|split|separate|itemi[sz]e|categori[sz]e|describe|specify)\b/i;

const PERCENT = /\bpercentage\b|\bper\s*cent\b|%|\bproportion\b/i;

/** "For each case, please state whether …": whether, asked of every item in turn. */
const FOR_EACH_WHETHER = /^(?:\W*)for\s+(?:each|every)\b[^?]{0,100}?\bwhether\b/i;

/** "Do you have a …", "Does the council have any …", "Is there a …": a question whether something exists. */
const HAVE_ANY_ASK = /^(?:(?:do|does)\s+(?:you|your\s+(?:council|authority|organi[sz]ation|trust|force|board|service|university)|the\s+(?:council|authority|organi[sz]ation|trust|force|board|service|university))\s+(?:currently\s+)?(?:have|hold)|(?:is|are)\s+there)\s+(?:a|an|any|(?:approved|written|formal|published|adopted|documented|agreed|dedicated|named)\s+[a-z]+)\s/i;

/** "Please release any plans, proposals or other documents …", "Please send copies of the minutes …": documents asked for. */
export const DOCUMENTS_ASKED_RE = /^(?:please\s+)?(?:release|provide|send|supply|disclose|share)\s+(?:me\s+)?(?:with\s+)?(?:any|all|the|copies\s+of(?:\s+any|\s+all|\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?:plans?|proposals?|documents?|reports?|minutes|correspondence|e-?mails|letters|assessments?|polic(?:y|ies)|strateg(?:y|ies)|guidance|procedures?|contracts?|agreements?|records)\b/i;

function guessType(text: string): TypeGuess {
  // ("Apart from the statutory £21 fee, does the council charge any other fee? Yes or no.": the
  // answer asked for is said at the end, whatever the question mentions.)
  if (/\?\s*(?:please\s+answer\s+)?yes\s*(?:or|\/)\s*no\s*\.?\s*$/i.test(text.trim())) return { type: 'yes-no' };
  // ("For each time a hood was used, can you please highlight whether it was used in custody or in
  // public?": one answer per occasion, a breakdown, not a yes or no.)
  if (FOR_EACH_WHETHER.test(text.trim())) return { type: 'text' };
  const polite = POLITE_ASK.exec(coreText(text));
  if (polite) {
    // ("Could you confirm whether …" is yes or no after all, from its "whether".)
    const rest = coreText(text).slice(polite[0].length);
    if (/\w/.test(rest)) return guessType(rest[0]!.toUpperCase() + rest.slice(1));
  }
  // ("Can you please break the numbers down into 'right to ask' and 'right to know'": a breakdown
  // asked for politely, not a yes or no.)
  if (POLITE_BREAKDOWN_ASK.test(coreText(text))) return { type: 'text' };
  const core = coreText(text);
  const bracket = BRACKET_UNIT.exec(core)?.[1]?.toLowerCase().replace(/\s+/g, '');
  if (bracket) {
    if (bracket === '£' || bracket === 'gbp') return { type: 'money' };
    if (bracket === '%') return { type: 'percent' };
    if (bracket === 'yes/no' || bracket === 'y/n') return { type: 'yes-no' };
    return { type: 'number', unit: bracket };
  }
  // ("If placements were made, please list a. the trusts patients were sent to and b. for each trust,
  // the number of times": names asked for, with their counts.)
  if (/\bplease\s+list\s+(?:a\.\s+|\(?a\)\s+)?(?!(?:(?:the|all|each)\s+)?(?:number|total|amount|cost|percentage|value)s?\b)[a-z]/i.test(core) && !/^(?:how\s+many|how\s+much|what\s+(?:is|was)\s+the\s+(?:number|total))\b/i.test(core)) return { type: 'text' };
  // ("How would you rank them according to priorities within your budget?": an order in words.)
  if (/\bhow\s+(?:would|do|will)\s+(?:you\s+)?rank\b|\bin\s+order\s+of\s+priority\b/i.test(core)) return { type: 'text' };
  // ("A copy of a formal plan to increase the number of charging points": a document asked for.)
  if (/^(?:(?:please\s+)?(?:provide|send|supply|give)\s+(?:me\s+)?(?:with\s+)?)?(?:a\s+|any\s+)?(?:copy|copies)\s+of\b/i.test(core)) return { type: 'text' };
  // ("Please release any plans, proposals or other documents about a charge …": documents asked
  // for, whatever money they discuss.)
  if (DOCUMENTS_ASKED_RE.test(core) && !/\bhow\s+(?:many|much)\b|\b(?:number|total|amount)\s+of\b/i.test(core)) return { type: 'text' };
  // "the median number of working days taken to close a complaint": a duration in days.
  // ("the average duration in number of days it has taken …": the same.)
  const daysCount = /\b(?:average|median|mean|typical)\s+(?:(?:duration|time|length\s+of\s+time)\s+in\s+)?number\s+of\s+(?:working\s+|calendar\s+)?(days|weeks|months|years|hours)\b/i.exec(core);
  if (daysCount) return { type: 'duration', unit: daysCount[1]!.toLowerCase() };
  // "On average, how many days does it take the council to decide an application?": a length of time.
  // ("On average, how many working days passed between a request for a site inspection and the
  // visit?": the same, the time between two events.)
  const daysTaken = /\bhow\s+many\s+(?:working\s+|calendar\s+)?(days|weeks|months|years|hours)\s+(?:(?:does|do|did|will|would)\s+(?:it|they)\s+(?:usually\s+|normally\s+|typically\s+)?take\b|(?:passed|elapsed|went\s+by|(?:have\s+|has\s+)?(?:passed|elapsed))\s+(?:between|from)\b)/i.exec(core);
  if (daysTaken) return { type: 'duration', unit: daysTaken[1]!.toLowerCase() };
  // "Month and year the plan was approved": a date to the month, which the year type holds.
  if (/^(?:(?:please\s+)?(?:provide|state|give|confirm|tell\s+me)\s+)?(?:the\s+)?(?:month\s+and\s+year|year|date)\s+(?:the|that|when|on\s+which|in\s+which|of)\b/i.test(core) && !/\bhow\s+many\b|\bnumber\s+of\b/i.test(core)) return { type: 'year' };
  const sentence = /^[^?]*\?/.exec(core)?.[0] ?? core;
  // "… or no service at all? (In-house / Contractor / No service)": the options in brackets.
  const slashed = slashChoices(text);
  if (slashed) return { type: 'choice', choices: slashed };
  const listed = listedChoices(core);
  if (listed) return { type: 'choice', choices: listed };
  // "Is the service delivered (i) in-house by the council, (ii) by an external contractor, or (iii)
  // by schools themselves?": the options numbered inline.
  const numbered = romanOptions(core);
  if (numbered) return { type: 'choice', choices: numbered };
  // "If you are part of any programme or scheme that works to grant increased access to public
  // toilets": a condition with nothing asked after it asks whether it holds.
  if (/^if\s+(?:you|your\s+(?:council|authority|organisation|force|service)|the\s+(?:council|authority))\s+(?:are|is|have|has|do|does|operate|run|use|hold|belong|take\s+part|participate)\b/i.test(core) && !/\b(?:please|what|how|which|who|whom|when|where|why|name|give|provide|state|list|describe|explain|detail|send|supply|tell|confirm)\b|[,;:?]/i.test(core)) return { type: 'yes-no' };
  if (AUX_START.test(core) || /^(?:please\s+(?:confirm|state|indicate|tell\s+(?:me|us))\s+)?whether\b/i.test(core)) {
    // ("Do you have a formal AI strategy, policy or governance board in place?", "Is there any
    // … for social care, housing or waste?": whether any such thing exists, yes or no.)
    if (HAVE_ANY_ASK.test(sentence)) return { type: 'yes-no' };
    // ("… held in person, remotely (by telephone or video), or as a mix of both?": an option's note
    // in brackets is no option of its own.)
    const bare = sentence.replace(/\s*\([^()]*\)/g, '');
    const choices = guessChoice(sentence) ?? phraseChoices(sentence) ?? inHouseOrOut(sentence) ?? usesWhichKind(sentence) ?? (bare !== sentence ? guessChoice(bare) ?? phraseChoices(bare) : null);
    if (choices) return { type: 'choice', choices };
    // "Does the council manage the mowing in house or is this outsourced to a contractor?": two
    // clauses offered as alternatives ask which, not yes or no.
    return ALTERNATIVE_CLAUSE.test(sentence) ? { type: 'text' } : { type: 'yes-no' };
  }
  // ("How many vehicles … and what percentage is electric?" counts: the percentage is a second ask.)
  // ("How much was spent on hiring contractors? (In pounds and percentage, please.)": the sum is
  // asked, the share in brackets beside it.)
  if (PERCENT.test(text) && !(/^(?:how\s+many|(?:the\s+)?number\s+of)\b/i.test(core) && !PERCENT.test(core.replace(SECOND_ASK, ''))) && !(/^how\s+much\b/i.test(core) && !PERCENT.test(core.replace(/\([^()]*\)/g, ' ').replace(SECOND_ASK, '')))) return { type: 'percent' };
  // "Please describe what the council is doing to reduce the number of void homes": an account is
  // asked for, whatever it is about ("Please explain how many …" still counts).
  // ("Please briefly describe any measures taken to reduce the number of …": the same, with an adverb.)
  // ("Please describe any changes made to reduce the time taken …": the same, whatever time it is about.)
  // ("What steps has the council taken to reduce the number of rejected postal votes?", "Why has the
  // number of visitors fallen?": an account is asked for; the number is what it is about.)
  if (asksForAccount(core)) return { type: 'text' };
  const unitMatch = DURATION_UNIT.exec(core);
  const durationUnit = (unitMatch?.[1] ?? unitMatch?.[2])?.toLowerCase();
  // "The total length of the highway network (in miles or kilometres)": a distance, not a time.
  const distance = /\b(?:in|measured\s+in)\s+(?:miles|kilometres|kilometers|km|metres|meters)\b/i.test(core);
  // ("what are the SME payment terms, in days?": a length asked in a unit of time.)
  if (!distance && !/\bhow\s+many\b|\bnumber\s+of\b/i.test(core) && (DURATION_WORDS.test(core) || (durationUnit && /\b(?:time|long(?:est)?|stay(?:s|ed)?|wait(?:s|ed)?|period|target|timescale|deadline|often|frequency|intervals?|term|duration)\b|,\s*in\s+(?:working\s+|calendar\s+)?(?:days|weeks|months)\s*\??$|,\s*in\s+(?:working\s+|calendar\s+)?(?:days|weeks|months|years)\s*,/i.test(core)))) {
    return durationUnit ? { type: 'duration', unit: durationUnit } : { type: 'duration' };
  }
  // "How often does the council review the FRA … (for example, every 12 months)?": a frequency
  // asked in the unit of its example.
  const every = /\bhow\s+often\s+(?:is|are|does|do|will|should|must)\b/i.test(core) ? /\b(?:e\.g\.|eg|for\s+example|such\s+as)[,:]?\s+every\s+(?:\d+|[a-z]+)\s+(days|weeks|months|years)\b/i.exec(text) : null;
  if (every) return { type: 'duration', unit: every[1]!.toLowerCase() };
  // "(minimum depth, in millimetres)": a measure in a unit of length, area, weight or energy.
  const measure = /\bin\s+(millimetres|millimeters|mm|centimetres|metres|meters|kilometres|km|miles|hectares|acres|tonnes|litres|kwh|mwh)\b/i.exec(core)?.[1]?.toLowerCase();
  // ("How long, in km, are the roads the council has adopted?": a length in a unit of length.)
  if (measure && (!/\bhow\s+(?:long|much)\b/i.test(core) || (distance && !/\bhow\s+much\b/i.test(core)))) return { type: 'number', unit: MEASURE_UNITS[measure] ?? measure };
  const unit = /\bpopulation\b/i.test(text) ? 'people' : /\bhectares\b/i.test(text) ? 'ha' : undefined;
  const number = (u: string | undefined): TypeGuess => (u ? { type: 'number', unit: u } : { type: 'number' });
  if (/\bhow\s+many\b|\bnumbers?\s+of\b|\bquantit(?:y|ies)\s+of\b/i.test(core)) return number(unit);
  // ("What are the current staff numbers?", "What is the headcount of the team?": people counted.)
  // ("What was the Council's total employee headcount on 31 March 2024?": the same, whose count it is first.)
  if (/^what\s+(?:is|are|was|were)\s+(?:the\s+|your\s+)?(?:(?:council|authority|trust|force|service|organisation|organization)['’]s\s+)?(?:(?:current|latest|present|total|overall)\s+)?(?:(?:staff|staffing|employee|workforce|pupil|student|visitor|patient|member(?:ship)?|user|passenger|customer|officer|volunteer)\s+)?(?:numbers|headcount)\b/i.test(core) && !/^what\s+(?:is|are|was|were)\s+(?:the\s+|your\s+)?numbers\b/i.test(core)) return number(unit);
  // ("How often have speed cameras been deployed in each of the last three years?", "How often were
  // wardens called …?": the occasions counted; "How often is the register reviewed?" asks a frequency.)
  if (/\bhow\s+often\s+(?:have|has|had|were|was|did)\b/i.test(core)) return number(unit);
  // "Total translators employed by the Trust": a total of things is a count (a total of money is not).
  if (/^(?:the\s+)?total\s+(?!(?:[a-z]+\s+){0,3}(?:amount|cost|costs|spend|spending|expenditure|income|value|budget|sum|paid|payments?|fees?|charges?|fines?|penalt(?:y|ies))\b)[a-z]+/i.test(core)) return number(unit);
  // "In what year did the council last review its rents?", "Which year did it open?": a year,
  // whatever money it is about (before "which …", which otherwise asks for a name).
  // ("On what date did your current scheme of charges take effect?": a date, whatever it is about.)
  // ("What target year has the council set …": a year with a word about it.)
  if (/^(?:in\s+|by\s+)?(?:what|which)\s+(?:target\s+|calendar\s+)?year\b|^(?:on|from|by)?\s*(?:what|which)\s+date\b/i.test(core)) return { type: 'year' };
  // "Which contractor received the largest share of that spend?", "Please list the suppliers …":
  // a name or a list is asked for, whatever money the sentence mentions.
  // ("What was the basis of setting the fund at £1.5 million?", "I would like to know what happens
  // to the money …": an account is asked for.)
  if (/^(?:(?:i\s+would\s+like\s+to\s+know|please\s+(?:tell\s+me|explain))\s+)?(?:which|who|whom|why|what\s+happens|where\s+(?:does|do|did|is|are|was|were)\b|what\s+(?:processes|methods|steps|criteria)\b|(?:please\s+)?(?:list|name|describe|explain|provide\s+(?:a\s+)?(?:list|copy|copies|details|the\s+names?))\b|what\s+(?:is|are|was|were)\s+the\s+(?:names?|reasons?|titles?|types?|basis|process(?:es)?|methods?|criteria|rationale)\b|(?:the\s+|your\s+)?(?:criteria|polic(?:y|ies)|procedures?)(?:\s?\/\s?(?:criteria|polic(?:y|ies)|procedures?))?\s+(?:that|which|used|applied)\b)/i.test(core) && !/\bhow\s+much\b/i.test(core)) {
    return { type: 'text' };
  }
  // ("Above what value must a waiver be approved by Cabinet?", "What is the financial threshold for
  // a key decision?": a sum of money asked for as a limit.)
  if (/\b(?:above|below|over|under|from)\s+what\s+(?:value|amount|sum)\b|\b(?:financial|monetary|value|spending|contract|procurement)\s+(?:thresholds?|limits?)\b/i.test(core)) return { type: 'money' };
  if (/\b(?:spend|spent|spending|costs?|budgets?|expenditure|income|revenue|fees?|charges?|rents?|prices?|savings?|compensation|paid\s+out|pay-?outs?|expenses|amount\s+(?:(?:[\w-]+\s+){0,2}(?:have|has|had)\s+)?(?:paid|spent|received|recovered|awarded|returned|refunded|repaid|claimed|of\s+(?:[\w-]+\s+){0,3}money)|(?:hourly|daily|nightly|weekly|monthly|pay)\s+rates?|(?:weekly|monthly|annual|yearly)\s+amount\b|(?:hourly|daily|weekly|monthly|annual)\s+(?:pay|wages?|salar(?:y|ies))|rates?\s+paid|wages?|salar(?:y|ies)|allowances?|contributions?|(?:total|average|mean|median|annual|combined|overall)\s+(?:\(\w+\)\s+)?value\s+of|the\s+value\s+of\s+(?:the\s+)?(?:biggest|largest|highest|smallest|lowest|single|each|every|any|all)\b|(?:the\s+)?value\s+of\s+(?:the|this|that|each|its|your)\s+(?:[\w-]+\s+)?(?:contracts?|agreements?|tenders?|invoices?|orders?)\b|contract\s+values?\b|\b(?:notional|monetary|cash|financial)\s+values?\b|amount\s+of\s+(?:[\w-]+\s+){0,3}(?:penalty|fine|fee|grant|payment|award|debts?|arrears|funding)|(?:penalty|fine|fee|grant|payment)\s+amounts?|in\s+(?:pounds|sterling|gbp)|(?:total|sum)\s+(?:value\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fines|penalties)|(?:penalty|fine)\s+(?:[\w-]+\s+)?(?:charged|payable|levied))\b|£/i.test(text.replace(SPENT_CONVICTION_RE, ' '))) return { type: 'money' };
  // "How much was recovered through rents?": money, unless a time, a weight or an area is asked.
  if (/\bhow\s+much\b/i.test(core) && !NOT_MONEY.test(core)) return { type: 'money' };
  // "What were the total scheduled weekly opening hours …?", "What was the equivalent total in
  // 2019?": a total or an average asked for is a figure.
  if (/^what\s+(?:is|was|were|are)\s+the\s+(?:(?:equivalent|combined|overall|grand)\s+)?(?:total|average|mean|median)\b/i.test(core)) return number(unit);
  // ("When (month and year) did …?": the bracket says which parts of the date.)
  if (/^when\s+(?:did|was|were)\b|^when\s+(?:does|do|will|is|are)\b[^?]*\b(?:expir\w*|end|ends|due|renew\w*)\b|\b(?:what|which)\s+year\b|\byear\s+(?:was|did|were)\b|\bgo(?:ne)?\s+live\b|\bwent\s+live\b/i.test(core.replace(/^(when)\s+\([^()]{1,40}\)/i, '$1'))) return { type: 'year' };
  if (/\bhow\s+long\b/i.test(core)) return { type: 'duration' };
  if (/\bhow\s+(?:much|large|big)\b/i.test(core) || unit) return number(unit);
  return { type: 'text' };
}

// ---------------------------------------------------------------------------------------------
// Building the questionnaire

interface Draft {
  id: string;
  decimal?: string;
  /** The roman numeral the request labelled the question with (`iii` for Q3), when it numbered them so. */
  roman?: string;
  text: string;
  /** 0-based physical line of the question's label. */
  line: number;
  section?: string;
  type: QuestionType;
  unit?: string;
  choices?: string | string[];
  heading?: boolean;
  /** A heading over its parts that asks a question of its own first ("How many …? Of these:"). */
  total?: boolean;
  /** Conditions from routing lines or headings (apply to the question and its parts). */
  routed: Record<string, string>;
  /** The question's own condition, from its wording. */
  own?: { id: string; value: string };
  routing: { text: string; line: number }[];
}

const at = (line: number) => `line ${line + 1}`;
const quote = (s: string) => `"${s.length > 70 ? `${s.slice(0, 67)}…` : s}"`;

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'codes';
}

function toDrafts(raw: RawQuestion[], assumptions: string[]): Draft[] {
  const drafts: Draft[] = [];
  const byId = new Map<string, Draft>();
  const allIds = new Set(raw.map((q) => q.id));
  raw.forEach((q, i) => {
    // "(iv) whether …; and" / "(i) the number of …;": the list's joiners are not the question's.
    let text = q.parts.join(' ').replace(/\s+/g, ' ').trim().replace(/\s*[;,]\s*(?:and|or)?$/i, '').trim();
    const routing = [...q.routing];
    const inline = INLINE_ROUTE.exec(text);
    if (inline && inline.index > 0 && routeClauses(inline[0]).clauses.length > 0) {
      routing.unshift({ text: inline[0].trim(), line: q.n });
      text = text.slice(0, inline.index).trim();
    }
    let id = q.id;
    const earlier = byId.get(id);
    if (earlier) {
      if (earlier.text.toLowerCase() === text.toLowerCase()) {
        assumptions.push(`${id} appears twice with the same text (${at(earlier.line)} and ${at(q.n)}); kept it once.`);
        earlier.routing.push(...routing);
        return;
      }
      const s = splitId(id)!;
      const next = s.letters ? `Q${s.num}${String.fromCharCode(s.letters.charCodeAt(s.letters.length - 1) + 1)}` : `Q${s.num + 1}`;
      const following = raw[i + 1]?.id;
      if (normalizeId(next) === next && !allIds.has(next) && (!following || compareIds(following, next) > 0)) {
        assumptions.push(`${id} is used twice (${at(earlier.line)} and ${at(q.n)}); the second, ${quote(text)}, is taken to be ${next}, which is otherwise missing.`);
        id = next;
        allIds.add(next);
      } else {
        assumptions.push(`${id} is used twice (${at(earlier.line)} and ${at(q.n)}); kept the first and left out the second, ${quote(text)}.`);
        return;
      }
    }
    const d: Draft = { id, text, line: q.n, type: 'text', routed: {}, routing };
    if (q.decimal && id === q.id) d.decimal = q.decimal;
    if (q.section) d.section = q.section;
    drafts.push(d);
    byId.set(id, d);
  });
  return drafts;
}

function noteOrder(drafts: Draft[], assumptions: string[]): Draft[] {
  for (let i = 1; i < drafts.length; i++) {
    const a = drafts[i - 1]!;
    const b = drafts[i]!;
    if (compareIds(a.id, b.id) > 0) assumptions.push(`${a.id} (${at(a.line)}) comes before ${b.id} (${at(b.line)}) in the request; the questionnaire lists them in id order.`);
  }
  const sorted = [...drafts].sort((a, b) => compareIds(a.id, b.id));
  const nums = [...new Set(sorted.map((d) => splitId(d.id)!.num))];
  for (let i = 1; i < nums.length; i++) {
    const gap = nums[i]! - nums[i - 1]!;
    if (gap === 2) assumptions.push(`The numbering skips from Q${nums[i - 1]} to Q${nums[i]} (there is no Q${nums[i - 1]! + 1}); ids are kept as written.`);
    else if (gap > 2) assumptions.push(`The numbering skips from Q${nums[i - 1]} to Q${nums[i]} (no Q${nums[i - 1]! + 1}–Q${nums[i]! - 1}); ids are kept as written.`);
  }
  for (const num of nums) {
    const letters = sorted.map((d) => splitId(d.id)!).filter((s) => s.num === num && s.letters.length === 1).map((s) => s.letters.charCodeAt(0));
    for (let i = 1; i < letters.length; i++) {
      const [a, b] = [letters[i - 1]!, letters[i]!];
      if (b - a < 2) continue;
      const id = (c: number) => `Q${num}${String.fromCharCode(c)}`;
      const missing = b - a === 2 ? id(a + 1) : `${id(a + 1)}–${id(b - 1)}`;
      assumptions.push(`There is no ${missing} between ${id(a)} and ${id(b)}; ids are kept as written.`);
    }
  }
  return sorted;
}

function applyCodeLists(drafts: Draft[], lines: Line[], from: number, codes: Record<string, string[]>, assumptions: string[]): void {
  const found = new Map<string, string | null>();
  for (const d of drafts) {
    const m = /\bsee\s+(?:the\s+)?"([^"]{2,80})"/i.exec(d.text);
    if (!m) continue;
    const name = m[1]!.trim();
    if (!found.has(name.toLowerCase())) {
      const items = findCodeList(lines, from, name);
      let key: string | null = null;
      if (items) {
        key = slug(name);
        codes[key] = items;
        if (items.some((item) => /^[a-z]/.test(item))) {
          assumptions.push(`The list ${quote(name)} looks re-wrapped (an item starts in lower case); check its items under codes: ${key}.`);
        }
      } else {
        assumptions.push(`${d.id} refers to the list ${quote(name)}, which was not found in the text; ${d.id} is left as free text.`);
      }
      found.set(name.toLowerCase(), key);
    }
    const key = found.get(name.toLowerCase());
    if (!key) continue;
    d.type = /\ball\s+that\s+apply\b|\b(?:tick|select|choose|state)\s+all\b|\bas\s+many\s+as\b/i.test(d.text) ? 'multi-choice' : 'choice';
    d.choices = key;
  }
}

function findCodeList(lines: Line[], from: number, name: string): string[] | null {
  const want = name.toLowerCase();
  const order = [...lines.slice(from), ...lines.slice(0, from)];
  for (const l of order) {
    if (listName(l.text) !== want) continue;
    const items: string[] = [];
    let skippedBlank = false;
    for (let i = l.n + 1; i < lines.length && items.length < 60; i++) {
      const t = lines[i]!.text;
      if (!t) {
        if (items.length === 0 && !skippedBlank) {
          skippedBlank = true;
          continue;
        }
        break;
      }
      if (SIGN_OFF.test(t) || readLabel(t)) break;
      const item = t.replace(/^(?:[-*•·o]|\d{1,2}[.)]|\(?[a-z]\))\s+/i, '').replace(/[;,]$/, '').trim();
      if (item) items.push(item);
    }
    if (items.length > 0) return items;
  }
  return null;
}

/**
 * Where one numbered item asks two things that need separate answers ("How many hackney carriage
 * drivers …, and how many private hire drivers?", "How many orders were made, and does the
 * council publish them?"), each is a question of its own: `Q1` becomes `Q1a` and `Q1b`. Split
 * only at ", and <question word>" and only when every part asks for a typed answer (a number, an
 * amount, a percentage, a year, yes/no): a list or a description is left whole.
 */
const COMPOUND_JOIN = /[,;]\s+and\s+(?=(?:how\s+(?:many|much|long|often)|what|which|when|in\s+(?:what|which)|does|do|did|is|are|was|were|has|have|had|will|can|could|whether)\b)/gi;

export function compoundParts(text: string): string[] | null {
  const cuts = [...text.matchAll(COMPOUND_JOIN)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  if (cuts.length === 0 || cuts.length > 3) return null;
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(text.slice(from, c.at));
    from = c.end;
  }
  parts.push(text.slice(from));
  const asked = parts.map((p, i) => {
    let t = p.trim().replace(/[?.]$/, '');
    if (i > 0) t = t[0]!.toUpperCase() + t.slice(1);
    return `${t}?`;
  });
  // Every part must ask a question of its own (a question word after any lead-in), typed.
  if (asked.some((p) => !/^(?:how|what|which|when|in\s+(?:what|which)|does|do|did|is|are|was|were|has|have|had|will|can|could|whether)\b/i.test(coreText(p).replace(/^.*?\.\s+(?=[A-Z])/, '')))) return null;
  if (asked.some((p) => guessType(p).type === 'text')) return null;
  return asked;
}

function splitCompound(drafts: Draft[], assumptions: string[]): Draft[] {
  const nums = new Map<number, number>();
  for (const d of drafts) nums.set(splitId(d.id)!.num, (nums.get(splitId(d.id)!.num) ?? 0) + 1);
  return drafts.flatMap((d) => {
    const id = splitId(d.id)!;
    if (id.letters || nums.get(id.num) !== 1 || d.choices) return [d];
    const parts = compoundParts(d.text);
    if (!parts) return [d];
    const out = parts.map((text, i) => ({ ...d, id: `Q${id.num}${String.fromCharCode(0x61 + i)}`, text, routed: { ...d.routed }, routing: i === 0 ? d.routing : [] }));
    const names = out.map((o) => o.id);
    assumptions.push(
      `${d.id} (${at(d.line)}) asks ${parts.length === 2 ? 'two' : parts.length} things that need separate answers, so it is split into ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}: ${out.map((o) => `${o.id} ${quote(o.text)}`).join('; ')}. A council's answer labelled ${d.id.slice(1)} is read for both.`,
    );
    return out;
  });
}

/**
 * Lines whose items are labelled `a)`, `(b)`, `c.` in sequence from `a` with no numbered question
 * above them, rewritten as `1. (a) …`, `2. (b) …` so the list reader takes them; null when there
 * is no such run of at least two.
 */
function letteredItems(source: Line[]): { lines: Line[]; first: string; last: string } | null {
  // ("A: Raising concerns …" / "B: …": a colon after the letter too.)
  // ("“a) How many …": the request quoted, its opening quote mark before the first letter.)
  const LETTER = /^["']?(\(([a-z])\)|([a-z])[.):])\s+(.*[a-z].*)$/i;
  // "A" alone on its line, the question on the line below: the letter and its question as one item.
  // ("A" / "" / "Please advise …": a blank line between them, as disclosure logs set them out.)
  const lines = [...source];
  for (let i = 0; i < source.length; i++) {
    const l = source[i]!;
    const lone = /^\(?([a-z])[.)]?$/i.exec(l.text);
    const j = source[i + 1]?.text === '' ? i + 2 : i + 1;
    const next = source[j];
    if (!lone || !next || next.n > l.n + 2 || !/[a-z]/.test(next.text) || LETTER.test(next.text)) continue;
    lines[i] = { ...l, text: `${lone[1]}. ${next.text}` };
    lines[j] = { ...next, text: '' };
    i = j;
  }
  let best: { from: number; to: number } | null = null;
  let run: { from: number; to: number; next: number } | null = null;
  lines.forEach((l, i) => {
    const m = LETTER.exec(l.text);
    const code = m ? (m[2] ?? m[3]!).toLowerCase().charCodeAt(0) : -1;
    if (m && code === 0x61) run = { from: i, to: i, next: 0x62 };
    else if (m && run && code === run.next) {
      run.to = i;
      run.next++;
    } else return;
    if (run && (!best || run.to - run.from > best.to - best.from) && run.next > 0x62) best = { from: run.from, to: run.to };
  });
  if (!best) return null;
  const b = best as { from: number; to: number };
  let k = 0;
  let first = '';
  let last = '';
  // (Only the letters in their order: "A) … from the following companies:" / "I. Premier Clothing" /
  // "B) …": a line lettered out of turn between them is one of the item's options.)
  let expect = 0x61;
  const out = lines.map((l, i) => {
    if (i < b.from || i > b.to) return l;
    const m = LETTER.exec(l.text);
    if (!m || (m[2] ?? m[3]!).toLowerCase().charCodeAt(0) !== expect) return l;
    expect++;
    k++;
    // (The letter as written: a council answering "A." / "B." under a request lettered in capitals
    // labels its answers so, and a lower-case "a)" list below is its own.)
    const letter = m[2] ?? m[3]!;
    if (!first) first = m[1]!;
    last = m[1]!;
    return { ...l, text: `${k}. (${letter}) ${m[4]!.trim()}`, lettered: true };
  });
  return { lines: out, first, last };
}

/**
 * Say how labels that are not plain numbers were read: roman items, a table's reference column.
 * Returns the roman numeral of each question when the request numbered its items so (id → `iii`).
 */
function describeLabels(lines: Line[], taken: RawQuestion[], assumptions: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (taken.length === 0) return out;
  const romans = taken.filter((q) => !/[a-z]$/.test(q.id)).map((q) => readRomanLabel(lines[q.line]?.text ?? '')).filter((r): r is NonNullable<typeof r> => r !== null);
  // ("5. (i) What is the name …?" / "(ii) What is the length …?": parts numbered in roman numerals.)
  for (const q of taken) {
    const parts = /^Q(\d+)a$/.test(q.id) && /^\(i\)\s/.test(q.parts[0] ?? '') ? taken.filter((x) => x.id.startsWith(q.id.slice(0, -1)) && /^\([ivx]+\)\s/.test(x.parts[0] ?? '')) : [];
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    assumptions.push(`${q.id.slice(0, -1)}'s parts are numbered (i) to (${/^\(([ivx]+)\)/.exec(last.parts[0]!)![1]}) (${at(q.n)}): read as ${q.id}–${last.id}, each keeping its numeral. A council's "(ii)" under its "${q.id.slice(1, -1)}." is read as ${parts[1]!.id}.`);
  }
  if (romans.length >= 2 && romans.length >= taken.length / 2) {
    const first = romans[0]!;
    const last = romans[romans.length - 1]!;
    assumptions.push(
      `The request labels its items with roman numerals: (${first.roman})–(${last.roman}) are read as ${first.id}–${last.id}. A council's answer labelled "(${romans[Math.min(2, romans.length - 1)]!.roman})", "${romans[Math.min(2, romans.length - 1)]!.roman}." or "${romans[Math.min(2, romans.length - 1)]!.id.slice(1)}." is read as ${romans[Math.min(2, romans.length - 1)]!.id}.`,
    );
    for (const r of romans) out.set(r.id, r.roman);
  }
  const decimals = taken.filter((q) => q.decimal);
  if (decimals.length >= 2) {
    const first = decimals[0]!;
    const last = decimals[decimals.length - 1]!;
    assumptions.push(
      `The request numbers parts with decimals: ${first.decimal}–${last.decimal} are read as ${first.id}–${last.id} (each keeps its \`label\`). A council's answer labelled "${first.decimal}" is read as ${first.id}.`,
    );
  }
  const rows = taken.filter((q) => lines[q.line]?.table);
  if (rows.length >= 2 && rows.length >= taken.length / 2) {
    assumptions.push(
      `The request is a table: the reference number of each row (${at(rows[0]!.n)} to ${at(rows[rows.length - 1]!.n)}) is taken as the question id (${rows[0]!.id}–${rows[rows.length - 1]!.id}) and the row's text as the question.`,
    );
  }
  return out;
}

function markHeadings(drafts: Draft[]): void {
  const ids = new Set(drafts.map((d) => d.id));
  const parents = new Set([...ids].map((id) => impliedParent(id)).filter((p): p is string => !!p));
  for (const d of drafts) {
    if (!parents.has(d.id)) continue;
    // "2. Bed and breakfast accommodation" over its a) b) parts: a title, not a question.
    // (Not "whether the council has received a grant and, if it has,": a question of its own.)
    const title = !/[?]/.test(d.text) && !QUESTION_WORD.test(d.text) && !/^(?:provide|give|state|list|confirm|tell|whether)\b/i.test(d.text) && d.text.split(/\s+/).length <= 16;
    // ("Has the council identified any misuse …? If so:" over its parts asks a question of its own.)
    const asksItself = /\?\s+(?:and\s+)?if\s+(?:so|yes|not|no|it\s+does|they\s+do|it\s+has|there\s+(?:is|are|were|was))\b[^?]{0,40}:$/i.test(d.text);
    if ((/:$/.test(d.text) && !asksItself) || title) d.heading = true;
    // ("How many households paid the premium on 1 April 2025? Of these:" over "(a) …" / "(b) …": a
    // heading for its parts that asks a total first; it keeps the type of that question.)
    if (d.heading && d.text.includes('?')) d.total = true;
  }
}

/** "Please break down question 1 in …", "break down the total in question 1 by …": another question's figure, split. */
const BREAK_DOWN_QUESTION_RE = /\bbreak\s*(?:down|up)\s+(?:the\s+(?:total|figures?|numbers?)\s+(?:in|for|from|given\s+in)\s+)?(?:your\s+answer\s+to\s+)?question\s+(\d{1,3})\b/i;

function applyTypes(drafts: Draft[]): void {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const d of drafts) {
    if ((d.heading && !d.total) || d.choices) continue;
    let g = guessType(d.text);
    // "1. How many enforcement actions did the council initiate in the financial years:" over
    // "a) 2023-24," "b) 2024-25": a part that only names its period asks what its title asks.
    const parent = byId.get(impliedParent(d.id) ?? '');
    // So does one that finishes its title's sentence: "3. What is the current charge to a resident
    // for:" over "(a) a course of treatment for rats in or around a domestic property?".
    // Parts run inline after their title ("how many of the following … a) pedal cycles b) …")
    // finish its sentence the same way.
    // (Or a question of its own that ends "… for each of the following;" over "a. Rent" / "b. Parking".)
    // ("Does the trust offer AI training for the following staff groups? Please indicate yes/no …" over
    // "(a) Clinical staff": the same, the list named before the question's end.)
    const following = !!parent && (/\b(?:the\s+following|as\s+follows)\s*[:;]?\s*$/i.test(parent.text) || /\b(?:for|to|by|of|in)\s+(?:each\s+of\s+)?the\s+following\s+[a-z]+(?:\s+[a-z]+)?\s*[?:]/i.test(parent.text));
    if (g.type === 'text' && parent && (parent.heading || parent.line === d.line || following) && (/:\s*$/.test(parent.text) || parent.line === d.line || following) && !QUESTION_WORD.test(d.text) && !NAMES_ASKED_RE.test(d.text) && (d.text.replace(/\s*\([^)]*\)/g, '').split(/\s+/).length <= 6 || /^[a-z]/.test(d.text))) {
      const asked = guessType(parent.text.replace(/:\s*$/, '?'));
      // ("Please break down question 1 in the following time periods: a) 2015, b) 2016 …": each
      // period asks what question 1 asks.)
      const broken = BREAK_DOWN_QUESTION_RE.exec(parent.text)?.[1];
      const source = broken ? byId.get(`Q${broken}`) : undefined;
      if (asked.type !== 'text') g = asked;
      else if (source && source !== parent && source.type && source.type !== 'text' && source.type !== 'yes-no' && !source.choices) g = { type: source.type, ...(source.unit ? { unit: source.unit } : {}) };
    } else if (parent && !parent.heading && /^[a-z]/.test(d.text) && !/[.?!:;]\s*$/.test(parent.text)) {
      // ("1) How many teachers … within the area a) were not employed … and b) are presently not
      // employed …": a part, inline or on its own line, that finishes its title's unfinished sentence
      // asks what the whole sentence asks, never yes or no by its own verb.)
      const asked = guessType(`${parent.text} ${d.text}`);
      if (asked.type !== 'text') g = asked;
    }
    d.type = g.type;
    if (g.unit) d.unit = g.unit;
    if (g.choices) d.choices = g.choices;
  }
}

/**
 * "Please could you provide the costs incurred by the council … for the following:" over "1.
 * Christmas lights" / "2. Christmas decorations": items that only name things finish the line
 * above them, which says what is asked of each (here a sum of money; "Do you have the following:"
 * asks yes or no of each).
 */
/** "In redundancy settlements.", "As part of a clause in …", "To protect research confidentiality.": circumstances named, no question. */
const CIRCUMSTANCE_ITEM = /^(?:in|as\s+part\s+of|as|to|for|by|from|under|with|where|when|during|on)\s/i;

function applyLeadType(drafts: Draft[], lines: readonly Line[], assumptions: string[]): void {
  const top = drafts.filter((d) => !impliedParent(d.id));
  // (Each judged by its first sentence: "(d) By councillors. Please provide figures for 2021-2024."
  // is the last item with the request's closing line run on to it.)
  const named = (t: string): string => t.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
  // (An item that names a thing in a few words, or the circumstances the lead asks about: "In
  // redundancy settlements.", "As part of a clause in a settlement with an employee who …".)
  const namesOnly = (d: Draft): boolean => !d.heading && d.type === 'text' && !d.choices && !/\?/.test(named(d.text)) && !QUESTION_WORD.test(named(d.text)) && (named(d.text).split(/\s+/).length <= 8 || CIRCUMSTANCE_ITEM.test(d.text));
  const naming = top.filter(namesOnly);
  // (All of them; or all but one, the last, which asks its own question: "If the university has a
  // policy …, please let us know what it is.")
  if (top.length < 2 || naming.length < Math.max(2, top.length - 1) || (naming.length < top.length && namesOnly(top[top.length - 1]!))) return;
  if (naming.length < top.length && !naming.every((d) => CIRCUMSTANCE_ITEM.test(d.text) || named(d.text).split(/\s+/).length <= 8)) return;
  const lead = [...lines].reverse().find((l) => l.n < top[0]!.line && l.text.trim().length > 0);
  if (!lead || !/\b(?:the\s+following|as\s+follows|below)\b|:\s*$/i.test(lead.text)) return;
  const g = guessType(lead.text.trim().replace(/[.:]?\s*$/, '?'));
  // (A lead that offers options would need them for each item: left to the researcher.)
  if (g.type === 'text' || g.choices) return;
  const typed = new Set(naming.map((d) => d.id));
  for (const d of drafts) {
    if (d.heading || d.type !== 'text' || !typed.has(impliedParent(d.id) ?? d.id)) continue;
    d.type = g.type;
    if (g.unit) d.unit = g.unit;
  }
  const last = naming[naming.length - 1]!;
  assumptions.push(`${naming[0]!.id}–${last.id} only name things; ${at(lead.n)} says what is asked of each, so they are typed ${g.type}.`);
}

/** The question and, for a top-level id, its lettered parts. */
function block(drafts: Draft[], target: string): Draft[] {
  return drafts.filter((d) => d.id === target || impliedParent(d.id) === target);
}

function applyRoutingLines(drafts: Draft[], assumptions: string[]): void {
  const ids = new Set(drafts.map((d) => d.id));
  for (const ctrl of drafts) {
    for (const r of ctrl.routing) {
      const { clauses, tidy } = routeClauses(r.text);
      const read: string[] = [];
      let skipped = false;
      for (const c of clauses) {
        if (!ids.has(c.target)) {
          assumptions.push(`The routing ${quote(r.text)} (${at(r.line)}) names ${c.target}, which is not in the request; that part is ignored.`);
          continue;
        }
        if (c.skip && clauses.every((o) => o === c || !o.skip)) {
          // "If No, go to Q15": the questions in between are for the other answer, and Q15 is
          // for everyone. (When both answers "go to" somewhere, they read as "answer".)
          const other = c.value === 'yes' ? 'no' : 'yes';
          const between = drafts.filter((d) => compareIds(d.id, ctrl.id) > 0 && compareIds(d.id, c.target) < 0);
          for (const d of between) d.routed[ctrl.id] = other;
          const span = between.length > 1 ? `${between[0]!.id}–${between[between.length - 1]!.id}` : between[0]?.id;
          if (span) read.push(`${span} asked when ${ctrl.id} is ${other}`);
          skipped = true;
          continue;
        }
        for (const d of block(drafts, c.target)) d.routed[ctrl.id] = c.value;
        read.push(`${c.target}${block(drafts, c.target).length > 1 ? ' and its parts' : ''} asked when ${ctrl.id} is ${c.value}`);
      }
      if (read.length === 0) continue;
      const readText = [...new Set(read)].join('; ');
      if (ctrl.type !== 'yes-no') {
        assumptions.push(`${ctrl.id} decides the routing on ${at(r.line)}, so it is taken to be a yes-no question.`);
        ctrl.type = 'yes-no';
        delete ctrl.choices;
        delete ctrl.unit;
      }
      if (!tidy) assumptions.push(`The routing line ${quote(r.text)} (${at(r.line)}) is not in the usual form; read as: ${readText}.`);
      else if (skipped) assumptions.push(`Read the routing ${quote(r.text)} (${at(r.line)}) as: ${readText}.`);
    }
  }
}

const EXPLICIT_CONDITIONS: RegExp[] = [
  /^if\s+(?:you\s+(?:have\s+)?answered\s+|the\s+answer\s+is\s+)?"?(yes|no)"?\s*(?:to|in|at|for|on)\s+(?:q(?:uestion)?\s*\.?\s*)?(\d{1,3}(?:\s*\([a-z]{1,2}\)|[a-z]{1,2})?)(?![a-z])/i,
  /^if\s+(?:the\s+)?(?:answer|response)\s+(?:to|for)\s+(?:q(?:uestion)?\s*\.?\s*)?(\d{1,3}(?:\s*\([a-z]{1,2}\)|[a-z]{1,2})?)(?![a-z])\s+(?:is|was)\s+"?(yes|no)\b/i,
];
const IMPLICIT_NO = /^if\s+(?:not|no|it\s+(?:does|has|is)\s*(?:not|n't)|they\s+(?:do|have|are)\s*(?:not|n't)|the\s+(?:authority|council)\s+(?:does|has|is)\s*(?:not|n't))\b/i;
const IMPLICIT_YES = /^if\s+(?:so|yes|it\s+(?:does|has|is)|they\s+(?:do|have|are)|you\s+(?:do|have)|this\s+is\s+the\s+case|applicable|the\s+(?:authority|council)\s+(?:does|has|is|uses))\b/i;

function applyOwnConditions(drafts: Draft[], assumptions: string[]): void {
  const ids = new Set(drafts.map((d) => d.id));
  drafts.forEach((d, i) => {
    for (const re of EXPLICIT_CONDITIONS) {
      const m = re.exec(d.text);
      if (!m) continue;
      const [rawId, value] = re === EXPLICIT_CONDITIONS[0] ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      const id = normalizeId(rawId);
      if (id && ids.has(id) && id !== d.id) d.own = { id, value: value.toLowerCase() };
      else assumptions.push(`${d.id} depends on ${id ?? rawId}, which is not in the request; that condition is ignored.`);
      return;
    }
    const value = IMPLICIT_NO.test(d.text) ? 'no' : IMPLICIT_YES.test(d.text) ? 'yes' : null;
    // ("Q6 Does the council record complaints …? If yes:" over "a) How many …" / "b) How many …":
    // the parts are asked when their yes-no question is yes.)
    const parent = !value ? drafts.find((p) => p.id === impliedParent(d.id)) : undefined;
    if (parent && parent.type === 'yes-no' && /\bif\s+(?:yes|so)\b[^.?]{0,40}:\s*$/i.test(parent.text)) {
      d.own = { id: parent.id, value: 'yes' };
      assumptions.push(`${d.id} is a part of ${parent.id}, which ends ${quote(/\bif\s+(?:yes|so)\b[^.?]*$/i.exec(parent.text)![0])}: taken to depend on ${parent.id} being yes.`);
      return;
    }
    if (!value) return;
    if (d.heading && Object.keys(d.routed).length > 0) return; // a routing line already says it
    const previous = drafts.slice(0, i).reverse().find((p) => p.type === 'yes-no');
    const opening = /^[^,:]*/.exec(d.text)![0];
    if (!previous) {
      assumptions.push(`${d.id} starts ${quote(opening)} but no earlier yes-no question was found; it is asked of everyone.`);
      return;
    }
    d.own = { id: previous.id, value };
    if (d.routed[previous.id] === value) return; // the routing line already said so
    assumptions.push(`${d.id} starts ${quote(opening)}: taken to depend on ${previous.id} (the previous yes-no question) being ${value}.`);
  });
}

const STOP = new Set(
  'what which when where who how many much does did have has were was with that this those these there their from into about within across your authority council authoritys councils please state provide were total number year years'.split(' '),
);
const contentWords = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));

/** "Q6b. If it does, what is the uptake…" then "Q6c. What is the uptake by residents…": Q6c shares Q6b's condition. */
function carryConditions(drafts: Draft[], assumptions: string[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!d.own) continue;
    const parent = impliedParent(d.id);
    if (!parent) continue;
    const words = contentWords(d.text);
    for (let j = i + 1; j < drafts.length; j++) {
      const s = drafts[j]!;
      if (impliedParent(s.id) !== parent || s.own || s.type === 'yes-no') break;
      if (![...contentWords(s.text)].some((w) => words.has(w))) break;
      s.own = { ...d.own };
      assumptions.push(`${s.id} follows ${d.id} on the same subject without a condition of its own; taken to be asked only when ${d.own.id} is ${d.own.value}, like ${d.id}.`);
    }
  }
}

function finalWhen(drafts: Draft[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const d of drafts) {
    const parent = impliedParent(d.id);
    const inherited = parent ? out.get(parent) : undefined;
    const when: Record<string, string> = { ...(inherited ?? {}), ...d.routed };
    if (d.own) when[d.own.id] = d.own.value;
    delete when[d.id];
    out.set(d.id, when);
  }
  return out;
}

function guessTitle(text: string): string | undefined {
  const m = /(?:^|\n)\s*(?:subject|re|fw|fwd)\s*:\s*(?:(?:re|fw|fwd)\s*:\s*)*(?:(?:freedom of information|foi)(?:\s+request)?\s*[-–:]\s*)?([^\n]{3,120})/i.exec(text)
    ?? /freedom of information request\s*[-–:]\s*([^\n]{3,120})/i.exec(text);
  return m ? m[1]!.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// YAML

function toYaml(q: Questionnaire, assumptions: string[]): string {
  const plain: Record<string, unknown> = { version: 1 };
  if (q.title) plain.title = q.title;
  plain.questions = q.questions.map((x) => {
    const o: Record<string, unknown> = { id: x.id };
    if (x.text !== undefined) o.text = x.text;
    if (!x.heading) o.type = x.type;
    if (x.unit) o.unit = x.unit;
    if (x.choices) o.choices = x.choices;
    if (x.heading) o.heading = true;
    if (x.label) o.label = x.label;
    if (x.section) o.section = x.section;
    if (x.when) o.when = x.when;
    return o;
  });
  if (Object.keys(q.codes).length > 0) plain.codes = q.codes;
  const doc = new Document(plain);
  // The look of the example questionnaire: `when` and inline choices as flow collections,
  // routing values quoted so that YAML 1.1 readers do not turn "yes" into true.
  const list = doc.get('questions', true);
  for (const item of isSeq(list) ? list.items : []) {
    if (!isMap(item)) continue;
    const when = item.get('when', true);
    if (isMap(when)) {
      when.flow = true;
      for (const p of when.items) if (isScalar(p.value)) p.value.type = Scalar.QUOTE_DOUBLE;
    }
    // "2.10" stays a string: unquoted, YAML reads the number 2.1.
    const label = item.get('label', true);
    if (isScalar(label)) label.type = Scalar.QUOTE_DOUBLE;
    const choices = item.get('choices', true);
    if (isSeq(choices)) choices.flow = true;
  }
  const header = [
    ` Questionnaire built by FOI Coder from the request text. Check the ids, types and routing`,
    ` (\`when\`) against the request before coding replies; edit freely, comments are kept.`,
  ];
  if (assumptions.length > 0) {
    header.push('', ' What was assumed while reading the request:');
    for (const a of assumptions) header.push(` - ${a.replace(/\s+/g, ' ')}`);
  }
  // On the contents, not the document, so no blank line separates it from `version: 1`.
  if (doc.contents) doc.contents.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** The line of an unnumbered question right above a list that starts at "2.", or -1. */
function unnumberedFirst(lines: readonly Line[], questions: readonly RawQuestion[]): number {
  const q2 = questions[0];
  if (!q2 || q2.id !== 'Q2') return -1;
  let k = q2.line - 1;
  while (k >= 0 && lines[k]!.text === '') k--;
  if (k < 0 || k < q2.line - 2) return -1;
  const t = lines[k]!.text;
  return t.length >= 15 && t.includes('?') && !readLabel(t) && lines[k]!.depth === lines[q2.line]!.depth ? k : -1;
}

/**
 * "1. The number of reports cleared by the director …" / "2. The number of reports cleared by
 * ministers …" / "The number of reports cleared by advisers …": the last item left without its
 * number, right under the list, opening with the same words as the items above it. Its line, or -1.
 */
function unnumberedLast(lines: readonly Line[], questions: readonly RawQuestion[]): number {
  const last = questions[questions.length - 1];
  const before = questions[questions.length - 2];
  if (!last || !before || !/^Q\d+$/.test(last.id)) return -1;
  let k = last.line + Math.max(1, last.parts.length);
  while (k < lines.length && lines[k]!.text === '' && k <= last.line + 2) k++;
  const line = lines[k];
  if (!line || line.text === '' || readLabel(line.text) || line.depth !== lines[last.line]!.depth || line.text.length < 15) return -1;
  const opening = (t: string): string => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 4).join(' ');
  const own = opening(line.text);
  return own.split(' ').length === 4 && own === opening(last.parts.join(' ')) && own === opening(before.parts.join(' ')) ? k : -1;
}

/** Build a questionnaire from the text of a request (or a reply that quotes it). */
export function questionnaireFromRequest(requestText: string, options?: { title?: string }): RequestQuestionnaire {
  const assumptions: string[] = [];
  // ('"1) How many allotment sites …' … 'd) total number of new plots"': the list quoted whole, its
  // opening quotation mark before the first number and its closing one after the last item.)
  requestText = requestText.replace(/^([ \t]*)["“](?=\(?\d{1,2}[.)][ \t])/gm, '$1').replace(/(\S)["”][ \t]*$/gm, (all, c: string, offset: number, whole: string) => (/["“]/.test(whole.slice(0, offset)) ? all : c));
  // "4. For each of the last four years:" over its own indented "1." "2." "3.": the parts of 4.
  const nested = nestedNumbered(requestText.replace(/^\uFEFF/, ''));
  if (nested) {
    requestText = nested.text;
    assumptions.push(`The items indented under ${nested.parents.map((n) => `line ${n}`).join(', ')} are numbered from 1 again, as a web page's nested list copied as text: read as the parts of the item above them (its "1." as (a), "2." as (b) …).`);
  }
  let lines = readLines(requestText.replace(/^\uFEFF/, ''));
  const stopNames = referencedLists(lines);
  let picked = pickList(lines, stopNames);
  // Every item numbered "1." (a web page's list copied as text): numbered 1 to N in order.
  const ones = numberedOnes(requestText.replace(/^\uFEFF/, ''));
  if (ones) {
    const relined = readLines(ones.text);
    const again = pickList(relined, stopNames);
    if (again && again.list.questions.length >= ones.lines.length && again.list.questions.length > (picked?.list.questions.length ?? 0)) {
      assumptions.push(`The request numbers every item "1." (line ${ones.lines[0]} to line ${ones.lines[ones.lines.length - 1]}), as a web page's list copied as text does: read as Q1–Q${ones.lines.length}, in order. A council that quotes the list the same way is read the same way.`);
      lines = relined;
      picked = again;
    }
  }
  // "1 How many permits …" / "2 Share of permits …" / "4 Reasons for …": numbers with no dot
  // or bracket (lost when a letter was turned to text), 1 to N in order at the lines' starts.
  const bare = bareNumbered(lines);
  if (bare && bare.count > (picked?.list.questions.length ?? 0)) {
    const again = pickList(bare.lines, stopNames);
    if (again && again.list.questions.length >= bare.count) {
      assumptions.push(`The request numbers its items with no dot or bracket ("1 How many …", ${at(bare.first)} to ${at(bare.last)}): read as Q1–Q${bare.count}, in order.`);
      lines = bare.lines;
      picked = again;
    }
  }
  // "Does your council charge to collect garden waste? …" / "2. What is the charge …": the first
  // question left without its number, right above "2.".
  const first = picked ? unnumberedFirst(lines, picked.list.questions) : -1;
  if (first >= 0) {
    const relined = lines.map((l, i) => (i === first ? { ...l, text: `1. ${l.text}` } : l));
    const again = pickList(relined, stopNames);
    if (again && again.list.questions[0]?.id === 'Q1' && again.list.questions.length === picked!.list.questions.length + 1) {
      assumptions.push(`The request's list starts at "2."; ${at(lines[first]!.n)}, the question right above it with no number, is read as Q1.`);
      lines = relined;
      picked = again;
    }
  }
  // "… 2. The number of X cleared by Y." / "The number of X cleared by Z.": the last item left
  // without its number, worded as the items above it.
  const lastLine = picked ? unnumberedLast(lines, picked.list.questions) : -1;
  if (lastLine >= 0) {
    const next = picked!.list.questions.length + 1;
    const relined = lines.map((l, i) => (i === lastLine ? { ...l, text: `${next}. ${l.text}` } : l));
    const again = pickList(relined, stopNames);
    if (again && again.list.questions.length === next) {
      assumptions.push(`${at(lines[lastLine]!.n)} has no number but opens with the same words as the questions above it: read as Q${next}.`);
      lines = relined;
      picked = again;
    }
  }
  // "2. What your role involves?" / "3  Why we have had no update ?" / "4. What venues …": the
  // number the list skips, at the start of a line between, with no stop after it.
  const gap = picked ? skippedNumberLine(lines, picked.list.questions) : null;
  if (gap) {
    const relined = lines.map((l, i) => (i === gap.line ? { ...l, text: `${gap.num}. ${l.text.replace(/^\d{1,3}\s+/, '')}` } : l));
    const again = pickList(relined, stopNames);
    if (again && again.list.questions.length === picked!.list.questions.length + 1 && again.list.questions.some((x) => x.id === `Q${gap.num}`)) {
      assumptions.push(`${at(lines[gap.line]!.n)} opens with ${gap.num} and no stop, between Q${gap.num - 1} and Q${gap.num + 1}: read as Q${gap.num}.`);
      lines = relined;
      picked = again;
    }
  }
  // "c. do you provide … (throughout the organisation?) d. do you provide services external …?" /
  // "e. How much …": the part the list skips, run onto the line of the part before it.
  const glued = picked ? gluedPartLine(lines, picked.list.questions) : null;
  if (glued) {
    const relined = [...lines.slice(0, glued.line), { ...lines[glued.line]!, text: glued.before }, { ...lines[glued.line]!, text: glued.after }, ...lines.slice(glued.line + 1)];
    const again = pickList(relined, stopNames);
    if (again && again.list.questions.length === picked!.list.questions.length + 1 && again.list.questions.some((x) => x.id === glued.id)) {
      assumptions.push(`${at(lines[glued.line]!.n)} runs part ${glued.id} on after the part before it: read as ${glued.id}.`);
      lines = relined;
      picked = again;
    }
  }
  // Sections numbered each from 1 ("Littering: 1.–7.", "Fly-tipping: 1.–5."): one numbering.
  const sections = picked ? sectionedLists(lines, picked, stopNames) : null;
  if (picked && sections) {
    picked = { list: { ...picked.list, questions: sections.questions }, occ: picked.occ };
    assumptions.push(
      `The request numbers each of its sections from 1: read as one numbering, ${sections.ranges.join(', ')}. Each question keeps its section's title (\`section:\`), so a council's "1." under "${sections.titles[1]}" is read as ${sections.firsts[1]}.`,
    );
  }
  if (!picked || picked.list.questions.length < 2) {
    // "a) the number of …; b) the income from …": letters with no number above them.
    const lettered = letteredItems(lines);
    const list = lettered ? pickList(lettered.lines, stopNames) : null;
    if (lettered && list && list.list.questions.length >= 2 && list.list.questions.length > (picked?.list.questions.length ?? 0)) {
      const n = list.list.questions.length;
      assumptions.push(
        `The request labels its items with letters and no number: ${lettered.first}–${lettered.last} are read as Q1–Q${n} (the letter is kept at the start of each question's text). A council's answer labelled "(b)" or "b)" is read as Q2.`,
      );
      lines = lettered.lines;
      picked = list;
    }
  }
  // ("Please provide the following information:" / "· The percentage of …" … / "· Of those …, the
  // percentage granted permission:" / "1. On written representations" / "2. …" / "· …": the bullets
  // are the questions, the numbers one bullet's items.)
  if (picked && picked.list.questions.length >= 2) {
    const bullets = bulletedQuestions(lines);
    const qs = bullets?.list.questions ?? [];
    const firstNumbered = picked.list.questions[0]!.n;
    const lastNumbered = picked.list.questions[picked.list.questions.length - 1]!.n;
    if (bullets && qs.length >= 3 && qs.length > picked.list.questions.length && qs[0]!.n < firstNumbered && qs[qs.length - 1]!.n > lastNumbered) {
      assumptions.push(
        `The request does not number its questions: took the ${qs.length} bullet points under "the following" (${at(qs[0]!.n)} to ${at(qs[qs.length - 1]!.n)}) as Q1–Q${qs.length}, in order; the items numbered under one of them (${at(firstNumbered)} to ${at(lastNumbered)}) are that question's words.`,
      );
      picked = bullets;
    }
  }
  if (!picked || picked.list.questions.length < 2) {
    const plain = unnumberedQuestions(lines);
    const bullets = bulletedQuestions(lines);
    if (bullets && bullets.list.questions.length > Math.max(plain?.list.questions.length ?? 0, picked?.list.questions.length ?? 0)) {
      const qs = bullets.list.questions;
      assumptions.push(
        bullets.askAbove
          ? `The request does not number its questions: took the ask at ${at(qs[0]!.n)} and the ${qs.length - 1} bullet points that add to it (${at(qs[1]!.n)} to ${at(qs[qs.length - 1]!.n)}) as Q1–Q${qs.length}, in order. Check them; councils often number them 1–${qs.length} in their reply.`
          : `The request does not number its questions: took the ${qs.length} bullet points under "the following" (${at(qs[0]!.n)} to ${at(qs[qs.length - 1]!.n)}) as Q1–Q${qs.length}, in order. Check them; councils often number them 1–${qs.length} in their reply.`,
      );
      picked = bullets;
    } else if (plain && plain.list.questions.length > (picked?.list.questions.length ?? 0)) {
      const qs = plain.list.questions;
      assumptions.push(
        `The request does not number its questions: took the ${qs.length} lines that ask something (${at(qs[0]!.n)} to ${at(qs[qs.length - 1]!.n)}) as Q1–Q${qs.length}, in order. Check them, and number them as the councils will quote them if you can.`,
      );
      picked = plain;
    }
  }
  if (!picked || picked.list.questions.length < 2) {
    // ("Can you give the number of licence reviews held since 2020? Can you give the total of fines
    // …? Can you give a list …": a paragraph of asks, one sentence each; three at least, as two
    // questions in a letter's paragraph are no list of them.)
    const sentences = askingSentences(lines);
    const plain = unnumberedQuestions(sentences);
    if (plain && plain.list.questions.length >= 3 && plain.list.questions.length > (picked?.list.questions.length ?? 0)) {
      const qs = plain.list.questions;
      assumptions.push(
        `The request asks its questions in running sentences: took the ${qs.length} things it asks for (${at(qs[0]!.n)}${qs[qs.length - 1]!.n !== qs[0]!.n ? ` to ${at(qs[qs.length - 1]!.n)}` : ''}) as Q1–Q${qs.length}, in order. Check them: councils often number them 1–${qs.length} in their reply.`,
      );
      picked = plain;
    }
  }
  if (!picked || picked.list.questions.length === 0) assumptions.push('No numbered questions (Q1., Question 1:, 1., 4(a) …) were found in the text, and no run of lines that each ask something.');
  let drafts = toDrafts(picked?.list.questions ?? [], assumptions);
  drafts = noteOrder(drafts, assumptions);
  const romans = describeLabels(lines, picked?.list.questions ?? [], assumptions);
  for (const d of drafts) if (romans.has(d.id)) d.roman = romans.get(d.id);
  const codes: Record<string, string[]> = {};
  applyCodeLists(drafts, lines, picked?.occ.first ?? 0, codes, assumptions);
  drafts = splitCompound(drafts, assumptions);
  markHeadings(drafts);
  applyTypes(drafts);
  applyLeadType(drafts, lines, assumptions);
  applyRoutingLines(drafts, assumptions);
  applyOwnConditions(drafts, assumptions);
  carryConditions(drafts, assumptions);
  const whens = finalWhen(drafts);

  const ids = new Set(drafts.map((d) => d.id));
  const questions: Question[] = drafts.map((d, order) => {
    const q: Question = { id: d.id, type: d.heading && !d.total ? 'text' : d.type, order };
    if (d.text) q.text = d.text;
    if (d.unit && !d.heading) q.unit = d.unit;
    const parent = impliedParent(d.id);
    if (parent && ids.has(parent)) q.parent = parent;
    if (d.heading) q.heading = true;
    if (d.decimal) q.label = d.decimal;
    else if (d.roman) q.label = d.roman;
    if (d.section) q.section = d.section;
    const when = whens.get(d.id)!;
    if (Object.keys(when).length > 0) q.when = when;
    if (d.choices && !d.heading) q.choices = d.choices;
    return q;
  });
  const questionnaire: Questionnaire = { version: 1, questions, byId: new Map(questions.map((q) => [q.id, q] as const)), codes, variants: {} };
  const title = options?.title ?? guessTitle(requestText);
  if (title) questionnaire.title = title;
  const notTaken = questionLikeLeftOut(lines, picked?.occ ?? null, picked?.list.questions ?? []);
  for (const n of notTaken) assumptions.push(`Line ${n.line} looks like a question but was not taken: "${n.text.length > 80 ? n.text.slice(0, 77) + '…' : n.text}".`);
  return { yaml: toYaml(questionnaire, assumptions), questionnaire, assumptions, notTaken };
}

/** A numbered line, or a line that asks something, outside the question list that was read. */
const QUESTION_LIKE = /^(?:\(?\d{1,2}[a-z]?\s*[.):]|q(?:uestion)?\s*\.?\s*\d{1,2})|\?["')]?$/i;
const NOT_A_QUESTION = /^(?:subject|re|from|to|sent|date|cc)\s*:|^(?:dear|hi|hello|yours|kind|best|regards|thank)|https?:|@/i;

function questionLikeLeftOut(lines: Line[], occ: Occurrence | null, taken: RawQuestion[]): { line: number; text: string }[] {
  const takenLines = new Set(taken.map((q) => q.n));
  const out: { line: number; text: string }[] = [];
  const first = occ ? lines[occ.first]!.n : 0;
  const end = occ ? lines[occ.end]!.n : 0;
  for (const l of lines) {
    if (l.depth > (occ?.depth ?? 0) || l.text.length < 12 || takenLines.has(l.n)) continue;
    if (occ && l.n >= first && l.n <= end + 3) continue;
    if (!QUESTION_LIKE.test(l.text) || NOT_A_QUESTION.test(l.text)) continue;
    // Only near the list (the request's own paragraphs), not a whole thread's prose.
    if (occ && (l.n < first - 15 || l.n > end + 15)) continue;
    out.push({ line: l.n + 1, text: l.text });
    if (out.length >= 8) break;
  }
  return out;
}
