// `foi-coder autotag [dir] [--write]`: code every question that has no answer yet from the
// engine's suggestions (`coder: auto`). Human tags and earlier auto tags are never changed: the
// decision is taken again on each sidecar as it is when written (add-only). A sidecar that does
// not parse or cannot be used is never written (its problem is printed and the file skipped).
import * as nodePath from 'node:path';
import { makeQuote } from '../../core/anchor';
import { ConflictError, updateSidecarFile } from '../../core/files';
import type { AnswerEdit, SidecarEditContext } from '../../core/sidecar';
import { sidecarVariant } from '../../core/reader';
import type { AnswerEntry, Suggestion } from '../../core/types';
import { sidecarUnusable } from '../../core/workspaceIndex';
import { EXIT, colourizer, errorMessage, formatProblem, safe } from '../io';
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
  let skipped = 0;
  let notAnalysed = 0;
  for (const reply of ws.index.replies()) {
    const sidecarShown = safe(ws.show(reply.sidecarPath));
    if (reply.binary) {
      // Not analysed: say so, so a reply is never silently left out.
      notAnalysed++;
      const why = reply.problems.find((p) => p.severity === 'error' || p.code === 'reply-encoding')?.message ?? 'looks binary';
      io.err(`${safe(ws.show(reply.path))}: warning: not analysed (${safe(why)})\n`);
      continue;
    }
    // "Does not parse or validate" or "exists but cannot be used": any error, even when part of the file could be read.
    if (sidecarUnusable(reply)) {
      broken++;
      const errors = reply.sidecar?.problems.filter((p) => p.severity === 'error') ?? [];
      for (const p of errors.length ? errors : [{ severity: 'error' as const, code: 'sidecar-parse', message: 'the sidecar cannot be read', line: 1, column: 1 }]) {
        io.err(formatProblem(p, ws.show(reply.sidecarPath)) + '\n');
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
    if (!args.write) {
      const ids = edits.map((e) => e.id).join(' ');
      io.out(`${safe(ws.show(reply.path))}: would code ${plural(edits.length, 'answer')} in ${sidecarShown}: ${ids}\n`);
      answers += edits.length;
      files++;
      continue;
    }
    const context: SidecarEditContext = { order, replyName: nodePath.posix.basename(reply.path) };
    const council = reply.sidecar?.sidecar?.council ?? analysis.council ?? undefined;
    if (council) context.council = council;
    // The request variant the engine read (questions the council was not asked), written once.
    const variant = sidecarVariant(analysis.variant, questionnaire ?? null);
    if (variant) context.variant = variant;
    // The shared writer reads the sidecar again, refuses one that cannot be used, adds only the
    // answers still absent in THAT read (a person may have saved some since the index read it),
    // and writes atomically only if the file did not change between its read and its write.
    // A change between that read and the write (a person saving) is a conflict: read again, a few times.
    let result: Awaited<ReturnType<typeof updateSidecarFile>> | undefined;
    let error: unknown;
    for (let attempt = 0; attempt < 3 && !result; attempt++) {
      try {
        result = await updateSidecarFile(ws.abs(reply.sidecarPath), edits, context, { addOnly: true, root: ws.root });
      } catch (e) {
        error = e;
        if (!(e instanceof ConflictError)) break;
      }
    }
    if (!result) {
      failed++;
      const why = error instanceof ConflictError ? 'it kept changing while being written; run autotag again' : errorMessage(error);
      io.err(`${sidecarShown}: not written: ${safe(why)}\n`);
      continue;
    }
    if (!result.ok) {
      broken++;
      for (const p of result.problems) io.err(formatProblem(p, ws.show(reply.sidecarPath)) + '\n');
      io.err(`${sidecarShown}: left unchanged\n`);
      continue;
    }
    skipped += result.skipped.length;
    const also = result.skipped.length > 0 ? col.dim(` (${result.skipped.join(' ')} already coded by someone else meanwhile: kept)`) : '';
    if (!result.written || result.applied.length === 0) {
      if (also) io.out(`${sidecarShown}: nothing written${also}\n`);
      continue;
    }
    io.out(`${sidecarShown}: coded ${plural(result.applied.length, 'answer')}: ${result.applied.join(' ')}${also}\n`);
    answers += result.applied.length;
    files++;
  }
  const verb = args.write ? 'Coded' : 'Would code';
  io.out(`${verb} ${plural(answers, 'answer')} in ${plural(files, 'sidecar')}.`);
  if (skipped > 0) io.out(` Skipped ${plural(skipped, 'answer')} a person saved while this ran (never overwritten).`);
  io.out(args.write ? '\n' : col.dim(' Dry run: nothing written; add --write to save.') + '\n');
  if (notAnalysed > 0) io.err(`${plural(notAnalysed, 'reply', 'replies')} not analysed (see the warnings above).\n`);
  if (broken > 0) io.err(`${plural(broken, 'sidecar')} left unchanged because ${broken === 1 ? 'it cannot' : 'they cannot'} be used as ${broken === 1 ? 'it is' : 'they are'} (see above).\n`);
  if (failed > 0) return EXIT.io;
  return broken > 0 ? EXIT.errorsFound : EXIT.ok;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
