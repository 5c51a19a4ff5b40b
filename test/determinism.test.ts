// Determinism: the same input gives the same bytes in every format, run after run, in-process and through the bin,
// whatever the time zone or locale of the machine (the timestamp fixed by SOURCE_DATE_EPOCH or --no-timestamp).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { FORMAT_NAMES } from '../src/report/formats.js';
import { loadFormatter } from '../src/report/index.js';
import { bin, root } from './e2e/run-bin.js';

const FIXTURES = ['fixtures/compliant.yaml', 'fixtures/non-compliant.yaml', 'fixtures/incomplete.yaml'];
const dir = mkdtempSync(join(tmpdir(), 'snc-determinism-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('determinism', () => {
  it('knows every format', () => expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['text', 'json'])));

  for (const lang of ['en', 'fr'] as const) {
    it(`renders the same bytes twice in every format, in-process (${lang})`, async () => {
      for (const format of FORMAT_NAMES) {
        const render = async () =>
          (await loadFormatter(format))(check(FIXTURES, { lang, date: '2026-01-15', timestamp: false }), {
            color: false,
          });
        const first = await render();
        expect(first.length, format).toBeGreaterThan(0);
        expect(await render(), `${format} differs between two runs`).toBe(first);
      }
    });
  }

  it('writes the same bytes twice through the bin, whatever the time zone and locale (SOURCE_DATE_EPOCH)', () => {
    const environments: NodeJS.ProcessEnv[] = [
      { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' },
      { TZ: 'Pacific/Kiritimati', LC_ALL: 'sv_SE.UTF-8', LANG: 'sv_SE.UTF-8' },
      { TZ: 'America/St_Johns', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' },
    ];
    const outputs = environments.map((env, run) => {
      const files = FORMAT_NAMES.map((f) => join(dir, `run-${run}.${f}`));
      const r = spawnSync(
        process.execPath,
        [
          bin,
          'check',
          ...FIXTURES,
          '--lang',
          'en',
          ...FORMAT_NAMES.flatMap((f, i) => ['--format', `${f}=${files[i]}`]),
        ],
        {
          cwd: root,
          env: { PATH: process.env.PATH, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1768435200', ...env },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect([0, 1], r.stderr).toContain(r.status);
      return files.map((f) => readFileSync(f));
    });
    for (const [i, format] of FORMAT_NAMES.entries()) {
      expect(outputs[0]![i]!.length, format).toBeGreaterThan(0);
      for (const other of outputs.slice(1))
        expect(other[i]!.equals(outputs[0]![i]!), `${format} differs between runs`).toBe(true);
    }
    expect(readFileSync(join(dir, 'run-0.json'), 'utf8')).toContain('"generatedAt": "2026-01-15T00:00:00.000Z"');
  });
});
