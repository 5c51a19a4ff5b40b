// Property-based fuzzing: mutated valid descriptions never make snc throw. Each run ends in a report (exit 0 or 1)
// or in a clean input error (exit 2, `snc: file:line:column: message`), never an internal error.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { scratch } from '../bad-input/run-cases.js';
import { mutate, mutation, render, textDamage } from './mutate.js';

/** Every description under fixtures/ (rule packs aside): the seeds. */
function seeds(dir = 'fixtures'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'packs' ? [] : seeds(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const s = scratch('snc-fuzz-');
afterAll(() => s.remove());
const sources = seeds().map((f) => jsYaml.load(readFileSync(f, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as never);
const RUNS = Number(process.env.SNC_FUZZ_RUNS ?? 250);

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    stdout: { write: (t: string) => stdout.push(t) },
    stderr: { write: (t: string) => stderr.push(t) },
    env: { NO_COLOR: '1' },
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('fuzzing mutated descriptions', () => {
  it('has seeds', () => expect(sources.length).toBeGreaterThanOrEqual(4));

  it('always ends in a report or a clean exit-2 error', { timeout: 60_000 + RUNS * 100 }, async () => {
    const file = join(s.dir, 'mutated.yaml');
    const report = join(s.dir, 'report.json');
    const outcomes = { report: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        textDamage,
        fc.constantFrom('text', 'json', 'sarif', 'junit'),
        async (seed, mutations, flow, damage, format) => {
          const text = render(mutate(sources[seed % sources.length]!, mutations), flow, damage);
          s.file('mutated.yaml', text);
          rmSync(report, { force: true });
          const r = await run([
            'check',
            file,
            '--date',
            '2026-01-15',
            '--format',
            format,
            '--format',
            `json=${report}`,
          ]);
          expect([0, 1, 2], r.stderr).toContain(r.code);
          expect(r.stderr).not.toMatch(/internal error/);
          if (r.code === 2) {
            outcomes.refused++;
            expect(r.stdout).toBe('');
            for (const line of r.stderr.trimEnd().split('\n'))
              expect(line.startsWith(`snc: ${file}:`) || line.startsWith(file + ':'), r.stderr).toBe(true);
            expect(() => statSync(report)).toThrow();
          } else {
            outcomes.report++;
            const json = JSON.parse(readFileSync(report, 'utf8'));
            expect(json.summary.compliant).toBe(r.code === 0);
            expect(r.stdout.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: RUNS },
    );
    // both ways out are exercised: the mutations are neither all harmless nor all fatal
    expect(outcomes.report).toBeGreaterThan(RUNS / 20);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 20);
  });
});
