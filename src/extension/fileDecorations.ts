// Explorer badges on reply files: ✓ when every question the reply had to answer is coded,
// else the number still missing. Open replies come from the model; others are read only when
// the explorer shows them (markers scanned, sidecar parsed), a few at a time, and cached
// until their sidecar or the questionnaire changes.
import { vscode } from './vscodeApi';
import { scanMarkers } from '../core/markers';
import { decodeText } from '../core/text';
import { replyPathsOfSidecar } from '../core/workspace';
import { isReplyUri } from './language';
import { sidecarUriFor } from './replyModel';
import type { ReplyModel } from './replyModel';
import { safeParseSidecar } from './replyCompute';
import { replySummary } from './replyView';
import type { ReplySummary } from './replyView';
import type { CouncilCoverage, SurveyCoverage } from '../core/coverage';
import type { WorkspaceModel } from './workspaceModel';

const MAX_CACHED = 5000;
export const FILE_BADGE_COMMAND = 'foiCoder._fileBadge';
const CONCURRENCY = 4;

/** The badge and tooltip for a reply's summary (exported for tests). */
export function replyBadge(s: ReplySummary, sidecarBroken: boolean): vscode.FileDecoration {
  const missing = s.missing.length;
  const tooltip = sidecarBroken
    ? 'FOI reply: the sidecar has errors'
    : missing === 0
      ? `FOI reply: all ${s.asked} questions coded`
      : `FOI reply: ${s.coded}/${s.asked} coded, ${missing} missing`;
  const badge = sidecarBroken ? '!' : missing === 0 ? '✓' : missing > 99 ? '99' : String(missing);
  return new vscode.FileDecoration(badge, tooltip);
}

/**
 * The badge of a file that is one of several of a council (a reply and its internal review):
 * the council's state, since the files are coded together and each alone would look incomplete.
 */
export function councilBadge(c: CouncilCoverage): vscode.FileDecoration {
  const missing = c.counts.missing;
  const files = `${c.council}, ${c.files.length} files`;
  const tooltip = missing === 0 ? `FOI reply (${files}): all ${c.asked} questions coded` : `FOI reply (${files}): ${c.coded}/${c.asked} coded, ${missing} missing`;
  return new vscode.FileDecoration(missing === 0 ? '✓' : missing > 99 ? '99' : String(missing), tooltip);
}

const councilsByFile = new WeakMap<SurveyCoverage, Map<string, CouncilCoverage>>();

function councilOfFile(coverage: SurveyCoverage, file: string): CouncilCoverage | undefined {
  let map = councilsByFile.get(coverage);
  if (!map) {
    map = new Map();
    for (const c of coverage.councils) for (const f of c.files) map.set(f, c);
    councilsByFile.set(coverage, map);
  }
  return map.get(file);
}

async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  } catch {
    return null;
  }
}

export function registerFileDecorations(model: ReplyModel, workspace?: WorkspaceModel): vscode.Disposable {
  const emitter = new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>();
  const cache = new Map<string, vscode.FileDecoration | undefined>();
  let running = 0;
  const waiting: (() => void)[] = [];
  let watcher: vscode.FileSystemWatcher | undefined;

  const slot = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };

  const fromDisk = async (uri: vscode.Uri): Promise<vscode.FileDecoration | undefined> => {
    const [text, sidecarText, q] = await Promise.all([readText(uri), readText(sidecarUriFor(uri)), model.questionnaireFor(uri)]);
    if (text === null) return undefined;
    let markers: ReturnType<typeof scanMarkers>;
    try {
      markers = scanMarkers(text, q.questionnaire ? new Set(q.questionnaire.byId.keys()) : null);
    } catch {
      markers = []; // the badge then counts the questionnaire alone
    }
    const sidecar = sidecarText === null ? null : safeParseSidecar(sidecarText);
    const analysis = { council: null, markers, answers: [], problems: [] };
    return replyBadge(replySummary({ analysis, sidecar, questionnaire: q.questionnaire }), sidecar !== null && !sidecar.sidecar);
  };

  const ensureWatcher = (): void => {
    if (watcher) return;
    watcher = vscode.workspace.createFileSystemWatcher('**/*.answers.yaml');
    const changed = (sidecar: vscode.Uri): void => {
      const replies = replyPathsOfSidecar(sidecar.path).map((path) => sidecar.with({ path }));
      for (const r of replies) cache.delete(r.toString());
      emitter.fire(replies);
    };
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    watcher.onDidDelete(changed);
  };

  const provider: vscode.FileDecorationProvider = {
    onDidChangeFileDecorations: emitter.event,
    async provideFileDecoration(uri) {
      if (uri.path.toLowerCase().endsWith('.answers.yaml') || !isReplyUri(uri)) return undefined;
      const folder = workspace?.started ? workspace.folderOf(uri) : undefined;
      if (folder) {
        const council = councilOfFile(folder.coverage, vscode.workspace.asRelativePath(uri, false));
        if (council && council.files.length > 1) return councilBadge(council);
      }
      const open = model.get(uri);
      if (open) return replyBadge(replySummary(open), open.sidecar !== null && !open.sidecar.sidecar);
      const key = uri.toString();
      if (cache.has(key)) return cache.get(key);
      ensureWatcher();
      const decoration = await slot(() => fromDisk(uri));
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(key, decoration);
      return decoration;
    },
  };

  return vscode.Disposable.from(
    emitter,
    { dispose: () => watcher?.dispose() },
    vscode.window.registerFileDecorationProvider(provider),
    // Internal: the explorer badge of a file as plain data (integration tests); not in the palette.
    vscode.commands.registerCommand(FILE_BADGE_COMMAND, async (uri: vscode.Uri) => {
      const d = await provider.provideFileDecoration(uri, new vscode.CancellationTokenSource().token);
      return d ? { badge: d.badge, tooltip: d.tooltip } : undefined;
    }),
    model.onDidChangeReply((uri) => {
      cache.delete(uri.toString());
      emitter.fire(uri);
    }),
    model.onDidChangeQuestionnaire(() => {
      cache.clear();
      emitter.fire(undefined);
    }),
    ...(workspace
      ? [
          workspace.onDidChangeCoverage((change) => {
            // Only files of councils with several files take their badge from the coverage.
            const uris = change.folder ? folderCouncilFiles(workspace, change.folder) : [];
            if (uris.length) emitter.fire(uris);
          }),
        ]
      : []),
  );
}

function folderCouncilFiles(workspace: WorkspaceModel, folder: vscode.WorkspaceFolder): vscode.Uri[] {
  const f = workspace.folders().find((x) => x.folder.uri.toString() === folder.uri.toString());
  if (!f) return [];
  return f.coverage.councils.filter((c) => c.files.length > 1).flatMap((c) => c.files.map((file) => vscode.Uri.joinPath(folder.uri, file)));
}
