// Who controls each company in the sense of Code de commerce L.233-3, and whether the description settles it.

import { remainder, type OwnershipGraph } from './graph.js';
import { adjacency, components, hasSelfLoop } from './scc.js';
import type { ControlBasis, ControlStatus } from './types.js';

/** Who controls each node of the graph, by node index. */
export interface ControlMap {
  status: ControlStatus[];
  /** The ultimate controller (the top of the chain of control) of a controlled node; -1 otherwise. */
  controller: Int32Array;
  basis: (ControlBasis | null)[];
  /** The voting rights the controller holds, directly and through entities it controls, as a fraction. */
  votes: Float64Array;
  /** The top of the chain of control: the controller of a controlled node, the node itself otherwise. */
  top: Int32Array;
  /** Holders that tie above 40% of the votes, each presumed to control (L.233-3 II); null when there is no tie. */
  joint: (number[] | null)[];
  /**
   * The next link up the chain of control of a controlled node: its holder in the controller's group whose own
   * stake decides control (so that an intermediate controller is attributed the stake too), else the controller.
   */
  direct: Int32Array;
}

/** Tolerance of the 50% and 40% tests, as a fraction (1e-7 percentage points). */
const EPS = 1e-9;

interface Decision {
  status: ControlStatus;
  controller: number;
  basis: ControlBasis | null;
  votes: number;
  joint?: number[];
}

const UNDETERMINED: Decision = { status: 'undetermined', controller: -1, basis: null, votes: 0 };
const UNCONTROLLED: Decision = { status: 'uncontrolled', controller: -1, basis: null, votes: 0 };

/**
 * Control of every node (L.233-3): a majority of the voting rights; more than 40% with no other holder above
 * (II); or a `board-majority` special right (I 4°). A holder's votes include those of the entities it controls
 * ("directly or indirectly"), so holders are grouped by the top of their chain of control; votes held by entities
 * the node itself controls are suspended (L.233-31) and left out. Control is settled only when no completion of
 * the unexplained votes could change it: remainders and the votes of holders whose own control is open could all
 * belong to one holder. Two holders that tie above 40% with every vote accounted for are both presumed to control:
 * the stricter reading attributes control to one outside the EU when there is one (else the first listed).
 * Inside a cross-holding cycle the controls are iterated to a fixed point (all open when none is reached); a cycle
 * of controllers controls itself, so its members are read as uncontrolled.
 */
