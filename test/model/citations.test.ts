// Which sources stand behind a fact, and what a strict audit keeps of a description: the model functions, case by case.
import { describe, expect, it } from 'vitest';
import { citationsAt } from '../../src/model/citations.js';
import type { Description } from '../../src/model/description.js';
import { documentedOnly } from '../../src/model/documented-only.js';

const base = (parts: Partial<Description>): Description => ({
  snc: 1,
  name: 't',
  provider: 'p',
  offer: { name: 'o' },
  entities: {},
  sources: {},
  ...parts,
});

describe('citationsAt', () => {
  const d = base({
    entities: {
      p: {
        type: 'company',
        source: 'kbis',
        registeredOffice: 'FR',
        shareholders: [
          { holder: 'a', capital: 60, source: 'register' },
          { holder: 'b', capital: 40 },
        ],
      },
    },
    sites: [{ id: 's', country: 'FR', sources: ['lease', 'audit'] }],
  });

  it('takes the nearest citing object at or above the fact', () => {
    expect(citationsAt(d, '/entities/p/registeredOffice')).toEqual(['kbis']);
    expect(citationsAt(d, '/entities/p/shareholders/0/capital')).toEqual(['register']);
    expect(citationsAt(d, '/entities/p/shareholders/1/capital')).toEqual(['kbis']);
    expect(citationsAt(d, '/sites/0')).toEqual(['lease', 'audit']);
  });

  it('adds, for a fact taken whole, every citation inside it', () => {
    expect(citationsAt(d, '/entities/p', true)).toEqual(['kbis', 'register', 'kbis']);
  });

  it('finds none where nothing cites, and never takes the sources map for a citation', () => {
    expect(citationsAt(d, '/provider')).toEqual([]);
    expect(citationsAt(d, '/offer/name')).toEqual([]);
    expect(citationsAt(d, '/nowhere/at/all')).toEqual([]);
  });
});

describe('documentedOnly (--require-sources)', () => {
  it('keeps what cites a source, or sits in something that does', () => {
    const d = base({
      entities: {
        p: {
          type: 'company',
          source: 'kbis',
          registeredOffice: 'FR',
          specialRights: [],
          shareholders: [{ holder: 'a', capital: 100 }],
        },
      },
    });
    expect(documentedOnly(d)).toEqual({ description: d, undocumented: [] });
  });

  it('takes the facts out of an uncited object, keeping what names and links it', () => {
    const d = base({
      entities: {
        p: { name: 'P', type: 'company', registeredOffice: 'FR', 'x-note': 'kept' } as Description['entities'][string],
        a: { type: 'person', nationality: 'FR', source: 'id-card' },
      },
      sites: [{ id: 's', name: 'Paris', country: 'FR', operator: 'p' }],
      staff: [{ role: 'administration', employer: 'p', locatedIn: ['FR'] }],
      subcontractors: [{ entity: 'a', service: 'ops', technicalAccessToData: false }],
      data: [{ kind: 'backups', storedAt: ['s'] }],
      contract: { governingLaw: 'FR', changeNoticeDays: 30 },
      certificates: { authorityCountry: 'FR' },
      offer: { name: 'o', serviceModel: 'iaas' },
    });
    const { description, undocumented } = documentedOnly(d);
    expect(description.entities.p).toEqual({ name: 'P', type: 'company', 'x-note': 'kept' });
    expect(description.entities.a).toEqual(d.entities.a);
    expect(description.sites).toEqual([{ id: 's', name: 'Paris' }]);
    expect(description.staff).toEqual([{ role: 'administration' }]);
    expect(description.subcontractors).toEqual([{ entity: 'a', service: 'ops' }]);
    expect(description.data).toEqual([{ kind: 'backups' }]);
    expect(description.contract).toEqual({});
    expect(description.certificates).toEqual({});
    expect(description.offer).toEqual({ name: 'o' });
    expect(undocumented).toEqual([
      '/offer',
      '/entities/p',
      '/sites/0',
      '/data/0',
      '/staff/0',
      '/subcontractors/0',
      '/certificates',
      '/contract',
    ]);
    expect(d.entities.p!.registeredOffice).toBe('FR');
  });

  it('keeps the holder of an uncited holding but not its figures; drops an uncited empty list, and a list with an uncited item', () => {
    const d = base({
      entities: {
        p: {
          type: 'company',
          shareholders: [
            { holder: 'a', capital: 50, votingRights: 50, source: 'register' },
            { holder: 'b', capital: 50 },
          ],
          specialRights: [],
        },
        q: {
          type: 'company',
          source: 'kbis',
          specialRights: [
            { holder: 'a', right: 'veto' },
            { holder: 'b', right: 'other', source: 'pact' },
          ],
        },
        r: { type: 'company', specialRights: [{ holder: 'a', right: 'veto', source: 'pact' }] },
      },
      offer: { name: 'o', source: 'brochure', qualifications: [{ scheme: 'secnumcloud', status: 'qualified' }] },
    });
    const { description, undocumented } = documentedOnly(d);
    expect(description.entities.p!.shareholders).toEqual([
      { holder: 'a', capital: 50, votingRights: 50, source: 'register' },
      { holder: 'b' },
    ]);
    expect(description.entities.p!.specialRights).toBeUndefined();
    expect(description.entities.q!.specialRights).toHaveLength(2);
    expect(description.entities.r!.specialRights).toEqual([{ holder: 'a', right: 'veto', source: 'pact' }]);
    expect(description.offer.qualifications).toHaveLength(1);
    expect(undocumented).toEqual(['/entities/p/shareholders/1', '/entities/p/specialRights']);
    const uncited = documentedOnly(
      base({
        offer: {
          name: 'o',
          qualifications: [
            { scheme: 'secnumcloud', status: 'qualified', source: 'anssi' },
            { scheme: 'hds', status: 'certified' },
          ],
        },
      }),
    );
    expect(uncited.description.offer.qualifications).toBeUndefined();
  });
});
