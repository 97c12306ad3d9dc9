// Synthetic survey for the benchmark: N fictional councils answering the example questionnaire,
// ~8 KB replies in four styles (inline under quoted questions, terse list, numbered letter,
// table), and sidecars with ~25 coded answers written through the real sidecar writer.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeQuote } from '../src/core/anchor';
import { parseQuestionnaire } from '../src/core/questionnaire';
import { applyAnswerEdits } from '../src/core/sidecar';
import type { AnswerEdit } from '../src/core/sidecar';
import type { AnswerEntry, Question, Questionnaire } from '../src/core/types';

export const EXAMPLE_QUESTIONNAIRE = path.join(__dirname, '../examples/crm-survey/foi-questionnaire.yaml');

/** A small seeded random generator (mulberry32), so a generated survey is the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Ash', 'Birch', 'Cold', 'Dun', 'Elm', 'Fair', 'Glen', 'Hazel', 'Iron', 'Kings', 'Lark', 'Mill', 'North', 'Oak', 'Pen', 'Rye', 'Stone', 'Thorn', 'Wey', 'Yar'];
const ENDINGS = ['ford', 'ley', 'bridge', 'ham', 'worth', 'field', 'mouth', 'stead', 'by', 'ton'];
const KINDS = ['District Council', 'Borough Council'];
// Beyond 400 councils (every UK public body is ~5,000) the names above repeat: each further 400
// get a prefix, then a number, so every council stays distinct. The first 400 are unchanged.
const TIERS = ['', 'North ', 'South ', 'East ', 'West ', 'Upper ', 'Lower ', 'Great ', 'Little ', 'Old ', 'New ', 'Mid ', 'Over ', 'Nether '];
const tierOf = (i: number): string => {
  const t = Math.floor(i / 400);
  return t < TIERS.length ? TIERS[t]! : `${TIERS[t % TIERS.length] || 'Far '}${Math.floor(t / TIERS.length) + 1} `;
};

const DISCLAIMER =
  'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please ' +
  'notify the sender and delete it. The Council may monitor email traffic. Information supplied in response to a request under the ' +
  'Freedom of Information Act 2000 may be reused under the Open Government Licence; information exempt under sections 21, 40 or 43 of ' +
  'the Act is not included in this response unless stated. If you are dissatisfied with the handling of your request you may ask for ' +
  'an internal review within 40 working days, and after that complain to the Information Commissioner.';

interface Coded {
  text: string;
  entry: Omit<AnswerEntry, 'quote'>;
}

function answerFor(q: Question, r: () => number, crm: boolean, council: string): Coded | null {
  if (q.heading) return null;
  if (q.id === 'Q1') return { text: council, entry: { status: 'answered', value: council } };
  const routedCrm = q.when && 'Q11' in q.when;
  if (routedCrm && (q.when!.Q11 === 'yes') !== crm) return r() < 0.5 ? { text: 'N/A', entry: { status: 'not-applicable' } } : null;
  const roll = r();
  if (roll < 0.08) return { text: 'We do not hold this information.', entry: { status: 'not-held' } };
  if (roll < 0.12) return { text: 'This information is exempt under section 43(2) as it is commercially sensitive.', entry: { status: 'refused', exemption: 's43' } };
  const n = Math.floor(r() * 900) + 10;
  switch (q.type) {
    case 'number': {
      const v = n * 1000 + Math.floor(r() * 900) + 100;
      return { text: v.toLocaleString('en-GB'), entry: { status: 'answered', value: v } };
    }
    case 'money':
      return { text: `£${n}k`, entry: { status: 'answered', value: n * 1000, unit: 'GBP' } };
    case 'percent':
      return { text: `${n % 100}%`, entry: { status: 'answered', value: n % 100, unit: '%' } };
    case 'year':
      return { text: `${2000 + (n % 19)}`, entry: { status: 'answered', value: 2000 + (n % 19) } };
    case 'duration':
      return { text: `${n % 36} months`, entry: { status: 'answered', value: n % 36, unit: 'months' } };
    case 'yes-no': {
      const yes = q.id === 'Q11' ? crm : r() < 0.5;
      return { text: yes ? 'Yes' : 'No', entry: { status: 'answered', value: yes ? 'Yes' : 'No' } };
    }
    case 'choice':
      return { text: 'Residents', entry: { status: 'answered', value: 'Residents' } };
    case 'multi-choice':
      return { text: 'Funding; Promoting Usage', entry: { status: 'answered', value: 'Promoting Usage; Funding' } };
    default:
      return { text: 'Waste, planning, licensing, council tax, housing and leisure services.', entry: { status: 'answered', value: 'Waste, planning, licensing, council tax, housing and leisure services.' } };
  }
}

interface Built {
  text: string;
  quotes: Map<string, { start: number; end: number }>;
}

/** One reply in one of four styles, padded with a quoted request and disclaimers to ~8 KB. */
function buildReply(council: string, q: Questionnaire, answers: Map<string, Coded>, style: number, r: () => number): Built {
  let text = `From: Information Governance <foi@example.invalid>\nSubject: RE: Freedom of Information request ${Math.floor(r() * 90000) + 10000}\n\nDear Requester,\n\n`;
  text += `Thank you for your request, which ${council} has considered under the Freedom of Information Act 2000. Our response follows.\n\n`;
  const quotes = new Map<string, { start: number; end: number }>();
  for (const question of q.questions) {
    const a = answers.get(question.id);
    const num = question.id.slice(1);
    let label: string;
    let between: string;
    switch (style) {
      case 0:
        label = `${question.id}. ${question.text ?? ''}`;
        between = '\n';
        break;
      case 1:
        label = question.id;
        between = ' – ';
        break;
      case 2:
        label = `${num})`;
        between = ' ';
        break;
      default:
        label = `${question.id} | ${question.text ?? ''}`;
        between = ' | ';
    }
    text += label;
    if (a) {
      text += between;
      quotes.set(question.id, { start: text.length, end: text.length + a.text.length });
      text += a.text;
    }
    text += style === 0 ? '\n\n' : '\n';
  }
  text += '\nYours sincerely,\n\nInformation Governance Team\n' + council + '\n\n';
  text += '-----Original Message-----\n> Dear ' + council + ',\n> Please answer the questions below under the Freedom of Information Act.\n';
  for (const question of q.questions) text += `> ${question.id}. ${question.text ?? ''}\n`;
  while (text.length < 7800) text += '\n' + DISCLAIMER + '\n';
  return { text, quotes };
}

