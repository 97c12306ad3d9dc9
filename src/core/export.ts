// Exports of the coverage model for analysis: a wide CSV (a row per council), a tidy CSV (a row
// per council × question) and JSON. Pure: text in, text out; the caller writes the file.
//
// Conventions (documented in the CLI's help too):
// - Every questionnaire question appears for every council. A question the council's variant
//   omits is exported as `not-required` (DESIGN §5: the variant says it was not for this body).
// - Wide CSV: `council, files, variant, asked, coded, percent, missing`, then two columns per
//   question: `<id>` holds the coded value when there is one, else the state (a refusal as
//   `refused:s12`); `<id>_status` holds the state alone (a status, `missing` or `not-required`).
// - Tidy CSV: `council, question, status, exemption, value, unit, quote, line, coder, file, note`;
//   `status` is the cell state, `line` the 1-based line of the quote in `file` when known.
// - CSV is RFC 4180 (CRLF, fields with `,` `"` CR LF or edge spaces quoted, `"` doubled), UTF-8
//   with a BOM by default, because Excel reads a BOM-less CSV as the local code page and mangles
//   `£` and smart quotes; `bom: false` leaves it out.
// - Formula neutralisation in every CSV cell: text that a spreadsheet would run as a formula —
//   starting with `=`, `+`, `-`, `@` or a look-alike (full-width ＝＋－＠, small ﹦﹢﹣﹫, the
//   minus sign −, super/subscript ⁺⁼₊₌, heavy ➕➖), possibly after spaces, line breaks or
//   invisible characters (zero-width spaces, joiners, bidi marks, BOM, NBSP and other Unicode
//   spaces), or starting with a tab or CR — gets a leading `'`. Plain numbers (`-12`, `3.5`,
//   `1e3`) are left alone so they stay numbers; `-1+2` is not a plain number and is neutralised.
// - A council whose sidecar cannot be read: its questions no other file codes are exported with
//   the state `unreadable` (tidy CSV: the problem in `note`; JSON: `unreadable` per council).
// - JSON is not a spreadsheet format: values are exported as they are, with answer history.
import type { CouncilCoverage, CoverageCell, SurveyCoverage } from './coverage';
import { describePart, partAt } from './importManifest';
import type { ManifestEntry } from './importManifest';
import type { AnswerEntry, CellState, Questionnaire } from './types';

export const EXPORT_FORMATS = ['csv', 'tidy-csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** 1-based line of a coded cell's quote in its reply (after re-anchoring), or null when unknown. */
  lineOf?: (cell: CoverageCell) => number | null;
  /** Byte-order mark before CSV output (default true). */
  bom?: boolean;
  /**
   * Where an imported reply file came from (its entry in the import manifest), or null. When
   * given, JSON exports carry each council's `provenance` and each answer's `origin`
   * ("page 2 of FOI 1234 Response.pdf").
   */
  provenanceOf?: (file: string) => ManifestEntry | null;
}

// ---- cells ----------------------------------------------------------------------------------

const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Characters a reader cannot see (or sees as space) before a formula character. */
const INVISIBLE = '\\s\\u00a0\\u00ad\\u034f\\u061c\\u115f\\u1160\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0';
/** `=`, `+`, `-`, `@` and the characters that look like them. */
const FORMULA_CHARS = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\u2212\\ufe62\\ufe63\\ufe66\\ufe6b\\u207a\\u207b\\u207c\\u208a\\u208b\\u208c\\u2795\\u2796\\u2010-\\u2012\\u02d6\\u02d7';
// Combining marks and variation selectors are listed one by one on purpose (they are what hides).
// eslint-disable-next-line no-misleading-character-class
const FORMULA_START = new RegExp(`^[${INVISIBLE}]*[${FORMULA_CHARS}]|^[\\t\\r]`);

/** A leading `'` on text a spreadsheet would evaluate as a formula; plain numbers untouched. */
export function neutralizeFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CellValue = string | number | boolean | null | undefined;

