import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyAnswerEdits, answerLine, parseSidecar, parseSidecarDocument, sidecarPathFor } from '../../src/core/sidecar';
import type { AnswerEdit } from '../../src/core/sidecar';
import { compareIds } from '../../src/core/ids';
import { EXEMPTIONS, STATUSES } from '../../src/core/types';
import type { AnswerEntry } from '../../src/core/types';

const ORDER = ['Q1', 'Q2', 'Q3', 'Q4', 'Q4a', 'Q4b', 'Q4c', 'Q5', 'Q9', 'Q11', 'Q12a'];

const SAMPLE = `# Coded answers for eastmoor-borough-council.txt — edit freely; comments are kept.
version: 1
council: Eastmoor Borough Council
reviewed-by: jo   # the team's own key
answers:
  Q3:
    status: answered
    value: 8120.5
    unit: ha
    quote:
      exact: "Area: 8,120.5ha"
      prefix: "geographical boundaries?\\n\\n"
      suffix: "\\n\\nPerimeter"
      start: 5120
      end: 5135
  # Q9 checked twice
  Q9:
    status: refused
    exemption: s12
    note: cost limit; "well over 18 hours"
    coder: auto            # auto-coded
    flagged: true
`;

/** Lines only in `a` and lines only in `b`, by longest common subsequence. */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const dp: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) dp[i]![j] = x[i] === y[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) removed.push(x[i++]!);
    else added.push(y[j++]!);
  }
  removed.push(...x.slice(i));
  added.push(...y.slice(j));
  return { removed, added };
}

