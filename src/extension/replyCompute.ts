// The pure part of the reply model: from a reply's text, its sidecar's text and the
// questionnaire, compute what every editor feature shows. No `vscode` import, so it is
// unit-tested in plain Node; the engine's functions are wrapped so that a bug in one of them
// becomes a problem on screen instead of an exception inside VS Code.
import { anchorQuote } from '../core/anchor';
import type { Anchor } from '../core/anchor';
import { parseSidecar } from '../core/sidecar';
import type { SidecarParse } from '../core/sidecar';
import { analyzeReply } from '../core/suggest';
import type { AnswerEntry, Problem, Questionnaire, ReplyAnalysis } from '../core/types';

/** A sidecar answer located in the current reply text. */
export interface AnswerAnchor {
  id: string;
  entry: AnswerEntry;
  /** Where the quote is now; null when the answer has no quote or the quote is stale. */
  anchor: Anchor | null;
  /** The answer has a quote that can no longer be found in the reply. */
  stale: boolean;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function internalProblem(what: string, e: unknown, file?: string): Problem {
  const p: Problem = { severity: 'error', code: 'internal', message: `${what} failed: ${errorMessage(e)}`, line: 1, column: 1 };
  if (file !== undefined) p.file = file;
  return p;
}

export function safeAnalyze(text: string, questionnaire: Questionnaire | null, file?: string): ReplyAnalysis {
  try {
    return analyzeReply(text, questionnaire, file === undefined ? {} : { file });
  } catch (e) {
    return { council: null, markers: [], answers: [], problems: [internalProblem('analysing the reply', e, file)] };
  }
}

export function safeParseSidecar(text: string, file?: string): SidecarParse {
  try {
    return parseSidecar(text, file);
  } catch (e) {
    return { sidecar: null, problems: [internalProblem('reading the sidecar', e, file)] };
  }
}

/** Every sidecar answer with its quote anchored in `text` (in sidecar order). */
export function anchorAnswers(text: string, sidecar: SidecarParse | null): Map<string, AnswerAnchor> {
  const out = new Map<string, AnswerAnchor>();
  const answers = sidecar?.sidecar?.answers;
  if (!answers) return out;
  for (const [id, entry] of answers) {
    let anchor: Anchor | null = null;
    const quoted = entry.quote !== undefined && typeof entry.quote.exact === 'string' && entry.quote.exact !== '';
    if (quoted && entry.quote) {
      try {
        anchor = anchorQuote(text, entry.quote);
      } catch {
        anchor = null;
      }
    }
    out.set(id, { id, entry, anchor, stale: quoted && anchor === null });
  }
  return out;
}
