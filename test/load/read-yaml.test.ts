// The YAML loader: values as YAML 1.2 reads them, exact positions, and every hostile input refused with a position.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import { DEFAULT_LIMITS, parseYamlSource, readYaml, type ReadLimits } from '../../src/load/read-yaml.js';
// The loader raises its errors by message id; the catalogues, once loaded, word them.
import '../../src/i18n/format.js';

const dir = mkdtempSync(join(tmpdir(), 'snc-read-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (text: string, limits: Partial<ReadLimits> = {}) =>
  parseYamlSource('in.yaml', text, '', { ...DEFAULT_LIMITS, ...limits });

/** The InputError a text gives, as `line:column message`. */
function refusal(text: string, limits: Partial<ReadLimits> = {}): string {
  try {
    parse(text, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.file).toBe('in.yaml');
    return `${e.line ?? '?'}:${e.column ?? '?'} ${e.message}`;
  }
  throw new Error('expected an InputError');
}

const nestedFlow = (levels: number) => 'a: ' + '['.repeat(levels - 1) + ']'.repeat(levels - 1) + '\n';
const nestedBlock = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';

describe('readYaml values', () => {
  it('reads YAML 1.2 core: dates stay text, merge keys are plain keys, yes/no are text', () => {
    const v = parse('d: 2028-06-30\n<<: {a: 1}\ny: yes\nn: 0o17\nf: 1.5\nt: true\nz: ~\n').value;
    expect(v).toEqual({ d: '2028-06-30', '<<': { a: 1 }, y: 'yes', n: 15, f: 1.5, t: true, z: null });
  });

  it('ignores a byte-order mark, and counts columns without it', () => {
    const file = join(dir, 'bom.yaml');
    writeFileSync(file, '\uFEFFa: 1\nb: [1, 2, x]\n');
    const doc = readYaml(file);
    expect(doc.value).toEqual({ a: 1, b: [1, 2, 'x'] });
    expect(doc.locate('/a')).toEqual({ line: 1, column: 1 });
    expect(doc.locate('/b/2')).toEqual({ line: 2, column: 11 });
  });

  it('locates with CRLF line ends and falls back to the nearest ancestor', () => {
    const doc = parse('a:\r\n  b: 1\r\n  c:\r\n    - x\r\n');
    expect(doc.locate('/a/c/0')).toEqual({ line: 4, column: 7 });
    expect(doc.locate('/a/c/7/zz')).toEqual({ line: 3, column: 3 });
    expect(doc.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('hashes the bytes of the file', () => {
    const file = join(dir, 'hash.yaml');
    writeFileSync(file, 'a: 1\n');
    expect(readYaml(file).sha256).toBe(createHash('sha256').update('a: 1\n').digest('hex'));
  });
});

describe('readYaml refusals', () => {
  it('invalid YAML, with the position js-yaml found', () => {
    expect(refusal('a: 1\nb: [1, 2\n')).toMatch(
      /^3:1 invalid YAML: unexpected end of the stream within a flow collection/,
    );
    expect(refusal('a:\n\t- 1\n')).toMatch(/^2:1 invalid YAML: /);
  });

  it('duplicate keys, at the second one, naming it', () => {
    expect(refusal('a: 1\nb:\n  c: 1\n  c: 2\n')).toBe(
      '4:3 duplicate key `c`: a key may appear only once in a mapping',
    );
    expect(refusal('{ "x y": 1, "x y": 2 }\n')).toBe(
      '1:13 duplicate key "x y": a key may appear only once in a mapping',
    );
  });

  it('reserved JavaScript keys, at the key, without touching any prototype', () => {
    expect(refusal('a:\n  __proto__: { polluted: true }\n')).toBe(
      '2:3 the key `__proto__` is not allowed (a reserved JavaScript name)',
    );
    expect(refusal('entities:\n  constructor: { type: company }\n')).toBe(
      '2:3 the key `constructor` is not allowed (a reserved JavaScript name)',
    );
    expect(refusal('[{ prototype: 1 }]\n')).toBe('1:4 the key `prototype` is not allowed (a reserved JavaScript name)');
    expect(refusal('a: &x { b: 1 }\nc: *x\nd: { __proto__: 1 }\n')).toBe(
      '3:6 the key `__proto__` is not allowed (a reserved JavaScript name)',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a list or mapping as a key', () => {
    expect(refusal('a: 1\n[x, y]: 2\n')).toBe('2:1 a mapping key must be a plain value, not a list or mapping');
    expect(refusal('a: 1\n? {x: 1}\n: 2\n')).toBe('2:3 a mapping key must be a plain value, not a list or mapping');
  });

  it('more than one document', () => {
    expect(refusal('a: 1\n---\nb: 2\n')).toBe(
      '2:1 more than one YAML document, expected one (remove the `---` separator)',
    );
    expect(refusal('--- # first\na: 1\n--- # second\nb: 2\n')).toMatch(/^3:1 more than one YAML document/);
  });

  it('an empty file, or one of comments only', () => {
    expect(refusal('')).toBe('1:1 empty file, expected a YAML mapping beginning with `snc: 1`');
    expect(refusal('  \n# only a comment\n\n')).toBe('1:1 empty file, expected a YAML mapping beginning with `snc: 1`');
  });

  it('nesting deeper than the limit, exactly at the boundary, in flow and block style', () => {
    expect(parse(nestedFlow(64)).value).toBeTruthy();
    expect(refusal(nestedFlow(65))).toMatch(/^1:\d+ nesting is deeper than 64 levels \(raise it with --max-depth\)$/);
    expect(parse(nestedBlock(64)).value).toBeTruthy();
    expect(refusal(nestedBlock(65))).toBe('64:127 nesting is deeper than 64 levels (raise it with --max-depth)');
    expect(parse(nestedFlow(65), { maxDepth: 65 }).value).toBeTruthy();
    // far deeper than the limit, the parser itself stops first, at a line inside the part that is too deep
    const [line] = refusal(nestedBlock(12), { maxDepth: 3 }).split(':');
    expect(Number(line)).toBeGreaterThanOrEqual(3);
    expect(refusal(nestedBlock(12), { maxDepth: 3 })).toMatch(
      /^\d+:\d+ nesting is deeper than 3 levels \(raise it with --max-depth\)$/,
    );
    expect(refusal(nestedBlock(5), { maxDepth: 3 })).toBe(
      '3:5 nesting is deeper than 3 levels (raise it with --max-depth)',
    );
  });

  it('20,000 levels of nesting, quickly and without a stack overflow', () => {
    const started = Date.now();
    expect(refusal('a: ' + '['.repeat(20_000) + ']'.repeat(20_000))).toMatch(/^1:\d+ nesting is deeper than 64 levels/);
    expect(refusal('- '.repeat(20_000) + 'x\n')).toMatch(/nesting is deeper than 64 levels/);
    expect(refusal('a: ' + '['.repeat(20_000) + ']'.repeat(20_000), { maxDepth: 1_000_000 })).toMatch(
      /nesting is (deeper than 1000000 levels|too deep to read)/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('nesting made deep through an alias', () => {
    expect(refusal('a: &x [[[1]]]\nb: [[*x]]\n', { maxDepth: 5 })).toBe(
      '2:6 nesting is deeper than 5 levels through this alias (raise it with --max-depth)',
    );
  });

  it('a billion laughs, before anything expands it', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = Date.now();
    expect(refusal(lines.join('\n') + '\n')).toMatch(
      /^\d+:\d+ more than 100 YAML alias expansions \(raise it with --max-aliases\)$/,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('counts alias expansions, and lets a user raise the limit', () => {
    const text = 'base: &b { type: company }\nlist: [*b, *b, *b]\n';
    expect(parse(text, { maxAliases: 3 }).value).toEqual({
      base: { type: 'company' },
      list: [{ type: 'company' }, { type: 'company' }, { type: 'company' }],
    });
    expect(refusal(text, { maxAliases: 2 })).toBe(
      '2:16 more than 2 YAML alias expansions (raise it with --max-aliases)',
    );
    expect(refusal('a: &x [1, 2]\nb: &y [*x, *x]\nc: [*y, *y]\n', { maxAliases: 5 })).toBe(
      '3:9 more than 5 YAML alias expansions (raise it with --max-aliases)',
    );
  });

  it('an alias inside its own anchor (a cycle)', () => {
    expect(refusal('a: &x [1, *x]\n')).toBe('1:11 a YAML alias refers to a node that contains it (a cycle)');
    expect(refusal('a: &x { self: *x }\n')).toBe('1:9 a YAML alias refers to a node that contains it (a cycle)');
  });
});

describe('readYaml files', () => {
  const fileRefusal = (file: string, limits: Partial<ReadLimits> = {}): string => {
    try {
      readYaml(file, { ...DEFAULT_LIMITS, ...limits });
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).file).toBe(file);
      return (err as InputError).message;
    }
    throw new Error('expected an InputError');
  };

  it('a missing file, a directory', () => {
    expect(fileRefusal(join(dir, 'nope.yaml'))).toBe('file not found');
    mkdirSync(join(dir, 'folder.yaml'));
    expect(fileRefusal(join(dir, 'folder.yaml'))).toBe('is a directory, expected a YAML file');
  });

  it('a file over the size limit', () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, 'a: ' + 'x'.repeat(100) + '\n');
    expect(fileRefusal(file, { maxBytes: 50 })).toBe(
      'file is 104 bytes, over the limit of 50 (raise it with --max-bytes)',
    );
    expect(readYaml(file, { ...DEFAULT_LIMITS, maxBytes: 104 }).value).toEqual({ a: 'x'.repeat(100) });
  });

  /** The refusal of a file as `line:column message`. */
  const positioned = (file: string): string => {
    try {
      readYaml(file);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      const e = err as InputError;
      return `${e.line}:${e.column} ${e.message}`;
    }
    throw new Error('expected an InputError');
  };
  const bytesFile = (name: string, bytes: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('binary content, at its first NUL byte', () => {
    const bin = bytesFile('bin.yaml', Buffer.from([0x73, 0x6e, 0x63, 0x3a, 0x20, 0x00, 0xff, 0x10]));
    expect(positioned(bin)).toBe(
      '1:6 not UTF-8 text: a NUL byte (0x00), so the file looks binary; expected a YAML text file (convert the file to UTF-8 if it is text)',
    );
  });

  it('Latin-1 text, at its first byte that is not UTF-8, counting columns in characters', () => {
    const latin1 = bytesFile(
      'latin1.yaml',
      Buffer.concat([Buffer.from('snc: 1\nname: Société '), Buffer.from('caf\xe9\n', 'latin1')]),
    );
    expect(positioned(latin1)).toBe(
      '2:18 not UTF-8: the byte 0xE9 does not begin a valid UTF-8 sequence, so the file looks like Latin-1 (ISO 8859-1 or Windows-1252) text; convert the file to UTF-8',
    );
  });

  it('UTF-16 with and without a byte-order mark, little- and big-endian', () => {
    const text = 'snc: 1\nname: x\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(positioned(bytesFile('le-bom.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), le])))).toBe(
      '1:1 not UTF-8: the file begins with a UTF-16 LE byte-order mark (0xFF 0xFE), so it is UTF-16 LE text; convert the file to UTF-8',
    );
    expect(positioned(bytesFile('be-bom.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe(
      '1:1 not UTF-8: the file begins with a UTF-16 BE byte-order mark (0xFE 0xFF), so it is UTF-16 BE text; convert the file to UTF-8',
    );
    expect(positioned(bytesFile('le.yaml', le))).toBe(
      '1:2 not UTF-8: a NUL byte beside each character, so the file looks like UTF-16 LE text without a byte-order mark; convert the file to UTF-8',
    );
    expect(positioned(bytesFile('be.yaml', be))).toBe(
      '1:1 not UTF-8: a NUL byte beside each character, so the file looks like UTF-16 BE text without a byte-order mark; convert the file to UTF-8',
    );
  });

  it('refuses overlong encodings and encoded surrogates as not UTF-8', () => {
    expect(positioned(bytesFile('overlong.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xc0, 0xaf, 0x0a])))).toMatch(
      /^1:4 not UTF-8: the byte 0xC0 /,
    );
    expect(positioned(bytesFile('surrogate.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a])))).toMatch(
      /^1:4 not UTF-8: the byte 0xED /,
    );
  });

  it.skipIf(process.platform === 'win32')('a named pipe (FIFO) at once, without waiting for a writer', () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(fileRefusal(fifo)).toBe('is a named pipe (FIFO), expected a regular YAML file');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a device', () => {
    expect(fileRefusal('/dev/null')).toBe('is a device, expected a regular YAML file');
  });
});
