// Registers **FOI: Import Replies…** and the drop of files onto the coverage view. Kept tiny on
// purpose: the command's code (importReplies.ts) and the importer are separate bundles, required
// only when an import runs, so the extension's main bundle and activation do not grow with them.
import { vscode } from './vscodeApi';
import { CMD } from './commandIds';
import type { ImportDeps } from './importReplies';

function run(deps: ImportDeps, arg?: unknown): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importReplies } = require('./importReplies') as typeof import('./importReplies');
  return importReplies(deps, arg);
}

/** Files dropped on the coverage view (from the Explorer or the desktop) are imported. */
export const importDropController: vscode.TreeDragAndDropController<unknown> = {
  dropMimeTypes: ['text/uri-list'],
  dragMimeTypes: [],
  async handleDrop(_target, data) {
    const list = await data.get('text/uri-list')?.asString();
    const uris = (list ?? '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => vscode.Uri.parse(l.trim()))
      .filter((u) => u.scheme === 'file');
    if (uris.length > 0) await vscode.commands.executeCommand(CMD.importReplies, { sources: uris.map((u) => u.fsPath) });
  },
};

export function registerImportFeature(deps: ImportDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CMD.importReplies, async (arg?: unknown) => {
    try {
      return await run(deps, arg);
    } catch (e) {
      deps.log.error(new Error('Import failed', { cause: e }));
      void vscode.window.showErrorMessage(`FOI Coder: import failed: ${e instanceof Error ? e.message : String(e)}`); // never throw into VS Code
      return undefined;
    }
  });
}
