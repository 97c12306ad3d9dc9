// Questions a reply quotes by their words, without a number. Councils often copy each question of
// the request (numbered or not) and write the answer under it, and a request that does not number
// its questions is answered that way more often than not. For a questionnaire id that has no label
// in the reply, a line that begins with that question's words and carries most of them (over up to
// four wrapped lines) is taken as its marker: an empty label at the start of the question's text,
// so that the segmenter skips the quoted question as it does after any label and the answer is
// what follows it.
import { wordTokens } from './markers';
import type { ReplyLine, QuestionWords } from './segment';
import type { Marker, Questionnaire } from './types';

/** A question must have this many words to be recognised by its wording alone. */
const MIN_WORDS = 4;
/** "(for example, moving from an in-house team …)", "(e.g. …)", "(such as …)": a question's examples in brackets. */
const EXAMPLES_IN_BRACKETS_RE = /\((?:for\s+example|for\s+instance|e\.\s?g\.?|eg|i\.\s?e\.?|such\s+as|including)[^()]*\)/i;
/** Share of the question's words, in order, that the quoted text must carry. */
const MIN_COVER = 0.8;
/** Lines a quoted question may wrap over. */
const MAX_LINES = 4;
/** Words before the question's first word that may open the line ("Request:", "You asked"). */
const MAX_LEAD = 3;

/**
 * Markers for the questions that the reply quotes by their words, for ids that have no marker yet.
 * Every quotation found is returned (the request quoted at the top and again above each answer);
 * the segmenter chooses the occurrence that carries an answer. Lines that already carry a marker
 * are never used.
 */
