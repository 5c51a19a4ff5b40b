// Ownership facts that make a description impossible to judge: shareholders of a person, a cycle that nobody outside holds.

import { clip } from '../../clip.js';
import type { Description } from '../description.js';
import { pointer } from '../../core/json-pointer.js';
import { buildGraph } from './graph.js';
import { closedCycles, economicRoute } from './routes.js';
import { MEASURES, type Measure } from './types.js';

/** An ownership fact that makes the description impossible to judge, at a JSON pointer. */
export interface OwnershipInputError {
  pointer: string;
  message: string;
}

const NOT_HELD = new Set(['person', 'state', 'public-float']);
/** Members of a closed cycle named in its message; the others are counted. */
const NAMED = 10;
const MEASURE_TEXT: Record<Measure, string> = { capital: 'capital', votingRights: 'voting rights' };

/**
 * The ownership errors of a schema-valid description (references already checked): a person, a State or a public
 * float with shareholders; and a cross-holding cycle whose members hold 100% of one another with no holder outside
 * it, in capital or in votes — its shares belong to no one, so the fixed point does not exist.
 */
export function ownershipErrors(d: Description): OwnershipInputError[] {
  const errors: OwnershipInputError[] = [];
  for (const [id, e] of Object.entries(d.entities))
    if (NOT_HELD.has(e.type) && e.shareholders && e.shareholders.length > 0)
      errors.push({
        pointer: pointer('entities', id, 'shareholders'),
        message: `\`${clip(id)}\` is a ${e.type === 'public-float' ? 'public float' : e.type === 'state' ? 'State' : 'person'} and cannot have shareholders: only companies and funds are held`,
      });
  if (errors.length > 0) return errors;

  const g = buildGraph(d, () => ({ status: 'unknown', outside: [], missing: [] }));
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
    if (members.length > NAMED) names.push(`${members.length - NAMED} more`);
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const what = measures.map((m) => MEASURE_TEXT[m]).join(' and ');
    const verb = measures.length === 1 && measures[0] === 'capital' ? 'is' : 'are';
    errors.push({
      pointer: pointer('entities', g.ids[members[0]!]!, 'shareholders'),
      message:
        names.length === 1
          ? `the ${what} of ${list} ${verb} held 100% by itself, so no one ultimately holds it: list its other shareholders or correct the percentages`
          : `cross-holding cycle with no holder outside it: the ${what} of ${list} ${verb} held 100% by one another, so no one ultimately holds it: list their other shareholders or correct the percentages`,
    });
  }
  return errors;
}
