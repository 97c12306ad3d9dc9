// The label grammar of the marker scanner (DESIGN §4), read character by character from an
// offset of the reply up to a limit (the end of the line's content), without copying the line.
// Each matcher states the regular expression it stands for (the scanner read the line with
// those regexes before, on a copy of each line). A line that does not start with a digit or a
// `q` fails at its first character; a figure such as `131,831` fails without allocating; only
// a label gets its array of ids (id strings are shared, see idString).
import { compareIds, expandRange } from './ids';

// Code units the grammar names.
const TAB = 0x09;
const SPACE = 0x20;
const AMP = 0x26;
const LPAREN = 0x28;
const RPAREN = 0x29;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;
const PIPE = 0x7c;
const STAR = 0x2a;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const NBSP = 0xa0;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** The code unit at `i`, or -1 past `lim` (where a regex over the line would see its end). */
const at = (s: string, i: number, lim: number): number => (i < lim ? s.charCodeAt(i) : -1);

/** `\s` of a (non-unicode) regex, which is also what `String.prototype.trim` removes. */
export function isWs(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `[ \t\u00a0]`: the spaces a label may be followed by. */
const isSp = (c: number): boolean => c === SPACE || c === TAB || c === NBSP;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** `[a-z]` with the `i` flag (without `u`, only ASCII letters match it). */
const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a && c < 0x80;
const lower = (c: number): number => c | 0x20;

const ALNUM_RE = /[\p{L}\p{N}]/u;
/** `[\p{L}\p{N}]` for one code unit (a lone surrogate is neither). -1 (end of line) is not. */
export function isAlnumCode(c: number): boolean {
  if (c < 0) return false;
  if (c < 0x80) return isDigit(c) || isLetter(c);
  return ALNUM_RE.test(String.fromCharCode(c));
}

/** Whether `word` (lower-case ASCII) is at `p`, ignoring ASCII case. */
function wordAt(s: string, p: number, lim: number, word: string): boolean {
  if (p + word.length > lim) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(p + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

// Canonical id strings (`Q4a`) are built once: most labels repeat the same few dozen ids.
// By number (below 1000, as labels write them), then letter (0 for none, 1 for `a`, …).
const ID_CACHE: (string | undefined)[][] = [];
const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(0x61 + i));

/** `Q${num}${letter}`; `letter` is a lower-case code or 0 for none. */
export function idString(num: number, letter: number): string {
  if (num >= 1000 || !Number.isInteger(num) || num < 0) return `Q${num}${letter ? String.fromCharCode(letter) : ''}`;
  const row = (ID_CACHE[num] ??= []);
  const col = letter ? letter - 0x60 : 0;
  return (row[col] ??= `Q${num}${letter ? LETTERS[letter - 0x61]! : ''}`);
}

/** The first run of digits in `s` as a number (what `Number(/\d+/.exec(s)[0])` gives), or -1. */
export function firstNumber(s: string): number {
  let i = 0;
  while (i < s.length && !isDigit(s.charCodeAt(i))) i++;
  if (i === s.length) return -1;
  let j = i;
  let n = 0;
  while (j < s.length && isDigit(s.charCodeAt(j))) n = n * 10 + (s.charCodeAt(j++) - 0x30);
  // Beyond 15 digits the running sum may round differently from Number's parse.
  return j - i > 15 ? Number(s.slice(i, j)) : n;
}

/** The letters that end a canonical id (`/[a-z]*$/`): `Q4ab` → `ab`. */
function trailingLetters(id: string): string {
  let i = id.length;
  while (i > 0 && id.charCodeAt(i - 1) >= 0x61 && id.charCodeAt(i - 1) <= 0x7a) i--;
  return i === id.length ? '' : id.slice(i);
}

// One parsed id, written by parseId (module state: the scanner never re-enters).
let idNum = 0;
let idLetter = 0;
let idHasQ = false;
/** The id was written with an answer's "A" before it ("A14"). */
let idHasA = false;
/** The prefix was the plural "Questions": a list of bare numbers may follow ("Questions 2 and 3 are …"). */
let idPlural = false;
let idParenLetter = false;
let idEnd = 0;
/** The id was written in brackets, `(4a)` or `[4a]`: the closing bracket ends the label. */
let idBracketed = false;
let idDecimal = false;
/** The request's decimal labels (`2.1` → the letter code of Q2a), while a scan that has them runs. */
let decimalLabels: ReadonlyMap<string, number> | null = null;

/** Read `2.1` as the part the questionnaire labels so (null: no decimal labels). */
export function setDecimalLabels(labels: ReadonlyMap<string, number> | null): void {
  decimalLabels = labels !== null && labels.size > 0 ? labels : null;
}

/**
 * Where the digits of `Q`/`Question`/`Question No.`/`Question Number` prefixed ids start, or -1.
 * The prefix after the `q` is `(?:uestion)?(?:\s?no|\snumber)?\.?\s?` (`number` after `Question` only); the first way of reading it (in the regex's order)
 * that ends on a digit wins. Only one way can: the prefix has no digits.
 */
function digitsAfterQ(s: string, p0: number, lim: number): number {
  for (let a = 0; a < 2; a++) {
    if (a === 0 && !wordAt(s, p0, lim, 'uestion')) continue;
    // `Questions 13a–13d` as well as `Question 13a`.
    const plural = a === 0 && wordAt(s, p0 + 7, lim, 's');
    const p1 = a === 0 ? p0 + 7 + (plural ? 1 : 0) : p0;
    for (let b = 0; b < 4; b++) {
      let p2 = p1;
      if (b === 0) {
        if (!isWs(at(s, p1, lim)) || !wordAt(s, p1 + 1, lim, 'no')) continue;
        p2 = p1 + 3;
      } else if (b === 1) {
        if (!wordAt(s, p1, lim, 'no')) continue;
        p2 = p1 + 2;
      } else if (b === 2) {
        // `Question Number 3:`
        if (a !== 0 || !isWs(at(s, p1, lim)) || !wordAt(s, p1 + 1, lim, 'number')) continue;
        p2 = p1 + 7;
      }
      for (let c = 0; c < 2; c++) {
        if (c === 0 && at(s, p2, lim) !== DOT) continue;
        const p3 = c === 0 ? p2 + 1 : p2;
        idPlural = plural;
        if (isWs(at(s, p3, lim)) && isDigit(at(s, p3 + 1, lim))) return p3 + 1;
        if (isDigit(at(s, p3, lim))) return p3;
      }
    }
  }
  return -1;
}

/** "c. 20 years", "c.150": circa before a figure, not a part's letter ("Q4\tc. 20 years"). */
function circaAt(s: string, p: number, lim: number): boolean {
  if (lower(s.charCodeAt(p)) !== 0x63 || at(s, p + 1, lim) !== DOT) return false;
  const q = isWs(at(s, p + 2, lim)) ? p + 3 : p + 2;
  return isDigit(at(s, q, lim));
}

/**
 * An id at `p`: `(q(?:uestion)?(?:\s?no)?\.?\s?)?(\d{1,3})(?!\d)` then optionally a letter
 * `\s?\(([a-z])\)` | `([a-z])(?![a-z])` | `\s([a-z])(?=[).])`. Sets the id* variables.
 */
function parseId(s: string, p: number, lim: number): boolean {
  idHasQ = false;
  idHasA = false;
  idPlural = false;
  idBracketed = false;
  idDecimal = false;
  // `(4a)`, `[4a]`, `(12)`: a bracketed bare id; `[Q6c]` after a joiner ("[Q6b] / [Q6c]").
  const open = at(s, p, lim);
  const bracket = (open === LPAREN || open === LBRACKET) && isDigit(at(s, p + 1, lim)) ? (open === LPAREN ? RPAREN : RBRACKET) : open === LBRACKET && (at(s, p + 1, lim) | 0x20) === 0x71 ? RBRACKET : 0;
  const from = p;
  if (bracket) p++;
  let d = p;
  const c0 = at(s, p, lim);
  if (c0 === 0x51 || c0 === 0x71) {
    d = digitsAfterQ(s, p + 1, lim);
    if (d < 0) return false;
    idHasQ = true;
  } else if ((c0 === 0x50 || c0 === 0x70) && !bracket && wordAt(s, p + 1, lim, 'oint')) {
    // "Point 5" / "Points 1-4": the letter's name for the request's numbered items.
    const plural = wordAt(s, p + 5, lim, 's');
    const p1 = p + 5 + (plural ? 1 : 0);
    if (!isWs(at(s, p1, lim)) || !isDigit(at(s, p1 + 1, lim))) return false;
    d = p1 + 1;
    idHasQ = true;
    idPlural = plural;
  } else if ((c0 === 0x52 || c0 === 0x72) && !bracket && wordAt(s, p + 1, lim, 'fi')) {
    // "RFI 2:", "RFI2": the requester's name for the items of the request, kept in the reply.
    const p1 = isWs(at(s, p + 3, lim)) ? p + 4 : p + 3;
    if (!isDigit(at(s, p1, lim))) return false;
    d = p1;
    idHasQ = true;
  } else if ((c0 === 0x52 || c0 === 0x72) && !bracket && wordAt(s, p + 1, lim, 'equest') && !isLetter(at(s, p + 7, lim))) {
    // "Request for information 2:", "Request 3:": the request's items as the requester numbered
    // them, named so again in the reply.
    let p1 = p + 7;
    if (isWs(at(s, p1, lim)) && wordAt(s, p1 + 1, lim, 'for') && isWs(at(s, p1 + 4, lim)) && wordAt(s, p1 + 5, lim, 'information')) p1 += 16;
    if (!isWs(at(s, p1, lim)) || !isDigit(at(s, p1 + 1, lim))) return false;
    d = p1 + 1;
    idHasQ = true;
  } else if (c0 === 0x41 && !bracket && isDigit(at(s, p + 1, lim)) && at(s, p - 1, lim) !== 0x41) {
    // "A1: Haddlesby District Council", "A4a: Unknown": the answer to Q1, Q4a, numbered to match
    // (read like a bare number: it needs its terminator and a run of them).
    d = p + 1;
    idHasA = true;
  } else if (c0 === 0x41 && !bracket && at(s, p + 1, lim) === DOT && isDigit(at(s, p + 2, lim)) && !isLetter(at(s, p - 1, lim))) {
    // "A.1 - A.7 The council holds …": answers numbered "A.", as the request's "Q.1" … "Q.7" (read
    // as "Q.1" is: the dot says it is a label).
    d = p + 2;
    idHasQ = true;
  }
  let e = d;
  let num = 0;
  while (e - d < 4 && isDigit(at(s, e, lim))) num = num * 10 + (s.charCodeAt(e++) - 0x30);
  if (e === d || e - d > 3) return false;
  idNum = num;
  idLetter = 0;
  idParenLetter = false;
  const c = at(s, e, lim);
  if (isWs(c) && at(s, e + 1, lim) === LPAREN && isLetter(at(s, e + 2, lim)) && at(s, e + 3, lim) === RPAREN) {
    idLetter = lower(s.charCodeAt(e + 2));
    idParenLetter = true;
    e += 4;
  } else if (c === LPAREN && isLetter(at(s, e + 1, lim)) && at(s, e + 2, lim) === RPAREN) {
    idLetter = lower(s.charCodeAt(e + 1));
    idParenLetter = true;
    e += 3;
  } else if (c === LPAREN && gluedRoman(s, e + 1, lim) > 0) {
    // "5(ii) 40 sites": a part numbered in roman numerals, glued to its number; (ii) is the second
    // part, b. (A lone "(i)" is read as the letter i above, and mapped by the caller.)
    const k = gluedRoman(s, e + 1, lim);
    idLetter = 0x60 + romanOf(s.slice(e + 1, e + 1 + k));
    idParenLetter = true;
    e += k + 2;
  } else if (isLetter(c) && !isLetter(at(s, e + 1, lim))) {
    idLetter = lower(c);
    e += 1;
  } else if (isWs(c) && isLetter(at(s, e + 1, lim)) && (at(s, e + 2, lim) === RPAREN || at(s, e + 2, lim) === DOT) && !circaAt(s, e + 1, lim)) {
    idLetter = lower(s.charCodeAt(e + 1));
    idParenLetter = true;
    e += 2;
  } else if (c === DOT && isLetter(at(s, e + 1, lim)) && !isLetter(at(s, e + 2, lim)) && !isDigit(at(s, e + 2, lim)) && at(s, e + 2, lim) !== DOT) {
    // `4.a` (a letter after the number's dot).
    idLetter = lower(s.charCodeAt(e + 1));
    idParenLetter = true;
    e += 2;
  } else if (c === DOT && decimalLabels !== null && isDigit(at(s, e + 1, lim))) {
    // `2.1` where the request numbered its parts so; "2.15" or "2.1.3" is not that label.
    let k = e + 1;
    while (k - e <= 2 && isDigit(at(s, k, lim))) k++;
    const letter = isDigit(at(s, k, lim)) || (at(s, k, lim) === DOT && isDigit(at(s, k + 1, lim))) ? undefined : decimalLabels.get(`${num}.${s.slice(e + 1, k)}`);
    if (letter !== undefined) {
      idLetter = letter;
      idParenLetter = true;
      idDecimal = true;
      e = k;
    }
  }
  if (bracket) {
    if (at(s, e, lim) !== bracket) return false;
    e++;
    idBracketed = true;
    // "(4)(c)": the part's letter in brackets of its own.
    if (idLetter === 0 && at(s, e, lim) === LPAREN && isLetter(at(s, e + 1, lim)) && at(s, e + 2, lim) === RPAREN) {
      idLetter = lower(s.charCodeAt(e + 1));
      idParenLetter = true;
      e += 3;
    }
  }
  // "[Q1] Jorsby Borough Council": the bracket opened before the label (skipped by the line's
  // reader) closes after it.
  if (!bracket && at(s, from - 1, lim) === LBRACKET && at(s, e, lim) === RBRACKET) e++;
  idEnd = e;
  return true;
}

/** At `p`, a roman numeral of two to four letters, ii to viii, closed by ")": its length, or 0. */
function gluedRoman(s: string, p: number, lim: number): number {
  let k = 0;
  while (k < 5 && (at(s, p + k, lim) === 0x69 || at(s, p + k, lim) === 0x76)) k++;
  if (k < 2 || k > 4 || at(s, p + k, lim) !== RPAREN) return 0;
  return /^(?:ii|iii|iv|vi|vii|viii)$/.test(s.slice(p, p + k)) ? k : 0;
}

function romanOf(numeral: string): number {
  const values: Record<string, number> = { ii: 2, iii: 3, iv: 4, vi: 6, vii: 7, viii: 8 };
  return values[numeral] ?? 0;
}

/** A range joiner `\s?(?:-|–|—|to)\s?` at `p`: its end, or -1. */
function rangeJoiner(s: string, p: number, lim: number): number {
  let q = isWs(at(s, p, lim)) ? p + 1 : p;
  const c = at(s, q, lim);
  if (c === DASH || c === EN_DASH || c === EM_DASH) q++;
  else if (wordAt(s, q, lim, 'to')) q += 2;
  else return -1;
  return isWs(at(s, q, lim)) ? q + 1 : q;
}

/** A list joiner `\s?(?:\/|&|,|and)\s?` at `p`: its end, or -1. */
function listJoiner(s: string, p: number, lim: number): number {
  let q = isWs(at(s, p, lim)) ? p + 1 : p;
  const c = at(s, q, lim);
  if (c === COMMA) {
    // `4 to 4c, and 14`: a comma and then "and".
    q++;
    const w = isWs(at(s, q, lim)) ? q + 1 : q;
    if (wordAt(s, w, lim, 'and') && isWs(at(s, w + 3, lim))) return w + 4;
  } else if (c === SLASH || c === AMP) q++;
  else if (wordAt(s, q, lim, 'and')) q += 3;
  else return -1;
  return isWs(at(s, q, lim)) ? q + 1 : q;
}

const isDashOrTab = (c: number): boolean => c === DASH || c === EN_DASH || c === EM_DASH || c === PIPE || c === TAB;

let letterEndLetter = 0;

/**
 * A second id written as a letter only (`Q4a – c`, `12(a)–(c)`, `Q13a-d`): `\(([a-z])\)` or
 * `([a-z])(?![a-z])`, counted when it is lower-case, or followed by a label terminator, and
 * comes after `startLetter`. Its end (letter in letterEndLetter), or -1.
 */
function letterEnd(s: string, p: number, lim: number, startLetter: string): number {
  const c0 = at(s, p, lim);
  let end: number;
  let paren = false;
  if (c0 === LPAREN && isLetter(at(s, p + 1, lim)) && at(s, p + 2, lim) === RPAREN) {
    letterEndLetter = lower(s.charCodeAt(p + 1));
    paren = true;
    end = p + 3;
  } else if (isLetter(c0) && !isLetter(at(s, p + 1, lim))) {
    letterEndLetter = lower(c0);
    end = p + 1;
  } else return -1;
  const next = at(s, end, lim);
  // `^[ \u00a0]?[-–—|:\t]` over the next two characters.
  const sepAfter = isDashOrTab(next) || next === COLON || ((next === SPACE || next === NBSP) && (isDashOrTab(at(s, end + 1, lim)) || at(s, end + 1, lim) === COLON));
  // A lower-case letter then a space (`Q13a – d Not applicable`): no English word is a single
  // letter after `a` except `i`, which is never written lower-case as a word.
  const lowerThenSpace = !paren && c0 === letterEndLetter && letterEndLetter !== 0x69 && isSp(next);
  const strong = paren || next === RPAREN || next === DOT || next === COLON || next === -1 || next === TAB || sepAfter || lowerThenSpace;
  if (!strong || !startLetter || LETTERS[letterEndLetter - 0x61]! <= startLetter) return -1;
  return end;
}

/** What a range of questions is given all at once: "N/A", "Not applicable", "Not held", "See above". */
const SHARED_STATUS_RE = /^[ \t\u00a0]*(?:[-–—:][ \t\u00a0]*)?(?:n\/?a\b|not\s+(?:applicable|held|known|recorded)\b|(?:see|as)\s+(?:above|below)\b)/i;

/** Whether question number `n` is at most the questionnaire's last number. */
const withinKnown = (n: number, sortedKnown: readonly string[] | null): boolean => !!sortedKnown && sortedKnown.length > 0 && n <= firstNumber(sortedKnown[sortedKnown.length - 1]!);

/**
 * The label parseLabel found: its ids (in order, maybe repeated; a new array for each label),
 * end, and whether it is weak.
 */
export const parsedLabel = { ids: [] as string[], end: 0, weak: false };

/**
 * Parse a label at `p` (the first character after the line's prefixes), reading no further
 * than `lim`; fills parsedLabel and returns true when it is one. `sortedKnown`: the questionnaire's
 * ids in id order, for ranges.
 */
const DASH_LIST_LABEL_RE = /^\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*(?:[ \t]*,?[ \t]*(?:and|&)[ \t]*\d{1,2}|(?:[ \t]*,[ \t]*\d{1,2}))[ \t]*[–—-][ \t]/;
const COMMA_LIST_LABEL_RE = /^\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})+(?:[ \t]*,?[ \t]*(?:and|&)[ \t]*\d{1,2})?\)[ \t]/;

