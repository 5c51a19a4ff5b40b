// Exact decimal arithmetic for the shares that sit at a threshold: the declared percentages are decimals, and a
// figure computed from them without cycles is a finite sum of their products, so it can be compared exactly.

import { stakeMin } from '../description.js';
import type { OwnershipContext } from './context.js';
import type { Route } from './routes.js';
import type { Measure, Reading } from './types.js';

/** A decimal n × 10^−e, exact. */
export interface Decimal {
  n: bigint;
  e: number;
}

const TEN = 10n;
const powers: bigint[] = [1n];
const pow10 = (k: number): bigint => {
  while (powers.length <= k) powers.push(powers[powers.length - 1]! * TEN);
  return powers[k]!;
};

export const ZERO: Decimal = { n: 0n, e: 0 };
export const ONE: Decimal = { n: 1n, e: 0 };

/** The decimal a finite number was written as (its shortest round-trip form, which is what a description states). */
export function decimalOf(x: number): Decimal {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new Error(`not a finite number: ${x}`);
  const fraction = m[3] ?? '';
  let n = BigInt(`${m[1]}${m[2]}${fraction}`);
  let e = fraction.length - Number(m[4] ?? 0);
  if (e < 0) {
    n *= pow10(-e);
    e = 0;
  }
  while (e > 0 && n % TEN === 0n) {
    n /= TEN;
    e--;
  }
  return { n, e };
}

export const add = (a: Decimal, b: Decimal): Decimal =>
  a.e >= b.e ? { n: a.n + b.n * pow10(a.e - b.e), e: a.e } : { n: a.n * pow10(b.e - a.e) + b.n, e: b.e };
export const multiply = (a: Decimal, b: Decimal): Decimal => ({ n: a.n * b.n, e: a.e + b.e });
export const negate = (a: Decimal): Decimal => ({ n: -a.n, e: a.e });
/** The sign of a − b. */
export const compare = (a: Decimal, b: Decimal): number => {
  const d = add(a, negate(b)).n;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};
/** A percentage as a fraction: p / 100. */
export const fractionOfPercent = (p: number): Decimal => {
  const d = decimalOf(p);
  return { n: d.n, e: d.e + 2 };
};

/** How one figure is computed from one propagation: constant + Σ sign · flow(node), nodes by position in the space. */
export interface Recipe {
  reading: Reading;
  measure: Measure;
  /** Names the propagation (its stopping set), so that recipes on the same one share it. */
  run: string;
  /** Where the flow stops, by position in the space; null: nowhere. */
  stops: ((i: number) => boolean) | null;
  constant: 0 | 1;
  terms: { node: number; sign: 1 | -1 }[];
}

/**
 * Evaluate recipes exactly over a space (its nodes, by position): each propagation once, in topological order of the part it reaches, with
 * the declared percentages as decimals. Null for a recipe whose propagation meets a cycle (its fixed point is a
 * quotient: the caller compares its floating-point figure instead).
 */
export function exactEvaluator(
  ctx: OwnershipContext,
  target: number,
  nodes: readonly number[],
): (r: Recipe) => Decimal | null {
  const { graph: g, routes } = ctx;
  const runs = new Map<string, Map<number, Decimal> | null>();
  // The space's index array is shared scratch, released after the analysis: positions of our own, made when needed.
  let positions: Map<number, number> | undefined;
  const position = { get: (n: number) => (positions ??= new Map(nodes.map((m, i) => [m, i]))).get(n) };
  const weightOf = (route: Route, n: number, e: number, m: Measure): Decimal => {
    const h = route.holding[e]!;
    if (h < 0) return ONE;
    // A range or an undisclosed stake is read at its minimum, as the graph reads it.
    const declared = stakeMin(g.entities[n]!.shareholders![h]![m]);
    return declared === undefined ? ZERO : fractionOfPercent(declared);
  };
  const flows = (r: Recipe): Map<number, Decimal> | null => {
    const routeOf = (n: number): Route =>
      r.reading === 'control' && n === target ? routes.economic : routes[r.reading];
    const passes = (n: number) => n === target || !r.stops?.(position.get(n)!);
    // The part reached, and how many links reach each node.
    const indegree = new Map<number, number>([[target, 0]]);
    const stack = [target];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (!passes(n)) continue;
      const route = routeOf(n);
      for (let e = route.start[n]!; e < route.start[n + 1]!; e++) {
        if (!(route[r.measure][e]! > 0)) continue;
        const m = route.to[e]!;
        const seen = indegree.get(m);
        indegree.set(m, (seen ?? 0) + 1);
        if (seen === undefined) stack.push(m);
      }
    }
    if ((indegree.get(target) ?? 0) > 0) return null;
    const flow = new Map<number, Decimal>([[target, ONE]]);
    const ready = [target];
    let done = 0;
    while (ready.length > 0) {
      const n = ready.pop()!;
      done++;
      if (!passes(n)) continue;
      const route = routeOf(n);
      const f = flow.get(n)!;
      for (let e = route.start[n]!; e < route.start[n + 1]!; e++) {
        if (!(route[r.measure][e]! > 0)) continue;
        const m = route.to[e]!;
        flow.set(m, add(flow.get(m) ?? ZERO, multiply(f, weightOf(route, n, e, r.measure))));
        const left = indegree.get(m)! - 1;
        indegree.set(m, left);
        if (left === 0) ready.push(m);
      }
    }
    return done === indegree.size ? flow : null;
  };
  return (r) => {
    const key = `${r.reading}:${r.measure}:${r.run}`;
    let f = runs.get(key);
    if (f === undefined) runs.set(key, (f = flows(r)));
    if (f === null) return null;
    let v: Decimal = r.constant === 1 ? ONE : ZERO;
    for (const { node, sign } of r.terms) {
      const x = f.get(nodes[node]!) ?? ZERO;
      v = add(v, sign === 1 ? x : negate(x));
    }
    return v;
  };
}
