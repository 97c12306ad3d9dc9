// The common cases of decoding, at memory speed. Validating and decoding UTF-8 in full was most
// of the cost of reading thousands of sidecars on a cold start (95 ms for 5,000 sidecars,
// against 4 ms for plain ASCII this way), and one em dash in the header comment the writer puts
// on every sidecar made the whole text a two-byte string (twice the memory, slower to scan).
// Anything unusual — a byte-order mark, a NUL, invalid UTF-8 — returns null and goes through
// the full decoders in text.ts, which say what is wrong and where.
import { Buffer, isAscii, isUtf8 } from 'node:buffer';

const view = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** The text of plain ASCII bytes without a NUL (the same in UTF-8 and Latin-1), else null. */
export function asciiText(bytes: Uint8Array): string | null {
  if (!isAscii(bytes) || bytes.indexOf(0) !== -1) return null;
  return view(bytes).toString('latin1');
}

export interface SplitText {
  /** The whole text, exactly as decodeSidecarBytes decodes it. */
  text: string;
  /**
   * The text after the leading lines that hold a non-ASCII character, when those lines are all
   * comments (or blank): a YAML reader skips them, so it may read `body` instead of `text`, and
   * `body` is decoded on its own (a one-byte string when its characters allow).
   */
  body: string;
}

const isSpace = (c: number): boolean => c === 32 || c === 9;

/**
 * A sidecar's bytes decoded for the index: null when they need the full decoder (a BOM, a NUL,
 * invalid UTF-8, or a non-ASCII character before the end of the leading comment lines that is not
 * itself in a comment line); otherwise the text and the body after its leading comment lines.
 */
export function sidecarText(bytes: Uint8Array): SplitText | null {
  const b = view(bytes);
  if (b.indexOf(0) !== -1) return null;
  if (isAscii(b)) {
    const text = b.toString('latin1');
    return { text, body: text };
  }
  let p = 0;
  while (b[p]! < 0x80) p++; // stops: there is a non-ASCII byte
  // Every line up to the one holding byte p must be a comment or blank, with no CR in them (a
  // lone CR is a line break to YAML: what follows it would not be in a comment).
  let lineStart = 0;
  for (;;) {
    let k = lineStart;
    while (k < b.length && isSpace(b[k]!)) k++;
    if (k < b.length && b[k] !== 35 && b[k] !== 10) return null;
    const nl = b.indexOf(10, lineStart);
    const lineEnd = nl === -1 ? b.length : nl;
    if (b.subarray(lineStart, lineEnd).indexOf(13) !== -1) return null;
    if (lineEnd >= p || nl === -1) {
      const split = nl === -1 ? b.length : nl + 1;
      const head = b.subarray(0, split);
      const rest = b.subarray(split);
      if (!isUtf8(head) || !isUtf8(rest)) return null;
      const headText = b.toString('utf8', 0, split);
      // U+2028/U+2029 in a comment: the sidecar readers treat them as line breaks; leave it to them.
      if (headText.includes('\u2028') || headText.includes('\u2029')) return null;
      const body = b.toString(isAscii(rest) ? 'latin1' : 'utf8', split);
      return { text: headText + body, body };
    }
    lineStart = nl + 1;
  }
}
