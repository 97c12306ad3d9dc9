// `npm run bench:extension`: the extension's figures in a real VS Code (DESIGN §11), printed,
// not asserted. The packaged .vsix (production bundle) is installed into a clean code-server,
// the synthetic 400-council survey (bench/generate.ts) is opened, and
// test/integration/bench/index.ts measures inside the extension host:
//   bundle      size of the production dist/extension.js (and of the .vsix)
//   activation  `await ext.activate()` cold, module loading included; and VS Code's own figure
//               (code loading + activate call) read here from the Running Extensions view
//   tree        coverage view shown → all council rows returned by the tree, in a first window
//               (no index cache: every file read) and in a second window over the same storage
//               (warm: unchanged files come from the index cache, only stat'ed)
//   update      an edit in a reply → the reply model's event with that version's state
// Prints a table, then as the LAST line one JSON object:
//   {"bundleKb","activationMs","vscodeActivationMs","tree400Ms","tree400WarmMs","decorationUpdateMs"}
// vscodeActivationMs is the figure VS Code shows in "Show Running Extensions" (loading the
// main module + the synchronous part of activate()), read from that view's row.
//
// Usage: node scripts/vscode-host/bench-extension.mjs [--councils n] [--vsix file.vsix] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageExtension } from '../package.mjs';
import { HostError, REPO, exitOnError, findChromium } from './env.mjs';
import { exitOnSignals, freePort } from './host.mjs';
import { provision } from './provision.mjs';
import { compileEntries, runInstalled } from './vsix-test.mjs';

const WORK = join(REPO, 'bench', '.work');
const OUT_DIR = join(REPO, 'out', 'test', 'bench');
// DESIGN §14's targets (the update after an edit has none of its own).
const TARGETS = { bundleKb: 300, vscodeActivationMs: 30, treeMs: 300 };

const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

