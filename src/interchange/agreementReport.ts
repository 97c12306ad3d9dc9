// The report of FOI: Compare Coding with Folder…: two indexed copies of a survey compared
// (src/core/agreement.ts), the figures and every disagreement as a Markdown document. In the
// interchange bundle so the extension loads it only when a comparison runs.
import { codingsOfReplies, computeAgreement } from '../core/agreement';
import type { AgreementFigures, AgreementResult, CodingSummary, UnusableSidecar } from '../core/agreement';
import type { WorkspaceIndex } from '../core/workspaceIndex';

export interface AgreementReportInput {
  result: AgreementResult;
  /** Display names of the two folders. */
  a: string;
  b: string;
  unusable: { side: 'a' | 'b'; sidecar: UnusableSidecar }[];
}

const fixed = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
const percent = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
/** Table-cell safe, one line. */
const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function coding(c: CodingSummary): string {
  const parts = [`**${c.category}**`];
  if (c.value !== null && c.value !== '') parts.push(`value ${cell(String(c.value))}${c.unit ? ` ${cell(c.unit)}` : ''}`);
  if (c.quote !== null) parts.push(`“${cell(c.quote.length > 80 ? `${c.quote.slice(0, 79)}…` : c.quote)}”`);
  if (c.coder !== null) parts.push(`(${cell(c.coder)})`);
  return parts.join(' · ');
}

export function agreementMarkdown(input: AgreementReportInput): string {
  const { result } = input;
  const o = result.overall;
  const out: string[] = [`# Inter-coder agreement`, '', `- **A**: ${input.a}`, `- **B**: ${input.b}`, ''];
  out.push(`${o.n} answer${o.n === 1 ? '' : 's'} coded on both sides` + (result.unpaired.a + result.unpaired.b > 0 ? ` (not compared: ${result.unpaired.a} coded only in A, ${result.unpaired.b} only in B).` : '.'));
  for (const u of input.unusable) out.push('', `> ⚠ ${u.side.toUpperCase()}: ${u.sidecar.file}:${u.sidecar.line}:${u.sidecar.column} cannot be read: ${cell(u.sidecar.message)} — its answers are not compared.`);
  out.push('');
  if (o.n === 0) {
    out.push('Nothing to compare: no reply has the same question coded in both folders.');
    return out.join('\n') + '\n';
  }
  const header = ['| question | items | observed | Cohen’s kappa | Krippendorff’s alpha |', '| --- | ---: | ---: | ---: | ---: |'];
  const row = (name: string, f: AgreementFigures) => `| ${name} | ${f.n} | ${percent(f.observed)} | ${fixed(f.kappa)} | ${fixed(f.alpha)} |`;
  out.push(...header, row('**overall**', o), '');
  out.push('Categories are statuses, refusals with their exemption (`refused s12`); values and quotes are not compared. Overall figures are pooled over all items; — marks a figure that is undefined (one category throughout).', '');
  out.push(`## ${result.disagreements.length} disagreement${result.disagreements.length === 1 ? '' : 's'}`, '');
  if (result.disagreements.length > 0) {
    out.push('| reply | question | council | A | B |', '| --- | --- | --- | --- | --- |');
    for (const d of result.disagreements) {
      out.push(`| \`${cell(d.reply)}\` | ${d.id} | ${cell(d.council)} | ${coding(d.a)} | ${coding(d.b)} |`);
    }
    out.push('');
  }
  out.push('## Per question', '', ...header);
  for (const [id, f] of Object.entries(result.questions)) out.push(row(id, f));
  return out.join('\n') + '\n';
}

export interface Comparison {
  result: AgreementResult;
  markdown: string;
  /** Sidecars that could not be read on either side. */
  unusable: number;
}

/** Compare coder A's indexed folder with coder B's; `names` are shown for the folders. */
export function compareIndexes(indexA: WorkspaceIndex, indexB: WorkspaceIndex, names: { a: string; b: string }): Comparison {
  const a = codingsOfReplies(indexA.replies());
  const b = codingsOfReplies(indexB.replies());
  const result = computeAgreement(a.codings, b.codings, indexA.questionnaire.questions.map((q) => q.id));
  const unusable = [...a.unusable.map((sidecar) => ({ side: 'a' as const, sidecar })), ...b.unusable.map((sidecar) => ({ side: 'b' as const, sidecar }))];
  return { result, markdown: agreementMarkdown({ result, a: names.a, b: names.b, unusable }), unusable: unusable.length };
}
