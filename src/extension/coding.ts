// The decisions behind coding an answer from the editor, without `vscode`: which question a
// cursor or selection belongs to, the sidecar entry to write for a selection, a status or a
// suggestion, which markers still lack a tag and where the next one is, and the code actions
// to offer at a position. Offsets are UTF-16 code units of the reply text, as VS Code counts.
import { makeQuote } from '../core/anchor';
import type { AnswerEdit } from '../core/sidecar';
import type { AnswerEntry, Exemption, Marker, Question, Status, Suggestion } from '../core/types';
import { parseValue } from '../core/values';
import { answerMarkers, effectiveQuestionnaire, pendingSuggestionIds, replySummary, suggestionFor } from './replyView';
import type { ReplyFacts, Span } from './replyView';

export const AUTO_CODER = 'auto';

/** The statuses a researcher marks without a selection, in the order the menu shows them. */
export const MARKABLE_STATUSES: readonly Status[] = ['not-held', 'not-applicable', 'refused', 'signposted', 'partial', 'unclear'];

import { STATUS_WORDS } from '../core/types';
export { STATUS_WORDS };

/** "not held", "refused (s12)": a status as a person reads it. */
export function statusWords(status: Status, exemption?: Exemption): string {
  return status === 'refused' && exemption ? `refused (${exemption})` : STATUS_WORDS[status];
}

/** The `coder:` written on a person's answers: the setting, else the OS user, else `coder`. */
export function coderName(setting: string | undefined, osUser: string | undefined): string {
  const s = setting?.trim();
  if (s) return s;
  const u = osUser?.trim();
  return u ? u : 'coder';
}

/** The span without the white space at its ends (a selection often takes a line break too). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function isCoded(f: ReplyFacts, id: string): boolean {
  return f.sidecar?.sidecar?.answers.has(id) ?? false;
}

export interface NearestQuestion {
  id: string;
  marker: Marker;
}

/**
 * The question a position belongs to: the last marker that starts at or before it (its first
 * untagged id for a range such as `Q13a-d`). undefined before the first marker.
 */
export function nearestQuestion(f: ReplyFacts, offset: number): NearestQuestion | undefined {
  let found: Marker | undefined;
  for (const m of f.analysis.markers) {
    if (m.start > offset) break;
    if (m.ids.length > 0) found = m;
  }
  if (!found) return undefined;
  return { id: found.ids.find((id) => !isCoded(f, id)) ?? found.ids[0]!, marker: found };
}

/** Question ids to choose from, in questionnaire order (the ids seen when there is none). */
export function questionIds(f: ReplyFacts): string[] {
  return effectiveQuestionnaire(f).questions.map((q) => q.id);
}

function questionOf(f: ReplyFacts, id: string): Question | undefined {
  return effectiveQuestionnaire(f).byId.get(id);
}

/** A new entry that keeps the note a person wrote on the answer it replaces. */
function baseEntry(f: ReplyFacts, id: string, status: Status): AnswerEntry {
  const entry: AnswerEntry = { status };
  const note = f.sidecar?.sidecar?.answers.get(id)?.note;
  if (note !== undefined) entry.note = note;
  return entry;
}

function setValue(entry: AnswerEntry, value: AnswerEntry['value'], unit: string | undefined): void {
  if (value !== null && value !== undefined) entry.value = value;
  if (unit) entry.unit = unit;
}

/** The entry for "tag the selection as the answer to `id`": value read from the selection. */
export function entryForSelection(f: ReplyFacts, id: string, span: Span, coder: string, status: Status = 'answered'): AnswerEntry | null {
  const { start, end } = trimSpan(f.text, span.start, span.end);
  if (end <= start) return null;
  const entry = baseEntry(f, id, status);
  if (status === 'answered' || status === 'partial') {
    const v = parseValue(f.text.slice(start, end), questionOf(f, id), f.questionnaire?.codes);
    setValue(entry, v.value, v.unit);
  }
  entry.coder = coder;
  entry.quote = makeQuote(f.text, start, end);
  return entry;
}

