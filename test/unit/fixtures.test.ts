// Guards the hand-coded ground truth: every fixture sidecar (test/fixtures/truth, the fixture
// replies, and the demo's own sidecars in examples/) must parse, quote its reply exactly at
// the stored offsets, and use only the closed vocabulary and the example questionnaire's ids.
// A wrong offset here would silently skew the suggestion-quality figures.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { decodeText } from '../../src/core/text';
import { EXEMPTIONS, STATUSES } from '../../src/core/types';
import type { Questionnaire } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/crm-survey');
const TRUTH = path.join(ROOT, 'test/fixtures/truth');
const FIXTURE_REPLIES = path.join(ROOT, 'test/fixtures/replies');

interface Case {
  sidecar: string;
  reply: string;
}

function listSidecars(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSidecars(p));
    else if (entry.name.endsWith('.answers.yaml')) out.push(p);
  }
  return out.sort();
}

const baseOf = (file: string): string => path.basename(file).replace(/\.(answers\.yaml|txt)$/, '');

/** Truth for `truth/<survey>/<base>` belongs to `examples/<survey>/replies/<base>.txt`; others sit beside their reply. */
function replyFor(sidecar: string): string {
  if (sidecar.startsWith(TRUTH + path.sep)) {
    const survey = path.basename(path.dirname(sidecar));
    return path.join(ROOT, 'examples', survey, 'replies', `${baseOf(sidecar)}.txt`);
  }
  return path.join(path.dirname(sidecar), `${baseOf(sidecar)}.txt`);
}

const cases: Case[] = [
  ...listSidecars(TRUTH),
  ...listSidecars(FIXTURE_REPLIES),
  ...listSidecars(path.join(EXAMPLE, 'replies')),
].map((sidecar) => ({ sidecar, reply: replyFor(sidecar) }));

function readReply(file: string): string {
  const decoded = decodeText(fs.readFileSync(file));
  assert.equal(decoded.binary, false, `${file} looks binary`);
  return decoded.text;
}

function loadQuestionnaire(): Questionnaire {
  const file = path.join(EXAMPLE, 'foi-questionnaire.yaml');
  const parsed = parseQuestionnaire(fs.readFileSync(file, 'utf8'), file);
  assert.ok(parsed.questionnaire, `example questionnaire does not load: ${JSON.stringify(parsed.problems)}`);
  return parsed.questionnaire;
}

type Raw = Record<string, unknown>;

function parseSidecarFile(file: string): Raw {
  const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(doc.errors.map((e) => e.message), [], `${file} does not parse`);
  const data = doc.toJS() as unknown;
  assert.ok(data && typeof data === 'object' && !Array.isArray(data), `${file}: top level is not a mapping`);
  return data as Raw;
}

const rel = (p: string): string => path.relative(ROOT, p);
const isStatus = (s: unknown): boolean => (STATUSES as readonly unknown[]).includes(s);
const isExemption = (s: unknown): boolean => (EXEMPTIONS as readonly unknown[]).includes(s);