export function determineControl(g: OwnershipGraph): ControlMap {
  const n = g.size;
  const status = new Array<ControlStatus>(n).fill('undetermined');
  const controller = new Int32Array(n).fill(-1);
  const basis = new Array<ControlBasis | null>(n).fill(null);
  const votes = new Float64Array(n);
  const top = new Int32Array(n);
  for (let i = 0; i < n; i++) top[i] = i;
  const joint = new Array<number[] | null>(n).fill(null);
  const outsideFirst = (a: number, b: number) => rank(a) - rank(b) || a - b;
  const rank = (t: number) => ({ 'non-eu': 0, unknown: 1 })[g.jurisdiction[t]!.status as string] ?? 2;

  const decide = (e: number): Decision => {
    if (g.kind[e] === 'terminal') return UNCONTROLLED;
    if (g.kind[e] === 'open') return UNDETERMINED;
    const boardTops = [...new Set(g.boardHolders[e]!.map((h) => top[h]!))].filter((t) => t !== e);
    if (boardTops.length > 1) return UNDETERMINED;
    const groups = new Map<number, number>();
    let self = 0;
    for (const h of g.holdings[e]!) {
      const v = h.votingRights;
      // A public float is many holders each below the declaration thresholds: no one there controls.
      if (!v || g.entities[h.holder]!.type === 'public-float') continue;
      const t = top[h.holder]!;
      if (t === e) self += v;
      else groups.set(t, (groups.get(t) ?? 0) + v);
    }
    const denom = 1 - self;
    if (denom <= EPS) return UNDETERMINED;
    if (boardTops.length === 1) {
      const t = boardTops[0]!;
      return { status: 'controlled', controller: t, basis: 'board-majority', votes: (groups.get(t) ?? 0) / denom };
    }
    const open = (t: number) => status[t] === 'undetermined';
    let best = -1;
    let bestV = 0;
    let openTotal = remainder(g, e, 'votingRights') / denom;
    for (const [t, raw] of groups) {
      const v = raw / denom;
      if (open(t)) openTotal += v;
      if (v > bestV + EPS) {
        best = t;
        bestV = v;
      }
    }
    const tied = [...groups].filter(([, raw]) => Math.abs(raw / denom - bestV) <= EPS).map(([t]) => t);
    if (best >= 0 && bestV > 0.5 + EPS)
      return { status: 'controlled', controller: best, basis: 'majority', votes: bestV };
    if (tied.length > 1 && bestV > 0.4 + EPS) {
      if (openTotal > EPS) return UNDETERMINED;
      tied.sort(outsideFirst);
      return { status: 'controlled', controller: tied[0]!, basis: 'presumption', votes: bestV, joint: tied };
    }
    if (best >= 0 && bestV > 0.4 + EPS) {
      const others = openTotal - (open(best) ? bestV : 0);
      let fixedOther = 0;
      for (const [t, raw] of groups) if (t !== best && !open(t)) fixedOther = Math.max(fixedOther, raw / denom);
      if (fixedOther + others <= bestV + EPS && others <= bestV + EPS)
        return { status: 'controlled', controller: best, basis: 'presumption', votes: bestV };
      return UNDETERMINED;
    }
    if (bestV + openTotal <= 0.4 + EPS) return UNCONTROLLED;
    return UNDETERMINED;
  };

  const apply = (e: number, d: Decision) => {
    joint[e] = d.joint ?? null;
    status[e] = d.status;
    controller[e] = d.controller;
    basis[e] = d.basis;
    votes[e] = d.votes;
  };

  const deps = adjacency(
    g.holdings.map((hs, e) => [...hs.filter((h) => h.votingRights).map((h) => h.holder), ...g.boardHolders[e]!]),
  );
  const { order, bounds, count } = components(deps);
  for (let k = 0; k < count; k++) {
    const first = bounds[k]!;
    if (bounds[k + 1]! - first === 1 && !hasSelfLoop(deps, order[first]!)) {
      const e = order[first]!;
      apply(e, decide(e));
      top[e] = status[e] === 'controlled' ? controller[e]! : e;
      continue;
    }
    solveCycle(Array.from(order.subarray(first, bounds[k + 1])));
  }
  const direct = new Int32Array(n).fill(-1);
  for (let e = 0; e < n; e++)
    if (status[e] === 'controlled')
      direct[e] =
        decisiveHolder(
          g,
          e,
          (u) => u === controller[e] || (status[u] === 'controlled' && controller[u] === controller[e]),
        ) ?? controller[e]!;
  return { status, controller, basis, votes, top, joint, direct };

  function solveCycle(comp: number[]): void {
    const members = new Set(comp);
    for (const m of comp) {
      apply(m, UNDETERMINED);
      top[m] = m;
    }
    let previous = '';
    for (let round = 0; round < comp.length + 2; round++) {
      const decisions = comp.map(decide);
      comp.forEach((m, i) => apply(m, decisions[i]!));
      resolveTops(comp, members);
      const signature = comp.map((m) => `${status[m]}:${controller[m]}`).join(',');
      if (signature === previous) return;
      previous = signature;
    }
    for (const m of comp) {
      apply(m, UNDETERMINED);
      top[m] = m;
    }
  }

  /** Follow controllers inside a cycle to their top; a cycle of controllers is read as uncontrolled. */
  function resolveTops(comp: number[], members: Set<number>): void {
    const state = new Map<number, 1 | 2>();
    for (const m of comp) top[m] = m;
    for (const m of comp) {
      if (state.get(m) === 2) continue;
      const walk: number[] = [];
      let cur = m;
      while (members.has(cur) && status[cur] === 'controlled' && state.get(cur) !== 2) {
        if (state.get(cur) === 1) {
          for (const c of walk.slice(walk.indexOf(cur))) apply(c, UNCONTROLLED);
          break;
        }
        state.set(cur, 1);
        walk.push(cur);
        cur = controller[cur]!;
      }
      const end = members.has(cur)
        ? state.get(cur) === 2 || status[cur] === 'controlled'
          ? top[cur]!
          : cur
        : top[cur]!;
      for (const w of walk) {
        top[w] = status[w] === 'controlled' ? end : w;
        if (status[w] === 'controlled') controller[w] = end;
        state.set(w, 2);
      }
    }
  }
}

/**
 * Among the holders of e that `inGroup` accepts, the one whose own stake decides control of e: a board-majority
 * right, a majority of the votes, or more than 40% with every other holder below it even with the votes not
 * accounted for. Undefined when only their stakes together decide.
 */
export function decisiveHolder(g: OwnershipGraph, e: number, inGroup: (u: number) => boolean): number | undefined {
  const direct = g.holdings[e]!.filter((h) => h.votingRights).map((h) => ({ u: h.holder, votes: h.votingRights! }));
  const board = g.boardHolders[e]!;
  const group = [...new Set([...board, ...direct.map((d) => d.u)])].filter(inGroup);
  const own = (u: number) => direct.filter((d) => d.u === u).reduce((s, d) => s + d.votes, 0);
  const missing = remainder(g, e, 'votingRights');
  const decides = (u: number) => {
    if (board.includes(u)) return true;
    const v = own(u);
    if (v > 0.5 + EPS) return true;
    return v > 0.4 + EPS && missing < v - EPS && direct.every((d) => d.u === u || d.votes + missing < v - EPS);
  };
  return group.find(decides);
}
