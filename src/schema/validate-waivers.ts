// Validate a waivers file: its schema, then what the schema cannot say (a real expiry date, each entry once).

import { pointer } from '../core/json-pointer.js';
import type { SourceDocument } from '../load/read-yaml.js';
import type { Waiver } from '../model/waiver.js';
import { isRealDate } from './real-date.js';
import { localizedProblem, throwProblems, type Problem } from './schema-errors.js';
import { validateListFile } from './validate-list-file.js';
import { waiversSchema } from './waivers-schema.js';

/** The waivers of a parsed file, each with its position, or an InputError naming every problem. */
export function validateWaivers(doc: SourceDocument): Waiver[] {
  const entries = validateListFile(doc, 'waivers', waiversSchema) as unknown as Omit<Waiver, 'at'>[];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  entries.forEach((w, i) => {
    if (!isRealDate(w.expires))
      problems.push(
        localizedProblem(pointer('waivers', i, 'expires'), 'input.side.not-a-date', {
          field: `waivers[${i}].expires`,
          value: w.expires,
        }),
      );
    const key = JSON.stringify([w.rule, w.subject ?? null, w.file ?? null]);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        localizedProblem(pointer('waivers', i), 'input.side.waiver-twice', {
          field: `waivers[${i}]`,
          first: `waivers[${first}]`,
        }),
      );
    else seen.set(key, i);
  });
  if (problems.length > 0) throwProblems(doc, problems);
  return entries.map((w, i) => ({ ...w, at: { file: doc.file, ...doc.locate(pointer('waivers', i)) } }));
}
