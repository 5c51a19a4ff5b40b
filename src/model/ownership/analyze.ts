// The ownership analysis of one entity (19.6.b): holders in both readings, their paths, figures, unexplained parts, rights.

import { entityName } from '../entity-name.js';
import { ALL_PLACING_FIELDS, countriesOf } from '../jurisdiction.js';
import type { OwnershipContext } from './context.js';
import { exactEvaluator, type Decimal, type Recipe } from './exact.js';
import { computeFigures, FLOW_EPSILON, type FigureRecipes, type Vectors } from './figures.js';
import { propagate } from './propagate.js';
import { routesAtMax, type Route } from './routes.js';
import { pathFinder } from './paths.js';
import { entityControl, specialRightsOver } from './rights.js';
import { reachSpace, type Space } from './space.js';
import {
  MEASURES,
  READINGS,
  type EntityControl,
  type EntityLabel,
  type Measure,
  type OwnershipFigures,
  type OwnershipHolder,
  type OwnershipPath,
  type OwnershipReport,
  type Reading,
  type ReadingShares,
  type Shares,
} from './types.js';

/** A fraction as a percentage rounded to 1e-6 points: what reports show and rules judge. */
export const toPercent = (fraction: number): number => Math.round(fraction * 1e8) / 1e6 + 0;

const sharesOf = (v: Vectors, r: Reading, i: number): Shares => ({
  capital: toPercent(v[r].capital[i]!),
  votingRights: toPercent(v[r].votingRights[i]!),
});
const readingShares = (v: Vectors, i: number): ReadingShares => ({
  economic: sharesOf(v, 'economic', i),
  control: sharesOf(v, 'control', i),
});
const zero = (): Shares => ({ capital: 0, votingRights: 0 });
const largest = (s: ReadingShares) =>
  Math.max(s.economic.capital, s.economic.votingRights, s.control.capital, s.control.votingRights);

const NOT_APPLICABLE_CONTROL: EntityControl = {
  status: 'uncontrolled',
  controller: null,
  basis: null,
  votingRights: null,
  joint: [],
  through: [],
  openAt: null,
  outside: 'eu',
  via: null,
  missing: [],
};

/**
 * Analyse the ownership of the entity `id` (which must exist). Without `withPaths`, holders carry no paths (what
 * the tests of 19.6.b need, cheaper for the many subcontractors of a large group).
 */
export function analyzeOwnership(ctx: OwnershipContext, id: string, withPaths = true): OwnershipReport {
  const { graph: g } = ctx;
  const target = g.index.get(id)!;
  const entity = g.entities[target]!;
  const base = { entity: id, name: entityName(id, entity) };
  if (entity.type === 'person' || entity.type === 'state' || entity.type === 'public-float')
    return {
      ...base,
      entities: labels(ctx, [id]),
      applicable: false,
      holders: [],
      explained: { economic: zero(), control: zero() },
      figures: {
        individual: { capital: noFigure(), votingRights: noFigure() },
        collective: { capital: noFigure(), votingRights: noFigure() },
      },
      unexplained: [],
      control: { ...NOT_APPLICABLE_CONTROL, through: [id] },
      specialRights: [],
      specialRightsNotGiven: [],
    };

  const space = reachSpace(ctx, target);
  try {
    return analyzeReachable(ctx, id, target, space, withPaths);
  } finally {
    space.release();
  }
}

