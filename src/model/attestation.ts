// Attestations: an auditor's verdict on a clause or rule that no description can decide (19.5, 19.6.e), with its term.

/** The verdicts an attestation may give. */
export const ATTESTATION_STATUSES = ['pass', 'fail'] as const;

/** One entry of an attestations file, as validated. */
export interface Attestation {
  /** The provider it is about: the description's `provider` id. */
  provider: string;
  /** The clause it judges (`19.5.a`), or else the rule (`SNC-19.6-FUNDAMENTAL-RIGHTS`): exactly one is given. */
  clause?: string;
  rule?: string;
  status: (typeof ATTESTATION_STATUSES)[number];
  /** Who attests: a person and their capacity, an audit firm. */
  by: string;
  /** When it was attested, and the last day it holds (inclusive), YYYY-MM-DD. */
  date: string;
  expires: string;
  justification: string;
  /** Ids of the description's `sources` the auditor relied on. */
  sources?: string[];
  /** Where the entry is written. */
  at: { file: string; line: number; column: number };
}

/** How an attestation stands on an evaluation date. */
export type AttestationTerm = 'holds' | 'expired' | 'not-yet';

export const attestationTerm = (a: Attestation, date: string): AttestationTerm =>
  date < a.date ? 'not-yet' : date > a.expires ? 'expired' : 'holds';

/** Whether an attestation is about a rule: it names the rule's id, or one of the rule's clauses. */
export const concerns = (a: Attestation, rule: { id: string; clauses: readonly string[] }): boolean =>
  a.rule !== undefined ? a.rule === rule.id : rule.clauses.includes(a.clause!);

/**
 * The attestation that decides on a date among those of one rule: the latest that holds (on the same day, a fail
 * before a pass); undefined when none holds.
 */
export function decidingAttestation(attestations: readonly Attestation[], date: string): Attestation | undefined {
  let best: Attestation | undefined;
  for (const a of attestations) {
    if (attestationTerm(a, date) !== 'holds') continue;
    if (!best || a.date > best.date || (a.date === best.date && a.status === 'fail' && best.status === 'pass'))
      best = a;
  }
  return best;
}
