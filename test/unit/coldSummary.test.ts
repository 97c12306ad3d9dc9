// The cold index's summary of a sidecar (issue #6, 5,000 replies within 4× rg): a sidecar in the
// writer's layout gives coverage its ids, statuses and routing values without being parsed, and
// its cells are built when first read. Whatever the summary says must be what the full reading
// says — or the summary must decline and leave the file to the full reading.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { computeCoverage } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import { applyAnswerEdits } from '../../src/core/sidecar';
import type { AnswerEdit } from '../../src/core/sidecar';
import { WRITER_FILE, readSidecarFast, summarizeSidecarBytes, summarizeWriterFile } from '../../src/core/sidecarFastPath';
import type { SidecarSummary } from '../../src/core/sidecarFastPath';
import { decodeSidecarBytes } from '../../src/core/text';
import { EXEMPTIONS, STATUSES } from '../../src/core/types';
import type { AnswerEntry } from '../../src/core/types';
import { sidecarUnusable, WorkspaceIndex } from '../../src/core/workspaceIndex';
import { nodeWorkspaceFs } from '../../src/cli/nodeFs';

const WANTED = new Set(['Q2', 'Q3']);

/** What the summary must equal: the full reading's council, variant, ids, statuses and wanted values. */
function fullReading(bytes: Uint8Array): Omit<SidecarSummary, 'wanted'> | null {
  const decoded = decodeSidecarBytes(bytes);
  if (!decoded.ok) return null;
  const parse = readSidecarFast(decoded.text);
  if (!parse.sidecar || parse.problems.length > 0) return null;
  const sc = parse.sidecar;
  const out: Omit<SidecarSummary, 'wanted'> = { ids: [...sc.answers.keys()], statuses: [...sc.answers.values()].map((e) => e.status), values: new Map() };
  if (sc.council !== undefined) out.council = sc.council;
  if (sc.variant !== undefined) out.variant = sc.variant;
  for (const [id, e] of sc.answers) if (WANTED.has(id) && e.value !== undefined) (out.values as Map<string, unknown>).set(id, e.value);
  return out;
}

/** The summary says exactly what the full reading says, or declines; returns the summary. */
function agrees(bytes: Uint8Array, label: string): SidecarSummary | null {
  // The piecewise reading of the writer's layout (one answer at a time) takes exactly the files the
  // whole-file expression takes.
  const latin1 = Buffer.from(bytes).toString('latin1');
  assert.equal(summarizeWriterFile(latin1, Buffer.from(bytes), WANTED) !== undefined, WRITER_FILE.test(latin1), `writer layout: ${label}`);
  const summary = summarizeSidecarBytes(bytes, WANTED);
  if (summary) {
    const full = fullReading(bytes);
    assert.ok(full, `the summary read a file the full reading does not use as it is: ${label}`);
    const { wanted, ...rest } = summary;
    assert.equal(wanted, WANTED);
    assert.deepEqual({ ...rest, values: new Map([...rest.values].sort()) }, { ...full, values: new Map([...full.values].sort()) }, label);
  }
  return summary;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

// Value texts that exercise every rule of plain and quoted scalars.
const TRICKY = [
  'Yes', 'No', 'N/A', 'null', 'Null', 'true', 'FALSE', 'nope', '~', '007', '-0', '+5', '12.5', '1e3', '1e999', '.5', '0x1F', '0o7', '.inf', '123456789012345', '1234567890123456',
  '12,000', '12%', '£880k', 'Résumé', 'Ynys Môn', 'a: b', 'a:b', 'a:', 'x #c', 'x#c', '#c', 'tab\there', 'nbsp\u00a0', '\u00a0lead', 'trail ', ' lead', 'quote"in', "it's", '"q"',
  'back\\slash', 'line\nbreak', 'é', '£', '-', '- x', '[a]', '{a}', '&a', '*a', '!t', '|', '>', '%', '@', '`', ',', '?', '? x', ': x', 'a  # c', '10:30', 'Q2.', 'x'.repeat(1200),
];

const status = fc.constantFrom(...STATUSES);
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ':', '#', '"', "'", '\\', '£', 'é', '-', '.', '\t', 'n', ',', '%') }));
const value = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
const entry: fc.Arbitrary<AnswerEntry> = fc
  .record(
    {
      status,
      exemption: fc.constantFrom(...EXEMPTIONS),
      value,
      unit: text,
      note: text,
      coder: text,
      quote: fc.record({ exact: text, prefix: text, suffix: text, start: fc.nat(5000), end: fc.nat(5000) }, { requiredKeys: ['exact'] }),
    },
    { requiredKeys: ['status'] },
  )
  .map((e) => e as AnswerEntry);
