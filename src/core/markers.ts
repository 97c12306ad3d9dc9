// The marker scanner (DESIGN §4): finds question labels such as `Q4a.`, `Question 4a:`, `4(a)`,
// `Q4a-Q4c`, `Q6b/Q6c` or `| Q6b | N/A |` at the start of a line, after indentation, bullets and
// `>` quote prefixes. One pass over the lines; the label grammar (markerLabel.ts) is read
// character by character in place, so a line that is no label costs a few comparisons and no
// copies, and a 20 MB reply scans in well under a second.
//
// Bare numbers (`1.`, `10)`) are the risky form: they are also list items, dates and figures.
// They count only when the number is a questionnaire id and the context agrees: the ids keep
// ascending within a message, or the text after the label looks like that question.
import { compareIds } from './ids';
import { firstNumber, idString, isWs, parseLabel, parsedLabel, parsedSubLabel, parseSubLabel, setDecimalLabels } from './markerLabel';
import type { Marker } from './types';
import { ROMAN_PERIOD_RE, romanNumeral } from './compound';

export interface ScanOptions {
  /** Canonical ids the questionnaire knows, in questionnaire order. */
  knownIds?: readonly string[] | ReadonlySet<string> | null;
  /** Word tokens of each question's text, used to confirm bare-number markers. */
  questionTokens?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The request labelled its items `a)`, `b)` … with no numbers (Q1 is `(a) …`): a letter alone is
   * that item. `'upper'` when it lettered them in capitals: a lower-case letter is then no item.
   */
  letterItems?: boolean | 'lower' | 'upper';
  /**
   * The request numbered its questions in roman numerals ("I. How many …", "II. …"): a numeral
   * alone ("IV. 293") labels that question. `'upper'` or `'lower'`: the case the request used.
   */
  romanItems?: false | 'lower' | 'upper';
  /**
   * Labels a version of the request is declared to have used for another question (`Q7b` for Q6c):
   * a reply's bare `7b` is kept as that label, for the reader to relabel.
   */
  relabels?: ReadonlySet<string>;
  /** The request's decimal labels (`2.1` → Q2a): a reply's `2.1` is that part. */
  decimalLabels?: ReadonlyMap<string, string>;
  /** How many questions each section has, when the request numbers its sections each from 1. */
  sectionSizes?: readonly number[];
  /** The questionnaire's headings (they ask nothing of their own, so a council's "(i)" is their first part). */
  headings?: ReadonlySet<string>;
  /**
   * Parts the request labelled with a roman numeral of their own ("2. How many …?" / "i.) Please
   * also give …" read as Q2a): number → numeral's value → the part's id.
   */
  numeralParts?: ReadonlyMap<number, ReadonlyMap<number, string>>;
}

/**
 * The questionnaire's ids as the scanner uses them. Callers pass the same ids on every call (a
 * fresh Set per index, the same array per analysis), so the last one is kept: rebuilding it
 * sorts the ids with compareIds, which costs more than scanning a short reply.
 */
interface KnownIds {
  set: ReadonlySet<string>;
  /** In id order (compareIds), for ranges. */
  sorted: readonly string[];
  /** Position of each id in `sorted`: the rank that tells whether markers ascend. */
  order: ReadonlyMap<string, number>;
  /**
   * Numbers the questionnaire asks only in parts (`Q1a`, `Q1b`, no `Q1`): the parts, in order. A
   * council that answers "1." (an item of the request that asked two things) answers them all.
   */
  parts: ReadonlyMap<string, readonly string[]>;
}

let lastKnownInput: string[] | null = null;
let lastKnown: KnownIds | null = null;

function knownIdsOf(known: ScanOptions['knownIds']): KnownIds | null {
  if (!known) return null;
  if (lastKnownInput) {
    let i = 0;
    let same = true;
    for (const id of known) {
      if (i >= lastKnownInput.length || lastKnownInput[i] !== id) {
        same = false;
        break;
      }
      i++;
    }
    if (same && i === lastKnownInput.length) return lastKnown;
  }
  const list = [...known];
  if (list.length === 0) return null;
  const sorted = [...list].sort(compareIds);
  const order = new Map<string, number>();
  sorted.forEach((id, i) => order.set(id, i));
  const set = new Set(list);
  const parts = new Map<string, string[]>();
  for (const id of sorted) {
    const parent = /^(Q\d+)[a-z]$/.exec(id)?.[1];
    if (!parent || set.has(parent)) continue;
    const kids = parts.get(parent);
    if (kids) kids.push(id);
    else parts.set(parent, [id]);
  }
  lastKnownInput = list;
  lastKnown = { set, sorted, order, parts };
  return lastKnown;
}

/** Every question marker in a reply (DESIGN §4). `knownIds`: canonical ids of the questionnaire, if any. */
export function scanMarkers(text: string, knownIds?: ReadonlySet<string> | null): Marker[] {
  try {
    return scanMarkersWith(text, { knownIds: knownIds ?? null });
  } catch {
    return [];
  }
}

// What confirm() needs to know of each candidate besides its Marker, as bits of one number.
/** A bare number without letters or a `Q` (`4.`, `10)`): needs context to count. */
const WEAK = 1;
/** The words after a bare number look like its question. */
const SIMILAR = 2;
/** Line has a blank line or another marker right before it. */
const AFTER_BREAK = 4;
const PREV_LINE_ENDS_QUESTION = 8;
/** The label is followed by `,` or a lower-case word: it sits inside a sentence. */
const MID_SENTENCE = 16;
/** A letter-only label (`b)`) read as a sub-question of the last numbered marker. */
const SUB = 32;
/** A number the questionnaire asks only in parts (`1.` for `Q1a`, `Q1b`): the label answers them all. */
const GROUP = 64;
/** The rest of the label's line is a value alone: a figure, a sum, "Yes", "No", "Not held", "N/A". */
const VALUE_AFTER = 128;
/** "A-D.", "(a) – (c)": a run of a lettered request's items, its answer after it. */
const LETTER_RANGE_RE = /^\(?([a-z])\)?[ \t\u00a0]?(?:[-–]|to)[ \t\u00a0]?\(?([a-z])[.):]?(?=[ \t\u00a0]|$)/i;
/** A response heading ("In Response:", "Our answer") stood on a line since the previous candidate. */
const RESPONSE_SINCE = 256;
/** "Response", "Response 23-07-2014", "Our reply (12 March 2024):": a heading over the council's answer, with its date. */
/**
 * The words that head a letter's answer: "Response", "Answer", "Information released for the
 * answer". One list for the headings read here and in segment.ts, which adds its own framing.
 */
/** "Answer (a):", "Response b:": a part's answer labelled by its letter after the response word. */
const ANSWER_PART_RE = /^(?:answer|response|reply)[ \t]+\(?([a-h])\)?[ \t]*:(?=[ \t]|$)/i;

export const RESPONSE_WORDS = String.raw`(?:(?:final|full|formal)\s+)?(?:response|reply|answer|information\s+(?:provided|released|disclosed|supplied)(?:\s+(?:for|in)\s+(?:the\s+|your\s+)?(?:answer|response|reply))?)`;
export const RESPONSE_HEADING_RE = new RegExp(String.raw`^(?:our\s+|council(?:'s|’s)?\s+)?(?:${RESPONSE_WORDS}|(?:(?:final|full|formal)\s+)?decision)s?\b\s*(?:(?:dated|date|sent|issued|provided|given)\b)?[\s:(–-]*(?:\d{1,2}[\s./-]*(?:\d{1,2}|[a-z]{3,9})[\s./-]*\d{2,4})?\s*\)?\s*:?$`, 'i');
const VALUE_ALONE_RE = /^[ \t\u00a0]*[:.–-]?[ \t\u00a0]*(?:(?:approx(?:imately|\.)?\s+|c\.\s?)?£?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|k|m|bn|million)?|yes|no|none|nil|not\s+held|n\/a|not\s+applicable)[ \t\u00a0]*\.?[ \t\u00a0]*$/i;

/** The rest of the label's line is a short title, a few words in capitals with no figure and no stop: "2. Information systems". */
const TITLE_AFTER = 512;
/** "1 & 2", "3 4 & 5", "3, 4 and 5": question numbers alone, the last joined by "&" or "and". */
const NUMBERS_ALONE_RE = /^\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2})*\s*(?:&|\band\b)\s*\d{1,2}[ \t\u00a0]*$/i;
const TITLE_ALONE_RE = /^[ \t\u00a0]*[.)]?[ \t\u00a0]*[A-Z][A-Za-z'’&,-]*(?:[ \t\u00a0]+[A-Za-z'’&,-]+){0,5}[ \t\u00a0]*$/;

/** Candidate markers in line order, with what confirm() weighs, in parallel arrays. */
interface Candidates {
  markers: Marker[];
  flags: number[];
  /** Index of the message (between boundaries such as `From:` or `Dear …`) the marker is in. */
  block: number[];
  /** Highest questionnaire position of the marker's ids; -1 when none is known. */
  rank: number[];
  /** Column of the label on its line. */
  indent: number[];
}

/** The id of the next lettered part: `Q6a` → `Q6b`; '' for an id without a letter. */
function nextPart(id: string): string {
  const m = /^(Q\d+)([a-y])$/.exec(id);
  return m ? `${m[1]}${String.fromCharCode(m[2]!.charCodeAt(0) + 1)}` : '';
}

/** `(a)` or `a)` opening the text after a label: its parts are lettered inline. */
const INLINE_PART_A_RE = /^[ \t\u00a0]*(?:\(?a\)|a\.(?=[ \t\u00a0]))/i;
/** The next part's label at the start of the line below: "(b)", "b)", "b. ". */
const PART_B_BELOW_RE = /^[ \t\u00a0]*(?:\(?b\)|b\.(?=[ \t\u00a0]))/i;
/** "(i) " right after a question's number, and "(ii)" opening the next line. */
const INLINE_ROMAN_I_RE = /^[ \t\u00a0]*\(i\)(?=[ \t\u00a0])/;
const ROMAN_II_BELOW_RE = /^[ \t\u00a0]*\(ii\)[ \t\u00a0]/;

/** A number's items as a council numbers them (i), (ii) …: the question itself when it asks, then its lettered parts. */
function romanItems(num: number, known: KnownIds, headings: ReadonlySet<string>): string[] {
  const p = idString(num, 0);
  const kids = known.sorted.filter((id) => id.length > p.length && id.startsWith(p) && /^[a-z]+$/.test(id.slice(p.length)));
  if (kids.length === 0) return [];
  return known.set.has(p) && !headings.has(p) ? [p, ...kids] : kids;
}

/** "(i)", "(ii)" … in brackets, then a colon, a dot or a space. */
const BRACKETED_ROMAN_RE = /^[ \t\u00a0]*\((i{1,3}|iv|vi{0,3}|ix|x)\)[ \t\u00a0]*[:.]?(?=[ \t\u00a0]|$)/;
const ROMAN_INDEX = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/**
 * The item of a number a label names in bracketed roman numerals, "question 1 (ii):", when the
 * questionnaire has no such lettered part and the same number is labelled with another numeral
 * near it: the item's place and where its label ends; null otherwise. (The label "1 (i)" may have
 * been read as part `i` of question 1.)
 */
