// The repository-relative path of a file: git top level found by walking up, GITHUB_WORKSPACE first, cwd outside.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitTopLevel, repoRelativePath } from '../../src/core/repo-path.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'snc-repo-path-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const repo = join(base, 'repo');
mkdirSync(join(repo, '.git'), { recursive: true });
mkdirSync(join(repo, 'deploy', 'prod'), { recursive: true });
writeFileSync(join(repo, 'deploy', 'prod', 'offer.yaml'), 'x');
const worktree = join(base, 'wt');
mkdirSync(join(worktree, 'sub'), { recursive: true });
writeFileSync(join(worktree, '.git'), 'gitdir: ../repo/.git/worktrees/wt\n');
const outside = join(base, 'plain', 'sub');
mkdirSync(outside, { recursive: true });
const none = { env: {} };

describe('repoRelativePath', () => {
  it('names a file from the git top level, whatever the working directory', () => {
    expect(repoRelativePath('offer.yaml', { cwd: join(repo, 'deploy', 'prod'), ...none })).toBe(
      'deploy/prod/offer.yaml',
    );
    expect(repoRelativePath('prod/offer.yaml', { cwd: join(repo, 'deploy'), ...none })).toBe('deploy/prod/offer.yaml');
    expect(repoRelativePath('../prod/offer.yaml', { cwd: join(repo, 'deploy', 'prod'), ...none })).toBe(
      'deploy/prod/offer.yaml',
    );
    expect(repoRelativePath(join(repo, 'deploy', 'prod', 'offer.yaml'), { cwd: base, ...none })).toBe(
      'deploy/prod/offer.yaml',
    );
  });

  it('takes a .git file (a worktree or a submodule) as the top level', () => {
    expect(gitTopLevel(join(worktree, 'sub'))).toBe(worktree);
    expect(repoRelativePath('sub/a.yaml', { cwd: worktree, ...none })).toBe('sub/a.yaml');
  });

  it('reads GITHUB_WORKSPACE first when it holds the file, and the git top level when it does not', () => {
    const env = { GITHUB_WORKSPACE: join(repo, 'deploy') };
    expect(repoRelativePath('offer.yaml', { cwd: join(repo, 'deploy', 'prod'), env })).toBe('prod/offer.yaml');
    expect(repoRelativePath('a.yaml', { cwd: join(worktree, 'sub'), env })).toBe('sub/a.yaml');
  });

  it('sees through a symbolic link to the workspace', () => {
    const link = join(base, 'link');
    symlinkSync(repo, link);
    expect(repoRelativePath('deploy/prod/offer.yaml', { cwd: link, env: { GITHUB_WORKSPACE: repo } })).toBe(
      'deploy/prod/offer.yaml',
    );
  });

  it('is relative to the working directory outside any repository, absolute above it', () => {
    expect(gitTopLevel(outside)).toBeUndefined();
    expect(repoRelativePath('a.yaml', { cwd: outside, ...none })).toBe('a.yaml');
    expect(repoRelativePath('../b/a.yaml', { cwd: outside, ...none })).toBe(join(base, 'plain', 'b', 'a.yaml'));
  });
});
