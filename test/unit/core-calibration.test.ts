// Suggestion confidence as Auto-code uses it: a suggestion of a kind seen on the development sets
// gets that kind's observed accuracy; an unseen kind gets a cautious reading of the raw figure,
// never above 0.85, so it is never auto-coded at the default threshold.
import { strict as assert } from 'node:assert';
import { ASKS_CEILING, calibrate, calibrateWith, CALIBRATION, DEFAULT_MIN_CONFIDENCE, featureKey } from '../../src/core/calibration';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { analyzeReply } from '../../src/core/suggest';
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
    assert.equal(featureKey(f({ doubt: true })), 'label|answered|hi|doubt');
    assert.equal(featureKey(f({ doubt: true, asks: true })), 'label|answered|hi|asks');
  });

  it('gives a known kind its observed accuracy, rounded to two decimals and at most 0.99', () => {
    const entries = Object.entries(CALIBRATION);
    assert.ok(entries.length > 0);
    for (const [key, share] of entries) {
      const [how, statusPart, band, sign] = key.split('|') as [ConfidenceFeatures['how'], string, string, string | undefined];
      const typed = /[+-]v$/.test(statusPart);
      const features = f({ how, status: statusPart.replace(/[+-]v$/, ''), typed, hasValue: statusPart.endsWith('+v'), raw: band === 'hi' ? 0.95 : band === 'mid' ? 0.8 : 0.5, doubt: sign === 'doubt', asks: sign === 'asks' });
      assert.equal(featureKey(features), key);
      // A sign of a misread, an answer placed by the wording of prose, or a doubtful reading of one
      // statement as the answer to the whole request, is capped below the threshold whatever its
      // fitted share.
      const expected = sign === 'asks' || how === 'prose' || (how === 'whole' && sign === 'doubt') ? Math.min(share, ASKS_CEILING) : share;
      assert.equal(calibrate(features), Math.round(Math.min(0.99, expected) * 100) / 100, key);
    }
  });

  it('never auto-codes an answer placed in prose by its wording, however often such answers were right', () => {
    assert.ok(calibrate(f({ how: 'prose', status: 'answered', typed: true, hasValue: true, raw: 0.8 })) < DEFAULT_MIN_CONFIDENCE);
    assert.ok(calibrate(f({ how: 'label', status: 'answered', typed: true, hasValue: true, raw: 0.95 })) >= DEFAULT_MIN_CONFIDENCE);
  });

  it('never auto-codes a doubtful reading of one statement as the answer to the whole request', () => {
    assert.ok(calibrate(f({ how: 'whole', status: 'refused', typed: false, hasValue: false, raw: 0.95, doubt: true })) < DEFAULT_MIN_CONFIDENCE);
    assert.ok(calibrate(f({ how: 'whole', status: 'refused', typed: false, hasValue: false, raw: 0.95 })) >= DEFAULT_MIN_CONFIDENCE);
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

describe('calibrated confidence', () => {
  const plain = { how: 'label' as const, status: 'answered', raw: 0.95, typed: true, hasValue: true };

  it('keeps answers that may be the question read as its answer in their own kind, below the Auto-code threshold', () => {
    assert.notEqual(featureKey({ ...plain, asks: true }), featureKey(plain));
    assert.notEqual(featureKey({ ...plain, doubt: true }), featureKey(plain));
    assert.ok(calibrate(plain) >= DEFAULT_MIN_CONFIDENCE, 'a plain labelled figure is written unreviewed');
    assert.ok(calibrate({ ...plain, asks: true }) < DEFAULT_MIN_CONFIDENCE, 'a figure read out of a question is offered, not written');
    // Even a kind right every time on the development sets: a misread sign is offered, not written.
    assert.ok(calibrateWith({ [featureKey({ ...plain, asks: true })]: 0.999 }, { ...plain, asks: true }) < DEFAULT_MIN_CONFIDENCE);
  });

  it('never trusts a kind the development sets did not show, and trusts a doubtful one less', () => {
    const unseen = { how: 'partial' as const, status: 'signposted', raw: 1, typed: false, hasValue: false };
    assert.ok(calibrateWith({}, unseen) <= 0.85);
    assert.ok(calibrateWith({}, { ...unseen, doubt: true }) < calibrateWith({}, unseen));
    assert.equal(calibrateWith({ [featureKey(plain)]: 0.5 }, plain), 0.5, 'the table decides for a kind it knows');
  });

  it('offers, never auto-codes, a value that is a number of the question itself ("24" of "2023/24")', () => {
    const q = questionnaireFromRequest('1. How many parks did the council run in 2023/24?\n2. How many rangers did it employ?\n').questionnaire;
    const text = ['1. How many parks did the council run in 2023/24? 24', '', '2. How many rangers did it employ?', 'We employ 6 rangers.'].join('\n');
    const a = new Map(analyzeReply(text, q).answers.map((x) => [x.id, x]));
    assert.equal(a.get('Q1')!.value, 24);
    assert.ok(a.get('Q1')!.confidence < DEFAULT_MIN_CONFIDENCE, `Q1 at ${a.get('Q1')!.confidence}`);
    assert.equal(a.get('Q2')!.value, 6);
    assert.ok(a.get('Q2')!.confidence >= DEFAULT_MIN_CONFIDENCE);
  });
});
