import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { codePointOffsets, decimalString, guidOf, xmlText } from '../../src/interchange/qdpx';
import { EXCEL_CELL_LIMIT, cellText } from '../../src/interchange/xlsx';

const REPO = path.join(__dirname, '../..');
const XSD = path.join(REPO, 'test/fixtures/refi-qda/Project-mrt2019.xsd');

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

// ---- a minimal reader for the XML we write (elements, attributes, text; no CDATA) ----------

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}
const unescape = (s: string): string => s.replace(/&(lt|gt|quot|amp|#13|#9);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#13': '\r', '#9': '\t' })[e]!);
function parseXml(xml: string): El {
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z:]+="[^"]*")*)\s*(\/?)>|([^<]+)|<\?[^>]*\?>/g;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += unescape(m[5]);
      continue;
    }
    if (m[2] === undefined) continue;
    if (m[1] === '/') {
      assert.equal(stack.pop()!.name, m[2]);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([A-Za-z:]+)="([^"]*)"/g)) attrs[a[1]!] = unescape(a[2]!);
    const el: El = { name: m[2], attrs, children: [], text: '' };
    top.children.push(el);
    if (m[4] !== '/') stack.push(el);
  }
  return root.children[0]!;
}
const all = (el: El, name: string): El[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
const child = (el: El, name: string): El | undefined => el.children.find((c) => c.name === name);

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** xmllint's verdict on project.qde against the REFI-QDA schema. */
function validate(qde: string, dir: string): string {
  const file = path.join(dir, 'project.qde');
  writeFileSync(file, qde);
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return `${r.status}: ${r.stderr.trim()}`;
}

// ---- a small workspace with hostile text ----------------------------------------------------

const QUESTIONNAIRE = `version: 1
title: Parks & <Open> Spaces
questions:
  - id: Q1
    text: What is the name of the Authority?
  - id: Q2
    text: How many parks?
    type: number
    unit: parks
  - id: Q3
    text: Do you publish a parks strategy?
    type: yes-no
  - id: Q4
    text: What is the parks budget?
    type: money
`;
// BOM, CRLF, an emoji (two UTF-16 units, one code point) before the quotes, and text that a
// spreadsheet would read as formulas.
const ALPHA = '\uFEFFDear 😀 requester,\r\nQ1. Name?\r\n=HYPERLINK("http://x.invalid")\r\nQ2. How many parks?\r\n12 parks 🌳 in all\r\nQ3. Strategy?\r\nYes\r\nQ4. Budget?\r\n-5 is not a formula\r\n';
const ALPHA_SIDECAR = `version: 1
council: Alphaford Borough Council
answers:
  Q1:
    status: answered
    value: =HYPERLINK("http://x.invalid")
    coder: "@sam"
    note: "+44 20 7946 0000 & <b>bold</b>"
    quote:
      exact: =HYPERLINK("http://x.invalid")
  Q2:
    status: answered
    value: 12
    unit: parks
    coder: sam
    quote:
      exact: "12 parks 🌳"
  Q3:
    status: answered
    value: "Yes"
    coder: auto
    quote:
      exact: "Yes"
  Q4:
    status: refused
    exemption: s12
    coder: sam
    note: "-5"
    quote:
      exact: "-5 is not a formula"
`;
const BETA = 'Q1. Name?\nBeta District Council\nQ2. How many parks?\n7\nQ4. Budget?\nNot held.\n';
const BETA_SIDECAR = `version: 1
council: Beta District Council
answers:
  Q1:
    status: answered
    value: Beta District Council
    coder: kim
    quote:
      exact: Beta District Council
  Q2:
    status: answered
    value: 7
    coder: kim
    quote:
      exact: "7"
  Q4:
    status: not-held
    coder: kim
    quote:
      exact: "this text is nowhere in the reply"
`;

function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'foi-interchange-'));
  writeFileSync(path.join(dir, 'foi-questionnaire.yaml'), QUESTIONNAIRE);
  mkdirSync(path.join(dir, 'replies'));
  writeFileSync(path.join(dir, 'replies/alphaford.txt'), ALPHA);
  writeFileSync(path.join(dir, 'replies/alphaford.answers.yaml'), ALPHA_SIDECAR);
  writeFileSync(path.join(dir, 'replies/beta.txt'), BETA);
  writeFileSync(path.join(dir, 'replies/beta.answers.yaml'), BETA_SIDECAR);
  return dir;
}

