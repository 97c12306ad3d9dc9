// Speed checks that cannot flake on a busy machine: the same work on two sizes of input in one
// run, compared with each other (CPU time, medians), instead of a wall-clock ceiling. Linear work
// costs about `factor` times as much on the input `factor` times larger; quadratic work costs
// `factor` squared times as much (64 for 8), which these checks fail.
import { strict as assert } from 'node:assert';

/** CPU milliseconds (user + system) of one call, the median of `runs` after one warm-up call. */
export function cpuMs(fn: () => void, runs = 3): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    times.push((t.user + t.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export interface Scaling {
  smallMs: number;
  bigMs: number;
  ratio: number;
}

/**
 * Runs `work` on `small` and on `big` (`factor` times its size) and asserts the cost grows at
 * most `slack` times faster than the size (default: ratio ≤ 3 × factor). Prints the figures.
 */
export function assertLinear<T>(label: string, small: T, big: T, work: (input: T) => void, { factor, slack = 3, runs = 3 }: { factor: number; slack?: number; runs?: number }): Scaling {
  const smallMs = Math.max(cpuMs(() => work(small), runs), 0.05);
  const bigMs = cpuMs(() => work(big), runs);
  const ratio = bigMs / smallMs;
  console.log(`      ${label}: ${smallMs.toFixed(1)} ms → ${bigMs.toFixed(1)} ms CPU for ${factor}× the input (×${ratio.toFixed(1)}; linear ≈ ×${factor})`);
  assert.ok(ratio <= factor * slack, `${label}: ${factor}× the input cost ${ratio.toFixed(1)}× the time — worse than linear`);
  return { smallMs, bigMs, ratio };
}
