// Regenerates the README's pictures from the real VS Code host, so they never drift from the
// product. Each shot opens examples/crm-survey afresh (one code-server per shot: slower, but
// no state leaks from one picture into the next).
//
// Usage: node scripts/vscode-host/screenshots.mjs [--only <name>] [--out <dir>]   (default docs/images)
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const focusEditor = async (page) => {
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 }, trial: true }).catch(() => undefined);
  await page.locator('.monaco-editor textarea').first().focus();
};

// An empty survey folder (only a questionnaire) for the import shots.
function emptySurvey() {
  const dir = mkdtempSync(join(tmpdir(), 'foi-shot-import-'));
  writeFileSync(join(dir, 'foi-questionnaire.yaml'), [
    'version: 1', 'title: CRM systems', 'questions:',
    '  - { id: Q1, text: How many customer service staff (FTE)?, type: number, unit: FTE }',
    '  - { id: Q2, text: Does the council use a CRM system?, type: yes-no }',
    '  - { id: Q3, text: Annual cost of the CRM licence in 2024/25?, type: money }',
    '  - { id: Q4, text: When does the current CRM contract end?, type: text }', ''].join('\n'));
  return dir;
}

const EXAMPLE_ZIP = join(REPO, 'examples', 'whatdotheyknow-batch.zip');

/** Runs FOI: Import Replies… through its pickers as a user does; `during` is called while it runs. */
async function importThroughPickers(page, during) {
  await page.locator('.activitybar .action-item [aria-label^="FOI Coder"]').first().click();
  await page.keyboard.press('F1');
  await page.keyboard.type('FOI: Import Replies');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget:has-text("Import replies from")').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter'); // Files…
  // code-server's file dialog is VS Code's own: a path box over the folder list.
  const box = page.locator('.quick-input-widget .quick-input-box input').first();
  await box.waitFor({ state: 'visible', timeout: 15_000 });
  await box.fill(EXAMPLE_ZIP);
  await page.waitForTimeout(600);
  await page.keyboard.press('Enter');
  if (during) await during(page);
  await page.locator('.notifications-toasts:has-text("imported 3 replies")').first().waitFor({ state: 'visible', timeout: 60_000 });
}

