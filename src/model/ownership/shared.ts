// Foreign control of many third parties from one analysis of the holdings graph: what each entity passes on to the
// entities that matter (outside the EU, unexplained, with a remainder) and to the placed ultimate holders, memoised
// per entity, so that a third party's judgement is a lookup of its holders' summaries, not a walk of their chains.

import type { OwnershipContext } from './context.js';
import { controlChain, rightRecords, type Outside } from './rights.js';
import { decisiveHolder } from './control.js';
import { rangedHoldings } from './graph.js';
import { withPrecise } from './analyze.js';
import { EXACT_CANDIDATES, FLOW_EPSILON } from './figures.js';
import { foreignControlOf, NEAR, type ControlReading } from './judge.js';
import { adjacency, components } from './scc.js';
import {
  MEASURES,
  READINGS,
  SCOPES,
  type Figure,
  type Measure,
  type OwnershipHolder,
  type OwnershipReport,
  type Reading,
  type SpecialRightRecord,
  type UnexplainedReason,
  type UnexplainedShare,
} from './types.js';

/**
 * The flow one unit of an entity's stake sends, in one reading, stopping set and measure: to each entity that
 * matters (by node, sparse), and in all to the placed terminal holders and to those placed inside the EU.
 */
interface Cell {
  nodes: number[];
  flows: number[];
  placed: number;
  placedInside: number;
}

/** The four propagations of an analysis: no stop; stop at non-EU; stop at non-EU or unexplained; stop at unexplained. */
const STOPS = 4;
const PLAIN = 0;
const COUNTED = 1;
const COLLECTIVE = 2;
const INDIVIDUAL = 3;
/** Entities that matter that one summary lists at most; beyond, entities that reach it are analysed one by one. */
const WIDE = 256;

type Summary = Cell[] | 'wide';
const cellAt = (r: number, s: number, m: number) => (r * STOPS + s) * 2 + m;

/** The state shared by every third party of a description: node flags, summaries and chains of control, memoised. */
interface Shared {
  nonEu: Uint8Array;
  unexplained: [Uint8Array, Uint8Array];
  matters: [Uint8Array, Uint8Array];
  placed: Uint8Array;
  placedInside: Uint8Array;
  /** The part of a node's stake its links pass on, per reading and measure. */
  passed: [[Float64Array, Float64Array], [Float64Array, Float64Array]];
  /** 1 when a cycle of either route can be reached from the node (its summary is not a sum over its holders). */
  cyclic: Uint8Array;
  summaries: (Summary | undefined)[];
  deltas: [(Cell | undefined)[], (Cell | undefined)[]];
  chains: (ChainFacts | undefined)[];
  placings: (ChainFacts | undefined)[];
  acc: Float64Array;
  mark: Int32Array;
}

/** What an entity's chain of control says: its first member outside the EU, the placing fields missing, the rights. */
interface ChainFacts {
  firstNonEu: number;
  missing: string[];
  rights: SpecialRightRecord[];
}

const states = new WeakMap<OwnershipContext, Shared>();

