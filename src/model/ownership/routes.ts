// Where each node passes the stake that reaches it, in each reading: to its holders pro rata, or whole to its controller.

import type { ControlMap } from './control.js';
import { remainder, SUM_EPSILON, type HoldingsGraph, type OwnershipGraph } from './graph.js';
import { adjacency, cycles } from './scc.js';
import { MEASURES, type Measure, type Reading } from './types.js';

/** Links from each node up to those it passes its stake to, in compressed rows, with a weight per measure. */
export interface Route {
  start: Int32Array;
  to: Int32Array;
  capital: Float64Array;
  votingRights: Float64Array;
  /** Index of the holding in the node's `shareholders`, or -1 for a control link. */
  holding: Int32Array;
}

interface Link {
  to: number;
  capital: number;
  votingRights: number;
  holding: number;
}

function toRoute(links: Link[][]): Route {
  const start = new Int32Array(links.length + 1);
  for (let n = 0; n < links.length; n++) start[n + 1] = start[n]! + links[n]!.length;
  const m = start[links.length]!;
  const r: Route = {
    start,
    to: new Int32Array(m),
    capital: new Float64Array(m),
    votingRights: new Float64Array(m),
    holding: new Int32Array(m),
  };
  let e = 0;
  for (const list of links)
    for (const l of list) {
      r.to[e] = l.to;
      r.capital[e] = l.capital;
      r.votingRights[e] = l.votingRights;
      r.holding[e++] = l.holding;
    }
  return r;
}

const holdingLinks = (g: HoldingsGraph, n: number): Link[] =>
  g.holdings[n]!.filter((h) => h.capital || h.votingRights).map((h) => ({
    to: h.holder,
    capital: h.capital ?? 0,
    votingRights: h.votingRights ?? 0,
    holding: h.index,
  }));

/**
 * A node's holdings with each stake given as a range or undisclosed at its maximum: its minimum plus what the range
 * adds, never more than what the listed minimums leave of 100% (an undisclosed stake: all of that).
 */
const maxLinks = (g: OwnershipGraph, n: number): Link[] =>
  g.holdings[n]!.map((h) => {
    const at = (m: Measure): number => {
      const r = h.range?.[m];
      const min = h[m] ?? 0;
      return r ? min + Math.min(r.max === null ? Infinity : (r.max - r.min) / 100, remainder(g, n, m)) : min;
    };
    return { to: h.holder, capital: at('capital'), votingRights: at('votingRights'), holding: h.index };
  }).filter((l) => l.capital > 0 || l.votingRights > 0);

/**
 * Both readings' routes with every range and undisclosed stake at its maximum (the holders table's upper shares):
 * the economic links so; in the control reading a node's control link as it is, an undetermined node passing
 * nothing, and the others' holdings so.
 */
export function routesAtMax(g: OwnershipGraph, control: Route, c: ControlMap): Record<Reading, Route> {
  return {
    economic: toRoute(g.entities.map((_, n) => maxLinks(g, n))),
    control: toRoute(
      g.entities.map((_, n): Link[] => {
        if (c.status[n] === 'undetermined') return [];
        const links: Link[] = [];
        for (let e = control.start[n]!; e < control.start[n + 1]!; e++)
          if (control.holding[e] === -1) links.push({ to: control.to[e]!, capital: 1, votingRights: 1, holding: -1 });
        return links.length > 0 ? links : maxLinks(g, n);
      }),
    ),
  };
}

/** The economic reading: every looked-through node passes its stake to its holders in proportion. */
export function economicRoute(g: HoldingsGraph): Route {
  return toRoute(g.entities.map((_, n) => holdingLinks(g, n)));
}

/**
 * The control reading: a controlled node passes its whole stake up its chain of control (to the holder whose stake
 * decides control, which passes it on, up to the controller); an uncontrolled one to its
 * holders in proportion; an undetermined one passes nothing (the analysis counts its stake as unexplained). Where
 * control links would close a cycle that no stake leaves (a group controlling itself), its members are read
 * economically instead.
 */
export function controlRoute(g: HoldingsGraph, c: ControlMap): Route {
  const economicOnly = new Uint8Array(g.size);
  for (;;) {
    const route = toRoute(
      g.entities.map((_, n): Link[] => {
        if (c.status[n] === 'controlled' && !economicOnly[n])
          return [{ to: c.direct[n]!, capital: 1, votingRights: 1, holding: -1 }];
        if (c.status[n] === 'undetermined') return [];
        return holdingLinks(g, n);
      }),
    );
    let changed = false;
    for (const m of MEASURES)
      for (const comp of closedCycles(route, m))
        for (const n of comp)
          if (c.status[n] === 'controlled' && !economicOnly[n]) {
            economicOnly[n] = 1;
            changed = true;
          }
    if (!changed) return route;
  }
}

/**
 * The cycles of a route that keep all the stake entering them in one measure: every member passes all of it to
 * other members. Propagating through one would never end (the system is singular).
 */
export function closedCycles(route: Route, measure: Measure): number[][] {
  const size = route.start.length - 1;
  const weight = route[measure];
  const lists: number[][] = [];
  for (let n = 0; n < size; n++) {
    const out: number[] = [];
    for (let e = route.start[n]!; e < route.start[n + 1]!; e++) if (weight[e]! > 0) out.push(route.to[e]!);
    lists.push(out);
  }
  const adj = adjacency(lists);
  const closed: number[][] = [];
  for (const comp of cycles(adj)) {
    const members = new Set(comp);
    const keepsAll = comp.every((n) => {
      let inside = 0;
      for (let e = route.start[n]!; e < route.start[n + 1]!; e++) if (members.has(route.to[e]!)) inside += weight[e]!;
      return inside >= 1 - SUM_EPSILON;
    });
    if (keepsAll) closed.push(comp);
  }
  return closed;
}
