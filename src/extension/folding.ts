// Folding per question in a reply: each marker's block, from the marker line to the line
// before the next marker (trailing blank lines left open), so a long reply can be read
// question by question.
import { vscode } from './vscodeApi';
import { LineIndex } from '../core/text';
import { REPLY_LANGUAGE } from './replyModel';
import type { ReplyModel } from './replyModel';
import { questionBlocks } from './replyView';

export function registerFolding(model: ReplyModel): vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  const provider: vscode.FoldingRangeProvider = {
    onDidChangeFoldingRanges: emitter.event,
    async provideFoldingRanges(doc) {
      const state = await model.getState(doc);
      if (!state || state.version !== doc.version) return [];
      const lines = new LineIndex(state.text);
      const blocks = questionBlocks(state.analysis.markers, lines.lineCount, (l) => lines.lineText(l).trim() === '');
      return blocks.map(([start, end]) => new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
    },
  };
  return vscode.Disposable.from(
    emitter,
    vscode.languages.registerFoldingRangeProvider({ language: REPLY_LANGUAGE }, provider),
    // The questionnaire can turn lines into markers (bare `1.` ids) without the reply changing.
    model.onDidChangeReply(() => emitter.fire()),
  );
}