function shared(ctx: OwnershipContext): Shared {
  let s = states.get(ctx);
  if (s) return s;
  const { graph: g, control: c, routes } = ctx;
  const n = g.size;
  const nonEu = new Uint8Array(n);
  const unexplained: [Uint8Array, Uint8Array] = [new Uint8Array(n), new Uint8Array(n)];
  const matters: [Uint8Array, Uint8Array] = [new Uint8Array(n), new Uint8Array(n)];
  const placed = new Uint8Array(n);
  const placedInside = new Uint8Array(n);
  const passed: Shared['passed'] = [
    [new Float64Array(n), new Float64Array(n)],
    [new Float64Array(n), new Float64Array(n)],
  ];
  READINGS.forEach((r, ri) => {
    const route = routes[r];
    MEASURES.forEach((m, mi) => {
      for (let v = 0; v < n; v++) {
        let p = 0;
        for (let e = route.start[v]!; e < route.start[v + 1]!; e++) p += route[m][e]!;
        passed[ri]![mi]![v] = p;
      }
    });
  });
  for (let v = 0; v < n; v++) {
    const j = g.jurisdiction[v]!.status;
    nonEu[v] = j === 'non-eu' ? 1 : 0;
    const open = j === 'unknown' || g.kind[v] === 'open';
    unexplained[0][v] = open ? 1 : 0;
    unexplained[1][v] = open || (g.kind[v] === 'intermediate' && c.status[v] === 'undetermined') ? 1 : 0;
    placed[v] = g.kind[v] === 'terminal' && j !== 'unknown' ? 1 : 0;
    placedInside[v] = placed[v] && !nonEu[v] ? 1 : 0;
    for (let ri = 0; ri < 2; ri++) {
      const remainder = g.kind[v] === 'intermediate' && (passed[ri]![0][v]! < 1 || passed[ri]![1][v]! < 1);
      matters[ri]![v] = nonEu[v] || unexplained[ri]![v] || remainder ? 1 : 0;
    }
  }
  // Nodes that reach a cycle of either route: components come successors first.
  const adj = adjacency(
    g.entities.map((_, v) => {
      const out: number[] = [];
      for (const r of [routes.economic, routes.control])
        for (let e = r.start[v]!; e < r.start[v + 1]!; e++) out.push(r.to[e]!);
      return out;
    }),
  );
  const cyclic = new Uint8Array(n);
  const { order, bounds, count } = components(adj);
  for (let k = 0; k < count; k++) {
    const first = bounds[k]!;
    const end = bounds[k + 1]!;
    let cyc = end - first > 1 || ctx.onCycle[order[first]!] === 1;
    for (let i = first; i < end && !cyc; i++) {
      const v = order[i]!;
      for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) if (adj.to[e] === v || cyclic[adj.to[e]!]) cyc = true;
    }
    if (cyc) for (let i = first; i < end; i++) cyclic[order[i]!] = 1;
  }
  s = {
    nonEu,
    unexplained,
    matters,
    placed,
    placedInside,
    passed,
    cyclic,
    summaries: new Array<Summary | undefined>(n),
    deltas: [new Array<Cell | undefined>(n), new Array<Cell | undefined>(n)],
    chains: new Array<ChainFacts | undefined>(n),
    placings: new Array<ChainFacts | undefined>(n),
    acc: new Float64Array(n),
    mark: new Int32Array(n).fill(-1),
  };
  states.set(ctx, s);
  return s;
}

const absorbs = (s: Shared, v: number, ri: number, stop: number): boolean =>
  stop === COUNTED
    ? s.nonEu[v] === 1
    : stop === COLLECTIVE
      ? s.nonEu[v] === 1 || s.unexplained[ri]![v] === 1
      : stop === INDIVIDUAL
        ? s.unexplained[ri]![v] === 1
        : false;

/** One unit of stake resting at v: v itself. */
function delta(s: Shared, v: number, ri: number): Cell {
  let d = s.deltas[ri]![v];
  if (!d)
    s.deltas[ri]![v] = d = {
      nodes: s.matters[ri]![v] ? [v] : [],
      flows: s.matters[ri]![v] ? [1] : [],
      placed: s.placed[v]!,
      placedInside: s.placedInside[v]!,
    };
  return d;
}

/**
 * Σ weight · (flow of the holder, or the holder itself where the stop set keeps the stake), plus `self` (the node's
 * own unit), over the links of `route` from `from`; null when the sum lists more than WIDE entities.
 */
function combine(
  ctx: OwnershipContext,
  s: Shared,
  from: number,
  ri: number,
  stop: number,
  mi: number,
  routeOf: Reading,
  self: Cell | null,
): Cell | null {
  const route = ctx.routes[routeOf];
  const w = route[MEASURES[mi]!];
  const parts: { cell: Cell; weight: number }[] = [];
  for (let e = route.start[from]!; e < route.start[from + 1]!; e++) {
    if (!(w[e]! > 0)) continue;
    const u = route.to[e]!;
    const cell = absorbs(s, u, ri, stop) ? delta(s, u, ri) : (s.summaries[u] as Cell[])[cellAt(ri, stop, mi)]!;
    parts.push({ cell, weight: w[e]! });
  }
  // A single whole link from a node that matters to nothing: the same flow as the holder's (shared, not copied).
  if (parts.length === 0 && self) return self;
  if (parts.length === 1 && parts[0]!.weight === 1 && (!self || (self.nodes.length === 0 && self.placed === 0)))
    return parts[0]!.cell;
  const out: Cell = { nodes: [], flows: [], placed: 0, placedInside: 0 };
  const { acc, mark } = s;
  const add = (cell: Cell, weight: number) => {
    out.placed += weight * cell.placed;
    out.placedInside += weight * cell.placedInside;
    for (let i = 0; i < cell.nodes.length; i++) {
      const v = cell.nodes[i]!;
      if (mark[v] === -1) {
        mark[v] = out.nodes.length;
        out.nodes.push(v);
        acc[v] = 0;
      }
      acc[v]! += weight * cell.flows[i]!;
    }
  };
  if (self) add(self, 1);
  for (const p of parts) add(p.cell, p.weight);
  for (const v of out.nodes) {
    out.flows.push(acc[v]!);
    mark[v] = -1;
  }
  return out.nodes.length > WIDE ? null : out;
}

