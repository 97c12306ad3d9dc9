// Answers under headings that name each question's topic instead of its number. A council may
// set its reply out "under headings that follow the order of your questions": "Population",
// "Portal uptake", "CRM go-live", each a short line above its answer, with no number and none
// of the question's own words in order. When a reply labels almost nothing, its short heading
// lines are aligned with the questionnaire's questions as one whole, in order: each heading
// scores by how much of it is words of a question (rare words weigh more), and the alignment
// that keeps both orders and scores highest wins (dynamic programming, headings × questions).
// Taken only when it ties several headings to questions; each match becomes a marker whose
// answer starts on the line after the heading.
import { isMessageBoundary, RESPONSE_HEADING_RE, wordTokens } from './markers';
import { DATED_RESPONSE_RE, DATED_ROW_RE, REQUESTER_TEXT_RE, topicStem } from './segment';
import type { QuestionWords, ReplyLine } from './segment';
import type { Marker, Question, Questionnaire } from './types';
import { stopWords } from './stopWords';
import { idsNamed } from './rangeClauses';

/** Words that name no topic. */
const STOP = stopWords('please provide number total all not question questions answer response');
/**
 * Everyday words for a question's topic word, folded onto its stem: a council's "expenditure" is
 * the request's "spend"; "an area of 364 square kilometres" is its "geographical" size; its
 * "title" is the "name"; "another" system is an "other" one, and one that runs "on its own" is
 * "stand-alone"; what is "centered" in one spelling is "centred" in the other; "take-up" is "uptake";
 * what was "spent" is the "spend".
 */
const FOLD: Readonly<Record<string, string>> = { expen: 'spend', outtu: 'spend', area: 'geogr', squar: 'geogr', hecta: 'geogr', acres: 'geogr', title: 'name', anoth: 'other', own: 'alone', cente: 'centr', take: 'uptak', spent: 'spend', share: 'perce', propo: 'perce' };
const stemOf = (w: string): string => {
  const t = topicStem(w);
  return FOLD[w.slice(0, 5)] ?? FOLD[t] ?? t;
};
const stems = (s: string): string[] => [...new Set(wordTokens(s).map((t) => t.word).filter((w) => w.length > 2 && !STOP.has(w)).map(stemOf))];

/** A sentence of the letter and the questions it answers. */
interface TiedSentence {
  s: Sentence;
  ids: string[];
}

/**
 * One question asked twice in a request: three quarters of each one's topic
 * words the other's ("Are the systems mainly centered around Residents or Properties?" and, at
 * the end, "Are the IT systems centred primarily around Residents or Properties?").
 */
export function asksTwice(a: Question, b: Question): boolean {
  if (!a.text || !b.text) return false;
  const x = new Set(stems(a.text));
  const y = new Set(stems(b.text));
  const common = [...x].filter((w) => y.has(w)).length;
  return common > 0 && common * 4 >= x.size * 3 && common * 4 >= y.size * 3;
}

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

/** Each question's topic stems, how many questions have each stem, and how rare it is among them. */
function topicWeights(questions: readonly Question[], words: ReadonlyMap<string, QuestionWords>): { qStems: Set<string>[]; examples: Set<string>[]; df: Map<string, number>; idf: (w: string) => number } {
  // A question's ask, not its elaboration: "How many accounts does the Council operate? Please
  // include … (e.g. libraries, parks, waste), on all platforms." is about accounts.
  const ask = (q: Question): string | null => {
    const t = q.text ?? '';
    const mark = t.indexOf('?');
    if (mark < 0 || !/\S/.test(t.slice(mark + 1))) return null;
    // (A choice's options after it are words of its answer: "Please choose one of: Parking
    // Services, Counter Fraud, Trading Standards, Other.")
    const options = /\b(?:choose|select)\b[^:]*:|\bone\s+of\s*:/i.exec(t.slice(mark + 1));
    const own = (t.slice(0, mark + 1) + (options ? ` ${t.slice(mark + 1 + options.index + options[0].length)}` : '')).replace(/\((?:e\.g\.|eg|for example|such as|i\.e\.)[^)]*\)/gi, ' ');
    return stems(own).length >= 2 ? own : null;
  };
  // (A list of periods is no topic: "as at the end of August 2020, end of November 2020, …" names
  // months every row of the answer names again. One period, "in 2022/23", tells questions apart.)
  const qStems = questions.map((q) => {
    const all = stems(ask(q) ?? (words.get(q.id)?.tokens ?? []).join(' '));
    const months = all.filter((w) => MONTH_STEM_RE.test(w)).length;
    return new Set(months >= 3 ? all.filter((w) => !MONTH_STEM_RE.test(w) && !/^\d/.test(w)) : all);
  });
  // ("What services are provided to Residents by the Authority (e.g. Taxi Licensing, Waste,
  // Education, Planning Applications, etc.)": the examples' words, which an answer may or may not
  // name, and which the question's other words do not hold.)
  const examples = questions.map((q, j) => {
    const t = q.text ?? '';
    const eg = [...t.matchAll(EXAMPLES_RE)].map((m) => m[1]!).join(' ');
    if (!eg) return new Set<string>();
    const outside = new Set(stems(t.replace(EXAMPLES_RE, ' ')));
    return new Set(stems(eg).filter((w) => !outside.has(w) && qStems[j]!.has(w)));
  });
  const df = new Map<string, number>();
  for (const set of qStems) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  return { qStems, examples, df, idf: (w: string): number => Math.log(1 + questions.length / (df.get(w) ?? 0.5)) };
}

/** A question's examples in brackets: "(e.g. Taxi Licensing, Waste, …)", "(for example …)", "(such as …)". */
const EXAMPLES_RE = /\((?:e\.\s?g\.?|eg|for\s+example|such\s+as)[,:]?\s+([^)]*)\)/gi;

