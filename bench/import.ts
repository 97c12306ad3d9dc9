// `npm run bench:import`: imports a WhatDoTheyKnow-style batch of N councils (default 400) whose
// replies are 2-page PDF attachments behind a covering message (plus each council's request and
// acknowledgement), with the production bundle dist/import.js — what `foi-coder import` runs.
// Measured in this one process (DESIGN §14 target: 400 replies with PDF attachments < 30 s):
//   pdf batch        the import into an empty workspace (reading the zip, PDF text, writing)
//   re-import        the same zip again into the same workspace (writes nothing: idempotent)
//   text baseline    the same batch with the answers inline (no PDF), into another workspace;
//                    pdf/text says what the PDF text layer costs on top of everything else
// Prints a table, then as the LAST line one JSON object with the figures.
// Usage: npm run bench:import [-- --councils N]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportResult, ImportOptions } from '../src/import';
import { COUNCILS, makeBatchZip } from '../test/support/importFixtures';
import type { FictionalCouncil } from '../test/support/importFixtures';

const arg = process.argv.indexOf('--councils');
const N = Number(arg > 0 ? process.argv[arg + 1] : (process.env.FOI_BENCH_COUNCILS ?? 400));
const WORK = path.join(__dirname, '.work', 'import');
const TARGET_S = 30;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runImport } = require(path.join(__dirname, '..', 'dist', 'import.js')) as { runImport: (o: ImportOptions, p: { log(l: string): void }) => Promise<ImportResult> };

const WORDS = ['Ash', 'Brook', 'Cold', 'Dun', 'East', 'Fern', 'Glen', 'High', 'Ivy', 'Kings', 'Lang', 'Mill', 'North', 'Oak', 'Pen', 'Red', 'Salt', 'Thorn', 'Up', 'West'];
const ENDS = ['bridge', 'field', 'ford', 'ham', 'ley', 'mere', 'stow', 'ton', 'wick', 'worth'];

function councils(n: number, form: FictionalCouncil['form']): FictionalCouncil[] {
  return Array.from({ length: n }, (_, i) => {
    const base = COUNCILS[i % COUNCILS.length]!;
    const place = `${WORDS[i % WORDS.length]}${ENDS[Math.floor(i / WORDS.length) % ENDS.length]}${i >= WORDS.length * ENDS.length ? ` ${Math.floor(i / (WORDS.length * ENDS.length)) + 1}` : ''}`;
    return { ...base, name: `${place} District Council`, urlTitle: `crm_systems_${i}`, staff: 5 + (i % 90), form };
  });
}

async function timed(label: string, zip: string, into: string): Promise<{ seconds: number; cpu: number; result: ImportResult }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await runImport({ sources: [zip], into }, { log: () => undefined });
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  if (result.errors.length) console.error(`${label}: ${result.errors.length} errors, first: ${JSON.stringify(result.errors[0])}`);
  return { seconds, cpu, result };
}

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const pdfZip = path.join(WORK, 'batch-pdf.zip');
  const textZip = path.join(WORK, 'batch-text.zip');
  const g0 = performance.now();
  writeFileSync(pdfZip, makeBatchZip({ councils: councils(N, 'pdf') }));
  writeFileSync(textZip, makeBatchZip({ councils: councils(N, 'inline') }));
  const generateS = (performance.now() - g0) / 1000;
  const wsPdf = path.join(WORK, 'ws-pdf');
  const wsText = path.join(WORK, 'ws-text');
  mkdirSync(wsPdf);
  mkdirSync(wsText);

  const pdf = await timed('pdf batch', pdfZip, wsPdf);
  const again = await timed('re-import', pdfZip, wsPdf);
  const text = await timed('text baseline', textZip, wsText);
  const replies = pdf.result.imported.length;
  const figures = {
    councils: N,
    replies,
    pdfBatchS: +pdf.seconds.toFixed(2),
    pdfBatchCpuS: +pdf.cpu.toFixed(2),
    perReplyMs: +((pdf.seconds * 1000) / Math.max(1, replies)).toFixed(1),
    reimportS: +again.seconds.toFixed(2),
    reimportCpuS: +again.cpu.toFixed(2),
    textBaselineS: +text.seconds.toFixed(2),
    textBaselineCpuS: +text.cpu.toFixed(2),
    pdfToText: +(pdf.seconds / text.seconds).toFixed(2),
    targetS: TARGET_S,
    withinTarget: pdf.seconds < TARGET_S,
    generateS: +generateS.toFixed(2),
    cpus: cpus().length,
    load1: +loadavg()[0]!.toFixed(2),
  };
  const rows: [string, string][] = [
    [`import ${N} councils, PDF replies`, `${figures.pdfBatchS} s wall, ${figures.pdfBatchCpuS} s CPU (${figures.perReplyMs} ms per reply; target < ${TARGET_S} s)`],
    ['re-import (no byte changes)', `${figures.reimportS} s wall, ${figures.reimportCpuS} s CPU`],
    ['same batch, answers inline (baseline)', `${figures.textBaselineS} s wall, ${figures.textBaselineCpuS} s CPU (PDF/inline ${figures.pdfToText}× wall)`],
    ['replies imported', `${replies} (+${pdf.result.skipped.length} requests/acknowledgements kept apart)`],
    ['machine', `${figures.cpus} cpus, load ${figures.load1} (figures are noisy under load)`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log(JSON.stringify(figures));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
