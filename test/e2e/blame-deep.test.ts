// Through the bin, on chains five companies deep: an unknown names the entity whose facts are missing (the top of
// the chain, which lists no shareholders; the holding given only as a range) and points at it with its line, never
// at the intermediates whose own holdings are complete.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snc } from './run-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'snc-blame-'));
const company = (name: string, seat: string, holdings: string) =>
  `    name: ${name}\n    type: company\n    registeredOffice: ${seat}\n    centralAdministration: ${seat}\n    principalEstablishment: ${seat}\n    specialRights: []\n${holdings}`;
const holdings = (...hs: [string, string][]) =>
  `    shareholders:\n${hs.map(([h, s]) => `      - { holder: ${h}, capital: ${s}, votingRights: ${s} }\n`).join('')}`;

/**
 * The provider p and the subcontractor s (with access) are each held 100% by c1; c1 to c4 are each held 70% by the
 * next company and 30% by a French person; c5, at the top, is seated in Luxembourg and lists no shareholders. With
 * `range`, c4 is held by a US company between `range` instead of 70% by c5.
 */
function chain(name: string, range?: string): { path: string; text: string } {
  const lines = ['snc: 1', 'name: deep chain', 'provider: p', 'offer: { name: o }', 'entities:'];
  lines.push(`  p:\n${company('Provider SAS', 'FR', holdings(['c1', '100']))}`);
  lines.push(`  s:\n${company('Sub SAS', 'FR', holdings(['c1', '100']))}`);
  for (let i = 1; i <= 4; i++) {
    const up: [string, string] = i === 4 && range ? ['us', range] : [`c${i + 1}`, '70'];
    lines.push(`  c${i}:\n${company(`Level ${i} SAS`, 'FR', holdings(up, ['fr', '30']))}`);
  }
  lines.push(`  c5:\n${company('Top Holding SA', 'LU', '')}`);
  lines.push(`  us:\n${company('US Fund Inc', 'US', holdings(['us-float', '100']))}`);
  lines.push('  us-float: { name: US Fund float, type: public-float }');
  lines.push('  fr: { name: French person, type: person, nationality: FR, residence: FR }');
  lines.push('subcontractors:\n  - { entity: s, service: hosting, technicalAccessToData: true }');
  const text = lines.join('\n').replace(/\n\n/g, '\n') + '\n';
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, text };
}
/** The line (1-based) of the first line of `text` that starts with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

interface JsonResult {
  ruleId: string;
  status: string;
  subject: string;
  location: { line: number };
  message: string;
  details: string[];
  evidence?: Record<string, unknown>;
}
const results = (path: string, lang = 'en'): JsonResult[] =>
  JSON.parse(snc(['check', path, '--format', 'json', '--no-timestamp', '--date', '2026-11-23', '--lang', lang]).stdout)
    .results;

describe('blame on a chain five companies deep', () => {
  const { path, text } = chain('deep.yaml');
  const top = lineOf(text, '  c5:');

  it('19.6.b points every test at the top company, with its line', () => {
    const rs = results(path).filter((r) => /CAPITAL|VETO|BOARD/.test(r.ruleId));
    expect(rs.map((r) => r.ruleId).sort()).toEqual([
      'SNC-19.6-BOARD-MAJORITY',
      'SNC-19.6-CAPITAL-COLLECTIVE',
      'SNC-19.6-CAPITAL-INDIVIDUAL',
      'SNC-19.6-VETO',
    ]);
    for (const r of rs) {
      expect(r.status, r.ruleId).toBe('unknown');
      expect(r.subject, r.ruleId).toBe('/entities/c5');
      expect(r.location.line, r.ruleId).toBe(top);
      expect(r.details.join('\n'), r.ruleId).toContain('Top Holding SA');
      expect(r.details.join('\n'), r.ruleId).not.toMatch(/Level \d SAS/);
    }
  });

  it('19.6.c names the top company in its message and points its details at it, with its line', () => {
    for (const [lang, line] of [
      ['en', `Top Holding SA: shareholders not given (/entities/c5, line ${top})`],
      ['fr', `Top Holding SA : information non renseignée : shareholders (/entities/c5, ligne ${top})`],
    ] as const) {
      const r = results(path, lang).find((x) => x.ruleId === 'SNC-19.6-SUBCONTRACTOR-ACCESS')!;
      expect(r.status).toBe('unknown');
      // The subject stays the third party judged; the message and the details name the entity to blame.
      expect(r.subject).toBe('/subcontractors/0/entity');
      expect(r.message).toContain('Top Holding SA');
      expect(r.message).not.toMatch(/Level \d SAS/);
      // French typography puts narrow no-break spaces before colons: compared as plain spaces.
      expect(r.details.map((d) => d.replace(/[\u00a0\u202f]/g, ' '))).toEqual([line]);
      expect(r.evidence).toMatchObject({ missing: ['c5/shareholders'], missingAt: ['/entities/c5'] });
    }
  });
});

describe('a range five companies deep', () => {
  const { path, text } = chain('range.yaml', '{ min: 10, max: 60 }');
  // The line of c4's first holding: the US company's, given only as a range.
  const c4 = lineOf(text, '  c4:');
  const holding =
    c4 +
    text
      .split('\n')
      .slice(c4)
      .findIndex((l) => l.includes('holder: us,')) +
    1;

  it('19.6.c names the holder, the company it holds and the range, and points at the holding', () => {
    // s ← 100% c1 ← 70% c2 ← 70% c3 ← 70% c4 ← 10–60% US: at least 0.7³ × 10% = 3.43% from the US company; with the
    // rest of c4 open, one holder could have more than 24%.
    const r = results(path).find((x) => x.ruleId === 'SNC-19.6-SUBCONTRACTOR-ACCESS')!;
    expect(r.status).toBe('unknown');
    expect(r.message).toContain(
      'US Fund Inc is listed among the shareholders of Level 4 SAS with a stake known only as 10% to 60%',
    );
    expect(r.message).toContain('3.43% on the known facts');
    expect(r.details).toEqual([
      `Level 4 SAS: US Fund Inc holds between 10% and 60% (/entities/c4/shareholders/0/capital, line ${holding})`,
    ]);
    const fr = results(path, 'fr').find((x) => x.ruleId === 'SNC-19.6-SUBCONTRACTOR-ACCESS')!;
    expect(fr.message).toContain(
      'US Fund Inc figure parmi les actionnaires de Level 4 SAS avec une participation connue seulement comme comprise entre 10',
    );
    expect(fr.details[0]).toContain(`ligne ${holding}`);
  });

  it('19.6.b points at the company whose holdings are given as a range', () => {
    const r = results(path).find((x) => x.ruleId === 'SNC-19.6-CAPITAL-INDIVIDUAL')!;
    expect(r.status).toBe('unknown');
    expect(r.subject).toBe('/entities/c4/shareholders');
    expect(r.message).toContain('US Fund Inc');
  });
});
