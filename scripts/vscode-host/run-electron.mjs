// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (or have one: FOI_VSCODE_PATH). Offline, the download fails and this
// says so and points at the code-server host (`run-tests.mjs`), which needs no download.
//
// Usage: node scripts/vscode-host/run-electron.mjs [--grep <pattern>] [--keep]
// Env: FOI_VSCODE_PATH (a VS Code executable: no download), FOI_VSCODE_VERSION (default: the
//      engine's minimum, 1.100.3). On a Linux box without a display, run it under xvfb-run.
import { prepareSuite } from './build-tests.mjs';
import { CACHE_DIR, HostError, REPO, exitOnError } from './env.mjs';
import { withTimeout } from './host.mjs';
import { parseArgs } from './run-tests.mjs';

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let runTests, TestRunFailedError;
  try {
    ({ runTests, TestRunFailedError } = await import('@vscode/test-electron'));
  } catch {
    throw new HostError('@vscode/test-electron is missing: run `npm ci` first.');
  }
  const { entry, workspace, cleanup } = await prepareSuite({ keep: opts.keep });
  const t0 = Date.now();
  let code;
  try {
    code = await withTimeout(runTests({
      extensionDevelopmentPath: REPO,
      extensionTestsPath: entry,
      ...(process.env.FOI_VSCODE_PATH ? { vscodeExecutablePath: process.env.FOI_VSCODE_PATH } : { version: process.env.FOI_VSCODE_VERSION ?? '1.100.3' }),
      cachePath: CACHE_DIR,
      timeout: 30_000, // idle timeout of the download: offline fails fast instead of hanging
      extensionTestsEnv: opts.grep ? { FOI_IT_GREP: opts.grep } : {},
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    }), Number(process.env.FOI_IT_TIMEOUT_S ?? 900) * 1000, 'The desktop VS Code run');
  } catch (err) {
    if (err instanceof TestRunFailedError) code = err.code ?? 1; // VS Code ran; the suite failed
    else if (err instanceof HostError) throw err;
    else {
      throw new HostError(
        `Could not get or start desktop VS Code: ${err?.message ?? err}\n` +
          '  Offline? Use the code-server host instead: node scripts/vscode-host/run-tests.mjs\n' +
          `  Or point FOI_VSCODE_PATH at an installed VS Code executable (downloads go to .vscode-test/).`,
      );
    }
  } finally {
    cleanup();
  }
  console.error(`[it] desktop VS Code run ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(code);
}

main().catch(exitOnError);
