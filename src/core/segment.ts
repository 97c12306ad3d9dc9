// Answer segmentation: for each marker, where its answer text is (after the quoted question,
// separators and `Response:` prefixes, up to the next marker, a sign-off, boilerplate or the
// quoted request), and for each question which of its occurrences carries the answer that
// counts (the request quoted without answers never wins; a later message such as an internal
// review supersedes an earlier answer). Pure; linear in the reply's length.
import { isBoilerplate } from './classify';
import { RESPONSE_WORDS, isMessageBoundary, lineShape, wordTokens } from './markers';
import type { LineShape, WordToken } from './markers';
import type { Marker, Questionnaire } from './types';
import { stopWords } from './stopWords';
import { impliedParent, normalizeId } from './ids';
import { LineIndex } from './text';

/** The requester asking, at the start of a paragraph ("Where possible, please also clarify …",
 * "In addition, please provide …"): words of the request, never of the body's answer. */
const REQUESTER_ASK_RE = /^[\s\u00a0]*(?:(?:where|if|when)\s+possible|in\s+addition|additionally|also|further(?:more)?|finally|for\s+(?:rfi|questions?|q)\s*\d[^,]{0,20})?[,\s]*(?:[^.?!]{0,60}?,\s*)?(?:could\s+you\s+|can\s+you\s+|would\s+you\s+)?please\s+(?:also\s+|could\s+you\s+)?(?:provide|clarify|state|tell\s+me|list|supply|specify|indicate|include|send\s+me|confirm\s+(?:whether|if|how|what|which))\b/i;
/** A label repeated after the reply's own: "RFI 1:", "Question 2 –", "Q3.". */
const REPEATED_LABEL_RE = /^[\s\u00a0]*(?:rfi|request|question|q)\s*\.?\s*\d{1,3}[a-z]?\s*[.:)–—-]+[\s\u00a0]*/i;

export interface ReplyLine extends LineShape {
  /** 0-based line number. */
  index: number;
}

/** Split a reply into lines with their quote depth and content bounds. */
export function replyLines(text: string): ReplyLine[] {
  const out: ReplyLine[] = [];
  let pos = 0;
  for (let index = 0; pos <= text.length; index++) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const shape = lineShape(text, pos, eol) as ReplyLine;
    shape.index = index;
    out.push(shape);
    pos = eol + 1;
  }
  return out;
}

export interface QuestionWords {
  /** Word tokens of the question text in order. */
  tokens: string[];
  bag: Set<string>;
  /**
   * Stems (first five letters) of the question's content words that are not answers to it (its
   * choices, yes/no): what a topic title above an answer ("Online portal") shares with it.
   */
  topic: Set<string>;
  /** The question is a heading over its parts ("If the Authority has a CRM system:"). */
  heading: boolean;
  /** Stems of its choices' words: a title offering them ("Residents or Properties") names the question. */
  choiceStems: Set<string>;
  /** Its choices' words, each option as one string ("pilot or trial only"). */
  options: string[];
  /** How many choices it offers (an "Other" one not counted). */
  choiceCount: number;
  /**
   * Its words after a polite lead-in ("Under the Freedom of Information Act could you let me know
   * the total amount …" → "the total amount …"), which a reply quoting it may leave off; empty when
   * it has none, or too few words follow it.
   */
  asked: string[];
}

/**
 * A request's polite lead-in before what it asks for: "Under the Freedom of Information Act could
 * you let me know", "Please could you provide me with", "Could I also know".
 */
const ASK_LEAD_RE = /^(?:under\s+the\s+freedom\s+of\s+information\s+act(?:\s+\d{4})?,?\s+)?(?:(?:please\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:also\s+)?(?:let\s+me\s+know|tell\s+me|provide(?:\s+me\s+with)?|confirm|advise|supply|send\s+me)|please\s+(?:also\s+)?(?:let\s+me\s+know|tell\s+me|provide(?:\s+me\s+with)?|confirm|advise|supply|send\s+me)|(?:could|can|may)\s+I\s+(?:please\s+)?(?:also\s+)?(?:know|have|ask\s+for|request)|I\s+would\s+(?:also\s+)?like\s+to\s+know)\s+/i;

const wordsCache = new WeakMap<Questionnaire, Map<string, QuestionWords>>();

/** Word tokens of every question's text, keyed by id (cached per questionnaire object). */
export function questionWords(questionnaire: Questionnaire | null): Map<string, QuestionWords> {
  const cached = questionnaire ? wordsCache.get(questionnaire) : undefined;
  if (cached) return cached;
  const out = new Map<string, QuestionWords>();
  for (const q of questionnaire?.questions ?? []) {
    const tokens = wordTokens(q.text ?? '').map((t) => t.word);
    const choices = typeof q.choices === 'string' ? (questionnaire!.codes[q.choices] ?? []) : (q.choices ?? []);
    const answers = new Set(wordTokens(choices.join(' ')).map((t) => t.word));
    const topic = new Set(tokens.filter((w) => w.length > 2 && !TOPIC_STOP.has(w) && !answers.has(w)).map(topicStem));
    const choiceStems = new Set([...answers].filter((w) => w.length > 2 && !TOPIC_STOP.has(w)).map(topicStem));
    const options = choices.map((c) => wordTokens(c).map((t) => t.word).join(' '));
    const lead = ASK_LEAD_RE.exec(q.text ?? '');
    const asked = lead ? wordTokens((q.text ?? '').slice(lead[0].length)).map((t) => t.word) : [];
    out.set(q.id, { tokens, bag: new Set(tokens), topic, heading: q.heading === true, choiceStems, options, choiceCount: choices.filter((c) => !/^\s*other\b/i.test(c)).length, asked: asked.length >= 6 ? asked : [] });
  }
  if (questionnaire) wordsCache.set(questionnaire, out);
  return out;
}

/** Words that say nothing of a question's topic, and the answers any question may get. */
export const TOPIC_STOP = stopWords('please provide number total yes no both none all not held applicable authority council');
/** A word's stem for topic matching: its first five letters ("systems" ~ "system"), a plural's "s" dropped first ("costs" ~ "cost"). */
export const topicStem = (w: string): string => (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w).slice(0, 5);

/**
 * Whether the text after a label ("– Porth ar-lein / Online portal") is a title naming the
 * question's topic rather than its answer: a few words without figures or a sentence's end, one
 * of whose " / " halves (a title in two languages) is mostly words of the question's topic.
 */
export function isTopicTitle(seg: string, topic: ReadonlySet<string>, choices: ReadonlySet<string> = new Set()): boolean {
  const body = seg.replace(/^[\s\u00a0:.)\]–—|*-]+/, '').trim();
  // "Yes – KBC Online", "N/A – no CRM": an answer, whatever words follow.
  if (ANSWER_LEAD_RE.test(body)) return false;
  // (A financial year may be in a title: "Play areas planned for closure in 2025/26".)
  // (So may a year the question names: "Number of cremations in calendar year 2023".)
  const yearless = body.replace(/\b(?:19|20)\d\d\s?[/–-]\s?\d{2}\b/g, ' ').replace(/\b(?:19|20)\d\d\b/g, (y) => (topic.has(y) ? ' ' : y));
  if (body.length === 0 || body.length > 160 || /\d|[.?!,;]$/.test(yearless)) return false;
  const halves = body.split(/\s\/\s/);
  if (halves.length > 2 || halves.some((half) => wordTokens(half).length > 10)) return false;
  // "… manages the fleet in-house, with": a sentence that wraps, not a title.
  const last = wordTokens(body).pop()?.word ?? '';
  if (TOPIC_STOP.has(last) && !/^(?:authority|council|held|applicable)$/.test(last)) return false;
  return halves.some((half) => {
    const stems = [...new Set(wordTokens(half).map((t) => t.word).filter((w) => w.length > 2 && !TOPIC_STOP.has(w)).map(topicStem))];
    if (stems.length === 0) return false;
    // "Residents or Properties": the question's choices offered, not one of them picked.
    if (/\bor\b/i.test(half) && stems.filter((w) => choices.has(w)).length >= 2) return true;
    const hits = stems.filter((w) => topic.has(w)).length;
    return hits >= 1 && hits * 2 >= stems.length;
  });
}

/** A segment's text: for a wrapped right-hand column, only the column's part of each line. */
export function segmentText(text: string, seg: Pick<Segment, 'start' | 'end' | 'column' | 'columnEnd'>): string {
  const whole = text.slice(seg.start, seg.end);
  if (seg.column === undefined) return whole;
  const col = seg.column;
  const colEnd = seg.columnEnd;
  const firstAt = seg.start - (text.lastIndexOf('\n', seg.start - 1) + 1);
  // (Not a page's furniture inside the cell: its footer, and the table's header printed again.)
  const above = new Set(text.slice(0, seg.start).split('\n').map((l) => l.trim()).filter((l) => l.length > 0));
  return whole
    .split('\n')
    .map((line, i) => {
      if (i > 0 && (isPageLine(line) || above.has(line.trim()))) return '';
      const piece = i === 0 ? (colEnd === undefined ? line : line.slice(0, Math.max(0, colEnd - firstAt))) : pipeRowCell(line) ?? line.slice(col, colEnd);
      return piece.replace(/\r$/, '').trim();
    })
    .filter((piece, i) => i === 0 || piece.length > 0)
    .join('\n');
}

/** A pipe table row's last cell ("|   | … | carried on |"), whether or not its pipes line up with the row above; null for other lines. */
function pipeRowCell(line: string): string | null {
  const r = line.replace(/\r$/, '').trimEnd();
  if (!/^\s*\|/.test(r)) return null;
  // The answer's last line is cut before its closing pipe.
  if (!r.endsWith('|')) return r.slice(r.lastIndexOf('|') + 1);
  const before = r.lastIndexOf('|', r.length - 2);
  return before >= 0 ? r.slice(before + 1, r.length - 1) : null;
}

/** One marker's answer: `[start, end)` is the trimmed answer text. */
export interface Segment {
  marker: Marker;
  markerIndex: number;
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** The answer starts on the marker's own line (`Q4 – 75`, table rows). */
  inline: boolean;
  /**
   * A right-hand column's answer that wraps over several lines beside the question's own
   * wrapped lines: the column (from the line's start) where each line's part of the answer begins.
   */
  column?: number;
  /** With `column`: where the column ends (a pipe table's cell), or the line's end when absent. */
  columnEnd?: number;
  depth: number;
}

export interface SegmentContext {
  text: string;
  lines: ReplyLine[];
  markers: Marker[];
  words: Map<string, QuestionWords>;
  /**
   * Code list names, and the titles of the request's sections ("Fly-tipping", "Section B:
   * Enforcement" and its parts), normalised: a line that is one of them heads what follows and
   * ends the answer above it.
   */
  codeNames: Set<string>;
  /** Lines that carry a marker → index into `markers`. */
  markerLines: Map<number, number>;
  /**
   * The column where a fixed-width table's answers start, when the reply has one: "4c. Are the
   * systems mainly centered around  Properties" splits there though its gap is only two spaces.
   */
  answerColumn: number | null;
}

/**
 * The one column at which most lines with a gap in them resume after two or more spaces, their
 * last gap (a PDF table turned to text keeps its answer column where its question column wraps).
 * Null unless five lines or more agree, half of those with a gap.
 */
export function answerColumnOf(text: string, lines: readonly ReplyLine[]): number | null {
  // (Once per reply: its segment context is built again after each pass that adds markers.)
  const cached = columnCache.get(lines);
  if (cached !== undefined) return cached;
  const column = findAnswerColumn(text, lines);
  columnCache.set(lines, column);
  return column;
}
const columnCache = new WeakMap<readonly ReplyLine[], number | null>();