function bracketedRoman(text: string, labelStart: number, end: number, lim: number, number: string, known: ReadonlySet<string> | null): { index: number; end: number } | null {
  let num = number;
  let at = end;
  // ("question 1 (i):" read whole as Q1i: back to the bracket.)
  if (/^Q\d+i$/.test(number) && !(known?.has(number) ?? false)) {
    const open = text.lastIndexOf('(', end);
    if (open < labelStart) return null;
    num = number.slice(0, -1);
    at = open;
  } else if (!/^Q\d+$/.test(number)) return null;
  const m = BRACKETED_ROMAN_RE.exec(text.slice(at, lim));
  if (!m) return null;
  const index = ROMAN_INDEX.indexOf(m[1]!);
  // (Another numeral of the same number nearby: "question 1 (ii)" after "question 1 (i)"; not "3.
  // (ii)" alone, one of the options the request numbered.)
  const around = text.slice(Math.max(0, labelStart - 1200), Math.min(text.length, labelStart + 1200));
  const others = [...around.matchAll(new RegExp(String.raw`\b${num.slice(1)}[ \t\u00a0]*\((i{1,3}|iv|vi{0,3}|ix|x)\)`, 'g'))].filter((x) => x[1] !== m[1]);
  return index >= 0 && others.length > 0 ? { index, end: at + m[0].length } : null;
}

/** `a)`, `(b)`, `c.` right after a number's label: the part of that number it labels. */
const PART_AFTER_NUMBER_RE = /^[ \t\u00a0]*(?:\(([a-h])\)|([a-h])[).])(?=[ \t\u00a0])/i;

/** Another line near `at` that opens with the same number and another part's letter ("4. b)"). */
function sameNumberOtherPart(text: string, at: number, num: string, letter: string): boolean {
  const around = text.slice(Math.max(0, at - 400), Math.min(text.length, at + 400));
  const re = new RegExp(String.raw`(?:^|\n)[ \t\u00a0]*(?:q(?:uestion)?\s*\.?\s*)?${num}[.)]?[ \t\u00a0]*(?:\(([a-h])\)|([a-h])[).])`, 'gi');
  for (const m of around.matchAll(re)) if ((m[1] ?? m[2])!.toLowerCase() !== letter) return true;
  return false;
}

/**
 * The text of the lines below a line that labels part (a) after its number, past blank lines and
 * past lines indented deeper than the letter's column (its text wrapped), for the (b) below it.
 */
function partBelow(text: string, eol: number, letterColumn: number): string {
  let at = eol + 1;
  for (let k = 0; k < 6 && at < text.length; k++) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    const indent = /^[ \t\u00a0]*/.exec(line)![0].length;
    if (line.trim() !== '' && indent <= letterColumn) break;
    if (next < 0) break;
    at = next + 1;
  }
  return text.slice(at, Math.min(text.length, at + 120));
}

/** The lettered parts `6a`, `6b`, … of `6` that the questionnaire knows, in order. */
function partIdsOf(id: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let l = 0x61; l <= 0x7a; l++) {
    const part = id + String.fromCharCode(l);
    if (!known.has(part)) break;
    out.push(part);
  }
  return out;
}

/**
 * "21 to 25." / "17 - 20." / "5/6:" / "24 and 25:": a label that numbers a span of the council's own
 * items, as [first, last]. Joined by a slash, "&" or "and", the two numbers are next to each other.
 */
export function numberSpan(label: string): [number, number] | null {
  const got = /^(\d{1,3})\s*(?:to|[-–—]|(\/|&|and))\s*(\d{1,3})[.):]?$/.exec(label.trim());
  if (!got || Number(got[3]) <= Number(got[1]) || (got[2] && Number(got[3]) !== Number(got[1]) + 1)) return null;
  return [Number(got[1]), Number(got[3])];
}

/** The scanner with the questionnaire's help (order of ids, question words for bare numbers). */
export function scanMarkersWith(text: string, options: ScanOptions = {}): Marker[] {
  setDecimalLabels(decimalLetters(options.decimalLabels));
  try {
    const markers = figureBeforeQuoted(figureAfterDash(text, scanWith(text, options)));
    const quarters = quarterCells(text, markers);
    if (quarters.length === 0) return markers;
    // Scan again with the quarters' labels blanked out (offsets unchanged): the rows they hid
    // ("2    Fly-posting reports …" after "Q2  204") count again in their list.
    let masked = text;
    for (const q of quarters) masked = masked.slice(0, q.start) + ' '.repeat(q.end - q.start) + masked.slice(q.end);
    return figureBeforeQuoted(figureAfterDash(masked, scanWith(masked, options)));
  } finally {
    setDecimalLabels(null);
  }
}

/**
 * "> Q2b) Of those, how many were unsuccessful?" / "3. Two were rejected because …" / "> Q3 Since
 * …": a bare number in the council's own text, right above the quoted question of that number, is
 * the previous answer's figure, not a label.
 */
function figureBeforeQuoted(markers: Marker[]): Marker[] {
  return markers.filter((m, i) => {
    const next = markers[i + 1];
    if (!next || !/^\d{1,3}[.)]$/.test(m.label.trim()) || next.quoteDepth <= m.quoteDepth || next.line - m.line > 4) return true;
    return !(next.ids.length === m.ids.length && next.ids.every((id, k) => id === m.ids[k]) && /^q/i.test(next.label.trim()));
  });
}

/**
 * `Q2 - 3.` alone on its line: a question, a dash and a figure, or a range to question 3. So is
 * `Q4a - c. 40`: a range to part c, or "circa 40" after a dash.
 */
const DASH_RANGE_LINE_RE = /^(q(?:uestion)?\s*\.?\s*\d{1,3}[a-z]?)\s+[-–—]\s+(?:\d{1,3}[a-z]?\.?[ \t\u00a0]*$|c\.[ \t\u00a0]?\d)/i;

/**
 * "Q2 - 3." then "Q3 - We don't charge …" on the next line: a range that the very next label
 * contradicts (it labels a question inside the range again) was the answer "3" after a dash.
 */
function figureAfterDash(text: string, markers: Marker[]): Marker[] {
  for (let i = 0; i + 1 < markers.length; i++) {
    const m = markers[i]!;
    if (m.ids.length < 2) continue;
    const eol = text.indexOf('\n', m.start);
    const dash = DASH_RANGE_LINE_RE.exec(text.slice(m.start, eol < 0 ? text.length : eol).replace(/\r$/, ''));
    const next = markers[i + 1]!;
    if (!dash || next.line <= m.line || !next.ids.some((id) => m.ids.indexOf(id) > 0)) continue;
    markers[i] = { ...m, ids: [m.ids[0]!], end: m.start + dash[1]!.length, label: dash[1]! };
  }
  return markers;
}

/** "Q2  204": a quarter's label and its figure, alone from a column to the end of the line. */
const QUARTER_CELL_RE = /^Q([1-4])[:.]?[ \t\u00a0]+£?\d[\d,.]*[ \t\u00a0]*%?[ \t\u00a0]*$/i;

/**
 * A cell that breaks a figure down by quarter ("Q1  187" / "Q2  204" / "Q3  166" / "Q4  221" /
 * "Total 778"), lines after lines at one column: its "Q2" … "Q4" are quarters of the year, not
 * questions. The run counts when a "Total" line follows at the same column, or when it opens on a
 * line whose left-hand columns carry the row's own text (the cell is a right-hand column).
 * Returns those quarter labels.
 */
function quarterCells(text: string, markers: Marker[]): Marker[] {
  // Cheap gate: a "Q1".."Q4" label with a figure after it ("Q2  204"), read at the labels only.
  const figureAfter = (m: Marker): boolean => m.end - m.start <= 3 && /^[:.]?[ \t\u00a0]+£?\d/.test(text.slice(m.end, m.end + 8)) && /^Q[1-4]/i.test(m.label);
  if (!markers.some(figureAfter)) return [];
  const drop = new Set<number>();
  let starts: number[] | null = null;
  const lineAt = (n: number): { start: number; body: string } | null => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const start = starts[n];
    if (start === undefined) return null;
    const eol = text.indexOf('\n', start);
    return { start, body: text.slice(start, eol < 0 ? text.length : eol).replace(/\r$/, '') };
  };
  for (const m of markers) {
    if (drop.has(m.start) || m.ids.length !== 1 || !/^Q[1-4]\b/i.test(m.label)) continue;
    const here = lineAt(m.line);
    if (!here) continue;
    const col = m.start - here.start;
    const cellAt = (body: string): number | null => {
      const q = QUARTER_CELL_RE.exec(body.slice(col));
      return q ? Number(q[1]) : null;
    };
    const first = cellAt(here.body);
    if (first === null) continue;
    // The run: this line and the lines below it whose cell is the next quarter.
    const run = [m.line];
    let n = first;
    for (let k = m.line + 1; ; k++) {
      const L = lineAt(k);
      if (!L || cellAt(L.body) !== n + 1 || L.body.slice(0, col).trim() !== '') break;
      run.push(k);
      n++;
    }
    // The line above may hold the cell's first quarter after the row's text ("1   Graffiti …   Q1  187").
    const above = first > 1 && m.line > 0 ? lineAt(m.line - 1) : null;
    const opensAbove = !!above && cellAt(above.body) === first - 1 && above.body.slice(0, col).trim() !== '';
    const after = lineAt(run[run.length - 1]! + 1);
    const total = !!after && /^total\b/i.test(after.body.slice(col)) && after.body.slice(0, col).trim() === '';
    if (run.length + (opensAbove ? 1 : 0) < 2 || !(total || opensAbove)) continue;
    for (const k of run) {
      const L = lineAt(k)!;
      drop.add(L.start + col);
    }
  }
  return markers.filter((m) => drop.has(m.start));
}

const decimalLetterCache = new WeakMap<ReadonlyMap<string, string>, Map<string, number>>();

/** `2.1` → the letter code of its part (Q2a → `a`), for the label parser. */
function decimalLetters(labels: ReadonlyMap<string, string> | undefined): Map<string, number> | null {
  if (!labels || labels.size === 0) return null;
  let out = decimalLetterCache.get(labels);
  if (!out) {
    out = new Map();
    for (const [label, id] of labels) if (/^Q\d+[a-z]$/.test(id)) out.set(label, id.charCodeAt(id.length - 1));
    decimalLetterCache.set(labels, out);
  }
  return out;
}

/** Some question's own words hold the line's year and its roman numeral ("… years: i) 2014 ii) 2015"). */
function quotesPeriod(line: string, questionTokens: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const m = /\(?([ivx]{1,4})\)\s+((?:19|20)\d\d)/i.exec(line);
  if (!m) return false;
  const numeral = m[1]!.toLowerCase();
  for (const bag of questionTokens.values()) if (bag.has(numeral) && bag.has(m[2]!)) return true;
  return false;
}

