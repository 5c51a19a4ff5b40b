// Solve the fixed point y = b + A·y of a cross-holding cycle: sparse elimination, or bounds from below for the rare
// cycle whose elimination would fill in too much.

/** Incoming flow of one unknown: `y[i]` receives `weight · y[from]`. */
export interface Inflow {
  from: number;
  weight: number;
}

/** The solution of a cycle's fixed point, or a lower bound of it and the mass it may still pass on. */
export interface FixedPoint {
  /** The flow reaching each member: exact (to float rounding), or a lower bound when `slack` is above zero. */
  y: Float64Array;
  /**
   * The part of the stake still circulating in the cycle when the bound was taken: what leaves the cycle later can
   * add at most this much, in all, to the flow of the nodes beyond it. Zero when `y` is exact.
   */
  slack: number;
}

/** Elimination work allowed per cycle, as a multiple of its size plus links (beyond, the cycle is iterated). */
const FILL_FACTOR = 64;
const FILL_FLOOR = 2_000_000;
/** Iteration work allowed per cycle, in link visits, and the slack below which the bound is the solution. */
const SWEEP_WORK = 20_000_000;
const NEGLIGIBLE = 1e-15;

/**
 * Solve y = b + A·y where `inflows[i]` lists the non-zero entries of row i of A (A non-negative, the system
 * substochastic, some flow leaving the cycle: I − A is a non-singular M-matrix). Gaussian elimination on the graph of
 * the cycle, smallest fill first: rings, chains and ladders of cross-holdings eliminate in linear time, and an
 * M-matrix needs no pivoting. When a cycle is so interlinked that elimination would cost more than FILL_FACTOR times
 * its size, Gauss–Seidel sweeps from below: every iterate is a lower bound, and the residual bounds what is left to
 * pass on, so the caller can judge on bounds when the budget ends before the residual vanishes.
 */
export function solveFixedPoint(inflows: readonly Inflow[][], b: Float64Array): FixedPoint {
  const links = inflows.reduce((s, row) => s + row.length, 0);
  return eliminate(inflows, b, FILL_FACTOR * (inflows.length + links) + FILL_FLOOR) ?? iterate(inflows, b);
}

/** Elimination in order of least fill (in-degree × out-degree), or null past the work budget. */
function eliminate(inflows: readonly Inflow[][], b0: Float64Array, budget: number): FixedPoint | null {
  const k = inflows.length;
  // Row v: y[v] depends on y[insFrom[v][x]] with weight insWeight[v][x]; outs[v]: the rows that depend on y[v].
  const insFrom: number[][] = Array.from({ length: k }, () => []);
  const insWeight: number[][] = Array.from({ length: k }, () => []);
  const outs: number[][] = Array.from({ length: k }, () => []);
  const self = new Float64Array(k);
  const b = Float64Array.from(b0);
  const addIn = (w: number, j: number, a: number) => {
    const x = insFrom[w]!.indexOf(j);
    if (x >= 0) insWeight[w]![x]! += a;
    else {
      insFrom[w]!.push(j);
      insWeight[w]!.push(a);
      outs[j]!.push(w);
    }
  };
  inflows.forEach((row, i) => {
    for (const { from, weight } of row) {
      if (from === i) self[i]! += weight;
      else addIn(i, from, weight);
    }
  });
  const cost = (v: number) => insFrom[v]!.length * outs[v]!.length;
  const heap = new MinHeap();
  for (let v = 0; v < k; v++) heap.push(cost(v), v);
  const done = new Uint8Array(k);
  // The elimination records, in order: y[v] = constant[v] + Σ coefficient · y[from], over later-eliminated nodes.
  const order = new Int32Array(k);
  let eliminated = 0;
  const constant = new Float64Array(k);
  let work = 0;
  while (heap.size > 0) {
    const [c, v] = heap.pop();
    // Stale entries (the cost changed since) are skipped: every change pushed a fresh one.
    if (done[v] || c !== cost(v)) continue;
    const froms = insFrom[v]!;
    work += c + froms.length + 1;
    if (work > budget) return null;
    done[v] = 1;
    const d = 1 - self[v]!;
    const coefs = insWeight[v]!;
    for (let f = 0; f < coefs.length; f++) coefs[f]! /= d;
    const bv = b[v]! / d;
    const dependents = outs[v]!;
    for (let o = 0; o < dependents.length; o++) {
      const w = dependents[o]!;
      const x = insFrom[w]!.indexOf(v);
      const a = insWeight[w]![x]!;
      removeAt(insFrom[w]!, x);
      removeAt(insWeight[w]!, x);
      b[w]! += a * bv;
      for (let f = 0; f < froms.length; f++) {
        const j = froms[f]!;
        if (j === w) self[w]! += a * coefs[f]!;
        else addIn(w, j, a * coefs[f]!);
      }
    }
    for (const j of froms) removeAt(outs[j]!, outs[j]!.indexOf(v));
    for (const w of outs[v]!) heap.push(cost(w), w);
    for (const j of froms) heap.push(cost(j), j);
    outs[v] = [];
    order[eliminated++] = v;
    constant[v] = bv;
  }
  const y = new Float64Array(k);
  for (let x = k - 1; x >= 0; x--) {
    const v = order[x]!;
    let s = constant[v]!;
    const froms = insFrom[v]!;
    const coefs = insWeight[v]!;
    for (let i = 0; i < froms.length; i++) s += coefs[i]! * y[froms[i]!]!;
    y[v] = s;
  }
  return { y, slack: 0 };
}

/** Remove entry x of a list, in constant time (the order of a node's links does not matter). */
function removeAt(list: number[], x: number): void {
  list[x] = list[list.length - 1]!;
  list.pop();
}

/** Gauss–Seidel sweeps from b (below the solution, rising to it) until the residual mass is negligible or the budget ends. */
function iterate(inflows: readonly Inflow[][], b: Float64Array): FixedPoint {
  const k = inflows.length;
  const links = inflows.reduce((s, row) => s + row.length, 0) + k;
  const y = Float64Array.from(b);
  let slack = Infinity;
  for (let work = 0; work < SWEEP_WORK && slack > NEGLIGIBLE; work += 2 * links) {
    for (let i = 0; i < k; i++) {
      let s = b[i]!;
      let own = 0;
      for (const { from, weight } of inflows[i]!) {
        if (from === i) own += weight;
        else s += weight * y[from]!;
      }
      y[i] = Math.max(y[i]!, s / (1 - own));
    }
    slack = 0;
    for (let i = 0; i < k; i++) {
      let s = b[i]!;
      for (const { from, weight } of inflows[i]!) s += weight * y[from]!;
      slack += Math.max(0, s - y[i]!);
    }
  }
  return { y, slack: slack > NEGLIGIBLE ? slack : 0 };
}

/** A binary heap of (key, value) pairs, smallest key first, ties by value. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(p, i)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number, number] {
    const { keys, values } = this;
    const top: [number, number] = [keys[0]!, values[0]!];
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (keys.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < keys.length && this.less(l, m)) m = l;
        if (r < keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private less(a: number, b: number): boolean {
    return this.keys[a]! < this.keys[b]! || (this.keys[a] === this.keys[b] && this.values[a]! < this.values[b]!);
  }
  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.values[a], this.values[b]] = [this.values[b]!, this.values[a]!];
  }
}
