// 19.2.e and 9.7.d: support from outside the area only with documented operations, and through a supervised jump host
// when it reaches customer data.

import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { areaParamsSchema, areaValue, inArea, type AreaParams } from './util/area.js';
import { staffLabel, terms } from './util/labels.js';
import { worstOf, type Finding } from './util/verdict.js';

/** Judges each support group: inside the area it passes; outside, its operations must be documented and any access
 * to customer data must go through a supervised jump host. */
export const supportAccess: CheckFunction<AreaParams> = {
  name: 'support-access',
  description:
    'support from outside the area has documented operations, and reaches customer data only through a supervised jump host',
  parameters: { type: 'object', properties: { ...areaParamsSchema }, additionalProperties: false },
  messages: [
    'support-access.pass-inside',
    'support-access.pass-documented',
    'support-access.pass-jump-host',
    'support-access.undocumented',
    'support-access.unsupervised',
    'support-access.unknown',
    'support-access.unknown-location',
    'support-access.none',
  ],
  run(params, { description, facts }) {
    const area = areaValue(params);
    const results: CheckResult[] = [];
    (description.staff ?? []).forEach((g, i) => {
      if (g.role !== 'support') return;
      const group = staffLabel(g, i, facts);
      const subject = pointer('staff', i);
      const located = g.locatedIn ?? [];
      const evidence = {
        locatedIn: located,
        documented: g.documented ?? null,
        accessToCustomerData: g.accessToCustomerData ?? null,
        supervisedAccess: g.supervisedAccess ?? null,
      };
      if (located.length === 0) {
        results.push({
          status: 'unknown',
          subject,
          message: { id: 'support-access.unknown-location', values: { group } },
          evidence,
        });
        return;
      }
      const outside = [...new Set(located.filter((c) => !inArea(c, params, facts)))];
      if (outside.length === 0) {
        results.push({
          status: 'pass',
          subject,
          message: {
            id: 'support-access.pass-inside',
            values: { group, countries: { countries: [...new Set(located)] }, area },
          },
          evidence,
        });
        return;
      }
      const values = { group, countries: { countries: outside }, area };
      const findings: Finding[] = [];
      const missing: string[] = [];
      if (g.documented === false)
        findings.push({
          status: 'fail',
          subject: pointer('staff', i, 'documented'),
          message: { id: 'support-access.undocumented', values },
        });
      if (g.documented === undefined) missing.push('documented');
      if (g.accessToCustomerData === true && g.supervisedAccess === 'none')
        findings.push({
          status: 'fail',
          subject: pointer('staff', i, 'supervisedAccess'),
          message: { id: 'support-access.unsupervised', values },
        });
      // Access through a jump host is enough whether or not it reaches customer data; otherwise that must be said.
      if (g.accessToCustomerData === true && g.supervisedAccess === undefined) missing.push('supervisedAccess');
      if (g.accessToCustomerData === undefined && g.supervisedAccess !== 'jump-host')
        missing.push('accessToCustomerData');
      if (missing.length > 0)
        findings.push({
          status: 'unknown',
          subject,
          message: { id: 'support-access.unknown', values: { ...values, fields: terms('field', missing) } },
        });
      const passId =
        g.accessToCustomerData === false ? 'support-access.pass-documented' : 'support-access.pass-jump-host';
      results.push(
        worstOf(findings, evidence) ?? { status: 'pass', subject, message: { id: passId, values }, evidence },
      );
    });
    if (results.length > 0) return results;
    return [
      { status: 'not-applicable', subject: description.staff ? '/staff' : '', message: { id: 'support-access.none' } },
    ];
  },
};
