// The programmatic API refuses bad options with InputError, naming the option and the value, before any work.
import { describe, expect, it } from 'vitest';
import { check, InputError, ownershipOf } from '../../src/api.js';

const file = 'fixtures/compliant.yaml';
/** The InputError message of a call that must refuse. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).message;
  }
  throw new Error('expected an InputError');
}
const bad = (options: unknown) => refusal(() => check([file], options as never));

describe('check() options', () => {
  it('refuses a language, a severity or a profile it does not know', () => {
    expect(bad({ lang: 'de' })).toBe('option lang: expected one of en, fr, got "de"');
    expect(bad({ failOn: 'fatal' })).toBe('option failOn: expected one of error, warning, info, got "fatal"');
    expect(bad({ profiles: ['secnumcloud-4'] })).toBe(
      'option profiles: "secnumcloud-4" is not a profile (expected one of cloud-de-confiance, hds, secnumcloud-3.2)',
    );
    expect(bad({ profiles: 'hds' })).toBe('option profiles: expected a list of texts, got "hds"');
  });

  it('refuses limits that are not positive whole numbers, or above what a string holds', () => {
    expect(bad({ limits: { maxBytes: Number.NaN } })).toBe(
      'option limits.maxBytes: expected a positive whole number, got NaN',
    );
    expect(bad({ limits: { maxDepth: 0 } })).toBe('option limits.maxDepth: expected a positive whole number, got 0');
    expect(bad({ limits: { maxAliases: 2.5 } })).toBe(
      'option limits.maxAliases: expected a positive whole number, got 2.5',
    );
    expect(bad({ limits: { maxBytes: 2 ** 40 } })).toMatch(
      /^option limits\.maxBytes 1099511627776 is above the largest file snc can read, 536870888 bytes/,
    );
  });

  it('refuses options of the wrong type, and files that are not a list of paths', () => {
    expect(bad({ allowUnknown: 'yes' })).toBe('option allowUnknown: expected true or false, got "yes"');
    expect(bad({ date: 20260101 })).toBe('option date: expected a date as YYYY-MM-DD, got 20260101');
    expect(bad({ rulePacks: [42] })).toBe('option rulePacks: expected a list of texts, got a list');
    expect(bad(null)).toBe('options: expected an object, got null');
    expect(refusal(() => check(file as never))).toBe(
      'files: expected a list of file paths (or of { file, bytes }), got "fixtures/compliant.yaml"',
    );
  });

  it('accepts partial limits, filling in the defaults', () => {
    expect(
      check([file], { limits: { maxDepth: 80 }, timestamp: false, date: '2026-01-01' }).summary.total,
    ).toBeGreaterThan(0);
  });
});

describe('ownershipOf() options', () => {
  it('refuses bad options and a file that is not a path', () => {
    expect(refusal(() => ownershipOf(file, { limits: { maxBytes: -1 } }))).toBe(
      'option limits.maxBytes: expected a positive whole number, got -1',
    );
    expect(refusal(() => ownershipOf(undefined as never))).toBe('file: expected a file path, got undefined');
  });
});
