// foreign-holding-max (19.6.b): the 24% and 39% bars, exact at the boundary, on the stricter reading, unknown when unexplained.
import { describe, expect, it } from 'vitest';
import { foreignHoldingMax } from '../../src/checks/ownership-holding-max.js';
import type { CheckResult } from '../../src/engine/types.js';
import { render } from '../../src/i18n/format.js';
import type { Measure } from '../../src/model/ownership/types.js';
import { contextOf, group, person, type Short } from '../model/ownership/group.js';

const individual = (entities: Record<string, Short>, measures?: Measure[]) =>
  foreignHoldingMax.run(
    { scope: 'individual', max: 24, measures: measures ?? ['capital', 'votingRights'] },
    contextOf(group(entities)),
  )[0]!;
const collective = (entities: Record<string, Short>) =>
  foreignHoldingMax.run(
    { scope: 'collective', max: 39, measures: ['capital', 'votingRights'] },
    contextOf(group(entities)),
  )[0]!;
/** The result's message and details in both languages (every placeholder filled). */
const texts = (r: CheckResult) => ({
  en: [r.message, ...(r.details ?? [])].map((m) => render('en', m)),
  fr: [r.message, ...(r.details ?? [])].map((m) => render('fr', m)),
});

/** P held by the given direct holders (percent of capital and votes), the rest by a French person. */
const direct = (
  holders: Record<string, number | [number, number]>,
  extra: Record<string, Short> = {},
): Record<string, Short> => {
  const total = Object.values(holders).reduce<number>((s, v) => s + (typeof v === 'number' ? v : v[0]), 0);
  return {
    p: { seat: 'FR', holders: { ...holders, fr: Math.round((100 - total) * 1e6) / 1e6 } },
    fr: person('FR'),
    us: person('US'),
    us2: person('US'),
    cn: person('CN'),
    ...extra,
  };
};

