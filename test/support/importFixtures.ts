// Builders for import fixtures made from fictional text: Word documents (a zip of XML), e-mails
// (MIME, quoted-printable/base64, any charset), mbox files, and WhatDoTheyKnow-style batch zips.
// Shared by the unit tests, the import benchmark and the bundled example.
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { makePdf } from './pdfWriter';

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx with paragraphs and, optionally, a table (rows of cells). */
export function makeDocx(paragraphs: string[], table?: string[][]): Uint8Array {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r></w:p>`;
  const tbl = table
    ? `<w:tbl>${table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    : '';
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join('')}${tbl}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': enc(doc),
  });
}

export interface EmailSpec {
  from: string;
  to?: string;
  subject: string;
  date: string;
  body: string;
  /** Charset of the text part (the body is encoded to it). */
  charset?: 'utf-8' | 'windows-1252';
  transfer?: 'quoted-printable' | 'base64' | '8bit';
  html?: boolean;
  attachments?: { name: string; bytes: Uint8Array; type: string }[];
  headers?: Record<string, string>;
}

const CP1252: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

function encodeCharset(s: string, charset: string): Buffer {
  if (charset !== 'windows-1252') return Buffer.from(s, 'utf8');
  return Buffer.from([...s].map((ch) => CP1252[ch] ?? (ch.codePointAt(0)! <= 0xff ? ch.codePointAt(0)! : 0x3f)));
}

function qp(bytes: Buffer): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    let piece: string;
    if (b === 10) {
      out += line + '\r\n';
      line = '';
      continue;
    }
    if (b === 13) continue;
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) piece = String.fromCharCode(b);
    else piece = '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (line.length + piece.length > 73) {
      out += line + '=\r\n';
      line = '';
    }
    line += piece;
  }
  return out + line;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');

