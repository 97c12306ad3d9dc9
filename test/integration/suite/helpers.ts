// Shared helpers of the integration suites: open fixture files the way a user does, and wait
// for asynchronous effects with a deadline instead of fixed sleeps.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'foi-coder.foi-coder';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration suite needs the fixture workspace open.');
  return folder.uri;
}

export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** Opens a workspace file in an editor and returns it. */
export async function openFixture(relPath: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** Polls `check` until it is truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
