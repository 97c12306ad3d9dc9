// The in-editor features of a reply, used as a researcher would in a real VS Code: the hover
// on a marker, folding per question, diagnostics for a broken sidecar, a stale quote and an
// unknown id with their quick fixes, snippets only in the right YAML files, and "Treat This
// File as an FOI Reply". Each test writes its own files into the throw-away workspace copy.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { fixtureUri, openFixture, waitFor } from './helpers';

const REPLY = [
  'From: Records Team <foi@edgecombe.example.gov.uk>',
  '',
  'Q1. How many public libraries does the Authority run?',
  'The Council runs 6 public libraries.',
  '',
  'Q2. Does any library open on Sundays?',
  'No.',
  '',
  'Q7. A question nobody asked',
  'Something.',
  '',
  'Yours sincerely,',
  'Records Team',
  '',
].join('\n');

async function write(relPath: string, text: string): Promise<vscode.Uri> {
  const uri = fixtureUri(relPath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** waitFor for checks that return a value once ready (undefined until then). */
async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs?: number): Promise<T> {
  return (await waitFor(check, what, timeoutMs)) as T;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function diagnosticsWith(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.code === code);
}

async function openReply(relPath: string, text: string): Promise<vscode.TextDocument> {
  await write(relPath, text);
  const { document } = await openFixture(relPath);
  assert.equal(document.languageId, 'foi-reply');
  return document;
}

describe('editor features of a reply', () => {
  it('shows the question, its type and the suggestion when hovering a marker', async () => {
    const doc = await openReply('replies/editor-hover.txt', REPLY);
    const at = doc.positionAt(REPLY.indexOf('Q2.') + 1);
    const text = await until(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const t = hoverText(hovers);
      return t.includes('Sundays') ? t : undefined;
    }, 'a hover on Q2');
    assert.match(text, /### Q2/);
    assert.match(text, /yes-no/);
    assert.match(text, /Tag:\*\* none yet/);
    assert.match(text, /Suggestion:\*\* answered/);
    // A number shows with its unit, as in the coverage view.
    const q1 = await until(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(REPLY.indexOf('Q1.') + 1));
      const t = hoverText(hovers);
      return t.includes('### Q1') ? t : undefined;
    }, 'a hover on Q1');
    assert.match(q1, /value `6 libraries`/);
  });

  it('folds each question block', async () => {
    const doc = await openReply('replies/editor-folding.txt', REPLY);
    const ranges = await until(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r.some((x) => x.start === 2) ? r : undefined;
    }, 'folding ranges');
    assert.ok(ranges.some((r) => r.start === 2 && r.end === 3), JSON.stringify(ranges));
    assert.ok(ranges.some((r) => r.start === 5 && r.end === 6), JSON.stringify(ranges));
  });

  it('reports an unknown id at its marker and adds it to the questionnaire on request', async () => {
    const doc = await openReply('replies/editor-unknown.txt', REPLY);
    const [d] = await until(() => {
      const found = diagnosticsWith(doc.uri, 'unknown-id');
      return found.length > 0 ? found : undefined;
    }, 'an unknown-id diagnostic');
    assert.equal(d!.range.start.line, 8);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d!.range);
    const add = actions.find((a) => a.title.includes('Add Q7 to the questionnaire'));
    assert.ok(add?.command, actions.map((a) => a.title).join(', '));
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const questionnaire = vscode.workspace.textDocuments.find((t) => t.uri.path.endsWith('/foi-questionnaire.yaml'));
    assert.ok(questionnaire);
    assert.match(questionnaire.getText(), /- id: Q7\n/);
    await waitFor(() => diagnosticsWith(doc.uri, 'unknown-id').length === 0, 'the unknown-id diagnostic to go');
    // Leave the shared questionnaire as the other suites expect it.
    await vscode.commands.executeCommand('workbench.action.files.revert', questionnaire.uri);
  });

  it('shows where a sidecar is broken, on the sidecar', async () => {
    await write('replies/editor-broken.answers.yaml', 'version: 1\nanswers:\n  Q1:\n    status: maybe\n');
    await openReply('replies/editor-broken.txt', REPLY);
    const sidecar = fixtureUri('replies/editor-broken.answers.yaml');
    const errors = await until(() => {
      const found = vscode.languages.getDiagnostics(sidecar).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
      return found.length > 0 ? found : undefined;
    }, 'sidecar diagnostics');
    assert.ok(errors.some((e) => e.range.start.line === 3), errors.map((e) => `${e.range.start.line}: ${e.message}`).join('; '));
  });

  it('picks up a sidecar changed outside VS Code (a git checkout) within a second or two', async () => {
    const sidecar = await write('replies/editor-external.answers.yaml', 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 6\n');
    await openReply('replies/editor-external.txt', REPLY);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(vscode.languages.getDiagnostics(sidecar).filter((x) => x.severity === vscode.DiagnosticSeverity.Error).length, 0);
    const started = Date.now();
    writeFileSync(sidecar.fsPath, 'version: 1\nanswers:\n  Q1:\n    status: perhaps\n');
    await waitFor(() => vscode.languages.getDiagnostics(sidecar).some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'the broken sidecar to be noticed', 5000);
    console.log(`      (noticed an external sidecar change in ${Date.now() - started} ms)`);
  });

  it('reports a stale quote and re-anchors it with the quick fix', async () => {
    const sidecarText = [
      'version: 1',
      'answers:',
      '  Q1:',
      '    status: answered',
      '    value: 6',
      '    quote:',
      '      exact: "The Council runs 6 public libraries."',
      '      start: 106',
      '      end: 142',
      '',
    ].join('\n');
    const sidecar = await write('replies/editor-stale.answers.yaml', sidecarText);
    const doc = await openReply('replies/editor-stale.txt', REPLY.replace('The Council runs 6 public libraries.', 'Six public libraries are run by the Council today.'));
    const [d] = await until(() => {
      const found = diagnosticsWith(doc.uri, 'stale-quote');
      return found.length > 0 ? found : undefined;
    }, 'a stale-quote diagnostic on the reply');
    assert.equal(diagnosticsWith(sidecar, 'stale-quote')[0]?.range.start.line, 6);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d!.range);
    const fix = actions.find((a) => a.title.startsWith('Re-anchor the quote of Q1'));
    assert.ok(fix?.command, actions.map((a) => a.title).join(', '));
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const after = await until(async () => {
      const t = await read(sidecar);
      return t.includes('Council today') || t.includes('public libraries are run') ? t : undefined;
    }, 'the sidecar quote to be rewritten');
    assert.match(after, /status: answered/);
    await waitFor(() => diagnosticsWith(doc.uri, 'stale-quote').length === 0, 'the stale-quote diagnostic to go');
  });

  it('offers sidecar snippets in a sidecar and questionnaire snippets only in the questionnaire', async () => {
    const sidecar = await write('replies/editor-snippets.answers.yaml', 'version: 1\nanswers:\n  \n');
    const doc = await vscode.workspace.openTextDocument(sidecar);
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', sidecar, new vscode.Position(2, 2));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('foi-answer'), labels.join(', '));
    assert.ok(!labels.includes('foi-question'));
  });

  it('treats a file as a reply on request', async () => {
    const uri = await write('editor-letter.txt', REPLY);
    const { document } = await openFixture('editor-letter.txt');
    assert.equal(document.languageId, 'plaintext');
    await vscode.commands.executeCommand('foiCoder.treatAsReply');
    await waitFor(() => vscode.workspace.textDocuments.find((t) => t.uri.toString() === uri.toString())?.languageId === 'foi-reply', 'the reply language');
  });
});
