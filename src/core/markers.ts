// The marker scanner (DESIGN §4): finds question labels such as `Q4a.`, `Question 4a:`, `4(a)`,
// `Q4a-Q4c`, `Q6b/Q6c` or `| Q6b | N/A |` at the start of a line, after indentation, bullets and
// `>` quote prefixes. One pass over the lines with small anchored regexes (no nested
// quantifiers), so a 20 MB reply scans in well under a second.
//
// Bare numbers (`1.`, `10)`) are the risky form: they are also list items, dates and figures.
// They count only when the number is a questionnaire id and the context agrees: the ids keep
// ascending within a message, or the text after the label looks like that question.
import { compareIds, expandRange } from './ids';
import type { Marker } from './types';

export interface ScanOptions {
  /** Canonical ids the questionnaire knows, in questionnaire order. */
  knownIds?: readonly string[] | ReadonlySet<string> | null;
  /** Word tokens of each question's text, used to confirm bare-number markers. */
  questionTokens?: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Candidate extends Marker {
  /** A bare number without letters or a `Q` (`4.`, `10)`): needs context to count. */
  weak: boolean;
  /** Index of the message (between boundaries such as `From:` or `Dear …`) the marker is in. */
  block: number;
  /** Offset where the text after the label starts (same as `end`). */
  rank: number;
  similar: boolean;
  /** Line has a blank line or another marker right before it. */
  afterBreak: boolean;
  prevLineEndsQuestion: boolean;
  /** The label is followed by `,` or a lower-case word: it sits inside a sentence. */
  midSentence: boolean;
  /** A letter-only label (`b)`) read as a sub-question of the last numbered marker. */
  sub: boolean;
}

// `Q`, `Q.`, `Question`, `Question No.` prefixes, then 1–3 digits not followed by a digit.
const ID_RE = /(q(?:uestion)?(?:\s?no)?\.?\s?)?(\d{1,3})(?!\d)(?:\s?\(([a-z])\)|([a-z])(?![a-z])|\s([a-z])(?=[).]))?/iy;
// A sub-question written by its letter alone under a numbered parent: `a)`, `(b)`, `c.`.
const SUB_RE = /(?:\(([a-z])\)|([a-z])[.)])(?=[ \t\u00a0]|$)/iy;
// Range / list joiners between two ids.
const RANGE_RE = /\s?(?:-|–|—|to)\s?/iy;
const LIST_RE = /\s?(?:\/|&|,|and)\s?/iy;
// A second id written as a letter only (`Q4a – c`, `12(a)–(c)`, `Q13a-d`).
const LETTER_RE = /\(([a-z])\)|([a-z])(?![a-z])/iy;
const YEAR_AFTER_RE = /\s\d{4}/y;

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

interface ParsedId {
  num: number;
  letter: string;
  hasQ: boolean;
  parenLetter: boolean;
  end: number;
}

