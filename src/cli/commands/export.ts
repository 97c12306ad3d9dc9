// `foi-coder export [dir] --format csv|tidy-csv|json [--out f] [--allow-errors]`.
// The output file is written atomically and never onto a file of the workspace (a reply, a
// sidecar, the questionnaire). Councils whose sidecar cannot be read are exported as
// `unreadable`, the rest as usual, and the exit code is 1 unless --allow-errors.
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { writeFileAtomic } from '../../core/files';
import { anchorQuote } from '../../core/anchor';
import type { CoverageCell } from '../../core/coverage';
import { exportCoverage } from '../../core/export';
import type { ExportFormat } from '../../core/export';
import { LineIndex } from '../../core/text';
import { CliError, EXIT, errorMessage, formatProblem, safe } from '../io';
import type { CliIo } from '../io';
import { openWorkspace } from '../workspace';

export interface ExportArgs {
  dir?: string;
  format: ExportFormat;
  out?: string;
  bom: boolean;
  questionnaire?: string;
  /** Exit 0 even when some sidecars cannot be read. */
  allowErrors?: boolean;
}

/** The real path of `p`, or of its folder joined with its name when it does not exist yet. */
async function realTarget(p: string): Promise<string> {
  try {
    return await fsp.realpath(p);
  } catch {
    try {
      return nodePath.join(await fsp.realpath(nodePath.dirname(p)), nodePath.basename(p));
    } catch {
      return p;
    }
  }
}

export async function exportCommand(io: CliIo, args: ExportArgs): Promise<number> {
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  const lineIndexes = new Map<string, LineIndex>();
  // The line of a quote where it is now (re-anchored), falling back to its stored position.
  const lineOf = (cell: CoverageCell): number | null => {
    const quote = cell.entry?.quote;
    const reply = cell.file !== undefined ? ws.index.reply(cell.file) : undefined;
    if (!quote || !reply) return null;
    let lines = lineIndexes.get(reply.path);
    if (!lines) lineIndexes.set(reply.path, (lines = new LineIndex(reply.text)));
    let start = quote.start ?? null;
    try {
      start = anchorQuote(reply.text, quote)?.start ?? null;
    } catch {
      // A failing anchor must not stop an export: keep the stored position.
    }
    return start === null ? null : lines.position(start).line;
  };
  const coverage = ws.index.coverage();
  let outAbs: string | undefined;
  if (args.out !== undefined) {
    // Refused before any work is written: an export must never replace the survey itself.
    outAbs = nodePath.resolve(io.cwd, args.out);
    const target = await realTarget(outAbs);
    const q = ws.index.questionnaireState;
    const own = new Map<string, string>();
    if (q.exists) own.set(ws.abs(q.path), 'the questionnaire');
    for (const r of ws.index.replies()) {
      own.set(ws.abs(r.path), 'a reply');
      own.set(ws.abs(r.sidecarPath), 'a sidecar');
    }
    for (const [file, what] of own) {
      if ((await realTarget(file)) === target || file === outAbs) {
        throw new CliError(`${safe(args.out)}: is ${what} of this workspace (${safe(ws.show(nodePath.relative(ws.root, file).split(nodePath.sep).join('/')))}); choose another --out file`, EXIT.usage);
      }
    }
    if (target.toLowerCase().endsWith('.answers.yaml')) throw new CliError(`${safe(args.out)}: a name ending in .answers.yaml is a sidecar's; choose another --out file`, EXIT.usage);
  }
  const text = exportCoverage(coverage, ws.index.questionnaire, args.format, { lineOf, bom: args.bom && args.format !== 'json' });
  if (outAbs === undefined) {
    io.out(text);
  } else {
    try {
      await writeFileAtomic(await realTarget(outAbs), text);
    } catch (e) {
      throw new CliError(`${safe(args.out!)}: cannot write: ${errorMessage(e)}`, EXIT.io);
    }
    const rows = coverage.councils.length;
    io.err(`Wrote ${safe(args.out!)} (${args.format}, ${rows} council${rows === 1 ? '' : 's'}).\n`);
  }
  const broken = coverage.councils.filter((c) => c.unreadable.length > 0);
  if (broken.length === 0) return EXIT.ok;
  for (const c of broken) {
    for (const u of c.unreadable) io.err(formatProblem({ severity: 'error', code: 'sidecar-unreadable', message: u.message, line: u.line, column: u.column }, ws.show(u.file)) + '\n');
  }
  const n = broken.length;
  io.err(`${n} council${n === 1 ? '' : 's'} exported as "unreadable": ${n === 1 ? 'its sidecar' : 'their sidecars'} cannot be read (fix, then export again${args.allowErrors ? '' : ', or pass --allow-errors'}).\n`);
  return args.allowErrors ? EXIT.ok : EXIT.errorsFound;
}
