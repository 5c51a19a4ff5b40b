// Turn one ajv error into one sentence for people: the field, what was expected, what was found.

import { clip } from '../clip.js';
import type { ErrorObject } from 'ajv';
import { dottedPath } from '../core/json-pointer.js';
import { closest, didYouMean } from '../model/closest.js';

/** What a schema's shared types (`$defs`) mean to people, for the messages about them. */
export interface SchemaVocabulary {
  /** What a value of each shared type is expected to be: `countryCode` → "an ISO 3166-1 alpha-2 country code". */
  expects?: Record<string, string>;
  /** A hint after a wrong value of a shared type, such as " (did you mean `FR` for France?)"; "" when there is none. */
  hints?: Record<string, (value: unknown) => string>;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)}`;
  return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} ${String(value)}`;
}

const typeName = (t: string) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t === 'integer' ? 'whole number' : t);

const own = (o: Record<string, string> | undefined, k: string) => (o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/** The pointer an error is about (for an unknown field, the field itself), and its message. */
export function explainSchemaError(error: ErrorObject, data: unknown, vocabulary: SchemaVocabulary = {}): { pointer: string; message: string } {
  const ptr = error.instancePath;
  const p = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { minimum?: number; maximum?: number } | undefined;
  const value = valueAt(data, ptr);
  const field = clip(dottedPath(ptr));
  const definition = /^#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
  const expects = definition === undefined ? undefined : own(vocabulary.expects, definition);
  if (expects !== undefined) {
    const hint = vocabulary.hints && Object.prototype.hasOwnProperty.call(vocabulary.hints, definition!) ? vocabulary.hints[definition!]!(value) : '';
    return { pointer: ptr, message: `${field}: expected ${expects}, got ${describe(value)}${hint}` };
  }
  switch (error.keyword) {
    case 'required':
      return { pointer: ptr, message: `${field}: missing the required field \`${String(p.missingProperty)}\`` };
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const shownExtra = clip(extra);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = didYouMean(closest(extra, allowed));
      return {
        pointer: `${ptr}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `${ptr === '' ? shownExtra : `${field}.${shownExtra}`}: unknown field${suggestion || ` (expected one of ${allowed.join(', ')})`}`,
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? didYouMean(closest(value, allowed)) : '';
      return { pointer: ptr, message: `${field}: expected one of ${allowed.join(', ')}, got ${describe(value)}${suggestion}` };
    }
    case 'const':
      return { pointer: ptr, message: `${field}: expected ${JSON.stringify(p.allowedValue)}, got ${describe(value)}` };
    case 'type': {
      const types = String(p.type).split(',').map(typeName);
      const expected = types.map(article).join(' or ');
      return { pointer: ptr, message: `${field}: expected ${expected}, got ${describe(value)}` };
    }
    case 'minimum':
    case 'maximum':
      return { pointer: ptr, message: `${field}: expected ${range(schema, error.keyword, p.limit)}, got ${describe(value)}` };
    case 'pattern':
      return { pointer: ptr, message: `${field}: expected text matching ${String(p.pattern)}, got ${describe(value)}` };
    case 'minLength':
    case 'minItems':
      return { pointer: ptr, message: `${field}: must not be empty` };
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      return { pointer: `${ptr}/${later}`, message: `${field}: lists ${describe((value as unknown[])[later])} twice` };
    }
    default:
      return { pointer: ptr, message: `${field}: ${error.message ?? 'is not valid'}` };
  }
}

/** "a number from 0 to 100" when both bounds are set, else "a number ≥ 0". */
function range(schema: { minimum?: number; maximum?: number } | undefined, keyword: string, limit: unknown): string {
  if (typeof schema?.minimum === 'number' && typeof schema.maximum === 'number') return `a number from ${schema.minimum} to ${schema.maximum}`;
  return `a number ${keyword === 'minimum' ? '≥' : '≤'} ${String(limit)}`;
}

function valueAt(data: unknown, ptr: string): unknown {
  let v = data;
  for (const t of ptr.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[t.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}
