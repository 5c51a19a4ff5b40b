// 19.6.b: no single holder outside the EU above a share of the provider (24%), nor all of them together (39%).

import { holdingFacts } from './util/holding-facts.js';
import type { CheckFunction, CheckResult } from './contract.js';
import type { Message } from '../i18n/types.js';
import { judgeHolding, type MeasureVerdict } from '../model/ownership/judge.js';
import { MEASURES, SCOPES, type Measure, type OwnershipReport, type Scope } from '../model/ownership/types.js';
import type { Facts } from '../model/facts.js';
import {
  DETAIL_MESSAGES,
  entityLabel,
  holderLines,
  holdingsSubject,
  nonEuHolders,
  notApplicableResult,
  rangedStake,
  rangedValues,
  unexplainedIn,
  unexplainedLines,
} from './util/ownership-details.js';
import { entityName } from '../model/entity-name.js';

/** `with` of foreign-holding-max: one holder or all together, the maximum in percent, the measures. */
export interface HoldingMaxParams {
  scope: Scope;
  max: number;
  measures: Measure[];
}

const percent = (n: number) => ({ percent: n });
/** A figure beside the maximum it is judged against: shown with as many digits as it takes to differ from it. */
const against = (n: number, max: number) => ({ percent: n, bound: max });
/** Non-EU holders listed one by one under a collective fail; the rest are summed in one line. */
const HOLDERS_LISTED = 10;
const measureTerms = (ms: readonly Measure[]) => ({ terms: ms.map((m) => `measure.${m}`) });

/**
 * Judges the provider's capital and voting rights held from outside the EU, directly and indirectly, on the
 * stricter of the economic and control readings (facts.ownership): `fail` on the known facts, `unknown` when the
 * unexplained holdings could cross the maximum, `pass` otherwise. Exactly the maximum passes.
 */
export const foreignHoldingMax: CheckFunction<HoldingMaxParams> = {
  name: 'foreign-holding-max',
  description:
    'no holder outside the EU (individual), or all of them together (collective), holds more than the maximum share of the provider',
  parameters: {
    type: 'object',
    properties: {
      scope: {
        enum: [...SCOPES],
        description: 'one holder at a time, or all non-EU holders together (each share counted once)',
      },
      max: {
        type: 'number',
        minimum: 0,
        maximum: 100,
        description: 'the largest share allowed, in percent (24 individually, 39 together)',
      },
      measures: {
        type: 'array',
        items: { enum: ['capital', 'votingRights'] },
        minItems: 1,
        uniqueItems: true,
        default: ['capital', 'votingRights'],
        description: 'what is measured: capital, voting rights, or both',
      },
    },
    required: ['scope', 'max'],
    additionalProperties: false,
  },
  messages: [
    'foreign-holding-max.individual.pass',
    'foreign-holding-max.individual.fail',
    'foreign-holding-max.individual.unknown',
    'foreign-holding-max.individual.unknown-none',
    'foreign-holding-max.individual.unknown-undisclosed',
    'foreign-holding-max.collective.pass',
    'foreign-holding-max.collective.fail',
    'foreign-holding-max.collective.unknown',
    'foreign-holding-max.collective.unknown-undisclosed',
    'foreign-holding-max.not-applicable',
    ...DETAIL_MESSAGES,
  ],
  factsUsed: (_params, { description }) => holdingFacts(description, description.provider),
  run(params, { description, facts }) {
    const id = description.provider;
    const report = facts.ownership(id);
    const measures = params.measures ?? MEASURES;
    const provider = report.name;
    const subject = holdingsSubject(facts, id);
    if (!report.applicable) return [notApplicableResult('foreign-holding-max', report, facts, id, subject)];
    const verdict = judgeHolding(report, params.scope, params.max, measures);
    const evidence = { scope: params.scope, max: params.max, measures: verdict.measures };
    const key = `foreign-holding-max.${params.scope}` as const;
    const max = percent(params.max);

    const failing = verdict.measures.find((v) => v.status === 'fail');
    if (failing) return [fail(facts, report, params, failing, evidence)];
    const open = verdict.measures.find((v) => v.status === 'unknown');
    if (open) {
      const world = params.scope;
      const first = unexplainedIn(report, world, open.measure)[0];
      const details: Message[] = [...unexplainedLines(report, world, open.measure)];
      for (const h of nonEuHolders(report, open.measure).slice(0, 1))
        details.push(...holderLines(report, h, open.measure));
      const unknown = (message: Message): CheckResult[] => [
        { status: 'unknown', subject: first?.pointer ?? subject, message, details, evidence },
      ];
      const bounds = {
        measure: measureTerms([open.measure]),
        known: against(open.known, params.max),
        upTo: against(open.upTo, params.max),
        max,
      };
      // A holder outside the EU listed with a range or an undisclosed stake is named, with the bounds of its share.
      const ranged =
        params.scope === 'individual'
          ? report.holders.find(
              (h) => h.jurisdiction === 'non-eu' && h.upTo && (open.holder === null || open.holder === h.id),
            )
          : undefined;
      if (ranged)
        return unknown({
          id: 'foreign-holding-max.individual.unknown-undisclosed',
          values: { provider, holder: entityName(ranged.id, report.entities[ranged.id]), ...bounds },
        });
      // Together: the range or undisclosed stake that leaves the largest part open is named, with its bounds.
      const stake = params.scope === 'collective' ? rangedStake(report, 'collective', open.measure) : undefined;
      if (stake)
        return unknown({
          id: 'foreign-holding-max.collective.unknown-undisclosed',
          values: { provider, ...rangedValues(report, stake), ...bounds },
        });
      return unknown({
        id:
          params.scope === 'individual' && open.holder === null
            ? 'foreign-holding-max.individual.unknown-none'
            : `${key}.unknown`,
        values: {
          provider,
          measure: bounds.measure,
          upTo: bounds.upTo,
          max,
          ...(params.scope === 'collective' || open.holder !== null ? { known: bounds.known } : {}),
        },
      });
    }
    const share = Math.max(...verdict.measures.map((v) => v.upTo));
    const details = measures.flatMap((m) =>
      nonEuHolders(report, m)
        .slice(0, 3)
        .flatMap((h) => holderLines(report, h, m)),
    );
    return [
      {
        status: 'pass',
        subject,
        message: {
          id: `${key}.pass`,
          values: { provider, measures: measureTerms(measures), share: against(share, params.max), max },
        },
        details,
        evidence,
      },
    ];
  },
};

