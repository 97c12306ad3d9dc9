// The in-editor features of a reply, registered together over the shared reply model:
// language assignment, decorations, hover, diagnostics with their quick fixes, the status-bar
// item, explorer badges, folding per question and the YAML snippets.
import { vscode } from './vscodeApi';
import { registerDecorations } from './decorations';
import { ReplyDiagnostics } from './diagnostics';
import { registerFileDecorations } from './fileDecorations';
import { registerFolding } from './folding';
import { registerHover } from './hover';
import { registerLanguage } from './language';
import { registerQuickFixes } from './quickFixes';
import type { ReplyModel } from './replyModel';
import type { WorkspaceModel } from './workspaceModel';
import { registerStatusBar } from './statusBar';
import { registerYamlSnippets } from './yamlSnippets';

export function registerEditorFeatures(context: vscode.ExtensionContext, model: ReplyModel, workspace?: WorkspaceModel): vscode.Disposable {
  const diagnostics = new ReplyDiagnostics(model);
  return vscode.Disposable.from(
    registerLanguage(),
    registerDecorations(context, model),
    registerHover(model),
    diagnostics,
    registerQuickFixes(model, diagnostics),
    registerStatusBar(model),
    registerFileDecorations(model, workspace),
    registerFolding(model),
    registerYamlSnippets(context),
  );
}
