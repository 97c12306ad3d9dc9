// The user's workspace on disk (DESIGN §2): which files are replies, where each reply's sidecar
// is, and which reply files belong to the same council. File access goes through a small
// `WorkspaceFs` so the same code runs on Node (CLI, tests) and on `vscode.workspace.fs`.
// Paths are workspace-relative and '/'-separated everywhere (`replies/halton.txt`).
//
// Council grouping (one council may have several reply files: a reply, an internal review…):
// - a file's council name is its sidecar's `council:`, else the council the reply analysis
//   detected, else the file's stem: the base name without `.txt`, `.reply`, review suffixes
//   (`.internal-review`, `-review`, `.revised`) and dates (`halton.internal-review.txt` → `halton`);
// - files are in one council when their council names match (case, spaces and punctuation
//   ignored) OR they share a stem in the same folder; groups are joined transitively;
// - a group's display name is the `council:` of its latest sidecar that has one (see
//   orderReplyFiles), else a detected name, else the stem.
import { orderReplyFiles } from './coverage';

export interface FileStat {
  /** Modification time in ms. */
  mtime: number;
  size: number;
  type: 'file' | 'directory' | 'other';
  /** Set when the path exists but may not be used (a link the policy refuses, a FIFO…): why. */
  problem?: string;
}

export interface DirEntry {
  name: string;
  /** What the entry is; for a followed link, what its target is. */
  type: 'file' | 'directory' | 'other';
  /** The entry is a symbolic link (followed: its target is inside the workspace). */
  link?: boolean;
  /** Set when the entry exists but may not be used (a refused link, a FIFO, a device): why. */
  problem?: string;
}

/** The file system as the index sees it. Paths are workspace-relative; '' is the root. */
export interface WorkspaceFs {
  readFile(path: string): Promise<Uint8Array>;
  /** null when the path does not exist. */
  stat(path: string): Promise<FileStat | null>;
  list(dir: string): Promise<DirEntry[]>;
  /**
   * Optional: read a file and stat it in one go (null when it does not exist). The index uses
   * it for files it has not seen, saving a separate stat per file on a cold start.
   */
  readWithStat?(path: string): Promise<{ bytes: Uint8Array; stat: FileStat } | null>;
  /**
   * Optional: the same, synchronously. With it the index can take unchanged files from its cache
   * (indexCache.ts) without reading them, and read their text only when asked for it.
   */
  readSync?(path: string): { bytes: Uint8Array; stat: FileStat } | null;
  /** Optional: `stat`, synchronously (a warm start stats every file the cache names; one by one
   * through a thread pool that cost several times more than the stats themselves). */
  statSync?(path: string): FileStat | null;
  /** Optional: a stable identity of a folder (its real path), so linked folders are entered once. */
  identity?(dir: string): Promise<string>;
}

export interface WorkspaceOptions {
  /** Globs of reply files, relative to the root (the `foiCoder.replyGlobs` setting). */
  replyGlobs?: readonly string[];
  /** The questionnaire, relative to the root (the `foiCoder.questionnairePath` setting). */
  questionnairePath?: string;
  /** Folder names never entered. */
  excludeDirs?: readonly string[];
}

export const DEFAULT_REPLY_GLOBS: readonly string[] = ['**/*.reply.txt', '**/replies/**/*.txt'];
export const DEFAULT_QUESTIONNAIRE_PATH = 'foi-questionnaire.yaml';
export const DEFAULT_EXCLUDE_DIRS: readonly string[] = ['node_modules', '.git'];
export const SIDECAR_SUFFIX = '.answers.yaml';

// ---- globs ----------------------------------------------------------------------------------

/** A glob (`**`, `*`, `?`, `{a,b}`) as a RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  const g = glob.replace(/^\.\//, '');
  while (i < g.length) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` matches anything.
      if (g[i + 2] === '/') {
        re += '(?:[^/]*/)*';
        i += 3;
      } else {
        re += '.*';
        i += 2;
      }
    } else if (c === '*') {
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close === -1) {
        re += '\\{';
        i++;
      } else {
        re += '(?:' + g.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = close + 1;
      }
    } else {
      re += /[.+^$()|[\]\\]/.test(c) ? '\\' + c : c;
      i++;
    }
  }
  return new RegExp('^' + re + '$', 'i');
}

