// The Intl-free number and list formatting writes exactly what Intl writes for en-GB and fr-FR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, joinList } from '../../src/i18n/plain-format.js';

const locale = { en: 'en-GB', fr: 'fr-FR' } as const;
const lang = fc.constantFrom('en' as const, 'fr' as const);

describe('plain formatting', () => {
  it('numbers as Intl.NumberFormat with at most four decimals', () => {
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.double({ min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1e5),
      fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 2e4 + 0.00005),
      fc.constantFrom(0, -0, 0.00005, 0.00015, 999.99995, -999.99995, 1e21, 1e20, -1e21, Infinity, -Infinity, NaN, 33.333333, 24, 39, 100),
    );
    fc.assert(
      fc.property(number, lang, (n, l) => {
        expect(formatNumber(n, l)).toBe(new Intl.NumberFormat(locale[l], { maximumFractionDigits: 4 }).format(n));
      }),
      { numRuns: Number(process.env.SNC_FUZZ_RUNS ?? 3000) },
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
