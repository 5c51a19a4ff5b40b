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
  const svg = (cls: string, w: number, ht: number, body: string, sid: string) =>
    `<svg role="img" aria-labelledby="${sid}-title ${sid}-desc" viewBox="0 0 ${w} ${ht}" width="${w}" height="${ht}" class="${cls}">` +
    `<title id="${sid}-title">${h(words.title)}</title><desc id="${sid}-desc">${h(desc)}</desc>${body}</svg>`;
  // A phone shows the narrow chart, each family's name and score above its bar, so that its text stays legible.
  return `<figure class="chart">${svg('wide', width, height, parts.join(''), id)}${narrowChart(scores, words, (w, ht, body) => svg('narrow', w, ht, body, `${id}n`))}</figure>`;
}

const NARROW = 360;
const NARROW_ROW = 38;

/** The chart for a narrow screen: a row per family, its name and score on a line and its bar under them. */
function narrowChart(
  scores: readonly FamilyScore[],
  words: ChartWords,
  svg: (width: number, height: number, body: string) => string,
): string {
  const parts: string[] = [];
  scores.forEach((f, i) => {
    const y = 4 + i * NARROW_ROW;
    const applicable = f.pass + f.waived + f.unknown + f.fail;
    parts.push(`<text class="name" x="0" y="${y + 13}">${h(words.family(f.family))}</text>`);
    parts.push(`<text class="value end" x="${NARROW}" y="${y + 13}">${h(words.score(f))}</text>`);
    parts.push(`<rect class="track" x="0" y="${y + 18}" width="${NARROW}" height="14" rx="3"/>`);
    let x = 0;
    for (const kind of ['pass', 'waived', 'unknown', 'fail'] as const) {
      if (applicable === 0 || f[kind] === 0) continue;
      const w = (NARROW * f[kind]) / applicable;
      parts.push(`<rect class="${kind}" x="${x.toFixed(2)}" y="${y + 18}" width="${w.toFixed(2)}" height="14"/>`);
      x += w;
    }
  });
  const keyTop = 4 + scores.length * NARROW_ROW + 8;
  (['pass', 'waived', 'unknown', 'fail'] as const).forEach((kind, k) => {
    const kx = (k % 2) * (NARROW / 2);
    const ky = keyTop + Math.floor(k / 2) * 20 + 12;
    parts.push(
      `<rect class="${kind}" x="${kx}" y="${ky - 10}" width="12" height="12" rx="2"/><text class="key" x="${kx + 17}" y="${ky}">${h(words.keys[kind])}</text>`,
    );
  });
  return svg(NARROW, keyTop + 44, parts.join(''));
}