export function replyMatcher(globs: readonly string[] = DEFAULT_REPLY_GLOBS): (path: string) => boolean {
  const res = globs.map(globToRegExp);
  return (path) => !path.toLowerCase().endsWith(SIDECAR_SUFFIX) && res.some((r) => r.test(path));
}

// ---- discovery and pairing ------------------------------------------------------------------

export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Possible reply paths of a sidecar (the `.txt` spelling is the usual one). */
export function replyPathsOfSidecar(sidecarPath: string): string[] {
  if (!sidecarPath.toLowerCase().endsWith(SIDECAR_SUFFIX)) return [];
  const base = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  return [base + '.txt', base + '.TXT'];
}

export interface Discovery {
  /** Reply files, sorted. */
  replies: string[];
  /** Every sidecar file seen (paired or not). */
  sidecars: Set<string>;
  /** Sidecar paths that exist but cannot be used (a folder, a FIFO, a refused link): why. */
  unusableSidecars: Map<string, string>;
  /** Files and folders that look like part of the survey but were not used, each with why. */
  skipped: { path: string; message: string }[];
}

/** Folders nested deeper than this are not entered (a guard against link loops the identity check cannot see). */
const MAX_DEPTH = 64;
/** Folders read at most: bounds the work when links make many ways into the same folders. */
const MAX_FOLDERS = 100_000;

/**
 * Walk the workspace for replies and sidecars, skipping excluded folders. Links are followed as
 * the file system adapter reports them (it applies the link policy); a link to a folder above
 * (a loop) is not followed. Folders that cannot be listed are reported in `skipped`.
 */
