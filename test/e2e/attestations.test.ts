// End to end: --attestations decides the requirements an auditor judges, shows who attested and when, and warns on terms.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { scratch } from '../bad-input/run-cases.js';
import { root, snc } from './run-bin.js';

const DESCRIPTION = 'fixtures/compliant.yaml';
const RULE = 'SNC-19.6-FUNDAMENTAL-RIGHTS';
const tmp = scratch('snc-attestations-');
afterAll(() => tmp.remove());

/** An attestations file of the given entries (YAML lines after `attestations:`), in the scratch folder. */
const attestations = (name: string, body: string) => tmp.file(name, `attestations:\n${body}`);
const entry = (fields: Record<string, string>) =>
  `  - ${Object.entries({
    provider: 'altinuage',
    clause: '"19.6.e"',
    status: 'pass',
    by: 'Claire Martin (PASSI)',
    date: '2026-06-15',
    expires: '2027-06-14',
    justification: 'No link with a foreign public body.',
    ...fields,
  })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n    ')}\n`;

const run = (file: string, date = '2026-11-23', extra: string[] = []) => {
  const r = snc([
    'check',
    DESCRIPTION,
    '--attestations',
    file,
    '--date',
    date,
    '--format',
    'json',
    '--no-timestamp',
    ...extra,
  ]);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as Report) };
};
const resultOf = (report: Report | undefined) => report!.results.find((r) => r.ruleId === RULE)!;

