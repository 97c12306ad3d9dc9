// The three exports a researcher opens in a spreadsheet or reads into R/pandas: every column of
// a small survey, with a variant, a refusal and a council whose sidecar cannot be read.
import { strict as assert } from 'node:assert';
import { computeCoverage } from '../../src/core/coverage';
import { csvField, EXPORT_FORMATS, exportCoverage, isInterchangeFormat, neutralizeFormula, toCsv } from '../../src/core/export';
import type { ManifestEntry } from '../../src/core/importManifest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { parseSidecar } from '../../src/core/sidecar';

const questionnaire = parseQuestionnaire(
  'version: 1\ntitle: Parks\nquestions:\n  - id: Q1\n    text: How many parks?\n    type: number\n    unit: parks\n  - id: Q2\n    type: yes-no\n    when: { Q1: "1" }\n  - id: Q3\n    heading: true\nvariants:\n  short:\n    omit: [Q3]\n',
).questionnaire!;
const coverage = computeCoverage(questionnaire, [
  {
    file: 'replies/ash.txt',
    council: 'Ashcombe',
    sidecar: parseSidecar('version: 1\nvariant: short\nanswers:\n  Q1: { status: answered, value: 12, unit: parks, quote: { exact: "12 parks", start: 40, end: 48 }, coder: jo, note: "checked" }\n  Q2: { status: refused, exemption: s12 }\n').sidecar,
  },
  { file: 'replies/bir.txt', council: 'Birchley', sidecar: null, sidecarFile: 'replies/bir.answers.yaml', unreadable: [{ severity: 'error', code: 'sidecar-parse', message: 'bad', file: 'replies/bir.answers.yaml', line: 2, column: 3 }] },
]);
const manifest: ManifestEntry = {
  council: 'Ashcombe', kind: 'reply', date: '2026-01-02', from: 'foi@ashcombe.example', subject: 'Parks', sha256: '', sources: [], attachments: ['a.pdf'],
  parts: [{ name: 'body', start: 0 }, { name: 'a.pdf', page: 1, start: 30 }],
};
const options = { bom: false, lineOf: () => 7, provenanceOf: (file: string) => (file === 'replies/ash.txt' ? manifest : null) };