function scanWith(text: string, options: ScanOptions): Marker[] {
  const knownIds = knownIdsOf(options.knownIds);
  const known = knownIds?.set ?? null;
  const order = knownIds?.order ?? null;
  const sortedKnown = knownIds?.sorted ?? null;
  const questionTokens = options.questionTokens;

  const cands: Candidates = { markers: [], flags: [], block: [], rank: [], indent: [] };
  let block = 0;
  let line = 0;
  let prevBlank = true;
  let prevEndsQuestion = false;
  // The previous line's content, for "… (previously question\n6c). The Council …".
  let prevStart = 0;
  let prevEnd = 0;
  let lastNum: number | null = null;
  let responseSince = false;
  // (A request of one question asked in lettered parts: "a)" alone, with no number above it, is its part.)
  // (Only when that question is a heading over its parts, asking nothing itself.)
  const soleId = sortedKnown && topLevelCount(sortedKnown) === 1 ? sortedKnown.find((id) => !/[a-z]$/.test(id)) : undefined;
  const soleTop = soleId && options.headings?.has(soleId) ? firstNumber(soleId) : -1;
  /** The line of the last number label, and the number whose answer numbers its items "i)", "ii)" …. */
  let lastNumLine = -1;
  let romanItemsOf: number | null = null;
  let lastBlockSeen = 0;
  let pos = 0;
  const n = text.length;
  const shape = scratchShape;
  // Where a table flattened one cell to a line starts its rows, and whether this line is in one.
  const flatRows = flattenedTableRows(text);
  let inFlat = false;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    fillLineShape(text, pos, eol, shape);
    const blank = shape.contentEnd <= shape.contentStart;
    if (blank) inFlat = false;
    else if (flatRows.has(pos)) inFlat = true;
    if (!blank && mayBeBoundary(text, shape.contentStart, shape.contentEnd) && BOUNDARY_RE.test(text.slice(shape.contentStart, shape.contentEnd)) && !pageRule(text, shape.contentStart, shape.contentEnd)) block++;
    if (block !== lastBlockSeen) {
      lastNum = null;
      lastBlockSeen = block;
    }
    if (!blank) {
      let labelStart = shape.labelStart;
      const lim = shape.contentEnd;
      let found = parseLabel(text, labelStart, lim, sortedKnown);
      // "Response to question 4a:", "Answer 4a:": the label after a response prefix.
      const c0 = text.charCodeAt(labelStart) | 0x20;
      // (Not "… a percentage in⏎answer to questions 6b and 6c. None …": a sentence wrapped onto the line.)
      // ("Request 2" / "Item 3" / "Part 1" alone on its line over its words or its answer.)
      if (!found && known && (c0 === 0x72 || c0 === 0x69 || c0 === 0x70) && lim - labelStart <= 12) {
        const named = /^(?:request|item|part)\s+(\d{1,2})\s*[:.]?\s*$/i.exec(text.slice(labelStart, lim));
        const id = named ? idString(Number(named[1]), 0) : '';
        if (named && known.has(id)) {
          parsedLabel.ids = [id];
          parsedLabel.end = lim;
          parsedLabel.weak = false;
          found = true;
        }
      }
      if (!found && lim - labelStart >= 7 && (c0 === 0x72 || c0 === 0x61 || c0 === 0x6f || c0 === 0x74 || c0 === 0x69 || c0 === 0x77 || c0 === 0x79) && !(!prevBlank && /[a-z]/.test(text[labelStart] ?? '') && /[\p{L},]$/u.test(text.slice(prevStart, prevEnd).trimEnd()))) {
        const lead = RESPONSE_TO_RE.exec(text.slice(labelStart, Math.min(lim, labelStart + 40)));
        // ("In response to questions 1-4, …", "… Q1 to Q4": a range, which the prose reading names
        // whole; not a label for its first number. "Our response to Q6 – 40" is Q6's answer.)
        // ("The answer to question 4a (22) is unchanged." inside a paragraph of an amended response is
        // prose: "The response to …" leads a label only at a paragraph's start.)
        const sentence = !!lead && /^the\s+(?:response|answer|reply)\b/i.test(lead[0]);
        if (lead && (!sentence || prevBlank) && parseLabel(text, labelStart + lead[0].length, lim, sortedKnown) && !/^(?:[-–—]\d|\s*to\s+(?:q(?:uestion)?\s*)?\d|\s*[-–—]\s*q(?:uestion)?\s*\d)/i.test(text.slice(parsedLabel.end, parsedLabel.end + 16))) {
          labelStart += lead[0].length;
          found = true;
          // "Answer 4:" is a label whatever the numbers around it: the word says so.
          parsedLabel.weak = false;
          // "In relation to question 4a, our systems are …": the comma closes the label.
          if (text.charCodeAt(parsedLabel.end) === 0x2c) parsedLabel.end++;
          // "The response to question 3 is;", "The answer to question 11 is yes": the verb is the label's.
          const verb = sentence ? /^\s+(?:is|was|are|were)\b\s*[:;,–—-]?/i.exec(text.slice(parsedLabel.end, lim)) : null;
          if (verb) parsedLabel.end += verb[0].length;
        } else if (lead && /^(?:responses?|answers?|reply|replies)\s/i.test(lead[0])) {
          // "Response 4 & 5", "Answer 3" alone on the line, the answer below: the numbers it names.
          const alone = RESPONSE_NUMBERS_RE.exec(text.slice(labelStart + lead[0].length, lim));
          if (alone) {
            parsedLabel.ids = alone[0].split(/\s*(?:&|,|\band\b)\s*/i).map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0).map((n) => `Q${n}`);
            parsedLabel.end = lim;
            parsedLabel.weak = false;
            labelStart += lead[0].length;
            found = true;
          }
        }
      }
      // A number alone on its line after a blank line, with the answer on the next line
      // ("1" / "11" / "" / "2" / "9"): a weak label like `1.`; the answer's own figure, which
      // follows its number without a blank line, is not one.
      // (Or, in a table flattened one cell to a line under "No." / "Question" / "Response", the row's
      // number alone on its line, its question's cell and then its answer's below it.)
      if (!found && (prevBlank || inFlat) && lim - labelStart <= 3 && labelStart === shape.contentStart && aloneNumber(text, labelStart, lim) && nextLineHasText(text, eol)) {
        const num = Number(text.slice(labelStart, lim));
        parsedLabel.ids = [idString(num, 0)];
        parsedLabel.end = lim;
        parsedLabel.weak = true;
        found = true;
      }
      // "1 & 2" / "3 4 & 5" alone on its line after a blank line, the answer below: the questions
      // answered together, named by their numbers alone (running on, each one the questionnaire asks).
      // (Its answer may follow a blank line: "1 & 2" / "" / "Row Labels  Count".)
      if (!found && known && prevBlank && labelStart === shape.contentStart && lim - labelStart <= 24 && (nextLineHasText(text, eol) || (text.indexOf('\n', eol + 1) > 0 && !nextLineHasText(text, eol) && nextLineHasText(text, text.indexOf('\n', eol + 1))))) {
        const numbers = NUMBERS_ALONE_RE.test(text.slice(labelStart, lim)) ? text.slice(labelStart, lim).split(/\s*(?:&|,|\band\b|\s)\s*/i).filter((n) => n.length > 0).map(Number) : [];
        if (numbers.length >= 2 && numbers.every((n, k) => k === 0 || n === numbers[k - 1]! + 1) && numbers.every((n) => known.has(idString(n, 0)))) {
          parsedLabel.ids = numbers.map((n) => idString(n, 0));
          parsedLabel.end = lim;
          parsedLabel.weak = false;
          found = true;
        }
      }
      // "4a" alone on its line the same way (a table's reference column, one cell per line): a
      // part the questionnaire asks.
      if (!found && known && (prevBlank || inFlat) && lim - labelStart <= 4 && lim - labelStart >= 2 && labelStart === shape.contentStart && nextLineHasText(text, eol)) {
        const letter = text.charCodeAt(lim - 1) | 0x20;
        if (letter >= 0x61 && letter <= 0x7a && aloneNumber(text, labelStart, lim - 1)) {
          const id = idString(Number(text.slice(labelStart, lim - 1)), letter);
          if (known.has(id)) {
            parsedLabel.ids = [id];
            parsedLabel.end = lim;
            parsedLabel.weak = true;
            found = true;
          }
        }
      }
      // "About the Council (questions 1 to 3)": a paragraph's title that names the questions its
      // paragraph answers, after a blank line (the ids in brackets at the end of the title).
      let titled = false;
      if (!found && known && prevBlank && labelStart === shape.contentStart) {
        const open = titleRangeStart(text, labelStart, lim);
        // "(your questions 1, 2 and 4)": the ids after "your" or "see".
        const ids = open >= 0 ? open + 1 + (/^(?:your|see)\s+/i.exec(text.slice(open + 1, open + 6))?.[0].length ?? 0) : -1;
        // ("11. The charge is exempt under section 43(2) …" then "Public interest test (question 11)":
        // a title over more of an answer already labelled is no answer of its own.)
        if (open >= 0 && parseLabel(text, ids, lim, sortedKnown) && (text.charCodeAt(parsedLabel.end) === 0x29 || text.charCodeAt(parsedLabel.end - 1) === 0x29) && /^(?:questions?|qs?)\b/i.test(text.slice(ids, ids + 10)) && !titleContinues(cands, parsedLabel.ids, block)) {
          labelStart = open;
          parsedLabel.end = lim;
          parsedLabel.weak = false;
          found = true;
          titled = true;
        }
      }
      let sub = false;
      if (!found && (lastNum !== null || soleTop > 0) && known) {
        // ("Question 7 - Contractor details" / "Answer (a): Vantage …" / "Answer (b): …": the part's
        // letter after the response word, a colon closing it.)
        const worded = (c0 === 0x61 || c0 === 0x72) ? ANSWER_PART_RE.exec(text.slice(labelStart, Math.min(lim, labelStart + 16))) : null;
        if (worded) parsedSubLabel.letter = worded[1]!.toLowerCase().charCodeAt(0);
        const end = worded ? labelStart + worded[0].length : parseSubLabel(text, labelStart, lim);
        // ("c. 22%" under "Q6b. … uptake?": circa before a figure, unless part b was lettered just before.)
        const circa = end >= 0 && parsedSubLabel.letter === 0x63 && /^c\.\s?(?:£\s?)?\d/i.test(text.slice(labelStart, labelStart + 6)) && !/^\(?b[.)]/i.test(cands.markers[cands.markers.length - 1]?.label ?? '');
        if (end >= 0 && !circa) {
          const id = idString(lastNum ?? soleTop, parsedSubLabel.letter);
          if (known.has(id)) {
            parsedLabel.ids = [id];
            parsedLabel.end = end;
            parsedLabel.weak = false;
            found = true;
            sub = true;
          } else if (sortedKnown) {
            // ("1. … a) 2020-21, b) 2019-20 …" / "2. …" / "3. …" quoted, then "Response" and "a) 4" /
            // "b) 12" … "2) 23": the parts of the one question that has them, from (a) under a response
            // heading, in order.)
            const letter = parsedSubLabel.letter;
            const owners = sortedKnown.filter((k) => /^Q\d+$/.test(k) && known.has(idString(firstNumber(k), letter)));
            const previous = cands.markers[cands.markers.length - 1]?.ids[0];
            const owner = owners.length === 1 ? firstNumber(owners[0]!) : -1;
            if (owner > 0 && ((letter === 0x61 && responseSince) || previous === idString(owner, letter - 1))) {
              parsedLabel.ids = [idString(owner, letter)];
              parsedLabel.end = end;
              parsedLabel.weak = false;
              found = true;
            }
          }
        } else if (end < 0) {
          // ("a)The number of stations …", "b&c Information not held.": a part's letter run onto
          // its answer, and two parts' letters joined.)
          const joined = /^\(?([a-z])\)(?=[A-Z][a-z])|^\(?([a-z])\)?\s?(?:&|and)\s?\(?([a-z])\)?(?=\s|:|$)/.exec(text.slice(labelStart, Math.min(lim, labelStart + 12)));
          const num = lastNum ?? soleTop;
          const first = joined ? (joined[1] ?? joined[2])! : '';
          const ids = !joined ? [] : joined[1] ? [idString(num, first.charCodeAt(0))] : [idString(num, first.charCodeAt(0)), idString(num, joined[3]!.charCodeAt(0))];
          if (joined && ids.every((id) => known.has(id))) {
            parsedLabel.ids = ids;
            parsedLabel.end = labelStart + joined[0].length;
            parsedLabel.weak = false;
            found = true;
            sub = true;
          }
        }
      }
      // "b) 412": the item of a request lettered without numbers (weak, like a bare number).
      if (!found && known && options.letterItems) {
        const end = parseSubLabel(text, labelStart, lim);
        const id = end >= 0 ? idString(parsedSubLabel.letter - 0x60, 0) : '';
        // ("A." … "C." asked; "a) states that facts," in a refusal notice below is its own list.)
        const raw = text[text[labelStart] === '(' ? labelStart + 1 : labelStart] ?? '';
        if (end >= 0 && known.has(id) && !(options.letterItems === 'upper' && raw !== raw.toUpperCase())) {
          parsedLabel.ids = [id];
          parsedLabel.end = end;
          parsedLabel.weak = true;
          found = true;
        }
        // ("A)No" / "B) No emails": the item's letter run onto its answer.)
        // ("B.12 months to 31/7/25 … 412": a capital's stop run onto a figure, in a request
        // lettered in capitals.)
        const glued = end < 0 ? (/^\(?([a-zA-Z])\)(?=[A-Z][a-z])/.exec(text.slice(labelStart, Math.min(lim, labelStart + 5))) ?? (options.letterItems === 'upper' ? /^([A-Z])\.(?=\d|[A-Z][a-z])/.exec(text.slice(labelStart, Math.min(lim, labelStart + 5))) : null)) : null;
        const gluedId = glued ? idString(glued[1]!.toLowerCase().charCodeAt(0) - 0x60, 0) : '';
        if (!found && glued && known.has(gluedId) && !(options.letterItems === 'upper' && glued[1] !== glued[1]!.toUpperCase())) {
          parsedLabel.ids = [gluedId];
          parsedLabel.end = labelStart + glued[0].length;
          parsedLabel.weak = true;
          found = true;
        }
        // "B" alone on its line, its answer (or its question quoted) below: the item of a request
        // lettered in capitals.
        const code = text.charCodeAt(labelStart);
        if (!found && options.letterItems === 'upper' && lim === labelStart + 1 && code >= 0x41 && code <= 0x5a && /\S/.test(text.slice(lim, lim + 200)) && known.has(idString(code - 0x40, 0))) {
          parsedLabel.ids = [idString(code - 0x40, 0)];
          parsedLabel.end = lim;
          parsedLabel.weak = true;
          found = true;
        }
        // ("A-D. We have 6 officers …": the items of a lettered request answered together, a range.)
        const span = found ? null : LETTER_RANGE_RE.exec(text.slice(labelStart, Math.min(lim + 8, labelStart + 12)));
        // (In either case: "b-d." under a request lettered "A." to "F." names its items all the same.)
        if (span && (span[1] === span[1]!.toUpperCase()) === (span[2] === span[2]!.toUpperCase())) {
          const from = span[1]!.toLowerCase().charCodeAt(0) - 0x60;
          const to = span[2]!.toLowerCase().charCodeAt(0) - 0x60;
          const ids = to > from ? Array.from({ length: to - from + 1 }, (_, k) => idString(from + k, 0)) : [];
          if (ids.length > 1 && ids.every((id) => known.has(id))) {
            parsedLabel.ids = ids;
            parsedLabel.end = labelStart + span[0].length;
            // (Strong, as "1-4." is: a run of letters says it answers those items.)
            parsedLabel.weak = false;
            found = true;
          }
        }
      }
      // "IV. In issuing our response …": the question of a request numbered in roman numerals
      // (weak, like a bare number), in the request's case.
      // ("i) and ii) A total of …", "ii) – iv) Not held": two joined, or a range.)
      if (!found && known && options.romanItems === 'lower' && labelStart === shape.contentStart) {
        const run = romanRun(text, labelStart, lim);
        if (run && run.nums.length > 1 && run.nums.every((k) => known.has(idString(k, 0)))) {
          parsedLabel.ids = run.nums.map((k) => idString(k, 0));
          parsedLabel.end = run.end;
          parsedLabel.weak = true;
          found = true;
        }
      }
      if (!found && known && options.romanItems && labelStart === shape.contentStart) {
        const r = /^\(?([ivxIVX]{1,5})[.)][ \t]/.exec(text.slice(labelStart, Math.min(lim, labelStart + 9)));
        const id = r && (options.romanItems === 'upper' ? r[1] === r[1]!.toUpperCase() : r[1] === r[1]!.toLowerCase()) ? idString(romanNumeral(r[1]!), 0) : '';
        if (r && id !== 'Q0' && known.has(id)) {
          parsedLabel.ids = [id];
          parsedLabel.end = labelStart + r[0].length - 1;
          parsedLabel.weak = true;
          found = true;
        }
      }
      // "4. (i) 243 systems …" / "(ii) and (iii) We do not hold …" / "(iv) Both.": the council
      // numbered a question's items with roman numerals (the question itself, if it asks, then its
      // lettered parts); each numeral labels its item.
      // ("2. 41" / "i.) 118": the numeral the request gave the part labels that part.)
      const ownNumerals = lastNum !== null ? options.numeralParts?.get(lastNum) : undefined;
      if (!found && ownNumerals) {
        const run = romanRun(text, labelStart, lim);
        if (run && run.nums.every((k) => ownNumerals.has(k))) {
          parsedLabel.ids = run.nums.map((k) => ownNumerals.get(k)!);
          parsedLabel.end = run.end;
          parsedLabel.weak = false;
          found = true;
          sub = true;
        }
      }
      if (!found && lastNum !== null && knownIds && options.headings) {
        const run = romanRun(text, labelStart, lim);
        const items = run ? romanItems(lastNum, knownIds, options.headings) : [];
        if (run && items.length >= 2 && run.nums.every((k) => k <= items.length)) {
          parsedLabel.ids = run.nums.map((k) => items[k - 1]!);
          parsedLabel.end = run.end;
          parsedLabel.weak = false;
          found = true;
          sub = true;
        }
      }
      // "(iii)", "iv.", "vii)": a request's items numbered in lower-case roman numerals, answered
      // under the same numerals. Weak like a bare number (it needs ascending context), and never
      // a letter the questionnaire has under the last number (`(i)` after `(h)`).
      // ("2. How many fires …?" / "" / "i) 2021/22 - 2710" / "ii) 2022/23 - 2968": numerals that start
      // right under a numbered question list that answer's items, as do the numerals after them.)
      if (!found && known && (romanItemsOf === null || romanItemsOf !== lastNum)) {
        const run = romanRun(text, labelStart, lim);
        if (run && run.nums[0] === 1 && lastNum !== null && line - lastNumLine <= 2) romanItemsOf = lastNum;
        else if (run) {
          parsedLabel.ids = run.nums.map((k) => idString(k, 0));
          parsedLabel.end = run.end;
          parsedLabel.weak = true;
          found = true;
        }
      }
      // A label right after a line that ends "question", "questions", "to" …: a reference wrapped
      // onto the next line, not a marker.
      if (found && !prevBlank && prevEnd > prevStart && REFERENCE_TAIL_RE.test(text.slice(Math.max(prevStart, prevEnd - 24), prevEnd))) found = false;
      // ("… receive £26 a month, which covers" / "Q9(a)." / "": a reference that ends its paragraph,
      // wrapped onto a line of its own after a line that stops mid-sentence, is the sentence's end.)
      if (found && !prevBlank && prevEnd > prevStart && labelStart === shape.contentStart && /[a-z]$/.test(text.slice(prevStart, prevEnd).trimEnd()) && /^\.?[ \t]*$/.test(text.slice(parsedLabel.end, lim)) && text.charCodeAt(parsedLabel.end - 1) === 0x2e && !nextLineHasText(text, eol)) found = false;
      // "… which is our best measure of uptake for" / "question 6b. We are not able to say …": a
      // lower-case "question" after a line that stops mid-sentence is the sentence going on.
      if (found && !prevBlank && prevEnd > prevStart && labelStart === shape.labelStart && /^questions?\b/.test(text.slice(labelStart, labelStart + 10)) && /[a-z,]$/.test(text.slice(prevStart, prevEnd).trimEnd())) found = false;
      // ("… after an implementation lasting around two years" / "(12b). The main obstacles …": a
      // bracketed part closing the sentence wrapped onto the line, its stop after the bracket.)
      if (found && !prevBlank && prevEnd > prevStart && /^\(\s*\d{1,3}\s*[a-z]?\s*\)[.,;]/.test(text.slice(labelStart, labelStart + 10)) && /[a-z]$/.test(text.slice(prevStart, prevEnd).trimEnd())) found = false;
      // ("1. i) 2014" / "iii) 2016" / "iv) 2017 to date" quoted under "… for each of the following
      // years:": the years a question asks about, numbered in roman numerals (and numbered again by a
      // copy), no answer's label.)
      // (Only years a question names: "2. (i) 2019" under "In what year …?" answers it.)
      if (found && questionTokens && ROMAN_PERIOD_RE.test(text.slice(labelStart, lim)) && quotesPeriod(text.slice(labelStart, lim), questionTokens)) found = false;
      let group = false;
      // "5(i) 12 sites" / "5(ii) 40 sites": a number and a roman numeral glued, the part the
      // request numbered so (read as Q5a, Q5b), when no part has that letter.
      if (found && known && options.numeralParts && parsedLabel.ids.length >= 1 && parsedLabel.ids.every((id) => !known.has(id))) {
        const glued = parsedLabel.ids.map((id) => {
          const m = /^Q(\d+)((?:x{0,3})(?:ix|iv|v?i{1,3}|v))$/.exec(id);
          return m ? options.numeralParts!.get(Number(m[1]))?.get(romanNumber(m[2]!)) : undefined;
        });
        if (glued.every((id) => id !== undefined)) parsedLabel.ids = glued as string[];
      }
      if (found && !sub && parsedLabel.ids.length === 1 && known && !known.has(parsedLabel.ids[0]!)) {
        const kids = knownIds!.parts.get(parsedLabel.ids[0]!);
        if (kids) {
          parsedLabel.ids = [...kids];
          group = true;
        }
      } else if (found && !sub && known && parsedLabel.ids.length > 1 && parsedLabel.ids.some((id) => !known.has(id) && knownIds!.parts.has(id))) {
        // "Questions 6 and 7:" where the questionnaire asks 6 only in parts: 6a, 6b, 6c and 7.
        parsedLabel.ids = parsedLabel.ids.flatMap((id) => (known.has(id) ? [id] : (knownIds!.parts.get(id) ?? [id])));
      }
      if (found) {
        const ids = parsedLabel.ids;
        let idsKnown: string[];
        let romanPart: { index: number; end: number } | null;
        let unknown: string[];
        if (ids.length === 1) {
          // parsedLabel.ids is the label's own array: it can be the marker's.
          const isKnown = !known || known.has(ids[0]!);
          idsKnown = isKnown ? ids : [];
          unknown = isKnown ? [] : ids;
        } else {
          idsKnown = [];
          unknown = [];
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i]!;
            if (i > 0 && ids.indexOf(id) < i) continue;
            if (!known || known.has(id)) idsKnown.push(id);
            else unknown.push(id);
          }
        }
        // Bare numbers unknown to the questionnaire are just numbers.
        const c0 = text.charCodeAt(labelStart);
        const bare = c0 !== 0x51 && c0 !== 0x71;
        // "6. (a) No (b) n/a (c) n/a": a number the questionnaire only has parts of, with its parts
        // lettered on the line, labels those parts.
        const inlineA = known && INLINE_PART_A_RE.test(text.slice(parsedLabel.end, Math.min(lim, parsedLabel.end + 6)));
        // "6. a) Yes" over "   b) 18 per cent": the line labels part (a), and the lines below their own parts.
        // ("13. a.  Yes. A CRM was considered as part of the" / "        review." / "    b.  …": the
        // part's text wrapped at a hanging indent, deeper than its letter, before (b).)
        const below = inlineA ? partBelow(text, eol, parsedLabel.end - pos + /^[ \t\u00a0]*/.exec(text.slice(parsedLabel.end, lim))![0].length) : '';
        const number = group ? /^Q\d+/.exec(ids[0]!)?.[0] : ids.length === 1 ? ids[0] : undefined;
        // "2. b) How many firms …?", "5. a) Of the accounts …": the number and one part's letter
        // label that part (not the number's parts all together), unless the line letters its
        // other parts too ("6. (a) No (b) n/a").
        const partLetter = known && number ? PART_AFTER_NUMBER_RE.exec(text.slice(parsedLabel.end, Math.min(lim, parsedLabel.end + 6))) : null;
        const partId = partLetter ? `${number}${(partLetter[1] ?? partLetter[2])!.toLowerCase()}` : '';
        const othersInline = partLetter ? /(?:^|\s)\(?[b-h]\)\s/i.test(text.slice(parsedLabel.end + partLetter[0].length, shape.contentEnd)) : false;
        // (When the number is a question too, only a part restated as a question: "5. a) Does …?";
        // "Q4. (a) 20" answers question 4.)
        const restatedPart = partLetter ? /\?["')]?\s*(?:\([^()]{0,20}\))?\s*$/.test(text.slice(parsedLabel.end, shape.contentEnd)) : false;
        // ("4. a) 37" / "4. b) 175": the same number labels its other parts on lines nearby.)
        const siblingLines = partLetter && known!.has(number!) && !restatedPart ? sameNumberOtherPart(text, labelStart, number!.slice(1), (partLetter[1] ?? partLetter[2])!.toLowerCase()) : false;
        if (partLetter && known!.has(partId) && (!known!.has(number!) || restatedPart || siblingLines) && !othersInline && !(inlineA && PART_B_BELOW_RE.test(below))) {
          parsedLabel.end += partLetter[0].length;
          idsKnown = [partId];
          unknown = [];
          group = false;
        } else if (inlineA && number && known && known.has(`${number}a`) && PART_B_BELOW_RE.test(below)) {
          const a = INLINE_PART_A_RE.exec(text.slice(parsedLabel.end, Math.min(lim, parsedLabel.end + 6)))!;
          parsedLabel.end += a[0].length;
          idsKnown = [`${number}a`];
          unknown = [];
          group = false;
        } else if (number && knownIds && options.headings && INLINE_ROMAN_I_RE.test(text.slice(parsedLabel.end, Math.min(lim, parsedLabel.end + 6))) && ROMAN_II_BELOW_RE.test(text.slice(eol + 1, Math.min(n, eol + 120)).replace(/^(?:[ \t\u00a0]*\r?\n)*/, ''))) {
          // "6. (i) Yes, ‘Elmstead Connect’." over "(ii) 31% …": the line labels the first item.
          const items = romanItems(Number(number.slice(1)), knownIds, options.headings);
          if (items.length >= 2) {
            parsedLabel.end += INLINE_ROMAN_I_RE.exec(text.slice(parsedLabel.end, Math.min(lim, parsedLabel.end + 6)))![0].length;
            idsKnown = [items[0]!];
            unknown = [];
            group = false;
          }
        } else if (number && knownIds && options.headings && (romanPart = bracketedRoman(text, labelStart, parsedLabel.end, lim, number, known)) !== null) {
          // "Your question 1 (i): How many sites …?" / "Your question 1 (ii): How many of them …?":
          // a number the council split into items (i), (ii) labels the question's parts in turn.
          // ("Your question 4 (i): Do you charge …?" / "Your question 4 (ii): If so, what is the
          // charge …?" for a question asked whole: its first item is the question, the rest follow
          // it and label nothing of their own.)
          const num = /^Q\d+/.exec(number)![0];
          const items = romanItems(Number(num.slice(1)), knownIds, options.headings);
          const whole = items.length === 0 && knownIds.set.has(num);
          // (Not a question asked itself and in parts, "4. Did you use canvassers?" over "4(i) How
          // many …?": whether its "(i)" is the question or its first part, the letter does not say.)
          const asked = knownIds.set.has(num) && !options.headings.has(num);
          if ((items.length > romanPart.index && !asked) || whole) {
            parsedLabel.end = romanPart.end;
            idsKnown = whole ? (romanPart.index === 0 ? [num] : []) : [items[romanPart.index]!];
            unknown = [];
            group = false;
          }
        } else if (known && ids.length === 1 && idsKnown.length === 0 && inlineA) {
          const parts = partIdsOf(ids[0]!, known);
          if (parts.length >= 2) {
            idsKnown = parts;
            unknown = [];
          }
        }
        // "Question 4(a) – How many are stand-alone?" over "9.": a figure alone on the line under a
        // question answers it; it does not label question 9.
        // ("1. What was the cost …?" over "2." over "a) How many …?": a number over its lettered
        // parts labels them.)
        const figureUnderQuestion = bare && !prevBlank && prevEnd > prevStart && text.charCodeAt(prevEnd - 1) === 0x3f && parsedLabel.end >= shape.contentEnd && /^\d/.test(text.slice(labelStart, labelStart + 1)) && !/^[ \t]*\(?a[).][ \t]+\S/i.test(text.slice(eol + 1, eol + 12));
        // ("7b⇥14%" where a version of the request printed Q6c as "Q7b.": the declared label, kept.)
        const declared = bare && idsKnown.length === 0 && unknown.length > 0 && unknown.every((u) => options.relabels?.has(u));
        if (!(bare && known && idsKnown.length === 0 && !declared) && !figureUnderQuestion) {
          const end = parsedLabel.end;
          const weak = parsedLabel.weak;
          let rank = -1;
          if (idsKnown.length) {
            rank = -Infinity;
            for (const id of idsKnown) rank = Math.max(rank, order?.get(id) ?? -1);
            // A group ranks as its first part, so that its own `(a)` `(b)` lines follow it.
            if (group) rank = order?.get(idsKnown[0]!) ?? rank;
          }
          // "1. a) 2018/19 = 5 … b) 2018/19 = 1.27% … c) …": a number whose line letters two or
          // more of its parts in order looks like its question as much as restated words do.
          const similar =
            (weak && questionTokens !== undefined && idsKnown.length > 0 && similarity(text.slice(end, Math.min(lim, end + 200)), idsKnown, questionTokens) >= 0.5) ||
            (weak && known !== null && number !== undefined && inlineLetters(text.slice(end, shape.contentEnd), number, known) >= 2);
          // `^\s?(?:,|[a-z])` after the label.
          const a0 = end < lim ? text.charCodeAt(end) : -1;
          const a = isWs(a0) ? (end + 1 < lim ? text.charCodeAt(end + 1) : -1) : a0;
          const midSentence = a === 0x2c || (a >= 0x61 && a <= 0x7a);
          const marker: Marker = { ids: idsKnown, start: labelStart, end, line, label: text.slice(labelStart, end), quoteDepth: shape.depth, unknownIds: bare && !declared ? [] : unknown };
          if (titled) marker.inProse = true;
          cands.markers.push(marker);
          cands.flags.push(
            (weak ? WEAK : 0) | (similar ? SIMILAR : 0) | (prevBlank ? AFTER_BREAK : 0) | (prevEndsQuestion ? PREV_LINE_ENDS_QUESTION : 0) | (midSentence ? MID_SENTENCE : 0) | (sub ? SUB : 0) | (group ? GROUP : 0) | (responseSince ? RESPONSE_SINCE : 0) |
              (weak && VALUE_ALONE_RE.test(text.slice(end, lim)) ? VALUE_AFTER : 0) |
              (weak && TITLE_ALONE_RE.test(text.slice(end, lim)) ? TITLE_AFTER : 0),
          );
          cands.block.push(block);
          responseSince = false;
          cands.rank.push(rank);
          cands.indent.push(labelStart - shape.start);
          const num = firstNumber(idsKnown[0] ?? unknown[0] ?? '');
          if (num >= 0 && num !== lastNum) romanItemsOf = null;
          if (num >= 0) {
            lastNum = num;
            lastNumLine = line;
          }
        }
      }
    }
    // ("In Response:", "Response detail:" too.)
    if (!blank && shape.contentEnd - shape.contentStart <= 30 && RESPONSE_HEADING_RE.test(text.slice(shape.contentStart, shape.contentEnd).trim().replace(/^in\s+/i, '').replace(/\s+detail\b/i, ''))) responseSince = true;
    prevBlank = blank;
    prevEndsQuestion = blank || endsQuestion(text, shape.contentStart, shape.contentEnd);
    prevStart = shape.contentStart;
    prevEnd = shape.contentEnd;
    line++;
    pos = eol + 1;
  }
  // The questions that ask for a list ("Please list the five merchant categories …"), by rank.
  const listing = new Set<number>();
  if (order && questionTokens) for (const [id, r] of order) if (questionTokens.get(id)?.has('list')) listing.add(r);
  return confirm(cands, known !== null, sortedKnown ? topLevelCount(sortedKnown) : 0, options.sectionSizes, listing);
}

