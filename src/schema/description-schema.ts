// JSON Schema (draft 2020-12) of input format 1, with every field described from field-docs.ts; the build precompiles
// it and ships it as schemas/description-1.schema.json.

import type { Lang } from '../i18n/types.js';
import { countryCodes } from '../i18n/country-names.js';
import {
  CONTRACT_CLAUSES,
  DATA_KINDS,
  DATA_SENSITIVITIES,
  ENTITY_TYPES,
  PROFILES,
  QUALIFICATION_STATUSES,
  REVERSIBILITY_MEANS,
  ERASURE_METHODS,
  SERVICE_MODELS,
  SPECIAL_RIGHTS,
  STAFF_ROLES,
  SUPERVISED_ACCESS,
  TRANSFER_BASES,
} from '../model/description.js';
import { docFor, docText } from './field-docs.js';
import { mapFields, type JsonSchema } from './schema-fields.js';

const country = { $ref: '#/$defs/countryCode' };
const id = { type: 'string', minLength: 1 };
const date = { $ref: '#/$defs/date' };
const ids = { type: 'array', items: id };
/** A count or a number of days: whole, and no larger than a JavaScript number holds exactly. */
const whole = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
/** Extension keys (`x-…`) are allowed everywhere for the describer's own notes. */
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
  patternProperties: { '^x-': true },
  additionalProperties: false,
});
/** An object that states facts, and may cite the sources that prove them (`source: id` or `sources: [ids]`). */
const citing = (properties: Record<string, unknown>, required: string[] = []) =>
  closed({ ...properties, source: id, sources: { type: 'array', items: id, minItems: 1 } }, required);

const source = closed(
  {
    title: { type: 'string', minLength: 1 },
    issuer: { type: 'string', minLength: 1 },
    date,
    file: { type: 'string', minLength: 1 },
    sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
    url: { type: 'string', minLength: 1 },
    section: { type: 'string', minLength: 1 },
  },
  ['title', 'issuer', 'date'],
);

const stake = { $ref: '#/$defs/stake' };
const shareholding = citing({ holder: id, capital: stake, votingRights: stake }, ['holder']);
const specialRight = citing({ holder: id, right: { enum: [...SPECIAL_RIGHTS] }, description: { type: 'string' } }, [
  'holder',
  'right',
]);

const entity = citing(
  {
    name: { type: 'string' },
    type: { enum: [...ENTITY_TYPES] },
    registeredOffice: country,
    centralAdministration: country,
    principalEstablishment: country,
    // One country code, or a list of them: the branch that applies gives the error.
    nationality: {
      if: { type: 'array' },
      then: { type: 'array', items: country, minItems: 1, uniqueItems: true },
      else: country,
    },
    residence: country,
    country,
    shareholders: { type: 'array', items: shareholding },
    specialRights: { type: 'array', items: specialRight },
  },
  ['type'],
);

const qualification = citing(
  {
    scheme: { type: 'string', minLength: 1 },
    version: { type: ['string', 'number'] },
    status: { enum: [...QUALIFICATION_STATUSES] },
    validUntil: date,
  },
  ['scheme', 'status'],
);

/**
 * Shared leaf types, with what an error about one says was expected (an enum of 249 codes is never listed in a
 * message). Errors name them by their schema path, `#/$defs/<name>/…`.
 */
export const DEFINITION_EXPECTS: Record<string, string> = {
  countryCode: 'an ISO 3166-1 alpha-2 country code',
  date: 'an ISO 8601 date, YYYY-MM-DD',
  percent: 'a percentage from 0 to 100',
  stake: 'a percentage from 0 to 100, a range `{ min, max }` of them, or `unknown`',
  clauseReference:
    'a section of the service agreement ("§12.3"), { section, source }, or false when it does not say it',
  language: 'an ISO 639-1 language code in lower case (fr, en)',
};

