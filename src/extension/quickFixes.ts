// Quick fixes for the `foi-coder` diagnostics: re-anchor a stale quote (rewrite it in the
// sidecar to the closest match, or to the engine's suggested answer) and add an unknown
// question id to the questionnaire. Both run as commands (declared in package.json, hidden
// from the palette) so the work happens when chosen, not each time the light bulb is drawn.
import { vscode } from './vscodeApi';
import { makeQuote } from '../core/anchor';
import type { AnswerEdit, SidecarEditContext } from '../core/sidecar';
import type { ReplyDiagnostics } from './diagnostics';
import { appendQuestionEdit } from './questionnaireEdit';
import { reanchorRange } from './reanchor';
import { CODE_STALE_QUOTE, CODE_UNKNOWN_ID } from './replyProblems';
import { REPLY_LANGUAGE } from './replyModel';
import type { ReplyModel, ReplyState } from './replyModel';
import { suggestionFor } from './replyView';
import { applySidecarEdits } from './sidecarWriter';

export const REANCHOR_COMMAND = 'foiCoder._reanchorQuote';
export const ADD_TO_QUESTIONNAIRE_COMMAND = 'foiCoder._addToQuestionnaire';

function toUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  return undefined;
}

async function replyState(model: ReplyModel, arg: unknown): Promise<ReplyState | undefined> {
  const uri = toUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  return model.getState(await vscode.workspace.openTextDocument(uri));
}

/** Rewrite a stale quote to where the answer is now. Returns whether the sidecar changed. */
export async function reanchorQuote(model: ReplyModel, replyUri: unknown, id: string): Promise<boolean> {
  const state = await replyState(model, replyUri);
  const entry = state?.sidecar?.sidecar?.answers.get(id);
  if (!state || !entry?.quote) {
    void vscode.window.showWarningMessage(`FOI Coder: ${id} has no quote to re-anchor.`); // a notice, nothing to wait for
    return false;
  }
  const target = reanchorRange(state.text, entry.quote, suggestionFor(state.analysis, id));
  if (!target) {
    void vscode.window.showWarningMessage(`FOI Coder: no text like the quote of ${id} is left in the reply; code the answer again.`);
    return false;
  }
  const edit: AnswerEdit = { id, entry: { ...entry, quote: makeQuote(state.text, target.start, target.end) } };
  const context: SidecarEditContext = { replyName: state.uri.path.slice(state.uri.path.lastIndexOf('/') + 1) };
  if (state.questionnaire) context.order = state.questionnaire.questions.map((q) => q.id);
  // The shared writer edits an open sidecar (one Undo) or writes the file atomically, and
  // refuses a sidecar that does not parse, telling the user where.
  return (await applySidecarEdits(state.sidecarUri, [edit], context, { label: `Re-anchor the quote of ${id}` })) !== undefined;
}

/** Add a question entry for `id` at the end of the questionnaire and show it. */
export async function addToQuestionnaire(model: ReplyModel, fileUri: unknown, id: string): Promise<boolean> {
  const from = toUri(fileUri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!from) return false;
  const info = await model.questionnaireFor(from);
  if (!info.uri) {
    void vscode.window.showWarningMessage('FOI Coder: open a workspace folder to keep a questionnaire in it.');
    return false;
  }
  const state = model.get(from);
  const marker = state?.analysis.markers.find((m) => m.ids.includes(id) || m.unknownIds.includes(id));
  let questionText: string | undefined;
  if (state && marker) {
    const nl = state.text.indexOf('\n', marker.end);
    const rest = state.text.slice(marker.end, nl === -1 ? undefined : nl).trim();
    if (rest.length > 3 && rest.length < 300) questionText = rest.replace(/^[.):\-–—\s]+/, '');
  }
  const insert = appendQuestionEdit(info.text ?? '', id, questionText);
  if (!insert) {
    void vscode.window.showWarningMessage('FOI Coder: the questionnaire lists its questions in flow style; add the question by hand.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  if (!info.exists) edit.createFile(info.uri, { ignoreIfExists: true });
  const doc = info.exists ? await vscode.workspace.openTextDocument(info.uri) : undefined;
  const at = doc ? doc.positionAt(insert.offset) : new vscode.Position(0, 0);
  edit.insert(info.uri, at, insert.text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const shown = await vscode.window.showTextDocument(info.uri, { preview: false });
  const line = shown.document.positionAt(insert.offset + insert.text.length).line;
  shown.selection = new vscode.Selection(Math.max(0, line - 1), 0, Math.max(0, line - 1), shown.document.lineAt(Math.max(0, line - 1)).text.length);
  return true;
}

export function registerQuickFixes(model: ReplyModel, diagnostics: ReplyDiagnostics): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(doc, _range, context) {
      const actions: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        const fix = diagnostics.fixFor(doc.uri, d);
        if (!fix) continue;
        if (d.code === CODE_STALE_QUOTE) {
          const a = new vscode.CodeAction(`Re-anchor the quote of ${fix.id}`, vscode.CodeActionKind.QuickFix);
          a.command = { command: REANCHOR_COMMAND, title: a.title, arguments: [fix.replyUri.toString(), fix.id] };
          a.diagnostics = [d];
          a.isPreferred = true;
          actions.push(a);
        } else if (d.code === CODE_UNKNOWN_ID) {
          const a = new vscode.CodeAction(`Add ${fix.id} to the questionnaire`, vscode.CodeActionKind.QuickFix);
          a.command = { command: ADD_TO_QUESTIONNAIRE_COMMAND, title: a.title, arguments: [fix.replyUri.toString(), fix.id] };
          a.diagnostics = [d];
          actions.push(a);
        }
      }
      return actions;
    },
  };
  const metadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider([{ language: REPLY_LANGUAGE }, { pattern: '**/*.answers.yaml' }], provider, metadata),
    vscode.commands.registerCommand(REANCHOR_COMMAND, (uri: unknown, id: unknown) => (typeof id === 'string' ? reanchorQuote(model, uri, id) : false)),
    vscode.commands.registerCommand(ADD_TO_QUESTIONNAIRE_COMMAND, (uri: unknown, id: unknown) => (typeof id === 'string' ? addToQuestionnaire(model, uri, id) : false)),
  );
}
