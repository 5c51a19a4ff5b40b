// The Node 24 that the start-up figures are also taken on: SNC_BENCH_NODE24 if set, else the npm registry's
// node-<platform>-<arch>@24 package (as .ci/run installs it), unpacked once into a cache folder and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The path of a Node 24 binary, or an object saying why there is none. */
export function node24() {
  if (process.env.SNC_BENCH_NODE24) return { path: process.env.SNC_BENCH_NODE24 };
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'snc-bench', 'node-24');
  const binary = join(cache, 'package', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(binary)) return { path: binary };
  try {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['pack', '--silent', `node-${process.platform}-${process.arch}@24`], {
      cwd: cache,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const tarball = readdirSync(cache).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    execFileSync('tar', ['xzf', tarball], { cwd: cache });
    rmSync(join(cache, tarball));
    if (!existsSync(binary)) throw new Error(`no ${binary} in the package`);
    return { path: binary };
  } catch (err) {
    rmSync(cache, { recursive: true, force: true });
    return {
      missing: `could not get node-${process.platform}-${process.arch}@24 from the npm registry (${String(err.message).split('\n')[0]}); set SNC_BENCH_NODE24 to a Node 24 binary`,
    };
  }
}
