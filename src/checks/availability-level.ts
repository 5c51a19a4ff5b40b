// 19.1.j: the agreement states the service's availability level, a figure, and where.

import type { CheckFunction, CheckResult } from './contract.js';
import { contractClause } from './contract-clause.js';

/** Judges `contract.availability` (a figure; the referential sets no minimum), then where the agreement states it. */
export const availabilityLevel: CheckFunction<Record<string, never>> = {
  name: 'availability-level',
  description: 'the agreement states the availability level as a figure (no minimum), and says where',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: ['availability-level.pass', 'availability-level.unknown', ...contractClause.messages],
  run(_params, context): CheckResult[] {
    const level = context.description.contract?.availability;
    const subject = '/contract/availability';
    const evidence = { availability: level ?? null };
    const written = contractClause.run({ clauses: ['availability'] }, context);
    if (level === undefined)
      return [{ status: 'unknown', subject, message: { id: 'availability-level.unknown' }, evidence }, ...written];
    return [
      { status: 'pass', subject, message: { id: 'availability-level.pass', values: { level } }, evidence },
      ...written,
    ];
  },
};
