// Schema errors as InputErrors: each ajv error explained once, placed at its line and column, sorted, at most twenty.

import { InputError, InputErrors } from '../core/input-error.js';
import { translate } from '../i18n/format.js';
import type { MessageId } from '../i18n/en.js';
import type { MessageValue } from '../i18n/types.js';
import type { SourceDocument } from '../load/read-yaml.js';
import type { Validator } from './compile-validator.js';
import { explainSchemaError, type SchemaVocabulary } from './explain-schema-error.js';

const MAX_REPORTED = 20;

/** A problem found in a document: the JSON pointer it is about, and what was expected. */
export interface Problem {
  pointer: string;
  message: string;
  /** The message in each language, when it is written in the catalogues. */
  localized?: (lang: 'en' | 'fr') => string;
}

/** A problem at a pointer, in every language of the catalogues. */
export const localizedProblem = (at: string, id: MessageId, values: Record<string, MessageValue>): Problem => ({
  pointer: at,
  message: translate('en', id, values),
  localized: (lang) => translate(lang, id, values),
});

/**
 * The explained errors of a validator that refused `value`, one per distinct message. An `if` error only says that
 * its `then` or `else` failed, whose own errors say how: it is left out.
 */
export function schemaProblems(validate: Validator, value: unknown, vocabulary?: SchemaVocabulary): Problem[] {
  const seen = new Set<string>();
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => explainSchemaError(e, value, vocabulary))
    .filter((f) => !seen.has(f.message) && !!seen.add(f.message));
}

/** Throw the problems of a document as one InputError (or several, one line each), in the order of the file. */
export function throwProblems(doc: SourceDocument, found: Problem[]): never {
  const errors = found
    .map((f) => ({ ...f, pos: doc.locate(f.pointer) }))
    .sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column)
    .slice(0, MAX_REPORTED)
    .map((f) => new InputError(f.localized ?? f.message, { file: doc.file, ...f.pos }));
  throw errors.length === 1 ? errors[0]! : new InputErrors(errors);
}
