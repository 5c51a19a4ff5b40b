// Run the built bin as a user would, capturing stdout, stderr and the exit code.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/snc.js', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `snc args…` from the package root (or `cwd`), with no colour unless env says otherwise. */
export function snc(args: string[], env: NodeJS.ProcessEnv = {}, input?: string, cwd: string = root): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    input,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like snc(), without blocking: several runs can go at once; `stdin`, when given, is written and closed. */
export function sncAsync(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: { cwd?: string; stdin?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C', ...env },
      timeout: 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
  });
}

/** Run tasks at most `limit` at a time, keeping their order in the results. */
export async function inTurns<T>(tasks: (() => Promise<T>)[], limit = 3): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
