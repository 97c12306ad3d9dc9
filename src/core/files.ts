// Safe file reading and writing for sidecars (and anything else the engine writes): read a
// snapshot, write atomically (temp file in the same folder, then rename, keeping the file's
// mode), refuse when the file changed since the snapshot, and serialise writes to one file.
//
// The one rule for a file that exists but cannot be used (DESIGN §6): not a regular file, not
// readable, not UTF-8, read-only, or a link the policy refuses → an error naming the file, and
// it is never written. Non-regular files are never read: they are opened non-blocking and
// checked with fstat first, so a FIFO cannot hang a run.
//
// Link policy: a sidecar that is a symbolic link is followed when its target is inside the
// workspace (the `root` a writer passes) and written THROUGH — the target is replaced
// atomically, the link stays a link. A link out of the workspace, a dangling link, or a link
// with no root to check it against is refused with a message.
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, closeSync, fchmodSync, fdatasync, fstatSync, constants as fsConstants, promises as fs, lstatSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyAnswerEdits, parseSidecar } from './sidecar';
import type { AnswerEdit, SidecarEditContext } from './sidecar';
import { decodeSidecarBytes, decodeText } from './text';
import type { Problem } from './types';

export interface FileSnapshot {
  bytes: Uint8Array;
  /** The bytes decoded as VS Code shows them (BOM stripped). */
  text: string;
  /** True when the bytes began with a UTF-8 byte-order mark, so a rewrite keeps it. */
  bom: boolean;
  mtimeMs: number;
  size: number;
  /** sha256 of the bytes, hex. */
  hash: string;
}

/** What a write compares against: a hash is decisive; otherwise mtime and size. `null` = the file must not exist. */
export type Expected = Pick<FileSnapshot, 'hash'> | Pick<FileSnapshot, 'mtimeMs' | 'size'> | null;

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly file: string, detail: string) {
    super(`${file} changed on disk since it was read (${detail}); not overwritten`);
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A path that exists but is not a regular file (a folder, FIFO, socket, device). */
export class NotAFileError extends Error {
  override readonly name = 'NotAFileError';
  readonly code = 'ENOTFILE';
  constructor(
    readonly file: string,
    readonly kind: string,
  ) {
    super(`${file} is ${kind}, not a regular file`);
  }
}

/** What a stat says a path is, in words for a message. */
export function fileKind(st: import('node:fs').Stats): string {
  if (st.isFile()) return 'a file';
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * Bytes and stat of one open file: one open, no second path lookup, and the stat matches the
 * bytes. Opened non-blocking and checked with fstat before any read: a FIFO or device is never read.
 */
async function readWithStat(file: string): Promise<{ bytes: Buffer; st: import('node:fs').Stats }> {
  // Synchronous calls on purpose: a sidecar is a few KB, and each call through the thread pool
  // cost more than the work itself (on a busy machine, milliseconds per write: a write makes a
  // dozen of them).
  const fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new NotAFileError(file, fileKind(st));
    return { bytes: readFileSync(fd), st };
  } finally {
    closeSync(fd);
  }
}

/** fdatasync through the thread pool: the one call of a write that may wait for the disk. */
function dataSync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (e) => (e ? reject(e) : resolve())));
}

/** Read a file with what is needed to detect a later change. */
export async function readSnapshot(file: string): Promise<FileSnapshot> {
  const { bytes, st } = await readWithStat(file);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { bytes, text: decodeText(bytes).text, bom, mtimeMs: st.mtimeMs, size: st.size, hash: hashBytes(bytes) };
}

