// The council's request variant as the engine reads it, written to the sidecar by accepting a
// suggestion or Auto-code (DESIGN §15): `variant: <name>` or `variant: { omit: [ids] }`, read
// back by the parser and honoured by coverage.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { councilCoverage } from '../../src/core/coverage';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { sidecarVariant } from '../../src/core/reader';
import { applyAnswerEdits, parseSidecar } from '../../src/core/sidecar';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire } from '../../src/core/types';

const CRM = (): Questionnaire => parseQuestionnaire(readFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
const answered = { status: 'answered' as const, value: 'Yes' };

/** A reply from a council whose copy of the request left out Q4c and Q6b, quoted then answered. */
function shortFormReply(q: Questionnaire): string {
  const asked = q.questions.filter((x) => x.id !== 'Q4c' && x.id !== 'Q6b');
  const request = asked.map((x) => `${x.id}. ${x.text}`).join('\n');
  const answers = asked.filter((x) => !x.heading).map((x) => `${x.id}. ${x.type === 'yes-no' ? 'No' : x.type === 'text' || x.type === 'multi-choice' ? 'Not recorded.' : 'Not held.'}`).join('\n');
  return `You asked:\n\n${request}\n\nOur answers:\n\n${answers}\n`;
}

describe('the request variant in the sidecar', () => {
  it('names the questionnaire variant that omits exactly the ids not asked, else writes the ids in place', () => {
    const q = CRM();
    assert.equal(sidecarVariant({ notAsked: ['Q6c'], relabelled: {} }, q), 'no-6c');
    assert.equal(sidecarVariant({ notAsked: ['Q4c', 'Q6b'], relabelled: { Q7b: 'Q6c' } }, q), 'no-4c-6b');
    assert.deepEqual(sidecarVariant({ notAsked: ['Q4c', 'Q13d'], relabelled: {} }, q), { omit: ['Q4c', 'Q13d'] });
    assert.equal(sidecarVariant({ notAsked: [], relabelled: { Q7b: 'Q6c' } }, q), undefined);
    assert.equal(sidecarVariant(null, q), undefined);
  });

  it('reads `variant: { omit: [...] }` and leaves the ids out of the council\'s question set', () => {
    const parsed = parseSidecar('version: 1\ncouncil: Tarnwick Borough Council\nvariant:\n  omit: [q4c, Q6b]\nanswers:\n  Q6a:\n    status: answered\n    value: "Yes"\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.sidecar!.variantOmit, ['Q4c', 'Q6b']);
    assert.equal(parsed.sidecar!.variant, undefined);
    const c = councilCoverage(CRM(), 'Tarnwick', [{ file: 't.txt', council: 'Tarnwick', sidecar: parsed.sidecar! }]);
    assert.equal(c.cells.find((x) => x.id === 'Q6b')?.state ?? 'absent', 'absent');
    assert.equal(c.cells.find((x) => x.id === 'Q4c')?.state ?? 'absent', 'absent');
    assert.equal(c.cells.find((x) => x.id === 'Q4b')?.state, 'missing');
    assert.equal(c.variant, 'not asked: Q4c, Q6b');
    assert.equal(c.unknownVariant, undefined);
  });

  it('says where an in-place variant is malformed, and reads nothing from it', () => {
    const parsed = parseSidecar('version: 1\nvariant:\n  omit: [Q4c, {x: 1}]\nanswers:\n  Q1:\n    status: not-held\n');
    const p = parsed.problems.find((x) => x.severity === 'error');
    assert.ok(p, 'an error');
    assert.match(p.message, /variant\.omit` item 2/);
    assert.equal(p.line, 3);
    const other = parseSidecar('version: 1\nvariant:\n  skip: [Q4c]\nanswers: {}\n');
    assert.match(other.problems.map((x) => x.message).join('\n'), /expected a variant name or `\{ omit: \[question ids\] \}`/);
  });

  it('writes the variant with the answers once, before `answers:`, and never over one a person wrote', () => {
    const first = applyAnswerEdits(null, [{ id: 'Q6a', entry: answered }], { council: 'Tarnwick Borough Council', variant: { omit: ['Q4c', 'Q6b'] } });
    assert.ok(first.ok);
    assert.match(first.text, /council: Tarnwick Borough Council\nvariant:\n {2}omit: \[Q4c, Q6b\]\nanswers:\n/);
    assert.deepEqual(parseSidecar(first.text).sidecar!.variantOmit, ['Q4c', 'Q6b']);
    const named = applyAnswerEdits('version: 1\n# the council got the short form\nvariant: no-6c\nanswers:\n  Q1:\n    status: not-held\n', [{ id: 'Q6a', entry: answered }], { variant: { omit: ['Q4c'] } });
    assert.ok(named.ok);
    assert.match(named.text, /# the council got the short form\nvariant: no-6c\n/);
    assert.doesNotMatch(named.text, /omit/);
    const name = applyAnswerEdits(null, [{ id: 'Q6a', entry: answered }], { variant: 'no-6c' });
    assert.ok(name.ok);
    assert.equal(parseSidecar(name.text).sidecar!.variant, 'no-6c');
    // Deleting an answer takes no reading of the reply: no variant is added.
    const del = applyAnswerEdits('version: 1\nanswers:\n  Q1:\n    status: not-held\n', [{ id: 'Q1', entry: null }], { variant: 'no-6c' });
    assert.ok(del.ok);
    assert.doesNotMatch(del.text, /variant/);
  });

  it('is what the engine reads from a reply that quotes a request without two of the questions', () => {
    const q = CRM();
    const a = analyzeReply(shortFormReply(q), q);
    assert.deepEqual(a.variant?.notAsked, ['Q4c', 'Q6b']);
    assert.equal(sidecarVariant(a.variant, q), 'no-4c-6b');
  });

  it('is written by `autotag --write`, and the report then counts only the questions asked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'foi-variant-'));
    try {
      copyFileSync(path.join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), path.join(dir, 'foi-questionnaire.yaml'));
      mkdirSync(path.join(dir, 'replies'));
      writeFileSync(path.join(dir, 'replies/tarnwick.txt'), 'Tarnwick Borough Council\n\n' + shortFormReply(CRM()));
      let out = '';
      const io: CliIo = { out: (t) => void (out += t), err: () => undefined, cwd: dir, env: {}, isTTY: false };
      assert.equal(await main(['autotag', '--write', '--min-confidence', '0'], io), 0);
      const written = parseSidecar(readFileSync(path.join(dir, 'replies/tarnwick.answers.yaml'), 'utf8')).sidecar!;
      assert.equal(written.variant, 'no-4c-6b');
      out = '';
      assert.equal(await main(['report', '--json'], io), 0);
      const council = (JSON.parse(out) as { councils: { asked: number; missing: string[] }[] }).councils[0]!;
      assert.ok(!council.missing.includes('Q4c') && !council.missing.includes('Q6b'), council.missing.join(' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a variant that printed a question under another label', () => {
  const QUESTIONNAIRE = [
    'version: 1',
    'questions:',
    '  - { id: Q1, text: How many residents hold an online account?, type: number }',
    '  - { id: Q2a, text: What share of residents hold one?, type: percent }',
    '  - { id: Q2b, text: What share of businesses hold one?, type: percent }',
    '  - { id: Q3, text: What share of services can be reached online?, type: percent }',
    'variants:',
    '  short: { omit: [Q2a], relabel: { Q3b: Q2b } }',
  ].join('\n');
  const reply = ['Dear requester,', '', 'Q1 - 41,200 accounts.', 'Q3b - 12% of businesses.', 'Q3 - 70% of our services.'].join('\n');

  it('reads the label the variant declares ("Q3b") as its question (Q2b), with no unknown-id warning, and says so', () => {
    const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire!;
    assert.deepEqual(q.variants.short, { omit: ['Q2a'], relabel: { Q3b: 'Q2b' } });
    const a = analyzeReply(reply, q);
    const q2b = a.answers.find((x) => x.id === 'Q2b');
    assert.deepEqual([q2b?.status, q2b?.value, q2b?.line], ['answered', 12, 4]);
    assert.deepEqual(a.problems.filter((p) => p.code === 'unknown-id'), []);
    assert.deepEqual(a.variant?.relabelled, { Q3b: 'Q2b' });
  });

  it('leaves "Q3b" unknown, and warns, when no variant declares it', () => {
    const q = parseQuestionnaire(QUESTIONNAIRE.replace(', relabel: { Q3b: Q2b }', '')).questionnaire!;
    const a = analyzeReply(reply, q);
    assert.equal(a.answers.find((x) => x.id === 'Q2b'), undefined);
    assert.deepEqual(a.problems.filter((p) => p.code === 'unknown-id').map((p) => p.line), [4]);
  });

  it('does not take the declared label over a question the reply labels in its own way', () => {
    const q = parseQuestionnaire(QUESTIONNAIRE).questionnaire!;
    const a = analyzeReply(['Q1 - 41,200 accounts.', 'Q2b - 9% of businesses.', 'Q3b - 12% of businesses.', 'Q3 - 70% of our services.'].join('\n'), q);
    assert.deepEqual(a.answers.filter((x) => x.id === 'Q2b').map((x) => x.value), [9]);
  });

  it('reports a relabel that names one of the questionnaire\'s own ids, or a question it does not have, at its position', () => {
    const bad = parseQuestionnaire(QUESTIONNAIRE.replace('relabel: { Q3b: Q2b }', 'relabel: { Q3: Q2b, Q4c: Q9 }'));
    assert.deepEqual(bad.problems.map((p) => `${p.severity} ${p.line}:${p.code}`), ['error 8:questionnaire-relabel-clash', 'error 8:questionnaire-unknown-id']);
    assert.deepEqual(bad.questionnaire!.variants.short, { omit: ['Q2a'] });
  });
});
