// Coverage as the researcher reads it in the tree view and the report: per council, which
// questions are coded, missing, routed away, omitted by the variant or unreadable, with the
// counts and percentages that add up; per question and over the survey. A small hand-made
// questionnaire keeps each routing rule visible.
import { strict as assert } from 'node:assert';
import { computeCoverage, councilCoverage, dateIn, emptyCounts, orderReplyFiles, routingCycles, summarize, CELL_STATES } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import type { AnswerEntry, Question, Questionnaire, Sidecar } from '../../src/core/types';

function questionnaire(questions: Omit<Question, 'order' | 'type'>[], variants: Questionnaire['variants'] = {}): Questionnaire {
  const qs: Question[] = questions.map((q, order) => ({ type: 'text', ...q, order }));
  return { version: 1, questions: qs, byId: new Map(qs.map((q) => [q.id, q])), codes: {}, variants };
}

function sidecar(answers: Record<string, AnswerEntry | string>, extra: Partial<Sidecar> = {}): Sidecar {
  return { version: 1, answers: new Map(Object.entries(answers).map(([id, a]) => [id, typeof a === 'string' ? ({ status: a } as AnswerEntry) : a])), ...extra };
}

const answered = (value: AnswerEntry['value']): AnswerEntry => ({ status: 'answered', value });

function reply(file: string, answers: Record<string, AnswerEntry | string> | null, extra: Partial<CodedReply> = {}, sidecarExtra: Partial<Sidecar> = {}): CodedReply {
  return { file, council: 'Alder', sidecar: answers ? sidecar(answers, sidecarExtra) : null, ...extra };
}

/** id → state (and reason when routed) of one council. */
function states(q: Questionnaire, replies: CodedReply[]): Record<string, string> {
  const c = councilCoverage(q, 'Alder', replies);
  return Object.fromEntries(c.cells.map((cell) => [cell.id, cell.reason ? `${cell.state} (${cell.reason})` : cell.state]));
}

// Q2 only when Q1 is yes; Q3 only when Q1 is no; Q4 when Q2 is "a" or "b"; Q5 is a heading.
const ROUTED = questionnaire([
  { id: 'Q1' },
  { id: 'Q2', when: { Q1: 'Yes' } },
  { id: 'Q3', when: { Q1: 'no' } },
  { id: 'Q4', when: { Q2: ['A', 'b '] } },
  { id: 'Q5', heading: true },
  { id: 'Q5a' },
]);

