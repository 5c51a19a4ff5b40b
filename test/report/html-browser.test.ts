// The HTML report in a real browser: headless Chromium renders it with no error and no request, axe-core finds no
// accessibility violation of any impact, nothing overflows a 390 px screen, and the non-compliant example prints
// on at most 4 A4 pages in both languages.
/// <reference lib="dom" />
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { formatJunit } from '../../src/report/junit.js';
import { OWNERSHIP, READINESS, reportOf, withWaiver } from './shared-report.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run) and must run these tests: there, a missing browser is a failure, not a skip.
const required = Boolean(process.env.CI || process.env.SNC_REQUIRE_CHROMIUM);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const AXE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const NON_COMPLIANT = 'fixtures/non-compliant.yaml';
const LANGS = ['en', 'fr'] as const;

/** The reports the browser looks at: every kind of verdict and hostile names, the shipped failing example, holdings. */
const REPORTS = [
  { name: 'readiness', report: (lang: 'en' | 'fr') => withWaiver(reportOf(READINESS, lang)) },
  { name: 'non-compliant', report: (lang: 'en' | 'fr') => reportOf(NON_COMPLIANT, lang) },
  { name: 'ownership', report: (lang: 'en' | 'fr') => reportOf(OWNERSHIP, lang) },
  { name: 'compliant', report: (lang: 'en' | 'fr') => reportOf('fixtures/compliant.yaml', lang) },
  // one section per file, each with its chart, its holding graph and its tables
  {
    name: 'several',
    report: (lang: 'en' | 'fr') => reportOf(['fixtures/compliant.yaml', NON_COMPLIANT, OWNERSHIP], lang),
  },
];

/** Pages of a PDF that Chromium printed: one page object each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe.skipIf(!present && !required)(
  `html report in Chromium (skipped: ${CHROMIUM} is not installed; .ci/run installs it)`,
  () => {
    let dir: string;
    let context: BrowserContext;

    beforeAll(async () => {
      expect(present, `${CHROMIUM} is required here (CI): install the Debian package chromium`).toBe(true);
      dir = mkdtempSync(join(tmpdir(), 'snc-html-'));
      context = await chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
      });
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** Open a report, watching for errors and requests: any of them fails the test. */
    async function open(
      name: string,
      lang: 'en' | 'fr',
      html: string,
      width = 1000,
    ): Promise<{ page: Page; url: string; problems: string[]; requests: string[] }> {
      const file = join(dir, `${name}.${lang}.html`);
      writeFileSync(file, html);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });
      return { page, url, problems, requests };
    }

    for (const { name, report } of REPORTS)
      for (const lang of LANGS)
        it(`${name} in ${lang}: no error, no request, no accessibility violation, nothing wider than a 390 px screen`, async () => {
          const html = formatHtml(report(lang), { color: false });
          const { page, url, problems, requests } = await open(name, lang, html);
          expect(problems).toEqual([]);
          expect(requests).toEqual([url]);
          const facts = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            scripts: document.scripts.length,
            main: document.querySelectorAll('main').length,
          }));
          expect(facts).toEqual({ lang, scripts: 0, main: 1 });

          // axe-core runs through the DevTools protocol, which the page's Content-Security-Policy does not stop.
          await page.evaluate(AXE);
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (
                    ctx: Document,
                    o: object,
                  ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
                };
              }
            ).axe;
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(
              (v) =>
                `${v.impact} ${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(', ')}`,
            );
          });
          expect(violations).toEqual([]);

          await page.setViewportSize({ width: 390, height: 844 });
          const overflow = await page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            const wide = Array.from(document.querySelectorAll('body *'))
              .filter((e) => e.getBoundingClientRect().right > width + 0.5)
              .map((e) => `${e.tagName}.${e.className}`);
            return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
          });
          expect(overflow).toEqual({ scroll: 0, wide: [] });
          // The family chart stays legible on the phone: its smallest text, as drawn, is at least 10 px.
          const chartText = await page.evaluate(() =>
            Array.from(document.querySelectorAll<SVGSVGElement>('.chart svg'))
              .filter((svg) => svg.getBoundingClientRect().width > 0)
              .flatMap((svg) => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return Array.from(svg.querySelectorAll('text')).map(
                  (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
                );
              }),
          );
          expect(chartText.length).toBeGreaterThan(0);
          expect(Math.min(...chartText)).toBeGreaterThanOrEqual(10);
          expect(problems).toEqual([]);
          await page.close();
        }, 60_000);

    for (const lang of LANGS)
      it(`prints the non-compliant example in ${lang} on at most 4 A4 pages, with nothing fetched`, async () => {
        const { page, url, problems, requests } = await open(
          'print',
          lang,
          formatHtml(reportOf(NON_COMPLIANT, lang), { color: false }),
        );
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pages = pdfPages(pdf);
        expect(pages).toBeGreaterThanOrEqual(2);
        expect(pages).toBeLessThanOrEqual(4);
        expect(problems).toEqual([]);
        expect(requests).toEqual([url]);
        await page.close();
      }, 60_000);

    it("accepts the JUnit report in the browser's strict XML parser", async () => {
      const page = await context.newPage();
      const verdict = await page.evaluate(
        (xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const error = doc.getElementsByTagName('parsererror')[0];
          return error
            ? `error: ${error.textContent}`
            : `${doc.documentElement.nodeName} ${doc.getElementsByTagName('testcase').length}`;
        },
        formatJunit(reportOf(READINESS), { color: false }),
      );
      expect(verdict).toBe(`testsuites ${reportOf(READINESS).results.length}`);
      await page.close();
    }, 60_000);
  },
);
