import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { surveyChecks } from '../../src/core/checks';
import { computeCoverage } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { AnswerEntry } from '../../src/core/types';
import { dashboardData, dataForHtml } from '../../src/dashboard/model';
import { dashboardPage } from '../../src/dashboard/page';

const REPO = path.join(__dirname, '../..');

const QUESTIONNAIRE = `version: 1
title: Test survey
questions:
  - { id: Q1, text: Name }
  - { id: Q2, text: Spend, type: money, unit: GBP }
  - { id: Q3, text: Uses a CRM?, type: yes-no }
  - { id: Q4, text: CRM year, type: year, when: { Q3: "yes" } }
variants:
  short: { omit: [Q1] }
checks:
  - rule: Q4 <= 2019
    message: too late
`;

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, env: {}, isTTY: false };
  return { code: await main(argv, io), out, err };
}

describe('dashboard data', () => {
  const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire!;
  const entry = (status: AnswerEntry['status'], value?: AnswerEntry['value']): AnswerEntry => (value === undefined ? { status } : { status, value });
  const coverage = computeCoverage(q, [
    { file: 'r/a.txt', council: 'Ash <Council>', sidecar: { version: 1, answers: new Map([['Q2', entry('answered', 1_200_000)], ['Q3', entry('answered', 'No')]]) } },
    { file: 'r/b.txt', council: 'Birch', sidecar: { version: 1, variant: 'short', answers: new Map([['Q3', entry('answered', 'Yes')], ['Q4', { status: 'answered', value: 2021, quote: { exact: 'It went live in\n 2021.' } }]]) } },
    { file: 'r/c.txt', council: 'Cedar', sidecar: null },
    { file: 'r/d.txt', sidecarFile: 'r/d.answers.yaml', council: 'Dale', sidecar: null, unreadable: [{ severity: 'error', code: 'sidecar-parse', message: 'YAML: bad', line: 3, column: 5 }] },
  ]);
  const data = dashboardData(q, coverage, { findings: surveyChecks(q, coverage), title: 'T', source: 'ws' });

  it('has one cell per council and question, with the coverage state, omitted questions as not-required', () => {
    assert.deepEqual(data.councils.map((c) => c.council), ['Ash <Council>', 'Birch', 'Cedar', 'Dale']);
    assert.deepEqual(data.councils.map((c) => c.cells.map((x) => x.s)), [
      ['missing', 'answered', 'answered', 'not-required'],
      ['not-required', 'missing', 'answered', 'answered'],
      ['missing', 'missing', 'missing', 'missing'],
      ['unreadable', 'unreadable', 'unreadable', 'unreadable'],
    ]);
    assert.equal(data.councils[1]!.cells[0]!.reason, 'variant');
    assert.deepEqual(data.questions.map((x) => x.counts), [
      { missing: 2, 'not-required': 1, unreadable: 1 },
      { answered: 1, missing: 2, unreadable: 1 },
      { answered: 2, missing: 1, unreadable: 1 },
      { 'not-required': 1, answered: 1, missing: 1, unreadable: 1 },
    ]);
    assert.deepEqual(data.questions.map((x) => x.numeric), [false, true, false, false], 'years are not drawn as a distribution');
  });

  it('carries display values, numbers, shortened quotes and the findings of each cell', () => {
    const ash = data.councils[0]!.cells[1]!;
    assert.deepEqual([ash.v, ash.n], ['£1,200,000', 1_200_000]);
    const birchQ4 = data.councils[1]!.cells[3]!;
    assert.equal(birchQ4.quote, 'It went live in 2021.');
    assert.deepEqual(birchQ4.findings, [0]);
    assert.equal(data.findings[0]!.message, 'too late: Q4 <= 2019 (Q4 = 2,021)');
    assert.equal(data.findings[0]!.council, 'Birch');
  });

  it('embeds the data so that no council name can close the script element', () => {
    const html = dashboardPage({ data, nonce: 'abc', script: { inline: 'console.log("</script>")' } });
    assert.ok(!dataForHtml(data).includes('<'), 'no < in the embedded JSON');
    assert.equal((html.match(/<\/script>/g) ?? []).length, 2, 'only the data block and the script close');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; script-src 'nonce-abc'; style-src 'nonce-abc'/);
    assert.deepEqual(JSON.parse(/<script type="application\/json" id="foi-data">(.*?)<\/script>/s.exec(html)![1]!).councils[0].council, 'Ash <Council>');
  });
});

