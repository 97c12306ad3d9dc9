// Refits the confidence calibration table (src/core/calibration.ts CALIBRATION) over the
// development sets the quality script scores by default: for each kind of suggestion (how it was
// found, its status, value presence, the classifier's band) the share found right, smoothed as
// (right + 1) / (n + 2). Prints the table to paste into calibration.ts, and the threshold at which
// what Auto-code writes is at least 99% right.
//   npx tsx scripts/calibrate.ts
import { resolve } from 'node:path';
import { calibrationProbe } from '../src/core/reader';
import type { Suggestion } from '../src/core/types';
import { defaultSets, scoreSet } from '../test/quality/gold';

const root = resolve(__dirname, '..');
const keys = new Map<Suggestion, string>();
calibrationProbe.keys = keys;
const { sets } = defaultSets(root);
// Each reply counts for at most PER_REPLY observations of a kind: one reply's layout decides many
// of its answers at once (a whole-request refusal), so its answers are not independent.
const PER_REPLY = 5;
const tally = new Map<string, { n: number; right: number; replies: number }>();
for (const src of sets) {
  const r = scoreSet(src, 1);
  for (const reply of r.replies) {
    const judged: [Suggestion, boolean][] = [...reply.items.filter((i) => i.got).map((i) => [i.got!, i.right] as [Suggestion, boolean]), ...reply.extras.map((e) => [e, false] as [Suggestion, boolean])];
    const seen = new Set<string>();
    for (const [s, right] of judged) {
      const key = keys.get(s);
      if (!key) continue;
      const t = tally.get(key) ?? { n: 0, right: 0, replies: 0 };
      t.n++;
      if (right) t.right++;
      if (!seen.has(key)) t.replies++;
      seen.add(key);
      tally.set(key, t);
    }
  }
}
const rows = [...tally].sort((a, b) => a[0].localeCompare(b[0]));
console.log('export const CALIBRATION: Readonly<Record<string, number>> = {');
for (const [k, t] of rows) {
  const scale = Math.min(1, (PER_REPLY * t.replies) / t.n);
  const p = (t.right * scale + 1) / (t.n * scale + 2);
  console.log(`  '${k}': ${(Math.round(p * 1000) / 1000).toFixed(3)}, // ${t.right}/${t.n} in ${t.replies} replies`);
}
console.log('};');
