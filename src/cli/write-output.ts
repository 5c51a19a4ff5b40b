// Write reports so that none is lost or left half-written: never over an input, regular files staged beside their
// target then renamed over it, special files written in place, every byte checked, staged files removed on a signal.

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  fstatSync,
  lstatSync,
  readlinkSync,
  realpathSync,
  statSync,
  unlinkSync,
  type Stats,
} from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { InputFile } from '../api.js';
import { InputError } from '../core/input-error.js';
import { errnoReason } from './errno-reason.js';
import { inLang, translate } from '../i18n/format.js';

/** Where writing a report really lands. */
interface Target {
  /** A regular file (or none yet) is replaced by rename; a character device, FIFO or socket is written in place. */
  kind: 'regular' | 'special';
  /** For a regular file: its real path, every symbolic link followed; for a special file: the path as given. */
  path: string;
  /** The file as it is now, when it exists. */
  stats?: Stats;
}

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException)?.code;

/** The real path a new file at `file` would have: a dangling symbolic link leads to the file it names. */
function newFilePath(file: string): string {
  // Joined as text, not resolved: resolving folds `..` lexically, which is wrong after a link such as /proc/self/cwd.
  let path = isAbsolute(file) ? file : `${process.cwd()}/${file}`;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(path).isSymbolicLink()) break;
      link = readlinkSync(path);
    } catch (err) {
      if (codeOf(err) === 'ENOENT') break;
      throw err;
    }
    path = isAbsolute(link) ? link : `${dirname(path)}/${link}`;
  }
  return join(realpathSync.native(dirname(path)), basename(path));
}

/** The roles of the files a run reads, as the catalogues name them in a refusal to write a report over one. */
const ROLE_KEY: Record<string, string> = {
  description: 'description',
  'rule pack': 'pack',
  'attestations file': 'attestations',
  'waivers file': 'waivers',
  'data file': 'data',
  'configuration file': 'config',
  'description on standard input': 'stdin',
  'baseline report': 'baseline',
  'source document': 'source',
};

/** Where a report given as `file` is written, or an InputError saying why it cannot be. */
function targetOf(file: string): Target {
  let stats: Stats | undefined;
  try {
    stats = statSync(file);
  } catch (err) {
    if (codeOf(err) !== 'ENOENT' && codeOf(err) !== 'ENOTDIR')
      throw new InputError((lang) => translate(lang, 'cli.output.cannot-write', { reason: errnoReason(err, lang) }), {
        file,
      });
  }
  if (stats?.isDirectory()) throw new InputError(inLang('cli.output.directory'), { file });
  if (stats && !stats.isFile()) return { kind: 'special', path: file, stats };
  let path: string;
  try {
    path = stats ? realpathSync.native(file) : newFilePath(file);
  } catch {
    throw new InputError(inLang('cli.output.folder', { folder: dirname(resolve(file)) }), { file });
  }
  try {
    if (!statSync(dirname(path)).isDirectory()) throw new Error('not a folder');
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new InputError(inLang('cli.output.folder', { folder: dirname(path) }), { file });
  }
  return { kind: 'regular', path, stats };
}

/** The identity of a file: device and inode when it exists, else the real path it would be created at. */
const identity = (t: Target) => (t.stats ? `${t.stats.dev}:${t.stats.ino}` : `new:${t.path}`);

/**
 * Refuse a report written over any file the run reads (`inputs`), comparing the files themselves (device and
 * inode), so that symbolic links, hard links, symlinked folders and `/proc/self/cwd/…` paths are caught. It may be
 * called again with inputs known later (the files a description cites), as long as it is before anything is judged.
 */
export function assertNotOverInputs(files: string[], inputs: InputFile[]): void {
  const read = new Map<string, InputFile>();
  for (const input of inputs) {
    try {
      const s = statSync(input.file);
      if (s.isFile()) read.set(`${s.dev}:${s.ino}`, input);
    } catch {
      // an input that cannot be read is refused when it is read, with its own message
    }
  }
  for (const file of files) {
    const input = read.get(identity(targetOf(file)));
    if (input)
      throw new InputError(
        inLang('cli.output.over-input', { role: ROLE_KEY[input.role] ?? 'other', input: input.file }),
        { file },
      );
  }
}

