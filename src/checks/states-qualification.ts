// 19.1.o: the contract states that the service is SecNumCloud-qualified.

import type { CheckFunction } from './contract.js';

/** Judges `contract.statesQualification`: true passes, false fails, absent is unknown. */
export const statesQualification: CheckFunction<Record<string, never>> = {
  name: 'states-qualification',
  description: 'the contract states that the service is SecNumCloud-qualified',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: ['states-qualification.pass', 'states-qualification.fail', 'states-qualification.unknown'],
  run(_params, { description }) {
    const stated = description.contract?.statesQualification;
    const subject = '/contract/statesQualification';
    const evidence = { statesQualification: stated ?? null };
    if (stated === undefined) return [{ status: 'unknown', subject, message: { id: 'states-qualification.unknown' }, evidence }];
    return [{ status: stated ? 'pass' : 'fail', subject, message: { id: stated ? 'states-qualification.pass' : 'states-qualification.fail' }, evidence }];
  },
};
