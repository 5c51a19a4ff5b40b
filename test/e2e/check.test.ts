// End to end: `snc check` and `snc rules` on the shipped fixtures, as a user runs them (stdout and exit code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { root, snc } from './run-bin.js';

const DATE = ['--date', '2026-11-23'];
const json = (args: string[]) => {
  const r = snc(['check', ...args, ...DATE, '--format', 'json', '--no-timestamp']);
  return { ...r, report: JSON.parse(r.stdout) as Report };
};
const lineOf = (file: string, text: string) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

const ATTESTED = ['--attestations', 'fixtures/attestations/compliant.yaml'];

describe('snc check fixtures/compliant.yaml', () => {
  it('is compliant in text, in English and French (exit 0)', () => {
    const en = snc(['check', 'fixtures/compliant.yaml', ...DATE, ...ATTESTED]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('SNC-19.2-CUSTOMER-DATA');
    expect(en.stdout).toContain('CDC-QUALIFICATION-VALID');
    expect(en.stdout).toMatch(
      /Compliant with secnumcloud-3.2, cloud-de-confiance at --fail-on error: every applicable requirement met — \d+ results: \d+ passed, 0 failed, 0 unknown/,
    );
    const fr = snc(['check', 'fixtures/compliant.yaml', ...DATE, ...ATTESTED, '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(
      /Conforme à secnumcloud-3.2, cloud-de-confiance avec --fail-on error\u00a0: toutes les exigences applicables sont satisfaites — \d+ résultats\u00a0: \d+ conformes, 0 non conforme, 0 indéterminé, \d+ non applicables?, 0 dérogation/,
    );
    expect(fr.stdout).toContain('Union européenne');
  });

  it('is compliant in JSON, every result a pass or not applicable, under both of its profiles (exit 0)', () => {
    for (const lang of ['en', 'fr']) {
      const { code, report } = json(['fixtures/compliant.yaml', ...ATTESTED, '--lang', lang]);
      expect(code).toBe(0);
      expect(report.summary).toMatchObject({ compliant: true, fail: 0, unknown: 0 });
      expect(report.inputs[0]!.profiles).toEqual(['secnumcloud-3.2', 'cloud-de-confiance']);
      expect(new Set(report.results.map((r) => r.status))).toEqual(new Set(['pass', 'not-applicable']));
      // Only data flows a rule does not concern are not applicable, each saying why.
      for (const r of report.results.filter((x) => x.status === 'not-applicable'))
        expect(r.subject, r.ruleId).toMatch(/^\/data\/\d+$/);
      const ran = new Set(report.results.map((r) => r.ruleId));
      for (const id of [
        'SNC-19.6-SEATS',
        'SNC-19.2-CUSTOMER-DATA',
        'SNC-19.2-TECHNICAL-DATA',
        'SNC-19.2-ADMINISTRATION',
        'SNC-19.2-SUPPORT',
        'SNC-19.6-SUBCONTRACTOR-ACCESS',
        'SNC-19.6-SUBCONTRACTOR-AUTONOMY',
        'SNC-19.1-GOVERNING-LAW',
        'SNC-19.1-STATES-QUALIFICATION',
        'SNC-19.6-CHANGE-NOTICE',
        'SNC-10.6-CERTIFICATE-AUTHORITY',
        'CDC-QUALIFICATION-VALID',
        'SNC-19.6-FUNDAMENTAL-RIGHTS',
      ])
        expect(ran.has(id), id).toBe(true);
    }
  });

  it('without attestations, leaves 19.6.e and 19.5 to be attested: unknown at warning severity, which does not gate by default', () => {
    const { code, report } = json(['fixtures/compliant.yaml']);
    expect(code).toBe(0);
    const open = report.results.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable');
    expect(open.map((r) => [r.ruleId, r.status, r.severity])).toEqual(
      ['SNC-19.6-FUNDAMENTAL-RIGHTS', 'SNC-19.5-PRINCIPLES', 'SNC-19.5-DATA-SUBJECT-RIGHTS', 'SNC-19.5-PROCESSOR'].map(
        (id) => [id, 'unknown', 'warning'],
      ),
    );
    expect(snc(['check', 'fixtures/compliant.yaml', ...DATE, '--fail-on', 'warning']).code).toBe(1);
  });

  it('gives the same JSON twice, byte for byte', () => {
    expect(json(['fixtures/compliant.yaml']).stdout).toBe(json(['fixtures/compliant.yaml']).stdout);
  });
});

describe('snc check fixtures/non-compliant.yaml', () => {
  it('is not compliant (exit 1), with failures across families', () => {
    const { code, report } = json(['fixtures/non-compliant.yaml']);
    expect(code).toBe(1);
    const failed = report.results.filter((r) => r.status === 'fail');
    expect([...new Set(failed.map((r) => r.family))]).toEqual(
      expect.arrayContaining(['location', 'staff', 'subcontracting', 'contract', 'keys', 'certification']),
    );
    for (const id of [
      'SNC-19.2-CUSTOMER-DATA',
      'SNC-19.2-TECHNICAL-DATA',
      'SNC-19.2-ADMINISTRATION',
      'SNC-19.2-SUPPORT',
      'SNC-19.6-SUBCONTRACTOR-ACCESS',
      'SNC-19.6-SUBCONTRACTOR-AUTONOMY',
      'SNC-19.1-STATES-QUALIFICATION',
      'SNC-19.6-CHANGE-NOTICE',
      'SNC-10.6-CERTIFICATE-AUTHORITY',
      'CDC-QUALIFICATION-VALID',
      'HDS-EXI-28-DATA-IN-EEA',
      'HDS-EXI-29-REMOTE-ACCESS',
    ])
      expect(
        failed.some((r) => r.ruleId === id),
        id,
      ).toBe(true);
    expect(report.inputs[0]!.profiles).toContain('hds');
  });

  it('places each finding on the line that causes it', () => {
    const { report } = json(['fixtures/non-compliant.yaml']);
    const at = (rule: string, subject: string) =>
      report.results.find((r) => r.ruleId === rule && r.subject === subject)!.location;
    expect(at('SNC-19.2-CUSTOMER-DATA', '/data/1/storedAt/0').line).toBe(
      lineOf('fixtures/non-compliant.yaml', 'kind: backups, storedAt: [london-1]'),
    );
    expect(at('SNC-19.2-TECHNICAL-DATA', '/data/3/processedAt/0').line).toBe(
      lineOf('fixtures/non-compliant.yaml', 'processedAt: [virginia-1]'),
    );
    expect(at('SNC-10.6-CERTIFICATE-AUTHORITY', '/certificates/authorityCountry').line).toBe(
      lineOf('fixtures/non-compliant.yaml', 'authorityCountry: US'),
    );
  });

  it('prints its findings in French', () => {
    const r = snc(['check', 'fixtures/non-compliant.yaml', ...DATE, '--lang', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Non conforme');
    expect(r.stdout).toContain('Royaume-Uni (GB)');
  });
});

describe('snc check options', () => {
  it('--profile replaces the description’s profiles', () => {
    const file = 'fixtures/rules/CDC-QUALIFICATION-VALID/fail.yaml';
    expect(json([file]).report.results.some((r) => r.ruleId === 'CDC-QUALIFICATION-VALID' && r.status === 'fail')).toBe(
      true,
    );
    const only = json([file, '--profile', 'secnumcloud-3.2']).report;
    expect(only.inputs[0]!.profiles).toEqual(['secnumcloud-3.2']);
    expect(only.results.some((r) => r.ruleId.startsWith('CDC-'))).toBe(false);
    const hds = json(['fixtures/rules/HDS-EXI-28-DATA-IN-EEA/not-health.yaml', '--profile', 'hds']);
    expect(hds.report.results.map((r) => r.status)).toEqual(['not-applicable', 'not-applicable']);
    // No rule of the profile judged applies: the file was not judged (exit 2), never compliant.
    expect(hds.report.summary).toMatchObject({ verdict: 'not-judged', compliant: false });
    expect(hds.code).toBe(2);
  });

  it('--fail-on decides which severities block: a warning of a user pack', () => {
    const pack = ['--rules', 'fixtures/packs/france-only.yaml'];
    const relaxed = json(['fixtures/compliant.yaml', ...pack]);
    expect(
      relaxed.report.results.filter((r) => r.ruleId === 'ORG-CUSTOMER-DATA-IN-FRANCE' && r.status === 'fail'),
    ).toHaveLength(1);
    expect(relaxed.code).toBe(0);
    expect(snc(['check', 'fixtures/compliant.yaml', ...DATE, ...pack, '--fail-on', 'warning']).code).toBe(1);
    expect(snc(['check', 'fixtures/compliant.yaml', ...DATE, ...pack, '--fail-on', 'info']).code).toBe(1);
  });

  it('--allow-unknown lets a description with only unknown verdicts pass', () => {
    const { code, report } = json(['fixtures/incomplete.yaml']);
    expect(report.summary.fail).toBe(0);
    expect(report.summary.unknown).toBeGreaterThan(5);
    expect(code).toBe(1);
    expect(snc(['check', 'fixtures/incomplete.yaml', ...DATE, '--allow-unknown']).code).toBe(0);
  });
});

describe('snc rules', () => {
  it('lists every built-in rule, in both languages', () => {
    const en = snc(['rules', 'list', '--lang', 'en']);
    expect(en.code).toBe(0);
    for (const id of [
      'SNC-19.6-SEATS',
      'SNC-19.2-CUSTOMER-DATA',
      'SNC-10.6-CERTIFICATE-AUTHORITY',
      'CDC-QUALIFICATION-VALID',
      'HDS-EXI-28-DATA-IN-EEA',
      'HDS-EXI-29-REMOTE-ACCESS',
    ])
      expect(en.stdout).toContain(id);
    expect(en.stdout).toContain('Customer data is stored and processed in the EU');
    const fr = snc(['rules', 'list', '--lang', 'fr']);
    expect(fr.stdout).toContain('Les données des clients sont stockées et traitées au sein de l’UE');
    expect(fr.stdout).toMatch(/^SNC-19\.6-SEATS +19\.6\.a +Juridiction +erreur +Le siège/m);
    expect(en.stdout).toMatch(/^SNC-19\.6-SEATS +19\.6\.a +Jurisdiction +error +The provider/m);
  });

  it('lists the rules of one profile', () => {
    const r = snc(['rules', 'list', '--profile', 'hds']);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['HDS-EXI-28-DATA-IN-EEA', 'HDS-EXI-29-REMOTE-ACCESS']);
  });

  it('shows one rule in English and in French', () => {
    const en = snc(['rules', 'show', 'SNC-19.6-CHANGE-NOTICE', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Clause: 19.6.f');
    expect(en.stdout).toContain('30 days');
    expect(en.stdout).toContain('change-notice {"maxDays":30}');
    expect(en.stdout).toContain('\nRationale:\n');
    const fr = snc(['rules', 'show', 'SNC-19.6-CHANGE-NOTICE', '--lang', 'fr']);
    expect(fr.stdout).toContain('Exigence\u00a0: 19.6.f');
    expect(fr.stdout).toContain('\nJustification\u00a0:\n');
    expect(fr.stdout).toContain('Un mois est lu ici comme 30 jours');
  });

  it('prints the sources and notes behind a rule for an auditor, which no report shows', () => {
    const en = snc(['rules', 'show', 'CDC-QUALIFICATION-VALID', '--lang', 'en']);
    expect(en.stdout).toContain('\nSources and notes (for auditors):\n  Sources for maintainers and auditors: ');
    const fr = snc(['rules', 'show', 'CDC-QUALIFICATION-VALID', '--lang', 'fr']);
    expect(fr.stdout).toContain('\nSources et notes (pour l’auditeur)\u00a0:\n  Sources, pour les mainteneurs');
    const report = snc([
      'check',
      'fixtures/rules/CDC-QUALIFICATION-VALID/fail.yaml',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(report.stdout).not.toMatch(/secondary|Sources for maintainers/i);
  });

  it('lists every check function a rule pack can name, with its parameters', () => {
    const r = snc(['rules', 'functions']);
    expect(r.code).toBe(0);
    for (const fn of ['entity-seats', 'data-location', 'foreign-holding-max', 'subcontractor-autonomy'])
      expect(r.stdout).toMatch(new RegExp(`^${fn} — `, 'm'));
    expect(r.stdout).toContain(
      '  minAlternatives (whole number; default 2): fewest alternative suppliers that ensure autonomy',
    );
    const fr = snc(['rules', 'functions', '--lang', 'fr']);
    expect(fr.stdout).toContain(
      '  minAlternatives (nombre entier\u202f; par défaut 2)\u00a0: nombre minimal de fournisseurs alternatifs',
    );
    expect(fr.stdout).toMatch(/^subcontractor-autonomy — chaque sous-traitant est qualifié SecNumCloud/m);
  });

  it('names families and severities in the chosen language', () => {
    const fr = snc(['rules', 'show', 'SNC-19.6-SEATS', '--lang', 'fr']);
    expect(fr.stdout).toContain('Famille\u00a0: Juridiction');
    expect(fr.stdout).toContain('Sévérité\u00a0: erreur');
  });

  it('exits 2 on an unknown rule id', () => {
    const r = snc(['rules', 'show', 'SNC-NOPE']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SNC-NOPE');
  });
});