/** The summary of every node that `target` reaches, holders first; false when one is too wide. */
function summarise(ctx: OwnershipContext, s: Shared, target: number): boolean {
  const { routes } = ctx;
  const succ = (v: number): number[] => {
    const out: number[] = [];
    for (const r of [routes.economic, routes.control])
      for (let e = r.start[v]!; e < r.start[v + 1]!; e++) out.push(r.to[e]!);
    return out;
  };
  // Iterative post-order over the acyclic part the target reaches.
  const stack: { v: number; next: number[]; i: number }[] = [{ v: target, next: succ(target), i: 0 }];
  const entered = new Set<number>([target]);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.next.length) {
      const u = top.next[top.i++]!;
      if (s.summaries[u] === undefined && !entered.has(u)) {
        entered.add(u);
        stack.push({ v: u, next: succ(u), i: 0 });
      }
      continue;
    }
    stack.pop();
    s.summaries[top.v] = summaryOf(ctx, s, top.v);
  }
  const wide = (v: number) => s.summaries[v] === 'wide';
  return !succ(target).some(wide);
}

function summaryOf(ctx: OwnershipContext, s: Shared, v: number): Summary {
  const { routes } = ctx;
  for (const r of [routes.economic, routes.control])
    for (let e = r.start[v]!; e < r.start[v + 1]!; e++) if (s.summaries[r.to[e]!] === 'wide') return 'wide';
  const cells: Cell[] = [];
  for (let ri = 0; ri < 2; ri++)
    for (let stop = 0; stop < STOPS; stop++)
      for (let mi = 0; mi < 2; mi++) {
        const cell = combine(ctx, s, v, ri, stop, mi, READINGS[ri]!, delta(s, v, ri));
        if (!cell) return 'wide';
        cells[cellAt(ri, stop, mi)] = cell;
      }
  return cells;
}

/**
 * The facts of the chain of control of v (as controlChain lists it), memoised: chain(n) is [n] followed by the chain
 * of its decisive holder while one holder of the controller's group decides alone, so each link is read once.
 */
function chainFacts(ctx: OwnershipContext, s: Shared, v: number, withRights: boolean): ChainFacts {
  const { control: c, graph: g } = ctx;
  const memo = withRights ? s.chains : s.placings;
  const walk: number[] = [];
  const onWalk = new Set<number>();
  let cur = v;
  let base: ChainFacts | undefined;
  for (;;) {
    base = memo[cur];
    if (base || onWalk.has(cur)) break;
    if (c.status[cur] !== 'controlled') {
      base = memo[cur] = factsOf(ctx, s, [cur], null, withRights);
      break;
    }
    const t = c.controller[cur]!;
    const d = decisiveHolder(g, cur, (u) => u === t || (c.status[u] === 'controlled' && c.controller[u] === t));
    if (d === undefined || d === t || c.status[d] !== 'controlled' || c.controller[d] !== t) {
      // The last link below the controller, or holders that decide only together: the chain as controlChain walks it.
      base = memo[cur] = factsOf(ctx, s, controlChain(ctx, cur), null, withRights);
      break;
    }
    walk.push(cur);
    onWalk.add(cur);
    cur = d;
  }
  if (!base) return (memo[v] = factsOf(ctx, s, controlChain(ctx, v), null, withRights));
  for (let i = walk.length - 1; i >= 0; i--) base = memo[walk[i]!] = factsOf(ctx, s, [walk[i]!], base, withRights);
  return memo[v]!;
}

