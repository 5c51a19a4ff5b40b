// Read a configuration file: YAML validated by its shipped schema (file:line:column errors), paths made relative to it.

import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../../core/input-error.js';
import { pointer } from '../../core/json-pointer.js';
import { parseYamlSource, DEFAULT_LIMITS } from '../../load/read-yaml.js';
import { readText } from '../../load/read-text.js';
import { validator } from '../../schema/compile-validator.js';
import { schemaProblems, throwProblems } from '../../schema/schema-errors.js';
import { CONFIG_KEYS, type ConfigKey, type PathKind } from './config-keys.js';
import { configSchema } from './config-schema.js';
import { inLang } from '../../i18n/format.js';

/** One key set in the file: its value, paths already resolved, and where it stands. */
export interface ConfigEntry {
  key: ConfigKey;
  value: unknown;
  at: { file: string; line: number; column: number };
}

export interface LoadedConfig {
  file: string;
  entries: ConfigEntry[];
}

/** A path of the file, as the process sees it from `cwd`: relative to the configuration file's folder. */
function resolvePath(path: string, base: string, cwd: string): string {
  if (isAbsolute(path)) return path;
  return relative(cwd, resolve(base, path)) || '.';
}

function resolvePaths(value: unknown, kind: PathKind | undefined, base: string, cwd: string): unknown {
  const one = (p: string) => resolvePath(p, base, cwd);
  switch (kind) {
    case 'file':
      return one(value as string);
    case 'files':
      return (value as string[]).map(one);
    case 'formats':
      return (value as string[]).map((spec) => {
        const eq = spec.indexOf('=');
        return eq < 0 ? spec : `${spec.slice(0, eq)}=${one(spec.slice(eq + 1))}`;
      });
    default:
      return value;
  }
}

/** Load and validate a configuration file; `cwd` is the folder paths are shown from. Throws InputError on any problem. */
export function loadConfig(file: string, cwd: string): LoadedConfig {
  const { text, sha256 } = readText(file, DEFAULT_LIMITS.maxBytes);
  if (!/^[ \t]*[^#\s]/m.test(text)) return { file, entries: [] };
  const doc = parseYamlSource(file, text, sha256);
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(inLang('cli.config.not-a-mapping'), { file, ...doc.locate('') });
  const validate = validator('all-errors', configSchema);
  if (!validate(value)) throwProblems(doc, schemaProblems(validate, value));
  const base = dirname(resolve(file));
  const entries: ConfigEntry[] = [];
  for (const key of CONFIG_KEYS) {
    const v = (value as Record<string, unknown>)[key.key];
    if (v === undefined) continue;
    const at = doc.locate(pointer(key.key));
    entries.push({ key, value: resolvePaths(v, key.paths, base, cwd), at: { file, ...at } });
  }
  return { file, entries };
}
