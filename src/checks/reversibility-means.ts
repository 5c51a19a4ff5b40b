// 19.1.i: reversibility through at least one technical means, (1) documented files or (2) an interface, written in
// the agreement.

import type { CheckFunction, CheckResult } from './contract.js';
import { contractClause } from './contract-clause.js';

/** Judges `contract.reversibilityMeans` (one at least), then where the agreement writes them (contract.clauses). */
export const reversibilityMeans: CheckFunction<Record<string, never>> = {
  name: 'reversibility-means',
  description:
    'reversibility is offered through documented files or an interface (one at least), and the agreement says where',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: [
    'reversibility-means.pass',
    'reversibility-means.fail',
    'reversibility-means.unknown',
    ...contractClause.messages,
  ],
  run(_params, context): CheckResult[] {
    const means = context.description.contract?.reversibilityMeans;
    const subject = '/contract/reversibilityMeans';
    const evidence = { reversibilityMeans: means ?? null };
    const written = contractClause.run({ clauses: ['reversibilityMeans'] }, context);
    if (means === undefined)
      return [{ status: 'unknown', subject, message: { id: 'reversibility-means.unknown' }, evidence }, ...written];
    if (means.length === 0)
      return [{ status: 'fail', subject, message: { id: 'reversibility-means.fail' }, evidence }, ...written];
    const offered = { terms: means.map((m) => `reversibility.${m}`) };
    return [
      { status: 'pass', subject, message: { id: 'reversibility-means.pass', values: { offered } }, evidence },
      ...written,
    ];
  },
};
