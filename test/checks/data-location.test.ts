// data-location (19.2.b, 19.2.d, HDS EXI 28): one verdict per judged flow, at the most precise pointer.
import { describe, expect, it } from 'vitest';
import { dataLocation, type DataLocationParams } from '../../src/checks/data-location.js';
import type { Description } from '../../src/model/description.js';
import { contextFor } from './context.js';

const CUSTOMER: DataLocationParams = { area: 'eu', kinds: ['customer-content', 'backups'], customerDataFlows: true };
const run = (parts: Partial<Description>, params: DataLocationParams = CUSTOMER, date?: string) => dataLocation.run(params, contextFor(parts, date));
const sites: Description['sites'] = [
  { id: 'paris', country: 'FR' },
  { id: 'london', country: 'GB' },
  { id: 'oslo', country: 'NO' },
  { id: 'reunion', country: 'RE' },
  { id: 'nowhere' },
];

describe('data-location', () => {
  it('passes a flow stored and processed in the EU, naming the countries', () => {
    const [r] = run({ sites, data: [{ kind: 'customer-content', storedAt: ['paris', 'reunion'], processedAt: ['paris'] }] });
    expect(r).toMatchObject({ status: 'pass', subject: '/data/0', message: { id: 'data-location.pass' } });
    expect(r!.message.values).toMatchObject({ countries: { countries: ['FR', 'RE'] }, places: { terms: ['place.stored', 'place.processed'] } });
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
    expect(run({ sites, data: [{ kind: 'backups', storedAt: ['nowhere'] }] })[0]).toMatchObject({ status: 'unknown', subject: '/data/0/storedAt/0', message: { id: 'data-location.unknown-site' } });
    const [r] = run({ sites, data: [{ kind: 'backups', storedAt: ['nowhere', 'oslo'] }] });
    expect(r).toMatchObject({ status: 'fail', subject: '/data/0/storedAt/1' });
  });

  it('requires where customer content is processed, but not where backups are', () => {
    expect(run({ sites, data: [{ kind: 'customer-content', storedAt: ['paris'] }] })[0]).toMatchObject({ status: 'unknown', message: { id: 'data-location.unknown-field', values: { fields: { terms: ['field.processedAt'] } } } });
    expect(run({ sites, data: [{ kind: 'backups', storedAt: ['paris'] }] })[0]!.status).toBe('pass');
    expect(run({ sites, data: [{ kind: 'backups', processedAt: ['paris'] }] })[0]).toMatchObject({ status: 'unknown', message: { values: { fields: { terms: ['field.storedAt'] } } } });
  });

  it('judges only where data is stored when places is [stored]', () => {
    const data: Description['data'] = [{ kind: 'customer-content', storedAt: ['paris'], processedAt: ['london'] }];
    expect(run({ sites, data })[0]!.status).toBe('fail');
    expect(run({ sites, data }, { ...CUSTOMER, places: ['stored'] })[0]!.status).toBe('pass');
  });

  it('places an outbound flow carrying customer data by the seats of its recipient', () => {
    expect(run({ data: [{ kind: 'telemetry', sentTo: 'us', containsCustomerData: true }] })[0]).toMatchObject({ status: 'fail', subject: '/data/0/sentTo', message: { id: 'data-location.fail-recipient' } });
    expect(run({ data: [{ kind: 'billing', sentTo: 'p', containsCustomerData: true }] })[0]).toMatchObject({ status: 'pass', message: { values: { places: { terms: ['place.sent'] } } } });
    const unplaced = run({ entities: { x: { type: 'company', registeredOffice: 'FR' } }, data: [{ kind: 'billing', sentTo: 'x', containsCustomerData: true }] });
    expect(unplaced[0]).toMatchObject({ status: 'unknown', message: { id: 'data-location.unknown-recipient' } });
  });

  it('leaves out flows without customer data, and is unknown about those that do not say when they leave the area', () => {
    expect(run({ sites, data: [{ kind: 'customer-content', storedAt: ['paris'], processedAt: ['paris'] }, { kind: 'telemetry', sentTo: 'us', containsCustomerData: false }] })).toHaveLength(1);
    expect(run({ data: [{ kind: 'telemetry', sentTo: 'us' }] })[0]).toMatchObject({ status: 'unknown', subject: '/data/0', message: { id: 'data-location.unknown-contains' } });
    expect(run({ data: [{ kind: 'telemetry', sentTo: 'p' }] })[0]!.status).toBe('pass');
    expect(run({ sites, data: [{ kind: 'logs', storedAt: ['london'] }] }, { ...CUSTOMER, customerDataFlows: false })).toEqual([
      expect.objectContaining({ status: 'unknown', message: expect.objectContaining({ id: 'data-location.none' }) }),
    ]);
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
    expect(run({ sites, data, dataSensitivity: 'standard' }, params)).toEqual([expect.objectContaining({ status: 'not-applicable', subject: '/dataSensitivity' })]);
    expect(run({ sites, data }, params)).toEqual([expect.objectContaining({ status: 'not-applicable', message: { id: 'applicability.sensitivity-absent', values: { required: 'health' } } })]);
    expect(run({ sites, data, dataSensitivity: 'health' }, params)[0]!.status).toBe('fail');
  });
});
