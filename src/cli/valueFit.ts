// Does a coded value fit its question's type? Used by `check`; returns a reason or null.
import type { AnswerEntry, Question, Questionnaire } from '../core/types';

const NUMERIC = new Set(['number', 'money', 'percent', 'duration']);

function asNumber(v: AnswerEntry['value']): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

function choicesOf(q: Question, questionnaire: Questionnaire): string[] | null {
  if (Array.isArray(q.choices)) return q.choices;
  if (typeof q.choices === 'string') return questionnaire.codes[q.choices] ?? null;
  return null;
}

export function valueMisfit(entry: AnswerEntry, q: Question, questionnaire: Questionnaire): string | null {
  const v = entry.value;
  if (v === undefined || v === null || v === '') return null;
  if (NUMERIC.has(q.type)) return asNumber(v) === null ? `expected a number for a ${q.type} question, got ${JSON.stringify(v)}` : null;
  if (q.type === 'year') {
    const n = asNumber(v);
    return n === null || !Number.isInteger(n) || n < 1000 || n > 2999 ? `expected a year such as 2001, got ${JSON.stringify(v)}` : null;
  }
  if (q.type === 'yes-no') {
    return typeof v === 'boolean' || /^(yes|no)$/i.test(String(v).trim()) ? null : `expected Yes or No, got ${JSON.stringify(v)}`;
  }
  if (q.type === 'choice' || q.type === 'multi-choice') {
    const choices = choicesOf(q, questionnaire);
    if (!choices || choices.length === 0) return null;
    const known = choices.map((c) => c.trim().toLowerCase());
    const allowsOther = known.some((c) => c.startsWith('other'));
    const parts = q.type === 'multi-choice' ? String(v).split(';') : [String(v)];
    const bad = parts.map((p) => p.trim()).filter((p) => p && !known.includes(p.toLowerCase()) && !(allowsOther && /^other\b/i.test(p)));
    return bad.length ? `not one of the choices: ${bad.map((b) => JSON.stringify(b)).join(', ')}` : null;
  }
  return null;
}
