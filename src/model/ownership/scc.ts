// Strongly connected components (Tarjan), iterative so that a 30,000-deep chain of holdings cannot overflow the stack.

/** A directed graph in compressed rows: the edges of node n are `to[start[n]]` … `to[start[n + 1] - 1]`. */
export interface Adjacency {
  size: number;
  start: Int32Array;
  to: Int32Array;
}

/** Build an Adjacency from lists of successors. */
export function adjacency(lists: readonly (readonly number[])[]): Adjacency {
  const start = new Int32Array(lists.length + 1);
  for (let n = 0; n < lists.length; n++) start[n + 1] = start[n]! + lists[n]!.length;
  const to = new Int32Array(start[lists.length]!);
  for (let n = 0, e = 0; n < lists.length; n++) for (const m of lists[n]!) to[e++] = m;
  return { size: lists.length, start, to };
}

/**
 * Components in a flat form: component c is `order[bounds[c]]` … `order[bounds[c + 1] - 1]`, `count` of them,
 * each after every component it reaches (successors first).
 */
export interface Components {
  order: Int32Array;
  bounds: Int32Array;
  count: number;
}

/**
 * The strongly connected components reachable from `roots` (every node when omitted), each after every component
 * it reaches (successors first), in flat typed arrays. Linear in nodes plus edges.
 */
export function components(g: Adjacency, roots?: Iterable<number>): Components {
  const { size, start, to } = g;
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  const emitted = new Int32Array(size);
  const bounds = new Int32Array(size + 1);
  let emittedCount = 0;
  let count = 0;
  let sp = 0;
  let counter = 0;

  const enter = (v: number, depth: number) => {
    order[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    callNode[depth] = v;
    callEdge[depth] = start[v]!;
  };

  const visit = (root: number) => {
    enter(root, 0);
    let depth = 1;
    while (depth > 0) {
      const v = callNode[depth - 1]!;
      const end = start[v + 1]!;
      let e = callEdge[depth - 1]!;
      let descended = false;
      while (e < end) {
        const w = to[e++]!;
        if (order[w] === -1) {
          callEdge[depth - 1] = e;
          enter(w, depth++);
          descended = true;
          break;
        }
        if (onStack[w] && order[w]! < low[v]!) low[v] = order[w]!;
      }
      if (descended) continue;
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          emitted[emittedCount++] = w;
        } while (w !== v);
        bounds[++count] = emittedCount;
      }
      depth--;
      if (depth > 0) {
        const u = callNode[depth - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  };

  if (roots) {
    for (const r of roots) if (order[r] === -1) visit(r);
  } else {
    for (let n = 0; n < size; n++) if (order[n] === -1) visit(n);
  }
  return { order: emitted, bounds, count };
}

/** The components that are cycles (more than one node, or a node with an edge to itself), successors first. */
export function cycles(g: Adjacency, roots?: Iterable<number>): number[][] {
  const { order, bounds, count } = components(g, roots);
  const out: number[][] = [];
  for (let c = 0; c < count; c++)
    if (bounds[c + 1]! - bounds[c]! > 1 || hasSelfLoop(g, order[bounds[c]!]!))
      out.push(Array.from(order.subarray(bounds[c], bounds[c + 1])));
  return out;
}

/** Does node n have an edge to itself? (A one-node component is a cycle only then.) */
export function hasSelfLoop(g: Adjacency, n: number): boolean {
  for (let e = g.start[n]!; e < g.start[n + 1]!; e++) if (g.to[e] === n) return true;
  return false;
}
