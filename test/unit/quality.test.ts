import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/core/calibration';
import { defaultSets, reportFor, scoreSet, valueMatches } from '../quality/gold';
import type { SetReport } from '../quality/gold';

// What the engine reaches on each set (`npx tsx scripts/quality.ts`), minus a small margin, so a
// regression shows here. Sets: the examples, the test fixtures (the CRM survey and three other
// questionnaires built from their request text, as a user would), and ../shared/corpus/crm-dev
// when it is present (development machines and CI; skipped with a note otherwise).
interface Bar {
  located: number;
  status: number;
  exemption: number;
  values: number;
  council: number;
  /** Per status class: least recall. */
  recall?: Record<string, number>;
}
const OWN: Bar = { located: 98, status: 98, exemption: 95, values: 98, council: 100, recall: { answered: 98, 'not-held': 95, 'not-applicable': 98, refused: 97, signposted: 90, unclear: 90 } };
const BARS: Record<string, Bar> = {
  'examples/crm-survey': OWN,
  'test/fixtures/replies': OWN,
  'test/fixtures/sets/toilets-inline': { located: 95, status: 95, exemption: 95, values: 95, council: 100 },
  'test/fixtures/sets/repairs-headings': { located: 95, status: 95, exemption: 95, values: 95, council: 100 },
  'test/fixtures/sets/libraries-ten': { located: 95, status: 95, exemption: 95, values: 95, council: 100 },
  'test/fixtures/sets/trees-unnumbered': { located: 95, status: 90, exemption: 95, values: 95, council: 100 },
  // Request shapes of issue #7 (other-blind3): roman-numbered items, items that ask two things.
  'test/fixtures/sets/parking-roman': { located: 95, status: 95, exemption: 95, values: 95, council: 100 },
  'test/fixtures/sets/markets-compound': { located: 95, status: 95, exemption: 95, values: 95, council: 100 },
  '../shared/corpus/crm-dev': {
    located: 99,
    status: 99,
    exemption: 98,
    values: 99,
    council: 100,
    recall: { answered: 99, partial: 95, 'not-applicable': 99, refused: 99, 'not-held': 95, signposted: 95, unclear: 95 },
  },
};
/**
 * Auto-code at the default threshold, over every set: at least this precision and coverage. The
 * calibration table is fitted on 39 sets, harder ones among them (a refusal on its own label is
 * right 36 times in 38 there), so a refusal is offered, not auto-coded: coverage here is ~87%.
 */
const AUTO_PRECISION = 99;
const AUTO_COVERAGE = 86;

function table(r: SetReport): string {
  const rows = r.calibration.map((b) => `  ${b.from.toFixed(2)}–${b.to.toFixed(2)}  n=${String(b.n).padStart(4)}  mean ${b.meanConfidence.toFixed(2)}  right ${b.accuracy}%`);
  return [`calibration (${r.name}):`, ...rows].join('\n');
}

