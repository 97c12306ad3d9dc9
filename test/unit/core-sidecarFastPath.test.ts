// The index's fast sidecar reader promises two things a user relies on: it reads every file
// exactly as the full YAML reader does (same answers, same problems), and files in the writer's
// own style — and ordinary hand edits of them — are read without the slow parser. Each case
// here is one scalar form, layout or mistake a person or the writer can produce.
import { strict as assert } from 'node:assert';
import { applyAnswerEdits, MAX_SHORT, parseSidecar } from '../../src/core/sidecar';
import { readSidecarFast, readSubset, readWriterShape, plainSidecar } from '../../src/core/sidecarFastPath';
import type { AnswerEntry } from '../../src/core/types';

/** Same result as the full parser, answers in the same order. */
function same(text: string): ReturnType<typeof readSidecarFast> {
  const fast = readSidecarFast(text, 'r.yaml');
  const full = parseSidecar(text, 'r.yaml');
  assert.deepEqual(fast, full, JSON.stringify(text));
  if (fast.sidecar) assert.deepEqual([...fast.sidecar.answers.keys()], [...full.sidecar!.answers.keys()], `order: ${JSON.stringify(text)}`);
  return fast;
}

/** A sidecar with one answer whose `value:` line is `raw`. */
const withValue = (raw: string): string => `version: 1\nanswers:\n  Q1:\n    status: answered\n    value: ${raw}\n`;

/** The value the fast reader gives, checked against the full parser. */
function valueOf(raw: string): unknown {
  const got = same(withValue(raw));
  return got.sidecar ? got.sidecar.answers.get('Q1')?.value : 'problems';
}

const subsetTaken = (text: string): boolean => typeof readSubset(text) === 'object';

describe('sidecar fast reader: scalars read as the full YAML reader reads them', () => {
  it('double-quoted escapes: every YAML escape, hex, \\u and \\U', () => {
    assert.equal(valueOf('"a\\tb"'), 'a\tb');
    assert.equal(valueOf('"a\\nb\\rc"'), 'a\nb\rc');
    assert.equal(valueOf('"\\\\ \\" \\/"'), '\\ " /');
    assert.equal(valueOf('"\\0\\b\\f\\v\\a\\e"'), '\0\b\f\v\u0007\u001b');
    assert.equal(valueOf('"\\ x\\N\\_"'), ' x\u0085\u00a0');
    assert.equal(valueOf('"\\x41\\u00e9\\U0001F600"'), 'A\u00e9\u{1F600}');
    assert.equal(valueOf('"\\u00E9"'), '\u00e9');
    assert.equal(valueOf('"x" # comment'), 'x');
    assert.equal(valueOf('"x"   '), 'x');
    assert.equal(valueOf('""'), '');
    assert.equal(valueOf('"a # b"'), 'a # b');
  });

  it('double-quoted mistakes give the full reader\'s problems, not a guess', () => {
    for (const raw of ['"\\q"', '"\\x4"', '"\\xZZ"', '"\\u12"', '"\\U00110000"', '"abc', '"a" b', '"a"#b', '"a\\']) valueOf(raw);
    assert.equal(valueOf('"abc'), 'problems');
  });

  it('single-quoted: a doubled quote is a quote, a comment may follow', () => {
    assert.equal(valueOf("'it''s'"), "it's");
    assert.equal(valueOf("''''"), "'");
    assert.equal(valueOf("'a' # note"), 'a');
    assert.equal(valueOf("''"), '');
    assert.equal(valueOf("'a \\n b'"), 'a \\n b');
    for (const raw of ["'open", "'a' b", "'a'b"]) valueOf(raw);
  });

  it('plain scalars: numbers, keywords and text as YAML 1.2 core resolves them', () => {
    const cases: [string, unknown][] = [
      ['42', 42], ['-7', -7], ['+3', 3], ['007', 7], ['1.5', 1.5], ['.5', 0.5], ['-.5', -0.5], ['1.', 1], ['1e3', 1000], ['2.5E-2', 0.025], ['+1e+2', 100],
      ['null', null], ['Null', null], ['NULL', null], ['~', null],
      ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
      ['yes', 'yes'], ['No', 'No'], ['nULL', 'nULL'], ['tRUE', 'tRUE'], ['fAlse', 'fAlse'], ['nothing', 'nothing'], ['to', 'to'], ['f', 'f'],
      ['1-2', '1-2'], ['1.2.3', '1.2.3'], ['-', 'problems'], ['12 monkeys', '12 monkeys'], ['.x', '.x'], ['+x', '+x'],
      ['a:b', 'a:b'], ['a #b', 'a'], ['a#b', 'a#b'], ['a   ', 'a'], ['caf\u00e9 # n', 'caf\u00e9'], ['caf\u00e9#n', 'caf\u00e9#n'], ['\u00e9t\u00e9   ', '\u00e9t\u00e9'],
      ['9007199254740993', 'problems'],
    ];
    for (const [raw, want] of cases) {
      const got = valueOf(raw);
      if (want !== 'problems') assert.deepEqual(got, want, raw);
    }
  });

  it('plain scalars the subset does not read are left to the full reader, which decides', () => {
    for (const raw of ['0x1F', '0o17', '.inf', '-.Inf', '.NaN', '[1, 2]', '{a: 1}', '&a x', '*a', '!tag x', '|', '>', '%x', '@x', '`x', ',x', '- x', '? x', ': x', 'a: b', 'a:', '\u00e9: x', 'a\tb', '\u00e9\tb', '#x', '9007199254740993', '12345678901234567890']) {
      valueOf(raw);
    }
    assert.equal(valueOf('0x1F'), 31);
    assert.equal(valueOf('.inf'), 'problems', 'an infinite value is refused');
    assert.equal(valueOf('0o17'), 15);
  });
});