/**
 * Check, before any work, every report file: it can be written (its folder exists and is writable, it is not a
 * directory), it is not an input, no two reports go to one file (character devices such as /dev/null aside), and
 * none is the file standard output goes to when a report is printed there (`stdout`, from fstat of descriptor 1).
 *
 * `inputs` lists every file the run reads: `filesRead` in api.ts gives the descriptions, the rule packs and the
 * shipped packs and data; a command that takes an option naming a file (waivers, attestations, a baseline, a
 * configuration file) adds that file to the list, with its role, before calling this.
 */
export function checkOutputs(files: string[], inputs: InputFile[], stdout?: Stats): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const target = targetOf(file);
    const id = identity(target);
    if (stdout?.isFile() && target.stats && target.stats.dev === stdout.dev && target.stats.ino === stdout.ino)
      throw new InputError(inLang('cli.output.stdout-file'), { file });
    if (seen.has(id) && !target.stats?.isCharacterDevice())
      throw new InputError(inLang('cli.output.same-file', { other: seen.get(id)! }), { file });
    seen.set(id, file);
  }
  assertNotOverInputs(files, inputs);
}

/** A write that made no progress: the device took none of the bytes it was given. */
class ShortWrite extends Error {}

/** Write every byte, looping over short writes; a write that takes nothing is an error rather than a loop. */
export async function writeFully(
  write: (bytes: Buffer, offset: number, length: number) => Promise<number>,
  bytes: Buffer,
): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const n = await write(bytes, done, bytes.length - done);
    if (!(n > 0)) throw new ShortWrite(`short write: ${done} of ${bytes.length} bytes written`);
    done += n;
  }
}

/** Temporary files staged and not yet renamed: removed on failure and on SIGINT, SIGTERM or SIGHUP. */
const staged = new Set<string>();

function removeStaged(): void {
  for (const tmp of staged) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    staged.delete(tmp);
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** While reports are written, a signal removes the staged files, then ends the process by that same signal. */
function guardSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    removeStaged();
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return release;
}

