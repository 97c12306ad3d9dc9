// The workspace-wide model behind the coverage tree: one engine `WorkspaceIndex` per workspace
// folder, built on first need (never during activation), then kept current from file events.
// - Replies, sidecars and the questionnaire are watched once the model has started; events are
//   batched (300 ms after the last one, at most 1 s after the first) into one `index.update`,
//   so a `git checkout` of 400 files is one incremental re-index, not 400.
// - The saved state on disk is the truth: an unsaved sidecar editor does not change coverage
//   until it is saved (the CLI, exports and other coders see the disk too). A save is picked up
//   at once, without waiting for the file watcher.
// - `onDidChangeCoverage` names the councils whose coverage changed, so the tree refreshes only
//   those; the context key `foiCoder.state` drives the view's welcome content.
// - A folder's first read starts from the index cache of the last session (indexCacheStore.ts):
//   files whose size and mtime are unchanged are not read; the cache is saved again a few
//   seconds after the index settles. FOI: Refresh reads everything afresh.
import { vscode } from './vscodeApi';
import { onDidWriteSidecar } from './sidecarWriter';
import type { SurveyCoverage } from '../core/coverage';
import { SIDECAR_SUFFIX, replyMatcher } from '../core/workspace';
import { sidecarPathFor } from '../core/sidecar';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { indexCacheKey } from '../core/indexCache';
import type { IndexCache } from '../core/indexCache';
import type { IndexCacheStore } from './indexCacheStore';
import { changedCouncils } from './coverageItems';
import { getSettings, onDidChangeSettings } from './settings';
import { folderFs } from './vscodeFs';
import type { FolderFs } from './vscodeFs';

export const STATE_CONTEXT_KEY = 'foiCoder.state';
const BATCH_MS = 300;
const MAX_BATCH_WAIT_MS = 1000;
/** The cache is saved this long after the last change to the index (sooner is wasted work). */
const CACHE_SAVE_DELAY_MS = 5000;

/** The index cache between sessions: where it is kept, and this build of the engine. */
export interface IndexCaching {
  store: IndexCacheStore;
  engine: () => string;
}

export type WorkspaceState = 'loading' | 'noReplies' | 'noQuestionnaire' | 'ready';

export interface FolderCoverage {
  readonly folder: vscode.WorkspaceFolder;
  readonly index: WorkspaceIndex;
  readonly coverage: SurveyCoverage;
}

export interface CoverageChange {
  folder: vscode.WorkspaceFolder;
  /** Councils whose coverage changed (added, removed or recomputed); undefined: all of them. */
  councils: string[] | undefined;
}

interface Folder {
  folder: vscode.WorkspaceFolder;
  fs: FolderFs;
  index: WorkspaceIndex;
  isReply: (path: string) => boolean;
  questionnairePath: string;
  coverage: SurveyCoverage | null;
  pending: Set<string>;
  needsRefresh: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  firstPending: number;
  /** Index work on this folder runs one job at a time, in order. */
  chain: Promise<void>;
  /** The cache key for this folder's settings; undefined: no cache. */
  cacheKey: string | undefined;
  /** The cache is offered to the first read only. */
  cacheOffered: boolean;
  saveTimer: ReturnType<typeof setTimeout> | undefined;
}

function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

