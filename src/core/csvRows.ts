// A reply pasted from a spreadsheet as comma-separated text: "No.,Question (summary),Service,Response"
// over "1,"Approved households at 31/03/2025",Fostering Service,198" … — one row per question, its
// number the first cell and its answer the cell under the header's "Response" (else the last). The
// scanner reads no label in "1,", so each such row becomes a marker here, ending where the answer's
// cell begins.
import type { ReplyLine } from './segment';
import type { Marker, Questionnaire } from './types';
import { normalizeId } from './ids';

/** "4,"Average weeks …",Fostering Service,"Not recorded …"": a row that opens with a question's number and a comma. */
// (Or the number quoted as every cell is: ""4a","MPS supplier","Brightline Print Services Ltd"".)
const ROW_RE = /^"?(\d{1,3})([a-z])?"?,(?=\S)/;

/** "12b," → 12 × 27 + 2: where a row's number and letter put it among the questions. */
function rowOrder(label: string): number {
  const m = /^"?(\d+)([a-z])?/.exec(label)!;
  return Number(m[1]) * 27 + (m[2] ? m[2].charCodeAt(0) - 96 : 0);
}

/** Where each of the row's cells starts (the commas outside quotes split them). */
function cellStarts(row: string): number[] {
  let quoted = false;
  const out = [0];
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) out.push(i + 1);
  }
  return out;
}

/** "Response", "Answer", "Reply": the header cell over the answers' column. */
const ANSWER_HEADER_RE = /^\W*(?:(?:our|council'?s?)\s+)?(?:response|answer|reply|information)s?\W*$/i;

/**
 * Markers for the rows not already labelled in a run of three or more comma-separated rows numbered
 * in ascending order, each a question the questionnaire knows; nothing for a shorter run.
 */
export function csvRowMarkers(text: string, lines: readonly ReplyLine[], markers: readonly Marker[], q: Questionnaire): Marker[] {
  const labelled = new Set(markers.map((m) => m.line));
  const out: Marker[] = [];
  let run: Marker[] = [];
  const close = (): void => {
    if (run.length >= 3) {
      // (The answers' column is the one the header row above names "Response", else the last.)
      let h = run[0]!.line - 1;
      while (h >= 0 && lines[h]!.blank) h--;
      const header = h >= 0 ? text.slice(lines[h]!.contentStart, lines[h]!.contentEnd) : '';
      const heads = header.includes(',') ? cellStarts(header).map((at, k, all) => header.slice(at, (all[k + 1] ?? header.length + 1) - 1)) : [];
      const column = heads.findIndex((c) => ANSWER_HEADER_RE.test(c));
      for (const m of run) {
        if (labelled.has(m.line)) continue;
        const L = lines[m.line]!;
        const cells = cellStarts(text.slice(L.contentStart, L.contentEnd));
        const at = column > 0 && column < cells.length ? cells[column]! : cells[cells.length - 1]!;
        // (Past the cell's opening quote: the answer is what the quotes hold.)
        out.push({ ...m, end: L.contentStart + at + (text[L.contentStart + at] === '"' ? 1 : 0) });
      }
    }
    run = [];
  };
  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    const row = text.slice(L.contentStart, L.contentEnd);
    const m = ROW_RE.exec(row);
    const id = m ? normalizeId(`Q${m[1]}${m[2] ?? ''}`) : null;
    const cells = m ? cellStarts(row).length : 0;
    if (!m || !id || !q.byId.has(id) || cells < 2) {
      // (A quoted cell that runs onto the next line belongs to the row above.)
      if (!L.blank && run.length > 0 && (text.slice(run[run.length - 1]!.end, L.start).split('"').length - 1) % 2 === 1) continue;
      close();
      continue;
    }
    // (Rows go on in ascending order: "12", "12a", "12b", "13" …; a row the scanner labelled keeps
    // the run going, and only the rows it missed become markers.)
    const prev = run[run.length - 1];
    if (prev && rowOrder(prev.label) >= rowOrder(m[0])) close();
    run.push({ ids: [id], start: L.contentStart, end: L.contentStart + m[0].length, line: li, label: m[0], quoteDepth: L.depth, unknownIds: [] });
  }
  close();
  return out;
}
