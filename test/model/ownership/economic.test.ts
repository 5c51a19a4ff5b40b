// The economic reading: percentages multiplied along every path and summed; cycles solved as a fixed point (hand-computed).
import { describe, expect, it } from 'vitest';
import { analyse, group, holder, person, state } from './group.js';

const econ = (r: ReturnType<typeof analyse>, id: string) => holder(r, id).economic.capital;

describe('economic reading', () => {
  it('multiplies along a chain', () => {
    // P ← 60% A ← 50% US person: 0.6 × 0.5 = 30%; the French co-holder of A 30%, the direct one 40%.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { a: 60, fr1: 40 } },
        a: { seat: 'FR', holders: { us: 50, fr2: 50 } },
        us: person('US'),
        fr1: person('FR'),
        fr2: person('FR'),
      }),
    );
    expect(econ(r, 'us')).toBe(30);
    expect(econ(r, 'fr2')).toBe(30);
    expect(econ(r, 'fr1')).toBe(40);
    expect(r.explained.economic).toEqual({ capital: 100, votingRights: 100 });
  });

  it('sums a diamond: one holder reached by two paths', () => {
    // P ← 50% A ← 40% X and P ← 50% B ← 20% X: 0.5 × 0.4 + 0.5 × 0.2 = 0.2 + 0.1 = 30%.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { a: 50, b: 50 } },
        a: { seat: 'FR', holders: { x: 40, fr: 60 } },
        b: { seat: 'DE', holders: { x: 20, de: 80 } },
        x: person('US'),
        fr: person('FR'),
        de: state('DE'),
      }),
    );
    const x = holder(r, 'x');
    expect(x.economic.capital).toBe(30);
    expect(
      x.paths.filter((p) => p.reading === 'economic').map((p) => [p.steps.map((s) => s.holder), p.capital]),
    ).toEqual([
      [['x', 'a'], 20],
      [['x', 'b'], 10],
    ]);
    expect(x.otherPaths!.economic.capital).toBe(0);
    expect(x.paths[0]!.pointer).toBe('/entities/p/shareholders/0');
  });

  it('solves a two-company cross-holding as a fixed point', () => {
    // P ← 50% A, 50% FR; A ← 50% P (cross-holding), 50% US.
    // x_P = 1 + 0.5·x_A and x_A = 0.5·x_P, so x_P = 1 / (1 − 0.25) = 4/3 and x_A = 2/3.
    // US = 0.5 × 2/3 = 1/3 = 33.333333%; FR = 0.5 × 4/3 = 2/3 = 66.666667%; together 100%.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { a: 50, fr: 50 } },
        a: { seat: 'FR', holders: { p: 50, us: 50 } },
        fr: person('FR'),
        us: person('US'),
      }),
    );
    expect(econ(r, 'us')).toBe(33.333333);
    expect(econ(r, 'fr')).toBe(66.666667);
    // The simple path shows 25%; the cycle adds the rest: 1/3 − 1/4 = 8.333333%.
    expect(holder(r, 'us').paths[0]!.capital).toBe(25);
    expect(holder(r, 'us').otherPaths!.economic.capital).toBe(8.333333);
  });

  it('solves a three-company cycle', () => {
    // P ← 60% A, 40% F1; A ← 50% B, 50% US; B ← 30% P, 70% F2.
    // x_A = 0.6·x_P, x_B = 0.5·x_A = 0.3·x_P, x_P = 1 + 0.3·x_B = 1 + 0.09·x_P ⇒ x_P = 1/0.91.
    // US = 0.5 · 0.6/0.91 = 0.3/0.91 = 32.967033%; F1 = 0.4/0.91 = 43.956044%; F2 = 0.7 · 0.3/0.91 = 0.21/0.91 = 23.076923%.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { a: 60, f1: 40 } },
        a: { seat: 'FR', holders: { b: 50, us: 50 } },
        b: { seat: 'FR', holders: { p: 30, f2: 70 } },
        us: person('US'),
        f1: person('FR'),
        f2: person('FR'),
      }),
    );
    expect(econ(r, 'us')).toBe(32.967033);
    expect(econ(r, 'f1')).toBe(43.956044);
    expect(econ(r, 'f2')).toBe(23.076923);
  });

  it('neutralises treasury shares (a company holding itself)', () => {
    // P holds 10% of itself; FR and US 45% each: x_P = 1 + 0.1·x_P ⇒ 1/0.9; each holder 0.45/0.9 = 50%.
    const r = analyse(
      group({ p: { seat: 'FR', holders: { p: 10, fr: 45, us: 45 } }, fr: person('FR'), us: person('US') }),
    );
    expect(econ(r, 'us')).toBe(50);
    expect(econ(r, 'fr')).toBe(50);
  });

  it('counts an intermediate on a cycle once: its share is what first reaches it', () => {
    // P ← 60% H (US company), 40% F1; H ← 50% P, 50% F2.
    // x_P = 1 + 0.5·x_H, x_H = 0.6·x_P ⇒ x_P = 1/0.7 and x_H = 0.6/0.7 = 85.71%, which counts every turn of the
    // cycle through H. From H itself a unit comes back 0.5 × 0.6 = 0.3, so x_H = first/(1 − 0.3): first = 60%.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { h: 60, f1: 40 } },
        h: { seat: 'US', holders: { p: 50, f2: 50 } },
        f1: person('FR'),
        f2: person('FR'),
      }),
    );
    expect(econ(r, 'h')).toBe(60);
    expect(r.figures.individual.capital.known.economic).toBe(60);
    // The ultimate holders still share the whole: F1 = 0.4/0.7 = 57.142857%, F2 = 0.5 · 0.6/0.7 = 42.857143%.
    expect(econ(r, 'f1')).toBe(57.142857);
    expect(econ(r, 'f2')).toBe(42.857143);
  });

  it('measures capital and voting rights separately', () => {
    // US holds 20% of the capital of A but 60% of its votes (double voting rights); A holds 50% of P.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { a: 50, fr: 50 } },
        a: { seat: 'FR', holders: { us: [20, 60], fr2: [80, 40] } },
        us: person('US'),
        fr: person('FR'),
        fr2: person('FR'),
      }),
    );
    expect(holder(r, 'us').economic).toEqual({ capital: 10, votingRights: 30 });
  });

  it('leaves an unexplained remainder when holdings do not reach 100%', () => {
    // P ← 90% FR: 10% of the capital is not accounted for.
    const r = analyse(group({ p: { seat: 'FR', holders: { fr: 90 } }, fr: person('FR') }));
    expect(r.explained.economic.capital).toBe(90);
    expect(r.unexplained).toEqual([
      expect.objectContaining({
        entity: 'p',
        reason: 'remainder',
        missing: { capital: 10, votingRights: 10 },
        economic: { capital: 10, votingRights: 10 },
      }),
    ]);
  });

  it('follows a 30,000-deep chain without overflowing the stack', () => {
    // c0 ← 100% c1 ← … ← 100% c29999 ← 100% US: the US person holds 100%.
    const entities: Parameters<typeof group>[0] = { us: person('US') };
    const n = 30_000;
    for (let i = 0; i < n; i++)
      entities[`c${i}`] = { seat: 'FR', holders: { [i === n - 1 ? 'us' : `c${i + 1}`]: 100 } };
    const r = analyse(group(entities, 'c0'));
    expect(econ(r, 'us')).toBe(100);
    expect(holder(r, 'us').control.capital).toBe(100);
    // The path shows its first and last four links and counts the others.
    const path = holder(r, 'us').paths[0]!;
    expect(path.steps).toHaveLength(8);
    expect(path.stepsOmitted).toBe(n - 8);
    expect(path.steps[0]).toMatchObject({ holder: 'us', held: `c${n - 1}` });
    expect(path.steps[7]).toMatchObject({ holder: 'c1', held: 'c0' });
    expect(path.capital).toBe(100);
  });
});
