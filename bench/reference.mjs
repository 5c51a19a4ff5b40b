// The JSON report of every benchmark input, kept as a reference and compared byte for byte, so that a change made for
// speed cannot alter a result unseen: `npm run bench -- --record` keeps the reports of the code as it is, and every
// later `npm run bench` (or `npm run bench -- --compare`, which only compares) checks each report against them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './paired.mjs';

/** The evaluation date of every benchmark run, so that a reference holds on any day. */
export const BENCH_DATE = '2026-11-23';

/** The arguments of `snc check` for one input, in the given format. */
export const checkArgs = (file, format) => [
  'check',
  file,
  '--no-timestamp',
  '--date',
  BENCH_DATE,
  ...(format ? ['--format', format] : []),
];

const commitOf = (root) => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
};

/** Keep these reports ({ name → { stdout, status } }) as the reference in `dir`, replacing any earlier one. */
export function recordReference(dir, reports, root) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const inputs = {};
  for (const [name, r] of Object.entries(reports)) {
    writeFileSync(join(dir, `${name}.json`), r.stdout);
    inputs[name] = { sha256: sha256(r.stdout), bytes: r.stdout.length, exitCode: r.status };
  }
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ commit: commitOf(root), recorded: new Date().toISOString(), inputs }, null, 2) + '\n',
  );
  return { commit: commitOf(root), count: Object.keys(inputs).length };
}

/** The first line where two texts differ, both sides shortened, to show what changed. */
function firstDifference(a, b) {
  const x = a.toString('utf8').split('\n');
  const y = b.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i])
      return `line ${i + 1}: reference ${JSON.stringify((x[i] ?? '(none)').slice(0, 160))}, now ${JSON.stringify((y[i] ?? '(none)').slice(0, 160))}`;
  return 'same lines, different bytes';
}

/**
 * Compare reports ({ name → runs with stdout and status }) with the reference in `dir`: every run of every input must
 * give the reference's bytes and exit code. A report that differs is written beside the reference as NAME.now.json.
 * Returns { recorded: false } without a reference, else { commit, lines, ok }.
 */
export function compareReference(dir, reports) {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return { recorded: false };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const lines = [];
  let ok = true;
  for (const [name, runs] of Object.entries(reports)) {
    const ref = manifest.inputs[name];
    if (!ref) {
      lines.push(`no reference  ${name} (record again to include it)`);
      ok = false;
      continue;
    }
    const bad = runs.find((r) => sha256(r.stdout) !== ref.sha256 || r.status !== ref.exitCode);
    if (!bad) {
      lines.push(
        `identical     ${name}: ${runs.length} run${runs.length > 1 ? 's' : ''}, ${ref.bytes.toLocaleString('en-GB')} bytes, exit ${ref.exitCode}`,
      );
      continue;
    }
    ok = false;
    writeFileSync(join(dir, `${name}.now.json`), bad.stdout);
    const why = bad.status !== ref.exitCode ? `exit ${bad.status}, reference ${ref.exitCode}; ` : '';
    lines.push(
      `DIFFERENT     ${name}: ${why}${firstDifference(readFileSync(join(dir, `${name}.json`)), bad.stdout)} (whole report in ${join(dir, `${name}.now.json`)})`,
    );
  }
  for (const name of Object.keys(manifest.inputs))
    if (!(name in reports)) lines.push(`not run       ${name} (in the reference)`);
  return { recorded: true, commit: manifest.commit, ok, lines };
}
