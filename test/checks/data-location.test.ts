// data-location (19.2.b, 19.2.d, HDS EXI 28): one verdict per judged flow, at the most precise pointer.
import { describe, expect, it } from 'vitest';
import { dataLocation, type DataLocationParams } from '../../src/checks/data-location.js';
import type { Description } from '../../src/model/description.js';
import { contextFor } from './context.js';

const CUSTOMER: DataLocationParams = { area: 'eu', kinds: ['customer-content', 'backups'], customerDataFlows: true };
const TECHNICAL: DataLocationParams = { area: 'eu', kinds: ['technical-data', 'logs'], technicalDataFlows: true };
const run = (parts: Partial<Description>, params: DataLocationParams = CUSTOMER, date?: string) =>
  dataLocation.run(params, contextFor(parts, date));
const sites: Description['sites'] = [
  { id: 'paris', country: 'FR' },
  { id: 'london', country: 'GB' },
  { id: 'oslo', country: 'NO' },
  { id: 'reunion', country: 'RE' },
  { id: 'nowhere' },
];

describe('data-location', () => {
  it('passes a flow stored and processed in the EU, naming the countries', () => {
    const [r] = run({
      sites,
      data: [{ kind: 'customer-content', storedAt: ['paris', 'reunion'], processedAt: ['paris'] }],
    });
    expect(r).toMatchObject({ status: 'pass', subject: '/data/0', message: { id: 'data-location.pass' } });
    expect(r!.message.values).toMatchObject({
      countries: { countries: ['FR', 'RE'] },
      places: { terms: ['place.stored', 'place.processed'] },
    });
  });

  it('fails at the site reference that leaves the EU, on the date of the evaluation', () => {
    const data: Description['data'] = [{ kind: 'backups', storedAt: ['paris', 'london'] }];
    expect(run({ sites, data }, CUSTOMER, '2020-01-31')[0]!.status).toBe('pass');
    const [r] = run({ sites, data }, CUSTOMER, '2020-02-01');
    expect(r).toMatchObject({ status: 'fail', subject: '/data/0/storedAt/1', message: { id: 'data-location.fail' } });
    expect(r!.message.values).toMatchObject({ sites: { list: ['london'] }, countries: { countries: ['GB'] } });
  });

  it('fails Norway for the EU but passes it for the EEA', () => {
    const data: Description['data'] = [{ kind: 'customer-content', storedAt: ['oslo'], processedAt: ['paris'] }];
    expect(run({ sites, data })[0]!.status).toBe('fail');
    expect(run({ sites, data }, { ...CUSTOMER, area: 'eea' })[0]!.status).toBe('pass');
  });

  it('is unknown when a site has no country, and fails first when another site is outside', () => {
    expect(run({ sites, data: [{ kind: 'backups', storedAt: ['nowhere'] }] })[0]).toMatchObject({
      status: 'unknown',
      subject: '/data/0/storedAt/0',
      message: { id: 'data-location.unknown-site' },
    });
    const [r] = run({ sites, data: [{ kind: 'backups', storedAt: ['nowhere', 'oslo'] }] });
    expect(r).toMatchObject({ status: 'fail', subject: '/data/0/storedAt/1' });
  });

  it('requires where customer content is processed, but not where backups are', () => {
    expect(run({ sites, data: [{ kind: 'customer-content', storedAt: ['paris'] }] })[0]).toMatchObject({
      status: 'unknown',
      message: { id: 'data-location.unknown-field', values: { fields: { terms: ['field.processedAt'] } } },
    });
    expect(run({ sites, data: [{ kind: 'backups', storedAt: ['paris'] }] })[0]!.status).toBe('pass');
    expect(run({ sites, data: [{ kind: 'backups', processedAt: ['paris'] }] })[0]).toMatchObject({
      status: 'unknown',
      message: { values: { fields: { terms: ['field.storedAt'] } } },
    });
  });

  it('judges only where data is stored when places is [stored]', () => {
    const data: Description['data'] = [{ kind: 'customer-content', storedAt: ['paris'], processedAt: ['london'] }];
    expect(run({ sites, data })[0]!.status).toBe('fail');
    expect(run({ sites, data }, { ...CUSTOMER, places: ['stored'] })[0]!.status).toBe('pass');
  });

  it('places an outbound flow carrying customer data by the seats of its recipient', () => {
    expect(run({ data: [{ kind: 'telemetry', sentTo: 'us', containsCustomerData: true }] })[0]).toMatchObject({
      status: 'fail',
      subject: '/data/0/sentTo',
      message: { id: 'data-location.fail-recipient' },
    });
    expect(run({ data: [{ kind: 'billing', sentTo: 'p', containsCustomerData: true }] })[0]).toMatchObject({
      status: 'pass',
      message: { values: { places: { terms: ['place.sent'] } } },
    });
    const unplaced = run({
      entities: { x: { type: 'company', registeredOffice: 'FR' } },
      data: [{ kind: 'billing', sentTo: 'x', containsCustomerData: true }],
    });
    expect(unplaced[0]).toMatchObject({ status: 'unknown', message: { id: 'data-location.unknown-recipient' } });
  });

  it('gives a flow that carries neither customer nor technical data a not-applicable verdict saying why', () => {
    const flows: Description['data'] = [
      { kind: 'customer-content', storedAt: ['paris'], processedAt: ['paris'] },
      { kind: 'telemetry', sentTo: 'us', containsCustomerData: false, containsTechnicalData: false },
    ];
    for (const params of [CUSTOMER, TECHNICAL]) {
      const na = run({ sites, data: flows }, params).find((r) => r.status === 'not-applicable');
      expect(na).toEqual({
        status: 'not-applicable',
        subject: '/data/1',
        message: { id: 'data-location.not-applicable', values: { kind: { terms: ['data.telemetry'] } } },
      });
    }
  });

  it('leaves to the other rule a flow that carries only the other data, and is still unknown when nothing judged is described', () => {
    const flows: Description['data'] = [
      { kind: 'telemetry', sentTo: 'us', containsCustomerData: false, containsTechnicalData: true },
    ];
    expect(run({ sites, data: flows })).toEqual([
      expect.objectContaining({
        status: 'unknown',
        subject: '/data',
        message: expect.objectContaining({ id: 'data-location.none' }),
      }),
    ]);
    expect(
      run({ sites, data: [{ kind: 'logs', storedAt: ['london'] }] }, { ...CUSTOMER, customerDataFlows: false }),
    ).toEqual([
      expect.objectContaining({ status: 'unknown', message: expect.objectContaining({ id: 'data-location.none' }) }),
    ]);
  });

  it('is unknown about an outbound flow that does not say what it carries when it leaves the area', () => {
    expect(run({ data: [{ kind: 'telemetry', sentTo: 'us' }] })[0]).toMatchObject({
      status: 'unknown',
      subject: '/data/0',
      message: { id: 'data-location.unknown-contains', values: { fields: { terms: ['field.containsCustomerData'] } } },
    });
    expect(run({ data: [{ kind: 'telemetry', sentTo: 'p' }] })[0]!.status).toBe('pass');
  });

  it('judges flows that carry technical data when asked, and those that do not say when they leave the area', () => {
    const flows: Description['data'] = [
      { kind: 'telemetry', sentTo: 'us', containsTechnicalData: true },
      { kind: 'billing', sentTo: 'us' },
      { kind: 'telemetry', sentTo: 'us', containsCustomerData: true, containsTechnicalData: false },
      { kind: 'customer-content', storedAt: ['paris'], processedAt: ['paris'] },
    ];
    const rs = run({ sites, data: flows }, TECHNICAL);
    expect(rs.map((r) => [r.subject, r.status, r.message.id])).toEqual([
      ['/data/0/sentTo', 'fail', 'data-location.fail-recipient'],
      ['/data/1', 'unknown', 'data-location.unknown-contains'],
    ]);
    expect(rs[1]!.message.values).toMatchObject({ fields: { terms: ['field.containsTechnicalData'] } });
  });

  it('is unknown when no flow of the judged kinds is described', () => {
    expect(run({})).toEqual([expect.objectContaining({ status: 'unknown', subject: '' })]);
    expect(run({ data: [] })).toEqual([expect.objectContaining({ status: 'unknown', subject: '/data' })]);
  });

  it('narrows the area to the countries of a user pack', () => {
    const data: Description['data'] = [{ kind: 'customer-content', storedAt: ['reunion'], processedAt: ['paris'] }];
    expect(run({ sites, data })[0]!.status).toBe('pass');
    const [r] = run({ sites, data }, { ...CUSTOMER, countries: ['FR'] });
    expect(r).toMatchObject({ status: 'fail', message: { values: { area: { countries: ['FR'] } } } });
  });

  it('does not apply outside the data sensitivities it is given', () => {
    const params = { ...CUSTOMER, area: 'eea' as const, dataSensitivity: ['health' as const] };
    const data: Description['data'] = [{ kind: 'customer-content', storedAt: ['london'] }];
    expect(run({ sites, data, dataSensitivity: 'standard' }, params)).toEqual([
      expect.objectContaining({ status: 'not-applicable', subject: '/dataSensitivity' }),
    ]);
    expect(run({ sites, data }, params)).toEqual([
      expect.objectContaining({
        status: 'not-applicable',
        message: { id: 'applicability.sensitivity-absent', values: { required: 'health' } },
      }),
    ]);
    expect(run({ sites, data, dataSensitivity: 'health' }, params)[0]!.status).toBe('fail');
  });
});
