// Where a problem in a YAML file the user edits is reported: the line and column of the node a
// schema error names, the key of an unknown key, the yaml library's own errors.
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { mapKeys, nodeAtPath, problemAtPath, problemAtSpan, spanAtPath, yamlProblems } from '../../src/core/yamlPositions';
import { LineIndex } from '../../src/core/text';

const TEXT = [
  'version: 1', //            line 1
  'questions:', //            line 2
  '  - id: Q1', //            line 3
  '    type: number', //      line 4
  '    when:', //             line 5
  '  - id: Q2', //            line 6
  '    text: "Budget?"', //   line 7
  'codes:', //                line 8
  '  yn: &yn [yes, no]', //   line 9
  '  again: *yn', //          line 10
  '1: numeric key', //        line 11
  '',
].join('\n');
const doc = parseDocument(TEXT);
const lines = new LineIndex(TEXT);
const where = (path: (string | number)[], at?: 'value' | 'key') => {
  const p = problemAtPath(doc, lines, path, 'm', 'c', at ? { at } : {});
  return `${p.line}:${p.column}-${p.endLine}:${p.endColumn}`;
};
const textAt = (path: (string | number)[], at?: 'value' | 'key') => {
  const s = spanAtPath(doc, path, at)!;
  return TEXT.slice(s.start, s.end);
};

describe('core: YAML positions', () => {
  it('points at the value a path names, through mappings and lists', () => {
    assert.equal(textAt(['questions', 0, 'type']), 'number');
    assert.equal(where(['questions', 0, 'type']), '4:11-4:17');
    assert.equal(textAt(['questions', 1, 'text']), '"Budget?"');
    assert.equal(where(['questions', 1, 'id']), '6:9-6:11');
    assert.equal(textAt(['codes', 'yn', 1]), 'no');
    assert.equal(textAt([1]), 'numeric key', 'a numeric key matches its number');
  });

  it('points at the key instead when asked (an unknown key)', () => {
    assert.equal(textAt(['questions', 1, 'text'], 'key'), 'text');
    assert.equal(where(['questions', 1, 'text'], 'key'), '7:5-7:9');
    assert.equal(textAt(['version'], 'key'), 'version');
  });

  it('points just after the colon of a key written without a value, also for a path beyond it', () => {
    assert.equal(where(['questions', 0, 'when']), '5:10-5:10');
    assert.equal(where(['questions', 0, 'when', 'Q1']), '5:10-5:10');
  });

  it('points at the deepest node that exists when the path goes further than the document', () => {
    assert.ok(textAt(['questions', 0, 'unit']).startsWith('id: Q1\n    type: number'), 'a missing key: the mapping that lacks it');
    assert.ok(textAt(['questions', 5]).startsWith('- id: Q1'), 'a missing item: the list');
    assert.ok(textAt(['questions', 'first']).startsWith('- id: Q1'), 'a name in a list: the list');
    assert.equal(textAt(['questions', 0, 'type', 'deeper']), 'number', 'below a scalar: the scalar');
    assert.equal(textAt(['codes', 'again', 0]), '*yn', 'an alias is not followed');
    assert.equal(textAt(['questions', 0, Symbol('x') as unknown as string]), textAt(['questions', 0]), 'a symbol matches no key');
    assert.equal(textAt([]), TEXT, 'the empty path: the whole document');
  });

  it('places a problem at line 1 column 1 when there is no span, and clamps spans to the text', () => {
    const none = problemAtSpan(lines, undefined, 'warning', 'x', 'msg', 'q.yaml');
    assert.deepEqual(none, { severity: 'warning', code: 'x', message: 'msg', file: 'q.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 });
    const past = problemAtSpan(lines, { start: -5, end: 10_000 }, 'error', 'x', 'msg');
    assert.equal(past.start, 0);
    assert.equal(past.end, TEXT.length);
    assert.equal('file' in past, false, 'no file when none is given');
    const backwards = problemAtSpan(lines, { start: 20, end: 3 }, 'error', 'x', 'msg');
    assert.deepEqual([backwards.start, backwards.end], [20, 20]);
    const late = problemAtSpan(lines, { start: 10_000, end: 10_001 }, 'error', 'x', 'msg');
    assert.deepEqual([late.start, late.end], [TEXT.length, TEXT.length]);
  });

  it('gives problemAtPath an error by default, and the severity and file asked for', () => {
    const p = problemAtPath(doc, lines, ['version'], 'wrong version', 'questionnaire-schema');
    assert.deepEqual(p, { severity: 'error', code: 'questionnaire-schema', message: 'wrong version', line: 1, column: 10, endLine: 1, endColumn: 11, start: 9, end: 10 });
    const w = problemAtPath(doc, lines, ['version'], 'm', 'c', { severity: 'warning', file: 'q.yaml' });
    assert.equal(w.severity, 'warning');
    assert.equal(w.file, 'q.yaml');
  });

  it("turns the yaml library's errors into errors and its warnings into warnings, at their position, with the first line of the message", () => {
    const bad = 'a: 1\nb: [1, 2\nc: 3\n';
    const d = parseDocument(bad, { prettyErrors: true });
    const problems = yamlProblems(d, new LineIndex(bad), 'sidecar-parse', 's.yaml');
    assert.ok(problems.length >= 1);
    for (const p of problems) {
      assert.equal(p.severity, 'error');
      assert.equal(p.code, 'sidecar-parse');
      assert.equal(p.file, 's.yaml');
      assert.ok(p.message.startsWith('YAML: '));
      assert.ok(!p.message.includes('\n'));
      assert.ok(p.line >= 2, `at line ${p.line}`);
    }
    const warned = '%FOO bar\n---\na: 1\n';
    const wd = parseDocument(warned);
    const wp = yamlProblems(wd, new LineIndex(warned), 'c');
    assert.ok(wd.warnings.length > 0);
    assert.deepEqual(wp.map((p) => p.severity), [...wd.errors.map(() => 'error'), ...wd.warnings.map(() => 'warning')]);
    assert.equal(wp[wp.length - 1]!.line, 1);
    assert.equal(yamlProblems(doc, lines, 'c').length, 0);
  });

  it('lists the keys of a mapping as text, skipping null and complex keys, and none for anything else', () => {
    assert.deepEqual(mapKeys(doc.contents), ['version', 'questions', 'codes', '1']);
    assert.deepEqual(mapKeys(parseDocument('? [a, b]\n: 1\n~: 2\nx: 3\n').contents), ['x']);
    assert.deepEqual(mapKeys(doc.getIn(['questions'], true)), []);
    assert.deepEqual(mapKeys(null), []);
  });

  it('finds the node at a path and nothing where there is none', () => {
    assert.equal(String((nodeAtPath(doc, ['questions', 1, 'id']) as { value: unknown }).value), 'Q2');
    assert.equal(nodeAtPath(doc, ['questions', 9]), undefined);
    assert.equal((nodeAtPath(doc, ['questions', 0, 'when']) as { value: unknown }).value, null, 'an empty value is a null node');
    assert.equal(nodeAtPath(doc, ['codes', 'yn', 0, 'x']), undefined);
  });
});
