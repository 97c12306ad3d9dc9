// `foi-coder agreement <workspaceA> <workspaceB> [--json]`: inter-coder agreement between two
// coders' copies of the same replies (src/core/agreement.ts has the definitions).
import { codingsOfReplies, computeAgreement } from '../../core/agreement';
import type { AgreementFigures, CodingSummary } from '../../core/agreement';
import { EXIT, colourizer } from '../io';
import type { CliIo } from '../io';
import { renderTable } from '../../core/table';
import { openWorkspace } from '../workspace';

export interface AgreementArgs {
  a: string;
  b: string;
  json: boolean;
  questionnaire?: string;
}

const fixed = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits));
const percent = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function codingText(c: CodingSummary): string {
  const parts = [c.category];
  if (c.value !== null && c.value !== '') parts.push(`value ${JSON.stringify(c.value)}${c.unit ? ` ${c.unit}` : ''}`);
  if (c.quote !== null) parts.push(`“${c.quote.length > 80 ? `${c.quote.slice(0, 79)}…` : c.quote}”`.replace(/\s*\n\s*/g, ' ⏎ '));
  if (c.coder !== null) parts.push(`(coder ${c.coder})`);
  return parts.join('  ');
}

export async function agreement(io: CliIo, args: AgreementArgs): Promise<number> {
  const wsA = await openWorkspace(io, args.a, args.questionnaire);
  const wsB = await openWorkspace(io, args.b, args.questionnaire);
  const a = codingsOfReplies(wsA.index.replies());
  const b = codingsOfReplies(wsB.index.replies());
  const order = wsA.index.questionnaire.questions.map((q) => q.id);
  const result = computeAgreement(a.codings, b.codings, order);
  const unusable = [...a.unusable.map((u) => ({ ...u, file: wsA.show(u.file) })), ...b.unusable.map((u) => ({ ...u, file: wsB.show(u.file) }))];
  const exit = unusable.length > 0 ? EXIT.errorsFound : EXIT.ok;

  if (args.json) {
    const out = { a: wsA.show(''), b: wsB.show(''), ...result, unusable };
    io.out(JSON.stringify(out, null, 2) + '\n');
    return exit;
  }

  const col = colourizer(io);
  const o = result.overall;
  io.out(`Coder A: ${wsA.show('')}   Coder B: ${wsB.show('')}\n`);
  io.out(`${o.n} answer${o.n === 1 ? '' : 's'} coded on both sides`
    + (result.unpaired.a + result.unpaired.b > 0 ? ` (not compared: ${result.unpaired.a} coded only by A, ${result.unpaired.b} only by B)` : '') + '.\n');
  if (o.n === 0) io.out(col.yellow('Nothing to compare: no reply has an answer to the same question coded in both folders.') + '\n');
  else {
    const row = (name: string, f: AgreementFigures) => [name, String(f.n), percent(f.observed), fixed(f.kappa), fixed(f.alpha)];
    const rows = [row(col.bold('overall'), o), ...Object.entries(result.questions).map(([id, f]) => row(id, f))];
    io.out('\n' + renderTable([{ title: 'question' }, { title: 'n', align: 'right' }, { title: 'observed', align: 'right' }, { title: 'kappa', align: 'right' }, { title: 'alpha', align: 'right' }], rows));
    io.out(col.dim('kappa: Cohen’s kappa; alpha: Krippendorff’s alpha (nominal); — where undefined (one category throughout).') + '\n');
  }
  if (result.disagreements.length > 0) {
    io.out(`\n${result.disagreements.length} disagreement${result.disagreements.length === 1 ? '' : 's'}:\n`);
    for (const d of result.disagreements) {
      io.out(`  ${d.reply}  ${col.bold(d.id)}  ${d.council}\n`);
      io.out(`    A: ${codingText(d.a)}\n    B: ${codingText(d.b)}\n`);
    }
  } else if (o.n > 0) io.out('\nNo disagreements.\n');
  for (const u of unusable) io.err(`${u.file}:${u.line}:${u.column}: error: ${u.message} (its answers are not compared)\n`);
  return exit;
}
