// 19.1.c, 10.6.a: a country the description names for the contract or the certificates is in the area.

import type { CheckFunction } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import type { Description } from '../model/description.js';
import { areaParamsSchema, areaValue, inArea, type AreaParams } from './util/area.js';
import { terms } from './util/labels.js';

/** The country fields this check may judge: a closed list, so a pack names a field but never a path to evaluate. */
const FIELDS = {
  'contract.governingLaw': (d: Description) => d.contract?.governingLaw,
  'certificates.authorityCountry': (d: Description) => d.certificates?.authorityCountry,
} as const;

/** `with` of country-field: the field judged and the area. */
export interface CountryFieldParams extends AreaParams {
  field: keyof typeof FIELDS;
}

/** Judges one country field of the description: in the area, outside it, or not given. */
export const countryField: CheckFunction<CountryFieldParams> = {
  name: 'country-field',
  description: 'a country field of the description (the governing law, the certification authority) is in the area',
  parameters: {
    type: 'object',
    properties: { ...areaParamsSchema, field: { enum: Object.keys(FIELDS), description: 'the field judged' } },
    required: ['field'],
    additionalProperties: false,
  },
  messages: ['country-field.pass', 'country-field.fail', 'country-field.unknown'],
  run(params, { description, facts }) {
    const subject = pointer(...params.field.split('.'));
    const field = terms('field', [params.field]);
    const country = FIELDS[params.field](description);
    const evidence = { [params.field]: country ?? null };
    if (country === undefined)
      return [{ status: 'unknown', subject, message: { id: 'country-field.unknown', values: { field } }, evidence }];
    const status = inArea(country, params, facts) ? 'pass' : 'fail';
    return [
      {
        status,
        subject,
        message: { id: `country-field.${status}`, values: { field, country: { country }, area: areaValue(params) } },
        evidence,
      },
    ];
  },
};
