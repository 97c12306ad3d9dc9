// `npm run test:mutation`: StrykerJS over src/core (stryker.config.mjs), then one JSON line with
// the score. Property tests run from a fixed seed so a mutant is judged the same way every run.
// Pass --mutate <globs,comma-separated> to mutate fewer files (e.g. while writing tests): such a
// run keeps its own incremental file (reports/stryker-incremental-<files>.json), so it neither
// empties nor is confused by the full run's. Other arguments go to `stryker run` as they are
// (e.g. --concurrency 1, --force to ignore the incremental results).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculateMutationTestMetrics } from 'mutation-testing-metrics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--mutate');
const env = { ...process.env, FC_SEED: process.env.FC_SEED ?? '20261202' };
if (at >= 0) {
  const globs = args[at + 1];
  if (!globs || globs.startsWith('--')) {
    console.error('--mutate needs a comma-separated list of files or globs, e.g. --mutate src/core/values.ts');
    process.exit(2);
  }
  env.STRYKER_MUTATE = globs;
  const slug = globs.replace(/src\/core\//g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  env.STRYKER_INCREMENTAL_FILE ??= `reports/stryker-incremental-${slug}.json`;
  args.splice(at, 2);
}
const started = Date.now();
const run = spawnSync(process.execPath, [join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', ...args], { cwd: root, env, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
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
