// "Did you mean": the nearest field, value or id to a wrong one, and the country code meant by a name or an alias in
// English, French or the country's own language.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import { parseYamlSource } from '../../src/load/read-yaml.js';
import { closest, didYouMean, editDistance } from '../../src/model/closest.js';
import { countryCodes } from '../../src/i18n/country-names.js';
import { foldName, suggestCountry } from '../../src/model/country-names.js';
import { countryHint, idHint } from '../../src/schema/suggest-fix.js';
import { validateDescription } from '../../src/schema/validate-description.js';

/** The messages validating this text gives, one per problem, as `line:column: message`. */
function problems(text: string): string[] {
  try {
    validateDescription(parseYamlSource('d.yaml', text, 'x'));
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e
      .toString()
      .split('\n')
      .map((l) => l.replace(/^d\.yaml:/, ''));
  }
}

const BASE = `snc: 1
name: Exemple
provider: cloudco
offer: { name: Cloud }
entities:
  cloudco: { name: CloudCo SAS, type: company, registeredOffice: FR }
  orange: { name: Orange SA, type: company }
sites:
  - { id: paris-1, country: FR }
`;

describe('edit distance', () => {
  it('counts letters added, dropped, changed and neighbours swapped', () => {
    expect(editDistance('centralAdministation', 'centralAdministration', 3)).toBe(1);
    expect(editDistance('Germnay', 'Germany', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('stops past its limit, with limit + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closest', () => {
  const fields = [
    'name',
    'type',
    'registeredOffice',
    'centralAdministration',
    'principalEstablishment',
    'shareholders',
    'specialRights',
  ];

  it('finds the field meant', () => {
    expect(closest('centralAdministation', fields)).toEqual(['centralAdministration']);
    expect(closest('registeredoffice', fields)).toEqual(['registeredOffice']);
    expect(closest('sharholders', fields)).toEqual(['shareholders']);
    expect(closest('nmae', fields)).toEqual(['name']);
  });

  it('suggests nothing far from every candidate, and every candidate at the same nearest distance', () => {
    expect(closest('nationality', fields)).toEqual([]);
    expect(closest('x', fields)).toEqual([]);
    expect(closest('cat', ['bat', 'cap', 'dog'])).toEqual(['bat', 'cap']);
  });

  it('words its suggestion for one, two or more candidates', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe(' (did you mean `a`?)');
    expect(didYouMean(['a', 'b'])).toBe(' (did you mean `a` or `b`?)');
    expect(didYouMean(['a', 'b', 'c', 'd'])).toBe(' (did you mean `a`, `b` or `c`?)');
  });
});

describe('suggestCountry', () => {
  it.each([
    ['France', 'FR'],
    ['france', 'FR'],
    ['fr', 'FR'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['England', 'GB'],
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['Deutschland', 'DE'],
    ['Germnay', 'DE'],
    ['États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['USA', 'US'],
    ['the Netherlands', 'NL'],
    ['Pays-Bas', 'NL'],
    ['EL', 'GR'],
    ['Irlande', 'IE'],
    ['Suisse', 'CH'],
    ['FRA', 'FR'],
    ['Espagne', 'ES'],
    ["Côte d'Ivoire", 'CI'],
  ])('%s → %s', (text, code) => {
    expect(suggestCountry(text)?.code).toBe(code);
  });

  it('names the country in English', () => {
    expect(suggestCountry('Allemagne')).toEqual({ code: 'DE', name: 'Germany' });
  });

  it('suggests nothing for what names no country', () => {
    for (const text of ['XK', 'ZZ', 'EU', 'Europe', 'Mars', '', '   ', 'Congo', '12'])
      expect(suggestCountry(text), text).toBeUndefined();
  });
});

describe('rules/data/country-aliases.yaml', () => {
  const aliases = (
    parse(readFileSync('rules/data/country-aliases.yaml', 'utf8')) as { aliases: Record<string, string> }
  ).aliases;
  const names = (
    parse(readFileSync('rules/data/countries.yaml', 'utf8')) as {
      countries: Record<string, { en: string; fr: string }>;
    }
  ).countries;

  it('maps each alias to an ISO 3166-1 alpha-2 code', () => {
    for (const [alias, code] of Object.entries(aliases)) expect(countryCodes(), alias).toContain(code);
  });

  it('never gives a name of one country to another', () => {
    const byName = new Map<string, string>();
    for (const [code, n] of Object.entries(names)) for (const name of [n.en, n.fr]) byName.set(foldName(name), code);
    for (const [alias, code] of Object.entries(aliases)) expect(byName.get(foldName(alias)) ?? code, alias).toBe(code);
  });

  it('holds no code, which would need no alias', () => {
    for (const alias of Object.keys(aliases)) expect(countryCodes(), alias).not.toContain(alias);
  });
});

describe('idHint', () => {
  it('suggests the nearest id, or the id of the entity named so', () => {
    const ids: [string, string | undefined][] = [
      ['orange', 'Orange SA'],
      ['capgemini', 'Capgemini SE'],
      ['bleu', undefined],
    ];
    expect(idHint('orang', ids)).toBe(' (did you mean `orange`?)');
    expect(idHint('Orange SA', ids)).toBe(' (did you mean `orange`?)');
    expect(idHint('microsoft', ids)).toBe('');
  });
});

describe('the messages of a description with mistakes', () => {
  it('is valid before the mistakes', () => {
    expect(problems(BASE)).toEqual([]);
  });

  it('suggest the field meant, at the field', () => {
    expect(problems(BASE.replace('registeredOffice: FR', 'registeredOfice: FR'))).toEqual([
      '6:48: entities.cloudco.registeredOfice: unknown field (did you mean `registeredOffice`?)',
    ]);
    expect(problems(BASE + 'subcontractor: []\n')).toEqual([
      '10:1: subcontractor: unknown field (did you mean `subcontractors`?)',
    ]);
  });

  it('list the fields when none is near', () => {
    expect(problems(BASE.replace('offer: { name: Cloud }', 'offer: { name: Cloud, price: 3 }'))).toEqual([
      '4:23: offer.price: unknown field (expected one of name, serviceModel, qualifications, source, sources)',
    ]);
  });

  it('suggest the value meant', () => {
    expect(problems(BASE.replace('type: company }', 'type: Company }'))).toEqual([
      '7:30: entities.orange.type: expected one of company, person, state, fund, public-float, got the text "Company" (did you mean `company`?)',
    ]);
  });

  it('give the code of a country written by name, in English or French, and never list the codes', () => {
    expect(problems(BASE.replace('registeredOffice: FR', 'registeredOffice: France'))).toEqual([
      '6:48: entities.cloudco.registeredOffice: expected an ISO 3166-1 alpha-2 country code, got the text "France" (did you mean `FR` for France?)',
    ]);
    expect(problems(BASE.replace('country: FR', 'country: Royaume-Uni'))).toEqual([
      '9:20: sites[0].country: expected an ISO 3166-1 alpha-2 country code, got the text "Royaume-Uni" (did you mean `GB` for United Kingdom?)',
    ]);
    expect(problems(BASE.replace('country: FR', 'country: 33'))).toEqual([
      '9:20: sites[0].country: expected an ISO 3166-1 alpha-2 country code, got the number 33',
    ]);
  });

  it('suggest the id meant, among those defined', () => {
    expect(problems(BASE.replace('provider: cloudco', 'provider: cloud-co'))).toEqual([
      '3:1: provider `cloud-co` is not defined in entities (did you mean `cloudco`?)',
    ]);
    expect(problems(BASE + 'data:\n  - { kind: backups, storedAt: [paris1] }\n')).toEqual([
      '11:33: site `paris1` is not defined in sites (did you mean `paris-1`?)',
    ]);
    expect(problems(BASE + 'staff:\n  - { role: support, employer: Orange SA }\n')).toEqual([
      '11:22: employer `Orange SA` is not defined in entities (did you mean `orange`?)',
    ]);
  });
});

describe('hints in French', () => {
  it('name the country in French and join the choices with « ou »', () => {
    expect(countryHint('Germany', 'fr')).toBe(' (vouliez-vous dire `DE` pour Allemagne\u202f?)');
    expect(countryHint('Allemagne', 'en')).toBe(' (did you mean `DE` for Germany?)');
    expect(didYouMean(['a', 'b', 'c'], 'fr')).toBe(' (vouliez-vous dire `a`, `b` ou `c`\u202f?)');
    expect(didYouMean(['a', 'b'])).toBe(' (did you mean `a` or `b`?)');
    expect(idHint('Orange SA', [['orange', 'Orange SA']], 'fr')).toBe(' (vouliez-vous dire `orange`\u202f?)');
  });
});
