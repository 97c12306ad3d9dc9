// Does a coded value fit its question? (a number question coded "lots", a choice that is not
// in the code list, a year of 20019). Pure, so it is tested in plain Node; the diagnostics
// feature shows its verdicts on the sidecar's `value:` line.
import type { AnswerEntry, Question } from '../core/types';

const NUMERIC = new Set(['number', 'money', 'percent', 'duration', 'year']);
const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The choices of a choice question: inline, or the named code list. */
export function choicesOf(question: Question, codes: Record<string, string[]>): string[] | null {
  if (Array.isArray(question.choices)) return question.choices;
  if (typeof question.choices === 'string') return codes[question.choices] ?? null;
  return null;
}

/** A short message when `entry.value` does not fit `question`, else null. */
export function checkValue(entry: AnswerEntry, question: Question, codes: Record<string, string[]> = {}): string | null {
  const v = entry.value;
  if (v === undefined || v === null || v === '') return null;
  if (entry.status !== 'answered' && entry.status !== 'partial') {
    return `${question.id} is coded ${entry.status}, which has no value (found ${JSON.stringify(v)})`;
  }
  const t = question.type;
  if (NUMERIC.has(t)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${question.id} is a ${t} question: the value should be a number, not ${JSON.stringify(v)}`;
    if (t === 'year' && (!Number.isInteger(v) || v < 1000 || v > 2999)) return `${question.id} is a year question: ${v} is not a year`;
    if ((t === 'money' || t === 'duration') && v < 0) return `${question.id}: a ${t} cannot be negative (${v})`;
    return null;
  }
  if (t === 'yes-no') {
    if (typeof v === 'boolean') return null;
    if (typeof v === 'string' && /^(yes|no)$/i.test(v.trim())) return null;
    return `${question.id} is a yes/no question: the value should be Yes or No, not ${JSON.stringify(v)}`;
  }
  if (t === 'choice' || t === 'multi-choice') {
    if (typeof v !== 'string') return `${question.id} is a ${t} question: the value should be one of its choices, not ${JSON.stringify(v)}`;
    const choices = choicesOf(question, codes);
    if (!choices || choices.length === 0) return null;
    const known = new Set(choices.map(norm));
    const picked = t === 'multi-choice' ? v.split(';').map(norm).filter((s) => s !== '') : [norm(v)];
    const unknown = picked.filter((p) => !known.has(p));
    if (unknown.length === 0) return null;
    return `${question.id}: ${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among its choices (${choices.join('; ')})`;
  }
  return null;
}
