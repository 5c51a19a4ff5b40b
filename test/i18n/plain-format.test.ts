// The Intl-free number and list formatting writes exactly what Intl writes for en-GB and fr-FR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsAgainst, formatNumber, formatPercent, joinList } from '../../src/i18n/plain-format.js';

const locale = { en: 'en-GB', fr: 'fr-FR' } as const;
const lang = fc.constantFrom('en' as const, 'fr' as const);

describe('plain formatting', () => {
  it('numbers as Intl.NumberFormat with at most two decimals, or as many as asked', () => {
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.double({ min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1e5),
      fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 2e4 + 0.00005),
      fc.constantFrom(
        0,
        -0,
        0.00005,
        0.00015,
        999.99995,
        -999.99995,
        1e21,
        1e20,
        -1e21,
        Infinity,
        -Infinity,
        NaN,
        33.333333,
        24,
        39,
        100,
      ),
    );
    fc.assert(
      fc.property(number, lang, fc.integer({ min: 0, max: 8 }), (n, l, places) => {
        expect(formatNumber(n, l)).toBe(new Intl.NumberFormat(locale[l], { maximumFractionDigits: 2 }).format(n));
        expect(formatNumber(n, l, places)).toBe(
          new Intl.NumberFormat(locale[l], { maximumFractionDigits: places }).format(n),
        );
      }),
      { numRuns: Number(process.env.SNC_FUZZ_RUNS ?? 3000) },
    );
  });

  it('percentages with at most two decimals, trailing zeros dropped', () => {
    expect(formatPercent((2 / 3) * 100, 'en')).toBe('66.67%');
    expect(formatPercent((2 / 3) * 100, 'fr')).toBe('66,67\u202f%');
    expect(formatPercent(50, 'en')).toBe('50%');
    expect(formatPercent(37.5, 'fr')).toBe('37,5\u202f%');
    expect(formatPercent(0.004, 'en')).toBe('0%');
  });

  it('a figure compared with a bound with as many digits as it takes to differ from it', () => {
    expect(formatPercent(24.000001, 'en', 24)).toBe('24.000001%');
    expect(formatPercent(23.9999999, 'fr', 24)).toBe('23,9999999\u202f%');
    expect(formatPercent(24, 'en', 24)).toBe('24%');
    expect(formatPercent(25.5, 'en', 24)).toBe('25.5%');
    expect(formatPercent(24.006, 'en', 24)).toBe('24.01%');
    expect(formatPercent(24.0041, 'en', 24.004)).toBe('24.0041%');
    expect(formatPercent(99.999, 'en', 100)).toBe('99.999%');
  });

  it('never writes a figure equal to its bound, nor on the wrong side of it', () => {
    const figure = fc.oneof(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.integer({ min: 0, max: 100_000_000 }).map((i) => i / 1e6),
    );
    fc.assert(
      fc.property(figure, fc.oneof(fc.constantFrom(24, 39, 100, 0, 24.004), figure), (n, bound) => {
        const places = decimalsAgainst(n, bound);
        const shown = Number(formatNumber(n, 'en', places).replace(/,/g, ''));
        if (n === bound) expect(places).toBe(2);
        else expect(Math.sign(shown - bound)).toBe(Math.sign(n - bound));
      }),
      { numRuns: 2000 },
    );
  });

  it('lists as Intl.ListFormat conjunctions', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 6 }), lang, (items, l) => {
        expect(joinList(items, l)).toBe(new Intl.ListFormat(locale[l], { type: 'conjunction' }).format(items));
      }),
      { numRuns: 500 },
    );
  });
});
