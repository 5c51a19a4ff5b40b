// HTML readiness report: one self-contained page (inline CSS and SVG, no script, nothing fetched), printable to PDF.

import { escapeXml as h } from './escape.js';
import type { Formatter } from './formatter.js';
import { HTML_STYLE } from './html-style.js';
import { inlineParts } from './inline.js';
import {
  readinessView,
  type Field,
  type FileView,
  type ReadinessView,
  type RuleBlock,
  type SubjectView,
} from './readiness.js';
import { familyChartSvg } from './svg-family-chart.js';
import { holdingGraphSvg } from './svg-holding-graph.js';
import { holdersShown } from './ownership-view.js';

/** Text with its `code` spans as code. */
const inline = (text: string) =>
  inlineParts(text)
    .map((p) => (p.code ? `<code>${h(p.text)}</code>` : h(p.text)))
    .join('');
/** A path, a location or a pointer: it may break after a slash, never inside a name. */
const path = (s: string) =>
  `<code class="path">${s
    .split(/(?<=\/)/)
    .map((part) => `<span>${h(part)}</span>`)
    .join('<wbr/>')}</code>`;
const id = (s: string) => `<code class="id">${h(s)}</code>`;

/** The readiness report as one self-contained HTML page. */
export const formatHtml: Formatter = (report) => {
  const v = readinessView(report);
  const { t } = v;
  const sections = (f: FileView) => [
    [`${f.anchor}not-met`, t('report.section.findings')],
    [`${f.anchor}facts`, t('report.section.facts')],
    ...(f.baseline ? [[`${f.anchor}fixed`, t('report.section.fixed')]] : []),
    [`${f.anchor}waivers`, t('report.section.waivers')],
    ...(f.ownership && !f.ownership.view.notApplicable
      ? [[`${f.anchor}ownership`, t('report.section.ownership-short')]]
      : []),
    [`${f.anchor}met`, t('report.section.passed')],
  ];
  const toc = v.files.flatMap((f) =>
    v.files.length > 1 ? [[`${f.anchor}file`, f.heading], ...sections(f)] : sections(f),
  );
  toc.push(['provenance', t('report.section.provenance')]);
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
    '<main>',
    '<header class="cover">',
    `<p class="kicker">${h(t('report.title'))}</p>`,
    `<h1>${h(v.title)}</h1>`,
    ...v.files.map((f, i) => cover(f, v, i)),
    `<nav aria-labelledby="toc"><h2 id="toc">${h(t('report.toc'))}</h2><ol>${toc.map(([href, label]) => `<li><a href="#${href}">${h(label!)}</a></li>`).join('')}</ol></nav>`,
    '</header>',
    ...v.files.flatMap((f, i) => body(f, v, i)),
    `<section id="provenance" class="appendix"><h2>${h(t('report.section.provenance'))}</h2>${fields(v.provenance)}</section>`,
    '</main>',
    '</body>',
    '</html>',
  ];
  return out.filter((line) => line !== '').join('\n') + '\n';
};

function cover(f: FileView, v: ReadinessView, index: number): string {
  const { t } = v;
  const chart = familyChartSvg(
    f.scores,
    {
      title: t('report.chart.title'),
      family: (family) => t(`family.${family}`),
      score: v.score,
      keys: {
        pass: t('report.chart.pass'),
        waived: t('report.chart.waived'),
        unknown: t('report.chart.unknown'),
        fail: t('report.chart.fail'),
      },
    },
    `chart${index + 1}`,
  );
  return [
    // The file's name may break after a slash on a narrow screen, never inside a name.
    v.files.length > 1 ? `<h2 id="${f.anchor}file">${f.heading.split(f.file).map(h).join(path(f.file))}</h2>` : '',
    `<dl class="facts">${f.facts.map((x) => `<div><dt>${h(x.label)}</dt><dd>${h(x.value)}</dd></div>`).join('')}</dl>`,
    `<div class="verdict ${f.compliant ? 'compliant' : 'not-compliant'}"><p class="verdict-word">${h(f.verdict)}</p><p>${h(f.verdictLine)}</p>${f.sourcesNote ? `<p class="note">${h(f.sourcesNote)}</p>` : ''}</div>`,
    v.warnings.length && index === v.files.length - 1
      ? `<div class="warnings"><h2>${h(t('report.section.warnings'))}</h2><ul>${v.warnings.map((w) => `<li>${inline(w)}</li>`).join('')}</ul></div>`
      : '',
    chart,
  ].join('');
}

