// An input error raised by message id, below the catalogues (load/, core/): worded in English as its message, in the
// language of the run when printed, and every id it may name is in the catalogues.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, ref } from '../../src/core/input-error.js';
import { en } from '../../src/i18n/en.js';
import '../../src/i18n/format.js';
import { SYNTAX_REASONS } from '../../src/load/read-yaml.js';

const src = join(import.meta.dirname, '..', '..', 'src');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('an input error by message id', () => {
  it('reads in English as its message, and in the language asked when printed, at its place', () => {
    const err = new InputError(ref('input.yaml.invalid', { reason: ref('yaml.reason.missed-comma') }), {
      file: 'a.yaml',
      line: 2,
      column: 5,
    });
    expect(err.message).toBe('invalid YAML: missed comma between flow collection entries');
    expect(err.toString('fr')).toBe(
      'a.yaml:2:5: YAML invalide\u00a0: virgule manquante entre les éléments d’une liste ou d’une table',
    );
    expect(new InputError(ref('input.yaml.empty', { expected: 'waivers' })).toString('en')).toBe(
      'empty file, expected a YAML mapping with a `waivers:` list',
    );
  });

  it('names only ids the catalogues hold', () => {
    const ids = filesUnder(src).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bref\('([\w.-]+)'/g)].map((m) => m[1]!),
    );
    ids.push(...Object.values(SYNTAX_REASONS).map((r) => `yaml.reason.${r}`));
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !(id in en))).toEqual([]);
  });
});
