// A generated group of 30,000 companies: every ultimate holder's share against the generator's own arithmetic.
import { BUILTIN_READING } from './reading.js';
import { describe, expect, it } from 'vitest';
import { generateGroup } from '../../../bench/ownership-group.mjs';
import { deriveFacts } from '../../../src/model/facts.js';
import { DATE } from './group.js';

describe('a group of 30,000 companies', () => {
  const g = generateGroup(30_000, 7);
  const report = deriveFacts(g.description, DATE, BUILTIN_READING).ownership('p');
  const share = new Map(report.holders.map((h) => [h.id, h]));

  it('is the size asked for, with a chain of control a third of it deep', () => {
    expect(g.companies).toBeGreaterThanOrEqual(29_990);
    expect(g.chainLength).toBe(10_000);
  });

  it('gives every ultimate holder the economic share the generator worked out', () => {
    let checked = 0;
    for (const [id, expected] of g.expected) {
      const got = share.get(id)?.economic.capital ?? 0;
      // Shares are reported to 1e-6 points; below that, a holder may be reported as 0 or left out.
      expect(Math.abs(got - expected * 100), id).toBeLessThanOrEqual(1e-6);
      checked++;
    }
    expect(checked).toBeGreaterThan(30_000);
    expect(report.explained.economic.capital).toBe(100);
  });

  it('attributes the chain’s 10% to the US person at its top in the control reading', () => {
    const top = share.get(g.usTop)!;
    expect(top.control).toEqual({ capital: 10, votingRights: 10 });
    expect(top.economic.capital).toBe(0);
  });

  it('computes the non-EU figures as the sums of the expected shares', () => {
    const nonEu = [...g.expected].filter(([id]) =>
      ['US', 'CN', 'GB', 'CH'].includes(String(g.description.entities[id]!.nationality)),
    );
    const total = nonEu.reduce((s, [, v]) => s + v, 0) * 100;
    const largest = Math.max(...nonEu.map(([, v]) => v)) * 100;
    expect(Math.abs(report.figures.collective.capital.known.economic - total)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(report.figures.individual.capital.known.economic - largest)).toBeLessThanOrEqual(1e-6);
    expect(report.figures.individual.capital.known.control).toBe(10);
  });
});
