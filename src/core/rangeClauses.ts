// One paragraph that answers several questions, under a label for them all: "Questions 1 to 3:
// The Authority's official name is Colnbrook Vale District Council. The district has a population
// of 71,300 and covers an area of 23,640 hectares." Each question takes the clause that answers
// it: the paragraph is cut into clauses (sentences, "; ", ", of which", "and" before a second
// figure), each clause scores for each question by the question's distinctive words it carries,
// the ids it names, and whether it holds what the question's type needs, and one alignment keeps
// the questions' order (several questions may share one clause: "we cannot answer 4a or 4b").
// A question no clause fits keeps the whole paragraph, as before.
import { expandRange, normalizeId } from './ids';
import { wordTokens } from './markers';
import { idString } from './markerLabel';
import type { Question, Questionnaire } from './types';
import { stopWords } from './stopWords';

export interface Clause {
  start: number;
  end: number;
}

const STOP = stopWords("please state provide authority council authority's");
const stems = (s: string): Set<string> => new Set(wordTokens(s).map((t) => t.word).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5)));

/** The clauses of `text` between `start` and `end`, as offsets, trimmed. */
export function clausesOf(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  const body = text.slice(start, end);
  // Sentence ends, "; ", ", of which" / ", of whom" / ", so" / ", but", and "and" or ", which" when a figure follows it and one went before.
  // Not "and" between two question ids ("the information requested in 4a and 4b", "(Q12a and Q12b)").
  const cut = /(?<=[.!?])\s+(?=[A-Z£\d])|;\s+|,\s+(?=(?:of\s+(?:which|whom|these|those|them)|so|but|while|whereas)\b)|,\s+(?=which\b[^.;]*\d)(?<=\d[^.;]*)|(?<!\b[qQ]?\d{1,3}[a-z]\)?|questions?\s\d{1,3})(?:,?\s+and\s+)(?!(?:[qQ](?:uestions?)?\s?)?\(?\d{1,3}[a-z]\)?(?![\w£%]))(?=[^.;]*\d)(?<=\d[^.;]*)/g;
  let at = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(body[a]!)) a++;
    while (b > a && /\s/.test(body[b - 1]!)) b--;
    if (b > a) out.push({ start: start + a, end: start + b });
  };
  for (const m of body.matchAll(cut)) {
    push(at, m.index!);
    at = m.index! + m[0].length;
  }
  push(at, body.length);
  return out;
}

/** Whether a clause holds what a question of this type needs. */
function fits(type: Question['type'], clause: string): boolean {
  switch (type) {
    case 'money':
      return /£\s?\d|\d\s?(?:pounds|k\b|m\b|million|bn)/i.test(clause);
    case 'percent':
      return /\d\s?(?:%|per\s?cent)/i.test(clause);
    case 'number':
    case 'duration':
      return /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|none|nil)\b/i.test(clause);
    case 'year':
      return /\b(?:19|20)\d\d\b/.test(clause);
    case 'yes-no':
      // "Yes", "No", or stated: "The Council does not use a CRM system", "has never been considered".
      return /^\W*(?:yes|no)\b/i.test(clause) || /\b(?:do(?:es)?|did|has|have)\s+(?:not|never)\s+(?:currently\s+)?(?:use|have|had|operate|run|offer|been)\b|\b(?:we|council|authority)\s+(?:(?:does|do)\s+)?(?:currently\s+)?(?:uses?|has|have|operates?)\b/i.test(clause);
    default:
      return true;
  }
}

/** Says the question cannot be answered: fits any type. */
const NO_ANSWER = /\b(?:not\s+(?:held|recorded|known|applicable|available)|do(?:es)?\s+not\s+(?:hold|record|keep|know|apply|measure|monitor|collect)|cannot\s+(?:answer|say|provide|give|supply)|unable\s+to|unknown|n\/a)\b|^the\s+same\s+(?:applies|is\s+true|goes)\b/i;
/** "so we do not hold the information requested in 2b": a consequence that says what it is by itself. */
const SAYS_ITSELF = /\bnot\s+held\b|\bdo(?:es)?\s+not\s+hold\b|\bexempt|\brefus|\bwithh(?:e|o)ld/i;
/** "so we cannot give you a figure for question 6b", "the same applies to question 6c": a clause that leans on the one before it. */
const LEANS_BACK = /^(?:so|therefore|thus|hence|and\s+so)\b|^the\s+same\s+(?:applies|is\s+true|goes)\b/i;

/**
 * For each question of a range label, the clause of the answer that answers it, or null where no
 * clause fits (that question keeps the whole answer; a heading then has none). Null when the
 * answer is one clause.
 */
