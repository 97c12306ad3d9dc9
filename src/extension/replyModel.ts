// The shared model of open replies: for each open `foi-reply` document, its analysis, its
// sidecar (the open editor's text when there is one, else the file), the questionnaire and
// where each coded answer's quote is now. Every editor feature reads from here and listens to
// one event; none of them parses. Edits are debounced per document; an editor switch, a
// sidecar or questionnaire change (typed, saved or from a `git checkout`) is picked up quickly.
import { vscode } from './vscodeApi';
import type { SidecarParse } from '../core/sidecar';
import type { Problem, Questionnaire, ReplyAnalysis } from '../core/types';
import { QuestionnaireSource, SidecarFiles, sidecarUriFor } from './modelSources';
import type { QuestionnaireInfo } from './modelSources';
import { anchorAnswers, safeAnalyze } from './replyCompute';
import type { AnswerAnchor } from './replyCompute';

export type { AnswerAnchor } from './replyCompute';
export type { QuestionnaireInfo } from './modelSources';
export { sidecarUriFor } from './modelSources';

export const REPLY_LANGUAGE = 'foi-reply';
/** Typing pauses this long before a reply is analysed again. */
export const EDIT_DEBOUNCE_MS = 300;
/** Sidecar and questionnaire changes come in bursts (a checkout, a save of several files). */
const FILE_DEBOUNCE_MS = 100;

export interface ReplyState {
  uri: vscode.Uri;
  /** The document version the state was computed from. */
  version: number;
  text: string;
  analysis: ReplyAnalysis;
  sidecarUri: vscode.Uri;
  /** null when the reply has no sidecar yet. */
  sidecarText: string | null;
  sidecar: SidecarParse | null;
  questionnaireUri: vscode.Uri | null;
  questionnaire: Questionnaire | null;
  questionnaireProblems: Problem[];
  /** Each sidecar answer, keyed by question id, with its quote anchored in `text`. */
  anchors: Map<string, AnswerAnchor>;
}

interface Stored extends ReplyState {
  sidecarGen: number;
  questionnaireGen: number;
}

export function isReplyDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === REPLY_LANGUAGE;
}

