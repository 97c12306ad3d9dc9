// Refits the confidence calibration table (src/core/calibration.ts CALIBRATION) over the
// development sets: for each kind of suggestion (how it was found, its status, value presence,
// the classifier's band, and whether there is a reason to doubt it) the share found right,
// smoothed as (right + 1) / (n + 2) with each reply counting for at most PER_REPLY observations
// of a kind. Prints the table to paste into calibration.ts, then a leave-one-set-out test: for
// each set, the table is fitted on the other sets only and Auto-code at the default threshold is
// measured on the one left out — what the threshold means on replies the table never saw.
//   npx tsx scripts/calibrate.ts [--set <dir> [--questionnaire f | --from-request req.txt]]... [--json]
// Without --set, the sets the quality script scores by default. With --set, those and the named
// ones (a folder of surveys, each with request.txt, is one set per survey with --from-request auto).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calibrateWith, DEFAULT_MIN_CONFIDENCE, featureKey } from '../src/core/calibration';
import type { ConfidenceFeatures } from '../src/core/calibration';
import { calibrationProbe } from '../src/core/reader';
import type { Suggestion } from '../src/core/types';
import { defaultSets, scoreSet } from '../test/quality/gold';
import type { SetSource } from '../test/quality/gold';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const { sets } = defaultSets(root);
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--set') continue;
  const dir = resolve(args[++i] ?? '');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`calibrate: ${dir} is not a folder`);
    process.exit(2);
  }
  let questionnaire: string | undefined;
  let fromRequest: string | undefined;
  if (args[i + 1] === '--questionnaire') questionnaire = resolve(args[(i += 2)]!);
  else if (args[i + 1] === '--from-request') fromRequest = resolve(args[(i += 2)]!);
  const surveys = readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory() && existsSync(join(dir, d, 'request.txt')));
  if (!questionnaire && !fromRequest && surveys.length > 0) {
    // A folder of surveys: each through the user's path (init --from-request).
    for (const d of surveys.sort()) sets.push({ name: `${dir}/${d}`, dir: join(dir, d), fromRequest: join(dir, d, 'request.txt') });
  } else sets.push({ name: dir, dir, ...(questionnaire ? { questionnaire } : {}), ...(fromRequest ? { fromRequest } : {}) } as SetSource);
}

// Each reply counts for at most PER_REPLY observations of a kind: one reply's layout decides many
// of its answers at once (a whole-request refusal), so its answers are not independent.
const PER_REPLY = 5;

interface Obs {
  features: ConfidenceFeatures;
  key: string;
  right: boolean;
  reply: string;
  id: string;
}
interface SetObs {
  name: string;
  obs: Obs[];
  /** Gold answers that could be coded (the denominator of Auto-code's coverage). */
  answerable: number;
}

const features = new Map<Suggestion, ConfidenceFeatures>();
calibrationProbe.keys = new Map();
calibrationProbe.features = features;
const data: SetObs[] = sets.map((src) => {
  const r = scoreSet(src, 1);
  const obs: Obs[] = [];
  for (const reply of r.replies) {
    const judged: [Suggestion, boolean][] = [...reply.items.filter((i) => i.got).map((i) => [i.got!, i.right] as [Suggestion, boolean]), ...reply.extras.map((e) => [e, false] as [Suggestion, boolean])];
    for (const [s, right] of judged) {
      const f = features.get(s);
      if (f) obs.push({ features: f, key: featureKey(f), right, reply: `${src.name}/${reply.file}`, id: s.id });
    }
  }
  const answerable = r.replies.flatMap((x) => x.items).filter((i) => i.gold.status !== 'missing').length;
  return { name: src.name, obs, answerable };
});

interface Tally {
  n: number;
  right: number;
  replies: Set<string>;
}

function fit(observations: Obs[]): { table: Record<string, number>; tally: Map<string, Tally> } {
  const tally = new Map<string, Tally>();
  for (const o of observations) {
    const t = tally.get(o.key) ?? { n: 0, right: 0, replies: new Set<string>() };
    t.n++;
    if (o.right) t.right++;
    t.replies.add(o.reply);
    tally.set(o.key, t);
  }
  const table: Record<string, number> = {};
  for (const [k, t] of tally) {
    const scale = Math.min(1, (PER_REPLY * t.replies.size) / t.n);
    table[k] = Math.round(((t.right * scale + 1) / (t.n * scale + 2)) * 1000) / 1000;
  }
  return { table, tally };
}

function autoCode(obs: Obs[], table: Record<string, number>, answerable: number): { written: number; right: number; precision: number; coverage: number; wrong: string[] } {
  const written = obs.filter((o) => calibrateWith(table, o.features) >= DEFAULT_MIN_CONFIDENCE);
  const right = written.filter((o) => o.right).length;
  const pct = (a: number, b: number) => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);
  // Which kind each confident wrong answer was: where a rule needs a sign of doubt.
  const wrong = written.filter((o) => !o.right).map((o) => `${o.reply} ${o.id} [${o.key}]`);
  return { written: written.length, right, precision: pct(right, written.length), coverage: pct(written.length, answerable), wrong };
}

const all = data.flatMap((d) => d.obs);
const full = fit(all);
const heldOut = data.map((d) => {
  const others = data.filter((x) => x !== d).flatMap((x) => x.obs);
  return { set: d.name, ...autoCode(d.obs, fit(others).table, d.answerable) };
});
const pooled = heldOut.reduce((s, h) => ({ written: s.written + h.written, right: s.right + h.right }), { written: 0, right: 0 });
const answerable = data.reduce((s, d) => s + d.answerable, 0);
const inSample = autoCode(all, full.table, answerable);

if (json) {
  console.log(JSON.stringify({ table: full.table, inSample, heldOut, pooledHeldOut: { ...pooled, precision: Math.round((1000 * pooled.right) / Math.max(1, pooled.written)) / 10, coverage: Math.round((1000 * pooled.written) / Math.max(1, answerable)) / 10 } }, null, 1));
} else {
  console.log('export const CALIBRATION: Readonly<Record<string, number>> = {');
  for (const [k, t] of [...full.tally].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  '${k}': ${full.table[k]!.toFixed(3)}, // ${t.right}/${t.n} in ${t.replies.size} replies`);
  }
  console.log('};');
  console.log(`\n${sets.length} sets, ${all.length} suggestions judged. Auto-code at ${DEFAULT_MIN_CONFIDENCE}, fitted on all (in-sample): ${inSample.written} written, ${inSample.precision}% right, ${inSample.coverage}% coverage`);
  console.log(`Leave one set out (fitted on the others, measured on the one left out):`);
  for (const h of heldOut) console.log(`  ${h.set.padEnd(58)} ${String(h.written).padStart(4)} written  ${String(h.precision).padStart(5)}% right  ${String(h.coverage).padStart(5)}% coverage`);
  for (const h of heldOut) for (const w of h.wrong) console.log(`    wrong when held out: ${w}`);
  console.log(`  pooled: ${pooled.written} written, ${Math.round((1000 * pooled.right) / Math.max(1, pooled.written)) / 10}% right, ${Math.round((1000 * pooled.written) / Math.max(1, answerable)) / 10}% coverage`);
}