describe('suggestion quality over the sets with gold labels', function () {
  this.timeout(120000);
  const root = resolve(__dirname, '../..');
  const { sets, skipped } = defaultSets(root);
  const reports = sets.map((s) => scoreSet(s, DEFAULT_MIN_CONFIDENCE));
  const overall = reportFor('overall', reports.flatMap((r) => r.replies), DEFAULT_MIN_CONFIDENCE);

  before(() => {
    for (const s of skipped) console.log(`      note: ${s}`);
    console.log(`      sets scored: ${reports.map((r) => `${r.name} (${r.figures.replies})`).join(', ')}`);
    console.log(table(overall).replace(/^/gm, '      '));
    const a = overall.autoCode;
    console.log(`      Auto-code at ${a.threshold}: writes ${a.written}, precision ${a.precision}%, coverage ${a.coverage}%`);
  });

  it('has the examples, the fixtures and the three other questionnaires to measure', () => {
    for (const name of ['examples/crm-survey', 'test/fixtures/replies', 'test/fixtures/sets/toilets-inline', 'test/fixtures/sets/repairs-headings', 'test/fixtures/sets/libraries-ten', 'test/fixtures/sets/trees-unnumbered', 'test/fixtures/sets/parking-roman', 'test/fixtures/sets/markets-compound']) {
      const r = reports.find((x) => x.name === name);
      assert.ok(r && r.figures.replies >= 3, `${name}: no replies with gold`);
    }
  });

  for (const r of reports) {
    const bar = BARS[r.name];
    if (!bar) continue;
    it(`${r.name}: located ≥ ${bar.located}%, status ≥ ${bar.status}%, exemptions ≥ ${bar.exemption}%, values ≥ ${bar.values}%, councils ≥ ${bar.council}%`, () => {
      const f = r.figures;
      assert.ok(f.locatedPct >= bar.located, `located ${f.locatedPct}%`);
      assert.ok(f.statusPct >= bar.status, `status ${f.statusPct}%`);
      assert.ok(f.exemptionPct >= bar.exemption, `exemption ${f.exemptionPct}%`);
      assert.ok(f.valuePct >= bar.values, `values ${f.valuePct}%`);
      assert.ok(f.councilPct >= bar.council, `council ${f.councilPct}%`);
      for (const [status, least] of Object.entries(bar.recall ?? {})) {
        const c = r.classes.find((x) => x.status === status);
        if (c && c.gold > 0) assert.ok(c.recall >= least, `${status}: recall ${c.recall}% (${c.right}/${c.gold})`);
      }
    });
  }

  it(`Auto-code at the default ${DEFAULT_MIN_CONFIDENCE} is ≥ ${AUTO_PRECISION}% right while coding ≥ ${AUTO_COVERAGE}% of answers`, () => {
    const a = overall.autoCode;
    assert.ok(a.precision >= AUTO_PRECISION, `precision ${a.precision}% (${a.right}/${a.written})`);
    assert.ok(a.coverage >= AUTO_COVERAGE, `coverage ${a.coverage}%`);
  });

  it('confidence is calibrated: each well-filled bin is right about as often as it says', () => {
    for (const b of overall.calibration) {
      if (b.n < 40) continue;
      assert.ok(b.accuracy / 100 >= b.meanConfidence - 0.08, `bin ${b.from}–${b.to}: says ${b.meanConfidence}, right ${b.accuracy}%`);
    }
  });

  it('invents few answers the gold does not have', () => {
    assert.ok(overall.figures.extras <= Math.ceil(overall.figures.labels * 0.01), `${overall.figures.extras} extra answers`);
  });
});

