// JSON Schema validators: the build's precompiled ajv code when it matches the schema, else ajv compiled on first use.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { packageRoot } from '../core/paths.js';

/** A compiled validator: true when valid, else false with `errors` set. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * ajv options by mode: every error (a description: its author sees them all at once) or the first one (rule packs
 * and check parameters, which also get their defaults filled in). `verbose` gives errors their schema, for messages.
 */
export const VALIDATOR_MODES = {
  'all-errors': { allErrors: true, strict: false, verbose: true },
  'first-error': { allErrors: false, strict: false, verbose: true, useDefaults: true },
} as const;
export type ValidatorMode = keyof typeof VALIDATOR_MODES;

/** The key of a (mode, schema) pair in the precompiled file: a change to either gives a new key. */
export const validatorKey = (mode: ValidatorMode, schema: object): string =>
  'v' +
  createHash('sha256')
    .update(`${mode}\n${JSON.stringify(schema)}`)
    .digest('hex')
    .slice(0, 24);

/** The file scripts/build.mjs writes: a CommonJS module of ajv standalone validators by validatorKey. */
export const PRECOMPILED_FILE = join(packageRoot, 'dist', 'schema', 'validators.cjs');

const require = createRequire(import.meta.url);
let precompiled: Record<string, Validator> | null | undefined;
const cache = new Map<string, Validator>();

function loadPrecompiled(): Record<string, Validator> | null {
  try {
    return require(PRECOMPILED_FILE) as Record<string, Validator>;
  } catch {
    return null; // not built (tests run src/ directly): compile instead
  }
}

/** Compile a schema with ajv itself (loaded only now, so a built run never pays for it). */
export function compileWithAjv(mode: ValidatorMode, schema: object): Validator {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new Ajv2020({ ...VALIDATOR_MODES[mode] }).compile(schema) as Validator;
}

/** The validator of a schema in a mode: precompiled when the build saw this very schema, else compiled once. */
export function validator(mode: ValidatorMode, schema: object): Validator {
  const key = validatorKey(mode, schema);
  let v = cache.get(key);
  if (!v) {
    precompiled ??= loadPrecompiled();
    v =
      (precompiled && Object.prototype.hasOwnProperty.call(precompiled, key) ? precompiled[key] : undefined) ??
      compileWithAjv(mode, schema);
    cache.set(key, v);
  }
  return v;
}
