// The foreign control of a third party read from the analysis shared by the whole description gives what the
// entity's own analysis gives, on generated groups without cycles: seats in and outside the EU or not given,
// capital and votes that differ, remainders, companies with no shareholders listed, special rights, control.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Description, Entity, SpecialRightKind } from '../../../src/model/description.js';
import { jurisdictionOf } from '../../../src/model/jurisdiction.js';
import { analyzeOwnership } from '../../../src/model/ownership/analyze.js';
import { ownershipContext } from '../../../src/model/ownership/context.js';
import { buildGraph } from '../../../src/model/ownership/graph.js';
import { foreignControlOf } from '../../../src/model/ownership/judge.js';
import { sharedForeignControl } from '../../../src/model/ownership/shared.js';
import { regions } from '../../../src/model/regions.js';
import { DATE } from './group.js';
import { BUILTIN_READING } from './reading.js';

const SEATS = ['FR', 'DE', 'IT', 'FR', 'US', 'CN', null] as const;
const RIGHTS: SpecialRightKind[] = ['veto', 'golden-share', 'board-majority'];

/** Company i is held only by companies above it (j > i) and by persons: no cycle. */
const groups = fc.record({
  persons: fc.array(fc.constantFrom(...SEATS), { minLength: 1, maxLength: 4 }),
  companies: fc.array(
    fc.record({
      seat: fc.constantFrom(...SEATS),
      open: fc.integer({ min: 0, max: 9 }),
      holders: fc.array(
        fc.record({
          company: fc.boolean(),
          index: fc.nat(),
          capital: fc.constantFrom(5, 10, 20, 24, 30, 39, 40, 50, 60, 100),
          votes: fc.option(fc.constantFrom(5, 10, 20, 30, 40, 45, 50, 60, 100), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      right: fc.option(fc.record({ kind: fc.constantFrom(...RIGHTS), company: fc.boolean(), index: fc.nat() }), {
        nil: undefined,
      }),
    }),
    { minLength: 2, maxLength: 9 },
  ),
});

type Spec = typeof groups extends fc.Arbitrary<infer T> ? T : never;

function describe_(spec: Spec): Description {
  const entities: Record<string, Entity> = {};
  const seat = (c: string | null) =>
    c === null ? {} : { registeredOffice: c, centralAdministration: c, principalEstablishment: c };
  spec.persons.forEach(
    (c, i) => (entities[`person${i}`] = { type: 'person', ...(c === null ? {} : { nationality: c, residence: c }) }),
  );
  const n = spec.companies.length;
  const holderOf = (i: number, h: { company: boolean; index: number }) => {
    const above = n - 1 - i;
    return h.company && above > 0 ? `c${i + 1 + (h.index % above)}` : `person${h.index % spec.persons.length}`;
  };
  spec.companies.forEach((c, i) => {
    const e: Entity = { type: 'company', name: `C${i}`, ...seat(c.seat), specialRights: [] };
    if (c.open > 0 || i === 0) {
      // Holdings scaled to at most 100% in each measure.
      const merged = new Map<string, { capital: number; votes: number | undefined }>();
      for (const h of c.holders) {
        const id = holderOf(i, h);
        const prev = merged.get(id);
        merged.set(id, {
          capital: (prev?.capital ?? 0) + h.capital,
          votes: h.votes === undefined ? prev?.votes : (prev?.votes ?? 0) + h.votes,
        });
      }
      const totalC = [...merged.values()].reduce((s, v) => s + v.capital, 0);
      const totalV = [...merged.values()].reduce((s, v) => s + (v.votes ?? 0), 0);
      const scale = (x: number, total: number) => (total > 100 ? Math.floor((x * 100) / total) : x);
      e.shareholders = [...merged].map(([holder, v]) => ({
        holder,
        capital: scale(v.capital, totalC),
        ...(v.votes === undefined ? {} : { votingRights: scale(v.votes, totalV) }),
      }));
    }
    if (c.right) e.specialRights = [{ holder: holderOf(i, c.right), right: c.right.kind }];
    entities[`c${i}`] = e;
  });
  return { snc: 1, name: 'generated', provider: `c${n - 1}`, offer: { name: 'o' }, entities };
}

describe('foreign control from the shared analysis', () => {
  it('is what each entity’s own analysis gives, wherever the shared reading decides', () => {
    let decided = 0;
    fc.assert(
      fc.property(groups, (spec) => {
        const d = describe_(spec);
        const reg = regions();
        const jurisdiction = (id: string) => jurisdictionOf(d.entities[id]!, reg, DATE);
        const ctx = ownershipContext(buildGraph(d), jurisdiction);
        for (const id of Object.keys(d.entities)) {
          if (!id.startsWith('c')) continue;
          const n = ctx.graph.index.get(id)!;
          const fast = sharedForeignControl(ctx, n, BUILTIN_READING);
          if (fast === null) continue;
          decided++;
          expect(fast).toEqual(foreignControlOf(analyzeOwnership(ctx, id, false), BUILTIN_READING));
        }
      }),
      { numRuns: 400 },
    );
    expect(decided).toBeGreaterThan(800);
  });
});
