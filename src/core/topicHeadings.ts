// Answers under headings that name each question's topic instead of its number. A council may
// set its reply out "under headings that follow the order of your questions": "Population",
// "Portal uptake", "CRM go-live", each a short line above its answer, with no number and none
// of the question's own words in order. When a reply labels almost nothing, its short heading
// lines are aligned with the questionnaire's questions as one whole, in order: each heading
// scores by how much of it is words of a question (rare words weigh more), and the alignment
// that keeps both orders and scores highest wins (dynamic programming, headings × questions).
// Taken only when it ties several headings to questions; each match becomes a marker whose
// answer starts on the line after the heading.
import { isMessageBoundary, wordTokens } from './markers';
import type { QuestionWords, ReplyLine } from './segment';
import type { Marker, Question, Questionnaire } from './types';
import { stopWords } from './stopWords';

/** Words that name no topic. */
const STOP = stopWords('please provide number total all not question questions answer response');
const stemOf = (w: string): string => w.slice(0, 5);
const stems = (s: string): string[] => [...new Set(wordTokens(s).map((t) => t.word).filter((w) => w.length > 2 && !STOP.has(w)).map(stemOf))];

/** At most this many characters and words make a heading. */
const MAX_CHARS = 70;
const MAX_WORDS = 8;
/** Headings the alignment must tie to questions before it is believed. */
const MIN_MATCHES = 4;

interface Heading {
  line: number;
  start: number;
  end: number;
  depth: number;
  stems: string[];
}

/** Lines that may be headings: short, alone after a break, with text right below, not a sentence. */
function headingLines(text: string, lines: readonly ReplyLine[], markerLines: ReadonlySet<number>): Heading[] {
  const out: Heading[] = [];
  for (let li = 0; li + 1 < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank || markerLines.has(li)) continue;
    if (li > 0 && !lines[li - 1]!.blank) continue;
    const next = lines[li + 1]!;
    if (next.blank || next.depth !== L.depth) continue;
    const content = text.slice(L.contentStart, L.contentEnd);
    if (content.length > MAX_CHARS || /[.?!,;]$/.test(content) || /^[\d£$(]/.test(content) || /:\s*\S/.test(content) || isMessageBoundary(content)) continue;
    const words = wordTokens(content);
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    const s = stems(content);
    if (s.length === 0) continue;
    out.push({ line: li, start: L.contentStart, end: L.contentEnd, depth: L.depth, stems: s });
  }
  return out;
}

/**
 * Markers for questions answered under topic headings, when the reply's own markers label fewer
 * than a quarter of the questionnaire's questions. Empty when the headings do not align.
 */
