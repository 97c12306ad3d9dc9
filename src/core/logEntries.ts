/**
 * A page of a disclosure log saved whole: several requests, each opening with its reference
 * ("Request reference: FOI 10113" / "Request received:" / … / "Response provided:" / …). Only one
 * of them is the researcher's request; the others' numbered lists are not its answers.
 */
import { wordTokens } from './markers';
import { topicStem } from './segment';
import type { QuestionWords } from './segment';

/** "Request reference: FOI 10113", "FOI reference: 2024/118", "Case number: EIR-55": the line that opens a log entry. */
const ENTRY_HEADING_RE = /^[\s*#-]*(?:(?:foi|eir|foisa)\s+)?(?:request\s+)?(?:reference|ref\.?|case)\s*(?:number|no\.?|id)?\s*[:.–-]?\s*((?:[A-Z]{1,6}[\s/-]?){0,3}\d[\w/-]{1,20})\s*$/i;

/** "Reference", "Case number:" alone on its line. */
const ENTRY_TITLE_RE = /^[\s*#-]*(?:(?:foi|eir|foisa)\s+)?(?:request\s+)?(?:reference|ref\.?|case)\s*(?:number|no\.?|id)?\s*:?\s*$/i;
/** The line under it: "FOI/00731 – Senior staff pay", "EIR-55", "WBC/FOI/25/0871". */
const ENTRY_VALUE_RE = /^[\s*#-]*((?:[A-Z]{1,6}[\s/-]?){0,3}\d[\w/-]{1,20})(?:\s*$|\s+[–—-]\s+\S)/;

/**
 * The other entries of a log page, as [start, end) ranges of `text`, when the page holds two
 * entries or more with different references and one of them is clearly the questionnaire's
 * request (its words): the rest are someone else's requests and answers.
 */
export function otherLogEntries(text: string, words: ReadonlyMap<string, QuestionWords>): [number, number][] {
  if (words.size === 0 || !/\bref|\bcase\b/i.test(text)) return [];
  const heads: { start: number; ref: string }[] = [];
  const re = /^.*$/gm;
  // ("Reference" / "" / "FOI/00731 – Senior staff pay": the heading alone, its value on the
  // next line with the request's title.)
  let titled = -1;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    if (titled >= 0) {
      const v = ENTRY_VALUE_RE.exec(m[0]);
      if (v) heads.push({ start: titled, ref: v[1]!.replace(/\s+/g, ' ').toLowerCase() });
      titled = -1;
      continue;
    }
    if (m[0].length > 80) continue;
    const h = ENTRY_HEADING_RE.exec(m[0]);
    if (h) heads.push({ start: m.index, ref: h[1]!.replace(/\s+/g, ' ').toLowerCase() });
    else if (ENTRY_TITLE_RE.test(m[0])) titled = m.index;
  }
  if (heads.length < 2 || new Set(heads.map((h) => h.ref)).size < heads.length) return [];
  // The request's words of substance, by stem; each entry scored by how many of them it has.
  const asked = new Set<string>();
  for (const w of words.values()) for (const s of w.topic) asked.add(s);
  if (asked.size < 4) return [];
  const entries = heads.map((h, i) => ({ start: h.start, end: heads[i + 1]?.start ?? text.length }));
  const scores = entries.map((e) => {
    const seen = new Set(wordTokens(text.slice(e.start, e.end)).map((t) => topicStem(t.word)));
    let n = 0;
    for (const s of asked) if (seen.has(s)) n++;
    return n;
  });
  const best = Math.max(...scores);
  const at = scores.indexOf(best);
  // (Clearly the one: a page of two requests on the same subject is left whole.)
  if (best < Math.max(4, asked.size * 0.4) || scores.some((s, i) => i !== at && s > best * 0.6)) return [];
  return entries.filter((_, i) => i !== at).map((e) => [e.start, e.end]);
}

/** The text with those ranges blanked (line breaks kept), so every offset and line stays where it was. */
export function blankRanges(text: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [a, b] of ranges) {
    out += text.slice(from, a) + text.slice(a, b).replace(/[^\r\n]/g, ' ');
    from = b;
  }
  return out + text.slice(from);
}
