// Chains of control, whether an entity is controlled from outside the EU, and the special rights over an entity.

import { pointer } from '../../core/json-pointer.js';
import type { OwnershipContext } from './context.js';
import { decisiveHolder } from './control.js';
import type { EntityControl, OutsideStatus, SpecialRightRecord } from './types.js';

/** Whether an entity is outside the EU or controlled from there, with the non-EU entity or the missing facts. */
export interface Outside {
  outside: OutsideStatus;
  via: string | null;
  missing: string[];
}

/**
 * The entity and those through which its controller controls it, the controller last. At each level the path
 * goes through the holder of the controller's group whose own stake decides control (a board-majority right, a
 * majority of the votes, or more than 40% with no holder above it); when only their stakes together decide, through
 * each of them.
 */
export function controlChain(ctx: OwnershipContext, n: number): number[] {
  const { graph: g, control: c } = ctx;
  if (c.status[n] !== 'controlled') return [n];
  const t = c.controller[n]!;
  const inGroup = (u: number) => u === t || (c.status[u] === 'controlled' && c.controller[u] === t);
  const chain = [n];
  const seen = new Set(chain);
  for (let i = 0; i < chain.length; i++) {
    const v = chain[i]!;
    if (v === t) continue;
    const decisive = decisiveHolder(g, v, inGroup);
    const group = [
      ...new Set([...g.boardHolders[v]!, ...g.holdings[v]!.filter((h) => h.votingRights).map((h) => h.holder)]),
    ].filter(inGroup);
    for (const u of decisive === undefined ? group : [decisive])
      if (!seen.has(u)) {
        seen.add(u);
        chain.push(u);
      }
  }
  return chain;
}

/**
 * Is entity n outside the EU or controlled (L.233-3) from there? `non-eu` when it or an entity of its chain of
 * control is; `unknown` when one of them is not placed, or its top controller's own control is not known (a company
 * with no shareholders listed, or undetermined votes); else `eu`. With `skipSelf`, n's own seats are not read
 * (the provider's are 19.6.a's business).
 */
export function outsideStatus(ctx: OwnershipContext, n: number, skipSelf = false): Outside {
  const { graph: g, control: c } = ctx;
  const chain = controlChain(ctx, n).filter((m) => !(skipSelf && m === n));
  for (const m of chain)
    if (g.jurisdiction[m]!.status === 'non-eu') return { outside: 'non-eu', via: g.ids[m]!, missing: [] };
  const missing: string[] = [];
  for (const m of chain) for (const f of g.jurisdiction[m]!.missing) missing.push(`${g.ids[m]}/${f}`);
  const top = c.top[n]!;
  if (g.kind[top] === 'open' || (g.kind[top] === 'intermediate' && c.status[top] === 'undetermined'))
    missing.push(`${g.ids[top]}/shareholders`);
  return missing.length > 0 ? { outside: 'unknown', via: null, missing } : { outside: 'eu', via: null, missing: [] };
}

/** Who controls the target, through which entities, and whether that puts it under control from outside the EU. */
export function entityControl(ctx: OwnershipContext, target: number): EntityControl {
  const { graph: g, control: c } = ctx;
  const status =
    g.kind[target] === 'intermediate' ? c.status[target]! : g.kind[target] === 'open' ? 'undetermined' : 'uncontrolled';
  const chain = controlChain(ctx, target);
  const controlled = status === 'controlled';
  const o = outsideStatus(ctx, target, true);
  const top = c.top[target]!;
  const open = g.kind[top] === 'open' || (g.kind[top] === 'intermediate' && c.status[top] === 'undetermined');
  return {
    status,
    controller: controlled ? g.ids[c.controller[target]!]! : null,
    basis: controlled ? c.basis[target]! : null,
    votingRights: controlled ? Math.round(c.votes[target]! * 1e8) / 1e6 : null,
    joint: (c.joint[target] ?? []).map((m) => g.ids[m]!),
    through: chain.map((m) => g.ids[m]!),
    openAt: open ? g.ids[top]! : null,
    ...o,
  };
}

/** The special rights over the target and the entities of its chain of control, and those whose rights are not given. */
export function specialRightsOver(
  ctx: OwnershipContext,
  target: number,
): { rights: SpecialRightRecord[]; notGiven: string[] } {
  const { graph: g } = ctx;
  const rights: SpecialRightRecord[] = [];
  const notGiven: string[] = [];
  for (const m of controlChain(ctx, target)) {
    const e = g.entities[m]!;
    if (e.type !== 'company' && e.type !== 'fund') continue;
    if (e.specialRights === undefined) {
      notGiven.push(g.ids[m]!);
      continue;
    }
    rights.push(...rightRecords(ctx, m, (h) => outsideStatus(ctx, h)));
  }
  return { rights, notGiven };
}

/** The special rights listed on entity m, each with whether its holder is outside the EU (as `outsideOf` reads it). */
export function rightRecords(
  ctx: OwnershipContext,
  m: number,
  outsideOf: (holder: number) => Outside,
): SpecialRightRecord[] {
  const { graph: g } = ctx;
  return (g.entities[m]!.specialRights ?? []).map((r, i) => ({
    on: g.ids[m]!,
    holder: r.holder,
    right: r.right,
    ...(r.description !== undefined ? { description: r.description } : {}),
    pointer: pointer('entities', g.ids[m]!, 'specialRights', i),
    ...outsideOf(g.index.get(r.holder)!),
  }));
}
