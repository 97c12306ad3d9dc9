// What durability costs per sidecar write (the choice in src/core/files.ts): write a 6 KB temp
// file, flush it with fsync, fdatasync or nothing, rename it over the target. Variants run
// interleaved in one process, 40 rounds; medians. Run: node --import tsx bench/write-sync.ts
import { closeSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = path.join(__dirname, '.work', 'sync');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const data = 'x: 1\n'.repeat(1200);
const flushes: Record<string, (fd: number) => void> = { fsync: fsyncSync, fdatasync: fdatasyncSync, none: () => undefined };
const runs: Record<string, number[]> = {};
for (let i = 0; i < 40; i++) {
  for (const [name, flush] of Object.entries(flushes)) {
    const target = path.join(dir, `${name}.yaml`);
    const t0 = performance.now();
    const fd = openSync(`${target}.tmp`, 'w');
    writeSync(fd, data);
    flush(fd);
    closeSync(fd);
    renameSync(`${target}.tmp`, target);
    (runs[name] ??= []).push(performance.now() - t0);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, xs] of Object.entries(runs)) console.log(`${name.padEnd(10)} ${median(xs.slice(5)).toFixed(2)} ms`);
rmSync(dir, { recursive: true, force: true });
