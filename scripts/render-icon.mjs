// Renders media/icon.svg to media/icon.png (128×128, the size the Marketplace and VS Code's
// extension views use) with headless Chromium through playwright-core, the browser the VS Code
// test host already uses. Run after editing the SVG: node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, exitOnError } from './vscode-host/env.mjs';
import { launchBrowser } from './vscode-host/host.mjs';

const SIZE = 128;

async function main() {
  const svg = readFileSync(join(REPO, 'media', 'icon.svg'), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const out = join(REPO, 'media', 'icon.png');
    await page.locator('svg').screenshot({ path: out, omitBackground: true });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch(exitOnError);
