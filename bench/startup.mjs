// npm run bench:startup [-- RUNS [PACKAGE…]]: start-up of `snc check fixtures/compliant.yaml` beside `node -e 0`, in
// paired runs, on the Node that runs this script (run it with another node binary to measure that one). Other
// package folders (another build of snc) are timed in the same rounds, so a busy machine slows all alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const packages = [root, ...process.argv.slice(3)];
const bare = ['-e', '0'];
const check = (pkg) => [`${pkg}/bin/snc.js`, 'check', 'fixtures/compliant.yaml', '--no-timestamp'];

// Each child also reports the processor time it used (user and system), which a busy machine disturbs far less.
const scratch = mkdtempSync(join(tmpdir(), 'snc-startup-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const hook = join(scratch, 'cpu.cjs');
const cpuFile = join(scratch, 'cpu');
writeFileSync(
  hook,
  `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1e3)); });\n`,
);

/** Wall time and processor time of one run, in milliseconds. */
function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', hook, ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: Number(readFileSync(cpuFile, 'utf8')) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
// A first run of each warms the file cache and, where Node has one, fills the compile cache.
time(bare);
for (const pkg of packages) time(check(pkg));
const rounds = Array.from({ length: runs }, () => [time(bare), ...packages.map((pkg) => time(check(pkg)))]);
const figures = (i, k) => {
  const at = median(rounds.map((r) => r[i][k]));
  const ratio = median(rounds.map((r) => r[i][k] / r[0][k]));
  return `${at.toFixed(0)} ms (${ratio.toFixed(2)}×)`;
};
process.stdout.write(
  `Node ${process.version}, ${runs} paired runs, medians; × node -e 0 is the median of the ratios\n`,
);
process.stdout.write(`  node -e 0: wall ${figures(0, 'wall')}, processor ${figures(0, 'cpu')}\n`);
packages.forEach((pkg, i) => {
  process.stdout.write(`  ${pkg} snc check: wall ${figures(i + 1, 'wall')}, processor ${figures(i + 1, 'cpu')}\n`);
});
