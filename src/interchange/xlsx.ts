// Excel export (.xlsx, written with exceljs): the dataset in four sheets —
//   Answers        a row per council, per question its value (typed), unit and state
//   Tidy           a row per council × question: status, exemption, value, unit, quote, line, …
//   Coverage       a row per council: files, variant, asked, coded, percent, a count per state
//   Questionnaire  a row per question: id, text, type, unit, parent, heading, routing, choices
// Conventions (DESIGN §15): numbers are numeric cells, units sit in their own columns, every
// header row is frozen and filtered. Text is always a typed string cell — never a formula, and
// without the `'` the CSV export adds: an xlsx cell holding "=1+2" as a string is shown as
// text and is never evaluated, so the text is kept exactly. Characters XML cannot carry are
// replaced by U+FFFD and text longer than Excel's 32,767-character cell limit is cut with "…".
import ExcelJS from 'exceljs';
import type { CouncilCoverage, CoverageCell } from '../core/coverage';
import type { AnswerEntry, CellState, Question } from '../core/types';
import type { Survey } from './survey';

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

const STATES: readonly CellState[] = ['answered', 'partial', 'not-held', 'not-applicable', 'refused', 'signposted', 'unclear', 'missing', 'not-required'];
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type Cell = string | number | null;

/** A string as a cell can hold it: XML-safe and within Excel's length limit. */
export function cellText(text: string): string {
  const safe = text.replace(NOT_XML, '\uFFFD');
  if (safe.length <= EXCEL_CELL_LIMIT) return safe;
  let cut = EXCEL_CELL_LIMIT - 1;
  if (/[\uD800-\uDBFF]/.test(safe[cut - 1]!)) cut--; // never split a surrogate pair
  return safe.slice(0, cut) + '…';
}

function valueCell(value: AnswerEntry['value'] | undefined): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

function stateLabel(cell: CoverageCell | undefined, state: CellState): string {
  const ex = cell?.entry?.exemption;
  return state === 'refused' && ex ? `refused ${ex}` : state;
}

interface Row {
  question: Question;
  state: CellState;
  cell?: CoverageCell;
}

/** Every questionnaire question for one council; those its variant omits are not-required. */
function rowsOf(survey: Survey, council: CouncilCoverage): Row[] {
  const byId = new Map(council.cells.map((c) => [c.id, c] as const));
  return survey.questionnaire.questions.map((question) => {
    const cell = byId.get(question.id);
    return cell ? { question, state: cell.state, cell } : { question, state: 'not-required' as const };
  });
}

interface SheetSpec {
  name: string;
  columns: { header: string; width: number; numFmt?: string }[];
  rows: Cell[][];
  /** Columns kept in view when scrolling right (the council's name). */
  frozenColumns: number;
}

