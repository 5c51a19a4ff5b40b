// What both subcontractor checks (19.6.c, 19.6.d) share: the list's presence, and how a subcontractor is named.

import type { CheckResult } from '../contract.js';
import type { Description, Subcontractor } from '../../model/description.js';
import type { Facts } from '../../model/facts.js';
import { entityName } from '../../model/entity-name.js';

/** The checks of subcontractors, each with its `.unlisted` and `.none` message. */
type SubcontractorCheck = 'subcontractor-access' | 'subcontractor-autonomy';

/**
 * The result when there is no subcontractor to judge: `unknown` when the list is absent (not described), and
 * `not-applicable` when it is given empty (none). Undefined when there are subcontractors.
 */
export function noSubcontractors(description: Description, check: SubcontractorCheck): CheckResult[] | undefined {
  const list = description.subcontractors;
  if (list === undefined) return [{ status: 'unknown', subject: '', message: { id: `${check}.unlisted` } }];
  if (list.length === 0)
    return [{ status: 'not-applicable', subject: '/subcontractors', message: { id: `${check}.none` } }];
  return undefined;
}

/** A subcontractor's label: the entity's name, with the service it renders when given. */
export function subcontractorLabel(s: Subcontractor, facts: Facts): string {
  const name = entityName(s.entity, facts.entity(s.entity));
  return s.service ? `${name} (${s.service})` : name;
}
