// Installs the pinned code-server into .vscode-test/ (git-ignored, cached between runs) so the
// integration tests can run in a real VS Code without network access to VS Code's CDN.
// It is deliberately not a devDependency: its native modules need system headers that a
// contributor running `npm ci` for the unit tests should not need.
//
// Offline trick: @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds the asset
// in $TMPDIR/vscode-ripgrep-cache-<its version>/. We install without scripts first, read that
// version from code-server's shrinkwrap, pack the system rg under the expected asset name, then
// run the install scripts (`npm rebuild`) with TMPDIR pointing there.
//
// Usage: node scripts/vscode-host/provision.mjs [--force]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CODE_SERVER_ENTRY, CODE_SERVER_PKG, CODE_SERVER_VERSION, HostError, INSTALL_DIR, MARKER, REPO,
  exitOnError, exitOnSignals, findChromium, findRipgrep, isProvisioned, trackGroup, untrackGroup, which,
} from './env.mjs';

const LOG = join(dirname(INSTALL_DIR), `provision-${CODE_SERVER_VERSION}.log`);
const LOCK = `${INSTALL_DIR}.lock`;
// The rg release that @vscode/ripgrep 1.15.x fetches; only the cache file name depends on it.
const RG_ASSET_VERSION = 'v13.0.0-10';
const RG_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl', arm: 'arm-unknown-linux-gnueabihf' };

const log = (msg) => console.error(`[provision] ${msg}`);

