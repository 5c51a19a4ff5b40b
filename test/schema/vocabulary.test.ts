// Closed vocabularies of format 1: qualification schemes, location fields by entity type, several nationalities.
import { describe, expect, it } from 'vitest';
import { BASE, errorsOf } from './validate.js';

const qualification = (q: string) =>
  BASE.replace('offer: { name: o }', `offer:\n  name: o\n  qualifications:\n    - ${q}`);
const entity = (e: string) => `${BASE}  e: ${e}\n`;

describe('qualification schemes', () => {
  it('accepts a known scheme in any case, and a version as a number or text', () => {
    expect(errorsOf(qualification('{ scheme: SecNumCloud, version: 3.2, status: qualified }'))).toEqual([]);
    expect(errorsOf(qualification('{ scheme: HDS, version: "2", status: certified }'))).toEqual([]);
    expect(errorsOf(qualification('{ scheme: iso27001, status: certified }'))).toEqual([]);
  });

  it('refuses a scheme with its version inside, and says how to write it', () => {
    expect(errorsOf(qualification('{ scheme: SecNumCloud 3.2, status: qualified }'))).toEqual([
      '7:9: `SecNumCloud 3.2` is not a scheme snc knows (expected one of secnumcloud, hds, eucs, bsi-c5, gaia-x, iso27001, iso27017, iso27018, iso27701, soc2, csa-star, pci-dss, in any case): write the version apart, `scheme: secnumcloud` and `version: "3.2"`',
    ]);
    expect(errorsOf(qualification('{ scheme: "ISO/IEC 27001:2022", status: certified }'))[0]).toMatch(
      /write the version apart, `scheme: iso27001` and `version: "2022"`$/,
    );
    expect(errorsOf(qualification('{ scheme: HDS v2, status: certified }'))[0]).toMatch(
      /`scheme: hds` and `version: "2"`$/,
    );
  });

  it('refuses another spelling of a known scheme, naming it', () => {
    expect(errorsOf(qualification('{ scheme: ISO 27001, status: certified }'))[0]).toMatch(
      /: write `scheme: iso27001`$/,
    );
    expect(errorsOf(qualification('{ scheme: C5, status: certified }'))[0]).toMatch(/: write `scheme: bsi-c5`$/);
  });

  it('echoes a huge scheme cut short, at once', () => {
    const started = Date.now();
    const [error] = errorsOf(qualification(`{ scheme: "${'9'.repeat(100_000)}x", status: qualified }`));
    expect(error).toMatch(/^7:9: `9{200}…` is not a scheme snc knows \(expected one of [^)]*\)$/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a scheme it does not know, listing those it knows', () => {
    expect(errorsOf(qualification('{ scheme: cyber-label, status: certified }'))).toEqual([
      '7:9: `cyber-label` is not a scheme snc knows (expected one of secnumcloud, hds, eucs, bsi-c5, gaia-x, iso27001, iso27017, iso27018, iso27701, soc2, csa-star, pci-dss, in any case)',
    ]);
  });
});

describe('location fields by entity type', () => {
  it('refuses a field of another type, naming those of its own', () => {
    expect(errorsOf(entity('{ type: fund, country: FR }'))).toEqual([
      '7:20: `country` does not apply to a fund: a fund is placed by `registeredOffice`, `centralAdministration` and `principalEstablishment`',
    ]);
    expect(errorsOf(entity('{ type: state, country: FR, nationality: FR }'))).toEqual([
      '7:34: `nationality` does not apply to a State: a State is placed by `country`',
    ]);
    expect(errorsOf(entity('{ type: person, nationality: FR, registeredOffice: FR }'))).toEqual([
      '7:39: `registeredOffice` does not apply to a person: a person is placed by `nationality` and `residence`',
    ]);
    expect(errorsOf(entity('{ type: company, residence: FR }'))[0]).toMatch(
      /^7:23: `residence` does not apply to a company: a company is placed by `registeredOffice`, `centralAdministration` and `principalEstablishment`$/,
    );
  });

  it('gives a public float no location field at all', () => {
    expect(errorsOf(entity('{ type: public-float, country: FR }'))).toEqual([
      '7:28: `country` does not apply to a public float, which has no location fields (it stands for listed shares held below the declaration thresholds): remove it',
    ]);
  });
});

describe('several nationalities', () => {
  it('accepts one or several, each a real country code', () => {
    expect(errorsOf(entity('{ type: person, nationality: [FR, US], residence: FR }'))).toEqual([]);
    expect(errorsOf(entity('{ type: person, nationality: [FR, XK], residence: FR }'))).toEqual([
      '7:40: entities.e.nationality[1]: expected an ISO 3166-1 alpha-2 country code, got the text "XK"',
    ]);
    expect(errorsOf(entity('{ type: person, nationality: [FR, FRA] }'))).toEqual([
      '7:40: entities.e.nationality[1]: expected an ISO 3166-1 alpha-2 country code, got the text "FRA" (did you mean `FR` for France?)',
    ]);
    expect(errorsOf(entity('{ type: person, nationality: [] }'))).toEqual([
      '7:22: entities.e.nationality: must not be empty',
    ]);
    expect(errorsOf(entity('{ type: person, nationality: 5 }'))).toEqual([
      '7:22: entities.e.nationality: expected an ISO 3166-1 alpha-2 country code, got the number 5',
    ]);
  });
});

describe('lists', () => {
  it('name a repeated item', () => {
    expect(errorsOf(entity('{ type: person, nationality: [FR, FR] }'))).toEqual([
      '7:40: entities.e.nationality: lists the text "FR" twice',
    ]);
  });
});
