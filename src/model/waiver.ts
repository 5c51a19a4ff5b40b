// Waivers: an accepted exception to a rule, with who approved it, why and until when.

import { within } from './subject-id.js';

/** One entry of a waivers file, as validated. */
export interface Waiver {
  /** The rule it waives. */
  rule: string;
  /** The subject it waives, a JSON pointer with list items named by their id (`/sites/paris-2`); absent: every one. */
  subject?: string;
  /** The description it concerns, repository-relative; absent: every description. */
  file?: string;
  justification: string;
  approvedBy: string;
  /** The last day it applies (inclusive), YYYY-MM-DD. */
  expires: string;
  ticket?: string;
  /** Where the entry is written. */
  at: { file: string; line: number; column: number };
}

/** Whether a waiver is about a finding: its rule, its subject (at or under the waiver's), its file. */
export const waives = (w: Waiver, finding: { ruleId: string; subjectId: string; file: string }): boolean =>
  w.rule === finding.ruleId &&
  (w.subject === undefined || within(finding.subjectId, w.subject)) &&
  (w.file === undefined || w.file === finding.file);
