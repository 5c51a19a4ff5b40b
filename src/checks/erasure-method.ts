// 19.4.a(1)–(3): the end-of-contract erasure uses one of the listed methods, within a time limit the agreement states.

import type { CheckFunction, CheckResult } from './contract.js';
import { contractClause } from './contract-clause.js';

/** Judges `contract.erasureMethods` (one at least; the schema admits only the listed ones), `contract.erasureDays`,
 * then where the agreement provides for the erasure. */
export const erasureMethod: CheckFunction<Record<string, never>> = {
  name: 'erasure-method',
  description:
    'all customer data is erased at the end of the contract by a listed method (overwrite, key-erasure, secure-recycling) within a stated number of days, and the agreement says where',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: [
    'erasure-method.pass',
    'erasure-method.unknown',
    'erasure-days.pass',
    'erasure-days.unknown',
    ...contractClause.messages,
  ],
  run(_params, context): CheckResult[] {
    const contract = context.description.contract;
    const methods = contract?.erasureMethods;
    const days = contract?.erasureDays;
    const byMethod: CheckResult =
      methods === undefined
        ? {
            status: 'unknown',
            subject: '/contract/erasureMethods',
            message: { id: 'erasure-method.unknown' },
            evidence: { erasureMethods: null },
          }
        : {
            status: 'pass',
            subject: '/contract/erasureMethods',
            message: { id: 'erasure-method.pass', values: { methods: { terms: methods.map((m) => `erasure.${m}`) } } },
            evidence: { erasureMethods: methods },
          };
    const within: CheckResult =
      days === undefined
        ? {
            status: 'unknown',
            subject: '/contract/erasureDays',
            message: { id: 'erasure-days.unknown' },
            evidence: { erasureDays: null },
          }
        : {
            status: 'pass',
            subject: '/contract/erasureDays',
            message: { id: 'erasure-days.pass', values: { days } },
            evidence: { erasureDays: days },
          };
    return [byMethod, within, ...contractClause.run({ clauses: ['endOfContractErasure'] }, context)];
  },
};
