// subcontractor-access (19.6.c): no technical access to data for a third party under non-EU control.
import { describe, expect, it } from 'vitest';
import { subcontractorAccess } from '../../src/checks/subcontractor-access.js';
import type { Description, Subcontractor } from '../../src/model/description.js';
import { contextFor, FR_COMPANY } from './context.js';
import { BASE, errorsOf } from '../schema/validate.js';

const run = (parts: Partial<Description>) => subcontractorAccess.run({}, contextFor(parts));
const one = (s: Subcontractor, entities: Description['entities'] = {}) => run({ entities, subcontractors: [s] })[0]!;

describe('subcontractor-access', () => {
  it('passes a non-EU third party without technical access, and an EU one with access', () => {
    expect(one({ entity: 'us', technicalAccessToData: false })).toMatchObject({
      status: 'pass',
      message: { id: 'subcontractor-access.pass-no-access' },
    });
    // An EU third party is judged on its owners too (facts.foreignControl reads 19.6.b): here a French person's.
    const owned = {
      eu: { ...FR_COMPANY, shareholders: [{ holder: 'fr', capital: 100, votingRights: 100 }] },
      fr: { type: 'person' as const, nationality: 'FR', residence: 'FR' },
    };
    expect(one({ entity: 'eu', technicalAccessToData: true }, owned)).toMatchObject({
      status: 'pass',
      message: { id: 'subcontractor-access.pass-eu' },
    });
  });

  it('fails a third party seated outside the EU with technical access, naming who makes it foreign', () => {
    const r = one({ entity: 'us', service: 'ops', technicalAccessToData: true });
    expect(r).toMatchObject({
      status: 'fail',
      subject: '/subcontractors/0/technicalAccessToData',
      message: { values: { entity: 'Vendor Inc. (ops)', holders: { list: ['Vendor Inc.'] } } },
    });
    expect(r.evidence).toMatchObject({ foreignControl: 'yes', holders: ['us'] });
  });

  it('is unknown when access is not said for a foreign party, or control cannot be established', () => {
    expect(one({ entity: 'us' })).toMatchObject({
      status: 'unknown',
      message: { id: 'subcontractor-access.unknown-access' },
    });
    const r = one({ entity: 'x', technicalAccessToData: true }, { x: { type: 'company', registeredOffice: 'FR' } });
    expect(r).toMatchObject({
      status: 'unknown',
      subject: '/subcontractors/0/entity',
      message: { id: 'subcontractor-access.unknown-control' },
    });
    expect(r.message.values).toMatchObject({
      missing: { list: ['x/centralAdministration', 'x/principalEstablishment', 'x/shareholders'] },
    });
  });

  it('is unknown without a subcontractor list, and not applicable with an empty one', () => {
    expect(run({})).toEqual([
      expect.objectContaining({ status: 'unknown', message: { id: 'subcontractor-access.unlisted' } }),
    ]);
    expect(run({ subcontractors: [] })).toEqual([
      expect.objectContaining({ status: 'not-applicable', subject: '/subcontractors' }),
    ]);
  });

  it('reads control from facts.foreignControl, not from the seats itself', () => {
    const ctx = contextFor({ subcontractors: [{ entity: 'p', technicalAccessToData: true }] });
    ctx.facts.foreignControl = () => ({ status: 'yes', holders: ['us'], missing: [] });
    expect(subcontractorAccess.run({}, ctx)[0]).toMatchObject({
      status: 'fail',
      message: { values: { holders: { list: ['Vendor Inc.'] } } },
    });
  });
});

