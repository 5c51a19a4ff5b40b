// The area a check requires (the EU, the EEA, or a user's own list of countries), shared by every location-like check.

import type { MessageValue } from '../../i18n/types.js';
import type { Entity } from '../../model/description.js';
import type { Facts } from '../../model/facts.js';
import { countriesOf, PLACING_FIELDS, type PlacingField } from '../../model/jurisdiction.js';

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

/** Where an entity's placing fields put it against the area: the fields outside or not given, and the countries. */
export interface Placement {
  fields: readonly PlacingField[];
  outside: PlacingField[];
  missing: PlacingField[];
  /** Countries outside the area, then inside, each once, in field order. */
  countriesOutside: string[];
  countriesInside: string[];
}

/** Place an entity by the fields of its type (seats; nationalities and residence; country). */
export function placeEntity(entity: Entity, params: AreaParams, facts: Facts): Placement {
  const fields = PLACING_FIELDS[entity.type];
  const outside: PlacingField[] = [];
  const missing: PlacingField[] = [];
  const away = new Set<string>();
  const inside = new Set<string>();
  for (const f of fields) {
    const countries = countriesOf(entity, f);
    if (countries.length === 0) missing.push(f);
    const out = countries.filter((c) => !inArea(c, params, facts));
    if (out.length > 0) outside.push(f);
    out.forEach((c) => away.add(c));
    countries.filter((c) => inArea(c, params, facts)).forEach((c) => inside.add(c));
  }
  return { fields, outside, missing, countriesOutside: [...away], countriesInside: [...inside] };
}

/** The area as a message value: its name (`term.area-eu`, `term.area-eea`), or the allowed countries when narrowed. */
export const areaValue = (params: AreaParams): MessageValue =>
  params.countries ? { countries: params.countries } : { terms: [params.area === 'eea' ? 'area-eea' : 'area-eu'] };
