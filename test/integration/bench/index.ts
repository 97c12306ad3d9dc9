// The extension benchmark, run inside the real extension host over the synthetic survey
// (test/integration/bench/make-workspace.ts) with the packaged extension installed. Not a test:
// it measures and writes the figures as JSON to $FOI_BENCH_OUT for bench-extension.mjs.
//   activation      `await ext.activate()` while the extension is not active yet (the module's
//                   loading included), then VS Code's own figure from "Show Running Extensions",
//                   which the runner reads from the page
//   tree            the coverage view shown → the tree's root rows (all councils) returned
//   reply update    an edit in a reply → `onDidChangeReply` with a state of that version (what
//                   decorations, hovers and diagnostics redraw from; includes the typing pause)
// FOI_BENCH_PHASE=cold (the first window: no index cache yet; saves the cache at the end) or
// warm (a second window over the same storage: activation and the tree only, from the cache).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CoverageTreeProvider } from '../../../src/extension/coverageTree';
import type { ReplyModel } from '../../../src/extension/replyModel';
import type { WorkspaceModel } from '../../../src/extension/workspaceModel';

const EXTENSION_ID = 'foi-coder.foi-coder';
const TREE_ITEMS_COMMAND = 'foiCoder._coverageTreeItems';
const EDIT_SAMPLES = 8;

/** What `activate()` returns for tests (any part may be missing while the extension grows). */
interface TestApi {
  replies?: ReplyModel;
  workspace?: WorkspaceModel;
  tree?: CoverageTreeProvider;
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number): number => Math.round(x * 10) / 10;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

async function treeRootCount(api: TestApi): Promise<number | null> {
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes(TREE_ITEMS_COMMAND)) {
    const rows = await vscode.commands.executeCommand<unknown[]>(TREE_ITEMS_COMMAND);
    return Array.isArray(rows) ? rows.length : 0;
  }
  if (api.tree) return (await api.tree.getChildren()).length;
  return null;
}

async function measureTree(api: TestApi, councils: number, notes: string[]): Promise<{ treeMs: number | null; rows: number | null }> {
  const t0 = performance.now();
  await vscode.commands.executeCommand('workbench.view.extension.foiCoder');
  // The first call waits for the workspace model's initial read; poll in case it answers early.
  const deadline = Date.now() + 60_000;
  let rows = await treeRootCount(api);
  if (rows === null) {
    notes.push('tree: neither the foiCoder._coverageTreeItems command nor api.tree exists — not measured');
    return { treeMs: null, rows: null };
  }
  while (rows < councils && Date.now() < deadline) {
    await sleep(20);
    rows = (await treeRootCount(api)) ?? 0;
  }
  const treeMs = performance.now() - t0;
  if (rows < councils) notes.push(`tree: only ${rows} of ${councils} council rows after 60 s`);
  return { treeMs: rows >= councils ? treeMs : null, rows };
}

/** One edit → the model's event for that reply with the state of the edited version. */
async function timeOneEdit(replies: ReplyModel, editor: vscode.TextEditor, at: vscode.Position, insert: boolean): Promise<number> {
  const doc = editor.document;
  const t0 = performance.now();
  let done: () => void = () => undefined;
  const seen = new Promise<void>((r) => { done = r; });
  const sub = replies.onDidChangeReply((uri) => {
    const state = replies.get(uri);
    if (uri.toString() === doc.uri.toString() && state && state.version === doc.version && state.text === doc.getText()) done();
  });
  try {
    const ok = await editor.edit((e) => (insert ? e.insert(at, '7') : e.delete(new vscode.Range(at, at.translate(0, 1)))));
    if (!ok) throw new Error('the edit was not applied');
    await Promise.race([seen, sleep(10_000).then(() => { throw new Error('no onDidChangeReply for the edited version within 10 s'); })]);
    return performance.now() - t0;
  } finally {
    sub.dispose();
  }
}

async function measureEdits(api: TestApi, replyRel: string, notes: string[]): Promise<{ updateMs: number | null; computeMs: number | null; markers: number | null }> {
  const replies = api.replies;
  if (!replies) {
    notes.push('reply update: activate() returned no `replies` model — not measured');
    return { updateMs: null, computeMs: null, markers: null };
  }
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, ...replyRel.split('/')));
  const editor = await vscode.window.showTextDocument(doc);
  const first = await replies.getState(doc);
  const markers = first ? first.analysis.markers.length : null;
  // Edit inside the first answer line after the first marker, as a researcher correcting a figure.
  const line = Math.min(doc.lineCount - 1, doc.getText().split('\n').findIndex((l) => /^Q\d/.test(l)) + 1);
  const at = new vscode.Position(Math.max(0, line), 0);
  const updates: number[] = [];
  const computes: number[] = [];
  // Type a digit, then delete it: every sample edits the same text (an even count leaves it as it was).
  for (let i = 0; i < EDIT_SAMPLES; i++) updates.push(await timeOneEdit(replies, editor, at, i % 2 === 0));
  // The same edits analysed at once, without the typing pause: the cost of the analysis itself.
  for (let i = 0; i < EDIT_SAMPLES; i++) {
    const ok = await editor.edit((e) => (i % 2 === 0 ? e.insert(at, '7') : e.delete(new vscode.Range(at, at.translate(0, 1)))));
    if (!ok) throw new Error('the edit was not applied');
    const c0 = performance.now();
    await replies.getState(editor.document);
    computes.push(performance.now() - c0);
  }
  await vscode.commands.executeCommand('workbench.action.files.revert');
  notes.push(`reply update: ${updates.length} samples on ${replyRel} (${doc.getText().length} chars, ${markers ?? '?'} markers)`);
  return { updateMs: median(updates), computeMs: median(computes), markers };
}

