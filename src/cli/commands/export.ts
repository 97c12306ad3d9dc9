// `foi-coder export [dir] --format csv|tidy-csv|json|xlsx|qdpx [--out f] [--allow-errors]`. xlsx and
// qdpx come from the interchange layer, loaded only for them (its own bundle, dist/interchange.js).
// The output file is written atomically and never onto a file of the workspace (a reply, a
// sidecar, the questionnaire). Councils whose sidecar cannot be read are exported as
// `unreadable`, the rest as usual, and the exit code is 1 unless --allow-errors.
import { promises as fsp, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { exportCoverage, isInterchangeFormat } from '../../core/export';
import type { ExportFormat, InterchangeFormat } from '../../core/export';
import { writeFileAtomic } from '../../core/files';
import { manifestLocation, parseImportManifest } from '../../core/importManifest';
import type { ImportManifest } from '../../core/importManifest';
import { CliError, EXIT, errorMessage, formatProblem, safe } from '../io';
import type { CliIo } from '../io';
import { quoteLineOf } from '../quoteLines';
import { openWorkspace } from '../workspace';
import type { OpenWorkspace } from '../workspace';

export interface ExportArgs {
  dir?: string;
  format: ExportFormat | InterchangeFormat;
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

/**
 * Where the export goes (its real path), refused before any work is written when it is a file
 * of the survey itself: the questionnaire, a reply or a sidecar (through a link too).
 */
async function outputTarget(io: CliIo, ws: OpenWorkspace, out: string): Promise<string> {
  const outAbs = nodePath.resolve(io.cwd, out);
  const target = await realTarget(outAbs);
  const q = ws.index.questionnaireState;
  const own = new Map<string, string>();
  if (q.exists) own.set(ws.abs(q.path), 'the questionnaire');
  for (const r of ws.index.replies()) {
    own.set(ws.abs(r.path), 'a reply');
    own.set(ws.abs(r.sidecarPath), 'a sidecar');
  }
  for (const [file, what] of own) {
    if (file === outAbs || (await realTarget(file)) === target) {
      throw new CliError(`${safe(out)}: is ${what} of this workspace (${safe(ws.show(nodePath.relative(ws.root, file).split(nodePath.sep).join('/')))}); choose another --out file`, EXIT.usage);
    }
  }
  if (target.toLowerCase().endsWith('.answers.yaml')) throw new CliError(`${safe(out)}: a name ending in .answers.yaml is a sidecar's; choose another --out file`, EXIT.usage);
  return target;
}

async function exportBinary(io: CliIo, ws: OpenWorkspace, format: InterchangeFormat, out: string, target: string): Promise<void> {
  // Loaded only now: the interchange writers and exceljs are their own bundle (dist/interchange.js;
  // scripts/build.mjs turns this require into one of that file).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { exportInterchange } = require('../../interchange/index') as typeof import('../../interchange/index');
  const result = await exportInterchange(ws.index, format, nodePath.basename(ws.root));
  try {
    await writeFileAtomic(target, result.bytes);
  } catch (e) {
    throw new CliError(`${safe(out)}: cannot write: ${errorMessage(e)}`, EXIT.io);
  }
  io.err(`Wrote ${safe(out)} (${result.summary}).\n`);
}

export async function exportCommand(io: CliIo, args: ExportArgs): Promise<number> {
  if (isInterchangeFormat(args.format) && args.out === undefined) throw new CliError(`--format ${args.format} writes a binary file: give it with --out <file.${args.format}>`, EXIT.usage);
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  const target = args.out === undefined ? undefined : await outputTarget(io, ws, args.out);
  const coverage = ws.index.coverage();
  if (isInterchangeFormat(args.format)) {
    await exportBinary(io, ws, args.format, args.out!, target!);
  } else {
    const format = args.format;
    // The line of a quote where it is now (re-anchored), falling back to its stored position.
    const lineOf = quoteLineOf(ws);
    // Provenance of imported replies (foi-coder import's manifests), read once per folder.
    const manifests = new Map<string, ImportManifest | null>();
    const provenanceOf = (file: string) => {
      const { manifest, key } = manifestLocation(file);
      if (!manifests.has(manifest)) {
        let m: ImportManifest | null = null;
        try {
          m = parseImportManifest(readFileSync(ws.abs(manifest), 'utf8'));
        } catch {
          // No manifest (the reply was not imported) or an unreadable one: no provenance.
        }
        manifests.set(manifest, m);
      }
      return manifests.get(manifest)?.files[key] ?? null;
    };
    const text = exportCoverage(coverage, ws.index.questionnaire, format, { lineOf, bom: args.bom && format !== 'json', provenanceOf });
    if (target === undefined) {
      io.out(text);
    } else {
      try {
        await writeFileAtomic(target, text);
      } catch (e) {
        throw new CliError(`${safe(args.out!)}: cannot write: ${errorMessage(e)}`, EXIT.io);
      }
      const rows = coverage.councils.length;
      io.err(`Wrote ${safe(args.out!)} (${format}, ${rows} council${rows === 1 ? '' : 's'}).\n`);
    }
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
