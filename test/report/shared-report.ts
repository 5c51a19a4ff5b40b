// The reports every formatter test reads: built once per file and language with check(), on a fixed date, untimed.
import { check, type Report } from '../../src/api.js';
import type { Lang } from '../../src/i18n/types.js';

/** The fixtures formats are tested on: the shipped examples, and a description with every kind of verdict. */
export const REPORT_FIXTURES = [
  'fixtures/compliant.yaml',
  'fixtures/non-compliant.yaml',
  'fixtures/incomplete.yaml',
  'fixtures/smoke.yaml',
  'test/report/fixtures/readiness.yaml',
] as const;

/** A provider held directly and indirectly from outside the EU, with a special right and an unexplained part. */
export const OWNERSHIP = 'test/report/fixtures/ownership.yaml';

/** The description whose names need escaping in every format, and which yields pass, fail, unknown and not-applicable. */
export const READINESS = 'test/report/fixtures/readiness.yaml';

export const DATE = '2026-11-23';

const cache = new Map<string, Report>();

/** The report of some files in a language, evaluated on DATE, without a timestamp; the same object on every call. */
export function reportOf(files: string | readonly string[], lang: Lang = 'en'): Report {
  const list = typeof files === 'string' ? [files] : [...files];
  const key = `${lang}:${list.join('|')}`;
  let r = cache.get(key);
  if (!r) cache.set(key, (r = check(list, { lang, date: DATE, timestamp: false })));
  return r;
}

/**
 * The readiness report with one of its fails turned into a waived verdict: no rule pack waives anything yet, and
 * the formatters must still show waivers apart. Only the formatters read it; it is never validated as a real report.
 */
export function withWaiver(report: Report): Report {
  const index = report.results.findIndex((r) => r.status === 'fail');
  if (index < 0) throw new Error('the report has no fail to waive');
  const waiver = {
    rule: report.results[index]!.ruleId,
    justification: 'Accepted until the exit plan is done.',
    approvedBy: 'RSSI',
    expires: '2026-12-31',
    verdict: 'fail' as const,
    file: 'waivers.yaml',
    line: 2,
    column: 5,
  };
  const results = report.results.map((r, i) =>
    i === index ? { ...r, status: 'waived' as const, gating: false, waiver } : r,
  );
  return {
    ...report,
    results,
    summary: { ...report.summary, fail: report.summary.fail - 1, waived: report.summary.waived + 1 },
  };
}
