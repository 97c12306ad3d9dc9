// Coding answers in a real VS Code as a researcher does: the code actions offered in a reply,
// what choosing one writes to the sidecar, one Undo, a dirty sidecar editor left alone on disk,
// a broken sidecar never written, auto-coding that keeps human tags, next untagged question,
// opening the sidecar at an answer and the coverage report. Each test uses its own reply file.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { fixtureUri, openFixture, waitFor } from './helpers';

const REPLY = [
  'From: Records Team <foi@wetherby-vale.example.gov.uk>',
  '',
  'Q1. How many public libraries does the Authority run?',
  'The Council runs 7 public libraries.',
  '',
  'Q2. Does any library open on Sundays?',
  'We do not hold this information.',
  '',
  'Q2a. If so, how many hours in total are they open on a Sunday?',
  'N/A',
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

async function openReply(name: string, text = REPLY): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; sidecar: vscode.Uri }> {
  await write(`replies/${name}.txt`, text);
  const { document, editor } = await openFixture(`replies/${name}.txt`);
  assert.equal(document.languageId, 'foi-reply');
  return { doc: document, editor, sidecar: fixtureUri(`replies/${name}.answers.yaml`) };
}

/** The code actions at a position, once the model has analysed the reply. */
async function actionsAt(doc: vscode.TextDocument, needle: string, length = 0): Promise<vscode.CodeAction[]> {
  const start = doc.positionAt(doc.getText().indexOf(needle));
  const range = new vscode.Range(start, start.translate(0, length));
  return until(async () => {
    const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    return found.some((a) => a.title.startsWith('Mark ') || a.title.startsWith('Tag ')) ? found : undefined;
  }, `code actions at ${needle}`);
}

async function run(actions: vscode.CodeAction[], title: string): Promise<unknown> {
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.command, `no "${title}" in: ${actions.map((a) => a.title).join(' | ')}`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** waitFor for checks that return a value or undefined: the value, never undefined. */
async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs?: number): Promise<T> {
  return (await waitFor(check, what, timeoutMs)) as T;
}

const exists = (uri: vscode.Uri): boolean => existsSync(uri.fsPath);

