// Unit-level guards for "never lose a coding" (issue #6): signs, decoding, line breaks, terminal
// escaping, spreadsheet neutralisation, the shared text report and routing cycles.
import { strict as assert } from 'node:assert';
import { computeCoverage, routingCycles } from '../../src/core/coverage';
import { coverageReportText } from '../../src/core/coverageReport';
import { csvField } from '../../src/core/export';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { decodeSidecarBytes, decodeText, escapeControls, LineIndex } from '../../src/core/text';
import type { Question } from '../../src/core/types';
import { parseValue } from '../../src/core/values';

const q = (type: Question['type']): Question => ({ id: 'Q1', type }) as Question;

describe('values keep their sign', () => {
  it('reads negative numbers, percentages and money', () => {
    assert.equal(parseValue('-5', q('number')).value, -5);
    assert.equal(parseValue('\u22125 staff', q('number')).value, -5);
    assert.equal(parseValue('-12%', q('percent')).value, -12);
    assert.equal(parseValue('-£1,200', q('money')).value, -1200);
    assert.equal(parseValue('£-300', q('money')).value, -300);
    assert.equal(parseValue('a fall of (-3)', q('number')).value, -3);
  });

  it('leaves ranges, financial years and bullets positive', () => {
    assert.equal(parseValue('30-40%', q('percent')).value, 30);
    assert.equal(parseValue('£2,000 in 2017-18', q('money')).value, 2000);
    assert.equal(parseValue('- 7', q('number')).value, 7);
    assert.notEqual(parseValue('ref Q-5', q('number')).value, -5, 'a dash inside an id is no sign');
  });
});

describe('decoding without losing text', () => {
  it('keeps UTF-8 with a stray byte as UTF-8, with U+FFFD and a position', () => {
    const d = decodeText(Buffer.concat([Buffer.from('£44.6m\nkm² '), Buffer.from([0xc0]), Buffer.from('\n')]));
    assert.equal(d.encoding, 'utf-8');
    assert.equal(d.text, '£44.6m\nkm² \uFFFD\n');
    assert.match(d.warnings[0]!, /1 invalid UTF-8 byte .*line 2, column 5/);
  });

  it('reads a file with no UTF-8 sequence at all as Windows-1252', () => {
    assert.equal(decodeText(Buffer.from([0xa3, 0x35])).text, '£5');
  });

  it('turns lone CRs into the line breaks the editor shows, keeping CRLF files as they are', () => {
    assert.equal(decodeText(Buffer.from('a\rb\rc')).text, 'a\r\nb\r\nc');
    assert.equal(decodeText(Buffer.from('a\r\nb\r\n')).text, 'a\r\nb\r\n');
    assert.equal(decodeText(Buffer.from('a\nb\nc\rd')).text, 'a\nb\nc\nd');
  });

  it('refuses a sidecar with NUL, invalid UTF-8 or a UTF-16 mark, at the right line and column', () => {
    assert.deepEqual(decodeSidecarBytes(Buffer.from('version: 1\nans\0wers:\n')), { ok: false, line: 2, column: 4, message: '1 NUL byte (binary data or UTF-16 without a byte-order mark); a sidecar is UTF-8 text' });
    const bad = decodeSidecarBytes(Buffer.concat([Buffer.from('a: é\rb: '), Buffer.from([0xff])]));
    assert.ok(!bad.ok && bad.line === 2 && bad.column === 4, JSON.stringify(bad));
    assert.ok(!decodeSidecarBytes(Buffer.from([0xff, 0xfe, 0x61, 0])).ok);
    assert.deepEqual(decodeSidecarBytes(Buffer.from('\ufeffa: 1\r')), { ok: true, text: 'a: 1\r', bom: true });
  });

  it('counts a lone CR as a line break in positions', () => {
    const idx = new LineIndex('a\rb\r\nc\nd');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.position(2), { line: 2, column: 1 });
    assert.equal(idx.lineText(0), 'a');
    assert.equal(idx.lineText(1), 'b');
    assert.equal(idx.lineText(2), 'c');
  });
});

describe('output that cannot run', () => {
  it('escapes terminal control characters and bidi overrides', () => {
    assert.equal(escapeControls('a\u001b[2Jb\u202ec\u009bd\te'), 'a\\x1b[2Jb\\u202ec\\x9bd\\te');
    assert.equal(escapeControls('Castlebridge £ – ok'), 'Castlebridge £ – ok');
  });

  it('neutralises formulas behind invisible characters and look-alikes, not plain numbers', () => {
    for (const cell of ['=1+1', ' =1+1', '\u200b=1+1', '\ufeff@SUM(A1)', '\u00a0+1', '\u2060-1+2', '＝1+1', '﹦1', '﹢1', '−1+2', '\u202e=1']) {
      assert.ok(csvField(cell).replace(/^"/, '').startsWith("'"), `not neutralised: ${JSON.stringify(cell)}`);
    }
    assert.equal(csvField('-12'), '-12');
    assert.equal(csvField('Yes – MyWrexley'), 'Yes – MyWrexley');
  });
});

describe('the shared text coverage report', () => {
  const questionnaire = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n').questionnaire!;

  it('lists councils whose sidecar cannot be read, with file:line:col, and shows no missing ids for them', () => {
    const coverage = computeCoverage(questionnaire, [
      { file: 'replies/a.txt', council: 'Ashford', sidecar: null, sidecarFile: 'replies/a.answers.yaml', unreadable: [{ severity: 'error', code: 'sidecar-encoding', message: '1 NUL byte', file: 'replies/a.answers.yaml', line: 3, column: 7 }] },
      { file: 'replies/b.txt', council: 'Birchley', sidecar: null },
    ]);
    assert.deepEqual(coverage.councils[0]!.missing, []);
    assert.equal(coverage.councils[0]!.counts.unreadable, 2);
    const text = coverageReportText(coverage, { questionnairePath: 'q.yaml', questionnaireExists: true, questionnaireUsable: true });
    assert.match(text, /^Ashford .*UNREADABLE sidecar: replies\/a\.answers\.yaml/m);
    assert.match(text, /unread/);
    assert.match(text, /^ {2}replies\/a\.answers\.yaml:3:7: 1 NUL byte$/m);
    assert.match(text, /^Birchley .*all 2 \(nothing coded yet\)$/m);
  });

  it('keeps the usual columns when every sidecar can be read', () => {
    const coverage = computeCoverage(questionnaire, [{ file: 'replies/b.txt', council: 'Birchley', sidecar: null }]);
    assert.ok(!/unread/.test(coverageReportText(coverage, { questionnairePath: 'q.yaml', questionnaireExists: true, questionnaireUsable: true })));
  });
});

describe('routing cycles', () => {
  it('finds each cycle once, and none in a plain chain', () => {
    const cyc = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n    when: { Q3: yes }\n  - id: Q2\n    when: { Q1: yes }\n  - id: Q3\n    when: { Q2: yes }\n  - id: Q4\n    when: { Q4: yes }\n').questionnaire!;
    assert.deepEqual(routingCycles(cyc), [['Q1', 'Q3', 'Q2', 'Q1'], ['Q4', 'Q4']]);
    const chain = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n  - id: Q2\n    when: { Q1: yes }\n').questionnaire!;
    assert.deepEqual(routingCycles(chain), []);
  });
});
