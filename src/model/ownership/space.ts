// The part of the graph an analysis can reach from its entity, numbered densely, so its cost is that part's size.

import type { OwnershipContext } from './context.js';

/** The nodes reachable from a target in either reading (the target first), and each node's position among them. */
export interface Space {
  nodes: number[];
  /** Position of a node in `nodes`, -1 outside; a shared scratch array, valid until `release`. */
  index: Int32Array;
  release(): void;
}

/** The reachable part from `target`, going up every link of both routes. Call `release` when done. */
export function reachSpace(ctx: OwnershipContext, target: number): Space {
  const index = ctx.scratch.space;
  const nodes = [target];
  index[target] = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    for (const r of [ctx.routes.economic, ctx.routes.control])
      for (let e = r.start[n]!; e < r.start[n + 1]!; e++) {
        const m = r.to[e]!;
        if (index[m] === -1) {
          index[m] = nodes.length;
          nodes.push(m);
        }
      }
  }
  return {
    nodes,
    index,
    release: () => {
      for (const n of nodes) index[n] = -1;
    },
  };
}
