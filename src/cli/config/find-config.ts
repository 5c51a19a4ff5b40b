// Find the configuration file: from the working directory upward, to the repository root (or the filesystem root).

import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../../core/input-error.js';
import { inLang } from '../../i18n/format.js';

/** The names a configuration file may have, in the order they are looked for. */
export const CONFIG_NAMES = ['.snc.yaml', 'snc.config.yaml'] as const;

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The configuration file that applies in `cwd`, as a path from it, or undefined. The search stops at the first folder
 * holding `.git` (the repository root), so a file above the repository never applies to it.
 */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => join(dir, name))
      .filter(isFile)
      .map((f) => relative(cwd, f));
    if (found.length > 1)
      throw new InputError(inLang('cli.config.two-files', { names: { list: [...CONFIG_NAMES] } }), { file: found[1] });
    if (found[0]) return found[0];
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}
