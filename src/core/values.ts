// The typed-value reader: turns an answer's text into the value a coder would record —
// a number without separators (GBP expanded from "£64.2m"), "Yes"/"No", a year, a duration,
// the matching choice(s) of a code list, or the first line of text. Pure and linear-time.
import type { Question, QuestionType, TypedValue } from './types';
import { stopWords } from './stopWords';

/** `several`: the text names more than one candidate (choices, or figures for different columns). */
/**
 * `several`: several candidates were named, one was picked. `inferred`: the value is read from the
 * answer's wording, not written as one ("A CRM was considered" → Yes, "four of these" → 4).
 */
export type ParsedValue = TypedValue & { confidence: number; several?: boolean; inferred?: boolean };

const NONE: ParsedValue = { value: null, confidence: 0.1 };

/** Answers longer than this are read on their beginning: the value comes first. */
const MAX_READ = 20_000;

/** Smart quotes, dashes and the many spaces folded; thousands-separator spaces stay spaces. */
function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/\u200b/g, '');
}

// ---- numbers -------------------------------------------------------------------------

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';
/** "one hundred and twelve", "two thousand four hundred and six": words with a scale in them. */
const COMPOUND_NUMBER_RE = new RegExp(String.raw`\b(?:a|${UNIT_WORD})\s+(?:hundred|thousand)(?:(?:\s+and)?\s+${UNIT_WORD}(?:\s+(?:hundred|thousand))?)*\b(?!\s*(?:per\s*cent|%))`, 'gi');

/** The value of a number in words: "one hundred and twelve" = 112, "two thousand four hundred" = 2,400. */
function wordsValue(words: string): number {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'hundred') current *= 100;
    else if (w === 'thousand') {
      total += current * 1000;
      current = 0;
    } else current += WORD_NUMBERS[w] ?? 0;
  }
  return total + current;
}

/** Two to fifty written as a word ("one" is as often a pronoun). */
// ("fifty-one", "forty-eight": the tens and the unit are one number.)
const PROSE_NUMBER_RE = /\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b(?![-\s]*(?:years?|months?|weeks?|days?|hours?|per\s*cent|%))/gi;

const MULTIPLIERS: Record<string, number> = {
  k: 3, thousand: 3, m: 6, mn: 6, mil: 6, million: 6, millions: 6, bn: 9, b: 9, billion: 9, billions: 9,
  // Welsh: "£71.4 miliwn".
  miliwn: 6, biliwn: 9,
};

/**
 * A figure: optional £, digits with comma/space thousands separators (only in groups of
 * three, so "2014 123" stays two numbers), decimals, an optional multiplier and unit.
 */
// (With a space for the separator, at most two groups after the lead: "128 432", "1 234 567";
// "287 311 273 261 258" is a row of five figures, one a column; so is "324 859.5 686", a figure
// with decimals among them.)
const FIGURE = /(?:(£|gbp)\s?)?([-\u2212])?(\d{1,3}(?:,\d{3})+(?!\d)|(?<!\d[ \t])\d{1,3}(?: \d{3}){1,2}(?!\d)(?! \d)(?!\.\d+[ \t]\d)|\d+)(\.\d+)?(?:[ \t\u00a0]?(k|m|mn|bn|b|thousand|million|billion|miliwn|biliwn)\b|[ \t]*\r?\n[ \t]*(thousand|million|billion|miliwn|biliwn)\b)?/gi;

/**
 * A minus sign that makes the figure at `index` negative: `-5`, `−12%`, `-£1,200`, `£-300`,
 * `(-3)`. Not a dash between figures (`30-40`, `2017-18`) or inside a word or id (`Q-5`,
 * `A-1`), and not a list dash followed by a space (`- 5`).
 */
