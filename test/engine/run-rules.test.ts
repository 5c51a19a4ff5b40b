// A check that throws is a bug of snc, and says so: the error names the rule and the check function, and the CLI
// prints it as one internal-error line with the version.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { main } from '../../src/cli/main.js';
import { builtinPackFiles } from '../../src/engine/load-packs.js';
import { runRules } from '../../src/engine/run-rules.js';
import { PackSet } from '../../src/engine/select-rules.js';
import type { MessageId } from '../../src/i18n/en.js';
import { parseYamlSource } from '../../src/load/read-yaml.js';
import { contextFor } from '../checks/context.js';

const rule = PackSet.rules(new PackSet(checks).resolve([...builtinPackFiles().keys()])).find(
  (r) => r.id === 'SNC-19.6-SEATS',
)!;
const fn = checks.get(rule.check.fn)!;
afterEach(() => vi.restoreAllMocks());

describe('a check that throws', () => {
  it('names its rule and function, and keeps the error as the cause', () => {
    const cause = new TypeError("Cannot read properties of undefined (reading 'x')");
    vi.spyOn(fn, 'run').mockImplementation(() => {
      throw cause;
    });
    const doc = parseYamlSource('offer.yaml', 'snc: 1\n', '0'.repeat(64));
    let error: unknown;
    try {
      runRules([rule], contextFor(), doc, 'en');
    } catch (err) {
      error = err;
    }
    expect((error as Error).message).toBe(
      `rule SNC-19.6-SEATS (check function ${fn.name}): Cannot read properties of undefined (reading 'x')`,
    );
    expect((error as Error).cause).toBe(cause);
  });

  it('is one internal-error line with the version on standard error, exit 2', async () => {
    vi.spyOn(fn, 'run').mockImplementation(() => {
      throw new Error('boom');
    });
    const stderr: string[] = [];
    const code = await main(['check', 'fixtures/compliant.yaml'], {
      stdout: { write: () => true },
      stderr: { write: (t: string) => stderr.push(t) },
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr.join('')).toMatch(
      new RegExp(
        `^snc \\d+\\.\\d+\\.\\d+: internal error: rule SNC-19\\.6-SEATS \\(check function ${fn.name}\\): boom\\nRun again with --debug for the stack trace, and report it\\.\\n$`,
      ),
    );
  });
});

describe('a check that reports a message id it does not declare', () => {
  it('is refused, naming the rule, the function and the id', () => {
    vi.spyOn(fn, 'run').mockImplementation(() => [
      { status: 'fail', subject: '/provider', message: { id: 'entity-seats.not-declared' as MessageId } },
    ]);
    const doc = parseYamlSource('offer.yaml', 'snc: 1\n', '0'.repeat(64));
    expect(() => runRules([rule], contextFor(), doc, 'en')).toThrow(
      `rule SNC-19.6-SEATS (check function ${fn.name}): message id \`entity-seats.not-declared\` is not one it declares`,
    );
  });

  it('is not raised for the ids it declares', () => {
    const doc = parseYamlSource('offer.yaml', 'snc: 1\n', '0'.repeat(64));
    const results = runRules([rule], contextFor(), doc, 'en');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(fn.messages).toContain(r.messageId);
  });
});
