// The extension loads in a real VS Code: reply files get the `foi-reply` language and the
// extension activates in a workspace with a questionnaire.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

describe('activation', () => {
  it('gives a .txt file under replies/ the foi-reply language', async () => {
    const { document, editor } = await openFixture('replies/alpha.txt');
    assert.equal(document.languageId, 'foi-reply');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.match(document.getText(), /^Q2a\. /m);
  });

  it('leaves other text files alone', async () => {
    const { document } = await openFixture('notes.txt');
    assert.equal(document.languageId, 'plaintext');
  });

  it('activates in a workspace that has a questionnaire', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await waitFor(() => ext.isActive, 'the extension to activate');
  });
});

describe('the Explorer', () => {
  it('nests each sidecar under its reply, keeping VS Code\'s own nesting patterns', () => {
    // The extension's configurationDefaults, as VS Code resolved them (a default VS Code refused
    // to take from an extension would read as VS Code's own: nesting off, no `*.txt` pattern).
    const nesting = vscode.workspace.getConfiguration('explorer.fileNesting');
    assert.equal(nesting.get('enabled'), true);
    const patterns = nesting.get<Record<string, string>>('patterns') ?? {};
    assert.equal(patterns['*.txt'], '${capture}.answers.yaml');
    // `alpha.txt` → `alpha.answers.yaml`, `x.reply.txt` → `x.reply.answers.yaml`: the sidecar
    // rule of the engine (`sidecarPathFor`) for both kinds of reply name.
    const nested = (reply: string): string => patterns['*.txt']!.replace('${capture}', reply.replace(/\.txt$/, ''));
    assert.equal(nested('alpha.txt'), 'alpha.answers.yaml');
    assert.equal(nested('loxley.reply.txt'), 'loxley.reply.answers.yaml');
    assert.ok(Object.keys(patterns).length > 1, 'VS Code\'s default nesting patterns were replaced instead of extended');
  });
});
