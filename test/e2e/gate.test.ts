// One verdict per file, told the same way by every format, through the bin; paths from a subdirectory of a real repo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/api.js';
import { findingFingerprint } from '../../src/engine/gate.js';
import { snc } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

const DATE = ['--date', '2026-11-23', '--no-timestamp'];
const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('the verdict of each file', () => {
  it('names the profiles judged and the gate, and counts what is not met below it', () => {
    const r = snc(['check', 'fixtures/compliant.yaml', ...DATE]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Compliant with secnumcloud-3.2, cloud-de-confiance at --fail-on error: 4 warnings not met — 66 results: \d+ passed, 0 failed, 4 unknown, /,
    );
    const strict = snc(['check', 'fixtures/compliant.yaml', ...DATE, '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
    expect(strict.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Not compliant with secnumcloud-3.2, cloud-de-confiance at --fail-on warning: 4 warnings not met — /,
    );
    const fr = snc(['check', 'fixtures/compliant.yaml', ...DATE, '--lang', 'fr', '--allow-unknown']);
    expect(fr.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Conforme à secnumcloud-3.2, cloud-de-confiance avec --fail-on error --allow-unknown\u00a0: 4 exigences non satisfaites \(avertissement\) — /,
    );
  });

  it('warns when the run does not judge profiles the description declares, and exits 2 when no rule applies', () => {
    const r = snc(['check', 'fixtures/compliant.yaml', '--profile', 'hds', ...DATE, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'snc: warning: fixtures/compliant.yaml:7:1: The description declares secnumcloud-3.2 and cloud-de-confiance, which this run does not judge: it judges hds',
    );
    const report = json(r.stdout);
    expect(report.warnings.map((w) => w.id)).toContain('warning.profiles-not-judged');
    expect(report.summary).toMatchObject({ verdict: 'not-judged', compliant: false });
    for (const format of ['text', 'github', 'markdown', 'html', 'junit', 'sarif']) {
      const out = snc(['check', 'fixtures/compliant.yaml', '--profile', 'hds', ...DATE, '--format', format]);
      expect(out.code).toBe(2);
      expect(out.stdout).toContain('Not judged: no rule of hds applies to this file');
      expect(out.stdout).not.toMatch(/\bCompliant\b/);
    }
  });

  it('gives each file its own verdict and counts, and exits with the worst', () => {
    const files = ['fixtures/compliant.yaml', 'fixtures/non-compliant.yaml'];
    const r = snc(['check', ...files, ...DATE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.inputs.map((i) => i.summary.verdict)).toEqual(['compliant', 'not-compliant']);
    for (const input of report.inputs) {
      const mine = report.results.filter((x) => x.location.file === input.file);
      expect(input.summary.total).toBe(mine.length);
      expect(input.summary.gating).toBe(mine.filter((x) => x.gating).length);
      expect(input.summary.fail).toBe(mine.filter((x) => x.status === 'fail').length);
    }
    expect(report.summary.total).toBe(report.inputs[0]!.summary.total + report.inputs[1]!.summary.total);
    const text = snc(['check', ...files, ...DATE])
      .stdout.trimEnd()
      .split('\n')
      .slice(-3);
    expect(text[0]).toMatch(
      /^fixtures\/compliant.yaml: Compliant with secnumcloud-3.2, cloud-de-confiance at --fail-on error: /,
    );
    expect(text[1]).toMatch(
      /^fixtures\/non-compliant.yaml: Not compliant with secnumcloud-3.2, cloud-de-confiance, hds at --fail-on error: /,
    );
    expect(text[2]).toMatch(/^Over 2 files: 1 compliant, 1 not compliant, 0 not judged — 132 results/);
    const md = snc(['check', ...files, ...DATE, '--format', 'markdown']).stdout;
    expect(md).toContain('## File fixtures/compliant.yaml');
    expect(md).toContain('## File fixtures/non-compliant.yaml');
    expect(md).toMatch(/> \*\*Compliant\*\* — \d+ warnings? not met — \d+ results: /);
    expect(md).toMatch(/> \*\*Not compliant\*\* — \d+ errors not met, \d+ warnings? not met — \d+ results: /);
    const html = snc(['check', ...files, ...DATE, '--format', 'html']).stdout;
    expect(html.match(/<h2 id="f\d-file">/g)).toHaveLength(2);
    // A file on which nothing applies makes the whole run exit 2, whatever the others.
    const worst = snc([
      'check',
      ...files,
      'fixtures/rules/HDS-EXI-28-DATA-IN-EEA/not-health.yaml',
      '--profile',
      'hds',
      ...DATE,
    ]);
    expect(worst.code).toBe(2);
  });

  it('fails in JUnit, SARIF and GitHub only what gates', () => {
    const file = 'fixtures/non-compliant.yaml';
    const report = json(snc(['check', file, ...DATE, '--format', 'json']).stdout);
    const gating = report.results.filter((r) => r.gating).length;
    const notGating = report.results.filter((r) => !r.gating && (r.status === 'fail' || r.status === 'unknown')).length;
    expect(gating).toBeGreaterThan(0);
    expect(notGating).toBeGreaterThan(0);
    const junit = snc(['check', file, ...DATE, '--format', 'junit']).stdout;
    expect(junit.match(/<failure /g)).toHaveLength(gating);
    const sarif = JSON.parse(snc(['check', file, ...DATE, '--format', 'sarif']).stdout) as {
      runs: { results: { level: string; properties: { gating: boolean } }[] }[];
    };
    const levels = sarif.runs[0]!.results.map((r) => [r.level, r.properties.gating]);
    expect(levels.filter(([l]) => l === 'error')).toHaveLength(gating);
    for (const [level, gates] of levels) expect(level === 'error').toBe(gates);
    const github = snc(['check', file, ...DATE, '--format', 'github']).stdout.split('\n');
    expect(github.filter((l) => l.startsWith('::error ')).length).toBe(Math.min(10, gating));
  });
});

describe('paths from a subdirectory of a repository', () => {
  const repo = tempRepo('snc-gate-');
  repo.copy('fixtures/non-compliant.yaml', 'deploy/offers/offer.yaml');
  const sub = join(repo.dir, 'deploy', 'offers');

  it('are the repository’s in SARIF and GitHub annotations, and in the fingerprint', () => {
    const r = snc(
      ['check', 'offer.yaml', ...DATE, '--format', 'github', '--format', 'sarif=out.sarif'],
      {},
      undefined,
      sub,
    );
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(a).toMatch(/^::\w+ file=deploy\/offers\/offer\.yaml,line=\d+,/);
    const sarif = JSON.parse(readFileSync(join(sub, 'out.sarif'), 'utf8')) as {
      runs: {
        artifacts: { location: { uri: string } }[];
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          properties: { subject: string; subjectId: string };
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    const run = sarif.runs[0]!;
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['deploy/offers/offer.yaml']);
    for (const res of run.results) {
      expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toBe('deploy/offers/offer.yaml');
      expect(res.partialFingerprints).toEqual({
        primaryLocationLineHash: findingFingerprint(res.ruleId, 'deploy/offers/offer.yaml', res.properties.subjectId),
      });
    }
    // Two subjects of one rule stay two alerts.
    const prints = run.results.map((x) => x.partialFingerprints.primaryLocationLineHash);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("in --format github, within GitHub's limits, with the job summary appended after what the job wrote before", () => {
    const summary = repo.write('summary.md', '# An earlier step, its last line unfinished');
    const r = snc(
      ['check', 'offer.yaml', ...DATE, '--format', 'github', '--format', 'sarif=out.sarif'],
      { GITHUB_STEP_SUMMARY: summary },
      undefined,
      sub,
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const level = (l: string) => l.match(/^::(error|warning|notice) /)?.[1];
    for (const name of ['error', 'warning', 'notice'])
      expect(lines.filter((l) => level(l) === name).length).toBeLessThanOrEqual(10);
    const lastError = lines.map(level).lastIndexOf('error');
    expect(lines[lastError + 1]).toMatch(
      /^::notice title=snc::\d+ more annotations are left out \(GitHub shows 10 of each level per step\): every finding is in the sarif report/,
    );
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# An earlier step, its last line unfinished\n\n## snc — ')).toBe(true);
    expect(text).toContain('- ❌ `deploy/offers/offer.yaml`: Not compliant with ');
    expect(text).toMatch(/^- \*\*error\*\* `SNC-[^`]+` `deploy\/offers\/offer\.yaml:\d+:\d+` — /m);
  });

  it('follow GITHUB_WORKSPACE when it is set', () => {
    const r = snc(
      ['check', 'offers/offer.yaml', ...DATE, '--format', 'github'],
      { GITHUB_WORKSPACE: join(repo.dir, 'deploy') },
      undefined,
      join(repo.dir, 'deploy'),
    );
    for (const a of r.stdout.split('\n').filter((l) => l.startsWith('::error file=')))
      expect(a).toMatch(/^::error file=offers\/offer\.yaml,/);
  });
});
