// The reading of a reply as a whole, after each labelled answer has been found and classified
// (suggest.ts): the decisions that need the whole reply rather than one answer.
//   1. relabelled questions: a label the questionnaire does not know whose words are those of a
//      question nobody else labels ("Q7b." printed for Q6c) — the council's variant;
//   2. judgement by the question's type: a typed question "answered" without a value of its type
//      is not held, signposted or unclear, from its wording;
//   3. cross-references resolved to their target, never a digit read out of the reference;
//   4. a parent's answer covering its children ("Q13: Not applicable", "Q12 (all parts)");
//   5. whole-request and partial-request statements ("we are refusing your request in its
//      entirety under section 12", "questions 9 and 10 are refused under section 12");
//   6. each suggestion's `why` and its calibrated confidence.
// Pure, and linear in the number of answers and paragraphs.
import { ATTACHED_REDACTED_REASON, classifyAnswer, onlyCrossRef, EXACT_NOT_HELD, GIVEN_INSTEAD_RE, INCLUDED_IN, PREVIOUSLY } from './classify';
import { exemptionForSection } from './exemptions';
import type { Classification } from './classify';
import { calibrate, featureKey } from './calibration';
import type { ConfidenceFeatures, HowFound } from './calibration';
import { compareIds, impliedParent, normalizeId } from './ids';
import { numberSpan, RESPONSE_HEADING_RE, scanMarkersWith, wordTokens } from './markers';
import { HANDLED_UNDER_RE, HEADED_POINTER_RE, LONE_DASH_RE, PAGE_PARTICULARS_RE, paragraphs, questionEnd, REQUESTER_TEXT_RE, TOPIC_STOP, topicStem } from './segment';
import type { Paragraph, QuestionWords, SegmentContext } from './segment';
import type { Exemption, Marker, Question, Questionnaire, Suggestion } from './types';
import { DOCUMENTS_ASKED_RE } from './fromRequest';
import { clauseCount, SET_ASIDE, openingChoice, parseValue, resolveChoices, SPAN_GIVEN_RE, twoQuantitiesGiven } from './values';
import { idsNamed } from './rangeClauses';
import { stopWords } from './stopWords';

export interface Variant {
  notAsked: string[];
  relabelled: Record<string, string>;
}

/**
 * What accepting a suggestion or Auto-code writes as the sidecar's `variant:` (DESIGN §15) for
 * the variant the engine read: the questionnaire's variant that omits exactly the ids not asked,
 * else the ids in place (`{ omit: [...] }`); nothing when every question was asked.
 */
export function sidecarVariant(variant: Variant | null | undefined, q: Questionnaire | null): string | { omit: string[] } | undefined {
  if (!variant || variant.notAsked.length === 0) return undefined;
  const asked = [...variant.notAsked].sort();
  if (q) {
    for (const [name, def] of Object.entries(q.variants)) {
      const omit = [...(def.omit ?? [])].sort();
      if (omit.length === asked.length && omit.every((id, i) => id === asked[i])) return name;
    }
  }
  return { omit: [...variant.notAsked] };
}

/** What the reader knows of each suggestion besides the Suggestion itself. */
export interface Found {
  how: HowFound;
  cls: Classification | null;
  /** The label was a bare number, or the council's numbering was mapped to the questionnaire's. */
  doubt?: boolean;
  /** The value was read among several candidates (choices named with none leading). */
  misread?: boolean;
}

// ---------------------------------------------------------------------------------------------
// 1. Relabelled questions

/**
 * Markers whose label is unknown to the questionnaire but whose following words are clearly one
 * question's, which no other marker labels: the marker is given that id. Returns the relabelling
 * (label without trailing punctuation → id).
 */
const declaredCache = new WeakMap<Questionnaire, ReadonlyMap<string, string>>();

/**
 * The labels the questionnaire's variants say a version of the request used (label → id), for
 * labels it does not use itself. A label two variants give to different questions is left out.
 */
export function declaredRelabels(q: Questionnaire | null): ReadonlyMap<string, string> {
  if (!q) return new Map();
  let out = declaredCache.get(q);
  if (!out) {
    const map = new Map<string, string>();
    const clash = new Set<string>();
    for (const v of Object.values(q.variants)) {
      for (const [label, id] of Object.entries(v.relabel ?? {})) {
        if (q.byId.has(label)) continue;
        if (map.has(label) && map.get(label) !== id) clash.add(label);
        map.set(label, id);
      }
    }
    for (const label of clash) map.delete(label);
    declaredCache.set(q, (out = map));
  }
  return out;
}

export function relabel(text: string, markers: Marker[], q: Questionnaire | null, bags: Map<string, Set<string>>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!q) return out;
  const labelled = new Set(markers.flatMap((m) => m.ids));
  for (const m of markers) {
    if (m.ids.length > 0 || m.unknownIds.length !== 1) continue;
    const eol = text.indexOf('\n', m.end);
    const words = wordTokens(text.slice(m.end, eol === -1 ? text.length : Math.min(eol, m.end + 300))).map((t) => t.word);
    if (words.length < 4) continue;
    const { best, bestScore, second } = likestUnlabelled(words, q, bags, labelled);
    let clear = bestScore - second >= 0.15;
    // ("Q7b.   What is the uptake by residents as a     Not known –" / "percentage within the
    // authority?": a question wrapped in its column says on the next line which of two alike it is.)
    if (best && !clear) {
      const eol2 = eol === -1 ? -1 : text.indexOf('\n', eol + 1);
      const two = wordTokens(text.slice(m.end, eol2 === -1 ? text.length : Math.min(eol2, m.end + 500))).map((t) => t.word);
      const wrapped = likestUnlabelled(two, q, bags, labelled);
      clear = wrapped.best === best && wrapped.bestScore - wrapped.second >= 0.15;
    }
    if (best && bestScore >= 0.6 && clear) {
      // (By the id the label reads, so that "Question 7b" below takes what "Q7b." above was given.)
      out[m.unknownIds[0]!] = best;
      m.ids = [best];
      m.unknownIds = [];
    }
  }
  // A label a version of the request is declared to use for a question ("relabel: { Q7b: Q6c }"),
  // when the reply labels that question no other way.
  const declared = declaredRelabels(q);
  const taken = new Set(markers.flatMap((m) => m.ids));
  for (const m of markers) {
    if (m.ids.length > 0 || m.unknownIds.length !== 1) continue;
    const id = declared.get(m.unknownIds[0]!);
    if (id && !taken.has(id) && !out[m.unknownIds[0]!]) out[m.unknownIds[0]!] = id;
  }
  // Every occurrence of a relabelled label takes the id.
  for (const m of markers) {
    if (m.ids.length > 0 || m.unknownIds.length !== 1) continue;
    const id = out[m.unknownIds[0]!];
    if (id) {
      m.ids = [id];
      m.unknownIds = [];
    }
  }
  return out;
}

/** Of the questions no marker labels, the one whose words the label's line is most like, and the runner-up's score. */
function likestUnlabelled(words: string[], q: Questionnaire, bags: Map<string, Set<string>>, labelled: ReadonlySet<string>): { best: string | null; bestScore: number; second: number } {
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const question of q.questions) {
    if (labelled.has(question.id) || question.heading) continue;
    const bag = bags.get(question.id);
    if (!bag || bag.size === 0) continue;
    const hit = words.filter((w) => bag.has(w)).length;
    const score = (hit / words.length + hit / bag.size) / 2;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = question.id;
    } else if (score > second) second = score;
  }
  return { best, bestScore, second };
}

function similarity(words: string[], bag: Set<string> | undefined): number {
  if (!bag || bag.size === 0 || words.length === 0) return 0;
  return words.filter((w) => bag.has(w)).length / words.length;
}

/** Of the questions other than `own`, the one whose words the text is most like, and how much. */
function likestOther(words: string[], own: string, q: Questionnaire, bags: Map<string, Set<string>>): { best: string | null; bestScore: number } {
  let best: string | null = null;
  let bestScore = 0;
  for (const x of q.questions) {
    if (x.heading || x.id === own) continue;
    const sc = similarity(words, bags.get(x.id));
    if (sc > bestScore) {
      bestScore = sc;
      best = x.id;
    }
  }
  return { best, bestScore };
}

/**
 * The words of a short title after a label ("Question 3 – number of cremations"), when the line is
 * no sentence and the answer is on the line below; null otherwise.
 */
function titleAfter(text: string, m: Marker): string[] | null {
  let eol = text.indexOf('\n', m.end);
  if (eol === -1) eol = text.length;
  const rest = text.slice(m.end, eol).replace(/^[\s:.–—-]+/, '').trim();
  const next = text.slice(eol + 1, text.indexOf('\n', eol + 1) < 0 ? text.length : text.indexOf('\n', eol + 1)).trim();
  if (rest.length === 0 || next.length === 0 || /[.?!:;]$/.test(rest)) return null;
  const words = wordTokens(rest).map((t) => t.word).filter((w) => !/^\d/.test(w) && !STOP_TITLE.has(w));
  return words.length >= 1 && words.length <= 8 ? words : null;
}
const STOP_TITLE = new Set(['of', 'the', 'a', 'an', 'to', 'in', 'by', 'and', 'for', 'on']);

/** The words after a marker's label: the rest of its line and the next line (a wrapped question). */
/** The words after each label end in the text last read (renumbering, alignment and shifts ask for the same). */
let wordsCache: { text: string; byEnd: Map<number, string[]> } = { text: '', byEnd: new Map() };

function wordsAfter(text: string, m: Marker): string[] {
  if (wordsCache.text !== text) wordsCache = { text, byEnd: new Map() };
  const cached = wordsCache.byEnd.get(m.end);
  if (cached) return cached;
  const words = wordsAfterUncached(text, m);
  wordsCache.byEnd.set(m.end, words);
  return words;
}

function wordsAfterUncached(text: string, m: Marker): string[] {
  let eol = text.indexOf('\n', m.end);
  if (eol === -1) eol = text.length;
  let eol2 = text.indexOf('\n', eol + 1);
  if (eol2 === -1) eol2 = text.length;
  return wordTokens(text.slice(m.end, Math.min(eol2, m.end + 400)))
    .map((t) => t.word)
    .slice(0, 14);
}

/**
 * A council whose copy of the request numbers the questions its own way — a question left out
 * and the rest moved up ("Q3" quoting the questionnaire's Q4, "Q7" quoting Q8): labelled markers
 * followed by the words of another question, clearly more than of their own. Returns label id →
 * questionnaire id when at least two labels are moved, the moves keep the order, and no two
 * labels land on one id; null otherwise.
 */
export function shiftedByWording(text: string, markers: Marker[], q: Questionnaire | null, bags: Map<string, Set<string>>): Map<string, string> | null {
  if (!q) return null;
  const moves = new Map<string, string>();
  let agree = 0;
  for (const m of markers) {
    if (m.ids.length !== 1) continue;
    const own = m.ids[0]!;
    const words = wordsAfter(text, m);
    if (words.length < 5) continue;
    const ownScore = similarity(words, bags.get(own));
    const { best, bestScore } = likestOther(words, own, q, bags);
    if (ownScore >= 0.5 && ownScore + 0.1 >= bestScore) agree++;
    else if (best && bestScore >= 0.55 && bestScore >= ownScore + 0.3) {
      const earlier = moves.get(own);
      if (earlier && earlier !== best) return null;
      moves.set(own, best);
    }
  }
  if (moves.size < 2) return null;
  // The moves keep the questionnaire's order, and labels left alone are not taken by a move.
  const order = new Map(q.questions.map((x, i) => [x.id, i] as const));
  const pairs = [...moves].sort((a, b) => order.get(a[0])! - order.get(b[0])!);
  for (let i = 1; i < pairs.length; i++) if (order.get(pairs[i]![1])! <= order.get(pairs[i - 1]![1])!) return null;
  const targets = new Set(moves.values());
  for (const m of markers) if (m.ids.length === 1 && !moves.has(m.ids[0]!) && targets.has(m.ids[0]!)) return null;
  void agree;
  return moves;
}

/**
 * "We have separated your request into the twelve questions below … the numbering below is ours":
 * a council that split the questions asking two things into two of its own, numbered 1 to N past
 * the request's last number, each over the words of the part it answers. Each label takes the id
 * of the question its words quote, in order; a part too short to compare ("If so, which year?")
 * belongs to the question before it. Returns the labels relabelled, each of the council's numbers as
 * the id it stands for (its cross-references, "see our response to question 9", use them), and the
 * labels of each question answered in parts; null otherwise.
 */
export function splitQuestions(text: string, markers: Marker[], q: Questionnaire | null, bags: Map<string, Set<string>>): { markers: Marker[]; numbers: Map<string, string>; parts: Map<string, Marker[]> } | null {
  if (!q) return null;
  const asked = q.questions.filter((x) => !x.heading);
  // The council's own numbers, 1 to N in order down the reply, N past the request's last.
  const own = markers.filter((m) => m.ids.length + m.unknownIds.length === 1 && /^q(?:uestion)?\s*\.?\s*\d{1,3}[.):]?$/i.test(m.label.trim()));
  const numbers = own.map((m) => Number(/\d+/.exec(m.label)![0]));
  if (own.length <= asked.length || own.length > asked.length * 2 || numbers.some((n, i) => n !== i + 1)) return null;
  const order = new Map(q.questions.map((x, i) => [x.id, i] as const));
  const ids: (string | null)[] = own.map((m) => {
    const words = wordsAfter(text, m);
    const ranked = asked.map((x) => ({ id: x.id, sc: similarity(words, bags.get(x.id)) })).sort((a, b) => b.sc - a.sc);
    return ranked[0]!.sc >= 0.5 && ranked[0]!.sc >= (ranked[1]?.sc ?? 0) + 0.15 ? ranked[0]!.id : null;
  });
  // Most labels placed by their words, in the questionnaire's order (more labels than questions:
  // some question split in two).
  if (ids[0] === null || ids.filter((x) => x !== null).length * 4 < own.length * 3) return null;
  let last = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? ids[i - 1]!;
    ids[i] = id;
    if (order.get(id)! < last) return null;
    last = order.get(id)!;
  }
  const relabelled = new Map<Marker, Marker>(own.map((m, i) => [m, { ...m, ids: [ids[i]!], unknownIds: [] }]));
  const parts = new Map<string, Marker[]>();
  own.forEach((m, i) => parts.set(ids[i]!, [...(parts.get(ids[i]!) ?? []), relabelled.get(m)!]));
  for (const [id, list] of parts) if (list.length < 2) parts.delete(id);
  return { markers: markers.map((m) => relabelled.get(m) ?? m), numbers: new Map(ids.map((id, i) => [`Q${i + 1}`, id!] as const)), parts };
}

/**
 * A list whose numbering restarted at every item, as a word processor's list does when it is
 * pasted or printed: "1. Does the service keep …?" / "1. If so, which system …?" / "1. Please send
 * a copy of …". A bare number that labels two or more items may be no question's number; each of
 * those items whose words are clearly another question's is given that question's id. Returns the
 * markers to relabel (marker → id) when at least two move and the moves keep the questionnaire's
 * order; null otherwise.
 */
export function restartedNumbering(text: string, markers: readonly Marker[], q: Questionnaire | null, bags: Map<string, Set<string>>): Map<Marker, string> | null {
  if (!q) return null;
  const bare = markers.filter((m) => m.ids.length === 1 && /^\(?\d{1,3}[.)]$/.test(m.label.trim()));
  const uses = new Map<string, number>();
  for (const m of bare) uses.set(m.ids[0]!, (uses.get(m.ids[0]!) ?? 0) + 1);
  const moves = new Map<Marker, string>();
  const starts = markers.map((m) => m.start);
  for (const m of bare) {
    const own = m.ids[0]!;
    if ((uses.get(own) ?? 0) < 2) continue;
    // The item's own words: its line and the lines it wraps on to, up to a blank line or the next label.
    let end = text.indexOf('\n', m.end);
    for (;;) {
      if (end < 0) {
        end = text.length;
        break;
      }
      const next = text.indexOf('\n', end + 1);
      const line = text.slice(end + 1, next < 0 ? text.length : next);
      if (!/\S/.test(line) || starts.some((x) => x > end && x < end + 1 + line.length)) break;
      end = next;
    }
    const words = wordTokens(text.slice(m.end, Math.min(end, m.end + 400))).map((t) => t.word).slice(0, 14);
    if (words.length < 5) continue;
    const ownScore = similarity(words, bags.get(own));
    const { best, bestScore } = likestOther(words, own, q, bags);
    if (best && bestScore >= 0.5 && bestScore >= ownScore + 0.2) moves.set(m, best);
  }
  if (moves.size < 2) return null;
  // (In the questionnaire's order, down the reply.)
  const order = new Map(q.questions.map((x, i) => [x.id, i] as const));
  const targets = [...moves].sort((a, b) => a[0].start - b[0].start).map(([, id]) => order.get(id)!);
  // (Each item a different question: "2. The Council does not provide pest control …" and "3. The
  // Council does not hold this information." both nearest Q1's words are answers, not Q1 quoted twice.)
  for (let i = 1; i < targets.length; i++) if (targets[i]! <= targets[i - 1]!) return null;
  return moves;
}

/**
 * "1. 14,210" / "   1. 1,032" / "   2. 2,118" / "2. £512,400" …: an answer list numbered by a web
 * page's own list, where a heading of the request that asks nothing has no item (so the numbers after
 * it move up by one) and each question's parts are an inner list numbered from 1. Read as an
 * outline: an item is a part where the request has a part (its number one more than the part before
 * it, from 1 after each outer item), an outer item elsewhere (one more than the outer item before
 * it). The reply's last numbered lines, one per question to answer, read so: each is the question in
 * turn. Returns the markers with those lines so labelled, or null.
 */
export function outlineNumbering(text: string, markers: readonly Marker[], q: Questionnaire | null): Marker[] | null {
  if (!q) return null;
  const all = q.questions;
  const part = (x: Question): boolean => x.parent !== undefined || /^Q\d+[a-z]$/.test(x.id);
  const answerable = all.filter((x) => !x.heading);
  if (answerable.length < 4 || !answerable.some(part) || answerable.every(part) || all.length - answerable.length > 8) return null;
  // (Lines, not the markers found: an inner list under an item is passed over as that item's own list.)
  const items: Marker[] = [];
  const re = /^([ \t\u00a0]*)(\d{1,3}[.)])[ \t\u00a0]+\S/gm;
  let line = 0;
  let counted = 0;
  for (let got = re.exec(text); got; got = re.exec(text)) {
    const start = got.index + got[1]!.length;
    for (let k = text.indexOf('\n', counted); k !== -1 && k < start; k = text.indexOf('\n', k + 1)) {
      line++;
      counted = k + 1;
    }
    items.push({ ids: [], unknownIds: [], start, end: start + got[2]!.length, line, label: got[2]!, quoteDepth: 0 });
  }
  const num = (m: Marker): number => Number(/\d+/.exec(m.label)![0]);
  // (A heading may have its item or not: "2. £84,600" over its parts' inner list, or no "2." at all.)
  const fit = (from: number): string[] | null => {
    const ids: string[] = [];
    const go = (k: number, pos: number, outer: number, inner: number): boolean => {
      if (k === all.length) return pos === items.length;
      const x = all[k]!;
      const n = pos < items.length ? num(items[pos]!) : -1;
      if (x.heading && go(k + 1, pos, outer, inner)) return true;
      const ok = part(x) ? n === inner + 1 : n === outer + 1;
      if (!ok) return false;
      ids.push(x.id);
      if (go(k + 1, pos + 1, part(x) ? outer : outer + 1, part(x) ? inner + 1 : 0)) return true;
      ids.pop();
      return false;
    };
    return go(0, from, 0, 0) ? ids : null;
  };
  for (let i = items.length - answerable.length; i >= Math.max(0, items.length - all.length); i--) {
    const ids = fit(i);
    if (!ids) continue;
    const run = items.slice(i).map((m, k) => ({ ...m, ids: [ids[k]!] }));
    const taken = new Set(run.map((m) => m.line));
    return [...markers.filter((m) => !taken.has(m.line)), ...run].sort((x, y) => x.start - y.start);
  }
  return null;
}

/**
 * A council's own number for a question: "7.", "(7)", "[7]", "Question 7", or "A7" / "Answer 7"
 * when the council numbers its answers on past the request's sub-questions ("Request 7" / "Response
 * 7" when it numbers each element of the request in sequence).
 */
export const OWN_NUMBER_RE = /^(?:q(?:uestion)?\s*\.?\s*|a(?:nswer)?\s*\.?\s*|(?:request|response)\s+)?\(?\[?(\d{1,3})[.):\]]?$/i;

/**
 * A council that numbered the questions 1 to N in order ("for ease of reference we have numbered
 * your questions 1 to 26"): bare numbers whose words are those of the question at that position
 * in the questionnaire rather than of the question with that number. Returns number-id → id
 * (`Q10` → `Q6b`) when the wording agrees with the position more often than with the number.
 */
export function renumbering(text: string, markers: Marker[], q: Questionnaire | null, bags: Map<string, Set<string>>, chosen?: { style?: string }): Map<string, string> | null {
  if (!q || !q.questions.some((x) => /[a-z]$/.test(x.id))) return null;
  // (The request quoted as "Q5. What services …" and the council's own "5. Number of those that are
  // stand-alone" below it: two numberings told apart by how their labels are written. The quoted
  // one always agrees with itself, so each is weighed on its own.)
  const styles = [...new Set(markers.filter((m) => OWN_NUMBER_RE.test(m.label.trim())).map(labelStyle))];
  let best: { map: Map<string, string>; byPosition: number; style: string | undefined } | null = null;
  for (const style of styles.length > 1 ? [undefined, ...styles] : [undefined]) {
    const mine = style === undefined ? markers : markers.filter((m) => labelStyle(m) === style);
    const got = renumberingOf(text, mine, q, bags);
    if (got && (!best || got.byPosition > best.byPosition)) best = { ...got, style };
  }
  if (best && chosen && best.style !== undefined) chosen.style = best.style;
  return best?.map ?? null;
}

/** How a council's number is written, its digits aside: "Q", "Question", "A", or bare ("7.", "(7)"). */
export function labelStyle(m: Marker): string {
  return /^(q(?:uestion)?|a(?:nswer)?)?/i.exec(m.label.trim())![0].toLowerCase();
}

function renumberingOf(text: string, markers: Marker[], q: Questionnaire, bags: Map<string, Set<string>>): { map: Map<string, string>; byPosition: number } | null {
  // The council counts every item (headings too) or only the questions (a heading's parts numbered
  // on: "Question 2 – number of burials" for the request's 2(a)).
  let best: { order: Question[]; byPosition: number } | null = null;
  // The numbers aligned by their words in order: a question the council left out shifts the
  // positions after it ("4" quoting the questionnaire's Q3 when Q2c was left out).
  const aligned = alignRenumbered(text, markers, q, bags);
  for (const order of [q.questions, q.questions.filter((x) => !x.heading)]) {
    if (best && order.length === best.order.length) continue;
    let byPosition = 0;
    let byNumber = 0;
    for (const m of markers) {
      // "7.", "7)" or "Question 7 –": a number of the council's (one beyond the questionnaire's
      // numbers too).
      // A number read as a question's parts ("4" for Q4a and Q4b) is the council's number too.
      const ownIds = m.ids.length > 0 ? m.ids : m.unknownIds;
      if (ownIds.length === 0 || !OWN_NUMBER_RE.test(m.label.trim())) continue;
      const n = Number(/\d+/.exec(m.label)![0]);
      const pos = q.byId.get(aligned.get(n) ?? '') ?? order[n - 1];
      if (!pos || ownIds.includes(pos.id)) continue;
      // "Question 3 – number of cremations" over its answer: the title names the question.
      const title = titleAfter(text, m);
      const words = title ?? wordsAfter(text, m);
      if (words.length < (title ? 2 : 4)) continue;
      const own = Math.max(...ownIds.map((id) => similarity(words, bags.get(id))));
      const at = similarity(words, bags.get(pos.id));
      // (Placed by the alignment, a smaller margin will do: the order backs the words.)
      if (at >= 0.5 && at > own + (aligned.has(n) ? 0.1 : 0.2)) byPosition++;
      else if (own >= 0.5 && own > at + 0.2) byNumber++;
    }
    if (byPosition < 3 || byPosition <= byNumber * 2) continue;
    if (!best || byPosition > best.byPosition) best = { order, byPosition };
  }
  if (!best) return null;
  const out = new Map<string, string>();
  best.order.forEach((x, i) => out.set(`Q${i + 1}`, x.id));
  return { map: out, byPosition: best.byPosition };
}

/**
 * "1." "2." "3." answering a request numbered 1, 2 a), 2 b): the reply's last run of bare numbers
 * counts one per question to answer and runs past the request's own numbers (its "3." labels no
 * question of the request), so each number is the question at that position. Null otherwise.
 */
export function positionalRenumbering(text: string, q: Questionnaire | null): Map<string, string> | null {
  if (!q || !q.questions.some((x) => /[a-z]$/.test(x.id))) return null;
  const answerable = q.questions.filter((x) => !x.heading);
  const tops = new Set(q.questions.map((x) => /^Q(\d+)/.exec(x.id)?.[1]));
  if (answerable.length < 3 || answerable.length <= tops.size) return null;
  // (Cheap first: the run's last number opens a line somewhere.)
  // ("14 - June 2019": the number and a dash.)
  // ("Request 14:" / "Response 14:": each element of the request numbered in sequence, its
  // restatement and the council's response under the same number.)
  const bare = (m: Marker): number | null => {
    const got = /^(?:\(?(\d{1,3})[.)]?|(?:request|response)\s+(\d{1,3})[.):]?)$/i.exec(m.label.trim());
    return got ? Number(got[1] ?? got[2]) : null;
  };
  if (!new RegExp(String.raw`^[ \t>]*(?:(?:request|response)\s+)?\(?${answerable.length}(?:[.):]|\s+[-–—]\s)`, 'im').test(text)) {
    // (Numbered with the headings: the last item's number opens a line, alone or ending a range.)
    if (!new RegExp(String.raw`^[ \t>]*(?:\d{1,3}\s*(?:to|[-–—])\s*)?${q.questions.length}[.):]`, 'm').test(text)) return null;
    return positionalWithHeadings(scanMarkersWith(text, { knownIds: null }), q, bare, tops);
  }
  const all = scanMarkersWith(text, { knownIds: null });
  // A "1." and the numbers after it that go up by one (a list inside an answer, "1. … 2. …", and the
  // request quoted below a top-posted reply, "5) the number of …", are passed over): the last such
  // run that counts one per question to answer.
  const runFrom = (from: number): Marker[] => {
    const run: Marker[] = [];
    for (const m of all.slice(from)) {
      const n = bare(m);
      if (n === null) continue;
      if (n === run.length + 1) run.push(m);
    }
    return run;
  };
  let run: Marker[] = [];
  for (let i = all.length - 1; i >= 0 && run.length === 0; i--) {
    if (bare(all[i]!) !== 1) continue;
    const found = runFrom(i);
    if (found.length === answerable.length) run = found;
  }
  if (run.length === 0) return positionalWithHeadings(all, q, bare, tops);
  // (Past the request's numbers: its last one is no question's number.)
  if (tops.has(String(run.length))) return null;
  const out = new Map<string, string>();
  answerable.forEach((x, i) => out.set(`Q${i + 1}`, x.id));
  return out;
}

