// Helpers for the bad-input matrix: a scratch folder of input files, and the bin run with a deadline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root } from '../e2e/run-bin.js';

/** A valid description (format 1) that the matrix breaks one way at a time. */
export const VALID = `snc: 1
name: Matrix offer
provider: prov
offer:
  name: Matrix IaaS
  serviceModel: iaas
entities:
  prov:
    name: Prov SAS
    type: company
    registeredOffice: FR
    centralAdministration: FR
    principalEstablishment: FR
    shareholders:
      - { holder: owner, capital: 100, votingRights: 100 }
  owner: { name: Owner, type: person, nationality: FR, residence: FR }
sites:
  - { id: paris, country: FR, operator: prov }
data:
  - { kind: customer-content, storedAt: [paris], processedAt: [paris] }
`;

/** A scratch folder for one test file's inputs and outputs. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    /** Write a file into the folder and return its path. */
    file(name: string, content: string | Buffer): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    /** Names of the files now in a folder (to see that nothing was left behind). */
    list: (sub = '') => readdirSync(join(dir, sub)).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run the built bin with a deadline: a hang is killed and shows as a signal, never as a pass. */
export function runBin(args: string[], timeoutMs = 20_000, env: Record<string, string> = {}): BinRun {
  const started = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}
