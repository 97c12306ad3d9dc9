// A reply pasted from a spreadsheet as comma-separated text: "No.,Question (summary),Service,Response"
// over "1,"Approved households at 31/03/2025",Fostering Service,198" … — one row per question, its
// number the first cell and its answer the last. The scanner reads no label in "1,", so each such
// row becomes a marker here, ending where the answer's cell begins.
import type { ReplyLine } from './segment';
import type { Marker, Questionnaire } from './types';
import { normalizeId } from './ids';

/** "4,"Average weeks …",Fostering Service,"Not recorded …"": a row that opens with a question's number and a comma. */
const ROW_RE = /^(\d{1,3})([a-z])?,(?=\S)/;

/** Where the row's last cell starts (after the last comma outside quotes), or -1 when it has fewer than two cells. */
function lastCellStart(row: string): number {
  let quoted = false;
  let last = -1;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) last = i + 1;
  }
  return last;
}

/**
 * Markers for a run of three or more comma-separated rows numbered in ascending order, each a
 * question the questionnaire knows and not already labelled; nothing for fewer.
 */
export function csvRowMarkers(text: string, lines: readonly ReplyLine[], markers: readonly Marker[], q: Questionnaire): Marker[] {
  const labelled = new Set(markers.map((m) => m.line));
  const out: Marker[] = [];
  let run: Marker[] = [];
  const close = (): void => {
    if (run.length >= 3) out.push(...run);
    run = [];
  };
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    const row = text.slice(L.contentStart, L.contentEnd);
    const m = ROW_RE.exec(row);
    const id = m ? normalizeId(`Q${m[1]}${m[2] ?? ''}`) : null;
    const cell = m ? lastCellStart(row) : -1;
    if (!m || !id || !q.byId.has(id) || labelled.has(li) || cell <= m[0].length) {
      // (A quoted cell that runs onto the next line belongs to the row above.)
      if (!L.blank && run.length > 0 && (text.slice(run[run.length - 1]!.end, L.start).split('"').length - 1) % 2 === 1) continue;
      close();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && Number(/\d+/.exec(prev.ids[0]!)![0]) >= Number(m[1])) close();
    run.push({ ids: [id], start: L.contentStart, end: L.contentStart + cell, line: li, label: m[0], quoteDepth: L.depth, unknownIds: [] });
  }
  close();
  return out;
}
