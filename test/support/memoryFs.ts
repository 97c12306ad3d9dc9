// An in-memory WorkspaceFs for the index's tests: files with an mtime, every read recorded (so a
// test sees what the index read or re-read), and the awkward cases a real disk has — a file that
// exists but cannot be read, an entry that is not a regular file, a link the policy refuses.
// The optional WorkspaceFs capabilities (readSync/statSync, readWithStat) are present only when
// asked for, since the index takes a different path with each.
import type { DirEntry, FileStat, WorkspaceFs } from '../../src/core/workspace';

export interface MemoryFsOptions {
  /** Offer `readSync` and `statSync` (the index then defers reading replies and can use a cache). */
  sync?: boolean;
  /** Offer `readWithStat` (the index then reads a new file and stats it in one call). */
  readWithStat?: boolean;
}

/** A path that exists but is not a regular file the index may read. */
export interface OddEntry {
  type: FileStat['type'];
  /** Why it may not be used (a refused link, a FIFO…), as the real file access reports it. */
  problem?: string;
  link?: boolean;
}

/** The error a real disk throws for a file it may not read. */
export function permissionDenied(path: string): Error & { code: string } {
  return Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
}

export class MemoryFs implements WorkspaceFs {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  /** Paths whose read throws (permission denied unless another error is given). */
  readonly unreadable = new Map<string, Error>();
  /** Paths whose stat throws (a folder on the way that may not be searched), as well as their read. */
  readonly unstatable = new Map<string, Error>();
  /** Paths that exist but are not regular files (listed, stat'ed, never read). */
  readonly odd = new Map<string, OddEntry>();
  /** Every file read, in order (async or sync). */
  reads: string[] = [];
  clock = 1000;
  readSync?: (path: string) => { bytes: Uint8Array; stat: FileStat } | null;
  statSync?: (path: string) => FileStat | null;
  readWithStat?: (path: string) => Promise<{ bytes: Uint8Array; stat: FileStat } | null>;

  constructor(options: MemoryFsOptions = {}) {
    if (options.sync) {
      this.readSync = (path) => this.readNow(path);
      this.statSync = (path) => this.statOf(path);
    }
    if (options.readWithStat) this.readWithStat = async (path) => this.readNow(path);
  }

  /** Write a file (text as UTF-8); each write gets a later mtime unless one is given. */
  write(path: string, content: string | Uint8Array, mtime = this.clock++): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(path, { bytes, mtime });
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  /** The file exists but reading it fails (by default: permission denied). */
  deny(path: string, error: Error = permissionDenied(path)): void {
    this.unreadable.set(path, error);
  }

  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f && new TextDecoder().decode(f.bytes);
  }

  protected statOf(path: string): FileStat | null {
    const failed = this.unstatable.get(path);
    if (failed) throw failed;
    const odd = this.odd.get(path);
    if (odd) return { mtime: 1, size: 0, type: odd.type, ...(odd.problem ? { problem: odd.problem } : {}) };
    const f = this.files.get(path);
    if (f) return { mtime: f.mtime, size: f.bytes.length, type: 'file' };
    const prefix = path === '' ? '' : path + '/';
    const within = (k: string) => k.startsWith(prefix);
    return [...this.files.keys()].some(within) || [...this.odd.keys()].some(within) ? { mtime: 0, size: 0, type: 'directory' } : null;
  }

  private readNow(path: string): { bytes: Uint8Array; stat: FileStat } | null {
    const denied = this.unreadable.get(path) ?? this.unstatable.get(path);
    if (denied) throw denied;
    const stat = this.statOf(path);
    if (!stat) return null;
    const f = this.files.get(path);
    if (f && stat.type === 'file') this.reads.push(path);
    return { bytes: f && stat.type === 'file' ? f.bytes : new Uint8Array(0), stat };
  }

  async readFile(path: string): Promise<Uint8Array> {
    const denied = this.unreadable.get(path) ?? this.unstatable.get(path);
    if (denied) throw denied;
    const f = this.files.get(path);
    if (!f) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    this.reads.push(path);
    return f.bytes;
  }

  async stat(path: string): Promise<FileStat | null> {
    return this.statOf(path);
  }

  async list(dir: string): Promise<DirEntry[]> {
    const prefix = dir === '' ? '' : dir + '/';
    const out = new Map<string, DirEntry>();
    for (const k of this.files.keys()) {
      if (!k.startsWith(prefix)) continue;
      const rest = k.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash === -1 ? rest : rest.slice(0, slash);
      out.set(name, { name, type: slash === -1 ? 'file' : 'directory' });
    }
    for (const [k, odd] of this.odd) {
      if (!k.startsWith(prefix) || k.slice(prefix.length).includes('/')) continue;
      const name = k.slice(prefix.length);
      out.set(name, { name, type: odd.type, ...(odd.problem ? { problem: odd.problem } : {}), ...(odd.link ? { link: true } : {}) });
    }
    return [...out.values()];
  }
}