describe('coverage: routing on coded values', () => {
  it('routes on the value whatever its case and spaces, and says why', () => {
    assert.deepEqual(states(ROUTED, [reply('a.txt', { Q1: answered('  YES ') })]), {
      Q1: 'answered', Q2: 'missing', Q3: 'not-required (routing: Q1 is "  YES ")', Q4: 'missing', Q5: 'not-required (heading)', Q5a: 'missing',
    });
  });

  it('reads true/false, y/n and booleans as yes/no', () => {
    for (const v of [true, 'true', 'y', 'Y', 'Yes']) {
      const s = states(ROUTED, [reply('a.txt', { Q1: answered(v) })]);
      assert.equal(s.Q3!.split(' ')[0], 'not-required', String(v));
      assert.equal(s.Q2, 'missing', `${String(v)} reads as yes, so Q2 is asked`);
    }
    for (const v of [false, 'false', 'n', 'N']) {
      const s = states(ROUTED, [reply('a.txt', { Q1: answered(v) })]);
      assert.equal(s.Q2!.split(' ')[0], 'not-required', String(v));
      assert.equal(s.Q3, 'missing', String(v));
    }
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered('maybe') })]).Q2, 'not-required (routing: Q1 is "maybe")');
  });

  it('matches any of several expected values, and any choice of a multi-choice value', () => {
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered('yes'), Q2: answered('b') })]).Q4, 'missing');
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered('yes'), Q2: answered('c; A') })]).Q4, 'missing');
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered('yes'), Q2: answered('c; d;') })]).Q4, 'not-required (routing: Q2 is "c; d;")');
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered('yes'), Q2: answered('ab') })]).Q4, 'not-required (routing: Q2 is "ab")');
  });

  it('keeps a question required when the value it depends on is missing, empty or not a value', () => {
    for (const q1 of [undefined, answered(null), answered(''), answered('   '), { status: 'refused', exemption: 's12' } as AnswerEntry, { status: 'not-held' } as AnswerEntry]) {
      const s = states(ROUTED, [reply('a.txt', q1 ? { Q1: q1 } : {})]);
      assert.equal(s.Q2, 'missing', JSON.stringify(q1));
      assert.equal(s.Q3, 'missing', JSON.stringify(q1));
    }
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered(0) })]).Q2, 'not-required (routing: Q1 is "0")');
  });

  it('routes away a question whose condition is itself routed away, down a chain', () => {
    // Q1 no → Q2 not required → Q4 (on Q2) not required, because Q2 was never asked.
    assert.equal(states(ROUTED, [reply('a.txt', { Q1: answered('no') })]).Q4, 'not-required (Q2 not required)');
    const chain = questionnaire(Array.from({ length: 5000 }, (_, i) => (i === 0 ? { id: 'Q1' } : { id: `Q${i + 1}`, when: { [`Q${i}`]: 'yes' } })));
    const c = councilCoverage(chain, 'Alder', [reply('a.txt', { Q1: answered('no') })]);
    assert.equal(c.counts['not-required'], 4999);
    assert.equal(c.cells[4999]!.reason, 'Q4999 not required');
    assert.equal(c.asked, 1);
  });

  it('a stored status wins over routing', () => {
    const s = states(ROUTED, [reply('a.txt', { Q1: answered('no'), Q2: 'not-applicable' })]);
    assert.equal(s.Q2, 'not-applicable');
    assert.equal(s.Q4, 'missing', 'Q2 is coded without a value: Q4 cannot be decided, so it is shown');
  });

  it('counts a heading with an answer as coded, and one without as not required', () => {
    assert.equal(states(ROUTED, [reply('a.txt', { Q5: answered('x') })]).Q5, 'answered');
    const c = councilCoverage(ROUTED, 'Alder', [reply('a.txt', {})]);
    assert.equal(c.cells.find((x) => x.id === 'Q5')!.heading, true);
    assert.equal(c.cells.find((x) => x.id === 'Q5a')!.heading, undefined);
    assert.deepEqual(c.missing, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5a']);
  });

  it('treats a routing cycle as required, and routingCycles names each cycle once', () => {
    const cyc = questionnaire([{ id: 'Q1', when: { Q3: 'yes' } }, { id: 'Q2', when: { Q1: 'yes' } }, { id: 'Q3', when: { Q2: 'yes' } }, { id: 'Q4', when: { Q4: 'yes' } }, { id: 'Q5', when: { Q9: 'yes' } }, { id: 'Q6', when: { Q1: 'yes' } }]);
    assert.deepEqual(states(cyc, [reply('a.txt', {})]), { Q1: 'missing', Q2: 'missing', Q3: 'missing', Q4: 'missing', Q5: 'missing', Q6: 'missing' });
    assert.deepEqual(routingCycles(cyc), [['Q1', 'Q3', 'Q2', 'Q1'], ['Q4', 'Q4']]);
    assert.deepEqual(routingCycles(ROUTED), []);
    // Breaking the cycle with a coded value routes the rest.
    const s = states(cyc, [reply('a.txt', { Q3: answered('no') })]);
    assert.equal(s.Q1, 'not-required (routing: Q3 is "no")');
    assert.equal(s.Q2, 'not-required (Q1 not required)');
    assert.equal(s.Q6, 'not-required (Q1 not required)');
  });

  it('finds a cycle reached from a question outside it, once', () => {
    const q = questionnaire([{ id: 'Q1', when: { Q2: 'x' } }, { id: 'Q2', when: { Q3: 'x' } }, { id: 'Q3', when: { Q2: 'x' } }, { id: 'Q4', when: { Q3: 'x', Q2: 'x' } }]);
    assert.deepEqual(routingCycles(q), [['Q2', 'Q3', 'Q2']]);
  });
});

