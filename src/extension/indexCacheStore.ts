// Where the coverage view keeps the workspace index's cache between sessions (the format and its
// checks are the engine's, src/core/indexCache.ts): one file per workspace folder in the
// extension's storage for this workspace (context.storageUri; the global storage when no
// workspace is open), never in the workspace itself.
// - Read once, when a folder is first indexed; a file that is missing, unreadable or not exactly
//   as written is ignored (and, when it existed, logged), and the next save replaces it.
// - Written a few seconds after the index settles, atomically (a temporary file, then a rename),
//   so a crash leaves the old cache or the new one, never half of one.
// - The key names this build of the extension (its version and the bundle's size and mtime),
//   so a new build never trusts a cache an older engine wrote.
import { promises as nodeFs, statSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import * as nodePath from 'node:path';
import { vscode } from './vscodeApi';
import { parseIndexCache, serializeIndexCache } from '../core/indexCache';
import type { IndexCache } from '../core/indexCache';

/** This build of the extension: a cache written by any other is not used. */
export function engineBuild(context: vscode.ExtensionContext): string {
  let bundle = 'unknown';
  try {
    const st = statSync(__filename);
    bundle = `${st.size}:${st.mtimeMs}`;
  } catch {
    // No bundle file to stat (should not happen): the version alone decides.
  }
  return `${String(context.extension.packageJSON.version)}:${bundle}`;
}

export class IndexCacheStore {
  private readonly dir: string | undefined;

  constructor(
    storage: vscode.Uri | undefined,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    // Only a local storage folder: the cache is written with Node's fs, atomically.
    this.dir = storage?.scheme === 'file' ? nodePath.join(storage.fsPath, 'index-cache') : undefined;
  }

  /** The cache file of a workspace folder (named by a hash of the folder's URI). */
  fileOf(folder: vscode.Uri): string | undefined {
    if (!this.dir) return undefined;
    return nodePath.join(this.dir, `${createHash('sha256').update(folder.toString()).digest('hex').slice(0, 24)}.json`);
  }

  /** The folder's cache made with `key`, or null (none, unreadable, or not usable: ignored). */
  async load(folder: vscode.Uri, key: string): Promise<IndexCache | null> {
    const file = this.fileOf(folder);
    if (!file) return null;
    let text: string;
    try {
      text = await nodeFs.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log?.warn(`Index cache ${file} could not be read (${String(e)}); reading the workspace instead.`);
      else this.log?.info(`No index cache for ${folder.toString()} yet (${file}).`);
      return null;
    }
    const cache = parseIndexCache(text, key);
    if (!cache) this.log?.info(`Index cache ${file} is from another build or settings, or damaged: ignored, and rebuilt.`);
    return cache;
  }

  async save(folder: vscode.Uri, cache: IndexCache): Promise<void> {
    const file = this.fileOf(folder);
    if (!file) return;
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await nodeFs.mkdir(nodePath.dirname(file), { recursive: true });
      await nodeFs.writeFile(tmp, serializeIndexCache(cache));
      await nodeFs.rename(tmp, file);
    } catch (e) {
      await nodeFs.rm(tmp, { force: true }).catch(() => undefined);
      this.log?.warn(`Index cache ${file} could not be written: ${String(e)}`);
    }
  }
}
