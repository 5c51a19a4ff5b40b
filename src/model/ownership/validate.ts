// Ownership facts that make a description impossible to judge: shareholders of a person, a cycle that nobody outside holds.

import { clip } from '../../core/clip.js';
import { pointer } from '../../core/json-pointer.js';
import type { HoldingsGraph } from './graph.js';
import { closedCycles, economicRoute } from './routes.js';
import { MEASURES, type Measure } from './types.js';
import { spoken, translate, type Spoken } from '../../i18n/format.js';
import type { IdsAfter } from '../../i18n/en.js';

/** An ownership fact that makes the description impossible to judge, at a JSON pointer, in English and in each language. */
export interface OwnershipInputError extends Spoken {
  pointer: string;
}

const NOT_HELD = new Set(['person', 'state', 'public-float']);
/** Members of a closed cycle named in its message; the others are counted. */
const NAMED = 10;

/**
 * The ownership errors of a schema-valid description (references already checked), read from its holdings graph: a
 * person, a State or a public float with shareholders; and a cross-holding cycle whose members hold 100% of one
 * another with no holder outside it, in capital or in votes — its shares belong to no one, so the fixed point does
 * not exist.
 */
export function ownershipErrors(g: HoldingsGraph): OwnershipInputError[] {
  const errors: OwnershipInputError[] = [];
  g.entities.forEach((e, n) => {
    if (NOT_HELD.has(e.type) && e.shareholders && e.shareholders.length > 0)
      errors.push({ pointer: pointer('entities', g.ids[n]!, 'shareholders'), ...notHeld(clip(g.ids[n]!), e.type) });
  });
  if (errors.length > 0) return errors;

  const route = economicRoute(g);
  const cycles = new Map<string, { members: number[]; measures: Measure[] }>();
  for (const m of MEASURES)
    for (const comp of closedCycles(route, m)) {
      const members = [...comp].sort((a, b) => a - b);
      const key = members.join(',');
      const found = cycles.get(key);
      if (found) found.measures.push(m);
      else cycles.set(key, { members, measures: [m] });
    }
  for (const { members, measures } of cycles.values()) {
    const names = members.slice(0, NAMED).map((n) => `\`${clip(g.ids[n]!)}\``);
    const more = members.length - NAMED;
    errors.push({
      pointer: pointer('entities', g.ids[members[0]!]!, 'shareholders'),
      ...spoken((lang) =>
        translate(lang, names.length === 1 ? 'input.cycle.self' : 'input.cycle.many', {
          measures: measures.length === 1 ? measures[0]! : 'both',
          list: { list: more > 0 ? [...names, translate(lang, 'input.cycle.more', { count: more })] : names },
        }),
      ),
    });
  }
  return errors;
}

/** A person, a State or a public float given shareholders. */
const notHeld = (id: string, type: IdsAfter<'input.entity-a.'>): Spoken =>
  spoken((lang) => translate(lang, 'input.not-held', { id, type: translate(lang, `input.entity-a.${type}`) }));
