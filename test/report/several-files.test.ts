// Several files in one run: Markdown and HTML give each file its own section, with its own verdict and counts, in the
// order given, and the HTML ids stay unique; the summary of each matches the JSON report's inputs[].summary.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { translator } from '../../src/report/translator.js';
import { countsText } from '../../src/report/verdict.js';
import { reportOf } from './shared-report.js';

const FILES = ['fixtures/compliant.yaml', 'fixtures/non-compliant.yaml'] as const;

describe('a report of several files', () => {
  for (const lang of ['en', 'fr'] as const) {
    const report = reportOf(FILES, lang);
    const t = translator(lang);
    const heading = (file: string) => t('report.section.file', { file });
    const verdict = {
      compliant: t('report.compliant'),
      'not-compliant': t('report.not-compliant'),
      'not-judged': t('report.not-judged'),
    };

    it(`gives each file its own section in Markdown, with its verdict and its counts (${lang})`, () => {
      const md = formatMarkdown(report, { color: false });
      const [cover, ...sections] = md.split(/\n## (?=[^\n]*\n)/);
      const bodies = sections.filter((s) => FILES.some((f) => s.startsWith(heading(f))));
      expect(bodies.map((s) => s.split('\n')[0])).toEqual(FILES.map(heading));
      FILES.forEach((file, i) => {
        const input = report.inputs[i]!;
        expect(input.file).toBe(file);
        // the cover gives each file its facts and its verdict, in the order given
        const block = cover!.split(`**${heading(file)}**`)[1]!.split(/\*\*(?:File|Fichier) /)[0]!;
        expect(block).toContain(`> **${verdict[input.summary.verdict]}** — `);
        expect(block).toContain(countsText(input.summary, t));
        expect(block).toContain(input.providerName ?? input.provider);
      });
      expect(report.inputs.map((i) => i.summary.verdict)).toEqual(['compliant', 'not-compliant']);
      // the failing file's findings sit in its own section, not in the compliant one's
      expect(bodies[0]).not.toContain('SNC-19.6-CAPITAL-INDIVIDUAL');
      expect(bodies[1]).toContain('SNC-19.6-CAPITAL-INDIVIDUAL');
    });

    it(`gives each file its own section in HTML, with its verdict, and ids that stay unique (${lang})`, () => {
      const html = formatHtml(report, { color: false });
      // each heading names its file, which may break after a slash on a narrow screen
      const headings = [...html.matchAll(/<h2 id="(f\d+)-file">(.*?)<\/h2>/g)].map(
        (m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, '')}`,
      );
      expect(headings).toEqual(FILES.map((f, i) => `f${i + 1} ${heading(f)}`));
      expect(html.match(/<div class="verdict (?:not-)?compliant"><p class="verdict-word">[^<]*</g)).toEqual(
        report.inputs.map(
          (i) =>
            `<div class="verdict ${i.summary.compliant ? 'compliant' : 'not-compliant'}"><p class="verdict-word">${verdict[i.summary.verdict]}<`,
        ),
      );
      for (const input of report.inputs) expect(html).toContain(countsText(input.summary, t));
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(10);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      // every link of the contents leads to an id of the page
      for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids, target).toContain(target);
    });
  }
});
