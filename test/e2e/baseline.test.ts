// End to end: --baseline makes the unchanged findings of an earlier JSON report known (marked in every format, not
// gating), new ones and those whose facts changed gate, what the baseline had that is fixed is listed, and --update-baseline writes the next baseline.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report/report-schema.js';
import type { Report, Result } from '../../src/engine/report-types.js';
import { root, snc } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

const DATE = ['--date', '2026-07-01', '--no-timestamp'];
const repo = tempRepo('snc-baseline-');
const original = readFileSync(join(root, 'fixtures/non-compliant.yaml'), 'utf8');

/** The description as it was when the baseline was written. */
repo.write('offer.yaml', original);

/**
 * Later: two comment lines on top (every line moves), the backups leave London (fixed), the site in Virginia is now
 * in Canada (the same findings, their facts changed) unless `sameFacts`, and, with `withNew`, the provider's central
 * administration moves to the US (a new finding).
 */
const later = (withNew: boolean, sameFacts = false) =>
  `# reviewed\n# again\n${original
    .replace('{ kind: backups, storedAt: [london-1] }', '{ kind: backups, storedAt: [paris-1] }')
    .replace(
      '{ id: virginia-1, name: Ashburn, country: US,',
      sameFacts ? '{ id: virginia-1, name: Ashburn, country: US,' : '{ id: virginia-1, name: Ashburn, country: CA,',
    )
    .replace(
      withNew ? /(hyperscale-france:\n(?:.*\n){3}) {4}centralAdministration: FR/ : /^\b$/,
      '$1    centralAdministration: US',
    )}`;

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => snc(['check', ...args], env, undefined, repo.dir);
const json = (args: string[]) => {
  const r = run([...args, '--format', 'json']);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as Report) };
};

// The baseline: the first version's JSON report.
const first = run(['offer.yaml', ...DATE, '--update-baseline', 'baseline.json']);
repo.write('new.yaml', later(true));
repo.write('fixed.yaml', later(false));
repo.write('same.yaml', later(false, true));
// The same file name judged again: a baseline matches on the repository-relative file, so the later versions are
// written over offer.yaml in a copy of the repository's file name.
const judge = (version: 'new.yaml' | 'fixed.yaml' | 'same.yaml', extra: string[] = []) => {
  repo.write('offer.yaml', readFileSync(join(repo.dir, version), 'utf8'));
  return json(['offer.yaml', ...DATE, '--baseline', 'baseline.json', ...extra]);
};

const BACKUPS = { ruleId: 'SNC-19.2-CUSTOMER-DATA', subjectId: '/data/backups/storedAt/london-1' };
const LOGS = { ruleId: 'SNC-19.2-TECHNICAL-DATA', subjectId: '/data/logs/processedAt/virginia-1' };
const SEATS = { ruleId: 'SNC-19.6-SEATS', subjectId: '/entities/hyperscale-france/centralAdministration' };
const AUTONOMY = { ruleId: 'SNC-19.6-SUBCONTRACTOR-AUTONOMY', subjectId: '/subcontractors/offshore-ops/autonomy' };
/** A report as one line of words: table borders, no-break spaces and line breaks as single spaces. */
const plain = (s: string) => s.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validReport = ajv.compile(reportSchema);
const find = (report: Report, id: { ruleId: string; subjectId: string }): Result =>
  report.results.find((r) => r.ruleId === id.ruleId && r.subjectId === id.subjectId)!;

