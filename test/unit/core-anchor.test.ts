// Quotes in sidecars: the context kept around them, and finding them again in a changed reply
// (offsets asserted, and how each was found).
import { strict as assert } from 'node:assert';
import { anchorQuote, CONTEXT_CHARS, makeQuote, MAX_ERROR_RATE } from '../../src/core/anchor';

describe('core: quotes and re-anchoring', () => {
  it('keeps exactly 32 characters of context each side, less at the ends of the text', () => {
    assert.equal(CONTEXT_CHARS, 32);
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    assert.deepEqual(makeQuote(text, 40, 45), { exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32), start: 40, end: 45 });
    assert.deepEqual(makeQuote('QUOTE then', 0, 5), { exact: 'QUOTE', suffix: ' then', start: 0, end: 5 });
    assert.deepEqual(makeQuote('see QUOTE', 4, 9), { exact: 'QUOTE', prefix: 'see ', start: 4, end: 9 });
    assert.deepEqual(makeQuote('QUOTE', 0, 5), { exact: 'QUOTE', start: 0, end: 5 });
  });

  it('clamps offsets outside the text and a backwards span to an empty quote', () => {
    assert.deepEqual(makeQuote('abc', -3, 2), { exact: 'ab', suffix: 'c', start: 0, end: 2 });
    assert.deepEqual(makeQuote('abc', 1, 99), { exact: 'bc', prefix: 'a', start: 1, end: 3 });
    assert.deepEqual(makeQuote('abc', 2, 1), { exact: '', prefix: 'ab', suffix: 'c', start: 2, end: 2 });
    assert.deepEqual(makeQuote('abc', 9, 12), { exact: '', prefix: 'abc', start: 3, end: 3 });
  });

  it('drops half a surrogate pair at the edge of the context rather than store broken text', () => {
    const before = `x😀${'y'.repeat(31)}Q`; // the 32 characters before Q start inside the emoji
    assert.equal(makeQuote(before, before.length - 1, before.length).prefix, 'y'.repeat(31));
    const after = `Q${'z'.repeat(31)}😀x`; // the 32 after Q end inside the emoji
    assert.equal(makeQuote(after, 0, 1).suffix, 'z'.repeat(31));
    const whole = `${'y'.repeat(31)}😀Q😀${'z'.repeat(31)}`;
    const q = makeQuote(whole, 33, 34);
    assert.equal(q.prefix, `${'y'.repeat(30)}😀`, 'a pair that fits whole is kept');
    assert.equal(q.suffix, `😀${'z'.repeat(30)}`);
  });

  it('finds an unchanged quote by its position, and text moved elsewhere by exact match, offsets included', () => {
    const text = 'Q1. Parks?\n12 parks.\nQ2. Staff?\nNone.\n';
    const q = makeQuote(text, 11, 20);
    assert.deepEqual(anchorQuote(text, q), { start: 11, end: 20, method: 'position' });
    const moved = `Intro line.\n${text}`;
    assert.deepEqual(anchorQuote(moved, q), { start: 23, end: 32, method: 'exact' });
  });

  it('keeps a repeated answer at its old position when the context there changed but matches no other place better', () => {
    const text = 'Q1. A?\nNot held.\nQ2. B?\nNot held.\n';
    const second = text.lastIndexOf('Not held.');
    const q = makeQuote(text, second, second + 9);
    const edited = text.replace('Q2. B?', 'Q2. Bee?');
    assert.deepEqual(anchorQuote(edited, q), { start: second + 2, end: second + 11, method: 'exact' }, 'found again after the edit before it');
    const same = text.replace('Q2. B?\n', 'Q2. C?\n');
    assert.deepEqual(anchorQuote(same, q), { start: second, end: second + 9, method: 'position' }, 'best occurrence is where it was');
  });

  it('prefers the occurrence whose context agrees, then the one nearest the old position', () => {
    const text = 'alpha Not held. beta\ngamma Not held. delta\nalpha Not held. beta\n';
    const third = text.lastIndexOf('Not held.');
    const q = { ...makeQuote(text, third, third + 9) };
    const shifted = `X${text}`;
    assert.equal(anchorQuote(shifted, q)!.start, third + 1, 'same context twice: the nearer one');
    const noHint = { exact: 'Not held.', prefix: 'gamma ' };
    assert.equal(anchorQuote(text, noHint)!.start, text.indexOf('gamma') + 6, 'context decides without a position');
    assert.equal(anchorQuote(text, { exact: 'Not held.' })!.start, text.indexOf('Not held.'), 'no context, no position: the first');
    assert.equal(anchorQuote(text, { exact: 'Not held.', start: Number.NaN })!.start, text.indexOf('Not held.'), 'a position that is no number is ignored');
    assert.equal(anchorQuote(text, { exact: 'Not held.', start: 10_000 })!.start, third, 'a position past the end counts from the end');
  });

  it('finds an edited quote by fuzzy matching, within a fifth of its length in errors, and no further', () => {
    assert.equal(MAX_ERROR_RATE, 0.2);
    const text = 'Q1. Budget?\nThe annual budget is 48,700 pounds.\nQ2. Next?\n';
    const start = text.indexOf('The');
    const q = makeQuote(text, start, start + 35);
    const edited = text.replace('48,700 pounds', '48,900 pound');
    assert.deepEqual(anchorQuote(edited, q), { start, end: start + 34, method: 'fuzzy' });
    const tooMuch = text.replace('The annual budget is 48,700 pounds.', 'Our yearly spend was 12,000 pounds.');
    assert.equal(anchorQuote(tooMuch, q), null);
  });

  it('finds a long quote (over 320 characters) edited at both ends by its head and tail', () => {
    const para = Array.from({ length: 12 }, (_, i) => `Sentence ${i} says how the council handles request ${i * 7}.`).join(' ');
    const text = `Preface.\n${para}\nAfter.\n`;
    const q = makeQuote(text, 9, 9 + para.length);
    assert.ok(para.length > 320);
    const edited = para.replace('Sentence 0 ', 'Sentence zero ').replace('request 77.', 'request 78.');
    const changed = `A new first line.\nPreface.\n${edited}\nAfter.\n`;
    const a = anchorQuote(changed, q)!;
    assert.equal(a.method, 'fuzzy');
    assert.equal(a.start, changed.indexOf('Sentence zero'));
    assert.equal(a.end, changed.indexOf('\nAfter.'));
  });

  it('gives up on a quote longer than the text can hold, and on an empty one', () => {
    assert.equal(anchorQuote('short', { exact: 'a much longer quote than the text' }), null);
    assert.equal(anchorQuote('text', { exact: '', start: 0 }), null);
    assert.deepEqual(anchorQuote('abcdefgh', { exact: 'abcdefghij' }), { start: 0, end: 8, method: 'fuzzy' }, '10 characters allow 2 errors: two lost at the end');
    assert.equal(anchorQuote('abcdefgh', { exact: 'abcdefghijk' }), null, '11 characters allow 2 errors: too long for 8');
  });
});