function parseId(s: string, at: number): ParsedId | null {
  const m = sticky(ID_RE, s, at);
  if (!m) return null;
  const letter = (m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  return { num: Number(m[2]), letter, hasQ: m[1] !== undefined, parenLetter: m[3] !== undefined || m[5] !== undefined, end: at + m[0].length };
}

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** A letter that may end a range or list: lowercase, or followed by a label terminator. */
function letterEnd(s: string, at: number, startLetter: string): { letter: string; end: number } | null {
  const m = sticky(LETTER_RE, s, at);
  if (!m) return null;
  const letter = (m[1] ?? m[2] ?? '').toLowerCase();
  const end = at + m[0].length;
  const next = s[end];
  const sepAfter = /^[ \u00a0]?[-–—|:\t]/.test(s.slice(end, end + 2));
  // A lower-case letter then a space (`Q13a – d Not applicable`): no English word is a single
  // letter after `a` except `i`, which is never written lower-case as a word.
  const lowerThenSpace = m[2] !== undefined && m[2] === letter && letter !== 'i' && isSpace(next);
  const strong = m[1] !== undefined || next === ')' || next === '.' || next === ':' || next === undefined || next === '\t' || sepAfter || lowerThenSpace;
  if (!strong || !startLetter || letter <= startLetter) return null;
  return { letter, end };
}

interface Label {
  ids: string[];
  end: number;
  weak: boolean;
}

/** Parse a label at `at` (the first character after line prefixes); null when it is not one. */
function parseLabel(s: string, at: number, known: readonly string[] | null): Label | null {
  const first = parseId(s, at);
  if (!first) return null;
  const firstId = `Q${first.num}${first.letter}`;
  const ids = [firstId];
  let end = first.end;
  let joined = false;
  // Ranges and lists: loop so that `Q4a, Q4b and Q4c` works; stop at the first part that fails.
  for (let guard = 0; guard < 20; guard++) {
    const range = sticky(RANGE_RE, s, end);
    const list = range ? null : sticky(LIST_RE, s, end);
    const sep = range ?? list;
    if (!sep) break;
    const after = end + sep[0].length;
    const prev = ids[ids.length - 1]!;
    const prevNum = Number(/\d+/.exec(prev)![0]);
    const prevLetter = /[a-z]*$/.exec(prev)![0];
    let nextId: string | null = null;
    let nextEnd = after;
    const asId = parseId(s, after);
    if (asId) {
      const nxt = s[asId.end];
      const plausible = asId.hasQ || (asId.letter !== '' && asId.num === prevNum) || nxt === ')' || nxt === '.' || nxt === ':';
      if (plausible && !isAlnum(nxt)) {
        nextId = `Q${asId.num}${asId.letter}`;
        nextEnd = asId.end;
      }
    }
    if (!nextId) {
      const le = letterEnd(s, after, prevLetter);
      if (le && !isAlnum(s[le.end])) {
        nextId = `Q${prevNum}${le.letter}`;
        nextEnd = le.end;
      }
    }
    if (!nextId) break;
    if (range) {
      const from = ids.pop()!;
      if (compareIds(from, nextId) >= 0) {
        ids.push(from);
        break;
      }
      ids.push(...expandRange(from, nextId, known ?? undefined));
    } else ids.push(nextId);
    end = nextEnd;
    joined = true;
  }
  // Terminator: `.`, `)` or `:` right after the label is part of it.
  let term = false;
  const c = s[end];
  if (c === '.' || c === ')' || c === ':') {
    term = true;
    end++;
  } else if (isSpace(c) && s[end + 1] === ':') {
    term = true;
    end += 2;
  }
  const next = s[end];
  if (first.hasQ) {
    if (isAlnum(next)) return null;
    // `Q3 2018` is a quarter, not a question.
    if (!term && !joined && sticky(YEAR_AFTER_RE, s, end)) return null;
    return { ids: dedupe(ids), end, weak: false };
  }
  // Bare numbers need a terminator (or a `(a)` letter, or a dash after a letter) and then a space.
  const dashAfter = /^[ \t\u00a0]?[-–—|\t]/.test(s.slice(end, end + 2));
  if (!term && !first.parenLetter && !(first.letter && dashAfter) && !joined) return null;
  if (term && next !== undefined && !isSpace(next) && next !== '\r' && !(c === ')' && !isAlnum(next))) return null;
  if (!term && next !== undefined && !isSpace(next) && next !== '\r' && !dashAfter) return null;
  const weak = !first.letter && !joined;
  return { ids: dedupe(ids), end, weak };
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}

function toArray(known: ScanOptions['knownIds']): string[] | null {
  if (!known) return null;
  const arr = Array.isArray(known) ? [...(known as readonly string[])] : [...(known as ReadonlySet<string>)];
  return arr.length > 0 ? arr : null;
}

/** Every question marker in a reply (DESIGN §4). `knownIds`: canonical ids of the questionnaire, if any. */
export function scanMarkers(text: string, knownIds?: ReadonlySet<string> | null): Marker[] {
  try {
    return scanMarkersWith(text, { knownIds: knownIds ?? null });
  } catch {
    return [];
  }
}

/** The scanner with the questionnaire's help (order of ids, question words for bare numbers). */
export function scanMarkersWith(text: string, options: ScanOptions = {}): Marker[] {
  const knownList = toArray(options.knownIds);
  const known = knownList ? new Set(knownList) : null;
  const order = new Map<string, number>();
  if (knownList) [...knownList].sort(compareIds).forEach((id, i) => order.set(id, i));
  const ordOf = (id: string): number => order.get(id) ?? -1;

  const cands: Candidate[] = [];
  let block = 0;
  let line = 0;
  let prevBlank = true;
  let prevEndsQuestion = false;
  let lastNum: number | null = null;
  let lastBlockSeen = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const shape = lineShape(text, pos, eol);
    if (!shape.blank && isMessageBoundary(text.slice(shape.contentStart, shape.contentEnd))) block++;
    if (block !== lastBlockSeen) {
      lastNum = null;
      lastBlockSeen = block;
    }
    if (!shape.blank) {
      const lineText = text.slice(shape.start, shape.contentEnd);
      const rel = parseLabel(lineText, shape.labelStart - shape.start, knownList);
      let label = rel ? { ...rel, end: rel.end + shape.start } : null;
      let sub = false;
      if (!label && lastNum !== null) {
        const sm = sticky(SUB_RE, lineText, shape.labelStart - shape.start);
        const letter = sm ? (sm[1] ?? sm[2] ?? '').toLowerCase() : '';
        const id = `Q${lastNum}${letter}`;
        if (sm && known?.has(id)) {
          label = { ids: [id], end: shape.labelStart + sm[0].length, weak: false };
          sub = true;
        }
      }
      if (label) {
        const idsKnown = known ? label.ids.filter((id) => known.has(id)) : label.ids;
        const unknown = known ? label.ids.filter((id) => !known.has(id)) : [];
        // Bare numbers unknown to the questionnaire are just numbers.
        const bare = !/^q/i.test(text.slice(shape.labelStart, shape.labelStart + 1));
        if (!(bare && known && idsKnown.length === 0)) {
          const after = text.slice(label.end, Math.min(shape.contentEnd, label.end + 200));
          cands.push({
            ids: idsKnown,
            unknownIds: bare ? [] : unknown,
            start: shape.labelStart,
            end: label.end,
            line,
            label: text.slice(shape.labelStart, label.end),
            quoteDepth: shape.depth,
            weak: label.weak,
            block,
            rank: idsKnown.length ? Math.max(...idsKnown.map(ordOf)) : -1,
            similar: label.weak && similarity(after, idsKnown, options.questionTokens) >= 0.5,
            afterBreak: prevBlank,
            prevLineEndsQuestion: prevEndsQuestion,
            midSentence: /^\s?(?:,|[a-z])/.test(after),
            sub,
          });
          const num = /\d+/.exec(idsKnown[0] ?? unknown[0] ?? '');
          if (num) lastNum = Number(num[0]);
        }
      }
    }
    const content = shape.blank ? '' : text.slice(shape.contentStart, shape.contentEnd).trimEnd();
    prevBlank = shape.blank;
    prevEndsQuestion = /[?:.]$/.test(content) || shape.blank;
    line++;
    pos = eol + 1;
  }
  return confirm(cands, known !== null).map(strip);
}

