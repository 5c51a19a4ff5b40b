// Facts derived from a validated description before any rule judges it: lookups, jurisdictions, ownership.

import type { Description, Entity, Site } from './description.js';
import { jurisdictionOf, type Jurisdiction } from './jurisdiction.js';
import { regions, type Regions } from './regions.js';

/** What checks read besides the description itself; computed once per description, lazily. */
export interface Facts {
  regions: Regions;
  date: string;
  entity(id: string): Entity | undefined;
  site(id: string): Site | undefined;
  /** Index of a site in `sites`, for JSON pointers. */
  siteIndex(id: string): number;
  jurisdiction(entityId: string): Jurisdiction;
}

/** Build the facts of a description for an evaluation date (YYYY-MM-DD). */
export function deriveFacts(description: Description, date: string): Facts {
  const reg = regions();
  const sites = new Map<string, number>();
  (description.sites ?? []).forEach((s, i) => sites.set(s.id, i));
  const jurisdictions = new Map<string, Jurisdiction>();
  const entities = description.entities;
  const entity = (id: string): Entity | undefined =>
    Object.prototype.hasOwnProperty.call(entities, id) ? entities[id] : undefined;
  return {
    regions: reg,
    date,
    entity,
    site: (id) => {
      const i = sites.get(id);
      return i === undefined ? undefined : description.sites![i];
    },
    siteIndex: (id) => sites.get(id) ?? -1,
    jurisdiction: (id) => {
      let j = jurisdictions.get(id);
      if (!j) {
        const e = entity(id);
        j = e ? jurisdictionOf(e, reg, date) : { status: 'unknown', outside: [], missing: ['entity'] };
        jurisdictions.set(id, j);
      }
      return j;
    },
  };
}
