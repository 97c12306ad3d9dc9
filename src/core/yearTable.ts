// A table of years by measures under one label for several questions ("Questions 1 to 4" over
// "Year  Funerals  Burials  Cremations  Total cost" and a row per year): councils answer a run of
// count and cost questions this way, often with earlier years "for comparison". Each question reads
// the cell in the column its words name and the row of the year it asks about.
import type { Question } from './types';

export interface TableCell {
  /** Offsets of the cell's text in the reply. */
  start: number;
  end: number;
  /** 0-based line of the cell's row. */
  line: number;
}

interface Row {
  /** First year of the row's label ("2024/25" → 2024), or null for a row that names no year ("Total"). */
  year: number | null;
  line: number;
  cells: TableCell[];
}

export interface YearTable {
  headers: string[];
  rows: Row[];
}

/** "2024/25", "2024-25", "2024/2025", "FY 2024-25", "2024": a year label, read as its first year. */
const YEAR_LABEL_RE = /^(?:fy\s*)?((?:19|20)\d\d)(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?$/i;
/** A year named in a question ("in 2024/25", "for the year 2024-2025", "2024 to 2025"). */
const YEAR_IN_TEXT_RE = /\b((?:19|20)\d\d)(?:\s*(?:[/–-]|to)\s*(?:\d{2}|\d{4}))?\b/g;

const STOP = new Set(['the', 'and', 'for', 'how', 'many', 'much', 'what', 'was', 'were', 'did', 'does', 'council', 'your', 'you', 'number', 'year', 'years', 'total', 'with', 'from', 'that', 'this', 'which', 'those', 'these', 'its', 'per', 'are', 'has', 'have']);

/** Cells of one line: split at tabs, pipes or runs of two or more spaces. */
function cellsOf(text: string, start: number, end: number, line: number): TableCell[] {
  const out: TableCell[] = [];
  const re = /\t+|\s*\|\s*| {2,}/g;
  const body = text.slice(start, end);
  let from = 0;
  for (let m = re.exec(body); ; m = re.exec(body)) {
    const to = m ? m.index : body.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) out.push({ start: start + s, end: start + e, line });
    if (!m) break;
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The first table in `text` from `from` to `to` whose header row names at least three columns and
 * whose rows below (two or more) each begin with a year label and have one cell per column. Null
 * when there is none.
 */
export function findYearTable(text: string, from: number, to: number, firstLine: number): YearTable | null {
  const lines: { start: number; end: number; line: number }[] = [];
  let p = from;
  for (let li = firstLine; p <= to; li++) {
    let eol = text.indexOf('\n', p);
    if (eol < 0 || eol > to) eol = to;
    lines.push({ start: p, end: text[eol - 1] === '\r' ? eol - 1 : eol, line: li });
    if (eol >= to) break;
    p = eol + 1;
  }
  for (let i = 0; i + 2 < lines.length; i++) {
    const h = lines[i]!;
    const headers = cellsOf(text, h.start, h.end, h.line).map((c) => text.slice(c.start, c.end));
    if (headers.length < 3 || headers.some((x) => /^[£\d]/.test(x) && !/^(?:19|20)\d\d/.test(x))) continue;
    const rows: Row[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const L = lines[k]!;
      const raw = text.slice(L.start, L.end);
      if (/^[\s|:-]*$/.test(raw)) {
        if (rows.length > 0) break;
        continue;
      }
      const cells = cellsOf(text, L.start, L.end, L.line);
      const label = cells[0] ? text.slice(cells[0].start, cells[0].end) : '';
      const year = YEAR_LABEL_RE.exec(label);
      // The header's first cell ("Year") may be left blank: rows then have one cell more.
      const width = cells.length === headers.length || cells.length === headers.length + 1;
      if (!width) break;
      if (!year && !/^(?:total|all\s+years)\b/i.test(label)) break;
      rows.push({ year: year ? Number(year[1]) : null, line: L.line, cells: cells.length === headers.length ? cells.slice(1) : cells.slice(1) });
    }
    if (rows.filter((r) => r.year !== null).length < 1 || rows.length < 1) continue;
    // Headers aligned with the cells after the row label.
    const measured = rows[0]!.cells.length === headers.length ? headers : headers.slice(1);
    if (measured.length !== rows[0]!.cells.length || rows.some((r) => r.cells.length !== measured.length)) continue;
    return { headers: measured, rows };
  }
  return null;
}

function stem(w: string): string {
  return w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter((w) => !STOP.has(w)).map(stem);
}

/** The same word in another form: "recovered" ~ "recover", "cremation" ~ "cremations". */
function same(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 5) return false;
  let i = 0;
  while (i < short && a[i] === b[i]) i++;
  return i >= 5 && i >= short * 0.75;
}

/**
 * The cell of the table that answers `question`, one of `questions` (the label's): the column whose
 * header words it carries best (a word the other questions share weighs less), in the row of the
 * year it names, or of the latest year when it names none. Null when no column is clearly its own.
 */
export function cellFor(table: YearTable, question: Question, questions: readonly Question[]): { cell: TableCell; latest: boolean } | null {
  const qWords = questions.map((x) => wordsOf(x.text ?? ''));
  const own = wordsOf(question.text ?? '');
  const scores = table.headers.map((h) => {
    let score = 0;
    for (const w of wordsOf(h)) {
      if (!own.some((x) => same(x, w))) continue;
      const shared = qWords.filter((ws) => ws.some((x) => same(x, w))).length;
      score += 1 / Math.max(1, shared);
    }
    return score;
  });
  const best = Math.max(...scores);
  if (best <= 0 || scores.filter((s) => s === best).length > 1) return null;
  // Each column answers one question: a column another question claims more strongly is not this one's.
  const col = scores.indexOf(best);
  const years = [...(question.text ?? '').matchAll(YEAR_IN_TEXT_RE)].map((m) => Number(m[1]));
  const dated = table.rows.filter((r) => r.year !== null);
  let row = years.length > 0 ? dated.find((r) => years.includes(r.year!)) : undefined;
  let latest = false;
  if (!row && years.length === 0) {
    row = [...dated].sort((a, b) => b.year! - a.year!)[0];
    latest = dated.length > 1;
  }
  if (!row) return null;
  return { cell: row.cells[col]!, latest };
}

/**
 * A row for one question with a column per year ("| 1. Claims received | 742 | 1,106 | 1,391 |"
 * under "| Question | 2021/22 | 2022/23 | 2023/24 |"): councils answer the year asked and add
 * earlier ones "for comparison". The cell in the column of the year the question names, else of
 * the year the questionnaire's questions name most (the survey's year), else of the latest year.
 * Null unless the row at `rowStart` ends with one figure cell per year of a header row above it.
 */
export function yearColumnCell(text: string, rowStart: number, rowLine: number, question: Question, questions: readonly Question[]): { cell: TableCell; year: string; chosen: 'named' | 'survey' | 'latest'; withheld?: boolean } | null {
  const lineAt = (start: number): { start: number; end: number } => {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    return { start, end: text[end - 1] === '\r' ? end - 1 : end };
  };
  const row = lineAt(rowStart);
  // Only a line of cells can be such a row.
  if (!/\t|\||\S {2,}\S/.test(text.slice(row.start, row.end))) return null;
  const tabbed = tabbedYearCells(text, row, rowLine);
  if (tabbed) return pickYearCell(text, tabbed.header, tabbed.values, question, questions);
  const cells = cellsOf(text, row.start, row.end, rowLine);
  // Up the lines above, past table rules and rows like this one, to the header of years.
  let p = rowStart;
  let header: string[] | null = null;
  for (let k = 0; k < 15 && p > 0; k++) {
    const start = text.lastIndexOf('\n', p - 2) + 1;
    const L = lineAt(start);
    p = start;
    const raw = text.slice(L.start, L.end);
    if (/^[\s|:+=-]*$/.test(raw)) {
      if (raw.trim() === '') break;
      continue;
    }
    const names = cellsOf(text, L.start, L.end, 0).map((c) => text.slice(c.start, c.end));
    const years = names.filter((x) => YEAR_LABEL_RE.test(x));
    if (years.length >= 2 && names.slice(-years.length).every((x) => YEAR_LABEL_RE.test(x))) {
      header = years;
      break;
    }
    if (start === 0) break;
  }
  if (!header || cells.length < header.length + 1) return null;
  const values = cells.slice(-header.length);
  if (!values.every((c) => /\d|^(?:-|–|n\/?a|nil|none|not\s+(?:applicable|held|known|recorded))\b/i.test(text.slice(c.start, c.end).trim()))) return null;
  return pickYearCell(text, header, values, question, questions);
}

/**
 * "Ref⇥Question⇥2016/17⇥2017/18⇥2018/19 (budget)⇥Notes" over "8⇥Annual spend⇥£47.9m⇥£49.3m⇥£50.8m⇥…":
 * a spreadsheet pasted with tabs, one tab between cells (empty ones too), the year columns among
 * others and a note on a year's label. The header's year columns and the row's cells under them;
 * null unless the row is such a row under such a header.
 */
function tabbedYearCells(text: string, row: { start: number; end: number }, rowLine: number): { header: string[]; values: TableCell[] } | null {
  if (!text.slice(row.start, row.end).includes('\t')) return null;
  const split = (start: number, end: number, line: number): TableCell[] => {
    const out: TableCell[] = [];
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i < end && text[i] !== '\t') continue;
      let a = from;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      out.push({ start: a, end: b, line });
      from = i + 1;
    }
    return out;
  };
  const label = (s: string): string => s.replace(/\s*\([^()]{1,20}\)$/, '');
  for (let p = row.start, k = 0; k < 40 && p > 0; k++) {
    const start = text.lastIndexOf('\n', p - 2) + 1;
    let end = text.indexOf('\n', start);
    if (end < 0 || end > p) end = p - 1;
    if (text[end - 1] === '\r') end--;
    p = start;
    const raw = text.slice(start, end);
    if (raw.trim() === '') return null;
    if (!raw.includes('\t')) continue;
    const names = split(start, end, 0).map((c) => text.slice(c.start, c.end));
    const at = names.map((x, i) => (YEAR_LABEL_RE.test(label(x)) ? i : -1)).filter((i) => i >= 0);
    if (at.length < 2) continue;
    const cells = split(row.start, row.end, rowLine);
    // (A row with more cells than its header, or more than one fewer, is not aligned with it.)
    if (cells.length !== names.length && cells.length !== names.length - 1) return null;
    // (Nor one whose year cells are empty: "4a⇥Stand-alone⇥⇥⇥⇥Unknown" answers in its notes.)
    const values = at.map((i) => cells[i]).filter((c): c is TableCell => !!c);
    if (values.length !== at.length || !values.every((c) => /\d/.test(text.slice(c.start, c.end)))) return null;
    return { header: at.map((i) => label(names[i]!)), values };
  }
  return null;
}

