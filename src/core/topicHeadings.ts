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
import type { Marker, Questionnaire } from './types';
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