describe('subcontractor-access: every third party that can reach the data (19.6.c)', () => {
  const staff = (extra: Partial<NonNullable<Description['staff']>[number]>) => [
    { role: 'support' as const, employer: 'us', locatedIn: ['US'], ...extra },
  ];

  it('fails a non-EU employer whose support reaches customer data, even through a supervised jump host', () => {
    const r = run({
      subcontractors: [],
      staff: staff({ accessToCustomerData: true, supervisedAccess: 'jump-host', documented: true }),
    });
    expect(r).toEqual([
      expect.objectContaining({
        status: 'fail',
        subject: '/staff/0/accessToCustomerData',
        message: expect.objectContaining({ id: 'subcontractor-access.fail' }),
      }),
    ]);
    expect(r[0]!.message.values).toMatchObject({ entity: 'Vendor Inc.', roles: { terms: ['third-party.support'] } });
  });

  it('is unknown when a non-EU employer’s access is not said, and leaves out one whose team has none', () => {
    expect(run({ subcontractors: [], staff: staff({}) })[0]).toMatchObject({
      status: 'unknown',
      subject: '/staff/0',
      message: { id: 'subcontractor-access.unknown-access' },
    });
    expect(run({ subcontractors: [], staff: staff({ accessToCustomerData: false }) })).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: { id: 'subcontractor-access.none' } }),
    ]);
  });

  it('judges the recipient of a flow that carries customer or technical data', () => {
    const flow = (extra: object) =>
      run({ subcontractors: [], data: [{ kind: 'telemetry', sentTo: 'us', ...extra }] })[0]!;
    expect(flow({ containsCustomerData: false, containsTechnicalData: true })).toMatchObject({
      status: 'fail',
      subject: '/data/0/containsTechnicalData',
    });
    expect(flow({ containsCustomerData: false })).toMatchObject({
      status: 'unknown',
      subject: '/data/0',
      message: { id: 'subcontractor-access.unknown-access' },
    });
    expect(flow({ containsCustomerData: false, containsTechnicalData: false })).toMatchObject({
      status: 'not-applicable',
    });
    expect(run({ subcontractors: [], data: [{ kind: 'backups', sentTo: 'us' }] })[0]).toMatchObject({
      status: 'fail',
      subject: '/data/0/kind',
    });
  });

  it('judges the operator of a site unless it is stated to have no access', () => {
    const site = (extra: object) =>
      run({ subcontractors: [], sites: [{ id: 's', country: 'FR', operator: 'us', ...extra }] })[0]!;
    expect(site({})).toMatchObject({
      status: 'unknown',
      subject: '/sites/0',
      message: { values: { roles: { terms: ['third-party.site-operator'] } } },
    });
    expect(site({ technicalAccessToData: true })).toMatchObject({
      status: 'fail',
      subject: '/sites/0/technicalAccessToData',
    });
    expect(site({ technicalAccessToData: false })).toMatchObject({ status: 'not-applicable' });
  });

  it('lets a subcontractor entry speak for every role of its entity, and names each role', () => {
    const r = run({
      subcontractors: [{ entity: 'us', service: 'licence', technicalAccessToData: false }],
      sites: [{ id: 's', country: 'FR', operator: 'us' }],
      staff: staff({}),
    });
    expect(r).toEqual([
      expect.objectContaining({
        status: 'pass',
        subject: '/subcontractors/0',
        message: expect.objectContaining({ id: 'subcontractor-access.pass-no-access' }),
      }),
    ]);
    expect(r[0]!.message.values).toMatchObject({
      roles: { terms: ['third-party.subcontractor', 'third-party.site-operator', 'third-party.support'] },
    });
  });

  it('never counts the provider as a third party, and judges others beside an absent subcontractor list', () => {
    expect(
      run({
        subcontractors: [],
        staff: [{ role: 'administration', employer: 'p', locatedIn: ['FR'], accessToCustomerData: true }],
      }),
    ).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
    const r = run({ staff: staff({ accessToCustomerData: true }) });
    expect(r.map((x) => [x.status, x.message.id])).toEqual([
      ['fail', 'subcontractor-access.fail'],
      ['unknown', 'subcontractor-access.unlisted'],
    ]);
  });
});

describe('contradictory facts about a third party’s access are input errors', () => {
  const sub = (access: boolean) => `subcontractors:\n  - { entity: us, technicalAccessToData: ${access} }\n`;
  const BASE_US = `${BASE}  us: { type: company, registeredOffice: US, centralAdministration: US, principalEstablishment: US }\n`;

  it('a role with access against an entry without', () => {
    expect(
      errorsOf(`${BASE_US}staff:\n  - { role: support, employer: us, accessToCustomerData: true }\n${sub(false)}`),
    ).toEqual([
      '9:36: this support team has access to data, which contradicts `technicalAccessToData: false` of subcontractors[0], which speaks for every role of `us`: correct one of them',
    ]);
    expect(
      errorsOf(`${BASE_US}data:\n  - { kind: telemetry, sentTo: us, containsCustomerData: true }\n${sub(false)}`),
    ).toHaveLength(1);
  });

  it('a site without access against an entry with, and two entries that disagree', () => {
    expect(
      errorsOf(`${BASE_US}sites:\n  - { id: s, operator: us, technicalAccessToData: false }\n${sub(true)}`),
    ).toEqual([
      '9:28: `technicalAccessToData: false` contradicts `technicalAccessToData: true` of subcontractors[0], which speaks for every role of `us`: correct one of them',
    ]);
    expect(errorsOf(`${BASE_US}${sub(true)}  - { entity: us, technicalAccessToData: false }\n`)).toHaveLength(1);
  });

  it('roles that agree, or say nothing, are valid', () => {
    expect(
      errorsOf(
        `${BASE_US}staff:\n  - { role: support, employer: us, accessToCustomerData: false }\nsites:\n  - { id: s, operator: us }\n${sub(false)}`,
      ),
    ).toEqual([]);
  });
});