function negativeAt(text: string, minusAt: number): boolean {
  if (minusAt < 0) return false;
  const c = text[minusAt];
  if (c !== '-' && c !== '\u2212') return false;
  const before = text.slice(Math.max(0, minusAt - 1), minusAt);
  // ("2022 -23": a financial year typed with a stray space, not minus 23.)
  if (/\b(?:19|20)\d\d\s$/.test(text.slice(Math.max(0, minusAt - 6), minusAt)) && /^\d{2}(?!\d)/.test(text.slice(minusAt + 1, minusAt + 4))) return false;
  // ("Total budget including staff costs -£1,543,882": a dash after the label names the sum; "the
  // deficit was -£4,000" is minus.)
  const word = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, minusAt - 24), minusAt));
  if (word && /^(?:costs?|budget|spend|spending|total|expenditure|price|fees?|charges?|amount|salary|pay)$/i.test(word[1]!)) return false;
  return before === '' || /[\s(:=[{;,/]/.test(before);
}

export interface Figure {
  value: number;
  /** Index of the figure in the text read. */
  index: number;
  end: number;
  money: boolean;
  /** The digits without separators, for year checks. */
  digits: string;
  /** Written with a thousands separator ("2,000" is no year). */
  separated: boolean;
  scaled: boolean;
}

/** A financial year written as a range, then a space and a figure ("2021-22 191", "2022 -23 127"). */
const YEAR_RANGE_THEN_FIGURE = /\b((?:19|20)\d\d\s?[-/–]\s?\d{2})[ \t\u00a0\u202f](?=\d)/g;

/** Multiply a decimal string by 10^places without floating-point noise ("64.2", 6 → 64200000). */
function shift(intPart: string, frac: string, places: number): number {
  const digits = intPart + frac.padEnd(places, '0');
  const point = intPart.length + places;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

/** Every figure in the text, in order, with money and multipliers read. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  // "2021-22 191": the year's "22" and the figure after it are two, never "22 191" (the space is
  // no thousands separator there); the text keeps its length, so offsets stay the same.
  if (/\d\s\d/.test(text)) text = text.replace(YEAR_RANGE_THEN_FIGURE, '$1;');
  for (const m of text.matchAll(FIGURE)) {
    let index = m.index ?? 0;
    const isMoney = Boolean(m[1]);
    // A sign inside the match (`£-300`, or `-5` matched from its dash) or just before it (`-£1,200`).
    const innerMinus = m[2] !== undefined;
    const signAt = innerMinus ? (isMoney ? index + m[0].indexOf(m[2]!) : index) : index - 1;
    const negative = innerMinus ? (isMoney ? true : negativeAt(text, index)) : isMoney && negativeAt(text, index - 1);
    // A dash matched but not a sign (`30-40`): the figure starts after it.
    if (innerMinus && !negative && !isMoney) index += 1;
    const start = negative && !innerMinus ? signAt : index;
    const before = text.slice(Math.max(0, index - 2), index);
    // Part of a word or id ("Q4", "www3", "A1") or of a longer figure ("1.2.3"); "c.150" is fine.
    if (!m[1] && !negative && (/[a-z_\d]$/i.test(before) || /\d\.$/.test(before))) continue;
    const intPart = (m[3] ?? '0').replace(/[, ]/g, '');
    const frac = (m[4] ?? '').slice(1);
    // ("£563.8" / "million." with the word wrapped onto the next line.)
    // ("£7,204,118.55 b) As for last year": a list's next label after a space is no multiplier; "(£5m)" is.)
    const word = m[5] !== undefined && /^[kmb]$/i.test(m[5]) && /\s$/.test(m[0].slice(0, -1)) && text[(m.index ?? 0) + m[0].length] === ')' ? undefined : m[5] ?? m[6];
    const mult = word ? MULTIPLIERS[word.toLowerCase()] ?? 0 : 0;
    const matchEnd = (m.index ?? 0) + m[0].length;
    // "5 m" is five metres, not five million, unless it is money ("£5m", "2m GBP").
    const useMult = mult > 0 && (isMoney || !/^(?:m|b)$/i.test(word ?? '') || /^\s?(?:pounds|gbp)\b/i.test(text.slice(matchEnd, matchEnd + 8)));
    const magnitude = shift(intPart, frac, useMult ? mult : 0);
    if (!Number.isFinite(magnitude)) continue;
    const value = negative && magnitude !== 0 ? -magnitude : magnitude;
    // An unused multiplier letter is no part of the figure: "450 m²" keeps its unit after it.
    const end = (m[5] ?? m[6]) && !useMult ? matchEnd - /\s*[a-z]+$/i.exec(m[0])![0].length : matchEnd;
    out.push({ value, index: start, end, money: isMoney, digits: intPart + (frac ? `.${frac}` : ''), separated: intPart !== m[3], scaled: useMult });
  }
  return out;
}

/** Years, financial years, ids and citations are rarely the figure a number question asks for. */
const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

// ("on the 3 or 4 September", "10-11 May": the first day of two, the month after the second.)
const DAY_OF_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s?(?:(?:or|and|to|&|-|–)\\s?\\d{1,2}(?:st|nd|rd|th)?\\s)?(?:of\\s)?(?:${MONTH_NAMES})\\b`, 'i');

const MONTH = String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+`;
/** Before a date's year: "March 31st ", "31 March ", "March ". */
const MONTH_DAY_BEFORE = new RegExp(String.raw`${MONTH}(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$`, 'i');
/** Before a day written after its month: "March ", "March the ". */
const MONTH_BEFORE = new RegExp(String.raw`${MONTH}(?:the\s+)?$`, 'i');

/** "see", "as per our answer to", "same as response": the words that point to another answer by its number. */
export const ANSWER_POINTER = String.raw`(?:see|as\s+per|as\s+in|as\s+for|same\s+as|refer\s+to)\s+(?:(?:our|the)\s+)?(?:answer|response|reply)\s+(?:(?:to|at|for)\s+)?`;
/** The pointer just before a figure ("see 3.1", "see our answer to 2b", "as per answer 4"). */
const POINTER_BEFORE_RE = new RegExp(String.raw`\b(?:see\s+(?:(?:our\s+)?(?:answer|response|reply)\s+(?:to|at)\s+)?|${ANSWER_POINTER})$`, 'i');

function isIncidental(text: string, f: Figure): boolean {
  const after = text.slice(f.end, f.end + 12);
  const before = text.slice(Math.max(0, f.index - 12), f.index);
  if (/^(?:19|20)\d\d$/.test(f.digits) && /^\s?[-/]\s?\d{2}\b/.test(after)) return true; // 2017-18
  // "Tel: 01632 960587", "phone 0161 496 0000": a telephone number, either of its groups.
  if (!f.money && (/\b(?:tel|telephone|phone|mobile|fax|call(?:\s+us)?(?:\s+on)?)\b\.?:?\s*(?:\+?44\s?)?(?:\(?0\d{2,4}\)?\s?)?(?:\d{3,4}\s)?$/i.test(text.slice(Math.max(0, f.index - 28), f.index)) || /^0\d{2,4}$/.test(text.slice(f.index, f.end)) && /^\s?\d{3}\s?\d{3,4}\b/.test(after) || /\b0\d{2,4}\s$/.test(before) && /^\d{6}(?!\d)|^\d{3}\s\d{3,4}/.test(text.slice(f.index, f.index + 8)))) return true;
  // "2018 – 2019", "2018/2019": a year written as a period, and its second year.
  if (/^(?:19|20)\d\d$/.test(f.digits) && !f.money && (/^\s?[-/–—]\s?(?:19|20)\d\d\b/.test(after) || /\b(?:19|20)\d\d\s?[-/–—]\s?$/.test(before))) return true;
  // "Insurance for 1COV": a figure run into capitals is a code (a number plate, a reference), not a count.
  if (!f.money && !f.scaled && /^[A-Z]{3,}\b/.test(after) && !/^(?:GBP|FTE|HRS|KWH|MWH|GWH|ISH|PLUS|APPROX)\b/.test(after)) return true;
  // "Covid-19", "M-25", "COVID- 19DailyDashboard": a figure that is part of a name, run onto letters
  // by a hyphen, or onto a word of a link's path.
  if (!f.money && !f.scaled && (/[A-Za-z]{1,12}-\s?$/.test(before) || /^[A-Z][a-z]+[A-Z_]/.test(after)) && !/^\s?(?:%|per\s?cent)/i.test(after)) return true;
  // "Counted within 4b": a question id, not a figure.
  if (!f.money && !f.scaled && f.digits.length <= 2 && /^\(?[a-h](?![a-z\d])/i.test(after) && !/^[a-h]\s?[.)]\s/i.test(after)) return true;
  if (f.digits.length === 2 && !f.money && /(?:19|20)\d\d\s?[-/]\s?$/.test(before)) return true; // the 18 of 2017-18
  // ("contract £138,660" is no "Act 138": the word must stand alone.)
  if (/\b(?:section|s\.|regulation|reg\.|act|q|questions?)\s?$/i.test(before)) return true;
  // "please see 3.1", "see our answer to 2b": a cross-reference to another answer.
  // ("As per answer 4 – one fee covers both": the same, after "as per", "as in", "same as".)
  if (!f.money && /^\d{1,2}(?:\.\d{1,2})?$/.test(text.slice(f.index, f.end)) && POINTER_BEFORE_RE.test(text.slice(Math.max(0, f.index - 32), f.index))) return true;
  // "our response to questions 1 and 2": the second of the questions named.
  if (!f.money && f.digits.length <= 2 && /\bquestions\s\d{1,2}[a-z]?\s?(?:,|and|&|or|to|-|–)\s?$/i.test(text.slice(Math.max(0, f.index - 24), f.index))) return true;
  if (/^\s?\(\s?\d\s?\)/.test(after) && /section|s\.|s$/i.test(before)) return true;
  // The day of a date ("as at 1 April 2024", "on 31st March"), and references into a document
  // ("table 3", "note 7", "page 12", "paragraph 4.2", "appendix 2").
  if (!f.money && !f.separated && Number(f.digits) >= 1 && Number(f.digits) <= 31 && DAY_OF_MONTH.test(text.slice(f.end, f.end + 24))) return true;
  // ("The complaint was made on 14 September, 3 days after the event": when, not how many; a clause
  // after a comma. "Referred 56 days after the invoice date" is the answer to how many days.)
  if (!f.money && !f.separated && /,\s*$/.test(before) && /^\s?(?:working\s+)?(?:days?|weeks?|months?|hours?|years?)\s+(?:after|before|later|earlier|ago|previously)\b/i.test(text.slice(f.end, f.end + 28))) return true;
  // "year-end March 31st 2023", "on the 2nd": the day of a date written month first, or an ordinal.
  if (!f.money && !f.separated && Number(f.digits) >= 1 && Number(f.digits) <= 31 && (/^(?:st|nd|rd|th)\b/i.test(after) || MONTH_BEFORE.test(before))) return true;
  // "free after 6pm", "at 10:30", "from 7.30am": a time of day.
  if (!f.money && f.digits.length <= 4 && /^(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|hrs\b|o'clock)/i.test(after)) return true;
  // "as at 01/10/10", "on 3/4/2024": a date written with slashes.
  if (!f.money && f.digits.length <= 4 && (/^\/\d{1,2}\/\d{2,4}\b/.test(after) || /\b\d{1,2}\/(?:\d{1,2}\/)?$/.test(before))) return true;
  // "brought into use during 2010", "since 2019": a year in a phrase of time, not a count.
  if (/^(?:19|20)\d\d$/.test(f.digits) && !f.money && !f.separated && /\b(?:in|during|since|from|until|till|before|after|between|by|throughout)\s+(?:the\s+)?(?:(?:calendar|financial)\s+)?(?:year\s+)?$/i.test(before)) return true;
  // The year of a date ("March 31st 2023", "31 March 2023", "March 2023").
  if (/^(?:19|20)\d\d$/.test(f.digits) && !f.money && !f.separated && MONTH_DAY_BEFORE.test(text.slice(Math.max(0, f.index - 24), f.index))) return true;
  if (!f.money && /\b(?:table|note|page|p\.|paragraph|para\.?|appendix|annex|chapter|figure|fig\.|schedule|item|line|row|column|part|parts)\s?$/i.test(before)) return true;
  // "Report no. 31-077", "our ref. 5120": a document's or a case's number, not a count.
  if (!f.money && /\b(?:no|nos|ref|refs)\.\s?(?:[A-Z\d]{1,6}[-/])?$/i.test(before)) return true;
  // "24/25 - Report …": a financial year written short, either of its years.
  const pair = /^\/(\d\d)\b/.exec(after);
  const pairBefore = /\b(\d\d)\/$/.exec(before);
  if (!f.money && f.digits.length === 2 && ((pair && Number(pair[1]) === Number(f.digits) + 1) || (pairBefore && Number(pairBefore[1]) + 1 === Number(f.digits)))) return true;
  // "<5*": a band standing in for a withheld small number, not the number.
  if (!f.money && /[<>≤≥]\s?$/.test(before)) return true;
  // "type 2 chargers", "phase 3", "level 4": a kind's number, not a count.
  if (!f.money && f.digits.length <= 2 && KIND_BEFORE.test(before)) return true;
  // "accepted into Year 7", "Y7 appeals": a school year group, not a count (capital Y: "each year 12
  // staff" counts).
  if (!f.money && !f.separated && f.digits.length <= 2 && /(?:^|[^\w])(?:Year|Yr|Y)\s?$/.test(before)) return true;
  // "passed to one of the 4 teams": the set one thing is drawn from, not what was asked.
  if (!f.money && f.digits.length <= 3 && /\bone\s+of\s+(?:the|our|its|their|these|those)\s+$/i.test(text.slice(Math.max(0, f.index - 20), f.index))) return true;
  // "closed by us in the last 10 years", "over the past 12 months": the period asked about.
  if (!f.money && f.digits.length <= 2 && isPeriodAsked(before, after)) return true;
  return false;
}

/** "in the last 10 years", "over the past five calendar years": the words either side of a period's length. */
function isPeriodAsked(before: string, after: string): boolean {
  return /\b(?:last|past|previous|preceding)\s$/i.test(before) && /^\s(?:calendar\s|financial\s)?(?:years?|months?|weeks?|days?)\b/i.test(after);
}

/** "type 2", "band five": the word before a kind's number. */
const KIND_BEFORE = /\b(?:type|model|class|grade|version|phase|tier|stage|level|band|mark|category|zone)\s?$/i;

/** Figures in two or more cells of one table row ("| 30 | 20 | 51 |", tab-separated). */
function inCells(text: string, figures: readonly Figure[]): boolean {
  if (figures.length < 2) return false;
  // "£22,310     £16,905     £20,770": a fixed-width row of one line, a figure per column.
  if (!/\||\t/.test(text)) return !text.trim().includes('\n') && figures.slice(1).every((f, i) => /^\s{2,}$/.test(text.slice(figures[i]!.end, f.index)));
  const cellOf = (f: Figure): number => (text.slice(0, f.index).match(/\||\t/g) ?? []).length;
  return new Set(figures.map(cellOf)).size >= 2;
}

function looksLikeYear(f: Figure): boolean {
  return !f.money && !f.scaled && !f.separated && /^(?:19[5-9]\d|20\d\d)$/.test(f.digits);
}

// ---- units ---------------------------------------------------------------------------

const UNITS: readonly [RegExp, string][] = [
  [/^\s?(?:km²|km2|sq\.?\s?km|square\s+kilomet(?:re|er)s?|kilomet(?:re|er)s?\s+squared)/i, 'km²'],
  [/^\s?(?:sq\.?\s?mi(?:les?)?\b|square\s+miles?)/i, 'sq mi'],
  [/^\s?(?:m²|m2\b|sq\.?\s?m\b|square\s+met(?:re|er)s?)/i, 'm²'],
  [/^\s?(?:ha\b|hectares?\b)/i, 'ha'],
  [/^\s?acres?\b/i, 'acres'],
  [/^\s?(?:km\b|kilomet(?:re|er)s?\b)/i, 'km'],
  [/^\s?miles?\b/i, 'miles'],
  [/^\s?(?:%|per\s?cent\b|pc\b)/i, '%'],
  [/^\s?(?:people|residents|population|persons|inhabitants)\b/i, 'people'],
];

/** A question about an area ("How large is the Authority in terms of geographical boundaries?"). */
const AREA_ASKED = /\b(?:area|geographic(?:al)?|square|hectares|acres|km2|km²)\b/i;
const AREA_UNITS: ReadonlySet<string> = new Set(['km²', 'sq mi', 'm²', 'ha', 'acres']);

function unitAfter(text: string, end: number): string | undefined {
  const after = text.slice(end, end + 30);
  for (const [re, unit] of UNITS) if (re.test(after)) return unit;
  return undefined;
}

// ---- per type readers ----------------------------------------------------------------

/** "None. Two libraries moved (see 4) …": the lead word is the answer, later figures explain it. */
// ("None at present. The new service will reach 48,200 households from April 2026.": none now, a
// figure for later.)
const ZERO_LEAD = /^\W*(?:none|nil|zero)(?:\s+(?:at\s+present|currently|at\s+the\s+moment|as\s+yet|yet|so\s+far|to\s+date|at\s+this\s+time))?\s*(?:[.;:–—]|,\s|\s-\s)/i;

const RANGE_NUM = String.raw`\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?`;
const DURATION_WORD = String.raw`(?:\s*(?:working\s+)?(?:days?|weeks?|months?|years?|hours?))?`;
/** "Between 3 and 5", "about 3-5", "18 to 24 months" opening an answer (after at most two words). */
const LEADING_RANGE = new RegExp(
  String.raw`^\W*(?:[a-z]+\s+){0,2}?(?:between\s+(${RANGE_NUM})\s+and\s+(${RANGE_NUM})|(${RANGE_NUM})\s?(?:-|to)\s?(${RANGE_NUM}))(?![\d%.,]\d|\s?%|\s?per\s?cent)${DURATION_WORD}`,
  'i',
);

/**
 * A range that opens the answer, as written ("Between 3 and 5", "Between 18 and 24 months"):
 * no one figure is the answer, so the range is kept as text, offered and never auto-coded.
 * Years ("2017-18", "2019 to 2021") are no range of counts. Null when there is none.
 */
function leadingRange(text: string): ParsedValue | null {
  const m = LEADING_RANGE.exec(text);
  if (!m) return null;
  const lo = Number((m[1] ?? m[3]!).replace(/,/g, ''));
  const hi = Number((m[2] ?? m[4]!).replace(/,/g, ''));
  if (!(hi > lo) || (/^(?:19|20)\d\d$/.test(m[1] ?? m[3]!) && (hi < 100 || hi >= 1900))) return null;
  const written = m[0].replace(/^\W*/, '');
  const from = written.search(/between|\d/i);
  return { value: written.slice(from).trim(), confidence: 0.5, several: true };
}

/** "Numerous line-of-business systems …", "Many different databases …": a vague amount of things opens the answer. */
const VAGUE_COUNT_LEAD = /^\W*(?:numerous|many|various|several|multiple|countless|a\s+(?:large|great|significant)\s+number\s+of|lots\s+of)\s+(?!hundred|thousand|dozen)[a-z]/i;
const ALL_LEAD = /^\W*(?:all\s+of\s+them|all\s+(?:our|the|of\s+our)\s+\w+|every\s+(?:one|single\s+one)|each\s+of\s+them)\b/i;
const MEASURE_AFTER = /^\s?(?:kw|kwh|mw|mwh|kva?|volts?|amps?)\b/i;
/** A size after a figure: "118 acres", "2.4 hectares", "12 square miles", "40 tonnes". */
const SIZE_AFTER = /^\s?((?:acres?|hectares?|ha|square\s+(?:miles?|metres?|meters?|kilometres?|km)|sq\.?\s?(?:m|km|miles?|ft)|km2|km²|m²|tonnes?|kilometres?|kilometers?|km|miles?|metres?|meters?|litres?))\b/i;

/** A unit of time as the noun a question counts ("how many days", "number of hours"). */
const TIME_UNIT_RE = /^(?:days?|weeks?|months?|hours?|hrs|minutes?|mins|years?|occasions?|times?)$/i;

/**
 * "There were no …", "The council did not undertake any …", "… is not aware of any items …", "No
 * schemes have been postponed": the first sentence says there are none of what is asked. (Not in
 * brackets: "Identifying privately rented properties (there is no landlord register); …" names a thing.)
 */
const NONE_SAID_RE = /^[^.;\n(]*?(?:\bthere\s+(?:are|were|is|was|have\s+been|has\s+been)\s+no\b|\b(?:has|have|had|did|does|do|is|are|was|were)\s*(?:not|n['’]t)\s+(?:been\s+(?:made\s+)?aware\s+of|aware\s+of|had|received?|issued?|undert(?:ake|aken|ook)|fund(?:ed)?|made?|carried\s+out|carry\s+out|commissioned?)\s+any\b)|^\W*no\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+(?:were|was|have\s+been|has\s+been)\s+[a-z]+(?:ed|en)\b/i;
/** "What items, if any, …", "Which streets …", "Where were leaflets distributed": a question asking for things. */
const NONE_ASKED_RE = /^\W*(?:what|which|where)\b|\bif\s+any\b/i;
/** "No FPNs were issued …", "None were received …": a sentence saying there were none. */
const THERE_ARE_NONE_RE = /^\W*there\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:currently\s+)?(?:no|not\s+any)\s+(?!(?:records?|recorded|data|information|figures?|central(?:ly)?|way|means|systems?|breakdown|details?|specific|separate|single|formal|requirement|need|plans?)\b)[a-z]{3,}/i;
const NONE_OPENING_RE = /^\W*(?:none\s+(?:were|was|have\s+been)\b|no\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+(?:were|was|have\s+been|has\s+been)\s+(?:[a-z]+(?:ed|en)|made|paid|found|sent|brought)\b)/i;

/** "Band 1 – ", "Group A: ": a band's name before the figure given for it. */
const BAND_NAME_LEAD_RE = /^\W*(?:band|group|tier|level|category|grade|priority)\s+[A-Z0-9]{1,3}\s*(?:\([^()]{1,30}\)\s*)?[-–—:]\s*(?=\d)/i;

function readNumber(text: string, question?: Question): ParsedValue {
  // ("Band 1 – 318." for the households in the highest band: the band's name, then its count.)
  const named = BAND_NAME_LEAD_RE.exec(text);
  if (named && /\b(?:band|group|tier|level|category|grade|priority)\b/i.test(question?.text ?? '')) text = text.slice(named[0].length);
  if (ZERO_LEAD.test(text)) return { value: 0, confidence: 0.85, ...unitOf(question) };
  // "All of them – every car park is free after 6pm …": the count is another answer's; the
  // figures that follow describe, they do not count.
  if (ALL_LEAD.test(text)) return { ...NONE, ...unitOf(question) };
  // "Numerous line-of-business systems across 14 service areas": no count given; the figure after
  // it counts something else.
  if (VAGUE_COUNT_LEAD.test(text)) return { ...NONE, ...unitOf(question) };
  const range = leadingRange(text);
  if (range) return range;
  // "7kW chargers", "a 3 m wide path": a measure, not a count, when the question asks no unit.
  // ("the largest being 118 acres" for "How many holdings …?": a size, unless the question counts that unit.)
  // ("The PCC attended for 4 days" for "how many people attended, for how long …?": a length of
  // time, when the question counts something else.)
  const countedWords = /\b(?:how\s+many|number\s+of)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(question?.text ?? '')?.[1]?.split(/\s+/) ?? [];
  const countsTime = countedWords.length === 0 || countedWords.some((w) => TIME_UNIT_RE.test(w));
  const measure = (f: Figure): boolean => {
    if (question?.unit || f.money) return false;
    if (MEASURE_AFTER.test(text.slice(f.end, f.end + 6))) return true;
    if (!countsTime && question?.type === 'number' && /^\s?(?:working\s+|calendar\s+)?(?:days?|weeks?|months?|hours?|hrs|minutes?|mins|years?)\b/i.test(text.slice(f.end, f.end + 20))) return true;
    const size = SIZE_AFTER.exec(text.slice(f.end, f.end + 14));
    const asked = question?.text ?? '';
    return !!size && /\b(?:how\s+many|number\s+of)\b/i.test(asked) && !AREA_ASKED.test(asked) && !new RegExp(String.raw`\b${size[1]!.slice(0, 4)}`, 'i').test(asked);
  };
  // "Based upon 80% (lamp columns only) we calculate kwh 3606815.13": the share a calculation
  // rests on is no count, when the answer gives a figure that is not one.
  // "three officers (2.4 FTE)": full-time equivalents in brackets are not the head count, unless asked for.
  const fte = (f: Figure): boolean => !f.money && /\(\s?$/.test(text.slice(Math.max(0, f.index - 2), f.index)) && /^\s?(?:fte|full[-\s]time\s+equivalents?)\b/i.test(text.slice(f.end, f.end + 28)) && !/\b(?:fte|full[-\s]time\s+equivalents?)\b/i.test(question?.text ?? '');
  const all = findFigures(text).filter((f) => !isIncidental(text, f) && !measure(f) && !fte(f));
  const share = (f: Figure): boolean => !f.money && /^\s?(?:%|per\s?cent\b)/i.test(text.slice(f.end, f.end + 9)) && /\b(?:based\s+(?:up)?on|assuming|taking)\s+$/i.test(text.slice(Math.max(0, f.index - 16), f.index));
  const figures = all.some(share) && all.some((f) => !share(f)) ? all.filter((f) => !share(f)) : all;
  // "The Trust has one dedicated cancer ward. … will also use the 4 surgical wards" for "How many
  // designated cancer wards …?": the opening sentence counts in words what the question counts; the
  // figures come only after it, of something else (offered).
  if (question?.type === 'number' && !question.unit && figures.length > 0 && countedWords.length > 0) {
    const openingSentence = /^[^.!?\n]*/.exec(text)![0];
    const countedStem = (w: string): boolean => countedWords.some((c) => c.length >= 4 && w.length >= 4 && w.slice(0, Math.max(4, w.length - 3)) === c.slice(0, Math.max(4, w.length - 3)).toLowerCase());
    if (figures.every((f) => f.index >= openingSentence.length)) {
      for (const m of openingSentence.matchAll(/\b(one|[a-z]+(?:-[a-z]+)?)\s+(?!of\b)(?=((?:[a-z-]+\s+){0,2}[a-z-]+))/gi)) {
        const n = m[1]!.toLowerCase() === 'one' ? 1 : wordNumber(m[1]!);
        if (n !== undefined && m[2]!.toLowerCase().split(/\s+/).some(countedStem)) return { value: n, confidence: 0.6, inferred: true, ...unitOf(question) };
      }
    }
  }
  // "Four sites, with 173 pitches in total." for "How many sites …?": the count in words opens the
  // answer before the noun the question counts; the figure counts something else (offered).
  if (question?.type === 'number' && !question.unit && figures.length > 0) {
    const lead = /^\W*([a-z]+(?:-[a-z]+)?)\s+([a-z]{3,})\b/i.exec(text);
    const n = lead ? wordNumber(lead[1]!) : undefined;
    const asked = (noun: string | undefined): boolean => !!noun && new RegExp(String.raw`\b${noun.slice(0, Math.max(4, noun.length - 3))}`, 'i').test(question.text ?? '');
    if (n !== undefined && asked(lead![2]!.toLowerCase()) && figures.every((f) => !asked(/^\s*([a-z]{3,})/i.exec(text.slice(f.end, f.end + 30))?.[1]?.toLowerCase()))) {
      return { value: n, confidence: 0.6, inferred: true, ...unitOf(question) };
    }
  }
  // "Of the 14 complaints, five led to a remedial notice": the figure opening the answer is the base
  // the clause counts out of; the number word after it is the count.
  if (question?.type === 'number' && figures.length > 0) {
    const base = /^\W*(?:of|out\s+of)\s+(?:the|these|those|our|its|all)\s+(\d[\d,]*)\b[^,;.\d]{0,60},\s*([a-z]+(?:-[a-z]+)?)\b/i.exec(text);
    const n = base && figures[0]!.index === text.indexOf(base[1]!, base.index) ? (/^(?:none|nil)$/i.test(base[2]!) ? 0 : wordNumber(base[2]!)) : undefined;
    if (n !== undefined && n <= Number(base![1]!.replace(/,/g, ''))) return { value: n, confidence: 0.85, ...unitOf(question) };
  }
  // "We engaged one team in 2021, costing 180k" for "How many teams have you used?": money counts
  // nothing; the number word before the noun the question counts is the answer (offered).
  // ("… switched on from 23 November 2023 to 5 January 2024, a period of six weeks" for "for how many
  // weeks …": a count of time in words, its only figures the dates.)
  const timeAsked = /\bhow\s+many\s+(?:working\s+|calendar\s+)?(days|weeks|months|years|hours)\b/i.exec(question?.text ?? '')?.[1]?.toLowerCase();
  // (One that opens the answer, "Seven days.", is read below as any number word at the head is.)
  if (question?.type === 'number' && timeAsked && figures.length === 0 && wordNumber(/^\W*([a-z]+(?:-[a-z]+)?)/i.exec(text)?.[1] ?? '') === undefined) {
    const said = new RegExp(String.raw`\b([a-z]+(?:-[a-z]+)?)\s+(?:working\s+|calendar\s+|full\s+)?${timeAsked.slice(0, -1)}s?\b`, 'i').exec(text);
    const n = said ? wordNumber(said[1]!) : undefined;
    if (n !== undefined) return { value: n, confidence: 0.6, inferred: true, ...unitOf(question) };
  }
  if (question?.type === 'number' && !question.unit && figures.length > 0 && figures.every((f) => looksLikeYear(f) || f.money || f.scaled)) {
    // ("How many of those applications were successful?" counts applications.)
    const noun = /\bhow\s+many\s+(?:of\s+(?:those|these|them|the|your)\s+)?([a-z]{3,})/i.exec(question.text ?? '')?.[1]?.toLowerCase();
    const stem = noun ? noun.slice(0, Math.max(4, noun.length - 3)) : '';
    // ("Two of our three applications were successful": the count is the first number, of the second.)
    const share = noun ? new RegExp(String.raw`\b([a-z]+(?:-[a-z]+)?)\s+of\s+(?:our|the|its|their|those|these)\s+[a-z]+(?:-[a-z]+)?\s+${stem}[a-z]*\b`, 'i').exec(text) : null;
    const said = share && wordNumber(share[1]!.toLowerCase()) !== undefined ? share : noun ? new RegExp(String.raw`\b([a-z]+(?:-[a-z]+)?)\s+${stem}[a-z]*\b`, 'i').exec(text) : null;
    const n = said ? wordNumber(said[1]!) : undefined;
    if (n !== undefined) return { value: n, confidence: 0.6, inferred: true, ...unitOf(question) };
    // ("The number of staff whose salary is greater than £100,000" answered "The Commission has three
    // staff with a salary greater than £100,000": the sum is the question's own; the number word
    // before a noun of the question is the count.)
    const own = new Set((question.text ?? '').match(/\d[\d,]*/g)?.map((d) => Number(d.replace(/,/g, ''))) ?? []);
    if (figures.every((f) => looksLikeYear(f) || own.has(f.value))) {
      for (const m of text.matchAll(/\b([a-z]+(?:-[a-z]+)?)\s+(?=([a-z]{3,})\b)/gi)) {
        const k = wordNumber(m[1]!.toLowerCase());
        if (k !== undefined && k > 1 && new RegExp(String.raw`\b${m[2]!.toLowerCase()}\b`, 'i').test(question.text ?? '')) return { value: k, confidence: 0.6, inferred: true, ...unitOf(question) };
      }
    }
  }
  // "2 in Northgate library during 2023 and 1 in Hollins library in 2021": a count for each place,
  // the total of them (offered).
  const byPlace = /^\W*(\d{1,4})\s+(in|at|from)\s+[^,;.\d]*?(?:\b(?:19|20)\d\d\b[^,;.\d]*?)?\s(?:,\s*)?and\s+(\d{1,4})\s+\2\s+[A-Z]/.exec(text);
  if (byPlace) return { value: Number(byPlace[1]) + Number(byPlace[3]), confidence: 0.6, inferred: true, ...unitOf(question) };
  // "Nine, fourteen and twelve respectively.": one figure for each period asked, in order; the
  // last is the latest (offered).
  if (/\brespectively\b/i.test(text)) {
    const listed = [...text.matchAll(/\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?=\s*(?:,|\band\b|respectively\b))/gi)].map((m) => (/^\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : wordNumber(m[1]!))).filter((v): v is number => v !== undefined && !(v >= 1950 && v <= 2099));
    if (listed.length >= 2) return { value: listed[listed.length - 1]!, confidence: 0.6, several: true, ...unitOf(question) };
  }
  // "None (3 are still ongoing)": none, the bracket an aside about others (offered).
  if (figures.length > 0 && /^\W*(?:none|nil|zero)\s*\(/i.test(text) && figures.every((f) => looksLikeYear(f) || /\([^()]*$/.test(text.slice(0, f.index)))) return { value: 0, confidence: 0.7, several: true, ...unitOf(question) };
  // "None at present; one is being built (due summer 2025)": the year dates the aside.
  if (figures.length > 0 && figures.every(looksLikeYear) && /^\W*(?:none|nil|zero)\b/i.test(text)) return { value: 0, confidence: 0.85, ...unitOf(question) };
  // "Three (one interim order in 2017 and two in 2022)": a number written as a word opens the
  // answer, and its figures are only years.
  const opening = /^\W*([a-z]+)\b/i.exec(text)?.[1]?.toLowerCase();
  // "Two – Marsh Lane and Tolworth Rise. … within 400 metres of …": a number word standing alone
  // at the head of the answer is the count; the figures after it are its details.
  const headWord = /^\W*([a-z]+(?:-[a-z]+)?)(?:\s*[–—:;,.(]|\s+-\s)/i.exec(text)?.[1]?.toLowerCase();
  const headValue = headWord ? wordNumber(headWord) : undefined;
  if (headValue !== undefined) return { value: headValue, confidence: 0.85, ...unitOf(question) };
  // ("Four of those waivers were valued at £100,000 or more" for "how many had a value of £100,000 or
  // more?": a number word opening the answer, counting some of those named before, where every
  // figure is a sum of money. Not "Four of them are large: 173 sites in all.")
  const subset = /^\W*([a-z]+(?:-[a-z]+)?)\s+of\s+(?:those|these|them|the|which)\b/i.exec(text);
  const subsetValue = subset ? wordNumber(subset[1]!) : undefined;
  if (subsetValue !== undefined && figures.every((f) => f.money)) return { value: subsetValue, confidence: 0.8, ...unitOf(question) };
  // "Three people are employed to deal with FOI: 1 person- 37 hours …" for "How many people are
  // employed …?": a number word opening the answer with the noun the question counts.
  const counted = /^\W*([a-z]+(?:-[a-z]+)?)\s+([a-z]{3,})\b/i.exec(text);
  if (counted && question?.text) {
    const n = wordNumber(counted[1]!);
    const noun = counted[2]!.toLowerCase();
    if (n !== undefined && new RegExp(String.raw`\bhow\s+many\s+${noun}\b`, 'i').test(question.text)) return { value: n, confidence: 0.85, ...unitOf(question) };
  }
  if (figures.length > 0 && figures.every(looksLikeYear) && opening && opening.length > 2 && WORD_NUMBERS[opening] !== undefined) return { value: WORD_NUMBERS[opening]!, confidence: 0.8, ...unitOf(question) };
  // "We changed systems in March 2025 and the 2024 records were not migrated": years in phrases of
  // time date the answer; they count nothing. (A lone "2019", or "2018 people", still counts.)
  // ("during 2021 and 2022": the second year of a pair dated the same way, a few years on.)
  const dated = (f: Figure): boolean => {
    if (!looksLikeYear(f)) return false;
    if (DATED_BEFORE_RE.test(text.slice(Math.max(0, f.index - 12), f.index))) return true;
    const pair = /\b(?:in|during|for|between)\s+((?:19|20)\d\d)\s+(?:and|or|&)\s+$/i.exec(text.slice(Math.max(0, f.index - 24), f.index));
    const gap = pair ? Number(f.digits) - Number(pair[1]) : 0;
    return gap > 0 && gap <= 10;
  };
  // "No FPNs were issued for car parking. We did though issue 3875 PCNs …": the first sentence says
  // none of what was asked; the figure after it is of something else (offered: a reading).
  const firstSentence = /^[^.;!?]*/.exec(text)![0];
  if (figures.length > 0 && !figures.every(dated) && figures.every((f) => f.index > firstSentence.length || dated(f)) && NONE_OPENING_RE.test(firstSentence)) return { value: 0, confidence: 0.6, several: true, ...unitOf(question) };
  if (figures.length === 0 || figures.every(dated)) {
    // ("… we do not offer them, so none were signed": the clause after its reason.)
    if (/^\W*(?:(?:so|and\s+so|therefore|thus|hence)\s+)?(?:none|nil|zero(?![\s-]+hours?\b)|nothing|there\s+(?:were|are|was|is)\s+none|on\s+no\s+occasions?)\b/i.test(text)) return { value: 0, confidence: 0.85, ...unitOf(question) };
    // ("The council does not directly employ an ecologist, so the figure is nil.")
    // ("The answer to your first question is zero, …": the answer named by its question; "The answer
    // to your request is nil.": by the request.)
    if (NIL_NAMED_RE.test(text)) return { value: 0, confidence: 0.8, ...unitOf(question) };
    // ("We have had zero recorded incidents …", "The school has off-rolled zero pupils …": zero before
    // what is counted. Not a policy's or a target's name: "zero tolerance", "net zero", "zero-hours".)
    if (/\b(?<!net\s)zero\s+(?!tolerance|waste|carbon|emission|hour|based|rated|net\b)[a-z]{3,}/i.test(text)) return { value: 0, confidence: 0.75, ...unitOf(question) };
    // "No new sites brought into use during 2010.": a count of none.
    // ("We can confirm no new plots opened …": the same after the letter's "we can confirm".)
    if (/^\W*(?:(?:i|we)\s+(?:can\s+)?confirm\s+(?:that\s+)?)?no\s+(?:new|further|additional|more)\s+[a-z]+/i.test(text)) return { value: 0, confidence: 0.7, ...unitOf(question) };
    // ("There are no posts wholly dedicated to climate change.": none of what is counted (offered);
    // not "There is no record of …", which is information not held.)
    if (THERE_ARE_NONE_RE.test(text)) return { value: 0, confidence: 0.6, ...unitOf(question) };
    // "We have no recorded collisions involving our gritters.": none is recorded (recorded data
    // about it would be information not held, and is left alone).
    if (NONE_RECORDED_RE.test(text)) return { value: 0, confidence: 0.7, ...unitOf(question) };
    // "We do not operate or own any public play areas", "We have not owned or operated any in
    // 2009/10": the body has none of them, so the count is none (offered).
    if (HAS_NONE_RE.test(text)) return { value: 0, confidence: 0.6, ...unitOf(question) };
    // ("We don't employ a District Ecologist or anyone with that qualification": nobody is employed.)
    if (EMPLOYS_NONE_RE.test(text)) return { value: 0, confidence: 0.6, ...unitOf(question) };
    // "We do not incur press or media handling costs specifically": no cost, so none (offered).
    if (INCURS_NONE_RE.test(text)) return { value: 0, confidence: 0.6, ...unitOf(question) };
    // "No council-owned care homes or day centres have been closed by us": none were.
    // ("No complaints were made about noise on the 3 or 4 September.")
    if (/^\W*no\s+[\w-]+(?:\s+[\w-]+){0,6}?\s+(?:have|has|had|were|was)\s+(?:been\s+)?(?:[a-z]+(?:ed|en)|made|paid|found|sent|brought|lost)\b/i.test(text)) return { value: 0, confidence: 0.7, ...unitOf(question) };
    // ("… to work informally with landlords, and no compliance notices were served in that year";
    // "nor were any penalty notices served": none, in a clause after another, of what the question
    // counts (its words; offered).)
    const noneClause = NONE_CLAUSE_RE.exec(text);
    if (noneClause && question && sharesWord(noneClause[1] ?? noneClause[2] ?? '', question.text ?? '')) return { value: 0, confidence: 0.6, ...unitOf(question) };
    // "one hundred and twelve applicants", "two thousand four hundred": a number in words with its scale.
    const compound = [...text.matchAll(COMPOUND_NUMBER_RE)];
    if (compound[0]) return { value: wordsValue(compound[0][0]), confidence: 0.6, inferred: true, ...unitOf(question) };
    const word = /^\W*(?:approximately\s+|approx\.?\s+|around\s+|about\s+|over\s+|some\s+)?([a-z]+)(?:[-\s](one|two|three|four|five|six|seven|eight|nine)\b)?\b/i.exec(text);
    // "Fifty-eight claims": the tens and the units.
    const tens = word ? WORD_NUMBERS[word[1]!.toLowerCase()] : undefined;
    const n = tens !== undefined && word![2] && tens >= 20 && tens % 10 === 0 ? tens + WORD_NUMBERS[word![2].toLowerCase()]! : tens;
    // (A word with its scale, "three hundred", is read above as a compound.)
    if (n !== undefined && word![1]!.length > 2) return { value: n, confidence: 0.6, ...unitOf(question) };
    // "The council is the burial authority for seven cemeteries; four of these are open": a number
    // written as a word in prose, the one whose clause carries the question's words (or the only one).
    // ("a band five member of staff": a grade, not a count.)
    // ("the number received in each of the last five calendar years": the period, not a count.)
    const words = [...text.matchAll(PROSE_NUMBER_RE)].filter((m) => !KIND_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!).trimEnd()) && !isPeriodAsked(text.slice(Math.max(0, m.index! - 12), m.index!), text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))).map((m) => ({ index: m.index!, end: m.index! + m[0].length, value: m[0].toLowerCase().split('-').reduce((sum, w) => sum + WORD_NUMBERS[w]!, 0) }));
    // ("seven sandbag stores in total: the depot and six stores run by parish councils": the one
    // called the total.)
    const totalWord = words.find((w) => /^\s+(?:[a-z-]+\s+){0,4}(?:in\s+total|in\s+all|altogether)\b/i.test(text.slice(w.end, w.end + 60)));
    const pick = words.length === 1 ? words[0] : words.length > 1 ? totalWord ?? clauseOf(text, words, question) : undefined;
    // ("There are seven sandbag storage points in total": the word right before what the question
    // counts is surer.)
    if (pick) return { value: pick.value, confidence: namesCounted(text.slice(pick.end, pick.end + 40), question) ? 0.7 : 0.6, inferred: true, ...unitOf(question) };
    // "… expected to spend at least three days in a working week at a Council office" for "What is
    // the minimum number of days per week …?": the days are what it counts.
    const counted = /\b(?:number\s+of|how\s+many)\s+(?:working\s+|calendar\s+)?(year|month|week|day|hour)s\b/i.exec(question?.text ?? '')?.[1]?.toLowerCase();
    const ofUnit = counted ? new RegExp(String.raw`\b(${UNIT_WORD})\s+(?:(?:working|calendar|full)\s+)?${counted}s?\b`, 'gi') : null;
    const units = ofUnit ? [...text.matchAll(ofUnit)] : [];
    if (units.length === 1) return { value: units[0]![1]!.toLowerCase().split(/[- ]/).reduce((sum, w) => sum + WORD_NUMBERS[w]!, 0), confidence: 0.6, inferred: true, ...unitOf(question) };
    // "The Health Board has one member of staff employed to translate" for "How many members of
    // staff …?": "one" before the noun the question counts.
    const one = /\b(?:one|a\s+single|only\s+one)\s+([a-z]{3,})/i.exec(text);
    if (one && question?.text && new RegExp(String.raw`\b${one[1]!.toLowerCase().slice(0, Math.max(4, one[1]!.length - 3))}`, 'i').test(question.text)) return { value: 1, confidence: 0.6, inferred: true, ...unitOf(question) };
    return { ...NONE, ...unitOf(question) };
  }
  // "1. Number of FOI requests received in the last 12 months. In January 2024 there were 159":
  // the question restated in the answer; its own figures ("12") are not the answer when another is.
  // ("If yes to question 5, for how many hours …" names a question, not a figure.)
  // ("£100,000 or more": the figure whole, its thousands run together.)
  const asked = new Set((question?.text?.replace(/\b(?:questions?|q|parts?)\s*\.?\s*\d+[a-z]?/gi, ' ').replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
  const fresh = figures.filter((f) => !looksLikeYear(f) && !asked.has(f.value));
  const countable = fresh.length > 0 && fresh.length < figures.filter((f) => !looksLikeYear(f)).length ? fresh : figures.filter((f) => !looksLikeYear(f));
  // ("£100,000 to £150,000 29" / "£150,000 to £200,000 27" for how many payments: a count is no sum of
  // money; the sums name the bands.)
  const counts = question?.type === 'number' && !question.unit && /£\s?\d/.test(question.text ?? '') && countable.some((f) => !f.money) ? countable.filter((f) => !f.money) : countable;
  const nonYear = counts[0];
  // ("There are 3,523 employees, …" / "" / "Within the contact centre there are 543 total staff …": a
  // later paragraph's total is of a part; the answer's opening sentence gave the figure asked.)
  const anyTotal = totalOf(text, counts);
  const openingEnd = /^[^.!?\n]*(?:[.!?]|\n|$)/.exec(text)![0].length;
  const total = anyTotal && counts[0] && anyTotal !== counts[0] && counts[0].index < openingEnd && /\n[ \t]*\n/.test(text.slice(counts[0].end, anyTotal.index)) ? undefined : anyTotal;
  // "… a population of 88,450 … and covers an area of 212 square miles" for the size of the
  // district: the one figure given in a unit of area.
  const areal = question && !question.unit && AREA_ASKED.test(question.text ?? '') ? counts.filter((f) => AREA_UNITS.has(unitAfter(text, f.end) ?? '')) : [];
  const pick = total ?? (areal.length === 1 ? areal[0] : undefined) ?? clauseOf(text, counts, question) ?? nonYear ?? figures[0]!;
  const unit = unitAfter(text, pick.end) ?? (pick.money ? 'GBP' : undefined) ?? question?.unit;
  const hedged = /\b(?:c\.|circa|approx|around|about|roughly|estimated|over|more\s+than|less\s+than|under|up\s+to)\s*$/i.test(text.slice(Math.max(0, pick.index - 16), pick.index));
  const confidence = (figures.length === 1 ? 0.9 : 0.8) - (hedged ? 0.05 : 0);
  // "Suspended: 9 / Revoked: 3", "… 1,204 complaints, of which 688 …": one figure picked among
  // others, none called the total, in an answer that does not open with it, is offered, never certain.
  // "| 30 | 20 | 51 | 20 |": a table row with a figure in each column (one per year) is offered too.
  // ("3 fixed and 2 mobile", "12 full-time and 3 part-time": a breakdown with no total opens with
  // its first part, which is no answer on its own.)
  const breakdown = counts.length >= 2 && BREAKDOWN_RE.test(text);
  // ("Foster placements 287 311 273 261 258": a row of figures flattened from a table, one a column.)
  const row = counts.length >= 3 && /(?:^|\s)£?\d[\d,.]*(?:[ \t]+£?\d[\d,.]*){2,}(?:\s|$)/.test(text);
  const several = !total && ((new Set(counts.map((f) => f.value)).size >= 2 && (breakdown || row || !(pick === counts[0] && OPENS_WITH_FIGURE.test(text.slice(0, pick.index))))) || inCells(text, figures));
  return { value: pick.value, ...(unit ? { unit } : {}), confidence, ...(several ? { several: true } : {}) };
}

/** "We do not own any …", "The council has never operated any …": the body has none. */
/** A verb of having or doing, not of keeping records: "did not open any" counts none, "did not record any" holds nothing. */
/** "We don't employ a …", "The council does not currently employ any …": no one of those employed. */
const EMPLOYS_NONE_RE = /^\W*(?:(?:i|we)\s+can\s+confirm\s+(?:that\s+)?)?(?:we|the\s+(?:council|authority|trust|service|force|board))\s+(?:do|does|did)\s*(?:not|n['’]t)\s+(?:currently\s+|directly\s+)?(?:employ|engage)\s+(?:any|an?)\b/i;
/** "We do not incur …", "The Board does not incur any costs for …". */
const INCURS_NONE_RE = /^\W*(?:we|the\s+(?:council|authority|trust|service|force|board|commission|department|organisation))\s+(?:do|does|did|have|has)\s*(?:not|n't|never)\s+(?:currently\s+)?incurr?(?:ed)?\b/i;
const NONE_VERB = String.raw`(?!(?:hold|held|keep|kept|record|recorded|collect|collected|track|tracked|monitor|monitored|retain|retained|store|stored|log|logged|capture|captured|know|knew|identify|identified|need|needed|require|required|publish|published|provide|provided|have\s+access)\b)[a-z]{2,}`;
const HAS_NONE_RE = new RegExp(String.raw`^\W*(?:(?:i|we)\s+can\s+confirm\s+(?:that\s+)?)?(?:we|the\s+(?:council|authority|trust|service|force|board))\s+(?:do|does|did|have|has|had)\s*(?:not|n't|never)\s+(?:currently\s+|ever\s+)?(?:` + NONE_VERB + String.raw`\s+(?:or|nor|and)\s+)?` + NONE_VERB + String.raw`\s+any\b(?!\s+(?:such\s+)?(?:figures?|information|data|records?|details|statistics|documents?|breakdowns?|reports?|way|means|system|method|central)\b)`, 'i');

/** "twelve", "fifty-eight" (not "a", "an"): the number a word says. */
function wordNumber(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  if (parts.some((w) => w.length < 3)) return undefined;
  return parts.reduce<number | undefined>((sum, w) => (sum === undefined || WORD_NUMBERS[w] === undefined ? undefined : sum + WORD_NUMBERS[w]!), 0);
}

function unitOf(question?: Question): { unit?: string } {
  return question?.unit ? { unit: question.unit } : {};
}

/**
 * Nothing before an answer's first figure but a hedge: the answer opens with it. (Not a year or
 * another figure either: "2018/19 = 5 2019/20 = 4 …" labels each figure with its year.)
 */
/** "3 fixed and 2 mobile": a figure and its kind, then another figure and its kind. */
// ("7 full time available and 10 short break places", "81 in local authority placements.  19 with
// agencies", "105 carers 59 households": parts side by side, each a figure and what it counts.)
const BREAKDOWN_RE = /^\W*\d[\d,]*\s+[a-z][\w-]{0,20}(?:\s+[a-z][\w-]{0,20}){0,2}\s+(?:and|&)\s+\d|^\W*\d[\d,]*\s+[a-z][^.\d\n]{0,60}?(?:[.;]\s+|\s{2,})\d[\d,]*\s+[A-Za-z]|^\W*\d[\d,]*\s+(?!(?:of|out|in|to|per|from|and|or|x|by)\b)[a-z]+\s+\d[\d,]*\s+[a-z]+\W*$/i;
const OPENS_WITH_FIGURE = /^[^\p{L}\d]*(?:(?:approximately|approx|around|about|roughly|circa|c|some|on\s+average|an\s+average\s+of|average\s+of)\b[^\p{L}\d]*)?$/iu;
const CLAUSE_STOP = stopWords();
/** "excluding any extension options", "other than agency staff": what the question leaves out. */
const SET_ASIDE_WORDS = /\b(?:excluding|except(?:\s+for)?|other\s+than|not\s+including|apart\s+from|leaving\s+out)\b[^,.?;()]*/gi;
/** A clause stating a target, a standard or a limit rather than what happened. */
/** Words saying what happens, against a target. */
const IN_PRACTICE_RE = /\b(?:in\s+practice|in\s+reality|actually|usually|typically|on\s+average)\b/i;
const TARGET_RE = /\b(?:targets?|standards?|requires?|required|within\s+\d|should|must|aims?\s+(?:to|for)|aim\s+is|limits?|maximum|minimum|no\s+more\s+than)\b/i;
/** Where one clause of a sentence ends and the next begins. */
// (A line that wraps in mid-sentence, "… the average achieved" / "in 2024/25 was 12 working
// days", goes on: only a line that starts afresh breaks the clause.)
const CLAUSE_BREAK = /[,;]|\n(?![ \t|]*[\p{Ll}(£$€])|\.\s|\b(?:and|but|while|whereas)\b/giu;
const clauseWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !CLAUSE_STOP.has(w)).map((w) => w.slice(0, 5));

/**
 * "Of the 14 complaints, five led to a remedial notice, one of which was appealed to the Planning
 * Inspectorate." read for `words` ("appealed", "inspectorate"): the one count, in figures or words,
 * of the one clause that carries any of them. Null when no clause, or more than one, holds a count
 * with those words. (Years and the numbers of questions named count nothing; "1,904" is one figure.)
 */
export function clauseCount(text: string, words: readonly string[]): number | null {
  const stems = new Set(words.filter((w) => w.length >= 5 && !CLAUSE_STOP.has(w)).map((w) => w.slice(0, 5)));
  if (stems.size === 0) return null;
  const found: number[] = [];
  for (const clause of text.replace(/\(?\bquestions?\s+\d{1,3}[a-z]?\)?/gi, ' ').replace(/(\d),(?=\d{3}\b)/g, '$1').split(CLAUSE_BREAK)) {
    if (!clauseWords(clause).some((w) => stems.has(w))) continue;
    const counts = [
      ...findFigures(clause).filter((f) => !looksLikeYear(f) && !f.money).map((f) => f.value),
      ...(clause.match(/\b[a-z]+(?:-[a-z]+)?\b/gi) ?? []).map((w) => (/^(?:none|nil)$/i.test(w) ? 0 : wordNumber(w))).filter((n): n is number => n !== undefined),
    ];
    if (counts.length > 1) return null;
    if (counts.length === 1) found.push(counts[0]!);
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * A second ask joined to the first ("How many vehicles … and what percentage is electric?"):
 * from "and what/which/how much/whether …" to the end. The first ask is the question's.
 */
export const SECOND_ASK = /[,;]?\s+and\s+(?:what|which|how\s+(?:much|many)|whether|if)\b[\s\S]*$/i;

/**
 * "Of the 164 dogs, 97 were returned to their owners, 51 were rehomed …": of several figures in
 * one sentence, the one whose clause carries the question's words ("returned to their owners"),
 * never the base a clause counts out of ("of the 164"). Undefined when no clause stands out.
 */
/** "zero cost", "at no cost", "does not incur any costs": no money spent. ("We had no spend" is left alone: the words may deny something else.) */
// ("… carried out in house by our own staff, and therefore no external cost.")
// ("… made a decision not to charge for them, so there is no fee", "No fee is charged.")
const NO_COST_RE = /\b(?:zero|nil)\s+(?:cost|costs|charge|charges|spend|expenditure)\b|\b(?:therefore|so|thus|hence|with)\s+(?:there\s+(?:is|was|has\s+been)\s+)?no\s+(?:external\s+|additional\s+|extra\s+|direct\s+)?(?:cost|costs|charge|spend|expenditure)\b|\bat\s+no\s+cost\b|\bthere\s+is\s+no\s+(?:fee|charge)\b|\bno\s+(?:fee|charge)\s+is\s+(?:charged|made|payable|levied)\b|\b(?:does|do|did)\s*(?:not|n't)\s+incur\s+(?:any\s+)?(?:costs?|expenditure|charges?)\b/i;
/** "In addition, …", "Additionally …", "on top of this …": a clause about more than what was asked. */
const IN_ADDITION_RE = /^\W*(?:in\s+addition\b|additionally\b|on\s+top\s+of\s+(?:this|these|that)\b)/i;

function clauseOf<F extends { index: number; end: number }>(text: string, figures: F[], question?: Question): F | undefined {
  // "318. This includes 41 trees …", "Approximately 9 weeks. Our target is 12 weeks": an answer
  // that opens with its figure gives it first.
  if (figures.length < 2 || !question?.text || OPENS_WITH_FIGURE.test(text.slice(0, figures[0]!.index))) return undefined;
  // "How many vehicles … in your fleet and what percentage is electric/hybrid?": a count is the
  // first ask's; the words of a second ask ("and what percentage …") name another figure.
  // ("… excluding any extension options": words the question sets aside name no figure it wants.)
  const want = new Set(clauseWords(question.text.replace(SECOND_ASK, ' ').replace(SET_ASIDE_WORDS, ' ')));
  if (want.size === 0) return undefined;
  // "The contract requires a first visit within 3 working days … an average of 2.4": a target or
  // a limit is not what happened, unless the question asks for one.
  const asksTarget = TARGET_RE.test(question.text);
  let best: F | undefined;
  let bestScore = 0;
  let tie = false;
  for (const f of figures) {
    // "of the 164 dogs" is the base; "an average of 2.4", "a total of 51" is the figure.
    const before = text.slice(Math.max(0, f.index - 24), f.index);
    if (/\b(?:of|out\s+of|from)\s+(?:the|these|those|our|its)?\s*$/i.test(before) && !/\b(?:average|mean|median|total|sum|figure|rate|value|maximum|minimum)\s+of\s*$/i.test(before)) continue;
    // The clause: from the last boundary before the figure to the next one after it.
    let from = 0;
    for (const b of text.slice(0, f.index).matchAll(CLAUSE_BREAK)) from = b.index! + b[0].length;
    const rest = text.slice(f.end);
    const stop = rest.search(CLAUSE_BREAK);
    const clause = text.slice(from, stop < 0 ? text.length : f.end + stop);
    // ("We aim to decide within 28 days; in practice decisions are usually made in about two weeks":
    // what happens, said so, is the figure.)
    // ("We planted 540 trees. In addition, around 2,000 whips were planted …": a figure added on top
    // is not the one asked for, whatever words its clause shares with the question.)
    const score = new Set(clauseWords(clause).filter((w) => want.has(w))).size - (!asksTarget && TARGET_RE.test(clause) ? 2 : 0) + (!asksTarget && IN_PRACTICE_RE.test(clause) ? 2 : 0) - (IN_ADDITION_RE.test(text.slice(Math.max(0, text.lastIndexOf('. ', f.index) + 1), f.index)) ? 2 : 0);
    if (score > bestScore) {
      best = f;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return bestScore >= 1 && !tie ? best : undefined;
}

/**
 * The figure the text calls the total ("employees £214.6m; agency £9.8m – total £236.5m",
 * "42 in total"), among `figures`; undefined when none is.
 */
function totalOf(text: string, figures: Figure[]): Figure | undefined {
  const found = firstTotal(text, figures);
  if (!found) return found;
  // "Year Eastern Northern Southern Western Total" … "Total 108 78 84 44 314": the total row of a
  // table whose header ends in a total column; the grand total is the row's last figure.
  const lineStart = text.lastIndexOf('\n', found.index - 1) + 1;
  let lineEnd = text.indexOf('\n', found.end);
  if (lineEnd < 0) lineEnd = text.length;
  const row = figures.filter((f) => f.index >= lineStart && f.end <= lineEnd);
  if (row.length >= 3 && /^[ \t\u00a0|]*(?:grand\s+)?total\b/i.test(text.slice(lineStart, found.index)) && /\btotals?[ \t|]*$/im.test(text.slice(0, lineStart))) return row[row.length - 1];
  return found;
}

function firstTotal(text: string, figures: Figure[]): Figure | undefined {
  return figures.find(
    (f) =>
      /\b(?:total(?:ling|ing|s)?|in all|overall|altogether|combined)\b[^\d£a-z]{0,6}(?:of\s)?[^\d£a-z]{0,3}£?$/i.test(text.slice(Math.max(0, f.index - 24), f.index)) ||
      // "42 total", never the figure before a "Total £306,550" line ("14 in total: 3 council depots and
      // 11 stores …" is the total before its parts).
      /^[ \t]?(?:\w{1,3}[ \t])?(?:(?:in total|in all|overall|altogether)\b|total\b(?!\s*[:=–-]?\s*£?\s?\d))|^\s?(?:[a-z-]+,?\s){1,3}(?:in total|in all|altogether)\b/i.test(text.slice(f.end, f.end + 40)) ||
      // "£138,660 plus repairs £21,400 = £160,060", "£25 fee + £16 for a day's kennelling = £71",
      // "£25 fee plus £15.50 a day, so £40.50 for one day": the sum the parts add up to.
      (/(?:=|\b(?:so|making|giving|comes\s+to|which\s+(?:comes|makes|gives)(?:\s+to)?))\s*(?:a\s+total\s+of\s+)?£?\s?$/i.test(text.slice(Math.max(0, f.index - 30), f.index)) &&
        figures.some((g) => g.end <= f.index - 1 && /\b(?:plus|and)\b|\+/.test(text.slice(g.end, f.index)))) ||
      // "Total for employees and agency staff: £7,616,916" (a line of its own), "and in total we
      // spent £327.5m on employees and agency staff together".
      /(?:^|\n)[ \t]*(?:grand\s+|overall\s+)?total\b[^\n\d£:=]{0,50}[:=]\s*£?\s?$/i.test(text.slice(Math.max(0, f.index - 64), f.index)) ||
      // ("Q10 (employees) - £402,655,000" / "Q10 (agency staff …) - £18,940,000" / "Total for Q10 -
      // £421,595,000": the line that totals the question named.)
      /(?:^|\n)[ \t]*(?:grand\s+|overall\s+)?total\s+(?:for\s+)?(?:q(?:uestion)?\s?\.?\s?\d{1,3}[a-z]?)\s*[:=–—-]\s*£?\s?$/i.test(text.slice(Math.max(0, f.index - 40), f.index)) ||
      // "  Total                     297": the total row of a table laid out in columns.
      /(?:^|\n)[ \t]*(?:grand\s+|overall\s+)?total(?:\t|[ \t]{2,})[ \t]*£?$/i.test(text.slice(Math.max(0, f.index - 64), f.index)) ||
      /\b(?:in\s+total|in\s+all|altogether|overall)\s+(?:we|the\s+(?:council|authority))\s+(?:spent|paid|received|employed|had)\s+£?\s?$/i.test(text.slice(Math.max(0, f.index - 48), f.index)),
  );
}

/**
 * "The net revenue budget for 2017-18 was £14.2m. Actual net expenditure (outturn) for the year
 * was £13.87m.": for a spend asked (not a budget), the one sum the words just before it call
 * actual or the outturn.
 */
function actualOverBudget(text: string, sums: Figure[], question?: Question): Figure | undefined {
  if (sums.length < 2 || /\bbudget/i.test(question?.text ?? '')) return undefined;
  const actual = sums.filter((f) => /\b(?:actual|outturn|out-turn)\b/i.test(text.slice(Math.max(0, f.index - 30), f.index)));
  return actual.length === 1 ? actual[0] : undefined;
}

/** Said to cost nothing: "are free of charge", "is provided free", "we do not (currently) charge", "decided not to charge". */
const FREE_RE = /\b(?:(?:is|are|was|were)\s+(?:provided\s+|offered\s+|currently\s+)?free\b|free\s+of\s+charge|(?:do|does|did)\s*(?:not|n't)\s+(?:currently\s+|presently\s+|normally\s+)?charge\b|\bnot\s+to\s+charge\b|no\s+charge\s+is\s+made|without\s+charge)/i;

/** "per hour", "for one hour", "an hour", "hourly", "an average figure of": a rate or a unit cost. */
const RATE_RE = /\b(?:per|for\s+one|an|each)\s+(?:hour|day|visit|incident|call-?out|appliance)\b|\bhourly\b|\baverage\s+(?:figure|cost|rate)\b/i;

/** "The figure is nil", "The answer to your first question is zero", "The answer to your request is nil". */
const NIL_NAMED_RE = /\b(?:the\s+)?(?:figure|number|total|count|answer(?:\s+to\s+(?:your|the|this)\s+(?:[a-z]+\s+)?(?:question(?:\s+\d{1,3}[a-z]?)?|request))?)\s+(?:is|was|would\s+be)\s+(?:nil|zero|none|nought)\b/i;

function readMoney(text: string, question?: Question): ParsedValue {
  // "Free of charge for up to three items; £25 thereafter": the answer opens by saying it costs nothing.
  if (/^\W*(?:free|no\s+charge)\b/i.test(text)) return { value: 0, unit: 'GBP', confidence: 0.8 };
  const figures = findFigures(text).filter((f) => !isIncidental(text, f));
  // "Rejections are at kerbside, therefore zero cost", "The Council does not incur any costs in
  // respect of …": nothing spent, when no sum is given.
  if (!figures.some((f) => f.money) && NO_COST_RE.test(text)) return { value: 0, unit: 'GBP', confidence: 0.7 };
  const sums = figures.filter((f) => f.money);
  const total = totalOf(text, sums);
  // ("£87 million, of which around £870k was spent on software licences": the sum in the clause
  // with the question's own words.)
  const money = total
    ?? actualOverBudget(text, sums, question)
    ?? (/\bof\s+which\b/i.test(text) ? clauseOf(text, sums, question) : undefined)
    ?? figures.find((f) => f.money)
    ?? figures.find((f) => /^\s?(?:pounds|gbp)\b/i.test(text.slice(f.end, f.end + 8)) || f.scaled);
  // "Our net budget was £11.4m. Gross expenditure was £46.9m.": two sums, none called the total,
  // the first not opening the answer: offered, never certain.
  const several = !total && money !== undefined && ((new Set(sums.map((f) => f.value)).size >= 2 && !(money === sums[0] && OPENS_WITH_FIGURE.test(text.slice(0, money.index).replace(/£\s?$/, '')))) || inCells(text, sums));
  // ("We use an average figure of the cost of one appliance at an incident for one hour … £400" for
  // the total cost asked: a rate, not the total; offered, never certain.)
  const rate = !!money && /\btotal\b/i.test(question?.text ?? '') && RATE_RE.test(text.slice(Math.max(0, text.lastIndexOf('.', money.index) + 1), money.index + 40));
  if (money) return { value: money.value, unit: 'GBP', confidence: 0.9, ...(several || rate ? { several: true } : {}) };
  if (/^\W*(?:none|nil|zero|nothing|no\s+(?:spend|expenditure|cost))\b/i.test(text) || NIL_NAMED_RE.test(text)) return { value: 0, unit: 'GBP', confidence: 0.8 };
  // "No funding has been cut from the budget since 2010": none was.
  // ("no enforcement expenses were recovered", "No penalty charges were applied": a sum of money named.)
  // ("No public money was spent on …": the money named with a word before it.)
  if (/^\W*no\s+(?:[a-z-]+\s+)?(?:funding|money|funds|budget|spend|expenditure|savings?|payments?|expenses|fees|income|costs|charges|penalties|deductions|fines|grants?|sums|compensation|refunds)\s+(?:has|have|was|were)\s+(?:been\s+)?(?:[a-z]+(?:ed|en|ut)|spent|paid|made|lost)\b/i.test(text)) return { value: 0, unit: 'GBP', confidence: 0.75 };
  // "Rat treatments at domestic properties are free of charge to residents.": no figure, no charge.
  if (figures.length === 0 && FREE_RE.test(text)) return { value: 0, unit: 'GBP', confidence: 0.75 };
  // "40p per visit": pence.
  const pence = figures.find((f) => /^(?:p\b|\s?pence\b)/i.test(text.slice(f.end, f.end + 7)) && !looksLikeYear(f));
  if (pence) return { value: Math.round(pence.value) / 100, unit: 'GBP', confidence: 0.85 };
  // (The share a calculation rests on, "Based upon 80% …", is no sum.)
  const plain = figures.find((f) => !looksLikeYear(f) && !(/^\s?(?:%|per\s?cent\b)/i.test(text.slice(f.end, f.end + 9)) && /\b(?:based\s+(?:up)?on|assuming|taking)\s+$/i.test(text.slice(Math.max(0, f.index - 16), f.index))));
  if (plain) return { value: plain.value, unit: 'GBP', confidence: 0.5 };
  return { ...NONE };
}

/** "ten per cent", "twenty-five percent", "a quarter", "half", "three quarters": a share written in words. */
const SHARE_IN_WORDS_RE = /\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?\s*(?:per\s?cent|%)|(a\s+quarter|one\s+quarter|three\s+quarters|a\s+half|one\s+half|half))\b/i;
const SHARE_FRACTIONS: Record<string, number> = { 'a quarter': 25, 'one quarter': 25, 'three quarters': 75, 'a half': 50, 'one half': 50, half: 50 };

/** "Our target is ", "against a target of ", "we aim for ": a share aimed at, said before it. */
const TARGET_BEFORE_RE = /\b(?:target|aim|aims|aiming|goal|ambition)\b[^.%\d]{0,25}$/i;
/** "2 minutes", "41 seconds", "3 days", "12 calls": a figure of a unit that is no share. */
const OTHER_UNIT_AFTER_RE = /^\s?(?:min(?:ute)?s?|sec(?:ond)?s?|hours?|hrs?|days?|weeks?|months?|years?|calls?)\b/i;

function readPercent(text: string): ParsedValue {
  const figures = findFigures(text).filter((f) => !isIncidental(text, f));
  const at = figures.findIndex((f) => unitAfter(text, f.end) === '%');
  // "uprated by 3.5% in 2024/25 and 3.2% in 2025/26: an overall increase of 6.8%": of several
  // shares, the one called the overall one; otherwise the first, offered rather than certain.
  const shares = figures.filter((f) => unitAfter(text, f.end) === '%');
  if (new Set(shares.map((f) => f.value)).size > 1) {
    const overall = shares.find((f) => /\b(?:overall|total|cumulative|in\s+all|altogether|combined)\b(?:\s+[a-z]+){0,2}\s+(?:of\s+|by\s+|was\s+|is\s+)?(?:around\s+|about\s+|approximately\s+)?$/i.test(text.slice(Math.max(0, f.index - 40), f.index)));
    // ("Female 67.35%" / "Male 30.61%" / "Not Specified 2.04%" / "Grand Total 100.00%": a total of
    // 100% is the shares added up, no answer; the first share is offered.)
    const sum = shares.filter((f) => f !== overall).reduce((t, f) => t + f.value, 0);
    const wholeOfParts = !!overall && overall.value === 100 && Math.abs(sum - 100) <= 1;
    if (overall && !wholeOfParts) return { value: overall.value, unit: '%', confidence: 0.85 };
    // ("Our target is 80 % within 60 seconds. In 2023/24 we achieved 74 %.": the share aimed at is
    // no answer; the one achieved is.)
    const aimed = (f: Figure): boolean => TARGET_BEFORE_RE.test(text.slice(Math.max(0, f.index - 40), f.index));
    const achieved = shares.filter((f) => !aimed(f));
    if (achieved.length === 1 && achieved.length < shares.length) return { value: achieved[0]!.value, unit: '%', confidence: 0.85 };
  }
  if (at >= 0) {
    // "30-40%": the range starts at the figure before.
    const prev = figures[at - 1];
    const range = prev && /^\s?(?:-|to)\s?$/.test(text.slice(prev.end, figures[at]!.index));
    const others = new Set(shares.map((f) => f.value)).size > 1 && !range;
    return { value: (range ? prev : figures[at]!).value, unit: '%', confidence: range ? 0.7 : 0.9, ...(others ? { several: true } : {}) };
  }
  if (/^\W*(?:none|nil|zero)\b/i.test(text)) return { value: 0, unit: '%', confidence: 0.8 };
  // "About ten per cent", "roughly a quarter of residents": a share in words, when no figure is one.
  const inWords = SHARE_IN_WORDS_RE.exec(text);
  if (inWords) {
    const [, tens, unit, fraction] = inWords;
    const value = fraction ? SHARE_FRACTIONS[fraction.toLowerCase().replace(/\s+/g, ' ')]! : WORD_NUMBERS[tens!.toLowerCase()]! + (unit ? WORD_NUMBERS[unit.toLowerCase()]! : 0);
    return { value, unit: '%', confidence: 0.6, inferred: true };
  }
  // "All applications were determined within the 14-day period": every one of them, 100%.
  if (/^\W*all\s+(?:of\s+(?:them|these|those|the\s+\w+)|(?:the\s+|our\s+)?\w+)\s+(?:were|are|was|is|have\s+been|had\s+been)\b/i.test(text)) return { value: 100, unit: '%', confidence: 0.6, inferred: true };
  // ("which was 2 minutes 41 seconds": a figure of another unit is no share.)
  const plain = figures.find((f) => !looksLikeYear(f) && f.value <= 100 && !OTHER_UNIT_AFTER_RE.test(text.slice(f.end, f.end + 12)));
  // One bare figure, none marked as a percentage: offered, never certain (a guess, like a share
  // read from words).
  if (plain) return { value: plain.value, unit: '%', confidence: 0.5, inferred: true, ...(figures.filter((f) => !looksLikeYear(f)).length >= 2 ? { several: true } : {}) };
  return { ...NONE };
}

const YEAR_IN_TEXT_RE = /(?<![\d.,£])(19[5-9]\d|20\d\d)(?!\d|[.,]\d)/;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Words of a question about a year that say nothing of which year: "In what year was …". */
const YEAR_ASK_WORDS = new Set(['what', 'which', 'year', 'years', 'when', 'date', 'please', 'that', 'this', 'were', 'have', 'been', 'council', 'authority', 'state', 'confirm', 'provide']);

function readYear(text: string, question?: Question): ParsedValue {
  // "Our original CRM went live in 2006. It was replaced by the current system, which went live in
  // June 2016.": the year of the system that replaced the first one (offered: two years are given).
  // (Not "April 2010 (replaced with a new platform in March 2017)": the year given first, unless the
  // later system is called the current one.)
  const replaced = /\b(?:replaced\s+(?:by|with)|replacement)\b(?=[^.]*\b(?:current|present|existing)\b)/i.exec(text);
  if (replaced) {
    const before = YEAR_IN_TEXT_RE.exec(text.slice(0, replaced.index));
    const after = YEAR_IN_TEXT_RE.exec(text.slice(replaced.index));
    if (before && after && before[1] !== after[1]) return { value: Number(after[1]), confidence: 0.75, several: true };
  }
  // ("The strategy, first adopted in 2001, was last revised in 2022" for "In what year was it last
  // reviewed or revised?": of two years, the one whose words before it are the question's.)
  const years = [...text.matchAll(new RegExp(YEAR_IN_TEXT_RE.source, 'g'))];
  if (question?.text && new Set(years.map((y) => y[1])).size >= 2) {
    // (A verb of the question, "reviewed", "revised", weighs more than a noun the answer repeats.)
    const weight = new Map<string, number>();
    for (const w of question.text.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!YEAR_ASK_WORDS.has(w)) weight.set(w.slice(0, 5), Math.max(weight.get(w.slice(0, 5)) ?? 0, /ed$/.test(w) ? 2 : 1));
    // (The words of its own clause: back to a comma, a stop or the year before.)
    const clause = (k: number): string => {
      const from = Math.max(0, years[k]!.index! - 40, k > 0 ? years[k - 1]!.index! + 4 : 0);
      return text.slice(from, years[k]!.index).split(/[,;.:()]/).pop()!.toLowerCase();
    };
    const scores = years.map((_, k) => new Set((clause(k).match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5))));
    // (Not a year to come: "a review is planned for 2024/25".)
    const score = scores.map((st, k) => (/\b(?:plann|will\b|due\b|expect|schedul|intend|propos)/.test(clause(k)) ? 0 : [...st].reduce((a, w) => a + (weight.get(w) ?? 0), 0)));
    const best = Math.max(...score);
    // (The first year, the usual reading, keeps its confidence below.)
    // (Not a later system's year in brackets after the first: "September 2012 (replacement system
    // went live in February 2017)" is an aside on the answer given first; "15 years from July 2022
    // (expires June 2037)" is not.)
    const aside = (k: number): boolean => /\([^()]*\b(?:replac|upgrad|migrat)[^()]*$/i.test(text.slice(years[0]!.index! + 4, years[k]!.index));
    if (best > 0 && score.filter((x) => x === best).length === 1 && years[score.indexOf(best)]![1] !== years[0]![1] && !aside(score.indexOf(best))) return { value: Number(years[score.indexOf(best)]![1]), confidence: 0.75, several: true };
  }
  const m = YEAR_IN_TEXT_RE.exec(text);
  if (m) {
    const dated = new RegExp(String.raw`(?:${MONTHS}|live|since|in|from|during|\/)\s*,?\s*$`, 'i').test(text.slice(Math.max(0, m.index - 12), m.index));
    return { value: Number(m[1]), confidence: dated || m.index < 3 ? 0.9 : 0.75 };
  }
  // ("Aug-23", "Sept '22": a month and its year written short, as a spreadsheet shows it; not "Mar
  // 24", which may be a day.)
  const monthShort = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s?[-'’]|\s['’])(\d{2})\b(?![/.:-]\d)/i.exec(text);
  if (monthShort) return { value: 2000 + Number(monthShort[1]), confidence: 0.75 };
  const short = /(?:\d{1,2}[/.-]){2}(\d{2})\b/.exec(text);
  if (short) return { value: 2000 + Number(short[1]), confidence: 0.5 };
  return { ...NONE };
}

const DURATION_UNITS: readonly [RegExp, string][] = [
  [/^(?:days?|working\s+days?)\b/i, 'days'],
  [/^(?:weeks?|wks?)\b/i, 'weeks'],
  [/^(?:months?|mths?)\b/i, 'months'],
  [/^(?:years?|yrs?)\b/i, 'years'],
  [/^(?:hours?|hrs?)\b/i, 'hours'],
  [/^(?:minutes?|mins?)\b/i, 'minutes'],
];

/** "varies … from a few days … to more than a year": a length said to vary over a span. */
const VARIES_SPAN_RE = /\bvar(?:y|ies|ied|iable)\b[^.;]{0,80}?\bfrom\s[^.;]{1,80}?\bto\s/i;
/** "ranged from 12% to 30%", "varied between 4 and 9", "Varies widely – …": a span or a variation, where one figure is asked. */
export const SPAN_GIVEN_RE = /\b(?:rang(?:e|ed|es|ing)\s+(?:from|between)|var(?:y|ies|ied|ying)\s+(?:from|between)|fluctuat\w*\s+between)\b[^.;]{0,60}?\d[^.;]{0,60}?\b(?:to|and)\s+(?:£\s?)?\d|^\W*(?:it\s+|this\s+|the\s+\w+\s+)?var(?:y|ies|ied)\s+(?:widely|considerably|greatly|a\s+lot|significantly|enormously)\b/i;
/** "on average", "typically", "the mean": one length given for all. */
const AVERAGE_SAID_RE = /\b(?:on\s+average|average|averages|mean|median|typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|most\s+(?:cases|applications|are))\b/i;

function readDuration(text: string, question?: Question): ParsedValue {
  // ("within 20 working" / "days; investigation concluded within" / "3 months.": a cell wrapped
  // mid-sentence after a preposition reads as one line.)
  if (text.includes('\n')) text = text.replace(/\b(within|in|of|to|by|after|over|under|about|around|approximately|than|for)[ \t]*\r?\n[ \t]*(?=\d)/gi, '$1 ');
  const range = leadingRange(text);
  if (range && /[a-z]$/i.test(String(range.value))) return range;
  // ("The time taken varies considerably from case to case, from a few days … to more than a
  // year …": a span said to vary, with no one length of its own.)
  if (VARIES_SPAN_RE.test(text) && !AVERAGE_SAID_RE.test(text)) return { ...NONE, ...unitOf(question) };
  // "Our standard is 10 working days. The average wait in 2024/25 was 7 working days.": of several
  // lengths, the one whose clause carries the question's words.
  const all: { index: number; end: number; read: ParsedValue }[] = [];
  for (let rest = 0; rest < text.length && all.length < 8; ) {
    const one = readDurationFrom(text, rest);
    if (!one) break;
    all.push(one);
    rest = one.end;
  }
  // ("What was the average length of stay? 2.25": a bare figure, the unit left to the question.)
  // ("2024 | 44 |": a table row's cell, its closing pipe.)
  const bare = all.length === 0 ? /^\s*(?:approx(?:imately|\.)?\s*|about\s+|c\.\s*)?(\d{1,4}(?:\.\d{1,2})?)\s*\.?\s*\|?\s*$/i.exec(text) : null;
  if (bare) return { value: Number(bare[1]), confidence: 0.6, inferred: true, ...unitOf(question) };
  // ("Average length of time on ward (days)" answered by a table of bare figures: lengths in the
  // unit the question names, read as figures are.)
  if (all.length === 0 && /^(?:days|weeks|months|years|hours|minutes)$/.test(question?.unit ?? '') && !MONTH_SPAN_RE.test(text)) {
    const figures = readNumber(text, question);
    if (figures.value !== null) return { ...figures, confidence: Math.min(figures.confidence, 0.6), inferred: true };
  }
  if (all.length === 0) return monthSpan(text);
  // ("a term of four years, with an option to extend for a further twelve months" for the length
  // "not counting any optional extensions": the extension's length is set aside.)
  if (/\b(?:not\s+counting|excluding|except|other\s+than|without)\b[^?.]{0,30}\bextensions?\b/i.test(question?.text ?? '')) {
    const term = all.filter((d) => !/\b(?:extend|extension|further)\b[^.;]{0,40}$/i.test(text.slice(Math.max(0, d.index - 60), d.index)));
    if (term.length > 0 && term.length < all.length) all.splice(0, all.length, ...term);
  }
  const distinct = new Set(all.map((d) => `${d.read.value} ${d.read.unit}`)).size;
  // ("the current financial year plus 6 years, i.e. 7 years in total": the sum the answer states.)
  const total = distinct > 1 ? all.find((d) => /\b(?:i\.e\.|that\s+is|so|making|a\s+total\s+of|in\s+total|in\s+all)\s*,?\s*$/i.test(text.slice(Math.max(0, d.index - 16), d.index)) || /^\s*(?:in\s+total|in\s+all|altogether)\b/i.test(text.slice(d.end, d.end + 14))) : undefined;
  if (total) return total.read;
  const pick = distinct > 1 ? (clauseOf(text, all, question) ?? all[0]!) : all[0]!;
  return pick.read;
}

/** The first length written at or after `from`: its reading and where it is. */
function readDurationFrom(text: string, from: number): { index: number; end: number; read: ParsedValue } | null {
  // ("Twenty-two months": the whole word, not its "two".)
  const re = new RegExp(String.raw`(\d+(?:\.\d+)?|an?|${UNIT_WORD})(\s+and\s+a\s+half)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?(?:\s*|-)(days?|working\s+days?|weeks?|wks?|months?|mths?|years?|yrs?|hours?|hrs?|minutes?|mins?)\b`, 'gi');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (/[a-z\d]/i.test(before)) continue;
    const raw = m[1]!.toLowerCase().replace(/\s+/g, '-');
    let n = /^\d/.test(raw) ? Number(raw) : WORD_NUMBERS[raw] ?? wordNumber(raw);
    if (n === undefined || !Number.isFinite(n)) continue;
    if (m[2]) n += 0.5;
    const unit = DURATION_UNITS.find(([u]) => u.test(m[3]!))?.[1] ?? m[3]!.toLowerCase();
    // "2 years 3 months", "1 year and 6 months": the whole length, in months.
    if (unit === 'years') {
      const more = YEARS_THEN_MONTHS.exec(text.slice((m.index ?? 0) + m[0].length));
      const months = more ? (/^\d/.test(more[1]!) ? Number(more[1]) : WORD_NUMBERS[more[1]!.toLowerCase()]) : undefined;
      if (months !== undefined && Number.isFinite(months) && months < 12) return { index: m.index, end: m.index + m[0].length + more![0].length, read: { value: n * 12 + months, unit: 'months', confidence: /^\d/.test(raw) ? 0.9 : 0.8 } };
    }
    return { index: m.index, end: m.index + m[0].length, read: { value: n, unit, confidence: /^\d/.test(raw) ? 0.9 : 0.8 } };
  }
  return null;
}

/** "From June 2016 to March 2018", "between March 2016 and May 2017": the months in between. */
function monthSpan(text: string): ParsedValue {
  const span = MONTH_SPAN_RE.exec(text);
  if (span) {
    const a = monthIndex(span[1]!);
    const b = monthIndex(span[3]!);
    const months = (Number(span[4]) - Number(span[2])) * 12 + (b - a);
    if (a >= 0 && b >= 0 && months > 0 && months < 240) return { value: months, unit: 'months', confidence: 0.7 };
  }
  return { ...NONE };
}

const YEARS_THEN_MONTHS = /^\s*(?:,\s*)?(?:and\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s*(?:months?|mths?)\b/i;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = String.raw`((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+((?:19|20)\d\d)`;
const MONTH_SPAN_RE = new RegExp(String.raw`\b(?:from|between)\s+${MONTH_WORD}\s+(?:to|until|till|and|-|–|—)\s+${MONTH_WORD}`, 'i');
const monthIndex = (word: string): number => MONTH_ABBR.indexOf(word.slice(0, 3).toLowerCase());

const YES_LEAD = /^[\s"'(*-]*(?:yes|y|yep|correct|affirmative)\b(?![-'/])/i;
const NO_LEAD = /^[\s"'(*-]*(?:no|n|nope|none)\b(?![-'/])/i;
// ("We can confirm that the Council does use …": the letter's "we can confirm" before the statement.)
// ("The Council has never carried out works in default": never, a No.)
const YES_PHRASE = /^[\s"'(*-]*(?:(?:i|we)\s+(?:can\s+)?confirm\s+(?:that\s+)?)?(?:we|it|they|the\s+(?:council|authority|organisation)|[a-z]+\s+(?:borough|county|district|city)?\s*council)\s+(?:do|does|did|has|have|had|is|are|was|were|uses?|currently\s+(?:uses?|has|have))\b(?!\s*(?:not|n't))/i;
const NO_PHRASE = /^[\s"'(*-]*(?:(?:i|we)\s+(?:can\s+)?confirm\s+(?:that\s+)?)?(?:there\s+(?:is|are)\s+no\b|(?:we|it|they|the\s+(?:council|authority|organisation)|[a-z]+\s+(?:borough|county|district|city)?\s*council)\s+(?:(?:do|does|did|has|have|had|is|are|was|were)\s*(?:not|n't|never)|(?:has|have|had)\s+(?:received\s+|recorded\s+|found\s+|identified\s+)?no\b)|not\s+(?:at\s+present|currently|yet|at\s+this\s+time)|never)\b/i;

/** "LBC response: Yes", "Ateb / Answer: No": a short lead naming the answer, then the answer. */
const ANSWER_LEAD = /^[\s"'(*-]*[^\n:]{0,30}\b(?:answer|response|reply|ateb)\s*[:–-]\s*|^[\s"'(*-]*(?:the\s+)?(?:answer|response)\s+(?:to\s+(?:this|the|your)\s+(?:question|part)\s+)?is\s+(?=(?:yes|no)\b)/i;
/** "Online portal⏎No.": a short title on its own line (a PDF's table cell), then the answer. */
const TITLE_LINE = /^[\s"'(*-]*[a-z][a-z'’&/ -]{0,40}[ \t]*\r?\n(?=[\s"'(*-]*(?:yes|no)\b)/i;

/** A short title then a spaced dash before the answer: "CRM – Yes", "Online portal for residents – No". */
const TITLE_DASH = /^[^\n–—:.?]{1,40}?\s[–—-]\s(?=(?:yes|no)\b)/i;

/** "Register? No", "Do you publish a register? Yes.": the question (or its title) asked again, then the answer. */
const ASKED_FIRST = /^[^?\n]{1,80}\?\s*(?=(?:yes|no)\b)/i;

/** "Turning to the CRM questions, …", "As regards systems, …": a clause naming the topic before the answer. */
const TOPIC_INTRO = /^[\s"'(*-]*(?:turning\s+(?:now\s+)?to|as\s+(?:for|regards)|regarding|with\s+regard\s+to)\s+[^,.;:\n]{1,50},\s*(?=\S)/i;

export function readYesNo(text: string): ParsedValue {
  const lead = ANSWER_LEAD.exec(text) ?? TITLE_LINE.exec(text) ?? TITLE_DASH.exec(text) ?? TOPIC_INTRO.exec(text) ?? ASKED_FIRST.exec(text);
  if (lead && lead[0].length < text.length) {
    const rest = readYesNoAt(text.slice(lead[0].length));
    if (rest.value !== null) return { ...rest, confidence: Math.min(rest.confidence, 0.9) };
  }
  return readYesNoAt(text);
}

/** "We have checked the complaints system and …": the search made, before what it found. */
const SEARCHED_LEAD = /^[\s"'(*-]*(?:i|we)\s+have\s+(?:now\s+)?(?:checked|searched|looked\s+(?:at|through)|consulted|reviewed|examined)\b[^.;:]{0,120}?,?\s+and\s+(?=(?:we|it|there|the|this|have|has)\b)/i;

/** "Finally, …", "However, …": a word that links the sentence to the letter, then its comma. */
const LINKING_LEAD = /^[\s"'(*-]*(?:finally|however|lastly|in\s+addition|additionally|also|further(?:more)?|to\s+confirm|for\s+clarity|in\s+answer\s+to\s+(?:this|that))\s*,\s*(?=\S)/i;

/** "No decision has (yet) been made", "No final decision has been taken": the matter is open. */
const UNDECIDED_RE = /^[\s"'(*-]*no\s+(?:final\s+|formal\s+|firm\s+)?decisions?\s+(?:has|have)\s+(?:yet\s+|as\s+yet\s+)?been\s+(?:made|taken|reached)\b/i;

function readYesNoAt(text: string): ParsedValue {
  // ("Finally, the Council does not use a CRM system.": what follows the linking word.)
  const linked = LINKING_LEAD.exec(text);
  if (linked) return readYesNoAt(text.slice(linked[0].length));
  const searched = SEARCHED_LEAD.exec(text);
  if (searched) {
    // ("… and have received no complaints": the same subject goes on.)
    const rest = text.slice(searched[0].length);
    const found = readYesNoAt(/^ha(?:ve|s)\b/i.test(rest) ? `we ${rest}` : rest);
    if (found.value !== null) return found;
  }
  if (YES_LEAD.test(text)) return { value: 'Yes', confidence: 0.95 };
  // ("No decision has been made at this time." for "Does the council plan to close …?": not decided
  // either way, no "No".)
  if (UNDECIDED_RE.test(text)) return { ...NONE };
  if (NO_LEAD.test(text)) return { value: 'No', confidence: 0.95 };
  if (NO_PHRASE.test(text)) return { value: 'No', confidence: 0.75 };
  // "We did run a loan scheme …; it ended when the grant stopped": what was done once and is no more.
  if (YES_PHRASE.test(text) && PAST_THEN_STOPPED.test(text)) return { value: 'No', confidence: 0.6, several: true };
  if (YES_PHRASE.test(text)) return { value: 'Yes', confidence: 0.7 };
  return { ...NONE };
}

/** "Do you think …?", "Does the council believe …?": a question of opinion. */
const OPINION_ASKED_RE = /^\W*(?:do|does|did)\s+(?:you|the\s+[\w-]+|your\s+[\w-]+)\s+(?:think|believe|feel|consider)\b/i;

/** A past "we did / we had / it was" whose sentence or the next says it stopped. */
const PAST_THEN_STOPPED = /^[^.\n]{0,60}?\b(?:did|had|was|were|used\s+to)\b[^]{0,500}?\b(?:stopped|ceased|no\s+longer|discontinued|withdr[ae]wn?|ended)\b/i;

/** Words a yes/no question shares with any answer about its subject: they say nothing of yes or no. */
const STATED_STOP = new Set(['authority', 'council', 'system', 'systems', 'there', 'their', 'which', 'would', 'could', 'please', 'state', 'whether', 'currently', 'provide', 'being', 'these', 'those', 'other', 'about', 'under', 'where', 'while', 'still', 'present']);

/**
 * A yes/no stated in the question's own words: "A CRM was considered in 2016" to "Has a CRM ever
 * been considered?" is Yes; "The scheme was not extended" to "Was the scheme extended?" is No (a
 * negation before the last shared word). Only the answer's first sentence; never as sure as a "Yes".
 */
/**
 * The first sentence after the first that holds the question's last word of substance (its verb,
 * most often: "considered"), when the first does not: null otherwise.
 */
function keySentence(text: string, questionText: string): string | null {
  const asked = questionText.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && !STATED_STOP.has(w));
  const key = asked[asked.length - 1];
  if (!key) return null;
  const sentences = text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/);
  const has = (s: string): boolean => (s.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.length >= 5 && sameWord(key, w));
  if (sentences.length < 2 || has(sentences[0]!)) return null;
  // ("There is no contract for this …" to "Is there a contract in place …?": the first sentence is
  // about the thing asked, so it is the answer, whatever a later sentence says of the hospital.)
  const first = sentences[0]!.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (first.some((w) => w.length >= 5 && !STATED_STOP.has(w) && asked.some((a) => sameWord(a, w)))) return null;
  return sentences.slice(1).find(has) ?? null;
}

/** Words that join a title's words: "Provision of toilets and changing places". */
const TITLE_GLUE = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'by', 'with']);

function statedYesNo(text: string, questionText: string): ParsedValue {
  const sentence = /^[^.;!?\n]*(?:\n(?!\s*\n)[^.;!?\n]*){0,2}/.exec(text)?.[0] ?? text;
  const asked = questionText.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && !STATED_STOP.has(w));
  if (asked.length === 0) return { ...NONE };
  const lower = sentence.toLowerCase();
  // The last of the question's words (its verb, most often: "Kiosks have never been considered").
  let last = -1;
  for (const m of lower.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w.length >= 5 && !STATED_STOP.has(w) && asked.some((a) => sameWord(a, w))) last = m.index;
  }
  if (last < 0) return { ...NONE };
  // ("Customer relationship management" over a paragraph: a title made of the question's words
  // states nothing.)
  const own = questionText.toLowerCase().match(/\p{L}+/gu) ?? [];
  const said = (lower.match(/\p{L}+/gu) ?? []).filter((w) => !TITLE_GLUE.has(w));
  // ("Knotweed is present on council land." is the question's words said as a statement.)
  // (Of two words at least: "Residents" alone picks one of the question's words.)
  if (!/^[.!?;]/.test(text.slice(sentence.length)) && said.length >= 2 && said.every((w) => own.some((a) => sameWord(a, w)))) return { ...NONE };
  // "Self-service kiosks are not used": the negation right after the shared word, on its verb.
  // ("The service was withdrawn in 2024": it has ended.)
  const after = /^\p{L}*\s+(?:(?:is|are|was|were|has|have|had|does|do|did)\s*(?:not|never|n't)\b|(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:withdrawn|discontinued|stopped|ceased|abolished|ended)\b)/u.test(lower.slice(last));
  // ("none of the council's toilets charge an entry fee": no one does; "the Council stopped its
  // bulky waste collection service": it does no longer.)
  return { value: after || /\b(?:not|never|no|none|neither|nor|stopped|ceased|discontinued|withdrew|withdrawn|abolished)\b|n't\b/.test(lower.slice(0, last)) ? 'No' : 'Yes', confidence: 0.6, inferred: true };
}

// ---- choices -------------------------------------------------------------------------

// ("itself", "themselves": "organised by the council itself" is named by "The Council.")
const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'into', 'and', 'or', 'with', 'for', 'on', 'by', 'within', 'please', 'specify', 'use', 'all', 'any', 'that', 'is', 'are', 'be', 'it', 'as', 'itself', 'themselves']);

function stem(word: string): string {
  const w = word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y`
    : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1)
      : word;
  return SYNONYMS[w] ?? w;
}

/** Everyday words for the survey's choice words, so "lack of budget" reads as Funding. */
const SYNONYMS: Record<string, string> = {
  people: 'resident', person: 'resident', citizen: 'resident', customer: 'resident', individual: 'resident',
  address: 'property', premise: 'property', building: 'property', land: 'property', dwelling: 'property',
  budget: 'funding', money: 'funding', finance: 'funding', financial: 'funding', cost: 'funding', fund: 'funding', resource: 'funding',
  adoption: 'usage', uptake: 'usage',
  encourage: 'promoting', encouraging: 'promoting', encouragement: 'promoting', promote: 'promoting', promotion: 'promoting',
  // "training staff to use the new system" is training the solution's users.
  staff: 'user', employee: 'user', officer: 'user', colleague: 'user',
  migration: 'integration', migrating: 'integration', migrate: 'integration', database: 'source', system: 'system',
  // "Mixed", "a combination": the option of a mix of the others.
  mixed: 'mix', mixture: 'mix', combination: 'mix', combined: 'mix', hybrid: 'mix', blend: 'mix',
  // Ways to contact the council: "the form on our website" is online; "call the Contact Centre" is by telephone.
  website: 'online', web: 'online', internet: 'online', webform: 'online',
  phone: 'telephone', call: 'telephone', calling: 'telephone', ringing: 'telephone',
};

/** The same word in another form: "integrate" ~ "integration", "departmental" ~ "department". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 5) return false;
  let i = 0;
  while (i < short && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i >= 5 && i >= short * 0.75;
}

/** The words as written, plurals folded, with no synonyms. */
function literalWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !STOP.has(w)).map((w) => (w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function words(text: string): string[] {
  // "the council's insurer" is "our insurer": a possessor before its noun names no option.
  return text.toLowerCase().replace(/\([^)]*\)/g, ' ')
    // Everyday phrases for the survey's challenge words: "getting all departments to take part",
    // "buy-in from service areas", "take-up of the portal".
    .replace(/\btak(?:e|es|ing)\s+part\b|\bbuy[\s-]?in\b|\bon\s+board\b|\bengag(?:e|ed|ing|ement)\b/g, ' participation ')
    .replace(/\bservice\s+areas?\b|\bteams\b/g, ' departments ')
    .replace(/\bbring(?:ing)?\s+(?:the\s+|our\s+)?data\s+(?:across|over)\b/g, ' data migration ')
    .replace(/\btake[\s-]?up\b/g, ' usage ')
    // "every 14 days" is fortnightly, "once a week" weekly: how often, in the choices' words.
    .replace(/\b(?:every|once\s+(?:every|in))\s+(?:14\s+days|two\s+weeks|2\s+weeks|other\s+week|fortnight)\b|\bbi-?weekly\b/g, ' fortnightly ')
    .replace(/\b(?:every|once\s+a|each)\s+(?:7\s+days|seven\s+days|week)\b/g, ' weekly ')
    .replace(/\b(?:every|once\s+a|each)\s+(?:day|working\s+day)\b/g, ' daily ')
    .replace(/\b(?:every|once\s+a|each)\s+(?:calendar\s+)?month\b/g, ' monthly ').replace(/\b(?:council|authority|councils|authoritys)['’]s?\s+(?=\p{L})/gu, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !STOP.has(w)).map(stem);
}

/** The answer's items: lines, bullets, and comma/semicolon/"and" lists. */
function items(text: string): string[] {
  // A line that carries on in lower case is the same item wrapped ("… cleansed before⏎migration.").
  return text.replace(/[ \t]*\r?\n(?=[ \t]*[a-z])/g, ' ').split(/\n|[;,•]|\s+and\s+|\s+&\s+|\s\/\s|\.\s/i).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** How well one item names one choice: all of the choice's words, or a short item made only of them. */
// ("By email to … only" names neither "Online only" nor "By telephone only": "only" is every such choice's.)
const GENERIC_CHOICE_WORD = new Set(['council', 'councils', 'authority', 'authorities', 'local', 'only']);

function matchScore(choiceWords: readonly string[], itemWords: readonly string[]): number {
  if (choiceWords.length === 0 || itemWords.length === 0) return 0;
  // "Every three years" is not "every year": a number in the choice ("three" or "3") must be in the answer.
  const numberOf = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : WORD_NUMBERS[w]);
  const same = (a: string, b: string): boolean => sameWord(a, b) || (numberOf(a) !== undefined && numberOf(a) === numberOf(b));
  if (choiceWords.some((w) => numberOf(w) !== undefined && !itemWords.some((x) => same(w, x)))) return 0;
  // "…which the council runs with Tregwyn County Council" names no choice "Council staff": a word
  // every answer may say ("council") matches nothing alone.
  // ("The Council." for "the council itself": a choice of nothing but such a word is named by an
  // item of nothing else.)
  if (!choiceWords.some((w) => !GENERIC_CHOICE_WORD.has(w) && itemWords.some((x) => same(w, x)))) return choiceWords.every((w) => GENERIC_CHOICE_WORD.has(w)) && itemWords.every((x) => choiceWords.some((w) => same(w, x))) ? 0.9 : 0;
  const covered = choiceWords.filter((w) => itemWords.some((x) => same(w, x))).length / choiceWords.length;
  const inside = itemWords.filter((x) => choiceWords.some((w) => same(w, x))).length / itemWords.length;
  return Math.max(covered, itemWords.length <= 4 ? inside * 0.9 : 0);
}

export function resolveChoices(question?: Question, codes?: Record<string, string[]>): string[] {
  const c = question?.choices;
  if (Array.isArray(c)) return c.filter((x): x is string => typeof x === 'string');
  if (typeof c === 'string') return codes?.[c] ?? [];
  return [];
}

/**
 * "integration with our revenues and benefits system", "integrating it with the housing software":
 * joining the systems a council already runs, its back office (not "integration of different data
 * sources"). Read whole, before the answer is split into items at its "and".
 */
const INTEGRATION_WITH_RE = /\bintegrat(?:e|es|ed|ing|ion)\s+(?:it\s+|them\s+)?with\s+(?:(?:our|the|its|their|existing|other|legacy|older|current)\s+)*(?:[\p{L}&'’-]+\s+){0,4}?(?:systems?|applications?|software|platforms?)\b/giu;
/** The answer with such joining said in the choice's own words. */
const inChoiceWords = (text: string): string => text.replace(INTEGRATION_WITH_RE, 'integration with existing back-office applications');

/** A short item, not one the council calls "other", with a long word only this one of the choices has. */
/** Whether `sentence` says the first word of `choice`, a verb no other choice has ("renew", "introduce"), not denied. */
function leadVerbSaid(choice: string, choices: readonly string[], sentence: string): boolean {
  const first = /^\s*([a-z]{4,})\s+(?:a|an|the|new|existing|more|fewer|further)\b/i.exec(choice)?.[1]?.toLowerCase();
  if (!first || GENERIC_CHOICE_WORD.has(first) || choices.some((c) => c !== choice && words(c).includes(first))) return false;
  const m = new RegExp(String.raw`\b${first.slice(0, Math.max(4, first.length - 2))}[a-z]*\b`).exec(sentence);
  return !!m && !/\b(?:no|not|never|nor|neither|without)\b[^.;,]{0,24}$|n't\s+[^.;,]{0,16}$/.test(sentence.slice(0, m.index));
}

function namesByOwnWord(item: string, choice: string, choices: readonly string[]): boolean {
  const iw = words(item);
  if (iw.length > 6 || /^\W*other\b/i.test(item)) return false;
  const own = words(choice).filter((w) => w.length >= 9 && !GENERIC_CHOICE_WORD.has(w) && !choices.some((c) => c !== choice && words(c).includes(w)));
  return iw.some((x) => own.includes(x));
}

function matchChoices(text: string, choices: readonly string[], multi = false): { choice: string; score: number; at: number }[] {
  text = inChoiceWords(text);
  let its = items(text);
  // "Residents or Properties⏎Properties.": an item offering the choices ("A or B") restates the
  // question (a PDF table's title cell); the answer is the item that picks one.
  if (its.length > 1) {
    const offers = (it: string): boolean => /\bor\b/i.test(it) && choices.filter((c) => !/^other\b/i.test(c.trim()) && matchScore(words(c), words(it)) >= 0.99).length >= 2;
    const kept = its.filter((it) => !offers(it));
    if (kept.length > 0 && kept.length < its.length) its = kept;
  }
  const found: { choice: string; score: number; at: number }[] = [];
  for (const choice of choices) {
    const cw = words(choice);
    // ("Cabinet / Executive": names set apart by a spaced slash are one choice's alternatives, each
    // naming it whole; "software/system" unspaced is one name.)
    const alternatives = / \/ /.test(choice) ? choice.split(/ \/ /).map(words).filter((w) => w.length > 0) : [];
    const isOther = /^other\b/i.test(choice.trim());
    let best = 0;
    let at = Infinity;
    its.forEach((it, i) => {
      // "Other", or "Other" quoted inside a sentence ('The most common category was "Other"').
      // (Or "(Other)" after the reason it names: "The supplier ceased trading part way through (Other).")
      if (isOther && !/^\W*other\b/i.test(it) && !/["“‘']other["”’]/i.test(it) && !OTHER_BRACKET.test(it)) return;
      const s = isOther ? 1 : Math.max(matchScore(cw, words(it)), ...alternatives.map((a) => matchScore(a, words(it))));
      if (s > best) {
        best = s;
        at = i;
      }
    });
    // ("Funding; lack of participation from some services" for "… Participation of different
    // departments within the authority …": in a list of several to pick, a short item naming a long
    // word that only one choice has names that choice.)
    if (best < 0.5 && multi && !isOther) {
      const i = its.findIndex((it) => namesByOwnWord(it, choice, choices));
      if (i >= 0) found.push({ choice, score: 0.6, at: i });
      continue;
    }
    if (best >= 0.5) found.push({ choice, score: best, at });
  }
  return found;
}

/** "(Other)" after the words it codes. */
const OTHER_BRACKET = /\(\s*other\s*\)/i;
/** "Other (please specify) – detail", "Other: detail": the detail after an explicit separator. */
const OTHER_DETAIL = /\bother\b(?:\s*\(please\s+(?:specify|name|state|say\s+what)\))?\s*[-–—:]\s*([^;]+?)\s*(?:[.;](?:\s|$)|$)/i;

/** "organised around properties rather than residents", "not centred on residents", "We do not use a contractor": an option set aside (before a bracket too: "rather than properties (question 4c)"). */
export const SET_ASIDE = /\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|not\s+(?:primarily\s+|mainly\s+)?(?:centred|centered|based|focused|organised|organized|built|structured)\s+(?:on|around)|(?:do|does|did)\s*(?:not|n['’]t)\s+(?:use|employ|engage|commission|appoint|have)(?:\s+(?:a|an|any))?)\s+(?:the\s+|our\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?(?=\s*(?:[.,;:\n()]|$))/giu;

/** Said of work the council does itself; and the choice that names it. */
/** "Needlepoint Response Ltd", "Civic Patrols Limited": a company named. */
const COMPANY_NAMED_RE = /\b\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4}\s+(?:Ltd|Limited|plc|PLC|LLP)\b/u;
// ("Own staff - the Street Cleansing team": the answer opening with it.)
const IN_HOUSE_SAID = /^\W*own\s+(?:staff|teams?|employees|workforce)\b|\b(?:in[- ]?house|(?:our|its|the\s+council'?s)\s+own\s+(?:[\w&'-]+\s+){0,4}?(?:staff|teams?|employees|workforce|officers|crews?|operatives|workers)|directly\s+employed|council\s+(?:staff|employees|officers))\b/i;
/** Words that deny what their clause names. */
const DENIAL_RE = /\b(?:not|no|never|none|neither|nor|without)\b|n['’]t\b/i;
const NEGATED_RE = /\b(?:not|no|never|none|neither|nor|without|or|either|whether)\b|n['’]t\b/i;
/** An answer that names one choice and the other only as its exception. */
const CONCEDES_RE = /\b(?:although|though|except|apart\s+from)\b/i;
/** Words that make one choice lead when they stand beside it. */
const LEAN_WORDS = new Set(['main', 'mainly', 'most', 'mostly', 'primary', 'primarily', 'predominantly', 'largely', 'chiefly', 'principally', 'majority']);
/** The choice that is a mix of the others: "Mix of both", "A combination", "Both". */
const MIX_CHOICE_RE = /^\W*(?:an?\s+)?(?:mix(?:ture)?|combination|blend)\b|\bboth\b/i;
const IN_HOUSE_CHOICE = /\b(?:in[- ]?house|council\s+staff|own\s+staff|directly\s+employed|council\s+employees|direct\s+labour|(?:council|authority)\s+itself)\b/i;

/**
 * The choice an answer opens with word for word ("Adopted and published. The plan …"), the longest
 * where one choice begins another; undefined when it opens with none.
 */
export function openingChoice(text: string, choices: readonly string[]): string | undefined {
  // ("Scopes 1 & 2 only (from 2023/24)", "… only at present": an ampersand for "and", a note in
  // brackets or "at present" after it.)
  const head = text.trimStart().toLowerCase().replace(/^["'“‘(]+/, '').replace(/\s&\s/g, ' and ');
  return choices.filter((c) => head.startsWith(c.toLowerCase()) && /^(?:$|["'”’)]?\s*[.;:–—-]|\s*\n|\s+\(|\s+(?:at\s+present|at\s+the\s+moment|currently)\b)/.test(head.slice(c.length))).sort((a, b) => b.length - a.length)[0];
}

/**
 * "Other – the Council uses an NEC SV9500 telephone system …" for "… or other (please name)": the
 * detail the choice asks for is kept with it, as a list's "Other" keeps it ("Other - …").
 */
function otherWithDetail(choice: string, text: string): string {
  // ("… or something else (please say what)?" / "Something else. The council is working with …":
  // the option for anything not listed, however the request words it.)
  // ("another provider (please name)" / "… is provided by Lockbridge Assurance Ltd under a shared
  // contract": the open option, and the organisation the answer names for it.)
  // ("another team (please specify)", kept as "Another team": the same open option.)
  const another = /^another\b[^()]*(?:\(please\s+(?:name|specify|state)|$)/i.test(choice.trim());
  if (!another && !/^(?:other|something\s+else|anything\s+else)\b/i.test(choice.trim())) return choice;
  const flat = text.replace(/\s+/g, ' ');
  const detail = OTHER_DETAIL.exec(flat)?.[1]?.trim() ?? SOMETHING_ELSE_DETAIL.exec(flat)?.[1]?.trim() ?? (another ? ORGANISATION_NAMED.exec(flat)?.[0] : undefined);
  return detail ? `Other - ${cut(detail, 120)}` : choice;
}
/** "Lockbridge Assurance Ltd": a company named by its capitalised words and its legal ending. */
const ORGANISATION_NAMED = /\b(?:[A-Z][\w&'’-]*\s+){1,5}(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc)\b\.?/;
/** "Something else. The council is working with …": the detail after the words for the open option. */
const SOMETHING_ELSE_DETAIL = /^\W*(?:something|anything)\s+else\b(?:\s*\(please[^)]*\))?\s*[-–—:.]\s*([^;]+?)\s*(?:[.;](?:\s|$)|$)/i;

/** "do not fit neatly into the categories you list", "none of the options describes": no choice fits. */
const NO_CHOICE_FITS_RE = /\b(?:(?:does|do|did)\s*(?:not|n['’]t)\s+(?:fit|match|correspond\s+to|sit)\s+(?:neatly\s+|easily\s+|exactly\s+|comfortably\s+|well\s+)?(?:into\s+|in\s+|with\s+)?(?:any\s+(?:one\s+)?of\s+)?(?:the|your|those|these)\s+(?:categories|options|choices|descriptions|boxes)|none\s+of\s+(?:the|your|those|these)\s+(?:categories|options|choices|descriptions)\s+(?:fits?|appl(?:y|ies)|describes?|matche?s?))\b/i;
/** "(see answer 2)", "– see Q4c": a pointer to another answer beside the answer's own words. */
const POINTER_ASIDE_RE = /\s*(?:[–—]|\s-)?\s*\(?\b(?:please\s+)?(?:see|refer\s+to|as\s+per)\s+(?:(?:our|the)\s+)?(?:(?:answer|response|reply)\s+(?:to\s+)?)?(?:q(?:uestion)?\s?\.?\s?)?\d{1,3}\s?(?:[a-h]\b|\([a-h]\))?(?:\s+(?:above|below))?\)?/gi;

function readChoice(text: string, choices: readonly string[], multi: boolean): ParsedValue {
  // ("Mix (see answer 2).": the choice, without the pointer to where it is explained.)
  if (!multi) text = text.replace(POINTER_ASIDE_RE, '');
  // "Adopted and published. The plan can be viewed at …": an answer that opens with one of the
  // choices word for word is that choice (the longest, where one choice begins another).
  if (!multi) {
    const opening = openingChoice(text, choices);
    if (opening) return { value: otherWithDetail(opening, text), confidence: 0.9 };
    // ("Other – Neighbourhood Wardens (Community Safety)" for "…, Community Safety, Housing, or another
    // team (please specify)": the open option, however the request words it, with its detail; the
    // choices named in the detail are not chosen.)
    const open = choices.find((c) => /^(?:other|another|something\s+else|anything\s+else)\b/i.test(c.trim()));
    if (open && /^\W*other\b(?:\s*\(please[^)]*\))?\s*(?:[–—:]|-\s)\s*\S/i.test(text)) {
      const detailed = otherWithDetail(open, text);
      if (detailed !== open) return { value: detailed, confidence: 0.9 };
    }
    // ("Our arrangements do not fit neatly into the categories you list. The council's own BIAs …":
    // none of the choices, said in so many words, is the open option, with the sentence after it.)
    if (open && NO_CHOICE_FITS_RE.test(text)) {
      const after = text.replace(/\s+/g, ' ').split(NO_CHOICE_FITS_RE)[1]?.replace(/^[^.;:]*[.;:]\s*/, '').trim();
      return { value: after ? `Other - ${cut(after.replace(/[.;]\s*$/, ''), 120)}` : open, confidence: 0.7, inferred: true };
    }
    const head = text.trimStart().toLowerCase().replace(/^["'“‘(]+/, '');
    // "OUTSOURCED - the revenues service is provided under contract by …": the answer's first word,
    // set apart, opens one choice only ("Outsourced to a private company").
    // ("Both" alone, for "… live only, as recordings only, or both?" offered as "Both live and as
    // recordings": the word that opens one choice only, the whole answer.)
    const lone = /^([a-z]{3,})\W*$/.exec(head)?.[1];
    const lead = /^([a-z]{5,})\s*(?:[.;:–—]|\s-\s)/.exec(head)?.[1] ?? lone;
    const led = lead ? choices.filter((c) => c.toLowerCase().split(/\s+/)[0] === lead && (lead !== lone || /\s/.test(c.trim()))) : [];
    if (led.length === 1) return { value: otherWithDetail(led[0]!, text), confidence: 0.7, inferred: true };
    // (The denial stays: "Our own operatives do not use gum removal equipment" names the in-house
    // choice only to deny it.)
    text = text.replace(SET_ASIDE, ' not ');
  }
  const found = matchChoices(text, choices, multi);
  // The answer's sentences that deny nothing.
  const affirmed = text.split(/[.;!?]\s|\n\s*\n/).filter((x) => !NEGATED_RE.test(x));
  // ("Needles are cleared by our own Street Scene team …, and out-of-hours call-outs are passed to
  // Needlepoint Response Ltd": work done in-house and by a company named, the mix offered.)
  const mixOffered = choices.filter((c) => MIX_CHOICE_RE.test(c));
  // ("Every meeting is streamed live and the recording is then placed in the archive" for "Live
  // only / Recordings published after the meeting only / Both live and as recordings": the words
  // of two "only" choices, each said, are both.)
  const onlys = choices.filter((c) => /\bonly\b/i.test(c) && !MIX_CHOICE_RE.test(c));
  // (Not when one choice is said whole: "An external contractor only. … for the council since …".)
  if (!multi && mixOffered.length === 1 && onlys.length === 2 && !found.some((f) => f.score >= 0.99)) {
    // (Each by its head word, "live", "recordings": not words the options share with the question.)
    const own = onlys.map((c) => words(c.replace(/^(?:(?:as|by|in|on|via|through|an?|the)\s+)+/i, '')).slice(0, 1).filter((w) => w !== 'only').map((w) => w.slice(0, 5)));
    const said = (stems: string[]) => stems.length > 0 && affirmed.some((x) => words(x).some((w) => stems.includes(w.slice(0, 5))));
    if (own.every(said)) return { value: mixOffered[0]!, confidence: 0.7 };
  }
  if (!multi && mixOffered.length === 1 && choices.some((c) => IN_HOUSE_CHOICE.test(c)) && IN_HOUSE_SAID.test(text) && !found.some((f) => f.choice === mixOffered[0])) {
    if (affirmed.some((x) => IN_HOUSE_SAID.test(x)) && affirmed.some((x) => COMPANY_NAMED_RE.test(x))) return { value: mixOffered[0]!, confidence: 0.7, several: true };
  }
  // "Graffiti is removed by our in-house team." for "council staff, an external contractor, or
  // both": work the council does itself, in the words councils use for it.
  if (found.length === 0 && !multi && IN_HOUSE_SAID.test(text)) {
    const own = choices.filter((c) => IN_HOUSE_CHOICE.test(c));
    if (own.length === 1) return { value: own[0]!, confidence: 0.7 };
  }
  // "The Council intends to renew the Town Centre designation … There are no plans for a new
  // designation." for "introduce a new scheme; renew an existing scheme; both; or neither": the
  // verb that opens one choice alone, said and not denied in the first sentence (offered).
  if (found.length === 0 && !multi) {
    const said = choices.filter((c) => leadVerbSaid(c, choices, /^[^.;!?]*/.exec(text)![0].toLowerCase()));
    if (said.length === 1) return { value: said[0]!, confidence: 0.6, inferred: true };
  }
  // "The Council does not intend to extend any zone." for "… introduce a new zone, extend an
  // existing zone, both, or neither": choices named only in clauses that deny them are the
  // request's "neither" (offered); a clause that affirms one keeps it.
  if (!multi && found.length > 0) {
    const none = choices.find((c) => /^\W*(?:neither|none|no\b|not\b)/i.test(c.trim()));
    const clauses = text.split(/[.;!?,]\s|\n\s*\n|\b(?:but|however|although|though|instead|whereas|while)\b/i);
    // (Not a choice that denies in its own words: "Retain without further investment", "Proposed
    // but not yet funded".)
    const deniedOnly = (c: string): boolean => !DENIAL_RE.test(c) && clauses.filter((x) => matchScore(words(c), words(inChoiceWords(x))) >= 0.5).every((x) => DENIAL_RE.test(x));
    const kept = found.filter((f) => !deniedOnly(f.choice));
    if (none && !found.some((f) => f.choice === none) && kept.length === 0) return { value: none, confidence: 0.7, inferred: true };
    // ("We do not plan a new zone, but will extend Zone B": the choice affirmed, not the one denied.)
    // (Offered: the denial is read from words.)
    if (kept.length > 0 && kept.length < found.length) {
      const first = [...kept].sort((a, b) => a.at - b.at || b.score - a.score)[0]!;
      return { value: otherWithDetail(first.choice, text), confidence: kept.length === 1 ? 0.7 : 0.5, inferred: true };
    }
  }
  // ("Mix" alone for "… or a mix of the two": the word that opens one choice past its article.)
  if (found.length === 0 && !multi) {
    const lone = /^\W*([a-z]{3,})\W*$/i.exec(text)?.[1]?.toLowerCase();
    const headed = lone ? choices.filter((c) => c.toLowerCase().trim().replace(/^(?:an?|the)\s+/, '').split(/\s+/)[0] === lone) : [];
    if (headed.length === 1) return { value: headed[0]!, confidence: 0.7, inferred: true };
  }
  if (found.length === 0) return { ...NONE };
  if (multi) {
    // (A choice read from the everyday words for it is offered, not believed.)
    const paraphrased = [...text.matchAll(INTEGRATION_WITH_RE)].some((m) => !/\bback[\s-]?office\b/i.test(m[0]));
    const conf = Math.min(...found.map((f) => f.score)) >= 0.99 && !paraphrased ? 0.9 : 0.7;
    // "Other – the supplier went into administration": the detail the code list asks for is kept.
    // ("Funding; other priorities (waste contract re-procurement)": an item that opens with "other"
    // and goes on is its own detail.)
    const detail = OTHER_DETAIL.exec(text.replace(/\s+/g, ' '))?.[1]?.trim() ?? items(text).map((it) => it.replace(/\s+/g, ' ').replace(/(\p{L})- (?=\p{Ll})/gu, '$1-').trim()).find((it) => /^\W*other\s+(?!\(?please\b)\S/i.test(it))?.replace(/[.;,]$/, '') ??
      items(text).find((it) => OTHER_BRACKET.test(it))?.replace(OTHER_BRACKET, ' ').replace(/\s+/g, ' ').replace(/\s*[.;,]?\s*$/, '').trim();
    // ("Integration of different data sources; turnover of staff in the project team": in a list
    // set off by semicolons, an item that names none of the choices is the list's "Other".)
    const otherChoice = choices.find((c) => /^other\b/i.test(c.trim()));
    if (!detail && otherChoice && !found.some((f) => f.choice === otherChoice)) {
      const listed = text.trim().replace(/[.]\s*$/, '').split(/\s*;\s*|\s*\r?\n\s*(?=[A-Z])/).map((it) => it.replace(/\s+/g, ' ').trim()).filter((it) => it.length > 0);
      // (Every item short and none a sentence: not prose wrapped over lines.)
      const plainItem = (it: string): boolean => it.split(' ').length <= 10 && !/[.?!:]|\b(?:we|our|not|no|none|n\/a|was|were|is|are)\b/i.test(it);
      const own = listed.length >= 2 && listed.every(plainItem) ? listed.filter((it) => !choices.some((c) => matchScore(words(c), words(inChoiceWords(it))) >= 0.5 || namesByOwnWord(it, c, choices))) : [];
      if (own.length === 1 && own[0]!.split(' ').length >= 2) return { value: [...found.map((f) => f.choice), `Other - ${cut(own[0]!, 120)}`].join('; '), confidence: 0.7 };
    }
    return { value: found.map((f) => (detail && /^other\b/i.test(f.choice.trim()) ? `Other - ${cut(detail, 120)}` : f.choice)).join('; '), confidence: conf };
  }
  // "A small in-house fleet of 23 minibuses … All other routes are run by contracted operators."
  // for "In-house fleet / Contracted operators / Mix of both": two of the choices, each said,
  // are the mix the request offers.
  // (Only where two choices are named, or work in-house is: the rest cannot be a mix.)
  const mix = found.length >= 2 || IN_HOUSE_SAID.test(text) ? choices.filter((c) => MIX_CHOICE_RE.test(c)) : [];
  // "… by our term contractor and … by the ranger team, i.e. a mix of both": the mix named in full
  // beside the parts it mixes is the answer.
  const mixNamed = mix.length === 1 ? found.find((f) => f.choice === mix[0] && f.score >= 0.99) : undefined;
  if (mixNamed && found.length > 1 && !NEGATED_RE.test(text.slice(Math.max(0, text.toLowerCase().lastIndexOf(mix[0]!.toLowerCase().split(/\s+/).pop()!) - 60)))) return { value: mix[0]!, confidence: 0.7 };
  // (Not "Residents mainly, although revenues is property based": one leads, the other is an exception.)
  if (mix.length === 1 && !found.some((f) => f.choice === mix[0]) && !CONCEDES_RE.test(text)) {
    // Each named in full within one sentence ("… run by contracted bus, coach and taxi operators").
    // A sentence that denies one ("Grants are not currently offered", "no part of the work is
    // contracted out", "not the property") says none.
    const sentences = affirmed.map(literalWords);
    // (In the words themselves: "the address above" in the closing names no choice "Properties".)
    const said = new Set(found.filter((f) => !/^other\b/i.test(f.choice.trim()) && sentences.some((xs) => literalWords(f.choice).every((w) => xs.some((y) => sameWord(w, y))))).map((f) => f.choice));
    if (affirmed.some((x) => IN_HOUSE_SAID.test(x))) for (const c of choices) if (IN_HOUSE_CHOICE.test(c) && c !== mix[0]) said.add(c);
    // ("Mostly properties", "Residents mainly", "Most of our systems are organised around property
    // records": one leads; "a fleet … used mainly on SEND routes" leans on no choice.)
    const tokens = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const choiceWords = [...said].flatMap(literalWords);
    const folded = tokens.map((t) => literalWords(t)[0] ?? '');
    const near = (i: number): boolean => folded.slice(Math.max(0, i - 4), i + 9).some((t) => choiceWords.some((w) => sameWord(w, t)));
    const leans = tokens.some((t, i) => LEAN_WORDS.has(t) && near(i));
    // A lean word elsewhere in the answer leaves the mix offered, not certain.
    if (said.size >= 2 && !leans) return tokens.some((t) => LEAN_WORDS.has(t)) ? { value: mix[0]!, confidence: 0.5, several: true } : { value: mix[0]!, confidence: 0.7 };
  }
  // "Residents – most records are held against the customer, not the property": the answer opens
  // with one choice alone; later words explain it. Otherwise several choices leave it open.
  const lead = /^[^\n–—:.;,(]*/.exec(text.replace(/\s-\s.*/s, ''))?.[0] ?? '';
  // "A mix of both: council staff clean …": of the choices in the first item, the one the opening
  // words name (the others, after it, describe the mix).
  const leadWords = words(lead);
  const opens = (f: { choice: string }): number => (matchScore(words(f.choice), leadWords) >= 0.99 ? 0 : 1);
  const first = [...found].sort((a, b) => a.at - b.at || opens(a) - opens(b) || b.score - a.score)[0]!;
  const leads = first.at === 0 && first.score >= 0.99 && words(lead).length <= Math.max(3, words(first.choice).length + 1);
  if (found.length > 1 && !leads) return { value: first.choice, confidence: 0.5, several: true };
  if (found.length > 1) return { value: first.choice, confidence: 0.5 };
  // (Half a choice's words in an answer that opens by denying, "No System installed" for
  // "Software/system", is a guess.)
  return { value: otherWithDetail(first.choice, text), confidence: first.score >= 0.99 ? 0.9 : first.score < 0.6 && /^\W*(?:no|not|none|never)\b/i.test(text) ? 0.5 : 0.7 };
}

// ---- text ----------------------------------------------------------------------------

/** "The full name of the Authority is …": the name is what follows. */
/** "…, the Authority's full official name is X", "… the full name of the authority, which is X". */
const NAME_INSIDE = /\b(?:full\s+|official\s+|correct\s+|legal\s+)+name\s+(?:of\s+the\s+(?:authority|council|organisation)\s*)?(?:\([^()]{1,40}\)\s*)?,?\s*(?:which\s+)?is\s+([A-Z][^.;()]{2,80}?)\s*(?:[.;(]|$)/;
const NAME_LEAD = /^(?:the\s+)?(?:full\s+|official\s+|correct\s+|legal\s+)*name\s+(?:of\s+the\s+(?:authority|council|organisation)\s+)?is\s+(?=\S)/i;

/** "I can confirm that the Council holds this information.", "We do hold the information you requested.": no answer of its own. */
const HELD_ONLY_RE = /^(?:(?:I|we)\s+(?:can\s+)?confirm\s+that\s+)?(?:the\s+|this\s+)?(?:[\p{L}'’&-]+\s+){0,5}?(?:does\s+|do\s+)?holds?\s+(?:this|the|some|that)\s+information(?:\s+(?:that\s+)?(?:you\s+(?:have\s+)?)?(?:requested|asked\s+for))?\s*\.\s+/iu;

/**
 * "Please describe …", "Explain how …", "What steps has the council taken …", "How does the council
 * decide …", "Why has …": a question that asks for an account, whatever it is about ("Please explain
 * how many …" still counts). `init --from-request` types it as text; its answer is all of its
 * sentences, not the first.
 */
const DESCRIBE_ASKED_RE = /^(?:please\s+)?(?:(?:briefly|kindly|also)\s+)?(?:describe|explain|outline|summari[sz]e|set\s+out)\b(?!\s+how\s+(?:many|much)\b)/i;
/** "What steps …", "Why …", "How does the council …", "Please give details of …". */
const ACCOUNT_ASKED_RE = /^(?:briefly,?\s+)?(?:what\s+(?:steps|actions?|measures|plans|initiatives|work|approach|arrangements|improvements?|changes)\b|what\s+(?:is|are|was|were)\s+the\s+(?:main\s+|key\s+|principal\s+)?(?:reasons?|causes?|steps|barriers|challenges|plans)\b|what\s+(?:is|are|was|were|has|have)\s+(?:the\s+)?(?:council|authority|you)\s+(?:doing|done)\b|why\b|how\s+(?:does|do|did|will|has|have|would|can|could)\s+(?:the\s+|your\s+)?(?:council|authority|you|it)\b|(?:please\s+)?(?:give|provide)\s+(?:details|an?\s+(?:summary|explanation|outline|description|account))\b)/i;

export function asksForAccount(question: string): boolean {
  const core = question.trim();
  return DESCRIBE_ASKED_RE.test(core) || (ACCOUNT_ASKED_RE.test(core) && !/\bhow\s+many\b/i.test(core));
}

/**
 * The first line with hard wraps undone, up to its first sentence, at most 200 characters (the whole
 * first paragraph, at most 400, where the question asks for an account).
 */
function readText(text: string, account = false): ParsedValue {
  // ("Waste & recycling, planning,  |" / "|      | council tax, …  |": a table's cell wrapped onto
  // rows whose other cells are empty reads as one text.)
  if (text.includes('|') && text.trim().split('\n').slice(1).every((l) => /^[ \t]*\|(?:[ \t]*\|)+[ \t]*\S/.test(l))) text = text.replace(/^[ \t]*(?:\|[ \t]*)+(?=\S)/gm, '').replace(/[ \t]*\|[ \t]*$/gm, '');
  // "The five providers with the highest spend were:" over a bulleted list: the list is the answer.
  const listed = /^[^\n]{0,160}:[ \t]*\r?\n((?:[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+[^\n]+\r?\n?){2,})/.exec(text.trim());
  if (listed) {
    const list = listed[1]!.split(/\r?\n/).map((l) => l.replace(/^[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+/, '').replace(/[.;,]\s*$/, '').trim()).filter((l) => l.length > 0);
    if (list.length >= 2) return { value: cut(list.join('; '), 300), confidence: 0.7 };
  }
  // "1. Building materials and hardware" / "2. Vehicle parts and servicing": the answer a list from its first line.
  const own = /^(?:[ \t]*(?:\d{1,2}[.)]|[-•*·–])[ \t]+[^\n]+(?:\r?\n|$)){2,}/.exec(text.trim());
  if (own) {
    const list = own[0].split(/\r?\n/).map((l) => l.replace(/^[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+/, '').replace(/[.;,]\s*$/, '').trim()).filter((l) => l.length > 0);
    if (list.length >= 2) return { value: cut(list.join('; '), 300), confidence: 0.7 };
  }
  // "We have :-" over "6 x electric vans." / "3 x hybrid cars.": a short lead over lines of
  // their own without bullets, the same.
  const plain = /^[^\n]{0,60}:-?[ \t]*\r?\n((?:[ \t]*[^\s][^\n]{0,100}(?:\r?\n|$)){2,8})(?:[ \t]*\r?\n|$)/.exec(text.trim());
  // (Not a sentence hard-wrapped after "These are:", its lines running on in lower case.)
  const rows = plain ? plain[1]!.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0) : [];
  const runsOn = rows.slice(0, -1).filter((l, i) => /[\p{Ll},]$/u.test(l) && /^[\p{Ll}(]/u.test(rows[i + 1]!)).length;
  if (plain && runsOn * 2 < rows.length - 1) {
    const list = plain[1]!.split(/\r?\n/).map((l) => l.replace(/[.;,]\s*$/, '').trim()).filter((l) => l.length > 0);
    if (list.length >= 2) return { value: cut(list.join('; '), 300), confidence: 0.7 };
  }
  const paras = text.replace(/^[ \t]*(?:>[ \t]?)+/gm, '').trim().split(/\r?\n[ \t]*\r?\n/);
  // "… rests with:" / (a blank line) / "A. Name" / "Head of …": the lines below the lead are the answer.
  if (paras.length >= 2 && /:\s*$/.test(paras[0]!) && !paras[0]!.includes('\n')) {
    const below = paras[1]!.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    if (below.length >= 1 && below.length <= 8 && below.every((l) => l.length <= 80)) return { value: cut(below.map((l) => l.replace(/^(?:[-•*·–]|\d{1,2}[.)])[ \t]+/, '').replace(/[.;,]\s*$/, '')).join('; '), 300), confidence: 0.7 };
  }
  const para = paras[0] ?? '';
  // A hard wrap continues in lower case; a new line in upper case is the next item of a list.
  // (So does a line left hanging on "is": "… the full name of the authority, which is" / "Brinscombe District Council.",
  // or on a word that cannot end a sentence: "… is that the" / "Register can only be searched …"; "… reviewed once since" /
  // "2020.".)
  let joined = para.replace(/(\w)-\r?\n[ \t]*(?=[a-z])/g, '$1').replace(/[ \t]*\r?\n[ \t]*(?=[a-z(])/g, ' ').replace(/\b(is|are|was|the|a|an|of|to|and|or|that|with|for|by|from|which|our|its|their|since|in|on|at|until|during|between|than)[ \t]*\r?\n[ \t]*(?=\S)/g, '$1 ').split(/\r?\n/)[0]!.trim();
  // "Chief Nurse" / "Head of Patient Experience" / "Estates Manager": short lines of their own, each
  // in capitals and none ending a sentence, are a list with no lead; the answer is all of it.
  const items = para.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (items.length >= 2 && items.length <= 12 && items[0] === joined && items.every((l) => l.length <= 80 && /^[\p{Lu}\d]/u.test(l)) && items.slice(0, -1).every((l) => !/[.!?:;,]$/.test(l))) {
    return { value: cut(items.map((l) => l.replace(/[.;,]\s*$/, '')).join('; '), 300), confidence: 0.7 };
  }
  // "1. End of a tenancy; 2. Family no longer able to accommodate; 3. Domestic abuse": a ranked list on one line.
  if (/^(?:1[.)]|\(1\))\s+\S.*?[;,]?\s+(?:2[.)]|\(2\))\s+\S/.test(joined)) {
    const list = joined.split(/\s*[;,]?\s*(?:\b\d{1,2}[.)]|\(\d{1,2}\))\s+/).map((l) => l.replace(/[.;,]\s*$/, '').trim()).filter((l) => l.length > 0);
    if (list.length >= 2) return { value: cut(list.join('; '), 300), confidence: 0.7 };
  }
  // "… the full range of services, including Education, Adult Social Care, …, and Libraries.": the list.
  const flat = para.replace(/\s*\r?\n\s*/g, ' ');
  // ("Key services include adult social care, children's services, …": the same.)
  // ("…, including: adult social care; children's services; …": a list set off by semicolons.)
  const including = /\b(?:including|includes?|such\s+as|namely):?\s+((?:[^.()]|\([^()]*\))+?)(?:\.(?=\s|$)|$)/i.exec(flat);
  // (Not "…, housing benefit, licensing including taxi and private hire, …": a list already under way.)
  if (including && (flat.slice(0, including.index).match(/,/g)?.length ?? 0) <= 1) {
    const by = (including[1]!.match(/;/g)?.length ?? 0) >= 2 ? /\s*;\s*(?:and\s+)?/ : /\s*,\s*(?:and\s+)?/;
    const list = including[1]!.split(by).map((l) => l.trim()).filter((l) => l.length > 0);
    if (list.length >= 4 && list.every((l) => l.split(/\s+/).length <= 7)) return { value: cut(list.join('; '), 400), confidence: 0.7 };
  }
  // (Not at an abbreviation's stop: "licensing (incl. taxi licensing), council tax, …".)
  // (Nor at a single capital's: "… coliform bacteria and E. coli.")
  // ("I can confirm that the Council does hold this information. The data collected is set by …":
  // the first sentence says only that the information is held; the answer is the next. A sentence
  // alone is kept: the pattern needs one after it.)
  const heldFirst = HELD_ONLY_RE.exec(joined);
  if (heldFirst) joined = joined.slice(heldFirst[0].length);
  // ("Reviews are allocated by the team manager. Where …, the review goes to … . Complex cases are
  // referred to …": an account in several sentences, the paragraph hard-wrapped or not.)
  if (account) return { value: cut(flat.trim().replace(HELD_ONLY_RE, ''), 400), confidence: 0.7 };
  let sentence = /^.{1,200}?(?<!\b(?:[Ii]ncl|[Ee]xcl|[Aa]pprox|[Ee]\.g|[Ii]\.e|[Nn]os?|[Ee]sp))(?<!\b[A-Z](?=\.\s+[a-z]))[.!?](?=\s|$)/.exec(joined)?.[0] ?? joined;
  const named = NAME_LEAD.exec(sentence);
  if (named) sentence = sentence.slice(named[0].length).replace(/\.$/, '');
  else {
    // "Turning first to questions 1 to 3, the full official name of the authority is Wenlow
    // District Council.": the name after the words that ask for it, wherever they stand.
    const inside = NAME_INSIDE.exec(sentence);
    if (inside) sentence = inside[1]!.trim();
  }
  const value = cut(sentence, 200);
  return value ? { value, confidence: 0.7 } : { ...NONE };
}

/** At most `max` characters, cut at a word boundary when one is near. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s.trim();
  const head = s.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max * 0.7 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/, '').trim();
}

// ---- entry point ---------------------------------------------------------------------

/** "payments over £250", "spend above £500", "contracts of more than £5,000": a list's threshold. */
export const THRESHOLD_SUM = /\b(?:payments?|transactions?|spend(?:ing)?|expenditure|invoices?|purchases?|contracts?|items?|orders?|grants?)\s+(?:(?:made|paid|valued|worth)\s+)?(?:over|above|exceeding|of\s+more\s+than|greater\s+than|in\s+excess\s+of|more\s+than)\s+£\s?[\d,]+(?:\.\d+)?(?:\s?(?:k|m|million))?/gi;

/**
 * "Medium Term Financial Plan 2015/16-2019/20 (PDF, 340KB)": a line that names a document with its
 * file type and size is a link's title; its figures are the document's, not an answer.
 */
export const DOCUMENT_LINK_LINE_RE = /^[^\n]*\((?:pdf|word|docx?|xlsx?|excel|csv|odt|ods|html?)\b[^()\n]{0,12}?\d[\d.,]*\s?[km]b\)[^\n]*$/gim;

/** Links, link references and Act citations carry digits that are never the value. */
function maskCitations(text: string): string {
  // The Act's or the Regulations' year first, and a section or regulation number is one or two
  // digits on its own: "Regulations 2004" is a title, never "Regulations 20" and a figure 4.
  return text
    .replace(DOCUMENT_LINK_LINE_RE, ' ')
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi, ' ')
    // "the Covid-19 outbreak": a disease's name.
    .replace(/\b(?:covid|sars-cov)-?\d{1,2}\b/gi, ' covid ')
    // ("… are included in the figure at 3 and are not recorded separately": another answer, named.)
    // (Not a line that gives the question's total: "Total for Q10 - £421,595,000".)
    .replace(/\b(?:the\s+)?(?:figures?|totals?|answers?|responses?)\s+(?:given\s+)?(?:at|in|for|under)\s+(?:(?:question|point|item)\s+)?(?:q\s?)?\d{1,3}[a-z]?\b(?![.,]\d|\s*%|\s*[:=–—-]\s*£?\s?\d)/gi, ' ')
    // "Payments over £250 are published monthly": a published list's threshold.
    .replace(THRESHOLD_SUM, ' ')
    // A reference such as "CDC/25/0311" or "FOI-2024-118": capitals, then digits joined by / or -.
    .replace(/\b[A-Z]{2,}[A-Za-z]*\d*(?:[/-][A-Za-z0-9]+)*[/-]\d+[A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*/g, ' ')
    .replace(/\[\d{1,3}\]/g, ' ')
    .replace(/\b(?:act|regulations|law)\s+(?:19|20)\d\d\b/gi, ' ')
    // ("Article 3 of the Freedom of Information (Jersey) Law 2011", "Article 42(a)", GDPR's "Article
    // 6(1)(e)": a law's article, never a figure.)
    .replace(/\barticles?\s*\d{1,3}(?!\d)(?:\s*\(\s*\d{1,2}\s*\))?(?:\s*\(\s*[a-z]\s*\))?/gi, ' ')
    // ("FOISA s 16(1)": an "s" and a space, then the section with its subsection.)
    // ("no section 21A challenges": a section with its letter, "21A", the same.)
    .replace(/\b(?:sections?\s*|s\.\s?|s(?=\d)|s\s(?=\d{1,2}\s?\(\s?\d\s?\)))\d{1,2}(?!\d)(?:[A-Z]\b)?(?:\s*\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?/gi, ' ')
    .replace(/\b(?:regulations?|reg\.)\s*\d{1,2}(?!\d)(?:\s*\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?/gi, ' ')
    // "adran 43(2)", "under 40(2)": an exemption's number with its subsection, whatever word (or
    // language) comes before it.
    .replace(/\b(?:1[24]|2[1-9]|3\d|4[0-4])\(\d\)(?:\s?\([a-z]\))?/g, ' ');
}

/** "… and, if it does, the name of that contractor", "If so, which company?": a name asked after a yes. */
const NAME_IF_SO_RE = /\bif\s+(?:so|yes|it\s+does|they\s+do|one\s+is)\s*,?\s+(?:(?:please\s+)?(?:give|provide|state)\s+)?(?:the\s+names?\b|which\s+(?:one|company|companies|contractor|supplier|provider|firm)\b|what\s+is\s+(?:its|their|the)\s+name\b|who\s+(?:is|are|provides?|supplies)\b)/i;

/** "…? If so, how much are these?", "If yes, what is the fee?": the sum asked after a yes. */
const HOW_MUCH_IF_SO_RE = /(?:\?|\band)\s*if\s+(?:so|yes)\s*,?\s+(?:how\s+much\b|what\s+(?:is|are|was|were)\s+the\s+(?:amounts?|costs?|fees?|charges?|sums?|fines?)\b)/i;

/** A leading Yes/No → yes-no; £ → money; % → percent; a figure → number; else text. */
function inferType(text: string): QuestionType {
  if (YES_LEAD.test(text) || /^[\s"'(*-]*no\b(?![-'/])/i.test(text)) return 'yes-no';
  if (/£\s?\d|\d\s?(?:k|m|bn)?\s?(?:pounds|gbp)\b/i.test(text)) return 'money';
  if (/\d\s?(?:%|per\s?cent\b)/i.test(text)) return 'percent';
  if (findFigures(text).some((f) => !isIncidental(text, f))) return 'number';
  return 'text';
}

/** A line that opens with a year and gives a figure: "2023/24 = £241,773", "2022-23: 127", "2021 – 58". */
const YEAR_ROW_RE = /^[ \t\f]*\|?[ \t]*(?:[-•*·▪◦][ \t]*|\(?(?:[ivx]{1,4}|[a-h])\)[ \t]*)?(?:(?:in|for|as\s+at|at)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+)?(?:fy\s*)?((?:19|20)\d\d)(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?(?:\s*[–-]\s*(?:19|20)\d\d)?[ \t]*(?:[:=|–—-][ \t]*|[ \t]+)(?![–—-]?\s*(?:19|20)\d\d\b)(?=[^\n]*(?:\d|\b(?:nil|none|zero)\b))([^\n]+)$/gim;

/** Cheap gate: a line after the first that opens with a year. */
const YEAR_LINE_START = /\n[ \t]*\|?[ \t]*(?:[-•*·▪◦][ \t]*|\(?(?:[ivx]{1,4}|[a-h])\)[ \t]*)?(?:(?:in|for|as\s+at|at)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+)?(?:fy\s*)?(?:19|20)\d\d/i;

/**
 * The years a question names ("in 2024/25"), not the first year of a run it asks about ("per year
 * beginning in 2014", "since 2019", "from 2020 onwards").
 */
function yearsNamed(question?: Question): number[] {
  // ("in the period 2015 to 2020" is a run of years too: it names none of them.)
  // ("… in each of these years. For example, £1 million for two redundancies in 2008-09?": a year
  // in the requester's example is not the one asked.)
  const text = (question?.text ?? '').replace(/\(\s*(?:e\.g\.?|for\s+example|for\s+instance|such\s+as)[^()]*\)|\b(?:for\s+example|e\.g\.|for\s+instance)[^.?!()]*/gi, ' ').replace(/\b((?:19|20)\d\d)\s*(?:to|until|[–-])\s*((?:19|20)\d\d)\b/g, (all, a: string, b: string) => (Number(b) === Number(a) + 1 ? all : ' ')).replace(/\b(?:since|from|beginning(?:\s+in)?|starting(?:\s+in)?|commencing(?:\s+in)?)\s+(?:(?:the\s+)?(?:financial\s+|calendar\s+)?year\s+)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?(?!\s*(?:[/–-]|to|and|until)\s*(?:19|20)?\d\d)\b|\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\s+onwards?\b/gi, ' ');
  return [...text.matchAll(/\b((?:19|20)\d\d)(?:\s*(?:[/–-]|to)\s*(?:\d{2}|\d{4}))?\b/g)].map((m) => Number(m[1]));
}

/**
 * Little before the rows (one per year or month) and nothing between them: they are the answer (a
 * note may follow). ("(1) The number of licences in force during the period … is as follows:-": a
 * lead that points to the rows below may be long.)
 */
function rowsAreTheAnswer(text: string, found: RegExpMatchArray[], rowRe: RegExp): boolean {
  const first = found[0]!.index!;
  const last = found[found.length - 1]!;
  // (A page's running footer may fall between the rows of a PDF: "… – IR-2025-04417   Page 1 of 3".)
  const between = text.slice(first, last.index! + last[0].length).replace(rowRe, '').replace(/^[^\n]*\bpage\s+\d{1,3}\s+of\s+\d{1,3}[^\n]*$/gim, '').replace(/\s+/g, ' ').trim();
  // (A column header under the pointer, "… the table below:" / "Year Season Tickets", is no lead of its own;
  // nor a long one, "Financial Year Number of staff taking Voluntary Early Release".)
  // ("Year" / "" / "Spend": a header cell per line.)
  const lead = text.slice(0, first).replace(/(?:\n[ \t]*[A-Za-z][A-Za-z ()/&-]{0,70}\s*){1,3}$/, '').replace(/\s+/g, ' ').trim();
  const pointsBelow = /(?:\bas\s+follows|\bbelow|:)\s*[:–—-]?$/i.test(lead);
  // ("Please see below. The stays are counted … For example, 61 days …", "The spend is given
  // below; note that …" and a paragraph of notes: a lead that points to the rows may go on
  // to explain them, an example figure included.)
  const pointsInside = /\b(?:(?:refer\s+to|see)\s+(?:the\s+)?(?:(?:table|figures|information)\s+)?below|(?:has|have|is|are)\s+been\s+(?:provided|given|set\s+out|listed|shown)\s+below)\b/i.test(lead);
  return !(lead.length > 80 && !(lead.length <= 300 && pointsBelow) && !(lead.length <= 600 && pointsInside)) && between.length === 0;
}

/** A line that is only a year (a note in brackets allowed), then, after blank lines, a line that is only a figure. */
const YEAR_CELL_THEN_FIGURE_RE = /^([ \t]*(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*([£$€]?[ \t]?\d[\d,.]*(?:[ \t]?(?:%|[a-z]{1,10}))?)[ \t]*$/gim;

/** The line of a per-year answer (two or more lines, each a year and its figure) for the year asked, or the latest. */
function yearRow(text0: string, question?: Question): { text: string; named: boolean } | null {
  // "2022/23 £1,204,310; 2023/24 £1,311,870; 2024/25 £1,398,560": the rows on one line.
  // ("2021/22 - 29 days, 2022/23 - 33 days, 2023/24 - 31 days" likewise.)
  // ("2021/2022" / "" / "£412,220" / "" / "2022/2023" / "" / "£430,915": a table flattened one
  // cell per line, each year's cell above its figure's.)
  // ("Employees: 2016-17 £90.1m;" / "2017-18 £88.4m.": the rows' title before the first of them.)
  const text = text0
    .replace(/[;,][ \t]+(?=(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?[ \t]*[:=–—-]?[ \t]*£?\s?\d)/gi, '\n')
    .replace(/^([ \t]*\p{L}[^\n:\d]{0,40}):[ \t]+(?=(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?[ \t]*[:=–—-]?[ \t]*£?\s?\d[^\n]*\n[ \t]*(?:fy\s*)?(?:19|20)\d\d)/giu, '$1:\n')
    .replace(YEAR_CELL_THEN_FIGURE_RE, '$1 - $2');
  if (!YEAR_LINE_START.test(text)) return null;
  const found = [...text.matchAll(YEAR_ROW_RE)];
  // ("2025/26 (to date). £418": the note on the year is no part of its figure.)
  const rows = found.map((m) => ({ year: Number(m[1]), text: m[2]!.replace(/^\([^()\n]{1,24}\)[.:,]?\s*/, '') }));
  if (rows.length < 2 || new Set(rows.map((r) => r.year)).size !== rows.length) return null;
  if (!rowsAreTheAnswer(text, found, YEAR_ROW_RE)) return null;
  const named = yearsNamed(question);
  const hit = named.length === 1 ? rows.find((r) => r.year === named[0]) : undefined;
  if (hit) return { text: hit.text, named: true };
  return { text: rows.reduce((a, b) => (b.year > a.year ? b : a)).text, named: false };
}

/** "We have no recorded collisions …", "There were no recorded incidents of …", "None recorded.": a count of none recorded, not records missing. */
export const NONE_RECORDED_RE = /^\W*(?:(?:we\s+have|there\s+(?:is|are|was|were|have\s+been|has\s+been))\s+no\s+recorded\s+(?!(?:data|information|figures?|statistics|details|records?|breakdown|costs?|spend|expenditure)\b)[a-z]+|none\s+(?:recorded|were\s+recorded)\s*(?:[.;]|$))/i;

/** Words that put a year in a phrase of time: "in 2024", "since 2019", "March 2025", "the 2024 records". */
const DATED_BEFORE_RE = /\b(?:in|on|for|since|during|from|until|by|of|the|before|after|pre|post|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i;
const ROMAN_ORDER = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
const MONTH_ORDER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A line that opens with a month and its year and gives a figure: "April 2021 = 76", "Mar-22: £1,200". */
const MONTH_ROW_RE = /^[ \t]*(?:[-•*·▪◦][ \t]*)?(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[ \t-]*((?:19|20)?\d\d)[ \t]*(?:[:=–—-][ \t]*|[ \t]+)(?=[^\n]*\d)([^\n]+)$/gim;

/** "April 2021 = 76" … "March 2022 = 99", one line each (blank lines between allowed): the latest month's line. */
function monthRow(text: string): { text: string; named: boolean } | null {
  if (!/\n[ \t]*(?:[-•*·▪◦][ \t]*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) return null;
  const found = [...text.matchAll(MONTH_ROW_RE)];
  const rows = found.map((m) => {
    const y = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return { at: y * 12 + MONTH_ORDER.indexOf(m[1]!.slice(0, 3).toLowerCase()), text: m[3]! };
  });
  if (rows.length < 3 || new Set(rows.map((r) => r.at)).size !== rows.length) return null;
  if (!rowsAreTheAnswer(text, found, MONTH_ROW_RE)) return null;
  return { text: rows.reduce((a, b) => (b.at > a.at ? b : a)).text, named: false };
}

/**
 * "(23/24 = £3,911,176 24/25 = £3,682,000 25/26 to 7th Jan = £2,417,458)": a figure per year given
 * inline, each year and its figure joined by "=" or ":". The year asked, else the latest.
 * ("2016-17: £52.4m | 2017-18: £54.9m": a figure's "m" is part of it.)
 */
const INLINE_YEAR_PAIR_RE = /(?:^|[\s(,;])((?:19|20)?\d\d)\s?[/–-]\s?(\d\d(?:\d\d)?)\b[^=:\n£()]{0,20}?\s?[=:]\s?(£?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion)\b)?)/gi;

/** A figure, a few words at most, then an opening bracket: "181 (…", "£31,650 in all (…". */
const TOTAL_THEN_BREAKDOWN_RE = /^\W*£?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion)\b)?(?:\s*[a-z%]+){0,3}\s*\(/i;

function inlineYearPairs(text: string, question?: Question): { text: string; named: boolean } | null {
  if (!/[=:]/.test(text)) return null;
  // ("181 (22/23: 57; 23/24: 61; 24/25: 63)": the figure before the brackets is the total, the pairs its breakdown.)
  if (TOTAL_THEN_BREAKDOWN_RE.test(text)) return null;
  const rows = [...text.matchAll(INLINE_YEAR_PAIR_RE)].map((m) => ({ year: m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]), text: m[3]! }));
  if (rows.length < 2 || new Set(rows.map((r) => r.year)).size !== rows.length) return null;
  const named = yearsNamed(question);
  const hit = named.length === 1 ? rows.find((r) => r.year === named[0]) : undefined;
  if (hit) return { text: hit.text, named: true };
  return { text: rows.reduce((a, b) => (b.year > a.year ? b : a)).text, named: false };
}

/** A list of three or two items: "19, 24 and 30", "2022/23, 2023/24 and 2024/25". */
const listOf = (item: string): string => String.raw`${item}(?:\s*,\s*${item})*\s*,?\s+and\s+${item}`;
// (Thousands grouped by threes, so that no comma is both a figure's and the list's: "1,1,1,…" stays linear.)
const RESPECTIVE_FIGURE = String.raw`£?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:k|m|bn|million)\b)?`;
const RESPECTIVE_YEAR = String.raw`(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?`;
/** "We removed 19, 24 and 30 vehicles (2022/23, 2023/24 and 2024/25 respectively)": figures, then their years, "respectively". */
const RESPECTIVELY_RE = new RegExp(String.raw`(${listOf(RESPECTIVE_FIGURE)})\b[^.;\d]{0,80}?\b(${listOf(RESPECTIVE_YEAR)})\)?,?\s+respectively\b`, 'i');

/** "311 (2023/24)": a figure, its year in brackets after it. */
const FIGURE_YEAR_BRACKET_RE = new RegExp(String.raw`(?<![\d/])(${RESPECTIVE_FIGURE})\s*\((${RESPECTIVE_YEAR})\)`, 'gi');

/**
 * The figure for the year asked (else the latest) of figures given for years "respectively", or
 * each with its year in brackets after it.
 */
function respectiveYears(text: string, question?: Question): { text: string; named: boolean } | null {
  let rows: { year: number; text: string }[];
  const m = /\brespectively\b/i.test(text) ? RESPECTIVELY_RE.exec(text) : null;
  if (m) {
    const figures = m[1]!.match(new RegExp(RESPECTIVE_FIGURE, 'gi')) ?? [];
    const years = (m[2]!.match(new RegExp(RESPECTIVE_YEAR, 'g')) ?? []).map((y) => Number(y.slice(0, 4)));
    if (figures.length !== years.length) return null;
    rows = years.map((year, i) => ({ year, text: figures[i]! }));
  } else {
    // ("311 (2023/24) and 298 (2024/25)": each figure with its year in brackets after it.)
    rows = [...text.matchAll(FIGURE_YEAR_BRACKET_RE)].map((x) => ({ year: Number(x[2]!.slice(0, 4)), text: x[1]! }));
    if (rows.length < 2) return null;
  }
  if (new Set(rows.map((r) => r.year)).size !== rows.length) return null;
  const named = yearsNamed(question);
  const hit = named.length === 1 ? rows.find((r) => r.year === named[0]) : undefined;
  if (hit) return { text: hit.text, named: true };
  return { text: rows.reduce((a, b) => (b.year > a.year ? b : a)).text, named: false };
}

/**
 * "Ashby Birch Cedar 2020 12 30 18 2021 15 28 22 2022 19 33 25": a table of a
 * row per year flattened onto one line, each year followed by the same number of bare figures,
 * the years one after another. The year asked, else the latest; its first cell.
 */
function inlineYearRows(text: string, question?: Question): { text: string; named: boolean } | null {
  const tokens = text.replace(/[|,;]/g, ' ').split(/\s+/).filter(Boolean);
  const isYear = (t: string) => /^(?:19|20)\d\d$/.test(t);
  const isFigure = (t: string) => /^\d+(?:\.\d+)?$/.test(t) && !isYear(t);
  let rows: { year: number; cells: string[] }[] = [];
  let next = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isYear(tokens[i]!)) continue;
    const cells: string[] = [];
    let j = i + 1;
    while (j < tokens.length && isFigure(tokens[j]!)) cells.push(tokens[j++]!);
    const year = Number(tokens[i]);
    const last = rows[rows.length - 1];
    // (The run ends at anything else: a word between rows, a year out of sequence (years run up or
    // down one at a time), a row of another width.)
    const step = rows.length >= 2 ? rows[1]!.year - rows[0]!.year : year - (last?.year ?? 0);
    if (last && (i !== next || Math.abs(year - last.year) !== 1 || year - last.year !== step || cells.length !== last.cells.length)) {
      if (rows.length >= 3) break;
      rows = [];
    }
    if (cells.length > 0) rows.push({ year, cells });
    next = j;
    i = j - 1;
  }
  if (rows.length < 3) return null;
  const named = yearsNamed(question);
  const hit = named.length === 1 ? rows.find((r) => r.year === named[0]) : undefined;
  if (hit) return { text: hit.cells[0]!, named: true };
  return { text: rows.reduce((a, b) => (b.year > a.year ? b : a)).cells[0]!, named: false };
}

const YEAR_TOKEN = String.raw`((?:19|20)\d\d)(?:\s?[/–-]\s?\d{2}(?:\d{2})?)?`;
const FIGURE_TOKEN = String.raw`((?:£\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|m\b|bn\b|k\b|million\b|billion\b)?)`;
/** "£58.1m in 2016-17 and £60.4m in 2017-18": a figure followed by the year it is for. */
const FIGURE_THEN_YEAR_RE = new RegExp(String.raw`${FIGURE_TOKEN}\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?${YEAR_TOKEN}`, 'gi');
/** "In 2016-17 it was £58.1m": the year, then its figure a few words on. */
const YEAR_THEN_FIGURE_RE = new RegExp(String.raw`\b(?:in|for|during)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?${YEAR_TOKEN},?\s+(?:[a-z]+\s+){0,4}?${FIGURE_TOKEN}`, 'gi');

/**
 * A sentence that gives one figure for each of two or more years ("£58.1m in 2016-17 and £60.4m
 * in 2017-18"): the figure for the one year the question names. Null unless it names exactly one
 * and the sentence gives it.
 */
function proseYearFigure(text: string, question?: Question): { text: string; named: boolean } | null {
  const named = yearsNamed(question);
  if (named.length !== 1 || text.length > 600) return null;
  const pairs = [
    ...[...text.matchAll(FIGURE_THEN_YEAR_RE)].map((m) => ({ year: Number(m[2]), figure: m[1]! })),
    ...[...text.matchAll(YEAR_THEN_FIGURE_RE)].map((m) => ({ year: Number(m[1]), figure: m[2]! })),
  ].filter((p) => !/^(?:19|20)\d\d$/.test(p.figure.trim()));
  if (new Set(pairs.map((p) => p.year)).size < 2) return null;
  const hit = pairs.filter((p) => p.year === named[0]);
  return hit.length === 1 ? { text: hit[0]!.figure, named: true } : null;
}

/** Lettered parts inside one question's sentence: "a) sites and b) plots", "(a) staff (b) agency workers". */
const INLINE_PARTS_ASKED_RE = /(?:^|[\s,:;])\(?a\)\s+[^?]*?[\s,;]\(?b\)\s+\S/i;

/**
 * For a question asking a sum of money (or a number, answered only in sums of money): the one
 * figure (three or more in the text, years and incidental figures aside) that is the sum of all
 * the others, to within half a percent; undefined when none is, or the text corrects an earlier
 * answer. Offered: the reading rests on arithmetic, not words.
 */
function sumOfTheOthers(text: string, moneyOnly: boolean): Figure | undefined {
  // ("The correct figure is £312,600. The £1,284,000 previously given wrongly included £971,400":
  // a correction's old figure is no total.)
  if (CORRECTION_RE.test(text)) return undefined;
  const all = findFigures(text).filter((f) => !isIncidental(text, f) && !looksLikeYear(f) && !/^\s?(?:%|per\s?cent)/i.test(text.slice(f.end, f.end + 9)));
  if (all.length < 3 || all.length > 12 || (moneyOnly && !all.every((f) => f.money))) return undefined;
  const total = all.reduce((sum, f) => sum + f.value, 0);
  const hits = all.filter((f) => f.value > 0 && Math.abs(total - 2 * f.value) <= f.value * 0.005);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Words of a correction to an earlier answer. */
const CORRECTION_RE = /\b(?:correct(?:ed|ion)?|previously|wrongly|incorrect(?:ly)?|should\s+(?:read|have\s+been)|amended|revised)\b/i;

/** A table's total row: "Total" (its own line or cell) and then a figure, on its line or a line or two below. */
const TOTAL_ROW_RE = /(?:^|\n)[ \t\u00a0|]*(?:grand\s+|overall\s+)?total\b[^\n\d£]{0,30}(?:\r?\n[ \t\u00a0]*){0,3}[:=–|-]?[ \t]*£?\s?\d/i;

/** Read a typed value from answer text according to the question's type. Never throws. */
/** "…, and no compliance notices were served" / "nor were any penalty notices served": a clause of none; the things counted in group 1 or 2. */
const NONE_CLAUSE_RE = /(?:[,;]\s*(?:and|but|so)\s+|;\s*)no\s+((?:[\w-]+\s+){0,6}?[\w-]+)\s+(?:have|has|had|were|was)\s+(?:been\s+)?(?:[a-z]+(?:ed|en)|made|paid|found|sent|brought|lost)\b|(?:^|[,;]\s*|\.\s+)nor\s+(?:were|was|have|has|had)\s+any\s+((?:[\w-]+\s+){0,6}?[\w-]+)\s+(?:been\s+)?(?:[a-z]+(?:ed|en)|made|paid|found|sent|brought|lost)\b/i;

/** A word in lower case, its plural "s" aside. */
const singular = (w: string): string => w.toLowerCase().replace(/s$/, '');

/** Whether the words just after a figure ("sandbag storage points …") open with what the question counts ("how many sandbag storage points …"). */
function namesCounted(after: string, question: Question | undefined): boolean {
  const counted = /\b(?:how\s+many|number\s+of)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(question?.text ?? '')?.[1]?.toLowerCase().split(/\s+/).filter((w) => w.length >= 4) ?? [];
  const next = /^\s+([a-z-]+)(?:\s+([a-z-]+))?/i.exec(after);
  if (!next || counted.length === 0) return false;
  return [next[1], next[2]].some((w) => w !== undefined && counted.some((c) => singular(c) === singular(w)));
}

/** Whether a phrase and a question share a word of substance (four letters or more, its plural aside). */
function sharesWord(phrase: string, question: string): boolean {
  const asked = new Set((question.match(/[A-Za-z]{4,}/g) ?? []).map(singular));
  return (phrase.match(/[A-Za-z]{4,}/g) ?? []).some((w) => asked.has(singular(w)));
}

export function parseValue(text: string, question?: Question, codes?: Record<string, string[]>): ParsedValue {
  return readValue(text, question, codes, true);
}

function readValue(text: string, question: Question | undefined, codes: Record<string, string[]> | undefined, sums: boolean): ParsedValue {
  // ("the remaining thirty-" / "eight exchange data": a number in words hyphenated over a line break.)
  if (/-[ \t]*\r?\n/.test(text)) text = text.replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[ \t]*\r?\n[ \t]*(one|two|three|four|five|six|seven|eight|nine)\b/gi, '$1-$2');
  try {
    if (typeof text !== 'string') return { ...NONE };
    // "£41.6 mil-" / "lion": a scale word hyphenated at the end of a line (PDF text) is one word.
    const t = fold(text.length > MAX_READ ? text.slice(0, MAX_READ) : text).replace(/\b([mb]il)-[ \t]*\r?\n[ \t>]*(lion)\b/gi, '$1$2').trim();
    if (t.length === 0) return { ...NONE };
    const figures = maskCitations(t);
    const type = question?.type ?? inferType(figures);
    // "£6,840, which is a £5,000 grant … plus £1,840 of hospitality", "£96,300 across the three
    // years (2022/23 £41,900; 2023/24 £30,150; 2024/25 £24,250)": one figure the sum of all the others
    // is the total the answer gives (offered), unless the usual reading already gives it.
    // (Sums of money only: "Of the 540 …, 486 were …" counts a part out of its whole. Not over the
    // row of the year the question names.)
    if (sums && (type === 'money' || type === 'number') && !yearRow(figures, question)?.named) {
      const whole = sumOfTheOthers(figures, type === 'number');
      if (whole) {
        const usual = readValue(text, question, codes, false);
        return usual.value === whole.value ? usual : { value: whole.value, confidence: 0.8, several: true, unit: 'GBP' };
      }
    }
    // "2022/23 = £161,694" / "2023/24 = £241,773" / "2024/25 = £263,502": a figure per year, one
    // line each. The year the question names, else the latest (offered: the question names none).
    if (type === 'number' || type === 'money' || type === 'percent' || type === 'duration') {
      const row = yearRow(figures, question) ?? monthRow(figures) ?? inlineYearPairs(figures, question) ?? inlineYearRows(figures, question) ?? respectiveYears(figures, question) ?? proseYearFigure(figures, question);
      // ("2018" / "£512,030.50" … "2022" / "£426,063.21" / "Total" / "£2,262,101.41": with no year
      // named, the rows' own total answers, not the latest row.)
      if (row && (row.named || !TOTAL_ROW_RE.test(figures))) {
        const r = type === 'number' ? readNumber(row.text, question) : type === 'money' ? readMoney(row.text, question) : type === 'duration' ? readDuration(row.text, question) : readPercent(row.text);
        if (r.value !== null) return row.named ? r : { ...r, several: true };
      }
    }
    // ("Ranged from 12% to 30% across the year", "Varies widely; the statutory minimum is ten working
    // days": one figure asked, a span or a variation given; no one figure of its own.)
    if ((type === 'number' || type === 'money' || type === 'percent' || type === 'duration') && SPAN_GIVEN_RE.test(figures) && !AVERAGE_SAID_RE.test(figures)) return { ...NONE, ...unitOf(question) };
    // ("How many allotment a) sites and b) plots do you have?": two counts asked as one question; the
    // figure read is one of them (offered).)
    const twoAsked = (r: ParsedValue): ParsedValue => (r.value !== null && INLINE_PARTS_ASKED_RE.test(question?.text ?? '') ? { ...r, several: true } : r);
    switch (type) {
      case 'number': return twoAsked(readNumber(figures, question));
      case 'money': return twoAsked(readMoney(figures, question));
      case 'percent': return twoAsked(readPercent(figures));
      case 'year': return readYear(figures, question);
      case 'duration': return readDuration(figures, question);
      case 'yes-no': {
        // "Do you charge any fees in addition …? If so, how much are these?" / "The environmental fee
        // is £67, …": asked yes or no and then how much, the sum given is the answer.
        if (HOW_MUCH_IF_SO_RE.test(question?.text ?? '') && /£\s?\d/.test(t)) {
          const sum = parseValue(text, { ...question!, type: 'money' }, codes);
          if (sum.value !== null) return { ...sum, confidence: Math.min(sum.confidence, 0.7) };
        }
        const r = readYesNo(t);
        // ("Does the council use an external contractor and, if it does, the name of that
        // contractor?" / "Yes. Enforcement is carried out by Civic Patrol Services Ltd.": the name
        // asked after a yes is the answer.)
        if (r.value === 'Yes' && NAME_IF_SO_RE.test(question?.text ?? '')) {
          const company = COMPANY_NAMED_RE.exec(t)?.[0].replace(/^(?:The|A|An|By|With|To)\s+/, '');
          if (company) return { value: company, confidence: Math.min(r.confidence, 0.8) };
        }
        // "We are aware that there is NO RAAC in any part of the school" for "Are you aware if there is
        // RAAC …?": the question's verb said back, then what it asks about denied.
        if (r.value === 'Yes' && r.confidence < 0.9 && /\bthat\s+there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\b/i.test(t)) return { value: 'No', confidence: 0.7 };
        // "The Council does not use a CRM system. A CRM was considered in 2011, …" for "Has a CRM
        // ever been considered?": a "no" said of something else, before the sentence in the
        // question's own words.
        if (question?.text && r.value !== null && r.confidence <= 0.75) {
          const later = keySentence(t, question.text);
          const v = later ? statedYesNo(later, question.text) : null;
          if (v && v.value !== null) return v;
        }
        // ("Do you think the council is prepared for …?" / "The Authority is undertaking a pilot …": an
        // opinion asked, and a statement of what is done given; a yes read from it is a reading.)
        if (r.value !== null && r.confidence < 0.9 && OPINION_ASKED_RE.test(question?.text ?? '')) return { ...r, confidence: Math.min(r.confidence, 0.6), inferred: true };
        return r.value === null && question?.text ? statedYesNo(t, question.text) : r;
      }
      case 'choice':
      case 'multi-choice': {
        const choices = resolveChoices(question, codes);
        // "5) (ii)": the numeral of an option the question numbered "(i) …, (ii) …, or (iii) …".
        // ("(b) – sandbags are delivered to residents we have identified as vulnerable": the option's
        // letter opening the answer, its explanation after a dash.)
        const alone = /^\W*\(?(i{1,3}|iv|v|vi{1,3}|[a-h])\)?[.)]?\s*$/i.exec(t);
        const numeral = (alone ?? /^\W*\(?(i{1,3}|iv|v|vi{1,3}|[a-h])\)[ \t]*[-–—:,][ \t]/i.exec(t))?.[1]?.toLowerCase();
        if (numeral && choices.length > 0 && new RegExp(String.raw`\(${numeral}\)`, 'i').test(question?.text ?? '')) {
          const at = /^[a-h]$/.test(numeral) ? numeral.charCodeAt(0) - 0x61 : ROMAN_ORDER.indexOf(numeral);
          if (at >= 0 && at < choices.length) return { value: choices[at]!, confidence: alone ? 0.8 : 0.75 };
        }
        return choices.length > 0 ? readChoice(t, choices, type === 'multi-choice') : readText(t);
      }
      default: {
        // "The Assembly Commission has not been made aware of any items being stolen", "There was no
        // formal consultation": a text answer that says there are none of the things asked for is
        // "None" (not where a description is asked: "Please describe any plans …").
        if (question && NONE_ASKED_RE.test(question.text ?? '') && NONE_SAID_RE.test(t) && !/\bnot\s+(?:held|recorded|hold|record|keep|collect)\b|\bno\s+(?:information|data|records?)\b/i.test(/^[^.;\n]*/.exec(t)![0])) return { value: 'None', confidence: 0.7 };
        const r = readText(t, asksForAccount(question?.text ?? ''));
        return question ? r : { ...r, confidence: Math.min(r.confidence, 0.6) };
      }
    }
  } catch {
    return { ...NONE };
  }
}

/**
 * "how many FPNs have been issued … and how much money have they generated", "as a number and a
 * proportion of the total", "the number of requests and how many were met": a question that asks
 * for two quantities. Answered with two figures ("2 FPNs; £160"), one value cannot hold both.
 */
const TWO_QUANTITIES_ASKED_RE = /\b(?:how\s+many|(?:the\s+)?number\s+of)\b[^?.;]{0,120}?\band\s+(?:how\s+(?:many|much)\b|what\s+(?:is|was|were)\s+the\s+(?:total\s+)?(?:cost|value|amount|income)\b|the\s+(?:total\s+)?(?:number|cost|value|amount|income|percentage|proportion)\b)|\bas\s+(?:a\s+)?(?:number|count|figure|total)\s+and\s+(?:as\s+)?(?:a\s+)?(?:proportion|percentage)\b|\b(?:length|number|total|distance)\s+or\s+(?:the\s+)?(?:percentage|proportion)\b/i;

/** The question asks for two quantities and the answer gives two figures (not years) or more. */
export function twoQuantitiesGiven(answer: string, questionText: string): boolean {
  if (!TWO_QUANTITIES_ASKED_RE.test(questionText)) return false;
  const figures = (answer.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((f) => f.replace(/,/g, '')).filter((f) => !/^(?:19|20)\d\d$/.test(f));
  return new Set(figures).size >= 2;
}
