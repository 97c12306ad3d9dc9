// Which exemption a council's citation names, and the word gate that keeps long answers fast.
import { strict as assert } from 'node:assert';
import { exemptionForRegulation, exemptionForSection, WordIndex } from '../../src/core/exemptions';

describe('core: exemptions', () => {
  it('maps each FOI section that refuses to its exemption, 13 with 12, and exempting sections outside the list (26, 27, 35) to other', () => {
    const want: Record<number, string> = { 12: 's12', 13: 's12', 14: 's14', 21: 's21', 22: 's22', 23: 's23', 24: 's24', 30: 's30', 31: 's31', 36: 's36', 38: 's38', 40: 's40', 41: 's41', 42: 's42', 43: 's43', 44: 's44', 26: 'other', 27: 'other', 35: 'other' };
    for (const [s, e] of Object.entries(want)) assert.equal(exemptionForSection(Number(s)), e, `section ${s}`);
  });

  it('maps procedural and unknown sections to nothing', () => {
    for (const s of [0, 1, 10, 11, 15, 16, 17, 20, 45, 50, 77]) assert.equal(exemptionForSection(s), undefined, `section ${s}`);
  });

  it('maps EIR regulations: 12(4)(b) to s12, 12(5)(e) to s43, 13 to s40, other 12(…) to other, and 12(4)(a) (not held) to nothing', () => {
    assert.equal(exemptionForRegulation('12(4)(b)'), 's12');
    assert.equal(exemptionForRegulation('12 (4) (b)'), 's12', 'spaces inside the citation');
    assert.equal(exemptionForRegulation('12(5)(e)'), 's43');
    assert.equal(exemptionForRegulation('12(5)(a)'), 'other');
    assert.equal(exemptionForRegulation('12(4)(d)'), 'other');
    assert.equal(exemptionForRegulation('13'), 's40');
    assert.equal(exemptionForRegulation('13(1)'), 's40');
    assert.equal(exemptionForRegulation('12(4)(a)'), undefined);
    assert.equal(exemptionForRegulation('12 (4)(a)'), undefined);
    assert.equal(exemptionForRegulation('12'), undefined, 'a bare 12 names no exception');
    assert.equal(exemptionForRegulation('5'), undefined);
  });

  it('finds a short needle only as a whole word, and a longer one as the start of a word', () => {
    const w = new WordIndex('the cost would exceed £450 and no published data');
    assert.ok(w.has('no'));
    assert.ok(!w.has('co'), 'three letters or fewer must be a whole word');
    assert.ok(w.has('£450'));
    assert.ok(w.has('publi'), 'prefix of published');
    assert.ok(w.has('published'));
    assert.ok(w.has('exce'));
    assert.ok(!w.has('xceed'), 'not the middle of a word');
    assert.ok(!w.has('publicity'));
  });

  it('matches a needle longer than eight letters by its first eight', () => {
    const w = new WordIndex('this is disproportionate');
    assert.ok(w.has('disproportionate'));
    assert.ok(w.has('disproportion'), 'shares the first eight letters');
    assert.ok(w.has('disp'));
    assert.ok(!w.has('dis'), 'three letters are a whole word');
    assert.ok(!new WordIndex('dis').has('disp'));
  });

  it('passes the gate when any needle is present, or when there are none', () => {
    const w = new WordIndex('vexatious request');
    assert.ok(w.any([]));
    assert.ok(w.any(['hour', 'vexatious']));
    assert.ok(!w.any(['hour', 'hrs']));
  });
});