describe('sidecar fast reader: layouts', () => {
  it('reads the top keys, a council and a variant, comments and blank lines anywhere', () => {
    const text = '# coded by jb\nversion: 1 # schema\ncouncil: Alder Council\n\nvariant: short\nanswers: # all\n  Q1:   # first\n    status: answered\n\n    # a note\n    value: 3\n';
    const got = same(text);
    assert.equal(got.sidecar!.council, 'Alder Council');
    assert.equal(got.sidecar!.variant, 'short');
    assert.equal(got.sidecar!.answers.get('Q1')!.value, 3);
  });

  it('keeps a byte-order mark, CRLF, and a file without a final newline out of the values', () => {
    const text = '\uFEFFversion: 1\r\ncouncil: "A"\r\nanswers:\r\n  Q1:\r\n    status: refused\r\n    exemption: s43';
    const got = same(text);
    assert.equal(got.sidecar!.answers.get('Q1')!.exemption, 's43');
    assert.equal(got.sidecar!.council, 'A');
  });

  it('leaves a lone CR or a Unicode line separator to the full reader', () => {
    same('version: 1\rcouncil: A\ranswers:\r  Q1:\r    status: answered\r');
    same('version: 1\ncouncil: A\u2028B\n');
    same('version: 1\ncouncil: A\u2029B\n');
    same('version: 1\r\ncouncil: A\r\r\n');
  });

  it('reads empty and null sections: no council, no answers, an empty file', () => {
    for (const text of ['', '\n', '# only a comment\n', 'version: 1\n', 'version: 1\nanswers:\n', 'version: 1\nanswers: # none\n', 'version: 1\ncouncil:\nvariant: ~\nanswers: null\n', 'version: 1\ncouncil: null\n']) {
      same(text);
    }
  });

  it('reads nested quotes with all their keys, in any order', () => {
    same(withValue('x') + '    quote:\n      exact: "12,000"\n      prefix: "Q2. "\n      suffix: "\\n"\n      start: 4\n      end: 10\n');
    same('version: 1\nanswers:\n  Q1:\n    quote:\n      end: 10\n      exact: a\n      start: 4\n    status: answered\n');
    same('version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n');
    same('version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n    value: 3\n');
    same('version: 1\nanswers:\n  Q1:\n    status: answered\n    quote: x\n');
  });

  it('reports the same problems for what is wrong: bad status, version, exemption, ids, offsets, sizes', () => {
    const bad = [
      'version: 2\nanswers:\n  Q1:\n    status: answered\n',
      'version: "1"\n',
      'version: 1\nanswers:\n  Q1:\n    status: maybe\n',
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    exemption: s99\n',
      'version: 1\nanswers:\n  zz:\n    status: answered\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n  q1:\n    status: refused\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      start: 5\n      end: 2\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: ""\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      start: -1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      start: 1.5\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      prefix: a\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    unit: 3\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    note: true\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    coder: 7\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    extra: 1\n',
      `version: 1\ncouncil: ${'x'.repeat(MAX_SHORT + 1)}\n`,
      `version: 1\nvariant: ${'x'.repeat(MAX_SHORT + 1)}\n`,
      `version: 1\nanswers:\n  Q1:\n    status: answered\n    unit: ${'x'.repeat(MAX_SHORT + 1)}\n`,
      `version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      prefix: ${'x'.repeat(MAX_SHORT + 1)}\n`,
      'version: 1\ncouncil: 7\n',
      'version: 1\nvariant: true\n',
      'version: 1\nextra: 1\n',
      'version: 1\nanswers: 3\n',
      'version: 1\nanswers:\n  Q1: answered\n',
      'version: 1\nanswers:\n  Q1:\n',
      'council: A\n',
    ];
    for (const text of bad) {
      const got = same(text);
      assert.ok(got.problems.length > 0 || got.sidecar === null || text.includes('exact: a\n      start: 5'), `a problem is reported for ${JSON.stringify(text)}`);
    }
  });

  it('reads odd indentation, tabs, duplicate keys and flow style exactly as the full reader does', () => {
    for (const text of [
      'version: 1\n answers:\n',
      'version: 1\nanswers:\n   Q1:\n      status: answered\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n   value: 3\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n      value: 3\n',
      'version: 1\nanswers:\n\tQ1:\n',
      'version: 1\nversion: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    status: refused\n',
      'version: 1\n__proto__: x\n',
      'version: 1\nanswers:\n  __proto__:\n    status: answered\n',
      'version: 1\nanswers: {Q1: {status: answered}}\n',
      'version: 1\nanswers:\n  - Q1\n',
      'version:1\n',
      'version : 1\n',
      'ver sion: 1\n',
      ': 1\n',
      'version\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\ncouncil: late\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n  council: x\n',
      'version: 1\nanswers:\n  Q1:\n    value: 3\n    status: answered\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    coder: jb\n    value: 3\n',
      'council: A\nversion: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n  Q2:\n    status: refused\n    exemption: s40\n    note: "why"\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      start: 1\n      exact: a\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      exact: b\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n    value: 2\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      other: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n      exact: a\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value:\n',
      'version: 1\ncouncil:\n  name: A\n',
      'version: 1\nanswers:\n  Q1:\n    status:\n      x: 1\n',
      'version:\n  x: 1\n',
      'version: 1\nanswers:\n  Q1: # c\n    status: answered # c\n    value: 3 # c\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: "a"b\n',
      'version: 1\nanswers:\n  Q1:\n    status: "answered"\n    exemption: \'s40\'\n',
      'version: 1\nanswers:\n  Q 1:\n    status: answered\n',
      'version: 1\nanswers:\n  q1:\n    status: answered\n',
      'version: 1\nanswers:\n  "Q1":\n    status: answered\n',
    ]) {
      same(text);
    }
  });
});

