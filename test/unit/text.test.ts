import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeText, LineIndex } from '../../src/core/text';

describe('decoding reply bytes', () => {
  it('strips a UTF-8 BOM so offsets match the editor', () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x51, 0x31]));
    assert.equal(d.text, 'Q1');
    assert.equal(d.encoding, 'utf-8-bom');
  });

  it('reads Windows-1252 smart quotes and £ when the bytes are not UTF-8', () => {
    const d = decodeText(new Uint8Array([0x93, 0x51, 0x31, 0x94, 0x20, 0xa3, 0x35]));
    assert.equal(d.text, '\u201cQ1\u201d £5');
    assert.equal(d.encoding, 'windows-1252');
    assert.match(d.warnings[0]!, /Windows-1252/);
  });

  it('flags binary files instead of analysing them', () => {
    const d = decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    assert.equal(d.binary, true);
    assert.match(d.warnings[0]!, /NUL/);
  });

  it('reads UTF-16LE with a BOM', () => {
    const d = decodeText(new Uint8Array([0xff, 0xfe, 0x51, 0x00, 0x31, 0x00]));
    assert.equal(d.text, 'Q1');
  });
});

describe('line index', () => {
  it('gives 1-based positions and keeps CR out of line text', () => {
    const idx = new LineIndex('Q1. Name?\r\nCastlebridge\r\n\r\nQ2');
    assert.deepEqual(idx.position(11), { line: 2, column: 1 });
    assert.equal(idx.lineText(1), 'Castlebridge');
    assert.equal(idx.lineText(2), '');
    assert.equal(idx.offsetOf(4, 1), 27);
  });

  it('round-trips every offset through a position', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', ' ') }), fc.nat(), (text, n) => {
        const idx = new LineIndex(text);
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const { line, column } = idx.position(offset);
        assert.equal(idx.offsetOf(line, column), offset);
      }),
    );
  });
});