describe('foreign-holding-max, individual (24%)', () => {
  it('passes exactly 24% and fails 24.01%', () => {
    expect(individual(direct({ us: 24 }))).toMatchObject({
      status: 'pass',
      message: { id: 'foreign-holding-max.individual.pass' },
    });
    const r = individual(direct({ us: 24.01 }));
    expect(r).toMatchObject({
      status: 'fail',
      subject: '/entities/p/shareholders/0',
      message: { id: 'foreign-holding-max.individual.fail' },
    });
    expect(texts(r).en[0]).toBe(
      'US (US), outside the EU, holds 24.01% of the capital of P (economic reading), more than the maximum of 24%',
    );
    expect(texts(r).fr[0]).toBe(
      'US (US), hors UE, détient 24,01\u202f% de P en capital (lecture économique), plus que le maximum de 24\u202f%',
    );
  });

  it('passes 24% reached by two paths whose floating-point sum is not exact', () => {
    // P ← 10% A ← 40% US and P ← 50% B ← 40% US (no one controls A or B): 0.1 × 0.4 + 0.5 × 0.4 is
    // 0.24000000000000002 in binary floating point; shown and judged as 24%, it passes.
    const abroad = { us: 40, fr: 30, fr2: 30 };
    const r = individual({
      p: { seat: 'FR', holders: { a: 10, b: 50, fr: 40 } },
      a: { seat: 'FR', holders: abroad },
      b: { seat: 'FR', holders: abroad },
      us: person('US'),
      fr: person('FR'),
      fr2: person('FR'),
    });
    expect(r).toMatchObject({ status: 'pass', message: { values: { share: { percent: 24 } } } });
  });

  it('fails on voting rights above the bar while capital is below it', () => {
    // US: 20% of the capital but 30% of the votes (double voting rights).
    const r = individual(direct({ us: [20, 30] }));
    expect(r.status).toBe('fail');
    expect(texts(r).en[0]).toContain('30% of the voting rights of P');
    expect(individual(direct({ us: [20, 30] }), ['capital']).status).toBe('pass');
  });

  it('fails on the control reading when the economic share is below the bar', () => {
    // P ← 45% H ← 41% US (no one above): 18.45% economically, 45% in control.
    const r = individual({
      p: { seat: 'FR', holders: { h: 45, fr: 55 } },
      h: { seat: 'NL', holders: { us: 41, fr: 30, fr2: 29 } },
      us: person('US'),
      fr: person('FR'),
      fr2: person('FR'),
    });
    expect(r.status).toBe('fail');
    expect(texts(r).en[0]).toContain('45% of the capital of P (control reading)');
    expect(texts(r).en).toContain('US (US) ⇒ H → 45% P = 45% (control reading)');
    expect(texts(r).en).toContain('US (US) → 41% H → 45% P = 18.45%');
  });

  it('counts a non-EU intermediate company as a holder in its own right', () => {
    // A US holding company owned by French persons still holds 30% of P: it is a third party seated outside the EU.
    const r = individual({
      p: { seat: 'FR', holders: { h: 30, fr: 70 } },
      h: { seat: 'US', holders: { fr: 100 } },
      fr: person('FR'),
    });
    expect(r).toMatchObject({ status: 'fail', message: { values: { holder: 'H (US)' } } });
  });

  it('is unknown when an unexplained remainder could carry a holder above 24%, naming it', () => {
    // US 20%, FR 75%, 5% not accounted for: the missing 5% could be the US holder's: 25%.
    const r = individual({ p: { seat: 'FR', holders: { us: 20, fr: 75 } }, us: person('US'), fr: person('FR') });
    expect(r).toMatchObject({
      status: 'unknown',
      subject: '/entities/p/shareholders',
      message: { id: 'foreign-holding-max.individual.unknown' },
    });
    expect(texts(r).en).toContain('P: 5% of its capital is not accounted for by its listed shareholders (5% of P)');
    expect(texts(r).fr).toContain(
      'P\u00a0: 5\u202f% en capital ne sont pas couverts par ses actionnaires déclarés (5\u202f% de P)',
    );
  });

  it('passes when the unexplained part cannot reach the bar', () => {
    // US 10%, FR 80%, 10% missing: at most 20%.
    expect(
      individual({ p: { seat: 'FR', holders: { us: 10, fr: 80 } }, us: person('US'), fr: person('FR') }).status,
    ).toBe('pass');
  });

  it('fails on the known facts even when other facts are missing', () => {
    expect(
      individual({ p: { seat: 'FR', holders: { us: 30, fr: 65 } }, us: person('US'), fr: person('FR') }).status,
    ).toBe('fail');
  });

  it('is unknown for a holder whose country is not given, naming the fields', () => {
    const r = individual({
      p: { seat: 'FR', holders: { x: 30, fr: 70 } },
      x: { type: 'person', name: 'X' },
      fr: person('FR'),
    });
    expect(r).toMatchObject({
      status: 'unknown',
      subject: '/entities/x',
      message: { id: 'foreign-holding-max.individual.unknown-none' },
    });
    expect(texts(r).en).toContain(
      'X: nationality and residence not given, so its 30% of P cannot be placed inside or outside the EU',
    );
  });

  it('reads a company with no shareholders listed as an ultimate holder whose own owners are unknown', () => {
    // An EU company without shareholders at 10% cannot carry anyone above 24%; at 30% it could.
    expect(
      individual({ p: { seat: 'FR', holders: { eu: 10, fr: 90 } }, eu: { seat: 'DE' }, fr: person('FR') }).status,
    ).toBe('pass');
    const r = individual({ p: { seat: 'FR', holders: { eu: 30, fr: 70 } }, eu: { seat: 'DE' }, fr: person('FR') });
    expect(r.status).toBe('unknown');
    expect(texts(r).en).toContain('EU: no shareholders listed, so who ultimately holds its 30% of P is unknown');
  });

  it('does not count a non-EU company twice through its own non-EU owner', () => {
    // US HoldCo (20%) is held by US Corp, whose own shareholders are not listed: one holder reaching 20%, not 40%.
    expect(
      individual({
        p: { seat: 'FR', holders: { hold: 20, fr: 80 } },
        hold: { seat: 'US', holders: { corp: 100 } },
        corp: { seat: 'US' },
        fr: person('FR'),
      }).status,
    ).toBe('pass');
  });

  it('is unknown when two non-EU companies with unknown owners could belong to one holder', () => {
    // Two US companies of 15% each, shareholders not listed: one owner could hold both, 30%.
    expect(
      individual({
        p: { seat: 'FR', holders: { a: 15, b: 15, fr: 70 } },
        a: { seat: 'US' },
        b: { seat: 'US' },
        fr: person('FR'),
      }).status,
    ).toBe('unknown');
  });

  it('is unknown when the provider lists no shareholders', () => {
    const r = individual({ p: { seat: 'FR' } });
    expect(r).toMatchObject({ status: 'unknown', subject: '/entities/p' });
    expect(texts(r).en).toContain('P: no shareholders listed, so who ultimately holds its 100% of P is unknown');
  });

  it('does not apply to a person', () => {
    const r = individual({ p: person('FR') });
    expect(r).toMatchObject({ status: 'not-applicable', message: { id: 'foreign-holding-max.not-applicable' } });
    expect(texts(r).en[0]).toBe('P is a person: it has no capital or voting rights to be held');
  });
});

