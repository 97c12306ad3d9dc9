// What the editor shows for one reply, computed from the model's facts without `vscode`:
// the coverage of this reply, which markers still need a tag, the spans to colour by status,
// the suggestions nobody has coded yet, and the question blocks to fold. Offsets only; the
// editor features turn them into ranges.
import { councilCoverage } from '../core/coverage';
import type { SidecarParse } from '../core/sidecar';
import { questionnaireFromIds } from '../core/questionnaire';
import type { Marker, Questionnaire, ReplyAnalysis, Status, Suggestion } from '../core/types';
import type { AnswerAnchor } from './replyCompute';

/** The part of a reply's state these functions need (ReplyState satisfies it). */
export interface ReplyFacts {
  text: string;
  analysis: ReplyAnalysis;
  sidecar: SidecarParse | null;
  questionnaire: Questionnaire | null;
  anchors: Map<string, AnswerAnchor>;
}

export interface Span {
  start: number;
  end: number;
}

export interface ReplySummary {
  /** Questions this reply had to answer (routing and headings taken out). */
  asked: number;
  coded: number;
  /** Asked, not coded, in questionnaire order. */
  missing: string[];
  /** Missing questions the engine has a suggestion for. */
  suggested: number;
  /**
   * Suggestions "Accept all" would write: every uncoded question of the questionnaire with one,
   * headings and routed-out questions included (so it can be more than `suggested`).
   */
  acceptable: number;
  /** Questions the routing (or being a heading) makes unnecessary here. */
  notRequired: Set<string>;
  /** false when the questionnaire was made up from the ids seen (no questionnaire file). */
  fromQuestionnaire: boolean;
}

export interface DecorationPlan {
  coded: Record<Status, Span[]>;
  /** Marker labels whose questions still need a tag. */
  untaggedMarkers: Span[];
  /** Suggested answers of questions nobody has coded. */
  suggestions: Span[];
}

/** The questionnaire to count against: the real one, else the ids seen in the reply and sidecar. */
export function effectiveQuestionnaire(f: Pick<ReplyFacts, 'analysis' | 'sidecar' | 'questionnaire'>): Questionnaire {
  if (f.questionnaire) return f.questionnaire;
  const ids = f.analysis.markers.flatMap((m) => m.ids);
  for (const id of f.sidecar?.sidecar?.answers.keys() ?? []) ids.push(id);
  return questionnaireFromIds(ids);
}

/** Ids of the uncoded questions (of the questionnaire, when there is one) with a suggestion, in suggestion order. */
export function pendingSuggestionIds(f: Pick<ReplyFacts, 'analysis' | 'sidecar' | 'questionnaire'>): string[] {
  const coded = f.sidecar?.sidecar?.answers;
  const out: string[] = [];
  for (const s of f.analysis.answers) {
    if (out.includes(s.id) || coded?.has(s.id) || (f.questionnaire && !f.questionnaire.byId.has(s.id))) continue;
    out.push(s.id);
  }
  return out;
}

export function replySummary(f: Pick<ReplyFacts, 'analysis' | 'sidecar' | 'questionnaire'>): ReplySummary {
  const q = effectiveQuestionnaire(f);
  const cov = councilCoverage(q, f.analysis.council ?? '', [{ file: '', council: '', sidecar: f.sidecar?.sidecar ?? null }]);
  const suggestedIds = new Set(f.analysis.answers.map((a) => a.id));
  const notRequired = new Set(cov.cells.filter((c) => c.state === 'not-required').map((c) => c.id));
  return {
    asked: cov.asked,
    coded: cov.coded,
    missing: cov.missing,
    suggested: cov.missing.filter((id) => suggestedIds.has(id)).length,
    acceptable: pendingSuggestionIds(f).length,
    notRequired,
    fromQuestionnaire: f.questionnaire !== null,
  };
}

/**
 * The one marker per question that carries its answer: the marker the engine's suggestion
 * follows, else the last one (a reply quotes the request before answering it).
 */
export function answerMarkers(analysis: ReplyAnalysis): Marker[] {
  const byStart = new Map(analysis.markers.map((m) => [m.start, m] as const));
  const chosen = new Set<Marker>();
  const covered = new Set<string>();
  for (const s of analysis.answers) {
    const m = s.markerStart !== undefined ? byStart.get(s.markerStart) : undefined;
    if (m) {
      chosen.add(m);
      for (const id of m.ids) covered.add(id);
    }
  }
  const last = new Map<string, Marker>();
  for (const m of analysis.markers) for (const id of m.ids) if (!covered.has(id)) last.set(id, m);
  for (const m of last.values()) chosen.add(m);
  return analysis.markers.filter((m) => chosen.has(m));
}

function emptyByStatus(): Record<Status, Span[]> {
  return { answered: [], partial: [], 'not-held': [], 'not-applicable': [], refused: [], signposted: [], unclear: [] };
}

export function decorationPlan(f: ReplyFacts): DecorationPlan {
  const coded = emptyByStatus();
  for (const a of f.anchors.values()) {
    if (a.anchor && a.anchor.end > a.anchor.start && coded[a.entry.status]) coded[a.entry.status].push({ start: a.anchor.start, end: a.anchor.end });
  }
  const answers = f.sidecar?.sidecar?.answers;
  const summary = replySummary(f);
  const needsTag = (id: string): boolean => !answers?.has(id) && !summary.notRequired.has(id);
  const untaggedMarkers = answerMarkers(f.analysis)
    .filter((m) => m.ids.some(needsTag))
    .map((m) => ({ start: m.start, end: m.end }));
  const seen = new Set<string>();
  const suggestions: Span[] = [];
  for (const s of f.analysis.answers) {
    const key = `${s.start}:${s.end}`;
    if (answers?.has(s.id) || s.end <= s.start || seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ start: s.start, end: s.end });
  }
  return { coded, untaggedMarkers, suggestions };
}

/** The marker whose label contains `offset` (or touches it, so a cursor after `Q4a.` counts). */
export function markerAt(markers: readonly Marker[], offset: number): Marker | undefined {
  return markers.find((m) => offset >= m.start && offset <= m.end);
}

/** The engine's suggestion for a question, preferring the one after this marker. */
export function suggestionFor(analysis: ReplyAnalysis, id: string, marker?: Marker): Suggestion | undefined {
  const all = analysis.answers.filter((a) => a.id === id);
  return all.find((a) => marker !== undefined && a.markerStart === marker.start) ?? all[0];
}

/**
 * 0-based [startLine, endLine] of each question block: its marker line to the line before the
 * next marker, without the blank lines at its end (so a folded block keeps the gap visible).
 */
export function questionBlocks(markers: readonly Marker[], lineCount: number, isBlank: (line: number) => boolean = () => false): [number, number][] {
  const lines = [...new Set(markers.map((m) => m.line))].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    let end = (i + 1 < lines.length ? lines[i + 1]! : lineCount) - 1;
    while (end > start && isBlank(end)) end--;
    if (end > start) out.push([start, end]);
  }
  return out;
}
