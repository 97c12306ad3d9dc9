// Mutation testing of the engine (StrykerJS 9: Node 20; its mocha runner needs mocha < 12).
// `npm run test:mutation` runs it through scripts/mutation.mjs, which prints the score as its
// last line. Incremental: results are kept in reports/stryker-incremental.json, so a rerun after
// a small change re-tests only the mutants whose code or covering tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: process.env.STRYKER_MUTATE ? process.env.STRYKER_MUTATE.split(',') : ['src/core/**/*.ts'],
  mochaOptions: {
    config: '.mocharc.json',
    spec: ['test/unit/**/*.test.ts'],
  },
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (the phrase and pattern tables) would each rerun the whole
  // suite (~30 s here): they are left out of the score and listed as ignored in the report.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  timeoutMS: 10000,
  timeoutFactor: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'out', '.vscode-test', 'bench/.work', 'reports', '*.vsix', 'screenshots-tmp'],
};
