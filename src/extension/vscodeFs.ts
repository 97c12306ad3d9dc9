// The workspace index's file system inside VS Code. Reads and stats of a local folder (`file:`)
// use Node's fs directly, asynchronously: through `vscode.workspace.fs` each call is a round
// trip to VS Code's file service, which made the first read of a 400-council survey take
// seconds; other schemes go through `vscode.workspace.fs`. Discovery uses `workspace.findFiles` (VS Code's
// search service) for the reply globs and the sidecars instead of walking every folder; the
// index's directory walk is then answered from that list, so it enters only folders that hold
// a reply or a sidecar. Where the search service is unavailable, listing reads real folders.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, promises as nodeFs, readFileSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import * as nodePath from 'node:path';
import { vscode } from './vscodeApi';
import type { DirEntry, FileStat, WorkspaceFs } from '../core/workspace';
import { DEFAULT_EXCLUDE_DIRS, SIDECAR_SUFFIX } from '../core/workspace';
import { fileKind, isInside } from '../core/files';

function fileType(t: vscode.FileType): FileStat['type'] {
  if (t & vscode.FileType.Directory) return 'directory';
  if (t & vscode.FileType.File) return 'file';
  return 'other';
}

function isMissing(e: unknown): boolean {
  return e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory');
}

export interface FolderFs extends WorkspaceFs {
  /**
   * Find the files the index may need (reply globs and sidecars) with the search service;
   * `list` answers from that result until the next call. Call before `WorkspaceIndex.refresh`.
   * Resolves to the files found (null: no search here; `list` reads the real folders).
   */
  discover(replyGlobs: readonly string[]): Promise<readonly string[] | null>;
  /**
   * Let `list` answer from these files (the ones the index cache names) until the next call,
   * without searching: a warm start need not wait for the search service. The caller runs
   * `discover` afterwards to find files created since.
   */
  assume(paths: readonly string[]): void;
}

/** `a/b/c.txt` → folder → entries, for every folder on the way. */
function treeOf(paths: readonly string[]): Map<string, Map<string, DirEntry>> {
  const dirs = new Map<string, Map<string, DirEntry>>([['', new Map()]]);
  const ensure = (dir: string): Map<string, DirEntry> => {
    let d = dirs.get(dir);
    if (!d) dirs.set(dir, (d = new Map()));
    return d;
  };
  for (const path of paths) {
    const parts = path.split('/');
    let dir = '';
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      const last = i === parts.length - 1;
      ensure(dir).set(name, { name, type: last ? 'file' : 'directory' });
      dir = dir === '' ? name : `${dir}/${name}`;
    }
  }
  return dirs;
}

