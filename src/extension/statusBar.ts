// The status-bar item for the active reply: how many of its questions are coded and how many
// the engine has a suggestion for; a click goes to the next untagged question. Hidden for
// every other file.
import { vscode } from './vscodeApi';
import { isReplyDocument } from './replyModel';
import type { ReplyModel, ReplyState } from './replyModel';
import { replySummary } from './replyView';

export const NEXT_UNTAGGED_COMMAND = 'foiCoder.nextUntagged';
/** What the item shows now (for the integration tests, which cannot read the status bar). */
export const STATUS_ITEM_COMMAND = 'foiCoder._replyStatus';

/** `$(checklist) 18/26 coded · 3 suggested` (exported for tests). */
export function statusText(state: ReplyState): { text: string; tooltip: string } {
  const s = replySummary(state);
  const text = `$(checklist) ${s.coded}/${s.asked} coded` + (s.suggested > 0 ? ` · ${s.suggested} suggested` : '');
  const lines = [`FOI reply: ${s.coded} of ${s.asked} questions coded`];
  if (s.missing.length > 0) lines.push(`Missing: ${s.missing.slice(0, 12).join(', ')}${s.missing.length > 12 ? ', …' : ''}`);
  if (s.suggested > 0) lines.push(`${s.suggested} of them have a suggested answer`);
  // "Accept all (25)" in the light bulb writes headings' and routed-out questions' suggestions too.
  if (s.acceptable > s.suggested) lines.push(`Accept all would write ${s.acceptable} suggestions: ${s.acceptable - s.suggested} more for headings or questions not required here`);
  if (s.notRequired.size > 0) lines.push(`${s.notRequired.size} not required here (routing or headings)`);
  if (!s.fromQuestionnaire) lines.push('No questionnaire: counting the question ids seen in this reply');
  if (state.sidecar && !state.sidecar.sidecar) lines.push('⚠ The sidecar has errors (see Problems)');
  lines.push(s.missing.length > 0 ? 'Click: go to the next untagged question' : 'Every question is coded');
  return { text, tooltip: lines.join('\n') };
}

export function registerStatusBar(model: ReplyModel): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('foiCoder.replyStatus', vscode.StatusBarAlignment.Left, 50);
  item.name = 'FOI Coder: reply coverage';
  item.command = NEXT_UNTAGGED_COMMAND;
  let visible = false;

  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isReplyDocument(doc)) {
      item.hide();
      visible = false;
      return;
    }
    const state = model.get(doc.uri);
    if (!state) return; // the model is computing it; its event brings us back
    const { text, tooltip } = statusText(state);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
    visible = true;
  };

  const subscriptions = [
    item,
    vscode.commands.registerCommand(STATUS_ITEM_COMMAND, () => ({ text: item.text, tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value, visible })),
    vscode.window.onDidChangeActiveTextEditor(update),
    model.onDidChangeReply((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) update();
    }),
  ];
  update();
  return vscode.Disposable.from(...subscriptions);
}
