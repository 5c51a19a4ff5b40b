// Pathological but valid ownership shapes, at a tenth of their bench size: each judged, with the verdicts its
// generator works out by hand (bench/pathological.mjs), and the report stays linear in the description.
import { describe, expect, it } from 'vitest';
import {
  chain,
  ladder,
  nonEuChain,
  partlyHeldSubcontractors,
  ring,
  subcontractors,
  type PathologicalShape,
} from '../../../bench/pathological.mjs';
import { check } from '../../../src/api.js';

const judge = (shape: PathologicalShape) => {
  const bytes = Buffer.from(JSON.stringify(shape.description));
  const report = check([{ file: 'shape.yaml', bytes }], { date: '2026-11-23' });
  const status = (rule: string) => [...new Set(report.results.filter((r) => r.ruleId === rule).map((r) => r.status))];
  return { report, bytes: bytes.length, status };
};
const CAPITAL_INDIVIDUAL = 'SNC-19.6-CAPITAL-INDIVIDUAL';
const CAPITAL_COLLECTIVE = 'SNC-19.6-CAPITAL-COLLECTIVE';

describe('pathological ownership shapes', () => {
  it('solves a ring of 2,000 companies that keeps all but 0.0001% of its stake each turn', () => {
    const shape = ring(2000);
    const { report, status } = judge(shape);
    expect(status(CAPITAL_INDIVIDUAL)).toEqual(['fail']);
    expect(status(CAPITAL_COLLECTIVE)).toEqual(['fail']);
    const us = report.ownership![0]!.holders.find((h) => h.id === 'us')!;
    // Every turn of the ring passes 99.9999% on and 0.0001% to the US person: in the end it holds it all.
    expect(Math.abs(us.economic.capital - 100)).toBeLessThan(1e-5);
  });

  it('follows a chain of 2,000 companies inside the EU to a pass', () => {
    const { status } = judge(chain(2000));
    expect(status(CAPITAL_INDIVIDUAL)).toEqual(['pass']);
    expect(status(CAPITAL_COLLECTIVE)).toEqual(['pass']);
  });

  it('solves a ladder of 1,000 cross-holding pairs', () => {
    const { report, status } = judge(ladder(1000));
    expect(status(CAPITAL_INDIVIDUAL)).toEqual(['fail']);
    expect(status(CAPITAL_COLLECTIVE)).toEqual(['fail']);
    const o = report.ownership![0]!;
    expect(o.holders.find((h) => h.id === 'us')!.economic.capital).toBe(60);
    // The two French persons share the other 40% (each rung passes 90% up and 10% across, and gets it back).
    const fa = o.holders.find((h) => h.id === 'fa')!.economic.capital;
    const fb = o.holders.find((h) => h.id === 'fb')!.economic.capital;
    expect(fa + fb).toBeCloseTo(40, 6);
    expect(fa).toBeCloseTo(20, 6);
  });

  it('gives a 1,000-level chain with a non-EU holder at every level a report of linear size', () => {
    const shape = nonEuChain(1000);
    const { report, bytes, status } = judge(shape);
    expect(status(CAPITAL_INDIVIDUAL)).toEqual(['pass']);
    // 1 − 0.99^999 of the provider is held by the US persons together: far above 39%.
    expect(status(CAPITAL_COLLECTIVE)).toEqual(['fail']);
    const o = report.ownership![0]!;
    expect(o.holders.filter((h) => h.jurisdiction === 'non-eu')).toHaveLength(999);
    const us500 = o.holders.find((h) => h.id === 'us500')!;
    expect(us500.paths[0]!.steps).toHaveLength(8);
    expect(us500.paths[0]!.stepsOmitted).toBe(501 - 8);
    expect(JSON.stringify(report).length).toBeLessThan(40 * bytes);
  });

  it('judges 200 subcontractors behind one chain of 100 companies, each held from outside the EU', () => {
    const { report } = judge(subcontractors(200, 100));
    const access = report.results.filter((r) => r.ruleId === 'SNC-19.6-SUBCONTRACTOR-ACCESS');
    expect(access).toHaveLength(200);
    expect(new Set(access.map((r) => r.status))).toEqual(new Set(['fail']));
    expect(access[0]!.evidence).toMatchObject({ foreignControl: 'yes', holders: ['us'] });
  });

  it('judges 200 subcontractors held 60% and 40% through two chains of 100 companies, each from the shared analysis', () => {
    const { report } = judge(partlyHeldSubcontractors(200, 100));
    const access = report.results.filter((r) => r.ruleId === 'SNC-19.6-SUBCONTRACTOR-ACCESS');
    expect(access).toHaveLength(200);
    expect(new Set(access.map((r) => r.status))).toEqual(new Set(['fail']));
    // 40% × 70% = 28% for the second US person (above 24%), 18% + 28% = 46% for both (above 39%): both are named,
    // the larger first.
    for (const r of access)
      expect(r.evidence).toMatchObject({ foreignControl: 'yes', holders: ['usb', 'usa'], missing: [] });
  });
});
