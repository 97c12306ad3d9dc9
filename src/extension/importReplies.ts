// **FOI: Import Replies…** — the VS Code face of the importer (src/import, shared with
// `foi-coder import`): pick files or a folder (or take paths given as the command's argument, from
// a drop onto the coverage view or a test), run the import under a cancellable progress
// notification, log every file to the output channel, end with a summary, refresh the coverage.
// This module is its own bundle (dist/importReplies.js), loaded when the command first runs; it
// loads the importer's bundle (dist/import.js) in turn. Activation never pays for either.
import * as nodePath from 'node:path';
import { vscode } from './vscodeApi';
import type { ImportResult } from '../import/types';
import { chooseFolder } from './workspaceAccess';

export interface ImportCommandArgs {
  /** File-system paths of the sources. */
  sources: string[];
  /** The workspace folder to import into (a path); default: the chosen workspace folder. */
  into?: string;
  /** A `--councils` CSV path. */
  councils?: string;
}

export interface ImportDeps {
  log: vscode.LogOutputChannel;
  /** Re-read the workspace so the coverage view shows the new replies. */
  refresh(): Promise<void>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function argsFrom(arg: unknown): ImportCommandArgs | undefined {
  if (!arg) return undefined;
  if (arg instanceof vscode.Uri) return { sources: [arg.fsPath] };
  if (Array.isArray(arg) && arg.every((a) => a instanceof vscode.Uri)) return { sources: (arg as vscode.Uri[]).map((u) => u.fsPath) };
  const o = arg as Partial<ImportCommandArgs>;
  if (Array.isArray(o.sources) && o.sources.every((s) => typeof s === 'string')) return o as ImportCommandArgs;
  return undefined;
}

async function pickSources(): Promise<string[] | undefined> {
  const kind = await vscode.window.showQuickPick(
    [
      { label: '$(file-zip) Files…', description: 'a WhatDoTheyKnow zip, e-mails (.eml, .msg, .mbox), PDF, Word, Excel, HTML or text files', folders: false },
      { label: '$(folder) A folder…', description: 'an unpacked WhatDoTheyKnow download, or a folder of e-mails and documents', folders: true },
    ],
    { title: 'Import replies from…' },
  );
  if (!kind) return undefined;
  const picked = await vscode.window.showOpenDialog({
    title: kind.folders ? 'Folder of replies to import' : 'Replies to import',
    openLabel: 'Import',
    canSelectMany: true,
    canSelectFiles: !kind.folders,
    canSelectFolders: kind.folders,
    ...(kind.folders ? {} : { filters: { 'Replies and downloads': ['zip', 'eml', 'msg', 'mbox', 'pdf', 'docx', 'xlsx', 'csv', 'html', 'htm', 'txt'], 'All files': ['*'] } }),
  });
  return picked?.filter((u) => u.scheme === 'file').map((u) => u.fsPath);
}

export function summaryOf(r: ImportResult): string {
  const councils = new Set(r.imported.map((i) => i.council)).size;
  const parts = [`imported ${plural(r.imported.length, 'reply', 'replies')} from ${plural(councils, 'council', 'councils')}`];
  if (r.skipped.length) parts.push(`${plural(r.skipped.length, 'message', 'messages')} kept apart or noted`);
  if (r.errors.length) parts.push(`${plural(r.errors.length, 'problem', 'problems')} (see the log)`);
  return parts.join('; ') + '.';
}

/** Run the command; returns the importer's result (undefined when the user cancelled a picker). */
export async function importReplies(deps: ImportDeps, arg?: unknown): Promise<ImportResult | undefined> {
  const given = argsFrom(arg);
  const sources = given?.sources ?? (await pickSources());
  if (!sources || sources.length === 0) return undefined;
  let into = given?.into;
  if (!into) {
    const folder = await chooseFolder();
    if (!folder) return undefined;
    into = folder.uri.fsPath;
  }
  const { log } = deps;
  log.info(`Import into ${into} from ${sources.join(', ')}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runImport } = require('../import/index') as typeof import('../import/index');
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'FOI: Importing replies', cancellable: true },
    async (progress, token) => {
      let last = 0;
      return runImport(
        { sources, into: into!, ...(given?.councils ? { councils: given.councils } : {}) },
        {
          log: (line) => log.info(line),
          step: (done, total, what) => {
            const pct = total === 0 ? 100 : (done / total) * 100;
            progress.report({ increment: pct - last, message: `${done}/${total} ${nodePath.basename(what)}` });
            last = pct;
          },
          cancelled: () => token.isCancellationRequested,
        },
      );
    },
  );
  for (const i of result.imported) log.info(`Imported ${i.reply} (${i.council}) from ${i.sources.join(', ')}`);
  for (const s of result.skipped) log.info(`Kept apart: ${s.source}: ${s.reason}`);
  for (const e of result.errors) log.warn(`Not imported: ${e.source}: ${e.message}`);
  await deps.refresh();
  const text = `FOI Coder: ${summaryOf(result)}`;
  const show = (choice: string | undefined) => {
    if (choice === 'Show Log') log.show(true);
  };
  // The summary is a notice: the command does not wait for the user to dismiss it.
  if (result.errors.length > 0) void vscode.window.showWarningMessage(text, 'Show Log').then(show);
  else void vscode.window.showInformationMessage(text, 'Show Log').then(show);
  return result;
}
