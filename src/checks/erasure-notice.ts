// 19.4.a: the customer is given formal notice of the erasure of its data at the end of the contract.

import { daysLimit } from './util/days-limit.js';

/** Judges `contract.erasureNoticeDays` against `minDays` (19.4.a: twenty-one calendar days, read as at least 21). */
export const erasureNotice = daysLimit({
  name: 'erasure-notice',
  description:
    'the customer is given at least minDays days of formal notice before its data is erased at the end of the contract',
  field: 'erasureNoticeDays',
  param: 'minDays',
  defaultDays: 21,
  paramDescription: 'shortest notice allowed, in days',
});
