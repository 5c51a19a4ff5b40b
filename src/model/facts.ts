// Facts derived from a validated description before any rule judges it: lookups, jurisdictions, ownership.

import type { Description, Entity, Site } from './description.js';
import { jurisdictionOf, type Jurisdiction } from './jurisdiction.js';
import { regions, type Regions } from './regions.js';

export interface ForeignControl {
  status: 'yes' | 'no' | 'unknown';
  /** Entity ids outside the EU that make the status `yes` (the entity itself when its seats are outside). */
  holders: string[];
  /** What is missing when the status is `unknown`, as entity ids or `entity/field`. */
  missing: string[];
}

/** What checks read besides the description itself; computed once per description, lazily. */
export interface Facts {
  regions: Regions;
  date: string;
  entity(id: string): Entity | undefined;
  site(id: string): Site | undefined;
  /** Index of a site in `sites`, for JSON pointers. */
  siteIndex(id: string): number;
  jurisdiction(entityId: string): Jurisdiction;
  /**
   * Whether an entity is seated, owned or controlled outside the EU (19.6.c, reading 19.6.b's thresholds):
   * `yes` with the holders that make it so, `no`, or `unknown` with the facts that are missing.
   */
  foreignControl(entityId: string): ForeignControl;
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
  const jurisdiction = (id: string): Jurisdiction => {
    let j = jurisdictions.get(id);
    if (!j) {
      const e = entity(id);
      j = e ? jurisdictionOf(e, reg, date) : { status: 'unknown', outside: [], missing: ['entity'] };
      jurisdictions.set(id, j);
    }
    return j;
  };
  // Interim: seats only. The ownership analysis (19.6.b) replaces this with holdings and special rights.
  const foreignControl = (id: string): ForeignControl => {
    const j = jurisdiction(id);
    if (j.status === 'non-eu') return { status: 'yes', holders: [id], missing: [] };
    if (j.status === 'unknown') return { status: 'unknown', holders: [], missing: j.missing.map((f) => `${id}/${f}`) };
    return { status: 'no', holders: [], missing: [] };
  };
  return {
    regions: reg,
    date,
    entity,
    site: (id) => {
      const i = sites.get(id);
      return i === undefined ? undefined : description.sites![i];
    },
    siteIndex: (id) => sites.get(id) ?? -1,
    jurisdiction,
    foreignControl,
  };
}