describe('sidecar fast reader: what the writer writes takes the fast path', () => {
  const entries: { id: string; entry: AnswerEntry }[] = [
    { id: 'Q1', entry: { status: 'answered', value: 'Alder Council', coder: 'jb', quote: { exact: 'Alder Council', prefix: 'Q1. ', suffix: '\nQ2', start: 20, end: 33 } } },
    { id: 'Q2', entry: { status: 'answered', value: 12000, unit: 'people', quote: { exact: '12,000' } } },
    { id: 'Q3', entry: { status: 'refused', exemption: 's43', note: 'commercially "sensitive"\tand: odd #' } },
    { id: 'Q4a', entry: { status: 'answered', value: true } },
    { id: 'Q4b', entry: { status: 'not-held', value: null } },
    { id: 'Q5', entry: { status: 'answered', value: -2.5, unit: '%' } },
    { id: 'Q6', entry: { status: 'answered', value: '00', note: "it's" } },
  ];
  const written = applyAnswerEdits(null, entries, { council: 'Alder Council', order: entries.map((e) => e.id) });
  assert.ok(written.ok);
  const text = written.text;

  it('reads the writer\'s own file by its exact layout, and the same as the full reader', () => {
    const exact = readWriterShape(text);
    assert.ok(exact, text);
    assert.deepEqual(exact, parseSidecar(text).sidecar);
    assert.deepEqual(same(text).sidecar, exact);
    assert.ok(readWriterShape(text.replace(/\n/g, '\r\n')), 'with CRLF');
    assert.ok(readWriterShape('# header\n' + text.replace('answers:', 'answers: # coded')), 'with comments');
    assert.ok(readWriterShape(text.replace('council: Alder Council\n', 'council: Alder Council\nvariant: short\n')), 'with a variant');
    assert.ok(readWriterShape('version: 1\n'), 'no answers');
    assert.ok(readWriterShape('version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      end: 5\n'), 'quote keys skipped');
  });

  it('reads hand edits out of the writer\'s order by the subset reader, without the full parser', () => {
    const moved = text.replace('version: 1\n', '') + 'version: 1\n';
    assert.equal(readWriterShape(moved), null);
    assert.ok(subsetTaken(moved));
    same(moved);
    const reordered = 'version: 1\nanswers:\n  Q1:\n    value: 3\n    status: answered\n';
    assert.equal(readWriterShape(reordered), null);
    assert.ok(subsetTaken(reordered));
    const data = readSubset(reordered) as Parameters<typeof plainSidecar>[0];
    assert.deepEqual(data, { version: 1, answers: { Q1: { value: 3, status: 'answered' } } });
    const sidecar = plainSidecar(data);
    // Out of order: the hand check declines and the schema builds it.
    assert.equal(sidecar, null);
    same(reordered);
    const inOrder = readSubset('version: 1\ncouncil: A\nanswers:\n  Q1:\n    status: answered\n    value: 3\n    quote:\n      exact: x\n      start: 0\n') as Parameters<typeof plainSidecar>[0];
    assert.deepEqual(plainSidecar(inOrder), { version: 1, council: 'A', answers: new Map([['Q1', { status: 'answered', value: 3, quote: { exact: 'x', start: 0 } }]]) });
  });

  it('the subset reader reads comments, blank lines, quoted values and a key with no value as null', () => {
    assert.deepEqual(readSubset('# c\nversion: 1 # v\n\ncouncil:\nvariant: \'x\'\nanswers:\n  Q1:\n    value: "a\\tb"\n'), {
      version: 1,
      council: null,
      variant: 'x',
      answers: { Q1: { value: 'a\tb' } },
    });
    assert.deepEqual(readSubset('a:\n  b:\n    c: 1\n  d: 2\ne: 3\n'), { a: { b: { c: 1 }, d: 2 }, e: 3 });
    assert.deepEqual(readSubset('a:\nb: 1\n'), { a: null, b: 1 });
    assert.deepEqual(readSubset('a: 1\r\nb: 2'), { a: 1, b: 2 });
    assert.deepEqual(readSubset('a-b_c.d: x'), { 'a-b_c.d': 'x' });
  });

  it('the subset reader declines what it cannot read for sure', () => {
    for (const t of ['a: 1\n  b: 2\n', 'a:\n  b: 1\n c: 2\n', 'a: 1\na: 2\n', '__proto__: 1\n', 'a:b\n', 'a :1\n', ' : 1\n', 'é: 1\n', 'a: [1]\n', 'a: 1\rb: 2\n', 'a:\tb\n', 'a: "x\n']) {
      assert.equal(typeof readSubset(t), 'symbol', JSON.stringify(t));
    }
  });

  it('plainSidecar builds a Sidecar only from data exactly in the schema, with no warning', () => {
    const ok = { version: 1, answers: { Q1: { status: 'answered', exemption: 's40', value: 'x', unit: 'u', note: 'n', coder: 'c', quote: { exact: 'e', prefix: 'p', suffix: 's', start: 1, end: 2 } } } };
    assert.ok(plainSidecar(ok as never));
    assert.equal(plainSidecar({ version: 1 })!.answers.size, 0);
    assert.equal(plainSidecar({ version: 1, council: null, variant: null })!.council, undefined);
    for (const bad of [
      { version: 2 },
      { version: 1, other: 1 },
      { version: 1, council: 3 },
      { version: 1, variant: 'x'.repeat(MAX_SHORT + 1) },
      { version: 1, answers: 'x' },
      { version: 1, answers: { zz: { status: 'answered' } } },
      { version: 1, answers: { Q1: { status: 'answered' }, q1: { status: 'answered' } } },
      { version: 1, answers: { Q1: 'answered' } },
      { version: 1, answers: { Q1: { status: 'maybe' } } },
      { version: 1, answers: { Q1: { status: 'refused', exemption: 's99' } } },
      { version: 1, answers: { Q1: { status: 'answered', value: Infinity } } },
      { version: 1, answers: { Q1: { status: 'answered', unit: 3 } } },
      { version: 1, answers: { Q1: { status: 'answered', note: 3 } } },
      { version: 1, answers: { Q1: { status: 'answered', coder: 3 } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: 'x' } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: '' } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: 3 } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: 'a', prefix: 3 } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: 'a', suffix: 3 } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: 'a', start: -1 } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: 'a', end: 0.5 } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { exact: 'a', start: 3, end: 2 } } } },
      { version: 1, answers: { Q1: { status: 'answered', quote: { start: 1, exact: 'a' } } } },
      { version: 1, answers: { Q1: { value: 1, status: 'answered' } } },
      { version: 1, answers: { Q1: { status: 'answered', extra: 1 } } },
    ]) {
      assert.equal(plainSidecar(bad as never), null, JSON.stringify(bad));
    }
  });

  it('the exact-layout reader declines anything off the writer\'s layout', () => {
    for (const t of [
      'version: 1\nanswers:\n',
      'version: 1\nanswers:\n  Q1:\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n      exact: a\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      exact: b\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact:\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote: x\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value:\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: [1]\n',
      'version: 1\nanswers:\n  Q1:\n    value: 1\n    status: answered\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    status: answered\n',
      'version: 1\nanswers:\n  Q1: x\n    status: answered\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n  Q1:\n    status: answered\n',
      'version: 1\nanswers:\n  zz:\n    status: answered\n',
      'version: 1\n  Q1:\n',
      'version: 1\n    status: answered\n',
      'version: 1\n      exact: a\n',
      'version: 1\n   x: 1\n',
      'council: A\nversion: 1\n',
      'version: 1\nversion: 1\n',
      'version:\n',
      'version: 1\nanswers: x\n',
      'version: 1\ncouncil: 3\n',
      `version: 1\ncouncil: ${'x'.repeat(MAX_SHORT + 1)}\n`,
      'version: 1\ncouncil: [a]\n',
      'version: 2\n',
      'council: A\n',
      'version: 1\nanswers:\n  Q1:\n    status: maybe\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\nother: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: a\n      start: 2\n      end: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: "\\q"\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n    coder: x\n',
      'version: 1\nanswers:\n  Q1:\n    status:answered\n',
      'version: 1\nanswers:\n  Q1:\n    stat us: answered\n',
      'version: 1\r',
      'version: 1\n\u2028',
    ]) {
      assert.equal(readWriterShape(t), null, JSON.stringify(t));
      same(t);
    }
  });

  it('a file over the size limit is read by the full reader only', () => {
    const huge = withValue(`"${'x'.repeat(4_000_001)}"`);
    const got = readSidecarFast(huge);
    assert.equal(got.sidecar, null);
    assert.ok(got.problems.length > 0);
  });
});
