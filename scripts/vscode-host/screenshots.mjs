// Regenerates the README's pictures from the real VS Code host, so they never drift from the
// product. Each shot opens examples/crm-survey afresh (one code-server per shot: slower, but
// no state leaks from one picture into the next).
//
// Usage: node scripts/vscode-host/screenshots.mjs [--only <name>] [--out <dir>]   (default docs/images)
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HostError, REPO, exitOnError } from './env.mjs';
import { exitOnSignals } from './host.mjs';
import { DEFAULT_WORKSPACE, screenshot } from './screenshot.mjs';

function firstReply() {
  const dir = join(DEFAULT_WORKSPACE, 'replies');
  const txt = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  if (!txt.length) throw new HostError(`No reply in ${relative(REPO, dir)} to photograph.`);
  return `replies/${txt[0]}`;
}

// Add a shot per feature as features land: `prepare(page)` drives the UI (hover, open the
// code-action menu with Ctrl+., click the activity-bar entry…) before the picture.
const SHOTS = [
  { name: 'reply', file: firstReply, line: 10 },
  {
    name: 'coverage',
    file: firstReply,
    prepare: async (page) => {
      await page.locator('.activitybar .action-item [aria-label^="FOI Coder"]').first().click();
      // A container's only view has its header hidden: wait for the view, not for a visible header.
      await page.locator('.pane-header[aria-label^="Coverage"]').first().waitFor({ state: 'attached', timeout: 15_000 });
    },
  },
];

async function main() {
  exitOnSignals();
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(REPO, 'docs', 'images');
  const shots = SHOTS.filter((s) => !only || s.name === only);
  if (!shots.length) throw new HostError(`No shot named ${only}; known: ${SHOTS.map((s) => s.name).join(', ')}`);
  for (const shot of shots) {
    const t0 = Date.now();
    const out = join(outDir, `${shot.name}.png`);
    const file = typeof shot.file === 'function' ? shot.file() : shot.file;
    await screenshot({ out, file, line: shot.line, prepare: shot.prepare, waitMs: shot.waitMs ?? 2000 });
    console.error(`[screenshots] ${relative(REPO, out)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main().catch(exitOnError);
