// The SARIF report: valid against the official SARIF 2.1.0 schema, accepted by Microsoft's SARIF Multitool, faithful to the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { neutral } from '../../src/core/neutral.js';
import { formatSarif } from '../../src/report/sarif.js';
import { READINESS, REPORT_FIXTURES, reportOf, withWaiver } from './shared-report.js';

const schema = JSON.parse(readFileSync('test/report/schemas/sarif-schema-2.1.0.json', 'utf8')) as Record<
  string,
  unknown
>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  kind?: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; index: number };
      region: { startLine: number; startColumn: number };
    };
    logicalLocations: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string }[];
  properties: { status: string; clause: string; subject: string };
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: {
          id: string;
          help: { text: string };
          defaultConfiguration: { level: string };
          properties: { clause: string; family: string };
        }[];
      };
    };
    artifacts: { location: { uri: string }; hashes: Record<string, string> }[];
    results: SarifResult[];
  }[];
}

const sarifOf = (file: string, lang: 'en' | 'fr' = 'en') => formatSarif(reportOf(file, lang), { color: false });

describe('sarif report', () => {
  for (const file of REPORT_FIXTURES)
    for (const lang of ['en', 'fr'] as const)
      it(`validates against the official SARIF 2.1.0 schema for ${file} in ${lang}`, () => {
        expect(validate(JSON.parse(sarifOf(file, lang))), ajv.errorsText(validate.errors)).toBe(true);
      });

  it('validates with warnings, as notifications at their place, and lists attested verdicts in the run properties', () => {
    const report = check(['fixtures/compliant.yaml'], {
      date: '2027-06-01',
      timestamp: false,
      attestations: 'fixtures/attestations/compliant.yaml',
      sourceMaxAge: 24,
    });
    const log = JSON.parse(formatSarif(report, { color: false })) as SarifLog & {
      runs: { invocations: { toolExecutionNotifications: unknown[] }[]; properties: { attestations: unknown[] } }[];
    };
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    // One expiring attestation for each of 19.6.e, 19.5.a, 19.5.b and 19.5.c, at the line of its entry.
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual(
      report.warnings.map((w, i) => ({
        level: 'warning',
        message: { text: w.message },
        descriptor: { id: 'warning.attestation-expiring' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'fixtures/attestations/compliant.yaml' },
              region: { startLine: [3, 12, 21, 30][i], startColumn: 5 },
            },
          },
        ],
      })),
    );
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(4);
    expect(log.runs[0]!.properties.attestations).toHaveLength(4);
  });

  it('validates with a waived result, which it marks as suppressed', () => {
    const log = JSON.parse(formatSarif(withWaiver(reportOf(READINESS)), { color: false })) as SarifLog;
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    const waived = log.runs[0]!.results.filter((r) => r.properties.status === 'waived');
    expect(waived).toHaveLength(1);
    expect(waived[0]!.suppressions).toEqual([
      { kind: 'external', justification: 'Accepted until the exit plan is done.' },
    ]);
    expect(waived[0]!.level).toBe('note');
  });

  it('describes every rule once, with its clause, help text and severity', () => {
    const report = reportOf(READINESS);
    const log = JSON.parse(sarifOf(READINESS)) as SarifLog;
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(report.rules.map((r) => r.id));
    for (const [i, r] of rules.entries()) {
      const info = report.rules[i]!;
      expect(r.properties.clause).toBe(info.clause);
      expect(r.properties.family).toBe(info.family);
      expect(r.help.text).toContain(info.clause);
      expect(r.help.text).toContain(info.remediation.slice(0, 40));
      expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[info.severity]);
    }
  });

  it('has a result per fail and unknown verdict, placed at its 1-based line and column with its JSON pointer', () => {
    const report = reportOf(READINESS);
    const log = JSON.parse(sarifOf(READINESS)) as SarifLog;
    const expected = report.results.filter((r) => r.status === 'fail' || r.status === 'unknown');
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(expected.length);
    expect(expected.some((r) => r.status === 'fail') && expected.some((r) => r.status === 'unknown')).toBe(true);
    for (const [i, r] of results.entries()) {
      const source = expected[i]!;
      const loc = r.locations[0]!;
      expect(r.ruleId).toBe(source.ruleId);
      expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe(source.ruleId);
      expect(loc.physicalLocation.artifactLocation.uri).toBe(READINESS);
      expect(log.runs[0]!.artifacts[loc.physicalLocation.artifactLocation.index]!.location.uri).toBe(READINESS);
      expect(loc.physicalLocation.region).toEqual({
        startLine: source.location.line,
        startColumn: source.location.column,
      });
      expect(loc.logicalLocations[0]!.fullyQualifiedName).toBe(source.subject || '/');
      expect(r.properties).toMatchObject({ status: source.status, clause: source.clause, subject: source.subject });
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[source.severity]);
      expect(r.message.text).toContain(neutral(source.message));
    }
  });

  it('tells unknown from fail: a status property and a message that says facts are missing', () => {
    const results = (JSON.parse(sarifOf(READINESS)) as SarifLog).runs[0]!.results;
    for (const r of results.filter((x) => x.properties.status === 'unknown'))
      expect(r.message.text).toMatch(/^Cannot judge, facts missing: /);
    for (const r of results.filter((x) => x.properties.status === 'fail'))
      expect(r.message.text).not.toMatch(/facts missing/);
    const fr = (JSON.parse(sarifOf(READINESS, 'fr')) as SarifLog).runs[0]!.results;
    expect(fr.find((x) => x.properties.status === 'unknown')!.message.text).toMatch(
      /^Évaluation impossible, faits manquants\u00a0: /,
    );
  });

  it('ties the input by hash and keeps fingerprints stable and distinct', () => {
    const report = reportOf(READINESS);
    const log = JSON.parse(sarifOf(READINESS)) as SarifLog;
    expect(log.runs[0]!.artifacts[0]!.hashes['sha-256']).toBe(report.inputs[0]!.sha256);
    const prints = log.runs[0]!.results.map((r) => JSON.stringify(r.partialFingerprints));
    expect(new Set(prints).size).toBe(prints.length);
    expect(sarifOf(READINESS)).toBe(formatSarif(reportOf(READINESS), { color: false }));
  });

  it("passes Microsoft's SARIF Multitool validate, SARIF and GitHub rules, with no error", () => {
    const dir = mkdtempSync(join(tmpdir(), 'snc-sarif-'));
    const input = join(dir, 'report.sarif');
    writeFileSync(input, formatSarif(withWaiver(reportOf(READINESS)), { color: false }));
    for (const kind of ['Sarif', 'Gh']) {
      const output = join(dir, `validation-${kind}.sarif`);
      const run = spawnSync(
        'node_modules/.bin/sarif-multitool',
        ['validate', input, '--output', output, '--rule-kind', kind],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const validation = JSON.parse(readFileSync(output, 'utf8')) as {
        runs: { results?: { level?: string; ruleId: string; message: unknown }[] }[];
      };
      const errors = (validation.runs[0]!.results ?? []).filter((r) => r.level === 'error');
      expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
    }
  }, 120_000);
});
