// Every command id of the extension in one place, matching `contributes.commands` in
// package.json. Internal ids (run by code actions, the tree and keybindings, hidden from the
// palette) start with `foiCoder._`.

export const CMD = {
  tagSelection: 'foiCoder.tagSelection',
  markStatus: 'foiCoder.markStatus',
  acceptSuggestion: 'foiCoder.acceptSuggestion',
  autoCodeReply: 'foiCoder.autoCodeReply',
  autoCodeAll: 'foiCoder.autoCodeAll',
  nextUntagged: 'foiCoder.nextUntagged',
  previousUntagged: 'foiCoder.previousUntagged',
  openSidecar: 'foiCoder.openSidecar',
  createQuestionnaire: 'foiCoder.createQuestionnaire',
  export: 'foiCoder.export',
  showReport: 'foiCoder.showReport',
  showDashboard: 'foiCoder.showDashboard',
  /** The dashboard's cells as drawn (integration tests, screenshots). */
  dashboardCells: 'foiCoder._dashboardCells',
  /** Click a cell of the open dashboard, as a person would (integration tests). */
  dashboardClick: 'foiCoder._dashboardClick',
  compareCoding: 'foiCoder.compareCoding',
  refresh: 'foiCoder.refresh',
  importReplies: 'foiCoder.importReplies',
  treatAsReply: 'foiCoder.treatAsReply',
  groupByQuestion: 'foiCoder.groupByQuestion',
  groupByCouncil: 'foiCoder.groupByCouncil',
  showGapsOnly: 'foiCoder.showGapsOnly',
  showAll: 'foiCoder.showAll',
  revealAnswer: 'foiCoder._revealAnswer',
  reanchorQuote: 'foiCoder._reanchorQuote',
  addToQuestionnaire: 'foiCoder._addToQuestionnaire',
  /** Accept every suggestion of untagged questions in one reply (a code action). */
  acceptAllSuggestions: 'foiCoder._acceptAllSuggestions',
  /** Undo the last coding action (bound to Ctrl+Z in a reply while one can be undone). */
  undoCoding: 'foiCoder._undoCoding',
} as const;

export type CommandId = (typeof CMD)[keyof typeof CMD];

/** Context key: the active reply's last coding action can be undone with Ctrl+Z. */
export const CAN_UNDO_CODING_KEY = 'foiCoder.canUndoCoding';
