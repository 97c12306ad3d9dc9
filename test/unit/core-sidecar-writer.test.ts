// The sidecar writer (applyAnswerEdits in src/core/sidecar.ts) as a person who also edits the
// file by hand sees it: every line an edit does not touch stays exactly as they wrote it (their
// spacing and comments), even between two edited answers; answers go to their questionnaire
// place; a variant is written where the reader and the docs show it.
import { strict as assert } from 'node:assert';
import { applyAnswerEdits, parseSidecar } from '../../src/core/sidecar';
import type { AnswerEdit, SidecarEditContext } from '../../src/core/sidecar';

function edited(old: string | null, edits: AnswerEdit[], context: SidecarEditContext = {}): string {
  const r = applyAnswerEdits(old, edits, context);
  assert.ok(r.ok, JSON.stringify(r));
  const back = parseSidecar(r.text);
  assert.ok(back.sidecar, `the written text reads back: ${r.text}`);
  return r.text;
}

const HAND = [
  '# coded by jb',
  'version:  1',
  'council:   Alder Council   # checked',
  'answers:',
  '  Q1:',
  '    status:   answered',
  '    value:  "Alder"    # from the letter',
  '  Q2:',
  '    status:    not-held',
  '    note:   none   # asked twice',
  '  Q3:',
  '    status:   answered',
  '    value:   12',
  '  Q4:',
  '    status:  refused',
  '    exemption:   s43',
  '',
].join('\n');

describe('sidecar writer: what a hand-edited file keeps', () => {
  it('two edits with untouched answers between them: only the two changed lines are rewritten', () => {
    const out = edited(HAND, [
      { id: 'Q1', entry: { status: 'partial', value: 'Alder' } },
      { id: 'Q3', entry: { status: 'answered', value: 13 } },
    ], { order: ['Q1', 'Q2', 'Q3', 'Q4'] });
    assert.equal(out, HAND.replace('    status:   answered\n    value:  "Alder"', '    status: partial\n    value:  "Alder"').replace('    value:   12', '    value: 13'));
  });

  it('a delete, an addition at the end and a changed field: the rest stays as written', () => {
    const out = edited(HAND, [
      { id: 'Q1', entry: null },
      { id: 'Q5', entry: { status: 'answered', value: 'x' } },
      { id: 'Q2', entry: { status: 'not-held', note: 'none' } },
      { id: 'Q4', entry: { status: 'refused', exemption: 's40' } },
    ], { order: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] });
    assert.equal(
      out,
      [
        '# coded by jb',
        'version:  1',
        'council:   Alder Council   # checked',
        'answers:',
        '  Q2:',
        '    status:    not-held',
        '    note:   none   # asked twice',
        '  Q3:',
        '    status:   answered',
        '    value:   12',
        '  Q4:',
        '    status:  refused',
        '    exemption: s40',
        '  Q5:',
        '    status: answered',
        '    value: x',
        '',
      ].join('\n'),
    );
  });

  it('an edit that changes nothing returns the file byte for byte', () => {
    assert.equal(edited(HAND, [{ id: 'Q3', entry: { status: 'answered', value: 12 } }]), HAND);
  });

  it('a value that changes type is written in a style that reads back as that type, keeping the line\'s comment', () => {
    const out = edited('version: 1\nanswers:\n  Q1:\n    status: answered\n    value: 12 # n\n    note: \'x\' # keep\n    unit: "u"\n', [
      { id: 'Q1', entry: { status: 'answered', value: '12', note: 'a\tb', unit: 'v' } },
    ]);
    assert.equal(out, 'version: 1\nanswers:\n  Q1:\n    status: answered\n    value: "12" # n\n    note: "a\\tb" # keep\n    unit: "v"\n');
    assert.deepEqual(parseSidecar(out).sidecar?.answers.get('Q1'), { status: 'answered', value: '12', note: 'a\tb', unit: 'v' });
  });

  it('an answer written as nothing or in flow style is replaced by a block entry', () => {
    assert.equal(edited('version: 1\nanswers:\n  Q1:\n', [{ id: 'Q1', entry: { status: 'not-held' } }]), 'version: 1\nanswers:\n  Q1:\n    status: not-held\n');
    assert.equal(
      edited('version: 1\nanswers: {Q1: {status: answered}}\n', [{ id: 'Q2', entry: { status: 'not-held' } }]),
      'version: 1\nanswers:\n  Q1: {status: answered}\n  Q2:\n    status: not-held\n',
    );
  });

  it('keeps old-Mac CR line ends', () => {
    assert.equal(
      edited('version: 1\ranswers:\r  Q1:\r    status: answered\r', [{ id: 'Q2', entry: { status: 'not-held' } }]),
      'version: 1\ranswers:\r  Q1:\r    status: answered\r  Q2:\r    status: not-held\r',
    );
  });
});

describe('sidecar writer: where new things go', () => {
  it('puts new answers at their questionnaire place, by canonical id, and ids it lacks after, in natural order, non-ids last', () => {
    const out = edited('version: 1\nanswers:\n  q2:\n    status: answered\n  Q10:\n    status: answered\n  zz:\n    status: answered\n', [
      { id: 'Q9', entry: { status: 'answered' } },
      { id: 'Q1', entry: { status: 'answered' } },
      { id: 'Q3', entry: { status: 'answered' } },
    ], { order: ['Q1', 'Q2', 'Q3'] });
    assert.deepEqual(out.split('\n').filter((l) => /^ {2}\S/.test(l)), ['  Q1:', '  q2:', '  Q3:', '  Q9:', '  Q10:', '  zz:']);
  });

  it('a new sidecar names the reply on one line, then version, council, variant and the answers', () => {
    assert.equal(
      edited(null, [{ id: 'Q1', entry: { status: 'answered' } }], { council: 'Alder', variant: 'short', replyName: 'alder\r\n.txt' }),
      '# Coded answers for alder .txt \u2014 edit freely; comments are kept.\n\nversion: 1\ncouncil: Alder\nvariant: short\nanswers:\n  Q1:\n    status: answered\n',
    );
    assert.match(edited(null, [{ id: 'Q1', entry: { status: 'answered' } }]), /^# Coded answers for this reply \u2014/);
  });

  it('writes a variant the file lacks before answers when an answer is coded, as a name or `omit:` in flow style', () => {
    assert.equal(
      edited('version: 1\ncouncil: Alder\nanswers:\n  Q1:\n    status: answered\n', [{ id: 'Q2', entry: { status: 'answered' } }], { variant: { omit: ['Q3', 'Q4a'] } }),
      'version: 1\ncouncil: Alder\nvariant:\n  omit: [Q3, Q4a]\nanswers:\n  Q1:\n    status: answered\n  Q2:\n    status: answered\n',
    );
    assert.equal(
      edited('version: 1\nvariant: long\nanswers:\n  Q1:\n    status: answered\n', [{ id: 'Q2', entry: { status: 'answered' } }], { variant: 'short' }),
      'version: 1\nvariant: long\nanswers:\n  Q1:\n    status: answered\n  Q2:\n    status: answered\n',
      'the file\'s own variant is kept',
    );
    assert.equal(edited('version: 1\nanswers:\n  Q1:\n    status: answered\n', [{ id: 'Q1', entry: null }], { variant: 'short' }), 'version: 1\nanswers: {}\n', 'a delete writes no variant');
  });
});
