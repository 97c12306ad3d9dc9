// Which reader reads what (src/core/sidecarFastPath.ts). Every value form a person or the writer
// may put in a sidecar is read three ways here: by the writer's exact-layout reader, by the
// subset reader (hand edits), and by the full parser. Each fast reader must either read exactly
// what the full parser reads or decline (the full parser then decides, and reports any problem);
// the common forms must not be declined, or a cold start of hundreds of sidecars pays for the
// full parser on every file.
import { strict as assert } from 'node:assert';
import { parseSidecar } from '../../src/core/sidecar';
import { readSidecarFast, readSubset, readWriterShape, writerShapeOf } from '../../src/core/sidecarFastPath';

const DECLINED = Symbol('declined');
type Read = unknown;

/** A writer-layout sidecar with one answer whose `value:` line is `raw`. */
const withValue = (raw: string): string => `version: 1\nanswers:\n  Q1:\n    status: answered\n    value: ${raw}\n`;

function writerValue(raw: string): Read {
  const s = readWriterShape(withValue(raw));
  return s ? s.answers.get('Q1')!.value : DECLINED;
}

function subsetValue(raw: string): Read {
  const d = readSubset(`a: ${raw}\n`);
  return typeof d === 'symbol' ? DECLINED : (d as { a: unknown }).a;
}

/** The fast reader as the index uses it gives exactly the full parser's result (answers, problems, order). */
function sameAsFull(text: string): ReturnType<typeof parseSidecar> {
  const fast = readSidecarFast(text, 'r.answers.yaml');
  const full = parseSidecar(text, 'r.answers.yaml');
  assert.deepEqual(fast, full, JSON.stringify(text));
  if (fast.sidecar) assert.deepEqual([...fast.sidecar.answers.keys()], [...full.sidecar!.answers.keys()]);
  return full;
}

function fullValue(raw: string): unknown {
  const full = sameAsFull(withValue(raw));
  return full.sidecar && full.problems.length === 0 ? full.sidecar.answers.get('Q1')!.value : 'problems';
}

