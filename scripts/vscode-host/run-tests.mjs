// Runs the integration suite inside a real VS Code (code-server + headless Chromium) and exits
// with the suite's code. Expects `npm run build` to have produced dist/extension.js; compiles
// the suite itself and provisions code-server on first use.
//
// Usage: node scripts/vscode-host/run-tests.mjs [--grep <pattern>] [--keep]
//   --grep  only tests whose title matches;  --keep  keep the temp copy of the fixture workspace
// Env: FOI_CHROMIUM (browser path), FOI_HOST_DEBUG=1 (server and page logs),
//      FOI_IT_TIMEOUT_S (whole-run limit, default 600).
import { pathToFileURL } from 'node:url';
import { prepareSuite } from './build-tests.mjs';
import { HostError, exitOnError, findChromium } from './env.mjs';
import { exitOnSignals, runTests } from './host.mjs';
import { provision } from './provision.mjs';

export function parseArgs(argv) {
  const opts = { grep: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grep') opts.grep = argv[++i];
    else if (argv[i] === '--keep') opts.keep = true;
    else throw new HostError(`Unknown argument ${argv[i]}. Usage: [--grep <pattern>] [--keep]`);
  }
  return opts;
}

async function main() {
  const t0 = Date.now();
  exitOnSignals();
  const opts = parseArgs(process.argv.slice(2));
  findChromium();
  const prov = await provision();
  if (!prov.cached) console.error(`[it] provisioned code-server in ${prov.seconds} s`);
  const { entry, workspace, cleanup } = await prepareSuite({ keep: opts.keep });
  // The extension host inherits code-server's environment, so this reaches test/integration/index.ts.
  if (opts.grep) process.env.FOI_IT_GREP = opts.grep;
  let code;
  try {
    const timeoutMs = Number(process.env.FOI_IT_TIMEOUT_S ?? 600) * 1000;
    code = await runTests({ extensionTestsPath: entry, workspace, timeoutMs });
  } finally {
    cleanup();
  }
  console.error(`[it] integration run ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(code);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().catch(exitOnError);
