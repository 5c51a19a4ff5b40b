// The gate: which results decide the verdict, and the stable identity of a finding.
import { describe, expect, it } from 'vitest';
import { findingFingerprint, gates, resultFingerprint, resultFingerprints } from '../../src/engine/gate.js';
import type { Result, Severity } from '../../src/engine/report-types.js';

const r = (status: Result['status'], severity: Severity) => ({ status, severity });

describe('gates', () => {
  it('is a fail or an unknown at or above fail-on', () => {
    const error = { failOn: 'error', allowUnknown: false } as const;
    expect(gates(r('fail', 'error'), error)).toBe(true);
    expect(gates(r('unknown', 'error'), error)).toBe(true);
    expect(gates(r('fail', 'warning'), error)).toBe(false);
    expect(gates(r('fail', 'info'), { failOn: 'info', allowUnknown: false })).toBe(true);
    expect(gates(r('fail', 'warning'), { failOn: 'warning', allowUnknown: false })).toBe(true);
  });

  it('lets unknown through with allow-unknown, and never gates waived, pass or not-applicable', () => {
    const o = { failOn: 'info', allowUnknown: true } as const;
    expect(gates(r('unknown', 'error'), o)).toBe(false);
    expect(gates(r('fail', 'error'), o)).toBe(true);
    for (const s of ['waived', 'pass', 'not-applicable'] as const)
      expect(gates(r(s, 'error'), { failOn: 'info', allowUnknown: false })).toBe(false);
  });
});

describe('findingFingerprint', () => {
  it('is the hex SHA-256 of rule, file and subject, separated so that no two triples meet', () => {
    const f = findingFingerprint('SNC-19.2.a', 'deploy/offer.yaml', '/entities/bleu');
    expect(f).toMatch(/^[0-9a-f]{64}$/);
    expect(f).toBe('f2131d4d3648e1bc697dbe23c807543425d3baffa3ca1a837e5c3f9e60a46e2b');
    expect(findingFingerprint('SNC-19.2.a', 'deploy/offer.yaml', '/entities/blue')).not.toBe(f);
    expect(findingFingerprint('SNC-19.2.a', 'deploy/offer.yam', 'l/entities/bleu')).not.toBe(f);
    expect(findingFingerprint('SNC-19.2.b', 'deploy/offer.yaml', '/entities/bleu')).not.toBe(f);
  });

  it("reads a result's file as the repository names it", () => {
    const result = { ruleId: 'X', subjectId: '/a', location: { file: 'offer.yaml', line: 1, column: 1 } };
    expect(resultFingerprint(result, { cwd: '/nowhere/sub', env: { GITHUB_WORKSPACE: '/nowhere' } })).toBe(
      findingFingerprint('X', 'sub/offer.yaml', '/a'),
    );
  });

  it('numbers the results a rule gives one subject twice, so that they stay two findings', () => {
    const at = (subject: string, ruleId = 'X') => ({
      ruleId,
      subjectId: subject,
      location: { file: 'offer.yaml', line: 1, column: 1 },
    });
    const prints = resultFingerprints([at(''), at('/a'), at(''), at('', 'Y'), at('')], { cwd: '/nowhere' });
    expect(new Set(prints).size).toBe(5);
    expect(prints[0]).toBe(findingFingerprint('X', 'offer.yaml', ''));
    expect(prints[2]).toBe(findingFingerprint('X', 'offer.yaml', '', 2));
    expect(prints[4]).toBe(findingFingerprint('X', 'offer.yaml', '', 3));
    expect(prints[3]).toBe(findingFingerprint('Y', 'offer.yaml', ''));
  });
});
