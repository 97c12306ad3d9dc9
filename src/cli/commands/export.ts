// `foi-coder export [dir] --format csv|tidy-csv|json|xlsx|qdpx [--out f]`. xlsx and qdpx come from
// the interchange layer, loaded only for them (its own bundle, dist/interchange.js).
import { promises as fsp, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { anchorQuote } from '../../core/anchor';
import type { CoverageCell } from '../../core/coverage';
import { exportCoverage, isInterchangeFormat } from '../../core/export';
import type { ExportFormat, InterchangeFormat } from '../../core/export';
import { writeFileAtomic } from '../../core/files';
import { manifestLocation, parseImportManifest } from '../../core/importManifest';
import type { ImportManifest } from '../../core/importManifest';
import { LineIndex } from '../../core/text';
import { CliError, EXIT, errorMessage } from '../io';
import type { CliIo } from '../io';
import { openWorkspace } from '../workspace';

export interface ExportArgs {
  dir?: string;
  format: ExportFormat | InterchangeFormat;
  out?: string;
  bom: boolean;
  questionnaire?: string;
}

async function exportBinary(io: CliIo, ws: Awaited<ReturnType<typeof openWorkspace>>, format: InterchangeFormat, out: string): Promise<number> {
  // Loaded only now: the interchange writers and exceljs are their own bundle (dist/interchange.js;
  // scripts/build.mjs turns this require into one of that file).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { exportInterchange } = require('../../interchange/index') as typeof import('../../interchange/index');
  const result = await exportInterchange(ws.index, format, nodePath.basename(ws.root));
  try {
    await writeFileAtomic(nodePath.resolve(io.cwd, out), result.bytes);
  } catch (e) {
    throw new CliError(`${out}: cannot write: ${errorMessage(e)}`, EXIT.io);
  }
  io.err(`Wrote ${out} (${result.summary}).\n`);
  return EXIT.ok;
}

export async function exportCommand(io: CliIo, args: ExportArgs): Promise<number> {
  if (isInterchangeFormat(args.format) && args.out === undefined) throw new CliError(`--format ${args.format} writes a binary file: give it with --out <file.${args.format}>`, EXIT.usage);
  const ws = await openWorkspace(io, args.dir, args.questionnaire);
  if (isInterchangeFormat(args.format)) return exportBinary(io, ws, args.format, args.out!);
  const format = args.format;
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
  const text = exportCoverage(ws.index.coverage(), ws.index.questionnaire, format, { lineOf, bom: args.bom && format !== 'json', provenanceOf });
  if (args.out === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  const outAbs = nodePath.resolve(io.cwd, args.out);
  try {
    await fsp.writeFile(outAbs, text, 'utf8');
  } catch (e) {
    throw new CliError(`${args.out}: cannot write: ${errorMessage(e)}`, EXIT.io);
  }
  const rows = ws.index.coverage().councils.length;
  io.err(`Wrote ${args.out} (${args.format}, ${rows} council${rows === 1 ? '' : 's'}).\n`);
  return EXIT.ok;
}
