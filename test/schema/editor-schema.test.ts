// The schema editors get: only draft-07 keywords (plus yaml-language-server's errorMessage), the same verdict as the
// format-1 schema on every fixture and on thousands of mutations of them, and the very file the package ships.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { descriptionSchema } from '../../src/schema/description-schema.js';
import { editorSchema } from '../../src/schema/editor-schema.js';
import type { JsonSchema } from '../../src/schema/schema-fields.js';
import { snc } from '../e2e/run-bin.js';
import { mutate, mutation } from '../fuzz/mutate.js';

/** Every keyword of JSON Schema draft-07 (core and validation), and the one annotation of yaml-language-server used. */
const DRAFT_07 = new Set(
  `$schema $id $ref $comment title description default readOnly writeOnly examples multipleOf maximum exclusiveMaximum
   minimum exclusiveMinimum maxLength minLength pattern additionalItems items maxItems minItems uniqueItems contains
   maxProperties minProperties required additionalProperties definitions properties patternProperties dependencies
   propertyNames const enum type format contentMediaType contentEncoding if then else allOf anyOf oneOf not`.split(
    /\s+/,
  ),
);
const EXTENSIONS = new Set(['errorMessage']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);
const SCHEMA_VALUES = new Set([
  'additionalProperties',
  'additionalItems',
  'items',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
]);

/** The keywords used anywhere in a schema, each with a path to one place it appears. */
function keywords(schema: unknown, at = '#', out = new Map<string, string>()): Map<string, string> {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return out;
  for (const [k, v] of Object.entries(schema as JsonSchema)) {
    if (!out.has(k)) out.set(k, at);
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object')
      for (const [name, sub] of Object.entries(v)) keywords(sub, `${at}/${k}/${name}`, out);
    else if (SCHEMA_LISTS.has(k) && Array.isArray(v)) v.forEach((sub, i) => keywords(sub, `${at}/${k}/${i}`, out));
    else if (SCHEMA_VALUES.has(k)) keywords(v, `${at}/${k}`, out);
  }
  return out;
}

const load = (file: string) => jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
const samples = yamlFiles('fixtures')
  .filter((f) => !f.startsWith('fixtures/packs'))
  .map(load);

const contract = new Ajv2020({ strict: false, allErrors: true }).compile(descriptionSchema);
const editor = new Ajv({ strict: false, allErrors: true }).compile(editorSchema('en'));

describe('the editor schema', () => {
  it.each(['en', 'fr'] as const)('uses only draft-07 keywords, and errorMessage (%s)', (lang) => {
    const used = keywords(editorSchema(lang));
    const foreign = [...used].filter(([k]) => !DRAFT_07.has(k) && !EXTENSIONS.has(k));
    expect(foreign).toEqual([]);
    expect(editorSchema(lang).$schema).toBe('http://json-schema.org/draft-07/schema#');
    // a $ref stands alone: draft-07 ignores what sits beside it, descriptions included
    const refsWithSiblings: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (v === null || typeof v !== 'object') return;
      if (!Array.isArray(v) && '$ref' in v && Object.keys(v).length > 1) refsWithSiblings.push(at);
      for (const [k, sub] of Object.entries(v)) walk(sub, `${at}/${k}`);
    };
    walk(editorSchema(lang), '#');
    expect(refsWithSiblings).toEqual([]);
  });

  it('is valid draft-07 (ajv checks it against the meta-schema)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(editorSchema('en')), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('explains country codes in one line, never the list of 249 codes', () => {
    const definitions = editorSchema('en').definitions as Record<string, JsonSchema>;
    expect(definitions.countryCode!.errorMessage).toBe('expected an ISO 3166-1 alpha-2 country code');
    expect((definitions.countryCode!.enum as string[]).length).toBe(249);
  });

  it('judges every fixture as the format-1 schema does', () => {
    expect(samples.length).toBeGreaterThan(20);
    for (const s of samples) expect(editor(s)).toBe(contract(s));
  });

  it('judges mutated descriptions as the format-1 schema does', () => {
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (pick, mutations) => {
        const value = mutate(samples[pick % samples.length] as never, mutations);
        const verdict = contract(value);
        if (!verdict) invalid++;
        expect(editor(value)).toBe(verdict);
      }),
      { numRuns: 3000, seed: 15 },
    );
    expect(invalid).toBeGreaterThan(300);
  });

  it('is what the package ships and what `snc schema --editor` prints', () => {
    expect(JSON.parse(readFileSync('schemas/description-1.editor.schema.json', 'utf8'))).toEqual(editorSchema('en'));
    const printed = snc(['schema', '--editor', '--lang', 'fr']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(editorSchema('fr'));
  });
});

describe('snc schema', () => {
  it('prints the format-1 schema the package ships, in English by default and in French with --lang fr', () => {
    const en = snc(['schema']);
    expect(en.code).toBe(0);
    expect(JSON.parse(en.stdout)).toEqual(JSON.parse(readFileSync('schemas/description-1.schema.json', 'utf8')));
    const fr = JSON.parse(snc(['schema', '--lang', 'fr']).stdout) as JsonSchema;
    const office = (((fr.properties as JsonSchema).entities as JsonSchema).additionalProperties as JsonSchema)
      .properties as Record<string, JsonSchema>;
    expect(office.registeredOffice!.description).toMatch(/^19\.6\.a, 19\.6\.b, 19\.6\.c — Pays du siège statutaire/);
  });
});
