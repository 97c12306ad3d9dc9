// `npm run bench`: generates a synthetic survey (400 councils × the example questionnaire) in
// bench/.work and measures, in this one process, against the targets of DESIGN §11:
//   cold index      discover + read + sidecars + coverage, fresh index objects (median): what
//                   the coverage view waits for. Reply texts are decoded and markers scanned on
//                   first use, so they are not part of it; the next row adds them.
//   cold + markers  the same, then every reply's markers (decodes and scans every reply)
//   rg              `rg -c` with a marker regex over the same replies (median), and cold/rg.
//                   The three run interleaved, round by round, so a change of load hits all alike.
//   re-index        one reply's content changed → update([path]) + coverage (median)
//   sidecar write   updateSidecarFile: read, apply one answer edit, atomic write (median after
//                   warm-up writes to other sidecars; the very first write is reported apart:
//                   until the YAML library's code is compiled, a write costs several times more)
// Prints a table, then as the LAST line one JSON object with the figures.
// FOI_BENCH_VERBOSE=1 prints every run's time.
//
// Usage: npm run bench -- [--councils n]   (default 400; FOI_BENCH_COUNCILS=n is an alias)
//   --councils 5000 is every UK public body: DESIGN §14 wants its cold index within 4× rg.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeQuote } from '../src/core/anchor';
import { updateSidecarFile } from '../src/core/files';
import { WorkspaceIndex } from '../src/core/workspaceIndex';
import { nodeWorkspaceFs } from '../src/cli/nodeFs';
import { generateSurvey } from './generate';

