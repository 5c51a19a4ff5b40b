// Property-based tests (fast-check) of the ownership analysis: conservation of shares, and monotony of the verdicts.
import { BUILTIN_READING } from './reading.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Description, Entity } from '../../../src/model/description.js';
import { deriveFacts } from '../../../src/model/facts.js';
import { judgeHolding } from '../../../src/model/ownership/judge.js';
import { MEASURES } from '../../../src/model/ownership/types.js';
import { DATE } from './group.js';

const COUNTRIES = ['FR', 'DE', 'IT', 'US', 'CN', 'GB'];
const EU = new Set(['FR', 'DE', 'IT']);

interface Spec {
  persons: string[];
  companies: { seat: string; holders: { to: number; capital: number; votes: number }[]; total: number }[];
}

/** Split `total` into integer-hundredth parts proportional to the weights (each at least 0.01). */
function split(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((w / sum) * total * 100)) / 100);
  const used = parts.slice(0, -1).reduce((a, b) => a + b, 0);
  parts[parts.length - 1] = Math.max(0.01, Math.round((total - used) * 100) / 100);
  return parts;
}

/**
 * Groups of 1–6 companies (company 0 is the provider) held by one another — cycles included — and by 1–5 persons.
 * Every company has at least one person among its holders, so no cycle is closed; its holdings add up to 100%
 * or to less (an unexplained remainder).
 */
const groups = fc
  .record({
    persons: fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 5 }),
    companies: fc.array(
      fc.record({
        seat: fc.constantFrom(...COUNTRIES),
        picks: fc.array(
          fc.record({
            company: fc.boolean(),
            index: fc.nat(),
            capital: fc.integer({ min: 1, max: 10 }),
            votes: fc.integer({ min: 1, max: 10 }),
          }),
          { minLength: 0, maxLength: 3 },
        ),
        person: fc.record({
          index: fc.nat(),
          capital: fc.integer({ min: 1, max: 10 }),
          votes: fc.integer({ min: 1, max: 10 }),
        }),
        total: fc.oneof(fc.constant(100), fc.integer({ min: 50, max: 100 })),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ persons, companies }): Spec => ({
    persons,
    companies: companies.map((c) => {
      const raw = new Map<number, { capital: number; votes: number }>();
      const add = (to: number, capital: number, votes: number) => {
        const prev = raw.get(to) ?? { capital: 0, votes: 0 };
        raw.set(to, { capital: prev.capital + capital, votes: prev.votes + votes });
      };
      add(-1 - (c.person.index % persons.length), c.person.capital, c.person.votes);
      for (const p of c.picks)
        add(p.company ? p.index % companies.length : -1 - (p.index % persons.length), p.capital, p.votes);
      const entries = [...raw.entries()];
      const capital = split(
        entries.map(([, v]) => v.capital),
        c.total,
      );
      const votes = split(
        entries.map(([, v]) => v.votes),
        c.total,
      );
      return {
        seat: c.seat,
        total: c.total,
        holders: entries.map(([to], i) => ({ to, capital: capital[i]!, votes: votes[i]! })),
      };
    }),
  }));

const idOf = (to: number) => (to < 0 ? `person${-1 - to}` : `c${to}`);

function describe_(spec: Spec): Description {
  const entities: Record<string, Entity> = {};
  spec.persons.forEach(
    (country, i) => (entities[`person${i}`] = { type: 'person', nationality: country, residence: country }),
  );
  spec.companies.forEach((c, i) => {
    entities[`c${i}`] = {
      type: 'company',
      registeredOffice: c.seat,
      centralAdministration: c.seat,
      principalEstablishment: c.seat,
      shareholders: c.holders.map((h) => ({ holder: idOf(h.to), capital: h.capital, votingRights: h.votes })),
      specialRights: [],
    };
  });
  return { snc: 1, name: 'generated', provider: 'c0', offer: { name: 'o' }, entities };
}

const analyse = (spec: Spec) => deriveFacts(describe_(spec), DATE, BUILTIN_READING).ownership('c0');

