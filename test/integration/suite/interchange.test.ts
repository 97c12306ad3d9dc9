// Exports to Excel and REFI-QDA from the Export command, and Compare Coding with Folder…, in a
// real VS Code: the commands run with arguments instead of pickers, write real files, load their
// heavy code only when they run, and show a second coder's disagreements.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, workspaceRoot } from './helpers';

const REPLY = (name: string, libraries: number) => [
  `From: Records Team <foi@${name}.example.gov.uk>`,
  '',
  'Q1. How many public libraries does the Authority run?',
  `The Council runs ${libraries} public libraries.`,
  '',
  'Q2. Does any library open on Sundays?',
  'We do not hold this information.',
  '',
].join('\n');

const SIDECAR = (council: string, libraries: number, q2 = 'not-held') => `version: 1
council: ${council}
answers:
  Q1:
    status: answered
    value: ${libraries}
    unit: libraries
    coder: jo
    quote:
      exact: "${libraries} public libraries"
  Q2:
    status: ${q2}
    coder: jo
    quote:
      exact: "We do not hold this information."
`;

async function write(relPath: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(relPath), new TextEncoder().encode(text));
}

const loaded = (file: string): boolean => Object.keys(require.cache).some((k) => k.endsWith(`/dist/${file}`));

describe('exports and inter-coder agreement', function () {
  this.timeout(60_000);
  const out = mkdtempSync(join(tmpdir(), 'foi-it-interchange-'));

  before(async () => {
    await write('replies/icx-ashby.txt', REPLY('ashby', 9));
    await write('replies/icx-ashby.answers.yaml', SIDECAR('Ashby Wold Council', 9));
    await write('replies/icx-brook.txt', REPLY('brook', 4));
    await write('replies/icx-brook.answers.yaml', SIDECAR('Brookhaven District Council', 4));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('exports an Excel workbook from the Export command, loading the writers only then', async () => {
    assert.equal(loaded('interchange.js'), false, 'the interchange bundle was loaded before any export');
    const target = join(out, 'survey.xlsx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('foiCoder.export', { format: 'xlsx', target });
    assert.equal(written?.fsPath, target);
    assert.equal(loaded('interchange.js'), true);
    const zip = unzipSync(readFileSync(target));
    assert.ok(zip['xl/workbook.xml'], 'not an xlsx workbook');
    const workbook = strFromU8(zip['xl/workbook.xml']);
    for (const sheet of ['Answers', 'Tidy', 'Coverage', 'Questionnaire']) assert.match(workbook, new RegExp(`name="${sheet}"`));
    const strings = strFromU8(zip['xl/sharedStrings.xml'] ?? new Uint8Array());
    assert.match(strings, /Ashby Wold Council/);
    // Q1's value 9 is a number cell (no t="s"), never a formula.
    const answers = Object.entries(zip).find(([n]) => n === 'xl/worksheets/sheet1.xml')![1];
    assert.doesNotMatch(strFromU8(answers), /<f[ >]/);
    assert.match(strFromU8(answers), /<c r="[A-Z]+\d+"(?: s="\d+")?><v>9<\/v><\/c>/);
  });

  it('never exports onto a file of the survey', async () => {
    const sidecar = fixtureUri('replies/icx-ashby.answers.yaml');
    const before = readFileSync(sidecar.fsPath, 'utf8');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('foiCoder.export', { format: 'xlsx', target: sidecar.fsPath });
    assert.equal(written, undefined);
    assert.equal(readFileSync(sidecar.fsPath, 'utf8'), before);
  });

  it('exports a REFI-QDA project with a case per council and coded selections', async () => {
    const target = join(out, 'survey.qdpx');
    await vscode.commands.executeCommand('foiCoder.export', { format: 'qdpx', target });
    const zip = unzipSync(readFileSync(target));
    const qde = strFromU8(zip['project.qde']!);
    assert.match(qde, /<Case guid="[^"]+" name="Ashby Wold Council">/);
    assert.match(qde, /<Case guid="[^"]+" name="Brookhaven District Council">/);
    assert.match(qde, /<PlainTextSelection [^>]*name="Q1 answered"/);
    // Valid against the REFI-QDA schema (the development copy of the extension carries it).
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const xsd = join(ext.extensionPath, 'test/fixtures/refi-qda/Project-mrt2019.xsd');
    if (existsSync(xsd) && spawnSync('xmllint', ['--version']).status === 0) {
      const file = join(out, 'project.qde');
      writeFileSync(file, qde);
      const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    }
  });

  it('compares the coding with another folder and lists each disagreement with both codings', async () => {
    // Coder B's copy: the same replies, one answer coded differently.
    const other = join(out, 'coder-b');
    cpSync(workspaceRoot().fsPath, other, { recursive: true });
    writeFileSync(join(other, 'replies/icx-brook.answers.yaml'), SIDECAR('Brookhaven District Council', 4, 'unclear'));
    assert.equal(loaded('surveyCommands.js'), true, 'the export above loaded the on-demand commands');
    const r = await vscode.commands.executeCommand<{ result: { overall: { n: number; observed: number }; disagreements: { reply: string; id: string; a: { status: string }; b: { status: string } }[] }; document: vscode.TextDocument }>('foiCoder.compareCoding', other);
    assert.ok(r, 'the command returned nothing');
    const mine = r.result.disagreements.filter((d) => d.reply.startsWith('replies/icx-'));
    assert.deepEqual(mine.map((d) => `${d.reply} ${d.id} ${d.a.status} → ${d.b.status}`), ['replies/icx-brook.txt Q2 not-held → unclear']);
    assert.ok(r.result.overall.n >= 4);
    assert.ok(r.result.overall.observed < 1);
    // The report is open in an editor, as Markdown, with the figures and the disagreement.
    assert.equal(vscode.window.activeTextEditor?.document, r.document);
    assert.equal(r.document.languageId, 'markdown');
    const text = r.document.getText();
    assert.match(text, /\| \*\*overall\*\* \| \d+ \| \d+\.\d% \| (?:-?\d\.\d{3}|—) \| (?:-?\d\.\d{3}|—) \|/);
    assert.match(text, /\| `replies\/icx-brook\.txt` \| Q2 \| Brookhaven District Council \| \*\*not-held\*\* .* \| \*\*unclear\*\* /);
  });
});
