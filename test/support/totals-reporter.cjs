// Mocha's spec reporter plus one plain closing line, "unit: N passed, N failed", that CI
// systems read to know that tests ran (mocha's own "N passing" is not one they recognise).
const Mocha = require('mocha');

const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SpecWithTotals extends Spec {
  constructor(runner, options) {
    super(runner, options);
    const label = (options && options.reporterOption && options.reporterOption.label) || 'unit';
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats;
      const skipped = s.pending ? `, ${s.pending} skipped` : '';
      console.log(`${label}: ${s.passes} passed, ${s.failures} failed${skipped}`);
    });
  }
}

module.exports = SpecWithTotals;
