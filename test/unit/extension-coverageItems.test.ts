// The coverage tree's rows as a researcher reads them: council and question descriptions,
// values and statuses of answers, icons for complete / in progress / not started, the gaps
// filter, the badge, and which councils a change touches.
import { strict as assert } from 'node:assert';
import { computeCoverage, councilCoverage, summarize } from '../../src/core/coverage';
import type { CodedReply } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import type { AnswerEntry, Questionnaire, Sidecar } from '../../src/core/types';
import type { DirEntry, FileStat, WorkspaceFs } from '../../src/core/workspace';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import {
  answerRow,
  cellSummary,
  changedCouncils,
  councilAnswerRow,
  councilRow,
  formatValue,
  isGap,
  mergeTotals,
  missingBadge,
  questionRow,
  totalsDescription,
} from '../../src/extension/coverageItems';

const QUESTIONNAIRE = `version: 1
questions:
  - id: Q1
    text: How many libraries does the Authority run?
    type: number
  - id: Q2
    text: What was the library budget?
    type: money
  - id: Q3
    text: Does any library open on Sundays?
    type: yes-no
  - id: Q3a
    text: How many hours on a Sunday?
    type: number
    unit: hours
    when: { Q3: "yes" }
  - id: Q4
    text: Which system is used?
  - id: Q5
    text: Share of visits online?
    type: percent
`;

function questionnaire(): Questionnaire {
  const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire;
  assert.ok(q);
  return q;
}

function reply(council: string, answers: Record<string, AnswerEntry>): CodedReply {
  const sidecar: Sidecar = { version: 1, council, answers: new Map(Object.entries(answers)) };
  return { file: `replies/${council.toLowerCase()}.txt`, sidecarFile: `replies/${council.toLowerCase()}.answers.yaml`, council, sidecar };
}

const quote = { exact: 'The Council runs 14 public libraries.' };

describe('coverage tree rows', () => {
  const q = questionnaire();
  const survey = computeCoverage(q, [
    reply('Alphaford', {
      Q1: { status: 'answered', value: 14, quote },
      Q2: { status: 'refused', exemption: 's43' },
      Q3: { status: 'not-held' },
    }),
    reply('Brookmere', {
      Q1: { status: 'answered', value: 3 },
      Q2: { status: 'answered', value: 64200000, unit: 'GBP' },
      Q3: { status: 'answered', value: 'No' },
      Q4: { status: 'answered', value: 'Civica Spydus' },
      Q5: { status: 'answered', value: 12.5, unit: '%' },
    }),
    { file: 'replies/castle.txt', council: 'Castle', sidecar: null },
  ]);
  const council = (name: string) => survey.councils.find((c) => c.council === name)!;
  const cell = (name: string, id: string) => council(name).cells.find((c) => c.id === id)!;

  it('describes a council as coded/asked, then what is not held, refused and missing', () => {
    // Q3 not held: Q3a stays asked (routing unknown), so 3 of 6 are coded.
    assert.equal(councilRow(council('Alphaford')).description, '3/6 · 1 not held · 1 refused · 3 missing');
    assert.equal(councilRow(council('Brookmere')).description, '5/5');
  });

  it('marks complete, in-progress and not-started councils apart, for icons and menus', () => {
    const done = councilRow(council('Brookmere'));
    const going = councilRow(council('Alphaford'));
    const none = councilRow(council('Castle'));
    assert.deepEqual([done.icon.id, going.icon.id, none.icon.id], ['pass-filled', 'circle-large-outline', 'circle-slash']);
    assert.deepEqual([done.contextValue, going.contextValue, none.contextValue], ['council.complete', 'council', 'council']);
    assert.match(going.tooltip, /Missing: Q3a, Q4, Q5/);
  });

  it('shows an answer as its value, a refusal with its exemption, and a gap as missing', () => {
    assert.equal(answerRow(cell('Brookmere', 'Q2'), q.byId.get('Q2')).description, '£64,200,000');
    assert.equal(answerRow(cell('Brookmere', 'Q5'), q.byId.get('Q5')).description, '12.5%');
    const refused = answerRow(cell('Alphaford', 'Q2'), q.byId.get('Q2'));
    assert.equal(refused.description, 'refused · s43');
    assert.equal(refused.contextValue, 'answer.refused');
    const missing = answerRow(cell('Alphaford', 'Q4'), q.byId.get('Q4'));
    assert.deepEqual([missing.label, missing.description, missing.contextValue], ['Q4', 'missing', 'answer.missing']);
    assert.equal(answerRow(cell('Alphaford', 'Q3'), undefined).description, 'not held');
    // The question's unit when the answer names none.
    const hours = { ...cell('Brookmere', 'Q1'), entry: { status: 'answered' as const, value: 5 } };
    assert.equal(answerRow(hours, q.byId.get('Q3a')).description, '5 hours');
  });

  it('puts the question text and the quote in an answer tooltip', () => {
    const row = answerRow(cell('Alphaford', 'Q1'), q.byId.get('Q1'));
    assert.match(row.tooltip, /^Q1 — How many libraries does the Authority run\?/);
    assert.match(row.tooltip, /Quote: “The Council runs 14 public libraries\.”/);
    assert.match(councilAnswerRow('Alphaford', cell('Alphaford', 'Q1'), q.byId.get('Q1')).tooltip, /^Q1 · Alphaford — How many/);
  });

  it('says why a routed-away question is not required', () => {
    const routed = cell('Brookmere', 'Q3a');
    assert.equal(routed.state, 'not-required');
    assert.equal(cellSummary(routed), 'not required · routing: Q3 is "No"');
    assert.equal(isGap(routed.state), false);
  });

  it('describes a question across councils as coded/asked with its gaps', () => {
    const q4 = survey.questions.find((x) => x.id === 'Q4')!;
    assert.equal(questionRow(q4).description, '1/3 coded · 2 missing');
    const q1 = survey.questions.find((x) => x.id === 'Q1')!;
    assert.equal(questionRow(q1).description, '2/3 coded · 1 missing');
  });

  it('formats values with their units, and keeps long text to one short line', () => {
    assert.equal(formatValue(9032.4204, 'ha'), '9032.4204 ha');
    assert.equal(formatValue(true), 'Yes');
    assert.equal(formatValue(null), '');
    const long = formatValue('A very long answer\nthat goes on '.repeat(10));
    assert.ok(long.length <= 60 && long.endsWith('…') && !long.includes('\n'));
  });

  it('counts only gaps as gaps: missing and unclear', () => {
    assert.deepEqual(
      (['answered', 'unclear', 'missing', 'not-required', 'not-held'] as const).filter(isGap),
      ['unclear', 'missing'],
    );
  });

  it('badges the view with the number of missing answers, and shows totals', () => {
    assert.deepEqual(missingBadge(survey.totals), { value: 9, tooltip: '9 answers missing across 3 councils' });
    assert.equal(totalsDescription(survey.totals), '8/17 coded (47.1%)');
    const done = computeCoverage(q, [reply('Elmbury', { Q1: { status: 'answered', value: 1 }, Q2: { status: 'not-held' }, Q3: { status: 'answered', value: 'No' }, Q4: { status: 'not-held' }, Q5: { status: 'not-held' } })]);
    assert.equal(missingBadge(done.totals), undefined);
    const both = mergeTotals([survey.totals, done.totals]);
    assert.deepEqual([both.councils, both.coded, both.asked, both.counts.missing], [4, 13, 22, 9]);
  });

  it('names exactly the councils a change touched: recomputed, added or removed', () => {
    const [a, b] = survey.councils;
    const b2 = councilCoverage(q, 'Brookmere', [reply('Brookmere', { Q1: { status: 'unclear' } })]);
    const d = councilCoverage(q, 'Dunmoor', []);
    assert.deepEqual(changedCouncils(summarize(q, [a!, b!]), summarize(q, [a!, b2])), ['Brookmere']);
    assert.deepEqual(changedCouncils(summarize(q, [a!, b!]), summarize(q, [a!, d])), ['Dunmoor', 'Brookmere']);
    assert.deepEqual(changedCouncils(summarize(q, [a!]), summarize(q, [a!])), []);
    assert.equal(changedCouncils(null, survey), undefined);
  });
});

