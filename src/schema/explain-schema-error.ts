// Turn one ajv error into one sentence for people: the field, what was expected, what was found.

import { clip } from '../core/clip.js';
import type { ErrorObject } from 'ajv';
import { dottedPath } from '../core/json-pointer.js';
import { closest, didYouMean } from '../model/closest.js';
import type { IdsAfter } from '../i18n/en.js';
import { translate } from '../i18n/format.js';

/** What a schema's shared types (`$defs`) mean to people, for the messages about them. */
export interface SchemaVocabulary {
  /** What a value of each shared type is expected to be: `countryCode` → "an ISO 3166-1 alpha-2 country code". */
  expects?: Record<string, string>;
  /** A hint after a wrong value of a shared type, such as " (did you mean `FR` for France?)"; "" when there is none. */
  hints?: Record<string, (value: unknown, lang: Lang) => string>;
}

type Lang = 'en' | 'fr';

/** A value as the message names it: `the text "x"`, `a list`… in a language. */
export function describe(value: unknown, lang: Lang): string {
  if (value === null) return translate(lang, 'input.value.null');
  if (Array.isArray(value)) return translate(lang, 'input.value.list');
  if (typeof value === 'object') return translate(lang, 'input.value.mapping');
  if (typeof value === 'string')
    return translate(lang, 'input.value.text', {
      text: JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value),
    });
  const scalar = value as number | boolean; // what remains of a YAML or JSON value
  return translate(lang, typeof scalar === 'boolean' ? 'input.value.boolean' : 'input.value.number', {
    value: String(scalar),
  });
}

/** A JSON Schema type as an expected value, with its article: `a mapping`, `a whole number`. */
const TYPES: Record<string, IdsAfter<'input.type.'>> = {
  object: 'mapping',
  array: 'list',
  integer: 'integer',
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
};
const expectedTypes = (types: string[], lang: Lang) =>
  types.map((t) => translate(lang, `input.type.${TYPES[t] ?? 'string'}`)).join(lang === 'fr' ? ' ou ' : ' or ');

const own = (o: Record<string, string> | undefined, k: string) =>
  o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** The pointer an error is about (for an unknown field, the field itself), and its message in English and in each language. */
export function explainSchemaError(
  error: ErrorObject,
  data: unknown,
  vocabulary: SchemaVocabulary = {},
): { pointer: string; message: string; localized: (lang: Lang) => string } {
  const { pointer, say } = explain(error, data, vocabulary);
  return { pointer, message: say('en'), localized: say };
}

function explain(
  error: ErrorObject,
  data: unknown,
  vocabulary: SchemaVocabulary,
): { pointer: string; say: (lang: Lang) => string } {
  const ptr = error.instancePath;
  const p = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { minimum?: number; maximum?: number } | undefined;
  const value = valueAt(data, ptr);
  const field = clip(dottedPath(ptr));
  const definition = /^#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
  const expects = definition === undefined ? undefined : own(vocabulary.expects, definition);
  if (expects !== undefined) {
    const hint = (lang: Lang) =>
      vocabulary.hints && Object.prototype.hasOwnProperty.call(vocabulary.hints, definition!)
        ? vocabulary.hints[definition!]!(value, lang)
        : '';
    return {
      pointer: ptr,
      say: (lang) =>
        translate(lang, 'input.schema.expected', {
          field,
          expected: lang === 'en' || !(definition! in EXPECTS_FR) ? expects : EXPECTS_FR[definition!]!,
          got: describe(value, lang),
          hint: hint(lang),
        }),
    };
  }
  switch (error.keyword) {
    case 'required':
      return {
        pointer: ptr,
        say: (lang) => translate(lang, 'input.schema.required', { field, name: String(p.missingProperty) }),
      };
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const shownExtra = clip(extra);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = closest(extra, allowed);
      return {
        pointer: `${ptr}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        say: (lang) =>
          translate(lang, 'input.schema.unknown-field', {
            field: ptr === '' ? shownExtra : `${field}.${shownExtra}`,
            hint:
              didYouMean(suggestion, lang) ||
              translate(lang, 'input.schema.one-of-hint', { values: allowed.join(', ') }),
          }),
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : [];
      return {
        pointer: ptr,
        say: (lang) =>
          translate(lang, 'input.schema.enum', {
            field,
            values: allowed.join(', '),
            got: describe(value, lang),
            hint: didYouMean(suggestion, lang),
          }),
      };
    }
    case 'const':
      return {
        pointer: ptr,
        say: (lang) =>
          translate(lang, 'input.schema.expected', {
            field,
            expected: JSON.stringify(p.allowedValue),
            got: describe(value, lang),
            hint: '',
          }),
      };
    case 'type': {
      const types = String(p.type).split(',');
      return {
        pointer: ptr,
        say: (lang) =>
          translate(lang, 'input.schema.expected', {
            field,
            expected: expectedTypes(types, lang),
            got: describe(value, lang),
            hint: '',
          }),
      };
    }
    case 'minimum':
    case 'maximum':
      return {
        pointer: ptr,
        say: (lang) =>
          translate(lang, 'input.schema.expected', {
            field,
            expected: range(schema, error.keyword, p.limit, lang),
            got: describe(value, lang),
            hint: '',
          }),
      };
    case 'pattern':
      return {
        pointer: ptr,
        say: (lang) =>
          translate(lang, 'input.schema.pattern', { field, pattern: String(p.pattern), got: describe(value, lang) }),
      };
    case 'minLength':
    case 'minItems':
      return { pointer: ptr, say: (lang) => translate(lang, 'input.schema.empty', { field }) };
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      return {
        pointer: `${ptr}/${later}`,
        say: (lang) =>
          translate(lang, 'input.schema.twice', { field, value: describe((value as unknown[])[later], lang) }),
      };
    }
    default:
      return { pointer: ptr, say: () => `${field}: ${error.message ?? 'is not valid'}` };
  }
}

/** "a number from 0 to 100" when both bounds are set, else "a number ≥ 0". */
function range(
  schema: { minimum?: number; maximum?: number } | undefined,
  keyword: string,
  limit: unknown,
  lang: Lang,
): string {
  if (typeof schema?.minimum === 'number' && typeof schema.maximum === 'number')
    return translate(lang, 'input.range.both', { min: String(schema.minimum), max: String(schema.maximum) });
  return translate(lang, keyword === 'minimum' ? 'input.range.min' : 'input.range.max', { limit: String(limit) });
}

/** The shared types of the description schema, as French expects them. */
const EXPECTS_FR: Record<string, string> = {
  countryCode: 'un code pays ISO 3166-1 alpha-2',
  date: 'une date ISO 8601, AAAA-MM-JJ',
  percent: 'un pourcentage de 0 à 100',
  stake: 'un pourcentage de 0 à 100, une fourchette `{ min, max }` de pourcentages, ou `unknown`',
};

function valueAt(data: unknown, ptr: string): unknown {
  let v = data;
  for (const t of ptr.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[t.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}