/** Stage a regular file's new content beside it, with the mode and owner of the file it replaces; returns its path. */
async function stage(target: Target, bytes: Buffer): Promise<string> {
  const name = basename(target.path).slice(0, 200);
  const tmp = join(dirname(target.path), `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  staged.add(tmp);
  const handle = await open(tmp, 'wx', target.stats ? target.stats.mode & 0o777 : 0o666);
  try {
    const old = target.stats;
    if (old) {
      if (old.uid !== process.geteuid?.() || old.gid !== process.getegid?.())
        await handle.chown(old.uid, old.gid).catch((err: unknown) => {
          // Only root may give a file away; anyone else replaces it as their own, as any editor would.
          if (codeOf(err) !== 'EPERM' && codeOf(err) !== 'EINVAL') throw err;
        });
      await handle.chmod(old.mode & 0o7777);
    }
    await writeFully(async (b, offset, length) => (await handle.write(b, offset, length)).bytesWritten, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return tmp;
}

/** A stream the process already writes to (standard output or error), with its descriptor. */
export interface OwnStream {
  fd?: number;
  write(s: string): unknown;
}

/** The stream among `streams` whose descriptor is the file `stats` describes, if any. */
function ownStreamFor(stats: Stats | undefined, streams: readonly OwnStream[]): OwnStream | undefined {
  if (!stats) return undefined;
  return streams.find((stream) => {
    try {
      const own = stream.fd === undefined ? undefined : fstatSync(stream.fd);
      return own !== undefined && own.dev === stats.dev && own.ino === stats.ino;
    } catch {
      return false;
    }
  });
}

/**
 * Write a character device, FIFO or socket in place (O_TRUNC is ignored by such files). One that is the process's
 * own standard output or error (`/dev/stdout`, which cannot be opened again when it is a socket) is written through
 * that stream, whose failures the bin reports.
 */
async function writeInPlace(target: Target, bytes: Buffer, streams: readonly OwnStream[]): Promise<void> {
  const own = ownStreamFor(target.stats, streams);
  if (own) {
    own.write(bytes.toString('utf8'));
    return;
  }
  const handle = await open(target.path, 'w');
  try {
    await writeFully(async (b, offset, length) => (await handle.write(b, offset, length)).bytesWritten, bytes);
  } finally {
    await handle.close();
  }
}

/** Make the renames durable: fsync each folder that received one (best effort: not every file system allows it). */
async function syncFolders(folders: Set<string>): Promise<void> {
  for (const folder of folders) {
    try {
      const handle = await open(folder, 'r');
      await handle.sync().finally(() => handle.close());
    } catch {
      // the renames are done; durability is the file system's
    }
  }
}

export interface WriteOptions {
  /**
   * Milliseconds to wait once every report is staged, before anything is renamed: lets tests signal the process
   * while staged files exist (the CLI takes it from SNC_TEST_HOLD_STAGED_MS). Never set in normal use.
   */
  holdStagedMs?: number;
  /** The process's standard output and error: a report to either (`/dev/stdout`) is written through it. */
  streams?: readonly OwnStream[];
}

/**
 * Write every report: regular files are all staged first (every byte written and synced), special files then written
 * in place, and only then are the staged files renamed over their targets. A failure removes every staged file and
 * is an InputError naming the file and why; before the renames, no report file is changed.
 */
export async function writeReports(
  outputs: { file: string; text: string }[],
  options: WriteOptions = {},
): Promise<void> {
  const plan = outputs.map((o) => ({ file: o.file, target: targetOf(o.file), bytes: Buffer.from(o.text, 'utf8') }));
  const release = guardSignals();
  const renames: { tmp: string; file: string; path: string }[] = [];
  let renamed = 0;
  let current = '';
  try {
    for (const p of plan.filter((x) => x.target.kind === 'regular')) {
      current = p.file;
      renames.push({ tmp: await stage(p.target, p.bytes), file: p.file, path: p.target.path });
    }
    if (options.holdStagedMs) await new Promise((done) => setTimeout(done, options.holdStagedMs));
    for (const p of plan.filter((x) => x.target.kind === 'special')) {
      current = p.file;
      await writeInPlace(p.target, p.bytes, options.streams ?? []);
    }
    for (const r of renames) {
      current = r.file;
      await rename(r.tmp, r.path);
      staged.delete(r.tmp);
      renamed++;
    }
    await syncFolders(new Set(renames.map((r) => dirname(r.path))));
  } catch (err) {
    removeStaged();
    const kept = renamed === 0 && plan.some((x) => x.target.kind === 'regular');
    throw new InputError(
      (lang) =>
        translate(lang, kept ? 'cli.output.cannot-write-kept' : 'cli.output.cannot-write', {
          reason: errnoReason(err, lang),
        }),
      { file: current },
    );
  } finally {
    release();
  }
}

/**
 * Append a text to a file that another program owns and reads after the run (GitHub's job summary): every byte
 * written, on a line of its own when the file's last line is unfinished, or an InputError naming the file and why.
 */
export async function appendReport(file: string, text: string): Promise<void> {
  try {
    const handle = await open(file, 'a+');
    try {
      const st = await handle.stat();
      const last = Buffer.alloc(1);
      const unfinished =
        st.isFile() && st.size > 0 && (await handle.read(last, 0, 1, st.size - 1)).bytesRead === 1 && last[0] !== 0x0a;
      await writeFully(
        async (b, offset, length) => (await handle.write(b, offset, length)).bytesWritten,
        Buffer.from(unfinished ? `\n\n${text}` : text, 'utf8'),
      );
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new InputError((lang) => translate(lang, 'cli.output.summary', { reason: errnoReason(err, lang) }), { file });
  }
}
