// The area a check requires (the EU, the EEA, or a user's own list of countries), shared by every location-like check.

import type { MessageValue } from '../i18n/types.js';
import type { Facts } from '../model/facts.js';

/** `with` parameters that choose the area: `area: eu | eea`, optionally narrowed to `countries: [FR, …]`. */
export interface AreaParams {
  area?: 'eu' | 'eea';
  countries?: string[];
}

/** JSON Schema fragment of AreaParams, to spread into a check's parameter schema. */
export const areaParamsSchema = {
  area: { enum: ['eu', 'eea'], default: 'eu', description: 'the required area: the EU (SecNumCloud) or the EEA (HDS)' },
  countries: {
    type: 'array',
    items: { type: 'string', pattern: '^[A-Z]{2}$' },
    minItems: 1,
    description: 'narrow the area to these ISO 3166-1 alpha-2 countries (a user pack tightening, e.g. [FR])',
  },
} as const;

/** Is this country inside the required area on the evaluation date? */
export function inArea(country: string, params: AreaParams, facts: Facts): boolean {
  if (params.countries && !params.countries.includes(country)) return false;
  return params.area === 'eea' ? facts.regions.inEea(country, facts.date) : facts.regions.inEu(country, facts.date);
}

/** The area as a message value: its name (`term.area-eu`, `term.area-eea`), or the allowed countries when narrowed. */
export const areaValue = (params: AreaParams): MessageValue =>
  params.countries ? { countries: params.countries } : { terms: [params.area === 'eea' ? 'area-eea' : 'area-eu'] };
