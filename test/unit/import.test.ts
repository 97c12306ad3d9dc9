// The importer end to end on fixtures built here from fictional text: a WhatDoTheyKnow batch zip,
// e-mails (Windows-1252, HTML-only, with a PDF), an mbox, Word and Excel files, and hostile input.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { parseImportManifest, partAt } from '../../src/core/importManifest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import { runImport, separator } from '../../src/import';
import type { ImportResult } from '../../src/import';
import { htmlToText } from '../../src/import/html';
import { readZip } from '../../src/import/zip';
import { COUNCILS, acknowledgement, answerLines, coveringNote, makeBatchZip, makeDocx, makeEml, makeMbox } from '../support/importFixtures';
import { makePdf } from '../support/pdfWriter';

const QUESTIONNAIRE = `version: 1
title: CRM systems
questions:
  - id: Q1
    text: How many customer service staff (FTE) did the council employ on 1 April 2025?
    type: number
    unit: FTE
  - id: Q2
    text: Does the council use a CRM system?
    type: yes-no
  - id: Q3
    text: What was the annual cost of the CRM licence in 2024/25?
    type: money
    when: { Q2: "yes" }
  - id: Q4
    text: When does the current CRM contract end?
    type: text
    when: { Q2: "yes" }
`;

let tmp: string;
const quiet = { log: () => undefined };

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      const st = statSync(path.join(dir, r));
      if (st.isDirectory()) visit(r);
      else out.set(r, createHash('sha256').update(readFileSync(path.join(dir, r))).digest('hex') + ':' + st.mtimeMs);
    }
  };
  visit('');
  return out;
}

async function importInto(ws: string, sources: string[], extra: { councils?: string } = {}): Promise<ImportResult> {
  return runImport({ sources, into: ws, ...extra }, quiet);
}

