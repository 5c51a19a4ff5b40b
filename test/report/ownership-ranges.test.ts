// Holders known only by a range or listed with an undisclosed stake, as the Markdown and HTML reports and the
// holding graph show them: in the holders table with the range their share lies in, and on the graph's edges.
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/i18n/plain-format.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { holdingGraphSvg } from '../../src/report/svg-holding-graph.js';
import { translator } from '../../src/report/translator.js';
import { reportOf } from './shared-report.js';

/**
 * CloudCo: HoldCo 20–50% (HoldCo held 100% by a US person), a Swiss person undisclosed, a French founder 40%. At the
 * minimums 100 − 20 − 40 = 40% is left: HoldCo and the US person at most 20 + min(30, 40) = 50%, the Swiss person
 * 0% up to the 40% left.
 */
const RANGES = 'test/report/fixtures/ownership-ranges.yaml';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('ranges and undisclosed stakes in the reports', () => {
  it('Markdown lists each holder whose share is a range, with it, the undisclosed one marked', () => {
    const md = formatMarkdown(reportOf(RANGES), { color: false })
      .split('## Who holds the provider')[1]!
      .split('\n## ')[0]!;
    expect(md).toContain('| John Smith (US) | person | outside the EU | 20%–50% | 20%–50% | 20%–50% | 20%–50% |');
    expect(md).toContain('| Hans Muster (CH) | person | outside the EU | 0%–40%, undisclosed |');
    // An intermediate inside the EU listed with a range is a row too: a listed holder is never invisible.
    expect(md).toContain('| HoldCo SAS (FR) | company | EU | 20%–50% |');
    const fr = plain(formatMarkdown(reportOf(RANGES, 'fr'), { color: false }));
    expect(fr).toContain('0 %–40 %, non publiée');
  });

  it('HTML has the same holders table beside the graph', () => {
    const part = formatHtml(reportOf(RANGES), { color: false })
      .split('<section id="ownership">')[1]!
      .split('</section>')[0]!;
    expect(part).toContain('<table class="holders">');
    const cells = (row: string) => [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    const rows = [...part.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => cells(m[1]!)).filter((c) => c.length > 0);
    expect(rows).toContainEqual([
      'John Smith (US)',
      'person',
      'outside the EU',
      '20%–50%',
      '20%–50%',
      '20%–50%',
      '20%–50%',
    ]);
    expect(rows.find((r) => r[0] === 'Hans Muster (CH)')).toContain('0%–40%, undisclosed');
    expect(rows.map((r) => r[0])).toContain('HoldCo SAS (FR)');
    // On a narrow screen each cell says which column it is.
    expect(part).toContain('<td data-label="Capital, economic">20%–50%</td>');
  });

  it('the holding graph labels a range and an undisclosed stake as such, and each holder with the range of its share', () => {
    for (const [lang, range, undisclosed, node, describe] of [
      [
        'en',
        '20%–50%',
        'undisclosed',
        'outside the EU: CH · 0%–40%',
        'Hans Muster holds an undisclosed stake in CloudCo SAS',
      ],
      [
        'fr',
        '20 %–50 %',
        'non publiée',
        'hors UE : CH · 0 %–40 %',
        'Hans Muster détient une participation non publiée dans CloudCo SAS',
      ],
    ] as const) {
      const t = translator(lang);
      const svg = plain(holdingGraphSvg(reportOf(RANGES, lang).ownership![0]!, t, (n) => formatPercent(n, lang), 'g'));
      expect(svg).toMatch(new RegExp(`<text class="edge-text"[^>]*>${range}</text>`));
      expect(svg).toMatch(new RegExp(`<text class="edge-text"[^>]*>${undisclosed}</text>`));
      expect(svg).toContain(`>${node}</text>`);
      expect(svg).toContain(describe);
    }
  });
});
