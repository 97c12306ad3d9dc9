// Where a stale quote should point now (the re-anchor quick fix): the closest approximate
// match of the old quote, looser than the engine's own anchoring (which keeps a quote only
// when it is nearly unchanged), else the engine's suggested answer for that question. Pure.
import search from 'approx-string-match';
import type { Quote } from '../core/types';

export interface Reanchored {
  start: number;
  end: number;
  how: 'closest' | 'suggestion';
  /** Share of the quote that differs (0 for a suggestion). */
  difference: number;
}

/** Up to half of the quote may differ; a wider net than this matches noise. */
const MAX_DIFFERENCE = 0.5;
/** Long quotes are matched by their head (the matcher's cost grows with the errors allowed). */
const MAX_PATTERN = 400;

export function reanchorRange(text: string, quote: Quote, suggestion?: { start: number; end: number }): Reanchored | null {
  const exact = quote.exact;
  if (exact.trim() !== '' && text.length > 0) {
    const pattern = exact.length > MAX_PATTERN ? exact.slice(0, MAX_PATTERN) : exact;
    const maxErrors = Math.max(1, Math.floor(pattern.length * MAX_DIFFERENCE));
    const found = search(text, pattern, maxErrors);
    const near = typeof quote.start === 'number' ? quote.start : 0;
    let best: (typeof found)[number] | undefined;
    for (const m of found) {
      if (!best || m.errors < best.errors || (m.errors === best.errors && Math.abs(m.start - near) < Math.abs(best.start - near))) best = m;
    }
    if (best && best.end > best.start) {
      const end = pattern === exact ? best.end : Math.min(text.length, best.start + exact.length);
      return { start: best.start, end, how: 'closest', difference: best.errors / pattern.length };
    }
  }
  if (suggestion && suggestion.end > suggestion.start && suggestion.end <= text.length) {
    return { start: suggestion.start, end: suggestion.end, how: 'suggestion', difference: 0 };
  }
  return null;
}
