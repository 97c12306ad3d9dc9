// The importer (DESIGN §11), one engine for `foi-coder import` and **FOI: Import Replies…**:
// sources → messages (sources.ts) → text with a separator per attachment page (compose) → kind
// (judge.ts) and council (naming.ts) → files in the workspace:
//   replies/<council-slug>.txt                         the council's first reply message
//   replies/<council-slug>.<yyyy-mm-dd>.<kind>.txt     a later one (internal-review or reply)
//   replies/<council-slug>.answers.yaml                a new sidecar naming the council (never rewritten)
//   correspondence/<council-slug>/<yyyy-mm-dd>.<kind>.txt   the request, acknowledgements, auto-replies
//   <folder>/.foi-import.json                          provenance of each file written in <folder>
// Repeatable: a file whose text is unchanged is not touched, the manifest is deterministic, so a
// second import of the same sources changes no byte. A reply that has codings is never
// overwritten: the new text is written beside it as <reply>.new and reported.
// Nothing is written outside `into`: every path is built from slugs, and each folder written to
// is checked to resolve inside the workspace (a `replies` link pointing elsewhere is refused).
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import * as nodePath from 'node:path';
import { writeFileAtomic } from '../core/files';
import { IMPORT_MANIFEST_NAME, manifestLocation, parseImportManifest, stringifyImportManifest } from '../core/importManifest';
import type { ImportManifest, ManifestEntry } from '../core/importManifest';
import { scanMarkers } from '../core/markers';
import { applyAnswerEdits, parseSidecar, sidecarPathFor } from '../core/sidecar';
import { decodeText } from '../core/text';
import { extractAttachment } from './extract';
import { judgeMessage } from './judge';
import { councilOf, parseCouncilTable, slugify } from './naming';
import type { CouncilTable } from './naming';
import { collectMessages, openSource, sha256 } from './sources';
import type { ReadOptions } from './sources';
import type { ErrorItem, ImportProgress, ImportResult, Message, MessageKind, ReplyPart, SkippedItem } from './types';

export type { ImportResult, ImportProgress } from './types';

export interface ImportOptions {
  /** Absolute paths of the sources (files or folders). */
  sources: string[];
  /** Absolute path of the workspace folder. */
  into: string;
  /** Absolute path of a `--councils` CSV. */
  councils?: string;
  dryRun?: boolean;
  read?: ReadOptions;
  /** Largest attachment read, bytes. */
  maxAttachmentBytes?: number;
}

/** The text of a separator line: `=== FOI 1234 Response.pdf · page 2 ===`. */
export function separator(name: string, page?: number): string {
  const clean = name.replace(/[\r\n]+/g, ' ').replace(/=+/g, '=');
  return page === undefined ? `=== ${clean} ===` : `=== ${clean} · page ${page} ===`;
}

interface Composed {
  message: Message;
  text: string;
  parts: ReplyPart[];
  kind: MessageKind;
  council: string;
  attachmentNames: string[];
  label: string;
}

function sourceLabel(m: Message): string {
  const s = m.sources[0]!;
  return s.entry ? `${s.file}:${s.entry}` : s.file;
}

function sourceKey(m: Message): string {
  const s = m.sources[0]!;
  return `${s.file}\u0000${s.entry ?? ''}`;
}

