// The formatter contract: a pure function from a Report to a string; formatters never decide a verdict.

import type { Report } from '../engine/types.js';

export interface FormatOptions {
  /** Use ANSI colours (text format on a terminal only). */
  color: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;
