// Runs the cold index repeatedly for a CPU profile: node --cpu-prof --import tsx bench/profileCold.ts
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeWorkspaceFs } from '../src/cli/nodeFs';
import { WorkspaceIndex } from '../src/core/workspaceIndex';

async function main(): Promise<void> {
  const fs = nodeWorkspaceFs(path.join(__dirname, '.work', 'survey'));
  const times: number[] = [];
  for (let i = 0; i < Number(process.env.RUNS ?? 12); i++) {
    const t0 = performance.now();
    const index = new WorkspaceIndex(fs);
    await index.refresh();
    index.coverage();
    times.push(performance.now() - t0);
  }
  console.log(times.map((t) => t.toFixed(0)).join(' '));
}
void main();
