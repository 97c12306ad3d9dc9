// Randomness of the property tests (fast-check), set once for the whole unit suite.
// - In CI (CI is set) every property runs from one fixed seed, so a CI run is reproducible and
//   cannot fail by chance; FC_SEED=<n> does the same anywhere (to replay a reported failure).
// - Elsewhere each run draws new seeds, so development runs keep exploring new inputs.
// - FC_SOAK=<n> runs every property n times in a row, each from a fresh random seed, and names
//   the seed of a failure: `npm run test:properties` uses it for the 1,000-run soak. fast-check's
//   exports cannot be reassigned, so the test files are handed a copy whose `assert` repeats.
//   With FC_MAX_RUNS as well, each of those runs is capped at that many cases (the soak uses 100,
//   fast-check's default: 1,000 runs of the heaviest properties at their own 1,000–3,000 cases
//   would take a day on two cores).
// - FC_MAX_RUNS=<n> caps every property at n runs (its own `numRuns` or fast-check's 100). The
//   mutation run sets it (stryker.config.mjs): there each mutant reruns every property that
//   reaches it, and the fixed seed's first runs already hold the cases that tell mutants apart.
//   `npm test` never sets it, so the full runs stay there.
import { randomInt } from 'node:crypto';
import Module from 'node:module';
import fc from 'fast-check';
import * as fastCheck from 'fast-check';

const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261202' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });

type Params = Parameters<typeof fc.assert>[1];

/** Hands the test files a copy of fast-check whose `assert` is `assert` (its exports are read-only). */
function replaceAssert(assert: (property: Parameters<typeof fc.assert>[0], params?: Params) => void): void {
  const real = fastCheck as unknown as Record<string, unknown> & { default: Record<string, unknown> };
  const copy = { ...real, __esModule: true, assert, default: { ...real.default, assert } };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = (request, ...rest) => (request === 'fast-check' ? copy : load(request, ...rest));
}

const maxRuns = Number(process.env.FC_MAX_RUNS ?? 0);
const soak = Number(process.env.FC_SOAK ?? 0);
if (maxRuns > 0 && soak === 0) {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: maxRuns });
  // Every property of this suite is synchronous, so `assert` returns nothing to await.
  replaceAssert((property, params = {}) => void fc.assert(property, { ...params, numRuns: Math.min(params.numRuns ?? maxRuns, maxRuns) } as never));
}
if (soak > 0) {
  let runs = 0;
  const assertMany = (property: Parameters<typeof fc.assert>[0], params: Parameters<typeof fc.assert>[1] = {}): void => {
    for (let i = 0; i < soak; i++) {
      const seed = randomInt(0, 2 ** 31 - 1);
      try {
        // Every property of this suite is synchronous; an asynchronous one would need awaiting here.
        const numRuns = maxRuns > 0 ? Math.min(params.numRuns ?? maxRuns, maxRuns) : params.numRuns;
        void fc.assert(property, { ...params, ...(numRuns === undefined ? {} : { numRuns }), seed } as never);
        runs++;
      } catch (err) {
        if (err instanceof Error) err.message = `[soak run ${i + 1}/${soak}, seed ${seed}] ${err.message}`;
        throw err;
      }
    }
  };
  replaceAssert(assertMany);
  process.on('exit', () => console.log(`fast-check soak: ${runs} property runs passed (${soak} seeds per property${maxRuns > 0 ? `, at most ${maxRuns} cases each` : ''})`));
}
