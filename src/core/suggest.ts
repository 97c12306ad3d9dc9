// Suggestion assembly: the engine's whole reading of one reply. Markers → the occurrence that
// carries each answer → status, exemption and typed value → one Suggestion per answered
// question, in questionnaire order, with cross-references ("As above") resolved and a
// whole-request refusal spread over every question. Pure and never throws.
import { SMALL_NUMBER_BAND, classifyAnswer, isBoilerplate } from './classify';
import type { Classification } from './classify';
import { detectCouncil } from './council';
import { impliedParent, normalizeId } from './ids';
import { scanMarkersWith, wordTokens } from './markers';
import { romanValue } from './fromRequest';
import { blankRanges, otherLogEntries } from './logEntries';
import { gluedQuestionMarkers, proseReferenceMarkers, requestParagraphLabels, restatedInlineMarkers } from './proseRefs';
import { sectionMarkers, sectionSizes } from './sections';
import { asksTwice, topicHeadingMarkers, topicSentenceMarkers } from './topicHeadings';
import { questionnaireFromIds } from './questionnaire';
import { firstNumber, idString } from './markerLabel';
import { answerSegment, chooseAnswers, EXPLANATION_HEADING_RE, isRoutingLine, paragraphs, questionWords, replacedInMessage, replyLines, segmentContext, segmentText, topicStem, withoutPageBreaks } from './segment';
import type { Segment, SegmentContext } from './segment';
import { LARGE_REPLY_BYTES, LineIndex, numberedOnes } from './text';
import type { Marker, Problem, Question, Questionnaire, ReplyAnalysis, Suggestion } from './types';
import { parseValue, resolveChoices } from './values';
import { FlatMap, unflatten } from './unflatten';
import type { Unflattened } from './unflatten';
import type { ParsedValue } from './values';
import { groupedAsks } from './groupedAsks';
import { questionTextMarkers } from './quotedQuestions';
import { letterRunMarkers } from './letterRuns';
import { answerParagraphMarkers } from './answerParagraphs';
import { bulletRunMarkers } from './bulletRuns';
import { csvRowMarkers } from './csvRows';
import { cellFor, findYearTable, yearColumnCell, yearListCell } from './yearTable';
import { alignClauses, idsNamed } from './rangeClauses';
import type { Clause } from './rangeClauses';
import { answerPieces, hasLetterItems, hasRomanItems, isGroupMarker } from './compound';
import { alignRenumbered, BARE_HEADING_REASON, declaredRelabels, labelStyle, OWN_NUMBER_RE, notAsked as findNotAsked, outlineNumbering, positionalRenumbering, readWhole, relabel, renumbering, resolveRefs, restartedNumbering, shiftedByWording, splitQuestions } from './reader';
import type { Found, Variant } from './reader';

/** Words of an answer that replaces an earlier one on purpose. */
const REVISED_RE = /\b(?:revised|previously|corrected|correction|amended|updated)\b/i;
/** Types whose answer is a figure. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'year', 'duration']);

/** Find each question's answer in a reply and propose its status and value. Never throws. */
const LABEL_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12' };
const WORDED_LABEL_RE = /^([ \t]*)(question\s+)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)((?:\s*(?:,|and|&)\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))*)(?=\s*(?:[-–—:.]|$))/gim;

/**
 * "Question One and Three - Partial disclosure", "Question Two:": a heading that numbers its
 * questions in words, put in figures in the same space ("Question 1 and 3       - …") so the
 * label is read where it starts and every offset stays where it was; `spans` are where such
 * labels are, so each keeps its own words and ends where they end.
 */
function wordedLabels(text: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  if (!/^[ \t]*question\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/im.test(text)) return { text, spans };
  const out = text.replace(WORDED_LABEL_RE, (all: string, indent: string, _q: string, _w: string, _more: string, at: number) => {
    const put = all.slice(indent.length).replace(/\s+/g, ' ').replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, (w) => LABEL_WORDS[w.toLowerCase()]!);
    spans.push([at + indent.length, at + all.length]);
    return indent + put.padEnd(all.length - indent.length, ' ');
  });
  return { text: out, spans };
}

/**
 * "In relation to questions (a) and (b) …", "With regards to question (c) …": a request lettered
 * without numbers (its items read Q1, Q2 …) named by letter in prose, put in figures in the same
 * space ("questions  1  and  2 ") so that the prose reading finds them; other text as it was.
 */
function letteredRefs(text: string, questionnaire: Questionnaire | null): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  const lettered = hasLetterItems(questionnaire);
  if (!lettered || !/\bquestions?\s+\(?[a-z]\)/i.test(text)) return { text, spans };
  const figure = (letter: string): string => {
    const n = String(letter.toLowerCase().charCodeAt(0) - 0x60);
    return questionnaire!.byId.has(`Q${n}`) ? n : letter;
  };
  const out = text.replace(/\b(questions?\s+)(\(?[a-z]\)(?:\s*(?:,|and|&|to|-|–)\s*\(?[a-z]\))*)/gi, (all: string, word: string, refs: string, at: number) => {
    const letters = [...refs.matchAll(/\(?([a-z])\)/gi)].map((m) => m[1]!);
    if (!letters.every((l) => (lettered === 'upper' ? l === l.toUpperCase() : l === l.toLowerCase()))) return all;
    // ("(a) and (b)" → "1 and 2", the brackets dropped, the space they took left after it.)
    const put = refs.replace(/\(?([a-z])\)/gi, (_one: string, l: string) => figure(l));
    spans.push([at + word.length, at + all.length]);
    return word + put.padEnd(refs.length, ' ');
  });
  return { text: out, spans };
}

/** Markers read from the text `letteredRefs` gave: each label ends where its letters end, and shows them. */
function withLetters(found: Marker[], text: string, spans: readonly [number, number][]): Marker[] {
  for (const m of found) {
    const span = spans.find(([from, to]) => m.end > from && m.end <= to);
    if (!span) continue;
    m.end = span[1];
    m.label = text.slice(m.start, m.end);
  }
  return found;
}

/**
 * "4a – Stand-alone systems and 4b – Integrated systems: the Council is withholding …": a label line
 * that names a second part of the same question, with its own title, before one answer. The marker
 * labels both (in place); a label of the second's own below is still read as its answer.
 */
function jointTitles(text: string, markers: Marker[], q: Questionnaire): void {
  for (const m of markers) {
    if (m.inProse || m.ids.length !== 1) continue;
    const eol = text.indexOf('\n', m.end);
    const head = text.slice(m.end, Math.min(eol < 0 ? text.length : eol, m.end + 160));
    const joint = /^\s*[–—:-]?\s*[^:\n]{1,60}?\s(?:and|&)\s+(?:q(?:uestion)?\s*)?(\d{1,3})\s?\(?([a-z])\)?\s*[–—-]\s+[^:\n]{1,60}:\s*\S/i.exec(head);
    const id = joint ? normalizeId(`Q${joint[1]}${joint[2]!.toLowerCase()}`) : null;
    if (!id || !q.byId.has(id) || q.byId.get(id)!.parent !== q.byId.get(m.ids[0]!)?.parent) continue;
    m.ids = [...new Set([m.ids[0]!, id])];
  }
}

export function analyzeReply(text: string, questionnaire: Questionnaire | null, options?: { file?: string }): ReplyAnalysis {
  const file = options?.file;
  try {
    const source = typeof text === 'string' ? text : '';
    const flat = source.indexOf('\u0000') === -1 && source.length <= LARGE_REPLY_BYTES ? unflatten(source) : null;
    const asIs = analyze(source, questionnaire, file);
    if (!flat) return asIs;
    // (Read with its labels on lines of their own only when that finds more answers than the reply
    // read as it is: a reply its own line breaks read well keeps that reading.)
    const apart = mappedBack(analyze(flat.text, questionnaire, file), source, flat);
    return apart.answers.length > asIs.answers.length ? apart : asIs;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { council: null, markers: [], answers: [], problems: [problem('error', 'analysis-failed', `could not analyse the reply: ${message}`, 1, 1, file)] };
  }
}

/**
 * The analysis of a reply read with its labels on lines of their own (unflatten.ts), its offsets,
 * lines and the lines its reasons name put back on the reply as it is.
 */
/** The most a suggestion read from a reply whose line breaks were put back may claim: below Auto-code's default. */
const REBUILT_LAYOUT_CONFIDENCE = 0.9;

export function mappedBack(r: ReplyAnalysis, source: string, flat: Unflattened): ReplyAnalysis {
  const map = new FlatMap(source, flat.inserted);
  const starts2: number[] = [0];
  for (let i = flat.text.indexOf('\n'); i >= 0; i = flat.text.indexOf('\n', i + 1)) starts2.push(i + 1);
  // "line 12" of the text read is the line of the reply its first character is on.
  const line1 = (n: number): number => (n >= 1 && n <= starts2.length ? map.lineOf(map.offset(starts2[n - 1]!)) + 1 : n);
  const lines = (s: string | undefined): string | undefined => s?.replace(/\bline (\d+)\b/g, (_all, n: string) => `line ${line1(Number(n))}`);
  const markers = r.markers.map((m) => ({ ...m, start: map.offset(m.start), end: map.offset(m.end), line: map.lineOf(map.offset(m.start)) }));
  const answers = r.answers.map((a) => {
    const start = map.offset(a.start);
    const end = map.offset(a.end);
    // (Read from a layout put back together, an answer is offered, never written by Auto-code.)
    const out: Suggestion = { ...a, start, end, line: map.lineOf(start) + 1, text: a.text === flat.text.slice(a.start, a.end) ? source.slice(start, end) : a.text, confidence: Math.min(a.confidence, REBUILT_LAYOUT_CONFIDENCE) };
    if (a.markerStart !== undefined) out.markerStart = map.offset(a.markerStart);
    if (a.markerEnd !== undefined) out.markerEnd = map.offset(a.markerEnd);
    if (a.reason !== undefined) out.reason = lines(a.reason);
    if (a.why !== undefined) out.why = lines(a.why);
    return out;
  });
  const problems = r.problems.map((p) => {
    const at = p.line >= 1 && p.line <= starts2.length ? map.offset(starts2[p.line - 1]! + Math.max(0, p.column - 1)) : -1;
    return { ...p, ...(at >= 0 ? { line: map.lineOf(at) + 1, column: map.columnOf(at) } : {}), message: lines(p.message)! };
  });
  return { ...r, markers, answers, problems };
}

function problem(severity: Problem['severity'], code: string, message: string, line: number, column: number, file?: string): Problem {
  return file === undefined ? { severity, code, message, line, column } : { severity, code, message, line, column, file };
}

const decimalLabelCache = new WeakMap<Questionnaire, ReadonlyMap<string, string>>();

/** The request's decimal labels (`2.1` → Q2a) that init kept in the questionnaire. */
/** The questionnaire's headings, the same set for the same questionnaire. */
const headingSets = new WeakMap<Questionnaire, ReadonlySet<string>>();
const numeralPartSets = new WeakMap<Questionnaire, ReadonlyMap<number, ReadonlyMap<number, string>>>();
/** Parts whose text opens with a roman numeral label ("i.) Please also give …"): number → numeral → id. */
function numeralPartsOf(questionnaire: Questionnaire | null): ReadonlyMap<number, ReadonlyMap<number, string>> | undefined {
  if (!questionnaire) return undefined;
  let map = numeralPartSets.get(questionnaire);
  if (!map) {
    const out = new Map<number, Map<number, string>>();
    for (const q of questionnaire.questions) {
      const id = /^Q(\d+)[a-z]$/.exec(q.id);
      const numeral = /^\(?((?:x{0,3})(?:ix|iv|v?i{1,3}|v))(?:\.\)|[.)])\s/.exec(q.text ?? '');
      if (!id || !numeral) continue;
      const num = Number(id[1]);
      if (!out.has(num)) out.set(num, new Map());
      out.get(num)!.set(romanValue(numeral[1]!), q.id);
    }
    map = out;
    numeralPartSets.set(questionnaire, map);
  }
  return map.size > 0 ? map : undefined;
}

function headingsOf(questionnaire: Questionnaire | null): ReadonlySet<string> | undefined {
  if (!questionnaire) return undefined;
  let set = headingSets.get(questionnaire);
  if (!set) {
    set = new Set(questionnaire.questions.filter((x) => x.heading).map((x) => x.id));
    headingSets.set(questionnaire, set);
  }
  return set;
}

function decimalLabelsOf(questionnaire: Questionnaire | null): ReadonlyMap<string, string> | undefined {
  if (!questionnaire) return undefined;
  let labels = decimalLabelCache.get(questionnaire);
  if (!labels) {
    labels = new Map(questionnaire.questions.flatMap((q) => (q.label && /\d/.test(q.label) ? [[q.label, q.id] as const] : [])));
    decimalLabelCache.set(questionnaire, labels);
  }
  return labels;
}

/** The answer's first sentence names some of the label's questions but not all of them. */
function namesSomeOf(answer: string, own: readonly string[], q: Questionnaire): boolean {
  // ("… withheld under Section 31(1)(a) and (b) …": a citation names no question.)
  const first = /^[\s\S]*?[.!?](?=\s|$)/.exec(answer)?.[0] ?? answer;
  const named = idsNamed(first.replace(/\b(?:sections?|s\.?|regulations?|reg\.?)\s?\d{1,3}(?:\s?\(\s?\w{1,3}\s?\))*/gi, ' '), q).filter((id) => own.includes(id));
  return named.length > 0 && named.length < own.length;
}

/** The council says the question has no simple answer. */
const HARD_TO_ANSWER_RE = /\b(?:not\s+(?:easy|possible|straightforward|simple)|difficult|hard)\s+to\s+(?:answer|say|quantify|give\s+(?:a|an\s+exact)\s+(?:figure|number))\b|\bno\s+(?:simple|straightforward|single)\s+answer\b/i;

