// Cloud de Confiance: the offer holds a SecNumCloud qualification of the required version, valid on the evaluation date.

import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import type { Qualification } from '../model/description.js';
import { terms } from './util/labels.js';

/** `with` of secnumcloud-qualification. */
export interface QualificationParams {
  /** The referential version the qualification must be under. */
  version?: string;
}

const SCHEME = 'secnumcloud';

/** Judges the offer's SecNumCloud qualifications and keeps the best verdict: one that passes, else one unknown, else a fail. */
export const secnumcloudQualification: CheckFunction<QualificationParams> = {
  name: 'secnumcloud-qualification',
  description:
    'the offer is SecNumCloud-qualified, under the given version, and the qualification is valid on the evaluation date',
  parameters: {
    type: 'object',
    properties: {
      version: { type: 'string', minLength: 1, default: '3.2', description: 'the referential version required' },
    },
    additionalProperties: false,
  },
  messages: [
    'secnumcloud-qualification.pass',
    'secnumcloud-qualification.not-qualified',
    'secnumcloud-qualification.wrong-version',
    'secnumcloud-qualification.expired',
    'secnumcloud-qualification.unknown',
    'secnumcloud-qualification.none',
    'secnumcloud-qualification.unlisted',
  ],
  run(params, { description, date }) {
    const required = params.version ?? '3.2';
    const list = description.offer.qualifications;
    if (list === undefined)
      return [{ status: 'unknown', subject: '/offer', message: { id: 'secnumcloud-qualification.unlisted' } }];
    const verdicts = list.flatMap((q, i) => (q.scheme.toLowerCase() === SCHEME ? [judge(q, i, required, date)] : []));
    if (verdicts.length === 0)
      return [
        {
          status: 'fail',
          subject: '/offer/qualifications',
          message: { id: 'secnumcloud-qualification.none' },
          evidence: { schemes: list.map((q) => q.scheme) },
        },
      ];
    for (const status of ['pass', 'unknown', 'fail'] as const) {
      const found = verdicts.find((v) => v.status === status);
      if (found) return [found];
    }
    return [];
  },
};

function judge(q: Qualification, i: number, required: string, date: string): CheckResult {
  const at = (...field: string[]) => pointer('offer', 'qualifications', i, ...field);
  const version = q.version === undefined ? undefined : String(q.version);
  const evidence = { status: q.status, version: version ?? null, validUntil: q.validUntil ?? null, date };
  if (q.status !== 'qualified')
    return {
      status: 'fail',
      subject: at('status'),
      message: {
        id: 'secnumcloud-qualification.not-qualified',
        values: { status: terms('qualification', [q.status]) },
      },
      evidence,
    };
  if (version !== undefined && version !== required)
    return {
      status: 'fail',
      subject: at('version'),
      message: { id: 'secnumcloud-qualification.wrong-version', values: { version, required } },
      evidence,
    };
  if (q.validUntil !== undefined && q.validUntil < date)
    return {
      status: 'fail',
      subject: at('validUntil'),
      message: { id: 'secnumcloud-qualification.expired', values: { validUntil: q.validUntil, date } },
      evidence,
    };
  const missing = [
    ...(version === undefined ? ['version'] : []),
    ...(q.validUntil === undefined ? ['validUntil'] : []),
  ];
  if (missing.length > 0)
    return {
      status: 'unknown',
      subject: at(),
      message: { id: 'secnumcloud-qualification.unknown', values: { fields: terms('field', missing) } },
      evidence,
    };
  return {
    status: 'pass',
    subject: at(),
    message: { id: 'secnumcloud-qualification.pass', values: { version: version!, validUntil: q.validUntil!, date } },
    evidence,
  };
}
