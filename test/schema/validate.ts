// Validate a description given as text, for tests of the schema and its semantics: the errors, or the description.
import { parseYamlSource } from '../../src/load/read-yaml.js';
import { InputError, InputErrors } from '../../src/core/input-error.js';
import { validateDescription } from '../../src/schema/validate-description.js';

/** A valid description to extend: a French provider `p` and an offer. */
export const BASE = `snc: 1
name: t
provider: p
offer: { name: o }
entities:
  p: { type: company, registeredOffice: FR, centralAdministration: FR, principalEstablishment: FR }
`;

/** The `line:column: message` lines of every error of a description, or [] when it is valid. */
export function errorsOf(text: string): string[] {
  try {
    validateDescription(parseYamlSource('t.yaml', text, ''));
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return (e instanceof InputErrors ? e.errors : [e]).map((x) => `${x.line}:${x.column}: ${x.message}`);
  }
}