/** Cheap words the sentence below must hold. */
const OWN_NUMBERING_GATE_RE = /n't\s+(?:match|follow|correspond|reflect|mirror)|not\s+(?:match|follow|correspond|reflect|mirror)|numbered\s+(?:differently|in\s+our)|numbers?\b[^.]{0,30}\bare\s+our\s+own\b/i;
/** A letter saying its paragraph numbers are its own, not the request's. */
const OWN_NUMBERING_RE = /\b(?:paragraph|section|item)\s+numbers?\b[^.]{0,60}?\b(?:do|does)\s*(?:not|n't)\s+(?:match|follow|correspond\s+(?:to|with)|reflect|mirror)\b|\bnumbered\s+(?:differently|in\s+our\s+own\s+order)\b|\b(?:paragraph|section|item)\s+numbers?\b[^.]{0,30}\bare\s+our\s+own\b/i;

/** "? None" at a line's start: a bullet the page's encoding turned into a question mark. */
const LOST_BULLET_RE = /^[ \t]*\?[ \t]+(?=\S)/gm;

function analyze(text: string, questionnaire: Questionnaire | null, file: string | undefined): ReplyAnalysis {
  const problems: Problem[] = [];
  if (text.indexOf('\u0000') !== -1) {
    problems.push(problem('error', 'binary-reply', 'the reply looks like a binary file (it contains NUL characters); it was not analysed', 1, 1, file));
    return { council: null, markers: [], answers: [], problems };
  }
  if (text.length > LARGE_REPLY_BYTES) {
    problems.push(problem('warning', 'large-reply', `the reply is large (${Math.round(text.length / 1048576)} MB); analysis may be slow`, 1, 1, file));
  }
  const words = questionWords(questionnaire);
  // A disclosure log's page of several requests, each under its reference: only the one the
  // questionnaire asks is read (the others blanked, every offset kept).
  text = blankRanges(text, otherLogEntries(text, words));
  // "You asked: (6) …; (7) …; and (8) …" over "Response: …": questions quoted together, one label for them.
  if (questionnaire) text = groupedAsks(text, questionnaire.byId);
  // ("?  2018" / "? As our reporting tool …" / "? None": bullets lost to "?" when the page was
  // saved, two or more at the lines' starts; read as bullets, every offset kept.)
  if ((text.match(LOST_BULLET_RE) ?? []).length >= 2) text = text.replace(LOST_BULLET_RE, (all) => all.replace('?', '\u2022'));
  const questionTokens = new Map([...words].map(([id, w]) => [id, w.bag]));
  const knownIds = questionnaire ? questionnaire.questions.map((q) => q.id) : null;
  const lines = replyLines(text);
  // A request quoted as a web page's list, every item numbered "1.": read numbered 1 to N, as the
  // questionnaire built from such a request is (the offsets stay the same).
  const top = questionnaire ? questionnaire.questions.filter((x) => !x.parent).length : 0;
  const ones = top >= 3 ? numberedOnes(text, top) : null;
  const worded = wordedLabels(ones?.text ?? text);
  let markers = scanMarkersWith(worded.text, { knownIds, questionTokens, letterItems: hasLetterItems(questionnaire), romanItems: hasRomanItems(questionnaire), decimalLabels: decimalLabelsOf(questionnaire), sectionSizes: sectionSizes(questionnaire), headings: headingsOf(questionnaire), numeralParts: numeralPartsOf(questionnaire), relabels: new Set(declaredRelabels(questionnaire).keys()) });
  // (A label read in figures ends where its words end, and shows them.)
  for (const [from, to] of worded.spans) {
    for (const m of markers) {
      if (m.start < from || m.start >= to) continue;
      m.end = Math.max(m.end, to);
      m.label = text.slice(m.start, m.end);
    }
  }
  // ("2If not by the Trust then the name …" / "3What is …": numbers run into the questions' words.)
  if (questionnaire) markers = withGluedNumbers(text, markers, questionnaire);
  // "Fly-tipping:" over "1. £400": the request's sections each numbered from 1.
  markers = sectionMarkers(text, lines, markers, questionnaire);
  if (questionnaire) jointTitles(text, markers, questionnaire);
  const index = new LineIndex(text);
  // (A label a variant of the request is declared to use, "Q7b" for Q6c, is known.)
  const declared = declaredRelabels(questionnaire);
  for (const m of markers) {
    if (m.unknownIds.length === 0 || m.unknownIds.every((id) => declared.has(id))) continue;
    const pos = index.position(m.start);
    problems.push({
      ...problem('warning', 'unknown-id', `${m.unknownIds.join(', ')} ${m.unknownIds.length > 1 ? 'are' : 'is'} not in the questionnaire`, pos.line, pos.column, file),
      endLine: pos.line,
      endColumn: pos.column + (m.end - m.start),
      start: m.start,
      end: m.end,
    });
  }
  // "For each question, the following periods:" / "1. i) 2013/14" … "5. v) 2017/18 to date" above the
  // quoted "1. How many …?": a numbered list of periods, not answers, when the same labels come again.
  if (questionnaire && markers.length > 1) {
    markers = markers.filter((m, i) => {
      // (A year asked for is answered so: "12. a) 2012".)
      if (m.ids.length !== 1 || questionnaire.byId.get(m.ids[0]!)?.type === 'year') return true;
      const eol = text.indexOf('\n', m.end);
      if (!PERIOD_ONLY_RE.test(text.slice(m.end, eol < 0 ? text.length : eol))) return true;
      return !markers.slice(i + 1).some((n) => n.ids.includes(m.ids[0]!));
    });
  }
  // ("· Of the refusals …, the percentage allowed:" / "1. On written representations" / "2. At a
  // hearing": a question's own numbered items, quoted with it, label no question.)
  if (questionnaire) {
    const flat = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const texts = questionnaire.questions.map((x) => flat(x.text ?? ''));
    markers = markers.filter((m) => {
      const L = lines[m.line];
      if (m.ids.length !== 1 || m.inProse || !L || m.end >= L.contentEnd) return true;
      const item = flat(text.slice(m.start, L.contentEnd));
      return item.length - flat(m.label).length < 8 || !texts.some((t) => t.includes(item));
    });
  }
  // "The paragraph numbers below do not match the numbering of your questions": the letter's own
  // numbers label its paragraphs, not the questions; the paragraphs are read by their words.
  if (questionnaire && OWN_NUMBERING_GATE_RE.test(text) && OWN_NUMBERING_RE.test(text)) markers = markers.filter((m) => !/^\(?\d{1,3}[.):]?$/.test(m.label.trim()));
  // "1. FINANCE (Strategic Finance)" / "" / "Q8 - £415.8m" …: a bare number before a title in
  // capitals, a "Q" label right under it, numbers the letter's own sections. ("1. FULL OFFICIAL
  // NAME" over its answer is the question's title.)
  if (questionnaire && markers.filter((m) => /^q/i.test(m.label.trim())).length >= 3) {
    markers = markers.filter((m, i) => {
      const L = lines[m.line];
      const next = markers[i + 1];
      if (!L || m.inProse || !/^\(?\d{1,3}[.)]?$/.test(m.label.trim()) || !next || !/^q/i.test(next.label.trim()) || next.line - m.line > 2) return true;
      const title = text.slice(m.end, L.contentEnd).trim();
      return !(SECTION_TITLE_RE.test(title) && !ANSWER_IN_CAPITALS_RE.test(title));
    });
  }
  // "1. Request" / (the question) / "2. Response" / (the answer) / "3. Request" …: the letter numbers
  // its own headings; the questions are found by their words.
  if (questionnaire) {
    const headingWord = (m: Marker): string | null => {
      const L = lines[m.line];
      return L ? (/^\s*(request|response|answer|reply|question)\s*:?\s*$/i.exec(text.slice(m.end, L.contentEnd))?.[1]?.toLowerCase() ?? null) : null;
    };
    const headed = markers.filter((m) => headingWord(m) !== null);
    const kinds = headed.map((m) => (/^(?:request|question)$/.test(headingWord(m)!) ? 'q' : 'a'));
    if (headed.length >= 3 && kinds.every((k, i) => k === (i % 2 === 0 ? kinds[0] : kinds[0] === 'q' ? 'a' : 'q'))) {
      const drop = new Set(headed);
      markers = markers.filter((m) => !drop.has(m));
    }
  }
  // (A run of numbers that counts exactly one per question to answer is read by position, whatever
  // the words of its short answers: "5. £45,000." is no worse a match for Q5 than for Q4a.)
  const numbering: { style?: string } = {};
  const byWords = renumbering(text, markers, questionnaire, questionTokens, numbering);
  const renumbered = byWords ?? positionalRenumbering(text, questionnaire);
  if (renumbered) {
    // Every bare number is the question at that position: scan again without the questionnaire's
    // ids (numbers beyond its own are labels too) and give each its positional id.
    // (Aligned on the council's own numbering alone when the quoted request writes its numbers
    // another way: the quoted "Q5." agrees with itself and would outweigh the council's "5.".)
    const own = (m: Marker): boolean => numbering.style === undefined || labelStyle(m) === numbering.style;
    const rescanned = scanMarkersWith(text, { knownIds: null });
    // The numbers aligned with the questions by their words, in order (a question left out shifts the rest).
    // ("Please see our response to question 7" names the council's 7, wherever the alignment put it.)
    if (byWords) for (const [n, id] of alignRenumbered(text, rescanned.filter(own), questionnaire!, questionTokens)) renumbered.set(`Q${n}`, id);
    markers = rescanned.map((m) => {
      const n = OWN_NUMBER_RE.exec(m.label.trim());
      const all = [...m.ids, ...m.unknownIds];
      // ("A14 and A15 - section 12": two of the council's numbers on one label, each renumbered; a
      // range, "20 – 24.", is left to be read as before.)
      if (all.length === 2 && all.every((id) => /^Q\d+$/.test(id) && renumbered.has(id))) return { ...m, ids: all.map((id) => renumbered.get(id)!), unknownIds: [] };
      // ("21 to 25. Not applicable": under a numbering by position, a range is the items at those places.)
      if (!byWords && all.length > 2 && all.every((id) => /^Q\d+$/.test(id) && renumbered.has(id))) return { ...m, ids: all.map((id) => renumbered.get(id)!), unknownIds: [] };
      // (Under a numbering read from the words, "Questions 21 to 25 – not applicable": the questions
      // after the one the council's 20 was aligned with, as many as the range has numbers.)
      const range = byWords && all.length > 2 && all.every((id) => /^Q\d+$/.test(id)) ? all.map((id) => Number(id.slice(1))) : null;
      if (range) {
        const order = questionnaire!.questions.map((x) => x.id);
        const from = order.indexOf(renumbered.get(`Q${range[0]! - 1}`) ?? '');
        if (from >= 0) return { ...m, ids: order.slice(from + 1, from + 1 + range.length), unknownIds: [] };
      }
      // ("14\t(a) name of system and supplier": the council's row number, then the request's own
      // part letter copied into the question's cell; the row number is the label.)
      const row = !n && all.length === 1 ? /^(\d{1,3})[ \t]+\(?([a-z])\)$/.exec(m.label.trim()) : null;
      if (row && renumbered.get(`Q${row[1]}`)?.endsWith(row[2]!)) return { ...m, ids: [renumbered.get(`Q${row[1]}`)!], unknownIds: [] };
      if (!n || all.length !== 1) return m;
      // The question the alignment gave the number, else the one at its position.
      const id = renumbered.get(`Q${n[1]}`);
      return id ? { ...m, ids: [id], unknownIds: [] } : m;
    }).filter((m) => m.ids.length > 0 && m.ids.every((id) => questionnaire!.byId.has(id)));
  }
  // A council copy of the request that numbers the questions its own way (one left out, the rest
  // moved up): each label takes the id of the question its words quote; cross-references in the
  // answers follow the council's numbers too.
  let moved: Map<string, string> | null = null;
  let split: ReturnType<typeof splitQuestions> = null;
  const outlined = renumbered ? null : outlineNumbering(text, markers, questionnaire);
  if (outlined) markers = outlined;
  else if (!renumbered) {
    moved = shiftedByWording(text, markers, questionnaire, questionTokens);
    if (moved) {
      const map = moved;
      markers = markers.map((m) => (m.ids.length === 1 && map.has(m.ids[0]!) ? { ...m, ids: [map.get(m.ids[0]!)!] } : m));
    } else {
      // Every item numbered "1.": each takes the id of the question its words quote.
      const restarted = restartedNumbering(text, markers, questionnaire, questionTokens);
      if (restarted) markers = markers.map((m) => (restarted.has(m) ? { ...m, ids: [restarted.get(m)!] } : m));
      // Questions split into parts the council numbered on: each part's label the question it quotes.
      else if ((split = splitQuestions(text, markers, questionnaire, questionTokens))) markers = split.markers;
    }
  }
  const relabelled = relabel(text, markers, questionnaire, questionTokens);
  if (moved) for (const [from, to] of moved) relabelled[from] = to;
  // Labels glued to the question mark before them in a quoted request that lost its line breaks.
  if (questionnaire) {
    const glued = gluedQuestionMarkers(text, lines, markers, questionnaire);
    if (glued.length > 0) markers = [...markers, ...glued].sort((a, b) => a.start - b.start);
  }
  // Lettered answers with no number under the quoted request, run after run.
  if (questionnaire) {
    const lettered = letterRunMarkers(text, lines, markers, questionnaire);
    if (lettered.length > 0) {
      const taken = new Set(lettered.map((m) => m.line));
      markers = [...markers.filter((m) => !taken.has(m.line)), ...lettered].sort((a, b) => a.start - b.start);
    }
  }
  // Questions quoted by their words alone, with no number, for the ids still without a marker.
  // ("(1) How many sites …? (2) In what year …?": the request quoted as a paragraph that numbers
  // its questions in brackets; its labels answer nothing, and the letter may quote each question
  // again above its answer.)
  if (questionnaire) {
    const inRequest = requestParagraphLabels(text, markers, questionnaire);
    if (inRequest.size > 0) markers = markers.filter((m) => !inRequest.has(m));
  }
  const quoted = questionTextMarkers(text, lines, markers, questionnaire, words);
  if (quoted.length > 0) markers = [...markers, ...quoted].sort((a, b) => a.start - b.start);
  // Bulleted answers in the request's order under the request quoted as bullets.
  if (questionnaire) {
    const bullets = bulletRunMarkers(text, lines, markers, questionnaire);
    if (bullets.length > 0) markers = [...markers, ...bullets].sort((a, b) => a.start - b.start);
  }
  // The request quoted whole as a numbered list, then "Answer" and one paragraph a question, in order.
  if (questionnaire) {
    const paragraphs = answerParagraphMarkers(text, lines, markers, questionnaire, words);
    if (paragraphs.length > 0) markers = paragraphs;
  }
  // A spreadsheet pasted as comma-separated rows, one per question, that its words did not label.
  if (questionnaire) {
    const rows = csvRowMarkers(text, lines, markers, questionnaire);
    if (rows.length > 0) markers = [...markers, ...rows].sort((a, b) => a.start - b.start);
  }
  // Answers under headings naming each question's topic, when almost nothing is labelled.
  const topical = topicHeadingMarkers(text, lines, markers, questionnaire, words);
  if (topical.length > 0) markers = [...markers, ...topical].sort((a, b) => a.start - b.start);
  // Answers in prose that names its questions ("… (question 1).", "In answer to your question 14,").
  const byLetter = letteredRefs(text, questionnaire);
  const prose = withLetters(proseReferenceMarkers(byLetter.text, lines, markers, questionnaire), text, byLetter.spans);
  if (prose.length > 0) markers = [...markers, ...prose].sort((a, b) => a.start - b.start);
  // Whether a sentence (and the rest of its paragraph) gives a value of a question's type.
  const givesValue = (s: string, question: Question): boolean => parseValue(s, question, questionnaire!.codes).value !== null;
  // A prose letter that answers in the request's order without naming the questions (or naming
  // only a few of them: "… registered an account (question 6b).").
  // (Under topic headings too: "Spending" / "Our gross revenue expenditure … was £54.2 million." /
  // "Software licences … cost £388,900": a heading names one question of its section, its
  // sentences answer the others.)
  {
    const told = topicSentenceMarkers(text, lines, markers, questionnaire, words, givesValue);
    if (told.length > 0) {
      // The request quoted in the letter's thread found by its words: the sentences answer those ids.
      // (The others' quoted words too, when the letter quotes the request whole above its answers:
      // what follows a quoted question is the next one, or the letter's heading.)
      const answered = new Set(told.flatMap((m) => m.ids));
      const quotedWhole = markers.filter((m) => m.label === '' && !m.inProse && !m.byTopic).length >= 3;
      markers = [...markers.filter((m) => m.label !== '' || m.inProse || m.byTopic || (!quotedWhole && !m.ids.every((id) => answered.has(id)))), ...told].sort((a, b) => a.start - b.start);
    }
  }
  // ("We do not have a portal, so your questions 6b, 6c and 7 do not apply.": the sentence tied to
  // 6a by its words and the one naming 6b to 7 are one answer, found twice: one marker holds them all.)
  markers = mergedAtSameStart(markers, questionnaire);
  if (questionnaire) markers = withHeadingParts(markers, questionnaire);
  // "We do not know the number of cameras … There are 36 cameras in this network" / "2) …" / "3) …":
  // the first answer left without its number, right above the second's.
  if (questionnaire) {
    const first = unlabelledFirst(text, lines, markers, questionnaire);
    if (first) markers = [first, ...markers].sort((a, b) => a.start - b.start);
  }
  const q = questionnaire ?? questionnaireFromIds(markers.flatMap((m) => [...m.ids, ...m.unknownIds]));
  // Without a questionnaire every id seen is "known" for segmentation purposes.
  const segMarkers: Marker[] = questionnaire ? markers : markers.map((m) => ({ ...m, ids: [...m.ids, ...m.unknownIds] }));
  let ctx = segmentContext(text, segMarkers, questionnaire, lines);
  let chosen = chooseAnswers(ctx);
  // The labels found are the request quoted above the letter (a WhatDoTheyKnow page), and the
  // letter answers in prose: labels that answer nothing count as the quoted request, and the
  // letter's sentences are aligned with the questions.
  const realCount = questionnaire ? questionnaire.questions.filter((x) => !x.heading).length : 0;
  // A table turned to text column by column: the questions quoted one under another, then
  // "Response" and the answers in the same order without labels.
  if (questionnaire && chosen.size * 2 < realCount) {
    let column = responseColumn(text, lines, markers, questionnaire);
    if (column.answers.length === 0) column = responseColumn(text, lines, markers, questionnaire, true);
    if (column.answers.length > 0) {
      markers = [...markers.filter((m) => !column.quoted.has(m)), ...column.answers].sort((a, b) => a.start - b.start);
      ctx = segmentContext(text, markers, questionnaire, lines);
      chosen = chooseAnswers(ctx);
    }
  }
  if (questionnaire && topical.length === 0 && chosen.size * 4 < realCount) {
    const quotedOnly = (m: Marker): boolean => m.label !== '' && !m.inProse && !m.byTopic && !m.ids.some((id) => chosen.has(id));
    // The request quoted above a letter that answers under headings naming each question's topic
    // ("Sites and plots", "Waiting list and waiting times", …).
    const headed = topicHeadingMarkers(text, lines, markers, questionnaire, words, quotedOnly);
    if (headed.length > 0) {
      markers = withHeadingParts([...markers, ...headed].sort((a, b) => a.start - b.start), questionnaire);
      ctx = segmentContext(text, markers, questionnaire, lines);
      chosen = chooseAnswers(ctx);
    }
  }
  if (questionnaire && topical.length === 0 && chosen.size * 4 < realCount) {
    const quotedOnly = (m: Marker): boolean => m.label !== '' && !m.inProse && !m.byTopic && !m.ids.some((id) => chosen.has(id));
    const asQuoted = markers.map((m) => (quotedOnly(m) ? { ...m, label: '' } : m));
    const told = topicSentenceMarkers(text, lines, asQuoted, questionnaire, words, givesValue);
    if (told.length > 0) {
      markers = withHeadingParts([...markers, ...told].sort((a, b) => a.start - b.start), questionnaire);
      ctx = segmentContext(text, markers, questionnaire, lines);
      chosen = chooseAnswers(ctx);
    }
  }
  // The questions still unanswered, named at a sentence's start inside a paragraph ("… as held.  In
  // relation to questions 2 and 3, we have provided …"), their labels above only the request restated.
  if (questionnaire) {
    // (Not the parts of a question answered whole: "13. Not applicable" speaks for 13a to 13d.)
    const answeredAbove = (x: Question): boolean => {
      for (let p = x.parent; p; p = questionnaire.byId.get(p)?.parent) if (chosen.has(p)) return true;
      return false;
    };
    const left = new Set(questionnaire.questions.filter((x) => !x.heading && !chosen.has(x.id) && !answeredAbove(x)).map((x) => x.id));
    const late = left.size > 0 ? withLetters(proseReferenceMarkers(byLetter.text, lines, markers, questionnaire, left), text, byLetter.spans) : [];
    if (late.length > 0) {
      markers = [...markers, ...late].sort((a, b) => a.start - b.start);
      ctx = segmentContext(text, markers, questionnaire, lines);
      chosen = chooseAnswers(ctx);
    }
  }
  // A paragraph that restates each numbered question and answers it in the same line.
  if (questionnaire && chosen.size * 2 < realCount) {
    const left = new Set(questionnaire.questions.filter((x) => !x.heading && !chosen.has(x.id)).map((x) => x.id));
    const inline = restatedInlineMarkers(text, lines, questionnaire, left);
    if (inline.length >= 2) {
      const ids = new Set(inline.flatMap((m) => m.ids));
      markers = [...markers.filter((m) => !m.ids.every((id) => ids.has(id))), ...inline].sort((a, b) => a.start - b.start);
      ctx = segmentContext(text, markers, questionnaire, lines);
      chosen = chooseAnswers(ctx);
    }
  }
  // A question the council split in parts reads their answers as one, from the first part's answer
  // to the end of the last ("23." and "This information is not held centrally": partly answered).
  if (split) {
    for (const [id, parts] of split.parts) {
      const segs = parts.map((p) => answerSegment(ctx, ctx.markers.findIndex((m) => m.start === p.start))).filter((x): x is Segment => x !== null);
      if (segs.length === parts.length) chosen.set(id, { ...segs[0]!, end: segs[segs.length - 1]!.end });
    }
  }
  const bareHeadings = questionnaire ? inlineParts(text, chosen, q) : new Set<string>();
  let answers: Suggestion[] = [];
  const found = new Map<string, Found>();
  const refs = new Map<string, string | 'previous'>();
  for (const question of q.questions) {
    const seg = chosen.get(question.id);
    if (!seg) continue;
    // ("(c) Operational staff" quoted, then the page's "Documents" / "This is the Trust's response to a
    // freedom of information … request." / "You can browse our other responses …": below the quoted
    // question, only the page's furniture; no answer.)
    // (Judged by its first line too: "Properties" / "The Council's re-use licence applies. If you are
    // unhappy …" is an answer and its letter's close.)
    if (seg.line > seg.marker.line && onlyPageFurniture(segmentText(text, seg))) continue;
    if (bareHeadings.has(question.id)) {
      // "13. (a) Yes (b) Funding …": the heading has nothing of its own; its parts are answered.
      const cls: Classification = { status: 'not-applicable', confidence: 0.9, reason: BARE_HEADING_REASON };
      found.set(question.id, { how: 'label', cls, doubt: true });
      answers.push({ id: question.id, status: 'not-applicable', value: null, line: seg.line + 1, start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), confidence: 0.9, reason: cls.reason!, markerStart: seg.marker.start, markerEnd: seg.marker.end });
      continue;
    }
    // "Questions 1 to 4" over a table of years by measures: the heading's parts read their columns.
    if (question.heading && seg.marker.ids.length > 1 && seg.column === undefined && findYearTable(text, seg.start, seg.end, seg.line)) {
      const cls: Classification = { status: 'not-applicable', confidence: 0.9, reason: 'a heading whose parts the table answers' };
      found.set(question.id, { how: 'range', cls, doubt: true });
      answers.push({ id: question.id, status: 'not-applicable', value: null, line: seg.line + 1, start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), confidence: 0.9, reason: cls.reason!, markerStart: seg.marker.start, markerEnd: seg.marker.end });
      continue;
    }
    // "Questions 11 to 13: … so question 12 does not apply. A CRM was considered (13a) …": a heading
    // of the label reads a clause only where one names it; otherwise its parts carry the content.
    if (question.heading && seg.marker.ids.length > 1 && seg.column === undefined && ['answered', 'partial'].includes(classifyAnswer(plain(text.slice(seg.start, seg.end)), question).status)) {
      const clauses = clausesFor(text, seg, q);
      if (clauses && !clauses[seg.marker.ids.indexOf(question.id)]) {
        const cls: Classification = { status: 'not-applicable', confidence: 0.9, reason: 'a heading whose parts the range answers' };
        found.set(question.id, { how: 'range', cls, doubt: true });
        answers.push({ id: question.id, status: 'not-applicable', value: null, line: seg.line + 1, start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), confidence: 0.9, reason: cls.reason!, markerStart: seg.marker.start, markerEnd: seg.marker.end });
        continue;
      }
    }
    // "2. Breakdown as follows:", "Please see the answers to parts (a) to (c) below.": a heading
    // whose line points to its parts' answers has nothing of its own.
    if (question.heading && q.questions.some((x) => x.parent === question.id && chosen.has(x.id)) && POINTS_BELOW_RE.test(plain(text.slice(seg.start, seg.end)).trim())) {
      const cls: Classification = { status: 'not-applicable', confidence: 0.9, reason: 'a heading that points to its parts below' };
      found.set(question.id, { how: 'label', cls, doubt: true });
      answers.push({ id: question.id, status: 'not-applicable', value: null, line: seg.line + 1, start: seg.start, end: seg.end, text: text.slice(seg.start, seg.end), confidence: 0.9, reason: cls.reason!, markerStart: seg.marker.start, markerEnd: seg.marker.end });
      continue;
    }
    const built = build(text, question, seg, q, chosen);
    const bare = /^[([]?\d{1,3}[.):\]]?$/.test(seg.marker.label.trim());
    // ("These answers are for all beds … 1. 950" and, below, "Acute beds … 1. 866": the same question
    // answered twice in one letter with two figures; which one the researcher wants is a choice.)
    const earlier = replacedInMessage.get(chosen)?.get(question.id);
    // (Each under a label of its own: not a range's statement that the question's own label answers
    // again, nor a review that says it revises the answers above.)
    const earlierReading = earlier && earlier.marker.ids.length === 1 && seg.marker.ids.length === 1 && FIGURE_TYPES.has(question.type) && built.suggestion.value !== null && !REVISED_RE.test(text.slice(earlier.end, seg.start)) ? plain(segmentText(text, earlier)) : '';
    const earlierValue = earlierReading && !earlierReading.includes('?') ? parseValue(earlierReading, question, q.codes).value : null;
    // (Not a review's revised answer, which replaces the first on purpose: "733 (revised; previously refused)".)
    const twice = earlierValue !== null && earlierValue !== built.suggestion.value && !REVISED_RE.test(plain(segmentText(text, seg)));
    found.set(question.id, { how: seg.marker.inProse ? 'prose' : seg.marker.ids.length > 1 ? 'range' : 'label', cls: built.cls, doubt: bare || !!renumbered || !!moved || !!seg.marker.byTopic || twice, misread: built.several || twice });
    if (built.cls.crossRef) {
      // "See our answer to Q7b." where the council's "Q7b" is the questionnaire's Q6c: follow the relabelling.
      // "As per our answer to 1.2.": the question the questionnaire labels 1.2.
      const decimal = /^Q(\d{1,3}\.\d{1,2})$/.exec(built.cls.crossRef)?.[1];
      const labelled = decimal ? q.questions.find((x) => x.label === decimal)?.id : undefined;
      const target = built.cls.crossRef === 'previous' ? 'previous' : (labelled ?? normalizeId(built.cls.crossRef) ?? built.cls.crossRef);
      refs.set(question.id, target !== 'previous' && !q.byId.has(target) && relabelled[target] ? relabelled[target]! : target);
    }
    answers.push(built.suggestion);
  }
  if (!questionnaire) {
    if (answers.length === 0) answers = wholeRequestRefusal(ctx, q);
    resolveRefs(answers, refs, q, null);
    return { council: detectCouncil(text), markers, answers, problems, variant: null };
  }
  const skipped = moved ? movedNotAsked(markers, questionnaire) : findNotAsked(markers, questionnaire, text);
  oneFigureForParts(answers, found, (id) => {
    const seg = chosen.get(id);
    return seg ? text.slice(seg.start, seg.end) : '';
  });
  // Lines between two restated parts that hold only the requester's condition ("If so:") or nothing.
  // (Or the rest of the question restated on the first line, wrapped onto the next ones: "24. Has the
  // implementation of a CRM ever been planned or undertaken, but" / "subsequently abandoned?".)
  const lineText = (k: number): string => text.slice(lines[k]!.contentStart, lines[k]!.contentEnd).trim();
  const onlyRouting = (from: number, to: number): boolean => {
    let wrapped = !/[?:.]$/.test(lineText(from));
    for (let k = from + 1; k < to; k++) {
      if (lines[k]!.blank) wrapped = false;
      else if (wrapped && k - from <= 2) wrapped = !/[?:]$/.test(lineText(k));
      else if (!isRoutingLine(lineText(k))) return false;
    }
    return true;
  };
  answers = answersBelowQuotedRun(answers, found, segMarkers, chosen, q, onlyRouting);
  answers = oneAnswerForShortRequest(text, answers, found, segMarkers, chosen, q);
  answers = quotedBackToBack(text, answers, found, segMarkers, chosen, q);
  answers = noBelowQuotedParts(answers, found, segMarkers, chosen, q, onlyRouting);
  laterCorrections(text, lines, answers, found, q);
  answers = readWhole({ ctx, q, answers, found, refs, notAsked: skipped, renumbered: renumbered ?? split?.numbers ?? withIdentity(moved, questionnaire), labelled: new Set(markers.flatMap((m) => m.ids)) });
  const variant: Variant | null = skipped.length || Object.keys(relabelled).length ? { notAsked: skipped, relabelled } : null;
  return { council: detectCouncil(text), markers, answers, problems, variant };
}

