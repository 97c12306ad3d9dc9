// Suggestion confidence as Auto-code uses it: a suggestion of a kind seen on the development sets
// gets that kind's observed accuracy; an unseen kind gets a cautious reading of the raw figure,
// never above 0.85, so it is never auto-coded at the default threshold.
import { strict as assert } from 'node:assert';
import { calibrate, CALIBRATION, DEFAULT_MIN_CONFIDENCE, featureKey } from '../../src/core/calibration';
import type { ConfidenceFeatures } from '../../src/core/calibration';

const f = (over: Partial<ConfidenceFeatures>): ConfidenceFeatures => ({ how: 'label', status: 'answered', raw: 0.95, typed: false, hasValue: false, ...over });

describe('calibration', () => {
  it('keys a suggestion by how it was found, its status (value or not, for typed questions) and a raw band', () => {
    assert.equal(featureKey(f({ raw: 0.9 })), 'label|answered|hi');
    assert.equal(featureKey(f({ raw: 0.8999 })), 'label|answered|mid');
    assert.equal(featureKey(f({ raw: 0.75 })), 'label|answered|mid');
    assert.equal(featureKey(f({ raw: 0.7499 })), 'label|answered|lo');
    assert.equal(featureKey(f({ typed: true, hasValue: true })), 'label|answered+v|hi');
    assert.equal(featureKey(f({ typed: true, hasValue: false })), 'label|answered-v|hi');
    assert.equal(featureKey(f({ typed: true, hasValue: true, status: 'partial', how: 'range' })), 'range|partial+v|hi');
    assert.equal(featureKey(f({ typed: true, hasValue: true, status: 'refused', how: 'whole' })), 'whole|refused|hi');
    assert.equal(featureKey(f({ typed: false, hasValue: true, status: 'partial' })), 'label|partial|hi');
  });

  it('gives a known kind its observed accuracy, rounded to two decimals and at most 0.99', () => {
    const entries = Object.entries(CALIBRATION);
    assert.ok(entries.length > 0);
    for (const [key, share] of entries) {
      const [how, statusPart, band] = key.split('|') as [ConfidenceFeatures['how'], string, string];
      const typed = /[+-]v$/.test(statusPart);
      const features = f({ how, status: statusPart.replace(/[+-]v$/, ''), typed, hasValue: statusPart.endsWith('+v'), raw: band === 'hi' ? 0.95 : band === 'mid' ? 0.8 : 0.5 });
      assert.equal(featureKey(features), key);
      assert.equal(calibrate(features), Math.round(Math.min(0.99, share) * 100) / 100, key);
    }
  });

  it('reads an unseen kind cautiously: 0.9 of the raw figure by label, 0.7 otherwise, at most 0.85', () => {
    assert.equal(calibrate(f({ how: 'label', status: 'no-such-status', raw: 0.5 })), 0.45);
    assert.equal(calibrate(f({ how: 'parent', status: 'no-such-status', raw: 0.5 })), 0.35);
    assert.equal(calibrate(f({ how: 'label', status: 'no-such-status', raw: 1 })), 0.85);
    assert.equal(calibrate(f({ how: 'whole', status: 'no-such-status', raw: 0.333 })), 0.23);
    assert.equal(calibrate(f({ how: 'label', status: 'no-such-status', raw: -1 })), 0);
    assert.ok(calibrate(f({ how: 'label', status: 'no-such-status', raw: 1 })) < DEFAULT_MIN_CONFIDENCE, 'an unseen kind is never auto-coded');
  });

  it('auto-codes at 0.95 by default', () => {
    assert.equal(DEFAULT_MIN_CONFIDENCE, 0.95);
  });
});
