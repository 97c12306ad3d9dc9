// Which files are replies: those matching `foiCoder.replyGlobs` (relative to their workspace
// folder) get the `foi-reply` language when opened, and "Treat This File as an FOI Reply"
// gives it to any file for the rest of the session. package.json's filenamePatterns cover
// the default globs; this covers the user's own. A user who switches a reply back to another
// language is left alone for that file.
import { vscode } from './vscodeApi';
import { replyMatcher } from '../core/workspace';
import { REPLY_LANGUAGE } from './replyModel';
import { getSettings, onDidChangeSettings } from './settings';

export const TREAT_AS_REPLY_COMMAND = 'foiCoder.treatAsReply';
/** A close followed this quickly by an open of the same file is a language change, not a reopen. */
const LANGUAGE_SWITCH_MS = 200;

/** Files the user asked to treat as replies this session. */
const treated = new Set<string>();

/** The path globs are matched against: relative to the file's workspace folder. */
function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
}

/** Whether a file is a reply by the settings (or by the user's say-so this session). */
export function isReplyUri(uri: vscode.Uri): boolean {
  if (treated.has(uri.toString())) return true;
  if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote' && uri.scheme !== 'vscode-vfs') return false;
  return replyMatcher(getSettings(uri).replyGlobs)(relativePath(uri));
}

export function registerLanguage(): vscode.Disposable {
  const optedOut = new Set<string>();
  const closed = new Map<string, { at: number; languageId: string }>();

  const apply = async (doc: vscode.TextDocument): Promise<void> => {
    const key = doc.uri.toString();
    if (doc.isClosed || doc.languageId === REPLY_LANGUAGE || optedOut.has(key)) return;
    // Only plain text is taken over by the globs; an explicit request takes any language.
    if (!treated.has(key) && (doc.languageId !== 'plaintext' || !isReplyUri(doc.uri))) return;
    await vscode.languages.setTextDocumentLanguage(doc, REPLY_LANGUAGE);
  };
  const applyLogged = (doc: vscode.TextDocument): void => {
    apply(doc).catch((e: unknown) => console.warn(`FOI Coder: could not set the reply language of ${doc.uri.toString()}`, e));
  };

  const treatAsReply = async (arg?: unknown): Promise<void> => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('FOI Coder: open the file to treat as a reply first.'); // a notice only
      return;
    }
    treated.add(uri.toString());
    optedOut.delete(uri.toString());
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== REPLY_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, REPLY_LANGUAGE);
    if (arg instanceof vscode.Uri) await vscode.window.showTextDocument(doc, { preview: false });
  };

  const subscriptions = [
    vscode.commands.registerCommand(TREAT_AS_REPLY_COMMAND, treatAsReply),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const now = Date.now();
      if (closed.size > 100) for (const [k, v] of closed) if (now - v.at > LANGUAGE_SWITCH_MS) closed.delete(k);
      closed.set(doc.uri.toString(), { at: now, languageId: doc.languageId });
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      const before = closed.get(key);
      closed.delete(key);
      if (before && before.languageId === REPLY_LANGUAGE && doc.languageId !== REPLY_LANGUAGE && Date.now() - before.at < LANGUAGE_SWITCH_MS) {
        optedOut.add(key);
        treated.delete(key);
        return;
      }
      applyLogged(doc);
    }),
    onDidChangeSettings((e) => {
      if (!e.affectsConfiguration('foiCoder.replyGlobs')) return;
      for (const doc of vscode.workspace.textDocuments) applyLogged(doc);
    }),
  ];
  for (const doc of vscode.workspace.textDocuments) applyLogged(doc);
  return vscode.Disposable.from(...subscriptions);
}
