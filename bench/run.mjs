// npm run bench [-- --quick] [-- --no-build] [-- --record | --compare] [-- --reference DIR]: time `snc check` at
// start-up (Node 20 and Node 24) and on generated descriptions of 1,000 to 30,000 companies, in paired rounds beside
// its floors (`node -e 0`, a js-yaml parse of the same file) and Spectral on the same file; print each ratio beside
// its target and write docs/benchmarks.md. The JSON report of every input is compared byte for byte with the
// reference `--record` keeps (bench/out/reference); `--compare` only compares, without timing. Exit 1 when a
// report differs from the reference.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateDescription } from './generate.mjs';
import { generateGroup } from './ownership-group.mjs';
import { node24 } from './node24.mjs';
import { method, pairedRounds } from './paired.mjs';
import { BENCH_DATE, checkArgs, compareReference, recordReference } from './reference.mjs';
import { renderMarkdown, renderTable } from './render.mjs';
import { benchShapes, SHAPES, shapesMarkdown } from './shapes.mjs';
import { writeSpectralRuleset } from './spectral-ruleset.mjs';
import { evaluateTargets } from './targets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('out/', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const quick = flag('--quick');
const referenceDir = argv.includes('--reference') ? argv[argv.indexOf('--reference') + 1] : `${out}reference`;
mkdirSync(out, { recursive: true });
const log = (s) => process.stderr.write(`bench: ${s}\n`);