/** Body, then each attachment part under its separator. Offsets of every part are recorded. */
async function compose(m: Message, result: { skipped: SkippedItem[]; errors: ErrorItem[] }, maxBytes: number | undefined): Promise<{ text: string; parts: ReplyPart[]; hasDocument: boolean; names: string[] }> {
  const parts: ReplyPart[] = [];
  let text = '';
  const body = m.body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (body.trim() !== '') {
    parts.push({ name: 'body', start: 0 });
    text = body + '\n';
  }
  let hasDocument = false;
  const names: string[] = [];
  const label = sourceLabel(m);
  for (const a of m.attachments) {
    const x = await extractAttachment(a, maxBytes === undefined ? {} : { maxBytes });
    if (x.ignored) continue;
    names.push(a.name);
    const where = m.standalone ? label : `${label} → ${a.name}`;
    if (x.error) {
      result.errors.push({ source: where, message: x.error });
      continue;
    }
    for (const note of x.notes) result.skipped.push({ source: where, reason: note });
    for (const p of x.parts) {
      if (p.text.trim() === '' && p.page === undefined) continue;
      hasDocument = true;
      if (text !== '') text += '\n';
      text += separator(a.name, p.page) + '\n';
      parts.push(p.page === undefined ? { name: a.name, start: text.length } : { name: a.name, page: p.page, start: text.length });
      if (p.text.trim() !== '') text += p.text.replace(/\s+$/, '') + '\n';
    }
  }
  return { text, parts, hasDocument, names };
}

