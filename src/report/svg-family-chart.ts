// The score of each family as an inline SVG bar chart: met, waived, to be documented and not met, out of the
// applicable verdicts, with the score written at the end of each bar.

import { escapeXml as h } from './escape.js';
import type { FamilyScore } from './group.js';

const LABEL = 210;
const BAR = 330;
const ROW = 19;
const VALUE = 130;
const TOP = 8;
const KEY = 28;

/** Words the chart needs, in the report's language. */
export interface ChartWords {
  title: string;
  family: (f: FamilyScore['family']) => string;
  score: (f: FamilyScore) => string;
  keys: { pass: string; waived: string; unknown: string; fail: string };
}

/** The family scores as one SVG image, described for screen readers by its title and a sentence per family. */
export function familyChartSvg(scores: readonly FamilyScore[], words: ChartWords, id: string): string {
  const width = LABEL + BAR + VALUE;
  const height = TOP + scores.length * ROW + KEY;
  const parts: string[] = [];
  scores.forEach((f, i) => {
    const y = TOP + i * ROW;
    const applicable = f.pass + f.waived + f.unknown + f.fail;
    parts.push(`<text class="label" x="${LABEL - 10}" y="${y + 15}">${h(words.family(f.family))}</text>`);
    parts.push(`<rect class="track" x="${LABEL}" y="${y + 3}" width="${BAR}" height="16" rx="3"/>`);
    let x = LABEL;
    for (const kind of ['pass', 'waived', 'unknown', 'fail'] as const) {
      if (applicable === 0 || f[kind] === 0) continue;
      const w = (BAR * f[kind]) / applicable;
      parts.push(`<rect class="${kind}" x="${x.toFixed(2)}" y="${y + 3}" width="${w.toFixed(2)}" height="16"/>`);
      x += w;
    }
    parts.push(`<text class="value" x="${LABEL + BAR + 8}" y="${y + 15}">${h(words.score(f))}</text>`);
  });
  const keyY = TOP + scores.length * ROW + 18;
  let kx = LABEL;
  for (const kind of ['pass', 'waived', 'unknown', 'fail'] as const) {
    parts.push(
      `<rect class="${kind}" x="${kx}" y="${keyY - 10}" width="12" height="12" rx="2"/><text class="key" x="${kx + 17}" y="${keyY}">${h(words.keys[kind])}</text>`,
    );
    kx += 30 + [...words.keys[kind]].length * 7;
  }
  const desc = scores.map((f) => `${words.family(f.family)}: ${words.score(f)}`).join('; ');
  return (
    `<figure class="chart"><svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="${id}-title">${h(words.title)}</title><desc id="${id}-desc">${h(desc)}</desc>${parts.join('')}</svg></figure>`
  );
}
