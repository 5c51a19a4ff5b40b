// A check of a number of days in the contract against a bound that a rule may change: at least, or at most, so many.

import type { CheckFunction } from '../contract.js';

type DaysField = 'changeNoticeDays' | 'erasureNoticeDays';
/** The checks of this kind: each has its pass, fail and unknown messages in the catalogues. */
type DaysCheck = 'change-notice' | 'erasure-notice';

/** What makes one days-limit check: its name, the contract field, which way the bound runs and its default. */
interface DaysLimit<N extends DaysCheck, P extends string> {
  name: N;
  description: string;
  field: DaysField;
  /** The parameter: `minDays` (the figure must reach it) or `maxDays` (it must not exceed it). */
  param: P;
  defaultDays: number;
  paramDescription: string;
}

/** A check judging `contract.<field>` against its bound; a figure equal to the bound passes, none is unknown. */
export function daysLimit<N extends DaysCheck, P extends 'minDays' | 'maxDays'>(
  spec: DaysLimit<N, P>,
): CheckFunction<Partial<Record<P, number>>> {
  const { name, field, param, defaultDays } = spec;
  const bound = param === 'minDays' ? 'min' : 'max';
  return {
    name,
    description: spec.description,
    parameters: {
      type: 'object',
      properties: {
        [param]: {
          type: 'integer',
          minimum: 0,
          maximum: Number.MAX_SAFE_INTEGER,
          default: defaultDays,
          description: spec.paramDescription,
        },
      },
      additionalProperties: false,
    },
    messages: [`${name}.pass`, `${name}.fail`, `${name}.unknown`],
    run(params, { description }) {
      const limit = params[param] ?? defaultDays;
      const days = description.contract?.[field];
      const subject = `/contract/${field}`;
      const evidence = { [field]: days ?? null, [param]: limit };
      if (days === undefined) return [{ status: 'unknown', subject, message: { id: `${name}.unknown` }, evidence }];
      const status: 'pass' | 'fail' = (bound === 'min' ? days >= limit : days <= limit) ? 'pass' : 'fail';
      return [{ status, subject, message: { id: `${name}.${status}`, values: { days, [bound]: limit } }, evidence }];
    },
  };
}
