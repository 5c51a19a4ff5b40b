// The 24% and 39% bars are compared exactly: declared percentages are decimals, and a figure without cycles is a
// finite sum of their products, so 24.0000001% fails and 24% reached through any arithmetic passes.
import { describe, expect, it } from 'vitest';
import { foreignHoldingMax } from '../../../src/checks/ownership-holding-max.js';
import type { CheckResult } from '../../../src/engine/types.js';
import { render } from '../../../src/i18n/format.js';
import { contextOf, group, person, type Short } from './group.js';

const judge = (scope: 'individual' | 'collective', entities: Record<string, Short>) =>
  foreignHoldingMax.run(
    { scope, max: scope === 'individual' ? 24 : 39, measures: ['capital', 'votingRights'] },
    contextOf(group(entities)),
  )[0]!;
const en = (r: CheckResult) => render('en', r.message);
const fr = (r: CheckResult) => render('fr', r.message);
const people = { us: person('US'), us2: person('US'), us3: person('US'), fr: person('FR'), fr2: person('FR') };

describe('shares at the boundary', () => {
  it('fails 24.0000001% held directly, and says so with the digits that show it', () => {
    const r = judge('individual', { p: { seat: 'FR', holders: { us: 24.0000001, fr: 75.9999999 } }, ...people });
    expect(r.status).toBe('fail');
    expect(en(r)).toBe(
      'US (US), outside the EU, holds 24.0000001% of the capital of P (economic reading), more than the maximum of 24%',
    );
    expect(fr(r)).toContain('24,0000001\u202f%');
  });

  it('passes 24% held directly', () => {
    expect(judge('individual', { p: { seat: 'FR', holders: { us: 24, fr: 76 } }, ...people }).status).toBe('pass');
  });

  it('fails 24.0000001% reached as a product: 60.00000025% of a company held 40% from outside the EU', () => {
    // P ← 60.00000025% A ← 40% US (no one controls A: 40% is not more than 40%): 0.6000000025 × 0.4 = 0.240000001,
    // one ten-millionth of a point above the bar.
    const entities = {
      p: { seat: 'FR', holders: { a: 60.00000025, fr: 39.99999975 } },
      a: { seat: 'FR', holders: { us: 40, fr: 30, fr2: 30 } },
      ...people,
    };
    const r = judge('individual', entities);
    expect(r.status).toBe('fail');
    expect(en(r)).toContain('holds 24.0000001% of the capital');
  });

  it('passes exactly 24% as a product (60% of 40%) and as a sum of products (10% × 40% + 50% × 40%)', () => {
    expect(
      judge('individual', {
        p: { seat: 'FR', holders: { a: 60, fr: 40 } },
        a: { seat: 'FR', holders: { us: 40, fr: 30, fr2: 30 } },
        ...people,
      }).status,
    ).toBe('pass');
    // 0.1 × 0.4 + 0.5 × 0.4 is 0.24000000000000002 in binary floating point, exactly 0.24 in decimals.
    const abroad = { us: 40, fr: 30, fr2: 30 };
    const r = judge('individual', {
      p: { seat: 'FR', holders: { a: 10, b: 50, fr: 40 } },
      a: { seat: 'FR', holders: abroad },
      b: { seat: 'FR', holders: abroad },
      ...people,
    });
    expect(r.status).toBe('pass');
  });

  it('passes a non-EU total of exactly 39% that floating point adds to more, and fails 39.0000001%', () => {
    // 0.1 + 0.14 + 0.15 is 0.39000000000000007 in floating point.
    expect(
      judge('collective', { p: { seat: 'FR', holders: { us: 10, us2: 14, us3: 15, fr: 61 } }, ...people }).status,
    ).toBe('pass');
    const r = judge('collective', {
      p: { seat: 'FR', holders: { us: 10, us2: 14, us3: 15.0000001, fr: 60.9999999 } },
      ...people,
    });
    expect(r.status).toBe('fail');
    expect(en(r)).toContain('39.0000001%');
  });

  it('judges a share just below the bar as below it, with the digits that show it', () => {
    const r = judge('individual', { p: { seat: 'FR', holders: { us: 23.9999999, fr: 76.0000001 } }, ...people });
    expect(r.status).toBe('pass');
    expect(en(r)).toContain('23.9999999%');
  });
});
