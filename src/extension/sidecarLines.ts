// Where each answer sits in a sidecar's text (its `Q4a:` key, its `value:` and its quote's
// `exact:` line), found by a cheap indentation scan of the block YAML the writer produces,
// so diagnostics can point at the right line without re-parsing. Pure; no `vscode`.
import { normalizeId } from '../core/ids';

export interface AnswerLines {
  /** 0-based line of the answer's key, and the key's column span. */
  keyLine: number;
  keyStart: number;
  keyEnd: number;
  valueLine?: number;
  quoteLine?: number;
  exactLine?: number;
}

const KEY = /^(\s*)(["']?)([^"':#\s][^"':#]*?)\2\s*:(?:\s|$)/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Answers by canonical id → their lines. Flow-style answers are not located. */
export function answerLines(text: string): Map<string, AnswerLines> {
  const out = new Map<string, AnswerLines>();
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let inAnswers = false;
  let entryIndent = -1;
  let current: AnswerLines | undefined;
  let quoteIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = indentOf(line);
    if (indent === 0) {
      inAnswers = /^answers\s*:\s*(#.*)?$/.test(line);
      entryIndent = -1;
      current = undefined;
      continue;
    }
    if (!inAnswers) continue;
    const m = KEY.exec(line);
    if (entryIndent === -1) entryIndent = indent;
    if (indent === entryIndent) {
      current = undefined;
      if (m) {
        const keyStart = m[1]!.length + m[2]!.length;
        current = { keyLine: i, keyStart, keyEnd: keyStart + m[3]!.length };
        const id = m[3]!.trim();
        out.set(normalizeId(id) ?? id, current);
      }
      quoteIndent = -1;
      continue;
    }
    if (!current || indent < entryIndent || !m) continue;
    const key = m[3]!.trim();
    if (quoteIndent !== -1 && indent > quoteIndent) {
      if (key === 'exact') current.exactLine = i;
      continue;
    }
    quoteIndent = -1;
    if (key === 'value') current.valueLine = i;
    else if (key === 'quote') {
      current.quoteLine = i;
      quoteIndent = indent;
    }
  }
  return out;
}
