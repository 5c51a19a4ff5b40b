// 19.2.c: administration and supervision are done from the area; a role with no team described cannot be judged.

import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { STAFF_ROLES, type StaffGroup } from '../model/description.js';
import { areaParamsSchema, areaValue, inArea, type AreaParams } from './util/area.js';
import { staffLabel, terms } from './util/labels.js';

type Role = StaffGroup['role'];

/** `with` of staff-location: the area and the roles that must work from it. */
export interface StaffLocationParams extends AreaParams {
  /** The roles that must work from the area. */
  roles?: Role[];
}

/** Judges each staff group of the given roles by the countries it works from. */
export const staffLocation: CheckFunction<StaffLocationParams> = {
  name: 'staff-location',
  description: 'every staff group of the given roles works only from countries in the area',
  parameters: {
    type: 'object',
    properties: {
      ...areaParamsSchema,
      roles: {
        type: 'array',
        items: { enum: [...STAFF_ROLES] },
        minItems: 1,
        uniqueItems: true,
        default: ['administration', 'supervision'],
      },
    },
    additionalProperties: false,
  },
  messages: ['staff-location.pass', 'staff-location.fail', 'staff-location.unknown', 'staff-location.missing-role'],
  run(params, { description, facts }) {
    const roles = params.roles ?? ['administration', 'supervision'];
    const area = areaValue(params);
    const staff = description.staff ?? [];
    const results: CheckResult[] = [];
    staff.forEach((group, i) => {
      if (!roles.includes(group.role)) return;
      const values = { role: terms('role', [group.role]), group: staffLabel(group, i, facts), area };
      const located = group.locatedIn ?? [];
      const evidence = { role: group.role, locatedIn: located };
      if (located.length === 0) {
        results.push({
          status: 'unknown',
          subject: pointer('staff', i),
          message: { id: 'staff-location.unknown', values },
          evidence,
        });
        return;
      }
      const outside = located.map((c, j) => ({ c, j })).filter(({ c }) => !inArea(c, params, facts));
      if (outside.length > 0)
        results.push({
          status: 'fail',
          subject: pointer('staff', i, 'locatedIn', outside[0]!.j),
          message: {
            id: 'staff-location.fail',
            values: { ...values, countries: { countries: [...new Set(outside.map((o) => o.c))] } },
          },
          evidence,
        });
      else
        results.push({
          status: 'pass',
          subject: pointer('staff', i),
          message: {
            id: 'staff-location.pass',
            values: { ...values, countries: { countries: [...new Set(located)] } },
          },
          evidence,
        });
    });
    for (const role of roles)
      if (!staff.some((g) => g.role === role))
        results.push({
          status: 'unknown',
          subject: description.staff ? '/staff' : '',
          message: { id: 'staff-location.missing-role', values: { role: terms('role', [role]) } },
        });
    return results;
  },
};
