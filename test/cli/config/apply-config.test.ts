// applyConfig: a file's values go under the command line's, and a key whose option the command lacks is refused.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { applyConfig } from '../../../src/cli/config/apply-config.js';
import { CONFIG_KEYS } from '../../../src/cli/config/config-keys.js';
import { configSchema } from '../../../src/cli/config/config-schema.js';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'snc-apply-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const command = (argv: string[]) => {
  const cmd = new Command('demo')
    .option('--config <file>')
    .option('--no-config')
    .addOption(new Option('--lang <lang>'));
  cmd.exitOverride().parse(argv, { from: 'user' });
  return cmd;
};

describe('applyConfig', () => {
  it('sets what the command line did not give, and records where it stands', () => {
    writeFileSync(join(dir, 'a.yaml'), '\nlang: fr\n');
    const given = command(['--config', join(dir, 'a.yaml')]);
    const applied = applyConfig(given, dir);
    expect(given.getOptionValue('lang')).toBe('fr');
    expect(applied.places.get('lang')).toBe(`${join(dir, 'a.yaml')}:2:1`);
    const overridden = command(['--config', join(dir, 'a.yaml'), '--lang', 'en']);
    applyConfig(overridden, dir);
    expect(overridden.getOptionValue('lang')).toBe('en');
    expect(overridden.getOptionValueSource('lang')).toBe('cli');
  });

  it('refuses a key whose option this command lacks, at its place in the file', () => {
    writeFileSync(join(dir, 'b.yaml'), 'lang: fr\nfailOn: info\n');
    expect(() => applyConfig(command(['--config', join(dir, 'b.yaml')]), dir)).toThrow(
      expect.objectContaining({
        message: 'failOn: snc demo has no --fail-on option in this version',
        line: 2,
        column: 1,
      }),
    );
  });

  it('reads the keys of one list, which is also the shipped schema', () => {
    expect(Object.keys(configSchema.properties)).toEqual(CONFIG_KEYS.map((k) => k.key));
  });
});
