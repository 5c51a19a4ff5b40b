// End to end: the bin writes each format to its file, whole, the same bytes on every run, and refuses unwritable paths first.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snc } from './run-bin.js';

const INPUT = 'test/report/fixtures/readiness.yaml';
const FORMATS = ['text', 'json', 'junit', 'sarif', 'github', 'markdown', 'html'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'snc-e2e-report-'));
});

const out = (name: string) => join(dir, name);

describe('snc check --format F=FILE', () => {
  it('writes every format to its own file in one run, and nothing to stdout', () => {
    const args = ['check', INPUT, '--date', '2026-11-23', ...FORMATS.map((f) => `--format=${f}=${out(`all.${f}`)}`)];
    const r = snc(args, { SOURCE_DATE_EPOCH: '1795000000' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    for (const f of FORMATS) expect(readFileSync(out(`all.${f}`), 'utf8').length, f).toBeGreaterThan(100);
    const json = JSON.parse(readFileSync(out('all.json'), 'utf8')) as { generatedAt: string; reportVersion: number };
    expect(json.reportVersion).toBe(1);
    expect(json.generatedAt).toBe(new Date(1795000000 * 1000).toISOString());
    expect(readFileSync(out('all.sarif'), 'utf8')).toContain('"version": "2.1.0"');
    expect(readFileSync(out('all.junit'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(readFileSync(out('all.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the same bytes on two runs with SOURCE_DATE_EPOCH, in every format', () => {
    for (const run of ['a', 'b'])
      expect(
        snc(['check', INPUT, ...FORMATS.map((f) => `--format=${f}=${out(`${run}.${f}`)}`)], {
          SOURCE_DATE_EPOCH: '1795000000',
        }).code,
      ).toBe(1);
    for (const f of FORMATS) expect(readFileSync(out(`a.${f}`)).equals(readFileSync(out(`b.${f}`))), f).toBe(true);
  });

  it('prints one format on stdout beside files', () => {
    const r = snc([
      'check',
      INPUT,
      '--date',
      '2026-11-23',
      '--no-timestamp',
      '--format',
      'github',
      '--format',
      `json=${out('beside.json')}`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=test\/report\/fixtures\/readiness.yaml,line=\d+,col=\d+,title=SNC-/);
    expect(existsSync(out('beside.json'))).toBe(true);
  });

  it('refuses a folder that does not exist: exit 2 before any work, naming the file, writing nothing', () => {
    const target = join(dir, 'missing', 'report.json');
    const r = snc(['check', INPUT, '--format', `sarif=${out('not-written.sarif')}`, '--format', `json=${target}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${target}: cannot write the report: folder ${join(dir, 'missing')} does not exist or is not writable\n`,
    );
    expect(r.stdout).toBe('');
    expect(existsSync(out('not-written.sarif'))).toBe(false);
  });

  it('refuses a path under a regular file and a path that is a folder', () => {
    writeFileSync(out('plain-file'), 'x');
    const underFile = snc(['check', INPUT, '--format', `json=${join(out('plain-file'), 'r.json')}`]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/cannot write the report: folder .* does not exist or is not writable/);
    mkdirSync(out('a-folder'));
    const folder = snc(['check', INPUT, '--format', `json=${out('a-folder')}`]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('cannot write the report: it is a directory');
  });

  it('refuses two formats to one file, and a report over the file being judged', () => {
    const twice = snc(['check', INPUT, '--format', `json=${out('same')}`, '--format', `sarif=${out('same')}`]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('two --format options write to the same file');
    expect(existsSync(out('same'))).toBe(false);
    const before = readFileSync(INPUT);
    const over = snc(['check', INPUT, '--format', `json=${INPUT}`]);
    expect(over.code).toBe(2);
    expect(over.stderr).toBe(
      `snc: ${INPUT}: cannot write the report over the description ${INPUT}, which this run reads\n`,
    );
    expect(readFileSync(INPUT).equals(before)).toBe(true);
  });

  it('refuses an unknown format and an empty file name', () => {
    const unknown = snc(['check', INPUT, '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown format "pdf" (expected one of text, json, junit, sarif, github, markdown, html)',
    );
    expect(snc(['check', INPUT, '--format', 'json=']).code).toBe(2);
  });

  it('replaces an existing report whole', () => {
    writeFileSync(out('existing.json'), 'old content that is longer than nothing at all');
    expect(
      snc(['check', INPUT, '--no-timestamp', '--date', '2026-11-23', '--format', `json=${out('existing.json')}`]).code,
    ).toBe(1);
    expect(() => JSON.parse(readFileSync(out('existing.json'), 'utf8'))).not.toThrow();
  });
});

describe('snc check --lang', () => {
  it('writes French with --lang fr, and by default when LANG is French', () => {
    const flag = snc([
      'check',
      INPUT,
      '--date',
      '2026-11-23',
      '--no-timestamp',
      '--format',
      'markdown',
      '--lang',
      'fr',
    ]);
    expect(flag.stdout).toMatch(/^# Conformité SecNumCloud de /);
    const env = snc(['check', INPUT, '--date', '2026-11-23', '--no-timestamp', '--format', 'markdown'], {
      LANG: 'fr_FR.UTF-8',
    });
    expect(env.stdout).toBe(flag.stdout);
    const english = snc(['check', INPUT, '--date', '2026-11-23', '--no-timestamp', '--format', 'markdown'], {
      LANG: 'de_DE.UTF-8',
    });
    expect(english.stdout).toMatch(/^# SecNumCloud readiness of /);
  });
});

describe('a rule’s notes, for maintainers and auditors', () => {
  it('appear in `snc rules show` and in no report format, in either language', () => {
    const sentence = { en: 'read from secondary sources', fr: 'lue dans des sources' };
    for (const lang of ['en', 'fr'] as const) {
      expect(snc(['rules', 'show', 'CDC-QUALIFICATION-VALID', '--lang', lang]).stdout).toContain(sentence[lang]);
      const r = snc([
        'check',
        'fixtures/non-compliant.yaml',
        '--profile',
        'cloud-de-confiance',
        '--lang',
        lang,
        '--no-timestamp',
        ...FORMATS.map((f) => `--format=${f}=${out(`notes-${lang}.${f}`)}`),
      ]);
      expect(r.code).toBe(1);
      for (const f of FORMATS) {
        const text = readFileSync(out(`notes-${lang}.${f}`), 'utf8');
        // GitHub's annotations stop at ten of each level: the rule may be among those left out there.
        if (f !== 'github') expect(text, f).toContain('CDC-QUALIFICATION-VALID');
        expect(text, f).not.toContain(sentence[lang]);
        expect(text, f).not.toMatch(/unconfirmed|secondary|secondaire/i);
      }
    }
  });
});
