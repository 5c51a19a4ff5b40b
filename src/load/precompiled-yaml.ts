// Values of the package's own YAML files (rule packs, reference data), parsed by the build: a start needs no YAML parse.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';

/** Written by scripts/build.mjs: the JSON text of each file's value, keyed by the sha256 of the file's bytes. */
export const PRECOMPILED_YAML_FILE = join(packageRoot, 'dist', 'yaml-cache.json');

let cache: Record<string, string> | null | undefined;

function load(): Record<string, string> | null {
  try {
    return JSON.parse(readFileSync(PRECOMPILED_YAML_FILE, 'utf8')) as Record<string, string>;
  } catch {
    return null; // not built (tests run src/ directly): parse instead
  }
}

/** A fresh copy of the value of a file with these bytes (by sha256), if the build parsed one; else undefined. */
export function precompiledValue(sha256: string): unknown {
  cache ??= load();
  const json = cache && Object.prototype.hasOwnProperty.call(cache, sha256) ? cache[sha256] : undefined;
  return json === undefined ? undefined : JSON.parse(json);
}

/** The same, keyed by a text (its UTF-8 bytes). */
export const precompiledText = (text: string): unknown =>
  precompiledValue(createHash('sha256').update(text).digest('hex'));
