// Drives a real VS Code: code-server (VS Code's server + web workbench) on a free loopback port,
// and headless Chromium through playwright-core. Two uses: run a mocha suite inside the real
// extension host and return its exit code, or open a workbench page for screenshots.
// Every process started here is killed on every path out (success, error, timeout, Ctrl-C).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, HostError, REPO, findChromium, isProvisioned, trackGroup, untrackGroup } from './env.mjs';
export { exitOnSignals } from './env.mjs';

const DEBUG = !!process.env.FOI_HOST_DEBUG;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
// Quiet, deterministic workbench: no welcome page, tips, update or telemetry traffic.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'files.autoSave': 'off',
  'workbench.editor.languageDetection': false,
  'git.openRepositoryInParentFolders': 'never',
};

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new HostError(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

function killGroup(child, signal) {
  try { process.kill(-child.pid, signal); } catch { /* gone */ }
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) { untrackGroup(child.pid); return; }
  const exited = new Promise((r) => child.once('exit', r));
  killGroup(child, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
  if (!done) killGroup(child, 'SIGKILL');
  untrackGroup(child.pid);
}

/**
 * The extension folder name VS Code expects in an extensions dir: `<publisher>.<name>-<version>`.
 * A symlink with that name to the repo loads the working copy like an installed extension.
 */
export function linkExtension(extensionsDir, extensionPath = REPO) {
  const pkg = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  const link = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  rmSync(link, { force: true }); // a link left by an earlier run (removes the link, never the repo)
  symlinkSync(extensionPath, link, 'dir');
  return link;
}

/**
 * Starts code-server on a free loopback port. `linkDevExtension` installs the repo into the
 * extensions dir as a symlink (for `npm start` and screenshots, where no test payload is used).
 * `password`: require it to log in (npm start). Without one the server has no authentication:
 * only for the test, screenshot and benchmark runs, which bind it to 127.0.0.1 on a random free
 * port and stop it when the run ends — the browser they drive has no way to type a password,
 * and the window in which another local user could reach the port is that one run.
 */
export async function startServer({ workspace, linkDevExtension = false, settings = {}, startTimeoutMs = 90_000, stateDir, port: wantedPort, password } = {}) {
  if (!isProvisioned()) throw new HostError('code-server is not provisioned: run `node scripts/vscode-host/provision.mjs`.');
  // A stateDir keeps settings and layout between runs (npm start); otherwise all is thrown away.
  const tmp = stateDir ?? mkdtempSync(join(tmpdir(), 'foi-vscode-'));
  const userDataDir = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  if (!stateDir || !existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  // Our own config file, so code-server neither reads nor writes the user's ~/.config one.
  // The password itself reaches code-server only through its environment, never a file.
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, `auth: ${password ? 'password' : 'none'}\ncert: false\n`);
  if (linkDevExtension) linkExtension(extensionsDir);

  // Another process may grab the free port before code-server binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = wantedPort ?? await freePort();
    try {
      return await launchServer({ port, tmp, config, userDataDir, extensionsDir, workspace, stateDir, startTimeoutMs, password });
    } catch (err) {
      const portTaken = err instanceof HostError && /EADDRINUSE/.test(err.message);
      if (!portTaken || wantedPort || attempt >= 3) throw err;
    }
  }
}

