// THE writer of sidecars in the extension: every coding action goes through here.
// - The new text comes from the engine's applyAnswerEdits (comments and untouched entries
//   kept); a sidecar whose current text does not parse is never written, the user is told
//   the line.
// - Sidecar open in VS Code: one WorkspaceEdit replacing only the changed lines, computed from
//   the document's current text (a dirty editor's unsaved edits included); saved afterwards
//   only if it was clean before — the disk is never written under a dirty editor.
// - Not open: the engine's atomic write, refused if the file changed since it was read.
// - The engine's one rule for files that exist but cannot be used (core/files.ts
//   readSidecarFile): a binary or non-UTF-8 sidecar, a folder or FIFO, an unreadable or
//   read-only file, a link out of the workspace is never written; the user is told which file
//   and why. A link inside the workspace is written through (the link stays a link).
// - Writes to one sidecar are queued, so two quick actions never start from the same old text.
import { vscode } from './vscodeApi';
import { ConflictError, readSidecarFile, writeFileAtomic } from '../core/files';
import type { FileSnapshot } from '../core/files';
import { applyAnswerEdits, parseSidecar } from '../core/sidecar';
import type { AnswerEdit, SidecarEditContext, SidecarParse } from '../core/sidecar';
import type { Problem } from '../core/types';
import { changedRange } from './coding';

/** What one write did: the sidecar's text before (null = it did not exist) and after. */
export interface SidecarChange {
  uri: vscode.Uri;
  before: string | null;
  after: string;
  /** false when the edits left the sidecar as it was (nothing written). */
  changed: boolean;
}

const queues = new Map<string, Promise<unknown>>();

const written = new vscode.EventEmitter<vscode.Uri>();
/** Fires after this writer changed a sidecar (on disk or in its open editor): coverage listens. */
export const onDidWriteSidecar: vscode.Event<vscode.Uri> = written.event;

function queued<T>(uri: vscode.Uri, job: () => Promise<T>): Promise<T> {
  const key = uri.toString();
  const run = (queues.get(key) ?? Promise.resolve()).then(job, job);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  // Only cleans the map up; the caller awaits `run`.
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function reportRefusal(uri: vscode.Uri, problems: readonly Problem[]): void {
  const p = problems.find((x) => x.severity === 'error') ?? problems[0];
  const where = p ? `line ${p.line}, column ${p.column}: ${p.message}` : 'it does not parse';
  const name = vscode.workspace.asRelativePath(uri, false);
  // A notice: the coding action has already ended; the user opens the sidecar if they wish.
  void vscode.window.showErrorMessage(`FOI Coder: ${name} was not changed — ${where}. Fix the sidecar, then code again.`, 'Open Sidecar').then(
    async (choice) => {
      if (choice !== 'Open Sidecar') return;
      const line = Math.max(0, (p?.line ?? 1) - 1);
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
    },
    () => undefined,
  );
}

/** Replace a document's text by `after` with one WorkspaceEdit; save it if it was clean. */
async function editDocument(doc: vscode.TextDocument, after: string, label: string): Promise<boolean> {
  const wasDirty = doc.isDirty;
  const before = doc.getText();
  if (before === after) return true;
  const r = changedRange(before, after);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.endOld)), after.slice(r.start, r.endNew), {
    label,
    needsConfirmation: false,
  });
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (!wasDirty && !(await doc.save())) {
    // The coding is in the editor but not on disk (e.g. the file changed underneath): say so and
    // leave the editor dirty, so nothing is lost and VS Code's compare/overwrite choice applies.
    const name = vscode.workspace.asRelativePath(doc.uri, false);
    void vscode.window.showWarningMessage(`FOI Coder: the coding is in ${name} but VS Code could not save it. Review the sidecar and save it.`, 'Show Sidecar').then(
      async (choice) => {
        if (choice === 'Show Sidecar') await vscode.window.showTextDocument(doc);
      },
      () => undefined,
    );
  }
  return true;
}

/** What a write starts from: the open document, or the file on disk as the engine's rule reads it. */
interface Current {
  doc?: vscode.TextDocument;
  snap: FileSnapshot | null;
  /** Where the bytes are written: the file, or the target of a link inside the workspace. */
  path: string;
  /** Set when the file exists but may not be written: why, with a position. */
  refused?: Problem[];
}

/**
 * The open document to edit, if any. A clean document whose text is not what is on disk is
 * stale (VS Code has not reloaded it yet): writing through it would save old text over a newer
 * file, so the disk is written instead and VS Code reloads the clean document.
 */
async function documentToEdit(uri: vscode.Uri): Promise<Current> {
  const doc = openDocument(uri) ?? (uri.scheme === 'file' ? undefined : await vscode.workspace.openTextDocument(uri));
  if (doc && (doc.isDirty || uri.scheme !== 'file')) return { doc, snap: null, path: uri.fsPath };
  const disk = await snapshot(uri);
  if (!doc || disk.refused) return disk;
  if (disk.snap && disk.snap.text !== doc.getText()) return disk;
  return { doc, snap: null, path: uri.fsPath };
}

