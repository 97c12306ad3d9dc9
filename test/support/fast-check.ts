// Randomness of the property tests (fast-check), set once for the whole unit suite.
// - In CI (CI is set) every property runs from one fixed seed, so a CI run is reproducible and
//   cannot fail by chance; FC_SEED=<n> does the same anywhere (to replay a reported failure).
// - Elsewhere each run draws new seeds, so development runs keep exploring new inputs.
// - FC_SOAK=<n> runs every property n times in a row, each from a fresh random seed, and names
//   the seed of a failure: `npm run test:properties` uses it for the 1,000-run soak. fast-check's
//   exports cannot be reassigned, so the test files are handed a copy whose `assert` repeats.
import { randomInt } from 'node:crypto';
import Module from 'node:module';
import fc from 'fast-check';
import * as fastCheck from 'fast-check';

const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261202' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });

const soak = Number(process.env.FC_SOAK ?? 0);
if (soak > 0) {
  let runs = 0;
  const assertMany = (property: Parameters<typeof fc.assert>[0], params: Parameters<typeof fc.assert>[1] = {}): void => {
    for (let i = 0; i < soak; i++) {
      const seed = randomInt(0, 2 ** 31 - 1);
      try {
        // Every property of this suite is synchronous; an asynchronous one would need awaiting here.
        void fc.assert(property, { ...params, seed } as never);
        runs++;
      } catch (err) {
        if (err instanceof Error) err.message = `[soak run ${i + 1}/${soak}, seed ${seed}] ${err.message}`;
        throw err;
      }
    }
  };
  const real = fastCheck as unknown as Record<string, unknown> & { default: Record<string, unknown> };
  const copy = { ...real, __esModule: true, assert: assertMany, default: { ...real.default, assert: assertMany } };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = (request, ...rest) => (request === 'fast-check' ? copy : load(request, ...rest));
  process.on('exit', () => console.log(`fast-check soak: ${runs} property runs passed (${soak} seeds per property)`));
}
