// The commands that code answers in one reply: tag selection, mark status, accept one or all
// suggestions, auto-code this reply, next/previous untagged question, open the sidecar at an
// answer, and the Undo of a coding action. Code actions call the same commands with
// arguments; from the palette they work on the active editor's cursor or selection.
import * as os from 'node:os';
import { vscode } from './vscodeApi';
import { answerLine } from '../core/sidecar';
import { sidecarVariant } from '../core/reader';
import type { AnswerEdit, SidecarEditContext } from '../core/sidecar';
import { EXEMPTIONS, EXEMPTION_NAMES, STATUSES } from '../core/types';
import type { Exemption, Status } from '../core/types';
import {
  AUTO_CODER,
  adjacentMarker,
  autoCodeEdits,
  coderName,
  entryForSelection,
  entryForStatus,
  entryFromSuggestion,
  nearestQuestion,
  pendingSuggestions,
  questionIds,
  statusWords,
  suggestionLabel,
  trimSpan,
  untaggedMarkers,
} from './coding';
import { CMD } from './commandIds';
import type { CodingUndo } from './codingUndo';
import { isReplyDocument } from './replyModel';
import type { ReplyModel, ReplyState } from './replyModel';
import { suggestionFor } from './replyView';
import type { Span } from './replyView';
import { getSettings } from './settings';
import { applySidecarEdits } from './sidecarWriter';
import type { SidecarEdits } from './sidecarWriter';
import { chooseFolder, folderUri, openIndex } from './workspaceAccess';

/** Arguments a code action passes; every field optional so the palette can call with none. */
export interface CodingArgs {
  uri?: string;
  /** The reply's version the offsets belong to. */
  version?: number;
  id?: string;
  start?: number;
  end?: number;
  status?: Status;
  exemption?: Exemption;
  pickExemption?: boolean;
  /** Ask which question, with the nearest one first. */
  pickId?: boolean;
}

export interface CodingDeps {
  model: ReplyModel;
  undo: CodingUndo;
}

interface Target {
  doc: vscode.TextDocument;
  state: ReplyState;
  span: Span;
}

function notice(message: string): void {
  // Information only: nothing waits on the user's dismissal.
  void vscode.window.showInformationMessage(`FOI Coder: ${message}`);
}

function osUser(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return undefined; // no passwd entry (some containers)
  }
}

export function coderFor(uri: vscode.Uri): string {
  return coderName(getSettings(uri).coder, osUser());
}

function asArgs(arg: unknown): CodingArgs {
  return arg !== null && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as CodingArgs) : arg instanceof vscode.Uri ? { uri: arg.toString() } : {};
}

/** The reply, its state and the span to work on: from the arguments, else the active editor. */
async function target(model: ReplyModel, args: CodingArgs): Promise<Target | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : editor?.document;
  if (!doc || !isReplyDocument(doc)) {
    notice('open an FOI reply first.');
    return undefined;
  }
  if (args.version !== undefined && args.version !== doc.version) {
    notice('the reply changed meanwhile; try again.');
    return undefined;
  }
  const state = await model.getState(doc);
  if (!state) return undefined;
  let span: Span = { start: 0, end: 0 };
  if (args.start !== undefined) span = { start: args.start, end: args.end ?? args.start };
  else if (editor && editor.document === doc) span = { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) };
  return { doc, state, span };
}

/** `engine`: the edit takes the engine's reading (accept, auto-code), so it writes the variant it read. */
export function editContext(state: ReplyState, engine = false): SidecarEditContext {
  const replyName = state.uri.path.slice(state.uri.path.lastIndexOf('/') + 1);
  const context: SidecarEditContext = { replyName };
  if (state.questionnaire) context.order = state.questionnaire.questions.map((q) => q.id);
  const council = state.sidecar?.sidecar?.council ?? state.analysis.council;
  if (council) context.council = council;
  const variant = engine ? sidecarVariant(state.analysis.variant, state.questionnaire) : undefined;
  if (variant) context.variant = variant;
  return context;
}

async function write(deps: CodingDeps, state: ReplyState, edits: SidecarEdits, label: string, engine = false): Promise<boolean> {
  const change = await applySidecarEdits(state.sidecarUri, edits, editContext(state, engine), { label });
  deps.undo.push(label, [change], state.uri);
  return change?.changed ?? false;
}

