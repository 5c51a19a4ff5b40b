// The control reading (Code de commerce L.233-3): who controls an intermediate is attributed its whole stake.
import { describe, expect, it } from 'vitest';
import { analyse, group, holder, person } from './group.js';

/** P ← 50% H and 50% a French person; H's holders as given: US's shares of P in both readings. */
function viaHolding(
  holders: Record<string, number | [number | null, number | null]>,
  extra: Parameters<typeof group>[0] = {},
) {
  const r = analyse(
    group({
      p: { seat: 'FR', holders: { h: 50, fr: 50 } },
      h: { seat: 'NL', holders },
      us: person('US'),
      fr: person('FR'),
      a: person('FR'),
      b: person('DE'),
      ...extra,
    }),
  );
  return { r, us: holder(r, 'us') };
}

describe('control reading', () => {
  it('attributes the whole stake to a majority holder', () => {
    // US has 51% of H's votes: it controls H and is attributed H's 50% of P; economically 0.5 × 0.51 = 25.5%.
    const { us } = viaHolding({ us: 51, a: 49 });
    expect(us.economic.capital).toBe(25.5);
    expect(us.control).toEqual({ capital: 50, votingRights: 50 });
  });

  it('attributes it through a 41% stake when no other holder is above', () => {
    // US 41%, then 30% and 29%: more than 40% and no one above (L.233-3 II): control, 50% of P.
    const { r, us } = viaHolding({ us: 41, a: 30, b: 29 });
    expect(us.economic.capital).toBe(20.5);
    expect(us.control.capital).toBe(50);
    expect(r.figures.individual.capital.known).toEqual({ economic: 20.5, control: 50 });
    expect(us.paths.find((p) => p.reading === 'control')!.steps[0]).toMatchObject({
      holder: 'us',
      held: 'h',
      control: 'presumption',
      votingRights: 41,
    });
  });

  it('does not presume control at exactly 40%', () => {
    // 40% is not "more than 40%": no one controls H, so the control reading splits it like the economic one.
    const { us } = viaHolding({ us: 40, a: 35, b: 25 });
    expect(us.control.capital).toBe(20);
  });

  it('does not presume control when another holder is above', () => {
    // US 41% but A 45%: A (French) controls H; US gets nothing of H in the control reading.
    const { us } = viaHolding({ us: 41, a: 45, b: 14 });
    expect(us.control.capital).toBe(0);
    expect(us.economic.capital).toBe(20.5);
  });

  it('gives control to a board-majority right without shares', () => {
    // US holds 10% of H but may appoint the majority of its board (L.233-3 I 4°).
    const { us } = viaHolding(
      { us: 10, a: 45, b: 45 },
      { h: { seat: 'NL', holders: { us: 10, a: 45, b: 45 }, rights: [['us', 'board-majority']] } },
    );
    expect(us.control.capital).toBe(50);
  });

  it('adds the votes a holder has through the companies it controls', () => {
    // US holds 30% of H directly and controls S (100%), which holds 25% of H: 55% together, a majority.
    const { us } = viaHolding({ us: 30, s: 25, a: 45 }, { s: { seat: 'FR', holders: { us: 100 } } });
    expect(us.control.capital).toBe(50);
    expect(us.economic.capital).toBe(27.5);
  });

  it('is transitive along a chain of controlled companies', () => {
    // P ← 60% H1 ← 60% H2 ← 60% US (each 40% by French persons): economically 0.6³ = 21.6%, in control 60%.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { h1: 60, a: 40 } },
        h1: { seat: 'FR', holders: { h2: 60, a: 40 } },
        h2: { seat: 'FR', holders: { us: 60, a: 40 } },
        us: person('US'),
        a: person('FR'),
      }),
    );
    expect(holder(r, 'us').economic.capital).toBe(21.6);
    expect(holder(r, 'us').control.capital).toBe(60);
    expect(r.control).toMatchObject({
      status: 'controlled',
      controller: 'us',
      basis: 'majority',
      through: ['p', 'h1', 'h2', 'us'],
      outside: 'non-eu',
      via: 'us',
    });
  });

  it('leaves control undetermined when unexplained votes could change it', () => {
    // US 41%, A 30%, and 29% not accounted for: A with the missing 29% would be above US. H's 50% of P is then
    // unexplained in the control reading, and counted as such.
    const { r, us } = viaHolding({ us: 41, a: 30 });
    expect(us.control.capital).toBe(0);
    expect(r.unexplained.find((u) => u.entity === 'h' && u.reason === 'control-undetermined')).toMatchObject({
      control: { capital: 50, votingRights: 50 },
    });
    expect(r.figures.individual.capital.upTo.control).toBe(50);
  });

  it('settles control when the unexplained votes could not change it', () => {
    // US 41%, A 30%, B 19%, 10% missing: even with the missing 10%, A reaches 40% ≤ 41%; US still controls H.
    const { us } = viaHolding({ us: 41, a: 30, b: 19 });
    expect(us.control.capital).toBe(50);
  });

  it('reads two holders tied above 40% as both presumed, attributing control to the one outside the EU', () => {
    // H: A (FR) 45%, US 45%, B 10%: each has more than 40% and no one above; the stricter reading picks US.
    const { r, us } = viaHolding({ a: 45, us: 45, b: 10 });
    expect(us.control.capital).toBe(50);
    expect(holder(r, 'a').control.capital).toBe(0);
    expect(r.unexplained).toEqual([]);
  });

  it('ignores a public float as a controller', () => {
    // A listed US company held by its public float only is not controlled by the float.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { h: 100 } },
        h: { seat: 'US', holders: { float: 100 } },
        float: { type: 'public-float' },
      }),
    );
    expect(r.control).toMatchObject({ status: 'controlled', controller: 'h', outside: 'non-eu', via: 'h' });
  });

  it('reads a 50/50 joint venture of two EU groups as jointly controlled from inside the EU', () => {
    const r = analyse(group({ p: { seat: 'FR', holders: { a: 50, b: 50 } }, a: person('FR'), b: person('DE') }));
    expect(r.control).toMatchObject({ status: 'controlled', joint: ['a', 'b'], outside: 'eu', openAt: null });
  });
});

describe('control reading of intermediate controllers', () => {
  it('attributes the stake to each controller up the chain, not only to the top one', () => {
    // P ← 60% H1 (FR) ← 70% H2 (a US company) ← 100% a French person: H2 controls H1, the person controls H2.
    // Economically H2 holds 0.6 × 0.7 = 42%; in the control reading it is attributed H1's 60%, as is the person.
    const r = analyse(
      group({
        p: { seat: 'FR', holders: { h1: 60, a: 40 } },
        h1: { seat: 'FR', holders: { h2: 70, a: 30 } },
        h2: { seat: 'US', holders: { fr: 100 } },
        a: person('DE'),
        fr: person('FR'),
      }),
    );
    expect(holder(r, 'h2').economic.capital).toBe(42);
    expect(holder(r, 'h2').control.capital).toBe(60);
    expect(holder(r, 'fr').control.capital).toBe(60);
    expect(r.figures.individual.capital.known.control).toBe(60);
  });
});
