// `npm start`: opens examples/crm-survey in VS Code with this extension loaded from the working
// copy. Desktop VS Code when `code` is on the PATH; otherwise the real VS Code host in a browser
// (code-server on loopback), printing the address and running until Ctrl-C.
// That VS Code has a terminal: anyone who reaches it gets a shell as you. So it listens on
// 127.0.0.1 only and asks for a password made afresh at every start, printed here once and kept
// nowhere else (code-server gets it through its environment; no file holds it).
//
// Usage: node scripts/vscode-host/start.mjs [workspace] [--browser] [--port <n>]
//   --browser  use the browser host even if desktop `code` exists;  --port  fixed port (default 8080 if free)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { CACHE_DIR, HostError, REPO, exitOnError, which } from './env.mjs';
import { startServer, workbenchUrl } from './host.mjs';
import { provision } from './provision.mjs';

function parseArgs(argv) {
  const opts = { workspace: join(REPO, 'examples', 'crm-survey'), browser: !!process.env.FOI_START_BROWSER, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--browser') opts.browser = true;
    else if (argv[i] === '--port') opts.port = Number(argv[++i]);
    else if (argv[i].startsWith('--')) throw new HostError(`Unknown option ${argv[i]}`);
    else opts.workspace = resolve(argv[i]);
  }
  return opts;
}

function build() {
  const res = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit', timeout: 120_000 });
  if (res.status !== 0) throw new HostError('The build failed (node scripts/build.mjs); fix it first.');
}

/** Inside code-server's own terminal `code` is its remote CLI, not a desktop VS Code. */
function desktopCode() {
  const code = which('code');
  if (!code || process.env.VSCODE_IPC_HOOK_CLI?.includes('code-server')) return undefined;
  return code;
}

function portIsFree(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  build();
  const code = opts.browser ? undefined : desktopCode();
  if (code) {
    console.error(`[start] opening ${opts.workspace} in desktop VS Code (${code}) with the extension from ${REPO}`);
    const child = spawn(code, [`--extensionDevelopmentPath=${REPO}`, opts.workspace], { stdio: 'inherit' });
    child.on('exit', (status) => process.exit(status ?? 0));
    return;
  }
  await provision();
  const port = opts.port ?? ((await portIsFree(8080)) ? 8080 : undefined);
  // 144 random bits, in characters a person can copy and type.
  const password = randomBytes(18).toString('base64url');
  const server = await startServer({ workspace: opts.workspace, linkDevExtension: true, stateDir: join(CACHE_DIR, 'start-state'), port, password });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.error('\n[start] stopping code-server…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  server.child.once('exit', (status) => {
    if (!stopping) { console.error(`[start] code-server exited (${status}):\n${server.recent.slice(-15).join('\n')}`); process.exit(1); }
  });
  console.log(`\nFOI Coder is running in VS Code (code-server) with the extension from ${REPO}.`);
  console.log(`Open in your browser (this machine only):\n\n    ${workbenchUrl(server, opts.workspace)}\n\nand log in with the password\n\n    ${password}\n\n(made for this run only; the next \`npm start\` makes a new one).`);
  console.log('After `npm run build`, reload the window (F1 → "Developer: Reload Window") to pick up changes. Ctrl-C stops it.');
}

main().catch(exitOnError);
