// The engine's shared vocabulary: the plain data that flows from files through the core to the
// CLI and the extension. Every module of src/core speaks these types; nothing here does work.

/** A problem in a user's file, always with a position. Lines and columns are 1-based. */
export interface Problem {
  severity: 'error' | 'warning' | 'info';
  /** Stable machine code, e.g. `sidecar-parse`, `questionnaire-schema`, `unknown-id`, `stale-quote`. */
  code: string;
  message: string;
  /** Path of the file the problem is in (as given by the caller), when known. */
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** UTF-16 offsets into the file's text, when known. */
  start?: number;
  end?: number;
}

/** The closed vocabulary of stored statuses (DESIGN §5). */
export const STATUSES = ['answered', 'partial', 'not-held', 'not-applicable', 'refused', 'signposted', 'unclear'] as const;
export type Status = (typeof STATUSES)[number];

/** Each status as the researcher reads it (menus, titles, the coverage view, the dashboard). */
export const STATUS_WORDS: Record<Status, string> = {
  answered: 'answered',
  partial: 'partial',
  'not-held': 'not held',
  'not-applicable': 'not applicable',
  refused: 'refused',
  signposted: 'signposted',
  unclear: 'unclear',
};

/**
 * Computed states that are never stored. `unreadable`: the council has a sidecar that exists but
 * cannot be used, so what it holds for this question is unknown (never shown as missing).
 */
export type ComputedState = 'missing' | 'not-required' | 'unreadable';
export type CellState = Status | ComputedState;

/**
 * The FOI Act sections a refusal is coded under: the eight councils cite most, and the ones police
 * forces, fire services and NHS trusts cite often enough that `other` would hide them (security
 * bodies, national security, investigations, conduct of public affairs, health and safety, legal
 * privilege, prohibitions). Scottish (FOISA) and EIR citations are stored as their UK equivalent.
 */
export const EXEMPTIONS = ['s12', 's14', 's21', 's22', 's23', 's24', 's30', 's31', 's36', 's38', 's40', 's41', 's42', 's43', 's44', 'other'] as const;
export type Exemption = (typeof EXEMPTIONS)[number];

/** What each exemption is, in a few words, for pickers and hovers. */
export const EXEMPTION_NAMES: Readonly<Record<Exemption, string>> = {
  s12: 'cost limit',
  s14: 'vexatious or repeated',
  s21: 'reasonably accessible elsewhere',
  s22: 'intended for future publication',
  s23: 'security bodies',
  s24: 'national security',
  s30: 'investigations',
  s31: 'law enforcement',
  s36: 'conduct of public affairs',
  s38: 'health and safety',
  s40: 'personal information',
  s41: 'provided in confidence',
  s42: 'legal professional privilege',
  s43: 'commercial interests',
  s44: 'prohibited by law',
  other: 'another exemption or none named',
};

