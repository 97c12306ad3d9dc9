// The commands over the whole survey: auto-code all replies (cancellable progress, summary),
// create the questionnaire from a request, show the coverage report, refresh; export and compare
// are registered here and loaded on demand (surveyCommands.ts). They read
// the workspace through the engine's index (workspaceAccess.ts) and write sidecars only through
// the sidecar writer.
import { vscode } from './vscodeApi';
import { questionnaireFromRequest } from '../core/fromRequest';
import { sidecarVariant } from '../core/reader';
import type { AnswerEdit, SidecarEditContext, SidecarParse } from '../core/sidecar';
import { decodeText } from '../core/text';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { autoCodeEdits } from './coding';
import type { CodingDeps } from './codingCommands';
import { CMD } from './commandIds';
import { coverageReportText } from './coverageReport';
import { safeParseSidecar } from './replyCompute';
import { getSettings } from './settings';
import { applySidecarEdits } from './sidecarWriter';
import type { SidecarChange } from './sidecarWriter';
import { chooseFolder, folderUri, openIndex } from './workspaceAccess';

export interface WorkspaceCommandDeps extends CodingDeps {
  /** Extra work for Refresh (the coverage tree re-reading the workspace), wired by the composition root. */
  onRefresh?: () => void | Promise<void>;
}

function notice(message: string): void {
  void vscode.window.showInformationMessage(`FOI Coder: ${message}`); // information only
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

function openText(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
}

export interface AutoCodeSummary {
  answers: number;
  replies: number;
  /** Answers left alone because a person coded the question after the run chose it. */
  kept: number;
  /** Replies not analysed (binary), by path. */
  notAnalysed: string[];
  skipped: string[];
  failed: string[];
  cancelled: boolean;
}

async function autoCodeFolder(folder: vscode.WorkspaceFolder, index: WorkspaceIndex, token: vscode.CancellationToken, tick: (path: string) => void, changes: SidecarChange[], sum: AutoCodeSummary): Promise<void> {
  const min = getSettings(folder.uri).minConfidence;
  const questionnaire = index.questionnaireState.parsed;
  const order = index.questionnaire.questions.map((q) => q.id);
  for (const reply of index.replies()) {
    if (token.isCancellationRequested) {
      sum.cancelled = true;
      return;
    }
    tick(reply.path);
    if (reply.binary) {
      sum.notAnalysed.push(reply.path);
      continue;
    }
    const sidecarUri = folderUri(folder, reply.sidecarPath);
    // An open sidecar's unsaved text is what the writer edits, so it decides what is coded.
    const unsaved = openText(sidecarUri);
    const sidecar = unsaved !== undefined ? safeParseSidecar(unsaved) : reply.sidecar;
    // Any sidecar that exists (an unusable one included: a FIFO, a binary file) and has errors is skipped.
    if (sidecar !== null && (!sidecar.sidecar || sidecar.problems.some((p) => p.severity === 'error'))) {
      sum.skipped.push(reply.sidecarPath);
      continue;
    }
    const analysis = index.analysis(reply.path);
    if (!analysis) continue;
    const facts = { text: reply.text, analysis, questionnaire, anchors: new Map() };
    const planned = autoCodeEdits({ ...facts, sidecar }, min).map((e) => e.id);
    if (planned.length === 0) continue;
    const context: SidecarEditContext = { order, replyName: reply.path.slice(reply.path.lastIndexOf('/') + 1) };
    const council = sidecar?.sidecar?.council ?? analysis.council;
    if (council) context.council = council;
    const variant = sidecarVariant(analysis.variant, questionnaire);
    if (variant) context.variant = variant;
    let refused = false;
    let coded = 0;
    // Decided again on the text being edited, so a tag made meanwhile is never replaced.
    let kept = 0;
    const choose = (current: SidecarParse | null): AnswerEdit[] => {
      const edits = autoCodeEdits({ ...facts, sidecar: current }, min);
      coded = edits.length;
      kept = planned.filter((id) => current?.sidecar?.answers.has(id)).length;
      return edits;
    };
    const change = await applySidecarEdits(sidecarUri, choose, context, { label: 'auto-code all replies', onRefused: () => (refused = true) });
    if (refused) sum.skipped.push(reply.sidecarPath);
    else if (!change) sum.failed.push(reply.sidecarPath);
    else sum.kept += kept;
    if (change?.changed) {
      changes.push(change);
      sum.answers += coded;
      sum.replies++;
    }
  }
}

export function summaryText(s: AutoCodeSummary): string {
  const parts = [`${s.cancelled ? 'Cancelled: ' : ''}${plural(s.answers, 'answer')} coded in ${plural(s.replies, 'reply', 'replies')}.`];
  if (s.kept > 0) parts.push(`${plural(s.kept, 'answer')} skipped because a person coded ${s.kept === 1 ? 'it' : 'them'} meanwhile (kept as they are).`);
  if (s.skipped.length > 0) parts.push(`${plural(s.skipped.length, 'sidecar')} skipped because ${s.skipped.length === 1 ? 'it cannot' : 'they cannot'} be read or written as ${s.skipped.length === 1 ? 'it is' : 'they are'}: ${s.skipped.join(', ')}.`);
  if (s.notAnalysed.length > 0) parts.push(`${plural(s.notAnalysed.length, 'reply', 'replies')} not analysed (binary): ${s.notAnalysed.join(', ')}.`);
  if (s.failed.length > 0) parts.push(`${plural(s.failed.length, 'sidecar')} could not be written: ${s.failed.join(', ')}.`);
  return parts.join(' ');
}

export async function autoCodeAll(deps: CodingDeps): Promise<AutoCodeSummary> {
  const sum: AutoCodeSummary = { answers: 0, replies: 0, kept: 0, notAnalysed: [], skipped: [], failed: [], cancelled: false };
  const changes: SidecarChange[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'FOI: Auto-coding replies', cancellable: true }, async (progress, token) => {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `reading ${folder.name}…` });
      const index = await openIndex(folder);
      const total = Math.max(1, index.replies().length);
      let done = 0;
      const tick = (path: string): void => progress.report({ increment: 100 / total / (vscode.workspace.workspaceFolders?.length ?? 1), message: `${++done}/${total} ${path}` });
      await autoCodeFolder(folder, index, token, tick, changes, sum);
    }
  });
  deps.undo.push('auto-code all replies', changes);
  const text = summaryText(sum);
  if (sum.skipped.length > 0 || sum.failed.length > 0 || sum.notAnalysed.length > 0) void vscode.window.showWarningMessage(`FOI Coder: ${text}`); // summary only
  else notice(text);
  return sum;
}

