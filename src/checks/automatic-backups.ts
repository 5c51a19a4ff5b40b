// 19.1.m: the agreement says whether the customer's data is backed up automatically; if not, it warns of the risks and
// states the customer's backup steps.

import type { CheckFunction, CheckResult } from './contract.js';
import { contractClause } from './contract-clause.js';

/** Judges `contract.automaticBackups` and where the agreement says it; when false, the warning and the steps too. */
export const automaticBackups: CheckFunction<Record<string, never>> = {
  name: 'automatic-backups',
  description:
    'the agreement says whether data is backed up automatically, and where; if not, where it warns of the risks and gives the customer\u2019s backup steps',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  messages: ['automatic-backups.yes', 'automatic-backups.no', 'automatic-backups.unknown', ...contractClause.messages],
  run(_params, context): CheckResult[] {
    const automatic = context.description.contract?.automaticBackups;
    const subject = '/contract/automaticBackups';
    const evidence = { automaticBackups: automatic ?? null };
    const written = contractClause.run({ clauses: ['backups'] }, context);
    if (automatic === undefined)
      return [{ status: 'unknown', subject, message: { id: 'automatic-backups.unknown' }, evidence }, ...written];
    if (automatic) return [{ status: 'pass', subject, message: { id: 'automatic-backups.yes' }, evidence }, ...written];
    const warned = contractClause.run({ clauses: ['backupRiskWarning', 'customerBackupSteps'] }, context);
    return [{ status: 'pass', subject, message: { id: 'automatic-backups.no' }, evidence }, ...written, ...warned];
  },
};