function isInside(root: string, p: string): boolean {
  const rel = nodePath.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

/** Create `rel` (a folder below `root`) and check it really is inside `root` (no link leads out). */
function ensureFolder(root: string, rel: string): string {
  const abs = nodePath.join(root, ...rel.split('/'));
  mkdirSync(abs, { recursive: true });
  const real = realpathSync(abs);
  if (!isInside(root, real)) throw new Error(`${rel} leads outside the workspace (to ${real}); not written`);
  return abs;
}

function readIfExists(abs: string): Buffer | null {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return null;
  if (st.isSymbolicLink()) throw new Error('is a link; not overwritten');
  if (!st.isFile()) throw new Error('is not a regular file; not overwritten');
  return readFileSync(abs);
}

/** Whether the reply at `abs` has codings: a sidecar with answers, or one that cannot be read (treated as precious). */
function hasCodings(abs: string): boolean {
  const sidecar = sidecarPathFor(abs);
  if (!existsSync(sidecar)) return false;
  try {
    const parsed = parseSidecar(decodeText(readFileSync(sidecar)).text, sidecar);
    if (!parsed.sidecar) return true;
    return parsed.sidecar.answers.size > 0;
  } catch {
    return true;
  }
}

function loadManifest(abs: string): ImportManifest {
  try {
    return parseImportManifest(readFileSync(abs, 'utf8')) ?? { version: 1, files: {} };
  } catch {
    return { version: 1, files: {} };
  }
}

const KIND_SUFFIX: Record<MessageKind, string> = { reply: 'reply', acknowledgement: 'acknowledgement', 'auto-reply': 'auto-reply', request: 'request' };

/** Run an import. Never throws for bad input (each problem is an error item); throws only when the workspace cannot be used. */
export async function runImport(options: ImportOptions, progress: ImportProgress): Promise<ImportResult> {
  const result: ImportResult = { imported: [], skipped: [], errors: [] };
  const root = existsSync(options.into) ? realpathSync(options.into) : nodePath.resolve(options.into);
  let table: CouncilTable = new Map();
  if (options.councils) {
    const parsed = parseCouncilTable(decodeText(readFileSync(options.councils)).text);
    table = parsed.table;
    for (const p of parsed.problems) result.errors.push({ source: nodePath.basename(options.councils), message: p });
  }

  // 1. Read every source into messages.
  const messages: Message[] = [];
  for (const src of options.sources) {
    const name = nodePath.basename(src);
    try {
      if (existsSync(src) && realpathSync(src) === root) throw new Error('is the workspace itself; import from a download folder or file');
      const tree = openSource(src, result.errors, options.read);
      progress.log(`Reading ${name} (${tree.files.length} file${tree.files.length === 1 ? '' : 's'})`);
      const c = await collectMessages(tree);
      messages.push(...c.messages);
      result.skipped.push(...c.skipped);
      result.errors.push(...c.errors);
    } catch (e) {
      result.errors.push({ source: name, message: (e as Error).message });
    }
  }

  // 2. Compose, judge and name each message.
  const composed: Composed[] = [];
  for (let i = 0; i < messages.length; i++) {
    if (progress.cancelled?.()) {
      progress.log('Cancelled: nothing was written.');
      result.skipped.push({ source: '(import)', reason: 'cancelled before writing' });
      return result;
    }
    const m = messages[i]!;
    const label = sourceLabel(m);
    progress.step?.(i, messages.length, label);
    const c = await compose(m, result, options.maxAttachmentBytes);
    if (c.text.trim() === '') {
      result.skipped.push({ source: label, reason: m.attachments.length ? 'no text in the message or its attachments' : 'an empty message' });
      continue;
    }
    const kind = judgeMessage(m, c.hasDocument, scanMarkers(c.text.length > 200_000 ? c.text.slice(0, 200_000) : c.text).length);
    const council = councilOf(m, `${m.from ? `From: ${m.from}\n` : ''}${c.text}`, table);
    if (!council) {
      result.errors.push({ source: label, message: `cannot tell which council sent this${m.fromAddress ? ` (${m.fromAddress})` : ''}: add its file name or e-mail domain to a --councils table` });
      continue;
    }
    composed.push({ message: m, text: c.text, parts: c.parts, kind, council: council.name, attachmentNames: c.names, label });
  }
  progress.step?.(messages.length, messages.length, 'writing');

  // 3. Name the files: councils in name order, each council's messages by date.
  const manifests = new Map<string, { abs: string; before: string | null; data: ImportManifest }>();
  const manifestFor = (folderRel: string) => {
    let m = manifests.get(folderRel);
    if (!m) {
      const abs = nodePath.join(root, ...folderRel.split('/'), IMPORT_MANIFEST_NAME);
      const before = existsSync(abs) ? readFileSync(abs, 'utf8') : null;
      m = { abs, before, data: before === null ? { version: 1, files: {} } : loadManifest(abs) };
      manifests.set(folderRel, m);
    }
    return m;
  };
  const slugOwner = new Map<string, string>();
  const slugOf = (council: string) => {
    const base = slugify(council);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const owner = slugOwner.get(slug);
      if (owner === undefined || owner === council) {
        slugOwner.set(slug, council);
        return slug;
      }
    }
  };
  const byCouncil = new Map<string, Composed[]>();
  for (const c of composed) {
    const list = byCouncil.get(c.council);
    if (list) list.push(c);
    else byCouncil.set(c.council, [c]);
  }
  const councils = [...byCouncil.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  const taken = new Set<string>();
  for (const council of councils) {
    const slug = slugOf(council);
    const list = byCouncil.get(council)!.sort((a, b) => (a.message.date ?? '9999').localeCompare(b.message.date ?? '9999') || sourceKey(a.message).localeCompare(sourceKey(b.message)));
    for (const c of list) {
      const isReply = c.kind === 'reply';
      const folder = isReply ? 'replies' : `correspondence/${slug}`;
      const manifest = manifestFor(folder);
      // The same source imported before keeps its file; a new one gets the next free name.
      const key = sourceKey(c.message);
      const known = Object.entries(manifest.data.files).find(([, e]) => e.sources[0] && `${e.sources[0].file}\u0000${e.sources[0].entry ?? ''}` === key && e.council === council);
      let file: string;
      if (known && !taken.has(`${folder}/${known[0]}`)) file = known[0];
      else {
        const date = c.message.date ?? 'undated';
        const later = /internal review/i.test(`${c.message.subject ?? ''}\n${c.text.slice(0, 3000)}`) ? 'internal-review' : 'reply';
        const candidates = isReply ? [`${slug}.txt`, `${slug}.${date}.${later}.txt`] : [`${date}.${KIND_SUFFIX[c.kind]}.txt`];
        const last = candidates[candidates.length - 1]!;
        for (let n = 2; n < 1000; n++) candidates.push(last.replace(/\.txt$/, `-${n}.txt`));
        file = candidates.find((f) => !taken.has(`${folder}/${f}`) && !manifest.data.files[f] && !existsSync(nodePath.join(root, ...folder.split('/'), f)))!;
      }
      taken.add(`${folder}/${file}`);
      const rel = `${folder}/${file}`;
      const entry: ManifestEntry = {
        council,
        kind: c.kind,
        date: c.message.date ?? null,
        from: c.message.from ?? null,
        subject: c.message.subject ?? null,
        sha256: sha256(Buffer.from(c.text, 'utf8')),
        sources: c.message.sources.map((s) => (s.entry ? { file: s.file, entry: s.entry, sha256: s.sha256 } : { file: s.file, sha256: s.sha256 })),
        attachments: c.attachmentNames,
        parts: c.parts,
      };
      const sources = c.message.sources.map((s) => (s.entry ? `${s.file}:${s.entry}` : s.file));
      if (!isReply) {
        result.skipped.push({ source: c.label, reason: `${c.kind === 'request' ? 'the request' : `an ${c.kind}`} from ${council}: kept in ${rel}, not a reply` });
      }
      if (options.dryRun) {
        if (isReply) result.imported.push({ council, reply: rel, sources });
        continue;
      }
      try {
        const written = await writeText(root, folder, file, c.text, isReply);
        if (written === 'beside') {
          result.skipped.push({ source: c.label, reason: `${rel} has codings and its source changed: the new text is in ${rel}.new (compare, then replace the reply yourself)` });
          continue;
        }
        manifest.data.files[file] = entry;
        if (isReply) {
          await ensureSidecar(root, rel, council);
          result.imported.push({ council, reply: rel, sources });
        }
        progress.log(`${written === 'unchanged' ? 'Unchanged' : 'Wrote'} ${rel} (${council})`);
      } catch (e) {
        result.errors.push({ source: c.label, message: `cannot write ${rel}: ${(e as Error).message}` });
      }
    }
  }

  // 4. Manifests, only when their content changed.
  if (!options.dryRun) {
    for (const [folder, m] of manifests) {
      const text = stringifyImportManifest(m.data);
      if (text === m.before || Object.keys(m.data.files).length === 0) continue;
      try {
        ensureFolder(root, folder);
        await writeFileAtomic(m.abs, text);
      } catch (e) {
        result.errors.push({ source: `${folder}/${IMPORT_MANIFEST_NAME}`, message: `cannot write: ${(e as Error).message}` });
      }
    }
  }
  result.imported.sort((a, b) => a.reply.localeCompare(b.reply));
  return result;
}

/** Write a text file unless it already holds these bytes; a coded reply is never overwritten. */
async function writeText(root: string, folder: string, file: string, text: string, isReply: boolean): Promise<'written' | 'unchanged' | 'beside'> {
  const dir = ensureFolder(root, folder);
  const abs = nodePath.join(dir, file);
  const bytes = Buffer.from(text, 'utf8');
  const old = readIfExists(abs);
  if (old && old.equals(bytes)) return 'unchanged';
  if (old && isReply && hasCodings(abs)) {
    const beside = `${abs}.new`;
    const prev = readIfExists(beside);
    if (!prev || !prev.equals(bytes)) await writeFileAtomic(beside, bytes);
    return 'beside';
  }
  await writeFileAtomic(abs, bytes);
  return 'written';
}

/** A new sidecar naming the council, so coverage groups the files under the right name. Never rewrites one. */
async function ensureSidecar(root: string, rel: string, council: string): Promise<void> {
  const abs = sidecarPathFor(nodePath.join(root, ...rel.split('/')));
  if (lstatSync(abs, { throwIfNoEntry: false })) return;
  const made = applyAnswerEdits(null, [], { council, replyName: rel.slice(rel.lastIndexOf('/') + 1) });
  if (!made.ok) return;
  await writeFileAtomic(abs, made.text, { expected: null });
}

/** Where the provenance of a workspace-relative file is kept. */
export { manifestLocation };
