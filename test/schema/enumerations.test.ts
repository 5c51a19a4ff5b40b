// Each enumeration of the shipped JSON Schemas is, value for value and in order, the `as const` list of src/ that
// the types and the command line's choices read too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FAMILIES,
  PROVENANCE_ROLES,
  SEVERITIES,
  STATUSES,
  VERDICTS,
  WAIVED_STATUSES,
} from '../../src/engine/report-types.js';
import { LANGS } from '../../src/i18n/types.js';
import { ATTESTATION_STATUSES } from '../../src/model/attestation.js';
import {
  DATA_KINDS,
  DATA_SENSITIVITIES,
  ENTITY_TYPES,
  ERASURE_METHODS,
  PROFILES,
  QUALIFICATION_STATUSES,
  SERVICE_MODELS,
  SPECIAL_RIGHTS,
  STAFF_ROLES,
  SUPERVISED_ACCESS,
  TRANSFER_BASES,
} from '../../src/model/description.js';
import { JURISDICTION_STATUSES } from '../../src/model/jurisdiction.js';
import {
  CONTROL_BASES,
  CONTROL_STATUSES,
  MEASURES,
  OUTSIDE_STATUSES,
  READINGS,
  UNEXPLAINED_REASONS,
} from '../../src/model/ownership/types.js';

const root = join(import.meta.dirname, '..', '..');
const schema = (name: string): unknown => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'));

/** The `enum` at a JSON pointer of a schema. */
const enumAt = (doc: unknown, ptr: string): unknown =>
  (
    ptr
      .split('/')
      .slice(1)
      .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], doc) as { enum?: unknown }
  ).enum;

const HIGHEST_FIRST = [...SEVERITIES].reverse();

const EXPECTED: Record<string, [string, readonly string[]][]> = {
  'description-1.schema.json': [
    ['/properties/profiles/items', PROFILES],
    ['/properties/dataSensitivity', DATA_SENSITIVITIES],
    ['/properties/offer/properties/serviceModel', SERVICE_MODELS],
    ['/properties/offer/properties/qualifications/items/properties/status', QUALIFICATION_STATUSES],
    ['/properties/entities/additionalProperties/properties/type', ENTITY_TYPES],
    ['/properties/entities/additionalProperties/properties/specialRights/items/properties/right', SPECIAL_RIGHTS],
    ['/properties/data/items/properties/kind', DATA_KINDS],
    ['/properties/staff/items/properties/role', STAFF_ROLES],
    ['/properties/staff/items/properties/supervisedAccess', SUPERVISED_ACCESS],
    ['/properties/staff/items/properties/transferBasis', TRANSFER_BASES],
    ['/properties/contract/properties/erasureMethods/items', ERASURE_METHODS],
  ],
  'report-1.schema.json': [
    ['/properties/lang', LANGS],
    ['/properties/options/properties/failOn', HIGHEST_FIRST],
    ['/properties/inputs/items/properties/profiles/items', PROFILES],
    ['/properties/inputs/items/properties/summary/properties/verdict', VERDICTS],
    ['/properties/rules/items/properties/family', FAMILIES],
    ['/properties/rules/items/properties/severity', HIGHEST_FIRST],
    ['/properties/results/items/properties/family', FAMILIES],
    ['/properties/results/items/properties/severity', HIGHEST_FIRST],
    ['/properties/results/items/properties/status', STATUSES],
    ['/properties/results/items/properties/attestation/properties/status', ATTESTATION_STATUSES],
    ['/properties/results/items/properties/waiver/properties/verdict', WAIVED_STATUSES],
    ['/properties/provenance/items/properties/role', PROVENANCE_ROLES],
    ['/properties/summary/properties/verdict', VERDICTS],
    ['/properties/ownership/items/properties/holders/items/properties/type', ENTITY_TYPES],
    ['/properties/ownership/items/properties/specialRights/items/properties/right', SPECIAL_RIGHTS],
    ['/properties/ownership/items/properties/holders/items/properties/jurisdiction', JURISDICTION_STATUSES],
    ['/properties/ownership/items/properties/holders/items/properties/paths/items/properties/reading', READINGS],
    [
      '/properties/ownership/items/properties/holders/items/properties/paths/items/properties/steps/items/properties/control',
      CONTROL_BASES,
    ],
    ['/properties/ownership/items/properties/unexplained/items/properties/reason', UNEXPLAINED_REASONS],
    ['/properties/ownership/items/properties/control/properties/status', CONTROL_STATUSES],
    ['/properties/ownership/items/properties/control/properties/basis/anyOf/0', CONTROL_BASES],
    ['/properties/ownership/items/properties/control/properties/outside', OUTSIDE_STATUSES],
    ['/properties/ownership/items/properties/specialRights/items/properties/outside', OUTSIDE_STATUSES],
    ['/properties/ownership/items/properties/thresholds/properties/individual/properties/measures/items', MEASURES],
    ['/properties/ownership/items/properties/thresholds/properties/collective/properties/measures/items', MEASURES],
  ],
  'rule-pack-1.schema.json': [
    ['/properties/rules/items/properties/family', FAMILIES],
    ['/properties/rules/items/properties/severity', HIGHEST_FIRST],
  ],
  'attestations-1.schema.json': [['/properties/attestations/items/properties/status', ATTESTATION_STATUSES]],
  'config-1.schema.json': [
    ['/properties/profiles/items', PROFILES],
    ['/properties/lang', LANGS],
    ['/properties/failOn', HIGHEST_FIRST],
  ],
};

describe('the enumerations of the shipped schemas', () => {
  for (const [file, expected] of Object.entries(EXPECTED))
    it(`are the lists of src/ in ${file}`, () => {
      const doc = schema(file);
      for (const [ptr, list] of expected) expect(enumAt(doc, ptr), ptr).toEqual([...list]);
    });
});
