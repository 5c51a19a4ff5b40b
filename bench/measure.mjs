// Run a command several times and keep its median wall time and its peak memory (resident set size).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';
const scratch = mkdtempSync(join(tmpdir(), 'snc-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// Without GNU time, a node child reports its own peak memory through this preloaded hook.
const hook = join(scratch, 'max-rss.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => require('fs').writeFileSync(process.env.SNC_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
);

/** How peak memory is measured here. */
export const memoryMethod = existsSync(GNU_TIME)
  ? 'GNU time (maximum resident set size)'
  : 'process.resourceUsage().maxRSS of the node child';

/**
 * Median wall time (seconds) and largest peak RSS (MB) of `node args…` over up to `runs` runs, fewer when they would
 * take more than `budget` seconds (at least one). Output goes to a file, as a CI job would redirect it. Exit codes
 * other than 0 and 1 are an error: the bench must measure real runs. A run longer than `limit` seconds is stopped,
 * and the result says so (`stopped`, with the limit as a lower bound of its time).
 */
export function measure(args, runs, { cwd, budget = 20, limit = 120 } = {}) {
  const times = [];
  const cpu = [];
  let peak = 0;
  const out = join(scratch, 'out');
  const rss = join(scratch, 'rss');
  for (let i = 0; i < runs && (i === 0 || times.reduce((a, b) => a + b, 0) * (1 + 1 / i) <= budget); i++) {
    // The deadline kills node itself (under GNU time, spawnSync's own timeout would kill only `time`).
    const node = existsSync(TIMEOUT) ? [TIMEOUT, '-s', 'KILL', String(limit), process.execPath] : [process.execPath];
    const command = existsSync(GNU_TIME)
      ? [GNU_TIME, ['-f', '%M %U %S', '-o', rss, ...node, ...args]]
      : [node[0], [...node.slice(1), '--require', hook, ...args]];
    const started = process.hrtime.bigint();
    const r = spawnSync(command[0], command[1], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', SNC_BENCH_RSS: rss },
      maxBuffer: 1 << 30,
      timeout: (limit + 30) * 1000,
      killSignal: 'SIGKILL',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.signal || r.status === 137) return { seconds: limit, peakMb: NaN, runs: times.length + 1, stopped: true };
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
    writeFileSync(out, r.stdout);
    times.push(seconds);
    // GNU time: peak kilobytes, user and system seconds; the hook: peak kilobytes only.
    const [kb, user, system] = readFileSync(rss, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    peak = Math.max(peak, kb / 1024);
    if (user !== undefined) cpu.push(user + system);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor((xs.length - 1) / 2)];
  return {
    seconds: median(times),
    peakMb: peak,
    runs: times.length,
    ...(cpu.length ? { cpuSeconds: median(cpu) } : {}),
  };
}
