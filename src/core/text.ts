// Text plumbing shared by every parser: decoding reply bytes the way VS Code would show them,
// and converting between UTF-16 offsets and 1-based line/column positions.

/** Replies larger than this are still read, but a warning says analysis may be slow. */
export const LARGE_REPLY_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the bytes look binary (NUL bytes outside a UTF-16 file): the text should not be analysed. */
  binary: boolean;
  warnings: string[];
}

const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b] ?? b) : b);
  }
  return out;
}

/**
 * Decode a reply file. UTF-8 (BOM stripped, as VS Code does, so offsets match the editor),
 * UTF-16 with a BOM, and Windows-1252 when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false, warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false, warnings };
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (nul > 0) {
    return { text: '', encoding: 'utf-8', binary: true, warnings: [`looks binary: ${nul} NUL byte(s) in the first ${sample.length} bytes`] };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', binary: false, warnings };
  } catch {
    warnings.push('not valid UTF-8; read as Windows-1252');
    return { text: decodeWindows1252(body), encoding: 'windows-1252', binary: false, warnings };
  }
}

/** Maps UTF-16 offsets to 0-based lines and back. Lines end at `\n` (a `\r` before it stays in the line's text). */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of `offset`, as shown to users. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** End of a 0-based line's content, before `\r\n` or `\n`. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return next > this.lineStart(line) && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Offset of a 1-based line/column. */
  offsetOf(line: number, column: number): number {
    return this.lineStart(line - 1) + column - 1;
  }
}
