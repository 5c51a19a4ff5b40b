// A report warning as one line: `file:line:column: message`, with what is known of its place.

import type { ReportWarning } from '../engine/types.js';

export function warningText(w: ReportWarning): string {
  const where = w.file === undefined ? '' : `${w.file}${w.line !== undefined ? `:${w.line}${w.column !== undefined ? `:${w.column}` : ''}` : ''}: `;
  return where + w.message;
}
