// The Spectral ruleset the benchmark compares with: the field-level part of snc's checks that Spectral's core
// functions can express (formats, enumerations, ranges, EU lists), built from the same reference data as snc.
import { readFileSync, writeFileSync } from 'node:fs';
import jsYaml from 'js-yaml';

const data = (name) =>
  jsYaml.load(readFileSync(new URL(`../rules/data/${name}`, import.meta.url), 'utf8'), { schema: jsYaml.CORE_SCHEMA });

/** The ruleset as an object (Spectral reads JSON rulesets). */
export function spectralRuleset() {
  const countries = Object.keys(data('countries.yaml').countries);
  const regions = data('regions.yaml');
  const eu = [
    ...Object.entries(regions.eu.members)
      .filter(([, m]) => !m.left)
      .map(([c]) => c),
    ...Object.keys(regions.eu.territories),
  ];
  const rule = (given, fn, functionOptions) => ({
    given,
    severity: 'error',
    then: { function: fn, ...(functionOptions ? { functionOptions } : {}) },
  });
  const seats = '[registeredOffice,centralAdministration,principalEstablishment]';
  return {
    rules: {
      'snc-required-fields': rule('$', 'schema', {
        schema: { type: 'object', required: ['snc', 'name', 'provider', 'offer', 'entities'] },
      }),
      'snc-format-version': rule('$.snc', 'enumeration', { values: [1] }),
      'snc-entity-type': rule('$.entities[*].type', 'enumeration', {
        values: ['company', 'person', 'state', 'fund', 'public-float'],
      }),
      'snc-country-codes': rule(
        [
          `$.entities[*]${seats}`,
          '$.entities[*][nationality,residence,country]',
          '$.sites[*].country',
          '$.staff[*].locatedIn[*]',
          '$.certificates.authorityCountry',
          '$.contract.governingLaw',
        ],
        'enumeration',
        { values: countries },
      ),
      'snc-company-seats-in-eu': rule(`$.entities[?(@.type == 'company')]${seats}`, 'enumeration', { values: eu }),
      'snc-percentages': rule('$.entities[*].shareholders[*][capital,votingRights]', 'schema', {
        schema: { type: 'number', minimum: 0, maximum: 100 },
      }),
      'snc-shareholder-holder': rule('$.entities[*].shareholders[*]', 'schema', {
        schema: { type: 'object', required: ['holder'] },
      }),
      'snc-sites-in-eu': rule('$.sites[*].country', 'enumeration', { values: eu }),
      'snc-data-kind': rule('$.data[*].kind', 'enumeration', {
        values: ['customer-content', 'backups', 'technical-data', 'logs', 'telemetry', 'billing'],
      }),
      'snc-administration-from-eu': rule("$.staff[?(@.role != 'support')].locatedIn[*]", 'enumeration', { values: eu }),
      'snc-governing-law-eu': rule('$.contract.governingLaw', 'enumeration', { values: eu }),
      'snc-certificate-authority-eu': rule('$.certificates.authorityCountry', 'enumeration', { values: eu }),
      'snc-change-notice': rule('$.contract.changeNoticeDays', 'schema', {
        schema: { type: 'integer', minimum: 0, maximum: 30 },
      }),
      'snc-states-qualification': rule('$.contract.statesQualification', 'truthy'),
      'snc-qualification-date': rule('$.offer.qualifications[*].validUntil', 'pattern', {
        match: '^\\d{4}-\\d{2}-\\d{2}$',
      }),
    },
  };
}

/** Write the ruleset where Spectral can read it. */
export function writeSpectralRuleset(file) {
  writeFileSync(file, JSON.stringify(spectralRuleset(), null, 2) + '\n');
}
