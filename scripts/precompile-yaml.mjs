// Writes dist/yaml-cache.json: the value of each YAML file the package ships (rules/*.yaml, rules/data/*.yaml), parsed
// by snc's own loader and keyed by the sha256 of its bytes, so a run loads JSON instead of parsing YAML.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/** A value JSON carries exactly: no non-finite numbers, no negative zero. */
function jsonExact(v) {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v !== 'object') return true;
  return (Array.isArray(v) ? v : Object.values(v)).every(jsonExact);
}

/** Parse the shipped YAML with the compiled loader in dist/ and write the cache; returns how many files it holds. */
export async function precompileYaml(root) {
  const { readYaml } = await import(new URL('dist/load/read-yaml.js', root).href);
  const { PRECOMPILED_YAML_FILE } = await import(new URL('dist/load/precompiled-yaml.js', root).href);
  const cache = {};
  writeFileSync(PRECOMPILED_YAML_FILE, '{}\n'); // never parse through a stale cache
  for (const dir of ['rules', 'rules/data']) {
    for (const name of readdirSync(new URL(dir, root))
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const path = new URL(`${dir}/${name}`, root);
      const { value } = readYaml(path.pathname);
      if (!jsonExact(value)) continue;
      cache[createHash('sha256').update(readFileSync(path)).digest('hex')] = JSON.stringify(value);
    }
  }
  const sorted = Object.fromEntries(Object.entries(cache).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(PRECOMPILED_YAML_FILE, JSON.stringify(sorted) + '\n');
  return Object.keys(sorted).length;
}