async function pickId(state: ReplyState, nearest: string | undefined, title: string): Promise<string | undefined> {
  const ids = questionIds(state);
  const ordered = nearest ? [nearest, ...ids.filter((i) => i !== nearest)] : ids;
  const byId = state.questionnaire?.byId;
  const items = ordered.map((id) => ({ label: id, description: byId?.get(id)?.text ?? '' }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Question id', matchOnDescription: true });
  return picked?.label;
}

async function pickStatus(id: string): Promise<Status | undefined> {
  const picked = await vscode.window.showQuickPick(
    STATUSES.map((s) => ({ label: statusWords(s), status: s })),
    { title: `Mark ${id} as…` },
  );
  return picked?.status;
}

async function pickExemption(id: string, first?: Exemption): Promise<Exemption | undefined> {
  const ordered = first ? [first, ...EXEMPTIONS.filter((e) => e !== first)] : [...EXEMPTIONS];
  const picked = await vscode.window.showQuickPick(
    ordered.map((e) => ({ label: e, description: e === first ? `${EXEMPTION_NAMES[e]} · suggested` : EXEMPTION_NAMES[e] })),
    // (Typing "privilege" or "security" finds the section by its name.)
    { title: `${id} refused under which exemption?`, matchOnDescription: true },
  );
  return picked?.label as Exemption | undefined;
}

export async function tagSelection(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const args = asArgs(arg);
  const t = await target(deps.model, args);
  if (!t) return false;
  const span = trimSpan(t.state.text, t.span.start, t.span.end);
  if (span.end <= span.start) {
    notice('select the answer text first.');
    return false;
  }
  const id = args.id && !args.pickId ? args.id : await pickId(t.state, args.id ?? nearestQuestion(t.state, span.start)?.id, 'Tag selection as answer to…');
  if (!id) return false;
  const entry = entryForSelection(t.state, id, span, coderFor(t.doc.uri), args.status ?? 'answered');
  if (!entry) return false;
  return write(deps, t.state, [{ id, entry }], `tag ${id}`);
}

export async function markStatus(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const args = asArgs(arg);
  const t = await target(deps.model, args);
  if (!t) return false;
  const id = args.id ?? nearestQuestion(t.state, t.span.start)?.id ?? (await pickId(t.state, undefined, 'Mark which question?'));
  if (!id) return false;
  const status = args.status ?? (await pickStatus(id));
  if (!status) return false;
  let exemption = args.exemption;
  if (status === 'refused' && !exemption && (args.pickExemption || args.status === undefined)) {
    exemption = await pickExemption(id, suggestionFor(t.state.analysis, id)?.exemption ?? t.state.sidecar?.sidecar?.answers.get(id)?.exemption);
    if (!exemption) return false;
  }
  const options: { exemption?: Exemption; span?: Span } = { span: t.span };
  if (exemption) options.exemption = exemption;
  const entry = entryForStatus(t.state, id, status, coderFor(t.doc.uri), options);
  return write(deps, t.state, [{ id, entry }], `mark ${id} ${statusWords(status, exemption)}`);
}

export async function acceptSuggestion(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const args = asArgs(arg);
  const t = await target(deps.model, args);
  if (!t) return false;
  const near = nearestQuestion(t.state, t.span.start);
  const id = args.id ?? near?.id;
  const s = id ? suggestionFor(t.state.analysis, id, near?.id === id ? near.marker : undefined) : undefined;
  if (!id || !s) {
    notice(id ? `no suggestion for ${id}.` : 'put the cursor in a question to accept its suggestion.');
    return false;
  }
  // The user asked for this exact question, so an existing tag is replaced.
  return write(deps, t.state, [{ id, entry: entryFromSuggestion(t.state, s, coderFor(t.doc.uri)) }], `accept ${id} ${suggestionLabel(s)}`, true);
}

export async function acceptAllSuggestions(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const t = await target(deps.model, asArgs(arg));
  if (!t) return false;
  let count = 0;
  // Chosen from the sidecar as it is when written: a tag added meanwhile is never replaced.
  const ok = await write(
    deps,
    t.state,
    (current) => {
      const f = { ...t.state, sidecar: current };
      const edits = pendingSuggestions(f).map((s) => ({ id: s.id, entry: entryFromSuggestion(f, s, AUTO_CODER) }));
      count = edits.length;
      return edits;
    },
    'accept all suggestions',
    true,
  );
  if (count === 0) notice('every question with a suggestion is already coded.');
  return ok;
}

export async function autoCodeReply(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const t = await target(deps.model, asArgs(arg));
  if (!t) return false;
  const min = getSettings(t.doc.uri).minConfidence;
  let coded: AnswerEdit[] = [];
  let unsure = 0;
  const ok = await write(
    deps,
    t.state,
    (current) => {
      const f = { ...t.state, sidecar: current };
      coded = autoCodeEdits(f, min);
      unsure = pendingSuggestions(f).length - coded.length;
      return coded;
    },
    'auto-code this reply',
    true,
  );
  const rest = unsure > 0 ? ` ${unsure} suggestion${unsure === 1 ? '' : 's'} below ${Math.round(min * 100)}% left for you.` : '';
  if (ok) notice(`auto-coded ${coded.length} answer${coded.length === 1 ? '' : 's'} (${coded.map((e) => e.id).join(' ')}).${rest}`);
  else if (coded.length === 0) notice(`nothing to auto-code in this reply.${rest}`);
  return ok;
}

function moveTo(editor: vscode.TextEditor, offset: number): void {
  const pos = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function goToUntagged(deps: CodingDeps, direction: 'next' | 'previous'): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isReplyDocument(editor.document)) return openNextReplyWithGaps(deps.model, undefined, direction);
  const state = await deps.model.getState(editor.document);
  if (!state) return false;
  const markers = untaggedMarkers(state);
  const m = adjacentMarker(markers, editor.document.offsetAt(editor.selection.active), direction);
  if (m) {
    moveTo(editor, m.start);
    return true;
  }
  return openNextReplyWithGaps(deps.model, editor.document.uri, direction);
}

/** Put the cursor on the first (last) untagged marker of a reply just opened. */
export async function revealFirstUntagged(model: ReplyModel, editor: vscode.TextEditor, direction: 'next' | 'previous'): Promise<boolean> {
  const state = await model.getState(editor.document);
  const markers = state ? untaggedMarkers(state) : [];
  const m = direction === 'next' ? markers[0] : markers[markers.length - 1];
  if (m) moveTo(editor, m.start);
  return m !== undefined;
}

/**
 * Open the next (previous) reply, in path order after `from` and wrapping around, whose council
 * still has missing answers, with the cursor on its first untagged marker.
 */
export async function openNextReplyWithGaps(model: ReplyModel, from: vscode.Uri | undefined, direction: 'next' | 'previous'): Promise<boolean> {
  const folder = from ? vscode.workspace.getWorkspaceFolder(from) : await chooseFolder();
  if (!folder) return false;
  const index = await openIndex(folder);
  const gaps = new Set(index.coverage().councils.filter((c) => c.missing.length > 0).flatMap((c) => c.files));
  const paths = index.replies().map((r) => r.path);
  const current = from ? vscode.workspace.asRelativePath(from, false) : undefined;
  const here = current === undefined ? -1 : paths.indexOf(current);
  const n = paths.length;
  for (let step = 1; step <= n; step++) {
    const i = direction === 'next' ? (here + step + n) % n : (here - step + 2 * n) % n;
    const path = paths[i]!;
    if (path === current || !gaps.has(path)) continue;
    const editor = await vscode.window.showTextDocument(folderUri(folder, path), { preview: false });
    if (!(await revealFirstUntagged(model, editor, direction))) notice(`${path}: questions are missing but have no marker here; code them by selection.`);
    return true;
  }
  notice(current === undefined ? 'no reply has untagged questions.' : 'no untagged question left in this reply or any other.');
  return false;
}

function uriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  if (arg && typeof arg === 'object') {
    const o = arg as { uri?: unknown; resourceUri?: unknown };
    return uriOf(o.uri) ?? uriOf(o.resourceUri);
  }
  return undefined;
}