function councilsArg(argv: readonly string[]): number {
  let value = process.env.FOI_BENCH_COUNCILS ?? '400';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--councils') value = argv[++i] ?? '';
    else if (a.startsWith('--councils=')) value = a.slice('--councils='.length);
    else throw new Error(`Unknown argument ${a}. Usage: npm run bench -- [--councils n]`);
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--councils needs a whole number of councils ≥ 1, not "${value}"`);
  return n;
}

const COUNCILS = councilsArg(process.argv.slice(2));
const ROOT = path.join(__dirname, '.work', 'survey');
// The cold-index budget grows with the survey (400 ms per 400 councils); at the scale of every UK
// public body the bar is 4× rg (DESIGN §14).
const TARGETS = { coldIndexMs: COUNCILS, ratioToRg: COUNCILS >= 5000 ? 4 : 5, reindexMs: 5, sidecarWriteMs: 20 };
const COLD_ROUNDS = 9;
const WRITE_WARM_UP = 10;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const genStart = performance.now();
  const survey = generateSurvey(ROOT, COUNCILS);
  const genMs = performance.now() - genStart;
  const fs = nodeWorkspaceFs(ROOT);

  // rg counting markers over the same replies.
  const rgRegex = String.raw`(?im)^[ \t>]*(?:Q(?:uestion)?\s*\d{1,3}(?:\(?[a-z]\)?)?|\d{1,3}[a-z]?[.):])`;
  let rgMatches: number | null = null;
  const probe = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  const rgNote = probe.error || probe.status !== 0 ? 'rg not found: ratio skipped' : '';
  const rg = () => {
    const res = spawnSync('rg', ['-c', '--no-messages', '-g', '*.txt', rgRegex, path.join(ROOT, 'replies')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    rgMatches = res.stdout.split('\n').filter(Boolean).reduce((n, l) => n + Number(l.slice(l.lastIndexOf(':') + 1)), 0);
  };

  // Cold index, cold index + markers and rg, interleaved (the order alternates each round); a
  // fresh index each run (the OS file cache is warm for it and for rg alike).
  const runs: Record<'cold' | 'coldMarkers' | 'rg', number[]> = { cold: [], coldMarkers: [], rg: [] };
  let councils = 0;
  let markers = 0;
  const steps: [keyof typeof runs, () => Promise<unknown> | unknown][] = [
    [
      'cold',
      async () => {
        const index = new WorkspaceIndex(fs);
        await index.refresh();
        councils = index.coverage().councils.length;
      },
    ],
    [
      'coldMarkers',
      async () => {
        const index = new WorkspaceIndex(fs);
        await index.refresh();
        index.coverage();
        markers = index.replies().reduce((n, r) => n + r.markers.length, 0);
      },
    ],
  ];
  if (!rgNote) steps.push(['rg', rg]);
  for (let i = 0; i < COLD_ROUNDS; i++) {
    for (const [name, fn] of i % 2 ? [...steps].reverse() : steps) runs[name].push(await time(fn));
  }
  const coldIndexMs = median(runs.cold.slice(2));
  const coldWithMarkersMs = median(runs.coldMarkers.slice(2));
  const rgMs = rgNote ? null : median(runs.rg.slice(2));

  // Re-index after one edit: change a reply's content, tell the index, recompute coverage.
  const index = new WorkspaceIndex(fs);
  await index.refresh();
  index.coverage();
  const reindexRuns: number[] = [];
  for (let i = 0; i < 15; i++) {
    const rel = survey.replies[(i * 37) % survey.replies.length]!;
    appendFileSync(path.join(ROOT, rel), `\nAddendum ${i}: Q2. revised figure ${1000 + i}\n`);
    reindexRuns.push(
      await time(async () => {
        const changed = await index.update([rel]);
        if (changed.length !== 1) throw new Error(`expected one changed reply, got ${changed.length}`);
        index.coverage();
      }),
    );
  }
  const reindexMs = median(reindexRuns.slice(3));

  // One sidecar write: read, apply one answer edit (keeping the rest), write atomically.
  const writeRuns: number[] = [];
  for (let i = 0; i < WRITE_WARM_UP + 15; i++) {
    const rel = survey.replies[(i * 53) % survey.replies.length]!;
    const replyAbs = path.join(ROOT, rel);
    const sidecarAbs = replyAbs.replace(/\.txt$/, '.answers.yaml');
    const reply = readFileSync(replyAbs, 'utf8');
    const at = reply.indexOf('Information Governance Team');
    const entry = { status: 'unclear' as const, coder: 'bench', quote: makeQuote(reply, at, at + 27), note: `write ${i}` };
    writeRuns.push(
      await time(async () => {
        const result = await updateSidecarFile(sidecarAbs, [{ id: 'Q14', entry }], {});
        if (!result.ok || !result.written) throw new Error('sidecar not written');
      }),
    );
  }
  const firstSidecarWriteMs = writeRuns[0]!;
  const sidecarWriteMs = median(writeRuns.slice(WRITE_WARM_UP));
  if (process.env.FOI_BENCH_VERBOSE) {
    for (const [name, xs] of Object.entries({ ...runs, reindex: reindexRuns, writes: writeRuns })) console.log(name.padEnd(12), xs.map((x) => x.toFixed(1)).join(' '));
  }

  const ratioToRg = rgMs ? coldIndexMs / rgMs : null;
  const ratioWithMarkersToRg = rgMs ? coldWithMarkersMs / rgMs : null;
  const ok = (value: number | null, target: number) => (value === null ? 'n/a' : value <= target ? 'ok' : 'MISSED');
  const rows: [string, string, string, string][] = [
    ['cold index', `${round(coldIndexMs)} ms`, `< ${TARGETS.coldIndexMs} ms`, ok(coldIndexMs, TARGETS.coldIndexMs)],
    ['rg -c markers', rgMs === null ? 'n/a' : `${round(rgMs)} ms`, '', rgNote],
    ['cold / rg', ratioToRg === null ? 'n/a' : `${round(ratioToRg)}×`, `≤ ${TARGETS.ratioToRg}×`, ok(ratioToRg, TARGETS.ratioToRg)],
    ['cold + all markers', `${round(coldWithMarkersMs)} ms`, '', 'every reply decoded and scanned'],
    ['(cold + markers) / rg', ratioWithMarkersToRg === null ? 'n/a' : `${round(ratioWithMarkersToRg)}×`, '', ''],
    ['re-index one edit', `${round(reindexMs)} ms`, `< ${TARGETS.reindexMs} ms`, ok(reindexMs, TARGETS.reindexMs)],
    ['sidecar write', `${round(sidecarWriteMs)} ms`, `< ${TARGETS.sidecarWriteMs} ms`, ok(sidecarWriteMs, TARGETS.sidecarWriteMs)],
    ['first sidecar write', `${round(firstSidecarWriteMs)} ms`, '', 'before the writer is compiled'],
  ];
  const w = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), 8));
  console.log(`Synthetic survey: ${COUNCILS} councils, ${(survey.bytes / survey.replies.length / 1024).toFixed(1)} KB per reply, ${survey.codedAnswers} coded answers (generated in ${Math.round(genMs)} ms)`);
  console.log(`Indexed ${councils} councils, ${markers} markers (rg matched ${rgMatches ?? 'n/a'} marker lines); node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  for (const r of [['measure', 'median', 'target', ''] as const, ...rows]) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  ').trimEnd());
  console.log('');
  console.log(
    JSON.stringify({
      coldIndexMs: round(coldIndexMs),
      reindexMs: round(reindexMs),
      sidecarWriteMs: round(sidecarWriteMs),
      rgMs: rgMs === null ? null : round(rgMs),
      ratioToRg: ratioToRg === null ? null : round(ratioToRg),
      coldWithMarkersMs: round(coldWithMarkersMs),
      ratioWithMarkersToRg: ratioWithMarkersToRg === null ? null : round(ratioWithMarkersToRg),
      firstSidecarWriteMs: round(firstSidecarWriteMs),
      councils: COUNCILS,
      replyKb: round(survey.bytes / survey.replies.length / 1024),
      codedAnswers: survey.codedAnswers,
      markers,
      loadAverage: round(loadavg()[0]!),
      ...(rgNote ? { note: rgNote } : {}),
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
