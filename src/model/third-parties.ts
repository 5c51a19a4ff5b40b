// Who other than the provider can reach the data (19.6.c): subcontractors, employers of staff, recipients of data
// flows, operators of sites; for each, whether the description says it has access.

import { pointer } from '../core/json-pointer.js';
import { carried } from './data-flows.js';
import type { DataFlow, Description, StaffGroup } from './description.js';
import { clip } from '../core/clip.js';
import { said, type Spoken } from '../i18n/format.js';

/** How an entity comes to be a third party. */
export type ThirdPartyRoleKind =
  'subcontractor' | 'administration' | 'supervision' | 'support' | 'flow-recipient' | 'site-operator';

/** One role of a third party and what the description says of its access to data through it. */
export interface ThirdPartyRole {
  kind: ThirdPartyRoleKind;
  /** The object that gives the role: `/subcontractors/0`, `/staff/2`, `/data/4`, `/sites/1`. */
  at: string;
  /** The field that names the entity in that object (`entity`, `employer`, `sentTo`, `operator`). */
  named: string;
  /** true: access to customer or technical data; false: none; undefined: not said. */
  access: boolean | undefined;
  /** The field that says the access is there, when it is (`/staff/2/accessToCustomerData`). */
  accessAt?: string;
  /** The fields that would say whether there is access, when the role does not say. */
  unsaid?: string[];
}

/** An entity other than the provider with a role that may reach the data, and its access all roles considered. */
export interface ThirdParty {
  entity: string;
  /** Index of its subcontractor entry, when it has one (the first, if listed twice). */
  subcontractor?: number;
  roles: ThirdPartyRole[];
  /**
   * Its access: the subcontractor entry's `technicalAccessToData` when given (it speaks for every role of the entity),
   * else true when a role has access, undefined when a role does not say, false when every role has none.
   */
  access: boolean | undefined;
}

const staffKind = (g: StaffGroup): ThirdPartyRoleKind => g.role;

/** What a flow sent to a recipient says of the data it carries: true if either kind, false if neither, else not said. */
function flowAccess(flow: DataFlow, i: number): Pick<ThirdPartyRole, 'access' | 'accessAt' | 'unsaid'> {
  const c = carried(flow);
  if (c.customer === true)
    return {
      access: true,
      accessAt:
        flow.containsCustomerData === true ? pointer('data', i, 'containsCustomerData') : pointer('data', i, 'kind'),
    };
  if (c.technical === true)
    return {
      access: true,
      accessAt:
        flow.containsTechnicalData === true ? pointer('data', i, 'containsTechnicalData') : pointer('data', i, 'kind'),
    };
  if (c.customer === false && c.technical === false) return { access: false };
  return {
    access: undefined,
    unsaid: [
      ...(c.customer === undefined ? ['containsCustomerData'] : []),
      ...(c.technical === undefined ? ['containsTechnicalData'] : []),
    ],
  };
}

/** A role whose access one boolean field of its object states (`technicalAccessToData`, `accessToCustomerData`). */
function flagRole(
  kind: ThirdPartyRoleKind,
  list: string,
  i: number,
  named: string,
  field: string,
  value: boolean | undefined,
): ThirdPartyRole {
  return {
    kind,
    at: pointer(list, i),
    named: pointer(list, i, named),
    access: value,
    ...(value === true ? { accessAt: pointer(list, i, field) } : {}),
    ...(value === undefined ? { unsaid: [field] } : {}),
  };
}

