// The path of a file as a repository names it: from the git top level (or GITHUB_WORKSPACE), with forward slashes.

import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface RepoPathOptions {
  /** The folder relative paths are read from; default the working directory. */
  cwd?: string;
  /** Where GITHUB_WORKSPACE is read; default the process environment. */
  env?: Readonly<Record<string, string | undefined>>;
}

const posix = (path: string): string => path.split(sep).join('/');

/** The path of `file` inside `dir`, or undefined when it lies outside (or on another drive). */
function inside(dir: string, file: string): string | undefined {
  const rel = relative(dir, file);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel;
}

/** A path with its symbolic links resolved as far as it exists (a file not yet written keeps its name). */
function real(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), basename(path));
  }
}

/**
 * The git top level above `dir`: the nearest folder holding a `.git` entry (a folder, or the file of a worktree or
 * submodule), found by walking up; git itself is never run. Undefined outside a repository.
 */
export function gitTopLevel(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The repository-relative path of a file, with forward slashes: relative to GITHUB_WORKSPACE when it is set and holds
 * the file, else to the git top level above the file, else (outside any repository) to the working directory, or
 * absolute for a file outside it.
 */
export function repoRelativePath(file: string, options: RepoPathOptions = {}): string {
  const cwd = resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const abs = resolve(cwd, file);
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) {
    const ws = resolve(cwd, workspace);
    const rel = inside(ws, abs) ?? inside(real(ws), real(abs));
    if (rel !== undefined) return posix(rel);
  }
  const top = gitTopLevel(dirname(abs));
  if (top !== undefined) {
    const rel = inside(top, abs);
    if (rel !== undefined) return posix(rel);
  }
  // Outside any repository: from the working directory when the file is under it, else its absolute path.
  const rel = inside(cwd, abs);
  return rel !== undefined ? posix(rel) : abs;
}
