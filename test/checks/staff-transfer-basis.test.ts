// staff-transfer-basis (HDS EXI 29): access to health data from outside the EEA under GDPR art. 45 or 46.
import { describe, expect, it } from 'vitest';
import { staffTransferBasis } from '../../src/checks/staff-transfer-basis.js';
import type { Description, StaffGroup } from '../../src/model/description.js';
import { contextFor } from './context.js';

const PARAMS = { area: 'eea' as const, dataSensitivity: ['health' as const] };
const run = (parts: Partial<Description>) =>
  staffTransferBasis.run(PARAMS, contextFor({ dataSensitivity: 'health', ...parts }));
const one = (g: Partial<StaffGroup>) =>
  run({ staff: [{ role: 'support', employer: 'us', locatedIn: ['US'], ...g }] })[0]!;

describe('staff-transfer-basis', () => {
  it('passes teams inside the EEA, Norway included, and teams without access', () => {
    expect(one({ locatedIn: ['NO'], accessToCustomerData: true })).toMatchObject({
      status: 'pass',
      message: { id: 'staff-transfer-basis.pass-inside' },
    });
    expect(one({ accessToCustomerData: false })).toMatchObject({
      status: 'pass',
      message: { id: 'staff-transfer-basis.pass-no-access' },
    });
  });

  it('passes access from outside the EEA under an adequacy decision or appropriate safeguards', () => {
    expect(one({ accessToCustomerData: true, transferBasis: 'adequacy-decision' })).toMatchObject({
      status: 'pass',
      message: { values: { basis: { terms: ['basis.adequacy-decision'] } } },
    });
    expect(one({ accessToCustomerData: true, transferBasis: 'appropriate-safeguards' }).status).toBe('pass');
  });

  it('fails access from outside the EEA with no basis, at the field', () => {
    expect(one({ accessToCustomerData: true, transferBasis: 'none' })).toMatchObject({
      status: 'fail',
      subject: '/staff/0/transferBasis',
    });
  });

  it('is unknown when access or basis is not given', () => {
    expect(one({ accessToCustomerData: true })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.transferBasis'] } } },
    });
    expect(one({ transferBasis: 'none' })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.accessToCustomerData'] } } },
    });
    expect(one({ locatedIn: undefined })).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.locatedIn'] } } },
    });
    expect(run({})).toEqual([
      expect.objectContaining({ status: 'unknown', message: { id: 'staff-transfer-basis.no-staff' } }),
    ]);
  });

  it('is not applicable without health data, or with an empty staff list', () => {
    const staff: Description['staff'] = [
      { role: 'support', locatedIn: ['US'], accessToCustomerData: true, transferBasis: 'none' },
    ];
    expect(staffTransferBasis.run(PARAMS, contextFor({ dataSensitivity: 'sensitive', staff }))[0]!.status).toBe(
      'not-applicable',
    );
    expect(run({ staff: [] })[0]!.status).toBe('not-applicable');
  });
});
