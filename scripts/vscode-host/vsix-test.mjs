// The .vsix check: package the extension (scripts/package.mjs), install it with
// `code-server --install-extension` into a fresh extensions folder, and run
// test/integration/vsix/*.test.ts in that real VS Code over a copy of the fixture workspace.
//
// VS Code runs a test entry only alongside a development extension, so the development
// extension here is an empty stand-in with another id: `foi-coder.foi-coder` is the installed
// copy, exactly what a user gets.
//
// Usage: node scripts/vscode-host/vsix-test.mjs [--vsix file.vsix] [--keep]
//   --vsix  test this file instead of packaging;  --keep  keep the temp folders
// As a module: installVsix, runInstalled, compileEntries (also used by bench-extension.mjs).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageExtension } from '../package.mjs';
import { FIXTURE_WORKSPACE, bundleForHost } from './build-tests.mjs';
import { CODE_SERVER_ENTRY, HostError, REPO, exitOnError, findChromium, trackGroup, untrackGroup } from './env.mjs';
import { exitOnSignals, runTests } from './host.mjs';
import { provision } from './provision.mjs';

const EXTENSION_ID = 'foi-coder.foi-coder';

/**
 * Installs `vsix` the way a user does (`code-server --install-extension`) into `stateDir`'s
 * extensions folder, the layout startServer({ stateDir }) uses. Resolves to that folder.
 */
export async function installVsix(vsix, stateDir) {
  const extensionsDir = join(stateDir, 'extensions');
  const userDataDir = join(stateDir, 'user-data');
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  // Our own config file: without it code-server writes one into the user's ~/.config.
  const config = join(stateDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [CODE_SERVER_ENTRY, '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix];
  const output = await new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, NODE_OPTIONS: '' } });
    trackGroup(child.pid);
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      untrackGroup(child.pid);
      if (code === 0 && /successfully installed/i.test(out)) resolveRun(out);
      else reject(new HostError(`code-server --install-extension ${vsix} failed (exit ${code}):\n${out.trim()}`));
    });
  });
  const installed = readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new HostError(`After installing, ${extensionsDir} holds ${installed.join(', ') || 'no'} ${EXTENSION_ID} folder(s):\n${output}`);
  return extensionsDir;
}

/** The empty development extension VS Code needs to run a test entry (another id than ours). */
function makeStandIn(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'test-runner', publisher: 'foi-coder-tests', version: '0.0.0', engines: { vscode: '^1.100.0' },
  }, null, 2));
  return dir;
}

/** Bundles test entries (name → source) into `outDir` as CJS for the extension host. */
export async function compileEntries(entries, outDir) {
  await bundleForHost(entries, outDir);
}

/**
 * Runs `entry` (a CJS test entry) in a real VS Code with `vsix` installed and no development
 * copy of the extension. `env` reaches the extension host. Resolves to { code, extensionsDir }.
 * `stateDir`: a server folder to use and keep (user data, extensions), e.g. for a second window
 * over the same storage; the .vsix is installed there once. Default: a fresh one, removed after.
 */
export async function runInstalled({ vsix, workspace, entry, env = {}, onPage, onLog, keep = false, timeoutMs = 300_000, stateDir: givenState, port }) {
  const stateDir = givenState ?? mkdtempSync(join(tmpdir(), 'foi-vsix-'));
  try {
    const t0 = Date.now();
    const installedAlready = givenState && existsSync(join(stateDir, 'extensions')) && readdirSync(join(stateDir, 'extensions')).some((d) => d.startsWith(`${EXTENSION_ID}-`));
    const extensionsDir = installedAlready ? join(stateDir, 'extensions') : await installVsix(vsix, stateDir);
    if (!installedAlready) console.error(`[vsix] installed into ${extensionsDir} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // The extension host inherits code-server's environment, which inherits ours.
    Object.assign(process.env, env, { FOI_VSIX_EXTENSIONS_DIR: extensionsDir });
    const code = await runTests({
      extensionDevelopmentPath: makeStandIn(join(stateDir, 'test-runner')),
      extensionTestsPath: entry,
      workspace,
      stateDir,
      timeoutMs,
      onPage,
      onLog,
      port,
    });
    return { code, extensionsDir };
  } finally {
    if (keep) console.error(`[vsix] server folder kept at ${stateDir}`);
    else if (!givenState) rmSync(stateDir, { recursive: true, force: true });
  }
}

const OUT_DIR = join(REPO, 'out', 'test', 'vsix');

async function main() {
  const t0 = Date.now();
  exitOnSignals();
  const argv = process.argv.slice(2);
  let vsix;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix') vsix = argv[++i];
    else if (argv[i] === '--keep') keep = true;
    else throw new HostError(`Unknown argument ${argv[i]}. Usage: [--vsix file.vsix] [--keep]`);
  }
  findChromium();
  const prov = await provision();
  if (!prov.cached) console.error(`[vsix] provisioned code-server in ${prov.seconds} s`);

  const scratch = mkdtempSync(join(tmpdir(), 'foi-vsix-run-'));
  try {
    if (!vsix) vsix = (await packageExtension({ out: join(scratch, 'foi-coder.vsix') })).vsix;
    else if (!existsSync(vsix)) throw new HostError(`${vsix} does not exist`);
    // The suite's own runner (test/integration/index.ts) runs every suite/*.test.js next to it.
    const suites = readdirSync(join(REPO, 'test', 'integration', 'vsix')).filter((f) => f.endsWith('.test.ts'));
    const entries = { index: join(REPO, 'test', 'integration', 'index.ts') };
    for (const f of suites) entries[`suite/${f.replace(/\.ts$/, '')}`] = join(REPO, 'test', 'integration', 'vsix', f);
    await compileEntries(entries, OUT_DIR);
    const workspace = join(scratch, 'workspace');
    cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
    const timeoutMs = Number(process.env.FOI_IT_TIMEOUT_S ?? 300) * 1000;
    const { code } = await runInstalled({ vsix, workspace, entry: join(OUT_DIR, 'index.js'), keep, timeoutMs });
    console.error(`[vsix] .vsix check ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exitCode = code;
  } finally {
    if (keep) console.error(`[vsix] package and workspace kept at ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().then(() => process.exit(process.exitCode ?? 0), exitOnError);
