// Build a check context from a small in-memory description, for unit tests of check functions.
import { BUILTIN_READING } from '../model/ownership/reading.js';
import type { CheckContext } from '../../src/engine/types.js';
import type { Description, Entity } from '../../src/model/description.js';
import { deriveFacts } from '../../src/model/facts.js';

export const FR_COMPANY: Entity = {
  name: 'Prestataire SAS',
  type: 'company',
  registeredOffice: 'FR',
  centralAdministration: 'FR',
  principalEstablishment: 'FR',
};
export const US_COMPANY: Entity = {
  name: 'Vendor Inc.',
  type: 'company',
  registeredOffice: 'US',
  centralAdministration: 'US',
  principalEstablishment: 'US',
};

/** A context for a description made of a French provider `p`, a US company `us`, and the given parts. */
export function contextFor(parts: Partial<Description> = {}, date = '2026-11-23'): CheckContext {
  const description: Description = {
    snc: 1,
    name: 'test',
    provider: 'p',
    offer: { name: 'offer' },
    ...parts,
    entities: { p: FR_COMPANY, us: US_COMPANY, ...parts.entities },
  };
  return { description, facts: deriveFacts(description, date, BUILTIN_READING), date, attestations: [] };
}