/** The snapshot of a file, or null when it does not exist. */
export async function readSnapshotIfExists(file: string): Promise<FileSnapshot | null> {
  try {
    return await readSnapshot(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

async function checkUnchanged(file: string, expected: Expected): Promise<void> {
  let current: Buffer | null = null;
  let st: import('node:fs').Stats | null = null;
  try {
    if (expected && 'hash' in expected) ({ bytes: current, st } = await readWithStat(file));
    else st = statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (expected === null) {
    if (st) throw new ConflictError(file, 'it was created meanwhile');
    return;
  }
  if (!st) throw new ConflictError(file, 'it was deleted meanwhile');
  if ('hash' in expected) {
    if (hashBytes(current!) !== expected.hash) throw new ConflictError(file, 'its content differs');
  } else if (st.size !== expected.size || st.mtimeMs !== expected.mtimeMs) {
    throw new ConflictError(file, 'its size or modification time differs');
  }
}

// One promise chain per file: a write starts only when the previous write to that file settled.
const queues = new Map<string, Promise<unknown>>();

/** Run `job` after every earlier job queued for `file` (resolved path) has finished. */
export function withFileQueue<T>(file: string, job: () => Promise<T>): Promise<T> {
  const key = path.resolve(file);
  const prev = queues.get(key) ?? Promise.resolve();
  const run = prev.then(job, job);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

export interface WriteOptions {
  /** The file must still be as it was (see Expected); omitted = no check. */
  expected?: Expected;
}

async function writeNow(file: string, data: Uint8Array | string, options: WriteOptions): Promise<void> {
  const dir = path.dirname(file);
  await cleanOnce(dir);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // Synchronous calls but the flush (see readWithStat).
  try {
    const fd = openSync(tmp, 'wx', mode ?? 0o666);
    try {
      writeFileSync(fd, data);
      // The umask may have narrowed the mode at creation; restore the original exactly.
      if (mode !== undefined) fchmodSync(fd, mode);
      // Durability: the data must be on disk before the rename makes it the file, or a power
      // loss can leave an empty sidecar (ext4 without auto_da_alloc, XFS, btrfs), so the flush
      // stays. fdatasync flushes the data and the size but not the timestamps, which a fresh temp
      // file does not need; it is never slower than fsync and on a real disk saves a journal
      // commit. Measured (bench/write-sync.ts, ext4 VM): fsync ≈ fdatasync ≈ 0.2 ms, none 0.1 ms
      // — a small part of a write, not worth trading user data for. The folder is not fsynced
      // after the rename: a crash then leaves the old or the new sidecar, both whole.
      await dataSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.expected !== undefined) await checkUnchanged(file, options.expected);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Write `data` to `file` atomically: readers see the old or the new file, never half of one.
 * Writes to one file are serialised. Throws ConflictError (file untouched) when `expected` is
 * given and the file changed since.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  return withFileQueue(file, () => writeNow(file, data, options));
}

// ---- the one rule for sidecars ---------------------------------------------------------------

function unusable(file: string, message: string, code = 'sidecar-unreadable', line = 1, column = 1): Problem {
  return { severity: 'error', code, message, file, line, column };
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'EISDIR') return 'a folder';
  return e instanceof Error ? e.message : String(e);
}

/** True when `target` is `root` or inside it (both absolute, resolved). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Where a sidecar's bytes really are under the link policy: the path itself, or the target of a
 * link that stays inside `root`. A Problem when the link is refused. Missing files resolve to
 * themselves.
 */
export async function resolveSidecarPath(file: string, root?: string): Promise<{ path: string; link: boolean } | { problem: Problem }> {
  let st: import('node:fs').Stats;
  try {
    st = lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path: file, link: false };
    return { problem: unusable(file, `cannot be read: ${errnoText(e)}`) };
  }
  if (!st.isSymbolicLink()) return { path: file, link: false };
  if (root === undefined) return { problem: unusable(file, 'is a symbolic link and no workspace folder was given to check where it points; not followed', 'sidecar-link') };
  let target: string;
  try {
    target = await fs.realpath(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'a link to a file that does not exist' : code === 'ELOOP' ? 'a loop of symbolic links' : `a link that cannot be followed (${errnoText(e)})`;
    return { problem: unusable(file, `is ${why}; not followed`, 'sidecar-link') };
  }
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root));
  if (!isInside(realRoot, target)) return { problem: unusable(file, `is a symbolic link to ${target}, outside the workspace; not followed (links must stay inside the workspace)`, 'sidecar-link') };
  return { path: target, link: true };
}

/** A sidecar on disk as a writer sees it. */
export type SidecarFileRead =
  | { kind: 'absent'; path: string }
  | { kind: 'unusable'; problems: Problem[] }
  | { kind: 'ok'; path: string; snap: FileSnapshot; readOnly: boolean };

/** True when no one may write the file by its mode bits (root ignores them, so they are checked by hand). */
function modeReadOnly(st: import('node:fs').Stats): boolean {
  return (st.mode & 0o222) === 0;
}

async function notWritableByUs(file: string, st: import('node:fs').Stats): Promise<boolean> {
  if (modeReadOnly(st)) return true;
  try {
    accessSync(file, fsConstants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Read a sidecar under the one rule: absent, unusable (with the problem at its line and column:
 * not a regular file, unreadable, not UTF-8, a refused link), or its snapshot (text with lone CRs
 * read as line breaks). `root` is the workspace folder, for the link policy.
 */
export async function readSidecarFile(file: string, root?: string): Promise<SidecarFileRead> {
  const where = await resolveSidecarPath(file, root);
  if ('problem' in where) return { kind: 'unusable', problems: [where.problem] };
  let got: { bytes: Buffer; st: import('node:fs').Stats };
  try {
    got = await readWithStat(where.path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent', path: where.path };
    if (e instanceof NotAFileError) return { kind: 'unusable', problems: [unusable(file, `is ${e.kind}, not a sidecar file; not read, not written`)] };
    return { kind: 'unusable', problems: [unusable(file, `cannot be read: ${errnoText(e)}`)] };
  }
  const decoded = decodeSidecarBytes(got.bytes);
  if (!decoded.ok) return { kind: 'unusable', problems: [unusable(file, decoded.message, 'sidecar-encoding', decoded.line, decoded.column)] };
  const snap: FileSnapshot = { bytes: got.bytes, text: decoded.text, bom: decoded.bom, mtimeMs: got.st.mtimeMs, size: got.st.size, hash: hashBytes(got.bytes) };
  return { kind: 'ok', path: where.path, snap, readOnly: await notWritableByUs(where.path, got.st) };
}

// ---- temp files left by a crash -----------------------------------------------------------------

/** Our temp files: `.<name>.<pid>.<12 hex>.tmp` (see writeNow). */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;
/** A temp file lives for milliseconds; one this old was left by a process that died. */
export const STALE_TEMP_MS = 10 * 60 * 1000;
const cleanedDirs = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temp files a crashed writer left in `dir`: only names of our pattern, only regular
 * files (never through a link), only older than STALE_TEMP_MS, and only when the process that
 * made them is gone. Returns the names removed. Never throws.
 */
export async function cleanStaleTempFiles(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const full = path.join(dir, name);
    try {
      const st = await fs.lstat(full);
      if (!st.isFile() || now - st.mtimeMs < STALE_TEMP_MS) continue;
      const pid = Number(m[1]);
      if (pid === process.pid || processAlive(pid)) continue;
      await fs.unlink(full);
      removed.push(name);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

/** Clean a folder's stale temp files once per process, before the first write into it. */
async function cleanOnce(dir: string): Promise<void> {
  const key = path.resolve(dir);
  if (cleanedDirs.has(key)) return;
  cleanedDirs.add(key);
  await cleanStaleTempFiles(key);
}

// ---- updating a sidecar ---------------------------------------------------------------------------

export type SidecarUpdateResult =
  | {
      ok: true;
      written: boolean;
      text: string;
      /** Ids whose edit was applied. */
      applied: string[];
      /** Add-only: ids left alone because the sidecar already had an answer when it was written. */
      skipped: string[];
    }
  | { ok: false; problems: Problem[] };

export interface SidecarUpdateOptions {
  /**
   * Add answers only: an edit whose question already has an entry in the sidecar AS IT IS WHEN
   * WRITTEN is dropped and reported in `skipped` (automatic coding never merges over an answer).
   */
  addOnly?: boolean;
  /** The workspace folder, for the link policy; without it a linked sidecar is refused. */
  root?: string;
}

/** The ids that already have an entry in a sidecar's text (null text: none). */
function codedIds(text: string | null): Set<string> | null {
  if (text === null || text.trim() === '') return new Set();
  const parse = parseSidecar(text);
  return parse.sidecar ? new Set(parse.sidecar.answers.keys()) : null;
}

/**
 * Read a sidecar, apply answer edits, and write it back atomically. A sidecar that does not parse
 * or validate, or that exists but cannot be used (see readSidecarFile), or is read-only, is left
 * exactly as it is and its problems are returned. Throws ConflictError when the file changed
 * between the read and the write.
 */
export function updateSidecarFile(sidecarPath: string, edits: readonly AnswerEdit[], context: SidecarEditContext, options: SidecarUpdateOptions = {}): Promise<SidecarUpdateResult> {
  // Queued as a whole, so two updates of one sidecar never read the same old text.
  return withFileQueue(sidecarPath, async () => {
    const read = await readSidecarFile(sidecarPath, options.root);
    if (read.kind === 'unusable') return { ok: false, problems: read.problems };
    const snap = read.kind === 'ok' ? read.snap : null;
    if (read.kind === 'ok' && read.readOnly) {
      return { ok: false, problems: [unusable(sidecarPath, 'is read-only; not written (make it writable to code it)', 'sidecar-read-only')] };
    }
    let wanted = edits;
    const skipped: string[] = [];
    if (options.addOnly) {
      const have = codedIds(snap ? snap.text : null);
      if (have) {
        wanted = edits.filter((e) => {
          if (!have.has(e.id)) return true;
          skipped.push(e.id);
          return false;
        });
      }
    }
    const applied = wanted.map((e) => e.id);
    if (wanted.length === 0) return { ok: true, written: false, text: snap?.text ?? '', applied, skipped };
    const result = applyAnswerEdits(snap ? snap.text : null, wanted, context);
    if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ ...p, file: p.file ?? sidecarPath })) };
    if (snap && result.text === snap.text) return { ok: true, written: false, text: result.text, applied: [], skipped };
    const bytes = Buffer.from((snap?.bom ? '\uFEFF' : '') + result.text, 'utf8');
    await writeNow(read.path, bytes, { expected: snap ? { hash: snap.hash } : null });
    return { ok: true, written: true, text: result.text, applied, skipped };
  });
}
