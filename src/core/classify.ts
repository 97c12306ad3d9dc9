// The answer classifier: reads one answer's text and proposes its status (answered,
// not-held, refused + exemption, …) with a confidence and a short reason for the coder.
// It works clause by clause, so an answer that gives a figure and says another part is
// not held reads as partial. Pure, linear-time (bounded regex gaps only), never throws.
import { normalizeId } from './ids';
import { ANSWER_POINTER, DOCUMENT_LINK_LINE_RE, NONE_RECORDED_RE, THRESHOLD_SUM } from './values';
import { EXEMPTION_CUES, WordIndex, REFUSAL_WORDING, REGULATION_CITATION, SECTION_CITATION, exemptionForRegulation, exemptionForSection } from './exemptions';
import type { Exemption, Question, Status } from './types';

export interface Classification {
  status: Status;
  exemption?: Exemption;
  /** 0..1 */
  confidence: number;
  reason?: string;
  /** Set when the answer only refers to another question's answer ("As above", "see Q4a"). */
  crossRef?: string | 'previous';
  /** A reading careful readers split on: offered, never auto-coded. */
  doubtful?: boolean;
}

/** Answers longer than this are classified on their beginning: the signals are there, and the cost stays bounded. */
const MAX_ANALYSED = 20_000;

/**
 * Lower-case, with smart quotes, dashes and odd spaces folded, so phrase tables need one
 * spelling; a hard-wrapped line that continues in lower case is joined to the next, so a
 * sentence stays one clause.
 */
