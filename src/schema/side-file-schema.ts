// Building blocks of the schemas of the files beside a description (waivers, attestations): a closed entry list.

export const text = { type: 'string', minLength: 1 } as const;
export const day = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'an ISO 8601 date, YYYY-MM-DD',
} as const;

/** A mapping with these fields only (and `x-…` notes). */
export const closedObject = (properties: Record<string, unknown>, required: string[] = [], description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  patternProperties: { '^x-': true },
  additionalProperties: false,
});

/** The schema of a file whose top level holds one list under `key`. */
export const listFileSchema = (id: string, title: string, key: string, entry: Record<string, unknown>) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://snc.dev/schemas/${id}.schema.json`,
  title,
  ...closedObject({ [key]: { type: 'array', items: entry } }, [key]),
});
