// Survey commands loaded on demand: Export Coded Answers… and Compare Coding with Folder…. Their
// own bundle (dist/surveyCommands.js, scripts/build.mjs) required by the main bundle the first
// time one runs, so export formats and comparison reports never weigh on activation. The Excel,
// REFI-QDA and agreement writers come from the interchange layer (dist/interchange.js), loaded
// only when such an export or comparison runs.
import { vscode } from './vscodeApi';
import type { AgreementResult } from '../core/agreement';
import { anchorQuote } from '../core/anchor';
import type { CoverageCell } from '../core/coverage';
import { EXPORT_FORMATS, INTERCHANGE_FORMATS, exportCoverage, isInterchangeFormat } from '../core/export';
import type { ExportFormat, InterchangeFormat } from '../core/export';
import { manifestLocation, parseImportManifest } from '../core/importManifest';
import type { ImportManifest, ManifestEntry } from '../core/importManifest';
import { LineIndex } from '../core/text';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { getSettings } from './settings';
import { folderFs } from './vscodeFs';
import { chooseFolder, folderUri, openIndex } from './workspaceAccess';

function notice(message: string): void {
  void vscode.window.showInformationMessage(`FOI Coder: ${message}`); // information only
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** The interchange layer, loaded only now (dist/interchange.js beside the bundle). */
function interchange(): typeof import('../interchange/index') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../interchange/index') as typeof import('../interchange/index');
}

// ---- export ---------------------------------------------------------------------------------

const FORMAT_HELP: Record<ExportFormat | InterchangeFormat, { label: string; ext: string; file: string }> = {
  csv: { label: 'CSV — a row per council, a column per question', ext: 'csv', file: 'coded-answers.csv' },
  'tidy-csv': { label: 'Tidy CSV — a row per council and question', ext: 'csv', file: 'coded-answers-tidy.csv' },
  json: { label: 'JSON — the whole coverage model', ext: 'json', file: 'coded-answers.json' },
  xlsx: { label: 'Excel workbook — answers, tidy rows, coverage, questionnaire', ext: 'xlsx', file: 'coded-answers.xlsx' },
  qdpx: { label: 'REFI-QDA project — for NVivo, ATLAS.ti, MAXQDA', ext: 'qdpx', file: 'coded-answers.qdpx' },
};

/** Arguments that skip the pickers (tests, keybindings, other extensions). */
export interface ExportArgs {
  format?: ExportFormat | InterchangeFormat;
  /** Where to write: a Uri or an absolute path. */
  target?: vscode.Uri | string;
}

function exportArgs(arg: unknown): ExportArgs {
  if (arg === null || typeof arg !== 'object' || arg instanceof vscode.Uri) return {};
  const a = arg as Record<string, unknown>;
  const out: ExportArgs = {};
  const all: readonly string[] = [...EXPORT_FORMATS, ...INTERCHANGE_FORMATS];
  if (typeof a.format === 'string' && all.includes(a.format)) out.format = a.format as ExportArgs['format'];
  if (a.target instanceof vscode.Uri || typeof a.target === 'string') out.target = a.target;
  return out;
}



function lineOfCell(index: WorkspaceIndex): (cell: CoverageCell) => number | null {
  const lines = new Map<string, LineIndex>();
  return (cell) => {
    const quote = cell.entry?.quote;
    const reply = cell.file !== undefined ? index.reply(cell.file) : undefined;
    if (!quote || !reply) return null;
    let li = lines.get(reply.path);
    if (!li) lines.set(reply.path, (li = new LineIndex(reply.text)));
    let start = quote.start ?? null;
    try {
      start = anchorQuote(reply.text, quote)?.start ?? null;
    } catch {
      // keep the stored position: one bad quote must not stop an export
    }
    return start === null ? null : li.position(start).line;
  };
}

/** The import manifests beside the replies (foi-coder import's provenance), read once per folder. */
async function importProvenance(folder: vscode.WorkspaceFolder, index: WorkspaceIndex): Promise<(file: string) => ManifestEntry | null> {
  const manifests = new Map<string, ImportManifest | null>();
  for (const reply of index.replies()) {
    const { manifest } = manifestLocation(reply.path);
    if (manifests.has(manifest)) continue;
    try {
      manifests.set(manifest, parseImportManifest(new TextDecoder().decode(await vscode.workspace.fs.readFile(folderUri(folder, manifest)))));
    } catch {
      manifests.set(manifest, null); // no manifest: those replies were not imported
    }
  }
  return (file) => {
    const { manifest, key } = manifestLocation(file);
    return manifests.get(manifest)?.files[key] ?? null;
  };
}