/** Open the sidecar with the `Qx:` line of the answer under the cursor (or `args.id`) revealed. */
export async function openSidecar(deps: CodingDeps, arg?: unknown): Promise<boolean> {
  const args = asArgs(arg);
  const given = uriOf(arg);
  let sidecar: vscode.Uri | undefined;
  let id = args.id;
  if (given && given.path.toLowerCase().endsWith('.answers.yaml')) sidecar = given;
  else {
    const t = await target(deps.model, given ? { ...args, uri: given.toString() } : args);
    if (!t) return false;
    sidecar = t.state.sidecarUri;
    id ??= nearestQuestion(t.state, t.span.start)?.id;
  }
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(sidecar);
  } catch {
    notice('this reply has no sidecar yet: code an answer first.');
    return false;
  }
  let line = 0;
  if (id) {
    try {
      line = Math.max(0, (answerLine(doc.getText(), id) ?? 1) - 1);
    } catch {
      line = 0; // an unreadable sidecar opens at its top; diagnostics say what is wrong
    }
  }
  const range = new vscode.Range(line, 0, line, doc.lineAt(line).text.length);
  await vscode.window.showTextDocument(doc, { selection: range, preview: false });
  return true;
}

export function registerCodingCommands(deps: CodingDeps): vscode.Disposable {
  const reg = (id: string, run: (arg?: unknown) => Promise<boolean>): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        return await run(arg);
      } catch (e) {
        void vscode.window.showErrorMessage(`FOI Coder: ${e instanceof Error ? e.message : String(e)}`); // never throw into VS Code
        return false;
      }
    });
  return vscode.Disposable.from(
    reg(CMD.tagSelection, (a) => tagSelection(deps, a)),
    reg(CMD.markStatus, (a) => markStatus(deps, a)),
    reg(CMD.acceptSuggestion, (a) => acceptSuggestion(deps, a)),
    reg(CMD.acceptAllSuggestions, (a) => acceptAllSuggestions(deps, a)),
    reg(CMD.autoCodeReply, (a) => autoCodeReply(deps, a)),
    reg(CMD.nextUntagged, () => goToUntagged(deps, 'next')),
    reg(CMD.previousUntagged, () => goToUntagged(deps, 'previous')),
    reg(CMD.openSidecar, (a) => openSidecar(deps, a)),
    reg(CMD.undoCoding, () => deps.undo.undo()),
  );
}
