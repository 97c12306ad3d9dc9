// HTML → plain text for HTML-only e-mails, .html attachments and Word documents (mammoth gives
// HTML). Keeps what a reader relies on: paragraphs and line breaks, list items, and table rows as
// one line each with cells separated by a tab (so "Q3 | 9,032 ha" stays one answer line).
// Scripts, styles and comments are dropped; entities decoded. No DOM, no dependency: a linear
// tag scanner is enough for text and safe on hostile input (no regex backtracking over the input).

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', pound: '£', euro: '€', copy: '©', reg: '®',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', bull: '•', middot: '·', deg: '°',
  frac12: '½', frac14: '¼', frac34: '¾', times: '×', sect: '§', shy: '',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,10});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'address', 'hr', 'dl', 'dt', 'dd', 'body', 'html']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg']);

export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  let skipUntil: string | null = null;
  let pre = 0;
  let cellInRow = 0;
  // Inside a table cell, paragraphs are joined with a space: a row stays one line.
  let cellDepth = 0;
  const newline = (n: number) => {
    out = out.replace(/[ \t]+$/, '');
    const have = /\n*$/.exec(out)![0].length;
    if (out.length > 0) out += '\n'.repeat(Math.max(0, n - have));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && skipUntil === null) {
      let t = decodeEntities(html.slice(i, textEnd));
      if (!pre) t = t.replace(/[ \t\r\n\f]+/g, ' ');
      if (!pre && /(^|\n)$/.test(out)) t = t.replace(/^ +/, '');
      out += t;
    }
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    const tag = html.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (skipUntil !== null) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (SKIP.has(name) && !closing && !tag.endsWith('/')) {
      skipUntil = name;
      continue;
    }
    if (name === 'br') newline(1);
    else if (name === 'tr') {
      newline(1);
      cellInRow = 0;
    } else if (name === 'td' || name === 'th') {
      if (!closing) {
        if (cellInRow > 0) out = out.replace(/[ \t]+$/, '') + '\t';
        cellInRow++;
        cellDepth++;
      } else cellDepth = Math.max(0, cellDepth - 1);
    } else if (cellDepth > 0 && (BLOCK.has(name) || name === 'li')) {
      if (closing && !/[\t ]$/.test(out)) out += ' ';
    } else if (name === 'li') {
      if (!closing) {
        newline(1);
        out += '- ';
      } else newline(1);
    } else if (name === 'pre') {
      pre += closing ? -1 : 1;
      newline(2);
    } else if (BLOCK.has(name)) newline(name === 'table' && closing ? 2 : name === 'table' ? 1 : 2);
  }
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