/**
 * "16. Yes" / "18. April 2016" / "19. Two years" / "21 to 25. Not applicable – …" / "26. See 7.":
 * every item of the request numbered in turn, its headings too ("If the Authority has a CRM
 * system:" is 17, with nothing to say), some numbers skipped at headings or answered as a range.
 * The last run from "1." that reaches the number of items that way.
 */
function positionalWithHeadings(all: readonly Marker[], q: Questionnaire, bare: (m: Marker) => number | null, tops: ReadonlySet<string | undefined>): Map<string, string> | null {
  const items = q.questions;
  if (!items.some((x) => x.heading) || tops.has(String(items.length))) return null;
  for (let i = all.length - 1; i >= 0; i--) {
    if (bare(all[i]!) !== 1) continue;
    let next = 1;
    let skipped = 0;
    for (const m of all.slice(i)) {
      const n = bare(m);
      // ("17 - 20.", "5/6: 12 and 62 respectively": numbers answered together.)
      const r = n === null ? numberSpan(m.label) : [n, n];
      if (!r || r[0] < next) continue;
      // (A number passed over only where the request has a heading.)
      let ok = true;
      for (let k = next; k < r[0]; k++) if (!items[k - 1]?.heading) ok = false;
      if (!ok || r[1] > items.length) continue;
      skipped += r[0] - next;
      next = r[1] + 1;
    }
    if (next === items.length + 1 && skipped <= 2) {
      const out = new Map<string, string>();
      items.forEach((x, k) => out.set(`Q${k + 1}`, x.id));
      return out;
    }
  }
  return null;
}

/**
 * A council's own numbers 1 to N aligned with the questionnaire by their words, in order: one
 * alignment for the whole reply, so that a question the council left out ("10 … uptake" / "11 …
 * Single Sign On", the questionnaire's Q6c missing between them) shifts the numbers after it, and
 * two questions that start alike ("annual spend for 2017-18?" / "… for software licensing?") are
 * told apart by their order. Returns the council's number → id; a row with too few words to
 * compare ("7  Contractor?") keeps its place in the run between the rows around it.
 */
/** Words of no substance in a row's words. */
const ROW_STOP = stopWords('each with from that this those these what which when where were have been please state their they them there about');

export function alignRenumbered(text: string, markers: Marker[], q: Questionnaire, bags: Map<string, Set<string>>): Map<number, string> {
  const qs = q.questions;
  // Each number's row: of its occurrences (the request quoted, then "1. 58" answered), the one
  // whose words are most like a question's.
  const rows = new Map<number, number[]>();
  const rowWords = new Map<number, string[]>();
  for (const m of markers) {
    const n = OWN_NUMBER_RE.exec(m.label.trim());
    if (!n) continue;
    const words = wordsAfter(text, m);
    const sims = qs.map((x) => (words.length >= 4 ? similarity(words, bags.get(x.id)) : 0));
    const k = Number(n[1]);
    if (!rows.has(k) || Math.max(...sims) > Math.max(...rows.get(k)!)) {
      rows.set(k, sims);
      // (Its words of substance: the years and "each of" a row shares with a heading say little.)
      rowWords.set(k, words.filter((w) => w.length > 3 && !/\d/.test(w) && !ROW_STOP.has(w)));
    }
  }
  const nums = [...rows.keys()].sort((a, b) => a - b);
  const N = nums.length;
  const M = qs.length;
  // best[i][j]: the best score aligning the first i numbers with the first j questions.
  const best: number[][] = Array.from({ length: N + 1 }, () => new Array<number>(M + 1).fill(0));
  const sim = nums.map((n) => rows.get(n)!);
  // Each pair taken earns a little whatever its words, so that a row with few words keeps its place in the run.
  // (More when the numbers count exactly one per question: "8. External provider" / "9. Payment to
  // provider", short titles alike, keep their places rather than both moving to the provider question.)
  const TAKE = nums.length === qs.filter((x) => !x.heading).length && nums[N - 1] === N ? 0.5 : 0.15;
  // ("2. Vehicles removed in each of 2022/23, 2023/24 and 2024/25." under "For each of the last three
  // financial years (2022/23, 2023/24 and 2024/25), please state: a) the number of vehicles removed …":
  // a row more like one of the heading's parts than like the heading is that part's.)
  const partBeats = (n: number, j: number): boolean => {
    const ws = rowWords.get(n) ?? [];
    const own = similarity(ws, bags.get(qs[j]!.id));
    return qs.some((x) => x.parent === qs[j]!.id && similarity(ws, bags.get(x.id)) > own);
  };
  for (let i = 1; i <= N; i++) {
    for (let j = 1; j <= M; j++) {
      // A heading ("Of the funerals in question 1:") takes a number only when the row quotes it.
      const take = qs[j - 1]!.heading && (sim[i - 1]![j - 1]! < 0.5 || partBeats(nums[i - 1]!, j - 1)) ? -Infinity : sim[i - 1]![j - 1]! + TAKE;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, best[i - 1]![j - 1]! + take);
    }
  }
  const out = new Map<number, string>();
  for (let i = N, j = M; i > 0 && j > 0; ) {
    const here = best[i]![j]!;
    if (here === best[i - 1]![j]!) i--;
    else if (here === best[i]![j - 1]!) j--;
    else {
      out.set(nums[i - 1]!, qs[j - 1]!.id);
      i--;
      j--;
    }
  }
  return out;
}

/**
 * Ids the council was not asked: when the reply quotes the request (several questions are
 * labelled twice, once in the quoted request and once answered), questions labelled nowhere.
 */
export function notAsked(markers: Marker[], q: Questionnaire | null, text = ''): string[] {
  if (!q) return [];
  const count = new Map<string, number>();
  for (const m of markers) for (const id of m.ids) count.set(id, (count.get(id) ?? 0) + 1);
  const twice = [...count.values()].filter((n) => n >= 2).length;
  const real = q.questions.filter((x) => !x.heading);
  if (twice < Math.max(3, real.length * 0.5)) return [];
  // "13. if it has no CRM: (a) whether one has been considered, (b) why …": a part lettered inline
  // on its parent's line was asked, though no label of its own names it.
  // ("12. If so: a. when it went live; b. how long …": lettered with a full stop too.)
  const inline = (id: string): boolean => {
    const part = /^Q(\d+)([a-z])$/.exec(id);
    if (!part || !text) return false;
    return markers.some((m) => {
      if (!m.ids.some((x) => x === `Q${part[1]}`)) return false;
      const eol = text.indexOf('\n', m.end);
      return new RegExp(String.raw`(?:^|[\s,;:])\(?${part[2]}[).]\s`).test(text.slice(m.end, eol < 0 ? text.length : eol));
    });
  };
  const out = real.filter((x) => !count.has(x.id) && !inline(x.id)).map((x) => x.id);
  // Most of the questionnaire unlabelled is another layout, not a variant.
  return out.length <= real.length * 0.25 ? out : [];
}

// ---------------------------------------------------------------------------------------------
// 2. Judgement by type

const TYPED = new Set(['number', 'money', 'percent', 'year', 'duration', 'yes-no', 'choice']);
const CHOICE_OVER_NOT_HELD = 'a choice in its first sentence; what is not held is something else';
/** "not collected" in "Where ashes are not collected, …": the question's own words, which say nothing of what is held. */
function notHeldInQuestion(question: Question): string {
  const own = [...(question.text ?? '').matchAll(/\bnot\s+[a-z]+/gi)].map((m) => m[0].replace(/\s+/g, '\\s+'));
  return own.length > 0 ? own.join('|') : '(?!)';
}
const NOT_HELD_WORDING =
  /\b(?:do(?:es)?\s?n[o']?t|do(?:es)?\s+not|cannot|can'?t|are\s+not\s+able\s+to)\s+(?:currently\s+|centrally\s+|routinely\s+)?(?:hold|record|report|measure|track|collect|monitor|know|keep|capture)\b|\bnot\s+(?:something\s+(?:that\s+)?(?:we|the\s+council)\s+(?:currently\s+)?(?:measure|record|track|hold|collect|monitor|report)|(?:currently\s+|centrally\s+)?(?:recorded|held|known|tracked|measured|monitored|collected|available))\b|^\W*(?:unknown|not\s+known)\b|\bno\s+(?:records?|data|information)\s+(?:is\s+|are\s+)?(?:held|kept|available|recorded)/i;
const URL_RE = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i;
/** "If so, please provide details", "if yes, please list": details a Yes brings. */
/** Words that say nothing is done yet, or only might be: no Yes. */
const UNDONE_RE = /\b(?:no|not|never|none|nor|neither|nothing|may|might|could|would|consider\w*|review\w*|plan\w*|intend\w*|propos\w*|hope\w*|future|yet|unless|if|whether|unknown|unsure|depends?|some|occasionally|sometimes)\b|n't\b|\?/i;
const DONE_STOP = stopWords('does do did is are was were has have had the council you your any there this that these those with from used uses use make made please provide state confirm whether which what how');
/** A plain statement, with no "not" or "may", sharing a content word (by its first four letters) with the question. */
function saysItIsDone(answer: string, question: string): boolean {
  if (UNDONE_RE.test(answer) || (answer.match(/\p{L}+/gu)?.length ?? 0) < 4) return false;
  const stems = (s: string): Set<string> => new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !DONE_STOP.has(w)).map((w) => w.slice(0, 4)));
  const asked = stems(question);
  return [...stems(answer)].some((w) => asked.has(w));
}
const DETAILS_IF_SO_RE = /\b(?:if\s+(?:so|yes)\b[^.?]{0,40}\b(?:details?|describe|list|name|specify|explain)|(?:please\s+)?(?:provide|give)\s+(?:brief\s+|further\s+|full\s+)?details\b[^.?]{0,80}\bif\s+(?:so|yes)\b)/i;
/** "Please see the table below", "we have provided for each year a table showing …": the figures are in a table further on. */
const TABLE_BELOW_RE = /\b(?:tables?\s+(?:below|overleaf)|(?:provided|set\s+out|shown|given)\s+(?:[\w-]+\s+){0,4}?(?:in\s+)?(?:a|the)\s+tables?\b|tables?\s+(?:is|are)\s+(?:provided|set\s+out|shown|given)\s+below)/i;

