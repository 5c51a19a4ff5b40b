// The contract between the engine and the check functions: what a check reads, what it returns, how it is named.

import type { MessageId } from '../i18n/en.js';
import type { Message } from '../i18n/types.js';
import type { Attestation } from '../model/attestation.js';
import type { Description } from '../model/description.js';
import type { Facts } from '../model/facts.js';

/** What a check can say of one subject; `waived` is the engine's, never a check's. */
export const CHECK_STATUSES = ['pass', 'fail', 'unknown', 'not-applicable'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What a check function returns for one subject it judged. */
export interface CheckResult {
  status: CheckStatus;
  /** JSON pointer into the description, e.g. `/entities/bleu` or `/staff/2`. */
  subject: string;
  /** The finding, as a message id of the check and its values. */
  message: Message;
  /** Further lines that explain the verdict (paths of ownership, the missing facts…). */
  details?: Message[];
  /** Machine-readable evidence, copied as is into the JSON report. */
  evidence?: Record<string, unknown>;
  /** The attestation the verdict comes from (or, for an unknown, the one that expired or is not yet in force). */
  attestation?: Attestation;
  /**
   * Pointers of the other facts the verdict rests on (the sites of a flow, the holders of an entity), whose sources
   * it carries with those of its subject; each covers what lies within it. A function is called only when the
   * description has sources to carry (the holders of thousands of third parties are not listed otherwise).
   */
  facts?: string[] | (() => string[]);
}

/** Everything a check may read: the description, derived facts, the evaluation date, and the attestations. */
export interface CheckContext {
  description: Description;
  facts: Facts;
  /** Evaluation date, YYYY-MM-DD. */
  date: string;
  /**
   * For a check that declares `readsAttestations`: the attestations about the provider that name the rule being
   * run or its clause, in file order, whatever their term (see `decidingAttestation`). Empty for other checks.
   */
  attestations: readonly Attestation[];
}

/**
 * A check function: pure, named in rule packs by `name`, with a JSON Schema for its `with` parameters.
 * It never chooses a severity and never builds a final string: it reports message ids with values.
 */
export interface CheckFunction<P = Record<string, unknown>> {
  name: string;
  /** One line saying what the check judges, for `snc rules` and the docs. */
  description: string;
  /** JSON Schema (draft 2020-12) of the `with` parameters. */
  parameters: Record<string, unknown>;
  /** The message ids it may report; each must exist in every language catalogue. */
  messages: readonly MessageId[];
  /** The check judges from attestations: the engine gives it those of its rule, and they count as used. */
  readsAttestations?: boolean;
  /** Pointers of the facts every result of the check rests on besides its subject, for their sources. */
  factsUsed?(params: P, context: CheckContext): string[];
  run(params: P, context: CheckContext): CheckResult[];
}

/** The check functions a rule pack may name in `check.fn`, by name. */
export type CheckRegistry = ReadonlyMap<string, CheckFunction>;
