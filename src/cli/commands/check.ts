// `foi-coder check [dir]`: every problem in the questionnaire, the sidecars and the quotes, one
// line each as file:line:col: severity: message. Exit 1 when there is at least one error.
import { parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { anchorQuote } from '../../core/anchor';
import { LineIndex } from '../../core/text';
import type { Problem } from '../../core/types';
import { spanAtPath } from '../../core/yamlPositions';
import type { YamlPath } from '../../core/yamlPositions';
import type { IndexedReply } from '../../core/workspaceIndex';
import { EXIT, colourizer, errorMessage, formatProblem } from '../io';
import type { CliIo } from '../io';
import { valueMisfit } from '../valueFit';
import { findingGroups, placedFindings, ruleProblems } from '../surveyChecks';
import { openWorkspace } from '../workspace';

export interface CheckArgs {
  dir?: string;
  questionnaire?: string;
}

/** Positions inside one sidecar, parsed only when there is something to point at. */
class SidecarPositions {
  private doc: Document | null = null;
  private lines: LineIndex | null = null;
  constructor(private readonly text: string) {}
  at(path: YamlPath, at: 'key' | 'value' = 'value'): { line: number; column: number; start?: number; end?: number } {
    this.doc ??= parseDocument(this.text);
    this.lines ??= new LineIndex(this.text);
    const span = spanAtPath(this.doc, path, at);
    if (!span) return { line: 1, column: 1 };
    return { ...this.lines.position(span.start), start: span.start, end: span.end };
  }
}

function problem(severity: Problem['severity'], code: string, message: string, pos: { line: number; column: number }): Problem {
  return { severity, code, message, line: pos.line, column: pos.column };
}

/** Problems of one reply and its sidecar beyond what parsing reports. */
function checkReply(reply: IndexedReply, ws: Awaited<ReturnType<typeof openWorkspace>>): { file: string; problems: Problem[] }[] {
  const out: { file: string; problems: Problem[] }[] = [];
  const replyProblems: Problem[] = [...reply.problems];
  const q = ws.index.questionnaireState.parsed;
  if (q) {
    const lines = new LineIndex(reply.text);
    for (const m of reply.markers) {
      for (const id of m.unknownIds) {
        replyProblems.push(problem('info', 'unknown-id', `${id} is not in the questionnaire`, lines.position(m.start)));
      }
    }
  }
  out.push({ file: reply.path, problems: replyProblems });

  const parse = reply.sidecar;
  if (!parse || reply.sidecarText === null) return out;
  const problems: Problem[] = [...parse.problems];
  const sidecar = parse.sidecar;
  if (sidecar) {
    const pos = new SidecarPositions(reply.sidecarText);
    if (q && sidecar.variant !== undefined && !q.variants[sidecar.variant]) {
      problems.push(problem('warning', 'unknown-variant', `variant "${sidecar.variant}" is not defined in the questionnaire`, pos.at(['variant'])));
    }
    for (const [id, entry] of sidecar.answers) {
      const question = q?.byId.get(id);
      if (q && !question) problems.push(problem('warning', 'unknown-id', `${id} is not in the questionnaire`, pos.at(['answers', id], 'key')));
      if (question && q && (entry.status === 'answered' || entry.status === 'partial')) {
        const misfit = valueMisfit(entry, question, q);
        if (misfit) problems.push(problem('warning', 'value-type', `${id}: ${misfit}`, pos.at(['answers', id, 'value'])));
      }
      if (entry.quote && !reply.binary) {
        let anchored: ReturnType<typeof anchorQuote>;
        try {
          anchored = anchorQuote(reply.text, entry.quote);
        } catch (e) {
          problems.push(problem('error', 'internal', `${id}: anchoring the quote failed: ${errorMessage(e)}`, pos.at(['answers', id, 'quote'])));
          continue;
        }
        if (!anchored) {
          const short = entry.quote.exact.length > 40 ? entry.quote.exact.slice(0, 39) + '…' : entry.quote.exact;
          problems.push(problem('warning', 'stale-quote', `${id}: quote "${short.replace(/\s+/g, ' ')}" no longer found in ${ws.show(reply.path)}`, pos.at(['answers', id, 'quote'])));
        }
      }
    }
  }
  out.push({ file: reply.sidecarPath, problems });
  return out;
}

export async function check(io: CliIo, args: CheckArgs): Promise<number> {
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  const col = colourizer(io);
  const qs = ws.index.questionnaireState;
  const groups: { file: string; problems: Problem[] }[] = [];
  if (qs.exists) groups.push({ file: qs.path, problems: [...qs.problems, ...ruleProblems(ws)] });
  for (const reply of ws.index.replies()) groups.push(...checkReply(reply, ws));
  groups.push(...findingGroups(placedFindings(ws)));

  const counts = { error: 0, warning: 0, info: 0 };
  const paint = { error: col.red, warning: col.yellow, info: col.dim };
  for (const g of groups) {
    const sorted = [...g.problems].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const p of sorted) {
      counts[p.severity]++;
      const line = formatProblem(p, ws.show(p.file && p.file !== g.file ? p.file : g.file));
      io.out(paint[p.severity](line) + '\n');
    }
  }
  const replies = ws.index.replies().length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  if (!qs.exists) io.out(col.yellow(`No questionnaire (${ws.show(qs.path)}): ids and types not checked.`) + '\n');
  io.out(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(replies, 'reply', 'replies')} and their sidecars.\n`);
  return counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}
