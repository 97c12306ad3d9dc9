import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

const REPO = path.join(__dirname, '../..');
const EXAMPLE = path.join(REPO, 'examples/crm-survey');

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Replace the first `from` after the line `  <id>:` in a sidecar. */
function recode(file: string, id: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`\n  ${id}:\n`);
  assert.ok(at >= 0, `${id} not in ${file}`);
  const i = text.indexOf(from, at);
  assert.ok(i >= 0, `${from} not after ${id} in ${file}`);
  writeFileSync(file, text.slice(0, i) + to + text.slice(i + from.length));
}

describe('foi-coder agreement', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'foi-agree-'));
    cpSync(EXAMPLE, path.join(dir, 'a'), { recursive: true });
    cpSync(EXAMPLE, path.join(dir, 'b'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('two identical copies agree fully, with no disagreement', async () => {
    const r = await run(dir, 'agreement', 'a', 'b', '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.ok(j.overall.n > 50);
    assert.equal(j.overall.observed, 1);
    assert.equal(j.overall.kappa, 1);
    assert.equal(j.overall.alpha, 1);
    assert.deepEqual(j.disagreements, []);
  });

  it('lists each changed coding with both sides and moves kappa and alpha as computed by hand', async () => {
    const castle = 'replies/castlebridge-borough-council.answers.yaml';
    recode(path.join(dir, 'b', castle), 'Q1', 'status: answered', 'status: not-held');
    const before = JSON.parse((await run(dir, 'agreement', 'a', 'a', '--json')).out);
    const r = await run(dir, 'agreement', 'a', 'b', '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.overall.n, before.overall.n);
    assert.equal(j.disagreements.length, 1);
    const d = j.disagreements[0];
    assert.equal(d.reply, 'replies/castlebridge-borough-council.txt');
    assert.equal(d.id, 'Q1');
    assert.equal(d.council, 'Castlebridge Borough Council');
    assert.equal(d.a.status, 'answered');
    assert.equal(d.b.status, 'not-held');
    assert.equal(typeof d.a.quote, 'string');
    // Q1 in the example: coded in 6 replies, 5 answered and 1 refused s12 (Orrinford). B now has
    // 4 answered, 1 not-held, 1 refused s12. By hand: po = 5/6; pe = (5/6)(4/6) + (1/6)(1/6) = 21/36;
    // kappa = (30/36 − 21/36)/(15/36) = 0.6. Alpha: 12 values, answered 9, refused s12 2,
    // not-held 1 → Σn² = 86; alpha = 1 − 11·2/(144 − 86) = 1 − 22/58 = 0.6207.
    assert.equal(j.questions.Q1.n, 6);
    assert.equal(j.questions.Q1.observed, 5 / 6);
    assert.ok(Math.abs(j.questions.Q1.kappa - 0.6) < 1e-9, `kappa ${j.questions.Q1.kappa}`);
    assert.ok(Math.abs(j.questions.Q1.alpha - (1 - 22 / 58)) < 1e-9, `alpha ${j.questions.Q1.alpha}`);
    assert.ok(j.overall.kappa < 1 && j.overall.kappa > 0.9);

    const text = await run(dir, 'agreement', 'a', 'b');
    assert.match(text.out, /1 disagreement:/);
    assert.match(text.out, /replies\/castlebridge-borough-council\.txt {2}Q1 {2}Castlebridge Borough Council\n {4}A: answered .*\n {4}B: not-held /);
  });

  it('a refusal under another exemption is a disagreement; answers coded on one side only are counted, not compared', async () => {
    // Castlebridge's Q9 is refused under s12 in the example; coder B cites s40 instead.
    recode(path.join(dir, 'b/replies/castlebridge-borough-council.answers.yaml'), 'Q9', 'exemption: s12', 'exemption: s40');
    // Remove one answer on A's side: B's is then unpaired.
    const cinder = path.join(dir, 'a/replies/cindermoor-district-council.answers.yaml');
    writeFileSync(cinder, readFileSync(cinder, 'utf8').replace(/\n {2}Q2:\n(?: {4}.*\n| {6}.*\n)+/, '\n'));
    const j = JSON.parse((await run(dir, 'agreement', 'a', 'b', '--json')).out);
    assert.equal(j.disagreements.length, 1);
    assert.equal(j.disagreements[0].a.status, 'refused');
    assert.equal(j.disagreements[0].b.status, 'refused');
    assert.equal(j.disagreements[0].a.category, 'refused s12');
    assert.equal(j.disagreements[0].b.category, 'refused s40');
    assert.deepEqual(j.unpaired, { a: 0, b: 1 });
  });

  it('a sidecar that cannot be read is named and the command exits 1; a missing folder exits 3', async () => {
    writeFileSync(path.join(dir, 'b/replies/cindermoor-district-council.answers.yaml'), 'version: 1\nanswers:\n  Q1: [oops\n');
    const r = await run(dir, 'agreement', 'a', 'b');
    assert.equal(r.code, 1);
    assert.match(r.err, /cindermoor-district-council\.answers\.yaml:\d+:\d+: error: .*not compared/);
    const missing = await run(dir, 'agreement', 'a', 'nowhere');
    assert.equal(missing.code, 3);
    assert.match(missing.err, /nowhere: not a folder/);
    const usage = await run(dir, 'agreement', 'a');
    assert.equal(usage.code, 2);
  });
});
