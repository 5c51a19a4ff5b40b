// JSON report: the Report object itself, with stable key order, byte-identical for the same input.

import type { Formatter } from './formatter.js';

/** The report as JSON, in the shape of schemas/report-1.schema.json. */
export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
