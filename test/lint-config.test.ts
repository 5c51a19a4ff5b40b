// The house rules load as configured: ESLint's type-aware rules reach src/ and test/, Prettier lays code out in 120
// columns and leaves data and documents alone, and the bin passes both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { root } from './e2e/run-bin.js';

describe('npm run lint', () => {
  const eslint = new ESLint({ cwd: root });

  it('applies the type-aware rules to the sources and the tests, and none of the layout rules', async () => {
    for (const file of ['src/api.ts', 'test/e2e/bin.test.ts']) {
      const { rules } = (await eslint.calculateConfigForFile(join(root, file))) as { rules: Record<string, unknown> };
      expect(rules['@typescript-eslint/no-floating-promises'], file).toEqual([2]);
      expect(rules['@typescript-eslint/no-misused-promises'], file).toBeDefined();
      expect(rules['no-mixed-spaces-and-tabs'] ?? [0], file).toEqual([0]);
    }
  });

  it('lays code out in 120 columns with single quotes, and leaves data, documents and snapshots alone', async () => {
    expect(await prettier.resolveConfig(join(root, 'src/api.ts'))).toMatchObject({
      printWidth: 120,
      singleQuote: true,
    });
    const ignored = async (file: string) =>
      (await prettier.getFileInfo(join(root, file), { ignorePath: join(root, '.prettierignore') })).ignored;
    for (const file of [
      'fixtures/compliant.yaml',
      'rules/secnumcloud-3.2.yaml',
      'README.md',
      'package.json',
      'test/report/__snapshots__/readiness.en.txt',
    ])
      expect(await ignored(file), file).toBe(true);
    expect(await ignored('src/api.ts')).toBe(false);
  });

  it('finds nothing in the bin', async () => {
    const file = join(root, 'bin/snc.js');
    const [result] = await eslint.lintFiles([file]);
    expect(result!.messages).toEqual([]);
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    expect(await prettier.check(readFileSync(file, 'utf8'), options)).toBe(true);
  });
});
