// npm run bench: time `snc check` on generated descriptions of 1 to 30,000 companies, beside its floors (`node -e 0`,
// a js-yaml parse of the same file) and Spectral on the same file; print a table and write docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateDescription } from './generate.mjs';
import { measure, memoryMethod } from './measure.mjs';
import { writeSpectralRuleset } from './spectral-ruleset.mjs';
import { renderMarkdown, renderTable } from './render.mjs';
import { benchShapes, shapesMarkdown } from './shapes.mjs';
import { evaluateTargets } from './targets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('out/', import.meta.url));
const quick = process.argv.includes('--quick');
mkdirSync(out, { recursive: true });

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const ruleset = `${out}spectral-ruleset.json`;
writeSpectralRuleset(ruleset);

const cases = [{ label: 'typical (fixtures/compliant.yaml)', file: `${root}fixtures/compliant.yaml`, companies: null, runs: 11, spectralRuns: 3 }];
for (const [n, runs, spectralRuns] of [[1, 11, 3], [1000, 7, 3], [10000, 5, 3], [30000, 3, 1]]) {
  const file = `${out}companies-${n}.yaml`;
  writeFileSync(file, generateDescription(n));
  cases.push({ label: `${n.toLocaleString('en-GB')} compan${n === 1 ? 'y' : 'ies'}`, file, companies: n, runs: quick ? Math.min(runs, 3) : runs, spectralRuns });
}

const snc = `${root}bin/snc.js`;
const spectral = `${root}node_modules/@stoplight/spectral-cli/dist/index.js`;
const jsYamlFloor = "require('js-yaml').load(require('fs').readFileSync(process.argv[1], 'utf8'))";
const started = Date.now();
const budget = quick ? 5 : 20;
const bare = measure(['-e', '0'], 21, { cwd: root });
const rows = [];
for (const c of cases) {
  process.stderr.write(`bench: ${c.label}…\n`);
  rows.push({
    ...c,
    bytes: statSync(c.file).size,
    lines: readFileSync(c.file, 'utf8').split('\n').length - 1,
    bare,
    jsYaml: measure(['-e', jsYamlFloor, c.file], c.runs, { cwd: root, budget }),
    text: measure([snc, 'check', c.file, '--no-timestamp'], c.runs, { cwd: root, budget }),
    json: measure([snc, 'check', c.file, '--no-timestamp', '--format', 'json'], c.runs, { cwd: root, budget }),
    spectral: measure([spectral, 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', c.file], c.spectralRuns, { cwd: root, budget }),
  });
}

const targets = evaluateTargets(rows);
const shapes = shapesMarkdown(benchShapes({ root, out, runs: quick ? 1 : 3 }));
const machine = {
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
  node: process.version,
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  })(),
  date: new Date().toISOString().slice(0, 10),
  memoryMethod,
  seconds: Math.round((Date.now() - started) / 1000),
};
process.stdout.write(renderTable(rows, targets, machine) + '\n' + shapes);
writeFileSync(`${root}docs/benchmarks.md`, renderMarkdown(rows, targets, machine, shapes));
process.stderr.write('bench: figures written to docs/benchmarks.md\n');
