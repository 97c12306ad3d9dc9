// The workspace as the researcher lays it out: which files count as replies (the reply globs
// setting), where their sidecars are, what is skipped and why, and which files are one council.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { orderReplyFiles } from '../../src/core/coverage';
import {
  councilStem, DEFAULT_EXCLUDE_DIRS, DEFAULT_QUESTIONNAIRE_PATH, DEFAULT_REPLY_GLOBS, discoverFiles, globToRegExp, groupCouncils, joinPath, replyMatcher,
  replyPathsOfSidecar, SIDECAR_SUFFIX, topLevelScalar,
} from '../../src/core/workspace';
import type { CouncilInput, DirEntry, FileStat, WorkspaceFs } from '../../src/core/workspace';

/** A tree of folders as nested objects; a string is a file, a DirEntry-like object a special entry. */
type Tree = { [name: string]: Tree | string | { entry: Omit<DirEntry, 'name'>; tree?: Tree } };

class TreeFs implements WorkspaceFs {
  listed: string[] = [];
  constructor(private readonly root: Tree, private readonly failing: Set<string> = new Set()) {}
  private at(dir: string): Tree {
    let t: Tree = this.root;
    for (const part of dir === '' ? [] : dir.split('/')) {
      const next = t[part] as Tree | { entry: unknown; tree?: Tree };
      t = ('entry' in next ? (next as { tree?: Tree }).tree : next) as Tree;
    }
    return t;
  }
  async readFile(): Promise<Uint8Array> {
    return new Uint8Array();
  }
  async stat(): Promise<FileStat | null> {
    return null;
  }
  async list(dir: string): Promise<DirEntry[]> {
    if (this.failing.has(dir)) throw new Error('permission denied');
    this.listed.push(dir);
    return Object.entries(this.at(dir)).map(([name, v]) => {
      if (typeof v === 'string') return { name, type: 'file' as const };
      if ('entry' in v && typeof v.entry === 'object') return { name, ...(v.entry as Omit<DirEntry, 'name'>) };
      return { name, type: 'directory' as const };
    });
  }
}

const TreeWithIdentity = class extends TreeFs {
  constructor(root: Tree, private readonly idOf: (dir: string) => string) {
    super(root);
  }
  async identity(dir: string): Promise<string> {
    return this.idOf(dir);
  }
};

describe('workspace: reply globs', () => {
  const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

  it('** spans any number of folders, * and ? stay inside one, case is ignored', () => {
    assert.ok(matches('**/*.txt', 'a.txt'));
    assert.ok(matches('**/*.txt', 'a/b/c.TXT'));
    assert.ok(matches('replies/**', 'replies/a/b.txt'));
    assert.ok(matches('./replies/*.txt', 'replies/a.txt'));
    assert.ok(!matches('replies/*.txt', 'replies/a/b.txt'));
    assert.ok(matches('r?.txt', 'r1.txt'));
    assert.ok(!matches('r?.txt', 'r/.txt'));
    assert.ok(!matches('r?.txt', 'r12.txt'));
    assert.ok(!matches('*.txt', 'a/b.txt'));
    assert.ok(!matches('**/*.txt', 'a.txt.bak'));
    assert.ok(!matches('**/*.txt', 'xa.txt/'));
  });

  it('{a,b} chooses, with * inside; special characters are literal', () => {
    assert.ok(matches('**/*.{txt,eml}', 'x/y.eml'));
    assert.ok(matches('{in,out}/*.txt', 'out/a.txt'));
    assert.ok(!matches('{in,out}/*.txt', 'in/x/a.txt'));
    assert.ok(matches('{a*,b}.txt', 'abc.txt'));
    assert.ok(!matches('{a*,b}.txt', 'a/c.txt'));
    assert.ok(matches('{a.b,c}.txt', 'a.b.txt'));
    assert.ok(!matches('{a.b,c}.txt', 'aXb.txt'));
    assert.ok(matches('a{b.txt', 'a{b.txt'));
    assert.ok(matches('(x)+[y]$^|.txt', '(x)+[y]$^|.txt'));
    assert.ok(!matches('a.txt', 'abtxt'));
    assert.ok(matches('a\\b.txt', 'a\\b.txt'));
  });

  it('the default globs take *.reply.txt anywhere and .txt below replies/, never a sidecar', () => {
    assert.deepEqual([...DEFAULT_REPLY_GLOBS], ['**/*.reply.txt', '**/replies/**/*.txt']);
    const isReply = replyMatcher();
    assert.ok(isReply('x/alder.reply.txt'));
    assert.ok(isReply('replies/alder.txt'));
    assert.ok(isReply('2019/replies/sub/alder.txt'));
    assert.ok(!isReply('notes/alder.txt'));
    assert.ok(!isReply('replies/alder.answers.yaml'));
    assert.ok(!replyMatcher(['**/*'])('replies/alder.ANSWERS.YAML'));
    assert.ok(replyMatcher(['**/*'])('replies/alder.yaml'));
    assert.ok(!replyMatcher([])('replies/alder.txt'));
    assert.equal(DEFAULT_QUESTIONNAIRE_PATH, 'foi-questionnaire.yaml');
    assert.deepEqual([...DEFAULT_EXCLUDE_DIRS], ['node_modules', '.git']);
  });

  it('pairs a sidecar with its reply paths, and joins paths from the root', () => {
    assert.equal(SIDECAR_SUFFIX, '.answers.yaml');
    assert.deepEqual(replyPathsOfSidecar('replies/alder.answers.yaml'), ['replies/alder.txt', 'replies/alder.TXT']);
    assert.deepEqual(replyPathsOfSidecar('replies/alder.ANSWERS.yaml'), ['replies/alder.txt', 'replies/alder.TXT']);
    assert.deepEqual(replyPathsOfSidecar('replies/alder.yaml'), []);
    assert.equal(joinPath('', 'a.txt'), 'a.txt');
    assert.equal(joinPath('replies', 'a.txt'), 'replies/a.txt');
  });
});