export const QUESTION_TYPES = ['text', 'number', 'money', 'percent', 'year', 'duration', 'yes-no', 'choice', 'multi-choice'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Question {
  /** Canonical id, e.g. `Q4a` (see ids.ts). */
  id: string;
  text?: string;
  type: QuestionType;
  unit?: string;
  /** Parent id (`Q4` for `Q4a`), implied by the id unless given. */
  parent?: string;
  /** A heading question ("If the Authority has a CRM system:") that usually gets no answer of its own. */
  heading?: boolean;
  /**
   * The request's own label when it is a decimal one (`2.1` for Q2a) or a roman numeral (`iii` for
   * Q3): councils answer under it, so a reply's "2.1" or "iii)" is read as this question.
   */
  label?: string;
  /**
   * The title of the request's section the question sits under ("Fly-tipping"), when the request
   * numbers each section from 1: a reply's "1." under that section's heading is this section's
   * first question.
   */
  section?: string;
  /** Routing: asked only when every listed question's value matches (one value or any of several). */
  when?: Record<string, string | string[]>;
  /** For choice / multi-choice: the name of a code list in `codes`, or the choices inline. */
  choices?: string | string[];
  /** Position in the questionnaire (0-based), used to order sidecars and reports. */
  order: number;
}

/** One version of the request: the ids it left out, and the labels it gave questions (label → id). */
export interface QuestionnaireVariant {
  omit: string[];
  relabel?: Record<string, string>;
}

export interface Questionnaire {
  version: 1;
  title?: string;
  questions: Question[];
  byId: Map<string, Question>;
  codes: Record<string, string[]>;
  /**
   * Versions of the request some bodies received: the questions each left out (`omit`) and, where
   * it numbered a question differently, the label it used for it (`relabel: { Q7b: Q6c }`).
   */
  variants: Record<string, QuestionnaireVariant>;
  /** Consistency rules (`checks:`), each parsed; rules that do not parse are reported and left out. */
  checks?: QuestionnaireCheck[];
}

/**
 * One rule of the questionnaire's `checks:` as written. The rule is parsed where checks run
 * (checks.ts), not while the questionnaire is read: the editor reads questionnaires on every
 * activation, and only the survey-wide layer needs the rule language.
 */
export interface QuestionnaireCheck {
  /** The rule as written, e.g. `Q4a + Q4b <= Q4`. */
  rule: string;
  message?: string;
  /** A failed rule is an error unless the questionnaire says `severity: warning`. */
  severity: 'error' | 'warning';
  /** Position of the check in the list (0-based). */
  index: number;
  /** 1-based line and column of the rule's first character in the questionnaire. */
  line: number;
  column: number;
}

/** One question marker found in a reply (DESIGN §4). Offsets are UTF-16 code units (VS Code's). */
export interface Marker {
  /** Canonical ids the marker labels; several for ranges and lists (`Q4a-Q4c`, `Q6b/Q6c`). */
  ids: string[];
  /** Offset of the marker label itself (e.g. the `Q4a.` part), after indentation and `>` prefixes. */
  start: number;
  end: number;
  /** 0-based line of the marker. */
  line: number;
  /** The label as written, e.g. `Q4(a)`, `Question 12c:`, `13 – 13d)`. */
  label: string;
  /** Number of `>` quote levels before the marker (0 when not quoted). */
  quoteDepth: number;
  /** Ids that matched the marker's shape but that the questionnaire does not know. */
  unknownIds: string[];
  /** The label is a heading naming the question's topic, tied to it by its words and place (topicHeadings.ts). */
  byTopic?: boolean;
  /**
   * The ids are named in prose, not by a label: at the end of a paragraph's title (`Services
   * (question 5)`, the paragraph below answers them) or in a sentence (`… (question 1).`, `In answer
   * to your questions 4 to 4c, …`, the sentence answers them).
   */
  inProse?: boolean;
}

/** A typed value read from answer text. */
export interface TypedValue {
  /** A number for numeric answers (GBP expanded, separators dropped), "Yes"/"No" for yes/no, else a string, or null. */
  value: number | string | null;
  unit?: string;
}

/** The engine's proposal for one question's answer in one reply. */
export interface Suggestion extends TypedValue {
  id: string;
  status: Status;
  exemption?: Exemption;
  /** 1-based line where the answer text begins. */
  line: number;
  /** UTF-16 offsets of the answer text in the reply. */
  start: number;
  end: number;
  /** The answer text (reply[start, end)). */
  text: string;
  /** 0..1: how sure the engine is of the status (and value). */
  confidence: number;
  /** The marker this answer follows, when there is one. */
  markerStart?: number;
  markerEnd?: number;
  /** Short human reason for the status, e.g. `"18 hours" → s12`. */
  reason?: string;
  /** How the answer was found and judged, e.g. `whole-request refusal, s12, line 52`. */
  why?: string;
  /** The parent id whose answer covers this one, or the id a cross-reference points to. */
  from?: string;
}

export interface ReplyAnalysis {
  council: string | null;
  markers: Marker[];
  answers: Suggestion[];
  problems: Problem[];
  /** The council's request variant (DESIGN §15): ids it was not asked, labels mapped to ids; null when it matches the questionnaire or quotes no request. */
  variant?: { notAsked: string[]; relabelled: Record<string, string> } | null;
}

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector, as stored in a sidecar. */
export interface Quote {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** One coded answer in a sidecar. Unknown keys are kept by the writer, never dropped. */
export interface AnswerEntry {
  status: Status;
  exemption?: Exemption;
  value?: number | string | boolean | null;
  unit?: string;
  note?: string;
  /** `auto` when the engine coded it; a person's handle otherwise. */
  coder?: string;
  quote?: Quote;
}

export interface Sidecar {
  version: 1;
  council?: string;
  /** Variant of the request this council received (a key of the questionnaire's `variants`). */
  variant?: string;
  /** The variant written in place (`variant: { omit: [Q6c] }`): the ids this council was not asked. */
  variantOmit?: string[];
  /** Coded answers keyed by question id, in file order. */
  answers: Map<string, AnswerEntry>;
}
