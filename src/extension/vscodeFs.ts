// The workspace index's file system inside VS Code. Reads and stats of a local folder (`file:`)
// use Node's fs directly, asynchronously: through `vscode.workspace.fs` each call is a round
// trip to VS Code's file service, which made the first read of a 400-council survey take
// seconds; other schemes go through `vscode.workspace.fs`. Discovery uses `workspace.findFiles` (VS Code's
// search service) for the reply globs and the sidecars instead of walking every folder; the
// index's directory walk is then answered from that list, so it enters only folders that hold
// a reply or a sidecar. Where the search service is unavailable, listing reads real folders.
import { closeSync, fstatSync, openSync, promises as nodeFs, readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import * as nodePath from 'node:path';
import { vscode } from './vscodeApi';
import type { DirEntry, FileStat, WorkspaceFs } from '../core/workspace';
import { DEFAULT_EXCLUDE_DIRS, SIDECAR_SUFFIX } from '../core/workspace';

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
 * Reads and stats of a local folder with Node's asynchronous fs (one open per read); `statSync`
 * and `readSync` serve the index cache: a warm start stats every file it names, and reads the
 * text of one only when it is first asked for.
 */
function localReads(rootPath: string): Pick<WorkspaceFs, 'readFile' | 'stat' | 'readWithStat' | 'readSync' | 'statSync'> {
  const abs = (rel: string): string => (rel === '' ? rootPath : nodePath.join(rootPath, ...rel.split('/')));
  return {
    readFile: async (path) => nodeFs.readFile(abs(path)),
    async stat(path) {
      try {
        return nodeStat(await nodeFs.stat(abs(path)));
      } catch (e) {
        if (nodeMissing(e)) return null;
        throw e;
      }
    },
    statSync(path) {
      const st = statSync(abs(path), { throwIfNoEntry: false });
      return st ? nodeStat(st) : null;
    },
    readSync(path) {
      let fd: number;
      try {
        fd = openSync(abs(path), 'r');
      } catch (e) {
        if (nodeMissing(e)) return null;
        throw e;
      }
      try {
        const st = fstatSync(fd);
        return { bytes: readFileSync(fd), stat: nodeStat(st) };
      } finally {
        closeSync(fd);
      }
    },
    async readWithStat(path) {
      let handle: import('node:fs/promises').FileHandle;
      try {
        handle = await nodeFs.open(abs(path), 'r');
      } catch (e) {
        if (nodeMissing(e)) return null;
        throw e;
      }
      try {
        const st = await handle.stat();
        return { bytes: await handle.readFile(), stat: nodeStat(st) };
      } finally {
        await handle.close();
      }
    },
  };
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
    assume(paths) {
      found = treeOf(paths);
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
  };
}
