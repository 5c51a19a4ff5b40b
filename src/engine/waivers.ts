// Waivers for a run: read the file, turn the fail and unknown verdicts they cover into waived, and warn on the
// waivers that expired, expire soon or waive nothing.

import { readYaml, type ReadLimits } from '../load/read-yaml.js';
import type { Lang } from '../i18n/types.js';
import { waives, type Waiver } from '../model/waiver.js';
import { validateWaivers } from '../schema/validate-waivers.js';
import { daysBetween } from './evaluation-date.js';
import type { UngatedResult } from './types.js';
import type { ReportWarning, WaiverRecord } from './report-types.js';
import { EXPIRY_NOTICE_DAYS, warning } from './warning.js';

/** A waivers file, read and validated. */
export interface WaiverFile {
  file: string;
  sha256: string;
  waivers: Waiver[];
}

export function readWaivers(file: string, limits: ReadLimits): WaiverFile {
  const doc = readYaml(file, limits, 'waivers');
  return { file, sha256: doc.sha256, waivers: validateWaivers(doc) };
}

const record = (w: Waiver, verdict: WaiverRecord['verdict']): WaiverRecord => ({
  rule: w.rule,
  ...(w.subject !== undefined ? { subject: w.subject } : {}),
  justification: w.justification,
  approvedBy: w.approvedBy,
  expires: w.expires,
  ...(w.ticket !== undefined ? { ticket: w.ticket } : {}),
  verdict,
  ...w.at,
});

/**
 * The results with every fail or unknown that an unexpired waiver covers made waived (the first waiver of the file
 * that covers it is named), and the warnings: a waiver that expired (its verdicts stand), one that expires within
 * 30 days, one that covers no result or only results that pass or do not apply. `fileOf` gives a result's file as
 * waivers name it (repository-relative).
 */
export function applyWaivers<R extends UngatedResult>(
  results: readonly R[],
  f: WaiverFile,
  date: string,
  lang: Lang,
  fileOf: (file: string) => string,
): { results: R[]; warnings: ReportWarning[] } {
  const used = new Set<Waiver>();
  const overPassing = new Set<Waiver>();
  const out = results.map((r) => {
    const finding = { ruleId: r.ruleId, subjectId: r.subjectId, file: fileOf(r.location.file) };
    const covering = f.waivers.filter((w) => waives(w, finding));
    if (r.status !== 'fail' && r.status !== 'unknown') {
      for (const w of covering) overPassing.add(w);
      return r;
    }
    const w = covering.find((x) => date <= x.expires);
    if (!w) return r;
    used.add(w);
    return { ...r, status: 'waived' as const, waiver: record(w, r.status) };
  });
  const warnings: ReportWarning[] = [];
  for (const w of f.waivers) {
    const what =
      w.subject !== undefined
        ? warning(lang, 'warning.waiver-what-subject', { rule: w.rule, subject: w.subject }).message
        : warning(lang, 'warning.waiver-what-rule', { rule: w.rule }).message;
    const left = daysBetween(date, w.expires);
    if (left < 0) warnings.push(warning(lang, 'warning.waiver-expired', { what, expires: w.expires }, w.at));
    else if (!used.has(w))
      warnings.push(
        warning(lang, overPassing.has(w) ? 'warning.waiver-over-pass' : 'warning.waiver-unused', { what }, w.at),
      );
    else if (left <= EXPIRY_NOTICE_DAYS)
      warnings.push(warning(lang, 'warning.waiver-expiring', { what, expires: w.expires, days: left }, w.at));
  }
  return { results: out, warnings };
}
