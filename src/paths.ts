// Where the package's own data lives, from src/ under test and from dist/ once built.

import { fileURLToPath } from 'node:url';

/** The package root: the folder holding package.json, rules/ and schemas/. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const rulesDir = fileURLToPath(new URL('../rules', import.meta.url));
export const dataDir = fileURLToPath(new URL('../rules/data', import.meta.url));
