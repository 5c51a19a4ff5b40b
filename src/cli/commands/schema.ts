// `snc schema`: print the JSON Schema of input format 1, for editors and other tools.

import { descriptionSchema } from '../../schema/description-schema.js';
import type { CliIo } from '../io.js';

export async function runSchema(io: CliIo): Promise<number> {
  io.stdout.write(JSON.stringify(descriptionSchema, null, 2) + '\n');
  return 0;
}
