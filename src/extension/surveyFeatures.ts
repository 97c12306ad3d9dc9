// The survey-wide features — the coverage dashboard and the consistency checks as problems —
// live in their own bundle (dist/survey.js, from ./survey/), loaded the first time one is needed:
// when the dashboard is opened, or when the coverage model has read the workspace (which itself
// waits until after activation). Activation loads none of it; only these few lines are in the
// main bundle.
import { vscode } from './vscodeApi';
import { CMD } from './commandIds';
import type { SurveyLayer } from './survey/index';
import type { WorkspaceModel } from './workspaceModel';

export function registerSurveyFeatures(context: vscode.ExtensionContext, workspace: WorkspaceModel): vscode.Disposable {
  let layer: SurveyLayer | undefined;
  const load = (): SurveyLayer => {
    if (!layer) {
      // Kept out of the main bundle: scripts/build.mjs (LAZY) makes this a require of dist/survey.js.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require('./survey/index') as typeof import('./survey/index');
      layer = mod.createSurveyLayer(context, workspace);
    }
    return layer;
  };
  return vscode.Disposable.from(
    workspace.onDidChangeCoverage((change) => load().coverageChanged(change.folder)),
    vscode.commands.registerCommand(CMD.showDashboard, () => load().showDashboard()),
    vscode.commands.registerCommand(CMD.dashboardCells, () => load().dashboardCells()),
    vscode.commands.registerCommand(CMD.dashboardClick, (council: string, question: string) => load().dashboardClick(council, question)),
    { dispose: () => layer?.dispose() },
  );
}