export async function discoverFiles(fs: WorkspaceFs, options: WorkspaceOptions = {}): Promise<Discovery> {
  const isReply = replyMatcher(options.replyGlobs ?? DEFAULT_REPLY_GLOBS);
  const exclude = new Set(options.excludeDirs ?? DEFAULT_EXCLUDE_DIRS);
  const replies: string[] = [];
  const sidecars = new Set<string>();
  const unusableSidecars = new Map<string, string>();
  const skipped: Discovery['skipped'] = [];
  let folders = 0;
  // `ancestors`: the identities of the folders above this one. A folder that is its own ancestor
  // is a link loop; the same folder reached by two different paths is read under both (the
  // reply globs may match one path and not the other: `store/` vs `region/replies/`).
  const walk = async (dir: string, depth: number, ancestors: readonly string[]): Promise<void> => {
    let here = ancestors;
    if (fs.identity) {
      let id: string;
      try {
        id = await fs.identity(dir);
      } catch {
        id = dir;
      }
      if (ancestors.includes(id)) {
        skipped.push({ path: dir, message: 'is a link back to a folder above it (a loop); not followed' });
        return;
      }
      here = [...ancestors, id];
    }
    if (depth > MAX_DEPTH || ++folders > MAX_FOLDERS) {
      skipped.push({ path: dir, message: depth > MAX_DEPTH ? `is nested more than ${MAX_DEPTH} folders deep; not read` : `is beyond the first ${MAX_FOLDERS} folders; not read` });
      return;
    }
    let entries: DirEntry[];
    try {
      entries = await fs.list(dir);
    } catch (e) {
      if (dir !== '') skipped.push({ path: dir, message: `folder cannot be read: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    const subdirs: Promise<void>[] = [];
    for (const e of entries) {
      const path = joinPath(dir, e.name);
      const isSidecar = e.name.toLowerCase().endsWith(SIDECAR_SUFFIX);
      if (isSidecar && (e.type !== 'file' || e.problem)) {
        unusableSidecars.set(path, e.problem ?? (e.type === 'directory' ? 'is a folder, not a sidecar file' : 'is not a regular file'));
      } else if (e.type === 'directory' && !e.problem) {
        if (!exclude.has(e.name)) subdirs.push(walk(path, depth + 1, here));
      } else if (e.type === 'file' && !e.problem) {
        if (isSidecar) sidecars.add(path);
        else if (isReply(path)) replies.push(path);
      } else if (isReply(path) || (e.link && e.problem && e.name.toLowerCase() === 'replies')) {
        const why = e.problem ?? (e.type === 'directory' ? 'is a folder' : 'is not a regular file');
        skipped.push({ path, message: /not followed$/.test(why) ? why : `${why}; not read` });
      }
    }
    await Promise.all(subdirs);
  };
  await walk('', 0, []);
  replies.sort();
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { replies, sidecars, unusableSidecars, skipped };
}

// ---- councils -------------------------------------------------------------------------------

/** What any rule of councilStem needs: an ending it removes, or a leading date. */
const MAY_HAVE_SUFFIX = /(?:reply|review|revised|\d)$|^(?:19|20)\d/i;

/** Base name of a reply without extension, `.reply`, review suffixes and dates. */
export function councilStem(path: string): string {
  let name = path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/i, '');
  // Most names end in none of the suffixes and begin with no date: one test instead of the loop.
  if (!MAY_HAVE_SUFFIX.test(name)) return name;
  let prev = '';
  while (prev !== name) {
    prev = name;
    name = name
      .replace(/[._ -]+reply$/i, '')
      .replace(/[._ -]+(?:internal[-_ ]?review|review|revised)$/i, '')
      .replace(/[._ -]+(?:19|20)\d{2}-?\d{2}-?\d{2}$/, '')
      .replace(/^(?:19|20)\d{2}-?\d{2}-?\d{2}[._ -]+/, '');
  }
  return name;
}

function normalizeCouncilName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export interface CouncilInput {
  file: string;
  /** The sidecar's `council:`. */
  sidecarCouncil?: string | null;
  /** The council the reply analysis detected. */
  detectedCouncil?: string | null;
  received?: string;
}

/** The display name of a council of one file (the rule below, for a group of one). */
function soleName(i: CouncilInput): string {
  return i.sidecarCouncil?.trim() || i.detectedCouncil?.trim() || councilStem(i.file);
}

/** Council display name per reply file (see the header for the rules). */
export function groupCouncils(inputs: readonly CouncilInput[]): Map<string, string> {
  // Each file's stem key (folder + stem) and name key (its normalised council name). A file
  // whose keys no other file has is a council of its own (most councils): named at once. Only
  // the others are joined (union-find over the keys).
  const stemKeys: string[] = [];
  const nameKeys: (string | null)[] = [];
  const uses = new Map<string, number>();
  for (const i of inputs) {
    const dir = i.file.includes('/') ? i.file.slice(0, i.file.lastIndexOf('/')) : '';
    const stemKey = `stem:${dir}/${councilStem(i.file).toLowerCase()}`;
    stemKeys.push(stemKey);
    uses.set(stemKey, (uses.get(stemKey) ?? 0) + 1);
    const name = i.sidecarCouncil?.trim() || i.detectedCouncil?.trim();
    const nameKey = name ? 'name:' + normalizeCouncilName(name) : null;
    nameKeys.push(nameKey);
    if (nameKey !== null) uses.set(nameKey, (uses.get(nameKey) ?? 0) + 1);
  }
  const result = new Map<string, string>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string) => {
    add(a);
    add(b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const joined: CouncilInput[] = [];
  for (let k = 0; k < inputs.length; k++) {
    const i = inputs[k]!;
    const nameKey = nameKeys[k]!;
    if (uses.get(stemKeys[k]!) === 1 && (nameKey === null || uses.get(nameKey) === 1)) {
      result.set(i.file, soleName(i));
      continue;
    }
    joined.push(i);
    const node = 'file:' + i.file;
    add(node);
    union(node, stemKeys[k]!);
    if (nameKey !== null) union(node, nameKey);
  }
  const groups = new Map<string, CouncilInput[]>();
  for (const i of joined) {
    const root = find('file:' + i.file);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  for (const members of groups.values()) {
    const ordered = members.length === 1 ? members : orderReplyFiles(members).reverse();
    const name =
      ordered.find((m) => m.sidecarCouncil?.trim())?.sidecarCouncil?.trim() ??
      ordered.find((m) => m.detectedCouncil?.trim())?.detectedCouncil?.trim() ??
      councilStem(ordered[ordered.length - 1]!.file);
    for (const m of members) result.set(m.file, name);
  }
  return result;
}

/**
 * A top-level scalar of a YAML file (`received: 2019-05-12`) read without parsing the document:
 * for optional keys the sidecar model does not carry. Quotes are removed; comments ignored.
 */
export function topLevelScalar(yamlText: string, key: string): string | undefined {
  const re = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, 'm');
  const m = re.exec(yamlText);
  if (!m) return undefined;
  const v = m[1]!.replace(/^(['"])(.*)\1$/, '$2').trim();
  return v === '' ? undefined : v;
}
