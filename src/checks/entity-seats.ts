// 19.6.a: the provider's registered office, central administration and principal establishment are all in the area.

import type { CheckFunction } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { areaParamsSchema, placeEntity, type AreaParams } from './util/area.js';

/** Judges the provider's three seats (a company), or its placing fields for other entity types. */
export const entitySeats: CheckFunction<AreaParams> = {
  name: 'entity-seats',
  description:
    "the provider's registered office, central administration and principal establishment are all in the area",
  parameters: { type: 'object', properties: { ...areaParamsSchema }, additionalProperties: false },
  messages: ['entity-seats.pass', 'entity-seats.fail', 'entity-seats.unknown'],
  run(params, { description, facts }) {
    const id = description.provider;
    const entity = facts.entity(id)!;
    const subject = pointer('entities', id);
    const { fields, outside, missing, countriesOutside, countriesInside } = placeEntity(entity, params, facts);
    const name = entity.name ?? id;
    const evidence = Object.fromEntries(fields.map((f) => [f, entity[f] ?? null]));
    if (outside.length > 0)
      return [
        {
          status: 'fail',
          subject: pointer('entities', id, outside[0]!),
          message: {
            id: 'entity-seats.fail',
            values: { entity: name, fields: { terms: outside }, countries: { countries: countriesOutside } },
          },
          evidence,
        },
      ];
    if (missing.length > 0 || fields.length === 0)
      return [
        {
          status: 'unknown',
          subject,
          message: {
            id: 'entity-seats.unknown',
            values: { entity: name, fields: { terms: missing.length ? missing : ['type'] } },
          },
          evidence,
        },
      ];
    return [
      {
        status: 'pass',
        subject,
        message: { id: 'entity-seats.pass', values: { entity: name, countries: { countries: countriesInside } } },
        evidence,
      },
    ];
  },
};