const SHOTS = [
  // A coded reply: answers coloured by status, markers highlighted, gutter marks on gaps.
  { name: 'reply', file: () => 'replies/castlebridge-borough-council.txt', line: 140, waitMs: 6000 },
  {
    // The code actions at an uncoded answer (Ctrl+.): the suggestion first, then each status.
    name: 'code-actions',
    file: () => 'replies/loxley-vale-council.txt',
    line: 14,
    waitMs: 2500,
    prepare: async (page) => {
      await page.waitForTimeout(4000);
      await focusEditor(page);
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget').first().waitFor({ state: 'visible', timeout: 15_000 });
    },
  },
  {
    // The hover of a marker: the question, its type, and the suggested answer.
    name: 'hover',
    file: () => 'replies/loxley-vale-council.txt',
    line: 5, // the cursor (and its light bulb) away from the marker pointed at
    waitMs: 1500,
    parkPointer: false,
    prepare: async (page) => {
      await page.waitForTimeout(4000);
      await focusEditor(page);
      // Point at the marker itself, as a user does; the pointer stays there for the picture.
      await page.locator('.view-line:has-text("£48.7m") span span').first().hover();
      await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'visible', timeout: 15_000 });
    },
  },
  {
    // The coverage view, a council expanded to its answers.
    name: 'coverage',
    file: () => 'replies/greyhithe-borough-council.txt',
    waitMs: 4000,
    prepare: async (page) => {
      await page.locator('.activitybar .action-item [aria-label^="FOI Coder"]').first().click();
      // Widen the side bar so that each row's description is readable.
      const sash = await page.locator('.part.sidebar').first().boundingBox();
      if (sash) {
        await page.mouse.move(sash.x + sash.width + 1, sash.y + 300);
        await page.mouse.down();
        await page.mouse.move(sash.x + sash.width + 260, sash.y + 300, { steps: 8 });
        await page.mouse.up();
      }
      const rows = page.locator('.monaco-list-row[aria-level="1"]');
      await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
      await page.locator('.monaco-list-row[aria-level="1"]:has-text("Greyhithe")').first().click();
      await page.keyboard.press('ArrowRight');
    },
  },
  {
    // The Explorer: each sidecar nested under its reply (the extension's file-nesting defaults).
    // Opening a reply reveals it, so the replies folder is expanded in the Explorer.
    name: 'explorer',
    file: () => 'replies/castlebridge-borough-council.txt',
    waitMs: 2500,
    prepare: async (page) => {
      await page.locator('.explorer-folders-view .monaco-list-row[aria-level="2"]').first().waitFor({ state: 'visible', timeout: 20_000 });
      // Open two replies' nests, to show the sidecar under each.
      for (const name of ['greyhithe-borough-council', 'castlebridge-borough-council']) {
        await page.locator(`.explorer-folders-view .monaco-list-row[aria-level="2"]:has-text("${name}")`).first().click();
        await page.keyboard.press('ArrowRight');
      }
      await page.waitForTimeout(1000);
    },
  },
  {
    // FOI: Import Replies… on the example batch: the progress notification while it runs (taken
    // as import-progress.png), then the summary and the councils in the coverage view.
    name: 'import',
    workspace: emptySurvey,
    file: () => undefined,
    waitMs: 2500,
    prepare: async (page, outDir) => {
      await importThroughPickers(page, async (p) => {
        await p.locator('.notifications-toasts:has-text("Importing replies")').first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined);
        await p.screenshot({ path: join(outDir, 'import-progress.png') });
      });
      await page.locator('.monaco-list-row[aria-level="1"]:has-text("Northmere")').first().waitFor({ state: 'visible', timeout: 20_000 });
    },
  },
  {
    // The status bar of a reply with only Q11 coded: its tooltip says what is missing and what
    // "Accept all" would write (the routed-out Q13 parts too).
    name: 'status-bar',
    workspace: () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'foi-shot-status-')), 'crm-survey');
      cpSync(DEFAULT_WORKSPACE, dir, { recursive: true });
      const reply = join(dir, 'replies', 'loxley-vale-council.txt');
      const at = readFileSync(reply, 'utf8').indexOf('Q11 – Yes') + 'Q11 – '.length;
      writeFileSync(reply.replace(/\.txt$/, '.answers.yaml'), [
        '# Coded answers for loxley-vale-council.txt — edit freely; comments are kept.', 'version: 1', 'answers:',
        '  Q11:', '    status: answered', '    value: "Yes"', '    quote:', '      exact: "Yes"', `      start: ${at}`, `      end: ${at + 3}`, ''].join('\n'));
      return dir;
    },
    file: () => 'replies/loxley-vale-council.txt',
    waitMs: 1500,
    parkPointer: false,
    prepare: async (page) => {
      const item = page.locator('.statusbar-item:has-text("coded")').first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      await page.waitForTimeout(2500);
      await item.hover();
      await page.locator('.monaco-hover:not(.hidden), .workbench-hover').first().waitFor({ state: 'visible', timeout: 15_000 });
    },
  },
  {
    // The coverage dashboard, opened from the coverage view's title bar, a cell selected.
    name: 'dashboard',
    size: [1600, 1000],
    waitMs: 1500,
    prepare: async (page) => {
      await page.locator('.activitybar .action-item [aria-label^="FOI Coder"]').first().click();
      await page.locator('.monaco-list-row[aria-level="1"]').first().waitFor({ state: 'visible', timeout: 20_000 });
      await page.locator('.pane-header .action-label[aria-label="Show Coverage Dashboard"], .title-actions .action-label[aria-label="Show Coverage Dashboard"]').first().click();
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await view.locator('td.cell').first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+B'); // close the side bar: the dashboard gets the width
      await page.waitForTimeout(800);
      // Select a flagged answer with the keyboard, as the details panel shows it.
      await view.locator('td.cell[data-council="Cindermoor District Council"][data-question="Q3"]').focus();
    },
  },
  {
    // Compare Coding with Folder…: a second coder's copy with two answers coded differently,
    // picked in the folder dialog; the report, shown in Markdown preview.
    name: 'agreement',
    file: () => 'replies/castlebridge-borough-council.txt',
    waitMs: 2500,
    prepare: async (page) => {
      const other = secondCoderCopy();
      await page.waitForTimeout(3000);
      await page.keyboard.press('F1');
      await page.keyboard.type('FOI: Compare Coding with Folder');
      await page.keyboard.press('Enter');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(other + '/');
      await page.waitForTimeout(500);
      await page.keyboard.press('Enter');
      await page.locator('.tab:has-text("Untitled")').first().waitFor({ state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Control+Shift+V');
      await page.waitForTimeout(2500);
    },
  },
];

/** A copy of the example survey where "coder B" coded two answers differently. */
function secondCoderCopy() {
  const dir = join(mkdtempSync(join(tmpdir(), 'foi-shot-')), 'crm-survey-coder-b');
  cpSync(DEFAULT_WORKSPACE, dir, { recursive: true });
  const recode = (file, from, to) => {
    const path = join(dir, 'replies', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  recode('castlebridge-borough-council.answers.yaml', 'exemption: s12', 'exemption: s40');
  recode('cindermoor-district-council.answers.yaml', /status: answered/, 'status: partial');
  return dir;
}

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
    const workspace = shot.workspace ? { workspace: shot.workspace() } : {};
    const prepare = shot.prepare ? (page) => shot.prepare(page, outDir) : undefined;
    await screenshot({ out, file, line: shot.line, prepare, waitMs: shot.waitMs ?? 2000, parkPointer: shot.parkPointer ?? true, ...workspace, ...(shot.size ? { size: shot.size } : {}) });
    console.error(`[screenshots] ${relative(REPO, out)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main().catch(exitOnError);
