// Composition root of the VS Code extension: creates the shared services and wires the
// features to them. No feature logic here, and no workspace scan: activation stays cheap.
import * as vscode from 'vscode';
import { registerCodingFeatures } from './codingFeatures';
import { registerEditorFeatures } from './features';
import { ReplyModel } from './replyModel';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('FOI Coder', { log: true });
  context.subscriptions.push(log);
  try {
    const replies = new ReplyModel();
    context.subscriptions.push(replies, registerEditorFeatures(context, replies), registerCodingFeatures(context, replies));
  } catch (error) {
    log.error(new Error('FOI Coder could not start its features', { cause: error }));
    throw error;
  }
  log.info(`FOI Coder ${String(context.extension.packageJSON.version)} activated in ${Date.now() - started} ms`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
