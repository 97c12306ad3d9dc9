// Helpers shared by the layout tests: read a reply as a user would, against the questionnaire
// built from the request's text.
import { analyzeReply } from '../../src/core/suggest';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import type { Question, Suggestion } from '../../src/core/types';

/** The engine's answers to `reply`, by id, against the questionnaire built from `request`. */
export const answersOf = (reply: string, request: string): Map<string, Suggestion> => {
  const q = questionnaireFromRequest(request).questionnaire;
  return new Map(analyzeReply(reply, q).answers.map((a) => [a.id, a] as const));
};

/** A lone question of `type` worded `text`, for reading values and statuses. */
export const question = (type: Question['type'], text = 'How many?'): Question => ({ id: 'Q1', type, order: 0, text }) as Question;
