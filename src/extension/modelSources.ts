// Where the reply model's other files come from: the sidecar beside a reply, and the
// questionnaire of the reply's workspace folder (`foiCoder.questionnairePath`), read from its
// editor when open, else from disk, parsed once per change and watched once asked for.
import { vscode } from './vscodeApi';
import { readSidecarFile } from '../core/files';
import { parseQuestionnaire } from '../core/questionnaire';
import { sidecarPathFor } from '../core/sidecar';
import type { SidecarParse } from '../core/sidecar';
import { safeParseSidecar } from './replyCompute';
import { decodeSidecarBytes } from '../core/text';
import type { Problem, Questionnaire } from '../core/types';
import { getSettings, onDidChangeSettings } from './settings';

export function sidecarUriFor(replyUri: vscode.Uri): vscode.Uri {
  return replyUri.with({ path: sidecarPathFor(replyUri.path) });
}

/**
 * Sidecar texts: an open editor's text wins (it may be unsaved); files on disk are cached until
 * their generation is bumped by a change event.
 */
export class SidecarFiles {
  private readonly generations = new Map<string, number>();
  private readonly files = new Map<string, { gen: number; text: string | null; problem?: Problem }>();
  /** Sidecars that exist but cannot be used (engine rule): why, with a position. */
  private readonly unusable = new Map<string, Problem>();
  /** The last parse of each sidecar: typing in a reply must not re-parse an unchanged sidecar. */
  private readonly parses = new Map<string, { text: string; parse: SidecarParse }>();

  generation(key: string): number {
    return this.generations.get(key) ?? 0;
  }

  bump(key: string): void {
    this.generations.set(key, this.generation(key) + 1);
    this.files.delete(key);
  }

  clear(): void {
    this.files.clear();
  }

  parse(uri: vscode.Uri, text: string | null): SidecarParse | null {
    const key = uri.toString();
    if (text === null) {
      this.parses.delete(key);
      // Exists but cannot be used: an error naming the file, never "no sidecar yet".
      const problem = this.unusable.get(key);
      return problem ? { sidecar: null, problems: [problem] } : null;
    }
    const last = this.parses.get(key);
    if (last && last.text === text) return last.parse;
    const parse = safeParseSidecar(text, vscode.workspace.asRelativePath(uri, false));
    this.parses.set(key, { text, parse });
    return parse;
  }

  forgetParse(key: string): void {
    this.parses.delete(key);
  }

  /**
   * null when the reply has no sidecar yet (it is simply uncoded) — or when it exists but cannot
   * be used, in which case `parse` gives its error.
   */
  async read(uri: vscode.Uri): Promise<string | null> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      this.unusable.delete(key);
      return open.getText();
    }
    const gen = this.generation(key);
    let cached = this.files.get(key);
    if (!cached || cached.gen !== gen) {
      const got = await readSidecarText(uri);
      cached = { gen, ...got };
      if (this.generation(key) === gen) this.files.set(key, cached);
    }
    if (cached.problem) this.unusable.set(key, cached.problem);
    else this.unusable.delete(key);
    return cached.text;
  }
}

export interface QuestionnaireInfo {
  /** The questionnaire file that applies (it may not exist); null when none can be placed. */
  uri: vscode.Uri | null;
  exists: boolean;
  text: string | null;
  questionnaire: Questionnaire | null;
  problems: Problem[];
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p);
}

