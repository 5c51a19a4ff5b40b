// JSON Schema of a rule pack: a pack is data, refused at load when it does not match.

import { LANGS } from '../i18n/types.js';
import { FAMILIES, SEVERITIES } from './report-types.js';

const text = {
  type: 'object',
  properties: Object.fromEntries(LANGS.map((lang) => [lang, { type: 'string', minLength: 1 }])),
  required: [...LANGS],
  additionalProperties: false,
};

/** Schema of a rule pack file (rules/*.yaml or a user's own). */
export const packSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://snc.dev/schemas/rule-pack-1.schema.json',
  type: 'object',
  properties: {
    pack: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$' },
    title: text,
    source: {
      type: 'object',
      properties: {
        issuer: { type: 'string' },
        document: { type: 'string' },
        version: { type: ['string', 'number'] },
        date: { type: 'string' },
        url: { type: 'string' },
      },
      required: ['issuer', 'document'],
      additionalProperties: false,
    },
    extends: { type: 'array', items: { type: 'string' } },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: '^[A-Z0-9][A-Z0-9.-]*$' },
          clause: { type: 'string', minLength: 1, description: 'the clause of the referential the rule checks' },
          clauses: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            uniqueItems: true,
            description: 'the clauses the rule checks, its home first (instead of clause)',
          },
          family: { enum: [...FAMILIES] },
          severity: { enum: [...SEVERITIES].reverse() },
          title: text,
          rationale: text,
          remediation: text,
          /** Sources and confidence of the rule's reading, for maintainers and auditors: never shown in a report. */
          notes: text,
          check: {
            type: 'object',
            properties: { fn: { type: 'string' }, with: { type: 'object' } },
            required: ['fn'],
            additionalProperties: false,
          },
        },
        required: ['id', 'family', 'severity', 'title', 'rationale', 'remediation', 'check'],
        oneOf: [{ required: ['clause'] }, { required: ['clauses'] }],
        additionalProperties: false,
      },
    },
  },
  required: ['pack', 'title', 'rules'],
  additionalProperties: false,
} as const;
