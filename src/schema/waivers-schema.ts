// JSON Schema (draft 2020-12) of a waivers file, format 1: shipped as schemas/waivers-1.schema.json.

import { closedObject, day, listFileSchema, text } from './side-file-schema.js';

const waiver = closedObject(
  {
    rule: { ...text, description: 'the id of the rule waived, e.g. SNC-19.6-SUBCONTRACTOR-AUTONOMY' },
    subject: {
      type: 'string',
      pattern: '^(/.*)?$',
      description:
        'the subject waived: a JSON pointer into the description, list items named by their id (/sites/paris-2, /subcontractors/us-soft); it covers what lies under it. Absent: every subject of the rule',
    },
    file: {
      ...text,
      description:
        'the description it concerns, relative to the repository root (as SARIF gives it); absent: every description',
    },
    justification: { ...text, description: 'why the finding is accepted' },
    approvedBy: { ...text, description: 'who approved the exception' },
    expires: { ...day, description: 'the last day the waiver applies (inclusive), YYYY-MM-DD' },
    ticket: { ...text, description: 'where the exception is tracked: a ticket id or address' },
  },
  ['rule', 'justification', 'approvedBy', 'expires'],
  'an accepted exception: a fail or unknown verdict of a rule that becomes waived until a date',
);

export const waiversSchema = listFileSchema('waivers-1', 'snc waivers, format 1', 'waivers', waiver);
