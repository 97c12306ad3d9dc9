// E-mail sources → messages: .eml (MIME, any transfer encoding and charset, via postal-mime),
// mbox exports (split on "From " lines, then each as .eml) and Outlook .msg (@kenjiuno/msgreader).
// An HTML-only body is turned into text; attachments are passed on as bytes for extract.ts.
import { htmlToText } from './html';
import type { Attachment, Message, SourceRef } from './types';

/** yyyy-mm-dd of a date string, or undefined. */
export function isoDay(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  const m = /((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

// Windows-1252 bytes 0x80–0x9F, as some decoders leave them (as C1 controls) when a message says
// windows-1252 or iso-8859-1: WHATWG maps both labels to Windows-1252, so we finish the job.
const C1_TO_CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹',
  0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™',
  0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function fixC1(s: string): string {
  return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (ch) => C1_TO_CP1252[ch.charCodeAt(0)] ?? ch) : s;
}

function address(a: unknown): string | undefined {
  if (!a || typeof a !== 'object') return undefined;
  const { name, address: addr } = a as { name?: string; address?: string };
  if (name && addr) return `${name} <${addr}>`;
  return addr || name || undefined;
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** Parse one RFC 822 message. */
export async function parseEml(bytes: Uint8Array, source: SourceRef): Promise<Message> {
  const { default: PostalMime } = (await import('postal-mime')) as unknown as { default: typeof import('postal-mime') };
  const mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  const header = (k: string) => mail.headers.find((h) => h.key === k)?.value;
  const text = fixC1(mail.text && mail.text.trim() !== '' ? mail.text : mail.html ? htmlToText(mail.html) : '');
  const attachments: Attachment[] = mail.attachments
    .filter((a) => !a.related && !(a.disposition === 'inline' && a.mimeType.startsWith('image/')))
    .map((a, i) => ({ name: a.filename ?? `attachment-${i + 1}${extensionFor(a.mimeType)}`, bytes: bytesOf(a.content), mimeType: a.mimeType }));
  const auto = [header('auto-submitted'), header('x-autoreply'), header('x-autorespond'), header('precedence')].filter(Boolean).join(' ');
  return {
    sources: [source],
    direction: 'incoming',
    date: isoDay(mail.date),
    from: address(mail.from),
    fromAddress: (mail.from as { address?: string } | undefined)?.address,
    subject: mail.subject === undefined ? undefined : fixC1(mail.subject),
    body: text,
    attachments,
    autoReplyHeader: /auto-replied|auto-generated|auto_reply|\byes\b/i.test(auto) && !/^no$/i.test(header('auto-submitted') ?? '') ? auto : undefined,
  };
}

function extensionFor(mime: string): string {
  const map: Record<string, string> = { 'application/pdf': '.pdf', 'text/plain': '.txt', 'text/html': '.html', 'text/csv': '.csv' };
  return map[mime] ?? '';
}

/** Split an mbox export into its messages (mboxrd: ">From " lines are unescaped). */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts: number[] = [];
  let i = 0;
  while (i < buf.length) {
    const nl = buf.indexOf(10, i);
    const end = nl === -1 ? buf.length : nl + 1;
    if (buf[i] === 0x46 && buf.toString('latin1', i, Math.min(i + 5, buf.length)) === 'From ' && (i === 0 || buf[i - 1] === 10)) starts.push(i);
    i = end;
  }
  const out: Uint8Array[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = buf.indexOf(10, starts[k]!) + 1;
    const to = k + 1 < starts.length ? starts[k + 1]! : buf.length;
    if (from <= 0 || from >= to) continue;
    // Unescape ">From " (and ">>From " → ">From ") at line starts.
    const msg = buf.toString('latin1', from, to).replace(/^>(>*From )/gm, '$1');
    out.push(Buffer.from(msg, 'latin1'));
  }
  return out;
}

/** Whether the bytes start like an mbox file. */
export function looksLikeMbox(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 5)).toString('latin1') === 'From ';
}

/** Parse an Outlook .msg file. */
export async function parseMsg(bytes: Uint8Array, source: SourceRef): Promise<Message> {
  const { default: MsgReader } = (await import('@kenjiuno/msgreader')) as unknown as { default: typeof import('@kenjiuno/msgreader').default };
  const copy = new Uint8Array(bytes);
  const reader = new MsgReader(copy.buffer);
  const data = reader.getFileData();
  if ((data as { error?: string }).error) throw new Error(`not an Outlook message: ${(data as { error?: string }).error}`);
  const html = data.bodyHtml ?? (data.html ? new TextDecoder('utf-8').decode(data.html) : undefined);
  const body = data.body && data.body.trim() !== '' ? data.body : html ? htmlToText(html) : '';
  const attachments: Attachment[] = [];
  for (const att of data.attachments ?? []) {
    if (att.innerMsgContent) continue;
    const a = reader.getAttachment(att);
    attachments.push({ name: a.fileName || att.fileName || 'attachment', bytes: a.content });
  }
  const headers = data.headers ?? '';
  const autoHeader = /^(?:auto-submitted:\s*(?!no\b)\S+|x-autoreply:.*)$/im.exec(headers)?.[0];
  const from = data.senderName && data.senderEmail ? `${data.senderName} <${data.senderEmail}>` : (data.senderEmail ?? data.senderName);
  return {
    sources: [source],
    direction: 'incoming',
    date: isoDay(data.messageDeliveryTime ?? data.clientSubmitTime ?? /^date:\s*(.+)$/im.exec(headers)?.[1]),
    from,
    fromAddress: data.senderEmail,
    subject: data.subject,
    body: body.replace(/\r\n?/g, '\n'),
    attachments,
    autoReplyHeader: autoHeader,
  };
}
