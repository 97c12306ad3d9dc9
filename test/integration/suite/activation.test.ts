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
