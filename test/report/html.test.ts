// The HTML readiness report: one self-contained, escaped, bilingual page with a print stylesheet.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { OWNERSHIP, READINESS, reportOf, withWaiver } from './shared-report.js';
import { parseXml } from './xml-parse.js';

const htmlOf = (lang: 'en' | 'fr' = 'en') => formatHtml(reportOf(READINESS, lang), { color: false });

describe('html report', () => {
  it('is one self-contained page: inline CSS, no script, nothing fetched from anywhere', () => {
    const html = htmlOf();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(?!data:)/);
    expect(html).toContain("default-src 'none'");
  });

  it('has a print stylesheet with page breaks', () => {
    const html = htmlOf();
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    expect(html).toMatch(/break-before: page/);
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('shows the sections in order, with every fail and unknown verdict as a finding and the rest in tables', () => {
    const report = reportOf(READINESS);
    const html = htmlOf();
    const h2 = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual([
      'What was judged',
      'Executive summary',
      'Requirements not met',
      'Who owns and controls the provider (19.6.b)',
      'Facts missing: requirements that could not be judged',
      'Waived',
      'Requirements met',
      'Not applicable',
    ]);
    const articles = [...html.matchAll(/<article class="finding (\w+)">/g)].map((m) => m[1]);
    expect(articles).toEqual(report.results.filter((r) => r.status === 'fail').concat(report.results.filter((r) => r.status === 'unknown')).map((r) => r.status));
    expect(html).toContain('<div class="verdict not-compliant"><strong>Not compliant</strong>');
    expect(html).toContain(`<code>${report.inputs[0]!.sha256}</code>`);
    expect(html).toContain('<h3>Score by family</h3>');
  });

  it('lists waived verdicts apart', () => {
    const html = formatHtml(withWaiver(reportOf(READINESS)), { color: false });
    const waived = html.split('<h2>Waived</h2>')[1]!.split('</section>')[0]!;
    expect(waived).toContain('<span class="status waived">waived</span>');
  });

  it('escapes every text that comes from the input', () => {
    const html = htmlOf();
    expect(html).toContain(`Bleu &lt;SAS&gt; &amp; &#39;Cie&#39; &quot;FR&quot;\\x07`);
    expect(html).not.toContain('<SAS>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it('is also well-formed as XML, so no tag is left open', () => {
    const body = htmlOf().replace(/^<!DOCTYPE html>\n/, '').replace(/<meta [^>]*>|<link [^>]*>/g, '');
    expect(() => parseXml(body)).not.toThrow();
  });

  it('is in French, lang attribute included, when the report is French', () => {
    const html = htmlOf('fr');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<h2>Synthèse</h2>');
    expect(html).toContain('<strong>Non conforme</strong>');
  });

  it('shows the ownership tables when the report carries the analysis', () => {
    const html = formatHtml(reportOf(OWNERSHIP, 'fr'), { color: false });
    const part = html.split('<h2>Qui détient et contrôle le prestataire (19.6.b)</h2>')[1]!.split('</section>')[0]!;
    expect(part).toContain('<th scope="col">Capital, économique</th>');
    expect(part).toContain('<td>US &lt;Inc&gt; &amp; Co (usinc)</td><td>société</td><td>hors UE\u00a0: États-Unis (US)</td><td class="num">38\u202f%</td>');
    expect(part).toContain('<h3>Parts inexpliquées</h3>');
    expect(() => parseXml(html.replace(/^<!DOCTYPE html>\n/, '').replace(/<meta [^>]*>|<link [^>]*>/g, ''))).not.toThrow();
  });
});
