// The phrases by which councils refuse information, as data: which exemption a phrase names,
// and whether it refuses on its own or only inside refusal wording ("exempt", "withheld").
// Every pattern runs on normalised lower-case text (see `normalise` in classify.ts) and is
// linear: bounded gaps only, no nested quantifiers.
import type { Exemption } from './types';

export interface ExemptionCue {
  exemption: Exemption;
  pattern: RegExp;
  /** Strong cues refuse on their own ("18 hours"); weak ones need refusal wording nearby ("personal data"). */
  strong: boolean;
  /** Short label for the reason shown to the coder. */
  label: string;
  /** Words one of which the text must contain before the pattern is tried (see WordIndex): a cheap gate that keeps long answers fast. */
  needles: readonly string[];
}

/**
 * The words of a text, built once, so that gating a phrase costs a set lookup instead of a
 * scan of the text. A needle of up to three characters must be a whole word ("no", "£");
 * a longer one is a word prefix ("publi" matches "published").
 */
const PREFIX_MAX = 8;

export class WordIndex {
  private readonly words: Set<string>;
  private readonly prefixes = new Set<string>();

  constructor(text: string) {
    this.words = new Set(text.split(/[^a-z0-9£]+/));
    // ("18hrs", "25mins": a figure run onto its unit is both words.)
    for (const w of [...this.words]) {
      const run = /^(\d+)([a-z]+)$/.exec(w);
      if (run) this.words.add(run[1]!).add(run[2]!);
    }
    for (const w of this.words) {
      for (let n = 4; n <= Math.min(w.length, PREFIX_MAX); n++) this.prefixes.add(w.slice(0, n));
    }
  }

  has(needle: string): boolean {
    return needle.length <= 3 ? this.words.has(needle) : this.prefixes.has(needle.length > PREFIX_MAX ? needle.slice(0, PREFIX_MAX) : needle);
  }

  /** True when one of the needles is present (or there are none). */
  any(needles: readonly string[]): boolean {
    return needles.length === 0 || needles.some((n) => this.has(n));
  }
}