export function questionTextMarkers(
  text: string,
  lines: readonly ReplyLine[],
  markers: readonly Marker[],
  questionnaire: Questionnaire | null,
  words: ReadonlyMap<string, QuestionWords>,
): Marker[] {
  if (!questionnaire) return [];
  const markerLines = new Set(markers.map((m) => m.line));
  // An id is labelled when one of its labels carries more than the question's own words: the
  // request quoted as a numbered list, then each question repeated without its number above its
  // answer, labels each id only in the quotation.
  const labelled = new Set(markers.filter((m) => !quotesItsQuestion(text, lines, m, markerLines, words)).flatMap((m) => m.ids));
  // Questions still without a marker, by their first word (and second, for replies that drop it).
  const byOpening = new Map<string, { id: string; tokens: string[] }[]>();
  for (const q of questionnaire.questions) {
    if (labelled.has(q.id)) continue;
    const tokens = words.get(q.id)?.tokens ?? [];
    if (tokens.length < MIN_WORDS) continue;
    // ("Under the freedom of information act could you let me know the total amount …" quoted from
    // "the total amount …": the request's polite lead-in left off, its question quoted.)
    const asked = words.get(q.id)?.asked ?? [];
    // ("In which year did the council last change the way the service is delivered?" quoted from a
    // question that goes on "(for example, moving from an in-house team to a contractor, …)?": its
    // examples in brackets left off.)
    const bracketless = EXAMPLES_IN_BRACKETS_RE.test(q.text ?? '') ? wordTokens((q.text ?? '').replace(new RegExp(String.raw`\s*${EXAMPLES_IN_BRACKETS_RE.source}`, 'gi'), ' ')).map((t) => t.word) : [];
    for (const list of [tokens, ...(asked.length > 0 ? [asked] : []), ...(bracketless.length >= MIN_WORDS ? [bracketless] : [])]) {
      for (const w of new Set(list.slice(0, 2))) {
        const entries = byOpening.get(w) ?? [];
        entries.push({ id: q.id, tokens: list });
        byOpening.set(w, entries);
      }
    }
  }
  if (byOpening.size === 0) return [];
  const column = secondColumn(text, lines);
  const out: Marker[] = [];
  const orderOf = new Map(questionnaire.questions.map((x, i) => [x.id, i]));
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank || markerLines.has(li)) continue;
    // ("2. Of these, 618 had been empty for two years or more, and 74 of those 618 had" / "been empty
    // for ten years or more.": a line that goes on with the sentence above quotes no question.)
    const above = li > 0 ? lines[li - 1]! : null;
    if (above && !above.blank && above.depth === L.depth && /^\p{Ll}/u.test(text.slice(L.contentStart, L.contentEnd)) && !/[.?!:;)]["'”’]?$/.test(text.slice(above.contentStart, above.contentEnd))) continue;
    // ("… the following types of incident:- Miscommunication about …": the first item run onto the
    // line that introduces the list is read from after the ":-".)
    const dash = text.slice(L.contentStart, L.contentEnd).search(/:-\s*\S/);
    const from = dash > 10 ? L.contentStart + dash + 2 : L.contentStart;
    const head = wordTokens(text.slice(from, Math.min(L.contentEnd, from + 80)), from).slice(0, MAX_LEAD + 2);
    const candidates = new Map<string, string[][]>();
    for (const t of head) {
      for (const c of byOpening.get(t.word) ?? []) {
        const lists = candidates.get(c.id) ?? [];
        if (!lists.includes(c.tokens)) lists.push(c.tokens);
        candidates.set(c.id, lists);
      }
    }
    if (candidates.size === 0) continue;
    // The quoted text: this line and the lines it wraps on to, at the same quote depth.
    const span: { word: string; start: number; end: number }[] = [];
    for (let k = li; k < lines.length && k < li + MAX_LINES; k++) {
      const K = lines[k]!;
      if (K.blank || K.depth !== L.depth || (k > li && markerLines.has(k))) break;
      const at = k === li ? from : K.contentStart;
      // ("| What is the council's current fee for an       | £455 (fee for 2024/25, set by the |" /
      // "| application for a new site licence?            | Committee in February 2024)       |": a
      // grid table's question cell wraps beside its answer cell; the question is the first cell's.)
      // (So does a fixed-width table's, its second column at the same place on most rows: "If so,
      // please list the streets currently      The list of prohibited streets and consent"; "How
      // many complaints about street trading did  Complaints are recorded …".)
      const end = firstCellEnd(text, K, at, column);
      span.push(...wordTokens(text.slice(at, end), at));
    }
    // Of the questions the text carries well enough, the one it carries most words of: a quoted
    // question whose words begin like a shorter question's is the longer question.
    // (Two questions asked in the same words, "How many points have been given to each of them?"
    // under two different periods: the one after the question quoted just above.)
    const previous = out.length > 0 ? (orderOf.get(out[out.length - 1]!.ids[0]!) ?? -1) : -1;
    const rank = (id: string): number => {
      const o = orderOf.get(id) ?? 0;
      return o > previous ? o : o + orderOf.size;
    };
    let best: { id: string; cover: number; matched: number; start: number; end: number } | null = null;
    for (const [id, lists] of candidates) {
      // (The question's words, or those after its lead-in, whichever the quotation carries more of.)
      // (Without its lead-in, only a quotation that ends its line: "The largest cost for a single
      // hire in 2023 was £2,180." restates the question's words to answer it.)
      const own = words.get(id)?.tokens;
      let tokens: string[] = [];
      let m: ReturnType<typeof cover> = null;
      for (const list of lists) {
        const o = cover(span, list);
        if (!o || (m && o.cover <= m.cover)) continue;
        if (list !== own && !/^[ \t]*[?.:;]?["'”’]?[ \t]*(?:\r?\n|$)/.test(text.slice(o.end, o.end + 40))) continue;
        m = o;
        tokens = list;
      }
      if (!m || (m.cover < MIN_COVER && !firstSentenceQuoted(text, m, questionnaire.byId.get(id)?.text ?? '') && !firstClauseQuoted(text, m, questionnaire.byId.get(id)?.text ?? ''))) continue;
      // ("The number of sites closed in 2019 – 0": the whole question, then its answer after a dash.)
      if (runsOn(text, m.end) && !(m.matched === tokens.length && answerAfterDash(text, m.end))) continue;
      if (!best || m.matched > best.matched || (m.matched === best.matched && (m.cover > best.cover || (m.cover === best.cover && rank(id) < rank(best.id))))) best = { id, ...m };
    }
    // ("Not applicable" / "- If not, does the board plan …?": the quoted words begin on the line below; that
    // line is the quote, read when the loop reaches it, and this one is an answer.)
    if (!best || best.start > L.contentEnd) continue;
    out.push({ ids: [best.id, ...laterParts(best.id, span, questionnaire, labelled, words)], start: best.start, end: best.start, line: li, label: '', quoteDepth: L.depth, unknownIds: [] });
  }
  // ("… Total 1238 1961.5 … 14770.77 - The total number of sick days taken by all staff …": a
  // table flattened onto one line, the next bulleted question run on after it: the whole question,
  // word for word, after " - " inside the line.)
  const taken = new Set(out.map((m) => m.line));
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank || markerLines.has(li) || taken.has(li)) continue;
    const content = text.slice(L.contentStart, L.contentEnd);
    for (const dash of content.matchAll(/\S\s[-–]\s+(?=\p{Lu})/gu)) {
      const from = L.contentStart + dash.index! + dash[0].length;
      if (from - L.contentStart < 20) continue;
      const span = wordTokens(text.slice(from, L.contentEnd), from);
      let best: { id: string; start: number } | null = null;
      for (const [id, entries] of byOpening) {
        if (span[0]?.word !== id) continue;
        for (const c of entries) {
          const m = cover(span, c.tokens);
          if (m && m.start === span[0]!.start && m.matched === c.tokens.length && !best) best = { id: c.id, start: m.start };
        }
      }
      if (!best) continue;
      out.push({ ids: [best.id], start: best.start, end: best.start, line: li, label: '', quoteDepth: L.depth, unknownIds: [] });
      break;
    }
  }
  // ("1) How often have restraints been used … in each of the past four years 2) How often were
  // police called …?": the next question quoted with its number on the same line as the one before.)
  const labelledLines = new Map(markers.filter((m) => m.label !== '' && m.ids.length === 1).map((m) => [m.line, m] as const));
  const orderIds = questionnaire.questions.map((q) => q.id);
  for (const [li, m] of labelledLines) {
    const next = orderIds[orderIds.indexOf(m.ids[0]!) + 1];
    const num = next ? /^Q(\d{1,3})$/.exec(next)?.[1] : undefined;
    const tokens = next ? (words.get(next)?.tokens ?? []) : [];
    if (!num || labelled.has(next!) || markers.some((x) => x.ids.includes(next!)) || tokens.length < MIN_WORDS) continue;
    const L = lines[li]!;
    const own = new RegExp(String.raw`\s\(?${num}\)\s+(?=\p{Lu})`, 'gu');
    own.lastIndex = m.end - L.contentStart;
    const content = text.slice(L.contentStart, L.contentEnd);
    const at = own.exec(content);
    if (!at) continue;
    const from = L.contentStart + at.index + at[0].length;
    const c = cover(wordTokens(text.slice(from, L.contentEnd), from), tokens);
    if (!c || c.cover < MIN_COVER) continue;
    const start = L.contentStart + at.index + 1;
    out.push({ ids: [next!], start, end: from, line: li, label: at[0].trim(), quoteDepth: L.depth, unknownIds: [] });
  }
  // "- Supplier name" / "With regards to the supplier name, …" above "- Amount paid, excluding VAT": a
  // question too short to find by its words, quoted whole on a bullet's line, next to a neighbour's.
  const order = questionnaire.questions.map((q) => q.id);
  const found = new Map([...markers, ...out].flatMap((m) => m.ids.map((id) => [id, m.line] as const)));
  for (const q of questionnaire.questions) {
    const tokens = words.get(q.id)?.tokens ?? [];
    if (labelled.has(q.id) || found.has(q.id) || tokens.length === 0 || tokens.length >= MIN_WORDS) continue;
    const k = order.indexOf(q.id);
    const near = [order[k - 1], order[k + 1]].map((id) => (id ? found.get(id) : undefined)).filter((x): x is number => x !== undefined);
    if (near.length === 0) continue;
    for (let li = Math.max(0, Math.min(...near) - 4); li < Math.min(lines.length, Math.max(...near) + 4); li++) {
      const L = lines[li]!;
      const content = text.slice(L.contentStart, L.contentEnd);
      const bullet = /^[-–•*·▪]\s+/.exec(content);
      if (!bullet || L.blank || markerLines.has(li)) continue;
      const own = wordTokens(content.slice(bullet[0].length), L.contentStart + bullet[0].length);
      if (own.length !== tokens.length || !own.every((t, i) => t.word === tokens[i])) continue;
      out.push({ ids: [q.id], start: own[0]!.start, end: own[0]!.start, line: li, label: '', quoteDepth: L.depth, unknownIds: [] });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The label is followed, on its line and the lines that line wraps on to, by its question's words
 * and nothing else, and no answer follows in its paragraph, in a list of such labels: "  3. What
 * was the total cost …?" in a request quoted as a list.
 */
function quotesItsQuestion(text: string, lines: readonly ReplyLine[], m: Marker, markerLines: ReadonlySet<number>, words: ReadonlyMap<string, QuestionWords>): boolean {
  // Only an item of a list: a label on the line just above or below it too (or on the next line
  // that is not blank, the list's items spaced apart: "1. Please could you tell me …" / "" / "2. …").
  const neighbour = (step: number): boolean => {
    let k = m.line + step;
    if (lines[k]?.blank) k += step;
    return markerLines.has(k);
  };
  if (m.label === '' || m.inProse || m.byTopic || m.ids.length !== 1 || !(neighbour(-1) || neighbour(1))) return false;
  const tokens = words.get(m.ids[0]!)?.tokens ?? [];
  if (tokens.length < MIN_WORDS) return false;
  const L = lines[m.line];
  if (!L) return false;
  const span: { word: string; start: number; end: number }[] = wordTokens(text.slice(m.end, L.contentEnd), m.end);
  let k = m.line + 1;
  for (; k < lines.length && k < m.line + MAX_LINES; k++) {
    const K = lines[k]!;
    if (K.blank || K.depth !== L.depth || markerLines.has(k)) break;
    span.push(...wordTokens(text.slice(K.contentStart, K.contentEnd), K.contentStart));
  }
  const c = cover(span, tokens);
  if (!c || c.cover < MIN_COVER || runsOn(text, c.end)) return false;
  // Nothing after the question's words but the end of its paragraph or the next label.
  const last = span[span.length - 1];
  return !!last && last.end === c.end && (k >= lines.length || lines[k]!.blank || markerLines.has(k));
}

/**
 * The other parts of one request item quoted in the same paragraph ("Secondly, how many …, and what
 * premium …?" for Q2a and Q2b, when the questionnaire has no Q2): the answer below is for them all.
 */
function laterParts(id: string, span: readonly { word: string; start: number; end: number }[], questionnaire: Questionnaire, labelled: ReadonlySet<string>, words: ReadonlyMap<string, QuestionWords>): string[] {
  const parent = /^(Q\d+)[a-z]$/.exec(id)?.[1];
  if (!parent || questionnaire.byId.has(parent)) return [];
  const out: string[] = [];
  for (const q of questionnaire.questions) {
    if (q.id <= id || !q.id.startsWith(parent) || !/^[a-z]$/.test(q.id.slice(parent.length)) || labelled.has(q.id)) continue;
    const tokens = words.get(q.id)?.tokens ?? [];
    if (tokens.length < MIN_WORDS) continue;
    let found = false;
    for (let k = 1; k < span.length && !found; k++) {
      if (span[k]!.word !== tokens[0] && span[k]!.word !== tokens[1]) continue;
      const m = cover(span.slice(k), tokens);
      found = !!m && m.cover >= MIN_COVER;
    }
    if (!found) break;
    out.push(q.id);
  }
  return out;
}

/**
 * How much of the question, in order, the span carries from its opening words: the share of the
 * question's words matched, and how many, (skipping at most two words either side at a time), provided the match
 * begins within the span's first few words at one of the question's first two words. Null when it
 * does not begin there.
 */
function cover(span: readonly { word: string; start: number; end: number }[], q: readonly string[]): { cover: number; matched: number; start: number; end: number } | null {
  for (let s = 0; s <= MAX_LEAD && s < span.length; s++) {
    // A reply may drop a question's first word, but not the "if" of a heading: "The council does
    // not use kiosks." is a statement, not "If the council does not use kiosks:" quoted.
    const q0 = q[0] === span[s]!.word ? 0 : q[1] === span[s]!.word && q[0] !== 'if' ? 1 : -1;
    if (q0 < 0) continue;
    let qi = q0 + 1;
    let matched = 1;
    let misses = 0;
    let end = span[s]!.end;
    for (let i = s + 1; i < span.length && qi < q.length; i++) {
      let j = -1;
      for (let k = qi; k < Math.min(q.length, qi + 3); k++) {
        if (q[k] === span[i]!.word) {
          j = k;
          break;
        }
      }
      if (j >= 0) {
        qi = j + 1;
        matched++;
        misses = 0;
        end = span[i]!.end;
      } else if (++misses > 2) break;
    }
    return { cover: matched / q.length, matched, start: span[s]!.start, end };
  }
  return null;
}

/**
 * "How many staff fly the drones and which teams are they in?" quoted whole and answered,
 * the question's next sentence ("Are they employees or contractors?") quoted and answered below: the
 * quotation is the question's first sentence, word for word to its question mark, when the next
 * sentence asks something of its own.
 */
function firstSentenceQuoted(text: string, m: { matched: number; end: number }, question: string): boolean {
  const first = /^[^?]*\?/.exec(question)?.[0];
  // (A second question after it, not the requester's note or instruction: "(See "Challenges"
  // below …)", "Please give figures for each year.")
  const rest = first ? question.slice(first.length).trim() : '';
  if (!/^(?:are|is|was|were|do|does|did|has|have|had|can|could|will|would|what|which|who|how|when|where|why)\b/i.test(rest)) return false;
  const n = wordTokens(first!, 0).length;
  return n >= MIN_WORDS + 2 && m.matched >= Math.ceil(n * 0.9) && /^\s*\?/.test(text.slice(m.end, m.end + 3));
}

/**
 * "The current annual cost of press and media for your organisation, and the total number of
 * staff employed to handle it" quoted as two rows of a table, one ask each: the first row is the
 * question's first clause, nearly word for word, alone on its line.
 */
function firstClauseQuoted(text: string, m: { matched: number; end: number }, question: string): boolean {
  // (Or before a qualifier the quotation leaves off: "… location data for your area, preferably in
  // a shapefile format." quoted as "… location data for your area.")
  const cut = /,?\s+and\s+(?:the|what|how|which|whether)\b|,\s*(?:preferably|ideally|if\s+possible|where\s+possible|if\s+available|where\s+available)\b/i.exec(question);
  if (!cut) return false;
  const n = wordTokens(question.slice(0, cut.index), 0).length;
  return n >= MIN_WORDS + 2 && m.matched >= Math.ceil(n * 0.9) && m.matched <= n + 1 && /^[ \t]*[?.:;|]?[ \t]*(?:\r?\n|$)/.test(text.slice(m.end, m.end + 40));
}

/** "– 2", "- none", ": 14": a short answer after a dash or colon, to the end of the line. */
function answerAfterDash(text: string, end: number): boolean {
  const eol = text.indexOf('\n', end);
  const rest = text.slice(end, eol < 0 ? text.length : eol).trimEnd();
  return /^\s*(?:\s[–—-]|:)\s+\S/.test(rest) && rest.length <= 80;
}

/**
 * "The council does use self-service kiosks; they were installed in 2019.": the question's words
 * echoed in a sentence that carries on after them on the same line are an answer, not the
 * question quoted. A quoted question ends its line, or ends with "?" or ":".
 */
function runsOn(text: string, end: number): boolean {
  const eol = text.indexOf('\n', end);
  const rest = text.slice(end, eol < 0 ? text.length : eol).trimEnd();
  // A request item that asks two things ("how many …, and what premium …?") still ends as a question.
  // (Not a fixed-width table's next column after the question's full stop: "… prohibited streets.
  // <spaces> streets is published at".)
  return /^[\s"'”’)\]]*[.;,–—-](?! {4,})\s*[\p{L}\d£]/u.test(rest) && !/[?:]["'”’)]?$/.test(rest);
}

/**
 * Where the text read from `at` on line `K` stops: at the next pipe of a pipe table's row, at the
 * second column of a fixed-width table (two spaces or more before it), else at the line's end.
 */
function firstCellEnd(text: string, K: ReplyLine, at: number, column: number): number {
  if (text.charCodeAt(K.contentStart) === 0x7c) {
    const pipe = text.indexOf('|', Math.max(at, K.contentStart + 1));
    return pipe >= 0 && pipe < K.contentEnd ? pipe : K.contentEnd;
  }
  const col = column > 0 ? K.start + column : -1;
  return col > at + 1 && col < K.contentEnd && text[col - 1] === ' ' && text[col - 2] === ' ' ? col : K.contentEnd;
}

/**
 * Where a fixed-width table's second column starts, counted from the line's start: the place, after
 * a run of three spaces or more, where text resumes on at least four lines (the most common such
 * place); 0 when no place is shared so.
 */
function secondColumn(text: string, lines: readonly ReplyLine[]): number {
  const counts = new Map<number, number>();
  for (const L of lines) {
    if (L.blank) continue;
    const line = text.slice(L.start, L.contentEnd);
    for (const m of line.matchAll(/\S {3,}(?=\S)/g)) {
      const col = m.index! + m[0].length;
      counts.set(col, (counts.get(col) ?? 0) + 1);
    }
  }
  let best = 0;
  let n = 0;
  for (const [col, k] of counts) if (k > n || (k === n && col < best)) [best, n] = [col, k];
  return n >= 4 ? best : 0;
}
