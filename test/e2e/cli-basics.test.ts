// End to end: the bin's help, version, exit codes and error reporting.
import { describe, expect, it } from 'vitest';
import { snc } from './run-bin.js';

describe('snc bin', () => {
  it('prints help with examples and exits 0', () => {
    const r = snc(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('check');
  });

  it('prints its version', () => {
    const r = snc(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on an unknown flag, without a stack trace', () => {
    const r = snc(['check', 'fixtures/compliant.yaml', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--no-such-flag');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a missing file, naming it', () => {
    const r = snc(['check', 'fixtures/does-not-exist.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('snc: fixtures/does-not-exist.yaml: file not found\n');
  });

  it('exits 1 on a failing description', () => {
    const r = snc(['check', 'fixtures/rules/SNC-19.6-SEATS/fail.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SNC-19.6-SEATS');
  });
});