export function topicHeadingMarkers(
  text: string,
  lines: readonly ReplyLine[],
  markers: readonly Marker[],
  questionnaire: Questionnaire | null,
  words: ReadonlyMap<string, QuestionWords>,
): Marker[] {
  if (!questionnaire) return [];
  const questions = questionnaire.questions;
  const real = questions.filter((q) => !q.heading).length;
  const labelled = new Set(markers.flatMap((m) => m.ids));
  if (labelled.size * 4 >= real) return [];
  const heads = headingLines(text, lines, new Set(markers.map((m) => m.line)));
  if (heads.length < MIN_MATCHES) return [];
  // Each question's topic words, and how rare each word is among the questions.
  const qStems = questions.map((q) => new Set(stems((words.get(q.id)?.tokens ?? []).join(' '))));
  const df = new Map<string, number>();
  for (const set of qStems) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string): number => Math.log(1 + questions.length / (df.get(w) ?? 0.5));
  const score = (h: Heading, j: number): number => {
    let hit = 0;
    let all = 0;
    for (const w of h.stems) {
      const x = idf(w);
      all += x;
      if (qStems[j]!.has(w)) hit += x;
    }
    return all > 0 ? hit / all : 0;
  };
  // best[i][j]: the best total over the first i headings and first j questions.
  const m = heads.length;
  const n = questions.length;
  const best: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  const pair: Float64Array[] = Array.from({ length: m }, () => new Float64Array(n));
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) pair[i]![j] = labelled.has(questions[j]!.id) ? 0 : score(heads[i]!, j);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const p = pair[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, p > 0 ? best[i - 1]![j - 1]! + p : 0);
    }
  }
  const matches: { h: Heading; id: string }[] = [];
  for (let i = m, j = n; i > 0 && j > 0; ) {
    const p = pair[i - 1]![j - 1]!;
    // Of questions a heading fits equally ("Portal uptake": the uptake across the authority, or
    // by residents), the earlier one.
    if (best[i]![j] === best[i]![j - 1]) j--;
    else if (p > 0 && best[i]![j] === best[i - 1]![j - 1]! + p) {
      matches.push({ h: heads[i - 1]!, id: questions[j - 1]!.id });
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  matches.reverse();
  // Believed only when most of what was tied is tied well: several headings, half of them
  // carrying at least half their weight in their question's words.
  const strong = matches.filter((x) => score(x.h, questions.findIndex((q) => q.id === x.id)) >= 0.5).length;
  if (matches.length < MIN_MATCHES || strong * 2 < matches.length) return [];
  return matches.map(({ h, id }) => ({ ids: [id], start: h.start, end: h.end, line: h.line, label: text.slice(h.start, h.end), quoteDepth: h.depth, unknownIds: [], byTopic: true }));
}

// ---------------------------------------------------------------------------------------------
// Letters that answer in running prose, in the request's order, naming no question at all:
// "The network currently comprises 87 cameras. Of those, 79 are fixed … Maintenance cost the
// Council £64,950 in 2024/25." Each sentence of the letter is scored against each question by how
// much of the question's topic it carries (rare words weigh more) and whether it holds a value of
// the question's type, and the alignment that keeps both orders and scores highest wins. A
// sentence may answer several questions in a row ("79 are fixed and the remaining 8 are
// redeployable"). The answers are found `prose`: offered, never auto-coded.

interface Sentence {
  start: number;
  end: number;
  line: number;
  depth: number;
  stems: Set<string>;
  text: string;
  /** The sentence and the rest of its paragraph (a value or a status may follow it). */
  rest: string;
}

/** A sentence about the request or the letter itself, not an answer. */
const LETTER_TALK_RE = /\b(?:your\s+(?:request|e-?mail|letter|enquiry)\b|request\s+for\s+information|internal\s+review|information\s+commissioner|yours\s+(?:sincerely|faithfully)|kind\s+regards|dear\s+\w|(?:thank|thanks)\s+(?:you\s+)?for\b|we\s+(?:received|acknowledge)\b|reference\s*(?:number|no\.?)?\s*:)/i;
/** A status said in words: a sentence saying it answers whatever its figures. */
const STATUS_WORDS_RE = /\b(?:not\s+(?:held|hold|recorded|record|available|applicable|obliged)|does\s+not|do\s+not|no\s+(?:information|records?|data)|exempt(?:ion)?|section\s+\d|s\.?\s?\d{2}\b|cost\s+limit|18\s+hours|attached|published|website|www\.|https?:)/i;
/** Abbreviations whose full stop ends no sentence. */
const ABBREV_RE = /(?:^|[\s(])(?:c|ca|approx|no|nos|st|mr|mrs|ms|dr|cllr|e\.g|i\.e|cf|vs|fig|para|p|pp|incl|est)\.$/i;
/** Sentences, and questions tied, before an alignment is believed. */
const MIN_SENTENCE_MATCHES = 4;
/** A pair scores at least this to be tied. */
const MIN_PAIR = 0.3;
const TYPED = new Set(['number', 'money', 'percent', 'year', 'duration']);

/** The letter's sentences outside marker lines and quoted text. */
function letterSentences(text: string, lines: readonly ReplyLine[], markerLines: ReadonlySet<number>): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, line: number, depth: number): void => {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const s = text.slice(start, end);
    if (s.length < 12 || LETTER_TALK_RE.test(s)) return;
    out.push({ start, end, line, depth, stems: new Set(stems(s)), text: s, rest: '' });
  };
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank || L.depth > 0 || markerLines.has(li)) continue;
    const content = text.slice(L.contentStart, L.contentEnd);
    if (isMessageBoundary(content)) continue;
    // A line opens a sentence when the line above ended one or was blank; a sentence inside the
    // line opens after ". " before a capital, a figure or "£".
    let s = L.contentStart;
    const prev = li > 0 ? lines[li - 1]! : null;
    const continues = prev && !prev.blank && prev.depth === 0 && !markerLines.has(li - 1) && !/[.!?:]["'”’)]?$/.test(text.slice(prev.contentStart, prev.contentEnd)) && !/^[-•*–]\s/.test(content);
    if (continues && out.length > 0 && out[out.length - 1]!.line >= li - 3) {
      // Extend the last sentence over this line up to its first sentence end.
      const last = out[out.length - 1]!;
      const m = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z£\d])/.exec(content);
      const stop = m ? L.contentStart + m.index + 1 : L.contentEnd;
      last.end = stop;
      last.text = text.slice(last.start, stop);
      last.stems = new Set(stems(last.text));
      if (!m) continue;
      s = L.contentStart + m.index + m[0].length;
    }
    const re = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z£\d])/g;
    re.lastIndex = s - L.contentStart;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const end = L.contentStart + m.index + 1;
      if (ABBREV_RE.test(text.slice(Math.max(s, end - 8), end))) continue;
      push(s, end, li, L.depth);
      s = L.contentStart + m.index + m[0].length;
    }
    if (s < L.contentEnd) push(s, L.contentEnd, li, L.depth);
  }
  for (const x of out) {
    const para = /\n[ \t]*\r?\n/.exec(text.slice(x.start, x.start + 400));
    x.rest = text.slice(x.start, x.start + (para ? para.index : 400));
  }
  return out;
}

