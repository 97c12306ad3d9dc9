// Requests whose sections each number their questions from 1 ("Littering:" 1.–7., "Fly-tipping:"
// 1.–5.). Init reads them as one numbering (Q1–Q7, Q8–Q12) and keeps each question's section
// title (`section:`). A council answers under the request's own numbers: "1. £400" under its
// "Fly-tipping" heading is Q8. This module gives each numbered label the id of the question of
// that number in the section it sits in: the section whose title heads the lines above it, or,
// in a reply without the titles, the next section once a run of labels starts again at 1 after
// reaching the end of the section before.
import { firstNumber } from './markerLabel';
import type { ReplyLine } from './segment';
import type { Marker, Questionnaire } from './types';

interface Section {
  title: string;
  /** The words of the title, lower-cased ("fly tipping"), and of its parts ("section b", "enforcement" of "Section B: Enforcement"). */
  keys: string[];
  /** "B" of "Section B: Enforcement": a table's section column may give only the letter. */
  letter?: string;
  /** The first top-level number of the section's questions (8 for Q8–Q12), less one. */
  offset: number;
  /** How many top-level numbers the section has. */
  size: number;
}

const keyOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Each questionnaire's sections, worked out once (the scanner and the reader both ask, per reply). */
const sectionCache = new WeakMap<Questionnaire, Section[]>();

function sectionsOf(q: Questionnaire): Section[] {
  const cached = sectionCache.get(q);
  if (cached) return cached;
  const out: Section[] = [];
  for (const question of q.questions) {
    if (!question.section) continue;
    const num = firstNumber(question.id);
    const last = out[out.length - 1];
    if (!last || last.title !== question.section) {
      const [head, name] = question.section.split(/\s*[:–—-]\s+/, 2);
      const keys = [...new Set([keyOf(question.section), ...(name ? [keyOf(head!), keyOf(name)] : [])].filter((k) => k.length > 0))];
      const letter = /^(?:section|part)\s+([a-z])$/i.exec(head!.trim())?.[1]?.toUpperCase();
      out.push({ title: question.section, keys, ...(letter ? { letter } : {}), offset: num - 1, size: 1 });
    }
    else last.size = Math.max(last.size, num - last.offset);
  }
  const sections = out.length >= 2 ? out : [];
  sectionCache.set(q, sections);
  return sections;
}

/** How many top-level questions each section has (none when the request is not in such sections). */
export function sectionSizes(questionnaire: Questionnaire | null): number[] {
  return questionnaire ? sectionsOf(questionnaire).map((x) => x.size) : [];
}

/** A table row "A<TAB>1<TAB>…" or "| A | 1 | …": the section's letter, the number, and the number with what ends its cell. */
const LETTER_ROW = /^\|?[ \t]*(?:section[ \t]+)?([A-Za-z])[ \t]*(?:\t|\|)[ \t]*((\d{1,2})[.)]?[ \t]*(?:\t|\|))/i;

/** A bare or Q-prefixed number label ("1.", "Q3", "4a)"), with its number and letters. */
const NUMBER_LABEL = /^(?:q(?:uestion)?\s*\.?\s*)?\(?(\d{1,3})([a-z]?)[.):]?$/i;

/** The markers, each numbered label read in the section it sits in. */
export function sectionMarkers(text: string, lines: readonly ReplyLine[], markers: readonly Marker[], questionnaire: Questionnaire | null): Marker[] {
  const sections = questionnaire ? sectionsOf(questionnaire) : [];
  if (sections.length === 0) return [...markers];
  // Lines that are a section's title ("Fly-tipping:", "FLY-TIPPING", "Fly-tipping – our response").
  const headingAt = new Map<number, number>();
  lines.forEach((L, li) => {
    if (L.blank) return;
    const key = keyOf(text.slice(L.contentStart, L.contentEnd));
    if (key.length === 0 || key.length > 60) return;
    const s = sections.findIndex((x) => x.keys.some((k) => key === k || (key.startsWith(`${k} `) && key.split(' ').length <= k.split(' ').length + 3)));
    if (s >= 0) headingAt.set(li, s);
  });
  const headings = [...headingAt.keys()]; // in line order, as found
  // "A<TAB>1<TAB>2,315", "| B | 3 | An external contractor |": a table whose first column gives the
  // section's letter and the second the question's number within it.
  const lettered = sections.some((x) => x.letter);
  const rows: Marker[] = [];
  if (lettered) {
    const taken = new Set(markers.map((m) => m.line));
    lines.forEach((L, li) => {
      if (L.blank || taken.has(li)) return;
      const content = text.slice(L.contentStart, L.contentEnd);
      const m = LETTER_ROW.exec(content);
      if (!m) return;
      const section = sections.find((x) => x.letter === m[1]!.toUpperCase());
      const num = Number(m[3]);
      if (!section || num < 1 || num > section.size) return;
      const id = `Q${num + section.offset}`;
      if (!questionnaire!.byId.has(id)) return;
      const start = L.contentStart + m[0].length - m[2]!.length;
      rows.push({ ids: [id], start, end: L.contentStart + m[0].length, line: li, label: m[3]!, quoteDepth: L.depth, unknownIds: [] });
    });
    // (Their ids are final: the labels below are read only when no such table is found.)
    if (rows.length >= 2) return [...markers, ...rows].sort((a, b) => a.start - b.start);
  }
  let cur = 0;
  let h = 0;
  let lastNum = 0;
  const out: Marker[] = [];
  for (const m of [...markers].sort((a, b) => a.start - b.start)) {
    while (h < headings.length && headings[h]! < m.line) {
      cur = headingAt.get(headings[h]!)!;
      lastNum = 0;
      h++;
    }
    const n = m.label === '' ? null : NUMBER_LABEL.exec(m.label.trim());
    if (!n || m.ids.length !== 1) {
      out.push(m);
      continue;
    }
    const num = Number(n[1]);
    // No title between: a run that reached the section's end and starts again at 1 goes on to
    // the next section (or back to the first, for the answers after a quoted request).
    if (num === 1 && lastNum >= sections[cur]!.size) {
      cur = cur + 1 < sections.length ? cur + 1 : 0;
    }
    lastNum = num;
    const section = sections[cur]!;
    if (num > section.size) {
      out.push(m);
      continue;
    }
    const id = `Q${num + section.offset}${n[2]!.toLowerCase()}`;
    out.push(questionnaire!.byId.has(id) ? { ...m, ids: [id] } : m);
  }
  return out;
}