describe('workspace: discovery', () => {
  it('finds replies and sidecars sorted, skipping excluded folders, and says why it skipped the rest', async () => {
    const fs = new TreeFs({
      'foi-questionnaire.yaml': 'q',
      replies: {
        'b.txt': 'x',
        'a.txt': 'x',
        'a.answers.yaml': 'y',
        'dir.answers.yaml': {},
        'fifo.answers.yaml': { entry: { type: 'other' } },
        'link.answers.yaml': { entry: { type: 'file', link: true, problem: 'is a link out of the workspace; not followed' } },
        'pipe.txt': { entry: { type: 'other' } },
        'folder.txt': { entry: { type: 'directory', problem: 'is a folder named like a reply' } },
        'out.txt': { entry: { type: 'file', link: true, problem: 'is a link out of the workspace; not followed' } },
        'notes.md': 'x',
        node_modules: { 'c.txt': 'x' },
        deeper: { 'd.txt': 'x', 'other.bin': { entry: { type: 'other' } } },
      },
      replies2: { entry: { type: 'directory', problem: 'refused' }, tree: { 'x.txt': 'x' } },
      elsewhere: { replies: { entry: { type: 'directory', link: true, problem: 'is a link out of the workspace; not followed' } } },
      'x.reply.txt': 'x',
    });
    const d = await discoverFiles(fs);
    assert.deepEqual(d.replies, ['replies/a.txt', 'replies/b.txt', 'replies/deeper/d.txt', 'x.reply.txt']);
    assert.deepEqual([...d.sidecars], ['replies/a.answers.yaml']);
    assert.deepEqual([...d.unusableSidecars], [
      ['replies/dir.answers.yaml', 'is a folder, not a sidecar file'],
      ['replies/fifo.answers.yaml', 'is not a regular file'],
      ['replies/link.answers.yaml', 'is a link out of the workspace; not followed'],
    ]);
    assert.deepEqual(d.skipped, [
      { path: 'elsewhere/replies', message: 'is a link out of the workspace; not followed' },
      { path: 'replies/folder.txt', message: 'is a folder named like a reply; not read' },
      { path: 'replies/out.txt', message: 'is a link out of the workspace; not followed' },
      { path: 'replies/pipe.txt', message: 'is not a regular file; not read' },
    ]);
    assert.ok(!fs.listed.includes('replies/node_modules'));
    assert.ok(!fs.listed.includes('replies2'));
  });

  it('honours its own excluded folders, and reports a folder it cannot list (but not the root)', async () => {
    const fs = new TreeFs({ replies: { 'a.txt': 'x', skip: { 'b.txt': 'x' }, node_modules: { 'c.txt': 'x' }, locked: { 'd.txt': 'x' } } }, new Set(['replies/locked']));
    const d = await discoverFiles(fs, { excludeDirs: ['skip'] });
    assert.deepEqual(d.replies, ['replies/a.txt', 'replies/node_modules/c.txt']);
    assert.deepEqual(d.skipped, [{ path: 'replies/locked', message: 'folder cannot be read: permission denied' }]);
    const rootFails = await discoverFiles(new TreeFs({}, new Set([''])));
    assert.deepEqual(rootFails.skipped, []);
    const globbed = await discoverFiles(new TreeFs({ in: { 'a.eml': 'x', 'b.txt': 'x' } }), { replyGlobs: ['in/*.eml'] });
    assert.deepEqual(globbed.replies, ['in/a.eml']);
  });

  it('does not follow a link back to a folder above it, and stops at 64 levels', async () => {
    const loop: Tree = { replies: { 'a.txt': 'x', back: {} } };
    const fs = new TreeWithIdentity(loop, (dir) => (dir === 'replies/back' ? 'ID:replies' : `ID:${dir.split('/')[0]}`));
    const d = await discoverFiles(fs);
    assert.deepEqual(d.skipped, [{ path: 'replies/back', message: 'is a link back to a folder above it (a loop); not followed' }]);
    const failingId = new TreeWithIdentity({ replies: { 'a.txt': 'x' } }, () => {
      throw new Error('no id');
    });
    assert.deepEqual((await discoverFiles(failingId)).replies, ['replies/a.txt']);
    let deep: Tree = { 'z.txt': 'x' };
    for (let i = 0; i < 66; i++) deep = { d: deep };
    const dd = await discoverFiles(new TreeFs({ replies: deep }));
    assert.equal(dd.replies.length, 0);
    assert.equal(dd.skipped.length, 1);
    assert.equal(dd.skipped[0]!.message, 'is nested more than 64 folders deep; not read');
    assert.equal(dd.skipped[0]!.path.split('/').length, 65);
    let ok: Tree = { 'z.txt': 'x' };
    for (let i = 0; i < 62; i++) ok = { d: ok };
    assert.equal((await discoverFiles(new TreeFs({ replies: ok }))).replies.length, 1);
  });
});

