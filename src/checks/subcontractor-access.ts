// 19.6.c: a subcontractor seated, owned or controlled outside the EU has no technical possibility of obtaining data.

import { holdingFacts } from './holding-facts.js';
import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { entityName } from './labels.js';
import { noSubcontractors, subcontractorLabel } from './subcontractors.js';

/** Judges each subcontractor by its foreign control (facts.foreignControl, which reads 19.6.b) and its technical access. */
export const subcontractorAccess: CheckFunction<Record<string, never>> = {
  name: 'subcontractor-access',
  description: 'no subcontractor seated, owned or controlled outside the EU has technical access to customer or technical data',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: [
    'subcontractor-access.pass-no-access',
    'subcontractor-access.pass-eu',
    'subcontractor-access.fail',
    'subcontractor-access.unknown-access',
    'subcontractor-access.unknown-control',
    'subcontractor-access.unlisted',
    'subcontractor-access.none',
  ],
  run(_params, { description, facts }) {
    const none = noSubcontractors(description, 'subcontractor-access');
    if (none) return none;
    const judged = description.subcontractors!.map((s, i): CheckResult => {
      const subject = pointer('subcontractors', i);
      const entity = subcontractorLabel(s, facts);
      const control = facts.foreignControl(s.entity);
      const evidence = {
        entity: s.entity,
        foreignControl: control.status,
        holders: control.holders,
        missing: control.missing,
        technicalAccessToData: s.technicalAccessToData ?? null,
      };
      if (s.technicalAccessToData === false) return { status: 'pass', subject, message: { id: 'subcontractor-access.pass-no-access', values: { entity } }, evidence };
      if (control.status === 'no') return { status: 'pass', subject, message: { id: 'subcontractor-access.pass-eu', values: { entity } }, evidence };
      if (control.status === 'unknown')
        return {
          status: 'unknown',
          subject: pointer('subcontractors', i, 'entity'),
          message: { id: 'subcontractor-access.unknown-control', values: { entity, missing: { list: control.missing } } },
          evidence,
        };
      const holders = { list: control.holders.map((h) => entityName(facts, h)) };
      if (s.technicalAccessToData === true)
        return { status: 'fail', subject: pointer('subcontractors', i, 'technicalAccessToData'), message: { id: 'subcontractor-access.fail', values: { entity, holders } }, evidence };
      return { status: 'unknown', subject, message: { id: 'subcontractor-access.unknown-access', values: { entity, holders } }, evidence };
    });
    // Past "no technical access", a verdict rests on who the subcontractor is and who holds it.
    return judged.map((r, i) => {
      const s = description.subcontractors![i]!;
      return s.technicalAccessToData === false ? r : { ...r, facts: holdingFacts(description, s.entity) };
    });
  },
};
