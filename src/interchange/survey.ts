// What the interchange writers (xlsx, qdpx) read: the survey as the workspace index sees it —
// questionnaire, coverage, and every reply with its text and its own sidecar's answers — taken
// from a WorkspaceIndex once, so the writers are plain functions of plain data.
import { anchorQuote } from '../core/anchor';
import type { SurveyCoverage } from '../core/coverage';
import { LineIndex } from '../core/text';
import type { AnswerEntry, Questionnaire } from '../core/types';
import type { WorkspaceIndex } from '../core/workspaceIndex';

export interface SurveyReply {
  /** Path relative to the workspace root, '/'-separated. */
  path: string;
  council: string;
  /** The reply's text as decoded (BOM removed, line endings kept); '' for a binary file. */
  text: string;
  binary: boolean;
  /** This file's own answers in sidecar order (empty without a usable sidecar). */
  answers: { id: string; entry: AnswerEntry }[];
}

export interface Survey {
  title: string;
  questionnaire: Questionnaire;
  coverage: SurveyCoverage;
  replies: SurveyReply[];
  /** Where a stored quote is in its reply's text now (UTF-16 offsets), or null when it cannot be found. */
  locate(reply: SurveyReply, entry: AnswerEntry): { start: number; end: number } | null;
  /** 1-based line of a coded answer's quote in its reply, or null. */
  lineOf(replyPath: string | undefined, entry: AnswerEntry | undefined): number | null;
}

/** The survey of an indexed workspace. `title` defaults to the questionnaire's title. */
export function surveyOf(index: WorkspaceIndex, fallbackTitle: string): Survey {
  const questionnaire = index.questionnaire;
  const replies: SurveyReply[] = index.replies().map((r) => ({
    path: r.path,
    council: r.council,
    text: r.binary ? '' : r.text,
    binary: r.binary,
    answers: r.sidecar?.sidecar ? [...r.sidecar.sidecar.answers].map(([id, entry]) => ({ id, entry })) : [],
  }));
  const byPath = new Map(replies.map((r) => [r.path, r] as const));
  const anchors = new Map<AnswerEntry, { start: number; end: number } | null>();
  const lines = new Map<string, LineIndex>();
  const locate = (reply: SurveyReply, entry: AnswerEntry): { start: number; end: number } | null => {
    if (anchors.has(entry)) return anchors.get(entry)!;
    let found: { start: number; end: number } | null = null;
    if (entry.quote && reply.text !== '') {
      try {
        const a = anchorQuote(reply.text, entry.quote);
        if (a && a.end > a.start) found = { start: a.start, end: a.end };
      } catch {
        found = null; // a quote that breaks the matcher is exported without a position
      }
    }
    anchors.set(entry, found);
    return found;
  };
  const lineOf = (replyPath: string | undefined, entry: AnswerEntry | undefined): number | null => {
    const reply = replyPath !== undefined ? byPath.get(replyPath) : undefined;
    if (!reply || !entry) return null;
    const at = locate(reply, entry);
    if (!at) return null;
    let li = lines.get(reply.path);
    if (!li) lines.set(reply.path, (li = new LineIndex(reply.text)));
    return li.position(at.start).line;
  };
  return { title: questionnaire.title ?? fallbackTitle, questionnaire, coverage: index.coverage(), replies, locate, lineOf };
}
