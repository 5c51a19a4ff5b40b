// The direct holdings above an entity, as the description lists them: what the holding graph of a report draws.

import { stakeMin, stakeRange, type Description, type Shareholding } from '../description.js';
import type { Facts } from '../facts.js';
import { ALL_PLACING_FIELDS } from '../jurisdiction.js';
import type { DirectHolding, EntityLabel, ListedStake } from './types.js';

/** A listed holding's percentages as reports carry them: each a figure (a range's minimum) and, if not one, its bounds. */
export function stakeFields(s: Shareholding): ListedStake {
  const capitalRange = stakeRange(s.capital);
  const votingRightsRange = stakeRange(s.votingRights);
  return {
    capital: stakeMin(s.capital) ?? null,
    votingRights: stakeMin(s.votingRights) ?? null,
    ...(capitalRange ? { capitalRange } : {}),
    ...(votingRightsRange ? { votingRightsRange } : {}),
  };
}

/** Holdings carried into a report at most: the graph draws far fewer, and the JSON stays linear in the description. */
export const MAX_HOLDINGS = 500;

/**
 * Every holding on a chain of shareholders above `entity`, nearest first, each holder's shareholders by decreasing
 * capital; at most MAX_HOLDINGS, with the count of those left out. Labels name every entity the holdings mention.
 */
export function holdingsAbove(
  description: Description,
  facts: Facts,
  entity: string,
): { holdings: DirectHolding[]; omitted: number; labels: Record<string, EntityLabel> } {
  const holdings: DirectHolding[] = [];
  const seen = new Set([entity]);
  const queue = [entity];
  let omitted = 0;
  for (let i = 0; i < queue.length; i++) {
    const held = queue[i]!;
    const listed = [...(facts.entity(held)?.shareholders ?? [])].sort(
      (a, b) => (stakeMin(b.capital) ?? 0) - (stakeMin(a.capital) ?? 0),
    );
    for (const s of listed) {
      if (holdings.length >= MAX_HOLDINGS) {
        omitted++;
        continue;
      }
      holdings.push({ holder: s.holder, held, ...stakeFields(s) });
      if (!seen.has(s.holder)) {
        seen.add(s.holder);
        queue.push(s.holder);
      }
    }
  }
  const labels: Record<string, EntityLabel> = {};
  for (const id of seen) {
    const e = description.entities[id];
    if (!e) continue;
    const j = facts.jurisdiction(id);
    const countries =
      j.status === 'non-eu'
        ? j.outside.map((o) => o.country)
        : ALL_PLACING_FIELDS.map((f) => e[f]).filter((v): v is string => typeof v === 'string');
    labels[id] = { name: e.name ?? id, type: e.type, jurisdiction: j.status, countries: [...new Set(countries)] };
  }
  return { holdings, omitted, labels };
}
