// Chapter 19: the service agreement states a requirement, and the description says where (contract.clauses.<name>).

import type { CheckFunction, CheckResult } from './contract.js';
import { CONTRACT_CLAUSES, type ClauseReference, type ContractClause } from '../model/description.js';

/** `with` of contract-clause: the statements of the agreement the rule needs, each judged on its own. */
export interface ContractClauseParams {
  clauses: ContractClause[];
}

/** The section a reference gives: the string itself, or the `section` of a reference that cites its source. */
const sectionOf = (ref: Exclude<ClauseReference, false>) => (typeof ref === 'string' ? ref : ref.section);

/** One result per clause: a section reference passes and says where, `false` fails, absent is unknown. */
export const contractClause: CheckFunction<ContractClauseParams> = {
  name: 'contract-clause',
  description:
    'the service agreement states each of the given clauses: where it does (a section) passes, false fails, absent is unknown',
  parameters: {
    type: 'object',
    properties: {
      clauses: {
        type: 'array',
        items: { enum: [...CONTRACT_CLAUSES] },
        minItems: 1,
        uniqueItems: true,
        description: 'the statements of the agreement judged, by their name in contract.clauses',
      },
    },
    required: ['clauses'],
    additionalProperties: false,
  },
  messages: ['contract-clause.pass', 'contract-clause.fail', 'contract-clause.unknown'],
  run(params, { description }): CheckResult[] {
    const stated = description.contract?.clauses ?? {};
    return params.clauses.map((clause): CheckResult => {
      const ref = Object.prototype.hasOwnProperty.call(stated, clause) ? stated[clause] : undefined;
      const subject = `/contract/clauses/${clause}`;
      const what = { terms: [`clause.${clause}`] };
      if (ref === undefined)
        return {
          status: 'unknown',
          subject,
          message: { id: 'contract-clause.unknown', values: { clause, what } },
          evidence: { clause, section: null },
        };
      if (ref === false)
        return {
          status: 'fail',
          subject,
          message: { id: 'contract-clause.fail', values: { clause, what } },
          evidence: { clause, section: false },
        };
      const section = sectionOf(ref);
      return {
        status: 'pass',
        subject,
        message: { id: 'contract-clause.pass', values: { section, what } },
        evidence: { clause, section },
      };
    });
  },
};
