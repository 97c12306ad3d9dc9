// Scores the sets in test/quality/blind (replies written by helpers who never read the engine,
// each scored blind before it was tuned on; see test/quality/blind/README.md) or any set given:
//   npx tsx scripts/score-blind.ts [set-folder ...] [--misses] [--threshold n]
// A folder of surveys (sub-folders holding request.txt) is read through the user's path, each
// survey's questionnaire built by `init --from-request`; any other folder with the CRM survey's
// questionnaire. Figures are pooled per folder, as DESIGN §15 scores them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { reportFor, scoreSet } from '../test/quality/gold';
import type { SetSource } from '../test/quality/gold';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const misses = args.includes('--misses');
const ti = args.indexOf('--threshold');
const threshold = ti >= 0 ? Number(args[ti + 1]) : 0.95;
const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--threshold');
const blind = join(root, 'test/quality/blind');
const folders = named.length > 0 ? named.map((d) => resolve(d)) : readdirSync(blind).sort().map((d) => join(blind, d)).filter((d) => statSync(d).isDirectory());

for (const dir of folders) {
  const surveys = readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory() && existsSync(join(dir, d, 'request.txt'))).sort();
  const sources: SetSource[] = surveys.length > 0
    ? surveys.map((d) => ({ name: d, dir: join(dir, d), fromRequest: join(dir, d, 'request.txt') }))
    : [{ name: dir, dir, questionnaire: join(root, 'examples/crm-survey/foi-questionnaire.yaml') }];
  const name = relative(process.cwd(), dir) || dir;
  const report = reportFor(name, sources.map((s) => scoreSet(s, threshold)).flatMap((r) => r.replies), threshold);
  const f = report.figures;
  const a = report.autoCode;
  console.log(
    `${name}: ${f.replies} replies, ${f.labels} labels | located ${f.locatedPct}% (${f.located}/${f.locatable}), status ${f.statusPct}% (${f.statusRight}/${f.labels}), ` +
      `exemptions ${f.exemptionPct}% (${f.exemptionRight}/${f.refusals}), values ${f.valuePct}% (${f.valueRight}/${f.values}) | ` +
      `Auto-code at ${threshold}: ${a.written} written, ${a.right} right (${a.precision}%), coverage ${a.coverage}%`,
  );
  if (!misses) continue;
  for (const r of report.replies) {
    for (const it of r.items) {
      if (it.right && (it.located || !it.locatable)) continue;
      const g = it.gold;
      const got = it.got;
      const what = got ? `${got.status}${got.exemption ? ` ${got.exemption}` : ''} ${got.value ?? ''} @${got.line} (${got.confidence})` : 'nothing';
      console.log(`  ${relative(dir, r.file)} ${it.id}: gold ${g.status}${g.exemption ? ` ${g.exemption}` : ''} ${g.value ?? ''} @${g.marker ?? '-'} | got ${what}`);
    }
  }
}
