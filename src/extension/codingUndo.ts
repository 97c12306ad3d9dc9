// One Undo for a coding action, pressed in the reply. VS Code's own undo stacks are per
// document: Ctrl+Z in the reply would never reach an edit of the sidecar (and a workspace edit
// spanning both files asks "undo across all files?" first). So each coding action is recorded
// here with the sidecar texts before and after, and Ctrl+Z in a reply runs `_undoCoding`
// while the context key says the last action can be undone: it puts back the sidecar texts if
// nobody changed them since. Typing in any reply clears the record, so Ctrl+Z then undoes the
// typing as usual. (An open sidecar also holds the edit on its own undo stack.)
import { vscode } from './vscodeApi';
import { CAN_UNDO_CODING_KEY } from './commandIds';
import { isReplyDocument } from './replyModel';
import { restoreSidecarText } from './sidecarWriter';
import type { SidecarChange } from './sidecarWriter';

interface CodingRecord {
  label: string;
  changes: SidecarChange[];
  /** The reply the action was taken in; undefined for workspace-wide actions (auto-code all). */
  reply?: string;
}

const MAX_RECORDS = 50;

export class CodingUndo implements vscode.Disposable {
  private readonly records: CodingRecord[] = [];
  private readonly disposables: vscode.Disposable[];
  private keyValue: boolean | undefined;

  constructor() {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isReplyDocument(e.document)) this.clear();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateKey()),
    ];
    this.updateKey();
  }

  /** Record a coding action (only the sidecars it really changed). */
  push(label: string, changes: readonly (SidecarChange | undefined)[], reply?: vscode.Uri): void {
    const real = changes.filter((c): c is SidecarChange => c !== undefined && c.changed);
    if (real.length === 0) return;
    const record: CodingRecord = { label, changes: real };
    if (reply) record.reply = reply.toString();
    this.records.push(record);
    if (this.records.length > MAX_RECORDS) this.records.shift();
    this.updateKey();
  }

  /** The action Ctrl+Z would undo in this editor, if any. */
  private top(editor: vscode.TextEditor | undefined): CodingRecord | undefined {
    const last = this.records[this.records.length - 1];
    if (!last || !editor || !isReplyDocument(editor.document)) return undefined;
    return last.reply === undefined || last.reply === editor.document.uri.toString() ? last : undefined;
  }

  /** Undo the last coding action of the active reply. Returns whether every sidecar was restored. */
  async undo(): Promise<boolean> {
    const record = this.top(vscode.window.activeTextEditor);
    if (!record) return false;
    this.records.pop();
    this.updateKey();
    const failed: string[] = [];
    for (const c of [...record.changes].reverse()) {
      if (!(await restoreSidecarText(c.uri, c.after, c.before))) failed.push(vscode.workspace.asRelativePath(c.uri, false));
    }
    if (failed.length > 0) {
      // A notice: the rest of the undo is done; these files were edited by someone since.
      void vscode.window.showWarningMessage(`FOI Coder: could not undo "${record.label}" in ${failed.join(', ')}: changed since. Undo there by hand.`);
      return false;
    }
    vscode.window.setStatusBarMessage(`FOI Coder: undid ${record.label}`, 3000);
    return true;
  }

  clear(): void {
    if (this.records.length === 0) return;
    this.records.length = 0;
    this.updateKey();
  }

  private updateKey(): void {
    const value = this.top(vscode.window.activeTextEditor) !== undefined;
    if (value === this.keyValue) return;
    this.keyValue = value;
    // Context keys are fire-and-forget; a failure only leaves the keybinding inactive.
    void vscode.commands.executeCommand('setContext', CAN_UNDO_CODING_KEY, value).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
