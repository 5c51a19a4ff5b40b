// The engine's own types: rules and packs as loaded, results before the gate, the options of a run. The report's
// data, which formatters read, is in engine/report-types.ts.

import type { CheckFunction } from '../checks/contract.js';
import type { LocalizedText, Lang } from '../i18n/types.js';
import type { Profile } from '../model/description.js';
import type { Family, Result, Severity } from './report-types.js';

/** A rule of a pack, as loaded and validated. */
export interface Rule {
  id: string;
  /** The first clause the rule cites: its home in the referential. */
  clause: string;
  /** Every clause the rule cites, the first one first (a pack gives `clause` or `clauses`). */
  clauses: string[];
  family: Family;
  severity: Severity;
  title: LocalizedText;
  rationale: LocalizedText;
  remediation: LocalizedText;
  /** Sources and confidence of the rule's reading (`snc rules show` prints them); no report shows them. */
  notes?: LocalizedText;
  check: { fn: string; with: Record<string, unknown> };
  /** The check function `check.fn` names, resolved when the pack was loaded. */
  checkFunction: CheckFunction;
  /** Pack the rule came from. */
  pack: string;
}

export interface PackSource {
  issuer: string;
  document: string;
  version?: string;
  date?: string;
}

/** A rule pack: data only, one file per framework. */
export interface RulePack {
  pack: string;
  title: LocalizedText;
  source?: PackSource;
  /** Packs whose rules this pack includes (a profile builds on another). */
  extends?: string[];
  rules: Rule[];
  /** Where it was read from, and the sha256 of its bytes. */
  file: string;
  sha256: string;
  /** Line and column of a JSON pointer into the pack file, for errors that the pack's own content causes. */
  locate?(ptr: string): { line: number; column: number };
}

/**
 * A result as its rule gave it, before the run gives it its identity (`fingerprint`, `factsHash`), compares it with a
 * baseline and the gate reads it (engine/gate sets `gating` once every status is final).
 */
export type UngatedResult = Omit<Result, 'gating' | 'fingerprint' | 'factsHash' | 'baselineState' | 'baselineStatus'>;

export interface CheckOptions {
  /** Profiles to evaluate; when absent, the description's own, else secnumcloud-3.2. */
  profiles?: Profile[];
  lang?: Lang;
  failOn?: Severity;
  allowUnknown?: boolean;
  /** Evaluation date YYYY-MM-DD; default today (UTC). */
  date?: string;
  /** Extra rule packs (user files). */
  rulePacks?: string[];
  /** Omit generatedAt. */
  timestamp?: boolean;
  /** An attestations file (YAML). */
  attestations?: string;
  /** A waivers file (YAML). */
  waivers?: string;
  /** Strict audit: a fact without a source counts as not given, and a source file that cannot be read is an error. */
  requireSources?: boolean;
  /** Months after which a source is reported as old on the evaluation date (default 12). */
  sourceMaxAge?: number;
  /** The configuration file the options came from, recorded with its hash. */
  configuration?: string;
  /** A JSON report of an earlier run: the findings it holds are known and do not gate (see `Result.baselineState`). */
  baseline?: string;
}

export type { Lang };
export type { CheckContext, CheckFunction, CheckRegistry, CheckResult, CheckStatus } from '../checks/contract.js';