describe('ownership properties', () => {
  it('the economic shares of all ultimate holders sum to the explained total, and with the unexplained parts to 100%', () => {
    fc.assert(
      fc.property(groups, (spec) => {
        const r = analyse(spec);
        for (const m of MEASURES) {
          const ultimate = r.holders.filter((h) => h.ultimate);
          const tolerance = 1e-6 * (ultimate.length + r.unexplained.length + 2);
          expect(
            Math.abs(ultimate.reduce((s, h) => s + h.economic[m], 0) - r.explained.economic[m]),
          ).toBeLessThanOrEqual(tolerance);
          for (const reading of ['economic', 'control'] as const) {
            const missing = r.unexplained.reduce((s, u) => s + u[reading][m], 0);
            expect(Math.abs(r.explained[reading][m] + missing - 100)).toBeLessThanOrEqual(tolerance);
          }
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('the economic shares equal the sums over walks, computed independently by iterating x = e + A·x', () => {
    fc.assert(
      fc.property(groups, (spec) => {
        const n = spec.companies.length;
        for (const m of ['capital', 'votes'] as const) {
          // x[c] = stake of c0 reaching company c; persons[i] = stake reaching person i.
          let x = new Float64Array(n);
          for (let it = 0; it < 20_000; it++) {
            const next = new Float64Array(n);
            next[0] = 1;
            spec.companies.forEach((c, i) =>
              c.holders.forEach((h) => h.to >= 0 && (next[h.to]! += (h[m] / 100) * x[i]!)),
            );
            const change = next.reduce((d, v, i) => Math.max(d, Math.abs(v - x[i]!)), 0);
            x = next;
            if (change < 1e-15) break;
          }
          const persons = new Map<string, number>();
          spec.companies.forEach((c, i) =>
            c.holders.forEach(
              (h) => h.to < 0 && persons.set(idOf(h.to), (persons.get(idOf(h.to)) ?? 0) + (h[m] / 100) * x[i]!),
            ),
          );
          const r = analyse(spec);
          for (const [id, share] of persons) {
            const got = r.holders.find((h) => h.id === id)?.economic[m === 'capital' ? 'capital' : 'votingRights'] ?? 0;
            expect(Math.abs(got - share * 100), `${id} ${m}`).toBeLessThanOrEqual(2e-6);
          }
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('raising a non-EU holding never turns a fail into a pass', () => {
    const cases = groups.chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        company: fc.nat({ max: spec.companies.length - 1 }),
        pick: fc.nat(),
        delta: fc.integer({ min: 1, max: 40 }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ spec, company, pick, delta }) => {
        // Move `delta` points (capital and votes) from an EU person to a non-EU person holding the same company.
        const c = spec.companies[company]!;
        const isPerson = (to: number, eu: boolean) => to < 0 && EU.has(spec.persons[-1 - to]!) === eu;
        const from = c.holders.find((h) => isPerson(h.to, true));
        const nonEu = spec.persons.map((country, i) => ({ country, to: -1 - i })).filter((p) => !EU.has(p.country));
        fc.pre(from !== undefined && nonEu.length > 0);
        const to = nonEu[pick % nonEu.length]!.to;
        const d = Math.min(delta, from.capital, from.votes);
        fc.pre(d > 0);
        const raised: Spec = structuredClone(spec);
        const rc = raised.companies[company]!;
        const f = rc.holders.find((h) => h.to === from.to)!;
        f.capital = Math.round((f.capital - d) * 100) / 100;
        f.votes = Math.round((f.votes - d) * 100) / 100;
        const target =
          rc.holders.find((h) => h.to === to) ??
          (rc.holders.push({ to, capital: 0, votes: 0 }), rc.holders[rc.holders.length - 1]!);
        target.capital = Math.round((target.capital + d) * 100) / 100;
        target.votes = Math.round((target.votes + d) * 100) / 100;
        rc.holders = rc.holders.filter((h) => h.capital > 0 || h.votes > 0);

        const before = analyse(spec);
        const after = analyse(raised);
        for (const [scope, max] of [
          ['individual', 24],
          ['collective', 39],
        ] as const) {
          const b = judgeHolding(before, scope, max).status;
          const a = judgeHolding(after, scope, max).status;
          if (b === 'fail') expect(a, `${scope}: fail became ${a}`).not.toBe('pass');
        }
        const share = (r: typeof before) =>
          r.holders.find((h) => h.id === idOf(to))?.economic ?? { capital: 0, votingRights: 0 };
        for (const m of MEASURES) expect(share(after)[m]).toBeGreaterThanOrEqual(share(before)[m] - 1e-6);
      }),
      { numRuns: 300, seed: 424242 },
    );
  });
});
