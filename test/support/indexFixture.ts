// The small survey the workspace-index tests share (core-workspaceIndex-files, -updates): a
// two-question questionnaire, two councils' replies (one with a hand-written sidecar), and the
// index over them.
import { strict as assert } from 'node:assert';
import type { IndexedReply, IndexOptions } from '../../src/core/workspaceIndex';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import type { MemoryFsOptions } from './memoryFs';
import { MemoryFs } from './memoryFs';

export const QUESTIONNAIRE = `version: 1
questions:
  - id: Q1
    text: Name?
  - id: Q2
    text: Population?
    type: number
`;

export const reply = (council: string, extra = '') => `From: ${council}\n\nQ1. ${council}\nQ2. 12,000\n${extra}`;
/** A sidecar as a person writes it (not the writer's layout). */
export const handSidecar = (council: string, extra = '') => `# coded by hand\nversion: 1\ncouncil: ${council}\n${extra}answers:\n  Q1:\n    status: answered\n    value: ${council}\n`;

/** Alder (reply and hand-written sidecar) and Birch (reply only), with the questionnaire. */
export function survey(options: MemoryFsOptions = {}): MemoryFs {
  const fs = new MemoryFs(options);
  fs.write('foi-questionnaire.yaml', QUESTIONNAIRE);
  fs.write('replies/alder.txt', reply('Alder Council'));
  fs.write('replies/alder.answers.yaml', handSidecar('Alder Council'));
  fs.write('replies/birch.txt', reply('Birch Council'));
  return fs;
}

export async function indexOf(fs: MemoryFs, options?: IndexOptions): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex(fs, options);
  await index.refresh();
  return index;
}

export function replyOf(index: WorkspaceIndex, path: string): IndexedReply {
  const r = index.reply(path);
  assert.ok(r, `${path} is not indexed`);
  return r;
}
