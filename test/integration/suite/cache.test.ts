// The coverage view across sessions, in a real VS Code: the workspace index's cache in the
// extension's storage lets the next window read nothing that is unchanged and show the same
// tree, a sidecar changed on disk while VS Code was closed is seen at once, and a damaged cache
// is ignored. A "new window" is WorkspaceModel.restart(): the cache is saved, the index
// forgotten, files changed (`between`), and the folder read again from the real storage.
// Rows are checked right after the restart, before the file watcher's batch (300 ms) could
// repair anything the cache got wrong.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { FoiCoderApi } from '../../../src/extension/extension';
import type { TreeRow } from '../../../src/extension/treeFeatures';
import { EXTENSION_ID, fixtureUri, waitFor } from './helpers';

const REPLY = 'From: Oakmere Parish Council\n\nQ1. How many public libraries does the Authority run?\nThe Council runs 3 public libraries.\n\nQ2. Does any library open on Sundays?\nNo.\n';
const sidecar = (q2: string) => `version: 1\ncouncil: Oakmere Cache Council\nanswers:\n  Q1:\n    status: answered\n    value: 3\n  Q2:\n${q2}`;

function rows(parent?: string): Promise<TreeRow[]> {
  return Promise.resolve(vscode.commands.executeCommand<TreeRow[]>('foiCoder._coverageTreeItems', parent));
}

/** Every council row and every row under it: what a person can see in the view. */
async function wholeTree(): Promise<TreeRow[]> {
  const out: TreeRow[] = [];
  for (const council of await rows()) out.push(council, ...(await rows(council.id)));
  return out;
}

describe('coverage view across sessions (index cache)', () => {
  let api: FoiCoderApi;
  const oakmere = (): Promise<TreeRow | undefined> => rows().then((r) => r.find((x) => x.label === 'Oakmere Cache Council'));
  const index = () => api.workspace.folders()[0]!.index;

  before(async () => {
    const ext = vscode.extensions.getExtension<FoiCoderApi>(EXTENSION_ID);
    assert.ok(ext);
    await waitFor(() => ext.isActive, 'the extension to activate');
    api = ext.exports;
    await vscode.commands.executeCommand('foiCoder.groupByCouncil');
    await vscode.commands.executeCommand('foiCoder.showAll');
    writeFileSync(fixtureUri('replies/cache-oakmere.txt').fsPath, REPLY);
    writeFileSync(fixtureUri('replies/cache-oakmere.answers.yaml').fsPath, sidecar('    status: answered\n    value: "no"\n'));
    await waitFor(oakmere, 'Oakmere in the tree', 15_000);
  });

  it('keeps the cache in the extension\'s storage, not in the workspace', async () => {
    await api.workspace.restart();
    const file = api.workspace.cacheFile(vscode.workspace.workspaceFolders![0]!);
    assert.ok(file && existsSync(file), `no cache file at ${file}`);
    assert.ok(!file.startsWith(vscode.workspace.workspaceFolders![0]!.uri.fsPath), `${file} is inside the workspace`);
    assert.match(readFileSync(file, 'utf8'), /Oakmere Cache Council/);
  });

  it('a new window reads no unchanged reply or sidecar, and shows exactly the same tree', async () => {
    await api.workspace.restart();
    const before = await wholeTree();
    await api.workspace.restart();
    const stats = index().stats;
    assert.equal(stats.replyReads, 0, 'replies read');
    assert.equal(stats.sidecarReads, 0, 'sidecars read');
    assert.equal(stats.cachedReplies, index().replies().length);
    assert.ok(stats.cachedSidecars >= 1);
    assert.deepEqual(await wholeTree(), before);
  });

  it('sees a sidecar changed on disk while VS Code was closed, at once', async () => {
    await api.workspace.restart(async () => {
      writeFileSync(fixtureUri('replies/cache-oakmere.answers.yaml').fsPath, sidecar('    status: refused\n    exemption: s12\n'));
    });
    const row = await oakmere();
    assert.ok(row);
    assert.match(row.description, /refused/);
    const q2 = (await rows(row.id)).find((r) => r.label === 'Q2');
    assert.match(q2?.description ?? '', /refused/);
    assert.equal(index().stats.sidecarReads, 1, 'only the changed sidecar is read');
  });

  it('shows a reply added while VS Code was closed, once the search the cache skipped has run', async () => {
    await api.workspace.restart(async () => {
      writeFileSync(fixtureUri('replies/cache-rushbrook.txt').fsPath, REPLY.replace(/Oakmere Parish/g, 'Rushbrook Parish'));
      writeFileSync(fixtureUri('replies/cache-rushbrook.answers.yaml').fsPath, sidecar('    status: not-held\n').replace('Oakmere Cache', 'Rushbrook Cache'));
    });
    const row = (await waitFor(async () => (await rows()).find((r) => r.label === 'Rushbrook Cache Council'), 'Rushbrook in the tree', 10_000)) as TreeRow;
    assert.match(row.description, /not held/);
  });

  it('ignores a damaged cache and reads the workspace', async () => {
    await api.workspace.restart();
    const before = await wholeTree();
    await api.workspace.restart(async () => {
      writeFileSync(api.workspace.cacheFile(vscode.workspace.workspaceFolders![0]!)!, '{"format":"foi-coder-index-cache","version":1,"replies":[{"pa');
    });
    assert.equal(index().stats.cachedReplies, 0);
    assert.ok(index().stats.replyReads > 0);
    assert.deepEqual(await wholeTree(), before);
  });
});
