// No data is ever lost through the bin: no report over an input (however it is named), special files written in place,
// links written through, a full disk or a file size limit leaves the previous file and no temporary file, a signal
// removes staged files, and a closed or failing standard output ends the run cleanly.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch } from '../bad-input/run-cases.js';
import { bin, root, snc } from './run-bin.js';

const INPUT = 'test/report/fixtures/readiness.yaml';
const DATE = ['--date', '2026-11-23', '--no-timestamp'];
const s = scratch('snc-data-loss-');
afterAll(() => s.remove());
const isRoot = process.geteuid?.() === 0;

/** A folder of its own for one test, with a previous report in it. */
function folder(name: string): { dir: string; previous: string } {
  const dir = join(s.dir, name);
  mkdirSync(dir);
  const previous = join(dir, 'previous.json');
  writeFileSync(previous, 'the previous report\n');
  return { dir, previous };
}

/** The bin under a shell, for `ulimit` and pipes. */
function shell(script: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    cwd: root,
    env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C', SNC: `${process.execPath} ${bin}`, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('a report over a file the run reads', () => {
  it('is refused whatever path names it: a symbolic link, a hard link, a symlinked folder, /proc/self/cwd', () => {
    const dir = join(s.dir, 'inputs');
    mkdirSync(join(dir, 'real'), { recursive: true });
    const description = join(dir, 'real', 'offer.yaml');
    writeFileSync(description, readFileSync(join(root, INPUT)));
    const pack = join(dir, 'real', 'pack.yaml');
    writeFileSync(pack, readFileSync(join(root, 'fixtures/packs/france-only.yaml')));
    symlinkSync(description, join(dir, 'link.yaml'));
    linkSync(pack, join(dir, 'hard.yaml'));
    symlinkSync(join(dir, 'real'), join(dir, 'folder-link'));
    const before = [readFileSync(description), readFileSync(pack)];
    const targets: [string, string][] = [
      [join(dir, 'link.yaml'), `the description ${description}`],
      [join(dir, 'hard.yaml'), `the rule pack ${pack}`],
      [join(dir, 'folder-link', 'offer.yaml'), `the description ${description}`],
      [`/proc/self/cwd/${relative(root, pack)}`, `the rule pack ${pack}`],
    ];
    for (const [target, what] of targets) {
      if (target.startsWith('/proc/') && !existsSync('/proc/self/cwd')) continue;
      const r = snc(['check', description, '--rules', pack, ...DATE, '--format', `json=${target}`]);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toBe(`snc: ${target}: cannot write the report over ${what}, which this run reads\n`);
      expect(r.stdout).toBe('');
    }
    expect([readFileSync(description), readFileSync(pack)]).toEqual(before);
  });

  it('is refused over a shipped rule pack, and over the file standard output goes to when a report is printed there', () => {
    const shipped = snc(['check', INPUT, '--format', `json=${join(root, 'rules', 'secnumcloud-3.2.yaml')}`]);
    expect(shipped.code).toBe(2);
    expect(shipped.stderr).toMatch(
      /cannot write the report over the rule pack .*secnumcloud-3\.2\.yaml, which this run reads\n$/,
    );
    const { dir } = folder('stdout-file');
    const out = join(dir, 'out.txt');
    const r = shell(`$SNC check ${INPUT} --format text --format json=${out} > ${out}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`snc: ${out}: cannot write the report to the file standard output also goes to\n`);
  });

  it('is refused when the GitHub job summary the runner names is the description itself', () => {
    const { dir } = folder('step-summary');
    const description = join(dir, 'offer.yaml');
    writeFileSync(description, readFileSync(join(root, INPUT)));
    const before = readFileSync(description);
    const r = snc(['check', description, ...DATE, '--format', 'github'], { GITHUB_STEP_SUMMARY: description });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${description}: cannot write the report over the description ${description}, which this run reads\n`,
    );
    expect(r.stdout).toBe('');
    expect(readFileSync(description)).toEqual(before);
  });
});

