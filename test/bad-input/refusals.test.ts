// Inputs that used to be skipped or misread are refused by name, end to end: rule packs (ids, extends, rules,
// countries), a FIFO, SOURCE_DATE_EPOCH out of range; each exits 2 with the file, line and column.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesDir } from '../../src/core/paths.js';
import { VALID, runBin, scratch } from './run-cases.js';

const s = scratch('snc-refusals-');
afterAll(() => s.remove());

/** A rule pack file with the given id, extends and rules (each rule a fn and its parameters). */
function pack(name: string, id: string, rules: { id: string; check: string }[], extra = ''): string {
  const lines = [`pack: ${id}`, 'title: { en: Org, fr: Org }', ...(extra ? [extra] : []), 'rules:'];
  for (const r of rules)
    lines.push(
      `  - id: ${r.id}`,
      '    clause: "19.2.b"',
      '    family: location',
      '    severity: error',
      '    title: { en: t, fr: t }',
      '    rationale: { en: r, fr: r }',
      '    remediation: { en: m, fr: m }',
      `    check: ${r.check}`,
    );
  return s.file(name, lines.join('\n') + '\n');
}
const rule = (id: string) => ({ id, check: '{ fn: data-location, with: { area: eu, kinds: [customer-content] } }' });
const description = s.file('valid.yaml', VALID);
/** The one stderr line of a run that must exit 2, with files named by their labels. */
function refusal(args: string[], names: Record<string, string> = {}, env: Record<string, string> = {}): string {
  const r = runBin(args, 20_000, env);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  let line = r.stderr.trimEnd();
  for (const [label, file] of Object.entries(names)) line = line.replaceAll(file, label);
  return line;
}

