// 19.4.a: the customer is given formal notice of the erasure of its data at the end of the contract.

import type { CheckFunction } from './contract.js';

/** `with` of erasure-notice. */
export interface ErasureNoticeParams {
  /** Shortest notice allowed, in days (19.4.a: twenty-one calendar days, read as at least 21). */
  minDays?: number;
}

/** Judges `contract.erasureNoticeDays` against `minDays`; exactly `minDays` passes. */
export const erasureNotice: CheckFunction<ErasureNoticeParams> = {
  name: 'erasure-notice',
  description:
    'the customer is given at least minDays days of formal notice before its data is erased at the end of the contract',
  parameters: {
    type: 'object',
    properties: {
      minDays: {
        type: 'integer',
        minimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        default: 21,
        description: 'shortest notice allowed, in days',
      },
    },
    additionalProperties: false,
  },
  messages: ['erasure-notice.pass', 'erasure-notice.fail', 'erasure-notice.unknown'],
  run(params, { description }) {
    const min = params.minDays ?? 21;
    const days = description.contract?.erasureNoticeDays;
    const subject = '/contract/erasureNoticeDays';
    const evidence = { erasureNoticeDays: days ?? null, minDays: min };
    if (days === undefined)
      return [{ status: 'unknown', subject, message: { id: 'erasure-notice.unknown' }, evidence }];
    const status = days >= min ? 'pass' : 'fail';
    return [{ status, subject, message: { id: `erasure-notice.${status}`, values: { days, min } }, evidence }];
  },
};
