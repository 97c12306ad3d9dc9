// The coverage tree in a real VS Code, as a researcher uses it: councils with coded/asked and
// their answers, updates after a change made outside VS Code, a burst of new files (a checkout),
// grouping by question, the gaps filter, and a click revealing the quote in the reply (or the
// sidecar when the quote is stale, or the marker of a question not coded yet).
// The rows are read through the internal command `foiCoder._coverageTreeItems`, which returns
// exactly what the tree provider hands to VS Code.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { TreeRow } from '../../../src/extension/treeFeatures';
import { fixtureUri, waitFor } from './helpers';


const REPLY = [
  'From: Records Team <foi@brookmere.example.gov.uk>',
  '',
  'Q1. How many public libraries does the Authority run?',
  'The Council runs 7 public libraries.',
  '',
  'Q2. Does any library open on Sundays?',
  'We do not hold this information.',
  '',
  'Q2a. If so, how many hours in total are they open on a Sunday?',
  'Not recorded.',
  '',
].join('\n');

function sidecar(council: string, answers: string): string {
  return `version: 1\ncouncil: ${council}\nanswers:\n${answers}`;
}

const Q1 = '  Q1:\n    status: answered\n    value: 7\n    quote:\n      exact: The Council runs 7 public libraries.\n';
const Q2 = '  Q2:\n    status: not-held\n';

async function write(relPath: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(relPath), new TextEncoder().encode(text));
}

function rows(parent?: string): Promise<TreeRow[]> {
  return Promise.resolve(vscode.commands.executeCommand<TreeRow[]>('foiCoder._coverageTreeItems', parent));
}

async function councilRow(label: string, description?: string): Promise<TreeRow> {
  return (await waitFor(async () => (await rows()).find((r) => r.label === label && (description === undefined || r.description === description)), `council "${label}"${description ? ` with "${description}"` : ''}`)) as TreeRow;
}

async function answerRow(council: TreeRow, id: string): Promise<TreeRow> {
  const found = (await rows(council.id)).find((r) => r.label === id);
  assert.ok(found, `${id} under ${council.label}`);
  return found;
}

function activeEditor(): vscode.TextEditor {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is active');
  return editor;
}

async function click(row: TreeRow): Promise<unknown> {
  assert.ok(row.command, `${row.label} has a click command`);
  return vscode.commands.executeCommand(row.command.command, ...row.command.arguments);
}