function analyzeReachable(
  ctx: OwnershipContext,
  id: string,
  target: number,
  space: Space,
  withPaths: boolean,
): OwnershipReport {
  const { graph: g } = ctx;
  const base = { entity: id, name: entityName(id, g.entities[target]) };
  const { figures, plain, counted, unexplained, recipes } = computeFigures(ctx, target, space);
  const finders = withPaths
    ? { economic: pathFinder(ctx, target, 'economic'), control: pathFinder(ctx, target, 'control') }
    : null;

  const holders: OwnershipHolder[] = [];
  space.nodes.forEach((n, i) => {
    if (n === target) return;
    const j = g.jurisdiction[n]!;
    const ultimate = g.kind[n] !== 'intermediate';
    if (!ultimate && j.status !== 'non-eu' && j.status !== 'unknown') return;
    if (!READINGS.some((r) => MEASURES.some((m) => plain[r][m][i]! > FLOW_EPSILON))) return;
    const label = labelOf(ctx, n);
    const holder: OwnershipHolder = {
      id: g.ids[n]!,
      name: label.name,
      type: label.type,
      jurisdiction: label.jurisdiction,
      countries: label.countries,
      missingFields: j.missing,
      ultimate,
      ...readingShares(plain, i),
      paths: [],
    };
    if (j.status === 'non-eu') holder.counted = readingShares(counted, i);
    holders.push(holder);
  });
  withUndisclosed(ctx, target, space, plain, holders, figures);
  holders.sort((a, b) => largest(b) - largest(a) || g.index.get(a.id)! - g.index.get(b.id)!);
  // Paths most significant holder first: the search budget of an analysis goes to the shares that matter most.
  if (finders)
    for (const holder of holders) {
      if (holder.jurisdiction !== 'non-eu') continue;
      const n = g.index.get(holder.id)!;
      const paths: OwnershipPath[] = finders.economic(n);
      const differs = MEASURES.some((m) => holder.control[m] !== holder.economic[m]);
      if (differs) paths.push(...finders.control(n));
      holder.paths = paths;
      holder.otherPaths = {
        economic: rest(holder.economic, paths, 'economic'),
        control: rest(holder.control, paths, differs ? 'control' : 'economic'),
      };
    }

  const explained = { economic: zero(), control: zero() };
  for (const r of READINGS)
    for (const m of MEASURES) {
      let s = 0;
      space.nodes.forEach((n, i) => {
        if (n !== target && g.kind[n] !== 'intermediate') s += plain[r][m][i]!;
      });
      explained[r][m] = toPercent(s);
    }

  const asPercent = (v: Record<Reading, Record<'capital' | 'votingRights', number>>): ReadingShares => ({
    economic: { capital: toPercent(v.economic.capital), votingRights: toPercent(v.economic.votingRights) },
    control: { capital: toPercent(v.control.capital), votingRights: toPercent(v.control.votingRights) },
  });
  const rights = specialRightsOver(ctx, target);
  const control = entityControl(ctx, target);
  const mentioned = new Set<string>([id]);
  for (const h of holders) {
    mentioned.add(h.id);
    for (const p of h.paths) for (const s of p.steps) mentioned.add(s.holder).add(s.held);
  }
  for (const u of unexplained) mentioned.add(u.entity);
  for (const r of rights.rights) for (const e of [r.on, r.holder, r.via]) if (e) mentioned.add(e);
  for (const e of [
    control.controller,
    control.via,
    control.openAt,
    ...control.through,
    ...control.joint,
    ...rights.notGiven,
  ])
    if (e) mentioned.add(e);
  const report: OwnershipReport = {
    ...base,
    entities: labels(ctx, mentioned),
    applicable: true,
    holders,
    explained,
    figures: {
      individual: Object.fromEntries(
        MEASURES.map((m) => [m, percentFigure(figures.individual[m])]),
      ) as OwnershipReport['figures']['individual'],
      collective: Object.fromEntries(
        MEASURES.map((m) => [m, percentFigure(figures.collective[m])]),
      ) as OwnershipReport['figures']['collective'],
    },
    unexplained: unexplained.map(({ node, individual, collective, missing, ...item }) => ({
      ...item,
      name: entityName(g.ids[node]!, g.entities[node]),
      ...(missing ? { missing: Object.fromEntries(Object.entries(missing).map(([m, v]) => [m, toPercent(v)])) } : {}),
      ...asPercent(individual),
      collective: asPercent(collective),
    })),
    control,
    specialRights: rights.rights,
    specialRightsNotGiven: rights.notGiven,
  };
  precise.set(report, { figures, recipes, evaluate: exactEvaluator(ctx, target, space.nodes) });
  return report;
}

/** The routes with every range at its maximum, built once per description that has ranges. */
const atMax = new WeakMap<OwnershipContext, Record<Reading, Route>>();

/**
 * Holders whose share a range or an undisclosed stake could raise, each with `upTo`: its share if every such stake
 * on its paths (held by it, or by an entity it holds through) were at its maximum, an undisclosed one at what the
 * other holders leave of 100%; a holder outside the EU never above the verdict's upper bound. A holder listed
 * with such a stake is in `holders` whatever its minimum (a listed holder is never left out), and so is one that
 * holds through it.
 */