async function readText(uri: vscode.Uri): Promise<string | null> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** A sidecar's text under the engine's one rule (core/files.ts): absent, usable, or a problem. */
async function readSidecarText(uri: vscode.Uri): Promise<{ text: string | null; problem?: Problem }> {
  const name = vscode.workspace.asRelativePath(uri, false);
  if (uri.scheme === 'file') {
    const read = await readSidecarFile(uri.fsPath, vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath);
    if (read.kind === 'absent') return { text: null };
    if (read.kind === 'unusable') return { text: null, problem: { ...read.problems[0]!, file: name } };
    return { text: read.snap.text };
  }
  try {
    const st = await vscode.workspace.fs.stat(uri);
    if (!(st.type & vscode.FileType.File)) return { text: null, problem: { severity: 'error', code: 'sidecar-unreadable', message: `${name} is not a regular file; not read, never written`, file: name, line: 1, column: 1 } };
    const decoded = decodeSidecarBytes(await vscode.workspace.fs.readFile(uri));
    if (!decoded.ok) return { text: null, problem: { severity: 'error', code: 'sidecar-encoding', message: decoded.message, file: name, line: decoded.line, column: decoded.column } };
    return { text: decoded.text };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { text: null };
    return { text: null, problem: { severity: 'error', code: 'sidecar-unreadable', message: `${name} cannot be read: ${e instanceof Error ? e.message : String(e)}`, file: name, line: 1, column: 1 } };
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export class QuestionnaireSource implements vscode.Disposable {
  /** Bumped whenever any questionnaire (or where it is) changes. */
  generation = 0;
  private readonly cache = new Map<string, Promise<QuestionnaireInfo>>();
  /** For files outside every workspace folder: folder → the questionnaire found near it. */
  private readonly nearby = new Map<string, Promise<vscode.Uri | null>>();
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly settingsListener: vscode.Disposable;

  constructor(private readonly onDidChange: () => void) {
    this.settingsListener = onDidChangeSettings((e) => {
      if (e.affectsConfiguration('foiCoder.questionnairePath')) {
        this.clear();
        this.onDidChange();
      }
    });
  }

  async get(fileUri: vscode.Uri): Promise<QuestionnaireInfo> {
    const uri = await this.locate(fileUri);
    if (!uri) return { uri: null, exists: false, text: null, questionnaire: null, problems: [] };
    const key = uri.toString();
    let info = this.cache.get(key);
    if (!info) {
      this.watch(uri);
      info = this.read(uri);
      this.cache.set(key, info);
    }
    return info;
  }

  /** Called for every changed file; reacts only to a questionnaire in use. */
  invalidate(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.cache.has(key) && !this.watchers.has(key)) return;
    this.cache.delete(key);
    this.nearby.clear();
    this.generation++;
    this.onDidChange();
  }

  clear(): void {
    this.cache.clear();
    this.nearby.clear();
    this.generation++;
  }

  dispose(): void {
    this.settingsListener.dispose();
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }

  private async locate(fileUri: vscode.Uri): Promise<vscode.Uri | null> {
    const rel = getSettings(fileUri).questionnairePath;
    if (isAbsolute(rel)) return vscode.Uri.file(rel);
    const folder = vscode.workspace.getWorkspaceFolder(fileUri);
    if (folder) return vscode.Uri.joinPath(folder.uri, rel);
    if (fileUri.scheme !== 'file') return null;
    // A reply opened on its own: look beside it, then one level up (`survey/replies/x.txt`).
    const dir = vscode.Uri.joinPath(fileUri, '..');
    let found = this.nearby.get(dir.toString());
    if (!found) {
      found = (async () => {
        for (const base of [dir, vscode.Uri.joinPath(dir, '..')]) {
          const candidate = vscode.Uri.joinPath(base, rel);
          if (await exists(candidate)) return candidate;
        }
        return null;
      })();
      this.nearby.set(dir.toString(), found);
    }
    return found;
  }

  private async read(uri: vscode.Uri): Promise<QuestionnaireInfo> {
    const text = await readText(uri);
    if (text === null) return { uri, exists: false, text: null, questionnaire: null, problems: [] };
    const parsed = parseQuestionnaire(text, vscode.workspace.asRelativePath(uri, false));
    return { uri, exists: true, text, questionnaire: parsed.questionnaire, problems: parsed.problems };
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key) || uri.scheme !== 'file') return;
    const dir = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, name));
    const changed = (): void => this.invalidate(uri);
    w.onDidChange(changed);
    w.onDidCreate(changed);
    w.onDidDelete(changed);
    this.watchers.set(key, w);
  }
}
