// The `foi-coder` diagnostics: for every open reply, the problems of the reply, its sidecar and
// the questionnaire (replyProblems.ts), plus parse problems of sidecars and questionnaires
// open on their own. Rebuilt in one pass, shortly after the model changes, and diffed
// against what is shown so untouched files keep their diagnostics objects.
import { vscode } from './vscodeApi';
import { LineIndex } from '../core/text';
import type { Problem } from '../core/types';
import { isReplyDocument } from './replyModel';
import type { ReplyModel } from './replyModel';
import { safeParseSidecar } from './replyCompute';
import { replyProblems } from './replyProblems';
import type { PlacedProblem } from './replyProblems';

export const DIAGNOSTIC_SOURCE = 'FOI Coder';
const REBUILD_DELAY_MS = 50;

/** What a fixable diagnostic is about; looked up by the quick-fix provider. */
export interface FixTarget {
  replyUri: vscode.Uri;
  id: string;
}

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function toDiagnostic(p: Problem, text: string | null): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  let end: vscode.Position;
  if (p.endLine !== undefined && p.endColumn !== undefined) end = new vscode.Position(Math.max(0, p.endLine - 1), Math.max(0, p.endColumn - 1));
  else if (text !== null) end = new vscode.Position(start.line, Math.max(start.character + 1, new LineIndex(text).lineText(start.line).length));
  else end = start.translate(0, 1);
  const d = new vscode.Diagnostic(new vscode.Range(start, end.isBefore(start) ? start : end), p.message, SEVERITY[p.severity] ?? vscode.DiagnosticSeverity.Warning);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = p.code;
  return d;
}

function fixKey(uri: vscode.Uri, code: string, range: vscode.Range): string {
  return `${uri.toString()}#${code}#${range.start.line}:${range.start.character}`;
}

export class ReplyDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('foi-coder');
  private readonly fixes = new Map<string, FixTarget>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown = new Set<string>();

  constructor(private readonly model: ReplyModel) {
    const later = (): void => this.schedule();
    this.disposables.push(
      model.onDidChangeReply(later),
      vscode.workspace.onDidOpenTextDocument(later),
      vscode.workspace.onDidCloseTextDocument(later),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'yaml' || e.document.uri.path.endsWith('.yaml')) later();
      }),
    );
    later();
  }

  /** The reply and question a diagnostic can be fixed for. */
  fixFor(uri: vscode.Uri, d: vscode.Diagnostic): FixTarget | undefined {
    return typeof d.code === 'string' ? this.fixes.get(fixKey(uri, d.code, d.range)) : undefined;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.rebuild().catch((e: unknown) => console.error('FOI Coder diagnostics', e));
    }, REBUILD_DELAY_MS);
  }

  private async rebuild(): Promise<void> {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[]; keys: Set<string> }>();
    const fixes = new Map<string, FixTarget>();
    const add = (uri: vscode.Uri, p: Problem, text: string | null, fix?: FixTarget): void => {
      const key = uri.toString();
      let slot = byUri.get(key);
      if (!slot) byUri.set(key, (slot = { uri, diagnostics: [], keys: new Set() }));
      const d = toDiagnostic(p, text);
      // The same questionnaire problem arrives once per open reply.
      const dedupe = `${p.code}|${p.message}|${d.range.start.line}:${d.range.start.character}`;
      if (slot.keys.has(dedupe)) return;
      slot.keys.add(dedupe);
      slot.diagnostics.push(d);
      if (fix) fixes.set(fixKey(uri, p.code, d.range), fix);
    };
    const covered = new Set<string>();
    for (const doc of this.model.replyDocuments()) {
      const s = this.model.get(doc.uri);
      if (!s) continue;
      covered.add(s.sidecarUri.toString());
      if (s.questionnaireUri) covered.add(s.questionnaireUri.toString());
      for (const p of replyProblems(s) as PlacedProblem[]) {
        const fix = p.id !== undefined ? { replyUri: s.uri, id: p.id } : undefined;
        if (p.target === 'reply') add(s.uri, p, s.text, fix);
        else if (p.target === 'sidecar') add(s.sidecarUri, p, s.sidecarText, fix);
        else if (s.questionnaireUri) add(s.questionnaireUri, p, null);
      }
    }
    // Sidecars and questionnaires open without their reply still show their own problems.
    for (const doc of vscode.workspace.textDocuments) {
      const key = doc.uri.toString();
      if (covered.has(key) || isReplyDocument(doc) || doc.isClosed) continue;
      if (doc.uri.path.toLowerCase().endsWith('.answers.yaml')) {
        for (const p of safeParseSidecar(doc.getText(), vscode.workspace.asRelativePath(doc.uri, false)).problems) add(doc.uri, p, doc.getText());
      } else if (doc.uri.path.endsWith('.yaml') || doc.uri.path.endsWith('.yml')) {
        const q = await this.model.questionnaireFor(doc.uri);
        if (q.uri?.toString() === key) for (const p of q.problems) add(doc.uri, p, q.text);
      }
    }
    for (const key of this.shown) if (!byUri.has(key)) this.collection.delete(vscode.Uri.parse(key));
    for (const slot of byUri.values()) this.collection.set(slot.uri, slot.diagnostics);
    this.shown = new Set(byUri.keys());
    this.fixes.clear();
    for (const [k, v] of fixes) this.fixes.set(k, v);
  }
}