/** A flat in-memory folder: enough for the index to list, stat and read. */
function memoryFs(files: Map<string, { text: string; mtime: number }>): WorkspaceFs {
  return {
    async readFile(path) {
      const f = files.get(path);
      if (!f) throw new Error(`ENOENT: ${path}`);
      return new TextEncoder().encode(f.text);
    },
    async stat(path): Promise<FileStat | null> {
      const f = files.get(path);
      if (f) return { mtime: f.mtime, size: f.text.length, type: 'file' };
      return path === '' || path === 'replies' ? { mtime: 0, size: 0, type: 'directory' } : null;
    },
    async list(dir): Promise<DirEntry[]> {
      if (dir === '') return [{ name: 'replies', type: 'directory' }, ...[...files.keys()].filter((k) => !k.includes('/')).map((name) => ({ name, type: 'file' as const }))];
      return [...files.keys()].filter((k) => k.startsWith(dir + '/')).map((k) => ({ name: k.slice(dir.length + 1), type: 'file' as const }));
    },
  };
}

describe('coverage changes from the workspace index', () => {
  it('names only the council whose sidecar changed, so the tree refreshes one row', async () => {
    let clock = 1;
    const files = new Map<string, { text: string; mtime: number }>();
    const write = (path: string, text: string) => files.set(path, { text, mtime: clock++ });
    write('foi-questionnaire.yaml', QUESTIONNAIRE);
    for (const name of ['alphaford', 'brookmere', 'castle']) {
      write(`replies/${name}.txt`, `Q1. How many libraries?\n3\n`);
      write(`replies/${name}.answers.yaml`, `version: 1\ncouncil: ${name}\nanswers:\n  Q1:\n    status: answered\n    value: 3\n`);
    }
    const index = new WorkspaceIndex(memoryFs(files));
    await index.refresh();
    const before = index.coverage();
    assert.equal(before.councils.length, 3);
    write('replies/brookmere.answers.yaml', `version: 1\ncouncil: brookmere\nanswers:\n  Q1:\n    status: not-held\n`);
    await index.update(['replies/brookmere.answers.yaml']);
    const after = index.coverage();
    assert.deepEqual(changedCouncils(before, after), ['brookmere']);
    assert.equal(councilRow(after.councils.find((c) => c.council === 'brookmere')!).description, '1/6 · 1 not held · 5 missing');
  });
});
