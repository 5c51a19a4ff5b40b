// country-field (19.1.c, 10.6.a), states-qualification (19.1.o) and change-notice (19.6.f): one verdict on one field.
import { describe, expect, it } from 'vitest';
import { changeNotice } from '../../src/checks/change-notice.js';
import { countryField } from '../../src/checks/country-field.js';
import { statesQualification } from '../../src/checks/states-qualification.js';
import type { Description } from '../../src/model/description.js';
import { contextFor } from './context.js';

const law = (contract: Description['contract'], date?: string) =>
  countryField.run({ field: 'contract.governingLaw', area: 'eu' }, contextFor({ contract }, date))[0]!;

describe('country-field', () => {
  it('judges the governing law against the EU on the evaluation date', () => {
    expect(law({ governingLaw: 'FR' })).toMatchObject({ status: 'pass', subject: '/contract/governingLaw' });
    expect(law({ governingLaw: 'US' }).status).toBe('fail');
    expect(law({ governingLaw: 'NO' }).status).toBe('fail');
    expect(law({ governingLaw: 'GB' }, '2020-01-31').status).toBe('pass');
    expect(law({ governingLaw: 'GB' }, '2020-02-01').status).toBe('fail');
    expect(law({})).toMatchObject({ status: 'unknown', message: { id: 'country-field.unknown' } });
    expect(law(undefined).status).toBe('unknown');
  });

  it('judges the certification authority', () => {
    const run = (certificates: Description['certificates']) =>
      countryField.run({ field: 'certificates.authorityCountry', area: 'eu' }, contextFor({ certificates }))[0]!;
    expect(run({ authorityCountry: 'DE' })).toMatchObject({
      status: 'pass',
      subject: '/certificates/authorityCountry',
    });
    expect(run({ authorityCountry: 'US' }).status).toBe('fail');
    expect(run(undefined).status).toBe('unknown');
  });
});

describe('states-qualification', () => {
  const run = (contract: Description['contract']) => statesQualification.run({}, contextFor({ contract }))[0]!.status;
  it('passes true, fails false, and is unknown when absent', () => {
    expect(run({ statesQualification: true })).toBe('pass');
    expect(run({ statesQualification: false })).toBe('fail');
    expect(run({ governingLaw: 'FR' })).toBe('unknown');
    expect(run(undefined)).toBe('unknown');
  });
});

describe('change-notice', () => {
  const run = (days: number | undefined, params = {}) =>
    changeNotice.run(params, contextFor({ contract: days === undefined ? {} : { changeNoticeDays: days } }))[0]!;
  it('allows 30 days by default: 30 passes, 31 fails', () => {
    expect(run(30)).toMatchObject({ status: 'pass', message: { values: { days: 30, max: 30 } } });
    expect(run(31)).toMatchObject({ status: 'fail', subject: '/contract/changeNoticeDays' });
    expect(run(0).status).toBe('pass');
    expect(run(undefined).status).toBe('unknown');
  });
  it('follows maxDays', () => {
    expect(run(29, { maxDays: 28 }).status).toBe('fail');
    expect(run(28, { maxDays: 28 }).status).toBe('pass');
  });
});