/** VS Code's own activation figure, read from the Running Extensions view by the runner. */
async function vscodeActivationFigure(out: string): Promise<unknown> {
  const file = `${out}.vscode.json`;
  await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    await sleep(200);
  }
  return null;
}

/**
 * FOI_BENCH_PROFILE=<dir>: a CPU profile of the extension host from just before activation to
 * the tree's rows (<dir>/<phase>.cpuprofile, for Chrome DevTools or VS Code). Detail only: the
 * figures are measured the same way, with the profiler's small overhead.
 */
async function startProfile(): Promise<(() => Promise<void>) | undefined> {
  const dir = process.env.FOI_BENCH_PROFILE;
  if (!dir) return undefined;
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${process.env.FOI_BENCH_PHASE ?? 'cold'}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}

export async function run(): Promise<void> {
  const out = process.env.FOI_BENCH_OUT;
  if (!out) throw new Error('FOI_BENCH_OUT is not set: run this through scripts/vscode-host/bench-extension.mjs');
  try {
    await measure(out);
  } catch (e) {
    // Tells the runner's page reader to stop waiting for the Running Extensions view.
    writeFileSync(`${out}.failed`, String(e instanceof Error ? e.stack : e));
    throw e;
  }
}

async function measure(out: string): Promise<void> {
  const councils = Number(process.env.FOI_BENCH_COUNCILS ?? 400);
  const replyRel = process.env.FOI_BENCH_REPLY ?? '';
  const notes: string[] = [];
  const ext = vscode.extensions.getExtension<TestApi | undefined>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);

  const stopProfile = await startProfile();
  const wasActive = ext.isActive;
  if (wasActive) notes.push('activation: the extension was already active when the benchmark started — cold figure not measured');
  const a0 = performance.now();
  const api: TestApi = (await ext.activate()) ?? {};
  const activationMs = wasActive ? null : performance.now() - a0;
  log(`activation ${activationMs === null ? 'n/a' : `${ms(activationMs)} ms`}; api: ${Object.keys(api).join(', ') || 'none'}`);

  const tree = await measureTree(api, councils, notes);
  await stopProfile?.();
  log(`tree ${tree.rows ?? '?'} rows in ${tree.treeMs === null ? 'n/a' : `${ms(tree.treeMs)} ms`}`);
  const phase = process.env.FOI_BENCH_PHASE ?? 'cold';
  const stats = api.workspace?.folders()[0]?.index.stats;
  if (phase === 'warm') {
    const vscodeFigure = await vscodeActivationFigure(out);
    writeFileSync(out, JSON.stringify({ activationMs: activationMs === null ? null : ms(activationMs), vscodeActivation: vscodeFigure, treeMs: tree.treeMs === null ? null : ms(tree.treeMs), treeRows: tree.rows, stats, notes }, null, 2));
    return;
  }

  const edits = replyRel ? await measureEdits(api, replyRel, notes) : { updateMs: null, computeMs: null, markers: null };
  log(`reply update ${edits.updateMs === null ? 'n/a' : `${ms(edits.updateMs)} ms`} (analysis alone ${edits.computeMs === null ? 'n/a' : `${ms(edits.computeMs)} ms`})`);

  // The next window (FOI_BENCH_PHASE=warm) starts from this cache, with the Explorer in front
  // (not the coverage view, which would activate the extension before it is measured).
  await api.workspace?.saveCaches();
  const vscodeFigure = await vscodeActivationFigure(out);
  if (!vscodeFigure) notes.push('activation: VS Code\'s own figure was not read from "Show Running Extensions"');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.view.explorer');

  const result = {
    activationMs: activationMs === null ? null : ms(activationMs),
    vscodeActivation: vscodeFigure,
    treeMs: tree.treeMs === null ? null : ms(tree.treeMs),
    treeRows: tree.rows,
    decorationUpdateMs: edits.updateMs === null ? null : ms(edits.updateMs),
    analysisMs: edits.computeMs === null ? null : ms(edits.computeMs),
    markers: edits.markers,
    stats,
    apiKeys: Object.keys(api),
    notes,
  };
  writeFileSync(out, JSON.stringify(result, null, 2));
}
