// How the ownership analysis names things in messages: entities by name and country, paths, the unexplained parts.

import { entityName } from '../entity-name.js';
import { END_STEPS } from './paths.js';
import type { Message, MessageValue } from '../../i18n/types.js';
import type { Measure, OwnershipPath, OwnershipReport, Scope, UnexplainedShare } from './types.js';

const measureTerm = (m: Measure): MessageValue => ({ terms: [`measure.${m}`] });
const percent = (n: number): MessageValue => ({ percent: n });

/** An entity's name with the countries that place it: `Acme Corp (US)`. */
export function entityLabel(report: OwnershipReport, id: string): string {
  const l = report.entities[id];
  if (!l) return id;
  return l.countries.length > 0 ? `${l.name} (${l.countries.join(', ')})` : l.name;
}

/** A path as a message value in one measure: the holder with its countries, then each link down to the entity. */
export function pathValue(report: OwnershipReport, path: OwnershipPath, measure: Measure): MessageValue {
  const [first, ...rest] = path.steps;
  if (!first) return { path: [] };
  return {
    path: [
      { entity: entityLabel(report, first.holder) },
      ...[first, ...rest].flatMap((s, i) => [
        ...(path.stepsOmitted && i === END_STEPS ? [{ entity: '', omitted: path.stepsOmitted }] : []),
        {
          entity: entityName(s.held, report.entities[s.held]),
          ...(s.control ? { control: true } : { percent: s[measure] ?? 0 }),
        },
      ]),
    ],
  };
}

/** The chain of control as a path value, from the controller down: `Acme (US) ⇒ HoldCo ⇒ Provider`. */
export function controlPath(report: OwnershipReport): MessageValue {
  const chain = [...report.control.through].reverse();
  return {
    path: chain.map((id, i) =>
      i === 0 ? { entity: entityLabel(report, id) } : { entity: entityName(id, report.entities[id]), control: true },
    ),
  };
}

/** The amount of an unexplained part in one world and measure, on its stricter reading. */
export const unexplainedAmount = (u: UnexplainedShare, world: Scope, m: Measure): number =>
  world === 'individual'
    ? Math.max(u.economic[m], u.control[m])
    : Math.max(u.collective.economic[m], u.collective.control[m]);

/** The unexplained parts that weigh in a measure, largest first. */
export function unexplainedIn(report: OwnershipReport, world: Scope, m: Measure): UnexplainedShare[] {
  return report.unexplained
    .filter((u) => unexplainedAmount(u, world, m) > 0)
    .sort((a, b) => unexplainedAmount(b, world, m) - unexplainedAmount(a, world, m));
}

/** One line per unexplained part: the entity, what is missing, and what it weighs in the analysed entity. */
export function unexplainedLines(report: OwnershipReport, world: Scope, m: Measure): Message[] {
  const provider = report.name;
  const lines: Message[] = [];
  for (const u of unexplainedIn(report, world, m)) {
    const entity = entityName(u.entity, report.entities[u.entity]);
    const share = percent(unexplainedAmount(u, world, m));
    if (u.reason === 'remainder') {
      const missing = u.missing?.[m];
      if (missing)
        lines.push({
          id: 'ownership.detail.remainder',
          values: { entity, missing: percent(missing), measure: measureTerm(m), share, provider },
        });
      for (const d of u.undisclosed?.[m] ?? [])
        lines.push({
          id: d.max === null ? 'ownership.detail.undisclosed' : 'ownership.detail.range',
          values: {
            holder: entityName(d.holder, report.entities[d.holder]),
            entity,
            measure: measureTerm(m),
            min: percent(d.min),
            ...(d.max === null ? {} : { max: percent(d.max) }),
          },
        });
      const without = u.holdersWithout?.[m];
      if (without)
        lines.push({
          id: 'ownership.detail.measure-missing',
          values: {
            entity,
            holders: { list: without.map((id) => entityName(id, report.entities[id])) },
            measure: measureTerm(m),
          },
        });
    } else if (u.reason === 'jurisdiction-unknown')
      lines.push({
        id: 'ownership.detail.jurisdiction-unknown',
        values: { entity, fields: { terms: u.fields ?? [] }, share, provider },
      });
    else lines.push({ id: `ownership.detail.${u.reason}`, values: { entity, share, provider } });
  }
  return lines;
}