describe('core: exports', () => {
  it('wide CSV: a row per council, value or state per question and the state alone, omitted questions not-required, unreadable ones unreadable', () => {
    assert.equal(exportCoverage(coverage, questionnaire, 'csv', options), [
      'council,files,variant,asked,coded,percent,missing,Q1,Q1_status,Q2,Q2_status,Q3,Q3_status',
      'Ashcombe,replies/ash.txt,short,2,2,100,0,12,answered,refused:s12,refused,not-required,not-required',
      'Birchley,replies/bir.txt,,3,0,0,0,unreadable,unreadable,unreadable,unreadable,unreadable,unreadable',
      '',
    ].join('\r\n'));
  });

  it('tidy CSV: a row per council and question with exemption, value, unit, quote, line, coder, file and note; the unreadable sidecar named in the note', () => {
    assert.equal(exportCoverage(coverage, questionnaire, 'tidy-csv', options), [
      'council,question,status,exemption,value,unit,quote,line,coder,file,note',
      'Ashcombe,Q1,answered,,12,parks,12 parks,7,jo,replies/ash.txt,checked',
      'Ashcombe,Q2,refused,s12,,,,7,,replies/ash.txt,',
      'Ashcombe,Q3,not-required,,,,,,,replies/ash.txt,',
      'Birchley,Q1,unreadable,,,,,,,replies/bir.txt,sidecar cannot be read: replies/bir.answers.yaml:2:3: bad',
      'Birchley,Q2,unreadable,,,,,,,replies/bir.txt,sidecar cannot be read: replies/bir.answers.yaml:2:3: bad',
      'Birchley,Q3,unreadable,,,,,,,replies/bir.txt,sidecar cannot be read: replies/bir.answers.yaml:2:3: bad',
      '',
    ].join('\r\n'));
    const noLines = exportCoverage(coverage, questionnaire, 'tidy-csv', { bom: false });
    assert.match(noLines, /\r\nAshcombe,Q1,answered,,12,parks,12 parks,,jo,/, 'no line when none is known');
  });

  it('starts CSV with a byte-order mark unless told not to, and never JSON', () => {
    assert.ok(exportCoverage(coverage, questionnaire, 'csv').startsWith('\uFEFFcouncil,'));
    assert.ok(exportCoverage(coverage, questionnaire, 'tidy-csv').startsWith('\uFEFFcouncil,question,'));
    assert.ok(exportCoverage(coverage, questionnaire, 'json').startsWith('{\n  "title": "Parks"'));
    assert.ok(exportCoverage(coverage, questionnaire, 'csv', { bom: false }).startsWith('council,'));
  });

  it('JSON: the questions, the totals and, per council, every answer with its state, fields, line, file, reason and history', () => {
    const text = exportCoverage(coverage, questionnaire, 'json', { lineOf: () => 7 });
    assert.ok(text.endsWith('}\n'));
    const out = JSON.parse(text);
    assert.equal(out.title, 'Parks');
    assert.deepEqual(out.questions, [
      { id: 'Q1', text: 'How many parks?', type: 'number', unit: 'parks', heading: false, when: null },
      { id: 'Q2', text: null, type: 'yes-no', unit: null, heading: false, when: { Q1: '1' } },
      { id: 'Q3', text: null, type: 'text', unit: null, heading: true, when: null },
    ]);
    assert.deepEqual(out.totals, coverage.totals);
    const [ash, bir] = out.councils;
    assert.deepEqual(Object.keys(ash), ['council', 'files', 'variant', 'asked', 'coded', 'percent', 'counts', 'missing', 'unknownIds', 'unreadable', 'answers']);
    assert.deepEqual([ash.council, ash.files, ash.variant, ash.asked, ash.coded, ash.percent, ash.missing, ash.unknownIds], ['Ashcombe', ['replies/ash.txt'], 'short', 2, 2, 100, [], []]);
    assert.deepEqual(ash.answers, [
      { id: 'Q1', state: 'answered', exemption: null, value: 12, unit: 'parks', quote: { exact: '12 parks', start: 40, end: 48 }, coder: 'jo', note: 'checked', line: 7, file: 'replies/ash.txt', reason: null, history: [] },
      { id: 'Q2', state: 'refused', exemption: 's12', value: null, unit: null, quote: null, coder: null, note: null, line: 7, file: 'replies/ash.txt', reason: null, history: [] },
      { id: 'Q3', state: 'not-required', exemption: null, value: null, unit: null, quote: null, coder: null, note: null, line: null, file: null, reason: 'variant short', history: [] },
    ]);
    assert.equal(bir.variant, null);
    assert.deepEqual(bir.unreadable, [{ file: 'replies/bir.answers.yaml', line: 2, column: 3, message: 'bad' }]);
    assert.deepEqual(bir.answers.map((a: { state: string; line: unknown; file: unknown }) => [a.state, a.line, a.file]), [['unreadable', null, null], ['unreadable', null, null], ['unreadable', null, null]]);
    const noLines = JSON.parse(exportCoverage(coverage, questionnaire, 'json'));
    assert.equal(noLines.councils[0].answers[0].line, null);
    assert.equal(JSON.parse(exportCoverage(computeCoverage(parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n').questionnaire!, []), parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n').questionnaire!, 'json')).title, null);
  });

  it('JSON of imported replies: each council’s provenance and each answer’s origin (the attachment page its quote starts on)', () => {
    const out = JSON.parse(exportCoverage(coverage, questionnaire, 'json', options));
    const [ash, bir] = out.councils;
    assert.deepEqual(ash.provenance, [{ file: 'replies/ash.txt', date: '2026-01-02', from: 'foi@ashcombe.example', subject: 'Parks', sources: [], attachments: ['a.pdf'], parts: manifest.parts }]);
    assert.deepEqual(ash.answers.map((a: { origin: unknown }) => a.origin), ['page 1 of a.pdf', null, null], 'Q2 has no quote offset, Q3 no cell');
    assert.deepEqual(bir.provenance, []);
    const early = JSON.parse(exportCoverage(coverage, questionnaire, 'json', { provenanceOf: () => ({ ...manifest, parts: [{ name: 'body', start: 0 }, { name: 'a.pdf', page: 1, start: 45 }] }) }));
    assert.equal(early.councils[0].answers[0].origin, 'the message body');
    assert.ok(!('origin' in JSON.parse(exportCoverage(coverage, questionnaire, 'json')).councils[0].answers[0]), 'no origin without a manifest');
  });

  it('writes a person’s value instead of the state in the wide CSV, but an empty value as the state', () => {
    const q = parseQuestionnaire('version: 1\nquestions:\n  - id: Q1\n    type: text\n  - id: Q2\n').questionnaire!;
    const cov = computeCoverage(q, [{ file: 'r.txt', council: 'Cal', sidecar: parseSidecar('version: 1\nanswers:\n  Q1: { status: answered, value: "" }\n  Q2: { status: answered, value: false }\n').sidecar }]);
    assert.equal(exportCoverage(cov, q, 'csv', { bom: false }).split('\r\n')[1], 'Cal,r.txt,,2,2,100,0,answered,answered,No,answered');
  });

  it('CSV fields: empty for null and non-finite numbers, Yes/No for booleans, quoted when they hold a comma, quote, line break or edge space', () => {
    assert.deepEqual([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 3.5, -2, true, false].map(csvField), ['', '', '', '', '3.5', '-2', 'Yes', 'No']);
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rhere'), '"cr\rhere"');
    assert.equal(csvField(' lead'), '" lead"');
    assert.equal(csvField('trail '), '"trail "');
    assert.equal(csvField('plain text'), 'plain text');
    assert.equal(toCsv([['a', 1], ['b', null]], false), 'a,1\r\nb,\r\n');
    assert.equal(toCsv([['a']]), '\uFEFFa\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves plain numbers and ordinary text alone', () => {
    for (const n of ['-12', '3.5', '1e3', '-.5', '12.', '-1E-3', '0']) assert.equal(neutralizeFormula(n), n, n);
    for (const f of ['=SUM(A1)', '+1', '-1+2', '@cmd', ' =x', '\u200b=x', '\u00a0+x', '\uff1dx', '\u2212x', '\tx', '\rx', '\n=x']) assert.equal(neutralizeFormula(f), `'${f}`, JSON.stringify(f));
    for (const t of ['a=b', 'x-1', '12 parks', '', 'e3', '1e', '--']) assert.equal(neutralizeFormula(t), t === '--' ? "'--" : t, JSON.stringify(t));
    assert.equal(csvField('=1+1'), "'=1+1");
    assert.equal(csvField(' =1'), "' =1", 'the quote mark comes first, so no edge space is left to quote');
  });

  it('names the text formats and tells the binary ones apart', () => {
    assert.deepEqual([...EXPORT_FORMATS], ['csv', 'tidy-csv', 'json']);
    assert.ok(isInterchangeFormat('xlsx'));
    assert.ok(isInterchangeFormat('qdpx'));
    assert.ok(!isInterchangeFormat('csv'));
    assert.ok(!isInterchangeFormat('xls'));
  });
});
