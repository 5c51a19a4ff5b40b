// npm run bench:instructions [-- ARGS…]: the instructions that `node -e 0` and `snc check fixtures/compliant.yaml`
// execute, counted by valgrind's callgrind, on Node 20 and Node 24 (bench/node24.mjs). A machine busy with other work
// changes wall and processor times but hardly these counts, so they show a start-up change where timings cannot.
// ARGS replace the snc arguments (for instance: check bench/out/companies-1000.yaml --no-timestamp).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { node24 } from './node24.mjs';
import { checkArgs } from './reference.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.length > 2 ? process.argv.slice(2) : checkArgs('fixtures/compliant.yaml');

/** Instructions executed by `node argv…` (all threads), from callgrind's summary line. */
function instructions(node, argv) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', node, ...argv], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw new Error(`bench: valgrind: ${r.error.message} (install valgrind)`);
  const m = /Collected : (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`bench: no count from valgrind: ${r.stderr.slice(-500)}`);
  return Number(m[1]);
}

const n24 = node24();
const nodes = [['Node ' + process.version, process.execPath], ...(n24.path ? [['Node 24', n24.path]] : [])];
if (n24.missing) process.stderr.write(`bench: no Node 24: ${n24.missing}\n`);
const millions = (n) => `${(n / 1e6).toFixed(1)} M`;
for (const [label, node] of nodes) {
  // One run of snc first, so that a compile cache is warm as it is in every later run.
  spawnSync(node, [`${root}bin/snc.js`, ...args], { cwd: root, stdio: 'ignore' });
  const bare = instructions(node, ['-e', '0']);
  const snc = instructions(node, [`${root}bin/snc.js`, ...args]);
  process.stdout.write(
    `${label}: node -e 0 ${millions(bare)}, snc ${args.join(' ')} ${millions(snc)} instructions: ${(snc / bare).toFixed(2)}×\n`,
  );
}
