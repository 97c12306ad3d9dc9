// Plain-text tables as `foi-coder report` and the extension's text report print them.
import { strict as assert } from 'node:assert';
import { renderTable } from '../../src/core/table';

describe('core: plain-text tables', () => {
  it('pads every column to its widest cell, titles included, with two spaces between columns and a dash rule under the titles', () => {
    const text = renderTable([{ title: 'council' }, { title: 'n', align: 'right' }, { title: 'note' }], [
      ['Ashford', '7', 'ok'],
      ['Bo', '12', 'longer note'],
    ]);
    assert.equal(text, ['council   n  note', '-------  --  -----------', 'Ashford   7  ok', 'Bo       12  longer note', ''].join('\n'));
  });

  it('right-aligns numbers and leaves no trailing spaces on a line', () => {
    const text = renderTable([{ title: 'name' }, { title: 'count', align: 'right' }, { title: 'x' }], [['a', '5', '']]);
    const lines = text.split('\n');
    assert.equal(lines[2], 'a         5');
    for (const l of lines) assert.equal(l, l.trimEnd());
    assert.ok(text.endsWith('\n'));
  });

  it('cuts a cell longer than its column maximum to max-1 characters and an ellipsis, and keeps one that fits', () => {
    const text = renderTable([{ title: 'council', max: 8 }], [['Abcdefghijkl'], ['Abcdefgh'], ['Abcdefghi']]);
    assert.deepEqual(text.split('\n').slice(2, 5), ['Abcdefg…', 'Abcdefgh', 'Abcdefg…']);
  });

  it('does not count colour escapes in a cell towards its width', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const text = renderTable([{ title: 'state' }, { title: 'n', align: 'right' }], [[red('bad'), '1'], ['good', '22']]);
    const lines = text.split('\n');
    assert.equal(lines[0], 'state   n');
    assert.equal(lines[2], `${red('bad')}     1`);
    assert.equal(lines[3], 'good   22');
  });

  it('prints only the titles and the rule when there are no rows, and fills missing cells with nothing', () => {
    assert.equal(renderTable([{ title: 'a' }, { title: 'bb' }], []), 'a  bb\n-  --\n');
    assert.equal(renderTable([{ title: 'a' }, { title: 'b' }], [['xyz']]), 'a    b\n---  -\nxyz\n');
  });
});
