// Reading what the user named into messages. A source is a file or a folder; a zip (or a folder)
// is a tree of files, and a tree laid out as a WhatDoTheyKnow download —
//   <Public body> - <url_title>/<date>/{outgoing_<id>.txt, incoming_<id>.txt, attachments-<id>/<file>}
// with a dashboard.csv (request_url, authority_name, …) at the top — becomes one message per
// incoming/outgoing file, its attachments and its council attached. Every other file stands for
// itself: an e-mail (.eml, .msg, an mbox), or a document (PDF, Word, spreadsheet, HTML, text).
// Problems are values: each refused entry or unreadable file gives a message and the rest goes on.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { decodeText } from '../core/text';
import { isoDay, looksLikeMbox, parseEml, parseMsg, splitMbox } from './email';
import { attachmentType } from './extract';
import { htmlToText } from './html';
import { parseCsv } from './naming';
import type { Attachment, ErrorItem, Message, SkippedItem, SourceRef } from './types';
import { DEFAULT_ZIP_LIMITS, readZip, looksLikeZip } from './zip';
import type { ZipLimits } from './zip';

/** One file of a source tree. */
export interface TreeFile {
  /** '/'-separated path inside the tree (the file's own name for a single file). */
  path: string;
  size: number;
  read(): Uint8Array;
}

export interface SourceTree {
  /** The name the user gave (a zip's or folder's base name). */
  origin: string;
  /** The tree's own name without extension: a single request's folder when it has no body folder. */
  rootName: string;
  files: TreeFile[];
  /** Files that sit inside an archive (their refs carry `entry`). */
  archive: boolean;
}

export interface ReadOptions {
  zipLimits?: ZipLimits;
  /** Largest single file read from a folder, bytes. */
  maxFileBytes?: number;
}

export const MAX_SOURCE_FILE_BYTES = 512 * 1024 * 1024;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface Collected {
  messages: Message[];
  skipped: SkippedItem[];
  errors: ErrorItem[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '__MACOSX']);

function walk(root: string, errors: ErrorItem[], origin: string, maxBytes: number): TreeFile[] {
  const out: TreeFile[] = [];
  const visit = (rel: string) => {
    const abs = rel ? nodePath.join(root, ...rel.split('/')) : root;
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch (e) {
      errors.push({ source: `${origin}/${rel}`, message: `cannot read the folder: ${(e as Error).message}` });
      return;
    }
    for (const name of names) {
      const childRel = rel ? `${rel}/${name}` : name;
      const childAbs = nodePath.join(abs, name);
      const st = lstatSync(childAbs, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isSymbolicLink()) {
        errors.push({ source: `${origin}/${childRel}`, message: 'a symbolic link: not followed (copy the file itself into the folder)' });
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name)) visit(childRel);
        continue;
      }
      if (!st.isFile()) continue;
      if (name.startsWith('.') || name === 'Thumbs.db') continue;
      if (st.size > maxBytes) {
        errors.push({ source: `${origin}/${childRel}`, message: `too large to import (${(st.size / 1024 / 1024).toFixed(0)} MB)` });
        continue;
      }
      out.push({ path: childRel, size: st.size, read: () => readFileSync(childAbs) });
    }
  };
  visit('');
  return out;
}

const isZipName = (name: string) => /\.zip$/i.test(name);

/** Open what the user named as a tree of files. Throws only when the source cannot be read at all. */
export function openSource(absPath: string, errors: ErrorItem[], options: ReadOptions = {}): SourceTree {
  const origin = nodePath.basename(absPath);
  // A path the user typed is followed even when it is a link: that is their choice. Links found
  // inside a folder or an archive are not.
  const st = statSync(absPath, { throwIfNoEntry: false });
  if (!st) throw new Error('not found');
  const maxBytes = options.maxFileBytes ?? MAX_SOURCE_FILE_BYTES;
  if (st.isDirectory()) return { origin, rootName: origin, files: walk(absPath, errors, origin, maxBytes), archive: false };
  if (!st.isFile()) throw new Error('not a file or a folder');
  if (st.size > maxBytes) throw new Error(`too large to import (${(st.size / 1024 / 1024).toFixed(0)} MB)`);
  const bytes = readFileSync(absPath);
  if (isZipName(origin) || (looksLikeZip(bytes) && attachmentType({ name: origin }) === 'other')) return zipTree(bytes, origin, errors, options.zipLimits);
  return { origin, rootName: origin.replace(/\.[^.]+$/, ''), files: [{ path: origin, size: bytes.length, read: () => bytes }], archive: false };
}

