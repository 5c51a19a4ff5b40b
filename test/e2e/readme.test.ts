// The README's examples of the files beside a description are real: each is read by the bin as it is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { root, snc } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The fenced blocks of one language in the README section under `heading`, in order. */
function blocks(heading: string, lang: string): string[] {
  const start = readme.indexOf(`\n### ${heading}`);
  expect(start, heading).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const rest = readme.slice(start, end < 0 ? undefined : end).split(/\n### /)[1]!;
  return [...rest.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
}

const DATE = ['--date', '2026-07-01', '--no-timestamp'];
const repo = tempRepo('snc-readme-');
for (const f of [
  'fixtures/compliant.yaml',
  'fixtures/non-compliant.yaml',
  'fixtures/sources/kbis-altinuage.txt',
  'fixtures/sources/registre-altinuage.txt',
])
  repo.copy(f, f);
const run = (args: string[]) => snc(['check', ...args, ...DATE], {}, undefined, repo.dir);

describe('the README documents the files beside a description with examples that work', () => {
  it('sources: the example is fixtures/compliant.yaml’s, with the SHA-256 of its file', () => {
    const [example] = blocks('Sources', 'yaml');
    const sources = (
      load(example!, { schema: JSON_SCHEMA }) as {
        sources: Record<string, { title: string; issuer: string; date: string; file: string; sha256: string }>;
      }
    ).sources;
    const described = (
      load(readFileSync(join(root, 'fixtures/compliant.yaml'), 'utf8')) as { sources: Record<string, unknown> }
    ).sources;
    for (const [id, s] of Object.entries(sources)) {
      expect(described[id], id).toMatchObject({ title: s.title, issuer: s.issuer, file: s.file, sha256: s.sha256 });
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('attestations: the example is accepted and decides 19.6.e for fixtures/compliant.yaml', () => {
    const [example] = blocks('Attestations', 'yaml');
    repo.write('attestations.yaml', example!);
    const r = run(['fixtures/compliant.yaml', '--attestations', 'attestations.yaml', '--format', 'json']);
    // The sources' own warnings aside, nothing is said of the attestations file.
    expect(r.stderr).not.toContain('attestations.yaml');
    expect(r.code).toBe(0);
    const results = (JSON.parse(r.stdout) as { results: { ruleId: string; status: string; attestation?: unknown }[] })
      .results;
    expect(results.find((x) => x.ruleId === 'SNC-19.6-FUNDAMENTAL-RIGHTS')).toMatchObject({
      status: 'pass',
      attestation: expect.anything() as unknown,
    });
  });

  it('waivers: the example is a valid waivers file', () => {
    const [example] = blocks('Waivers', 'yaml');
    repo.write('deploy/offer.yaml', readFileSync(join(root, 'fixtures/non-compliant.yaml'), 'utf8'));
    repo.write('waivers.yaml', example!);
    const r = run(['deploy/offer.yaml', '--waivers', 'waivers.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const results = (JSON.parse(r.stdout) as { results: { subjectId: string; status: string }[] }).results;
    expect(results.find((x) => x.subjectId === '/subcontractors/offshore-ops/autonomy')?.status).toBe('waived');
  });

  it('baselines: the three commands of the workflow', () => {
    const [commands] = blocks('Baselines', 'sh');
    const lines = commands!
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/\s+#.*$/, '').split(/\s+/));
    expect(lines.length).toBe(3);
    repo.write('offer.yaml', readFileSync(join(root, 'fixtures/non-compliant.yaml'), 'utf8'));
    const codes = lines.map(([sncName, command, ...args]) => {
      expect([sncName, command]).toEqual(['snc', 'check']);
      return run(args).code;
    });
    expect(codes).toEqual([1, 0, 0]);
  });
});