const sidecarArb = fc.record({
  council: fc.option(text, { nil: undefined }),
  variant: fc.option(fc.constantFrom('short', 'long', 'Q2 #x', 'é'), { nil: undefined }),
  entries: fc.uniqueArray(fc.tuple(fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4a', 'Q12', 'Q7b'), entry), { minLength: 1, maxLength: 6, selector: (t) => t[0] }),
});

function writerText(s: { council?: string | undefined; variant?: string | undefined; entries: [string, AnswerEntry][] }): string | null {
  const edits: AnswerEdit[] = s.entries.map(([id, e]) => ({ id, entry: e }));
  const ctx: Parameters<typeof applyAnswerEdits>[2] = { order: ['Q1', 'Q2', 'Q3', 'Q4a', 'Q7b', 'Q12'], replyName: 'alder.txt' };
  if (s.council !== undefined) ctx.council = s.council;
  if (s.variant !== undefined) ctx.variant = s.variant;
  const result = applyAnswerEdits(null, edits, ctx);
  return result.ok ? result.text : null;
}

const TYPICAL: [string, AnswerEntry][] = [
  ['Q1', { status: 'answered', value: 'Alder District Council', coder: 'researcher', quote: { exact: 'Alder District Council', prefix: 'official name?\n', suffix: '\n\nQ2. How large', start: 314, end: 336 } }],
  ['Q2', { status: 'answered', value: 131831, coder: 'researcher', quote: { exact: '131,831', prefix: 'population?\n', suffix: '\n\nQ3.', start: 397, end: 404 } }],
  ['Q3', { status: 'refused', exemption: 's43', coder: 'researcher', quote: { exact: 'This information is exempt under section 43(2).', prefix: '\n', suffix: '\n' } }],
  ['Q4a', { status: 'answered', value: 880000, unit: 'GBP', note: 'from the table', coder: 'auto', quote: { exact: '£880k', start: 10, end: 15 } }],
  ['Q7b', { status: 'not-held', coder: 'researcher' }],
  ['Q12', { status: 'answered', value: 'Yes', coder: 'researcher', quote: { exact: 'Yes', start: 2, end: 5 } }],
];

describe('cold index: the summary of a sidecar', () => {
  it('recognises what the writer writes in one pass, with ids, statuses, council and routing values as the full reading has them', () => {
    const written = writerText({ council: 'Ynys Môn County Council', entries: TYPICAL })!;
    assert.ok(written.startsWith('#') && /[—–]/.test(written.split('\n')[0]!), 'the writer heads a sidecar with its comment');
    const latin1 = Buffer.from(written, 'utf8').toString('latin1');
    assert.ok(WRITER_FILE.test(latin1), 'the writer layout is recognised at once');
    assert.deepEqual(summarizeWriterFile(latin1, Buffer.from(written, 'utf8'), WANTED), summarizeSidecarBytes(utf8(written), WANTED), 'and read by the writer-layout reader');
    const summary = agrees(utf8(written), written);
    assert.ok(summary);
    assert.deepEqual(summary.ids, ['Q1', 'Q2', 'Q3', 'Q4a', 'Q7b', 'Q12']);
    assert.deepEqual(summary.statuses, ['answered', 'answered', 'refused', 'answered', 'not-held', 'answered']);
    assert.equal(summary.council, 'Ynys Môn County Council');
    assert.deepEqual([...summary.values], [['Q2', 131831]]);
  });

  it('reads the same summary through the line reader when the layout is not exactly the writer’s (a comment between answers)', () => {
    const written = writerText({ council: 'Alder', entries: TYPICAL })!;
    const edited = written.replace('  Q3:\n', '  # checked by JB\n  Q3:\n');
    assert.ok(!WRITER_FILE.test(Buffer.from(edited, 'utf8').toString('latin1')));
    const a = agrees(utf8(written), 'writer');
    const b = agrees(utf8(edited), 'edited');
    assert.ok(a && b);
    assert.deepEqual({ ...b, values: [...b.values] }, { ...a, values: [...a.values] });
  });

  it('declines what the full reading must look at, so a problem is still reported: a repeated id, a quote ending before its start, a value of the wrong kind, a bad byte', () => {
    const written = writerText({ council: 'Alder', entries: TYPICAL })!;
    const cases = [
      written.replace('  Q7b:', '  Q2:'),
      written.replace('start: 397', 'start: 900'),
      written.replace('coder: auto', 'coder: true'),
      written.replace('exact: "131,831"', 'exact: 131831').replace('exact: 131,831', 'exact: 131831'),
      written.replace('status: not-held', 'status: lost'),
      written.replace('value: Yes', 'value: 1e999'),
      written.replace('version: 1', 'version: 2'),
      written.replace('answers:\n', 'answers:\n  Q9:\n'),
      written.replace('    coder: researcher\n', '    coder: researcher\n    extra: 1\n'),
      written + 'council: Again\n',
      written.replace('\n', '\r\n'),
    ];
    for (const c of cases) {
      assert.notEqual(c, written, 'each case changes the file');
      assert.equal(summarizeSidecarBytes(utf8(c), WANTED), null, c);
    }
    for (const bytes of [Buffer.concat([utf8(written), Buffer.from([0])]), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(written)]), Buffer.concat([utf8(written), Buffer.from([0xc3, 0x28])])]) {
      assert.equal(summarizeSidecarBytes(bytes, WANTED), null);
    }
  });

  it('agrees with the full reading on every sidecar the writer writes from any values (property)', function () {
    this.timeout(180_000); // a property over 1,000 writes: seconds, more on a loaded machine
    fc.assert(
      fc.property(sidecarArb, (s) => {
        const t = writerText(s);
        if (t !== null) agrees(utf8(t), t);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the full reading after random edits of a written sidecar (property)', function () {
    this.timeout(180_000);
    const base = writerText({ council: 'Alder District Council', entries: TYPICAL })!;
    const piece = fc.constantFrom('"', '\\', ':', ' #', '\t', '£', 'é', '\n', '1', '-', ' ', "'", '\\n', 'x', '\u2028', '\r', 'Q1:', '#', '{', 'null', '—', '  ', '    value: 5\n', '      end: 1\n', '\u00a0');
    const edit = fc.tuple(fc.nat(), fc.nat(3), piece, fc.constantFrom('insert', 'delete', 'replace'));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let t = base;
        for (const [at0, len, p, kind] of edits) {
          const at = at0 % (t.length + 1);
          t = kind === 'insert' ? t.slice(0, at) + p + t.slice(at) : kind === 'delete' ? t.slice(0, at) + t.slice(at + 1 + len) : t.slice(0, at) + p + t.slice(at + 1);
        }
        agrees(utf8(t), t);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cold index: coverage from summaries', () => {
  const QUESTIONNAIRE = [
    'version: 1',
    'variants:',
    '  short:',
    '    omit: [Q4]',
    'questions:',
    '  - id: Q1',
    '    text: Name?',
    '  - id: Q2',
    '    text: Has a CRM?',
    '    type: yes-no',
    '  - id: Q3',
    '    text: If so',
    '    heading: true',
    '  - id: Q3a',
    '    text: Which CRM?',
    '    when: { Q2: "yes" }',
    '  - id: Q3b',
    '    text: Cost?',
    '    type: money',
    '    when: { Q3a: Dynamics }',
    '  - id: Q4',
    '    text: Staff?',
    '    type: number',
    '',
  ].join('\n');
  const write = (root: string, rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  const side = (council: string | undefined, entries: [string, AnswerEntry][], variant?: string) => {
    const s: { council?: string; variant?: string; entries: [string, AnswerEntry][] } = { entries };
    if (council !== undefined) s.council = council;
    if (variant !== undefined) s.variant = variant;
    return writerText(s)!;
  };
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'foi-cold-summary-'));
    write(root, 'foi-questionnaire.yaml', QUESTIONNAIRE);
    const yes = (v: unknown): AnswerEntry => ({ status: 'answered', value: v as AnswerEntry['value'], coder: 'jb' });
    write(root, 'replies/alder.txt', 'Q1. Alder\n');
    write(root, 'replies/alder.answers.yaml', side('Alder', [['Q1', yes('Alder')], ['Q2', yes('Yes')], ['Q3a', yes('Dynamics')]]));
    write(root, 'replies/birch.txt', 'Q1. Birch\n');
    write(root, 'replies/birch.answers.yaml', side('Birch', [['Q1', yes('Birch')], ['Q2', yes('No')], ['Q9', { status: 'unclear' }]], 'short'));
    write(root, 'replies/cedar.txt', 'Q1. Cedar\n');
    write(root, 'replies/cedar.answers.yaml', side('Cedar', [['Q2', { status: 'refused', exemption: 's12' }], ['Q3', yes('x')]], 'medium'));
    write(root, 'replies/dale.txt', 'Q1. Dale\n');
    write(root, 'replies/dale.answers.yaml', '# hand-written\nversion: 1\ncouncil: Dale\nanswers:\n  Q1:\n    status: answered # ok\n    value: Dale\n');
    write(root, 'replies/elm.txt', 'Q1. Elm\n');
    write(root, 'replies/elm.answers.yaml', side('Elm', [['Q1', yes('Elm')]]).replace('version: 1', 'version: 1\nversion: 1'));
    write(root, 'replies/fir.txt', 'Q1. Fir\n');
    write(root, 'replies/fir.answers.yaml', side('Fir', [['Q1', yes('Fir')], ['Q2', yes('Yes')]]));
    write(root, 'replies/fir.internal-review.txt', 'Q1. Fir\n');
    write(root, 'replies/fir.internal-review.answers.yaml', side('Fir', [['Q3a', yes('Other')], ['Q4', yes(12)]]));
    write(root, 'replies/gorse.txt', 'Q1. Gorse\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Coverage the long way: every sidecar parsed in full, every cell built. */
  function longWay(index: WorkspaceIndex) {
    const replies: CodedReply[] = index.replies().map((r) => {
      const c: CodedReply = { file: r.path, council: r.council, sidecar: r.sidecar?.sidecar ?? null };
      if (r.sidecar !== null) c.sidecarFile = r.sidecarPath;
      if (sidecarUnusable(r)) c.unreadable = r.sidecar!.problems.filter((p) => p.severity === 'error');
      if (r.received !== undefined) c.received = r.received;
      return c;
    });
    return computeCoverage(index.questionnaire, replies);
  }

  it('gives the same figures, cells and per-question lists as building every cell from full parses', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    const fast = index.coverage();
    const expected = longWay(index);
    assert.deepEqual(fast.totals, expected.totals);
    assert.deepEqual(
      fast.councils.map((c) => ({ ...c })),
      expected.councils.map((c) => ({ ...c })),
    );
    assert.deepEqual(fast.questions, expected.questions);
    // `report --json` prints them alike: the same keys in the same order.
    assert.deepEqual(JSON.parse(JSON.stringify(fast.councils)), JSON.parse(JSON.stringify(expected.councils)));
    assert.deepEqual(fast.councils.map((c) => JSON.stringify(c)), expected.councils.map((c) => JSON.stringify(c)));
    // The figures the report shows, checked by hand: Alder's Q3b is asked (Q3a is Dynamics) and missing;
    // Birch's short variant omits Q4 and routing makes Q3a/Q3b not required; Elm's broken sidecar is unreadable.
    const by = new Map(fast.councils.map((c) => [c.council, c]));
    assert.deepEqual(by.get('Alder')!.missing, ['Q3b', 'Q4']);
    assert.deepEqual(by.get('Birch')!.cells.map((c) => c.id), ['Q1', 'Q2', 'Q3', 'Q3a', 'Q3b']);
    assert.deepEqual(by.get('Birch')!.unknownIds, ['Q9']);
    assert.equal(by.get('Cedar')!.unknownVariant, 'medium');
    const elm = fast.councils.find((c) => c.files.includes('replies/elm.txt'))!;
    assert.equal(elm.unreadable.length, 1);
    assert.equal(elm.counts.unreadable, 6);
  });

  it('reads the cells of one council without parsing the others, and they carry the entries as written', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    const alder = index.coverage().councils.find((c) => c.council === 'Alder')!;
    const q3a = alder.cells.find((c) => c.id === 'Q3a')!;
    assert.deepEqual(q3a.entry, { status: 'answered', value: 'Dynamics', coder: 'jb' });
    assert.equal(q3a.file, 'replies/alder.txt');
    assert.equal(q3a.sidecarFile, 'replies/alder.answers.yaml');
  });

  it('stays right when the questionnaire changes which questions routing looks at', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    index.coverage();
    write(root, 'foi-questionnaire.yaml', QUESTIONNAIRE.replace('when: { Q2: "yes" }', 'when: { Q1: Alder }') + ' ');
    await index.update(['foi-questionnaire.yaml']);
    const fast = index.coverage();
    const expected = longWay(index);
    assert.deepEqual(fast.councils.map((c) => ({ ...c })), expected.councils.map((c) => ({ ...c })));
    assert.deepEqual(fast.questions, expected.questions);
    assert.deepEqual(fast.councils.find((c) => c.council === 'Birch')!.missing, []);
  });

  it('follows an edit of a summarized sidecar: the next coverage shows the new status', async () => {
    const index = new WorkspaceIndex(nodeWorkspaceFs(root));
    await index.refresh();
    assert.deepEqual(index.coverage().councils.find((c) => c.council === 'Alder')!.missing, ['Q3b', 'Q4']);
    write(root, 'replies/alder.answers.yaml', side('Alder', [['Q1', { status: 'answered', value: 'Alder' }], ['Q2', { status: 'answered', value: 'No' }], ['Q4', { status: 'not-held' }]]) + '\n');
    await index.update(['replies/alder.answers.yaml']);
    const alder = index.coverage().councils.find((c) => c.council === 'Alder')!;
    assert.deepEqual(alder.missing, []);
    assert.equal(alder.cells.find((c) => c.id === 'Q4')!.state, 'not-held');
    assert.deepEqual(index.coverage().councils.map((c) => ({ ...c })), longWay(index).councils.map((c) => ({ ...c })));
  });
});
