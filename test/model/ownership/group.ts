// Build small groups of companies in memory for the ownership tests: seats in one field, holdings as a map.
import { BUILTIN_READING } from './reading.js';
import type { CheckContext } from '../../../src/engine/types.js';
import type { Description, Entity, SpecialRightKind } from '../../../src/model/description.js';
import { deriveFacts } from '../../../src/model/facts.js';
import type { OwnershipReport } from '../../../src/model/ownership/types.js';

export const DATE = '2026-11-23';

/** An entity in short: `seat` fills the three seats of a company or fund; `holders` maps holder → % or [capital, votes]. */
export interface Short extends Partial<Omit<Entity, 'shareholders' | 'specialRights'>> {
  seat?: string;
  holders?: Record<string, number | [number | null, number | null]>;
  rights?: [string, SpecialRightKind][];
  /** Write `specialRights: []` (default true for companies with holders, so veto rules can be judged). */
  noRights?: boolean;
}

/** A description whose provider is `p`, from short entities (default type: company). */
export function group(entities: Record<string, Short>, provider = 'p'): Description {
  const out: Record<string, Entity> = {};
  for (const [id, s] of Object.entries(entities)) {
    const { seat, holders, rights, noRights, ...rest } = s;
    const e: Entity = { name: id.toUpperCase(), type: 'company', ...rest };
    if (seat) Object.assign(e, { registeredOffice: seat, centralAdministration: seat, principalEstablishment: seat });
    if (holders)
      e.shareholders = Object.entries(holders).map(([holder, v]) => {
        const [capital, votingRights] = typeof v === 'number' ? [v, v] : v;
        return { holder, ...(capital === null ? {} : { capital }), ...(votingRights === null ? {} : { votingRights }) };
      });
    if (rights) e.specialRights = rights.map(([holder, right]) => ({ holder, right }));
    else if (!noRights && (e.type === 'company' || e.type === 'fund')) e.specialRights = [];
    out[id] = e;
  }
  return { snc: 1, name: 'test group', provider, offer: { name: 'offer' }, entities: out };
}

/** A person of a nationality (and the same residence unless given). */
export const person = (nationality: string, residence = nationality): Short => ({
  type: 'person',
  nationality,
  residence,
});
/** A State. */
export const state = (country: string): Short => ({ type: 'state', country });

/** The ownership analysis of an entity (the provider by default). */
export function analyse(d: Description, id = d.provider): OwnershipReport {
  return deriveFacts(d, DATE, BUILTIN_READING).ownership(id);
}

/** A holder of the analysis by id (throws when absent). */
export function holder(r: OwnershipReport, id: string) {
  const h = r.holders.find((x) => x.id === id);
  if (!h) throw new Error(`no holder ${id} in ${r.holders.map((x) => x.id).join(', ')}`);
  return h;
}

/** A check context for a description, on the test date. */
export function contextOf(d: Description): CheckContext {
  return { description: d, facts: deriveFacts(d, DATE, BUILTIN_READING), date: DATE, attestations: [] };
}
