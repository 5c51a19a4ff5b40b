// The reading of foreign control (19.6.b's thresholds) from the rules of the loaded packs, for 19.6.c and snc ownership.

import type { SpecialRightKind } from '../model/description.js';
import { VETO_RIGHTS, type ControlReading, type HoldingTest } from '../model/ownership/judge.js';
import { MEASURES, type Measure } from '../model/ownership/types.js';
import type { Rule } from './types.js';

/** The strictest of several tests: the lowest maximum, over every measure any of them reads. */
const strictest = (tests: HoldingTest[]): HoldingTest | undefined =>
  tests.length === 0
    ? undefined
    : {
        max: Math.min(...tests.map((t) => t.max)),
        measures: MEASURES.filter((m) => tests.some((t) => t.measures.includes(m))),
      };

/**
 * The control reading the given rules set: the strictest foreign-holding-max test of each scope, and every kind of
 * right their foreign-veto rules count as a veto; what they leave out comes from `fallback` (the rules of the
 * default profile), so a run with a profile that has no 19.6.b rule still reads 19.6.c as 19.6.b states it.
 */
export function controlReading(rules: readonly Rule[], fallback: () => readonly Rule[]): ControlReading {
  const from = (rs: readonly Rule[]) => {
    const tests = (scope: string) =>
      rs
        .filter((r) => r.check.fn === 'foreign-holding-max' && r.check.with.scope === scope)
        .map((r) => ({
          max: r.check.with.max as number,
          measures: (r.check.with.measures as Measure[] | undefined) ?? MEASURES,
        }));
    const vetoes = rs.filter((r) => r.check.fn === 'foreign-veto');
    return {
      individual: strictest(tests('individual')),
      collective: strictest(tests('collective')),
      vetoRights: vetoes.length
        ? [...new Set(vetoes.flatMap((r) => (r.check.with.rights as SpecialRightKind[] | undefined) ?? VETO_RIGHTS))]
        : undefined,
    };
  };
  const own = from(rules);
  const base =
    own.individual && own.collective && own.vetoRights ? own : { ...from(fallback()), ...stripUndefined(own) };
  if (!base.individual || !base.collective)
    throw new Error('the default profile has no foreign-holding-max rule of each scope');
  return { individual: base.individual, collective: base.collective, vetoRights: base.vetoRights ?? VETO_RIGHTS };
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