function strip(c: Candidate): Marker {
  return { ids: c.ids, start: c.start, end: c.end, line: c.line, label: c.label, quoteDepth: c.quoteDepth, unknownIds: c.unknownIds };
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

/**
 * Keep the markers the context supports. Bare numbers must ascend within their message (or look
 * like their question); a short run `1. 2. 3.` that looks like nothing is a list. A `Q` label that
 * goes backwards on the line right after another marker's question is a wrapped cross-reference
 * ("If Yes to\nQ13a., what were …").
 */
function confirm(cands: Candidate[], haveQuestionnaire: boolean): Candidate[] {
  const kept: Candidate[] = [];
  let last = -1;
  let lastBlock = -1;
  let run: Candidate[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    const startsAtOne = run[0]!.rank === 0 || run[0]!.ids[0] === 'Q1';
    const anySimilar = run.some((c) => c.similar);
    const keep = anySimilar || run.length >= 5 || (!startsAtOne && haveQuestionnaire) || (!haveQuestionnaire && run.length >= 3);
    if (keep) kept.push(...run);
    run = [];
  };
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.block !== lastBlock) {
      flushRun();
      last = -1;
      lastBlock = c.block;
    }
    const prev = kept.length ? kept[kept.length - 1]! : null;
    if (c.sub) {
      // `a)` lines count only while the letters ascend after their parent (not a list in an answer).
      if (prev && prev.block === c.block && c.rank > prev.rank && prev.rank >= 0 && (!prev.sub ? c.ids[0]!.endsWith('a') : true)) {
        kept.push(c);
        last = c.rank;
      }
      continue;
    }
    if (!c.weak) {
      // A strong marker that carries an ascending run on proves the run is a sequence of answers.
      if (run.length && c.rank > run[run.length - 1]!.rank && c.rank >= 0) {
        kept.push(...run);
        run = [];
      }
      flushRun();
      const backwards = prev && prev.block === c.block && c.rank >= 0 && prev.rank > c.rank;
      if (backwards && !c.afterBreak && !c.prevLineEndsQuestion && c.midSentence && c.line - prev.line <= 3) continue;
      kept.push(c);
      if (c.rank >= 0) last = c.rank;
      continue;
    }
    const rank = haveQuestionnaire ? c.rank : Number(/\d+/.exec(c.ids[0] ?? c.unknownIds[0] ?? '0')![0]);
    const lastRun = run.length ? run[run.length - 1]! : null;
    const lastRank = lastRun ? (haveQuestionnaire ? lastRun.rank : Number(/\d+/.exec(lastRun.ids[0] ?? '0')![0])) : last;
    if (rank > lastRank || c.similar) {
      run.push(c);
    } else {
      // Not ascending: a list item inside an answer. The run so far still stands on its own.
    }
  }
  flushRun();
  kept.sort((a, b) => a.start - b.start);
  return kept;
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