/**
 * Questions quoted one after another with one answer below the last ("> Q4a. …" / "> Q4b. …" /
 * "We do not record this information for either 4a or 4b."): the quoted questions before it that
 * have no answer of their own and that the answer names take it too.
 */
const COVER_RUN = new Set(['not-applicable', 'not-held', 'refused']);
/** "We do not record this for this question": the answer says it is for its own question alone. */
const ONE_QUESTION_RE = /\b(?:this|that|the\s+(?:above|last))\s+(?:question|part)\b/i;
/** "… unable to answer your questions … not obliged to comply with this part of your request": said of them all. */
const ALL_QUESTIONS_RE = /\b(?:your|these|the|all|any\s+of\s+your)\s+questions\b/i;

/** "The information requested …", "This information you requested …": opening on everything asked. */
const REQUESTED_ALL_RE = /^\W*(?:the|this)\s+information\s+(?:you\s+(?:have\s+)?)?requested\b/i;

/** "not recorded separately … a total of 49": one figure said to be for the parts together. */
const TOGETHER_RE = /\bnot\s+(?:recorded|held|kept|available|broken\s+down|counted|split)\s+separately\b|\b(?:cannot|can't|unable\s+to)\s+(?:separate|split|distinguish)\b|\b(?:combined|together)\b/i;

/**
 * "2a) & 2b) These are not recorded separately. A total of 49 dogs were either returned or
 * rehomed.": one label for several questions, the same figure read for each, and the text says
 * it is for them together. It answers none of them: each is not held, as the council says.
 */
function oneFigureForParts(answers: Suggestion[], found: Map<string, Found>, whole: (id: string) => string): void {
  const byLabel = new Map<number, Suggestion[]>();
  for (const a of answers) {
    if (a.markerStart === undefined || typeof a.value !== 'number' || a.status !== 'answered') continue;
    const list = byLabel.get(a.markerStart) ?? [];
    list.push(a);
    byLabel.set(a.markerStart, list);
  }
  for (const list of byLabel.values()) {
    if (list.length < 2 || !list.every((a) => a.value === list[0]!.value && a.text === list[0]!.text) || !TOGETHER_RE.test(whole(list[0]!.id))) continue;
    for (const a of list) {
      a.status = 'not-held';
      a.value = null;
      delete a.unit;
      a.reason = 'one figure for the parts together; not held for each';
      const f = found.get(a.id);
      if (f) found.set(a.id, { ...f, doubt: true, cls: f.cls ? { ...f.cls, status: 'not-held' } : f.cls });
    }
  }
}

/** The sibling parts restated one a line just above an answer's own part, each named in the answer by the words its parent does not share. */
function namedRestatedParts(a: Suggestion, seg: Segment, markers: readonly Marker[], have: ReadonlySet<string>, q: Questionnaire): string[] {
  const family = q.byId.get(a.id)?.parent;
  if (!family) return [];
  const words = questionWords(q);
  const said = new Set(wordTokens(a.text).map((t) => topicStem(t.word)));
  const ownWords = (id: string): string[] => [...(words.get(id)?.topic ?? [])].filter((w) => !words.get(family)?.topic.has(w));
  const mine = ownWords(a.id);
  if (mine.length === 0 || !mine.some((w) => said.has(w))) return [];
  const run: string[] = [];
  for (let k = markers.indexOf(seg.marker) - 1, line = seg.marker.line; k >= 0; k--) {
    const m = markers[k]!;
    const id = m.ids[0]!;
    if (m.ids.length !== 1 || have.has(id) || m.line !== line - 1 || q.byId.get(id)?.parent !== family) break;
    const theirs = ownWords(id);
    if (theirs.length === 0 || !theirs.every((w) => said.has(w))) break;
    run.push(id);
    line = m.line;
  }
  return run;
}

function answersBelowQuotedRun(answers: Suggestion[], found: Map<string, Found>, markers: readonly Marker[], chosen: Map<string, Segment>, q: Questionnaire, onlyRouting: (from: number, to: number) => boolean): Suggestion[] {
  const have = new Set(answers.map((a) => a.id));
  const added: Suggestion[] = [];
  for (const a of answers) {
    const seg = chosen.get(a.id);
    if (!seg || seg.marker.ids[0] !== a.id) continue;
    let named = idsNamed(a.text, q).filter((id) => !have.has(id));
    let restated = false;
    // "Q13. If the Authority does not have a CRM system:" / "Q13a. …" … "Q13d. …" / "Response: Not
    // applicable.": one refusal, "not held" or "not applicable" below a heading's parts restated one
    // per line covers the heading and the parts just above it that have no answer.
    if (named.length === 0 && (COVER_RUN.has(a.status) || (a.status === 'signposted' && a.exemption)) && (!ONE_QUESTION_RE.test(a.text) || ALL_QUESTIONS_RE.test(/^[\s\S]*?[.!?](?=\s|$)/.exec(a.text)?.[0] ?? a.text))) {
      // Top-level questions too ("1. How many trees …" / "2. How many new trees …" / "We do not
      // hold a record of this."): each the question just before the last one taken, its restated
      // words the only text between the labels.
      const own = q.byId.get(a.id);
      const family = own?.parent ?? null;
      const run: string[] = [];
      let inFamily = !!family;
      let ownFamily = 0;
      for (let k = markers.indexOf(seg.marker) - 1, line = seg.marker.line, after = a.id; k >= 0; k--) {
        const m = markers[k]!;
        if (m.ids.some((id) => have.has(id))) break;
        if (inFamily) {
          const id = m.ids[0]!;
          if (m.ids.length !== 1 || m.line >= line || (m.line !== line - 1 && !onlyRouting(m.line, line)) || (id !== family && q.byId.get(id)?.parent !== family)) break;
          run.push(id);
          // Up to the heading; the questions restated above it are taken as top-level ones are.
          if (id === family) inFamily = false;
          ownFamily = run.length;
        } else {
          // One label may stand for a question read as two ("2. How many claims …, and how many
          // were settled?" → Q2a, Q2b): its ids, in order, just before the last one taken.
          const at = q.byId.get(after)?.order ?? 0;
          const fits = m.ids.every((id, i) => {
            const before = q.questions[at - m.ids.length + i];
            // A part whose heading has an answer ("Q12 (all parts): see attached") is that answer's.
            return before?.id === id && !(before.parent && have.has(before.parent));
          });
          if (line - m.line > 6 || line <= m.line || !fits) break;
          run.push(...m.ids);
        }
        line = m.line;
        after = m.ids[0]!;
      }
      // Questions restated one after another reach back to the first question: the whole request
      // quoted, then one statement. Restated in the middle of answered ones ("5. …?" / "6. …?" /
      // "7. …?" / "Spend is commercially sensitive"), the council left them unanswered.
      const first = q.questions.find((x) => !x.heading)?.id;
      const reachesFirst = run.length > ownFamily && (run[run.length - 1] === first || q.byId.get(run[run.length - 1]!)?.order === 0);
      // (Unless two or more are restated and the statement speaks of what was asked in them all:
      // "The information requested is not held centrally … would exceed the appropriate limit".)
      const forAll = run.length - ownFamily >= 2 && REQUESTED_ALL_RE.test(/^[\s\S]*?[.!?](?=\s|$)/.exec(a.text)?.[0] ?? a.text);
      if (!reachesFirst && !forAll) run.length = ownFamily;
      if (run.length >= (family ? 2 : 1)) {
        named = run;
        restated = true;
      }
    }
    // "a) printers" / "b) paper scanners" / "" / "We spent £471,332 on printers in 2022. Scanners
    // are part of the printers …": parts restated one a line with nothing between, then one answer
    // naming each of them by its own words, answers each part it names (offered).
    if (named.length === 0 && (a.status === 'answered' || a.status === 'partial')) {
      const run = namedRestatedParts(a, seg, markers, have, q);
      if (run.length > 0) {
        named = run;
        restated = true;
      }
    }
    if (named.length === 0) continue;
    // The markers just above the answer's own, back to the last one that has an answer.
    for (let k = markers.indexOf(seg.marker) - 1; k >= 0; k--) {
      const m = markers[k]!;
      if (m.ids.some((id) => have.has(id)) || (!restated && seg.marker.line - m.line > 12)) break;
      for (const id of m.ids) {
        if (!named.includes(id) || have.has(id)) continue;
        have.add(id);
        added.push({ ...a, id, reason: `one answer below the quoted ${id} and ${a.id}`, why: restated ? `one answer below the restated ${id} to ${a.id}, line ${a.line}` : `named in the answer below the quoted ${id} and ${a.id}, line ${a.line}` });
        found.set(id, { ...(found.get(a.id) ?? { how: 'label', cls: null }), how: 'range', doubt: true });
      }
    }
    // "Not applicable to Q13 (a) to (d)" below the quoted parts: the heading they belong to as well.
    for (const id of named) {
      const question = q.byId.get(id);
      if (!question?.heading || have.has(id) || !named.some((x) => x !== id && q.byId.get(x)?.parent === id)) continue;
      have.add(id);
      added.push({ ...a, id, reason: `the heading of the parts named in the answer to ${a.id}` });
      found.set(id, { ...(found.get(a.id) ?? { how: 'label', cls: null }), how: 'range', doubt: true });
    }
  }
  if (added.length === 0) return answers;
  const order = new Map(q.questions.map((x, i) => [x.id, i]));
  return [...answers, ...added].sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
}

/** "… as the following exemptions apply", "by virtue of the following exemptions:": the sections are listed below. */
const EXEMPTIONS_BELOW_RE = /\b(?:the\s+following\s+exemptions?\s+(?:appl(?:y|ies)|(?:has|have)\s+been\s+applied)|by\s+virtue\s+of\s+the\s+following\s+exemptions?)\b/i;

/**
 * "<7", "< 5", "fewer than 5", "less than ten": a small count given only as its band (after the
 * part's own words, "Adults' roles – Fewer than 5", and with a pointer to the reasons, "(see below)").
 */
const BAND_ONLY_RE = /^(?:[^\d\n.;:]{0,60}\s[-–—:]\s*)?\W*(?:<\s?\d{1,2}|(?:fewer|less)\s+than\s+(?:\d{1,2}|five|ten))\W*(?:\(\s*see\s+(?:below|note|above)[^)]{0,20}\)\W*)?$/i;
/**
 * "There are currently less than 5 internal communication staff members.": a sentence whose only
 * figure is a small count's band.
 */