const TITLE_RANGE_RE = /^(?:[A-Z][\w'’&,/-]*(?:\s+[\w'’&,/-]+){0,9}\s+)?\((?:(?:your|see)\s+)?(?:questions?|qs?)\s*\.?\s*\d[^()]{0,40}\)\s*:?$/i;

/** Where the bracket of a paragraph title's question ids opens (`Services (question 5)`), or -1. */
function titleRangeStart(text: string, start: number, lim: number): number {
  if (lim - start > 120) return -1;
  let close = lim - 1;
  if (text.charCodeAt(close) === 0x3a) close--;
  if (text.charCodeAt(close) !== 0x29) return -1;
  const line = text.slice(start, lim);
  if (!TITLE_RANGE_RE.test(line)) return -1;
  return text.lastIndexOf('(', close);
}

let romanEnd = 0;
const ROMAN_DIGIT: Record<number, number> = { 0x69: 1, 0x76: 5, 0x78: 10 };
/** Canonical lower-case numerals up to 39, so that "vv" or "iiii" are not read as numbers. */
const ROMAN_NUMERAL_RE = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * A lower-case roman numeral label at `p`: `(iv)`, `iv.` or `iv)`, followed by a space or the end of
 * the line. Its value (end in romanEnd), or 0.
 */
/**
 * A roman numeral at `p`, or two joined ("i) and ii) A total of …") or a range ("(iv) – (vi) Not
 * held"): the numbers, and where the label ends. Null when no numeral is there.
 */
