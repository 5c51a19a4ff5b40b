// staff-location (19.2.c): administration and supervision from the EU; a role with no team cannot be judged.
import { describe, expect, it } from 'vitest';
import { staffLocation } from '../../src/checks/staff-location.js';
import type { Description } from '../../src/model/description.js';
import { contextFor } from './context.js';

const run = (staff: Description['staff'], params = {}) =>
  staffLocation.run({ area: 'eu', ...params }, contextFor(staff ? { staff } : {}));

describe('staff-location', () => {
  it('passes teams that work from the EU, one result per team', () => {
    const r = run([
      { role: 'administration', employer: 'p', locatedIn: ['FR'] },
      { role: 'supervision', locatedIn: ['FR', 'DE'] },
      { role: 'support', locatedIn: ['US'] },
    ]);
    expect(r.map((x) => [x.status, x.subject])).toEqual([
      ['pass', '/staff/0'],
      ['pass', '/staff/1'],
    ]);
    expect(r[0]!.message.values).toMatchObject({ group: 'Prestataire SAS', role: { terms: ['role.administration'] } });
    expect(r[1]!.message.values).toMatchObject({ group: 'staff[1]' });
  });

  it('fails at the first country outside the EU, Norway included', () => {
    const r = run([
      { role: 'administration', locatedIn: ['FR', 'IN', 'US'] },
      { role: 'supervision', locatedIn: ['NO'] },
    ]);
    expect(r[0]).toMatchObject({
      status: 'fail',
      subject: '/staff/0/locatedIn/1',
      message: { values: { countries: { countries: ['IN', 'US'] } } },
    });
    expect(r[1]).toMatchObject({ status: 'fail', subject: '/staff/1/locatedIn/0' });
  });

  it('is unknown for a team without location, and for a role with no team', () => {
    const r = run([{ role: 'administration' }]);
    expect(r.map((x) => [x.status, x.message.id])).toEqual([
      ['unknown', 'staff-location.unknown'],
      ['unknown', 'staff-location.missing-role'],
    ]);
    expect(run(undefined).map((x) => [x.status, x.subject])).toEqual([
      ['unknown', ''],
      ['unknown', ''],
    ]);
    expect(run([{ role: 'administration', locatedIn: [] }])[0]!.status).toBe('unknown');
  });

  it('judges the roles it is given', () => {
    expect(run([{ role: 'support', locatedIn: ['US'] }], { roles: ['support'] })[0]!.status).toBe('fail');
  });
});
