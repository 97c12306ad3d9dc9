// Composition root of the VS Code extension: creates the shared services and wires the
// features to them. No feature logic here, and no workspace scan: activation stays cheap.
import { vscode } from './vscodeApi';
import { registerCodingFeatures } from './codingFeatures';
import { registerEditorFeatures } from './features';
import { registerImportFeature } from './importFeature';
import { ReplyModel } from './replyModel';
import { registerSurveyFeatures } from './surveyFeatures';
import { registerTreeFeatures } from './treeFeatures';
import { WorkspaceModel } from './workspaceModel';
import { IndexCacheStore, engineBuild } from './indexCacheStore';

/** What activate() returns: the shared models, for the integration tests and the benchmark. */
export interface FoiCoderApi {
  replies: ReplyModel;
  workspace: WorkspaceModel;
}

export function activate(context: vscode.ExtensionContext): FoiCoderApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('FOI Coder', { log: true });
  context.subscriptions.push(log);
  try {
    const replies = new ReplyModel();
    const workspace = new WorkspaceModel(log, { store: new IndexCacheStore(context.storageUri ?? context.globalStorageUri, log), engine: () => engineBuild(context) });
    context.subscriptions.push(
      replies,
      workspace,
      registerEditorFeatures(context, replies, workspace),
      registerCodingFeatures(context, replies, { onRefresh: () => workspace.refresh() }),
      registerTreeFeatures(context, workspace, replies),
      registerSurveyFeatures(context, workspace),
      registerImportFeature({ log, refresh: () => workspace.refresh() }),
    );
    log.info(`FOI Coder ${String(context.extension.packageJSON.version)} activated in ${Date.now() - started} ms`);
    return { replies, workspace };
  } catch (error) {
    log.error(new Error('FOI Coder could not start its features', { cause: error }));
    throw error;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
