// JSON Schema (draft 2020-12) of one provider ownership analysis in the JSON report (src/model/ownership/types.ts).

import { ENTITY_TYPES, SPECIAL_RIGHTS } from '../model/description.js';
import { JURISDICTION_STATUSES } from '../model/jurisdiction.js';
import {
  CONTROL_BASES,
  CONTROL_STATUSES,
  MEASURES,
  OUTSIDE_STATUSES,
  READINGS,
  UNEXPLAINED_REASONS,
} from '../model/ownership/types.js';

const text = { type: 'string' } as const;
const strings = { type: 'array', items: text } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const pointer = { type: 'string', pattern: '^(/.*)?$' } as const;
const nullableId = { type: ['string', 'null'] } as const;
const outside = { enum: [...OUTSIDE_STATUSES] };
const basis = { enum: [...CONTROL_BASES] };

/** An object schema whose every property is required unless named optional, and nothing else allowed. */
export const strict = (properties: Record<string, unknown>, optional: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});

/**
 * The same for the objects of the ownership analysis, which may gain fields within report version 1: what is
 * described here is required and checked, and a reader ignores what it does not know.
 */
const open = (properties: Record<string, unknown>, optional: string[] = []) => ({
  ...strict(properties, optional),
  additionalProperties: true,
});

const shares = open({ capital: percent, votingRights: percent });
/** A stake listed as a range or undisclosed: its bounds (max null: undisclosed, up to what is left of 100%). */
const bounds = strict({ min: percent, max: { anyOf: [percent, { type: 'null' }] } });
const ranges = { capitalRange: bounds, votingRightsRange: bounds };
const readingShares = open({ economic: shares, control: shares });
const perReading = (value: unknown) => open({ economic: value, control: value });
const figure = open({ known: perReading(percent), upTo: perReading(percent), holder: perReading(nullableId) });
const perMeasure = (value: unknown) => open({ capital: value, votingRights: value });
const perScope = (value: unknown) => open({ individual: value, collective: value });

const path = open(
  {
    reading: { enum: [...READINGS] },
    steps: {
      type: 'array',
      items: open(
        {
          holder: text,
          held: text,
          capital: { type: ['number', 'null'] },
          votingRights: { type: ['number', 'null'] },
          control: basis,
          ...ranges,
        },
        ['control', 'capitalRange', 'votingRightsRange'],
      ),
    },
    capital: percent,
    votingRights: percent,
    pointer,
    stepsOmitted: { type: 'integer', minimum: 1 },
  },
  ['stepsOmitted'],
);

const holder = open(
  {
    id: text,
    name: text,
    type: { enum: [...ENTITY_TYPES] },
    jurisdiction: { enum: [...JURISDICTION_STATUSES] },
    countries: strings,
    missingFields: strings,
    ultimate: { type: 'boolean' },
    economic: shares,
    control: shares,
    counted: readingShares,
    paths: { type: 'array', items: path },
    otherPaths: readingShares,
    upTo: readingShares,
    undisclosed: { const: true },
  },
  ['counted', 'otherPaths', 'upTo', 'undisclosed'],
);

const unexplained = open(
  {
    entity: text,
    name: text,
    reason: { enum: [...UNEXPLAINED_REASONS] },
    pointer,
    missing: { type: 'object', additionalProperties: false, properties: { capital: percent, votingRights: percent } },
    holdersWithout: {
      type: 'object',
      additionalProperties: false,
      properties: { capital: strings, votingRights: strings },
    },
    undisclosed: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        ['capital', 'votingRights'].map((m) => [
          m,
          { type: 'array', items: strict({ holder: text, min: percent, max: { anyOf: [percent, { type: 'null' }] } }) },
        ]),
      ),
    },
    fields: strings,
    economic: shares,
    control: shares,
    collective: readingShares,
  },
  ['missing', 'holdersWithout', 'undisclosed', 'fields'],
);

/** The provider's ownership analysis as the JSON report carries it, one per input file. */
export const ownershipSchema = open(
  {
    file: text,
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    entity: text,
    name: text,
    applicable: { type: 'boolean' },
    holders: { type: 'array', items: holder },
    explained: readingShares,
    figures: open({ individual: perMeasure(figure), collective: perMeasure(figure) }),
    unexplained: { type: 'array', items: unexplained },
    control: open(
      {
        status: { enum: [...CONTROL_STATUSES] },
        controller: nullableId,
        basis: { anyOf: [basis, { type: 'null' }] },
        votingRights: { type: ['number', 'null'] },
        through: strings,
        outside,
        via: nullableId,
        openAt: nullableId,
        missing: strings,
      },
      ['openAt'],
    ),
    specialRights: {
      type: 'array',
      items: open(
        {
          on: text,
          holder: text,
          right: { enum: [...SPECIAL_RIGHTS] },
          description: text,
          pointer,
          outside,
          via: nullableId,
          missing: strings,
        },
        ['description'],
      ),
    },
    specialRightsNotGiven: strings,
    holdings: {
      type: 'array',
      description: 'The direct holdings above the provider, as the description lists them, nearest first',
      items: strict(
        {
          holder: text,
          held: text,
          capital: { anyOf: [percent, { type: 'null' }] },
          votingRights: { anyOf: [percent, { type: 'null' }] },
          ...ranges,
        },
        ['capitalRange', 'votingRightsRange'],
      ),
    },
    holdingsOmitted: { type: 'integer', minimum: 1, description: 'Holdings left out of `holdings` past its cap' },
    thresholds: {
      description:
        'The 19.6.b tests the figures are judged against, from the loaded rule packs (the strictest of each scope)',
      ...perScope(open({ max: percent, measures: { type: 'array', items: { enum: [...MEASURES] }, minItems: 1 } })),
    },
  },
  ['holdings', 'holdingsOmitted', 'thresholds'],
);
