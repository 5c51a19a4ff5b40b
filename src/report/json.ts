// JSON report: the Report object itself, with stable key order, byte-identical for the same input.

import { neutralJson } from '../core/neutral.js';
import type { Formatter } from './formatter.js';

/** The report as JSON, in the shape of schemas/report-1.schema.json: exact values, nothing a terminal would act on. */
export const formatJson: Formatter = (report) => neutralJson(report, 2) + '\n';
