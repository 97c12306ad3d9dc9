// Question ids: one canonical spelling everywhere (`Q4a`), whatever the reply or the
// questionnaire wrote (`q4A`, `4(a)`, `Question 4 a`).

const ID_SHAPE = /^\s*(?:q(?:uestion)?\.?\s*)?(\d{1,3})\s*(?:\(\s*([a-z]{1,3})\s*\)|([a-z]{1,3}))?\s*$/i;

/** Canonical id for a label such as `q4A`, `4(a)`, `Question 12c`; null when it is not an id. */
export function normalizeId(raw: string): string | null {
  const m = ID_SHAPE.exec(raw);
  if (!m) return null;
  const num = String(Number(m[1]));
  const letters = (m[2] ?? m[3] ?? '').toLowerCase();
  return `Q${num}${letters}`;
}

/** `Q4a` → `Q4`; `Q4` → undefined. */
/** A request's decimal label (`2.1`, `12.3`) as the id of the part it numbers (Q2a, Q12c), or null. */
export function decimalLabelId(label: string): string | null {
  const m = /^(\d{1,3})\.(\d{1,2})$/.exec(label);
  if (!m) return null;
  const sub = Number(m[2]);
  if (sub < 1 || sub > 26 || m[2]!.startsWith('0')) return null;
  return `Q${Number(m[1])}${String.fromCharCode(0x60 + sub)}`;
}

export function impliedParent(id: string): string | undefined {
  const m = /^Q(\d+)[a-z]+$/.exec(id);
  return m ? `Q${m[1]}` : undefined;
}

/** Numeric part and letter suffix of a canonical id. */
export function splitId(id: string): { num: number; letters: string } | null {
  const m = /^Q(\d+)([a-z]*)$/.exec(id);
  return m ? { num: Number(m[1]), letters: m[2] ?? '' } : null;
}

/** Natural order of canonical ids: Q2 < Q4 < Q4a < Q4b < Q10. Non-ids sort after, by text. */
export function compareIds(a: string, b: string): number {
  const x = splitId(a);
  const y = splitId(b);
  if (x && y) {
    if (x.num !== y.num) return x.num - y.num;
    if (x.letters.length !== y.letters.length) return x.letters.length - y.letters.length;
    return x.letters < y.letters ? -1 : x.letters > y.letters ? 1 : 0;
  }
  if (x) return -1;
  if (y) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids from `from` to `to` inclusive within the known ids (ranges like `Q4a-Q4c`, `13 – 13d`). */
export function expandRange(from: string, to: string, known?: readonly string[]): string[] {
  const a = splitId(from);
  const b = splitId(to);
  if (!a || !b) return [from, to];
  if (known && known.length > 0) {
    const sorted = [...known].sort(compareIds);
    const lo = compareIds(from, to) <= 0 ? from : to;
    const hi = lo === from ? to : from;
    // "Questions 11 to 13" takes 13's lettered parts too: a range ends at the end of its last number.
    const hiParts = lo !== hi && splitId(hi)?.letters === '' ? splitId(hi)!.num : -1;
    const inside = sorted.filter((id) => compareIds(id, lo) >= 0 && (compareIds(id, hi) <= 0 || splitId(id)?.num === hiParts));
    if (inside.length > 0) return inside;
  }
  // Without a questionnaire: same number, single letters a..z.
  if (a.num === b.num && a.letters.length <= 1 && b.letters.length === 1) {
    const out: string[] = [];
    const startCode = a.letters ? a.letters.charCodeAt(0) : 'a'.charCodeAt(0) - 1;
    if (!a.letters) out.push(from);
    for (let c = Math.max(startCode, 'a'.charCodeAt(0)); c <= b.letters.charCodeAt(0); c++) out.push(`Q${a.num}${String.fromCharCode(c)}`);
    return out;
  }
  if (!a.letters && !b.letters && b.num >= a.num && b.num - a.num <= 50) {
    const out: string[] = [];
    for (let n = a.num; n <= b.num; n++) out.push(`Q${n}`);
    return out;
  }
  return [from, to];
}
