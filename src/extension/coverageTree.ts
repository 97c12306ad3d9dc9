// The coverage tree (view `foiCoder.coverage`): councils → questions, or questions → councils,
// optionally only the gaps. Rows come from coverageItems.ts over the workspace model's coverage;
// nothing here reads a file. Elements are cached by id so that VS Code can refresh one council
// when only its coverage changed; tooltips are built only when hovered (resolveTreeItem).
import { vscode } from './vscodeApi';
import type { CouncilCoverage, CoverageCell, QuestionCoverage, SurveyCoverage } from '../core/coverage';
import type { Question } from '../core/types';
import { CMD } from './commandIds';
import { answerRow, councilAnswerRow, councilRow, gapCount, isGap, questionRow } from './coverageItems';
import type { Row } from './coverageItems';
import type { RevealArgs } from './revealAnswer';
import type { CoverageChange, FolderCoverage, WorkspaceModel } from './workspaceModel';

export type GroupBy = 'council' | 'question';

export type CoverageNode =
  | { kind: 'folder'; key: string; folder: string }
  | { kind: 'council'; key: string; folder: string; council: string; /** For "Open Sidecar": the council's latest sidecar (or reply). */ uri?: vscode.Uri }
  | { kind: 'answer'; key: string; folder: string; council: string; questionId: string }
  | { kind: 'question'; key: string; folder: string; questionId: string }
  | { kind: 'questionCouncil'; key: string; folder: string; questionId: string; council: string };

interface Lookup {
  councils: Map<string, CouncilCoverage>;
  questions: Map<string, QuestionCoverage>;
}

const lookups = new WeakMap<SurveyCoverage, Lookup>();

function lookup(c: SurveyCoverage): Lookup {
  let l = lookups.get(c);
  if (!l) {
    l = { councils: new Map(c.councils.map((x) => [x.council, x])), questions: new Map(c.questions.map((q) => [q.id, q])) };
    lookups.set(c, l);
  }
  return l;
}

function themeIcon(row: Row): vscode.ThemeIcon {
  return new vscode.ThemeIcon(row.icon.id, new vscode.ThemeColor(row.icon.color));
}