/** "(including 7a–7c)" / "(incl. parts a to c)" after a range of questions: the parts it takes in. */
const INCLUDING_PARTS_RE = /^[ \t]*\((?:including|incl\.?|inc\.?)[ \t]+[^()\n]{0,20}\d[^()\n]{0,20}\)/i;

export function parseLabel(s: string, p: number, lim: number, sortedKnown: readonly string[] | null): boolean {
  if (!parseId(s, p, lim)) return false;
  const firstNum = idNum;
  const firstLetter = idLetter;
  const firstHasQ = idHasQ;
  const firstHasA = idHasA;
  const firstPlural = idPlural;
  const firstParenLetter = idParenLetter;
  const firstBracketed = idBracketed;
  const firstDecimal = idDecimal;
  // Built once a joiner follows the first id, or when the label is one: most lines that start
  // with a number are figures, not labels.
  let ids: string[] | null = null;
  let end = idEnd;
  let joined = false;
  // Ranges and lists: loop so that `Q4a, Q4b and Q4c` works; stop at the first part that fails.
  for (let guard = 0; guard < 20; guard++) {
    let after = rangeJoiner(s, end, lim);
    const range = after >= 0;
    if (!range) after = listJoiner(s, end, lim);
    if (after < 0 && guard === 0 && !firstHasQ) {
      // "3. and 4. We received …", "3) & 4)": each number keeps its terminator.
      const t = at(s, end, lim);
      // ("12.–12c. Not applicable": the dash may touch the first id's dot.)
      const touching = at(s, end + 1, lim) === EN_DASH || at(s, end + 1, lim) === EM_DASH || at(s, end + 1, lim) === DASH;
      if ((t === DOT || t === RPAREN) && (isWs(at(s, end + 1, lim)) || touching)) {
        let j = listJoiner(s, end + 1, lim);
        if (j >= 0 && at(s, j, lim) !== SPACE && parseId(s, j, lim) && !idHasQ && at(s, idEnd, lim) === t && idNum > firstNum) {
          ids = [idString(firstNum, firstLetter), idString(idNum, idLetter)];
          end = idEnd;
          joined = true;
          break;
        }
        // "12. – 12C. N/A": a range of terminated ids (a heading and its parts), or alone on its line.
        j = rangeJoiner(s, end + 1, lim);
        // ("13. – 13(d)" alone on its line: the bracketed letter is the second id's end.)
        if (j >= 0 && at(s, j, lim) !== SPACE && parseId(s, j, lim) && !idHasQ && ((at(s, idEnd, lim) === t && (isSp(at(s, idEnd + 1, lim)) || at(s, idEnd + 1, lim) === -1)) || (idParenLetter && idNum === firstNum && (at(s, idEnd, lim) === -1 || at(s, idEnd, lim) === 0x0d)))) {
          const from = idString(firstNum, firstLetter);
          const to = idString(idNum, idLetter);
          // (A longer span only when what follows is a status for them all: "2. - 7. N/A"; "2. – 7. The
          // panel met …" is the answer 7.)
          if (compareIds(from, to) < 0 && (idNum - firstNum <= 3 || (withinKnown(idNum, sortedKnown) && SHARED_STATUS_RE.test(s.slice(idEnd + 1, Math.min(lim, idEnd + 40)))))) {
            ids = expandRange(from, to, sortedKnown ?? undefined);
            end = idEnd;
            joined = true;
            break;
          }
        }
        // "12 a) – c) N/A": a range of a part's terminated letters, the number written once.
        const le = j >= 0 && firstLetter !== 0 ? letterEnd(s, j, lim, String.fromCharCode(firstLetter)) : -1;
        if (le >= 0 && at(s, le, lim) === t && (isSp(at(s, le + 1, lim)) || at(s, le + 1, lim) === -1)) {
          ids = expandRange(idString(firstNum, firstLetter), idString(firstNum, letterEndLetter), sortedKnown ?? undefined);
          end = le;
          joined = true;
          break;
        }
        parseId(s, p, lim); // restore the first id's state for what follows
      }
    }
    // "Questions 10 a) and b) – falls", "4a) & b) N/A": a part's terminated letters listed, the
    // number written once.
    if (after < 0 && guard === 0 && firstLetter !== 0 && (at(s, end, lim) === RPAREN || at(s, end, lim) === DOT) && isSp(at(s, end + 1, lim))) {
      const t = at(s, end, lim);
      const j = listJoiner(s, end + 1, lim);
      const le = j >= 0 ? letterEnd(s, j, lim, String.fromCharCode(firstLetter)) : -1;
      if (le >= 0 && at(s, le, lim) === t && (isSp(at(s, le + 1, lim)) || at(s, le + 1, lim) === -1)) {
        ids = [idString(firstNum, firstLetter), idString(firstNum, letterEndLetter)];
        end = le;
        joined = true;
        break;
      }
    }
    if (after < 0) break;
    // "4,106." is a figure with a thousands separator, not the list 4 and 106.
    if (!range && at(s, end, lim) === COMMA && isDigit(at(s, end + 1, lim)) && isDigit(at(s, end + 2, lim)) && isDigit(at(s, end + 3, lim)) && !isDigit(at(s, end + 4, lim))) break;
    ids ??= [idString(firstNum, firstLetter)];
    const prev = ids[ids.length - 1]!;
    const prevNum = firstNumber(prev);
    let nextId: string | null = null;
    let nextEnd = after;
    if (parseId(s, after, lim)) {
      const nxt = at(s, idEnd, lim);
      // `Questions 9 and 10 – …`: after a `Q`-prefixed first id, a bare number that ends the label.
      // `Questions 2 and 3 are refused …`: after the plural "Questions", a bare number then a space.
      // `Questions 1 to 3 – …`: a range to a bare number that a dash ends, after a `Q`-prefixed first id.
      // `Questions 1 to 4` alone on its line: after the plural, the line's end ends it too.
      // `Turning to questions 2, 3 and 4, the outcome …`: after the plural, a comma and a space too.
      // `Questions 2-4 have been passed to …`: after the plural, a range then a space.
      // ("Question 2 and 3" alone on its line, a heading over one answer to both, or "For question 2
      // and 3, the figures …" before a comma: singular or not.)
      const endsLabel = firstHasQ && (isDashOrTab(nxt) || (isSp(nxt) && isDashOrTab(at(s, idEnd + 1, lim))) || (!firstPlural && !range && (nxt === -1 || (nxt === COMMA && isSp(at(s, idEnd + 1, lim)))) && /^\s*(?:and|&)\s*$/i.test(s.slice(end, after))) || (firstPlural && (nxt === -1 || (range ? isSp(nxt) : isSp(nxt) || (nxt === COMMA && isSp(at(s, idEnd + 1, lim)))))));
      // ("4c, 14     Residents or properties     Both": a list ended by a fixed-width column gap.)
      // ("A14 and A15 - section 12 …": two of the council's answer numbers, a dash ending them.)
      const answerPair = firstHasA && idHasA && !range && (isDashOrTab(nxt) || (isSp(nxt) && isDashOrTab(at(s, idEnd + 1, lim))));
      // ("1, 2, 3, 4) No information is held …": bare numbers listed with commas, the last closed by its bracket.)
      const commaList = nxt === COMMA && !firstHasQ && COMMA_LIST_LABEL_RE.test(s.slice(p, Math.min(lim, p + 40)));
      // ("1, 2 and 4 – please see the attached spreadsheet": bare numbers listed, a spaced dash after the last.)
      const dashList = !firstHasQ && !range && DASH_LIST_LABEL_RE.test(s.slice(p, Math.min(lim, p + 40)));
      const plausible = idHasQ || answerPair || commaList || dashList || (idLetter !== 0 && idNum === prevNum) || nxt === RPAREN || nxt === DOT || nxt === COLON || endsLabel || (!range && nxt === SPACE && at(s, idEnd + 1, lim) === SPACE) || (!range && nxt === TAB);
      // "Q2 - 143. The premium …": a figure after a dash, not a range to a question that does not exist.
      const beyond = range && !idHasQ && sortedKnown !== null && sortedKnown.length > 0 && idNum > firstNumber(sortedKnown[sortedKnown.length - 1]!);
      // ("Q3 - 14.7 sq miles": a decimal figure after a dash, not a range to question 14.)
      const decimal = range && !idHasQ && nxt === DOT && isDigit(at(s, idEnd + 1, lim));
      if (plausible && !beyond && !decimal && !isAlnumCode(nxt)) {
        nextId = idString(idNum, idLetter);
        nextEnd = idEnd;
      }
    }
    if (!nextId) {
      const le = letterEnd(s, after, lim, trailingLetters(prev));
      if (le >= 0 && !isAlnumCode(at(s, le, lim))) {
        nextId = idString(prevNum, letterEndLetter);
        nextEnd = le;
      }
    }
    if (!nextId) break;
    if (range) {
      const from = ids.pop()!;
      if (compareIds(from, nextId) >= 0) {
        ids.push(from);
        break;
      }
      ids.push(...expandRange(from, nextId, sortedKnown ?? undefined));
    } else ids.push(nextId);
    end = nextEnd;
    joined = true;
  }
  // "Q4 (a and b) - N/A", "Q6 (a & b): …": the parts named in brackets after the number, written once.
  if (!joined && firstHasQ && firstLetter === 0 && !firstDecimal && at(s, end, lim) !== -1) {
    const parts = PARTS_IN_BRACKETS_RE.exec(s.slice(end, Math.min(lim, end + 24)));
    if (parts) {
      const a = parts[1]!.toLowerCase();
      const b = parts[3]!.toLowerCase();
      if (a < b) {
        const from = idString(firstNum, a.charCodeAt(0));
        const to = idString(firstNum, b.charCodeAt(0));
        ids = [from, to];
        end += parts[0].length;
        joined = true;
      }
    } else {
      // "Q2 a-d - No, we do not …": the parts' range after the number, written once.
      const span = PARTS_SPAN_RE.exec(s.slice(end, Math.min(lim, end + 12)));
      const a = span?.[1]!.toLowerCase();
      const b = span?.[2]!.toLowerCase();
      if (span && a! < b!) {
        // (The question itself too, when it is one: the label names it with its parts.)
        const own = idString(firstNum, 0);
        ids = [...(sortedKnown?.includes(own) ? [own] : []), ...expandRange(idString(firstNum, a!.charCodeAt(0)), idString(firstNum, b!.charCodeAt(0)), sortedKnown ?? undefined)];
        end += span[0].length;
        joined = true;
      }
    }
  }
  // Terminator: `.`, `)` or `:` right after the label is part of it.
  let term = firstBracketed;
  const c = at(s, end, lim);
  if (firstBracketed) {
    if (c === DOT || c === COLON) end++;
  } else if (c === DOT || c === RPAREN || c === COLON) {
    term = true;
    end++;
    // ("1.) We do not keep a record …": a dot and a bracket.)
    if (c === DOT && at(s, end, lim) === RPAREN) end++;
  } else if (c === 0x2f && (isSp(at(s, end + 1, lim)) || at(s, end + 1, lim) === -1 || at(s, end + 1, lim) === 0x0d)) {
    // "3/ In March 1997": a slash then a space ends the label, as a dot would ("3/4" is a fraction).
    term = true;
    end++;
  } else if (isSp(c) && at(s, end + 1, lim) === COLON) {
    term = true;
    end += 2;
  }
  // `6b. and 7. Not applicable`: a second terminated id joined to the first.
  if (term && !joined && (c === DOT || c === RPAREN)) {
    const after = listJoiner(s, end, lim);
    if (after >= 0 && !isDigit(at(s, end, lim)) && parseId(s, after, lim)) {
      const t = at(s, idEnd, lim);
      // The second comes after the first ("4. and 3." or "3. and 3." is no pair of labels).
      const first = idString(firstNum, firstLetter);
      const second = idString(idNum, idLetter);
      if ((t === DOT || t === RPAREN || t === COLON) && (isSp(at(s, idEnd + 1, lim)) || at(s, idEnd + 1, lim) === -1) && compareIds(first, second) < 0) {
        ids = [first, second];
        end = idEnd + 1;
        joined = true;
      } else if (isSp(t) && /^[A-Z][a-z]/.test(s.slice(idEnd + 1, idEnd + 3)) && !firstLetter && !idLetter && idNum === firstNum + 1) {
        // ("1. and 2 This information is not recorded": the second number's dot left out, the
        // answer's sentence right after it; the next question only.)
        ids = [first, second];
        end = idEnd;
        joined = true;
      }
    }
  }
  // "**3.1** Northgate …": the bold closed right after the label (a page converted to Markdown).
  // "**1.**" alone on its line, the answer below it.
  if (!firstHasQ && at(s, end, lim) === STAR && at(s, end + 1, lim) === STAR && (isSp(at(s, end + 2, lim)) || at(s, end + 2, lim) === -1 || at(s, end + 2, lim) === 0x0d)) {
    end += 2;
    term = true;
  }
  const next = at(s, end, lim);
  if (firstHasQ) {
    // "Questions 2 to 9 (including 7a–7c) – not applicable": the parts the range takes in, named
    // in brackets after it, are the label's.
    if (joined && next !== -1) {
      const incl = INCLUDING_PARTS_RE.exec(s.slice(end, Math.min(lim, end + 40)));
      if (incl) end += incl[0].length;
    }
    if (isAlnumCode(at(s, end, lim))) return false;
    // `Q3 2018` is a quarter, not a question (`\s\d{4}`); there is no fifth quarter ("Q7 2019"
    // is question 7 answered with a year).
    if (!term && !joined && firstNum <= 4 && isWs(next) && isDigit(at(s, end + 1, lim)) && isDigit(at(s, end + 2, lim)) && isDigit(at(s, end + 3, lim)) && isDigit(at(s, end + 4, lim))) return false;
    parsedLabel.ids = ids ?? [idString(firstNum, firstLetter)];
    parsedLabel.end = end;
    parsedLabel.weak = false;
    return true;
  }
  // "| 13 (a–d) | If the Authority does not have a CRM system: | Not applicable |": a table's number
  // cell naming the question and the span of its parts in brackets.
  if (!term && !joined && firstLetter === 0 && !firstDecimal && sortedKnown) {
    const span = BRACKETED_SPAN_RE.exec(s.slice(end, Math.min(lim, end + 14)));
    const a = span?.[1]!.toLowerCase();
    const b = span?.[2]!.toLowerCase();
    const tail = span ? at(s, end + span[0].length, lim) : -1;
    if (span && a! < b! && (isSp(tail) || tail === PIPE || tail === TAB || tail === -1)) {
      const own = idString(firstNum, 0);
      const parts = expandRange(idString(firstNum, a!.charCodeAt(0)), idString(firstNum, b!.charCodeAt(0)), sortedKnown);
      if (parts.length > 0 && parts.every((id) => sortedKnown.includes(id))) {
        parsedLabel.ids = [...(sortedKnown.includes(own) ? [own] : []), ...parts];
        parsedLabel.end = end + span[0].length;
        parsedLabel.weak = true;
        return true;
      }
    }
  }
  // Bare numbers need a terminator (or a `(a)` letter, or a dash after a letter) and then a space.
  // `^[ \t\u00a0]?[-–—|\t]` over the next two characters.
  let dashAfter = isDashOrTab(next) || (isSp(next) && isDashOrTab(at(s, end + 1, lim)));
  // A table's first cell: `| 4    | …` (spaces up to the next pipe).
  let cellAfter = next === PIPE;
  let gapAfter = false;
  if (isSp(next)) {
    let k = end + 1;
    while (k - end < 12 && isSp(at(s, k, lim))) k++;
    cellAfter = at(s, k, lim) === PIPE;
    // A fixed-width table's reference column: `4a    41` (two spaces or more, then the cell).
    gapAfter = k - end >= 2 && !cellAfter && !isSp(at(s, k, lim)) && at(s, k, lim) !== -1 && at(s, k, lim) !== 0x0d;
    dashAfter ||= cellAfter || gapAfter;
  }
  // "1 - 412 km", "3 – 11": a number, a spaced dash and the answer (weak: the run must ascend).
  const d1 = at(s, end + 1, lim);
  const spacedDash = isSp(next) && (d1 === DASH || d1 === EN_DASH || d1 === EM_DASH) && isSp(at(s, end + 2, lim));
  // "1- 394", "10- No funding has been cut": a dash right after the number, then a space (weak
  // like a bare number: the run must ascend).
  const gluedDash = next === DASH && isSp(at(s, end + 1, lim));
  // A tab-separated table's reference cell: `4<TAB>Basic allowance<TAB>£9,412`.
  if (next === TAB) gapAfter = true;
  // "4a How many of those are stand-alone …": a table's number cell run into its question by one
  // space, the question's opening word after it (weak: the run must ascend or the words match).
  const asksAfter = isSp(next) && !term && ASKS_AFTER_RE.test(s.slice(end + 1, Math.min(lim, end + 12)));
  // "1 There are 5 one bedroom properties …": the answers numbered the same way under it (weak
  // too).
  const saysAfter = isSp(next) && !term && !asksAfter && !firstDecimal && SAYS_AFTER_RE.test(s.slice(end + 1, Math.min(lim, end + 14)));
  // ("| 5 Average days from lodging to hearing | 31 days |": a pipe table's first cell, the
  // number run into its short title by one space (weak too).)
  let pipeCell = false;
  if (isSp(next) && !term && !firstDecimal) {
    let b = p - 1;
    while (b >= 0 && isSp(s.charCodeAt(b))) b--;
    pipeCell = b >= 0 && s.charCodeAt(b) === PIPE && at(s, end + 1, lim) >= 0x41 && at(s, end + 1, lim) <= 0x5a;
  }
  if (!term && !firstParenLetter && !(firstLetter && dashAfter) && !joined && !cellAfter && !gapAfter && !spacedDash && !gluedDash && !asksAfter && !saysAfter && !pipeCell) return false;
  // "1)We manage 14 sites": a text converted from a PDF lost the space after the bracket; a capital then a
  // small letter or a space is a sentence's start, not a code such as "1)A4".
  // ("1.How many logs …", "2.Of these logs …": the same after a dot, the space lost as well.)
  // ("3.LCC does not hold …": an acronym of capitals, then a space.)
  let caps = end + 1;
  while (caps < lim && caps - end <= 6 && at(s, caps, lim) >= 0x41 && at(s, caps, lim) <= 0x5a) caps++;
  const capitalAfter = (c === RPAREN || (c === DOT && !firstHasQ)) && next >= 0x41 && next <= 0x5a && (isSp(at(s, end + 1, lim)) || (at(s, end + 1, lim) >= 0x61 && at(s, end + 1, lim) <= 0x7a) || (caps - end >= 3 && caps - end <= 6 && isSp(at(s, caps, lim))));
  if (term && next !== -1 && !isSp(next) && next !== 0x0d && !(c === RPAREN && !isAlnumCode(next)) && !capitalAfter) return false;
  if (!term && next !== -1 && !isSp(next) && next !== 0x0d && !dashAfter) return false;
  parsedLabel.ids = ids ?? [idString(firstNum, firstLetter)];
  parsedLabel.end = end;
  // A decimal label is weak like a bare number: "2.1 million" may open a line of an answer.
  parsedLabel.weak = (!firstLetter || firstDecimal) && !joined;
  return true;
}