function bandSentence(reading: string): boolean {
  if (reading.length > 200 || !/\b(?:fewer|less)\s+than\s+(?:\d{1,2}|five|ten)\b/i.test(reading)) return false;
  return !/\d/.test(reading.replace(/\b(?:fewer|less)\s+than\s+(?:\d{1,2}|five|ten)\b/gi, ' '));
}
/**
 * "figures below five are withheld under section 40(2)", "low numbers … exempt under Section 40",
 * and the reasons without the section: "There is a low number involved … could identify
 * individuals, which would constitute their personal data".
 */
const BAND_EXEMPT_RE = /\b(?:low|small)\s+(?:figures|numbers|counts)\b[^.]{0,120}\b(?:section|s\.?)\s?40\b|\b(?:section|s\.?)\s?40\b[^.]{0,160}\b(?:low|small)\s+(?:figures|numbers|counts)\b|\b(?:figures|numbers|counts)\s+(?:of|below|under|less\s+than|fewer\s+than)\s+(?:\d{1,2}|five|ten)\b[^.]{0,160}\b(?:section|s\.?)\s?40\b|\b(?:figures?|numbers?|counts?)\s+(?:is|are)\s+(?:less|fewer)\s+than\s+(?:\d{1,2}|five|ten)\b[\s\S]{0,400}?\b(?:section|s\.?)\s?40\b|\b(?:low|small)\s+(?:number|numbers|figures?|counts?)\b[\s\S]{0,300}?\bidentify\b[\s\S]{0,200}?\bpersonal\s+(?:data|information)\b/i;

/** "we are unable to provide an exact cost", "we cannot give a precise figure": the sum asked is not given. */
const UNABLE_EXACT_RE = /\b(?:unable|not\s+able|cannot|can(?:'|’)t)\s+(?:to\s+)?(?:provide|give|supply|calculate|identify)\s+(?:you\s+with\s+)?(?:an?\s+|the\s+)?(?:exact|precise|specific|accurate|actual|total)\s+(?:cost|figure|amount|sum|total)\b/i;
/** "the cost of one appliance … for one hour", "an average figure", "per hour": a rate, not a total. */
const RATE_GIVEN_RE = /\b(?:per|for\s+one|an|each)\s+(?:hour|day|visit|incident|call-?out|appliance)\b|\bhourly\b|\baverage\s+(?:figure|cost|rate)\b/i;

/** "i) 2013/14", "2017/18 to date (most recent data available)": a period alone, with no figure for it. */
const PERIOD_ONLY_RE = /^\s*(?:\(?[ivx]{1,4}\)\s*)?(?:19|20)\d\d(?:[/-]\d{2,4})?(?:\s*(?:to|-|–)\s*(?:date|(?:19|20)\d\d(?:[/-]\d{2,4})?))?(?:\s*\([^()\d]*\))?\s*$/i;

/**
 * "– Is there a contract …?" / "– If so, how much …?" / "– If not, how much …?" / "Response:" /
 * "There is no contract: it is done in house, so there is no external cost.": a short request
 * quoted whole, one question after another, and one answer in words below the last. The answer is
 * to the request, and each question reads it for itself (offered: which words answer which
 * question is a reading).
 */
function oneAnswerForShortRequest(text: string, answers: Suggestion[], found: Map<string, Found>, markers: readonly Marker[], chosen: Map<string, Segment>, q: Questionnaire): Suggestion[] {
  const real = q.questions.filter((x) => !x.heading);
  if (real.length < 2 || real.length > 4 || answers.length !== 1 || real.some((x) => x.parent)) return answers;
  const last = answers[0]!;
  const seg = chosen.get(last.id);
  if (!seg || last.id !== real[real.length - 1]!.id || seg.marker.ids.length !== 1 || !['answered', 'unclear', 'partial'].includes(last.status)) return answers;
  // The request quoted whole: one label per question, in order, and nothing else labelled.
  if (markers.length !== real.length || markers.some((m, i) => m.ids.length !== 1 || m.ids[0] !== real[i]!.id)) return answers;
  // (Below the last question's own words: its label's line is the question, not the answer.)
  if (last.line <= seg.marker.line + 1) return answers;
  // (Nor the requester's own words below the request, up to the sign-off: "For the avoidance of
  // doubt, …" / "Yours faithfully,".)
  if (/^[ \t>]*yours\s+faithfully\b/im.test(text.slice(last.start, last.end + 80))) return answers;
  // (In words: "412 potholes are awaiting repair." is the last question's own figure.)
  if (/\d/.test(/^[^\n]*(?:\n(?![ \t\u00a0]*\r?\n)[^\n]*)*/.exec(last.text)![0])) return answers;
  const out: Suggestion[] = [];
  for (const question of real) {
    const built = question.id === last.id ? { suggestion: last, cls: found.get(last.id)?.cls ?? null, several: false } : build(text, question, seg, q, chosen);
    const why = `one answer below the whole request quoted, line ${last.line}`;
    out.push({ ...built.suggestion, id: question.id, reason: `${built.suggestion.reason}; ${why}`, why });
    found.set(question.id, { how: 'range', cls: built.cls, doubt: true });
  }
  // ("If so, how much …?" when the one answer says there is none: the question asked only if so
  // does not arise, whatever figure the shared words give it.)
  const byId = new Map(out.map((a) => [a.id, a] as const));
  for (const a of out) {
    const against = Object.entries(q.byId.get(a.id)?.when ?? {}).find(([id, want]) => {
      const t = byId.get(id);
      return !!t && t.status === 'answered' && typeof t.value === 'string' && !(Array.isArray(want) ? want : [want]).some((w) => String(w).toLowerCase() === String(t.value).toLowerCase());
    });
    if (!against) continue;
    Object.assign(a, { status: 'not-applicable', value: null, from: against[0], reason: `routed out: ${against[0]} is ${String(byId.get(against[0])!.value)}` });
    delete a.unit;
    found.set(a.id, { how: 'routed', cls: null, doubt: true });
  }
  return out;
}

/**
 * "1) How often have restraints been used …? 2) How often were police called …?" / (a table): two
 * questions quoted on one line, the second's label right after the first's words, and one answer
 * below them both. The first question reads that answer for itself (offered).
 */
function quotedBackToBack(text: string, answers: Suggestion[], found: Map<string, Found>, markers: readonly Marker[], chosen: Map<string, Segment>, q: Questionnaire): Suggestion[] {
  const have = new Set(answers.map((a) => a.id));
  const added: Suggestion[] = [];
  for (let i = 0; i + 1 < markers.length; i++) {
    const m = markers[i]!;
    const n = markers[i + 1]!;
    if (m.ids.length !== 1 || n.ids.length !== 1 || m.label === '' || n.label === '' || n.line !== m.line || have.has(m.ids[0]!)) continue;
    const seg = chosen.get(n.ids[0]!);
    const question = q.byId.get(m.ids[0]!);
    if (!seg || seg.marker !== n || !question || question.heading || seg.line === m.line) continue;
    const built = build(text, question, seg, q, chosen);
    if (built.suggestion.value === null && built.suggestion.status === 'answered') continue;
    const why = `quoted with ${n.ids[0]} on line ${m.line + 1}, one answer below them both, line ${built.suggestion.line}`;
    added.push({ ...built.suggestion, id: question.id, reason: `${built.suggestion.reason}; ${why}`, why });
    found.set(question.id, { how: 'range', cls: built.cls, doubt: true });
    // (The same figure read for both, "18" for the number of funerals and for the money spent:
    // which of the answer's figures is whose is not known, so neither is auto-coded.)
    const second = answers.find((a) => a.id === n.ids[0]);
    const f = found.get(n.ids[0]!);
    if (second && f && built.suggestion.value !== null && second.value === built.suggestion.value) {
      found.set(n.ids[0]!, { ...f, misread: true });
      found.set(question.id, { how: 'range', cls: built.cls, doubt: true, misread: true });
    }
  }
  return added.length === 0 ? answers : [...answers, ...added].sort((a, b) => (q.byId.get(a.id)?.order ?? 0) - (q.byId.get(b.id)?.order ?? 0));
}

/** "No.", "None", "No – none identified": a bare refusal of a yes/no question, with no figure. */
const BARE_NO_RE = /^[\s"'(*-]*(?:no|none|nil)\b(?![\s\S]*\d)[^\n]{0,80}$/i;

/**
 * "> Q5 Has the council identified any misuse …? If so:" / ">    a) how many …?" / ">    b) how
 * many …?" / "No.": a yes/no question quoted with the parts it leads to, then one "No" below the
 * last part. The "No" is the question's; its parts, asked only if so, do not apply.
 */
function noBelowQuotedParts(answers: Suggestion[], found: Map<string, Found>, markers: readonly Marker[], chosen: Map<string, Segment>, q: Questionnaire, onlyRouting: (from: number, to: number) => boolean): Suggestion[] {
  const have = new Set(answers.map((a) => a.id));
  const added: Suggestion[] = [];
  for (const a of answers) {
    const seg = chosen.get(a.id);
    const parentId = q.byId.get(a.id)?.parent;
    const parent = parentId ? q.byId.get(parentId) : undefined;
    if (!seg || seg.marker.ids.length !== 1 || !parent || parent.heading || parent.type !== 'yes-no' || have.has(parent.id) || !BARE_NO_RE.test(a.text.trim())) continue;
    // The labels just above, line after line, back to the parent's: every part before this one, none answered.
    const run: string[] = [];
    let line = seg.marker.line;
    let reached = false;
    for (let k = markers.indexOf(seg.marker) - 1; k >= 0; k--) {
      const m = markers[k]!;
      if (m.ids.length !== 1 || m.line >= line || (m.line !== line - 1 && !onlyRouting(m.line, line)) || have.has(m.ids[0]!)) break;
      const id = m.ids[0]!;
      if (id === parent.id) {
        reached = true;
        break;
      }
      if (q.byId.get(id)?.parent !== parent.id) break;
      run.push(id);
      line = m.line;
    }
    if (!reached) continue;
    const f = found.get(a.id) ?? { how: 'label' as const, cls: null };
    const why = `"No" below the quoted ${parent.id} and its parts, line ${a.line}`;
    added.push({ ...a, id: parent.id, status: 'answered', value: 'No', reason: `"No" to ${parent.id}, below its quoted parts`, why });
    found.set(parent.id, { ...f, how: 'range', doubt: true, cls: f.cls ? { ...f.cls, status: 'answered' } : f.cls });
    for (const id of [...run, a.id]) {
      const own = id === a.id ? a : undefined;
      const na: Suggestion = { ...a, id, status: 'not-applicable', value: null, reason: `asked only if ${parent.id} is yes; it is no`, why };
      delete na.unit;
      delete na.exemption;
      if (own) Object.assign(own, na);
      else if (!have.has(id)) added.push(na);
      have.add(id);
      found.set(id, { ...f, how: 'range', doubt: true, cls: f.cls ? { ...f.cls, status: 'not-applicable' } : f.cls });
    }
    have.add(parent.id);
  }
  if (added.length === 0) return answers;
  const order = new Map(q.questions.map((x, i) => [x.id, i]));
  return [...answers, ...added].sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
}

/** After labels were moved by wording: questions between the moved ones that no label quotes. */
function movedNotAsked(markers: Marker[], q: Questionnaire): string[] {
  const labelled = new Set(markers.flatMap((m) => m.ids));
  const real = q.questions.filter((x) => !x.heading);
  const out = real.filter((x) => !labelled.has(x.id)).map((x) => x.id);
  return out.length <= real.length * 0.25 ? out : [];
}

/** The moved labels as a renumbering for cross-references: a label that did not move keeps its id. */
function withIdentity(moved: Map<string, string> | null, q: Questionnaire): Map<string, string> | null {
  if (!moved) return null;
  const out = new Map<string, string>();
  for (const x of q.questions) out.set(x.id, moved.get(x.id) ?? x.id);
  return out;
}

/**
 * "Questions 11 and 12 – CRM" over one paragraph, where 12 is a heading over 12a–12c that nothing
 * else labels: the label names the heading's parts too, so the paragraph's clauses are shared
 * among them (the heading itself has no answer of its own).
 */
function withHeadingParts(markers: Marker[], q: Questionnaire): Marker[] {
  const labelled = new Set(markers.flatMap((m) => m.ids));
  return markers.map((m) => {
    // (A title naming one heading, "Spending (question 5)", stands for its parts too.)
    // (So does prose naming one, "Turning to the ceremonies asked about in question 5, …": its
    // parts that no other reference names, the rest answered at their own names — "the answer to
    // 5(b) is …".)
    const proseOne = m.inProse && m.ids.length === 1 && !/\)\s*:?$/.test(m.label);
    if (m.ids.length < 2 && !(m.inProse && /\)\s*:?$/.test(m.label)) && !proseOne) return m;
    const ids: string[] = [];
    for (const id of m.ids) {
      ids.push(id);
      if (!q.byId.get(id)?.heading) continue;
      const parts = q.questions.filter((x) => (x.parent ?? impliedParent(x.id)) === id).map((x) => x.id);
      if (parts.length > 0 && parts.every((p) => !labelled.has(p))) {
        // (Prose naming a heading alone, all its parts unnamed, answers the heading: its answer covers them.)
        if (!proseOne || m.ids.length > 1) ids.push(...parts);
      }
      else if (proseOne && parts.some((p) => !labelled.has(p)) && markers.some((o) => o.start > m.start && o.inProse && o.ids.some((p) => parts.includes(p)))) ids.push(...parts.filter((p) => !labelled.has(p)));
    }
    return ids.length > m.ids.length ? { ...m, ids } : m;
  });
}

/** An inline part label: `(a)` or `a)` after a space or `;`, or at the start. */
const INLINE_PART_RE = /(?:^|(?<=[\s;,.:]))(?:\(([a-z])\)|([a-z])\)(?=[ \t\u00a0]))[ \t\u00a0]*/g;