const VAGUE_RE = /^\W*(?:numerous|various|many|several|too\s+many\s+to\s+(?:list|count|mention)|a\s+(?:large|significant)\s+number|lots|multiple)\b[\s\w]{0,20}\W*$/i;
/** "Various – see the pages on our intranet", "Please see the staff portal": only a pointer, to an internal place. */
const INTERNAL_POINTER_RE = /^\W*(?:(?:numerous|various|several|many|a\s+number)\s*[-–—:,;.]?\s*)?(?:please\s+)?(?:see|refer\s+to)\b[^.;\n]{0,80}\b(?:intranet|staff\s+portal|internal\s+(?:site|pages?|system|guidance))\b[^.;\n]{0,60}[.;]?\s*$/i;
const VAGUE_LEAD_RE = /^\W*(?:numerous|various|varies|it\s+varies|this\s+varies|mixed|a\s+mix(?:ture)?)\b\s*(?:[-–—:,;.]|\s+(?:depending|according)\b)/i;
/** A choice that is a mix of the others: "Mix", "Mixed", "Combination", "A mix of both". */
const MIX_CHOICE_RE = /^\W*(?:an?\s+)?(?:mix(?:ed|ture)?|combination|combined|hybrid)\b/i;
/** An answer that opens by saying it is a mix. */
const MIX_ANSWER_RE = /^\W*(?:(?:it\s+is|it's|this\s+is|we\s+use)\s+)?(?:an?\s+)?(?:mix(?:ed|ture)?|combination|combined|hybrid)\b/i;
const DOES_NOT_APPLY_RE = /\b(?:does|do)\s+not\s+apply\b|\bnot\s+relevant\b/i;
/** "Question 13 applies only to authorities that do not have a CRM system. As the Council does …": not to this one. */
const APPLIES_ONLY_RE = /^[^.!?]*\bapplies\s+only\s+to\s+(?:authorities|councils|bodies|organisations|organizations)\s+(?:that|which|who|without)\b/i;
/** "the remaining parts of this question", "the other parts": the parts after the one answered. */
const OTHER_PARTS_RE = /\b(?:the\s+)?(?:remaining|other|following|subsequent|rest\s+of\s+the)\s+(?:parts?|questions?|sub-?questions?)\b(?:\s+(?:of|in|to)\s+(?:this|the|that)\s+question)?\s+(?:therefore\s+)?(?:do|does)\s+not\s+apply\b/i;
/** "7a and 7b do not apply", "Parts (a) and (b) of that question therefore do not apply": a list of letters, with the question's number or called parts. */
const PARTS_NOT_APPLY_RE = /(?:\bparts?\s+(?:\d{1,3}\s?)?\(?[a-z]\)?|\b\d{1,3}\s?\(?[a-z]\)?|\([a-z]\))(?:\s*(?:,|and|&|or|to|-|–)\s*(?:\d{1,3}\s?)?\(?[a-z]\)?(?!\w))+(?:\s+(?:of|to|in)\s+(?:this|that|the|your)\s+question)?\s+(?:therefore\s+|also\s+|thus\s+|then\s+)?(?:do|does)\s+not\s+apply\b/i;

/**
 * Whether the "do not apply" in `text` is said of lettered parts ("7a and 7b", "parts (a) and (b)"),
 * after words that answer the question itself.
 */
function partsSaidNotToApply(text: string, question: Question): boolean {
  // (A heading asks nothing itself: "If the council does not use kiosks:" / "We have kiosks, so 5(a)
  // and 5(b) do not apply" leaves none of it to answer.)
  // (Nor does a part, whose own letter is among those named: "No – …, so parts 8a and 8b do not apply"
  // read for 8a.)
  if (question.heading || question.parent) return false;
  const m = PARTS_NOT_APPLY_RE.exec(text);
  // (Nothing before the parts but a linking word, "Parts (a) and (b) do not apply.", "so parts 8a and
  // 8b do not apply": nothing answers the question.)
  if (!m || !/\p{L}{2}/u.test(text.slice(0, m.index).replace(/\b(?:and|so|therefore|thus|hence|then|which\s+means(?:\s+that)?)\b/gi, ''))) return false;
  // ("As the Council does not have a CRM system, Question 12 (a) to (c) does not apply.": after only
  // the reason why, the question does not apply whole.)
  return !/^\W*(?:as|since|because|given\s+that)\b/i.test(text);
}

const REST_NOT_HELD_RE = /\b(?:does|do)\s+not\s+hold\b|\bnot\s+(?:held|recorded)\b|\bno\s+(?:figures?|data|information)\s+(?:is\s+|are\s+)?(?:held|available)|\b(?:not|can(?:no|')t\s+be|can\s+not\s+be)\s+(?:separately|individually)\s+(?:costed|recorded|identified|identifiable|held|isolated|distinguished)\b|\bunable\s+to\s+(?:give|provide|extract|obtain|produce|calculate)\s+(?:a|the|any)\s+(?:total|full|complete)\b|\b(?:can(?:no|')t|can\s+not|(?:are|is)\s+(?:not\s+able|unable)\s+to)\s+(?:separate|split|isolate|identify|break)\s+(?:them|these|this|it|those)\b|\b(?:have\s+not|haven't)\s+included\s+(?:anything|any\s+figure|them|these|those)\b|\bnot\s+(?:costed|recorded|coded|identified|held|captured)\s+separately\b|\b(?:can(?:no|')t|can\s+not|(?:are|is)\s+(?:not\s+able|unable)\s+to)\s+provide\s+(?:that|this|the\s+(?:other|remaining))\s+(?:element|part|figure|breakdown)\b|\b(?:costs?|figures?|data|information|records?)\s+(?:is|are)\s+held\s+by\s+(?:the\s+)?(?:districts?|count(?:y|ies)|parish(?:es)?|towns?|partners?|other|another|individual|each)\b/i;

/** "See 3.1 to 3.3", "Please see (a)–(c) below", "See below": only a pointer to the parts. */
const TO_PARTS_RE = /^\W*(?:please\s+)?(?:see|refer\s+to)\s+(?:(?:the\s+)?(?:parts?|answers?|responses?|questions?|q)\s*)?(?:\(?\d{0,3}(?:\.\d{1,2}|[a-z])\)?\s*(?:to|-|–|—|and|&)\s*\(?\d{0,3}(?:\.\d{1,2}|[a-z])\)?\s*)?(?:below)?\W*$/i;

const FIGURE_LEAD_RE = /^\W{0,3}(?:approx(?:imately|\.)?\s+|c\.\s?|around\s+)?£?\s?\d[\d,.]*\s?(?:%|m\b|bn\b|k\b|million\b|billion\b)?/i;
// "Both", or "Y ddau / Both" (the answer in two languages, the second after a slash).
const TWO_CHOICES_RE = /^\W*(?:[^/\n]{1,30}\s\/\s*)?both\b/i;

/** "… a percentage change up or down?", "an increase or a decrease?": the question asks the direction too. */
const TREND_ASKED_RE = /\b(?:up\s+or\s+down|increase\s+or\s+(?:a\s+)?decrease|higher\s+or\s+lower|rise\s+or\s+(?:a\s+)?fall|similar\s+or|the\s+same\s+or)\b/i;
const TREND_REASON = 'the direction of the change, with no figure';
/** "Down as the NHS has budget constraints", "Similar to last year": the direction given first. */
const TREND_GIVEN_RE = /^\W*(up|down|increas(?:e|ed|ing)|decreas(?:e|ed|ing)|higher|lower|similar|the\s+same|same|unchanged|no\s+change)\b/i;

/** "None.", "There are currently none available.", "No such documents exist.": nothing of the kind. */
const NO_SUCH_DOCUMENTS_RE = /^\W*(?:none\b(?:\s+(?:are|is|were|was))?(?:\s+(?:currently|yet))?(?:\s+(?:available|held|exist|produced))?|there\s+(?:are|is|were|was)\s+(?:currently\s+)?(?:none|no\s+such\b[^.]{0,40})(?:\s+(?:available|held|in\s+existence))?|no\s+such\s+[a-z]+(?:\s+[a-z]+)?\s+(?:exists?|(?:is|are|were|was)\s+(?:held|produced|prepared)))\W*$/i;
/** "Please provide a link to the policy", "What is the web address of …": a question that asks for a link. */
const ASKS_FOR_LINK_RE = /\b(?:(?:provide|give|send|supply|share|include)\s+(?:me\s+)?(?:with\s+)?(?:a|the)\s+(?:web\s*)?link|(?:web|website|internet)\s+address|url)\b/i;

function judgeByType(s: Suggestion, question: Question, q: Questionnaire): void {
  // "3) Charge point contract – See 3.1 to 3.3": a heading that only points to its parts has no
  // answer of its own.
  if (question.heading && (s.status === 'answered' || s.status === 'signposted') && !s.exemption && TO_PARTS_RE.test(s.text)) {
    s.status = 'not-applicable';
    s.value = null;
    delete s.unit;
    s.reason = 'a heading that points to its parts';
    return;
  }
  // "There are currently none available." for "Please release any plans or reports about …": no
  // such documents exist, so none is held.
  if (s.status === 'answered' && question.type === 'text' && DOCUMENTS_ASKED_RE.test(question.text ?? '') && NO_SUCH_DOCUMENTS_RE.test(s.text.trim().split('\n', 1)[0]!)) {
    s.status = 'not-held';
    s.value = null;
    s.reason = 'no such documents';
    return;
  }
  // "https://…/hardship-award" for "Please provide a link to the policy.": the link is what was
  // asked for, so it answers; it does not point elsewhere instead.
  if (s.status === 'signposted' && !s.exemption && question.type === 'text' && ASKS_FOR_LINK_RE.test(question.text ?? '')) {
    s.status = 'answered';
    s.value = s.text.trim().replace(/[.,;]+$/, '');
    s.reason = 'the link asked for';
    return;
  }
  // "Around 80% of the complaints concerned domestic premises" for "how many …?": a share is no count.
  if (s.status === 'answered' && question.type === 'number' && s.unit === '%' && question.unit !== '%' && /\bhow\s+many\b|\bnumber\s+of\b/i.test(question.text ?? '') && !/\bpercent|\bper\s*cent|%|\bproportion/i.test(question.text ?? '')) {
    s.status = 'unclear';
    s.value = null;
    delete s.unit;
    s.reason = 'a percentage given where a count was asked';
    return;
  }
  // "We do not measure uptake as a percentage. At 31 March there were 21,406 accounts." for a
  // percentage: the part "given" is of another kind; what was asked is not held.
  if (s.status === 'partial' && !s.exemption && TYPED.has(question.type) && (s.value === null || s.value === undefined) && NOT_HELD_WORDING.test(s.text)) {
    s.status = 'not-held';
    delete s.unit;
    s.reason = `no ${question.type} given; the rest says it is not held`;
    return;
  }
  // "published in the council's Open Space Assessment 2023 … exempt under section 21": the year
  // names the publication; a count, a sum or a share is not given.
  if ((s.status === 'partial' || s.status === 'answered') && s.exemption === 's21' && question.type !== 'year' && typeof s.value === 'number' && /^(?:19|20)\d\d$/.test(String(s.value))) {
    s.status = 'signposted';
    s.value = null;
    delete s.unit;
    s.reason = 'points to a publication (section 21); the year names it';
    return;
  }
  // "Claims are handled by our insurer, … Legal costs … are not held by the Council.": a choice
  // given in the first sentence answers the question; "not held" later is about something else.
  if (s.status === 'not-held' && question.type === 'choice') {
    const first = /^[^.;]{4,300}?(?=[.;]|\n\s*\n|$)/.exec(s.text.trim())?.[0]?.replace(/\s+/g, ' ');
    const v = first ? parseValue(first, question, q.codes) : null;
    if (first && v && v.value !== null && v.confidence >= 0.7 && !v.several && !NOT_HELD_WORDING.test(first.replace(new RegExp(`\\b(?:${notHeldInQuestion(question)})\\b`, 'gi'), ' '))) {
      s.status = 'answered';
      s.value = v.value;
      s.reason = CHOICE_OVER_NOT_HELD;
      return;
    }
  }
  // "The current policy took effect on 1 April 2024 and is available at https://…": a year given
  // with a link answers "In which year …?"; the link is where to read more.
  if (s.status === 'signposted' && !s.exemption && question.type === 'year') {
    const v = parseValue(s.text.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' '), question, q.codes);
    if (v.value !== null && v.confidence >= 0.8 && !v.several) {
      s.status = 'answered';
      s.value = v.value;
      s.reason = 'a year, with where to read more';
      return;
    }
  }
  // "Both. A summary register is published on our website …": a choice or yes/no first, then where
  // to read more, answers the question.
  if (s.status === 'signposted' && !s.exemption && (question.type === 'choice' || question.type === 'yes-no')) {
    const first = /^[^.;:\n]{1,40}(?=[.;:\n]|$)/.exec(s.text.trim())?.[0];
    const v = first ? parseValue(first, question, q.codes) : null;
    if (v && v.value !== null && v.confidence >= 0.8 && !v.several) {
      s.status = 'answered';
      s.value = v.value;
      s.reason = 'its own answer, then where to read more';
      return;
    }
  }
  // "£12.9m (employees only – agency and contractor spend is not held)": a figure for part.
  if (s.status === 'not-held' && (question.type === 'money' || question.type === 'number' || question.type === 'percent') && FIGURE_LEAD_RE.test(s.text)) {
    const v = parseValue(s.text, question, q.codes);
    if (v.value !== null && typeof v.value === 'number') {
      s.status = 'partial';
      s.value = v.value;
      if (v.unit !== undefined) s.unit = v.unit;
      s.reason = 'a figure for part, the rest not held';
      return;
    }
  }
  // "Both group and private ceremonies. Group ceremonies are held monthly; …": an answer that
  // opens with one of the question's choices word for word is that choice, whatever follows.
  // (A choice of two words or more: "Residents." opening "… and properties alike" is weighed below.)
  if ((s.status === 'answered' || s.status === 'unclear') && question.type === 'choice') {
    const opens = openingChoice(s.text.replace(/^[\s*•–-]+/, '').replace(/[ \t]*\r?\n[ \t]*(?=\S)/g, ' '), resolveChoices(question, q.codes).filter((c) => c.trim().split(/\s+/).length >= 2));
    if (opens) {
      s.status = 'answered';
      s.value = opens;
      s.reason = 'opens with one of the choices';
      return;
    }
  }
  // "Mixed – rats in-house, insects by a contractor", "A combination of the two": the question's
  // own choice of a mix, when it offers one (otherwise the words hedge and the judgement stands).
  if ((s.status === 'answered' || s.status === 'unclear') && question.type === 'choice') {
    const choices = Array.isArray(question.choices) ? question.choices : typeof question.choices === 'string' ? q.codes[question.choices] : undefined;
    const mix = choices?.find((c) => MIX_CHOICE_RE.test(c));
    // ("Both. Towns in-house, rural verges under contract" to a choice of "Mix of both".)
    if (mix && (MIX_ANSWER_RE.test(s.text) || (/\bboth\b/i.test(mix) && TWO_CHOICES_RE.test(s.text)))) {
      s.status = 'answered';
      s.value = mix;
      s.reason = 'the choice of a mix';
      return;
    }
  }
  // "Both – …" or "Residents and properties" when the questionnaire offers "Both" as a choice
  // (when it does not, "Both" is no value of the question: the classifier's judgement stands).
  if ((s.status === 'answered' || (s.status === 'unclear' && (TWO_CHOICES_RE.test(s.text) || (s.reason === 'hedged between answers' && !/\bdepend/i.test(s.text))))) && question.type === 'choice') {
    const choices = Array.isArray(question.choices) ? question.choices : typeof question.choices === 'string' ? q.codes[question.choices] : undefined;
    // "Neither. Our designation runs until 2028." when the question offers "both" and "neither"
    // among its options: the word is the option, no hedge.
    const opening = /^\W*(both|neither|either)\b(?!\s+(?:of|the|a|an|in|on|at|our|its|for|to)\b)/i.exec(s.text)?.[1]?.toLowerCase();
    // (A "Both" beside two named options is read below, as either of them together.)
    const twoAndBoth = opening === 'both' && (choices?.filter((c) => !/^both$/i.test(c.trim())).length ?? 0) === 2;
    const offered = opening && !twoAndBoth ? choices?.find((c) => c.trim().toLowerCase() === opening) : undefined;
    if (offered && s.status === 'unclear') {
      s.status = 'answered';
      s.value = offered;
      s.reason = 'one of the options offered';
      return;
    }
    const named = choices?.filter((c) => !/^both$/i.test(c)) ?? [];
    const head = s.text.toLowerCase().slice(0, 80);
    // ("Bands. The scheme has four bands; there is no points element.": a choice named only to be
    // denied is not named as the answer.)
    const mentioned = named.filter((c) => {
      const m = new RegExp(`\\b${c.toLowerCase().replace(/[^a-z0-9 ]/g, '.')}`).exec(head);
      return !!m && !/\b(?:no|not|never|nor|without)\b[^.;,]{0,12}$/.test(head.slice(Math.max(0, m.index - 24), m.index));
    }).length;
    // ("Other – Regulatory Services (Environmental Health & Licensing)": one choice, set off by a dash,
    // and the others named in its detail.)
    const leads = [...named, 'other'].some((c) => new RegExp(`^\\W*${c.toLowerCase().replace(/[^a-z0-9 ]/g, '.')}\\s*(?:[–—:(]|-\\s)`).test(head));
    if (choices && named.length === choices.length && (TWO_CHOICES_RE.test(s.text) || (mentioned >= 2 && !/\bor\b/.test(head) && !leads))) {
      // "Residents and properties in roughly equal measure": no single choice is the answer.
      s.status = 'unclear';
      s.value = null;
      s.reason = 'names more than one of the choices';
      return;
    }
    if (choices && named.length === 2 && named.length < choices.length) {
      // ("… centred on residents rather than properties": the one set aside is not named.)
      const t = s.text.toLowerCase().replace(SET_ASIDE, ' ');
      // "A mixture of both", "a combination of the two": the choice "Both".
      // ("Virtual. Paper permits were phased out in April 2022.": one of them alone as the first
      // sentence is the answer; the other, named after it, is not chosen too.)
      const first = /^[^.;:!?\n]*/.exec(s.text.trim())![0].trim().toLowerCase().replace(/[^a-z0-9 ]/g, ' ').trim();
      const onlyOne = named.some((c) => c.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').trim() === first);
      const both = TWO_CHOICES_RE.test(s.text) || MIX_ANSWER_RE.test(s.text) || (!onlyOne && named.every((c) => new RegExp(`\\b${c.toLowerCase().replace(/[^a-z0-9 ]/g, '.')}`).test(t.slice(0, 80))));
      // ("Residents and properties more or less equally": the idiom offers no alternative.)
      if (both && !/\bor\b/.test(t.slice(0, 60).replace(/\bmore\s+or\s+less\b/g, ' '))) {
        s.status = 'answered';
        s.value = 'Both';
        s.reason = 'both choices';
        return;
      }
    }
  }
  // "…does not operate a scheme, so the remaining parts of this question do not apply": its own
  // question is answered (No); the parts after it do not apply (namedAsNotApplying).
  const saysSo = (s.text.length < 200 && DOES_NOT_APPLY_RE.test(s.text)) || APPLIES_ONLY_RE.test(s.text);
  // ("…does not use a CRM. As we do not have one, your questions about it (12a to 12c) do not
  // apply.": other questions named as not applying; this one is answered.)
  const first = /^[^.!?]*[.!?](?=\s+\S)/.exec(s.text)?.[0];
  const othersNamed = saysSo && first && !DOES_NOT_APPLY_RE.test(first) && /\d/.test(s.text) ? idsNamed(s.text.slice(first.length), q) : [];
  const answersOwn = othersNamed.length > 0 && !othersNamed.some((id) => id === s.id || id === question.parent || question.parent === q.byId.get(id)?.parent);
  // ("No – the Council has not needed to carry out works in default, so 7a and 7b do not apply.",
  // "… never carried out works in default (question 7). Parts (a) and (b) of that question therefore do
  // not apply.": what does not apply is the question's own parts; the question is answered before it.)
  const partsOnly = saysSo && partsSaidNotToApply(s.text, question);
  if ((s.status === 'answered' || s.status === 'unclear') && saysSo && !OTHER_PARTS_RE.test(s.text) && !answersOwn && !partsOnly) {
    s.status = 'not-applicable';
    s.value = null;
    s.reason = 'says the question does not apply';
    return;
  }
  // "Various – it depends on …" for a typed question: whatever figure or choice word follows
  // illustrates the variety; no single value is the answer.
  // ("Numerous – the Council does not maintain a central register" for how many: the count is
  // vague, whatever is said of a register.)
  if ((s.status === 'answered' || (s.status === 'not-held' && question.type === 'number')) && (VAGUE_RE.test(s.text) || (TYPED.has(question.type) && question.type !== 'yes-no' && VAGUE_LEAD_RE.test(s.text)))) {
    s.status = 'unclear';
    s.value = null;
    delete s.unit;
    s.reason = 'no figure: a vague quantity';
    return;
  }
  // "Various – see the Working Well pages on our intranet (not publicly available).": the whole answer
  // a pointer to a place the requester cannot see gives nothing and points to nothing published.
  if ((s.status === 'answered' || s.status === 'signposted') && INTERNAL_POINTER_RE.test(s.text)) {
    s.status = 'unclear';
    s.value = null;
    delete s.unit;
    s.reason = 'points only to an internal place the requester cannot see';
    return;
  }
  const typedValue = s.value !== null && s.value !== undefined && s.value !== '';
  if (TYPED.has(question.type) && question.type !== 'yes-no' && typedValue && s.status === 'answered' && REST_NOT_HELD_RE.test(s.text.replace(PREVIOUSLY, ' ')) && !INCLUDED_IN.test(s.text.toLowerCase()) && !EXACT_NOT_HELD.test(s.text.toLowerCase().replace(/\s+/g, ' '))) {
    s.status = 'partial';
    s.reason = 'a figure for part, the rest not held';
    return;
  }
  if (s.status !== 'answered' || !TYPED.has(question.type)) return;
  if (s.value !== null && s.value !== undefined && s.value !== '') return;
  const t = s.text.replace(/[\u2018\u2019]/g, "'");
  // ("… a breakdown is available in the report [link]. … We do not report it in terms of …": the
  // link given first is where the figures are; what is not recorded comes after it.)
  const linkAt = t.search(URL_RE);
  if (NOT_HELD_WORDING.test(t) && !(linkAt >= 0 && linkAt < t.search(NOT_HELD_WORDING))) {
    s.status = 'not-held';
    s.reason = 'no value; says it is not held or recorded';
  } else if (URL_RE.test(t)) {
    s.status = 'signposted';
    s.reason = 'no value; points to a link';
  } else if (question.type === 'yes-no' && DETAILS_IF_SO_RE.test(question.text ?? '') && !/\b(?:no|not|never|none|nor|neither)\b|n't\b/i.test(t) && (t.match(/\p{L}+/gu)?.length ?? 0) >= 4) {
    // "Are any tools being piloted? If so, please give brief details": "Copilot premium is under
    // trial to improve productivity" gives the details a Yes brings.
    s.confidence = Math.min(s.confidence, 0.5);
    s.reason = 'no Yes or No; gives the details asked for if so';
  } else if (question.type === 'yes-no' && saysItIsDone(t, question.text ?? '')) {
    // "Does the policy allow tax to be written off?": "Reductions under it are administered as write
    // offs." says what is done, in the question's words, with no "not": a Yes, left to the person.
    s.confidence = Math.min(s.confidence, 0.5);
    s.reason = 'no Yes or No; says it is done, in the question\'s words';
  } else if (TREND_ASKED_RE.test(question.text ?? '') && TREND_GIVEN_RE.test(t)) {
    // "… will there be a percentage change up or down?": "Down, as budgets are constrained" answers
    // the direction asked, with no figure (offered).
    const word = TREND_GIVEN_RE.exec(t)![1]!;
    s.value = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
    s.confidence = Math.min(s.confidence, 0.6);
    s.reason = TREND_REASON;
    delete s.unit;
    return;
  } else if (question.type === 'number' && ALL_OF_THEM_RE.test(t)) {
    // "How many of those are open seven days a week?" / "All.": every one of them, a count the
    // person reads from the question it refers to (offered).
    s.value = 'All';
    s.confidence = Math.min(s.confidence, 0.6);
    s.reason = ALL_REASON;
    delete s.unit;
    return;
  } else if (question.type === 'yes-no' && FIGURES_INSTEAD_RE.test(t) && !/\b(?:yes|no|not|none)\b/i.test(t)) {
    // "Has this budget been reduced in the past three years?" / "2010-11 - £433,676" / "2011-12 -
    // £201,533": the figures answer it, with no Yes or No to propose; left to the person.
    s.confidence = Math.min(s.confidence, 0.4);
    s.reason = 'no Yes or No; gives figures instead';
  } else if (TABLE_BELOW_RE.test(t)) {
    // Answered, but no one figure to propose: the person reads the table.
    s.confidence = Math.min(s.confidence, 0.5);
    s.reason = `no one ${question.type} here; the figures are in a table`;
  } else if (SPAN_GIVEN_RE.test(t)) {
    // "Ranged from 12% to 30% across the year": a span where one figure is asked; unclear.
    s.status = 'unclear';
    s.reason = `no one ${question.type}; a span or a variation given`;
  } else if (question.type !== 'yes-no' && (t.match(/\p{L}+/gu)?.length ?? 0) >= 5 && /[.!]\s*$/.test(t.trim()) && !WORDS_NOT_ANSWER_RE.test(t)) {
    // "There is no designated training budget.", "The contract is reviewed annually.": a sentence
    // that answers in words, with no value of the question's type; answered, left to the person.
    s.confidence = Math.min(s.confidence, 0.4);
    s.reason = `no ${question.type}; answers in words`;
  } else {
    s.status = 'unclear';
    s.reason = `no ${question.type} given`;
  }
  s.value = null;
  delete s.unit;
}

/** "All.", "All of them", "All of those sites": every one of what the question counts. */
const ALL_REASON = 'all of them; no count given';
const ALL_OF_THEM_RE = /^\W*all(?:\s+of\s+(?:them|these|those))?(?:\s+[a-z]+)?\W*$/i;
/** "£433,676", "1,204": a sum or a count with a thousands separator, given where a Yes or No was asked. */
const FIGURES_INSTEAD_RE = /£\s?\d|\b\d{1,3}(?:,\d{3})+\b/;

/**
 * Words that deny, hedge or point elsewhere ("no uptake to report", "Counted within 4b", "This varies
 * with …", "Numerous systems across the service areas"): no answer in words.
 */
const WORDS_NOT_ANSWER_RE = /\b(?:no|not|none|never|nothing|nor|may|might|could|within|above|below|see|question|answer|varies|vary|depends|numerous|countless)\b|n't\b|\b\d{1,3}[a-z]\b/i;

// ---------------------------------------------------------------------------------------------
// 3. Cross-references

/** The kind of value a question's type asks for, to tell whether a referenced answer has one. */
function valueKind(type: string): string {
  return type === 'text' || type === 'multi-choice' ? 'text' : type;
}

/**
 * "As 6b.", "See above": each reference (found by the classifier, `refs`) takes its target's
 * status, value and exemption; a number is never read out of the reference itself; a typed
 * question whose target has no value of its kind is unclear. The one resolver of the engine
 * (with or without a questionnaire).
 */
/** The words of `a` whose first five letters are no word's of `b`: what one question asks that the other does not. */
function wordsNotIn(a: string, b: string): string[] {
  const other = new Set(wordTokens(b).map((t) => t.word.slice(0, 5)));
  return wordTokens(a).map((t) => t.word).filter((w) => !other.has(w.slice(0, 5)));
}

/**
 * "Q1 … 148 cameras, 12 of which are redeployable." / "Q2 How many are redeployable? See answer
 * to Q1.": the referenced answer holds a figure for this question too, in the clause that carries
 * this question's own words (those the target's question does not share). Null when none stands out.
 */
function ownFigure(target: Suggestion, tq: Question | undefined, question: Question | undefined, q: Questionnaire): number | null {
  if (!question || !tq || question.type !== 'number' || typeof target.value !== 'number' || !question.text || !tq.text) return null;
  const distinct = wordsNotIn(question.text, tq.text);
  if (distinct.length === 0) return null;
  // ("Of the 14 complaints, five led to a remedial notice, one of which was appealed": the count in
  // the clause with this question's own words, "appealed".)
  const counted = clauseCount(target.text, distinct);
  if (counted !== null && counted !== target.value) return counted;
  const again = parseValue(target.text, { ...question, text: distinct.join(' ') }, q.codes);
  return typeof again.value === 'number' && again.value !== target.value ? again.value : null;
}

export function resolveRefs(answers: Suggestion[], refs: Map<string, string | 'previous'>, q: Questionnaire, renumbered: Map<string, string> | null): void {
  const byId = new Map(answers.map((a) => [a.id, a]));
  const done = new Set<string>();
  const visit = (a: Suggestion, depth: number): void => {
    if (done.has(a.id) || depth > 6) return;
    done.add(a.id);
    let ref = refs.get(a.id);
    if (!ref) return;
    let target: Suggestion | undefined;
    if (ref === 'previous') {
      const at = answers.indexOf(a);
      for (let i = at - 1; i >= 0 && !target; i--) if (answers[i]!.start !== a.start) target = answers[i];
    } else {
      if (renumbered?.has(ref)) ref = renumbered.get(ref)!;
      target = ref !== a.id ? byId.get(ref) : undefined;
    }
    const question = q.byId.get(a.id);
    // "Exempt – see 4a": refused whatever the answer referred to says.
    const refused = a.status === 'refused';
    a.value = null;
    delete a.unit;
    delete a.exemption;
    if (!target) {
      a.status = 'unclear';
      a.confidence = Math.min(a.confidence, 0.3);
      a.reason = `refers to ${ref === 'previous' ? 'an earlier answer' : ref}, which has no answer here`;
      a.why = `cross-reference, target not found, line ${a.line}`;
      return;
    }
    visit(target, depth + 1);
    a.from = target.id;
    // Without a questionnaire nothing calibrates it later: no surer than its target, and never sure.
    a.confidence = Math.min(target.confidence, 0.75);
    const tq = q.byId.get(target.id);
    // "See our answer to question 8; staffing costs form part of that total.": this question's
    // figure is inside the one referred to, and not given apart from it.
    if (PART_OF_TARGET_RE.test(a.text) && (target.status === 'answered' || target.status === 'partial') && typeof target.value === 'number') {
      a.status = 'unclear';
      a.reason = `part of ${target.id}'s figure, not given apart from it`;
      a.why = `cross-reference to ${target.id}, line ${a.line}`;
      return;
    }
    const typed = question && TYPED.has(question.type);
    // ("4(a) Name of the system? See answer to Q4." where Q4, yes or no, says "Yes. We use Tellwise
    // 360": a question answered in words takes the words, not the "Yes".)
    const sameKind = typed ? tq !== undefined && valueKind(tq.type) === valueKind(question!.type) : !(question && tq && question.type === 'text' && tq.type === 'yes-no');
    // "Yes – the plan was adopted in March 2021." / "3(c) In what year? See 3(b).": the answer
    // referred to may hold a value of this question's type although its own is of another kind.
    const words = question?.type === 'text' ? target.text.replace(/^\W*(?:yes|no)\b[\s.,;:–-]*(?=\S)/i, '') : target.text;
    const other = (target.status === 'answered' || target.status === 'partial') && !sameKind ? parseValue(words, question, q.codes) : null;
    // ("3. Please see response to question 2." where 2 says "The staffing budget for the 3 permanent
    // members of staff … is £201k": the count is there among other figures, taken and offered.)
    // ("Q11(a) – See Q11." where Q11 says "Yes, two former employees were re-engaged": a part asking
    // "if yes, how many?" of its own parent's yes takes the count in words that follows it.)
    const floor = question?.parent === target.id ? 0.6 : 0.7;
    // ("12. Please see the register linked at 9, …" where 9 says "Yes - https://…": for a question
    // answered in words, a link and nothing else points to where the answer is.)
    if (other && typeof other.value === 'string' && /^\s*(?:https?:\/\/|www\.)\S+\s*$/i.test(other.value)) {
      a.status = 'signposted';
      a.reason = `points, through ${target.id}, to a link`;
    } else if (other && other.value !== null && other.confidence >= floor) {
      a.status = 'answered';
      a.value = other.value;
      if (other.unit !== undefined) a.unit = other.unit;
      a.reason = `as ${target.id}: the ${question!.type} its answer gives`;
      // (Taken below the usual floor, it is offered: a sign of a misread.)
      if (other.several || other.confidence < 0.7) READ_FROM_OTHER.add(a);
    } else if ((target.status === 'answered' || target.status === 'partial') && !sameKind) {
      a.status = 'unclear';
      a.reason = `refers to ${target.id}, which gives no ${question!.type}`;
    } else {
      a.status = target.status;
      a.value = target.value;
      if (target.unit !== undefined) a.unit = target.unit;
      if (target.exemption) a.exemption = target.exemption;
      a.reason = `as ${target.id}${target.reason ? `: ${target.reason}` : ''}`;
      const own = ownFigure(target, tq, question, q);
      if (own !== null) {
        a.value = own;
        a.reason = `as ${target.id}: the figure its answer gives for this question`;
        OWN_FIGURE.add(a);
      }
    }
    // ("9. On average, how many days pass …? See the response to question 3." where 3 counts penalty
    // notices: a length of time is no count of things, nor the other way round. Counts of two kinds
    // of thing are left alone: "staff" and "employees" may be the same people.)
    if (question?.type === 'number' && tq?.type === 'number' && a.status === 'answered') {
      const mine = countsTime(question.text);
      const theirs = countsTime(tq.text);
      if (mine !== null && theirs !== null && mine !== theirs) {
        a.status = 'unclear';
        a.value = null;
        delete a.unit;
        a.reason = `refers to ${target.id}, which counts ${theirs ? 'a length of time' : 'things'}, not ${mine ? 'a length of time' : 'things'}`;
      }
    }
    // ("6. How many prosecutions …? Please see the answer to question 3." where 3 counts referrals and
    // homes recovered: the answer referred to says nothing of what this question counts.)
    if (question?.type === 'number' && tq?.type === 'number' && a.status === 'answered' && a.value === target.value && onlyCrossRef(a.text.toLowerCase()) !== undefined && silentOn(target.text, question, tq)) {
      a.status = 'unclear';
      a.value = null;
      delete a.unit;
      a.reason = `refers to ${target.id}, whose answer says nothing of what this question counts`;
    }
    if (refused && a.status !== 'refused') {
      a.status = 'refused';
      a.value = null;
      delete a.unit;
      delete a.exemption;
      a.reason = `refused; ${target.id}, referred to, gives no exemption`;
    }
    a.why = `cross-reference to ${target.id}, line ${a.line}`;
  };
  for (const a of answers) visit(a, 0);
}

/** Whether a question counts a length of time ("how many (working) days …"); null when it counts nothing by name. */
function countsTime(text: string | undefined): boolean | null {
  // (Not "how many were supplied …" nor "Of those, how many related to …": what is counted was named before.)
  if (/\bof\s+(?:those|these|them|which)\b/i.test(text ?? '')) return null;
  const got = /\b(?:how\s+many|(?:the\s+)?number\s+of)\s+(?!(?:were|are|was|is|did|do|does|have|has|had|of|in|these|those|them|this|that|such)\b)([a-z-]+)/i.exec(text ?? '');
  return got ? /^(?:working|calendar|minutes?|hours?|days?|weeks?|months?|years?|fortnights?)$/i.test(got[1]!) : null;
}

/**
 * Whether `text`, the answer of `tq`, names none of the words `question` asks about that `tq` does
 * not ("prosecutions", "Prevention", "Housing" for a count of prosecutions referred to an answer
 * about referrals and homes recovered), and some of `tq`'s own. Two such words at least, or
 * nothing is known.
 */
function silentOn(text: string, question: Question, tq: Question): boolean {
  const distinct = (a: Question, b: Question): string[] => [...new Set(wordsNotIn(a.text ?? '', b.text ?? '').filter((w) => w.length >= 5 && !/^\d/.test(w) && !STOPWORDS.has(w)).map((w) => w.slice(0, 5)))];
  const own = distinct(question, tq);
  if (own.length < 2) return false;
  const said = new Set(wordTokens(text).map((t) => t.word.slice(0, 5)));
  // (The answer talks of its own question's things, "11 properties were recovered", and of none of
  // this one's; a bare "1,210" talks of nothing and may be the same count named otherwise.)
  return !own.some((w) => said.has(w)) && distinct(tq, question).some((w) => said.has(w));
}

/** References whose value was read, among several figures, from an answer of another kind. */
const READ_FROM_OTHER = new WeakSet<Suggestion>();
/** Figures read from the clause of a referred answer with this question's own words: one picked among two at least. */
const OWN_FIGURE = new WeakSet<Suggestion>();

/** "… form part of that total", "are included in that figure": a figure inside the one referred to. */
const PART_OF_TARGET_RE = /\b(?:forms?|formed|is|are|was|were)\s+(?:a\s+|one\s+)?part\s+of\s+(?:that|this|the)\s+(?:total|figure|sum|amount|spend)\b|\b(?:included|contained|counted)\s+(?:with)?in\s+(?:that|this|the)\s+(?:total|figure|sum|amount)\b/i;

// ---------------------------------------------------------------------------------------------
// 4. Parents and children

const COVERS_LEAD_RE =
  /^[^\w(]*(?:\(\s*(?:(?:all|both)\s+(?:parts|sub-?questions)|[a-z]\s*(?:[-–—]|to)\s*[a-z]|\d{1,3}[a-z]?\s*(?:[-–—]|to)\s*\d{1,3}[a-z]|\d{1,3}\.\d{1,2}\s*(?:[-–—]|to)\s*\d{1,3}\.\d{1,2})\s*\)|\(?[a-z]\)?\s*(?:[-–—]|to)\s*\(?[a-z]\)?|all\s+parts)\s*[:.–—-]?\s*/i;
const COVERING = new Set(['not-applicable', 'not-held', 'refused', 'signposted']);

function childrenOf(q: Questionnaire): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const question of q.questions) {
    const p = question.parent ?? impliedParent(question.id);
    if (!p || !q.byId.has(p)) continue;
    const list = out.get(p) ?? [];
    list.push(question.id);
    out.set(p, list);
  }
  return out;
}

