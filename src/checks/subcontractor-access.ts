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
import type { Facts, ForeignControl } from '../model/facts.js';
import type { Message } from '../i18n/types.js';

/** The roles a message names: every role when a subcontractor entry speaks for them all, else those that may reach data. */
function namedRoles(t: ThirdParty, description: Description) {
  const speaks =
    t.subcontractor !== undefined && description.subcontractors![t.subcontractor]!.technicalAccessToData !== undefined;
  const roles = t.roles.filter((r) => speaks || r.kind === 'subcontractor' || r.access !== false);
  return terms('third-party', new Set(roles.map((r) => r.kind)));
}

/** Judges one third party by its foreign control (facts.foreignControl, which reads 19.6.b) and its access. */
function judge(t: ThirdParty, description: Description, facts: Facts): CheckResult {
  const sub = t.subcontractor === undefined ? undefined : description.subcontractors![t.subcontractor]!;
  const entity = sub ? subcontractorLabel(sub, facts) : entityName(t.entity, facts.entity(t.entity));
  const roles = namedRoles(t, description);
  // The role a verdict is about: the subcontractor entry when there is one, else the first role that may reach data.
  const main =
    t.roles.find((r) => r.kind === 'subcontractor') ?? t.roles.find((r) => r.access !== false) ?? t.roles[0]!;
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
  if (t.access === false)
    return {
      status: 'pass',
      subject: main.at,
      message: { id: 'subcontractor-access.pass-no-access', values },
      evidence,
    };
  if (control.status === 'no')
    return { status: 'pass', subject: main.at, message: { id: 'subcontractor-access.pass-eu', values }, evidence };
  if (control.status === 'unknown') {
    // The entities whose facts are missing are named, and each detail line points at one of them, with its line.
    const blamed = blamedFacts(control, facts, main.named);
    const details = blamed.map(detailOf);
    const { open, ranged } = control;
    if (open && ranged)
      return {
        status: 'unknown',
        subject: main.named,
        message: {
          id: 'subcontractor-access.unknown-range',
          values: {
            ...values,
            holder: entityName(ranged.holder, facts.entity(ranged.holder)),
            held: entityName(ranged.held, facts.entity(ranged.held)),
            stake: ranged.max === null ? 'undisclosed' : 'range',
            from: { percent: ranged.min },
            ...(ranged.max === null ? {} : { to: { percent: ranged.max } }),
            scope: open.scope,
            measure: { terms: [`measure.${open.measure}`] },
            known: { percent: open.known, bound: open.max },
            upTo: { percent: open.upTo, bound: open.max },
            max: { percent: open.max },
          },
        },
        details,
        evidence: { ...evidence, missingAt: blamed.map((b) => b.at) },
      };
    return {
      status: 'unknown',
      subject: main.named,
      message: {
        id: 'subcontractor-access.unknown-control',
        values: {
          ...values,
          missing: { list: control.missing },
          blamed: { list: [...new Set(blamed.map((b) => b.name))] },
        },
      },
      details,
      evidence: { ...evidence, missingAt: blamed.map((b) => b.at) },
    };
  }
  const holders = { list: control.holders.map((h) => entityName(h, facts.entity(h))) };
  if (t.access === true) {
    const at =
      (sub?.technicalAccessToData === true ? main.accessAt : undefined) ??
      t.roles.find((r) => r.access === true)?.accessAt ??
      main.at;
    return {
      status: 'fail',
      subject: at,
      message: { id: 'subcontractor-access.fail', values: { ...values, holders } },
      evidence,
    };
  }
  // Access not said: the subject is the first role that does not say, and the message names the fields that would.
  const unsaid = t.roles.filter((r) => r.access === undefined);
  const fields = { list: [...new Set(unsaid.flatMap((r) => r.unsaid ?? []))] };
  const at = sub ? main.at : (unsaid[0] ?? main).at;
  return {
    status: 'unknown',
    subject: at,
    message: { id: 'subcontractor-access.unknown-access', values: { ...values, holders, fields } },
    evidence,
  };
}

/** An entity whose facts leave a third party's foreign control open: what is missing, and where to write it. */
interface Blamed {
  name: string;
  /** The fields not given, or `shareholders` listed only in part; a range or undisclosed stake. */
  fields: string[];
  incomplete: boolean;
  ranged?: { holder: string; stake: 'range' | 'undisclosed'; min: number; max: number | null };
  at: string;
}

/**
 * The entities whose facts are missing, in the order `missing` names them: each with its fields, pointed at where
 * they are (or would be) written: its shareholders when it lists some, the stake itself when it is a range or
 * undisclosed, else the entity. An entity the description does not describe is pointed at where it is named.
 */
function blamedFacts(control: ForeignControl, facts: Facts, named: string): Blamed[] {
  const byEntity = new Map<string, string[]>();
  for (const m of control.missing) {
    const slash = m.lastIndexOf('/');
    const [id, field] =
      slash < 0 || !facts.entity(m.slice(0, slash)) ? [m, null] : [m.slice(0, slash), m.slice(slash + 1)];
    const fields = byEntity.get(id) ?? [];
    if (field) fields.push(field);
    byEntity.set(id, fields);
  }
  const ranged = control.ranged;
  return [...byEntity].map(([id, fields]): Blamed => {
    const e = facts.entity(id);
    const name = entityName(id, e);
    if (!e) return { name, fields: ['entity'], incomplete: false, at: named };
    const listed = fields.includes('shareholders') && (e.shareholders?.length ?? 0) > 0;
    if (listed && ranged && ranged.held === id) {
      const i = e.shareholders!.findIndex((sh) => sh.holder === ranged.holder);
      return {
        name,
        fields,
        incomplete: true,
        ranged: {
          holder: entityName(ranged.holder, facts.entity(ranged.holder)),
          stake: ranged.max === null ? 'undisclosed' : 'range',
          min: ranged.min,
          max: ranged.max,
        },
        at: pointer('entities', id, 'shareholders', i, ranged.measure),
      };
    }
    if (listed && fields.length === 1)
      return { name, fields, incomplete: true, at: pointer('entities', id, 'shareholders') };
    return {
      name,
      fields: fields.filter((f) => !listed || f !== 'shareholders'),
      incomplete: false,
      at: pointer('entities', id),
    };
  });
}

/** One detail line of a blamed entity. */
function detailOf(b: Blamed): Message {
  const at = { at: b.at };
  if (b.ranged)
    return {
      id: 'subcontractor-access.detail.range',
      values: {
        entity: b.name,
        holder: b.ranged.holder,
        stake: b.ranged.stake,
        from: { percent: b.ranged.min },
        ...(b.ranged.max === null ? {} : { to: { percent: b.ranged.max } }),
        at,
      },
    };
  if (b.incomplete) return { id: 'subcontractor-access.detail.incomplete', values: { entity: b.name, at } };
  return { id: 'subcontractor-access.detail.missing', values: { entity: b.name, fields: { list: b.fields }, at } };
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
    'subcontractor-access.unknown-range',
    'subcontractor-access.detail.missing',
    'subcontractor-access.detail.incomplete',
    'subcontractor-access.detail.range',
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
      description.subcontractors === undefined
        ? [{ status: 'unknown', subject: '', message: { id: 'subcontractor-access.unlisted' } }]
        : [];
    if (judged.length === 0 && unlisted.length === 0)
      return [
        { status: 'not-applicable', subject: pointer('subcontractors'), message: { id: 'subcontractor-access.none' } },
      ];
    return [...judged, ...unlisted];
  },
};