function romanRun(text: string, p: number, lim: number): { nums: number[]; end: number } | null {
  const num = romanLabel(text, p, lim);
  if (num <= 0) return null;
  const end = romanEnd;
  const join = /^[ \t]*(?:(and|&|,)|(to|-|–|—))[ \t]*/i.exec(text.slice(end, Math.min(lim, end + 8)));
  const second = join ? romanLabel(text, end + join[0].length, lim) : 0;
  if (second > num && second - num <= 6) {
    return { nums: join![1] ? [num, second] : Array.from({ length: second - num + 1 }, (_, k) => num + k), end: romanEnd };
  }
  return { nums: [num], end };
}

function romanLabel(text: string, p: number, lim: number): number {
  let q = p;
  const open = text.charCodeAt(q) === 0x28;
  if (open) q++;
  const from = q;
  while (q < lim && q - from < 6 && ROMAN_DIGIT[text.charCodeAt(q)] !== undefined) q++;
  if (q === from) return 0;
  const numeral = text.slice(from, q);
  const close = q < lim ? text.charCodeAt(q) : -1;
  if (open ? close !== 0x29 : close !== 0x2e && close !== 0x29) return 0;
  // "i.)": a full stop and a bracket.
  if (!open && close === 0x2e && q + 1 < lim && text.charCodeAt(q + 1) === 0x29) q++;
  const after = q + 1 < lim ? text.charCodeAt(q + 1) : -1;
  if (after !== -1 && !isSpaceCode(after)) return 0;
  if (!ROMAN_NUMERAL_RE.test(numeral)) return 0;
  romanEnd = q + 1;
  return romanNumber(numeral);
}

