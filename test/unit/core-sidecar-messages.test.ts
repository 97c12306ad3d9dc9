// What a person reads when a sidecar they edited by hand is wrong (src/core/sidecar.ts): one
// problem per mistake, at the line and column of the value, saying what was found (null, a list,
// a mapping, the text — cut at 40 characters — or the number) and what was expected. Each case is
// read by parseSidecar (fast path first) and by parseSidecarDocument (the full parser only): both
// must say the same.
import { strict as assert } from 'node:assert';
import { parseSidecar, parseSidecarDocument } from '../../src/core/sidecar';

const STATUSES = 'answered, partial, not-held, not-applicable, refused, signposted, unclear';
type Seen = [severity: string, code: string, line: number, column: number, message: string];

function problemsOf(text: string): { ok: boolean; problems: Seen[] } {
  const a = parseSidecar(text, 'replies/alder.answers.yaml');
  const b = parseSidecarDocument(text, 'replies/alder.answers.yaml');
  assert.deepEqual(a, b, `both readers agree on ${JSON.stringify(text)}`);
  for (const p of a.problems) assert.equal(p.file, 'replies/alder.answers.yaml');
  return { ok: a.sidecar !== null, problems: a.problems.map((p) => [p.severity, p.code, p.line, p.column, p.message]) };
}

const entry = (lines: string) => `version: 1\nanswers:\n  Q1:\n${lines}`;

describe('sidecar problems: what was found, what was expected, where', () => {
  it('names a status that is null, a list, a mapping, a number or unknown text (long text cut at 40 characters)', () => {
    const cases: [string, string][] = [
      ['null', 'null'],
      ['[a]', 'a list'],
      ['{a: 1}', 'a mapping'],
      ['3', '3'],
      ['x'.repeat(40), `"${'x'.repeat(40)}"`],
      ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
      ['maybe', '"maybe"'],
    ];
    for (const [raw, found] of cases) {
      assert.deepEqual(problemsOf(entry(`    status: ${raw}\n`)), { ok: false, problems: [['error', 'sidecar-schema', 4, 13, `Q1: \`status\` is ${found}; expected one of: ${STATUSES}`]] }, raw);
    }
  });

  it('says which type each field expects: a value, text, a mapping, a whole number of at least 0', () => {
    const cases: [string, number, number, string][] = [
      ['    status: answered\n    value: [1]\n', 5, 12, 'Q1: `value` is a list; expected a number, text, true/false or null'],
      ['    status: answered\n    unit: [a]\n', 5, 11, 'Q1: `unit` is a list; expected text'],
      ['    status: answered\n    quote: [a]\n', 5, 12, 'Q1: `quote` is a list; expected a mapping'],
      ['    status: answered\n    quote:\n      exact: [x]\n', 6, 14, 'Q1: `quote.exact` is a list; expected text'],
      ['    status: answered\n    quote:\n      start: 1\n', 6, 7, 'Q1: `quote.exact` is missing'],
      ['    status: answered\n    quote:\n      exact: a\n      start: -1\n', 7, 14, 'Q1: `quote.start` must be at least 0'],
      ['    status: answered\n    quote:\n      exact: a\n      start: 1.5\n', 7, 14, 'Q1: `quote.start` is 1.5; expected a whole number'],
      ['    status: answered\n    quote:\n      exact: ""\n', 6, 14, 'Q1: `quote.exact` must not be empty'],
    ];
    for (const [lines, line, column, message] of cases) {
      assert.deepEqual(problemsOf(entry(lines)), { ok: false, problems: [['error', 'sidecar-schema', line, column, message]] }, message);
    }
  });

  it('an answer that is not a mapping says what it is instead', () => {
    assert.deepEqual(problemsOf('version: 1\nanswers:\n  Q1: [a]\n').problems, [['error', 'sidecar-schema', 3, 7, 'Q1: the answer is a list; expected a mapping']]);
    assert.deepEqual(problemsOf('version: 1\nanswers:\n  Q1: 3\n').problems, [['error', 'sidecar-schema', 3, 7, 'Q1: the answer is 3; expected a mapping']]);
  });

  it('a whole file that is not a mapping, a version, council, variant or answers of the wrong kind', () => {
    const cases: [string, number, number, string][] = [
      ['- a\n', 1, 1, 'a sidecar is a mapping with `version: 1` and `answers:`, not a list'],
      ['"text"\n', 1, 1, 'a sidecar is a mapping with `version: 1` and `answers:`, not "text"'],
      ['3\n', 1, 1, 'a sidecar is a mapping with `version: 1` and `answers:`, not 3'],
      ['version: [1]\n', 1, 10, '`version` is a list; this tool reads version 1'],
      ['version: null\n', 1, 10, '`version` is null; this tool reads version 1'],
      ['version: 1\ncouncil: {a: 1}\n', 2, 10, '`council` is a mapping; expected a name'],
      ['version: 1\nvariant: [a]\n', 2, 10, '`variant` is a list; expected a name'],
      ['version: 1\nanswers: [a]\n', 2, 10, '`answers` is a list; expected a mapping of question ids'],
    ];
    for (const [text, line, column, message] of cases) {
      assert.deepEqual(problemsOf(text), { ok: false, problems: [['error', 'sidecar-schema', line, column, message]] }, text);
    }
  });

  it('reads an in-place variant `{ omit: [ids] }` as its question ids, each once, and names a wrong one', () => {
    const ok = parseSidecar('version: 1\nvariant: {omit: [Q1, q1, 2, Q3a]}\n');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.sidecar?.variantOmit, ['Q1', 'Q2', 'Q3a']);
    assert.equal(ok.sidecar?.variant, undefined);
    assert.deepEqual(parseSidecar('version: 1\nvariant: {omit: []}\n').sidecar?.variantOmit, []);
    const shape = '`variant` is a mapping; expected a variant name or `{ omit: [question ids] }`';
    for (const text of ['version: 1\nvariant: {omit: Q1}\n', 'version: 1\nvariant: {omit: [Q1], other: 1}\n', 'version: 1\nvariant: {}\n']) {
      assert.deepEqual(problemsOf(text), { ok: false, problems: [['error', 'sidecar-schema', 2, 10, shape]] }, text);
    }
    assert.deepEqual(problemsOf('version: 1\nvariant: {omit: [Q1, {a: 1}]}\n').problems, [['error', 'sidecar-schema', 2, 22, '`variant.omit` item 2 is a mapping; expected a question id']]);
    assert.deepEqual(problemsOf('version: 1\nvariant: {omit: [Q1, zz]}\n').problems, [['error', 'sidecar-schema', 2, 22, '`variant.omit` item 2 is "zz"; expected a question id']]);
    assert.deepEqual(problemsOf('version: 1\nvariant: {omit: [true]}\n').problems, [['error', 'sidecar-schema', 2, 18, '`variant.omit` item 1 is true; expected a question id']]);
  });

  it('a quote that ends before it starts is a warning at its end, and the answer is kept', () => {
    const got = problemsOf(entry('    status: answered\n    quote:\n      exact: a\n      start: 5\n      end: 2\n'));
    assert.deepEqual(got, { ok: true, problems: [['warning', 'sidecar-schema', 8, 12, 'Q1: quote `end` is before `start`; the quote will be found by its text']] });
    assert.deepEqual(problemsOf(entry('    status: answered\n    quote:\n      exact: a\n      start: 2\n      end: 2\n')), { ok: true, problems: [] }, 'an empty span is no warning');
  });
});
