// The coverage dashboard in a webview (FOI: Show Coverage Dashboard): the same page as
// `report --html` (src/dashboard), its script loaded from dist/dashboard-view.js under a strict
// CSP with a fresh nonce, theme colours from VS Code's CSS variables. It follows the coverage
// model live; a click on a cell (or Enter) opens the reply beside it at the answer's quote.
import { vscode } from '../vscodeApi';
import type { CheckFinding } from '../../core/checks';
import { dashboardData } from '../../dashboard/model';
import type { DashboardData } from '../../dashboard/model';
import { dashboardPage, makeNonce } from '../../dashboard/page';
import { CMD } from '../commandIds';
import type { RevealArgs } from '../revealAnswer';
import type { FolderCoverage, WorkspaceModel } from '../workspaceModel';

export interface DrawnCell {
  council: string;
  question: string;
  status: string;
}

type PageMessage =
  | { type: 'open'; council: string; question: string }
  | { type: 'ready'; cells: number }
  | { type: 'clicked'; found: boolean }
  | { type: 'cells'; cells: DrawnCell[] };

const REPLY_TIMEOUT_MS = 10_000;

export class DashboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folderKey: string | undefined;
  private readonly waiting = new Map<string, ((m: PageMessage) => void)[]>();
  private drawn = false;
  private lastOpen: Promise<boolean> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly workspace: WorkspaceModel,
    private readonly findingsOf: (f: FolderCoverage) => CheckFinding[],
  ) {}

  /** Opens (or reveals) the dashboard; false when there is nothing to show or the user cancelled. */
  async show(): Promise<boolean> {
    await this.workspace.start();
    const folders = this.workspace.folders();
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('FOI Coder: open a folder of replies to see its coverage dashboard.'); // a notice only
      return false;
    }
    let folder = folders.find((f) => f.folder.uri.toString() === this.folderKey) ?? folders[0]!;
    if (folders.length > 1 && !this.panel) {
      const pick = await vscode.window.showQuickPick(folders.map((f) => ({ label: f.folder.name, description: `${f.coverage.councils.length} councils`, f })), { placeHolder: 'Coverage dashboard of which folder?' });
      if (!pick) return false;
      folder = pick.f;
    }
    this.folderKey = folder.folder.uri.toString();
    if (this.panel) {
      this.panel.reveal();
      this.post({ type: 'data', data: this.data(folder) });
      return true;
    }
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel('foiCoder.dashboard', 'FOI Coverage Dashboard', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
      // The page keeps its sort, filter and selection across hide/show through its own state;
      // keeping it alive also avoids redrawing 400 × 30 cells each time a reply is looked at.
      retainContextWhenHidden: true,
    });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'foi-coder.svg');
    this.panel = panel;
    this.drawn = false;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.drawn = false;
    });
    panel.webview.onDidReceiveMessage((m: PageMessage) => this.onMessage(m));
    panel.webview.html = dashboardPage({
      data: this.data(folder),
      nonce: makeNonce(),
      script: { src: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'dashboard-view.js')).toString() },
      cspSource: panel.webview.cspSource,
    });
    return true;
  }

  /** Coverage of a folder changed: redraw if it is the one shown. */
  refresh(folder: FolderCoverage): void {
    if (this.panel && folder.folder.uri.toString() === this.folderKey) this.post({ type: 'data', data: this.data(folder) });
  }

  /** The cells the page drew (waits for the page to draw). */
  async cells(): Promise<DrawnCell[]> {
    await this.whenDrawn();
    const reply = await this.request({ type: 'cells' }, 'cells');
    return reply.type === 'cells' ? reply.cells : [];
  }

  /** Clicks a cell in the page and waits for the reply to open. */
  async click(council: string, question: string): Promise<{ found: boolean; opened: boolean }> {
    await this.whenDrawn();
    this.lastOpen = undefined;
    const reply = await this.request({ type: 'click', council, question }, 'clicked');
    const found = reply.type === 'clicked' && reply.found;
    if (!found) return { found, opened: false };
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    while (!this.lastOpen && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const pending = this.lastOpen as Promise<boolean> | undefined; // set by the page's 'open' message meanwhile
    return { found, opened: pending ? await pending : false };
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private data(f: FolderCoverage): DashboardData {
    return dashboardData(f.index.questionnaire, f.coverage, { source: f.folder.name, findings: this.findingsOf(f) });
  }

  private post(message: unknown): void {
    void this.panel?.webview.postMessage(message); // delivery is not confirmed by VS Code; the page answers when it matters
  }

  private onMessage(m: PageMessage): void {
    if (m.type === 'ready') this.drawn = true;
    if (m.type === 'open') {
      this.lastOpen = this.open(m.council, m.question).catch((e: unknown) => {
        void vscode.window.showErrorMessage(`FOI Coder: could not open the answer — ${e instanceof Error ? e.message : String(e)}`); // never throw into VS Code
        return false;
      });
    }
    const waiters = this.waiting.get(m.type);
    if (waiters?.length) waiters.shift()!(m);
  }

  private async whenDrawn(): Promise<void> {
    if (!this.panel) throw new Error('the dashboard is not open');
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    while (!this.drawn) {
      if (Date.now() > deadline) throw new Error('the dashboard page did not draw');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private request(message: { type: string } & Record<string, unknown>, answer: PageMessage['type']): Promise<PageMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the dashboard page did not answer "${message.type}"`)), REPLY_TIMEOUT_MS);
      const list = this.waiting.get(answer) ?? [];
      list.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.waiting.set(answer, list);
      this.post(message);
    });
  }

  /** Opens the council's reply at the question's quote (or marker), beside the dashboard. */
  private async open(council: string, question: string): Promise<boolean> {
    const f = this.workspace.folders().find((x) => x.folder.uri.toString() === this.folderKey);
    const c = f?.coverage.councils.find((x) => x.council === council);
    if (!f || !c) return false;
    const cell = c.cells.find((x) => x.id === question);
    const file = cell?.file ?? c.files[c.files.length - 1];
    if (file === undefined) return false;
    const at = (rel: string) => vscode.Uri.joinPath(f.folder.uri, ...rel.split('/')).toString();
    const args: RevealArgs = { reply: at(file), questionId: question, beside: true };
    if (cell?.entry?.quote) args.quote = cell.entry.quote;
    if (cell?.sidecarFile !== undefined) args.sidecar = at(cell.sidecarFile);
    return (await vscode.commands.executeCommand<boolean>(CMD.revealAnswer, args)) ?? false;
  }
}
