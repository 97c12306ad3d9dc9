// The text edit that adds a question to foi-questionnaire.yaml (the quick fix for an unknown
// question id): a new `- id:` item at the end of the block `questions:` list, indented like
// its siblings, leaving every other byte (comments, order, formatting) as it was. Pure.
import { Document } from 'yaml';

export interface TextInsert {
  /** UTF-16 offset where `text` goes. */
  offset: number;
  text: string;
}

/**
 * The question text as a one-line YAML scalar that reads back as exactly this string. The `yaml`
 * library decides the quoting, so text that would resolve to another type when plain (`00`, `1e3`,
 * `0x1F`, `null`, `true`, `~`) or that holds `: `, `#`, quotes or line breaks is quoted and escaped.
 */
function scalar(s: string): string {
  const yaml = new Document(s).toString({ lineWidth: 0, blockQuote: false }).replace(/\r?\n$/, '');
  // The library may still break a double-quoted scalar over lines (a line break next to NULs),
  // which is valid YAML on its own but not after `text: ` at this indentation: a JSON string is
  // a one-line YAML double-quoted scalar with the same escapes.
  return /[\r\n]/.test(yaml) ? JSON.stringify(s) : yaml;
}

/** null when the questions are in flow style (`questions: [...]`), which is left to the user. */
export function appendQuestionEdit(text: string, id: string, questionText?: string): TextInsert | null {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n');
  let offset = 0;
  let header = -1;
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    starts.push(offset);
    offset += lines[i]!.length + 1;
    if (header === -1 && /^questions\s*:/.test(lines[i]!)) header = i;
  }
  const item = (indent: string): string =>
    `${indent}- id: ${id}${eol}` + (questionText ? `${indent}  text: ${scalar(questionText)}${eol}` : '') + `${indent}  type: text${eol}`;
  if (header === -1) {
    const sep = text === '' || text.endsWith('\n') ? '' : eol;
    return { offset: text.length, text: `${sep}questions:${eol}${item('  ')}` };
  }
  if (!/^questions\s*:\s*(#.*)?\r?$/.test(lines[header]!)) return null;
  let indent = '  ';
  let last = header;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line) && !line.startsWith('-')) break;
    if (last === header) indent = /^(\s*)-/.exec(line)?.[1] ?? indent;
    last = i;
  }
  const after = last + 1 < lines.length ? starts[last + 1]! : text.length;
  const sep = after === text.length && !text.endsWith('\n') ? eol : '';
  return { offset: after, text: sep + item(indent) };
}
