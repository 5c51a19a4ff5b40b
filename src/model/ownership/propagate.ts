// Propagate the analysed entity's stake up a route: condense cycles, walk them in order, solve each cycle's fixed point.

import { SUM_EPSILON } from './graph.js';
import { solveFixedPoint, type Inflow } from './linear-system.js';
import type { Route } from './routes.js';
import { components } from './scc.js';
import type { Measure } from './types.js';

/** How to propagate: which measure, where the flow stops, and the target's own links. */
export interface PropagateOptions {
  measure: Measure;
  /** A scratch array of the graph's size, all -1, left so on return (saves allocating one per call). */
  scratch?: Int32Array;
  /** Nodes that keep the stake reaching them instead of passing it on (the target never does). */
  absorbing?: (node: number) => boolean;
  /** A node whose links come from another route (the target's own holdings, in the control reading). */
  override?: { node: number; route: Route };
}

/** The flow of the target's stake over the nodes it reaches. */
export interface Flow {
  /** The nodes the flow reaches (the target first). */
  nodes: number[];
  /**
   * The part of the target reaching each of `nodes`, as a fraction: for a holder, the share it holds directly and
   * indirectly, summed over every path (cycles included, as their fixed point).
   */
  flow: Float64Array;
  /** Members of cycles that keep all they receive (none on a validated economic route): their flow stays there. */
  trapped: number[];
  /**
   * What the flow of nodes beyond a cycle solved only from below may still gain, in all (zero when every cycle was
   * solved): `flow` is then a lower bound, and the flow of any node outside those cycles at most `flow + slack`.
   */
  slack: number;
}

/**
 * The flow of the target's stake over the part of the route reachable from it. Linear in that part's size (given
 * a scratch array), plus the cost of solving each cycle (its strongly connected component) exactly.
 */
export function propagate(route: Route, target: number, options: PropagateOptions): Flow {
  const size = route.start.length - 1;
  const { measure, absorbing, override } = options;

  // The reachable part, renumbered (local node 0 is the target), then its links in typed compressed rows.
  const local = options.scratch ?? new Int32Array(size).fill(-1);
  const routeOf = (n: number) => (override && override.node === n ? override.route : route);
  const passes = (n: number) => n === target || !absorbing?.(n);
  const nodes: number[] = [target];
  local[target] = 0;
  let links = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (!passes(n)) continue;
    const r = routeOf(n);
    const w = r[measure];
    for (let e = r.start[n]!; e < r.start[n + 1]!; e++) {
      if (!(w[e]! > 0)) continue;
      links++;
      const m = r.to[e]!;
      if (local[m] === -1) {
        local[m] = nodes.length;
        nodes.push(m);
      }
    }
  }
  const k = nodes.length;
  const start = new Int32Array(k + 1);
  const to = new Int32Array(links);
  const weight = new Float64Array(links);
  for (let i = 0, l = 0; i < k; i++) {
    const n = nodes[i]!;
    if (passes(n)) {
      const r = routeOf(n);
      const w = r[measure];
      for (let e = r.start[n]!; e < r.start[n + 1]!; e++)
        if (w[e]! > 0) {
          to[l] = local[r.to[e]!]!;
          weight[l++] = w[e]!;
        }
    }
    start[i + 1] = l;
  }
  for (const n of nodes) local[n] = -1;

  const flow = new Float64Array(k);
  flow[0] = 1;
  const trapped: number[] = [];
  let slack = 0;
  const component = new Int32Array(k).fill(-1);
  const position = new Int32Array(k);
  const { order, bounds, count } = components({ size: k, start, to }, [0]);

  // Successors (holders) come first: walk the components backwards, from the target up.
  for (let c = count - 1; c >= 0; c--) {
    const first = bounds[c]!;
    const end = bounds[c + 1]!;
    for (let j = first; j < end; j++) component[order[j]!] = c;
    if (end - first > 1 || selfLoop(order[first]!)) {
      const comp = Array.from(order.subarray(first, end));
      const inflows: Inflow[][] = comp.map(() => []);
      comp.forEach((v, i) => (position[v] = i));
      let keepsAll = true;
      comp.forEach((v, i) => {
        let inside = 0;
        for (let e = start[v]!; e < start[v + 1]!; e++) {
          if (component[to[e]!] !== c) continue;
          const j = position[to[e]!]!;
          inflows[j]!.push({ from: i, weight: weight[e]! });
          inside += weight[e]!;
        }
        if (inside < 1 - SUM_EPSILON) keepsAll = false;
      });
      if (keepsAll) {
        for (const v of comp) trapped.push(nodes[v]!);
        continue;
      }
      const solved = solveFixedPoint(
        inflows,
        Float64Array.from(comp, (v) => flow[v]!),
      );
      comp.forEach((v, i) => (flow[v] = solved.y[i]!));
      slack += solved.slack;
    }
    for (let j = first; j < end; j++) {
      const v = order[j]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const m = to[e]!;
        if (component[m] !== c) flow[m]! += weight[e]! * flow[v]!;
      }
    }
  }
  return { nodes, flow, trapped, slack };

  function selfLoop(v: number): boolean {
    for (let e = start[v]!; e < start[v + 1]!; e++) if (to[e] === v) return true;
    return false;
  }
}