export class WorkspaceModel implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CoverageChange>();
  /** Fires after a folder's coverage changed. */
  readonly onDidChangeCoverage: vscode.Event<CoverageChange> = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly byKey = new Map<string, Folder>();
  private watcher: vscode.FileSystemWatcher | undefined;
  private starting: Promise<void> | undefined;
  private currentState: WorkspaceState = 'loading';
  private disposed = false;

  constructor(
    private readonly log?: vscode.LogOutputChannel,
    private readonly caching?: IndexCaching,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders((e) => this.onFolders(e)),
      onDidChangeSettings((e) => this.onSettings(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.notify([d.uri])),
      onDidWriteSidecar((uri) => this.notify([uri])),
    );
  }

  /** Build every folder's index if not done yet. Cheap after the first call. */
  start(): Promise<void> {
    this.starting ??= this.load();
    return this.starting;
  }

  get started(): boolean {
    return this.starting !== undefined;
  }

  get state(): WorkspaceState {
    return this.currentState;
  }

  /** Folders whose index is built, in workspace order. */
  folders(): FolderCoverage[] {
    const out: FolderCoverage[] = [];
    for (const wf of vscode.workspace.workspaceFolders ?? []) {
      const f = this.byKey.get(wf.uri.toString());
      if (f?.coverage) out.push({ folder: f.folder, index: f.index, coverage: f.coverage });
    }
    return out;
  }

  folderOf(uri: vscode.Uri): FolderCoverage | undefined {
    const wf = vscode.workspace.getWorkspaceFolder(uri);
    return wf ? this.folders().find((f) => f.folder.uri.toString() === wf.uri.toString()) : undefined;
  }

  /** Re-discover and re-read every folder (FOI: Refresh). */
  async refresh(): Promise<void> {
    await this.start();
    await Promise.all([...this.byKey.values()].map((f) => this.enqueue(f, () => this.rebuild(f))));
  }

  /**
   * Start again as a new window would, from the index cache: the cache is saved, every folder's
   * index is forgotten, `between` runs (integration tests change files there, as if while VS Code
   * was closed), and the folders are read again. For tests and the benchmark.
   */
  async restart(between?: () => Promise<void>): Promise<void> {
    await this.saveCaches();
    const folders = [...this.byKey.values()];
    for (const f of folders) {
      clearTimeout(f.timer);
      clearTimeout(f.saveTimer);
    }
    this.byKey.clear();
    await between?.();
    for (const f of folders) this.addFolder(f.folder);
    await Promise.all([...this.byKey.values()].map((f) => f.chain));
    this.updateState();
  }

  /** Save every folder's index cache now (after the work queued), as the timer would later. */
  async saveCaches(): Promise<void> {
    await this.start();
    await Promise.all([...this.byKey.values()].map((f) => this.enqueue(f, () => this.saveCache(f))));
  }

  /** Where a folder's index cache is kept (undefined: not kept). For tests. */
  cacheFile(folder: vscode.WorkspaceFolder): string | undefined {
    return this.caching?.store.fileOf(folder.uri);
  }

  /** Files that changed (e.g. just written): re-read them in the next batch. */
  notify(uris: readonly vscode.Uri[]): void {
    if (!this.starting || this.disposed) return;
    for (const uri of uris) {
      for (const f of this.byKey.values()) {
        const rel = relativeTo(f.folder, uri);
        if (rel !== undefined) this.onPath(f, rel, false);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const f of this.byKey.values()) {
      clearTimeout(f.timer);
      clearTimeout(f.saveTimer);
    }
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  // ---- building -------------------------------------------------------------------------------

  private async load(): Promise<void> {
    this.ensureWatcher();
    for (const wf of vscode.workspace.workspaceFolders ?? []) this.addFolder(wf);
    await Promise.all([...this.byKey.values()].map((f) => f.chain));
    this.updateState();
  }

  private addFolder(wf: vscode.WorkspaceFolder): void {
    const key = wf.uri.toString();
    if (this.byKey.has(key)) return;
    const f = this.makeFolder(wf);
    this.byKey.set(key, f);
    void this.enqueue(f, () => this.rebuild(f)); // enqueue never rejects; start() awaits the chain
  }

  private makeFolder(wf: vscode.WorkspaceFolder): Folder {
    const s = getSettings(wf.uri);
    const fs = folderFs(wf.uri);
    return {
      folder: wf,
      fs,
      index: new WorkspaceIndex(fs, { replyGlobs: s.replyGlobs, questionnairePath: s.questionnairePath }),
      isReply: replyMatcher(s.replyGlobs),
      questionnairePath: s.questionnairePath,
      coverage: null,
      pending: new Set(),
      needsRefresh: false,
      timer: undefined,
      firstPending: 0,
      chain: Promise.resolve(),
      cacheKey: this.caching ? indexCacheKey(this.caching.engine(), { replyGlobs: s.replyGlobs, questionnairePath: s.questionnairePath }) : undefined,
      cacheOffered: false,
      saveTimer: undefined,
    };
  }

  /** Run index work on a folder after the work already queued on it. Never rejects. */
  private enqueue(f: Folder, job: () => Promise<void>): Promise<void> {
    f.chain = f.chain.then(job).catch((e: unknown) => {
      this.log?.error(new Error(`FOI Coder: reading ${f.folder.name} failed`, { cause: e }));
    });
    return f.chain;
  }

  private async rebuild(f: Folder): Promise<void> {
    const started = Date.now();
    const offer = !f.cacheOffered;
    f.cacheOffered = true;
    const replyGlobs = getSettings(f.folder.uri).replyGlobs;
    // With a cache, the files it names (and every reply's sidecar path, so that a sidecar created
    // since is stat'ed and found) stand in for the search, which runs once the view has its rows.
    const cache = offer ? await this.loadCache(f) : null;
    const assumed = cache ? cache.replies.flatMap((r) => [r.path, sidecarPathFor(r.path)]) : [];
    if (cache) f.fs.assume(assumed);
    else await f.fs.discover(replyGlobs);
    const listed = Date.now();
    f.index.useCache(cache);
    const before = { ...f.index.stats };
    await f.index.refresh();
    const read = Date.now();
    if (this.disposed) return;
    f.coverage = f.index.coverage();
    const fromCache = cache ? `; from the cache ${f.index.stats.cachedReplies - before.cachedReplies} replies and ${f.index.stats.cachedSidecars - before.cachedSidecars} sidecars, read ${f.index.stats.replyReads - before.replyReads} and ${f.index.stats.sidecarReads - before.sidecarReads}` : '';
    this.log?.info(`Coverage of ${f.folder.name}: ${f.coverage.councils.length} councils in ${Date.now() - started} ms (${cache ? 'files named by the cache' : 'finding files'} ${listed - started} ms, reading ${read - listed} ms, coverage ${Date.now() - read} ms${fromCache})`);
    this.scheduleSave(f);
    this.emitter.fire({ folder: f.folder, councils: undefined });
    this.updateState();
    // Replies added while VS Code was closed: found by the search, then read like any new file.
    if (cache) void this.enqueue(f, () => this.searchAfterCache(f, replyGlobs, new Set(assumed))); // enqueue never rejects
  }

  /** The search a warm start skipped: files it finds that the cache did not name are read now. */
  private async searchAfterCache(f: Folder, replyGlobs: readonly string[], assumed: ReadonlySet<string>): Promise<void> {
    const started = Date.now();
    const found = await f.fs.discover(replyGlobs);
    // Every file found was named by the cache (and so stat'ed at the start): nothing to add.
    if (found && found.every((p) => assumed.has(p))) {
      this.log?.info(`Searched ${f.folder.name} in ${Date.now() - started} ms: no file the cache did not name.`);
      return;
    }
    // Incremental: known files are only stat'ed again; new ones are read, gone ones dropped.
    await f.index.refresh();
    if (this.disposed) return;
    const before = f.coverage;
    f.coverage = f.index.coverage();
    const councils = changedCouncils(before, f.coverage);
    this.log?.info(`Searched ${f.folder.name} for files the cache did not name in ${Date.now() - started} ms: ${councils === undefined ? 'coverage changed' : `${councils.length} council(s) changed`}.`);
    if (councils && councils.length === 0) return;
    this.emitter.fire({ folder: f.folder, councils });
    this.updateState();
    this.scheduleSave(f);
  }

  private async applyBatch(f: Folder, paths: string[]): Promise<void> {
    const changed = await f.index.update(paths);
    if (this.disposed) return;
    if (changed.length > 0) this.scheduleSave(f);
    const before = f.coverage;
    f.coverage = f.index.coverage();
    const councils = changedCouncils(before, f.coverage);
    if (councils && councils.length === 0) return;
    this.emitter.fire({ folder: f.folder, councils });
    this.updateState();
  }

  // ---- the cache between sessions -------------------------------------------------------------

  private async loadCache(f: Folder): Promise<IndexCache | null> {
    if (!this.caching || f.cacheKey === undefined) return null;
    try {
      return await this.caching.store.load(f.folder.uri, f.cacheKey);
    } catch (e) {
      this.log?.warn(`Index cache of ${f.folder.name} ignored: ${String(e)}`);
      return null;
    }
  }

  /** Save the folder's cache once the index has been quiet for a while (after the work queued). */
  private scheduleSave(f: Folder): void {
    if (!this.caching || f.cacheKey === undefined || this.disposed) return;
    clearTimeout(f.saveTimer);
    f.saveTimer = setTimeout(() => {
      f.saveTimer = undefined;
      void this.enqueue(f, () => this.saveCache(f));
    }, CACHE_SAVE_DELAY_MS);
  }

  private async saveCache(f: Folder): Promise<void> {
    clearTimeout(f.saveTimer);
    if (this.disposed || !this.caching || this.byKey.get(f.folder.uri.toString()) !== f || f.cacheKey === undefined || !f.coverage) return;
    await this.caching.store.save(f.folder.uri, f.index.toCache(f.cacheKey));
  }

  private updateState(): void {
    const all = [...this.byKey.values()];
    let state: WorkspaceState;
    if (all.some((f) => !f.coverage)) state = 'loading';
    else {
      const withReplies = all.filter((f) => (f.coverage?.councils.length ?? 0) > 0);
      state = withReplies.length === 0 ? 'noReplies' : withReplies.some((f) => f.index.questionnaireState.exists) ? 'ready' : 'noQuestionnaire';
    }
    if (state === this.currentState && state !== 'loading') return;
    this.currentState = state;
    if (state !== 'loading') void vscode.commands.executeCommand('setContext', STATE_CONTEXT_KEY, state); // a context key; nothing to wait for
  }

  // ---- changes --------------------------------------------------------------------------------

  private ensureWatcher(): void {
    if (this.watcher || this.disposed) return;
    // One watcher for every folder: VS Code already watches the workspace recursively, so this
    // only filters its events; paths are sorted into folders below.
    const w = vscode.workspace.createFileSystemWatcher('**/*');
    const on = (structural: boolean) => (uri: vscode.Uri) => {
      for (const f of this.byKey.values()) {
        const rel = relativeTo(f.folder, uri);
        if (rel !== undefined) this.onPath(f, rel, structural);
      }
    };
    w.onDidChange(on(false));
    w.onDidCreate(on(true));
    w.onDidDelete(on(true));
    this.watcher = w;
  }

  private onPath(f: Folder, rel: string, structural: boolean): void {
    if (rel === '' || /(?:^|\/)(?:node_modules|\.git)(?:\/|$)/.test(rel)) return;
    if (rel === f.questionnairePath || rel.toLowerCase().endsWith(SIDECAR_SUFFIX) || f.isReply(rel)) f.pending.add(rel);
    else if (structural && !/\.[^/]*$/.test(rel)) {
      // A folder created, deleted or moved (its files get no events of their own): rediscover.
      f.needsRefresh = true;
    } else return;
    this.schedule(f);
  }

  private schedule(f: Folder): void {
    const now = Date.now();
    if (f.timer === undefined) f.firstPending = now;
    clearTimeout(f.timer);
    const wait = Math.max(0, Math.min(BATCH_MS, f.firstPending + MAX_BATCH_WAIT_MS - now));
    f.timer = setTimeout(() => {
      f.timer = undefined;
      const paths = [...f.pending];
      const refresh = f.needsRefresh;
      f.pending.clear();
      f.needsRefresh = false;
      // Failures are logged inside enqueue; the next change tries again.
      void this.enqueue(f, () => (refresh ? this.rebuild(f) : this.applyBatch(f, paths)));
    }, wait);
  }

  private onFolders(e: vscode.WorkspaceFoldersChangeEvent): void {
    if (!this.starting) return;
    for (const wf of e.removed) {
      const f = this.byKey.get(wf.uri.toString());
      if (f) {
        clearTimeout(f.timer);
        clearTimeout(f.saveTimer);
      }
      this.byKey.delete(wf.uri.toString());
      this.emitter.fire({ folder: wf, councils: undefined });
    }
    for (const wf of e.added) this.addFolder(wf);
    this.updateState();
  }

  private onSettings(e: vscode.ConfigurationChangeEvent): void {
    if (!this.starting) return;
    // A snapshot: re-adding a folder below would otherwise visit it again, forever.
    for (const [key, f] of [...this.byKey]) {
      if (!e.affectsConfiguration('foiCoder.replyGlobs', f.folder.uri) && !e.affectsConfiguration('foiCoder.questionnairePath', f.folder.uri)) continue;
      clearTimeout(f.timer);
      clearTimeout(f.saveTimer);
      this.byKey.delete(key);
      this.addFolder(f.folder);
    }
  }
}
