// The JSON Schemas a YAML editor shows: their titles and the hover text on each key.
import { strict as assert } from 'node:assert';
import { jsonSchemaFiles, questionnaireJsonSchema, QUESTIONNAIRE_SCHEMA_FILE, sidecarJsonSchema, SIDECAR_SCHEMA_FILE } from '../../src/core/jsonSchemas';

type Json = Record<string, unknown>;
const unwrap = (node: unknown): Json => {
  const n = node as Json;
  return n.anyOf ? (n.anyOf as Json[]).find((x) => x.type !== 'null')! : n;
};
const at = (schema: unknown, ...path: string[]): Json => {
  let node = unwrap(schema);
  for (const p of path) node = unwrap(p === '*' ? node.additionalProperties : p === '[]' ? node.items : (node.properties as Json)[p]);
  return node;
};
/** The description on a key's own schema (on the key itself, not inside its `anyOf`). */
const description = (schema: unknown, ...path: string[]): unknown => {
  const parent = at(schema, ...path.slice(0, -1));
  const key = path[path.length - 1]!;
  const node = (key === '*' ? parent.additionalProperties : key === '[]' ? parent.items : (parent.properties as Json)[key]) as Json;
  return node.description ?? unwrap(node).description;
};

describe('core: JSON Schemas (hover text)', () => {
  it('open with the draft-07 $schema, then a title and a description', () => {
    const q = questionnaireJsonSchema();
    assert.deepEqual(Object.keys(q).slice(0, 3), ['$schema', 'title', 'description']);
    assert.equal(q.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(q.title, 'FOI Coder questionnaire');
    assert.equal(q.description, 'The questions of a Freedom of Information survey: ids, text, types, routing, code lists and variants (FOI Coder).');
    const s = sidecarJsonSchema();
    assert.deepEqual(Object.keys(s).slice(0, 3), ['$schema', 'title', 'description']);
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(s.title, 'FOI Coder answers (sidecar)');
    assert.equal(s.description, "The coded answers of one FOI reply (FOI Coder): each question's status, value and quote.");
  });

  it('describe each questionnaire key as a capitalised sentence ending with one full stop', () => {
    const q = questionnaireJsonSchema();
    assert.equal(description(q, 'questions', '[]', 'id'), 'A question id such as Q4a.');
    assert.equal(description(q, 'questions', '[]', 'unit'), 'A unit such as people or ha.');
    assert.equal(description(q, 'questions', '[]', 'heading'), 'True or false.');
    assert.equal(description(q, 'title'), 'A title.');
    assert.equal(description(q, 'questions'), 'A list of questions.');
    assert.equal(description(q, 'variants', '*', 'omit'), 'A list of question ids.');
  });

  it('describe each sidecar key, down to the quote selectors, and every status with its meaning', () => {
    const s = sidecarJsonSchema();
    assert.equal(description(s, 'version'), 'Sidecar format version: 1.');
    assert.equal(description(s, 'council'), 'The council (public body) this reply is from; replies with the same council count together.');
    assert.equal(description(s, 'answers', '*', 'unit'), 'Unit of the value (people, ha, GBP, %, …).');
    assert.equal(description(s, 'answers', '*', 'exemption'), 'For a refusal: the FOI Act section cited (s12, s14, s21, s22, s23, s24, s30, s31, s36, s38, s40, s41, s42, s43, s44, other).');
    assert.equal(description(s, 'answers', '*', 'quote', 'exact'), 'The quoted text, exactly as in the reply.');
    assert.equal(description(s, 'answers', '*', 'quote', 'end'), 'Offset just after the quote in the reply (UTF-16 code units).');
    assert.equal(
      description(s, 'answers', '*', 'status'),
      "The answer's status: `answered` — the information is given; `partial` — some of it is given, some not; `not-held` — the body says it holds no recorded information; `not-applicable` — the question does not apply to this body; `refused` — withheld under an exemption (give `exemption:`); `signposted` — points to where it is published instead of giving it; `unclear` — an answer exists but cannot be classified yet.",
    );
  });

  it('are written under the file names the extension contributes, one per format', () => {
    const files = jsonSchemaFiles();
    assert.deepEqual(Object.keys(files), ['foi-questionnaire.schema.json', 'answers.schema.json']);
    assert.equal(QUESTIONNAIRE_SCHEMA_FILE, 'foi-questionnaire.schema.json');
    assert.equal(SIDECAR_SCHEMA_FILE, 'answers.schema.json');
    assert.deepEqual(files[QUESTIONNAIRE_SCHEMA_FILE], questionnaireJsonSchema());
    assert.deepEqual(files[SIDECAR_SCHEMA_FILE], sidecarJsonSchema());
  });
});