function findAnswerColumn(text: string, lines: readonly ReplyLine[]): number | null {
  const counts = new Map<number, number>();
  let gapped = 0;
  for (const L of lines) {
    if (L.blank || L.depth > 0 || L.contentEnd - L.start < 30) continue;
    const raw = text.slice(L.start, L.contentEnd);
    if (raw.includes('\t') || raw.includes('|')) continue;
    let last = -1;
    for (const m of raw.matchAll(/\S( {2,})(?=\S)/g)) last = m.index + 1 + m[1]!.length;
    if (last < 20) continue;
    gapped++;
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  let best = -1;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return n >= 5 && n * 2 >= gapped ? best : null;
}

/** The offset where a line's answer column starts after a gap of two spaces or more; -1 when it does not. */
function columnSplit(ctx: SegmentContext, L: ReplyLine, bag?: ReadonlySet<string>): number {
  const col = ctx.answerColumn;
  if (col === null || L.contentEnd - L.start <= col) return -1;
  const p = L.start + col;
  if (!/\S/.test(ctx.text[p]!) || !/\S/.test(ctx.text.slice(L.contentStart, p))) return -1;
  if (ctx.text[p - 1] === ' ' && ctx.text[p - 2] === ' ') return p;
  // ("14    Are the IT systems centred primarily around Mainly Residents; revenues and": the
  // question's cell filled to the column, one space before the answer's capitalised word, which is
  // none of the question's.)
  const word = /^[A-Z£\d][\p{L}\d,.£%]*/u.exec(ctx.text.slice(p, p + 30))?.[0];
  return bag && word && ctx.text[p - 1] === ' ' && /\S/.test(ctx.text[p - 2]!) && !bag.has(word.toLowerCase().replace(/[^\p{L}\d]+$/u, '')) ? p : -1;
}

export function segmentContext(text: string, markers: Marker[], questionnaire: Questionnaire | null, lines = replyLines(text)): SegmentContext {
  const codeNames = new Set<string>();
  for (const name of Object.keys(questionnaire?.codes ?? {})) codeNames.add(norm(name.replace(/[-_]/g, ' ')));
  for (const q of questionnaire?.questions ?? []) {
    if (!q.section) continue;
    codeNames.add(norm(q.section));
    for (const part of q.section.split(/\s*[:–—-]\s+/)) if (part.trim()) codeNames.add(norm(part));
  }
  const markerLines = new Map<number, number>();
  markers.forEach((m, i) => markerLines.set(m.line, i));
  return { text, lines, markers, words: questionWords(questionnaire), codeNames, markerLines, answerColumn: answerColumnOf(text, lines) };
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const SIGNOFF_RE =
  /^(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind(?:est)?|best|warm(?:est)?|many)\s+(?:regards|thanks|wishes)|regards|thanks|thank you|many thanks|cheers|best wishes|with (?:kind |best )?regards)\b[\s,.!]*$/i;
const REQUEST_HEADING_RE =
  /^(?:your (?:original |initial )?(?:request|email|e-mail)\b|copy of (?:your|the) request|(?:the )?original request|information requested\s*(?::|$)|request details|you asked\s*:|your questions?\s*:)/i;
const LINKS_RE = /^(?:references|visible links|links|hidden links)\s*:?$/i;
/**
 * A routing instruction of the request ("(if Yes answer Q12, if No answer Q13)", "(Q12 applies
 * if yes; Q13 applies if no)", "If yes, go to Q12"): never an answer.
 */
const ROUTING_RE = {
  test(c: string): boolean {
    if (c.length > 160) return false;
    if (/^\(?\s*if\s+(?:yes|no)\b.{0,80}\b(?:answer|go to|skip to|proceed to|continue (?:to|with)|move (?:on )?to)\b/i.test(c)) return true;
    // "If so:" alone between a question and its follow-up parts: the requester's condition ("If
    // yes, please detail:" too).
    if (/^\(?\s*if\s+(?:so|yes|no|not)\s*[:,;–—-]?\s*(?:please\s+(?:detail|provide|state|specify|give|list|explain|describe)(?:\s+the\s+following)?\s*:?\s*)?\)?$/i.test(c)) return true;
    // Wholly in brackets, with a yes/no condition and a question reference.
    return /^\(.*\)[.;]?$/.test(c) && /\bif\s+(?:yes|no|so|not)\b/i.test(c) && /\b(?:q|question)\s?\d{1,3}[a-z]?\b/i.test(c);
  },
};
/** "13a – 13d", "13(a) to 13(d)", "(Q12a to Q12c)", "12a-c": a range of one question's part labels, alone. */
const PART_RANGE_RE = /^\(?(?:q(?:uestions?)?\s*)?(\d{1,3})(?:[a-h]|\([a-h]\))\s*(?:-|–|—|to)\s*(?:q?\1)?(?:[a-h]|\([a-h]\))\)?[.:;]?$/i;
/** A line that only routes the requester ("(If no, go to Q6)", "If so:"). */
export function isRoutingLine(c: string): boolean {
  return ROUTING_RE.test(c);
}
const ANSWER_LEAD_RE = /^[\s\u00a0:.)\]–—|-]*(?:n\/a\b|not\s+(?:applicable|held|known|recorded)\b|yes\b|no\b(?!\s+of\b)|none\b|nil\b|unknown\b)/i;
const STATEMENT_LEAD_RE = /^[\s\u00a0]*(?:the\s+(?:council|authority)(?:['\u2019]s)?\s+(?!\w+\?)|our\s|we\s)/i;
/** The import's attachment separator: `=== FOI 1234 Response.pdf · page 2 ===`. */
export const ATTACHMENT_SEPARATOR_RE = /^={3}\s.{1,200}\s={3}$/;
/** A saved web page's navigation: "To return to the list of all the FOI requests please click here", "Back to top". */
const PAGE_NAVIGATION_RE = /^(?:to\s+return\s+to|return\s+to|back\s+to|go\s+back\s+to)\s+(?:the\s+)?(?:list|top|index|disclosure\s+log|previous\s+page|search\s+results)\b/i;
// ("3/4" is a page; "2017/2018" alone on its line is a financial year, the first cell of a row.)
const PAGE_RE = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,3}\s*\/\s*\d{1,3})$/i;
const CLOSING_RE =
  /^(?:if you (?:are|have|remain|wish|require|need|would)|should you|please (?:do not|don't|contact|note that|let (?:me|us) know)|i hope|we hope|i trust|you (?:may|can|have the right)|your right|the remainder|where information|re-use|this (?:e-?mail|message|communication)|any problems|(?:many )?thanks? (?:you )?(?:in advance|for (?:your|taking))|i look forward|(?:advice and assistance|rights? of (?:appeal|review)|(?:your )?right to (?:appeal|complain|request an? (?:internal )?review)|internal review(?: procedure)?|complaints? procedure)\s*:?$)/i;

/** A line that closes the letter: its sign-off, or the usual paragraphs about rights, re-use and further help. */
export function closesLetter(line: string): boolean {
  return CLOSING_RE.test(line) || SIGNOFF_RE.test(line);
}
/**
 * A council's own mark before each inline answer ("RMBC: 257,300", "NCC:\tYes"): an acronym
 * and a colon at the start of the line. Yes/No/N/A-like words are answers, not marks.
 */
const ACRONYM_PREFIX_RE = /^(?!(?:YES|NO|NIL|NONE|NA|TBC|NB|PS|URL|HTTPS?|FAO|ATTN|RE|FW|FWD|CC|BCC|TO|FROM|DATE|SUBJECT)\s?:)[A-Z]{2,6}\s?:[ \t\u00a0]+(?=\S)/;
const ANSWER_PREFIX_RE = /^(?:(?:our |the council(?:'|’)?s |council )?(?:response|answer|reply)(?: to (?:q(?:uestion)?s?\s?|parts?\s)?(?:\d{1,3}[a-z]?|\(?[a-h]\))(?:\s?(?:,|and|&)\s?(?:\d{1,3}[a-z]?|\(?[a-h]\)))*)?(?: ?\([^()\n]{1,30}\))?\s?[:\-–—]|a\s?[:\-–]|a\.(?=[ \t\u00a0])|a\.\d{1,3}[a-z]?[.:)]?(?=[ \t\u00a0])|a\s?\d{1,3}[a-z]?\s?[.:)\-–/]|r\s?:)[ \t\u00a0]*/i;
const SEPARATORS = new Set([' ', '\t', '\u00a0', '-', '–', '—', ':', '|', '*', '\u200b']);

function lineContent(ctx: SegmentContext, l: ReplyLine): string {
  return ctx.text.slice(l.contentStart, l.contentEnd);
}

/** Lines that end an answer (and that no answer starts at). */
/** "Response 12-07-2022", "Our response (3 March 2024):": the heading, with its date, over the council's answers. */
export const DATED_RESPONSE_RE = /^(?:our\s+|council(?:'s|’s)?\s+)?(?:response|reply|decision)\s*(?:dated\s+|sent\s+|issued\s+)?[(–-]?\s*\d{1,2}(?:st|nd|rd|th)?[\s./-]+(?:\d{1,2}|[a-z]{3,9})[\s./-]+\d{2,4}\s*\)?\s*:?$/i;

/** "Please see our answers below": the letter's turn from the quoted request to its answers. */
/** "Note on questions 4a and 4b", "Explanation for Q3": a section further down on named questions. */
export const EXPLANATION_HEADING_RE = /^[ \t>]*(?:explanation|reasons?|notes?)\s+(?:for|on|to|about|regarding|concerning)\s+(?:your\s+)?(?:questions?|qs?\.?)\s?\d{1,3}[a-z]?\b[^\n.?]{0,40}?[ \t]*:?[ \t]*\r?$/im;
const RESPONSE_BELOW_RE = /^(?:please\s+)?(?:find|see)\s+(?:your|our|the(?:\s+council'?s)?)\s+(?:response|answer|reply)s?\s+(?:below|as\s+follows)\s*[.:]?$/i;

/**
 * "We confirm that the information you asked for is held by the Council. We have set it out below.":
 * the letter's duty to say what it holds, before its answers; no answer.
 */
const HELD_CONFIRMED_RE = /^(?:i|we)\s+(?:can\s+|are\s+able\s+to\s+)?confirm\s+(?:that\s+)?(?:the\s+|some\s+(?:of\s+the\s+)?)?(?:information|data)\s+(?:(?:that\s+)?you\s+(?:have\s+)?)?(?:requested|asked\s+for)\s+is\s+held\b[^.]*\.?(?:\s+(?:i|we)\s+(?:have\s+)?(?:detailed|set\s+(?:it\s+)?out|provided|listed)\s+(?:it\s+)?below\b[^.]*\.?)?$/i;

/** "Request Date …", "Requested by …", "Released Date", "Date received …", "- Reference number" / "- Date of decision": a log page's particulars of the case. */
// (The field's value may run onto its name: "Request Date22 March 2021", "Requested byBusiness".)
export const PAGE_PARTICULARS_RE = /^(?:[-•*][ \t]*)?(?:(?:request(?:ed)?|received|released?|response|responded|published|publication)\s*(?:date|by|on)(?![a-z])|date\s*(?:request\s+)?(?:received|released|responded|of\s+(?:request|response|decision)|published)(?![a-z])|reference\s+(?:number|no\.?)\s*:?\s*$)[^.!?]{0,80}$/i;

/** "NOTICE OF REFUSAL", "Refusal notice:": the heading of the letter's formal notice, after its answers. */
const REFUSAL_NOTICE_HEADING_RE = /^(?:notice\s+of\s+refusal|refusal\s+notice)\s*:?$/i;

export function isStopLine(ctx: SegmentContext, l: ReplyLine): boolean {
  const c = lineContent(ctx, l);
  if (HELD_CONFIRMED_RE.test(c)) return true;
  if (c.length > 160) return false;
  if (PAGE_PARTICULARS_RE.test(c)) return true;
  if (SIGNOFF_RE.test(c) || isMessageBoundary(c) || REQUEST_HEADING_RE.test(c) || LINKS_RE.test(c) || ROUTING_RE.test(c) || DATED_RESPONSE_RE.test(c) || RESPONSE_BELOW_RE.test(c)) return true;
  if (c === '--' || /^-{2,}\s?$/.test(c)) return true;
  if (EXPLANATION_HEADING_RE.test(c)) return true;
  // (Under a question with nothing between, the notice is its answer.)
  if (REFUSAL_NOTICE_HEADING_RE.test(c)) {
    let k = l.index - 1;
    while (k >= 0 && ctx.lines[k]!.contentEnd <= ctx.lines[k]!.contentStart) k--;
    if (k < 0 || !ctx.markerLines.has(k)) return true;
    // (A question ends in "?" or ":"; "9. Information not held." is an answer already.)
    const above = lineContent(ctx, ctx.lines[k]!).trim();
    return !/[?:]["')\]]?$/.test(above) && !/^\W*(?:q(?:uestion)?\s*)?\d{1,3}[a-z]?\W*$/i.test(above);
  }
  if (PAGE_RE.test(c) || ATTACHMENT_SEPARATOR_RE.test(c) || PAGE_NAVIGATION_RE.test(c)) return true;
  if (ctx.codeNames.size && c.length < 60 && ctx.codeNames.has(norm(c))) return true;
  if (/\bdear\s.{0,80}\bcouncil\b/i.test(c) && c.length < 120) return true;
  return false;
}

/** A minus sign starting a figure (`-5`, `-£1,200`, `-.5`): part of the answer, not a separator. */
const SIGNED_FIGURE = /^[-\u2212](?:£\s?)?\.?\d/;

function skipSeparators(text: string, p: number, end: number): number {
  while (p < end && SEPARATORS.has(text[p]!) && !SIGNED_FIGURE.test(text.slice(p, p + 4))) p++;
  return p;
}

/** Skip separators and an answer prefix (`Response:`, `A:`) from `p` up to `end`. */
function skipLead(text: string, p: number, end: number): number {
  for (let guard = 0; guard < 3; guard++) {
    p = skipSeparators(text, p, end);
    const head = text.slice(p, Math.min(end, p + 40));
    // ("A) Yes": an answer's capital "A" and a bracket, under its question; never the part "a)".)
    const m = ANSWER_PREFIX_RE.exec(head) ?? ACRONYM_PREFIX_RE.exec(head) ?? /^A\)[ \t\u00a0]+(?=\S)/.exec(head);
    if (!m) break;
    p += m[0].length;
  }
  return skipSeparators(text, p, end);
}

const TRAILING_PUNCT = new Set(['?', ')', '"', '.', ':', '’', '”', "'", ']', ',', ';']);

interface QuestionEnd {
  /** Offset where the answer may start. */
  offset: number;
  line: number;
}

/**
 * Where the quoted question text after a marker ends: a fuzzy, in-order match of the question's
 * words across wrapped lines (a reply may reflow, abbreviate or paraphrase the question), with
 * table cells (tabs, pipes) taken whole.
 */
/** A heading that names a section of the Act and nothing more: "Section 12", "Section 40(2) – Personal data". */
const SECTION_HEADING_RE = /^\W*(?:section|s\.?)\s*\d{1,2}(?:\s*\(\s*\d\s*\))*(?:\s*[-–—:]\s*[A-Z][\w ,'’()-]{0,70})?\s*$/i;
/** The council's words leading into a question's label: "With regard to", "Turning to", "In relation to". */
const LED_LABEL_RE = /\b(?:with\s+regards?\s+to|turning\s+(?:now\s+|next\s+)?to|in\s+(?:relation|respect|answer|response|reply)\s+(?:to|of)|regarding|as\s+(?:for|regards))\s+(?:your\s+)?$/i;

export function questionEnd(ctx: SegmentContext, m: Marker): QuestionEnd {
  const q: string[] = [];
  const bag = new Set<string>();
  let topic: QuestionWords | null = null;
  for (const id of m.ids) {
    const w = ctx.words.get(id);
    if (!w) continue;
    q.push(...w.tokens);
    for (const t of w.bag) bag.add(t);
    if (m.ids.length === 1) topic = w;
  }
  // ("Questions 10 a) and b) – falls" over its answer: a title of the questions' topic together.)
  const together = topic ?? mergedWords(m.ids.map((id) => ctx.words.get(id)).filter((w): w is QuestionWords => !!w));
  let result: QuestionEnd = { offset: m.end, line: m.line };
  // Ids named in prose: what follows is the council's sentence, never the question restated.
  // ("… so the answer to" / "question 4 is yes.": the reference may wrap; its answer is on the line it ends on.)
  if (m.inProse) {
    let l = m.line;
    while (l + 1 < ctx.lines.length && ctx.lines[l + 1]!.start <= m.end) l++;
    return { offset: m.end, line: l };
  }
  if (q.length === 0) return result;
  // ("With regard to question 6a, the Council does have a portal …": a label led into by the
  // council's own words and closed by its comma opens the council's sentence, though it repeats the
  // question's words.)
  if (/,\s*$/.test(m.label) && LED_LABEL_RE.test(ctx.text.slice(ctx.lines[m.line]!.contentStart, m.start))) return result;
  // "Q1 / Send me your estates planA1 / No such plan exists …": the answer's own label on
  // the question's line (glued to the question where a PDF lost the line break).
  const num = /^Q(\d+)/.exec(m.ids[0] ?? '')?.[1];
  if (num) {
    const L = ctx.lines[m.line]!;
    const own = new RegExp(String.raw`A${num}\s?[/:]\s`).exec(ctx.text.slice(m.end, L.contentEnd));
    if (own) return { offset: m.end + own.index, line: m.line };
  }
  let qi = 0;
  let prevEndedQuestion = false;
  const { text, lines } = ctx;
  for (let li = m.line; li < lines.length && li < m.line + 12; li++) {
    const L = lines[li]!;
    const first = li === m.line;
    if (!first) {
      // ("2. Whether the council has cut any lighting, and if so whether by:" / "" / "- Switching
      // lights off" / "- Dimming …": the question's own list of ways, after a blank line, in its words.)
      // (The bullet below is then read as any line is: the question's words go on, or its answer starts.)
      if (L.blank && qi > 0 && qi < q.length && li > 0 && /:\s*$/.test(lineContent(ctx, lines[li - 1]!)) && li + 1 < lines.length && !lines[li + 1]!.blank && OPTION_BULLET_RE.test(lineContent(ctx, lines[li + 1]!))) continue;
      // ("… in each of the following years:" / "" / "iii) 2021": the question's own words after a
      // blank line, all of them and nothing else.)
      if (L.blank && qi > 0 && qi < q.length && goesOnBelow(ctx, li, q, qi)) continue;
      if (L.blank || ctx.markerLines.has(li)) return result;
      if (L.depth < m.quoteDepth) return result;
      const c = lineContent(ctx, L);
      if (ROUTING_RE.test(c)) {
        result = { offset: L.contentEnd, line: li };
        continue;
      }
      // The requester's own asks bulleted under the question ("• Please list each language in
      // order of use"): the question goes on.
      if (REQUEST_BULLET_RE.test(c)) {
        result = { offset: L.contentEnd, line: li };
        qi = Math.max(qi, 1);
        continue;
      }
      // The question's options listed under it ("   - Council staff" / "   - A contractor"): the
      // request's, not an answer.
      // (All of them, after the question's words: a few, under a bare label, are the answer.)
      if (topic && qi > 0 && topic.choiceCount >= 2 && OPTION_BULLET_RE.test(c)) {
        const isOption = (k: number): boolean => {
          const line = lines[k];
          if (!line || line.blank || line.depth !== L.depth) return false;
          const t = lineContent(ctx, line);
          const named = OPTION_BULLET_RE.test(t) ? wordTokens(t.replace(OPTION_BULLET_RE, '')).filter((w) => w.word.length > 2 && !TOPIC_STOP.has(w.word)) : [];
          return named.length > 0 && named.every((w) => topic!.choiceStems.has(topicStem(w.word)));
        };
        let k = li;
        while (isOption(k)) k++;
        if (k - li >= topic.choiceCount) {
          result = { offset: lines[k - 1]!.contentEnd, line: k - 1 };
          li = k - 1;
          continue;
        }
      }
      if (ANSWER_PREFIX_RE.test(c) || ACRONYM_PREFIX_RE.test(c) || isStopLine(ctx, L)) return result;
      if (qi >= q.length) return result;
    }
    // ("1.    RFI 1: Does the Trust …", "2. Question 2 – How many …": the question's own label again
    // after the reply's number; the question's words come after it.)
    const again = first ? REPEATED_LABEL_RE.exec(text.slice(m.end, L.contentEnd)) : null;
    const segStart = first ? m.end + (again ? again[0].length : 0) : L.contentStart;
    const seg = text.slice(segStart, L.contentEnd);
    // ("… in each of the following years:" / "  1. i) 2019" / "  2. ii) 2020": the question's years,
    // numbered again by a copy; the number before the question's own words is the copy's.)
    const toks = first || qi === 0 ? wordTokens(seg, segStart) : withoutCopyNumber(seg, wordTokens(seg, segStart), q, qi);
    if (toks.length === 0) {
      if (!first) return result;
      continue;
    }
    // "4(a) 37 of these are stand-alone.": a line that opens with a figure the question does not
    // contain is an answer restating the question's words, not the question.
    if (first && /^[\s\u00a0]*(?:c\.\s?|£\s?)?\d/.test(seg) && !q.includes(toks[0]!.word)) return result;
    // "(9) In-house officers, contractors or a mix: Mainly in-house.": a title in the question's
    // words before a colon, the answer after it.
    if (first && seg.includes(':')) {
      const titled = /^[\s\u00a0]*([^:?\n]{3,80}):[ \t\u00a0]+\S/.exec(seg);
      const tt = titled ? wordTokens(titled[1]!) : [];
      // (Not the question's own colon before its options: "What is the main fuel used by your
      // vehicles: diesel, HVO, electric, or other?", "Where ashes are not collected, are they usually:".)
      // (Nor one whose words before the colon end in an ask: "For all those found …, please provide:
      // rank of officer, date of hearing, …" lists what it asks for.)
      const asks = /\?["'”’)]?\s*$/.test(seg) || (!!titled && (/^[\s,;"'“‘]*(?:what|which|where|when|who|how|why|is|are|does|do|did|has|have|was|were|can|could|will|would|should|please|if)\b/i.test(titled[1]!) || /\bplease\s+(?:provide|give|supply|list|send|state|tell\s+me|include)\W*$/i.test(titled[1]!)));
      // (Nor one of the question's choices, named alone: "A mix of both: staff clean the town sites …".)
      const named = tt.filter((t) => t.word.length > 2 && !TOPIC_STOP.has(t.word));
      const choosesOne = !!topic && topic.choiceStems.size > 0 && named.length > 0 && named.length <= 4 && !tt.some((t) => t.word === 'or') && named.every((t) => topic!.choiceStems.has(topicStem(t.word)));
      // (Nor a sentence that gives a figure before its breakdown: "The council is responsible for
      // 18,837 street lights: 18,233 columns and 604 wall units.")
      const ownFigure = tt.some((t) => /^\d/.test(t.word) && !bag.has(t.word));
      // (Nor two cells of a fixed-width row: "Winter Service Plan      Attached: "Policy …"".)
      const cells = !!titled && /\S {4,}\S|\t/.test(titled[1]!);
      // (Nor the question's own options after its colon: "(b) the outcome of the chargeable account:
      // surplus, deficit or break-even." restated, every word the question's, an "or" among them.)
      const after = titled ? wordTokens(seg.slice(titled[0].length - 1)) : [];
      // (Nor the start of its own list of options, wrapping onto the next line: "… planning to:
      // introduce a new scheme; renew an existing" / "scheme; both; or neither?" — the question's
      // own words in its order, more of them than any one option has.)
      const afterWords = ` ${after.map((t) => t.word).join(' ')} `;
      const longest = Math.max(0, ...(topic?.options ?? []).map((o) => o.split(' ').length));
      // (Not a sentence that ends there: "(4) In-house, contractor or a mix: A mix of both." answers.)
      const namesOptions = !!topic && topic.options.length >= 2 && after.length > longest && !/[.!]["'”’)]?\s*$/.test(seg) && ` ${q.join(' ')} `.includes(afterWords);
      const ownOptions = after.length >= 2 && (after.some((t) => t.word === 'or') || namesOptions) && after.every((t) => bag.has(t.word));
      if (titled && !asks && !choosesOne && !ownFigure && !cells && !ownOptions && tt.length >= 2 && tt.filter((t) => bag.has(t.word)).length / tt.length >= 0.6) return { offset: segStart + titled[0].length - 1, line: li };
    }
    // "(ii) Prevention duties ended with accommodation secured for 6+ months" over "297": a title in
    // the question's words, with the answer alone on the next line; the title's figure is not it.
    if (first && !/[.?!:]\s*$/.test(seg) && toks.filter((t) => bag.has(t.word)).length >= 3 && figureLineBelow(ctx, li)) return { offset: L.contentEnd, line: li };
    // Under a label alone on its line ("Question 1(a)"), a sentence with a figure the question
    // does not contain ("201 of those households included …", "On 31 March the council had 287
    // households …") restates the question as its answer; a quoted question asks ("?").
    // (Not the question restated whole before its answer: "10) Please provide a copy of … policy.
    // Please see the attached "Stray Dogs Procedure (revised 2022)".")
    // (A financial year is no such figure: "Capital spending on play areas 2024/25" is a title.)
    const ownFigure = (ts: readonly WordToken[]): boolean => ts.some((t) => /^\d/.test(t.word) && !bag.has(t.word));
    const split = columnSplit(ctx, L, bag);
    if (qi === 0 && !/\t|\||\S {4,}\S/.test(seg) && split <= segStart && !seg.includes('?') && ownFigure(toks) && ownFigure(wordTokens(seg.replace(/\b(?:19|20)\d\d\s?[/–-]\s?\d{2}\b/g, ' '))) && !restatesWhole(toks, q)) return result;
    // "Q13: Not applicable, we have a CRM": an answer's opening words are never the question's.
    // ("Question 3 – Does the council publish a register?" / "No.": a line of one "Yes" or "No" under
    // the question restated answers it, though the request ended "(Yes/No)".)
    if (((first || qi === 0) && ANSWER_LEAD_RE.test(seg)) || (!first && /^[\s\u00a0]*(?:yes|no)[\s\u00a0.!]*$/i.test(seg))) return result;
    // "14. The Council's systems are centred primarily around properties.": a statement in the
    // council's own voice that asks nothing restates the question as its answer.
    if ((first || qi === 0) && STATEMENT_LEAD_RE.test(seg) && !seg.includes('?') && /\.\s*$/.test(seg)) return result;
    // Table rows: whole cells are question or answer (a run of spaces is a column gap).
    // ("4<TAB>The council's insurer": a cell that opens with one of the question's choices answers it,
    // though the choices are words of the request's question.)
    // (Not "In-house / contractor / no service": the choices offered, the question's cell.)
    if (first && qi === 0 && topic && topic.choiceStems.size > 0 && /\t|\||\S {4,}\S/.test(seg)) {
      const firstCell = seg.trim().split(/\t|\s*\|\s*|\s{4,}/)[0] ?? '';
      if (!/\/|\bor\b/i.test(firstCell) && opensWithChoice(wordTokens(firstCell), firstCell, topic)) return result;
    }
    if (/\t|\||\S {4,}\S/.test(seg) || split > segStart) {
      const cellEnd = questionCells(text, segStart, L.contentEnd, q, bag, topic, split);
      if (cellEnd !== null) return { offset: cellEnd, line: li };
    }
    // Until some question word has matched, every line is judged as the question's first line.
    const qiBefore = qi;
    // (After the question's colon, a line of two or more of its next words and nothing else, "ii) 2020",
    // is still the question's.)
    const goesOn = !first && qi > 0 && toks.length >= 2 && matchesWhole(toks, q, qi);
    const match = matchPrefix(toks, q, qi, first || qi === 0, prevEndedQuestion && !goesOn);
    // "2." over "By a leisure trust (Carrowgate Leisure Trust).": a line that opens with one of the
    // question's choices, and no word of its topic, answers it.
    // (Not the question's own words, wrapped before its "?": "Which service administers the list:
    // Legal / Planning / … / Democratic or" / "Community Services / Other?".)
    if (qiBefore === 0 && !(match.ok && match.matched >= 4) && opensWithChoice(toks, seg, topic)) return result;
    // "Q6  Pilot or trial only": one of the question's options, word for word and alone, answers it.
    if (first && qiBefore === 0 && topic && topic.options.length > 0 && topic.options.includes(toks.map((t) => t.word).join(' '))) return result;
    if (match.ok) {
      const consumedTo = extendPunct(text, toks[match.last]!.end, L.contentEnd);
      const endedQ = /[?:)]/.test(text.slice(toks[match.last]!.end, consumedTo));
      // "4. These waiting lists are not closed to further applications." for "Are any of these
      // waiting lists closed …?": the question's words with a "not" it does not ask are its answer.
      // (A "no" the question has only among the answers it offers, "Please answer YES, NO or UNSURE",
      // is the answer's own: "We are aware that there is NO RAAC in any part of the school".)
      // (Not a "no" after a dash that follows the question's words: "Any injuries to staff at the
      // events. – No injuries were recorded": the question restated whole, then its answer.)
      const dash = /\s[–—-]\s/.exec(text.slice(toks[match.last]!.end, L.contentEnd));
      const upTo = dash ? toks[match.last]!.end + dash.index : Infinity;
      // (Nor a "None" after the question's last word: "… how much each firm received. None".)
      const lastEnd = toks[match.last]!.end;
      if (first && !endedQ && toks.some((t, i) => t.start < upTo && t.start < lastEnd && NEGATION_WORDS.has(t.word) && (!bag.has(t.word) || (offeredOnly(q, t.word) && !OFFER_WORDS.has(toks[i - 1]?.word ?? '') && !OFFER_WORDS.has(toks[i + 1]?.word ?? ''))))) return { offset: m.end, line: li };
      qi = match.qi;
      const rest = toks.slice(match.last + 1);
      // "… (CRM) System? (if Yes answer Q12, if No answer Q13)": the request's routing after the question is the question's.
      const restText = text.slice(consumedTo, L.contentEnd).trim();
      // ("If the Authority does not have a CRM system: 13a – 13d": the question's parts named after it, the same.)
      if (rest.length > 0 && endedQ && (ROUTING_RE.test(restText) || PART_RANGE_RE.test(restText))) {
        qi = match.qi;
        prevEndedQuestion = true;
        result = { offset: L.contentEnd, line: li };
        continue;
      }
      // "Q2. How many applications did you receive in: a) calendar year 2024 b) calendar year 2025":
      // the question's parts restated after it on its line, each in its own words, are the question's.
      if (rest.length > 0 && partsRestated(ctx, m, text.slice(consumedTo, L.contentEnd))) {
        prevEndedQuestion = true;
        result = { offset: L.contentEnd, line: li };
        continue;
      }
      // ("… Please simply answer YES or NO to this question. YES": after the question's last word and
      // its full stop, a word of the question is the answer.)
      const whole = match.qi >= q.length && /[.!?]/.test(text.slice(toks[match.last]!.end, consumedTo));
      if (rest.length > 0 && !(rest.length <= 4 && !endedQ && !whole && rest.every((t) => bag.has(t.word)))) {
        // "1. The full official name of the Authority is …": a restated question that runs on
        // into the answer, without `?` or a separator, is the answer itself.
        const sepAfter = /^[ \t\u00a0]*[-–—|\t]/.test(text.slice(consumedTo, consumedTo + 3));
        const covered = match.matched / Math.max(1, q.length - qiBefore);
        // "Q1 – Allotment sites owned" over its answer: a title, however many of the question's words.
        if (first && !endedQ && topicTitleAbove(ctx, li, seg, topic)) return { offset: L.contentEnd, line: li };
        if (first && !endedQ && !sepAfter && covered < 0.8) return { offset: m.end, line: li };
        return { offset: consumedTo, line: li };
      }
      // "Q5. In-house.": a short sentence of a few of a long question's words (its choices) answers it.
      // (Not the question's whole first sentence, word for word from its start: "3) number of requests
      // where there was a delay of 1 hour or more." of a question that goes on to ask for areas and days.)
      const firstSentence = qiBefore === 0 && match.matched >= 6 && match.matched === match.last + 1 && match.qi === match.matched;
      // (Not a title of its words over the answer: "13. Teams or departments involved." /
      // "    Environmental Enforcement, …".)
      if (first && rest.length === 0 && match.matched / Math.max(1, q.length) < 0.5 && /\.\s*$/.test(seg) && !/\?/.test(seg) && !firstSentence) return topicTitleAbove(ctx, li, seg, topic) ? { offset: L.contentEnd, line: li } : { offset: m.end, line: li };
      prevEndedQuestion = endedQ;
      result = { offset: L.contentEnd, line: li };
      continue;
    }
    // A paraphrase of the question ("Uptake of the portal across the authority / by residents").
    const inBag = toks.filter((t) => bag.has(t.word)).length;
    // ("A mixture of the two." is a sentence: an answer in the question's words.)
    // (Not one that says "not" where the question does not: "We do not operate or own any play areas
    // (by which I mean parks, playgrounds …)" answers in the question's words.)
    if (toks.length >= 4 && inBag / toks.length >= 0.75 && !prevEndedQuestion && !(first && /\.\s*$/.test(seg)) && !(first && toks.some((t) => NEGATION_WORDS.has(t.word) && !bag.has(t.word)))) {
      result = { offset: L.contentEnd, line: li };
      qi = q.length;
      prevEndedQuestion = /\?\W*$/.test(seg);
      continue;
    }
    // "C1 / Q1 – Name of the Authority" with the answer on the next line: the rest of the label's
    // line is a title for the question's topic, not its answer (nor the question's own words).
    if (first && topicTitleAbove(ctx, li, seg, together)) return { offset: L.contentEnd, line: li };
    return result;
  }
  return result;
}

/** The words of several questions named by one label, as one question's: their topics together. */
function mergedWords(all: readonly QuestionWords[]): QuestionWords | null {
  if (all.length < 2) return null;
  return { ...all[0]!, topic: new Set(all.flatMap((w) => [...w.topic])), choiceStems: new Set(all.flatMap((w) => [...w.choiceStems])), heading: false };
}

/**
 * The line opens with the question's choice words ("By a leisure trust (…).", "In-house, with …"),
 * before any other word of substance, in a line that asks nothing and offers no alternatives.
 */
function opensWithChoice(toks: readonly WordToken[], seg: string, question: QuestionWords | null): boolean {
  if (!question || question.choiceStems.size === 0 || seg.includes('?')) return false;
  let named = 0;
  for (const t of toks) {
    if (t.word === 'or') return false;
    if (t.word.length <= 2 || TOPIC_STOP.has(t.word)) continue;
    // ("Mainly properties": a word of degree before the choice, though the question asks "mainly".)
    if (named === 0 && DEGREE_WORDS.has(t.word)) continue;
    if (!question.choiceStems.has(topicStem(t.word))) break;
    named++;
  }
  return named > 0;
}

/** Words that say how far a choice holds: "Mainly properties", "Mostly in-house". */
const DEGREE_WORDS = new Set(['mainly', 'mostly', 'largely', 'primarily', 'predominantly', 'chiefly', 'principally', 'generally', 'overwhelmingly']);

/** The line below `li` holds a figure and at most a word or two ("297", "54% (297 of 550 …)", "£1.02m"). */
function figureLineBelow(ctx: SegmentContext, li: number): boolean {
  const next = ctx.lines[li + 1];
  if (!next || next.blank || ctx.markerLines.has(li + 1) || next.depth !== ctx.lines[li]!.depth) return false;
  return /^(?:approx(?:imately|\.)?\s+|c\.\s?|about\s+)?£?\d[\d,.]*\s*(?:%|[kmb]n?|[\p{L}]+)?(?:\s*\(.*\))?\s*$/iu.test(lineContent(ctx, next).trim());
}

/** Words that make a line a sentence, not a title: "is", "were", "has", "does", "can", "we", "our". */
const TITLE_VERB_RE = /\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|may|might|shall|should|we|our|us|it)\b/i;

/**
 * Whether `seg`, the rest of line `li` after a label, is a title for the question's topic with
 * the answer below it: the next line carries text ("Answer:" alone does not), or is blank (a title
 * alone, "C12 / Q12 – If the Authority has a CRM system", is no answer either). Never in a table row.
 */
function topicTitleAbove(ctx: SegmentContext, li: number, seg: string, question: QuestionWords | null): boolean {
  const { lines, text } = ctx;
  if (!question || li + 1 >= lines.length || /\t|\||\S {4,}\S/.test(seg)) return false;
  const L = lines[li]!;
  const next = lines[li + 1]!;
  if (next.blank) {
    // Above a blank line, only a heading question's title, or a title with no verb: "The company
    // that runs the contract is Parkwise Ltd" is a sentence that answers.
    if (!question.heading && /\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could)\b/i.test(seg)) return false;
    // "5. Information Governance Team" with the next label below it: a title has its answer below.
    if (!question.heading && nextLabelBelow(ctx, li)) return false;
    return isTopicTitle(seg, question.topic, question.choiceStems);
  }
  const carries = !ANSWER_PREFIX_RE.test(lineContent(ctx, next)) || skipLead(text, next.contentStart, next.contentEnd) < next.contentEnd;
  // A next line in lower case carries on a wrapped sentence.
  if (/^[a-z]/.test(text.slice(next.contentStart, next.contentStart + 1))) return false;
  if (ctx.markerLines.has(li + 1) || next.depth !== L.depth || !carries) return false;
  if (isTopicTitle(seg, question.topic, question.choiceStems)) return true;
  // ("6.  Name of the contractor." / "    Kestrel Vehicle Recovery Ltd, …": a title closed by a
  // full stop, the answer below it; a title says nothing, so no verb of its own.)
  return /[^.]\.\s*$/.test(seg) && !TITLE_VERB_RE.test(seg) && isTopicTitle(seg.replace(/\.\s*$/, ''), question.topic, question.choiceStems);
}

function extendPunct(text: string, p: number, end: number): number {
  // (A stop spaced off the question, "(job description) .  We have …", ends it too; not ". 5" or " .5".)
  while (p < end && (TRAILING_PUNCT.has(text[p]!) || (text[p] === ' ' && TRAILING_PUNCT.has(text[p + 1] ?? '') && (text[p + 1] !== '.' || /[ \t\u00a0]{2}/.test(text.slice(p + 2, p + 4)))))) p++;
  return p;
}

interface PrefixMatch {
  ok: boolean;
  /** Index in the line's tokens of the last matched one. */
  last: number;
  qi: number;
  matched: number;
}

const JUMP = 12;

/** The next line with text, after the blank line `li`, holds nothing but the question's next words. */
function goesOnBelow(ctx: SegmentContext, li: number, q: string[], qi: number): boolean {
  let k = li + 1;
  while (k < ctx.lines.length && k <= li + 2 && ctx.lines[k]!.blank) k++;
  const next = ctx.lines[k];
  if (!next || next.blank || ctx.markerLines.has(k)) return false;
  const content = lineContent(ctx, next);
  const own = withoutCopyNumber(content, wordTokens(content), q, qi);
  return own.length >= 2 && matchesWhole(own, q, qi);
}

/** A line's words without a list number ("1. ") that is not the question's, when the rest are all the question's next words. */
function withoutCopyNumber(line: string, toks: WordToken[], q: string[], qi: number): WordToken[] {
  return toks.length >= 2 && /^\s*\d{1,2}\.\s/.test(line) && !q.includes(toks[0]!.word) && matchesWhole(toks.slice(1), q, qi) ? toks.slice(1) : toks;
}

/** Every word of the line is the question's next words, in order. */
function matchesWhole(toks: WordToken[], q: string[], qi: number): boolean {
  const m = matchPrefix(toks, q, qi, false, false);
  return m.ok && m.last === toks.length - 1 && m.matched === toks.length;
}

/** The line opens with the whole question, word for word (at least six words of it). */
function restatesWhole(toks: WordToken[], q: string[]): boolean {
  if (q.length < 6) return false;
  const m = matchPrefix(toks, q, 0, true, false);
  return m.ok && m.qi >= q.length - 1 && m.matched >= 0.8 * q.length;
}

function matchPrefix(toks: WordToken[], q: string[], qi0: number, firstLine: boolean, prevEndedQuestion: boolean): PrefixMatch {
  let qi = qi0;
  let matched = 0;
  let misses = 0;
  let last = -1;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.word;
    // The question must start at the first (or second) word, near the start of the question text.
    const window = matched === 0 && firstLine ? 5 : JUMP;
    if (matched === 0 && firstLine && i > 1) break;
    let j = -1;
    let joined = false;
    for (let k = qi; k < Math.min(q.length, qi + window); k++) {
      if (q[k] === w || (k === q.length - 1 && sameWord(q[k]!, w))) {
        j = k;
        break;
      }
      // ("firefighting" quoted as "fire fighting", or the other way round: one word either way.)
      const next = toks[i + 1]?.word;
      if (next && q[k] === w + next) {
        j = k;
        joined = true;
        break;
      }
      if (k + 1 < q.length && q[k]! + q[k + 1]! === w) {
        j = k + 1;
        break;
      }
    }
    if (joined) i++;
    if (j >= 0) {
      qi = j + 1;
      matched++;
      misses = 0;
      last = i;
    } else {
      if (i === 0 && !firstLine) return { ok: false, last: -1, qi: qi0, matched: 0 };
      // "Twelve appeals were heard by the appeal panel in 2024/25.": a count opening the line
      // answers the question in its own words; it does not restate it.
      // (A figure the question itself holds, "2023 total spend …", is still the question's.)
      if (i === 0 && (/^\d/.test(w) || COUNT_WORDS.has(w)) && !q.includes(w)) return { ok: false, last: -1, qi: qi0, matched: 0 };
      if (++misses > 2) break;
    }
  }
  if (last < 0) return { ok: false, last, qi: qi0, matched: 0 };
  const density = matched / (last + 1);
  const remaining = q.length - qi0;
  let ok: boolean;
  if (firstLine) ok = density >= 0.6 && (matched >= 3 || matched >= Math.min(remaining, 2) || matched >= 0.6 * q.length);
  else if (prevEndedQuestion) ok = density >= 0.8 && (matched >= 3 || qi >= q.length);
  else ok = density >= 0.6 && (matched >= 2 || qi >= q.length || matched === toks.length);
  return { ok, last, qi, matched };
}

/** A bulleted item: "• 2021/22 – 10 issued", "* April 2023 …". */
const BULLET_ITEM_RE = /^[•*▪◦·]\s*\S/;

/**
 * The question's last word as the reply quotes it: the same, or with an "s" added or dropped
 * ("… what this equipment comprise?" quoted "… comprises."). (Only the last: "The Trust currently
 * purchases via …" answers "Does the Trust purchase …?" in its own words.)
 */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length > 3 && b.length > 3 && (a === `${b}s` || b === `${a}s`));
}

/** Number words that open an answer's count ("Twelve appeals were heard …"). */
const COUNT_WORDS = new Set(['none', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred']);

/** A table cell that is only a year or a financial year: "2023", "2021/22", "2021-2022". */
const YEAR_CELL_RE = /^\s*(?:19|20)\d\d(?:\s?[/–-]\s?\d{2}(?:\d{2})?)?\s*$/;

/** For a table row: the offset after the last leading question cell, or null when no cell is the question. */
function questionCells(text: string, start: number, end: number, q: string[], bag: Set<string>, topic: QuestionWords | null, split = -1): number | null {
  const cells: { s: number; e: number }[] = [];
  let s = start;
  for (let p = start; p <= end; p++) {
    const c = p < end ? text[p] : '|';
    if (p === split && p > s) {
      // The table's answer column, after a narrower gap.
      let e = p;
      while (e > s && text[e - 1] === ' ') e--;
      cells.push({ s, e });
      s = p;
    } else if (c === '\t' || c === '|') {
      cells.push({ s, e: p });
      s = p + 1;
    } else if (c === ' ' && text.startsWith('    ', p) && p > s && text[p - 1] !== ' ') {
      // A fixed-width column gap of four spaces or more.
      cells.push({ s, e: p });
      while (p + 1 < end && text[p + 1] === ' ') p++;
      s = p + 1;
    }
  }
  let after: number | null = null;
  let asked = false;
  const filled = cells.map((cell) => /\S/.test(text.slice(cell.s, cell.e)));
  // ("Ref⇥Question⇥Response⇥Notes" over "5⇥Services provided to residents⇥Waste & recycling; …⇥
  // Education and social care: county council": the column the header names the response answers,
  // though its words are the question's examples.)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const headed = headedResponseColumn(text, lineStart);
  const before = headed >= 0 ? (text.slice(lineStart, start).match(/\t|\|/g) ?? []).length - (/^\s*\|/.test(text.slice(lineStart, start)) ? 1 : 0) : 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const toks = wordTokens(text.slice(cell.s, cell.e), cell.s);
    if (toks.length === 0) {
      if (after !== null) after = cell.e;
      continue;
    }
    // "Q14 | … around Residents or Properties? | Residents | comment": after the cell that asks,
    // the next cell answers, though its words are the question's. (So does the cell in the table's
    // answer column: "10. What was the Authority's annual spend   Employees £19.8m; agency staff".)
    if (asked || (i > 0 && after !== null && (cell.s === split || i + before === headed))) break;
    // "Q7 Charge for re-rating visits      No. The council does not currently charge for": a cell
    // after the first that opens as an answer does ("No.", "Yes –", "N/A"), whatever its words.
    if (i > 0 && after !== null && ANSWER_LEAD_RE.test(text.slice(cell.s, cell.e))) break;
    // "4a  Target time to refill a grit bin      3 working days": a later cell that opens with a
    // figure the question does not contain answers it, though its other words are the question's.
    if (i > 0 && after !== null && /^\s*(?:c\.\s?|£\s?)?\d/.test(text.slice(cell.s, cell.e)) && /^\d/.test(toks[0]!.word) && !bag.has(toks[0]!.word)) break;
    // "2  Capital spend … 2021/22, 2022/23, 2023/24      2021/22      £0.73m": a cell that is only a
    // year, after the question's cell and before a figure, labels the answer's first row, though the
    // question names that year.
    const nextFilled = cells.slice(i + 1).find((c) => /\S/.test(text.slice(c.s, c.e)));
    if (i > 0 && after !== null && YEAR_CELL_RE.test(text.slice(cell.s, cell.e)) && nextFilled && /^\s*(?:c\.\s?|£\s?)?\d/.test(text.slice(nextFilled.s, nextFilled.e))) break;
    // "Q4c⇥Residents or Properties⇥Properties⇥Most systems …": after the question's cell, a cell
    // that opens with one of its choices answers it.
    if (i > 0 && after !== null && opensWithChoice(toks, text.slice(cell.s, cell.e), topic)) break;
    const inBag = toks.filter((t) => bag.has(t.word)).length;
    const m = matchPrefix(toks, q, 0, true, false);
    // (So does the cell after one that is the question's words to their end, though they end on
    // no "?": "What services are provided … (e.g. Taxi Licensing, Waste, Education, etc.)" then
    // "Education, social services, waste and recycling, …".)
    asked = /\?\s*$/.test(text.slice(cell.s, cell.e)) || (m.ok && m.qi >= q.length && toks.length >= 3);
    if (toks.length >= 3 && inBag / toks.length >= 0.6 && m.ok) {
      after = cell.e;
      continue;
    }
    // "| Q6a | Online portal for Residents? | No |": a short label column naming the question,
    // with the answer in a later cell.
    const later = filled.slice(i + 1).some(Boolean);
    const label = text.slice(cell.s, cell.e).trim();
    if (later && (/\?$/.test(label) || (inBag >= 1 && inBag / toks.length >= 0.3))) {
      after = cell.e;
      continue;
    }
    break;
  }
  return after;
}

/** A header row's cell naming the answers' column: "Response", "Answer", "Council response". */
const RESPONSE_HEADER_RE = /^(?:(?:the\s+)?(?:council|council['’]s|our|authority['’]s|trust['’]s)\s+)?(?:responses?|answers?|repl(?:y|ies))\s*:?$/i;

/** The header rows of the last text read, with its line index: each row's line and response column. */
let headerRows: { lines: LineIndex; rows: { line: number; at: number }[] } | null = null;

/**
 * The index among its cells of the column a tab- or pipe-separated header row above `lineStart`
 * names the response (within 60 lines), or -1. The text's header rows are found once.
 */
function headedResponseColumn(text: string, lineStart: number): number {
  if (headerRows?.lines.text !== text) {
    const lines = new LineIndex(text);
    const rows: { line: number; at: number }[] = [];
    for (let li = 0; li < lines.lineCount; li++) {
      if (lines.lineEnd(li) - lines.lineStart(li) > 400) continue;
      const line = lines.lineText(li);
      if (!/\t|\|/.test(line)) continue;
      const at = line.replace(/^\s*\|/, '').split(/\t|\|/).findIndex((c) => RESPONSE_HEADER_RE.test(c.trim()));
      if (at >= 0) rows.push({ line: li, at });
    }
    headerRows = { lines, rows };
  }
  const { lines, rows } = headerRows;
  if (rows.length === 0) return -1;
  // The last header row above the line of `lineStart`.
  const li = lines.lineAt(lineStart);
  let best = -1;
  for (let a = 0, b = rows.length - 1; a <= b; ) {
    const mid = (a + b) >> 1;
    if (rows[mid]!.line < li) {
      best = mid;
      a = mid + 1;
    } else b = mid - 1;
  }
  return best >= 0 && li - rows[best]!.line <= 60 ? rows[best]!.at : -1;
}

/** The ids a note's heading names ("Note 1 – Question 9" → Q9). */
function idsInNote(c: string): string[] {
  return [...c.matchAll(/\b(?:question|q)\s*\.?\s*(\d{1,3})([a-z])?\b/gi)].map((x) => normalizeId(`Q${x[1]}${x[2] ?? ''}`) ?? '');
}

const NOTES_HEADING_RE = /^(?:notes?|footnotes?)(?:\s+[a-z0-9]{1,2})?\s*(?:[–—:-]|$)/i;
/** "Note on question Q9:", "Note to Q12 –": a note that names the question it is about. */
const NOTE_ON_RE = /^(?:notes?|footnotes?)\s+(?:on|to|for|about|regarding)\s+(?:your\s+)?(?:questions?\s+)?q?\.?\s*\d{1,3}[a-z]?\b[^:–—-]{0,40}[:–—-]/i;
const ROW_REF_RE = /^\(?q?(\d{1,3}[a-z]?)[.)]?$/i;

/** The answer a marker carries, or null when only the question (or nothing) follows it. */
/** The next line with words below `li` is another label's (or there is none). */
function nextLabelBelow(ctx: SegmentContext, li: number): boolean {
  for (let k = li + 1; k < ctx.lines.length; k++) if (!ctx.lines[k]!.blank) return ctx.markerLines.has(k);
  return true;
}

/** A line that opens with the number after the marker's and asks something: the request's next item. */
function nextItemAsks(m: Marker, line: string): boolean {
  const own = /^Q(\d{1,3})/.exec(m.ids[0] ?? '');
  const n = /^\(?(\d{1,3})[.)]\s+(.*)$/.exec(line.trim());
  if (!own || !n || Number(n[1]) !== Number(own[1]) + 1) return false;
  return /^(?:please|could|can|would|what|how|which|when|who|where|does|do|is|are|has|have|provide|confirm|state|list)\b/i.test(n[2]!) || /\?["')]?\s*$/.test(n[2]!);
}

/**
 * The requester's own words under the request: instructions to the council, never its answer (a
 * condition too: "If the length is not recorded, please say so").
 */
/** "Part 2: The following questions aim to …": a request's section introduced, never an answer. */
const SECTION_INTRO_RE = /^\W*(?:(?:part|section)\s+(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[:.)–-]\s*)?(?:the\s+)?(?:following|next|questions?\s+below|below)\s+(?:questions?|sections?|set\s+of\s+questions)?\s*(?:aims?|seeks?|is\s+intended|are\s+intended|intends?|relates?|concerns?|is\s+about|are\s+about)\s+(?:to|with|the|my)\b/i;
/** "Please acknowledge receipt of this request", "I look forward to receiving your response": a requester's closing. */
const REQUESTER_CLOSE_RE = /\bplease\s+acknowledge\s+(?:receipt|this)\b|\bI\s+(?:shall|will)?\s*look\s+forward\s+to\s+(?:receiving|hearing|your)\b/i;
export const REQUESTER_TEXT_RE = /\b(?:please\s+(?:search|direct|contact\s+me|let\s+me\s+know|supply|send\s+me|prioriti[sz]e)|it\s+would\s+be\s+helpful\s+if\s+you|I\s+recogni[sz]e\s+that\s+you\s+are\s+not\s+obliged|if\s+(?:limited|constrained)\s+by\s+(?:time|cost)|I\s+am\s+happy\s+for\s+you|may\s+I\s+(?:respectfully\s+)?suggest\b|I\s+would\s+(?:like|be\s+grateful|prefer)|(?:can|could|may)\s+I\s+(?:please\s+)?(?:have|request|ask\s+for)\b|as\s+for\s+(?:a|the)\s+time\s?frame|I\s+define\b|I\s+am\s+(?:only\s+|not\s+)?interested\s+in\b|I\s+am\s+specifically\s+(?:requesting|asking)\b|^\W*if\s+you\s+(?:cannot|can(?:no|['’])t|are\s+(?:unable|unwilling))\b[^.?]{0,120}\bplease\s+(?:just\s+|instead\s+|simply\s+)?(?:give|provide|send|supply|tell)\b|^\W*N\.?B\.?\s?\d\s*:\s*(?:I\b|for\b|please\b)|when\s+I\s+(?:refer\s+to|say|mention|use\s+the\s+(?:term|word))\b|^\W*by\s+[^.?]{1,80}?,?\s+I\s+(?:am\s+referring\s+to|refer\s+to|mean)\b|if\s+you\s+(?:require|need)\s+any\s+(?:further|more)\s+(?:details|information|clarification)|please\s+supply\s+details|please\s+(?:answer|provide)\s+(?:the\s+)?(?:other|remaining|rest)\b|^\W*if\s+any\s+(?:part|question)s?\s+of\s+(?:this|my)\s+request\b|if\s+not\s+all\s+(?:of\s+)?(?:the\s+|this\s+)?information\s+is\s+(?:available|held)|^\W*if\s+(?!you\b)[^.?]{0,120}\bplease\s+(?:confirm|state|say|indicate|explain|advise|tell\s+me)\b)/i;
/** A line that is only a dash. */
export const LONE_DASH_RE = /^[-–—]$/;
/** A bullet that asks: "• Please list each language …", "- Please break this down by year". */
const REQUEST_BULLET_RE = /^\s*(?:[-–•*▪◦·]|\(?[ivx]{1,3}\)|\(?[a-h]\))\s*please\s+(?:list|provide|state|give|include|confirm|tell|break|specify|indicate|supply|detail|send|explain)\b/i;
/** A bullet before one of a question's options: "- Council staff", "• A contractor", "☐ Both". */
const OPTION_BULLET_RE = /^\s*(?:[-–•*▪◦·☐□]|\[\s?\])\s+/;
/**
 * "The Trust has treated your request as a request for information under the Freedom of Information
 * Act 2000.", "Your request is being handled under …", "… has considered it under the Environmental
 * Information Regulations 2004.", "Question 3 of your request has been considered in accordance with
 * the requirements of the EIR …": a sentence naming the law the request was handled under, no answer.
 */
export const HANDLED_UNDER_RE = /^[^.!?]*\b(?:treated|handled|dealt\s+with|considered|processed)(?:\s+(?:it|(?:your|this|the)\s+request))?\s+(?:as\s+a\s+request\s+for\s+information\s+)?(?:under|in\s+accordance\s+with)\s+(?:the\s+)?(?:requirements\s+of\s+)?(?:the\s+)?(?:freedom\s+of\s+information|environmental\s+information|eir|foia?)\b[^.!?]*[.!?]?\s*$/i;
/** "Response:", "Our response", "Answer:", "2. FOI response": the council's part of the page begins. */
const RESPONSE_HEADING_RE = new RegExp(String.raw`^(?:we|the\s+(?:council|authority|trust|force))\s+(?:said|answered|replied|responded)\s*:?$|^\W*(?:\d{1,2}[.)]\s*)?(?:(?:details\s+of\s+)?(?:our|the|council'?s|trust'?s)\s+|details\s+of\s+(?:the\s+)?)?(?:(?:foi|eir|freedom\s+of\s+information)\s+)?${RESPONSE_WORDS}s?(?:\s+(?:provided|given))?\s*:?\s*$`, 'i');

/** An answer line that sends the reader to what follows: "Please see below:", "as follows:". */
// ("… is as follows:-": a colon and a dash, the old typists' way.)
/** "Please refer to the below", "see the table below": a pointer anywhere in the line. */
const POINTS_BELOW_IN_RE = /\b(?:(?:refer\s+to|see)\s+(?:the\s+)?(?:(?:table|figures|information|list|breakdown)\s+)?below|(?:has|have|is|are)\s+been\s+(?:provided|given|set\s+out|listed|shown)\s+below)\b/i;
/** A line that opens with a year and gives a figure after it: "2024 (as at 30th June) - 47 days.", "2023 - 52." */
/** "May 2022 311", "2021/22 – 47", "Sept 2023: 12": a row that opens with a month or a year and gives a figure. */
export const DATED_ROW_RE = /^[ \t]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?\b[^\n]*\d/i;
const YEAR_LINE_START_RE = /^[ \t]*(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?\b(?=[^\n]*\d)/;
/** "In 2022/23 we managed 27;", "2023 - 52.": a line that opens with a year (after "in", "for", "during") and gives a figure after it. */
const YEAR_SENTENCE_RE = /^[ \t]*(?:(in|for|during)\s+)?(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?(?:\s*[–-]\s*(?:19|20)\d\d)?\b(?=[^\n]*\d)[^\n]{0,120}$/i;

/** Two lines that each open with a year the same way ("In 2022/23 …" / "In 2023/24 …"), each a different year. */
function sameYearOpening(a: string, b: string): boolean {
  const x = YEAR_SENTENCE_RE.exec(a.trim());
  const y = YEAR_SENTENCE_RE.exec(b.trim());
  if (!x || !y || (x[1] ?? '').toLowerCase() !== (y[1] ?? '').toLowerCase()) return false;
  const yearOf = (t: string): number => Number(/(?:19|20)\d\d/.exec(t)![0]);
  return yearOf(b) !== yearOf(a);
}
const POINTS_BELOW_END_RE = /(?:\bsee\s+below|\bas\s+follows|\bbelow\s+(?:is|are)\b[^.]*|:)\s*[:–—-]?\s*$/i;
/** "Please note that … is exempt … under section 31": a note that withholds information. */
const NOTE_WITHHOLDS_RE = /^please\s+note\s+that\b(?=.*\bexempt(?:ion)?\b)(?=.*\b(?:s(?:ection)?\.?\s?\d{2}|regulation\s+12)\b)/i;
/** One row of a figure per year: "2011/12     17037", "2022-23: £4,120", "2021 – 58". */
const YEAR_FIGURE_ROW_RE = /^[ \t]*(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?[ \t]*(?:[:=–—-][ \t]*|[ \t]+)[£$€]?\s?\d[\d,.]*(?:\s*[%\p{L}][\p{L}\d]*)?[ \t]*$/u;
const NEGATION_WORDS = new Set(['not', 'no', 'never', 'none', 'nor']);
/** The words around an offered answer: "YES, NO or UNSURE". */
const OFFER_WORDS = new Set(['yes', 'unsure', 'or']);
/** Every time the question has the word, it is among the answers it offers ("YES, NO or UNSURE"). */
function offeredOnly(q: readonly string[], word: string): boolean {
  const at = q.flatMap((w, i) => (w === word ? [i] : []));
  return at.length > 0 && at.every((i) => OFFER_WORDS.has(q[i - 1] ?? '') || OFFER_WORDS.has(q[i + 1] ?? ''));
}
/** "(b) Section 23CZB Children Act 1989; and": an item of the question's own list, ending as a list item does. */
const QUESTION_ITEM_RE = /^\(?[a-h][.)]\s+(?!(?:yes|no|nil|none|n\/?a|not|we|the\s+council)\b|[\d£])\S.*(?:[;,]|;?\s+(?:and|or)|\.)$/i;
/** A sentence about the other questions: "We do not hold the data in relation to the remaining questions." */
/** "for questions above", "the above questions", "the previous questions": a note on earlier answers. */
const ABOVE_QUESTIONS_RE = /\b(?:(?:the\s+)?questions\s+above|(?:the\s+)?above\s+questions|(?:the\s+)?previous\s+questions)\b/i;
const OTHER_QUESTIONS_SENTENCE_RE = /(?<=[.!?]["'”’)]?\s+)[A-Z][^.!?]*?\b(?:the\s+)?(?:remaining|other|rest\s+of\s+(?:the|your))\s+questions\b/;

/** "a) calendar year 2024 b) calendar year 2025": the marker's parts, each only its own question's words. */
function partsRestated(ctx: SegmentContext, m: Marker, rest: string): boolean {
  if (m.ids.length !== 1 || !/^Q\d+$/.test(m.ids[0]!)) return false;
  // ("… the following: a. Name b. Job title": parts lettered "a." inline, as the request reads them.)
  const pieces = rest.split(/(?:^|\s)\(?([a-h])(?:\)|\.(?=\s+[A-Z0-9£]))\s+/);
  if (pieces.length < 3) return false;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const part = ctx.words.get(`${m.ids[0]}${pieces[i]}`);
    const toks = wordTokens(pieces[i + 1]!);
    // ("a) that you have dealt with and b) left outstanding …": the "and" joining two parts is neither's.)
    if (!part || toks.length === 0 || !toks.every((t, k) => part.bag.has(t.word) || (k === toks.length - 1 && k > 0 && (t.word === 'and' || t.word === 'or')))) return false;
  }
  return true;
}

/** A paragraph that goes on from the one above: "Based on the above, …", "Therefore …". */
/** "(Questions 2-8) do not include …", "should be limited to …", "refer to …": what the questions cover. */
const REQUEST_SCOPE_RE = /^(?:should|must|shall|are\s+to|(?:do\s+not\s+|don't\s+)?(?:include|exclude|cover|refer\s+to|relate\s+to)|should\s+be\s+limited)\b/i;
const CARRIES_ON_RE = /^\W*(?:based\s+on\s+(?:the\s+)?above|(?:in\s+(?:light|view)\s+of|given)\s+the\s+above|therefore|as\s+such|for\s+(?:this|these|the\s+above)\s+reasons?|accordingly|consequently)\b/i;

/** A question's place in the questionnaire (its words are kept in its order), or -1. */
function questionOrder(ctx: SegmentContext, id: string): number {
  let k = 0;
  for (const key of ctx.words.keys()) {
    if (key === id) return k;
    k++;
  }
  return -1;
}

export function answerSegment(ctx: SegmentContext, markerIndex: number): Segment | null {
  const m = ctx.markers[markerIndex]!;
  const { text, lines } = ctx;
  const next = ctx.markers[markerIndex + 1];
  const limit = next ? next.line : lines.length;
  const qe = questionEnd(ctx, m);
  let li = qe.line;
  let start = -1;
  const L0 = lines[li]!;
  const p = skipLead(text, qe.offset, L0.contentEnd);
  // ("Questions 2-8 do not include scheduled maintenance …": the requester saying what several
  // questions cover, above the request's list; no answer.)
  if (m.ids.length > 1 && p < L0.contentEnd && REQUEST_SCOPE_RE.test(text.slice(p, L0.contentEnd))) return null;
  if (p < L0.contentEnd) start = p;
  else {
    let afterPage = false;
    let headed = false;
    for (li = li + 1; li < limit; li++) {
      const L = lines[li]!;
      if (L.blank) continue;
      if (ROUTING_RE.test(lineContent(ctx, L))) continue;
      // "Question 1" / "“What is …?”" / "Response" / "Marwick Borough Council.": the heading over
      // the answer is not the answer.
      if (RESPONSE_HEADING_RE.test(lineContent(ctx, L))) {
        headed = true;
        continue;
      }
      // A page break between question and answer: skip the page's header or footer block.
      if (isPageFurniture(ctx, li, limit, true)) {
        while (li + 1 < limit && !lines[li + 1]!.blank) li++;
        afterPage = true;
        continue;
      }
      // The next page's running header ("Eskerby District Council      FOI Ref: EDC/FOI/18/0744"),
      // one line on its own after the footer.
      // (Or one printed the same at the top of every page: "Scorrington Borough Council – FOI 2018/1147 – Response".)
      if (afterPage && (li + 1 >= limit || lines[li + 1]!.blank) && (RUNNING_HEADER_RE.test(lineContent(ctx, L)) || printedOnEachPage(ctx, L))) {
        afterPage = false;
        continue;
      }
      if (isStopLine(ctx, L) || CLOSING_RE.test(lineContent(ctx, L))) return null;
      if (L.depth > m.quoteDepth + 1) return null;
      const s = skipLead(text, L.contentStart, L.contentEnd);
      if (s < L.contentEnd) {
        // ("4. The policy applied …?" / "Response" / "This information is held" / "Q1 - …": the last
        // question of the request quoted, the letter's heading, and the answers labelled again from
        // the first; what stands under the heading is the letter's, not this question's.)
        if (headed && next && !next.inProse && next.ids.length > 0 && m.ids.length > 0 && questionOrder(ctx, next.ids[0]!) < questionOrder(ctx, m.ids[0]!)) return null;
        start = s;
        break;
      }
      // A cell left as a lone dash ("-") under its question: the council's own blank, which the
      // question's heading may explain ("Not applicable" for all the parts).
      // (Not a dash between the question and its answer on the line below: "–" / "14".)
      if (LONE_DASH_RE.test(lineContent(ctx, L)) && (li + 1 >= limit || lines[li + 1]!.blank || ctx.markerLines.has(li + 1))) {
        start = L.contentStart;
        break;
      }
    }
  }
  // Two questions named in one line of prose ("… service (question 2a), used by 12% (question 2b)"):
  // the first answer ends where the second begins. (So does a label's answer on the line where a
  // sentence names the next question: "Question 4. Around 27 per cent. We cannot say … (question 5)".)
  if ((m.inProse || next?.inProse) && next && start >= 0 && li === next.line && next.start > start) {
    let e = next.start;
    while (e > start && /[\s,;]/.test(text[e - 1]!)) e--;
    return e > start ? { marker: m, markerIndex, start, end: e, line: li, inline: li === m.line, depth: lines[li]!.depth } : null;
  }
  if (start < 0 || li >= limit) return null;
  // ("Question 3 of your request has been considered in accordance with the requirements of the
  // Environmental Information Regulations." / "" / "Unfortunately TfL does not hold …": the law the
  // question was handled under, then the answer in the paragraph below.)
  if (HANDLED_UNDER_RE.test(text.slice(start, lines[li]!.contentEnd))) {
    let k = li + 1;
    while (k < limit && lines[k]!.blank) k++;
    if (k < limit && lines[k]!.depth === lines[li]!.depth && !isStopLine(ctx, lines[k]!) && !CLOSING_RE.test(lineContent(ctx, lines[k]!))) {
      li = k;
      start = skipLead(text, lines[k]!.contentStart, lines[k]!.contentEnd);
    }
  }
  // "> Q5 In what year …?" / "> If surveys are done on a rolling basis, please give …" / "" / "Our
  // trees are inspected …": the quoted question's own next lines, then the council's unquoted answer.
  if (m.quoteDepth > 0 && li > m.line && lines[li]!.depth === m.quoteDepth && !lines.slice(m.line + 1, li).some((L) => L.blank)) {
    let k = li + 1;
    while (k < limit && (lines[k]!.blank || lines[k]!.depth === m.quoteDepth)) k++;
    // (Only lines that ask — "please give", "?" — are the question's: "> 2022" quoted under it is an answer.)
    // (Nor a line the question wraps onto: "> … on its website? Yes or" / "> No." is the question's
    // own "Yes or No", not a "No".)
    const asks = /\?|\bplease\b/i.test(text.slice(lines[li]!.contentStart, lines[k - 1]!.contentEnd)) || /(?:\b(?:or|and|to|of|the|a|an|in|for|by|on|with)|,)\s*$/i.test(lineContent(ctx, lines[li - 1]!));
    if (asks && k < limit && lines[k]!.depth < m.quoteDepth && !isStopLine(ctx, lines[k]!) && !CLOSING_RE.test(lineContent(ctx, lines[k]!))) {
      li = k;
      start = skipLead(text, lines[k]!.contentStart, lines[k]!.contentEnd);
      if (start >= lines[k]!.contentEnd) return null;
    }
  }
  // "… did the Council have duties towards under:" / "(a) Section 23C Children Act 1989;" / "(b) …;
  // and" / "(c) … 1989.": the question's own list, restated under it; the answer comes after.
  if (li > qe.line && /:\s*$/.test(lineContent(ctx, lines[qe.line]!)) && QUESTION_ITEM_RE.test(lineContent(ctx, lines[li]!))) {
    let k = li;
    while (k < limit && (lines[k]!.blank || QUESTION_ITEM_RE.test(lineContent(ctx, lines[k]!)))) k++;
    // (Lettered answers with nothing after them are the answer.)
    if (k < limit) {
      li = k;
      start = skipLead(text, lines[k]!.contentStart, lines[k]!.contentEnd);
    }
  }
  // "3. The number of complaints escalated …" / "4. Please provide the information in a spreadsheet
  // …": the next number of the request, one the questionnaire left out, asks; it answers nothing.
  if (li > m.line && nextItemAsks(m, lineContent(ctx, lines[li]!))) return null;
  // ("2) Please can you give …? 3) What is the total …?": the request quoted on one line, the
  // next question asked after this one.)
  if (li === m.line && nextItemAsks(m, text.slice(start, lines[li]!.contentEnd))) return null;
  // ("3. Are names removed …?" / "" / "Part 2: The following questions aim to establish …" / "4. …":
  // the request's next section introduced, quoted with the questions; nothing answers 3.)
  if (li > m.line && SECTION_INTRO_RE.test(lineContent(ctx, lines[li]!))) return null;
  // "As for a timeframe, please search your records …" / … / "Response:" / "We do not hold …":
  // the requester's own paragraphs under the last question, then the council's heading; the
  // answer starts below the heading.
  // Without such a heading, the requester's words are the end of the quoted request, and no answer.
  if (li > m.line && REQUESTER_TEXT_RE.test(lineContent(ctx, lines[li]!))) {
    let heading = false;
    for (let k = li + 1; k < limit && k < li + 40; k++) {
      if (lines[k]!.blank || !RESPONSE_HEADING_RE.test(lineContent(ctx, lines[k]!))) continue;
      heading = true;
      let n = k + 1;
      // ("Our response" / "Response" / "1. One": headings one under another, then the answers'
      // own labels; nothing under the headings answers this question.)
      while (n < limit && (lines[n]!.blank || RESPONSE_HEADING_RE.test(lineContent(ctx, lines[n]!)))) n++;
      if (n >= limit) return null;
      li = n;
      start = skipLead(text, lines[n]!.contentStart, lines[n]!.contentEnd);
      break;
    }
    if (!heading) return null;
  }
  // ("4. … an hour?" / "For the avoidance of doubt, …" / "Please acknowledge receipt …" / "Yours
  // faithfully,": the requester's closing paragraphs under the last question, up to their sign-off.)
  if (li > m.line) {
    let plea = false;
    for (let k = li; k < limit && k < li + 14; k++) {
      if (lines[k]!.blank) continue;
      // (In the question's own quote depth only: "> 3.3 …" / "https://…" answers it below.)
      if (lines[k]!.depth !== m.quoteDepth) break;
      const said = lineContent(ctx, lines[k]!);
      if (RESPONSE_HEADING_RE.test(said)) break;
      if (REQUESTER_CLOSE_RE.test(said) || REQUESTER_TEXT_RE.test(said)) plea = true;
      if (/^yours\s+faithfully\b/i.test(said)) {
        if (plea) return null;
        break;
      }
    }
  }
  // The last item of the request quoted as a list ("5. What …?" / "6. What …?" / "" / "Response"):
  // the items above it on the lines just above hold only their questions, and what follows the
  // list after a blank line is the letter's, not this item's answer.
  // (Not where the council answers between the requester's quoted lines, "> Q13. …" / "Not
  // applicable" / "> Q14. …" / "Residents": there the unquoted line below is the answer.)
  // (Nor where the line below says it is the answer: "4. the cause (if known)" / "" / "Answer: - …".)
  if (li > qe.line + 1 && qe.line === m.line && qe.offset > m.end + 10 && !ANSWER_PREFIX_RE.test(lineContent(ctx, lines[li]!)) && lastOfQuotedList(ctx, markerIndex) && !(lines[li]!.depth < m.quoteDepth && answersBetweenQuotes(ctx, markerIndex))) return null;
  // "Q2. Population" / "Answer: 274,000": a short label on the marker's line, the answer on
  // the next line after an answer prefix.
  if (li === m.line && li + 1 < limit) {
    const rest = text.slice(start, lines[li]!.contentEnd);
    const N = lines[li + 1]!;
    if (rest.length <= 60 && !/\d/.test(rest) && !N.blank && N.depth === lines[li]!.depth && ANSWER_PREFIX_RE.test(lineContent(ctx, N))) {
      const s2 = skipLead(text, N.contentStart, N.contentEnd);
      if (s2 < N.contentEnd) {
        li += 1;
        start = s2;
      }
    }
  }
  // "6       Charging                            No": a short title of the question in a
  // fixed-width table's middle column, the answer after the gap; the answer is the last cell.
  if (li === m.line && m.ids.length === 1) {
    // (A title, not the question's own words wrapping: "Managed by council, associations," goes on below.)
    const cells = /^([^\s|,.?;:][^\n|,.?;:]{0,50}?[^\s|,.?;:]|[^\s|,.?;:])( {4,})(?=\S)/.exec(text.slice(start, lines[li]!.contentEnd));
    const topic = ctx.words.get(m.ids[0]!)?.topic;
    // (Not a year alone, though the question names it: "2021/22      £0.73m" is the answer's first row.)
    if (cells && topic && !YEAR_CELL_RE.test(cells[1]!) && wordTokens(cells[1]!).length <= 4 && wordTokens(cells[1]!).some((t) => topic.has(topicStem(t.word)))) start += cells[0].length;
  }
  const startLine = lines[li]!;
  const inline = li === m.line;
  const depth = startLine.depth;
  let end = startLine.contentEnd;
  let blankSeen = false;
  // The answer's line pointed below it ("Please see below:"): its list goes on to the next label.
  let goesOn = false;
  // A right-hand column after a fixed-width gap: the next lines continue the left column (the
  // question wrapping), so the answer is this cell.
  const columnCell = inline && (/ {4,}$/.test(text.slice(startLine.contentStart, start)) || start === columnSplit(ctx, startLine, m.ids.length === 1 ? ctx.words.get(m.ids[0]!)?.bag : undefined)) && wordTokens(text.slice(m.end, start)).length >= 3;
  // "Question 3c) | Not held. … |" in a table whose rows are the questions: the row is the
  // answer; a line without the table's bars below it ("* The low numbers …") is a note to the table.
  const pipeRow = (lineContent(ctx, lines[li]!).match(/\|/g) ?? []).length >= 2 && /\|\s*$/.test(lineContent(ctx, lines[li]!));
  for (let k = columnCell ? limit : li + 1; k < limit; k++) {
    const L = lines[k]!;
    if (pipeRow && !L.blank && !lineContent(ctx, L).includes('|')) break;
    if (L.blank) {
      blankSeen = true;
      if (inline) {
        // "5. … enforcement is taken by the districts, and the" / page footer / "County Council does
        // not hold this information.": an answer on its label's line that a page break cuts carries on.
        let j = k;
        while (j + 1 < limit && lines[j + 1]!.blank) j++;
        const resumed = !columnCell && j + 1 < limit && isPageFurniture(ctx, j + 1, limit) && !/[.!?:;)]["'”’]?$/.test(text.slice(start, end)) ? pastPageFurniture(ctx, j + 1, limit, depth) : -1;
        if (resumed >= 0) {
          k = resumed;
          blankSeen = false;
          continue;
        }
        // "3. Please see below:" / "" / "April 2021 = 76" …, and "2. The current position is …" /
        // "" / "Based on the above, … Section 22": the answer goes on below its label's line.
        // "1 - 2010/11     16934" / "" / "      2011/12     17037": a figure per year, one row per
        // line with blank lines between, all under the label.
        const yearRows = YEAR_FIGURE_ROW_RE.test(text.slice(Math.max(start, lines[k - 1]!.contentStart), end)) && j + 1 < limit && YEAR_FIGURE_ROW_RE.test(lineContent(ctx, lines[j + 1]!));
        // "- Please see below. The stays are counted … For example, 61 days …" / "" / "2024 - 47 days." …: a
        // pointer inside the line, with the years' rows below.
        // "The spend is given below; note that …": the same, the rows after a note.
        const pointsToYears = POINTS_BELOW_IN_RE.test(text.slice(start, end)) && j + 1 < limit && (YEAR_LINE_START_RE.test(lineContent(ctx, lines[j + 1]!)) || /\b(?:has|have|is|are)\s+been\s+(?:provided|given|set\s+out|listed|shown)\s+below\b/i.test(text.slice(start, end)));
        // "1) In 2020/21 we managed 24 courts." / "" / "In 2022/23 we managed 27;": a year's sentence
        // per paragraph, each opening the same way.
        const yearSentences = j + 1 < limit && sameYearOpening(text.slice(Math.max(start, lines[k - 1]!.contentStart), end), lineContent(ctx, lines[j + 1]!));
        // "2. Under Section 1(1) any person making a request … is entitled …" / "" / "The council
        // keeps no such record …": the Act quoted first, the decision in the paragraph below.
        const actOnly = ACT_TEXT_RE.test(text.slice(start, end)) && !ACT_SPEAKER_RE.test(text.slice(start, end));
        // "2. Records are only held from April 2023." / "" / "* April – October 2023 - 12 issued.", and
        // "1. • 2020/21 – 15 issued" / "" / "  • 2021/22 – 10 issued": the answer's bullets, a blank
        // line between each, before the next label.
        const bullets = !!next && j + 1 < limit && BULLET_ITEM_RE.test(lineContent(ctx, lines[j + 1]!));
        // "Longest waits in Dermatology for the months requested (in days)" / "" / "May 2022 311" /
        // "" / "June 2022 325": a title the prose tied to the question, over its dated rows.
        // (Past the rows' header: "Month ending   Longest wait in days".)
        let row = j + 1;
        if (row + 1 < limit && /^[^\d.!?:;,]+$/.test(lineContent(ctx, lines[row]!)) && !lines[row]!.blank) {
          row++;
          while (row < limit && lines[row]!.blank) row++;
        }
        const titled = !!m.inProse && row < limit && !/[.!?:;,]["'”’)]?$/.test(text.slice(start, end)) && wordTokens(text.slice(start, end)).length >= 3 && DATED_ROW_RE.test(lineContent(ctx, lines[row]!));
        if (titled) goesOn = true;
        // "7. This information is exempt under section 21 …" / "   reasonably accessible …" / "" /
        // "   A full list … is published at https://…": a paragraph at the item's hanging indent,
        // deeper than its label, is still the item's.
        const indentOf = (x: ReplyLine): number => x.contentStart - x.start;
        const hanging = k - 1 > m.line && j + 1 < limit && !ctx.markerLines.has(j + 1) && indentOf(lines[k - 1]!) >= 2 && indentOf(lines[k - 1]!) === indentOf(lines[j + 1]!) && indentOf(lines[m.line]!) < indentOf(lines[k - 1]!);
        // ("Q8 - This information is exempt under section 21 … by other means." / "" / "Our Statement of
        // Accounts 2017/18 is published at" / "https://…": where to look, in the paragraph below.)
        const said = text.slice(start, end);
        const whereBelow = S21_RE.test(said) && !LINK_RE.test(said) && j + 1 < limit && !ctx.markerLines.has(j + 1) && LINK_RE.test(paragraphAt(ctx, j + 1, limit));
        if (!columnCell && j + 1 < limit && lines[j + 1]!.depth === depth && (goesOn || bullets || yearRows || pointsToYears || yearSentences || actOnly || hanging || whereBelow || POINTS_BELOW_END_RE.test(text.slice(start, end)) || CARRIES_ON_RE.test(lineContent(ctx, lines[j + 1]!)))) {
          goesOn ||= POINTS_BELOW_END_RE.test(text.slice(start, end)) || pointsToYears;
          k = j;
          continue;
        }
        break;
      }
      continue;
    }
    // A page break inside a sentence ("…in 2017-18 was", footer, header, "£12,604,553."): the
    // page's furniture is layout, and the sentence carries on after it.
    const complete = /[.!?:;)]["'”’]?$/.test(text.slice(start, end));
    if (blankSeen && !columnCell && isPageFurniture(ctx, k, limit) && (!complete || paragraphAt(ctx, k, limit).split('\n').some(isPageLine))) {
      const resumed = pastPageFurniture(ctx, k, limit, depth);
      // After a complete sentence, a sentence on the next page is judged as any paragraph after a
      // blank line ("… used mainly on SEND routes." / footer / header / "All other routes are
      // run by contracted operators."), never the table's header row repeated ("No." / "Question").
      const resumes = resumed >= 0 ? lineContent(ctx, lines[resumed + 1]!) : '';
      // Mid-sentence: the text goes on in lower case or with a figure, or the line before stopped
      // on a word no sentence ends with ("giving a total of" / … / "£23.9m."); "Yes" / … / "No." /
      // "Question" is a table's header row repeated on the next page.
      const carries = complete ? wordTokens(resumes).length >= 4 : /^[\p{Ll}\d£$€(]/u.test(resumes) || FUNCTION_WORD_END_RE.test(text.slice(start, end));
      if (resumed >= 0 && carries) {
        k = resumed;
        blankSeen = complete;
        continue;
      }
    }
    const c = lineContent(ctx, L);
    // The footer right under the answer's line: in mid-sentence ("…through the Council's" / "Our
    // ref … Page 2 of 3" / "" / "procurement framework are paid …") the sentence carries on; a
    // complete one carries on when the next page resumes at the answer's hanging indent ("3(b)
    // … at least 25 hours." / "Page 1 of 2" / header / "        The cost of compliance would
    // therefore exceed …"): the indent says it is still this item's text.
    if (!blankSeen && !columnCell && (PAGE_IN_LINE_RE.test(c) || c.includes('\f') || isPageFurniture(ctx, k, limit))) {
      const resumed = pastPageFurniture(ctx, k, limit, depth);
      // ("… these total" / "Page 1 of 3" / "____" / "" / "CIU/7702/IFO" / "" / "96.4 km.": a page's own
      // number line under a sentence cut short.)
      // (Not a page's number alone between two lines of text, "14 gardeners" / "Page 2 of 5" / "more
      // words": the page's block goes on below its number.)
      const pageBlock = PAGE_RE.test(c.trim()) && resumed > k;
      const midSentence = (PAGE_IN_LINE_RE.test(c) || c.includes('\f')) && !/[.!?:;)]["'”’]?$/.test(text.slice(start, end)) && (!isStopLine(ctx, L) || pageBlock);
      if (resumed >= 0 && L.depth === depth && (midSentence || sameHangingIndent(ctx, k - 1, resumed + 1))) {
        k = resumed;
        continue;
      }
    }
    if (L.depth !== depth || isStopLine(ctx, L)) break;
    // ("A: See answer to Q4c above." / "" / "Section 12" / "Software licences are not …": a heading
    // naming a section of the Act, after a blank line, opens the letter's reasons below the answers.)
    if (blankSeen && SECTION_HEADING_RE.test(c)) break;
    // "3. Notice of Refusal" / "Please note that I consider the information … exempt under
    // S31(1)(a) …": a note that withholds under a section is the answer, not the letter's close.
    if ((CLOSING_RE.test(c) && !NOTE_WITHHOLDS_RE.test(c)) || PAGE_IN_LINE_RE.test(c) || c.includes('\f')) break;
    // A table flattened one cell per line: the next row's reference ("10") above its question,
    // which the next marker labels by its words, ends this answer.
    if (next && next.line > k && next.ids.length > 0 && c.length <= 5 && ROW_REF_RE.test(c) && normalizeId(`Q${ROW_REF_RE.exec(c)![1]}`) === next.ids[0]) break;
    // "Residents" / "Note 1 – Question 9" / "The Council … exempt under section 43(2) …": a note
    // about another question ends the answer, blank line or not.
    if ((NOTES_HEADING_RE.test(c) || NOTE_ON_RE.test(c)) && /\b(?:question|q)\s*\.?\s*\d/i.test(c) && !m.ids.some((id) => idsInNote(c).includes(id))) break;
    if (blankSeen) {
      if (isBoilerplate(paragraphAt(ctx, k, limit))) break;
      // "Note A – Question 9", "Notes:": the letter's notes below the answers.
      if (NOTES_HEADING_RE.test(c)) break;
      // "N/A" / "" / "Where possible, for RFI 1 and 2, please also clarify …": a paragraph of the
      // request quoted below the answer, in the requester's voice; the letter's text ends there.
      if (REQUESTER_ASK_RE.test(c)) break;
      // "We are unable to provide an exact number for questions above as: …": a note on the answers
      // above, not this one's.
      if (ABOVE_QUESTIONS_RE.test(c)) break;
      // "Section 43(2) – commercial interests" below a complete answer that refuses nothing and
      // points nowhere: the letter's reasons for another question's refusal.
      if (EXEMPTION_HEADING_RE.test(c) && !REFUSES_OR_POINTS_RE.test(text.slice(start, end))) break;
      // "Information withheld - question 6(b)": a heading over another question's section.
      const other = OTHER_QUESTION_HEADING_RE.exec(c);
      if (other && !m.ids.includes(normalizeId(`Q${other[1]}${other[2] ?? other[3] ?? ''}`) ?? '')) break;
      // "Section 12 notice - questions 9 and 10", "Exemptions", "Explanatory annex": the letter's section of reasons
      // below a last answer that refuses nothing ("Both" / "" / "Exemptions" / "Section 31(1)(a) …").
      if (LETTER_SECTION_RE.test(c) && !REFUSES_OR_POINTS_RE.test(text.slice(start, end))) {
        const named = /\bquestions?\s+\d/i.test(c) ? [...c.matchAll(/\b(\d{1,3})([a-z])?\b/gi)].map((x) => normalizeId(`Q${x[1]}${x[2] ?? ''}`) ?? '') : [];
        if (!named.some((id) => m.ids.includes(id))) break;
      }
      blankSeen = false;
    }
    end = L.contentEnd;
  }
  // A sentence of prose that runs onto the line of the next answer's sentence ("The staff cost … in" /
  // "2023/24 was £1.2m. We have 3 mobile libraries."): it ends where that sentence begins.
  if (m.inProse && next?.inProse && next.line > li && !columnCell && end === lines[next.line - 1]!.contentEnd) {
    const N = lines[next.line]!;
    let e = next.start;
    while (e > N.contentStart && /\s/.test(text[e - 1]!)) e--;
    if (e > N.contentStart && N.depth === depth) end = e;
  } else if (next && !next.inProse && next.label === '' && next.line > li && !columnCell && end === lines[next.line - 1]!.contentEnd) {
    // ("Answer: …" / "Sick Days 2014 2015 … Total 1238 1961.5 … 14770.77 - The total number of sick
    // days taken by all staff …": a table flattened onto one line and the next question, quoted,
    // run on after it; the line is this answer's up to that question.)
    const N = lines[next.line]!;
    let e = next.start;
    const runOn = /\S\s[-–]\s*$/.test(text.slice(N.contentStart, next.start)) && next.start - N.contentStart >= 20;
    while (e > N.contentStart && /[\s–-]/.test(text[e - 1]!)) e--;
    if (runOn && N.depth === depth) end = e;
  }
  // "In response to your question 1, there are 15 sites … plot data is not held. We do not hold the
  // data in relation to the remaining questions.": an answer ends where a sentence turns to the
  // other questions.
  if (start >= 0 && end > start) {
    const others = OTHER_QUESTIONS_SENTENCE_RE.exec(text.slice(start, end));
    if (others && others.index > 0) {
      let e = start + others.index;
      while (e > start && /\s/.test(text[e - 1]!)) e--;
      end = e;
    }
  }
  // A right-hand column that wraps ("We do not keep a single register." / "does the Authority
  // use?   The ICT service supports" / "approximately 150 applications."): the lines below with
  // text starting at the same column, after a gap, carry the answer on.
  let column: number | undefined;
  if (columnCell) {
    const col = start - startLine.start;
    for (let k = li + 1; k < limit; k++) {
      const L = lines[k]!;
      // ("Waste and recycling, planning," / footer / the table's header again / "council tax, …":
      // a cell cut by a page break in mid-list carries on in its column on the next page.)
      if (L.blank && !/[.!?:;)]["'”’]?$/.test(text.slice(start, end))) {
        let j = k;
        while (j + 1 < limit && lines[j + 1]!.blank) j++;
        const resumed = j + 1 < limit && isPageFurniture(ctx, j + 1, limit) ? pastPageFurniture(ctx, j + 1, limit, depth) : -1;
        if (resumed >= 0) {
          // (The table's header row printed again at the page's top is no part of the cell.)
          const heads = new Set(text.slice(0, m.start).split('\n').map((x) => x.trim()).filter((x) => x.length > 0));
          let r = resumed;
          while (r + 1 < limit && (lines[r + 1]!.blank || heads.has(lineContent(ctx, lines[r + 1]!).trim()))) r++;
          k = r;
          continue;
        }
      }
      if (L.blank || ctx.markerLines.has(k) || L.depth !== depth || isStopLine(ctx, L)) break;
      const raw = text.slice(L.start, L.end);
      if (raw.length <= col || /\s/.test(raw[col]!) || !/(?:^|\s{2})\s*$/.test(raw.slice(0, col)) || isPageFurniture(ctx, k, limit)) break;
      end = L.contentEnd;
      column = col;
    }
  }
  // A pipe table whose cells wrap onto the rows below ("| 3 | How many appeals … | 36 appeals were
  // registered with the |" / "|   | registered with …   | Traffic Penalty Tribunal. |"): the
  // answer is the last cell of the marker's row and the same cell of the rows below whose first
  // cell is empty, never the question's cell.
  let columnEnd: number | undefined;
  const grid = pipeCell(ctx, m.line, limit);
  // A table row whose answer cell is empty gives no answer (a part under its heading's "N/A").
  if (grid === 'empty') return null;
  if (grid) {
    start = grid.start;
    end = grid.end;
    li = grid.line;
    column = grid.column;
    columnEnd = grid.columnEnd;
  }
  // Trailing table pipes and spaces are not part of the answer.
  while (end > start && (/\s/.test(text[end - 1]!) || text[end - 1] === '|')) end--;
  if (end <= start) return null;
  const seg: Segment = { marker: m, markerIndex, start, end, line: li, inline: grid ? li === m.line : inline, depth };
  if (column !== undefined) seg.column = column;
  if (columnEnd !== undefined) seg.columnEnd = columnEnd;
  return seg;
}

/** The Act's own words: "Section 1(1) …", "any person making a request …", "a public authority". */
const ACT_TEXT_RE = /\bsection\s+1\s?\(1\)|\bany\s+person\s+(?:making|who\s+makes)\s+a\s+request\b|\ba\s+public\s+authority\b/i;
/** … and no word of the letter's own voice. */
const ACT_SPEAKER_RE = /\b(?:we|our|us|I|council|you|your)\b/;

/** A line that stops on a word no sentence ends with: "giving a total of", "in 2017-18 was". */
const FUNCTION_WORD_END_RE = /\b(?:of|the|a|an|and|or|to|in|on|at|by|for|from|with|was|were|is|are|be|been|as|than|that|which|our|their|its|this|these|per|about|around|approximately)\s*$/i;

/** Lines `a` and `b` both indented by the same four or more columns (a hanging indent under an item's label). */
function sameHangingIndent(ctx: SegmentContext, a: number, b: number): boolean {
  const A = ctx.lines[a];
  const B = ctx.lines[b];
  if (!A || !B || A.blank || B.blank) return false;
  const indent = (L: typeof A): number => L.contentStart - L.start;
  return indent(A) >= 4 && indent(A) === indent(B);
}

/**
 * From line `from`, a page's furniture (footer, header) and the blank lines after it: the last of
 * them when the same text carries on below (no marker, same quote depth, no more furniture), else -1.
 */
function pastPageFurniture(ctx: SegmentContext, from: number, limit: number, depth: number): number {
  const { lines } = ctx;
  const resumes = (k: number): boolean => k < limit && !ctx.markerLines.has(k) && lines[k]!.depth === depth && !isPageFurniture(ctx, k, limit);
  // ("… by hand," / "Holmbury BC – FOI 25/0410   Page 1 of 2" / "comparing the order date …": the
  // text goes on right under a footer that carries the page's number; nothing of it is furniture.)
  const footer = lineContent(ctx, lines[from]!).trim();
  const underFooter = /\bpage\s+\d+\s+of\s+\d+$/i.test(footer) && from + 1 < limit && !lines[from + 1]!.blank && resumes(from + 1) && !isShortHeader(lineContent(ctx, lines[from + 1]!));
  if (underFooter) return from;
  let j = from;
  while (j + 1 < limit && !lines[j + 1]!.blank) j++;
  while (j + 1 < limit && lines[j + 1]!.blank) j++;
  if (resumes(j + 1)) return j;
  // "Page 1 of 3" / "EIR/FOI 24-0655" / "   tips and arranging clearance is not recorded …": the
  // next page's short reference line, then the sentence resumes with no blank line between.
  let h = from;
  while (h + 1 < limit && !lines[h + 1]!.blank && isShortHeader(lineContent(ctx, lines[h + 1]!))) h++;
  // The resumed text may itself look like a header ("giving a total of" / footer / header /
  // "£23.9m."): the longest run of header lines that text follows. ("… and cannot be" / "Page 1 of
  // 2" / "    separated without examining …": the text may resume right under a footer that is
  // only the page's number.)
  const least = PAGE_RE.test(footer) ? from : from + 1;
  for (; h >= least; h--) if (h + 1 < limit && !lines[h + 1]!.blank && resumes(h + 1)) return h;
  return -1;
}

/** "CIU/7702/IFO", "FOI-24-0655", "EIR 2024/118": a reference code alone, capitals, figures and separators. */
const REFERENCE_CODE_LINE_RE = /^(?=[^\s]*[/_-])(?=.*\d)[A-Z0-9][A-Z0-9/_.-]{3,30}(?:\s[A-Z0-9][A-Z0-9/_.-]{1,20})?$/;

/** A page's short header line: a reference or title of a few characters, no run of words of a sentence. */
const SHORT_HEADER_RE = /^(?=.{1,40}$)(?!.*\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b).*\d/;

/**
 * A page's header line: a short one, one ending with the letter's reference, or a two-column one
 * (" Corringdale County Council      FOI response CCC/FOI/7419") that holds a reference code.
 */
function isShortHeader(c: string): boolean {
  // ("Page 2 of 3" / "_____" / "Frayford BC – Information Rights   OFFICIAL": a rule under the footer.)
  return /^[_=~*\u2014\u2013-]{5,}$/.test(c.trim()) || SHORT_HEADER_RE.test(c) || RUNNING_HEADER_RE.test(c) || (c.length <= 90 && /\S {3,}\S/.test(c) && /\b[A-Z]{2,}\w*[/-][\w/-]*\d/.test(c) && !/[.!?,;:]$/.test(c));
}

/** A page's running header: a line that ends with the letter's reference ("… FOI Ref: EDC/FOI/18/0744", "Our ref 4411"). */
/** Section 21: "exempt under section 21", "reasonably accessible to you by other means". */
const S21_RE = /\b(?:section|s\.?)\s?21\b|\breasonably\s+accessible\b/i;
const LINK_RE = /https?:\/\/|\bwww\./i;

/** A line printed more than once, word for word, beside a page's number: a running header or footer. */
let repeatedMemo: { text: string; counts: Map<string, number> } | null = null;
function printedOnEachPage(ctx: SegmentContext, L: ReplyLine): boolean {
  if (repeatedMemo?.text !== ctx.text) {
    // (Each time within a few lines of a page's number: not a signature a thread repeats.)
    const counts = new Map<string, number>();
    const pageAt = ctx.lines.map((x) => isPageLine(lineContent(ctx, x)));
    ctx.lines.forEach((x, i) => {
      const c = lineContent(ctx, x).trim();
      if (c.length >= 12 && pageAt.slice(Math.max(0, i - 4), i + 5).some(Boolean)) counts.set(c, (counts.get(c) ?? 0) + 1);
    });
    repeatedMemo = { text: ctx.text, counts };
  }
  return (repeatedMemo.counts.get(lineContent(ctx, L).trim()) ?? 0) >= 2;
}
const RUNNING_HEADER_RE = /\b(?:our\s+|your\s+|foi\s+|eir\s+)?ref(?:erence)?(?:\s+no\.?)?\s*[:.]?\s*[\w/-]*\d[\w/-]*\s*$/i;

/** A short heading that names a question, without a sentence's end: "Information withheld - question 6(b)", "Reasons for refusing question 9". */
const OTHER_QUESTION_HEADING_RE = /^(?!.*[.?!]$)(?=.{0,80}$)[^\d]{0,50}?\b(?:question|q)\s*\.?\s*(\d{1,3})\s*(?:\(\s*([a-z])\s*\)|([a-z])\b)?\s*:?$/i;

/** A heading over the letter's reasons: "Exemptions", "Refusal notice", "Section 12 notice - questions 9 and 10". */
const LETTER_SECTION_RE = /^(?:exemptions?(?:\s+applied)?|(?:explanatory\s+)?(?:annex|appendix)(?:\s+[a-z0-9]{1,3})?|(?:refusal|section\s+\d{2})\s+notice(?:\s*[-–—:]\s*questions?\s+\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*\d{1,3}[a-z]?)*)?|reasons?\s+for\s+(?:the\s+|our\s+)?(?:refusal|decision))\s*:?$/i;

/** A heading naming an exemption: "Section 43(2) – commercial interests", "S.40(2): Personal data". */
const EXEMPTION_HEADING_RE = /^(?:section|s\.?)\s?\d{2}(?:\s?\(\d\))?(?:\s?\([a-z]\))?\s*[-–—:]\s*\p{L}[^.]{0,60}$/iu;
/** An answer that refuses something or sends the reader on (then the section below may be its reasons). */
const REFUSES_OR_POINTS_RE = /\b(?:exempt|withh[eo]ld|refus|section|s\.?\s?\d{2}\b|below|see(?!\s+(?:our\s+)?(?:answer\s+to\s+|response\s+to\s+)?(?:question|q)\s*\.?\s*\d)|reasons?|not\s+(?:be\s+)?(?:disclos|releas|provid))/i;

/** An earlier quoted marker (depth > 0) has unquoted text of the council's under it before the next marker. */
function answersBetweenQuotes(ctx: SegmentContext, markerIndex: number): boolean {
  for (let i = 0; i < markerIndex; i++) {
    const a = ctx.markers[i]!;
    const b = ctx.markers[i + 1]!;
    if (a.quoteDepth === 0) continue;
    for (let k = a.line + 1; k < b.line; k++) {
      const L = ctx.lines[k]!;
      if (!L.blank && L.depth < a.quoteDepth) return true;
    }
  }
  return false;
}

/** Markers on the two lines above this one, at its quote depth, each quoting its question whole. */
function lastOfQuotedList(ctx: SegmentContext, markerIndex: number): boolean {
  const m = ctx.markers[markerIndex]!;
  for (let k = 1; k <= 2; k++) {
    const p = ctx.markers[markerIndex - k];
    if (!p || p.line !== m.line - k || p.quoteDepth !== m.quoteDepth || p.inProse || p.label === '') return false;
    const qe = questionEnd(ctx, p);
    if (qe.line !== p.line || qe.offset <= p.end + 10 || skipLead(ctx.text, qe.offset, ctx.lines[p.line]!.contentEnd) < ctx.lines[p.line]!.contentEnd) return false;
  }
  return true;
}

/**
 * The answer cell of a pipe table row at line `row` (id | question | answer, at least three cells)
 * and of the rows below that carry it on (same pipes, an empty first cell): its offsets, the line
 * it starts on and its columns; 'empty' when that cell is empty; null when the row is no such table row.
 */
function pipeCell(ctx: SegmentContext, row: number, limit: number): { start: number; end: number; line: number; column: number; columnEnd: number } | 'empty' | null {
  const { text, lines } = ctx;
  const R = lines[row]!;
  const raw = text.slice(R.start, R.end);
  if (!/^\s*\|/.test(raw)) return null;
  const pipes: number[] = [];
  for (let i = raw.indexOf('|'); i >= 0; i = raw.indexOf('|', i + 1)) pipes.push(i);
  // Exactly three cells: id, question, answer (a fourth column may be notes, not the answer).
  // ("| How many pitches are covered by those | 251 |" / "| site licences?      |     |": or two,
  // the question (and its label) in the first and the answer in the second; the question's cell
  // wraps onto the rows below beside the answer's. Not "| 3 | How large is …? |", a three-cell
  // row wrapped after its question.)
  const twoCells = pipes.length === 3 && (raw.slice(pipes[0]! + 1, pipes[1]!).match(/\p{L}{2,}/gu)?.length ?? 0) >= 3;
  if ((pipes.length !== 4 && !twoCells) || /\S/.test(raw.slice(pipes[pipes.length - 1]! + 1))) return null;
  const c0 = pipes[pipes.length - 2]! + 1;
  const c1 = pipes[pipes.length - 1]!;
  // The rows below carry the cell on with the same pipes; the last may sit a little further right
  // where a long line (a link) overflows the column.
  const lastPipe = (r: string): number => r.trimEnd().length - 1;
  const samePipes = (r: string): boolean => pipes.slice(0, -1).every((p) => r[p] === '|') && r.trimEnd().endsWith('|') && lastPipe(r) >= c0 && r.indexOf('|', c0) === lastPipe(r);
  // A table whose pipes are not lined up ("| 3 | In what year … | The programme began in April |" /
  // "|   | conversion programme? | 2022, after a pilot. |"): a row of as many cells carries it on.
  const cellOf = (k: number): [number, number] | null => {
    const L = lines[k]!;
    const r = text.slice(L.start, L.end);
    if (k === row) return [c0, c1];
    if (samePipes(r)) return !twoCells && /\S/.test(r.slice(pipes[0]! + 1, pipes[1]!)) ? null : [c0, lastPipe(r)];
    const rp: number[] = [];
    for (let i = r.indexOf('|'); i >= 0 && rp.length <= pipes.length; i = r.indexOf('|', i + 1)) rp.push(i);
    if (rp.length !== pipes.length || /\S/.test(r.slice(0, rp[0]!)) || /\S/.test(r.slice(rp[rp.length - 1]! + 1)) || (!twoCells && /\S/.test(r.slice(rp[0]! + 1, rp[1]!)))) return null;
    return [rp[rp.length - 2]! + 1, rp[rp.length - 1]!];
  };
  let first = -1;
  let last = -1;
  let firstCell: [number, number] = [c0, c1];
  let lastCell: [number, number] = [c0, c1];
  for (let k = row; k < limit; k++) {
    const L = lines[k]!;
    if (k > row && (L.blank || ctx.markerLines.has(k))) break;
    const cell = cellOf(k);
    if (!cell) break;
    if (/\S/.test(text.slice(L.start + cell[0], L.start + cell[1]))) {
      if (first < 0) {
        first = k;
        firstCell = cell;
      }
      last = k;
      lastCell = cell;
    }
  }
  if (first < 0) return 'empty';
  const F = lines[first]!;
  const Z = lines[last]!;
  const fr = text.slice(F.start + firstCell[0], F.start + firstCell[1]);
  const zr = text.slice(Z.start + lastCell[0], Z.start + lastCell[1]);
  return { start: F.start + firstCell[0] + (fr.length - fr.trimStart().length), end: Z.start + lastCell[0] + zr.trimEnd().length, line: first, column: c0, columnEnd: c1 };
}

const PAGE_IN_LINE_RE = /\bpage\s+\d+\s+of\s+\d+\b/i;

/**
 * An answer that runs over a page break, as it reads without the break: the `Page 1 of 3` line,
 * the next page's header lines above the text that resumes, and the blank lines around them go;
 * a sentence cut by the break ("giving a total of" / … / "£23.9m.") joins up on the next line.
 */
export function withoutPageBreaks(answer: string): string {
  if (!/page\s+\d|\f|\n\s*-\s*\d+\s*-\s*\n/i.test(answer)) return answer;
  const rows = answer.split('\n');
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i]!.replace(/\r$/, '').trim();
    if (i === 0 || !isPageLine(t) || ATTACHMENT_SEPARATOR_RE.test(t)) {
      out.push(rows[i]!);
      continue;
    }
    // The header lines after the page line, while text follows them in the same run.
    let j = i + 1;
    while (j + 1 < rows.length && rows[j]!.trim() !== '' && rows[j + 1]!.trim() !== '' && isShortHeader(rows[j]!.trim())) j++;
    // (A rule under the page line, and the next page's reference code alone between blank lines:
    // "Page 1 of 3" / "____" / "" / "CIU/7702/IFO" / "".)
    while (j < rows.length && /^[\s_=\-–—]{5,}$/.test(rows[j]!)) j++;
    while (j < rows.length && rows[j]!.trim() === '') j++;
    if (j + 1 < rows.length && REFERENCE_CODE_LINE_RE.test(rows[j]!.trim()) && rows[j + 1]!.trim() === '') j++;
    while (j < rows.length && rows[j]!.trim() === '') j++;
    while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
    if (j >= rows.length) break;
    const before = out.length > 0 ? out[out.length - 1]!.trim() : '';
    if (/[.!?:;)]["'”’]?$/.test(before)) out.push('');
    i = j - 1;
  }
  return out.join('\n');
}

/** A line that is a page's furniture: `Page 2 of 5`, a form feed, the import's attachment separator. */
function isPageLine(l: string): boolean {
  return l.includes('\f') || PAGE_RE.test(l.trim()) || PAGE_IN_LINE_RE.test(l) || ATTACHMENT_SEPARATOR_RE.test(l.trim());
}

/**
 * A paragraph that is a PDF page header or footer (a `Page 2 of 5` line, or boilerplate). With
 * `ownLine`, not when its first line is text of its own and the page line only follows it (a
 * footer printed right under the last line of an answer, with no blank line between).
 */
function isPageFurniture(ctx: SegmentContext, from: number, limit: number, ownLine = false): boolean {
  const para = paragraphAt(ctx, from, limit);
  if (para.length > 600) return false;
  const paraLines = para.split('\n');
  if (paraLines.some(isPageLine)) return !ownLine || isPageLine(paraLines[0]!) || isBoilerplate(paraLines[0]!);
  // ("Properties" / "The Council's re-use licence applies. If you are unhappy …": with `ownLine`,
  // an answer's own first line before the closing is no furniture.)
  if (!isBoilerplate(para)) return false;
  const answerFirst = ownLine && paraLines.length > 1 && paraLines[0]!.length <= 80 && !isBoilerplate(paraLines[0]!) && isBoilerplate(paraLines.slice(1).join('\n'));
  return !answerFirst;
}

function paragraphAt(ctx: SegmentContext, from: number, limit: number): string {
  const parts: string[] = [];
  for (let k = from; k < limit && k < from + 40; k++) {
    const L = ctx.lines[k]!;
    if (L.blank) break;
    parts.push(lineContent(ctx, L));
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Chronology: which message an occurrence is in, and which of two answers is the newer.

export interface MessageHeader {
  line: number;
  depth: number;
  /** Milliseconds since the epoch, when a date was found in the header. */
  date: number | null;
  /** A reply-quoting header (`From:`, `-----Original Message-----`, `On … wrote:`): content below is older. */
  quoting: boolean;
  review: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_DMY_RE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})/i;
const DATE_MDY_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i;
const DATE_NUM_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const DATE_ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME_RE = /\b(\d{1,2}):(\d{2})\b/;

/** A date in a header line, as a sortable number; null when there is none. */
export function parseDate(s: string): number | null {
  let y: number, mo: number, d: number;
  let m = DATE_DMY_RE.exec(s);
  if (m) [d, mo, y] = [Number(m[1]), MONTHS.indexOf(m[2]!.toLowerCase().slice(0, 3)), Number(m[3])];
  else if ((m = DATE_MDY_RE.exec(s))) [mo, d, y] = [MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)), Number(m[2]), Number(m[3])];
  else if ((m = DATE_ISO_RE.exec(s))) [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  else if ((m = DATE_NUM_RE.exec(s))) [d, mo, y] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  else return null;
  const t = TIME_RE.exec(s);
  const minutes = t ? Number(t[1]) * 60 + Number(t[2]) : 0;
  return Date.UTC(y, mo, d) + minutes * 60000;
}

const QUOTING_RE = /^(?:from\s?:|-{2,}\s?(?:original|forwarded) message|begin forwarded message|on\s.{0,200}wrote:$)/i;
const BANNER_RE = /^(?:={5,}|_{5,}|-{5,})$/;
const REVIEW_RE = /\binternal review\b|\brevised (?:response|answer)|\bwe have reconsidered|\bhaving (?:reconsidered|considered the matter afresh)|\bcorrected (?:response|answer)|\bamended (?:response|answer)/i;

/** Message headers: reply-quoting headers and banner separators, with the date each carries. */
export function messageHeaders(ctx: SegmentContext): MessageHeader[] {
  const out: MessageHeader[] = [];
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    const L = lines[i]!;
    if (L.blank) continue;
    const c = lineContent(ctx, L);
    if (c.length > 300) continue;
    const quoting = QUOTING_RE.test(c);
    const banner = BANNER_RE.test(c);
    if (!quoting && !banner) continue;
    if (quoting && out.length && out[out.length - 1]!.line >= i - 1 && out[out.length - 1]!.quoting) continue;
    let date: number | null = parseDate(c);
    for (let k = i + 1; date === null && k < Math.min(lines.length, i + 6); k++) {
      const n = lines[k]!;
      if (n.blank) continue;
      date = parseDate(lineContent(ctx, n));
    }
    out.push({ line: i, depth: L.depth, date, quoting, review: false });
  }
  // A message mentions a review when its own first lines do (reply text, not the quoted chain).
  for (let h = 0; h < out.length; h++) {
    const from = out[h]!.line;
    const to = Math.min(lines.length, h + 1 < out.length ? out[h + 1]!.line : lines.length, from + 40);
    for (let k = from; k < to; k++) {
      const L = lines[k]!;
      if (L.depth === out[h]!.depth && REVIEW_RE.test(lineContent(ctx, L))) {
        out[h]!.review = true;
        break;
      }
    }
  }
  return out;
}

/** The header of the message that `line` (at `depth`) belongs to; -1 for the top message. */
export function messageOf(headers: MessageHeader[], line: number, depth: number): number {
  let lo = 0;
  let hi = headers.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headers[mid]!.line <= line) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = idx; k >= 0; k--) if (headers[k]!.depth <= depth) return k;
  return -1;
}

/** True when segment `a` was written after segment `b`. */
export function isNewer(ctx: SegmentContext, headers: MessageHeader[], a: Segment, b: Segment): boolean {
  const ma = messageOf(headers, a.line, a.depth);
  const mb = messageOf(headers, b.line, b.depth);
  // Text quoted with ">" is from an earlier message than the text that quotes it.
  if (ma === mb && a.depth !== b.depth) return a.depth < b.depth;
  if (ma === mb) return a.start > b.start;
  const ha = ma >= 0 ? headers[ma]! : null;
  const hb = mb >= 0 ? headers[mb]! : null;
  const da = ha?.date ?? null;
  const db = hb?.date ?? null;
  if (da !== null && db !== null && da !== db) return da > db;
  if (a.depth !== b.depth) return a.depth < b.depth;
  const ra = ha?.review ?? topReview(ctx, headers);
  const rb = hb?.review ?? topReview(ctx, headers);
  if (ra !== rb) return ra;
  // Same depth, no dates: below a reply-quoting header the text is older (top-posting); below
  // a banner it is newer (a thread printed oldest first).
  const aLater = a.start > b.start;
  const laterHeader = aLater ? ha : hb;
  const laterIsNewer = !(laterHeader?.quoting ?? false);
  return aLater === laterIsNewer;
}

function topReview(ctx: SegmentContext, headers: MessageHeader[]): boolean {
  const to = Math.min(ctx.lines.length, headers.length ? headers[0]!.line : ctx.lines.length, 60);
  for (let k = 0; k < to; k++) if (REVIEW_RE.test(lineContent(ctx, ctx.lines[k]!))) return true;
  return false;
}

/**
 * A two-column table flattened by PDF conversion: the questions one after another (each wrapped
 * over a line or two), then the answers one per line in the same order ("Dunholt District
 * Council" / "86,300" / "186.5 km²" …), so that only the last question seems to have an answer.
 * When the lines below the run (a line starting in lower case continues the one above) are as many
 * as its questions, each question takes its line.
 */
function splitColumnDump(ctx: SegmentContext, best: Map<string, Segment>, segs: readonly (Segment | null)[]): void {
  const { markers, lines, text } = ctx;
  for (let i = 0; i < markers.length; i++) {
    const seg = best.get(markers[i]!.ids[0]!);
    if (!seg || seg.markerIndex !== i || markers[i]!.ids.length !== 1 || seg.inline) continue;
    // The run of markers above with no answer of their own, each a line or three below the last.
    let k = i;
    while (k > 0) {
      const prev = markers[k - 1]!;
      if (prev.ids.length !== 1 || segs[k - 1] !== null || markers[k]!.line - prev.line > 3 || prev.quoteDepth !== seg.depth) break;
      let gap = false;
      for (let l = prev.line + 1; l < markers[k]!.line; l++) if (lines[l]!.blank) gap = true;
      if (gap) break;
      k--;
    }
    const run = markers.slice(k, i + 1);
    if (run.length < 3) continue;
    // The answer's lines down to a blank line (a figure alone on its line may have been read as a
    // label), a line starting in lower case joined to the one above.
    const items: { start: number; end: number; line: number }[] = [];
    for (let l = seg.line; l < lines.length && items.length <= run.length + 1; l++) {
      const L = lines[l]!;
      if (L.blank || L.depth !== seg.depth) break;
      // "3. Please provide any assessment …": the next question's own label ends the answers.
      const mi = ctx.markerLines.get(l);
      if (mi !== undefined && mi > i) break;
      const first = text[L.contentStart]!;
      if (items.length > 0 && /[\p{Ll}]/u.test(first)) items[items.length - 1]!.end = L.contentEnd;
      else items.push({ start: L.contentStart, end: L.contentEnd, line: l });
    }
    // Headings ("If the Authority has a CRM system:") may have no line of their own.
    const own = run.map((m, j) => ({ m, j })).filter(({ m }) => !ctx.words.get(m.ids[0]!)?.heading);
    const rows = items.length === run.length ? run.map((m, j) => ({ m, j })) : items.length === own.length ? own : null;
    if (!rows || items.length > run.length) continue;
    // (Not a letter's sentences under the request it quotes: "Searches were made after your request
    // arrived …" / "The guidance states that:" — a line that introduces the next, or
    // lines most of them too long for a table's cells.)
    const cells = items.map((it) => text.slice(it.start, it.end).trim());
    if (cells.some((c) => /:$/.test(c)) || cells.filter((c) => c.length > 150).length * 2 >= cells.length) continue;
    rows.forEach(({ m, j }, r) => {
      const it = items[r]!;
      best.set(m.ids[0]!, { marker: m, markerIndex: k + j, start: it.start, end: it.end, line: it.line, inline: false, depth: seg.depth });
    });
  }
}

/** For each question id, the segment carrying its answer (the newest answered occurrence). */
/**
 * For the answers chooseAnswers picked, the answer each replaced in the same message: a letter that
 * answers the same questions twice ("for all beds: …" then "for acute beds: …") leaves a doubt.
 */
export const replacedInMessage = new WeakMap<Map<string, Segment>, Map<string, Segment>>();

export function chooseAnswers(ctx: SegmentContext): Map<string, Segment> {
  const headers = messageHeaders(ctx);
  const best = new Map<string, Segment>();
  const replaced = new Map<string, Segment>();
  const own: (Segment | null)[] = [];
  for (let i = 0; i < ctx.markers.length; i++) {
    const m = ctx.markers[i]!;
    own.push(null);
    if (m.ids.length === 0) continue;
    const seg = answerSegment(ctx, i);
    own[i] = seg;
    if (!seg) continue;
    for (const id of m.ids) {
      const cur = best.get(id);
      if (!cur || (isNewer(ctx, headers, seg, cur) && !pointsBelow(ctx, cur, seg) && !commentsOn(headers, cur, seg))) {
        if (cur && messageOf(headers, cur.line, cur.depth) === messageOf(headers, seg.line, seg.depth)) replaced.set(id, cur);
        else replaced.delete(id);
        best.set(id, seg);
      }
    }
  }
  replacedInMessage.set(best, replaced);
  splitColumnDump(ctx, best, own);
  sharedResponse(ctx, best, own);
  leftInQuotedList(ctx, best);
  return best;
}

/**
 * "1. The full official name of the Authority." … "13. If not: a. whether a CRM has been
 * considered; …" … "14. …", then "Our response" and "1. Lynchcombe Borough Council" …: the request
 * summarised as a list, answered in a second list. A label only the first list has ("13.", its
 * parts answered as "13. a. Yes") holds the question, not its answer: the labels around it, line
 * after line, are all answered again further down.
 */
function leftInQuotedList(ctx: SegmentContext, best: Map<string, Segment>): void {
  const { markers } = ctx;
  const answeredLater = (m: Marker): boolean => m.ids.length > 0 && m.ids.every((id) => (best.get(id)?.marker.start ?? -1) > m.start);
  const close = (a: Marker, b: Marker): boolean => b.line - a.line >= 0 && b.line - a.line <= 3;
  for (const [id, seg] of best) {
    const i = markers.indexOf(seg.marker);
    if (i < 0) continue;
    let before = 0;
    for (let k = i - 1; k >= 0 && close(markers[k]!, markers[k + 1]!) && answeredLater(markers[k]!); k--) before++;
    let after = 0;
    for (let k = i + 1; k < markers.length && close(markers[k - 1]!, markers[k]!) && answeredLater(markers[k]!); k++) after++;
    if (before >= 2 && after >= 1 && before + after >= 4) best.delete(id);
  }
}

/**
 * "You asked: / Q1: How many …? / Q2: How many …? / / Our response: / On 31 March there were 118 …
 * and 402 …": questions quoted one under another, then one response below the last. A question
 * with no answer anywhere else shares the response of the question on the line below it.
 */
function sharedResponse(ctx: SegmentContext, best: Map<string, Segment>, own: readonly (Segment | null)[]): void {
  const { markers } = ctx;
  // (Three quoted or more: "2. …" / "3. …" / "4. …" / "" / "Answer: - …" — each shares what the one below it shares.)
  const sharing = new Set<number>();
  for (let i = markers.length - 2; i >= 0; i--) {
    const m = markers[i]!;
    if (own[i] || m.ids.length === 0 || m.ids.some((id) => best.has(id)) || m.inProse) continue;
    const n = markers[i + 1]!;
    const shared = best.get(n.ids[0] ?? '');
    if (!shared || (shared.markerIndex !== i + 1 && !sharing.has(i + 1)) || shared.inline || n.line - m.line > 2 || n.quoteDepth !== m.quoteDepth) continue;
    if (ctx.lines.slice(m.line + 1, n.line).some((L) => L.blank)) continue;
    // The response is introduced as one ("Our response:", "Answer:") below the questions.
    if (!ctx.lines.slice(n.line + 1, shared.line + 1).some((L) => !L.blank && ANSWER_PREFIX_RE.test(lineContent(ctx, L)))) continue;
    // (Parts of one heading restated one under another, with one "Not applicable" below, are
    // read as the heading's answer elsewhere.)
    // ("(a) what is …?" / "(b) when …?" / "Response to (a) and (b): Not applicable.": unless the
    // response names the part.)
    const named = /^\W*(?:our\s+)?(?:response|answer|reply)s?\s+(?:to|for)\s+([^:]{1,40}):/i.exec(lineContent(ctx, ctx.lines[shared.line]!))?.[1] ?? '';
    const namesPart = (id: string): boolean => !!named && impliedParent(id) !== undefined && new RegExp(String.raw`(?:^|[\s(,&])\(?${id.slice(-1)}\)(?=$|[\s,&])|(?:^|[\s,&])${id.slice(-1)}(?=$|\s+(?:and|&)|,)`, 'i').test(named.trim());
    if (m.ids.some((id) => ctx.words.get(id)?.heading || (impliedParent(id) !== undefined && !namesPart(id)))) continue;
    for (const id of m.ids) best.set(id, shared);
    sharing.add(i);
  }
}

// ("Please see the section 12 paragraph below.": four words between.)
const POINTS_BELOW_RE = /\b(?:see|set\s+out|explained|given|detailed|details|reasons?)\s+(?:[\w-]+\s+){0,4}(?:below|at\s+the\s+end\b|in\s+the\s+(?:annex|appendix)\b)/i;

/**
 * "4. … refused under section 12." and, further down the same letter, "Advice and assistance: In
 * relation to question 4, we are unable to suggest …": a sentence that names the question after
 * its labelled answer comments on that answer; it does not replace it. (A later answer with a label
 * of its own, or in a later message, still does.)
 */
function commentsOn(headers: MessageHeader[], cur: Segment, later: Segment): boolean {
  if (cur.depth !== later.depth || later.start <= cur.start) return false;
  if (!later.marker.label.endsWith(',') || cur.marker.label.endsWith(',') || cur.marker.inProse) return false;
  return messageOf(headers, cur.line, cur.depth) === messageOf(headers, later.line, later.depth);
}

/**
 * "Q9  Withheld – section 43(2), see below" then, later in the same letter, "Question 9 – section
 * 43(2)" over the reasons: the answer is the line that points down; the later section explains it.
 */
/** "Please see the section headed "A14 and A15" below": a pointer to a section by its heading. */
export const HEADED_POINTER_RE = /\b(?:see|refer\s+to)\s+(?:the\s+)?(?:section|paragraph|part|note|heading)\s+(?:headed|titled|entitled|called|marked)\s+["“'‘]([^"”'’\n]{2,60})["”'’]/i;

function pointsBelow(ctx: SegmentContext, cur: Segment, later: Segment): boolean {
  if (cur.depth !== later.depth || later.start <= cur.start) return false;
  const said = ctx.text.slice(cur.start, Math.min(cur.end, cur.start + 200));
  // (One that names the section by its heading says exactly where, wherever it stands, and takes
  // that section's status.)
  if (HEADED_POINTER_RE.test(said)) return true;
  // On the label's line, or on an "Answer:" line under the restated question.
  if (!cur.inline && !ANSWER_PREFIX_RE.test(lineContent(ctx, ctx.lines[cur.line]!))) return false;
  // A bare pointer ("Please see the paragraphs below this table.") says nothing itself: the section
  // below is the answer.
  return POINTS_BELOW_RE.test(said) && SAYS_WHY_RE.test(said);
}

/**
 * What a line that points below says itself: an exemption, a refusal, "not held"; or that it is
 * answered as another question is ("As Q9 - see below.", "As for question 9, please see below.").
 */
const SAYS_WHY_RE = /\b(?:sections?\s*\d|s\.?\s?\d{2}\b|withheld|refus|exempt|cost limit|not held|not applicable|vexatious)|^\W*(?:(?:answer|response|reply)\s*[:\-–—]\s*)?as\s+(?:for\s+|with\s+|per\s+)?(?:(?:our\s+)?(?:answer|response)\s+to\s+)?(?:q(?:uestion)?\s*\.?\s*)\d{1,3}[a-z]?\b/i;

export interface Paragraph {
  start: number;
  end: number;
  line: number;
  depth: number;
  text: string;
}

/** Paragraphs (blank-line separated, same quote depth) outside marker lines, for whole-request refusals. */
export function paragraphs(ctx: SegmentContext, maxCount = 400): Paragraph[] {
  const out: Paragraph[] = [];
  const { lines, text } = ctx;
  let cur: Paragraph | null = null;
  const flush = (): void => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length && out.length < maxCount; i++) {
    const L = lines[i]!;
    if (L.blank || ctx.markerLines.has(i) || (cur && (cur as Paragraph).depth !== L.depth)) {
      flush();
      if (L.blank || ctx.markerLines.has(i)) continue;
    }
    if (!cur) cur = { start: L.contentStart, end: L.contentEnd, line: i, depth: L.depth, text: '' };
    else cur.end = L.contentEnd;
  }
  flush();
  for (const p of out) p.text = text.slice(p.start, p.end);
  return out;
}
