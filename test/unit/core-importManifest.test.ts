// The import manifest (replies/.foi-import.json): what the hover and the exports read back about
// where an imported reply came from.
import { strict as assert } from 'node:assert';
import { describePart, describeSource, IMPORT_MANIFEST_NAME, manifestLocation, parseImportManifest, partAt, stringifyImportManifest } from '../../src/core/importManifest';
import type { ImportManifest, ManifestEntry } from '../../src/core/importManifest';

const entry = (over: Partial<ManifestEntry> = {}): ManifestEntry => ({
  council: 'Fernleigh District Council',
  kind: 'reply',
  date: '2026-01-12',
  from: 'foi@fernleigh.example',
  subject: 'Re: FOI request',
  sha256: 'ab'.repeat(32),
  sources: [{ file: 'batch.zip', entry: 'fernleigh/incoming_1.txt', sha256: 'cd'.repeat(32) }],
  attachments: ['FOI 1234 Response.pdf'],
  parts: [
    { name: 'body', start: 0 },
    { name: 'FOI 1234 Response.pdf', page: 1, start: 120 },
    { name: 'FOI 1234 Response.pdf', page: 2, start: 480 },
  ],
  ...over,
});

describe('core: import manifest', () => {
  it('reads back exactly what it wrote, with files sorted by path whatever their order', () => {
    const m: ImportManifest = { version: 1, files: { 'z.reply.txt': entry({ council: 'Zed' }), 'a.reply.txt': entry() } };
    const text = stringifyImportManifest(m);
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.indexOf('"a.reply.txt"') < text.indexOf('"z.reply.txt"'));
    assert.match(text, /^\{\n {2}"version": 1,\n {2}"files": \{\n {4}"a\.reply\.txt": \{/);
    assert.deepEqual({ ...parseImportManifest(text)!.files }, m.files);
    assert.equal(stringifyImportManifest(parseImportManifest(text)!), text, 'a repeated import writes the same bytes');
  });

  it('ignores text that is not a version 1 manifest instead of failing', () => {
    for (const text of ['', 'not json', 'null', '[]', '"x"', '{}', '{"version":2,"files":{}}', '{"version":"1","files":{}}', '{"version":1}', '{"version":1,"files":null}', '{"version":1,"files":[]}', '{"version":1,"files":"a"}']) {
      assert.equal(parseImportManifest(text), null, text);
    }
    const empty = parseImportManifest('{"version":1,"files":{}}')!;
    assert.equal(empty.version, 1);
    assert.deepEqual(Object.keys(empty.files), []);
  });

  it('drops entries without a council, sources or parts, and keeps the others', () => {
    const m = parseImportManifest(JSON.stringify({
      version: 1,
      files: {
        'ok.txt': entry(),
        'null.txt': null,
        'text.txt': 'x',
        'no-council.txt': { ...entry(), council: 3 },
        'no-sources.txt': { ...entry(), sources: 'batch.zip' },
        'no-parts.txt': { ...entry(), parts: {} },
      },
    }))!;
    assert.deepEqual(Object.keys(m.files), ['ok.txt']);
  });

  it('fills what a hand-edited entry leaves out or gets wrong: kind reply, no date, sender or subject, no hash, no attachments', () => {
    const m = parseImportManifest(JSON.stringify({ version: 1, files: { 'r.txt': { council: 'Ashcombe', sources: [], parts: [], kind: 7, date: 20260112, from: false, subject: [], sha256: 1, attachments: 'a.pdf' } } }))!;
    assert.deepEqual(m.files['r.txt'], { council: 'Ashcombe', kind: 'reply', date: null, from: null, subject: null, sha256: '', sources: [], attachments: [], parts: [] });
    const kept = parseImportManifest(JSON.stringify({ version: 1, files: { 'r.txt': { council: 'Ashcombe', sources: [], parts: [], kind: 'letter', attachments: ['a.pdf', 3, null, 'b.docx'] } } }))!;
    assert.equal(kept.files['r.txt']!.kind, 'letter');
    assert.deepEqual(kept.files['r.txt']!.attachments, ['a.pdf', 'b.docx']);
  });

  it('keeps only well-formed sources and parts, and orders the parts by where they start', () => {
    const m = parseImportManifest(JSON.stringify({
      version: 1,
      files: {
        'r.txt': {
          council: 'Ashcombe',
          sources: [{ file: 'a.eml', sha256: 'x' }, null, 'b.eml', { entry: 'no file' }, { file: 4 }],
          parts: [{ name: 'b.pdf', page: 2, start: 90 }, { name: 'body', start: 0 }, null, { name: 'c.pdf' }, { start: 5 }, { name: 'b.pdf', page: 1, start: '40' }, { name: 'b.pdf', page: 1, start: 40 }],
        },
      },
    }))!;
    const e = m.files['r.txt']!;
    assert.deepEqual(e.sources, [{ file: 'a.eml', sha256: 'x' }]);
    assert.deepEqual(e.parts.map((p) => `${p.name}@${p.start}`), ['body@0', 'b.pdf@40', 'b.pdf@90']);
  });

  it('treats a reply file named __proto__ or constructor as an ordinary reply', () => {
    const e = JSON.stringify(entry());
    const m = parseImportManifest(`{"version":1,"files":{"__proto__":${e},"constructor":${e}}}`)!;
    assert.deepEqual(Object.keys(m.files).sort(), ['__proto__', 'constructor']);
    assert.equal(Object.getOwnPropertyDescriptor(m.files, '__proto__')!.value.council, 'Fernleigh District Council');
    assert.match(stringifyImportManifest(m), /"__proto__": \{/);
  });

  it('finds the part that holds an offset: the body before the first page, each page from its first character on', () => {
    const e = entry();
    assert.equal(partAt(e, 0)!.name, 'body');
    assert.equal(partAt(e, 119)!.name, 'body');
    assert.equal(partAt(e, 120)!.page, 1);
    assert.equal(partAt(e, 479)!.page, 1);
    assert.equal(partAt(e, 480)!.page, 2);
    assert.equal(partAt(e, 10_000)!.page, 2);
    assert.equal(partAt(entry({ parts: [{ name: 'a.pdf', page: 1, start: 50 }] }), 10), null, 'an offset before every part is in none');
    assert.equal(partAt(entry({ parts: [] }), 0), null);
  });

  it('describes a part and a source as the hover shows them', () => {
    assert.equal(describePart({ name: 'body', start: 0 }), 'the message body');
    assert.equal(describePart({ name: 'FOI 1234 Response.pdf', page: 2, start: 9 }), 'page 2 of FOI 1234 Response.pdf');
    assert.equal(describePart({ name: 'FOI 1234 Response.docx', start: 9 }), 'FOI 1234 Response.docx');
    assert.equal(describeSource({ file: 'batch.zip', entry: 'Halton - crm/incoming_1.txt', sha256: '' }), 'batch.zip: Halton - crm/incoming_1.txt');
    assert.equal(describeSource({ file: 'reply.eml', sha256: '' }), 'reply.eml');
  });

  it('finds the manifest beside a reply and the reply\'s key in it', () => {
    assert.equal(IMPORT_MANIFEST_NAME, '.foi-import.json');
    assert.deepEqual(manifestLocation('replies/crm/ashcombe.reply.txt'), { manifest: 'replies/crm/.foi-import.json', key: 'ashcombe.reply.txt' });
    assert.deepEqual(manifestLocation('ashcombe.reply.txt'), { manifest: '.foi-import.json', key: 'ashcombe.reply.txt' });
  });
});
