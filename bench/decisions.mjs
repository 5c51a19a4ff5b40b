// npm run bench:decisions: the figures behind docs/decisions.md — YAML read by js-yaml or by `yaml`, our tables or
// cli-table3's, validators compiled by ajv or precompiled, the CLI bundled or not — each the median of fresh processes.
// cli-table3 is no dependency: install it anywhere (npm install --prefix /tmp/ct3 cli-table3) and pass its folder
// as CLI_TABLE3=/tmp/ct3/node_modules/cli-table3; without it, that row is left out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDescription } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('out/', import.meta.url));
mkdirSync(out, { recursive: true });
const RUNS = Number(process.env.RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Median over fresh processes of the milliseconds `body` takes (a script's text, run in an async function, module
 * loading included); `setup` runs before the clock starts.
 */
function timed(body, args = [], setup = '') {
  const script = `(async () => {\n${setup}\nconst t0 = process.hrtime.bigint();\n${body}\nprocess.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));\n})();`;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', script, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`bench: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  return median(times);
}

/** Median wall time of whole `node args…` runs, in milliseconds. */
function wall(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: node ${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const lines = [`Node ${process.version}, median of ${RUNS} fresh processes each.`, ''];

// — YAML: a parse of the same file, module loading included.
const inputs = [['typical (fixtures/compliant.yaml)', `${root}fixtures/compliant.yaml`]];
for (const n of [1000, 10000]) {
  const file = `${out}decisions-${n}.yaml`;
  writeFileSync(file, generateDescription(n));
  inputs.push([`${n.toLocaleString('en-GB')} companies`, file]);
}
const read = "const text = require('fs').readFileSync(process.argv[1], 'utf8');";
lines.push('| YAML input | js-yaml `load` | yaml `parse` | yaml `parseDocument` |', '| --- | --- | --- | --- |');
for (const [label, file] of inputs) {
  const jsYaml = timed(`${read} const y = require('js-yaml'); y.load(text, { schema: y.CORE_SCHEMA });`, [file]);
  const parse = timed(`${read} require('yaml').parse(text, { uniqueKeys: false });`, [file]);
  const doc = timed(`${read} require('yaml').parseDocument(text, { uniqueKeys: false });`, [file]);
  lines.push(`| ${label} | ${ms(jsYaml)} | ${ms(parse)} | ${ms(doc)} |`);
}
lines.push('');

// — Tables: 10,000 rows of four columns, the cells already wrapped, as the text report draws them.
const makeRows = `
const widths = [14, 7, 24, 60];
const head = ['Rule', 'Status', 'Subject', 'Message'];
const rows = Array.from({ length: 10000 }, (_, i) => ['SNC-19.6-SEATS', i % 3 ? 'pass' : 'fail', 'Société ' + i,
  'The registered office of Société ' + i + ' is in Germany, a member\\nof the EU on the evaluation date (19.6.a).']);`;
const ours = timed(
  `const { drawTable } = await import('./dist/report/draw-table.js');\ndrawTable(head, rows, widths);`,
  [],
  makeRows,
);
lines.push(
  '| 10,000-row table | time |',
  '| --- | --- |',
  `| src/report/draw-table.ts (module loading included) | ${ms(ours)} |`,
);
if (process.env.CLI_TABLE3) {
  const theirs = timed(
    `const Table = require(${JSON.stringify(process.env.CLI_TABLE3)});
const t = new Table({ head, colWidths: widths.map((w) => w + 2), style: { head: [], border: [] } });
t.push(...rows);
t.toString();`,
    [],
    makeRows,
  );
  lines.push(`| cli-table3 (module loading included) | ${ms(theirs)} |`);
}
lines.push('');

// — Validators: the description schema's, compiled by ajv at start-up or loaded precompiled.
const key = `const { validatorKey } = await import('./dist/schema/compile-validator.js');
const { descriptionSchema } = await import('./dist/schema/description-schema.js');
const key = validatorKey('all-errors', descriptionSchema);`;
const compiled = timed(
  `const { Ajv2020 } = require('ajv/dist/2020.js');
new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(descriptionSchema);`,
  [],
  key,
);
const precompiled = timed(`require('./dist/schema/validators.cjs')[key];`, [], key);
lines.push(
  '| description validator | time |',
  '| --- | --- |',
  `| ajv loaded and compiling at start-up | ${ms(compiled)} |`,
  `| precompiled (dist/schema/validators.cjs) | ${ms(precompiled)} |`,
  '',
);

// — The CLI: one bundle, or the compiled modules one by one (tsc's dist/), for a typical check.
const unbundled = `${out}unbundled-snc.mjs`;
writeFileSync(
  unbundled,
  `const { main } = await import(${JSON.stringify(`${root}dist/cli/main.js`)});\n` +
    'process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });\n',
);
const check = ['check', 'fixtures/compliant.yaml', '--no-timestamp'];
lines.push(
  '| `snc check fixtures/compliant.yaml` | wall time |',
  '| --- | --- |',
  `| node -e 0 | ${ms(wall(['-e', '0']))} |`,
  `| bundled (bin/snc.js) | ${ms(wall(['bin/snc.js', ...check]))} |`,
  `| unbundled (dist/cli/main.js and its imports) | ${ms(wall([unbundled, ...check]))} |`,
);
process.stdout.write(lines.join('\n') + '\n');
