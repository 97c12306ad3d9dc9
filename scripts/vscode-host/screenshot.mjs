// Takes a screenshot of the real VS Code workbench with the extension loaded, a file open.
// Used for the README's pictures (so they stay current) and for checking features by eye.
//
// Usage: node scripts/vscode-host/screenshot.mjs <out.png> [file-to-open]
//          [--workspace <dir>] [--dark] [--size 1400x900] [--wait <ms>] [--line <n>]
// Defaults: workspace examples/crm-survey, light theme, 1400×900.
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HostError, REPO, exitOnError, findChromium } from './env.mjs';
import { exitOnSignals, openWorkbench, withTimeout } from './host.mjs';
import { provision } from './provision.mjs';

export const DEFAULT_WORKSPACE = join(REPO, 'examples', 'crm-survey');

function parseArgs(argv) {
  const opts = { out: undefined, file: undefined, workspace: DEFAULT_WORKSPACE, dark: false, size: [1400, 900], waitMs: 1500, line: undefined };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--workspace') opts.workspace = resolve(argv[++i]);
    else if (a === '--dark') opts.dark = true;
    else if (a === '--size') opts.size = argv[++i].split('x').map(Number);
    else if (a === '--wait') opts.waitMs = Number(argv[++i]);
    else if (a === '--line') opts.line = Number(argv[++i]);
    else if (a.startsWith('--')) throw new HostError(`Unknown option ${a}`);
    else positional.push(a);
  }
  [opts.out, opts.file] = positional;
  if (!opts.out) throw new HostError('Usage: screenshot.mjs <out.png> [file-to-open] [--workspace <dir>] [--dark] [--size WxH] [--wait ms] [--line n]');
  return opts;
}

/**
 * Opens the workspace, optionally a file (workspace-relative) at a line, and saves a PNG.
 * `prepare(page)` may drive the UI further (open a menu, hover, open another file with
 * host.openFile…) before the picture is taken.
 */
export async function screenshot({ out, file, workspace = DEFAULT_WORKSPACE, dark = false, size = [1400, 900], waitMs = 1500, line, prepare, parkPointer = true }) {
  findChromium();
  await provision();
  const settings = dark ? { 'workbench.colorTheme': 'Default Dark Modern' } : { 'workbench.colorTheme': 'Default Light Modern' };
  const wb = await openWorkbench({ workspace, file, line, viewport: { width: size[0], height: size[1] }, settings, colorScheme: dark ? 'dark' : 'light' });
  try {
    await withTimeout((async () => {
      await settle(wb.page);
      if (prepare) await prepare(wb.page);
      if (parkPointer) await wb.page.mouse.move(700, 12); // park the pointer on the title bar: no stray tooltip
      await wb.page.waitForTimeout(waitMs); // let decorations and the tree settle
      const target = isAbsolute(out) ? out : resolve(out);
      mkdirSync(dirname(target), { recursive: true });
      await wb.page.screenshot({ path: target });
    })(), 120_000, 'Taking the screenshot');
  } finally {
    await wb.close();
  }
}

/** Waits (bounded, not fatal) for the status bar to stop saying "Activating Extensions…". */
async function settle(page) {
  await page.locator('.statusbar-item:has-text("Activating Extensions")').first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => console.error('[screenshot] warning: extensions still activating after 30 s'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  exitOnSignals();
  const opts = (() => { try { return parseArgs(process.argv.slice(2)); } catch (e) { return exitOnError(e); } })();
  screenshot(opts)
    .then(() => console.error(`[screenshot] ${opts.out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`))
    .catch(exitOnError);
}
