// A report warning as one line: `file:line:column: message`, with what is known of its place.

import type { ReportWarning } from '../engine/report-types.js';
import { neutral } from '../core/neutral.js';

/** The warning as one line of neutral text: its file name and message quote the user's files. */
export function warningText(w: ReportWarning): string {
  const where =
    w.file === undefined
      ? ''
      : `${w.file}${w.line !== undefined ? `:${w.line}${w.column !== undefined ? `:${w.column}` : ''}` : ''}: `;
  return neutral(where + w.message);
}
