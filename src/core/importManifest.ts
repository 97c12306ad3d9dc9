// The import manifest (`replies/.foi-import.json`, written by `foi-coder import`): where each
// imported reply came from — source files with their sha256, the message's date and sender, the
// attachments and where each attachment page starts in the reply text. Pure: JSON text in, plain
// values out, so the hover, the exports and the importer read it the same way.

export const IMPORT_MANIFEST_NAME = '.foi-import.json';

export interface ManifestSource {
  file: string;
  entry?: string;
  sha256: string;
}

export interface ManifestPart {
  /** "body" or an attachment's file name. */
  name: string;
  page?: number;
  /** UTF-16 offset of the part's first character in the reply text. */
  start: number;
}

export interface ManifestEntry {
  council: string;
  kind: string;
  date: string | null;
  from: string | null;
  subject: string | null;
  sha256: string;
  sources: ManifestSource[];
  attachments: string[];
  parts: ManifestPart[];
}

export interface ImportManifest {
  version: 1;
  /** Keyed by the file's path relative to the folder holding the manifest. */
  files: Record<string, ManifestEntry>;
}

/** Parse a manifest; null when the text is not one (a hand-edited or foreign file is ignored, not fatal). */
export function parseImportManifest(text: string): ImportManifest | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1) return null;
  const files = (data as { files?: unknown }).files;
  if (!files || typeof files !== 'object' || Array.isArray(files)) return null;
  const out: ImportManifest = { version: 1, files: Object.create(null) as Record<string, ManifestEntry> };
  for (const [k, v] of Object.entries(files as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const e = v as Partial<ManifestEntry>;
    if (typeof e.council !== 'string' || !Array.isArray(e.sources) || !Array.isArray(e.parts)) continue;
    out.files[k] = {
      council: e.council,
      kind: typeof e.kind === 'string' ? e.kind : 'reply',
      date: typeof e.date === 'string' ? e.date : null,
      from: typeof e.from === 'string' ? e.from : null,
      subject: typeof e.subject === 'string' ? e.subject : null,
      sha256: typeof e.sha256 === 'string' ? e.sha256 : '',
      sources: e.sources.filter((s): s is ManifestSource => !!s && typeof s === 'object' && typeof (s as ManifestSource).file === 'string'),
      attachments: Array.isArray(e.attachments) ? e.attachments.filter((a): a is string => typeof a === 'string') : [],
      parts: e.parts
        .filter((p): p is ManifestPart => !!p && typeof p === 'object' && typeof (p as ManifestPart).name === 'string' && typeof (p as ManifestPart).start === 'number')
        .sort((a, b) => a.start - b.start),
    };
  }
  return out;
}

/** Deterministic JSON of a manifest (files sorted by path), so a repeated import writes the same bytes. */
export function stringifyImportManifest(m: ImportManifest): string {
  // No prototype: a reply named `__proto__` is a key like any other, not a prototype to set.
  const files = Object.create(null) as Record<string, ManifestEntry>;
  for (const k of Object.keys(m.files).sort()) files[k] = m.files[k]!;
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

/** The part of an imported reply that holds `offset`: the body or an attachment page. */
export function partAt(entry: ManifestEntry, offset: number): ManifestPart | null {
  let found: ManifestPart | null = null;
  for (const p of entry.parts) {
    if (p.start <= offset) found = p;
    else break;
  }
  return found;
}

/** "page 2 of FOI 1234 Response.pdf", "FOI 1234 Response.docx", "the e-mail body". */
export function describePart(p: ManifestPart): string {
  if (p.name === 'body') return 'the message body';
  return p.page !== undefined ? `page ${p.page} of ${p.name}` : p.name;
}

/** "batch.zip: Halton - crm/2026-01-12/incoming_1.txt". */
export function describeSource(s: ManifestSource): string {
  return s.entry ? `${s.file}: ${s.entry}` : s.file;
}

/** Where the manifest for a workspace-relative reply path lives, and the reply's key in it. */
export function manifestLocation(replyPath: string): { manifest: string; key: string } {
  const slash = replyPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : replyPath.slice(0, slash + 1);
  return { manifest: `${dir}${IMPORT_MANIFEST_NAME}`, key: replyPath.slice(slash + 1) };
}
