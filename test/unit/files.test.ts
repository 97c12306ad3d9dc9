import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConflictError, readSnapshot, updateSidecarFile, writeFileAtomic } from '../../src/core/files';
import { parseSidecar } from '../../src/core/sidecar';

describe('files: atomic writes and sidecar updates', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'foi-files-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes a file atomically, keeps its mode and leaves no temp file behind', async () => {
    const file = path.join(dir, 'a.answers.yaml');
    await fs.writeFile(file, 'old\n');
    await fs.chmod(file, 0o640);
    const snap = await readSnapshot(file);
    await writeFileAtomic(file, 'new\n', { expected: snap });
    assert.equal(await fs.readFile(file, 'utf8'), 'new\n');
    assert.equal((await fs.stat(file)).mode & 0o777, 0o640);
    assert.deepEqual(await fs.readdir(dir), ['a.answers.yaml']);
  });

  it('refuses with a ConflictError naming the file when it changed since it was read', async () => {
    const file = path.join(dir, 'b.answers.yaml');
    await fs.writeFile(file, 'version: 1\n');
    const snap = await readSnapshot(file);
    await fs.writeFile(file, 'version: 1\n# edited by hand\n');
    await assert.rejects(writeFileAtomic(file, 'mine\n', { expected: snap }), (e: unknown) => e instanceof ConflictError && e.file === file && e.message.includes(file));
    assert.equal(await fs.readFile(file, 'utf8'), 'version: 1\n# edited by hand\n');
    assert.deepEqual(await fs.readdir(dir), ['b.answers.yaml']);
    // mtime + size as the expectation works too; `null` means "must not exist yet".
    const st = await fs.stat(file);
    await writeFileAtomic(file, 'ok\n', { expected: { mtimeMs: st.mtimeMs, size: st.size } });
    await assert.rejects(writeFileAtomic(file, 'x', { expected: null }), ConflictError);
  });

  it('leaves no temp file when the write fails', async () => {
    const file = path.join(dir, 'missing-folder', 'c.yaml');
    await assert.rejects(writeFileAtomic(file, 'x'));
    await fs.mkdir(path.join(dir, 'd'));
    await assert.rejects(writeFileAtomic(path.join(dir, 'd'), 'x')); // renaming onto a directory fails
    assert.deepEqual((await fs.readdir(dir)).sort(), ['d']);
    assert.deepEqual(await fs.readdir(path.join(dir, 'd')), []);
  });

  it('serialises concurrent writes to one file', async () => {
    const file = path.join(dir, 'e.answers.yaml');
    const order: number[] = [];
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(file, `write ${i}\n`).then(() => order.push(i))));
    assert.deepEqual(order, Array.from({ length: 20 }, (_, i) => i));
    assert.equal(await fs.readFile(file, 'utf8'), 'write 19\n');
    assert.deepEqual(await fs.readdir(dir), ['e.answers.yaml']);
  });

  it('concurrent sidecar updates all land (none reads a stale text)', async () => {
    const file = path.join(dir, 'f.answers.yaml');
    const ids = ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q5', 'Q6a'];
    const results = await Promise.all(ids.map((id) => updateSidecarFile(file, [{ id, entry: { status: 'not-held', coder: 'auto' } }], { order: ids, council: 'Fernleigh Council', replyName: 'f.txt' })));
    assert.ok(results.every((r) => r.ok));
    const { sidecar } = parseSidecar(await fs.readFile(file, 'utf8'));
    assert.deepEqual([...(sidecar?.answers.keys() ?? [])], ids);
    assert.equal(sidecar?.council, 'Fernleigh Council');
  });

  it('leaves a broken sidecar byte-for-byte unchanged and returns where it is broken', async () => {
    const file = path.join(dir, 'g.answers.yaml');
    const bytes = Buffer.from('\uFEFF# mine\r\nversion: 1\r\nanswers:\r\n  Q1:\r\n    status: answered\r\n   value: [oops\r\n', 'utf8');
    await fs.writeFile(file, bytes);
    const before = await fs.stat(file);
    const r = await updateSidecarFile(file, [{ id: 'Q2', entry: { status: 'refused', exemption: 's12' } }], {});
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.ok(r.problems.some((p) => p.severity === 'error' && p.file === file && p.line >= 5));
    }
    assert.ok((await fs.readFile(file)).equals(bytes));
    assert.equal((await fs.stat(file)).mtimeMs, before.mtimeMs);
    assert.deepEqual(await fs.readdir(dir), ['g.answers.yaml']);
  });

  it('keeps comments, a BOM and CRLF when updating a sidecar', async () => {
    const file = path.join(dir, 'h.answers.yaml');
    await fs.writeFile(file, '\uFEFF# team notes\r\nversion: 1\r\nanswers:\r\n  Q1:\r\n    status: unclear   # ask Sam\r\n');
    const r = await updateSidecarFile(file, [{ id: 'Q2', entry: { status: 'not-held' } }], { order: ['Q1', 'Q2'] });
    assert.ok(r.ok && r.written);
    const out = await fs.readFile(file, 'utf8');
    assert.equal(out, '\uFEFF# team notes\r\nversion: 1\r\nanswers:\r\n  Q1:\r\n    status: unclear   # ask Sam\r\n  Q2:\r\n    status: not-held\r\n');
    // The same edit again writes nothing.
    const again = await updateSidecarFile(file, [{ id: 'Q2', entry: { status: 'not-held' } }], { order: ['Q1', 'Q2'] });
    assert.ok(again.ok && !again.written);
  });

  it('a sidecar changed on disk between read and write is not overwritten', async () => {
    const file = path.join(dir, 'i.answers.yaml');
    await fs.writeFile(file, 'version: 1\nanswers: {}\n');
    const snap = await readSnapshot(file);
    await fs.writeFile(file, 'version: 1\nanswers:\n  Q9: {status: refused}\n');
    await assert.rejects(writeFileAtomic(file, 'version: 1\n', { expected: { hash: snap.hash } }), ConflictError);
    assert.match(await fs.readFile(file, 'utf8'), /Q9/);
  });
});
