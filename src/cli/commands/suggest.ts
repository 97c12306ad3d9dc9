// `foi-coder suggest <reply> [--questionnaire f] [--json]`: the engine's answers for one reply.
import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeReply } from '../../core/suggest';
import { decodeText } from '../../core/text';
import type { Questionnaire, Suggestion } from '../../core/types';
import { CliError, EXIT, colourizer, displayPath, errorMessage, formatProblem } from '../io';
import type { CliIo } from '../io';
import { findQuestionnaireUpward, loadQuestionnaireFile } from '../questionnaireFile';
import { renderTable } from '../../core/table';

export interface SuggestArgs {
  reply: string;
  questionnaire?: string;
  json: boolean;
}

/** The documented `--json` shape of one answer: exactly these keys, nulls rather than absent keys. */
export function answerJson(s: Suggestion) {
  return {
    id: s.id,
    status: s.status,
    exemption: s.exemption ?? null,
    value: s.value ?? null,
    unit: s.unit ?? null,
    line: s.line,
    start: s.start,
    end: s.end,
    text: s.text,
    confidence: s.confidence,
    why: s.why ?? null,
    from: s.from ?? null,
  };
}

export function suggest(io: CliIo, args: SuggestArgs): number {
  const abs = nodePath.resolve(io.cwd, args.reply);
  let text: string;
  try {
    const decoded = decodeText(readFileSync(abs));
    if (decoded.binary) throw new Error(decoded.warnings.join('; ') || 'not a text file');
    text = decoded.text;
  } catch (e) {
    throw new CliError(`${args.reply}: cannot read the reply: ${errorMessage(e)}`, EXIT.io);
  }
  let questionnaire: Questionnaire | null = null;
  const qPath = args.questionnaire !== undefined ? nodePath.resolve(io.cwd, args.questionnaire) : findQuestionnaireUpward(nodePath.dirname(abs));
  if (qPath !== null) questionnaire = loadQuestionnaireFile(io, qPath);

  const analysis = analyzeReply(text, questionnaire, { file: args.reply });
  const answers = [...analysis.answers].sort((a, b) => {
    const qa = questionnaire?.byId.get(a.id)?.order ?? Number.MAX_SAFE_INTEGER;
    const qb = questionnaire?.byId.get(b.id)?.order ?? Number.MAX_SAFE_INTEGER;
    return qa - qb || a.start - b.start;
  });
  if (args.json) {
    io.out(JSON.stringify({ reply: args.reply, council: analysis.council ?? null, variant: analysis.variant ?? null, answers: answers.map(answerJson) }) + '\n');
    return 0;
  }
  const col = colourizer(io);
  for (const p of analysis.problems) io.err(formatProblem(p, args.reply) + '\n');
  io.out(`${col.bold(displayPath(io, abs))}${analysis.council ? ` — ${analysis.council}` : ''}\n`);
  if (qPath === null) io.out(col.yellow('No questionnaire found (use --questionnaire f): ids are those seen in the reply.') + '\n');
  const v = analysis.variant;
  if (v) {
    const parts: string[] = [];
    if (v.notAsked.length) parts.push(`not asked: ${v.notAsked.join(', ')}`);
    const rel = Object.entries(v.relabelled).map(([label, id]) => `${label} → ${id}`);
    if (rel.length) parts.push(`relabelled: ${rel.join(', ')}`);
    io.out(`Request variant (${parts.join('; ')})\n`);
  }
  if (answers.length === 0) {
    io.out('No answers found.\n');
    return 0;
  }
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const rows = answers.map((a) => [
    a.id,
    a.status + (a.exemption ? ` ${a.exemption}` : ''),
    a.value === null || a.value === undefined ? '' : `${String(a.value)}${a.unit ? ` ${a.unit}` : ''}`,
    String(a.line),
    a.confidence.toFixed(2),
    oneLine(a.text),
  ]);
  io.out(
    renderTable(
      [{ title: 'id' }, { title: 'status' }, { title: 'value', max: 30 }, { title: 'line', align: 'right' }, { title: 'conf', align: 'right' }, { title: 'answer text', max: 60 }],
      rows,
    ),
  );
  return 0;
}