const nodeMissing = (e: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

function nodeStat(s: Stats): FileStat {
  return { mtime: s.mtimeMs, size: s.size, type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other' };
}

/**
 * Reads and stats of a local folder with Node's asynchronous fs (one open per read), under the
 * engine's link policy (a link is followed only when its target is inside the folder) and
 * never reading what is not a regular file (opened non-blocking, checked with fstat: a FIFO
 * cannot hang the index).
 */
function localReads(rootPath: string): Pick<WorkspaceFs, 'readFile' | 'stat' | 'readWithStat' | 'readSync' | 'statSync'> {
  const abs = (rel: string): string => (rel === '' ? rootPath : nodePath.join(rootPath, ...rel.split('/')));
  let realRoot: Promise<string> | undefined;
  /** null: usable as is; else why not (a refused link, not a regular file). */
  const refusal = async (full: string, st: Stats): Promise<string | null> => {
    if (!st.isFile() && !st.isDirectory()) return `is ${fileKind(st)}, not a regular file`;
    const l = await nodeFs.lstat(full);
    if (!l.isSymbolicLink()) return null;
    const target = await nodeFs.realpath(full);
    realRoot ??= nodeFs.realpath(rootPath).catch(() => nodePath.resolve(rootPath));
    return isInside(await realRoot, target) ? null : `is a symbolic link to ${target}, outside the workspace; not followed`;
  };
  // The same policy, synchronously, for the index cache's stats and deferred reads.
  let realRootSync: string | undefined;
  const refusalSync = (full: string, st: Stats): string | null => {
    if (!st.isFile() && !st.isDirectory()) return `is ${fileKind(st)}, not a regular file`;
    if (!lstatSync(full).isSymbolicLink()) return null;
    const target = realpathSync(full);
    if (realRootSync === undefined) {
      try {
        realRootSync = realpathSync(rootPath);
      } catch {
        realRootSync = nodePath.resolve(rootPath);
      }
    }
    return isInside(realRootSync, target) ? null : `is a symbolic link to ${target}, outside the workspace; not followed`;
  };
  const policyStatSync = (full: string, st: Stats): FileStat => {
    const out = nodeStat(st);
    const why = refusalSync(full, st);
    if (why) out.problem = why;
    return out;
  };
  const policyStat = async (full: string, st: Stats): Promise<FileStat> => {
    const out = nodeStat(st);
    const why = await refusal(full, st);
    if (why) out.problem = why;
    return out;
  };
  return {
    readFile: async (path) => {
      const got = await readWithStat(path);
      if (!got) throw Object.assign(new Error(`${path}: no such file`), { code: 'ENOENT' });
      if (got.stat.problem || got.stat.type !== 'file') throw new Error(`${path} ${got.stat.problem ?? 'is not a regular file'}`);
      return got.bytes;
    },
    async stat(path) {
      try {
        return await policyStat(abs(path), await nodeFs.stat(abs(path)));
      } catch (e) {
        if (nodeMissing(e)) return null;
        throw e;
      }
    },
    readWithStat,
    // A warm start stats every file the index cache names: synchronously, 800 stats cost a few
    // milliseconds, where one by one through the thread pool they cost several times more.
    statSync(path) {
      const full = abs(path);
      const st = statSync(full, { throwIfNoEntry: false });
      return st ? policyStatSync(full, st) : null;
    },
    // The text of a file the index took from its cache, read when first asked for.
    readSync(path) {
      const full = abs(path);
      let fd: number;
      try {
        fd = openSync(full, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
      } catch (e) {
        if (nodeMissing(e)) return null;
        throw e;
      }
      try {
        const stat = policyStatSync(full, fstatSync(fd));
        if (stat.problem || stat.type !== 'file') return { bytes: new Uint8Array(0), stat };
        return { bytes: readFileSync(fd), stat };
      } finally {
        closeSync(fd);
      }
    },
  };

  async function readWithStat(path: string): Promise<{ bytes: Uint8Array; stat: FileStat } | null> {
    let handle: import('node:fs/promises').FileHandle;
    try {
      handle = await nodeFs.open(abs(path), fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    } catch (e) {
      if (nodeMissing(e)) return null;
      throw e;
    }
    try {
      const stat = await policyStat(abs(path), await handle.stat());
      if (stat.problem || stat.type !== 'file') return { bytes: new Uint8Array(0), stat };
      return { bytes: await handle.readFile(), stat };
    } finally {
      await handle.close();
    }
  }
}

export function folderFs(root: vscode.Uri): FolderFs {
  const at = (rel: string): vscode.Uri => (rel === '' ? root : vscode.Uri.joinPath(root, ...rel.split('/')));
  const relative = (uri: vscode.Uri): string | undefined => {
    const base = root.path.endsWith('/') ? root.path : root.path + '/';
    return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
  };
  let found: Map<string, Map<string, DirEntry>> | null = null;

  const stat = async (path: string): Promise<FileStat | null> => {
    try {
      const s = await vscode.workspace.fs.stat(at(path));
      return { mtime: s.mtime, size: s.size, type: fileType(s.type) };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  };

  const reads: Pick<WorkspaceFs, 'readFile' | 'stat' | 'readWithStat'> =
    root.scheme === 'file'
      ? localReads(root.fsPath)
      : {
          readFile: (path) => Promise.resolve(vscode.workspace.fs.readFile(at(path))),
          stat,
          async readWithStat(path) {
            try {
              const [bytes, s] = await Promise.all([vscode.workspace.fs.readFile(at(path)), stat(path)]);
              return s ? { bytes, stat: s } : null;
            } catch (e) {
              if (isMissing(e)) return null;
              throw e;
            }
          },
        };

  return {
    ...reads,
    async list(dir) {
      if (found) return [...(found.get(dir)?.values() ?? [])];
      try {
        return (await vscode.workspace.fs.readDirectory(at(dir))).map(([name, t]) => ({ name, type: fileType(t) }));
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
    },
    async discover(replyGlobs) {
      const exclude = new vscode.RelativePattern(root, `**/{${DEFAULT_EXCLUDE_DIRS.join(',')}}/**`);
      const globs = [...new Set([...replyGlobs, `**/*${SIDECAR_SUFFIX}`])];
      try {
        const lists = await Promise.all(globs.map((g) => vscode.workspace.findFiles(new vscode.RelativePattern(root, g), exclude)));
        const paths = new Set<string>();
        for (const uris of lists) for (const uri of uris) {
          const rel = relative(uri);
          if (rel) paths.add(rel);
        }
        found = treeOf([...paths]);
        return [...paths];
      } catch {
        // No search provider for this scheme: the index walks the real folders instead.
        found = null;
        return null;
      }
    },
    assume(paths) {
      found = treeOf(paths);
    },
  };
}
