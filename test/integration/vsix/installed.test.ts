// The packaged .vsix, installed into a clean code-server (no development extension of ours),
// works as a researcher would use it: it is the installed copy that runs, it activates in a
// workspace with a questionnaire, replies get their language, every contributed command has
// a handler in the minified bundle, and an answer can be coded with a code action alone, the
// sidecar and the coverage tree following.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, openFixture, waitFor } from '../suite/helpers';

interface TreeRow {
  id: string;
  label: string;
  description: string;
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext;
}

async function councilRow(): Promise<TreeRow | undefined> {
  const rows = await vscode.commands.executeCommand<TreeRow[]>('foiCoder._coverageTreeItems');
  return rows.find((r) => /alphaford/i.test(r.label));
}

describe('the packaged .vsix, installed', () => {
  it('is the installed copy from the extensions folder, not a development one', () => {
    const ext = extension();
    const dir = process.env.FOI_VSIX_EXTENSIONS_DIR;
    assert.ok(dir, 'FOI_VSIX_EXTENSIONS_DIR is not set: run through scripts/vscode-host/vsix-test.mjs');
    assert.ok(ext.extensionPath.startsWith(dir), `${ext.extensionPath} is not under ${dir}`);
    assert.ok(existsSync(join(ext.extensionPath, 'dist', 'extension.js')));
    assert.ok(!existsSync(join(ext.extensionPath, 'src')), 'sources shipped in the .vsix');
    assert.ok(!existsSync(join(ext.extensionPath, 'node_modules')), 'node_modules shipped in the .vsix');
    assert.doesNotMatch(readFileSync(join(ext.extensionPath, 'dist', 'extension.js'), 'utf8'), /sourceMappingURL=/, 'a development bundle was packaged');
  });

  it('ships the JSON Schemas it contributes to YAML editors, as valid JSON', () => {
    const ext = extension();
    const contributed = (ext.packageJSON as { contributes: { yamlValidation: { fileMatch: string; url: string }[] } }).contributes.yamlValidation;
    assert.deepEqual(contributed.map((c) => c.fileMatch), ['foi-questionnaire.yaml', '*.answers.yaml']);
    for (const { url } of contributed) {
      const file = join(ext.extensionPath, url);
      assert.ok(existsSync(file), `${url} is not in the .vsix`);
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string; properties: Record<string, unknown> };
      assert.match(schema.$schema, /json-schema\.org/);
      assert.ok(Object.keys(schema.properties).length >= 4, url);
    }
  });

  it('activates in a workspace with a questionnaire and gives replies the foi-reply language', async () => {
    const ext = extension();
    await waitFor(() => ext.isActive, 'the installed extension to activate', 30_000);
    const { document } = await openFixture('replies/alpha.txt');
    assert.equal(document.languageId, 'foi-reply');
  });

  it('has a handler for every command it contributes', async () => {
    const contributed = (extension().packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  it('codes an answer with a code action alone, and the sidecar and the tree follow', async () => {
    const { document } = await openFixture('replies/alpha.txt');
    const sidecar = fixtureUri('replies/alpha.answers.yaml');
    const before = (await waitFor(councilRow, 'Alphaford in the coverage tree', 30_000)) as TreeRow;
    const start = document.positionAt(document.getText().indexOf('The Council runs 14'));
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(start, start));
      return found.some((a) => a.title.startsWith('Accept suggestion: Q1')) ? found : undefined;
    }, 'an "Accept suggestion: Q1" code action', 20_000);
    const accept = actions!.find((a) => a.title.startsWith('Accept suggestion: Q1'))!;
    assert.ok(accept.command, `"${accept.title}" has no command`);
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    const text = (await waitFor(() => (existsSync(sidecar.fsPath) ? readFileSync(sidecar.fsPath, 'utf8') : undefined), 'the sidecar to be written')) as string;
    assert.match(text, /Q1:\n {4}status: answered\n {4}value: 14\n/);
    await waitFor(async () => {
      const row = await councilRow();
      return row && row.description !== before.description;
    }, `the tree to update from "${before.description}"`);
  });
});
