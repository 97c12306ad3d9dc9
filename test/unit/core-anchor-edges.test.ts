// Quotes at their edges (anchor.ts): the context kept beside characters outside the Basic
// Multilingual Plane, which occurrence of a repeated quote is found again (context, then
// nearness), and which of several edited look-alikes a fuzzy match settles on.
import { strict as assert } from 'node:assert';
import { anchorQuote, makeQuote } from '../../src/core/anchor';

describe('core: quotes at their edges (anchor.ts)', () => {
  describe('the context kept beside a quote', () => {
    it('drops half a pair at either end of the surrogate ranges (U+10000, U+10FFFF) rather than store broken text', () => {
      for (const pair of ['\ud800\udc00', '\udbff\udfff']) {
        const before = `x${pair}${'y'.repeat(31)}Q`; // the 32 characters before Q start on the pair's second half
        assert.equal(makeQuote(before, before.length - 1, before.length).prefix, 'y'.repeat(31), JSON.stringify(pair));
        const after = `Q${'z'.repeat(31)}${pair}x`; // the 32 after Q end on the pair's first half
        assert.equal(makeQuote(after, 0, 1).suffix, 'z'.repeat(31), JSON.stringify(pair));
      }
    });

    it('keeps a character just past the surrogate ranges (U+E000) whole in the context', () => {
      const text = `x\ue000${'y'.repeat(31)}Q`;
      assert.equal(makeQuote(text, 33, 34).prefix, `\ue000${'y'.repeat(31)}`);
    });

    it('keeps all the text to either end of the reply, whatever character stands there', () => {
      assert.deepEqual(makeQuote('\udc00abQ', 3, 4), { exact: 'Q', prefix: '\udc00ab', start: 3, end: 4 });
      assert.deepEqual(makeQuote('Qab\ud800', 0, 1), { exact: 'Q', suffix: 'ab\ud800', start: 0, end: 1 });
    });
  });

  describe('finding a repeated quote again', () => {
    it('counts every character of the prefix that agrees, up to the start of the text', () => {
      assert.deepEqual(anchorQuote('cbX abX', { exact: 'X', prefix: 'ab' }), { start: 6, end: 7, method: 'exact' });
      assert.deepEqual(anchorQuote('abX zbX', { exact: 'X', prefix: 'ab', start: 6 }), { start: 2, end: 3, method: 'exact' }, 'the full prefix beats the old position');
    });

    it('counts every character of the suffix that agrees, up to the end of the text', () => {
      assert.deepEqual(anchorQuote('Xcd Xab', { exact: 'X', suffix: 'ab' }), { start: 4, end: 5, method: 'exact' });
      assert.deepEqual(anchorQuote('Xaz Xab', { exact: 'X', suffix: 'ab', start: 0 }), { start: 4, end: 5, method: 'exact' }, 'the full suffix beats the old position');
    });

    it('takes the first occurrence when two are as near the old position', () => {
      assert.deepEqual(anchorQuote('X...X', { exact: 'X', start: 2 }), { start: 0, end: 1, method: 'exact' });
    });

    it('ignores an infinite old position, and without one never calls a match "position"', () => {
      assert.deepEqual(anchorQuote('Not held. x Not held.', { exact: 'Not held.', start: Infinity }), { start: 0, end: 9, method: 'exact' });
      assert.deepEqual(anchorQuote('aXbX', { exact: 'X' }), { start: 1, end: 2, method: 'exact' });
    });
  });

  describe('finding an edited quote again', () => {
    it('finds a five-character quote with one character changed (one error allowed)', () => {
      assert.deepEqual(anchorQuote('The Parcs team', { exact: 'Parks', start: 4 }), { start: 4, end: 9, method: 'fuzzy' });
      assert.deepEqual(anchorQuote('The Parcs team', { exact: 'Parks' }), { start: 4, end: 9, method: 'fuzzy' });
    });

    it('takes, of two look-alikes as good, the first without an old position and the nearer with one', () => {
      assert.deepEqual(anchorQuote('The Parcs and the Parcs', { exact: 'Parks' }), { start: 4, end: 9, method: 'fuzzy' });
      assert.deepEqual(anchorQuote('The Parcs and the Parcs', { exact: 'Parks', start: 18 }), { start: 18, end: 23, method: 'fuzzy' });
      assert.deepEqual(anchorQuote('The Parcs and the Parcs', { exact: 'Parks', start: 0 }), { start: 4, end: 9, method: 'fuzzy' });
    });

    it('takes, of two look-alikes as good, the one whose context agrees', () => {
      assert.deepEqual(anchorQuote('Parcs A; Parcs B', { exact: 'Parks', suffix: ' B' }), { start: 9, end: 14, method: 'fuzzy' });
      assert.deepEqual(anchorQuote('Parcs A; Parcs B', { exact: 'Parks', prefix: '; ' }), { start: 9, end: 14, method: 'fuzzy' });
      assert.deepEqual(anchorQuote('Parcs A; Parcs B', { exact: 'Parks', suffix: ' A', start: 9 }), { start: 0, end: 5, method: 'fuzzy' });
    });

    it('stays near the old position when an edited copy is there, though a closer copy lies thousands of characters away', () => {
      const quote = 'The annual budget for grounds maintenance';
      const near = 'The annual budgit for grownds maintenanse'; // three characters changed
      const far = 'The annual budget for grounds maintenanse'; // one character changed
      const filler = ' lorem'.repeat(600);
      const text = `${near}${filler}${far}`;
      assert.deepEqual(anchorQuote(text, { exact: quote, start: 0 }), { start: 0, end: 41, method: 'fuzzy' });
      // Without an old position the whole reply is searched, and the closer copy wins.
      assert.deepEqual(anchorQuote(text, { exact: quote }), { start: 3641, end: 3682, method: 'fuzzy' });
      const swapped = `${far}${filler}${near}`;
      assert.deepEqual(anchorQuote(swapped, { exact: quote, start: 3641 }), { start: 3641, end: 3682, method: 'fuzzy' });
    });
  });
  describe('finding an edited quote again: what decides between candidates', () => {
    it('treats a quote that is no text (a broken sidecar) as stale', () => {
      assert.equal(anchorQuote('a 42 b', { exact: 42 as unknown as string }), null);
    });

    it('takes the first occurrence of a quote kept without context, whatever surrounds the others', () => {
      assert.deepEqual(anchorQuote('X and here! X', { exact: 'X' }), { start: 0, end: 1, method: 'exact' });
      assert.deepEqual(anchorQuote('X, XStr', { exact: 'X' }), { start: 0, end: 1, method: 'exact' });
    });

    it('prefers a look-alike with fewer errors to one at the old position with two, and to one with a single character of context', () => {
      assert.deepEqual(anchorQuote('Bonch ropairs and later Bench repairz.', { exact: 'Bench repairs', start: 0 }), { start: 24, end: 36, method: 'fuzzy' });
      // One character of ten of context ("0") is worth less than one error fewer.
      assert.deepEqual(anchorQuote('Bonch ropairs0 and later Bench repairz.', { exact: 'Bench repairs', suffix: '0123456789', start: 0 }), { start: 25, end: 37, method: 'fuzzy' });
    });

    it('takes, of two look-alikes as good and both away from the old position, the nearer', () => {
      const text = `Parcs${'.'.repeat(20)}Parcs`;
      assert.deepEqual(anchorQuote(text, { exact: 'Parks', start: 20 }), { start: 25, end: 30, method: 'fuzzy' });
      assert.deepEqual(anchorQuote(text, { exact: 'Parks', start: 8 }), { start: 0, end: 5, method: 'fuzzy' });
    });

    it('searches the whole reply when the quote is no longer near its old position', () => {
      const text = `The annual budgit for grounds maintenance${' lorem'.repeat(1000)}`;
      assert.deepEqual(anchorQuote(text, { exact: 'The annual budget for grounds maintenance', start: 5500 }), { start: 0, end: 41, method: 'fuzzy' });
    });
  });

  describe('a long quote (over 320 characters) with its middle rewritten', () => {
    const words = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
    const HEAD = `Opening: the council reviewed ${words('h', 40)}`.slice(0, 160);
    const MIDDLE = `Middle part ${words('m', 60)}`.slice(0, 280);
    const TAIL = `Closing: the figures ${words('t', 40)}`.slice(0, 160);
    const REWRITTEN = `Rewritten ${words('zz', 60)}`.slice(0, 280);
    const PARA = HEAD + MIDDLE + TAIL;
    const quote = makeQuote(`Preface line.\n${PARA}\nAfter.\n`, 14, 14 + PARA.length);
    const reply = (middle: string) => `Preface line.\n${HEAD}${middle}${TAIL}\nAfter.\n`;

    it('is found by its unchanged head and tail, from the head’s start to the tail’s end', () => {
      assert.equal(PARA.length, 561);
      assert.equal(MIDDLE.length, 241);
      assert.deepEqual(anchorQuote(reply(REWRITTEN), quote), { start: 14, end: 614, method: 'fuzzy' });
      assert.deepEqual(anchorQuote(reply(REWRITTEN), { exact: quote.exact }), { start: 14, end: 614, method: 'fuzzy' }, 'without an old position');
    });

    it('is found where it moved, far from its old position', () => {
      const text = `${'filler line. '.repeat(400)}\n${HEAD}${REWRITTEN}${TAIL}\nAfter.\n`;
      assert.deepEqual(anchorQuote(text, quote), { start: 5201, end: 5801, method: 'fuzzy' });
    });

    it('is found while its length differs by at most a fifth (112 of 561 characters), and stale beyond', () => {
      assert.deepEqual(anchorQuote(reply(REWRITTEN + 'y'.repeat(73)), quote), { start: 14, end: 687, method: 'fuzzy' }, '112 longer');
      assert.equal(anchorQuote(reply(REWRITTEN + 'y'.repeat(74)), quote), null, '113 longer');
      assert.deepEqual(anchorQuote(reply(REWRITTEN.slice(151)), quote), { start: 14, end: 463, method: 'fuzzy' }, '112 shorter');
      assert.equal(anchorQuote(reply(REWRITTEN.slice(152)), quote), null, '113 shorter');
    });
  });
});
