// The gate: which results decide the verdict and the exit code, and the identity of a finding across runs.

import { createHash } from 'node:crypto';
import { repoRelativePath, type RepoPathOptions } from '../core/repo-path.js';
import type { Result, Severity } from './types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The options the gate reads: the lowest severity that gates, and whether unknown verdicts are let through. */
export interface GateOptions {
  failOn: Severity;
  allowUnknown: boolean;
}

/** Whether a severity is at or above another. */
export const atLeast = (severity: Severity, floor: Severity): boolean => RANK[severity] >= RANK[floor];

/**
 * Whether a result gates: `fail`, or `unknown` without allow-unknown, of a rule at or above fail-on. A waived
 * result never gates; neither does a pass or a not-applicable one.
 */
export function gates(r: Pick<Result, 'status' | 'severity'>, options: GateOptions): boolean {
  const blocking = r.status === 'fail' || (r.status === 'unknown' && !options.allowUnknown);
  return blocking && atLeast(r.severity, options.failOn);
}

/** The results with their `gating` flag set under the options. */
export const withGate = <R extends Omit<Result, 'gating'>>(results: readonly R[], options: GateOptions): (R & { gating: boolean })[] =>
  results.map((r) => ({ ...r, gating: gates(r, options) }));

/**
 * The stable identity of a finding: a hex SHA-256 of the rule, the repository-relative file (forward slashes) and
 * the subject (a JSON pointer). It does not change when lines move, and two subjects of one rule on one line
 * differ. SARIF's `primaryLocationLineHash` and a baseline's entries are this value.
 */
export function findingFingerprint(ruleId: string, repoRelativeFile: string, subject: string, occurrence = 1): string {
  const hash = createHash('sha256').update(`${ruleId}\0${repoRelativeFile}\0${subject}`);
  return (occurrence > 1 ? hash.update(`\0${occurrence}`) : hash).digest('hex');
}

type Fingerprinted = Pick<Result, 'ruleId' | 'subject' | 'location'>;

/** The fingerprint of a result, its file read as the repository names it. */
export const resultFingerprint = (r: Fingerprinted, options: RepoPathOptions = {}, occurrence = 1): string =>
  findingFingerprint(r.ruleId, repoRelativePath(r.location.file, options), r.subject, occurrence);

/**
 * The fingerprint of each result of a report, in order. A rule that gives one subject two results (two staff roles
 * missing from a description without staff) numbers them in report order, so that they stay two findings; the first
 * keeps the plain fingerprint.
 */
export function resultFingerprints(results: readonly Fingerprinted[], options: RepoPathOptions = {}): string[] {
  const seen = new Map<string, number>();
  return results.map((r) => {
    const key = `${r.ruleId}\0${r.location.file}\0${r.subject}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return resultFingerprint(r, options, occurrence);
  });
}
