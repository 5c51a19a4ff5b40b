// The verdict line every format states the same way: what was judged, under which gate, and what is not met.

import { SEVERITIES, type InputRecord, type Report, type Summary } from '../engine/report-types.js';
import type { Translate } from './translator.js';

/** The counts of a summary, as every format words them (“14 results: 10 passed, …”). */
export const countsText = (s: Summary, t: Translate): string =>
  t('report.summary', {
    total: s.total,
    pass: s.pass,
    fail: s.fail,
    unknown: s.unknown,
    notApplicable: s.notApplicable,
    waived: s.waived,
  });

/**
 * The head of a file's verdict: compliant or not with the profiles judged, at the gate of the run
 * (“Compliant with secnumcloud-3.2 at --fail-on error”), or that no rule of them applies.
 */
export function verdictHead(s: Summary, profiles: readonly string[], options: Report['options'], t: Translate): string {
  const values = { profiles: profiles.join(', '), failOn: options.failOn, allowUnknown: String(options.allowUnknown) };
  return t(`report.verdict.${s.verdict}`, values);
}

/** What is not met, by severity, highest first (“2 warnings not met”), or that every applicable requirement is met. */
export function notMetText(s: Summary, t: Translate): string {
  const parts = [...SEVERITIES]
    .reverse()
    .flatMap((sev) => (s.notMet[sev] ? [t(`report.not-met.${sev}`, { count: s.notMet[sev] })] : []));
  const met = parts.join(', ') || t('report.all-met');
  return s.known ? t('report.not-met-known', { notMet: met, known: t('report.known', { count: s.known }) }) : met;
}

/** A file's verdict line: “Compliant with secnumcloud-3.2 at --fail-on error: 2 warnings not met — 14 results: …”. */
export function verdictLine(
  input: Pick<InputRecord, 'profiles' | 'summary'>,
  options: Report['options'],
  t: Translate,
): string {
  const s = input.summary;
  const head = verdictHead(s, input.profiles, options, t);
  return s.verdict === 'not-judged'
    ? `${head} — ${countsText(s, t)}`
    : t('report.verdict-line', { head, notMet: notMetText(s, t), counts: countsText(s, t) });
}

/** The verdict line of a whole run over several files: how many files are compliant, then every result's counts. */
export function runVerdictLine(report: Report, t: Translate): string {
  const n = (v: Summary['verdict']) => report.inputs.filter((i) => i.summary.verdict === v).length;
  const head = t('report.verdict.several', {
    files: report.inputs.length,
    compliant: n('compliant'),
    notCompliant: n('not-compliant'),
    notJudged: n('not-judged'),
  });
  return `${head} — ${countsText(report.summary, t)}`;
}

/**
 * Every verdict line of a report: one per file (prefixed with its name when there are several), then the run's
 * own when there are several files.
 */
export function verdictLines(report: Report, t: Translate): { line: string; verdict: Summary['verdict'] }[] {
  if (report.inputs.length === 1)
    return [{ line: verdictLine(report.inputs[0]!, report.options, t), verdict: report.summary.verdict }];
  return [
    ...report.inputs.map((i) => ({
      line: `${i.file}: ${verdictLine(i, report.options, t)}`,
      verdict: i.summary.verdict,
    })),
    { line: runVerdictLine(report, t), verdict: report.summary.verdict },
  ];
}
