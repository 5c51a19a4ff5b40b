// End to end: the bin's SARIF, run from a subdirectory of a real repository, checked the way github/codeql-action's
// upload-sarif checks a file before it sends it (src/upload-lib.ts, src/fingerprints.ts at f3f1edbedfb4a1d188d344570834df2996d45d39),
// and within the limits code scanning sets on what it accepts. Our own checks, each naming the one it mirrors.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Validator, type Schema } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { FULL_DESCRIPTION_MAX } from '../../src/report/sarif.js';
import { snc } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

// codeql-action's own copy of the SARIF 2.1.0 schema (see test/report/schemas/README.md), read with the validator it uses.
const SCHEMA = JSON.parse(readFileSync('test/report/schemas/codeql-action-sarif-schema-2.1.0.json', 'utf8')) as Schema;

// The hard limits of code scanning ("SARIF results exceed hard limit", docs.github.com, code scanning troubleshooting):
// beyond them the upload is rejected. The file limit is on the gzip-compressed SARIF.
const LIMITS = {
  gzipBytes: 10 * 1024 * 1024,
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
};

interface Location {
  physicalLocation?: {
    artifactLocation?: { uri?: string; uriBaseId?: string; index?: number };
    region?: { startLine?: number };
  };
}
interface Rule {
  id: string;
  name?: string;
  helpUri?: string;
  fullDescription?: { text: string };
  properties?: { tags?: string[]; 'security-severity'?: string };
}
interface Run {
  tool: {
    driver: {
      name: string;
      fullName?: string;
      version?: string;
      semanticVersion?: string;
      guid?: string;
      informationUri?: string;
      rules?: Rule[];
    };
  };
  automationDetails?: { id?: string };
  artifacts?: { location: { uri: string } }[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  results?: {
    ruleId?: string;
    ruleIndex?: number;
    level?: string;
    locations?: Location[];
    partialFingerprints?: Record<string, string>;
    properties: { subject: string; gating: boolean; status: string };
  }[];
}
interface Log {
  version: string;
  runs: Run[];
}

const repo = tempRepo('snc-codeql-');
repo.copy('fixtures/compliant.yaml', 'deploy/offers/compliant.yaml');
repo.copy('fixtures/non-compliant.yaml', 'deploy/offers/non-compliant.yaml');
repo.copy('fixtures/incomplete.yaml', 'deploy/offers/incomplete.yaml');
repo.copy('test/report/fixtures/readiness.yaml', 'deploy/offers/offre prête été.yaml');
repo.write(
  'deploy/offers/waivers.yaml',
  'waivers:\n  - rule: SNC-19.6-SUBCONTRACTOR-AUTONOMY\n    subject: /subcontractors/offshore-ops\n    justification: Exit plan agreed.\n    approvedBy: RSSI\n    expires: 2026-12-31\n',
);
const sub = join(repo.dir, 'deploy', 'offers');

const CASES: { name: string; args: string[] }[] = [
  { name: 'a compliant offer', args: ['compliant.yaml'] },
  { name: 'a non-compliant offer', args: ['non-compliant.yaml'] },
  {
    name: 'several files, one with a space and accents in its name',
    args: ['compliant.yaml', 'non-compliant.yaml', 'incomplete.yaml', 'offre prête été.yaml'],
  },
  { name: 'a waived result', args: ['non-compliant.yaml', '--waivers', 'waivers.yaml'] },
  {
    name: 'French, at --fail-on warning',
    args: ['non-compliant.yaml', 'incomplete.yaml', '--lang', 'fr', '--fail-on', 'warning'],
  },
  { name: 'unknowns allowed, at --fail-on info', args: ['incomplete.yaml', '--allow-unknown', '--fail-on', 'info'] },
];

function run(args: string[]): { text: string; log: Log; report: Report } {
  const r = snc(
    ['check', ...args, '--date', '2026-07-01', '--format', 'sarif=out.sarif', '--format', 'json=out.json'],
    {},
    undefined,
    sub,
  );
  expect(r.code, r.stderr).not.toBe(2);
  const text = readFileSync(join(sub, 'out.sarif'), 'utf8');
  return {
    text,
    log: JSON.parse(text) as Log,
    report: JSON.parse(readFileSync(join(sub, 'out.json'), 'utf8')) as Report,
  };
}

/** The file code scanning reads for a location, or why it would ignore it: mirrors fingerprints.ts resolveUriToFile. */
function resolveUriToFile(location: { uri?: string; index?: number }, run: Run): string {
  let loc = location;
  if (loc.uri === undefined && loc.index !== undefined) loc = run.artifacts![loc.index]!.location;
  expect(typeof loc.uri).toBe('string');
  let uri = decodeURIComponent(loc.uri!);
  if (uri.startsWith('file://')) uri = uri.slice('file://'.length);
  expect(uri, 'a scheme other than file:// is ignored').not.toContain('://');
  // Relative to the checkout, which is the repository root (never to a uriBaseId, which code scanning ignores).
  expect(isAbsolute(uri), `${uri} should be relative to the repository root`).toBe(false);
  const file = join(repo.dir, uri);
  expect(statSync(file, { throwIfNoEntry: false })?.isFile(), `${file} exists`).toBe(true);
  return file;
}

describe('snc check --format sarif, as github/codeql-action uploads it', () => {
  for (const c of CASES)
    it(`passes upload-sarif's checks from a subdirectory: ${c.name}`, () => {
      const { text, log, report } = run(c.args);

      // upload-lib.ts validateSarifFileSchema: jsonschema's Validator against codeql-action's schema. It only warns on
      // `uri` and `uri-reference` formats; here they must hold too.
      const result = new Validator().validate(log, SCHEMA);
      expect(result.errors.map((e) => e.stack)).toEqual([]);

      // upload-lib.ts countResultsInSarif: a runs array, and a results array in each run.
      expect(Array.isArray(log.runs)).toBe(true);
      for (const r of log.runs) expect(Array.isArray(r.results)).toBe(true);

      // upload-lib.ts throwIfCombineSarifFilesDisabled / sarif areAllRunsUnique: no two runs of one category.
      const keys = log.runs.map((r) =>
        JSON.stringify([
          r.tool.driver.name,
          r.tool.driver.fullName,
          r.tool.driver.version,
          r.tool.driver.semanticVersion,
          r.tool.driver.guid,
          r.automationDetails?.id,
        ]),
      );
      expect(new Set(keys).size).toBe(keys.length);

      // The hard limits: past them code scanning rejects the whole file.
      expect(gzipSync(text).length).toBeLessThan(LIMITS.gzipBytes);
      expect(log.runs.length).toBeLessThanOrEqual(LIMITS.runsPerFile);

      const [sarif] = log.runs;
      const rules = sarif!.tool.driver.rules ?? [];
      const results = sarif!.results ?? [];
      expect(results.length).toBeLessThanOrEqual(LIMITS.resultsPerRun);
      expect(rules.length).toBeLessThanOrEqual(LIMITS.rulesPerRun);
      expect(results).toHaveLength(
        report.results.filter((r) => r.status === 'fail' || r.status === 'unknown' || r.status === 'waived').length,
      );

      // The driver and its rule descriptors: what code scanning shows, and the "could not convert rules: invalid
      // security severity value, is not a number" processing error upload-lib.ts names.
      expect(new URL(sarif!.tool.driver.informationUri!).protocol).toBe('https:');
      expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
      for (const rule of rules) {
        expect(rule.name, rule.id).toMatch(/^\S+$/);
        expect(new URL(rule.helpUri!).protocol, rule.id).toBe('https:');
        expect(rule.fullDescription!.text.length, rule.id).toBeLessThanOrEqual(FULL_DESCRIPTION_MAX);
        const tags = rule.properties!.tags!;
        expect(tags).toContain('security');
        expect(tags.length).toBeLessThanOrEqual(LIMITS.tagsPerRule);
        const severity = rule.properties!['security-severity']!;
        expect(severity, rule.id).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(severity)).toBeGreaterThanOrEqual(0);
        expect(Number(severity)).toBeLessThanOrEqual(10);
      }

      const seen = new Set<string>();
      for (const r of results) {
        // Each result names a rule the run describes, at the index it gives.
        expect(rules[r.ruleIndex!]?.id).toBe(r.ruleId);
        expect(r.level === 'error').toBe(r.properties.gating);
        if (r.properties.status === 'waived') expect(r.level).toBe('note');
        expect(r.locations!.length).toBeGreaterThan(0);
        expect(r.locations!.length).toBeLessThanOrEqual(LIMITS.locationsPerResult);
        // fingerprints.ts addFingerprints: the primary location has an artifact location and a start line, and its
        // file resolves under the checkout; a primaryLocationLineHash given is kept, never recomputed from the line.
        const primary = r.locations![0]!.physicalLocation!;
        expect(primary.artifactLocation!.uriBaseId).toBeUndefined();
        expect(primary.region!.startLine).toBeGreaterThan(0);
        const file = resolveUriToFile(primary.artifactLocation!, sarif!);
        expect(file.startsWith(join(repo.dir, 'deploy', 'offers') + '/')).toBe(true);
        const hash = r.partialFingerprints?.primaryLocationLineHash;
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        // Two results are two alerts.
        expect(seen.has(hash!), `${r.ruleId} ${r.properties.subject}`).toBe(false);
        seen.add(hash!);
      }
      for (const a of sarif!.artifacts ?? []) resolveUriToFile(a.location, sarif!);
      // A base, when given, is an absolute file: URI ending in a slash (SARIF 3.14.14).
      for (const base of Object.values(sarif!.originalUriBaseIds ?? {})) expect(base.uri).toMatch(/^file:\/\/\/.*\/$/);
    });

  it('keeps each alert when lines move: the same primaryLocationLineHash after lines are added above', () => {
    const before = run(['non-compliant.yaml']).log.runs[0]!.results!;
    const original = readFileSync(join(sub, 'non-compliant.yaml'), 'utf8');
    repo.write('deploy/offers/non-compliant.yaml', `# moved\n# down\n${original}`);
    try {
      const after = run(['non-compliant.yaml']).log.runs[0]!.results!;
      expect(after.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual(
        before.map((r) => r.locations![0]!.physicalLocation!.region!.startLine! + 2),
      );
      expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    } finally {
      repo.write('deploy/offers/non-compliant.yaml', original);
    }
  });
});