/**
 * "4. 150 approx; (a) 20; (b) 130; (c) Properties": an answer under a number that letters its
 * parts on its own line. Each part the questionnaire knows takes its own stretch (unless a later
 * answer of its own exists); the number keeps what comes before `(a)`. Returns the heading
 * questions left with nothing of their own.
 */
function inlineParts(text: string, chosen: Map<string, Segment>, q: Questionnaire): Set<string> {
  const bare = new Set<string>();
  const seen = new Set<Segment>();
  for (const seg of [...chosen.values()]) {
    if (seen.has(seg)) continue;
    seen.add(seg);
    const ids = seg.marker.ids;
    const num = firstNumber(ids[0] ?? '');
    if (num < 0 || ids.some((id) => firstNumber(id) !== num)) continue;
    const body = text.slice(seg.start, Math.min(seg.end, seg.start + 600));
    // ("Q6\t(a) 40 %   (b) 55 %   (c) approx. 5 %": the label took the first part's letter; the
    // others follow it on the line, from the next letter.)
    // (Tried from "(a)" first: a part's label over the letters of all the parts, "b)" quoted over
    // "(a) 312 …" / "(b) The cost …", gives each its own.)
    const lettered = (first: number, ownFirst: boolean): { at: number; after: number }[] => {
      const out: { at: number; after: number }[] = ownFirst ? [{ at: 0, after: 0 }] : [];
      INLINE_PART_RE.lastIndex = 0;
      for (let m = INLINE_PART_RE.exec(body); m; m = INLINE_PART_RE.exec(body)) {
        const letter = (m[1] ?? m[2])!.charCodeAt(0);
        if (letter !== first + out.length) break;
        if (!q.byId.has(idString(num, letter))) break;
        out.push({ at: m.index, after: m.index + m[0].length });
      }
      return out;
    };
    let base = 0x61;
    let labels = lettered(base, false);
    const own = ids.length === 1 && /\d[a-z]$/.test(ids[0]!) ? ids[0]!.charCodeAt(ids[0]!.length - 1) : 0;
    if (labels.length < 2 && own) {
      labels = lettered(own, true);
      base = own;
      // (Only letters on the label's own line: "6 a) Yes, …" / "7 b) Not measured." is the next row.)
      if (labels.length >= 2 && body.slice(0, labels[1]!.at).includes('\n')) continue;
      // (Nor the request's parts quoted in a table's question column: "(a) When did … go Live? (b)
      // How long did …": a piece that asks is no answer.)
      if (labels.some((l, i) => body.slice(l.after, labels[i + 1]?.at ?? body.length).includes('?'))) continue;
    }
    if (labels.length < 2) continue;
    // "2) Of the funerals: a) burials b) cremations<TAB>Not held": the letters are in the question's
    // cell of a table row; the answer in the next cell is the number's.
    if (/[\t|]/.test(body.slice(labels[labels.length - 1]!.after))) continue;
    // "(a) No … (b) and (c) N/A": letters joined by "and" (or a range) share the answer after the
    // last of them. "1. Staffing (a) and (b)   | Please see …": when every letter is in one such
    // group, they name the parts the answer covers and are not answered one by one.
    const groups: number[][] = [];
    labels.forEach((l, i) => {
      const joined = i > 0 && /^[\s,]*(?:and|&|or|to|\/|-|–)?[\s,]*$/i.test(body.slice(labels[i - 1]!.after, l.at));
      if (joined) groups[groups.length - 1]!.push(i);
      else groups.push([i]);
    });
    if (groups.length < 2) continue;
    const lineAt = (offset: number): number => {
      let line = seg.line;
      for (let p = text.indexOf('\n', seg.start); p !== -1 && p < offset; p = text.indexOf('\n', p + 1)) line++;
      return line;
    };
    // "2. Please break down … by year: a) 2015, b) 2016": each letter followed by its own part's
    // words is the request quoted, not answered.
    const words = (s: string): string => s.toLowerCase().replace(/\b(?:and|or)\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // ("… (c) 2021 and (d) 2022 to date? None": the last part's words, the question mark, and the
    // answer after it on the line: the answer is the number's, after the mark.)
    let tail = -1;
    const quoted = groups.every((group, g) => {
      const from = labels[group[group.length - 1]!]!.after;
      const to = g + 1 < groups.length ? labels[groups[g + 1]![0]!]!.at : body.length;
      const part = q.byId.get(idString(num, base + group[group.length - 1]!))?.text ?? '';
      const piece = body.slice(from, to).split('\n')[0]!;
      if (part !== '' && words(piece) === words(part)) return true;
      const mark = piece.indexOf('?');
      if (g === groups.length - 1 && part !== '' && mark > 0 && words(piece.slice(0, mark)) === words(part) && /\S/.test(piece.slice(mark + 1))) {
        tail = seg.start + from + mark + 1;
        while (/[ \t]/.test(text[tail]!)) tail++;
        return true;
      }
      return false;
    });
    if (quoted && tail > 0) {
      for (const [id, other] of [...chosen]) if (other === seg) chosen.set(id, { ...seg, start: tail, inline: true });
      continue;
    }
    if (quoted) {
      // The answer, if any, is below the quoted line.
      const eol = text.indexOf('\n', seg.start);
      const below = eol < 0 || eol + 1 >= seg.end ? null : { ...seg, start: eol + 1, line: seg.line + 1 };
      for (const [id, other] of [...chosen]) {
        if (other !== seg) continue;
        if (below) chosen.set(id, below);
        else chosen.delete(id);
      }
      continue;
    }
    groups.forEach((group, g) => {
      const last = labels[group[group.length - 1]!]!;
      const start = seg.start + last.after;
      let end = g + 1 < groups.length ? seg.start + labels[groups[g + 1]![0]!]!.at : seg.end;
      while (end > start && /[\s;,]/.test(text[end - 1]!)) end--;
      if (end <= start) return;
      for (const i of group) {
        const id = idString(num, base + i);
        const existing = chosen.get(id);
        if (existing && existing !== seg && existing.start > seg.start) continue;
        chosen.set(id, { ...seg, marker: { ...seg.marker, ids: [id] }, start, end, line: lineAt(start) });
      }
    });
    // "6. (a) Yes (b) 26%": a part the letters leave out (6c) is not answered by the line.
    for (const id of ids) if (chosen.get(id) === seg && id !== idString(num, 0) && !labels.some((_, i) => idString(num, base + i) === id)) chosen.delete(id);
    const parent = idString(num, 0);
    const pq = q.byId.get(parent);
    if (!pq || chosen.get(parent) !== seg) continue;
    let ownEnd = seg.start + labels[0]!.at;
    while (ownEnd > seg.start && /[\s;,:.–—-]/.test(text[ownEnd - 1]!)) ownEnd--;
    if (ownEnd > seg.start) chosen.set(parent, { ...seg, end: ownEnd });
    else if (pq.heading) bare.add(parent);
    else chosen.delete(parent);
  }
  return bare;
}

/**
 * A short lead naming the answer: "LBC response:", "Our answer:", "Council reply –", or the word
 * alone in a table's left column, "Response    Yes. The …" (a tab or a run of spaces after it).
 */
const RESPONSE_LEAD_RE = /^[\s"'(*-]*(?:[\p{L}&'’./]+[ \t]+){0,3}(?:answer|response|reply)[ \t]*(?::|[–—-][ \t])[ \t]*|^[\s"'(*-]*(?:answer|response|reply)(?:\t|[ ]{2,})[ \t]*/iu;

/** "In answer to your question 7, none of …": a lead naming the question answered. */
const ANSWER_TO_OWN_RE = /^[\s"'(*-]*(?:in\s+)?(?:answer|response|reply)\s+to\s+(?:your\s+)?(?:question|q)\s?\.?\s?\d{1,3}[a-z]?(?:\s?\([a-z]\))?\s*[,:]\s*/i;

const QUOTE_PREFIX_RE = /^[ \t]*(?:>[ \t]?)+/gm;

/**
 * The answer as the classifier should read it: without `>` quote prefixes, and out of the square
 * brackets a council typed it in after the quoted question ("… online portal for Residents? [Yes]").
 */
function plain(s: string): string {
  const out = s.replace(QUOTE_PREFIX_RE, '');
  const bracketed = /^\s*\[([^[\]]+)\]\s*$/.exec(out);
  return bracketed ? bracketed[1]! : out;
}

/**
 * One line "A / B" whose halves are short (a bilingual answer, "Ydy / Yes"): the half that gives
 * a value of the question's type, the second when both or neither do. Anything else as it is.
 */
function oneLanguage(reading: string, question: Question, q: Questionnaire): string {
  if (question.type === 'text' || question.type === 'multi-choice') return englishPart(reading);
  const m = /^([^\n/]{1,80}?)\s\/\s([^\n/]{1,100})$/.exec(reading.trim());
  if (!m) return reading;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  if (a.split(/\s+/).length > 8 || b.split(/\s+/).length > 10) return reading;
  // "139,200 (amcangyfrif 2017 / 2017 estimate)": a slash inside brackets splits a note, not the answer.
  const opens = (s: string): number => (s.match(/[([]/g)?.length ?? 0) - (s.match(/[)\]]/g)?.length ?? 0);
  if (opens(a) !== 0 || opens(b) !== 0) return reading;
  const gives = (s: string): boolean => parseValue(s, question, q.codes).value !== null || classifyAnswer(s, question).crossRef !== undefined;
  if (gives(b)) return b;
  return gives(a) ? a : reading;
}

/** Words and word shapes of Welsh that English hardly has ("ac", "yr", "gwasanaethau", "llyfrgelloedd"). */
const WELSH_WORD = /^(?:a|ac|a'r|yr|y|yn|ar|gan|gyda|neu|ei|eu|mae|nid|ddim|hefyd|cyngor|treth)$|dd|(?:au|iau|edd|ydd|aeth|wch|ol)$|^(?:gw|cy|rh|ll|ff|ch)|w[bcdfghlmnprst]/;
/** Words and word shapes of English that Welsh hardly has. */
const ENGLISH_WORD = /^(?:the|and|of|for|to|in|with|including|on|by|or|is|are|not)$|(?:tion|sion|ing|ies|ment|ness|ity|ous|ship|ices)$|^th|sh|ck/;

/**
 * A text answer in Welsh and English ("Addysg, gofal cymdeithasol, … / Education, social care, …",
 * or the Welsh lines above the English ones): the English part, when the answer splits into a
 * part that reads as Welsh and one that reads as English. The whole answer otherwise.
 */
function englishPart(reading: string): string {
  const slash = /^([^\n]{12,}?)\s\/\s([^\n]{12,})$/.exec(reading.trim());
  const parts = slash ? [slash[1]!, slash[2]!] : reading.split('\n').filter((l) => /\p{L}/u.test(l));
  if (parts.length < 2 || parts.length > 12) return reading;
  const lean = parts.map((p) => {
    // (A web address is in neither language: "www.marrowby.example.gov.uk" is no Welsh.)
    const words = p.replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+/gi, ' ').toLowerCase().split(/[^\p{L}']+/u).filter((w) => w.length > 0);
    const welsh = words.filter((w) => WELSH_WORD.test(w)).length;
    const english = words.filter((w) => ENGLISH_WORD.test(w)).length;
    // (Welsh only by a clear lead: "the register lists only one address at a time" has "a" and the
    // "dd" of "address", and is English.)
    return welsh >= 2 && welsh > english * 2 ? 'cy' : english > welsh ? 'en' : '';
  });
  if (!lean.includes('cy') || !lean.includes('en')) return reading;
  // Lines that lean neither way go with the line above ("council tax, libraries, leisure.").
  const kept: string[] = [];
  let cur = '';
  parts.forEach((p, i) => {
    cur = lean[i] || cur;
    if (cur === 'en') kept.push(p);
  });
  return kept.length > 0 ? kept.join(slash ? ' ' : '\n') : reading;
}

/** The paragraphs (blank-line separated) from `start` to `end`, page furniture left out. */
function paragraphSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t>]*\r?\n\s*/g;
  re.lastIndex = start;
  let from = start;
  const push = (a: number, b: number): void => {
    const body = text.slice(a, b).trim();
    if (body.length === 0 || /^(?:page\s+\d+(?:\s+of\s+\d+)?|our\s+ref\b.*)$/i.test(body.split('\n')[0]!.trim()) && body.split('\n').length <= 2) return;
    let e = b;
    while (e > a && /\s/.test(text[e - 1]!)) e--;
    out.push({ start: a, end: e });
  };
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  if (from < end) push(from, end);
  return out;
}

const clauseCache = new WeakMap<Segment, (Clause | null)[] | null>();
function clausesFor(text: string, seg: Segment, q: Questionnaire): (Clause | null)[] | null {
  if (!clauseCache.has(seg)) clauseCache.set(seg, alignClauses(text, seg.start, seg.end, seg.marker.ids, q));
  return clauseCache.get(seg)!;
}

/** A disclosure log's heading over its files ("Documents"), or words about the response: no answer's first line. */
const PAGE_FURNITURE_FIRST_RE = /^\W*(?:documents|attachments|downloads)\W*$|\bthis\s+is\s+[^.]{0,120}\bresponse\s+to\s+an?\s+(?:freedom\s+of\s+information|foi|eir)\b|\bbrowse\s+(?:our\s+|the\s+)?(?:other|previous|more|all)\s+(?:foi\s+)?(?:responses|requests|disclosures)\b/i;

/** Every line of the text is the page's furniture (its first one a disclosure log's own), or the letter's boilerplate. */
function onlyPageFurniture(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  return lines.length > 0 && PAGE_FURNITURE_FIRST_RE.test(lines[0]!) && lines.every((l) => PAGE_FURNITURE_FIRST_RE.test(l) || isBoilerplate(l));
}

/** An answer that is only a mark: "Yes", "X", a tick. */
const MARK_ONLY_RE = /^\W*(?:yes|x|✓|✔|☒|☑|\[x\]|\(x\))\W*$/i;

/** The question's option said back on the line before `at` (where the mark is), if any. */
function markedOption(text: string, at: number, question: Question, q: Questionnaire): string | undefined {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trim().replace(/^[-•*·]\s+/, '').toLowerCase();
  return before ? resolveChoices(question, q.codes).find((c) => c.toLowerCase() === before) : undefined;
}

function build(text: string, question: Question, seg0: Segment, q: Questionnaire, chosen: Map<string, Segment>): { suggestion: Suggestion; cls: Classification; several: boolean } {
  let seg = seg0;
  // "1. 74 hackney carriage drivers; 231 private hire drivers." for Q1a and Q1b: each part reads its own piece.
  if (isGroupMarker(seg.marker)) {
    const pieces = answerPieces(text, seg.start, seg.end, seg.marker.ids.length);
    const piece = pieces?.[seg.marker.ids.indexOf(question.id)];
    if (piece) {
      let line = seg.line;
      for (let i = text.indexOf('\n', seg.start); i >= 0 && i < piece.start; i = text.indexOf('\n', i + 1)) line++;
      seg = { ...seg, start: piece.start, end: piece.end, line, inline: seg.inline && line === seg.line, column: undefined };
    }
  }
  // "Questions 1 to 3: The name is … The district has a population of 71,300 and covers 23,640
  // hectares.": each question of a range label reads the clause that answers it.
  // A refusal, a pointer or "not held" for them all is read whole: its reasons are one.
  // "Complaints received (your questions 1, 2 and 4)" over three paragraphs: under a title that
  // names its questions, one paragraph for each question, in order, whatever each says.
  const own = seg.marker.ids.filter((id) => !q.byId.get(id)?.heading);
  // "Questions 1 to 4" over a table of years by measures: the cell in this question's column and year.
  if (own.length > 1 && seg.column === undefined && !question.heading) {
    const table = findYearTable(text, seg.start, seg.end, seg.line);
    const hit = table ? cellFor(table, question, own.map((id) => q.byId.get(id)!)) : null;
    if (hit) seg = { ...seg, start: hit.cell.start, end: hit.cell.end, line: hit.cell.line, inline: false };
  }
  // "| 1. Claims received | 742 | 1,106 | 1,391 |" under a header of years: the year asked.
  let byYear: { year: string; chosen: 'named' | 'survey' | 'latest'; withheld?: boolean; by?: 'line' } | null = null;
  if (seg === seg0 && seg.column === undefined && !question.heading && (question.type === 'number' || question.type === 'money' || question.type === 'percent')) {
    const hit = yearColumnCell(text, text.lastIndexOf('\n', seg.start - 1) + 1, seg.line, question, q.questions);
    if (hit) {
      seg = { ...seg, start: hit.cell.start, end: hit.cell.end, line: seg.line, inline: seg.inline };
      byYear = hit;
    } else if (seg.marker.ids.length > 1 || seg.marker.inProse) {
      // A table of measures by years shared by several questions ("Formal applications received
      // 121  139  146" / "Applications approved  104  117  129"): the row whose label carries the
      // question's words, in the year asked.
      const row = measureRow(text, seg, question);
      const cell = row ? yearColumnCell(text, row.start, row.line, question, q.questions) : null;
      if (cell) {
        seg = { ...seg, start: cell.cell.start, end: cell.cell.end, line: row!.line, inline: false };
        byYear = cell;
      }
    }
    if (!byYear && seg.marker.ids.length === 1) {
      // "Q8 - Annual spend. We have given three years for context" / "2016-17   £402.1m" /
      // "2017-18   £415.8m": the line of the year asked.
      const list = yearListCell(text, seg.start, seg.end, seg.line, question, q.questions);
      // "Employees  £139.6m  £143.2m" / "Agency staff …" / "Total  £147.1m  £151.3m" for a
      // question naming those parts: the total, in the year asked.
      // (Or, for a question naming one part, "agency staff", that part's row.)
      const total = list ? null : (totalRow(text, seg, question) ?? measureRow(text, seg, question));
      const cell = list ?? (total ? yearColumnCell(text, total.start, total.line, question, q.questions) : null);
      if (cell) {
        // (Located where the answer begins, at its label, as for a column of years.)
        seg = { ...seg, start: cell.cell.start, end: cell.cell.end };
        byYear = { ...cell, ...(list ? { by: 'line' as const } : {}) };
      }
    }
  }
  const titled = seg.marker.inProse === true && /\)\s*:?$/.test(seg.marker.label);
  const paras = titled && seg.marker.ids.length > 1 && seg.column === undefined && !question.heading ? paragraphSpans(text, seg.start, seg.end) : [];
  if (seg === seg0 && paras.length >= 2 && paras.length === own.length) {
    const para = paras[own.indexOf(question.id)]!;
    let line = seg.line;
    for (let i = text.indexOf('\n', seg.start); i >= 0 && i < para.start; i = text.indexOf('\n', i + 1)) line++;
    seg = { ...seg, start: para.start, end: para.end, line, inline: seg.inline && line === seg.line };
  }
  // ("Questions 4a to 4c" / "… we therefore do not hold the information requested in questions 4a
  // and 4b. … so our answer to 4c is “Properties”.": a statement naming some of the label's
  // questions leaves the others to their own clauses.)
  // (Not one question asked twice, "You asked in two places whether …": one answer for both.)
  const twice = own.length > 1 && own.every((id) => id === question.id || asksTwice(question, q.byId.get(id)!));
  if (seg.marker.ids.length > 1 && seg.column === undefined && seg === seg0 && !twice && (['answered', 'partial'].includes(classifyAnswer(plain(text.slice(seg.start, seg.end)), question).status) || namesSomeOf(plain(text.slice(seg.start, seg.end)), own, q))) {
    const clause = clausesFor(text, seg, q)?.[seg.marker.ids.indexOf(question.id)];
    if (clause) {
      // "Questions 11 and 12 – CRM" / "The Council does use a CRM system. …": the first clause
      // starts with the label's title; the answer is the line below it.
      let start = clause.start;
      const eol = text.indexOf('\n', start);
      if (text.lastIndexOf('\n', start - 1) < seg.start && eol > start && eol < clause.end && /^[\p{L}&/' ]{1,40}$/u.test(text.slice(start, eol).trim()) && text.slice(start, eol).trim().split(/\s+/).length <= 4 && /^\s*[A-Z]/.test(text.slice(eol + 1, clause.end))) {
        start = eol + 1;
        while (start < clause.end && /\s/.test(text[start]!)) start++;
      }
      let line = seg.line;
      for (let i = text.indexOf('\n', seg.start); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
      seg = { ...seg, start, end: clause.end, line, inline: seg.inline && line === seg.line };
    }
  }
  let answer = segmentText(text, seg);
  // "For questions 2, 3, and 4 above." / "West Midlands Police will neither confirm nor deny …": a
  // reference that is its paragraph's whole sentence titles the paragraph after it.
  if (seg.marker.inProse && seg === seg0 && /^\W*(?:above|below|as\s+follows)?\W*$/i.test(answer) && /\n[ \t\u00a0]*\r?\n/.test(text.slice(seg.end, seg.end + 40))) {
    const from = seg.end + /^\s*/.exec(text.slice(seg.end))![0].length;
    const stop = text.slice(from).search(/\n[ \t\u00a0]*\r?\n/);
    const next = text.slice(from, stop < 0 ? text.length : from + Math.min(stop, 1500));
    if (/\p{L}{3,}/u.test(next) && !/^\W*(?:q(?:uestion)?\s*)?\d{1,3}[a-z]?\s*[.):]/i.test(next)) {
      // (From the reference's line, where the answer is introduced.)
      seg = { ...seg, end: from + next.length };
      answer = segmentText(text, seg);
    }
  }
  let reading = withoutPageBreaks(plain(answer));
  // ("If the Authority has a CRM system: (items A18 to A20)" / "Not applicable …": the items the
  // heading covers, in brackets at the end of its line, are the question's; the answer is below.)
  const covers = /^\((?:items?|questions?|parts?|q)\s*[^()\n]{1,30}\)[ \t]*\r?\n(?=[ \t]*\S)/i.exec(reading);
  if (covers) reading = reading.slice(covers[0].length);
  // ("Brightline Print Services Ltd"" closing a spreadsheet's quoted cell: the quote is the cell's.)
  if (/"\s*$/.test(reading) && (reading.match(/"/g) ?? []).length % 2 === 1) reading = reading.replace(/"\s*$/, '');
  // "LBC response: Please see our response to 6b above.": the lead names the answer; the answer follows.
  // ("Question 7 asked about barriers. The council's experience is …": the question restated in a
  // sentence after its name is not the answer.)
  const lead = RESPONSE_LEAD_RE.exec(reading) ?? ANSWER_TO_OWN_RE.exec(reading) ?? ASKED_LEAD_RE.exec(reading);
  if (lead && /[\p{L}\p{N}]/u.test(reading.slice(lead[0].length))) reading = reading.slice(lead[0].length);
  // "Answer: (revised) Yes, in 2014 …": a review's note on the answer is not the answer's first word.
  const note = REVISED_NOTE_RE.exec(reading);
  if (note && /[\p{L}\p{N}]/u.test(reading.slice(note[0].length))) reading = reading.slice(note[0].length);
  // "Oes / Yes", "£246.8 miliwn / £246.8 million": an answer given in two languages is read in
  // the one that gives a value (the second when both do).
  reading = oneLanguage(reading, question, q);
  // ("Paper only" / "Electronic only" / "A mix of paper and electronic Yes" under "Are your records",
  // its options said back: the mark after an option chooses that option.)
  const marked = question.type === 'choice' && MARK_ONLY_RE.test(reading) ? markedOption(text, seg.start, question, q) : undefined;
  if (marked) reading = marked;
  let cls: Classification = marked ? { status: 'answered', confidence: 0.85, reason: 'the option marked' } : classifyAnswer(reading, question);
  // "… will neither confirm nor deny that we hold any of the requested information, as the following
  // exemptions apply." over "Section 24(2) National Security" …: refused, under the first section listed below.
  if (!(cls.status === 'refused' && cls.exemption && cls.exemption !== 'other') && EXEMPTIONS_BELOW_RE.test(reading)) {
    const below = classifyAnswer(plain(text.slice(seg.end, seg.end + 1500)));
    if (below.exemption && below.exemption !== 'other' && (below.status === 'refused' || below.status === 'partial')) cls = { status: 'refused', exemption: below.exemption, confidence: 0.7, reason: `exemption listed below: ${below.exemption}` };
  }
  let viaNote = false;
  // "Both – see Q4c.", "Same as above – yes": a choice or yes/no of its own beside a reference.
  if (cls.crossRef && (question.type === 'choice' || question.type === 'yes-no')) {
    const own = parseValue(reading, question, q.codes);
    if (own.value !== null && own.confidence >= 0.7 && !own.several) cls = { status: 'answered', confidence: 0.9, reason: 'its own value beside a reference' };
  }
  // "Withheld – see note A": the letter's note says why; its refusal, pointer or "not held" is the answer's.
  // ("<5* | <5* | <5*" over "*Due to the low numbers … exempt under section 38(1)(b)": a figure
  // marked with an asterisk, and the footnote under the table that the asterisk opens.)
  const named = reading.length < 160 ? NOTE_REF_RE.exec(reading) : null;
  const starred = reading.length < 160 && !named ? STARRED_RE.exec(reading) : null;
  const noteRef = named ?? starred;
  if (noteRef && cls.status !== 'not-applicable') {
    const note = named ? noteText(text, named[1]!, seg.end) : footnoteText(text, starred![1]!, seg.end);
    // "| 9 | Annual spend on software | See note 2 |": the cell is only the pointer, so the note
    // answers, read in the clause for this question when several cells point to it.
    if (note && ONLY_NOTE_REF_RE.test(reading)) {
      const sharing = [...chosen].filter(([, s]) => s.end <= note.start && NOTE_REF_RE.exec(plain(segmentText(text, s)))?.[1]?.toLowerCase() === noteRef[1]!.toLowerCase()).map(([id]) => id);
      sharing.sort((a, b) => (q.byId.get(a)?.order ?? 0) - (q.byId.get(b)?.order ?? 0));
      const clauses = sharing.length > 1 ? alignClauses(text, note.start, note.end, sharing, q) : null;
      const at = sharing.indexOf(question.id);
      const clause = clauses?.[at];
      // The clause runs on to the next question's ("… were £96.3m; payments to contractors …
      // cannot be separated"), so what it says of the rest stays with it.
      const next = clauses?.slice(at + 1).find((c) => c && clause && c.start > clause.start);
      reading = plain(clause ? text.slice(clause.start, next ? next.start : note.end) : note.text);
      viaNote = true;
      const fromNote = classifyAnswer(reading, question);
      cls = { ...fromNote, confidence: Math.min(fromNote.confidence, 0.85), reason: `note ${noteRef[1]}: ${fromNote.reason ?? fromNote.status}` };
    } else {
      let fromNote = note ? classifyAnswer(note.text, question) : null;
      // "Fewer than five. We have not given the exact number – see Note A" over a note citing
      // section 40 whose figures ("27 hackney carriages") are its reasoning: the answer gives no
      // figure of its own, so it is refused.
      if (fromNote && fromNote.status === 'partial' && fromNote.exemption && parseValue(reading.replace(SMALL_NUMBER_BAND, ' '), question, q.codes).value === null) {
        fromNote = { ...fromNote, status: 'refused', reason: `refused under ${fromNote.exemption}; the note's figures are its reasons` };
      }
      if (fromNote && ['refused', 'not-held', 'signposted', 'partial'].includes(fromNote.status) && (cls.status !== 'refused' || !cls.exemption || cls.exemption === 'other')) {
        cls = { ...fromNote, confidence: Math.min(fromNote.confidence, 0.85), reason: `note ${noteRef[1]}: ${fromNote.reason ?? fromNote.status}` };
      }
    }
  }
  // "Withheld. Please see the explanation at the end of this response." over "Explanation for Q3"
  // (or "Question 7") further down: that section's refusal or "not held" is the answer's.
  if (!noteRef && reading.length < 200 && EXPLANATION_REF_RE.test(reading) && cls.status !== 'not-applicable') {
    const section = explanationFor(text, question, q, seg.end);
    const fromSection = section ? classifyAnswer(section, question) : null;
    // (Or where section 21's place is given: "… exempt under section 21 … can be found here: https://…".)
    const placed = fromSection?.status === 'signposted' && cls.status === 'refused' && cls.exemption === 's21' && fromSection.exemption === 's21';
    if (fromSection && (placed || ((fromSection.status === 'refused' || fromSection.status === 'not-held') && (cls.status !== 'refused' || !cls.exemption || cls.exemption === 'other')))) {
      cls = { ...fromSection, confidence: Math.min(fromSection.confidence, 0.85), reason: `the explanation below: ${fromSection.reason ?? fromSection.status}` };
    }
  }
  // "3. <7" in a letter that says "Low figures are considered exempt under Section 40(2)": a count
  // suppressed to its band, under the section the letter gives for such bands.
  if (cls.status === 'answered' && (question.type === 'number' || question.type === 'percent') && (BAND_ONLY_RE.test(reading) || bandSentence(reading)) && BAND_EXEMPT_RE.test(text)) {
    cls = { status: 'refused', exemption: 's40', confidence: 0.7, reason: 'a figure suppressed to its band; the letter cites section 40 for such figures' };
  }
  // (A figure read from its year's line or the total's row, under words that say a part is not
  // held: "Total  £7.79m  £7.91m" / "Contractors … are not held as a separate payroll figure.")
  if (byYear && cls.status === 'answered') {
    const whole = classifyAnswer(plain(segmentText(text, seg0)), question);
    if (whole.status === 'partial' && !whole.exemption) cls = { ...cls, status: 'partial', confidence: Math.min(cls.confidence, whole.confidence), reason: `${cls.reason ?? 'a figure'}; ${whole.reason ?? 'part not held'}` };
  }
  // (The years asked given, but for one or more withheld to its band: "30 | 20 | <5*".)
  // (Under the section the letter cites for such bands: personal data, s40 — Scotland's s38.)
  if (byYear?.withheld && cls.status === 'answered') {
    const s40 = BAND_EXEMPT_RE.test(text) || /\b(?:section|s\.?)\s?(?:40|38)\s?\(\d\)/i.test(text);
    cls = { ...cls, status: 'partial', confidence: Math.min(cls.confidence, 0.8), reason: `${cls.reason ?? 'a figure'}; another year asked is withheld to its band`, ...(s40 ? { exemption: 's40' as const } : {}) };
  }
  let typed = cls.status === 'answered' || cls.status === 'partial' ? parseValue(reading, question, q.codes) : ({ value: null, confidence: 1 } as ParsedValue);
  // "Unfortunately, we are unable to provide an exact cost … We do use an average figure … £400 for
  // one hour": the total asked is not held; the rate given instead is no answer to it (offered).
  if (cls.status === 'answered' && question.type === 'money' && typed.several && UNABLE_EXACT_RE.test(/^[^.;]*/.exec(reading)![0]) && RATE_GIVEN_RE.test(reading)) {
    cls = { status: 'not-held', confidence: 0.6, reason: 'unable to give the sum asked; the figure given is a rate' };
    typed = { value: null, confidence: 1 };
  }
  // "… the 42% we gave was the number of accounts … The correct figure is 24% of households.": a
  // correction names the old value first; the value is the one after it.
  // (Read in the whole answer when the questions of a range label share it: "Q6b and Q6c – the
  // 42% we gave … The correct figure is 24%".)
  const whole = seg === seg0 ? reading : plain(segmentText(text, seg0));
  const corrected = typed.value !== null ? CORRECTION_RE.exec(whole) : null;
  if (corrected) {
    const stop = /[.;](?=\s|$)/g;
    stop.lastIndex = corrected.index;
    const end = stop.exec(whole);
    const after = end ? parseValue(whole.slice(end.index + 1), question, q.codes) : null;
    if (after && after.value !== null) typed = after;
  }
  // "3. and 4. We received 312 claims … A payment was made on 41 of them.": one answer for
  // several questions, one sentence with a value for each, in order.
  if (seg.marker.ids.length > 1 && typed.value !== null && typeof typed.value === 'number') {
    const at = seg.marker.ids.indexOf(question.id);
    const sentences = reading.split(/(?<=[.;])\s+(?=[A-Z£\d])/);
    const values = sentences.map((s) => parseValue(s, question, q.codes)).filter((v) => typeof v.value === 'number');
    if (at >= 0 && values.length === seg.marker.ids.length) typed = values[at]!;
    // "5/6: 12 and 62 respectively": one figure for each question of the label, in order.
    const listed = /^(.*?)\brespectively\b/i.exec(reading)?.[1]?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((s) => parseValue(s, question, q.codes));
    if (at >= 0 && listed?.length === seg.marker.ids.length && listed.every((v) => typeof v.value === 'number')) typed = listed[at]!;
  }
  // Sharing an answer across a range, or an answer found only by position, is less certain.
  let where = 1;
  if (seg.marker.ids.length > 1) where *= 0.9;
  if (!seg.inline && seg.line - seg.marker.line > 6) where *= 0.85;
  void chosen;
  const suggestion: Suggestion = {
    id: question.id,
    status: cls.status,
    value: typed.value,
    line: seg.line + 1,
    start: seg.start,
    end: seg.end,
    text: answer,
    confidence: round(cls.confidence * where),
    markerStart: seg.marker.start,
    markerEnd: seg.marker.end,
  };
  if (cls.exemption && (cls.status === 'refused' || cls.status === 'partial' || cls.status === 'signposted')) suggestion.exemption = cls.exemption;
  if (typed.unit !== undefined && typed.value !== null) suggestion.unit = typed.unit;
  if (cls.reason) suggestion.reason = cls.reason;
  if (byYear) suggestion.reason = `${suggestion.reason ?? cls.status}, ${byYear.by === 'line' ? 'on the line of' : 'in the'} ${byYear.year}${byYear.by === 'line' ? '' : ' column'}${byYear.chosen === 'latest' ? ' (the latest year; the question names none)' : byYear.chosen === 'survey' ? ' (the year the questionnaire asks about)' : ''}`;
  // Several candidates named (two choices, a column for each), or a value read from the wording
  // ("A CRM was considered in 2016" → Yes, "four of these are open" → 4): offered, not certain.
  // A choice read where the answer names two ("Mainly in-house. Agency contractors were used …") is offered too.
  const doubtfulChoice = question.type === 'choice' && typed.value !== null && typed.confidence < 0.7;
  // An answer read out of a note the cell points to is offered: the note may speak of several cells.
  // A column picked as the latest year, the question naming none, is offered.
  // "It is not easy to answer this question because each school runs lunch its own way …": whatever figure follows
  // is the council's aside, offered, never certain.
  // (A question asked for each of several years, answered with the years' figures and no column
  // of one year picked: which figure is its value is a reading.)
  // (A part asks it through its lead-in: "For each of the last three financial years (2022/23,
  // 2023/24 and 2024/25), please state: a) the number of …".)
  const askedText = `${question.text ?? ''} ${question.parent ? (q.questions.find((x) => x.id === question.parent)?.text ?? '') : ''}`;
  const askedYears = new Set([...askedText.matchAll(/\b(?:19|20)(\d\d)\b/g)].map((m) => m[1]));
  // (The years may head the table above the answer's first row: from the label on.)
  const span = askedYears.size >= 2 ? text.slice(seg0.marker.end, Math.max(seg.end, seg0.end)) : '';
  // (Years with a figure of their own, "2023/24: 57", "2021/22\n1", "2022/23: none", or heading a
  // table's columns: "2022/23 and 2023/24 are not held" gives none.)
  const withFigure = new RegExp(String.raw`\b(?:19|20)(\d\d)(?:\s*[/–-]\s*\d{2,4})?\s*(?:[:=–-]\s*)?(?:[£$€]?\d|(?:none|nil|zero)\b)`, 'gi');
  const figured = new Set([...span.matchAll(withFigure)].map((m) => m[1]));
  // (A table's header row of years, "| Type | 2021/22 | 2022/23 |", heads the figures below it.)
  for (const row of span.split('\n')) {
    const heads = [...row.matchAll(/(?:^|\||\t| {2})\s*(?:19|20)(\d\d)(?:\s*[/–-]\s*\d{2,4})?\s*(?=\||\t| {2}|$)/g)];
    if (heads.length >= 2) for (const h of heads) figured.add(h[1]);
  }
  const yearsGiven = byYear || !span ? 0 : [...askedYears].filter((y) => figured.has(y)).length;
  const perYear = yearsGiven >= 2 && typed.value !== null && (reading.match(/\d[\d,.]*/g) ?? []).length >= yearsGiven * 2;
  // ("Yes – photocopying/scanning" / "Yes – redaction" / "No – Other No": a form's boxes said back,
  // lines that open with a yes and with a no; which one is ticked is a reading, never sure.)
  const boxes = question.type === 'yes-no' && /^\W*yes\b/im.test(answer) && /^\W*no\b/im.test(answer) && answer.trim().includes('\n');
  // A figure read with little to go on ("31%" for a sum of money, a bare number where money is asked)
  // is offered, never auto-coded: a council that numbers its answers its own way gives such misfits.
  const weakValue = typed.value !== null && typed.confidence < 0.6 && (question.type === 'money' || question.type === 'number' || question.type === 'percent');
  return { suggestion, cls, several: weakValue || !!cls.doubtful || !!typed.several || perYear || doubtfulChoice || boxes || HARD_TO_ANSWER_RE.test(reading) || (typed.value !== null && !!typed.inferred) || viaNote || byYear?.chosen === 'latest' };
}

/** A heading over the letter's answers alone on its line: "Our response", "Response:", "Answers". */
const RESPONSE_HEADING_LINE_RE = /^(?:our\s+|the\s+council'?s\s+|trust\s+)?(?:response|reply|answers?)s?\s*:?$/i;

/**
 * The first question's answer written without its number: no marker names the first question, the
 * first marker is the second question's bare number with the third's after it, and the paragraphs
 * just above it (one or two, after a blank line or the top) give a value of the first question's
 * type or say its status, and are not the letter's opening.
 */
function unlabelledFirst(text: string, lines: ReturnType<typeof replyLines>, markers: readonly Marker[], q: Questionnaire): Marker | null {
  const real = q.questions.filter((x) => !x.heading);
  if (real.length < 3 || markers.length < 2) return null;
  const [q1, q2, q3] = real as [Question, Question, Question];
  // (Or the request quoted whole above, "1)" … "4)", and the answers below it from "2)": the first
  // answer is left without its number there too.)
  let from = 0;
  let lastQ1 = markers.length - 1;
  while (lastQ1 >= 0 && !markers[lastQ1]!.ids.includes(q1.id)) lastQ1--;
  if (lastQ1 >= 0) {
    const quoted = markers.slice(lastQ1).findIndex((m, k) => m.ids.length !== 1 || m.ids[0] !== real[k]?.id);
    const run = quoted < 0 ? markers.length - lastQ1 : quoted;
    if (run < 3 || markers[lastQ1 + run]?.ids[0] !== q2.id) return null;
    from = lastQ1 + run;
  }
  const [m2, m3] = markers.slice(from) as [Marker, Marker | undefined];
  if (!m2 || !m3 || m2.ids.length !== 1 || m2.ids[0] !== q2.id || !m3.ids.includes(q3.id) || !/^\(?\d{1,3}[.):]?$/.test(m2.label.trim())) return null;
  // Up from the second marker: the paragraph just above, and the one above it unless that is the
  // letter's opening or its header.
  const OPENING = /\b(?:thank\s+you|your\s+(?:request|email|letter)|dear\b|freedom\s+of\s+information|request(?:ed)?\s+(?:date|by)|released|reference|our\s+ref)\b/i;
  const paraAbove = (from: number): { top: number; bottom: number } | null => {
    let bottom = from;
    while (bottom >= 0 && lines[bottom]!.blank) bottom--;
    if (bottom < 0) return null;
    let top = bottom;
    while (top > 0 && !lines[top - 1]!.blank) top--;
    return { top, bottom };
  };
  const near = paraAbove(m2.line - 1);
  if (!near) return null;
  // (With no blank lines: "4. How are …?" / "Our response" / "- Contractors … here:" / "2. We hold
  // …": the paragraph starts below the last question quoted and the response heading.)
  for (let k = near.bottom; k > near.top; k--) {
    const above = text.slice(lines[k - 1]!.contentStart, lines[k - 1]!.contentEnd).trim();
    if (RESPONSE_HEADING_LINE_RE.test(above)) {
      near.top = k;
      break;
    }
  }
  if (m2.line - near.top > 12) return null;
  const textOf = (p: { top: number; bottom: number }): string => text.slice(lines[p.top]!.contentStart, lines[p.bottom]!.contentEnd);
  if (OPENING.test(textOf(near))) return null;
  let top = near.top;
  const above = near.top > 0 ? paraAbove(near.top - 1) : null;
  if (above && near.top - above.bottom <= 2 && m2.line - above.top <= 12 && !OPENING.test(textOf(above))) top = above.top;
  const start = lines[top]!.contentStart;
  const body = text.slice(start, lines[near.bottom]!.contentEnd);
  const cls = classifyAnswer(body, q1);
  const gives = parseValue(body, q1, q.codes).value !== null;
  if (!gives && !['not-held', 'refused', 'signposted', 'not-applicable'].includes(cls.status)) return null;
  return { ids: [q1.id], start, end: start, line: top, label: '', quoteDepth: lines[top]!.depth, unknownIds: [], inProse: true };
}

const MEASURE_STOP = new Set(['what', 'which', 'many', 'much', 'total', 'number', 'council', 'year', 'years', 'from', 'with', 'that', 'this', 'those', 'were', 'have', 'your', 'the']);
/** A label's or a question's words for matching rows to questions: four letters or more, their first four. */
const measureWords = (s: string): string[] => s.toLowerCase().match(/[a-z]{4,}/g)?.filter((w) => !MEASURE_STOP.has(w)).map((w) => w.slice(0, 4)) ?? [];

/** The segment's lines that are table rows, a label in words then a figure, with the label. */
function labelledRows(text: string, seg: Segment): { start: number; line: number; label: string }[] {
  const out: { start: number; line: number; label: string }[] = [];
  let start = text.lastIndexOf('\n', seg.start - 1) + 1;
  for (let line = seg.line; start < seg.end; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const row = text.slice(start, end);
    const label = /^\s*([^\d£\t|]+?)(?:\s{2,}|\t|\|)/.exec(row)?.[1] ?? '';
    if (label && /\d/.test(row.slice(label.length))) out.push({ start, line, label });
    start = end + 1;
  }
  return out;
}

/**
 * The line of a segment that is a table row whose label shares the most words with the question
 * (more than any other row's), or null.
 */
function measureRow(text: string, seg: Segment, question: Question): { start: number; line: number } | null {
  const own = new Set(measureWords(question.text ?? ''));
  let best: { start: number; line: number; score: number } | null = null;
  let tie = false;
  for (const row of labelledRows(text, seg)) {
    const score = new Set(measureWords(row.label).filter((w) => own.has(w))).size;
    if (score >= 1 && (!best || score > best.score)) {
      best = { start: row.start, line: row.line, score };
      tie = false;
    } else if (best && score === best.score) tie = true;
  }
  return best && !tie ? best : null;
}

/** "FINANCE (Strategic Finance)", "ABOUT THE CITY": a title in capitals, perhaps with its department after it. */
const SECTION_TITLE_RE = /^[A-Z][A-Z&,'’ -]*[A-Z](?:\s*\([^()\n]{1,60}\))?$/;
/** "YES", "NOT HELD", "N/A": an answer shouted, not a title. */
const ANSWER_IN_CAPITALS_RE = /^(?:YES|NO|NONE|NIL|NOT\s+(?:HELD|KNOWN|RECORDED|APPLICABLE)|UNKNOWN|REFUSED|WITHHELD|EXEMPT|BOTH)\b/;

/**
 * The row labelled "Total" of a table of parts by years, when the question names two or more of
 * the parts ("payroll of employees, agency staff, and contractors" over "Employees", "Agency
 * staff", "Contractors" and "Total" rows). Null otherwise.
 */
function totalRow(text: string, seg: Segment, question: Question): { start: number; line: number } | null {
  const own = new Set(measureWords(question.text ?? ''));
  const rows = labelledRows(text, seg);
  const total = [...rows].reverse().find((r) => /^total\b/i.test(r.label.trim()));
  const parts = rows.filter((r) => !/^total\b/i.test(r.label.trim()) && measureWords(r.label).some((w) => own.has(w))).length;
  return parts >= 2 && total ? { start: total.start, line: total.line } : null;
}

/** "Section 21 – information already reasonably accessible", "S.40(2): Personal data": a heading naming a section of the Act. */
const SECTION_HEADING_LINE_RE = /^(?:section|s\.?)\s?\d{1,2}(?:\s?\(\d\))?(?:\s?\([a-z]\))?\s*[-–—:]\s*\p{L}[^.]{0,80}$/iu;

/** The head of a table's answer column: "Response", "Council's response", "Answer". */
const RESPONSE_COLUMN_RE = /^\W*(?:(?:the\s+)?(?:council'?s|our)\s+)?(?:response|answer|reply)s?(?:\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\s*:?\s*$/i;
/** Where an answer column stops: the next page's furniture, the question column's head again, the letter's closing. */
const COLUMN_STOP_RE = /\bpage\s+\d+\s+of\s+\d+\b|^\W*questions?\s*:?\s*$|^(?:if\s+you\s+(?:are|have|remain)|yours\s+(?:sincerely|faithfully))/i;

/**
 * Markers for the answers of a table turned to text column by column ("Q1. What is …?" … "Q7. …"
 * / "Response" / "Glenmarrow District Council" / "69,400" …): a run of three or more quoted
 * questions that answer nothing, a "Response" line after them, and below it exactly one
 * blank-separated block per question of the run (or per question that is not a heading, whose
 * empty cells leave no trace), taken in order.
 */
function responseColumn(text: string, lines: ReturnType<typeof replyLines>, markers: readonly Marker[], q: Questionnaire, byWords = false): { answers: Marker[]; quoted: Set<Marker> } {
  const out: Marker[] = [];
  const quoted = new Set<Marker>();
  const content = (li: number): string => text.slice(lines[li]!.contentStart, lines[li]!.contentEnd);
  // (Or, read again, the questions found by their words, "• How many …?", when every answer below
  // the heading is a bullet of its own: "• 2018" / "• As our reporting tool …" / "• None".)
  const isLabel = (m: Marker | undefined): boolean => !!m && (m.label !== '' || byWords) && !m.inProse && m.ids.length > 0;
  for (let i = 0; i < markers.length; ) {
    // Labels one under another, a few lines apart: the question column.
    let j = i;
    while (isLabel(markers[j]) && (j === i || markers[j]!.line - markers[j - 1]!.line <= 5)) j++;
    if (j - i < 3) {
      i = Math.max(j, i + 1);
      continue;
    }
    const end = j < markers.length ? markers[j]!.line : lines.length;
    let head = -1;
    for (let li = markers[j - 1]!.line + 1; li < end && head < 0; li++) if (!lines[li]!.blank && RESPONSE_COLUMN_RE.test(content(li))) head = li;
    const blocks: number[] = [];
    if (head >= 0) {
      let open = false;
      for (let li = head + 1; li < end; li++) {
        if (lines[li]!.blank) {
          open = false;
          continue;
        }
        if (COLUMN_STOP_RE.test(content(li))) break;
        if (!open) blocks.push(li);
        open = true;
      }
    }
    const ids = markers.slice(i, j).flatMap((m) => m.ids);
    const own = ids.filter((id) => !q.byId.get(id)?.heading);
    // (A letter's paragraphs under its "Response" heading are no column: long sentences, and a
    // heading in capitals such as "REASONS FOR OUR DECISION" between them.)
    // (Read by the questions' words, the bullets under the heading, up to the first block that is none.)
    if (byWords) {
      const first = blocks.findIndex((li) => !/^[•·▪◦‣*-]\s/.test(content(li).trim()));
      if (first >= 0) blocks.length = first;
    }
    const bullets = blocks.length > 0 && blocks.every((li) => /^[•·▪◦‣*-]\s/.test(content(li).trim()));
    if (byWords && !bullets) {
      i = j;
      continue;
    }
    // (Nor a decision under it: "Section 21 – information already reasonably accessible" / "This
    // exemption applies if …" / "Please follow the link to our website:" / the link — a section's
    // heading, and a block that introduces the next.)
    const letter = !bullets && (blocks.filter((li) => content(li).length > 150).length * 2 >= blocks.length || blocks.some((li) => /^(?:[A-Z]{3,}\s+){2,}[A-Z]{3,}\s*:?$/.test(content(li).trim()) || SECTION_HEADING_LINE_RE.test(content(li).trim())) || blocks.slice(0, -1).some((li) => /:\s*$/.test(content(li))));
    // (A heading whose parts have no label of their own, "Q1. Who …? a. Name b. Job title", asks
    // for answers the column would not hold: no column without them.)
    const partsUnlabelled = ids.some((id) => q.byId.get(id)?.heading && q.questions.some((x) => x.parent === id && !ids.includes(x.id)));
    const use = letter ? null : blocks.length === ids.length ? ids : blocks.length === own.length && !partsUnlabelled ? own : null;
    if (use) {
      use.forEach((id, k) => {
        const L = lines[blocks[k]!]!;
        out.push({ ids: [id], start: L.contentStart, end: L.contentStart, line: blocks[k]!, label: '', quoteDepth: L.depth, unknownIds: [], inProse: true });
      });
      for (const m of markers.slice(i, j)) quoted.add(m);
    }
    i = j;
  }
  return { answers: out, quoted };
}

/** "We also need to correct our answer to question 4", "an amendment to our response to Q7(b)". */
const CORRECTS_ANSWER_RE = /\b(?:correct(?:ion)?|amend(?:ment)?|revis(?:e|ion))\b[^.]{0,40}?\b(?:answers?|responses?|repl(?:y|ies)|figures?)\s+(?:to|for|given\s+(?:to|for|in)|at)\s+(?:question|q)\.?\s*(\d{1,3}\s*(?:\(\s*[a-z]\s*\)|[a-z](?![a-z]))?)/gi;
/** "(question 4(b))", "Q4b": a question named in a sentence. */
const NAMED_QUESTION_RE = /\b(?:question|q)\.?\s*(\d{1,3}\s*(?:\(\s*[a-z]\s*\)|[a-z](?![a-z]))?)/gi;
/** "The correct number of systems is 184", "should read £4,120": the sentence that gives the new value. */
const CORRECT_VALUE_RE = /\bcorrect(?:ed)?\s+(?:figure|number|total|amount|value|answer)\b|\bshould\s+(?:read|be|have\s+been)\b/i;

/**
 * "We also need to correct our answer to question 4. The figure of 230 we gave included … The
 * correct number of systems is 184, and the number that interact … (question 4(b)) is 123.": a
 * later paragraph that corrects answers given above it. Each question it gives a new figure for
 * takes it (offered: read from prose).
 */
function laterCorrections(text: string, lines: ReturnType<typeof replyLines>, answers: Suggestion[], found: Map<string, Found>, q: Questionnaire): void {
  if (!/\b(?:correct|amend|revis)/i.test(text)) return;
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  const idOf = (label: string): string | null => normalizeId(label.replace(/[\s()]/g, ''));
  CORRECTS_ANSWER_RE.lastIndex = 0;
  for (let m = CORRECTS_ANSWER_RE.exec(text); m; m = CORRECTS_ANSWER_RE.exec(text)) {
    const intro = idOf(m[1]!);
    if (!intro || !q.byId.has(intro)) continue;
    const start = text.lastIndexOf('\n\n', m.index) + 1;
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = m.index;
    let end = blank.exec(text)?.index ?? text.length;
    // "As a consequence, the answer to question 4b should read 121, not 112.": the paragraphs
    // after it that go on correcting belong to it.
    for (let k = 0; k < 3 && end < text.length; k++) {
      const from = end;
      const next = blank.exec(text);
      const para = text.slice(from, next?.index ?? text.length);
      if (!CORRECT_VALUE_RE.test(para) && !/\bunchanged\b/i.test(para)) break;
      end = next?.index ?? text.length;
    }
    // Sentences, and clauses joined by ", and" (each may give one question's figure).
    const clauses: { at: number; text: string }[] = [];
    const re = /[^.;]+(?:[.;](?=\s|$)|$)/g;
    for (let c = re.exec(text.slice(start, end)); c && c[0].length > 0; c = re.exec(text.slice(start, end))) {
      let at = start + c.index;
      for (const part of c[0].split(/(,\s+and\s+)/)) {
        if (!/^,\s+and\s+$/.test(part)) clauses.push({ at, text: part });
        at += part.length;
      }
    }
    for (const c of clauses) {
      const named = [...c.text.matchAll(NAMED_QUESTION_RE)].map((n) => idOf(n[1]!)).filter((id): id is string => !!id && q.byId.has(id));
      // ("Our CRM went live in 2014, not 2010 as stated in our earlier response": the new value, then
      // the old one set aside.)
      const ids = named.length > 0 ? [...new Set(named)] : CORRECT_VALUE_RE.test(c.text) || NOT_AS_STATED_RE.test(c.text) ? [intro] : [];
      if (ids.length !== 1) continue;
      const id = ids[0]!;
      const question = q.byId.get(id)!;
      const cur = byId.get(id);
      if (!cur || cur.start >= start || (cur.status !== 'answered' && cur.status !== 'partial')) continue;
      // The figure after "is", "was", "should be": never the question's own number.
      // ("went live in 2014, not 2010 …": for a year, "in" before it.)
      const verb = [...c.text.matchAll(question.type === 'year' ? /\b(?:is|are|was|were|be|read|to|in)\s+(?=[£\d])/g : /\b(?:is|are|was|were|be|read|to)\s+(?=[£\d])/g)].pop();
      if (!verb) continue;
      const v = parseValue(c.text.slice(verb.index! + verb[0].length), question, q.codes);
      if (v.value === null || v.value === cur.value) continue;
      let line = 0;
      // The line of the new figure (a clause may start at the end of the line above).
      while (line + 1 < lines.length && lines[line + 1]!.start <= c.at + verb.index! + verb[0].length) line++;
      cur.value = v.value;
      if (v.unit) cur.unit = v.unit;
      cur.line = line + 1;
      cur.start = c.at;
      cur.end = c.at + c.text.length;
      cur.text = c.text.trim();
      cur.reason = `corrected later in the reply (question ${m[1]!.trim()})`;
      cur.why = `corrected later, line ${line + 1}`;
      found.set(id, { how: 'prose', cls: found.get(id)?.cls ?? null, doubt: true });
    }
  }
}

/** ", not 2010 as stated in our earlier response": the value set aside by a correction. */
const NOT_AS_STATED_RE = /,?\s*not\s+[£\d][\d,.]*[a-z%]*\s+as\s+(?:(?:previously|originally|we)\s+)?(?:stated|given|reported|said|quoted)\b/i;

/** A correction naming the value given before: "the 42% we gave", "previously stated", "was incorrect". */
const CORRECTION_RE = /\b(?:we\s+(?:gave|stated|quoted|provided|reported)|(?:previously|originally)\s+(?:gave|given|stated|quoted|provided|reported)|(?:was|is)\s+(?:incorrect|wrong|an\s+error)|in\s+error)\b/i;

/** "Please see the explanation at the end of this response", "see explanation below the table". */
// ("Exempt under section 21 – see note": a note with no number, the one on this question below.)
const EXPLANATION_REF_RE = /\bsee\s+(?:the\s+|our\s+)?(?:explanation|reasons?|reasoning|note)\s+(?:given\s+)?(?:at\s+the\s+end|below|further\s+(?:down|on)|after\s+the\s+table|beneath|overleaf)\b|\bsee\s+(?:the\s+)?notes?\W*$/i;

/**
 * The section further down the reply headed for this question ("Explanation for Q3", "Question
 * 7", "Q7 – reasons"): its first paragraphs, up to the next heading or the letter's close.
 */
function explanationFor(text: string, question: Question, q: Questionnaire, from: number): string | null {
  const n = /^Q(\d{1,3})([a-z]?)$/.exec(question.id);
  if (!n) return null;
  // (A part's note may be its question's: "Note on question 8 – section 21" for 8 (a) and 8 (b).)
  let h: RegExpExecArray | null = null;
  for (const part of n[2] ? [String.raw`\s?\(?${n[2]}\)?`, ''] : ['']) {
    // ("Note on question 8 – section 21": a note's heading may carry a title after a dash.)
    const heading = new RegExp(String.raw`^[ \t]*(?:(?:(?:explanation|reasons?|notes?)\s+(?:for|on|to|re:?)\s+)?(?:question|q)\s?\.?\s?${n[1]}${part}(?![\da-z])[ \t]*(?:[-–—:][ \t]*(?:explanation|reasons?|notes?)?)?|(?:explanation|reasons?|notes?)\s+(?:for|on|to|re:?)\s+(?:question|q)\s?\.?\s?${n[1]}${part}(?![\da-z])[ \t]*[-–—:][ \t]*[^\n]{1,40}?)[ \t]*\r?$`, 'gim');
    heading.lastIndex = from;
    h = heading.exec(text);
    if (h) break;
  }
  // ("Note on questions 4a and 4b": one section for several questions, this one among them.)
  if (!h) {
    const several = new RegExp(EXPLANATION_HEADING_RE.source, 'gim');
    several.lastIndex = from;
    for (let m = several.exec(text); m && !h; m = several.exec(text)) if (idsNamed(m[0], q).includes(question.id)) h = m;
  }
  if (!h) return null;
  const body = text.slice(h.index + h[0].length, h.index + h[0].length + 1500);
  // Up to the next question's heading or the letter's close.
  const stop = /\n[ \t]*(?:(?:explanation|reasons?|notes?)\s+(?:for|on|to)\s+)?(?:question|q)\s?\.?\s?\d{1,3}[a-z]?[ \t]*\r?\n|\n[ \t]*(?:if\s+you\s+are\s+(?:not\s+satisfied|unhappy|dissatisfied)|should\s+you\s+wish|yours\s+(?:sincerely|faithfully)|kind\s+regards)/i.exec(body);
  // (Or the next note on several questions: "Note on questions 4a and 4b".)
  const next = new RegExp(`\\n${EXPLANATION_HEADING_RE.source.slice(1)}`, 'im').exec(body);
  const cut = Math.min(stop?.index ?? Infinity, next?.index ?? Infinity);
  const out = (Number.isFinite(cut) ? body.slice(0, cut) : body).replace(/\s+/g, ' ').trim();
  return out.length >= 20 ? out : null;
}

/** "asked about barriers. ", "asked when the council first …. ": a sentence restating the question after its name. */
const ASKED_LEAD_RE = /^\s*(?:asked|asks|enquired|wanted\s+to\s+know)\s+(?:about|whether|if|when|how|what|which|who|why|for)\b[^.!?\n]*(?:\n[^.!?\n]*){0,2}[.?!]\s+(?=\S)/i;

const NOTE_REF_RE = /\bsee\s+(?:the\s+)?(?:attached\s+)?note\s+([a-z]|\d{1,2})\b/i;
/** "See note 2", "Please see Note 3 below": the pointer and nothing else. */
const ONLY_NOTE_REF_RE = /^\W*(?:please\s+)?see\s+(?:the\s+)?note\s+(?:[a-z]|\d{1,2})\b\W*(?:below\W*)?$/i;

/**
 * The letter's note `id` after `from`, or null: "Note A – Question 9" and the lines below it up
 * to a blank line, or "Note 2 - Gross expenditure was …" with its words on its own line too.
 */
function noteText(text: string, id: string, from: number): { text: string; start: number; end: number } | null {
  const re = new RegExp(`^[ \\t>]*(?:notes?\\s+)${id.replace(/[^a-z0-9]/gi, '')}\\b(?:[ \\t]*[-–—:.)][ \\t]*)?([^\\n]*)\\n?((?:[ \\t>]*\\S[^\\n]*(?:\\n|$))*)`, 'gimd');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m?.indices) return null;
  const [first, below] = [m[1]!.trim(), m[2]!.trim()];
  // "Note A – Question 9" titles its note; "Note 2 - Gross expenditure was £312.4m." starts it.
  const titled = first.length < 40 && !/\d{2,}|[.;]$/.test(first) && below !== '';
  const start = titled || first === '' ? m.indices[2]![0] : m.indices[1]![0];
  const end = start + text.slice(start, m.index + m[0].length).trimEnd().length;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return body ? { text: body, start, end } : null;
}

/** A figure or band marked for a footnote: "<5*", "12†", "fewer than 5**". */
const STARRED_RE = /[\d<>](?:\s?)(\*{1,3}|†|‡)(?!\*)/;

/** The footnote that opens with `mark` on a line of its own after `from` ("*Due to the low numbers …"), up to a blank line. */
function footnoteText(text: string, mark: string, from: number): { text: string; start: number; end: number } | null {
  const esc = mark.replace(/[*]/g, '\\*');
  const re = new RegExp(`^[ \\t>]*${esc}(?![*])[ \\t]*(\\S[^\\n]*)`, 'gmd');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m?.indices || m.index - from > 3000) return null;
  const start = m.indices[1]![0];
  let end = m.indices[1]![1];
  // "* The low numbers … have" / "been redacted … exempt under Section 38(1)(b) …": the note
  // wraps onto the lines below it, up to a blank line or the next note.
  for (let k = 0; k < 6; k++) {
    const next = /^\r?\n([ \t>]*)([^\n]*)/.exec(text.slice(end));
    if (!next || next[2]!.trim() === '' || /^[*†‡]/.test(next[2]!.trim()) || /^(?:please\s+note|note\b|yours|kind\s+regards)/i.test(next[2]!.trim())) break;
    end += next[0].length;
  }
  return { text: text.slice(start, end).trim(), start, end };
}

/** "(revised)", "[amended]", "(updated)": an internal review's note before the answer it changed. */
const REVISED_NOTE_RE = /^\s*[([](?:revised|amended|updated|corrected|unchanged|new|original)(?:\s+(?:answer|response|figure))?[)\]]\s*[:–—-]?\s*/i;

const POINTS_BELOW_RE = /^[^\n]{0,120}\b(?:below|as\s+follows|the\s+following)\s*[.:]?$/i;

const round = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/**
 * No question has its own answer, but a paragraph refuses the request (cost limit, vexatious):
 * every question is refused with that exemption, pointing at the paragraph.
 */
function wholeRequestRefusal(ctx: SegmentContext, q: Questionnaire): Suggestion[] {
  const paras = paragraphs(ctx);
  if (paras.length === 0) return [];
  const minDepth = Math.min(...paras.map((p) => p.depth));
  for (const p of paras) {
    if (p.depth !== minDepth || p.text.length < 40) continue;
    const cls = classifyAnswer(plain(p.text));
    if ((cls.status !== 'refused' && cls.status !== 'partial') || !cls.exemption) continue;
    const line = p.line + 1;
    return q.questions.map((question) => ({
      id: question.id,
      status: 'refused' as const,
      exemption: cls.exemption!,
      value: null,
      line,
      start: p.start,
      end: p.end,
      text: p.text,
      confidence: round(cls.confidence * 0.6),
      reason: `whole request refused${cls.reason ? `: ${cls.reason}` : ''}`,
    }));
  }
  return [];
}

/** Prose markers found at the same place (by words, by the numbers named) as one, in the questionnaire's order. */
function mergedAtSameStart(markers: Marker[], q: Questionnaire | null): Marker[] {
  const out: Marker[] = [];
  for (const m of markers) {
    const prev = out[out.length - 1];
    if (!prev || prev.start !== m.start || !prev.inProse || !m.inProse) {
      out.push(m);
      continue;
    }
    const ids = [...new Set([...prev.ids, ...m.ids])];
    if (q) ids.sort((a, b) => q.questions.findIndex((x) => x.id === a) - q.questions.findIndex((x) => x.id === b));
    out[out.length - 1] = { ...prev, ids, unknownIds: [...new Set([...prev.unknownIds, ...m.unknownIds])], label: prev.label || m.label };
  }
  return out;
}

/**
 * "2If not by the Trust then the name of the provider" / "3What is the total annual cost?": a page
 * copied with the space after each number lost. Lines that open with a number run into a
 * capitalised word, two or more counting on one by one, label those questions.
 */
function withGluedNumbers(text: string, markers: Marker[], q: Questionnaire): Marker[] {
  const found = [...text.matchAll(/^([ \t]*)(\d{1,2})(?=[A-Z][a-z])/gm)];
  if (found.length < 2) return markers;
  const out = [...markers];
  for (let i = 0; i < found.length; i++) {
    const n = Number(found[i]![2]);
    // (In a run: the number before it or after it is one less or one more.)
    const inRun = (i > 0 && Number(found[i - 1]![2]) === n - 1) || (i + 1 < found.length && Number(found[i + 1]![2]) === n + 1);
    const id = `Q${n}`;
    if (!inRun || !q.byId.has(id)) continue;
    const start = found[i]!.index! + found[i]![1]!.length;
    const line = text.slice(0, start).split('\n').length - 1;
    out.push({ ids: [id], start, end: start + found[i]![2]!.length, line, label: found[i]![2]!, quoteDepth: 0, unknownIds: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}
