// Council-name detection: which public body a reply comes from, read from the places a person
// would look — the request's "Dear <X> Council", the letterhead, the signature, the `From:` line.
// Returns null when no name is clearly ahead of the others.

const TYPES = '(?:Metropolitan\\s+Borough|Royal\\s+Borough|County\\s+Borough|Borough|District|County|City|Town|Parish|Unitary)';
// Up to five capitalised name words (with "and", "upon", "on", "of", "-" between), an optional
// type, then "Council". Written without nested quantifiers over the same characters.
const NAME_RE = new RegExp(
  `\\b((?:[A-Z][\\p{L}'’.-]{1,30}[ \\t]+(?:(?:and|upon|on|of|in|under|the|&)[ \\t]+)?){1,5}?)(${TYPES}[ \\t]+)?Council\\b`,
  'gu',
);
/** "Royal Borough of Saltby", "London Borough of Lowerby", "Borough of Lanthorn", "City of Tarrow Council". */
const OF_NAME_RE = /\b((?:Royal|London|Metropolitan|County)[ \t]+)?(Borough|City|County|District)[ \t]+of[ \t]+([A-Z][\p{L}'’-]{1,30}(?:[ \t]+(?:(?:and|upon|on|under|in)[ \t]+)?[A-Z][\p{L}'’-]{1,30}){0,3})(?:[ \t]+Council)?/gu;
/** Words of a table's column heading or a form, never a place. */
const NOT_A_PLACE = new Set(['question', 'questions', 'response', 'responses', 'answer', 'answers', 'request', 'reply', 'county', 'borough', 'city', 'district']);
const STOP_WORDS = new Set(['the', 'dear', 'our', 'your', 'a', 'this', 'that', 'from', 'to', 'by', 'for', 'of', 'and', 'with', 'at', 'in', 'on', 'information', 'freedom', 'data', 'foi', 're', 'fw', 'fwd', 'subject', 'sent', 'hi', 'hello']);
const TYPE_WORDS = new Set(['metropolitan', 'borough', 'royal', 'district', 'county', 'city', 'town', 'parish', 'unitary']);

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\b(And|Upon|On|Of|In|Under|The)\b/g, (w, _x, i: number) => (i === 0 ? w : w.toLowerCase()));
}

function clean(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length && STOP_WORDS.has(words[0]!.toLowerCase().replace(/[^a-z]/g, ''))) words.shift();
  if (words.length === 0) return null;
  // At least one word that names the place, not only its type.
  if (words.slice(0, -1).every((w) => TYPE_WORDS.has(w.toLowerCase())) && /^council$/i.test(words[words.length - 1]!)) return null;
  if (words.length === 1) return null;
  // "About the Council", "Contact the Council": a heading about the council, not its name; a
  // name's last word before its type is a place word, never "the".
  const beforeType = words.slice(0, -1).filter((w) => !TYPE_WORDS.has(w.toLowerCase()));
  const last = beforeType[beforeType.length - 1];
  if (!last || /^(?:the|a|an|this|our|your|of|and|&)$/i.test(last)) return null;
  if (/^[A-Z\s'’&-]+$/.test(words.join(' '))) return titleCase(words.join(' '));
  return words.join(' ');
}

/** The council a reply comes from, or null when unsure. */
export function detectCouncil(text: string): string | null {
  try {
    const scores = new Map<string, number>();
    const head = text.length > 400_000 ? text.slice(0, 200_000) + '\n' + text.slice(-200_000) : text;
    let prev = '';
    for (const line of head.split('\n')) {
      let content = line.replace(/^[\s>]+/, '').trimEnd();
      // A letterhead in capitals split over two lines: "GORSEMOOR" / "DISTRICT COUNCIL".
      if (/^(?:[A-Z]+\s+){0,2}COUNCIL$/.test(content) && /^[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+){0,2}$/.test(prev) && !/COUNCIL/.test(prev)) content = `${prev} ${content}`;
      prev = content;
      if (content.length > 0 && content.length < 400 && /council/i.test(content) && !/\b(?:borough|city|county|district)\s+of\s/i.test(content)) {
        const upper = content.toUpperCase() === content && /[A-Z]/.test(content);
        const probe = upper ? titleCase(content) : content;
        NAME_RE.lastIndex = 0;
        for (let m = NAME_RE.exec(probe); m; m = NAME_RE.exec(probe)) {
          const name = clean(`${m[1] ?? ''}${m[2] ?? ''}Council`);
          if (!name) continue;
          if (name.split(/\s+/).some((w, i, all) => i < all.length - 1 && NOT_A_PLACE.has(w.toLowerCase()) && !TYPE_WORDS.has(w.toLowerCase()))) continue;
          const whole = probe.trim().replace(/[\s.,:;|–—-]+$/, '') === m[0].trim();
          let w = 1;
          if (/^dear\s/i.test(content)) w = 4;
          else if (whole) w = 3;
          else if (/^from\s?:/i.test(content)) w = 2;
          scores.set(name, (scores.get(name) ?? 0) + w);
        }
      }
      if (content.length > 0 && content.length < 400 && /\bof\b/i.test(content)) {
        const upper = content.toUpperCase() === content && /[A-Z]/.test(content);
        const probe = upper ? titleCase(content).replace(/\bOf\b/g, 'of') : content;
        OF_NAME_RE.lastIndex = 0;
        for (let m = OF_NAME_RE.exec(probe); m; m = OF_NAME_RE.exec(probe)) {
          // "City of Tarrow Council": the place is "Tarrow"; "Council" is added back once below.
          const place = m[3]!.replace(/[ \t]+Council$/, '');
          if (!place) continue;
          // Its capitalised words name the place ("Borough of Information" is not one); the
          // lower-case joiners between them ("Stoke on Trent", "Windle and Marsh") belong to it.
          if (place.split(/\s+/).some((w) => NOT_A_PLACE.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && STOP_WORDS.has(w.toLowerCase())))) continue;
          const name = `${m[1] ?? ''}${m[2]} of ${place}${/Council$/.test(m[0]) && m[2] === 'City' ? ' Council' : ''}`.replace(/\s+/g, ' ');
          const whole = probe.trim().replace(/[\s.,:;|–—-]+$/, '') === m[0].trim();
          let w = 1;
          if (/^dear\s/i.test(content)) w = 4;
          else if (whole) w = 3;
          else if (/^from\s?:/i.test(content)) w = 2;
          scores.set(name, (scores.get(name) ?? 0) + w);
        }
      }
    }
    let best: string | null = null;
    let bestScore = 0;
    let second = 0;
    for (const [name, score] of scores) {
      if (score > bestScore) {
        second = bestScore;
        best = name;
        bestScore = score;
      } else if (score > second) second = score;
    }
    if (!best || bestScore < 2 || bestScore < second * 1.5) return null;
    return best;
  } catch {
    return null;
  }
}
