// Report files are written whole or not at all, never over an input, and refused early when they could not be written.
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputs, assertNotOverInputs, writeFully, writeReports } from '../../src/cli/write-output.js';
import { InputError } from '../../src/core/input-error.js';

const made: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'snc-write-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The InputError a call throws, as the line the CLI prints. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err.toString();
    throw err;
  }
  throw new Error('no InputError thrown');
}

async function asyncRefusal(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (err) {
    if (err instanceof InputError) return err.toString();
    throw err;
  }
  throw new Error('no InputError thrown');
}

describe('writeReports', () => {
  it('writes every file with exactly its text, replacing what was there, and leaves no temporary file', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.json'), 'old and longer content');
    await writeReports([
      { file: join(dir, 'a.json'), text: '{"a":1}\n' },
      { file: join(dir, 'b.xml'), text: '<b/>\n' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readFileSync(join(dir, 'b.xml'), 'utf8')).toBe('<b/>\n');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.xml']);
  });

  it('writes none of the files when one cannot be written, cleans up after itself, and leaves the previous file as it was', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.json'), 'previous');
    mkdirSync(join(dir, 'gone'));
    const bad = join(dir, 'gone', 'c.json');
    checkOutputs([join(dir, 'a.json'), bad], []);
    // The folder disappears between the early check and the write.
    rmSync(join(dir, 'gone'), { recursive: true });
    const plan = [
      { file: join(dir, 'a.json'), text: 'a' },
      { file: bad, text: 'c' },
    ];
    expect(await asyncRefusal(() => writeReports(plan))).toBe(
      `${bad}: cannot write the report: folder ${join(dir, 'gone')} does not exist or is not writable`,
    );
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('writes through a symbolic link, keeping the link and the mode and owner of its target', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'report.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    chownSync(target, 1234, 5678);
    symlinkSync(relative(dir, target), join(dir, 'link.json'));
    await writeReports([{ file: join(dir, 'link.json'), text: 'new' }]);
    const s = statSync(target);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(s.mode & 0o7777).toBe(0o640);
    expect([s.uid, s.gid]).toEqual(
      process.geteuid?.() === 0 ? [1234, 5678] : [process.geteuid?.(), process.getegid?.()],
    );
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['report.json']);
  });

  it('creates the file a dangling symbolic link names, and keeps the link', async () => {
    const dir = fresh();
    symlinkSync('made.json', join(dir, 'dangling.json'));
    await writeReports([{ file: join(dir, 'dangling.json'), text: 'made' }]);
    expect(readFileSync(join(dir, 'made.json'), 'utf8')).toBe('made');
    expect(readFileSync(join(dir, 'dangling.json'), 'utf8')).toBe('made');
  });
});

describe('writeFully', () => {
  it('loops over short writes until every byte is written', async () => {
    const bytes = Buffer.from('0123456789');
    const got: string[] = [];
    await writeFully((b, offset, length) => {
      const n = Math.min(3, length);
      got.push(b.subarray(offset, offset + n).toString());
      return Promise.resolve(n);
    }, bytes);
    expect(got).toEqual(['012', '345', '678', '9']);
  });

  it('fails, rather than loops, on a write that takes nothing', async () => {
    let calls = 0;
    await expect(
      writeFully((_b, _o, length) => Promise.resolve(++calls === 1 ? length - 4 : 0), Buffer.from('0123456789')),
    ).rejects.toThrow('short write: 6 of 10 bytes written');
  });
});