/**
 * Markers for questions a prose letter answers in order without naming them, when the reply's own
 * markers label fewer than a quarter of the questionnaire's questions and nothing else found them.
 */
export function topicSentenceMarkers(
  text: string,
  lines: readonly ReplyLine[],
  markers: readonly Marker[],
  questionnaire: Questionnaire | null,
  words: ReadonlyMap<string, QuestionWords>,
  value: (sentence: string, question: Question) => boolean,
): Marker[] {
  if (!questionnaire) return [];
  const questions = questionnaire.questions;
  const real = questions.filter((q) => !q.heading).length;
  const labelled = new Set(markers.flatMap((m) => m.ids));
  if (labelled.size * 4 >= real) return [];
  const sentences = letterSentences(text, lines, new Set(markers.map((m) => m.line)));
  if (sentences.length < MIN_SENTENCE_MATCHES) return [];
  const qStems = questions.map((q) => new Set(stems((words.get(q.id)?.tokens ?? []).join(' '))));
  const df = new Map<string, number>();
  for (const set of qStems) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string): number => Math.log(1 + questions.length / (df.get(w) ?? 0.5));
  const score = (s: Sentence, j: number): number => {
    const q = questions[j]!;
    if (q.heading || labelled.has(q.id)) return 0;
    let hit = 0;
    let all = 0;
    let hits = 0;
    for (const w of qStems[j]!) {
      const x = idf(w);
      all += x;
      if (s.stems.has(w)) {
        hit += x;
        hits++;
      }
    }
    if (all === 0 || (hits < 2 && qStems[j]!.size > 2)) return 0;
    // A typed question is answered by a sentence with a value of its type, or one that says its status.
    const fit = !TYPED.has(q.type) || value(s.rest, q) || STATUS_WORDS_RE.test(s.rest) ? 1 : 0.5;
    const p = (hit / all) * fit;
    return p >= MIN_PAIR ? p : 0;
  };
  const m = sentences.length;
  const n = questions.length;
  const pair: Float64Array[] = Array.from({ length: m }, (_, i) => Float64Array.from(questions, (_q, j) => score(sentences[i]!, j)));
  // best[i][j]: the best total over the first i sentences and first j questions; question j may
  // take sentence i (the last one allowed), which earlier questions may have taken too.
  const best: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = 1; i <= m; i++) for (let j = 1; j <= n; j++) best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]! + pair[i - 1]![j - 1]!);
  const tied: { s: Sentence; ids: string[] }[] = [];
  for (let i = m, j = n; i > 0 && j > 0; ) {
    if (best[i]![j] === best[i - 1]![j]) i--;
    else {
      if (pair[i - 1]![j - 1]! > 0) {
        const s = sentences[i - 1]!;
        const last = tied[tied.length - 1];
        if (last && last.s === s) last.ids.unshift(questions[j - 1]!.id);
        else tied.push({ s, ids: [questions[j - 1]!.id] });
      }
      j--;
    }
  }
  tied.reverse();
  const count = tied.reduce((k, t) => k + t.ids.length, 0);
  if (tied.length < MIN_SENTENCE_MATCHES || count * 3 < real) return [];
  return tied.map(({ s, ids }) => ({ ids, start: s.start, end: s.start, line: s.line, label: '', quoteDepth: s.depth, unknownIds: [], inProse: true }));
}