/** The cell of the year the question names, else the survey's year, else the latest (see yearColumnCell). */
function pickYearCell(text: string, header: string[], values: TableCell[], question: Question, questions: readonly Question[]): { cell: TableCell; year: string; chosen: 'named' | 'survey' | 'latest'; withheld?: boolean } | null {
  const first = header.map((h) => Number(YEAR_LABEL_RE.exec(h)![1]));
  const named = [...new Set([...(question.text ?? '').matchAll(YEAR_IN_TEXT_RE)].map((m) => Number(m[1])))];
  // ("the amount paid out since 2016" over "| 2016 | 2017 | … | 2023 |": every year from it, no one column.)
  if (named.length === 1 && SINCE_YEAR_RE.test(question.text ?? '')) return null;
  let col = named.length === 1 ? first.indexOf(named[0]!) : -1;
  let chosen: 'named' | 'survey' | 'latest' = 'named';
  if (col < 0 && named.length === 1) return null;
  // "for each of the financial years 2021/22, … and 2025/26": the latest of the years it names, offered.
  // (The latest year with a figure: "2025/26 | Not applicable" is a year not yet reported. A year
  // withheld to its band, "<5*", leaves the answer partial.)
  let withheld = false;
  if (named.length > 1) {
    const asked = first.filter((y) => named.includes(y));
    if (asked.length === 0) return null;
    const cellText = (y: number): string => text.slice(values[first.indexOf(y)]!.start, values[first.indexOf(y)]!.end).trim();
    const banded = (s: string): boolean => /^(?:<|fewer\s+than|less\s+than)\s?\d/i.test(s);
    const filled = asked.filter((y) => /\d/.test(cellText(y)) && !banded(cellText(y)));
    withheld = filled.length > 0 && asked.some((y) => banded(cellText(y)));
    col = first.indexOf(Math.max(...(filled.length > 0 ? filled : asked)));
    chosen = 'latest';
  }
  if (col < 0) {
    // The year the other questions name most.
    const counts = new Map<number, number>();
    for (const x of questions) for (const m of askedYearsText(x).matchAll(YEAR_IN_TEXT_RE)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    // (Years named equally often, "for each of the years 2021/22 … 2025/26": the latest of them.)
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    const top = ranked[0];
    col = top ? first.indexOf(top[0]) : -1;
    // (A tie is no year the survey asks about: the latest is offered.)
    chosen = ranked[1] && ranked[1][1] === top![1] ? 'latest' : 'survey';
  }
  if (col < 0) {
    col = first.indexOf(Math.max(...first));
    chosen = 'latest';
  }
  // (Nor, when no year is asked, a latest column the table marks not applicable: the latest with a figure.)
  if (chosen === 'latest' && named.length <= 1 && col >= 0 && !/\d/.test(text.slice(values[col]!.start, values[col]!.end))) {
    const withFigure = first.map((y, i) => [y, i] as const).filter(([, i]) => /\d/.test(text.slice(values[i]!.start, values[i]!.end)));
    if (withFigure.length > 0) col = withFigure.reduce((a, b) => (b[0] > a[0] ? b : a))[1];
  }
  return { cell: values[col]!, year: header[col]!, chosen, ...(withheld ? { withheld } : {}) };
}

/** "for each of these financial years", "per year", "broken down by year": a figure for every year is asked. */
const EACH_YEAR_RE = /\b(?:(?:each|every|per)\s+(?:of\s+(?:the|these|those)\s+)?(?:(?:last|past|previous|financial|calendar|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+){0,3}years?|(?:broken\s+down\s+)?by\s+(?:financial\s+|calendar\s+)?year|annually|year\s+by\s+year)\b/i;
/** "since 2016", "from April 2019", "after 2020": a year that opens a span, every year from it on asked. */
const SINCE_YEAR_RE = /\b(?:since|from|after)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b(?!\s*(?:[/–-]|to)\s*\d)/i;
/** A question's words with the years that open a span left out: "since 2016" asks about no one year. */
function askedYearsText(x: Question): string {
  return (x.text ?? '').replace(new RegExp(SINCE_YEAR_RE.source, 'gi'), ' ');
}
/** "2017-18   £415.8m (budget)", "• 2016/17: 1,204": a line that gives one year's figure. */
const YEAR_LINE_RE = /^[ \t\u00a0]*(?:[-•*–][ \t\u00a0]*)?((?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?)(?!\s*[/–-]?\s*\d)(?:[ \t\u00a0]*\([^()\n]{1,40}\))?(?:[ \t\u00a0]*[:=–-][ \t\u00a0]*|\t+[ \t\u00a0]*| {2,})(£?\d[^\n]*?)[ \t\u00a0]*\r?$/i;

/**
 * A figure for each of several years, one year to a line, under one question ("Q8 - Annual spend.
 * We have given three years for context" / "2016-17   £402.1m" / "2017-18   £415.8m"): the line of
 * the year the question names, else of the year the questionnaire's questions name most. Null
 * unless two or more such lines of different years lie between `start` and `end`; null when the
 * question names a year none of them gives, or asks for every year, or no year is asked at all.
 */
export function yearListCell(text: string, start: number, end: number, firstLine: number, question: Question, questions: readonly Question[]): { cell: TableCell; year: string; chosen: 'named' | 'survey' } | null {
  const found: { year: number; label: string; cell: TableCell }[] = [];
  let p = text.lastIndexOf('\n', start - 1) + 1;
  for (let line = firstLine; p < end; line++) {
    let eol = text.indexOf('\n', p);
    if (eol < 0) eol = text.length;
    const m = YEAR_LINE_RE.exec(text.slice(p, eol));
    if (m) {
      const at = p + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
      let cellEnd = at + m[2]!.length;
      // "2017/18: £26.9m (employees £25.1m," / "agency £1.8m; contractors not" / "separately
      // recorded)": a bracket left open runs on to the lines that close it.
      let open = (m[2]!.match(/\(/g) ?? []).length - (m[2]!.match(/\)/g) ?? []).length;
      while (open > 0 && eol < end) {
        let next = text.indexOf('\n', eol + 1);
        if (next < 0) next = text.length;
        const row = text.slice(eol + 1, next);
        if (!/\S/.test(row) || YEAR_LINE_RE.test(row)) break;
        open += (row.match(/\(/g) ?? []).length - (row.match(/\)/g) ?? []).length;
        cellEnd = eol + 1 + row.trimEnd().length;
        eol = next;
        line++;
      }
      found.push({ year: Number(/(?:19|20)\d\d/.exec(m[1]!)![0]), label: m[1]!, cell: { start: at, end: cellEnd, line: line - (text.slice(at, cellEnd).match(/\n/g) ?? []).length } });
    }
    p = eol + 1;
  }
  const years = new Set(found.map((f) => f.year));
  if (found.length < 2 || years.size !== found.length) return null;
  // (A part asks through its lead-in too: "For each of the last three financial years (2022/23,
  // 2023/24 and 2024/25), please state: a) the number of meetings webcast".)
  const lead = question.parent ? (questions.find((x) => x.id === question.parent)?.text ?? '') : '';
  const asked = `${question.text ?? ''} ${lead}`;
  const named = [...new Set([...asked.matchAll(YEAR_IN_TEXT_RE)].map((m) => Number(m[1])))];
  // ("How many … for each of these financial years? For example, … in 2008-09": every year is asked.)
  if (named.length > 1 || EACH_YEAR_RE.test(asked) || SINCE_YEAR_RE.test(asked)) return null;
  if (named.length === 1) {
    const hit = found.find((f) => f.year === named[0]);
    return hit ? { cell: hit.cell, year: hit.label, chosen: 'named' } : null;
  }
  const counts = new Map<number, number>();
  for (const x of questions) for (const m of askedYearsText(x).matchAll(YEAR_IN_TEXT_RE)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const survey = ranked[0] && !(ranked[1] && ranked[1][1] === ranked[0][1]) ? found.find((f) => f.year === ranked[0]![0]) : undefined;
  // (With no year asked, here or by the survey, the answer is read as before: its latest figure.)
  return survey ? { cell: survey.cell, year: survey.label, chosen: 'survey' } : null;
}