function spreadParents(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, skip: Set<string>): Suggestion[] {
  const kids = childrenOf(q);
  const byId = new Map(answers.map((a) => [a.id, a]));
  const added: Suggestion[] = [];
  for (const [parent, children] of kids) {
    const p = byId.get(parent);
    const pq = q.byId.get(parent)!;
    // "1. Has your authority used any agency teams …?" / "a) How many teams?" / "We used one team in
    // 2018": the yes or no is in the count its first part gives (one or more, yes; none, no).
    const first = byId.get(children[0]!);
    if (!p && pq.type === 'yes-no' && !skip.has(parent) && first && first.status === 'answered' && typeof first.value === 'number' && q.byId.get(first.id)?.type === 'number') {
      const yes = first.value > 0;
      const answer: Suggestion = { ...first, id: parent, from: first.id, value: yes ? 'Yes' : 'No', confidence: 0.5, reason: `${yes ? 'yes' : 'no'}, from the count its first part gives`, why: `${first.id} counts ${first.value}, line ${first.line}` };
      delete answer.unit;
      added.push(answer);
      byId.set(parent, answer);
      found.set(parent, { how: 'parent', cls: { status: 'answered', confidence: 0.5 }, doubt: true });
      continue;
    }
    if (p) {
      // "(a)–(d) Not applicable" after the parent's label: judge the rest.
      const lead = COVERS_LEAD_RE.exec(p.text);
      // "Does the trust offer AI training for the following staff groups?" / "(a) Clinical staff" … /
      // "No, however plans are …": a no to the question over its parts is a no for each part that
      // asks yes or no, has no answer of its own and is not asked only on a condition.
      // "1. How many new sites did the council open?" / "a) Where is each site?" / "The council did
      // not open any new sites": a count of none leaves its follow-up parts nothing to ask about
      // (offered: a part may still count something else).
      if (pq.type === 'number' && !pq.heading && p.status === 'answered' && p.value === 0 && !lead) {
        for (const c of children) {
          if (byId.has(c) || skip.has(c)) continue;
          const child: Suggestion = { ...p, id: c, from: parent, status: 'not-applicable', value: null, reason: 'none counted, so the part does not apply', why: `${parent}'s answer counts none, line ${p.line}` };
          delete child.unit;
          added.push(child);
          byId.set(c, child);
          found.set(c, { how: 'parent', cls: { status: 'not-applicable', confidence: p.confidence }, doubt: true });
        }
        continue;
      }
      if (pq.type === 'yes-no' && p.status === 'answered' && p.value === 'No' && !lead) {
        for (const c of children) {
          const cq = q.byId.get(c);
          if (byId.has(c) || skip.has(c) || cq?.type !== 'yes-no' || cq.when) continue;
          const child: Suggestion = { ...p, id: c, from: parent, value: 'No', reason: 'no, from the question over its parts', why: `${parent}'s answer "No", line ${p.line}` };
          added.push(child);
          byId.set(c, child);
          found.set(c, { how: 'parent', cls: found.get(parent)?.cls ?? null });
        }
        continue;
      }
      if (lead && lead[0].length < p.text.length) {
        const cls = classifyAnswer(p.text.slice(lead[0].length), pq);
        p.status = cls.status;
        if (cls.status !== 'answered' && cls.status !== 'partial') {
          p.value = null;
          delete p.unit;
        } else if (pq.type === 'yes-no' && p.value === null) {
          // ("Q3 (all parts) No – we do not provide the service, so parts (a) and (b) do not
          // apply": the question's own no, read after the words that cover its parts.)
          const v = parseValue(p.text.slice(lead[0].length), pq, q.codes);
          if (v.value !== null) p.value = v.value;
        }
        if (cls.exemption && (cls.status === 'refused' || cls.status === 'signposted')) p.exemption = cls.exemption;
        if (cls.reason) p.reason = cls.reason;
        found.get(parent)!.cls = cls;
      }
      // "1. How many applications … in each of the following years: (a) 2010, (b) 2011 …?" / "1. None":
      // none for every part that counts.
      if (pq.heading && p.status === 'answered' && !lead && /^\W*(?:none|nil|zero)\W*$/i.test(p.text.trim()) && children.every((c) => ['number', 'money'].includes(q.byId.get(c)?.type ?? ''))) {
        for (const c of children) {
          if (byId.has(c) || skip.has(c)) continue;
          const child: Suggestion = { ...p, id: c, from: parent, value: 0, reason: 'none, for every part', why: `${parent}'s answer "none", line ${p.line}` };
          if (q.byId.get(c)!.type === 'money') child.unit = 'GBP';
          added.push(child);
          byId.set(c, child);
          found.set(c, { how: 'parent', cls: found.get(parent)?.cls ?? null, doubt: true });
        }
        continue;
      }
      // A heading's answer, an explicit "(a)–(d)" / "all parts", or "N/A" covers the parts; a
      // parent's own "not held" for its own figure does not.
      // ("Q1 - … do not hold the information you have requested": said of all that was asked under
      // the label, its parts too.)
      const covers = Boolean(lead) || (COVERING.has(p.status) && (pq.heading === true || p.status === 'not-applicable')) || (p.status === 'not-held' && WHOLE_NOT_HELD_RE.test(p.text.replace(/\s+/g, ' ')));
      // ("6. (a) Yes (b) 26%": a heading with nothing of its own covers no part its letters leave out.)
      if (!covers || p.reason === BARE_HEADING_REASON) continue;
      // "We don't charge at any of our toilets, so 3(b) does not apply": the heading's line says a
      // named part does not apply; the other parts are read from what comes before.
      const named = p.status === 'not-applicable' && pq.heading && !lead ? idsNamed(p.text, q).filter((id) => children.includes(id)) : [];
      const before = named.length > 0 && named.length < children.length ? /^(.*?)[,;]?\s+(?:so|and\s+so|therefore|which\s+means)\s+(?:q(?:uestion)?\s?)?\d/i.exec(p.text)?.[1] : undefined;
      if (before) {
        for (const c of children) {
          if (byId.has(c) || skip.has(c)) continue;
          const cq = q.byId.get(c)!;
          const own = named.includes(c) ? null : classifyAnswer(before, cq);
          const v = own && own.status === 'answered' ? parseValue(before, cq, q.codes) : null;
          if (own && (!v || v.value === null)) continue;
          const child: Suggestion = named.includes(c)
            ? { ...p, id: c, from: parent, value: null, why: `named as not applying in ${parent}'s answer, line ${p.line}` }
            : { ...p, id: c, from: parent, status: 'answered', value: v!.value, text: before, reason: 'read from the heading\'s answer', why: `${parent}'s answer, line ${p.line}` };
          if (!named.includes(c) && v!.unit) child.unit = v!.unit;
          else delete child.unit;
          added.push(child);
          byId.set(c, child);
          found.set(c, { how: 'parent', cls: found.get(parent)?.cls ?? null });
        }
        continue;
      }
      for (const c of children) {
        // "-" under the part's own question: the heading's answer, at the part's own line.
        const own = byId.get(c);
        if (own && LONE_DASH_RE.test(own.text.trim()) && p.status !== 'answered' && p.status !== 'partial' && !skip.has(c)) {
          const at = answers.indexOf(own);
          const child: Suggestion = { ...p, id: c, from: parent, value: null, line: own.line, start: own.start, end: own.end, text: own.text, why: `a dash under ${c}, covered by ${parent}'s answer, line ${p.line}` };
          if (own.markerStart !== undefined) child.markerStart = own.markerStart;
          if (own.markerEnd !== undefined) child.markerEnd = own.markerEnd;
          delete child.unit;
          if (at >= 0) answers[at] = child;
          byId.set(c, child);
          found.set(c, { how: 'parent', cls: found.get(parent)?.cls ?? null });
          continue;
        }
        if (byId.has(c) || skip.has(c)) continue;
        const child: Suggestion = { ...p, id: c, from: parent, value: null, why: `covered by ${parent}'s answer, line ${p.line}` };
        delete child.unit;
        if (p.status === 'answered' || p.status === 'partial') continue;
        added.push(child);
        byId.set(c, child);
        found.set(c, { how: 'parent', cls: found.get(parent)?.cls ?? null });
      }
    } else if (pq.heading) {
      // A range line that answers every part of a heading answers the heading too.
      const first = byId.get(children[0]!);
      if (!first || first.markerStart === undefined) continue;
      const all = children.every((c) => skip.has(c) || byId.get(c)?.markerStart === first.markerStart);
      if (!all || !COVERING.has(first.status)) continue;
      const head: Suggestion = { ...first, id: parent, value: null, why: `the line answering all of ${parent}'s parts, line ${first.line}` };
      delete head.unit;
      added.push(head);
      byId.set(parent, head);
      found.set(parent, { how: 'range', cls: found.get(first.id)?.cls ?? null });
    }
  }
  return added;
}

// ---------------------------------------------------------------------------------------------
// 4b. Parts answered inside the parent's prose ("4. The register lists 188 systems. Of these, 41
//     are stand-alone and the remaining 147 exchange data …"): a council that answers in
//     numbered paragraphs and never labels the parts. Each part takes the clause that carries
//     most of its question's words, in order; a part whose clause gives nothing of its type is
//     left missing. Offered, never auto-coded (the calibration has no such kind).

const STOPWORDS = stopWords();
const stem = (w: string): string => w.slice(0, 5);

/** Clauses of a paragraph with their offsets: sentences, then "; " and ", and the remaining …" halves. */
function clauses(text: string, base: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^.;]+(?:[.;](?!\d)|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const piece = m[0];
    // "… 41 are stand-alone and the remaining 147 exchange data": one figure per half.
    // ("2 of the 9 disclosures were made anonymously, 8 were formally investigated and 3 were
    // found to be substantiated": a figure and its verb open each clause after one with a figure;
    // "Of these, 618 had been …" is one clause.)
    const halves = piece.split(/(?<=\S),?\s+(?=and\s+(?:the\s+)?(?:remaining|other|rest)\b)|(?<=\d[^,;]*\S)(?:,\s+|,?\s+and\s+)(?=\d[\d,]*\s+(?:were|was|are|is|have|had)\b)/);
    let at = m.index;
    for (const h of halves) {
      const lead = h.length - h.trimStart().length;
      if (h.trim().length > 0) out.push({ start: base + at + lead, text: h.trim() });
      at += h.length;
      while (at < m.index + piece.length && /\s|,/.test(text[at] ?? '')) at++;
      if (/^and\s+\d/.test(text.slice(at, at + 6))) at += 3;
      while (at < m.index + piece.length && /\s/.test(text[at] ?? '')) at++;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function overlap(clause: string, bag: Set<string> | undefined): number {
  if (!bag) return 0;
  const want = new Set([...bag].filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));
  const got = new Set(wordTokens(clause).map((t) => t.word).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));
  let n = 0;
  for (const w of got) if (want.has(w)) n++;
  return n;
}

/** "either part of this question", "both parts", "any of the parts". */
const EVERY_PART_RE = /\b(?:either|both|all|each|any)\s+(?:of\s+the\s+|of\s+its\s+)?parts?\b/i;

/** "1 January to 13 June 2017", "14 June – 31 December 2017": a stretch of days within one year. */
const PART_OF_YEAR_RE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:to|until|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d\d\b/i;
const MONTH_NAME_RE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

const FIGURE_TYPES_OF_PART = new Set(['number', 'money', 'percent']);

/**
 * "standard 198", "35 late": a figure beside the one word of a part's question that neither its
 * parent's question nor the other parts have. Null unless exactly one such figure is found.
 */
function figureNamed(text: string, id: string, parent: string, siblings: readonly string[], words: ReadonlyMap<string, QuestionWords>): { figure: string; at: number } | null {
  const bagOf = (x: string): Set<string> => new Set([...(words.get(x)?.bag ?? [])].map(stem));
  const others = new Set([...bagOf(parent), ...siblings.filter((x) => x !== id).flatMap((x) => [...bagOf(x)])]);
  // (Never a month's name: "1 September" is a date.)
  const own = [...(words.get(id)?.bag ?? [])].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w) && !STOPWORDS.has(w) && !MONTH_NAME_RE.test(w) && !others.has(stem(w)));
  const found: { figure: string; at: number }[] = [];
  const num = String.raw`(£\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:k|m|million)\b)?|\d+(?:,\d{3})*(?:\.\d+)?(?:\s?%)?)`;
  for (const w of own) {
    const re = new RegExp(String.raw`\b${w}\w*\s*(?:[:=–-]\s*)?${num}|${num}\s+(?:were\s+|was\s+|are\s+)?${w}`, 'gi');
    for (const m of text.matchAll(re)) found.push({ figure: (m[1] ?? m[2])!, at: m.index! });
  }
  return found.length === 1 ? found[0]! : null;
}

