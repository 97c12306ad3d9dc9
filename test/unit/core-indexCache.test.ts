// The index cache is what lets the next session open without reading every file, and what must
// never make it show a stale or wrong coding: every field round-trips exactly, and anything not
// exactly as written — one wrong type, one unknown key or value — makes the whole cache unused.
import { strict as assert } from 'node:assert';
import { INDEX_CACHE_FORMAT, INDEX_CACHE_VERSION, indexCacheKey, parseIndexCache, serializeIndexCache } from '../../src/core/indexCache';
import type { IndexCache } from '../../src/core/indexCache';
import type { AnswerEntry } from '../../src/core/types';

const KEY = indexCacheKey('engine-1', { replyGlobs: ['replies/**/*.txt'] });

function full(): IndexCache {
  const answers = new Map<string, AnswerEntry>([
    ['Q1', { status: 'answered', value: 'Alder Council', unit: 'name', note: 'n', coder: 'jb', quote: { exact: 'Alder', prefix: 'Q1. ', suffix: '\n', start: 3, end: 8 } }],
    ['Q2', { status: 'refused', exemption: 's43' }],
    ['Q3', { status: 'answered', value: 12.5 }],
    ['Q4', { status: 'answered', value: true }],
    ['Q5', { status: 'not-held', value: null, quote: { exact: 'x' } }],
  ]);
  return {
    key: KEY,
    questionnaire: { mtime: 1700000000123.25, size: 900 },
    replies: [
      {
        path: 'replies/alder.txt',
        stamp: { mtime: 1.5, size: 10 },
        detected: 'Alder Council',
        markerIds: ['Q1', 'Q2'],
        sidecar: {
          stamp: { mtime: 2, size: 0 },
          received: '2024-03-01',
          parse: {
            sidecar: { version: 1, council: 'Alder Council', variant: 'short', answers },
            problems: [
              { severity: 'warning', code: 'w', message: 'm', file: 'a.yaml', line: 1, column: 2, endLine: 1, endColumn: 5, start: 0, end: 3 },
              { severity: 'info', code: 'i', message: 'n', line: 3, column: 1 },
            ],
          },
        },
      },
      { path: 'replies/birch.txt', stamp: { mtime: 3, size: 4 }, detected: null },
      { path: 'replies/cedar.txt', stamp: { mtime: 3, size: 4 }, sidecar: { stamp: { mtime: 1, size: 1 }, parse: { sidecar: null, problems: [{ severity: 'error', code: 'e', message: 'bad', line: 2, column: 3 }] } } },
    ],
  };
}

