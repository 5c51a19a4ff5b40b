// Applicability by data sensitivity: a rule for health data (HDS) does not concern a description without it.

import type { CheckResult } from '../contract.js';
import { DATA_SENSITIVITIES, type DataSensitivity, type Description } from '../../model/description.js';

/** `with` parameter: judge only descriptions whose `dataSensitivity` is one of these. */
export interface SensitivityParams {
  dataSensitivity?: DataSensitivity[];
}

/** JSON Schema fragment of SensitivityParams, to spread into a check's parameter schema. */
export const sensitivityParamsSchema = {
  dataSensitivity: {
    type: 'array',
    items: { enum: [...DATA_SENSITIVITIES] },
    minItems: 1,
    uniqueItems: true,
    description: 'judge only descriptions with one of these data sensitivities; others are not applicable',
  },
} as const;

/** The message ids that `outsideSensitivity` may report, for a check's `messages`. */
export const SENSITIVITY_MESSAGES = ['applicability.sensitivity', 'applicability.sensitivity-absent'] as const;

/** A not-applicable result when the description's data sensitivity is not one the parameters ask for; else undefined. */
export function outsideSensitivity(params: SensitivityParams, description: Description): CheckResult | undefined {
  const wanted = params.dataSensitivity;
  const declared = description.dataSensitivity;
  if (!wanted || (declared !== undefined && wanted.includes(declared))) return undefined;
  const required = wanted.join(' | ');
  return declared === undefined
    ? {
        status: 'not-applicable',
        subject: '',
        message: { id: 'applicability.sensitivity-absent', values: { required } },
      }
    : {
        status: 'not-applicable',
        subject: '/dataSensitivity',
        message: { id: 'applicability.sensitivity', values: { required, declared } },
      };
}
