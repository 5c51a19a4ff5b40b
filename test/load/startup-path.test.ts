// The built CLI's start-up path: a check loads neither ajv's compiler nor the yaml library, and parses no shipped
// YAML (the build precompiled both); the values it reads from the cache are those the loader would produce.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED_YAML_FILE, precompiledValue } from '../../src/load/precompiled-yaml.js';
import { parseYamlSource, readYaml } from '../../src/load/read-yaml.js';
import { readText } from '../../src/load/read-text.js';
import { root } from '../e2e/run-bin.js';

const built = existsSync(`${root}dist/snc-cli.cjs`) && existsSync(PRECOMPILED_YAML_FILE);

describe.skipIf(!built)('start-up path of the built CLI', () => {
  it('loads neither ajv nor yaml for a check in every format', () => {
    const script = `
      const { main } = require('./dist/snc-cli.cjs');
      const sink = { write: () => true };
      (async () => {
        const formats = ['text', 'json', 'sarif', 'junit', 'markdown', 'html', 'github'];
        for (const f of formats) await main(['check', 'fixtures/compliant.yaml', '--format', f], { stdout: sink, stderr: sink, env: {} });
        const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](ajv|yaml)[\\\\/]/.test(k));
        process.stdout.write(JSON.stringify(loaded));
      })();`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('reads the shipped YAML from the cache, with the values and positions of a parse', () => {
    // reference data rarely changes: the build's cache must hold it (a rule pack edited since the build would not be)
    expect(precompiledValue(readText('rules/data/countries.yaml', 1e9).sha256)).toBeDefined();
    for (const file of ['rules/secnumcloud-3.2.yaml', ...readdirSync('rules/data').map((f) => `rules/data/${f}`)]) {
      const { text, sha256 } = readText(file, 1e9);
      const parsed = parseYamlSource(file, text, sha256);
      const cached = readYaml(file);
      expect(cached.value).toEqual(parsed.value);
      expect(cached.value).not.toBe(readYaml(file).value); // a fresh copy each time: no caller can alter another's
      expect(cached.locate('/rules/0/check')).toEqual(parsed.locate('/rules/0/check'));
    }
  });
});
