// The fatal path: one neutral line with the version, the stack only with --debug.
import { describe, expect, it } from 'vitest';
import { fatalMessage } from '../../src/cli/fatal.js';

describe('fatalMessage', () => {
  const err = new Error('cannot read "x\n::error::forged\u001b]52;c;eA==\u0007"', {
    cause: new TypeError('inner\ncause'),
  });

  it('is one neutral line naming the version, then how to get the stack', () => {
    expect(fatalMessage(err, '1.2.3', false)).toBe(
      'snc 1.2.3: internal error: cannot read "x\\n::error::forged\\x1B]52;c;eA==\\x07"\nRun again with --debug for the stack trace, and report it.\n',
    );
    expect(fatalMessage('a thrown string', '1.2.3', false)).toMatch(/^snc 1\.2\.3: internal error: a thrown string\n/);
  });

  it('adds the stack and its causes with --debug, each line neutral', () => {
    const out = fatalMessage(err, '1.2.3', true);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('snc 1.2.3: internal error: cannot read "x\\n::error::forged\\x1B]52;c;eA==\\x07"');
    expect(out).toMatch(/\n\s+at /);
    expect(out).toContain('Caused by: TypeError: inner');
    for (const line of lines) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
