// The HTML report in a real browser: headless Chromium renders it with no error and no request, and prints it to PDF.
/// <reference lib="dom" />
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { formatJunit } from '../../src/report/junit.js';
import { READINESS, reportOf, withWaiver } from './shared-report.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run) and must run these tests: there, a missing browser is a failure, not a skip.
const required = Boolean(process.env.CI || process.env.SNC_REQUIRE_CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

describe.skipIf(!present && !required)(`html report in Chromium (skipped: ${CHROMIUM} is not installed; .ci/run installs it)`, () => {
  let dir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    expect(present, `${CHROMIUM} is required here (CI): install the Debian package chromium`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'snc-html-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'fr'] as const)
    it(`renders the ${lang} report with no console error and no request, then prints it to PDF`, async () => {
      const file = join(dir, `report.${lang}.html`);
      writeFileSync(file, formatHtml(withWaiver(reportOf(READINESS, lang)), { color: false }));
      const page = await context.newPage();
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
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);

      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector('h1')?.textContent,
        scripts: document.scripts.length,
        findings: document.querySelectorAll('article.finding').length,
        bodyFont: getComputedStyle(document.body).fontFamily,
      }));
      expect(facts.lang).toBe(lang);
      expect(facts.scripts).toBe(0);
      expect(facts.findings).toBeGreaterThan(0);
      expect(facts.h1).toBe(lang === 'en' ? 'SecNumCloud 3.2 and Cloud de Confiance readiness report' : 'Rapport de conformité SecNumCloud 3.2 et Cloud de confiance');
      expect(facts.title).toContain('Dossier <patient>');

      await page.emulateMedia({ media: 'print' });
      const breaks = await page.evaluate(() => Array.from(document.querySelectorAll('section.major'), (s) => getComputedStyle(s).breakBefore));
      expect(breaks.length).toBeGreaterThan(0);
      expect(new Set(breaks)).toEqual(new Set(['page']));
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      await page.close();
    }, 60_000);

  it("accepts the JUnit report in the browser's strict XML parser", async () => {
    const page = await context.newPage();
    const verdict = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      return error ? `error: ${error.textContent}` : `${doc.documentElement.nodeName} ${doc.getElementsByTagName('testcase').length}`;
    }, formatJunit(reportOf(READINESS), { color: false }));
    expect(verdict).toBe(`testsuites ${reportOf(READINESS).results.length}`);
    await page.close();
  }, 60_000);
});
