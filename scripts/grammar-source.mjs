// Source of syntaxes/foi-reply.tmLanguage.json. Regexes are kept as composable pieces here
// (so each is written once) and emitted as JSON by `node scripts/grammar-source.mjs`.
// Rules are single-pass `match` rules without nested quantifiers: VS Code tokenises every
// line of a reply, and one backtracking rule costs seconds on a 1 MB file.
import { writeFileSync } from 'node:fs';

const letters = '(?:\\([a-zA-Z]{1,3}\\)|[a-zA-Z]{1,3})?';
const qid = `(?:[Qq](?:uestion|UESTION)?\\.?\\s?\\d{1,3}${letters})`;
const bare = '(?:\\d{1,3}\\([a-zA-Z]{1,3}\\)|\\d{1,3}[a-zA-Z]{0,3}(?=[.):]))';
const rangeTail = `(?:\\s?(?:[-–—/&,]|and|to)\\s?(?:${qid}|\\d{1,3}${letters}|\\([a-zA-Z]{1,3}\\)|[a-zA-Z]{1,2}\\b))?`;


/** Number of capturing groups in a regex source (unescaped `(` not followed by `?`). */
function groupCount(re) {
  let n = 0;
  for (let i = 0; i < re.length; i++) {
    if (re[i] === '\\') i++;
    else if (re[i] === '[') { while (i < re.length && re[i] !== ']') { if (re[i] === '\\') i++; i++; } }
    else if (re[i] === '(' && re[i + 1] !== '?') n++;
  }
  return n;
}

/**
 * One `match` rule for several alternatives, each with its own scopes. VS Code's tokenizer runs
 * every rule's regex at each step, so one alternation is several times cheaper than many rules.
 */
function oneOf(prefix, alternatives) {
  const parts = [];
  const captures = {};
  let next = 1;
  for (const alt of alternatives) {
    const outer = next++;
    if (alt.name) captures[outer] = { name: alt.name };
    for (const [k, name] of Object.entries(alt.captures ?? {})) captures[outer + Number(k)] = { name };
    next += groupCount(alt.re);
    parts.push(`(${alt.re})`);
  }
  return { match: `${prefix}(?:${parts.join('|')})`, captures };
}

const grammar = {
  name: 'FOI reply',
  scopeName: 'text.foi-reply',
  patterns: [
    { include: '#quoted-line' },
    { include: '#header-line' },
    { include: '#line-content' },
  ],
  repository: {
    'quoted-line': {
      // begin/end so that \G anchors line-start rules (markers) right after the quote prefix.
      begin: '^(\\s*(?:>\\s?)+)',
      end: '$',
      beginCaptures: { 1: { name: 'punctuation.definition.quote.foi-reply' } },
      contentName: 'markup.quote.foi-reply',
      patterns: [{ include: '#line-content' }],
    },
    'header-line': {
      match: '^(From|To|Cc|Sent|Date|Subject|Reply-To)(:)\\s.*$',
      name: 'meta.header.email.foi-reply',
      captures: { 1: { name: 'keyword.other.header.foi-reply' }, 2: { name: 'punctuation.separator.header.foi-reply' } },
    },
    'line-content': {
      patterns: [
        oneOf(
          '(?:^|\\G)',
          [
            {
              // A question label at the start of a line (or right after a quote prefix).
              re: `(\\s*)((?:${qid}|${bare})${rangeTail})([.):]|\\s[-–—]|\\s?\\|)?(?=\\s|$)`,
              captures: { 2: 'keyword.control.marker.foi-reply', 3: 'punctuation.separator.marker.foi-reply' },
            },
            {
              re: `(\\s*\\|\\s?)(${qid})(\\s?\\|)`,
              captures: { 1: 'punctuation.separator.table.foi-reply', 2: 'keyword.control.marker.foi-reply', 3: 'punctuation.separator.table.foi-reply' },
            },
            {
              re: '\\s*(Response|Answer|Reply|A)(:)',
              captures: { 1: 'keyword.other.answer-prefix.foi-reply', 2: 'punctuation.separator.foi-reply' },
            },
            {
              re: '\\s*(?:•\\s*)?(?:This (?:e-?mail|message|communication)|The information contained in this|Please note that this message|Although this e-?mail|If you (?:are not the intended|have received this)|Privacy notices?|Sent [Bb]y UserID|If you are (?:dissatisfied|unhappy) with)\\b.*$',
              name: 'comment.block.disclaimer.foi-reply',
            },
          ],
        ),
        oneOf('', [
          { re: '\\b(?:https?://|www\\.)[^\\s<>"\\])]+', name: 'markup.underline.link.foi-reply' },
          { re: '\\[\\d{1,3}\\]', name: 'constant.other.reference.link.foi-reply' },
          {
            // Factored so that each alternative starts after one shared \\b: six times faster in oniguruma.
            re: '\\b(?:[Ss](?:ection|\\.)?\\s?(?:12|14|21|22|31|40|41|43)(?:\\s?\\(\\d\\))?(?:\\s?\\([a-z]\\))?(?!\\d)|(?:18|eighteen) hours\\b|(?:appropriate|cost) limit\\b|vexatious\\b|commercial(?:ly sensitive| interests)\\b|reasonably accessible\\b|personal (?:data|information)\\b|provided in confidence\\b|future publication\\b|law enforcement\\b)|£[46][05]0\\b',
            name: 'keyword.other.exemption.foi-reply',
          },
          {
            re: "\\b(?:[Nn](?:/[Aa]|ot (?:[Aa]pplicable|held|recorded)|o recorded information)|do(?:es)? not hold|don[’']t hold)\\b",
            name: 'constant.language.status.foi-reply',
          },
        ]),
      ],
    },
  },
};

const out = new URL('../syntaxes/foi-reply.tmLanguage.json', import.meta.url);
writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