function zipTree(bytes: Uint8Array, origin: string, errors: ErrorItem[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): SourceTree {
  const listing = readZip(bytes, limits);
  for (const p of listing.problems) errors.push({ source: `${origin}:${p.name}`, message: p.message });
  const files: TreeFile[] = [];
  for (const e of listing.entries) {
    const base = e.name.slice(e.name.lastIndexOf('/') + 1);
    if (base.startsWith('.') || e.name.startsWith('__MACOSX/')) continue;
    files.push({ path: e.name, size: e.size, read: () => e.read() });
  }
  return { origin, rootName: origin.replace(/\.zip$/i, ''), files, archive: true };
}

// ---- WhatDoTheyKnow layout ---------------------------------------------------------------------

const MESSAGE_FILE = /^(incoming|outgoing)_([A-Za-z0-9-]+)\.txt$/i;

interface Dashboard {
  /** url_title → authority_name */
  byUrlTitle: Map<string, string>;
  /** authority_name lower-cased → authority_name */
  byName: Map<string, string>;
}

function readDashboard(file: TreeFile): Dashboard {
  const rows = parseCsv(decodeText(file.read()).text);
  const header = (rows[0] ?? []).map((h) => h.toLowerCase().trim());
  const urlCol = header.indexOf('request_url');
  const nameCol = header.indexOf('authority_name');
  const d: Dashboard = { byUrlTitle: new Map(), byName: new Map() };
  if (nameCol < 0) return d;
  for (const row of rows.slice(1)) {
    const name = row[nameCol]?.trim();
    if (!name) continue;
    d.byName.set(name.toLowerCase(), name);
    const url = urlCol >= 0 ? row[urlCol] : undefined;
    const title = url ? /\/request\/([^/?#]+)/.exec(url)?.[1] : undefined;
    if (title) d.byUrlTitle.set(title.toLowerCase(), name);
  }
  return d;
}

/** The council a WhatDoTheyKnow request folder belongs to: the dashboard's name, else the folder's. */
function bodyOfFolder(folder: string, dashboard: Dashboard | null): string | undefined {
  const cut = folder.lastIndexOf(' - ');
  const body = cut > 0 ? folder.slice(0, cut).trim() : undefined;
  const urlTitle = cut > 0 ? folder.slice(cut + 3).trim() : folder.trim();
  if (dashboard) {
    const byTitle = dashboard.byUrlTitle.get(urlTitle.toLowerCase());
    if (byTitle && (!body || dashboard.byUrlTitle.size > 0)) return byTitle;
    if (body && dashboard.byName.has(body.toLowerCase())) return dashboard.byName.get(body.toLowerCase());
  }
  return body;
}

/** Leading `Key: value` header lines of a WhatDoTheyKnow message file, when it has them. */
function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
  const headers = new Map<string, string>();
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && i < 30) {
    const m = /^(From|To|Date|Subject|Sent|Cc):[ \t]*(.*)$/i.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) break;
    headers.set(m[1]!.toLowerCase(), m[2]!.trim());
    i++;
  }
  if (headers.size === 0 || (i < lines.length && lines[i]!.trim() !== '')) return { headers: new Map(), body: text };
  return { headers, body: lines.slice(i + 1).join('\n') };
}

function ref(tree: SourceTree, file: TreeFile, bytes: Uint8Array): SourceRef {
  return tree.archive || tree.files.length > 1 || file.path !== tree.origin ? { file: tree.origin, entry: file.path, sha256: sha256(bytes) } : { file: tree.origin, sha256: sha256(bytes) };
}

