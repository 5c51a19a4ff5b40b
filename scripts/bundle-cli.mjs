// Bundles the CLI (src/cli/main.ts and all it imports, lazily loaded parts included) into dist/snc-cli.cjs with esbuild,
// then records V8's code cache of a typical run beside it: start-up reads one file and compiles almost nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The bundle and its code cache, inside the package; bin/snc.js loads them. In dist/ so that `..` is the package root. */
export const BUNDLE = 'dist/snc-cli.cjs';
export const CODE_CACHE = 'dist/snc-cli.cache';

/** Build the bundle. ajv and yaml stay outside: they are loaded only when the precompiled fast paths cannot serve. */
export async function bundleCli(root) {
  const cwd = new URL('.', root).pathname;
  rmSync(join(cwd, CODE_CACHE), { force: true });
  await build({
    absWorkingDir: cwd,
    entryPoints: ['src/cli/main.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['ajv', 'yaml'],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    define: { 'import.meta.url': '__sncModuleUrl' },
    banner: { js: "var __sncModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  // Run a typical check in every format once, so the cache holds the functions a real run compiles.
  const fixture = ['fixtures/compliant.yaml', 'fixtures/smoke.yaml'].find((f) => existsSync(join(cwd, f)));
  if (!fixture) return;
  const scratch = mkdtempSync(join(tmpdir(), 'snc-build-'));
  try {
    const { FORMAT_NAMES } = await import(new URL('dist/report/index.js', root).href);
    const formats = FORMAT_NAMES.flatMap((f, i) => ['--format', `${f}=${join(scratch, `report-${i}`)}`]);
    execFileSync(process.execPath, ['bin/snc.js', 'check', fixture, '--no-timestamp', ...formats], {
      cwd,
      env: { ...process.env, SNC_WRITE_CODE_CACHE: join(cwd, CODE_CACHE) },
      stdio: 'ignore',
    });
  } catch (err) {
    // Exit 1 or 2 is a verdict or a refusal of the fixture, not a failure of the run; anything else only costs the cache.
    if (err.status !== 1 && err.status !== 2) process.stderr.write(`build: no code cache for the CLI (${err.message.split('\n')[0]})\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