/** The facts of `members` followed by those of `rest`; the rights over them only `withRights`. */
function factsOf(
  ctx: OwnershipContext,
  s: Shared,
  members: number[],
  rest: ChainFacts | null,
  withRights: boolean,
): ChainFacts {
  const { graph: g } = ctx;
  let firstNonEu = -1;
  const missing: string[] = [];
  const rights: SpecialRightRecord[] = [];
  for (const m of members) {
    if (firstNonEu < 0 && g.jurisdiction[m]!.status === 'non-eu') firstNonEu = m;
    for (const f of g.jurisdiction[m]!.missing) missing.push(`${g.ids[m]}/${f}`);
    const e = g.entities[m]!;
    if (!withRights || (e.type !== 'company' && e.type !== 'fund') || e.specialRights === undefined) continue;
    rights.push(...rightRecords(ctx, m, (h) => outside(ctx, s, h)));
  }
  if (!rest) return { firstNonEu, missing, rights };
  if (missing.length === 0 && rights.length === 0 && firstNonEu < 0) return rest;
  return {
    firstNonEu: firstNonEu >= 0 ? firstNonEu : rest.firstNonEu,
    missing: [...missing, ...rest.missing],
    rights: [...rights, ...rest.rights],
  };
}

/** outsideStatus of rights.ts, from the memoised chain. */
function outside(ctx: OwnershipContext, s: Shared, v: number): Outside {
  const { graph: g, control: c } = ctx;
  const f = chainFacts(ctx, s, v, false);
  if (f.firstNonEu >= 0) return { outside: 'non-eu', via: g.ids[f.firstNonEu]!, missing: [] };
  const missing = [...f.missing];
  const top = c.top[v]!;
  if (g.kind[top] === 'open' || (g.kind[top] === 'intermediate' && c.status[top] === 'undetermined'))
    missing.push(`${g.ids[top]}/shareholders`);
  return missing.length > 0 ? { outside: 'unknown', via: null, missing } : { outside: 'eu', via: null, missing: [] };
}

const toPercent = (fraction: number): number => Math.round(fraction * 1e8) / 1e6 + 0;

/**
 * foreignControlOf of an entity from the shared summaries: its holders' summaries and its own links, without
 * walking the chains above them. Null where that reading could differ from a full analysis: a cycle within reach,
 * a summary too wide, a figure so near a threshold that it must be computed exactly, a tie for the largest holder,
 * an entity not placed in the EU or not looked through.
 */
