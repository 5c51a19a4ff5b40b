// What the 19.6.b rights checks say when they cannot judge: rights not given, a chain of control left open, a holder not placed.

import type { Message } from '../../i18n/types.js';
import { pointer } from '../../core/json-pointer.js';
import type { RightsVerdict } from '../../model/ownership/judge.js';
import type { OwnershipReport } from '../../model/ownership/types.js';
import { entityName } from '../../model/entity-name.js';
import { entityLabel } from './ownership-details.js';

/** The details of an `unknown` rights verdict, and the pointer of its first missing fact. */
export function rightsUnknownDetails(
  report: OwnershipReport,
  v: RightsVerdict,
  hasShareholders: (id: string) => boolean,
): { subject: string; details: Message[] } {
  const name = (id: string) => entityName(id, report.entities[id]);
  const details: Message[] = [];
  const where: string[] = [];
  for (const id of v.notGiven) {
    details.push({ id: 'ownership.detail.rights-not-given', values: { entity: name(id) } });
    where.push(pointer('entities', id));
  }
  for (const r of v.unknown) {
    details.push({
      id: 'ownership.detail.right-holder-unknown',
      values: {
        holder: entityLabel(report, r.holder),
        right: { terms: [`right.${r.right}`] },
        entity: name(r.on),
        missing: { list: r.missing },
      },
    });
    where.push(r.pointer);
  }
  if (v.openAt !== null) {
    details.push({ id: 'ownership.detail.control-open', values: { entity: name(v.openAt) } });
    where.push(
      hasShareholders(v.openAt) ? pointer('entities', v.openAt, 'shareholders') : pointer('entities', v.openAt),
    );
  }
  return { subject: where[0] ?? '', details };
}
