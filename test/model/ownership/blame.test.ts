// An unknown names the entity whose facts are missing: the company at the top of a deep chain with no shareholders
// listed, not the intermediates between, whose own holdings are complete.
import { describe, expect, it } from 'vitest';
import { foreignHoldingMax } from '../../../src/checks/ownership-holding-max.js';
import { subcontractorAccess } from '../../../src/checks/subcontractor-access.js';
import { contextOf, group, person, type Short } from './group.js';

/**
 * p ← 70% c1 ← 70% c2 ← … ← 70% c(n−1), each also held 30% by a French person; c(n−1) lists no shareholders. The
 * subcontractor s is held 100% by c3, s2 80% by c3 and 20% by the French person.
 */
function deepChain(n: number): Record<string, Short> {
  const entities: Record<string, Short> = { fr: person('FR') };
  for (let i = 0; i < n; i++)
    entities[i === 0 ? 'p' : `c${i}`] =
      i === n - 1 ? { seat: 'FR' } : { seat: 'FR', holders: { [`c${i + 1}`]: 70, fr: 30 } };
  entities.s = { seat: 'FR', holders: { c3: 100 } };
  entities.s2 = { seat: 'FR', holders: { c3: 80, fr: 20 } };
  return entities;
}

describe('blame on deep chains', () => {
  for (const n of [5, 40]) {
    const top = `c${n - 1}`;
    const context = () => {
      const d = group(deepChain(n));
      d.subcontractors = [
        { entity: 's', service: 'operations', technicalAccessToData: true },
        { entity: 's2', service: 'support', technicalAccessToData: true },
      ];
      return contextOf(d);
    };

    it(`19.6.b points at the top of a ${n}-company chain, which lists no shareholders`, () => {
      const [r] = foreignHoldingMax.run(
        { scope: 'individual', max: 24, measures: ['capital', 'votingRights'] },
        context(),
      );
      expect(r!.status).toBe('unknown');
      expect(r!.subject).toBe(`/entities/${top}`);
      // In the control reading each company controls the next (70%): the top company is attributed c1's 70% of p.
      expect(r!.message.values).toMatchObject({ upTo: { percent: 70 } });
      expect(r!.details![0]).toMatchObject({
        id: 'ownership.detail.no-shareholders',
        values: { entity: expect.stringContaining(top.toUpperCase()) },
      });
    });

    it(`19.6.c names the top of the ${n}-company chain as what is missing, for each subcontractor behind it`, () => {
      const results = subcontractorAccess.run({}, context());
      expect(results.map((r) => r.status)).toEqual(['unknown', 'unknown']);
      for (const r of results) {
        expect(r.evidence).toMatchObject({ foreignControl: 'unknown', missing: [`${top}/shareholders`] });
        expect(r.message.values).toMatchObject({ missing: { list: [`${top}/shareholders`] } });
      }
    });
  }
});
