import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

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

const GOOD_SIDECAR = `# Coded by hand — this comment must survive autotag.
version: 1
council: Wrexley Borough Council
answers:
  # Checked against the letter on 3 March.
  Q1:
    status: answered
    value: Wrexley Borough Council
    coder: jb
    quote:
      exact: "this text is not in the reply at all"
      start: 0
      end: 36
`;
const BROKEN_SIDECAR = 'version: 1\nanswers:\n  Q1: [oops\n';

/** A small workspace: the example questionnaire, a reply without sidecar, one with a good sidecar, one with a broken one. */
function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'foi-cli-'));
  copyFileSync(path.join(REPO, 'examples/crm-survey/foi-questionnaire.yaml'), path.join(dir, 'foi-questionnaire.yaml'));
  mkdirSync(path.join(dir, 'replies'));
  copyFileSync(path.join(FIXTURES, 'brackenfield-district-council.txt'), path.join(dir, 'replies/brackenfield.txt'));
  copyFileSync(path.join(FIXTURES, 'wrexley-borough-council.txt'), path.join(dir, 'replies/wrexley.txt'));
  writeFileSync(path.join(dir, 'replies/wrexley.answers.yaml'), GOOD_SIDECAR);
  copyFileSync(path.join(FIXTURES, 'eastmoor-borough-council.txt'), path.join(dir, 'replies/eastmoor.txt'));
  writeFileSync(path.join(dir, 'replies/eastmoor.answers.yaml'), BROKEN_SIDECAR);
  return dir;
}

