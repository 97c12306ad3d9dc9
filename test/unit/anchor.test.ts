import { strict as assert } from 'node:assert';
import search from 'approx-string-match';
import fc from 'fast-check';
import { anchorQuote, makeQuote } from '../../src/core/anchor';
import { assertLinear } from '../support/scaling';

const REPLY = [
  'Dear Requester,',
  '',
  'Q3. How large is the Authority in terms of geographical boundaries?',
  'Area: 9,120.5 hectares',
  '',
  'Q4. How many information systems does the Authority use?',
  'Around 240 business applications.',
  '',
  'Q9. Please provide the annual CRM budget.',
  'Not held.',
  '',
  'Q10. Please provide the CRM licence cost.',
  'Not held.',
  '',
].join('\n');

function quoteOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return makeQuote(text, start, start + needle.length);
}

describe('anchor: makeQuote', () => {
  it('keeps up to 32 characters of context on each side and the offsets', () => {
    const q = quoteOf(REPLY, 'Area: 9,120.5 hectares');
    assert.equal(q.exact, 'Area: 9,120.5 hectares');
    assert.equal(q.prefix!.length, 32);
    assert.ok(q.prefix!.endsWith('geographical boundaries?\n'));
    assert.equal(q.suffix, '\n\nQ4. How many information syste');
    assert.equal(REPLY.slice(q.start, q.end), q.exact);
  });

  it('has no prefix at the start of the text and never splits a surrogate pair', () => {
    const q = makeQuote('Dear Requester', 0, 4);
    assert.equal(q.prefix, undefined);
    const text = `${'😀'.repeat(20)}quote${'😀'.repeat(20)}`;
    const s = text.indexOf('quote');
    const q2 = makeQuote(text, s, s + 5);
    assert.ok(q2.prefix!.length <= 32 && !/^[\uDC00-\uDFFF]/.test(q2.prefix!));
    assert.ok(!/[\uD800-\uDBFF]$/.test(q2.suffix!));
  });
});

