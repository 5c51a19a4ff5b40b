// The paths that make up a holder's share: the "why" of a figure, the heaviest first, found by a bounded search.

import { stakeFields } from './holdings.js';
import { pointer } from '../../core/json-pointer.js';
import type { OwnershipContext } from './context.js';
import type { Route } from './routes.js';
import type { OwnershipPath, PathStep, Reading } from './types.js';

/** Paths kept per holder and reading, and the search effort allowed for each (edges tried). */
export const MAX_PATHS = 10;
const MAX_FOUND = 200;
const SEARCH_BUDGET = 50_000;
/**
 * Search effort allowed for all the holders of one analysis, beyond a fixed floor, per entity of the description:
 * holders are searched most significant first, and those past the budget show their share as "other paths".
 */
const TOTAL_FLOOR = 500_000;
const TOTAL_PER_ENTITY = 40;
/** Links shown at each end of a longer path; the links between are counted, not listed (a report stays linear). */
export const END_STEPS = 4;

const percent = (fraction: number) => Math.round(fraction * 1e8) / 1e6 + 0;

/**
 * A finder of the simple paths from a holder down to the target in one reading. Cycles add to a share beyond its
 * simple paths; the caller shows that part as "other paths". Only nodes the holder holds (directly or indirectly)
 * are searched, so the cost is bounded by the holder's part of the graph and by the search budget.
 */
export function pathFinder(
  ctx: OwnershipContext,
  target: number,
  reading: Reading,
): (holder: number) => OwnershipPath[] {
  const { graph: g, control: c, routes } = ctx;
  const size = g.size;
  const routeOf = (n: number): Route => (n === target && reading === 'control' ? routes.economic : routes[reading]);
  const below: number[][] = Array.from({ length: size }, () => []);
  for (let n = 0; n < size; n++) {
    const r = routeOf(n);
    for (let e = r.start[n]!; e < r.start[n + 1]!; e++) below[r.to[e]!]!.push(n);
  }
  const mark = new Uint32Array(size);
  const onPath = new Uint8Array(size);
  let stamp = 0;
  let total = TOTAL_FLOOR + TOTAL_PER_ENTITY * size;

  return (holder) => {
    if (total <= 0) return [];
    stamp++;
    const queue = [holder];
    mark[holder] = stamp;
    for (let i = 0; i < queue.length && total > 0; i++)
      for (const m of below[queue[i]!]!) {
        total--;
        if (mark[m] !== stamp) {
          mark[m] = stamp;
          queue.push(m);
        }
      }
    if (total <= 0 || mark[target] !== stamp || holder === target) return [];

    const found: { links: [number, number][] }[] = [];
    const nodes = [target];
    const cursor = [routeOf(target).start[target]!];
    const links: [number, number][] = [];
    onPath[target] = 1;
    let budget = Math.min(SEARCH_BUDGET, total);
    while (nodes.length > 0 && budget > 0 && found.length < MAX_FOUND) {
      const v = nodes[nodes.length - 1]!;
      const r = routeOf(v);
      const e = cursor[cursor.length - 1]!;
      if (e < r.start[v + 1]!) {
        cursor[cursor.length - 1] = e + 1;
        budget--;
        const w = r.to[e]!;
        if (mark[w] !== stamp || onPath[w]) continue;
        if (w === holder) {
          found.push({ links: [...links, [v, e]] });
          budget -= links.length;
          continue;
        }
        links.push([v, e]);
        nodes.push(w);
        cursor.push(routeOf(w).start[w]!);
        onPath[w] = 1;
      } else {
        onPath[v] = 0;
        nodes.pop();
        cursor.pop();
        links.pop();
      }
    }
    for (const v of nodes) onPath[v] = 0;
    total -= Math.min(SEARCH_BUDGET, total) - Math.max(budget, 0);

    const paths = found.map(({ links: ls }): OwnershipPath => {
      let capital = 1;
      let votingRights = 1;
      const steps: PathStep[] = [];
      for (const [held, e] of ls) {
        const r = routeOf(held);
        capital *= r.capital[e]!;
        votingRights *= r.votingRights[e]!;
        const holderId = g.ids[r.to[e]!]!;
        const h = r.holding[e]!;
        if (h < 0) {
          // A control link: the holder's own direct stake when it has one, else the votes of the controller's group.
          const own = g.entities[held]!.shareholders?.find((s) => s.holder === holderId);
          const stake = own ? stakeFields(own) : { capital: null, votingRights: percent(c.votes[held]!) };
          steps.push({ holder: holderId, held: g.ids[held]!, ...stake, control: c.basis[held]! });
        } else {
          const s = g.entities[held]!.shareholders![h]!;
          steps.push({ holder: holderId, held: g.ids[held]!, ...stakeFields(s) });
        }
      }
      steps.reverse();
      const omitted = steps.length > 2 * END_STEPS ? steps.length - 2 * END_STEPS : 0;
      if (omitted > 0) steps.splice(END_STEPS, omitted);
      const first = ls[0]!;
      const via = routeOf(target).holding[first[1]]!;
      return {
        reading,
        steps,
        capital: percent(capital),
        votingRights: percent(votingRights),
        pointer: pointer('entities', g.ids[target]!, 'shareholders', via),
        ...(omitted > 0 ? { stepsOmitted: omitted } : {}),
      };
    });
    const weight = (p: OwnershipPath) => Math.max(p.capital, p.votingRights);
    const key = (p: OwnershipPath) => p.steps.map((s) => s.holder).join('\u0000');
    paths.sort((a, b) => weight(b) - weight(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return paths.slice(0, MAX_PATHS);
  };
}