export interface GeneratedSurvey {
  root: string;
  replies: string[];
  bytes: number;
  codedAnswers: number;
}

/** Write a survey of `councils` replies + sidecars under `root` (emptied first). */
export function generateSurvey(root: string, councils = 400, seed = 42): GeneratedSurvey {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'replies'), { recursive: true });
  const qText = readFileSync(EXAMPLE_QUESTIONNAIRE, 'utf8');
  writeFileSync(path.join(root, 'foi-questionnaire.yaml'), qText);
  const q = parseQuestionnaire(qText).questionnaire!;
  const order = q.questions.map((x) => x.id);
  const r = rng(seed);
  const replies: string[] = [];
  let bytes = 0;
  let codedAnswers = 0;
  for (let i = 0; i < councils; i++) {
    const name = `${tierOf(i)}${PLACES[i % PLACES.length]}${ENDINGS[Math.floor(i / PLACES.length) % ENDINGS.length]}${i % 400 >= 200 ? ' Vale' : ''} ${KINDS[i % 2]}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const crm = r() < 0.7;
    const answers = new Map<string, Coded>();
    for (const question of q.questions) {
      const a = answerFor(question, r, crm, name);
      if (a) answers.set(question.id, a);
    }
    const built = buildReply(name, q, answers, i % 4, r);
    const rel = `replies/${slug}.txt`;
    writeFileSync(path.join(root, rel), built.text);
    bytes += Buffer.byteLength(built.text);
    replies.push(rel);
    const edits: AnswerEdit[] = [];
    for (const [id, a] of answers) {
      const span = built.quotes.get(id)!;
      edits.push({ id, entry: { ...a.entry, coder: i % 3 === 0 ? 'auto' : 'researcher', quote: makeQuote(built.text, span.start, span.end) } });
    }
    // ~25 coded answers: leave a couple uncoded, as a survey in progress would.
    const coded = edits.slice(0, Math.min(edits.length, 25));
    const result = applyAnswerEdits(null, coded, { order, council: name, replyName: `${slug}.txt` });
    if (!result.ok) throw new Error(`sidecar for ${rel}: ${result.problems.map((p) => p.message).join('; ')}`);
    writeFileSync(path.join(root, `replies/${slug}.answers.yaml`), result.text);
    codedAnswers += coded.length;
  }
  return { root, replies, bytes, codedAnswers };
}
