// JSON Schema (draft 2020-12) of the JSON report, version 1: shipped as schemas/report-1.schema.json.

import {
  BASELINE_STATES,
  FAMILIES,
  PROVENANCE_ROLES,
  SEVERITIES,
  STATUSES,
  VERDICTS,
  WAIVED_STATUSES,
} from '../engine/report-types.js';
import { LANGS } from '../i18n/types.js';
import { ATTESTATION_STATUSES } from '../model/attestation.js';
import { PROFILES } from '../model/description.js';
import { ownershipSchema, strict } from './ownership-schema.js';

const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const severity = { enum: [...SEVERITIES].reverse() };
const status = { enum: [...STATUSES] };
const profile = { enum: [...PROFILES] };
const count = { type: 'integer', minimum: 0 } as const;
const text = { type: 'string' } as const;
const strings = { type: 'array', items: text } as const;

/** A value put into a message: a string, a number, or one of the typed values of src/i18n/types.ts. */
const messageValue = {
  anyOf: [
    text,
    { type: 'number' },
    strict({ country: text }),
    strict({ countries: strings }),
    strict({ list: strings }),
    strict({ terms: strings }),
    strict({ percent: { type: 'number' }, bound: { type: 'number' } }, ['bound']),
    strict({
      path: {
        type: 'array',
        items: strict({ entity: text, percent: { type: 'number' }, control: { type: 'boolean' } }, [
          'percent',
          'control',
        ]),
      },
    }),
  ],
};

/** A source as a result cites it; a source as an input lists it adds where it is and whether its file was found. */
const sourceFields = { id: text, title: text, issuer: text, date, sha256 };
const sourceRef = strict(sourceFields, ['sha256']);
const sourceRecord = strict({ ...sourceFields, file: text, fileMissing: { const: true }, url: text, section: text }, [
  'sha256',
  'file',
  'fileMissing',
  'url',
  'section',
]);

const result = strict(
  {
    ruleId: text,
    clause: { type: 'string', description: 'the first clause the rule cites' },
    clauses: { ...strings, minItems: 1, description: 'every clause the rule cites, the first one first' },
    family: { enum: [...FAMILIES] },
    severity,
    status,
    gating: {
      type: 'boolean',
      description: 'Whether the result decides the verdict: fail, or unknown without allowUnknown, at or above failOn',
    },
    subject: { type: 'string', pattern: '^(/.*)?$', description: 'JSON pointer into the description' },
    subjectId: {
      type: 'string',
      pattern: '^(/.*)?$',
      description:
        'the subject with list items named by their id (/sites/paris-2): what waivers and baselines match on',
    },
    location: strict({ file: text, line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } }),
    messageId: text,
    values: { type: 'object', additionalProperties: messageValue },
    message: text,
    details: strings,
    evidence: { type: 'object' },
    sources: {
      type: 'array',
      items: sourceRef,
      description: 'The sources of the facts the verdict used; empty: declared, not documented',
    },
    attestation: strict(
      {
        status: { enum: [...ATTESTATION_STATUSES] },
        by: text,
        date,
        expires: date,
        justification: text,
        sources: strings,
        file: text,
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
      },
      ['sources'],
    ),
    waiver: strict(
      {
        rule: text,
        subject: text,
        justification: text,
        approvedBy: text,
        expires: date,
        ticket: text,
        verdict: { enum: [...WAIVED_STATUSES], description: 'the verdict the waiver covers' },
        file: text,
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
      },
      ['subject', 'ticket'],
    ),
    fingerprint: {
      ...sha256,
      description:
        'the identity of the finding across runs, as SARIF partialFingerprints.primaryLocationLineHash: SHA-256 of the rule, the repository-relative file and subjectId',
    },
    factsHash: {
      ...sha256,
      description:
        'SHA-256 of the facts the verdict judged (message id, values, evidence): it changes when they do, not when lines move',
    },
    baselineState: {
      enum: [...BASELINE_STATES],
      description:
        'With --baseline, for a fail, unknown or waived result: new (not in the baseline, it gates as usual), unchanged, or updated (same finding, status or facts changed); a known fail or unknown does not gate',
    },
    baselineStatus: { ...status, description: 'the status the baseline gives the finding, when it holds it' },
  },
  ['evidence', 'attestation', 'waiver', 'baselineState', 'baselineStatus'],
);