describe('a report to a special file or through a link', () => {
  it.runIf(isRoot)('writes a character device made with mknod in place, and a full device is exit 2 naming it', () => {
    const { dir, previous } = folder('devices');
    const nul = join(dir, 'null');
    const full = join(dir, 'full');
    expect(spawnSync('mknod', [nul, 'c', '1', '3']).status).toBe(0);
    expect(spawnSync('mknod', [full, 'c', '1', '7']).status).toBe(0);
    const ok = snc(['check', INPUT, ...DATE, '--format', `json=${nul}`, '--format', `sarif=${nul}`]);
    expect([ok.code, ok.stderr]).toEqual([1, '']);
    expect(lstatSync(nul).isCharacterDevice()).toBe(true);
    const r = snc(['check', INPUT, ...DATE, '--format', `json=${previous}`, '--format', `sarif=${full}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${full}: cannot write the report: no space left on the device (ENOSPC); no report file was replaced\n`,
    );
    expect(lstatSync(full).isCharacterDevice()).toBe(true);
    expect(readFileSync(previous, 'utf8')).toBe('the previous report\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('writes /dev/stdout in place, when standard output is a pipe and when it is a socket', () => {
    const piped = shell(`$SNC check ${INPUT} ${DATE.join(' ')} --format json=/dev/stdout | cat`);
    expect([piped.code, piped.stderr]).toEqual([0, '']);
    expect(JSON.parse(piped.stdout)).toMatchObject({ reportVersion: 1 });
    const socket = snc(['check', INPUT, ...DATE, '--format', 'json=/dev/stdout']);
    expect([socket.code, socket.stderr]).toEqual([1, '']);
    expect(socket.stdout).toBe(piped.stdout);
  });

  it('writes through a symbolic link, keeping the link, and the mode and owner of its target', () => {
    const { dir } = folder('links');
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'report.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    if (isRoot) chownSync(target, 1234, 5678);
    const owner = [statSync(target).uid, statSync(target).gid];
    symlinkSync('real/report.json', join(dir, 'link.json'));
    const r = snc(['check', INPUT, ...DATE, '--format', `json=${join(dir, 'link.json')}`]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    const after = statSync(target);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ reportVersion: 1 });
    expect([after.mode & 0o7777, after.uid, after.gid]).toEqual([0o640, ...owner]);
    expect(temporaries(join(dir, 'real'))).toEqual([]);
  });
});

describe('a write that cannot complete', () => {
  it('a file size limit (ulimit -f: a short write, then EFBIG) is exit 2 naming the file; the previous file stays', () => {
    const { dir, previous } = folder('efbig');
    const small = join(dir, 'small.log');
    const r = shell(
      `ulimit -f 16; exec $SNC check ${INPUT} ${DATE.join(' ')} --format github=${small} --format json=${previous}`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${previous}: cannot write the report: the file would exceed the largest size allowed (EFBIG); no report file was replaced\n`,
    );
    expect(readFileSync(previous, 'utf8')).toBe('the previous report\n');
    expect(readdirSync(dir).sort()).toEqual(['previous.json']);
  });

  it('a full file system (a small tmpfs) is exit 2 naming the file; the previous file stays', (ctx) => {
    const { dir, previous } = folder('tmpfs');
    const mount = join(dir, 'small');
    mkdirSync(mount);
    if (!isRoot || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mount]).status !== 0) {
      ctx.skip(); // mounting needs root and CAP_SYS_ADMIN; the ulimit case above covers the short write without them
      return;
    }
    try {
      const kept = join(mount, 'report.json');
      writeFileSync(kept, 'the previous report\n');
      const r = snc(['check', INPUT, ...DATE, '--format', `json=${kept}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `snc: ${kept}: cannot write the report: no space left on the device (ENOSPC); no report file was replaced\n`,
      );
      expect(readFileSync(kept, 'utf8')).toBe('the previous report\n');
      expect(readdirSync(mount)).toEqual(['report.json']);
    } finally {
      spawnSync('umount', [mount]);
    }
    expect(readFileSync(previous, 'utf8')).toBe('the previous report\n');
  });
});

describe('a signal while reports are staged', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    it(`${signal} removes the staged files, leaves the previous ones, and ends the run by that signal`, async () => {
      const { dir, previous } = folder(`signal-${signal}`);
      const child = spawn(
        process.execPath,
        [bin, 'check', INPUT, ...DATE, '--format', `json=${previous}`, '--format', `sarif=${join(dir, 'new.sarif')}`],
        {
          cwd: root,
          // The test hook holds the run once every report is staged, so the signal always lands while they exist.
          env: { PATH: process.env.PATH, SNC_TEST_HOLD_STAGED_MS: '30000' },
          stdio: 'ignore',
        },
      );
      const ended = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
      const deadline = Date.now() + 20_000;
      while (temporaries(dir).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(temporaries(dir)).toHaveLength(2);
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(readdirSync(dir)).toEqual(['previous.json']);
      expect(readFileSync(previous, 'utf8')).toBe('the previous report\n');
    });
});

describe('standard output', () => {
  it('closed early (| head -1) ends the run quietly, with the exit code of a closed pipe', () => {
    // Enough results that the report cannot fit in the pipe before head has gone.
    const flows = Array.from({ length: 400 }, () => '  - { kind: backups, storedAt: [virginia] }').join('\n');
    const big = s.file('big.yaml', readFileSync(join(root, INPUT), 'utf8').replace(/^data:\n/m, `data:\n${flows}\n`));
    const r = shell(`set -o pipefail; $SNC check ${big} ${DATE.join(' ')} | head -1`);
    expect(r.stdout).toMatch(/^Dossier .*big\.yaml, evaluated on 2026-11-23/);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(141);
  });

  /** A check run whose standard output is a full disk (/dev/full). */
  function toFullDisk(...more: string[]) {
    const fd = openSync('/dev/full', 'w');
    try {
      return spawnSync(process.execPath, [bin, 'check', INPUT, ...DATE, ...more], {
        cwd: root,
        env: { PATH: process.env.PATH },
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
    } finally {
      closeSync(fd);
    }
  }

  it('failing otherwise (a full disk) is exit 2 with one line', () => {
    const r = toFullDisk();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('snc: cannot write to standard output: no space left on the device (ENOSPC)\n');
  });

  it('failing otherwise is said in French with --lang fr', () => {
    const r = toFullDisk('--lang', 'fr');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'snc: la sortie standard ne peut être écrite\u00a0: plus de place sur le périphérique (ENOSPC)\n',
    );
  });
});
