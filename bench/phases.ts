// Where the cold index's time goes, phase by phase, over the survey `npm run bench` generated
// (run that first). Each phase runs interleaved with the others, several rounds; medians.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeWorkspaceFs } from '../src/cli/nodeFs';
import { scanMarkers } from '../src/core/markers';
import { parseQuestionnaire } from '../src/core/questionnaire';
import { readSidecarFast } from '../src/core/sidecarFastPath';
import { discoverFiles } from '../src/core/workspace';
import { WorkspaceIndex } from '../src/core/workspaceIndex';

const ROOT = path.join(__dirname, '.work', 'survey');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const fs = nodeWorkspaceFs(ROOT);
  const found = await discoverFiles(fs);
  const q = parseQuestionnaire(readFileSync(path.join(ROOT, 'foi-questionnaire.yaml'), 'utf8')).questionnaire!;
  const known = new Set(q.byId.keys());
  const texts = found.replies.map((r) => readFileSync(path.join(ROOT, r), 'utf8'));
  const sidecars = found.replies.map((r) => readFileSync(path.join(ROOT, r.replace(/\.txt$/, '.answers.yaml')), 'utf8'));
  const phases: Record<string, () => Promise<unknown> | unknown> = {
    discover: () => discoverFiles(fs),
    readReplies: async () => {
      for (const r of found.replies) await fs.readWithStat!(r);
    },
    readSidecars: async () => {
      for (const r of found.replies) await fs.readWithStat!(r.replace(/\.txt$/, '.answers.yaml'));
    },
    decode: () => {
      const d = new TextDecoder('utf-8', { fatal: true });
      for (const r of found.replies) d.decode(readFileSync(path.join(ROOT, r)));
    },
    scanMarkers: () => {
      for (const t of texts) scanMarkers(t, known);
    },
    sidecarFast: () => {
      for (const s of sidecars) readSidecarFast(s);
    },
    questionnaire: () => parseQuestionnaire(readFileSync(path.join(ROOT, 'foi-questionnaire.yaml'), 'utf8')),
    coldIndex: async () => {
      const index = new WorkspaceIndex(fs);
      await index.refresh();
      index.coverage();
    },
  };
  const runs: Record<string, number[]> = {};
  const rounds = Number(process.env.ROUNDS ?? 9);
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of Object.entries(phases)) {
      const t0 = performance.now();
      await fn();
      (runs[name] ??= []).push(performance.now() - t0);
    }
  }
  for (const [name, xs] of Object.entries(runs)) console.log(name.padEnd(14), median(xs.slice(2)).toFixed(1), 'ms');
}

void main();
