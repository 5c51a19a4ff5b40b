// 19.6.c: a third party seated, owned or controlled outside the EU has no technical possibility of obtaining data.
// Third parties are subcontractors, employers of staff, recipients of data flows and operators of sites.

import { holdingFacts } from './util/holding-facts.js';
import type { CheckFunction, CheckResult } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { entityName } from '../model/entity-name.js';
import { terms } from './util/labels.js';
import { subcontractorLabel } from './util/subcontractors.js';
import { thirdParties, type ThirdParty } from '../model/third-parties.js';
import type { Description } from '../model/description.js';
import type { Facts } from '../model/facts.js';

/** The roles a message names: every role when a subcontractor entry speaks for them all, else those that may reach data. */
function namedRoles(t: ThirdParty, description: Description) {
  const speaks = t.subcontractor !== undefined && description.subcontractors![t.subcontractor]!.technicalAccessToData !== undefined;
  const roles = t.roles.filter((r) => speaks || r.kind === 'subcontractor' || r.access !== false);
  return terms('third-party', new Set(roles.map((r) => r.kind)));
}

/** Judges one third party by its foreign control (facts.foreignControl, which reads 19.6.b) and its access. */
function judge(t: ThirdParty, description: Description, facts: Facts): CheckResult {
  const sub = t.subcontractor === undefined ? undefined : description.subcontractors![t.subcontractor]!;
  const entity = sub ? subcontractorLabel(sub, facts) : entityName(t.entity, facts.entity(t.entity));
  const roles = namedRoles(t, description);
  // The role a verdict is about: the subcontractor entry when there is one, else the first role that may reach data.
  const main = t.roles.find((r) => r.kind === 'subcontractor') ?? t.roles.find((r) => r.access !== false) ?? t.roles[0]!;
  const control = facts.foreignControl(t.entity);
  const evidence = {
    entity: t.entity,
    roles: t.roles.map((r) => ({ role: r.kind, at: r.at, access: r.access ?? null })),
    foreignControl: control.status,
    holders: control.holders,
    missing: control.missing,
    technicalAccessToData: t.access ?? null,
  };
  const values = { entity, roles };
  if (t.access === false) return { status: 'pass', subject: main.at, message: { id: 'subcontractor-access.pass-no-access', values }, evidence };
  if (control.status === 'no') return { status: 'pass', subject: main.at, message: { id: 'subcontractor-access.pass-eu', values }, evidence };
  if (control.status === 'unknown')
    return {
      status: 'unknown',
      subject: main.named,
      message: { id: 'subcontractor-access.unknown-control', values: { ...values, missing: { list: control.missing } } },
      evidence,
    };
  const holders = { list: control.holders.map((h) => entityName(h, facts.entity(h))) };
  if (t.access === true) {
    const at = (sub?.technicalAccessToData === true ? main.accessAt : undefined) ?? t.roles.find((r) => r.access === true)?.accessAt ?? main.at;
    return { status: 'fail', subject: at, message: { id: 'subcontractor-access.fail', values: { ...values, holders } }, evidence };
  }
  // Access not said: the subject is the first role that does not say, and the message names the fields that would.
  const unsaid = t.roles.filter((r) => r.access === undefined);
  const fields = { list: [...new Set(unsaid.flatMap((r) => r.unsaid ?? []))] };
  const at = sub ? main.at : (unsaid[0] ?? main).at;
  return { status: 'unknown', subject: at, message: { id: 'subcontractor-access.unknown-access', values: { ...values, holders, fields } }, evidence };
}

/** Judges every third party that may reach the data; an absent subcontractor list is a fact not given. */
export const subcontractorAccess: CheckFunction<Record<string, never>> = {
  name: 'subcontractor-access',
  description:
    'no third party (subcontractor, employer of staff, recipient of a data flow, site operator) seated, owned or controlled outside the EU has technical access to customer or technical data',
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
    const judged = thirdParties(description).map((t): CheckResult => {
      const r = judge(t, description, facts);
      // Past "no technical access", a verdict rests on who the third party is and who holds it.
      return t.access === false ? r : { ...r, facts: () => holdingFacts(description, t.entity) };
    });
    const unlisted: CheckResult[] =
      description.subcontractors === undefined ? [{ status: 'unknown', subject: '', message: { id: 'subcontractor-access.unlisted' } }] : [];
    if (judged.length === 0 && unlisted.length === 0)
      return [{ status: 'not-applicable', subject: pointer('subcontractors'), message: { id: 'subcontractor-access.none' } }];
    return [...judged, ...unlisted];
  },
};
