// The fields of a JSON Schema by path (`entities.*.shareholders[].holder`). `$defs` hold shared leaf types (a country
// code, a date): a field that points to one is a leaf, described where it is used.

/** A JSON Schema object, read loosely. */
export type JsonSchema = { [keyword: string]: unknown };

/** One field: a property of an object, or the value of a mapping by id (`*`, under additionalProperties). */
export interface SchemaField {
  path: string;
  /** The property name, or `*`. */
  key: string;
  /** The field's own schema, as written where it is declared ($ref not followed). */
  schema: JsonSchema;
  required: boolean;
}

/** The keywords whose subschema describes the same value as its parent, under a condition. */
const BRANCHES = ['then', 'else'] as const;

const isSchema = (v: unknown): v is JsonSchema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A schema with its `$ref` (to `#/$defs/…`) followed. */
export function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : (root.$defs as Record<string, unknown> | undefined)?.[name];
  if (!isSchema(target)) throw new Error(`unresolved $ref ${ref}`);
  return resolve(root, target);
}

/** The name of the `$defs` entry a schema points to, if it is a `$ref`. */
export const definitionName = (schema: JsonSchema): string | undefined =>
  typeof schema.$ref === 'string' ? /^#\/\$defs\/([^/]+)$/.exec(schema.$ref)?.[1] : undefined;

/** The fields under a schema, parents before children, in declaration order. */
export function schemaFields(root: JsonSchema, schema: JsonSchema = root, prefix = ''): SchemaField[] {
  const node = schema;
  const out: SchemaField[] = [];
  const join = (key: string) => (prefix === '' ? key : `${prefix}.${key}`);
  if (isSchema(node.properties)) {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    for (const [key, sub] of Object.entries(node.properties)) {
      if (!isSchema(sub)) continue;
      out.push(
        { path: join(key), key, schema: sub, required: required.has(key) },
        ...schemaFields(root, sub, join(key)),
      );
    }
  }
  if (isSchema(node.additionalProperties)) {
    const sub = node.additionalProperties;
    out.push({ path: join('*'), key: '*', schema: sub, required: false }, ...schemaFields(root, sub, join('*')));
  }
  if (isSchema(node.items)) out.push(...schemaFields(root, node.items, `${prefix}[]`));
  // A field that is an object or something else (`if: { type: object }, then: …, else: …`) has its fields in a branch.
  for (const branch of BRANCHES) if (isSchema(node[branch])) out.push(...schemaFields(root, node[branch], prefix));
  return out;
}

/** A copy of a schema in which each field's own schema is replaced by what `edit` returns for it. */
export function mapFields(root: JsonSchema, edit: (field: SchemaField) => JsonSchema): JsonSchema {
  const walk = (schema: JsonSchema, prefix: string): JsonSchema => {
    if (typeof schema.$ref === 'string') return schema;
    const out: JsonSchema = { ...schema };
    const join = (key: string) => (prefix === '' ? key : `${prefix}.${key}`);
    if (isSchema(schema.properties)) {
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      out.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([key, sub]) => {
          if (!isSchema(sub)) return [key, sub];
          return [key, edit({ path: join(key), key, schema: walk(sub, join(key)), required: required.has(key) })];
        }),
      );
    }
    if (isSchema(schema.additionalProperties)) {
      const sub = walk(schema.additionalProperties, join('*'));
      out.additionalProperties = edit({ path: join('*'), key: '*', schema: sub, required: false });
    }
    if (isSchema(schema.items)) out.items = walk(schema.items, `${prefix}[]`);
    for (const branch of BRANCHES) if (isSchema(schema[branch])) out[branch] = walk(schema[branch], prefix);
    return out;
  };
  return walk(root, '');
}
