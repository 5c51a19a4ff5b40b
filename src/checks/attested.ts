// A requirement judged by an auditor (19.5, 19.6.e): the verdict of the attestation that holds, else unknown.

import type { CheckFunction, CheckResult } from './contract.js';
import { attestationTerm, decidingAttestation, type Attestation } from '../model/attestation.js';

const SUBJECT = '/provider';

const latest = (as: readonly Attestation[]) => as.reduce((a, b) => (b.date > a.date ? b : a));

/** Judges from the attestations of its rule: the one that holds on the evaluation date decides, else `unknown`. */
export const attested: CheckFunction<Record<string, never>> = {
  name: 'attested',
  description:
    'an auditor attests the requirement (attestations file): its verdict while it holds, unknown when absent or expired',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: ['attested.pass', 'attested.fail', 'attested.expired', 'attested.not-yet', 'attested.none'],
  readsAttestations: true,
  run(_params, { attestations, date }): CheckResult[] {
    const deciding = decidingAttestation(attestations, date);
    if (deciding) {
      const values = {
        by: deciding.by,
        date: deciding.date,
        expires: deciding.expires,
        justification: deciding.justification,
      };
      return [
        {
          status: deciding.status,
          subject: SUBJECT,
          message: { id: `attested.${deciding.status}`, values },
          attestation: deciding,
        },
      ];
    }
    const expired = attestations.filter((a) => attestationTerm(a, date) === 'expired');
    if (expired.length > 0) {
      const a = latest(expired);
      return [
        {
          status: 'unknown',
          subject: SUBJECT,
          message: { id: 'attested.expired', values: { by: a.by, date: a.date, expires: a.expires } },
          attestation: a,
        },
      ];
    }
    if (attestations.length > 0) {
      const a = latest(attestations);
      return [
        {
          status: 'unknown',
          subject: SUBJECT,
          message: { id: 'attested.not-yet', values: { by: a.by, date: a.date, evaluated: date } },
          attestation: a,
        },
      ];
    }
    return [{ status: 'unknown', subject: SUBJECT, message: { id: 'attested.none' } }];
  },
};
