// End to end: the default JUnit output of the bin validates against junit-10.xsd (the schema Jenkins' xUnit plugin
// applies) with xmllint, and a real JUnit parser (junit2json, over xml2js) reads the same counts as the JSON report:
// one testsuite per file and pack, a testcase per result, a failure per gating result, a skipped per waived or
// not-applicable one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type TestSuite, type TestSuites } from 'junit2json';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { scratch } from '../bad-input/run-cases.js';
import { snc } from './run-bin.js';

const XSD = 'test/report/schemas/junit-10.xsd';
const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
// No skip: a machine without xmllint fails here, with what to install (.ci/run installs it).
const XMLLINT_MISSING =
  'xmllint is required to validate JUnit against junit-10.xsd: install the Debian package libxml2-utils';

const tmp = scratch('snc-junit-xsd-');
afterAll(() => tmp.remove());
const WAIVERS = tmp.file(
  'waivers.yaml',
  [
    'waivers:',
    '  - rule: SNC-19.6-SUBCONTRACTOR-AUTONOMY',
    '    subject: /subcontractors/offshore-ops',
    '    justification: Exit plan agreed with the provider.',
    '    approvedBy: RSSI',
    '    expires: 2026-12-31',
    '',
  ].join('\n'),
);

const CASES: { name: string; args: string[]; expect?: (r: Report) => void }[] = [
  {
    name: 'a compliant offer',
    args: ['fixtures/compliant.yaml'],
    expect: (r) => expect(r.summary.verdict).toBe('compliant'),
  },
  {
    name: 'a non-compliant offer',
    args: ['fixtures/non-compliant.yaml'],
    expect: (r) => expect(r.summary.gating).toBeGreaterThan(0),
  },
  {
    name: 'several files',
    args: [
      'fixtures/compliant.yaml',
      'fixtures/non-compliant.yaml',
      'fixtures/incomplete.yaml',
      'test/report/fixtures/readiness.yaml',
    ],
    expect: (r) => expect(r.inputs).toHaveLength(4),
  },
  {
    name: 'waived results',
    args: ['fixtures/non-compliant.yaml', '--waivers', WAIVERS],
    expect: (r) => expect(r.summary.waived).toBe(1),
  },
  {
    name: 'unknowns that gate',
    args: ['fixtures/incomplete.yaml'],
    expect: (r) => expect(r.results.some((x) => x.status === 'unknown' && x.gating)).toBe(true),
  },
  {
    name: 'unknowns let through, in French, at --fail-on warning',
    args: [
      'fixtures/incomplete.yaml',
      'test/report/fixtures/readiness.yaml',
      '--allow-unknown',
      '--fail-on',
      'warning',
      '--lang',
      'fr',
    ],
    expect: (r) => expect(r.results.some((x) => x.status === 'unknown' && !x.gating)).toBe(true),
  },
];

/** The bin's default JUnit and its JSON report of the same run (with a timestamp, as by default). */
function run(name: string, args: string[]): { xmlFile: string; xml: string; report: Report } {
  const xmlFile = join(tmp.dir, `${name}.xml`);
  const jsonFile = join(tmp.dir, `${name}.json`);
  const r = snc([
    'check',
    ...args,
    '--date',
    '2026-07-01',
    '--format',
    `junit=${xmlFile}`,
    '--format',
    `json=${jsonFile}`,
  ]);
  expect(r.code, r.stderr).not.toBe(2);
  return { xmlFile, xml: readFileSync(xmlFile, 'utf8'), report: JSON.parse(readFileSync(jsonFile, 'utf8')) as Report };
}

const fileProperty = (s: TestSuite) => (s as TestSuite & { file?: string }).file;

describe('snc check --format junit, read by its consumers', () => {
  it('has xmllint to validate with', () => {
    expect(xmllint.error, XMLLINT_MISSING).toBeUndefined();
    expect(xmllint.status, XMLLINT_MISSING).toBe(0);
  });

  for (const [i, c] of CASES.entries())
    it(`validates against junit-10.xsd and parses to the JSON report's counts: ${c.name}`, async () => {
      const { xmlFile, xml, report } = run(`case-${i}`, c.args);
      c.expect?.(report);

      expect(xmllint.error, XMLLINT_MISSING).toBeUndefined();
      const lint = spawnSync('xmllint', ['--noout', '--schema', XSD, xmlFile], { encoding: 'utf8' });
      expect(lint.stderr).toBe(`${xmlFile} validates\n`);
      expect(lint.status).toBe(0);

      const root = (await parse(xml)) as TestSuites;
      const suites = root.testsuite ?? [];
      const cases = suites.flatMap((s) => s.testcase ?? []);
      const { summary } = report;
      expect({ tests: root.tests, failures: root.failures, errors: root.errors }).toEqual({
        tests: summary.total,
        failures: summary.gating,
        errors: 0,
      });
      expect(cases).toHaveLength(summary.total);
      expect(cases.filter((t) => t.failure?.length)).toHaveLength(summary.gating);
      expect(cases.filter((t) => t.skipped?.length)).toHaveLength(summary.notApplicable + summary.waived);
      expect(cases.filter((t) => t.error?.length)).toHaveLength(0);

      // One suite per file and pack, each counting its own testcases.
      const packOf = new Map(report.rules.map((r) => [r.id, r.pack]));
      const pairs = new Set(report.results.map((r) => `${r.location.file}\0${packOf.get(r.ruleId)}`));
      expect(suites).toHaveLength(pairs.size);
      for (const s of suites) {
        const own = s.testcase ?? [];
        expect(s.tests).toBe(own.length);
        expect(s.failures).toBe(own.filter((t) => t.failure?.length).length);
        expect(s.skipped).toBe(own.filter((t) => t.skipped?.length).length);
        expect(s.errors).toBe(0);
      }

      // Per file, its suites add up to its own summary in the JSON report.
      for (const input of report.inputs) {
        const mine = suites.filter((s) => fileProperty(s) === input.file);
        const sum = (k: 'tests' | 'failures' | 'skipped') => mine.reduce((n, s) => n + (s[k] ?? 0), 0);
        expect({ tests: sum('tests'), failures: sum('failures'), skipped: sum('skipped') }, input.file).toEqual({
          tests: input.summary.total,
          failures: input.summary.gating,
          skipped: input.summary.notApplicable + input.summary.waived,
        });
        expect(mine[0]!.properties).toContainEqual({ name: 'verdict', value: input.summary.verdict });
      }

      // A failure carries file:line:column in its text; a pass or a waiver keeps its lines apart, no `\n` shown.
      for (const r of report.results.filter((x) => x.gating))
        expect(xml).toContain(`${r.location.file}:${r.location.line}:${r.location.column}`);
      for (const t of cases)
        for (const out of [...(t['system-out'] ?? []), ...(t.skipped ?? []).map((s) => (s as { _?: string })._ ?? '')])
          expect(out).not.toContain('\\n');
    });
});
