// `snc schema`: print the JSON Schema of input format 1 (draft 2020-12), with --editor its draft-07 variant for
// editors, or with --config the configuration file's.

import { describedSchema } from '../../schema/description-schema.js';
import { editorSchema } from '../../schema/editor-schema.js';
import { configSchema } from '../config/config-schema.js';
import type { CliIo } from '../io.js';

export interface SchemaFlags {
  editor?: boolean;
  config?: boolean;
  lang?: 'en' | 'fr';
}

export function runSchema(flags: SchemaFlags, io: CliIo): number {
  const lang = flags.lang ?? 'en';
  const schema = flags.config ? configSchema : flags.editor ? editorSchema(lang) : describedSchema(lang);
  io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
