// 19.6.f: the customer is notified of a change affecting the protection against non-EU law within the allowed delay.

import type { CheckFunction } from './contract.js';

/** `with` of change-notice. */
export interface ChangeNoticeParams {
  /** Longest notice delay allowed, in days (one month read as 30 days: see the rule's rationale). */
  maxDays?: number;
}

/** Judges `contract.changeNoticeDays` against `maxDays`; exactly `maxDays` passes. */
export const changeNotice: CheckFunction<ChangeNoticeParams> = {
  name: 'change-notice',
  description: 'changes affecting the protection against non-EU law are notified to the customer within maxDays days',
  parameters: {
    type: 'object',
    properties: {
      maxDays: {
        type: 'integer',
        minimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        default: 30,
        description: 'longest notice delay allowed, in days',
      },
    },
    additionalProperties: false,
  },
  messages: ['change-notice.pass', 'change-notice.fail', 'change-notice.unknown'],
  run(params, { description }) {
    const max = params.maxDays ?? 30;
    const days = description.contract?.changeNoticeDays;
    const subject = '/contract/changeNoticeDays';
    const evidence = { changeNoticeDays: days ?? null, maxDays: max };
    if (days === undefined) return [{ status: 'unknown', subject, message: { id: 'change-notice.unknown' }, evidence }];
    const status = days <= max ? 'pass' : 'fail';
    return [{ status, subject, message: { id: `change-notice.${status}`, values: { days, max } }, evidence }];
  },
};
