// Markdown readiness report: the verdict and the score per family first, then each requirement not met written once
// with its subjects under it, the facts to provide as a checklist, waivers, who holds the provider, what is met.

import { codeMarkdown as code, escapeMarkdown as md } from './escape.js';
import type { Formatter } from './formatter.js';
import { inlineParts } from './inline.js';
import { headingAnchor } from './rule-links.js';
import { readinessView, type FileView, type ReadinessView, type RuleBlock } from './readiness.js';
import { holdersShown } from './ownership-view.js';

/** Text with its `code` spans as code spans, the rest escaped. */
const inline = (text: string) =>
  inlineParts(text)
    .map((p) => (p.code ? code(p.text) : md(p.text)))
    .join('');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function slugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = headingAnchor(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}

/** The readiness report in Markdown. */
export const formatMarkdown: Formatter = (report) => {
  const v = readinessView(report);
  const { t } = v;
  const slug = slugger();
  const toc: [string, string][] = [];
  const heading = (level: number, text: string, listed = true) => {
    const anchor = slug(text);
    if (listed) toc.push([text, anchor]);
    return `${'#'.repeat(level)} ${md(text)}`;
  };
  slug(v.title);
  const body: string[] = [];
  const several = v.files.length > 1;
  for (const f of v.files) {
    if (several) body.push(heading(2, f.heading), '');
    body.push(...fileBody(f, v, several ? 3 : 2, heading));
  }
  body.push(
    heading(2, t('report.section.provenance')),
    '',
    '| | |',
    '| --- | --- |',
    ...v.provenance.map((p) => `| ${md(p.label)} | ${p.code ? code(p.value) : inline(p.value)} |`),
    '',
  );
  const out = [`# ${md(v.title)}`, '', `_${md(t('report.title'))}_`, ''];
  for (const f of v.files) out.push(...cover(f, v, several));
  out.push(...warnings(v));
  out.push(
    `**${md(t('report.toc'))}**`,
    '',
    ...toc.map(([text, anchor]) => `- [${md(text)}](#${anchor})`),
    '',
    ...body,
  );
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n+$/, '\n');
};

function cover(f: FileView, v: ReadinessView, several: boolean): string[] {
  const { t } = v;
  return [
    ...(several ? [`**${md(f.heading)}**`, ''] : []),
    f.facts.map((x) => t('report.labelled', { label: `**${md(x.label)}**`, value: md(x.value) })).join('  \n'),
    '',
    `> **${md(f.verdict)}** — ${md(f.verdictLine)}`,
    '>',
    `> ${md(f.verdictExplained)} ${md(f.glance)}`,
    '',
    `| ${md(t('report.column.family'))} | ${md(t('report.column.score'))} |`,
    '| --- | --- |',
    ...f.scores.map((s) => `| ${md(t(`family.${s.family}`))} | ${md(v.score(s))} |`),
    '',
    `_${md(f.counts)}_`,
    '',
    ...(f.sourcesNote ? [`_${md(f.sourcesNote)}_`, ''] : []),
  ];
}

/** The report's warnings, after page one. */
function warnings(v: ReadinessView): string[] {
  return v.warnings.length
    ? [`**${md(v.t('report.section.warnings'))}**`, '', ...v.warnings.map((w) => `- ${inline(w)}`), '']
    : [];
}

