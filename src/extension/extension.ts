// Composition root of the VS Code extension: creates the shared services and wires the
// features to them. Features register here as they land; keep it free of feature logic.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('FOI Coder', { log: true });
  context.subscriptions.push(log);
  log.info(`FOI Coder ${String(context.extension.packageJSON.version)} activated in ${Date.now() - started} ms`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
