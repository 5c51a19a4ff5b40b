// The Markdown job summary of a run on GitHub Actions: the verdict of each file, counts per family, the first findings.

import { repoRelativePath } from '../core/repo-path.js';
import type { Report } from '../engine/report-types.js';
import { codeMarkdown as code, escapeMarkdown as md } from './escape.js';
import { annotationLevel } from './github.js';
import { familyScores } from './group.js';
import { baselineTag, statusMessage } from './result-text.js';
import { translator } from './translator.js';
import { verdictLine, runVerdictLine } from './verdict.js';

/** How many findings the summary lists; the SARIF or JSON report holds them all. */
export const SUMMARY_FINDINGS = 30;
/** GitHub refuses a step summary over 1 MiB: the summary stays far below, whatever the texts. */
export const SUMMARY_MAX_BYTES = 256 * 1024;

const ICON = { compliant: '✅', 'not-compliant': '❌', 'not-judged': '⚠️' } as const;

/** The job summary in Markdown; every text from the description or a pack is neutral and escaped. */
export function formatStepSummary(
  report: Report,
  options: { env?: Readonly<Record<string, string | undefined>> } = {},
): string {
  const t = translator(report.lang);
  const path = (file: string) => repoRelativePath(file, { env: options.env });
  const out = [`## snc — ${md(t('report.title'))}`, ''];
  for (const input of report.inputs)
    out.push(
      `- ${ICON[input.summary.verdict]} ${code(path(input.file))}: ${md(verdictLine(input, report.options, t))}`,
    );
  if (report.inputs.length > 1) out.push(`- ${ICON[report.summary.verdict]} ${md(runVerdictLine(report, t))}`);
  out.push(
    '',
    `| ${md(t('report.column.family'))} | ${md(t('status.pass'))} | ${md(t('status.fail'))} | ${md(t('status.unknown'))} | ${md(t('status.not-applicable'))} | ${md(t('status.waived'))} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...familyScores(report.results).map(
      (f) =>
        `| ${md(t(`family.${f.family}`))} | ${f.pass} | ${f.fail} | ${f.unknown} | ${f.notApplicable} | ${f.waived} |`,
    ),
    '',
  );
  const findings = report.results.filter((r) => r.status === 'fail' || r.status === 'unknown');
  const first = [...findings.filter((r) => r.gating), ...findings.filter((r) => !r.gating)].slice(0, SUMMARY_FINDINGS);
  if (first.length) {
    out.push(`### ${md(t('report.section.findings'))}`, '');
    for (const r of first) {
      const at = `${path(r.location.file)}:${r.location.line}:${r.location.column}`;
      const tag = baselineTag(r, t);
      out.push(
        `- **${annotationLevel(r)}**${tag ? ` _${md(tag)}_` : ''} ${code(r.ruleId)} ${code(at)} — ${md(statusMessage(r.status, r.message, t))}`,
      );
    }
    if (findings.length > first.length)
      out.push(`- ${md(t('report.summary-more', { count: findings.length - first.length }))}`);
    out.push('');
  }
  let text = out.join('\n') + '\n';
  // A bound on bytes, not only on items: cut at a line end, and say so, the sentence within the bound too.
  if (Buffer.byteLength(text, 'utf8') > SUMMARY_MAX_BYTES) {
    const note = `\n${md(t('report.summary-cut'))}\n`;
    text = Buffer.from(text, 'utf8')
      .subarray(0, SUMMARY_MAX_BYTES - Buffer.byteLength(note, 'utf8'))
      .toString('utf8');
    text = `${text.slice(0, text.lastIndexOf('\n') + 1)}${note}`;
  }
  return text;
}