describe('fixture sidecars (ground truth)', () => {
  const questionnaire = loadQuestionnaire();
  const order = new Map(questionnaire.questions.map((q) => [q.id, q.order]));

  it('finds the fixtures it is meant to guard', () => {
    // Without this, a moved folder would make every check below vacuous.
    assert.ok(listSidecars(TRUTH).length >= 12, 'expected at least 12 truth sidecars');
    assert.ok(listSidecars(path.join(EXAMPLE, 'replies')).length >= 1, 'expected demo sidecars in examples/');
  });

  it('has ground truth for every example reply', () => {
    const replies = fs.readdirSync(path.join(EXAMPLE, 'replies')).filter((f) => f.endsWith('.txt'));
    assert.ok(replies.length >= 12, `expected at least 12 example replies, found ${replies.length}`);
    const missing = replies.filter((f) => !fs.existsSync(path.join(TRUTH, 'crm-survey', `${baseOf(f)}.answers.yaml`)));
    assert.deepEqual(missing, []);
  });

  for (const c of cases) {
    describe(rel(c.sidecar), () => {
      it('parses and names its council, variant and ids from the example questionnaire', () => {
        assert.ok(fs.existsSync(c.reply), `no reply ${rel(c.reply)} for this sidecar`);
        const data = parseSidecarFile(c.sidecar);
        assert.equal(data.version, 1);
        assert.equal(typeof data.council, 'string', 'council missing');
        assert.ok(readReply(c.reply).includes(data.council as string), `council "${String(data.council)}" not named in the reply`);
        const omitted = new Set<string>();
        if (data.variant !== undefined) {
          const variant = questionnaire.variants[data.variant as string];
          assert.ok(variant, `unknown variant ${String(data.variant)}`);
          for (const id of variant.omit) omitted.add(id);
        }
        const answers = data.answers as Raw;
        assert.ok(answers && typeof answers === 'object', 'answers missing');
        const ids = Object.keys(answers);
        assert.ok(ids.length > 0, 'no answers');
        for (const id of ids) {
          assert.ok(order.has(id), `${id} is not in the example questionnaire`);
          assert.ok(!omitted.has(id), `${id} is omitted by variant ${String(data.variant)}`);
        }
        const positions = ids.map((id) => order.get(id)!);
        assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'answers are not in questionnaire order');
      });

      it('uses the closed vocabulary of statuses and exemptions, with values only where given', () => {
        const answers = parseSidecarFile(c.sidecar).answers as Record<string, Raw>;
        for (const [id, a] of Object.entries(answers)) {
          assert.ok(isStatus(a.status), `${id}: unknown status ${String(a.status)}`);
          if (a.status === 'refused') assert.ok(isExemption(a.exemption), `${id}: refused without a known exemption (${String(a.exemption)})`);
          else if (a.exemption !== undefined) {
            // A partial refusal names its exemption; a signposted answer may cite s21 (DESIGN §15).
            const ok = (a.status === 'partial' && isExemption(a.exemption)) || (a.status === 'signposted' && a.exemption === 's21');
            assert.ok(ok, `${id}: exemption ${String(a.exemption)} on a ${String(a.status)} answer`);
          }
          if (a.status === 'answered') assert.ok(a.value !== undefined && a.value !== null, `${id}: answered without a value`);
          if (a.status !== 'answered' && a.status !== 'partial') {
            assert.ok(a.value === undefined || a.value === null, `${id}: ${String(a.status)} answer carries a value`);
          }
        }
      });

      it('quotes the reply exactly at the stored UTF-16 offsets', () => {
        const text = readReply(c.reply);
        const answers = parseSidecarFile(c.sidecar).answers as Record<string, Raw>;
        for (const [id, a] of Object.entries(answers)) {
          const q = a.quote as Raw | undefined;
          assert.ok(q, `${id}: no quote`);
          const { exact, start, end } = q as { exact: unknown; start: unknown; end: unknown };
          assert.equal(typeof exact, 'string', `${id}: quote.exact missing`);
          assert.ok(Number.isInteger(start) && Number.isInteger(end), `${id}: quote offsets missing`);
          assert.equal(text.slice(start as number, end as number), exact, `${id}: text at ${String(start)}..${String(end)} differs from quote.exact`);
          assert.equal((exact as string).trim(), exact, `${id}: quote has leading or trailing space`);
          assert.notEqual(exact, '', `${id}: empty quote`);
        }
      });
    });
  }

  describe('demo sidecars in examples/', () => {
    for (const file of listSidecars(path.join(EXAMPLE, 'replies'))) {
      it(`${path.basename(file)} agrees with its ground truth`, () => {
        // The demo is hand-coded from the truth; a drift would make the quality test and the demo disagree.
        const truthFile = path.join(TRUTH, 'crm-survey', path.basename(file));
        assert.ok(fs.existsSync(truthFile), `no ground truth for ${path.basename(file)}`);
        const strip = (d: Raw): Raw => {
          const answers = d.answers as Record<string, Raw>;
          const out: Raw = {};
          for (const [id, a] of Object.entries(answers)) {
            const { coder: _coder, note: _note, ...rest } = a;
            out[id] = rest;
          }
          return { ...d, answers: out };
        };
        assert.deepEqual(strip(parseSidecarFile(file)), strip(parseSidecarFile(truthFile)));
      });
    }
  });
});
