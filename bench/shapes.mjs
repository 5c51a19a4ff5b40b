// npm run bench:shapes (and the end of npm run bench): `snc check` on the pathological but valid ownership shapes of
// bench/pathological.mjs at full size, with wall time and peak memory against the limits (5 s, 1 GiB each).
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';
import { chain, ladder, nonEuChain, partlyHeldSubcontractors, ring, subcontractors } from './pathological.mjs';

export const SHAPES = [
  { label: 'ring of 20,000 companies, one almost-closed cycle', make: () => ring(20_000) },
  { label: 'chain of 20,000 companies', make: () => chain(20_000) },
  { label: 'ladder of 10,000 cross-holding pairs', make: () => ladder(10_000) },
  { label: 'chain of 10,000 levels, a non-EU holder at each', make: () => nonEuChain(10_000) },
  { label: '2,000 subcontractors behind a chain of 1,000 companies', make: () => subcontractors(2_000, 1_000) },
  {
    label: '2,000 subcontractors held 60% and 40% through two chains of 1,000 companies',
    make: () => partlyHeldSubcontractors(2_000, 1_000),
  },
];
export const LIMITS = { seconds: 5, peakMb: 1024 };

/** Measure every shape; rows with label, bytes, seconds, peak MB and whether both limits hold. */
export function benchShapes({ root, out, runs = 3 }) {
  mkdirSync(out, { recursive: true });
  return SHAPES.map(({ label, make }, i) => {
    const file = `${out}shape-${i}.yaml`;
    // JSON is YAML: the file is written as JSON, which is quicker to generate and as valid.
    writeFileSync(file, JSON.stringify(make().description));
    process.stderr.write(`bench: ${label}…\n`);
    const m = measure(
      [`${root}bin/snc.js`, 'check', file, '--no-timestamp', '--format', 'json', '--date', '2026-11-23'],
      runs,
      { cwd: root, budget: 30 },
    );
    // On a shared machine the wall time counts other work too: the CPU time (user + system) is the run's own.
    const seconds = m.cpuSeconds ?? m.seconds;
    return {
      label,
      bytes: statSync(file).size,
      ...m,
      within: !m.stopped && seconds < LIMITS.seconds && m.peakMb < LIMITS.peakMb,
    };
  });
}

/** The rows as a Markdown table. */
export function shapesMarkdown(rows) {
  const lines = [
    '| Shape | Input | Wall time (s) | CPU time (s) | Peak memory (MB) | Within 5 s and 1 GiB |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.label} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.stopped ? `> ${r.seconds}` : r.seconds.toFixed(2)} | ${r.cpuSeconds === undefined ? '—' : r.cpuSeconds.toFixed(2)} | ${Number.isNaN(r.peakMb) ? '—' : r.peakMb.toFixed(0)} | ${r.within ? 'yes' : 'no'} |`,
    );
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!process.argv.includes('--no-build'))
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const rows = benchShapes({ root, out: fileURLToPath(new URL('out/', import.meta.url)) });
  process.stdout.write(shapesMarkdown(rows));
  if (rows.some((r) => !r.within)) process.exitCode = 1;
}
