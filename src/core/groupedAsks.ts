// Questions quoted together by their inline numbers, answered together below.

/** "You asked:", "Your questions:", "Information requested –": a paragraph that quotes the request. */
const QUOTE_INTRO_RE = /^[ \t]*(?:you\s+(?:asked|requested)(?:\s+for)?|your\s+(?:request|questions?)|questions?\s+asked|information\s+requested)\s*[:–—-]\s*/i;
/** "Response:", "Our answer –": the paragraph that answers the quoted one. */
const RESPONSE_LEAD_RE = /^[ \t]*(?:our\s+|the\s+council(?:'|’)?s\s+)?(?:response|answer|reply)\s*[:–—-]/i;
/** "(6) the types of …", "; (7) whether …": a question's number in brackets, inside the paragraph. */
const INLINE_NUMBER_RE = /(?:^|[\s;,:])\((\d{1,2})\)\s/g;

/**
 * "You asked: (6) the types of service you offer; (7) whether … delivered in-house …; and (8) how
 * many agreements …" over "Response: We offer … none were signed": a council that groups related
 * questions quotes them in one paragraph by the request's inline numbers and answers them together
 * in the paragraph below. The quoted paragraph is written as one label for all its questions
 * ("Questions 6, 7, 8:", then spaces; every offset kept), so that the response is read as their
 * shared answer and split between them by its clauses. Text without such a paragraph is returned
 * unchanged.
 */
export function groupedAsks(text: string, knownIds: { has(id: string): boolean }): string {
  if (!/\(\d{1,2}\)\s/.test(text) || !/^[ \t]*(?:you|your|questions?|information)\b/im.test(text)) return text;
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const blank = (k: number): boolean => lines[k]!.trim() === '';
  let out = text;
  for (let i = 0; i < lines.length; i++) {
    if (blank(i) || (i > 0 && !blank(i - 1)) || !QUOTE_INTRO_RE.test(lines[i]!)) continue;
    let j = i;
    while (j + 1 < lines.length && !blank(j + 1)) j++;
    let k = j + 1;
    while (k < lines.length && blank(k)) k++;
    if (k >= lines.length || !RESPONSE_LEAD_RE.test(lines[k]!)) continue;
    const para = lines.slice(i, j + 1).join('\n');
    const nums: number[] = [];
    for (const m of para.matchAll(INLINE_NUMBER_RE)) {
      const n = Number(m[1]);
      if (!knownIds.has(`Q${n}`) || nums.includes(n)) continue;
      // (In the request's order: "(2)" quoted inside "(1)"'s words, "as in (1)", is no label.)
      if (nums.length > 0 && n < nums[nums.length - 1]!) continue;
      nums.push(n);
    }
    if (nums.length === 0) continue;
    const label = nums.length === 1 ? `Question ${nums[0]}:` : `Questions ${nums.join(', ')}:`;
    const first = lines[i]!.replace(/\r$/, '');
    if (label.length > first.length) continue;
    const rewritten = [label + ' '.repeat(first.length - label.length) + (lines[i]!.endsWith('\r') ? '\r' : ''), ...lines.slice(i + 1, j + 1).map((l) => l.replace(/[^\r]/g, ' '))].join('\n');
    out = out.slice(0, starts[i]!) + rewritten + out.slice(starts[i]! + para.length);
    i = j;
  }
  return out;
}
