// The ownership view made safe for a terminal: every text neutral, names and ids from the description included.

import type { OwnershipView } from '../../report/ownership-view.js';
import { neutral } from '../../core/neutral.js';

/** The view with every text neutral: names and ids from the description are inside its lines. */
export function neutralView(v: OwnershipView): OwnershipView {
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
