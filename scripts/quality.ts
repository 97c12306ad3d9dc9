// Prints the suggestion-quality figures over every reply with ground truth:
//   npx tsx scripts/quality.ts [--misses] [--json]
// `--misses` lists each miss (what the truth says, what the engine said) per reply.
import { resolve } from 'node:path';
import { evaluateProject } from '../test/quality/evaluate';
import type { Totals } from '../test/quality/evaluate';

const root = resolve(__dirname, '..');
const args = new Set(process.argv.slice(2));
const report = evaluateProject(root);

function line(label: string, t: Totals): string {
  return (
    `${label.padEnd(44)} located ${t.locatedPct.toFixed(1).padStart(5)}%  line ${t.lineExactPct.toFixed(1).padStart(5)}%  ` +
    `status ${t.statusPct.toFixed(1).padStart(5)}%  exemption ${t.exemptionPct.toFixed(1).padStart(5)}% (${t.exemptionRight}/${t.refusals})  ` +
    `false+ ${t.falsePositives}  [${t.truth} answers, ${t.replies} replies]`
  );
}

if (args.has('--json')) {
  console.log(JSON.stringify({ overall: report.overall, corpora: report.corpora.map((c) => ({ name: c.name, ...c.totals })) }));
} else {
  for (const c of report.corpora) {
    console.log(line(`== ${c.name}`, c.totals));
    for (const r of c.replies) {
      const t = { ...c.totals, ...rowTotals(r) };
      console.log(line(`   ${r.file.split('/').pop()}${r.councilRight === false ? ' (council?)' : ''}`, t) + `  ${r.ms.toFixed(1)} ms`);
      if (args.has('--misses')) for (const m of r.misses) console.log(`      ${m.kind.padEnd(15)} ${m.id.padEnd(5)} want ${m.expected}  got ${m.got}`);
    }
  }
  console.log(line('== overall', report.overall));
}

function rowTotals(r: (typeof report.corpora)[number]['replies'][number]): Partial<Totals> {
  const pct = (n: number, d: number): number => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);
  return {
    replies: 1,
    truth: r.truth,
    located: r.located,
    refusals: r.refusals,
    exemptionRight: r.exemptionRight,
    falsePositives: r.falsePositives,
    locatedPct: pct(r.located, r.truth),
    lineExactPct: pct(r.lineExact, r.truth),
    statusPct: pct(r.statusRight, r.truth),
    exemptionPct: pct(r.exemptionRight, r.refusals),
  };
}
