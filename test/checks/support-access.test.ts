// support-access (19.2.e, 9.7.d): support outside the EU documented, and through a supervised jump host for customer data.
import { describe, expect, it } from 'vitest';
import { supportAccess } from '../../src/checks/support-access.js';
import type { StaffGroup } from '../../src/model/description.js';
import { contextFor } from './context.js';

const US: StaffGroup = { role: 'support', employer: 'us', locatedIn: ['US'] };
const one = (g: Partial<StaffGroup>) => supportAccess.run({ area: 'eu' }, contextFor({ staff: [{ ...US, ...g }] }))[0]!;

describe('support-access', () => {
  it('passes support from the EU whatever else it says', () => {
    expect(one({ locatedIn: ['FR', 'DE'], accessToCustomerData: true, supervisedAccess: 'none' })).toMatchObject({
      status: 'pass',
      message: { id: 'support-access.pass-inside' },
    });
  });

  it('passes documented support from outside the EU that has no access, or reaches data through a jump host', () => {
    expect(one({ documented: true, accessToCustomerData: false })).toMatchObject({
      status: 'pass',
      message: { id: 'support-access.pass-documented' },
    });
    expect(one({ documented: true, accessToCustomerData: true, supervisedAccess: 'jump-host' })).toMatchObject({
      status: 'pass',
      message: { id: 'support-access.pass-jump-host' },
    });
    expect(one({ documented: true, supervisedAccess: 'jump-host' })).toMatchObject({
      status: 'pass',
      message: { id: 'support-access.pass-jump-host' },
    });
  });

  it('fails undocumented support, and access to customer data without a jump host, at the field', () => {
    expect(one({ documented: false, accessToCustomerData: false })).toMatchObject({
      status: 'fail',
      subject: '/staff/0/documented',
    });
    expect(one({ documented: true, accessToCustomerData: true, supervisedAccess: 'none' })).toMatchObject({
      status: 'fail',
      subject: '/staff/0/supervisedAccess',
      message: { id: 'support-access.unsupervised' },
    });
    const both = one({ documented: false, accessToCustomerData: true, supervisedAccess: 'none' });
    expect(both).toMatchObject({
      status: 'fail',
      subject: '/staff/0/documented',
      details: [{ id: 'support-access.unsupervised' }],
    });
  });

  it('is unknown, naming the missing fields, when a needed fact is absent', () => {
    expect(one({ accessToCustomerData: false })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.documented'] } } },
    });
    expect(one({ documented: true })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.accessToCustomerData'] } } },
    });
    expect(one({ documented: true, accessToCustomerData: true })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.supervisedAccess'] } } },
    });
    expect(one({ locatedIn: undefined })).toMatchObject({
      status: 'unknown',
      message: { id: 'support-access.unknown-location' },
    });
  });

  it('is not applicable when no support team is described', () => {
    expect(
      supportAccess.run({ area: 'eu' }, contextFor({ staff: [{ role: 'administration', locatedIn: ['US'] }] })),
    ).toEqual([expect.objectContaining({ status: 'not-applicable', subject: '/staff' })]);
    expect(supportAccess.run({ area: 'eu' }, contextFor())[0]!.status).toBe('not-applicable');
  });
});