/** Turn a tree into messages. */
export async function collectMessages(tree: SourceTree): Promise<Collected> {
  const out: Collected = { messages: [], skipped: [], errors: [] };
  const label = (f: TreeFile) => (tree.archive || tree.files.length > 1 || f.path !== tree.origin ? `${tree.origin}:${f.path}` : tree.origin);
  const used = new Set<TreeFile>();
  const dashFile = tree.files.filter((f) => /(^|\/)dashboard\.csv$/i.test(f.path)).sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
  let dashboard: Dashboard | null = null;
  if (dashFile) {
    used.add(dashFile);
    try {
      dashboard = readDashboard(dashFile);
    } catch (e) {
      out.errors.push({ source: label(dashFile), message: `cannot read the dashboard: ${(e as Error).message}` });
    }
  }

  const messageFiles = tree.files.filter((f) => MESSAGE_FILE.test(f.path.slice(f.path.lastIndexOf('/') + 1)));
  for (const mf of messageFiles) {
    used.add(mf);
    const parts = mf.path.split('/');
    const [, direction, id] = MESSAGE_FILE.exec(parts[parts.length - 1]!)!;
    const dateFolder = parts.length >= 2 ? parts[parts.length - 2]! : '';
    const requestFolder = parts.length >= 3 ? parts[parts.length - 3]! : dateFolder && !isoDay(dateFolder) ? dateFolder : tree.rootName;
    const requestPrefix = parts.length >= 3 ? parts.slice(0, parts.length - 2).join('/') + '/' : parts.length === 2 && !isoDay(dateFolder) ? `${dateFolder}/` : '';
    const attachments: Attachment[] = [];
    const sources: SourceRef[] = [];
    let bytes: Uint8Array;
    try {
      bytes = mf.read();
    } catch (e) {
      out.errors.push({ source: label(mf), message: (e as Error).message });
      continue;
    }
    sources.push(ref(tree, mf, bytes));
    const attachDir = new RegExp(`(?:^|/)attachments-${id!.replace(/[^A-Za-z0-9-]/g, '')}/`, 'i');
    for (const af of tree.files) {
      if (af === mf || !af.path.startsWith(requestPrefix) || !attachDir.test(af.path)) continue;
      used.add(af);
      try {
        const ab = af.read();
        attachments.push({ name: af.path.slice(af.path.lastIndexOf('/') + 1), bytes: ab });
        sources.push(ref(tree, af, ab));
      } catch (e) {
        out.errors.push({ source: label(af), message: (e as Error).message });
      }
    }
    attachments.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const { headers, body } = splitHeaders(decodeText(bytes).text.replace(/\r\n?/g, '\n'));
    const hint = bodyOfFolder(requestFolder, dashboard);
    const m: Message = {
      sources,
      direction: direction!.toLowerCase() === 'outgoing' ? 'outgoing' : 'incoming',
      body,
      attachments,
    };
    const date = isoDay(headers.get('date') ?? headers.get('sent')) ?? isoDay(dateFolder);
    if (date) m.date = date;
    if (headers.get('from')) m.from = headers.get('from')!;
    if (headers.get('subject')) m.subject = headers.get('subject')!;
    if (hint) m.councilHint = hint;
    out.messages.push(m);
  }

  for (const f of tree.files) {
    if (used.has(f)) continue;
    if (/(^|\/)attachments-[^/]+\//i.test(f.path)) {
      out.skipped.push({ source: label(f), reason: 'an attachment whose message file is missing' });
      continue;
    }
    await fileMessages(tree, f, label(f), out);
  }
  return out;
}

/** A file that stands for itself: an e-mail, an mbox, or a document. */
async function fileMessages(tree: SourceTree, f: TreeFile, label: string, out: Collected): Promise<void> {
  const name = f.path.slice(f.path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = f.read();
  } catch (e) {
    out.errors.push({ source: label, message: (e as Error).message });
    return;
  }
  const source = ref(tree, f, bytes);
  try {
    if (lower.endsWith('.eml')) {
      out.messages.push(await parseEml(bytes, source));
      return;
    }
    if (lower.endsWith('.msg')) {
      out.messages.push(await parseMsg(bytes, source));
      return;
    }
    if (lower.endsWith('.mbox') || lower.endsWith('.mbx') || (!/\.[a-z0-9]{1,5}$/.test(lower) && looksLikeMbox(bytes))) {
      const parts = splitMbox(bytes);
      if (parts.length === 0) out.errors.push({ source: label, message: 'no messages found in this mbox file' });
      for (let i = 0; i < parts.length; i++) {
        const s: SourceRef = { file: source.file, entry: `${source.entry ? `${source.entry}` : ''}#${i + 1}`, sha256: sha256(parts[i]!) };
        try {
          out.messages.push(await parseEml(parts[i]!, s));
        } catch (e) {
          out.errors.push({ source: `${label}#${i + 1}`, message: `cannot read this message: ${(e as Error).message}` });
        }
      }
      return;
    }
  } catch (e) {
    out.errors.push({ source: label, message: `cannot read this e-mail: ${(e as Error).message}` });
    return;
  }
  if (isZipName(name)) {
    out.skipped.push({ source: label, reason: tree.archive ? 'an archive inside an archive: unpack it and import it on its own' : 'an archive inside a folder: import it on its own' });
    return;
  }
  const type = attachmentType({ name });
  if (type === 'txt' || type === 'html') {
    const d = decodeText(bytes);
    if (d.binary) {
      out.errors.push({ source: label, message: 'looks binary, not text' });
      return;
    }
    const text = d.text.replace(/\r\n?/g, '\n');
    out.messages.push({ sources: [source], direction: 'incoming', body: type === 'html' ? htmlToText(text) : text, attachments: [], standalone: true });
    return;
  }
  if (type === 'pdf' || type === 'docx' || type === 'xlsx' || type === 'csv') {
    out.messages.push({ sources: [source], direction: 'incoming', body: '', attachments: [{ name, bytes }], standalone: true });
    return;
  }
  out.skipped.push({ source: label, reason: `not a reply format (${lower.includes('.') ? lower.slice(lower.lastIndexOf('.')) : 'no extension'})` });
}
