// Validate an attestations file: its schema, then what the schema cannot say (clause or rule, real dates in order).

import { pointer } from '../core/json-pointer.js';
import type { SourceDocument } from '../load/read-yaml.js';
import type { Attestation } from '../model/attestation.js';
import { attestationsSchema } from './attestations-schema.js';
import { isRealDate } from './real-date.js';
import { localizedProblem, throwProblems, type Problem } from './schema-errors.js';
import { validateListFile } from './validate-list-file.js';

/** The attestations of a parsed file, each with its position, or an InputError naming every problem. */
export function validateAttestations(doc: SourceDocument): Attestation[] {
  const entries = validateListFile(doc, 'attestations', attestationsSchema) as unknown as Omit<Attestation, 'at'>[];
  const problems: Problem[] = [];
  entries.forEach((a, i) => {
    const at = (field?: string) => (field ? pointer('attestations', i, field) : pointer('attestations', i));
    const field = `attestations[${i}]`;
    if (a.clause !== undefined && a.rule !== undefined)
      problems.push(localizedProblem(at('rule'), 'input.side.clause-and-rule', { field }));
    if (a.clause === undefined && a.rule === undefined)
      problems.push(localizedProblem(at(), 'input.side.clause-or-rule', { field }));
    for (const name of ['date', 'expires'] as const)
      if (!isRealDate(a[name]))
        problems.push(
          localizedProblem(at(name), 'input.side.not-a-date', { field: `${field}.${name}`, value: a[name] }),
        );
    if (isRealDate(a.date) && isRealDate(a.expires) && a.expires < a.date)
      problems.push(
        localizedProblem(at('expires'), 'input.side.expires-before', {
          field: `${field}.expires`,
          expires: a.expires,
          date: a.date,
        }),
      );
  });
  if (problems.length > 0) throwProblems(doc, problems);
  return entries.map((a, i) => ({ ...a, at: { file: doc.file, ...doc.locate(pointer('attestations', i)) } }));
}