describe('foreign-holding-max, collective (39%)', () => {
  it('passes exactly 39% and fails 39.01%', () => {
    expect(collective(direct({ us: 20, cn: 19 }))).toMatchObject({
      status: 'pass',
      message: { id: 'foreign-holding-max.collective.pass' },
    });
    const r = collective(direct({ us: 20, cn: 19.01 }));
    expect(r).toMatchObject({ status: 'fail', message: { id: 'foreign-holding-max.collective.fail' } });
    expect(texts(r).en).toEqual([
      'Holders outside the EU together hold 39.01% of the capital of P (economic reading), more than the maximum of 39%',
      'US (US): 20% of the capital counted in the non-EU total',
      'CN (CN): 19.01% of the capital counted in the non-EU total',
      'US (US) → 20% P = 20%',
      'CN (CN) → 19.01% P = 19.01%',
    ]);
  });

  it('counts each share once: a non-EU company held by a non-EU holder', () => {
    // P ← 20% US HoldCo ← 100% US person, and 15% directly by a US person: 35%, not 55%.
    const r = collective({
      p: { seat: 'FR', holders: { hold: 20, us2: 15, fr: 65 } },
      hold: { seat: 'US', holders: { us: 100 } },
      us: person('US'),
      us2: person('US'),
      fr: person('FR'),
    });
    expect(r).toMatchObject({ status: 'pass', message: { values: { share: { percent: 35 } } } });
  });

  it('is unknown when the unexplained holdings could carry the total above 39%', () => {
    // US 20% + CN 15% + 5% missing = 40%.
    const r = collective({
      p: { seat: 'FR', holders: { us: 20, cn: 15, fr: 60 } },
      us: person('US'),
      cn: person('CN'),
      fr: person('FR'),
    });
    expect(r).toMatchObject({
      status: 'unknown',
      message: {
        id: 'foreign-holding-max.collective.unknown',
        values: { known: { percent: 35 }, upTo: { percent: 40 } },
      },
    });
  });

  it('does not count a public float as a non-EU holder (L.233-7 I)', () => {
    expect(
      collective({
        p: { seat: 'FR', holders: { float: 60, us: 39, fr: 1 } },
        float: { type: 'public-float' },
        us: person('US'),
        fr: person('FR'),
      }).status,
    ).toBe('pass');
  });
});
