// The text of `snc ownership`: the ownership view laid out for a terminal, holders in a table, colour when asked.

import { Chalk } from 'chalk';
import type { Lang } from '../../i18n/types.js';
import type { ProviderOwnership } from '../../model/ownership/types.js';
import { drawTable, fitWidths } from '../../report/draw-table.js';
import { ownershipView } from '../../report/ownership-view.js';
import { neutralView } from './neutral-ownership-view.js';

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
