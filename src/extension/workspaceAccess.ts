// The engine's workspace index over a VS Code workspace folder, for the commands that look at
// every reply (auto-code all, next reply with gaps, export, coverage report). Built on demand
// through `vscode.workspace.fs` with the folder's settings; a cold index of 400 replies is a few
// hundred milliseconds, so nothing is kept between commands.
import { vscode } from './vscodeApi';
import type { DirEntry, FileStat, WorkspaceFs } from '../core/workspace';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { getSettings } from './settings';
import { fileType, isMissing } from './vscodeFs';

/** The folder's files as the index sees them (workspace-relative paths, '' = the folder). */
export function vscodeWorkspaceFs(root: vscode.Uri): WorkspaceFs {
  const at = (rel: string): vscode.Uri => (rel === '' ? root : vscode.Uri.joinPath(root, ...rel.split('/')));
  return {
    async readFile(path: string): Promise<Uint8Array> {
      return vscode.workspace.fs.readFile(at(path));
    },
    async stat(path: string): Promise<FileStat | null> {
      try {
        const s = await vscode.workspace.fs.stat(at(path));
        return { mtime: s.mtime, size: s.size, type: fileType(s.type) };
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async list(dir: string): Promise<DirEntry[]> {
      try {
        return (await vscode.workspace.fs.readDirectory(at(dir))).map(([name, t]) => ({ name, type: fileType(t) }));
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
    },
  };
}

/** A fresh index of one workspace folder, read now. */
export async function openIndex(folder: vscode.WorkspaceFolder): Promise<WorkspaceIndex> {
  const s = getSettings(folder.uri);
  const index = new WorkspaceIndex(vscodeWorkspaceFs(folder.uri), { replyGlobs: s.replyGlobs, questionnairePath: s.questionnairePath });
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
