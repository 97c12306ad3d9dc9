// Answers given as a bulleted list in the request's order, under the request quoted as bullets:
// "You asked:" / "- Does the service use …?" / "- Is it used in custody or in public?" / "- How many
// times …?" / "In response:" / "- Yes" / "- Both" / "- Figures are held from July 2024 …" / "4. …".
// The bullets carry no number, so the scanner labels none of them; here a run of bullets that no
// marker holds answers the request's first questions, one bullet each, when the run ends where the
// letter's own numbering takes over (or with the last question).
import type { ReplyLine } from './segment';
import type { Marker, Questionnaire } from './types';

/** "- Yes", "• Both": a bullet, a space and the answer on the same line. */
const BULLET_LINE_RE = /^([-–•*·▪])[ \t\u00a0]+\S/;

/**
 * Markers for the one run of bulleted answers, after the request quoted as bullets (each question
 * found by its words on a bulleted line), that answers the questions in order: as many bullets as
 * questions before the next labelled answer (or all of them), each of those questions quoted above
 * the run and labelled nowhere after it. Nothing otherwise.
 */
export function bulletRunMarkers(text: string, lines: readonly ReplyLine[], markers: readonly Marker[], q: Questionnaire): Marker[] {
  const content = (li: number): string => text.slice(lines[li]!.contentStart, lines[li]!.contentEnd);
  const quoted = markers.filter((m) => m.label === '' && !m.inProse && !m.byTopic && m.ids.length === 1 && BULLET_LINE_RE.test(content(m.line)));
  if (quoted.length < 2) return [];
  const lastQuoted = Math.max(...quoted.map((m) => m.line));
  const marked = new Set(markers.map((m) => m.line));
  // The first run of bulleted lines below the quoted request that no marker holds (blank lines
  // between bullets allowed; any other line ends it).
  // (The bullets right under the last one found are the rest of the quoted request: the run starts
  // after the letter's own words, "In response:".)
  let from = lastQuoted + 1;
  while (from < lines.length && (lines[from]!.blank || BULLET_LINE_RE.test(content(from)))) from++;
  const run: number[] = [];
  for (let li = from; li < lines.length; li++) {
    if (lines[li]!.blank) continue;
    const bullet = !marked.has(li) && BULLET_LINE_RE.test(content(li));
    if (bullet) run.push(li);
    else if (run.length > 0 || marked.has(li)) break;
  }
  if (run.length < 2) return [];
  const asked = q.questions.filter((x) => !x.heading);
  const answered = asked.slice(0, run.length);
  if (answered.length < run.length) return [];
  const next = markers.find((m) => m.line > run[run.length - 1]! && m.label !== '');
  // (Where the letter's numbering takes over, with the next question; or the run answers them all.)
  if (next ? next.ids[0] !== asked[run.length]?.id : run.length !== asked.length) return [];
  const quotedIds = new Set(quoted.map((m) => m.ids[0]!));
  const labelledBelow = new Set(markers.filter((m) => m.line > lastQuoted).flatMap((m) => m.ids));
  if (!answered.every((x) => quotedIds.has(x.id) && !labelledBelow.has(x.id))) return [];
  return run.map((li, k) => {
    const L = lines[li]!;
    const bullet = BULLET_LINE_RE.exec(content(li))!;
    return { ids: [answered[k]!.id], start: L.contentStart, end: L.contentStart + bullet[1]!.length, line: li, label: bullet[1]!, quoteDepth: L.depth, unknownIds: [] };
  });
}
