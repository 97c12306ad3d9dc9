// REFI-QDA export (.qdpx): a zip holding `project.qde` (QDA-XML, valid against the REFI-QDA 1.0
// Project schema) and every reply as a UTF-8 text source under `sources/`, for NVivo, ATLAS.ti,
// MAXQDA and the other tools that import the standard.
//
// What is in the project:
// - Users: one per coder named in the sidecars (`coder:`; `auto` becomes "FOI Coder (auto)",
//   answers without a coder "unknown coder"). Every selection and coding names its user.
// - CodeBook: a code per question ("Q4a — How many of those are stand-alone…"), with a child
//   code per status (answered, partial, not-held, …); under `refused`, a child per exemption
//   the survey cites (s12, s40, …). Colours follow the editor's status colours.
// - Sources: a TextSource per reply file (`sources/<guid>.txt`, the text as FOI Coder reads it:
//   BOM removed, line endings kept, UTF-8). Each answer whose quote is found in the reply is a
//   PlainTextSelection over the quote, carrying one Coding to its question's status code (a
//   refusal to its exemption's code). Offsets are Unicode code points of that text.
// - Variables: a variable per question holding the coded value (Float for numbers, Integer for
//   years, Boolean for yes/no, otherwise Text), a `<id> unit` text variable where units are
//   recorded, plus "percent coded".
// - Cases: a case per council with its values (the answer that wins in coverage), its reply
//   sources and selections; an answer without a quote in the text (no quote, or a stale one)
//   is attached to its case as a code reference instead, so no coding is lost.
// GUIDs are derived from the workspace content (UUID v5 form), so exporting twice gives the same
// identifiers and a re-import can match them.
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import type { AnswerEntry, Question } from '../core/types';
import { STATUSES } from '../core/types';
import type { Survey } from './survey';

const STATUS_COLOURS: Record<(typeof STATUSES)[number], string> = {
  answered: '#2E7D32',
  partial: '#F9A825',
  'not-held': '#6D4C41',
  'not-applicable': '#757575',
  refused: '#C62828',
  signposted: '#1565C0',
  unclear: '#6A1B9A',
};

/** A stable GUID (UUID v5 layout) from a name. */
export function guidOf(name: string): string {
  const h = createHash('sha1').update('foi-coder:' + name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML content or a double-quoted attribute. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')).replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** xsd:decimal form of a finite number (no exponent). */
export function decimalString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa, expPart] = s.toLowerCase().split('e') as [string, string];
  const exp = Number(expPart);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const point = (mantissa.replace(/^-/, '').indexOf('.') === -1 ? mantissa.replace(/^-/, '').length : mantissa.replace(/^-/, '').indexOf('.')) + exp;
  const body = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

/** Code-point offsets of sorted-or-not UTF-16 offsets into `text`, in one sweep. */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length);
  let unit = 0;
  let points = 0;
  for (const [target, i] of order) {
    while (unit < target && unit < text.length) {
      const c = text.charCodeAt(unit);
      unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      points++;
    }
    out[i] = points;
  }
  return out;
}

type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float';

function yesNo(value: AnswerEntry['value']): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return v === 'yes' || v === 'y' || v === 'true' ? true : v === 'no' || v === 'n' || v === 'false' ? false : null;
}

/** The variable type that holds every coded value of a question. */
function variableType(question: Question, values: AnswerEntry['value'][]): VariableType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (question.type === 'yes-no' && present.every((v) => yesNo(v) !== null)) return 'Boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    return question.type === 'year' && present.every((v) => Number.isInteger(v)) ? 'Integer' : 'Float';
  }
  if (present.length === 0 && ['number', 'money', 'percent', 'duration'].includes(question.type)) return 'Float';
  if (present.length === 0 && question.type === 'year') return 'Integer';
  return 'Text';
}

function valueElement(type: VariableType, value: AnswerEntry['value']): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'Boolean': {
      const b = yesNo(value);
      return b === null ? null : `<BooleanValue>${b}</BooleanValue>`;
    }
    case 'Integer':
      return typeof value === 'number' ? `<IntegerValue>${decimalString(value)}</IntegerValue>` : null;
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? `<FloatValue>${decimalString(value)}</FloatValue>` : null;
    case 'Text':
      return `<TextValue>${xmlText(typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value))}</TextValue>`;
  }
}

function coderName(coder: string | undefined): string {
  if (coder === undefined || coder.trim() === '') return 'unknown coder';
  return coder === 'auto' ? 'FOI Coder (auto)' : coder;
}