describe('interchange helpers', () => {
  it('counts code points, not UTF-16 units, in one sweep whatever the order', () => {
    const text = 'a😀b🌳c';
    assert.deepEqual(codePointOffsets(text, [6, 0, 3, 1, 7]), [4, 0, 2, 1, 5]);
  });
  it('writes decimals without exponents and escapes XML', () => {
    assert.equal(decimalString(1e21), '1000000000000000000000');
    assert.equal(decimalString(1.5e-7), '0.00000015');
    assert.equal(decimalString(-2.5e22), '-25000000000000000000000');
    assert.equal(decimalString(48700000), '48700000');
    assert.equal(xmlText('a<b & "c"\u0007\r\n'), 'a&lt;b &amp; &quot;c&quot;\uFFFD&#13;\n');
  });
  it('gives stable GUIDs in the schema’s form', () => {
    assert.equal(guidOf('case:X'), guidOf('case:X'));
    assert.notEqual(guidOf('case:X'), guidOf('case:Y'));
    assert.match(guidOf('case:X'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('keeps cell text within Excel’s limit and XML', () => {
    assert.equal(cellText('x'.repeat(40_000)).length, EXCEL_CELL_LIMIT);
    assert.ok(cellText('x'.repeat(40_000)).endsWith('…'));
    assert.equal(cellText('a\u0000b'), 'a\uFFFDb');
    assert.equal(cellText('=1+2'), '=1+2');
  });
});

describe('export --format qdpx (REFI-QDA)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = makeWorkspace();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('needs --out, and says what it wrote', async () => {
    const usage = await run(dir, 'export', '--format', 'qdpx');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--out/);
    const r = await run(dir, 'export', '--format', 'qdpx', '--out', 'survey.qdpx');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /Wrote survey\.qdpx \(REFI-QDA, 2 cases, 2 sources, 6 coded selections; 1 answer without a quote found in the text coded on the council's case\)/);
  });

  it('is valid against the REFI-QDA schema, even with hostile text (xmllint)', async function () {
    if (!hasXmllint()) {
      if (process.env.CI) assert.fail('xmllint is not installed (Debian: libxml2-utils)');
      this.skip();
    }
    assert.equal((await run(dir, 'export', '--format', 'qdpx', '--out', 'survey.qdpx')).code, 0);
    const zip = unzipSync(readFileSync(path.join(dir, 'survey.qdpx')));
    assert.equal(validate(strFromU8(zip['project.qde']!), dir), `0: ${path.join(dir, 'project.qde')} validates`);
    // A deliberately broken project is rejected, so the check can fail.
    const broken = strFromU8(zip['project.qde']!).replace('<Users>', '<Users><Nonsense/>');
    assert.notEqual(validate(broken, dir).slice(0, 2), '0:');
  });

  it('a case per council, codes per question with a child per status, every selection selecting its quote with one coding', async () => {
    assert.equal((await run(dir, 'export', '--format', 'qdpx', '--out', 'survey.qdpx')).code, 0);
    const zip = unzipSync(readFileSync(path.join(dir, 'survey.qdpx')));
    const project = parseXml(strFromU8(zip['project.qde']!));
    assert.equal(project.attrs.name, 'Parks & <Open> Spaces');

    const cases = all(project, 'Case');
    assert.deepEqual(cases.map((c) => c.attrs.name), ['Alphaford Borough Council', 'Beta District Council']);

    const questionCodes = child(child(project, 'CodeBook')!, 'Codes')!.children;
    assert.deepEqual(questionCodes.map((c) => c.attrs.name!.split(' ')[0]), ['Q1', 'Q2', 'Q3', 'Q4']);
    for (const q of questionCodes) {
      assert.deepEqual(q.children.filter((c) => c.name === 'Code').map((c) => c.attrs.name), ['answered', 'partial', 'not-held', 'not-applicable', 'refused', 'signposted', 'unclear']);
    }
    const refusedQ4 = questionCodes[3]!.children.find((c) => c.attrs.name === 'refused')!;
    assert.deepEqual(refusedQ4.children.map((c) => c.attrs.name), ['s12']);
    const codeName = new Map<string, string>();
    for (const q of questionCodes) for (const s of all(q, 'Code')) codeName.set(s.attrs.guid!, s === q ? s.attrs.name! : `${q.attrs.name!.split(' ')[0]}/${s.attrs.name}`);

    const users = new Map(all(project, 'User').map((u) => [u.attrs.guid!, u.attrs.name!] as const));
    assert.deepEqual([...users.values()].sort(), ['@sam', 'FOI Coder (auto)', 'kim', 'sam']);

    const sources = all(project, 'TextSource');
    assert.equal(sources.length, 2);
    const seen: string[] = [];
    for (const source of sources) {
      const file = source.attrs.plainTextPath!.replace('internal://', 'sources/');
      const bytes = zip[file];
      assert.ok(bytes, `${file} is not in the archive`);
      const text = Buffer.from(bytes).toString('utf8');
      const original = source.attrs.name === 'replies/alphaford.txt' ? ALPHA.slice(1) : BETA;
      assert.equal(text, original, 'the source is the reply as read: BOM removed, line endings kept');
      const points = [...text];
      for (const sel of all(source, 'PlainTextSelection')) {
        const start = Number(sel.attrs.startPosition);
        const end = Number(sel.attrs.endPosition);
        assert.ok(end > start, `${sel.attrs.name} selects nothing`);
        const codings = sel.children.filter((c) => c.name === 'Coding');
        assert.equal(codings.length, 1, `${sel.attrs.name} has ${codings.length} codings`);
        const code = codeName.get(child(codings[0]!, 'CodeRef')!.attrs.targetGUID!);
        assert.ok(code, `${sel.attrs.name}: coding to an unknown code`);
        assert.ok(users.has(sel.attrs.creatingUser!) && users.has(codings[0]!.attrs.creatingUser!), 'creatingUser is a User');
        seen.push(`${code} ${JSON.stringify(points.slice(start, end).join(''))} by ${users.get(codings[0]!.attrs.creatingUser!)}`);
      }
    }
    assert.deepEqual(seen, [
      'Q1/answered "=HYPERLINK(\\"http://x.invalid\\")" by @sam',
      'Q2/answered "12 parks 🌳" by sam',
      'Q3/answered "Yes" by FOI Coder (auto)',
      'Q4/s12 "-5 is not a formula" by sam',
      'Q1/answered "Beta District Council" by kim',
      'Q2/answered "7" by kim',
    ]);

    // Beta's Q4 quote is not in its reply: the coding is on Beta's case, not lost.
    const beta = cases[1]!;
    assert.deepEqual(beta.children.filter((c) => c.name === 'CodeRef').map((c) => codeName.get(c.attrs.targetGUID!)), ['Q4/not-held']);
    assert.equal(beta.children.filter((c) => c.name === 'SelectionRef').length, 2);
    assert.equal(beta.children.filter((c) => c.name === 'SourceRef').length, 1);
  });

  it('carries the coded values as typed case variables', async () => {
    assert.equal((await run(dir, 'export', '--format', 'qdpx', '--out', 'survey.qdpx')).code, 0);
    const project = parseXml(strFromU8(unzipSync(readFileSync(path.join(dir, 'survey.qdpx')))['project.qde']!));
    const variables = new Map(all(project, 'Variable').map((v) => [v.attrs.guid!, `${v.attrs.name} (${v.attrs.typeOfVariable})`] as const));
    assert.deepEqual([...variables.values()], ['percent coded (Float)', 'Q1 (Text)', 'Q2 (Float)', 'Q2 unit (Text)', 'Q3 (Boolean)', 'Q4 (Float)']);
    const valuesOf = (c: El) => c.children.filter((x) => x.name === 'VariableValue').map((v) => `${variables.get(child(v, 'VariableRef')!.attrs.targetGUID!)!.split(' (')[0]}=${v.children[1]!.name}:${v.children[1]!.text}`);
    const [alpha, beta] = all(project, 'Case');
    assert.deepEqual(valuesOf(alpha!), ['percent coded=FloatValue:100', 'Q1=TextValue:=HYPERLINK("http://x.invalid")', 'Q2=FloatValue:12', 'Q2 unit=TextValue:parks', 'Q3=BooleanValue:true']);
    assert.deepEqual(valuesOf(beta!), ['percent coded=FloatValue:75', 'Q1=TextValue:Beta District Council', 'Q2=FloatValue:7']);
  });

  it('gives the same identifiers when exported twice', async () => {
    await run(dir, 'export', '--format', 'qdpx', '--out', 'a.qdpx');
    await run(dir, 'export', '--format', 'qdpx', '--out', 'b.qdpx');
    const guids = (f: string) => strFromU8(unzipSync(readFileSync(path.join(dir, f)))['project.qde']!).match(/guid="[^"]+"/g);
    assert.deepEqual(guids('a.qdpx'), guids('b.qdpx'));
  });
});

describe('export --format xlsx', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = makeWorkspace();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function workbook(): Promise<{ book: ExcelJS.Workbook; zip: Record<string, Uint8Array> }> {
    const r = await run(dir, 'export', '--format', 'xlsx', '--out', 'survey.xlsx');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /Wrote survey\.xlsx \(xlsx, 2 councils/);
    const bytes = readFileSync(path.join(dir, 'survey.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return { book, zip: unzipSync(bytes) };
  }

  const rowOf = (sheet: ExcelJS.Worksheet, n: number) => Array.from((sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1), (v) => v ?? null);

  it('has the four sheets, each with a frozen, filtered header row', async () => {
    const { book } = await workbook();
    assert.deepEqual(book.worksheets.map((s) => s.name), ['Answers', 'Tidy', 'Coverage', 'Questionnaire']);
    for (const sheet of book.worksheets) {
      const view = sheet.views[0] as { state: string; ySplit: number };
      assert.equal(view.state, 'frozen', sheet.name);
      assert.equal(view.ySplit, 1, sheet.name);
      assert.ok(sheet.autoFilter, `${sheet.name} has no autofilter`);
      assert.equal(sheet.getRow(1).getCell(1).font?.bold, true);
    }
  });

  it('writes numbers as numeric cells with units in their own column', async () => {
    const { book } = await workbook();
    const answers = book.getWorksheet('Answers')!;
    const header = rowOf(answers, 1);
    assert.deepEqual(header, ['council', 'asked', 'coded', 'percent coded', 'Q1', 'Q1 status', 'Q2', 'Q2 unit', 'Q2 status', 'Q3', 'Q3 status', 'Q4', 'Q4 status']);
    const alpha = answers.getRow(2);
    const col = (name: string) => header.indexOf(name) + 1;
    assert.equal(alpha.getCell(col('Q2')).type, ExcelJS.ValueType.Number);
    assert.equal(alpha.getCell(col('Q2')).value, 12);
    assert.equal(alpha.getCell(col('Q2 unit')).value, 'parks');
    assert.equal(alpha.getCell(col('Q4 status')).value, 'refused s12');
    assert.equal(alpha.getCell(col('percent coded')).value, 1);
    assert.equal(answers.getRow(3).getCell(col('Q3 status')).value, 'missing');

    const tidy = book.getWorksheet('Tidy')!;
    assert.deepEqual(rowOf(tidy, 1), ['council', 'question', 'status', 'exemption', 'value', 'unit', 'quote', 'line', 'coder', 'file', 'note']);
    const q2 = rowOf(tidy, 3);
    assert.deepEqual(q2.slice(0, 9), ['Alphaford Borough Council', 'Q2', 'answered', null, 12, 'parks', '12 parks 🌳', 5, 'sam']);
    assert.equal(tidy.getRow(3).getCell(8).type, ExcelJS.ValueType.Number);

    const coverage = book.getWorksheet('Coverage')!;
    assert.equal(coverage.getRow(3).getCell(5).type, ExcelJS.ValueType.Number);
    assert.match(String(coverage.getRow(4).getCell(1).value), /^Total \(2 councils\)/);
    const questionnaire = book.getWorksheet('Questionnaire')!;
    assert.deepEqual(rowOf(questionnaire, 3).slice(0, 4), ['Q2', 'How many parks?', 'number', 'parks']);
  });

  it('keeps text that starts with =, +, - or @ as the exact text, never a formula', async () => {
    const { book, zip } = await workbook();
    const tidy = book.getWorksheet('Tidy')!;
    const q1 = tidy.getRow(2);
    for (const [i, expected] of [[5, '=HYPERLINK("http://x.invalid")'], [9, '@sam'], [11, '+44 20 7946 0000 & <b>bold</b>']] as const) {
      assert.equal(q1.getCell(i).type, ExcelJS.ValueType.String, `column ${i}`);
      assert.equal(q1.getCell(i).value, expected);
    }
    const q4 = tidy.getRow(5);
    assert.equal(q4.getCell(7).value, '-5 is not a formula');
    assert.equal(q4.getCell(11).value, '-5');
    assert.equal(q4.getCell(11).type, ExcelJS.ValueType.String);
    let formulas = 0;
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) formulas++;
    })));
    assert.equal(formulas, 0);
    // And in the file itself: no <f> element anywhere.
    for (const [name, bytes] of Object.entries(zip)) if (name.startsWith('xl/worksheets/')) assert.doesNotMatch(strFromU8(bytes), /<f[ >]/, name);
  });

  it('exports the bundled example with every council and a numeric cell per numeric value', async () => {
    const example = path.join(dir, 'example');
    cpSync(path.join(REPO, 'examples/crm-survey'), example, { recursive: true });
    const r = await run(dir, 'export', 'example', '--format', 'xlsx', '--out', 'example.xlsx');
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse((await run(dir, 'report', 'example', '--json')).out) as { councils: { council: string }[] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(dir, 'example.xlsx')) as unknown as ArrayBuffer);
    const answers = book.getWorksheet('Answers')!;
    const names: string[] = [];
    answers.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    assert.deepEqual(names, report.councils.map((c) => c.council));
    const tidy = book.getWorksheet('Tidy')!;
    let numbers = 0;
    tidy.eachRow((row, n) => {
      if (n > 1 && row.getCell(5).type === ExcelJS.ValueType.Number) numbers++;
    });
    assert.ok(numbers >= 20, `only ${numbers} numeric values`);
  });
});