export interface StatusOptions {
  exemption?: Exemption;
  /** The selection, when the user selected the text that supports the status. */
  span?: Span;
}

/**
 * The entry for "mark `id` as `status`". The quote is the selection, else where the current
 * answer's quote is now, else the engine's answer text. Only answered/partial keep a value.
 */
export function entryForStatus(f: ReplyFacts, id: string, status: Status, coder: string, options: StatusOptions = {}): AnswerEntry {
  const entry = baseEntry(f, id, status);
  const existing = f.sidecar?.sidecar?.answers.get(id);
  const suggestion = suggestionFor(f.analysis, id);
  const selected = options.span ? trimSpan(f.text, options.span.start, options.span.end) : undefined;
  const anchored = f.anchors.get(id)?.anchor ?? null;
  const span = selected && selected.end > selected.start ? selected : anchored ?? (suggestion ? { start: suggestion.start, end: suggestion.end } : undefined);
  if (status === 'refused') {
    const exemption = options.exemption ?? suggestion?.exemption ?? existing?.exemption;
    if (exemption) entry.exemption = exemption;
  }
  if (status === 'answered' || status === 'partial') {
    if (selected && selected.end > selected.start) {
      const v = parseValue(f.text.slice(selected.start, selected.end), questionOf(f, id), f.questionnaire?.codes);
      setValue(entry, v.value, v.unit);
    } else if (existing && (existing.status === 'answered' || existing.status === 'partial')) setValue(entry, existing.value, existing.unit);
    else if (suggestion) setValue(entry, suggestion.value, suggestion.unit);
  }
  entry.coder = coder;
  if (span && span.end > span.start) entry.quote = makeQuote(f.text, span.start, span.end);
  return entry;
}

/** The entry for accepting the engine's suggestion, written as `coder`. */
export function entryFromSuggestion(f: ReplyFacts, s: Suggestion, coder: string): AnswerEntry {
  const entry = baseEntry(f, s.id, s.status);
  if (s.exemption) entry.exemption = s.exemption;
  setValue(entry, s.value, s.unit);
  entry.coder = coder;
  if (s.end > s.start) entry.quote = makeQuote(f.text, s.start, s.end);
  return entry;
}

/** Does the sidecar already say what the suggestion says (so accepting it would change nothing)? */
export function agreesWith(entry: AnswerEntry | undefined, s: Suggestion): boolean {
  if (!entry || entry.status !== s.status || entry.exemption !== s.exemption) return false;
  return (entry.value ?? null) === (s.value ?? null);
}

/**
 * Edits that code every untagged question from its suggestion (`coder: auto`) at or above
 * `minConfidence`. Tagged questions — by a person or earlier auto-coding — are never touched;
 * ids the questionnaire does not know are left for a person.
 */
export function autoCodeEdits(f: ReplyFacts, minConfidence: number): AnswerEdit[] {
  const edits: AnswerEdit[] = [];
  const seen = new Set<string>();
  for (const s of f.analysis.answers) {
    if (seen.has(s.id) || isCoded(f, s.id) || s.confidence < minConfidence) continue;
    if (f.questionnaire && !f.questionnaire.byId.has(s.id)) continue;
    seen.add(s.id);
    edits.push({ id: s.id, entry: entryFromSuggestion(f, s, AUTO_CODER) });
  }
  return edits;
}

/** Untagged questions with a suggestion, however unsure. */
export function pendingSuggestions(f: ReplyFacts): Suggestion[] {
  const ids = new Set(pendingSuggestionIds(f));
  return f.analysis.answers.filter((s) => ids.delete(s.id));
}

/** The answer-bearing markers of questions that still need a tag, in reply order. */
export function untaggedMarkers(f: ReplyFacts): Marker[] {
  const notRequired = replySummary(f).notRequired;
  return answerMarkers(f.analysis).filter((m) => m.ids.some((id) => !isCoded(f, id) && !notRequired.has(id)));
}