/** The value of a lower-case roman numeral made of i, v and x ("iv" → 4). */
function romanNumber(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const here = ROMAN_DIGIT[numeral.charCodeAt(i)]!;
    const next = i + 1 < numeral.length ? ROMAN_DIGIT[numeral.charCodeAt(i + 1)]! : 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** The content from `start` to `end` is one or two digits, 1–99 (no leading zero). */
function aloneNumber(text: string, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 2) return false;
  const a = text.charCodeAt(start);
  if (a < 0x31 || a > 0x39) return false;
  return end - start === 1 || (text.charCodeAt(start + 1) >= 0x30 && text.charCodeAt(start + 1) <= 0x39);
}

/** The line after the one ending at `eol` has something on it other than spaces. */
function nextLineHasText(text: string, eol: number): boolean {
  const n = text.length;
  for (let p = eol + 1; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) return false;
    if (c !== 0x0d && !isSpaceCode(c)) return true;
  }
  return false;
}

/** The last marker so far, in the same message, labels every id a paragraph's title names, and is no title itself. */
function titleContinues(cands: Candidates, ids: readonly string[], block: number): boolean {
  const k = cands.markers.length - 1;
  const last = cands.markers[k];
  return !!last && cands.block[k] === block && !last.inProse && ids.every((id) => last.ids.includes(id));
}