describe('checkOutputs', () => {
  it('refuses a missing folder, a folder as target, two reports to one file and a report over an input', () => {
    const dir = fresh();
    const offer = join(dir, 'offer.yaml');
    writeFileSync(offer, 'snc: 1\n');
    const inputs = [{ file: offer, role: 'description' }];
    expect(refusal(() => checkOutputs([join(dir, 'x', 'r.json')], inputs))).toMatch(
      /folder .* does not exist or is not writable$/,
    );
    expect(refusal(() => checkOutputs([dir], inputs))).toMatch(/: cannot write the report: it is a directory$/);
    expect(() => checkOutputs([join(dir, 'r.json')], inputs)).not.toThrow();
    expect(refusal(() => checkOutputs([join(dir, 'r.json'), `${dir}/./r.json`], inputs))).toContain(
      'two --format options write to the same file',
    );
    expect(refusal(() => checkOutputs([offer], inputs))).toBe(
      `${offer}: cannot write the report over the description ${offer}, which this run reads`,
    );
    expect(() => checkOutputs([join(dir, 'a.json'), join(dir, 'b.json')], inputs)).not.toThrow();
  });

  it('compares the files themselves: symbolic links, hard links, symlinked folders and /proc/self/cwd paths', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const pack = join(dir, 'real', 'pack.yaml');
    writeFileSync(pack, 'pack: p\n');
    symlinkSync(pack, join(dir, 'pack-link.yaml'));
    linkSync(pack, join(dir, 'pack-hard.yaml'));
    symlinkSync(join(dir, 'real'), join(dir, 'folder-link'));
    const inputs = [{ file: pack, role: 'rule pack' }];
    const over = (file: string) => refusal(() => checkOutputs([file], inputs));
    for (const file of [
      join(dir, 'pack-link.yaml'),
      join(dir, 'pack-hard.yaml'),
      join(dir, 'folder-link', 'pack.yaml'),
    ])
      expect(over(file)).toBe(`${file}: cannot write the report over the rule pack ${pack}, which this run reads`);
    // `..` after a symlinked folder is the parent of its target, as the system reads it, not a step back in the text.
    mkdirSync(join(dir, 'real', 'deep'));
    symlinkSync(join(dir, 'real', 'deep'), join(dir, 'deep-link'));
    const upFromLink = join(dir, 'deep-link') + '/../pack.yaml';
    expect(over(upFromLink)).toBe(
      `${upFromLink}: cannot write the report over the rule pack ${pack}, which this run reads`,
    );
    const newUpFromLink = join(dir, 'deep-link') + '/../new.json';
    expect(refusal(() => checkOutputs([newUpFromLink, join(dir, 'real', 'new.json')], []))).toContain(
      'two --format options write to the same file',
    );
    const viaProc = `/proc/self/cwd/${relative(process.cwd(), pack)}`;
    if (existsSync('/proc/self/cwd')) expect(over(viaProc)).toContain('cannot write the report over the rule pack');
    // The input given through a link is the same file as the report given plainly.
    expect(
      refusal(() => checkOutputs([pack], [{ file: join(dir, 'folder-link', 'pack.yaml'), role: 'rule pack' }])),
    ).toContain('over the rule pack');
    // Two reports, one through a symlinked folder, one plain, that do not exist yet.
    expect(
      refusal(() => checkOutputs([join(dir, 'real', 'new.json'), join(dir, 'folder-link', 'new.json')], [])),
    ).toContain('two --format options write to the same file');
  });

  it('lets late inputs be checked again before anything is judged', () => {
    const dir = fresh();
    const cited = join(dir, 'contract.pdf');
    writeFileSync(cited, '%PDF');
    expect(() => checkOutputs([cited], [])).not.toThrow();
    expect(refusal(() => assertNotOverInputs([cited], [{ file: cited, role: 'source document' }]))).toContain(
      'over the source document',
    );
  });

  it('refuses the file standard output goes to when a report is printed there, and allows /dev/null twice', () => {
    const dir = fresh();
    const file = join(dir, 'out.txt');
    writeFileSync(file, '');
    expect(refusal(() => checkOutputs([file], [], statSync(file)))).toBe(
      `${file}: cannot write the report to the file standard output also goes to`,
    );
    expect(() => checkOutputs(['/dev/null', '/dev/null'], [], statSync(file))).not.toThrow();
  });
});