function body(f: FileView, v: ReadinessView, index: number): string[] {
  const { t } = v;
  const level = v.files.length > 1 ? 3 : 2;
  const section = (key: string, title: string, content: string) =>
    `<section id="${f.anchor}${key}"><h${level}>${h(title)}</h${level}>${content}</section>`;
  const o = f.ownership;
  return [
    section(
      'not-met',
      t('report.section.findings'),
      f.notMet.length
        ? f.notMet.map((b) => rule(b, v, level + 1)).join('')
        : `<p>${h(t('report.nothing-not-met'))}</p>`,
    ),
    section(
      'facts',
      t('report.section.facts'),
      (f.toProvide.length
        ? `<p class="note">${inline(t('report.facts-intro'))}</p>${f.toProvide.map((b) => checklist(b, v, level + 1)).join('')}`
        : f.toAttest.length
          ? ''
          : `<p>${h(t('report.nothing-to-provide'))}</p>`) + toAttest(f, v, level + 1),
    ),
    f.baseline
      ? section(
          'fixed',
          t('report.section.fixed'),
          `<p>${h(f.baseline.counts)}</p>${
            f.baseline.fixed.length
              ? `<ul class="fixed">${f.baseline.fixed.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`
              : `<p>${h(t('report.nothing-fixed'))}</p>`
          }`,
        )
      : '',
    section(
      'waivers',
      t('report.section.waivers'),
      f.waived.length || f.attested.length
        ? f.waived.map((b) => rule(b, v, level + 1)).join('') + attested(f)
        : `<p>${h(t('report.no-waivers'))}</p>`,
    ),
    o && !o.view.notApplicable ? section('ownership', t('report.section.ownership-short'), ownership(f, v, index)) : '',
    section('met', t('report.section.passed'), met(f, v)),
  ];
}

function rule(b: RuleBlock, v: ReadinessView, level: number): string {
  const { t } = v;
  return [
    `<article class="rule ${b.status}">`,
    heading(b, level),
    b.rationale ? labelled(v, t('report.label.rationale'), b.rationale) : '',
    b.remediation ? labelled(v, t('report.label.what-to-do'), b.remediation) : '',
    `<ul class="subjects">${b.subjects.map((s) => `<li>${inline(s.message)}${details(s.details)} ${path(s.location)}${grounds(s)}</li>`).join('')}</ul>`,
    '</article>',
  ].join('');
}

/** The requirements an auditor must attest, one line each, under one heading and one thing to do. */
function toAttest(f: FileView, v: ReadinessView, level: number): string {
  if (f.toAttest.length === 0) return '';
  const { t } = v;
  const items = f.toAttest.map(
    (b) =>
      `<li><span class="clause">${h(b.clauses)}</span> ${inline(b.title)} ${id(b.ruleId)}${b.meta ? ` <span class="meta">${h(b.meta)}</span>` : ''}${b.subjects.map((s) => `<div class="note">${inline(s.message)}</div>`).join('')}</li>`,
  );
  return [
    `<article class="rule unknown"><h${level}>${h(t('report.to-attest'))}</h${level}>`,
    `<ul class="checklist">${items.join('')}</ul>`,
    labelled(v, t('report.label.what-to-do'), t('report.to-attest-what')),
    '</article>',
  ].join('');
}

function checklist(b: RuleBlock, v: ReadinessView, level: number): string {
  return [
    `<article class="rule unknown">`,
    heading(b, level),
    `<ul class="checklist">${b.subjects.map((s) => `<li>${inline(s.message)}${details(s.details)} ${path(s.location)}${grounds(s)}</li>`).join('')}</ul>`,
    b.remediation ? labelled(v, v.t('report.label.what-to-do'), b.remediation) : '',
    '</article>',
  ].join('');
}

/** A paragraph `label: text` as the language writes it, the label in bold, the text with its code spans. */
function labelled(v: ReadinessView, label: string, text: string): string {
  const [before, after] = h(v.t('report.labelled', { label: '\uE000', value: '\uE001' })).split('\uE001') as [
    string,
    string,
  ];
  return `<p>${before.replace('\uE000', `<strong>${h(label)}</strong>`)}${inline(text)}${after}</p>`;
}

/** A rule's heading: its clauses, its title, its id, and its severity when it is not an error. */
const heading = (b: RuleBlock, level: number) =>
  `<h${level}><span class="clause">${h(b.clauses)}</span> ${inline(b.title)} ${id(b.ruleId)}${b.meta ? ` <span class="meta">${h(b.meta)}</span>` : ''}</h${level}>`;

/** What a subject's verdict rests on, as a note under it. */
const grounds = (s: SubjectView) => (s.basedOn ? `<div class="note">${inline(s.basedOn)}</div>` : '');

const details = (lines: string[]) =>
  lines.length ? `<ul class="details">${lines.map((d) => `<li>${inline(d)}</li>`).join('')}</ul>` : '';

function ownership(f: FileView, v: ReadinessView, index: number): string {
  const o = f.ownership!;
  const graph = holdingGraphSvg(o.analysis, v.t, (n) => v.pct(n), `graph${index + 1}`);
  const level = v.files.length > 1 ? 4 : 3;
  const heading = (text: string) => `<h${level}>${h(text)}</h${level}>`;
  // The holders as a table too: the graph leaves some out beyond about thirty entities.
  const shown = holdersShown(o.view);
  const table = shown.length
    ? `<table class="holders"><thead><tr>${o.view.head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${shown
        .map(
          (x) =>
            `<tr${x.jurisdiction === 'non-eu' ? ' class="outside"' : ''}>${x.cells.map((c, i) => `<td data-label="${h(o.view.head[i]!)}">${h(c)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  return [
    graph,
    table,
    heading(o.view.titles.control),
    `<ul>${o.view.control.map((x) => `<li${x.outside ? ' class="outside"' : ''}>${inline(x.text)}</li>`).join('')}</ul>`,
    o.view.unexplained.length
      ? `${heading(o.view.titles.unexplained)}<ul>${o.view.unexplained.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`
      : '',
    o.analysis.specialRights.length
      ? `${heading(o.view.titles.rights)}<ul>${o.view.rights.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`
      : '',
  ].join('');
}

/** The verdicts an auditor attested: the requirement, and who attested what, when and until when. */
function attested(f: FileView): string {
  if (f.attested.length === 0) return '';
  return `<ul class="attested">${f.attested
    .map(
      (b) =>
        `<li><span class="clause">${h(b.clauses)}</span> ${inline(b.title)} ${id(b.ruleId)}<ul>${b.subjects.map((s) => `<li>${inline(s.message)}${grounds(s)}</li>`).join('')}</ul></li>`,
    )
    .join('')}</ul>`;
}

function met(f: FileView, v: ReadinessView): string {
  const { t } = v;
  const table = f.met.length
    ? `<table class="met"><thead><tr><th scope="col">${h(t('report.column.clause'))}</th><th scope="col">${h(t('report.column.requirement'))}</th><th scope="col">${h(t('report.column.subjects'))}</th></tr></thead><tbody>${f.met
        .map(
          (m) =>
            `<tr><td class="clause">${h(m.clauses)}</td><td>${inline(m.title)}${m.basedOn ? `<div class="note">${inline(m.basedOn)}</div>` : ''}</td><td class="num">${h(m.subjects)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${h(t('report.nothing-met'))}</p>`;
  return table + (f.notApplicable ? `<p class="note">${h(f.notApplicable)}</p>` : '');
}

function fields(list: Field[]): string {
  const value = (f: Field) =>
    f.code
      ? /[0-9a-f]{64}$/.test(f.value)
        ? `<code class="hash">${h(f.value)}</code>`
        : path(f.value)
      : inline(f.value);
  return `<table class="fields"><tbody>${list.map((f) => `<tr><th scope="row">${h(f.label)}</th><td>${value(f)}</td></tr>`).join('')}</tbody></table>`;
}