export function normalise(text: string): string {
  return text
    // "we hold no informa-⏎tion": a word hyphenated at the line's end is one word.
    .replace(/([a-z])-[ \t]*\r?\n[ \t]*(?=[a-z]{2,}\b)/g, '$1')
    .replace(/([^\n.:;!?])[ \t]*\r?\n(?=[ \t]*[a-z(])/g, '$1 ')
    .replace(/[\u2018\u2019\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v]/g, ' ')
    .toLowerCase()
    .replace(FORM_CHOICE_RE, '$1');
}

/** A form letter's template "Information is/is not held (delete as appropriate)" chooses neither: read as "is". */
const FORM_CHOICE_RE = /\b(is|are)\s?\/\s?(?:is|are)\s+not\b/gi;

// ---- phrase tables -------------------------------------------------------------------

const NOT_APPLICABLE_LEAD = /^[\s"'(*-]*(?:n\s?\/\s?a\b|n\.\s?a\b\.?|na\b(?!\w)|not\s+applicable\b|non[- ]applicable\b|does\s*(?:not|n't)\s+apply\b|(?:so\s+)?questions?\s+\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*\d{1,3}[a-z]?)*\s+(?:does|do)\s*(?:not|n't)\s+(?:apply|arise)\b|not\s+relevant\b|no\s+longer\s+applicable\b)/;
// ("Not answered - your routing note asks for this only where the Authority has a CRM.": the
// request's own routing leaves it out.)
// ("… so there is no fee and the question of a reduced fee or waiver does not arise": the question
// named by its subject.)
/** "… of Q13 applies", "… of these apply": after "none", the questions named as not applying. */
const OF_NONE_APPLYING = String.raw`\s+of\s+(?:q(?:uestion)?\s*\.?\s*\d{1,3}[a-z]?|these|those|them|the\s+(?:above|questions?|parts?)|(?:this|that)\s+(?:question|section))[^.;]{0,20}?\bappl(?:y|ies)\b`;
// ("None of Q13 applies – we have a CRM": the question and its parts, none of them applying.)
const NOT_APPLICABLE_ANY = new RegExp(String.raw`\bnone${OF_NONE_APPLYING}|\bnot\s+relevant\b|\byour\s+(?:routing(?:\s+note)?|instructions)\b[^.]{0,40}\b(?:only|just)\s+(?:where|if|when)\b|\b(?:question|this)\s+does\s*(?:not|n't)\s+arise\b|\bthe\s+question\s+of\s+[^.;:]{1,60}?\s+does\s*(?:not|n't)\s+(?:arise|apply)\b|\bnot\s+applicable\b|\b(?:question|this)\s+does\s*(?:not|n't)\s+apply\b|\b(?:these|those|the(?:se)?\s+(?:questions|parts))\s+do\s*(?:not|n't)\s+apply\b|(?:^|\s)n\/a(?:$|[\s.,;)])`);

const INFO_NOUN = String.raw`(?:information|data|records?|figures?|details|statistics|stats|breakdown|list|register|central\s+record|log|numbers|counts?|totals?|photographs?|photos?|pictures?|images?)`;
const NOT_HELD: readonly RegExp[] = [
  // Verbs about data ("we do not record uptake") say nothing is held whatever their object.
  // ("We do not, however, record the number of active accounts".)
  // ("( we do not breakdown payments by party)": the breakdown asked for is not kept.)
  /\b(?:do|does|did)\s*(?:not|n't)(?:,?\s+however,)?\s+(?:currently\s+|centrally\s+|routinely\s+|specifically\s+|formally\s+|separately\s+|systematically\s+|consistently\s+)?(?:record|collect|collate|compile|capture|measure|monitor|track|log|quantify|calculate|analyse|analyze|report\s+(?:on|against)|break\s?-?\s?down)\b/,
  /^[\s"'(*-]*no\s+(?:data|figures|records|statistics|information)\b|^[\s"'(*-]*none\s+(?:recorded|held|known|kept)\b/,
  /\b(?:(?:not\s+able|unable)\s+to|cannot|can't)\s+(?:say|tell|confirm\s+(?:how|which|whether|what)|determine|break\s+(?:this|it|that)\s+down|(?:provide|give|supply)\s+(?:you\s+with\s+)?(?:a|any|the|this|that)\s+(?:further\s+)?break\s?-?\s?down|(?:separate|isolate|identify|distinguish)\s+(?:(?:the|this|that|these|those|a|any|their|its)\s+)?(?:[a-z-]+\s+)?(?:number|figure|figures|cost|costs|spend|data|information|amount|payments?|expenditure)\b|differentiate\s+between\b)\b|\b(?:cannot|can\s*not|can't)\s+be\s+(?:extracted|separated|isolated|identified|disaggregated|broken\s+down|split(?:\s+(?:out|down))?)\b|\b(?:could\s*not|couldn't)\s+be\s+(?:extracted|separated|isolated|disaggregated|broken\s+down|split(?:\s+(?:out|down))?)\b/,
  new RegExp(String.raw`\b(?:do|does|did|can)\s*(?:not|n't)\s+(?:currently\s+|centrally\s+|routinely\s+|specifically\s+|formally\s+|actually\s+)?(?:hold|keep|retain|record|collect|capture|maintain|monitor|measure|track|log|have|store)\b(?!\s+to\s)(?:\s+(?:this|that|these|it|such|them|how|whether|which|what|who|when|the\s+number)\b|[^.;\n]{0,50}?\b${INFO_NOUN}\b)`),
  // ("… so the council does not know what proportion of its PDFs have been checked.")
  /\b(?:do|does|did)\s*(?:not|n't)\s+know\s+(?:what|how|which|whether|the)\b/,
  // ("Bookings … were kept in a paper diary and have not been collated".)
  /\b(?:has|have|had)\s+not\s+been\s+(?:collated|compiled|recorded|collected|kept|captured)\b/,
  // ("Agency staff and contractors … are not separately coded, so we cannot give a figure for them.")
  // (Not a relative clause about things: "Ashes that are not collected within 3 months are scattered".)
  /(?<!\b(?:that|which|who)\s)\b(?:(?:is|are|was|were|been)\s+not|(?:is|are|was|were)n['’]t)\s+(?:currently\s+|centrally\s+|routinely\s+|specifically\s+|formally\s+|separately\s+)?(?:held|recorded|collected|collated|compiled|captured|kept|retained|maintained|monitored|measured|metered|tracked|logged|stored|coded|itemised|itemized)\b/,
  // (Nor things described by a time limit: "Trolleys not collected within that time are seized".)
  /(?<!\b(?:that|which|who)\s(?:is|are|was|were))(?:^|[\s(-])not\s+(?:held|recorded|known|collected|collated|measured|monitored|tracked|captured|kept|logged|calculated)\b(?!\s+(?:within|after|before|until|in\s+time)\b)/,
  // ("… and no records of the implementation timetable have been retained.")
  new RegExp(String.raw`\bno\s+(?:such\s+|relevant\s+|recorded\s+|central\s+|specific\s+|further\s+)*${INFO_NOUN}(?:\s+(?:of|on|about|for)\s+[^.;\n]{1,50}?)?\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:held|recorded|available|kept|retained|exists?|collected|maintained|found|located)\b`),
  new RegExp(String.raw`\b(?:hold|holds|held|have|has|keep|keeps|retain|retains)\s+no\s+(?:such\s+|relevant\s+|recorded\s+|specific\s+|separate\s+|individual\s+|further\s+)*${INFO_NOUN}`),
  /\bno\s+(?:recorded\s+)information\b|\bno\s+information\s+(?:held|on\s+this|regarding|about|relating)\b/,
  /\b(?:does|do)\s*(?:not|n't)\s+exist\b|\bno\s+such\s+(?:information|data|records?|list|document)\b/,
  /(?:\bnot|n't)\s+(?:something|information|data)\s+(?:that\s+|which\s+)?(?:we|the\s+(?:council|authority))\s+(?:currently\s+|routinely\s+)?(?:(?:hold|record|collect|keep|capture|measure|track|monitor)s?|reports?\s+on)\b/,
  /\b(?:there\s+is|there\s+are|we\s+(?:have|keep|hold)|the\s+council\s+(?:has|keeps|holds)|the\s+authority\s+(?:has|keeps|holds))\s+no\s+(?:one\s+|single\s+|central\s+|formal\s+|such\s+|local\s+|separate\s+)*(?:records?|lists?|registers?|logs?|database|inventory|data\s?sets?)\b/,
  // ("22 for the period – a breakdown is not available due to the change in software")
  // ("2018/19 figures not yet available but repairs ongoing": a year's figures not there yet.)
  new RegExp(String.raw`\b(?:this|the|such|a|any)\s+(?:further\s+|yearly\s+|annual\s+|detailed\s+)?${INFO_NOUN}\s+(?:is|are)\s+not\s+(?:available|held)\b|\b(?:19|20)\d\d(?:\s?[/-]\s?\d{2,4})?\s+${INFO_NOUN}\s+(?:(?:is|are)\s+)?not\s+(?:yet\s+)?available\b`),
  /\bregulation\s*12\s*\(\s*4\s*\)\s*\(\s*a\s*\)/,
  // "… recorded only where a customer books in advance, so we cannot give a total figure for all visits".
  /\b(?:cannot|can't|(?:not\s+able|unable)\s+to)\s+(?:give|provide|supply)\s+(?:a|an|the)\s+(?:total|full|complete|combined|overall|single|separate)\s+(?:figure|number|count|breakdown)\b|\b(?:cannot|can't|(?:not\s+able|unable)\s+to)\s+(?:give|provide|supply)\s+(?:you\s+)?(?:a|any|the)\s+(?:figure|number|count|breakdown|cost)\s+for\s+(?:this|that|these|those)\s+(?:[a-z-]+\s+)?[a-z]{3,}\b|\b(?:cannot|can't|(?:not\s+able|unable)\s+to)\s+(?:give|provide|supply)\s+(?:you\s+)?(?:a|any|the)\s+(?:figure|number|count|breakdown|cost)\s+for\s+the\s+(?:[a-z-]+\s+)?(?:element|part|portion|aspect|component|item)\b/,
  // "we cannot answer 4(a) or 4(b) from the information we hold".
  /\b(?:cannot|can't|(?:not\s+able|unable)\s+to)\s+(?:answer|provide|give)\b[^.;\n]{0,60}\b(?:from|with|in)\s+the\s+(?:information|records?|data)\s+(?:we|the\s+(?:council|authority))\s+holds?\b/,
  // "Plot numbers for those sites are held by the associations and not by the council".
  /\b(?:is|are)\s+(?:only\s+)?(?:held|kept|recorded|maintained)\s+by\s+(?:the\s+|each\s+|individual\s+)?(?!council\b|authority\b|us\b|our\b)[a-z]+[^.;\n]{0,60}?\bnot\s+(?:by\s+)?(?:the\s+)?(?:council|authority|us)\b/,
  // "We don't hold contractor payroll costs": in a reply, to hold is to hold information, whatever
  // its object ("does not hold a CRM" is a thing the council has not got).
  /\b(?:do|does|did)\s*(?:not|n't)\s+(?:currently\s+|centrally\s+|separately\s+)?hold\b(?!\s+(?:a|an|one)\b)/,
  // "exempt under Section 17 of the Freedom of Information (Scotland) Act": FOISA's section 17 is
  // the notice that the information is not held.
  // ("Under FOISA s 17(1) we give notice that …": the Act named first.)
  /\bsection\s*17(?:\s*\(\s*1\s*\))?\s+of\s+(?:the\s+)?(?:freedom\s+of\s+information\s+\(scotland\)\s+act|foisa|foi\s?\(s\)\s?a)\b|\b(?:foisa|foi\s?\(s\)\s?a)\s+(?:s\.?\s?|section\s*)17\b/,
  // "Associations hold their own lists": the rest is kept by someone else.
  /\b(?:associations?|societies|trusts?|contractors?|providers?|operators?|parish(?:\s+and\s+town)?\s+councils|schools|academies|landlords?|they)\s+(?:hold|keep|maintain|manage)\s+their\s+own\s+(?:lists?|records?|registers?|data|figures)\b/,
  // "… as this does not come under the responsibility of the Borough Council. This comes under the
  // responsibility of Westmarsh County Council.": another authority's business, not held here.
  /\b(?:does|do|did)\s*(?:not|n't)\s+(?:come|fall|sit)\s+(?:under|within)\s+(?:the\s+)?(?:responsibility|remit|jurisdiction|control)\s+of\b|\b(?:is|are)\s+not\s+(?:the\s+)?(?:responsibility|remit|function)\s+of\s+(?:this|the)\s+(?:council|authority)\b/,
  // "… so we no longer hold a figure for 2024."
  // ("… held on our previous case management system and are no longer retrievable".)
  /\bno\s+longer\s+(?:holds?|ha(?:ve|s)|keeps?|records?|retains?)\b|\b(?:is|are|was|were)\s+no\s+longer\s+(?:retrievable|available|accessible|held|kept)\b/,
  // "Unable to answer - we do not have reports available": the reports asked for are not there.
  /\b(?:do|does)\s*(?:not|n't)\s+have\s+(?:any\s+|such\s+|the\s+|these\s+)?(?:reports?|documents?|assessments?)\s+(?:available|to\s+hand)\b/,
  // "This would have to be sent to the prosecuting authority": another body's to answer.
  /^\W*(?:this|that|these|it|the\s+question|this\s+question|this\s+part|your\s+question)\s+(?:would|will|should)\s+(?:need\s+to\s+|have\s+to\s+)?be\s+(?:directed|addressed|redirected|referred|sent|put)\s+to\s+(?!(?:the\s+|this\s+)?(?:council|authority)\b|us\b)[a-z]/,
  // ("This question asks for opinion, whereas an FOI request should be a request for recorded
  // information": no record answers it.)
  /\b(?:question|request)\s+(?:asks?|is\s+asking)\s+(?:for\s+)?(?:an?\s+|our\s+)?opinions?\b/,
  // ("… the salt only element of this cost is not identified": the figure asked for is not kept apart.)
  /\b(?:cost|costs|figure|figures|amount|element|spend|expenditure)\b[^.;]{0,30}?\b(?:is|are)\s+not\s+(?:separately\s+)?identified\b/,
  // ("We only measure this in percentages - our availability was 81.8%": kept in another form, the
  // count asked for is not held.)
  /\bonly\s+(?:measure|measures|record|records|collect|collects|capture|captures|hold|holds|report|reports)\s+(?:this|these|it|that|them)\s+(?:in|as)\b/,
  // ("The Council has undertaken a search of its records and failed to locate any relevant records".)
  // ("The parish council has no responsibility for street lighting …": another body's business.)
  // ("… we have no way of counting the individual residents behind them": nothing to count from.)
  /\b(?:has|have)\s+no\s+(?:responsibility|remit)\s+for\b|\b(?:has|have)\s+no\s+(?:way|means)\s+of\s+(?:counting|identifying|knowing|telling|separating|calculating|measuring|establishing|determining)\b/,
  // ("Grounds maintenance lies with the District Council rather than ourselves … I suggest you send
  // this request to them": another body's work, so nothing is held here.)
  /\b(?:lies|rests|sits)\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:council|authority|police|trust|board|agency)\s+rather\s+than\s+(?:ourselves|us|with\s+us|this\s+(?:council|authority))\b|\bi\s+(?:would\s+)?suggest\s+(?:that\s+)?you\s+(?:send|direct|redirect|forward|submit|address|re-?submit)\s+(?:this|your)\s+(?:e-?mail\s+|foi\s+)?request\s+to\b/,
  /\b(?:failed|unable|not\s+able)\s+to\s+(?:locate|find|identify)\s+any\s+(?:relevant\s+|such\s+)?(?:records?|information|documents?|data)\b|\b(?:did|could)\s*(?:not|n't)\s+(?:locate|find)\s+any\s+(?:relevant\s+|such\s+)?(?:records?|information|documents?)\b/,
  // ("Foundry College would hold this information …", "The certificates are held by the police's
  // enforcement team. Please contact them directly to request this information": another body's.)
  /\b(?!(?:we|i|the\s+council|the\s+authority|this\s+council|it)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+(?:would|will|should|may|might)\s+hold\s+(?:this|that|the|such)\s+information\b|\b(?:information|certificates?|records?|data|figures?)\b[^.;]{0,40}\b(?:is|are)\s+held\s+by\s+(?!(?:the\s+|this\s+)?(?:council|authority|trust|department|service)\b|us\b|ourselves\b|our\b|its\b)[a-z]|\bplease\s+contact\s+(?:the\s+)?[\w'’ ()-]{2,60}?\s+directly\s+(?:to|for|about|regarding)\b/,
  // ("The custody database records the fact that an individual was arrested at the Airport, but not
  // the specific flight they arrived on": what is kept stops short of the detail asked for.)
  // ("… unable to provide this data from 2012 due to a change in system used": records lost to a
  // change of system are not held.)
  /\b(?:unable\s+to|not\s+able\s+to|cannot|can't)\s+(?:provide|give|supply|extract|report)\b[^.;]{0,80}?\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of|following)\s+(?:a|the)\s+(?:change|move|migration|switch)\s+(?:in|of|to|between)\s+(?:the\s+|our\s+)?(?:(?:computer|case\s+management|recording|it|housing)\s+)?(?:systems?|software|databases?)\b/,
  // (Read clause by clause, the "but not …" clause alone.)
  /(?:\b(?:records?|recorded|holds?|keeps?|captures?|logs?)\b[^.;]{0,120}?,?\s+|^\W*)but\s+not\s+(?:the\s+|which\s+|what\s+)?(?:specific|exact|individual|particular|precise|actual)\b/,
  // ("… not able to provide a response about the number …, due to the recruitment system only storing
  // data for one year", "records are only kept for two years", "destroyed in line with our retention
  // schedule": kept for a time and gone since, so not held.)
  /\bonly\s+(?:stor|keep|kept|hold|held|retain)\w*\s+(?:the\s+)?(?:data|records?|information|details)\s+for\s+(?:(?:one|two|three|four|five|six|seven|\d{1,2})\s+)?(?:years?|months?)\b|\b(?:data|records?|information|details)\s+(?:is|are)\s+only\s+(?:stored|kept|held|retained)\s+for\s+(?:(?:one|two|three|four|five|six|seven|\d{1,2})\s+)?(?:years?|months?)\b|\b(?:destroyed|deleted|disposed\s+of)\s+(?:in\s+(?:line|accordance)\s+with|under)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}retention\b/,
  // ("We do not put costs to fires", "the council does not attribute a cost to each incident": no
  // figure is kept for what is asked.)
  /\b(?:do|does|did)\s*(?:not|n't)\s+(?:attribute|assign|allocate|apportion|put|attach)\s+(?:a\s+|any\s+)?(?:costs?|figures?|values?|spend)\s+(?:to|against)\b/,
  // ("As a result, no costs of any stolen items are held.")
  /\bno\s+(?:such\s+|further\s+)?(?:costs?|spend|expenditure)(?:\s+(?:of|on|for)\s+[^.;\n]{1,50}?)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:held|recorded|available)\b/,
];
/** "The information below therefore shows …", "the table below gives …": figures given in place of those asked. */
export const GIVEN_INSTEAD_RE = /\b(?:the\s+)?(?:information|table|figures?|data|breakdown)\s+(?:below|attached)\s+(?:therefore\s+|instead\s+)?(?:shows?|gives?|provides?|sets?\s+out|details?|lists?)\b|\b(?:instead|however),?\s+(?:we|i)\s+(?:can|have)\s+(?:provided?|given|supplied|included|set\s+out)\b/i;
/** "No capacity projection has been carried out": the work that would give the answer was never done. */
const NOT_DONE_RE = /^\W*no\s+(?:[\w-]+\s+){0,3}?(?:projections?|forecasts?|assessments?|analys[ie]s|stud(?:y|ies)|surveys?|audits?|estimates?|calculations?|modelling|evaluations?)\s+(?:has|have)\s+(?:yet\s+)?been\s+(?:carried\s+out|undertaken|done|made|produced|completed|conducted|prepared|commissioned)\b/;
/** "What is the target time …", "the service standard for …": a question that asks for a target. */
const TARGET_ASKED_RE = /\b(?:target|service\s+standard|timescale)s?\b/i;
/** "No target is set", "There is no service standard", "We do not have a target": the target asked for does not exist. */
const NO_TARGET_RE = /^\W*(?:there\s+is\s+no|no|(?:we|the\s+(?:council|authority))\s+(?:do|does)\s*(?:not|n't)\s+(?:have|set)\s+(?:a|any))\s+(?:formal\s+|set\s+|specific\s+|local\s+|agreed\s+)?(?:target|service\s+standard|timescale)s?\b(?!\s+(?:was|were)\s+(?:met|missed))/;
/** Cheap gates for NOT_HELD, index by index. */
const NOT_HELD_NEEDLES: readonly (readonly string[])[] = [
  ['not', 'don', 'doesn', 'didn'], ['no', 'none'], ['not', 'unable', 'cannot', 'can', 'couldn'],
  ['not', 'cannot', 'don', 'doesn', 'didn', 'can'], ['not', 'don', 'doesn', 'didn'], ['not'], ['not', 'isn', 'aren', 'wasn', 'weren'], ['not'], ['no'], ['no'], ['no'], ['exist', 'no'], ['not', 'isn', 'aren', 'wasn', 'isn\'t', 'aren\'t'], ['no'], ['not'], ['regulation'], ['cannot', 'can', 'unable', 'able'], ['cannot', 'can', 'unable', 'able'], ['held', 'kept', 'recorded', 'maintained'], ['not', 'don', 'doesn', 'didn'], ['17'], ['own'], ['not', 'don', 'doesn', 'didn'], ['longer'], ['not', 'don', 'doesn'], ['directed', 'addressed', 'redirected', 'referred', 'sent', 'put'], ['opinion', 'opinions'], ['identified'], ['only'], ['responsibility', 'remit', 'way', 'means'], ['rather', 'suggest'], ['locate', 'find', 'identify'], ['hold', 'held', 'directly'], ['unable', 'able', 'cannot', 'can'], ['but'], ['only', 'destroyed', 'deleted', 'disposed'], ['not', 'don', 'doesn', 'didn'], ['no'],
];
/**
 * "employs nine passenger assistants": a number word counting the noun after it (not "one of", a
 * length of time, or "the three community libraries" named again).
 */
/** "one employment tribunal claim was brought …", "Only one site …": a count of one opening its clause. */
const ONE_OPENS_RE = /^\W*(?:only\s+)?one\s+[a-z]{3,}/i;
const COUNT_IN_WORDS = /(?<!\b(?:the|these|those|all|about|around|approximately|some|each|every)\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?!of\b|or\b|and\b|to\b|(?:working\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|times?)\b)[a-z]{3,}/i;
/**
 * "Various.", "Numerous", "It varies": a vague word and nothing else. ("Various, depending on the
 * district.": what it depends on names none of them.)
 */
const VAGUE_ALONE_RE = /^\W*(?:various|numerous|many|several|lots|varies|it\s+varies|(?:they|this)\s+vary|vary)(?:[,\s]+(?:depending|according|dependent)\s+(?:on|upon|to)\b[^.;!?]{0,60})?\W*$/i;
/** "Many - …", "Numerous.", "Various –": an amount given only vaguely. */
const VAGUE_AMOUNT_LEAD = /^\W*(?:many|numerous|various|several|lots|a\s+(?:large|significant|great)\s+number)\b\s*(?:[-–—:;,.]|$)/i;
/** "… are included within agency", "is included in the figure above": counted in what is given. */
/** "… which also covers hardware, staff and telephony": the figure given is for a wider whole. */
const WIDER_WHOLE_RE = /\b(?:which|that)\s+also\s+(?:covers?|includes?|contains?|pays\s+for)\b|\bamong\s+other\s+(?:things|costs|items|spend)\b/;
export const INCLUDED_IN = /\b(?:are|is)\s+(?:already\s+)?(?:included|counted|captured)\s+(?:within|in|under)\b/;
/** "An exact figure is not recorded", "we do not hold a precise count": only the estimate given is held. */
// ("There is no single register of systems; our best estimate is c.310.": no record to count
// from, and the estimate given instead.)
export const EXACT_NOT_HELD = /\b(?:exact|precise|accurate|definitive|actual)\s+(?:figure|number|count|total)s?\s+(?:is|are)\s+not\b|\b(?:our|the)\s+(?:best\s+)?estimate\s+(?:is|would\s+be)\b|\bnot\s+(?:hold|have|record|keep)\s+(?:an?\s+|the\s+)?(?:exact|precise|accurate|definitive)\s+(?:figure|number|count|total)\b/;
/** "only have records from May 2020", "records are only available since 2021", "data only goes back to 2019". */
const RECORDS_ONLY_FROM = /\bonly\s+(?:ha(?:ve|s)|hold|holds|kept|keep|retain|retains|recorded)\s+(?:records?|data|information|figures)\s+(?:from|since|back\s+to)\b|\b(?:records?|data|information|figures)\s+(?:(?:is|are)\s+)?only\s+(?:(?:available|held|kept|recorded)\s+(?:from|since)|go(?:es)?\s+back\s+to)\b/;

/** "… unable to include them", "the remaining four are not included": some left out of a figure. */
const LEFT_OUT_RE = /\b(?:unable\s+to|not\s+able\s+to|cannot|can't|could\s+not|couldn't)\s+(?:be\s+)?includ(?:e|ed)\b|\b(?:is|are|was|were|have\s+been|has\s+been)\s+(?:not\s+included|excluded|left\s+out)\b|\bnot\s+(?:entered|recorded|held|available)\s+(?:on|for)\s+(?:the\s+)?(?:other|remaining)\b/;

/** "the total for 27 of the 31 waivers": a figure for fewer than all of what is counted. */
function someOfAll(text: string): boolean {
  const m = /\b(?:total|figure|amount|sum|value|spend)\s+(?:is\s+)?(?:only\s+)?(?:for|covers?|relates\s+to|includes?)\s+(?:only\s+)?(\d{1,6})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(\d{1,6})\b/.exec(text);
  return !!m && Number(m[1]) < Number(m[2]);
}

/** "Part of the information, namely locations, … is withheld": the rest was given. */
const PART_OF_INFO_WITHHELD = /\b(?:part|parts|some)\s+of\s+(?:the|this|that)\s+information\b[^.;]{0,80}?\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:being\s+)?(?:withheld|redacted|exempt(?:ed)?)\b/;
/** "This information is partially held", "we hold some of this information": only a part is held. */
const PARTLY_HELD = /\b(?:partially|partly)\s+held\b|\bheld\s+in\s+part\b|\bwe\s+(?:only\s+)?hold\s+(?:some|part)\s+of\s+(?:this|the|that)\s+information\b/;
/** "Unknown" or "Not known" standing as the whole answer: most likely nothing is held. */
/**
 * "To be determined.", "All three sites – TBD", "Not yet decided": nothing is settled yet, so nothing
 * is held. Not "To be confirmed – we are awaiting this figure": a figure that exists and will follow.
 */
const UNDECIDED_LEAD = /^[\s"'(*-]*(?:[^.;:–—\n]{1,30}?\s*[–—:-]\s*)?(?:(?:is|are|remains?|still|currently)\s+)*(?:to\s+be\s+(?:determined|decided|agreed|finali[sz]ed)|tbd|not\s+yet\s+(?:determined|decided|agreed|finali[sz]ed))\b(?![^.]{0,80}\b(?:awaiting|will\s+(?:write|follow|send|provide|update)))/i;
const HELD_ELSEWHERE = /\b(?:is|are)\s+(?:held|kept|recorded|maintained)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:council|authority|police|trust|agency|department|board|government|nhs)\b[^.]{0,40}?\b(?:and\s+not|rather\s+than|not\s+by)\b/i;
/** "Bin collection falls to the district councils' responsibility … so the county is not responsible": another body's (in the form "is the responsibility of …"). */
const RESPONSIBILITY_ELSEWHERE = /\bis\s+the\s+responsibility\s+of\s+(?:the\s+)?(?:[\w'’()/-]+\s+){0,6}?(?:councils?|authorit(?:y|ies)\b\W*(?:\([^)]{0,60}\))?|police|trusts?|agency|department|board|government|nhs)[^.]{0,80}?\b(?:(?:is|are|am)\s+not\s+responsible|(?:do|does)\s+not\s+(?:hold|collect|record|provide))\b/i;
/** "The FOI Act gives everyone a right to information …": what the Act does, in general. */
const ACT_IN_GENERAL_RE = /^[\s"'(*-]*(?:the\s+)?(?:FOI|FOIA|Freedom\s+of\s+Information)(?:\s+\(FOI\))?\s+Act(?:\s+2000)?\s+(?:provides|gives|creates|allows|entitles|grants|confers)\b/i;
const OUT_OF_SCOPE = /\b(?:not\s+covered\s+by|(?:out|outside)\s+(?:of\s+)?(?:the\s+)?scope\s+of)\s+the\s+(?:FOI|FOIA|Freedom\s+of\s+Information)(?:\s+\(FOI\))?\s+Act\b/i;
/** "This is currently in development and will be published once adopted.": what is asked for does not exist yet. */
const NOT_WRITTEN_LEAD = /^[\s"'(*-]*(?:this|it|they|the\s+\w+(?:\s+\w+)?|our\s+\w+(?:\s+\w+)?)\s+(?:(?:is|are|remains?|still|currently)\s+)+(?:(?:in|under)\s+development|being\s+(?:developed|drafted|written|prepared)|not\s+yet\s+(?:written|produced|adopted|published|in\s+place))\b/i;
/** A question asking for a document: "Please provide a copy of, or a link to, your policy". */
const DOCUMENT_ASKED = /\b(?:copy|copies|link)\b[^.?]{0,80}\b(?:policy|policies|procedure|procedures|strategy|plan|guidance|document|protocol)\b|\bthe\s+section\s+of\s+(?:the|your|its)\b|\bany\s+(?:other\s+)?(?:information|documents?|documentation)\s+(?:relating|which|that|about|on|regarding)\b|\b(?:request|provide|send|see|disclose|release)\s+(?:me\s+)?(?:any|all|copies\s+of(?:\s+any|\s+all)?)\s+(?:e-?mails|correspondence|briefings?|minutes|letters|documents|documentation)\b/i;
/** "… but we have not produced any information as part of those exercises": nothing was made to hold. */
// ("None of those plans is specific to food security nor do they have specific sections relating
// to it": the document asked for is not among those the council has.)
const NOT_PRODUCED = /\b(?:have|has)\s*(?:not|n't)\s+(?:produced|created|prepared|written|compiled|drawn\s+up)\s+(?:any|a|an)\b|\bnone\s+of\s+(?:those|these|the|our|its)\s+(?:[\w-]+\s+)?(?:plans|policies|documents|strategies|procedures|assessments)\s+(?:is|are)\s+specific\s+to\b|\bnor\s+do(?:es)?\s+(?:they|it|we)\s+have\s+(?:any\s+)?(?:specific\s+|separate\s+|dedicated\s+)*(?:sections?|policy|policies|plans?|procedures?|guidance)\b/;
/** "We do not have a written policy", "There is no formal procedure", "The council has no such plan". */
const NO_DOCUMENT = /\b(?:(?:do|does|did)\s*(?:not|n't)\s+(?:currently\s+)?have|(?:has|have)\s+(?:not\s+got\s+)?no|there\s+(?:is|are)\s+(?:currently\s+)?no|no)\s+(?:(?:a|an|any|such|current|written|formal|documented|specific|separate|published|adopted|dedicated|standalone|stand-alone)\s+)*(?:[\w'-]+\s+){0,3}(?:policy|policies|procedure|procedures|strategy|plan|guidance|document|documents|documentation|protocol|section|assessment|guidelines|criteria|e-?mails|correspondence|briefings?|minutes)\b/;
const UNKNOWN_LEAD = /^[\s"'(*-]*(?:unknown|not\s+known|don't\s+know|do\s+not\s+know|no\s+idea|not\s+available|n\/k\b)/;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\])]+/g;
const LINK_REF = /\[\d{1,3}\]/;
/** A link named in words: "on the following link", "via the link below", "at this link". */
const LINK_NAMED = /\b(?:the\s+following\s+(?:web\s?)?link|(?:the\s+)?(?:web\s?)?link\s+below|(?:this|the\s+above)\s+(?:web\s?)?link)\b|\b(?:click|found|find|available|view|see|access(?:ed)?|located)\b[^.\n]{0,80}?\bhere\s*[.:]?(?:\s*$|(?=\s+[A-Z]))/im;
/** "see the links below", "see the following documents": a pointer to links listed after the answer. */
const SEE_BELOW = String.raw`see\s+(?:the\s+)?(?:links?|documents?)\s+below|see\s+(?:the\s+)?following\s+(?:links|documents|web\s?pages|pages)`;
/**
 * Words that point to information published elsewhere. (Not "please see the table below showing the
 * number of requests …": the letter's own table, further on.)
 */
const SIGNPOST = new RegExp(String.raw`\b(?:(?:can|may|could)\s+be\s+(?:found|accessed|viewed|located|obtained|downloaded|seen)|you\s+(?:can|may|will)\s+find\s+(?:this|it|the|these|details)|(?:is|are)\s+(?:also\s+)?(?:(?:publicly|freely|already|readily)\s+)?(?:available|published|accessible|detailed|set\s+out|shown)\s+(?:online|on|at|via|in|from|here|through|by|as\s+part\s+of)|^\W*shown\s+on\s+(?:our|the)\s+(?:council'?s?\s+)?web\s?(?:site|page)|(?:is|are)\s+located\s+(?:online|on\s+(?:our|the)\s+(?:council'?s?\s+)?web\s?(?:site|page)s?|at\s+(?:https?|www|the\s+(?:following|link))|here)|(?:published|available)\s+(?:online|on\s+(?:our|the)\s+(?:council'?s?\s+)?web\s?(?:site|page))|public\s+domain|please\s+(?:see|refer\s+to|visit|follow|use|view|go\s+to)\s+(?:(?:our|the|this)(?!\s+(?:answers?|responses?|repl(?:y|ies)|(?:table|tables|figures?|breakdown|information|data|details|list|summary|notes?|explanation|paragraph)\s+(?:below|above|overleaf))\b)|following|link|website|web)|see\s+(?:the\s+)?(?:link|website|following\s+link)|(?:the|this)\s+(?:above|previous|same|earlier)\s+links?\b[^.?!\n]{0,40}?\s(?:covers?|contains?|includes?|provides?|sets?\s+out|explains?)\b|\bat\s+the\s+links?\s+(?:given|provided|above)\b|please\s+(?:see|refer\s+to|visit|go\s+to)\s*:?\s+(?:\[\d{1,3}\]\s*)?(?:https?|www)|\bgo\s+to\s+our(?!\s+(?:answers?|responses?|repl(?:y|ies))\b)\s+(?:online\s+|trial\s+)?(?:website|web\s?site|web\s?pages?|calculator|portal|page)|${SEE_BELOW}|(?:in|see|within|from|refer\s+to)\s+(?:the\s+|our\s+)?(?:(?:council'?s|published|annual|latest|audited|(?:19|20)\d\d(?:[/–-]\d{2,4})?)\s+){0,2}statements?\s+of\s+accounts|transparency\s+(?:page|data|portal|section)|(?:is|are)\s+(?:contained|included|provided|held|set\s+out)\s+(?:with)?in\s+the\s+(?:linked|published)\s+(?:data\s?sets?|data|spreadsheets?|tables?|reports?|documents?|statistics|figures|pages?))\b`);

/** "the same figure as Q10", "same as our answer to question 8": the figure another answer gives. */
const SAME_FIGURE_AS_RE = /\bsame\s+(?:figure\s+|amount\s+|sum\s+|total\s+|number\s+)?as\s+(?:in\s+|for\s+|at\s+)?(?:our\s+)?(?:answer\s+(?:to\s+)?|response\s+(?:to\s+)?)?(?:q(?:uestion)?\s*\.?\s*)?\d{1,3}[a-z]?\b/;
const ATTACHMENT = /^[\s"'(*-]*(?:attached|enclosed)(?:\s*[:–—-]\s|\s*\(|\s*\.?\s*$)|\b(?:please\s+)?(?:see|find)\s+(?:the\s+)?(?:attached|enclosed|attachment|appendix)|\b(?:attached|enclosed)\s+(?:is|are|spreadsheet|document|file|list|table)|\b(?:in|within)\s+the\s+(?:attached|enclosed)\b|\b(?:is|are)\s+(?:attached|enclosed)\s+(?:as|at|in|with|to\s+this)\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed)\s*(?:[.;,)(]|$)|\bprovided\s+(?:you|the\s+(?:requester|applicant))\s+with\s+(?:a|an|the)\s+(?:spreadsheet|document|file|copy|table|list|report)\b|\b(?:sent|provided|supplied)\s+(?:as|in)\s+(?:an?\s+)?attachment\b|\b(?:as|in)\s+a\s+separate\s+(?:document|spreadsheet|file|attachment|workbook)\b|\b(?:disclose|provide|supply|send|release)\s+(?:[\w'’-]+\s+){1,6}?as\s+(?:attached|enclosed)\b|\b(?:i|we)\s+(?:have\s+)?(?:attach(?:ed)?|enclose(?:d)?)\s+(?:an?|the|our|this|these|copies|a\s+copy|all|any|some)\b|^[\s"'(*-]*(?:please\s+)?(?:see|note|refer\s+to|find)\s+(?:the\s+|our\s+)?(?:response|information|answer|reply|details|figures|data|breakdown)\s+(?:is\s+|are\s+)?(?:(?:outlined|provided|set\s+out|shown|contained|included|given|detailed)\s+)?(?:at|in)\s+(?:the\s+)?(?:appendix|annex|annexe|attachment)\b/;
/**
 * An answer that is only a document's title, as a disclosure log shows the link to its reply:
 * "Response to this request - 3625280.", "FOI 4471 response (PDF, 210KB)", "Reply.docx".
 */
const DOCUMENT_TITLE_ONLY = /^[\s"'(*-]*(?:(?:response|answer|reply)\s*:\s*)?(?:(?:our\s+)?(?:response|reply)\s+to\s+(?:this|your|the)\s+(?:foi\s+|eir\s+)?request\b(?:\s*[-–—:]?\s*(?:ref(?:erence)?\.?\s*|no\.?\s*)?(?:[a-z]+[/-]?)?\d{3,}[\w/-]*)?(?:\s*\((?:pdf|docx?|xlsx?|csv|odt|ods)\b[^)\n]{0,30}\))?|(?:[\w'’&-]+\s+){0,6}?[\w'’&-]+\s*(?:\((?:pdf|docx?|xlsx?|csv|odt|ods)\b[^)\n]{0,30}\)|\.(?:pdf|docx?|xlsx?|csv|odt|ods)\b))[\s.]*$/;
/** The information was sent in an earlier letter, said in the answer's first sentence. */
const SENT_BEFORE = /^[^.!?]{0,40}?(?:\b(?:i|we)\s+(?:wrote|have\s+written|responded|replied)\s+to\s+you\s+on\s+[^.!?]{1,30}?\s+(?:disclosing|providing|releasing|supplying|enclosing|with)\s+(?:the|this|that)\s+information\b|\b(?:was|were|has|have)\s+(?:already\s+|previously\s+)?(?:been\s+)?(?:already\s+|previously\s+)?(?:provided|sent|disclosed|supplied|released)\s+to\s+you\s+(?:in|with|under)\s+(?:our|my|the|a)\s+(?:earlier\s+|previous\s+)?(?:letter|response|reply|e-?mail|correspondence)\b)/;
/** An answer that opens by sending the reader to an attachment ("See attached – Phase 1 closure report", "Attached (Enforcement Policy, 2023)"): digits after it name the document. */
// ("Please see spreadsheet.": a spreadsheet is sent with the letter, never in it.)
const ATTACHMENT_LEAD = /^[\s"'(*-]*(?:(?:attached|enclosed)(?:\s*[:–—-]\s|\s*\(|\s*\.?\s*$)|(?:please\s+)?(?:(?:see|find|refer\s+to)\s+(?:the\s+)?(?:attached|enclosed|attachment|appendix|annex|(?:excel\s+)?(?:spreadsheets?|workbook)\b(?!\s+(?:below|above)))\b|find\s+(?:[\w'’/-]+\s+){1,6}?(?:attached|enclosed)(?=\s*(?:[.,;:]|$|and\b|with\b|for\b|to\b|which\b|here\b|at\s+(?:appendix|annex)\b|as\s+(?:appendix|annex|a\b|an\b)))))/;
/** Somewhere specific to look (a named publication), for a section 21 answer without a link. */
// ("The report can be found on our website at:" with the link lost in copying: it gave one.)
/** "(see following links)", "see the links below": the places are listed after the sentence. */
// ("This data can be found on the below link:" with the link lost from the saved page.)
const LINKS_BELOW = new RegExp(String.raw`\b(?:${SEE_BELOW})\b|\b(?:at|via|on)\s+the\s+(?:following\s+)?links?\s+below\b|\b(?:at|via|on|from)\s+the\s+(?:below|following)\s+(?:links?|web\s?sites?|web\s?pages?|pages?|address|url)\b`);
// ("This information is available on our disclosure log …": the log is a place to look.)
const DISCLOSURE_LOG_RE = /\b(?:on|in|via|from)\s+(?:our|the\s+(?:council|authority|trust|force)(?:'s|’s)?|its|the)\s+(?:(?:foi|eir|freedom\s+of\s+information)\s+)?disclosure\s+log\b/g;
const NAMED_PUBLICATION = new RegExp(String.raw`\bstatement\s+of\s+accounts\b|${DISCLOSURE_LOG_RE.source}|` + String.raw`\b(?:reported|presented)\s+to\s+(?:the\s+)?[\w ,&'’-]{0,60}?\bcommittee\b|\bas\s+part\s+of\s+(?:our|the|its)\s+[\w ,&'’-]{0,60}?\breport\b|\b(?:committee|cabinet|annual)\s+(?:reports?|papers?)\b|\bpublished\s+(?:in|as\s+part\s+of|within)\s+(?:our|the|its)\s+(?!web\s?(?:site|page))[a-z]|\b(?:can\s+be\s+found|is\s+available)\s+on\s+(?:our|the\s+council'?s)\s+web\s?site\s+at\b`);

/** "No formal plan at this time", "There is currently no strategy", "We do not have a policy": the thing asked for does not exist. */
const ABSENCE_FIRST_RE = /^\W*(?:no\s+(?:formal\s+|current\s+|such\s+|written\s+|specific\s+)?(?:plan|policy|strategy|document|report|procedure|guidance|record|list|register|agreement|contract)s?\b|there\s+(?:is|are)\s+(?:currently\s+)?no\b|(?:we|the\s+council|the\s+authority)\s+(?:does|do)\s+not\s+(?:currently\s+)?have\s+(?:a|an|any)\b)/i;
/** "questions 6(b), 6(c) and 7 do not arise", "questions 12a to 12c therefore do not apply". */
const NAMED_NOT_APPLYING = /\bquestions?\s+(\d{1,3}(?:[a-z]|\([a-z]\))?(?:\s*(?:,|and|&|to|-|–)\s*(?:questions?\s+)?\d{1,3}(?:[a-z]|\([a-z]\))?)*)\s+(?:(?:therefore|then|also|thus)\s+)?(?:does|do)\s*(?:not|n't)\s+(?:apply|arise)\b/;

/** Whether a list of question numbers ("6(b), 6(c) and 7", "12a to 12c") names `id` (`Q6b`). */
function namesId(list: string, id: string): boolean {
  const want = /^q?(\d{1,3})([a-z]?)/i.exec(id);
  if (!want) return false;
  const items = [...list.matchAll(/(\d{1,3})(?:([a-z])|\(([a-z])\))?(?:\s*(?:to|-|–)\s*(\d{1,3})(?:([a-z])|\(([a-z])\))?)?/gi)];
  return items.some((m) => {
    const n = m[1]!;
    const from = (m[2] ?? m[3] ?? '').toLowerCase();
    const to = m[4] !== undefined ? (m[5] ?? m[6] ?? '').toLowerCase() : undefined;
    const letter = want[2]!.toLowerCase();
    // A run of whole questions: "questions 5 to 7".
    if (m[4] !== undefined && m[4] !== n) return Number(want[1]) >= Number(n) && Number(want[1]) <= Number(m[4]);
    if (n !== want[1]) return false;
    // A run of one question's parts ("12a to 12c"); a number alone names its parts too.
    if (to !== undefined && m[4] === n) return letter !== '' && letter >= (from || 'a') && letter <= (to || letter);
    return from === '' || from === letter;
  });
}

/** Refusal words that name no exemption: still a refusal, exemption `other`. */
/** "Job title: …", "Supplier – …": an answer opening with the part it gives, under its own heading. */
const LABELLED_VALUE_LEAD_RE = /^[\s"'(*-]*[a-z]+(?:\s+[a-z]+)?\s*[:–—-]\s*[a-z0-9]/;
/** A name in capitals standing alone as the first sentence or line: "Democratic Services Manager.", "Greenway Resource Management Ltd". */
const NAME_LEAD_RE = /^[\s"'(*-]*(?:response|answer)?[\s:–-]*\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?\p{Lu}[\p{L}'’-]*){1,7}\.?[ \t]*(?:\r?\n|$|\.\s)/u;
/** First sentences in capitals that are not names: a refusal's or a status's own words. */
const NOT_A_NAME_RE = /\b(?:exempt\w*|withh\w*|refus\w*|redact\w*|section|information|data|request|personal|held|known|applicable|available|recorded|commercial\w*|interests?|prejudice|confidential\w*|sensitive|security|cost|limit|vexatious|health|safety|please|see|not|none|nil|no|yes)\b/;
/** "Name refused", "the supplier's identity is withheld": a named part of the answer kept back. */
// ("We have withheld the officer's name under section 40(2)": the same, the verb first.)
// ("The name of the officer is withheld": the same, the name's owner named.)
const PART_WITHHELD = /\b(?:names?(?:\s+of\s+(?:the|our|this|that|these|those|any)\s+[a-z]+(?:\s+[a-z]+)?)?|identity|identities|details|breakdown|contact\s+details|supplier|company|individual)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:refused|withheld|redacted)\b|\b(?:withheld|withholding|redacted|not\s+(?:provided|given|disclosed|released|included)|(?:are|is)\s+not\s+(?:providing|disclosing|releasing)|cannot\s+(?:provide|disclose|release))\s+(?:the\s+)?(?:[a-z]+(?:'s|s')\s+)?(?:names?|identity|identities|contact\s+details)\b/i;
const GENERIC_REFUSAL = /^[\s"'(*-]*(?:exempt|withheld|refused|refusal|redacted)\b|\b(?:(?:serves|acts)\s+as\s+(?:a|our|the)\s+(?:formal\s+)?refusal\s+notice|exempt\s+from\s+disclosure|is\s+exempt|are\s+exempt|withheld|withhold|refus(?:e|ed|al)\s+(?:to\s+)?(?:disclos|provid|releas|this|your|the)|not\s+(?:be\s+)?(?:disclosed|released)|(?:unable|not\s+(?:able|permitted)|cannot|can\s*not)\s+(?:to\s+)?(?:be\s+)?(?:disclosed?|released?)|(?:restricted|prohibited)\s+(?:from\s+disclosure\s+)?(?:under|by)\s+(?:section\s+\d+\w*(?:\([^)]*\))*\s+of\s+)?the\s+[a-z ]{0,40}?\bact)\b/;
/** Could not answer, with no reason the tables know. */
const VAGUE_INABILITY = /\b(?:unable\s+to|cannot|can't|not\s+able\s+to|not\s+possible\s+to)\s+(?:provide|answer|supply|give|identify|determine|extract|report)\b/;

const CROSS_REF_PREVIOUS = /^[\s"'(*-]*(?:ditto|as\s+above|see\s+above|same\s+as\s+(?:above|previous|before)|as\s+(?:per|for)\s+(?:above|previous)|please\s+(?:see|refer\s+to)\s+(?:the\s+)?(?:above|previous)|refer\s+to\s+(?:the\s+)?(?:above|previous))\b|\b(?:as\s+(?:stated|detailed|answered|explained|mentioned|given)\s+(?:above|previously|in\s+the\s+previous)|(?:see|refer\s+to)\s+(?:our|my|the)\s+(?:previous\s+)?(?:answer|response|reply)\s+above|(?:see|refer\s+to)\s+(?:the\s+)?previous\s+(?:answer|response|question)|the\s+same\s+(?:figure|number|percentage|proportion|amount|answer|response)\s+(?:applies|holds|answers|(?:is|serves\s+as)\s+(?:our|the)\s+best\s+(?:measure|estimate|indication)(?:\s+of\s+[a-z]+)?))\b/;
/** "See 4(a) above", "As 6b.", "See answer 4a", "Please refer to our response to question 8", "As A4a" (answers labelled A1, A2 …): the id after a reference verb (a figure such as "as 100%" or "see 4,000" is none). */
const BARE_REF = /^[\s"'(*-]*(?:please\s+)?(?:see|refer\s+to|as\s+per|as\s+for|as\s+in|same\s+as|as)\s+(?:(?:our|the)\s+)?(?:(?:answer|response|reply)\s+(?:(?:to|at|for|given\s+(?:to|at|for))\s+)?)?(?:q(?:uestion)?\.?\s?|a(?=\d))?\(?(\d{1,3})(?:\s?\(\s?([a-z]{1,2})\s?\)|\.?([a-z]{1,2})\b\)?)?(?![\d%]|[,.]\d)/;
const CROSS_REF_ID = /\b(?:see|gweler|refer|same\s+as|as\s+per|as\s+in|as\s+for|as\s+with|covered|included|answered|(?:answer|response|reply)\s+(?:to|for|at|in|under|given))\b[^.;\n]{0,40}?\b(?:question|q|[cg]h?westiwn|element|answer|response|reply)\s?\.?\s?(\d{1,3})(?:\s?\(\s?([a-z]{1,2})\s?\)|([a-z]{1,2})\b)?/;

/** "All (see 3)", "All – see Q3": every one of what another answer counted. */
const ALL_SEE_RE = /^\W*all(?:\s+of\s+them)?\s*[(,–—-]?\s*(?:see|as)\s+(?:q(?:uestion)?\s?\.?\s?)?(\d{1,3})([a-z])?(?:\s+above)?\s*\)?\W*$/i;

/** Answers that hedge between choices or say the answer is not settled: a person must decide. */
const HEDGE = /^[\s"'(*-]*(?:both|neither|either|it\s+depends|depends|not\s+sure|unsure|a\s+mix(?:ture)?|a\s+combination)\b|\b(?:both\s+equally|equally|not\s+sure|probably|it\s+depends)\b/;
/** A few words that stop on a word no sentence ends with: the answer was cut off. */
const CUT_OFF_RE = /^\W*[a-z]+(?:\s+[a-z]+){0,5}\s+(?:is|are|was|were|has|have|had|will|would|the|a|an|of|to|and|or|for|with|by|in|on|at|that)\s*$/;
const NOT_YET = /^[\s"'(*-]*(?:tbc|to\s+be\s+(?:confirmed|decided|determined)|pending|awaiting)\b|\bnot\s+yet\s+(?:complete|completed|finished|known|decided|live|implemented|determined)\b|\b(?:have|has|are|is)\s+yet\s+to\s+be\s+(?:notified|informed|told|confirmed|decided|agreed|set|scheduled|arranged)\b|\b(?:is|are)\s+(?:still\s+)?(?:ongoing|in\s+progress|underway|under\s+way)\b/;

/** Types whose answer is a figure. */
const TYPED_FIGURE: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'year', 'duration']);
// ("It is not practical to list every service": the same, said as what cannot be done.)
const TOO_MANY = /\btoo\s+(?:many|numerous|long)\s+(?:to\s+)?(?:list|set\s+out|mention|count|itemi[sz]e|name|detail|enumerate|go\s+through)\b|\bnot\s+(?:practical|practicable|feasible|possible|realistic)\s+to\s+(?:list|set\s+out|name|itemi[sz]e|enumerate)\b/;

/**
 * The whole request is refused, so figures in the letter ("questions 4 to 4b", "25 hours") are not answers.
 * ("… a total of 1,314 enquiries … we are therefore unable to supply the requested information.": the
 * figure is the refusal's context.)
 */
const WHOLE_REFUSAL = /\bnot\s+(?:obliged|required)\s+to\s+(?:comply\s+with|answer|respond\s+to)\s+(?:your|the|this|any\s+part)|\bwill\s+not\s+be\s+providing\s+(?:the|any)\s+information|\b(?:refus(?:e|ing)|declin(?:e|ing))\s+(?:your|the|this)\s+(?:whole\s+|entire\s+)?request\b|\bunable\s+to\s+(?:supply|provide)\s+(?:you\s+with\s+)?the\s+requested\s+information\s*(?:[.;]|$)/;

/** The exemption is being lifted, not applied (an internal review releasing the figure). */
const LIFTED = /\b(?:not|no\s+longer|wrongly|incorrectly)\b[^.;\n]{0,60}?\b(?:correctly\s+)?(?:appl(?:y|ies|ied)|engag(?:e|ed)|withh(?:eld|old))\b|\bexemption\s+(?:does|did)\s*(?:not|n't)\s+apply\b|\bno\s+longer\s+(?:exempt|withheld)\b/;

/**
 * "… can neither confirm nor deny that it holds the information, as the duty in s1(1)(a) does not
 * apply, by virtue of section 31(3)": the duty to confirm or deny lifted is the refusal itself.
 */
const DUTY_NOT_APPLYING = /\bneither\s+confirm\s+nor\s+deny\b|\bduty\b[^.;\n]{0,80}\b(?:does|do)\s*(?:not|n't)\s+apply\b/;

/** The question asks for a count or an amount. */
const COUNT_ASKED_RE = /\b(?:how\s+many|how\s+much|number|numbers|total|amount|figures?|cost|costs|spend|percentage|proportion)\b/i;
/** "does not record the number of staff who …": a count said not to be kept. */
const COUNT_NOT_HELD_RE = /\b(?:do|does|did)\s*(?:not|n't)\s+(?:record|hold|keep|collect)\s+(?:the\s+)?(?:number|numbers|figures?|count|total)\s+of\b|\b(?:number|numbers)\s+of\b[^.;]{0,60}\b(?:is|are)\s+not\s+(?:recorded|held|kept)\b/;

/** "As the response to Q1 above is negative", "As the answer to question 3 is no,": the question it follows on from was answered no. */
/** The reason given for what is attached with parts withheld: a statement that speaks for the request. */
export const ATTACHED_REDACTED_REASON = 'attached, with some information withheld';
/** "Some information has been removed", "parts have been redacted": released with parts withheld. */
const REDACTED_RE = /\b(?:some|certain|parts?\s+of\s+the|part\s+of\s+this)\s+(?:information|details|data|content)\s+(?:has|have)\s+been\s+(?:removed|redacted|withheld)\b|\b(?:have|has)\s+been\s+redacted\b|\bwith\s+(?:some\s+)?redactions\b/;
/** Three lines or more that are each a figure alone: a table's cells, one to a line. */
const FIGURE_ROWS_RE = /(?:^|\n)[ \t]*[£$€]?\d[\d,.]*%?[ \t]*(?:\n[^\n]*){0,3}?\n[ \t]*[£$€]?\d[\d,.]*%?[ \t]*(?:\n[^\n]*){0,3}?\n[ \t]*[£$€]?\d[\d,.]*%?[ \t]*(?:\n|$)/;
/** "does not use parking cameras", "do not currently operate a permit scheme": what the body does not do, and its object. */
const CONDITION_DENIED_RE = /\b(?:does|do|did)\s*(?:not|n't)\s+(?:currently\s+)?(?:use|have|operate|run|employ|own|offer|provide|charge)\s+((?:[\w-]+\s*){1,3})/i;
const DEPENDS_ON_NO_RE = /^[\s"'(*-]*(?:as|since|because|given\s+that)\s+(?:the\s+|our\s+)?(?:answer|response|reply)\s+(?:to|for|at)\s+(?:question|q)\s*\.?\s*\d{1,3}[a-z]?\s+(?:above\s+)?(?:is|was)\s+(?:no|negative|nil|none|zero|0)\b/;
/** "0 – we hold no …", "Nil: no records": a zero leading the answer. */
const ZERO_LEAD_RE = /^[\s"'(*-]*(?:0|nil|zero)\s*[-–—:,.;]/;

/** "As our answer to question 6b", "Same as the response to Q4": the answer is another's. */
const AS_ANSWER_LEAD = /^[\s"'(*-]*(?:as|same\s+as|as\s+per)\s+(?:(?:our|the)\s+)?(?:answer|response|reply)\s+(?:to|at|for|given\s+(?:to|at|for))\s+(?:question|q)/;
/** "As (a).", "Same as part (b)", "See (a) above": the whole answer a pointer to a sibling part, by its letter. */
const SIBLING_REF_RE = /^[\s"'(*-]*(?:please\s+)?(?:see|as|same\s+as|as\s+per|as\s+for|refer\s+to)\s+(?:(?:the\s+)?(?:answer|response|reply)\s+(?:to|at|for)\s+)?(?:part\s+)?\(([a-h])\)(?:\s+above)?\W*$/i;
const CROSS_REF_NEEDLES = ['see', 'gweler', 'refer', 'same', 'as', 'per', 'cover', 'includ', 'answer', 'response', 'reply', 'ditto', 'above', 'previous'];

const LEAD_YES_NO = /^[\s"'(*-]*(?:yes|no|y|n)\b(?![-'/])/;
/** "No system installed", "no contract in place": "no" before the noun it negates. */
const NO_DETERMINER_RE = /^[\s"'(*-]*no\s+(?!(?:longer|not|we|the\s+council|as|but|however|because|this|that|it)\b)[a-z]/;
/** "No system installed", "No such contract in place.": the whole answer says there is none of the thing. */
const NO_SUCH_THING_RE = /^[\s"'(*-]*no\s+(?:such\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:is\s+|are\s+)?(?:installed|needed|required|in\s+place|in\s+use|used|procured)\b[\s.|]*$/;
// (Not "None of Q13 applies", which says the questions do not apply.)
const NONE_LIKE = new RegExp(String.raw`^[\s"'(*-]*(?:none(?!${OF_NONE_APPLYING})|nil|zero|nothing|no\s+(?:spend|expenditure|cost)|there\s+(?:were|are|was|is)\s+none|no\s+[a-z]+s\s+(?:have|has)\s+been)\b`);

/** Explanations of a cost-limit refusal carry figures ("5 minutes per record") that are not answers. */
/**
 * "(revised; previously refused under section 12)", "(revised – previously given as not held)":
 * the earlier answer a revised one replaces, up to the clause's end.
 */
export const PREVIOUSLY = /\bpreviously\s+(?:(?:given|recorded|reported|stated|answered|shown)\s+as\s+|(?=["'“‘]?not\s+held|refused|withheld|exempt|said|stated))[^.;)\n]*/gi;
/** The first sentence says nothing asked is held: "we do not hold this information", "does not calculate an average". */
/** "sit within the overall ICT budget of £1.26m", "which also covers hardware": a figure for a larger whole. */
const LARGER_WHOLE_RE = /\b(?:sits?|is|are|falls?|included|held|contained)\s+(?:with)?in\s+(?:the\s+|our\s+|a\s+)?(?:overall|wider|total|general|larger|combined|single)\b|\bwhich\s+also\s+(?:covers|includes|pays\s+for)\b|\bas\s+part\s+of\s+(?:a|the|our)\s+(?:wider|larger|overall|total|combined)\b/i;
const WHOLE_NOT_HELD_FIRST = /\b(?:do|does|did)\s*(?:not|n't)\s+(?:currently\s+)?(?:hold|record|keep|calculate|collect|report)\s+(?:this|that|such|the\s+requested|the\s+information\s+requested|an?\s+average)\b(?!\s+(?:separately|part|for\s+(?:each|all|every))\b)|\b(?:this|the\s+requested|the)\s+information\s+is\s+not\s+held\b|^\W*not\s+held\W*$/;
/** "in 2025", "during the financial year 2024": a year in a phrase of time. */
const YEAR_OF_TIME_RE = /\b(?:in|during|since|for|from|until|by)\s+(?:the\s+)?(?:(?:calendar|financial)\s+)?(?:year\s+)?(?:19|20)\d\d\b(?![-/–]\d)/gi;
/** "fewer than 5", "less than ten", "<5": the band a small number is suppressed to. */
export const SMALL_NUMBER_BAND = /\b(?:fewer|less)\s+than\s+(?:\d{1,2}|five|ten)\b|<\s?\d{1,2}\b/gi;
/** "… is given in the table under questions 1 and 2 above", "… are shown in our answer to question 4". */
const GIVEN_UNDER_RE = /^[^.;\n]{0,80}\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:given|shown|set\s+out|provided|included|listed|covered)\s+(?:in|under|at|within|with)\b[^.;]{0,60}?\b(?:questions?|q)\s*\.?\s*(\d{1,3}[a-z]?)\b[^.;]{0,40}[.;]?\s*$/i;

/** "… so this part of the information is not held": the rest was given. */
const PART_NOT_HELD = /\b(?:this|that|the\s+(?:rest|remainder))\s+(?:part\s+)?of\s+the\s+(?:information|request)\s+is\s+not\s+held\b|\bthis\s+part\s+(?:of\s+\w+\s+)?is\s+not\s+held\b/;

const COST_WORKINGS = /\b(?:hours?|minutes?|mins?|hrs|seconds?|estimate[ds]?|per\s+(?:hour|record|case|file|item)|records|files|invoices|documents|timesheets|transactions|entries|e-?mails|cost\s+centres?|budget\s+(?:lines|codes|headings)|ledger\s+codes|staff\s+time|officer\s+time|would\s+(?:need|have|take|require|involve)|(?:examine|review|search|locate|extract|retrieve|check)\s+(?:around|about|approximately|some|over|each|every|all)?)\b/;

/** A clause that reckons a time or a cost from the figure before it: "at one minute per call-out, this would take …". */
const RECKONED_FROM_RE = /\bper\s+[a-z-]+\b[^.;]{0,80}?\b(?:would|will)\s+(?:take|require|need|involve|mean|cost)\b|^\W*(?:even\s+)?(?:at|allowing)\s+(?:an?\s+|only\s+)?(?:estimated?\s+|average\s+)?(?:of\s+)?(?:\d+|one|two|three|five|ten|fifteen|thirty)\s+(?:minutes?|mins?|hours?|seconds?)\b/;

// ---- text plumbing -------------------------------------------------------------------

/** Sentences, lines and "…, although …" halves; "c. 150" and "s. 43" stay whole. */
function splitClauses(text: string, words: WordIndex): string[] {
  // (A long line that stops mid-sentence is prose wrapped, not a list: "… consult each of our" /
  // "14 service teams …" is one clause.)
  const joined = text.includes('\n') ? text.replace(/([^\n]{50,}[a-z,])[ \t]*\r?\n[ \t]*(?=[a-z\d£])/g, '$1 ') : text;
  let parts = joined.split(/[\n;]+|[.!?]+\s+(?![\d(])/);
  if (words.any(['although', 'however', 'but', 'though', 'whereas', 'except'])) {
    parts = parts.flatMap((p) => p.split(/,?\s+(?=(?:although|however|but|though|whereas|except\s+that)\s)/));
  }
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const DATE = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\w*,?(?:\s+\d{4})?|\b(?:${MONTHS})\w*\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`, 'g');

/** "as per answer 4", "see our response to 2b": another answer named by its number. */
const ANSWER_POINTER_ID_RE = new RegExp(String.raw`\b${ANSWER_POINTER}\d{1,3}(?:\.\d{1,2})?[a-z]?\b`, 'g');

/** Blank out what looks like a figure but never answers: links, citations, the cost-limit figures, ids, phone and reference numbers, financial years. */
export function maskNoise(s: string): string {
  // Each replacement is gated by a cheap substring test: clauses are many and short.
  let out = s;
  if (out.includes('http') || out.includes('www.')) out = out.replace(URL, ' ');
  if (/kb|mb/i.test(out)) out = out.replace(DOCUMENT_LINK_LINE_RE, ' document ');
  if (out.includes('[')) out = out.replace(/\[\d{1,3}\]/g, ' ');
  if (out.includes('covid')) out = out.replace(/\bcovid-?\d{1,2}\b/g, ' covid ');
  // ("… is published at section 12.05 of our operating procedures": a document's section, dotted.)
  if (out.includes('section')) out = out.replace(/\bsection\s+\d{1,3}\.\d{1,3}(?:\.\d{1,3})*\b/g, ' section ');
  // "Section 106 agreements", "s278 works": a statute's section with three digits is a name.
  if (out.includes('s')) out = out.replace(/\b(?:sections?\s*|s\.?\s?)\d{3}[a-z]?\b/g, ' section ').replace(SECTION_CITATION, ' section ');
  // "adran 21": section in Welsh.
  if (out.includes('adran')) out = out.replace(/\badran\s+\d{1,2}\b(?:\s?\(\d\))?(?:\s?\([a-z]\))?/g, ' section ');
  if (out.includes('reg')) out = out.replace(REGULATION_CITATION, ' regulation ');
  if (/act|reg|order|gdpr|law/.test(out)) out = out.replace(/\b(?:act|regulations?|order|gdpr|law)\s*\(?\d{4}\)?/g, ' act ');
  // ("Article 3 of the … (Jersey) Law 2011", "Article 42(a)", GDPR's "Article 6(1)(e)": a law's article.)
  if (out.includes('article')) out = out.replace(/\barticles?\s*\d{1,3}(?!\d)(?:\s*\(\s*\d{1,2}\s*\))?(?:\s*\(\s*[a-z]\s*\))?/g, ' article ');
  if (/hour|hrs|£/.test(out)) out = out.replace(/\b(?:18|24)\s*(?:working\s+|staff\s+|officer\s+)?(?:hours|hrs)\b|£\s?(?:450|600|25)\b(?:\s*(?:per|an|a)\s+hour)?/g, ' limit ');
  // "the Statement of Accounts referred to at 8": the answer that named it, not a figure.
  if (/referred|mentioned|cited/.test(out)) out = out.replace(/\b(?:referred\s+to|mentioned|cited)\s+(?:at|in|under)\s+(?:(?:our\s+)?(?:answer|response|reply|question|point|item)\s+)?(?:q\s?)?\d{1,3}[a-z]?\b/g, ' qid ');
  // ("As per answer 4 – one fee covers both": the answer named, not a figure.)
  if (/answer|response|reply/.test(out)) out = out.replace(ANSWER_POINTER_ID_RE, ' qid ');
  if (out.includes('q')) out = out.replace(/\b(?:questions?\b|qs?)[\s.(]{0,3}(?:in\s+particular\s+|numbers?\s+)?\d{1,3}(?:\s?\(\s?[a-z]{1,2}\s?\)|[a-z]{0,2}\b)(?:\s*(?:,|and|to|&|-|\/|or)\s*\d{1,3}(?:\s?\(\s?[a-z]{1,2}\s?\)|[a-z]{0,2}\b))*/g, ' qid ');
  // "Table P1 (prevention duty ended - secured accommodation for 6+ months)": a table's name and its title.
  // "Page 1 of 2": a page's footer inside an answer that runs over a page break.
  if (out.includes('page')) out = out.replace(/\bpage\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4}\b/g, ' page ');
  // ("… the different ways in which '999' calls are categorised", "NHS 111": a service's number, a name.)
  if (/999|111|101/.test(out)) out = out.replace(/(["'\u2018\u201c])(?:999|111|101)(["'\u2019\u201d])|\bnhs\s?111\b/g, ' service ');
  if (/note|app|annex|para|page|item|table|part/.test(out)) out = out.replace(/\b(?:table|appendix|annex)\s?[a-z]{0,2}\d{1,3}[a-z]?\s*\([^()]{0,120}\)/g, ' note ').replace(/\b(?:note|appendix|annex|paragraph|para|page|item|table|part)\s?(?:[a-z]{1,2}(?=\d))?\d{1,3}[a-z]?\b/g, ' note ');
  // "adran 43(2)": an exemption's number with its subsection, in any language.
  if (out.includes('(')) out = out.replace(/\b(?:1[24]|2[1-9]|3\d|4[0-4])\(\d\)(?:\s?\([a-z]\))?/g, ' section ');
  // ("… operating procedures for conducting tests (DT1)": a document's code in brackets.)
  if (out.includes('(')) out = out.replace(/\(\s*[a-z]{1,5}\d{1,3}[a-z]?\s*\)/g, ' ref ');
  out = out.replace(DATE, ' date ');
  // "our published payments over £500 data": the threshold of a published list, not a sum given.
  if (/over|above|exceed|excess|more\s+than/.test(out)) out = out.replace(THRESHOLD_SUM, ' threshold ');
  if (out.includes('0')) out = out.replace(/\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g, ' phone ');
  // ("Ref: CIU/FOI/24/3318": a code of letters and slashes before its digits.)
  if (/ref|foi|eir|case/.test(out)) out = out.replace(/\b(?:ref(?:erence)?|foi|foir|eir|case|our\s+ref|your\s+ref)\s*(?:no\.?|number)?\s*[:#]?\s*(?:[a-z]{1,6}[/-]){0,3}[a-z]{0,4}[\s/-]?\d[\w/-]*/g, ' ref ');
  // "WDC-REV-0412", "FOI-2024-118": a document's code, not a figure.
  if (out.includes('-')) out = out.replace(/\b[a-z]{2,5}(?:-[a-z]{2,5}){0,3}-\d[\d-]*\b/g, ' ref ');
  // "Report no. 31-077": a document's number.
  if (out.includes('no.')) out = out.replace(/\bno\.\s?\d[\w/-]*/g, ' ref ');
  // "24/25 - …": a financial year written short.
  if (out.includes('/')) out = out.replace(/\b(\d\d)\/(\d\d)\b/g, (m: string, a: string, b: string) => (Number(b) === Number(a) + 1 ? ' fy ' : m));
  return out
    .replace(/\b(?:19|20)\d\d\s?[-/]\s?\d{2,4}\b/g, ' fy ')
    // ("… statistics data returns for 2021 to 2022": a period, no figure.)
    .replace(/\b(?:19|20)\d\d\s+to\s+(?:19|20)\d\d\b/g, ' fy ')
    .replace(/^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/, ' ');
}

function hasLinkIn(text: string): boolean {
  URL.lastIndex = 0;
  // ("… on the following link." with the link itself lost in the copy: the answer still points to it.)
  const found = URL.test(text) || LINK_REF.test(text) || (/link|here/i.test(text) && LINK_NAMED.test(text));
  URL.lastIndex = 0;
  return found;
}

function hasFigure(masked: string): boolean {
  // "Four." standing as a clause: a count written as a word.
  return /\d/.test(masked) || WORD_COUNT_CLAUSE.test(masked);
}
const WORD_COUNT_CLAUSE = /^\W*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\W*$/i;

function notHeldPatterns(text: string, words: WordIndex): RegExp[] {
  return NOT_HELD.filter((re, i) => words.any(NOT_HELD_NEEDLES[i] ?? []) && re.test(text));
}

// ---- refusal detection ---------------------------------------------------------------

interface RefusalHit {
  exemption: Exemption;
  weight: number;
  label: string;
  clause: number;
}

/** The Freedom of Information (Scotland) Act 2002, FOISA, or the Environmental Information (Scotland) Regulations. */
const SCOTTISH_ACT = /\(scotland\)\s+(?:act|regulations)\b|\bfoisa\b|\bfoi\s?\(s\)\s?a\b/;

/** Refusal said outright, for a cue that is also the question's topic: "refuse", "exempt", "withheld", "your request", a section cited. */
// (Only the Act's exemptions, sections 12 to 49: "section 3 of the … Regulations" refuses nothing.)
const TOPIC_REFUSED_RE = /\b(?:refus\w*|exempt\w*|withh(?:eld|old\w*)|not\s+(?:obliged|required)\s+to\s+comply|(?:your|this)\s+request|section\s+(?!17\b)(?:1[2-9]|[2-4]\d)\b|s\.?\s?(?!17\b)(?:1[2-9]|[2-4]\d)\b)/;

/** Every exemption signal, clause by clause; weak cues and bare citations count only near refusal wording. */
/** "… is an absolute exemption", "… is a qualified exemption": what kind of exemption a section is. */
const EXEMPTION_KIND_RE = /^\s*(?:of\s+the\s+[a-z ()]{0,60}?act(?:\s+\d{4})?\s+)?is\s+(?:an?\s+)?(?:absolute|qualified)\s+exemption\b/i;

function findRefusals(text: string, words: WordIndex, clauses: readonly string[], question?: Question): RefusalHit[] {
  // Whole-text passes first: most answers carry no cue, and then no clause needs a look.
  const cues = EXEMPTION_CUES.filter((c) => words.any(c.needles) && c.pattern.test(text));
  SECTION_CITATION.lastIndex = 0;
  const cites = /\d/.test(text) && (/\bs(?:ections?|ect\.|\.)?\s?\d/.test(text) || /\breg/.test(text));
  const hits: RefusalHit[] = [];
  if (cues.length === 0 && !cites) return hits;
  // Sections of the Freedom of Information (Scotland) Act are numbered differently.
  const scottish = SCOTTISH_ACT.test(text);
  const asked = question?.text ? normalise(question.text) : '';
  const topical = (cue: (typeof cues)[number]): boolean => asked !== '' && cue.pattern.test(asked);
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (LIFTED.test(clause) && !DUTY_NOT_APPLYING.test(clause)) continue;
    let framedMemo: boolean | undefined;
    const framed = (): boolean => {
      if (framedMemo === undefined) {
        const near = `${clauses[i - 1] ?? ''} ${clause} ${clauses[i + 1] ?? ''}`;
        framedMemo = REFUSAL_WORDING.test(near) || /\bexceed/.test(near) || /\bnot\s+(?:obliged|required)\s+to\b/.test(near);
      }
      return framedMemo;
    };
    if (cites) {
      for (const m of clause.matchAll(SECTION_CITATION)) {
        // ("We are applying the exemption at section 39(2) of the Freedom of Information (Scotland)
        // Act, so that we do not also have to deal with your request under FOISA": the request
        // answered under the Environmental Information Regulations instead; nothing refused.)
        if (scottish && m[1] === '39' && /\(\s*2\s*\)/.test(m[0])) continue;
        // ("Residents" / "Section 21 is an absolute exemption and no public interest test is
        // required.": after the answer, a sentence on what kind of exemption a section is explains
        // a refusal made elsewhere in the letter; it refuses nothing here.)
        if (i > 0 && EXEMPTION_KIND_RE.test(clause.slice((m.index ?? 0) + m[0].length))) continue;
        // ("… each of the c. 160 section 38 files … so under section 12 of the Act we are not obliged
        // to answer it" for "how many times has the council called in a section 38 bond": a section
        // the question itself names is its subject, another Act's, not an exemption.)
        if (asked !== '' && new RegExp(String.raw`\bs(?:ections?|ect\.|\.)?\s?${m[1]}\b(?!\s*\()`).test(asked) && !/\(\s*\d/.test(m[0])) continue;
        const ex = exemptionForSection(Number(m[1]), scottish);
        // A citation heading a short answer ("Section 40 (2) – personal information") is the refusal itself.
        // ("Section 21: The figures you asked for can already be read in …": a citation
        // heading the answer, a colon or dash after it, whatever the length.)
        const headline = (m.index ?? 0) <= 12 && (clause.length < 80 || /^\s*[:–—-]\s/.test(clause.slice((m.index ?? 0) + m[0].length)));
        // ("… = 60.8 hours. (S12)": the section alone in brackets closing its clause labels a decision.)
        const closing = clause[(m.index ?? 0) - 1] === '(' && /^\s*\)\W*$/.test(clause.slice((m.index ?? 0) + m[0].length));
        if (ex && (headline || closing || framed())) hits.push({ exemption: ex, weight: 3, label: m[0].trim(), clause: i });
      }
      for (const m of clause.matchAll(REGULATION_CITATION)) {
        const ex = exemptionForRegulation(m[1] ?? '');
        if (ex && framed()) hits.push({ exemption: ex, weight: 3, label: m[0].trim(), clause: i });
      }
    }
    for (const cue of cues) {
      if (!cue.pattern.test(clause)) continue;
      // ("… guidance on vexatious requests" for a question about vexatious requests: the question's
      // own topic is no refusal unless refusal wording frames it.)
      if (cue.strong && !topical(cue)) hits.push({ exemption: cue.exemption, weight: 2, label: cue.label, clause: i });
      else if (topical(cue)) {
        // (The question's topic counts only where the council says it refuses: "we consider your request vexatious".)
        const near = `${clauses[i - 1] ?? ''} ${clause} ${clauses[i + 1] ?? ''}`;
        if (TOPIC_REFUSED_RE.test(near)) hits.push({ exemption: cue.exemption, weight: 1, label: cue.label, clause: i });
      } else if (framed()) hits.push({ exemption: cue.exemption, weight: 1, label: cue.label, clause: i });
    }
  }
  return hits;
}

/** The exemption with the most weight; ties go to the one named first. */
function bestExemption(hits: readonly RefusalHit[]): { exemption: Exemption; label: string; mixed: boolean; weight: number } | undefined {
  if (hits.length === 0) return undefined;
  const totals = new Map<Exemption, { weight: number; first: number; label: string }>();
  for (const h of hits) {
    const t = totals.get(h.exemption);
    if (t) t.weight += h.weight;
    else totals.set(h.exemption, { weight: h.weight, first: h.clause, label: h.label });
  }
  // A numbered citation of another section beats the generic `other`; wording alone does not beat
  // `other` cited by number ("withheld under the exception in Reg 12(4)(d) of the EIRs", then words
  // about a later publication).
  if (totals.size > 1 && (!hits.some((h) => h.exemption === 'other' && h.weight === 3) || hits.some((h) => h.exemption !== 'other' && h.weight === 3))) totals.delete('other');
  let best: [Exemption, { weight: number; first: number; label: string }] | undefined;
  for (const entry of totals) {
    if (!best || entry[1].weight > best[1].weight || (entry[1].weight === best[1].weight && entry[1].first < best[1].first)) best = entry;
  }
  if (!best) return undefined;
  // "withheld under Section 43 (…) and Section 31 (…)": two sections cited together
  // as the grounds, the first named leads, however often the reasons below return to the other's
  // words. (A section outside the list, 24 or 38, is `other`: cited by number, it still leads.)
  const cited = hits.filter((h) => h.weight === 3);
  const lead = cited[0];
  if (lead && lead.exemption !== best[0] && cited.some((h) => h.exemption === best![0] && Math.abs(h.clause - lead.clause) <= 1)) {
    return { exemption: lead.exemption, label: lead.label, mixed: true, weight: lead.weight };
  }
  return { exemption: best[0], label: best[1].label, mixed: totals.size > 1, weight: best[1].weight };
}

// ---- cross-references ----------------------------------------------------------------

/** "See our response to question (ii)": a request numbered in roman numerals. */
const ROMAN_REF = /\b(?:see|refer|same\s+as|as\s+per|as\s+in|as\s+for|(?:answer|response|reply)\s+(?:to|for|at|in|under|given))\b[^.;\n]{0,40}?\bquestion\s?\(\s?(x{0,3}(?:ix|iv|v?i{0,3}))\s?\)/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanNumber(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]!]!;
    n += i + 1 < r.length && ROMAN_VALUES[r[i + 1]!]! > v ? -v : v;
  }
  return n;
}

/**
 * "As per our answer to 1.2.", "See question 2.1": a question numbered with a decimal, returned as
 * written ("Q1.2"); the reader finds the question the questionnaire labels so.
 */
const DECIMAL_REF = /(?:^[\s"'(*-]*(?:please\s+)?(?:see|refer\s+to|as\s+per|as\s+for|as\s+in|same\s+as|as)\s+(?:(?:our|the)\s+)?(?:(?:answer|response|reply)\s+(?:(?:to|at|for|given\s+(?:to|at|for))\s+)?)?(?:(?:question|q)\s?\.?\s?)?|\b(?:see|refer|same\s+as|as\s+per|as\s+in|as\s+for|(?:answer|response|reply)\s+(?:to|for|at|in|under|given))\b[^.;\n]{0,40}?\b(?:question|q)\s?\.?\s?)(\d{1,2}\.\d{1,2})(?![\d%]|[,.]\d)/;

/** "… the answer to Q6c is the same as for Q6b", "is the same as that given at question 4": the question whose answer this one is. */
// ("… for Q4b the answer is as Q4a": the same, without "the same".)
const SAME_AS_REF = /\b(?:is|are|will\s+be|would\s+be)\s+(?:the\s+same\s+as|as(?=\s+(?:for\s+|in\s+|at\s+)?q(?:uestion)?\s?\.?\s?\d))\s+(?:(?:that|those|the\s+(?:answer|figure|response))\s+)?(?:(?:for|to|in|at|given\s+(?:for|to|in|at))\s+)?(?:q(?:uestion)?\s?\.?\s?)(\d{1,3})(?:\s?\(\s?([a-z])\s?\)|([a-z])\b)?(?![\d%])/i;

/** The question SAME_AS_REF names, or null. */
function sameAsRef(text: string): string | null {
  const m = SAME_AS_REF.exec(text);
  return m ? normalizeId(`Q${m[1]}${m[2] ?? m[3] ?? ''}`) : null;
}

function findCrossRef(text: string): string | 'previous' | undefined {
  // ("The answer to Q6c is the same as for Q6b": the question named after "the same as".)
  const same = sameAsRef(text);
  if (same) return same;
  const d = DECIMAL_REF.exec(text);
  if (d) return `Q${d[1]}`;
  const m = CROSS_REF_ID.exec(text) ?? BARE_REF.exec(text) ?? REFERRED_AT.exec(text);
  if (m) {
    const id = normalizeId(`Q${m[1]}${m[2] ?? m[3] ?? ''}`);
    if (id) return id;
  }
  const r = ROMAN_REF.exec(text);
  if (r && r[1]) return `Q${romanNumber(r[1])}`;
  return CROSS_REF_PREVIOUS.test(text) ? 'previous' : undefined;
}

/** "For the same reason …", "for that reason …" opening an answer: the reason given in the answer before. */
const SAME_REASON_RE = /^\W*(?:and\s+)?for\s+(?:the\s+same|that|this)\s+reasons?\b/i;

/** "In summary, …", "Briefly, …": the answer given in brief after a pointer to where it is set out. */
const SUMMARISED_RE = /\b(?:in\s+summary|in\s+brief|in\s+short|briefly|to\s+summari[sz]e)\s*,/i;

/** An answer that opens by refusing and goes on to a reference: "Exempt – ", "Withheld, ". */
const REFUSED_AS_RE = /^[\s"'(*]*(?:exempt|withheld|refused|redacted)\b[\s,;:.–—-]*/i;

/** "the Fees and Charges document referred to at 4", "the report mentioned in answer 3": the answer that named it. */
const REFERRED_AT = /\b(?:referred\s+to|mentioned|cited|named|linked)\s+(?:at|in|under)\s+(?:(?:our\s+)?(?:answer|response|reply|question|point|item)\s+)?(?:q\s?)?(\d{1,3})(?:\s?\(\s?([a-z])\s?\)|([a-z])\b)?(?![\d%]|[,.]\d)/;

/** Words that may surround a reference without adding anything to it. */
const CROSS_REF_ID_ALL = new RegExp(CROSS_REF_ID.source, 'g');
const REF_FILLER = /\b(?:above|below|earlier|previously|please|kindly|see|refer|to|the|our|my|answer|answers|response|responses|reply|given|provided|question|for|at|in|same|as|per|this|also|applies|apply|again|here|also|ditto|previous|before|and|under|q|details?|element)\b/g;

/**
 * A reference with nothing else of substance: the answer is the referenced one's. The one place
 * the engine decides that an answer is only a cross-reference (the reader resolves it).
 */
export function onlyCrossRef(text: string): string | 'previous' | undefined {
  const m = DECIMAL_REF.exec(text) ?? CROSS_REF_ID.exec(text) ?? BARE_REF.exec(text) ?? ROMAN_REF.exec(text) ?? CROSS_REF_PREVIOUS.exec(text);
  if (!m || m[0] === '') return undefined;
  // ("Gweler yr ateb i gwestiwn 6b. Please see the answer to question 6b.": the same reference
  // in two languages is still only a reference.)
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(CROSS_REF_ID_ALL, ' ').replace(REF_FILLER, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return undefined;
  return findCrossRef(text);
}

// ---- the classifier ------------------------------------------------------------------

/** A clause that gives a figure rather than explaining a refusal. */
const RELEASED =
  /\b(?:releas(?:e|ed|ing)|disclos(?:e|ed|ing)\s+(?:the|that|this|a|its)\b|can\s+(?:provide|confirm|tell|say|give|share)|(?:is|was|were|are|totals?|totalled|amounts?\s+to|came\s+to)\s+(?:approximately\s+|around\s+|about\s+|c\.\s?)?£?\s?\d)/i;

/**
 * "If it would help, we could tell you how many homes we helped back into use; that figure is
 * 41": after a refusal, a figure offered as advice and assistance answers something else.
 */
const ADVICE_OFFER = /\b(?:if\s+it\s+(?:would|will|may|might)\s+(?:be\s+of\s+)?help|by\s+way\s+of\s+(?:advice|assistance)|in\s+the\s+interests?\s+of\s+(?:providing\s+)?(?:some\s+)?(?:advice|assistance)|we\s+(?:could|can)\s+(?:instead\s+)?(?:tell|provide|give|offer)\s+you)\b/i;

/** "Releasing current spend would weaken our position": the harm a disclosure would do, not a disclosure. */
const HARM_ARGUMENT = /\b(?:releas\w*|disclos\w*|publish\w*|provid\w*)\b[^.;]{0,80}\b(?:would|could|might|may|is\s+likely\s+to)\s+(?:be\s+likely\s+to\s+)?(?:weaken|prejudice|harm|damage|undermine|compromise|disadvantage|affect|jeopardi[sz]e|reveal|expose|assist|help)\b/i;

function result(status: Status, confidence: number, reason: string, extra: Partial<Classification> = {}): Classification {
  return { status, confidence, reason, ...extra };
}

/** Classify one answer's text (the text after its question, without the question). Never throws. */
export function classifyAnswer(answerText: string, question?: Question): Classification {
  try {
    return classify(typeof answerText === 'string' ? answerText : '', question);
  } catch {
    return result('unclear', 0.1, 'classifier error');
  }
}

/**
 * In a cost-limit refusal, the account's dates ("the Council changed software supplier in January
 * 2024") are its reasoning, never a value.
 */
function costReasoningMasked(text: string): string {
  if (!text.includes('12') && !text.includes('limit') && !text.includes('unreasonable')) return text;
  if (!/appropriate\s+limit|cost\s+limit|section\s+12\b|\bs\.?\s?12\b|manifestly\s+unreasonable|regulation\s+12\s*\(\s*4\s*\)\s*\(\s*b\s*\)/.test(text)) return text;
  return text
    // ("the category field was introduced only in 2023")
    .replace(/\b(?:in|since|from|until|before|after)\s+(?:19|20)\d\d\b(?![/–-]\d)/g, ' date ')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b/g, ' date ');
}

function classify(answerText: string, question?: Question): Classification {
  let raw = answerText.length > MAX_ANALYSED ? answerText.slice(0, MAX_ANALYSED) : answerText;
  // ("… the same applies to question" / "6c.": a question's name wrapped from its number is one name.)
  if (/question[ \t]*\r?\n/i.test(raw)) raw = raw.replace(/\b(questions?)[ \t]*\r?\n[ \t]*(?=\d{1,3}[a-z]?\b)/gi, '$1 ');
  // ("Release Partial Release Refuse Information Not Held …" over rows of figures: the table's
  // categories, in capitals, are no statement of the answer's.)
  if (/\bNot Held\b/.test(raw) && (raw.match(/^[^\n]*?\d[^\n]*?\s\d[^\n]*?\s\d[^\n]*?\s\d/gm) ?? []).length >= 3) raw = raw.replace(/\b(?:Information\s+)?Not Held\b/g, 'Category');
  const blocks = splitBlocks(raw);
  let kept = blocks.filter((b) => !isBoilerplate(b));
  // "Properties" with the letter's closing on the next line, no blank line between: the first line
  // is the answer when the rest is boilerplate.
  if (kept.length === 0) {
    kept = blocks.flatMap((b) => {
      const nl = b.indexOf('\n');
      const head = nl > 0 ? b.slice(0, nl).trim() : '';
      return head && head.length <= 80 && isBoilerplate(b.slice(nl + 1)) && !isBoilerplate(head) ? [head] : [];
    });
  }
  if (kept.length === 0) {
    return blocks.length === 0 ? result('unclear', 0.1, 'empty answer') : result('unclear', 0.2, 'only boilerplate');
  }
  // "733 (revised; previously refused under section 12)": what an earlier reply said is history.
  const text = costReasoningMasked(normalise(kept.join('\n')).replace(PREVIOUSLY, ' ').trim());
  if (!/[\p{L}\p{N}]/u.test(text)) return result('unclear', 0.15, 'no words');

  // N/A leads: it is the coder's convention for routed-away questions, whatever follows.
  // ("N/A, 0 investigations": a count of none given with it, which some coders record as answered 0;
  // offered, never written unreviewed.)
  if (NOT_APPLICABLE_LEAD.test(text)) return /^[^\p{L}\p{N}]*n\s?\/\s?a\b[\s,;:.–—-]+0\s+[a-z]/iu.test(text) ? result('not-applicable', 0.7, '"N/A", with a count of none') : result('not-applicable', 0.95, '"N/A"');
  // "See attached": the information is in a document the reply points to.
  // ("Please see the attached refusal notice, which explains why we cannot answer": the
  // attachment is a refusal, whose section the text does not give.)
  // ("Please find the logs attached. Some information has been removed, for the reasons set out
  // below.": what is attached is released with parts withheld.)
  if (ATTACHMENT_LEAD.test(text) && REDACTED_RE.test(text)) return result('partial', 0.6, ATTACHED_REDACTED_REASON);
  // ("Response to this request - 3625280.": the link to the reply's document, and nothing else.)
  if (DOCUMENT_TITLE_ONLY.test(text)) return result('signposted', 0.75, 'only a document\'s title: the answer is in that document');
  if (ATTACHMENT_LEAD.test(text)) return /\brefusal\s+notice\b/.test(text) ? result('refused', 0.7, 'a refusal notice attached', { exemption: 'other' }) : result('signposted', 0.85, 'points to an attachment');
  // "We wrote to you on 2 May disclosing the information for points 1-4.", "This was provided to you in
  // our letter of 3 March.": the answer is in an earlier reply the requester already has.
  if (SENT_BEFORE.test(text)) return result('signposted', 0.75, 'points to an earlier reply');
  // "Please see the note on section 12 below.": the answer is that section's refusal, set out further on.
  // ("Please see the section 12 paragraph below.": the same, the section named first.)
  const noteOn = /^[\s"'(*-]*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+|our\s+)?(?:(?:note|explanation|paragraph|section)\s+(?:on|about|regarding|concerning)\s+(?:section|s\.?)\s?(\d{1,2})|(?:section|s\.?)\s?(\d{1,2})\s+(?:note|explanation|paragraph|statement))\b[^.]{0,30}\b(?:below|above|overleaf)\b/.exec(text);
  const noteSection = noteOn ? noteOn[1] ?? noteOn[2]! : '';
  const noteExemption = noteOn ? exemptionForSection(Number(noteSection)) : undefined;
  if (noteExemption) return result('refused', 0.7, `the note on section ${noteSection}`, { exemption: noteExemption });
  // "See the refusal notice below", "Please refer to our refusal notice": the answer is the notice.
  if (/^[\s"'(*-]*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+|our\s+)?(?:formal\s+)?refusal\s+notice\b/.test(text)) return result('refused', 0.7, 'a refusal notice', { exemption: 'other' });
  // "All 3 schools – to be determined (range 210 to 630)": nothing decided yet, so nothing held;
  // the figures are its subject and its context.
  if (UNDECIDED_LEAD.test(text)) return result('not-held', 0.6, 'not decided yet');
  // "Partial disclosure – we give our own figures only …", "Full disclosure": a police decision
  // heading says how much was given, whatever the reasons below it cite.
  if (/^[\s"'(*-]*partial\s+disclosure\b/.test(text)) return result('partial', 0.8, 'partial disclosure');
  if (/^[\s"'(*-]*full\s+disclosure\b/.test(text)) return result('answered', 0.8, 'full disclosure');
  // "…is held by Westmarsh County Council and not Kettleby Borough Council", "…is considered out of
  // scope of the FOI Act": nothing this council holds under the Act answers it.
  if ((HELD_ELSEWHERE.test(text) || RESPONSIBILITY_ELSEWHERE.test(text) || OUT_OF_SCOPE.test(text)) && !/\d{2,}|£/.test(text.replace(/\b(?:19|20)\d\d\b/g, ''))) return result('not-held', 0.8, OUT_OF_SCOPE.test(text) ? 'outside the Act' : 'held by another body');
  if (NOT_WRITTEN_LEAD.test(text) && !/\d|https?:|www\.|\b(?:but|however|although|attached|enclosed)\b/i.test(text)) return result('not-held', 0.6, 'not written yet');

  const words = new WordIndex(text);
  // "Exempt – see 4a", "Withheld, as Q9": refused for the reason the answer referred to gives.
  const refusedAs = text.length < 120 ? REFUSED_AS_RE.exec(text) : null;
  if (refusedAs) {
    // ("Withheld, for the reasons given at Q9", "Exempt for the same reasons as Q4": the reasons
    // another answer gives.)
    const pointer = text.slice(refusedAs[0].length).replace(/^(?:for|under|on)\s+(?:the\s+)?(?:same\s+)?(?:reasons?|grounds?|exemptions?)\s+(?:(?:given|set\s+out|stated|explained|outlined|cited)\s+)?(?:at|in|under|for|as|to)\s+(?:(?:for|in|at)\s+)?/, 'see ');
    const ref = onlyCrossRef(pointer);
    if (ref && ref !== 'previous') return result('refused', 0.3, `refused, as ${ref}`, { crossRef: ref });
  }
  // "The breakdown by type is given in the table under questions 1 and 2 above.": the answer is
  // where another question's is.
  const givenAt = text.length < 200 ? GIVEN_UNDER_RE.exec(text) : null;
  if (givenAt) {
    const id = normalizeId(`Q${givenAt[1]}`);
    if (id) return result('answered', 0.3, `refers to ${id}`, { crossRef: id });
  }
  // ("All (see 3)" for "how many were formally investigated?": every one of those counted at 3.)
  const allOf = text.length < 40 ? ALL_SEE_RE.exec(text) : null;
  if (allOf) {
    const id = normalizeId(`Q${allOf[1]}${allOf[2] ?? ''}`);
    if (id && id !== question?.id) return result('answered', 0.3, `refers to ${id}`, { crossRef: id });
  }
  // "As our answer to Question 6b – we do not measure uptake in any other way.": an answer that
  // opens by saying it is another's is that answer; what follows says why.
  // "As the response to Q1 above is negative we are unable to provide a response to these parts":
  // the question follows on from one answered no, so it does not arise.
  if (DEPENDS_ON_NO_RE.test(text)) return result('not-applicable', 0.75, 'the answer it follows on from is no');
  // "The council does not use parking cameras." for "If the council uses parking cameras …, how
  // many fines …?": the question's condition is not met, so it does not arise.
  if (question?.text && text.length < 200 && !/\d/.test(text)) {
    const condition = /^\W*if\s+([^?]{10,200}?)(?:,|\?|\bhow\b|\bwhat\b|\bplease\b)/i.exec(question.text)?.[1]?.toLowerCase();
    const denied = CONDITION_DENIED_RE.exec(text);
    if (condition && denied && denied[1]!.toLowerCase().split(/\s+/).some((w) => w.length >= 4 && condition.includes(w))) return result('not-applicable', 0.7, "the question's condition is not met");
  }
  if (text.length < 200 && AS_ANSWER_LEAD.test(text)) {
    const m = BARE_REF.exec(text);
    const id = m ? normalizeId(`Q${m[1]}${m[2] ?? m[3] ?? ''}`) : null;
    if (id && id !== question?.id) return result('answered', 0.3, `refers to ${id}`, { crossRef: id });
  }
  // "Q4(b): As (a).", "See (a) above": a part of the same question, named by its letter alone.
  const sibling = question ? SIBLING_REF_RE.exec(text) : null;
  const parent = question ? /^Q(\d{1,3})[a-z]$/.exec(question.id)?.[1] : undefined;
  if (sibling && parent && `Q${parent}${sibling[1]}` !== question!.id) return result('answered', 0.3, `refers to Q${parent}${sibling[1]}`, { crossRef: `Q${parent}${sibling[1]}` });
  // "See 4a) above" carries a figure that is an id: read references before figures.
  if (text.length < 200 && words.any(CROSS_REF_NEEDLES)) {
    // "See the Fees and Charges document referred to at 4.": a pointer to what another answer named.
    const at = REFERRED_AT.exec(text);
    const ref = onlyCrossRef(text) ?? (at && /^[\s"'(*-]*(?:please\s+)?see\b/.test(text) && !/\d/.test(text.slice(0, at.index) + text.slice(at.index + at[0].length)) ? findCrossRef(text) : undefined);
    if (ref) return result('answered', 0.3, `refers to ${ref === 'previous' ? 'the previous answer' : ref}`, { crossRef: ref });
  }
  const clauses = splitClauses(text, words);
  const refusals = findRefusals(text, words, clauses, question);
  const notHeld = notHeldPatterns(text, words);
  // ("No capacity projection has been carried out" for "In which year …?": the work that would give
  // the figure was never done, so nothing is held. For "How many surveys …?" it is a count of none,
  // for "Has a survey been done?" a no, and for "If so, a copy of the report" a question that does
  // not arise.)
  if (question && ['year', 'date', 'duration', 'percent', 'text'].includes(question.type) && !/^\W*if\b/i.test(question.text ?? '') && NOT_DONE_RE.test(text)) notHeld.push(NOT_DONE_RE);
  // ("No target is set for issuing permits." for "What is the target time …?": the target asked
  // for does not exist, so nothing is held.)
  if (question && TARGET_ASKED_RE.test(question.text ?? '') && NO_TARGET_RE.test(text)) notHeld.push(NO_TARGET_RE);
  const best = bestExemption(refusals);
  const refusedClauses = new Set(refusals.map((h) => h.clause));

  let valueClauses = 0;
  let notHeldClauses = 0;
  // After a refusal, a figure is the refusal's explanation ("contracts due for re-procurement
  // in 2019", "we publish spend over £500") unless the clause says it is released or given.
  const firstRefused = refusedClauses.size > 0 ? Math.min(...refusedClauses) : Infinity;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (i > firstRefused && (!RELEASED.test(clause) || HARM_ARGUMENT.test(clause) || ADVICE_OFFER.test(clause) || ADVICE_OFFER.test(clauses[i - 1] ?? ''))) continue;
    // "contractors are not coded separately and are included within agency": in the figure, so held.
    // (But "Not recorded separately - it is included in the overall ICT budget of £1.14m, which also
    // covers hardware, staff and telephony": a wider whole's figure is no figure for what was asked.)
    if (notHeld.length > 0 && notHeld.some((re) => re.test(clause)) && !(INCLUDED_IN.test(clause) && !WIDER_WHOLE_RE.test(text))) {
      notHeldClauses++;
      // "Employees and agency staff £92.7m – contractor spend is not held": a figure before a
      // spaced dash, and the not-held words after it, give a part.
      // ("there are 15 sites, in total - 2 sites managed by the Council, plot data is not held": the
      // figure in the words before the not-held ones.)
      const at = Math.min(...notHeld.map((re) => new RegExp(re.source, re.flags.replace('g', '')).exec(clause)?.index ?? Infinity));
      const lead = Number.isFinite(at) && at > 0 ? clause.slice(0, at) : clause.split(/\s-\s(?=[a-z])/)[0]!;
      if (lead !== clause && !notHeld.some((re) => re.test(lead)) && hasFigure(maskNoise(lead).replace(/\b(?:19|20)\d\d\b/g, ' '))) valueClauses++;
      continue;
    }
    if (refusedClauses.has(i)) continue;
    // "The council directly employs nine passenger assistants.": a count in words, for a count asked.
    // (Not a band under an exemption: "fewer than five complaints" stands in for the withheld count.)
    // (So does one that opens with "one": "one employment tribunal claim … was brought in 2023/24".)
    if (question?.type === 'number' && (COUNT_IN_WORDS.test(best ? clause.replace(SMALL_NUMBER_BAND, ' ') : clause) || ONE_OPENS_RE.test(clause))) {
      valueClauses++;
      continue;
    }
    if (!hasFigure(clause)) continue;
    // "Fewer than 5. The exact figure is withheld under section 40(2)": a band that stands in for
    // the withheld figure is no figure given.
    // "including a summary of changes made following the 2024 consultation, is published on our
    // website": under a section 21 pointer, a year dates the document; it is no figure given.
    // ("… fewer than five complaints were received in 2025": the year dates the clause.)
    // ("… intends to publish the data by the summer of 2026": under section 22 the year is when.)
    const masked = (best ? maskNoise(clause).replace(SMALL_NUMBER_BAND, ' ').replace(YEAR_OF_TIME_RE, ' ') : maskNoise(clause)).replace(best?.exemption === 's21' || best?.exemption === 's22' ? /\b(?:19|20)\d\d\b(?![-/–]\d)/g : /$^/, ' ');
    // ("Our responders attended about 14,800 call-outs in 2023/24. Even at an estimate of one minute
    // per call-out, this would take over 240 hours": under a cost refusal, the figure the next
    // clause reckons the time from is how much would have to be read.)
    if (hasFigure(masked) && !(best?.exemption === 's12' && (COST_WORKINGS.test(masked) || RECKONED_FROM_RE.test(clauses[i + 1] ?? '')))) {
      valueClauses++;
    }
  }
  // (For a question that is not yes/no, "No system installed" opens with a determiner, not a "No".)
  const leadYesNo = LEAD_YES_NO.test(text) && (!question || question.type === 'yes-no' || !NO_DETERMINER_RE.test(text)) ? (/^[\s"'(*-]*y/.test(text) ? 'Yes' : 'No') : undefined;
  const noneLike = NONE_LIKE.test(text);
  const isYesNoQuestion = question?.type === 'yes-no';

  // Refusals.
  if (best) {
    const ex = { exemption: best.exemption };
    const whole = WHOLE_REFUSAL.test(text);
    // "Total training cost £41,127.97. The force can neither confirm nor deny any further information
    // is held by virtue of Section 23(5)": the figure answers; the section is said of anything more.
    if (!whole && valueClauses > 0 && /\bneither\s+confirm\s+nor\s+deny\s+(?:that\s+)?(?:any|whether\s+any)\s+(?:further|other|additional)\s+information\b/.test(text)) return result('answered', 0.7, `value given; "${best.label}" said only of further information`);
    // (So does a table of figures, one to a line, under a pointer to where the rest is published:
    // "… exempt under section 21 … https://…" / "Quarter 1" / "61" / "48" / "78.7%".)
    const table = best.exemption !== 's12' && best.exemption !== 's14' && FIGURE_ROWS_RE.test(text);
    // ("Job title: Environmental Health Manager. The officer's name is withheld under section 40(2)":
    // for a question asking for words, a value given under its own heading, then a named part kept back.)
    // ("The lead officer is the Principal Licensing Officer. We have withheld the officer's name …":
    // the same with the part given in a sentence of its own, first.)
    const firstSentence = /^[^.;]*/.exec(text)![0];
    const givenFirst = LABELLED_VALUE_LEAD_RE.test(text) || (firstSentence.length < text.length && !/\b(?:exempt|withh|refus|redact|section|information|data|request|personal)/.test(firstSentence) && firstSentence.split(/\s+/).length >= 4);
    // ("Democratic Services Manager. We do not release the names of officers …", "Passport Services
    // Direct Ltd." / "The end date of the current contract is withheld under section 43(2)": a name
    // in capitals given first, on its own, then something else kept back.)
    const labelledPart = question?.type === 'text' && ((givenFirst && PART_WITHHELD.test(text)) || (!whole && NAME_LEAD_RE.test(kept.join('\n').trim()) && !NOT_A_NAME_RE.test(/^[^.;\n]*/.exec(text)![0])));
    if (!whole && (valueClauses > 0 || leadYesNo === 'Yes' || table || labelledPart)) return result('partial', 0.65, `value given; "${best.label}" → ${best.exemption}`, ex);
    if (!whole && PART_OF_INFO_WITHHELD.test(text)) return result('partial', 0.6, `part of the information withheld; "${best.label}" → ${best.exemption}`, ex);
    if (notHeldClauses > 0 && best.weight < 3 && !/\bexempt|withh/.test(text)) {
      // "We do not hold it; even if we did, …" — the not-held statement is the answer.
      if (best.exemption !== 's12' && best.exemption !== 's14') return result('not-held', 0.6, 'not held (an exemption is mentioned too)');
    }
    // Section 21 with somewhere specific to look (a link, an attachment, a named publication)
    // signposts; section 21 alone ("available by other means") refuses.
    if (best.exemption === 's21' && (hasLinkIn(text) || ATTACHMENT.test(text) || NAMED_PUBLICATION.test(text) || LINKS_BELOW.test(text))) {
      // ("This information is available on our disclosure log" and nothing more: which entry is not
      // said, so whether that points somewhere specific is a reading; offered, never certain.)
      const logOnly = !hasLinkIn(text) && !ATTACHMENT.test(text) && !LINKS_BELOW.test(text) && !NAMED_PUBLICATION.test(text.replace(DISCLOSURE_LOG_RE, ' '));
      if (logOnly) return result('signposted', 0.6, `"${best.label}" → s21, its disclosure log (no entry named)`, { ...ex, doubtful: true });
      return result('signposted', best.mixed ? 0.7 : 0.9, `"${best.label}" → s21, and says where`, ex);
    }
    const conf = best.mixed ? 0.7 : best.weight >= 2 ? 0.92 : 0.78;
    return result('refused', conf, `"${best.label}" → ${best.exemption}`, ex);
  }

  if (notHeldClauses > 0) {
    // "The information we hold … is enclosed (Appendix 1). … We do not hold any other information
    // about …": what is held is in the enclosure; the rest is the caveat that nothing more is held.
    if (ATTACHMENT.test(/^[^.!?]*[.!?]?/.exec(text)![0]) && /\b(?:any|no)\s+(?:other|further|additional|more)\s+(?:recorded\s+)?information\b/.test(text)) return result('signposted', 0.7, 'points to an attachment; nothing more held');
    // "We have no recorded collisions involving our gritters." for a count: none recorded.
    // ("None recorded. Such complaints usually go to the contractor.": the count, then where
    // others might be; one not-held clause.)
    if (question?.type === 'number' && valueClauses === 0 && notHeldClauses === 1 && NONE_RECORDED_RE.test(text)) return result('answered', 0.7, 'none recorded');
    if (leadYesNo && isYesNoQuestion) return result('answered', 0.6, `"${leadYesNo}" (with a not-held remark)`);
    // "Staff with a Blue Badge can park for free. The Trust does not record the number of staff who do
    // this." for "Are any staff eligible for free parking and if so who?": the not-held remark is of a
    // count the question never asked; the sentence before it answers.
    if (question && (question.type === 'yes-no' || question.type === 'text') && !COUNT_ASKED_RE.test(question.text ?? '') && clauses.length > notHeldClauses && COUNT_NOT_HELD_RE.test(text) && !COUNT_NOT_HELD_RE.test(/^[^.!?]*/.exec(text)![0])) {
      return result('answered', 0.6, 'an answer, and a count it was not asked for not held');
    }
    // "Grounds are not categorised, so we are unable to say which is the most common. However,
    // officers have advised that the most frequent was …": for a question answered in words, the
    // sentence after "However" answers it as best the council can; offered, never certain.
    const however = question && !TYPED_FIGURE.has(question.type) && question.type !== 'yes-no' ? /[.;]\s+however,?\s+([^.]{20,})/i.exec(text) : null;
    if (however && !notHeld.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(however[1]!)) && !/\b(?:not|no|unable|cannot|can't)\b/i.test(however[1]!)) return result('answered', 0.6, 'an answer given after the not-held caveat');
    // "Between 70 and 80. An exact figure is not recorded.": the estimate is the answer.
    if (valueClauses > 0 && EXACT_NOT_HELD.test(text)) return result('answered', 0.7, 'an estimate (no exact figure is held)');
    // "The Council does not hold this information. We record … (212 in 2024/25), but not …": the
    // first sentence says the whole is not held; figures after it are context, not a part.
    if (valueClauses > 0 && leadYesNo !== 'Yes' && WHOLE_NOT_HELD_FIRST.test(/^[^.!?]*/.exec(text)![0]) && !PART_NOT_HELD.test(text)) return result('not-held', 0.6, 'not held; the figures given are context');
    // "Not recorded as a separate figure. Software costs sit within the overall ICT revenue budget
    // of £1.26m, which also covers hardware …": the figure given is of a larger whole.
    const opening = /^[^.!?]*/.exec(text)![0];
    if (valueClauses > 0 && leadYesNo !== 'Yes' && notHeld.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(opening)) && !/\d/.test(opening) && LARGER_WHOLE_RE.test(text)) return result('not-held', 0.6, 'not held; the figure given is of a larger whole');
    // ("We do not hold a record of the year in which the lights were bought. Our asset register only
    // begins in 2015": for a year asked, the year said not held; the years after it are context.)
    const first = /^[^.!?]*/.exec(text)![0];
    if (valueClauses > 0 && question?.type === 'year' && /\b(?:year|date|when)\b/.test(first) && notHeld.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(first))) return result('not-held', 0.6, 'the year is not held; the years given are context');
    // ("No formal plan at this time … This information is therefore not held.": for a question answered
    // in words, the clause given says the thing does not exist, and the not-held clause agrees.)
    if (valueClauses > 0 && question?.type === 'text' && ABSENCE_FIRST_RE.test(/^[^.!?]*/.exec(text)![0])) return result('not-held', 0.7, 'none exists, so not held');
    // "0 – we hold no information specific to your request": none, so there is nothing to hold.
    if (ZERO_LEAD_RE.test(text)) return result('answered', 0.7, 'none, and so nothing held');
    // ("£1.4m – the same figure as Q10; we do not calculate licensing spend separately": the figure
    // given covers what is not counted apart; the answer is whole.)
    if (valueClauses > 0 && SAME_FIGURE_AS_RE.test(text) && /\bseparate(?:ly)?\b/.test(text)) return result('answered', 0.7, 'a figure, the same as another answer\'s; not counted apart');
    if (valueClauses > 0 || leadYesNo === 'Yes') return result('partial', 0.7, 'value given and part not held');
    // "Many - the Council uses a large number of systems … and there is no single list.": a vague
    // amount given, and the list behind it not held; unclear or not held, a researcher's call.
    if (VAGUE_AMOUNT_LEAD.test(text)) return result('not-held', 0.6, 'a vague amount, and no record of it held');
    // ("We do not hold a separate figure for residents, so the answer to Q6c is the same as for
    // Q6b.": what is not held is a separate figure; the answer is the other question's.)
    const sameId = sameAsRef(text);
    if (sameId && sameId !== question?.id) return result('answered', 0.3, `refers to ${sameId}`, { crossRef: sameId });
    // ("… does not hold the total number of cards issued … The information below therefore shows
    // the number of registered cardholders": what is held instead is given below; part answered.)
    if (GIVEN_INSTEAD_RE.test(text)) return result('partial', 0.6, 'not held as asked; related figures given below');
    return result('not-held', notHeldClauses === clauses.length ? 0.95 : 0.9, 'not held');
  }

  // "No system installed", "No system needed" for the supplier or system of something: there is none,
  // so the details asked about do not arise.
  if (leadYesNo === undefined && question && !TYPED_FIGURE.has(question.type) && question.type !== 'yes-no' && NO_SUCH_THING_RE.test(text)) return result('not-applicable', 0.7, 'none in place, so nothing to give');
  // "Yes. Name refused - please see refusal notice below.": the answer given, a part of it withheld.
  if ((leadYesNo === 'Yes' || valueClauses > 0) && PART_WITHHELD.test(text)) return result('partial', 0.6, 'value given; part withheld', { exemption: 'other' });
  if (leadYesNo) return result('answered', 0.92, `"${leadYesNo}"`);
  if (noneLike) return result('answered', 0.9, 'none');
  // "Well over 100 services, too many to list here" for a question asking what they are: a count is no list.
  if (valueClauses > 0 && question && !TYPED_FIGURE.has(question.type) && text.length < 250 && TOO_MANY.test(text)) return result('unclear', 0.5, 'too many to list');
  // ("… does hold information covered by this request from 2006. Part of the information, namely
  // locations, is withheld in accordance with the qualified exemptions detailed below.")
  if (PART_OF_INFO_WITHHELD.test(text)) return result('partial', 0.6, 'part of the information withheld', { exemption: 'other' });
  // "This information is partially held. … the cost of the full time officer is £26,423": the
  // figure is the part that is held.
  if (valueClauses > 0 && PARTLY_HELD.test(text)) return result('partial', 0.7, 'partly held, and a value for that part');
  // "The Council only has records from April 2023. … ten issued": figures for part of the period asked.
  if (valueClauses > 0 && RECORDS_ONLY_FROM.test(text)) return result('partial', 0.7, 'records cover only part of the period');
  // ("£2.46m. This is the total for 27 of the 31 waivers; a value was not entered on the other four
  // forms, so we are unable to include them.": the figure covers only some of what was asked.)
  if (valueClauses > 0 && someOfAll(text) && LEFT_OUT_RE.test(text)) return result('partial', 0.7, 'the figure covers only some of them; the rest left out');
  // ("We have provided the information as a separate document to this response. It covers 2013 to
  // 1 August 2024.": an attachment pointed to first; its years are the period it covers.)
  if (valueClauses > 0 && ATTACHMENT.test(/^[^.!?]*[.!?]?/.exec(text)![0]) && !hasFigure(maskNoise(text).replace(/\b(?:19|20)\d\d\b/g, ' '))) return result('signposted', 0.7, 'points to an attachment; its years are the period it covers');
  // ("Our Annual Status Report (ASR) 2019 is on our website along with the monitoring results for
  // 2019. This is available at: https://…": published information pointed to, its years the
  // period it covers, and no figure of its own.)
  // (Not where a year, or yes or no, is what was asked: "It was adopted in 2019 and is published on
  // our website." Nor an account with a pointer after its first two sentences: "The council
  // consulted on a revised policy in spring 2024. The revised policy … A copy is available on request.")
  if (valueClauses > 0 && question?.type !== 'year' && question?.type !== 'yes-no' && text.length < 600 && !SUMMARISED_RE.test(text) && SIGNPOST.test(text.replace(URL, ' ').split(/[.!?]\s+(?=[a-z(])/).slice(0, 2).join('. ')) && !hasFigure(maskNoise(text).replace(URL, ' ').replace(/\b(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\b/g, ' '))) return result('signposted', 0.7, 'points to published information; its years are the period it covers');
  if (valueClauses > 0) return result('answered', 0.9, 'a figure');

  // From here the answer gives no value of its own; the phrase checks are gated by cheap substrings.
  // "As we have no portal, your questions 6(b), 6(c) and 7 do not arise": the numbers name questions
  // (no value), and this question is one of them.
  if (words.any(['apply', 'arise']) && text.length < 300) {
    const named = NAMED_NOT_APPLYING.exec(text);
    if (named && (!question?.id || namesId(named[1]!, question.id))) return result('not-applicable', 0.85, 'its question named as not applying');
  }
  if ((words.any(['applicable', 'apply', 'applies', 'relevant', 'arise', 'routing', 'instructions']) || (text.length < 300 && text.includes('n/a'))) && (/\bnot\s+applicable\b|\b(?:is|are)n't\s+applicable\b/.test(text) || (text.length < 300 && NOT_APPLICABLE_ANY.test(text)))) {
    return result('not-applicable', 0.85, '"not applicable"');
  }
  // ("Various.", "It varies", or "Various. Applications are assessed by the Financial Inclusion team,
  // while …": a word that gives nothing, alone or before words about it; unclear, offered.)
  // (A question asking for a figure is judged by its type, below.)
  if (!(question && TYPED_FIGURE.has(question.type)) && VAGUE_ALONE_RE.test(/^[^.!?;]*[.!?;]?/.exec(text)![0])) return result('unclear', 0.5, 'a vague word first');
  const hasLink = hasLinkIn(text);
  // "Too many to list – the reasons are set out in each inspection report": nothing given, and
  // nowhere published to look.
  if (!hasLink && text.length < 250 && TOO_MANY.test(clauses[0] ?? '')) return result('unclear', 0.5, 'too many to list');
  if (!hasLink) {
    // The value is somewhere the coder must look: only a person can code it.
    if (words.any(['attach', 'enclos', 'appendix', 'provided', 'separate']) && ATTACHMENT.test(text)) return result('signposted', 0.75, 'points to an attachment');
    const crossRef = words.any(CROSS_REF_NEEDLES) ? findCrossRef(text) : undefined;
    // ("… so the answer to question 13c is no": an answer naming its own question refers to nothing.)
    if (crossRef && crossRef !== question?.id) return result('answered', 0.3, `refers to ${crossRef === 'previous' ? 'the previous answer' : crossRef}`, { crossRef });
  }
  // A long answer that ends "further detail is on our website" still answered; the signpost must lead.
  const signpostWords = SIGNPOST.test(text.length < 400 ? text : clauses.slice(0, 2).join(' '));
  // "All district services, including refuse, planning, housing, council tax … A full list is
  // at https://…": the answer's own list comes first; the link only adds to it.
  // ("Council tax receipts are not hypothecated to specific costs; they are used to fund … . See the
  // published statements of accounts.": a question asked in words, answered in a sentence of its
  // own before the pointer.)
  const firstSentence = /^[^.!?]{40,}?[.!?](?=\s+[a-z])/.exec(text)?.[0] ?? '';
  const answeredFirst = question?.type === 'text' && !hasLink && firstSentence.split(/\s+/).length >= 10 && !SIGNPOST.test(firstSentence) && !ATTACHMENT.test(firstSentence) && !/\b(?:publish|available|website|online|found|below|above)/.test(firstSentence);
  const leadsWithList = answeredFirst || ((clauses[0]?.match(/,/g)?.length ?? 0) >= 3 && !SIGNPOST.test(clauses[0]!) && !hasLinkIn(clauses[0]!));
  // ("The Council's position is set out in its policy (2019). In summary, the Council will not adopt
  // …": the pointer, then the answer itself in brief.)
  if ((hasLink || signpostWords) && !leadsWithList && !SUMMARISED_RE.test(text)) {
    const urlFree = text.replace(URL, ' ').replace(/\[\d{1,3}\]/g, ' ');
    const onlyLink = !/[\p{L}]{3,}/u.test(urlFree.replace(/\b(?:link|see|here|at|website|web|page|source|please|available|council|gov|uk)\b/g, ''));
    if (hasLink && onlyLink) return result('signposted', 0.92, 'only a link');
    if (signpostWords) return result('signposted', hasLink ? 0.9 : 0.75, 'points to published information');
    // A link with some words but no signposting phrase: most often still "see here".
    if (text.length < 200) return result('signposted', 0.6, 'a link with little else');
  }
  if (UNKNOWN_LEAD.test(text)) return result('not-held', 0.6, '"not known"');
  // "Please provide a copy of, or a link to, your policy" / "The council does not have a written
  // stray dog policy": the document asked for does not exist, so nothing is held.
  if (!hasLink && question?.type === 'text' && DOCUMENT_ASKED.test(question.text ?? '') && text.length < 300 && (NO_DOCUMENT.test(clauses[0] ?? '') || NOT_PRODUCED.test(text))) {
    return result('not-held', 0.7, 'no such document');
  }
  if (words.any(['exempt', 'withh', 'refus', 'disclosed', 'released', 'restrict', 'prohibit']) && GENERIC_REFUSAL.test(text)) {
    return result('refused', 0.55, 'withheld, no exemption named', { exemption: 'other' });
  }
  if (words.any(['unable', 'cannot', 'can', 'able', 'possible']) && VAGUE_INABILITY.test(text)) {
    // ("… and for the same reason we cannot give a figure for question 6c.": the reason is the
    // answer's before, and so is what it says: the reader takes that answer's judgement.)
    if (SAME_REASON_RE.test(text)) return result('answered', 0.3, 'refers to the previous answer', { crossRef: 'previous' });
    return result('unclear', 0.35, 'cannot answer, reason unknown');
  }
  if (NOT_YET.test(text)) return result('unclear', 0.45, 'not yet known');
  // ("Both" to "… only in custody or also in public places?": the question offered two, and both is one answer.)
  const bothOffered = !!question && question.type === 'text' && /^\W*both\W*$/.test(text) && /\bor\b/i.test(question.text ?? '');
  if (text.length < 150 && HEDGE.test(text) && !bothOffered) return result('unclear', 0.45, 'hedged between answers');
  // ("There is", "The contract was awarded to the": a page cut off mid-sentence; nothing said yet.)
  if (text.length < 40 && CUT_OFF_RE.test(text)) return result('unclear', 0.4, 'stops mid-sentence');
  // "All the usual services – far too many to set out here": addressed, but nothing given.
  if (text.length < 250 && TOO_MANY.test(text)) return result('unclear', 0.5, 'too many to list');
  // "The FOI Act gives a right to information rather than to copies of documents. …": what the
  // Act does, said before (or instead of) the answer; it answers nothing itself.
  if (ACT_IN_GENERAL_RE.test(clauses[0] ?? text)) return result('unclear', 0.4, 'about the Act, not an answer');
  return result('answered', text.length <= 200 ? 0.8 : 0.7, 'text');
}

// ---- boilerplate ---------------------------------------------------------------------

/** One of these alone makes a paragraph boilerplate: nobody writes them in an answer. Each is gated by cheap substrings. */
const BOILERPLATE_STRONG: readonly (readonly [readonly string[], RegExp])[] = [
  // A WhatDoTheyKnow message's footer: "Please use this email address for all replies to this
  // request:", "Is [… request email] the wrong address for Freedom of Information requests to …? If
  // so, please contact us using this form: https://…", "Disclaimer: This message and any reply that
  // you make will be published on the internet", "If you find this service useful as an FOI officer …".
  [['replies'], /\bplease\s+use\s+this\s+email\s+address\s+for\s+all\s+replies\s+to\s+this\s+request\b/],
  [['wrong'], /\bthe\s+wrong\s+address\s+for\s+freedom\s+of\s+information\s+requests\b/],
  [['published'], /\bthis\s+message\s+and\s+any\s+reply\s+that\s+you\s+make\s+will\s+be\s+published\s+on\s+the\s+internet\b/],
  [['useful'], /\bif\s+you\s+find\s+this\s+service\s+useful\s+as\s+an\s+foi\s+officer\b/],
  [['intended'], /\bintended\s+(?:solely\s+|only\s+)?for\s+the\s+(?:use\s+of\s+the\s+)?(?:named|indicated|intended)?\s*(?:addressee|recipient|individual|person)|\bintended\s+recipient/],
  [['error'], /\b(?:received|sent\s+to\s+you|come\s+to\s+you)\s+(?:this\s+(?:e-?mail|message|communication)\s+)?in\s+error\b/],
  [['100'], /\bnot\s+a\s+100\s?%\s+secure\b/],
  [['virus', 'viruses', 'malware'], /\b(?:free|clear)\s+(?:of|from)\s+(?:any\s+)?virus(?:es)?\b|\bscanned\s+for\s+(?:viruses|malware)|\bvirus(?:es)?\s+(?:check|scan)|\bresponsibility\s+(?:of\s+the\s+recipient\s+)?for\s+viruses/],
  [['dissatisfied', 'unhappy', 'satisfied', 'happy', 'aggrieved'], /\bif\s+you\s+are\s+(?:dissatisfied|unhappy|not\s+(?:satisfied|happy)|aggrieved)\s+with\s+(?:the\s+)?(?:handling|way|outcome|response|decision|manner)/],
  [['internal'], /\b(?:right|entitled)\s+to\s+(?:request|ask\s+for|seek)\s+an\s+internal\s+review\b|\bfor\s+an\s+internal\s+review\s*,?\s+(?:please\s+)?(?:write|contact|email)/],
  [['wycliffe', 'wilmslow', 'ico'], /\bwycliffe\s+house\b|\bwater\s+lane\s*,\s*wilmslow\b|\bico\.org\.uk\b/],
  [['commissioner'], /\bright\s+(?:to\s+)?(?:complain|apply|appeal)\s+(?:directly\s+)?to\s+the\s+information\s+commissioner/],
  [['licence', 'license', 'use', 'reuse', 'copyright'], /\bopen\s+government\s+licen[cs]e\b|\bre-?use\s+(?:of\s+)?(?:the\s+|this\s+|any\s+)?information\s+(?:provided|supplied|disclosed)|\bcopyright\s+(?:in|of)\s+(?:the|this|any)\s+(?:information|material)|\bsubject\s+to\s+(?:crown\s+|the\s+council'?s?\s+)?copyright\b/],
  [['userid', 'user'], /\bsent\s+by\s+user\s?id\b/],
  // ("This concludes our response. Where information has been withheld under section 43(2) this letter
  // is a refusal notice under section 17 of the Act.": a notice said of whatever was withheld above.)
  [['notice'], /\bwhere\s+(?:any\s+)?(?:information|data)\s+(?:has|have)\s+been\s+(?:withheld|refused)\b[^.]{0,80}\bthis\s+(?:letter|response|e-?mail)\s+(?:is|serves\s+as|constitutes|acts\s+as|should\s+be\s+treated\s+as)\s+(?:a|the|our)\s+refusal\s+notice\b/],
  [['privacy'], /\bprivacy\s+(?:notices?|policy|statement)\s+(?:can|is|are|may)\s+(?:be\s+)?(?:viewed|found|available|read)/],
  // "Our contact details can be found on the website at …": how to reach the body, no signpost.
  [['contact'], /^\W*(?:(?:the\s+|our\s+)?[\w'’ ]{0,40}?)?(?:full\s+)?contact\s+(?:options|details|information)\s+(?:can|may)\s+be\s+found\b/],
  [['subject'], /\bmay\s+be\s+subject\s+to\s+(?:public\s+)?disclosure\s+under\s+the\s+freedom\s+of\s+information/],
  [['expressly', 'own', 'expressed'], /\bdoes\s+not,?\s+unless\s+expressly\s+indicated\b|\bsender'?s?\s+own\s+personal\s+views\b|\bviews\s+(?:or\s+opinions\s+)?expressed\s+(?:in\s+this\s+(?:e-?mail|message))?\s*are\s+(?:those|solely)/],
  [['mail', 'email', 'emails', 'message', 'communication'], /\b(?:this|the)\s+(?:e-?mail|message|communication)\s+(?:and\s+any\s+(?:files|attachments)\s+(?:transmitted\s+with\s+it\s+)?)?(?:is|are|may\s+be)\s+(?:strictly\s+)?(?:confidential|private|privileged|monitored|recorded)|\b(?:e-?mails?|communications?)\s+(?:sent\s+to\s+or\s+from|to\s+and\s+from)\s+(?:the\s+council|this\s+organisation)/],
  [['printing', 'print'], /\bthink\s+before\s+you\s+print\b|\bconsider\s+the\s+environment\s+before\s+printing\b/],
  [['controller'], /\bdata\s+controller\b/],
  // The letter's explainer of "not held", below the answers.
  [['obliged', 'required', 'told', 'advised', 'informed', 'said'], /\b(?:is|are)\s+not\s+(?:obliged|required)\s+to\s+create\s+(?:new\s+)?information\b|\bwhere\s+we\s+have\s+(?:told|advised|informed)\s+you\s+(?:that\s+)?(?:the\s+|some\s+)?information\s+is\s+not\s+held\b|\bwhere\s+we\s+have\s+said\s+(?:that\s+)?(?:the\s+|some\s+)?information\s+is\s+not\s+held\b/],
];

/**
 * These count only three at a time: a real answer may mention one or two ("the Information
 * Commissioner ruled …"). Words every refusal uses (personal data, disclosure) are left out.
 */
const BOILERPLATE_WEAK: readonly string[] = [
  'information commissioner', 'internal review', 'confidential', 'virus', 'unauthoris', 'unauthoriz', 'privacy',
  'copyright', 're-use', 'reuse', 'complain', 'legally privileged', 'delete it', 'destroy', 'dissatisfied',
  'working days', 'intended', 'addressee', 'liability', 'monitored',
];

const MAX_BOILERPLATE = 3000;

/** A line on its own that is a running header or footer: "Sallowby County Council – EIR 2024/3315      Page 1 of 2". */
const RUNNING_FOOTER = /^.{0,140}\bpage\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4}$|^page\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4}\b.{0,140}$/;

/** Whole paragraphs that are page furniture of PDF-extracted text or protective markings. */
const FURNITURE: readonly RegExp[] = [
  /^(?:-\s*)?page\s+\d{1,4}(?:\s+(?:of|\/)\s+\d{1,4})?(?:\s*-)?$/,
  // "3 of 16", "3/16" (a page number), never "03/2016" (a month and year).
  /^(?!(?:0?[1-9]|1[0-2])\s*\/\s*(?:19|20)\d\d$)\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/,
  /^(?:official|official[- ]sensitive|not\s+protectively\s+marked|unclassified|classification\s*:\s*\w[\w -]*|protect|restricted)$/,
  /^(?:sent\s+by\s+user\s?id\s*:?\s*\d*|hbc\d*)$/,
  /^(?:[-_=*~]\s*){3,}$/,
];

const POSTCODE = /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/;
const ADDRESS_WORDS = /\b(?:council|town\s+hall|civic\s+(?:centre|offices)|municipal|house|street|road|lane|square|tel(?:ephone)?|e-?mail|www\.|p\.?o\.?\s+box|offices|building)\b/;

/** Bullet lines and blank-line paragraphs: the units boilerplate is judged in. */
export function splitBlocks(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u00a0]*\r?\n|\r?\n(?=[ \t]*[•●▪·*◦])/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** Answers begin this way; a paragraph that does is never boilerplate, whatever it goes on to say. */
const ANSWER_LEAD = /^[\s"'(*-]*(?:yes|no|n\/a|not\s+applicable|none|nil|£\s?\d|\d|we\s+(?:do|don't|can|cannot|have(?!\s+(?:now\s+)?(?:completed|dealt\s+with|responded|processed|finished)\b)|hold|are)|the\s+(?:council|authority)\s+(?:does|do|has|is|holds|uses)|this\s+information\s+is|approximately|c\.|circa)\b/;

/** True for paragraphs that are boilerplate (email disclaimers, FOI rights notices, PDF page headers/footers). */
export function isBoilerplate(paragraph: string): boolean {
  try {
    // Whole disclaimers are short; a long paragraph holds an answer whatever else it says.
    if (typeof paragraph !== 'string' || paragraph.length > MAX_BOILERPLATE) return false;
    const flat = normalise(paragraph.length > MAX_ANALYSED ? paragraph.slice(0, MAX_ANALYSED) : paragraph).replace(/\s+/g, ' ').trim();
    if (/^-\s?\d{1,4}\s?-$/.test(flat)) return true;
    const text = flat.replace(/^[\s•●▪·*◦-]+/, '');
    if (text.length === 0) return false;
    if (FURNITURE.some((re) => re.test(text))) return true;
    if (!paragraph.trim().includes('\n') && RUNNING_FOOTER.test(text)) return true;
    if (ANSWER_LEAD.test(text) && !/^\d+\s*(?:of|\/)\s*\d+$/.test(text)) return false;
    const words = new WordIndex(text);
    if (BOILERPLATE_STRONG.some(([needles, re]) => words.any(needles) && re.test(text))) return true;
    let weak = 0;
    for (const w of BOILERPLATE_WEAK) if (text.includes(w)) weak++;
    if (weak >= 3) return true;
    // A council's address or contact footer, repeated on each page of a PDF.
    if (text.length < 220 && POSTCODE.test(text) && ADDRESS_WORDS.test(text)) return true;
    return false;
  } catch {
    return false;
  }
}
