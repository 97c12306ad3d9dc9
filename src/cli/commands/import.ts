// `foi-coder import <source>... [--into <workspace>] [--councils names.csv] [--json] [--dry-run]`:
// WhatDoTheyKnow downloads, e-mails and documents → one reply text per council per reply message
// (the importer in src/import does the work; this file parses the arguments and prints).
import { mkdirSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { ImportResult } from '../../import';
import { CliError, EXIT, colourizer, displayPath, errorMessage } from '../io';
import type { CliIo } from '../io';

export interface ImportArgs {
  sources: string[];
  into?: string;
  councils?: string;
  json: boolean;
  dryRun: boolean;
}

export async function importCommand(io: CliIo, args: ImportArgs): Promise<number> {
  const into = nodePath.resolve(io.cwd, args.into ?? '.');
  const st = statSync(into, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) throw new CliError(`${displayPath(io, into)}: not a folder`, EXIT.io);
  if (!st && !args.dryRun) {
    try {
      mkdirSync(into, { recursive: true });
    } catch (e) {
      throw new CliError(`${displayPath(io, into)}: cannot create the workspace folder: ${errorMessage(e)}`, EXIT.io);
    }
  }
  let councils: string | undefined;
  if (args.councils !== undefined) {
    councils = nodePath.resolve(io.cwd, args.councils);
    if (!statSync(councils, { throwIfNoEntry: false })?.isFile()) throw new CliError(`${args.councils}: --councils table not found`, EXIT.io);
  }
  const c = colourizer(io);
  let result: ImportResult;
  try {
    // Loaded only now: the importer and its libraries are a separate, much larger bundle
    // (dist/import.js; scripts/build.mjs turns this require into one of that file).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runImport } = require('../../import/index') as typeof import('../../import/index');
    result = await runImport(
      {
        sources: args.sources.map((s) => nodePath.resolve(io.cwd, s)),
        into,
        ...(councils ? { councils } : {}),
        dryRun: args.dryRun,
      },
      { log: () => undefined },
    );
  } catch (e) {
    throw new CliError(`${displayPath(io, into)}: ${errorMessage(e)}`, EXIT.io);
  }
  if (args.json) io.out(JSON.stringify(result, null, 2) + '\n');
  else printSummary(io, result, args.dryRun, c);
  return result.errors.length > 0 ? EXIT.errorsFound : EXIT.ok;
}

function printSummary(io: CliIo, r: ImportResult, dryRun: boolean, c: ReturnType<typeof colourizer>): void {
  const councils = new Set(r.imported.map((i) => i.council)).size;
  for (const i of r.imported) io.out(`${dryRun ? 'would import' : 'imported'}  ${i.reply}  ${c.dim(i.council)}\n`);
  for (const s of r.skipped) io.out(`${c.yellow('kept apart')}  ${s.source}: ${s.reason}\n`);
  for (const e of r.errors) io.err(`${c.red('error')}  ${e.source}: ${e.message}\n`);
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const head = `${dryRun ? 'Would import' : 'Imported'} ${n(r.imported.length, 'reply', 'replies')} from ${n(councils, 'council', 'councils')}`;
  io.out(`${c.bold(head)}; ${n(r.skipped.length, 'message', 'messages')} kept apart or noted; ${n(r.errors.length, 'error', 'errors')}.\n`);
}