export async function exportAnswers(arg?: unknown): Promise<vscode.Uri | undefined> {
  const args = exportArgs(arg);
  const folder = await chooseFolder();
  if (!folder) return undefined;
  let format = args.format;
  if (!format) {
    const preferred = getSettings(folder.uri).exportDefaultFormat;
    const formats = [preferred, ...[...EXPORT_FORMATS, ...INTERCHANGE_FORMATS].filter((f) => f !== preferred)];
    const picked = await vscode.window.showQuickPick(
      formats.map((f) => ({ label: f, description: FORMAT_HELP[f].label, format: f })),
      { title: 'Export coded answers as…' },
    );
    format = picked?.format;
  }
  if (!format) return undefined;
  const help = FORMAT_HELP[format];
  const target =
    typeof args.target === 'string' ? vscode.Uri.file(args.target)
    : args.target ?? (await vscode.window.showSaveDialog({ defaultUri: folderUri(folder, help.file), filters: { [format]: [help.ext] }, saveLabel: 'Export' }));
  if (!target) return undefined;
  const index = await openIndex(folder);
  // Never onto the survey itself: a reply, a sidecar or the questionnaire of this folder.
  const own = new Set([index.questionnaireState.path, ...index.replies().flatMap((r) => [r.path, r.sidecarPath])].map((rel) => folderUri(folder, rel).toString()));
  if (own.has(target.toString()) || target.path.toLowerCase().endsWith('.answers.yaml')) {
    void vscode.window.showErrorMessage(`FOI Coder: ${vscode.workspace.asRelativePath(target, false)} is part of the survey (a reply, a sidecar or the questionnaire); export to another file.`); // a notice only
    return undefined;
  }
  const coverage = index.coverage();
  let bytes: Uint8Array;
  let what = plural(coverage.councils.length, 'council');
  if (isInterchangeFormat(format)) {
    const done = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `FOI: Exporting ${format}…` }, () => interchange().exportInterchange(index, format, folder.name));
    bytes = done.bytes;
    what = done.summary;
  } else {
    bytes = new TextEncoder().encode(exportCoverage(coverage, index.questionnaire, format, {
      lineOf: lineOfCell(index),
      bom: format !== 'json',
      ...(format === 'json' ? { provenanceOf: await importProvenance(folder, index) } : {}),
    }));
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  const unreadable = coverage.councils.filter((c) => c.unreadable.length > 0);
  const where = vscode.workspace.asRelativePath(target, false);
  if (unreadable.length > 0) {
    // A notice only: the export is written; these councils are exported as unreadable.
    void vscode.window.showWarningMessage(`FOI Coder: exported to ${where}, but ${plural(unreadable.length, 'council')} could not be read and ${unreadable.length === 1 ? 'is' : 'are'} exported as "unreadable": ${unreadable.map((c) => c.unreadable[0]!.file).join(', ')}.`);
  } else notice(`exported ${what} to ${where}.`);
  return target;
}

// ---- compare --------------------------------------------------------------------------------

export interface CompareResult {
  result: AgreementResult;
  document: vscode.TextDocument;
}

/** `arg`: the other folder (a Uri or an absolute path), to skip the folder picker. */
export async function compareCoding(arg?: unknown): Promise<CompareResult | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  let other = arg instanceof vscode.Uri ? arg : typeof arg === 'string' && arg !== '' ? vscode.Uri.file(arg) : undefined;
  other ??= (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: 'Compare', title: `Compare the coding of ${folder.name} with another copy of the replies` }))?.[0];
  if (!other) return undefined;
  try {
    if ((await vscode.workspace.fs.stat(other)).type !== vscode.FileType.Directory) throw new Error('not a folder');
  } catch {
    void vscode.window.showErrorMessage(`FOI Coder: ${other.fsPath} is not a folder.`); // a notice only
    return undefined;
  }
  const settings = getSettings(folder.uri);
  const [indexA, indexB] = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'FOI: Comparing coding…' }, async () => {
    const b = new WorkspaceIndex(folderFs(other), { replyGlobs: settings.replyGlobs, questionnairePath: settings.questionnairePath });
    return Promise.all([openIndex(folder), b.refresh().then(() => b)]);
  });
  const { compareIndexes } = interchange();
  const { result, markdown, unusable } = compareIndexes(indexA, indexB, { a: folder.uri.fsPath, b: other.fsPath });
  const text = markdown;
  const document = await vscode.workspace.openTextDocument({ content: text, language: 'markdown' });
  await vscode.window.showTextDocument(document, { preview: false });
  const o = result.overall;
  const summary = o.n === 0 ? 'no answer is coded in both folders.' : `${o.n} answers compared: observed ${((o.observed ?? 0) * 100).toFixed(1)}%, kappa ${o.kappa === null ? '—' : o.kappa.toFixed(3)}, alpha ${o.alpha === null ? '—' : o.alpha.toFixed(3)}; ${result.disagreements.length} disagreement${result.disagreements.length === 1 ? '' : 's'}.`;
  if (unusable > 0) void vscode.window.showWarningMessage(`FOI Coder: ${summary} ${unusable} sidecar(s) could not be read; see the report.`); // a notice only
  else void vscode.window.showInformationMessage(`FOI Coder: ${summary}`); // a notice only
  return { result, document };
}
