// npm run bench:ownership — the 19.6.b analysis on generated groups of 1,000 to 30,000 companies: the analysis alone
// (in process, after parsing) and `snc ownership` / `snc check` end to end, to show the cost grows linearly.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateGroup } from './ownership-group.mjs';
import { measure } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('out/', import.meta.url));
mkdirSync(out, { recursive: true });
if (!process.argv.includes('--no-build'))
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const { readYaml } = await import(`${root}dist/load/read-yaml.js`);
const { validateDescription } = await import(`${root}dist/schema/validate-description.js`);
const { deriveFacts } = await import(`${root}dist/model/facts.js`);
const { checks } = await import(`${root}dist/checks/index.js`);
const { PackSet } = await import(`${root}dist/engine/select-rules.js`);
const { controlReading } = await import(`${root}dist/engine/control-reading.js`);
const builtin = () => PackSet.rules(new PackSet(checks).resolve(['secnumcloud-3.2']));
const reading = controlReading(builtin(), builtin);

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const rows = [];
for (const n of [1000, 10000, 30000]) {
  const { description, companies } = generateGroup(n, 7);
  const file = `${out}ownership-${n}.yaml`;
  writeFileSync(file, stringify(description, { lineWidth: 0 }));
  const { description: parsed, holdings } = validateDescription(readYaml(file));
  const analysis = [];
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint();
    deriveFacts(parsed, '2026-11-23', reading, holdings).ownership('p');
    analysis.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const ms = median(analysis);
  rows.push({
    companies,
    entities: Object.keys(description.entities).length,
    analysisMs: ms,
    perThousand: (ms / companies) * 1000,
    ownership: measure([`${root}bin/snc.js`, 'ownership', file, '--format', 'json', '--date', '2026-11-23'], 3, {
      cwd: root,
    }),
    check: measure(
      [`${root}bin/snc.js`, 'check', file, '--format', 'json', '--no-timestamp', '--date', '2026-11-23'],
      3,
      { cwd: root },
    ),
  });
}

const pad = (s, w) => String(s).padStart(w);
const lines = [
  `${pad('companies', 10)} ${pad('entities', 9)} ${pad('analysis ms', 12)} ${pad('ms / 1,000 co.', 15)} ${pad('snc ownership s', 16)} ${pad('snc check s', 12)} ${pad('peak MB', 8)}`,
  ...rows.map((r) =>
    [
      pad(r.companies, 10),
      pad(r.entities, 9),
      pad(r.analysisMs.toFixed(0), 12),
      pad(r.perThousand.toFixed(1), 15),
      pad(r.ownership.seconds.toFixed(2), 16),
      pad(r.check.seconds.toFixed(2), 12),
      pad(r.check.peakMb.toFixed(0), 8),
    ].join(' '),
  ),
];
process.stdout.write(
  lines.join('\n') +
    `\n(node ${process.version}; analysis: deriveFacts + the provider's analysis, median of 5, after parsing)\n`,
);