function addSheet(book: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = book.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: 1 }] });
  sheet.columns = spec.columns.map((c, i) => ({ key: `c${i}`, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = cellText(c.header);
    cell.font = { bold: true };
  });
  header.commit();
  for (const values of spec.rows) {
    const row = sheet.addRow([]);
    values.forEach((v, i) => {
      if (v === null) return;
      // Assigning a plain string or number makes a typed string or number cell; only an object
      // with `formula` would make a formula, and none is ever built here.
      row.getCell(i + 1).value = typeof v === 'string' ? cellText(v) : v;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + spec.rows.length, column: spec.columns.length } };
}

function questionUnits(survey: Survey): Map<string, boolean> {
  const hasUnit = new Map<string, boolean>();
  for (const q of survey.questionnaire.questions) hasUnit.set(q.id, q.unit !== undefined);
  for (const c of survey.coverage.councils) for (const cell of c.cells) if (cell.entry?.unit) hasUnit.set(cell.id, true);
  return hasUnit;
}

function answersSheet(survey: Survey): SheetSpec {
  const hasUnit = questionUnits(survey);
  const columns: SheetSpec['columns'] = [
    { header: 'council', width: 34 },
    { header: 'asked', width: 8 },
    { header: 'coded', width: 8 },
    { header: 'percent coded', width: 10, numFmt: '0.0%' },
  ];
  for (const q of survey.questionnaire.questions) {
    columns.push({ header: q.id, width: 16 });
    if (hasUnit.get(q.id)) columns.push({ header: `${q.id} unit`, width: 9 });
    columns.push({ header: `${q.id} status`, width: 13 });
  }
  const rows = survey.coverage.councils.map((c) => {
    const row: Cell[] = [c.council, c.asked, c.coded, c.percent / 100];
    for (const r of rowsOf(survey, c)) {
      row.push(valueCell(r.cell?.entry?.value));
      if (hasUnit.get(r.question.id)) row.push(r.cell?.entry?.unit ?? (r.cell?.entry?.value !== undefined && typeof r.cell.entry.value === 'number' ? (r.question.unit ?? null) : null));
      row.push(stateLabel(r.cell, r.state));
    }
    return row;
  });
  return { name: 'Answers', columns, rows, frozenColumns: 1 };
}

function tidySheet(survey: Survey): SheetSpec {
  const columns: SheetSpec['columns'] = [
    { header: 'council', width: 34 },
    { header: 'question', width: 9 },
    { header: 'status', width: 14 },
    { header: 'exemption', width: 10 },
    { header: 'value', width: 18 },
    { header: 'unit', width: 9 },
    { header: 'quote', width: 60 },
    { header: 'line', width: 7 },
    { header: 'coder', width: 12 },
    { header: 'file', width: 40 },
    { header: 'note', width: 40 },
  ];
  const rows: Cell[][] = [];
  for (const c of survey.coverage.councils) {
    for (const r of rowsOf(survey, c)) {
      const e = r.cell?.entry;
      rows.push([
        c.council,
        r.question.id,
        r.state,
        e?.exemption ?? null,
        valueCell(e?.value),
        e?.unit ?? null,
        e?.quote?.exact ?? null,
        e ? survey.lineOf(r.cell?.file, e) : null,
        e?.coder ?? null,
        r.cell?.file ?? c.files.join('; '),
        e?.note ?? null,
      ]);
    }
  }
  return { name: 'Tidy', columns, rows, frozenColumns: 2 };
}

function coverageSheet(survey: Survey): SheetSpec {
  const columns: SheetSpec['columns'] = [
    { header: 'council', width: 34 },
    { header: 'files', width: 40 },
    { header: 'variant', width: 10 },
    { header: 'asked', width: 8 },
    { header: 'coded', width: 8 },
    { header: 'percent coded', width: 10, numFmt: '0.0%' },
    ...STATES.map((s) => ({ header: s, width: Math.max(8, s.length + 2) })),
    { header: 'missing ids', width: 30 },
  ];
  const rows = survey.coverage.councils.map((c): Cell[] => [c.council, c.files.join('; '), c.variant ?? null, c.asked, c.coded, c.percent / 100, ...STATES.map((s) => c.counts[s]), c.missing.join(' ') || null]);
  const t = survey.coverage.totals;
  rows.push([`Total (${t.councils} councils)`, null, null, t.asked, t.coded, t.percent / 100, ...STATES.map((s) => t.counts[s]), null]);
  return { name: 'Coverage', columns, rows, frozenColumns: 1 };
}

function questionnaireSheet(survey: Survey): SheetSpec {
  const columns: SheetSpec['columns'] = [
    { header: 'id', width: 8 },
    { header: 'text', width: 70 },
    { header: 'type', width: 12 },
    { header: 'unit', width: 9 },
    { header: 'parent', width: 8 },
    { header: 'heading', width: 9 },
    { header: 'asked when', width: 24 },
    { header: 'choices', width: 40 },
  ];
  const q = survey.questionnaire;
  const rows = q.questions.map((question): Cell[] => {
    const choices = typeof question.choices === 'string' ? (q.codes[question.choices] ?? []) : (question.choices ?? []);
    const when = question.when ? Object.entries(question.when).map(([id, v]) => `${id} = ${Array.isArray(v) ? v.join(' or ') : v}`).join('; ') : null;
    return [question.id, question.text ?? null, question.type, question.unit ?? null, question.parent ?? null, question.heading ? 'Yes' : null, when, choices.length > 0 ? choices.join('; ') : null];
  });
  return { name: 'Questionnaire', columns, rows, frozenColumns: 1 };
}

export interface XlsxOptions {
  /** Stamped as the workbook's creation and modification time (default: now). */
  now?: Date;
}

/** The survey as an .xlsx workbook. */
export async function surveyToXlsx(survey: Survey, options: XlsxOptions = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'FOI Coder';
  book.title = cellText(survey.title);
  const now = options.now ?? new Date();
  book.created = now;
  book.modified = now;
  for (const spec of [answersSheet(survey), tidySheet(survey), coverageSheet(survey), questionnaireSheet(survey)]) addSheet(book, spec);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}