export function alignClauses(text: string, start: number, end: number, ids: readonly string[], q: Questionnaire): (Clause | null)[] | null {
  // Only an answer of several sentences (or "; " parts) is cut: "37, 41 and 12" stays whole.
  if (!/[.!?]\s+[A-Z£\d]|;\s|,\s+(?:so|but|of\s+(?:which|whom))\b|\d[^.;]*,\s+which\b[^.;]*\d/.test(text.slice(start, end))) return null;
  const clauses = clausesOf(text, start, end);
  const questions = ids.map((id) => q.byId.get(id)).filter((x): x is Question => !!x && !x.heading);
  if (clauses.length < 2 || questions.length < 2) return null;
  const words = questions.map((x) => stems(x.text ?? ''));
  // Words shared by every question of the label tell them apart from nothing.
  const df = new Map<string, number>();
  for (const w of words) for (const s of w) df.set(s, (df.get(s) ?? 0) + 1);
  const texts = clauses.map((c) => text.slice(c.start, c.end));
  const cw = texts.map(stems);
  // A clause that names every question of the label ("… (questions 12a to 12c)") tells none apart.
  const named = texts.map((t) => idsNamed(t, q)).map((x) => (questions.every((question) => x.includes(question.id)) ? [] : x));
  const inRange = new Set(ids);
  // A clause names the question, or its heading ("question 12 does not apply" for 12a–c).
  const names = (k: number, question: Question): boolean => named[k]!.includes(question.id) || (!!question.parent && named[k]!.includes(question.parent));
  const score = (j: number, k: number): number => {
    const question = questions[j]!;
    let s = 0;
    for (const w of words[j]!) if (cw[k]!.has(w)) s += 1 / df.get(w)!;
    if (names(k, question)) s += 2;
    // "A CRM was considered in 2016 (13a)" answers 13a, not 12a: a clause naming another question of the label.
    else if (named[k]!.some((id) => inRange.has(id))) s -= 2;
    const none = NO_ANSWER.test(texts[k]!);
    if (fits(question.type, texts[k]!) && !none) s += 0.75;
    else if (none) s += 0.5;
    else if (question.type !== 'text' && question.type !== 'choice' && question.type !== 'multi-choice') s -= 2;
    return s;
  };
  // best[j][k]: questions 0..j aligned, question j on clause k (clauses in order, shared allowed).
  const n = questions.length;
  const m = clauses.length;
  const best: number[][] = [];
  const from: number[][] = [];
  for (let j = 0; j < n; j++) {
    best.push(new Array<number>(m).fill(-Infinity));
    from.push(new Array<number>(m).fill(-1));
    for (let k = 0; k < m; k++) {
      const here = score(j, k);
      if (j === 0) {
        best[0]![k] = here;
        continue;
      }
      for (let k0 = 0; k0 <= k; k0++) {
        // Two questions on one clause only when it names them both ("we cannot answer 4a or 4b").
        // One figure answers one question: sharing a clause that holds a value costs more.
        const shared = k0 === k && !(names(k, questions[j]!) && names(k, questions[j - 1]!));
        const cost = !shared ? 0 : NO_ANSWER.test(texts[k]!) ? 0.3 : 1;
        const v = best[j - 1]![k0]! + here - cost;
        if (v > best[j]![k]!) {
          best[j]![k] = v;
          from[j]![k] = k0;
        }
      }
    }
  }
  let k = best[n - 1]!.indexOf(Math.max(...best[n - 1]!));
  const pick = new Array<number>(n);
  for (let j = n - 1; j >= 0; j--) {
    pick[j] = k;
    k = from[j]![k]!;
  }
  const byId = new Map<string, Clause | null>();
  // A clause taken by its words or the ids it names; or by its type alone when no other question took it.
  questions.forEach((question, j) => {
    const k = pick[j]!;
    const s = score(j, k);
    const alone = pick.filter((x) => x === k).length === 1;
    if (!(s > 0.75 || (s >= 0.5 && alone))) return void byId.set(question.id, null);
    // "Payroll costs were £11.2m; agency and contractor costs are not held": a clause saying part
    // is not held takes the figure no other question took just before it.
    const before = k - 1;
    if (k + 1 < clauses.length && NO_ANSWER.test(texts[k]!) && /\bthe\s+same\s+as\b/i.test(texts[k + 1]!) && idsNamed(texts[k + 1]!, q).includes(question.id)) {
      // ("we do not hold a separate figure for residents, so the answer to Q6c is the same as for
      // Q6b": the reason and the clause naming the question whose answer this is.)
      byId.set(question.id, { start: clauses[k]!.start, end: clauses[k + 1]!.end });
    } else if (before >= 0 && NO_ANSWER.test(texts[k]!) && !fits(question.type, texts[k]!) && fits(question.type, texts[before]!) && !pick.includes(before) && (question.type === 'money' || question.type === 'number' || question.type === 'percent')) {
      byId.set(question.id, { start: clauses[before]!.start, end: clauses[k]!.end });
    } else if (k + 1 < clauses.length && !pick.includes(k + 1) && NO_ANSWER.test(texts[k + 1]!) && !fits(question.type, texts[k + 1]!) && [...words[j]!].some((w) => cw[k + 1]!.has(w))) {
      // "Rents brought in £12,400; cash rents are not held": the figure and what of it is not held.
      byId.set(question.id, { start: clauses[k]!.start, end: clauses[k + 1]!.end });
    } else if (k > 0 && LEANS_BACK.test(texts[k]!) && NO_ANSWER.test(texts[k]!) && !SAYS_ITSELF.test(texts[k]!) && names(k, question) && !pick.includes(k - 1)) {
      // "We do not record the number of active accounts, so we cannot give you a figure for
      // question 6b": the consequence and its reason.
      byId.set(question.id, { start: clauses[k - 1]!.start, end: clauses[k]!.end });
    } else if (k > 1 && /^the\s+same\s+/i.test(texts[k]!) && names(k, question) && LEANS_BACK.test(texts[k - 1]!) && !pick.includes(k - 2)) {
      // ("…; the same applies to question 6c": what the clause before says, with its reason.)
      byId.set(question.id, { start: clauses[k - 2]!.start, end: clauses[k]!.end });
    } else byId.set(question.id, clauses[k]!);
  });
  // A heading has no answer of its own: only a clause that names it ("so question 12 does not apply").
  for (const id of ids) {
    if (!q.byId.get(id)?.heading) continue;
    const k = named.findIndex((n) => n.includes(id));
    if (k >= 0) byId.set(id, clauses[k]!);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

/** A thing named by a number after it: "Band 1", "Table 2", "Floor 3", "Zone 4". */
const NAMED_BY_NUMBER_RE = /\b(?:band|group|tier|level|grade|phase|stage|floor|page|table|appendix|annex|option|priority|category|ward|zone|area|site|unit|block|room|route|bus|line|platform|junction|schedule|chapter|paragraph|para|clause|regulation|section|article|rule|step|version|box|column|row)\s*$/i;

/**
 * The ids an answer names: "for either 4a or 4b", "Not applicable to Q13 (a) to (d)" (a number
 * then its lettered parts, or a range of them). Only ids the questionnaire has.
 */
export function idsNamed(text: string, q: Questionnaire): string[] {
  const out: string[] = [];
  const head = text.length > 400 ? text.slice(0, 400) : text;
  // "questions 2 to 6 of your request do not apply": a run of whole questions, with their parts
  // (not "4a to 5b", no run).
  for (const m of head.matchAll(/\b(?:questions|qs)\s?(\d{1,3})\s?(?:to|-|–)\s?(?:q\s?)?(\d{1,3})(?![\w%])/gi)) {
    const from = normalizeId(m[1]!);
    const to = normalizeId(m[2]!);
    if (from && to) for (const id of expandRange(from, to, q.questions.map((x) => x.id))) if (q.byId.has(id) && !out.includes(id)) out.push(id);
  }
  // "13a to 13d" repeats the number before the last letter. ("3½ working days" names nothing.)
  // ("section 40(2) of the Act": a subsection in brackets names no question.)
  const re = /(?<![\w£.,]|\d\(|\b(?:sections?|s\.?|regulations?|reg\.?)\s?\d{1,3}\s\()(?:q(?:uestions?)?\s?)?(\d{1,3})(?:\s?\(([a-z])\)|([a-z]))?(?:\s?(?:to|-|–)\s?(?:q?(\d{1,3}))?\(?([a-z])\)?(?![a-z]))?(?![\d%,.]\d|\w|[½¼¾⅓⅔⅛])/gi;
  for (const m of head.matchAll(re)) {
    const num = Number(m[1]);
    const from = (m[2] ?? m[3])?.toLowerCase();
    // "4a to 5b" is no run of one question's parts.
    if (m[4] !== undefined && Number(m[4]) !== num) continue;
    const to = m[5]?.toLowerCase();
    // "in total - 2 sites managed by …": a bare number that counts the word after it names nothing
    // (a verb or a joining word after it, "2 and 3 do not apply", names).
    // ("of whom 153 were in Band 1 (Urgent)": a number that names a band, a floor or a table is no question.)
    if (!/^q/i.test(m[0]) && NAMED_BY_NUMBER_RE.test(head.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (!/^q/i.test(m[0]) && !from && !to && /^\s+(?!(?:and|or|to|nor|above|below|of|in|is|are|was|were|has|have|had|do|does|did|not|will|would|can|cannot|could|should|must|may|also|again|appl(?:y|ies)|refers?|see|together|jointly)\b)\p{L}/u.test(head.slice(m.index + m[0].length))) continue;
    const push = (id: string) => {
      if (q.byId.has(id) && !out.includes(id)) out.push(id);
    };
    if (to) {
      // "Q13 (a) to (d)": the number's own heading too when it names no letter first.
      if (!from) push(idString(num, 0));
      const a = (from ?? 'a').charCodeAt(0);
      for (let c = a; c <= to.charCodeAt(0); c++) push(idString(num, c));
    } else push(idString(num, from ? from.charCodeAt(0) : 0));
  }
  return out;
}

