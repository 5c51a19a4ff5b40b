// End to end: `snc ownership` on the shipped fixtures (text and JSON, English and French), and `snc check`'s evidence.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snc } from './run-bin.js';

const DATE = ['--date', '2026-11-23'];
const fixtures = readdirSync(join(import.meta.dirname, '../../fixtures/ownership'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('snc ownership', () => {
  it('explains the diamond: the holders table, the figures, and both paths of the US holder', () => {
    const r = snc(['ownership', 'fixtures/ownership/diamond.yaml', ...DATE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'Ownership and control of CloudCo SAS (FR) — fixtures/ownership/diamond.yaml, on 2026-11-23',
    );
    expect(r.stdout).toMatch(
      /│ Acme Cloud Corp \(US\)\s+│ company\s+│ outside the EU\s+│\s+30% │\s+0% │\s+30% │\s+0% │/,
    );
    expect(r.stdout).toContain(
      'Largest single holder outside the EU, capital: 30% (Acme Cloud Corp (US), economic reading); at most 30% counting the unexplained holdings (maximum 24%)',
    );
    expect(r.stdout).toContain(
      '  Acme Cloud Corp (US) → 40% Holding A SAS → 50% CloudCo SAS = 20% of the capital, 20% of the voting rights',
    );
    expect(r.stdout).toContain(
      '  Acme Cloud Corp (US) → 20% Holding B GmbH → 50% CloudCo SAS = 10% of the capital, 10% of the voting rights',
    );
  });

  it('shows the control path through a 41% stake', () => {
    const r = snc(['ownership', 'fixtures/ownership/control-41.yaml', ...DATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'US Parent Inc. (US) ⇒ EdgeHold BV → 45% Edge Cloud SAS = 45% of the capital, 45% of the voting rights (control reading)',
    );
    expect(r.stdout).toContain('Controlled from outside the EU through US Parent Inc. (US)');
  });

  it('names what is unexplained, in French', () => {
    const r = snc(['ownership', 'fixtures/ownership/unexplained.yaml', ...DATE, '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ce que la description laisse inexpliqué');
    expect(r.stdout).toContain(
      'Nimbus SAS\u00a0: 10\u202f% en capital ne sont pas couverts par ses actionnaires déclarés (10\u202f% de Nimbus SAS)',
    );
    expect(r.stdout).toContain(
      'Offshore Holdings Ltd, informations manquantes\u00a0: siège statutaire, administration centrale et principal établissement',
    );
  });

  it('prints the same analysis as JSON, byte for byte on every run', () => {
    const a = snc(['ownership', 'fixtures/ownership/cycle.yaml', ...DATE, '--format', 'json']);
    const b = snc(['ownership', 'fixtures/ownership/cycle.yaml', ...DATE, '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const o = JSON.parse(a.stdout);
    expect(o).toMatchObject({
      file: 'fixtures/ownership/cycle.yaml',
      date: '2026-11-23',
      entity: 'alpha',
      applicable: true,
    });
    // The fixed point of the fixture's comment: 0.3 × 5/9 = 16.6667%.
    expect(o.holders.find((h: { id: string }) => h.id === 'us-capital').economic).toEqual({
      capital: 16.666667,
      votingRights: 16.666667,
    });
    expect(o.figures.individual.capital.known.economic).toBe(16.666667);
  });

  for (const f of fixtures)
    it(`computes ${f} in both languages and formats`, () => {
      for (const args of [[], ['--lang', 'fr'], ['--format', 'json']]) {
        const r = snc(['ownership', `fixtures/ownership/${f}`, ...DATE, ...args]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    });

  it('exits 2 with file, line and column on a closed cross-holding cycle, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snc-own-'));
    const f = join(dir, 'closed.yaml');
    writeFileSync(
      f,
      'snc: 1\nname: t\nprovider: a\noffer: { name: o }\nentities:\n  a:\n    type: company\n    shareholders: [{ holder: b, capital: 100, votingRights: 100 }]\n  b:\n    type: company\n    shareholders: [{ holder: a, capital: 100, votingRights: 100 }]\n',
    );
    const r = snc(['ownership', f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `snc: ${f}:8:5: cross-holding cycle with no holder outside it: the capital and voting rights of \`a\` and \`b\` are held 100% by one another, so no one ultimately holds it: list their other shareholders or correct the percentages\n`,
    );
  });

  it('exits 2 on a missing file and on a bad format', () => {
    expect(snc(['ownership', 'fixtures/ownership/nope.yaml'])).toMatchObject({
      code: 2,
      stderr: 'snc: fixtures/ownership/nope.yaml: file not found\n',
    });
    expect(snc(['ownership', 'fixtures/ownership/diamond.yaml', '--format', 'sarif']).code).toBe(2);
  });
});

describe('snc check carries the same evidence', () => {
  it('puts the provider analysis on report.ownership and the paths in the 19.6.b results', () => {
    const r = snc(['check', 'fixtures/ownership/diamond.yaml', ...DATE, '--format', 'json', '--no-timestamp']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ownership).toHaveLength(1);
    expect(report.ownership[0]).toMatchObject({ file: 'fixtures/ownership/diamond.yaml', entity: 'cloudco' });
    const individual = report.results.find((x: { ruleId: string }) => x.ruleId === 'SNC-19.6-CAPITAL-INDIVIDUAL');
    expect(individual).toMatchObject({
      status: 'fail',
      clause: '19.6.b',
      family: 'ownership',
      subject: '/entities/cloudco/shareholders/0',
    });
    expect(individual.details).toEqual([
      'Acme Cloud Corp (US): 30% of the capital in the economic reading, 0% in the control reading',
      'Acme Cloud Corp (US) → 40% Holding A SAS → 50% CloudCo SAS = 20%',
      'Acme Cloud Corp (US) → 20% Holding B GmbH → 50% CloudCo SAS = 10%',
    ]);
  });
});
