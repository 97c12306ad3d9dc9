// A reply copied out of a PDF viewer or a document service often arrives with its line breaks lost:
// the whole letter on one or a few very long lines, "… Response: 1. The council operates 64 charge
// points. 2. 9 of these are rapid chargers. 3. £48,210 …", or labels glued to the sentence before
// them ("… declare that the information is not held.Q2 – Headcount … = 974"). Every reading of the
// engine works line by line, so such a reply is read as if each label opened its own line: a line
// break is put before each label (and before the letter's "Response:" heading), the reply analysed,
// and every position mapped back to the text as it is. Nothing is changed in the user's file.

/** A line this long is a paragraph at most in a letter with its line breaks kept. */
const LONG_LINE = 300;

/** "Q2 –", "Question 3:", "Q4a." after a sentence's end (or glued to it). */
const Q_LABEL_RE = /(?<=^|[.?!:;"”)]\s{0,3})(?:Q|Question\s?)(\d{1,3})([a-z]?)(?=\s*[-–—:.)]|\s)/g;
/** "… Properties Q5. What services …": a label with its own stop and a capital after it, after any space. */
const Q_LABEL_LOOSE_RE = /(?<=\s)(?:Q|Question\s?)(\d{1,3})([a-z]?)(?=[.:)]\s+[A-Z"“]|\s+[-–—]\s)/g;
/** "1. ", "2) ", "3.) " after a sentence's end, a capital, a figure or a sign opening what follows. */
const NUMBER_LABEL_RE = /(?<=^|[.?!:;"”)]\s{1,3})(\d{1,2})(?:\.\)|[.)])\s+(?=[A-Z£$€\d"“(])|(?<=\s)(\d{1,2})(?:\.\)|[.)])\s+(?=[A-Z][a-z]|£\d)/g;
/** The letter's own headings run into the line: "Request:", "Response:", "Our response:", "Answer:". */
const HEADING_RE = /(?<=[.?!"”)]\s{1,3})(?:(?:our\s+)?(?:request|response|answer|reply)s?|you\s+asked)\s*:/gi;

/** The letter's closing notices run into the line: a blank line goes before them, as a letter has. */
const CLOSING_RE = /(?<=[.?!"”)]\s{1,3})(?=If\s+you\s+are\s+(?:unhappy|dissatisfied|not\s+(?:satisfied|happy))\b|Page\s+\d{1,3}\s+of\s+\d{1,3}\b)/g;

/**
 * "1, 2 and 4 – please see the attached spreadsheet. 3 – We brought 9 prosecutions.": numbers (one
 * or a list) and a dash after a sentence's end, each opening the answer to the questions it names.
 */
const DASH_LABEL_RE = /(?<=^|[.!?]["”')]?\s{1,3})(\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,?\s*(?:and|&)\s*\d{1,2})?)\s*[–—-]\s+(?=\S)/g;

/** Where a line of any length answers by number lists and dashes: two such labels or more, naming three questions or more, none twice. */
function dashBreaks(line: string): number[] {
  const hits = [...line.matchAll(DASH_LABEL_RE)];
  if (hits.length < 2) return [];
  const nums = hits.flatMap((m) => m[1]!.match(/\d{1,2}/g)!.map(Number));
  if (nums.length < 3 || new Set(nums).size !== nums.length || nums.some((n) => n < 1 || n > 30)) return [];
  return hits.map((m) => m.index!).filter((at) => at > 0);
}

export interface Unflattened {
  /** The reply with line breaks put before its labels. */
  text: string;
  /** Offsets, in the original text, where a line break was put (ascending). */
  inserted: number[];
}

/** Each run of numbers 1, 2, 3 … (at least `least` long) among the hits, in order; a new run starts again at 1. */
function ascendingRuns(hits: { at: number; num: number }[], least: number): number[] {
  const out: number[] = [];
  let run: { at: number; num: number }[] = [];
  const close = (): void => {
    if (run.length >= least) out.push(...run.map((h) => h.at));
    run = [];
  };
  for (const h of hits) {
    if (h.num === 1) {
      close();
      run = [h];
    } else if (run.length > 0 && h.num === run[run.length - 1]!.num + 1) run.push(h);
  }
  close();
  return out;
}

/** Where to break one long line (offsets within it), or none. */
function breaksIn(line: string): number[] {
  const q: { at: number; num: number }[] = [];
  for (const re of [Q_LABEL_RE, Q_LABEL_LOOSE_RE]) for (const m of line.matchAll(re)) q.push({ at: m.index!, num: Number(m[1]) });
  q.sort((a, b) => a.at - b.at);
  // Q-labels in order (a part, "Q4a", may repeat its number): at least two questions.
  const qAt: number[] = [];
  let last = 0;
  for (const h of q) {
    if (h.num < last) continue;
    qAt.push(h.at);
    last = h.num;
  }
  const distinct = new Set(q.filter((h) => qAt.includes(h.at)).map((h) => h.num)).size;
  const labels = distinct >= 2 ? qAt : [];
  // (After a figure too, in a run: "3. £48,210 4. Voltara Charging Ltd maintains …".)
  const bare = ascendingRuns([...line.matchAll(NUMBER_LABEL_RE)].map((m) => ({ at: m.index!, num: Number(m[1] ?? m[2]) })), 3);
  const all = [...labels, ...bare];
  if (all.length === 0) return [];
  for (const m of line.matchAll(HEADING_RE)) all.push(m.index!);
  const out = [...new Set(all)].filter((at) => at > 0);
  // (Twice: a blank line.)
  for (const m of line.matchAll(CLOSING_RE)) if (m.index! > 0) out.push(m.index!, m.index!);
  return out.sort((a, b) => a - b);
}

/** The reply with its labels on lines of their own, or null when no line is long and labelled. */
export function unflatten(text: string): Unflattened | null {
  const inserted: number[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    const breaks = eol - pos > LONG_LINE ? breaksIn(line) : [];
    for (const at of breaks.length > 0 ? breaks : line.length >= 20 ? dashBreaks(line) : []) inserted.push(pos + at);
    pos = eol + 1;
  }
  if (inserted.length === 0) return null;
  let out = '';
  let from = 0;
  for (const at of inserted) {
    // The space before the label stays at the end of the line above.
    out += `${text.slice(from, at)}\n`;
    from = at;
  }
  out += text.slice(from);
  return { text: out, inserted };
}

/** Maps offsets and lines of the unflattened text back to the original. */
export class FlatMap {
  private readonly lineStarts: number[] = [0];
  constructor(
    original: string,
    private readonly inserted: readonly number[],
  ) {
    for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** An offset of the unflattened text, in the original (an inserted break maps to the label after it). */
  offset(o2: number): number {
    // Insertion k sits at original offset inserted[k], unflattened offset inserted[k] + k.
    let lo = 0;
    let hi = this.inserted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.inserted[mid]! + mid < o2) lo = mid + 1;
      else hi = mid;
    }
    return o2 - lo;
  }

  /** 0-based line of an original offset. */
  lineOf(o: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based column of an original offset. */
  columnOf(o: number): number {
    return o - this.lineStarts[this.lineOf(o)]! + 1;
  }

}