/** The stored JSON of the full cache, to spoil one field at a time. */
type Json = { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const stored = (): Json => JSON.parse(serializeIndexCache(full())) as Json;

describe('index cache: what is stored comes back exactly', () => {
  it('round-trips every field of replies, sidecars, answers, quotes and problems', () => {
    const back = parseIndexCache(serializeIndexCache(full()), KEY);
    assert.deepEqual(back, full());
  });

  it("keeps a sidecar's own list of questions the council was not asked (variantOmit), so the warm start still uses the cache", () => {
    const c = full();
    c.replies[0]!.sidecar!.parse.sidecar!.variantOmit = ['Q4c', 'Q6b'];
    const back = parseIndexCache(serializeIndexCache(c), KEY);
    assert.ok(back, 'a cache with a variant omission was thrown away');
    assert.deepEqual(back.replies[0]!.sidecar!.parse.sidecar!.variantOmit, ['Q4c', 'Q6b']);
  });

  it('stores no absent field, and writes its format, version and key', () => {
    const o = stored();
    assert.equal(o.format, INDEX_CACHE_FORMAT);
    assert.equal(o.version, INDEX_CACHE_VERSION);
    assert.equal(o.key, KEY);
    assert.deepEqual(Object.keys(o.replies[1]), ['path', 'stamp', 'detected']);
    assert.deepEqual(Object.keys(o.replies[2]), ['path', 'stamp', 'sidecar']);
    assert.deepEqual(Object.keys(o.replies[2].sidecar), ['stamp', 'parse']);
    const bare: IndexCache = { key: KEY, questionnaire: null, replies: [{ path: 'a.txt', stamp: { mtime: 1, size: 1 }, sidecar: { stamp: { mtime: 1, size: 1 }, parse: { sidecar: { version: 1, answers: new Map() }, problems: [] } } }] };
    const b = JSON.parse(serializeIndexCache(bare)) as Json;
    assert.deepEqual(Object.keys(b.replies[0].sidecar.parse.sidecar), ['version', 'answers']);
    assert.deepEqual(parseIndexCache(serializeIndexCache(bare), KEY), bare);
  });

  it('drops a sidecar whose value or quote offsets JSON cannot hold, so that sidecar is read again', () => {
    for (const bad of [{ value: Infinity }, { value: -Infinity }, { quote: { exact: 'a', start: NaN } }, { quote: { exact: 'a', end: Infinity } }] as Partial<AnswerEntry>[]) {
      const cache = full();
      cache.replies[0]!.sidecar!.parse.sidecar!.answers.set('Q9', { status: 'answered', ...bad });
      const back = parseIndexCache(serializeIndexCache(cache), KEY)!;
      assert.equal(back.replies[0]!.sidecar, undefined, JSON.stringify(bad));
      assert.deepEqual(back.replies[0]!.markerIds, ['Q1', 'Q2']);
      assert.deepEqual(back.replies[2], full().replies[2]);
    }
  });

  it('a key changes with every setting, and defaults count as their value', () => {
    const base = indexCacheKey('1', {});
    assert.equal(indexCacheKey('1', { detectCouncils: true }), base);
    assert.notEqual(indexCacheKey('1', { excludeDirs: ['vendor'] }), base);
    assert.notEqual(indexCacheKey('1', { replyGlobs: [] }), base);
    assert.notEqual(indexCacheKey('1', { questionnairePath: '' }), base);
  });
});

describe('index cache: anything not as written is not used', () => {
  const spoilers: [string, (o: Json) => void][] = [
    ['a format that is a list', (o) => (o.format = [INDEX_CACHE_FORMAT])],
    ['a version as a string', (o) => (o.version = String(INDEX_CACHE_VERSION))],
    ['another format', (o) => (o.format = 'other')],
    ['another key', (o) => (o.key = 'x')],
    ['a missing key field', (o) => delete o.key],
    ['a missing questionnaire field', (o) => delete o.questionnaire],
    ['an unknown top field', (o) => (o.extra = 1)],
    ['replies not a list', (o) => (o.replies = {})],
    ['a reply that is a list', (o) => (o.replies[0] = [])],
    ['a reply that is null', (o) => (o.replies[0] = null)],
    ['a reply without a path', (o) => delete o.replies[0].path],
    ['a reply without a stamp', (o) => delete o.replies[0].stamp],
    ['a numeric path', (o) => (o.replies[0].path = 5)],
    ['a questionnaire stamp with a string size', (o) => (o.questionnaire.size = '900')],
    ['a questionnaire stamp with an extra key', (o) => (o.questionnaire.hash = 'x')],
    ['a stamp without mtime', (o) => delete o.replies[0].stamp.mtime],
    ['a stamp without size', (o) => delete o.replies[0].stamp.size],
    ['a fractional size', (o) => (o.replies[0].stamp.size = 1.5)],
    ['a null mtime', (o) => (o.replies[0].stamp.mtime = null)],
    ['a numeric detected council', (o) => (o.replies[0].detected = 3)],
    ['markerIds not a list', (o) => (o.replies[0].markerIds = 'Q1')],
    ['a numeric marker id', (o) => (o.replies[0].markerIds = [1])],
    ['a sidecar without a parse', (o) => delete o.replies[0].sidecar.parse],
    ['a sidecar without a stamp', (o) => delete o.replies[0].sidecar.stamp],
    ['a numeric received date', (o) => (o.replies[0].sidecar.received = 20240301)],
    ['a parse without problems', (o) => delete o.replies[0].sidecar.parse.problems],
    ['a parse without a sidecar field', (o) => delete o.replies[0].sidecar.parse.sidecar],
    ['problems not a list', (o) => (o.replies[0].sidecar.parse.problems = {})],
    ['a problem of unknown severity', (o) => (o.replies[0].sidecar.parse.problems[0].severity = 'fatal')],
    ['a problem without a line', (o) => delete o.replies[0].sidecar.parse.problems[1].line],
    ['a problem with a string column', (o) => (o.replies[0].sidecar.parse.problems[1].column = '1')],
    ['a problem with a numeric file', (o) => (o.replies[0].sidecar.parse.problems[0].file = 1)],
    ['a problem with a string end', (o) => (o.replies[0].sidecar.parse.problems[0].end = '3')],
    ['a problem with a numeric code', (o) => (o.replies[0].sidecar.parse.problems[0].code = 1)],
    ['a problem with an extra key', (o) => (o.replies[0].sidecar.parse.problems[0].hint = 'x')],
    ['a sidecar of version 2', (o) => (o.replies[0].sidecar.parse.sidecar.version = 2)],
    ['a sidecar without answers', (o) => delete o.replies[0].sidecar.parse.sidecar.answers],
    ['answers as a mapping', (o) => (o.replies[0].sidecar.parse.sidecar.answers = {})],
    ['an answer pair of three', (o) => o.replies[0].sidecar.parse.sidecar.answers[0].push(1)],
    ['an answer that is not a pair', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0] = 'Q1')],
    ['a numeric answer id', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][0] = 1)],
    ['an answer listed twice', (o) => o.replies[0].sidecar.parse.sidecar.answers.push(o.replies[0].sidecar.parse.sidecar.answers[0])],
    ['a numeric council', (o) => (o.replies[0].sidecar.parse.sidecar.council = 1)],
    ['a numeric variant', (o) => (o.replies[0].sidecar.parse.sidecar.variant = 1)],
    ['an entry without a status', (o) => delete o.replies[0].sidecar.parse.sidecar.answers[1][1].status],
    ['an unknown exemption', (o) => (o.replies[0].sidecar.parse.sidecar.answers[1][1].exemption = 's99')],
    ['an object value', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].value = {})],
    ['a numeric unit', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].unit = 1)],
    ['a numeric note', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].note = 1)],
    ['a numeric coder', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].coder = 1)],
    ['a quote without exact', (o) => delete o.replies[0].sidecar.parse.sidecar.answers[0][1].quote.exact],
    ['a numeric prefix', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].quote.prefix = 1)],
    ['a numeric suffix', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].quote.suffix = 1)],
    ['a string start', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].quote.start = '3')],
    ['a string end', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].quote.end = '8')],
    ['an unknown quote key', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].quote.line = 1)],
    ['a quote that is a string', (o) => (o.replies[0].sidecar.parse.sidecar.answers[0][1].quote = 'Alder')],
  ];
  for (const [what, spoil] of spoilers) {
    it(what, () => {
      const o = stored();
      assert.ok(parseIndexCache(JSON.stringify(o), KEY), 'the unspoilt cache is usable');
      spoil(o);
      assert.equal(parseIndexCache(JSON.stringify(o), KEY), null);
    });
  }

  it('a cache that is not an object of the format is not used', () => {
    for (const text of ['[]', 'null', '1', '"x"', '{}']) assert.equal(parseIndexCache(text, KEY), null, text);
  });

  it('a number JSON reads as infinite (1e999) is no stamp', () => {
    const text = serializeIndexCache(full());
    assert.ok(parseIndexCache(text, KEY));
    assert.equal(parseIndexCache(text.replace('"mtime":1.5', '"mtime":1e999'), KEY), null);
    assert.equal(parseIndexCache(text.replace('"line":3', '"line":-1e999'), KEY), null);
  });

  it('a cache made for another key is not used even when everything else is right', () => {
    assert.equal(parseIndexCache(serializeIndexCache(full()), indexCacheKey('engine-2', { replyGlobs: ['replies/**/*.txt'] })), null);
  });
});
