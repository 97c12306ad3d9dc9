// Confidence that means what it says: a suggestion's raw certainty (the classifier's) and how it
// was found are mapped to the share of such suggestions found right on the development sets, and
// Auto-code writes only at or above one default threshold shared by the CLI (`autotag`) and the
// extension (`foiCoder.suggestions.minConfidence`). The table is refitted by
// `npx tsx scripts/calibrate.ts` (it prints CALIBRATION to paste below).

/** Auto-code's default threshold (CLI `autotag --min-confidence`, the extension's setting default). */
export const DEFAULT_MIN_CONFIDENCE = 0.95;

/** How an answer was found: its own label, a range label, its parent's answer, a cross-reference, a whole- or partial-request statement. */
export type HowFound = 'label' | 'range' | 'parent' | 'reference' | 'whole' | 'partial';

export interface ConfidenceFeatures {
  how: HowFound;
  status: string;
  /** The classifier's own confidence, 0..1. */
  raw: number;
  /** The question asks for a number, money, a percentage, a year, a duration, yes/no or a choice. */
  typed: boolean;
  hasValue: boolean;
}

/** The calibration key of a suggestion: how found, status (with value presence for typed questions), raw band. */
export function featureKey(f: ConfidenceFeatures): string {
  const band = f.raw >= 0.9 ? 'hi' : f.raw >= 0.75 ? 'mid' : 'lo';
  const status = f.typed && (f.status === 'answered' || f.status === 'partial') ? `${f.status}${f.hasValue ? '+v' : '-v'}` : f.status;
  return `${f.how}|${status}|${band}`;
}

/** Observed share right per key on the development sets (Laplace-smoothed), refitted by scripts/calibrate.ts. */
// prettier-ignore
export const CALIBRATION: Readonly<Record<string, number>> = {
  'label|answered+v|hi': 0.996, // 476/476 in 52 replies
  'label|answered+v|mid': 0.986, // 71/71 in 40 replies
  'label|answered|hi': 0.571, // 3/5 in 5 replies
  'label|answered|lo': 0.955, // 20/20 in 20 replies
  'label|answered|mid': 0.979, // 93/94 in 47 replies
  'label|not-applicable|hi': 0.990, // 94/94 in 30 replies
  'label|not-applicable|mid': 0.750, // 2/2 in 2 replies
  'label|not-held|hi': 0.977, // 42/42 in 23 replies
  'label|not-held|lo': 0.800, // 3/3 in 2 replies
  'label|not-held|mid': 0.833, // 4/4 in 3 replies
  'label|partial+v|hi': 0.750, // 2/2 in 2 replies
  'label|partial+v|lo': 0.947, // 17/17 in 16 replies
  'label|refused|hi': 0.943, // 32/33 in 21 replies
  'label|refused|lo': 0.333, // 0/1 in 1 replies
  'label|signposted|hi': 0.941, // 15/15 in 12 replies
  'label|signposted|lo': 0.857, // 5/5 in 5 replies
  'label|signposted|mid': 0.667, // 1/1 in 1 replies
  'label|unclear|lo': 0.786, // 10/12 in 11 replies
  'label|unclear|mid': 0.714, // 4/5 in 5 replies
  'parent|not-applicable|hi': 0.971, // 33/33 in 9 replies
  'parent|not-applicable|mid': 0.833, // 4/4 in 1 replies
  'partial|refused|hi': 0.750, // 2/2 in 1 replies
  'range|answered+v|hi': 0.750, // 2/2 in 1 replies
  'range|not-applicable|hi': 0.988, // 80/80 in 20 replies
  'range|not-applicable|mid': 0.857, // 5/5 in 1 replies
  'range|not-held|hi': 0.952, // 19/19 in 7 replies
  'range|refused|hi': 0.833, // 9/10 in 4 replies
  'reference|answered+v|lo': 0.900, // 8/8 in 7 replies
  'reference|not-held|lo': 0.875, // 6/6 in 5 replies
  'reference|refused|lo': 0.889, // 7/7 in 5 replies
  'reference|unclear|lo': 0.600, // 2/3 in 3 replies
  'whole|not-held|hi': 0.833, // 4/4 in 1 replies
  'whole|refused|hi': 0.969, // 139/139 in 6 replies
};

/** A suggestion's confidence: the observed accuracy of its kind, or a cautious reading of the raw figure. */
export function calibrate(f: ConfidenceFeatures): number {
  const t = CALIBRATION[featureKey(f)];
  const c = t ?? Math.min(0.85, f.raw * (f.how === 'label' ? 0.9 : 0.7));
  return Math.round(Math.max(0, Math.min(0.99, c)) * 100) / 100;
}
