import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { QUESTIONNAIRE_SCHEMA_FILE, SIDECAR_SCHEMA_FILE, questionnaireJsonSchema, sidecarJsonSchema } from '../../src/core/jsonSchemas';
import { KNOWN_QUESTION, KNOWN_TOP, KNOWN_VARIANT, parseQuestionnaire } from '../../src/core/questionnaire';
import { ENTRY_KEYS, QUOTE_KEYS, TOP_KEYS, parseSidecar } from '../../src/core/sidecar';
import { STATUSES } from '../../src/core/types';

const REPO = path.join(__dirname, '../..');

function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      else if (e.isFile() && e.name.endsWith(suffix)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

type Json = Record<string, unknown>;
/** The schema itself, or its non-null branch when it is `anyOf: [schema, {type: null}]`. */
const unwrap = (node: unknown): Json => {
  const n = node as Json;
  return n.anyOf ? (n.anyOf as Json[]).find((x) => x.type !== 'null')! : n;
};
/** Follow property names ('*' = a record's values, '[]' = array items); the keys found there. */
const props = (schema: unknown, ...path: string[]): string[] => {
  let node = unwrap(schema);
  for (const p of path) node = unwrap(p === '*' ? node.additionalProperties : p === '[]' ? node.items : (node.properties as Json)[p]);
  return Object.keys(node.properties as Json).sort();
};

function validator(schema: Json): ValidateFunction {
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

const errorsOf = (v: ValidateFunction, data: unknown): string[] => (v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('JSON Schemas for YAML editors', () => {
  const questionnaire = validator(questionnaireJsonSchema());
  const sidecar = validator(sidecarJsonSchema());

  it('are generated from the parser’s own schemas: the same keys at every level', () => {
    const q = questionnaireJsonSchema();
    assert.deepEqual(props(q), [...KNOWN_TOP].sort());
    assert.deepEqual(props(q, 'questions', '[]'), [...KNOWN_QUESTION].sort());
    assert.deepEqual(props(q, 'variants', '*'), [...KNOWN_VARIANT].sort());
    const s = sidecarJsonSchema();
    assert.deepEqual(props(s), [...TOP_KEYS].sort());
    assert.deepEqual(props(s, 'answers', '*'), [...ENTRY_KEYS].sort());
    assert.deepEqual(props(s, 'answers', '*', 'quote'), [...QUOTE_KEYS].sort());
    const status = (unwrap(unwrap(unwrap(s.properties as Json).answers).additionalProperties).properties as Json).status as Json;
    assert.deepEqual(status.enum, [...STATUSES]);
  });

  it('accept every example and fixture questionnaire', () => {
    const files = [path.join(REPO, 'examples/crm-survey/foi-questionnaire.yaml'), ...filesUnder(path.join(REPO, 'test'), 'foi-questionnaire.yaml')];
    assert.ok(files.length >= 2);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.ok(!parseQuestionnaire(text).problems.some((p) => p.severity === 'error'), `${f} has parse errors`);
      assert.deepEqual(errorsOf(questionnaire, parse(text)), [], f);
    }
  });

  it('accept every example and fixture sidecar', () => {
    const files = [...filesUnder(path.join(REPO, 'examples'), '.answers.yaml'), ...filesUnder(path.join(REPO, 'test/fixtures'), '.answers.yaml')];
    assert.ok(files.length >= 20, `only ${files.length} sidecars`);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const parsed = parseSidecar(text);
      if (parsed.problems.some((p) => p.severity === 'error')) continue; // a deliberately broken fixture
      assert.deepEqual(errorsOf(sidecar, parse(text)), [], f);
    }
  });

  it('flag a misspelt status, an unknown exemption, a misspelt key and a negative offset in a sidecar', () => {
    const base = (entry: string) => parse(`version: 1\ncouncil: Wrexley\nanswers:\n  Q1:\n${entry}`);
    assert.deepEqual(errorsOf(sidecar, base('    status: answered\n    quote:\n      exact: "x"\n      start: 3\n')), []);
    assert.match(errorsOf(sidecar, base('    status: answerd\n')).join('\n'), /\/answers\/Q1\/status must be equal to one of the allowed values/);
    assert.match(errorsOf(sidecar, base('    status: refused\n    exemption: s99\n')).join('\n'), /\/answers\/Q1\/exemption/);
    assert.match(errorsOf(sidecar, base('    status: answered\n    vaule: 3\n')).join('\n'), /\/answers\/Q1 must NOT have additional properties/);
    assert.match(errorsOf(sidecar, base('    status: answered\n    quote:\n      exact: "x"\n      start: -1\n')).join('\n'), /\/answers\/Q1\/quote\/start/);
    assert.match(errorsOf(sidecar, base('    value: 3\n')).join('\n'), /must have required property 'status'/);
    // The parser agrees on each of these.
    for (const bad of ['    status: answerd\n', '    status: refused\n    exemption: s99\n', '    value: 3\n']) {
      assert.ok(parseSidecar(`version: 1\nanswers:\n  Q1:\n${bad}`).problems.some((p) => p.severity === 'error'), bad);
    }
  });

  it('flag a misspelt question type, a missing id and a wrong version in a questionnaire', () => {
    const q = (body: string) => parse(`version: 1\ntitle: T\nquestions:\n${body}`);
    assert.deepEqual(errorsOf(questionnaire, q('  - id: Q1\n    text: Name?\n    type: number\n    when: { Q2: yes }\n')), []);
    assert.match(errorsOf(questionnaire, q('  - id: Q1\n    type: numbr\n')).join('\n'), /\/questions\/0\/type/);
    assert.match(errorsOf(questionnaire, q('  - text: Name?\n')).join('\n'), /required property 'id'/);
    assert.match(errorsOf(questionnaire, q('  - id: Q1\n    txet: Name?\n')).join('\n'), /additional properties/);
    assert.match(errorsOf(questionnaire, parse('version: 2\nquestions: []\n')).join('\n'), /\/version/);
  });

  it('carry descriptions for hovers', () => {
    const s = JSON.stringify(sidecarJsonSchema());
    assert.match(s, /"description":"The answer's status: `answered` — the information is given;/);
    assert.match(JSON.stringify(questionnaireJsonSchema()), /"description":"One of text, number, money/);
  });

  it('are the files the build writes and package.json contributes', function () {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.yamlValidation as { fileMatch: string; url: string }[];
    assert.deepEqual(contributed.map((c) => c.url), [`./dist/schemas/${QUESTIONNAIRE_SCHEMA_FILE}`, `./dist/schemas/${SIDECAR_SCHEMA_FILE}`]);
    assert.deepEqual(contributed.map((c) => c.fileMatch), ['foi-questionnaire.yaml', '*.answers.yaml']);
    const built = path.join(REPO, 'dist/schemas', SIDECAR_SCHEMA_FILE);
    if (!existsSync(built)) this.skip(); // not built yet: `npm test` builds before the .vsix check
    assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), sidecarJsonSchema());
    assert.deepEqual(JSON.parse(readFileSync(path.join(REPO, 'dist/schemas', QUESTIONNAIRE_SCHEMA_FILE), 'utf8')), questionnaireJsonSchema());
  });
});