/** [raw value text, what both fast readers read (DECLINED: they leave it to the full parser)]. */
const READ_BY_BOTH: [string, Read][] = [
  // double-quoted
  ['"plain"', 'plain'], ['"a\\nb"', 'a\nb'], ['"a\\n\\tb"', 'a\n\tb'], ['"a\\\\nb"', 'a\\nb'], ['"x" ', 'x'], ['"x"  # c', 'x'], ['"x"#c', 'x'],
  ['"a\\x41"', 'aA'], ['"\\u00e9"', '\u00e9'], ['"\\u00E9"', '\u00e9'], ['"\\U0001F600"', '\u{1F600}'], ['"\\U0010FFFF"', '\u{10FFFF}'], ['"a\\"b"', 'a"b'], ['""', ''],
  ['"x" y', DECLINED], ['"a\\x4"', DECLINED], ['"\\U00110000"', DECLINED], ['"\\xZZ"', DECLINED], ['"\\x"', DECLINED], ['"a\\', DECLINED], ['"a\\q"', DECLINED], ['"a ""b"', DECLINED], ['"a" "b"', DECLINED], ['"abc', DECLINED],
  // single-quoted
  ["'it''s'", "it's"], ["'a' ", 'a'], ["'a' # c", 'a'], ["'a'#c", 'a'], ["''", ''], ["'a'''", "a'"],
  ["'a' b", DECLINED], ["'a", DECLINED], ["'a''", DECLINED],
  // plain text
  ['abc', 'abc'], ['abc   ', 'abc'], ['abc # c', 'abc'], ['abc#c', 'abc#c'], ['a:b', 'a:b'], ['x:y z', 'x:y z'], ['a #b #c', 'a'], ['a  #b', 'a'], ['a# b', 'a# b'],
  ['\u00e9', '\u00e9'], ['\u00e9 ', '\u00e9'], ['\u00e9 # c', '\u00e9'], ['\u00e9#c', '\u00e9#c'], ['\u00e9 #c #d', '\u00e9'], ['x \u00e9', 'x \u00e9'],
  ['a: b', DECLINED], ['a:', DECLINED], ['ab:', DECLINED], ['x: ', DECLINED], ['\u00e9: x', DECLINED], ['\u00e9:', DECLINED], ['\u00e9\tx', DECLINED], ['a\tb', DECLINED],
  // keywords, and words that only look like them
  ['null', null], ['Null', null], ['NULL', null], ['~', null], ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
  ['nUll', 'nUll'], ['tRue', 'tRue'], ['fAlse', 'fAlse'], ['nothing', 'nothing'], ['Tuesday', 'Tuesday'], ['friday', 'friday'],
  ['n', 'n'], ['t', 't'], ['f', 'f'], ['N', 'N'], ['T', 'T'], ['F', 'F'], ['yes', 'yes'], ['zebra', 'zebra'], ['Zebra', 'Zebra'], ['Alder', 'Alder'], ['_x', '_x'], ['x_', 'x_'],
  // numbers, and text that starts like one
  ['0', 0], ['7', 7], ['42', 42], ['007', 7], ['123456789012345', 123456789012345], ['1234567890123456', 1234567890123456], ['9007199254740991', 9007199254740991],
  ['-5', -5], ['+5', 5], ['-0', -0], ['1.5', 1.5], ['.5', 0.5], ['5.', 5], ['1e3', 1000], ['1E3', 1000], ['1e+3', 1000], ['-1.5e-3', -0.0015],
  ['5 ', 5], ['5  # five', 5], ['12 #3', 12], ['1.2.3', '1.2.3'], ['1-2', '1-2'], ['12 monkeys', '12 monkeys'], ['12#3', '12#3'], ['0b1', '0b1'], ['.x', '.x'], ['+x', '+x'], ['-x', '-x'], ['?x', '?x'], [':x', ':x'],
  ['9007199254740993', DECLINED], ['0x1F', DECLINED], ['0o17', DECLINED], ['.inf', DECLINED], ['-.inf', DECLINED], ['.nan', DECLINED],
  // YAML syntax the fast readers do not read
  ['- x', DECLINED], ['-', DECLINED], ['?', DECLINED], ['? x', DECLINED], [': x', DECLINED], ['[1]', DECLINED], ['{a: 1}', DECLINED], ['&a x', DECLINED], ['*a', DECLINED],
  ['!t x', DECLINED], ['|', DECLINED], ['>', DECLINED], ['%x', DECLINED], ['@x', DECLINED], ['`x', DECLINED], [',x', DECLINED],
];

describe('sidecar fast readers: each value form is read as the full parser reads it, or left to it', () => {
  it('the writer-layout reader and the subset reader read the same values, the full parser\'s', () => {
    for (const [raw, want] of READ_BY_BOTH) {
      assert.deepEqual(writerValue(raw), want, `writer layout: ${JSON.stringify(raw)}`);
      assert.deepEqual(subsetValue(raw), want, `subset: ${JSON.stringify(raw)}`);
      const full = fullValue(raw);
      if (want !== DECLINED) assert.deepEqual(full, want, `full parser: ${JSON.stringify(raw)}`);
    }
  });

  it('the full parser decides what the fast readers leave: some are values, others problems', () => {
    const decided: [string, unknown][] = [
      ['0x1F', 31], ['0o17', 15], ['9007199254740993', 9007199254740992], ['a\tb', 'a\tb'], ['&a x', 'x'],
      ['.inf', 'problems'], ['- x', 'problems'], ['a: b', 'problems'], ['"a\\q"', 'problems'], ["'a' b", 'problems'], ['[1]', 'problems'],
    ];
    for (const [raw, want] of decided) assert.deepEqual(fullValue(raw), want, raw);
  });

  it('a value that is only a comment: the subset reader reads no value (null); the writer-layout reader declines', () => {
    assert.equal(subsetValue('# none'), null);
    assert.equal(subsetValue('#none'), null);
    assert.equal(writerValue('# none'), DECLINED);
    sameAsFull(withValue('# none'));
  });
});

