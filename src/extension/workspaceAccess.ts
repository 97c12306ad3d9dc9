// The engine's workspace index over a VS Code workspace folder, for the commands that look at
// every reply (auto-code all, next reply with gaps, export, coverage report). Built on demand
// with the coverage view's file access (vscodeFs.ts) and the folder's settings; a cold index of
// 400 replies is a few hundred milliseconds, so nothing is kept between commands.
import { vscode } from './vscodeApi';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { getSettings } from './settings';
import { folderFs } from './vscodeFs';

/** A fresh index of one workspace folder, read now. */
export async function openIndex(folder: vscode.WorkspaceFolder): Promise<WorkspaceIndex> {
  const s = getSettings(folder.uri);
  // The same file access as the coverage view: discovery by VS Code's search, local reads by Node.
  const fs = folderFs(folder.uri);
  await fs.discover(s.replyGlobs);
  const index = new WorkspaceIndex(fs, { replyGlobs: s.replyGlobs, questionnairePath: s.questionnairePath });
  await index.refresh();
  return index;
}

export function folderUri(folder: vscode.WorkspaceFolder, rel: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

/** The folder of the active editor, the only folder, or the one the user picks. */
export async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (own) return own;
  if (folders.length <= 1) {
    if (folders.length === 0) void vscode.window.showWarningMessage('FOI Coder: open a folder of replies first.'); // a notice only
    return folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which survey folder?' });
}
