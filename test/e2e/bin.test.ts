// The bin itself: an escaped error is exit 2 in one line (the stack, mapped to the sources, only with --debug), and
// Node's compile cache lives beside the package, else in the user's cache folder, else nowhere — never a failure.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, root, snc } from './run-bin.js';

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const scratch = mkdtempSync(join(tmpdir(), 'snc-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the package's bin and package.json in a fresh folder, with the real dist/ unless `withDist` is false. */
function packageCopy(name: string, withDist = true): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'bin'), { recursive: true });
  copyFileSync(bin, join(dir, 'bin', 'snc.js'));
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  if (withDist) symlinkSync(join(root, 'dist'), join(dir, 'dist'));
  return dir;
}

function run(binFile: string, args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, binFile, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('an error nobody expected', () => {
  // A standard output that throws on write: the one way to reach the catch-all from outside the process.
  const throwingStdout = join(scratch, 'throwing-stdout.cjs');
  writeFileSync(throwingStdout, "process.stdout.write = () => { throw new Error('disk on fire'); };\n");

  it('is exit 2 with one line naming the version, and no stack', () => {
    const r = run(bin, ['schema'], {}, ['-r', throwingStdout]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc ${version}: internal error: disk on fire\nRun again with --debug for the stack trace, and report it.\n`,
    );
  });

  it('with --debug, prints the stack with the TypeScript sources and their lines', () => {
    const r = run(bin, ['--debug', 'schema'], {}, ['-r', throwingStdout]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^snc .*: internal error: disk on fire\nError: disk on fire\n/);
    expect(r.stderr).toMatch(/\n\s+at .*src\/cli\/commands\/schema\.ts:\d+:\d+\)/);
    expect(r.stderr).toMatch(/\n\s+at .*src\/cli\/main\.ts:\d+:\d+\)/);
    expect(r.stderr).not.toContain('snc-cli.cjs');
  });

  it('outside the CLI (a package without its bundle) is the same one line', () => {
    const dir = packageCopy('no-bundle', false);
    const r = run(join(dir, 'bin', 'snc.js'), ['check', 'fixtures/compliant.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc ${version}: internal error: Cannot find module '../dist/snc-cli.cjs'\nRun again with --debug for the stack trace, and report it.\n`,
    );
  });
});

describe('the shipped bundle', () => {
  it('links its source map, which names the sources by relative paths and ships none of their text', () => {
    expect(readFileSync(join(root, 'dist/snc-cli.cjs'), 'utf8')).toMatch(
      /\n\/\/# sourceMappingURL=snc-cli\.cjs\.map\n$/,
    );
    const map = JSON.parse(readFileSync(join(root, 'dist/snc-cli.cjs.map'), 'utf8')) as {
      sources: string[];
      sourcesContent?: unknown;
    };
    expect(map.sources).toContain('../src/cli/main.ts');
    expect(map.sources.filter((s) => !s.startsWith('../'))).toEqual([]);
    expect(map.sourcesContent).toBeUndefined();
  });

  it('has no hand-made V8 code cache beside it', () => {
    expect(existsSync(join(root, 'dist/snc-cli.cache'))).toBe(false);
  });

  it('ships in dist/ only what this build made: a compiled file per source, the bundle and the precompiled parts', () => {
    const made = new Set(['snc-cli.cjs', 'snc-cli.cjs.map', 'yaml-cache.json', 'schema/validators.cjs']);
    const dist = join(root, 'dist');
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
    const orphans = files.filter(
      (f) => !made.has(f) && !existsSync(join(root, 'src', f.replace(/\.d\.ts$|\.js$/, '.ts'))),
    );
    expect(orphans).toEqual([]);
    expect(files).toContain('api.d.ts');
  });
});

describe("Node's compile cache", () => {
  const expected = snc(['check', 'fixtures/compliant.yaml', '--no-timestamp']);
  const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0);
  const check = (dir: string, env: NodeJS.ProcessEnv) =>
    run(join(dir, 'bin', 'snc.js'), ['check', 'fixtures/compliant.yaml', '--no-timestamp'], env);

  if (!(module as { enableCompileCache?: unknown }).enableCompileCache) {
    it('is not asked of a Node that has none (before 22.8)', () => {
      const dir = packageCopy('no-cache');
      expect(check(dir, { XDG_CACHE_HOME: join(scratch, 'no-cache-xdg') })).toEqual(expected);
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      expect(existsSync(join(scratch, 'no-cache-xdg'))).toBe(false);
    });
  } else {
    it('is kept beside the package when it can be', () => {
      const dir = packageCopy('beside');
      const xdg = join(scratch, 'beside-xdg');
      expect(check(dir, { XDG_CACHE_HOME: xdg })).toEqual(expected);
      expect(entries(join(dir, 'node_modules/.cache/snc'))).toBeGreaterThan(0);
      expect(entries(xdg)).toBe(0);
    });

    it("falls back on the user's cache folder", () => {
      const dir = packageCopy('fallback');
      mkdirSync(join(dir, 'node_modules'));
      writeFileSync(join(dir, 'node_modules/.cache'), 'a file where the cache folder would go\n');
      const xdg = join(scratch, 'fallback-xdg');
      expect(check(dir, { XDG_CACHE_HOME: xdg })).toEqual(expected);
      expect(entries(join(xdg, 'snc'))).toBeGreaterThan(0);
    });

    it('runs without one when neither folder can be made', () => {
      const dir = packageCopy('none');
      mkdirSync(join(dir, 'node_modules'));
      writeFileSync(join(dir, 'node_modules/.cache'), 'not a folder\n');
      const xdg = join(scratch, 'none-xdg');
      writeFileSync(xdg, 'not a folder either\n');
      expect(check(dir, { XDG_CACHE_HOME: xdg })).toEqual(expected);
    });
  }
});
