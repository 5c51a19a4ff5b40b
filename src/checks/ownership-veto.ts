// 19.6.b: no holder outside the EU, or controlled from there, has a veto over the provider or over an entity controlling it.

import { holdingFacts } from './util/holding-facts.js';
import type { CheckFunction } from './contract.js';
import { pointer } from '../core/json-pointer.js';
import { SPECIAL_RIGHTS, type SpecialRightKind } from '../model/description.js';
import { judgeRights, VETO_RIGHTS } from '../model/ownership/judge.js';
import { entityName } from '../model/entity-name.js';
import { DETAIL_MESSAGES, entityLabel, notApplicableResult } from './util/ownership-details.js';
import { rightsUnknownDetails } from './util/ownership-rights.js';

/** `with` of foreign-veto: the kinds of special right that act as a veto. */
export interface VetoParams {
  rights: SpecialRightKind[];
}

/**
 * Judges the special rights (`specialRights`) of the kinds given over the provider and the entities of its chain
 * of control (a veto over a controlling parent binds the provider too). A right counts as foreign when its holder
 * is outside the EU or controlled (L.233-3) from there.
 */
export const foreignVeto: CheckFunction<VetoParams> = {
  name: 'foreign-veto',
  description: 'no veto over the provider, or over an entity that controls it, is held from outside the EU',
  parameters: {
    type: 'object',
    properties: {
      rights: {
        type: 'array',
        items: { enum: [...SPECIAL_RIGHTS] },
        minItems: 1,
        uniqueItems: true,
        default: [...VETO_RIGHTS],
        description: 'the kinds of special right that act as a veto',
      },
    },
    additionalProperties: false,
  },
  messages: [
    'foreign-veto.pass',
    'foreign-veto.fail',
    'foreign-veto.unknown',
    'foreign-veto.not-applicable',
    ...DETAIL_MESSAGES,
  ],
  factsUsed: (_params, { description }) => holdingFacts(description, description.provider),
  run(params, { description, facts }) {
    const id = description.provider;
    const report = facts.ownership(id);
    const provider = report.name;
    const subject = pointer('entities', id);
    if (!report.applicable) return [notApplicableResult('foreign-veto', report, facts, id, subject)];
    const v = judgeRights(report, params.rights ?? VETO_RIGHTS);
    const evidence = {
      rights: report.specialRights.filter((r) => (params.rights ?? VETO_RIGHTS).includes(r.right)),
      notGiven: v.notGiven,
      openAt: v.openAt,
      chain: report.control.through,
    };
    if (v.status === 'fail') {
      const [first, ...rest] = v.failing;
      const line = (r: typeof first) => ({
        holder: entityLabel(report, r!.holder),
        right: { terms: [`right.${r!.right}`] },
        entity: entityName(r!.on, report.entities[r!.on]),
        via: entityLabel(report, r!.via ?? r!.holder),
      });
      return [
        {
          status: 'fail',
          subject: first!.pointer,
          message: { id: 'foreign-veto.fail', values: line(first) },
          details: rest.map((r) => ({ id: 'ownership.detail.right-outside', values: line(r) })),
          evidence,
        },
      ];
    }
    if (v.status === 'unknown') {
      const { subject: where, details } = rightsUnknownDetails(
        report,
        v,
        (e) => facts.entity(e)?.shareholders !== undefined,
      );
      return [
        {
          status: 'unknown',
          subject: where,
          message: { id: 'foreign-veto.unknown', values: { provider } },
          details,
          evidence,
        },
      ];
    }
    return [{ status: 'pass', subject, message: { id: 'foreign-veto.pass', values: { provider } }, evidence }];
  },
};
