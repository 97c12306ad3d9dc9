import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compareIds, expandRange, impliedParent, normalizeId } from '../../src/core/ids';

describe('question ids', () => {
  it('canonicalises every way a reply or questionnaire writes an id', () => {
    const cases: [string, string | null][] = [
      ['Q1', 'Q1'], ['q4A', 'Q4a'], ['4(a)', 'Q4a'], ['Question 12c', 'Q12c'], ['Q 4a', 'Q4a'],
      ['Q4(a)', 'Q4a'], ['question 04b', 'Q4b'], ['13', 'Q13'], ['Q.7', 'Q7'],
      ['Quest', null], ['4a-b', null], ['', null], ['Q', null], ['12345', null],
    ];
    for (const [raw, want] of cases) assert.equal(normalizeId(raw), want, raw);
  });

  it('implies the parent of a lettered id only', () => {
    assert.equal(impliedParent('Q4a'), 'Q4');
    assert.equal(impliedParent('Q13d'), 'Q13');
    assert.equal(impliedParent('Q4'), undefined);
  });

  it('orders ids naturally: Q2 < Q4 < Q4a < Q4b < Q10 < Q12c', () => {
    const shuffled = ['Q12c', 'Q10', 'Q4b', 'Q2', 'Q4', 'Q4a'];
    assert.deepEqual([...shuffled].sort(compareIds), ['Q2', 'Q4', 'Q4a', 'Q4b', 'Q10', 'Q12c']);
  });

  it('expands ranges within the questionnaire, or by letters without one', () => {
    const known = ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d', 'Q14'];
    assert.deepEqual(expandRange('Q13a', 'Q13d', known), ['Q13a', 'Q13b', 'Q13c', 'Q13d']);
    assert.deepEqual(expandRange('Q13', 'Q13d', known), ['Q13', 'Q13a', 'Q13b', 'Q13c', 'Q13d']);
    assert.deepEqual(expandRange('Q4a', 'Q4c'), ['Q4a', 'Q4b', 'Q4c']);
    assert.deepEqual(expandRange('Q6', 'Q8'), ['Q6', 'Q7', 'Q8']);
  });

  it('never throws and always returns a canonical id or null', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const id = normalizeId(s);
        assert.ok(id === null || /^Q\d+[a-z]*$/.test(id));
      }),
    );
  });
});
