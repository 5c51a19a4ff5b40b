// The formatter contract: a pure function from a Report to a string; formatters never decide a verdict.

import type { Report } from '../engine/report-types.js';

export interface FormatOptions {
  /** Use ANSI colours (text format on a terminal only). */
  color: boolean;
  /** Width of the terminal in columns (text format only); the text report fits 80 to 160, default 100. */
  width?: number;
  /** The environment paths are read in (GITHUB_WORKSPACE for repository-relative paths); default the process's. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The reports the same run writes to files, which a format may point to (GitHub's annotations, when some are left out). */
  reports?: readonly { format: string; file: string }[];
}

export type Formatter = (report: Report, options: FormatOptions) => string;
