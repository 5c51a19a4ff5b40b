// Turn one ajv error into one sentence for people: the field, what was expected, what was found.

import type { ErrorObject } from 'ajv';
import { dottedPath } from '../load/json-pointer.js';

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)}`;
  return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} ${String(value)}`;
}

const typeName = (t: string) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t === 'integer' ? 'whole number' : t);

/** The pointer an error is about (for an unknown field, the field itself), and its message. */
export function explainSchemaError(error: ErrorObject, data: unknown): { pointer: string; message: string } {
  const ptr = error.instancePath;
  const p = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { description?: string } | undefined;
  const value = valueAt(data, ptr);
  const field = dottedPath(ptr);
  switch (error.keyword) {
    case 'required':
      return { pointer: ptr, message: `${field}: missing the required field \`${String(p.missingProperty)}\`` };
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return {
        pointer: `${ptr}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `${ptr === '' ? extra : `${field}.${extra}`}: unknown field (expected one of ${allowed.join(', ')})`,
      };
    }
    case 'enum':
      return {
        pointer: ptr,
        message: `${field}: expected one of ${(p.allowedValues as unknown[]).join(', ')}, got ${describe(value)}`,
      };
    case 'const':
      return { pointer: ptr, message: `${field}: expected ${JSON.stringify(p.allowedValue)}, got ${describe(value)}` };
    case 'type': {
      const types = String(p.type).split(',').map(typeName);
      const expected = types.map(article).join(' or ');
      return { pointer: ptr, message: `${field}: expected ${expected}, got ${describe(value)}` };
    }
    case 'minimum':
    case 'maximum':
      return {
        pointer: ptr,
        message: `${field}: expected ${schema?.description ?? `a number ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}`}, got ${describe(value)}`,
      };
    case 'pattern':
      return { pointer: ptr, message: `${field}: expected ${schema?.description ?? `text matching ${String(p.pattern)}`}, got ${describe(value)}` };
    case 'minLength':
    case 'minItems':
      return { pointer: ptr, message: `${field}: must not be empty` };
    default:
      return { pointer: ptr, message: `${field}: ${error.message ?? 'is not valid'}` };
  }
}

function valueAt(data: unknown, ptr: string): unknown {
  let v = data;
  for (const t of ptr.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[t.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}
