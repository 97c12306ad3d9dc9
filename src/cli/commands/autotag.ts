// `foi-coder autotag [dir] [--write]`: code every question that has no answer yet from the
// engine's suggestions (`coder: auto`). Human tags and earlier auto tags are never changed; a
// sidecar that does not parse is never written (its problem is printed and the file skipped).
import * as nodePath from 'node:path';
import { makeQuote } from '../../core/anchor';
import { ConflictError, updateSidecarFile } from '../../core/files';
import type { AnswerEdit, SidecarEditContext } from '../../core/sidecar';
import type { AnswerEntry, Suggestion } from '../../core/types';
import { EXIT, colourizer, errorMessage, formatProblem } from '../io';
import type { CliIo } from '../io';
import { openWorkspace } from '../workspace';

export interface AutotagArgs {
  dir?: string;
  write: boolean;
  minConfidence: number;
  questionnaire?: string;
}

export function autoEntry(text: string, s: Suggestion): AnswerEntry {
  const entry: AnswerEntry = { status: s.status };
  if (s.exemption) entry.exemption = s.exemption;
  if (s.value !== null && s.value !== undefined) entry.value = s.value;
  if (s.unit) entry.unit = s.unit;
  entry.coder = 'auto';
  entry.quote = makeQuote(text, s.start, s.end);
  return entry;
}

export async function autotag(io: CliIo, args: AutotagArgs): Promise<number> {
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  const col = colourizer(io);
  const questionnaire = ws.index.questionnaireState.parsed;
  const order = ws.index.questionnaire.questions.map((q) => q.id);
  let broken = 0;
  let failed = 0;
  let answers = 0;
  let files = 0;
  for (const reply of ws.index.replies()) {
    if (reply.binary) continue;
    const sidecarShown = ws.show(reply.sidecarPath);
    // "Does not parse or validate": any error, even when part of the file could be read.
    if (reply.sidecarText !== null && (reply.sidecar?.sidecar == null || reply.sidecar.problems.some((p) => p.severity === 'error'))) {
      broken++;
      const errors = reply.sidecar?.problems.filter((p) => p.severity === 'error') ?? [];
      for (const p of errors.length ? errors : [{ severity: 'error' as const, code: 'sidecar-parse', message: 'the sidecar cannot be read', line: 1, column: 1 }]) {
        io.err(formatProblem(p, sidecarShown) + '\n');
      }
      io.err(`${sidecarShown}: left unchanged; fix it, then run autotag again\n`);
      continue;
    }
    const coded = reply.sidecar?.sidecar?.answers ?? new Map<string, AnswerEntry>();
    const analysis = ws.index.analysis(reply.path)!;
    const edits: AnswerEdit[] = [];
    for (const s of analysis.answers) {
      if (coded.has(s.id) || s.confidence < args.minConfidence) continue;
      if (questionnaire && !questionnaire.byId.has(s.id)) continue;
      if (edits.some((e) => e.id === s.id)) continue;
      edits.push({ id: s.id, entry: autoEntry(reply.text, s) });
    }
    if (edits.length === 0) continue;
    const ids = edits.map((e) => e.id).join(' ');
    if (!args.write) {
      io.out(`${ws.show(reply.path)}: would code ${edits.length} answer${edits.length === 1 ? '' : 's'} in ${sidecarShown}: ${ids}\n`);
      answers += edits.length;
      files++;
      continue;
    }
    const context: SidecarEditContext = { order, replyName: nodePath.posix.basename(reply.path) };
    const council = reply.sidecar?.sidecar?.council ?? analysis.council ?? undefined;
    if (council) context.council = council;
    // The shared writer re-reads the sidecar, refuses one that does not parse, and writes
    // atomically only if the file did not change between its read and its write.
    let result: Awaited<ReturnType<typeof updateSidecarFile>>;
    try {
      result = await updateSidecarFile(ws.abs(reply.sidecarPath), edits, context);
    } catch (e) {
      failed++;
      const why = e instanceof ConflictError ? 'it changed while being written; run autotag again' : errorMessage(e);
      io.err(`${sidecarShown}: not written: ${why}\n`);
      continue;
    }
    if (!result.ok) {
      broken++;
      for (const p of result.problems) io.err(formatProblem(p, sidecarShown) + '\n');
      io.err(`${sidecarShown}: left unchanged\n`);
      continue;
    }
    io.out(`${sidecarShown}: coded ${edits.length} answer${edits.length === 1 ? '' : 's'}: ${ids}\n`);
    answers += edits.length;
    files++;
  }
  const verb = args.write ? 'Coded' : 'Would code';
  io.out(`${verb} ${answers} answer${answers === 1 ? '' : 's'} in ${files} sidecar${files === 1 ? '' : 's'}.`);
  io.out(args.write ? '\n' : col.dim(' Dry run: nothing written; add --write to save.') + '\n');
  if (broken > 0) io.err(`${broken} sidecar${broken === 1 ? '' : 's'} left unchanged because ${broken === 1 ? 'it does' : 'they do'} not parse.\n`);
  if (failed > 0) return EXIT.io;
  return broken > 0 ? EXIT.errorsFound : EXIT.ok;
}