async function snapshot(uri: vscode.Uri): Promise<Current> {
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
  const read = await readSidecarFile(uri.fsPath, root);
  const name = vscode.workspace.asRelativePath(uri, false);
  if (read.kind === 'unusable') return { snap: null, path: uri.fsPath, refused: read.problems.map((p) => ({ ...p, file: name })) };
  if (read.kind === 'absent') return { snap: null, path: read.path };
  if (read.readOnly) return { snap: read.snap, path: read.path, refused: [{ severity: 'error', code: 'sidecar-read-only', message: `${name} is read-only; not written (make it writable to code it)`, file: name, line: 1, column: 1 }] };
  return { snap: read.snap, path: read.path };
}

async function writeFile(path: string, snap: FileSnapshot | null, text: string): Promise<void> {
  const bytes = Buffer.from((snap?.bom ? '\uFEFF' : '') + text, 'utf8');
  await writeFileAtomic(path, bytes, { expected: snap ? { hash: snap.hash } : null });
}

export interface WriteOptions {
  /** The undo label of the edit in an open sidecar. */
  label?: string;
  /** Called instead of showing a message when the sidecar does not parse (bulk runs summarise). */
  onRefused?: (problems: readonly Problem[]) => void;
}

/**
 * The edits, or a function choosing them from the sidecar as it is at the moment of writing
 * (null: no sidecar yet) — so "only questions without a tag" is decided on the text edited,
 * never on an older copy.
 */
export type SidecarEdits = readonly AnswerEdit[] | ((current: SidecarParse | null) => readonly AnswerEdit[]);

function parseCurrent(text: string | null): SidecarParse | null {
  if (text === null) return null;
  try {
    return parseSidecar(text);
  } catch {
    return { sidecar: null, problems: [] };
  }
}

async function applyNow(uri: vscode.Uri, wanted: SidecarEdits, context: SidecarEditContext, options: WriteOptions): Promise<SidecarChange | undefined> {
  const label = options.label ?? 'FOI coding';
  // A conflict means someone else wrote the file between our read and our write: read again once.
  for (let attempt = 0; ; attempt++) {
    const { doc, snap, path, refused } = await documentToEdit(uri);
    if (refused) {
      if (options.onRefused) options.onRefused(refused);
      else reportRefusal(uri, refused);
      return undefined;
    }
    const before = doc ? doc.getText() : (snap?.text ?? null);
    const edits = typeof wanted === 'function' ? wanted(parseCurrent(before)) : wanted;
    if (edits.length === 0) return { uri, before, after: before ?? '', changed: false };
    const result = applyAnswerEdits(before, edits, context);
    if (!result.ok) {
      if (options.onRefused) options.onRefused(result.problems);
      else reportRefusal(uri, result.problems);
      return undefined;
    }
    if (before === result.text) return { uri, before, after: result.text, changed: false };
    try {
      if (doc) {
        if (!(await editDocument(doc, result.text, label))) throw new Error('VS Code did not apply the edit');
      } else await writeFile(path, snap, result.text);
      written.fire(uri);
      return { uri, before, after: result.text, changed: true };
    } catch (e) {
      if (e instanceof ConflictError && attempt === 0) continue;
      void vscode.window.showErrorMessage(`FOI Coder: could not write ${vscode.workspace.asRelativePath(uri, false)}: ${errorText(e)}`); // a notice only
      return undefined;
    }
  }
}

/**
 * Apply answer edits to a sidecar (creating it with the engine's header when missing).
 * Returns what changed, or undefined when nothing was written (the user has been told why).
 */
export function applySidecarEdits(sidecarUri: vscode.Uri, edits: SidecarEdits, context: SidecarEditContext, options: WriteOptions = {}): Promise<SidecarChange | undefined> {
  return queued(sidecarUri, () => applyNow(sidecarUri, edits, context, options));
}

/**
 * Put a sidecar back to `text` (null: remove the file this action created), but only if it
 * still holds `expected` — used by undo. Returns false when it changed meanwhile.
 */
export function restoreSidecarText(uri: vscode.Uri, expected: string, text: string | null, label = 'Undo FOI coding'): Promise<boolean> {
  return queued(uri, async () => {
    const { doc, snap, path, refused } = await documentToEdit(uri);
    if (refused) return false;
    if (doc) {
      if (doc.getText() !== expected) return false;
      const ok = await editDocument(doc, text ?? '', label);
      if (ok) written.fire(uri);
      return ok;
    }
    if (!snap || snap.text !== expected) return false;
    try {
      if (text === null) await vscode.workspace.fs.delete(uri, { useTrash: false });
      else await writeFile(path, snap, text);
      written.fire(uri);
      return true;
    } catch {
      return false;
    }
  });
}
