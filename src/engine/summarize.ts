// Count results and decide the verdict: the report, not a formatter or the CLI, owns the verdict and the exit code.

import { knownFromBaseline } from './gate.js';
import { VERDICTS, type Result, type Summary, type Verdict } from './report-types.js';

/** The counts of results; with `baseline`, how many fail and unknown ones the baseline holds as known too. */
function counts(results: readonly Result[], baseline: boolean): Omit<Summary, 'verdict' | 'compliant'> {
  const s = {
    total: results.length,
    pass: 0,
    fail: 0,
    unknown: 0,
    notApplicable: 0,
    waived: 0,
    gating: 0,
    notMet: { error: 0, warning: 0, info: 0 },
  };
  let known = 0;
  for (const r of results) {
    if (r.status === 'not-applicable') s.notApplicable++;
    else s[r.status]++;
    if (r.status === 'fail' || r.status === 'unknown') {
      s.notMet[r.severity]++;
      if (knownFromBaseline(r)) known++;
    }
    if (r.gating) s.gating++;
  }
  return baseline ? { ...s, known } : s;
}

/**
 * The summary of one file's results: not judged when none applies (no rule of the chosen profiles concerns it), not
 * compliant when one gates (engine/gate decided which do), else compliant.
 */
export function summarize(results: readonly Result[], baseline = false): Summary {
  const s = counts(results, baseline);
  const verdict: Verdict = s.total === s.notApplicable ? 'not-judged' : s.gating > 0 ? 'not-compliant' : 'compliant';
  return { ...s, verdict, compliant: verdict === 'compliant' };
}

/** The summary of a whole run: every result counted, and the worst verdict of its files. */
export function combine(results: readonly Result[], files: readonly Summary[], baseline = false): Summary {
  const worst = Math.max(0, ...files.map((f) => VERDICTS.indexOf(f.verdict)));
  const verdict = files.length ? VERDICTS[worst]! : summarize(results).verdict;
  return { ...counts(results, baseline), verdict, compliant: verdict === 'compliant' };
}

/** Exit code of `snc check` for a summary: 0 compliant, 1 not compliant, 2 not judged (as for errors, thrown elsewhere). */
export const exitCodeOf = (summary: Summary): 0 | 1 | 2 => VERDICTS.indexOf(summary.verdict) as 0 | 1 | 2;