describe('foi-coder CLI', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = makeWorkspace();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help with the exit codes, the version, and rejects bad usage with exit 2', async () => {
    const help = await run(dir, '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Exit codes:[\s\S]*2 {2}usage error/);
    for (const cmd of ['report', 'suggest', 'autotag', 'check', 'export', 'init']) {
      const r = await run(dir, cmd, '--help');
      assert.equal(r.code, 0, cmd);
      assert.match(r.out, new RegExp(`Usage: foi-coder ${cmd}`));
    }
    assert.match((await run(dir, '--version')).out, /^\d+\.\d+\.\d+\n$/);
    assert.equal((await run(dir, 'frobnicate')).code, 2);
    assert.equal((await run(dir, 'report', '--nope')).code, 2);
    assert.equal((await run(dir, 'export', '--format', 'xlsx')).code, 2);
    assert.equal((await run(dir, 'suggest')).code, 2);
    assert.equal((await run(dir, 'report', 'no-such-folder')).code, 3);
  });

  it('report: a table of councils with coded/asked and missing ids, and --json', async () => {
    const r = await run(dir, 'report');
    assert.equal(r.code, 1, 'the broken eastmoor sidecar makes the report exit 1');
    assert.match(r.out, /Wrexley Borough Council\s+1\/\d+/);
    assert.match(r.out, /Total \(3 councils\)/);
    assert.ok(!/\u001b\[/.test(r.out), 'no colours when not a terminal');
    const j = await run(dir, 'report', '.', '--json');
    const data = JSON.parse(j.out) as { councils: { council: string; coded: number; missing: string[] }[]; totals: { councils: number } };
    assert.equal(data.totals.councils, 3);
    const wrexley = data.councils.find((c) => c.council === 'Wrexley Borough Council')!;
    assert.equal(wrexley.coded, 1);
    assert.ok(wrexley.missing.includes('Q2'));
    rmSync(path.join(dir, 'replies/eastmoor.answers.yaml'));
    assert.equal((await run(dir, 'report')).code, 0, 'no unreadable sidecar: exit 0');
  });

  it('suggest --json prints exactly one object of the documented shape', async () => {
    const r = await run(dir, 'suggest', 'replies/brackenfield.txt', '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 1, 'one line, one object');
    const data = JSON.parse(r.out) as { reply: string; council: string | null; answers: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(data), ['reply', 'council', 'variant', 'answers']);
    assert.equal(data.reply, 'replies/brackenfield.txt');
    assert.ok(data.answers.length > 10);
    const text = readFileSync(path.join(dir, 'replies/brackenfield.txt'), 'utf8');
    for (const a of data.answers) {
      assert.deepEqual(Object.keys(a), ['id', 'status', 'exemption', 'value', 'unit', 'line', 'start', 'end', 'text', 'confidence', 'why', 'from']);
      assert.equal(typeof a.why, 'string', `${String(a.id)}: every answer says why`);
      assert.ok(a.from === null || typeof a.from === 'string');
      assert.ok(a.exemption === null || typeof a.exemption === 'string');
      assert.ok(a.unit === null || typeof a.unit === 'string');
      assert.equal(text.slice(a.start as number, a.end as number), a.text, `${String(a.id)}: text is reply[start, end)`);
    }
    assert.equal(new Set(data.answers.map((a) => a.id)).size, data.answers.length, 'one answer per id');
    // The questionnaire was found upward from the reply: ids are the questionnaire's.
    const q14 = data.answers.find((a) => a.id === 'Q14');
    assert.equal(q14?.value, 'Properties');
    const plain = await run(dir, 'suggest', 'replies/brackenfield.txt');
    assert.equal(plain.code, 0);
    assert.match(plain.out, /Q2\s+answered/);
  });

  it('autotag: dry run writes nothing; --write fills only uncoded questions, keeps comments, and leaves a broken sidecar byte-for-byte', async () => {
    const sidecar = (name: string) => path.join(dir, 'replies', name);
    const dry = await run(dir, 'autotag');
    assert.equal(dry.code, 1, 'a broken sidecar makes the run exit 1');
    assert.match(dry.out, /would code \d+ answers/);
    assert.ok(!existsSync(sidecar('brackenfield.answers.yaml')));
    assert.equal(readFileSync(sidecar('wrexley.answers.yaml'), 'utf8'), GOOD_SIDECAR);
    assert.match(dry.err, /replies\/eastmoor\.answers\.yaml:\d+:\d+: error: /);

    const wet = await run(dir, 'autotag', '--write');
    assert.equal(wet.code, 1);
    assert.equal(readFileSync(sidecar('eastmoor.answers.yaml'), 'utf8'), BROKEN_SIDECAR, 'broken sidecar unchanged');
    assert.match(wet.err, /replies\/eastmoor\.answers\.yaml:\d+:\d+: error: /, 'names the broken line');
    const good = readFileSync(sidecar('wrexley.answers.yaml'), 'utf8');
    assert.ok(good.includes('# Coded by hand — this comment must survive autotag.'));
    assert.ok(good.includes('# Checked against the letter on 3 March.'));
    assert.ok(good.includes('coder: jb'));
    assert.match(good, /Q2:\n\s+status: \w+[\s\S]*coder: auto/);
    assert.equal((good.match(/^ {2}Q1:/gm) ?? []).length, 1, 'the human tag is not duplicated or replaced');
    const created = readFileSync(sidecar('brackenfield.answers.yaml'), 'utf8');
    assert.match(created, /coder: auto/);
    assert.match(created, /exact: /);

    const again = await run(dir, 'autotag', '--write');
    assert.match(again.out, /Coded 0 answers/, 'a second run has nothing left to fill');
  });

  it('check: file:line:col problems, exit 1 on errors and 0 without', async () => {
    const r = await run(dir, 'check');
    assert.equal(r.code, 1);
    assert.match(r.out, /^replies\/eastmoor\.answers\.yaml:\d+:\d+: error: /m);
    assert.match(r.out, /^replies\/wrexley\.answers\.yaml:\d+:\d+: warning: Q1: quote .* no longer found/m);
    rmSync(path.join(dir, 'replies/eastmoor.answers.yaml'));
    writeFileSync(path.join(dir, 'replies/wrexley.answers.yaml'), GOOD_SIDECAR.replace('status: answered\n    value: Wrexley', 'status: answered\n    value: Wrexley') + '  Q2:\n    status: answered\n    value: lots\n  Q77:\n    status: not-held\n');
    const ok = await run(dir, 'check');
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /wrexley\.answers\.yaml:\d+:\d+: warning: Q2: expected a number/);
    assert.match(ok.out, /wrexley\.answers\.yaml:\d+:\d+: warning: Q77 is not in the questionnaire/);
  });

  it('export: tidy CSV with a BOM to a file, wide CSV and JSON to stdout', async () => {
    const r = await run(dir, 'export', '--format', 'tidy-csv', '--out', 'out.csv', '--allow-errors');
    assert.equal(r.code, 0, r.err);
    const csv = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    assert.ok(csv.startsWith('\uFEFFcouncil,question,status,exemption,value,unit,quote,line,coder,file,note\r\n'));
    assert.match(csv, /Wrexley Borough Council,Q1,answered,,Wrexley Borough Council,/);
    const wide = await run(dir, 'export', '.', '--format', 'csv', '--no-bom');
    assert.ok(wide.out.startsWith('council,files,variant,asked,coded,percent,missing,Q1,Q1_status,'));
    assert.equal(wide.out.trimEnd().split('\r\n').length, 4);
    const json = JSON.parse((await run(dir, 'export', '--format', 'json')).out) as { councils: unknown[] };
    assert.equal(json.councils.length, 3);
  });

  it('init: writes the questionnaire from a request, refuses to overwrite without --force', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'foi-init-'));
    try {
      writeFileSync(
        path.join(fresh, 'request.txt'),
        'Dear Council,\n\nPlease tell me:\nQ1. What is the name of the Authority?\nQ2. Does it use a CRM system?\n(if Yes answer Q3)\nQ3. When did it go live?\n\nYours faithfully,\nA. Researcher\n',
      );
      const r = await run(fresh, 'init', '--from-request', 'request.txt');
      assert.equal(r.code, 0, r.err);
      const yaml = readFileSync(path.join(fresh, 'foi-questionnaire.yaml'), 'utf8');
      assert.match(yaml, /id: Q3/);
      const again = await run(fresh, 'init', '.', '--from-request', 'request.txt');
      assert.equal(again.code, 3);
      assert.match(again.err, /already exists; use --force/);
      assert.equal((await run(fresh, 'init', '--from-request', 'request.txt', '--force')).code, 0);
      assert.equal((await run(fresh, 'init')).code, 2, '--from-request is required');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
