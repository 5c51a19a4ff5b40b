// facts.foreignControl (19.6.c reads 19.6.b): seated, owned or controlled outside the EU; unknown when facts are missing.
import { BUILTIN_READING } from './reading.js';
import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../../src/model/facts.js';
import { DATE, group, person, type Short } from './group.js';

const control = (entities: Record<string, Short>, id = 'sub') =>
  deriveFacts(
    group({ p: { seat: 'FR', holders: { fr: 100 } }, fr: person('FR'), ...entities }),
    DATE,
    BUILTIN_READING,
  ).foreignControl(id);

describe('facts.foreignControl', () => {
  it('is yes for an entity seated outside the EU, whatever its owners', () => {
    expect(control({ sub: { seat: 'US', holders: { fr: 100 } } })).toEqual({
      status: 'yes',
      holders: ['sub'],
      missing: [],
    });
  });

  it('is no for an EU company owned and controlled inside the EU', () => {
    expect(control({ sub: { seat: 'DE', holders: { fr: 76, us: 24 } }, us: person('US') })).toEqual({
      status: 'no',
      holders: [],
      missing: [],
    });
  });

  it('is yes above 24% held from outside the EU, naming the holder', () => {
    expect(control({ sub: { seat: 'DE', holders: { fr: 75, us: 25 } }, us: person('US') })).toEqual({
      status: 'yes',
      holders: ['us'],
      missing: [],
    });
  });

  it('is yes when non-EU holders together exceed 39%', () => {
    expect(
      control({ sub: { seat: 'DE', holders: { fr: 60, us: 20, cn: 20 } }, us: person('US'), cn: person('CN') }),
    ).toMatchObject({ status: 'yes', holders: ['us', 'cn'] });
  });

  it('is yes for a veto held from outside the EU', () => {
    expect(
      control({ sub: { seat: 'DE', holders: { fr: 100 }, rights: [['us', 'veto']] }, us: person('US') }),
    ).toMatchObject({ status: 'yes', holders: ['us'] });
  });

  it('is unknown, naming what is missing, when ownership is unexplained', () => {
    // With no shareholders listed, one holder outside the EU could hold it all: the first test left open, with its bounds.
    expect(control({ sub: { seat: 'DE' } })).toEqual({
      status: 'unknown',
      holders: [],
      missing: ['sub/shareholders'],
      open: { scope: 'individual', measure: 'capital', known: 0, upTo: 100, max: 24 },
    });
    expect(control({ sub: { seat: 'DE', holders: { fr: 70 } } })).toMatchObject({
      status: 'unknown',
      missing: ['sub/shareholders'],
    });
  });

  it('is unknown when the entity’s own seats are not all given', () => {
    expect(control({ sub: { registeredOffice: 'FR', holders: { fr: 100 } } })).toEqual({
      status: 'unknown',
      holders: [],
      missing: ['sub/centralAdministration', 'sub/principalEstablishment'],
    });
  });

  it('places a person, a State or a fund with no shareholders by its own fields', () => {
    expect(control({ sub: person('FR') })).toMatchObject({ status: 'no' });
    expect(control({ sub: person('FR', 'US') })).toMatchObject({ status: 'yes', holders: ['sub'] });
    expect(control({ sub: { type: 'fund', seat: 'LU' } })).toMatchObject({ status: 'no' });
  });
});