describe('rule packs', () => {
  it('refuses a pack that takes the id of a built-in pack, naming both files, so it cannot be skipped', () => {
    const own = pack('own-snc.yaml', 'secnumcloud-3.2', [rule('ORG-A')]);
    expect(
      refusal(['check', description, '--rules', own], { OWN: own, BUILTIN: join(rulesDir, 'secnumcloud-3.2.yaml') }),
    ).toBe(
      'snc: OWN:1:1: rule pack id `secnumcloud-3.2` is the id of the built-in pack BUILTIN: give this pack its own `pack` id',
    );
  });

  it('refuses two packs with one id, naming both files', () => {
    const a = pack('a.yaml', 'org', [rule('ORG-A')]);
    const b = pack('b.yaml', 'org', [rule('ORG-B')]);
    expect(refusal(['check', description, '--rules', a, '--rules', b], { A: a, B: b })).toBe(
      'snc: B:1:1: rule pack id `org` is already the id of the pack in A: give each pack its own `pack` id',
    );
  });

  it('accepts the same pack file given twice', () => {
    const a = pack('twice.yaml', 'org-twice', [rule('ORG-TWICE')]);
    expect(runBin(['check', description, '--rules', a, '--rules', a, '--format', 'json']).code).not.toBe(2);
  });

  it('refuses a rule defined twice, at the second, naming both packs', () => {
    const a = pack('dup-a.yaml', 'org-a', [rule('ORG-SAME')]);
    const b = pack('dup-b.yaml', 'org-b', [rule('ORG-OTHER'), rule('ORG-SAME')]);
    expect(refusal(['check', description, '--rules', a, '--rules', b], { A: a, B: b })).toBe(
      'snc: B:12:5: rule ORG-SAME is defined twice: in pack org-a (A) and in pack org-b',
    );
  });

  it('refuses an extends cycle and an unknown parent, at the entry of `extends`', () => {
    const a = pack('cycle-a.yaml', 'org-ca', [rule('ORG-CA')], 'extends: [secnumcloud-3.2, org-cb]');
    const b = pack('cycle-b.yaml', 'org-cb', [rule('ORG-CB')], 'extends: [org-ca]');
    expect(refusal(['check', description, '--rules', a, '--rules', b], { A: a, B: b })).toBe(
      'snc: B:3:11: rule pack org-cb extends itself through org-ca → org-cb → org-ca',
    );
    const c = pack('orphan.yaml', 'org-orphan', [rule('ORG-O')], 'extends:\n  - secnumcloud-3.2\n  - nowhere');
    expect(refusal(['check', description, '--rules', c], { C: c })).toBe(
      'snc: C:5:5: rule pack org-orphan extends `nowhere`, which is neither a built-in pack (cloud-de-confiance, hds, secnumcloud-3.2) nor a pack given with --rules',
    );
  });

  it('lets a pack extend another pack given with --rules', () => {
    const base = pack('base.yaml', 'org-base', [rule('ORG-BASE')]);
    const child = pack('child.yaml', 'org-child', [rule('ORG-CHILD')], 'extends: [org-base]');
    const r = runBin(['check', description, '--rules', child, '--rules', base, '--format', 'json', '--no-timestamp']);
    expect(r.code).not.toBe(2);
    expect((JSON.parse(r.stdout) as { rules: { id: string }[] }).rules.map((x) => x.id)).toEqual(
      expect.arrayContaining(['ORG-BASE', 'ORG-CHILD']),
    );
  });

  it('refuses a country code that is not ISO 3166-1 alpha-2 in a parameter, with the code meant', () => {
    const p = pack('country-uk.yaml', 'org-country-uk', [
      { id: 'ORG-UK', check: '{ fn: data-location, with: { area: eu, countries: [UK], kinds: [backups] } }' },
    ]);
    expect(refusal(['check', description, '--rules', p], { P: p })).toBe(
      'snc: P:11:63: rule pack org-country-uk, rule ORG-UK, parameter `countries.0` of data-location: `UK` is not an ISO 3166-1 alpha-2 country code (did you mean `GB` for United Kingdom?)',
    );
  });

  it('refuses an unknown country code in a parameter, at its position', () => {
    const p = pack('country.yaml', 'org-country', [
      { id: 'ORG-C', check: '{ fn: data-location, with: { area: eu, countries: [FR, XX], kinds: [backups] } }' },
    ]);
    expect(refusal(['check', description, '--rules', p], { P: p })).toBe(
      'snc: P:11:67: rule pack org-country, rule ORG-C, parameter `countries.1` of data-location: `XX` is not an ISO 3166-1 alpha-2 country code',
    );
  });

  it('refuses .nan and too large a number in a parameter, at its position', () => {
    const nan = pack('nan.yaml', 'org-nan', [
      { id: 'ORG-N', check: '{ fn: foreign-holding-max, with: { scope: individual, max: .nan } }' },
    ]);
    expect(refusal(['check', description, '--rules', nan], { P: nan })).toMatch(
      /^snc: P:11:\d+: \.nan \(not a number\) is not a value snc can judge/,
    );
    const huge = pack('huge.yaml', 'org-huge', [
      { id: 'ORG-H', check: '{ fn: change-notice, with: { maxDays: 1e20 } }' },
    ]);
    expect(refusal(['check', description, '--rules', huge], { P: huge })).toBe(
      'snc: P:11:41: rule pack org-huge, rule ORG-H, parameter `maxDays` of change-notice: expected a number from 0 to 9007199254740991, got the number 100000000000000000000',
    );
  });
});

describe('the process', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO at once, without waiting for a writer', () => {
    const fifo = join(s.dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = runBin(['check', fifo], 5_000);
    expect(r.signal, 'killed: the run hung on the FIFO').toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr.replaceAll(fifo, 'FIFO')).toBe('snc: FIFO: is a named pipe (FIFO), expected a regular YAML file\n');
  });

  it('refuses SOURCE_DATE_EPOCH out of range or not a number', () => {
    expect(
      refusal(['check', description, '--date', '2026-01-01'], {}, { SOURCE_DATE_EPOCH: '99999999999999999' }),
    ).toBe(
      'snc: SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799 (9999-12-31T23:59:59Z), got "99999999999999999"',
    );
    expect(refusal(['check', description], {}, { SOURCE_DATE_EPOCH: '-5' })).toMatch(
      /^snc: SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799/,
    );
    const ok = runBin(['check', description, '--format', 'json'], 20_000, { SOURCE_DATE_EPOCH: '253402300799' });
    expect(ok.code).not.toBe(2);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      generatedAt: '9999-12-31T23:59:59.000Z',
      evaluationDate: '9999-12-31',
    });
  });
});
