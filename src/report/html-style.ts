// The inline stylesheet of the html report: readable on a phone and on screen, compact A4 pages in print.

export const HTML_STYLE = `
:root { --fail: #a4221b; --unknown: #7a4f00; --pass: #1c6431; --waived: #1f5a85; --line: #cfd4da; --soft: #f3f5f7; --ink: #1b1f24; --muted: #4a5058; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; }
main { max-width: 58rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.02rem; margin: 1.1rem 0 .3rem; }
h4 { font-size: .95rem; margin: .8rem 0 .2rem; }
p { margin: .3rem 0; }
p, li { overflow-wrap: break-word; }
ul { margin: .2rem 0; padding-left: 1.2rem; }
code { font: .86em/1.35 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--soft); padding: 0 .2em; border-radius: 3px; }
code.id, .clause { white-space: nowrap; }
td.clause { white-space: normal; }
code.path span { white-space: nowrap; }
code.hash, li > code { overflow-wrap: anywhere; }
.kicker { color: var(--muted); margin: 0 0 .2rem; font-size: .95rem; }
dl.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .3rem 1.2rem; margin: 0 0 .8rem; }
dl.facts div { min-width: 0; }
dl.facts dt { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
dl.facts dd { margin: 0; font-weight: 600; overflow-wrap: break-word; }
.verdict { border: 2px solid; border-radius: .5rem; padding: .6rem .9rem; margin: .4rem 0 .8rem; }
.verdict-word { font-size: 1.25rem; font-weight: 700; margin: 0; }
.verdict.compliant { border-color: var(--pass); background: #eef7f0; }
.verdict.not-compliant { border-color: var(--fail); background: #fbeeed; }
figure { margin: .6rem 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
.chart .label { font-size: 13px; text-anchor: end; }
.chart .value, .chart .key { font-size: 12px; }
.chart .name { font-size: 13px; } .chart .value.end { text-anchor: end; }
.chart svg.narrow { display: none; }
.chart .track { fill: var(--soft); stroke: var(--line); }
.chart .pass { fill: var(--pass); } .chart .waived { fill: var(--waived); } .chart .unknown { fill: #c98a00; } .chart .fail { fill: var(--fail); }
.graph .node rect { fill: #fff; stroke: #8a939c; stroke-width: 1.2; }
.graph .node.provider rect { stroke: var(--ink); stroke-width: 2.4; }
.graph .node.outside rect, .graph .node-key.outside { fill: #fbeeed; stroke: var(--fail); stroke-width: 2.4; }
.graph .node.unplaced rect { stroke: #c98a00; stroke-dasharray: 5 3; stroke-width: 1.8; }
.graph .name { font-size: 12.5px; font-weight: 600; }
.graph .where { font-size: 11.5px; fill: var(--muted); }
.graph .edge { fill: none; stroke: #6b747d; stroke-width: 1.4; }
.graph .edge.control { stroke: var(--waived); stroke-width: 3.2; }
.graph .edge.control.outside { stroke: var(--fail); }
.graph .arrow { fill: #6b747d; }
.graph .edge-label { fill: #fff; stroke: var(--line); }
.graph .edge-text { font-size: 12px; text-anchor: middle; }
.graph .legend text { font-size: 12px; }
nav ol { columns: 2 14rem; margin: .2rem 0; padding-left: 1.4rem; }
nav a { color: #174d80; }
.rule { border-left: 4px solid var(--line); padding: .1rem 0 .3rem .8rem; margin: 0 0 .9rem; }
.rule.fail { border-left-color: var(--fail); }
.rule.unknown { border-left-color: #c98a00; }
.rule.waived { border-left-color: var(--waived); }
.rule h3, .rule h4 { margin-top: .2rem; }
.clause { color: var(--muted); font-weight: 600; margin-right: .35rem; }
.meta { font-size: .8rem; color: var(--muted); font-weight: 400; }
.rule h3 code.id, .rule h4 code.id { font-size: .72rem; font-weight: 400; color: var(--muted); }
ul.details { font-size: .88em; color: var(--muted); }
ul.subjects > li, ul.checklist > li { margin: .15rem 0; }
ul.checklist { list-style: none; padding-left: 1.3rem; }
ul.checklist > li::before { content: "☐"; margin-left: -1.3rem; width: 1.3rem; display: inline-block; }
li.outside { color: var(--fail); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--soft); font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
table.fields th { width: 13rem; }
.note { color: var(--muted); font-size: .88rem; }
.warnings { border: 1px solid #c98a00; background: #fdf6e7; border-radius: .4rem; padding: .2rem .8rem .4rem; margin: .4rem 0; }
.warnings h2 { font-size: 1rem; border: 0; margin: .3rem 0; }
@media (max-width: 40rem) {
  main { padding: 1rem .7rem 2rem; }
  table.fields th { width: auto; }
  table.fields th, table.fields td { display: block; border-top: 0; }
  table.fields tr:first-child th { border-top: 1px solid var(--line); }
  table.holders thead { display: none; }
  table.holders tr, table.holders td { display: block; }
  table.holders td { border-top: 0; }
  table.holders tr { border-top: 1px solid var(--line); margin-bottom: .4rem; }
  table.holders td::before { content: attr(data-label) ": "; font-weight: 600; }
  .chart svg.wide { display: none; }
  .chart svg.narrow { display: block; }
}
@page { size: A4; margin: 11mm 11mm 12mm; }
@media print {
  .chart svg.wide { display: block; }
  .chart svg.narrow { display: none; }
  html { font-size: 8.4pt; }
  body { font-size: 1rem; line-height: 1.2; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 17pt; }
  h2 { font-size: 12pt; margin-top: .7rem; break-after: avoid-page; }
  h3, h4 { break-after: avoid; font-size: 9.4pt; }
  .rule { margin-bottom: .45rem; }
  p, ul { margin-top: .15rem; margin-bottom: .15rem; }
  tr, li, .verdict, figure, dl.facts, nav { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  nav a { color: var(--ink); text-decoration: none; }
  nav ol { columns: 2; }
  thead { display: table-header-group; }
  .appendix, table.met { font-size: 7.8pt; }
  table.met th, table.met td { padding: .05rem .35rem; }
}
`;