if (!flag('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

// — The inputs: the typical description, generated groups, and (for the comparison only) the other fixtures and an
// ownership group with a long chain of control and cross-holdings.
const inputs = [
  { name: 'typical', label: 'typical (fixtures/compliant.yaml)', file: `${root}fixtures/compliant.yaml` },
];
for (const n of [1000, 10000, 30000]) {
  const file = `${out}companies-${n}.yaml`;
  writeFileSync(file, generateDescription(n));
  inputs.push({ name: `companies-${n}`, n, label: `${n.toLocaleString('en-GB')} companies`, file, companies: n });
}
const extra = ['non-compliant', 'incomplete', 'smoke'].map((f) => ({ name: f, file: `${root}fixtures/${f}.yaml` }));
const group = `${out}ownership-group-3000.yaml`;
writeFileSync(group, stringify(generateGroup(3000, 7).description, { lineWidth: 0 }));
extra.push({ name: 'ownership-group-3000', file: group });
// The pathological ownership shapes (bench/shapes.mjs), as that bench writes them.
SHAPES.forEach(({ make }, i) => {
  const file = `${out}shape-${i}.yaml`;
  writeFileSync(file, JSON.stringify(make().description));
  extra.push({ name: `shape-${i}`, file });
});

const snc = `${root}bin/snc.js`;
const jsonOnce = (i) =>
  pairedRounds([{ name: i.name, args: [snc, ...checkArgs(i.file, 'json')], keep: true }], 1, {
    cwd: root,
    warmUp: false,
  })[i.name];

if (flag('--record') || flag('--compare')) {
  const reports = {};
  for (const i of [...inputs, ...extra]) {
    log(`JSON report of ${i.name}…`);
    reports[i.name] = jsonOnce(i);
  }
  if (flag('--record')) {
    const r = recordReference(
      referenceDir,
      Object.fromEntries(Object.entries(reports).map(([k, v]) => [k, v[0]])),
      root,
    );
    process.stdout.write(`bench: the JSON reports of ${r.count} inputs recorded at ${r.commit} in ${referenceDir}\n`);
  } else {
    const c = compareReference(referenceDir, reports);
    if (!c.recorded) throw new Error(`no reference in ${referenceDir}: record one with npm run bench -- --record`);
    process.stdout.write(
      `JSON reports against the reference recorded at ${c.commit}:\n${c.lines.map((l) => `  ${l}\n`).join('')}`,
    );
    process.exitCode = c.ok ? 0 : 1;
  }
  process.exit();
}

// — Timing.
const started = Date.now();
const load = loadavg()[0].toFixed(1);
const ruleset = `${out}spectral-ruleset.json`;
writeSpectralRuleset(ruleset);
const spectral = (file) => [
  `${root}node_modules/@stoplight/spectral-cli/dist/index.js`,
  'lint',
  '--ruleset',
  ruleset,
  '--format',
  'json',
  '--quiet',
  file,
];
const jsYaml = (file) => ['-e', "require('js-yaml').load(require('fs').readFileSync(process.argv[1], 'utf8'))", file];
const byName = Object.fromEntries(inputs.map((i) => [i.name, i]));
const runs = {};
const progress = (what) => (i, n) => log(`${what}, round ${i} of ${n}`);

const n24 = flag('--no-node24') ? { missing: '--no-node24' } : node24();
if (n24.missing) log(`no Node 24: ${n24.missing}`);
const node24Version = n24.path ? execFileSync(n24.path, ['--version'], { encoding: 'utf8' }).trim() : undefined;
const typical = byName.typical.file;
Object.assign(
  runs,
  pairedRounds(
    [
      { name: 'node -e 0', args: ['-e', '0'] },
      { name: 'snc typical', args: [snc, ...checkArgs(typical)] },
      ...(n24.path
        ? [
            { name: 'node -e 0 (Node 24)', node: n24.path, args: ['-e', '0'] },
            { name: 'snc typical (Node 24)', node: n24.path, args: [snc, ...checkArgs(typical)] },
          ]
        : []),
      { name: 'snc json typical', args: [snc, ...checkArgs(typical, 'json')], keep: true, runs: 5 },
      { name: 'Spectral typical', args: spectral(typical), runs: quick ? 2 : 5 },
    ],
    quick ? 7 : 15,
    { cwd: root, progress: progress('start-up') },
  ),
);
const large = (n, rounds, spectralRuns, warmUp) => [
  { name: `js-yaml ${n}`, args: jsYaml(byName[`companies-${n}`].file), runs: rounds, noWarmUp: !warmUp },
  { name: `snc ${n}`, args: [snc, ...checkArgs(byName[`companies-${n}`].file)], runs: rounds, noWarmUp: !warmUp },
  {
    name: `snc json ${n}`,
    args: [snc, ...checkArgs(byName[`companies-${n}`].file, 'json')],
    keep: true,
    runs: rounds,
    noWarmUp: !warmUp,
  },
  { name: `Spectral ${n}`, args: spectral(byName[`companies-${n}`].file), runs: spectralRuns, noWarmUp: true },
];
Object.assign(
  runs,
  pairedRounds(large(1000, quick ? 2 : 5, quick ? 1 : 3, true), quick ? 2 : 5, {
    cwd: root,
    progress: progress('1,000 companies'),
  }),
);
Object.assign(
  runs,
  pairedRounds(
    [...large(10000, quick ? 3 : 5, quick ? 1 : 3, true), ...large(30000, quick ? 2 : 3, 1, false)],
    quick ? 3 : 5,
    {
      cwd: root,
      limit: 300,
      progress: progress('10,000 and 30,000 companies'),
    },
  ),
);

// — The reports of the timed JSON runs, and one of each other input, against the reference.
const reports = { typical: runs['snc json typical'] };
for (const n of [1000, 10000, 30000]) reports[`companies-${n}`] = runs[`snc json ${n}`];
for (const i of extra) reports[i.name] = jsonOnce(i);
const comparison = compareReference(referenceDir, reports);

const rows = inputs.map((i) => {
  const text = readFileSync(i.file, 'utf8');
  const start = i.name === 'typical';
  return {
    label: i.label,
    bytes: statSync(i.file).size,
    lines: text.split('\n').length - 1,
    floorLabel: start ? 'node -e 0' : 'js-yaml parse',
    floor: start ? 'node -e 0' : `js-yaml ${i.n}`,
    snc: start ? 'snc typical' : `snc ${i.n}`,
    json: start ? 'snc json typical' : `snc json ${i.n}`,
    spectral: start ? 'Spectral typical' : `Spectral ${i.n}`,
  };
});
if (n24.path)
  rows.splice(1, 0, {
    label: `typical, on Node ${node24Version}`,
    floorLabel: 'node -e 0',
    floor: 'node -e 0 (Node 24)',
    snc: 'snc typical (Node 24)',
  });

const targets = evaluateTargets(runs);
const shapes = shapesMarkdown(benchShapes({ root, out, runs: quick ? 1 : 3 }));
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = {
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
  load,
  node: process.version,
  node24: node24Version,
  commit,
  date: new Date().toISOString().slice(0, 10),
  method,
  benchDate: BENCH_DATE,
  seconds: Math.round((Date.now() - started) / 1000),
};
process.stdout.write(renderTable(rows, runs, targets, machine, comparison) + '\n' + shapes);
writeFileSync(`${root}docs/benchmarks.md`, renderMarkdown(rows, runs, targets, machine, comparison, shapes));
log('figures written to docs/benchmarks.md');
if (comparison.recorded && !comparison.ok) {
  log('a JSON report differs from the reference (above)');
  process.exitCode = 1;
}
