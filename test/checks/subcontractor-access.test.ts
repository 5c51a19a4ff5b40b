// subcontractor-access (19.6.c): no technical access to data for a third party under non-EU control.
import { describe, expect, it } from 'vitest';
import { subcontractorAccess } from '../../src/checks/subcontractor-access.js';
import type { Description, Subcontractor } from '../../src/model/description.js';
import { contextFor, FR_COMPANY } from './context.js';

const run = (parts: Partial<Description>) => subcontractorAccess.run({}, contextFor(parts));
const one = (s: Subcontractor, entities: Description['entities'] = {}) => run({ entities, subcontractors: [s] })[0]!;

describe('subcontractor-access', () => {
  it('passes a non-EU third party without technical access, and an EU one with access', () => {
    expect(one({ entity: 'us', technicalAccessToData: false })).toMatchObject({ status: 'pass', message: { id: 'subcontractor-access.pass-no-access' } });
    // An EU third party is judged on its owners too (facts.foreignControl reads 19.6.b): here a French person's.
    const owned = { eu: { ...FR_COMPANY, shareholders: [{ holder: 'fr', capital: 100, votingRights: 100 }] }, fr: { type: 'person' as const, nationality: 'FR', residence: 'FR' } };
    expect(one({ entity: 'eu', technicalAccessToData: true }, owned)).toMatchObject({ status: 'pass', message: { id: 'subcontractor-access.pass-eu' } });
  });

  it('fails a third party seated outside the EU with technical access, naming who makes it foreign', () => {
    const r = one({ entity: 'us', service: 'ops', technicalAccessToData: true });
    expect(r).toMatchObject({ status: 'fail', subject: '/subcontractors/0/technicalAccessToData', message: { values: { entity: 'Vendor Inc. (ops)', holders: { list: ['Vendor Inc.'] } } } });
    expect(r.evidence).toMatchObject({ foreignControl: 'yes', holders: ['us'] });
  });

  it('is unknown when access is not said for a foreign party, or control cannot be established', () => {
    expect(one({ entity: 'us' })).toMatchObject({ status: 'unknown', message: { id: 'subcontractor-access.unknown-access' } });
    const r = one({ entity: 'x', technicalAccessToData: true }, { x: { type: 'company', registeredOffice: 'FR' } });
    expect(r).toMatchObject({ status: 'unknown', subject: '/subcontractors/0/entity', message: { id: 'subcontractor-access.unknown-control' } });
    expect(r.message.values).toMatchObject({ missing: { list: ['x/centralAdministration', 'x/principalEstablishment', 'x/shareholders'] } });
  });

  it('is unknown without a subcontractor list, and not applicable with an empty one', () => {
    expect(run({})).toEqual([expect.objectContaining({ status: 'unknown', message: { id: 'subcontractor-access.unlisted' } })]);
    expect(run({ subcontractors: [] })).toEqual([expect.objectContaining({ status: 'not-applicable', subject: '/subcontractors' })]);
  });

  it('reads control from facts.foreignControl, not from the seats itself', () => {
    const ctx = contextFor({ subcontractors: [{ entity: 'p', technicalAccessToData: true }] });
    ctx.facts.foreignControl = () => ({ status: 'yes', holders: ['us'], missing: [] });
    expect(subcontractorAccess.run({}, ctx)[0]).toMatchObject({ status: 'fail', message: { values: { holders: { list: ['Vendor Inc.'] } } } });
  });
});