/** Every role of every entity other than the provider: subcontractor entries first, then sites, data and staff. */
export function thirdPartyRoles(d: Description): { entity: string; role: ThirdPartyRole }[] {
  const out: { entity: string; role: ThirdPartyRole }[] = [];
  const add = (entity: string | undefined, role: ThirdPartyRole) => {
    if (entity !== undefined && entity !== d.provider) out.push({ entity, role });
  };
  (d.subcontractors ?? []).forEach((s, i) =>
    out.push({
      entity: s.entity,
      role: flagRole('subcontractor', 'subcontractors', i, 'entity', 'technicalAccessToData', s.technicalAccessToData),
    }),
  );
  (d.sites ?? []).forEach((s, i) =>
    add(
      s.operator,
      flagRole('site-operator', 'sites', i, 'operator', 'technicalAccessToData', s.technicalAccessToData),
    ),
  );
  (d.data ?? []).forEach((f, i) =>
    add(f.sentTo, {
      kind: 'flow-recipient',
      at: pointer('data', i),
      named: pointer('data', i, 'sentTo'),
      ...flowAccess(f, i),
    }),
  );
  (d.staff ?? []).forEach((g, i) =>
    add(g.employer, flagRole(staffKind(g), 'staff', i, 'employer', 'accessToCustomerData', g.accessToCustomerData)),
  );
  return out;
}

/**
 * The third parties of a description, subcontractor entries first: every subcontractor entry's entity, and every
 * other entity whose roles do not all say it has no access. An entity whose only roles carry no data (a flow with
 * neither customer nor technical data, a site stated without access) is not a third party in the sense of 19.6.c.
 */
export function thirdParties(d: Description): ThirdParty[] {
  const byEntity = new Map<string, ThirdPartyRole[]>();
  for (const { entity, role } of thirdPartyRoles(d)) byEntity.set(entity, [...(byEntity.get(entity) ?? []), role]);
  const subIndex = new Map<string, number>();
  (d.subcontractors ?? []).forEach((s, i) => {
    if (!subIndex.has(s.entity)) subIndex.set(s.entity, i);
  });
  const out: ThirdParty[] = [];
  for (const [entity, roles] of byEntity) {
    const sub = subIndex.get(entity);
    const stated = sub === undefined ? undefined : d.subcontractors![sub]!.technicalAccessToData;
    const access =
      stated !== undefined
        ? stated
        : roles.some((r) => r.access === true)
          ? true
          : roles.some((r) => r.access === undefined)
            ? undefined
            : false;
    if (sub === undefined && access === false) continue;
    out.push({ entity, ...(sub !== undefined ? { subcontractor: sub } : {}), roles, access });
  }
  // Subcontractor entries first, in the order of the list; then the others as they appear.
  const rank = (t: ThirdParty) => t.subcontractor ?? Number.MAX_SAFE_INTEGER;
  return out
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

/** A contradiction between the facts of an entity's roles: where, and what it contradicts, in every language. */
export interface AccessContradiction extends Spoken {
  pointer: string;
}

/**
 * Facts about one entity's access that cannot all hold: a subcontractor entry's `technicalAccessToData` speaks for
 * every role of that entity, so a role that says otherwise (access through staff, a flow or a site when it says
 * false; no access as a site's operator when it says true), or a second entry with the other value, contradicts it.
 */
export function accessContradictions(d: Description): AccessContradiction[] {
  const errors: AccessContradiction[] = [];
  const first = new Map<string, number>();
  (d.subcontractors ?? []).forEach((s, i) => {
    if (s.technicalAccessToData !== undefined && !first.has(s.entity)) first.set(s.entity, i);
  });
  for (const { entity, role } of thirdPartyRoles(d)) {
    const i = first.get(entity);
    if (i === undefined || role.at === pointer('subcontractors', i)) continue;
    const stated = d.subcontractors![i]!.technicalAccessToData!;
    const values = { entity: clip(entity), index: String(i), stated: String(stated) };
    const contradicts = role.access !== undefined && role.access !== stated;
    if (role.kind === 'subcontractor' && contradicts)
      errors.push({ pointer: `${role.at}/technicalAccessToData`, ...said('input.access.entries', values) });
    else if (role.kind !== 'subcontractor' && !stated && role.access === true)
      errors.push({ pointer: role.accessAt!, ...said(`input.access.role.${role.kind}`, values) });
    else if (role.kind === 'site-operator' && stated && role.access === false)
      errors.push({ pointer: `${role.at}/technicalAccessToData`, ...said('input.access.site-without', values) });
  }
  return errors;
}
