// HDS EXI 29: staff who reach customer (health) data from outside the area do so under a GDPR art. 45 or 46 basis.

import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { areaParamsSchema, areaValue, inArea, type AreaParams } from './util/area.js';
import { staffLabel, terms } from './util/labels.js';
import {
  outsideSensitivity,
  sensitivityParamsSchema,
  SENSITIVITY_MESSAGES,
  type SensitivityParams,
} from './util/sensitivity.js';

/** `with` of staff-transfer-basis: the area (the EEA for HDS) and the data sensitivities it applies to. */
export type TransferParams = AreaParams & SensitivityParams;

/** Judges every staff group, whatever its role: inside the area, or without access to customer data, or under a basis. */
export const staffTransferBasis: CheckFunction<TransferParams> = {
  name: 'staff-transfer-basis',
  description:
    'staff reaching customer data from outside the area do so under an adequacy decision or appropriate safeguards',
  parameters: {
    type: 'object',
    properties: { ...areaParamsSchema, ...sensitivityParamsSchema },
    additionalProperties: false,
  },
  messages: [
    'staff-transfer-basis.pass-inside',
    'staff-transfer-basis.pass-no-access',
    'staff-transfer-basis.pass-basis',
    'staff-transfer-basis.fail',
    'staff-transfer-basis.unknown',
    'staff-transfer-basis.no-staff',
    'staff-transfer-basis.none',
    ...SENSITIVITY_MESSAGES,
  ],
  run(params, { description, facts }) {
    const na = outsideSensitivity(params, description);
    if (na) return [na];
    if (!description.staff)
      return [{ status: 'unknown', subject: '', message: { id: 'staff-transfer-basis.no-staff' } }];
    if (description.staff.length === 0)
      return [{ status: 'not-applicable', subject: '/staff', message: { id: 'staff-transfer-basis.none' } }];
    const area = areaValue(params);
    return description.staff.map((g, i): CheckResult => {
      const subject = pointer('staff', i);
      const base = { role: terms('role', [g.role]), group: staffLabel(g, i, facts), area };
      const located = g.locatedIn ?? [];
      const evidence = {
        locatedIn: located,
        accessToCustomerData: g.accessToCustomerData ?? null,
        transferBasis: g.transferBasis ?? null,
      };
      const unknown = (fields: string[]): CheckResult => ({
        status: 'unknown',
        subject,
        message: { id: 'staff-transfer-basis.unknown', values: { ...base, fields: terms('field', fields) } },
        evidence,
      });
      if (located.length === 0) return unknown(['locatedIn']);
      const outside = [...new Set(located.filter((c) => !inArea(c, params, facts)))];
      if (outside.length === 0)
        return {
          status: 'pass',
          subject,
          message: {
            id: 'staff-transfer-basis.pass-inside',
            values: { ...base, countries: { countries: [...new Set(located)] } },
          },
          evidence,
        };
      const values = { ...base, countries: { countries: outside } };
      if (g.accessToCustomerData === false)
        return { status: 'pass', subject, message: { id: 'staff-transfer-basis.pass-no-access', values }, evidence };
      if (g.transferBasis === 'adequacy-decision' || g.transferBasis === 'appropriate-safeguards')
        return {
          status: 'pass',
          subject,
          message: {
            id: 'staff-transfer-basis.pass-basis',
            values: { ...values, basis: terms('basis', [g.transferBasis]) },
          },
          evidence,
        };
      if (g.accessToCustomerData === true && g.transferBasis === 'none')
        return {
          status: 'fail',
          subject: pointer('staff', i, 'transferBasis'),
          message: { id: 'staff-transfer-basis.fail', values },
          evidence,
        };
      return unknown([
        ...(g.accessToCustomerData === undefined ? ['accessToCustomerData'] : []),
        ...(g.transferBasis === undefined ? ['transferBasis'] : []),
      ]);
    });
  },
};
