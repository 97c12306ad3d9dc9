// The coverage dashboard and the consistency checks in a real VS Code: a failed rule appears in
// the Problems (on the answer in the sidecar and on its quote in the reply); the dashboard opens
// as a webview, draws a cell per council × question with the coverage states, and a click on a
// cell — a real DOM click in the page, sent to the extension as a message — opens the reply at
// the answer's quote.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { fixtureUri, waitFor } from './helpers';

const REPLY = [
  'From: Records Team <foi@dashford.example.gov.uk>',
  '',
  'Q1. How many public libraries does the Authority run?',
  'We run 7 libraries.',
  '',
  'Q2. Does any library open on Sundays?',
  'Yes.',
  '',
  'Q2a. If so, how many hours in total are they open on a Sunday?',
  'They are open for 200 hours in total.',
  '',
].join('\n');
const QUOTE_LINE = 9; // 0-based line of the Q2a quote

const SIDECAR = `version: 1
council: Dashford Council
answers:
  Q1:
    status: answered
    value: 7
    quote:
      exact: We run 7 libraries.
  Q2:
    status: answered
    value: "Yes"
  Q2a:
    status: answered
    value: 200
    quote:
      exact: They are open for 200 hours in total.
`;

interface DrawnCell {
  council: string;
  question: string;
  status: string;
}

async function write(relPath: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(relPath), new TextEncoder().encode(text));
}

const CHECKS = `checks:
  - rule: Q2a <= Q1 * 24
    message: no library opens more than 24 hours on a Sunday
`;

describe('coverage dashboard and consistency checks', function () {
  this.timeout(60_000);
  let questionnaire: string;

  before(async () => {
    // The shared fixture questionnaire gets a rule for this suite only.
    questionnaire = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('foi-questionnaire.yaml')));
    await write('foi-questionnaire.yaml', questionnaire + CHECKS);
    await write('replies/dashford.txt', REPLY);
    await write('replies/dashford.answers.yaml', SIDECAR);
    await vscode.commands.executeCommand('foiCoder.refresh');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of ['replies/dashford.txt', 'replies/dashford.answers.yaml']) await vscode.workspace.fs.delete(fixtureUri(f));
    await write('foi-questionnaire.yaml', questionnaire);
    await vscode.commands.executeCommand('foiCoder.refresh');
  });

  it('shows a failed rule as an error in the Problems, on the sidecar’s value and on the quote in the reply', async () => {
    const onSidecar = await waitFor(() => vscode.languages.getDiagnostics(fixtureUri('replies/dashford.answers.yaml')).find((d) => d.code === 'check-rule'), 'the check-rule problem on the sidecar', 20_000) as vscode.Diagnostic;
    assert.equal(onSidecar.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(onSidecar.message, 'no library opens more than 24 hours on a Sunday: Q2a <= Q1 * 24 (Q2a = 200, Q1 * 24 = 168)');
    assert.equal(onSidecar.range.start.line, SIDECAR.split('\n').indexOf('    value: 200'), 'at Q2a’s value');
    const onReply = await waitFor(() => vscode.languages.getDiagnostics(fixtureUri('replies/dashford.txt')).find((d) => d.code === 'check-rule'), 'the check-rule problem on the reply') as vscode.Diagnostic;
    assert.equal(onReply.range.start.line, QUOTE_LINE);

    // Fixing the value clears the problem.
    await write('replies/dashford.answers.yaml', SIDECAR.replace('value: 200', 'value: 20'));
    await waitFor(() => !vscode.languages.getDiagnostics(fixtureUri('replies/dashford.answers.yaml')).some((d) => d.code === 'check-rule'), 'the problem to go once the value is fixed', 20_000);
    await write('replies/dashford.answers.yaml', SIDECAR);
    await waitFor(() => vscode.languages.getDiagnostics(fixtureUri('replies/dashford.answers.yaml')).some((d) => d.code === 'check-rule'), 'the problem back', 20_000);
  });

  it('opens the dashboard with a cell per council × question in the coverage state', async () => {
    assert.equal(await vscode.commands.executeCommand('foiCoder.showDashboard'), true);
    const cells = await waitFor(async () => {
      const drawn = await vscode.commands.executeCommand<DrawnCell[]>('foiCoder._dashboardCells');
      return drawn.some((c) => c.council === 'Dashford Council') ? drawn : undefined;
    }, 'the dashboard to draw Dashford Council', 20_000) as DrawnCell[];
    const dashford = cells.filter((c) => c.council === 'Dashford Council');
    assert.deepEqual(dashford.map((c) => [c.question, c.status]), [['Q1', 'answered'], ['Q2', 'answered'], ['Q2a', 'answered']]);
    const councils = new Set(cells.map((c) => c.council));
    assert.equal(cells.length, councils.size * 3, 'three questions for every council');
    assert.ok(cells.some((c) => c.status === 'missing'), 'uncoded replies show missing cells');
  });

  it('a click on a cell opens the reply beside it at the answer’s quote', async () => {
    await vscode.commands.executeCommand('foiCoder.showDashboard');
    const result = await vscode.commands.executeCommand<{ found: boolean; opened: boolean }>('foiCoder._dashboardClick', 'Dashford Council', 'Q2a');
    assert.deepEqual(result, { found: true, opened: true });
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('/replies/dashford.txt') ? e : undefined;
    }, 'the reply to be the active editor') as vscode.TextEditor;
    assert.equal(editor.selection.start.line, QUOTE_LINE);
    assert.equal(editor.document.getText(editor.selection), 'They are open for 200 hours in total.');
    const clickQ1 = await vscode.commands.executeCommand<{ found: boolean; opened: boolean }>('foiCoder._dashboardClick', 'Dashford Council', 'Q1');
    assert.deepEqual(clickQ1, { found: true, opened: true });
    await waitFor(() => vscode.window.activeTextEditor?.selection.start.line === 3, 'the Q1 quote on line 4');
    const missing = await vscode.commands.executeCommand<{ found: boolean }>('foiCoder._dashboardClick', 'No Such Council', 'Q1');
    assert.equal(missing.found, false);
  });
});