function codeName(q: Question): string {
  const text = q.text?.replace(/\s+/g, ' ').trim();
  if (!text) return q.id;
  return `${q.id} — ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}

export interface QdpxOptions {
  now?: Date;
  /** The exporting tool, as `origin`. */
  origin?: string;
}

export interface QdpxResult {
  bytes: Uint8Array;
  sources: number;
  selections: number;
  /** Answers attached to their case only: no quote, or a quote no longer found in the reply. */
  withoutSelection: number;
  cases: number;
}

/** The survey as a REFI-QDA project (.qdpx bytes). */
export function surveyToQdpx(survey: Survey, options: QdpxOptions = {}): QdpxResult {
  const now = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const q = survey.questionnaire;
  const codeGuid = (id: string, status?: string, exemption?: string): string => guidOf(`code:${id}${status ? `/${status}` : ''}${exemption ? `/${exemption}` : ''}`);
  const userGuid = (coder: string | undefined): string => guidOf(`user:${coderName(coder)}`);

  // Exemptions cited per question, for the refused › sNN codes.
  const exemptions = new Map<string, Set<string>>();
  const coders = new Set<string>();
  for (const r of survey.replies) {
    for (const { id, entry } of r.answers) {
      coders.add(coderName(entry.coder));
      if (entry.status === 'refused' && entry.exemption) {
        const set = exemptions.get(id) ?? new Set<string>();
        set.add(entry.exemption);
        exemptions.set(id, set);
      }
    }
  }
  // Ids coded in sidecars that the questionnaire does not know still get codes: no coding is lost.
  const questions: Question[] = [...q.questions];
  for (const r of survey.replies) {
    for (const { id } of r.answers) {
      if (!q.byId.has(id) && !questions.some((x) => x.id === id)) questions.push({ id, type: 'text', order: questions.length });
    }
  }
  const codeOf = (id: string, entry: AnswerEntry): string => (entry.status === 'refused' && entry.exemption ? codeGuid(id, 'refused', entry.exemption) : codeGuid(id, entry.status));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="utf-8"?>');
  out.push(`<Project xmlns="urn:QDA-XML:project:1.0" name="${xmlText(survey.title)}" origin="${xmlText(options.origin ?? 'FOI Coder')}" creationDateTime="${now}" modifiedDateTime="${now}">`);

  // Users
  if (coders.size > 0) {
    out.push('<Users>');
    for (const name of [...coders].sort()) out.push(`<User guid="${guidOf(`user:${name}`)}" name="${xmlText(name)}"/>`);
    out.push('</Users>');
  }

  // CodeBook
  if (questions.length > 0) {
    out.push('<CodeBook><Codes>');
    for (const question of questions) {
      out.push(`<Code guid="${codeGuid(question.id)}" name="${xmlText(codeName(question))}" isCodable="true">`);
      const about = [question.text, `type: ${question.type}${question.unit ? `, unit: ${question.unit}` : ''}`].filter(Boolean).join('\n');
      out.push(`<Description>${xmlText(about)}</Description>`);
      for (const status of STATUSES) {
        out.push(`<Code guid="${codeGuid(question.id, status)}" name="${status}" isCodable="true" color="${STATUS_COLOURS[status]}">`);
        if (status === 'refused') {
          for (const ex of [...(exemptions.get(question.id) ?? [])].sort()) out.push(`<Code guid="${codeGuid(question.id, 'refused', ex)}" name="${xmlText(ex)}" isCodable="true" color="${STATUS_COLOURS.refused}"/>`);
        }
        out.push('</Code>');
      }
      out.push('</Code>');
    }
    out.push('</Codes></CodeBook>');
  }

  // Variables
  const winners = new Map<string, Map<string, AnswerEntry>>(); // council → id → winning entry
  for (const c of survey.coverage.councils) {
    const m = new Map<string, AnswerEntry>();
    for (const cell of c.cells) if (cell.entry) m.set(cell.id, cell.entry);
    winners.set(c.council, m);
  }
  const varTypes = new Map<string, VariableType>();
  const unitVar = new Set<string>();
  for (const question of q.questions) {
    const values = [...winners.values()].map((m) => m.get(question.id)?.value);
    varTypes.set(question.id, variableType(question, values));
    if ([...winners.values()].some((m) => m.get(question.id)?.unit)) unitVar.add(question.id);
  }
  const percentVar = guidOf('variable:percent coded');
  out.push('<Variables>');
  out.push(`<Variable guid="${percentVar}" name="percent coded" typeOfVariable="Float"><Description>Questions coded of those asked, in percent (FOI Coder coverage).</Description></Variable>`);
  for (const question of q.questions) {
    out.push(`<Variable guid="${guidOf(`variable:${question.id}`)}" name="${xmlText(question.id)}" typeOfVariable="${varTypes.get(question.id)}"><Description>${xmlText([question.text, question.unit ? `unit: ${question.unit}` : ''].filter(Boolean).join('\n') || question.id)}</Description></Variable>`);
    if (unitVar.has(question.id)) out.push(`<Variable guid="${guidOf(`variable:${question.id} unit`)}" name="${xmlText(`${question.id} unit`)}" typeOfVariable="Text"/>`);
  }
  out.push('</Variables>');

  // Sources and selections first (cases refer to them).
  const files: Record<string, Uint8Array> = {};
  const sourceXml: string[] = [];
  const sourceGuids = new Map<string, string>();
  const selectionsByCouncil = new Map<string, string[]>();
  const caseOnly = new Map<string, { id: string; entry: AnswerEntry }[]>();
  let selections = 0;
  let withoutSelection = 0;
  for (const r of survey.replies) {
    const guid = guidOf(`source:${r.path}`);
    sourceGuids.set(r.path, guid);
    files[`sources/${guid}.txt`] = strToU8(r.text);
    const located: { id: string; entry: AnswerEntry; start: number; end: number }[] = [];
    for (const a of r.answers) {
      const at = survey.locate(r, a.entry);
      if (at) located.push({ ...a, ...at });
      else {
        withoutSelection++;
        const list = caseOnly.get(r.council) ?? [];
        list.push(a);
        caseOnly.set(r.council, list);
      }
    }
    const points = codePointOffsets(r.text, located.flatMap((l) => [l.start, l.end]));
    const parts: string[] = [`<TextSource guid="${guid}" name="${xmlText(r.path)}" plainTextPath="internal://${guid}.txt" creationDateTime="${now}">`];
    parts.push(`<Description>${xmlText(`Reply of ${r.council}${r.binary ? ' (binary file: no text)' : ''}`)}</Description>`);
    located.forEach((l, i) => {
      const selGuid = guidOf(`selection:${r.path}:${l.id}`);
      const user = userGuid(l.entry.coder);
      const category = l.entry.status === 'refused' && l.entry.exemption ? `refused ${l.entry.exemption}` : l.entry.status;
      const about = [l.entry.value !== undefined && l.entry.value !== null && l.entry.value !== '' ? `value: ${String(l.entry.value)}${l.entry.unit ? ` ${l.entry.unit}` : ''}` : '', l.entry.note ? `note: ${l.entry.note}` : ''].filter(Boolean).join('\n');
      parts.push(`<PlainTextSelection guid="${selGuid}" name="${xmlText(`${l.id} ${category}`)}" startPosition="${points[2 * i]}" endPosition="${points[2 * i + 1]}" creatingUser="${user}" creationDateTime="${now}">`);
      if (about) parts.push(`<Description>${xmlText(about)}</Description>`);
      parts.push(`<Coding guid="${guidOf(`coding:${r.path}:${l.id}`)}" creatingUser="${user}" creationDateTime="${now}"><CodeRef targetGUID="${codeOf(l.id, l.entry)}"/></Coding>`);
      parts.push('</PlainTextSelection>');
      const list = selectionsByCouncil.get(r.council) ?? [];
      list.push(selGuid);
      selectionsByCouncil.set(r.council, list);
      selections++;
    });
    parts.push('</TextSource>');
    sourceXml.push(parts.join(''));
  }

  // Cases
  if (survey.coverage.councils.length > 0) {
    out.push('<Cases>');
    for (const c of survey.coverage.councils) {
      out.push(`<Case guid="${guidOf(`case:${c.council}`)}" name="${xmlText(c.council)}">`);
      out.push(`<Description>${xmlText(`${c.coded} of ${c.asked} questions coded${c.variant ? `; variant ${c.variant}` : ''}`)}</Description>`);
      const refs = new Set<string>();
      for (const a of caseOnly.get(c.council) ?? []) refs.add(codeOf(a.id, a.entry));
      for (const ref of refs) out.push(`<CodeRef targetGUID="${ref}"/>`);
      out.push(`<VariableValue><VariableRef targetGUID="${percentVar}"/><FloatValue>${decimalString(c.percent)}</FloatValue></VariableValue>`);
      const m = winners.get(c.council)!;
      for (const question of q.questions) {
        const entry = m.get(question.id);
        if (!entry) continue;
        const v = valueElement(varTypes.get(question.id)!, entry.value);
        if (v) out.push(`<VariableValue><VariableRef targetGUID="${guidOf(`variable:${question.id}`)}"/>${v}</VariableValue>`);
        if (unitVar.has(question.id) && entry.unit) out.push(`<VariableValue><VariableRef targetGUID="${guidOf(`variable:${question.id} unit`)}"/><TextValue>${xmlText(entry.unit)}</TextValue></VariableValue>`);
      }
      for (const file of c.files) {
        const g = sourceGuids.get(file);
        if (g) out.push(`<SourceRef targetGUID="${g}"/>`);
      }
      for (const sel of selectionsByCouncil.get(c.council) ?? []) out.push(`<SelectionRef targetGUID="${sel}"/>`);
      out.push('</Case>');
    }
    out.push('</Cases>');
  }

  if (sourceXml.length > 0) out.push('<Sources>', ...sourceXml, '</Sources>');
  out.push(`<Description>${xmlText(`Exported by FOI Coder: ${survey.coverage.councils.length} councils, ${survey.replies.length} replies, ${q.questions.length} questions.`)}</Description>`);
  out.push('</Project>');

  files['project.qde'] = strToU8(out.join('\n') + '\n');
  const bytes = zipSync(files, { level: 6, mtime: options.now ?? new Date() });
  return { bytes, sources: survey.replies.length, selections, withoutSelection, cases: survey.coverage.councils.length };
}
