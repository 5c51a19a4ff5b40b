// GitHub Actions workflow commands: an ::error, ::warning or ::notice annotation per fail or unknown verdict.

import type { Result, Severity } from '../engine/types.js';
import { neutral } from '../neutral.js';
import type { Formatter } from './formatter.js';
import { basedOn, clauseText, sentence, statusMessage, translator } from './translator.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escaping of a command's message, as GitHub's toolkit does it (`escapeData`). The message's own lines are
 * neutral text joined with line feeds, which the runner decodes back into the annotation's lines.
 */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escaping of a command's property value (`escapeProperty`): neutral, then also `:` and `,`, which separate properties. */
export const escapeProperty = (s: string): string => escapeData(neutral(s)).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations of a report, one line per fail or unknown verdict, then the verdict line. */
export const formatGithub: Formatter = (report) => {
  const t = translator(report.lang);
  const lines = report.results
    .filter((r) => r.status === 'fail' || r.status === 'unknown')
    .map((r: Result) => {
      const properties = [
        `file=${escapeProperty(r.location.file)}`,
        `line=${r.location.line}`,
        `col=${r.location.column}`,
        `title=${escapeProperty(`${r.ruleId} (${clauseText(r)})`)}`,
      ].join(',');
      const message = statusMessage(r.status, [r.message, ...r.details, basedOn(r, t)!].map((m) => sentence(neutral(m))).join('\n'), t);
      return `::${COMMAND[r.severity]} ${properties}::${escapeData(message)}`;
    });
  for (const w of report.warnings) {
    const at = w.file === undefined ? [] : [`file=${escapeProperty(w.file)}`, ...(w.line !== undefined ? [`line=${w.line}`] : []), ...(w.column !== undefined ? [`col=${w.column}`] : [])];
    lines.push(`::warning ${[...at, 'title=snc'].join(',')}::${escapeData(neutral(w.message))}`);
  }
  const s = report.summary;
  const verdict = `snc: ${t(s.compliant ? 'report.compliant' : 'report.not-compliant')} — ${t('report.summary', {
    total: s.total,
    pass: s.pass,
    fail: s.fail,
    unknown: s.unknown,
    notApplicable: s.notApplicable,
    waived: s.waived,
  })}`;
  return [...lines, verdict].join('\n') + '\n';
};
