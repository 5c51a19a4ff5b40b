// HTML readiness report: one self-contained page (inline CSS, no script, no network), printable to PDF.

import { escapeXml as h } from './escape.js';
import type { Formatter } from './formatter.js';
import { HTML_STYLE } from './html-style.js';
import type { OwnershipView } from './ownership-view.js';
import { readinessView, type Field, type FindingGroup, type FindingView, type ReadinessView } from './readiness.js';

/** The readiness report as one self-contained HTML page. */
export const formatHtml: Formatter = (report) => {
  const v = readinessView(report);
  const { t } = v;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${v.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: no script, no font, no image other than the empty inline icon.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<link rel="icon" href="data:,">',
    `<title>${h(v.title)} — ${h(report.inputs.map((i) => i.name).join(', '))}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(v.title)}</h1>`,
    `<section><h2>${h(t('report.section.judged'))}</h2>`,
    ...v.judged.map(fieldTable),
    '</section>',
    `<section><h2>${h(t('report.section.summary'))}</h2>`,
    `<div class="verdict ${v.compliant ? 'compliant' : 'not-compliant'}"><strong>${h(v.verdict)}</strong>${h(v.verdictExplained)}</div>`,
    `<p>${h(v.counts)}</p>`,
    `<h3>${h(t('report.section.families'))}</h3>`,
    table(
      v.familyHead,
      v.families.map((f) => [h(f.label), f.score, ...f.counts.map(String)].map((c, i) => (i === 0 ? `<td>${c}</td>` : `<td class="num">${h(c)}</td>`))),
    ),
    `<p class="note">${h(v.scoreNote)}</p>`,
    '</section>',
    v.warnings.length ? `<section><h2>${h(t('report.section.warnings'))}</h2><ul>${v.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul></section>` : '',
    ...findingSection(t('report.section.findings'), v.findings, v),
    ...v.ownership.map((o) => ownership(o, v)),
    ...findingSection(t('report.section.unknown'), v.unknown, v),
    ...summarySection(t('report.section.waived'), v.waived, v),
    ...summarySection(t('report.section.passed'), v.passed, v),
    ...summarySection(t('report.section.not-applicable'), v.notApplicable, v),
    '</body>',
    '</html>',
  ];
  return out.filter((line) => line !== '').join('\n') + '\n';
};

function ownership(o: OwnershipView, v: ReadinessView): string {
  const num = (c: string) => `<td class="num">${h(c)}</td>`;
  const rows = o.rows.map((r) => [...r.slice(0, 3).map((c) => `<td>${h(c)}</td>`), ...r.slice(3).map(num)]);
  const paths = o.paths.map((p) => `<li>${h(p.holder)}<ul>${p.paths.map((x) => `<li>${h(x)}</li>`).join('')}</ul></li>`).join('');
  return [
    `<section><h2>${h(v.t('report.section.ownership'))}</h2>`,
    `<p><code>${h(o.file)}</code> — ${h(o.intro)}</p>`,
    o.rows.length ? table(o.head, rows) : '',
    paths ? `<h3>${h(v.t('report.ownership.paths'))}</h3><ul>${paths}</ul>` : '',
    o.figures.length ? table(o.figuresHead, o.figures.map((r) => r.map((c) => `<td>${h(c)}</td>`))) : '',
    ...o.notes.map((n) => `<h3>${h(n.title)}</h3><ul>${n.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`),
    '</section>',
  ].join('');
}

/** A table; header cells are escaped here, body cells arrive as finished `<td>` elements. */
function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function fieldTable(fields: Field[]): string {
  const value = (f: Field) => (f.code ? `<code>${h(f.value)}</code>` : h(f.value));
  return `<table class="fields"><tbody>${fields.map((f) => `<tr><th scope="row">${h(f.label)}</th><td>${value(f)}</td></tr>`).join('')}</tbody></table>`;
}

const status = (f: FindingView) => `<span class="status ${f.status}">${h(f.statusLabel)}</span>`;

function findingSection(heading: string, groups: FindingGroup[], v: ReadinessView): string[] {
  const out = [`<section class="major"><h2>${h(heading)}</h2>`];
  if (groups.length === 0) out.push(`<p>${h(v.t('report.none'))}</p>`);
  for (const g of groups) out.push(`<h3>${h(g.label)}</h3>`, ...g.findings.map((f) => finding(f, v)));
  return [...out, '</section>'];
}

function finding(f: FindingView, v: ReadinessView): string {
  const { t } = v;
  const row = (label: string, value: string) => (value ? `<dt>${h(label)}</dt><dd>${value}</dd>` : '');
  const details = f.details.length ? `<ul>${f.details.map((d) => `<li>${h(d)}</li>`).join('')}</ul>` : '';
  const evidence = f.evidence.length ? `<ul>${f.evidence.map((e) => `<li><code>${h(e)}</code></li>`).join('')}</ul>` : '';
  return [
    `<article class="finding ${f.status}">`,
    `<h4>${h(f.clause)} — ${h(f.title)}</h4>`,
    '<dl>',
    row(t('report.label.finding'), `${status(f)} <code>${h(f.ruleId)}</code> ${h(f.message)}${details}`),
    row(t('report.label.severity'), h(f.severityLabel)),
    row(t('report.label.location'), `<code>${h(f.location)}</code>${f.subject ? ` <code>${h(f.subject)}</code>` : ''}`),
    row(t('report.label.evidence'), evidence),
    row(t('report.label.rationale'), h(f.rationale)),
    row(t('report.label.remediation'), h(f.remediation)),
    '</dl>',
    '</article>',
  ].join('');
}

function summarySection(heading: string, findings: FindingView[], v: ReadinessView): string[] {
  const { t } = v;
  if (findings.length === 0) return [`<section><h2>${h(heading)}</h2><p>${h(t('report.none'))}</p></section>`];
  const head = [t('report.column.status'), t('report.column.clause'), t('report.column.rule'), t('report.column.finding'), t('report.column.location')];
  const rows = findings.map((f) => [
    `<td>${status(f)}</td>`,
    `<td>${h(f.clause)}</td>`,
    `<td><code>${h(f.ruleId)}</code></td>`,
    `<td>${[f.message, ...f.details].map(h).join('<br/>')}</td>`,
    `<td><code>${h(f.location)}</code></td>`,
  ]);
  return [`<section><h2>${h(heading)}</h2>`, table(head, rows), '</section>'];
}
