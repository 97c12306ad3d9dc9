// The line of a coded answer's quote in its reply, where the quote is now (re-anchored), falling
// back to its stored position; for outputs that point a reader at the reply (the dashboard, exports).
import { anchorQuote } from '../core/anchor';
import type { CoverageCell } from '../core/coverage';
import { LineIndex } from '../core/text';
import type { OpenWorkspace } from './workspace';

export function quoteLineOf(ws: OpenWorkspace): (cell: CoverageCell) => number | null {
  const lineIndexes = new Map<string, LineIndex>();
  return (cell) => {
    const quote = cell.entry?.quote;
    const reply = cell.file !== undefined ? ws.index.reply(cell.file) : undefined;
    if (!quote || !reply || reply.binary) return null;
    let lines = lineIndexes.get(reply.path);
    if (!lines) lineIndexes.set(reply.path, (lines = new LineIndex(reply.text)));
    let start = quote.start ?? null;
    try {
      start = anchorQuote(reply.text, quote)?.start ?? null;
    } catch {
      // A failing anchor must not stop the page: keep the stored position.
    }
    return start === null || start > reply.text.length ? null : lines.position(start).line;
  };
}
