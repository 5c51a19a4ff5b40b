// Whether an entity falls under EU law only (19.6.a, 19.6.b): its seats, a person's nationality and residence, a State's country.

import type { Entity } from './description.js';
import type { Regions } from './regions.js';

export const JURISDICTION_STATUSES = ['eu', 'non-eu', 'unknown', 'public-float'] as const;
export type JurisdictionStatus = (typeof JURISDICTION_STATUSES)[number];

/** A country-bearing field of an entity, with the country it names. */
export interface CountryField {
  field: string;
  country: string;
}

export interface Jurisdiction {
  /** `non-eu` as soon as one field is outside the EU; `unknown` when none is outside but one is missing. */
  status: JurisdictionStatus;
  /** The fields that name a country outside the EU. */
  outside: CountryField[];
  /** The fields that are needed but not given. */
  missing: string[];
}

/** Every placing field an entity may carry, whatever its type. */
export const ALL_PLACING_FIELDS = [
  'registeredOffice',
  'centralAdministration',
  'principalEstablishment',
  'nationality',
  'residence',
  'country',
] as const;
export type PlacingField = (typeof ALL_PLACING_FIELDS)[number];

/** The fields that place an entity of each type, per DESIGN.md ("Non-EU" for a company, a person, a State). */
export const PLACING_FIELDS: Record<Entity['type'], readonly PlacingField[]> = {
  company: ['registeredOffice', 'centralAdministration', 'principalEstablishment'],
  fund: ['registeredOffice', 'centralAdministration', 'principalEstablishment'],
  person: ['nationality', 'residence'],
  state: ['country'],
  'public-float': [],
};

/** The countries a placing field names: none, one, or several (a person's nationalities). */
export function countriesOf(entity: Entity, field: PlacingField): string[] {
  const v = entity[field];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Classify an entity on a date: EU, non-EU, or unknown (a placing field is missing). */
export function jurisdictionOf(entity: Entity, regions: Regions, date: string): Jurisdiction {
  if (entity.type === 'public-float') return { status: 'public-float', outside: [], missing: [] };
  const outside: CountryField[] = [];
  const missing: string[] = [];
  for (const field of PLACING_FIELDS[entity.type]) {
    const countries = countriesOf(entity, field);
    if (countries.length === 0) missing.push(field);
    for (const country of countries) if (!regions.inEu(country, date)) outside.push({ field, country });
  }
  const status = outside.length > 0 ? 'non-eu' : missing.length > 0 ? 'unknown' : 'eu';
  return { status, outside, missing };
}
