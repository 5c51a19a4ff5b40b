// 19.1.o: the contract states that the service is SecNumCloud-qualified.

import type { CheckFunction, CheckResult } from './contract.js';

/** Judges `contract.statesQualification` (true passes, false fails, absent is unknown), then the attached certificate
 * (`contract.qualificationCertificate`: a section and a date pass, false fails, absent is unknown). */
export const statesQualification: CheckFunction<Record<string, never>> = {
  name: 'states-qualification',
  description:
    'the contract states that the service is SecNumCloud-qualified, and attaches the qualification certificate (its section and date)',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: [
    'states-qualification.pass',
    'states-qualification.fail',
    'states-qualification.unknown',
    'qualification-certificate.pass',
    'qualification-certificate.fail',
    'qualification-certificate.unknown',
  ],
  run(_params, { description }) {
    const stated = description.contract?.statesQualification;
    const subject = '/contract/statesQualification';
    const evidence = { statesQualification: stated ?? null };
    const states: CheckResult =
      stated === undefined
        ? { status: 'unknown', subject, message: { id: 'states-qualification.unknown' }, evidence }
        : {
            status: stated ? 'pass' : 'fail',
            subject,
            message: { id: stated ? 'states-qualification.pass' : 'states-qualification.fail' },
            evidence,
          };
    const cert = description.contract?.qualificationCertificate;
    const certSubject = '/contract/qualificationCertificate';
    const certEvidence = { qualificationCertificate: cert ?? null };
    const attached: CheckResult =
      cert === undefined
        ? {
            status: 'unknown',
            subject: certSubject,
            message: { id: 'qualification-certificate.unknown' },
            evidence: certEvidence,
          }
        : cert === false
          ? {
              status: 'fail',
              subject: certSubject,
              message: { id: 'qualification-certificate.fail' },
              evidence: certEvidence,
            }
          : {
              status: 'pass',
              subject: certSubject,
              message: { id: 'qualification-certificate.pass', values: { section: cert.section, date: cert.date } },
              evidence: certEvidence,
            };
    return [states, attached];
  },
};