describe('coverage tree', () => {
  before(async () => {
    await vscode.commands.executeCommand('foiCoder.groupByCouncil');
    await vscode.commands.executeCommand('foiCoder.showAll');
    await write('replies/tree-brookmere.txt', REPLY);
    await write('replies/tree-brookmere.answers.yaml', sidecar('Brookmere Tree Council', Q1 + Q2));
  });

  it('shows a council as coded/asked with what is not held and missing, and its answers', async () => {
    const council = await councilRow('Brookmere Tree Council', '2/3 · 1 not held · 1 missing');
    assert.equal(council.contextValue, 'council');
    assert.equal(council.icon, 'circle-large-outline');
    assert.ok(council.collapsible);
    const answers = await rows(council.id);
    assert.deepEqual(
      answers.map((r) => [r.label, r.description, r.contextValue]),
      [
        ['Q1', '7 libraries', 'answer.answered'],
        ['Q2', 'not held', 'answer.not-held'],
        ['Q2a', 'missing', 'answer.missing'],
      ],
    );
    assert.ok(new Set([council.id, ...answers.map((r) => r.id)]).size === 4, 'ids are unique');
  });

  it('gives every file of a council with a reply and an internal review the council\'s badge in the explorer', async () => {
    await write('replies/tree-fenwold.txt', REPLY);
    await write('replies/tree-fenwold.internal-review.txt', 'Internal review\n\nQ2a. Not recorded: the libraries do not open on Sundays.\n');
    const q2a = '  Q2a:\n    status: not-held\n';
    await write('replies/tree-fenwold.answers.yaml', sidecar('Fenwold Tree Council', Q1 + Q2));
    await write('replies/tree-fenwold.internal-review.answers.yaml', sidecar('Fenwold Tree Council', q2a));
    await councilRow('Fenwold Tree Council', '3/3 · 2 not held');
    const badge = (file: string) => vscode.commands.executeCommand<{ badge?: string; tooltip?: string } | undefined>('foiCoder._fileBadge', fixtureUri(file));
    for (const file of ['replies/tree-fenwold.txt', 'replies/tree-fenwold.internal-review.txt']) {
      const d = await waitFor(async () => ((await badge(file))?.badge === '✓' ? await badge(file) : undefined), `✓ badge on ${file}`);
      assert.match(String(d?.tooltip), /Fenwold Tree Council, 2 files\): all 3 questions coded/);
    }
    // A council with one file keeps its own count: Brookmere misses Q2a.
    assert.equal((await badge('replies/tree-brookmere.txt'))?.badge, '1');
  });

  it('reveals the quote of an answer in the reply when it is clicked', async () => {
    const council = await councilRow('Brookmere Tree Council');
    assert.equal(await click(await answerRow(council, 'Q1')), true);
    const editor = activeEditor();
    assert.ok(editor.document.uri.path.endsWith('/replies/tree-brookmere.txt'));
    assert.equal(editor.document.getText(editor.selection), 'The Council runs 7 public libraries.');
  });

  it('opens the reply at the marker of a question not coded yet', async () => {
    const council = await councilRow('Brookmere Tree Council');
    assert.equal(await click(await answerRow(council, 'Q2a')), true);
    const editor = activeEditor();
    assert.ok(editor.document.uri.path.endsWith('/replies/tree-brookmere.txt'));
    assert.equal(editor.selection.start.line, 8);
    assert.match(editor.document.getText(editor.selection), /^Q2a/);
  });

  it('follows a sidecar changed outside VS Code within a second or two', async () => {
    const t0 = Date.now();
    await write('replies/tree-brookmere.answers.yaml', sidecar('Brookmere Tree Council', Q1 + Q2 + '  Q2a:\n    status: not-held\n'));
    const council = await councilRow('Brookmere Tree Council', '3/3 · 2 not held');
    console.log(`      (tree followed an external sidecar change in ${Date.now() - t0} ms)`);
    assert.equal(council.contextValue, 'council.complete');
    assert.equal(council.icon, 'pass-filled');
  });

  it('opens the sidecar at an answer whose quote is stale, instead of a wrong place in the reply', async () => {
    const stale = '  Q1:\n    status: answered\n    value: 9\n    quote:\n      exact: Nine branch libraries and a mobile service across the county.\n';
    await write('replies/tree-brookmere.answers.yaml', sidecar('Brookmere Tree Council', stale + Q2));
    const council = await councilRow('Brookmere Tree Council', '2/3 · 1 not held · 1 missing');
    assert.equal(await click(await answerRow(council, 'Q1')), false);
    const editor = activeEditor();
    assert.ok(editor.document.uri.path.endsWith('/replies/tree-brookmere.answers.yaml'), editor.document.uri.path);
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^\s*Q1:/);
  });

  it('follows coding from the editor, and the council row opens its sidecar', async () => {
    await write('replies/tree-coding.txt', REPLY);
    await write('replies/tree-coding.answers.yaml', sidecar('Coding Tree Council', Q1 + Q2));
    await councilRow('Coding Tree Council', '2/3 · 1 not held · 1 missing');
    const reply = fixtureUri('replies/tree-coding.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reply));
    const t0 = Date.now();
    assert.equal(await vscode.commands.executeCommand('foiCoder.markStatus', { uri: reply.toString(), id: 'Q2a', status: 'unclear' }), true);
    const council = await councilRow('Coding Tree Council', '3/3 · 1 not held · 1 unclear');
    console.log(`      (tree showed a coded answer ${Date.now() - t0} ms after the action)`);
    assert.equal((await answerRow(council, 'Q2a')).contextValue, 'answer.unclear');
    // The inline "Open Sidecar" button of a council row passes the row's element itself.
    const element = { kind: 'council', key: council.id, folder: '', council: council.label, uri: fixtureUri('replies/tree-coding.answers.yaml') };
    assert.equal(await vscode.commands.executeCommand('foiCoder.openSidecar', element), true);
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('/replies/tree-coding.answers.yaml'));
  });

  it('groups by question, and filters to the gaps', async () => {
    try {
      await vscode.commands.executeCommand('foiCoder.groupByQuestion');
      const questions = await rows();
      assert.deepEqual(questions.map((r) => r.label), ['Q1', 'Q2', 'Q2a']);
      assert.match(questions[0]!.description, /^\d+\/\d+ coded( · \d+ unclear)?( · \d+ missing)?$/);
      const q2a = questions[2]!;
      const councils = await rows(q2a.id);
      const brookmere = councils.find((r) => r.label === 'Brookmere Tree Council');
      assert.equal(brookmere?.description, 'missing');
      await vscode.commands.executeCommand('foiCoder.showGapsOnly');
      for (const q of await rows()) {
        for (const c of await rows(q.id)) assert.ok(['answer.missing', 'answer.unclear', 'answer.unreadable'].includes(c.contextValue), `${q.label} · ${c.label}: ${c.contextValue}`);
      }
      await vscode.commands.executeCommand('foiCoder.groupByCouncil');
      const gaps = await rows();
      assert.ok(gaps.every((r) => r.contextValue === 'council'), 'complete councils are hidden');
      const only = await rows((await councilRow('Brookmere Tree Council')).id);
      assert.deepEqual(only.map((r) => r.label), ['Q2a']);
    } finally {
      await vscode.commands.executeCommand('foiCoder.groupByCouncil');
      await vscode.commands.executeCommand('foiCoder.showAll');
    }
  });

  it('re-reads the workspace when the reply globs change', async () => {
    const conf = vscode.workspace.getConfiguration('foiCoder');
    await write('letters/tree-letter.txt', REPLY);
    await write('letters/tree-letter.answers.yaml', sidecar('Letter Tree Council', Q1));
    try {
      await conf.update('replyGlobs', ['**/*.reply.txt', '**/replies/**/*.txt', 'letters/*.txt'], vscode.ConfigurationTarget.Workspace);
      const letter = await councilRow('Letter Tree Council', '1/3 · 2 missing');
      assert.equal(letter.icon, 'circle-large-outline');
    } finally {
      await conf.update('replyGlobs', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => !(await rows()).some((r) => r.label === 'Letter Tree Council'), 'the letter to leave the tree with the setting');
    await councilRow('Brookmere Tree Council');
  });

  it('takes in a burst of new replies (a git checkout) at once', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Burst Council ${String(i + 1).padStart(2, '0')}`);
    const t0 = Date.now();
    await Promise.all(
      names.flatMap((name, i) => [write(`replies/burst/b${i}.txt`, REPLY), write(`replies/burst/b${i}.answers.yaml`, sidecar(name, Q1 + Q2))]),
    );
    await waitFor(async () => (await rows()).filter((r) => r.label.startsWith('Burst Council ')).length === names.length, 'all 40 new councils');
    console.log(`      (40 new replies shown in ${Date.now() - t0} ms)`);
    const last = await councilRow('Burst Council 40');
    assert.equal(last.description, '2/3 · 1 not held · 1 missing');
  });
});
