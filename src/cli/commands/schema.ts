// `snc schema`: print the JSON Schema of input format 1 (or, with --config, of the configuration file), for editors.

import { descriptionSchema } from '../../schema/description-schema.js';
import { configSchema } from '../config/config-schema.js';
import type { CliIo } from '../io.js';

export async function runSchema(flags: { config?: boolean }, io: CliIo): Promise<number> {
  io.stdout.write(JSON.stringify(flags.config ? configSchema : descriptionSchema, null, 2) + '\n');
  return 0;
}
