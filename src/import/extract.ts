// Attachment → text, by type: PDF (page by page), Word .docx (mammoth → HTML → text, tables as
// rows), spreadsheets .xlsx (exceljs, a row per line, cells tab-separated) and .csv, HTML, and
// plain text in any encoding (the engine's decoder). Each library is loaded on first use.
// Problems are values: a failed attachment gives a message and the rest of the reply goes on.
import { decodeText } from '../core/text';
import { htmlToText } from './html';
import { PdfError, pdfText } from './pdf';
import type { Attachment } from './types';

export interface ExtractedPart {
  name: string;
  page?: number;
  text: string;
}

export interface Extracted {
  parts: ExtractedPart[];
  /** Things the user should know that did not stop the import (a page without text). */
  notes: string[];
  /** Why the attachment could not be read at all. */
  error?: string;
  /** The attachment carries no text by nature (an image, a signature): skipped quietly. */
  ignored?: boolean;
}

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

function ext(name: string): string {
  const m = /\.([a-z0-9]{1,6})$/i.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

export function attachmentType(a: Pick<Attachment, 'name' | 'mimeType'>): 'pdf' | 'docx' | 'xlsx' | 'csv' | 'html' | 'txt' | 'eml' | 'image' | 'other' {
  const e = ext(a.name);
  const mime = a.mimeType ?? '';
  if (e === 'pdf' || mime === 'application/pdf') return 'pdf';
  if (e === 'docx' || mime.includes('wordprocessingml')) return 'docx';
  if (e === 'xlsx' || mime.includes('spreadsheetml')) return 'xlsx';
  if (e === 'csv' || mime === 'text/csv') return 'csv';
  if (e === 'html' || e === 'htm' || mime === 'text/html') return 'html';
  if (e === 'txt' || e === 'text' || mime === 'text/plain') return 'txt';
  if (e === 'eml' || mime === 'message/rfc822') return 'eml';
  if (['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'p7s', 'ics', 'vcf'].includes(e) || mime.startsWith('image/')) return 'image';
  return 'other';
}

function decoded(bytes: Uint8Array, name: string): { text: string; notes: string[] } {
  const d = decodeText(bytes);
  if (d.binary) throw new Error('looks binary, not text');
  return { text: d.text.replace(/\r\n?/g, '\n'), notes: d.warnings.map((w) => `${name}: ${w}`) };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mod = (await import('mammoth')) as unknown as Partial<typeof import('mammoth')> & { default?: typeof import('mammoth') };
  const api = (mod.convertToHtml ? mod : mod.default!) as typeof import('mammoth');
  const result = await api.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToText(result.value);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown; hyperlink?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.error) return v.error;
    return '';
  }
  return String(value).replace(/\s*\n\s*/g, ' ');
}

async function xlsxText(bytes: Uint8Array): Promise<ExtractedPart[]> {
  const mod = (await import('exceljs')) as unknown as { Workbook?: new () => import('exceljs').Workbook; default?: { Workbook: new () => import('exceljs').Workbook } };
  const Workbook = mod.Workbook ?? mod.default!.Workbook;
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const parts: ExtractedPart[] = [];
  wb.eachSheet((sheet) => {
    const lines: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      lines.push(cells.join('\t'));
    });
    parts.push({ name: '', text: `Sheet: ${sheet.name}\n${lines.join('\n')}` });
  });
  return parts;
}

/** The text of one attachment (or of a document given on its own). */
export async function extractAttachment(a: Attachment, options: { maxBytes?: number } = {}): Promise<Extracted> {
  const max = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  const type = attachmentType(a);
  if (type === 'image') return { parts: [], notes: [], ignored: true };
  if (a.bytes.length > max) return { parts: [], notes: [], error: `too large to import (${(a.bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${max / 1024 / 1024} MB)` };
  try {
    switch (type) {
      case 'pdf': {
        const pdf = await pdfText(a.bytes);
        const notes = pdf.empty.map((n) => `page ${n} has no text: scanned? (its text is not imported)`);
        return { parts: pdf.pages.map((p) => ({ name: a.name, page: p.page, text: p.text })), notes };
      }
      case 'docx':
        return { parts: [{ name: a.name, text: await docxText(a.bytes) }], notes: [] };
      case 'xlsx':
        return { parts: (await xlsxText(a.bytes)).map((p) => ({ ...p, name: a.name })), notes: [] };
      case 'html': {
        const d = decoded(a.bytes, a.name);
        return { parts: [{ name: a.name, text: htmlToText(d.text) }], notes: d.notes };
      }
      case 'csv':
      case 'txt': {
        const d = decoded(a.bytes, a.name);
        return { parts: [{ name: a.name, text: d.text.trim() }], notes: d.notes };
      }
      case 'eml':
        return { parts: [], notes: [], error: 'a forwarded e-mail attachment; import it as its own .eml file' };
      default:
        return { parts: [], notes: [], error: `cannot read this type of file (${ext(a.name) ? `.${ext(a.name)}` : a.mimeType || 'unknown type'})` };
    }
  } catch (e) {
    const message = e instanceof PdfError ? e.message : `${type === 'docx' ? 'not a readable Word document' : type === 'xlsx' ? 'not a readable spreadsheet' : 'cannot read'}: ${(e as Error)?.message ?? String(e)}`;
    return { parts: [], notes: [], error: message };
  }
}
