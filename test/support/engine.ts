// The engine read as the layout tests read it: a questionnaire built from a request's text, and the
// answers the engine suggests for a reply, by id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionnaireFromRequest } from '../../src/core/fromRequest';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { analyzeReply } from '../../src/core/suggest';
import type { Questionnaire, Suggestion } from '../../src/core/types';

/** The engine's answers to a reply, by id. */
export const answersOf = (reply: string, q: Questionnaire): Map<string, Suggestion> => new Map(analyzeReply(reply, q).answers.map((x) => [x.id, x] as const));
/** The questionnaire `init --from-request` builds from a request's text. */
export const fromRequest = (request: string): Questionnaire => questionnaireFromRequest(request).questionnaire!;
/** An answer's status, value and line. */
export const reading = (got: Map<string, Suggestion>, id: string): unknown[] => [got.get(id)?.status, got.get(id)?.value, got.get(id)?.line];
/** The example CRM survey's questionnaire, which the crm- blind sets answer. */
export const crmSurvey = (): Questionnaire => parseQuestionnaire(readFileSync(join(__dirname, '../../examples/crm-survey/foi-questionnaire.yaml'), 'utf8')).questionnaire!;
