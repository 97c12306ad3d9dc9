// Confidence that means what it says: a suggestion's raw certainty (the classifier's) and how it
// was found are mapped to the share of such suggestions found right on the development sets, and
// Auto-code writes only at or above one default threshold shared by the CLI (`autotag`) and the
// extension (`foiCoder.suggestions.minConfidence`). The table is refitted by
// `npx tsx scripts/calibrate.ts` (it prints CALIBRATION to paste below).

/** Auto-code's default threshold (CLI `autotag --min-confidence`, the extension's setting default). */
export const DEFAULT_MIN_CONFIDENCE = 0.95;

/**
 * How an answer was found: its own label, a range label, its parent's answer, a cross-reference, a
 * whole- or partial-request statement, or prose under a paragraph title naming the question
 * (`Online services (questions 6a to 7)`), or an empty answer to a question the reply's own answer
 * routes out (`routed`): the last two are kinds the table has not seen, never written unreviewed.
 */
export type HowFound = 'label' | 'range' | 'parent' | 'reference' | 'whole' | 'partial' | 'prose' | 'routed';

export interface ConfidenceFeatures {
  how: HowFound;
  status: string;
  /** The classifier's own confidence, 0..1. */
  raw: number;
  /** The question asks for a number, money, a percentage, a year, a duration, yes/no or a choice. */
  typed: boolean;
  hasValue: boolean;
  /**
   * A reason to doubt how the answer was tied to its question or read, beyond its status: the
   * label is a bare number (`4.`, `4` alone — a list item, a figure or a label), the council's
   * numbers were mapped to the questionnaire's (renumbered, or moved by wording), or the value is
   * one figure picked among several in prose.
   */
  doubt?: boolean;
  /**
   * The text read as the answer asks something ("?", "How many …") or the value is a number of
   * the question's own text: the question may have been read as its answer. The strongest sign of
   * a misread layout, kept apart so that it never shares the confidence of plain answers.
   */
  asks?: boolean;
}

/** The calibration key of a suggestion: how found, status (with value presence for typed questions), raw band. */
export function featureKey(f: ConfidenceFeatures): string {
  const band = f.raw >= 0.9 ? 'hi' : f.raw >= 0.75 ? 'mid' : 'lo';
  const status = f.typed && (f.status === 'answered' || f.status === 'partial') ? `${f.status}${f.hasValue ? '+v' : '-v'}` : f.status;
  return `${f.how}|${status}|${band}${f.asks ? '|asks' : f.doubt ? '|doubt' : ''}`;
}

/**
 * Observed share right per key on the development sets (Laplace-smoothed, at most five
 * observations of a kind per reply), refitted by scripts/calibrate.ts over the default sets plus
 * every set in test/quality/blind (the other- sets through the user path, one set per survey),
 * 299 sets and 25,370 suggestions; each blind set was scored blind before it was tuned on (its
 *  README row gives those figures). Left-one-set-out: 99.6% right at 80.1% coverage. Kinds with `|asks` are
 * capped below the threshold by calibrateWith whatever their fitted share.
 */
