// 19.6.f: the customer is notified of a change affecting the protection against non-EU law within the allowed delay.

import { daysLimit } from './util/days-limit.js';

/** Judges `contract.changeNoticeDays` against `maxDays` (one month read as 30 days: see the rule's rationale). */
export const changeNotice = daysLimit({
  name: 'change-notice',
  description: 'changes affecting the protection against non-EU law are notified to the customer within maxDays days',
  field: 'changeNoticeDays',
  param: 'maxDays',
  defaultDays: 30,
  paramDescription: 'longest notice delay allowed, in days',
});