/** One CSV field: neutralised, then quoted per RFC 4180 when needed. */
export function csvField(value: CellValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'Yes' : 'No';
  else text = neutralizeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CellValue[])[], bom = true): string {
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// ---- rows -----------------------------------------------------------------------------------

interface Row {
  id: string;
  state: CellState;
  cell?: CoverageCell;
  reason?: string;
}

/** Every questionnaire question for one council, omitted ones as not-required. */
function rowsOf(questionnaire: Questionnaire, council: CouncilCoverage): Row[] {
  const byId = new Map(council.cells.map((c) => [c.id, c] as const));
  return questionnaire.questions.map((q) => {
    const cell = byId.get(q.id);
    if (cell) return { id: q.id, state: cell.state, cell };
    return { id: q.id, state: 'not-required', reason: `variant ${council.variant ?? ''}`.trim() };
  });
}

/** `replies/x.answers.yaml:3:1: why` for each unusable sidecar of a council. */
function unreadableNote(c: CouncilCoverage): string {
  return c.unreadable.map((u) => `${u.file}:${u.line}:${u.column}: ${u.message}`).join('; ');
}

function entryValue(entry: AnswerEntry | undefined): CellValue {
  const v = entry?.value;
  return v === undefined ? null : v;
}

function stateLabel(row: Row): string {
  const ex = row.cell?.entry?.exemption;
  return row.state === 'refused' && ex ? `refused:${ex}` : row.state;
}

function wide(coverage: SurveyCoverage, questionnaire: Questionnaire, bom: boolean): string {
  const header: CellValue[] = ['council', 'files', 'variant', 'asked', 'coded', 'percent', 'missing'];
  for (const q of questionnaire.questions) header.push(q.id, `${q.id}_status`);
  const rows: CellValue[][] = [header];
  for (const c of coverage.councils) {
    const row: CellValue[] = [c.council, c.files.join('; '), c.variant ?? '', c.asked, c.coded, c.percent, c.missing.length];
    for (const r of rowsOf(questionnaire, c)) {
      const value = entryValue(r.cell?.entry);
      row.push(value !== null && value !== '' ? value : stateLabel(r), r.state);
    }
    rows.push(row);
  }
  return toCsv(rows, bom);
}

function tidy(coverage: SurveyCoverage, questionnaire: Questionnaire, options: ExportOptions, bom: boolean): string {
  const rows: CellValue[][] = [['council', 'question', 'status', 'exemption', 'value', 'unit', 'quote', 'line', 'coder', 'file', 'note']];
  for (const c of coverage.councils) {
    for (const r of rowsOf(questionnaire, c)) {
      const e = r.cell?.entry;
      const line = r.cell && e ? (options.lineOf?.(r.cell) ?? null) : null;
      const note = r.state === 'unreadable' ? `sidecar cannot be read: ${unreadableNote(c)}` : e?.note;
      rows.push([c.council, r.id, r.state, e?.exemption, entryValue(e), e?.unit, e?.quote?.exact, line, e?.coder, r.cell?.file ?? c.files.join('; '), note]);
    }
  }
  return toCsv(rows, bom);
}

function json(coverage: SurveyCoverage, questionnaire: Questionnaire, options: ExportOptions): string {
  const entryJson = (e: AnswerEntry) => ({
    status: e.status,
    exemption: e.exemption ?? null,
    value: e.value ?? null,
    unit: e.unit ?? null,
    quote: e.quote ?? null,
    coder: e.coder ?? null,
    note: e.note ?? null,
  });
  const prov = options.provenanceOf;
  const provenance = (c: CouncilCoverage) =>
    c.files.flatMap((file) => {
      const e = prov?.(file);
      return e ? [{ file, date: e.date, from: e.from, subject: e.subject, sources: e.sources, attachments: e.attachments, parts: e.parts }] : [];
    });
  const origin = (cell: CoverageCell | undefined): string | null => {
    const start = cell?.entry?.quote?.start;
    const e = cell?.file !== undefined ? prov?.(cell.file) : null;
    const part = e && typeof start === 'number' ? partAt(e, start) : null;
    return part ? describePart(part) : null;
  };
  const out = {
    title: questionnaire.title ?? null,
    questions: questionnaire.questions.map((q) => ({ id: q.id, text: q.text ?? null, type: q.type, unit: q.unit ?? null, heading: q.heading ?? false, when: q.when ?? null })),
    totals: coverage.totals,
    councils: coverage.councils.map((c) => ({
      council: c.council,
      files: c.files,
      variant: c.variant ?? null,
      asked: c.asked,
      coded: c.coded,
      percent: c.percent,
      counts: c.counts,
      missing: c.missing,
      unknownIds: c.unknownIds,
      unreadable: c.unreadable,
      answers: rowsOf(questionnaire, c).map((r) => {
        const e = r.cell?.entry;
        return {
          id: r.id,
          state: r.state,
          ...(e ? entryValueless(entryJson(e)) : { exemption: null, value: null, unit: null, quote: null, coder: null, note: null }),
          line: r.cell && e ? (options.lineOf?.(r.cell) ?? null) : null,
          file: r.cell?.file ?? null,
          reason: r.cell?.reason ?? r.reason ?? null,
          history: (r.cell?.history ?? []).map((h) => ({ file: h.file, ...entryJson(h.entry) })),
          ...(prov ? { origin: origin(r.cell) } : {}),
        };
      }),
      ...(prov ? { provenance: provenance(c) } : {}),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** The entry's fields without `status` (the row's `state` already says it). */
function entryValueless<T extends { status: unknown }>(e: T): Omit<T, 'status'> {
  const { status: _status, ...rest } = e;
  return rest;
}

/** The coverage model as text in the chosen format. */
export function exportCoverage(coverage: SurveyCoverage, questionnaire: Questionnaire, format: ExportFormat, options: ExportOptions = {}): string {
  const bom = options.bom ?? true;
  switch (format) {
    case 'csv':
      return wide(coverage, questionnaire, bom);
    case 'tidy-csv':
      return tidy(coverage, questionnaire, options, bom);
    case 'json':
      return json(coverage, questionnaire, options);
  }
}

/** Binary formats written by the interchange layer (src/interchange), loaded only when used. */
export const INTERCHANGE_FORMATS = ['xlsx', 'qdpx'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];
export const isInterchangeFormat = (f: string): f is InterchangeFormat => (INTERCHANGE_FORMATS as readonly string[]).includes(f);
