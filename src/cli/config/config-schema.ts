// JSON Schema (draft 2020-12) of the configuration file, built from its keys: shipped as schemas/config-1.schema.json.

import { CONFIG_KEYS } from './config-keys.js';

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'snc configuration (.snc.yaml, snc.config.yaml)',
  description:
    'What a team fixes once for `snc check`; options given on the command line win. Relative paths are relative to this file.',
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    CONFIG_KEYS.map((k) => [k.key, { title: `${k.description} (${k.flag})`, ...k.schema }]),
  ),
} as const;
