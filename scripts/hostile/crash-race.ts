// Hostile loops for "never lose a coding" (issue #6), kept in the repo and run by
// `npm run test:hostile` (not part of `npm test`: it takes a minute or two).
//
// 1. Crash loop: `foi-coder autotag --write` over a survey whose sidecars hold people's answers
//    is killed with SIGKILL at a random moment, again and again. After each kill every sidecar
//    must parse and hold every answer it held before, unchanged.
// 2. Two-writer race: while `autotag --write` codes a 400-reply survey (bench/generate.ts's
//    generator, sidecars removed so every reply is to be coded), a "person" saves 100 answers
//    to questions autotag is about to code, the way an editor saves (read, edit, write in
//    place). Afterwards every one of the 100 answers must be in its sidecar exactly as saved.
//
// Prints one line per loop and, last, one JSON line with the figures; exits 1 when an answer
// was lost or a sidecar corrupted. Options: --runs N (crash loop, default 50), --councils N
// (race, default 400), --answers N (race, default 100), --seed N.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateSurvey, rng } from '../../bench/generate';
import { applyAnswerEdits, parseSidecar } from '../../src/core/sidecar';
import type { AnswerEntry } from '../../src/core/types';

const REPO = path.join(__dirname, '../..');
const CLI = path.join(REPO, 'dist/cli.js');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name}: expected a number`);
  return v;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function sidecarsIn(root: string): string[] {
  const dir = path.join(root, 'replies');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.answers.yaml'))
    .map((n) => path.join(dir, n));
}

function answersOf(file: string): Map<string, AnswerEntry> | null {
  return parseSidecar(readFileSync(file, 'utf8')).sidecar?.answers ?? null;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Time one dry run: how long autotag takes to decide, a scale for when to kill or save. */
function dryRunMs(root: string): { ms: number; out: string } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'autotag', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: Date.now() - t0, out: r.stdout };
}

// ---- 1. crash loop ------------------------------------------------------------------------------

async function crashLoop(runs: number, seed: number): Promise<Record<string, number>> {
  const r = rng(seed);
  const base = mkdtempSync(path.join(tmpdir(), 'foi-crash-'));
  let scale = 1000;
  const figures = { runs, killedWhileRunning: 0, sidecarsChecked: 0, corruptSidecars: 0, humanAnswersChecked: 0, humanAnswersLost: 0, tempFilesLeft: 0 };
  try {
    for (let run = 0; run < runs; run++) {
      const root = path.join(base, `run-${run}`);
      generateSurvey(root, 60, seed + run);
      // Keep the first 8 answers of each sidecar (the people's work so far); autotag fills the rest.
      const before = new Map<string, Map<string, AnswerEntry>>();
      for (const file of sidecarsIn(root)) {
        const all = answersOf(file)!;
        const drop = [...all.keys()].slice(8).map((id) => ({ id, entry: null }));
        const cut = applyAnswerEdits(readFileSync(file, 'utf8'), drop, {});
        if (!cut.ok) throw new Error(`cannot prepare ${file}`);
        writeFileSync(file, cut.text);
        before.set(file, answersOf(file)!);
      }
      // Kill anywhere from the start to a little past a whole run's length (scaled on the first run).
      if (run === 0) scale = dryRunMs(root).ms * 2;
      const at = r() * scale * 1.2;
      const child = spawn(process.execPath, [CLI, 'autotag', '--write', root], { stdio: 'ignore' });
      const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
      await sleep(at);
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        figures.killedWhileRunning++;
      }
      await exited;
      for (const file of sidecarsIn(root)) {
        figures.sidecarsChecked++;
        const now = answersOf(file);
        if (!now) {
          figures.corruptSidecars++;
          continue;
        }
        for (const [id, entry] of before.get(file) ?? []) {
          figures.humanAnswersChecked++;
          if (!same(now.get(id), entry)) figures.humanAnswersLost++;
        }
      }
      figures.tempFilesLeft += readdirSync(path.join(root, 'replies')).filter((n) => n.endsWith('.tmp')).length;
      rmSync(root, { recursive: true, force: true });
      process.stdout.write(`\rcrash loop: ${run + 1}/${runs} runs, ${figures.killedWhileRunning} killed mid-run, ${figures.humanAnswersLost} answers lost, ${figures.corruptSidecars} corrupt`);
    }
    process.stdout.write('\n');
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return figures;
}

// ---- 2. two-writer race -------------------------------------------------------------------------

async function race(councils: number, answers: number, seed: number): Promise<Record<string, number>> {
  const r = rng(seed);
  const root = mkdtempSync(path.join(tmpdir(), 'foi-race-'));
  try {
    generateSurvey(root, councils, seed);
    for (const file of sidecarsIn(root)) rmSync(file);
    // What autotag will code: its dry run lists the ids per reply.
    const dry = dryRunMs(root);
    const targets: { file: string; id: string }[] = [];
    for (const line of dry.out.split('\n')) {
      const m = /^(\S+): would code \d+ answers? in (\S+): (.+)$/.exec(line);
      if (!m) continue;
      for (const id of m[3]!.split(' ')) targets.push({ file: path.resolve(m[2]!), id });
    }
    // 100 (reply, question) pairs spread over the survey, each a different sidecar where possible.
    const chosen: { file: string; id: string; entry: AnswerEntry }[] = [];
    const used = new Set<string>();
    while (chosen.length < answers && used.size < targets.length) {
      const t = targets[Math.floor(r() * targets.length)]!;
      const key = `${t.file} ${t.id}`;
      if (used.has(key)) continue;
      used.add(key);
      chosen.push({ ...t, entry: { status: 'refused', exemption: 's12', note: `checked by phone, call ${chosen.length + 1}`, coder: 'person' } });
    }
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, 'autotag', '--write', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    // The person saves while the run goes on: read the file as it is, add the answer, write in place.
    const gap = Math.max(1, (dry.ms * 0.9) / answers);
    let savedDuringRun = 0;
    let personRefused = 0;
    for (const c of chosen) {
      await sleep(gap * (0.5 + r()));
      const text = existsSync(c.file) ? readFileSync(c.file, 'utf8') : null;
      const edited = applyAnswerEdits(text, [{ id: c.id, entry: c.entry }], { replyName: path.basename(c.file) });
      if (!edited.ok) {
        // Caught a half-written file mid-save (only possible with in-place writes): a person would retry.
        personRefused++;
        await sleep(5);
        const again = applyAnswerEdits(readFileSync(c.file, 'utf8'), [{ id: c.id, entry: c.entry }], {});
        if (!again.ok) throw new Error(`the person could not save ${c.file}`);
        writeFileSync(c.file, again.text);
      } else writeFileSync(c.file, edited.text);
      if (child.exitCode === null) savedDuringRun++;
    }
    const code = await exited;
    const runMs = Date.now() - t0;
    let lost = 0;
    let corrupt = 0;
    for (const c of chosen) {
      const now = answersOf(c.file);
      if (!now) corrupt++;
      else if (!same(now.get(c.id), c.entry)) lost++;
    }
    for (const file of sidecarsIn(root)) if (!answersOf(file)) corrupt++;
    const coded = Number(/Coded (\d+) answers?/.exec(out)?.[1] ?? NaN);
    const skipped = Number(/Skipped (\d+) answers?/.exec(out)?.[1] ?? 0);
    const notWritten = (out.match(/not written: it kept changing while being written/g) ?? []).length;
    console.log(`race: ${councils} replies, ${chosen.length} answers saved by a person (${savedDuringRun} while autotag ran, ${runMs} ms), ${lost} lost, ${corrupt} corrupt; autotag coded ${coded}, skipped ${skipped} as already coded, ${notWritten} sidecars left for a re-run (changed while written), exit ${code}`);
    return { councils, personAnswers: chosen.length, savedDuringRun, personAnswersLost: lost, corruptSidecars: corrupt, autotagCoded: coded, autotagSkippedAsCoded: skipped, sidecarsChangedWhileWritten: notWritten, personRetries: personRefused, runMs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm run test:hostile does)`);
  const seed = arg('seed', 7);
  const crash = await crashLoop(arg('runs', 50), seed);
  console.log(`crash loop: ${crash.runs} runs (${crash.killedWhileRunning} killed mid-run), ${crash.sidecarsChecked} sidecars checked, ${crash.corruptSidecars} corrupt, ${crash.humanAnswersChecked} human answers checked, ${crash.humanAnswersLost} lost, ${crash.tempFilesLeft} temp files left (cleaned by the next write after 10 minutes)`);
  const raced = await race(arg('councils', 400), arg('answers', 100), seed);
  const lost = crash.humanAnswersLost + crash.corruptSidecars + (raced.personAnswersLost ?? 0) + (raced.corruptSidecars ?? 0);
  console.log(JSON.stringify({ crash, race: raced, answersLost: lost }));
  process.exitCode = lost === 0 ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 2;
});