function edited(text: string | null, edits: AnswerEdit[], ctx = { order: ORDER }): string {
  const r = applyAnswerEdits(text, edits, ctx);
  if (!r.ok) assert.fail(`refused: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.text;
}

describe('sidecar: reading', () => {
  it('reads the answers, statuses, values and quotes of a sidecar', () => {
    const { sidecar, problems } = parseSidecar(SAMPLE);
    assert.ok(sidecar);
    assert.equal(sidecar.council, 'Eastmoor Borough Council');
    assert.deepEqual([...sidecar.answers.keys()], ['Q3', 'Q9']);
    assert.deepEqual(sidecar.answers.get('Q3'), {
      status: 'answered', value: 8120.5, unit: 'ha',
      quote: { exact: 'Area: 8,120.5ha', prefix: 'geographical boundaries?\n\n', suffix: '\n\nPerimeter', start: 5120, end: 5135 },
    });
    assert.equal(sidecar.answers.get('Q9')?.exemption, 's12');
    // The user's own keys are kept in the file and only mentioned, never errors.
    assert.ok(problems.every((p) => p.severity === 'warning' && p.code === 'sidecar-unknown-key'));
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[4, 1], [22, 5]]);
  });

  it('canonicalises answer ids written as q4A or 12(a)', () => {
    const { sidecar } = parseSidecar('version: 1\nanswers:\n  q4A: {status: not-held}\n  12(a): {status: answered, value: 2001}\n');
    assert.deepEqual([...(sidecar?.answers.keys() ?? [])], ['Q4a', 'Q12a']);
  });

  it('reports a wrong status at its line and column and returns no sidecar', () => {
    const text = 'version: 1\nanswers:\n  Q1:\n    status: answred\n';
    const { sidecar, problems } = parseSidecar(text, 'x.answers.yaml');
    assert.equal(sidecar, null);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'error');
    assert.equal(problems[0]!.file, 'x.answers.yaml');
    assert.deepEqual([problems[0]!.line, problems[0]!.column], [4, 13]);
    assert.match(problems[0]!.message, /answred.*not-held/);
  });

  it('reports YAML syntax errors, duplicate keys and duplicate ids with positions', () => {
    const dup = parseSidecar('version: 1\nanswers:\n  Q1:\n    status: answered\n    status: refused\n');
    assert.equal(dup.sidecar, null);
    assert.equal(dup.problems[0]!.line, 5);
    const same = parseSidecar('version: 1\nanswers:\n  Q4a: {status: answered}\n  q4a: {status: refused}\n');
    assert.equal(same.sidecar, null);
    assert.deepEqual([same.problems[0]!.code, same.problems[0]!.line], ['sidecar-duplicate-id', 4]);
    const broken = parseSidecar('version: 1\nanswers:\n  Q1: [unclosed\n');
    assert.equal(broken.sidecar, null);
    assert.ok(broken.problems.length > 0 && broken.problems.every((p) => p.line >= 1 && p.column >= 1));
  });

  it('warns about a key that is not a question id and ignores its entry', () => {
    const { sidecar, problems } = parseSidecar('version: 1\nanswers:\n  Q1: {status: unclear}\n  general: {status: answered}\n');
    assert.deepEqual([...(sidecar?.answers.keys() ?? [])], ['Q1']);
    assert.deepEqual(problems.map((p) => [p.severity, p.code, p.line, p.column]), [['warning', 'sidecar-unknown-id', 4, 3]]);
  });

  it('refuses a future version and accepts a missing one with a warning', () => {
    assert.equal(parseSidecar('version: 2\nanswers: {}\n').sidecar, null);
    const r = parseSidecar('answers:\n  Q1: {status: unclear}\n');
    assert.ok(r.sidecar);
    assert.equal(r.problems[0]!.severity, 'warning');
  });

  it('reads an empty file as an empty sidecar', () => {
    assert.equal(parseSidecar('').sidecar?.answers.size, 0);
    assert.equal(parseSidecar('# nothing yet\n').sidecar?.answers.size, 0);
  });

  it('a __proto__ key does not pollute any prototype', () => {
    const text = [
      'version: 1',
      '__proto__: {polluted: yes}',
      'answers:',
      '  __proto__: {status: answered, polluted: yes}',
      '  Q1:',
      '    status: answered',
      '    __proto__: {polluted: yes}',
      '    quote: {exact: x, __proto__: {polluted: yes}}',
      '',
    ].join('\n');
    const r = parseSidecar(text);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.ok(r.sidecar);
    const q1 = r.sidecar.answers.get('Q1')!;
    assert.equal(Object.getPrototypeOf(q1), Object.prototype);
    assert.equal((q1 as unknown as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual([...r.sidecar.answers.keys()], ['Q1']);
    assert.ok(r.problems.length >= 3 && r.problems.every((p) => p.severity === 'warning'));
    // And writing keeps those keys untouched rather than interpreting them.
    const out = edited(text, [{ id: 'Q2', entry: { status: 'not-held' } }]);
    assert.ok(out.includes('__proto__: {polluted: yes}'));
  });

  it('rejects an alias bomb at once', () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push('answers:\n  Q1:\n    status: answered\n    value: *a9\n');
    const t0 = Date.now();
    const r = parseSidecar(lines.join('\n'));
    assert.ok(Date.now() - t0 < 1000);
    assert.equal(r.sidecar, null);
    assert.ok(r.problems.some((p) => p.severity === 'error' && /alias/i.test(p.message)));
    assert.equal(applyAnswerEdits(lines.join('\n'), [{ id: 'Q2', entry: { status: 'unclear' } }], {}).ok, false);
  });

  it('runs no custom tags', () => {
    const r = parseSidecar('version: 1\nanswers:\n  Q1:\n    status: answered\n    value: !!js/function "function(){ globalThis.ran = 1 }"\n');
    assert.equal((globalThis as Record<string, unknown>)['ran'], undefined);
    if (r.sidecar) assert.equal(typeof r.sidecar.answers.get('Q1')?.value, 'string');
    else assert.ok(r.problems.length > 0);
  });

  it('refuses an oversized sidecar without parsing it', () => {
    const r = parseSidecar('#'.repeat(4_000_001));
    assert.equal(r.sidecar, null);
    assert.equal(r.problems[0]!.code, 'sidecar-too-large');
  });

  it('never throws, and every problem has a 1-based position', () => {
    const yamlish = fc.array(
      fc.constantFrom('version: 1\n', 'answers:\n', '  Q1:\n', '    status: answered\n', '    quote: {exact: "a', '"}\n', '- x\n', '&a ', '*a', '!!str ', ': ', '\t', '{', '[', '"', "'", '#', '\n', '  ', 'Q4a', '__proto__', '|\n', '---\n', '%YAML 1.1\n', '\r\n', '\uFEFF', 'null', '0x1F', '<<: '),
      { maxLength: 40 },
    ).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), yamlish), (text) => {
        const r = parseSidecar(text);
        for (const p of r.problems) assert.ok(p.line >= 1 && p.column >= 1, JSON.stringify(p));
        if (r.problems.some((p) => p.severity === 'error')) assert.equal(r.sidecar, null);
      }),
      { numRuns: 600 },
    );
  });

  it('the fast read path and the full YAML parser agree', () => {
    const yamlish = fc.array(
      fc.constantFrom('version: 1\n', 'council: X\n', 'answers:\n', '  Q1:\n', '  Q2:\n', '    status: answered\n', '    status: not-held\n', '    value: ', '12', '-0x1', '+.5', '0o7', '1e3', 'yes', 'True', '~', '"a\\tb"', "'it''s'", 'C#', ' # c', 'x: y', '\n', '    quote:\n', '      exact: ', '      start: 3\n', '  ', '\t', '-', '\r\n',
        '{status: unclear}', '[a, b]', '|\n', '>-\n', '? ', '---\n', '...\n', '"two\n  lines"', "'two\n\n  lines'", 'key:value', ': x', '\r', 'Q1: ', ',', '"\\x41\\u00e9\\N"', 'x\n', '# c\n', '  # c\n', ' ', ':', '\\'),
      { maxLength: 30 },
    ).map((a) => a.join(''));
    fc.assert(
      fc.property(yamlish, (text) => {
        const fast = parseSidecar(text);
        const slow = parseSidecarDocument(text);
        assert.deepEqual(fast.sidecar, slow.sidecar, text);
      }),
      { numRuns: 1000 },
    );
  });

  it('the hand-coded fixture sidecars read without problems', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'test/fixtures/replies';
    const files = readdirSync(dir).filter((f) => f.endsWith('.answers.yaml'));
    assert.ok(files.length > 0);
    for (const f of files) {
      const r = parseSidecar(readFileSync(`${dir}/${f}`, 'utf8'), f);
      assert.deepEqual(r.problems, [], f);
      assert.ok((r.sidecar?.answers.size ?? 0) > 0, f);
    }
  });

  it('finds an answer\u2019s line and the sidecar path of a reply', () => {
    assert.equal(answerLine(SAMPLE, 'Q9'), 17);
    assert.equal(answerLine(SAMPLE, 'Q1'), null);
    assert.equal(sidecarPathFor('replies/halton.txt'), 'replies/halton.answers.yaml');
    assert.equal(sidecarPathFor('a/castle.reply.txt'), 'a/castle.reply.answers.yaml');
  });
});

describe('sidecar: writing', () => {
  it('a new sidecar has the header, version, council and answers in questionnaire order', () => {
    const text = edited(null, [
      { id: 'Q9', entry: { status: 'refused', exemption: 's12', coder: 'auto' } },
      { id: 'q1', entry: { status: 'answered', value: 'Eastmoor Borough Council' } },
    ]);
    const again = applyAnswerEdits(null, [], { council: 'Eastmoor Borough Council', replyName: 'eastmoor.txt' });
    assert.ok(again.ok);
    assert.ok(again.text.startsWith('# Coded answers for eastmoor.txt — edit freely; comments are kept.\n'));
    assert.match(again.text, /^version: 1\ncouncil: Eastmoor Borough Council\nanswers:/m);
    assert.deepEqual([...parseSidecar(text).sidecar!.answers.keys()], ['Q1', 'Q9']);
  });

  it('changing one status changes exactly one line', () => {
    const out = edited(SAMPLE, [{ id: 'Q9', entry: { status: 'partial', exemption: 's12', note: 'cost limit; "well over 18 hours"', coder: 'auto' } }]);
    const d = lineDiff(SAMPLE, out);
    assert.deepEqual(d, { removed: ['    status: refused'], added: ['    status: partial'] });
  });

  it('adding an answer only adds its lines, at its place in the questionnaire order', () => {
    const out = edited(SAMPLE, [{ id: 'Q4a', entry: { status: 'not-held', coder: 'auto' } }]);
    const d = lineDiff(SAMPLE, out);
    assert.deepEqual(d.removed, []);
    assert.deepEqual(d.added, ['  Q4a:', '    status: not-held', '    coder: auto']);
    assert.deepEqual([...parseSidecar(out).sidecar!.answers.keys()], ['Q3', 'Q4a', 'Q9']);
  });

  it('keeps comments, unknown keys and the entry\u2019s own keys when merging', () => {
    const out = edited(SAMPLE, [{ id: 'Q9', entry: { status: 'answered', value: 120, coder: 'jo' } }]);
    assert.ok(out.includes('# Q9 checked twice'));
    assert.ok(out.includes("reviewed-by: jo   # the team's own key"));
    assert.ok(out.includes('    coder: jo            # auto-coded') || out.includes('    coder: jo # auto-coded'));
    assert.ok(out.includes('    flagged: true'));
    const q9 = parseSidecar(out).sidecar!.answers.get('Q9');
    assert.deepEqual(q9, { status: 'answered', value: 120, coder: 'jo' });
    assert.ok(out.startsWith('# Coded answers for eastmoor-borough-council.txt'));
  });

  it('deletes an answer and leaves the others untouched', () => {
    const out = edited(SAMPLE, [{ id: 'Q3', entry: null }]);
    assert.deepEqual([...parseSidecar(out).sidecar!.answers.keys()], ['Q9']);
    assert.equal(lineDiff(SAMPLE, out).added.length, 0);
  });

  it('edits an entry written under a non-canonical key in place', () => {
    const text = 'version: 1\nanswers:\n  q4A:\n    status: unclear\n';
    const out = edited(text, [{ id: 'Q4a', entry: { status: 'not-held' } }]);
    assert.equal(out, 'version: 1\nanswers:\n  q4A:\n    status: not-held\n');
  });

  it('refuses to edit a broken sidecar and says where it is broken', () => {
    const broken = 'version: 1\nanswers:\n  Q1:\n    status: answered\n   value: [\n';
    const r = applyAnswerEdits(broken, [{ id: 'Q2', entry: { status: 'not-held' } }], { order: ORDER });
    assert.equal(r.ok, false);
    if (!r.ok) assert.ok(r.problems.some((p) => p.severity === 'error' && p.line >= 4));
    const invalid = applyAnswerEdits('version: 1\nanswers:\n  Q1: {status: done}\n', [{ id: 'Q2', entry: { status: 'unclear' } }], {});
    assert.equal(invalid.ok, false);
  });

  it('refuses an edit that would not read back', () => {
    const r = applyAnswerEdits(null, [{ id: 'Q1', entry: { status: 'maybe' } as unknown as AnswerEntry }], {});
    assert.equal(r.ok, false);
    assert.equal(applyAnswerEdits(null, [{ id: 'general', entry: { status: 'unclear' } }], {}).ok, false);
  });

  it('keeps CRLF line endings', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const out = edited(crlf, [{ id: 'Q1', entry: { status: 'unclear' } }]);
    assert.equal(out.split('\r\n').length, out.split('\n').length);
    assert.equal(lineDiff(crlf, out).removed.length, 0);
  });

  it('writes multi-line quotes as escaped double-quoted text that reads back exactly', () => {
    const exact = 'Yes – we use it.\r\n\tSince 2015: "CRM"  # not a comment\n';
    const out = edited(null, [{ id: 'Q11', entry: { status: 'answered', value: 'Yes', quote: { exact, start: 4, end: 4 + exact.length } } }]);
    assert.match(out, /exact: ".*\\r\\n\\t.*\\n"/);
    assert.equal(parseSidecar(out).sidecar?.answers.get('Q11')?.quote?.exact, exact);
  });

  it('round-trips random answer sets (write then read gives the same answers)', () => {
    const str = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('yes', 'No', 'null', '~', '12', '0x1F', '-.5e-3', '1_000', '#x', 'a: b', ' lead', 'trail ', '"q"', "'s'", '- item', '{x}', '*a', '&a', '!t', '%d', '@', '`', '\u00a0NBSP', '£64.2m'),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    const entry: fc.Arbitrary<AnswerEntry> = fc.record(
      {
        status: fc.constantFrom(...STATUSES),
        exemption: fc.constantFrom(...EXEMPTIONS),
        value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), str, fc.boolean(), fc.constant(null)),
        unit: str,
        note: str,
        coder: str,
        quote: fc.record({ exact: str.filter((s) => s.length > 0), prefix: str, suffix: str, start: fc.nat(), end: fc.nat() }, { requiredKeys: ['exact'] }),
      },
      { requiredKeys: ['status'] },
    );
    const ids = fc.uniqueArray(fc.constantFrom(...ORDER, 'Q20', 'Q7b'), { maxLength: 8 });
    fc.assert(
      fc.property(ids, fc.array(entry, { minLength: 8, maxLength: 8 }), fc.array(entry, { minLength: 8, maxLength: 8 }), (idList, first, second) => {
        const initial = edited(null, idList.map((id, i) => ({ id, entry: first[i]! })));
        const read1 = parseSidecar(initial).sidecar;
        assert.ok(read1, initial);
        assert.deepEqual(Object.fromEntries(read1.answers), Object.fromEntries(idList.map((id, i) => [id, structuredClone(first[i]!)])));
        // Answers stay in questionnaire order.
        const order = [...read1.answers.keys()];
        assert.deepEqual(order, [...order].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || compareIds(a, b)));
        // A second round of edits over the first merges to exactly the new entries.
        const next = edited(initial, idList.map((id, i) => ({ id, entry: second[i]! })));
        const read2 = parseSidecar(next).sidecar;
        assert.ok(read2, next);
        assert.deepEqual(Object.fromEntries(read2.answers), Object.fromEntries(idList.map((id, i) => [id, structuredClone(second[i]!)])));
        // Writing the same answers again changes nothing.
        assert.equal(edited(next, idList.map((id, i) => ({ id, entry: second[i]! }))), next);
      }),
      { numRuns: 120 },
    );
  });
});