function withUndisclosed(
  ctx: OwnershipContext,
  target: number,
  space: Space,
  plain: Vectors,
  holders: OwnershipHolder[],
  figures: OwnershipFigures,
): void {
  const { graph: g } = ctx;
  // The holders of stakes given as a range or undisclosed within reach, and of the undisclosed ones.
  const ranged = new Set<number>();
  const undisclosed = new Set<number>();
  for (const n of space.nodes)
    for (const h of g.holdings[n]!) {
      if (!h.range) continue;
      ranged.add(h.holder);
      if (MEASURES.some((m) => h.range![m]?.max === null)) undisclosed.add(h.holder);
    }
  if (ranged.size === 0) return;
  let routes = atMax.get(ctx);
  if (!routes) atMax.set(ctx, (routes = routesAtMax(g, ctx.routes.control, ctx.control)));
  const upper = new Map<number, Record<Reading, Record<Measure, number>>>();
  for (const r of READINGS)
    for (const m of MEASURES) {
      const f = propagate(routes[r], target, {
        measure: m,
        scratch: ctx.scratch.propagate,
        ...(r === 'control' ? { override: { node: target, route: routes.economic } } : {}),
      });
      f.nodes.forEach((n, i) => {
        if (n === target || !(f.flow[i]! > FLOW_EPSILON)) return;
        let u = upper.get(n);
        if (!u)
          upper.set(n, (u = { economic: { capital: 0, votingRights: 0 }, control: { capital: 0, votingRights: 0 } }));
        u[r][m] = f.flow[i]!;
      });
    }
  // Who holds through an undisclosed stake: its holder and everything above it.
  const aboveUndisclosed = new Set<number>(undisclosed);
  const queue = [...undisclosed];
  for (let q = 0; q < queue.length; q++)
    for (const route of [routes.economic, routes.control])
      for (let e = route.start[queue[q]!]!; e < route.start[queue[q]! + 1]!; e++) {
        const v = route.to[e]!;
        if (aboveUndisclosed.has(v)) continue;
        aboveUndisclosed.add(v);
        queue.push(v);
      }
  for (const [n, up] of upper) {
    const id = g.ids[n]!;
    let holder = holders.find((x) => x.id === id);
    const raises = READINGS.some((r) => MEASURES.some((m) => toPercent(up[r][m]) > (holder ? holder[r][m] : 0)));
    if (!holder && !ranged.has(n) && !(raises && (g.kind[n] !== 'intermediate' || g.jurisdiction[n]!.status !== 'eu')))
      continue;
    if (holder && !ranged.has(n) && !raises) continue;
    if (!holder) {
      const label = labelOf(ctx, n);
      const i = space.index[n]!;
      holder = {
        id,
        name: label.name,
        type: label.type,
        jurisdiction: label.jurisdiction,
        countries: label.countries,
        missingFields: g.jurisdiction[n]!.missing,
        ultimate: g.kind[n] !== 'intermediate',
        ...(i >= 0 ? readingShares(plain, i) : { economic: zero(), control: zero() }),
        paths: [],
      };
      holders.push(holder);
    }
    const h = holder;
    const bound = (r: Reading, m: Measure) => {
      const x = Math.max(h[r][m], Math.min(100, toPercent(up[r][m])));
      return h.jurisdiction === 'non-eu' ? Math.min(x, Math.max(h[r][m], figures.individual[m].upTo[r] * 100)) : x;
    };
    const shares = (r: Reading): Shares => ({
      capital: toPercent(bound(r, 'capital') / 100),
      votingRights: toPercent(bound(r, 'votingRights') / 100),
    });
    h.upTo = { economic: shares('economic'), control: shares('control') };
    if (aboveUndisclosed.has(n)) h.undisclosed = true;
  }
}

/**
 * What a report's rounded figures leave out, for the threshold tests: the figures as computed (fractions), and how
 * to compute each exactly. Kept beside the report, not in it: reports stay plain JSON.
 */
export interface PreciseFigures {
  figures: OwnershipFigures;
  recipes: FigureRecipes;
  evaluate: (recipe: Recipe) => Decimal | null;
}
const precise = new WeakMap<OwnershipReport, PreciseFigures>();

/** `copy`, a report made from `report` with the same figures, judged as precisely as it. */
export function carryPrecise<T extends OwnershipReport>(report: OwnershipReport, copy: T): T {
  const p = precise.get(report);
  if (p) precise.set(copy, p);
  return copy;
}

/** `report`, judged on the given precise figures. */
export function withPrecise<T extends OwnershipReport>(report: T, p: PreciseFigures): T {
  precise.set(report, p);
  return report;
}

/** The precise figures of a report made by analyzeOwnership (undefined for one read back from JSON). */
export const preciseFigures = (report: OwnershipReport): PreciseFigures | undefined => precise.get(report);

const noFigure = () => ({
  known: { economic: 0, control: 0 },
  upTo: { economic: 0, control: 0 },
  holder: { economic: null, control: null },
});

/** Labels of the given entities, in document order. */
function labels(ctx: OwnershipContext, ids: Iterable<string>): Record<string, EntityLabel> {
  const { graph: g } = ctx;
  const nodes = [...ids].map((id) => g.index.get(id)!).sort((a, b) => a - b);
  return Object.fromEntries(nodes.map((n) => [g.ids[n]!, labelOf(ctx, n)]));
}

function labelOf(ctx: OwnershipContext, n: number): EntityLabel {
  const { graph: g } = ctx;
  const e = g.entities[n]!;
  const j = g.jurisdiction[n]!;
  const countries =
    j.status === 'non-eu' ? j.outside.map((o) => o.country) : ALL_PLACING_FIELDS.flatMap((f) => countriesOf(e, f));
  return { name: entityName(g.ids[n]!, e), type: e.type, jurisdiction: j.status, countries: [...new Set(countries)] };
}

/** The part of a share that the listed paths of a reading do not show. */
function rest(share: Shares, paths: OwnershipPath[], reading: Reading): Shares {
  const listed = paths.filter((p) => p.reading === reading);
  const left = (m: 'capital' | 'votingRights') =>
    Math.max(0, toPercent(share[m] / 100 - listed.reduce((s, p) => s + p[m] / 100, 0)));
  return { capital: left('capital'), votingRights: left('votingRights') };
}

function percentFigure(
  f: OwnershipReport['figures']['individual']['capital'],
): OwnershipReport['figures']['individual']['capital'] {
  return {
    known: { economic: toPercent(f.known.economic), control: toPercent(f.known.control) },
    upTo: { economic: toPercent(f.upTo.economic), control: toPercent(f.upTo.control) },
    holder: f.holder,
  };
}