// prettier-ignore
export const CALIBRATION: Readonly<Record<string, number>> = {
  'label|answered-v|hi': 0.083, // 0/10 in 8 replies
  'label|answered-v|hi|doubt': 0.143, // 0/5 in 5 replies
  'label|answered-v|lo': 0.333, // 0/1 in 1 replies
  'label|answered-v|mid': 0.050, // 0/18 in 18 replies
  'label|answered-v|mid|doubt': 0.083, // 0/10 in 10 replies
  'label|answered+v|hi': 1.000, // 6670/6671 in 1072 replies
  'label|answered+v|hi|asks': 0.856, // 290/338 in 239 replies
  'label|answered+v|hi|doubt': 0.995, // 3897/3914 in 920 replies
  'label|answered+v|lo': 0.982, // 165/167 in 158 replies
  'label|answered+v|lo|asks': 0.583, // 6/10 in 10 replies
  'label|answered+v|lo|doubt': 0.971, // 67/68 in 66 replies
  'label|answered+v|mid': 0.997, // 1450/1453 in 749 replies
  'label|answered+v|mid|asks': 0.848, // 77/90 in 83 replies
  'label|answered+v|mid|doubt': 0.985, // 396/401 in 336 replies
  'label|answered|hi': 0.855, // 70/81 in 78 replies
  'label|answered|hi|asks': 0.658, // 24/36 in 35 replies
  'label|answered|hi|doubt': 0.895, // 101/112 in 109 replies
  'label|answered|lo': 0.952, // 157/164 in 164 replies
  'label|answered|lo|asks': 0.925, // 61/65 in 64 replies
  'label|answered|lo|doubt': 0.988, // 82/82 in 82 replies
  'label|answered|mid': 0.990, // 602/607 in 491 replies
  'label|answered|mid|asks': 0.774, // 47/60 in 58 replies
  'label|answered|mid|doubt': 0.988, // 409/413 in 337 replies
  'label|not-applicable|hi': 0.999, // 1153/1153 in 529 replies
  'label|not-applicable|hi|asks': 0.857, // 5/5 in 4 replies
  'label|not-applicable|hi|doubt': 0.997, // 286/286 in 207 replies
  'label|not-applicable|mid': 0.957, // 21/21 in 20 replies
  'label|not-applicable|mid|asks': 0.800, // 3/3 in 3 replies
  'label|not-applicable|mid|doubt': 0.778, // 6/7 in 7 replies
  'label|not-held|hi': 0.996, // 838/840 in 548 replies
  'label|not-held|hi|asks': 0.667, // 7/10 in 7 replies
  'label|not-held|hi|doubt': 0.988, // 240/242 in 223 replies
  'label|not-held|lo': 0.990, // 96/96 in 67 replies
  'label|not-held|lo|asks': 0.750, // 2/2 in 1 replies
  'label|not-held|lo|doubt': 0.909, // 29/31 in 28 replies
  'label|not-held|mid': 0.778, // 6/7 in 7 replies
  'label|not-held|mid|doubt': 0.667, // 1/1 in 1 replies
  'label|partial-v|lo': 0.250, // 0/2 in 2 replies
  'label|partial+v|hi': 0.636, // 6/9 in 9 replies
  'label|partial+v|hi|asks': 0.667, // 1/1 in 1 replies
  'label|partial+v|hi|doubt': 0.889, // 15/16 in 16 replies
  'label|partial+v|lo': 0.932, // 135/144 in 143 replies
  'label|partial+v|lo|asks': 0.524, // 21/40 in 40 replies
  'label|partial+v|lo|doubt': 0.944, // 168/177 in 177 replies
  'label|partial+v|mid|doubt': 0.667, // 1/1 in 1 replies
  'label|partial|lo': 0.750, // 5/6 in 6 replies
  'label|partial|lo|doubt': 0.600, // 5/8 in 8 replies
  'label|refused|hi': 0.968, // 301/310 in 255 replies
  'label|refused|hi|asks': 0.600, // 2/3 in 3 replies
  'label|refused|hi|doubt': 0.972, // 139/142 in 135 replies
  'label|refused|lo': 0.833, // 19/22 in 19 replies
  'label|refused|lo|doubt': 0.889, // 7/7 in 7 replies
  'label|refused|mid': 0.929, // 12/12 in 9 replies
  'label|refused|mid|asks': 0.667, // 1/1 in 1 replies
  'label|refused|mid|doubt': 0.800, // 3/3 in 3 replies
  'label|signposted|hi': 0.995, // 212/212 in 193 replies
  'label|signposted|hi|asks': 0.833, // 4/4 in 4 replies
  'label|signposted|hi|doubt': 0.992, // 131/131 in 127 replies
  'label|signposted|lo': 0.969, // 30/30 in 29 replies
  'label|signposted|lo|doubt': 0.952, // 19/19 in 19 replies
  'label|signposted|mid': 0.910, // 60/65 in 63 replies
  'label|signposted|mid|asks': 0.333, // 0/1 in 1 replies
  'label|signposted|mid|doubt': 0.813, // 25/30 in 30 replies
  'label|unclear|hi': 0.182, // 3/20 in 17 replies
  'label|unclear|hi|asks': 0.200, // 1/8 in 4 replies
  'label|unclear|hi|doubt': 0.444, // 3/7 in 6 replies
  'label|unclear|lo': 0.879, // 28/31 in 31 replies
  'label|unclear|lo|asks': 0.667, // 1/1 in 1 replies
  'label|unclear|lo|doubt': 0.600, // 8/13 in 13 replies
  'label|unclear|mid': 0.583, // 34/58 in 57 replies
  'label|unclear|mid|asks': 0.100, // 0/8 in 7 replies
  'label|unclear|mid|doubt': 0.528, // 18/34 in 32 replies
  'parent|answered+v|hi': 0.750, // 14/18 in 10 replies
  'parent|answered+v|hi|asks': 0.667, // 5/7 in 5 replies
  'parent|answered+v|hi|doubt': 0.696, // 15/21 in 12 replies
  'parent|answered+v|lo|doubt': 0.333, // 0/1 in 1 replies
  'parent|answered+v|mid': 0.929, // 12/12 in 10 replies
  'parent|answered+v|mid|asks': 0.875, // 6/6 in 4 replies
  'parent|answered+v|mid|doubt': 0.667, // 3/4 in 3 replies
  'parent|answered|hi': 0.750, // 2/2 in 2 replies
  'parent|not-applicable|hi': 0.998, // 1199/1200 in 332 replies
  'parent|not-applicable|hi|asks': 0.875, // 6/6 in 3 replies
  'parent|not-applicable|mid': 0.989, // 90/90 in 24 replies
  'parent|not-applicable|mid|asks': 0.800, // 3/3 in 1 replies
  'parent|not-held|hi': 0.923, // 11/11 in 5 replies
  'parent|not-held|hi|asks': 0.250, // 0/2 in 1 replies
  'parent|refused|hi': 0.833, // 9/10 in 6 replies
  'parent|signposted|mid': 0.923, // 11/11 in 4 replies
  'partial|not-held|mid': 0.917, // 10/10 in 2 replies
  'partial|refused|hi': 0.900, // 26/28 in 8 replies
  'partial|refused|lo': 0.250, // 0/2 in 2 replies
  'prose|answered-v|hi': 0.125, // 0/6 in 6 replies
  'prose|answered-v|hi|asks': 0.167, // 0/4 in 4 replies
  'prose|answered-v|mid': 0.091, // 0/9 in 9 replies
  'prose|answered+v|hi': 0.958, // 504/525 in 169 replies
  'prose|answered+v|hi|asks': 0.816, // 176/215 in 122 replies
  'prose|answered+v|hi|doubt': 0.972, // 309/317 in 125 replies
  'prose|answered+v|lo': 0.923, // 23/24 in 23 replies
  'prose|answered+v|lo|asks': 0.833, // 9/10 in 9 replies
  'prose|answered+v|mid': 0.963, // 236/244 in 120 replies
  'prose|answered+v|mid|asks': 0.954, // 61/63 in 51 replies
  'prose|answered+v|mid|doubt': 0.800, // 3/3 in 3 replies
  'prose|answered|hi': 0.769, // 19/24 in 23 replies
  'prose|answered|hi|asks': 0.500, // 1/2 in 2 replies
  'prose|answered|lo': 0.961, // 48/49 in 49 replies
  'prose|answered|lo|asks': 0.917, // 10/10 in 10 replies
  'prose|answered|mid': 0.911, // 81/88 in 82 replies
  'prose|answered|mid|asks': 0.750, // 2/2 in 2 replies
  'prose|not-applicable|hi': 0.943, // 49/51 in 19 replies
  'prose|not-applicable|lo': 0.667, // 1/1 in 1 replies
  'prose|not-applicable|mid': 0.967, // 177/182 in 54 replies
  'prose|not-applicable|mid|asks': 0.889, // 7/7 in 2 replies
  'prose|not-held|hi': 0.915, // 150/163 in 101 replies
  'prose|not-held|hi|asks': 0.667, // 1/1 in 1 replies
  'prose|not-held|lo': 0.875, // 6/6 in 6 replies
  'prose|not-held|mid': 0.667, // 1/1 in 1 replies
  'prose|partial-v|lo': 0.333, // 0/1 in 1 replies
  'prose|partial+v|lo': 0.826, // 18/21 in 20 replies
  'prose|partial+v|lo|asks': 0.545, // 5/9 in 9 replies
  'prose|partial+v|lo|doubt': 0.727, // 15/20 in 20 replies
  'prose|partial|lo': 0.200, // 0/3 in 3 replies
  'prose|refused|hi': 0.846, // 54/63 in 47 replies
  'prose|refused|lo': 0.667, // 1/1 in 1 replies
  'prose|signposted|hi': 0.870, // 19/21 in 17 replies
  'prose|signposted|lo': 0.667, // 1/1 in 1 replies
  'prose|signposted|mid': 0.600, // 5/8 in 8 replies
  'prose|unclear|hi': 0.222, // 1/7 in 7 replies
  'prose|unclear|hi|asks': 0.333, // 0/1 in 1 replies
  'prose|unclear|lo': 0.286, // 3/12 in 12 replies
  'prose|unclear|lo|asks': 0.333, // 0/1 in 1 replies
  'prose|unclear|mid': 0.050, // 0/18 in 14 replies
  'prose|unclear|mid|asks': 0.333, // 0/1 in 1 replies
  'range|answered-v|hi': 0.333, // 0/1 in 1 replies
  'range|answered-v|hi|asks': 0.333, // 0/1 in 1 replies
  'range|answered-v|hi|doubt': 0.200, // 0/3 in 2 replies
  'range|answered-v|mid': 0.250, // 0/2 in 1 replies
  'range|answered-v|mid|doubt': 0.333, // 0/1 in 1 replies
  'range|answered+v|hi': 0.849, // 89/104 in 42 replies
  'range|answered+v|hi|asks': 0.870, // 19/21 in 14 replies
  'range|answered+v|hi|doubt': 0.827, // 42/50 in 29 replies
  'range|answered+v|lo': 0.800, // 3/3 in 2 replies
  'range|answered+v|mid': 0.947, // 17/17 in 11 replies
  'range|answered+v|mid|asks': 0.667, // 1/1 in 1 replies
  'range|answered+v|mid|doubt': 0.667, // 1/1 in 1 replies
  'range|answered|hi': 0.800, // 3/3 in 2 replies
  'range|answered|hi|asks': 0.333, // 0/1 in 1 replies
  'range|answered|hi|doubt': 0.667, // 1/1 in 1 replies
  'range|answered|lo': 0.750, // 2/2 in 2 replies
  'range|answered|mid': 0.500, // 3/6 in 6 replies
  'range|answered|mid|asks': 0.500, // 2/4 in 3 replies
  'range|not-applicable|hi': 0.997, // 604/605 in 142 replies
  'range|not-applicable|hi|asks': 0.667, // 3/4 in 3 replies
  'range|not-applicable|hi|doubt': 0.987, // 74/74 in 21 replies
  'range|not-applicable|mid': 0.987, // 77/77 in 35 replies
  'range|not-applicable|mid|asks': 0.976, // 39/39 in 9 replies
  'range|not-applicable|mid|doubt': 0.917, // 10/10 in 2 replies
  'range|not-held|hi': 0.980, // 49/49 in 23 replies
  'range|not-held|hi|doubt': 0.857, // 11/12 in 8 replies
  'range|partial+v|lo': 0.333, // 0/1 in 1 replies
  'range|refused|hi': 0.873, // 54/61 in 26 replies
  'range|refused|hi|asks': 0.750, // 2/2 in 1 replies
  'range|refused|hi|doubt': 0.750, // 2/2 in 1 replies
  'range|refused|lo': 0.750, // 2/2 in 1 replies
  'range|signposted|hi': 0.933, // 13/13 in 6 replies
  'range|signposted|hi|doubt': 0.333, // 0/1 in 1 replies
  'range|signposted|lo|doubt': 0.750, // 2/2 in 2 replies
  'range|signposted|mid': 0.941, // 15/15 in 5 replies
  'range|unclear|hi': 0.333, // 0/1 in 1 replies
  'range|unclear|hi|doubt': 0.333, // 0/1 in 1 replies
  'range|unclear|mid': 0.333, // 1/4 in 3 replies
  'range|unclear|mid|doubt': 0.333, // 0/1 in 1 replies
  'reference|answered-v|lo': 0.333, // 0/1 in 1 replies
  'reference|answered+v|lo': 0.977, // 124/126 in 119 replies
  'reference|answered+v|lo|asks': 0.829, // 33/39 in 38 replies
  'reference|answered+v|lo|doubt': 0.981, // 51/51 in 44 replies
  'reference|answered|lo': 0.400, // 3/8 in 8 replies
  'reference|answered|lo|asks': 0.167, // 0/4 in 4 replies
  'reference|answered|lo|doubt': 0.429, // 2/5 in 5 replies
  'reference|not-applicable|lo': 0.500, // 1/2 in 2 replies
  'reference|not-held|lo': 0.990, // 102/102 in 93 replies
  'reference|not-held|lo|asks': 0.667, // 1/1 in 1 replies
  'reference|not-held|lo|doubt': 0.917, // 10/10 in 10 replies
  'reference|refused|lo': 0.971, // 32/32 in 25 replies
  'reference|refused|lo|doubt': 0.700, // 6/8 in 8 replies
  'reference|signposted|lo': 0.917, // 10/10 in 8 replies
  'reference|signposted|lo|asks': 0.750, // 2/2 in 2 replies
  'reference|signposted|lo|doubt': 0.750, // 5/6 in 6 replies
  'reference|unclear|lo': 0.731, // 18/24 in 22 replies
  'reference|unclear|lo|doubt': 0.600, // 8/13 in 13 replies
  'routed|not-applicable|hi': 0.545, // 5/9 in 4 replies
  'routed|not-applicable|hi|asks': 0.250, // 0/2 in 1 replies
  'routed|not-applicable|lo': 0.941, // 15/15 in 8 replies
  'routed|not-applicable|lo|asks': 0.600, // 5/8 in 2 replies
  'routed|not-applicable|lo|doubt': 0.788, // 92/116 in 57 replies
  'routed|not-applicable|mid': 0.889, // 15/16 in 9 replies
  'routed|not-applicable|mid|asks': 0.600, // 2/3 in 3 replies
  'whole|not-held|hi': 0.973, // 68/68 in 7 replies
  'whole|refused|hi': 0.995, // 711/711 in 39 replies
  'whole|refused|hi|doubt': 0.955, // 85/85 in 4 replies
};

