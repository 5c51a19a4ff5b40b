// End to end: --waivers (and `waivers:` in the configuration) turns covered fail and unknown verdicts into waived,
// shows the waiver in every format, and warns on expired, soon-expiring and unused waivers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { scratch } from '../bad-input/run-cases.js';
import { root, snc } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

const DESCRIPTION = 'fixtures/non-compliant.yaml';
const DATE = '2026-07-01';
const tmp = scratch('snc-waivers-');
afterAll(() => tmp.remove());

/** A waivers file of the given entries, each a mapping of fields, in the scratch folder. */
function waivers(name: string, entries: Record<string, string>[]): string {
  const body = entries
    .map((e) => {
      const fields = {
        justification: 'Exit plan agreed with the provider.',
        approvedBy: 'RSSI',
        expires: '2026-12-31',
        ...e,
      };
      return `  - ${Object.entries(fields)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n    ')}\n`;
    })
    .join('');
  return tmp.file(name, `waivers:\n${body}`);
}

const run = (file: string, extra: string[] = [], description = DESCRIPTION) => {
  const r = snc([
    'check',
    description,
    '--waivers',
    file,
    '--date',
    DATE,
    '--format',
    'json',
    '--no-timestamp',
    ...extra,
  ]);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as Report) };
};

const AUTONOMY = 'SNC-19.6-SUBCONTRACTOR-AUTONOMY';
const OFFSHORE = { rule: AUTONOMY, subject: '/subcontractors/offshore-ops', ticket: 'SEC-142' };

