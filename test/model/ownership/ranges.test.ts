// Stakes known only as a range or not disclosed: hand-worked cases, each figure's bounds computed in the comments.
// The analysis reads a range at its minimum and leaves the rest in the entity's remainder, so `known` is the lower
// bound and `upTo` the upper one; a test passes when the upper bound does, fails when the lower bound does.
import { describe, expect, it } from 'vitest';
import type { Description, Stake } from '../../../src/model/description.js';
import { judgeHolding } from '../../../src/model/ownership/judge.js';
import { analyse, group, holder, person } from './group.js';

/** A description whose holdings are written as given (ranges and `unknown` included). */
function withStakes(d: Description, stakes: Record<string, Record<string, Stake>>): Description {
  for (const [held, byHolder] of Object.entries(stakes))
    for (const s of d.entities[held]!.shareholders!)
      if (byHolder[s.holder] !== undefined) s.capital = s.votingRights = byHolder[s.holder];
  return d;
}
const figure = (d: Description, scope: 'individual' | 'collective') => analyse(d).figures[scope].capital;
const verdict = (d: Description, scope: 'individual' | 'collective', max: number) =>
  judgeHolding(analyse(d), scope, max, ['capital']).status;

describe('stakes given as a range or undisclosed', () => {
  it('a direct range: lower bound its minimum, upper bound its maximum', () => {
    // p: FR 70%, US 20–30%. Known: US 20%. Remainder at the minimum: 100 − 70 − 20 = 10%, so at most 20 + 10 = 30%.
    const d = withStakes(group({ p: { seat: 'FR', holders: { fr: 70, us: 0 } }, fr: person('FR'), us: person('US') }), {
      p: { us: { min: 20, max: 30 } },
    });
    expect(figure(d, 'individual').known.economic).toBe(20);
    expect(figure(d, 'individual').upTo.economic).toBe(30);
    expect(verdict(d, 'individual', 24)).toBe('unknown'); // 20 ≤ 24 < 30
    expect(verdict(d, 'individual', 30)).toBe('pass'); // the upper bound, 30, is not above 30
    expect(verdict(d, 'individual', 19)).toBe('fail'); // the lower bound, 20, is above 19
    expect(holder(analyse(d), 'us').upTo!.economic.capital).toBe(30);
  });

  it('an undisclosed stake: from 0 up to what the other holders leave of 100%', () => {
    // p: FR 60%, US unknown. Known: US 0%. What is left: 100 − 60 = 40%: at most 40%, one holder and all together.
    const d = withStakes(group({ p: { seat: 'FR', holders: { fr: 60, us: 0 } }, fr: person('FR'), us: person('US') }), {
      p: { us: 'unknown' },
    });
    const r = analyse(d);
    expect(r.figures.individual.capital.known.economic).toBe(0);
    expect(r.figures.individual.capital.upTo.economic).toBe(40);
    expect(r.figures.collective.capital.upTo.economic).toBe(40);
    // Listed, so never invisible: in the holders with its range and marked undisclosed.
    expect(holder(r, 'us')).toMatchObject({
      economic: { capital: 0 },
      upTo: { economic: { capital: 40 } },
      undisclosed: true,
    });
    expect(r.unexplained[0]!.undisclosed).toEqual({
      capital: [{ holder: 'us', min: 0, max: null }],
      votingRights: [{ holder: 'us', min: 0, max: null }],
    });
    expect(verdict(d, 'collective', 39)).toBe('unknown'); // 0 ≤ 39 < 40
  });

  it('a range one level up, on an intermediate held half', () => {
    // p: h 50%, FR 50%; h: US 40–60%, DE 40%. Known: US 50% × 40% = 20%. h's remainder at the minimum: 100 − 40 − 40 =
    // 20%, weighing 50% × 20% = 10% in p: at most 20 + 10 = 30%.
    const d = withStakes(
      group({
        p: { seat: 'FR', holders: { h: 50, fr: 50 } },
        h: { seat: 'FR', holders: { us: 0, de: 40 } },
        fr: person('FR'),
        us: person('US'),
        de: person('DE'),
      }),
      { h: { us: { min: 40, max: 60 } } },
    );
    expect(figure(d, 'individual').known.economic).toBe(20);
    expect(figure(d, 'individual').upTo.economic).toBe(30);
    expect(verdict(d, 'individual', 24)).toBe('unknown');
    // Control reading: with 60% of h's votes US would control h and be attributed its whole 50%, so h's control is
    // open and its 50% unexplained: at most 50%, above 39% as well.
    expect(figure(d, 'individual').upTo.control).toBe(50);
    expect(verdict(d, 'collective', 39)).toBe('unknown');
    expect(verdict(d, 'collective', 50)).toBe('pass');
    // The holder's own range: 50% × 40% = 20% to 50% × 60% = 30%.
    expect(holder(analyse(d), 'us').upTo!.economic.capital).toBe(30);
  });

  it('a range in a cross-holding cycle: the solver runs on the minimums, a lower bound', () => {
    // p: a 100%. a: b 40–60%, US 40%. b: a 10%, FR 90%. At the minimum, with y = flow into a: y = 1 + 0.4 × 0.1 × y,
    // y = 1 / 0.96; US: 0.4 × y = 41.666…% > 24%: the lower bound fails.
    const d = withStakes(
      group({
        p: { seat: 'FR', holders: { a: 100 } },
        a: { seat: 'FR', holders: { b: 0, us: 40 } },
        b: { seat: 'FR', holders: { a: 10, fr: 90 } },
        us: person('US'),
        fr: person('FR'),
      }),
      { a: { b: { min: 40, max: 60 } } },
    );
    expect(figure(d, 'individual').known.economic).toBeCloseTo(100 * (0.4 / 0.96), 5);
    expect(verdict(d, 'individual', 24)).toBe('fail');
  });

  it('compares a range minimum exactly at the bar', () => {
    // US 24–24.5%, FR 75.5%: the lower bound 24 is not above 24; the upper 24 + 0.5 = 24.5 is: unknown.
    const at = withStakes(
      group({ p: { seat: 'FR', holders: { us: 0, fr: 75.5 } }, fr: person('FR'), us: person('US') }),
      { p: { us: { min: 24, max: 24.5 } } },
    );
    expect(verdict(at, 'individual', 24)).toBe('unknown');
    // A minimum of 24.0000001% is above 24%, exactly: fail.
    const above = withStakes(
      group({ p: { seat: 'FR', holders: { us: 0, fr: 75 } }, fr: person('FR'), us: person('US') }),
      { p: { us: { min: 24.0000001, max: 25 } } },
    );
    expect(verdict(above, 'individual', 24)).toBe('fail');
  });

  it('a holder above an intermediate that holds a range: its upper share counts the range, as the verdict does', () => {
    // p: h 20–50%, FR 50%; h: US 100%. US known: 100% × 20% = 20%. p's remainder at the minimum: 100 − 50 − 20 = 30%,
    // so h at most 20 + 30 = 50%, and US through it 100% × 50% = 50%: the verdict's upper bound, 20 + 30 = 50%, too.
    const d = withStakes(
      group({
        p: { seat: 'FR', holders: { h: 0, fr: 50 } },
        h: { seat: 'FR', holders: { us: 100 } },
        fr: person('FR'),
        us: person('US'),
      }),
      {
        p: { h: { min: 20, max: 50 } },
      },
    );
    const r = analyse(d);
    expect(holder(r, 'us')).toMatchObject({ economic: { capital: 20 }, upTo: { economic: { capital: 50 } } });
    expect(r.figures.individual.capital.upTo.economic).toBe(50);
    expect(holder(r, 'us').undisclosed).toBeUndefined();
    // The French person holds no range: its share is a figure.
    expect(holder(r, 'fr').upTo).toBeUndefined();
  });

  it('two intermediates up: the range and the upper share through both', () => {
    // p: h1 60%, FR 40%; h1: h2 40–70%, DE 30%; h2: US 100%. US known: 60% × 40% × 100% = 24%. h1's remainder at the
    // minimum: 100 − 40 − 30 = 30%, so h2 at most 40 + 30 = 70% of h1, and US 60% × 70% = 42%. The verdict: US's 24%
    // plus what is unexplained, 60% × 30% = 18%, at most 42%: the same bound.
    const d = withStakes(
      group({
        p: { seat: 'FR', holders: { h1: 60, fr: 40 } },
        h1: { seat: 'FR', holders: { h2: 0, de: 30 } },
        h2: { seat: 'FR', holders: { us: 100 } },
        fr: person('FR'),
        de: person('DE'),
        us: person('US'),
      }),
      { h1: { h2: { min: 40, max: 70 } } },
    );
    const r = analyse(d);
    expect(holder(r, 'us')).toMatchObject({ economic: { capital: 24 }, upTo: { economic: { capital: 42 } } });
    expect(r.figures.individual.capital.upTo.economic).toBe(42);
    // Never above the verdict's upper bound, in either reading.
    for (const reading of ['economic', 'control'] as const)
      expect(holder(r, 'us').upTo![reading].capital).toBeLessThanOrEqual(r.figures.individual.capital.upTo[reading]);
  });

  it('an undisclosed stake two levels down: the holder above is listed, its share from 0 up to what is left', () => {
    // p: h 100%; h: g unknown, FR 60%; g: US 100%. US known: 0%. h's remainder: 100 − 60 = 40%, so g at most 40% of
    // h, and US 100% × 100% × 40% = 40%: in the table, 0%–40%, undisclosed.
    const d = withStakes(
      group({
        p: { seat: 'FR', holders: { h: 100 } },
        h: { seat: 'FR', holders: { g: 0, fr: 60 } },
        g: { seat: 'FR', holders: { us: 100 } },
        fr: person('FR'),
        us: person('US'),
      }),
      { h: { g: 'unknown' } },
    );
    const r = analyse(d);
    expect(holder(r, 'us')).toMatchObject({
      economic: { capital: 0 },
      upTo: { economic: { capital: 40 } },
      undisclosed: true,
    });
    expect(r.figures.individual.capital.upTo.economic).toBe(40);
  });
});
