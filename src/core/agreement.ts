// Inter-coder agreement (DESIGN §12, §15): two coders' sidecars for the same replies compared
// answer by answer. Pure: codings in, figures and disagreements out.
//
// Definitions (documented in the CLI help and the README):
// - An item is a (reply path relative to the workspace, question id) pair that has a stored
//   status on BOTH sides (`coder: auto` included). Answers coded on one side only are counted
//   (`unpaired`) but are not items.
// - An item's category is its status; a refusal carries its exemption (`refused s12`), so two
//   refusals under different sections disagree. Values and quotes are not compared.
// - Observed agreement: agreeing items / items.
// - Cohen's kappa: (po − pe) / (1 − pe), pe = Σ_k pA(k)·pB(k) from each coder's own marginals.
// - Krippendorff's alpha, nominal metric, two coders, no missing values: from the coincidence
//   matrix, α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k with n = 2 × items pairable values.
// - Overall figures are pooled over all items (one table for every question), not averaged.
// - A figure that is undefined (no items; chance agreement of 1, i.e. both coders used one and
//   the same category throughout) is null, never NaN and never a made-up 1.
import { compareIds } from './ids';
import type { AnswerEntry } from './types';
import type { IndexedReply } from './workspaceIndex';

/** One stored answer on one side. */
export interface Coding {
  /** Reply path relative to the workspace root, '/'-separated. */
  reply: string;
  council: string;
  id: string;
  entry: AnswerEntry;
}

export interface AgreementFigures {
  /** Items: answers coded on both sides. */
  n: number;
  /** Share of items with the same category, 0..1; null without items. */
  observed: number | null;
  kappa: number | null;
  alpha: number | null;
}

export interface CodingSummary {
  category: string;
  status: AnswerEntry['status'];
  exemption: string | null;
  value: AnswerEntry['value'] | null;
  unit: string | null;
  quote: string | null;
  coder: string | null;
}

export interface Disagreement {
  council: string;
  reply: string;
  id: string;
  a: CodingSummary;
  b: CodingSummary;
}

export interface AgreementResult {
  overall: AgreementFigures;
  /** Per question id, in questionnaire order (or id order without one); only ids with items. */
  questions: Record<string, AgreementFigures>;
  disagreements: Disagreement[];
  /** Answers coded on one side only: not items. */
  unpaired: { a: number; b: number };
}

/** The category an answer is compared on: its status, a refusal with its exemption. */
export function categoryOf(entry: AnswerEntry): string {
  return entry.status === 'refused' && entry.exemption ? `refused ${entry.exemption}` : entry.status;
}

/** Figures for pairs of categories (one pair per item). */
export function agreementFigures(pairs: readonly (readonly [string, string])[]): AgreementFigures {
  const n = pairs.length;
  if (n === 0) return { n: 0, observed: null, kappa: null, alpha: null };
  const marginA = new Map<string, number>();
  const marginB = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    marginA.set(a, (marginA.get(a) ?? 0) + 1);
    marginB.set(b, (marginB.get(b) ?? 0) + 1);
    if (a === b) agree++;
  }
  const observed = agree / n;

  // Cohen: chance agreement from each coder's own distribution.
  let pe = 0;
  for (const [k, na] of marginA) pe += (na / n) * ((marginB.get(k) ?? 0) / n);
  const kappa = pe >= 1 - 1e-12 ? null : (observed - pe) / (1 - pe);

  // Krippendorff: both coders' values pooled (n_c over 2n values); each disagreeing item adds
  // 1 to o_ab and 1 to o_ba, so Σ_{c≠k} o_ck = 2 × disagreements.
  const values = 2 * n;
  let sumSquares = 0;
  for (const k of new Set([...marginA.keys(), ...marginB.keys()])) {
    const nc = (marginA.get(k) ?? 0) + (marginB.get(k) ?? 0);
    sumSquares += nc * nc;
  }
  const expectedPairs = values * values - sumSquares; // Σ_{c≠k} n_c n_k
  const alpha = expectedPairs === 0 ? null : 1 - ((values - 1) * 2 * (n - agree)) / expectedPairs;
  return { n, observed, kappa, alpha };
}

function summary(entry: AnswerEntry): CodingSummary {
  return {
    category: categoryOf(entry),
    status: entry.status,
    exemption: entry.exemption ?? null,
    value: entry.value ?? null,
    unit: entry.unit ?? null,
    quote: entry.quote?.exact ?? null,
    coder: entry.coder ?? null,
  };
}

const keyOf = (c: Coding): string => `${c.reply}\u0000${c.id}`;

/**
 * Agreement between coder A's and coder B's codings. `order` lists question ids in
 * questionnaire order; ids not in it follow in id order.
 */
export function computeAgreement(a: readonly Coding[], b: readonly Coding[], order: readonly string[] = []): AgreementResult {
  const bByKey = new Map(b.map((c) => [keyOf(c), c] as const));
  const paired = new Set<string>();
  const all: [string, string][] = [];
  const perQuestion = new Map<string, [string, string][]>();
  const disagreements: Disagreement[] = [];
  for (const ca of a) {
    const key = keyOf(ca);
    const cb = bByKey.get(key);
    if (!cb || paired.has(key)) continue;
    paired.add(key);
    const pair: [string, string] = [categoryOf(ca.entry), categoryOf(cb.entry)];
    all.push(pair);
    const list = perQuestion.get(ca.id);
    if (list) list.push(pair);
    else perQuestion.set(ca.id, [pair]);
    if (pair[0] !== pair[1]) disagreements.push({ council: ca.council, reply: ca.reply, id: ca.id, a: summary(ca.entry), b: summary(cb.entry) });
  }
  const rank = new Map(order.map((id, i) => [id, i] as const));
  const byOrder = (x: string, y: string): number => {
    const rx = rank.get(x);
    const ry = rank.get(y);
    if (rx !== undefined && ry !== undefined) return rx - ry;
    if (rx !== undefined) return -1;
    if (ry !== undefined) return 1;
    return compareIds(x, y);
  };
  const questions: Record<string, AgreementFigures> = {};
  for (const id of [...perQuestion.keys()].sort(byOrder)) questions[id] = agreementFigures(perQuestion.get(id)!);
  disagreements.sort((x, y) => (x.reply < y.reply ? -1 : x.reply > y.reply ? 1 : byOrder(x.id, y.id)));
  const unpairedB = b.filter((c) => !paired.has(keyOf(c))).length;
  return { overall: agreementFigures(all), questions, disagreements, unpaired: { a: a.length - paired.size, b: unpairedB } };
}

/** A sidecar that exists but cannot be used (or is partly unusable): never read as "not coded". */
export interface UnusableSidecar {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The stored answers of a workspace's replies, and the sidecars that could not be (fully) read. */
export function codingsOfReplies(replies: readonly Pick<IndexedReply, 'path' | 'sidecarPath' | 'sidecar' | 'sidecarText' | 'council'>[]): { codings: Coding[]; unusable: UnusableSidecar[] } {
  const codings: Coding[] = [];
  const unusable: UnusableSidecar[] = [];
  for (const r of replies) {
    if (r.sidecarText === null || !r.sidecar) continue;
    for (const p of r.sidecar.problems) {
      if (p.severity === 'error') unusable.push({ file: r.sidecarPath, line: p.line, column: p.column, message: p.message });
    }
    if (!r.sidecar.sidecar) continue;
    for (const [id, entry] of r.sidecar.sidecar.answers) codings.push({ reply: r.path, council: r.council, id, entry });
  }
  return { codings, unusable };
}
