// The report's data: what `snc check` and `snc diff` write as JSON and every formatter reads (results, summaries,
// inputs, provenance, the baseline, a diff's changes), apart from the engine's own types (rules as loaded, packs,
// options) in engine/types.ts.

import { CHECK_STATUSES } from '../checks/contract.js';
import type { Lang } from '../i18n/types.js';
import type { Attestation } from '../model/attestation.js';
import type { Profile } from '../model/description.js';
import type { ProviderOwnership } from '../model/ownership/types.js';

/** A result's status: a check's, or `waived` when a waiver covers its fail or unknown. */
export const STATUSES = [...CHECK_STATUSES, 'waived'] as const;
export type Status = (typeof STATUSES)[number];
/** Rule severities, lowest first. */
export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rule families, in the order reports list them. */
export const FAMILIES = [
  'jurisdiction',
  'ownership',
  'location',
  'staff',
  'subcontracting',
  'contract',
  'service',
  'privacy',
  'certification',
  'keys',
  'isolation',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One verdict of one rule on one subject, ready for any formatter. */
export interface Result {
  ruleId: string;
  clause: string;
  clauses: string[];
  family: Family;
  severity: Severity;
  status: Status;
  /** Whether the result decides the verdict: fail, or unknown without allow-unknown, at or above fail-on (engine/gate). */
  gating: boolean;
  subject: string;
  /** The subject with list items named by their id (`/sites/paris-2`): what waivers and baselines match on. */
  subjectId: string;
  location: SourceLocation;
  messageId: string;
  values: Record<string, unknown>;
  /** The finding in the report's language. */
  message: string;
  /** Explanations in the report's language. */
  details: string[];
  evidence?: Record<string, unknown>;
  /** The auditor's attestation the verdict rests on: who attested, when, until when, and where it is written. */
  attestation?: AttestationRecord;
  /** The sources of the facts the verdict used, in the order cited; empty when they are declared, not documented. */
  sources: SourceRef[];
  /** The waiver that made the verdict `waived`: the verdict it waives, who approved it, why, until when, where. */
  waiver?: WaiverRecord;
  /** The finding's identity across runs (engine/gate `resultFingerprint`): rule, repository-relative file, subject by id. */
  fingerprint: string;
  /** A hash of the facts the verdict judged (engine/gate `factsHash`): same fingerprint, other hash, facts changed. */
  factsHash: string;
  /**
   * With --baseline, for a fail, unknown or waived result: `new` when the baseline does not hold it, `unchanged` when
   * it holds it with the same status and facts, `updated` when it holds it with another status or other facts.
   */
  baselineState?: BaselineState;
  /** The status the baseline gives the finding, when it holds it. */
  baselineStatus?: Status;
}

/** How a finding stands against the baseline, as SARIF's `baselineState` says it (`absent` is a fixed one). */
export const BASELINE_STATES = ['new', 'unchanged', 'updated'] as const;
export type BaselineState = (typeof BASELINE_STATES)[number];

/** A finding of the baseline that this run no longer finds: fixed, or its subject gone. */
export interface FixedFinding {
  fingerprint: string;
  ruleId: string;
  /** Its file, repository-relative, as its fingerprint reads it. */
  file: string;
  subjectId: string;
  /** Its status in the baseline. */
  status: Status;
  /** Its message in the baseline, in the baseline's language. */
  message: string;
  /** What this run says of it now: the status of the same rule on the same subject, or absent when none judged it. */
  now?: Status;
}

/** The baseline a run was compared with, and what it had that is now fixed. */
export interface BaselineRecord {
  file: string;
  sha256: string;
  /** Findings of the run by their state against the baseline, and those of the baseline now fixed. */
  counts: { new: number; unchanged: number; updated: number; fixed: number };
  /** The baseline's findings on the files judged that this run does not find, in the baseline's order. */
  fixed: FixedFinding[];
}

/** The verdicts a waiver may cover. */
export const WAIVED_STATUSES = ['fail', 'unknown'] as const;

/** A waiver as a waived result carries it, with where it is written (`file`, `line`, `column`). */
export interface WaiverRecord {
  rule: string;
  subject?: string;
  justification: string;
  approvedBy: string;
  expires: string;
  ticket?: string;
  /** The verdict the waiver covers. */
  verdict: (typeof WAIVED_STATUSES)[number];
  file: string;
  line: number;
  column: number;
}

/** A source as a result cites it. */
export interface SourceRef {
  id: string;
  title: string;
  issuer: string;
  date: string;
  /** Of its file when one is given and found, else the one the description gives. */
  sha256?: string;
}

/** A source as the report lists it, under its input. */
export interface SourceRecord extends SourceRef {
  /** Its file, as read from the description's folder. */
  file?: string;
  /** The file is given but could not be read: no hash was computed. */
  fileMissing?: true;
  url?: string;
  section?: string;
}

/** An attestation as a result carries it: the verdict, who, when, until when, why, and where it is written. */
export type AttestationRecord = Omit<Attestation, 'provider' | 'clause' | 'rule' | 'at'> & Attestation['at'];

export interface Summary {
  total: number;
  pass: number;
  fail: number;
  unknown: number;
  notApplicable: number;
  waived: number;
  /** Results that gate (see `Result.gating`). */
  gating: number;
  /** With --baseline: fail and unknown results that the baseline holds as known, which do not gate. */
  known?: number;
  /** Fail and unknown results by the severity of their rule, gating or not: what is not met. */
  notMet: Record<Severity, number>;
  /**
   * `not-judged` when no rule of the profiles judged applies (every result not applicable: exit 2), else
   * `not-compliant` when a result gates (exit 1), else `compliant` (exit 0). Over several files: the worst.
   */
  verdict: Verdict;
  /** The verdict is `compliant`: every applicable rule passes, is waived or does not gate. */
  compliant: boolean;
}

/** Verdicts, best first: a run exits with its worst file's. */
export const VERDICTS = ['compliant', 'not-compliant', 'not-judged'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface InputRecord {
  file: string;
  /** The file as the repository names it (from GITHUB_WORKSPACE or the git top level, forward slashes): what fingerprints read. */
  repoPath: string;
  sha256: string;
  name: string;
  provider: string;
  /** The provider's name and the offer's, as the description gives them. */
  providerName?: string;
  offer?: string;
  profiles: Profile[];
  /** The documents the description cites (its `sources`), in its order. */
  sources: SourceRecord[];
  /** This file's own counts and verdict; the report's `summary` combines every file's. */
  summary: Summary;
}

/** Something a reader of the report should know that is not a verdict: an expired attestation, an old source… */
export interface ReportWarning {
  /** The message id of the warning (`warning.…`), stable for scripts. */
  id: string;
  /** The warning in the report's language. */
  message: string;
  /** Where it comes from, when it is about a place in a file. */
  file?: string;
  line?: number;
  column?: number;
}

/** A file besides descriptions and packs that the report was made from, with the SHA-256 of its bytes. */
export const PROVENANCE_ROLES = ['attestations', 'waivers', 'baseline', 'configuration', 'source'] as const;
export interface ProvenanceRecord {
  role: (typeof PROVENANCE_ROLES)[number];
  file: string;
  sha256: string;
}

/** The whole outcome of `snc check`: what every formatter reads. */
export interface Report {
  reportVersion: 1;
  tool: { name: 'snc'; version: string };
  /** ISO timestamp, from SOURCE_DATE_EPOCH when set; absent with --no-timestamp. */
  generatedAt?: string;
  evaluationDate: string;
  lang: Lang;
  options: { failOn: Severity; allowUnknown: boolean; requireSources: boolean; sourceMaxAge: number };
  packs: { pack: string; file: string; sha256: string; title: string }[];
  inputs: InputRecord[];
  /** The rules that were run, in pack order, for formatters that list rules (SARIF). */
  rules: RuleInfo[];
  results: Result[];
  summary: Summary;
  /** What the reader should know besides the verdicts, in the order found. */
  warnings: ReportWarning[];
  /** The other files the report was made from (attestations, waivers, baseline, configuration, sources). */
  provenance: ProvenanceRecord[];
  /** With --baseline: the baseline compared with, the counts of each state, and what it had that is now fixed. */
  baseline?: BaselineRecord;
  /** Per input file, in input order: the provider's ownership analysis (19.6.b), the evidence behind its rules. */
  ownership?: ProviderOwnership[];
}

/** A rule as reports show it, in the report's language. */
export interface RuleInfo {
  id: string;
  pack: string;
  clause: string;
  clauses: string[];
  family: Family;
  severity: Severity;
  title: string;
  rationale: string;
  remediation: string;
}

/** What 19.6.f covers: seats, holdings, control, special rights, third parties and their access. */
export const NOTICE_TOPICS = [
  'seats',
  'holdings',
  'control',
  'special-rights',
  'third-parties',
  'third-party-access',
] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

/** One fact that differs: its path (list items named by their id), and its value before and after. */
export interface FactChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  old?: unknown;
  new?: unknown;
  /** What of 19.6.f the change touches, if anything. */
  notice?: NoticeTopic;
}

/** One verdict that differs: a rule on a subject, its status before and after (null: not judged then). */
export interface VerdictChange {
  ruleId: string;
  clause: string;
  subjectId: string;
  old: Status | null;
  new: Status | null;
}

export interface DiffSide {
  file: string;
  kind: 'description' | 'report';
  sha256: string;
}

/** The whole outcome of `snc diff`: what its formatters read. */
export interface Diff {
  diffVersion: 1;
  lang: Lang;
  old: DiffSide;
  new: DiffSide;
  verdicts: VerdictChange[];
  facts: FactChange[];
  /** The 19.6.f topics the fact changes touch, in NOTICE_TOPICS order; empty: no notice is due. */
  notice: NoticeTopic[];
}
