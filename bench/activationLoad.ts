// The part of activation the extension controls (DESIGN §11: < 50 ms), measured in plain Node
// in a second instead of a real VS Code in thirty: the production bundle is read, compiled and
// evaluated, then activate() is called, against a stub `vscode` module with the real API's
// export names (from @types/vscode: the bundle's interop code copies one getter per export).
// Each run is a fresh Node process, so every load is cold. Node's own modules the bundle uses,
// and its timers, are set up first, as the extension host has them set up already.
// `npm run bench:extension` remains the figure of record (VS Code's own "Activation" time, and
// `await ext.activate()`, which also waits for VS Code to prepare the extension's context).
//
// Usage: node --import tsx bench/activationLoad.ts [--runs n] [--profile]
//   --profile  also writes a CPU profile of one load to bench/.work/activation/ (open it in
//              Chrome DevTools or VS Code)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..');
const WORK = path.join(REPO, 'bench', '.work', 'activation');

interface Sample {
  readMs: number;
  compileMs: number;
  evalMs: number;
  activateMs: number;
  lazyLoaded: string[];
}

// Runs in the child process (plain CommonJS, written next to the bundle).
const RUNNER = String.raw`
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');
for (const m of ['node:fs', 'node:path', 'node:os', 'node:crypto', 'node:buffer', 'node:process']) require(m);
clearTimeout(setTimeout(() => undefined, 0));
const [bundle, namesFile] = process.argv.slice(2);

// Any property is another stub, any call or construction returns one; lists of documents,
// editors and folders are empty, as in a window that has just opened.
const EMPTY = new Set(['textDocuments', 'visibleTextEditors', 'workspaceFolders', 'subscriptions']);
const stub = (name) => new Proxy(function () {}, {
  get(_t, p) {
    if (p === Symbol.toPrimitive) return () => name;
    if (p === Symbol.iterator) return function* () {};
    if (p === 'prototype') return {};
    if (p === 'then') return () => stub(name + '.then()');
    if (typeof p === 'string' && EMPTY.has(p)) return [];
    if (p === 'visible') return false;
    return stub(name + '.' + String(p));
  },
  set: () => true,
  apply: () => stub(name + '()'),
  construct: () => stub('new ' + name),
});
const vscode = {};
for (const n of JSON.parse(fs.readFileSync(namesFile, 'utf8'))) vscode[n] = stub('vscode.' + n);

const t0 = performance.now();
const source = fs.readFileSync(bundle, 'utf8');
const t1 = performance.now();
const script = new vm.Script(Module.wrap(source), { filename: bundle });
const fn = script.runInThisContext();
const t2 = performance.now();
const mod = { exports: {} };
const req = Module.createRequire(bundle);
const requireStub = (id) => (id === 'vscode' ? vscode : req(id));
fn.call(mod.exports, mod.exports, requireStub, mod, bundle, require('node:path').dirname(bundle));
const t3 = performance.now();
const context = {
  subscriptions: [],
  extension: { packageJSON: { version: '0.0.0' } },
  extensionUri: stub('extensionUri'),
  workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  globalState: { get: () => undefined, update: async () => undefined, keys: () => [], setKeysForSync: () => undefined },
  asAbsolutePath: (p) => p,
};
mod.exports.activate(context);
const t4 = performance.now();
// Files of dist/lib/ (and dist/engine.js) that loading and activating pulled in: none, if
// activation stays light.
const lazyLoaded = Object.keys(require.cache).filter((f) => /[\\/](?:lib[\\/][^\\/]+|engine)\.js$/.test(f) && f.startsWith(require('node:path').dirname(bundle)));
process.stdout.write(JSON.stringify({ readMs: t1 - t0, compileMs: t2 - t1, evalMs: t3 - t2, activateMs: t4 - t3, lazyLoaded }) + '\n');
process.exit(0);
`;

/** Names of the values `vscode` exports (namespaces, classes, enums, functions, constants). */
function vscodeExportNames(): string[] {
  const dts = readFileSync(path.join(REPO, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of dts.matchAll(/^\texport (?:class|enum|namespace|const|function|let|var) (\w+)/gm)) names.add(m[1]!);
  return [...names];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 15;
  const profile = argv.includes('--profile');
  if (!(runs > 0)) throw new Error('--runs needs a positive number');
  mkdirSync(WORK, { recursive: true });
  const bundle = path.join(WORK, 'dist', 'extension.js');
  // `npm run build:prod` itself (scripts/build.mjs --production), into a copy of dist/: the main
  // bundle and the libraries it loads on first use (dist/lib/).
  const built = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs'), '--production', '--outdir', path.join(WORK, 'dist')], { cwd: REPO, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the production build failed:\n${built.stderr || built.stdout}`);
  const namesFile = path.join(WORK, 'vscode-names.json');
  const names = vscodeExportNames();
  writeFileSync(namesFile, JSON.stringify(names));
  const runner = path.join(WORK, 'runner.cjs');
  writeFileSync(runner, RUNNER);

  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const args = profile && i === 0 ? ['--cpu-prof', '--cpu-prof-dir', WORK, '--cpu-prof-interval', '100'] : [];
    const r = spawnSync(process.execPath, [...args, runner, bundle, namesFile], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    if (r.status !== 0) throw new Error(`loading the bundle failed:\n${r.stderr || r.stdout}`);
    samples.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Sample);
  }
  const kb = readFileSync(bundle).length / 1024;
  const row = (what: string, pick: (s: Sample) => number): void => {
    const xs = samples.map(pick);
    console.log(`${what.padEnd(34)} ${median(xs).toFixed(1).padStart(7)} ms   (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
  };
  console.log(`Production bundle ${kb.toFixed(1)} KB, stub vscode with ${names.length} exports, ${runs} cold loads (median):`);
  row('read the bundle', (s) => s.readMs);
  row('compile', (s) => s.compileMs);
  row('evaluate (module top level)', (s) => s.evalMs);
  row('activate()', (s) => s.activateMs);
  row('total', (s) => s.readMs + s.compileMs + s.evalMs + s.activateMs);
  const pulled = [...new Set(samples.flatMap((s) => s.lazyLoaded.map((f) => path.relative(path.join(WORK, 'dist'), f))))];
  console.log(`libraries loaded during activation: ${pulled.length ? pulled.join(', ') : 'none'} (of dist/lib/: ${readdirSync(path.join(WORK, 'dist', 'lib')).join(', ')}; and dist/engine.js)`);
  if (profile) console.log(`CPU profile: ${readdirSync(WORK).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(WORK, f)).pop() ?? 'not written'}`);
  const total = median(samples.map((s) => s.readMs + s.compileMs + s.evalMs + s.activateMs));
  console.log(JSON.stringify({ bundleKb: Math.round(kb * 10) / 10, loadAndActivateMs: Math.round(total * 10) / 10 }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
