// Opening a workspace folder for a CLI command: the index over the Node file system, with
// optional `--questionnaire`, and helpers to show index paths as the user typed them.
import { existsSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { CliError, EXIT, displayPath } from './io';
import type { CliIo } from './io';
import { nodeWorkspaceFs } from './nodeFs';

export interface OpenWorkspace {
  root: string;
  index: WorkspaceIndex;
  /** Workspace-relative path → path shown to the user. */
  show(rel: string): string;
  abs(rel: string): string;
}

export async function openWorkspace(io: CliIo, dir: string | undefined, questionnaire?: string): Promise<OpenWorkspace> {
  const root = nodePath.resolve(io.cwd, dir ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new CliError(`${displayPath(io, root)}: not a folder`, EXIT.io);
  const options: ConstructorParameters<typeof WorkspaceIndex>[1] = {};
  if (questionnaire !== undefined) {
    const qAbs = nodePath.resolve(io.cwd, questionnaire);
    if (!existsSync(qAbs)) throw new CliError(`${questionnaire}: questionnaire not found`, EXIT.io);
    options.questionnairePath = nodePath.relative(root, qAbs).split(nodePath.sep).join('/');
  }
  const index = new WorkspaceIndex(nodeWorkspaceFs(root), options);
  await index.refresh();
  const abs = (rel: string) => nodePath.resolve(root, ...rel.split('/'));
  return { root, index, abs, show: (rel) => displayPath(io, abs(rel)) };
}
