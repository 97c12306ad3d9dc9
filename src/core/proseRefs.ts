// Answers given in running prose that names the questions it answers instead of labelling them:
// "The full official name of the authority is Midhollow City Council (question 1). The population
// … (questions 2 and 3)." or "In answer to your questions 4 to 4c, the Council uses 226 systems".
// When a reply labels almost nothing, each such reference becomes a marker: a trailing reference
// ("(question 1)" closing its sentence) opens its answer at the start of that sentence, a leading
// one ("In answer to your question 14,") right after itself. The answers are found `prose` (never
// auto-coded): which sentence answers which question is read from the wording, not from labels.
import { compareIds, expandRange, normalizeId } from './ids';
import { firstNumber, parseLabel, parsedLabel } from './markerLabel';
import type { ReplyLine } from './segment';
import type { Marker, Questionnaire } from './types';

/** "(question 1)", "(questions 2 and 3)", "(see question 4c)", "(Q7)", and a part alone "(13b)". */
// ("(your first question)" reads "(          question 1)" in figures: spaces before the name.)
const TRAILING_RE = /\( *(?:see\s+)?(?:your\s+)?(?=q|\d{1,3}[a-z]\))/gi;
/** A question's number, or several: "4b", "4a and 4b", "12a to 12c", "9, 10 and 11". */
const NUMBERS = String.raw`\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*\d{1,3}[a-z]?)*`;
/**
 * "… our best measure of uptake for question 6b." / "… so we are not able to answer questions 4a
 * and 4b.": a reference without brackets closing its sentence.
 */
const TRAILING_PLAIN_RE = new RegExp(String.raw`\b(?:for|to|in|under|of|answer)\s+(?=questions?\s+${NUMBERS}\s*[.;](?:\s|$))`, 'gi');
/**
 * "… has used the powers referred to in question 7 on several occasions …", "We are unable to give a
 * precise answer to question 10, but …": a reference inside its sentence, naming the question's
 * subject or the answer to it; the sentence is the answer.
 */
