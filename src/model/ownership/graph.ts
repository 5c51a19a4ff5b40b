// The ownership graph of a description: entities as numbered nodes, each with its listed holdings as fractions.

import { stakeMin, stakeRange, type Description, type Entity } from '../description.js';
import type { Jurisdiction } from '../jurisdiction.js';
import type { Measure } from './types.js';

/** One listed holding of a node: who holds it and how much, as fractions of 1 (null: measure not given). */
export interface Holding {
  holder: number;
  capital: number | null;
  votingRights: number | null;
  /** Index in the entity's `shareholders` list, for JSON pointers. */
  index: number;
  /**
   * A measure stated as a range or undisclosed (percent; max null: undisclosed): the analysis reads its minimum,
   * the rest falls in the entity's unexplained remainder.
   */
  range?: Partial<Record<Measure, { min: number; max: number | null }>>;
}

/**
 * How the analysis treats a node. `intermediate`: a company or fund with shareholders listed, looked through.
 * `terminal`: a person, a State, a public float, or a fund with no shareholders listed — an ultimate holder whose
 * ownership is explained (by its own jurisdiction). `open`: a company with no shareholders listed — an ultimate
 * holder whose own owners are unknown, so its stake is unexplained.
 */
export type NodeKind = 'intermediate' | 'terminal' | 'open';

/**
 * Entities by index (document order), with their holdings, kinds and listed totals: what the description states,
 * built once per description (validation reads it for cycles, the analysis places it).
 */
export interface HoldingsGraph {
  size: number;
  ids: string[];
  index: Map<string, number>;
  entities: Entity[];
  kind: NodeKind[];
  holdings: Holding[][];
  /** Sum of the listed holdings per measure, as a fraction. */
  listed: Record<Measure, Float64Array>;
  /** Per node, the holders of a `board-majority` special right over it. */
  boardHolders: number[][];
}

/** The holdings graph with each node's jurisdiction at the evaluation date: what the ownership analysis reads. */
export interface OwnershipGraph extends HoldingsGraph {
  jurisdiction: Jurisdiction[];
}

/** Tolerance on sums of fractions: 1e-11, i.e. 1e-9 percentage points, as the schema's sum check. */
export const SUM_EPSILON = 1e-11;

const kindOf = (e: Entity): NodeKind => {
  if (e.type === 'person' || e.type === 'state' || e.type === 'public-float') return 'terminal';
  if (e.shareholders && e.shareholders.length > 0) return 'intermediate';
  return e.type === 'fund' ? 'terminal' : 'open';
};

/** Build the graph of a validated description (every holder id exists). */
export function buildGraph(description: Description): HoldingsGraph {
  const ids = Object.keys(description.entities);
  const index = new Map(ids.map((id, i) => [id, i]));
  const entities = ids.map((id) => description.entities[id]!);
  const size = ids.length;
  const listed = { capital: new Float64Array(size), votingRights: new Float64Array(size) };
  const kind = entities.map(kindOf);
  const holdings = entities.map((e, n): Holding[] => {
    if (kind[n] !== 'intermediate') return [];
    return e.shareholders!.map((s, i) => {
      const capital = stakeMin(s.capital);
      const votingRights = stakeMin(s.votingRights);
      const h: Holding = {
        holder: index.get(s.holder)!,
        capital: capital === undefined ? null : capital / 100,
        votingRights: votingRights === undefined ? null : votingRights / 100,
        index: i,
      };
      const range = { capital: stakeRange(s.capital), votingRights: stakeRange(s.votingRights) };
      if (range.capital || range.votingRights)
        h.range = {
          ...(range.capital ? { capital: range.capital } : {}),
          ...(range.votingRights ? { votingRights: range.votingRights } : {}),
        };
      listed.capital[n]! += h.capital ?? 0;
      listed.votingRights[n]! += h.votingRights ?? 0;
      return h;
    });
  });
  const boardHolders = entities.map((e) =>
    (e.specialRights ?? []).filter((r) => r.right === 'board-majority').map((r) => index.get(r.holder)!),
  );
  return { size, ids, index, entities, kind, holdings, listed, boardHolders };
}

/** The graph with its nodes placed: each entity's jurisdiction, in node order. */
export const placeGraph = (g: HoldingsGraph, jurisdiction: (id: string) => Jurisdiction): OwnershipGraph => ({
  ...g,
  jurisdiction: g.ids.map(jurisdiction),
});

/** The part of a node's capital or votes that its listed holdings leave unaccounted for, as a fraction (≥ 0). */
export function remainder(g: HoldingsGraph, node: number, measure: Measure): number {
  const r = 1 - g.listed[measure][node]!;
  return r > SUM_EPSILON ? r : 0;
}

/** The holders of a node listed with a range or an undisclosed stake in a measure, with its bounds in percent. */
export const rangedHoldings = (
  g: OwnershipGraph,
  node: number,
  measure: Measure,
): { holder: string; min: number; max: number | null }[] =>
  g.holdings[node]!.filter((h) => h.range?.[measure]).map((h) => ({ holder: g.ids[h.holder]!, ...h.range![measure]! }));
