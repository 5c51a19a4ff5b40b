// The figures 19.6.b judges, per measure and reading: on the known facts, and at most if every unexplained share were non-EU.

import { pointer } from '../../core/json-pointer.js';
import type { OwnershipContext } from './context.js';
import { rangedHoldings, remainder } from './graph.js';
import { propagate, type Flow } from './propagate.js';
import type { Route } from './routes.js';
import type { Space } from './space.js';
import type { Recipe } from './exact.js';
import {
  MEASURES,
  READINGS,
  SCOPES,
  type Figure,
  type Measure,
  type OwnershipFigures,
  type Reading,
  type Scope,
  type UnexplainedReason,
  type UnexplainedShare,
} from './types.js';

/** Per reading and measure, the flow reaching each node of the space, by position in `space.nodes`. */
export type Vectors = Record<Reading, Record<Measure, Float64Array>>;

/** Flows below this fraction of the target are float noise, not holdings. */
export const FLOW_EPSILON = 1e-12;
/** Most holders whose worst case is computed exactly; beyond, a safe upper bound is used. */
export const EXACT_CANDIDATES = 16;

/** What `computeFigures` returns: the figures, the vectors behind the holders table, the unexplained parts. */
export interface FigureSet {
  figures: OwnershipFigures;
  /** Known facts, no stopping: each node's share, directly and indirectly (an intermediate's counted once). */
  plain: Vectors;
  /** Stopping at the first non-EU entity reached: what each non-EU entity adds to the non-EU total. */
  counted: Vectors;
  /** The unexplained parts, as fractions (converted to percent by the caller). */
  unexplained: UnexplainedItem[];
  /** How each figure was computed, to compare it exactly at a threshold; null where a bound or a cycle stands in. */
  recipes: FigureRecipes;
}

/** A recipe per figure: scope, measure, known or at most, reading. */
export type FigureRecipes = Record<Scope, Record<Measure, Record<'known' | 'upTo', Record<Reading, Recipe | null>>>>;

/** An unexplained part, its amounts as fractions per reading and measure. */
export interface UnexplainedItem extends Omit<UnexplainedShare, 'name' | 'economic' | 'control' | 'collective'> {
  node: number;
  individual: Record<Reading, Record<Measure, number>>;
  collective: Record<Reading, Record<Measure, number>>;
}

const zeros = (): Record<Reading, Record<Measure, number>> => ({
  economic: { capital: 0, votingRights: 0 },
  control: { capital: 0, votingRights: 0 },
});

/**
 * Four propagations per reading and measure, each linear in the reachable part: `plain` (known facts: remainders
 * lost, undetermined controls lost), `counted` (non-EU entities stop the flow: the non-EU total counts each share
 * once), `collective` (non-EU and unexplained entities stop it: the most the non-EU total could be) and `individual`
 * (unexplained entities stop it: the most one non-EU holder could gain; then, for the largest non-EU holders, the
 * same with that holder stopping it too).
 */
