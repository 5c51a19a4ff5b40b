// The rule table: every fixture under fixtures/rules runs through check() and gets the verdict its x-expect states.
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { builtinPackFiles } from '../../src/engine/load-packs.js';
import { PackSet } from '../../src/engine/select-rules.js';
import { loadCase, meets, resultsOf, type KnownRules } from './rule-table.js';

const root = join(import.meta.dirname, '../..');
const fixturesDir = join(root, 'fixtures/rules');
const knownRules: KnownRules = new Map(
  PackSet.rules(new PackSet(checks).resolve([...builtinPackFiles().keys()])).map((r) => [r.id, r.checkFunction.messages]),
);
const files = readdirSync(fixturesDir)
  .sort()
  .flatMap((dir) => readdirSync(join(fixturesDir, dir)).sort().map((f) => join(fixturesDir, dir, f)));

describe('rule table (fixtures/rules)', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  for (const file of files) {
    const name = file.slice(fixturesDir.length + 1);
    it(name, () => {
      const c = loadCase(file, knownRules);
      const results = resultsOf(c);
      const statuses = results.map((r) => r.status);
      expect(statuses.length, `${c.rule} did not run on ${name}`).toBeGreaterThan(0);
      expect(meets(statuses, c.status), `${name}: expected ${c.status}, got ${statuses.join(', ')}\n${results.map((r) => r.message).join('\n')}`).toBe(true);
      expect(results.map((r) => ({ status: r.status, messageId: r.messageId, subject: r.subject })), name).toEqual(c.results);
      // Every verdict renders in French too, with the same statuses and subjects.
      const fr = resultsOf(c, 'fr');
      expect(fr.map((r) => [r.status, r.subject])).toEqual(results.map((r) => [r.status, r.subject]));
      for (const r of [...results, ...fr]) expect(r.message).not.toMatch(/\{\w+\}/);
    });
  }
});

describe('the table tester rejects a malformed table', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'snc-table-'));
  const fixture = (dir: string, body: string) => {
    mkdirSync(join(tmp, dir), { recursive: true });
    const f = join(tmp, dir, 'case.yaml');
    writeFileSync(f, `snc: 1\nname: t\nprovider: p\noffer: { name: o }\nentities:\n  p: { type: company, registeredOffice: FR, centralAdministration: FR, principalEstablishment: FR }\n${body}`);
    return f;
  };

  it('a fixture without x-expect', () => {
    expect(() => loadCase(fixture('SNC-19.6-SEATS', ''), knownRules)).toThrow(/no x-expect/);
  });
  it('an unknown rule id', () => {
    expect(() => loadCase(fixture('SNC-99-NOPE', 'x-expect: { rule: SNC-99-NOPE, status: pass, date: "2026-11-23" }\n'), knownRules)).toThrow(/not a rule/);
  });
  it('a fixture in another rule’s folder', () => {
    expect(() => loadCase(fixture('SNC-19.2-SUPPORT', 'x-expect: { rule: SNC-19.6-SEATS, status: pass, date: "2026-11-23" }\n'), knownRules)).toThrow(/must sit in/);
  });
  it('a bad status, a missing date, an unknown key, a bad profile', () => {
    expect(() => loadCase(fixture('SNC-19.6-SEATS', 'x-expect: { rule: SNC-19.6-SEATS, status: ok, date: "2026-11-23" }\n'), knownRules)).toThrow(/status/);
    expect(() => loadCase(fixture('SNC-19.6-SEATS', 'x-expect: { rule: SNC-19.6-SEATS, status: pass }\n'), knownRules)).toThrow(/date/);
    expect(() => loadCase(fixture('SNC-19.6-SEATS', 'x-expect: { rule: SNC-19.6-SEATS, status: pass, date: "2026-11-23", when: now }\n'), knownRules)).toThrow(/unknown x-expect key/);
    expect(() => loadCase(fixture('SNC-19.6-SEATS', 'x-expect: { rule: SNC-19.6-SEATS, status: pass, date: "2026-11-23", profile: gaia-x }\n'), knownRules)).toThrow(/profile/);
  });
  it('a row without results', () => {
    expect(() => loadCase(fixture('SNC-19.6-SEATS', 'x-expect: { rule: SNC-19.6-SEATS, status: pass, date: "2026-11-23" }\n'), knownRules)).toThrow(
      /results must state the rule's results exactly/,
    );
  });
  it('malformed exact results', () => {
    const row = (results: string) => fixture('SNC-19.6-SEATS', `x-expect: { rule: SNC-19.6-SEATS, status: pass, date: "2026-11-23", results: ${results} }\n`);
    expect(() => loadCase(row('[]'), knownRules)).toThrow(/non-empty list/);
    expect(() => loadCase(row('[{ status: pass, subject: /entities/p }]'), knownRules)).toThrow(/exactly the keys/);
    expect(() => loadCase(row('[{ status: ok, messageId: entity-seats.pass, subject: /entities/p }]'), knownRules)).toThrow(/status must be/);
    expect(() => loadCase(row('[{ status: fail, messageId: entity-seats.fail, subject: /entities/p }]'), knownRules)).toThrow(/do not make the rule pass/);
    expect(() => loadCase(row('[{ status: pass, messageId: entity-seats.ok, subject: /entities/p }]'), knownRules)).toThrow(
      /messageId entity-seats.ok is not a message id of the check of SNC-19.6-SEATS/,
    );
    expect(() => loadCase(row('[{ status: pass, messageId: staff-location.pass, subject: /entities/p }]'), knownRules)).toThrow(/not a message id/);
    const c = loadCase(row('[{ status: pass, messageId: entity-seats.pass, subject: /entities/p }]'), knownRules);
    expect(c.results).toEqual([{ status: 'pass', messageId: 'entity-seats.pass', subject: '/entities/p' }]);
  });
  it('a rule that does not run under the case’s profile meets no expectation', () => {
    const c = loadCase(
      fixture(
        'CDC-QUALIFICATION-VALID',
        'x-expect: { rule: CDC-QUALIFICATION-VALID, status: fail, date: "2026-11-23", results: [{ status: fail, messageId: secnumcloud-qualification.none, subject: /offer/qualifications }] }\n',
      ),
      knownRules,
    );
    expect(resultsOf(c)).toEqual([]);
    expect(meets([], 'fail')).toBe(false);
  });
  it('judges verdicts as documented', () => {
    expect(meets(['pass', 'pass'], 'pass')).toBe(true);
    expect(meets(['pass', 'unknown'], 'pass')).toBe(false);
    expect(meets(['pass', 'fail', 'unknown'], 'fail')).toBe(true);
    expect(meets(['pass', 'unknown'], 'unknown')).toBe(true);
    expect(meets(['unknown', 'fail'], 'unknown')).toBe(false);
    expect(meets(['not-applicable'], 'not-applicable')).toBe(true);
    expect(meets(['not-applicable', 'pass'], 'not-applicable')).toBe(false);
    expect(meets(['not-applicable', 'pass'], 'pass')).toBe(true);
    expect(meets(['not-applicable'], 'pass')).toBe(false);
  });
});
