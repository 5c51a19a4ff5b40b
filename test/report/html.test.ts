// The HTML readiness report: one self-contained, escaped, bilingual page in a <main> landmark, with page one, the
// sections in order, pictures as inline SVG, and a print stylesheet that breaks pages only where a block would split.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { OWNERSHIP, READINESS, reportOf, withWaiver } from './shared-report.js';
import { parseXml } from './xml-parse.js';

const NON_COMPLIANT = 'fixtures/non-compliant.yaml';
const htmlOf = (file: string = READINESS, lang: 'en' | 'fr' = 'en') =>
  formatHtml(reportOf(file, lang), { color: false });
const asXml = (html: string) => html.replace(/^<!DOCTYPE html>\n/, '').replace(/<meta [^>]*>|<link [^>]*>/g, '');

describe('html report', () => {
  it('is one self-contained page: inline CSS and SVG, no script, nothing fetched from anywhere', () => {
    const html = htmlOf(NON_COMPLIANT);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|<img|<iframe|@import|url\((?!#)|xlink:href|<image/i);
    expect(html).not.toMatch(/(src|href)="(?!data:|#)/);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<main>/g)).toHaveLength(1);
  });

  it('prints on A4, breaking a page only where a block would split', () => {
    const html = htmlOf();
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/break-inside: avoid/);
    expect(html).not.toMatch(/break-before: page/);
  });

  it('puts the offer, the provider, the verdict, the profiles, the date, the chart and the contents on page one', () => {
    const html = htmlOf(NON_COMPLIANT);
    const cover = html.split('</header>')[0]!;
    expect(cover).toContain('<h1>SecNumCloud readiness of Hyperscale Sovereign Region Paris</h1>');
    expect(cover).toContain('<dt>Provider</dt><dd>Hyperscale Cloud France SAS</dd>');
    expect(cover).toContain('<dt>Profiles</dt><dd>SecNumCloud 3.2, Cloud de Confiance, HDS (health data)</dd>');
    expect(cover).toContain('<dt>Evaluation date</dt><dd>2026-11-23</dd>');
    expect(cover).toContain('<p class="verdict-word">Not compliant</p>');
    expect(cover).toMatch(/<svg role="img" aria-labelledby="chart1-title chart1-desc"[^>]*>/);
    expect(cover).toMatch(
      /<desc id="chart1-desc">Jurisdiction: [\d.]+% \(\d+ of \d+\); Ownership and control: 0% \(0 of 4\); Data location: 33.33% \(3 of 9\)/,
    );
    const links = [...cover.matchAll(/<a href="#([\w-]+)">/g)].map((m) => m[1]!);
    expect(links).toEqual(['not-met', 'facts', 'waivers', 'ownership', 'met', 'provenance']);
    for (const id of links)
      expect(html).toContain(
        `<section id="${id}">`.replace('<section id="provenance">', '<section id="provenance" class="appendix">'),
      );
  });

  it('writes each rule not met once, its subjects under it, ids and paths that never break inside a word', () => {
    const report = reportOf(NON_COMPLIANT);
    const notMet = htmlOf(NON_COMPLIANT).split('<section id="not-met">')[1]!.split('</section>')[0]!;
    const rules = [...notMet.matchAll(/<code class="id">([^<]+)<\/code>/g)].map((m) => m[1]);
    expect(new Set(rules)).toEqual(new Set(report.results.filter((r) => r.status === 'fail').map((r) => r.ruleId)));
    expect(new Set(rules).size).toBe(rules.length);
    expect(notMet.match(/<li>/g)!.length).toBeGreaterThanOrEqual(
      report.results.filter((r) => r.status === 'fail').length,
    );
    expect(notMet).toContain(
      '<code class="path"><span>fixtures/</span><wbr/><span>non-compliant.yaml:40:33</span></code>',
    );
    expect(notMet).toContain('<code>statesQualification: false</code>');
    expect(notMet).not.toMatch(/`|"\w+":/);
  });

  it('draws who holds the provider: holders, percentages on the edges, holders outside the EU and control marked', () => {
    const part = formatHtml(reportOf(OWNERSHIP, 'fr'), { color: false })
      .split('<section id="ownership">')[1]!
      .split('</section>')[0]!;
    expect(part).toMatch(/<svg role="img" aria-labelledby="graph1-title graph1-desc"/);
    expect(part).toContain('<title id="graph1-title">Qui détient CloudCo SAS</title>');
    expect(part).toContain('<g class="node outside">');
    expect(part).toContain('<path class="edge control outside"');
    expect(part).toContain('>60\u202f%</text>');
    expect(part).toContain('US &lt;Inc&gt; &amp; Co détient 20\u202f% de CloudCo SAS');
    expect(part).toContain('Contrôle exercé depuis l’extérieur de l’UE, par US &lt;Inc&gt; &amp; Co (US)');
  });

  it('lists waived verdicts with the waivers, and what is met as a table', () => {
    const html = formatHtml(withWaiver(reportOf(READINESS)), { color: false });
    expect(html.split('<section id="waivers">')[1]!.split('</section>')[0]).toContain('SNC-19.6-SEATS');
    expect(html.split('<section id="not-met">')[1]!.split('</section>')[0]).not.toContain('SNC-19.6-SEATS');
    expect(htmlOf(NON_COMPLIANT).split('<section id="met">')[1]).toMatch(
      /^<h2>Requirements met<\/h2><table class="met">/,
    );
  });

  it('escapes every text that comes from the input', () => {
    const html = htmlOf();
    expect(html).toContain(`Bleu &lt;SAS&gt; &amp; &#39;Cie&#39; &quot;FR&quot;\\x07`);
    expect(html).not.toContain('<SAS>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it('is also well-formed as XML, so no tag is left open', () => {
    for (const file of [READINESS, NON_COMPLIANT, OWNERSHIP]) expect(() => parseXml(asXml(htmlOf(file)))).not.toThrow();
  });

  it('is in French, lang attribute included, when the report is French', () => {
    const html = htmlOf(NON_COMPLIANT, 'fr');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<h2>Faits à fournir</h2>');
    expect(html).toContain('<p class="verdict-word">Non conforme</p>');
    expect(html).toContain('<strong>Enjeu</strong>\u00a0: ');
  });
});
