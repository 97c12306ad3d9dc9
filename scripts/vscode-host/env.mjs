// Where things are for the real-VS-Code host: the repo, the pinned code-server, the browser and rg.
// One place so provision, tests, start and screenshots agree on paths and on the messages a
// contributor sees when a system tool is missing.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// code-server 4.100.3 is VS Code 1.100.3, the newest one that runs on Node 20 (later ones need
// Node 22+); engines.vscode and @types/vscode are pinned to match.
export const CODE_SERVER_VERSION = '4.100.3';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = join(REPO, '.vscode-test');
// FOI_CODE_SERVER_DIR moves the install out of the checkout (e.g. a cache shared by clones).
export const INSTALL_DIR = process.env.FOI_CODE_SERVER_DIR
  ? resolve(process.env.FOI_CODE_SERVER_DIR)
  : join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const MARKER = join(INSTALL_DIR, '.foi-provisioned.json');
export const CODE_SERVER_PKG = join(INSTALL_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');

/** A failure whose message is meant for a person: printed as is, without a stack. */
export class HostError extends Error {}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable named `name` on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The Chromium to drive: $FOI_CHROMIUM, else the usual system names. Throws a HostError if none. */
export function findChromium() {
  const fromEnv = process.env.FOI_CHROMIUM;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new HostError(`FOI_CHROMIUM=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = which(name);
    if (found) return found;
  }
  throw new HostError(
    'No Chromium found: the real-VS-Code tests drive a headless Chromium.\n' +
      '  On Debian/Ubuntu: apt-get install chromium   (the Debian package, not the snap)\n' +
      '  Or point FOI_CHROMIUM at a Chromium or Chrome binary.',
  );
}

/** System ripgrep, which code-server's install needs offline. Throws a HostError if missing. */
export function findRipgrep() {
  const found = process.env.FOI_RG || which('rg');
  if (found && isExecutable(found)) return found;
  throw new HostError(
    'No ripgrep (rg) found: installing code-server offline reuses the system rg.\n' +
      '  On Debian/Ubuntu: apt-get install ripgrep   (or set FOI_RG to an rg binary)',
  );
}

export function isProvisioned() {
  return existsSync(MARKER) && existsSync(CODE_SERVER_ENTRY);
}

/** Prints a HostError plainly and exits; other errors keep their stack. */
export function exitOnError(err) {
  if (err instanceof HostError) console.error(`\n✖ ${err.message}`);
  else console.error(err);
  process.exit(1);
}

// Process groups we started and that are still alive (code-server, npm): killed synchronously
// if this Node process exits any other way, so nothing outlives a failed or interrupted run.
const liveGroups = new Set();
process.on('exit', () => {
  for (const pid of liveGroups) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  }
});
export const trackGroup = (pid) => liveGroups.add(pid);
export const untrackGroup = (pid) => liveGroups.delete(pid);

/**
 * Turns Ctrl-C / SIGTERM into a normal exit, so the 'exit' hook above kills the process groups
 * (a signal's default action would skip it). Scripts with their own graceful stop skip this.
 */
export function exitOnSignals() {
  for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.once(sig, () => {
      console.error(`\n[host] ${sig}: stopping code-server and chromium`);
      process.exit(128 + n);
    });
  }
}
