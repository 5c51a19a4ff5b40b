// Baselines: how a run's findings stand against an earlier report's, the facts hash, and the gate of known findings.
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, type Baseline, type BaselineEntry } from '../../src/engine/baseline.js';
import { factsHash, gates, knownFromBaseline } from '../../src/engine/gate.js';
import type { Result } from '../../src/engine/report-types.js';

const entry = (
  fingerprint: string,
  factsHash: string,
  status: Result['status'] = 'fail',
  file = 'offer.yaml',
): BaselineEntry => ({
  fingerprint,
  factsHash,
  status,
  ruleId: `R-${fingerprint}`,
  subjectId: `/s/${fingerprint}`,
  file,
  message: `was ${fingerprint}`,
});
const result = (
  fingerprint: string,
  facts: string,
  status: Result['status'] = 'fail',
): Pick<Result, 'fingerprint' | 'factsHash' | 'status' | 'baselineState' | 'baselineStatus'> => ({
  fingerprint,
  factsHash: facts,
  status,
});
const baseline = (...entries: BaselineEntry[]): Baseline => ({ file: 'b.json', sha256: '0'.repeat(64), entries });

describe('compareWithBaseline', () => {
  it('marks findings new, unchanged or updated (facts or status changed), and leaves passes unmarked', () => {
    const b = baseline(entry('a', '1'), entry('b', '1'), entry('c', '1', 'unknown'));
    const { results, baseline: record } = compareWithBaseline(
      [result('a', '1'), result('b', '2'), result('c', '1', 'fail'), result('d', '1'), result('e', '1', 'pass')],
      b,
      new Set(['offer.yaml']),
    );
    expect(results.map((r) => [r.fingerprint, r.baselineState, r.baselineStatus])).toEqual([
      ['a', 'unchanged', 'fail'],
      ['b', 'updated', 'fail'],
      ['c', 'updated', 'unknown'],
      ['d', 'new', undefined],
      ['e', undefined, undefined],
    ]);
    expect(record.counts).toEqual({ new: 1, unchanged: 1, updated: 2, fixed: 0 });
  });

  it('lists as fixed what no finding matches, on the files judged only, with what the run says of it now', () => {
    const b = baseline(entry('a', '1'), entry('b', '1'), entry('c', '1', 'fail', 'other.yaml'));
    const { baseline: record } = compareWithBaseline([result('a', '1', 'pass')], b, new Set(['offer.yaml']));
    expect(record.fixed).toEqual([
      {
        fingerprint: 'a',
        ruleId: 'R-a',
        file: 'offer.yaml',
        subjectId: '/s/a',
        status: 'fail',
        message: 'was a',
        now: 'pass',
      },
      { fingerprint: 'b', ruleId: 'R-b', file: 'offer.yaml', subjectId: '/s/b', status: 'fail', message: 'was b' },
    ]);
    expect(record.counts.fixed).toBe(2);
  });

  it('matches a fingerprint held twice as many times, the same facts first', () => {
    const b = baseline(entry('a', '1'), entry('a', '2'));
    const { results, baseline: record } = compareWithBaseline(
      [result('a', '2'), result('a', '1'), result('a', '3')],
      b,
      new Set(['offer.yaml']),
    );
    expect(results.map((r) => r.baselineState)).toEqual(['unchanged', 'unchanged', 'new']);
    expect(record.fixed).toEqual([]);
  });
});

describe('the gate against a baseline', () => {
  const error = { failOn: 'error', allowUnknown: false } as const;
  it('lets an unchanged fail or unknown through, never a new one, one whose status or facts changed, nor one the baseline held only as waived', () => {
    const r = (baselineState: Result['baselineState'], baselineStatus?: Result['status']) => ({
      status: 'fail' as const,
      severity: 'error' as const,
      baselineState,
      baselineStatus,
    });
    expect(gates(r('new'), error)).toBe(true);
    expect(gates(r('unchanged', 'fail'), error)).toBe(false);
    expect(gates(r('unchanged', 'unknown'), error)).toBe(false);
    expect(gates(r('updated', 'unknown'), error)).toBe(true);
    expect(gates(r('updated', 'fail'), error)).toBe(true);
    expect(gates(r('updated', 'waived'), error)).toBe(true);
    expect(knownFromBaseline(r('updated', 'waived'))).toBe(false);
    expect(gates(r(undefined), error)).toBe(true);
  });
});

describe('factsHash', () => {
  const base = { messageId: 'm', values: { a: 1, b: { list: ['x'] } }, evidence: { outside: ['US'] } };
  it('does not depend on key order, and changes with the message, its values or the evidence', () => {
    const h = factsHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(factsHash({ evidence: { outside: ['US'] }, values: { b: { list: ['x'] }, a: 1 }, messageId: 'm' })).toBe(h);
    expect(factsHash({ ...base, messageId: 'n' })).not.toBe(h);
    expect(factsHash({ ...base, values: { a: 2, b: { list: ['x'] } } })).not.toBe(h);
    expect(factsHash({ ...base, evidence: { outside: ['CA'] } })).not.toBe(h);
    expect(factsHash({ ...base, evidence: undefined })).not.toBe(h);
  });
});