describe('foi-coder report --html in a headless browser', function () {
  this.timeout(120_000);
  let dir: string;
  let chromiumPath: string | undefined;

  before(async function () {
    try {
      const env = (await import(pathToFileURL(path.join(REPO, 'scripts/vscode-host/env.mjs')).href)) as { findChromium(): string };
      chromiumPath = env.findChromium();
    } catch {
      chromiumPath = undefined;
    }
    if (!chromiumPath) this.skip(); // contributors without Chromium; CI and this machine have it
    // The page script is a bundle of its own (dist/dashboard-view.js); build it as `npm run build` does.
    execFileSync(process.execPath, [path.join(REPO, 'scripts/build.mjs')], { cwd: REPO, stdio: 'pipe' });
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'foi-dash-'));
    cpSync(path.join(REPO, 'examples/crm-survey'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is one self-contained page: no request, no script error, no CSP violation, a cell per asked question agreeing with report --json', async () => {
    // A failed rule, so the page has an error to show too.
    const sidecar = path.join(dir, 'replies/greyhithe-borough-council.answers.yaml');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace(/(Q4a:\n\s+status: answered\n\s+value:) 20/, '$1 35'));
    // A sidecar that cannot be read: its council is unreadable, never uncoded (report exits 1, the page is written).
    writeFileSync(path.join(dir, 'replies/loxley-vale-council.answers.yaml'), 'version: 1\nanswers: [oops\n');
    const html = await run(dir, 'report', '--html', 'dashboard.html');
    assert.equal(html.code, 1, html.err);
    assert.match(html.err, /Wrote dashboard\.html \(coverage dashboard, 12 councils, 3 check findings\)/);
    const json = JSON.parse((await run(dir, 'report', '--json')).out) as { councils: { council: string; counts: Record<string, number>; missing: string[]; checks: unknown[] }[] };

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const fileUrl = `file://${path.join(dir, 'dashboard.html')}`;
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => { if (r.url() !== fileUrl) problems.push(`request: ${r.url()}`); });
      await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));" });
      await page.goto(fileUrl);
      await page.waitForSelector('td.cell');
      await page.waitForSelector('[data-chart=status] svg');

      const cells = await page.$$eval('td.cell', (els) => els.map((el) => ({ council: el.getAttribute('data-council')!, question: el.getAttribute('data-question')!, status: el.getAttribute('data-status')! })));
      const q = parseQuestionnaire(readFileSync(path.join(dir, 'foi-questionnaire.yaml'), 'utf8')).questionnaire!;
      assert.equal(cells.length, json.councils.length * q.questions.length, 'a cell for every council × question');
      for (const c of json.councils) {
        const mine = cells.filter((x) => x.council === c.council);
        assert.deepEqual(mine.map((x) => x.question), q.questions.map((x) => x.id), c.council);
        const counts: Record<string, number> = {};
        for (const x of mine) counts[x.status] = (counts[x.status] ?? 0) + 1;
        for (const [status, n] of Object.entries(c.counts)) assert.equal(counts[status] ?? 0, n, `${c.council}: ${status}`);
        assert.deepEqual(mine.filter((x) => x.status === 'missing').map((x) => x.question), c.missing, c.council);
      }
      assert.ok(cells.filter((x) => x.council === 'Loxley Vale Council').every((x) => x.status === 'unreadable' || x.status === 'not-required'));
      assert.ok(cells.some((x) => x.status === 'unreadable'));
      // The failed rule and the two flags are shown, on their cells and in the list.
      assert.equal(await page.locator('td.cell.has-error[data-council="Greyhithe Borough Council"][data-question="Q4a"]').count(), 1);
      assert.equal(await page.locator('ul.findings .finding').count(), 3);
      assert.equal(await page.locator('[data-distribution=Q3] svg circle').count(), 5, 'Q3: five answered values');

      // Keyboard: one tab stop into the grid, arrows move, Enter shows the answer.
      await page.locator('td.cell[tabindex="0"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const details = await page.locator('#details').innerText();
      assert.match(details, /Castlebridge Borough Council · Q2/);
      assert.match(details, /signposted/);
      assert.match(details, /replies\/castlebridge-borough-council\.txt:\d+/);

      // Sorting by % coded puts a complete council first; by council name, A first again.
      await page.locator('th .sort', { hasText: '% coded' }).click();
      assert.equal(await page.locator('tbody tr').first().getAttribute('data-row'), 'Castlebridge Borough Council');
      await page.locator('th .sort', { hasText: '% coded' }).click();
      assert.equal(await page.locator('tbody tr td.pct').first().innerText().then((t) => t.trim().split('\n')[0]), '0%');
      await page.locator('th.corner .sort').click();
      assert.equal(await page.locator('tbody tr').first().getAttribute('data-row'), 'Aldermoss Borough Council');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  it('says so when the page script has not been built, and writes nothing', async function () {
    const script = path.join(REPO, 'dist/dashboard-view.js');
    if (!existsSync(script)) this.skip();
    const aside = `${script}.aside`;
    rmSync(aside, { force: true });
    cpSync(script, aside);
    rmSync(script);
    try {
      const r = await run(dir, 'report', '--html', 'dashboard.html');
      assert.equal(r.code, 3);
      assert.match(r.err, /dashboard-view\.js is missing beside the CLI \(run npm run build\)/);
      assert.ok(!existsSync(path.join(dir, 'dashboard.html')));
    } finally {
      cpSync(aside, script);
      rmSync(aside);
    }
  });
});
