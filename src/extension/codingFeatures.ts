// Coding answers from the editor, registered together over the shared reply model: the code
// actions of a reply, the coding commands (with their one-step Undo) and the commands over the
// whole survey.
import { vscode } from './vscodeApi';
import { registerCodeActions } from './codeActions';
import { registerCodingCommands } from './codingCommands';
import { CodingUndo } from './codingUndo';
import type { ReplyModel } from './replyModel';
import { registerWorkspaceCommands } from './workspaceCommands';

export interface CodingFeatureOptions {
  /** Extra work for FOI: Refresh, e.g. the coverage tree re-reading the workspace. */
  onRefresh?: () => void | Promise<void>;
}

export function registerCodingFeatures(_context: vscode.ExtensionContext, model: ReplyModel, options: CodingFeatureOptions = {}): vscode.Disposable {
  const undo = new CodingUndo();
  const deps = { model, undo, ...(options.onRefresh ? { onRefresh: options.onRefresh } : {}) };
  return vscode.Disposable.from(undo, registerCodeActions(model), registerCodingCommands(deps), registerWorkspaceCommands(deps));
}
