// Loaded only by the mutation run (stryker.config.mjs), after fast-check.ts.
// The speed checks (test/support/scaling.ts: "… in linear time", "… in time linear …") are
// skipped there: they measure CPU time on inputs of megabytes, which is what makes a mutant
// run slow (seconds per mutant they cover), and under Stryker's instrumentation the times they
// compare are not the engine's. They say nothing about behaviour that the other tests do not;
// `npm test` runs them as always.
import type { Context } from 'mocha';

const SPEED = /\blinear time\b|\btime linear\b/;

export const mochaHooks = {
  beforeEach(this: Context): void {
    if (SPEED.test(this.currentTest?.title ?? '')) this.skip();
  },
};
