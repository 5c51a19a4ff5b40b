// The shared area parameter: EU or EEA on a date, narrowed by a user's country list.
import { describe, expect, it } from 'vitest';
import { areaValue, inArea } from '../../../src/checks/util/area.js';
import { contextFor } from '../context.js';

describe('inArea', () => {
  const { facts } = contextFor();
  it('reads EU membership from rules/data, with territories and dates', () => {
    expect(inArea('FR', { area: 'eu' }, facts)).toBe(true);
    expect(inArea('RE', { area: 'eu' }, facts)).toBe(true);
    expect(inArea('NO', { area: 'eu' }, facts)).toBe(false);
    expect(inArea('GB', { area: 'eu' }, facts)).toBe(false);
    expect(inArea('GB', { area: 'eu' }, contextFor({}, '2020-01-31').facts)).toBe(true);
    expect(inArea('GB', { area: 'eu' }, contextFor({}, '2020-02-01').facts)).toBe(false);
  });
  it('takes the EEA as the EU plus Iceland, Norway and Liechtenstein', () => {
    expect(inArea('NO', { area: 'eea' }, facts)).toBe(true);
    expect(inArea('FR', { area: 'eea' }, facts)).toBe(true);
    expect(inArea('CH', { area: 'eea' }, facts)).toBe(false);
  });
  it('narrows to the given countries, which must also be in the area', () => {
    expect(inArea('FR', { area: 'eu', countries: ['FR'] }, facts)).toBe(true);
    expect(inArea('DE', { area: 'eu', countries: ['FR'] }, facts)).toBe(false);
    expect(inArea('NO', { area: 'eu', countries: ['FR', 'NO'] }, facts)).toBe(false);
  });
  it('names the area in messages', () => {
    expect(areaValue({ area: 'eu' })).toEqual({ terms: ['area-eu'] });
    expect(areaValue({})).toEqual({ terms: ['area-eu'] });
    expect(areaValue({ area: 'eea' })).toEqual({ terms: ['area-eea'] });
    expect(areaValue({ area: 'eu', countries: ['FR'] })).toEqual({ countries: ['FR'] });
  });
});
