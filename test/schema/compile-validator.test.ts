// The build's precompiled validators behave exactly as ajv compiling the same schema: same verdicts, same errors,
// same defaults filled in. (They are used only when their key matches the schema, so a stale build cannot mislead.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { packSchema } from '../../src/engine/pack-schema.js';
import {
  compileWithAjv,
  PRECOMPILED_FILE,
  validator,
  validatorKey,
  type Validator,
  type ValidatorMode,
} from '../../src/schema/compile-validator.js';
import { descriptionSchema } from '../../src/schema/description-schema.js';

const built = existsSync(PRECOMPILED_FILE)
  ? (createRequire(import.meta.url)(PRECOMPILED_FILE) as Record<string, Validator>)
  : {};
const load = (f: string) => jsYaml.load(readFileSync(f, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
const schemas: [string, ValidatorMode, object, unknown[]][] = [
  [
    'description',
    'all-errors',
    descriptionSchema,
    readdirSync('fixtures')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => load(`fixtures/${f}`)),
  ],
  [
    'rule pack',
    'first-error',
    packSchema,
    readdirSync('rules')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => load(`rules/${f}`)),
  ],
  ...[...checks.values()].map((c): [string, ValidatorMode, object, unknown[]] => [
    `parameters of ${c.name}`,
    'first-error',
    c.parameters,
    [{}],
  ]),
];

/** What a validation did: its verdict, its errors without the schema objects, and the data after defaults. */
function outcome(v: Validator, data: unknown) {
  const copy = structuredClone(data);
  const valid = v(copy);
  const errors = (v.errors ?? []).map((e) => ({
    path: e.instancePath,
    keyword: e.keyword,
    params: e.params,
    message: e.message,
  }));
  return { valid, errors: valid ? [] : errors, data: copy };
}

/** Random data near a schema: its samples with fields dropped, retyped or added. */
const nearby = (samples: unknown[]) =>
  fc
    .tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }))
    .map(([i, changes]) => {
      const v = structuredClone(samples[i % samples.length]) as Record<string, unknown>;
      if (v === null || typeof v !== 'object') return v;
      const keys = Object.keys(v);
      for (const [k, value] of changes) {
        const key = keys.length ? keys[k % keys.length]! : 'x';
        if (k % 3 === 0) delete v[key];
        else v[k % 3 === 1 ? key : `extra${k}`] = value;
      }
      return v;
    });

describe('precompiled validators', () => {
  it('are used whenever the build compiled the very same schema', () => {
    // Before a build, or after a schema changed since, ajv compiles instead (the tests below hold both equal).
    const matching = schemas.filter(([, mode, schema]) => built[validatorKey(mode, schema)]);
    for (const [, mode, schema] of matching) expect(validator(mode, schema)).toBe(built[validatorKey(mode, schema)]);
    if (existsSync(PRECOMPILED_FILE)) expect(matching.length).toBeGreaterThan(0);
  });

  for (const [name, mode, schema, samples] of schemas) {
    it(`match ajv for the ${name}`, () => {
      const fresh = compileWithAjv(mode, schema);
      const precompiled = built[validatorKey(mode, schema)];
      const v = validator(mode, schema);
      fc.assert(
        fc.property(fc.oneof(nearby(samples), fc.jsonValue({ maxDepth: 3 })), (data) => {
          const expected = outcome(fresh, data);
          expect(outcome(v, data)).toEqual(expected);
          if (precompiled) expect(outcome(precompiled, data)).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('key a schema by its mode and content', () => {
    expect(validatorKey('all-errors', { type: 'string' })).toBe(validatorKey('all-errors', { type: 'string' }));
    expect(validatorKey('all-errors', { type: 'string' })).not.toBe(validatorKey('first-error', { type: 'string' }));
    expect(validatorKey('all-errors', { type: 'string' })).not.toBe(validatorKey('all-errors', { type: 'number' }));
  });
});