export function sharedForeignControl(
  ctx: OwnershipContext,
  target: number,
  reading: ControlReading,
): ReturnType<typeof foreignControlOf> | null {
  const { graph: g, control: c } = ctx;
  const j = g.jurisdiction[target]!;
  if (g.kind[target] !== 'intermediate' || j.status !== 'eu' || j.missing.length > 0) return null;
  const s = shared(ctx);
  if (s.cyclic[target]) return null;
  if (!summarise(ctx, s, target)) return null;

  // The target's own flows: its listed holdings (the economic links, in both readings), itself counted nowhere.
  const cells: Cell[] = [];
  for (let ri = 0; ri < 2; ri++)
    for (let stop = 0; stop < STOPS; stop++)
      for (let mi = 0; mi < 2; mi++) {
        const cell = combine(ctx, s, target, ri, stop, mi, 'economic', null);
        if (!cell) return null;
        cells[cellAt(ri, stop, mi)] = cell;
      }
  const get = (ri: number, stop: number, mi: number) => cells[cellAt(ri, stop, mi)]!;

  const figure = (): Figure => ({
    known: { economic: 0, control: 0 },
    upTo: { economic: 0, control: 0 },
    holder: { economic: null, control: null },
  });
  const figures = {
    individual: { capital: figure(), votingRights: figure() },
    collective: { capital: figure(), votingRights: figure() },
  };
  for (let ri = 0; ri < 2; ri++) {
    const r = READINGS[ri]!;
    for (let mi = 0; mi < 2; mi++) {
      const m = MEASURES[mi]!;
      const ind = figures.individual[m];
      const plain = get(ri, PLAIN, mi);
      let best = -1;
      let tie = false;
      plain.nodes.forEach((v, i) => {
        if (!s.nonEu[v] || !(plain.flows[i]! > FLOW_EPSILON)) return;
        if (best >= 0 && Math.abs(plain.flows[i]! - plain.flows[best]!) <= 1e-12) tie = true;
        if (best < 0 || plain.flows[i]! > plain.flows[best]!) {
          if (best >= 0 && plain.flows[i]! - plain.flows[best]! > 1e-12) tie = false;
          best = i;
        }
      });
      if (tie) return null;
      ind.known[r] = best < 0 ? 0 : plain.flows[best]!;
      ind.holder[r] = best < 0 ? null : g.ids[plain.nodes[best]!]!;
      ind.upTo[r] = Math.min(1, Math.max(ind.known[r], singleHolderAtMost(ctx, s, get(ri, INDIVIDUAL, mi), ri, mi)));
      const col = figures.collective[m];
      const counted = get(ri, COUNTED, mi);
      let known = 0;
      counted.nodes.forEach((v, i) => {
        if (s.nonEu[v] && counted.flows[i]! > 0) known += counted.flows[i]!;
      });
      col.known[r] = known;
      col.upTo[r] = Math.min(1, Math.max(known, 1 - get(ri, COLLECTIVE, mi).placedInside));
    }
  }
  // Near a threshold the figure must be compared exactly: the full analysis does that.
  for (const scope of SCOPES) {
    const { max, measures } = reading[scope];
    for (const m of measures)
      for (const kind of ['known', 'upTo'] as const)
        for (const r of READINGS)
          if (Math.abs(Math.round(figures[scope][m][kind][r] * 1e12) / 1e10 - max) <= NEAR) return null;
  }

  // Holders outside the EU, as the holders table orders them (largest share first, then document order).
  const share = new Map<number, { plain: number[]; counted: number[] }>();
  for (let ri = 0; ri < 2; ri++)
    for (let mi = 0; mi < 2; mi++)
      for (const [stop, key] of [
        [PLAIN, 'plain'],
        [COUNTED, 'counted'],
      ] as const) {
        const cell = get(ri, stop, mi);
        cell.nodes.forEach((v, i) => {
          if (!s.nonEu[v]) return;
          let h = share.get(v);
          if (!h) share.set(v, (h = { plain: [0, 0, 0, 0], counted: [0, 0, 0, 0] }));
          h[key][ri * 2 + mi] = cell.flows[i]!;
        });
      }
  const holders = [...share]
    .filter(([, h]) => h.plain.some((x) => x > FLOW_EPSILON))
    .map(([v, h]) => ({ v, largest: Math.max(...h.plain.map(toPercent)), counted: h.counted.map(toPercent) }))
    .sort((a, b) => b.largest - a.largest || a.v - b.v)
    .map(({ v, counted }) => {
      const [ec, ev, cc, cv] = counted as [number, number, number, number];
      return {
        id: g.ids[v]!,
        counted: { economic: { capital: ec, votingRights: ev }, control: { capital: cc, votingRights: cv } },
      } as OwnershipHolder;
    });

  const report = {
    figures: {
      individual: percentFigures(figures.individual),
      collective: percentFigures(figures.collective),
    },
    holders,
    unexplained: unexplainedOf(ctx, s, target, get),
    specialRights: chainFacts(ctx, s, target, true).rights,
    specialRightsNotGiven: [],
    control: {
      status: c.status[target]!,
      openAt: openTop(ctx, target),
      ...outside(ctx, s, target),
    },
  } as unknown as OwnershipReport;
  // The fractions beside the report, as for a full analysis; no exact recipe is needed off a threshold.
  const none = () => ({ known: { economic: null, control: null }, upTo: { economic: null, control: null } });
  const recipes = {
    individual: { capital: none(), votingRights: none() },
    collective: { capital: none(), votingRights: none() },
  };
  return foreignControlOf(withPrecise(report, { figures, recipes, evaluate: () => null }), reading);
}

/** The report's percentages; the fractions go beside it, as for a full analysis (with no exact recipe: none is needed off a threshold). */
function percentFigures(f: Record<Measure, Figure>): Record<Measure, Figure> {
  const p = (x: Record<Reading, number>) => ({ economic: toPercent(x.economic), control: toPercent(x.control) });
  return Object.fromEntries(
    MEASURES.map((m) => [m, { known: p(f[m].known), upTo: p(f[m].upTo), holder: f[m].holder }]),
  ) as Record<Measure, Figure>;
}

