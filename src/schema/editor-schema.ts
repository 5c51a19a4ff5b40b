// The description schema for editors: the same rules in draft-07, which yaml-language-server (VS Code's YAML support)
// implements in full, with its `errorMessage` on the shared types so that no error lists 249 country codes.

import type { Lang } from '../i18n/types.js';
import { DEFINITION_EXPECTS, describedSchema } from './description-schema.js';
import type { JsonSchema } from './schema-fields.js';

export const EDITOR_SCHEMA_ID = 'https://snc.dev/schemas/description-1.editor.schema.json';

const isObject = (v: unknown): v is JsonSchema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A schema node in draft-07 terms: `#/definitions/` refs, and a `$ref` alone in its object (draft-07 ignores its siblings). */
function toDraft07(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft07);
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace(/^#\/\$defs\//, '#/definitions/');
    else out[k === '$defs' ? 'definitions' : k] = toDraft07(v);
  }
  if (typeof out.$ref === 'string' && Object.keys(out).length > 1) {
    const { $ref, ...siblings } = out;
    return { allOf: [{ $ref }], ...siblings };
  }
  return out;
}

/** The editor variant of the format-1 schema, its descriptions in a language. */
export function editorSchema(lang: Lang): JsonSchema {
  const { $schema: _2020, $id: _id, $defs, ...rest } = describedSchema(lang);
  const definitions = Object.fromEntries(
    Object.entries($defs as Record<string, JsonSchema>).map(([name, def]) => [
      name,
      Object.prototype.hasOwnProperty.call(DEFINITION_EXPECTS, name)
        ? { ...def, errorMessage: `expected ${DEFINITION_EXPECTS[name]}` }
        : def,
    ]),
  );
  return toDraft07({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: EDITOR_SCHEMA_ID,
    ...rest,
    definitions,
  }) as JsonSchema;
}
