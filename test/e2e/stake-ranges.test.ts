// Stakes given as a range or undisclosed, through the bin: judged on their bounds, shown with their range, refused
// when a range runs backwards.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snc } from './run-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'snc-ranges-'));
const file = (name: string, us: string) => {
  const path = join(dir, name);
  writeFileSync(
    path,
    `snc: 1
name: ranges
provider: p
offer: { name: o }
entities:
  p:
    name: Provider
    type: company
    registeredOffice: FR
    centralAdministration: FR
    principalEstablishment: FR
    shareholders:
      - { holder: fr, capital: 70, votingRights: 70 }
      - { holder: us, capital: ${us}, votingRights: ${us} }
    specialRights: []
  fr: { name: French person, type: person, nationality: FR, residence: FR }
  us: { name: US person, type: person, nationality: US, residence: US }
`,
  );
  return path;
};

describe('stakes known as a range or undisclosed', () => {
  it('is unknown between its bounds, naming the holder and the bound, in English and French', () => {
    const f = file('range.yaml', '{ min: 0, max: 20 }');
    const r = snc(['check', f, '--format', 'json', '--no-timestamp', '--date', '2026-11-23']);
    const result = JSON.parse(r.stdout).results.find(
      (x: { ruleId: string }) => x.ruleId === 'SNC-19.6-CAPITAL-INDIVIDUAL',
    );
    expect(result.status).toBe('unknown');
    expect(result.message).toContain('US person');
    expect(result.details.join('\n')).toContain('US person holds between 0% and 20% of its capital');
    const fr = snc(['check', f, '--lang', 'fr', '--no-timestamp', '--date', '2026-11-23']);
    expect(fr.stdout).toContain('entre 0');
  });

  it('shows a listed holder with its range in snc ownership, text and JSON', () => {
    const f = file('undisclosed.yaml', 'unknown');
    const text = snc(['ownership', f, '--date', '2026-11-23']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('US person (US)');
    expect(text.stdout).toContain('0%–30%, undisclosed');
    const json = JSON.parse(snc(['ownership', f, '--format', 'json', '--date', '2026-11-23']).stdout);
    const o = Array.isArray(json) ? json[0] : (json.ownership?.[0] ?? json);
    expect(JSON.stringify(o)).toContain('"undisclosed":true');
  });

  it('refuses a range whose minimum is above its maximum, at its position', () => {
    const r = snc(['check', file('backwards.yaml', '{ min: 30, max: 20 }'), '--date', '2026-11-23']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/backwards\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('write the smaller figure as `min`');
  });
});

describe('the collective test of a range', () => {
  const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/rules/SNC-19.6-CAPITAL-COLLECTIVE', name);
  const collective = (f: string, lang: string) =>
    JSON.parse(
      snc(['check', f, '--format', 'json', '--no-timestamp', '--date', '2026-11-23', '--lang', lang]).stdout,
    ).results.find((x: { ruleId: string }) => x.ruleId === 'SNC-19.6-CAPITAL-COLLECTIVE');

  it('names the ranged holder and its bounds in its message, in English and French', () => {
    // p: US 20–45%, FR 55%. Outside the EU together: at least 20%, at most 20 + 25 (left open) = 45% > 39%.
    const en = collective(fixture('range-unknown.yaml'), 'en');
    expect(en.status).toBe('unknown');
    expect(en.message).toContain('together hold 20% of its capital');
    expect(en.message).toContain('could hold 45%');
    expect(en.message).toContain(
      'John Smith (US) is listed among the shareholders of Prestataire Exemple SAS with a stake known only as 20% to 45%',
    );
    const fr = collective(fixture('range-unknown.yaml'), 'fr');
    expect(fr.message).toContain(
      'John Smith (US) figure parmi les actionnaires de Prestataire Exemple SAS avec une participation connue seulement comme comprise entre 20',
    );
  });

  it('names an undisclosed stake as such', () => {
    const en = collective(fixture('undisclosed.yaml'), 'en');
    expect(en.message).toContain(
      'John Smith (US) is listed among the shareholders of Prestataire Exemple SAS with a stake that is not disclosed',
    );
  });
});

describe('a range held through an intermediate, in snc ownership', () => {
  it('shows the holder above it with the range its share lies in', () => {
    // CloudCo: HoldCo 20–50% (held 100% by John Smith), an undisclosed Swiss stake, 40% French. Left at the minimums:
    // 40%, so John Smith 100% × (20% up to 20 + 30%) = 20%–50%, the verdict's upper bound for him 20 + 40 = 60%.
    const f = join(import.meta.dirname, '../report/fixtures/ownership-ranges.yaml');
    const text = snc(['ownership', f, '--date', '2026-11-23']);
    expect(text.stdout).toMatch(/John Smith \(US\)\s*│ person\s*│ outside the EU\s*│\s*20%–50% │/);
    const json = JSON.parse(snc(['ownership', f, '--format', 'json', '--date', '2026-11-23']).stdout);
    const o = Array.isArray(json) ? json[0] : (json.ownership?.[0] ?? json);
    const us = o.holders.find((h: { id: string }) => h.id === 'us');
    expect(us.upTo.economic.capital).toBe(50);
    expect(us.economic.capital).toBe(20);
    expect(o.figures.individual.capital.upTo.economic).toBe(60);
  });
});