/** An RFC 822 message. */
export function makeEml(spec: EmailSpec): Uint8Array {
  const charset = spec.charset ?? 'utf-8';
  const transfer = spec.transfer ?? 'quoted-printable';
  const raw = encodeCharset(spec.body, charset);
  const bodyEncoded = transfer === 'base64' ? b64(raw) : transfer === 'quoted-printable' ? qp(raw) : raw.toString('latin1').replace(/\n/g, '\r\n');
  const textPart = [`Content-Type: text/${spec.html ? 'html' : 'plain'}; charset=${charset}`, `Content-Transfer-Encoding: ${transfer}`, '', bodyEncoded].join('\r\n');
  const head = [
    `From: ${spec.from}`,
    `To: ${spec.to ?? 'Researcher <researcher@example.org>'}`,
    `Subject: ${spec.subject}`,
    `Date: ${spec.date}`,
    `Message-ID: <${Buffer.from(spec.subject + spec.date).toString('hex').slice(0, 24)}@example.invalid>`,
    'MIME-Version: 1.0',
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  let message: string;
  if (!spec.attachments?.length) message = [...head, textPart].join('\r\n');
  else {
    const boundary = '=_foi_boundary_42';
    const parts = [textPart];
    for (const a of spec.attachments) {
      parts.push([`Content-Type: ${a.type}; name="${a.name}"`, `Content-Disposition: attachment; filename="${a.name}"`, 'Content-Transfer-Encoding: base64', '', b64(a.bytes)].join('\r\n'));
    }
    message = [...head, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', 'This is a multi-part message in MIME format.', ...parts.map((p) => `--${boundary}\r\n${p}`), `--${boundary}--`, ''].join('\r\n');
  }
  return new Uint8Array(Buffer.from(message, 'latin1'));
}

/** An mbox file of messages. */
export function makeMbox(messages: Uint8Array[]): Uint8Array {
  const parts = messages.map((m) => {
    const text = Buffer.from(m).toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
    return `From researcher@example.org Mon Jan  5 09:00:00 2026\n${text}\n`;
  });
  return new Uint8Array(Buffer.from(parts.join('\n'), 'latin1'));
}

// ---- a fictional survey -----------------------------------------------------------------------

export const REQUEST_TEXT = `Dear Sir or Madam,

Under the Freedom of Information Act 2000 I would like to request the following information.

Q1. How many customer service staff (FTE) did the council employ on 1 April 2025?
Q2. Does the council use a CRM system? (Yes/No)
Q3. What was the annual cost of the CRM licence in 2024/25?
Q4. When does the current CRM contract end?

Yours faithfully,
A. Researcher`;

export interface FictionalCouncil {
  name: string;
  urlTitle: string;
  domain: string;
  staff: number;
  crm: boolean;
  cost: string;
  end: string;
  /** How the reply arrives. */
  form: 'inline' | 'pdf' | 'docx';
}

export const COUNCILS: FictionalCouncil[] = [
  { name: 'Castlebridge District Council', urlTitle: 'crm_systems_castlebridge', domain: 'castlebridge.gov.invalid', staff: 42, crm: true, cost: '£18,250', end: '31 March 2027', form: 'pdf' },
  { name: 'Northmere Borough Council', urlTitle: 'crm_systems_northmere', domain: 'northmere.gov.invalid', staff: 17, crm: true, cost: '£9,900', end: '30 June 2026', form: 'docx' },
  { name: 'Eldon Vale Council', urlTitle: 'crm_systems_eldon_vale', domain: 'eldonvale.gov.invalid', staff: 8, crm: false, cost: 'not applicable', end: 'not applicable', form: 'inline' },
];

/** The council's answers as plain text lines (question quoted, answer under it). */
export function answerLines(c: FictionalCouncil): string[] {
  return [
    `${c.name.toUpperCase()}`,
    'Freedom of Information response',
    '',
    'Q1. How many customer service staff (FTE) did the council employ on 1 April 2025?',
    `${c.staff} FTE.`,
    '',
    'Q2. Does the council use a CRM system? (Yes/No)',
    c.crm ? 'Yes.' : 'No.',
    '',
    'Q3. What was the annual cost of the CRM licence in 2024/25?',
    c.crm ? `The licence cost ${c.cost} in 2024/25.` : 'Not applicable: the council does not use a CRM system.',
    '',
    'Q4. When does the current CRM contract end?',
    c.crm ? `The contract ends on ${c.end}.` : 'Not applicable.',
  ];
}

export function coveringNote(c: FictionalCouncil, attached: boolean): string {
  return attached
    ? `Dear A. Researcher,\n\nThank you for your request for information. Please find our response attached.\n\nInformation Governance Team\n${c.name}`
    : `Dear A. Researcher,\n\nThank you for your request for information. Our response is below.\n\n${answerLines(c).join('\n')}\n\nInformation Governance Team\n${c.name}`;
}

export function acknowledgement(c: FictionalCouncil): string {
  return `Dear A. Researcher,\n\nWe have received your request for information and will respond within 20 working days.\n\nInformation Governance Team\n${c.name}`;
}

export interface BatchOptions {
  councils?: FictionalCouncil[];
  /** Add an entry named "../outside.txt" (a path traversal attempt). */
  hostile?: boolean;
  /** Leave out dashboard.csv. */
  noDashboard?: boolean;
}

/** A WhatDoTheyKnow-style batch download: request, acknowledgement and reply per council. */
export function makeBatchZip(options: BatchOptions = {}): Uint8Array {
  const files: Zippable = {};
  const councils = options.councils ?? COUNCILS;
  const dash = ['request_url,authority_name,number_of_replies,request_status'];
  councils.forEach((c, i) => {
    const folder = `${c.name} - ${c.urlTitle}`;
    const id = 1000 + i * 10;
    dash.push(`https://wdtk.invalid/request/${c.urlTitle},${c.name},2,successful`);
    files[`${folder}/2026-01-05/outgoing_${id}.txt`] = enc(REQUEST_TEXT.replace('Dear Sir or Madam', `Dear ${c.name}`));
    files[`${folder}/2026-01-06/incoming_${id + 1}.txt`] = enc(acknowledgement(c));
    const replyDir = `${folder}/2026-01-28`;
    files[`${replyDir}/incoming_${id + 2}.txt`] = enc(coveringNote(c, c.form !== 'inline'));
    if (c.form === 'pdf') {
      const lines = answerLines(c);
      files[`${replyDir}/attachments-${id + 2}/FOI ${id} Response.pdf`] = makePdf({ pages: [lines.slice(0, 8), lines.slice(8)] });
    } else if (c.form === 'docx') {
      files[`${replyDir}/attachments-${id + 2}/FOI ${id} Response.docx`] = makeDocx(answerLines(c));
    }
  });
  if (!options.noDashboard) files['dashboard.csv'] = enc(dash.join('\n') + '\n');
  if (options.hostile) files['../outside.txt'] = enc('This must never be written anywhere.');
  return zipSync(files, { level: 6, mtime: new Date('2026-02-01T00:00:00Z') });
}
