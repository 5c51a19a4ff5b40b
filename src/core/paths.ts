// Where the package's own data lives, from src/core/ under test, from dist/core/ once built, and from the bundle in dist/.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root, as a URL: the folder holding package.json, one level above the bundle or two above this module. */
const root = ['../', '../../']
  .map((up) => new URL(up, import.meta.url))
  .find((dir) => existsSync(new URL('package.json', dir)))!;

/** The package root: the folder holding package.json, rules/ and schemas/. */
export const packageRoot = fileURLToPath(root);
export const rulesDir = fileURLToPath(new URL('rules', root));
export const dataDir = fileURLToPath(new URL('rules/data', root));