const INSIDE_SENTENCE_RE = new RegExp(String.raw`\b(?:(?:referred\s+to|mentioned|described)\s+in|(?:a|an|the|any)\s+(?:(?:precise|full|exact|complete|definitive|accurate)\s+)?(?:answer|response|figure)\s+(?:to|for))\s+(?:your\s+)?(?=questions?\s+${NUMBERS}\b(?!\s*[.;]|\s+(?:is|was|are|were)\b))`, 'gi');
/** "… at mid-2017, which answers question 2, and its boundary …": a clause that says which question it answered. */
// ("… twenty-three waivers, which is the figure you asked for at question 1, and …": the same.)
const ANSWERS_RE = new RegExp(String.raw`\b(?:which|this|that)\s+(?:answers|is\s+(?:the\s+)?(?:figure|answer|information|number|total)\s+(?:you\s+)?(?:asked\s+(?:for\s+)?|requested\s+|wanted\s+)?(?:at|in|under|for))\s+(?=questions?\s+${NUMBERS}\s*[,.;](?:\s|$))`, 'gi');
/** "In answer to your questions 4 to 4c," or "Questions 8 to 10 concern …" at the start of a sentence ("Finally, question 10.": after its linking word). */
const LEADING_RE = /(?:^|(?<=[.!?]["')]?\s{1,3}))(?:(?:finally|lastly|next|turning\s+to\s+the\s+last),?\s+)?(?:(?:in\s+(?:answer|response|reply|relation)\s+to|in\s+respect\s+(?:of|to)|turning\s+(?:now\s+|first\s+|next\s+)?to|as\s+(?:for|regards|to)|on|for|regarding|with\s+regards?\s+to|to\s+answer(?=\s+(?:your\s+)?q[^.:\n]{1,40}:))\s+(?:your\s+)?|(?=questions?\s+\d))(?=q|\d{1,3}[a-z]\s*,)/gim;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/**
 * "question", or "part" of a request that is a list: "In answer to the first part of your request",
 * "As to the second part," (never "the second part of question 4" or "the last part of that question",
 * which are another question's part).
 */
const PART_OR_QUESTION = String.raw`(?:question\b|point\b|part\b(?!\s+of\s+(?:(?:your\s+|the\s+)?(?:questions?|q)\s*\d|(?:that|this|the\s+same|each)\s+question\b))(?:\s+of\s+(?:your|the|this)\s+(?:request|e-?mail|letter|enquiry))?)`;
/**
 * "Your fourth question and its three parts ask …", "Turning to your ninth question, …": a question
 * named by its place in the request, at a sentence's start.
 */
const ORDINAL_LEAD_RE = new RegExp(
  String.raw`(?:^|(?<=[.!?]["')]?\s{1,3}))(?:(?:finally|lastly|next),?\s+)?(?:(?:in\s+(?:answer|response|reply|relation)\s+to|turning\s+(?:now\s+)?to|taking|to\s+answer|in\s+respect\s+(?:of|to)|as\s+(?:for|regards|to)|on|for|regarding|with\s+regard\s+to|concerning)\s+)?(?:your|the)\s+(${ORDINALS.join('|')}|last|final)\s+${PART_OR_QUESTION}(\s+and\s+(?:all\s+)?its\s+(?:[a-z]+\s+)?(?:parts|sub-?questions))?,?`,
  'gim',
);
/** A line that asks: it opens with a request's words or ends with a question mark. */
const QUESTION_LINE_RE = /^\s*(?:please\s+(?:list|provide|state|give|tell|confirm|identify|detail)|how\s+many|what|which|who|when|where|why|do|does|did|is|are|has|have|of\s+the\s+figure)\b|\?\s*$/i;
/** "I can confirm in answer to question 11 that …": the reference a few words into its sentence. */
// ("We can, however, confirm in respect of question 4 that …": the same.)
const LEADING_MID_RE = /(?:^|(?<=[.!?]["')]?\s{1,3}))(?:I|we)\s+(?:can|would\s+like\s+to|am\s+able\s+to|are\s+able\s+to|should)(?:\s*,\s*(?:however|also|though)\s*,)?\s+(?:confirm|advise|say|state|explain|tell\s+you|inform\s+you)\s*,?\s+(?:that\s*,?\s+)?(?:in\s+(?:answer|response|reply)\s+to|in\s+respect\s+of)\s+(?:your\s+)?(?=q)/gim;
/**
 * "…, and for question 3 I can confirm that the proportion …", "Turning to the ceremonies asked
 * about in question 5, the service …", "The fee income you asked about in question 2 came to
 * £9,870": a reference inside its sentence, the answer after it.
 */
const MID_CLAUSE_RE = new RegExp(String.raw`\b(?:(?:for|on|in|regarding)\s+(?=questions?\s+${NUMBERS}\s+(?:I|we)\s+(?:can|are\s+able\s+to|am\s+able\s+to)\s+(?:confirm|advise|say|tell\s+you)\b)|(?:ask(?:ed)?\s+(?:about\s+)?(?:in|at|by)|raised\s+(?:in|at|by)|covered\s+by)\s+(?:your\s+)?(?=questions?\s+${NUMBERS}(?:\s*,|\s+(?:came|comes|was|were|is|are|stood|stands|totalled|totals|amounted|amounts)\b)))`, 'g');
/**
 * "You asked at question 11 whether we use a CRM system. We do not, …": the question restated in
 * a sentence of its own; its answer opens after that sentence.
 */
/** ", and in answer to question 8, two further buildings have closed": a lead after a clause's "and". */
const LEADING_AND_RE = /(?<=,[ \t]{0,2}and[ \t]{1,3})in\s+(?:answer|response|reply)\s+to\s+(?:your\s+)?(?=q)/gi;
const YOU_ASKED_RE = /(?:^|(?<=[.!?]["')]?\s{1,3}))(?:you\s+(?:asked|enquired|wanted\s+to\s+know)|your\s+request\s+asked)\s+(?:(?:at|in|under)\s+)?(?:your\s+)?(?=q)/gim;
/** "… so the answer to question 13c is no", "The response to question 3 is;": the reference inside its sentence, the answer after "is". */
const ANSWER_IS_RE = new RegExp(String.raw`\bthe\s+(?:answer|response|reply)\s+to\s+(?:your\s+)?(?=(?:questions?\s+${NUMBERS}|\d{1,3}\s?\(\s?[a-z]\s?\))\s+(?:is|was)\b)`, 'gi');
/** "We do not, so questions 12 to 12c do not apply": an answer to the question before, then its consequence. */
const CONSEQUENCE_HEAD_RE = /\S(?:,\s*|\s+)(?:and\s+)?(?:so|therefore|thus|hence|which\s+means(?:\s+that)?)\s+$/i;
/**
 * "As the Council has a CRM, question 13 and its parts do not apply.": a question named inside a
 * sentence that says it does not apply. The answer opens where that sentence does (its reason is
 * part of it); the status is read from the words after the question's name.
 */
const NOT_APPLYING_RE = new RegExp(
  String.raw`\b(?=questions?\s+${NUMBERS}\b(?:\s+and\s+(?:all\s+)?(?:its|their)\s+(?:parts|sub-?questions))?(?:\s+(?:of|in)\s+(?:your|the)\s+(?:request|letter|e-?mail))?(?:\s+(?:therefore|then|also|thus|consequently))?\s+(?:(?:does|do|did)\s+not\s+(?:apply|arise)|(?:is|are)\s+not\s+applicable))`,
  'gi',
);
/**
 * "Section 12 means that we are not obliged to answer questions 4 to 4c, as …": a sentence that
 * names the questions it cannot or will not answer. The answer opens where that sentence does.
 */
/**
 * "The information we hold in relation to questions 1, 2, 3 and 5 is enclosed", "We also do not hold
 * any information in relation to question 4", "We hold information in response to questions 2 – 4,
 * but …": a sentence about the information for the questions it
 * names. The answer opens where that sentence does.
 */
const INFORMATION_FOR_RE = new RegExp(
  String.raw`(?<=\b(?:information|documents?|data|records?)\s+(?:(?:we|i|the\s+\w+)\s+(?:hold|holds|have|has)\s+|(?:that\s+)?you\s+(?:are\s+seeking|have\s+requested|requested|asked\s+for)\s+)?(?:in\s+relation\s+to|relating\s+to|regarding|concerning|in\s+response\s+to|in\s+respect\s+of|with\s+regards?\s+to)\s+(?:your\s+)?)(?=(?:questions?\s+|q)${NUMBERS}\b)`,
  'gi',
);
const DECLINING_RE = new RegExp(
  String.raw`(?<=\b(?:not\s+(?:obliged|required|able)\s+to|unable\s+to|cannot|can\s?not|will\s+not|must\s+decline\s+to|decline\s+to|refuse\s+to)\s+(?:answer|respond\s+to|comply\s+with|provide\s+(?:the\s+)?(?:information|figures?|data)\s+(?:for|requested\s+(?:in|at|by))|(?:give|provide|supply)\s+(?:you\s+)?(?:(?:an?|the|any)\s+)?(?:[\w-]+\s+){0,2}(?:figures?|numbers?|data|information|breakdown)\s+for)\s+(?:your\s+)?)(?=(?:questions?\s+|q)${NUMBERS}\b|\d{1,3}[a-z]\b)`,
  'gi',
);
/**
 * "We have considered questions 9 and 10 together.": the questions the sentence names are answered
 * together, from where that sentence opens (the reason follows it).
 */
const TOGETHER_RE = new RegExp(String.raw`\b(?=questions\s+${NUMBERS}\s+together\b)`, 'gi');
const PROSE_RANGE_RE = /^(?:questions?|qs?)\s*\.?\s*(\d{1,3}[a-z]?)\s*(?:to|-|–|—)\s*(?:q(?:uestion)?\s*)?(\d{1,3}[a-z]?)\b/i;
/** References the reply must make before they are believed to be its layout. */
const MIN_REFERENCES = 3;

/**
 * Markers for questions named in prose, when the reply's own markers label fewer than a quarter of
 * the questionnaire's questions. Empty when the prose names fewer than three of them.
 */
export function proseReferenceMarkers(source: string, lines: readonly ReplyLine[], markers: readonly Marker[], questionnaire: Questionnaire | null, only?: ReadonlySet<string>): Marker[] {
  if (!questionnaire) return [];
  const real = questionnaire.questions.filter((q) => !q.heading).length;
  // (Read late, for the questions that nothing answered: "… in the format in which it is held.  In
  // relation to questions 2 and 3, we have provided …" names two whose labels were only the request
  // restated above. Then sentences that open with a question's name are read, and references in
  // brackets not read before, outside the request quoted above and a refusal's reckoning.)
  const labelled = only ? new Set(questionnaire.questions.map((q) => q.id).filter((id) => !only.has(id))) : new Set(markers.flatMap((m) => m.ids));
  // ("As regards question 2, the service's income …": a label inside a sentence is prose naming
  // its question, not the reply's own labels.)
  const inSentence = (m: Marker): boolean => /[\p{L}]/u.test(source.slice(lines[m.line]?.contentStart ?? m.start, m.start));
  // (A reply labelled enough may still open with a paragraph that answers the first questions by
  // name — "In answer to Q1, …. Our levy payment (Q2) was …" — above its list "Q4: 71%" …: the
  // references there are read, up to the first label.)
  const own = markers.filter((m) => !inSentence(m));
  let upTo = Infinity;
  if (!only && new Set(own.flatMap((m) => m.ids)).size * 4 >= real) {
    upTo = Math.min(...own.map((m) => m.start));
    if (!/\S/.test(source.slice(0, upTo))) return [];
  }
  const sorted = questionnaire.questions.map((q) => q.id).sort(compareIds);
  // The references read with their numbers in figures ("questions two to four" as "questions 2 to
  // 4", "your eighth question" as "question 8"), each in the same place as the words it replaces.
  const lastTop = Math.max(0, ...sorted.map((id) => Number(/^Q(\d+)/.exec(id)?.[1] ?? 0)));
  // (Not a heading's number: "your thirteenth question has several parts" answers them one by one.)
  const plainQuestion = (n: number): boolean => known.has(`Q${n}`) && !questionnaire.byId.get(`Q${n}`)?.heading;
  const known = new Set(sorted);
  const spans: [number, number][] = [];
  // (A CRLF reply's paragraphs are read as an LF one's: "\r" put as a space keeps every offset.)
  const text = inFigures(source.replace(/\r(?=\n)/g, ' '), lastTop, plainQuestion, spans, known);
  // A label's start in the reply's own words: where the words put in figures began.
  const from = (p: number): number => spans.find(([a, b]) => p > a && p < b)?.[0] ?? p;
  const lineStarts = lines.map((L) => L.start);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Marker[] = [];
  // (`src` may be a window of the text that starts at `base`, read in its place.)
  const ids = (at: number, lim: number, src = text, base = 0): string[] | null => {
    // "Questions 8 to 10 concern …": a range in a sentence, whatever word follows it.
    const range = PROSE_RANGE_RE.exec(src.slice(at - base, Math.min(lim, at + 40) - base));
    const from = range ? normalizeId(`Q${range[1]}`) : null;
    const to = range ? normalizeId(`Q${range[2]}`) : null;
    if (range && from && to && compareIds(from, to) < 0) {
      parsedLabel.ids = expandRange(from, to, sorted);
      parsedLabel.end = at + range[0].length;
    } else if (parseLabel(src, at - base, lim - base, sorted)) parsedLabel.end += base;
    else {
      // ("In answer to 4a, 40 of them …": a part's number and letter alone after the words that lead
      // to it, which the label reader leaves to figures.)
      const bare = /^(\d{1,3})([a-z])(?=\s*,)/i.exec(src.slice(at - base, lim - base));
      const id = bare ? normalizeId(`Q${bare[1]}${bare[2]!.toLowerCase()}`) : null;
      if (!id) return null;
      parsedLabel.ids = [id];
      parsedLabel.end = at + bare![0].length;
    }
    // (Read late, a sentence naming one unanswered question with others, "For question 2 and 3, …",
    // is all their answer.)
    if (only) {
      const all = parsedLabel.ids.filter((id) => known.has(id));
      return all.some((id) => only.has(id)) ? all : null;
    }
    // ("Turning to question 3, four of those … and nine …" where 3 is a heading over 3a and 3b: its
    // parts are answered there.)
    // (Not a condition's heading, "If the Authority does not have a CRM system:": what is said of it
    // is said of its parts as a parent's answer.)
    const parts = (id: string): string[] => {
      const heading = questionnaire.byId.get(id);
      if (!heading?.heading || /^\W*if\b/i.test(heading.text ?? '')) return [];
      return questionnaire.questions.filter((x) => x.parent === id && !labelled.has(x.id) && !parsedLabel.ids.includes(x.id)).map((x) => x.id);
    };
    const got = parsedLabel.ids.filter((id) => known.has(id) && !labelled.has(id)).flatMap((id) => [id, ...parts(id)]);
    return got.length > 0 ? got : null;
  };
  // A trailing reference's answer is the prose since the previous reference closed (in its paragraph).
  let after = 0;
  const leadingAt = [...text.matchAll(LEADING_RE)].map((m) => m.index);
  // (And where a sentence says questions do not apply or cannot be answered: "… we cannot answer 6b or 6c.")
  const namingAt = [...text.matchAll(NOT_APPLYING_RE), ...text.matchAll(DECLINING_RE)].map((m) => m.index);
  // ("… which is our best measure of uptake for question 6b. We are …": a reference without
  // brackets that ends its sentence is trailing too.)
  const trailing = [
    ...[...text.matchAll(TRAILING_RE)].map((m) => ({ m, plain: false, clause: false, inside: false })),
    ...[...text.matchAll(TRAILING_PLAIN_RE)].map((m) => ({ m, plain: true, clause: false, inside: false })),
    ...[...text.matchAll(ANSWERS_RE)].map((m) => ({ m, plain: true, clause: true, inside: false })),
    ...[...text.matchAll(INSIDE_SENTENCE_RE)].map((m) => ({ m, plain: true, clause: false, inside: true })),
  ].sort((a, b) => a.m.index - b.m.index);
  for (const { m, plain, clause, inside } of trailing) {
    const at = m.index + m[0].length;
    let close: number;
    // A reference inside its sentence, the sentence going on after it: "The full official name of
    // the authority (question 1) is Wendlemoor City Council." The answer is the whole sentence.
    let sentenceEnd = -1;
    // ("• Notices on council land (Q4): 41": a bullet's topic, then its answer after the colon.)
    let bulletTopic = false;
    if (plain) {
      const lineEnd = text.indexOf('\n', at);
      if (!ids(at, lineEnd < 0 ? text.length : lineEnd)) continue;
      // (The label's "." may be read as its terminator: "question 6b." ends at the stop either way.)
      const end = parsedLabel.end;
      const stop = clause ? /[.;,]/ : /[.;]/;
      if (inside) close = end - 1;
      else if (stop.test(text.slice(end - 1, end)) && /^(?:\s|$)/.test(text.slice(end, end + 1))) close = end - 1;
      else if (stop.test(text.slice(end, end + 1)) && /^(?:\s|$)/.test(text.slice(end + 1, end + 2))) close = end;
      else continue;
    } else {
      close = text.indexOf(')', at);
      if (close < 0 || close - at > 60) continue;
      // ("(question 2, ONS mid-2017 estimate)": an aside after the number, in words, inside the bracket.)
      if (!ids(at, close + 1) || (parsedLabel.end < close && !/^\s*[,;:–-]\s*\p{L}[^()]*$/u.test(text.slice(parsedLabel.end, close)))) continue;
      // The reference closes its sentence (or clause): ". ", ";", "," or the end of the line.
      // ("… for standard notices (question 10): the system checks …": a colon, its explanation after
      // it, when a sentence of the council's comes before the reference; "Services (question 5):"
      // opening a paragraph is its title, read as one.)
      // (So is a bullet's topic: "• Residents' portal (Q6a): yes, launched in 2019".)
      const lineHead = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
      bulletTopic = text[close + 1] === ':' && /^[ \t]*[-•*·▪◦–][ \t]/.test(lineHead) && /\S/.test(text.slice(close + 2, text.indexOf('\n', close) < 0 ? text.length : text.indexOf('\n', close)));
      const colon = text[close + 1] === ':' && (bulletTopic || (/(?:^|[.!?]["')”’]?\s+|\n[ \t]*\n\s*)([^.!?\n]*(?:\n[^.!?\n]*)?)$/.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[1] ?? '').trim().split(/\s+/).length >= 4);
      if (!/^[.;,]?(?:\s|$)/.test(text.slice(close + 1, close + 3)) && !(colon && /^:(?:\s|$)/.test(text.slice(close + 1, close + 3)))) continue;
      // ("The council confirms (question 4) that it does transfer levy funds …": so does "that", and
      // a clause the sentence goes on with: "… into stand-alone systems (questions 4a and 4b) as no
      // such record is kept.")
      // (So does a sentence that opens with only its period before the reference: "In 2017-18
      // (question 8) the Council's gross revenue expenditure was £296.4m.")
      const opening = /(?:^|[.!?]["')”’]?\s+|\n[ \t]*\n\s*)([^.!?\n]*(?:\n[^.!?\n]*)?)$/.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1] ?? '';
      if (/^[ \t]*\n?[ \t]*(?:is|are|was|were|has|have|had|came|comes|stood|stands|totalled|totals|that|as|because|since|although|though|whilst|while|whereas|unless)\b/.test(text.slice(close + 1, close + 24)) || PERIOD_LEAD_RE.test(opening.trim())) {
        const stop = /[.!?](?=["')”’]?(?:\s|$))/g;
        stop.lastIndex = close + 1;
        const found = stop.exec(text);
        sentenceEnd = found ? found.index : -1;
        // ("… (question 8) was £486.2 million, of which £1.94 million was spent on software licences
        // (question 9).": another reference later in the sentence takes the clause before it.)
        const next = trailing.find((t) => t.m.index > close && t.m.index < sentenceEnd);
        if (next) {
          // (Not the comma inside a figure: "… and of this £296,500 was spent …".)
          let cut = -1;
          for (const c of text.slice(close, next.m.index).matchAll(/[,;](?!\d)/g)) cut = close + c.index;
          sentenceEnd = cut > close ? cut : close;
        }
      }
    }
    // (Nor, for the questions still unanswered, one whose reference in prose was read already.)
    const found = [...parsedLabel.ids].filter((id) => known.has(id) && !labelled.has(id) && !(only && markers.some((x) => x.inProse && x.ids.includes(id))));
    if (found.length === 0) continue;
    // (Nor, for them, a sentence that reckons what an answer would take: "identifying licence
    // payments (question 9) … would mean reviewing invoices by hand" gives a refusal's reasons.
    // Nor one after its paragraph's first sentence: "… so we apply section 21 to your request as a
    // whole. Our open data page lists our 212 systems (Q4) …" gives the statement's link, and "1. How
    // much is held? 2. What share of that sum (Q1) is set aside …" is the request quoted.)
    // (But one in a paragraph of references, whose sentence before it names a question too: "… a
    // portal for residents (question 6a). At 31 March, 38% of households had registered (6b).")
    if (only && (COST_REASONING_RE.test(sentenceAround(text, m.index)) || !(inFirstSentence(text, m.index) || afterReference(text, m.index)))) continue;
    // (After any reference closing earlier in the paragraph, even one to a question answered
    // already: "It went live in 2009 (12a) after an implementation lasting two years (12b).")
    const closedBefore = trailing.filter((t) => !t.plain).map((t) => text.indexOf(')', t.m.index)).filter((c) => c > after && c < m.index).pop();
    let start = answerStart(text, m.index, closedBefore !== undefined ? closedBefore + 1 : after);
    // (", and of this £296,500 was spent …": the clause after the conjunction.)
    const joined = /^[\s,;]*(?:and|but)\s+/i.exec(text.slice(start, m.index));
    if (joined) start += joined[0].length;
    // (Without brackets the reference ends one sentence: its answer is that sentence. So does one
    // after a leading reference in its paragraph: "In answer to question 11, … A CRM was considered
    // in 2015 (question 13a)" — question 11's answer is not 13a's.)
    // So does one after a sentence that names another question ("… so questions 12a to 12c do not
    // apply. A CRM was considered in 2015 (13a)."; "The answer to Q8 is no. … The reason for this
    // (Q8b) is …"): that sentence is the other question's.
    const stops = [...text.slice(start, m.index).matchAll(/[.!?]["')”’]?\s+(?=[A-Z0-9£])/g)];
    const last = stops[stops.length - 1];
    if (last && (plain || leadingAt.some((l) => l >= start && l < m.index) || namingAt.some((l) => l >= start && l < start + last.index) || /\b(?:questions?\s+|Q)\d/i.test(text.slice(start, start + last.index)))) start += last.index + last[0].length;
    // ("Turning to question 13, a CRM was considered in 2015 (13a),": a leading reference in the
    // same sentence leaves the words after its comma to the trailing one.)
    else if (!last) {
      const lead = leadingAt.find((l) => l >= start && l < m.index);
      const comma = lead !== undefined ? /^[^,.;\n]{0,60},\s*/.exec(text.slice(lead, m.index)) : null;
      if (lead !== undefined && comma && lead + comma[0].length < m.index) {
        start = lead + comma[0].length;
        // ("With regard to question 6a, the Council does have a portal, which 33% of households use
        // (question 6b).": a lead naming another question keeps the sentence up to the last clause
        // before the reference; the clause is the trailing one's.)
        const named = /questions?\s+(\d{1,3}[a-z]?)\b/i.exec(comma[0]);
        const other = named ? normalizeId(`Q${named[1]}`) : null;
        if (other && known.has(other) && !questionnaire.byId.get(other)?.heading && !found.includes(other)) {
          const clauses = [...text.slice(start, m.index).matchAll(/,(?!\d)\s*(?=\p{Ll})/gu)];
          const cut = clauses[clauses.length - 1];
          if (cut) start += cut.index + cut[0].length;
        }
      }
    }
    if (bulletTopic) start = close + 2 + /^\s*/.exec(text.slice(close + 2))![0].length;
    after = sentenceEnd > close ? sentenceEnd + 1 : close + 1;
    const li = lineOf(start);
    out.push({ ids: found, start, end: start, line: li, label: source.slice(from(plain ? at : m.index), close + 1), quoteDepth: lines[li]!.depth, unknownIds: [], inProse: true });
  }
  // (Before the references read in figures: the same place, named with its parts.)
  for (const m of source.matchAll(ORDINAL_LEAD_RE)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    if (/[\p{Ll},]\s*\n[ \t]*$/u.test(before) && !/\n[ \t]*\n[ \t]*$/.test(before)) continue;
    // The request's question of that number, with its parts when the sentence says so.
    const n = /^(?:last|final)$/i.test(m[1]!) ? lastTop : ORDINALS.indexOf(m[1]!.toLowerCase()) + 1;
    const own = `Q${n}`;
    if (!known.has(own) || labelled.has(own)) continue;
    // ("Your fifth question concerns carers' breaks. … parts (a) and (b) …": a heading's number
    // names its parts, the heading asking nothing itself.)
    const heading = questionnaire.byId.get(own)?.heading === true;
    // (Not "Your thirteenth question has several parts. …": its parts are answered one by one.)
    if (heading && /^\s*(?:has|is\s+in|comes\s+in)\s+(?:several|\w+)\s+parts\b/i.test(source.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const found = heading ? sorted.filter((id) => id.startsWith(own) && /^[a-z]+$/.test(id.slice(own.length)) && !labelled.has(id)) : m[2] ? sorted.filter((id) => id === own || (id.startsWith(own) && /^[a-z]+$/.test(id.slice(own.length)) && !labelled.has(id))) : [own];
    if (found.length === 0) continue;
    const li = lineOf(m.index);
    out.push({ ids: found, start: m.index, end: m.index + m[0].length, line: li, label: m[0].trim(), quoteDepth: lines[li]!.depth, unknownIds: [], inProse: true });
  }
  const inside = new Set([...text.matchAll(ANSWER_IS_RE), ...text.matchAll(MID_CLAUSE_RE)]);
  for (const m of [...text.matchAll(LEADING_RE), ...text.matchAll(LEADING_MID_RE), ...text.matchAll(LEADING_AND_RE), ...text.matchAll(YOU_ASKED_RE), ...inside]) {
    // ("… our best measure of uptake for" / "question 6b. We are not …": a line's start inside a
    // sentence that wraps is no sentence's start; a reference inside its sentence needs none.)
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    if (!inside.has(m) && /[\p{Ll},]\s*\n[ \t]*$/u.test(before) && !/\n[ \t]*\n[ \t]*$/.test(before)) continue;
    // (Read late, a sentence must say it answers: "Questions 11 to 14 have been passed to our ICT
    // service" only tells of them.)
    if (only && m[0].length === 0) continue;
    const at = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    const lim = lineEnd < 0 ? text.length : lineEnd;
    const found = ids(at, lim);
    if (!found) continue;
    let end = parsedLabel.end;
    // (A reference put in figures keeps its words' room: "question 9           ,".)
    while (text[end] === ' ' && /^ +[,:]/.test(text.slice(end, end + 24))) end++;
    // ("to answer Q10 and Q11 together: yes, …": the word that joins them is the label's.)
    const together = /^\s+together(?=\s*[,:])/i.exec(text.slice(end, end + 12));
    if (together) end += together[0].length;
    if (text[end] === ',' || text[end] === ':') end++;
    // ("… in answer to question 11 that the Council …": the sentence goes on after "that".)
    else if (/^\s+that\b/i.test(text.slice(end, end + 6))) end += /^\s+that/i.exec(text.slice(end))![0].length;
    // ("You asked at question 11 whether …. We do not": the restated question is no answer.)
    else if (/^you|^your/i.test(m[0])) {
      const stop = /[.?!](?=["')”’]?(?:\s|$))/.exec(text.slice(end, end + 300));
      if (stop) end += stop.index + 1;
    } else if (/^\s+(?:is|was)\b/i.test(text.slice(end, end + 5))) end += /^\s+(?:is|was)/i.exec(text.slice(end))![0].length;
    // ("for question 3 I can confirm that the proportion …": the answer after "that".)
    else {
      const confirmed = /^\s+(?:I|we)\s+(?:can|are\s+able\s+to|am\s+able\s+to)\s+(?:confirm|advise|say|tell\s+you)(?:\s+that)?\b/.exec(text.slice(end, end + 40));
      if (confirmed) end += confirmed[0].length;
    }
    const li = lineOf(m.index);
    out.push({ ids: found, start: m.index, end, line: li, label: source.slice(m.index, wordEnd(source, end)), quoteDepth: lines[li]!.depth, unknownIds: [], inProse: true });
  }
  const sentenceMarks: { m: RegExpExecArray; own: boolean }[] = [
    ...[...text.matchAll(NOT_APPLYING_RE)].map((m) => ({ m, own: true })),
    ...[...text.matchAll(DECLINING_RE)].map((m) => ({ m, own: true })),
    ...[...text.matchAll(INFORMATION_FOR_RE)].map((m) => ({ m, own: true })),
    ...[...text.matchAll(TOGETHER_RE)].map((m) => ({ m, own: false })),
  ];
  for (const { m, own } of sentenceMarks) {
    // (To the sentence's end: "questions two" / "and three of your request do not apply".)
    const stop = /[.;!?](?:\s|$)|\n[ \t]*\n/.exec(text.slice(m.index, m.index + 200));
    const lim = stop ? m.index + stop.index : Math.min(text.length, m.index + 200);
    // ("we cannot answer 6b or 6c": the questions it declines, joined by "or" — read as a list, each
    // start kept, its end a little short.)
    const window = / or /.test(text.slice(m.index, lim)) ? text.slice(m.index, lim).replace(/ or /g, ' & ') : null;
    const found = window ? ids(m.index, m.index + window.length, window, m.index) : ids(m.index, lim);
    if (!found) continue;
    const head = /(?:^|[.!?]["')]?\s+|\n[ \t]*\n)([^.!?\n]*(?:\n(?![ \t]*\n)[^.!?\n]*)*)$/.exec(text.slice(Math.max(0, m.index - 160), m.index));
    let start = head ? m.index - head[1]!.length : m.index;
    // ("In answer to question 11, the Council has no CRM, so questions 12a to 12c do not apply": the
    // sentence's start answers question 11; the questions that do not apply open at their own name.)
    // ("Questions 12 to 12c and question 14 therefore do not apply": one list of the questions the
    // sentence opens with.)
    const same = own ? out.find((o) => o.start === start) : undefined;
    if (same && /^[\s,]*(?:and|&)?[\s,]*$/i.test(text.slice(same.end, m.index))) {
      same.ids = [...same.ids, ...found.filter((id) => !same.ids.includes(id))];
      continue;
    }
    if (same) start = m.index;
    // ("… so the answer to question 13c is no and question 13d does not arise", "You asked at
    // question 11 whether …. We do not, so questions 12 to 12c do not apply": the sentence's
    // start answers the question named before; these open at their own name.)
    // ("No CRM project has ever been started and then abandoned, so question 13d does not arise":
    // what comes before "so" is the answer to the question before, whose consequence this is.)
    else if (out.some((o) => o.start > start && o.start < m.index)) start = m.index;
    else if (CONSEQUENCE_HEAD_RE.test(text.slice(start, m.index))) {
      // (The words before "so" answer the question just before the one named, when nothing else
      // names it: "… then abandoned, so question 13d does not arise" is 13c's answer too.)
      const order = questionnaire.byId.get(found[0]!)?.order ?? 0;
      const before = questionnaire.questions.find((x) => x.order === order - 1);
      if (before && !before.heading && !labelled.has(before.id) && !out.some((o) => o.ids.includes(before.id)) && (!only || only.has(before.id))) {
        const li = lineOf(start);
        out.push({ ids: [before.id], start, end: start, line: li, label: '', quoteDepth: lines[li]!.depth, unknownIds: [], inProse: true });
      }
      start = m.index;
    }
    const li = lineOf(start);
    out.push({ ids: found, start, end: start, line: li, label: source.slice(from(m.index), wordEnd(source, parsedLabel.end)), quoteDepth: lines[li]!.depth, unknownIds: [], inProse: true });
  }
  // One marker per id (the first that names it), and per place.
  out.sort((a, b) => a.start - b.start);
  const taken = new Set<string>();
  const starts = new Set<number>();
  const kept: Marker[] = [];
  for (const m of out) {
    const fresh = m.ids.filter((id) => !taken.has(id));
    if (fresh.length === 0 || starts.has(m.start)) continue;
    for (const id of fresh) taken.add(id);
    starts.add(m.start);
    kept.push({ ...m, ids: fresh });
  }
  // (A part named alone, "(13b)", is believed only in a letter that names its questions in words.)
  if (upTo < Infinity) {
    // (Above the labels: two references at least, each closing before the first label.)
    // (Not in a paragraph that explains a refusal: "Software licences (question 9) … are not coded
    // separately … Together these parts would take well over the appropriate limit." reasons, for a
    // statement read whole elsewhere.)
    const gaps = [...source.slice(0, upTo).matchAll(/\n[ \t]*\r?\n/g)].map((g) => g.index);
    const paragraph = (p: number): string => {
      const a = gaps.filter((g) => g < p).pop() ?? 0;
      const b = gaps.find((g) => g >= p) ?? upTo;
      return source.slice(a, b);
    };
    const above = kept.filter((m) => m.start < upTo && m.end <= upTo && !/\bsection\s*\d|\brefus|\bappropriate\s+limit|\bexempt/i.test(paragraph(m.start)));
    return above.filter((m) => !/^\(\d/.test(m.label)).length >= 2 ? above : [];
  }
  // (Read late, not a reference inside a question quoted under its own label: "7. Please list the
  // repairs for the households covered by question 5, …" is the request's wording.)
  if (only) {
    const quoted = new Set(markers.filter((m) => !m.inProse && m.label !== '' && QUESTION_LINE_RE.test(source.slice(m.end, lines[m.line]?.contentEnd ?? m.end))).map((m) => m.line));
    return kept.filter((m) => !quoted.has(lineOf(m.start)));
  }
  return kept.filter((m) => !/^\(\d/.test(m.label)).length >= MIN_REFERENCES ? kept : [];
}

/** "In 2017-18", "For 2023/24", "As at 31 March 2024", "During that year": a period and nothing more. */
const PERIOD_LEAD_RE = /^(?:in|for|during|over|as\s+at|at|by)\s+(?:the\s+)?(?:(?:financial|calendar|same|that|this)\s+)?(?:year\s+)?(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?:(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?|year)$/i;

/**
 * Where the answer closed by a reference at `p` starts: after the previous reference (`after`)
 * when it is in the same paragraph, else at the paragraph's start; a short title sentence there
 * ("About the Council.") is skipped.
 */
function answerStart(text: string, p: number, after: number): number {
  let i = p - 1;
  while (i > after && !(text[i] === '\n' && /\n[ \t]*$/.test(text.slice(Math.max(after, i - 40), i)))) i--;
  i = Math.max(i, after);
  // The previous reference's closing punctuation and the spaces after it.
  while (i < p && /[\s.;,]/.test(text[i]!)) i++;
  const title = /^[A-Z][^.\d\n]{0,40}\.\s+(?=[A-Z])/.exec(text.slice(i, p));
  if (title && title[0].trim().split(/\s+/).length <= 5) i += title[0].length;
  return i;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
// ("In respect to points two and three of your request": the requester's points are the questions.)
const WORDED_RUN_RE = new RegExp(String.raw`\b(?:questions?|points?)\s+(?:${NUMBER_WORD})(?:\s*(?:,|and|&|to|-|–)\s*(?:${NUMBER_WORD}))*\b`, 'gi');
/** "parts 1 to 3 of your request", "In answer to part 2, …": numbered parts of the request (never "part 2 of the Act", "Part 1 of Schedule 1"). */
const PARTS_OF_REQUEST_RE = /\bparts?\s+(\d{1,2})(?:\s*(to|-|–|and|&)\s*(\d{1,2}))?\b(?!\s+of\s+(?:the\s+)?(?:act|regulations?|schedule|foia|freedom|data\s+protection|environmental)\b)/gi;
/** "the first part of question 4", "the last part of your question 6". */
const PART_OF_RE = /\b(?:the\s+)?(first|second|third|fourth|fifth|last|final)\s+part\s+of\s+(?:your\s+)?question\s+(\d{1,3})\b/gi;
const ORDINAL_REF_RE = new RegExp(String.raw`\b(?:your|the)\s+(${ORDINALS.join('|')}|last|final)\s+${PART_OR_QUESTION}`, 'gi');

/**
 * The text with question numbers written in words put in figures, right-aligned in the space of
 * the words they replace, so every offset after them stays where it was: "questions two to four" →
 * "    questions 2 to 4", "your eighth question" → "          question 8".
 */
function inFigures(text: string, lastTop: number, plain: (n: number) => boolean, spans: [number, number][], known: ReadonlySet<string>): string {
  if (!/question|point|part/i.test(text)) return text;
  return text
    // "For parts 1 to 3 of your request, we are refusing …", "Part 1 of your request regarding …":
    // the request's parts by number are its questions ("Q1 to Q3", in the space of the words).
    .replace(PARTS_OF_REQUEST_RE, (ref, a: string, join: string | undefined, b: string | undefined, at: number) => {
      const put = b ? `Q${a} ${/and|&/i.test(join!) ? 'and' : 'to'} Q${b}` : `Q${a}`;
      if (put.length > ref.length) return ref;
      spans.push([at, at + ref.length]);
      return put.padStart(ref.length, ' ');
    })
    // "the first part of question 4" → "question 4a", when the questionnaire has that part.
    .replace(PART_OF_RE, (ref, ord: string, n: string, at: number) => {
      const parts = [...known].filter((id) => new RegExp(`^Q${n}[a-z]$`).test(id)).sort();
      const k = /^(?:last|final)$/i.test(ord) ? parts.length - 1 : ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(ord.toLowerCase());
      const put = k >= 0 && k < parts.length ? `question ${parts[k]!.slice(1)}` : '';
      if (!put || put.length > ref.length) return ref;
      spans.push([at, at + ref.length]);
      return put.padStart(ref.length, ' ');
    })
    .replace(WORDED_RUN_RE, (run, at: number) => {
      spans.push([at, at + run.length]);
      return run.replace(/\s+/g, ' ').replace(/^points/i, 'questions').replace(/^point/i, 'question').replace(new RegExp(String.raw`\b(?:${NUMBER_WORD})\b`, 'gi'), (w) => String(NUMBER_WORDS[w.toLowerCase()])).padStart(run.length, ' ');
    })
    .replace(ORDINAL_REF_RE, (ref, ord: string, at: number) => {
      const n = /^(?:last|final)$/i.test(ord) ? lastTop : ORDINALS.indexOf(ord.toLowerCase()) + 1;
      const put = `question ${n}`;
      if (n <= 0 || !plain(n) || put.length > ref.length) return ref;
      spans.push([at, at + ref.length]);
      return put.padStart(ref.length, ' ');
    });
}

/** The end of the word at `p` in the reply's own text (a reference put in figures is shorter). */
function wordEnd(source: string, p: number): number {
  while (p < source.length && /[\p{L}\p{N}]/u.test(source[p - 1] ?? '') && /[\p{L}\p{N}]/u.test(source[p]!)) p++;
  return p;
}

// (An estimate of the work, "we estimate that this would take …", not an estimated figure given as
// the answer: "an estimated 1,200 accounts (question 6a)".)
const COST_REASONING_RE = /\bwould\s+(?:mean|require|take|involve|need)\b|\bhours?\b|\b(?:we|i)\s+(?:have\s+)?estimated?\b|\bestimated?\s+(?:that|it\s+would|(?:the\s+)?(?:cost|time|work|effort))\b|\bcost\s+limit\b/i;

/** The sentence around `at`, from the stop before it to the stop after it. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 400), at);
  const stops = [...before.matchAll(/[.!?](?=\s)/g)];
  const from = stops.length > 0 ? at - before.length + stops[stops.length - 1]!.index + 1 : Math.max(0, at - 400);
  const after = /[.!?](?=\s|$)/.exec(text.slice(at, at + 400));
  return text.slice(from, after ? at + after.index : Math.min(text.length, at + 400));
}

/** The sentence before the one at `at` (in its paragraph), or the words before `at` in its own, name a question. */
function afterReference(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n\n', at);
  const before = text.slice(from < 0 ? 0 : from + 2, at);
  const stops = [...before.matchAll(/[.!?]["')”’]?\s+(?=[A-Z0-9£"“(])/g)];
  const previous = stops.length >= 2 ? before.slice(stops[stops.length - 2]!.index) : before;
  return REFERENCE_RE.test(previous);
}

const REFERENCE_RE = /\(\s*(?:(?:see\s+)?questions?\s+|q\s*)?\d{1,3}[a-z]?\s*\)|\bquestions?\s+\d{1,3}[a-z]?\b/i;

/** `at` is in the first sentence of its paragraph. */
function inFirstSentence(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n\n', at);
  return !/[.!?]["')”’]?\s+(?=[A-Z0-9£"“(])/.test(text.slice(from < 0 ? 0 : from + 2, at));
}

/** "1. Is this a pilot? N/A. 2. How many …?": a number and a space at a sentence's start inside a line. */
const INLINE_NUMBER_RE = /(?<=[.?!:]["')]?[ \t\u00a0]{1,3})(?:q(?:uestion)?\s?)?(\d{1,3})([a-z])?[.):][ \t\u00a0]+(?=\S)/gi;
/** The words of a text, lower-cased, for comparing a question with its restatement. */
const wordsOf = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * "Please refer below for the information requested: … 1. Is this part of a pilot programme …? N/A.
 * 2. How many have you bought …? N/A. 3. …": a paragraph that restates each numbered question and
 * answers it in the same line. Each restatement becomes a marker that ends where the question's
 * words end, so its answer is what follows up to the next one. Only a number whose next words are
 * that question's own opening words counts (a figure at a sentence's start does not).
 */
export function restatedInlineMarkers(source: string, lines: readonly ReplyLine[], questionnaire: Questionnaire, only: ReadonlySet<string>): Marker[] {
  const out: Marker[] = [];
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    if (L.contentEnd - L.contentStart < 160) continue;
    const line = source.slice(L.contentStart, L.contentEnd);
    for (const m of line.matchAll(INLINE_NUMBER_RE)) {
      const id = normalizeId(`Q${m[1]}${m[2] ?? ''}`);
      const question = id ? questionnaire.byId.get(id) : undefined;
      if (!question?.text || !only.has(question.id)) continue;
      const want = wordsOf(question.text);
      if (want.length < 4) continue;
      // Its opening words, as the request has them; then its last words, within its length again.
      const at = m.index + m[0].length;
      const head = wordsOf(line.slice(at, at + 200)).slice(0, 4);
      if (head.join(' ') !== want.slice(0, 4).join(' ')) continue;
      const tail = want.slice(-2);
      // (Past the first half of its length: "… introduce X over the next two years, which
      // departments will be given X" ends at its second "X".)
      const from = Math.floor(question.text.length / 2);
      const span = line.slice(at + from, at + question.text.length + 60);
      const re = new RegExp(String.raw`\b${tail.join(String.raw`\W+`)}\b[?.:;]*`, 'iu');
      const end = re.exec(span);
      if (!end) continue;
      const start = L.contentStart + m.index;
      out.push({ ids: [question.id], start, end: L.contentStart + at + from + end.index + end[0].length, line: li, label: m[0].trim(), quoteDepth: L.depth, unknownIds: [], inProse: true });
    }
  }
  // (The request itself quoted as one paragraph, "1. How many …? 2. Which …?", has nothing after
  // its questions: more than half the restatements must be followed by words or figures.)
  const answered = out.filter((m, k) => {
    const next = out[k + 1];
    const stop = next && next.line === m.line ? next.start : lines[m.line]!.contentEnd;
    return /[\p{L}\p{N}]/u.test(source.slice(m.end, stop));
  }).length;
  return answered * 2 > out.length ? out : [];
}

/** "…owned by the council?2. How many of these …?": a label glued to the question mark before it. */
const GLUED_AFTER_QUESTION_RE = /\?(\d{1,3})([a-z])?\.[ \t\u00a0]*(?=[A-Z])/g;

/**
 * "1. How many homes does the council own?2. How many of these have been empty …?3. …": the
 * request quoted with its line breaks lost, each label glued to the question mark before it. Each
 * glued label whose next words are that question's own opening words becomes a marker, so the
 * quoted request is seen whole (and the letter's statement below it speaks for every question).
 */
export function gluedQuestionMarkers(source: string, lines: readonly ReplyLine[], markers: readonly Marker[], questionnaire: Questionnaire): Marker[] {
  const have = new Set(markers.map((m) => `${m.line} ${m.ids.join(',')}`));
  const out: Marker[] = [];
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    const line = source.slice(L.contentStart, L.contentEnd);
    if (!line.includes('?')) continue;
    const found: Marker[] = [];
    const take = (num: string, letter: string | undefined, from: number, at: number): void => {
      const id = normalizeId(`Q${num}${letter ?? ''}`);
      const question = id ? questionnaire.byId.get(id) : undefined;
      if (!question?.text || have.has(`${li} ${question.id}`)) return;
      const want = wordsOf(question.text).slice(0, 4);
      if (want.length < 3 || wordsOf(line.slice(at, at + 120)).slice(0, want.length).join(' ') !== want.join(' ')) return;
      found.push({ ids: [question.id], start: L.contentStart + from, end: L.contentStart + at, line: li, label: line.slice(from, at).trim(), quoteDepth: L.depth, unknownIds: [] });
    };
    for (const m of line.matchAll(GLUED_AFTER_QUESTION_RE)) take(m[1]!, m[2], m.index + 1, m.index + m[0].length);
    // (And the line's own first label, when the scan read the glued line as no list: "1. How …?2. …".)
    const first = /^(\d{1,3})([a-z])?\.[ \t\u00a0]*/.exec(line);
    if (found.length > 0 && first) take(first[1]!, first[2], 0, first[0].length);
    out.push(...found.sort((a, b) => a.start - b.start));
  }
  return out;
}

/** "(2) ": a question's number in brackets inside a line, after a space or a question mark. */
const BRACKETED_NUMBER_RE = /(?:^|[\s?])\((\d{1,3})\)[ \t\u00a0]+(?=\S)/;

/**
 * "(1) How many sites does the council operate …? (2) In what year did …? (3) …": the request
 * quoted as a paragraph that numbers its questions in brackets inside its lines. A label of that
 * paragraph is followed, past its own question's words (ending "?", nothing after it), by the
 * next question's bracketed number and that question's opening words: it labels the request, not
 * an answer. Returns those labels (found by the number they write, not by quoted words).
 */
export function requestParagraphLabels(source: string, markers: readonly Marker[], questionnaire: Questionnaire): Set<Marker> {
  const out = new Set<Marker>();
  for (const m of markers) {
    if (m.label === '' || m.inProse || m.byTopic || m.ids.length === 0 || !/^\(\d{1,3}\)$/.test(m.label.trim())) continue;
    const para = /\n[ \t]*\r?\n/.exec(source.slice(m.end, m.end + 600));
    const after = source.slice(m.end, m.end + (para ? para.index : 600));
    const x = BRACKETED_NUMBER_RE.exec(after);
    if (!x) continue;
    const num = Number(x[1]);
    const before = after.slice(0, x.index + x[0].length - x[0].trimStart().length);
    // (The next question's number, after its own words only, asking: nothing after its "?", no
    // other label between, "(2)(a)".)
    if (num !== firstNumber(m.ids[0]!) + 1 || !/\?["'”’)]?\s*$/.test(before) || /\(\d/.test(before)) continue;
    const next = questionnaire.questions.find((q) => !q.heading && q.text && firstNumber(q.id) === num);
    const want = wordsOf(next?.text ?? '').slice(0, 4);
    if (want.length === 4 && wordsOf(after.slice(x.index + x[0].length, x.index + x[0].length + 120)).slice(0, 4).join(' ') === want.join(' ')) out.add(m);
  }
  return out;
}