function checkPrerequisites() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new HostError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}.`);
  }
  if (process.platform !== 'linux' || !RG_TARGETS[process.arch]) {
    throw new HostError(`The code-server host is provisioned on Linux x64/arm64 only (this is ${process.platform}/${process.arch}). ` +
      'Elsewhere use `node scripts/vscode-host/run-electron.mjs` (desktop VS Code).');
  }
  findChromium();
  findRipgrep();
  const missing = ['make', 'g++', 'python3'].filter((tool) => !which(tool));
  if (missing.length) throw new HostError(`Native modules of VS Code need ${missing.join(', ')}: install build-essential and python3.`);
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config')) {
    throw new HostError("VS Code's kerberos module needs the gssapi headers: install the Debian package libkrb5-dev.");
  }
}

/** Runs a command niced (the machine is shared), appending its output to the log; rejects on failure or timeout. */
function run(cmd, args, { env = {}, cwd = INSTALL_DIR, timeoutMs, label }) {
  const nice = which('nice');
  const [file, argv] = nice ? [nice, ['-n', '19', cmd, ...args]] : [cmd, args];
  const out = createWriteStream(LOG, { flags: 'a' });
  out.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let lastLine = '';
    const onData = (chunk) => {
      out.write(chunk);
      const lines = chunk.toString().split('\n').filter((l) => l.trim());
      if (lines.length) lastLine = lines[lines.length - 1].slice(0, 120);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const started = Date.now();
    const beat = setInterval(() => log(`${label}: ${Math.round((Date.now() - started) / 1000)} s… ${lastLine}`), 30_000);
    const timer = setTimeout(() => {
      log(`${label}: timed out after ${timeoutMs / 60000} min, stopping it`);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    trackGroup(child.pid);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      untrackGroup(child.pid);
      clearInterval(beat);
      clearTimeout(timer);
      out.end();
      if (code === 0) resolvePromise();
      else reject(new HostError(`${label} failed (${signal ?? `exit ${code}`}). Last lines of ${relative(REPO, LOG)}:\n${tail(LOG, 30)}`));
    });
  });
}

function tail(file, n) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).map((l) => `    ${l}`).join('\n');
  } catch {
    return '    (no log)';
  }
}

/** Places the system rg where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache(tmpDir) {
  const shrinkwrap = JSON.parse(readFileSync(join(CODE_SERVER_PKG, 'lib', 'vscode', 'npm-shrinkwrap.json'), 'utf8'));
  const version = shrinkwrap.packages?.['node_modules/@vscode/ripgrep']?.version;
  if (!version) throw new HostError('Cannot find @vscode/ripgrep in code-server\'s lib/vscode/npm-shrinkwrap.json.');
  const cacheDir = join(tmpDir, `vscode-ripgrep-cache-${version}`);
  const stage = join(tmpDir, 'rg-stage');
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(findRipgrep(), join(stage, 'rg'));
  const asset = join(cacheDir, `ripgrep-${RG_ASSET_VERSION}-${RG_TARGETS[process.arch]}.tar.gz`);
  return { version, asset, stage };
}

function lockHolder() {
  const pid = Number(readFileSafe(join(LOCK, 'pid')));
  try { return pid > 0 && process.kill(pid, 0) ? pid : undefined; } catch { return undefined; }
}

/** One provision at a time per checkout; a second run waits for the first (or takes a stale lock). */
async function acquireLock() {
  mkdirSync(dirname(INSTALL_DIR), { recursive: true });
  const deadline = Date.now() + 60 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const pid = lockHolder();
      if (pid === undefined) {
        await new Promise((r) => setTimeout(r, 1000)); // the holder may be between mkdir and writing its pid
        if (lockHolder() === undefined) rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new HostError(`Gave up waiting for provision pid ${pid} (lock ${relative(REPO, LOCK)}).`);
      log(`another provision (pid ${pid}) is running; waiting for it…`);
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
}

function readFileSafe(file) {
  try { return readFileSync(file, 'utf8'); } catch { return ''; }
}

/** Ensures code-server is installed; returns quickly when the marker says it already is. */
export async function provision({ force = false } = {}) {
  if (!force && isProvisioned()) return { entry: CODE_SERVER_ENTRY, seconds: 0, cached: true };
  checkPrerequisites();
  const release = await acquireLock();
  try {
    if (!force && isProvisioned()) return { entry: CODE_SERVER_ENTRY, seconds: 0, cached: true }; // done while we waited
    const started = Date.now();
    rmSync(INSTALL_DIR, { recursive: true, force: true });
    mkdirSync(INSTALL_DIR, { recursive: true });
    writeFileSync(LOG, `provision code-server ${CODE_SERVER_VERSION} on ${new Date().toISOString()}\n`);
    writeFileSync(join(INSTALL_DIR, 'package.json'), JSON.stringify({ name: 'foi-vscode-host', private: true }, null, 2));
    log(`installing code-server ${CODE_SERVER_VERSION} into ${relative(REPO, INSTALL_DIR)} (several minutes the first time; log: ${relative(REPO, LOG)})`);
    const npmEnv = {
      npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_audit: 'false',
      npm_config_fund: 'false', npm_config_update_notifier: 'false',
    };
    await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`],
      { env: npmEnv, timeoutMs: 15 * 60_000, label: 'npm install (fetch)' });

    const tmpDir = join(INSTALL_DIR, '.tmp');
    const rg = seedRipgrepCache(tmpDir);
    await run('tar', ['-czf', rg.asset, '-C', rg.stage, 'rg'], { timeoutMs: 60_000, label: 'pack system rg' });
    log(`seeded @vscode/ripgrep ${rg.version}'s cache with the system rg; building native modules…`);
    await run('npm', ['rebuild', '--foreground-scripts'],
      { env: { ...npmEnv, TMPDIR: tmpDir }, timeoutMs: 45 * 60_000, label: 'npm rebuild (install scripts)' });

    const rgBin = join(CODE_SERVER_PKG, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
    if (!existsSync(rgBin)) throw new HostError(`Install finished but ${rgBin} is missing; see ${relative(REPO, LOG)}.`);
    if (!existsSync(CODE_SERVER_ENTRY)) throw new HostError(`Install finished but ${CODE_SERVER_ENTRY} is missing.`);
    rmSync(tmpDir, { recursive: true, force: true });
    const seconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(MARKER, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, seconds, at: new Date().toISOString() }, null, 2));
    log(`code-server ${CODE_SERVER_VERSION} ready in ${seconds} s`);
    return { entry: CODE_SERVER_ENTRY, seconds, cached: false };
  } finally {
    release();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  exitOnSignals();
  provision({ force: process.argv.includes('--force') })
    .then((r) => log(r.cached ? `already provisioned (${((Date.now() - t0) / 1000).toFixed(2)} s)` : `done in ${r.seconds} s`))
    .catch(exitOnError);
}
