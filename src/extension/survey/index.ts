// Entry of the survey layer (dist/survey.js), loaded on first use by ../surveyFeatures.ts: the
// check problems, kept current as coverage changes (debounced per folder), and the dashboard.
import { vscode } from '../vscodeApi';
import type { CheckFinding } from '../../core/checks';
import type { FolderCoverage, WorkspaceModel } from '../workspaceModel';
import { CheckDiagnostics } from './checkDiagnostics';
import { DashboardPanel } from './dashboardPanel';
import type { DrawnCell } from './dashboardPanel';

const DEBOUNCE_MS = 300;

export interface SurveyLayer extends vscode.Disposable {
  coverageChanged(folder: vscode.WorkspaceFolder): void;
  showDashboard(): Promise<boolean>;
  dashboardCells(): Promise<DrawnCell[]>;
  dashboardClick(council: string, question: string): Promise<{ found: boolean; opened: boolean }>;
}

export function createSurveyLayer(context: vscode.ExtensionContext, workspace: WorkspaceModel): SurveyLayer {
  const diagnostics = new CheckDiagnostics();
  const findings = new Map<string, CheckFinding[]>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const findingsOf = (f: FolderCoverage): CheckFinding[] => {
    const key = f.folder.uri.toString();
    if (!findings.has(key)) findings.set(key, diagnostics.update(f));
    return findings.get(key)!;
  };
  const dashboard = new DashboardPanel(context, workspace, findingsOf);
  const refresh = (folder: vscode.WorkspaceFolder): void => {
    const key = folder.uri.toString();
    const f = workspace.folders().find((x) => x.folder.uri.toString() === key);
    if (!f) {
      findings.delete(key);
      return;
    }
    findings.set(key, diagnostics.update(f));
    dashboard.refresh(f);
  };
  const schedule = (folder: vscode.WorkspaceFolder): void => {
    const key = folder.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      try {
        refresh(folder);
      } catch (e) {
        console.error('FOI Coder checks', e);
      }
    }, DEBOUNCE_MS));
  };
  // Whatever already happened before the layer was loaded, after the same pause: the layer is
  // loaded by the first coverage update, and the checks (a sidecar parse per finding) must not
  // hold up the coverage view that update is about to draw.
  for (const f of workspace.folders()) schedule(f.folder);
  return {
    coverageChanged: schedule,
    showDashboard: () => dashboard.show(),
    dashboardCells: () => dashboard.cells(),
    dashboardClick: (council, question) => dashboard.click(council, question),
    dispose() {
      for (const t of timers.values()) clearTimeout(t);
      dashboard.dispose();
      diagnostics.dispose();
    },
  };
}
