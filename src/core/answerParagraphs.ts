// Answers given as plain paragraphs in the request's order under a heading, after the request
// quoted whole as a numbered list: "1. How many …?" … "4. For all those …, please provide: …" /
// "Answer" / "There were 60 officers …" / "As a result of the hearings 51 …" / "Of the 51 …, 5 …" /
// "The attached table contains some of the details requested." …. The paragraphs carry no
// number; the labels above are the request, and the paragraphs answer its questions in turn, the
// last question taking the rest of the letter.
import { RESPONSE_HEADING_RE, wordTokens } from './markers';
import type { QuestionWords, ReplyLine } from './segment';
import { closesLetter, topicStem } from './segment';
import type { Marker, Question, Questionnaire } from './types';

interface Paragraph {
  line: number;
  start: number;
  text: string;
}

/**
 * Markers for the paragraphs below the heading, one question each in the request's order, when
 * every question is labelled once above the heading and nothing but the questions' own words sits
 * between the labels; each of the first paragraphs must share a word with its question (and give
 * a figure where a count or sum is asked). Nothing otherwise.
 */
export function answerParagraphMarkers(text: string, lines: readonly ReplyLine[], markers: readonly Marker[], q: Questionnaire, words: ReadonlyMap<string, QuestionWords>): Marker[] {
  const asked = q.questions.filter((x) => !x.heading);
  if (asked.length < 2 || markers.length !== asked.length) return [];
  if (!markers.every((m, i) => m.ids.length === 1 && m.ids[0] === asked[i]!.id && !m.inProse && !m.byTopic)) return [];
  const content = (li: number): string => text.slice(lines[li]!.contentStart, lines[li]!.contentEnd).trim();
  // Between one label and the next, only the question's own words (wrapped, or after a blank line).
  for (let i = 0; i + 1 < markers.length; i++) {
    const bag = words.get(markers[i]!.ids[0]!)?.bag ?? new Set<string>();
    for (let li = markers[i]!.line + 1; li < markers[i + 1]!.line; li++) {
      if (lines[li]!.blank) continue;
      const toks = wordTokens(content(li));
      if (toks.length === 0 || toks.filter((t) => bag.has(t.word)).length / toks.length < 0.6) return [];
    }
  }
  // The heading: the first line alone after the last label that is a response heading, within a few lines.
  const last = markers[markers.length - 1]!;
  let heading = -1;
  for (let li = last.line + 1; li < lines.length && li <= last.line + 4; li++) {
    if (lines[li]!.blank) continue;
    if (RESPONSE_HEADING_RE.test(content(li))) {
      heading = li;
      break;
    }
  }
  if (heading < 0) return bulletAnswers(text, lines, last, asked);
  // Its paragraphs, up to the letter's close.
  const paras: Paragraph[] = [];
  for (let li = heading + 1; li < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank || L.depth !== lines[heading]!.depth) continue;
    if (closesLetter(content(li))) break;
    if (li > heading + 1 && !lines[li - 1]!.blank && paras.length > 0) {
      paras[paras.length - 1]!.text += ` ${content(li)}`;
      continue;
    }
    paras.push({ line: li, start: L.contentStart, text: content(li) });
  }
  if (paras.length < asked.length) return [];
  // Each paragraph but the last question's shares a content word with its question, and gives a
  // figure where one is asked.
  // (The paragraphs may start after the letter's own preamble: "As the information you have
  // requested is 'environmental information' … section 39(2) …" / "This exemption is subject to the
  // public interest test …" / "127,425 road studs were replaced in 2018." / "… total miles of road
  // … is available from …": of the runs that fit, the one whose paragraphs share most words with
  // their questions; the first run on a tie.)
  const shared = (i: number, para: Paragraph): number => {
    const topic = words.get(asked[i]!.id)?.topic ?? new Set<string>();
    const said = new Set(wordTokens(para.text).map((t) => topicStem(t.word)));
    return [...topic].filter((w) => said.has(w)).length;
  };
  let best = -1;
  let bestScore = -1;
  for (let from = 0; from + asked.length <= paras.length; from++) {
    let fits = true;
    let score = 0;
    for (let i = 0; i < asked.length && fits; i++) {
      const question = asked[i]!;
      const para = paras[from + i]!;
      const k = shared(i, para);
      score += k;
      if (i < asked.length - 1 && (k === 0 || ((question.type === 'number' || question.type === 'money') && !/\d/.test(para.text)))) fits = false;
    }
    if (fits && score > bestScore) {
      best = from;
      bestScore = score;
    }
  }
  if (best < 0) return [];
  return asked.map((question, i) => ({ ids: [question.id], start: paras[best + i]!.start, end: paras[best + i]!.start, line: paras[best + i]!.line, label: '', quoteDepth: lines[paras[best + i]!.line]!.depth, unknownIds: [] }));
}

const ANSWER_BULLET_RE = /^[-–•*]\s+/;

/**
 * "1. The number of …" … "4. The number of …" / "- Data for the past 5 years is published …" /
 * "- We make informal enquiries …" / "- See Question 2." / "- This is published …": right under the
 * request quoted as a numbered list, one bullet for each question, in order, with no numbers.
 */
function bulletAnswers(text: string, lines: readonly ReplyLine[], last: Marker, asked: readonly Question[]): Marker[] {
  const content = (li: number): string => text.slice(lines[li]!.contentStart, lines[li]!.contentEnd).trim();
  let li = last.line + 1;
  // (Past the last question's own wrapped lines.)
  while (li < lines.length && !lines[li]!.blank && !ANSWER_BULLET_RE.test(content(li)) && li <= last.line + 3) li++;
  while (li < lines.length && lines[li]!.blank) li++;
  const bullets: { line: number; start: number; text: string }[] = [];
  for (; li < lines.length; li++) {
    if (lines[li]!.blank) continue;
    const c = content(li);
    const m = ANSWER_BULLET_RE.exec(c);
    if (!m) break;
    bullets.push({ line: li, start: lines[li]!.contentStart + m[0].length, text: c.slice(m[0].length) });
  }
  if (bullets.length !== asked.length) return [];
  return asked.map((question, i) => ({ ids: [question.id], start: bullets[i]!.start, end: bullets[i]!.start, line: bullets[i]!.line, label: '', quoteDepth: lines[bullets[i]!.line]!.depth, unknownIds: [] }));
}
