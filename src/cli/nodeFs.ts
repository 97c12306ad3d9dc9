// The workspace file system on Node, rooted at a folder: what the CLI and the benchmark give
// the workspace index (the extension gives it vscode.workspace.fs instead).
// The calls are synchronous inside async functions on purpose: for hundreds of small files,
// a round trip through libuv's thread pool per stat/read costs more than the read itself, and
// the CLI has nothing else to do meanwhile.
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import * as nodePath from 'node:path';
import type { DirEntry, FileStat, WorkspaceFs } from '../core/workspace';

function toStat(s: Stats): FileStat {
  return { mtime: s.mtimeMs, size: s.size, type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other' };
}

const isMissing = (e: unknown) => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

export function nodeWorkspaceFs(root: string): WorkspaceFs {
  const abs = (rel: string) => (rel === '' ? root : nodePath.join(root, ...rel.split('/')));
  return {
    async readFile(path: string): Promise<Uint8Array> {
      return readFileSync(abs(path));
    },
    async stat(path: string): Promise<FileStat | null> {
      try {
        return toStat(statSync(abs(path)));
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async list(dir: string): Promise<DirEntry[]> {
      return readdirSync(abs(dir), { withFileTypes: true }).map((e) => ({ name: e.name, type: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }));
    },
    async readWithStat(path: string): Promise<{ bytes: Uint8Array; stat: FileStat } | null> {
      let fd: number;
      try {
        fd = openSync(abs(path), 'r');
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
      try {
        const stat = toStat(fstatSync(fd));
        if (stat.type !== 'file') return { bytes: new Uint8Array(0), stat };
        const bytes = Buffer.allocUnsafe(stat.size);
        let off = 0;
        while (off < stat.size) {
          const n = readSync(fd, bytes, off, stat.size - off, off);
          if (n === 0) break;
          off += n;
        }
        return { bytes: off === stat.size ? bytes : bytes.subarray(0, off), stat };
      } finally {
        closeSync(fd);
      }
    },
  };
}
