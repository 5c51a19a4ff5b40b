// Paired runs: every command runs once in each round, one after the other, so that a busy machine slows all of them
// alike; a ratio is the median over the rounds of the ratio within each round. Each run gives its wall time, the
// processor time of the node process (user and system) and its peak memory (maximum resident set size).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT = '/usr/bin/timeout';
const scratch = mkdtempSync(join(tmpdir(), 'snc-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const usage = join(scratch, 'usage');
// Preloaded into every node child (the floors too, so they pay the same): its processor time and peak memory at exit.
const hook = join(scratch, 'usage.cjs');
writeFileSync(
  hook,
  `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(usage)}, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e3, rss: u.maxRSS / 1024 })); });\n`,
);

/** How the figures are taken, for the page. */
export const method =
  'wall time measured by the bench around each process; processor time (user and system) and peak memory (maximum resident set size) reported by the process itself (process.resourceUsage(), preloaded into every node command alike)';

/**
 * One run of `node args…` (node being `command.node`, else this one): wall, processor (ms), peak memory (MB), exit
 * status, and the SHA-256 and bytes of its standard output when `keep` is set. A run over `limit` seconds is stopped.
 */
function run(command, cwd, limit) {
  const node = command.node ?? process.execPath;
  const argv = existsSync(TIMEOUT)
    ? [TIMEOUT, ['-s', 'KILL', String(limit), node, '-r', hook, ...command.args]]
    : [node, ['-r', hook, ...command.args]];
  rmSync(usage, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...command.env },
    maxBuffer: 1 << 30,
    timeout: (limit + 30) * 1000,
    killSignal: 'SIGKILL',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.signal || r.status === 137) return { stopped: true, wall: limit * 1000 };
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`bench: ${command.name} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  const { cpu, rss } = JSON.parse(readFileSync(usage, 'utf8'));
  return { wall, cpu, rss, status: r.status, ...(command.keep ? { stdout: r.stdout } : {}) };
}

/**
 * Run `rounds` rounds of the commands (each `{ name, args, node?, runs? }`: a command with `runs` below `rounds`
 * runs only in the first `runs` rounds), after one unmeasured warm-up run of each (file cache, compile cache).
 * `progress` is told of each round. Returns the runs of each command by name, in round order.
 */
export function pairedRounds(commands, rounds, { cwd, limit = 120, warmUp = true, progress = () => {} } = {}) {
  if (warmUp) for (const c of commands) if (!c.noWarmUp) run(c, cwd, limit);
  const runs = Object.fromEntries(commands.map((c) => [c.name, []]));
  for (let i = 0; i < rounds; i++) {
    progress(i + 1, rounds);
    for (const c of commands) if (i < (c.runs ?? rounds)) runs[c.name].push(run(c, cwd, limit));
  }
  return runs;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : NaN;
};

/** Median of one measure (wall, cpu, rss) over a command's runs; stopped runs count at the limit. */
export const at = (runs, key = 'wall') => ({
  value: median(runs.map((r) => r[key] ?? NaN)),
  runs: runs.length,
  stopped: runs.some((r) => r.stopped),
});

/** The median over the rounds where both ran of a's measure ÷ b's; not exact if a run of either was stopped. */
export function pairedRatio(a, b, key = 'wall') {
  const n = Math.min(a.length, b.length);
  const ratios = Array.from({ length: n }, (_, i) => a[i][key] / b[i][key]);
  return {
    value: median(ratios),
    rounds: n,
    exact: !a.slice(0, n).some((r) => r.stopped) && !b.slice(0, n).some((r) => r.stopped),
  };
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
