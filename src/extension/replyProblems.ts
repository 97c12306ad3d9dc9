// Every problem an open reply brings to light, placed in the file it belongs to: the reply's
// own (analysis problems, unknown ids at their markers, stale quotes where they used to be),
// its sidecar's (parse and schema problems, stale quotes on their `exact:` line, ids and
// values the questionnaire does not accept) and the questionnaire's. Pure; diagnostics.ts
// turns these into VS Code diagnostics and links the fixable ones to quick fixes.
import { LineIndex } from '../core/text';
import type { Problem } from '../core/types';
import type { ReplyFacts } from './replyView';
import { answerMarkers } from './replyView';
import { answerLines } from './sidecarLines';
import { checkValue } from './valueCheck';

export const CODE_STALE_QUOTE = 'stale-quote';
export const CODE_UNKNOWN_ID = 'unknown-id';
export const CODE_VALUE_TYPE = 'value-type';

export type ProblemTarget = 'reply' | 'sidecar' | 'questionnaire';

export interface PlacedProblem extends Problem {
  target: ProblemTarget;
  /** The question the problem is about, for quick fixes. */
  id?: string;
}

export interface ProblemFacts extends ReplyFacts {
  sidecarText: string | null;
  questionnaireProblems: Problem[];
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}

/** A problem spanning text[start, end) of the file indexed by `lines`. */
function spanProblem(lines: LineIndex, start: number, end: number, p: Omit<PlacedProblem, 'line' | 'column'>): PlacedProblem {
  const a = lines.position(start);
  const b = lines.position(Math.max(start, end));
  return { ...p, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
}

/** A problem on a whole 0-based line (its content, without indentation). */
function lineProblem(lines: LineIndex, line: number, p: Omit<PlacedProblem, 'line' | 'column'>): PlacedProblem {
  const text = lines.lineText(line);
  const from = lines.lineStart(line) + (text.length - text.trimStart().length);
  return spanProblem(lines, from, lines.lineEnd(line), p);
}

export function replyProblems(f: ProblemFacts): PlacedProblem[] {
  const out: PlacedProblem[] = [];
  const reply = new LineIndex(f.text);
  const q = f.questionnaire;
  for (const p of f.analysis.problems) if (p.code !== CODE_UNKNOWN_ID) out.push({ ...p, target: 'reply' });
  for (const p of f.questionnaireProblems) out.push({ ...p, target: 'questionnaire' });
  for (const p of f.sidecar?.problems ?? []) out.push({ ...p, target: 'sidecar' });

  if (q) {
    const seen = new Set<string>();
    for (const m of f.analysis.markers) {
      const unknown = m.unknownIds.filter((id) => !q.byId.has(id));
      if (unknown.length === 0) continue;
      for (const id of unknown) {
        const message = `${id} is not a question of the questionnaire${seen.has(id) ? '' : ' (add it, or correct the marker)'}`;
        seen.add(id);
        out.push(spanProblem(reply, m.start, m.end, { severity: 'warning', code: CODE_UNKNOWN_ID, message, target: 'reply', id }));
      }
    }
  }

  const sidecarLines = f.sidecarText === null ? null : new LineIndex(f.sidecarText);
  const located = f.sidecarText === null ? new Map() : answerLines(f.sidecarText);
  const markers = answerMarkers(f.analysis);
  for (const a of f.anchors.values()) {
    const where = located.get(a.id);
    if (a.stale && a.entry.quote) {
      const quote = a.entry.quote;
      const message = `${a.id}: the quote "${short(quote.exact)}" is no longer in the reply`;
      if (sidecarLines && where) {
        out.push(lineProblem(sidecarLines, where.exactLine ?? where.quoteLine ?? where.keyLine, { severity: 'warning', code: CODE_STALE_QUOTE, message, target: 'sidecar', id: a.id }));
      }
      const marker = markers.find((m) => m.ids.includes(a.id));
      let start = quote.start ?? marker?.start ?? 0;
      let end = quote.end ?? marker?.end ?? 0;
      if (start > f.text.length) start = end = marker?.start ?? 0;
      end = Math.min(Math.max(end, start), f.text.length);
      if (end === start) end = reply.lineEnd(reply.lineAt(start));
      out.push(spanProblem(reply, start, end, { severity: 'warning', code: CODE_STALE_QUOTE, message, target: 'reply', id: a.id }));
    }
    if (!sidecarLines || !where) continue;
    const question = q?.byId.get(a.id);
    if (q && !question) {
      const message = `${a.id} is coded here but is not a question of the questionnaire`;
      out.push(spanProblem(sidecarLines, sidecarLines.lineStart(where.keyLine) + where.keyStart, sidecarLines.lineStart(where.keyLine) + where.keyEnd, { severity: 'warning', code: CODE_UNKNOWN_ID, message, target: 'sidecar', id: a.id }));
    }
    const misfit = question ? checkValue(a.entry, question, q?.codes ?? {}) : null;
    if (misfit) {
      out.push(lineProblem(sidecarLines, where.valueLine ?? where.keyLine, { severity: 'warning', code: CODE_VALUE_TYPE, message: misfit, target: 'sidecar', id: a.id }));
    }
  }
  return out;
}
