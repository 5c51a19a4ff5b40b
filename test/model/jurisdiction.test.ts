// Where an entity falls: its seats, a person's nationalities and residence, a State's country.
import { describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../src/model/jurisdiction.js';
import { regions } from '../../src/model/regions.js';

const of = (e: Parameters<typeof jurisdictionOf>[0]) => jurisdictionOf(e, regions(), '2026-11-23');

describe('jurisdictionOf', () => {
  it('makes a person with one nationality outside the EU non-EU, whatever the others', () => {
    expect(of({ type: 'person', nationality: ['FR', 'US'], residence: 'FR' })).toEqual({
      status: 'non-eu',
      outside: [{ field: 'nationality', country: 'US' }],
      missing: [],
    });
    expect(of({ type: 'person', nationality: ['FR', 'DE'], residence: 'FR' }).status).toBe('eu');
  });

  it('makes a residence outside the EU non-EU too', () => {
    expect(of({ type: 'person', nationality: ['FR', 'IT'], residence: 'CH' }).outside).toEqual([
      { field: 'residence', country: 'CH' },
    ]);
  });

  it('leaves a person unplaced without a nationality', () => {
    expect(of({ type: 'person', residence: 'FR' })).toEqual({
      status: 'unknown',
      outside: [],
      missing: ['nationality'],
    });
  });
});
