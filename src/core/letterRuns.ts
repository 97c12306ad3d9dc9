// Answers to a question's lettered parts given with the letters alone, under the quoted request:
// "1) The number of times … for each of the following; a. Rent b. Parking …" and "2) The number
// of: a. Houses b. Flats", quoted, then "a. 4,480" / "b. 1,790" … / "a. 67,200" / "b. 4,300" /
// "3) Yes". The letters carry no number, and the scanner reads a letter only under a number it has
// just seen; these runs come after the last quoted question, so they are read here: each run that
// starts again at "a" answers the next question with lettered parts, in the request's order.
import type { ReplyLine } from './segment';
import type { Marker, Questionnaire } from './types';
import { firstNumber } from './markerLabel';

/** "a. 4482", "b) None": a lower-case letter, its terminator and the answer on the same line. */
const LETTER_LINE_RE = /^([a-z])[.)][ \t\u00a0]+\S/;

interface Item {
  line: number;
  letter: string;
  start: number;
  depth: number;
}

/**
 * Markers for runs of lettered answers that no marker holds: consecutive runs (only blank lines
 * between), each from "a", matched one to one, in order, with the questions whose lettered parts
 * come before the next labelled answer, and only when each run's letters are exactly that
 * question's parts. Nothing when the runs and the questions do not pair up so.
 */
export function letterRunMarkers(text: string, lines: readonly ReplyLine[], markers: readonly Marker[], q: Questionnaire): Marker[] {
  // (A letter the scan gave to the last quoted question, "6) … a. Full time b. Part time" quoted
  // above, repeats a part it labelled there, with no number between: it is free to pair too.)
  const seen = new Set<string>();
  let numbered = -1;
  const free = new Set<Marker>();
  for (const m of markers) {
    const part = m.ids.length === 1 && /^Q\d+[a-z]$/.test(m.ids[0]!);
    if (part && seen.has(m.ids[0]!) && numbered < markers.findIndex((x) => x.ids.includes(m.ids[0]!))) free.add(m);
    if (!part) numbered = markers.indexOf(m);
    for (const id of m.ids) seen.add(id);
  }
  const marked = new Set(markers.filter((m) => !free.has(m)).map((m) => m.line));
  // Blocks of runs: a line of anything else ends the block.
  const blocks: Item[][][] = [];
  let block: Item[][] | null = null;
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    if (L.blank) continue;
    const m = marked.has(li) ? null : LETTER_LINE_RE.exec(text.slice(L.contentStart, L.contentEnd));
    if (!m) {
      block = null;
      continue;
    }
    const item: Item = { line: li, letter: m[1]!, start: L.contentStart, depth: L.depth };
    const run = block?.[block.length - 1];
    if (item.letter === 'a') {
      if (!block) blocks.push((block = []));
      block.push([item]);
    } else if (run && run[run.length - 1]!.letter.charCodeAt(0) + 1 === item.letter.charCodeAt(0)) {
      run.push(item);
    } else {
      // Out of order: not a run of answers.
      if (block) block.length = 0;
      block = null;
    }
  }
  const out: Marker[] = [];
  for (const runs of blocks) {
    if (runs.length === 0) continue;
    const first = runs[0]![0]!.line;
    const last = runs[runs.length - 1]!;
    const end = last[last.length - 1]!.line;
    // The questions with lettered parts before the next labelled answer, their parts quoted above.
    const next = markers.find((m) => m.line > end);
    const limit = next && next.ids.length > 0 ? firstNumber(next.ids[0]!) : Infinity;
    const parents = q.questions.filter((x) => !x.parent && firstNumber(x.id) < limit && q.questions.some((p) => p.parent === x.id && /^Q\d+[a-z]$/.test(p.id)));
    if (parents.length !== runs.length) continue;
    const fits = parents.every((parent, k) => {
      const parts = q.questions.filter((p) => p.parent === parent.id && /^Q\d+[a-z]$/.test(p.id)).map((p) => p.id.slice(-1));
      const letters = runs[k]!.map((it) => it.letter);
      const quotedAbove = markers.some((m) => m.line < first && m.ids.some((id) => id.startsWith(parent.id)));
      return quotedAbove && parts.length === letters.length && parts.every((l, i) => l === letters[i]);
    });
    if (!fits) continue;
    runs.forEach((run, k) => {
      for (const it of run) out.push({ ids: [`${parents[k]!.id}${it.letter}`], start: it.start, end: it.start + 2, line: it.line, label: text.slice(it.start, it.start + 2), quoteDepth: it.depth, unknownIds: [] });
    });
  }
  return out;
}
