// Checks the schema cannot express: references that name existing ids, real dates, sane sums, location fields that
// belong to the entity's type, qualification schemes snc knows.

import { clip } from '../core/clip.js';
import { stakeMin, type Description, type Entity } from '../model/description.js';
import { ALL_PLACING_FIELDS, PLACING_FIELDS, type PlacingField } from '../model/jurisdiction.js';
import { pointer } from '../core/json-pointer.js';
import { accessContradictions } from '../model/third-parties.js';
import { knownScheme, schemeError } from './qualification-scheme.js';
import { citationErrors } from './check-citations.js';
import { undefinedId } from './suggest-fix.js';
import { isRealDate } from './real-date.js';
import { said, spoken, translate, type Spoken } from '../i18n/format.js';
import type { MessageValue } from '../i18n/types.js';
import type { Problem } from './schema-errors.js';

/** A semantic error: where it is, and what is wrong in English and in each language. */
export type SemanticError = Required<Problem>;

const EPSILON = 1e-9;

/** A location field that does not belong to the entity's type: which fields do, or that none does. */
function outOfType(e: Entity, field: PlacingField): Spoken {
  const own = PLACING_FIELDS[e.type];
  const values: Record<string, MessageValue> = { field, fields: { list: own.map((f) => `\`${f}\``) } };
  return spoken((lang) =>
    translate(lang, own.length === 0 ? 'input.field-not-placing' : 'input.field-not-for-type', {
      ...values,
      type: translate(lang, `input.entity-a.${e.type}`),
    }),
  );
}

/** Every semantic error of a schema-valid description, in document order, but the ownership errors read after them. */
export function checkSemantics(d: Description): SemanticError[] {
  const errors: SemanticError[] = [];
  const has = (id: string) => Object.prototype.hasOwnProperty.call(d.entities, id);
  const entityIds = (): [string, string | undefined][] => Object.entries(d.entities).map(([id, e]) => [id, e.name]);
  const ref = (
    id: string | undefined,
    ptr: string,
    what: 'provider' | 'holder' | 'operator' | 'entity' | 'employer',
  ) => {
    if (id !== undefined && !has(id)) errors.push(undefinedId(ptr, what, id, entityIds()));
  };

  ref(d.provider, '/provider', 'provider');
  (d.offer.qualifications ?? []).forEach((q, i) => {
    if (!knownScheme(q.scheme))
      errors.push({ pointer: pointer('offer', 'qualifications', i, 'scheme'), ...schemeError(q.scheme) });
    if (q.validUntil !== undefined && !isRealDate(q.validUntil))
      errors.push({
        pointer: pointer('offer', 'qualifications', i, 'validUntil'),
        ...said('input.not-a-date', { value: clip(q.validUntil) }),
      });
  });

  for (const [id, e] of Object.entries(d.entities)) {
    for (const f of ALL_PLACING_FIELDS)
      if (e[f] !== undefined && !PLACING_FIELDS[e.type].includes(f))
        errors.push({ pointer: pointer('entities', id, f), ...outOfType(e, f) });
    for (const measure of ['capital', 'votingRights'] as const) {
      const total = (e.shareholders ?? []).reduce((sum, s) => sum + (stakeMin(s[measure]) ?? 0), 0);
      if (total > 100 + EPSILON)
        errors.push({
          pointer: pointer('entities', id, 'shareholders'),
          ...said(`input.sum-over.${measure}`, { total: { percent: total, bound: 100 } }),
        });
    }
    const seen = new Set<string>();
    (e.shareholders ?? []).forEach((s, i) => {
      for (const measure of ['capital', 'votingRights'] as const) {
        const v = s[measure];
        if (typeof v === 'object' && v.min > v.max)
          errors.push({
            pointer: pointer('entities', id, 'shareholders', i, measure),
            ...said('input.stake-range-order', { min: { percent: v.min }, max: { percent: v.max } }),
          });
      }
      const ptr = pointer('entities', id, 'shareholders', i, 'holder');
      ref(s.holder, ptr, 'holder');
      if (seen.has(s.holder))
        errors.push({ pointer: ptr, ...said('input.holder-twice', { holder: clip(s.holder), id: clip(id) }) });
      seen.add(s.holder);
    });
    (e.specialRights ?? []).forEach((r, i) =>
      ref(r.holder, pointer('entities', id, 'specialRights', i, 'holder'), 'holder'),
    );
  }

  const siteIds = new Set<string>();
  (d.sites ?? []).forEach((s, i) => {
    if (siteIds.has(s.id))
      errors.push({ pointer: pointer('sites', i, 'id'), ...said('input.site-twice', { id: clip(s.id) }) });
    siteIds.add(s.id);
    ref(s.operator, pointer('sites', i, 'operator'), 'operator');
  });
  (d.data ?? []).forEach((flow, i) => {
    for (const field of ['storedAt', 'processedAt'] as const)
      (flow[field] ?? []).forEach((site, j) => {
        if (!siteIds.has(site))
          errors.push(
            undefinedId(
              pointer('data', i, field, j),
              'site',
              site,
              (d.sites ?? []).map((s): [string, string | undefined] => [s.id, s.name]),
            ),
          );
      });
    ref(flow.sentTo, pointer('data', i, 'sentTo'), 'entity');
  });
  (d.staff ?? []).forEach((s, i) => {
    ref(s.employer, pointer('staff', i, 'employer'), 'employer');
  });
  (d.subcontractors ?? []).forEach((s, i) => ref(s.entity, pointer('subcontractors', i, 'entity'), 'entity'));
  errors.push(...accessContradictions(d));
  errors.push(...citationErrors(d));
  return errors;
}
