// How formatters word a result: its location, evidence, clauses, the grounds and waiver it rests on.

import { knownFromBaseline } from '../engine/gate.js';
import type { FixedFinding, Report, Result } from '../engine/report-types.js';
import type { Translate } from './translator.js';

/** `file:line:column` of a result, the form editors and terminals open. */
export const locationOf = (r: Result): string => `${r.location.file}:${r.location.line}:${r.location.column}`;

/** Evidence as `key: value` lines: strings as they are, anything else as compact JSON. */
export const evidenceLines = (evidence: Record<string, unknown> | undefined): string[] =>
  Object.entries(evidence ?? {}).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);

/** A finding's text as CI tools show it: unknown and waived verdicts say so first, fails are the message alone. */
export const statusMessage = (status: Result['status'], message: string, t: Translate): string =>
  status === 'unknown'
    ? t('report.unknown-message', { message })
    : status === 'waived'
      ? t('report.waived-message', { message })
      : message;

/** The clauses a result or rule cites, as people read them: `19.2.e, 9.7.d`. */
export const clauseText = (r: { clauses: readonly string[] }): string => r.clauses.join(', ');

/** A message as a sentence: a full stop is added unless it already ends with punctuation. */
export const sentence = (s: string): string => (/[.!?…:;]$/.test(s.trimEnd()) ? s : `${s.trimEnd()}.`);

/** What a verdict rests on: the attestation it comes from, then each source (`title, issuer, date`); none: []. */
export const grounds = (r: Result, t: Translate): string[] => [
  ...(r.attestation ? [t('report.attestation', { by: r.attestation.by, date: r.attestation.date })] : []),
  ...r.sources.map((s) => t('report.source', { title: s.title, issuer: s.issuer, date: s.date })),
];

/** What a verdict rests on, joined, or that its facts are declared, not documented. */
export const sourceList = (r: Result, t: Translate): string =>
  grounds(r, t).join(t('report.list-separator')) || t('report.undocumented');

/** The line a verdict carries about what it rests on (“Based on: …”); none for a rule that does not apply. */
export function basedOn(r: Result, t: Translate): string | undefined {
  if (r.status === 'not-applicable') return undefined;
  const all = grounds(r, t);
  return all.length
    ? t('report.based-on', { sources: all.join(t('report.list-separator')) })
    : t('report.undocumented');
}

/** The waiver a waived verdict rests on, as one line: who approved it, until when (its ticket), why. */
export function waiverLine(r: Result, t: Translate): string | undefined {
  const w = r.waiver;
  if (!w) return undefined;
  const values = { approvedBy: w.approvedBy, expires: w.expires, justification: w.justification };
  return w.ticket !== undefined
    ? t('report.waiver-ticket', { ...values, ticket: w.ticket })
    : t('report.waiver', values);
}

/** Where a waiver is written and what it covers: `the fail verdict of RULE on /subject, waived by file:line:column`. */
export const waiverWhere = (r: Result, t: Translate): string =>
  t('report.waiver-where', {
    verdict: t(`status.${r.waiver!.verdict}`),
    rule: r.ruleId,
    subject: r.subjectId || '/',
    file: `${r.waiver!.file}:${r.waiver!.line}:${r.waiver!.column}`,
  });

/**
 * How a finding stands against the baseline, as one line: new, unchanged or updated (its status or its facts
 * changed), and whether it is known (it does not gate), changed since (it gates) or held by the baseline only as
 * waived (it gates again).
 */
export function baselineLine(r: Result, t: Translate): string | undefined {
  if (!r.baselineState) return undefined;
  const known =
    knownFromBaseline(r) && (r.status === 'fail' || r.status === 'unknown')
      ? 'yes'
      : r.baselineStatus === 'waived' && r.gating
        ? 'lapsed'
        : r.baselineState === 'updated' && r.gating
          ? 'changed'
          : 'no';
  return t('report.baseline-mark', {
    state: r.baselineState,
    changed: r.baselineStatus !== undefined && r.baselineStatus !== r.status ? 'status' : 'facts',
    was: r.baselineStatus ? t(`status.${r.baselineStatus}`) : '',
    known,
  });
}

/** The short mark of a finding against the baseline (`new`, `baseline`, `baseline, updated`), for titles. */
export const baselineTag = (r: Result, t: Translate): string | undefined =>
  r.baselineState ? t('report.baseline-tag', { state: r.baselineState }) : undefined;

/** What the run found against the baseline: how many findings are new, unchanged, updated, and how many are fixed. */
export const baselineCounts = (b: NonNullable<Report['baseline']>, t: Translate): string =>
  t('report.baseline-counts', { file: b.file, ...b.counts });

/** A finding of the baseline that is fixed, as one line: its verdict then, rule, subject and file, what it is now. */
export const fixedLine = (f: FixedFinding, t: Translate): string =>
  t('report.fixed', {
    status: t(`status.${f.status}`),
    rule: f.ruleId,
    subject: f.subjectId || '/',
    file: f.file,
    now: f.now ? t(`status.${f.now}`) : 'none',
    message: f.message,
  });
