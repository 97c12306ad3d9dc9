// Sidecars as a coder edits them by hand: the exact message and position of each mistake, the
// same reading on the fast and the full path for every way YAML writes a scalar, and writes that
// keep what the coder wrote.
import { strict as assert } from 'node:assert';
import { answerLine, applyAnswerEdits, MAX_SHORT, MAX_SIDECAR_CHARS, parseSidecar, parseSidecarDocument, sidecarPathFor } from '../../src/core/sidecar';
import type { AnswerEntry } from '../../src/core/types';

const problems = (text: string) => parseSidecar(text, 's.answers.yaml').problems.map((p) => `${p.severity} ${p.line}:${p.column} ${p.code} ${p.message}`);
const entry = (body: string) => `version: 1\nanswers:\n  Q1:\n${body}`;
const edit = (old: string | null, id: string, e: AnswerEntry | null, order?: string[]) => {
  const r = applyAnswerEdits(old, [{ id, entry: e }], order ? { order } : {});
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems));
  return r.text;
};

describe('core: sidecar reading, message by message', () => {
  it('names a file that is not a mapping, a wrong version, a council that is no name and answers that are no mapping', () => {
    assert.deepEqual(problems('- a\n- b\n'), ['error 1:1 sidecar-schema a sidecar is a mapping with `version: 1` and `answers:`, not a list']);
    assert.deepEqual(problems('just text\n'), ['error 1:1 sidecar-schema a sidecar is a mapping with `version: 1` and `answers:`, not "just text"']);
    assert.deepEqual(problems('version: 2\nanswers: {}\n'), ['error 1:10 sidecar-schema `version` is 2; this tool reads version 1']);
    assert.deepEqual(problems('version: "1"\n'), ['error 1:10 sidecar-schema `version` is "1"; this tool reads version 1']);
    assert.deepEqual(problems('answers: {}\n'), ['warning 1:1 sidecar-schema no `version: 1`; assumed']);
    assert.deepEqual(problems('version: 1\ncouncil: [a]\n'), ['error 2:10 sidecar-schema `council` is a list; expected a name']);
    assert.deepEqual(problems('version: 1\nvariant: 3\n'), ['error 2:10 sidecar-schema `variant` is 3; expected a name']);
    assert.deepEqual(problems(`version: 1\ncouncil: ${'x'.repeat(MAX_SHORT + 1)}\n`), [`error 2:10 sidecar-schema \`council\` is "${'x'.repeat(40)}…"; expected a name`]);
    assert.deepEqual(problems('version: 1\nanswers: [Q1]\n'), ['error 2:10 sidecar-schema `answers` is a list; expected a mapping of question ids']);
    assert.deepEqual(problems('version: 1\nanswers: yes\n'), ['error 2:10 sidecar-schema `answers` is "yes"; expected a mapping of question ids']);
  });

  it('reads council and variant, and takes null ones as absent', () => {
    const s = parseSidecar('version: 1\ncouncil: Ashcombe\nvariant: short\nanswers:\n').sidecar!;
    assert.deepEqual([s.council, s.variant, s.answers.size], ['Ashcombe', 'short', 0]);
    const n = parseSidecar('version: 1\ncouncil: null\nvariant: ~\n').sidecar!;
    assert.deepEqual([n.council, n.variant], [undefined, undefined]);
    assert.deepEqual(parseSidecar('').sidecar, { version: 1, answers: new Map() });
    assert.deepEqual(parseSidecar('# only a comment\n').problems, []);
  });

  it('names ids that are no ids, the same question twice and an answer with no status yet', () => {
    assert.deepEqual(problems('version: 1\nanswers:\n  total: { status: answered }\n'), ['warning 3:3 sidecar-unknown-id `total` is not a question id (like Q4a); its entry is ignored']);
    assert.deepEqual(problems('version: 1\nanswers:\n  Q4a: { status: answered }\n  q4A: { status: refused }\n'), ['error 4:3 sidecar-duplicate-id `q4A` is the same question as `Q4a`; keep one of them']);
    assert.deepEqual(problems('version: 1\nanswers:\n  Q2:\n'), ['warning 3:3 sidecar-schema `Q2` has no status yet; ignored']);
    assert.equal(parseSidecar('version: 1\nanswers:\n  Q4a: { status: answered }\n  q4A: { status: refused }\n').sidecar, null);
  });

  it('says what is wrong with an answer’s fields, at the field', () => {
    assert.deepEqual(problems(entry('    value: 3\n')), ['error 4:5 sidecar-schema Q1: `status` is missing']);
    assert.deepEqual(problems(entry('    status: done\n')), ['error 4:13 sidecar-schema Q1: `status` is "done"; expected one of: answered, partial, not-held, not-applicable, refused, signposted, unclear']);
    assert.deepEqual(problems(entry('    status: refused\n    exemption: s99\n')), ['error 5:16 sidecar-schema Q1: `exemption` is "s99"; expected one of: s12, s14, s21, s22, s23, s24, s30, s31, s36, s38, s40, s41, s42, s43, s44, other']);
    assert.deepEqual(problems(entry('    status: answered\n    value: [1, 2]\n')), ['error 5:12 sidecar-schema Q1: `value` is a list; expected a number, text, true/false or null']);
    assert.deepEqual(problems(entry('    status: answered\n    unit: 3\n')), ['error 5:11 sidecar-schema Q1: `unit` is 3; expected text']);
    assert.deepEqual(problems(entry(`    status: answered\n    coder: ${'c'.repeat(MAX_SHORT + 1)}\n`)), [`error 5:12 sidecar-schema Q1: \`coder\` is too long (at most ${MAX_SHORT} characters)`]);
    assert.deepEqual(problems(entry('    status: answered\n    quote: { exact: "" }\n')), ['error 5:21 sidecar-schema Q1: `quote.exact` must not be empty']);
    assert.deepEqual(problems(entry('    status: answered\n    quote: { exact: x, start: -1 }\n')), ['error 5:31 sidecar-schema Q1: `quote.start` must be at least 0']);
    assert.deepEqual(problems(entry('    status: answered\n    quote: { exact: x, start: 1.5 }\n')), ['error 5:31 sidecar-schema Q1: `quote.start` is 1.5; expected a whole number']);
    assert.deepEqual(problems(entry('    status: answered\n    quote: { start: 1 }\n')), ['error 5:12 sidecar-schema Q1: `quote.exact` is missing']);
    assert.deepEqual(problems(entry('    status: answered\n    quote: text\n')), ['error 5:12 sidecar-schema Q1: `quote` is "text"; expected a mapping']);
    assert.deepEqual(problems('version: 1\nanswers:\n  Q1: answered\n'), ['error 3:7 sidecar-schema Q1: the answer is "answered"; expected a mapping']);
  });

  it('warns about unknown keys of an answer and of its quote, and about a quote that ends before it starts, and keeps the answer', () => {
    const text = entry('    status: answered\n    colour: red\n    quote: { exact: x, start: 9, end: 3, page: 2 }\n');
    assert.deepEqual(problems(text), [
      'warning 5:5 sidecar-unknown-key unknown key `colour` (kept as is; known keys: status, exemption, value, unit, note, coder, quote)',
      'warning 6:42 sidecar-unknown-key unknown key `page` (kept as is; known keys: exact, prefix, suffix, start, end)',
      'warning 6:39 sidecar-schema Q1: quote `end` is before `start`; the quote will be found by its text',
    ]);
    assert.equal(parseSidecar(text).sidecar!.answers.get('Q1')!.status, 'answered');
    assert.deepEqual(problems('version: 1\nanswers: {}\ncouncill: x\n'), ['warning 3:1 sidecar-unknown-key unknown key `councill` (kept as is; known keys: version, council, variant, received, answers)']);
    assert.deepEqual(problems(entry('    status: answered\n    quote: { exact: x, start: 3, end: 3 }\n')), [], 'an empty span is no warning');
  });

  it('reads every YAML 1.2 scalar form the same way on the fast and the full path', () => {
    const forms: [string, unknown][] = [
      ['12', 12], ['+12', 12], ['-3', -3], ['012', 12], ['0o17', 15], ['0x1F', 31], ['0x1f', 31],
      ['1.5', 1.5], ['-.5', -0.5], ['1.', 1], ['1e3', 1000], ['2.5E-1', 0.25], ['.5e1', 5],
      ['~', null], ['null', null], ['Null', null], ['NULL', null], ['', null],
      ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
      ['yes', 'yes'], ['no', 'no'], ['on', 'on'], ['0b101', '0b101'], ['1_000', '1_000'], ['0o8', '0o8'], ['nULL', 'nULL'], ['tRUE', 'tRUE'], ['1e', '1e'], ['.', '.'], ['0x', '0x'], ['12:30', '12:30'],
    ];
    for (const [raw, want] of forms) {
      const text = entry(`    status: answered\n    value: ${raw}\n`);
      const fast = parseSidecar(text);
      const full = parseSidecarDocument(text);
      assert.deepEqual(fast.problems, [], raw);
      assert.deepEqual(fast.sidecar!.answers.get('Q1')!.value, want, raw);
      assert.deepEqual(full.sidecar!.answers.get('Q1')!.value, want, `${raw} (full parser)`);
    }
  });

  it('refuses the infinite and not-a-number forms as values on both paths', () => {
    for (const raw of ['.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN']) {
      const text = entry(`    status: answered\n    value: ${raw}\n`);
      assert.equal(parseSidecar(text).sidecar, null, raw);
      assert.equal(parseSidecarDocument(text).sidecar, null, raw);
      assert.match(parseSidecar(text).problems[0]!.message, /^Q1: `value` is -?(Infinity|NaN); expected a number, text, true\/false or null$/, raw);
    }
  });

  it('reads anchors, tags, directives, tabs and lone CRs through the full parser, with the same answers', () => {
    const texts = [
      'version: 1\nanswers:\n  Q1: &a { status: answered }\n  Q2: *a\n',
      'version: 1\nanswers:\n  Q1: { status: !!str answered }\n',
      '%YAML 1.2\n---\nversion: 1\nanswers:\n  Q1: { status: answered }\n',
      'version: 1\nanswers:\n  Q1: { status: answered, note: "a\tb" }\n',
      'version: 1\ranswers:\r  Q1: { status: answered }\r',
    ];
    for (const t of texts) {
      const fast = parseSidecar(t);
      const full = parseSidecarDocument(t);
      assert.deepEqual(fast, full, JSON.stringify(t));
      assert.equal(fast.sidecar?.answers.get('Q1')?.status, 'answered', JSON.stringify(t));
    }
  });

  it('names a sidecar too large to read, and the file, on both paths', () => {
    const big = `version: 1\nanswers: {}\n# ${'x'.repeat(MAX_SIDECAR_CHARS)}\n`;
    for (const parse of [parseSidecar, parseSidecarDocument]) {
      assert.deepEqual(parse(big, 'big.answers.yaml'), { sidecar: null, problems: [{ severity: 'error', code: 'sidecar-too-large', message: `sidecar is ${big.length} characters; the limit is ${MAX_SIDECAR_CHARS}`, line: 1, column: 1, file: 'big.answers.yaml' }] });
      assert.equal('file' in parse(big).problems[0]!, false);
    }
  });

  it('places an alias bomb’s error at its first alias', () => {
    const bomb = 'version: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nanswers: {}\n';
    const p = parseSidecar(bomb, 'b.yaml').problems.find((x) => x.code === 'sidecar-parse')!;
    assert.ok(p, JSON.stringify(parseSidecar(bomb).problems));
    assert.deepEqual([p.line, p.column, p.file], [3, 8, 'b.yaml']);
    assert.match(p.message, /^YAML: /);
  });

  it('finds the sidecar of a reply and the line of an answer written in any spelling', () => {
    assert.equal(sidecarPathFor('replies/ash.txt'), 'replies/ash.answers.yaml');
    assert.equal(sidecarPathFor('replies/ASH.TXT'), 'replies/ASH.answers.yaml');
    assert.equal(sidecarPathFor('replies/ash.reply.txt.bak'), 'replies/ash.reply.txt.bak.answers.yaml');
    const text = 'version: 1\r\nanswers:\r\n  Q1: { status: answered }\r\n  q4A:\r\n    status: refused\r\n';
    assert.equal(answerLine(text, 'Q4a'), 4);
    assert.equal(answerLine(text, 'Q1'), 3);
    assert.equal(answerLine(text, 'Q9'), null);
    assert.equal(answerLine('version: 1\n', 'Q1'), null);
    assert.equal(answerLine('version: 1\ranswers:\r  Q2: { status: answered }\r', 'Q2'), 3, 'lone CRs are line breaks');
  });
});

