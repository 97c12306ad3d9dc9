// Files on disk as a user meets them: snapshots that notice any later change, atomic writes
// that keep a file's mode and refuse to overwrite what changed, the one rule for a sidecar that
// exists but cannot be used (with its message), the link policy, crash temp files, and the
// read-modify-write of a sidecar.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  cleanStaleTempFiles, ConflictError, fileKind, hashBytes, isInside, NotAFileError, readSidecarFile, readSnapshot, readSnapshotIfExists,
  resolveSidecarPath, STALE_TEMP_MS, updateSidecarFile, withFileQueue, writeFileAtomic,
} from '../../src/core/files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'foi-core-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (name: string): string => path.join(dir, name);
const SIDECAR = 'version: 1\nanswers:\n  Q1:\n    status: answered\n';
const answered = (id: string, value: string) => ({ id, entry: { status: 'answered' as const, value } });

async function rejects(p: Promise<unknown>, message: string): Promise<Error> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof Error);
    assert.equal(e.message, message);
    return e;
  }
  assert.fail(`expected a rejection: ${message}`);
}

describe('files: snapshots', () => {
  it('a snapshot holds the bytes, their sha256, the size and mtime, and the text without a BOM', async () => {
    const file = at('a.yaml');
    writeFileSync(file, '\uFEFFcaf\u00e9\n');
    const snap = await readSnapshot(file);
    const bytes = readFileSync(file);
    assert.equal(snap.bom, true);
    assert.equal(snap.text, 'caf\u00e9\n');
    assert.deepEqual(Buffer.from(snap.bytes), bytes);
    assert.equal(snap.size, bytes.length);
    assert.equal(snap.mtimeMs, statSync(file).mtimeMs);
    assert.equal(snap.hash, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(hashBytes(new Uint8Array()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('sees a BOM only when all three of its bytes begin the file', async () => {
    for (const [bytes, bom] of [[[0xef, 0xbb, 0xbf, 0x41], true], [[0xef, 0xbb, 0x41], false], [[0x41, 0xef, 0xbb, 0xbf], false], [[0xef, 0xbb], false], [[0xef, 0x41, 0xbf], false], [[0x41, 0xbb, 0xbf], false]] as const) {
      writeFileSync(at('b'), Buffer.from(bytes));
      assert.equal((await readSnapshot(at('b'))).bom, bom, JSON.stringify(bytes));
    }
  });

  it('a missing file has no snapshot; a folder is an error naming it, never "absent"', async () => {
    assert.equal(await readSnapshotIfExists(at('none')), null);
    mkdirSync(at('d'));
    const e = await rejects(readSnapshotIfExists(at('d')), `${at('d')} is a folder, not a regular file`);
    assert.ok(e instanceof NotAFileError);
    assert.equal(e.code, 'ENOTFILE');
    assert.equal(e.name, 'NotAFileError');
    assert.equal(e.file, at('d'));
    assert.equal(e.kind, 'a folder');
  });

  it('names what a path is in words', () => {
    assert.equal(fileKind(statSync(dir)), 'a folder');
    writeFileSync(at('f'), 'x');
    assert.equal(fileKind(statSync(at('f'))), 'a file');
    assert.equal(fileKind(statSync('/dev/null')), 'a device');
    symlinkSync(at('f'), at('l'));
    assert.equal(fileKind(lstatSync(at('l'))), 'a symbolic link');
    if (spawnSync('mkfifo', [at('p')]).status === 0) assert.equal(fileKind(statSync(at('p'))), 'a named pipe (FIFO)');
  });
});

describe('files: atomic writes with a check', () => {
  it('expected null: writes a new file, and refuses when one was created meanwhile', async () => {
    const file = at('new.yaml');
    await writeFileAtomic(file, 'one', { expected: null });
    assert.equal(readFileSync(file, 'utf8'), 'one');
    const e = await rejects(writeFileAtomic(file, 'two', { expected: null }), `${file} changed on disk since it was read (it was created meanwhile); not overwritten`);
    assert.ok(e instanceof ConflictError);
    assert.equal(e.name, 'ConflictError');
    assert.equal(e.file, file);
    assert.equal(readFileSync(file, 'utf8'), 'one');
  });

  it('expected by hash: writes when unchanged, refuses when the content or the file is gone', async () => {
    const file = at('h.yaml');
    writeFileSync(file, 'one');
    const snap = await readSnapshot(file);
    await writeFileAtomic(file, 'two', { expected: { hash: snap.hash } });
    assert.equal(readFileSync(file, 'utf8'), 'two');
    await rejects(writeFileAtomic(file, 'three', { expected: { hash: snap.hash } }), `${file} changed on disk since it was read (its content differs); not overwritten`);
    rmSync(file);
    await rejects(writeFileAtomic(file, 'four', { expected: { hash: snap.hash } }), `${file} changed on disk since it was read (it was deleted meanwhile); not overwritten`);
    assert.equal(existsSync(file), false);
    assert.deepEqual(readdirSync(dir), [], 'no temp file is left');
  });

  it('expected by size and mtime: writes when both match, refuses when either differs', async () => {
    const file = at('m.yaml');
    writeFileSync(file, 'abc');
    const st = statSync(file);
    await rejects(writeFileAtomic(file, 'x', { expected: { size: 4, mtimeMs: st.mtimeMs } }), `${file} changed on disk since it was read (its size or modification time differs); not overwritten`);
    await rejects(writeFileAtomic(file, 'x', { expected: { size: 3, mtimeMs: st.mtimeMs - 1000 } }), `${file} changed on disk since it was read (its size or modification time differs); not overwritten`);
    assert.equal(readFileSync(file, 'utf8'), 'abc');
    await writeFileAtomic(file, 'xyz', { expected: { size: 3, mtimeMs: st.mtimeMs } });
    assert.equal(readFileSync(file, 'utf8'), 'xyz');
    rmSync(file);
    await rejects(writeFileAtomic(file, 'x', { expected: { size: 3, mtimeMs: st.mtimeMs } }), `${file} changed on disk since it was read (it was deleted meanwhile); not overwritten`);
  });

  it('keeps a file\'s exact mode through a rewrite, and gives a new file the usual mode', async () => {
    const file = at('mode.yaml');
    writeFileSync(file, 'a');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'b');
    assert.equal(statSync(file).mode & 0o7777, 0o640);
    chmodSync(file, 0o604);
    await writeFileAtomic(file, 'c');
    assert.equal(statSync(file).mode & 0o7777, 0o604, 'a mode the umask would narrow is restored');
    const fresh = at('fresh.yaml');
    await writeFileAtomic(fresh, 'x');
    const umask = process.umask();
    assert.equal(statSync(fresh).mode & 0o777, 0o666 & ~umask);
  });

  it('a write into a missing folder fails with the error and leaves nothing', async () => {
    await assert.rejects(writeFileAtomic(at('no/such/file'), 'x'), /ENOENT/);
  });
});

describe('files: one queue per file', () => {
  it('runs jobs on one file one after another, also after a failure; other files do not wait', async () => {
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const a1 = withFileQueue(at('a'), async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
      throw new Error('a1 failed');
    });
    const a2 = withFileQueue(path.join(dir, '.', 'a'), async () => {
      log.push('a2');
      return 2;
    });
    const b = withFileQueue(at('b'), async () => {
      log.push('b');
      return 'b';
    });
    assert.equal(await b, 'b');
    assert.deepEqual(log, ['a1 start', 'b']);
    release();
    await assert.rejects(a1, /a1 failed/);
    assert.equal(await a2, 2);
    assert.deepEqual(log, ['a1 start', 'b', 'a1 end', 'a2']);
  });
});

describe('files: the link policy', () => {
  it('a path is inside its root, or the root itself; a sibling sharing a prefix is not', () => {
    assert.equal(isInside('/w/root', '/w/root'), true);
    assert.equal(isInside('/w/root', '/w/root/a/b.yaml'), true);
    assert.equal(isInside('/w/root', '/w/rootx/b.yaml'), false);
    assert.equal(isInside('/w/root', '/w/b.yaml'), false);
    assert.equal(isInside('/w/root', '/other'), false);
  });

  it('a missing or plain file is itself; a link is followed only inside the workspace', async () => {
    assert.deepEqual(await resolveSidecarPath(at('none.yaml'), dir), { path: at('none.yaml'), link: false });
    writeFileSync(at('real.yaml'), SIDECAR);
    assert.deepEqual(await resolveSidecarPath(at('real.yaml')), { path: at('real.yaml'), link: false });
    symlinkSync(at('real.yaml'), at('link.yaml'));
    const inside = await resolveSidecarPath(at('link.yaml'), dir);
    assert.deepEqual(inside, { path: path.join(realpathSync(dir), 'real.yaml'), link: true });
  });

  it('refuses a link with no workspace, a dangling link, a loop and a link out, each with its reason', async () => {
    writeFileSync(at('real.yaml'), SIDECAR);
    symlinkSync(at('real.yaml'), at('link.yaml'));
    symlinkSync(at('gone.yaml'), at('dangling.yaml'));
    symlinkSync(at('loop2.yaml'), at('loop1.yaml'));
    symlinkSync(at('loop1.yaml'), at('loop2.yaml'));
    const outside = mkdtempSync(path.join(tmpdir(), 'foi-core-files-out-'));
    try {
      writeFileSync(path.join(outside, 'x.yaml'), SIDECAR);
      symlinkSync(path.join(outside, 'x.yaml'), at('out.yaml'));
      const problem = async (file: string, root?: string) => {
        const r = await resolveSidecarPath(at(file), root);
        assert.ok('problem' in r, file);
        return r.problem;
      };
      const none = await problem('link.yaml');
      assert.deepEqual(none, { severity: 'error', code: 'sidecar-link', message: 'is a symbolic link and no workspace folder was given to check where it points; not followed', file: at('link.yaml'), line: 1, column: 1 });
      assert.equal((await problem('dangling.yaml', dir)).message, 'is a link to a file that does not exist; not followed');
      assert.equal((await problem('loop1.yaml', dir)).message, 'is a loop of symbolic links; not followed');
      const out = await problem('out.yaml', dir);
      assert.equal(out.code, 'sidecar-link');
      assert.match(out.message, /^is a symbolic link to .*x\.yaml, outside the workspace; not followed \(links must stay inside the workspace\)$/);
      // A workspace folder given through a link of its own still contains its files.
      const rootLink = path.join(outside, 'root-link');
      symlinkSync(dir, rootLink);
      const viaLink = await resolveSidecarPath(at('link.yaml'), rootLink);
      assert.ok(!('problem' in viaLink) && viaLink.link);
      // A workspace folder that does not exist is compared as written.
      assert.ok('problem' in (await resolveSidecarPath(at('link.yaml'), path.join(dir, 'missing-root'))));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('files: reading a sidecar under the one rule', () => {
  it('absent, a folder, bad bytes: each has its kind and message at a position', async () => {
    assert.deepEqual(await readSidecarFile(at('none.yaml'), dir), { kind: 'absent', path: at('none.yaml') });
    mkdirSync(at('d.yaml'));
    assert.deepEqual(await readSidecarFile(at('d.yaml'), dir), {
      kind: 'unusable',
      problems: [{ severity: 'error', code: 'sidecar-unreadable', message: 'is a folder, not a sidecar file; not read, not written', file: at('d.yaml'), line: 1, column: 1 }],
    });
    writeFileSync(at('bad.yaml'), Buffer.from('version: 1\ncouncil: A\xff\n', 'latin1'));
    const bad = await readSidecarFile(at('bad.yaml'), dir);
    assert.equal(bad.kind, 'unusable');
    const p = bad.kind === 'unusable' ? bad.problems[0]! : assert.fail();
    assert.equal(p.code, 'sidecar-encoding');
    assert.equal(p.file, at('bad.yaml'));
    assert.deepEqual([p.line, p.column], [2, 11]);
    symlinkSync(at('none.yaml'), at('dangling.yaml'));
    const dangling = await readSidecarFile(at('dangling.yaml'), dir);
    assert.equal(dangling.kind === 'unusable' && dangling.problems[0]!.code, 'sidecar-link');
  });

  it('a readable sidecar gives its snapshot, its real path and whether it is read-only', async () => {
    writeFileSync(at('a.yaml'), '\uFEFF' + SIDECAR);
    const ok = await readSidecarFile(at('a.yaml'), dir);
    assert.ok(ok.kind === 'ok');
    assert.equal(ok.path, at('a.yaml'));
    assert.equal(ok.snap.text, SIDECAR);
    assert.equal(ok.snap.bom, true);
    assert.equal(ok.snap.hash, hashBytes(readFileSync(at('a.yaml'))));
    assert.equal(ok.snap.size, statSync(at('a.yaml')).size);
    assert.equal(ok.readOnly, false);
    chmodSync(at('a.yaml'), 0o444);
    const ro = await readSidecarFile(at('a.yaml'), dir);
    assert.ok(ro.kind === 'ok' && ro.readOnly);
    chmodSync(at('a.yaml'), 0o644);
  });
});

describe('files: updating a sidecar', () => {
  const ctx = { order: ['Q1', 'Q2', 'Q3'] };

  it('creates a missing sidecar with the edits, and reports what it applied', async () => {
    const r = await updateSidecarFile(at('new.yaml'), [answered('Q2', 'x')], ctx);
    assert.ok(r.ok);
    assert.equal(r.written, true);
    assert.deepEqual(r.applied, ['Q2']);
    assert.deepEqual(r.skipped, []);
    assert.equal(readFileSync(at('new.yaml'), 'utf8'), r.text);
    assert.match(r.text, /Q2:\n {4}status: answered\n {4}value: x\n/);
  });

  it('writes nothing when the edits change nothing, or when add-only leaves nothing to add', async () => {
    writeFileSync(at('s.yaml'), SIDECAR);
    const before = statSync(at('s.yaml')).mtimeMs;
    const same = await updateSidecarFile(at('s.yaml'), [{ id: 'Q1', entry: { status: 'answered' } }], ctx);
    assert.deepEqual(same, { ok: true, written: false, text: SIDECAR, applied: [], skipped: [] });
    const skip = await updateSidecarFile(at('s.yaml'), [answered('Q1', 'y')], ctx, { addOnly: true });
    assert.deepEqual(skip, { ok: true, written: false, text: SIDECAR, applied: [], skipped: ['Q1'] });
    assert.equal(statSync(at('s.yaml')).mtimeMs, before);
    const nothing = await updateSidecarFile(at('none.yaml'), [], ctx, { addOnly: true });
    assert.deepEqual(nothing, { ok: true, written: false, text: '', applied: [], skipped: [] });
    assert.equal(existsSync(at('none.yaml')), false);
  });

  it('add-only adds the new answers and keeps the coded ones, also into an empty or missing sidecar', async () => {
    writeFileSync(at('s.yaml'), SIDECAR);
    const r = await updateSidecarFile(at('s.yaml'), [answered('Q1', 'y'), answered('Q3', 'z')], ctx, { addOnly: true });
    assert.ok(r.ok && r.written);
    assert.deepEqual([r.applied, r.skipped], [['Q3'], ['Q1']]);
    assert.doesNotMatch(readFileSync(at('s.yaml'), 'utf8'), /value: y/);
    writeFileSync(at('empty.yaml'), '  \n');
    const e = await updateSidecarFile(at('empty.yaml'), [answered('Q1', 'y')], ctx, { addOnly: true });
    assert.ok(e.ok && e.written);
    assert.deepEqual(e.applied, ['Q1']);
  });

  it('keeps a BOM, and refuses a read-only, unusable or broken sidecar, leaving it byte for byte', async () => {
    writeFileSync(at('bom.yaml'), '\uFEFF' + SIDECAR);
    const r = await updateSidecarFile(at('bom.yaml'), [answered('Q2', 'x')], ctx);
    assert.ok(r.ok && r.written);
    assert.deepEqual([...readFileSync(at('bom.yaml')).subarray(0, 3)], [0xef, 0xbb, 0xbf]);

    writeFileSync(at('ro.yaml'), SIDECAR);
    chmodSync(at('ro.yaml'), 0o444);
    const ro = await updateSidecarFile(at('ro.yaml'), [answered('Q2', 'x')], ctx);
    assert.deepEqual(ro, { ok: false, problems: [{ severity: 'error', code: 'sidecar-read-only', message: 'is read-only; not written (make it writable to code it)', file: at('ro.yaml'), line: 1, column: 1 }] });
    assert.equal(readFileSync(at('ro.yaml'), 'utf8'), SIDECAR);

    mkdirSync(at('dir.yaml'));
    const d = await updateSidecarFile(at('dir.yaml'), [answered('Q2', 'x')], ctx);
    assert.ok(!d.ok && d.problems[0]!.message.includes('is a folder'));

    const broken = 'version: 1\nanswers:\n  Q1: [\n';
    writeFileSync(at('broken.yaml'), broken);
    const b = await updateSidecarFile(at('broken.yaml'), [answered('Q2', 'x')], ctx);
    assert.ok(!b.ok);
    assert.ok(b.problems.length > 0 && b.problems.every((p) => p.file === at('broken.yaml')), JSON.stringify(b.problems));
    assert.equal(readFileSync(at('broken.yaml'), 'utf8'), broken);
    const bAdd = await updateSidecarFile(at('broken.yaml'), [answered('Q2', 'x')], ctx, { addOnly: true });
    assert.ok(!bAdd.ok, 'add-only on a broken sidecar is refused too');
  });

  it('writes through a link inside the workspace and keeps the link', async () => {
    mkdirSync(at('store'));
    writeFileSync(at('store/real.yaml'), SIDECAR);
    symlinkSync(at('store/real.yaml'), at('link.yaml'));
    const r = await updateSidecarFile(at('link.yaml'), [answered('Q2', 'x')], ctx, { root: dir });
    assert.ok(r.ok && r.written);
    assert.match(readFileSync(at('store/real.yaml'), 'utf8'), /value: x/);
    assert.ok(lstatSync(at('link.yaml')).isSymbolicLink());
    const refused = await updateSidecarFile(at('link.yaml'), [answered('Q3', 'y')], ctx);
    assert.ok(!refused.ok && refused.problems[0]!.code === 'sidecar-link');
  });
});

describe('files: temp files left by a crash', () => {
  function deadPid(): number {
    const r = spawnSync(process.execPath, ['-e', '0']);
    return r.pid!;
  }

  it('removes only our old temp files of a dead process; keeps young ones, live ones, ours and others', async () => {
    const dead = deadPid();
    const old = Date.now() - STALE_TEMP_MS - 60_000;
    const names = {
      stale: `.a.yaml.${dead}.0123456789ab.tmp`,
      young: `.b.yaml.${dead}.0123456789ab.tmp`,
      mine: `.c.yaml.${process.pid}.0123456789ab.tmp`,
      alive: `.d.yaml.${process.ppid}.0123456789ab.tmp`,
      shortHex: `.e.yaml.${dead}.0123456789a.tmp`,
      upperHex: `.f.yaml.${dead}.0123456789AB.tmp`,
      noDot: `g.yaml.${dead}.0123456789ab.tmp`,
      other: 'notes.tmp',
    };
    for (const n of Object.values(names)) writeFileSync(at(n), 'x');
    mkdirSync(at(`.h.yaml.${dead}.0123456789ab.tmp`));
    for (const n of Object.values(names)) if (n !== names.young) utimesSync(at(n), old / 1000, old / 1000);
    utimesSync(at(`.h.yaml.${dead}.0123456789ab.tmp`), old / 1000, old / 1000);
    const removed = await cleanStaleTempFiles(dir);
    assert.deepEqual(removed, [names.stale]);
    assert.equal(existsSync(at(names.stale)), false);
    for (const n of [names.young, names.mine, names.alive, names.shortHex, names.upperHex, names.noDot, names.other]) assert.ok(existsSync(at(n)), n);
    // Just old enough, by the clock given.
    const youngMtime = statSync(at(names.young)).mtimeMs;
    assert.deepEqual(await cleanStaleTempFiles(dir, youngMtime + STALE_TEMP_MS - 1), []);
    assert.deepEqual(await cleanStaleTempFiles(dir, youngMtime + STALE_TEMP_MS), [names.young]);
    assert.deepEqual(await cleanStaleTempFiles(at('missing')), []);
    assert.equal(STALE_TEMP_MS, 600_000);
  });

  it('cleans a folder once, before the first write into it', async () => {
    const dead = deadPid();
    const stale = at(`.x.yaml.${dead}.abcdefabcdef.tmp`);
    writeFileSync(stale, 'x');
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(stale, old, old);
    await writeFileAtomic(at('x.yaml'), 'data');
    assert.equal(existsSync(stale), false);
    writeFileSync(stale, 'x');
    utimesSync(stale, old, old);
    await writeFileAtomic(at('x.yaml'), 'data2');
    assert.equal(existsSync(stale), true, 'the folder is cleaned once per process');
  });
});
