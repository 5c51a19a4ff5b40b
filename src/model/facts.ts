// Facts derived from a validated description before any rule judges it: lookups, jurisdictions, ownership.

import type { Description, Entity, Site } from './description.js';
import { jurisdictionOf, type Jurisdiction } from './jurisdiction.js';
import { analyzeOwnership } from './ownership/analyze.js';
import { ownershipContext, type OwnershipContext } from './ownership/context.js';
import { buildGraph, type HoldingsGraph } from './ownership/graph.js';
import { foreignControlOf, type ControlReading, type ForeignControlVerdict } from './ownership/judge.js';
import { sharedForeignControl } from './ownership/shared.js';
import type { OwnershipReport } from './ownership/types.js';
import { regions, type Regions } from './regions.js';

export interface ForeignControl extends ForeignControlVerdict {
  status: 'yes' | 'no' | 'unknown';
  /** Entity ids outside the EU that make the status `yes` (the entity itself when its seats are outside). */
  holders: string[];
  /** What is missing when the status is `unknown`, as entity ids or `entity/field`. */
  missing: string[];
}

/** What checks read besides the description itself; computed once per description, lazily. */
export interface Facts {
  regions: Regions;
  date: string;
  entity(id: string): Entity | undefined;
  site(id: string): Site | undefined;
  /** Index of a site in `sites`, for JSON pointers. */
  siteIndex(id: string): number;
  jurisdiction(entityId: string): Jurisdiction;
  /**
   * Whether an entity is seated, owned or controlled outside the EU (19.6.c, reading 19.6.b's thresholds):
   * `yes` with the holders that make it so, `no`, or `unknown` with the facts that are missing.
   */
  foreignControl(entityId: string): ForeignControl;
  /** The thresholds foreign control is read with, from the loaded packs. */
  reading: ControlReading;
  /** The ownership analysis of an entity (19.6.b): holders in both readings, paths, figures, unexplained parts. */
  ownership(entityId: string): OwnershipReport;
}

/**
 * Build the facts of a description for an evaluation date (YYYY-MM-DD), reading foreign control as the loaded rule
 * packs set it (their 19.6.b thresholds). The holdings graph is the one validation built for this very description;
 * without it, it is built when an analysis first needs it.
 */
export function deriveFacts(
  description: Description,
  date: string,
  reading: ControlReading,
  holdings?: HoldingsGraph,
): Facts {
  const reg = regions();
  const sites = new Map<string, number>();
  (description.sites ?? []).forEach((s, i) => sites.set(s.id, i));
  const jurisdictions = new Map<string, Jurisdiction>();
  const entities = description.entities;
  const entity = (id: string): Entity | undefined =>
    Object.prototype.hasOwnProperty.call(entities, id) ? entities[id] : undefined;
  const jurisdiction = (id: string): Jurisdiction => {
    let j = jurisdictions.get(id);
    if (!j) {
      const e = entity(id);
      j = e ? jurisdictionOf(e, reg, date) : { status: 'unknown', outside: [], missing: ['entity'] };
      jurisdictions.set(id, j);
    }
    return j;
  };
  let context: OwnershipContext | undefined;
  const placed = () => ownershipContext(holdings ?? buildGraph(description), jurisdiction);
  const full = new Map<string, OwnershipReport>();
  const light = new Map<string, OwnershipReport>();
  /** One analysis per entity; foreignControl needs the figures, not the paths, so many subcontractors stay cheap. */
  const analyse = (id: string, withPaths: boolean): OwnershipReport => {
    let a = full.get(id) ?? (withPaths ? undefined : light.get(id));
    if (!a) {
      context ??= placed();
      a = analyzeOwnership(context, id, withPaths);
      (withPaths ? full : light).set(id, a);
    }
    return a;
  };
  const ownership = (id: string) => analyse(id, true);
  const figures = (id: string) => analyse(id, false);
  const controls = new Map<string, ForeignControl>();
  // Seated outside the EU; or owned or controlled from there by 19.6.b's tests at the loaded packs' thresholds (a
  // non-EU holder above the single bar, non-EU holders together above the collective one, a non-EU veto or board
  // majority). A person, a State, or a fund with no shareholders
  // listed is placed by its own fields.
  const own = (id: string): ForeignControl => {
    const j = jurisdiction(id);
    const e = entity(id);
    if (j.status === 'non-eu') return { status: 'yes', holders: [id], missing: [] };
    if (!e) return { status: 'unknown', holders: [], missing: [id] };
    const missing = j.missing.map((f) => `${id}/${f}`);
    const looked = e.type === 'company' || (e.type === 'fund' && (e.shareholders?.length ?? 0) > 0);
    // From the analysis shared by every entity of the description where it decides, else from the entity's own.
    const shared = () => sharedForeignControl((context ??= placed()), context.graph.index.get(id)!, reading);
    const held = looked
      ? (shared() ?? foreignControlOf(figures(id), reading))
      : { status: 'no' as const, holders: [], missing: [] };
    if (held.status === 'yes') return held;
    if (held.status === 'unknown' || missing.length > 0)
      return { ...held, status: 'unknown', holders: [], missing: [...missing, ...held.missing] };
    return { status: 'no', holders: [], missing: [] };
  };
  /**
   * The one holder of an entity placed in the EU that holds all its capital and votes, with no special rights over
   * it: the entity is then held and controlled exactly as that holder is, so it shares the holder's answer (many
   * subcontractors of one group share one analysis, not one walk of the group each).
   */
  const whollyOwnedBy = (id: string): string | null => {
    const e = entity(id);
    const j = jurisdiction(id);
    if (!e || j.status !== 'eu' || j.missing.length > 0 || (e.specialRights?.length ?? 0) > 0) return null;
    if (e.type !== 'company' && e.type !== 'fund') return null;
    const [only, ...others] = e.shareholders ?? [];
    return only &&
      others.length === 0 &&
      only.capital === 100 &&
      only.votingRights === 100 &&
      only.holder !== id &&
      entity(only.holder)
      ? only.holder
      : null;
  };
  const foreignControl = (id: string): ForeignControl => {
    const chain: string[] = [];
    let top: string | null = id;
    let fc: ForeignControl | undefined;
    const seen = new Set<string>();
    while (top !== null && !(fc = controls.get(top)) && !seen.has(top)) {
      seen.add(top);
      chain.push(top);
      top = whollyOwnedBy(top);
    }
    // A wholly-owned cycle has no holder outside it: the description is refused before rules run.
    fc ??= own(chain[chain.length - 1]!);
    for (const c of chain) controls.set(c, fc);
    return fc;
  };
  return {
    regions: reg,
    date,
    entity,
    site: (id) => {
      const i = sites.get(id);
      return i === undefined ? undefined : description.sites![i];
    },
    siteIndex: (id) => sites.get(id) ?? -1,
    jurisdiction,
    foreignControl,
    reading,
    ownership,
  };
}