const summary = strict(
  {
    total: count,
    pass: count,
    fail: count,
    unknown: count,
    notApplicable: count,
    waived: count,
    gating: {
      ...count,
      description:
        'Results that gate: fail, or unknown without allowUnknown, at or above failOn, not known from the baseline',
    },
    known: {
      ...count,
      description: 'With --baseline: fail and unknown results the baseline holds as known, which do not gate',
    },
    notMet: {
      ...strict({ error: count, warning: count, info: count }),
      description: 'Fail and unknown results by severity, gating or not',
    },
    verdict: {
      enum: [...VERDICTS],
      description:
        'not-judged (exit 2): no rule of the profiles judged applies; not-compliant (exit 1): a result gates. Over several files: the worst',
    },
    compliant: { type: 'boolean' },
  },
  ['known'],
);

const baseline = strict({
  file: text,
  sha256,
  counts: strict({ new: count, unchanged: count, updated: count, fixed: count }),
  fixed: {
    type: 'array',
    description: "The baseline's findings on the files judged that this run no longer finds",
    items: strict(
      {
        fingerprint: sha256,
        ruleId: text,
        file: { type: 'string', description: 'repository-relative' },
        subjectId: text,
        status,
        message: { type: 'string', description: 'in the language of the baseline' },
        now: {
          ...status,
          description: 'the status this run gives the same rule on the same subject; absent when none judged it',
        },
      },
      ['now'],
    ),
  },
});

export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'snc report, version 1',
  description:
    'The outcome of `snc check --format json`: verdicts of rules on description files, with what was judged and by what.',
  ...strict(
    {
      reportVersion: { const: 1 },
      tool: strict({ name: { const: 'snc' }, version: text }),
      generatedAt: {
        type: 'string',
        format: 'date-time',
        description: 'Absent with --no-timestamp; from SOURCE_DATE_EPOCH when set',
      },
      evaluationDate: date,
      lang: { enum: [...LANGS] },
      options: strict({
        failOn: severity,
        allowUnknown: { type: 'boolean' },
        requireSources: { type: 'boolean' },
        sourceMaxAge: { type: 'integer', minimum: 1 },
      }),
      packs: { type: 'array', items: strict({ pack: text, file: text, sha256, title: text }) },
      inputs: {
        type: 'array',
        items: strict(
          {
            file: text,
            repoPath: { type: 'string', description: 'the file as the repository names it: what fingerprints read' },
            sha256,
            name: text,
            provider: text,
            providerName: text,
            offer: text,
            profiles: { type: 'array', items: profile },
            sources: { type: 'array', items: sourceRecord },
            summary,
          },
          ['providerName', 'offer'],
        ),
      },
      rules: {
        type: 'array',
        items: strict({
          id: text,
          pack: text,
          clause: text,
          clauses: { ...strings, minItems: 1 },
          family: { enum: [...FAMILIES] },
          severity,
          title: text,
          rationale: text,
          remediation: text,
        }),
      },
      results: { type: 'array', items: result },
      warnings: {
        type: 'array',
        description:
          'What a reader should know besides the verdicts: expired or unused attestations and waivers, old sources…',
        items: strict(
          {
            id: text,
            message: text,
            file: text,
            line: { type: 'integer', minimum: 1 },
            column: { type: 'integer', minimum: 1 },
          },
          ['file', 'line', 'column'],
        ),
      },
      provenance: {
        type: 'array',
        description: 'The other files the report was made from, each with the SHA-256 of its bytes',
        items: strict({ role: { enum: [...PROVENANCE_ROLES] }, file: text, sha256 }),
      },
      summary,
      baseline: {
        ...baseline,
        description:
          'With --baseline: the baseline report compared with, the count of findings in each state, and what it had that is now fixed',
      },
      ownership: {
        type: 'array',
        items: ownershipSchema,
        description: "Per input file: the provider's ownership analysis (19.6.b)",
      },
    },
    ['generatedAt', 'ownership', 'baseline'],
  ),
} as const;
