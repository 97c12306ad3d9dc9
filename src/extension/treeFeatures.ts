// The coverage view, registered as one feature over the workspace model: the tree, its title
// (totals), badge (missing answers) and message, the grouping and gaps-only toggles (context
// keys `foiCoder.groupBy` / `foiCoder.gapsOnly`, remembered per workspace), and reveal on click.
// The model starts reading the workspace when the view is first shown, or shortly after
// activation so the badge is there before the view is opened — never during `activate()`.
import { vscode } from './vscodeApi';
import { CMD } from './commandIds';
import { importDropController } from './importFeature';
import { mergeTotals, missingBadge, totalsDescription } from './coverageItems';
import { CoverageTreeProvider } from './coverageTree';
import type { CoverageNode, GroupBy } from './coverageTree';
import type { ReplyModel } from './replyModel';
import { revealAnswer } from './revealAnswer';
import type { WorkspaceModel } from './workspaceModel';

export const VIEW_ID = 'foiCoder.coverage';
/** Internal: the tree's rows as plain data (integration tests, screenshots); not in the palette. */
export const TREE_ITEMS_COMMAND = 'foiCoder._coverageTreeItems';
const GROUP_BY_KEY = 'foiCoder.groupBy';
const GAPS_ONLY_KEY = 'foiCoder.gapsOnly';
const IDLE_START_MS = 2000;

export interface TreeRow {
  id: string;
  label: string;
  description: string;
  contextValue: string;
  icon: string;
  command?: { command: string; arguments: unknown[] };
  collapsible: boolean;
}

function setContext(key: string, value: unknown): void {
  void vscode.commands.executeCommand('setContext', key, value); // context keys: nothing to wait for
}

export function registerTreeFeatures(context: vscode.ExtensionContext, workspace: WorkspaceModel, replies?: ReplyModel): vscode.Disposable {
  const stored = context.workspaceState.get<{ groupBy?: GroupBy; gapsOnly?: boolean }>('foiCoder.coverageView') ?? {};
  const provider = new CoverageTreeProvider(workspace, stored);
  const view = vscode.window.createTreeView<CoverageNode>(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, dragAndDropController: importDropController });

  const applyView = async (groupBy: GroupBy, gapsOnly: boolean): Promise<void> => {
    provider.setView(groupBy, gapsOnly);
    setContext(GROUP_BY_KEY, groupBy);
    setContext(GAPS_ONLY_KEY, gapsOnly);
    updateTitle();
    await context.workspaceState.update('foiCoder.coverageView', { groupBy, gapsOnly });
  };

  const updateTitle = (): void => {
    const folders = workspace.folders();
    if (folders.length === 0) return;
    const totals = mergeTotals(folders.map((f) => f.coverage.totals));
    view.description = totalsDescription(totals);
    view.badge = missingBadge(totals);
    if (workspace.state === 'noQuestionnaire') {
      view.message = 'No questionnaire yet: coverage counts the question ids seen in replies. Run “FOI: Create Questionnaire from Request” to make one.';
    } else if (provider.gapsOnly && totals.councils > 0 && totals.counts.missing + totals.counts.unclear === 0) {
      view.message = 'No gaps: every question asked is coded.';
    } else view.message = undefined;
  };

  let idle: ReturnType<typeof setTimeout> | undefined;
  const start = (): void => {
    clearTimeout(idle);
    // Failures are logged by the model; the view then stays empty until Refresh.
    void workspace.start().then(updateTitle);
  };
  if (view.visible) start();
  else idle = setTimeout(start, IDLE_START_MS);

  const rowsOf = async (parentKey?: string): Promise<TreeRow[]> => {
    // Rows are asked top-down, so a parent's element is cached by the time its children are.
    const parent = parentKey === undefined ? undefined : provider.nodeFor(parentKey);
    if (parentKey !== undefined && !parent) return [];
    return (await provider.getChildren(parent)).map((n) => {
      const item = provider.getTreeItem(n);
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '';
      const row: TreeRow = { id: n.key, label: String(item.label), description: String(item.description ?? ''), contextValue: item.contextValue ?? '', icon, collapsible: item.collapsibleState !== vscode.TreeItemCollapsibleState.None };
      if (item.command) row.command = { command: item.command.command, arguments: item.command.arguments ?? [] };
      return row;
    });
  };

  setContext(GROUP_BY_KEY, provider.groupBy);
  setContext(GAPS_ONLY_KEY, provider.gapsOnly);
  return vscode.Disposable.from(
    provider,
    view,
    { dispose: () => clearTimeout(idle) },
    view.onDidChangeVisibility((e) => {
      if (e.visible) start();
    }),
    workspace.onDidChangeCoverage(() => updateTitle()),
    vscode.commands.registerCommand(CMD.groupByQuestion, () => applyView('question', provider.gapsOnly)),
    vscode.commands.registerCommand(CMD.groupByCouncil, () => applyView('council', provider.gapsOnly)),
    vscode.commands.registerCommand(CMD.showGapsOnly, () => applyView(provider.groupBy, true)),
    vscode.commands.registerCommand(CMD.showAll, () => applyView(provider.groupBy, false)),
    vscode.commands.registerCommand(CMD.revealAnswer, async (arg: unknown) => {
      try {
        return await revealAnswer(replies, arg);
      } catch (e) {
        void vscode.window.showErrorMessage(`FOI Coder: could not show the answer — ${e instanceof Error ? e.message : String(e)}`); // never throw into VS Code
        return false;
      }
    }),
    vscode.commands.registerCommand(TREE_ITEMS_COMMAND, (parentKey?: string) => rowsOf(parentKey)),
  );
}