export const EXEMPTION_CUES: readonly ExemptionCue[] = [
  // s12: the cost / time limit ("18 hours", "the 18 hour threshold" is local government's).
  // "24 hours" is the limit for central government, and also how long a toilet is open, a control
  // room watched or an emergency visit takes ("10 working days (24 hours where there is a hazard)"):
  // only near refusal wording, and never "open 24 hours", "24 hours a day", "24 hours, 7 days a week".
  { exemption: 's12', strong: true, label: '18 hours', needles: ['hour', 'hrs'], pattern: /\b(?:18|eighteen)[\s-]*(?:working\s+|staff\s+|officer\s+)?(?:hours|hrs|hour\s+(?:threshold|limit))\b/ },
  {
    exemption: 's12',
    strong: false,
    label: '24 hours',
    needles: ['hour', 'hrs'],
    pattern: /(?<!\b(?:open|opening|opened|within|every|monitored|staffed|available|operated?|operating|manned|watched)\s+)\b(?:24|twenty[- ]four)\s*(?:working\s+|staff\s+|officer\s+)?(?:hours|hrs)\b(?!\s*(?:a|per|each|every)\s+day|\s*(?:\/|,|a\s+day,?)\s*(?:7|seven)\b)/,
  },
  // "£450" and "£600" are the cost limits, and also an answer's sum ("Q3(b)  £600"): only near refusal wording.
  { exemption: 's12', strong: false, label: '£450', needles: ['£450', '£600', '450', '600'], pattern: /£\s?(?:450|600)\b/ },
  { exemption: 's12', strong: true, label: 'appropriate limit', needles: ['appropriate'], pattern: /\bappropriate\s+(?:cost\s+)?limit\b/ },
  { exemption: 's12', strong: true, label: 'cost limit', needles: ['limit'], pattern: /\b\(?(?:cost|costs|time|fees?)\)?\s+limits?\b/ },
  { exemption: 's12', strong: true, label: 'exceed the cost', needles: ['exceed'], pattern: /\bexceed(?:s|ed|ing)?\s+the\s+(?:cost|costs|time|limit|amount)\b/ },
  // ("We have estimated that it will cost more than £600 to answer this question": the cost limit, in words.)
  { exemption: 's12', strong: true, label: 'estimated to cost more than', needles: ['estimate', 'estimated'], pattern: /\bestimated?\s+that\s+(?:it|this|compliance|complying|answering|responding|locating)\s+(?:will|would)\s+cost\s+(?:more\s+than|over|in\s+excess\s+of)(?:\s*$|[^.;]{0,40}?\bto\s+(?:comply|answer|respond|provide|supply|locate|retrieve|extract|deal\s+with|process|collate|gather)\b)/ },
  { exemption: 's12', strong: true, label: 'cost of compliance', needles: ['complian', 'complying'], pattern: /\bcost\s+of\s+compl(?:iance|ying)\b/ },
  { exemption: 's12', strong: false, label: 'disproportionate cost', needles: ['disproportionate', 'excessive'], pattern: /\b(?:disproportionate|excessive)\s+(?:cost|amount of time|burden)\b/ },
  // s14: vexatious or repeated.
  { exemption: 's14', strong: true, label: 'vexatious', needles: ['vexatious'], pattern: /\bvexatious\b/ },
  { exemption: 's14', strong: true, label: 'repeated request', needles: ['repeat', 'identical', 'similar'], pattern: /\b(?:repeated|repeat|identical|substantially similar)\s+requests?\b/ },
  // s21: reasonably accessible by other means.
  { exemption: 's21', strong: true, label: 'reasonably accessible', needles: ['reasonably'], pattern: /\breasonably\s+accessible\b/ },
  { exemption: 's21', strong: true, label: 'accessible by other means', needles: ['means'], pattern: /\baccessible\s+(?:to\s+(?:you|the\s+applicant|the\s+requester)\s+)?(?:by|through|via)\s+other\s+means\b/ },
  { exemption: 's21', strong: false, label: 'already published', needles: ['already', 'otherwise'], pattern: /\b(?:already|otherwise)\s+(?:been\s+)?(?:published|available|accessible|in\s+the\s+public\s+domain)\b/ },
  // s22: intended for future publication.
  { exemption: 's22', strong: true, label: 'future publication', needles: ['publi', 'publish'], pattern: /\b(?:intended|intention|due|scheduled|planned)\s+(?:for|to\s+be)\s+(?:future\s+)?publi(?:cation|shed)\b|\bfuture\s+publication\b|\bintends?\s+to\s+publish\b|\bintention\s+(?:is\s+)?to\s+publish\b/ },
  { exemption: 's22', strong: false, label: 'will be published', needles: ['published'], pattern: /\bwill\s+be\s+published\b/ },
  // s31: law enforcement ("the Food Law Enforcement Service Plan" is about food law: no s31).
  { exemption: 's31', strong: true, label: 'law enforcement', needles: ['enforcement'], pattern: /(?<!\bfood\s)\blaw\s+enforcement\b/ },
  { exemption: 's31', strong: true, label: 'prevention or detection of crime', needles: ['prevention'], pattern: /\bprevention\s+(?:or|and|\/)\s+detection\s+of\s+crime\b|\bprejudice\s+(?:to\s+)?the\s+prevention\b/ },
  { exemption: 's31', strong: false, label: 'security of systems', needles: ['security', 'cyber', 'hack', 'malicious'], pattern: /\b(?:security\s+of\s+(?:the\s+|our\s+|its\s+|council(?:'s)?\s+)?(?:it\s+|ict\s+|computer\s+|information\s+)?(?:systems?|networks?|infrastructure)|cyber[- ]?(?:attacks?|security|crime|criminals?)|(?:it|ict|information|network|systems?)\s+security|hackers?|malicious\s+(?:actors?|attacks?))\b/ },
  // s40: personal information.
  { exemption: 's40', strong: false, label: 'personal data', needles: ['personal', 'third', 'identif', 'protection', 'gdpr'], pattern: /\b(?:personal|third[- ]party)\s+(?:data|information|details)\b|\bidentif(?:y|iable|ication\s+of)\s+(?:individuals?|living|members\s+of\s+staff|employees|staff|people|persons)\b|\bdata\s+protection\s+(?:principles?|act|legislation|rights)\b|\bgdpr\b/ },
  // s41: provided in confidence.
  { exemption: 's41', strong: true, label: 'provided in confidence', needles: ['confidence'], pattern: /\b(?:provided|supplied|given|obtained|received|shared)\b[^.;\n]{0,40}?\bin\s+confidence\b|\b(?:actionable\s+)?breach\s+of\s+confidence\b/ },
  // s43: commercial interests.
  { exemption: 's43', strong: true, label: 'commercially sensitive', needles: ['commercial'], pattern: /\bcommercially\s+(?:sensitive|confidential)\b|\bcommercial\s+in\s+confidence\b|\bprejudic(?:e|ial)\s+(?:to\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w']+\s+){0,3}commercial\b|\bcommercial\s+(?:sensitivity|prejudice)\b/ },
  { exemption: 's43', strong: false, label: 'commercial interests', needles: ['commercial', 'secret'], pattern: /\bcommercial\s+(?:interests?|reasons|confidentiality)\b|\btrade\s+secrets?\b/ },
  // Exemptions named by their words without a number.
  { exemption: 's42', strong: true, label: 'legal professional privilege', needles: ['privilege'], pattern: /\blegal(?:\s+professional)?\s+privilege\b/ },
  { exemption: 's36', strong: true, label: 'conduct of public affairs', needles: ['affairs'], pattern: /\bconduct\s+of\s+public\s+affairs\b/ },
  { exemption: 's38', strong: false, label: 'health and safety', needles: ['endanger'], pattern: /\bendanger\s+the\s+(?:physical|mental)?\s*health\b/ },
  { exemption: 's24', strong: false, label: 'national security', needles: ['national'], pattern: /\bnational\s+security\b/ },
];

/**
 * Words that turn a weak cue or a bare section number into a refusal: the information is
 * being kept back, not merely mentioned ("exempt", "withheld", "unable to disclose", "see the
 * section 12 notice").
 */
export const REFUSAL_WORDING =
  /\b(?:exempt(?:ion|ions|ed)?|except(?:ed|ion|ions)\s+(?:from|under|applies|is\s+engaged)|manifestly\s+unreasonable|confirm\s+(?:or|nor)\s+deny|withh(?:eld|old|olding)|refus(?:e|ed|al|ing)|engag(?:e|ed|es|ing)|rel(?:y|ies|ying)\s+(?:on|upon)|public\s+interest\s+test|prejudice|(?:not|cannot|can't|unable\s+to|decline\s+to|declined\s+to)\s+(?:be\s+)?(?:disclos|releas|provid|shar|supply|suppli|divulg|publish|comply)\w*|(?:would|will)\s+not\s+(?:be\s+)?(?:disclos|releas|provid|shar)\w*|applies|applied|applying\s+(?:section|s\.?)|under\s+(?:section|s\.?\s?)\d|(?:section|s\.?)\s?\d{2}\s+notice\b)/;

/**
 * Section numbers of the FOI Act that refuse information, mapped to the stored vocabulary.
 * Procedural sections (1 the right of access, 17 the refusal notice, 50 complaints) are not
 * exemptions and map to nothing. `scottish`: the numbering of the Freedom of Information
 * (Scotland) Act 2002, mapped to the equivalent UK exemption.
 */
export function exemptionForSection(section: number, scottish = false): Exemption | undefined {
  // FOISA: 25 otherwise accessible, 26 prohibitions, 27 future publication, 30 conduct of public
  // affairs, 31 national security, 33 commercial interests, 34 investigations, 35 law enforcement,
  // 36 confidentiality, 38 personal information, 39 health and safety; 17 is the not-held notice.
  if (scottish) {
    switch (section) {
      case 12: return 's12';
      case 14: return 's14';
      case 25: return 's21';
      case 27: return 's22';
      case 30: return 's36';
      case 31: return 's24';
      case 33: return 's43';
      case 34: return 's30';
      case 35: return 's31';
      case 36: return 's41';
      case 38: return 's40';
      case 39: return 's38';
      case 26: return 's44';
      default: return section >= 26 && section <= 41 ? 'other' : undefined;
    }
  }
  switch (section) {
    // (The UK Act's section 25 exempts nothing: a letter applying "section 25" is under FOISA,
    // where it is the information otherwise accessible.)
    case 25: return 's21';
    case 12: case 13: return 's12';
    case 14: return 's14';
    case 21: return 's21';
    case 22: return 's22';
    case 23: return 's23';
    case 24: return 's24';
    case 30: return 's30';
    case 31: return 's31';
    case 36: return 's36';
    case 38: return 's38';
    case 40: return 's40';
    case 41: return 's41';
    case 42: return 's42';
    case 43: return 's43';
    case 44: return 's44';
    default: return section >= 23 && section <= 44 ? 'other' : undefined;
  }
}

/**
 * EIR regulations used like FOI exemptions: 12(4)(b) manifestly unreasonable (cost) → s12,
 * 12(5)(e) commercial confidentiality → s43, 13 personal data → s40; the rest → other.
 * 12(4)(a) ("not held") is no refusal and maps to nothing.
 */
export function exemptionForRegulation(reg: string): Exemption | undefined {
  const r = reg.replace(/\s+/g, '');
  if (r.startsWith('12(4)(a)')) return undefined;
  if (r.startsWith('12(4)(b)')) return 's12';
  if (r.startsWith('12(5)(e)')) return 's43';
  if (r.startsWith('13')) return 's40';
  if (r.startsWith('12(')) return 'other';
  return undefined;
}

/**
 * `section 12(1)`, `s.43(2)`, `S40 (2)`, `sections 40 and 43`; the bare `s` must touch its digits so
 * "council's 12" is no citation (or have its subsection: "FOISA s 25(1)"). ("Section 23C Children Act 1989": a letter right after the number makes it
 * another Act's section; the FOI Acts have none.)
 */
export const SECTION_CITATION = /\b(?:sections?\s*|sect\.\s*|s\.\s?|s(?=\d)|s\s(?=\d{1,2}\s?\(\s?\d\s?\)))(\d{1,2})(?![A-Za-z])(?:\s*\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?(?!\d|\.\d)/g;

/** `regulation 12(5)(e)`, `reg. 13` (never the year of "the Environmental Information Regulations 2004"). */
export const REGULATION_CITATION = /\b(?:regulations?|reg\.?)\s*(\d{1,2}(?!\d)(?:\s*\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?)/g;