describe('coding answers with code actions and commands', () => {
  it('offers the coding actions at an answer, the confident suggestion preferred', async () => {
    const { doc } = await openReply('coding-offer');
    const actions = await actionsAt(doc, 'We do not hold');
    const titles = actions.map((a) => a.title);
    for (const t of ['Mark Q2 as not held', 'Mark Q2 as not applicable', 'Mark Q2 as refused…', 'Mark Q2 as signposted', 'Mark Q2 as partial', 'Mark Q2 as unclear']) {
      assert.ok(titles.includes(t), `${t} missing from ${titles.join(' | ')}`);
    }
    // Preferred exactly when its (calibrated) confidence reaches the 0.95 default.
    const accept = actions.find((a) => a.title.startsWith('Accept suggestion: Q2 — not held'));
    const pct = Number(/· (\d+)%$/.exec(accept?.title ?? '')?.[1]);
    assert.ok(accept && accept.isPreferred === pct >= 95, titles.join(' | '));
    assert.ok(titles.some((t) => /^Accept all suggestions in this reply \(\d+\)$/.test(t)));
    // A figure on its own label is right 99 times in 100: preferred.
    const confident = (await actionsAt(doc, '7 public libraries')).find((a) => a.title.startsWith('Accept suggestion: Q1 — answered'));
    assert.ok(confident?.isPreferred, 'the confident Q1 suggestion is the preferred fix');
    const selected = await actionsAt(doc, '7 public libraries', '7 public libraries'.length);
    assert.ok(selected.some((a) => a.title === 'Tag selection as answer to Q1'));
  });

  it('marks a status into a new sidecar, and one Undo in the reply removes it again', async () => {
    const { doc, sidecar } = await openReply('coding-mark');
    assert.ok(!exists(sidecar));
    await run(await actionsAt(doc, 'We do not hold'), 'Mark Q2 as not held');
    const text = await until(async () => (exists(sidecar) ? read(sidecar) : undefined), 'the sidecar to be written');
    assert.match(text, /^# Coded answers for coding-mark\.txt/);
    assert.match(text, /Q2:\n {4}status: not-held\n/);
    assert.match(text, /exact: We do not hold this information\./);
    await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand('foiCoder._undoCoding'), true);
    assert.ok(!exists(sidecar), 'the sidecar the action created is gone after Undo');
  });

  it('undoes only the last action, and not once the reply has been edited', async () => {
    const { doc, editor, sidecar } = await openReply('coding-undo');
    await run(await actionsAt(doc, '7 public libraries', '7 public libraries'.length), 'Tag selection as answer to Q1');
    await waitFor(() => exists(sidecar), 'the sidecar');
    const afterFirst = await read(sidecar);
    assert.match(afterFirst, /Q1:\n {4}status: answered\n {4}value: 7\n/);
    await run(await actionsAt(doc, 'N/A'), 'Mark Q2a as not applicable');
    await waitFor(async () => (await read(sidecar)).includes('Q2a:'), 'Q2a in the sidecar');
    await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand('foiCoder._undoCoding'), true);
    assert.equal(await read(sidecar), afterFirst);
    // Typing in the reply: Ctrl+Z belongs to the typing again.
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
    assert.equal(await vscode.commands.executeCommand('foiCoder._undoCoding'), false);
    assert.equal(await read(sidecar), afterFirst);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('edits an open, clean sidecar through its editor, saves it, and Undo there reverts it in one step', async () => {
    const { doc, sidecar } = await openReply('coding-open');
    await write('replies/coding-open.answers.yaml', '# kept comment\nversion: 1\nanswers:\n  Q1:\n    status: answered\n    value: 7\n    coder: priya\n');
    const sideDoc = await vscode.workspace.openTextDocument(sidecar);
    await vscode.window.showTextDocument(sideDoc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    await run(await actionsAt(doc, 'We do not hold'), 'Mark Q2 as not held');
    await waitFor(() => sideDoc.getText().includes('Q2:'), 'Q2 in the open sidecar');
    assert.ok(!sideDoc.isDirty, 'saved because it was clean');
    const disk = await read(sidecar);
    assert.equal(disk, sideDoc.getText());
    assert.match(disk, /^# kept comment\n/);
    assert.match(disk, /coder: priya/);
    await vscode.window.showTextDocument(sideDoc);
    await vscode.commands.executeCommand('undo');
    assert.ok(!sideDoc.getText().includes('Q2:'), 'one Undo in the sidecar editor removes the answer');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('never writes the disk under a dirty sidecar editor: the edit goes into the editor', async () => {
    const { doc, sidecar } = await openReply('coding-dirty');
    const onDisk = 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 7\n';
    await write('replies/coding-dirty.answers.yaml', onDisk);
    const sideDoc = await vscode.workspace.openTextDocument(sidecar);
    const sideEditor = await vscode.window.showTextDocument(sideDoc, { viewColumn: vscode.ViewColumn.Beside });
    await sideEditor.edit((e) => e.insert(new vscode.Position(0, 0), '# my unsaved note\n'));
    assert.ok(sideDoc.isDirty);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await run(await actionsAt(doc, 'We do not hold'), 'Mark Q2 as not held');
    await waitFor(() => sideDoc.getText().includes('Q2:'), 'Q2 in the dirty sidecar editor');
    assert.ok(sideDoc.getText().startsWith('# my unsaved note\n'), 'the unsaved edit is kept');
    assert.ok(sideDoc.isDirty, 'still unsaved: the user saves');
    assert.equal(await read(sidecar), onDisk, 'the file on disk is untouched');
    await vscode.window.showTextDocument(sideDoc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('leaves a sidecar that does not parse exactly as it is', async () => {
    const broken = 'version: 1\nanswers:\n  Q1:\n    status: [unclosed\n';
    const { doc, sidecar } = await openReply('coding-broken');
    await write('replies/coding-broken.answers.yaml', broken);
    const actions = await actionsAt(doc, 'We do not hold');
    assert.equal(await run(actions, 'Mark Q2 as not held'), false);
    assert.equal(await read(sidecar), broken);
  });

  it('never reads a binary sidecar as empty: its error names the file, coding and Auto-code leave it byte-for-byte', async () => {
    const bytes = new TextEncoder().encode('# by hand\nversion: 1\nanswers:\n  Q1:\n    status: answered\n    coder: priya\n\u0000\n');
    const { doc, sidecar } = await openReply('coding-binary');
    await vscode.workspace.fs.writeFile(sidecar, bytes);
    const diag = await until(() => vscode.languages.getDiagnostics(sidecar).find((d) => /NUL byte/.test(d.message)), 'a NUL-byte error on the sidecar');
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diag.range.start.line, 6, 'at the line of the NUL byte');
    const actions = await actionsAt(doc, 'We do not hold');
    assert.equal(await run(actions, 'Mark Q2 as not held'), false);
    assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...bytes]);
    const summary = await vscode.commands.executeCommand<{ skipped: string[] }>('foiCoder.autoCodeAll');
    assert.ok(summary.skipped.includes('replies/coding-binary.answers.yaml'), JSON.stringify(summary));
    assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...bytes]);
    // Leave the workspace as it was for the tests after this one.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('foiCoder._undoCoding');
    await vscode.workspace.fs.delete(sidecar);
  });

  it('auto-codes this reply without touching a human tag', async () => {
    // Written after the reply is open on purpose: the model may not have seen it yet, and the
    // writer must still decide "untagged" on the sidecar it edits.
    const { sidecar } = await openReply('coding-auto');
    await write('replies/coding-auto.answers.yaml', 'version: 1\nanswers:\n  Q2:\n    status: unclear\n    coder: priya\n');
    await waitFor(async () => (await vscode.commands.executeCommand('foiCoder.autoCodeReply')) === true, 'auto-coding to write', 5000);
    const text = await read(sidecar);
    assert.match(text, /Q1:\n {4}status: answered\n {4}value: 7\n/);
    assert.match(text, /Q2:\n {4}status: unclear\n {4}coder: priya\n/);
    assert.match(text, /coder: auto/);
  });

  it('moves to the next untagged question and opens the sidecar at an answer', async () => {
    await write('replies/coding-nav.answers.yaml', 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 7\n');
    const { doc, editor, sidecar } = await openReply('coding-nav');
    await waitFor(async () => {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('foiCoder.nextUntagged');
      return editor.selection.active.line === 5;
    }, 'the cursor on Q2 (Q1 is coded)');
    assert.equal(doc.lineAt(editor.selection.active.line).text.slice(editor.selection.active.character, editor.selection.active.character + 3), 'Q2.');
    editor.selection = new vscode.Selection(3, 5, 3, 5);
    assert.equal(await vscode.commands.executeCommand('foiCoder.openSidecar'), true);
    const shown = vscode.window.activeTextEditor;
    assert.equal(shown?.document.uri.toString(), sidecar.toString());
    assert.equal(shown?.document.lineAt(shown.selection.start.line).text, '  Q1:');
  });

  it('goes on to another reply with gaps when this one has no untagged question left', async () => {
    await write('replies/coding-done.answers.yaml', 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 7\n  Q2:\n    status: not-held\n  Q2a:\n    status: not-applicable\n');
    const { doc, editor } = await openReply('coding-done');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitFor(async () => {
      await vscode.commands.executeCommand('foiCoder.nextUntagged');
      return vscode.window.activeTextEditor?.document.uri.toString() !== doc.uri.toString();
    }, 'another reply to open');
    const other = vscode.window.activeTextEditor!;
    assert.equal(other.document.languageId, 'foi-reply');
    assert.match(other.document.lineAt(other.selection.active.line).text, /^Q\d/, 'the cursor is on an untagged marker');
  });

  it('auto-codes every reply with a summary, skipping a broken sidecar, and one Undo reverts it all', async () => {
    const broken = 'version: 1\nanswers: [\n';
    const brokenUri = await write('replies/coding-every-broken.answers.yaml', broken);
    await write('replies/coding-every-broken.txt', REPLY);
    const { doc } = await openReply('coding-every');
    const alphaSidecar = fixtureUri('replies/alpha.answers.yaml');
    assert.ok(!exists(alphaSidecar));
    const summary = await vscode.commands.executeCommand<{ answers: number; replies: number; skipped: string[] }>('foiCoder.autoCodeAll');
    assert.ok(summary.answers > 0 && summary.replies > 0, JSON.stringify(summary));
    assert.ok(summary.skipped.includes('replies/coding-every-broken.answers.yaml'), JSON.stringify(summary));
    assert.ok(exists(alphaSidecar), 'alpha.txt was coded');
    assert.match(await read(alphaSidecar), /coder: auto/);
    assert.equal(await read(brokenUri), broken);
    await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand('foiCoder._undoCoding'), true);
    assert.ok(!exists(alphaSidecar), 'Undo removed the sidecars auto-coding created');
  });

  it('accepts every suggestion of the reply with one action', async () => {
    const { doc, sidecar } = await openReply('coding-all');
    const actions = await actionsAt(doc, 'We do not hold');
    const all = actions.find((a) => a.title.startsWith('Accept all suggestions in this reply'));
    assert.ok(all?.command);
    await vscode.commands.executeCommand(all.command.command, ...(all.command.arguments ?? []));
    const text = await until(async () => (exists(sidecar) ? read(sidecar) : undefined), 'the sidecar');
    for (const id of ['Q1', 'Q2']) assert.match(text, new RegExp(`\\n  ${id}:\\n`));
  });

  it('says in the status bar what the reply lacks and what Accept all would write', async () => {
    const text = REPLY.replace('We do not hold this information.', 'No.');
    const { doc, sidecar } = await openReply('coding-status', text);
    type Item = { text: string; tooltip?: string; visible: boolean };
    const status = (): Thenable<Item> => vscode.commands.executeCommand<Item>('foiCoder._replyStatus');
    const first = await until(async () => {
      const s = await status();
      return s.visible && /suggested/.test(s.text) ? s : undefined;
    }, 'the status-bar item of the reply');
    assert.equal(first.text, '$(checklist) 0/3 coded · 3 suggested');
    assert.equal(first.tooltip, ['FOI reply: 0 of 3 questions coded', 'Missing: Q1, Q2, Q2a', '3 of them have a suggested answer', 'Click: go to the next untagged question'].join('\n'));
    // Q2 coded No routes Q2a out: it is no longer counted, but its "N/A" is still suggested, so
    // Accept all would write one more than the one missing answer with a suggestion.
    const atNo = await actionsAt(doc, 'No.');
    const accept = atNo.find((a) => a.title.startsWith('Accept suggestion: Q2 — answered'));
    assert.ok(accept, atNo.map((a) => a.title).join(' | '));
    await run(atNo, accept.title);
    await waitFor(async () => exists(sidecar) && /Q2:\n {4}status: answered\n {4}value: No\n/.test(await read(sidecar)), 'Q2 = No in the sidecar');
    const after = await until(async () => {
      const s = await status();
      return s.text.startsWith('$(checklist) 1/2') ? s : undefined;
    }, 'the item to count Q2 and route Q2a out');
    assert.equal(after.text, '$(checklist) 1/2 coded · 1 suggested');
    assert.equal(after.tooltip, [
      'FOI reply: 1 of 2 questions coded',
      'Missing: Q1',
      '1 of them have a suggested answer',
      'Accept all would write 2 suggestions: 1 more for headings or questions not required here',
      '1 not required here (routing or headings)',
      'Click: go to the next untagged question',
    ].join('\n'));
    // Any other file hides it.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('notes.txt')));
    await until(async () => ((await status()).visible ? undefined : true), 'the item to hide');
  });

  it('shows the coverage report in an editor', async () => {
    await openReply('coding-report');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('foiCoder.showReport');
    assert.ok(doc);
    assert.match(doc.getText(), /FOI coverage report/);
    assert.match(doc.getText(), /Total \(\d+ councils?\)/);
  });
});
