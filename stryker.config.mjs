// Mutation testing of the engine (StrykerJS 9: Node 20; its mocha runner needs mocha < 12).
// `npm run test:mutation` runs it through scripts/mutation.mjs, which prints the score as its
// last line. Incremental: results are kept in reports/stryker-incremental.json, so a rerun after
// a small change re-tests only the mutants whose code or covering tests changed.
//
// What keeps a full run over src/core short enough to run (see /work notes and README):
// - a Stryker-only spec list (SPECS minus NOT_FOR_MUTATION below): the unit tests that exercise
//   src/core in this process. Left out: tests that spawn processes or a browser, the import
//   (zip/pdf/docx) and interchange (xlsx/qdpx) layers, the grammar and the quality corpus gate;
//   every core module is also covered by focused tests that stay in;
// - properties capped at FC_MAX_RUNS runs each, from the fixed seed (test/support/fast-check.ts);
// - the speed checks skipped (test/support/mutation.ts);
// - perTest coverage: each mutant runs only the tests that reach it, and stops at the first
//   failure;
// - ignoreStatic: mutants in module-level constants (the phrase and pattern tables) would each
//   rerun every test; they are left out of the score and listed as ignored in the report.
// - the spec list ordered so that the focused tests of a module run before the broad ones: a
//   mutant stops at its first failing test, and most are killed by the focused tests.
import { readdirSync } from 'node:fs';

process.env.FC_SEED ??= '20261202';
process.env.FC_MAX_RUNS ??= '25';

/** Unit test files the mutation run leaves out, and why. */
export const NOT_FOR_MUTATION = [
  'test/unit/cli.test.ts', // the CLI adapter end to end: every mutant of every module reaches it; core is covered by focused tests
  'test/unit/cli-agreement.test.ts', // same
  'test/unit/cli-checks.test.ts', // same
  'test/unit/dashboard.test.ts', // spawns a headless browser
  'test/unit/grammar.test.ts', // the TextMate grammar, no src/core code
  'test/unit/hostile.test.ts', // spawns processes, FIFOs, the CLI end to end
  'test/unit/import.test.ts', // the import layer (zip, pdf, docx), spawns the CLI
  'test/unit/interchange.test.ts', // the xlsx/qdpx layer, spawns processes
  'test/unit/quality.test.ts', // the quality gate over the corpus (runs in a before() hook, seconds)
  // The extension adapter's pure helpers and the fixture files: they test src/extension and the
  // fixtures, not the engine, yet each reaches much of it, so every surviving engine mutant
  // reran them; the engine's own tests cover what they reach (leaving them out can only lower
  // the score, never raise it).
  'test/unit/extension-coding.test.ts',
  'test/unit/extension-coverageItems.test.ts',
  'test/unit/extension-helpers.test.ts',
  'test/unit/extension-replyView.test.ts',
  'test/unit/fixtures.test.ts',
];
/** Tests that run much of the engine at once (whole replies, workspaces, every fixture): they run last. */
const BROAD = [
  'test/unit/fromRequest.test.ts',
  'test/unit/indexCache.test.ts',
  'test/unit/jsonSchemas.test.ts',
  'test/unit/quotedQuestions.test.ts',
  'test/unit/reader.test.ts',
  'test/unit/suggest.test.ts',
  'test/unit/workspaceIndex.test.ts',
];
/** The mocha spec list of the mutation run, in the order it runs: every other unit test file, then BROAD. */
export const SPECS = readdirSync(new URL('test/unit/', import.meta.url))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/unit/${f}`)
  .filter((f) => !NOT_FOR_MUTATION.includes(f) && !BROAD.includes(f))
  .sort()
  .concat(BROAD);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  // No TypeScript checker: on src/ids.ts it spent ~2 s of CPU per mutant (300 of 445 s), more
  // than the tests. Without it a mutant that does not type-check still runs (tsx strips types)
  // and is judged by the tests like any other: it counts in the score instead of being left out.
  checkers: [],
  mutate: process.env.STRYKER_MUTATE ? process.env.STRYKER_MUTATE.split(',') : ['src/core/**/*.ts'],
  mochaOptions: {
    config: '.mocharc.json',
    spec: SPECS,
    require: ['tsx/cjs', './test/support/fast-check.ts', './test/support/mutation.ts'],
  },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? 'reports/stryker-incremental.json', // scripts/mutation.mjs folds --mutate runs in
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  // Generous: on a loaded machine a starved test runner is slow, and a mutant that merely ran
  // slowly would count as killed (a timeout) and cost a runner restart. Real endless loops are few.
  timeoutMS: 30000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  // Reports and scratch directory can be moved so two runs can share a worktree (STRYKER_TMP).
  tempDirName: process.env.STRYKER_TMP ?? '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'out', '.vscode-test', 'bench/.work', 'reports', '*.vsix', 'screenshots-tmp'],
};