describe('snc check --baseline', () => {
  it('writes a baseline with --update-baseline: the JSON report, each result with its fingerprint and facts hash', () => {
    expect(first.code).toBe(1);
    const baseline = JSON.parse(readFileSync(join(repo.dir, 'baseline.json'), 'utf8')) as Report;
    expect(baseline.reportVersion).toBe(1);
    expect(baseline.inputs[0]!.repoPath).toBe('offer.yaml');
    for (const r of baseline.results) {
      expect(r.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(r.factsHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(find(baseline, BACKUPS).status).toBe('fail');
  });

  it('gates the new finding and the one whose facts changed; unchanged ones are known, the fixed one is listed', () => {
    const { code, report, stderr } = judge('new.yaml');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const seats = find(report!, SEATS);
    expect([seats.status, seats.baselineState, seats.gating]).toEqual(['fail', 'new', true]);
    expect(seats.baselineStatus).toBeUndefined();
    // Lines moved: the finding is the same, unchanged.
    const autonomy = find(report!, AUTONOMY);
    expect([autonomy.baselineState, autonomy.baselineStatus, autonomy.gating]).toEqual(['unchanged', 'fail', false]);
    expect(autonomy.location.line).toBeGreaterThan(2);
    // Virginia is in Canada now: same finding, facts changed, so what the baseline accepted is not what is judged.
    const logs = find(report!, LOGS);
    expect([logs.status, logs.baselineState, logs.baselineStatus, logs.gating]).toEqual([
      'fail',
      'updated',
      'fail',
      true,
    ]);
    // Every gating result is new or updated; every fail or unknown is marked.
    expect(
      report!.results.filter((r) => r.gating).every((r) => r.baselineState === 'new' || r.baselineState === 'updated'),
    ).toBe(true);
    expect(report!.results.filter((r) => r.baselineState === 'unchanged').some((r) => r.gating)).toBe(false);
    for (const r of report!.results)
      expect(r.baselineState !== undefined).toBe(['fail', 'unknown', 'waived'].includes(r.status));
    expect(report!.baseline!.fixed).toContainEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      ruleId: BACKUPS.ruleId,
      file: 'offer.yaml',
      subjectId: BACKUPS.subjectId,
      status: 'fail',
      message: expect.stringContaining('london-1') as string,
    });
    const counts = report!.baseline!.counts;
    expect(counts.new).toBe(report!.results.filter((r) => r.baselineState === 'new').length);
    expect(counts.fixed).toBe(report!.baseline!.fixed.length);
    expect(counts.updated).toBeGreaterThan(0);
    expect(report!.summary.known).toBe(
      report!.results.filter((r) => ['fail', 'unknown'].includes(r.status) && r.baselineState === 'unchanged').length,
    );
    expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
    expect(report!.provenance).toContainEqual({
      role: 'baseline',
      file: 'baseline.json',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
  });

  it('exits 0 when nothing is new or changed, 1 when facts changed, 1 without the baseline', () => {
    const { code, report } = judge('same.yaml');
    expect(report!.results.some((r) => r.baselineState === 'new' || r.baselineState === 'updated')).toBe(false);
    expect(code).toBe(0);
    expect(report!.summary.verdict).toBe('compliant');
    expect(json(['offer.yaml', ...DATE]).code).toBe(1);
    const changed = judge('fixed.yaml');
    expect(changed.report!.results.filter((r) => r.gating).map((r) => [r.ruleId, r.baselineState])).toEqual([
      [LOGS.ruleId, 'updated'],
    ]);
    expect(changed.code).toBe(1);
  });

  it('marks every finding in every format, and no known one is a failure or an error', () => {
    repo.write('offer.yaml', later(true));
    const args = ['offer.yaml', ...DATE, '--baseline', 'baseline.json', '--lang', 'en'];
    const text = plain(run([...args, '--format', 'text']).stdout);
    expect(text).toContain('New since the baseline');
    expect(text).toContain('In the baseline, unchanged; known, it does not gate');
    expect(text).toContain(
      'In the baseline: same finding, facts changed; what the baseline accepted is not what is judged now, so it gates',
    );
    expect(text).toContain('Fixed since the baseline');
    expect(text).toMatch(
      /The fail verdict of SNC-19\.2-CUSTOMER-DATA on \/data\/backups\/storedAt\/london-1 \(offer\.yaml\)/,
    );
    expect(text).toMatch(/known from the baseline do not gate/);

    for (const format of ['markdown', 'html']) {
      const out = run([...args, '--format', format]).stdout;
      expect(out, format).toContain('Fixed since the baseline');
      expect(out, format).toContain('New since the baseline');
      expect(out, format).toContain('In the baseline, unchanged');
      expect(out, format).toContain('same finding, facts changed');
      expect(out, format).toContain('SNC-19.2-CUSTOMER-DATA on /data/backups/storedAt/london-1');
    }

    const sarif = JSON.parse(run([...args, '--format', 'sarif']).stdout) as {
      runs: {
        results: {
          ruleId: string;
          level: string;
          baselineState: string;
          partialFingerprints: { primaryLocationLineHash: string };
        }[];
        properties: { baseline: Report['baseline'] };
      }[];
    };
    const report = json(args).report!;
    const states = new Map(report.results.filter((r) => r.baselineState).map((r) => [r.fingerprint, r]));
    const results = sarif.runs[0]!.results;
    expect(new Set(results.map((r) => r.baselineState))).toEqual(new Set(['new', 'unchanged', 'updated']));
    for (const r of results) {
      const same = states.get(r.partialFingerprints.primaryLocationLineHash)!;
      expect(r.baselineState).toBe(same.baselineState);
      expect(r.level === 'error').toBe(same.gating);
    }
    expect(sarif.runs[0]!.properties.baseline!.fixed.map((f) => f.subjectId)).toContain(BACKUPS.subjectId);

    const junit = run([...args, '--format', 'junit']).stdout;
    const gating = report.results.filter((r) => r.gating).length;
    expect(junit).toContain(`<testsuites name="snc" tests="${report.results.length}" failures="${gating}"`);
    expect(junit).toContain('In the baseline, unchanged; known, it does not gate.');
    expect(junit).toContain('Baseline: New since the baseline');
    expect(junit).toMatch(/Compared with the baseline baseline\.json: \d+ new/);

    const github = run([...args, '--format', 'github']).stdout.split('\n');
    const errors = github.filter((l) => l.startsWith('::error '));
    expect(errors.length).toBe(Math.min(gating, 10));
    for (const e of errors) expect(e).toMatch(/\[new\]|\[baseline%2C updated\]/);
    expect(
      github.some(
        (l) => l.startsWith('::warning ') && l.includes('[baseline]') && l.includes('known, it does not gate'),
      ),
    ).toBe(true);
  });

  it('speaks French', () => {
    repo.write('offer.yaml', later(true));
    const text = plain(run(['offer.yaml', ...DATE, '--baseline', 'baseline.json', '--lang', 'fr']).stdout);
    expect(text).toContain('Nouveau depuis la référence');
    expect(text).toContain('Dans la référence, inchangé ; connu, il ne bloque pas');
    expect(text).toContain('Corrigé depuis la référence');
  });

  it('updates the baseline it reads, atomically: the next run finds nothing new and nothing fixed', () => {
    const dir = tempRepo('snc-baseline-round-');
    dir.write('offer.yaml', original);
    const at = (args: string[]) => snc(['check', 'offer.yaml', ...DATE, ...args], {}, undefined, dir.dir);
    expect(at(['--update-baseline', 'b.json']).code).toBe(1);
    dir.write('offer.yaml', later(true));
    const before = readFileSync(join(dir.dir, 'b.json'), 'utf8');
    const updating = at(['--baseline', 'b.json', '--update-baseline', 'b.json', '--format', 'json=report.json']);
    expect(updating.code).toBe(1);
    const written = readFileSync(join(dir.dir, 'b.json'), 'utf8');
    expect(written).not.toBe(before);
    // The new baseline is the run's JSON report, compared with the old one.
    expect(written).toBe(readFileSync(join(dir.dir, 'report.json'), 'utf8'));
    expect((JSON.parse(written) as Report).baseline!.counts.fixed).toBeGreaterThan(0);
    const next = at(['--baseline', 'b.json', '--format', 'json']);
    expect(next.code).toBe(0);
    const report = JSON.parse(next.stdout) as Report;
    expect(report.baseline!.counts).toMatchObject({ new: 0, updated: 0, fixed: 0 });
    expect(report.results.filter((r) => r.baselineState).every((r) => r.baselineState === 'unchanged')).toBe(true);
  });

  it('a finding the baseline held only as waived gates again when its waiver lapses', () => {
    const dir = tempRepo('snc-baseline-waived-');
    dir.write('offer.yaml', original);
    dir.write(
      'waivers.yaml',
      'waivers:\n  - rule: SNC-19.6-SUBCONTRACTOR-AUTONOMY\n    subject: /subcontractors/offshore-ops\n    justification: Exit plan.\n    approvedBy: RSSI\n    expires: 2026-07-31\n',
    );
    const at = (args: string[]) => snc(['check', 'offer.yaml', '--no-timestamp', ...args], {}, undefined, dir.dir);
    at(['--date', '2026-07-01', '--waivers', 'waivers.yaml', '--update-baseline', 'b.json']);
    const lapsed = at([
      '--date',
      '2026-08-01',
      '--waivers',
      'waivers.yaml',
      '--baseline',
      'b.json',
      '--format',
      'json',
    ]);
    const r = find(JSON.parse(lapsed.stdout) as Report, AUTONOMY);
    expect([r.status, r.baselineState, r.baselineStatus, r.gating]).toEqual(['fail', 'updated', 'waived', true]);
    const text = plain(at(['--date', '2026-08-01', '--waivers', 'waivers.yaml', '--baseline', 'b.json']).stdout);
    expect(text).toContain('the baseline held it only as waived, so it gates again');
  });

  it('refuses a bad baseline with file:line:column and what was expected, in English and French', () => {
    const cases: [string, string, RegExp, RegExp][] = [
      [
        'not-json.json',
        '{\n  "reportVersion": 1,\n}\n',
        /^snc: not-json\.json:3:1: not JSON \(.+\): expected a JSON report of snc check/,
        /^snc: not-json\.json:3:1: ce n’est pas du JSON/,
      ],
      [
        'offer.json',
        readFileSync(join(root, 'fixtures/compliant.yaml'), 'utf8'),
        /^snc: offer\.json:\d+:\d+: not JSON/,
        /^snc: offer\.json:\d+:\d+: ce n’est pas du JSON/,
      ],
      [
        'other.json',
        '[1, 2]\n',
        /^snc: other\.json:1:1: expected a JSON report of snc check .*, got a list$/,
        /^snc: other\.json:1:1: un rapport JSON de snc check est attendu .*, trouvé une liste$/,
      ],
      [
        'v2.json',
        '{\n  "reportVersion": 2,\n  "tool": { "name": "snc" }\n}\n',
        /^snc: v2\.json:2:3: reportVersion is the number 2: expected a JSON report of version 1/,
        /^snc: v2\.json:2:3: reportVersion vaut le nombre 2 : un rapport JSON de version 1 est attendu/,
      ],
      [
        'old.json',
        '{\n  "reportVersion": 1,\n  "tool": { "name": "snc" },\n  "inputs": [{ "file": "offer.yaml", "repoPath": "offer.yaml" }],\n  "results": [\n    { "ruleId": "X", "status": "fail" }\n  ]\n}\n',
        /^snc: old\.json:6:5: results\[0\]\.fingerprint: expected a SHA-256 in hex, got nothing \(a report written before baselines: write it again with --update-baseline\)$/,
        /^snc: old\.json:6:5: results\[0\]\.fingerprint : un SHA-256 en hexadécimal est attendu, trouvé rien/,
      ],
    ];
    for (const [name, body, en, fr] of cases) {
      repo.write(name, body);
      for (const [lang, expected] of [
        ['en', en],
        ['fr', fr],
      ] as const) {
        const r = run(['offer.yaml', ...DATE, '--baseline', name, '--lang', lang]);
        expect(r.code, name).toBe(2);
        expect(r.stdout, name).toBe('');
        expect(plain(r.stderr).trim(), `${name} ${lang}`).toMatch(expected);
      }
    }
    const missing = run(['offer.yaml', ...DATE, '--baseline', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^snc: nowhere\.json: /);
  });

  it('is an input no report may overwrite; --update-baseline may replace only the baseline itself', () => {
    repo.write('offer.yaml', original);
    const before = readFileSync(join(repo.dir, 'baseline.json'), 'utf8');
    const over = run(['offer.yaml', ...DATE, '--baseline', 'baseline.json', '--format', 'json=baseline.json']);
    expect(over.code).toBe(2);
    expect(over.stderr).toBe(
      'snc: baseline.json: cannot write the report over the baseline report baseline.json, which this run reads\n',
    );
    expect(readFileSync(join(repo.dir, 'baseline.json'), 'utf8')).toBe(before);
    const description = run(['offer.yaml', ...DATE, '--baseline', 'baseline.json', '--update-baseline', 'offer.yaml']);
    expect(description.code).toBe(2);
    expect(description.stderr).toContain('cannot write the report over the description offer.yaml');
    expect(readFileSync(join(repo.dir, 'offer.yaml'), 'utf8')).toBe(original);
  });

  it('reads `baseline:` and `updateBaseline:` from the configuration, relative to it, and --print-config shows them', () => {
    const dir = tempRepo('snc-baseline-config-');
    dir.write('deploy/offer.yaml', original);
    dir.write('.snc.yaml', 'baseline: ci/baseline.json\nupdateBaseline: ci/baseline.json\n');
    dir.write('ci/.keep', '');
    const sub = join(dir.dir, 'deploy');
    const printed = snc(['check', 'offer.yaml', '--print-config'], {}, undefined, sub).stdout;
    expect(printed).toMatch(/^baseline +\.\.\/ci\/baseline\.json +\.\.\/\.snc\.yaml:1:1$/m);
    expect(printed).toMatch(/^updateBaseline +\.\.\/ci\/baseline\.json +\.\.\/\.snc\.yaml:2:1$/m);
    // No baseline yet: write it with the command line alone, then the configuration reads and updates it.
    expect(
      snc(
        ['check', 'offer.yaml', ...DATE, '--no-config', '--update-baseline', '../ci/baseline.json'],
        {},
        undefined,
        sub,
      ).code,
    ).toBe(1);
    const r = snc(['check', 'offer.yaml', ...DATE, '--format', 'json'], {}, undefined, sub);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.provenance.map((p) => [p.role, p.file])).toEqual([
      ['configuration', '../.snc.yaml'],
      ['baseline', '../ci/baseline.json'],
    ]);
    expect(report.baseline!.counts.new).toBe(0);
  });

  it('names every file the report was made from in its provenance, each with its SHA-256, and protects each one', () => {
    const dir = tempRepo('snc-provenance-');
    for (const f of [
      'fixtures/compliant.yaml',
      'fixtures/sources/kbis-altinuage.txt',
      'fixtures/sources/registre-altinuage.txt',
      'fixtures/attestations/compliant.yaml',
    ])
      dir.copy(f, f);
    dir.write(
      'waivers.yaml',
      'waivers:\n  - rule: SNC-19.6-SEATS\n    justification: Moving.\n    approvedBy: RSSI\n    expires: 2026-12-31\n',
    );
    dir.write('.snc.yaml', 'attestations: fixtures/attestations/compliant.yaml\nwaivers: waivers.yaml\n');
    const at = (args: string[]) => snc(['check', 'fixtures/compliant.yaml', ...DATE, ...args], {}, undefined, dir.dir);
    at(['--update-baseline', 'b.json']);
    const r = at(['--baseline', 'b.json', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    const sha = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir.dir, f)))
        .digest('hex');
    expect(report.provenance).toEqual(
      [
        ['configuration', '.snc.yaml'],
        ['attestations', 'fixtures/attestations/compliant.yaml'],
        ['waivers', 'waivers.yaml'],
        ['baseline', 'b.json'],
        ['source', 'fixtures/sources/kbis-altinuage.txt'],
        ['source', 'fixtures/sources/registre-altinuage.txt'],
      ].map(([role, file]) => ({ role, file, sha256: sha(file!) })),
    );
    for (const p of report.provenance) {
      const over = at(['--baseline', 'b.json', '--format', `json=${p.file}`]);
      expect(over.code, p.file).toBe(2);
      expect(over.stderr, p.file).toContain('cannot write the report over the');
      expect(sha(p.file), p.file).toBe(p.sha256);
    }
  });
});
