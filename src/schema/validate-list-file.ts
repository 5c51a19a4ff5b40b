// Validate a file beside a description whose top level is one list (waivers, attestations): shape, then schema.

import { InputError } from '../core/input-error.js';
import { translate } from '../i18n/format.js';
import type { SourceDocument } from '../load/read-yaml.js';
import { validator } from './compile-validator.js';
import { schemaProblems, throwProblems } from './schema-errors.js';

/** The entries of the list under `key`, or an InputError naming every problem with its position. */
export function validateListFile(doc: SourceDocument, key: string, schema: object): Record<string, unknown>[] {
  const v = doc.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new InputError(
      (lang) =>
        translate(lang, 'input.side.not-a-mapping', {
          key,
          got: translate(
            lang,
            Array.isArray(v) ? 'input.value.list' : v === null ? 'input.side.nothing' : 'input.side.single-value',
          ),
        }),
      {
        file: doc.file,
        ...doc.locate(''),
      },
    );
  const validate = validator('all-errors', schema);
  if (!validate(v)) throwProblems(doc, schemaProblems(validate, v));
  return (v as Record<string, Record<string, unknown>[]>)[key]!;
}
