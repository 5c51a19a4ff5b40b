// End to end: repeatable options that never swallow files, standard input, colour, usage errors and a bare `snc`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { scratch } from '../bad-input/run-cases.js';
import { snc } from './run-bin.js';

const DATE = ['--date', '2026-11-23', '--no-config'];
const json = (stdout: string) => JSON.parse(stdout) as Report;
const tmp = scratch('snc-habits-');
afterAll(() => tmp.remove());

describe('options that repeat', () => {
  it('--profile before the file, once or twice, takes one value each and leaves the file a file', () => {
    const once = snc([
      'check',
      '--profile',
      'cloud-de-confiance',
      'fixtures/compliant.yaml',
      ...DATE,
      '--format',
      'json',
    ]);
    expect(once.stderr).toBe('');
    expect(json(once.stdout).inputs.map((i) => [i.file, i.profiles])).toEqual([
      ['fixtures/compliant.yaml', ['cloud-de-confiance']],
    ]);
    const twice = snc([
      'check',
      '--profile',
      'secnumcloud-3.2',
      '--profile',
      'cloud-de-confiance',
      'fixtures/compliant.yaml',
      ...DATE,
      '--format',
      'json',
    ]);
    expect(json(twice.stdout).inputs[0]!.profiles).toEqual(['secnumcloud-3.2', 'cloud-de-confiance']);
  });

  it('--rules and --format before the files do not take them', () => {
    const r = snc([
      'check',
      '--rules',
      'fixtures/packs/france-only.yaml',
      '--format',
      'json',
      'fixtures/compliant.yaml',
      'fixtures/smoke.yaml',
      ...DATE,
    ]);
    const report = json(r.stdout);
    expect(report.inputs.map((i) => i.file)).toEqual(['fixtures/compliant.yaml', 'fixtures/smoke.yaml']);
    expect(report.packs.map((p) => p.pack)).toContain('org-france-only');
  });

  it('--format and --rules given twice before the files take one value each', () => {
    const out = join(tmp.dir, 'twice.json');
    const r = snc([
      'check',
      '--format',
      'text',
      '--format',
      `json=${out}`,
      '--rules',
      'fixtures/packs/france-only.yaml',
      '--rules',
      'fixtures/packs/ten-percent.yaml',
      'fixtures/compliant.yaml',
      'fixtures/smoke.yaml',
      ...DATE,
      '--no-timestamp',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Over 2 files: /m);
    const report = json(readFileSync(out, 'utf8'));
    expect(report.inputs.map((i) => i.file)).toEqual(['fixtures/compliant.yaml', 'fixtures/smoke.yaml']);
    expect(report.packs.map((p) => p.file).filter((f) => f?.startsWith('fixtures/packs/'))).toEqual([
      'fixtures/packs/france-only.yaml',
      'fixtures/packs/ten-percent.yaml',
    ]);
  });

  it('refuses an unknown profile with a usage error starting with snc:, exit 2', () => {
    const r = snc(['check', '--profile', 'nope', 'fixtures/compliant.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "snc: option '--profile <profile>' argument 'nope' is invalid. expected one of secnumcloud-3.2, cloud-de-confiance, hds",
    );
    expect(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('snc: ')),
    ).toBe(true);
  });
});

describe('snc check - (standard input)', () => {
  const text = readFileSync('fixtures/rules/SNC-19.6-SEATS/fail.yaml', 'utf8');

  it('judges the description piped in, named by --stdin-filename in every place', () => {
    const r = snc(['check', '-', '--stdin-filename', 'offers/piped.yaml', ...DATE, '--format', 'json'], {}, text);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.inputs[0]!.file).toBe('offers/piped.yaml');
    expect(new Set(report.results.map((x) => x.location.file))).toEqual(new Set(['offers/piped.yaml']));
    const github = snc(
      ['check', '-', '--stdin-filename', 'offers/piped.yaml', ...DATE, '--format', 'github'],
      {},
      text,
    );
    expect(github.stdout).toMatch(/^::error file=offers\/piped\.yaml,line=\d+/m);
  });

  it('calls it <stdin> without a name, and refuses what it would refuse from a file', () => {
    expect(json(snc(['check', '-', ...DATE, '--format', 'json'], {}, text).stdout).inputs[0]!.file).toBe('<stdin>');
    const bad = snc(['check', '-', '--stdin-filename', 'x.yaml', ...DATE], {}, 'snc: 1\nname: [\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^snc: x\.yaml:\d+:\d+: invalid YAML/);
    expect(snc(['check', '-', ...DATE], {}, '').stderr).toBe(
      'snc: <stdin>:1:1: empty file, expected a YAML mapping beginning with `snc: 1`\n',
    );
    expect(snc(['check', '-', ...DATE, '--max-bytes', '10'], {}, text).stderr).toBe(
      'snc: <stdin>: input is over the limit of 10 bytes (raise it with --max-bytes)\n',
    );
  });

  it('is given once at most, and --stdin-filename needs it', () => {
    expect(snc(['check', '-', '-', ...DATE], {}, text).stderr).toBe('snc: - (standard input) may be given only once\n');
    const lonely = snc(['check', 'fixtures/compliant.yaml', '--stdin-filename', 'x.yaml', ...DATE]);
    expect(lonely.code).toBe(2);
    expect(lonely.stderr).toBe(
      'snc: --stdin-filename names the description read from standard input: give - among the files\n',
    );
  });
});

describe('colour', () => {
  const ESC = '\x1b[';
  const run = (args: string[], env: NodeJS.ProcessEnv) =>
    snc(['check', 'fixtures/compliant.yaml', ...DATE, ...args], { NO_COLOR: undefined, ...env }).stdout;

  it('--color forces it, even with NO_COLOR; --no-color and TERM=dumb take it away', () => {
    expect(run(['--color'], {})).toContain(ESC);
    expect(run(['--color'], { NO_COLOR: '1' })).toContain(ESC);
    expect(run([], { FORCE_COLOR: '1' })).toContain(ESC);
    expect(run(['--no-color'], { FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(run([], { FORCE_COLOR: '1', TERM: 'dumb' })).toContain(ESC);
    expect(run([], { TERM: 'dumb' })).not.toContain(ESC);
    expect(run(['--color'], { TERM: 'dumb' })).toContain(ESC);
    expect(run([], {})).not.toContain(ESC);
  });

  it('is honoured by snc ownership too', () => {
    expect(snc(['ownership', 'fixtures/compliant.yaml', '--color']).stdout).toContain(ESC);
    expect(snc(['ownership', 'fixtures/compliant.yaml'], { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout).toContain(
      ESC,
    );
    expect(
      snc(['ownership', 'fixtures/compliant.yaml', '--no-color'], { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout,
    ).not.toContain(ESC);
  });
});

describe('usage', () => {
  it('snc with no command prints the help on stderr and exits 2', () => {
    const r = snc([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: snc \[options\] \[command\]/);
    expect(r.stderr).toContain('check [options] [files...]');
  });

  it('snc check with no file is a usage error', () => {
    const r = snc(['check', ...DATE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('snc: no description file given (name one, or - to read it from standard input)\n');
  });

  it('an unknown command or option, or a bad value, says so on lines starting with snc:', () => {
    const bad = (...option: string[]) => ['check', 'fixtures/compliant.yaml', ...option];
    for (const args of [
      ['chekc'],
      bad('--nope'),
      ['rules', '--profile'],
      bad('--fail-on', 'fatal'),
      bad('--lang', 'de'),
      bad('--date', '2026-13-45'),
      bad('--max-bytes', 'abc'),
      bad('--format', 'pdf'),
      bad('--format', 'json='),
      bad('--profile'),
    ]) {
      const r = snc(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(
        r.stderr
          .split('\n')
          .filter(Boolean)
          .every((l) => l.startsWith('snc: ')),
        r.stderr,
      ).toBe(true);
    }
  });
});