describe('workspace: councils', () => {
  it('a stem drops extension, .reply, review suffixes and dates, repeatedly', () => {
    for (const [file, stem] of [
      ['replies/halton.txt', 'halton'],
      ['replies/halton.TXT', 'halton'],
      ['halton.reply.txt', 'halton'],
      ['halton.internal-review.txt', 'halton'],
      ['halton_internal_review.txt', 'halton'],
      ['halton-review.txt', 'halton'],
      ['halton revised.txt', 'halton'],
      ['halton-2019-05-12.txt', 'halton'],
      ['halton_20190512.txt', 'halton'],
      ['2019-05-12_halton.txt', 'halton'],
      ['20190512-halton.txt', 'halton'],
      ['halton-2019-05-12.review.reply.txt', 'halton'],
      ['halton-review-2019-05-12.txt', 'halton'],
      ['reviewer.txt', 'reviewer'],
      ['halton-123.txt', 'halton-123'],
      ['halton.md', 'halton.md'],
    ]) {
      assert.equal(councilStem(file!), stem, file);
    }
  });

  it('groups by sidecar council, then detected council, then a shared stem in one folder, transitively', () => {
    const g = groupCouncils([
      { file: 'r/alder.txt', sidecarCouncil: 'Alder Council' },
      { file: 'r/alder.internal-review.txt' },
      { file: 'r/ALDER-council.txt', detectedCouncil: 'alder  council!' },
      { file: 'other/alder.txt' },
      { file: 'r/birch.txt', detectedCouncil: 'Birch DC' },
      { file: 'r/birch-2.txt', sidecarCouncil: '  ', detectedCouncil: 'Birch DC' },
      { file: 'r/cedar.txt', sidecarCouncil: null, detectedCouncil: null },
    ]);
    assert.equal(g.get('r/alder.txt'), 'Alder Council');
    assert.equal(g.get('r/alder.internal-review.txt'), 'Alder Council');
    assert.equal(g.get('r/ALDER-council.txt'), 'Alder Council');
    assert.equal(g.get('other/alder.txt'), 'alder');
    assert.equal(g.get('r/birch.txt'), 'Birch DC');
    assert.equal(g.get('r/birch-2.txt'), 'Birch DC');
    assert.equal(g.get('r/cedar.txt'), 'cedar');
  });

  it('names a group after its latest sidecar council, else a detected one, else the stem of its first file', () => {
    const g = groupCouncils([
      { file: 'r/alder-2019-01-01.txt', sidecarCouncil: 'Old Name' },
      { file: 'r/alder-2020-01-01.txt', sidecarCouncil: ' New Name ' },
      { file: 'r/alder-2021-01-01.txt', detectedCouncil: 'Detected' },
    ]);
    assert.equal(g.get('r/alder-2019-01-01.txt'), 'New Name');
    const d = groupCouncils([{ file: 'r/b.txt', detectedCouncil: 'First' }, { file: 'r/b.review.txt', detectedCouncil: ' ' }]);
    assert.equal(d.get('r/b.review.txt'), 'First');
    const s = groupCouncils([{ file: 'r/c.review.txt' }, { file: 'r/c.txt' }]);
    assert.equal(s.get('r/c.txt'), 'c');
    const chain = groupCouncils([{ file: 'a/x.txt', sidecarCouncil: 'X' }, { file: 'b/x.txt', sidecarCouncil: 'x' }, { file: 'b/x.review.txt' }, { file: 'c/y.txt', detectedCouncil: 'X!' }]);
    assert.deepEqual([...new Set(chain.values())], ['x'], 'one group, named by the later (by name) sidecar');
  });

  it('groups any files as the rules say: joined by a shared folder and stem or council name, transitively (property)', () => {
    // The rules of the header, done the plain way: link every two files that share a key, take
    // the connected groups, name each by its latest sidecar council, else detected, else stem.
    const reference = (inputs: CouncilInput[]): Map<string, string> => {
      const norm = (n: string) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const keys = inputs.map((i) => {
        const name = i.sidecarCouncil?.trim() || i.detectedCouncil?.trim();
        const k = [`${i.file.slice(0, Math.max(0, i.file.lastIndexOf('/')))}/${councilStem(i.file).toLowerCase()}`];
        if (name) k.push('name ' + norm(name));
        return k;
      });
      const group = inputs.map((_, n) => n);
      for (let changed = true; changed; ) {
        changed = false;
        for (let a = 0; a < inputs.length; a++) {
          for (let b = 0; b < inputs.length; b++) {
            const linked = inputs[a]!.file === inputs[b]!.file || keys[a]!.some((k) => keys[b]!.includes(k));
            if (linked && group[a]! !== group[b]! && Math.min(group[a]!, group[b]!) === group[b]!) {
              group[a] = group[b]!;
              changed = true;
            }
          }
        }
      }
      const out = new Map<string, string>();
      for (const g of new Set(group)) {
        const members = inputs.filter((_, n) => group[n] === g);
        const ordered = orderReplyFiles(members).reverse();
        const name = ordered.find((m) => m.sidecarCouncil?.trim())?.sidecarCouncil?.trim() ?? ordered.find((m) => m.detectedCouncil?.trim())?.detectedCouncil?.trim() ?? councilStem(ordered[ordered.length - 1]!.file);
        for (const m of members) out.set(m.file, name);
      }
      return out;
    };
    const file = fc.tuple(fc.constantFrom('r', 'r/sub', 'other'), fc.constantFrom('alder', 'Alder', 'birch', 'cedar', 'dale-2019-05-01', '2020-01-02_dale'), fc.constantFrom('.txt', '.reply.txt', '.internal-review.txt', '-review.txt', '.revised.txt', '.TXT')).map(([d, n, x]) => `${d}/${n}${x}`);
    const name = fc.option(fc.constantFrom('Alder Council', 'alder  council!', 'ALDER COUNCIL', 'Birch DC', ' ', '', 'Cedar', 'Dale (Borough)', 'dale borough'), { nil: undefined });
    const input = fc.record({ file, sidecarCouncil: name, detectedCouncil: name, received: fc.option(fc.constantFrom('2019-01-01', '2021-06-30'), { nil: undefined }) }).map((i) => {
      const out: CouncilInput = { file: i.file };
      if (i.sidecarCouncil !== undefined) out.sidecarCouncil = i.sidecarCouncil;
      if (i.detectedCouncil !== undefined) out.detectedCouncil = i.detectedCouncil;
      if (i.received !== undefined) out.received = i.received;
      return out;
    });
    fc.assert(
      fc.property(fc.uniqueArray(input, { maxLength: 12, selector: (i) => i.file }), (inputs) => {
        assert.deepEqual(new Map([...groupCouncils(inputs)].sort()), new Map([...reference(inputs)].sort()));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('workspace: top-level scalars of a sidecar', () => {
  it('reads a top-level key, unquoted, without its comment', () => {
    const text = 'version: 1\nreceived: 2019-05-12 # date\n  nested: x\nquoted: "a b"\nsingle: \'c\'\nempty:   \nspaced:\t x \t\nmismatch: "a\'\n';
    assert.equal(topLevelScalar(text, 'received'), '2019-05-12');
    assert.equal(topLevelScalar(text, 'quoted'), 'a b');
    assert.equal(topLevelScalar(text, 'single'), 'c');
    assert.equal(topLevelScalar(text, 'nested'), undefined);
    assert.equal(topLevelScalar(text, 'empty'), undefined);
    assert.equal(topLevelScalar(text, 'spaced'), 'x');
    assert.equal(topLevelScalar(text, 'mismatch'), '"a\'');
    assert.equal(topLevelScalar(text, 'missing'), undefined);
    assert.equal(topLevelScalar('a.b: 1\naxb: 2\n', 'a.b'), '1');
    assert.equal(topLevelScalar('axb: 2\n', 'a.b'), undefined);
    assert.equal(topLevelScalar('received: ""\n', 'received'), undefined);
  });
});