async function launchServer({ port, tmp, config, userDataDir, extensionsDir, workspace, stateDir, startTimeoutMs, password }) {
  const logFile = join(tmp, 'code-server.log');
  const logStream = createWriteStream(logFile);
  const recent = [];
  const args = [
    CODE_SERVER_ENTRY, '--config', config, '--auth', password ? 'password' : 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, workspace,
  ];
  const env = { ...process.env, NODE_OPTIONS: '' };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  if (password) env.PASSWORD = password;
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  trackGroup(child.pid);
  const onData = (chunk) => {
    logStream.write(chunk);
    for (const line of chunk.toString().split('\n')) if (line.trim()) { recent.push(line); if (recent.length > 60) recent.shift(); }
    if (DEBUG) process.stderr.write(`[code-server] ${chunk}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const url = `http://127.0.0.1:${port}`;
  const removeTmp = () => { if (!stateDir && !process.env.FOI_KEEP_HOST_TMP) rmSync(tmp, { recursive: true, force: true }); };
  const stop = async () => {
    await stopChild(child);
    logStream.end();
    removeTmp();
  };
  try {
    await waitUntilServing(url, child, startTimeoutMs, recent);
  } catch (err) {
    await stopChild(child);
    logStream.end();
    if (!/EADDRINUSE/.test(String(err.message))) removeTmp(); // a retry reuses the folders
    throw err;
  }
  return { url, port, child, tmp, userDataDir, extensionsDir, logFile, recent, stop };
}

async function waitUntilServing(url, child, timeoutMs, recent) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => { exited = true; });
  while (Date.now() < deadline) {
    if (exited) throw new HostError(`code-server exited while starting:\n${recent.slice(-20).join('\n')}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new HostError(`code-server did not answer on ${url} within ${Math.round(timeoutMs / 1000)} s:\n${recent.slice(-20).join('\n')}`);
}

/** Headless Chromium (system package or $FOI_CHROMIUM) through playwright-core. */
export async function launchBrowser() {
  const executablePath = findChromium();
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new HostError('playwright-core is missing: run `npm ci` first.');
  }
  const browser = await withTimeout(chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }), 60_000, `Launching ${executablePath}`);
  return browser;
}

function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${absPath}`;
}

/** The workbench URL for a folder, with an optional payload (extension development / tests). */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

// codeAutomationLog also carries the workbench's own console; these lines say nothing about
// the suite (the gallery error is expected offline). FOI_HOST_DEBUG=1 shows them.
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/, /^ChatSessionStore:/, /^Creation of workbench contribution/, /ENOTFOUND open-vsx/,
  /^Ignoring the error while validating workspace folder/,
];
function isWorkbenchNoise(text) {
  return WORKBENCH_NOISE.some((re) => re.test(text));
}

/** The host forwards console calls as printf-style argument lists (mocha's reporter uses %s, %d). */
function formatLogArgs(args) {
  return Array.isArray(args) ? format(...args) : String(args);
}

/**
 * Runs the suite at `extensionTestsPath` (a CJS module exporting `run(): Promise<void>`) inside the
 * real extension host with the extension at `extensionDevelopmentPath` loaded, over `workspace`.
 * Resolves to the suite's exit code (0 = passed). Never hangs: `timeoutMs` bounds the whole run.
 * `stateDir`: a prepared server folder (e.g. `extensions/` with an installed .vsix), kept after
 * the run. `onPage(page, server)`: runs alongside the suite (e.g. to read the workbench's DOM);
 * its errors are printed, and the run waits for it after the suite exits. `port`: a fixed port
 * (VS Code keys a folder's workspace storage by its URI, port included: two runs that must share
 * an extension's storage use one port).
 */
export async function runTests({ extensionDevelopmentPath = REPO, extensionTestsPath, workspace, timeoutMs = 10 * 60_000, onLog, stateDir, onPage, port } = {}) {
  const print = onLog ?? ((type, text) => (type === 'error' ? console.error(text) : console.log(text)));
  let server;
  let browser;
  const stages = [];
  const stage = (s) => { stages.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${s}`); if (DEBUG) console.error(`[host] ${s}`); };
  const t0 = Date.now();
  findChromium(); // fail before starting anything if there is no browser
  const work = async () => {
    server = await startServer({ workspace, stateDir, port });
    stage(`code-server up on ${server.url}`);
    browser = await launchBrowser();
    stage('chromium up');
    const page = await browser.newPage();
    let finish;
    const exitCode = new Promise((r) => { finish = r; });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type, args) => { const text = formatLogArgs(args); if (DEBUG || !isWorkbenchNoise(text)) print(type, text); });
    page.on('pageerror', (err) => { if (DEBUG) console.error(`[page error] ${err.message}`); });
    if (DEBUG) page.on('console', (m) => console.error(`[page ${m.type()}] ${m.text()}`));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(server, extensionTestsPath)],
    ];
    await page.goto(workbenchUrl(server, workspace, payload), { timeout: 60_000 });
    stage('workbench loaded');
    const beside = onPage ? Promise.resolve().then(() => onPage(page, server)).catch((err) => print('error', `[host] onPage failed: ${err?.message ?? err}`)) : undefined;
    const code = await exitCode;
    stage(`suite exited with ${code}`);
    await beside;
    return code;
  };
  try {
    return await withTimeout(work(), timeoutMs, 'The integration run');
  } catch (err) {
    if (err instanceof HostError && /timed out/.test(err.message)) {
      const detail = server ? `\nLast code-server output:\n${server.recent.slice(-15).join('\n')}` : '';
      err.message += `\nStages reached: ${stages.join(' → ') || 'none'}${detail}`;
    }
    throw err;
  } finally {
    await closeQuietly(browser);
    if (server) await server.stop();
  }
}

async function closeQuietly(browser) {
  if (!browser) return;
  try { await withTimeout(browser.close(), 10_000, 'Closing chromium'); } catch { /* the process group dies with us */ }
}

// The activity-bar entry of the extension's view container (package.json viewsContainers).
const EXTENSION_READY = '.activitybar .action-item [aria-label^="FOI Coder"]';

/**
 * Opens `workspace` in the workbench with the extension loaded (linked into the extensions dir),
 * waits for the workbench, and returns the page. Call `close()` when done.
 */
export async function openWorkbench({ workspace, file, line, viewport = { width: 1400, height: 900 }, settings = {}, colorScheme = 'light', readySelector = EXTENSION_READY } = {}) {
  const server = await startServer({ workspace, linkDevExtension: true, settings });
  let browser;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    if (DEBUG) page.on('console', (m) => console.error(`[page ${m.type()}] ${m.text()}`));
    // The workbench opens a file given in the payload itself (as `code --goto` does): no
    // dependence on Quick Open's file search, which is slow on a loaded machine.
    const payload = file
      ? [['openFile', remoteUri(server, join(workspace, file)) + (line ? `:${line}:1` : '')], ...(line ? [['gotoLineMode', 'true']] : [])]
      : undefined;
    await page.goto(workbenchUrl(server, workspace, payload), { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The explorer shows the folder once the remote connection and file service are ready.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    // Extensions register after the workbench shows: wait for the extension's activity-bar
    // entry, else a file can still be Plain Text and without icons when the picture is taken.
    await page.locator(readySelector).first().waitFor({ timeout: 60_000 }).catch(() => {
      throw new HostError(`The extension did not load in the workbench (no ${readySelector} after 60 s). Is dist/extension.js built?`);
    });
    if (file) await waitForEditor(page, file);
    const close = async () => { await closeQuietly(browser); await server.stop(); };
    return { page, server, browser, close };
  } catch (err) {
    await closeQuietly(browser);
    await server.stop();
    throw err;
  }
}

/** Waits until the editor tab of a workspace-relative file shows its text. */
export async function waitForEditor(page, relPath, timeout = 30_000) {
  const name = relPath.split('/').pop();
  await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ timeout });
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout });
}

/**
 * Opens a workspace-relative file through Quick Open, as a person would (for a second file;
 * the first is best given to openWorkbench). Retries once: the file search may be warming up.
 */
export async function openFile(page, relPath) {
  const input = page.locator('.quick-input-widget input');
  const firstRow = page.locator('.quick-input-list .monaco-list-row').first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(relPath);
    try {
      await firstRow.waitFor({ timeout: 20_000 });
      break;
    } catch (err) {
      await page.keyboard.press('Escape');
      if (attempt >= 2) throw new HostError(`Quick Open found no file for "${relPath}": ${err.message.split('\n')[0]}`);
    }
  }
  await page.keyboard.press('Enter');
  await waitForEditor(page, relPath);
}
