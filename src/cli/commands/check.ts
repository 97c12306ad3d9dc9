// `foi-coder check [dir]`: every problem in the questionnaire, the sidecars and the quotes, one
// line each as file:line:col: severity: message. Exit 1 when there is at least one error.
import { parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { anchorQuote } from '../../core/anchor';
import { routingCycles } from '../../core/coverage';
import { LineIndex, loneCrToLf } from '../../core/text';
import type { Problem, Questionnaire } from '../../core/types';
import { spanAtPath } from '../../core/yamlPositions';
import type { YamlPath } from '../../core/yamlPositions';
import { sidecarUnusable } from '../../core/workspaceIndex';
import type { IndexedReply } from '../../core/workspaceIndex';
import { EXIT, colourizer, errorMessage, formatProblem, safe } from '../io';
import type { CliIo } from '../io';
import { valueMisfit } from '../valueFit';
import { findingGroups, placedFindings, ruleProblems } from '../surveyChecks';
import { openWorkspace } from '../workspace';

export interface CheckArgs {
  dir?: string;
  questionnaire?: string;
  /** Problems printed per file before the rest are counted only (0 = all). */
  maxPerFile?: number;
}

/** Default cap per file: a questionnaire renumbering can make every marker an unknown id. */
export const MAX_PROBLEMS_PER_FILE = 20;

/** Positions inside one sidecar, parsed only when there is something to point at. */
class SidecarPositions {
  private doc: Document | null = null;
  private lines: LineIndex | null = null;
  private readonly text: string;
  constructor(text: string) {
    // Lone CRs read as the line breaks they are (same length, so offsets hold).
    this.text = loneCrToLf(text);
  }
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
  if (!parse) return out;
  const problems: Problem[] = [...parse.problems];
  const sidecar = parse.sidecar;
  if (sidecar && reply.sidecarText !== null && !sidecarUnusable(reply)) {
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
  if (qs.exists) groups.push({ file: qs.path, problems: [...qs.problems, ...ruleProblems(ws), ...cycleProblems(qs.text, qs.parsed)] });
  for (const p of ws.index.problems) groups.push({ file: p.file ?? '', problems: [p] });
  for (const reply of ws.index.replies()) groups.push(...checkReply(reply, ws));
  groups.push(...findingGroups(placedFindings(ws)));

  const counts = { error: 0, warning: 0, info: 0 };
  const paint = { error: col.red, warning: col.yellow, info: col.dim };
  const cap = args.maxPerFile ?? MAX_PROBLEMS_PER_FILE;
  let hidden = 0;
  for (const g of groups) {
    // Errors first, so a cap never hides an error behind a flood of infos.
    const rank = { error: 0, warning: 1, info: 2 };
    const sorted = [...g.problems].sort((a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column);
    let shown = 0;
    for (const p of sorted) {
      counts[p.severity]++;
      if (cap > 0 && shown >= cap) continue;
      shown++;
      const line = formatProblem(p, ws.show(p.file && p.file !== g.file ? p.file : g.file));
      io.out(paint[p.severity](line) + '\n');
    }
    if (sorted.length > shown) {
      hidden += sorted.length - shown;
      io.out(col.dim(`${safe(ws.show(g.file))}: … and ${sorted.length - shown} more problem${sorted.length - shown === 1 ? '' : 's'} (run with --all to see every one)`) + '\n');
    }
  }
  const replies = ws.index.replies().length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  if (!qs.exists) io.out(col.yellow(`No questionnaire (${ws.show(qs.path)}): ids and types not checked.`) + '\n');
  io.out(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(replies, 'reply', 'replies')} and their sidecars${hidden > 0 ? ` (${hidden} not shown)` : ''}.\n`);
  return counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}

/** Routing cycles as errors at the `id:` line of the cycle's first question. */
function cycleProblems(text: string | null, q: Questionnaire | null): Problem[] {
  if (!q) return [];
  const lines = text === null ? null : new LineIndex(text);
  return routingCycles(q).map((cycle) => {
    const id = cycle[0]!;
    const m = text === null ? null : new RegExp(`^([ \\t-]*)id:[ \\t]*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[ \\t]*(?:#.*)?$`, 'mi').exec(text);
    const at = m ? m.index + m[1]!.length : -1;
    const pos = at >= 0 && lines ? lines.position(at) : { line: 1, column: 1 };
    return problem('error', 'routing-cycle', `routing cycle: ${cycle.join(' → ')} (each is asked only when another in the cycle is answered; coverage treats them as required)`, pos);
  });
}