function fail(
  facts: Facts,
  report: OwnershipReport,
  params: HoldingMaxParams,
  v: MeasureVerdict,
  evidence: Record<string, unknown>,
): CheckResult {
  const values = {
    provider: report.name,
    measure: measureTerms([v.measure]),
    share: against(v.known, params.max),
    reading: { terms: [`reading.${v.reading}`] },
    max: percent(params.max),
  };
  if (params.scope === 'individual') {
    const offenders = nonEuHolders(report, v.measure, params.max);
    const top = report.holders.find((h) => h.id === v.holder);
    const path = top?.paths.find((p) => p.reading === v.reading) ?? top?.paths[0];
    return {
      status: 'fail',
      subject: path?.pointer ?? holdingsSubject(facts, report.entity),
      message: {
        id: 'foreign-holding-max.individual.fail',
        values: { ...values, holder: entityLabel(report, v.holder!) },
      },
      details: offenders.flatMap((h) => holderLines(report, h, v.measure)),
      evidence,
    };
  }
  const counted = report.holders
    .filter((h) => h.counted && h.counted[v.reading][v.measure] > 0)
    .sort((a, b) => b.counted![v.reading][v.measure] - a.counted![v.reading][v.measure]);
  const shown = counted.slice(0, HOLDERS_LISTED);
  const details: Message[] = shown.map((h) => ({
    id: 'ownership.detail.counted',
    values: {
      holder: entityLabel(report, h.id),
      share: percent(h.counted![v.reading][v.measure]),
      measure: measureTerms([v.measure]),
    },
  }));
  if (counted.length > shown.length) {
    const others = counted.slice(shown.length).reduce((s, h) => s + h.counted![v.reading][v.measure], 0);
    details.push({
      id: 'ownership.detail.more-holders',
      values: { count: counted.length - shown.length, share: percent(Math.round(others * 1e6) / 1e6) },
    });
  }
  for (const h of counted.slice(0, 3)) details.push(...holderLines(report, h, v.measure).slice(1));
  const path = counted[0]?.paths.find((p) => p.reading === v.reading) ?? counted[0]?.paths[0];
  return {
    status: 'fail',
    subject: path?.pointer ?? holdingsSubject(facts, report.entity),
    message: { id: 'foreign-holding-max.collective.fail', values },
    details,
    evidence,
  };
}
