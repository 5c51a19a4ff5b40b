// GitHub Actions workflow commands: an annotation per fail or unknown verdict within GitHub's limits, then the verdicts.

import { repoRelativePath } from '../core/repo-path.js';
import type { Result } from '../engine/report-types.js';
import { neutral } from '../core/neutral.js';
import type { Formatter } from './formatter.js';
import { basedOn, baselineLine, baselineTag, clauseText, sentence, statusMessage } from './result-text.js';
import { translator } from './translator.js';
import { verdictLines } from './verdict.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * The level of a result's annotation: `error` only for a result that gates; a fail or unknown that does not is a
 * `warning` (of an error or warning rule) or a `notice` (of an info rule).
 */
export const annotationLevel = (r: Pick<Result, 'gating' | 'severity'>): AnnotationLevel =>
  r.gating ? 'error' : r.severity === 'info' ? 'notice' : 'warning';

/**
 * Escaping of a command's message, as GitHub's toolkit does it (`escapeData`). The message's own lines are
 * neutral text joined with line feeds, which the runner decodes back into the annotation's lines.
 */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escaping of a command's property value (`escapeProperty`): neutral, then also `:` and `,`, which separate properties. */
export const escapeProperty = (s: string): string => escapeData(neutral(s)).replace(/:/g, '%3A').replace(/,/g, '%2C');

interface Annotation {
  level: AnnotationLevel;
  line: string;
}

/**
 * GitHub Actions annotations of a report: gating results first (`::error`), then the others and the run's warnings,
 * at most ten of each level, one notice slot kept for a `::notice` after the last error that says how many were left
 * out and where they are; then the verdict lines. Paths are the repository's (GITHUB_WORKSPACE or the git top level).
 */
export const formatGithub: Formatter = (report, options) => {
  const t = translator(report.lang);
  const path = (file: string) => repoRelativePath(file, { env: options.env });
  const findings = report.results.filter((r) => r.status === 'fail' || r.status === 'unknown');
  const all: Annotation[] = [...findings.filter((r) => r.gating), ...findings.filter((r) => !r.gating)].map((r) => {
    const level = annotationLevel(r);
    const properties = [
      `file=${escapeProperty(path(r.location.file))}`,
      `line=${r.location.line}`,
      `col=${r.location.column}`,
      `title=${escapeProperty(`${r.ruleId} (${clauseText(r)})${r.baselineState ? ` [${baselineTag(r, t)!}]` : ''}`)}`,
    ].join(',');
    const mark = baselineLine(r, t);
    const message = statusMessage(
      r.status,
      [r.message, ...r.details, basedOn(r, t)!, ...(mark ? [mark] : [])].map((m) => sentence(neutral(m))).join('\n'),
      t,
    );
    return { level, line: `::${level} ${properties}::${escapeData(message)}` };
  });
  // The run's warnings come before the findings' warnings: they are about what was judged.
  const warnings: Annotation[] = report.warnings.map((w) => {
    const at =
      w.file === undefined
        ? []
        : [
            `file=${escapeProperty(path(w.file))}`,
            ...(w.line !== undefined ? [`line=${w.line}`] : []),
            ...(w.column !== undefined ? [`col=${w.column}`] : []),
          ];
    return { level: 'warning', line: `::warning ${[...at, 'title=snc'].join(',')}::${escapeData(neutral(w.message))}` };
  });
  const of = (level: AnnotationLevel) => all.filter((a) => a.level === level);
  const ordered = [...of('error'), ...warnings, ...of('warning'), ...of('notice')];
  const room: Record<AnnotationLevel, number> = {
    error: ANNOTATIONS_PER_LEVEL,
    warning: ANNOTATIONS_PER_LEVEL,
    notice: ANNOTATIONS_PER_LEVEL - 1,
  };
  const shown = ordered.filter((a) => room[a.level]-- > 0);
  const left = ordered.length - shown.length;
  const lines = shown.map((a) => a.line);
  if (left > 0) {
    const kept = (options.reports ?? [])
      .filter((r) => r.format === 'sarif' || r.format === 'json')
      .map((r) => r.format);
    const more = kept.length
      ? t('report.github.more', { count: left, limit: ANNOTATIONS_PER_LEVEL, reports: { list: [...new Set(kept)] } })
      : t('report.github.more-no-report', { count: left, limit: ANNOTATIONS_PER_LEVEL });
    const lastError = shown.filter((a) => a.level === 'error').length;
    lines.splice(lastError, 0, `::notice title=snc::${escapeData(neutral(more))}`);
  }
  return [...lines, ...verdictLines(report, t).map((v) => `snc: ${neutral(v.line)}`)].join('\n') + '\n';
};