export class CoverageTreeProvider implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CoverageNode | undefined>();
  readonly onDidChangeTreeData: vscode.Event<CoverageNode | undefined> = this.emitter.event;
  private readonly nodes = new Map<string, CoverageNode>();
  /** Councils last shown per folder (by-council grouping), to tell a re-render from a restructure. */
  private readonly shown = new Map<string, string[]>();
  private readonly subscription: vscode.Disposable;
  private groupByValue: GroupBy;
  private gapsOnlyValue: boolean;

  constructor(
    private readonly model: WorkspaceModel,
    options: { groupBy?: GroupBy; gapsOnly?: boolean } = {},
  ) {
    this.groupByValue = options.groupBy ?? 'council';
    this.gapsOnlyValue = options.gapsOnly ?? false;
    this.subscription = model.onDidChangeCoverage((e) => this.onCoverage(e));
  }

  get groupBy(): GroupBy {
    return this.groupByValue;
  }

  get gapsOnly(): boolean {
    return this.gapsOnlyValue;
  }

  setView(groupBy: GroupBy, gapsOnly: boolean): void {
    if (groupBy === this.groupByValue && gapsOnly === this.gapsOnlyValue) return;
    this.groupByValue = groupBy;
    this.gapsOnlyValue = gapsOnly;
    this.shown.clear();
    this.emitter.fire(undefined);
  }

  /** An element already handed to VS Code, by its TreeItem id. */
  nodeFor(key: string): CoverageNode | undefined {
    return this.nodes.get(key);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }

  // ---- the tree -------------------------------------------------------------------------------

  async getChildren(node?: CoverageNode): Promise<CoverageNode[]> {
    if (!node) {
      await this.model.start();
      const folders = this.model.folders().filter((f) => f.coverage.councils.length > 0);
      if (folders.length > 1) return folders.map((f) => this.node({ kind: 'folder', key: `folder:${f.folder.uri.toString()}`, folder: f.folder.uri.toString() }));
      return folders[0] ? this.folderChildren(folders[0]) : [];
    }
    const f = this.folderFor(node.folder);
    if (!f) return [];
    switch (node.kind) {
      case 'folder':
        return this.folderChildren(f);
      case 'council': {
        const c = lookup(f.coverage).councils.get(node.council);
        if (!c) return [];
        const cells = this.gapsOnlyValue ? c.cells.filter((cell) => isGap(cell.state)) : c.cells;
        return cells.map((cell) => this.node({ kind: 'answer', key: `answer:${node.folder}:${c.council}:${cell.id}`, folder: node.folder, council: c.council, questionId: cell.id }));
      }
      case 'question': {
        const q = lookup(f.coverage).questions.get(node.questionId);
        if (!q) return [];
        const councils = this.gapsOnlyValue ? q.councils.filter((x) => isGap(x.cell.state)) : q.councils;
        return councils.map((x) => this.node({ kind: 'questionCouncil', key: `qc:${node.folder}:${q.id}:${x.council}`, folder: node.folder, questionId: q.id, council: x.council }));
      }
      default:
        return [];
    }
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const f = this.folderFor(node.folder);
    const item = f ? this.item(node, f) : undefined;
    if (item) {
      item.id = node.key;
      return item;
    }
    const gone = new vscode.TreeItem('(no longer in the workspace)', vscode.TreeItemCollapsibleState.None);
    gone.id = node.key;
    return gone;
  }

  resolveTreeItem(item: vscode.TreeItem, node: CoverageNode): vscode.TreeItem {
    const f = this.folderFor(node.folder);
    const row = f ? this.row(node, f) : undefined;
    if (row) item.tooltip = row.tooltip;
    return item;
  }

  getParent(node: CoverageNode): CoverageNode | undefined {
    const multi = this.model.folders().filter((f) => f.coverage.councils.length > 0).length > 1;
    const folderNode = multi ? this.nodes.get(`folder:${node.folder}`) : undefined;
    switch (node.kind) {
      case 'answer':
        return this.nodes.get(`council:${node.folder}:${node.council}`);
      case 'questionCouncil':
        return this.nodes.get(`question:${node.folder}:${node.questionId}`);
      case 'folder':
        return undefined;
      default:
        return folderNode;
    }
  }

  // ---- rows -----------------------------------------------------------------------------------

  private folderChildren(f: FolderCoverage): CoverageNode[] {
    const folder = f.folder.uri.toString();
    if (this.groupByValue === 'question') {
      const questions = this.gapsOnlyValue ? f.coverage.questions.filter((q) => gapCount(q.counts) > 0) : f.coverage.questions;
      return questions.map((q) => this.node({ kind: 'question', key: `question:${folder}:${q.id}`, folder, questionId: q.id }));
    }
    const councils = this.gapsOnlyValue ? f.coverage.councils.filter((c) => gapCount(c.counts) > 0) : f.coverage.councils;
    this.shown.set(folder, councils.map((c) => c.council));
    return councils.map((c) => this.node({ kind: 'council', key: `council:${folder}:${c.council}`, folder, council: c.council }));
  }

  private row(node: CoverageNode, f: FolderCoverage): Row | undefined {
    const l = lookup(f.coverage);
    const question = (id: string): Question | undefined => l.questions.get(id)?.question ?? f.index.questionnaire.byId.get(id);
    switch (node.kind) {
      case 'folder': {
        const t = f.coverage.totals;
        return { label: f.folder.name, description: `${t.coded}/${t.asked} coded · ${t.counts.missing} missing`, tooltip: f.folder.uri.fsPath, icon: { id: 'root-folder', color: 'foreground' }, contextValue: 'folder' };
      }
      case 'council': {
        const c = l.councils.get(node.council);
        return c ? councilRow(c) : undefined;
      }
      case 'answer': {
        const cell = l.councils.get(node.council)?.cells.find((x) => x.id === node.questionId);
        return cell ? answerRow(cell, question(cell.id)) : undefined;
      }
      case 'question': {
        const q = l.questions.get(node.questionId);
        return q ? questionRow(q) : undefined;
      }
      case 'questionCouncil': {
        const cell = l.councils.get(node.council)?.cells.find((x) => x.id === node.questionId);
        return cell ? councilAnswerRow(node.council, cell, question(cell.id)) : undefined;
      }
    }
  }

  private item(node: CoverageNode, f: FolderCoverage): vscode.TreeItem | undefined {
    const row = this.row(node, f);
    if (!row) return undefined;
    const expandable = node.kind === 'folder' || node.kind === 'council' || node.kind === 'question';
    const item = new vscode.TreeItem(row.label, expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.description = row.description;
    item.iconPath = themeIcon(row);
    item.contextValue = row.contextValue;
    if (node.kind === 'folder') item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    if (node.kind === 'council') node.uri = this.councilUri(f, node.council);
    if (node.kind === 'answer' || node.kind === 'questionCouncil') {
      const args = this.revealArgs(f, node.council, node.questionId);
      if (args) item.command = { command: CMD.revealAnswer, title: 'Reveal Answer in Reply', arguments: [args] };
    }
    return item;
  }

  private councilUri(f: FolderCoverage, council: string): vscode.Uri | undefined {
    const c = lookup(f.coverage).councils.get(council);
    const latest = c?.files[c.files.length - 1];
    if (!latest) return undefined;
    const reply = f.index.reply(latest);
    // Whether it has a sidecar file: its parse is there exactly then (its text may not be read yet).
    const rel = reply?.sidecar ? reply.sidecarPath : latest;
    return vscode.Uri.joinPath(f.folder.uri, ...rel.split('/'));
  }

  private revealArgs(f: FolderCoverage, council: string, id: string): RevealArgs | undefined {
    const c = lookup(f.coverage).councils.get(council);
    const cell: CoverageCell | undefined = c?.cells.find((x) => x.id === id);
    // An uncoded question opens the latest reply of the council at its marker.
    const file = cell?.file ?? c?.files[c.files.length - 1];
    if (!cell || !file) return undefined;
    const at = (rel: string): string => vscode.Uri.joinPath(f.folder.uri, ...rel.split('/')).toString();
    const args: RevealArgs = { reply: at(file), questionId: id };
    if (cell.entry?.quote) args.quote = cell.entry.quote;
    if (cell.sidecarFile) args.sidecar = at(cell.sidecarFile);
    return args;
  }

  private node<T extends CoverageNode>(fresh: T): T {
    const known = this.nodes.get(fresh.key);
    if (known) return known as T;
    this.nodes.set(fresh.key, fresh);
    return fresh;
  }

  private folderFor(folder: string): FolderCoverage | undefined {
    return this.model.folders().find((f) => f.folder.uri.toString() === folder);
  }

  // ---- changes --------------------------------------------------------------------------------

  private onCoverage(e: CoverageChange): void {
    const folder = e.folder.uri.toString();
    const f = this.folderFor(folder);
    const before = this.shown.get(folder);
    if (!e.councils || !f || !before || this.groupByValue === 'question') {
      this.shown.delete(folder);
      return this.emitter.fire(undefined);
    }
    const now = (this.gapsOnlyValue ? f.coverage.councils.filter((c) => gapCount(c.counts) > 0) : f.coverage.councils).map((c) => c.council);
    if (now.length !== before.length || now.some((name, i) => name !== before[i])) {
      // Councils appeared, went or moved: the folder's list is rebuilt.
      const folderNode = this.nodes.get(`folder:${folder}`);
      this.shown.delete(folder);
      return this.emitter.fire(folderNode && this.getParentOfCouncils(folder) ? folderNode : undefined);
    }
    for (const name of e.councils) {
      const n = this.nodes.get(`council:${folder}:${name}`);
      if (n) this.emitter.fire(n);
    }
  }

  private getParentOfCouncils(folder: string): boolean {
    return this.model.folders().filter((f) => f.coverage.councils.length > 0).length > 1 && this.nodes.has(`folder:${folder}`);
  }
}
