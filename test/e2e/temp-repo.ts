// A real git repository in a temporary folder, for runs from a subdirectory: files written into it, removed after the test file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { root } from './run-bin.js';

export interface TempRepo {
  /** The repository's top level (a real path: no symbolic link in it). */
  dir: string;
  /** Write a file at a path relative to the top level, making its folders. */
  write(path: string, text: string): string;
  /** Copy a file of this package into the repository. */
  copy(from: string, to: string): string;
}

/** Make a repository with `git init`; it is removed when the test file ends. */
export function tempRepo(prefix = 'snc-repo-'): TempRepo {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  execFileSync('git', ['init', '-q', dir]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const place = (path: string) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    return full;
  };
  return {
    dir,
    write: (path, text) => {
      const full = place(path);
      writeFileSync(full, text);
      return full;
    },
    copy: (from, to) => {
      const full = place(to);
      copyFileSync(join(root, from), full);
      return full;
    },
  };
}
