// `npm run test:mutation`: StrykerJS over src/core (stryker.config.mjs), then one JSON line with
// the score. Property tests run from a fixed seed so a mutant is judged the same way every run.
//
// Incremental results live in one file, reports/stryker-incremental.json, for the whole engine:
// - `-- --mutate <globs,comma-separated>` mutates fewer files (e.g. while writing tests). It
//   reuses the file's results for those files, and afterwards folds its own results back in,
//   so the other files' results are kept and a later full run re-tests only what changed.
//   The printed score is the score of the files mutated in this run.
// - `-- --merge <incremental.json>…` folds the results of another worktree's runs in (each
//   file's newest result wins), without running anything.
// Other arguments go to `stryker run` as they are (e.g. --concurrency 1; --force re-tests all).
// A caveat of folding: the tests recorded are those of the newest run, so a file's older
// results count as tested against them; re-run that file (or --force) when in doubt.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculateMutationTestMetrics } from 'mutation-testing-metrics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INCREMENTAL = join(root, 'reports/stryker-incremental.json');
const args = process.argv.slice(2);
const env = { ...process.env, FC_SEED: process.env.FC_SEED ?? '20261202' };

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
/** `base` with the files of `newer` put in (newer wins per file) and the newer run's tests. */
function fold(base, newer) {
  if (!base) return newer;
  return { ...newer, files: { ...base.files, ...newer.files }, testFiles: newer.testFiles ?? base.testFiles };
}
function writeAtomic(file, data) {
  writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 2));
  renameSync(`${file}.tmp`, file);
}

const mergeAt = args.indexOf('--merge');
if (mergeAt >= 0) {
  const sources = args.slice(mergeAt + 1).filter((a) => !a.startsWith('--'));
  if (sources.length === 0) {
    console.error('--merge needs one or more incremental files, e.g. --merge ../other/reports/stryker-incremental.json');
    process.exit(2);
  }
  // Oldest first, so each file's newest result wins.
  const ordered = sources.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  let merged = existsSync(INCREMENTAL) ? readJson(INCREMENTAL) : null;
  const mine = existsSync(INCREMENTAL) ? statSync(INCREMENTAL).mtimeMs : 0;
  for (const f of ordered) {
    const other = readJson(f);
    merged = statSync(f).mtimeMs < mine && merged ? fold(other, merged) : fold(merged, other);
    console.log(`folded ${Object.keys(other.files).length} file(s) from ${f}`);
  }
  writeAtomic(INCREMENTAL, merged);
  console.log(`${INCREMENTAL}: ${Object.keys(merged.files).length} file(s)`);
  process.exit(0);
}

const at = args.indexOf('--mutate');
let subset = false;
if (at >= 0) {
  const globs = args[at + 1];
  if (!globs || globs.startsWith('--')) {
    console.error('--mutate needs a comma-separated list of files or globs, e.g. --mutate src/core/values.ts');
    process.exit(2);
  }
  env.STRYKER_MUTATE = globs;
  args.splice(at, 2);
  subset = true;
}
env.STRYKER_INCREMENTAL_FILE = INCREMENTAL;
const before = subset && existsSync(INCREMENTAL) ? readJson(INCREMENTAL) : null;
if (before) copyFileSync(INCREMENTAL, `${INCREMENTAL}.before-subset`);
const started = Date.now();
const run = spawnSync(process.execPath, [join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', ...args], { cwd: root, env, stdio: 'inherit' });
if (run.status !== 0) {
  // Stryker writes the incremental file only at the end; put back what a failed run may have cut.
  if (before) writeAtomic(INCREMENTAL, before);
  process.exit(run.status ?? 1);
}
if (before) writeAtomic(INCREMENTAL, fold(before, readJson(INCREMENTAL)));
const report = JSON.parse(readFileSync(join(root, 'reports/mutation/mutation.json'), 'utf8'));
const { systemUnderTestMetrics: m } = calculateMutationTestMetrics(report);
const survived = [];
for (const [file, f] of Object.entries(report.files)) {
  for (const mu of f.mutants) if (mu.status === 'Survived' || mu.status === 'NoCoverage') survived.push(`${file}:${mu.location.start.line}:${mu.location.start.column} ${mu.mutatorName} ${mu.status}${mu.replacement ? ` → ${JSON.stringify(mu.replacement).slice(0, 60)}` : ''}`);
}
console.log(`\n${survived.length} mutants not killed (also in reports/mutation/mutation.html):`);
for (const s of survived) console.log(`  ${s}`);
console.log(`mutation run took ${Math.round((Date.now() - started) / 1000)} s`);
const { metrics } = m;
console.log(JSON.stringify({
  mutationScore: Math.round(metrics.mutationScore * 100) / 100,
  mutants: metrics.totalValid,
  survived: metrics.survived + metrics.noCoverage,
}));
