// End to end: the configuration file (.snc.yaml, snc.config.yaml) found upward to the repository root, under the command line.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { root, snc } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

const repo = tempRepo('snc-config-');
repo.copy('fixtures/compliant.yaml', 'deploy/offers/offer.yaml');
for (const f of ['kbis-altinuage.txt', 'registre-altinuage.txt'])
  repo.copy(`fixtures/sources/${f}`, `deploy/offers/sources/${f}`);
repo.copy('fixtures/packs/france-only.yaml', 'policy/france-only.yaml');
const sub = join(repo.dir, 'deploy', 'offers');
const DATE = ['--date', '2026-11-23'];
const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('a configuration file', () => {
  it('is found from a subdirectory up at the repository root; its relative paths are relative to it', () => {
    repo.write(
      '.snc.yaml',
      'profiles: [secnumcloud-3.2]\nrules: [policy/france-only.yaml]\nformats: [text, json=reports/snc.json]\nfailOn: warning\n',
    );
    mkdirSync(join(repo.dir, 'reports'), { recursive: true });
    const r = snc(['check', 'offer.yaml', ...DATE, '--no-timestamp'], {}, undefined, sub);
    // The description also declares cloud-de-confiance, which the configuration's profiles leave out: said once.
    expect(r.stderr).toBe(
      'snc: warning: offer.yaml:7:1: The description declares cloud-de-confiance, which this run does not judge: it judges secnumcloud-3.2, as the profiles asked for the run say (--profile or the configuration)\n',
    );
    // failOn: warning makes the France-only warning gate.
    expect(r.code).toBe(1);
    const report = json(readFileSync(join(repo.dir, 'reports', 'snc.json'), 'utf8'));
    expect(report.inputs[0]!.profiles).toEqual(['secnumcloud-3.2']);
    expect(report.packs.map((p) => p.pack)).toEqual(['secnumcloud-3.2', 'org-france-only']);
    expect(report.packs[1]!.file).toBe('../../policy/france-only.yaml');
    expect(report.options.failOn).toBe('warning');
    expect(r.stdout).toContain('ORG-CUSTOMER-DATA-IN-FRANCE');
  });

  it('loses to the command line, option by option', () => {
    repo.write('.snc.yaml', 'profiles: [hds]\nformats: [markdown]\nfailOn: warning\n');
    const r = snc(
      ['check', 'offer.yaml', ...DATE, '--no-timestamp', '--profile', 'secnumcloud-3.2', '--format', 'json'],
      {},
      undefined,
      sub,
    );
    const report = json(r.stdout);
    expect(report.inputs[0]!.profiles).toEqual(['secnumcloud-3.2']);
    expect(report.options.failOn).toBe('warning');
  });

  it('fixes lang, date and allowUnknown too, each shown with its line and each beaten by its option', () => {
    repo.write('.snc.yaml', '# team settings\nlang: fr\ndate: 2026-11-23\nallowUnknown: true\n');
    const report = json(snc(['check', 'offer.yaml', '--format', 'json'], {}, undefined, sub).stdout);
    expect([report.lang, report.evaluationDate, report.options.allowUnknown]).toEqual(['fr', '2026-11-23', true]);
    const shown = snc(['check', '--print-config'], {}, undefined, sub).stdout;
    expect(shown).toMatch(/^lang +fr +\.\.\/\.\.\/\.snc\.yaml:2:1$/m);
    expect(shown).toMatch(/^date +2026-11-23 +\.\.\/\.\.\/\.snc\.yaml:3:1$/m);
    expect(shown).toMatch(/^allowUnknown +true +\.\.\/\.\.\/\.snc\.yaml:4:1$/m);
    const beaten = json(
      snc(['check', 'offer.yaml', '--format', 'json', '--lang', 'en', '--date', '2026-12-01'], {}, undefined, sub)
        .stdout,
    );
    expect([beaten.lang, beaten.evaluationDate]).toEqual(['en', '2026-12-01']);
    expect(snc(['check', '--print-config', '--lang', 'en'], {}, undefined, sub).stdout).toMatch(
      /^lang +en +command line \(--lang\)$/m,
    );
  });

  it('has its switches turned off again by their --no- options', () => {
    repo.write('.snc.yaml', 'allowUnknown: true\nrequireSources: true\n');
    const off = ['--no-allow-unknown', '--no-require-sources'];
    const r = snc(['check', 'offer.yaml', ...DATE, '--format', 'json', ...off], {}, undefined, sub);
    expect(json(r.stdout).options).toMatchObject({ allowUnknown: false, requireSources: false });
    const shown = snc(['check', '--print-config', ...off], {}, undefined, sub).stdout;
    expect(shown).toMatch(/^allowUnknown +false +command line \(--no-allow-unknown\)$/m);
    expect(shown).toMatch(/^requireSources +false +command line \(--no-require-sources\)$/m);
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--format', 'json', '--no-require-sources'], {}, undefined, sub).stdout)
        .options.allowUnknown,
    ).toBe(true);
  });

  it('may be named snc.config.yaml, but not both in one folder', () => {
    rmSync(join(repo.dir, '.snc.yaml'));
    repo.write('snc.config.yaml', 'failOn: info\n');
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--format', 'json'], {}, undefined, sub).stdout).options.failOn,
    ).toBe('info');
    repo.write('.snc.yaml', 'failOn: warning\n');
    const both = snc(['check', 'offer.yaml', ...DATE], {}, undefined, sub);
    rmSync(join(repo.dir, 'snc.config.yaml'));
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'snc: ../../snc.config.yaml: two configuration files in one folder (.snc.yaml and snc.config.yaml): keep one\n',
    );
  });

  it('is the nearest one: a folder below the root may hold its own', () => {
    repo.write('.snc.yaml', 'failOn: warning\n');
    repo.write('deploy/.snc.yaml', 'failOn: info\n');
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--format', 'json'], {}, undefined, sub).stdout).options.failOn,
    ).toBe('info');
    rmSync(join(repo.dir, 'deploy', '.snc.yaml'));
  });

  it('is not looked for above the repository root', () => {
    const outer = realpathSync(mkdtempSync(join(tmpdir(), 'snc-outer-')));
    afterAll(() => rmSync(outer, { recursive: true, force: true }));
    writeFileSync(join(outer, '.snc.yaml'), 'failOn: info\n');
    const inner = join(outer, 'repo');
    execFileSync('git', ['init', '-q', inner]);
    writeFileSync(join(inner, 'offer.yaml'), readFileSync(join(root, 'fixtures/compliant.yaml')));
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--format', 'json'], {}, undefined, inner).stdout).options.failOn,
    ).toBe('error');
    // Outside any repository the search goes on to the filesystem root, so the file above applies.
    const loose = join(outer, 'loose');
    mkdirSync(loose);
    writeFileSync(join(loose, 'offer.yaml'), readFileSync(join(root, 'fixtures/compliant.yaml')));
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--format', 'json'], {}, undefined, loose).stdout).options.failOn,
    ).toBe('info');
  });

  it('is replaced by --config FILE and ignored with --no-config', () => {
    repo.write('.snc.yaml', 'failOn: warning\n');
    repo.write('ci/strict.yaml', 'failOn: info\nformats: [json]\n');
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--config', '../../ci/strict.yaml'], {}, undefined, sub).stdout).options
        .failOn,
    ).toBe('info');
    expect(
      json(snc(['check', 'offer.yaml', ...DATE, '--no-config', '--format', 'json'], {}, undefined, sub).stdout).options
        .failOn,
    ).toBe('error');
    const missing = snc(['check', 'offer.yaml', '--config', 'nope.yaml'], {}, undefined, sub);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('snc: nope.yaml: file not found\n');
  });

  it('is refused with file:line:column for every problem, before any judging', () => {
    repo.write('.snc.yaml', '# team settings\nfailOn: fatal\nprofiles: hds\ncolour: true\nallowUnknown: "yes"\n');
    const r = snc(['check', 'offer.yaml', '--format', 'json=never.json'], {}, undefined, sub);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'snc: ../../.snc.yaml:2:1: failOn: expected one of error, warning, info, got the text "fatal"',
      'snc: ../../.snc.yaml:3:1: profiles: expected a list, got the text "hds"',
      'snc: ../../.snc.yaml:4:1: colour: unknown field (expected one of profiles, rules, formats, lang, failOn, allowUnknown, date, waivers, attestations, requireSources, sourceMaxAge, baseline, updateBaseline)',
      'snc: ../../.snc.yaml:5:1: allowUnknown: expected a boolean, got the text "yes"',
    ]);
    expect(existsSync(join(sub, 'never.json'))).toBe(false);
    repo.write('.snc.yaml', '- failOn\n');
    expect(snc(['check', 'offer.yaml'], {}, undefined, sub).stderr).toBe(
      'snc: ../../.snc.yaml:1:1: expected a mapping of options at the top level of the configuration (see `snc schema --config`)\n',
    );
    repo.write('.snc.yaml', 'failOn: [\n');
    expect(snc(['check', 'offer.yaml'], {}, undefined, sub).stderr).toMatch(
      /^snc: \.\.\/\.\.\/\.snc\.yaml:\d+:\d+: invalid YAML: /,
    );
  });

  it('names the attestations file, relative to it', () => {
    repo.copy('fixtures/attestations/compliant.yaml', 'audit/attestations.yaml');
    repo.write('.snc.yaml', 'attestations: audit/attestations.yaml\n');
    const r = snc(['check', 'offer.yaml', ...DATE, '--format', 'json'], {}, undefined, sub);
    expect(r.stderr).toBe('');
    const report = json(r.stdout);
    expect(report.results.find((x) => x.ruleId === 'SNC-19.6-FUNDAMENTAL-RIGHTS')!.status).toBe('pass');
    expect(report.provenance.map((p) => [p.role, p.file])).toEqual([
      ['configuration', '../../.snc.yaml'],
      ['attestations', '../../audit/attestations.yaml'],
      ['source', 'sources/kbis-altinuage.txt'],
      ['source', 'sources/registre-altinuage.txt'],
    ]);
  });

  it('may be empty', () => {
    repo.write('.snc.yaml', '# nothing fixed yet\n');
    expect(snc(['check', 'offer.yaml', ...DATE], {}, undefined, sub).code).toBe(0);
  });

  it('shows, with --print-config, every option in effect and where it came from', () => {
    repo.write('.snc.yaml', 'profiles: [cloud-de-confiance]\nformats: [sarif=snc.sarif]\n\nfailOn: warning\n');
    const r = snc(
      ['check', '--print-config', '--fail-on', 'info', '--rules', 'a.yaml', '--rules', 'b.yaml'],
      {},
      undefined,
      sub,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'configuration: ../../.snc.yaml',
      'profiles        cloud-de-confiance                  ../../.snc.yaml:1:1',
      'rules           a.yaml, b.yaml                      command line (--rules)',
      'formats         sarif=../../snc.sarif               ../../.snc.yaml:2:1',
      'lang            (from LANG, LC_ALL or LC_MESSAGES)  not set',
      'failOn          info                                command line (--fail-on)',
      'allowUnknown    —                                   not set',
      'date            (today, or SOURCE_DATE_EPOCH)       not set',
      'waivers         —                                   not set',
      'attestations    —                                   not set',
      'requireSources  —                                   not set',
      'sourceMaxAge    (12)                                not set',
      'baseline        —                                   not set',
      'updateBaseline  —                                   not set',
      '',
    ]);
    const none = snc(['check', '--print-config', '--no-config'], {}, undefined, sub);
    expect(none.stdout).toMatch(/^configuration: none \(--no-config\)\n/);
    expect(none.stdout).toMatch(/^failOn +error +default$/m);
  });
});

describe("the project's own repository", () => {
  it('keeps no configuration file at its root: its tests make their own', () => {
    for (const name of ['.snc.yaml', 'snc.config.yaml']) expect(existsSync(join(root, name)), name).toBe(false);
  });
});

describe('snc schema --config', () => {
  const shipped = JSON.parse(readFileSync(join(root, 'schemas/config-1.schema.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('prints the shipped schema of the configuration file', () => {
    const r = snc(['schema', '--config']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(shipped);
  });

  it('accepts every key the loader reads and refuses what it refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(shipped);
    expect(
      validate({
        profiles: ['cloud-de-confiance', 'hds'],
        rules: ['packs/a.yaml'],
        formats: ['text', 'sarif=snc.sarif'],
        lang: 'fr',
        failOn: 'warning',
        allowUnknown: true,
        date: '2026-11-23',
        waivers: 'waivers.yaml',
        attestations: 'attestations.yaml',
        baseline: 'baseline.json',
        updateBaseline: 'baseline.json',
      }),
    ).toBe(true);
    for (const bad of [
      { failOn: 'fatal' },
      { profiles: 'hds' },
      { formats: ['pdf'] },
      { rules: [] },
      { date: '23/11/2026' },
      { colour: true },
    ])
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
  });
});
