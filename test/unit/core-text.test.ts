// Reading reply and sidecar bytes the way the editor shows them, and positions in the text.
import { strict as assert } from 'node:assert';
import { bytePosition, decodeSidecarBytes, decodeText, LARGE_REPLY_BYTES, LineIndex, loneCrToLf, normalizeLineBreaks, scanUtf8 } from '../../src/core/text';

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('core: text decoding and positions', () => {
  it('accepts well-formed UTF-8 of every length and counts its multi-byte characters', () => {
    assert.deepEqual(scanUtf8(bytes('plain')), { firstInvalid: -1, invalid: 0, multibyte: 0 });
    assert.deepEqual(scanUtf8(bytes('£ € 😀 \u07ff \uffff \u{10ffff}')), { firstInvalid: -1, invalid: 0, multibyte: 6 });
    assert.deepEqual(scanUtf8(bytes([0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf])), { firstInvalid: -1, invalid: 0, multibyte: 4 });
  });

  it('rejects overlong forms, surrogates, code points past U+10FFFF, stray continuation bytes and cut sequences, at the first bad byte', () => {
    const bad: [number[], number][] = [
      [[0xc0, 0x80], 0], // overlong NUL
      [[0xc1, 0xbf], 0],
      [[0xe0, 0x9f, 0xbf], 0], // overlong 3-byte
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0xf0, 0x8f, 0xbf, 0xbf], 0], // overlong 4-byte
      [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0x80], 0],
      [[0xbf], 0],
      [[0xc2, 0x41], 0], // continuation missing
      [[0xe2, 0x82, 0x41], 0], // third byte not a continuation
      [[0xf0, 0x9f, 0x98, 0x41], 0], // fourth byte not a continuation
      [[0xff], 0],
    ];
    for (const [b, at] of bad) {
      const s = scanUtf8(bytes('ab', b));
      assert.equal(s.firstInvalid, 2 + at, b.map((x) => x.toString(16)).join(' '));
      assert.ok(s.invalid >= 1);
    }
    assert.deepEqual(scanUtf8(bytes('a', [0xe2, 0x82])), { firstInvalid: 1, invalid: 2, multibyte: 0 }, 'a sequence cut by the end of the file');
    assert.deepEqual(scanUtf8(bytes([0xc3])), { firstInvalid: 0, invalid: 1, multibyte: 0 });
    assert.deepEqual(scanUtf8(bytes([0x80], '£', [0x80])), { firstInvalid: 0, invalid: 2, multibyte: 1 });
  });

  it('gives the 1-based line and column of a byte, counting LF, CRLF and a lone CR as one break', () => {
    const b = bytes('ab\ncd\r\nef\rg£h');
    assert.deepEqual(bytePosition(b, 0), { line: 1, column: 1 });
    assert.deepEqual(bytePosition(b, 3), { line: 2, column: 1 });
    assert.deepEqual(bytePosition(b, 5), { line: 2, column: 3 }, 'the CR of a CRLF is still on its line');
    assert.deepEqual(bytePosition(b, 7), { line: 3, column: 1 });
    assert.deepEqual(bytePosition(b, 10), { line: 4, column: 1 });
    assert.deepEqual(bytePosition(b, 13), { line: 4, column: 3 }, '£ is two bytes but one column');
  });

  it('keeps text with one kind of line break as it is, and normalises mixed or lone-CR text to the dominant break', () => {
    for (const t of ['a\nb\n', 'a\r\nb\r\n', 'no breaks', '']) assert.equal(normalizeLineBreaks(t), t);
    assert.equal(normalizeLineBreaks('a\rb\rc'), 'a\r\nb\r\nc', 'lone CRs only: CRLF');
    assert.equal(normalizeLineBreaks('a\r\nb\r\nc\nd'), 'a\r\nb\r\nc\r\nd', 'mostly CRLF');
    assert.equal(normalizeLineBreaks('a\nb\nc\r\nd'), 'a\nb\nc\nd', 'mostly LF');
    assert.equal(normalizeLineBreaks('a\nb\rc\r\nd'), 'a\r\nb\r\nc\r\nd', 'one of each: two of three end with CR');
    assert.equal(normalizeLineBreaks('a\nb\nc\rd'), 'a\nb\nc\nd', 'one CR in three breaks: LF');
    assert.equal(normalizeLineBreaks('a\r\nb\rc\nd'), 'a\r\nb\r\nc\r\nd', 'two of three end with CR: CRLF');
    assert.equal(normalizeLineBreaks('a\nb\rc'), 'a\nb\nc', 'half CR-ended is not more than half');
  });

  it('decodes replies: UTF-16 BE with its BOM, line breaks normalised, and a few bad bytes in real UTF-8 replaced with a position', () => {
    assert.deepEqual(decodeText(bytes([0xfe, 0xff, 0x00, 0x51, 0x00, 0x31])), { text: 'Q1', encoding: 'utf-16be', binary: false, warnings: [] });
    assert.equal(decodeText(bytes([0xff, 0xfe, 0x51, 0x00, 0x0d, 0x00, 0x31, 0x00])).text, 'Q\r\n1', 'UTF-16 line breaks are normalised too');
    assert.deepEqual(decodeText(bytes('a\rb')), { text: 'a\r\nb', encoding: 'utf-8', binary: false, warnings: [] });
    const stray = decodeText(bytes('£5\nx', [0xc0], 'y', [0xff]));
    assert.equal(stray.encoding, 'utf-8');
    assert.equal(stray.text, '£5\nx\ufffdy\ufffd');
    assert.deepEqual(stray.warnings, ['2 invalid UTF-8 bytes replaced by \ufffd (first at line 2, column 2)']);
    const one = decodeText(bytes([0xef, 0xbb, 0xbf], 'a', [0x80]));
    assert.equal(one.encoding, 'utf-8-bom', 'a BOM says UTF-8 even with no other multi-byte character');
    assert.deepEqual(one.warnings, ['1 invalid UTF-8 byte replaced by \ufffd (first at line 1, column 2)']);
  });

  it('reads Windows-1252 punctuation and leaves its five undefined bytes as they are', () => {
    const d = decodeText(bytes([0x80, 0x85, 0x96, 0x97, 0x99, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xe9]));
    assert.equal(d.text, '\u20ac\u2026\u2013\u2014\u2122\u0081\u008d\u008f\u0090\u009d\u00e9');
    assert.deepEqual(d.warnings, ['not valid UTF-8; read as Windows-1252']);
  });

  it('calls a reply with NUL bytes in its first 64 KB binary and says how many', () => {
    const d = decodeText(bytes('PK', [0, 0, 3]));
    assert.deepEqual(d, { text: '', encoding: 'utf-8', binary: true, warnings: ['looks binary: 2 NUL byte(s) in the first 5 bytes; not analysed'] });
    const late = new Uint8Array(70_000).fill(0x61);
    late[69_000] = 0;
    assert.equal(decodeText(late).binary, false, 'a NUL past the first 64 KB is not looked for');
    assert.equal(LARGE_REPLY_BYTES, 5 * 1024 * 1024);
  });

  it('reads a sidecar only as UTF-8, keeping its line ends and saying whether it had a BOM', () => {
    assert.deepEqual(decodeSidecarBytes(bytes('a: 1\r\nb: £\r')), { ok: true, text: 'a: 1\r\nb: £\r', bom: false });
    assert.deepEqual(decodeSidecarBytes(bytes([0xef, 0xbb, 0xbf], 'a: 1\n')), { ok: true, text: 'a: 1\n', bom: true });
  });

  it('refuses a sidecar that is UTF-16, has NUL bytes or invalid UTF-8, naming the position and the count', () => {
    const utf16 = { ok: false, line: 1, column: 1, message: 'the file is UTF-16 (or UTF-32); sidecars are UTF-8 — save it as UTF-8' };
    assert.deepEqual(decodeSidecarBytes(bytes([0xff, 0xfe, 0x61, 0x00])), utf16);
    assert.deepEqual(decodeSidecarBytes(bytes([0xfe, 0xff, 0x00, 0x61])), utf16);
    assert.deepEqual(decodeSidecarBytes(bytes('a: 1\nb: x', [0], 'y', [0])), { ok: false, line: 2, column: 5, message: '2 NUL bytes (binary data or UTF-16 without a byte-order mark); a sidecar is UTF-8 text' });
    assert.deepEqual(decodeSidecarBytes(bytes([0xef, 0xbb, 0xbf], 'a', [0])), { ok: false, line: 1, column: 2, message: '1 NUL byte (binary data or UTF-16 without a byte-order mark); a sidecar is UTF-8 text' });
    assert.deepEqual(decodeSidecarBytes(bytes('a: 1\nb: ', [0xe9], '\n')), { ok: false, line: 2, column: 4, message: 'invalid UTF-8 (byte 0xe9; 1 bad byte); a sidecar is UTF-8 text' });
    assert.deepEqual(decodeSidecarBytes(bytes('x', [0x05 + 0x80, 0xff])), { ok: false, line: 1, column: 2, message: 'invalid UTF-8 (byte 0x85; 2 bad bytes); a sidecar is UTF-8 text' });
  });

  it('turns each lone CR into LF without moving any offset', () => {
    assert.equal(loneCrToLf('a\rb\r\nc\r'), 'a\nb\r\nc\n');
    assert.equal(loneCrToLf('no cr\n'), 'no cr\n');
  });

  it('indexes lines ending in LF, CRLF or a lone CR, and reads each line without its break', () => {
    const idx = new LineIndex('one\ntwo\r\nthree\rfour');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => idx.lineText(l)), ['one', 'two', 'three', 'four']);
    assert.deepEqual([0, 3, 4, 8, 9, 15, 19].map((o) => idx.lineAt(o)), [0, 0, 1, 1, 2, 3, 3]);
    assert.deepEqual(idx.position(16), { line: 4, column: 2 });
    assert.equal(idx.lineStart(-1), 0, 'a line before the first is the first');
    assert.equal(idx.lineStart(99), 15, 'a line after the last is the last');
    assert.equal(idx.lineEnd(1), 7, 'before the CR of CRLF');
    assert.equal(idx.lineEnd(2), 14, 'before a lone CR');
    assert.equal(idx.lineEnd(3), 19);
    assert.equal(idx.offsetOf(3, 2), 10);
    const blank = new LineIndex('\r\n\r\nx');
    assert.deepEqual([0, 1, 2].map((l) => blank.lineText(l)), ['', '', 'x'], 'an empty CRLF line is empty, not its CR');
    assert.equal(new LineIndex('').lineCount, 1);
  });
});
