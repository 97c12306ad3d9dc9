// Colours in the reply editor: each coded answer's quote by its status, a gutter mark on
// markers whose question still needs a tag, a dashed border around answers the engine
// suggests but nobody has coded. Decoration types are created once, when the first reply is
// painted; ranges are replaced whenever the model has a state for exactly the version on
// screen (VS Code moves the existing ranges along with typing in between).
import { vscode } from './vscodeApi';
import { STATUSES } from '../core/types';
import type { Status } from '../core/types';
import { isReplyDocument } from './replyModel';
import type { ReplyModel, ReplyState } from './replyModel';
import { decorationPlan } from './replyView';
import type { Span } from './replyView';
import { getSettings, onDidChangeSettings } from './settings';

/** `not-held` → `foiCoder.notHeldBackground` (ids declared in package.json `contributes.colors`). */
export function statusColorId(status: Status): string {
  const camel = status.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  return `foiCoder.${camel}Background`;
}

interface Types {
  coded: Record<Status, vscode.TextEditorDecorationType>;
  untagged: vscode.TextEditorDecorationType;
  suggestion: vscode.TextEditorDecorationType;
}

function createTypes(context: vscode.ExtensionContext): Types {
  const coded = {} as Record<Status, vscode.TextEditorDecorationType>;
  for (const status of STATUSES) {
    const color = new vscode.ThemeColor(statusColorId(status));
    coded[status] = vscode.window.createTextEditorDecorationType({
      backgroundColor: color,
      overviewRulerColor: color,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  const untaggedColor = new vscode.ThemeColor('foiCoder.untaggedMarkerForeground');
  // A gutter icon cannot take a theme colour, so the icon has a light and a dark variant
  // (the default colours) and the themable colour goes on the ruler mark and an underline.
  const untagged = vscode.window.createTextEditorDecorationType({
    light: { gutterIconPath: vscode.Uri.joinPath(context.extensionUri, 'media', 'gutter-untagged-light.svg') },
    dark: { gutterIconPath: vscode.Uri.joinPath(context.extensionUri, 'media', 'gutter-untagged-dark.svg') },
    gutterIconSize: '70%',
    borderColor: untaggedColor,
    borderStyle: 'dotted',
    borderWidth: '0 0 2px 0',
    overviewRulerColor: untaggedColor,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const suggestion = vscode.window.createTextEditorDecorationType({
    borderColor: new vscode.ThemeColor('foiCoder.suggestionBorder'),
    borderStyle: 'dashed',
    borderWidth: '1px',
    borderRadius: '3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return { coded, untagged, suggestion };
}

function ranges(doc: vscode.TextDocument, spans: readonly Span[]): vscode.Range[] {
  return spans.map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
}

const allTypes = (t: Types): vscode.TextEditorDecorationType[] => [...Object.values(t.coded), t.untagged, t.suggestion];

export function registerDecorations(context: vscode.ExtensionContext, model: ReplyModel): vscode.Disposable {
  // Created when the first reply is painted, not during activation: a window without a reply
  // open never needs them.
  let created: Types | undefined;
  let disposed = false;
  const types = (): Types => (created ??= createTypes(context));

  const clear = (editor: vscode.TextEditor): void => {
    if (created) for (const t of allTypes(created)) editor.setDecorations(t, []);
  };
  const paint = (editor: vscode.TextEditor, state: ReplyState): void => {
    if (disposed) return; // a state computed after deactivation creates no new types
    const doc = editor.document;
    const plan = decorationPlan(state);
    const t = types();
    for (const status of STATUSES) editor.setDecorations(t.coded[status], ranges(doc, plan.coded[status]));
    editor.setDecorations(t.untagged, ranges(doc, plan.untaggedMarkers));
    editor.setDecorations(t.suggestion, ranges(doc, plan.suggestions));
  };
  const update = (editor: vscode.TextEditor): void => {
    const doc = editor.document;
    if (!isReplyDocument(doc) || !getSettings(doc.uri).decorationsEnabled) {
      if (isReplyDocument(doc)) clear(editor);
      return;
    }
    const state = model.get(doc.uri);
    if (state && state.version === doc.version) {
      paint(editor, state);
      return;
    }
    // No state for what is on screen yet (an editor switch): ask for it now.
    model.getState(doc).then(
      (s) => {
        if (s && s.version === editor.document.version && getSettings(doc.uri).decorationsEnabled) paint(editor, s);
      },
      () => undefined, // the model turns failures into diagnostics; decorations just wait
    );
  };
  const updateAll = (): void => {
    for (const e of vscode.window.visibleTextEditors) update(e);
  };

  const subscriptions: vscode.Disposable[] = [
    {
      dispose: () => {
        disposed = true;
        if (created) for (const t of allTypes(created)) t.dispose();
      },
    },
    model.onDidChangeReply((uri) => {
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) update(e);
    }),
    vscode.window.onDidChangeVisibleTextEditors(updateAll),
    onDidChangeSettings((e) => {
      if (e.affectsConfiguration('foiCoder.decorations.enabled')) updateAll();
    }),
  ];
  updateAll();
  return vscode.Disposable.from(...subscriptions);
}
