// The hostile cases of issue #6, each as a user would meet it from the command line: files that
// exist but cannot be used, links, FIFOs, odd encodings and line ends, exports onto the survey,
// concurrent writers. Every test states what must never happen to a person's coding.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { cleanStaleTempFiles, updateSidecarFile } from '../../src/core/files';
import { parseSidecar } from '../../src/core/sidecar';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import type { WorkspaceFs } from '../../src/core/workspace';

const REPO = path.join(__dirname, '../..');
const FIXTURES = path.join(REPO, 'test/fixtures/replies');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** A person's coding of Wrexley: three answers with an exemption and a note. */
const HUMAN = `# Coded by hand.
version: 1
council: Wrexley Borough Council
answers:
  Q1:
    status: answered
    value: Wrexley Borough Council
    coder: jb
  Q2:
    status: answered
    value: 203500
    coder: jb
  Q9:
    status: refused
    exemption: s12
    note: cost limit, checked by phone
    coder: jb
`;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'foi-hostile-'));
  copyFileSync(path.join(REPO, 'examples/crm-survey/foi-questionnaire.yaml'), path.join(dir, 'foi-questionnaire.yaml'));
  mkdirSync(path.join(dir, 'replies'));
  copyFileSync(path.join(FIXTURES, 'wrexley-borough-council.txt'), path.join(dir, 'replies/wrexley.txt'));
  copyFileSync(path.join(FIXTURES, 'brackenfield-district-council.txt'), path.join(dir, 'replies/brackenfield.txt'));
  return dir;
}

const sidecarOf = (dir: string, name = 'wrexley') => path.join(dir, 'replies', `${name}.answers.yaml`);

