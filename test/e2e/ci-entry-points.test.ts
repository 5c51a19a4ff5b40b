// The GitHub Action and the pre-commit hook: their command lines run this package's own bin, from a real repository.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, root } from './run-bin.js';
import { tempRepo } from './temp-repo.js';

const repo = tempRepo('snc-action-');
repo.copy('fixtures/non-compliant.yaml', 'deploy/offers/offer.yaml');
const sub = join(repo.dir, 'deploy');

describe('action.yml', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    runs: { using: string; steps: { id?: string; run?: string; uses?: string }[] };
  };
  it('is a composite action that runs its own copy of snc, never npx', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(text).not.toMatch(/npx/);
    expect(action.runs.steps.find((s) => s.id === 'check')!.run).toContain('"$GITHUB_ACTION_PATH/bin/snc.js"');
  });

  it('checks the files with annotations, the job summary and SARIF, and exits as snc does', () => {
    const script = action.runs.steps.find((s) => s.id === 'check')!.run!;
    const summary = join(repo.dir, 'summary.md');
    writeFileSync(summary, '');
    const r = spawnSync('bash', ['-e', '-c', script], {
      cwd: sub,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTION_PATH: root,
        GITHUB_STEP_SUMMARY: summary,
        SNC_FILES: 'offers/offer.yaml',
        SNC_PROFILES: 'secnumcloud-3.2',
        SNC_FORMATS: '',
        SNC_SARIF: 'snc.sarif',
        NO_COLOR: '1',
      },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=deploy\/offers\/offer\.yaml,/m);
    expect(existsSync(join(sub, 'snc.sarif'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toMatch(/❌ `deploy\/offers\/offer.yaml`: Not compliant with secnumcloud/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  it('runs snc check from its own installed package on the files committed', () => {
    expect(hook!.language).toBe('node');
    expect(new RegExp(hook!.files).test('deploy/offers/offer.yaml')).toBe(true);
    const [command, ...args] = hook!.entry.split(' ');
    expect(command).toBe('snc');
    const r = spawnSync(process.execPath, [bin, ...args, 'offers/offer.yaml'], {
      cwd: sub,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Not compliant with /);
  });
});
