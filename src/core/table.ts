// Plain-text tables (for the terminal and the extension's text report): columns padded to their
// widest cell, numbers right-aligned. Colour escapes in cells do not count towards the width.

export interface Column {
  title: string;
  align?: 'left' | 'right';
  /** Longer cells are cut with an ellipsis. */
  max?: number;
}

/** Visible width, ignoring colour escapes. */
function width(s: string): number {
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}

function cut(s: string, max: number | undefined): string {
  if (max === undefined || width(s) <= max) return s;
  return s.slice(0, Math.max(0, max - 1)) + '…';
}

export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((r) => r.map((c, i) => cut(c, columns[i]?.max)));
  const widths = columns.map((c, i) => Math.max(width(c.title), ...cells.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - width(s)));
    return columns[i]?.align === 'right' ? fill + s : s + fill;
  };
  const line = (r: readonly string[]) => r.map((c, i) => pad(c, i)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return out.join('\n') + '\n';
}
