// Count results and decide compliance: the report, not a formatter or the CLI, owns the verdict and the exit code.

import type { Result, Summary } from './types.js';

/** Counts by status, and whether the whole is compliant: no result gates (engine/gate decided which do). */
export function summarize(results: readonly Result[]): Summary {
  const s: Summary = { total: results.length, pass: 0, fail: 0, unknown: 0, notApplicable: 0, waived: 0, compliant: true };
  for (const r of results) {
    if (r.status === 'not-applicable') s.notApplicable++;
    else s[r.status]++;
    if (r.gating) s.compliant = false;
  }
  return s;
}

/** Exit code of `snc check` for a summary: 0 compliant, 1 not compliant. (2 is for errors, thrown elsewhere.) */
export const exitCodeOf = (summary: Summary): 0 | 1 => (summary.compliant ? 0 : 1);