async function requestText(arg: unknown): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  const given = arg instanceof vscode.Uri ? arg : undefined;
  const active = vscode.window.activeTextEditor?.document;
  if (!given && active && active.languageId === 'foi-reply') return { uri: active.uri, text: active.getText() };
  const uri =
    given ??
    (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Use as Request', title: 'The request (or a reply that quotes it)', filters: { Text: ['txt'], 'All files': ['*'] } }))?.[0];
  if (!uri) return undefined;
  const open = openText(uri);
  return { uri, text: open ?? decodeText(await vscode.workspace.fs.readFile(uri)).text };
}

/** Write text to a file: through its editor when open (saved if it was clean), else to disk. */
async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return;
  }
  const wasDirty = doc.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`VS Code did not apply the edit to ${vscode.workspace.asRelativePath(uri, false)}`);
  if (!wasDirty) await doc.save();
}

export async function createQuestionnaire(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const source = await requestText(arg);
  if (!source) return false;
  const result = questionnaireFromRequest(source.text);
  const n = result.questionnaire.questions.length;
  if (n === 0) {
    void vscode.window.showErrorMessage('FOI Coder: no numbered questions (Q1., 1), Question 1: …) found in that file.'); // a notice only
    return false;
  }
  const target = (await deps.model.questionnaireFor(source.uri)).uri;
  if (!target) {
    void vscode.window.showWarningMessage('FOI Coder: open a workspace folder to keep a questionnaire in it.'); // a notice only
    return false;
  }
  const name = vscode.workspace.asRelativePath(target, false);
  let exists = true;
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    exists = false;
  }
  if (exists) {
    const ok = await vscode.window.showWarningMessage(`${name} already exists. Replace it with ${plural(n, 'question')} read from ${vscode.workspace.asRelativePath(source.uri, false)}?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return false;
  }
  await writeText(target, result.yaml);
  await vscode.window.showTextDocument(target, { preview: false });
  const shown = result.assumptions.slice(0, 3).join(' ');
  const more = result.assumptions.length > 3 ? ` (${result.assumptions.length - 3} more at the top of the file)` : '';
  notice(`wrote ${name} with ${plural(n, 'question')}.${result.assumptions.length > 0 ? ` Assumed: ${shown}${more}` : ''}`);
  return true;
}

export async function showReport(): Promise<vscode.TextDocument | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const index = await openIndex(folder);
  const q = index.questionnaireState;
  const text = coverageReportText(index.coverage(), { questionnairePath: q.path, questionnaireExists: q.exists, questionnaireUsable: q.parsed !== null }, `FOI coverage report — ${folder.name}`);
  const doc = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Export and Compare, loaded the first time one runs: their own bundle, dist/surveyCommands.js. */
function surveyCommands(): typeof import('./surveyCommands') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./surveyCommands') as typeof import('./surveyCommands');
}

export function registerWorkspaceCommands(deps: WorkspaceCommandDeps): vscode.Disposable {
  const reg = (id: string, run: (arg?: unknown) => Promise<unknown>): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        return await run(arg);
      } catch (e) {
        void vscode.window.showErrorMessage(`FOI Coder: ${e instanceof Error ? e.message : String(e)}`); // never throw into VS Code
        return undefined;
      }
    });
  return vscode.Disposable.from(
    reg(CMD.autoCodeAll, () => autoCodeAll(deps)),
    reg(CMD.createQuestionnaire, (a) => createQuestionnaire(deps, a)),
    reg(CMD.export, (a) => surveyCommands().exportAnswers(a)),
    reg(CMD.compareCoding, (a) => surveyCommands().compareCoding(a)),
    reg(CMD.showReport, () => showReport()),
    reg(CMD.refresh, async () => {
      await deps.model.refresh();
      await deps.onRefresh?.();
      return true;
    }),
  );
}