function partsInProse(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, ctx: SegmentContext, skip: Set<string>): Suggestion[] {
  const kids = childrenOf(q);
  const byId = new Map(answers.map((a) => [a.id, a]));
  const added: Suggestion[] = [];
  for (const [parent, children] of kids) {
    const p = byId.get(parent);
    if (!p || found.get(parent)?.how !== 'label' || p.from) continue;
    // Only where no part has an answer of its own (a part labelled only in the quoted request has
    // none), and the parent's answer is prose.
    if (children.some((c) => byId.has(c))) continue;
    if (p.status !== 'answered' && p.status !== 'partial') continue;
    const parts = clauses(ctx.text.slice(p.start, p.end), p.start);
    // ("(both parts) – There is no local connection requirement …": the words saying what the
    // answer covers are no part of its first clause.)
    const covers = parts[0] ? COVERS_LEAD_RE.exec(parts[0].text) : null;
    if (covers && covers[0].length < parts[0]!.text.length) parts[0] = { start: parts[0]!.start + covers[0].length, text: parts[0]!.text.slice(covers[0].length) };
    // A heading has no value of its own, so even one sentence under it answers its parts.
    if (parts.length < 2 && !q.byId.get(parent)!.heading) continue;
    let from = 0;
    const mine: Suggestion[] = [];
    // "We do not hold reliable figures for either part of this question. For information, 318 …":
    // a clause that says so for every part answers them all, whatever figures follow.
    const every = parts.find((x) => EVERY_PART_RE.test(x.text) && classifyAnswer(x.text).status === 'not-held');
    for (const c of children) {
      if (skip.has(c)) continue;
      const cq = q.byId.get(c)!;
      if (every) {
        let line = 0;
        while (line + 1 < ctx.lines.length && ctx.lines[line + 1]!.start <= every.start) line++;
        mine.push({ id: c, status: 'not-held', value: null, line: line + 1, start: every.start, end: every.start + every.text.length, text: every.text, confidence: 0.5, from: parent, reason: 'not held for every part', why: `part of ${parent}'s paragraph, line ${line + 1}` });
        found.set(c, { how: 'parent', cls: { status: 'not-held', confidence: 0.9, reason: 'not held for every part' } });
        continue;
      }
      // ("How many of those are stand-alone (i.e. do not interact with any other information
      // system)?": the words in brackets define the part; its own words name it, and the definition's
      // "other system" is the next part's clause.)
      const defined = (cq.text ?? '').replace(/\(\s*(?:i\.e\.?|e\.g\.?|for\s+example|that\s+is|such\s+as)[^()]*\)/gi, ' ');
      const core = defined !== cq.text ? new Set(wordTokens(defined).map((t) => t.word)) : null;
      const bag = core ?? ctx.words.get(c)?.bag;
      // Clauses from the last part's on, most of the question's words first; one word is enough
      // only when the clause gives a value of the part's type ("… that took around 15 months").
      // A clause that names the part ("so we cannot answer 4(a) or 4(b)") is its answer first.
      const ranked = parts
        .map((x, i) => ({ i, score: i >= from ? overlap(x.text, bag) + (idsNamed(x.text, q).includes(c) ? 3 : 0) : 0 }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i);
      let chosen: { i: number; cls: Classification; value: Suggestion['value']; unit: string | undefined } | null = null;
      // ("Total 233 (standard 198, late 35).": each part's figure beside the word that names it, a
      // word of its own that neither the question nor the other parts have.)
      const named = FIGURE_TYPES_OF_PART.has(cq.type) ? figureNamed(ctx.text.slice(p.start, p.end), c, parent, children, ctx.words) : null;
      if (named) {
        const i = Math.max(0, parts.findIndex((x) => x.start - p.start + x.text.length > named.at));
        const v = parseValue(named.figure, cq, q.codes);
        if (v.value !== null) chosen = { i, cls: { status: 'answered', confidence: 0.8, reason: 'the part\'s figure, named in its question\'s answer' }, value: v.value, unit: v.unit };
      }
      // ("c) 1 January to 13 June 2017" under a table by year, "2017 3": the whole year's figure
      // is not the part of the year asked; the part has no figure of its own.)
      const partOfYear = PART_OF_YEAR_RE.test(cq.text ?? '');
      for (const { i, score } of chosen ? [] : ranked.slice(0, 3)) {
        if (partOfYear && !MONTH_NAME_RE.test(parts[i]!.text)) {
          chosen = { i, cls: { status: 'unclear', confidence: 0.4, reason: 'a whole year given where part of it was asked' }, value: null, unit: undefined };
          break;
        }
        const cls = classifyAnswer(parts[i]!.text, cq);
        if (cls.status === 'answered' || cls.status === 'partial') {
          const v = parseValue(parts[i]!.text, cq, q.codes);
          const has = v.value !== null && v.value !== undefined && v.value !== '';
          if (!has || (!TYPED.has(cq.type) && score < 2)) continue;
          chosen = { i, cls, value: v.value, unit: v.unit };
        } else if (score >= 2 && (cls.status === 'not-held' || cls.status === 'refused' || cls.status === 'not-applicable')) {
          chosen = { i, cls, value: null, unit: undefined };
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      const { cls, value, unit } = chosen;
      const clause = parts[chosen.i]!;
      from = chosen.i;
      let line = 0;
      while (line + 1 < ctx.lines.length && ctx.lines[line + 1]!.start <= clause.start) line++;
      const s: Suggestion = {
        id: c,
        status: cls.status,
        value,
        line: line + 1,
        start: clause.start,
        end: clause.start + clause.text.length,
        text: clause.text,
        confidence: 0.5,
        from: parent,
        why: `part of ${parent}'s paragraph, line ${line + 1}`,
      };
      if (unit !== undefined && value !== null) s.unit = unit;
      if (cls.exemption && cls.status === 'refused') s.exemption = cls.exemption;
      if (cls.reason) s.reason = cls.reason;
      mine.push(s);
      found.set(c, { how: 'parent', cls });
    }
    if (mine.length === 0) continue;
    added.push(...mine);
    // "We use around 95 systems. … we cannot answer 4(a) or 4(b)": what is not held is the parts',
    // and the parent's own figure answers it.
    // (So is what is withheld: "38 starts in total. Of these, 27 were …. We are withholding the
    // figure for Q5b under section 40(2)".)
    const firstPart = Math.min(...mine.map((m) => m.start));
    if (p.status === 'partial' && p.value !== null && mine.some((m) => m.status === 'not-held' || (m.status === 'refused' && m.exemption === p.exemption)) && !REST_NOT_HELD_RE.test(ctx.text.slice(p.start, firstPart)) && classifyAnswer(ctx.text.slice(p.start, firstPart)).status === 'answered') {
      p.status = 'answered';
      delete p.exemption;
      p.reason = mine.some((m) => m.status === 'refused') ? 'a figure; what is withheld is its parts\'' : 'a figure; what is not held is its parts\'';
    }
    // A heading has no answer of its own: its parts carry the content.
    const pq = q.byId.get(parent)!;
    if (pq.heading && every) {
      // Written against the heading, "not held for either part" is the heading's answer too.
      p.status = 'not-held';
      p.value = null;
      delete p.unit;
      p.reason = 'not held for every part';
    } else if (pq.heading && !(pq.type !== 'text' && p.value !== null)) {
      // (Not a heading that asks a total first and has it: "How many …? Please also split this
      // total into:" / "Total 233 (standard 198, late 35).")
      p.status = 'not-applicable';
      p.value = null;
      delete p.unit;
      p.reason = 'a heading: its parts carry the answer';
      found.set(parent, { how: 'parent', cls: null });
    }
  }
  return added;
}

// ---------------------------------------------------------------------------------------------
// 5. Whole-request and partial-request statements

/** "We are therefore not obliged to answer this part of your request", "the remainder of your request (questions 9 to 14)": a part is refused, not the request. */
const PART_ONLY_RE = /\b(?:this|that|the\s+(?:first|second|third|last|final|other))\s+(?:part|element|aspect|question|limb)\s+of\s+(?:your|the|this)\s+request\b|\b(?:the\s+)?(?:remainder|rest|remaining\s+(?:parts?|questions?))\s+of\s+(?:your|the|this)\s+request\b/i;
const WHOLE_RE =
  /\b(?:refus\w*|declin\w*|unable\s+to\s+(?:comply|respond|answer|provide)|can(?:not|'t|’t)\s+(?:comply\s+with|respond\s+to|answer|provide)|not\s+(?:be\s+)?(?:able|obliged)\s+to\s+(?:comply|respond|answer|provide))\b[^.]{0,60}\b(?:your|the|this)\s+(?:whole\s+|entire\s+|above\s+)?request\b|\b(?:unable|not\s+(?:be\s+)?(?:able|obliged|required))\s+to\s+(?:provide|supply|disclose)\s+any\s+(?:part\s+)?of\s+the\s+(?:information|data)\s+(?:you\s+(?:have\s+)?)?request\w*|\b(?:your|the|this)\s+(?:whole\s+|entire\s+|above\s+)?request\b[^.]{0,80}\b(?:refused|vexatious|repeated|exceed\w*\s+the\s+(?:appropriate|cost)\s+limit)|\bin\s+(?:its|their)\s+entirety\b|\bexemption\s+(?:pertains|applies)\s+to\s+(?:the\s+(?:above|whole|entire)\s+|your\s+|this\s+)request\b|\brequest\b[^.]{0,60}\b(?:is|are|am|have|has)\s+(?:refusing|declining|refused|declined)\s+it\b|\b(?:not\s+obliged|not\s+required|unable)\s+to\s+comply\s+with\s+it\b|\b(?:to|for)\s+(?:your|the|this)\s+(?:whole\s+|entire\s+)?request\s+as\s+a\s+whole\b|\ball\s+(?:of\s+)?(?:your|the)\s+questions\b[^.]{0,60}\b(?:refus|withh|exempt|not\s+held)|\b(?:information|data)\s+(?:that\s+)?you\s+(?:have\s+)?(?:requested|asked\s+for)\s+would\s+exceed\b|\b(?:information|data)\s+(?:that\s+)?you\s+(?:have\s+)?(?:requested|asked\s+for)\b[^.]{0,80}\b(?:will\s+not|cannot|can\s?not)\s+be\s+(?:disclosed|provided|released|supplied)\b/i;
/**
 * The requester's own words in a quoted request: "If any part of this request would exceed the
 * cost limit, please answer the remaining questions". A condition or a plea, never a decision.
 */
const REQUESTER_ASKS_RE = /^\W*(?:if|should|where|in\s+the\s+event)\b[^.]{0,200}\bplease\b|\bplease\s+(?:answer|provide|let\s+me|tell\s+me|advise\s+me|contact\s+me)\b[^.]{0,80}\b(?:remaining|other|rest)\b/i;
/** "The Council does not hold any of the information you have requested": every question not held. */
const WHOLE_NOT_HELD_RE =
  /\b(?:does|do)\s+not\s+hold\s+(?:any\s+(?:of\s+)?(?:the\s+)?(?:recorded\s+)?information|the\s+information\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?(?:request\w*|asked\s+for|are\s+seeking|seek)|any\s+information\s+(?:within\s+the\s+scope|relevant|relating))\b|\bno\s+(?:recorded\s+)?information\s+(?:is\s+)?held\s+(?:for|in\s+relation\s+to|within\s+the\s+scope\s+of)\s+(?:any\s+(?:part\s+)?of\s+)?your\s+request|\bthe\s+information\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?requested\s+is\s+not\s+(?:held|recorded)\b|\b(?:section|s\.?)\s?17\b[^.]{0,120}?\b(?:to\s+)?(?:your|the|this)\s+(?:whole\s+|entire\s+)?request\b[^.]{0,30}?\b(?:as|because)\s+(?:the\s+)?information\s+(?:is\s+)?not\s+held\b/i;
/**
 * A paragraph saying no part of the request is held. Not when it names the questions it is about
 * ("we do not hold the information requested in 4a and 4b") or keeps some back ("except",
 * "some of").
 */
export function wholeNotHeld(flat: string): boolean {
  const m = WHOLE_NOT_HELD_RE.exec(flat);
  if (!m) return false;
  // (Its own sentence: "… published as part of our accounts" three sentences on keeps nothing back.)
  // ("In respect of questions 1-9, I can confirm that the Council does not hold the information you
  // are seeking": the questions it names, not the request.)
  if (/\bexcept\b|\bother\s+than\b|\bsome\s+of\b|\bpart\s+of\b|\bquestions?\s+\d/i.test(sentenceAround(flat, m.index))) return false;
  // ("… only the number of bins issued. 144,766 receptacles could be placed out … 25,238 households …
  // N/A Unfortunately the Council do not hold the information you have requested": figures given
  // before it, so it speaks for what is left, not the whole.)
  if (/\d[\d,]{2,}/.test(flat.slice(0, m.index).replace(/\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b/g, ' '))) return false;
  const after = flat.slice(m.index + m[0].length);
  // ("… is not held in a form that would let us report by site": a limit on one part.)
  if (/^\s*in\s+(?:a|the|any)\s+(?:format|form|way|manner)\b/i.test(after)) return false;
  // ("… does not hold the total number of cards issued … The information below therefore shows the
  // number of registered cardholders": what is held instead follows; not the whole request.)
  if (GIVEN_INSTEAD_RE.test(flat)) return false;
  return !/^\s*(?:in|at|for|under|by|to)\s+(?:(?:questions?|parts?|q)\s*)?\(?\d{1,3}/i.test(after);
}
/** "Your request has now been considered and the information requested is attached.": every answer is in the attachment. */
const WHOLE_ATTACHED_RE =
  /\b(?:the\s+)?(?:information|data)\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?(?:requested|asked\s+for)\s+(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed)\b|\b(?:the\s+)?requested\s+information\s+(?:is|has\s+been)\s+(?:attached|enclosed)\b|\b(?:please\s+)?find\s+(?:attached|enclosed)\s+(?:the\s+|our\s+)?(?:information|data)\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?(?:requested|asked\s+for)\b|\b(?:please\s+)?(?:find|see)\s+(?:attached|enclosed)\s+(?:(?:a|the|our)\s+)?(?:spreadsheet|document|file|table|report|list|sheet|workbook)\s+(?:with|containing|detailing|showing|which\s+(?:contains|shows|details))\s+(?:the\s+)?(?:information|data)\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?(?:requested|asked\s+for)\b|\bplease\s+find\s+(?:attached|enclosed)\s+(?:(?:a|the|our)\s+)?(?:completed\s+|full\s+)?(?:spreadsheet|workbook)|\b(?:provided|supplied|(?:pleased|able)\s+to\s+(?:provide|supply))\s+(?:you\s+with\s+)?the\s+information\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?(?:requested|asked\s+for)\s+in\s+(?:in\s+)?(?:the\s+)?(?:attached|enclosed|(?:appendix|annex)\s+\w{1,3}\s+(?:attached|enclosed))\b/i;
/** "Questions 9 and 10 are refused under section 12", "the remainder (questions 9 to 14) would exceed the cost limit". */
const PARTIAL_RE =
  /\bquestions?\s+((?:q?\d{1,3}[a-z]?(?:\s*\(?[a-z]\)?)?\s*(?:,|and|&|to|-|–|—|\s)\s*){0,12}q?\d{1,3}[a-z]?)(?:\s+(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s+(?:\w+\s+)?(?:refused|withheld|exempt)\b|\)?\s+(?:would|will|could)\s+(?:\w+\s+)?exceed\s+the\s+(?:appropriate\s+|cost\s+|time\s+)*limit\b)[^.]*/gi;

/** A refusal read from a numbered section outside the list ("section 24" → other): a decision all the same. */
const CITED_SECTION_RE = /^"(?:section|s\.?)\s?\d{1,2}/i;

/** "For questions 2, 4 and 6, answering would exceed the appropriate cost limit under section 12". */
const PARTIAL_FOR_RE =
  /\b(?:for|regarding|in\s+relation\s+to|with\s+regards?\s+to)\s+questions?\s+((?:q?\d{1,3}[a-z]?\s*(?:,|and|&|to|-|–|—)\s*){0,12}q?\d{1,3}[a-z]?)\s*,?\s+[^.]{0,80}?\b(?:would|will|could)\s+(?:\w+\s+)?exceed\s+the\s+(?:appropriate\s+|cost\s+|time\s+)*limit\b[^.]*/gi;

/** "The answers to questions 3 and 4 are published here", "the information for question 3 is published on our website". */
const SIGNPOSTED_NAMED_RE =
  /\b(?:answers?|responses?|information|data)\s+(?:to|for|requested\s+(?:in|at))\s+questions?\s+((?:q?\d{1,3}[a-z]?\s*(?:,|and|&|to|-|–|—)\s*){0,12}q?\d{1,3}[a-z]?)\s+(?:can\s+be\s+found|(?:is|are)\s+(?:already\s+)?(?:available|published|accessible))\b/gi;

/** "The Council is refusing questions 4, 4(a), 4(b), 9 and 10 of your request under section 12." */
const PARTIAL_VERB_RE =
  /\b(?:refus(?:e|es|ing)|withhold(?:s|ing)?|declin(?:e|es|ing))\s+(?:to\s+(?:answer|comply\s+with)\s+)?questions?\s+((?:q?\d{1,3}[a-z]?(?:\s*\(?[a-z]\)?)?\s*(?:,|and|&|to|-|–|—|\s)\s*){0,12}q?\d{1,3}[a-z]?(?:\s*\([a-z]\))?)[^.]*/gi;

function idsIn(list: string, q: Questionnaire): string[] {
  const out: string[] = [];
  const parts = list.replace(/\band\b|&/gi, ',').split(',');
  for (const part of parts) {
    const range = /(q?\d{1,3}[a-z]?)\s*(?:to|-|–|—)\s*(q?\d{1,3}[a-z]?)/i.exec(part);
    const single = (s: string): string | null => normalizeId(s.replace(/^q/i, ''));
    if (range) {
      const a = single(range[1]!);
      const b = single(range[2]!);
      if (!a || !b) continue;
      const ia = q.questions.findIndex((x) => x.id === a);
      const ib = q.questions.findIndex((x) => x.id === b);
      if (ia < 0 || ib < ia) continue;
      // "9 to 10" covers 10's parts too.
      let end = ib;
      while (end + 1 < q.questions.length && impliedParent(q.questions[end + 1]!.id) === b) end++;
      for (let i = ia; i <= end; i++) out.push(q.questions[i]!.id);
    } else {
      for (const tok of part.trim().split(/\s+/)) {
        const id = single(tok);
        if (!id || !q.byId.has(id)) continue;
        out.push(id);
        for (const x of q.questions) if (impliedParent(x.id) === id) out.push(x.id);
      }
    }
  }
  return [...new Set(out)];
}

interface Statement {
  ids: string[] | 'all';
  cls: Classification;
  line: number;
  start: number;
  end: number;
  text: string;
  /**
   * The stretch of the reply a whole-request refusal spans: its decision and its reasons. Labels
   * inside it ("Question 9: we would need to read some 1,900 invoices") discuss the questions; they
   * do not answer them.
   */
  zone?: { start: number; end: number };
  /** Read from where it stands (below the quoted request), not from words about the whole request. */
  doubt?: boolean;
  /** "We have not issued any such orders in the period": the request's first count is none. */
  none?: boolean;
}

/** A paragraph reasoning about the cost of answering: hours, minutes, the limit, an estimate. */
const COST_REASONING_RE = /\b(?:\d+\s*(?:hours?|minutes?)|appropriate\s+limit|cost\s+limit|£\s?450|£\s?600|estimat\w*|aggregat\w*)\b/i;
/** A paragraph explaining a refusal: the section, the Act's wording, the steps of the cost estimate. */
const REFUSAL_REASON_RE = /\bsection\s+\d{1,2}\b|\bs\.?\s?\d{1,2}\(|\b(?:exempt\w*|public\s+interest|prejudice|vexatious|determining\s+whether|locating|retrieving|extracting)\b/i;

/** "the remaining questions", "the rest of your questions". */
// ("We have considered the remainder of your request and we are withholding this information …".)
const REMAINING_QUESTIONS_RE = /\b(?:remaining|other)\s+questions\b|\brest\s+of\s+(?:the|your)\s+questions\b|\b(?:remainder|rest)\s+of\s+(?:your|the|this)\s+request\b/i;

/** The sentence of `flat` around `at`: from the end of the one before to its own full stop. */
function sentenceAround(flat: string, at: number): string {
  const from = Math.max(flat.lastIndexOf('. ', at), flat.lastIndexOf('! ', at), flat.lastIndexOf('? ', at)) + 1;
  const stop = flat.slice(at).search(/[.!?](?:\s|$)/);
  return flat.slice(from, stop < 0 ? flat.length : at + stop + 1);
}

/** "The information requested for question 5 is not held", "the data for questions 3 and 4 are not held". */
const NOT_HELD_NAMED_RE = /\b(?:information|data|figures?|details)\s+(?:you\s+)?(?:requested\s+|asked\s+for\s+)?(?:for|in|at|under)\s+(?:your\s+)?questions?\s+(\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*\d{1,3}[a-z]?)*)\s+(?:is|are)\s+not\s+held\b/gi;
/** "… can confirm that it does not hold the information requested above in response to 2;3; and 4." */
const NOT_HELD_FOR_RE = /\b(?:does|do)\s+not\s+hold\s+(?:the\s+|any\s+)?(?:information|data|records?)\b[^.]{0,40}?\b(?:in\s+response\s+to|in\s+relation\s+to|for)\s+(?:your\s+)?(?:questions?\s+)?(\d{1,3}[a-z]?(?:(?:\s*[,;]\s*(?:and\s+)?|\s*(?:and|&|to|-|–)\s*)\d{1,3}[a-z]?)*)(?![\w%])/gi;

/** The sentence of `text` (line breaks and all) around `at`, and where it starts. */
function sentenceIn(text: string, at: number): { from: number; sentence: string } {
  let from = 0;
  for (const e of text.slice(0, at).matchAll(/[.!?]["')”’]?\s+/g)) from = e.index + e[0].length;
  const stop = text.slice(at).search(/[.!?](?:\s|$)/);
  return { from, sentence: text.slice(from, stop < 0 ? text.length : at + stop + 1) };
}

/** "… should be approached for responses to", "please contact … about questions": sent to another body for some questions. */
const REFERRED_FOR_RE = /\b(?:should|would\s+(?:need|have)\s+to|will\s+need\s+to)\s+be\s+(?:approached|contacted|asked)\s+(?:for|about|regarding|in\s+(?:respect|relation)\s+(?:of|to))\b|\b(?:please\s+)?(?:contact|approach)\s+[^.\n]{3,80}?\s+(?:for|about|regarding)\s+(?:the\s+)?(?:(?:responses?|answers?|information)\s+(?:to|for|on)\s+)?(?:your\s+)?(?:questions?|parts?)\s+\d/gi;

function requestStatements(ctx: SegmentContext, q: Questionnaire): Statement[] {
  const out: Statement[] = [];
  const paras = paragraphs(ctx);
  if (paras.length === 0) return out;
  const minDepth = Math.min(...paras.map((p) => p.depth));
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    if (p.depth !== minDepth || p.text.length < 30) continue;
    // ("In respect of question 2 of your request, following a search …" / "have established that the
    // information you requested is not held …": the rest of a sentence that names its question, on
    // the line below the name; said of that question, not the whole request.)
    const namedAbove = ctx.markers.some((m) => m.inProse && m.line === p.line - 1);
    const flat = p.text.replace(/\s+/g, ' ');
    let partial = false;
    for (const re of [PARTIAL_RE, PARTIAL_VERB_RE, PARTIAL_FOR_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(flat); m; m = re.exec(flat)) {
        const ids = idsIn(m[1]!, q);
        const cls = classifyAnswer(m[0]);
        if (ids.length && cls.status === 'refused' && cls.exemption) {
          out.push({ ids, cls, line: p.line + 1, start: p.start, end: p.end, text: p.text });
          partial = true;
        }
      }
    }
    // "The answers to questions 3 and 4 are available on our website. Under section 21 …": those
    // questions are signposted (under the section the paragraph cites, if it is section 21 or its
    // Scottish twin).
    SIGNPOSTED_NAMED_RE.lastIndex = 0;
    for (let m = SIGNPOSTED_NAMED_RE.exec(flat); m; m = SIGNPOSTED_NAMED_RE.exec(flat)) {
      const ids = idsIn(m[1]!, q);
      if (ids.length === 0) continue;
      const s21 = /\b(?:section|s\.?)\s?21\b/i.test(flat) || (/\bFOI\(?S\)?A\b|\(Scotland\)/i.test(flat) && /\b(?:section|s\.?)\s?25\b/i.test(flat));
      const cls: Classification = { status: 'signposted', confidence: 0.8, reason: 'published elsewhere, for the questions the sentence names', ...(s21 ? { exemption: 's21' as const } : {}) };
      out.push({ ids, cls, line: p.line + 1, start: p.start, end: p.end, text: p.text });
      partial = true;
    }
    // "The information requested for question 5 is not held by the Council.": not held, for the
    // questions the sentence names.
    // (From the line the sentence is on: a page without blank lines is one paragraph.)
    // (Or "does not hold the information … in response to 2;3; and 4".)
    for (const re of [NOT_HELD_NAMED_RE, NOT_HELD_FOR_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        const ids = idsIn(m[1]!.replace(/;/g, ','), q);
        if (ids.length === 0) continue;
        const lineStart = p.text.lastIndexOf('\n', m.index) + 1;
        const line = p.line + 1 + (p.text.slice(0, lineStart).match(/\n/g)?.length ?? 0);
        out.push({ ids, cls: { status: 'not-held', confidence: 0.8, reason: 'not held, for the questions the sentence names' }, line, start: p.start + lineStart, end: p.end, text: p.text.slice(lineStart) });
      }
    }
    // "Westmarsh County Council should be approached for responses to 2b highways/roads, 2c … and 2e …",
    // "please contact the county council about questions 4 and 5": another body's to answer, not
    // held here, for the questions the sentence names.
    REFERRED_FOR_RE.lastIndex = 0;
    for (let m = REFERRED_FOR_RE.exec(p.text); m; m = REFERRED_FOR_RE.exec(p.text)) {
      const { from, sentence } = sentenceIn(p.text, m.index);
      const ids = idsNamed(sentence, q);
      if (ids.length === 0) continue;
      const line = p.line + 1 + (p.text.slice(0, from).match(/\n/g)?.length ?? 0);
      out.push({ ids, cls: { status: 'not-held', confidence: 0.8, reason: 'another body holds it, for the questions the sentence names' }, line, start: p.start + from, end: p.end, text: p.text.slice(from) });
    }
    // "Therefore regulation 12(4)(a) applies to questions 2-4 of your request.": not held, for the
    // questions the sentence names.
    // (Found by the run of numbers, then widened to its sentence: linear in the paragraph.)
    for (const run of flat.length <= 20000 ? flat.matchAll(/\b(?:questions?|qs)\s?\d{1,3}\s?(?:-|–|to)\s?\d{1,3}\b/gi) : []) {
      const sentence = sentenceAround(flat, run.index);
      const ids = idsNamed(sentence, q);
      if (ids.length >= 2 && classifyAnswer(sentence).status === 'not-held') out.push({ ids, cls: { status: 'not-held', confidence: 0.8, reason: 'not held, for the questions the sentence names' }, line: p.line + 1, start: p.start, end: p.end, text: p.text });
    }
    // "We do not hold the data in relation to the remaining questions.": not held (or refused), for
    // every question without an answer of its own.
    for (const rest of flat.length <= 20000 ? flat.matchAll(new RegExp(REMAINING_QUESTIONS_RE.source, 'gi')) : []) {
      const sentence = sentenceAround(flat, rest.index);
      if (REQUESTER_ASKS_RE.test(sentence)) continue;
      const cls = classifyAnswer(sentence);
      if (cls.status === 'not-held' || (cls.status === 'refused' && !!cls.exemption && (cls.exemption !== 'other' || CITED_SECTION_RE.test(cls.reason ?? '')))) {
        // From the line the sentence is on.
        const at = p.text.search(REMAINING_QUESTIONS_RE);
        const lineStart = at < 0 ? 0 : p.text.lastIndexOf('\n', at) + 1;
        const line = p.line + 1 + (p.text.slice(0, lineStart).match(/\n/g)?.length ?? 0);
        // ("the remainder of your request" says no more than that something was answered before it,
        // not which question: read for every question without an answer of its own, offered.)
        const request = /\b(?:remainder|rest)\s+of\s+(?:your|the|this)\s+request\b/i.test(sentence);
        out.push({ ids: q.questions.filter((x) => !x.heading).map((x) => x.id), cls: { ...cls, reason: `${cls.status}, for the remaining questions` }, line, start: p.start + lineStart, end: p.end, text: p.text.slice(lineStart), ...(request ? { doubt: true } : {}) });
      }
    }
    if (namedAbove) continue;
    if (wholeNotHeld(flat)) {
      // ("… within 20 working days. / Yours faithfully, / A. Requester / Thank you for your request.
      // / We have checked our files and confirm that … is not held": a thread without blank lines, the
      // requester's sign-off in the paragraph; the statement starts at its own sentence.)
      const hit = WHOLE_NOT_HELD_RE.exec(p.text);
      const { from } = hit ? sentenceIn(p.text, hit.index) : { from: 0 };
      const own = from > 0 && /\byours\s+(?:faithfully|sincerely|truly)\b|\b(?:kind|best)\s+regards\b/i.test(p.text.slice(0, from)) ? from : 0;
      const line = p.line + 1 + (p.text.slice(0, own).match(/\n/g)?.length ?? 0);
      out.push({ ids: 'all', cls: { status: 'not-held', confidence: 0.9, reason: 'the whole request is not held' }, line, start: p.start + own, end: p.end, text: p.text.slice(own) });
      break;
    }
    if (WHOLE_ATTACHED_RE.test(flat)) {
      out.push({ ids: 'all', cls: { status: 'signposted', confidence: 0.8, reason: 'the information requested is attached' }, line: p.line + 1, start: p.start, end: p.end, text: p.text });
      break;
    }
    // (Not the Act quoted, "Section 1(1) does not oblige a public authority to comply with a
    // request …", nor a paragraph that refuses the questions it names.)
    if (partial || !WHOLE_RE.test(flat) || REQUESTER_ASKS_RE.test(flat) || PART_ONLY_RE.test(flat) || (ABOUT_THE_ACT_RE.test(flat) && !SPEAKER_RE.test(flat))) continue;
    // The decision and its reasons may be in the next paragraphs ("…because the cost … 18 hours"),
    // or before it: "section 12 allows …", the cost estimate, then "therefore not obliged to comply".
    const decided = (c: Classification) => (c.status === 'refused' || c.status === 'signposted') && !!c.exemption;
    let reading = flat;
    let cls = classifyAnswer(reading);
    // (A letter without blank lines is one paragraph, its figures and reasons with it: "… I find the
    // request to be exempt by virtue of Section 12 of the FOIA; the cost …" — the sentence that
    // refuses the request decides, and the statement starts there.)
    // (So is a shorter one read as boilerplate for the notice that runs on under its decision: "Your
    // request is refused … If you are not satisfied with the handling of your request, …".)
    const hit = (p.text.length > 600 || cls.reason === 'only boilerplate') && !decided(cls) ? WHOLE_RE.exec(p.text) : null;
    if (hit) {
      const { from, sentence } = sentenceIn(p.text, hit.index);
      let own = classifyAnswer(sentence.replace(/\s+/g, ' '));
      // ("Your request is refused in accordance with s.21 FOIA, as the information is reasonably
      // accessible by other means. The information is available on the university website here":
      // the next sentence says where, so the request is signposted.)
      if (own.exemption === 's21') {
        const rest = p.text.slice(from + sentence.length);
        const next = /^\s*[^.!?]*[.!?]?/.exec(rest)![0];
        const both = classifyAnswer(`${sentence} ${next}`.replace(/\s+/g, ' '));
        if (both.status === 'signposted' && both.exemption === 's21') own = both;
      }
      if (decided(own) && own.status === 'refused' && own.exemption !== 'other') {
        const line = p.line + 1 + (p.text.slice(0, from).match(/\n/g)?.length ?? 0);
        // (What the letter gave before the sentence, below the quoted request, makes it a reading.)
        const answeredBefore = gaveBefore(ctx, p, from);
        out.push({ ids: 'all', cls: own, line, start: p.start + from, end: p.end, text: p.text.slice(from), zone: { start: p.start, end: p.end }, ...(answeredBefore ? { doubt: true } : {}) });
        break;
      }
    }
    let first = k;
    let last = k;
    for (let j = k + 1; j < paras.length && j <= k + 3 && !decided(cls); j++) {
      reading += '\n\n' + paras[j]!.text;
      cls = classifyAnswer(reading);
      last = j;
    }
    if (!decided(cls)) {
      reading = flat;
      last = k;
      for (let j = k - 1; j >= 0 && j >= k - 4 && !decided(cls); j--) {
        if (paras[j]!.depth !== minDepth) break;
        reading = paras[j]!.text + '\n\n' + reading;
        cls = classifyAnswer(reading);
        first = j;
      }
    }
    // Paragraphs that go on reasoning about the cost belong to the refusal too.
    while (last + 1 < paras.length && last < k + 4 && paras[last + 1]!.depth === minDepth && COST_REASONING_RE.test(paras[last + 1]!.text)) last++;
    if ((cls.status === 'refused' || (cls.status === 'signposted' && cls.exemption === 's21')) && cls.exemption && cls.exemption !== 'other') {
      // The refusal is where the council first states it ("I find the request exempt under
      // section 12 …"), not its closing decision after the reasons ("The Council is therefore not
      // obliged to comply with any part of your request"): walk back over the reasons.
      let at = k;
      for (let j = k - 1, seen = 0; j >= 0 && seen < 8; j--, seen++) {
        const pj = paras[j]!;
        if (pj.depth !== minDepth) continue;
        const own = classifyAnswer(pj.text);
        if (own.status === cls.status && own.exemption === cls.exemption) {
          at = j;
          continue;
        }
        if (j < first && !(COST_REASONING_RE.test(pj.text) || REFUSAL_REASON_RE.test(pj.text))) break;
      }
      // ("The Trust confirms that some information is held." / "However, it is being withheld under
      // section 22 …": the statement opens with the sentence the "However" answers.)
      const before = at > 0 ? paras[at - 1]! : undefined;
      if (before && before.depth === minDepth && /^\W*(?:however|but|nevertheless)\b/i.test(paras[at]!.text) && before.line > requestEndLine(ctx) && before.text.length < 400 && !answersSomething(before.text) && /\bheld\b/i.test(before.text)) at--;
      const ps = paras[at]!;
      const zoneStart = Math.min(paras[first]!.start, ps.start);
      // ("Response" / "The figures are on our website at https://…" / "… answering the rest of
      // your request would go past the appropriate limit": the letter answered
      // something before it refused; which questions the refusal is for is a reading, not a fact.)
      const requestEnd = requestEndLine(ctx);
      // (In its own paragraph too, when the letter has no blank lines: from below the request to
      // the sentence that refuses.)
      const refusesAt = WHOLE_RE.exec(ps.text)?.index ?? 0;
      const answeredBefore = paras.slice(0, at).some((pj) => pj.depth === minDepth && pj.line > requestEnd && (requestEnd >= 0 || RESPONSE_HEADING_RE.test(pj.text.trim())) && answersSomething(pj.text)) || gaveBefore(ctx, ps, sentenceIn(ps.text, refusesAt).from);
      // ("ABC Response" / "We hold some of this, but …": the heading over the statement is not it.)
      const headed = ps.text.indexOf('\n');
      let skip = headed > 0 && isResponseHeading(ps.text.slice(0, headed).trim()) ? headed + 1 : 0;
      // ("b) the responses …" / "Yours faithfully," / "John" / "Good Afternoon" / "Thank you for your
      // request. … refusing your request …": a thread with no blank lines, the request and its
      // sign-off in the refusal's paragraph; the statement starts after the body's greeting.)
      const greeted = [...ps.text.slice(0, refusesAt).matchAll(/(?:^|\n)[ \t]*(?:good\s+(?:morning|afternoon|evening)|dear\s+\S)[^\n]*\n/gi)].pop();
      if (greeted && greeted.index! + greeted[0].length > skip) skip = greeted.index! + greeted[0].length;
      const skippedLines = (ps.text.slice(0, skip).match(/\n/g) ?? []).length;
      out.push({ ids: 'all', cls, line: ps.line + 1 + skippedLines, start: ps.start + skip, end: ps.end, text: ps.text.slice(skip), zone: { start: zoneStart, end: paras[last]!.end }, ...(answeredBefore ? { doubt: true } : {}) });
      break;
    }
  }
  return out;
}

/** The line of the quoted request's last label, or -1. */
function requestEndLine(ctx: SegmentContext): number {
  return ctx.markers.length > 0 ? ctx.markers[quotedRun(ctx) - 1]!.line : -1;
}

/** The letter gave a figure or a link in paragraph `p` before `at`, below the quoted request. */
function gaveBefore(ctx: SegmentContext, p: Paragraph, at: number): boolean {
  const requestEnd = requestEndLine(ctx);
  const since = requestEnd >= p.line && requestEnd + 1 < ctx.lines.length ? Math.max(0, ctx.lines[requestEnd + 1]!.start - p.start) : 0;
  return since < at && answersSomething(p.text.slice(since, at));
}

/** A paragraph of the letter that gives something: a figure of its own or a link to the information. */
function answersSomething(text: string): boolean {
  // (Not its references, dates, years and deadlines: "Our Reference: DDC 2018/1302", "received on
  // 3 March 2024", "within 20 working days".)
  const plain = text
    .replace(/\b(?:our\s+|your\s+)?ref(?:erence)?(?:\s+(?:no\.?|number))?\s*[:.]?[^\n]*/gi, ' ')
    .replace(/\b[A-Z]{2,}[A-Za-z]*\s?\d*(?:[/-][A-Za-z0-9]+)+|\b\d{1,3}\s+(?:working\s+|calendar\s+)?days\b/g, ' ')
    // (The request site's own links, in its footer, point to nothing the council gave.)
    .replace(/\bhttps?:\/\/(?:www\.)?whatdotheyknow\.com\/help\S*/gi, ' ')
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\b/gi, ' ');
  const c = classifyAnswer(plain.replace(/\s+/g, ' '));
  return ((c.status === 'answered' || c.status === 'partial') && /\d/.test(plain)) || (c.status === 'signposted' && /\bhttps?:\/\/|\bwww\./i.test(plain));
}

/**
 * The request quoted as a list ("1. How much …" / "2. Which companies …") and, below it, one
 * statement and no answer to any question: "Under section 1(1)(a) … this information is not held."
 * or "We are applying the section 12 exemption …". The statement is the reply to the whole
 * request. Read from its place, not from words about the whole request, so it is offered.
 */
/** The request quoted again after the letter's decision: " I wish to make an FOI request …" to the end. */
const REQUEST_AGAIN_RE = /(?<=[.!?])\s+I\s+(?:wish|would\s+like|am\s+writing)\s+to\s+(?:make|submit|request)\b[\s\S]*$/i;
/** A message's sign-off at a paragraph's start: "Yours faithfully,", "Kind regards,". */
const SIGN_OFF_LEAD_RE = /^\W*(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards|regards)\b\s*,?/i;
/** A greeting that opens a message: "Good afternoon,", "Dear Ms Patel", "Hello". */
const GREETING_RE = /^\W*(?:good\s+(?:morning|afternoon|evening)|dear\s+\S|hello\b|hi\b)/i;
/** A greeting or the thanks that follow it, before a letter's first statement. */
const openingCourtesy = (line: string): boolean => GREETING_RE.test(line) || /^\W*(?:(?:many\s+)?thanks?\b|thank\s+you\b)/i.test(line);

/** The pieces that splitAtGreetings cut off above a response heading in their paragraph. */
const beforeHeading = new WeakSet<Paragraph>();

/**
 * Paragraphs, each split where a line greets ("… Best wishes, / Chloe / Good Afternoon, / Many
 * thanks for your enquiry. / We are unable …": a thread with no blank lines, the requester's
 * request and sign-off, then the council's reply).
 */
function splitAtGreetings(ctx: SegmentContext, paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    let cur: Paragraph = p;
    for (let k = p.line + 1; k < ctx.lines.length && ctx.lines[k]!.contentStart < p.end; k++) {
      const L = ctx.lines[k]!;
      // (And at the letter's heading: "… contact me via email." / "Our Response:" / "Answer: - …", no blank line between.)
      const content = ctx.text.slice(L.contentStart, L.contentEnd);
      const heading = isResponseHeading(content.trim());
      if (!GREETING_RE.test(content) && !heading) continue;
      out.push({ ...cur, end: ctx.lines[k - 1]!.contentEnd, text: ctx.text.slice(cur.start, ctx.lines[k - 1]!.contentEnd) });
      // (What runs on above the heading is the request's tail, never the letter's statement.)
      if (heading) beforeHeading.add(out[out.length - 1]!);
      cur = { start: L.contentStart, end: p.end, line: k, depth: p.depth, text: ctx.text.slice(L.contentStart, p.end) };
    }
    out.push(cur);
  }
  return out;
}

/** Text about the Act or public authorities in general … */
const ABOUT_THE_ACT_RE = /\b(?:the\s+Act|(?:Information|Data\s+Protection)\s+Act\s+\d{4}|public\s+authorit(?:y|ies))\b/i;
/** … unless it speaks to the requester or for the council ("This letter serves as …"). */
const SPEAKER_RE = /\b(?:you|your|we|our|us|council|service|force|trust|this\s+(?:letter|response|reply|e-?mail|notice))\b|\bI\b/i;

/** A heading over the answer: "Response", "Our reply (12 March 2024):", or the body's initials and "Response" ("ABC Response"). */
function isResponseHeading(line: string): boolean {
  return RESPONSE_HEADING_RE.test(line) || /^[A-Z]{2,6}(?:['’]s)?\s+(?:Response|Reply|RESPONSE|REPLY)\s*:?$/.test(line);
}

/** A page's heading over the request it answers: "Request", "Your request", "Information requested:". */
const REQUEST_TITLE_RE = /^(?:(?:your|the|original)\s+)?(?:request|information\s+requested)\s*:?$/i;

/** "Response sent as attachment", "responses to all of the questions", "your FOI request": words for the whole request. */
const FOR_ALL_RE = /^\W*responses?\s+(?:is\s+|are\s+)?(?:sent|provided|attached|enclosed)\b|\ball\s+(?:of\s+)?(?:the|your)\s+questions\b|\byour\s+(?:foi\s+|information\s+)?request\b/i;

/** Whether the answer opens with the letter's response heading, or has it on the line above. */
function underResponseHeading(ctx: SegmentContext, a: Suggestion): boolean {
  if (RESPONSE_HEADING_RE.test(a.text.split('\n', 1)[0]!.trim())) return true;
  let k = ctx.lines.findIndex((L) => L.contentEnd >= a.start) - 1;
  while (k >= 0 && ctx.lines[k]!.blank) k--;
  return k >= 0 && RESPONSE_HEADING_RE.test(ctx.text.slice(ctx.lines[k]!.contentStart, ctx.lines[k]!.contentEnd).trim());
}

/**
 * A "Question" or "Request" heading above the reply's first label, the only one in the reply: the
 * page sets the whole request out under it and answers below (not a page that heads each question
 * "Request" and each answer "Response").
 */
function requestTitled(ctx: SegmentContext): boolean {
  const first = ctx.markers[0];
  if (!first) return false;
  const content = (k: number): string => ctx.text.slice(ctx.lines[k]!.contentStart, ctx.lines[k]!.contentEnd).trim();
  const isTitle = (c: string): boolean => REQUEST_TITLE_RE.test(c) || /^(?:questions?|you\s+asked)\s*:?$/i.test(c);
  let titles = 0;
  let responses = 0;
  for (let k = 0; k < ctx.lines.length; k++) {
    if (ctx.lines[k]!.blank) continue;
    const c = content(k);
    if (isTitle(c)) titles++;
    else if (RESPONSE_HEADING_RE.test(c)) responses++;
  }
  if (titles !== 1 || responses === 0) return false;
  for (let k = first.line - 1; k >= 0 && k >= first.line - 12; k--) if (!ctx.lines[k]!.blank && isTitle(content(k))) return true;
  return false;
}

/** How many labels open the reply in ascending order: the request's list, quoted. */
function quotedRun(ctx: SegmentContext): number {
  let end = Math.min(1, ctx.markers.length);
  while (end < ctx.markers.length && compareIds(ctx.markers[end]!.ids[0]!, ctx.markers[end - 1]!.ids[ctx.markers[end - 1]!.ids.length - 1]!) > 0) end++;
  return end;
}

function belowQuotedRequest(ctx: SegmentContext, q: Questionnaire): Statement | null {
  const real = q.questions.filter((x) => !x.heading);
  const labelled = new Set(ctx.markers.flatMap((m) => m.ids));
  let after: number;
  let depth: number;
  // (A part counts with its parent's label: "Q1. Who …? a. Name b. Job title" quotes part a with Q1.)
  if (ctx.markers.length > 0 && real.filter((x) => labelled.has(x.id) || (x.parent !== undefined && labelled.has(x.parent))).length >= real.length * 0.6) {
    // The request's list is the first run of labels that ascends; a label after it that goes back
    // ("Questions 4 and 5 – …" in the letter's reasons) is the letter's.
    const last = ctx.markers[quotedRun(ctx) - 1]!;
    after = questionEnd(ctx, last).line;
    depth = Math.min(...ctx.markers.map((m) => m.quoteDepth));
  } else {
    // A page that gives the request as one paragraph (its numbers inside the sentences, so no
    // labels) under "Request", then "Response": the statement is under the response heading.
    if (ctx.markers.length > 0 || real.length === 0) return null;
    const request = ctx.lines.findIndex((l) => !l.blank && REQUEST_TITLE_RE.test(ctx.text.slice(l.contentStart, l.contentEnd).trim()));
    if (request < 0) return null;
    const heading = ctx.lines.findIndex((l, i) => i > request + 1 && !l.blank && RESPONSE_HEADING_RE.test(ctx.text.slice(l.contentStart, l.contentEnd).trim()));
    if (heading < 0) return null;
    after = heading;
    depth = ctx.lines[heading]!.depth;
  }
  let seen = 0;
  let inAcknowledgement = false;
  let clarifying = false;
  let quoteOpen = false;
  let lead: Paragraph | null = null;
  // The requester's sign-off under the request quoted in a WhatDoTheyKnow thread.
  const faithfully = ctx.lines.findIndex((L, i) => i > after && i <= after + 25 && /^\W*yours\s+faithfully\b/i.test(ctx.text.slice(L.contentStart, L.contentEnd)));
  const paras = splitAtGreetings(ctx, paragraphs(ctx));
  for (const [pi, p] of paras.entries()) {
    if (p.line <= after || p.depth !== depth || beforeHeading.has(p)) continue;
    // ("Response provided:" over the statement, in one paragraph with it.)
    const heading = /^[^\n]*/.exec(p.text)![0].trim();
    const flat = (RESPONSE_HEADING_RE.test(heading) && p.text.includes('\n') ? p.text.slice(p.text.indexOf('\n')) : p.text).replace(/\s+/g, ' ').trim();
    // ("If for any reason we are unable to meet this deadline …", "show quoted sections": the body's
    // acknowledgement in a WhatDoTheyKnow thread, and the thread's fold; the decision comes after.)
    // (Not one that decides too, its lines run together with the letter's: "… within 20 working days …
    // I can confirm that the Council does not hold the information".)
    if (ACKNOWLEDGEMENT_RE.test(flat) && !DECIDES_RE.test(flat)) {
      seen = 0;
      inAcknowledgement = true;
      continue;
    }
    // (Inside an acknowledgement, up to the thread's next message: its sign-off and the officer's
    // name are no statement.)
    // (A greeting opens the next message, read as any paragraph is: "Dear Ms Reed, Thank you … I can
    // confirm that the Council does not hold …".)
    if (inAcknowledgement) {
      if (/^(?:dear\b|show\s+quoted\s+sections$)/i.test(flat) || THREAD_HEADER_RE.test(flat)) inAcknowledgement = false;
      if (inAcknowledgement || !/^dear\b/i.test(flat)) continue;
    }
    // ("We sought clarification of your request on 4 December as follows:" / "1. …" / "2. …" / "You
    // responded on 6 December as follows:" / "“I am seeking …" / "… should include these.”": the
    // clarification asked for and given, not the decision, which follows.)
    if (CLARIFICATION_RE.test(flat)) {
      clarifying = /:\s*$/.test(flat);
      continue;
    }
    if (clarifying && (quoteOpen || /^\(?\d{1,2}[.)]\s/.test(flat) || /^["“]/.test(flat))) {
      const opens = (flat.match(/“/g) ?? []).length - (flat.match(/”/g) ?? []).length;
      quoteOpen = quoteOpen ? opens >= 0 && !/”\s*$/.test(flat) : opens > 0;
      continue;
    }
    clarifying = false;
    // "1. £2,140", "Q1 – 14": the letter answers by number or gives a figure.
    if (/^\(?(?:q(?:uestion)?\s*\.?\s*)?\d{1,3}[a-z]?\s*[.):–-]/i.test(flat)) break;
    // ("In respect of questions 1-9, …": the letter answers the questions it names.)
    // ("For Q1b, could you please tell me the name of the party …": the requester's own words under
    // the list, naming a question of theirs.)
    if (REQUESTER_PLEA_RE.test(/^.*?[.!?](?=\s+[A-Z]|$)/.exec(flat)?.[0] ?? flat)) continue;
    if (ABOUT_QUESTIONS_RE.test(flat)) break;
    // ("foi_2208_response.pdf" alone under the response heading: the answers are in that file.)
    if (ATTACHED_FILE_RE.test(flat)) {
      const cls: Classification = { status: 'signposted', confidence: 0.8, reason: 'the response is the attached file' };
      // (From the lead that introduces it, "Please see below our response …", when there is one.)
      const from = lead ?? p;
      return { ids: 'all', cls, line: from.line + 1, start: from.start, end: p.end, text: ctx.text.slice(from.start, p.end), doubt: true };
    }
    // ("Please see below our response to your request.": a lead to what follows, not an answer.)
    // ("Please note that we have reviewed your request and consider the below applies.": the same.)
    // ("Please see the below response to your request.": the same, "below" before its noun.)
    if (flat.length < 120 && (/^\W*please\s+(?:see|find)\s+(?:the\s+|our\s+)?below\b/i.test(flat) || /\bthe\s+(?:below|following)\s+(?:applies|apply)\W*$/i.test(flat))) {
      lead = p;
      continue;
    }
    // ("Romana Khaoury, Causeway Coast and Glens Borough Council": a thread's header naming who
    // replies; "With reference to your request for information held by the Council …": the
    // letter's opening, one sentence that only names the request.)
    // (Not one whose sentence goes on to the answer: "Further to your request …, I can advise we
    // have not dealt with any such case in that period.")
    // ("Thank you for contacting the Trust with your request for information. The Trust has treated
    // your request as a request for information under the Freedom of Information Act 2000.": every
    // sentence thanks or says under which law the request is handled.)
    if (flat.split(/(?<=[.!?])\s+(?=[A-Z])/).every((x) => THANKS_RE.test(x) || HANDLED_UNDER_RE.test(x))) continue;
    if (THREAD_HEADER_RE.test(flat) || (COURTESY_OPENING_RE.test(flat) && !/[.!?]\s+\S/.test(flat.replace(/[.!?]\s*$/, '')) && !ADVISES_RE.test(flat))) continue;
    // ("Request Date 22 March 2021 / Requested by Business / Released Date", "14 April 2021": the
    // log page's particulars of the case, not the letter.)
    if (PAGE_PARTICULARS_RE.test(flat) || DATE_ALONE_RE.test(flat)) continue;
    // ("Yours faithfully, / Tamsin Reed / Re: Your request … / We will reply within 20 working days.":
    // a sign-off and what runs on under it before the next greeting, the council's acknowledgement.)
    if (SIGN_OFF_LEAD_RE.test(flat)) continue;
    const led = lead;
    lead = null;
    // ("Response 23-07-2014", "Our response (12 March 2024):", "Information provided for the
    // answer:": a heading opens the letter.)
    if (RESPONSE_HEADING_RE.test(flat)) continue;
    // ("Response sent as attachment.": short, and a statement all the same.)
    // ("Request Reference: FOI 142/20": the case's reference, its figures no answer.)
    if (/^(?:our\s+|your\s+)?(?:request\s+)?ref(?:erence)?(?:\s+(?:no\.?|number))?\s*[:.]/i.test(flat) && flat.length < 60) continue;
    // ("Please see the link below:": short, and a statement all the same.)
    // ("1 Attachment" / "1 Atodiad": a thread's count of the files sent with the message.)
    if (/^\d{1,2}\s+(?:attachments?|atodiad(?:au)?)$/i.test(flat)) continue;
    // ("No information held.": short, and a statement all the same.)
    if (flat.length < 30 && !/\b(?:attach|enclos|not\s+held|spreadsheet|link|website)|^\W*(?:no|none\s+of\s+the)\s+(?:recorded\s+)?(?:information|data)\s+(?:is\s+)?held\b/i.test(flat)) {
      if (/\d/.test(flat)) break;
      continue;
    }
    // Paragraphs about the Act in general, before the council's decision ("The Freedom of
    // Information Act 2000 creates a statutory right of access …"): no statement of the council's.
    if (ABOUT_THE_ACT_RE.test(flat) && !SPEAKER_RE.test(flat)) continue;
    // The requester's own paragraphs under the list ("If you require any further details …, please
    // contact me") are theirs, not the council's.
    // (Judged by its first sentence: the council's "… please let me know and we will forward the
    // request" further down is not the requester's.)
    const opening = /^.*?[.!?](?=\s+[A-Z]|$)/.exec(flat)?.[0] ?? flat;
    if (REQUESTER_RE.test(opening) || REQUESTER_ASKS_RE.test(opening) || REQUESTER_TEXT_RE.test(opening)) continue;
    if (++seen > 3) break;
    // (Its first sentences: a paragraph that runs to the letter's end, with the address of the body
    // the requester is sent to, is judged by what it says first.)
    // (Up to the request quoted again after the decision, with no blank line: "… does not hold the
    // information, as explained below. I wish to make an FOI request … Please provide: 1. …".)
    const head = leadingSentences(flat, 400).replace(REQUEST_AGAIN_RE, '');
    // ("… should be approached for responses to 2b highways/roads, 2c schools …": the request's
    // parts named, not figures.)
    let cls = classifyAnswer(head.replace(/(?<![£$€\d.,])\b(\d{1,3})([a-z])\b/g, (all, n: string, l: string) => (q.byId.has(`Q${n}${l}`) ? ' ' : all)));
    // ("… is not all available in a readily retrievable format … we would need a manual review." /
    // "… the cost … exceeds the appropriate level … S12 applies to the whole request": the reasons
    // first, the refusal they lead to further on, in the paragraph or the next ones.)
    // (Reasons said not held, with or without a figure of their own: "… a manual search of the last
    // 5 years"; after reasons in words with no figure, only a refusal said to be of the whole request.)
    let end = p.end;
    const notHeld = cls.status === 'not-held' || (cls.status === 'partial' && !cls.exemption && /\bnot\s+held\b/.test(cls.reason ?? ''));
    // (Or reasons with their cost worked out: "There are 4060 records x 2 minutes to review = 135 hours.")
    const workings = cls.status === 'answered' && cls.reason === 'a figure' && COST_WORKINGS_RE.test(flat);
    const reasons = notHeld || (cls.status === 'answered' && cls.reason === 'text') || workings;
    const ofWhole = (t: string): boolean => notHeld || WHOLE_REQUEST_RE.test(t) || /\brefusal\s+notice\b/i.test(t);
    if (reasons) {
      const whole = head.length < flat.length ? classifyAnswer(flat) : null;
      // ("… 3,831 listed properties … 16,424 fires … This letter constitutes a refusal notice …
      // Section 12(1)": the figures are the reasons' workings, and the letter refuses.)
      const refuses = whole?.exemption === 's12' && (whole.status === 'refused' || (whole.status === 'partial' && /\brefusal\s+notice\b/i.test(flat)));
      if (whole && refuses && ofWhole(flat)) cls = { ...whole, status: 'refused' };
      else for (const next of paras.slice(pi + 1, pi + 3)) {
        if (next.depth !== depth) break;
        const c = classifyAnswer(next.text.replace(/\s+/g, ' ').trim());
        if (c.status === 'refused' && c.exemption === 's12' && ofWhole(next.text)) {
          cls = c;
          end = next.end;
          break;
        }
      }
    }
    // ("Section 21 – Information accessible by other means" / the Act quoted / "This data can be
    // found on the below link: …": the section heads the decision, which points where to look.)
    if (cls.status === 'refused' && cls.exemption === 's21') {
      const next = paras.slice(pi + 1, pi + 4).filter((x) => x.depth === depth);
      if (next.length > 0) {
        const c = classifyAnswer(`${flat} ${next.map((x) => x.text).join(' ')}`.replace(/\s+/g, ' ').trim());
        if (c.status === 'signposted') {
          cls = c;
          end = next[next.length - 1]!.end;
        }
      }
    }
    // ("This letter serves as a Refusal Notice under Section 17 …": refused, its exemption below.)
    // ("Please find the logs attached. Some information has been removed …": released in part, for all.)
    const decided = cls.status === 'not-held' || cls.status === 'not-applicable' || cls.status === 'signposted' || cls.reason === ATTACHED_REDACTED_REASON || (cls.status === 'refused' && ((!!cls.exemption && cls.exemption !== 'other') || /\brefusal\s+notice\b/i.test(head)));
    if (decided && !REQUESTER_ASKS_RE.test(flat)) {
      // ("Good Afternoon," / "Many thanks for your enquiry." / "We are unable …": the statement
      // starts after the greeting and the thanks.)
      // (From the lead that points to it, "… consider the below applies.", when there is one.)
      let k = (led ?? p).line;
      while (k + 1 < ctx.lines.length && ctx.lines[k + 1]!.contentStart < p.end && (openingCourtesy(ctx.text.slice(ctx.lines[k]!.contentStart, ctx.lines[k]!.contentEnd)) || RESPONSE_HEADING_RE.test(ctx.text.slice(ctx.lines[k]!.contentStart, ctx.lines[k]!.contentEnd).trim()))) k++;
      const from = ctx.lines[k]!.contentStart;
      return { ids: 'all', cls, line: k + 1, start: from, end, text: ctx.text.slice(from, end), doubt: true };
    }
    // "Regarding your request, we have issued no such orders at all in the period you ask about"
    // in its "have not issued any" form: none, said of the whole request.
    if (cls.status === 'answered' && NONE_STATED_RE.test(head) && !/\d/.test(head.replace(/\b(?:19|20)\d\d\b|\b(?:last|past)\s+\d{1,2}\s+(?:years?|months?)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi, ' '))) {
      return { ids: 'all', cls, line: p.line + 1, start: p.start, end: p.end, text: p.text, doubt: true, none: true };
    }
    // A figure or an answer in words: the letter answers, in its own way.
    // (Not the requester's own lines before their "Yours faithfully": "For Craigavon Support Group".)
    if (cls.status === 'answered' || cls.status === 'partial') {
      if (faithfully >= 0 && p.line < faithfully) continue;
      break;
    }
  }
  // "Request and Answer:" / "Your request for information below has now been considered … would
  // exceed the appropriate costs limit under Section 12(1) …" / "Request 1" / "How many …" / …, and
  // nothing of the letter's below the request: the decision stands above the request it decides.
  if (seen === 0 && ctx.markers.length > 0) {
    const first = ctx.markers[0]!.line;
    for (const p of paras) {
      if (p.line >= first) break;
      if (p.depth !== depth || !/\b(?:your|this|the)\s+(?:(?:foi|information)\s+)?request\b/i.test(p.text)) continue;
      // (Its decision may take a long sentence to come to: read up to 900 characters.)
      const flat = p.text.replace(/\s+/g, ' ').trim();
      const head = leadingSentences(flat, 900);
      const cls = classifyAnswer(head);
      const decided = cls.status === 'not-held' || cls.status === 'signposted' || (cls.status === 'refused' && !!cls.exemption && cls.exemption !== 'other');
      if (decided && !REQUESTER_ASKS_RE.test(flat)) return { ids: 'all', cls, line: p.line + 1, start: p.start, end: p.end, text: p.text, doubt: true };
    }
  }
  return null;
}

/**
 * "I can confirm that we hold some of the information … to provide it would exceed the appropriate
 * limit of £450 that applies under section 12 …", in a letter where no question is labelled (the
 * request quoted as one paragraph, "1 How many … 2 How many …") and nothing else is answered: the
 * refusal on cost (or as vexatious or repeated) is the letter's decision on the whole request. Read
 * from one paragraph, so it is offered (doubt), never written.
 */
function costRefusalAlone(ctx: SegmentContext): Statement | null {
  const paras = paragraphs(ctx);
  if (paras.length === 0) return null;
  const depth = Math.min(...paras.map((p) => p.depth));
  for (const p of paras) {
    if (p.depth !== depth || p.text.length < 40) continue;
    const flat = p.text.replace(/\s+/g, ' ').trim();
    // (Not the Act quoted, "Section 12 allows a public authority to refuse …", nor the requester's plea.)
    // (Nor one that names the questions it refuses, "… refusing questions 2, 3(a) and 4 …", or a part.)
    if ((ABOUT_THE_ACT_RE.test(flat) && !SPEAKER_RE.test(flat)) || REQUESTER_ASKS_RE.test(flat) || /\b(?:questions?|q)\s*\.?\s*\d/i.test(flat) || PART_ONLY_RE.test(flat)) continue;
    const cls = classifyAnswer(flat);
    if (cls.status !== 'refused' || (cls.exemption !== 's12' && cls.exemption !== 's14')) continue;
    return { ids: 'all', cls, line: p.line + 1, start: p.start, end: p.end, text: p.text, doubt: true };
  }
  return null;
}

/**
 * "7. A breakdown by reason … For example: …" / "Response" / "Please see attached": the last quoted
 * question's answer runs over the letter's response heading, which the letter's statement follows.
 */
function headingInside(text: string): boolean {
  const lines = text.split('\n');
  return lines.slice(1, 12).some((l, i) => RESPONSE_HEADING_RE.test(l.trim()) && lines.slice(i + 2).some((n) => /\p{L}{3,}/u.test(n)));
}

/** "Please provide a description of …", "Please also provide the time taken …": the requester asking. */
const REQUESTER_PLEA_RE = /\bplease\s+(?:also\s+)?(?:provide|tell\s+me|can\s+you|could\s+you|give\s+me|send\s+me|direct\s+me)\b/i;

/** The whole sentences in a paragraph's first `max` characters (all of it when it is shorter). */
function leadingSentences(flat: string, max: number): string {
  return flat.length > max ? (new RegExp(String.raw`^[\s\S]{0,${max}}[.!?](?=\s)`).exec(flat)?.[0] ?? flat) : flat;
}

/** "23 September 2015", "14/04/2021": a date alone. */
const DATE_ALONE_RE = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\.?$/;
/** "Romana Khaoury, Causeway Coast and Glens Borough Council": a WhatDoTheyKnow thread's header over a reply. */
// (Or "Name @ Body, Body", the thread's form with the body named twice.)
// (Or the body named "University of …", "Council of …": "Freedom Of Information, University of Sheffield".)
// (Or the team named with its abbreviation: "Freedom of Information (FOI), Westmarsh Borough Council".)
const THREAD_HEADER_RE = /^[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|and|the|\([A-Z]{2,6}\))){0,4}(?:\s+@\s+[A-Z][\w'’&() -]{3,80})?,\s+(?:[A-Z][\w'’&,() -]{3,80}(?:Council|Authority|Trust|Police|Service|Board|Department|Office|Commission|Agency|University|College|School|Academy|Government)|(?:The\s+)?(?:University|College|Council|Borough|County|City|Trust)\s+of\s+[A-Z][\w'’&() -]{2,60})$/;
/** ", I can advise …", ", we can confirm …": the sentence turns from the request to the council's answer. */
const ADVISES_RE = /,\s+(?:i|we)\s+(?:can\s+|would\s+like\s+to\s+|must\s+|regret\s+to\s+|am\s+able\s+to\s+|are\s+able\s+to\s+)?(?:advise|confirm|inform\s+you|say|tell\s+you|report)\b/i;
/** "With reference to your request for information …", "Thank you for your request …": the letter's opening. */
const COURTESY_OPENING_RE = /^\W*(?:with\s+reference\s+to|further\s+to|i\s+refer\s+to|thank\s+you\s+for|many\s+thanks\s+for|in\s+response\s+to)\s+your\s+(?:(?:recent|foi|freedom\s+of\s+information|information)\s+)?(?:request|e-?mail|letter|enquiry)\b/i;

/** "Thank you for contacting the Trust with your request for information.": thanks, nothing more. */
const THANKS_RE = /^\W*(?:thank\s+you|many\s+thanks)\s+for\s+(?:contacting|writing\s+to|your)\b[^.!?]*[.!?]?$/i;
/** Words of a decision on the request: not held, refused, exempt, a section, a pointer to what is sent. */
const DECIDES_RE = /\b(?:not\s+hold|not\s+held|refus\w*|exempt\w*|withh[eo]ld\w*|section\s+\d|please\s+(?:find|see)\b|attached)/i;
/** "We sought clarification of your request on …", "You responded on … as follows:": the clarification's history in a letter. */
const CLARIFICATION_RE = /^(?:we|i)\s+(?:sought|requested|asked\s+(?:you\s+)?for)\s+(?:further\s+)?clarification\b|^(?:on\s+[^,:.]{3,30},?\s+)?(?:you|the\s+requester)\s+(?:subsequently\s+|then\s+|later\s+)?(?:responded|replied|clarified|confirmed|explained)\b[^.]{0,60}(?:\bas\s+follows\b|:)|^clarification(?:\s+(?:received|provided|given)\b[^:]{0,30})?\s*:/i;
/** An acknowledgement's words (the request received, when the answer will come), or a thread's "show quoted sections". */
// ("This is to acknowledge receipt of your request … We'll get back to you … within 20 working days".)
const ACKNOWLEDGEMENT_RE = /\bunable\s+to\s+meet\s+(?:this|the)\s+deadline\b|\backnowledge\s+(?:the\s+)?receipt\s+of\s+your\b|\bget\s+back\s+to\s+you\b[^.]{0,60}\bwithin\s+(?:20|twenty)\s+working\s+days\b|\b(?:will|should)\s+(?:receive|respond|reply|send)[^.]{0,60}\bwithin\s+(?:20|twenty)\s+working\s+days\b|\brequest\s+was\s+received\s+on\b|\bis\s+being\s+dealt\s+(?:with\s+)?in\s+accordance\b|\bquote\s+the\s+reference\s+number\b|^show\s+quoted\s+sections$/i;
/** "4060 records x 2 minutes to review = 135 hours", "would take some 40 hours to locate": a cost worked out in time. */
const COST_WORKINGS_RE = /\b\d[\d,.]*\s*(?:hours?|minutes?|mins?|hrs?)\b[^.]{0,80}\b(?:review|retriev|locat|extract|search|read|check)|\b(?:review|retriev|locat|extract|search|read|check)\w*\b[^.]{0,120}\b\d[\d,.]*\s*(?:hours?|minutes?|mins?|hrs?)\b/i;
/** "applies to the whole request", "all parts of your request", "the request as a whole". */
const WHOLE_REQUEST_RE = /\b(?:whole|entire|all\s+(?:parts\s+of\s+)?(?:your|the|this))\s+request\b|\brequest\s+as\s+a\s+whole\b/i;

/** "foi_2208_response.pdf", "Response FOI 412 (2).xlsx": a paragraph that is only a file's name. */
const ATTACHED_FILE_RE = /^[\w ().,&'-]{1,100}\.(?:pdf|xlsx?|docx?|csv|odt|ods|zip)$/i;

/** "we have not issued any …", "no such orders have been made", "no “political advisers” were appointed", "there have been none". */
const NONE_STATED_RE = /\b(?:(?:does|do|did)\s*(?:not|n't)\s+(?:currently\s+)?(?:operate|own|run|use|have|employ|maintain)\s+any\b|(?:have|has|had|did)\s*(?:not|n't|never)\s+(?:\w+\s+)?(?:served|issued|received|made|recorded|carried\s+out|undertaken|taken|brought|granted|approved|had|used|dealt\s+with|handled|processed|referred|identified|installed|introduced|purchased|bought|built)\s+any\b|there\s+(?:have|has)\s+been\s+(?:none|no\b)|no\s+(?:such\s+)?["“]?[\w-]+(?:\s+[\w-]+)?["”]?\s+(?:have\s+been|has\s+been|were|was)\s+(?:served|issued|received|made|recorded|granted|approved|appointed|employed|hired|paid|awarded)\b|^none\s+of\s+(?:the|our|its)\b[^.;]{1,60}?\b(?:has|have)\s+(?:ever\s+)?been\s+\w+ed\b|^no\s+[\w-]+(?:\s+[\w-]+){0,5}?\s+(?:have|has)\s+been\s+(?:closed|opened|built|sold|bought|demolished|transferred|installed|removed|approved|agreed|signed|awarded|paid|sent|held|introduced|adopted|used)\b)/i;

function applyStatements(answers: Suggestion[], found: Map<string, Found>, statements: Statement[], q: Questionnaire, skip: Set<string>, unquoted: Set<string>): Suggestion[] {
  const byId = new Map(answers.map((a) => [a.id, a]));
  // (Not a paragraph that names the questions it is said of: "… does not hold the information … in
  // response to 2, 3 and 4" speaks for those, not for the whole request.)
  const whole = statements.find((s) => s.ids === 'all' && !statements.some((o) => o.ids !== 'all' && o.cls.status === s.cls.status && o.start < s.end && o.end > s.start));
  // A real answer gives a value, or a status of its own on its own label.
  const inZone = (a: Suggestion) => !!whole?.zone && a.start >= whole.zone.start && a.start < whole.zone.end;
  const own = answers.filter((a) => found.get(a.id)?.how === 'label' && !inZone(a) && (a.value !== null || a.status === 'not-applicable' || a.status === 'not-held')).length;
  const asked = q.questions.filter((x) => !x.heading && !skip.has(x.id)).length;
  const out: Suggestion[] = [];
  const make = (id: string, s: Statement, kind: string): Suggestion => ({
    id,
    status: s.cls.status,
    ...(s.cls.exemption ? { exemption: s.cls.exemption } : {}),
    value: null,
    line: s.line,
    start: s.start,
    end: s.end,
    text: s.text,
    confidence: 0.5,
    reason: `${kind}${s.cls.reason ? `: ${s.cls.reason}` : ''}`,
    why: `${kind}, ${s.cls.exemption ?? s.cls.status}, line ${s.line}`,
  });
  const pointsBelow = !!whole && /\b(?:see|find)\s+below\b|\bset\s+out\s+below\b/i.test(whole.text);
  if (whole && own <= Math.max(1, asked * 0.2)) {
    // (A sentence naming some of the questions speaks for those: "… the county council should be
    // approached for responses to 2b and 2c" under a statement for the whole request.)
    const named = new Map<string, Statement>();
    for (const s of statements) if (s.ids !== 'all') for (const id of s.ids) if (!named.has(id)) named.set(id, s);
    for (const question of q.questions) {
      if (unquoted.has(question.id)) continue;
      const own = named.get(question.id);
      if (own && !skip.has(question.id)) {
        out.push(make(question.id, own, 'a statement naming it'));
        found.set(question.id, { how: 'partial', cls: own.cls });
        continue;
      }
      // ("We do not hold the information you have requested. Please see below for our response." /
      // "Question 1" / "We do not hold this information because …": the statement leads to the
      // answers below, each question's own.)
      const mine = byId.get(question.id);
      if (mine && pointsBelow && found.get(question.id)?.how === 'label' && !inZone(mine) && mine.start > whole.start) {
        out.push(mine);
        continue;
      }
      // ("1. 4,310 people registered (paying the £20) …" / "2. In order to answer … section 12(1) …": a
      // figure on the question's own label, above a statement that its neighbour's answer leads
      // to, is that question's answer; the statement is the others'.)
      // (So is "not held" on its own label above it: "1) …" / "The agency does not hold this
      // information." / "2) …" / "The information you have requested is held, but … exempt by virtue
      // of Section 21": the statement under the second label is that one's.)
      if (mine && found.get(question.id)?.how === 'label' && !inZone(mine) && mine.end <= whole.start && ((mine.value !== null && mine.status === 'answered' && ['number', 'money', 'percent', 'year', 'duration'].includes(question.type)) || (mine.status === 'not-held' && whole.cls.status !== 'not-held'))) {
        out.push(mine);
        continue;
      }
      out.push(make(question.id, whole, whole.doubt ? 'one statement below the quoted request' : whole.cls.status === 'refused' ? 'whole-request refusal' : `whole request ${whole.cls.status}`));
      found.set(question.id, { how: 'whole', cls: whole.cls, ...(whole.doubt ? { doubt: true } : {}) });
    }
    return out;
  }
  const replaced = new Set<string>();
  for (const s of statements) {
    if (s.ids === 'all') continue;
    // (Each question once: the first statement that names it.)
    const mine: string[] = [];
    for (const id of s.ids) {
      if (skip.has(id) || replaced.has(id)) continue;
      const cur = byId.get(id);
      // A question's own answer wins unless it is only prose inside the statement itself (or prose
      // placed by its wording, where a sentence that names the question says otherwise).
      if (cur && !(cur.start >= s.start && cur.start < s.end) && !(found.get(id)?.how === 'prose' && s.cls.status === 'not-held')) continue;
      replaced.add(id);
      mine.push(id);
      found.set(id, s.doubt ? { how: 'whole', cls: s.cls, doubt: true } : { how: 'partial', cls: s.cls });
    }
    for (const id of mine) out.push(make(id, s, s.doubt ? 'one statement below the quoted request' : 'partial-request refusal'));
  }
  for (const a of answers) if (!replaced.has(a.id)) out.push(a);
  // ("We do not hold the information you have requested. Please see below." / "Question 1" … with no
  // section for question 3: the statement answers the question left without one.)
  if (whole && pointsBelow) {
    const have = new Set(out.map((a) => a.id));
    for (const question of q.questions) {
      if (question.heading || have.has(question.id) || skip.has(question.id) || unquoted.has(question.id) || (question.parent && have.has(question.parent))) continue;
      out.push(make(question.id, whole, whole.doubt ? 'one statement below the quoted request' : `whole request ${whole.cls.status}`));
      found.set(question.id, { how: 'whole', cls: whole.cls, doubt: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The whole reading

export interface ReadInput {
  ctx: SegmentContext;
  q: Questionnaire;
  answers: Suggestion[];
  found: Map<string, Found>;
  refs: Map<string, string | 'previous'>;
  notAsked: string[];
  renumbered: Map<string, string> | null;
  /** Ids some marker in the reply labels (in the quoted request or an answer). */
  labelled: Set<string>;
}

/** The reason given to a heading whose parts are answered on its line (suggest.ts). */
export const BARE_HEADING_REASON = 'a heading whose parts are answered on its line';

/** "In answer to questions 1 to 5 …" below question 7: the paragraph answers the questions it names, not this one. */
const ABOUT_QUESTIONS_RE = /^\W*(?:in\s+(?:answer|response|reply|relation)\s+to|in\s+respect\s+of|regarding|with\s+regard\s+to|as\s+(?:for|regards))\s+(?:your\s+)?(?:questions?|qs?)\s*\.?\s*\d[^,.:;]{0,40}/i;

function aboutOtherQuestions(a: Suggestion, q: Questionnaire): boolean {
  const m = ABOUT_QUESTIONS_RE.exec(a.text);
  if (!m) return false;
  // ("As for question 9, please see below.": this answer is question 9's, a reference.)
  if (/^\W*as\s+for\s+(?:questions?|qs?)\s*\.?\s*\d{1,3}[a-z]?\s*,?\s*(?:please\s+)?(?:see|refer\s+to)\s+(?:(?:the\s+)?(?:answer|response|paragraph|section)\s+)?(?:below|above)\W*$/i.test(a.text)) return false;
  const named = idsNamed(m[0], q);
  return named.length > 0 && !named.includes(a.id) && !named.includes(q.byId.get(a.id)?.parent ?? '');
}

/**
 * "Please see the section headed "A14 and A15" below." / … / "A14 and A15 - section 12 of the Act":
 * an answer that only points to a section by its heading takes that section's status (a refusal and
 * its exemption, not held, published elsewhere), and stays where the question is answered.
 */
function headedSectionBelow(answers: Suggestion[], text: string): void {
  for (const a of answers) {
    if (a.value !== null && a.value !== undefined) continue;
    if (a.status !== 'unclear' && a.status !== 'answered') continue;
    const m = HEADED_POINTER_RE.exec(a.text);
    if (!m) continue;
    const heading = m[1]!.trim().toLowerCase();
    // The first line below the answer that opens with the heading's words.
    let at = a.end;
    let found = -1;
    while (at < text.length && found < 0) {
      const nl = text.indexOf('\n', at);
      const line = text.slice(at, nl < 0 ? text.length : nl).trim().toLowerCase();
      if (line.startsWith(heading)) found = at;
      at = nl < 0 ? text.length : nl + 1;
    }
    if (found < 0) continue;
    // (The section: up to the letter's closing, "If you are unhappy …", or 1,500 characters.)
    const rest = text.slice(found, found + 1500);
    const closing = /\n\s*\n\s*(?:if\s+you\s+(?:are|have|remain)|yours\s+(?:sincerely|faithfully)|kind\s+regards)/i.exec(rest);
    const c = classifyAnswer((closing ? rest.slice(0, closing.index) : rest).replace(/\s+/g, ' '));
    if (c.status !== 'refused' && c.status !== 'not-held' && c.status !== 'signposted' && c.status !== 'partial') continue;
    a.status = c.status;
    if (c.exemption) a.exemption = c.exemption;
    else delete a.exemption;
    a.reason = `the section headed "${m[1]!.trim()}" below: ${c.reason ?? c.status}`;
  }
}

/**
 * "Q3 - Withheld (see below)" and, further down, "Question 3 - Section 43(2) (commercial
 * interests)": a refusal that names no exemption takes the one its question's own reasons name.
 */
function reasonsBelow(answers: Suggestion[], text: string, q: Questionnaire): void {
  for (const a of answers) {
    // (Or a part withheld, "Yes. Name refused - please see refusal notice below.")
    if (a.status === 'partial' ? a.exemption !== 'other' : a.status !== 'refused' || (a.exemption && a.exemption !== 'other')) continue;
    // "Exemptions applied" / "Section 31(1)(a) – Law enforcement (questions 4, 4a and 4b)": a
    // heading below that cites a section and names this question.
    const cited = /^[ \t]*(?:section|s\.?)\s?(\d{2})\b[^\n]{0,120}$/gim;
    cited.lastIndex = a.end;
    let named: string | undefined;
    for (let m = cited.exec(text); m && !named; m = cited.exec(text)) if (/\b(?:questions?|qs?)\b/i.test(m[0]) && idsNamed(m[0], q).includes(a.id)) named = m[1];
    const byName = named ? exemptionForSection(Number(named)) : undefined;
    if (byName && byName !== 'other') {
      a.exemption = byName;
      a.reason = `${a.reason ?? 'refused'}; the reasons below name ${byName} for it`;
      continue;
    }
    if (!/\bbelow\b/i.test(a.text)) continue;
    const id = /^Q(\d{1,3})([a-z]?)$/.exec(a.id);
    if (!id) continue;
    const heading = new RegExp(String.raw`^[ \t]*(?:question|q)\s*\.?\s*${id[1]}${id[2] ? String.raw`\s*\(?${id[2]}\)?` : ''}(?![\da-z])[^\n]{0,80}$`, 'gim');
    heading.lastIndex = a.end;
    const m = heading.exec(text);
    // The heading's own line ("Question 3 - Section 43(2)"), or else the paragraphs under it up to
    // the next question's heading ("Q9 – software licensing spend" / "" / "The Council is
    // withholding this figure under section 43(2) …").
    let section = m ? /\b(?:section|s\.?)\s?(\d{2})\b/i.exec(m[0]) : null;
    if (m && !section) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1500);
      const next = /^[ \t]*(?:question|q)\s*\.?\s*\d{1,3}/im.exec(after);
      section = /\b(?:section|s\.?)\s?(\d{2})\b/i.exec(next ? after.slice(0, next.index) : after);
    }
    let exemption = section ? exemptionForSection(Number(section[1])) : undefined;
    // "6. Refusal (see below)" and, after the answers, one block of reasons ("Refusal S43" /
    // "Public interest …") with no question heading: the block's one exemption is this refusal's.
    if (!m && !exemption) exemption = onlyExemptionBelow(text.slice(a.end, a.end + 4000));
    if (exemption && exemption !== 'other') {
      a.exemption = exemption;
      a.reason = `${a.reason ?? 'refused'}; the reasons below name ${exemption}`;
    }
  }
}

/** The one exemption the text cites ("Refusal S43", "section 43(2)"), or none when it cites none or several. */
function onlyExemptionBelow(text: string): Exemption | undefined {
  const found = new Set<Exemption>();
  for (const c of text.matchAll(/\b(?:section|s\.?)\s?(\d{2})\b/gi)) {
    const e = exemptionForSection(Number(c[1]));
    if (e && e !== 'other') found.add(e);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

export function readWhole(input: ReadInput): Suggestion[] {
  const { ctx, q, found, refs } = input;
  const skip = new Set(input.notAsked);
  // "…in 2022/23; and" in a quoted request list leaves a conjunction where no answer is.
  let answers = input.answers.filter((a) => !skip.has(a.id) && !/^\W*(?:and|or|and\/or)\W*$/i.test(a.text) && !aboutOtherQuestions(a, q));
  const statements = requestStatements(ctx, q);
  // "No council-owned care homes … have been closed by us in the last 10 years." and nothing else:
  // the count is none, and the questions about each of them do not arise.
  if (answers.length === 0 && statements.length === 0 && !ctx.markers.some((m) => m.ids.length > 0)) {
    const none = noneToCount(ctx, q, found);
    if (none.length > 0) return finish(none, found, q);
  }
  // ("6. Details of the policy …" / "Response 23-07-2014" / "This information is exempt under …":
  // the one answer found is the last quoted question's, and it opens with the letter's heading.)
  // (Or the few it names, read from that same place: "Response provided: … approached for
  // responses to 2b, 2c and 2e"; the others above it only the request's own sub-headings, "C".)
  const lastMarker = ctx.markers[ctx.markers.length - 1];
  const lone = lastMarker ? answers.find((a) => lastMarker.ids.includes(a.id)) : undefined;
  // (Or it says it speaks for them all: "Response sent as attachment.", "For responses to all of the
  // questions … please go to …".)
  // (Above it, only the request's own words read as answers: "Grades 1 to 3 typically refer to … Please
  // provide a description of the grades" under a quoted part is the requester's note, figures or not.)
  // (Or anything at all above it when the page heads the request "Question" above its first label
  // and the answer "Answer" above the statement: "Question" / "1. Type of complaint" / … "Other
  // generic terms used … include:" / "Decisions" / … / "Answer" / "… exceeds the limits … 12 …".)
  const titled = !!lone && underResponseHeading(ctx, lone) && requestTitled(ctx);
  const requesters = (a: Suggestion): boolean => a.start < lone!.start && (titled || REQUESTER_PLEA_RE.test(a.text));
  const headed = !!lone && answers.every((a) => a.start === lone.start || requesters(a) || (a.value === null && (a.status === 'unclear' || a.status === 'answered') && a.start < lone.start)) && (underResponseHeading(ctx, lone) || FOR_ALL_RE.test(/^[^.!?]*/.exec(lone.text)![0]) || headingInside(lone.text));
  // (Or all it read as answers are the requester's own asks under the list: "For Q1b, could you please
  // tell me the name of the party …".)
  const pleading = answers.length > 0 && answers.every((a) => REQUESTER_PLEA_RE.test(/^[^.!?]*/.exec(a.text)![0]));
  // ("• The number of defendants convicted" / "Extent of Searches to Locate Information" / … / "I am not
  // obliged to provide you with a response to your request pursuant to Section 12(1)": what the last
  // quoted question seemed to answer is the letter under its heading; the statement for the whole
  // request found there speaks for that question too.)
  if (headed && statements.some((st) => st.ids === 'all')) answers = answers.filter((a) => a.start !== lone!.start && !requesters(a));
  // (Or all it read are lines with no words or figures: a stray "-" between two quoted questions.)
  const wordless = answers.length > 0 && answers.every((a) => a.value === null && !/[\p{L}\p{N}]/u.test(a.text));
  if ((answers.length === 0 || headed || pleading || wordless) && !statements.some((st) => st.ids === 'all')) {
    const below = belowQuotedRequest(ctx, q) ?? (answers.length === 0 && ctx.markers.length === 0 && statements.length === 0 ? costRefusalAlone(ctx) : null);
    if (below) {
      statements.push(below);
      if (headed || pleading) answers = [];
    } else if (headed && lone && ctx.markers.length >= 3) {
      // ("Total value of FPNs cancelled" quoted last / "Response provided:" / "2016: Number of PCNs =
      // 2,920 …": a block under the letter's heading, after the whole request quoted, answers the
      // request, not only its last question. Read as that question's, it is offered, never sure.)
      const f = found.get(lone.id);
      if (f) found.set(lone.id, { ...f, doubt: true, misread: true });
    }
  } else if (answers.length > 0 && statements.length === 0 && ctx.markers.length - quotedRun(ctx) <= 2 && answers.every((a) => a.start > (ctx.markers[quotedRun(ctx) - 1]?.end ?? Infinity))) {
    // The request quoted as a list, the letter's statement below it, and the only labels after it
    // the letter's reasons for some ("Questions 4 and 5 – our log has no such field …"): the statement
    // speaks for the questions those reasons leave out.
    // (Or figures given for some "as a gesture of goodwill" below a cost-limit refusal of the
    // request: the refusal stands for the rest.)
    const below = belowQuotedRequest(ctx, q);
    const costRefusal = below?.cls.status === 'refused' && (below.cls.exemption === 's12' || below.cls.exemption === 's14');
    const answered = new Set(answers.map((a) => a.id));
    const rest = q.questions.filter((x) => !x.heading && !answered.has(x.id) && !skip.has(x.id)).map((x) => x.id);
    // (From where the first answer starts, too, when it points to an attachment: "Please see
    // spreadsheet." under the last quoted question is its answer and the statement for the rest; so
    // is a refusal on cost, which is said of the request. A "not held" there may be said of its own
    // question only.)
    const first = Math.min(...answers.map((a) => a.start));
    if (below && (costRefusal || answers.every((a) => a.value === null)) && rest.length > 0 && (below.start < first || (below.start === first && (below.cls.status === 'signposted' || costRefusal)))) statements.push({ ...below, ids: rest });
  }
  const none = statements.find((st) => st.none);
  if (none) return finish(noneOfTheRequest(none, q, found, skip), found, q);
  if (statements.length) {
    // When the reply quotes the request, a whole-request statement covers the questions it quotes.
    // Labels inside the refusal ("Q8–Q10: some 2,300 ledger lines …") discuss the questions;
    // they do not quote the request, so they never narrow a whole-request refusal.
    const zone = statements.find((st) => st.ids === 'all')?.zone;
    const labelled = zone ? new Set(ctx.markers.filter((m) => m.start < zone.start || m.start >= zone.end).flatMap((m) => m.ids)) : input.labelled;
    const real = q.questions.filter((x) => !x.heading);
    const quoted = real.filter((x) => labelled.has(x.id)).length;
    const unquoted = new Set(skip);
    if (quoted >= real.length * 0.6 && quoted < real.length) {
      for (const x of real) if (!labelled.has(x.id)) unquoted.add(x.id);
    }
    const applied = applyStatements(answers, found, statements, q, skip, unquoted);
    const wholeApplied = applied.some((a) => found.get(a.id)?.how === 'whole');
    noneBehindNotApplicable(applied, statements, q, found);
    if (wholeApplied) answers = applied;
    else {
      const ids = new Set(applied.map((a) => a.id));
      answers = [...applied, ...answers.filter((a) => !ids.has(a.id))];
    }
    answers.sort((a, b) => (q.byId.get(a.id)?.order ?? 0) - (q.byId.get(b.id)?.order ?? 0));
    goodwillAttachment(ctx, q, answers, found, statements);
    if (wholeApplied) return finish(answers, found, q);
  }
  for (const a of answers) {
    const question = q.byId.get(a.id);
    if (question && !refs.has(a.id)) judgeByType(a, question, q);
    // A choice read against the classifier's "not held" is offered, never auto-coded; so is a
    // direction read for a figure.
    if (a.reason === CHOICE_OVER_NOT_HELD || a.reason === TREND_REASON || a.reason === ALL_REASON) {
      const f = found.get(a.id);
      if (f) found.set(a.id, { ...f, misread: true });
    }
  }
  resolveRefs(answers, refs, q, input.renumbered);
  reasonsBelow(answers, ctx.text, q);
  headedSectionBelow(answers, ctx.text);
  routedOut(answers, found, q);
  afterNone(answers, found, q);
  becauseOfRefusal(answers, found, q, ctx.text);
  figureOfSibling(answers, found, q, ctx.words);
  // A reference whose target has no answer here calibrates as a reference, not as the label's own reading.
  for (const a of answers) {
    const f = found.get(a.id);
    if (refs.has(a.id) && !a.from && f && f.how === 'label') found.set(a.id, { ...f, how: 'reference' });
  }
  answers = answers.concat(spreadParents(answers, found, q, skip));
  answers = answers.concat(partsInProse(answers, found, q, input.ctx, skip));
  answers = coveredByNamed(answers, found, q);
  answers = answers.concat(namedAsNotApplying(answers, found, q, skip));
  withheldAbove(answers, found, q);
  answers = answers.concat(namedInRefusal(answers, found, q, skip));
  answers = answers.concat(unansweredRoutedOut(answers, found, q, skip));
  answers.sort((a, b) => (q.byId.get(a.id)?.order ?? 0) - (q.byId.get(b.id)?.order ?? 0));
  return finish(answers, found, q);
}

/**
 * "1. Has the council had a data breach? … 2. If so, how many? …" / "The council has had no data
 * breaches.": a question asked only if another answer is yes, which the reply leaves alone because
 * that answer is no, does not apply (offered, from the answer that routes it out). So does one
 * asked only if such a question is yes: the routing goes on down the chain.
 */
function unansweredRoutedOut(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, skip: ReadonlySet<string>): Suggestion[] {
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  const out: Suggestion[] = [];
  for (const x of q.questions) {
    if (x.heading || !x.when || byId.has(x.id) || skip.has(x.id)) continue;
    const against = Object.entries(x.when).find(([id, want]) => {
      const t = byId.get(id);
      if (!t) return false;
      if (t.status === 'not-applicable') return true;
      const wants = (Array.isArray(want) ? want : [want]).map((w) => String(w).toLowerCase());
      return t.status === 'answered' && typeof t.value === 'string' && !wants.includes(t.value.toLowerCase());
    });
    if (!against) continue;
    const gate = byId.get(against[0])!;
    const why = gate.status === 'not-applicable' ? `${gate.id} does not apply` : `${gate.id} is ${String(gate.value)}`;
    const a: Suggestion = { id: x.id, status: 'not-applicable', value: null, line: gate.line, start: gate.start, end: gate.end, text: gate.text, confidence: 0.5, from: gate.id, reason: `routed out: ${why}`, why: `asked only if ${against[0]} is ${String(against[1])}; ${why} (line ${gate.line}) and the reply says nothing of ${x.id}` };
    out.push(a);
    byId.set(x.id, a);
    found.set(x.id, { how: 'routed', cls: null, doubt: true });
  }
  return out;
}

/** "For each, can you tell me …", "in each case", "of these": a question about the things counted before it. */
// ("Please say where these cameras are placed": the things counted, named again.)
const ABOUT_EACH_RE = /\b(?:for\s+each|each\s+such|in\s+each\s+case|each\s+(?:one|of\s+(?:these|those|them))|of\s+(?:these|those)|for\s+(?:these|those|them)|these\s+[a-z]{3,})\b/i;

/**
 * A letter that answers with one statement and no labels, saying there are none of the things the
 * first question counts: that count is 0, and the later questions about each of them do not
 * apply. Read from one sentence, so every answer is offered (doubt).
 */
function noneToCount(ctx: SegmentContext, q: Questionnaire, found: Map<string, Found>): Suggestion[] {
  const real = q.questions.filter((x) => !x.heading);
  const first = real[0];
  if (!first || first.type !== 'number' || real.length < 2) return [];
  const paras = paragraphs(ctx);
  if (paras.length === 0 || paras.length > 6) return [];
  const minDepth = Math.min(...paras.map((p) => p.depth));
  const said = paras.filter((p) => p.depth === minDepth && p.text.replace(/\s+/g, ' ').trim().length >= 30);
  if (said.length !== 1) return [];
  const p = said[0]!;
  const flat = p.text.replace(/\s+/g, ' ').trim();
  if (classifyAnswer(flat, first).status !== 'answered' || parseValue(flat, first).value !== 0) return [];
  const line = p.line + 1;
  const out: Suggestion[] = [{ id: first.id, status: 'answered', value: 0, line, start: p.start, end: p.end, text: p.text, confidence: 0.5, reason: 'none, in the letter\'s one statement', why: `the letter's one statement says none, line ${line}` }];
  found.set(first.id, { how: 'whole', cls: { status: 'answered', confidence: 0.7 }, doubt: true });
  for (const x of real.slice(1)) {
    if (!ABOUT_EACH_RE.test(x.text ?? '')) continue;
    out.push({ id: x.id, status: 'not-applicable', value: null, line, start: p.start, end: p.end, text: p.text, confidence: 0.5, from: first.id, reason: `asked about each of ${first.id}'s, which are none`, why: `${first.id} is none (line ${line}), so a question about each does not apply` });
    found.set(x.id, { how: 'routed', cls: null });
  }
  return out;
}

/**
 * "We have … not installed any charging points in the Borough therefore the questions below are not
 * applicable." for "1. How many charging points did your council install?": the reason the request
 * does not apply is that its first count is none; that count is answered 0 (offered), the rest stay
 * not applicable.
 */
function noneBehindNotApplicable(answers: Suggestion[], statements: readonly Statement[], q: Questionnaire, found: Map<string, Found>): void {
  const st = statements.find((x) => x.ids === 'all' && x.cls.status === 'not-applicable');
  const first = q.questions.find((x) => !x.heading);
  const a = first && answers.find((x) => x.id === first.id);
  if (!st || !first || !a || first.type !== 'number' || a.status !== 'not-applicable') return;
  const none = NONE_STATED_RE.exec(st.text.replace(/\s+/g, ' '));
  if (!none) return;
  // (The thing counted named in the clause that says none: "not installed any charging points".)
  const clause = st.text.replace(/\s+/g, ' ').slice(none.index).split(/[.;]|\b(?:therefore|so|and\s+so|as\s+such)\b/i)[0]!;
  const asked = new Set(wordTokens(first.text ?? '').map((t) => t.word).filter((w) => w.length > 2 && !TOPIC_STOP.has(w)).map(topicStem));
  const named = wordTokens(clause).map((t) => t.word).filter((w) => w.length > 2 && !TOPIC_STOP.has(w)).map(topicStem);
  if (named.filter((w) => asked.has(w)).length < 2) return;
  a.status = 'answered';
  a.value = 0;
  a.reason = 'none, the reason the request does not apply';
  a.why = `the letter says none, so the rest does not apply, line ${a.line}`;
  found.set(a.id, { ...(found.get(a.id) ?? { cls: null }), how: 'whole', doubt: true });
}

/**
 * The letter's one statement says there are none of what the request is about ("we have not issued
 * any such orders"): its first question is answered none (0 when it counts), and its parts, which
 * ask about each of them, do not apply. Offered, never certain: it is read from where it stands.
 */
/** An item that asks in words ("How many …", "Please provide …", "Does …"), not a field named alone. */
const FIELD_ASKS_RE = /^\W*(?:how|what|when|which|who|whom|where|why|whether|does|do|did|is|are|was|were|has|have|had|can|could|will|would|please|if|list|provide|state|confirm|give|tell|the\s+(?:number|total|amount|cost)|(?:a\s+)?(?:copy|breakdown|list))\b/i;

function noneOfTheRequest(st: Statement, q: Questionnaire, found: Map<string, Found>, skip: ReadonlySet<string>): Suggestion[] {
  // (A first question asked yes or no, "Has any equipment been infected?", is answered "No".)
  // (The request's first item, a heading over its parts too: "1. Please give, for each order made,
  // the following: a) … b) …".)
  const real = q.questions.filter((x) => !skip.has(x.id));
  const first = real[0];
  if (!first) return [];
  const out: Suggestion[] = [{ id: first.id, status: 'answered', value: first.type === 'number' ? 0 : first.type === 'yes-no' ? 'No' : null, line: st.line, start: st.start, end: st.end, text: st.text, confidence: 0.5, reason: 'none, in the letter\'s one statement', why: `the letter's one statement says none, line ${st.line}` }];
  found.set(first.id, { how: 'whole', cls: { status: 'answered', confidence: 0.7 }, doubt: true });
  // ("… for anyone who has died with no known next of kin, more specifically: 1. Full names, 2. Dates
  // of birth, 3. Last known addresses …": the items are the fields of one record asked for; none
  // such, every field is none.)
  const fields = real.length >= 2 && real.every((x) => !/\?\s*$/.test(x.text ?? '') && !FIELD_ASKS_RE.test(x.text ?? '') && (x.text ?? '').split(/\s+/).length <= 30);
  for (const x of real.slice(1)) {
    if (fields) {
      out.push({ ...out[0]!, id: x.id, value: null, reason: `none, in the letter's one statement, as for ${first.id}`, why: `the letter's one statement says none, line ${st.line}` });
      found.set(x.id, { how: 'whole', cls: { status: 'answered', confidence: 0.7 }, doubt: true });
      continue;
    }
    // ("1. How many cameras does the council own, and how many are in use?" read as 1a and 1b: a
    // count of none, asked twice, is none both times.)
    const stem = first.parent ?? impliedParent(first.id);
    if (stem && (x.parent ?? impliedParent(x.id)) === stem && x.type === 'number' && first.type === 'number') {
      out.push({ ...out[0]!, id: x.id, reason: `none, in the letter's one statement, as for ${first.id}`, why: `the letter's one statement says none, line ${st.line}` });
      found.set(x.id, { how: 'whole', cls: { status: 'answered', confidence: 0.7 }, doubt: true });
      continue;
    }
    // (And the questions after it that ask about each of them: "For each, can you tell me …",
    // "… where the residents were transferred to in each case".)
    const part = (x.parent ?? impliedParent(x.id)) === first.id;
    if (!part && !ABOUT_EACH_RE.test((x.text ?? '').slice(0, 160))) continue;
    out.push({ id: x.id, status: 'not-applicable', value: null, line: st.line, start: st.start, end: st.end, text: st.text, confidence: 0.5, from: first.id, reason: `asked about each of ${first.id}'s, which are none`, why: `${first.id} is none (line ${st.line}), so ${part ? 'its parts do' : 'a question about each does'} not apply` });
    found.set(x.id, { how: 'routed', cls: null });
  }
  return out.concat(unansweredRoutedOut(out, found, q, skip));
}

/**
 * "(6) No – we have no resident portal, so (6b), (6c) and (7) do not apply": questions another
 * answer names as not applying, that have no answer of their own, do not apply (offered: the
 * sentence is read, not labelled).
 */
/** The parts of the same question after `id` ("Q5a" → Q5b, Q5c), or the questions after it under its heading. */
function laterParts(id: string, q: Questionnaire): string[] {
  const own = q.byId.get(id);
  const parent = own?.parent ?? impliedParent(id);
  if (!own || !parent) return [];
  return q.questions.filter((x) => x.order > own.order && (x.parent ?? impliedParent(x.id)) === parent).map((x) => x.id);
}

/**
 * "1. The total spent on security during:" / "The Trust is withholding this information under
 * Section 38 …" / "a) 2019/20 N/A" / "b) 2020/21 N/A": parts that say only "N/A" under their
 * question's refusal are withheld with it, not questions that do not arise (offered).
 */
function withheldAbove(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire): void {
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  for (const a of answers) {
    if (a.status !== 'not-applicable' || !/^\W*(?:n\/?a|not\s+applicable)\W*$/i.test(a.text.trim())) continue;
    const parentId = q.byId.get(a.id)?.parent ?? impliedParent(a.id);
    const parent = parentId ? byId.get(parentId) : undefined;
    if (!parent || parent.status !== 'refused' || !parent.exemption || parent.start > a.start) continue;
    Object.assign(a, { status: 'refused', exemption: parent.exemption, line: parent.line, start: parent.start, end: parent.end, text: parent.text, from: parent.id, reason: `withheld under ${parent.exemption} with ${parent.id}; the part says only "N/A"` });
    found.set(a.id, { how: 'reference', cls: null, doubt: true });
  }
}

/**
 * "1. The number of reviews completed in 2021 …" / "Answering Questions 1-7 would mean reading every
 * case file, well over the 18 hours … Section 12" / "2. The number …" … "7. …": a refusal
 * (or a not-held statement) under one question that names the others it speaks for. Those named
 * that have no answer of their own take it (offered, from that answer).
 */
function namedInRefusal(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, skip: Set<string>): Suggestion[] {
  const have = new Set(answers.map((a) => a.id));
  const out: Suggestion[] = [];
  for (const a of answers) {
    if (a.from || !((a.status === 'refused' && a.exemption) || a.status === 'not-held')) continue;
    const head = a.text.length > 400 ? a.text.slice(0, 400) : a.text;
    if (!/\bquestions\s?\d/i.test(head)) continue;
    for (const id of idsNamed(head, q)) {
      if (have.has(id) || skip.has(id) || q.byId.get(id)?.heading) continue;
      have.add(id);
      out.push({ id, status: a.status, ...(a.exemption ? { exemption: a.exemption } : {}), value: null, line: a.line, start: a.start, end: a.end, text: a.text, confidence: 0.5, from: a.id, reason: `named in ${a.id}'s answer`, why: `named in ${a.id}'s answer (line ${a.line}), which says ${a.exemption ?? a.status}` });
      found.set(id, { how: 'reference', cls: null, doubt: true });
    }
  }
  return out;
}

/** "This response covers Q6b, Q6c and Q7", "the same answer applies to questions 8 and 9". */
const COVERS_NAMED_RE = /\b(?:this|the\s+same|that)\s+(?:response|answer|reply)\s+(?:also\s+)?(?:covers|applies\s+(?:also\s+)?to|is\s+(?:also\s+)?(?:the\s+(?:answer|response)|our\s+(?:answer|response))\s+(?:to|for))\b/i;

/**
 * "Q6b. … Response: N/A. This response covers Q6b, Q6c and Q7, as there is no portal.": an answer
 * that says which questions it covers answers each of them that has no answer of its own (a value,
 * each of them asking for the same kind).
 */
function coveredByNamed(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire): Suggestion[] {
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  const added: Suggestion[] = [];
  for (const a of answers) {
    const m = COVERS_NAMED_RE.exec(a.text);
    if (!m) continue;
    for (const id of idsNamed(a.text.slice(m.index), q)) {
      // (A value only to a question of the same kind: "No. This response covers questions 12 to
      // 12c" gives no go-live year.)
      if (byId.has(id)) continue;
      if ((a.status === 'answered' || a.status === 'partial') && q.byId.get(id)?.type !== q.byId.get(a.id)?.type) continue;
      const covered: Suggestion = { ...a, id, from: a.id, reason: `covered by ${a.id}'s answer, which names it`, why: `named as covered in ${a.id}'s answer, line ${a.line}` };
      byId.set(id, covered);
      found.set(id, { how: 'parent', cls: found.get(a.id)?.cls ?? null });
      added.push(covered);
    }
  }
  return added.length > 0 ? [...answers, ...added].sort((x, y) => (q.byId.get(x.id)?.order ?? 0) - (q.byId.get(y.id)?.order ?? 0)) : answers;
}

function namedAsNotApplying(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, skip: Set<string>): Suggestion[] {
  const have = new Set(answers.map((a) => a.id));
  const out: Suggestion[] = [];
  for (const a of answers) {
    if (a.from || !DOES_NOT_APPLY_RE.test(a.text)) continue;
    // "…so the remaining parts of this question do not apply": the parts after this one.
    const later = OTHER_PARTS_RE.test(a.text) ? laterParts(a.id, q) : [];
    for (const id of [...idsNamed(a.text, q), ...later]) {
      if (have.has(id) || skip.has(id) || q.byId.get(id)?.heading) continue;
      have.add(id);
      out.push({ id, status: 'not-applicable', value: null, line: a.line, start: a.start, end: a.end, text: a.text, confidence: 0.5, from: a.id, reason: `named in ${a.id}'s answer as not applying`, why: `named as not applying in ${a.id}'s answer, line ${a.line}` });
      found.set(id, { how: 'routed', cls: null });
    }
  }
  return out;
}

/** "As a result, …", "Therefore …", "so …": a sentence that follows from the one before it. */
const FOLLOWS_RE = /^\W*(?:as\s+a\s+(?:result|consequence)|consequently|therefore|accordingly|so|it\s+follows|as\s+(?:there|none)|since\s+(?:there|none)|given\s+(?:this|that))\b/i;

/**
 * "What items, if any, have been stolen?" / "What the cost of these items amounts to?": answered
 * "… not aware of any items being stolen. As a result, no costs of any stolen items are held.", the
 * question about those things does not apply, its "not held" a consequence of the none before it.
 */
/**
 * "a) printers" / "b) paper scanners" / "We spent £471,332 on printers in 2022. Scanners are part of
 * the printers and therefore included in these costs.": one answer under two parts, its figure in a
 * sentence that names the other part's own words and none of this one's. The figure is the other
 * part's; this part has none of its own (answered without a value, offered).
 */
function figureOfSibling(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, words: ReadonlyMap<string, QuestionWords>): void {
  for (const a of answers) {
    const question = q.byId.get(a.id);
    if (a.status !== 'answered' || typeof a.value !== 'number' || !question?.parent) continue;
    const siblings = q.questions.filter((x) => x.parent === question.parent && x.id !== a.id);
    if (siblings.length === 0) continue;
    // Each part's own words: its topic's, less the heading's and every other part's.
    const common = new Set(words.get(question.parent)?.topic ?? []);
    const own = (id: string): Set<string> => {
      const mine = new Set(words.get(id)?.topic ?? []);
      for (const other of [question, ...siblings]) {
        if (other.id === id) continue;
        for (const t of words.get(other.id)?.topic ?? []) mine.delete(t);
      }
      for (const t of common) mine.delete(t);
      return mine;
    };
    const mine = own(a.id);
    if (mine.size === 0) continue;
    const digits = String(Math.abs(a.value)).replace(/\.0+$/, '');
    const sentence = a.text.split(/(?<=[.!?])\s+/).find((x) => x.replace(/[,\s]/g, '').includes(digits));
    if (!sentence) continue;
    const stems = new Set(wordTokens(sentence).map((t) => topicStem(t.word)));
    if ([...mine].some((t) => stems.has(t))) continue;
    // (Only where one text answers both: a part's own answer that happens to use a word of another part keeps its figure.)
    if (!siblings.some((x) => answers.some((b) => b.id === x.id && b.start === a.start && b.value === a.value) && [...own(x.id)].some((t) => stems.has(t)))) continue;
    a.value = null;
    delete a.unit;
    a.reason = "the figure is another part's; none of this part's own";
    const f = found.get(a.id);
    if (f) found.set(a.id, { ...f, misread: true });
  }
}

/**
 * "… would take well over the 18 hours … We are therefore unable to provide a breakdown for any part
 * of Q6.": a part's "unable to provide" that follows, in the same paragraph, from its heading's
 * refusal is that refusal.
 */
function becauseOfRefusal(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire, text: string): void {
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  for (const a of answers) {
    const parent = q.byId.get(a.id)?.parent ?? impliedParent(a.id);
    const p = parent ? byId.get(parent) : undefined;
    if (!p || a.status !== 'not-held' || p.status !== 'refused' || !p.exemption || a.start < p.start) continue;
    if (/\n[ \t]*\r?\n/.test(text.slice(p.start, a.start))) continue;
    if (!THEREFORE_UNABLE_RE.test(/^[^.!?]*/.exec(a.text)![0])) continue;
    a.status = 'refused';
    a.exemption = p.exemption;
    a.value = null;
    a.reason = `follows from ${p.id}'s refusal (${p.exemption})`;
    found.set(a.id, { ...(found.get(a.id) ?? { cls: null }), how: 'routed' });
  }
}

/** "We are therefore unable to provide …", "As a result we cannot give …": a consequence of what was said before. */
const THEREFORE_UNABLE_RE = /\b(?:therefore|thus|consequently|as\s+a\s+result|for\s+this\s+reason)\b[^.!?]{0,40}\b(?:unable\s+to|cannot|can\s?not|can't|not\s+able\s+to)\s+(?:provide|give|supply|answer|release)\b|\b(?:unable\s+to|cannot|can\s?not|not\s+able\s+to)\s+(?:provide|give|supply|answer)\b[^.!?]{0,80}\b(?:therefore|as\s+a\s+result)\b/i;

function afterNone(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire): void {
  const real = q.questions.filter((x) => !x.heading);
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  for (let k = 1; k < real.length; k++) {
    const a = byId.get(real[k]!.id);
    const before = byId.get(real[k - 1]!.id);
    if (!a || !before || !ABOUT_EACH_RE.test(real[k]!.text ?? '')) continue;
    if (before.status !== 'answered' || !(before.value === 0 || before.value === 'None')) continue;
    // ("1-3. There is not any publicly visible external clocks …" for "1. How many buildings …?" and
    // "2. For each such building: …": one answer of none to both; the second has nothing to be about.)
    const shared = a.status === 'answered' && a.start === before.start && a.end === before.end;
    if (!shared && (a.status !== 'not-held' || !FOLLOWS_RE.test(a.text.trim()))) continue;
    a.status = 'not-applicable';
    a.value = null;
    delete a.unit;
    a.reason = `follows from ${before.id}, which is none`;
    found.set(a.id, { ...(found.get(a.id) ?? { cls: null }), how: 'routed' });
  }
}

/** "No assessment has been undertaken", "There is no such plan", "We do not have one": a no. */
const SAYS_NO_AGAIN_RE = /^\W*(?:no\b|none\b|there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\b|(?:we|the\s+council|the\s+authority)\s+(?:do|does|did|has|have)\s*(?:not|n't)\s+(?:have|had|carried|undertaken|produced|got)\b)/i;

/**
 * "No portal, so there is no uptake to report" for "If it does, what is the uptake?": an answer
 * that gives nothing of its type, to a question the reply's own answer routes out (Q6a = No for a
 * question asked when Q6a is yes), does not apply.
 */
function routedOut(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire): void {
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  for (const a of answers) {
    const question = q.byId.get(a.id);
    // (A reference to the question it depends on counts too: "5. No." / "6. As above." for "If so, …".)
    if (!question?.when || (a.from && !(a.from in question.when))) continue;
    // (Nor a choice of none of its options: "…, so question 12 and its parts do not apply" for
    // "What were the main obstacles? (choose from the list)".)
    // (Or, for words asked for, the no said again: "No assessment has been undertaken, so there is
    // nothing to send" for "If so, please send a copy of the assessment".)
    const empty = a.status === 'unclear' || (a.status === 'answered' && (TYPED.has(question.type) || question.type === 'choice' || question.type === 'multi-choice') && (a.value === null || a.value === undefined)) || (a.status === 'answered' && question.type === 'text' && SAYS_NO_AGAIN_RE.test(a.text) && !/\d/.test(a.text));
    const wanted = (want: unknown): string[] => (Array.isArray(want) ? want : [want]).map((w) => String(w).toLowerCase());
    const against = Object.entries(question.when).find(([id, want]) => {
      const t = byId.get(id);
      if (!t || t.status !== 'answered' || t.value === null || t.value === undefined) return false;
      return !wanted(want).includes(String(t.value).toLowerCase());
    });
    if (!against) continue;
    // (Nor a sentence of a prose letter tied to it by its words alone, where the letter answers a
    // question of the branch its answer takes: "The Council does not use a CRM system. A
    // CRM was considered in 2015 …" answers "Has a CRM ever been considered?", and gives no go-live
    // year for "If so, when did it go live?".)
    const gate = String(byId.get(against[0])!.value).toLowerCase();
    const otherBranch = found.get(a.id)?.how === 'prose' && a.status === 'answered' && answers.some((b) => {
      const when = q.byId.get(b.id)?.when;
      return b !== a && found.get(b.id)?.how === 'prose' && !!when && against[0] in when && wanted(when[against[0]]).includes(gate);
    });
    // ("Q6 (all parts)  No – outcomes are not recorded once a trolley leaves the depot": one answer
    // for the question and its parts; its "No" routes the parts out, whatever else it says of them
    // short of an answer: "… stopped in 2013. The reasons were …" answers the part that asks why.)
    const g = byId.get(against[0])!;
    const oneAnswer = a.status !== 'answered' && a.status !== 'not-applicable' && a.start === g.start && a.end === g.end;
    if (!empty && !otherBranch && !oneAnswer) continue;
    a.status = 'not-applicable';
    a.value = null;
    delete a.unit;
    a.reason = `routed out: ${against[0]} is ${String(byId.get(against[0])!.value)}`;
    found.set(a.id, { ...(found.get(a.id) ?? { cls: null }), how: 'routed' });
  }
}

/** For the calibration script: when set, each suggestion's calibration key is recorded here. */
export const calibrationProbe: { keys: Map<Suggestion, string> | null; features?: Map<Suggestion, ConfidenceFeatures> | null } = { keys: null };

/**
 * "Talking Book Loans" read as the answer to "Digital Skills Sessions" in a request of names
 * quoted one under another: the answer's first line is another question's whole text. (Not a heading's:
 * "If the council has no such system" over "Not applicable." for its parts is their label.)
 */
function opensWithAnotherQuestion(a: Suggestion, q: Questionnaire): boolean {
  const flat = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const first = flat(/^[^\n]*/.exec(a.text.trim())![0]);
  return first.length > 0 && q.questions.some((x) => x.id !== a.id && !x.heading && !!x.text && flat(x.text) === first);
}

/** The text read as the answer asks something: the question's own words may have been taken for it. */
function readsAsQuestion(text: string): boolean {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  // ("2. As well as …, could you tell me how many agency staff …": the request's own words, asking.)
  return /\?/.test(head) || /^\W*(?:how\s+(?:many|much|long)|what|which|when|where|who|does|do|did|is|are|was|were|has|have|please\s+(?:provide|state|confirm|tell|list|give|supply|describe|indicate))\b/i.test(head) || REQUESTER_RE.test(head) || /\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|provide|confirm|give|send|supply|let)\s+me\b/i.test(head);
}

/**
 * Words of another status in a text answer read as "answered" ("This is attached.", "currently in
 * development", "out of scope"): on replies unlike the development sets, such answers were where
 * a confident wrong status came from, so they are offered, not written unreviewed.
 */
const STATUS_WORDS_RE = /\b(?:attach\w*|enclos\w*|publish\w*|website|web\s?page|link|not\s+(?:held|hold|recorded|kept|known|available)|do(?:es)?\s+not\s+(?:hold|record|keep|have)|exempt\w*|section\s+\d|withh[eo]ld\w*|refus\w*|develop\w*|determin\w*|scope|appl(?:y|icable)|unable|cannot)\b/i;

function otherStatusWords(a: Suggestion, question: Question | undefined): boolean {
  return a.status === 'answered' && !!question && !TYPED.has(question.type) && question.type !== 'multi-choice' && STATUS_WORDS_RE.test(a.text);
}

/** The requester's own words ("please provide what you can and let me know …"): a quoted request, not an answer. */
const REQUESTER_RE = /\bplease\s+(?:provide|send|supply)\s+(?:what|whatever|the|any)\b|\blet\s+me\s+know\b|\bI\s+would\s+be\s+grateful\b|\bthank\s+you\s+(?:in\s+advance|for\s+your\s+(?:kind\s+)?(?:help|assistance|co-?operation))\b|^\W*I\s+would\s+(?:also\s+)?like\b|\bif\s+you\s+are\s+unable\s+to\s+provide\b/i;

/** The value is a number that the question itself contains ("24" of "2023/24", "1" of "1 April"). */
/**
 * A count read as a year ("2013 |" for "How many officers retired?"): a date or a table's heading
 * taken for the figure, most likely (not "2,013", written as a count).
 */
function yearForCount(value: Suggestion['value'], question: Question, text: string): boolean {
  return question.type === 'number' && !question.unit && typeof value === 'number' && Number.isInteger(value) && value >= 1950 && value <= 2099 && !text.includes(`${String(value)[0]},${String(value).slice(1)}`);
}

function valueInQuestion(value: Suggestion['value'], question: Question): boolean {
  if (typeof value !== 'number' || !question.text) return false;
  const figures = question.text.match(/\d+(?:\.\d+)?/g) ?? [];
  return figures.some((f) => Number(f) === value);
}

/**
 * "There are currently less than 5 staff", "<5": a count suppressed to its band; the value read is the
 * band's bound, not the count. (Not a limit the answer states: "under 4 years old", "not more than 75
 * minutes" are the values asked.)
 */
function bandBound(value: number, text: string): boolean {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  return new RegExp(`(?:\\b(?:fewer|less)\\s+than|<)\\s?${value}(?![\\d.,])`, 'i').test(head);
}

/** Several figures in an answer's prose: the value is one picked among them. */
function pickedAmong(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  const figures = (head.match(/(?<![\w.,/])£?\d[\d,]*(?:\.\d+)?(?![\d/-])/g) ?? []).filter((f) => !/^(?:19|20)\d\d$/.test(f));
  return figures.length >= 2;
}

/** The value is the number of a question id in the text ("As 4a." → 4, "see 6b" → 6): a reference may have been read as a figure. */
function digitOfId(value: number, text: string): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 199) return false;
  const head = text.length > 300 ? text.slice(0, 300) : text;
  return new RegExp(`(?<![\\d.,£])(?:${value}[a-z](?![a-z])|${value}\\s?\\([a-z]\\)|\\bq(?:uestion)?\\s?${value}(?![\\d.,]))`, 'i').test(head);
}

/** "… as a gesture of goodwill I have supplied information … (see attached file …)": data given outside the Act, in an attachment. */
const GOODWILL_ATTACHED_RE = /\bgesture\s+of\s+goodwill\b[^.]{0,300}\b(?:attached|enclosed|attachment)\b/i;

/**
 * A refusal of the whole request on cost, then "as a gesture of goodwill I have supplied
 * information retrieved before the limit was reached (see attached file)" and reasons for some
 * questions ("Questions 4 and 5 – the database has no such field …"): the questions the reasons do
 * not name are answered in the attachment (signposted, offered); those they name stay refused.
 */
function goodwillAttachment(ctx: SegmentContext, q: Questionnaire, answers: Suggestion[], found: Map<string, Found>, statements: Statement[]): void {
  // (The refusal of the request, or of the questions the letter gives nothing for.)
  const whole = statements.find((st) => (st.ids === 'all' || st.doubt) && st.cls.status === 'refused' && (st.cls.exemption === 's12' || st.cls.exemption === 's14'));
  if (!whole) return;
  const para = paragraphs(ctx).find((p) => p.start >= whole.start && GOODWILL_ATTACHED_RE.test(p.text.replace(/\s+/g, ' ')));
  if (!para) return;
  // ("Questions 4 and 5 – …", "In order to answer question 5, we would need …": the reasons below name those still refused.)
  const named = new Set([...ctx.markers.slice(quotedRun(ctx)).filter((m) => m.start > para.end).flatMap((m) => m.ids), ...idsNamed(ctx.text.slice(para.end, para.end + 4000), q)]);
  for (const a of answers) {
    if (found.get(a.id)?.how !== 'whole' || named.has(a.id) || a.status !== 'refused') continue;
    Object.assign(a, { status: 'signposted', line: para.line + 1, start: para.start, end: para.end, text: para.text, reason: 'data given as a gesture of goodwill, in the attachment', why: `the attachment given as a gesture of goodwill, line ${para.line + 1}` });
    delete a.exemption;
    found.set(a.id, { how: 'whole', cls: { status: 'signposted', confidence: 0.5, reason: 'goodwill attachment' }, doubt: true });
  }
}

/** What a question asks: its own words, and a part's parent's ("3. how many FPNs … and how much money …: c. 2023"). */
function askedOf(question: Question, q: Questionnaire): string {
  const parent = question.parent ? q.byId.get(question.parent) : undefined;
  return `${question.text ?? ''} ${parent?.text ?? ''}`;
}

/**
 * "See 9 above." where 9 says "4, of which 3 have been dismissed and 1 was withdrawn": the figure
 * taken from the answer referred to is one picked among several there (its own, one of this
 * question's type read from it, or the one its clause with this question's words gives).
 */
function refersToSeveral(a: Suggestion, answers: readonly Suggestion[]): boolean {
  if (typeof a.value !== 'number' || !a.from || a.from === a.id) return false;
  const target = answers.find((x) => x.id === a.from);
  return !!target && target.start !== a.start && (OWN_FIGURE.has(a) || ((target.value === a.value || READ_FROM_OTHER.has(a)) && (pickedAmong(target.text) || typeof target.value !== 'number')));
}

function finish(answers: Suggestion[], found: Map<string, Found>, q: Questionnaire): Suggestion[] {
  // (An answer that refers to another takes its doubts: the answers referred to are judged first.)
  const misreadOf = new Map<string, boolean>();
  for (const a of [...answers.filter((x) => !x.from), ...answers.filter((x) => x.from)]) {
    const f = found.get(a.id) ?? { how: 'label' as const, cls: null };
    const question = q.byId.get(a.id);
    const how: HowFound = a.from && f.how === 'label' ? 'reference' : f.how;
    const valued = a.value !== null && a.value !== undefined;
    a.why ??= `${how === 'label' ? `own label` : how}, line ${a.line}${a.reason ? `: ${a.reason}` : ''}`;
    const features = {
      how,
      status: a.status,
      raw: f.cls?.confidence ?? a.confidence,
      // A multi-choice answer without a code it names is as doubtful as a typed one without a value.
      typed: question ? TYPED.has(question.type) || question.type === 'multi-choice' : false,
      hasValue: valued,
      doubt: !!f.doubt || (typeof a.value === 'number' && pickedAmong(a.text)),
      // Signs of a misread: the question taken for its answer, a number of the question's own text
      // or of a question id ("As 4a." → 4), several choices named with none leading; an answer
      // read for a heading, which has none of its own (its words are most often about its parts).
      asks: (question?.heading === true && (a.status === 'answered' || a.status === 'partial')) || readsAsQuestion(a.text) || (how === 'reference' && refersToSeveral(a, answers)) || (typeof a.value === 'number' && question?.type === 'number' && !question.unit && bandBound(a.value, a.text)) || (question !== undefined && (valueInQuestion(a.value, question) || yearForCount(a.value, question, a.text))) || (typeof a.value === 'number' && digitOfId(a.value, a.text)) || !!f.misread || otherStatusWords(a, question) || opensWithAnotherQuestion(a, q) || (valued && question !== undefined && twoQuantitiesGiven(a.text, askedOf(question, q))) || (valued && a.from !== undefined && misreadOf.get(a.from) === true),
    };
    misreadOf.set(a.id, features.asks);
    a.confidence = calibrate(features);
    calibrationProbe.keys?.set(a, featureKey(features));
    calibrationProbe.features?.set(a, features);
  }
  return answers;
}
