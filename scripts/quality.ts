// Prints the suggestion-quality figures (DESIGN §15 scoring) over sets of replies with gold labels:
//   npx tsx scripts/quality.ts                         the examples, the test fixtures, ../shared/corpus/crm-dev
//   npx tsx scripts/quality.ts --set <dir> [--questionnaire <file> | --from-request <request.txt>]
//   options: --json (one object), --misses (each wrong item), --threshold n (Auto-code, default the engine's)
// A set is a folder of `*.txt` replies with `*.gold.yaml` (or `*.answers.yaml`) beside them; its
// questionnaire is `--questionnaire`, else `foi-questionnaire.yaml` in the folder, or is built from
// a request with the engine's `init --from-request` path (`--from-request`), as a user would.
import { resolve } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../src/core/calibration';
import { defaultSets, reportFor, scoreSet } from '../test/quality/gold';
import type { SetReport, SetSource } from '../test/quality/gold';

const root = resolve(__dirname, '..');
const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
function opt(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
const threshold = opt('--threshold') !== undefined ? Number(opt('--threshold')) : DEFAULT_MIN_CONFIDENCE;

let sources: SetSource[];
let skipped: string[] = [];
const setDir = opt('--set');
if (setDir) {
  const src: SetSource = { name: setDir, dir: resolve(setDir) };
  const q = opt('--questionnaire');
  const r = opt('--from-request');
  if (q) src.questionnaire = resolve(q);
  if (r) src.fromRequest = resolve(r);
  sources = [src];
} else ({ sets: sources, skipped } = defaultSets(root));

const reports: SetReport[] = [];
for (const s of sources) {
  try {
    reports.push(scoreSet(s, threshold));
  } catch (e) {
    console.error(`${s.name}: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 3;
  }
}
const overall = reportFor('overall', reports.flatMap((r) => r.replies), threshold);

function strip(r: SetReport) {
  return {
    name: r.name,
    figures: r.figures,
    classes: r.classes,
    calibration: r.calibration,
    autoCode: r.autoCode,
    replies: r.replies.map((x) => ({
      file: x.file,
      council: x.council,
      variant: x.variant,
      ms: Math.round(x.ms * 100) / 100,
      labels: x.items.length,
      located: x.items.filter((i) => i.located).length,
      locatable: x.items.filter((i) => i.locatable).length,
      statusRight: x.items.filter((i) => i.statusRight).length,
      right: x.items.filter((i) => i.right).length,
      extras: x.extras.length,
    })),
  };
}

if (flags.has('--json')) {
  console.log(JSON.stringify({ threshold, sets: reports.map(strip), overall: strip(overall), skipped }));
} else {
  for (const r of [...reports, ...(reports.length > 1 ? [overall] : [])]) print(r);
  for (const s of skipped) console.log(`note: ${s}`);
}

function print(r: SetReport): void {
  const f = r.figures;
  console.log(`== ${r.name}  [${f.replies} replies, ${f.labels} labels]`);
  console.log(
    `   located ${f.locatedPct}% (${f.located}/${f.locatable})  status ${f.statusPct}% (${f.statusRight}/${f.labels})  ` +
      `exemption ${f.exemptionPct}% (${f.exemptionRight}/${f.refusals})  values ${f.valuePct}% (${f.valueRight}/${f.values})  ` +
      `council ${f.councilPct}% (${f.councilRight}/${f.councils})  extras ${f.extras}`,
  );
  console.log(`   ${'status'.padEnd(15)} ${'gold'.padStart(5)} ${'said'.padStart(5)} ${'recall'.padStart(7)} ${'precision'.padStart(9)}`);
  for (const c of r.classes) console.log(`   ${c.status.padEnd(15)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${(c.recall + '%').padStart(7)} ${(c.precision + '%').padStart(9)}`);
  console.log(`   calibration: ${'confidence'.padEnd(11)} ${'n'.padStart(5)} ${'mean'.padStart(6)} ${'right'.padStart(7)}`);
  for (const b of r.calibration) console.log(`                ${`${b.from.toFixed(2)}–${b.to.toFixed(2)}`.padEnd(11)} ${String(b.n).padStart(5)} ${b.meanConfidence.toFixed(2).padStart(6)} ${(b.accuracy + '%').padStart(7)}`);
  const a = r.autoCode;
  console.log(`   Auto-code at ${a.threshold}: writes ${a.written}, right ${a.right} (precision ${a.precision}%), coverage ${a.coverage}% of answers`);
  if (r.name === 'overall') return;
  for (const x of r.replies) {
    const right = x.items.filter((i) => i.right).length;
    const loc = x.items.filter((i) => i.located).length;
    const lab = x.items.filter((i) => i.locatable).length;
    const st = x.items.filter((i) => i.statusRight).length;
    console.log(
      `   ${x.file.split('/').pop()!.padEnd(44)} located ${loc}/${lab}  status ${st}/${x.items.length}  right ${right}  extras ${x.extras.length}` +
        `${x.council.right === false ? `  council? got ${JSON.stringify(x.council.got)}` : ''}  ${x.ms.toFixed(1)} ms`,
    );
    if (!flags.has('--misses')) continue;
    for (const i of x.items) {
      if (i.right && i.statusRight) continue;
      const g = `${i.gold.status}${i.gold.exemption ? ` ${i.gold.exemption}` : ''}${i.gold.value !== undefined ? ` =${JSON.stringify(i.gold.value)}` : ''}${i.gold.marker ? ` @${i.gold.marker}` : ''}`;
      const s = i.got ? `${i.got.status}${i.got.exemption ? ` ${i.got.exemption}` : ''} =${JSON.stringify(i.got.value)} @${i.got.line} c${i.got.confidence} ${JSON.stringify(i.got.text.slice(0, 60))}${i.got.why ? ` why: ${i.got.why}` : ''}` : 'nothing';
      console.log(`      ${i.id.padEnd(5)} want ${g.padEnd(34)} got ${s}`);
    }
    for (const e of x.extras) console.log(`      ${e.id.padEnd(5)} extra ${e.status} @${e.line} c${e.confidence} ${JSON.stringify(e.text.slice(0, 60))}`);
  }
}