describe('snc check --waivers', () => {
  it('waives the fail of the subject it names by id, and only it; the file is in the provenance with its hash', () => {
    const file = waivers('one.yaml', [OFFSHORE]);
    const { code, report, stderr } = run(file);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const autonomy = report!.results.filter((r) => r.ruleId === AUTONOMY);
    expect(autonomy.map((r) => [r.subjectId, r.status])).toEqual([
      ['/subcontractors/hyperscale-corp/autonomy', 'fail'],
      ['/subcontractors/offshore-ops/autonomy', 'waived'],
    ]);
    expect(autonomy[1]!.subject).toBe('/subcontractors/1/autonomy');
    expect(autonomy[1]!.waiver).toEqual({
      rule: AUTONOMY,
      subject: '/subcontractors/offshore-ops',
      justification: 'Exit plan agreed with the provider.',
      approvedBy: 'RSSI',
      expires: '2026-12-31',
      ticket: 'SEC-142',
      verdict: 'fail',
      file,
      line: 2,
      column: 5,
    });
    expect(report!.summary.waived).toBe(1);
    expect(report!.provenance).toContainEqual({
      role: 'waivers',
      file,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    });
  });

  it('exits 0 when every fail and unknown is waived, never turning one into a pass', () => {
    const first = JSON.parse(
      snc(['check', DESCRIPTION, '--date', DATE, '--format', 'json', '--no-timestamp']).stdout,
    ) as Report;
    const open = [
      ...new Set(first.results.filter((r) => r.status === 'fail' || r.status === 'unknown').map((r) => r.ruleId)),
    ];
    const { code, report, stderr } = run(
      waivers(
        'all.yaml',
        open.map((rule) => ({ rule })),
      ),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report!.summary).toMatchObject({ compliant: true, fail: 0, unknown: 0, pass: first.summary.pass });
    expect(report!.summary.waived).toBe(first.summary.fail + first.summary.unknown);
  });

  it('an expired waiver does not apply: the verdict stands, and a warning names it by file:line, rule and subject', () => {
    const file = waivers('expired.yaml', [{ ...OFFSHORE, expires: '2026-06-30' }]);
    const { code, report, stderr } = run(file);
    expect(code).toBe(1);
    expect(report!.results.find((r) => r.subjectId === '/subcontractors/offshore-ops/autonomy')!.status).toBe('fail');
    const text = `${file}:2:5: The waiver of ${AUTONOMY} on /subcontractors/offshore-ops expired on 2026-06-30: it does not apply, and the verdicts it covered stand`;
    expect(stderr).toBe(`snc: warning: ${text}\n`);
    expect(report!.warnings).toEqual([
      expect.objectContaining({ id: 'warning.waiver-expired', file, line: 2, column: 5 }),
    ]);
  });

  it('applies a waiver on its expiry day, and warns when it expires within 30 days', () => {
    const today = run(waivers('today.yaml', [{ ...OFFSHORE, expires: DATE }]));
    expect(today.report!.summary.waived).toBe(1);
    expect(today.stderr).toContain(`expires on ${DATE}, in 0 days`);
    const soon = run(waivers('soon.yaml', [{ ...OFFSHORE, expires: '2026-07-31' }]));
    expect(soon.report!.summary.waived).toBe(1);
    expect(soon.stderr).toBe(
      `snc: warning: ${join(tmp.dir, 'soon.yaml')}:2:5: The waiver of ${AUTONOMY} on /subcontractors/offshore-ops expires on 2026-07-31, in 30 days\n`,
    );
    const later = run(waivers('later.yaml', [{ ...OFFSHORE, expires: '2026-08-01' }]));
    expect(later.stderr).toBe('');
  });

  it('warns on a waiver that waives nothing, one over a passing result included', () => {
    const file = waivers('unused.yaml', [
      { rule: AUTONOMY, subject: '/subcontractors/nobody' },
      { rule: 'SNC-19.1-GOVERNING-LAW' },
      { rule: AUTONOMY, subject: '/subcontractors/offshore-ops', file: 'offers/other.yaml' },
    ]);
    const { report, stderr } = run(file);
    expect(report!.summary.waived).toBe(0);
    expect(report!.results.find((r) => r.ruleId === 'SNC-19.1-GOVERNING-LAW')!.status).toBe('pass');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `snc: warning: ${file}:2:5: The waiver of ${AUTONOMY} on /subcontractors/nobody waives nothing: no fail or unknown verdict matches it`,
      `snc: warning: ${file}:7:5: The waiver of SNC-19.1-GOVERNING-LAW (every subject) waives nothing: every verdict it covers passes or does not apply`,
      `snc: warning: ${file}:11:5: The waiver of ${AUTONOMY} on /subcontractors/offshore-ops waives nothing: no fail or unknown verdict matches it`,
    ]);
    expect(report!.warnings.map((w) => w.id)).toEqual([
      'warning.waiver-unused',
      'warning.waiver-over-pass',
      'warning.waiver-unused',
    ]);
  });

  it('matches `file` on the path relative to the repository root, wherever snc runs from', () => {
    const repo = tempRepo('snc-waivers-repo-');
    repo.copy(DESCRIPTION, 'deploy/offer.yaml');
    repo.write(
      'deploy/waivers.yaml',
      `waivers:\n  - { rule: ${AUTONOMY}, file: deploy/offer.yaml, justification: Exit plan., approvedBy: RSSI, expires: 2026-12-31 }\n`,
    );
    const r = snc(
      ['check', 'offer.yaml', '--waivers', 'waivers.yaml', '--date', DATE, '--format', 'json', '--no-timestamp'],
      {},
      undefined,
      join(repo.dir, 'deploy'),
    );
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Report).summary.waived).toBe(2);
  });

  it('shows the waiver in every format: JUnit skipped, SARIF suppressed as a note, text, Markdown and HTML sections', () => {
    const file = waivers('formats.yaml', [OFFSHORE]);
    const out = (format: string, lang = 'en') =>
      snc([
        'check',
        DESCRIPTION,
        '--waivers',
        file,
        '--date',
        DATE,
        '--no-timestamp',
        '--format',
        format,
        '--lang',
        lang,
      ]).stdout;
    const line = 'Waiver approved by RSSI, until 2026-12-31 (SEC-142): Exit plan agreed with the provider.';
    expect(out('junit')).toContain(`<skipped message="${line}">`);
    const sarif = JSON.parse(out('sarif')) as { runs: { results: Record<string, unknown>[] }[] };
    const waived = sarif.runs[0]!.results.filter((r) => r.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({
      ruleId: AUTONOMY,
      level: 'note',
      suppressions: [{ kind: 'external', justification: 'Exit plan agreed with the provider.' }],
    });
    const text = out('text');
    expect(text).toContain('\nWaivers\n');
    expect(text.replace(/\s+/g, ' ')).toContain(
      `The fail verdict of ${AUTONOMY} on /subcontractors/offshore-ops/autonomy, waived by ${file}:2:5. ${line}`,
    );
    expect(out('markdown')).toContain(`  - ${line}`);
    expect(out('html')).toContain('Exit plan agreed with the provider.');
    expect(out('markdown', 'fr')).toContain(
      'Dérogation approuvée par RSSI, jusqu’au 2026-12-31 (SEC-142)\u00a0: Exit plan agreed with the provider.',
    );
  });

  it('refuses a bad waivers file with exit 2 at its line and column, in the language of the run', () => {
    const file = tmp.file(
      'bad.yaml',
      `waivers:\n  - rule: ${AUTONOMY}\n    justification: Why.\n    expires: 2026-02-30\n`,
    );
    const r = run(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`snc: ${file}:2:5: waivers[0]: missing the required field \`approvedBy\``);
    const date = tmp.file(
      'date.yaml',
      `waivers:\n  - { rule: ${AUTONOMY}, justification: Why., approvedBy: RSSI, expires: 2026-02-30 }\n`,
    );
    expect(run(date).stderr).toBe(`snc: ${date}:2:85: waivers[0].expires: \`2026-02-30\` is not a real date\n`);
    expect(run(date, ['--lang', 'fr']).stderr).toBe(
      `snc: ${date}:2:85: waivers[0].expires\u00a0: \`2026-02-30\` n’est pas une date réelle\n`,
    );
    const twice = waivers('twice.yaml', [OFFSHORE, OFFSHORE]);
    expect(run(twice).stderr).toBe(
      `snc: ${twice}:8:5: waivers[1]: waives the same rule, subject and file as waivers[0]\n`,
    );
  });

  it('is an input that no report may overwrite', () => {
    const file = waivers('input.yaml', [OFFSHORE]);
    const before = readFileSync(file, 'utf8');
    const r = snc(['check', DESCRIPTION, '--waivers', file, '--format', `json=${file}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('waivers file');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('is read from `waivers:` in the configuration file, relative to it', () => {
    const repo = tempRepo('snc-waivers-config-');
    repo.copy(DESCRIPTION, 'offer.yaml');
    repo.write(
      'policy/waivers.yaml',
      `waivers:\n  - { rule: ${AUTONOMY}, subject: /subcontractors/offshore-ops, justification: Exit plan., approvedBy: RSSI, expires: 2026-12-31 }\n`,
    );
    repo.write('.snc.yaml', 'waivers: policy/waivers.yaml\n');
    const r = snc(
      ['check', 'offer.yaml', '--date', DATE, '--format', 'json', '--no-timestamp'],
      {},
      undefined,
      repo.dir,
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.summary.waived).toBe(1);
    expect(report.provenance.map((p) => p.role)).toEqual(['configuration', 'waivers']);
  });

  it('ships its own JSON Schema, printed by snc schema --waivers', () => {
    const r = snc(['schema', '--waivers']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { $id: string; properties: { waivers: { items: { required: string[] } } } };
    expect(printed).toEqual(JSON.parse(readFileSync(join(root, 'schemas', 'waivers-1.schema.json'), 'utf8')));
    expect(printed.$id).toBe('https://snc.dev/schemas/waivers-1.schema.json');
    expect(printed.properties.waivers.items.required).toEqual(['rule', 'justification', 'approvedBy', 'expires']);
  });
});
