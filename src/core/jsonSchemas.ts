// JSON Schemas of foi-questionnaire.yaml and *.answers.yaml for YAML editors (completion, hovers,
// errors through `contributes.yamlValidation`). Generated from the zod schemas the parser uses —
// one source of truth — by scripts/build.mjs into dist/schemas/ at every build, so they cannot
// drift from the code; only the human descriptions are added here.
//
// The schemas say what the parser accepts without an error; the parser still reports more (ids
// written in another form, routing to unknown ids, values that do not fit a question's type)
// because those need the whole workspace.
import * as z from 'zod/mini';
import { EXPECTED, questionnaireDocumentSchema } from './questionnaire';
import { sidecarDocumentSchema } from './sidecar';
import { EXEMPTIONS, STATUSES } from './types';

type JsonSchema = Record<string, unknown>;

export const QUESTIONNAIRE_SCHEMA_FILE = 'foi-questionnaire.schema.json';
export const SIDECAR_SCHEMA_FILE = 'answers.schema.json';

const STATUS_MEANING: Record<(typeof STATUSES)[number], string> = {
  answered: 'the information is given',
  partial: 'some of it is given, some not',
  'not-held': 'the body says it holds no recorded information',
  'not-applicable': 'the question does not apply to this body',
  refused: 'withheld under an exemption (give `exemption:`)',
  signposted: 'points to where it is published instead of giving it',
  unclear: 'an answer exists but cannot be classified yet',
};

const SIDECAR_DESCRIPTIONS: Record<string, string> = {
  version: 'Sidecar format version: 1.',
  council: 'The council (public body) this reply is from; replies with the same council count together.',
  variant: "The questionnaire variant this council received (a key of the questionnaire's `variants`).",
  received: "When the reply came (YYYY-MM-DD): orders a council's several files.",
  answers: 'Coded answers keyed by question id (Q1, Q4a, …), in questionnaire order.',
  status: `The answer's status: ${STATUSES.map((s) => `\`${s}\` — ${STATUS_MEANING[s]}`).join('; ')}.`,
  exemption: `For a refusal: the FOI Act section cited (${EXEMPTIONS.join(', ')}).`,
  value: 'The coded value: a number (money in pounds, 48700000 for £48.7m), a year, Yes/No, or text.',
  unit: 'Unit of the value (people, ha, GBP, %, …).',
  note: 'A free note on the coding.',
  coder: 'Who coded it: a handle, or `auto` when the engine did.',
  quote: 'Where the answer is in the reply (W3C Web Annotation selectors).',
  exact: 'The quoted text, exactly as in the reply.',
  prefix: 'Text just before the quote, to find it again after edits.',
  suffix: 'Text just after the quote, to find it again after edits.',
  start: 'Offset of the quote in the reply (UTF-16 code units).',
  end: 'Offset just after the quote in the reply (UTF-16 code units).',
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}

/** Add a description to every named property found in `describe`, recursively. */
function addDescriptions(node: unknown, describe: (key: string) => string | undefined): void {
  if (Array.isArray(node)) {
    for (const n of node) addDescriptions(n, describe);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonSchema;
  const props = obj.properties as Record<string, JsonSchema> | undefined;
  if (props) {
    for (const [key, sub] of Object.entries(props)) {
      const d = describe(key);
      if (d !== undefined && sub.description === undefined) sub.description = d;
    }
  }
  for (const v of Object.values(obj)) addDescriptions(v, describe);
}

function generate(schema: z.core.$ZodType, title: string, description: string, describe: (key: string) => string | undefined): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as JsonSchema;
  addDescriptions(json, describe);
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

/** JSON Schema (draft-07) of foi-questionnaire.yaml. */
export function questionnaireJsonSchema(): JsonSchema {
  return generate(questionnaireDocumentSchema(), 'FOI Coder questionnaire', 'The questions of a Freedom of Information survey: ids, text, types, routing, code lists and variants (FOI Coder).', (key) =>
    EXPECTED[key] === undefined ? undefined : capitalised(EXPECTED[key]!));
}

/** JSON Schema (draft-07) of a reply's *.answers.yaml sidecar. */
export function sidecarJsonSchema(): JsonSchema {
  return generate(sidecarDocumentSchema(), 'FOI Coder answers (sidecar)', "The coded answers of one FOI reply (FOI Coder): each question's status, value and quote.", (key) => SIDECAR_DESCRIPTIONS[key]);
}

/** Every generated schema by file name, as the build writes them. */
export function jsonSchemaFiles(): Record<string, JsonSchema> {
  return { [QUESTIONNAIRE_SCHEMA_FILE]: questionnaireJsonSchema(), [SIDECAR_SCHEMA_FILE]: sidecarJsonSchema() };
}