describe('coverage: variants', () => {
  const q = questionnaire([{ id: 'Q1' }, { id: 'Q2' }, { id: 'Q3', when: { Q2: 'yes' } }], { short: { omit: ['Q2'] } });

  it('drops omitted questions, and routes away what depends on them', () => {
    const c = councilCoverage(q, 'Alder', [reply('a.txt', { Q1: answered('x') }, {}, { variant: 'short' })]);
    assert.deepEqual(c.cells.map((x) => x.id), ['Q1', 'Q3']);
    assert.equal(c.cells[1]!.state, 'not-required');
    assert.equal(c.cells[1]!.reason, 'Q2 not asked (variant)');
    assert.equal(c.variant, 'short');
    assert.equal(c.unknownVariant, undefined);
    assert.equal(c.percent, 100);
  });

  it('takes the variant of the latest file that names one, and flags one the questionnaire does not define', () => {
    const c = councilCoverage(q, 'Alder', [
      reply('2019-01-01.txt', {}, {}, { variant: 'short' }),
      reply('2019-02-01.txt', {}, {}),
    ]);
    assert.equal(c.variant, 'short');
    const unknown = councilCoverage(q, 'Alder', [reply('a.txt', {}, {}, { variant: 'long' })]);
    assert.equal(unknown.unknownVariant, 'long');
    assert.equal(unknown.variant, 'long');
    assert.equal(unknown.cells.length, 3);
    const none = councilCoverage(q, 'Alder', [reply('a.txt', {})]);
    assert.equal('variant' in none, false);
    assert.equal('unknownVariant' in none, false);
  });
});

describe('coverage: counts and percentages', () => {
  const q = questionnaire([{ id: 'Q1' }, { id: 'Q2' }, { id: 'Q3' }, { id: 'Q4', when: { Q1: 'yes' } }, { id: 'Q5' }, { id: 'Q6' }]);

  it('counts each state, asked = cells − not required, percent to one decimal', () => {
    const c = councilCoverage(q, 'Alder', [reply('a.txt', { Q1: answered('no'), Q2: 'refused', Q9: 'answered' })]);
    assert.equal(c.counts.answered, 1);
    assert.equal(c.counts.refused, 1);
    assert.equal(c.counts.missing, 3);
    assert.equal(c.counts['not-required'], 1);
    assert.equal(c.asked, 5);
    assert.equal(c.coded, 2);
    assert.equal(c.percent, 40);
    assert.deepEqual(c.missing, ['Q3', 'Q5', 'Q6']);
    assert.deepEqual(c.unknownIds, ['Q9']);
    const third = councilCoverage(questionnaire([{ id: 'Q1' }, { id: 'Q2' }, { id: 'Q3' }]), 'Alder', [reply('a.txt', { Q1: 'answered' })]);
    assert.equal(third.percent, 33.3);
    const twoThirds = councilCoverage(questionnaire([{ id: 'Q1' }, { id: 'Q2' }, { id: 'Q3' }]), 'Alder', [reply('a.txt', { Q1: 'answered', Q2: 'partial' })]);
    assert.equal(twoThirds.percent, 66.7);
  });

  it('gives 100% when nothing was asked, and every state a zero count to start from', () => {
    const c = councilCoverage(questionnaire([{ id: 'Q1', heading: true }]), 'Alder', [reply('a.txt', null)]);
    assert.equal(c.asked, 0);
    assert.equal(c.percent, 100);
    assert.deepEqual(Object.keys(emptyCounts()), [...CELL_STATES]);
    assert.ok(Object.values(emptyCounts()).every((n) => n === 0));
    assert.deepEqual(CELL_STATES.slice(-3), ['missing', 'not-required', 'unreadable']);
  });
});

