// npm run bench:startup: start-up of `snc check fixtures/compliant.yaml` beside `node -e 0`, in paired runs, on the
// Node that runs this script (run it with another node binary to measure that one).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const bare = ['-e', '0'];
const check = [`${root}bin/snc.js`, 'check', 'fixtures/compliant.yaml', '--no-timestamp'];

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
// A first run of each warms the file cache and, where Node has one, fills the compile cache.
time(bare);
time(check);
const pairs = Array.from({ length: runs }, () => [time(bare), time(check)]);
const floor = median(pairs.map(([b]) => b));
const snc = median(pairs.map(([, c]) => c));
const ratio = median(pairs.map(([b, c]) => c / b));
process.stdout.write(
  `Node ${process.version}, ${runs} paired runs: node -e 0 ${floor.toFixed(0)} ms, snc check ${snc.toFixed(0)} ms, ` +
    `median ratio ${ratio.toFixed(2)}×\n`,
);
