// secnumcloud-qualification (Cloud de Confiance): qualified, version 3.2, valid on the evaluation date.
import { describe, expect, it } from 'vitest';
import { secnumcloudQualification } from '../../src/checks/secnumcloud-qualification.js';
import type { Qualification } from '../../src/model/description.js';
import { contextFor } from './context.js';

const run = (qualifications: Qualification[] | undefined, date = '2026-11-23', params = {}) =>
  secnumcloudQualification.run(
    params,
    contextFor({ offer: { name: 'o', ...(qualifications ? { qualifications } : {}) } }, date),
  )[0]!;
const Q = { scheme: 'secnumcloud', version: '3.2', status: 'qualified', validUntil: '2027-12-31' } as const;

describe('secnumcloud-qualification', () => {
  it('passes a 3.2 qualification valid on the date, up to and including its last day', () => {
    expect(run([Q])).toMatchObject({ status: 'pass', subject: '/offer/qualifications/0' });
    expect(run([Q], '2027-12-31').status).toBe('pass');
    expect(run([Q], '2028-01-01')).toMatchObject({
      status: 'fail',
      subject: '/offer/qualifications/0/validUntil',
      message: { id: 'secnumcloud-qualification.expired' },
    });
  });

  it('fails a qualification in progress, expired or withdrawn, and another version', () => {
    expect(run([{ ...Q, status: 'in-progress' }])).toMatchObject({
      status: 'fail',
      message: { values: { status: { terms: ['qualification.in-progress'] } } },
    });
    expect(run([{ ...Q, status: 'withdrawn' }]).status).toBe('fail');
    expect(run([{ ...Q, version: '3.1' }])).toMatchObject({
      status: 'fail',
      message: { id: 'secnumcloud-qualification.wrong-version' },
    });
    expect(run([{ ...Q, version: 3.2 }]).status).toBe('pass');
  });

  it('is unknown without an end of validity or a version', () => {
    expect(run([{ scheme: 'secnumcloud', version: '3.2', status: 'qualified' }])).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.validUntil'] } } },
    });
    expect(run([{ scheme: 'SecNumCloud', status: 'qualified', validUntil: '2027-12-31' }])).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.version'] } } },
    });
    expect(run(undefined)).toMatchObject({ status: 'unknown', message: { id: 'secnumcloud-qualification.unlisted' } });
  });

  it('fails when no SecNumCloud qualification is listed, and keeps the best of several', () => {
    expect(run([{ scheme: 'hds', status: 'certified', validUntil: '2030-01-01' }])).toMatchObject({
      status: 'fail',
      message: { id: 'secnumcloud-qualification.none' },
    });
    expect(run([]).status).toBe('fail');
    expect(run([{ ...Q, status: 'expired', validUntil: '2025-01-01' }, Q])).toMatchObject({
      status: 'pass',
      subject: '/offer/qualifications/1',
    });
    expect(
      run([
        { ...Q, status: 'in-progress' },
        { scheme: 'secnumcloud', version: '3.2', status: 'qualified' },
      ]).status,
    ).toBe('unknown');
  });

  it('follows the version parameter', () => {
    expect(run([{ ...Q, version: '3.3' }], '2026-11-23', { version: '3.3' }).status).toBe('pass');
  });
});