describe('coverage: several files and unreadable sidecars', () => {
  const q = questionnaire([{ id: 'Q1' }, { id: 'Q2' }, { id: 'Q3' }]);

  it('the later file wins, earlier entries are history oldest first, each with its sidecar file', () => {
    const c = councilCoverage(q, 'Alder', [
      reply('c-2019-03-01.txt', { Q1: answered(3) }, { sidecarFile: 'c.yaml' }),
      reply('a-2019-01-01.txt', { Q1: answered(1), Q2: answered('x') }, { sidecarFile: 'a.yaml' }),
      reply('b-2019-02-01.txt', { Q1: answered(2) }),
    ]);
    assert.deepEqual(c.files, ['a-2019-01-01.txt', 'b-2019-02-01.txt', 'c-2019-03-01.txt']);
    const q1 = c.cells[0]!;
    assert.equal(q1.entry!.value, 3);
    assert.equal(q1.file, 'c-2019-03-01.txt');
    assert.equal(q1.sidecarFile, 'c.yaml');
    assert.deepEqual(q1.history.map((h) => [h.file, h.sidecarFile, h.entry.value]), [['a-2019-01-01.txt', 'a.yaml', 1], ['b-2019-02-01.txt', undefined, 2]]);
    assert.equal('sidecarFile' in q1.history[1]!, false);
    assert.equal(c.cells[1]!.sidecarFile, 'a.yaml');
    assert.deepEqual(c.cells[1]!.history, []);
    assert.equal('sidecarFile' in councilCoverage(q, 'Alder', [reply('x.txt', { Q1: 'answered' })]).cells[0]!, false);
  });

  it('marks every cell no readable file codes as unreadable, never missing, and says where the file is broken', () => {
    const c = councilCoverage(q, 'Alder', [
      reply('a.txt', { Q1: answered('x') }),
      reply('b.txt', null, {
        sidecarFile: 'b.yaml',
        unreadable: [
          { severity: 'error', code: 'sidecar-parse', message: 'bad indentation', line: 3, column: 5 },
          { severity: 'warning', code: 'w', message: 'just a warning', line: 1, column: 1 },
          { severity: 'error', code: 'sidecar-encoding', message: 'not UTF-8', line: 2, column: 1, file: 'other.yaml' },
        ],
      }),
    ]);
    assert.deepEqual(c.cells.map((x) => x.state), ['answered', 'unreadable', 'unreadable']);
    assert.deepEqual(c.missing, []);
    assert.equal(c.counts.unreadable, 2);
    assert.equal(c.asked, 3);
    assert.equal(c.coded, 1);
    assert.deepEqual(c.unreadable, [
      { file: 'b.yaml', line: 3, column: 5, message: 'bad indentation' },
      { file: 'other.yaml', line: 2, column: 1, message: 'not UTF-8' },
    ]);
    const noSidecarName = councilCoverage(q, 'Alder', [reply('c.txt', null, { unreadable: [{ severity: 'error', code: 'x', message: 'm', line: 1, column: 2 }] })]);
    assert.equal(noSidecarName.unreadable[0]!.file, 'c.txt');
    // The per-question figures agree with the council's: an unreadable cell is asked, not coded.
    const s = summarize(q, [c]);
    assert.deepEqual(s.questions.map((x) => [x.id, x.asked, x.coded, x.percent]), [['Q1', 1, 1, 100], ['Q2', 1, 0, 0], ['Q3', 1, 0, 0]]);
    assert.deepEqual([s.totals.asked, s.totals.coded], [3, 1]);
    const warningOnly = councilCoverage(q, 'Alder', [reply('c.txt', null, { unreadable: [{ severity: 'warning', code: 'x', message: 'm', line: 1, column: 2 }] })]);
    assert.deepEqual(warningOnly.unreadable, []);
    assert.deepEqual(warningOnly.missing, ['Q1', 'Q2', 'Q3']);
  });
});

describe('coverage: order of reply files', () => {
  const order = (files: { file: string; received?: string }[]) => orderReplyFiles(files).map((f) => f.file);

  it('orders by date when every file has one: received first, else the date in the name', () => {
    assert.deepEqual(order([{ file: 'z-20190512.txt' }, { file: 'y.txt', received: '2019-05-01' }, { file: 'review-2019-04-01.txt' }]), ['review-2019-04-01.txt', 'y.txt', 'z-20190512.txt']);
    assert.deepEqual(order([{ file: 'dir-2030-01-01/b.txt', received: '2018-01-01' }, { file: 'a-2019-01-01.txt' }]), ['dir-2030-01-01/b.txt', 'a-2019-01-01.txt']);
  });

  it('otherwise puts reviews last, undated before dated, then by name', () => {
    assert.deepEqual(order([{ file: 'internal-review.txt' }, { file: 'b.txt' }, { file: 'a-2019-01-01.txt' }, { file: 'a.txt' }]), ['a.txt', 'b.txt', 'a-2019-01-01.txt', 'internal-review.txt']);
    assert.deepEqual(order([{ file: 'revised.txt' }, { file: 'Internal_Review-2.txt' }, { file: 'c.txt' }]), ['c.txt', 'Internal_Review-2.txt', 'revised.txt']);
    assert.deepEqual(order([{ file: 'b-2019-02-01.txt' }, { file: 'x.txt' }, { file: 'a-2019-03-01.txt' }, { file: 'y-review.txt' }]), ['x.txt', 'b-2019-02-01.txt', 'a-2019-03-01.txt', 'y-review.txt']);
    assert.deepEqual(order([{ file: 'b.txt' }, { file: 'a.txt' }, { file: 'a.txt' }]), ['a.txt', 'a.txt', 'b.txt']);
  });

  it('reads dates with or without dashes, only real months and days, not inside longer numbers', () => {
    assert.equal(dateIn('reply-2019-05-12.txt'), '2019-05-12');
    assert.equal(dateIn('20190512'), '2019-05-12');
    assert.equal(dateIn('1999-12-31'), '1999-12-31');
    assert.equal(dateIn('2019-1231'), '2019-12-31');
    for (const bad of ['2019-13-01', '2019-00-10', '2019-05-32', '2019-05-00', '120190512', '201905120', '2119-05-12', '1899-05-12', '', undefined]) assert.equal(dateIn(bad), null, String(bad));
    assert.equal(dateIn('x2019-05-12'), '2019-05-12');
    assert.equal(dateIn('2019-05-31'), '2019-05-31');
    assert.equal(dateIn('2019-05-20'), '2019-05-20');
    assert.equal(dateIn('2019-10-09'), '2019-10-09');
  });
});

