// The readiness report as a language-resolved outline, which the markdown and html formatters lay out.

import type { Family, Report, Result, Severity, Status } from '../engine/types.js';
import { byFamily, familyScores, rulesById, scorePercent, withStatus } from './group.js';
import { ownershipView, type OwnershipView } from './ownership-view.js';
import { clauseText, evidenceLines, locationOf, translator, type Translate } from './translator.js';
import { warningText } from './warning-text.js';

/** A labelled value; `code` marks values shown verbatim (file names, hashes, dates). */
export interface Field {
  label: string;
  value: string;
  code?: boolean;
}

/** One verdict of one rule, with everything a reader needs to act on it. */
export interface FindingView {
  status: Status;
  statusLabel: string;
  severity: Severity;
  severityLabel: string;
  clause: string;
  ruleId: string;
  title: string;
  message: string;
  details: string[];
  location: string;
  subject: string;
  evidence: string[];
  rationale: string;
  remediation: string;
}

export interface FindingGroup {
  family: Family;
  label: string;
  findings: FindingView[];
}

export interface FamilyRow {
  label: string;
  score: string;
  counts: [pass: number, fail: number, unknown: number, waived: number, notApplicable: number];
}

/** Everything the markdown and html readiness reports show, in the report's language and order. */
export interface ReadinessView {
  lang: Report['lang'];
  title: string;
  /** One block of fields per input file, then one for the run (date, tool, packs, options). */
  judged: Field[][];
  compliant: boolean;
  verdict: string;
  verdictExplained: string;
  counts: string;
  familyHead: string[];
  families: FamilyRow[];
  scoreNote: string;
  findings: FindingGroup[];
  unknown: FindingGroup[];
  waived: FindingView[];
  passed: FindingView[];
  notApplicable: FindingView[];
  ownership: OwnershipView[];
  /** The report's warnings, each as `file:line:column: message`. */
  warnings: string[];
  t: Translate;
}

/** Build the readiness outline of a report. */
export function readinessView(report: Report): ReadinessView {
  const t = translator(report.lang);
  const rules = rulesById(report);
  const finding = (r: Result): FindingView => {
    const rule = rules.get(r.ruleId);
    return {
      status: r.status,
      statusLabel: t(`status.${r.status}`),
      severity: r.severity,
      severityLabel: t(`severity.${r.severity}`),
      clause: clauseText(r),
      ruleId: r.ruleId,
      title: rule?.title ?? r.ruleId,
      message: r.message,
      details: r.details,
      location: locationOf(r),
      subject: r.subject,
      evidence: evidenceLines(r.evidence),
      rationale: rule?.rationale ?? '',
      remediation: rule?.remediation ?? '',
    };
  };
  const groups = (rs: Result[]): FindingGroup[] =>
    byFamily(rs).map(([family, inFamily]) => ({ family, label: t(`family.${family}`), findings: inFamily.map(finding) }));
  const s = report.summary;

  const judged: Field[][] = report.inputs.map((input) => [
    { label: t('report.field.description'), value: input.name },
    { label: t('report.field.file'), value: input.file, code: true },
    { label: t('report.field.sha256'), value: input.sha256, code: true },
    { label: t('report.field.provider'), value: input.provider, code: true },
    { label: t('report.field.profiles'), value: input.profiles.join(', ') },
  ]);
  judged.push([
    { label: t('report.field.evaluation-date'), value: report.evaluationDate, code: true },
    ...(report.generatedAt ? [{ label: t('report.field.generated-at'), value: report.generatedAt, code: true }] : []),
    { label: t('report.field.tool'), value: `${report.tool.name} ${report.tool.version}`, code: true },
    ...report.packs.map((p) => ({ label: t('report.field.packs'), value: `${p.pack} ${p.sha256}`, code: true })),
    { label: t('report.field.fail-on'), value: t(`severity.${report.options.failOn}`) },
    { label: t('report.field.unknown-policy'), value: t(report.options.allowUnknown ? 'report.unknown-allowed' : 'report.unknown-blocks') },
  ]);

  return {
    lang: report.lang,
    title: t('report.title'),
    judged,
    compliant: s.compliant,
    verdict: t(s.compliant ? 'report.compliant' : 'report.not-compliant'),
    verdictExplained: t(s.compliant ? 'report.verdict-compliant' : 'report.verdict-not-compliant'),
    counts: t('report.summary', { total: s.total, pass: s.pass, fail: s.fail, unknown: s.unknown, notApplicable: s.notApplicable, waived: s.waived }),
    familyHead: [
      t('report.column.family'),
      t('report.column.score'),
      t('report.column.passed'),
      t('report.column.failed'),
      t('report.column.unknown'),
      t('report.column.waived'),
      t('report.column.not-applicable'),
    ],
    families: familyScores(report.results).map((f) => ({
      label: t(`family.${f.family}`),
      score: f.score === null ? t('report.no-score') : `${scorePercent(f.score)}${report.lang === 'fr' ? '\u202f%' : '%'}`,
      counts: [f.pass, f.fail, f.unknown, f.waived, f.notApplicable],
    })),
    scoreNote: t('report.score-note'),
    findings: groups(withStatus(report.results, 'fail')),
    unknown: groups(withStatus(report.results, 'unknown')),
    waived: withStatus(report.results, 'waived').map(finding),
    passed: withStatus(report.results, 'pass').map(finding),
    notApplicable: withStatus(report.results, 'not-applicable').map(finding),
    ownership: ownershipView(report, t),
    warnings: report.warnings.map(warningText),
    t,
  };
}
