// The JSON report: valid against its own shipped schema, tied to the exact bytes judged, byte-identical across runs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { formatJson } from '../../src/report/json.js';
import { reportSchema } from '../../src/report/report-schema.js';
import { DATE, OWNERSHIP, READINESS, REPORT_FIXTURES, reportOf } from './shared-report.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(reportSchema);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('json report', () => {
  for (const file of REPORT_FIXTURES)
    for (const lang of ['en', 'fr'] as const)
      it(`validates against report-1 for ${file} in ${lang}`, () => {
        const parsed: unknown = JSON.parse(formatJson(reportOf(file, lang), { color: false }));
        expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
      });

  it('validates with several input files and a timestamp', () => {
    const report = check([...REPORT_FIXTURES], { date: DATE, timestamp: true });
    expect(report.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(validate(JSON.parse(formatJson(report, { color: false }))), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('validates with attestations, their warnings and the provenance of the attestations file', () => {
    const report = check(['fixtures/compliant.yaml'], {
      date: '2027-06-01',
      timestamp: false,
      attestations: 'fixtures/attestations/compliant.yaml',
      sourceMaxAge: 24,
    });
    expect(report.results.find((r) => r.attestation)?.attestation?.by).toMatch(/Claire Martin/);
    // One warning per attestation of fixtures/attestations/compliant.yaml: 19.6.e and the three of 19.5.
    expect(report.warnings.map((w) => w.id)).toEqual(Array(4).fill('warning.attestation-expiring'));
    expect(report.provenance.map((p) => p.role)).toEqual(['attestations', 'source', 'source']);
    expect(validate(JSON.parse(formatJson(report, { color: false }))), ajv.errorsText(validate.errors)).toBe(true);
  });

  for (const file of [OWNERSHIP, READINESS])
    it(`validates with the provider's ownership analysis of ${file}`, () => {
      const parsed = JSON.parse(formatJson(reportOf(file), { color: false })) as {
        ownership: { holders: unknown[] }[];
      };
      expect(parsed.ownership).toHaveLength(1);
      expect(parsed.ownership[0]!.holders.length).toBeGreaterThan(0);
      expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
    });

  it('is refused by the schema when a result is malformed, so the schema is no formality', () => {
    const report = JSON.parse(formatJson(reportOf(READINESS), { color: false }));
    report.results[0].status = 'passed';
    expect(validate(report)).toBe(false);
    const extra = JSON.parse(formatJson(reportOf(READINESS), { color: false }));
    extra.results[0].surprise = true;
    expect(validate(extra)).toBe(false);
    const { summary, ...noSummary } = JSON.parse(formatJson(reportOf(READINESS), { color: false }));
    expect(summary).toBeDefined();
    expect(validate(noSummary)).toBe(false);
    const ownership = JSON.parse(formatJson(reportOf(OWNERSHIP), { color: false }));
    ownership.ownership[0].holders[0].economic.capital = 120;
    expect(validate(ownership)).toBe(false);
  });

  it('records the tool version, each pack with the hash of its bytes, and the hash of the input file', () => {
    const report = reportOf(READINESS);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(report.reportVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'snc', version: pkg.version });
    expect(report.inputs[0]!.sha256).toBe(sha256(READINESS));
    expect(report.packs.length).toBeGreaterThan(0);
    for (const p of report.packs) expect(p.sha256).toBe(sha256(p.file));
  });

  it('is byte-identical for the same input', () => {
    const a = formatJson(check([READINESS], { date: DATE, timestamp: false }), { color: false });
    const b = formatJson(check([READINESS], { date: DATE, timestamp: false }), { color: false });
    expect(a).toBe(b);
  });

  it('ships the schema the build writes, equal to the one in the source', () => {
    const shipped = 'schemas/report-1.schema.json';
    expect(existsSync(shipped), 'run the build: node scripts/build.mjs').toBe(true);
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(JSON.parse(JSON.stringify(reportSchema)));
  });
});