/** A table's number column named in its header: "No.", "Ref", "Item", "Question No.". */
const NUMBER_COLUMN_RE = /^(?:no\.?|number|ref(?:erence)?\.?|#|item|q(?:uestion)?\.?\s*(?:no\.?|number))$/i;
/** A table's answer column named in its header: "Response", "Answer", "Council's response". */
const ANSWER_COLUMN_RE = /^(?:responses?|answers?|reply|(?:the\s+)?(?:council|authority|trust)(?:'|’)?s\s+(?:response|answer|reply)|our\s+(?:response|answer|reply)|information\s+provided)\s*:?$/i;

/**
 * "No." / "Information requested" / "Response" / "1" / "Whether the council …" / "Yes - two." / "2" …:
 * a table flattened one cell to a line, its header's cells on lines of their own with no blank line
 * between (a number column first, an answer column last, two to four cells) and its first row's
 * number "1" right below.
 * The offsets of the lines where such tables' rows start.
 */
function flattenedTableRows(text: string): Set<number> {
  const out = new Set<number>();
  // (Cheap gate: a line that is only a number column's name.)
  if (!/^[ \t]*(?:no\.?|number|ref(?:erence)?\.?|#|item|q(?:uestion)?\.?\s*(?:no\.?|number))[ \t]*\r?$/im.test(text)) return out;
  const lines: { start: number; body: string }[] = [];
  for (let p = 0; p <= text.length; ) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    lines.push({ start: p, body: text.slice(p, e).trim() });
    p = e + 1;
  }
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!NUMBER_COLUMN_RE.test(lines[i]!.body)) continue;
    for (let k = i + 1; k <= i + 3 && k + 1 < lines.length; k++) {
      const cell = lines[k]!.body;
      if (cell === '') break;
      if (ANSWER_COLUMN_RE.test(cell) && lines[k + 1]!.body === '1') {
        out.add(lines[k + 1]!.start);
        break;
      }
    }
  }
  return out;
}

/** Questions without a letter: how long a plain numbered list that covers the questionnaire is. */
function topLevelCount(sorted: readonly string[]): number {
  let n = 0;
  for (const id of sorted) if (!/[a-z]$/.test(id)) n++;
  return n;
}

const REFERENCE_TAIL_RE = /(?:^|[\s(])(?:questions?|q|qs|see|to|under|previously)$/i;
// "Response to question 4a:", "Answer to Q4a –", "The response to question 3 is;", "Your question
// 2:", and the label after the word alone: "Answer 4a:", "Response 12:" (a bare number then still
// needs its terminator).
const RESPONSE_TO_RE =
  /^(?:(?:(?:our|the council(?:'|’)?s)\s+)?(?:responses?|answers?|reply|replies)\s+(?:to\s+)?(?=q|\d)|the\s+(?:response|answer|reply)\s+to\s+(?:your\s+)?(?=q)|(?:in|with)\s+(?:relation|regards?|respect|reference|response)\s+to\s+(?:your\s+)?(?=q)|regarding\s+(?:your\s+)?(?=q)|turning\s+to\s+(?=q)|as\s+(?:for|regards)\s+(?=q)|your\s+(?=q(?:uestion)?\s*\.?\s*\d{1,3}[a-z]?(?:[ \t]*\((?:[a-z]|[ivx]{1,4})\))?[ \t]*(?:[:.–—-]|$)))/im;

/** The numbers after "Response" with nothing else on the line: "1 & 2", "3", "4a, 4b and 5". */
const RESPONSE_NUMBERS_RE = /^\d{1,3}[a-z]?(?:\s*(?:&|,|,?\s*and)\s*\d{1,3}[a-z]?){0,8}\s*$/i;

/** Whether the line's content, once trimmed, ends with `?`, `:` or `.` (`/[?:.]$/` after trimEnd). */
function endsQuestion(text: string, start: number, end: number): boolean {
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  const c = text.charCodeAt(end - 1);
  return c === 0x3f || c === 0x3a || c === 0x2e;
}

/** Share of the words after a label that occur in the labelled questions' text. */
function similarity(after: string, ids: string[], qt: ReadonlyMap<string, ReadonlySet<string>> | undefined): number {
  if (!qt || ids.length === 0) return 0;
  const words = wordTokens(after).slice(0, 12);
  if (words.length < 3) return 0;
  let hit = 0;
  for (const w of words) if (ids.some((id) => qt.get(id)?.has(w.word))) hit++;
  return hit / words.length;
}

/** How many of `number`'s parts the line letters in order, `a)` or `(a)`, from (a). */
function inlineLetters(rest: string, number: string, known: ReadonlySet<string>): number {
  let n = 0;
  INLINE_LETTER_RE.lastIndex = 0;
  for (let m = INLINE_LETTER_RE.exec(rest); m; m = INLINE_LETTER_RE.exec(rest)) {
    const letter = (m[1] ?? m[2])!.toLowerCase();
    if (letter.charCodeAt(0) !== 0x61 + n) continue;
    if (!known.has(`${number}${letter}`)) break;
    n++;
  }
  return n;
}
const INLINE_LETTER_RE = /(?:^|[\s;,.:])(?:\(([a-h])\)|([a-h])\))(?=\s)/g;

/**
 * Keep the markers the context supports. Bare numbers must ascend within their message (or look
 * like their question); a short run `1. 2. 3.` that looks like nothing is a list. A `Q` label that
 * goes backwards on the line right after another marker's question is a wrapped cross-reference
 * ("If Yes to\nQ13a., what were …").
 */
function confirm(cands: Candidates, haveQuestionnaire: boolean, topLevel = 0, sectionSizes: readonly number[] = [], listing: ReadonlySet<number> = new Set()): Marker[] {
  const { markers, flags, block, rank, indent } = cands;
  /** A list indented under the run's last question: skipped, item by item. */
  let nestedUnder = -1;
  /** The line of the last item of a list answering the question above it: skipped, line by line. */
  let listLine = -1;
  const keep = new Uint8Array(markers.length);
  /** The candidate kept last (in the order they were kept, which is not always line order). */
  let lastKept = -1;
  let last = -1;
  let lastBlock = -1;
  const run: number[] = [];
  const keepRun = (): void => {
    for (const i of run) keep[i] = 1;
    if (run.length) lastKept = run[run.length - 1]!;
    run.length = 0;
  };
  /** The run last flushed quoted the questions (its lines carry their words) and was kept: its labels' form ("1." → "9."). */
  let quotedBefore = '';
  /** "1." → "9.", "(2)" → "(9)", "iv)" → "i)": a label's form, whatever its number. */
  const formOf = (label: string): string => label.trim().replace(/\d+/g, '9').replace(/^\(?[ivx]+\)/i, 'i)');
  /** The run now open started again at the first question right after such a run. */
  let answersQuoted = false;
  /** … in a form of its own ("1." quoted, then "1)" answered). */
  let afterQuoted = false;
  const flushRun = (): void => {
    const wasAnswering = answersQuoted;
    const wasAfterQuoted = afterQuoted;
    answersQuoted = false;
    afterQuoted = false;
    quotedBefore = '';
    if (run.length === 0) return;
    const first = run[0]!;
    // Lettered parts ride on their numbers: they do not make a list longer. A label for several
    // questions ("ii) – iv) Not held") numbers each of them.
    let numbers = 0;
    for (const i of run) if (!(flags[i]! & SUB)) numbers += Math.max(1, markers[i]!.ids.length);
    const startsAtOne = rank[first] === 0 || markers[first]!.ids[0] === 'Q1';
    const anySimilar = run.some((i) => flags[i]! & SIMILAR);
    // A run that numbers (nearly) every question of a short questionnaire is its answer list.
    const coversShort = haveQuestionnaire && topLevel > 0 && numbers >= 2 && numbers >= Math.ceil(topLevel * 0.75);
    // (So does one that numbers (nearly) every question of one of the request's sections, each
    // numbered from 1: "1." to "4." for Section B after "1." to "5." for Section A.)
    const coversSection = haveQuestionnaire && numbers >= 2 && sectionSizes.some((n) => numbers >= Math.ceil(n * 0.75) && numbers <= n);
    // "1) 38" / "" / "2) 21" / "" / "3) £2.4m": three or more numbers, each after a blank line,
    // each giving a value alone, as a letter's answers do. (A tight column "1. 12" / "2. 40" is
    // a list of figures; two are too few to tell.)
    const values = haveQuestionnaire && run.length >= 3 && run.every((i) => flags[i]! & VALUE_AFTER && flags[i]! & AFTER_BREAK);
    // ("1. See the attached table" / "2. …" / "3. … Section 12" right under the request quoted
    // "1." to "5.": numbered again from the first question, the answers, though the page stops at 3.)
    // ("1." … "8." quoted, then "1) I can confirm …" / "" / "2) …" / "" / "3) …": numbered again in
    // a form of their own, three or more, each opening its own paragraph.)
    const answering = (wasAnswering && startsAtOne && numbers >= 2) || (wasAfterQuoted && startsAtOne && run.length >= 3 && run.every((i) => flags[i]! & AFTER_BREAK));
    // ("1) How many:" / "a) Police stations" / "b) Custody suites": the one question of a request
    // that asks it in lettered parts, with two parts or more.)
    const coversSole = haveQuestionnaire && topLevel === 1 && numbers <= 1 && run.filter((i) => flags[i]! & SUB).length >= 2;
    if (anySimilar || values || numbers >= 5 || coversShort || coversSole || coversSection || answering || (!startsAtOne && haveQuestionnaire) || (!haveQuestionnaire && numbers >= 3)) {
      quotedBefore = anySimilar && run.length >= 3 ? formOf(markers[first]!.label) : '';
      keepRun();
    }
    run.length = 0;
  };
  const numberOf = (s: string): number => Number(/\d+/.exec(s)![0]);
  /** Candidate i (the first question) is followed, line after line, by the second and third. */
  const startsList = (i: number): boolean => {
    for (let k = 1; k <= 2; k++) {
      const j = i + k;
      if (j >= markers.length || block[j] !== block[i] || markers[j]!.line - markers[j - 1]!.line > 3) return false;
      // Its rank, or its printed number when a label stands for several parts ("2." for 2a and 2b),
      // or for several questions from this one on ("3–5. N/A").
      const labelled = /^\(?(\d+)/.exec(markers[j]!.label.trim());
      const range = !(flags[j]! & WEAK) && markers[j]!.ids.length > 1 && /^\(?\d+\s*[-–—]/.test(markers[j]!.label.trim());
      if (rank[j] !== k && !((flags[j]! & WEAK || range) && labelled && Number(labelled[1]) === numberOf(markers[i]!.label) + k)) return false;
    }
    return true;
  };
  /** The bare numbers from candidate i ascend, one by one, up to a strong label that goes on from them. */
  const carriedOn = (i: number): boolean => {
    let at = i;
    let paragraphs = 1;
    for (let j = i + 1; j < markers.length && block[j] === block[i]; j++) {
      if (flags[j]! & SUB) continue;
      if (!(flags[j]! & WEAK)) return rank[j]! > rank[at]!;
      if (rank[j] !== rank[at]! + 1) break;
      if (flags[j]! & AFTER_BREAK) paragraphs++;
      at = j;
    }
    // ("2) A map of the sites is on our website" / "" / "3) Every day" / "" / "4) As
    // above": three numbers or more, one by one, each opening its own paragraph, are answers.)
    return paragraphs >= 3 && at - i + 1 === paragraphs;
  };
  for (let i = 0; i < markers.length; i++) {
    const f = flags[i]!;
    const r = rank[i]!;
    if (block[i] !== lastBlock) {
      flushRun();
      last = -1;
      lastBlock = block[i]!;
    }
    // The last kept as the candidate comes up: a run kept just below does not count as before it.
    const prev = lastKept;
    if (f & SUB) {
      // `a)` lines count only while the letters ascend after their parent (not a list in an answer).
      // Under a bare number still waiting in a run, the part stands or falls with the run.
      const tail = run.length ? run[run.length - 1]! : -1;
      const above = (j: number): boolean => r > rank[j]! || (r === rank[j]! && (flags[j]! & GROUP) !== 0);
      // The first part, or the part after the one a numbered label carries ("6. a) Yes" / "b) 18%").
      const opens = (j: number): boolean => (flags[j]! & SUB) !== 0 || markers[i]!.ids[0]!.endsWith('a') || nextPart(markers[j]!.ids[markers[j]!.ids.length - 1]!) === markers[i]!.ids[0];
      if (tail >= 0 && block[tail] === block[i] && above(tail) && rank[tail]! >= 0 && opens(tail)) {
        run.push(i);
        continue;
      }
      // (The parts of a request's one question, lettered from (a) with no number above them.)
      if (haveQuestionnaire && topLevel === 1 && (run.length === 0 ? markers[i]!.ids[0]!.endsWith('a') && (prev < 0 || block[prev] !== block[i] || !(flags[prev]! & SUB)) : block[tail] === block[i] && (flags[tail]! & SUB) !== 0 && nextPart(markers[tail]!.ids[0]!) === markers[i]!.ids[0])) {
        run.push(i);
        continue;
      }
      if (prev >= 0 && block[prev] === block[i] && above(prev) && rank[prev]! >= 0 && opens(prev)) {
        keep[i] = 1;
        lastKept = i;
        last = r;
        continue;
      }
      // "a. How many fines …?" / "b. Were any …?" / "Our response:" / "a. 10 fines …": the parts
      // quoted (the line above the last ends with its question), then answered under the same
      // letters from (a) again.
      // (The parts quoted may still wait in a run: the last of them is the one before.)
      const before = tail > prev ? tail : prev;
      const again = before >= 0 && block[before] === block[i] && (flags[before]! & SUB) !== 0 && (flags[before]! & PREV_LINE_ENDS_QUESTION) !== 0 && rank[before]! > r && markers[i]!.ids[0]!.endsWith('a');
      if (again && firstNumber(markers[before]!.ids[0]!) === firstNumber(markers[i]!.ids[0]!) && (markers[i]!.line - markers[before]!.line <= 8 || (f & RESPONSE_SINCE) !== 0)) {
        if (before === tail) flushRun();
        keep[i] = 1;
        lastKept = i;
        last = r;
      }
      continue;
    }
    // ("19. Two years" / "20. Funding …" / "21 to 25. Not applicable" / "26. See 7.": with no
    // questionnaire, a range of bare numbers that goes on from the run is one of its items.)
    if (!haveQuestionnaire && run.length > 0 && !(f & WEAK)) {
      const span = /[.):]$/.test(markers[i]!.label.trim()) ? numberSpan(markers[i]!.label) : null;
      const tailRun = markers[run[run.length - 1]!]!;
      if (span && span[0] > numberOf(tailRun.ids[tailRun.ids.length - 1] ?? '0') && block[i] === block[run[run.length - 1]!]) {
        run.push(i);
        continue;
      }
    }
    if (!(f & WEAK)) {
      // A strong marker that carries an ascending run on proves the run is a sequence of answers.
      if (run.length && r > rank[run[run.length - 1]!]! && r >= 0) keepRun();
      flushRun();
      const backwards = prev >= 0 && block[prev] === block[i] && r >= 0 && rank[prev]! > r;
      if (backwards && !(f & AFTER_BREAK) && !(f & PREV_LINE_ENDS_QUESTION) && f & MID_SENTENCE && markers[i]!.line - markers[prev]!.line <= 3) continue;
      keep[i] = 1;
      lastKept = i;
      if (r >= 0) last = r;
      continue;
    }
    const m = markers[i]!;
    const weakRank = haveQuestionnaire ? r : numberOf(m.ids[0] ?? m.unknownIds[0] ?? '0');
    const lastRun = run.length ? run[run.length - 1]! : -1;
    const lastRank = lastRun >= 0 ? (haveQuestionnaire ? rank[lastRun]! : numberOf(markers[lastRun]!.ids[0] ?? '0')) : last;
    // ("2. Information systems" / "" / "Q4 – 412 applications …": a numbered section heading right
    // above another question's own label, with no value of its own, answers nothing.)
    const below = markers[i + 1];
    // (Going back on the numbers kept: "2." after "Q3 – 14.2 square miles".)
    if (haveQuestionnaire && below && r >= 0 && r <= last && f & TITLE_AFTER && !(flags[i + 1]! & WEAK) && block[i + 1] === block[i] && below.line - m.line <= 2 && below.ids.length > 0 && firstNumber(below.ids[0]!) !== firstNumber(m.ids[0] ?? '')) continue;
    // (… and its items after the first, down to "    10. Bengali".)
    if (nestedUnder >= 0 && indent[i]! > indent[nestedUnder]!) continue;
    nestedUnder = -1;
    if (listLine >= 0 && m.line === listLine + 1 && weakRank === rank[i - 1]! + 1) {
      listLine = m.line;
      continue;
    }
    listLine = -1;
    // ("Q9 Please list the five merchant categories …?" / "1. Building materials" / "2. Vehicle
    // parts": a list numbered from 1, line after line, right under a labelled question that asks
    // for a list is its answer, when the questions before it were labelled and answered one by one
    // (not the request quoted, then answered "1. 64" / "2. £287,913").)
    if (haveQuestionnaire && weakRank === 0 && run.length === 0 && prev >= 0 && !(flags[prev]! & WEAK) && block[prev] === block[i] && rank[prev]! >= 2 && listing.has(rank[prev]!) && m.line - markers[prev]!.line <= 4 && !(f & (VALUE_AFTER | SIMILAR)) && i + 1 < markers.length && markers[i + 1]!.line === m.line + 1 && !(flags[i + 1]! & (VALUE_AFTER | SIMILAR))) {
      listLine = m.line;
      continue;
    }
    if (weakRank > lastRank || f & SIMILAR) run.push(i);
    // (The first question may be a heading whose first part opens the list: "1.1  641".)
    // ("9. What are the top 10 languages …?" over "    1. Arabic" / "    2. Farsi": a list indented
    // under the question on the next line is its answer, not the answer list starting again.)
    else if (lastRun >= 0 && m.line <= markers[lastRun]!.line + 1 && indent[i]! > indent[lastRun]!) {
      nestedUnder = lastRun;
      continue;
    }
    else if ((weakRank === (haveQuestionnaire ? 0 : 1) || (haveQuestionnaire && weakRank === 1 && m.ids[0] === 'Q1a')) && (run.length >= 2 || (lastKept >= 0 && flags[lastKept]! & WEAK && rank[lastKept]! >= 2) || (haveQuestionnaire && startsList(i)))) {
      // Numbering starts again at the first question: after the request quoted as a list comes
      // the answer list with the same numbers.
      flushRun();
      // (In the same form: "1." to "5." quoted, then "1." again; not "Notes 1." under a table labelled "i)" to "ix)".)
      answersQuoted = quotedBefore !== '' && quotedBefore === formOf(m.label);
      afterQuoted = quotedBefore !== '';
      last = -1;
      run.push(i);
    } else if (haveQuestionnaire && weakRank >= 1 && f & RESPONSE_SINCE && !(f & AFTER_BREAK) && run.length >= 2) {
      // "1. What are …?" … "4. How are …?" / "Our response" / "- Contractors … here:" / "2. We hold no
      // record …" / "3. …": the request quoted as a list, a response heading, then answers numbered
      // from a later number (the first given under a bullet), ascending, with no blank line between.
      // (After a blank line, "We hold the following:" / "" / "2. 2 in Northgate library" may be a
      // list in the first answer; numbers there restart only as carriedOn allows.)
      flushRun();
      last = -1;
      run.push(i);
    } else if (haveQuestionnaire && weakRank >= 1 && f & AFTER_BREAK && carriedOn(i)) {
      // The request quoted as a list, then the answers from a later number ("2. 2 in Northgate …"
      // / "3. 2 as above" / "Q4 - 7. … not held"; the first answered by a table with no number):
      // numbering starts again when the numbers ascend from here to a strong label that carries them on.
      flushRun();
      last = -1;
      run.push(i);
    }
    // Otherwise not ascending: a list item inside an answer. The run so far still stands on its own.
  }
  flushRun();
  // Kept in line order (candidates are one per line, so this is the order of their offsets).
  return markers.filter((_, i) => keep[i] === 1);
}

export interface LineShape {
  start: number;
  /** End of the line's content, before `\r\n` / `\n`. */
  end: number;
  /** After indentation and `>` quote prefixes. */
  contentStart: number;
  /** After bullets, table pipes and markdown emphasis too: where a label may start. */
  labelStart: number;
  /** End of content without trailing spaces. */
  contentEnd: number;
  depth: number;
  /** Only spaces, NBSPs, zero-width characters or quote marks. */
  blank: boolean;
}

/** SPACE_CODES: spaces, NBSPs, zero-width characters, form feeds and vertical tabs. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2007 || c === 0x202f || c === 0x0c || c === 0x0b;
}

/** The parts of one line that every pass needs: quote depth, where content and labels start. */
export function lineShape(text: string, start: number, eol: number): LineShape {
  return fillLineShape(text, start, eol, { start: 0, end: 0, contentStart: 0, labelStart: 0, contentEnd: 0, depth: 0, blank: true });
}

/** An emphasis opened before `p` closes with "*" at the end of this line or of the next. */
function emphasisCloses(text: string, p: number, contentEnd: number): boolean {
  const endsWithStar = (e: number): boolean => {
    while (e > p && isSpaceCode(text.charCodeAt(e - 1))) e--;
    return e > p && text.charCodeAt(e - 1) === 0x2a;
  };
  if (endsWithStar(contentEnd)) return true;
  const nl = text.indexOf('\n', contentEnd);
  if (nl < 0) return false;
  const nl2 = text.indexOf('\n', nl + 1);
  return endsWithStar(nl2 < 0 ? text.length : nl2 > 0 && text.charCodeAt(nl2 - 1) === 0x0d ? nl2 - 1 : nl2);
}

/** The scanner's one LineShape, refilled for every line. */
const scratchShape: LineShape = { start: 0, end: 0, contentStart: 0, labelStart: 0, contentEnd: 0, depth: 0, blank: true };

function fillLineShape(text: string, start: number, eol: number, out: LineShape): LineShape {
  let end = eol;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  let p = start;
  let depth = 0;
  for (;;) {
    while (p < end && isSpaceCode(text.charCodeAt(p))) p++;
    if (p < end && text.charCodeAt(p) === 62 /* > */) {
      depth++;
      p++;
      continue;
    }
    break;
  }
  const contentStart = p;
  let contentEnd = end;
  while (contentEnd > p && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let q = p;
  // Bullets, table pipes and markdown emphasis before a label. The character after a bullet may
  // lie past the content (a trailing space), as it may in any line.
  for (let guard = 0; guard < 4 && q < contentEnd; guard++) {
    const c = text.charCodeAt(q);
    const next = text.charCodeAt(q + 1);
    // -, •, ·, ◦, ▪, –, and the private-use bullets of a pasted Word list, followed by any space
    // (Word pads its bullets with NBSPs).
    if ((c === 0x2d || c === 0x2022 || c === 0xb7 || c === 0x25e6 || c === 0x25aa || c === 0x2013 || c === 0xf0b7 || c === 0xf0a7) && isSpaceCode(next)) q += 2;
    // Word's second-level bullet "o", padded with an NBSP, a tab or several spaces (never "o" the word).
    else if (c === 0x6f && (next === 0xa0 || next === 0x09 || (next === 0x20 && text.charCodeAt(q + 2) === 0x20))) q += 2;
    else if (c === 0x2a /* * */ && (next === 0x2a || next === 0x20)) q += 2;
    // "*1. How many … in 2024/25?*": a question in emphasis, closed on its line or the next.
    else if (c === 0x2a && ((next >= 0x30 && next <= 0x39) || next === 0x51 || next === 0x71) && emphasisCloses(text, q + 1, contentEnd)) q += 1;
    else if (c === 0x7c /* | */) q += 1;
    // A Markdown heading: "### Question 4a".
    else if (c === 0x23 /* # */ && q === contentStart) {
      let h = q;
      while (h < contentEnd && h - q < 6 && text.charCodeAt(h) === 0x23) h++;
      if (h < contentEnd && !isSpaceCode(text.charCodeAt(h))) break;
      q = h;
    }
    else if (c === 0x5b /* [ */ && (next === 0x51 || next === 0x71)) q += 1;
    // A quoted question: “1) how many …” or "Q4. …".
    else if ((c === 0x201c || c === 0x22 || c === 0x2018) && ((next >= 0x30 && next <= 0x39) || next === 0x51 || next === 0x71)) q += 1;
    else {
      // A label in two languages, "C4a / Q4a – …" (Welsh "Cwestiwn" first): the Q label counts.
      const alt = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a && (c | 0x20) !== 0x71 ? otherLanguageLabelEnd(text, q, contentEnd) : -1;
      if (alt < 0) break;
      q = alt;
    }
    while (q < contentEnd && isSpaceCode(text.charCodeAt(q))) q++;
  }
  out.start = start;
  out.end = end;
  out.contentStart = contentStart;
  out.labelStart = q;
  out.contentEnd = contentEnd;
  out.depth = depth;
  out.blank = contentEnd <= contentStart;
  return out;
}

/**
 * The end of a label in another language that a `Q` label with the same number follows,
 * "C4a / " in "C4a / Q4a – Online portal" or "Cwestiwn 12 / Question 12": up to nine letters,
 * an optional dot and space, one to three digits and an optional letter, an optional range to a
 * second such id ("C13–C13d"), then " / " and a `Q` or `Question` with the same number. -1 if not.
 */
function otherLanguageLabelEnd(text: string, p: number, lim: number): number {
  let i = p;
  while (i < lim && i - p < 9 && ((text.charCodeAt(i) | 0x20) >= 0x61 && (text.charCodeAt(i) | 0x20) <= 0x7a)) i++;
  if (text.charCodeAt(i) === 0x2e) i++;
  if (text.charCodeAt(i) === 0x20) i++;
  const d0 = i;
  let num = 0;
  while (i < lim && i - d0 < 4 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) num = num * 10 + text.charCodeAt(i++) - 0x30;
  if (i === d0 || i - d0 > 3) return -1;
  if ((text.charCodeAt(i) | 0x20) >= 0x61 && (text.charCodeAt(i) | 0x20) <= 0x7a) i++;
  // "Cwestiwn 13 (a–d) / Question 13 (a–d)": the parts' range in brackets.
  const parts = /^ ?\([a-z] ?[-–—] ?[a-z]\)/i.exec(text.slice(i, Math.min(lim, i + 10)));
  if (parts) i += parts[0].length;
  // "C13–C13d": a range to a second id in the same language.
  const r = text.charCodeAt(i);
  if (r === 0x2d || r === 0x2013 || r === 0x2014) {
    i++;
    while (i < lim && i - p < 24 && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x2f) i++;
  }
  while (i < lim && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x2f) return -1;
  i++;
  while (i < lim && isSpaceCode(text.charCodeAt(i))) i++;
  if ((text.charCodeAt(i) | 0x20) !== 0x71) return -1;
  const rest = text.slice(i, Math.min(lim, i + 16));
  const m = /^q(?:uestion)?\s?(?:no\.?\s?)?(\d{1,3})/i.exec(rest);
  return m && Number(m[1]) === num ? i : -1;
}

const BOUNDARY_RE =
  /^(?:(?:from|sent|date|subject|to|cc)\s?:\s|-{2,}\s?(?:original|forwarded) message|begin forwarded message|on\s.{0,200}wrote:$|={5,}|_{5,}|-{5,}$|dear\s|(?:hi|hello)\s+[^\s.!?:;]{1,30}(?:\s+[^\s.!?:;]{1,30})?\s*,?$)/i;

/**
 * A rule of `_`, `-` or `=` right under a "Page 1 of 2" footer: the page's furniture in a PDF turned
 * to text, not the separator above another message.
 */
function pageRule(text: string, start: number, end: number): boolean {
  if (!/^[-_=]{5,}$/.test(text.slice(start, end).trim())) return false;
  const before = text.slice(Math.max(0, start - 200), start).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return /\bpage\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4}\b/i.test(before[before.length - 1] ?? '');
}

/** Lines where a new message (or a letter) starts: headers, separators, salutations. */
export function isMessageBoundary(content: string): boolean {
  return BOUNDARY_RE.test(content);
}

/**
 * Whether content from `start` to `end` may be a message boundary: its first two characters
 * begin one of BOUNDARY_RE's forms (`fr`om, `se`nt, `da`te, `su`bject, `to`, `cc`, `be`gin,
 * `on`, `de`ar, `hi`, `he`llo, `-`, `=`, `_`), so only those lines are copied for the regex.
 */
function mayBeBoundary(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start) | 0x20;
  if (c === 0x2d || c === 0x3d || c === 0x7f) return true; // - = _ (0x5f | 0x20)
  if (end - start < 2) return false;
  const raw = text.charCodeAt(start);
  if (raw >= 0x80 || text.charCodeAt(start + 1) >= 0x80) return false;
  const d = text.charCodeAt(start + 1) | 0x20;
  switch (c) {
    case 0x66: // f
      return d === 0x72;
    case 0x73: // s
      return d === 0x65 || d === 0x75;
    case 0x64: // d
      return d === 0x61 || d === 0x65;
    case 0x74: // t
      return d === 0x6f;
    case 0x63: // c
      return d === 0x63;
    case 0x62: // b
      return d === 0x65;
    case 0x6f: // o
      return d === 0x6e;
    case 0x68: // h
      return d === 0x69 || d === 0x65;
    default:
      return false;
  }
}

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Lower-case word tokens with their offsets in `s`. */
export function wordTokens(s: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) out.push({ word: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** Canonical ids of markers in order of appearance, for callers that only need ids. */
export function markerIds(markers: readonly Marker[]): string[] {
  return [...new Set(markers.flatMap((m) => m.ids))];
}
