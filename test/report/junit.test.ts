// The JUnit report: well-formed XML, a testcase per verdict, failures that carry clause, message and location.
import { describe, expect, it } from 'vitest';
import { neutral } from '../../src/core/neutral.js';
import { formatJunit } from '../../src/report/junit.js';
import { READINESS, REPORT_FIXTURES, reportOf, withWaiver } from './shared-report.js';
import { elements, parseXml } from './xml-parse.js';

const junitOf = (file: string, lang: 'en' | 'fr' = 'en') => formatJunit(reportOf(file, lang), { color: false });

describe('junit report', () => {
  for (const file of REPORT_FIXTURES)
    for (const lang of ['en', 'fr'] as const)
      it(`is well-formed XML for ${file} in ${lang}`, () => {
        expect(() => parseXml(junitOf(file, lang))).not.toThrow();
      });

  it('has one testcase per (rule, subject), counted right at every level', () => {
    const report = reportOf(READINESS);
    const root = parseXml(junitOf(READINESS));
    expect(root.name).toBe('testsuites');
    const cases = elements(root, 'testcase');
    expect(cases).toHaveLength(report.results.length);
    const count = (...s: string[]) => report.results.filter((r) => s.includes(r.status)).length;
    expect(root.attributes).toEqual({
      name: 'snc',
      tests: String(report.results.length),
      failures: String(report.results.filter((r) => r.gating).length),
      errors: '0',
      time: '0',
    });
    expect(count('fail', 'unknown')).toBeGreaterThan(report.results.filter((r) => r.gating).length);
    for (const suite of elements(root, 'testsuite')) {
      const inSuite = elements(suite, 'testcase');
      expect(suite.attributes.tests).toBe(String(inSuite.length));
      expect(suite.attributes.failures).toBe(String(inSuite.filter((c) => elements(c, 'failure').length).length));
    }
    expect(elements(root, 'testsuite').map((s) => s.attributes.name)).toEqual(
      report.packs.map((p) => p.pack).filter((p) => report.rules.some((r) => r.pack === p)),
    );
    const names = cases.map((c) => `${c.attributes.classname} ${c.attributes.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('carries clause, message and location in each failure, typed fail or unknown, and skips what does not apply', () => {
    const report = reportOf(READINESS);
    const cases = elements(parseXml(junitOf(READINESS)), 'testcase');
    for (const [i, r] of report.results.entries()) {
      const c = cases[i]!;
      expect(c.attributes.name).toBe(r.subject ? `${r.ruleId} ${r.subject}` : r.ruleId);
      // The schema Jenkins applies allows no file or line on a testcase: they are on the suite and in the text.
      expect(Object.keys(c.attributes).sort()).toEqual(['classname', 'name', 'time']);
      const failure = elements(c, 'failure')[0];
      if (r.gating) {
        expect(failure?.attributes.type).toBe(r.status);
        expect(failure!.attributes.message).toContain(r.clause);
        expect(failure!.attributes.message).toContain(neutral(r.message));
        expect(failure!.text).toContain(`${r.location.file}:${r.location.line}:${r.location.column}`);
        expect(failure!.text).toContain(neutral(r.message));
      } else {
        expect(failure).toBeUndefined();
        if (r.status === 'fail' || r.status === 'unknown')
          expect(elements(c, 'system-out')[0]!.text).toContain(neutral(r.message));
      }
      expect(elements(c, 'skipped')).toHaveLength(r.status === 'not-applicable' ? 1 : 0);
    }
    expect(cases.some((c) => elements(c, 'failure')[0]?.attributes.type === 'unknown')).toBe(true);
    expect(
      cases.find((c) => elements(c, 'failure')[0]?.attributes.type === 'unknown')!.children[0]!.attributes.message,
    ).toMatch(/Cannot judge, facts missing: /);
  });

  it('escapes every text: <&"\' and control characters in a name survive as text, never as markup', () => {
    const xml = junitOf(READINESS);
    const root = parseXml(xml);
    const failure = elements(root, 'failure').find((f) => f.attributes.message!.includes('Bleu'))!;
    expect(failure.attributes.message).toContain(`Bleu <SAS> & 'Cie' "FR"\\x07`);
    expect(failure.text).toContain(`Bleu <SAS> & 'Cie' "FR"\\x07`);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('Bleu &lt;SAS&gt; &amp; &#39;Cie&#39; &quot;FR&quot;');
  });

  it('keeps a waived verdict as a skipped testcase whose message is the waiver, with its justification', () => {
    const root = parseXml(formatJunit(withWaiver(reportOf(READINESS)), { color: false }));
    const waived = elements(root, 'testcase').filter((c) => elements(c, 'skipped')[0]?.text.includes('Waived: '));
    expect(waived).toHaveLength(1);
    expect(elements(waived[0]!, 'failure')).toHaveLength(0);
    expect(elements(waived[0]!, 'skipped')[0]!.attributes.message).toBe(
      'Waiver approved by RSSI, until 2026-12-31: Accepted until the exit plan is done.',
    );
  });

  it('names one suite per pack and input file when several files are judged', () => {
    const report = reportOf(REPORT_FIXTURES);
    const suites = elements(parseXml(formatJunit(report, { color: false })), 'testsuite');
    expect(new Set(suites.map((s) => s.attributes.file))).toEqual(new Set(REPORT_FIXTURES));
    for (const s of suites) expect(s.attributes.name).toContain(`(${s.attributes.file})`);
  });

  it('is refused by the checker when it is not well-formed, so the checker is no formality', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/twice/);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/unknown entity/);
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/forbids/);
    expect(() => parseXml('<a>AT&T</a>')).toThrow(/bare &/);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
  });
});
