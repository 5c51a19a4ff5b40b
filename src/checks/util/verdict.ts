// Turn what a check found about one subject into its one result: a fail outweighs an unknown, the rest become details.

import type { CheckResult } from '../contract.js';
import type { Message } from '../../i18n/types.js';

/** One problem found about a subject: a fail or a missing fact, at the most precise pointer. */
export interface Finding {
  status: 'fail' | 'unknown';
  subject: string;
  message: Message;
}

/**
 * The result for a subject with problems: the first fail if any, else the first unknown; the other findings of
 * the same status become details. Undefined when there is no problem (the caller then reports its pass).
 */
export function worstOf(findings: Finding[], evidence?: Record<string, unknown>): CheckResult | undefined {
  const status = findings.some((f) => f.status === 'fail') ? 'fail' : findings.length > 0 ? 'unknown' : undefined;
  if (!status) return undefined;
  const same = findings.filter((f) => f.status === status);
  const [first, ...rest] = same;
  return {
    status,
    subject: first!.subject,
    message: first!.message,
    ...(rest.length ? { details: rest.map((f) => f.message) } : {}),
    ...(evidence ? { evidence } : {}),
  };
}
