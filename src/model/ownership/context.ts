// What the ownership analysis of any entity of a description shares: the graph, who controls whom, and the routes.

import type { Jurisdiction } from '../jurisdiction.js';
import { determineControl, type ControlMap } from './control.js';
import { placeGraph, type HoldingsGraph, type OwnershipGraph } from './graph.js';
import { controlRoute, economicRoute, type Route } from './routes.js';
import { adjacency, cycles } from './scc.js';
import type { Reading } from './types.js';

/** The per-description state every ownership analysis shares. */
export interface OwnershipContext {
  graph: OwnershipGraph;
  control: ControlMap;
  routes: Record<Reading, Route>;
  /** Nodes on a cycle of either route: their stake can come back to them, which their own share must not count twice. */
  onCycle: Uint8Array;
  /** Every holding weighs the same in capital and in votes (so does every control link): one propagation serves both. */
  sameMeasures: boolean;
  /** Scratch arrays of the graph's size, all -1 between uses, so that an analysis costs its reachable part only. */
  scratch: { space: Int32Array; propagate: Int32Array };
}

/** Build once per description, from its holdings graph: linear in entities plus holdings. */
export function ownershipContext(
  holdings: HoldingsGraph,
  jurisdiction: (id: string) => Jurisdiction,
): OwnershipContext {
  const graph = placeGraph(holdings, jurisdiction);
  const control = determineControl(graph);
  const routes = { economic: economicRoute(graph), control: controlRoute(graph, control) };
  const lists = graph.entities.map((_, n) => {
    const out: number[] = [];
    for (const r of [routes.economic, routes.control])
      for (let e = r.start[n]!; e < r.start[n + 1]!; e++) out.push(r.to[e]!);
    return out;
  });
  const adj = adjacency(lists);
  const onCycle = new Uint8Array(graph.size);
  for (const comp of cycles(adj)) for (const n of comp) onCycle[n] = 1;
  const scratch = { space: new Int32Array(graph.size).fill(-1), propagate: new Int32Array(graph.size).fill(-1) };
  const sameMeasures = routes.economic.capital.every((w, e) => w === routes.economic.votingRights[e]);
  return { graph, control, routes, onCycle, sameMeasures, scratch };
}
