// 19.6.d: each subcontractor is SecNumCloud-qualified, or the provider keeps operating without it (own skills, or
// enough alternative suppliers).

import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { terms } from './util/labels.js';
import { noSubcontractors, subcontractorLabel } from './util/subcontractors.js';

/** `with` of subcontractor-autonomy. */
export interface AutonomyParams {
  /** Fewest alternative suppliers that ensure autonomy (the referential: at least two). */
  minAlternatives?: number;
}

/** Judges each subcontractor: qualified, or own skills, or at least `minAlternatives` alternatives. */
export const subcontractorAutonomy: CheckFunction<AutonomyParams> = {
  name: 'subcontractor-autonomy',
  description:
    'each subcontractor is SecNumCloud-qualified, or the provider has its own skills, or enough alternative suppliers',
  parameters: {
    type: 'object',
    properties: {
      minAlternatives: {
        type: 'integer',
        minimum: 1,
        maximum: Number.MAX_SAFE_INTEGER,
        default: 2,
        description: 'fewest alternative suppliers that ensure autonomy',
      },
    },
    additionalProperties: false,
  },
  messages: [
    'subcontractor-autonomy.pass-qualified',
    'subcontractor-autonomy.pass-own-skills',
    'subcontractor-autonomy.pass-alternatives',
    'subcontractor-autonomy.fail',
    'subcontractor-autonomy.unknown',
    'subcontractor-autonomy.unlisted',
    'subcontractor-autonomy.none',
  ],
  run(params, { description, facts }) {
    const none = noSubcontractors(description, 'subcontractor-autonomy');
    if (none) return none;
    const min = params.minAlternatives ?? 2;
    return description.subcontractors!.map((s, i): CheckResult => {
      const subject = pointer('subcontractors', i);
      const entity = subcontractorLabel(s, facts);
      const ownSkills = s.autonomy?.ownSkills;
      const count = s.autonomy?.alternatives;
      const evidence = {
        qualified: s.qualified ?? null,
        ownSkills: ownSkills ?? null,
        alternatives: count ?? null,
        minAlternatives: min,
      };
      if (s.qualified === true)
        return {
          status: 'pass',
          subject,
          message: { id: 'subcontractor-autonomy.pass-qualified', values: { entity } },
          evidence,
        };
      if (ownSkills === true)
        return {
          status: 'pass',
          subject,
          message: { id: 'subcontractor-autonomy.pass-own-skills', values: { entity } },
          evidence,
        };
      if (count !== undefined && count >= min)
        return {
          status: 'pass',
          subject,
          message: { id: 'subcontractor-autonomy.pass-alternatives', values: { entity, count, min } },
          evidence,
        };
      const missing = [
        ...(s.qualified === undefined ? ['qualified'] : []),
        ...(ownSkills === undefined ? ['ownSkills'] : []),
        ...(count === undefined ? ['alternatives'] : []),
      ];
      if (missing.length > 0)
        return {
          status: 'unknown',
          subject,
          message: { id: 'subcontractor-autonomy.unknown', values: { entity, fields: terms('field', missing) } },
          evidence,
        };
      return {
        status: 'fail',
        subject: pointer('subcontractors', i, 'autonomy'),
        message: { id: 'subcontractor-autonomy.fail', values: { entity, count: count!, min } },
        evidence,
      };
    });
  },
};