describe('coverage: the survey', () => {
  const q = questionnaire([{ id: 'Q1' }, { id: 'Q2', when: { Q1: 'yes' } }]);

  it('groups replies by council, sorts councils by name ignoring case and numbering naturally', () => {
    const s = computeCoverage(q, [
      { file: 'b.txt', council: 'beta', sidecar: sidecar({ Q1: answered('no') }) },
      { file: 'a10.txt', council: 'Area 10', sidecar: null },
      { file: 'a2.txt', council: 'Area 2', sidecar: sidecar({ Q1: answered('yes'), Q2: 'refused' }) },
      { file: 'A.txt', council: 'Alpha', sidecar: null },
      { file: 'a2b.txt', council: 'Area 2', sidecar: null },
      { file: 'x.txt', council: 'alpha', sidecar: null },
    ]);
    assert.deepEqual(s.councils.map((c) => c.council), ['Alpha', 'alpha', 'Area 2', 'Area 10', 'beta']);
    assert.deepEqual(s.councils[2]!.files, ['a2.txt', 'a2b.txt']);
    assert.equal(s.totals.councils, 5);
    // Alpha 0/2, alpha 0/2, Area 2 2/2, Area 10 0/2 (Q1 unknown: Q2 shown), beta 1/1 (Q2 routed away)
    assert.equal(s.totals.asked, 9);
    assert.equal(s.totals.coded, 3);
    assert.equal(s.totals.percent, 33.3);
    assert.equal(s.totals.counts.missing, 6);
    assert.equal(s.totals.counts['not-required'], 1);
    const [q1, q2] = s.questions;
    assert.equal(q1!.question, q.byId.get('Q1'));
    assert.deepEqual([q1!.asked, q1!.coded, q1!.percent], [5, 2, 40]);
    assert.deepEqual([q2!.asked, q2!.coded, q2!.percent], [4, 1, 25]);
    assert.equal(q2!.counts['not-required'], 1);
    assert.deepEqual(q2!.councils.map((c) => [c.council, c.cell.state]), [['Alpha', 'missing'], ['alpha', 'missing'], ['Area 2', 'refused'], ['Area 10', 'missing'], ['beta', 'not-required']]);
  });

  it('gives 100% everywhere for an empty survey, and leaves out questions a council does not have', () => {
    const empty = computeCoverage(q, []);
    assert.deepEqual([empty.totals.councils, empty.totals.asked, empty.totals.percent], [0, 0, 100]);
    assert.deepEqual(empty.questions.map((x) => x.percent), [100, 100]);
    const other = questionnaire([{ id: 'Q1' }]);
    const one = councilCoverage(other, 'X', [{ file: 'x.txt', council: 'X', sidecar: sidecar({ Q1: 'answered' }) }]);
    const s = summarize(q, [{ ...one, cells: [...one.cells, { id: 'Q77', state: 'answered', history: [] }] }]);
    assert.deepEqual(s.questions.map((x) => x.councils.length), [1, 0]);
    assert.equal(s.totals.coded, 1);
  });
});