function makeWorkspace(dir, councils) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'test', 'integration', 'bench', 'make-workspace.ts'), dir, String(councils)], {
    cwd: REPO, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.status !== 0) throw new HostError(`Generating the survey failed:\n${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * Reads VS Code's own activation figure from the Running Extensions view, which the benchmark
 * opens when it is done measuring; stops when the benchmark finished or failed.
 */
function runningExtensionsReader(out, screenshot) {
  return async (page) => {
    const deadline = Date.now() + 280_000;
    while (Date.now() < deadline && !existsSync(out) && !existsSync(`${out}.failed`)) {
      const row = await page.evaluate(() => {
        for (const el of document.querySelectorAll('.runtime-extensions-editor .extension')) {
          const name = el.querySelector('.name')?.textContent ?? '';
          if (/foi.?coder/i.test(name)) return { name, text: el.querySelector('.activation-time')?.textContent ?? '' };
        }
        return null;
      }).catch(() => null);
      const m = row && /(Startup )?Activation: (\d+)ms/.exec(row.text);
      if (m) {
        await page.screenshot({ path: screenshot }).catch(() => undefined);
        writeFileSync(`${out}.vscode.json`, JSON.stringify({ ms: Number(m[2]), startup: !!m[1], text: row.text }));
        return;
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  };
}

function parseArgs(argv) {
  const opts = { councils: 400, vsix: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--councils') opts.councils = Number(argv[++i]);
    else if (argv[i] === '--vsix') opts.vsix = argv[++i];
    else if (argv[i] === '--keep') opts.keep = true;
    else throw new HostError(`Unknown argument ${argv[i]}. Usage: [--councils n] [--vsix file.vsix] [--keep]`);
  }
  if (!(opts.councils > 0)) throw new HostError('--councils needs a positive number');
  return opts;
}

async function main() {
  const t0 = Date.now();
  exitOnSignals();
  const opts = parseArgs(process.argv.slice(2));
  findChromium();
  await provision();
  mkdirSync(WORK, { recursive: true });

  const vsix = opts.vsix ?? join(WORK, 'foi-coder-bench.vsix');
  let bundleBytes = null;
  if (!opts.vsix) bundleBytes = (await packageExtension({ out: vsix })).bundleBytes;
  const vsixBytes = statSync(vsix).size;

  const workspace = join(WORK, 'vscode-survey');
  const survey = makeWorkspace(workspace, opts.councils);
  console.error(`[bench] survey: ${survey.replies} replies, ${survey.codedAnswers} coded answers in ${workspace}`);

  await compileEntries({ index: join(REPO, 'test', 'integration', 'bench', 'index.ts') }, OUT_DIR);
  const screenshot = join(WORK, 'running-extensions.png');
  // Two windows over one server folder (user data, extension storage) and one port (the
  // workspace storage's key includes it): the first has no index cache and saves one; the second
  // is the next day's start.
  const stateDir = mkdtempSync(join(tmpdir(), 'foi-bench-'));
  const port = await freePort();
  const runPhase = async (phase) => {
    const out = join(WORK, `extension-bench-${phase}.json`);
    for (const f of [out, `${out}.failed`, `${out}.vscode.json`]) rmSync(f, { force: true });
    const { code } = await runInstalled({
      vsix,
      workspace,
      entry: join(OUT_DIR, 'index.js'),
      env: { FOI_BENCH_OUT: out, FOI_BENCH_COUNCILS: String(survey.replies), FOI_BENCH_REPLY: survey.first, FOI_BENCH_PHASE: phase },
      onPage: runningExtensionsReader(out, phase === 'cold' ? screenshot : join(WORK, `running-extensions-${phase}.png`)),
      keep: opts.keep,
      stateDir,
      port,
    });
    if (code !== 0 || !existsSync(out)) {
      const why = existsSync(`${out}.failed`) ? readFileSync(`${out}.failed`, 'utf8') : `exit ${code}`;
      throw new HostError(`The benchmark (${phase} window) did not finish in the extension host:\n${why}`);
    }
    return JSON.parse(readFileSync(out, 'utf8'));
  };
  let r;
  let w;
  try {
    r = await runPhase('cold');
    w = await runPhase('warm');
  } finally {
    if (opts.keep) console.error(`[bench] server folder kept at ${stateDir}`);
    else rmSync(stateDir, { recursive: true, force: true });
  }

  const figures = {
    bundleKb: bundleBytes === null ? null : round(bundleBytes / 1024),
    activationMs: round(r.activationMs),
    vscodeActivationMs: round(r.vscodeActivation?.ms),
    tree400Ms: round(r.treeMs),
    tree400WarmMs: round(w.treeMs),
    decorationUpdateMs: round(r.decorationUpdateMs),
  };
  const row = (what, value, unit, target, note = '') => console.log(`${what.padEnd(44)} ${(value === null ? 'n/a' : `${value} ${unit}`).padStart(12)}  ${(target ?? '').padEnd(10)} ${note}`);
  console.log(`\nFOI Coder extension in a real VS Code (code-server 1.100.3), ${survey.replies} councils, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`);
  console.log(`${'measure'.padEnd(44)} ${'value'.padStart(12)}  ${'target'.padEnd(10)} note`);
  row('bundle dist/extension.js (production)', figures.bundleKb, 'KB', `≤ ${TARGETS.bundleKb} KB`, `.vsix ${round(vsixBytes / 1024)} KB`);
  row('activation: await ext.activate(), cold', figures.activationMs, 'ms', '', 'module load + activate(), and VS Code\'s own preparation');
  row('activation: VS Code (Running Extensions)', figures.vscodeActivationMs, 'ms', `≤ ${TARGETS.vscodeActivationMs} ms`, r.vscodeActivation?.text ?? 'not read');
  row(`tree: view shown → ${r.treeRows ?? '?'} council rows, first window`, figures.tree400Ms, 'ms', '', `no cache: ${r.stats?.replyReads ?? '?'} replies and ${r.stats?.sidecarReads ?? '?'} sidecars read`);
  row(`tree: the same, next window`, figures.tree400WarmMs, 'ms', `≤ ${TARGETS.treeMs} ms`, `index cache: ${w.stats?.cachedReplies ?? '?'} replies and ${w.stats?.cachedSidecars ?? '?'} sidecars only stat'ed, ${w.stats?.replyReads ?? '?'} + ${w.stats?.sidecarReads ?? '?'} read`);
  row('activation: VS Code, next window', w.vscodeActivation?.ms ?? null, 'ms', '', w.vscodeActivation?.text ?? 'not read');
  row('reply edit → model event with the new state', figures.decorationUpdateMs, 'ms', '', 'debounced 300 ms, sooner when a feature (code actions at the cursor) asks');
  row('  of which the analysis (no typing pause)', round(r.analysisMs), 'ms', '', `${r.markers ?? '?'} markers`);
  for (const n of [...(r.notes ?? []), ...(w.notes ?? [])]) console.log(`note: ${n}`);
  if (existsSync(screenshot)) console.log(`Running Extensions view: ${screenshot}`);
  console.log(`(benchmark run ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(JSON.stringify(figures));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().then(() => process.exit(0), exitOnError);