describe('hostile files: a coding is never lost or hidden', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = workspace();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a NUL byte in a sidecar is an error at its line, the council is unreadable (not uncoded), and autotag never rewrites it', async () => {
    const bytes = Buffer.concat([Buffer.from(HUMAN.replace('# Coded by hand.', '# Coded by hand')), Buffer.from([0]), Buffer.from('\n')]);
    writeFileSync(sidecarOf(dir), bytes);
    const check = await run(dir, 'check');
    assert.equal(check.code, 1);
    assert.match(check.out, /^replies\/wrexley\.answers\.yaml:18:1: error: 1 NUL byte/m);
    const report = await run(dir, 'report', '--json');
    assert.equal(report.code, 1);
    const wrexley = (JSON.parse(report.out) as { councils: { council: string; coded: number; missing: string[]; counts: Record<string, number>; unreadable: { file: string; line: number; column: number; message: string }[] }[] }).councils.find((c) => c.council.startsWith('Wrexley'))!;
    assert.deepEqual(wrexley.missing, [], 'nothing is shown as missing');
    assert.ok(wrexley.counts['unreadable']! > 20);
    assert.deepEqual(wrexley.unreadable.map((u) => [u.file, u.line, u.column]), [['replies/wrexley.answers.yaml', 18, 1]]);
    const text = await run(dir, 'report');
    assert.match(text.out, /UNREADABLE sidecar: replies\/wrexley\.answers\.yaml/);
    const tag = await run(dir, 'autotag', '--write');
    assert.equal(tag.code, 1);
    assert.deepEqual(readFileSync(sidecarOf(dir)), bytes, 'byte-for-byte unchanged');
  });

  it('a sidecar with invalid UTF-8 or a UTF-16 byte-order mark is unusable, never read as empty', async () => {
    writeFileSync(sidecarOf(dir), Buffer.concat([Buffer.from('version: 1\nanswers:\n  Q1:\n    status: answered\n    note: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const check = await run(dir, 'check');
    assert.match(check.out, /^replies\/wrexley\.answers\.yaml:5:14: error: invalid UTF-8 \(byte 0xe9/m);
    writeFileSync(sidecarOf(dir), Buffer.from('\ufeffversion: 1\n', 'utf16le'));
    assert.match((await run(dir, 'check')).out, /wrexley\.answers\.yaml:1:1: error: the file is UTF-16/);
  });

  it('a lone-CR sidecar that begins with a comment is read answer by answer, and autotag keeps its answers and its line ends', async () => {
    const mac = HUMAN.replace(/\n/g, '\r');
    writeFileSync(sidecarOf(dir), mac);
    const report = JSON.parse((await run(dir, 'report', '--json')).out) as { councils: { council: string; coded: number }[] };
    assert.equal(report.councils.find((c) => c.council.startsWith('Wrexley'))!.coded, 3);
    await run(dir, 'autotag', '--write');
    const after = readFileSync(sidecarOf(dir), 'utf8');
    assert.ok(!after.includes('\n'), 'still CR line ends');
    const parsed = parseSidecar(after).sidecar!;
    assert.equal(parsed.answers.get('Q9')?.exemption, 's12');
    assert.equal(parsed.answers.get('Q9')?.note, 'cost limit, checked by phone');
    assert.equal(parsed.answers.get('Q1')?.coder, 'jb');
    assert.ok(parsed.answers.size > 3, 'auto answers were added as entries, not as comment text');
  });

  it('a duplicate key in a fully coded sidecar: export marks every row unreadable and exits 1 (0 with --allow-errors)', async () => {
    writeFileSync(sidecarOf(dir), HUMAN.replace('    coder: jb\n  Q2:', '    coder: jb\n    coder: jb\n  Q2:'));
    const r = await run(dir, 'export', '--format', 'tidy-csv', '--no-bom');
    assert.equal(r.code, 1);
    const rows = r.out.split('\r\n').filter((l) => l.startsWith('Wrexley'));
    assert.ok(rows.length > 20);
    assert.ok(rows.every((l) => l.split(',')[2] === 'unreadable'), rows.join('\n'));
    assert.match(rows[0]!, /sidecar cannot be read: replies\/wrexley\.answers\.yaml:9:5: /);
    assert.match(r.err, /wrexley\.answers\.yaml:9:5: error: .*[Dd]uplicate|wrexley\.answers\.yaml:9:5: error: /);
    assert.equal((await run(dir, 'export', '--allow-errors')).code, 0);
  });

  it('a symlinked sidecar inside the workspace is read and written through; the link stays a link', async () => {
    mkdirSync(path.join(dir, 'coding'));
    writeFileSync(path.join(dir, 'coding/wrexley.yaml'), HUMAN);
    symlinkSync('../coding/wrexley.yaml', sidecarOf(dir));
    const report = JSON.parse((await run(dir, 'report', '--json')).out) as { councils: { council: string; coded: number }[] };
    assert.equal(report.councils.find((c) => c.council.startsWith('Wrexley'))!.coded, 3);
    const tag = await run(dir, 'autotag', '--write');
    assert.equal(tag.code, 0, tag.err);
    assert.ok(lstatSync(sidecarOf(dir)).isSymbolicLink(), 'never replaced by a file');
    const target = parseSidecar(readFileSync(path.join(dir, 'coding/wrexley.yaml'), 'utf8')).sidecar!;
    assert.equal(target.answers.get('Q9')?.coder, 'jb');
    assert.equal(target.answers.get('Q2')?.value, 203500);
    assert.ok(target.answers.size > 3);
  });

  it('a symlinked sidecar pointing out of the workspace is refused with a message and never written', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'foi-outside-'));
    try {
      writeFileSync(path.join(outside, 'w.yaml'), HUMAN);
      symlinkSync(path.join(outside, 'w.yaml'), sidecarOf(dir));
      const check = await run(dir, 'check');
      assert.equal(check.code, 1);
      assert.match(check.out, /wrexley\.answers\.yaml:1:1: error: .*symbolic link to .*outside the workspace; not followed/);
      assert.equal((await run(dir, 'report')).code, 1);
      await run(dir, 'autotag', '--write');
      assert.ok(lstatSync(sidecarOf(dir)).isSymbolicLink());
      assert.equal(readFileSync(path.join(outside, 'w.yaml'), 'utf8'), HUMAN);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('symlinked replies and a symlinked replies/ folder inside the workspace are counted; a link loop ends', async () => {
    mkdirSync(path.join(dir, 'inbox'));
    copyFileSync(path.join(FIXTURES, 'eastmoor-borough-council.txt'), path.join(dir, 'inbox/eastmoor.txt'));
    symlinkSync('../inbox/eastmoor.txt', path.join(dir, 'replies/eastmoor.txt'));
    mkdirSync(path.join(dir, 'region'));
    mkdirSync(path.join(dir, 'store'));
    copyFileSync(path.join(FIXTURES, 'coldharbour-council.txt'), path.join(dir, 'store/coldharbour.txt'));
    symlinkSync('../store', path.join(dir, 'region/replies'));
    symlinkSync('..', path.join(dir, 'store/loop'));
    const r = JSON.parse((await run(dir, 'report', '--json')).out) as { councils: { files: string[] }[] };
    const files = r.councils.flatMap((c) => c.files).sort();
    assert.ok(files.includes('replies/eastmoor.txt'), files.join());
    assert.ok(files.includes('region/replies/coldharbour.txt'), files.join());
  });

  it('a FIFO as a sidecar or a reply never hangs: it is named as unusable and left alone', async function () {
    if (process.platform === 'win32') this.skip();
    assert.equal(spawnSync('mkfifo', [sidecarOf(dir)]).status, 0);
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'replies/pipe.txt')]).status, 0);
    const tag = await run(dir, 'autotag', '--write');
    assert.equal(tag.code, 1);
    assert.match(tag.err, /wrexley\.answers\.yaml:1:1: error: .*named pipe \(FIFO\)/);
    assert.ok(statSync(sidecarOf(dir)).isFIFO(), 'still the FIFO');
    const check = await run(dir, 'check');
    assert.match(check.out, /replies\/pipe\.txt:1:1: warning: replies\/pipe\.txt is a named pipe/);
    const dirSidecar = sidecarOf(dir, 'brackenfield');
    rmSync(dirSidecar, { force: true });
    mkdirSync(dirSidecar);
    assert.match((await run(dir, 'check')).out, /brackenfield\.answers\.yaml:1:1: error: .*is a folder/);
  });

  it('a sidecar the user cannot read is unreadable, not uncoded (run as an unprivileged user)', function () {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0 || spawnSync('setpriv', ['--version']).status !== 0) this.skip();
    writeFileSync(sidecarOf(dir), HUMAN);
    chmodSync(sidecarOf(dir), 0o000);
    chmodSync(dir, 0o755);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), 'report', '--json', dir], { cwd: REPO, encoding: 'utf8' });
    if (r.status === null || /EACCES.*node_modules|Cannot find/.test(r.stderr)) this.skip();
    assert.equal(r.status, 1, r.stderr);
    const c = (JSON.parse(r.stdout) as { councils: { council: string; unreadable: { message: string }[] }[] }).councils.find((x) => x.council.startsWith('Wrexley'))!;
    assert.match(c.unreadable[0]!.message, /permission denied/);
  });

  it('an unreadable sidecar (fs error injected) is an error in the index, not an absent file', async () => {
    const files: Record<string, string> = { 'replies/a.txt': 'Q1. Name?\nFernleigh\n', 'replies/a.answers.yaml': HUMAN };
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const fs: WorkspaceFs = {
      async readFile(p) {
        if (p.endsWith('.yaml')) throw denied;
        return Buffer.from(files[p]!);
      },
      async stat(p) {
        return p in files ? { mtime: 1, size: files[p]!.length, type: 'file' } : null;
      },
      async list(d) {
        if (d === '') return [{ name: 'replies', type: 'directory' }];
        return Object.keys(files).map((f) => ({ name: f.slice('replies/'.length), type: 'file' as const }));
      },
    };
    const index = new WorkspaceIndex(fs);
    await index.refresh();
    const council = index.coverage().councils[0]!;
    assert.equal(council.unreadable.length, 1);
    assert.match(council.unreadable[0]!.message, /cannot be read: permission denied/);
    assert.equal(council.missing.length, 0);
  });

  it('export --out onto the questionnaire, a sidecar or a reply is refused and the file is untouched; other outputs are written atomically', async () => {
    writeFileSync(sidecarOf(dir), HUMAN);
    const q = readFileSync(path.join(dir, 'foi-questionnaire.yaml'));
    for (const target of ['foi-questionnaire.yaml', 'replies/wrexley.answers.yaml', 'replies/wrexley.txt', './replies/../foi-questionnaire.yaml']) {
      const r = await run(dir, 'export', '--out', target);
      assert.equal(r.code, 2, target);
      assert.match(r.err, /of this workspace.*choose another --out file/);
    }
    symlinkSync('foi-questionnaire.yaml', path.join(dir, 'q-link.csv'));
    assert.equal((await run(dir, 'export', '--out', 'q-link.csv')).code, 2, 'a link to the questionnaire is the questionnaire');
    assert.deepEqual(readFileSync(path.join(dir, 'foi-questionnaire.yaml')), q);
    assert.equal(readFileSync(sidecarOf(dir), 'utf8'), HUMAN);
    const ok = await run(dir, 'export', '--out', 'out.csv');
    assert.equal(ok.code, 0, ok.err);
    assert.ok(readFileSync(path.join(dir, 'out.csv'), 'utf8').includes('Wrexley'));
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temp file left');
  });

  it('a read-only sidecar is not rewritten, with a clear message', async () => {
    writeFileSync(sidecarOf(dir), HUMAN);
    chmodSync(sidecarOf(dir), 0o444);
    const r = await run(dir, 'autotag', '--write');
    assert.equal(r.code, 1);
    assert.match(r.err, /wrexley\.answers\.yaml:1:1: error: .*is read-only; not written/);
    assert.equal(readFileSync(sidecarOf(dir), 'utf8'), HUMAN);
  });

  it('a.txt and a.TXT would share one sidecar: both are named, neither is written', async () => {
    copyFileSync(path.join(FIXTURES, 'eastmoor-borough-council.txt'), path.join(dir, 'replies/wrexley.TXT'));
    writeFileSync(sidecarOf(dir), HUMAN);
    const check = await run(dir, 'check');
    assert.equal(check.code, 1);
    assert.match(check.out, /wrexley\.answers\.yaml:1:1: error: .*belongs to 2 replies \(replies\/wrexley\.TXT, replies\/wrexley\.txt\)/);
    await run(dir, 'autotag', '--write');
    assert.equal(readFileSync(sidecarOf(dir), 'utf8'), HUMAN);
  });

  it('routing: a 2,500-question chain is evaluated without overflowing, and cycles are reported by check', async () => {
    const n = 2500;
    // Ids run Q1, Q1a, Q1b, Q2… (numbers stop at 999); each asked only when the one before is yes.
    const ids = Array.from({ length: n }, (_, i) => `Q${Math.floor(i / 3) + 1}${['', 'a', 'b'][i % 3]}`);
    const qs = ['version: 1', 'questions:'];
    ids.forEach((id, i) => qs.push(`  - id: ${id}`, '    type: yes-no', ...(i > 0 ? [`    when: { ${ids[i - 1]}: "yes" }`] : [])));
    writeFileSync(path.join(dir, 'foi-questionnaire.yaml'), qs.join('\n') + '\n');
    writeFileSync(sidecarOf(dir), 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: "no"\n');
    const r = await run(dir, 'report', '--json');
    assert.equal(r.code, 0, r.err);
    const w = (JSON.parse(r.out) as { councils: { council: string; counts: Record<string, number> }[] }).councils.find((c) => c.counts['answered'] === 1)!;
    assert.equal(w.counts['not-required'], n - 1);
    writeFileSync(path.join(dir, 'foi-questionnaire.yaml'), 'version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n    when: { Q3: yes }\n  - id: Q3\n    when: { Q2: yes }\n');
    const check = await run(dir, 'check');
    assert.equal(check.code, 1);
    assert.match(check.out, /^foi-questionnaire\.yaml:4:5: error: routing cycle: Q2 → Q3 → Q2/m);
    assert.equal((await run(dir, 'report')).code, 0, 'report still works');
  });

  it('check caps a flood of problems per file with a count; --all prints every one', async () => {
    const lines = ['Dear Sir'];
    for (let i = 100; i < 900; i++) lines.push(`Q${i}. Something?`, 'Yes', '');
    writeFileSync(path.join(dir, 'replies/flood.txt'), lines.join('\n'));
    const r = await run(dir, 'check');
    const flood = r.out.split('\n').filter((l) => l.startsWith('replies/flood.txt:'));
    assert.equal(flood.length, 21);
    assert.match(flood[20]!, /… and 780 more problems/);
    const all = await run(dir, 'check', '--all');
    assert.equal(all.out.split('\n').filter((l) => l.startsWith('replies/flood.txt:')).length, 800);
  });

  it('control characters in file names and values are escaped in terminal output', async () => {
    const evil = 'evil\u001b[2J\u202e.txt';
    copyFileSync(path.join(FIXTURES, 'wrexley-borough-council.txt'), path.join(dir, 'replies', evil));
    writeFileSync(path.join(dir, 'replies', 'evil\u001b[2J\u202e.answers.yaml'), 'version: 1\ncouncil: "Bad\\e[31m Council"\nanswers:\n  Q1: [x\n');
    for (const cmd of ['check', 'report', 'autotag']) {
      const r = await run(dir, cmd);
      assert.ok(!/[\u001b\u202e]/.test(r.out + r.err), `${cmd} printed a raw control character`);
    }
    assert.match((await run(dir, 'check')).out, /evil\\x1b\[2J\\u202e\.answers\.yaml/);
  });

  it('a binary reply is named as not analysed; autotag counts only answers really written', async () => {
    writeFileSync(path.join(dir, 'replies/scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const r = await run(dir, 'autotag', '--write');
    assert.match(r.err, /replies\/scan\.txt: warning: not analysed \(looks binary/);
    const coded = Number(/Coded (\d+) answers/.exec(r.out)![1]);
    const written = ['wrexley', 'brackenfield'].reduce((n, name) => n + (parseSidecar(readFileSync(sidecarOf(dir, name), 'utf8')).sidecar?.answers.size ?? 0), 0);
    assert.equal(coded, written);
    const again = await run(dir, 'autotag', '--write');
    assert.match(again.out, /Coded 0 answers in 0 sidecars/);
  });

  it('a reply with a few invalid UTF-8 bytes stays UTF-8 (£ and km² intact) with a warning', async () => {
    const bytes = Buffer.concat([Buffer.from('Q1. Name?\nFernleigh \u00a3 km\u00b2 '), Buffer.from([0xff]), Buffer.from('\nQ8. Spend?\n£44.6m\n')]);
    writeFileSync(path.join(dir, 'replies/fernleigh.txt'), bytes);
    const check = await run(dir, 'check');
    assert.match(check.out, /replies\/fernleigh\.txt:1:1: warning: 1 invalid UTF-8 byte replaced by \uFFFD \(first at line 2, column 17\)/);
    const s = JSON.parse((await run(dir, 'suggest', 'replies/fernleigh.txt', '--json')).out) as { answers: { id: string; value: unknown; text: string }[] };
    assert.equal(s.answers.find((a) => a.id === 'Q8')?.value, 44600000);
    assert.match(s.answers.find((a) => a.id === 'Q1')!.text, /£ km² \uFFFD/);
  });
});

describe('writers decide at write time', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'foi-writers-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('add-only: an answer a person saved after the run chose its edits is kept, and reported as skipped', async () => {
    const file = path.join(dir, 'x.answers.yaml');
    // The run decided on an empty sidecar; then the person coded Q2 with an exemption and a note.
    writeFileSync(file, 'version: 1\nanswers:\n  Q2:\n    status: refused\n    exemption: s12\n    note: mine\n    coder: jb\n');
    const r = await updateSidecarFile(file, [{ id: 'Q1', entry: { status: 'answered', value: 1, coder: 'auto' } }, { id: 'Q2', entry: { status: 'answered', value: 5, coder: 'auto' } }], { order: ['Q1', 'Q2'] }, { addOnly: true });
    assert.ok(r.ok);
    assert.deepEqual(r.applied, ['Q1']);
    assert.deepEqual(r.skipped, ['Q2']);
    const s = parseSidecar(readFileSync(file, 'utf8')).sidecar!;
    assert.deepEqual(s.answers.get('Q2'), { status: 'refused', exemption: 's12', note: 'mine', coder: 'jb' });
    assert.equal(s.answers.get('Q1')?.coder, 'auto');
  });

  it('add-only with nothing left to add writes nothing (no empty sidecar is created)', async () => {
    const file = path.join(dir, 'y.answers.yaml');
    const r = await updateSidecarFile(file, [], {}, { addOnly: true });
    assert.ok(r.ok && !r.written);
    assert.ok(!existsSync(file));
  });

  it('temp files left by a crash are removed only when ours, old, and their process is gone', async () => {
    const dead = 2 ** 22 + 12345; // above the default pid_max: no such process
    const old = Date.now() / 1000 - 3600;
    const names = {
      stale: `.x.answers.yaml.${dead}.0123456789ab.tmp`,
      young: `.x.answers.yaml.${dead}.ba9876543210.tmp`,
      alive: `.x.answers.yaml.${process.ppid}.aaaaaaaaaaaa.tmp`,
      notOurs: '.x.answers.yaml.swp',
    };
    for (const n of Object.values(names)) writeFileSync(path.join(dir, n), 'x');
    for (const n of [names.stale, names.alive, names.notOurs]) utimesSync(path.join(dir, n), old, old);
    const removed = await cleanStaleTempFiles(dir);
    assert.deepEqual(removed, [names.stale]);
    assert.deepEqual(readdirSync(dir).sort(), [names.young, names.alive, names.notOurs].sort());
  });
});