const SAYS_AFTER_RE = /^(?:There|The|We|Our|This|These|It|Yes|No|None|Not|All|Please|Information|Data|In|Of|At|As)\s/;
const ASKS_AFTER_RE = /^(?:What|How|Does|Do|Is|Are|Has|Have|If|Please|Which|When|Who|Where|Was|Were|Did|Can)\s/;

/** " (a and b)", "(a & b)": a question's two parts in brackets after its number. */
// (A range, "Q13 (a–d)", stays the heading's label: its answer speaks for the parts, read there.)
/** " a-d", " a – c" after a question's number, then a separator: its parts from the first letter to the last. */
const PARTS_SPAN_RE = /^ ([a-h]) ?[-–—] ?([a-h])(?= ?[-–—:]|\t|$)/;
/** " (a–d)", "(a-c)" after a bare number: the span of its parts in brackets. */
const BRACKETED_SPAN_RE = /^ ?\(([a-h]) ?[-–—] ?([a-h])\)/i;
const PARTS_IN_BRACKETS_RE = /^[ \t]?\(([a-h])(\s+and\s+|\s*&\s*|,\s*)\(?([a-h])\)?\)/i;

export const parsedSubLabel = { letter: 0 };

/**
 * A sub-question written by its letter alone under a numbered parent (`a)`, `(b)`, `c.`):
 * `(?:\(([a-z])\)|([a-z])[.)])(?=[ \t\u00a0]|$)` at `p`. Its end, or -1; the lower-case letter
 * code is in parsedSubLabel.letter.
 */
export function parseSubLabel(s: string, p: number, lim: number): number {
  const c0 = at(s, p, lim);
  let end = -1;
  if (c0 === LPAREN && isLetter(at(s, p + 1, lim)) && at(s, p + 2, lim) === RPAREN) {
    parsedSubLabel.letter = lower(s.charCodeAt(p + 1));
    end = p + 3;
  } else if (isLetter(c0) && (at(s, p + 1, lim) === DOT || at(s, p + 1, lim) === RPAREN)) {
    parsedSubLabel.letter = lower(c0);
    end = p + 2;
  } else if (c0 >= 0x41 && c0 <= 0x48 && at(s, p + 1, lim) === 0x20 && (at(s, p + 2, lim) === 0x2013 || at(s, p + 2, lim) === 0x2d) && at(s, p + 3, lim) === 0x20) {
    // "B – hand-held devices": a capital part letter and a spaced dash.
    parsedSubLabel.letter = lower(c0);
    end = p + 3;
  }
  if (end < 0) return -1;
  const next = at(s, end, lim);
  return next === -1 || isSp(next) ? end : -1;
}