function openTop(ctx: OwnershipContext, target: number): string | null {
  const { graph: g, control: c } = ctx;
  const top = c.top[target]!;
  return g.kind[top] === 'open' || (g.kind[top] === 'intermediate' && c.status[top] === 'undetermined')
    ? g.ids[top]!
    : null;
}

/** figures.ts's singleHolderAtMost: the most one non-EU holder could gain, from the individual propagation. */
function singleHolderAtMost(ctx: OwnershipContext, s: Shared, base: Cell, ri: number, mi: number): number {
  const { graph: g } = ctx;
  const zNew = 1 - base.placed;
  const candidates: { v: number; x: number }[] = [];
  base.nodes.forEach((v, i) => {
    if (s.nonEu[v] && !s.unexplained[ri]![v] && base.flows[i]! > FLOW_EPSILON)
      candidates.push({ v, x: base.flows[i]! });
  });
  candidates.sort((a, b) => b.x - a.x || a.v - b.v);
  let best = zNew;
  let exact = 0;
  for (const { v, x } of candidates) {
    const bound = zNew + x;
    if (bound <= best + FLOW_EPSILON) break;
    if (g.kind[v] === 'terminal' || exact >= EXACT_CANDIDATES) {
      if (bound > best) best = bound;
      continue;
    }
    // The holder keeps what reaches it: what it would pass on to placed holders is taken from them.
    const own = (s.summaries[v] as Cell[])[cellAt(ri, INDIVIDUAL, mi)]!;
    const value = 1 - (base.placed - x * own.placed);
    if (value > best) best = value;
    exact++;
  }
  return best >= 1 ? 1 : best;
}

/** The unexplained parts of figures.ts, by node and reason (their amounts are not needed: only who and why). */
function unexplainedOf(
  ctx: OwnershipContext,
  s: Shared,
  target: number,
  get: (ri: number, stop: number, mi: number) => Cell,
): UnexplainedShare[] {
  const { graph: g } = ctx;
  const items = new Map<string, { node: number; reason: UnexplainedReason }>();
  const add = (v: number, reason: UnexplainedReason, amount: number) => {
    if (amount > FLOW_EPSILON && !items.has(`${v}:${reason}`)) items.set(`${v}:${reason}`, { node: v, reason });
  };
  for (const stop of [INDIVIDUAL, COLLECTIVE])
    for (let ri = 0; ri < 2; ri++)
      for (let mi = 0; mi < 2; mi++) {
        add(target, 'remainder', Math.max(0, 1 - s.passed[0][mi]![target]!));
        const cell = get(ri, stop, mi);
        cell.nodes.forEach((v, i) => {
          const x = cell.flows[i]!;
          if (!(x > FLOW_EPSILON)) return;
          if (s.unexplained[ri]![v] && (stop === INDIVIDUAL || !s.nonEu[v])) {
            const reason: UnexplainedReason =
              g.jurisdiction[v]!.status === 'unknown'
                ? 'jurisdiction-unknown'
                : g.kind[v] === 'open'
                  ? 'no-shareholders'
                  : 'control-undetermined';
            add(v, reason, x);
          } else if (!absorbs(s, v, ri, stop) && g.kind[v] === 'intermediate')
            add(v, 'remainder', x * Math.max(0, 1 - s.passed[ri]![mi]![v]!));
        });
      }
  return [...items.values()]
    .sort((a, b) => a.node - b.node || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
    .map(({ node, reason }) => ({
      entity: g.ids[node]!,
      reason,
      ...(reason === 'jurisdiction-unknown' ? { fields: g.jurisdiction[node]!.missing } : {}),
      ...(reason === 'remainder' ? rangedOf(ctx, node) : {}),
    })) as UnexplainedShare[];
}

/** The stakes of a node listed as a range or undisclosed, per measure, as figures.ts lists them in its remainder. */
function rangedOf(ctx: OwnershipContext, n: number): Pick<UnexplainedShare, 'undisclosed'> {
  const undisclosed: NonNullable<UnexplainedShare['undisclosed']> = {};
  for (const m of MEASURES) {
    const ranged = rangedHoldings(ctx.graph, n, m);
    if (ranged.length > 0) undisclosed[m] = ranged;
  }
  return Object.keys(undisclosed).length > 0 ? { undisclosed } : {};
}