function write(name: string, bytes: Uint8Array | string): string {
  const p = path.join(tmp, 'in', name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, bytes);
  return p;
}

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('import', function () {
  this.timeout(60000);
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'foi-import-'));
    mkdirSync(path.join(tmp, 'ws'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  describe('a WhatDoTheyKnow batch zip', () => {
    it('gives every council exactly one reply under its name, with the request and acknowledgement kept apart', async () => {
      const zip = write('batch.zip', makeBatchZip());
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [zip]);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(
        r.imported.map((i) => [i.council, i.reply]),
        [
          ['Castlebridge District Council', 'replies/castlebridge-district-council.txt'],
          ['Eldon Vale Council', 'replies/eldon-vale-council.txt'],
          ['Northmere Borough Council', 'replies/northmere-borough-council.txt'],
        ],
      );
      const replies = readdirSync(path.join(ws, 'replies')).filter((f) => f.endsWith('.txt')).sort();
      assert.equal(replies.length, 3, 'no acknowledgement or request among the replies');
      assert.match(readFileSync(path.join(ws, 'correspondence/northmere-borough-council/2026-01-05.request.txt'), 'utf8'), /I would like to request/);
      assert.match(readFileSync(path.join(ws, 'correspondence/northmere-borough-council/2026-01-06.acknowledgement.txt'), 'utf8'), /We have received your request/);
      assert.equal(r.skipped.filter((s) => /acknowledgement/.test(s.reason)).length, 3);
      assert.equal(r.skipped.filter((s) => /the request/.test(s.reason)).length, 3);
      // The sidecar names the council, so coverage groups by the right name.
      assert.match(readFileSync(path.join(ws, 'replies/eldon-vale-council.answers.yaml'), 'utf8'), /^council: Eldon Vale Council$/m);
    });

    it('puts each attachment page under a separator naming the file and page, and records where each page starts', async () => {
      const ws = path.join(tmp, 'ws');
      await importInto(ws, [write('batch.zip', makeBatchZip())]);
      const text = readFileSync(path.join(ws, 'replies/castlebridge-district-council.txt'), 'utf8');
      assert.ok(text.startsWith('Dear A. Researcher,'), 'the covering message first');
      const p1 = text.indexOf('\n=== FOI 1000 Response.pdf · page 1 ===\n');
      const p2 = text.indexOf('\n=== FOI 1000 Response.pdf · page 2 ===\n');
      assert.ok(p1 > 0 && p2 > p1, text);
      assert.match(text.slice(p2), /The licence cost £18,250 in 2024\/25\./);
      const docx = readFileSync(path.join(ws, 'replies/northmere-borough-council.txt'), 'utf8');
      assert.match(docx, /\n=== FOI 1010 Response\.docx ===\nNORTHMERE BOROUGH COUNCIL/);

      const manifest = parseImportManifest(readFileSync(path.join(ws, 'replies/.foi-import.json'), 'utf8'))!;
      const entry = manifest.files['castlebridge-district-council.txt']!;
      assert.equal(entry.council, 'Castlebridge District Council');
      assert.equal(entry.date, '2026-01-28');
      assert.deepEqual(entry.attachments, ['FOI 1000 Response.pdf']);
      assert.equal(entry.sources[0]!.file, 'batch.zip');
      assert.match(entry.sources[1]!.entry!, /attachments-1002\/FOI 1000 Response\.pdf$/);
      assert.match(entry.sources[1]!.sha256, /^[0-9a-f]{64}$/);
      const quote = text.indexOf('£18,250');
      assert.deepEqual(partAt(entry, quote), { name: 'FOI 1000 Response.pdf', page: 2, start: p2 + separator('FOI 1000 Response.pdf', 2).length + 2 });
      assert.equal(partAt(entry, 5)!.name, 'body');
    });

    it('changes no byte when the same sources are imported again', async () => {
      const ws = path.join(tmp, 'ws');
      const zip = write('batch.zip', makeBatchZip());
      const first = await importInto(ws, [zip]);
      const before = tree(ws);
      const second = await importInto(ws, [zip]);
      assert.deepEqual(tree(ws), before, 'same files, same bytes, same mtimes');
      assert.deepEqual(second.imported, first.imported);
    });

    it('refuses a "../" entry with a message, imports the rest and writes nothing outside the workspace', async () => {
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [write('batch.zip', makeBatchZip({ hostile: true }))]);
      assert.equal(r.imported.length, 3);
      assert.deepEqual(r.errors, [{ source: 'batch.zip:../outside.txt', message: 'refused: path with ".." (it would point outside the folder)' }]);
      const everywhere = [...tree(tmp).keys()];
      assert.ok(!everywhere.some((f) => f.endsWith('outside.txt')), everywhere.join('\n'));
      assert.ok(!existsSync(path.join(tmp, 'outside.txt')));
    });

    it('names councils from the folder names when there is no dashboard, and imports an unpacked folder the same way', async () => {
      const zipBytes = makeBatchZip({ noDashboard: true });
      const folder = path.join(tmp, 'in', 'download');
      for (const e of readZip(zipBytes).entries) {
        mkdirSync(path.join(folder, path.dirname(e.name)), { recursive: true });
        writeFileSync(path.join(folder, e.name), e.read());
      }
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [folder]);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.imported.map((i) => i.council).sort(), COUNCILS.map((c) => c.name).sort());
    });
  });

  describe('e-mails', () => {
    it('reads a Windows-1252 quoted-printable e-mail and names the council from its letterhead', async () => {
      const body = `Dear A. Researcher,\n\nThank you for your request. Our response is below.\n\nSALTMARSH COUNTY COUNCIL\n\nQ1. Staff?\n12 FTE, costing £40,000 – “approximately”.\n\nSaltmarsh County Council\n`;
      const eml = write('reply.eml', makeEml({ from: 'Information Team <foi@saltmarsh.gov.invalid>', subject: 'RE: FOI request', date: 'Tue, 27 Jan 2026 10:00:00 +0000', body, charset: 'windows-1252' }));
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [eml]);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.imported, [{ council: 'Saltmarsh County Council', reply: 'replies/saltmarsh-county-council.txt', sources: ['reply.eml'] }]);
      const text = readFileSync(path.join(ws, r.imported[0]!.reply), 'utf8');
      assert.match(text, /12 FTE, costing £40,000 – “approximately”\./);
      const entry = parseImportManifest(readFileSync(path.join(ws, 'replies/.foi-import.json'), 'utf8'))!.files['saltmarsh-county-council.txt']!;
      assert.equal(entry.from, 'Information Team <foi@saltmarsh.gov.invalid>');
      assert.equal(entry.date, '2026-01-27');
      assert.equal(entry.subject, 'RE: FOI request');
    });

    it('imports an e-mail with a PDF attachment as the body followed by the PDF pages', async () => {
      const c = COUNCILS[0]!;
      const eml = write('with-pdf.eml', makeEml({ from: `FOI <foi@${c.domain}>`, subject: 'Re: CRM systems', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(c, true), attachments: [{ name: 'Response.pdf', type: 'application/pdf', bytes: makePdf({ pages: [answerLines(c)] }) }] }));
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [eml]);
      assert.deepEqual(r.errors, []);
      assert.equal(r.imported[0]!.council, c.name);
      const text = readFileSync(path.join(ws, r.imported[0]!.reply), 'utf8');
      assert.match(text, /Please find our response attached\.[\s\S]*\n=== Response\.pdf · page 1 ===\nCASTLEBRIDGE DISTRICT COUNCIL\n/);
    });

    it('turns an HTML-only e-mail into text with table rows kept as lines', async () => {
      const html = '<html><body><p>Dear A. Researcher,</p><p>Eldon Vale Council</p><table><tr><td>Q1</td><td>8 FTE</td></tr><tr><td>Q2</td><td>No</td></tr></table><p>Eldon Vale Council<br>Information Team</p></body></html>';
      const eml = write('html.eml', makeEml({ from: 'foi@eldonvale.gov.invalid', subject: 'Re: request', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: html, html: true }));
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [eml]);
      assert.equal(r.imported[0]!.council, 'Eldon Vale Council');
      const text = readFileSync(path.join(ws, r.imported[0]!.reply), 'utf8');
      assert.match(text, /^Q1\t8 FTE$/m);
      assert.match(text, /^Q2\tNo$/m);
      assert.doesNotMatch(text, /<td>|<p>/);
    });

    it('splits an mbox: the acknowledgement and the auto-reply are kept apart, the reply imported', async () => {
      const c = COUNCILS[2]!;
      const from = `FOI Team <foi@${c.domain}>`;
      const mbox = write('mailbox.mbox', makeMbox([
        makeEml({ from, subject: 'Acknowledgement', date: 'Tue, 06 Jan 2026 09:00:00 +0000', body: acknowledgement(c) }),
        makeEml({ from, subject: 'Automatic reply: FOI', date: 'Tue, 06 Jan 2026 09:01:00 +0000', body: 'I am out of the office until Monday.\nFrom Eldon Vale Council', headers: { 'Auto-Submitted': 'auto-replied' } }),
        makeEml({ from, subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(c, false) }),
      ]));
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [mbox]);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.imported.map((i) => [i.council, i.reply, i.sources]), [[c.name, 'replies/eldon-vale-council.txt', ['mailbox.mbox:#3']]]);
      assert.ok(existsSync(path.join(ws, 'correspondence/eldon-vale-council/2026-01-06.acknowledgement.txt')));
      assert.ok(existsSync(path.join(ws, 'correspondence/eldon-vale-council/2026-01-06.auto-reply.txt')));
    });

    it('keeps a later internal-review message beside the first reply, as the same council', async () => {
      const c = COUNCILS[2]!;
      const from = `FOI Team <foi@${c.domain}>`;
      const first = write('a.eml', makeEml({ from, subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(c, false) }));
      const review = write('b.eml', makeEml({ from, subject: 'Re: Internal review of FOI 1020', date: 'Mon, 02 Mar 2026 09:00:00 +0000', body: `Dear A. Researcher,\n\nWe have completed the internal review of our response. Our response is below.\n\nQ2. Does the council use a CRM system?\nYes, since February.\n\n${c.name}` }));
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [review, first]);
      assert.deepEqual(r.imported.map((i) => i.reply), ['replies/eldon-vale-council.2026-03-02.internal-review.txt', 'replies/eldon-vale-council.txt']);
      const code = await cli(ws, 'report', '--json');
      const report = JSON.parse(code.out) as { councils: { council: string; files: string[] }[] };
      assert.deepEqual(report.councils.map((x) => [x.council, x.files.length]), [[c.name, 2]]);
    });
  });

  describe('documents and council names', () => {
    it('reads Word tables as rows and spreadsheets as tab-separated rows', async () => {
      const docx = write('Castlebridge District Council/response.docx', makeDocx(['Castlebridge District Council', 'Castlebridge District Council', 'Answers:'], [['Question', 'Answer'], ['Q1', '42 FTE']]));
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('Costs');
      sheet.addRow(['Year', 'Cost']);
      sheet.addRow(['2024/25', 18250]);
      const xlsx = write('Castlebridge District Council/costs.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
      const ws = path.join(tmp, 'ws');
      const table = write('names.csv', 'match,council\ncosts.xlsx,Castlebridge District Council\n');
      const r = await importInto(ws, [docx, xlsx], { councils: table });
      assert.deepEqual(r.errors, []);
      const files = r.imported.map((i) => i.reply).sort();
      assert.equal(files.length, 2);
      const all = files.map((f) => readFileSync(path.join(ws, f), 'utf8')).join('\n');
      assert.match(all, /^Q1\t42 FTE$/m);
      assert.match(all, /=== costs\.xlsx ===\nSheet: Costs\nYear\tCost\n2024\/25\t18250/);
    });

    it('names a council only from the --councils table when nothing else says it, and says what to do otherwise', async () => {
      const pdf = write('nm-4411.pdf', makePdf({ pages: [['Q1. Staff', '17 FTE.']] }));
      const ws = path.join(tmp, 'ws');
      const without = await importInto(ws, [pdf]);
      assert.equal(without.imported.length, 0);
      assert.match(without.errors[0]!.message, /cannot tell which council sent this: add its file name or e-mail domain to a --councils table/);
      const table = write('names.csv', 'nm-4411.pdf,Northmere Borough Council\n');
      const withTable = await importInto(ws, [pdf], { councils: table });
      assert.deepEqual(withTable.imported.map((i) => i.council), ['Northmere Borough Council']);
      const domain = write('domains.csv', 'northmere.gov.invalid,Northmere Borough Council\n');
      const eml = write('x.eml', makeEml({ from: 'foi@mail.northmere.gov.invalid', subject: 'Re: x', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: 'Dear A. Researcher,\n\nQ1. 17 FTE.' }));
      const byDomain = await importInto(path.join(tmp, 'ws'), [eml], { councils: domain });
      assert.equal(byDomain.imported[0]!.council, 'Northmere Borough Council');
    });
  });

  describe('hostile and broken input', () => {
    it('refuses zip bombs (by ratio, and by a size header that lies), links and absolute paths; imports the rest', async () => {
      const good = makeBatchZip({ councils: [COUNCILS[2]!] });
      const inner = readZip(good).entries.map((e) => [e.name, e.read()] as const);
      const files: Record<string, Uint8Array | [Uint8Array, { os: number; attrs: number }]> = Object.fromEntries(inner);
      files['bomb.txt'] = new Uint8Array(30 * 1024 * 1024);
      files['/etc/cron.d/evil'] = Buffer.from('x');
      files['link-to-passwd'] = [Buffer.from('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }];
      const zip = zipSync(files as Parameters<typeof zipSync>[0], { level: 9 });
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [write('hostile.zip', zip)]);
      assert.deepEqual(r.imported.map((i) => i.council), ['Eldon Vale Council']);
      const bySource = Object.fromEntries(r.errors.map((e) => [e.source, e.message]));
      assert.match(bySource['hostile.zip:bomb.txt']!, /compression ratio .* zip bomb/);
      assert.match(bySource['hostile.zip:/etc/cron.d/evil']!, /absolute path/);
      assert.match(bySource['hostile.zip:link-to-passwd']!, /symbolic link/);

      // A central directory that claims 1 KB for 30 MB of zeros: inflation stops at the claim.
      const liar = Buffer.from(zipSync({ 'small.txt': new Uint8Array(30 * 1024 * 1024) }, { level: 9 }));
      const cen = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      liar.writeUInt32LE(1024, cen + 24);
      const entry = readZip(liar).entries[0]!;
      assert.throws(() => entry.read(), /unpacks to more than its declared 1 KB \(a zip bomb\?\)/);
    });

    it('reports an encrypted PDF, a corrupt PDF and a scanned page, and still imports each message body', async () => {
      const c = COUNCILS[0]!;
      const from = `FOI <foi@${c.domain}>`;
      const enc = write('enc.eml', makeEml({ from, subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(c, true), attachments: [{ name: 'Locked.pdf', type: 'application/pdf', bytes: makePdf({ pages: [['secret']], encrypted: true }) }] }));
      const bad = write('bad.eml', makeEml({ from, subject: 'Re: CRM (2)', date: 'Thu, 29 Jan 2026 09:00:00 +0000', body: coveringNote(c, true), attachments: [{ name: 'Broken.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n1 0 obj garbage') }] }));
      const scan = write('scan.eml', makeEml({ from, subject: 'Re: CRM (3)', date: 'Fri, 30 Jan 2026 09:00:00 +0000', body: coveringNote(c, true), attachments: [{ name: 'Scan.pdf', type: 'application/pdf', bytes: makePdf({ pages: [['Page one text'], [], ['Page three text']] }) }] }));
      const ws = path.join(tmp, 'ws');
      const r = await importInto(ws, [enc, bad, scan]);
      assert.equal(r.imported.length, 3, JSON.stringify(r, null, 1));
      const bySource = Object.fromEntries(r.errors.map((e) => [e.source, e.message]));
      assert.match(bySource['enc.eml → Locked.pdf']!, /encrypted \(password-protected\)/);
      assert.match(bySource['bad.eml → Broken.pdf']!, /not a valid PDF|cannot read the PDF/);
      assert.deepEqual(r.skipped.find((s) => s.source === 'scan.eml → Scan.pdf'), { source: 'scan.eml → Scan.pdf', reason: 'page 2 has no text: scanned? (its text is not imported)' });
    });

    it('reports a file that is not really an Outlook message and imports the other sources', async () => {
      const bad = write('broken.msg', 'not an outlook file at all');
      const eml = write('ok.eml', makeEml({ from: 'FOI <foi@eldonvale.gov.invalid>', subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(COUNCILS[2]!, false) }));
      const r = await importInto(path.join(tmp, 'ws'), [bad, eml]);
      assert.deepEqual(r.imported.map((i) => i.council), ['Eldon Vale Council']);
      assert.deepEqual(r.errors, [{ source: 'broken.msg', message: 'cannot read this e-mail: not an Outlook message: Unsupported file type!' }]);
    });

    it('refuses an attachment over the size limit with a message and imports the message', async () => {
      const c = COUNCILS[0]!;
      const eml = write('big.eml', makeEml({ from: `FOI <foi@${c.domain}>`, subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(c, false), attachments: [{ name: 'huge.txt', type: 'text/plain', bytes: Buffer.alloc(300 * 1024, 'a') }] }));
      const ws = path.join(tmp, 'ws');
      const r = await runImport({ sources: [eml], into: ws, maxAttachmentBytes: 100 * 1024 }, quiet);
      assert.equal(r.imported.length, 1);
      assert.match(r.errors[0]!.message, /too large to import/);
    });

    it('does not follow links inside a source folder, nor write through a replies link that leads outside', async () => {
      const outside = path.join(tmp, 'outside');
      mkdirSync(outside);
      writeFileSync(path.join(outside, 'secret.txt'), 'Castlebridge District Council\nCastlebridge District Council\n');
      const folder = path.join(tmp, 'in', 'mail');
      mkdirSync(folder, { recursive: true });
      symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'secret.txt'));
      const ws = path.join(tmp, 'ws');
      symlinkSync(outside, path.join(ws, 'replies'));
      const eml = write('ok.eml', makeEml({ from: 'FOI <foi@eldonvale.gov.invalid>', subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote(COUNCILS[2]!, false) }));
      const r = await importInto(ws, [folder, eml]);
      assert.match(r.errors.find((e) => e.source === 'mail/secret.txt')!.message, /symbolic link: not followed/);
      assert.match(r.errors.find((e) => e.source === 'ok.eml')!.message, /leads outside the workspace/);
      assert.deepEqual(readdirSync(outside), ['secret.txt']);
    });

    it('never overwrites a reply that has codings: the changed text goes beside it and is reported', async () => {
      const c = COUNCILS[2]!;
      const ws = path.join(tmp, 'ws');
      const eml = (staff: number) => makeEml({ from: `FOI <foi@${c.domain}>`, subject: 'Re: CRM', date: 'Wed, 28 Jan 2026 09:00:00 +0000', body: coveringNote({ ...c, staff }, false) });
      const src = write('reply.eml', eml(8));
      await importInto(ws, [src]);
      const replyPath = path.join(ws, 'replies/eldon-vale-council.txt');
      const sidecar = path.join(ws, 'replies/eldon-vale-council.answers.yaml');
      writeFileSync(sidecar, 'version: 1\ncouncil: Eldon Vale Council\nanswers:\n  Q1:\n    status: answered\n    value: 8\n');
      const coded = readFileSync(replyPath);
      write('reply.eml', eml(9));
      const r = await importInto(ws, [src]);
      assert.deepEqual(readFileSync(replyPath), coded, 'the coded reply is untouched');
      assert.match(readFileSync(`${replyPath}.new`, 'utf8'), /^9 FTE\.$/m);
      assert.match(r.skipped.map((s) => s.reason).join('\n'), /replies\/eldon-vale-council\.txt has codings and its source changed: the new text is in replies\/eldon-vale-council\.txt\.new/);
      assert.match(readFileSync(sidecar, 'utf8'), /value: 8/);

      // Without codings, the changed source replaces the reply.
      writeFileSync(sidecar, 'version: 1\ncouncil: Eldon Vale Council\nanswers: {}\n');
      await importInto(ws, [src]);
      assert.match(readFileSync(replyPath, 'utf8'), /^9 FTE\.$/m);
    });
  });

  describe('suggest on imported replies', () => {
    it('scores the same on an imported reply (separators, pages) as on the same answers given as plain text', async () => {
      const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire!;
      const ws = path.join(tmp, 'ws');
      await importInto(ws, [write('batch.zip', makeBatchZip())]);
      for (const c of COUNCILS) {
        const imported = readFileSync(path.join(ws, 'replies', `${c.name.toLowerCase().replace(/ /g, '-')}.txt`), 'utf8');
        const plain = `${coveringNote(c, false)}\n`;
        const view = (text: string) =>
          analyzeReply(text, q)
            .answers.map((a) => `${a.id} ${a.status} ${JSON.stringify(a.value ?? null)}`)
            .sort();
        const want = view(plain);
        assert.ok(want.length >= 3, `the plain reply is understood: ${want.join('; ')}`);
        assert.deepEqual(view(imported), want, `${c.name} (${c.form})`);
      }
    });
  });

  describe('foi-coder import (CLI)', () => {
    it('prints the --json object and exits 0 on a clean import, 1 when a source failed, 2 on usage, 3 when the workspace is a file', async () => {
      const zip = write('batch.zip', makeBatchZip());
      const ok = await cli(tmp, 'import', zip, '--into', 'new-ws', '--json');
      assert.equal(ok.code, 0, ok.err);
      const json = JSON.parse(ok.out) as ImportResult;
      assert.deepEqual(Object.keys(json), ['imported', 'skipped', 'errors']);
      assert.deepEqual(Object.keys(json.imported[0]!), ['council', 'reply', 'sources']);
      assert.deepEqual(Object.keys(json.skipped[0]!), ['source', 'reason']);
      assert.ok(existsSync(path.join(tmp, 'new-ws/replies/eldon-vale-council.txt')));

      const hostile = write('hostile.zip', makeBatchZip({ hostile: true }));
      const partly = await cli(tmp, 'import', hostile, '--into', 'ws2', '--json');
      assert.equal(partly.code, 1);
      assert.deepEqual(Object.keys((JSON.parse(partly.out) as ImportResult).errors[0]!), ['source', 'message']);

      assert.equal((await cli(tmp, 'import')).code, 2);
      writeFileSync(path.join(tmp, 'a-file'), 'x');
      const io = await cli(tmp, 'import', zip, '--into', 'a-file');
      assert.equal(io.code, 3);
      assert.match(io.err, /a-file: not a folder/);
    });

    it('export --format json traces a coded quote to its attachment page and lists each reply\'s sources', async () => {
      const ws = path.join(tmp, 'ws');
      await importInto(ws, [write('batch.zip', makeBatchZip())]);
      writeFileSync(path.join(ws, 'foi-questionnaire.yaml'), QUESTIONNAIRE);
      const reply = readFileSync(path.join(ws, 'replies/castlebridge-district-council.txt'), 'utf8');
      const start = reply.indexOf('£18,250');
      writeFileSync(
        path.join(ws, 'replies/castlebridge-district-council.answers.yaml'),
        `version: 1\ncouncil: Castlebridge District Council\nanswers:\n  Q3:\n    status: answered\n    value: 18250\n    quote:\n      exact: "£18,250"\n      start: ${start}\n      end: ${start + 7}\n`,
      );
      const r = await cli(ws, 'export', '--format', 'json');
      assert.equal(r.code, 0, r.err);
      const out = JSON.parse(r.out) as { councils: { council: string; provenance: { file: string; sources: { file: string; entry: string }[]; date: string }[]; answers: { id: string; origin: string | null }[] }[] };
      const castle = out.councils.find((c) => c.council === 'Castlebridge District Council')!;
      assert.equal(castle.answers.find((a) => a.id === 'Q3')!.origin, 'page 2 of FOI 1000 Response.pdf');
      assert.equal(castle.answers.find((a) => a.id === 'Q1')!.origin, null);
      assert.deepEqual(castle.provenance.map((p) => [p.file, p.date, p.sources.length]), [['replies/castlebridge-district-council.txt', '2026-01-28', 2]]);
    });

    it('--dry-run writes nothing and says what it would import', async () => {
      const zip = write('batch.zip', makeBatchZip());
      const r = await cli(tmp, 'import', zip, '--into', 'ws', '--dry-run');
      assert.equal(r.code, 0);
      assert.match(r.out, /would import {2}replies\/castlebridge-district-council\.txt/);
      assert.deepEqual(readdirSync(path.join(tmp, 'ws')), []);
    });
  });

  it('html: entities, lists and scripts', () => {
    assert.equal(htmlToText('<p>A &amp; B&nbsp;&pound;5</p><script>x()</script><ul><li>one</li><li>two</li></ul>'), 'A & B\u00a0£5\n\n- one\n- two');
  });
});
