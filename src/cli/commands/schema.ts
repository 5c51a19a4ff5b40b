// `snc schema`: print the JSON Schema of input format 1 (draft 2020-12), with --editor its draft-07 variant for
// editors, or with --config, --waivers or --attestations the schema of that file.

import { describedSchema } from '../../schema/description-schema.js';
import { attestationsSchema } from '../../schema/attestations-schema.js';
import { editorSchema } from '../../schema/editor-schema.js';
import { waiversSchema } from '../../schema/waivers-schema.js';
import { configSchema } from '../config/config-schema.js';
import type { CliIo } from '../io.js';
import { InputError } from '../../core/input-error.js';
import { inLang } from '../../i18n/format.js';

export interface SchemaFlags {
  editor?: boolean;
  config?: boolean;
  waivers?: boolean;
  attestations?: boolean;
  lang?: 'en' | 'fr';
}

export function runSchema(flags: SchemaFlags, io: CliIo): number {
  const lang = flags.lang ?? 'en';
  const chosen = (['editor', 'config', 'waivers', 'attestations'] as const).filter((k) => flags[k]);
  if (chosen.length > 1)
    throw new InputError(inLang('cli.schema.one', { flags: chosen.map((k) => `--${k}`).join(', ') }));
  const schema = flags.config
    ? configSchema
    : flags.waivers
      ? waiversSchema
      : flags.attestations
        ? attestationsSchema
        : flags.editor
          ? editorSchema(lang)
          : describedSchema(lang);
  io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
