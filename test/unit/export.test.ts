import { strict as assert } from 'node:assert';
import { computeCoverage } from '../../src/core/coverage';
import { csvField, exportCoverage, neutralizeFormula, toCsv } from '../../src/core/export';
import { questionnaireFromIds } from '../../src/core/questionnaire';
import type { AnswerEntry, Sidecar } from '../../src/core/types';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const sidecar = (answers: Record<string, AnswerEntry>, extra: Partial<Sidecar> = {}): Sidecar => ({ version: 1, answers: new Map(Object.entries(answers)), ...extra });

describe('export', () => {
  it('neutralises every formula-like cell and leaves plain numbers alone', () => {
    for (const bad of ['=HYPERLINK("http://x.example","click")', '+1', '-1+2', '@SUM(A1:A2)', '\tfoo', '\rfoo', '  =1+1', '\uFF1D1+1']) {
      assert.equal(neutralizeFormula(bad)[0], "'", `${JSON.stringify(bad)} is neutralised`);
    }
    for (const ok of ['-12', '3.5', '-0.25', '1e3', 'Halton', '£64.2m', '50%']) assert.equal(neutralizeFormula(ok), ok);
    assert.equal(csvField(-5), '-5');
    assert.equal(csvField(true), 'Yes');
    assert.equal(csvField(null), '');
  });

  it('quotes commas, quotes and line breaks per RFC 4180 and round-trips them', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('crlf\r\nline'), '"crlf\r\nline"');
    const text = toCsv([['x,y', 'a "b"', 'l1\r\nl2', '=1+1']], false);
    assert.deepEqual(parseCsv(text), [['x,y', 'a "b"', 'l1\r\nl2', "'=1+1"]]);
    assert.ok(toCsv([['a']]).startsWith('\uFEFF'), 'BOM by default');
    assert.ok(!toCsv([['a']], false).startsWith('\uFEFF'));
  });

  const q = questionnaireFromIds(['Q1', 'Q2', 'Q3']);
  const coverage = computeCoverage(q, [
    {
      file: 'replies/evil.txt',
      council: '=cmd|"/c calc"!A1',
      sidecar: sidecar({
        Q1: { status: 'answered', value: '@SUM(1,2)', quote: { exact: '-1+2, "quoted"\nnext', start: 10, end: 28 }, coder: '+me' },
        Q2: { status: 'answered', value: -40, unit: 'GBP' },
        Q3: { status: 'refused', exemption: 's12', note: 'cost, "18 hours"' },
      }),
    },
    { file: 'replies/plain.txt', council: 'Plain Council', sidecar: sidecar({ Q1: { status: 'not-held' } }) },
  ]);

  it('tidy CSV: a row per council × question, no cell runs as a formula', () => {
    const rows = parseCsv(exportCoverage(coverage, q, 'tidy-csv', { lineOf: () => 7 }));
    assert.deepEqual(rows[0], ['council', 'question', 'status', 'exemption', 'value', 'unit', 'quote', 'line', 'coder', 'file', 'note']);
    assert.equal(rows.length, 1 + 2 * 3);
    for (const row of rows) for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell) || /^-?\d/.test(cell), `cell ${JSON.stringify(cell)} is safe`);
    const evilQ1 = rows.find((r) => r[1] === 'Q1' && r[0]!.includes('calc'))!;
    assert.equal(evilQ1[0], `'=cmd|"/c calc"!A1`);
    assert.equal(evilQ1[4], "'@SUM(1,2)");
    assert.equal(evilQ1[6], `'-1+2, "quoted"\nnext`);
    assert.equal(evilQ1[7], '7');
    assert.equal(evilQ1[8], "'+me");
    const q2 = rows.find((r) => r[1] === 'Q2' && r[0]!.includes('calc'))!;
    assert.equal(q2[4], '-40', 'a negative number stays a number');
    const q3 = rows.find((r) => r[1] === 'Q3' && r[0]!.includes('calc'))!;
    assert.deepEqual([q3[2], q3[3], q3[10]], ['refused', 's12', 'cost, "18 hours"']);
    const plainQ2 = rows.find((r) => r[0] === 'Plain Council' && r[1] === 'Q2')!;
    assert.equal(plainQ2[2], 'missing');
    assert.equal(plainQ2[7], '', 'no line for a missing answer');
  });

  it('wide CSV: a row per council, <id> holds the value or the state, <id>_status the state', () => {
    const rows = parseCsv(exportCoverage(coverage, q, 'csv'));
    const header = rows[0]!;
    assert.deepEqual(header.slice(0, 7), ['council', 'files', 'variant', 'asked', 'coded', 'percent', 'missing']);
    assert.deepEqual(header.slice(7), ['Q1', 'Q1_status', 'Q2', 'Q2_status', 'Q3', 'Q3_status']);
    assert.equal(rows.length, 3);
    const plain = rows.find((r) => r[0] === 'Plain Council')!;
    const col = (id: string) => header.indexOf(id);
    assert.equal(plain[col('Q1')], 'not-held');
    assert.equal(plain[col('Q2_status')], 'missing');
    const evil = rows.find((r) => r[0]!.includes('calc'))!;
    assert.equal(evil[col('Q2')], '-40');
    assert.equal(evil[col('Q2_status')], 'answered');
    assert.equal(evil[col('Q3')], 'refused:s12');
    assert.equal(evil[col('Q1')], "'@SUM(1,2)");
  });

  it('wide and tidy CSV write omitted questions as not-required', () => {
    const withVariant = { ...q, variants: { short: { omit: ['Q3'] } } };
    const cov = computeCoverage(withVariant, [{ file: 'v.txt', council: 'V', sidecar: sidecar({}, { variant: 'short' }) }]);
    const rows = parseCsv(exportCoverage(cov, withVariant, 'tidy-csv', { bom: false }));
    assert.equal(rows.find((r) => r[1] === 'Q3')![2], 'not-required');
  });

  it('JSON carries values as they are, the state per question and history', () => {
    const data = JSON.parse(exportCoverage(coverage, q, 'json')) as { councils: { council: string; answers: { id: string; state: string; value: unknown; exemption: unknown }[] }[] };
    const evil = data.councils.find((c) => c.council.includes('calc'))!;
    assert.equal(evil.answers.find((a) => a.id === 'Q2')!.value, -40);
    assert.equal(evil.answers.find((a) => a.id === 'Q3')!.exemption, 's12');
    assert.equal(data.councils.find((c) => c.council === 'Plain Council')!.answers.find((a) => a.id === 'Q3')!.state, 'missing');
  });
});