/** The next (or previous) marker strictly after (before) `offset`; undefined when none is left. */
export function adjacentMarker(markers: readonly Marker[], offset: number, direction: 'next' | 'previous'): Marker | undefined {
  if (direction === 'next') return markers.find((m) => m.start > offset);
  let found: Marker | undefined;
  for (const m of markers) if (m.start < offset) found = m;
  return found;
}

/** `refused (s12) · 92%`. */
export function suggestionLabel(s: Suggestion): string {
  return `${statusWords(s.status, s.exemption)} · ${Math.round(s.confidence * 100)}%`;
}

// ---- writing ------------------------------------------------------------------------------------

/**
 * The smallest [start, endOld) of `oldText` to replace by newText[start, endNew), never cutting
 * a CRLF or a surrogate pair in two (VS Code positions cannot point inside either).
 */
export function changedRange(oldText: string, newText: string): { start: number; endOld: number; endNew: number } {
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  const splits = (t: string, i: number): boolean => i > 0 && i < t.length && ((t[i - 1] === '\r' && t[i] === '\n') || (t.charCodeAt(i - 1) >= 0xd800 && t.charCodeAt(i - 1) <= 0xdbff));
  while (p > 0 && (splits(oldText, p) || splits(newText, p))) p--;
  while (s > 0 && (splits(oldText, oldText.length - s) || splits(newText, newText.length - s))) s--;
  return { start: p, endOld: oldText.length - s, endNew: newText.length - s };
}

// ---- code actions -------------------------------------------------------------------------------

export type PlannedAction =
  | { kind: 'tag'; title: string; id: string; span: Span }
  | { kind: 'tagPick'; title: string; span: Span }
  | { kind: 'mark'; title: string; id: string; status: Status; exemption?: Exemption; pickExemption?: boolean }
  | { kind: 'accept'; title: string; id: string; preferred: boolean }
  | { kind: 'acceptAll'; title: string; count: number }
  | { kind: 'openSidecar'; title: string; id: string };

/** The coding actions offered at a cursor (empty span) or a selection. */
export function planCodeActions(f: ReplyFacts, selection: Span, minConfidence: number): PlannedAction[] {
  const out: PlannedAction[] = [];
  const near = nearestQuestion(f, selection.start);
  const selected = trimSpan(f.text, selection.start, selection.end);
  const hasSelection = selected.end > selected.start;
  if (hasSelection) {
    if (near) out.push({ kind: 'tag', title: `Tag selection as answer to ${near.id}`, id: near.id, span: selected });
    out.push({ kind: 'tagPick', title: 'Tag selection as answer to…', span: selected });
  }
  if (near) {
    const s = suggestionFor(f.analysis, near.id, near.marker);
    const existing = f.sidecar?.sidecar?.answers.get(near.id);
    if (s && !agreesWith(existing, s)) {
      out.push({ kind: 'accept', title: `Accept suggestion: ${near.id} — ${suggestionLabel(s)}`, id: near.id, preferred: s.confidence >= minConfidence && !existing });
    }
    for (const status of MARKABLE_STATUSES) {
      if (status === 'refused') {
        const exemption = s?.exemption;
        if (exemption) out.push({ kind: 'mark', title: `Mark ${near.id} as refused (${exemption})`, id: near.id, status, exemption });
        out.push({ kind: 'mark', title: `Mark ${near.id} as refused…`, id: near.id, status, pickExemption: true });
      } else out.push({ kind: 'mark', title: `Mark ${near.id} as ${statusWords(status)}`, id: near.id, status });
    }
    if (existing) out.push({ kind: 'openSidecar', title: `Open sidecar at ${near.id}`, id: near.id });
  }
  const pending = pendingSuggestions(f).length;
  if (pending > 0) out.push({ kind: 'acceptAll', title: `Accept all suggestions in this reply (${pending})`, count: pending });
  return out;
}