describe('snc check --attestations', () => {
  it('takes the verdict of an attestation that holds, with who attested and when, and records the file with its hash', () => {
    const { code, report, stderr } = run('fixtures/attestations/compliant.yaml');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const r = resultOf(report);
    expect(r.status).toBe('pass');
    expect(r.message).toContain(
      'Attested as met by Claire Martin, auditrice qualifiée PASSI, Cabinet Audit Exemple on 2026-06-15, valid until 2027-06-14',
    );
    expect(r.attestation).toMatchObject({
      status: 'pass',
      by: 'Claire Martin, auditrice qualifiée PASSI, Cabinet Audit Exemple',
      date: '2026-06-15',
      expires: '2027-06-14',
      file: 'fixtures/attestations/compliant.yaml',
      line: 3,
      column: 5,
    });
    const sha = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(root, f)))
        .digest('hex');
    expect(report!.provenance[0]).toEqual({
      role: 'attestations',
      file: 'fixtures/attestations/compliant.yaml',
      sha256: sha('fixtures/attestations/compliant.yaml'),
    });
  });

  it('shows the attestation in every format: who attested and when', () => {
    const withCompliant = (format: string) =>
      snc([
        'check',
        DESCRIPTION,
        '--attestations',
        'fixtures/attestations/compliant.yaml',
        '--date',
        '2026-11-23',
        '--format',
        format,
      ]);
    for (const format of ['text', 'junit', 'markdown', 'html']) {
      const r = withCompliant(format);
      expect(r.code, format).toBe(0);
      const flat = r.stdout.replace(/[\s│]+/g, ' ');
      expect(flat, format).toContain('Attested as met by Claire Martin');
      expect(flat, format).toContain('on 2026-06-15, valid until 2027-06-14');
    }
    // SARIF results are problems only: attested verdicts, passes included, are listed in the run's properties.
    const sarif = withCompliant('sarif');
    const run0 = (JSON.parse(sarif.stdout) as { runs: { properties: { attestations: unknown[] } }[] }).runs[0]!;
    expect(run0.properties.attestations).toEqual(
      [RULE, 'SNC-19.5-PRINCIPLES', 'SNC-19.5-DATA-SUBJECT-RIGHTS', 'SNC-19.5-PROCESSOR'].map((ruleId) => ({
        ruleId,
        subject: '/provider',
        attestation: expect.objectContaining({
          status: 'pass',
          by: 'Claire Martin, auditrice qualifiée PASSI, Cabinet Audit Exemple',
          date: '2026-06-15',
          expires: '2027-06-14',
        }),
      })),
    );
  });

  it('an attestation of fail fails the rule', () => {
    const { report } = run(
      attestations('fail.yaml', entry({ status: 'fail', justification: 'A foreign ministry sits on the board.' })),
    );
    expect(resultOf(report)).toMatchObject({ status: 'fail', messageId: 'attested.fail' });
    expect(resultOf(report).message).toContain('A foreign ministry sits on the board.');
  });

  it('an expired attestation leaves the rule unknown, and warns on stderr and in the report with its place', () => {
    const file = attestations('expired.yaml', entry({ expires: '2026-11-22' }));
    const { code, report, stderr } = run(file);
    expect(code).toBe(0);
    expect(resultOf(report)).toMatchObject({ status: 'unknown', messageId: 'attested.expired' });
    expect(resultOf(report).message).toContain('expired on 2026-11-22');
    expect(stderr).toBe(
      `snc: warning: ${file}:2:5: The attestation of clause 19.6.e by Claire Martin (PASSI) expired on 2026-11-22: it no longer counts\n`,
    );
    expect(report!.warnings).toEqual([
      {
        id: 'warning.attestation-expired',
        message: 'The attestation of clause 19.6.e by Claire Martin (PASSI) expired on 2026-11-22: it no longer counts',
        file,
        line: 2,
        column: 5,
      },
    ]);
  });

  it('lists the warnings in the text, Markdown, HTML, JUnit and GitHub reports', () => {
    const file = attestations('expired-formats.yaml', entry({ expires: '2026-11-22' }));
    const message = `${file}:2:5: The attestation of clause 19.6.e by Claire Martin (PASSI) expired on 2026-11-22: it no longer counts`;
    const out = (format: string) =>
      snc(['check', DESCRIPTION, '--attestations', file, '--date', '2026-11-23', '--format', format]).stdout;
    expect(out('text').replace(/\s+/g, ' ')).toContain(`Warnings ${message} Compliant`);
    expect(out('markdown')).toContain(`**Warnings**\n\n- ${message.replace(/_/g, '\\_')}\n`);
    expect(out('html')).toContain(`<h2>Warnings</h2><ul><li>${message}</li></ul>`);
    expect(out('junit')).toContain(`<system-err>${message}</system-err>`);
    expect(out('github')).toContain(`::warning file=${file},line=2,col=5,title=snc::The attestation of clause 19.6.e`);
  });

  it('holds on its expiry day, inclusive, and warns that it expires soon', () => {
    const file = attestations('expiring.yaml', entry({ expires: '2026-11-23' }));
    const { report, stderr } = run(file);
    expect(resultOf(report).status).toBe('pass');
    expect(stderr).toContain('expires on 2026-11-23, in 0 days');
    expect(run(attestations('expiring-1.yaml', entry({ expires: '2026-11-24' }))).stderr).toContain(
      'expires on 2026-11-24, in 1 day\n',
    );
    const later = attestations('expiring-30.yaml', entry({ expires: '2026-12-23' }));
    expect(run(later).stderr).toContain('expires on 2026-12-23, in 30 days');
    expect(run(attestations('expiring-31.yaml', entry({ expires: '2026-12-24' }))).stderr).toBe('');
  });

  it('does not count before its date', () => {
    const { report, stderr } = run(attestations('future.yaml', entry({ date: '2026-12-01' })));
    expect(resultOf(report)).toMatchObject({ status: 'unknown', messageId: 'attested.not-yet' });
    expect(stderr).toContain('is dated 2026-12-01, after the evaluation date');
  });

  it('the latest attestation that holds decides; on the same day a fail outweighs a pass', () => {
    const later = entry({ date: '2026-09-01', status: 'fail', justification: 'Reassessed.' });
    expect(resultOf(run(attestations('two.yaml', entry({}) + later)).report).status).toBe('fail');
    const same = entry({ status: 'fail', justification: 'Second opinion.' });
    expect(resultOf(run(attestations('same-day.yaml', entry({}) + same)).report).status).toBe('fail');
  });

  it('names a rule by its id as well as by its clause', () => {
    const { report } = run(attestations('by-rule.yaml', entry({ clause: '', rule: RULE })));
    expect(resultOf(report).status).toBe('pass');
  });

  it('warns about an attestation that no rule reads, and leaves that clause to its own rule', () => {
    const file = attestations('unused.yaml', entry({}) + entry({ clause: '"19.6.b"' }));
    const { report, stderr } = run(file);
    expect(stderr).toBe(
      `snc: warning: ${file}:9:5: The attestation of clause 19.6.b by Claire Martin (PASSI) concerns no rule that was run and judges from attestations\n`,
    );
    expect(report!.results.filter((r) => r.clause === '19.6.b').map((r) => r.messageId)).not.toContain('attested.pass');
  });

  it('refuses an attestation for another provider (exit 2, at its line)', () => {
    const file = attestations('other.yaml', entry({}) + entry({ provider: 'bleu' }));
    const r = run(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${file}:9:5: attestation for provider \`bleu\`, but the description judged is for \`altinuage\`\n`,
    );
  });

  it('refuses a malformed file with file:line:column, every problem at once', () => {
    const file = attestations(
      'bad.yaml',
      entry({ rule: RULE }) +
        entry({ clause: '', status: 'maybe', date: '2026-02-30', expires: '2026-01-01', colour: 'red' }),
    );
    const r = run(file);
    expect(r.code).toBe(2);
    // The schema first, as for a description: what it cannot say is checked once the file has the right shape.
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `snc: ${file}:11:5: attestations[1].status: expected one of pass, fail, got the text "maybe"`,
      `snc: ${file}:16:5: attestations[1].colour: unknown field (expected one of provider, clause, rule, status, by, date, expires, justification, sources)`,
    ]);
    const dates = attestations(
      'dates.yaml',
      entry({ clause: '', date: '2026-02-30' }) + entry({ expires: '2026-01-01' }) + entry({ rule: RULE }),
    );
    expect(run(dates).stderr.split('\n').filter(Boolean)).toEqual([
      `snc: ${dates}:2:5: attestations[0]: missing \`clause\` or \`rule\`, what is attested`,
      `snc: ${dates}:5:5: attestations[0].date: \`2026-02-30\` is not a real date`,
      `snc: ${dates}:13:5: attestations[1].expires: 2026-01-01 is before the attestation's date, 2026-06-15`,
      `snc: ${dates}:22:5: attestations[2]: give \`clause\` or \`rule\`, not both`,
    ]);
    expect(run(tmp.file('empty.yaml', '# nothing\n')).stderr).toBe(
      `snc: ${join(tmp.dir, 'empty.yaml')}:1:1: empty file, expected a YAML mapping with an \`attestations:\` list\n`,
    );
    expect(run(tmp.file('list.yaml', '- a\n')).stderr).toBe(
      `snc: ${join(tmp.dir, 'list.yaml')}:1:1: expected a mapping at the top level, with a \`attestations:\` list, got a list\n`,
    );
    expect(run(join(tmp.dir, 'missing.yaml')).stderr).toBe(`snc: ${join(tmp.dir, 'missing.yaml')}: file not found\n`);
  });

  it('never writes a report over the attestations file', () => {
    const file = attestations('target.yaml', entry({}));
    const before = readFileSync(file, 'utf8');
    const r = snc(['check', DESCRIPTION, '--attestations', file, '--format', `json=${file}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${file}: cannot write the report over the attestations file ${file}, which this run reads\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
