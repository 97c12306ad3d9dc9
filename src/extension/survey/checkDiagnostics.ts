// The consistency checks (core/checks.ts) as problems in VS Code: each finding on the answer's
// value in its sidecar and on its quote in the reply; rules that do not parse on the
// questionnaire. Computed per workspace folder from the coverage model, after it changes.
import { vscode } from '../vscodeApi';
import { anchorQuote } from '../../core/anchor';
import { compileChecks, findingProblem, surveyChecks } from '../../core/checks';
import type { CheckFinding, SidecarParseCache } from '../../core/checks';
import { LineIndex } from '../../core/text';
import type { Problem } from '../../core/types';
import type { FolderCoverage } from '../workspaceModel';

const SOURCE = 'FOI Coder';
const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function diagnostic(range: vscode.Range, p: Pick<Problem, 'severity' | 'code' | 'message'>): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, p.message, SEVERITY[p.severity]);
  d.source = SOURCE;
  d.code = p.code;
  return d;
}

function problemRange(p: Problem): vscode.Range {
  const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const end = p.endLine !== undefined && p.endColumn !== undefined ? new vscode.Position(Math.max(0, p.endLine - 1), Math.max(0, p.endColumn - 1)) : start.translate(0, 1);
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

export class CheckDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('foi-coder-checks');
  /** Files each folder has problems on, so a fixed finding's problem goes away. */
  private readonly shown = new Map<string, Set<string>>();

  /** The folder's findings, for the dashboard. */
  update(f: FolderCoverage): CheckFinding[] {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const add = (uri: vscode.Uri, d: vscode.Diagnostic): void => {
      const key = uri.toString();
      const slot = byUri.get(key) ?? { uri, diagnostics: [] };
      slot.diagnostics.push(d);
      byUri.set(key, slot);
    };
    const at = (rel: string) => vscode.Uri.joinPath(f.folder.uri, ...rel.split('/'));
    const qs = f.index.questionnaireState;
    let findings: CheckFinding[] = [];
    if (qs.parsed) {
      const compiled = compileChecks(qs.parsed, qs.path);
      for (const p of compiled.problems) add(at(qs.path), diagnostic(problemRange(p), p));
      findings = surveyChecks(qs.parsed, f.coverage, compiled.checks);
      // One parse per sidecar and one line index per reply for the whole run: a survey can have
      // hundreds of findings, and this runs on the extension host.
      const sidecars: SidecarParseCache = new Map();
      const replyLines = new Map<string, LineIndex>();
      const councils = new Map(f.coverage.councils.map((c) => [c.council, c]));
      for (const finding of findings) {
        const reply = finding.file !== undefined ? f.index.reply(finding.file) : undefined;
        if (finding.sidecarFile !== undefined) {
          const p = findingProblem(finding, reply?.sidecarText ?? null, undefined, sidecars);
          add(at(finding.sidecarFile), diagnostic(problemRange(p), p));
        }
        // On the quote in the reply too, where the coder reads the answer.
        const cell = councils.get(finding.council)?.cells.find((c) => c.id === finding.questions[0]);
        const quote = cell?.entry?.quote;
        if (reply && quote?.exact && !reply.binary) {
          let span: { start: number; end: number } | null;
          try {
            span = anchorQuote(reply.text, quote);
          } catch {
            span = null; // an unanchorable quote has its own stale-quote problem
          }
          if (span) {
            let lines = replyLines.get(reply.path);
            if (!lines) replyLines.set(reply.path, (lines = new LineIndex(reply.text)));
            const a = lines.position(span.start);
            const b = lines.position(span.end);
            add(at(reply.path), diagnostic(new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1), finding));
          }
        }
      }
    }
    const key = f.folder.uri.toString();
    for (const uri of this.shown.get(key) ?? []) if (!byUri.has(uri)) this.collection.delete(vscode.Uri.parse(uri));
    for (const slot of byUri.values()) this.collection.set(slot.uri, slot.diagnostics);
    this.shown.set(key, new Set(byUri.keys()));
    return findings;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