describe('sidecar fast readers: keys and layout', () => {
  it('a key is letters, digits, -, _ and .; anything else in a key is left to the full parser', () => {
    assert.deepEqual(readSubset('az: 1\nAZ: 2\n09: 3\na-b_c.d: 4\n'), { az: 1, AZ: 2, '09': 3, 'a-b_c.d': 4 });
    for (const key of ['a@', 'a[', 'a`', 'a{', 'a/', 'a b', 'a"', "'a'"]) {
      assert.equal(typeof readSubset(`${key}: 1\n`), 'symbol', key);
      sameAsFull(`version: 1\n${key}: 1\n`);
    }
  });

  it('CRLF line ends, spaces after the colon and trailing spaces are read; a colon not followed by a space is declined', () => {
    const text = 'version: 1\r\nanswers:\r\n  Q1:\r\n    status:    answered   \r\n    value: 3\r\n';
    assert.deepEqual(readWriterShape(text)?.answers.get('Q1'), { status: 'answered', value: 3 });
    assert.deepEqual(readSubset(text), { version: 1, answers: { Q1: { status: 'answered', value: 3 } } });
    assert.equal(readWriterShape('version: 1\nanswers:\n  Q1:\n    status:answered\n'), null);
    assert.equal(readWriterShape('version:1\n'), null);
    assert.equal(typeof readSubset('a:1\n'), 'symbol');
    assert.deepEqual(readSubset('a:\r\n  b: 1\r\n'), { a: { b: 1 } });
    assert.deepEqual(readSubset('a:    # c\nb: 1'), { a: null, b: 1 });
  });

  it('the subset reader reads nesting by indentation, any depth and width, and closes several levels at once', () => {
    assert.deepEqual(readSubset('a:\n   b:\n         c: 1\n   d: 2\ne: 3\n'), { a: { b: { c: 1 }, d: 2 }, e: 3 });
    assert.deepEqual(readSubset('a:\n  b:\n    c:\n      d: 1\ne: 2\n'), { a: { b: { c: { d: 1 } } }, e: 2 });
    assert.deepEqual(readSubset('a:\nb:\n  c: 1\n'), { a: null, b: { c: 1 } });
    assert.deepEqual(readSubset('a:\n  b:\n  c: 1\n'), { a: { b: null, c: 1 } });
    assert.equal(typeof readSubset('a:\n    b: 1\n  c: 2\n'), 'symbol', 'a dedent to no open level');
    assert.deepEqual(readSubset('\n\n   \n# c\n  # c\na: 1\n\n'), { a: 1 });
    assert.deepEqual(readSubset(''), {});
  });

  it('reads every key of an entry and of a quote under its own name, and declines near-miss names', () => {
    const text = 'version: 1\ncouncil: Alder\nvariant: short\nanswers:\n  Q1:\n    status: refused\n    exemption: s43\n    value: x\n    unit: u\n    note: n\n    coder: c\n    quote:\n      exact: e\n      prefix: p\n      suffix: s\n      start: 1\n      end: 2\n';
    const want = { status: 'refused', exemption: 's43', value: 'x', unit: 'u', note: 'n', coder: 'c', quote: { exact: 'e', prefix: 'p', suffix: 's', start: 1, end: 2 } };
    const exact = readWriterShape(text);
    assert.deepEqual(exact?.answers.get('Q1'), want);
    assert.equal(exact?.council, 'Alder');
    assert.equal(exact?.variant, 'short');
    assert.deepEqual(sameAsFull(text).sidecar?.answers.get('Q1'), want);
    // Each key alone after status (or exact), so a wrong name for any one is seen.
    for (const line of ['exemption: s40', 'value: 1', 'unit: u', 'note: n', 'coder: c']) {
      const t = `version: 1\nanswers:\n  Q1:\n    status: refused\n    ${line}\n`;
      const [k, v] = line.split(': ');
      assert.deepEqual(readWriterShape(t)?.answers.get('Q1'), { status: 'refused', [k!]: k === 'value' ? 1 : v }, line);
    }
    for (const line of ['prefix: p', 'suffix: s', 'start: 1', 'end: 2']) {
      const t = `version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: e\n      ${line}\n`;
      const [k, v] = line.split(': ');
      assert.deepEqual(readWriterShape(t)?.answers.get('Q1')?.quote, { exact: 'e', [k!]: k === 'start' || k === 'end' ? Number(v) : v }, line);
    }
    for (const t of [
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    exemptioo: s40\n',
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    valve: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    coded: c\n',
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    units: u\n',
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    nota: n\n',
      'version: 1\nanswers:\n  Q1:\n    statue: refused\n',
      'version: 1\nanswers:\n  Q1:\n    status: refused\n    quota:\n      exact: e\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exist: e\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: e\n      stars: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: e\n      ent: 1\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: e\n      prefox: p\n',
      'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: e\n      suffox: s\n',
      'versiob: 1\n',
      'version: 1\ncouncin: A\n',
      'version: 1\nvarianx: A\n',
      'version: 1\nanswerz:\n  Q1:\n    status: answered\n',
    ]) {
      assert.equal(readWriterShape(t), null, JSON.stringify(t));
      sameAsFull(t);
    }
  });

  it('takes canonical question ids as written and normalises the others, as the full parser does', () => {
    const ids = ['Q1', 'Q9', 'Q10', 'Q123', 'Q1234', 'Q4a', 'Q4abc', 'Q4abcd', 'Q04', 'q5', 'Q6A', 'Q0', 'Q'];
    for (const id of ids) {
      const t = `version: 1\nanswers:\n  ${id}:\n    status: answered\n`;
      const full = sameAsFull(t);
      const exact = readWriterShape(t);
      if (full.sidecar && full.problems.length === 0) assert.deepEqual([...exact!.answers.keys()], [...full.sidecar.answers.keys()], id);
      else assert.equal(exact, null, id);
    }
    assert.deepEqual([...readWriterShape('version: 1\nanswers:\n  Q123:\n    status: answered\n  Q4abc:\n    status: answered\n  q5:\n    status: answered\n')!.answers.keys()], ['Q123', 'Q4abc', 'Q5']);
  });

  it('values repeated across entries and files are each read right (same length, different text)', () => {
    const file = (values: string[]) => 'version: 1\nanswers:\n' + values.map((v, i) => `  Q${i + 1}:\n    status: answered\n    value: ${v}\n    unit: ${v}\n    coder: ${v}\n    quote:\n      exact: ${v}\n`).join('');
    for (const values of [
      ['Yes', 'Yez', 'Yes', 'yes', 'No'],
      ['Yez', 'Yes', 'No', 'No', 'Yes'],
      ['"Yes"', "'Yes'", 'Yes', '"Yez"'],
    ]) {
      const text = file(values);
      const exact = readWriterShape(text)!;
      assert.ok(exact, text);
      const full = sameAsFull(text).sidecar!;
      for (const [id, entry] of full.answers) assert.deepEqual(exact.answers.get(id), entry, `${id} of ${values.join(',')}`);
    }
  });

  it('writerShapeOf reads the writer\'s layout after a byte-order mark or from the text after the leading comments, and declines an oversized text', () => {
    const body = 'version: 1\nanswers:\n  Q1:\n    status: answered\n';
    const want = { version: 1, answers: new Map([['Q1', { status: 'answered' }]]) };
    assert.deepEqual(writerShapeOf('\uFEFF' + body), want);
    assert.deepEqual(writerShapeOf('# \u2014 coded\n' + body, body), want);
    assert.deepEqual(readSidecarFast('# \u2014 coded\n' + body, 'f', body), { sidecar: want, problems: [] });
    assert.equal(writerShapeOf(body + '#' + 'x'.repeat(4_000_000) + '\n'), null);
    assert.equal(writerShapeOf('council: A\n'), null);
  });
});