describe('core: sidecar writing keeps what the coder wrote', () => {
  it('starts a new sidecar with a header naming the reply (on one line), the council and the answer', () => {
    const r = applyAnswerEdits(null, [{ id: 'q1', entry: { status: 'answered', value: 3 } }], { council: 'Ashcombe', replyName: 'ash\nreply.txt' });
    assert.ok(r.ok);
    assert.equal(r.text, '# Coded answers for ash reply.txt — edit freely; comments are kept.\n\nversion: 1\ncouncil: Ashcombe\nanswers:\n  Q1:\n    status: answered\n    value: 3\n');
    assert.ok(edit('', 'Q1', { status: 'not-held' }).startsWith('# Coded answers for this reply — edit freely; comments are kept.\n\nversion: 1\nanswers:\n'));
    assert.ok(edit('  \n', 'Q1', { status: 'not-held' }).includes('\nversion: 1\nanswers:\n  Q1:\n    status: not-held\n'));
  });

  it('keeps the comments of a sidecar that has only comments, and adds the answers below', () => {
    assert.equal(edit('# reviewed by jo\n', 'Q1', { status: 'unclear' }), '# reviewed by jo\n\nversion: 1\nanswers:\n  Q1:\n    status: unclear\n');
  });

  it('puts a new answer at its questionnaire place, and ids the questionnaire lacks after, in natural order', () => {
    const base = 'version: 1\nanswers:\n  Q3: { status: answered }\n  Q10: { status: answered }\n';
    const order = ['Q1', 'Q3', 'Q2', 'Q10'];
    const keys = (t: string) => [...parseSidecar(t).sidecar!.answers.keys()];
    assert.deepEqual(keys(edit(base, 'Q2', { status: 'answered' }, order)), ['Q3', 'Q2', 'Q10']);
    assert.deepEqual(keys(edit(base, 'Q1', { status: 'answered' }, order)), ['Q1', 'Q3', 'Q10']);
    assert.deepEqual(keys(edit(base, 'Q9', { status: 'answered' }, order)), ['Q3', 'Q10', 'Q9'], 'unknown ids after the known ones');
    assert.deepEqual(keys(edit(base, 'Q9', { status: 'answered' })), ['Q3', 'Q9', 'Q10'], 'no questionnaire: natural order');
    assert.deepEqual(keys(edit('version: 1\nanswers:\n  Q20: { status: answered }\n  Q5: { status: answered }\n', 'Q7', { status: 'answered' })), ['Q7', 'Q20', 'Q5'], 'before the first id it precedes');
  });

  it('adds an answers mapping to a sidecar without one, and replaces an answers value that is empty', () => {
    assert.equal(edit('version: 1\ncouncil: Ash\n', 'Q1', { status: 'refused', exemption: 's12' }), 'version: 1\ncouncil: Ash\nanswers:\n  Q1:\n    status: refused\n    exemption: s12\n');
    assert.equal(edit('version: 1\nanswers:\n', 'Q1', { status: 'answered' }), 'version: 1\nanswers:\n  Q1:\n    status: answered\n');
  });

  it('deletes an answer that is there, and nothing when it is not', () => {
    const two = 'version: 1\nanswers:\n  Q1: { status: answered }\n  Q2: { status: answered }\n';
    assert.equal(edit(two, 'q2', null), 'version: 1\nanswers:\n  Q1: { status: answered }\n');
    assert.equal(edit(two, 'Q5', null), two);
  });

  it('changes a value in place, keeping the comment on its line, and drops fields the new answer does not have', () => {
    const text = 'version: 1\nanswers:\n  Q1:\n    status: answered   # checked twice\n    value: 12 # from the table\n    note: keep\n    colour: red\n';
    assert.equal(edit(text, 'Q1', { status: 'partial', value: 14, note: 'keep' }), 'version: 1\nanswers:\n  Q1:\n    status: partial # checked twice\n    value: 14 # from the table\n    note: keep\n    colour: red\n');
    assert.equal(edit(text, 'Q1', { status: 'answered', value: 12 }), 'version: 1\nanswers:\n  Q1:\n    status: answered   # checked twice\n    value: 12 # from the table\n    colour: red\n');
  });

  it('writes a value that changed type or holds a line break in a style that reads it back', () => {
    const text = 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: "12"\n';
    const asNumber = edit(text, 'Q1', { status: 'answered', value: 12 });
    assert.equal(asNumber, 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 12\n');
    const multi = edit(text, 'Q1', { status: 'answered', value: 'two\nlines\tand a tab' });
    assert.equal(multi, 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: "two\\nlines\\tand a tab"\n');
    assert.equal(parseSidecar(multi).sidecar!.answers.get('Q1')!.value, 'two\nlines\tand a tab');
    const plain = edit('version: 1\nanswers:\n  Q1:\n    status: answered\n    value: \'old\'\n', 'Q1', { status: 'answered', value: 'new' });
    assert.equal(plain, 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: \'new\'\n', 'a string stays in the quotes the coder used');
    const quoteBack = edit(text, 'Q1', { status: 'answered', quote: { exact: 'a\nb', start: 1, end: 4 } });
    assert.equal(parseSidecar(quoteBack).sidecar!.answers.get('Q1')!.quote!.exact, 'a\nb');
    assert.match(quoteBack, /exact: "a\\nb"/);
  });

  it('merges a new quote into the old one, keeping unknown keys of the quote', () => {
    const text = 'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: old\n      page: 2\n      start: 5\n';
    assert.equal(edit(text, 'Q1', { status: 'answered', quote: { exact: 'new', start: 7, end: 10 } }), 'version: 1\nanswers:\n  Q1:\n    status: answered\n    quote:\n      exact: new\n      page: 2\n      start: 7\n      end: 10\n');
    const scalarQuote = 'version: 1\nanswers:\n  Q1:\n    status: answered\n    note: x\n';
    assert.equal(edit(scalarQuote, 'Q1', { status: 'answered', note: 'x', quote: { exact: 'q', prefix: 'p', suffix: 's' } }), 'version: 1\nanswers:\n  Q1:\n    status: answered\n    note: x\n    quote:\n      exact: q\n      prefix: p\n      suffix: s\n');
  });

  it('keeps the spacing the coder chose on every line the edit does not change', () => {
    const text = 'version:   1\nanswers:\n  Q1:   { status: answered }    # first\n  Q2:\n    status:    answered\n';
    assert.equal(edit(text, 'Q2', { status: 'refused', exemption: 's40' }), 'version:   1\nanswers:\n  Q1:   { status: answered }    # first\n  Q2:\n    status: refused\n    exemption: s40\n');
    assert.equal(edit(text, 'Q3', { status: 'answered' }), `${text}  Q3:\n    status: answered\n`);
  });

  it('keeps CRLF and old-Mac CR line ends, and writes a mix with LF', () => {
    assert.equal(edit('version: 1\r\nanswers:\r\n  Q1: { status: answered }\r\n', 'Q1', { status: 'unclear' }), 'version: 1\r\nanswers:\r\n  Q1: {status: unclear}\r\n');
    assert.equal(edit('version: 1\ranswers:\r  Q1: { status: answered }\r', 'Q1', { status: 'unclear' }), 'version: 1\ranswers:\r  Q1: {status: unclear}\r');
  });

  it('refuses edits with an id that is no id or an entry that would not read back, naming each', () => {
    const r = applyAnswerEdits(null, [{ id: 'total', entry: { status: 'answered' } }, { id: 'Q2', entry: { status: 'done' } as unknown as AnswerEntry }, { id: 'Q3', entry: { status: 'answered' } }], {});
    assert.deepEqual(r, { ok: false, problems: [
      { severity: 'error', code: 'sidecar-edit', message: '`total` is not a question id', line: 1, column: 1 },
      { severity: 'error', code: 'sidecar-edit', message: 'Q2: `status` is "done"; expected one of: answered, partial, not-held, not-applicable, refused, signposted, unclear', line: 1, column: 1 },
    ] });
  });

  it('refuses to edit a sidecar too large to read, or one with a schema error, and changes nothing', () => {
    const big = `# ${'x'.repeat(MAX_SIDECAR_CHARS)}\n`;
    const r = applyAnswerEdits(big, [{ id: 'Q1', entry: { status: 'answered' } }], {});
    assert.ok(!r.ok && r.problems[0]!.code === 'sidecar-too-large');
    const bad = applyAnswerEdits('version: 1\nanswers:\n  Q1: { status: done }\n', [{ id: 'Q2', entry: { status: 'answered' } }], {});
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems.map((p) => [p.line, p.code]), [[3, 'sidecar-schema']]);
    const warned = applyAnswerEdits('version: 1\nanswers:\n  Q1: { status: answered, colour: red }\n', [{ id: 'Q2', entry: { status: 'answered' } }], {});
    assert.ok(warned.ok, 'a warning does not stop an edit');
  });
});

describe('sidecar: received', () => {
  it('knows `received:` (the date that orders a council\'s files) and warns at a value that is no date', () => {
    assert.deepEqual(parseSidecar('version: 1\nreceived: 2019-05-12\nanswers: {}\n').problems, []);
    const bad = parseSidecar('version: 1\nreceived: May 2019\nanswers: {}\n').problems;
    assert.deepEqual(bad.map((p) => [p.severity, p.code, p.line, p.column]), [['warning', 'sidecar-schema', 2, 11]]);
    assert.match(bad[0]!.message, /expected a date such as 2019-05-12/);
  });
});
