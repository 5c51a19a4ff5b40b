// The gate: which results decide the verdict and the exit code, and the identity of a finding across runs.

import { createHash } from 'node:crypto';
import { repoRelativePath, type RepoPathOptions } from '../core/repo-path.js';
import type { Result, Severity } from './report-types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The options the gate reads: the lowest severity that gates, and whether unknown verdicts are let through. */
export interface GateOptions {
  failOn: Severity;
  allowUnknown: boolean;
}

/** Whether a severity is at or above another. */
export const atLeast = (severity: Severity, floor: Severity): boolean => RANK[severity] >= RANK[floor];

/**
 * Whether the baseline holds a finding as known: it was there, unchanged (same fingerprint, status and facts), as a
 * fail or an unknown. The fingerprint of DESIGN is rule, file, subject and facts: a finding whose facts or status
 * changed (`updated`) is marked as the same finding but gates, since what was accepted is not what is judged now.
 * One the baseline held only as waived was accepted by its waiver, not by the baseline: when the waiver lapses, it
 * is not known.
 */
export const knownFromBaseline = (r: Pick<Result, 'baselineState' | 'baselineStatus'>): boolean =>
  r.baselineState === 'unchanged' && (r.baselineStatus === 'fail' || r.baselineStatus === 'unknown');

/**
 * Whether a result gates: `fail`, or `unknown` without allow-unknown, of a rule at or above fail-on, that the
 * baseline does not hold as known. A waived result never gates; neither does a pass or a not-applicable one.
 */
export function gates(
  r: Pick<Result, 'status' | 'severity' | 'baselineState' | 'baselineStatus'>,
  options: GateOptions,
): boolean {
  const blocking = r.status === 'fail' || (r.status === 'unknown' && !options.allowUnknown);
  return blocking && atLeast(r.severity, options.failOn) && !knownFromBaseline(r);
}

/** The results with their `gating` flag set under the options. */
export const withGate = <R extends Pick<Result, 'status' | 'severity' | 'baselineState' | 'baselineStatus'>>(
  results: readonly R[],
  options: GateOptions,
): (R & { gating: boolean })[] => results.map((r) => ({ ...r, gating: gates(r, options) }));

/**
 * The stable identity of a finding: a hex SHA-256 of the rule, the repository-relative file (forward slashes) and
 * the subject (a JSON pointer with list items named by their id). It does not change when lines move or a list is
 * reordered, and two subjects of one rule on one line differ. SARIF's `primaryLocationLineHash`, the JSON report's
 * `results[].fingerprint` and what a baseline matches on are this value.
 */
export function findingFingerprint(ruleId: string, repoRelativeFile: string, subject: string, occurrence = 1): string {
  const hash = createHash('sha256').update(`${ruleId}\0${repoRelativeFile}\0${subject}`);
  return (occurrence > 1 ? hash.update(`\0${occurrence}`) : hash).digest('hex');
}

type Fingerprinted = Pick<Result, 'ruleId' | 'subjectId' | 'location'>;

/** The fingerprint of a result, its file read as the repository names it, its subject by id. */
export const resultFingerprint = (r: Fingerprinted, options: RepoPathOptions = {}, occurrence = 1): string =>
  findingFingerprint(r.ruleId, repoRelativePath(r.location.file, options), r.subjectId, occurrence);

/**
 * The fingerprint of each result of a report, in order. A rule that gives one subject two results (two staff roles
 * missing from a description without staff) numbers them in report order, so that they stay two findings; the first
 * keeps the plain fingerprint. SARIF's `primaryLocationLineHash` and the JSON report's `results[].fingerprint`, which
 * a baseline matches on, are these values.
 */
export function resultFingerprints(results: readonly Fingerprinted[], options: RepoPathOptions = {}): string[] {
  const seen = new Map<string, number>();
  return results.map((r) => {
    const key = `${r.ruleId}\0${r.location.file}\0${r.subjectId}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return resultFingerprint(r, options, occurrence);
  });
}
/** JSON with the keys of every object sorted: the same value always gives the same text. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/**
 * A hash of the facts a verdict judged, kept beside its fingerprint: a hex SHA-256 of the canonical JSON of its
 * message id, the values its message names and its evidence. These hold no position and no text of a language, so
 * the hash changes when the judged facts change, not when lines move or the report's language does.
 */
export const factsHash = (r: Pick<Result, 'messageId' | 'values' | 'evidence'>): string =>
  createHash('sha256')
    .update(canonical({ messageId: r.messageId, values: r.values, evidence: r.evidence ?? null }))
    .digest('hex');