export function computeFigures(ctx: OwnershipContext, target: number, space: Space): FigureSet {
  const { graph: g, control: c, routes } = ctx;
  const { nodes, index } = space;
  const k = nodes.length;
  const nonEu = new Uint8Array(k);
  const unexplained = { economic: new Uint8Array(k), control: new Uint8Array(k) };
  nodes.forEach((n, i) => {
    if (n === target) return;
    const j = g.jurisdiction[n]!.status;
    if (j === 'non-eu') nonEu[i] = 1;
    const open = j === 'unknown' || g.kind[n] === 'open';
    unexplained.economic[i] = open ? 1 : 0;
    unexplained.control[i] = open || (g.kind[n] === 'intermediate' && c.status[n] === 'undetermined') ? 1 : 0;
  });
  const override = (r: Reading) => (r === 'control' ? { override: { node: target, route: routes.economic } } : {});
  let slack = 0;
  const vector = (f: Flow): { x: Float64Array; trapped: Set<number> } => {
    const x = new Float64Array(k);
    f.nodes.forEach((n, i) => (x[index[n]!] = f.flow[i]!));
    slack = Math.max(slack, f.slack);
    return { x, trapped: new Set(f.trapped.map((n) => index[n]!)) };
  };
  const run = (r: Reading, m: Measure, from: number, stops?: (i: number) => boolean) =>
    vector(
      propagate(routes[r], from, {
        measure: m,
        scratch: ctx.scratch.propagate,
        ...(stops ? { absorbing: (n: number) => stops(index[n]!) } : {}),
        ...override(r),
      }),
    );
  type Run = ReturnType<typeof run>;
  const flows = (
    stopsOf: (r: Reading) => ((i: number) => boolean) | undefined,
  ): Record<Reading, Record<Measure, Run>> => {
    const out = {} as Record<Reading, Record<Measure, Run>>;
    for (const r of READINGS) {
      const capital = run(r, 'capital', target, stopsOf(r));
      // Where every link weighs the same in capital and in votes, the votes flow as the capital does (a copy: the
      // plain vectors are corrected in place below).
      const votingRights = ctx.sameMeasures
        ? { x: Float64Array.from(capital.x), trapped: capital.trapped }
        : run(r, 'votingRights', target, stopsOf(r));
      out[r] = { capital, votingRights };
    }
    return out;
  };
  const plain = flows(() => undefined);
  // An intermediate on a cycle receives its own stake back: its share is what first reaches it, x / (flow it
  // gets back from one unit of its own), so that the walks through it are not counted once per turn.
  nodes.forEach((n, i) => {
    if (n === target || !ctx.onCycle[n] || g.kind[n] !== 'intermediate' || g.jurisdiction[n]!.status === 'eu') return;
    for (const r of READINGS)
      for (const m of MEASURES) {
        const x = plain[r][m].x;
        if (!(x[i]! > FLOW_EPSILON)) continue;
        const self = run(r, m, n).x[i]!;
        if (self > 1) x[i] = x[i]! / self;
      }
  });
  const counted = flows(() => (i) => nonEu[i] === 1);
  const collectiveStops = (r: Reading) => (i: number) => nonEu[i] === 1 || unexplained[r][i] === 1;
  const collective = flows(collectiveStops);
  const individual = flows((r) => (i) => unexplained[r][i] === 1);

  // Entities whose share is explained: terminal holders placed inside or outside the EU (for the single holder),
  // and those placed inside the EU or a public float (for the total).
  const placed = (i: number) =>
    nodes[i] !== target && g.kind[nodes[i]!] === 'terminal' && g.jurisdiction[nodes[i]!]!.status !== 'unknown';
  const placedInside = (i: number) => placed(i) && nonEu[i] === 0;
  const sumWhere = (x: Float64Array, keep: (i: number) => boolean) => {
    let s = 0;
    for (let i = 0; i < k; i++) if (x[i]! > 0 && keep(i)) s += x[i]!;
    return s;
  };

  const figure = (): Figure => ({
    known: { economic: 0, control: 0 },
    upTo: { economic: 0, control: 0 },
    holder: { economic: null, control: null },
  });
  const figures: OwnershipFigures = {
    individual: { capital: figure(), votingRights: figure() },
    collective: { capital: figure(), votingRights: figure() },
  };
  const noRecipes = () => ({ known: { economic: null, control: null }, upTo: { economic: null, control: null } });
  const recipes: FigureRecipes = {
    individual: { capital: noRecipes(), votingRights: noRecipes() },
    collective: { capital: noRecipes(), votingRights: noRecipes() },
  };
  const where = (keep: (i: number) => boolean, sign: 1 | -1) => {
    const terms: Recipe['terms'] = [];
    for (let i = 0; i < k; i++) if (keep(i)) terms.push({ node: i, sign });
    return terms;
  };
  const one = (r: Reading, m: Measure): Recipe => ({
    reading: r,
    measure: m,
    run: 'none',
    stops: null,
    constant: 1,
    terms: [],
  });
  for (const r of READINGS)
    for (const m of MEASURES) {
      const ind = figures.individual[m];
      let best = -1;
      const x1 = plain[r][m].x;
      for (let i = 0; i < k; i++) if (nonEu[i] && x1[i]! > FLOW_EPSILON && (best < 0 || x1[i]! > x1[best]!)) best = i;
      ind.known[r] = best < 0 ? 0 : x1[best]!;
      ind.holder[r] = best < 0 ? null : g.ids[nodes[best]!]!;
      const knownRecipe: Recipe | null =
        best >= 0 && ctx.onCycle[nodes[best]!] && g.kind[nodes[best]!] === 'intermediate'
          ? null
          : {
              reading: r,
              measure: m,
              run: 'plain',
              stops: null,
              constant: 0,
              terms: best < 0 ? [] : [{ node: best, sign: 1 }],
            };
      recipes.individual[m].known[r] = knownRecipe;
      const most = singleHolderAtMost(r, m);
      // A cycle solved only from below leaves the known figures as lower bounds: the most adds what it still holds.
      const upTo = Math.max(ind.known[r], most.value) + slack;
      ind.upTo[r] = Math.min(1, upTo);
      recipes.individual[m].upTo[r] =
        slack > 0 ? null : upTo >= 1 ? one(r, m) : ind.known[r] >= most.value ? knownRecipe : most.recipe;

      const col = figures.collective[m];
      col.known[r] = sumWhere(counted[r][m].x, (i) => nonEu[i] === 1);
      const countedRecipe: Recipe = {
        reading: r,
        measure: m,
        run: 'counted',
        stops: (i) => nonEu[i] === 1,
        constant: 0,
        terms: where((i) => nonEu[i] === 1, 1),
      };
      recipes.collective[m].known[r] = countedRecipe;
      const open = 1 - sumWhere(collective[r][m].x, placedInside);
      const colUpTo = Math.max(col.known[r], open) + slack;
      col.upTo[r] = Math.min(1, colUpTo);
      recipes.collective[m].upTo[r] =
        slack > 0
          ? null
          : colUpTo >= 1
            ? one(r, m)
            : col.known[r] >= open
              ? countedRecipe
              : {
                  reading: r,
                  measure: m,
                  run: 'collective',
                  stops: collectiveStops(r),
                  constant: 1,
                  terms: where(placedInside, -1),
                };
    }

  const vectors = (f: Record<Reading, Record<Measure, Run>>): Vectors => ({
    economic: { capital: f.economic.capital.x, votingRights: f.economic.votingRights.x },
    control: { capital: f.control.capital.x, votingRights: f.control.votingRights.x },
  });
  return { figures, plain: vectors(plain), counted: vectors(counted), unexplained: unexplainedItems(), recipes };

  /** The most a single non-EU holder could hold: everything unexplained, plus the largest known non-EU share it could add. */
  function singleHolderAtMost(r: Reading, m: Measure): { value: number; recipe: Recipe } {
    const base = individual[r][m].x;
    const stops = (i: number) => unexplained[r][i] === 1;
    const zNew = 1 - sumWhere(base, placed);
    const unplaced = where(placed, -1);
    const candidates: number[] = [];
    for (let i = 0; i < k; i++) if (nonEu[i] && !unexplained[r][i] && base[i]! > FLOW_EPSILON) candidates.push(i);
    candidates.sort((a, b) => base[b]! - base[a]! || nodes[a]! - nodes[b]!);
    let best = zNew;
    let recipe: Recipe = { reading: r, measure: m, run: 'individual', stops, constant: 1, terms: unplaced };
    let exact = 0;
    for (const cand of candidates) {
      const bound = zNew + base[cand]!;
      if (bound <= best + FLOW_EPSILON) break;
      if (g.kind[nodes[cand]!] === 'terminal' || exact >= EXACT_CANDIDATES) {
        if (bound > best) {
          best = bound;
          recipe = {
            reading: r,
            measure: m,
            run: 'individual',
            stops,
            constant: 1,
            terms: [...unplaced, { node: cand, sign: 1 }],
          };
        }
        continue;
      }
      const alone = (i: number) => i === cand || unexplained[r][i] === 1;
      const x = run(r, m, target, alone).x;
      const value = 1 - sumWhere(x, (i) => i !== cand && placed(i));
      if (value > best) {
        best = value;
        recipe = {
          reading: r,
          measure: m,
          run: `alone:${cand}`,
          stops: alone,
          constant: 1,
          terms: where((i) => i !== cand && placed(i), -1),
        };
      }
      exact++;
    }
    return best >= 1 ? { value: 1, recipe: one(r, m) } : { value: best, recipe };
  }

  function unexplainedItems(): UnexplainedItem[] {
    const items = new Map<string, UnexplainedItem>();
    const add = (n: number, reason: UnexplainedReason, world: Scope, r: Reading, m: Measure, amount: number) => {
      if (!(amount > FLOW_EPSILON)) return;
      const key = `${n}:${reason}`;
      let item = items.get(key);
      if (!item) items.set(key, (item = describe(n, reason)));
      item[world][r][m] += amount;
    };
    for (const world of SCOPES)
      for (const r of READINGS)
        for (const m of MEASURES) {
          const stops = world === 'individual' ? (i: number) => unexplained[r][i] === 1 : collectiveStops(r);
          const { x, trapped } = (world === 'individual' ? individual : collective)[r][m];
          for (let i = 0; i < k; i++) {
            if (!(x[i]! > FLOW_EPSILON)) continue;
            const n = nodes[i]!;
            if (trapped.has(i)) add(n, 'control-undetermined', world, r, m, x[i]!);
            else if (n !== target && unexplained[r][i] && (world === 'individual' || !nonEu[i]))
              add(n, reasonOf(n), world, r, m, x[i]!);
            else if (n === target || (!stops(i) && g.kind[n] === 'intermediate')) {
              const route: Route = n === target ? routes.economic : routes[r];
              let passed = 0;
              for (let e = route.start[n]!; e < route.start[n + 1]!; e++) passed += route[m][e]!;
              add(
                n,
                g.holdings[n]!.length === 0 ? 'no-shareholders' : 'remainder',
                world,
                r,
                m,
                x[i]! * Math.max(0, 1 - passed),
              );
            }
          }
        }
    return [...items.values()].sort(
      (a, b) => a.node - b.node || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
    );
  }

  function reasonOf(n: number): UnexplainedReason {
    if (g.jurisdiction[n]!.status === 'unknown') return 'jurisdiction-unknown';
    if (g.kind[n] === 'open') return 'no-shareholders';
    return 'control-undetermined';
  }

  function describe(n: number, reason: UnexplainedReason): UnexplainedItem {
    const id = g.ids[n]!;
    const base = { node: n, entity: id, reason, individual: zeros(), collective: zeros() };
    if (reason === 'jurisdiction-unknown')
      return { ...base, pointer: pointer('entities', id), fields: g.jurisdiction[n]!.missing };
    if (reason === 'no-shareholders') return { ...base, pointer: pointer('entities', id) };
    if (reason === 'control-undetermined') return { ...base, pointer: pointer('entities', id, 'shareholders') };
    const missing: Partial<Record<Measure, number>> = {};
    const holdersWithout: Partial<Record<Measure, string[]>> = {};
    const undisclosed: NonNullable<UnexplainedShare['undisclosed']> = {};
    for (const m of MEASURES) {
      const rest = remainder(g, n, m);
      if (rest > 0) missing[m] = rest;
      const without = g.holdings[n]!.filter((h) => h[m] === null).map((h) => g.ids[h.holder]!);
      if (without.length > 0) holdersWithout[m] = without;
      const ranged = rangedHoldings(g, n, m);
      if (ranged.length > 0) undisclosed[m] = ranged;
    }
    return {
      ...base,
      pointer: pointer('entities', id, 'shareholders'),
      missing,
      ...(Object.keys(holdersWithout).length ? { holdersWithout } : {}),
      ...(Object.keys(undisclosed).length ? { undisclosed } : {}),
    };
  }
}
