// 19.1.b: the agreement identifies each party's obligations, the exclusions and the service's location, and, when
// support is given from outside the EU (19.2.e allows it), the support location too.

import type { CheckFunction, CheckResult } from './contract.js';
import { contractClause } from './contract-clause.js';
import { areaParamsSchema, areaValue, inArea, type AreaParams } from './util/area.js';

/** The three statements of 19.1.b(1)–(3), then the support location: needed only when a support team works from
 * outside the area (not applicable when all support is inside; unknown while a team's location is not given). */
export const serviceLocation: CheckFunction<AreaParams> = {
  name: 'service-location',
  description:
    'the agreement states each party\u2019s obligations, the exclusions and the service\u2019s location, and the support location when support is given from outside the area',
  parameters: { type: 'object', properties: { ...areaParamsSchema }, additionalProperties: false },
  messages: ['support-location.inside', 'support-location.unknown', ...contractClause.messages],
  run(params, context): CheckResult[] {
    const { description, facts } = context;
    const stated = contractClause.run({ clauses: ['responsibilities', 'exclusions', 'serviceLocation'] }, context);
    const support = (description.staff ?? []).filter((g) => g.role === 'support');
    const located = support.flatMap((g) => g.locatedIn ?? []);
    const outside = located.some((c) => !inArea(c, params, facts));
    if (outside) return [...stated, ...contractClause.run({ clauses: ['supportLocation'] }, context)];
    const subject = '/contract/clauses/supportLocation';
    const area = areaValue(params);
    if (support.some((g) => (g.locatedIn ?? []).length === 0))
      return [...stated, { status: 'unknown', subject, message: { id: 'support-location.unknown', values: { area } } }];
    return [
      ...stated,
      { status: 'not-applicable', subject, message: { id: 'support-location.inside', values: { area } } },
    ];
  },
};