/** A flattened table's first header cell: "Information requested", "Question", "Your request". */
const TABLE_HEAD_RE = /^(?:(?:the\s+|your\s+)?(?:information|details?|data)\s+(?:requested|asked\s+for|sought)|(?:your\s+)?(?:questions?|requests?)(?:\s+asked)?)\s*:?$/i;
/** Its second: "Council response", "Our answer", "Response". */
const TABLE_ANSWER_HEAD_RE = /^(?:(?:the\s+)?(?:council|council['’]s|our|authority['’]s|trust['’]s)\s+)?(?:responses?|answers?|repl(?:y|ies)|information\s+(?:provided|held|released))\s*:?$/i;
/** Lines that may be headings: short, alone after a break (or a flattened table's row title), with text right below, not a sentence. */
function headingLines(text: string, lines: readonly ReplyLine[], markerLines: ReadonlySet<number>): Heading[] {
  const out: Heading[] = [];
  const content = (li: number): string => text.slice(lines[li]!.contentStart, lines[li]!.contentEnd).trim();
  // ("Information requested" / "Council response" / "Total cost of festive lighting, 2023 season" /
  // "Total: £64,310" / "Contractor used in 2023" / "Lumenfold Events Ltd" …: a two-column table
  // flattened one cell a line under its header row; each row's first cell may head its answer, no
  // blank line above it.)
  const inTable = new Set<number>();
  for (let li = 0; li + 2 < lines.length; li++) {
    if (lines[li]!.blank || lines[li + 1]!.blank || !TABLE_HEAD_RE.test(content(li)) || !TABLE_ANSWER_HEAD_RE.test(content(li + 1))) continue;
    for (let k = li + 2; k < lines.length && !lines[k]!.blank; k++) inTable.add(k);
  }
  // (Not the letterhead above the letter's "Dear …": "BRYDON VALE DISTRICT COUNCIL" over
  // "Corporate Services" heads no answer.)
  const salutation = lines.findIndex((L) => /^dear\s+\S/i.test(text.slice(L.contentStart, L.contentEnd)));
  for (let li = Math.max(0, salutation); li + 1 < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank || markerLines.has(li)) continue;
    if (li > 0 && !lines[li - 1]!.blank && !inTable.has(li)) continue;
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
  /** Markers that only quote the request (they answer nothing): no labels, though their lines are no headings. */
  quotedOnly: (m: Marker) => boolean = () => false,
): Marker[] {
  if (!questionnaire) return [];
  const questions = questionnaire.questions;
  const real = questions.filter((q) => !q.heading).length;
  const labelled = new Set(markers.filter((m) => !quotedOnly(m)).flatMap((m) => m.ids));
  if (labelled.size * 4 >= real) return [];
  const heads = headingLines(text, lines, new Set(markers.map((m) => m.line)));
  if (heads.length < MIN_MATCHES) return [];
  const { qStems, idf } = topicWeights(questions, words);
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
  // ("Total cost of festive lighting, 2023 season" / "Total: £64,310" / "Comparison with 2022
  // season" / "The equivalent total for 2022 was …": two headings of one question in a row, both in
  // its words; the first opens its answer, and the second is a part of it.)
  for (let k = 0; k < matches.length; k++) {
    const j = questions.findIndex((q) => q.id === matches[k]!.id);
    const after = k > 0 ? matches[k - 1]!.h.line : -1;
    const earlier = heads.find((h) => h.line > after && h.line < matches[k]!.h.line && pair[heads.indexOf(h)]![j]! >= 0.5);
    if (earlier) matches[k] = { h: earlier, id: matches[k]!.id };
  }
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

const EMPTY: ReadonlySet<string> = new Set();

interface Sentence {
  start: number;
  end: number;
  line: number;
  depth: number;
  stems: ReadonlySet<string>;
  text: string;
  /** The sentence and the rest of its paragraph (a value or a status may follow it). */
  rest: string;
  /** Which message of the thread it is in (a header line such as "From:" starts the next). */
  block: number;
}

/** A sentence about the request or the letter itself, not an answer. */
const LETTER_TALK_RE = /\b(?:your\s+(?:request|e-?mail|letter|enquiry)\b|request\s+for\s+information|internal\s+review|information\s+commissioner|yours\s+(?:sincerely|faithfully)|kind\s+regards|dear\s+\w|(?:thank|thanks)\s+(?:you\s+)?for\b|we\s+(?:received|acknowledge)\b|reference\s*(?:number|no\.?)?\s*:)/i;
/** A status said in words: a sentence saying it answers whatever its figures. */
const STATUS_WORDS_RE = /\b(?:not\s+(?:held|hold|recorded|record|available|applicable|obliged)|(?:not\s+|un)able\s+to\s+(?:say|tell|provide|give|identify|confirm)\b|does\s+not|do\s+not|no\s+(?:information|records?|data)|no\s+(?:[\w-]+\s+){1,5}(?:is|are|was|were)\s+(?:held|recorded|available)\b|exempt(?:ion)?|section\s+\d|s\.?\s?\d{2}\b|cost\s+limit|18\s+hours|attached|published|website|www\.|https?:|see\s+(?:note|footnote)\s+\w{1,3}\b)/i;
/** "… the questions for authorities without one do not apply", "these questions are not applicable". */
const NOT_APPLY_RE = /\bquestions\b([^.!?]{0,80})\b(?:do\s*(?:not|n['’]t)\s+(?:apply|arise)|(?:are|were)\s+not\s+applicable)\b/i;
/** Month names, stemmed or cut short. */
const MONTH_STEM_RE = /^(?:janua|jan|febru|feb|march|mar|april|apr|may|june|jun|july|jul|augus|aug|septe|sept|sep|octob|oct|novem|nov|decem|dec)$/;
/** A letter's words about the request it answers: "your request", "our response". */
const ANSWERING_RE = /\byour\s+(?:request|e-?mail|letter|enquiry|questions)\b|\bour\s+(?:response|reply|answers?)\b/i;
/** Abbreviations whose full stop ends no sentence. */
const ABBREV_RE = /(?:^|[\s(])(?:c|ca|approx|no|nos|st|mr|mrs|ms|dr|cllr|e\.g|i\.e|cf|vs|fig|para|p|pp|incl|est)\.$/i;
/** Sentences, and questions tied, before an alignment is believed. */
const MIN_SENTENCE_MATCHES = 4;
/** A pair scores at least this to be tied. */
const MIN_PAIR = 0.3;
/** A question answered out of the request's order is tied only by a sentence carrying this much of its words. */
const OUT_OF_ORDER_PAIR = 0.5;
const TYPED = new Set(['number', 'money', 'percent', 'year', 'duration']);

/** The letter's sentences outside marker lines and quoted text. */
function letterSentences(text: string, lines: readonly ReplyLine[], markerLines: ReadonlySet<number>): Sentence[] {
  const out: Sentence[] = [];
  // The sentence the previous line left open (it ran to the line's end without a full stop).
  const state = { open: null as Sentence | null, block: 0 };
  const push = (start: number, end: number, line: number, depth: number, atLineEnd: boolean): void => {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const s = text.slice(start, end);
    // ("… questions 2 to 6 of your request do not apply": a sentence that names questions answers them.)
    // (A few words left open at a line's end after a sentence, "… leisure facilities. We do not",
    // start the sentence the next line goes on with; not a heading's word, "6.  Systems".)
    const before = text.slice(lines[line]!.contentStart, start);
    // (After a year too: "… which we launched in 2015. We do not".)
    const opens = atLineEnd && /\S\s+\S/.test(s) && /(?:[a-z)]{2}|\b\d{4})\s*[.!?]["'”’)]?\s+$/.test(before);
    if ((s.length < 12 && !opens) || (LETTER_TALK_RE.test(s) && !/\b(?:questions?|qs?)\s?\.?\s?\d/i.test(s))) return;
    const sentence: Sentence = { start, end, line, depth, stems: EMPTY, text: s, rest: '', block: state.block };
    out.push(sentence);
    if (atLineEnd) state.open = sentence;
  };
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    const last = state.open;
    state.open = null;
    if (L.blank || L.depth > 0 || markerLines.has(li)) continue;
    const content = text.slice(L.contentStart, L.contentEnd);
    if (isMessageBoundary(content)) {
      state.block++;
      continue;
    }
    // ("Response 09-04-2020" over the letter's first sentence, no blank line between: a heading.)
    // ("… please ignore my final request," / "Response" / "I can confirm …": the heading ends the
    // requester's sentence the line above left open.)
    if (DATED_RESPONSE_RE.test(content) || RESPONSE_HEADING_RE.test(content.trim())) continue;
    // ("| Pre-application enquiries received | 377 |": a table's row is a sentence of its own, its
    // measure's words and its figure; the rule under the header row is none.)
    if (/^\s*\|.*\|\s*$/.test(content)) {
      if (/[\p{L}\d]/u.test(content)) push(L.contentStart, L.contentEnd, li, L.depth, false);
      continue;
    }
    // A line opens a sentence when the line above ended one or was blank; a sentence inside the
    // line opens after ". " before a capital, a figure or "£".
    let s = L.contentStart;
    // (Not over a line that opens with a capital after a figure: "The total came to £23,410.50" /
    // "The largest single cost was £2,180." are two sentences whose stops the page lost. Rows of a
    // table, their cells spaced apart, are left as they were read.)
    if (last && !/^[-•*–]\s/.test(content) && !(/\d$/.test(last.text) && /^[A-Z][a-z]/.test(content) && !/\S {3,}\S/.test(last.text + content))) {
      // Extend the sentence the line above left open over this line, up to its first sentence end.
      const m = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z£\d])/.exec(content);
      const stop = m ? L.contentStart + m.index + 1 : L.contentEnd;
      last.end = stop;
      last.text = text.slice(last.start, stop);
      if (!m) {
        // The sentence runs on unless this line ends it.
        if (!/[.!?:]["'”’)]?$/.test(content)) state.open = last;
        continue;
      }
      s = L.contentStart + m.index + m[0].length;
    }
    const re = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z£\d])/g;
    re.lastIndex = s - L.contentStart;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const end = L.contentStart + m.index + 1;
      if (ABBREV_RE.test(text.slice(Math.max(s, end - 8), end))) continue;
      push(s, end, li, L.depth, false);
      s = L.contentStart + m.index + m[0].length;
    }
    if (s < L.contentEnd) push(s, L.contentEnd, li, L.depth, !/[.!?:]["'”’)]?$/.test(content));
  }
  for (const x of out) {
    x.stems = new Set(stems(x.text));
    const para = /\n[ \t]*\r?\n/.exec(text.slice(x.start, x.start + 400));
    x.rest = text.slice(x.start, x.start + (para ? para.index : 400));
    // ("Longest waiting patients in Dermatology (in days)" / (a blank line) / "May 2022 311": a title
    // alone in its paragraph reads on into the one below it.)
    // (Rows of dates and figures only; a paragraph of prose below a heading is its own sentences.)
    // (Past the table's header row: "Month ending   Longest wait in days".)
    if (para && !/[.!?:;,]["'”’)]?$/.test(x.rest.trim()) && !x.rest.trim().includes('\n')) {
      const paraBelow = /^\s*\S[^]*?(?=\n[ \t]*\r?\n|$)/g;
      let at = x.start + para.index;
      for (let k = 0; k < 2; k++) {
        paraBelow.lastIndex = 0;
        const below = paraBelow.exec(text.slice(at, x.start + 600));
        if (!below) break;
        if (DATED_ROW_RE.test(below[0].trim())) {
          x.rest = text.slice(x.start, at + below[0].length);
          break;
        }
        if (/[.!?:;,]["'”’)]?$/.test(below[0].trim()) || /\d/.test(below[0]) || below[0].trim().includes('\n')) break;
        at += below[0].length;
      }
    }
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
  // A question found by its quoted words (no label) is the request quoted, not an answer's label.
  const labelled = new Set(markers.filter((m) => m.label !== '' || m.inProse || m.byTopic).flatMap((m) => m.ids));
  // (Questions named in the prose are no labels: the letter still answers the others in order.)
  // (Nor headings naming one question each of their sections: the sentences below answer the rest.)
  if (new Set(markers.filter((m) => m.label !== '' && !m.inProse && !m.byTopic).flatMap((m) => m.ids)).size * 4 >= real) return [];
  // (A question named inside a sentence, "…, so question 13d does not arise", leaves its line to the sentences.)
  const skip = new Set(markers.filter((m) => !(m.inProse && m.start > lines[m.line]!.contentStart)).map((m) => m.line));
  // ("Questions 10 a) and b) – falls" / "" / "Careline's system does not record falls …": the
  // paragraph under a label's title is that label's answer, not sentences for other questions.)
  for (const m of markers) {
    if (m.label === '' || m.inProse || m.byTopic) continue;
    const rest = text.slice(m.end, lines[m.line]!.contentEnd);
    if (/\d/.test(rest) || rest.trim().split(/\s+/).length > 6 || !lines[m.line + 1]?.blank) continue;
    let li = m.line + 1;
    while (li < lines.length && lines[li]!.blank) li++;
    for (; li < lines.length && !lines[li]!.blank; li++) skip.add(li);
  }
  const sentences = letterSentences(text, lines, skip);
  // (A request of fewer questions needs as many sentences, each of them tied below; not where the
  // letter names its questions, "The council runs 12 libraries (question 1).": the names say.)
  const need = sentences.some((s) => /\b(?:questions?|qs?)\s?\.?\s?\d/i.test(s.text)) ? MIN_SENTENCE_MATCHES : Math.min(MIN_SENTENCE_MATCHES, real);
  if (sentences.length < need) return [];
  const { qStems, examples, df, idf } = topicWeights(questions, words);
  // "As the Council has a CRM system, your questions 13a to 13d do not apply": a sentence that
  // names questions answers them.
  const namedIn = new Map<Sentence, string[]>();
  for (const s of sentences) {
    // Only a sentence: a title naming its questions ("Enforcement (your question 3)") heads the answer.
    // ("… so the questions under your heading 12 do not apply": a heading's number names it.)
    const at = /[.!?]["'”’)]?$/.test(s.text) ? /\b(?:questions?|qs?|heading)\s?\.?\s?\d/i.exec(s.text) : null;
    // (A heading named is its parts: "the questions under your heading 12".)
    if (at) namedIn.set(s, idsNamed(s.text.slice(at.index), questionnaire).flatMap((id) => (questionnaire.byId.get(id)?.heading ? [id, ...questions.filter((q) => q.parent === id).map((q) => q.id)] : [id])));
    // ("As we have a CRM, the questions for authorities without one do not apply.": the questions
    // named by their condition, a heading "If the Authority does not have a CRM system:" over its
    // parts, its words in the sentence.)
    else if (NOT_APPLY_RE.test(s.text) && !/\d/.test(s.text)) {
      // (Of two such headings, "If the Authority has …" and "If the Authority does not have …", the
      // one the "without" or "not" of the questions it names agrees with.)
      const about = NOT_APPLY_RE.exec(s.text)![1]!;
      const own = new Set(stems(s.text));
      const negative = (t: string): boolean => /\b(?:not|without|no|n['’]t)\b/i.test(t);
      const fit = (q: Question): number => stems(q.text ?? '').filter((w) => own.has(w)).length + (negative(q.text ?? '') === negative(about) ? 2 : 0);
      const ranked = questions.filter((q) => q.heading && /^\W*if\b/i.test(q.text ?? '') && stems(q.text ?? '').some((w) => own.has(w))).sort((a, b) => fit(b) - fit(a));
      const heading = ranked[0] && (ranked.length === 1 || fit(ranked[0]) > fit(ranked[1]!)) ? ranked[0] : undefined;
      const parts = heading ? questions.filter((q) => q.parent === heading.id).map((q) => q.id) : [];
      if (parts.length > 0) namedIn.set(s, [heading!.id, ...parts]);
    }
  }
  const score = (s: Sentence, j: number): number => {
    const q = questions[j]!;
    // (Nor a sentence that says where the answers are: "We have answered questions 1 to 9 and 11
    // below, grouped by subject.")
    // (One that gives a figure of its own, "We responded to 412 requests, as set out below", answers.)
    if (q.heading || labelled.has(q.id) || (ROADMAP_RE.test(s.text) && !/\d/.test(s.text.replace(/\b(?:questions?|qs?)\s?\.?\s?\d[\w ,&–-]*/gi, ' ')))) return 0;
    if (namedIn.get(s)?.includes(q.id)) return 1;
    let hit = 0;
    let all = 0;
    let hits = 0;
    // (A question's examples count where the sentence names them, and only beside one of its own
    // words: "We provide the usual range of district council services: refuse …, planning …,
    // licensing …" for "What services are provided … (e.g. Taxi Licensing, Waste, …)".)
    let named = 0;
    let namedHits = 0;
    let absent = 0;
    for (const w of qStems[j]!) {
      const x = idf(w);
      // (An example the sentence does not name weighs half: "How many … interact with at least
      // one other system (e.g. using API calls)?" is not answered by "one hundred and ten
      // applications" for want of its examples.)
      if (examples[j]!.has(w)) {
        if (s.stems.has(w)) {
          named += x;
          namedHits++;
        } else absent += x / 2;
        continue;
      }
      all += x;
      if (s.stems.has(w)) {
        hit += x;
        hits++;
      }
    }
    // (Or a list of three of its examples at least, weighed against the examples alone: "As a
    // district council we provide waste and recycling collection, planning, … licensing (including
    // taxi licensing) …"; not two named in passing, "council tax, planning and waste rounds".)
    if (hit > 0) {
      hit += named;
      all += named + absent;
      hits += namedHits;
    } else if (namedHits >= 3) {
      hit = named;
      all = named + absent;
      hits = namedHits;
    }
    // A typed question is answered by a sentence with a value of its type, or one that says its status.
    const given = TYPED.has(q.type) && value(s.rest, q);
    const fit = !TYPED.has(q.type) || given || STATUS_WORDS_RE.test(s.rest) ? 1 : 0.5;
    // One word of the question is enough when no other question has it and the sentence gives a
    // value of its type ("It went live in October 2010" for "When did the CRM system go live?").
    const unique = hits === 1 && given && [...qStems[j]!].some((w) => s.stems.has(w) && df.get(w) === 1);
    if (all === 0 || (hits < Math.min(2, qStems[j]!.size) && !unique)) return 0;
    const p = (hit / all) * fit;
    return p >= MIN_PAIR ? p : unique ? MIN_PAIR : 0;
  };
  // The request quoted in the reply: a question ("…?"), a sentence that is one question's words
  // and nothing more, or one that holds the words of several ("Please tell me: 1) … 2) …").
  const quoted = (s: Sentence): boolean => {
    if (/\?["'”’)]?$/.test(s.text)) return true;
    const figures = s.text.match(/\d[\d,.]*\d|\d/g) ?? [];
    let whole = 0;
    let all = 0;
    for (const w of s.stems) all += idf(w);
    for (let j = 0; j < n; j++) {
      if (questions[j]!.heading) continue;
      // A question of one or two topic words is covered by any sentence on its topic.
      if (qStems[j]!.size < 3 || ![...qStems[j]!].every((w) => s.stems.has(w))) continue;
      let inQ = 0;
      for (const w of s.stems) if (qStems[j]!.has(w)) inQ += idf(w);
      // A sentence with a figure the question does not hold gives it, not asks it.
      const own = questions[j]!.text ?? '';
      if ((inQ >= all * 0.85 && figures.every((f) => own.includes(f))) || ++whole >= 3) return true;
    }
    return false;
  };
  const n = questions.length;
  // A message of the thread that quotes the request (two questions in its sentences, or one found
  // by its words) is the requester's, all of it.
  // (By the message boundaries above the line, as the sentences count them: a request quoted below
  // "-----Original Message-----" and its header lines is in a block of its own, though no sentence
  // of it is read.)
  // (Counted once, line by line: each quoted question asks for its block more than once.)
  const boundaryAt = lines.map((L) => isMessageBoundary(text.slice(L.contentStart, L.contentEnd)));
  const blocksBefore: number[] = [0];
  for (let li = 0; li < lines.length; li++) blocksBefore.push(blocksBefore[li]! + (boundaryAt[li] ? 1 : 0));
  const blockOf = (line: number): number => blocksBefore[Math.min(line, lines.length)]!;
  // (Only in a thread: a letter of one message that quotes the request at its top, "I note you seek
  // the following information: …", answers it below.)
  const thread = sentences.some((s) => s.block > 0);
  const quotedMarks = markers.filter((m) => m.label === '' && !m.inProse && !m.byTopic);
  // (Not the message that answers it: "Dear Requester, We have set out your request, together with
  // our response below." quotes the request above its answers.)
  const answering = new Set<number>();
  if (thread) {
    for (const m of quotedMarks) {
      let li = m.line - 1;
      while (li > 0 && !boundaryAt[li]) li--;
      if (ANSWERING_RE.test(text.slice(lines[Math.max(li, 0)]!.start, lines[m.line]!.start))) answering.add(blockOf(m.line));
    }
  }
  const requestBlocks = new Set(quotedMarks.map((m) => blockOf(m.line)).filter((b) => thread && !answering.has(b)));
  const quotedIn = new Map<number, number>();
  for (const s of sentences) if (quoted(s)) quotedIn.set(s.block, (quotedIn.get(s.block) ?? 0) + 1);
  if (thread) for (const [b, k] of quotedIn) if (k >= 2) requestBlocks.add(b);
  // (In a letter of one message, the request it quotes is the stretch from its first quoted question
  // to its last, with the requester's own words after it: "Can I have data from the last five years".
  // So in the message of a thread that answers it.)
  const quotedLines = quotedMarks.filter((m) => !thread || answering.has(blockOf(m.line))).map((m) => m.line);
  const inRequest = (s: Sentence): boolean => quotedLines.length >= 3 && s.line >= Math.min(...quotedLines) && s.line <= Math.max(...quotedLines);
  // (A title above the request quoted whole, "FOI 56-24: Information regarding items stolen from …",
  // names the request's topic; it answers nothing.)
  // (Its first line, though a letterhead's lines run on into the first sentence below it.)
  const firstLine = lines.findIndex((L) => !L.blank);
  const titleAbove = (s: Sentence): boolean => quotedLines.length >= 3 && s.line < Math.min(...quotedLines) && (s.line === firstLine || !/[.!]["'”’)]?$/.test(s.text));
  const kept = sentences.filter((s) => !requestBlocks.has(s.block) && !quoted(s) && !inRequest(s) && !titleAbove(s) && !(!thread && REQUESTER_TEXT_RE.test(s.text)));
  sentences.length = 0;
  sentences.push(...kept);
  const m = sentences.length;
  const pair: Float64Array[] = Array.from({ length: m }, (_, i) => Float64Array.from(questions, (_q, j) => score(sentences[i]!, j)));
  // ("The figures for 2023/24 are given in the table, and the remaining points are answered in the
  // paragraphs that follow": a table of measures, one row each, in an order of its own beside the
  // prose's. Its rows are left out of the prose's alignment and aligned by themselves below.)
  const rows = sentences.map((x, i) => (/^\s*\|/.test(x.text) ? i : -1)).filter((i) => i >= 0);
  const rowPair = rows.length >= 2 ? rows.map((i) => pair[i]!) : [];
  if (rows.length >= 2) for (const i of rows) pair[i] = new Float64Array(n);
  // best[i][j]: the best total over the first i sentences and first j questions; question j may
  // take sentence i (the last one allowed), which earlier questions may have taken too.
  // A sentence with one figure answers one typed question: a second typed question that takes the
  // same sentence right after it counts half ("… received 318 reports. We removed 47 of these …"
  // gives the removals their own sentence).
  const best: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  const holds: Uint8Array[] = Array.from({ length: m + 1 }, () => new Uint8Array(n + 1));
  const figures = sentences.map((s) => (s.text.replace(/\b(?:19|20)\d\d(?:\s?[/-]\s?\d{2,4})?\b/g, ' ').match(/\d[\d,.]*/g) ?? []).length);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const shared = j > 1 && holds[i]![j - 1] === 1 && TYPED.has(questions[j - 1]!.type) && TYPED.has(questions[j - 2]!.type) && figures[i - 1]! < 2;
      const take = best[i]![j - 1]! + pair[i - 1]![j - 1]! * (shared ? 0.5 : 1);
      const skip = best[i - 1]![j]!;
      best[i]![j] = Math.max(skip, take);
      holds[i]![j] = take > skip && pair[i - 1]![j - 1]! > 0 ? 1 : 0;
    }
  }
  const tied: TiedSentence[] = [];
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
  // Of questions tied to one sentence, one whose words there are a part of another's ("What services
  // do the libraries provide?" beside "the staff cost of the library service") is not answered by it.
  // (Not when the sentence splits into a clause for each question, in order, and its own clause
  // holds two of its words at least: "We do not offer an online portal for residents, so we are
  // unable to give an uptake figure; … single sign-on does not apply" answers the portal, its uptake
  // and single sign-on.)
  for (const t of tied) {
    if (t.ids.length < 2) continue;
    const stemsOfId = (id: string): ReadonlySet<string> => qStems[questions.findIndex((q) => q.id === id)]!;
    const hitSet = (id: string): string[] => [...stemsOfId(id)].filter((w) => t.s.stems.has(w));
    const sets = new Map(t.ids.map((id) => [id, hitSet(id)] as const));
    const named = namedIn.get(t.s) ?? [];
    const clauses = clausesOf(text, t.s, t.ids, stemsOfId);
    // (Its clause is its own: no other question tied there has more of its words in it.)
    const ownClause = (id: string): boolean => {
      if (!clauses) return false;
      const k = t.ids.indexOf(id);
      const own = new Set(stems(text.slice(k === 0 ? t.s.start : clauses[k]!, k + 1 < clauses.length ? clauses[k + 1]! : t.s.end)));
      const hits = (x: string): number => [...stemsOfId(x)].filter((w) => own.has(w)).length;
      return hits(id) >= 2 && t.ids.every((other) => hits(other) <= hits(id));
    };
    t.ids = t.ids.filter((id) => named.includes(id) || ownClause(id) || !t.ids.some((other) => other !== id && sets.get(other)!.length > sets.get(id)!.length && sets.get(id)!.every((w) => sets.get(other)!.includes(w))));
  }
  // (A question left between two tied in order, with one sentence left between theirs that gives a
  // value of its type, takes it: "Pumps were hired on 41 occasions …" / "The total spend … £23,410.50"
  // / "The largest cost … was £2,180." answers the cost asked between the hires and the largest cost.)
  // (Several sentences between, only one of them giving a value of the question's type: "Four
  // centres had council-funded lights in 2023:" / "Sulcombe, Ashby Marsh, Kettleford and Pennock Green.")
  const fillGaps = (): void => {
  for (let k = tied.length - 1; k > 0; k--) {
    const a = tied[k - 1]!;
    const b = tied[k]!;
    const qa = questions.findIndex((x) => x.id === a.ids[a.ids.length - 1]);
    const qb = questions.findIndex((x) => x.id === b.ids[0]);
    const taken = new Set(tied.flatMap((t) => t.ids));
    const between = questions.slice(qa + 1, qb).filter((x) => !x.heading && !labelled.has(x.id) && !taken.has(x.id));
    const gap = sentences.slice(sentences.indexOf(a.s) + 1, sentences.indexOf(b.s));
    const valued = between.length === 1 && TYPED.has(between[0]!.type) ? gap.filter((g) => value(g.text, between[0]!)) : [];
    // (Of several, the one in the question's words: not "Glenmarsh Council – Page 1 of 2".)
    const own = (g: Sentence): boolean => gap.length === 1 || [...qStems[questions.indexOf(between[0]!)]!].some((w) => g.stems.has(w) && !qStems[qa]!.has(w) && !qStems[qb]!.has(w));
    if (valued.length === 1 && gap.length <= 3 && own(valued[0]!)) tied.splice(k, 0, { s: valued[0]!, ids: [between[0]!.id] });
  }
  };
  fillGaps();
  // ("No compliance notices were served in 2023/24 and no enforcement expenses were recovered.":
  // one sentence tied to one question, its other clause answering the question next to it in
  // order: more of that question's words than the tied one's, and a value of its type where it asks
  // for one.)
  const tiedIds = new Set(tied.flatMap((t) => t.ids));
  const stemsOf = (id: string): ReadonlySet<string> => qStems[questions.findIndex((q) => q.id === id)]!;
  for (const t of tied) {
    if (t.ids.length !== 1 || t.s.text.search(CLAUSE_RE) < 0) continue;
    const j = questions.findIndex((q) => q.id === t.ids[0]);
    for (const k of [j - 1, j + 1]) {
      const q = questions[k];
      if (!q || q.heading || tiedIds.has(q.id)) continue;
      const ids = k < j ? [q.id, t.ids[0]!] : [t.ids[0]!, q.id];
      const clauses = clausesOf(text, t.s, ids, stemsOf);
      if (!clauses) continue;
      const at = ids.indexOf(q.id);
      const own = text.slice(at === 0 ? t.s.start : clauses[at]!, at === 0 ? clauses[1]! : t.s.end);
      // (The clause must be more the neighbour's than the tied question's own.)
      const ownStems = stems(own);
      const hits = ownStems.filter((w) => stemsOf(q.id).has(w)).length;
      const tiedHits = ownStems.filter((w) => stemsOf(t.ids[0]!).has(w)).length;
      // (As many of each's words, where the tied question has more of its own in the other clause:
      // "Gross revenue expenditure in 2017/18 was £49.3m, of which software licences … accounted
      // for £388,150" answers the spend first, the licences after.)
      const other = text.slice(at === 0 ? clauses[1]! : t.s.start, at === 0 ? t.s.end : clauses[1]!);
      const tiedElsewhere = stems(other).filter((w) => stemsOf(t.ids[0]!).has(w)).length;
      if (hits < tiedHits || (hits === tiedHits && tiedElsewhere <= tiedHits) || (TYPED.has(q.type) && !value(own, q))) continue;
      t.ids = ids;
      tiedIds.add(q.id);
      break;
    }
  }
  // ("We do not record how many of these are stand-alone and how many exchange data with another
  // system, so we cannot give you either of those figures.": a sentence that answers two questions
  // at once says so; the question next to the tied one, untied and with two of its words there,
  // is the other.)
  for (const t of tied) {
    if (t.ids.length !== 1 || !BOTH_RE.test(t.s.text)) continue;
    const j = questions.findIndex((q) => q.id === t.ids[0]);
    for (const k of [j - 1, j + 1]) {
      const q = questions[k];
      if (!q || q.heading || tiedIds.has(q.id) || labelled.has(q.id) || q.parent !== questions[j]!.parent) continue;
      if ([...qStems[k]!].filter((w) => t.s.stems.has(w)).length < 2) continue;
      t.ids = k < j ? [q.id, t.ids[0]!] : [t.ids[0]!, q.id];
      tiedIds.add(q.id);
      break;
    }
  }
  // (The table's rows, aligned with the questions by themselves: a question a row carries better
  // than the sentence the prose tied it to takes the row.)
  if (rows.length >= 2) {
    const r = rows.length;
    const rb: Float64Array[] = Array.from({ length: r + 1 }, () => new Float64Array(n + 1));
    for (let i = 1; i <= r; i++) for (let j = 1; j <= n; j++) rb[i]![j] = Math.max(rb[i - 1]![j]!, rb[i]![j - 1]!, rb[i - 1]![j - 1]! + rowPair[i - 1]![j - 1]!);
    const scoreOf = (id: string): number => {
      const t = tied.find((x) => x.ids.includes(id));
      return t ? pair[sentences.indexOf(t.s)]![questions.findIndex((q) => q.id === id)]! : 0;
    };
    for (let i = r, j = n; i > 0 && j > 0; ) {
      const here = rb[i]![j]!;
      if (here === rb[i - 1]![j]!) i--;
      else if (here === rb[i]![j - 1]!) j--;
      else {
        const row = sentences[rows[i - 1]!]!;
        const id = questions[j - 1]!.id;
        const p = rowPair[i - 1]![j - 1]!;
        if (p > 0 && p > scoreOf(id) && !tied.some((x) => x.s === row)) {
          for (const x of tied) x.ids = x.ids.filter((y) => y !== id);
          tied.push({ s: row, ids: [id] });
          tiedIds.add(id);
        }
        i--;
        j--;
      }
    }
    for (let k = tied.length - 1; k >= 0; k--) if (tied[k]!.ids.length === 0) tied.splice(k, 1);
  }
  // ("Of the 2023 cost, £6,000 was met by a contribution from the Business Improvement District." in
  // the paragraph on the cost, then "The lights were put up and taken down by Holloway & Venn …":
  // a question the letter answers out of the request's order, in a sentence no other question
  // took, that carries much of its words, is tied there too.)
  // (Only in a letter the request's order already reads: they never make the alignment believed.)
  let outOfOrder = 0;
  {
    const taken = new Set(tied.flatMap((t) => t.ids));
    const used = new Set(tied.map((t) => t.s));
    // (Or one asked twice in the request, "Are the systems mainly centred around residents or
    // properties?" and again at the end: the sentence that answers the other answers it too.)
    const twins = (j: number, k: number): boolean => j !== k && !questions[k]!.heading && asksTwice(questions[j]!, questions[k]!);
    const twinOf = (j: number, s: Sentence): TiedSentence | undefined => tied.find((x) => x.s === s && x.ids.some((id) => twins(j, questions.findIndex((q) => q.id === id))));
    for (let j = 0; j < n; j++) {
      if (taken.has(questions[j]!.id) || questions[j]!.heading || labelled.has(questions[j]!.id)) continue;
      let at = -1;
      for (let i = 0; i < m; i++) if ((!used.has(sentences[i]!) || twinOf(j, sentences[i]!)) && pair[i]![j]! >= OUT_OF_ORDER_PAIR && (at < 0 || pair[i]![j]! > pair[at]![j]!)) at = i;
      if (at < 0) continue;
      const twin = twinOf(j, sentences[at]!);
      if (twin) {
        tied.push({ s: twin.s, ids: [questions[j]!.id] });
        taken.add(questions[j]!.id);
        continue;
      }
      if ([...pair[at]!].some((p, k) => k !== j && p > pair[at]![j]! && !twins(j, k))) continue;
      used.add(sentences[at]!);
      taken.add(questions[j]!.id);
      tied.push({ s: sentences[at]!, ids: [questions[j]!.id] });
      outOfOrder++;
    }
    tied.sort((a, b) => a.s.start - b.s.start);
  }
  if (outOfOrder > 0) fillGaps();
  // (Questions the prose names count too: a letter that names most of its questions leaves few to tie.)
  const named = new Set(markers.filter((m) => m.inProse).flatMap((m) => m.ids)).size;
  const count = tied.reduce((k, t) => k + t.ids.length, 0) + named;
  // (Fewer sentences will do when one names its questions and half the questions are tied:
  // "… questions 2 to 6 of your request do not apply.")
  const naming = tied.some((t) => (namedIn.get(t.s)?.length ?? 0) > 0);
  const inOrder = tied.length - outOfOrder;
  if ((inOrder < need && !((naming || named > 0) && inOrder >= 2 && (count - outOfOrder) * 2 >= real)) || (count - outOfOrder) * 3 < real) return [];
  const out: Marker[] = [];
  const lineOf = (offset: number, from: number): number => {
    let li = from;
    while (li + 1 < lines.length && lines[li + 1]!.start <= offset) li++;
    return li;
  };
  for (const t of tied) {
    // "Pay costs came to £27.3 million in total. This is made up of £25.1 million for employees …":
    // a sentence that goes on from the one before it ("This is made up of", "Of these") answers
    // with it, from where that one starts (in the same paragraph, not tied to another question).
    const k = sentences.indexOf(t.s);
    const before = k > 0 ? sentences[k - 1]! : null;
    const free = !!before && !tied.some((o) => o.s === before) && !/\n[ \t]*\n/.test(text.slice(before.end, t.s.start)) && before.block === t.s.block;
    if (free && CARRIES_ON_RE.test(t.s.text)) t.s = { ...t.s, start: before!.start, line: before!.line };
    // "Pay costs for directly employed staff were £17,660,400. Agency staff and contractors are paid
    // from service budgets … we do not hold a total for them.": tied by its words to a sentence that
    // gives none of the figure asked, the question is answered from the one before, which gives it
    // in some of its words.
    else if (free && t.ids.length === 1) {
      const j = questions.findIndex((q) => q.id === t.ids[0]);
      const q = questions[j]!;
      // (Not in a paragraph that refuses: "… around 2,400 in 2023/24. To identify complaints about
      // officers we would need to read each record … well over the 18 hours …": the figure is the
      // context of the refusal.)
      const after = text.slice(t.s.start, t.s.start + 2000);
      const para = text.slice(before!.start, t.s.start + (/\n[ \t]*\n/.exec(after)?.index ?? after.length));
      if (TYPED.has(q.type) && !value(t.s.text, q) && value(before!.text, q) && [...qStems[j]!].some((w) => before!.stems.has(w)) && !REFUSES_RE.test(para)) t.s = { ...t.s, start: before!.start, line: before!.line };
    }
  }
  for (const { s, ids } of tied) {
    // "Of these, 29 operate on a stand-alone basis and the remaining 58 exchange data …": one
    // clause for each question, in order, when each question's words are in its own clause.
    // (Not a sentence that names its questions: "…, so I am unable to provide a percentage in
    // answer to questions 6b and 6c" answers both from its start; nor one that says it answers
    // both: "…, so we cannot give you either of those figures".)
    // (But one that names each in a reference of its own, "… (question 4a) was £5.10 …, and income
    // … (4b) was £1.32 m.", answers each in its own clause.)
    const eachNamed = (s.text.match(OWN_REFERENCE_RE) ?? []).length >= ids.length;
    const clauses = ids.length > 1 && (eachNamed || !(namedIn.get(s) ?? []).some((id) => ids.includes(id))) && !BOTH_RE.test(s.text) ? clausesOf(text, s, ids, (id) => qStems[questions.findIndex((q) => q.id === id)]!) : null;
    if (clauses) {
      clauses.forEach((start, k) => out.push({ ids: [ids[k]!], start, end: start, line: lineOf(start, s.line), label: '', quoteDepth: s.depth, unknownIds: [], inProse: true }));
    } else out.push({ ids, start: s.start, end: s.start, line: s.line, label: '', quoteDepth: s.depth, unknownIds: [], inProse: true });
  }
  return out;
}

/** A reference to one question: "(question 4a)", "(4b)", "question 7". */
const OWN_REFERENCE_RE = /\((?:see\s+)?(?:question\s+|q)?\d{1,3}\s?[a-z]?\)|\bquestion\s+\d{1,3}\s?[a-z]?\b(?!\s*(?:and|or|to|&|,|-|–)\s*\d)/gi;

/** "either of those figures", "both of these", "neither of the percentages": one sentence for two questions. */
const BOTH_RE = /\b(?:either|both|neither)\s+(?:of\s+)?(?:the|these|those|them)\b|\b(?:either|both|neither)\s+(?:figures?|percentages?|numbers?|questions?|parts?)\b/i;

/**
 * A sentence that says where the letter's answers are, not what they are: "We have answered
 * questions 1 to 9 and 11 below, grouped by subject.", "Our responses are set out below."
 */
const ROADMAP_RE = /\b(?:answer(?:ed|s)?|respon(?:ded|ses?)|repl(?:ied|ies)|set\s+out|dealt\s+with|grouped|given|explained|listed|provided)\b[^.!?]{0,80}?(?:\b(?:below|as\s+follows|in\s+turn|overleaf|further\s+(?:on|down))\b)/i;

/** Words of a refusal: a section of the Act, an exemption, the cost limit. */
const REFUSES_RE = /\b(?:section\s+\d{1,2}|s\.?\s?\d{2}\b|exempt(?:ion)?|appropriate\s+limit|cost\s+limit|18\s+hours|vexatious)/i;

/** A sentence that continues the one before it: "This is made up of …", "This comprises …", "Of these, …". */
const CARRIES_ON_RE = /^\W*(?:this|that|these|those)\s+(?:is|are|was|were)\s+(?:made\s+up\s+of|broken\s+down|split|divided|comprised\s+of)\b|^\W*(?:this|these)\s+(?:comprises?|includes?|consists?\s+of|breaks?\s+down)\b|^\W*(?:this|that)\s+(?:total|figure|sum|amount)\s+(?:is|was|comprises|includes)\b/i;

/** Where a sentence's clauses split it: ", and", ", so", ", of which", "; ", "and the remaining", ", while", "… and no …". */
const CLAUSE_RE = /,\s+(?:and|but|while|whereas|so|of\s+which)\s+|;\s*|\s+and\s+(?=(?:the\s+)?(?:remaining|other|rest)\b)|,\s+(?=(?:the\s+)?(?:remaining|other|rest)\b)|\s+and\s+(?=no\s)/gi;

/**
 * The start of each id's clause, in order, or null unless the sentence splits into clauses and
 * each id's words are found in a clause of its own after the previous id's.
 */
function clausesOf(text: string, s: Sentence, ids: readonly string[], stemsOf: (id: string) => ReadonlySet<string>): number[] | null {
  const starts = [s.start];
  for (const m of s.text.matchAll(CLAUSE_RE)) starts.push(s.start + m.index + m[0].length);
  if (starts.length < ids.length) return null;
  const clauseStems = starts.map((a, k) => new Set(stems(text.slice(a, k + 1 < starts.length ? starts[k + 1] : s.end))));
  const out: number[] = [];
  let from = 0;
  for (const id of ids) {
    const own = stemsOf(id);
    let best = -1;
    let bestHits = 0;
    for (let k = from; k < starts.length; k++) {
      let hits = 0;
      for (const w of own) if (clauseStems[k]!.has(w)) hits++;
      if (hits > bestHits) {
        best = k;
        bestHits = hits;
      }
    }
    if (best < 0) return null;
    out.push(starts[best]!);
    from = best + 1;
  }
  // The first answer opens with the sentence ("Of these, 29 …"), not at its own clause.
  out[0] = s.start;
  return out;
}