const definitions = () => ({
  countryCode: { type: 'string', enum: countryCodes() },
  date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  percent: { type: 'number', minimum: 0, maximum: 100 },
  // A stake: a figure; a range when only bounds are public; `unknown` when the holder is listed and its stake not.
  stake: {
    description:
      'A stake in percent: a figure, a range `{ min, max }` when only bounds are public, or `unknown` when the holder is known and its stake not disclosed (from 0 to what the other holders leave of 100%).',
    if: { type: 'object' },
    then: closed({ min: { $ref: '#/$defs/percent' }, max: { $ref: '#/$defs/percent' } }, ['min', 'max']),
    else: { if: { type: 'string' }, then: { const: 'unknown' }, else: { $ref: '#/$defs/percent' } },
  },
  // A section reference, the same citing its source, or false (the agreement does not say it); never true.
  clauseReference: {
    if: { type: 'object' },
    then: citing({ section: { type: 'string', minLength: 1 } }, ['section']),
    else: { if: { type: 'boolean' }, then: { const: false }, else: { type: 'string', minLength: 1 } },
  },
  language: { type: 'string', pattern: '^[a-z]{2}$' },
});

const languages = { type: 'array', items: { $ref: '#/$defs/language' }, uniqueItems: true };

const structure = () => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://snc.dev/schemas/description-1.schema.json',
  title: 'snc description, format 1',
  $defs: definitions(),
  ...closed(
    {
      snc: { const: 1 },
      name: { type: 'string', minLength: 1 },
      profiles: { type: 'array', items: { enum: [...PROFILES] } },
      dataSensitivity: { enum: [...DATA_SENSITIVITIES] },
      provider: id,
      offer: citing(
        {
          name: { type: 'string' },
          serviceModel: { enum: [...SERVICE_MODELS] },
          qualifications: { type: 'array', items: qualification },
        },
        ['name'],
      ),
      entities: { type: 'object', additionalProperties: entity, propertyNames: { minLength: 1 } },
      sites: {
        type: 'array',
        items: citing(
          { id, country, operator: id, name: { type: 'string' }, technicalAccessToData: { type: 'boolean' } },
          ['id'],
        ),
      },
      data: {
        type: 'array',
        items: citing(
          {
            kind: { enum: [...DATA_KINDS] },
            storedAt: ids,
            processedAt: ids,
            sentTo: id,
            containsCustomerData: { type: 'boolean' },
            containsTechnicalData: { type: 'boolean' },
          },
          ['kind'],
        ),
      },
      staff: {
        type: 'array',
        items: citing(
          {
            role: { enum: [...STAFF_ROLES] },
            employer: id,
            locatedIn: { type: 'array', items: country },
            accessToCustomerData: { type: 'boolean' },
            supervisedAccess: { enum: [...SUPERVISED_ACCESS] },
            documented: { type: 'boolean' },
            transferBasis: { enum: [...TRANSFER_BASES] },
          },
          ['role'],
        ),
      },
      subcontractors: {
        type: 'array',
        items: citing(
          {
            entity: id,
            service: { type: 'string' },
            technicalAccessToData: { type: 'boolean' },
            autonomy: closed({ ownSkills: { type: 'boolean' }, alternatives: whole }),
            qualified: { type: 'boolean' },
          },
          ['entity'],
        ),
      },
      certificates: citing({ authorityCountry: country }),
      contract: citing({
        governingLaw: country,
        statesQualification: { type: 'boolean' },
        changeNoticeDays: whole,
        erasureNoticeDays: whole,
        reversibilityMeans: { type: 'array', items: { enum: [...REVERSIBILITY_MEANS] }, uniqueItems: true },
        qualificationCertificate: {
          if: { type: 'object' },
          then: citing({ section: { type: 'string', minLength: 1 }, date }, ['section', 'date']),
          else: { const: false },
        },
        availability: { type: 'number', minimum: 0, maximum: 100 },
        automaticBackups: { type: 'boolean' },
        erasureMethods: { type: 'array', items: { enum: [...ERASURE_METHODS] }, minItems: 1, uniqueItems: true },
        erasureDays: whole,
        clauses: closed(Object.fromEntries(CONTRACT_CLAUSES.map((c) => [c, { $ref: '#/$defs/clauseReference' }]))),
      }),
      languages: citing({ interfaces: languages, firstLevelSupport: languages }),
      sources: { type: 'object', additionalProperties: source, propertyNames: { minLength: 1 } },
    },
    ['snc', 'name', 'provider', 'offer', 'entities'],
  ),
});

/** The format-1 schema with every field's description in a language (a test holds that each field has one). */
export function describedSchema(lang: Lang): JsonSchema {
  return mapFields(structure(), ({ path, schema }) => {
    const doc = docFor(path);
    return doc ? { ...schema, description: docText(doc, lang) } : schema;
  });
}

/** The format-1 schema, the public contract of a description (descriptions in English). */
export const descriptionSchema: JsonSchema = describedSchema('en');
