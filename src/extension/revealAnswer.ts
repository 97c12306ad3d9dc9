// `foiCoder._revealAnswer`: show a coded answer's quote in its reply, found again with the
// engine's anchoring on the reply's current text. A quote that can no longer be found is stale:
// the sidecar opens at that answer instead, and the user is told. An answer without a quote,
// or a question not coded yet, opens the reply at the question's marker when it has one.
import { vscode } from './vscodeApi';
import { anchorQuote } from '../core/anchor';
import { answerLine } from '../core/sidecar';
import type { Quote } from '../core/types';
import type { ReplyModel } from './replyModel';

export interface RevealArgs {
  /** The reply's URI (string form). */
  reply: string;
  questionId: string;
  quote?: Quote;
  /** The sidecar holding the answer, to open when the quote is stale. */
  sidecar?: string;
  /** Open beside the active editor (from the dashboard, which stays visible). */
  beside?: boolean;
}

function isRevealArgs(a: unknown): a is RevealArgs {
  const o = a as Partial<RevealArgs> | null;
  return typeof o === 'object' && o !== null && typeof o.reply === 'string' && typeof o.questionId === 'string';
}

async function show(doc: vscode.TextDocument, start: number, end: number, beside = false): Promise<void> {
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true, ...(beside ? { viewColumn: vscode.ViewColumn.Beside } : {}) });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openSidecarAt(sidecar: vscode.Uri, id: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(sidecar);
  let line: number;
  try {
    line = Math.max(0, (answerLine(doc.getText(), id) ?? 1) - 1);
  } catch {
    line = 0; // a sidecar that does not parse opens at its top; its diagnostics say where
  }
  const range = new vscode.Range(line, 0, line, doc.lineAt(line).text.length);
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}

/** Where the question's marker is in the reply: the one the engine reads the answer after. */
async function markerRange(model: ReplyModel | undefined, doc: vscode.TextDocument, id: string): Promise<[number, number] | undefined> {
  const state = model ? await model.getState(doc) : undefined;
  if (!state) return undefined;
  const answer = state.analysis.answers.find((a) => a.id === id);
  if (answer?.markerStart !== undefined) return [answer.markerStart, answer.markerEnd ?? answer.markerStart];
  const marker = state.analysis.markers.find((m) => m.ids.includes(id));
  return marker ? [marker.start, marker.end] : undefined;
}

/** Returns true when the answer (or the question's marker) is now selected in the reply. */
export async function revealAnswer(model: ReplyModel | undefined, arg: unknown): Promise<boolean> {
  if (!isRevealArgs(arg)) return false;
  const { questionId: id } = arg;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.reply));
  if (arg.quote?.exact) {
    const anchor = anchorQuote(doc.getText(), arg.quote);
    if (anchor) {
      await show(doc, anchor.start, anchor.end, arg.beside);
      return true;
    }
    if (arg.sidecar) await openSidecarAt(vscode.Uri.parse(arg.sidecar), id);
    // A notice: the sidecar is already open at the answer, nothing waits on the message.
    void vscode.window.showWarningMessage(`FOI Coder: the quote of ${id} is stale — it no longer matches ${vscode.workspace.asRelativePath(doc.uri, false)}. Re-anchor or re-code it.`);
    return false;
  }
  const marker = await markerRange(model, doc, id);
  if (marker) {
    await show(doc, marker[0], marker[1], arg.beside);
    return true;
  }
  await vscode.window.showTextDocument(doc, { preview: true });
  void vscode.window.showInformationMessage(`FOI Coder: no marker for ${id} was found in this reply.`); // a notice only
  return false;
}
