// FOI: Import Replies… in a real VS Code: a WhatDoTheyKnow-style zip (built here from fictional
// text, with PDF and Word attachments and a hostile entry) is imported by the command — the paths
// given as its argument, as a drop on the coverage view gives them — and the councils appear in
// the coverage view; the hover on a question in an imported reply says which attachment page it
// is on. The pickers themselves are VS Code's; the command is driven past them with arguments.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../../src/import/types';
import type { TreeRow } from '../../../src/extension/treeFeatures';
import { makeBatchZip } from '../../support/importFixtures';
import { fixtureUri, openFixture, waitFor } from './helpers';

const COUNCILS = ['Castlebridge District Council', 'Eldon Vale Council', 'Northmere Borough Council'];

function rows(parent?: string): Promise<TreeRow[]> {
  return Promise.resolve(vscode.commands.executeCommand<TreeRow[]>('foiCoder._coverageTreeItems', parent));
}

describe('import replies', function () {
  this.timeout(120_000);
  let result: ImportResult | undefined;

  before(async () => {
    await vscode.commands.executeCommand('foiCoder.groupByCouncil');
    await vscode.commands.executeCommand('foiCoder.showAll');
    const dir = mkdtempSync(path.join(tmpdir(), 'foi-it-import-'));
    const zip = path.join(dir, 'crm-batch.zip');
    writeFileSync(zip, makeBatchZip({ hostile: true }));
    result = await vscode.commands.executeCommand<ImportResult>('foiCoder.importReplies', { sources: [zip] });
  });

  after(async () => {
    // Leave the shared fixture workspace as the other suites expect it.
    for (const rel of ['correspondence', 'replies/.foi-import.json']) {
      await vscode.workspace.fs.delete(fixtureUri(rel), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    for (const c of COUNCILS) {
      const slug = c.toLowerCase().replace(/ /g, '-');
      for (const f of [`replies/${slug}.txt`, `replies/${slug}.answers.yaml`]) await vscode.workspace.fs.delete(fixtureUri(f)).then(undefined, () => undefined);
    }
    await vscode.commands.executeCommand('foiCoder.refresh');
  });

  it('imports one reply per council from the zip and reports the hostile entry', () => {
    assert.ok(result, 'the command returned its result');
    assert.deepEqual(result.imported.map((i) => i.council), COUNCILS);
    assert.deepEqual(result.errors.map((e) => e.source), ['crm-batch.zip:../outside.txt']);
    assert.equal(result.skipped.filter((s) => /acknowledgement|the request/.test(s.reason)).length, 6);
  });

  it('shows the imported councils in the coverage view', async () => {
    const labels = await waitFor(async () => {
      const all = (await rows()).map((r) => r.label);
      return COUNCILS.every((c) => all.includes(c)) ? all : undefined;
    }, 'the three imported councils in the coverage view', 20_000);
    for (const c of COUNCILS) assert.ok(labels?.includes(c), c);
    const castle = (await rows()).find((r) => r.label === 'Castlebridge District Council')!;
    assert.match(castle.description, /^0\/\d+/, 'nothing coded yet');
  });

  it('says in the hover of a question which attachment page it is on', async () => {
    const { document } = await openFixture('replies/castlebridge-district-council.txt');
    const text = document.getText();
    const q3 = text.indexOf('Q3. What was the annual cost');
    assert.ok(q3 > text.indexOf('=== FOI 1000 Response.pdf · page 2 ==='), 'Q3 is on page 2');
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(q3 + 1));
      return h && h.length > 0 ? h : undefined;
    }, 'a hover on Q3');
    const md = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(md, /Imported from\*\* page 2 of FOI 1000 Response\\?\.pdf/);
    assert.match(md, /received 2026-01-28/);
    assert.match(md, /source crm\\?-batch\\?\.zip/);
  });
});
