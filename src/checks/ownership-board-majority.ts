// 19.6.b: no holder outside the EU can appoint the majority of the provider's board: none controls it, none holds that right.

import { holdingFacts } from './util/holding-facts.js';
import type { CheckFunction, CheckResult } from './contract.js';
import type { Message } from '../i18n/types.js';
import { pointer } from '../core/json-pointer.js';
import { judgeBoard } from '../model/ownership/judge.js';
import { entityName } from '../model/entity-name.js';
import { controlPath, DETAIL_MESSAGES, entityLabel, notApplicableResult } from './util/ownership-details.js';
import { rightsUnknownDetails } from './util/ownership-rights.js';

/**
 * Fails when the provider is controlled (L.233-3: majority of the votes, more than 40% with no one above, or a
 * board-majority right, directly or through its chain of control) by an entity outside the EU or through one, or
 * when a board-majority right over it or over an entity that controls it is held from outside the EU.
 */
export const foreignBoardMajority: CheckFunction<Record<string, never>> = {
  name: 'foreign-board-majority',
  description:
    'no holder outside the EU controls the provider or can appoint the majority of its board, or of the board of an entity that controls it',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: [
    'foreign-board-majority.pass',
    'foreign-board-majority.fail-control',
    'foreign-board-majority.fail-right',
    'foreign-board-majority.unknown',
    'foreign-board-majority.not-applicable',
    ...DETAIL_MESSAGES,
  ],
  factsUsed: (_params, { description }) => holdingFacts(description, description.provider),
  run(_params, { description, facts }) {
    const id = description.provider;
    const report = facts.ownership(id);
    const provider = report.name;
    const subject = pointer('entities', id);
    if (!report.applicable) return [notApplicableResult('foreign-board-majority', report, facts, id, subject)];
    const v = judgeBoard(report);
    const c = report.control;
    const evidence = {
      control: c,
      rights: report.specialRights.filter((r) => r.right === 'board-majority'),
      notGiven: v.notGiven,
    };
    const name = (e: string) => entityName(e, report.entities[e]);
    const rightLine = (r: (typeof v.failing)[number]): Message => ({
      id: 'ownership.detail.right-outside',
      values: {
        holder: entityLabel(report, r.holder),
        right: { terms: ['right.board-majority'] },
        entity: name(r.on),
        via: entityLabel(report, r.via ?? r.holder),
      },
    });
    if (v.status === 'fail') {
      const result = (message: Message, where: string, details: Message[]): CheckResult => ({
        status: 'fail',
        subject: where,
        message,
        details,
        evidence,
      });
      if (v.controlledFromOutside)
        return [
          result(
            {
              id: 'foreign-board-majority.fail-control',
              values: {
                provider,
                via: entityLabel(report, c.via!),
                basis: { terms: [`control.${c.basis}`] },
                chain: controlPath(report),
              },
            },
            subject,
            v.failing.map(rightLine),
          ),
        ];
      const [first, ...rest] = v.failing;
      return [
        result({ ...rightLine(first!), id: 'foreign-board-majority.fail-right' }, first!.pointer, rest.map(rightLine)),
      ];
    }
    if (v.status === 'unknown') {
      const { subject: where, details } = rightsUnknownDetails(
        report,
        v,
        (e) => facts.entity(e)?.shareholders !== undefined,
      );
      if (c.outside === 'unknown' && c.missing.length > 0)
        details.push({ id: 'ownership.detail.missing', values: { missing: { list: c.missing } } });
      return [
        {
          status: 'unknown',
          subject: where || subject,
          message: { id: 'foreign-board-majority.unknown', values: { provider } },
          details,
          evidence,
        },
      ];
    }
    return [
      { status: 'pass', subject, message: { id: 'foreign-board-majority.pass', values: { provider } }, evidence },
    ];
  },
};