export class ReplyModel implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a reply's URI when its state changed (or was dropped because it closed). */
  readonly onDidChangeReply: vscode.Event<vscode.Uri> = this.emitter.event;
  private readonly questionnaireEmitter = new vscode.EventEmitter<void>();
  /** Fires when a questionnaire in use changed (or the setting that places it): views of unopened replies refresh. */
  readonly onDidChangeQuestionnaire: vscode.Event<void> = this.questionnaireEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.questionnaireEmitter];
  private readonly states = new Map<string, Stored>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly sidecars = new SidecarFiles();
  private readonly questionnaires: QuestionnaireSource;
  private sidecarWatcher: vscode.FileSystemWatcher | undefined;
  private disposed = false;

  constructor() {
    this.questionnaires = new QuestionnaireSource(() => {
      this.questionnaireEmitter.fire();
      this.scheduleAll(FILE_DEBOUNCE_MS);
    });
    this.disposables.push(
      this.questionnaires,
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e.document)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && isReplyDocument(e.document)) this.schedule(e.document.uri, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.onOpen(d);
  }

  /** The latest computed state of a reply (possibly of an older version while typing). */
  get(uri: vscode.Uri): ReplyState | undefined {
    return this.states.get(uri.toString());
  }

  /** The state of exactly this version of the document, computed now if needed. */
  async getState(doc: vscode.TextDocument): Promise<ReplyState | undefined> {
    if (!isReplyDocument(doc) || doc.isClosed) return undefined;
    const key = doc.uri.toString();
    const cached = this.states.get(key);
    if (cached && this.isCurrent(cached, doc)) return cached;
    this.clearTimer(key);
    return this.compute(doc);
  }

  /** Open reply documents. */
  replyDocuments(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((d) => isReplyDocument(d) && !d.isClosed);
  }

  /** The questionnaire that applies to a file (cached; watched once asked for). */
  questionnaireFor(uri: vscode.Uri): Promise<QuestionnaireInfo> {
    return this.questionnaires.get(uri);
  }

  /** Forget cached files and recompute every open reply (or one). */
  async refresh(uri?: vscode.Uri): Promise<void> {
    this.sidecars.clear();
    this.questionnaires.clear();
    const docs = this.replyDocuments().filter((d) => !uri || d.uri.toString() === uri.toString());
    for (const d of docs) this.sidecars.bump(sidecarUriFor(d.uri).toString());
    await Promise.all(docs.map((d) => this.getState(d)));
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.sidecarWatcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  // ---- events ---------------------------------------------------------------------------------

  private onOpen(doc: vscode.TextDocument): void {
    if (isReplyDocument(doc)) {
      this.ensureWatcher();
      this.schedule(doc.uri, 0);
    } else this.onOtherFile(doc.uri);
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.states.has(key) || this.timers.has(key)) {
      this.clearTimer(key);
      this.states.delete(key);
      this.sidecars.forgetParse(sidecarUriFor(doc.uri).toString());
      this.emitter.fire(doc.uri);
    }
    // A closed sidecar may have been dirty: the file on disk is the truth again.
    this.onOtherFile(doc.uri);
  }

  private onChange(doc: vscode.TextDocument): void {
    if (isReplyDocument(doc)) this.schedule(doc.uri, EDIT_DEBOUNCE_MS);
    else this.onOtherFile(doc.uri);
  }

  /** A sidecar or questionnaire may have changed: invalidate it and recompute its replies. */
  private onOtherFile(uri: vscode.Uri): void {
    const key = uri.toString();
    this.questionnaires.invalidate(uri);
    if (!key.toLowerCase().endsWith('.answers.yaml')) return;
    this.sidecars.bump(key);
    for (const d of this.replyDocuments()) {
      if (sidecarUriFor(d.uri).toString() === key) this.schedule(d.uri, FILE_DEBOUNCE_MS);
    }
  }

  private ensureWatcher(): void {
    if (this.sidecarWatcher || this.disposed) return;
    const w = vscode.workspace.createFileSystemWatcher('**/*.answers.yaml');
    const changed = (u: vscode.Uri): void => this.onOtherFile(u);
    w.onDidChange(changed);
    w.onDidCreate(changed);
    w.onDidDelete(changed);
    this.sidecarWatcher = w;
  }

  // ---- computing ------------------------------------------------------------------------------

  private isCurrent(s: Stored, doc: vscode.TextDocument): boolean {
    return (
      s.version === doc.version &&
      s.sidecarGen === this.sidecars.generation(s.sidecarUri.toString()) &&
      s.questionnaireGen === this.questionnaires.generation
    );
  }

  private clearTimer(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  private schedule(uri: vscode.Uri, delay: number): void {
    if (this.disposed) return;
    const key = uri.toString();
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        // Failures are already turned into problems inside compute; nothing is left to await.
        if (doc) void this.getState(doc).catch(() => undefined);
      }, delay),
    );
  }

  private scheduleAll(delay: number): void {
    for (const d of this.replyDocuments()) this.schedule(d.uri, delay);
  }

  private async compute(doc: vscode.TextDocument): Promise<ReplyState | undefined> {
    // A newer version may arrive while files are read: try again a few times, then give the
    // caller the last consistent state rather than nothing.
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = doc.version;
      const sidecarUri = sidecarUriFor(doc.uri);
      const sidecarGen = this.sidecars.generation(sidecarUri.toString());
      const questionnaireGen = this.questionnaires.generation;
      const [q, sidecarText] = await Promise.all([this.questionnaires.get(doc.uri), this.sidecars.read(sidecarUri)]);
      if (doc.isClosed || this.disposed) return undefined;
      const text = doc.getText();
      const file = vscode.workspace.asRelativePath(doc.uri, false);
      const sidecar = this.sidecars.parse(sidecarUri, sidecarText);
      const state: Stored = {
        uri: doc.uri,
        version,
        text,
        analysis: safeAnalyze(text, q.questionnaire, file),
        sidecarUri,
        sidecarText,
        sidecar,
        questionnaireUri: q.uri,
        questionnaire: q.questionnaire,
        questionnaireProblems: q.problems,
        anchors: anchorAnswers(text, sidecar),
        sidecarGen,
        questionnaireGen,
      };
      if (doc.version !== version && attempt < 2) continue;
      if (this.isCurrent(state, doc) || !this.states.has(doc.uri.toString())) {
        this.states.set(doc.uri.toString(), state);
        this.emitter.fire(doc.uri);
      }
      return state;
    }
    return undefined;
  }
}
