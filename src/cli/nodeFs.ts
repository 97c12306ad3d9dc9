// The workspace file system on Node, rooted at a folder: what the CLI and the benchmark give
// the workspace index (the extension gives it its own adapter).
// The calls are synchronous inside async functions on purpose: for hundreds of small files,
// a round trip through libuv's thread pool per stat/read costs more than the read itself, and
// the CLI has nothing else to do meanwhile.
//
// The link policy (README, "Links"): a symbolic link whose target is inside the workspace is
// followed; one that points outside it, dangles or loops is reported (`problem`) and not used.
// Files that are not regular (FIFOs, sockets, devices) are never opened for reading.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import * as nodePath from 'node:path';
import { fileKind, isInside } from '../core/files';
import type { DirEntry, FileStat, WorkspaceFs } from '../core/workspace';

function toStat(s: Stats): FileStat {
  return { mtime: s.mtimeMs, size: s.size, type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other' };
}

// Not defined on Windows: there every read takes the policy's lstat first.
const NOFOLLOW: number | undefined = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW;

const isMissing = (e: unknown) => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

function linkProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'is a symbolic link to something that does not exist; not followed';
  if (code === 'ELOOP') return 'is a loop of symbolic links; not followed';
  return `is a symbolic link that cannot be followed (${(e as Error).message}); not followed`;
}

/** A workspace path that joining would change: empty, absolute, `.`/`..` or empty segments. */
const NOT_PLAIN = /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/;

/**
 * The absolute path of a workspace path (`replies/a.txt`) under `root`, as path.join gives it. A
 * plain path is appended to the joined root's prefix: path.join normalises the whole string each
 * time, which cost several milliseconds per 5,000 files (more in a fresh process).
 */
export function pathUnder(root: string): (rel: string) => string {
  const prefix = nodePath.sep === '/' ? nodePath.join(root, 'x').slice(0, -1) : null;
  return (rel) => (rel === '' ? root : prefix !== null && !NOT_PLAIN.test(rel) ? prefix + rel : nodePath.join(root, ...rel.split('/')));
}

export function nodeWorkspaceFs(root: string): WorkspaceFs {
  const abs = pathUnder(root);
  let realRootCache: string | undefined;
  const realRoot = () => (realRootCache ??= (() => {
    try {
      return realpathSync(root);
    } catch {
      return nodePath.resolve(root);
    }
  })());

  /** For a path that is a link: null when the policy follows it, else why not. */
  const refusedLink = (full: string): string | null => {
    let target: string;
    try {
      target = realpathSync(full);
    } catch (e) {
      return linkProblem(e);
    }
    return isInside(realRoot(), target) ? null : `is a symbolic link to ${target}, outside the workspace; not followed`;
  };

  /** The stat of a path under the policy (links followed or refused); null when missing. */
  const policyStat = (full: string): FileStat | null => {
    let l: Stats;
    try {
      l = lstatSync(full);
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    if (!l.isSymbolicLink()) return withKind(l);
    const problem = refusedLink(full);
    if (problem) return { mtime: l.mtimeMs, size: l.size, type: 'other', problem };
    try {
      return withKind(statSync(full));
    } catch (e) {
      return { mtime: l.mtimeMs, size: l.size, type: 'other', problem: linkProblem(e) };
    }
  };

  const withKind = (s: Stats): FileStat => {
    const st = toStat(s);
    if (st.type === 'other') st.problem = `is ${fileKind(s)}, not a regular file`;
    return st;
  };

  const entryOf = (dir: string, e: Dirent): DirEntry => {
    if (e.isFile()) return { name: e.name, type: 'file' };
    if (e.isDirectory()) return { name: e.name, type: 'directory' };
    if (e.isSymbolicLink()) {
      const st = policyStat(nodePath.join(abs(dir), e.name));
      if (!st) return { name: e.name, type: 'other', link: true, problem: 'is a symbolic link that vanished; not followed' };
      const out: DirEntry = { name: e.name, type: st.type, link: true };
      if (st.problem) out.problem = st.problem;
      return out;
    }
    const st = policyStat(nodePath.join(abs(dir), e.name));
    return { name: e.name, type: 'other', problem: st?.problem ?? 'is not a regular file' };
  };

  /**
   * Bytes and stat of a file under the policy, in as few system calls as the common case allows:
   * one non-blocking open that refuses a link (O_NOFOLLOW), one fstat, the reads, one close. A
   * link (the open fails with ELOOP) takes the policy's path: lstat, realpath, then the open.
   * A FIFO or device is opened non-blocking and never read, so it cannot hang the run.
   */
  const readNow = (full: string): { bytes: Uint8Array; stat: FileStat } | null => {
    let fd: number | undefined;
    if (NOFOLLOW !== undefined) {
      try {
        fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK | NOFOLLOW);
      } catch (e) {
        if (isMissing(e)) return null;
        // ELOOP: the path is a link (BSDs say EMLINK); anything else is decided below too.
      }
    }
    if (fd === undefined) {
      const pre = policyStat(full);
      if (!pre) return null;
      if (pre.problem) return { bytes: new Uint8Array(0), stat: pre };
      try {
        fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    }
    try {
      const s = fstatSync(fd);
      const stat = withKind(s);
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
  };

  return {
    async readFile(path: string): Promise<Uint8Array> {
      const got = readNow(abs(path));
      if (!got) throw Object.assign(new Error(`${path}: no such file`), { code: 'ENOENT' });
      if (got.stat.problem) throw new Error(`${path} ${got.stat.problem}`);
      return got.bytes;
    },
    async stat(path: string): Promise<FileStat | null> {
      return policyStat(abs(path));
    },
    statSync(path: string): FileStat | null {
      return policyStat(abs(path));
    },
    async list(dir: string): Promise<DirEntry[]> {
      return readdirSync(abs(dir), { withFileTypes: true }).map((e) => entryOf(dir, e));
    },
    async identity(dir: string): Promise<string> {
      return realpathSync(abs(dir));
    },
    async readWithStat(path: string): Promise<{ bytes: Uint8Array; stat: FileStat } | null> {
      return readNow(abs(path));
    },
    readSync(path: string): { bytes: Uint8Array; stat: FileStat } | null {
      return readNow(abs(path));
    },
  };
}
