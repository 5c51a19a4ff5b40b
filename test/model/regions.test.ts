// EU membership of member states and of territories with their own dates (rules/data/regions.yaml).
import { describe, expect, it } from 'vitest';
import { regions } from '../../src/model/regions.js';

const inEu = (code: string, date: string) => regions().inEu(code, date);

describe('EU membership by date', () => {
  it('keeps Gibraltar in the EU with the United Kingdom, from 1973 to 2020-01-31', () => {
    expect(inEu('GI', '1972-12-31')).toBe(false);
    expect(inEu('GI', '1973-01-01')).toBe(true);
    expect(inEu('GI', '2020-01-31')).toBe(true);
    expect(inEu('GI', '2020-02-01')).toBe(false);
  });

  it('takes Saint-Barthélemy out on 2012-01-01, and keeps Saint-Martin in', () => {
    expect(inEu('BL', '2011-12-31')).toBe(true);
    expect(inEu('BL', '2012-01-01')).toBe(false);
    expect(inEu('MF', '2012-01-01')).toBe(true);
  });

  it('takes Greenland out on 1985-02-01, after Denmark joined in 1973', () => {
    expect(inEu('GL', '1972-12-31')).toBe(false);
    expect(inEu('GL', '1985-01-31')).toBe(true);
    expect(inEu('GL', '1985-02-01')).toBe(false);
    expect(inEu('DK', '1985-02-01')).toBe(true);
  });

  it('brings Mayotte in on 2014-01-01, and Åland with Finland in 1995', () => {
    expect(inEu('YT', '2013-12-31')).toBe(false);
    expect(inEu('YT', '2014-01-01')).toBe(true);
    expect(inEu('AX', '1994-12-31')).toBe(false);
    expect(inEu('AX', '1995-01-01')).toBe(true);
  });

  it('leaves out overseas countries and territories, the Faroes and the Crown dependencies', () => {
    for (const code of ['NC', 'PF', 'PM', 'WF', 'TF', 'AW', 'CW', 'SX', 'BQ', 'FO', 'JE', 'GG', 'IM'])
      expect(inEu(code, '2026-11-23'), code).toBe(false);
  });

  it('counts a territory in the EEA only while it is in the EU', () => {
    expect(regions().inEea('GI', '2020-01-31')).toBe(true);
    expect(regions().inEea('GI', '2020-02-01')).toBe(false);
    expect(regions().inEea('SJ', '2026-11-23')).toBe(false);
  });
});
