// The inline stylesheet of the html report: readable on screen, A4 pages in print, no external resource.

export const HTML_STYLE = `
:root { --fail: #b3261e; --unknown: #8a5a00; --pass: #1e6b34; --waived: #1f5f8b; --na: #5f6368; --line: #d0d4d9; --soft: #f4f6f8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 1.5rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .6rem; }
h4 { font-size: 1rem; margin: 0 0 .4rem; }
code { font: .85em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: var(--soft); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.fields th { width: 16rem; }
.verdict { border: 2px solid; border-radius: .5rem; padding: .8rem 1rem; margin: .5rem 0 1rem; }
.verdict strong { font-size: 1.2rem; display: block; }
.verdict.compliant { border-color: var(--pass); background: #eef7f0; }
.verdict.not-compliant { border-color: var(--fail); background: #fbeeed; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--na); border-radius: .3rem; padding: .7rem 1rem; margin: 0 0 .9rem; }
.finding.fail { border-left-color: var(--fail); }
.finding.unknown { border-left-color: var(--unknown); }
.finding dl { display: grid; grid-template-columns: 11rem 1fr; gap: .25rem .8rem; margin: .4rem 0 0; }
.finding dt { font-weight: 600; }
.finding dd { margin: 0; }
.finding ul { margin: .2rem 0 0; padding-left: 1.2rem; }
.status { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .45rem; border-radius: .6rem; color: #fff; background: var(--na); white-space: nowrap; }
.status.fail { background: var(--fail); }
.status.unknown { background: var(--unknown); }
.status.pass { background: var(--pass); }
.status.waived { background: var(--waived); }
.note { color: #4a5058; font-size: .9rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  section.major { break-before: page; }
  .finding, tr, .verdict { break-inside: avoid; }
  thead { display: table-header-group; }
  .status { border: 1px solid #000; }
}
`;
