// Coding code actions in a reply (DESIGN §8), at a marker, a cursor in an answer, or a
// selection: tag the selection, mark the nearest question's status, accept its suggestion or
// all of them, open the sidecar there. The plan comes from coding.ts; each action runs a
// command with arguments, so nothing is computed or written until the user picks one.
// Kinds: `quickfix.foi` for coding an answer (so the preferred suggestion can be applied with
// the "auto fix" key), `refactor.rewrite.foi` for turning a selection into an answer.
import { vscode } from './vscodeApi';
import { planCodeActions } from './coding';
import type { PlannedAction } from './coding';
import type { CodingArgs } from './codingCommands';
import { CMD } from './commandIds';
import { REPLY_LANGUAGE } from './replyModel';
import type { ReplyModel } from './replyModel';
import { getSettings } from './settings';

export const FOI_QUICKFIX = vscode.CodeActionKind.QuickFix.append('foi');
export const FOI_REWRITE = vscode.CodeActionKind.RefactorRewrite.append('foi');

function commandFor(p: PlannedAction, base: CodingArgs): vscode.Command {
  switch (p.kind) {
    case 'tag':
      return { command: CMD.tagSelection, title: p.title, arguments: [{ ...base, id: p.id, start: p.span.start, end: p.span.end }] };
    case 'tagPick':
      return { command: CMD.tagSelection, title: p.title, arguments: [{ ...base, pickId: true, start: p.span.start, end: p.span.end }] };
    case 'mark': {
      const args: CodingArgs = { ...base, id: p.id, status: p.status };
      if (p.exemption) args.exemption = p.exemption;
      if (p.pickExemption) args.pickExemption = true;
      return { command: CMD.markStatus, title: p.title, arguments: [args] };
    }
    case 'accept':
      return { command: CMD.acceptSuggestion, title: p.title, arguments: [{ ...base, id: p.id }] };
    case 'acceptAll':
      return { command: CMD.acceptAllSuggestions, title: p.title, arguments: [{ uri: base.uri, version: base.version }] };
    case 'openSidecar':
      return { command: CMD.openSidecar, title: p.title, arguments: [{ uri: base.uri, id: p.id }] };
  }
}

export class CodingActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [FOI_QUICKFIX, FOI_REWRITE] };

  constructor(private readonly model: ReplyModel) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const only = context.only;
    if (only && !only.intersects(FOI_QUICKFIX) && !only.intersects(FOI_REWRITE)) return [];
    const state = await this.model.getState(doc);
    if (!state || token.isCancellationRequested) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    // Mark actions carry the selection too: it becomes the quote of the status.
    const base: CodingArgs = { uri: doc.uri.toString(), version: doc.version, start, end };
    const plan = planCodeActions(state, { start, end }, getSettings(doc.uri).minConfidence);
    const out: vscode.CodeAction[] = [];
    for (const p of plan) {
      const kind = p.kind === 'tag' || p.kind === 'tagPick' ? FOI_REWRITE : FOI_QUICKFIX;
      if (only && !only.contains(kind) && !kind.contains(only)) continue;
      const action = new vscode.CodeAction(p.title, kind);
      action.command = commandFor(p, base);
      if (p.kind === 'accept' && p.preferred) action.isPreferred = true;
      out.push(action);
    }
    return out;
  }
}

export function registerCodeActions(model: ReplyModel): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: REPLY_LANGUAGE }, new CodingActionProvider(model), CodingActionProvider.metadata);
}