function fileBody(
  f: FileView,
  v: ReadinessView,
  level: number,
  heading: (level: number, text: string, listed?: boolean) => string,
): string[] {
  const { t } = v;
  const out: string[] = [heading(level, t('report.section.findings')), ''];
  if (f.notMet.length === 0) out.push(md(t('report.nothing-not-met')), '');
  for (const b of f.notMet) out.push(...rule(b, v, level + 1, '-', heading));

  out.push(heading(level, t('report.section.facts')), '');
  if (f.toProvide.length === 0 && f.toAttest.length === 0) out.push(md(t('report.nothing-to-provide')), '');
  else if (f.toProvide.length) out.push(`_${inline(t('report.facts-intro'))}_`, '');
  for (const b of f.toProvide) out.push(...rule(b, v, level + 1, '- [ ]', heading));
  if (f.toAttest.length) {
    out.push(heading(level + 1, t('report.to-attest'), false), '');
    for (const b of f.toAttest)
      out.push(
        `- [ ] ${md(b.clauses)} — ${inline(b.title)} (${code(b.ruleId)})${b.meta ? ` _${md(b.meta)}_` : ''}`,
        ...b.subjects.map((s) => `  - ${inline(s.message)}`),
      );
    out.push('', inline(t('report.to-attest-what')), '');
  }

  if (f.baseline) {
    out.push(heading(level, t('report.section.fixed')), '', md(f.baseline.counts), '');
    if (f.baseline.fixed.length === 0) out.push(md(t('report.nothing-fixed')), '');
    else out.push(...f.baseline.fixed.map((x) => `- ${inline(x)}`), '');
  }

  out.push(heading(level, t('report.section.waivers')), '');
  if (f.waived.length === 0 && f.attested.length === 0) out.push(md(t('report.no-waivers')), '');
  for (const b of f.waived) out.push(...rule(b, v, level + 1, '-', heading));
  for (const b of f.attested)
    out.push(
      `- ${md(b.clauses)} — ${inline(b.title)} (${code(b.ruleId)})`,
      ...b.subjects.flatMap((s) => [
        `  - ${inline(s.message)}`,
        ...(s.basedOn ? [`    - _${inline(s.basedOn)}_`] : []),
      ]),
    );
  if (f.attested.length) out.push('');

  const o = f.ownership?.view;
  if (o && !o.notApplicable) {
    out.push(heading(level, t('report.section.ownership-short')), '');
    const rows = holdersShown(o).map((x) => `| ${x.cells.map(md).join(' | ')} |`);
    if (rows.length)
      out.push(`| ${o.head.map(md).join(' | ')} |`, `|${o.head.map(() => ' --- ').join('|')}|`, ...rows, '');
    out.push(
      ...o.control.map((x) => `- ${inline(x.text)}`),
      ...o.unexplained.map((x) => `- ${inline(x)}`),
      ...o.rights.map((x) => `- ${inline(x)}`),
      '',
    );
  }

  out.push(heading(level, t('report.section.passed')), '');
  if (f.met.length === 0) out.push(md(t('report.nothing-met')), '');
  else
    out.push(
      `| ${md(t('report.column.clause'))} | ${md(t('report.column.requirement'))} | ${md(t('report.column.subjects'))} |`,
      '| --- | --- | --- |',
      ...f.met.map(
        (m) =>
          `| ${md(m.clauses)} | ${inline(m.title)}${m.basedOn ? `<br>_${inline(m.basedOn)}_` : ''} | ${md(m.subjects)} |`,
      ),
      '',
    );
  if (f.notApplicable) out.push(`_${md(f.notApplicable)}_`, '');
  return out;
}

function rule(
  b: RuleBlock,
  v: ReadinessView,
  level: number,
  bullet: string,
  heading: (level: number, text: string, listed?: boolean) => string,
): string[] {
  const { t } = v;
  const labelled = (label: string, text: string) =>
    t('report.labelled', { label: `**${md(label)}**`, value: inline(text) });
  return [
    `${heading(level, `${b.clauses} — ${b.title}`, false)} (${code(b.ruleId)})`,
    '',
    ...(b.meta ? [`_${md(b.meta)}_`, ''] : []),
    ...(b.rationale ? [labelled(t('report.label.rationale'), b.rationale), ''] : []),
    ...(b.remediation ? [labelled(t('report.label.what-to-do'), b.remediation), ''] : []),
    ...b.subjects.flatMap((s) => [
      `${bullet} ${inline(s.message)} (${code(s.location)})`,
      ...s.details.map((d) => `  - ${inline(d)}`),
      ...(s.basedOn ? [`  - _${inline(s.basedOn)}_`] : []),
    ]),
    '',
  ];
}