/** The highest confidence of an answer with a sign of a misread: below the default threshold. */
export const ASKS_CEILING = 0.9;

/** A suggestion's confidence: the observed accuracy of its kind, or a cautious reading of the raw figure. */
export function calibrate(f: ConfidenceFeatures): number {
  return calibrateWith(CALIBRATION, f);
}

/** `calibrate` with another table (the calibration script's held-out test fits one per left-out set). */
export function calibrateWith(table: Readonly<Record<string, number>>, f: ConfidenceFeatures): number {
  const t = table[featureKey(f)];
  // A kind never seen on the development sets is never sure enough to be written unreviewed.
  let c = t ?? Math.min(0.85, f.raw * (f.how === 'label' ? 0.9 : 0.7)) * (f.doubt || f.asks ? 0.9 : 1);
  // A sign of a misread (the question read as its answer, an id's digit as the value, several
  // choices named) is offered, never written unreviewed, however often such readings were right
  // on the development sets: on unseen layouts they are where confident mistakes come from.
  if (f.asks) c = Math.min(c, ASKS_CEILING);
  // Which sentence of a prose letter answers which question is read from its wording, not from a
  // label: offered, never written unreviewed (proseRefs.ts).
  if (f.how === 'prose') c = Math.min(c, ASKS_CEILING);
  // One statement read as the answer to the whole request, with a doubt about that reading: it
  // decides every question of the reply at once, so it is offered, never written unreviewed, however
  // few replies have tested it (four, all right, when last fitted).
  if (f.how === 'whole' && f.doubt) c = Math.min(c, ASKS_CEILING);
  return Math.round(Math.max(0, Math.min(0.99, c)) * 100) / 100;
}
