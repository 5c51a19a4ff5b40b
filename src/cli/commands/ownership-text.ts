// The text of `snc ownership`: the ownership view laid out for a terminal, holders in a table, colour when asked.

import { Chalk } from 'chalk';
import type { Lang } from '../../i18n/types.js';
import type { ProviderOwnership } from '../../model/ownership/types.js';
import { drawTable, fitWidths } from '../../report/draw-table.js';
import { ownershipView, type OwnershipView } from '../../report/ownership-view.js';
import { neutral } from '../../neutral.js';

/** The analysis as text in a language; colour only when asked. Every line is neutral text before it is coloured. */
export function formatOwnershipText(o: ProviderOwnership, lang: Lang, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const v = neutralView(ownershipView(o, lang));
  const out: string[] = [c.bold(v.title)];
  if (v.notApplicable) return [...out, v.notApplicable].join('\n') + '\n';
  const section = (title: string) => out.push('', c.bold.underline(title));

  section(v.titles.holders);
  if (v.holders.length === 0) out.push(v.none);
  else {
    const paint = { 'non-eu': c.red, unknown: c.yellow } as Record<string, (s: string) => string>;
    const rows = v.holders.map((h) =>
      h.cells.map((cell, i) => (i === 0 && paint[h.jurisdiction] ? paint[h.jurisdiction]!(cell) : cell)),
    );
    out.push(
      drawTable(v.head, rows, fitWidths(v.head, rows), {
        align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
      }),
    );
  }
  out.push(v.explained);

  section(v.titles.figures);
  out.push(...v.figures.map((f) => `  ${f}`));

  if (v.paths.length > 0) {
    section(v.titles.paths);
    out.push(c.dim(v.legend));
    for (const p of v.paths) out.push(c.bold(p.holder), ...p.lines.map((l) => `  ${l}`));
  }

  section(v.titles.unexplained);
  out.push(...(v.unexplained.length > 0 ? v.unexplained.map((l) => `  ${l}`) : [v.none]));

  section(v.titles.control);
  out.push(...v.control.map((l) => (l.outside ? c.red(l.text) : l.text)));

  section(v.titles.rights);
  out.push(...(v.rights.length > 0 ? v.rights.map((l) => `  ${l}`) : [v.none]));
  return out.join('\n') + '\n';
}

/** The view with every text neutral: names and ids from the description are inside its lines. */
function neutralView(v: OwnershipView): OwnershipView {
  const n = (lines: string[]) => lines.map(neutral);
  return {
    ...v,
    title: neutral(v.title),
    ...(v.notApplicable ? { notApplicable: neutral(v.notApplicable) } : {}),
    titles: { ...v.titles, rights: neutral(v.titles.rights) },
    holders: v.holders.map((h) => ({ ...h, cells: n(h.cells) })),
    figures: n(v.figures),
    paths: v.paths.map((p) => ({ holder: neutral(p.holder), lines: n(p.lines) })),
    unexplained: n(v.unexplained),
    control: v.control.map((c) => ({ ...c, text: neutral(c.text) })),
    rights: n(v.rights),
  };
}
