// The two pictures of the readiness report as inline SVG: the family chart and the holding graph, which stays
// legible by drawing at most about thirty entities and saying how many more there are.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { formatPercent } from '../../src/i18n/plain-format.js';
import { familyScores } from '../../src/report/group.js';
import { MAX_DRAWN, holdingGraphSvg } from '../../src/report/svg-holding-graph.js';
import { familyChartSvg } from '../../src/report/svg-family-chart.js';
import { translator } from '../../src/report/translator.js';
import { DATE, OWNERSHIP, reportOf } from './shared-report.js';

const t = translator('en');
const pct = (n: number) => formatPercent(n, 'en');

/** A provider held by `count` EU companies of decreasing stakes, one of them through an intermediate, plus a cycle. */
function wide(count: number) {
  const stakes = Array.from({ length: count }, (_, i) => count - i);
  const total = stakes.reduce((a, b) => a + b, 0);
  const lines = [
    'snc: 1',
    'name: wide',
    'provider: p',
    'offer: { name: o }',
    'entities:',
    '  p:',
    '    type: company',
    '    registeredOffice: FR',
    '    centralAdministration: FR',
    '    principalEstablishment: FR',
    '    shareholders:',
  ];
  stakes.forEach((s, i) =>
    lines.push(
      `      - { holder: h${i}, capital: ${((100 * s) / total).toFixed(4)}, votingRights: ${((100 * s) / total).toFixed(4)} }`,
    ),
  );
  stakes.forEach((_, i) =>
    lines.push(
      `  h${i}: { name: Holder ${i}, type: company, registeredOffice: ${i === 3 ? 'US' : 'FR'}, centralAdministration: FR, principalEstablishment: FR${i === 0 ? ', shareholders: [{ holder: h1, capital: 10, votingRights: 10 }, { holder: top, capital: 90, votingRights: 90 }]' : ''} }`,
    ),
  );
  lines.push(
    '  top: { name: Top SA, type: company, registeredOffice: FR, centralAdministration: FR, principalEstablishment: FR }',
  );
  const report = check([{ file: 'wide.yaml', bytes: Buffer.from(lines.join('\n') + '\n') }], {
    date: DATE,
    timestamp: false,
  });
  return report.ownership![0]!;
}

const boxes = (svg: string) =>
  [...svg.matchAll(/<g class="node (\w+)"><rect x="([\d.]+)" y="([\d.]+)" width="(\d+)"/g)].map((m) => ({
    status: m[1],
    x: Number(m[2]),
    w: Number(m[4]),
  }));
const viewWidth = (svg: string) => Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);

describe('the holding graph', () => {
  it('draws every entity of a small group inside its frame, with the holder outside the EU and the control chain marked', () => {
    const svg = holdingGraphSvg(reportOf(OWNERSHIP).ownership![0]!, t, pct, 'g');
    const nodes = boxes(svg);
    expect(nodes).toHaveLength(6);
    expect(nodes.filter((n) => n.status === 'outside')).toHaveLength(1);
    expect(nodes.filter((n) => n.status === 'provider')).toHaveLength(1);
    for (const n of nodes) expect(n.x + n.w).toBeLessThanOrEqual(viewWidth(svg));
    expect(svg.match(/class="edge control outside"/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg).not.toContain('<figcaption>');
  });

  it(`keeps the largest holders and the entities that link them to the provider beyond ${MAX_DRAWN}, and says how many are left out`, () => {
    const o = wide(60);
    const svg = holdingGraphSvg(o, t, pct, 'g');
    const names = [...svg.matchAll(/<text class="name"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(names.length).toBeLessThanOrEqual(MAX_DRAWN);
    expect(names).toContain('Holder 0');
    expect(names).toContain('Top SA');
    expect(names).toContain('Holder 3');
    expect(names).not.toContain('Holder 59');
    expect(svg).toMatch(
      /<figcaption>\d+ more holders are left out of the picture: [\d.]+% of the capital together; snc ownership lists them all\.<\/figcaption>/,
    );
    for (const n of boxes(svg)) expect(n.x + n.w).toBeLessThanOrEqual(viewWidth(svg));
    expect(holdingGraphSvg(o, t, pct, 'g')).toBe(svg);
  });

  it('draws nothing for a provider with no holding listed', () => {
    const report = check(
      [
        {
          file: 'alone.yaml',
          bytes: Buffer.from(
            'snc: 1\nname: a\nprovider: p\noffer: { name: o }\nentities:\n  p: { type: company, registeredOffice: FR, centralAdministration: FR, principalEstablishment: FR }\n',
          ),
        },
      ],
      { date: DATE, timestamp: false },
    );
    expect(holdingGraphSvg(report.ownership![0]!, t, pct, 'g')).toBe('');
  });
});

describe('the family chart', () => {
  it('splits each bar into met, waived, facts missing and not met in proportion, with the score written after it', () => {
    const report = reportOf('fixtures/non-compliant.yaml');
    const scores = familyScores(report.results);
    const svg = familyChartSvg(
      scores,
      {
        title: 'T',
        family: (f) => t(`family.${f}`),
        score: (f) => `S${f.family}`,
        keys: { pass: 'met', waived: 'waived', unknown: 'missing', fail: 'not met' },
      },
      'c',
    );
    expect(svg).toMatch(/^<figure class="chart"><svg role="img" aria-labelledby="c-title c-desc"/);
    const location = scores.find((s) => s.family === 'location')!;
    const widths = [
      ...svg.matchAll(/<rect class="(pass|fail)" x="[\d.]+" y="(\d+)" width="([\d.]+)" height="16"\/>/g),
    ].filter((m) => Number(m[2]) === 8 + scores.indexOf(location) * 19 + 3);
    const applicable = location.pass + location.fail + location.unknown + location.waived;
    expect(widths.map((m) => [m[1], Number(m[3])])).toEqual([
      ['pass', Number(((330 * location.pass) / applicable).toFixed(2))],
      ['fail', Number(((330 * location.fail) / applicable).toFixed(2))],
    ]);
    expect(svg).toContain('>Slocation</text>');
  });
});
