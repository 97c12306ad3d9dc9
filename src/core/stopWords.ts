// The function words every matcher of a question's words against an answer's leaves out: they
// carry no topic. Each matcher adds the few words that mean nothing in its own comparison.

/** Articles, prepositions, auxiliaries, question words and pronouns. */
export const FUNCTION_WORDS: readonly string[] = 'the a an of to in on at for by and or is are was were be been does do did has have had what which how many much when who that this those these with its it as from any if there their they your our we'.split(' ');

/** FUNCTION_WORDS and `extra`, as a set. */
export function stopWords(extra = ''): ReadonlySet<string> {
  return new Set([...FUNCTION_WORDS, ...extra.split(' ').filter((w) => w.length > 0)]);
}
