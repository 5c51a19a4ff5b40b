// JSON Schema (draft 2020-12) of an attestations file, format 1: shipped as schemas/attestations-1.schema.json.

import { ATTESTATION_STATUSES } from '../model/attestation.js';
import { closedObject, day, listFileSchema, text } from './side-file-schema.js';

const attestation = closedObject(
  {
    provider: { ...text, description: "the description's provider id; an attestation for another provider is refused" },
    clause: { ...text, description: 'the clause attested, e.g. 19.5.a (give clause or rule)' },
    rule: { ...text, description: 'the rule attested, e.g. SNC-19.6-FUNDAMENTAL-RIGHTS (give clause or rule)' },
    status: { enum: [...ATTESTATION_STATUSES], description: 'the verdict of the attestation' },
    by: { ...text, description: 'who attests: a person and their capacity, an audit firm' },
    date: { ...day, description: 'when it was attested, YYYY-MM-DD' },
    expires: { ...day, description: 'the last day it holds (inclusive), YYYY-MM-DD' },
    justification: { ...text, description: 'what the verdict rests on' },
    sources: { type: 'array', items: text, description: "ids of the description's sources the attestation relies on" },
  },
  ['provider', 'status', 'by', 'date', 'expires', 'justification'],
  'an auditor’s verdict on a clause or rule that a description cannot decide',
);

export const attestationsSchema = listFileSchema(
  'attestations-1',
  'snc attestations, format 1',
  'attestations',
  attestation,
);
