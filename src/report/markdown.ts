// Markdown readiness report: what was judged, the verdict, a score per family, then every finding with what to do.

import { codeMarkdown as code, escapeMarkdown as md } from './escape.js';
import type { MessageId } from '../i18n/en.js';
import type { Formatter } from './formatter.js';
import type { OwnershipView } from './ownership-view.js';
import { readinessView, type Field, type FindingGroup, type FindingView, type ReadinessView } from './readiness.js';

/** The readiness report in Markdown. */
export const formatMarkdown: Formatter = (report) => {
  const v = readinessView(report);
  const { t } = v;
  const out: string[] = [`# ${md(v.title)}`, '', `## ${md(t('report.section.judged'))}`, ''];
  for (const block of v.judged) out.push(...fieldTable(block), '');
  out.push(`## ${md(t('report.section.summary'))}`, '', `**${md(v.verdict)}** — ${md(v.verdictExplained)}`, '', md(v.counts), '');
  if (v.warnings.length) out.push(`## ${md(t('report.section.warnings'))}`, '', ...v.warnings.map((w) => `- ${md(w)}`), '');
  out.push(`## ${md(t('report.section.families'))}`, '');
  out.push(...table(v.familyHead, v.families.map((f) => [md(f.label), f.score, ...f.counts.map(String)])), '', `_${md(v.scoreNote)}_`, '');
  out.push(...findingSections(t('report.section.findings'), v.findings, v));
  for (const o of v.ownership) out.push(...ownership(o, v));
  out.push(...findingSections(t('report.section.unknown'), v.unknown, v));
  out.push(...summaryTable(t('report.section.waived'), v.waived, v));
  out.push(...summaryTable(t('report.section.passed'), v.passed, v));
  out.push(...summaryTable(t('report.section.not-applicable'), v.notApplicable, v));
  return out.join('\n').replace(/\n+$/, '\n');
};

function ownership(o: OwnershipView, v: ReadinessView): string[] {
  const out = [`## ${md(v.t('report.section.ownership'))}`, '', `${code(o.file)} — ${md(o.intro)}`, ''];
  if (o.rows.length) out.push(...table(o.head, o.rows.map((r) => r.map(md))), '');
  if (o.paths.length) out.push(`**${md(v.t('report.ownership.paths'))}**`, '', ...o.paths.flatMap((p) => [`- ${md(p.holder)}`, ...p.paths.map((x) => `  - ${md(x)}`)]), '');
  if (o.figures.length) out.push(...table(o.figuresHead, o.figures.map((r) => r.map(md))), '');
  for (const n of o.notes) out.push(`**${md(n.title)}**`, '', ...n.items.map((i) => `- ${md(i)}`), '');
  return out;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(md).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function fieldTable(fields: Field[]): string[] {
  return ['| | |', '| --- | --- |', ...fields.map((f) => `| ${md(f.label)} | ${f.code ? code(f.value) : md(f.value)} |`)];
}

function findingSections(heading: string, groups: FindingGroup[], v: ReadinessView): string[] {
  const out = [`## ${md(heading)}`, ''];
  if (groups.length === 0) return [...out, md(v.t('report.none')), ''];
  for (const g of groups) {
    out.push(`### ${md(g.label)}`, '');
    for (const f of g.findings) out.push(...finding(f, v), '');
  }
  return out;
}

function finding(f: FindingView, v: ReadinessView): string[] {
  const { t } = v;
  const item = (label: MessageId, value: string) => `- ${t('report.labelled', { label: `**${md(t(label))}**`, value })}`;
  const out = [
    `#### ${md(f.clause)} — ${md(f.title)}`,
    '',
    item('report.label.finding', `${md(f.message)} (${md(f.statusLabel)}, ${code(f.ruleId)})`),
    ...f.details.map((d) => `  - ${md(d)}`),
    item('report.label.severity', md(f.severityLabel)),
    item('report.label.location', `${code(f.location)}${f.subject ? ` (${code(f.subject)})` : ''}`),
  ];
  if (f.evidence.length) out.push(item('report.label.evidence', ''), ...f.evidence.map((e) => `  - ${code(e)}`));
  if (f.rationale) out.push(item('report.label.rationale', md(f.rationale)));
  if (f.remediation) out.push(item('report.label.remediation', md(f.remediation)));
  return out;
}

function summaryTable(heading: string, findings: FindingView[], v: ReadinessView): string[] {
  const { t } = v;
  const out = [`## ${md(heading)}`, ''];
  if (findings.length === 0) return [...out, md(t('report.none')), ''];
  const head = [t('report.column.clause'), t('report.column.rule'), t('report.column.finding'), t('report.column.location')];
  const rows = findings.map((f) => [md(f.clause), code(f.ruleId), [f.message, ...f.details].map(md).join('<br>'), code(f.location)]);
  return [...out, ...table(head, rows), ''];
}
