// Same-process A/B of the cold index: a saved copy of the engine (FOI_AB_BASE, a folder holding
// src/ — e.g. `mkdir /tmp/base && git archive main src | tar -x -C /tmp/base`, plus a node_modules
// link) against this tree's, alternating run by run over the survey `npm run bench` generated
// last (run that first). Prints the medians of wall and CPU time and their ratios (new / base).
// On a shared machine decide on the CPU ratio over several runs of this script; confirm with
// `npm run bench` itself.
//
// Usage: FOI_AB_BASE=/tmp/base node --import tsx bench/ab.ts   (ROUNDS=n, default 15)
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';

type Side = { fs: import('../src/core/workspace').WorkspaceFs; Index: typeof import('../src/core/workspaceIndex').WorkspaceIndex };

const ROOT = path.join(__dirname, '.work', 'survey');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function load(root: string): Promise<Side> {
  const nodeFs = (await import(path.join(root, 'src/cli/nodeFs'))) as typeof import('../src/cli/nodeFs');
  const index = (await import(path.join(root, 'src/core/workspaceIndex'))) as typeof import('../src/core/workspaceIndex');
  return { fs: nodeFs.nodeWorkspaceFs(ROOT), Index: index.WorkspaceIndex };
}

async function main(): Promise<void> {
  const base = process.env.FOI_AB_BASE;
  if (!base) throw new Error('Set FOI_AB_BASE to a folder holding the engine to compare with (its src/).');
  const sides = { base: await load(path.resolve(base)), new: await load(path.join(__dirname, '..')) };
  const wall = { base: [] as number[], new: [] as number[] };
  const cpu = { base: [] as number[], new: [] as number[] };
  const rounds = Number(process.env.ROUNDS ?? 15);
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? (['new', 'base'] as const) : (['base', 'new'] as const)) {
      const { fs, Index } = sides[name];
      const c0 = cpuUsage();
      const t0 = performance.now();
      const index = new Index(fs);
      await index.refresh();
      index.coverage();
      wall[name].push(performance.now() - t0);
      const c = cpuUsage(c0);
      cpu[name].push((c.user + c.system) / 1000);
    }
  }
  // The first rounds compile and size the heap: left out.
  const m = (xs: number[]) => median(xs.slice(3));
  console.log(
    `wall base ${m(wall.base).toFixed(1)} new ${m(wall.new).toFixed(1)} ratio ${(m(wall.new) / m(wall.base)).toFixed(3)} | ` +
      `cpu base ${m(cpu.base).toFixed(1)} new ${m(cpu.new).toFixed(1)} ratio ${(m(cpu.new) / m(cpu.base)).toFixed(3)} | load ${loadavg()[0]!.toFixed(1)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
