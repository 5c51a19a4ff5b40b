// Validate a parsed file as a format-1 description: version, JSON Schema, then semantics; all errors with line:column.

import { InputError } from '../core/input-error.js';
import type { SourceDocument } from '../load/read-yaml.js';
import type { Description } from '../model/description.js';
import { buildGraph, type HoldingsGraph } from '../model/ownership/graph.js';
import { ownershipErrors } from '../model/ownership/validate.js';
import { checkSemantics } from './check-semantics.js';
import { validator } from './compile-validator.js';
import { DEFINITION_EXPECTS, descriptionSchema } from './description-schema.js';
import type { SchemaVocabulary } from './explain-schema-error.js';
import { schemaProblems, throwProblems } from './schema-errors.js';
import { countryHint } from './suggest-fix.js';
import { inLang, translate } from '../i18n/format.js';

const VOCABULARY: SchemaVocabulary = { expects: DEFINITION_EXPECTS, hints: { countryCode: countryHint } };

/** A valid description and its holdings graph, built once: validation reads it, and so does the ownership analysis. */
export interface ValidDescription {
  description: Description;
  holdings: HoldingsGraph;
}

/** The description in a parsed file, or an InputError naming every problem with its position. */
export function validateDescription(doc: SourceDocument): ValidDescription {
  const v = doc.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new InputError(
      (lang) =>
        translate(lang, 'input.description.not-a-mapping', {
          got: translate(
            lang,
            Array.isArray(v) ? 'input.value.list' : v === null ? 'input.side.nothing' : 'input.side.single-value',
          ),
        }),
      { file: doc.file, ...doc.locate('') },
    );
  const version = (v as Record<string, unknown>).snc;
  if (version === undefined)
    throw new InputError(inLang('input.description.no-version'), { file: doc.file, line: 1, column: 1 });
  if (version !== 1)
    throw new InputError(inLang('input.description.version', { version: JSON.stringify(version) ?? typeof version }), {
      file: doc.file,
      ...doc.locate('/snc'),
    });
  const validate = validator('all-errors', descriptionSchema);
  if (!validate(v)) throwProblems(doc, schemaProblems(validate, v, VOCABULARY));
  const description = v as Description;
  const semantic = checkSemantics(description);
  if (semantic.length > 0) throwProblems(doc, semantic);
  // Ownership that no one ultimately holds (a closed cross-holding cycle) can only be judged once references hold.
  const holdings = buildGraph(description);
  const ownership = ownershipErrors(holdings);
  if (ownership.length > 0) throwProblems(doc, ownership);
  return { description, holdings };
}
