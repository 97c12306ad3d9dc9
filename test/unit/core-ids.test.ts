// Question ids as the questionnaire, replies and sidecars use them: parents, order and ranges.
import { strict as assert } from 'node:assert';
import { compareIds, expandRange, impliedParent } from '../../src/core/ids';

describe('core: question ids', () => {
  it('implies no parent for text that only contains a lettered id', () => {
    assert.equal(impliedParent('xQ4a'), undefined);
    assert.equal(impliedParent('Q4ab'), 'Q4');
    assert.equal(impliedParent('Q4a1'), undefined);
    assert.equal(impliedParent('Q4A'), undefined, 'only canonical ids are read');
  });

  it('orders ids by number, then fewer letters first, then letters; equal ids compare as 0', () => {
    assert.ok(compareIds('Q2', 'Q10') < 0);
    assert.ok(compareIds('Q10', 'Q2') > 0);
    assert.ok(compareIds('Q4z', 'Q4aa') < 0, 'one letter before two');
    assert.ok(compareIds('Q4aa', 'Q4z') > 0);
    assert.ok(compareIds('Q4a', 'Q4b') < 0);
    assert.ok(compareIds('Q4b', 'Q4a') > 0);
    assert.equal(compareIds('Q4b', 'Q4b'), 0);
    assert.equal(compareIds('Q7', 'Q7'), 0);
  });

  it('sorts text that is no id after every id, and such texts by their text', () => {
    assert.deepEqual(['zeta', 'Q10', 'alpha', 'Q2', 'xQ1', 'alpha'].sort(compareIds), ['Q2', 'Q10', 'alpha', 'alpha', 'xQ1', 'zeta']);
    assert.ok(compareIds('Q99', 'alpha') < 0);
    assert.ok(compareIds('alpha', 'Q99') > 0);
    assert.ok(compareIds('alpha', 'beta') < 0);
    assert.ok(compareIds('beta', 'alpha') > 0);
    assert.equal(compareIds('alpha', 'alpha'), 0);
    assert.ok(compareIds('Q1x', 'Q1') > 0, 'Q1x is no id (letters then more text)');
  });

  it('expands a range to the ids the questionnaire has between its ends, whichever way round and in questionnaire order', () => {
    const known = ['Q14', 'Q13c', 'Q13', 'Q13a', 'Q13d', 'Q12'];
    assert.deepEqual(expandRange('Q13a', 'Q13d', known), ['Q13a', 'Q13c', 'Q13d'], 'only the ids the questionnaire has (no Q13b)');
    assert.deepEqual(expandRange('Q13d', 'Q13a', known), ['Q13a', 'Q13c', 'Q13d']);
    assert.deepEqual(expandRange('Q12', 'Q14', known), ['Q12', 'Q13', 'Q13a', 'Q13c', 'Q13d', 'Q14']);
    assert.deepEqual(expandRange('Q13', 'Q13', known), ['Q13']);
    assert.deepEqual(expandRange('Q11', 'Q13', known), ['Q12', 'Q13', 'Q13a', 'Q13c', 'Q13d'], 'a range to a bare number takes its parts');
  });

  it('falls back to letters or numbers when the questionnaire has nothing between the ends', () => {
    assert.deepEqual(expandRange('Q4a', 'Q4c', ['Q1', 'Q2']), ['Q4a', 'Q4b', 'Q4c']);
    assert.deepEqual(expandRange('Q4a', 'Q4c', []), ['Q4a', 'Q4b', 'Q4c']);
    assert.deepEqual(expandRange('Q4', 'Q4b'), ['Q4', 'Q4a', 'Q4b'], 'a bare number starts the letters at a');
    assert.deepEqual(expandRange('Q4b', 'Q4d'), ['Q4b', 'Q4c', 'Q4d']);
    assert.deepEqual(expandRange('Q4a', 'Q4a'), ['Q4a']);
    assert.deepEqual(expandRange('Q6', 'Q8', ['Q1']), ['Q6', 'Q7', 'Q8']);
    assert.deepEqual(expandRange('Q6', 'Q6'), ['Q6']);
  });

  it('keeps just the two ends of a range it cannot read', () => {
    assert.deepEqual(expandRange('Q4', 'x'), ['Q4', 'x']);
    assert.deepEqual(expandRange('x', 'Q4'), ['x', 'Q4']);
    assert.deepEqual(expandRange('Q8', 'Q6'), ['Q8', 'Q6'], 'backwards numbers');
    assert.deepEqual(expandRange('Q4a', 'Q5b'), ['Q4a', 'Q5b'], 'letters across numbers');
    assert.deepEqual(expandRange('Q4ab', 'Q4b'), ['Q4ab', 'Q4b'], 'two letters');
    assert.deepEqual(expandRange('Q4a', 'Q4'), ['Q4a', 'Q4'], 'letters down to a bare number');
    assert.deepEqual(expandRange('Q4a', 'Q6'), ['Q4a', 'Q6']);
    assert.deepEqual(expandRange('Q4', 'Q6a'), ['Q4', 'Q6a']);
    assert.deepEqual(expandRange('Q1', 'Q51'), Array.from({ length: 51 }, (_, i) => `Q${i + 1}`), 'up to 51 numbers');
    assert.deepEqual(expandRange('Q1', 'Q52'), ['Q1', 'Q52'], 'more than 51 is no range');
  });
});
