// End to end: snc diff OLD NEW shows the verdicts and facts that changed, flags what 19.6.f covers, and exits 1 then.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diff } from '../../src/engine/report-types.js';
import { scratch } from '../bad-input/run-cases.js';
import { root, snc } from './run-bin.js';

const tmp = scratch('snc-diff-');
afterAll(() => tmp.remove());
const DATE = ['--date', '2026-11-23'];
const OLD = join(root, 'fixtures', 'compliant.yaml');
const original = readFileSync(OLD, 'utf8');
mkdirSync(join(tmp.dir, 'sources'));
cpSync(join(root, 'fixtures', 'sources'), join(tmp.dir, 'sources'), { recursive: true });

/** The compliant example with one text replaced, beside copies of its source files. */
function edited(name: string, from: string, to: string): string {
  expect(original).toContain(from);
  return tmp.file(name, original.replace(from, to));
}

describe('snc diff', () => {
  it('shows a holding that changed, flags it under 19.6.f with the one-month notice, and exits 1', () => {
    const changed = edited(
      'holding.yaml',
      '{ holder: marie-dubois, capital: 13, votingRights: 13 }',
      '{ holder: marie-dubois, capital: 3, votingRights: 3 }',
    );
    const r = snc(['diff', OLD, changed, ...DATE, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout) as Diff;
    expect(d.facts).toEqual([
      {
        path: '/entities/altinuage/shareholders/marie-dubois/capital',
        change: 'changed',
        old: 13,
        new: 3,
        notice: 'holdings',
      },
      {
        path: '/entities/altinuage/shareholders/marie-dubois/votingRights',
        change: 'changed',
        old: 13,
        new: 3,
        notice: 'holdings',
      },
    ]);
    expect(d.notice).toEqual(['holdings']);
    expect(d.old).toMatchObject({ file: OLD, kind: 'description' });
    // A tenth of the provider's capital is now unexplained, below every threshold: no verdict changes.
    expect(d.verdicts).toEqual([]);

    const text = snc(['diff', OLD, changed, ...DATE]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('/entities/altinuage/shareholders/marie-dubois/capital: 13 → 3 — 19.6.f: holdings');
    expect(text.stdout).toContain('Verdicts changed (0)\n  No verdict changed.');
    expect(text.stdout).toContain(
      '2 changes touch the protection against non-EU law (holdings): under 19.6.f the customer must be told formally within one month.',
    );
    const markdown = snc(['diff', OLD, changed, ...DATE, '--format', 'markdown', '--lang', 'fr']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('## Faits modifiés');
    expect(markdown.stdout).toContain('le client doit en être informé formellement sous un mois');
  });

  it('exits 0 when no change falls under 19.6.f, and says no notice is due', () => {
    const changed = edited('offer.yaml', 'name: Altinuage IaaS Souverain', 'name: Altinuage IaaS Souverain 2');
    const r = snc(['diff', OLD, changed, ...DATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/offer/name: Altinuage IaaS Souverain → Altinuage IaaS Souverain 2\n');
    expect(r.stdout).toContain('Verdicts changed (0)\n  No verdict changed.');
    expect(r.stdout).toContain('No change falls under 19.6.f: no notice to the customer is due.');
    expect(snc(['diff', OLD, OLD, ...DATE]).stdout).toContain('Facts changed (0)\n  No fact changed.');
  });

  it('names list items by their id, so that reordering a list changes nothing', () => {
    const reordered = edited(
      'reordered.yaml',
      '      - { holder: groupe-altis, capital: 62, votingRights: 62 }\n      - { holder: fonds-souverain, capital: 25, votingRights: 25 }',
      '      - { holder: fonds-souverain, capital: 25, votingRights: 25 }\n      - { holder: groupe-altis, capital: 62, votingRights: 62 }',
    );
    const d = JSON.parse(snc(['diff', OLD, reordered, ...DATE, '--format', 'json']).stdout) as Diff;
    expect(d).toMatchObject({ facts: [], verdicts: [], notice: [] });
  });

  it('flags a new third party with access, and compares two JSON reports', () => {
    const changed = edited(
      'access.yaml',
      '    service: hypervisor management software licence\n    technicalAccessToData: false',
      '    service: hypervisor management software licence\n    technicalAccessToData: true',
    );
    const reports = [OLD, changed].map((f, i) => {
      const out = join(tmp.dir, `report-${i}.json`);
      snc(['check', f, ...DATE, '--no-timestamp', '--format', `json=${out}`]);
      return out;
    });
    const fromDescriptions = JSON.parse(snc(['diff', OLD, changed, ...DATE, '--format', 'json']).stdout) as Diff;
    expect(fromDescriptions.facts).toEqual([
      {
        path: '/subcontractors/logisoft/technicalAccessToData',
        change: 'changed',
        old: false,
        new: true,
        notice: 'third-party-access',
      },
    ]);
    expect(fromDescriptions.verdicts).toEqual([
      {
        ruleId: 'SNC-19.6-SUBCONTRACTOR-ACCESS',
        clause: '19.6.c',
        subjectId: '/subcontractors/logisoft/technicalAccessToData',
        old: 'pass',
        new: 'fail',
      },
    ]);
    const r = snc(['diff', ...reports, '--format', 'json']);
    const fromReports = JSON.parse(r.stdout) as Diff;
    expect(fromReports.old.kind).toBe('report');
    expect(fromReports.verdicts).toEqual(fromDescriptions.verdicts);
    // A report holds the holdings, not the subcontractors: its facts did not change, so no notice is due from them.
    expect(fromReports.facts).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('is exit 2 on bad input: a missing file, a bad description, two kinds of file', () => {
    const missing = snc(['diff', OLD, join(tmp.dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^snc: .*nope\.yaml/);
    const bad = tmp.file(
      'bad.yaml',
      original.replace('capital: 13, votingRights: 13', 'capital: 130, votingRights: 13'),
    );
    const r = snc(['diff', OLD, bad, ...DATE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^snc: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
    const report = join(tmp.dir, 'one.json');
    writeFileSync(report, snc(['check', OLD, ...DATE, '--no-timestamp', '--format', 'json']).stdout);
    const mixed = snc(['diff', OLD, report, ...DATE]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('compare two descriptions or two reports');
  });
});
