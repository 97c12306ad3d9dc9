// The fast decoders of asciiText.ts as their callers rely on them: the exact text of plain ASCII,
// null for anything the full decoder must look at (so that it can report it), and for a sidecar
// whose header comment holds a non-ASCII character, the body after exactly those comment lines.
import { strict as assert } from 'node:assert';
import { asciiText, sidecarText } from '../../src/core/asciiText';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('core: fast ASCII decoding (asciiText.ts)', () => {
  describe('asciiText', () => {
    it('returns the text of plain ASCII bytes, from a Buffer or a view into a larger array', () => {
      assert.equal(asciiText(Buffer.from('Q1. 14\r\nQ2. Yes\n')), 'Q1. 14\r\nQ2. Yes\n');
      const big = enc('xxQ1. 14yy');
      assert.equal(asciiText(big.subarray(2, 8)), 'Q1. 14');
      assert.equal(asciiText(new Uint8Array(0)), '');
    });

    it('returns null for a non-ASCII byte or a NUL anywhere, so the full decoder reports it', () => {
      assert.equal(asciiText(enc('Q1. £14\n')), null);
      assert.equal(asciiText(new Uint8Array([0x51, 0x31, 0xe9])), null);
      assert.equal(asciiText(enc('Q1. 14\0\n')), null);
      assert.equal(asciiText(enc('\0')), null);
    });
  });

  describe('sidecarText', () => {
    it('returns plain ASCII whole, as text and body', () => {
      assert.deepEqual(sidecarText(enc('version: 1\nanswers:\n')), { text: 'version: 1\nanswers:\n', body: 'version: 1\nanswers:\n' });
    });

    it('splits after the last comment line up to the first non-ASCII character, not after the first line', () => {
      assert.deepEqual(sidecarText(enc('# a\n# — x\nversion: 1\n')), { text: '# a\n# — x\nversion: 1\n', body: 'version: 1\n' });
    });

    it('accepts comment lines indented with spaces or a tab, and blank lines among them', () => {
      assert.deepEqual(sidecarText(enc('  # — x\nversion: 1\n')), { text: '  # — x\nversion: 1\n', body: 'version: 1\n' });
      assert.deepEqual(sidecarText(enc('\t# — x\nversion: 1\n')), { text: '\t# — x\nversion: 1\n', body: 'version: 1\n' });
      assert.deepEqual(sidecarText(enc('\n# — x\nversion: 1\n')), { text: '\n# — x\nversion: 1\n', body: 'version: 1\n' });
    });

    it('gives an empty body for a file that is one non-ASCII comment line without a newline', () => {
      assert.deepEqual(sidecarText(enc('# — x')), { text: '# — x', body: '' });
    });

    it('keeps CRLF line ends in the body below the comment header', () => {
      assert.deepEqual(sidecarText(enc('# — x\nversion: 1\r\n')), { text: '# — x\nversion: 1\r\n', body: 'version: 1\r\n' });
    });

    it('returns null when a CR ends the comment line, even as the file’s last byte', () => {
      assert.equal(sidecarText(enc('# — x\r')), null);
      assert.equal(sidecarText(enc('# — x\r\nversion: 1\n')), null);
    });

    it('returns null when the first non-ASCII character is in a value below ASCII-only lines', () => {
      assert.equal(sidecarText(enc('# a\nversion: 1\nnote: é\n')), null);
      assert.equal(sidecarText(enc('version: 1\n# — x\n')), null);
    });

    it('returns null for a NUL, even in otherwise plain ASCII', () => {
      assert.equal(sidecarText(enc('version: 1\0\n')), null);
    });
  });
});