/** Runs `fn` with a fresh folder for a little set of its own, removed afterwards. */
function inTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'foi-gold-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the gold scorer itself', () => {
  it('compares numbers within 1%, yes/no exactly and text by words', () => {
    assert.ok(valueMatches('1020000000', 1020000000));
    assert.ok(valueMatches('29', 29.2));
    assert.ok(!valueMatches('29', 31));
    assert.ok(valueMatches('Yes', 'Yes'));
    assert.ok(!valueMatches('Yes', 'No'));
    assert.ok(valueMatches('Hollins & Grey Building Services Ltd', 'Hollins and Grey Building Services Ltd'));
    assert.ok(!valueMatches('Spydus', null));
  });

  it('matches a gold name too short to be a word ("EE", "O2") when the engine\'s text opens with it, and only then', () => {
    assert.ok(valueMatches('EE', 'EE Limited, under a call-off from a national framework.'));
    assert.ok(valueMatches('O2', 'O2 (Telefonica UK Ltd).'));
    assert.ok(!valueMatches('EE', 'Vodafone, with a few EE lines.'));
    assert.ok(!valueMatches('EE', 'EEL Communications'));
  });

  it('reads a gold figure written with its unit or a bracketed note as that figure, and a gold yes or no with details as that yes or no', () => {
    assert.ok(valueMatches('19 (13%)', 19));
    assert.ok(valueMatches('5 months', 5));
    assert.ok(!valueMatches('5 months', 6));
    assert.ok(valueMatches('Yes - three advice charities named', 'Yes'));
    assert.ok(!valueMatches('Yes - three advice charities named', 'No'));
    // (Several figures in one gold string are no single figure.)
    assert.ok(!valueMatches('2021: 22; 2022: 17', 22));
    assert.ok(!valueMatches('2 fines; £160', 2));
  });

  it('counts an answer to a heading the gold leaves out as no extra, and any other unlisted answer as one', () =>
    inTempDir((dir) => {
      writeFileSync(join(dir, 'request.txt'), '1. Charges\na) Does the council charge? (Yes/No)\nb) What is the charge per use?\n2. How many toilets are there?\n');
      const reply = ['1. Charges', 'a) Does the council charge? (Yes/No)', 'b) What is the charge per use?', '2. How many toilets are there?', '', 'We are applying section 12: answering would exceed the appropriate limit.'].join('\n');
      writeFileSync(join(dir, 'reply.txt'), reply);
      const gold = (ids: string[]) => ['council: Test Council', 'answers:', ...ids.map((id) => `  ${id}: { status: refused, exemption: s12 }`), 'markers:', ...ids.map((id) => `  ${id}: 6`)].join('\n');
      writeFileSync(join(dir, 'reply.gold.yaml'), gold(['Q1a', 'Q1b', 'Q2']));
      const src = { name: 't', dir, fromRequest: join(dir, 'request.txt') };
      const withoutHeading = scoreSet(src, DEFAULT_MIN_CONFIDENCE);
      assert.equal(withoutHeading.replies[0]!.extras.length, 0);
      writeFileSync(join(dir, 'reply.gold.yaml'), gold(['Q1a', 'Q1b']));
      assert.deepEqual(scoreSet(src, DEFAULT_MIN_CONFIDENCE).replies[0]!.extras.map((e) => e.id), ['Q2']);
    }));

  it('scores a gold id the engine split into parts against the first part, right only when every part has its status', () =>
    inTempDir((dir) => {
      // "How many fines were issued, and how much was paid?" is split into Q2a and Q2b.
      writeFileSync(join(dir, 'request.txt'), '1. How many libraries are open?\n2. How many fines were issued in 2023/24, and how much was paid?\n');
      const src = { name: 't', dir, fromRequest: join(dir, 'request.txt') };
      const gold = ['council: Test Council', 'answers:', '  Q1: { status: answered, value: "12" }', '  Q2: { status: not-held }', 'markers:', '  Q1: 1', '  Q2: 2'].join('\n');
      writeFileSync(join(dir, 'reply.gold.yaml'), gold);
      writeFileSync(join(dir, 'reply.txt'), '1. 12\n2. We do not hold this information.\n');
      const whole = scoreSet(src, DEFAULT_MIN_CONFIDENCE).replies[0]!;
      assert.deepEqual(whole.extras.map((e) => e.id), []);
      const q2 = whole.items.find((i) => i.id === 'Q2')!;
      assert.equal(q2.got?.id, 'Q2a');
      assert.ok(q2.statusRight && q2.located);
      // One part answered, the other not held: the first part alone does not make the whole answered.
      writeFileSync(join(dir, 'reply.gold.yaml'), gold.replace('Q2: { status: not-held }', 'Q2: { status: answered, value: "431" }'));
      writeFileSync(join(dir, 'reply.txt'), '1. 12\n2. 431 fines were issued. We do not hold how much was paid.\n');
      const mixed = scoreSet(src, DEFAULT_MIN_CONFIDENCE).replies[0]!;
      const q2mixed = mixed.items.find((i) => i.id === 'Q2')!;
      assert.equal(q2mixed.got?.status, 'answered');
      assert.equal(q2mixed.statusRight, false);
    }));

  it('scores a gold exemption exactly, and a gold "other" (older sets) as right for other or a section the list gained later', () =>
    inTempDir((dir) => {
      writeFileSync(join(dir, 'request.txt'), '1. How many staff work in IT?\n2. What is the security budget?\n3. How many attacks were there?\n');
      writeFileSync(join(dir, 'reply.txt'), '1. 41\n2. Exempt under section 24 (national security).\n3. Exempt under section 31 (law enforcement).\n');
      const gold = (q2: string, q3: string): string => ['council: Test Council', 'answers:', '  Q1: { status: answered, value: "41" }', `  Q2: { status: refused, exemption: ${q2} }`, `  Q3: { status: refused, exemption: ${q3} }`, 'markers:', '  Q1: 1', '  Q2: 2', '  Q3: 3'].join('\n');
      const rights = (): unknown[] => scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!.items.map((i) => [i.id, i.got?.exemption, i.exemptionRight]);
      writeFileSync(join(dir, 'reply.gold.yaml'), gold('s24', 's31'));
      assert.deepEqual(rights(), [['Q1', undefined, null], ['Q2', 's24', true], ['Q3', 's31', true]]);
      writeFileSync(join(dir, 'reply.gold.yaml'), gold('other', 'other'));
      assert.deepEqual(rights(), [['Q1', undefined, null], ['Q2', 's24', true], ['Q3', 's31', false]], 'other accepts s24, never one of the first eight');
      writeFileSync(join(dir, 'reply.gold.yaml'), gold('s38', 's27'));
      assert.deepEqual(rights(), [['Q1', undefined, null], ['Q2', 's24', false], ['Q3', 's31', false]], 'a named section must match; s27 is other');
    }));

  it('scores a gold "Qb" against the request\'s item "b)" that the engine reads as Q2, and a gold Q1 against the parts it read from Q1\'s words', () =>
    inTempDir((dir) => {
      writeFileSync(join(dir, 'request.txt'), 'a) How many licences were issued?\nb) How many were refused?\nc) How much was collected in fees?\n');
      writeFileSync(join(dir, 'reply.txt'), 'a) 41\nb) 3\nc) £2,050\n');
      const gold = ['council: Test Council', 'answers:', '  Qa: { status: answered, value: "41" }', '  Qb: { status: answered, value: "3" }', '  Qc: { status: answered, value: "2050", unit: GBP }', 'markers:', '  Qa: 1', '  Qb: 2', '  Qc: 3'].join('\n');
      writeFileSync(join(dir, 'reply.gold.yaml'), gold);
      const lettered = scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!;
      assert.deepEqual(lettered.items.map((i) => [i.id, i.got?.id, i.right]), [['Q1', 'Q1', true], ['Q2', 'Q2', true], ['Q3', 'Q3', true]]);
      assert.equal(lettered.extras.length, 0);

      // Capitals too: a gold "QB" names the item "B. …".
      writeFileSync(join(dir, 'request.txt'), 'A. How many licences were issued?\nB. How many were refused?\nC. How much was collected in fees?\n');
      writeFileSync(join(dir, 'reply.txt'), 'A. 41\nB. 3\nC. £2,050\n');
      writeFileSync(join(dir, 'reply.gold.yaml'), gold.replace(/\bQ([abc])\b/g, (_all, l: string) => `Q${l.toUpperCase()}`));
      const capitals = scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!;
      assert.deepEqual(capitals.items.map((i) => [i.id, i.got?.id, i.right]), [['Q1', 'Q1', true], ['Q2', 'Q2', true], ['Q3', 'Q3', true]]);

      // A gold "Q2ii" names the part "(ii) …" the engine reads as Q2b.
      writeFileSync(join(dir, 'request.txt'), '1. How many licences were issued?\n2. (i) Who runs the service?\n   (ii) How many staff does it have?\n');
      writeFileSync(join(dir, 'reply.txt'), '1. 41\n2. (i) Our own team\n(ii) 6\n');
      // A gold id written without its "Q" ("2a": …) is the id Q2a.
      writeFileSync(join(dir, 'reply.gold.yaml'), ['council: Test Council', 'answers:', '  "1": { status: answered, value: "41" }', '  "2i": { status: answered, value: "Our own team" }', '  "2ii": { status: answered, value: "6" }', 'markers:', '  "1": 1', '  "2i": 2', '  "2ii": 3'].join('\n'));
      assert.deepEqual(scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!.items.map((i) => [i.id, i.right]), [['Q1', true], ['Q2a', true], ['Q2b', true]]);
      writeFileSync(join(dir, 'reply.gold.yaml'), ['council: Test Council', 'answers:', '  Q1: { status: answered, value: "41" }', '  Q2i: { status: answered, value: "Our own team" }', '  Q2ii: { status: answered, value: "6" }', 'markers:', '  Q1: 1', '  Q2i: 2', '  Q2ii: 3'].join('\n'));
      const roman = scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!;
      assert.deepEqual(roman.items.map((i) => [i.id, i.right]), [['Q1', true], ['Q2a', true], ['Q2b', true]]);

      // A gold "Q2i" names the lone part "i.) Please also …" the engine reads as Q2a.
      writeFileSync(join(dir, 'request.txt'), '1. How many licences were issued?\n2. How many were refused this year?\ni.) Please also provide the number refused over the last three years.\n');
      writeFileSync(join(dir, 'reply.txt'), '1. 41\n2. 6\n  i.) 15\n');
      writeFileSync(join(dir, 'reply.gold.yaml'), ['council: Test Council', 'answers:', '  Q1: { status: answered, value: "41" }', '  Q2: { status: answered, value: "6" }', '  Q2i: { status: answered, value: "15" }', 'markers:', '  Q1: 1', '  Q2: 2', '  Q2i: 3'].join('\n'));
      assert.deepEqual(scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!.items.map((i) => [i.id, i.got?.id, i.right]), [['Q1', 'Q1', true], ['Q2', 'Q2', true], ['Q2a', 'Q2a', true]]);

      writeFileSync(join(dir, 'request.txt'), '1. How many applications were made in each of the following years: (a) 2022, (b) 2023?\n2. How many sites are there?\n');
      writeFileSync(join(dir, 'reply.txt'), '1. None\n2. 12\n');
      writeFileSync(join(dir, 'reply.gold.yaml'), ['council: Test Council', 'answers:', '  Q1: { status: answered, value: "0" }', '  Q2: { status: answered, value: "12" }', 'markers:', '  Q1: 1', '  Q2: 2'].join('\n'));
      const headed = scoreSet({ name: 't', dir, fromRequest: join(dir, 'request.txt') }, DEFAULT_MIN_CONFIDENCE).replies[0]!;
      const q1 = headed.items.find((i) => i.id === 'Q1')!;
      assert.equal(q1.got?.id, 'Q1a');
      assert.ok(q1.right);
      assert.equal(headed.extras.length, 0);
    }));
});