describe('anchor: anchorQuote', () => {
  it('finds an unchanged quote at its position', () => {
    const q = quoteOf(REPLY, 'Around 240 business applications.');
    assert.deepEqual(anchorQuote(REPLY, q), { start: q.start, end: q.end, method: 'position' });
  });

  it('finds the quote again after text is inserted before it', () => {
    const q = quoteOf(REPLY, 'Around 240 business applications.');
    const changed = `FORWARDED MESSAGE\n\n${REPLY}`;
    assert.deepEqual(anchorQuote(changed, q), { start: q.start! + 19, end: q.end! + 19, method: 'exact' });
  });

  it('tells repeated text apart by its context, not only by distance', () => {
    // "Not held." answers both Q9 and Q10; the Q10 quote must stay on Q10 after Q9's block moves.
    const second = REPLY.indexOf('Not held.', REPLY.indexOf('Q10.'));
    const q = makeQuote(REPLY, second, second + 'Not held.'.length);
    const changed = REPLY.replace('Q9. Please provide the annual CRM budget.\nNot held.\n\n', '') + '\nQ9. Please provide the annual CRM budget.\nNot held.\n';
    const a = anchorQuote(changed, q)!;
    assert.equal(a.method, 'exact');
    assert.ok(changed.slice(0, a.start).endsWith('Q10. Please provide the CRM licence cost.\n'));
  });

  it('finds a quote edited inside by fuzzy matching', () => {
    const q = quoteOf(REPLY, 'Around 240 business applications.');
    const changed = REPLY.replace('Around 240 business applications.', 'Around 245 busines applications.');
    const a = anchorQuote(changed, q)!;
    assert.equal(a.method, 'fuzzy');
    assert.equal(changed.slice(a.start, a.end), 'Around 245 busines applications.');
  });

  it('returns null for a quote that is gone (stale), never a far-fetched match', () => {
    const q = quoteOf(REPLY, 'Around 240 business applications.');
    const changed = REPLY.replace('Around 240 business applications.', 'We do not keep a register of systems.');
    assert.equal(anchorQuote(changed, q), null);
    assert.equal(anchorQuote('', q), null);
    assert.equal(anchorQuote(REPLY, { exact: '' }), null);
  });

  it('works without positions (a hand-written quote)', () => {
    assert.deepEqual(anchorQuote(REPLY, { exact: 'Area: 9,120.5 hectares' }), { start: REPLY.indexOf('Area'), end: REPLY.indexOf('Area') + 22, method: 'exact' });
  });

  it('re-anchors long quotes after edits inside them, in time linear in the text (140 KB and 1.1 MB)', () => {
    const para = Array.from({ length: 60 }, (_, i) => `Sentence ${i} explains how the council handles request number ${i * 7}.`).join(' ');
    const editedPara = para.replace('Sentence 3 ', 'Sentence three ').replace('number 210', 'number 211').replace('Sentence 59', 'Sentences 59');
    const at = (repeat: number) => {
      const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(repeat);
      const start = filler.length + 1;
      const q = makeQuote(`${filler}\n${para}\n${filler}`, start, start + para.length);
      return { q, changed: `PREFACE ADDED\n${filler}\n${editedPara}\n${filler}` };
    };
    const small = at(2500);
    const big = at(20000); // ~1.1 MB
    for (const { q, changed } of [small, big]) {
      const a = anchorQuote(changed, q)!;
      assert.ok(a, 'found');
      const expected = changed.indexOf(editedPara);
      assert.ok(Math.abs(a.start - expected) <= 2 && Math.abs(a.end - (expected + editedPara.length)) <= 2, `${a.start}-${a.end} vs ${expected}`);
    }
    assertLinear('anchor: edited quote', small, big, ({ q, changed }) => anchorQuote(changed, q), { factor: 8, runs: 3 });
  });

  it('property: a unique quote is found at its new offsets after random edits elsewhere', () => {
    const alphabet = fc.constantFrom(...'abcdefghij \n.,0123456789'.split(''));
    const textArb = fc.array(alphabet, { minLength: 60, maxLength: 600 }).map((a) => a.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 12, max: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 15 })), { maxLength: 6 }), (text, s0, len, edits) => {
        const start = s0 % Math.max(1, text.length - len);
        const end = Math.min(text.length, start + len);
        const exact = text.slice(start, end);
        fc.pre(exact.length >= 12 && text.indexOf(exact) === start && text.indexOf(exact, start + 1) === -1);
        const q = makeQuote(text, start, end);
        // Apply insertions/deletions outside [start, end), tracking where the span moves.
        let t = text;
        let a = start;
        let b = end;
        for (const [pos0, del, ins] of edits) {
          const pos = pos0 % (t.length + 1);
          const d = Math.min(del, t.length - pos);
          if (pos + d <= a) {
            t = t.slice(0, pos) + ins + t.slice(pos + d);
            a += ins.length - d;
            b += ins.length - d;
          } else if (pos >= b) {
            t = t.slice(0, pos) + ins + t.slice(pos + d);
          }
        }
        fc.pre(t.indexOf(exact) === a && t.indexOf(exact, a + 1) === -1);
        const found = anchorQuote(t, q);
        assert.ok(found);
        assert.deepEqual([found.start, found.end], [a, b]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps an edited quote at its old place over a closer look-alike elsewhere', () => {
    // The look-alike differs from the quote by one character, the edited quote by two; the
    // quote's context and position say where it is.
    const text = 'residents CRM budget residents portal residents data system portal held council the council budget residents portal held held data';
    const start = text.indexOf('get residents portal r');
    const q = makeQuote(text, start, start + 22);
    const changed = text.slice(0, start + 1) + 'YZ' + text.slice(start + 2);
    const found = anchorQuote(changed, q);
    assert.ok(found);
    assert.deepEqual([found.start, found.end], [start, start + 23]);
  });

  it('moves an edited quote to a look-alike with fewer errors when their contexts agree alike (a soak seed, 1954902833)', () => {
    // Text of one repeated word: the look-alike one word on has the same context and one error
    // where the edited quote has two, so match quality decides, as designed.
    const text = 'council data portal portal portal portal ' + Array(45).fill('council').join(' ');
    const q = makeQuote(text, 15, 35);
    assert.equal(q.exact, 'rtal portal portal p');
    const changed = text.slice(0, 16) + 'YZ' + text.slice(17);
    assert.deepEqual(anchorQuote(changed, q), { start: 23, end: 43, method: 'fuzzy' });
  });

  it('property: small edits inside a quote are found by fuzzy matching', () => {
    const words = fc.array(fc.constantFrom('council', 'held', 'system', 'data', 'the', 'residents', 'portal', 'budget', '2019', 'CRM'), { minLength: 40, maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, fc.nat(), fc.integer({ min: 20, max: 80 }), fc.nat(), fc.constantFrom('X', '', 'YZ'), (text, s0, len, p0, repl) => {
        const start = s0 % Math.max(1, text.length - len);
        const end = Math.min(text.length, start + len);
        fc.pre(end - start >= 20);
        fc.pre(text.indexOf(text.slice(start, end), start + 1) === -1 && text.indexOf(text.slice(start, end)) === start);
        const q = makeQuote(text, start, end);
        // One small substitution strictly inside the quote.
        const pos = start + 1 + (p0 % (end - start - 2));
        const changed = text.slice(0, pos) + repl + text.slice(pos + 1);
        fc.pre(!changed.includes(q.exact));
        const newEnd = end + repl.length - 1;
        // The edited span is the closest match of the quote in the text: a look-alike elsewhere
        // with fewer errors wins by design (match quality first; the unit test above has context
        // outweigh one error where the look-alike's context differs). In text of one repeated word
        // ("portal portal portal …") such a look-alike, with the same context, is common.
        const fewest = (from: number, to: number) => Math.min(...search(changed.slice(from, to), q.exact, 8).map((m) => m.errors));
        fc.pre(fewest(0, changed.length) >= fewest(Math.max(0, start - 3), Math.min(changed.length, newEnd + 3)));
        const found = anchorQuote(changed, q);
        assert.ok(found, 'found');
        // The match covers the edited span up to the error budget at its ends.
        assert.ok(Math.abs(found.start - start) <= 3 && Math.abs(found.end - newEnd) <= 3, `${found.start}-${found.end} vs ${start}-${newEnd}`);
      }),
      { numRuns: 300 },
    );
  });
});