const SPACE_CODES = new Set([0x20, 0x09, 0xa0, 0x200b, 0x200c, 0x200d, 0xfeff, 0x2007, 0x202f, 0x0c, 0x0b]);

/** The parts of one line that every pass needs: quote depth, where content and labels start. */
export function lineShape(text: string, start: number, eol: number): LineShape {
  let end = eol;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  let p = start;
  let depth = 0;
  for (;;) {
    while (p < end && SPACE_CODES.has(text.charCodeAt(p))) p++;
    if (p < end && text.charCodeAt(p) === 62 /* > */) {
      depth++;
      p++;
      continue;
    }
    break;
  }
  const contentStart = p;
  let contentEnd = end;
  while (contentEnd > p && SPACE_CODES.has(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let q = p;
  // Bullets, table pipes and markdown emphasis before a label.
  for (let guard = 0; guard < 4 && q < contentEnd; guard++) {
    const c = text[q]!;
    const next = text[q + 1];
    if ((c === '-' || c === '•' || c === '·' || c === '◦' || c === '▪' || c === '–') && (next === ' ' || next === '\t')) q += 2;
    else if (c === '*' && next === '*') q += 2;
    else if (c === '*' && next === ' ') q += 2;
    else if (c === '|') q += 1;
    else if (c === '[' && (next === 'Q' || next === 'q')) q += 1;
    else break;
    while (q < contentEnd && SPACE_CODES.has(text.charCodeAt(q))) q++;
  }
  return { start, end, contentStart, labelStart: q, contentEnd, depth, blank: contentEnd <= contentStart };
}

const BOUNDARY_RE =
  /^(?:(?:from|sent|date|subject|to|cc)\s?:\s|-{2,}\s?(?:original|forwarded) message|begin forwarded message|on\s.{0,200}wrote:$|={5,}|_{5,}|-{5,}$|dear\s)/i;

/** Lines where a new message (or a letter) starts: headers, separators, salutations. */
export function isMessageBoundary(content: string): boolean {
  return BOUNDARY_RE.test(content);
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
  return dedupe(markers.flatMap((m) => m.ids));
}
