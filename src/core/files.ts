// Safe file writing for sidecars (and anything else the engine writes): read a snapshot,
// write atomically (temp file in the same folder, then rename, keeping the file's mode),
// refuse when the file changed since the snapshot, and serialise writes to one file.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyAnswerEdits } from './sidecar';
import type { AnswerEdit, SidecarEditContext } from './sidecar';
import { decodeText } from './text';
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

/** Bytes and stat of one open file: one open, no second path lookup, and the stat matches the bytes. */
async function readWithStat(file: string): Promise<{ bytes: Buffer; st: import('node:fs').Stats }> {
  const handle = await fs.open(file, 'r');
  try {
    const st = await handle.stat();
    return { bytes: await handle.readFile(), st };
  } finally {
    await handle.close();
  }
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
    else st = await fs.stat(file);
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
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(file)).mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    const handle = await fs.open(tmp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      // The umask may have narrowed the mode at creation; restore the original exactly.
      if (mode !== undefined) await handle.chmod(mode);
      // Durability: the data must be on disk before the rename makes it the file, or a power
      // loss can leave an empty sidecar (ext4 without auto_da_alloc, XFS, btrfs), so the flush
      // stays. fdatasync flushes the data and the size but not the timestamps, which a fresh temp
      // file does not need; it is never slower than fsync and on a real disk saves a journal
      // commit. Measured (bench/write-sync.ts, ext4 VM): fsync ≈ fdatasync ≈ 0.2 ms, none 0.1 ms
      // — a small part of a write, not worth trading user data for. The folder is not fsynced
      // after the rename: a crash then leaves the old or the new sidecar, both whole.
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (options.expected !== undefined) await checkUnchanged(file, options.expected);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
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

export type SidecarUpdateResult =
  | { ok: true; written: boolean; text: string }
  | { ok: false; problems: Problem[] };

/**
 * Read a sidecar, apply answer edits, and write it back atomically. A sidecar that does not parse
 * or validate is left exactly as it is and its problems are returned. Throws ConflictError when the
 * file changed between the read and the write.
 */
export function updateSidecarFile(sidecarPath: string, edits: readonly AnswerEdit[], context: SidecarEditContext): Promise<SidecarUpdateResult> {
  // Queued as a whole, so two updates of one sidecar never read the same old text.
  return withFileQueue(sidecarPath, async () => {
    const snap = await readSnapshotIfExists(sidecarPath);
    const result = applyAnswerEdits(snap ? snap.text : null, edits, context);
    if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ ...p, file: p.file ?? sidecarPath })) };
    if (snap && result.text === snap.text) return { ok: true, written: false, text: result.text };
    const bytes = Buffer.from((snap?.bom ? '\uFEFF' : '') + result.text, 'utf8');
    await writeNow(sidecarPath, bytes, { expected: snap ? { hash: snap.hash } : null });
    return { ok: true, written: true, text: result.text };
  });
}
