// Report files are written whole or not at all, and refused early when they could not be written.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDistinct, assertWritable, writeAllAtomically } from '../../src/cli/write-output.js';
import { InputError } from '../../src/load/input-error.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'snc-write-'));

describe('writeAllAtomically', () => {
  it('writes every file with exactly its text, replacing what was there, and leaves no temporary file', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.json'), 'old and longer content');
    writeAllAtomically([
      { file: join(dir, 'a.json'), text: '{"a":1}\n' },
      { file: join(dir, 'b.xml'), text: '<b/>\n' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readFileSync(join(dir, 'b.xml'), 'utf8')).toBe('<b/>\n');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.xml']);
  });

  it('writes none of the files when one cannot be staged, and cleans up after itself', () => {
    const dir = fresh();
    const bad = join(dir, 'no-such-folder', 'c.json');
    let error: unknown;
    try {
      writeAllAtomically([
        { file: join(dir, 'a.json'), text: 'a' },
        { file: bad, text: 'c' },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toString()).toBe(`${bad}: cannot write the report (ENOENT)`);
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('assertWritable and assertDistinct', () => {
  it('refuses a missing folder, a folder as target, two reports to one file and a report over an input', () => {
    const dir = fresh();
    expect(() => assertWritable(join(dir, 'x', 'r.json'))).toThrow(/folder .* does not exist or is not writable/);
    expect(() => assertWritable(dir)).toThrow('it is a directory');
    expect(() => assertWritable(join(dir, 'r.json'))).not.toThrow();
    expect(() => assertDistinct([join(dir, 'r.json'), `${dir}/./r.json`], [])).toThrow('two --format options write to the same file');
    expect(() => assertDistinct(['offer.yaml'], ['./offer.yaml'])).toThrow('over a file being judged');
    expect(() => assertDistinct(['a.json', 'b.json'], ['offer.yaml'])).not.toThrow();
  });
});
