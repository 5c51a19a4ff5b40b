// The "why" lines of the 19.6.b checks: holders with their shares and paths, and what the description leaves unexplained.

import type { CheckResult } from '../contract.js';
import type { Message, MessageValue } from '../../i18n/types.js';
import { pointer } from '../../core/json-pointer.js';
import type { Facts } from '../../model/facts.js';
import { entityLabel, pathValue, unexplainedIn } from '../../model/ownership/labels.js';
import { entityName } from '../../model/entity-name.js';
import type { Measure, OwnershipHolder, OwnershipReport, Reading, Scope } from '../../model/ownership/types.js';

export {
  controlPath,
  entityLabel,
  pathValue,
  unexplainedAmount,
  unexplainedIn,
  unexplainedLines,
} from '../../model/ownership/labels.js';

/** Paths and holders shown per result: enough to explain, short enough to read. */
const PATHS_SHOWN = 3;
const HOLDERS_SHOWN = 5;

const measureTerm = (m: Measure): MessageValue => ({ terms: [`measure.${m}`] });
const percent = (n: number): MessageValue => ({ percent: n });

/** A holder's shares in one measure, then its heaviest paths in that measure and what they leave out. */
export function holderLines(report: OwnershipReport, h: OwnershipHolder, measure: Measure): Message[] {
  const lines: Message[] = [
    {
      id: 'ownership.detail.holder',
      values: {
        holder: entityLabel(report, h.id),
        measure: measureTerm(measure),
        economic: percent(h.economic[measure]),
        control: percent(h.control[measure]),
      },
    },
  ];
  for (const reading of ['economic', 'control'] as Reading[]) {
    const paths = h.paths.filter((p) => p.reading === reading && p[measure] > 0).slice(0, PATHS_SHOWN);
    for (const p of paths)
      lines.push({
        id: reading === 'control' ? 'ownership.detail.path-control' : 'ownership.detail.path',
        values: { path: pathValue(report, p, measure), share: percent(p[measure]) },
      });
    const others = h.otherPaths?.[reading][measure] ?? 0;
    const hidden = h.paths
      .filter((p) => p.reading === reading && p[measure] > 0)
      .slice(PATHS_SHOWN)
      .reduce((s, p) => s + p[measure], 0);
    const rest = Math.round((others + hidden) * 1e6) / 1e6;
    if (paths.length > 0 && rest > 0)
      lines.push({ id: 'ownership.detail.other-paths', values: { share: percent(rest) } });
  }
  return lines;
}

/** The non-EU holders whose stricter share in a measure is above `above`, largest first (at most a few). */
export function nonEuHolders(report: OwnershipReport, measure: Measure, above = 0): OwnershipHolder[] {
  const strict = (h: OwnershipHolder) => Math.max(h.economic[measure], h.control[measure]);
  return report.holders
    .filter((h) => h.jurisdiction === 'non-eu' && strict(h) > above)
    .sort((a, b) => strict(b) - strict(a))
    .slice(0, HOLDERS_SHOWN);
}

/** A stake listed as a range or undisclosed that makes part of an entity's remainder: who holds it, in which entity. */
export interface RangedStake {
  holder: string;
  held: string;
  min: number;
  /** null: undisclosed (up to what the other holders leave of 100%). */
  max: number | null;
  /** The held entity's shareholders, where the stake is listed. */
  pointer: string;
}

/**
 * The range or undisclosed stake that weighs most in a measure's unexplained part, a holder outside the EU first
 * (its own share is then open), else any (the part it leaves open could be held from outside the EU).
 */
export function rangedStake(report: OwnershipReport, world: Scope, m: Measure): RangedStake | undefined {
  const all = unexplainedIn(report, world, m).flatMap((u) =>
    (u.undisclosed?.[m] ?? []).map((d) => ({
      holder: d.holder,
      held: u.entity,
      min: d.min,
      max: d.max,
      pointer: pointer('entities', u.entity, 'shareholders'),
    })),
  );
  const outside = (d: RangedStake) =>
    report.holders.find((h) => h.id === d.holder)?.jurisdiction === 'non-eu' ||
    report.entities[d.holder]?.jurisdiction === 'non-eu';
  return all.find(outside) ?? all[0];
}

/** The values that name a ranged stake in a message: holder, held entity, and its bounds (`stake` selects the wording). */
export function rangedValues(report: OwnershipReport, d: RangedStake): Record<string, MessageValue> {
  return {
    holder: entityLabel(report, d.holder),
    held: entityName(d.held, report.entities[d.held]),
    stake: d.max === null ? 'undisclosed' : 'range',
    from: percent(d.min),
    ...(d.max === null ? {} : { to: percent(d.max) }),
  };
}

/** Where a result about the provider's holdings points: its shareholders, or the entity when it lists none. */
export function holdingsSubject(facts: Facts, provider: string): string {
  return facts.entity(provider)?.shareholders
    ? pointer('entities', provider, 'shareholders')
    : pointer('entities', provider);
}

/** The detail message ids the ownership checks may report. */
export const DETAIL_MESSAGES = [
  'ownership.detail.holder',
  'ownership.detail.path',
  'ownership.detail.path-control',
  'ownership.detail.other-paths',
  'ownership.detail.counted',
  'ownership.detail.more-holders',
  'ownership.detail.remainder',
  'ownership.detail.measure-missing',
  'ownership.detail.range',
  'ownership.detail.undisclosed',
  'ownership.detail.no-shareholders',
  'ownership.detail.jurisdiction-unknown',
  'ownership.detail.control-undetermined',
  'ownership.detail.rights-not-given',
  'ownership.detail.control-open',
  'ownership.detail.right-holder-unknown',
  'ownership.detail.right-outside',
  'ownership.detail.missing',
] as const;

/** The 19.6.b checks, each with its `.not-applicable` message. */
type OwnershipCheck = 'foreign-holding-max' | 'foreign-board-majority' | 'foreign-veto';

/**
 * The result of a 19.6.b check when the provider is not a company or fund (a person or a State has no capital to
 * judge): `<check>.not-applicable`, naming the provider and its type.
 */
export function notApplicableResult(
  check: OwnershipCheck,
  report: OwnershipReport,
  facts: Facts,
  provider: string,
  subject: string,
): CheckResult {
  return {
    status: 'not-applicable',
    subject,
    message: {
      id: `${check}.not-applicable`,
      values: { provider: report.name, type: { terms: [`entity.${facts.entity(provider)!.type}`] } },
    },
  };
}
